"""The web queue through Flask's test client: access rules, queue, ticket actions, security."""
from __future__ import annotations

import email
from email import policy

import pytest
from sqlalchemy import select
from markupsafe import escape

from tests.fixtures_web import (PASSWORD, accounts, analysed_ticket, answer,  # noqa: F401
                                as_role, cas_server, csrf_token, make_services, mail_in, old,
                                sample_mail, sign_in, web_app, web_services)
from triage.pipeline.outbox import deliver_due
from triage.pipeline.lifecycle import TicketState
from triage.store import models as m
from triage.web import labels

PROTECTED = ["/", "/ticket/1", "/stats/", "/stats/export/jours.csv", "/admin/audit", "/sante/",
             "/admin/users", "/forwards", "/ticket/1/message/1/attachment/0"]


def add(services, sample: str = "01-cours-cache", **kw) -> int:
    """A demo sample mail (tests/fixtures_web.py) through the real pipeline: its ticket."""
    return analysed_ticket(services, sample, **kw)


def page(client, url) -> str:
    resp = client.get(url)
    assert resp.status_code == 200, resp.status_code
    return resp.get_data(as_text=True)


def post(client, url, data=None, token_from=None):
    """POST a form with the CSRF token read from `token_from` (a page of the same session)."""
    token = csrf_token(page(client, token_from or "/"))
    return client.post(url, data={**(data or {}), "csrf_token": token})


# --------------------------------------------------------------------------- access
@pytest.mark.parametrize("url", PROTECTED)
def test_anonymous_is_sent_to_login(web_app, url):
    resp = web_app.test_client().get(url)
    assert resp.status_code == 302 and resp.headers["Location"].startswith("/login?next=")


@pytest.mark.parametrize("url,agent,manager,admin", [
    ("/", 200, 200, 200), ("/forwards", 200, 200, 200), ("/stats/", 403, 200, 200),
    ("/stats/export/elp.csv", 403, 200, 200), ("/sante/", 403, 200, 200),
    ("/admin/audit", 403, 403, 200),
    ("/admin/users", 403, 403, 200)])
def test_pages_by_role(as_role, url, agent, manager, admin):
    for role, expected in (("agent", agent), ("manager", manager), ("admin", admin)):
        assert as_role(role).get(url).status_code == expected, role


def test_agent_cannot_create_accounts(as_role):
    client = as_role("agent")
    assert post(client, "/admin/users", {"username": "x", "password": "x" * 12,
                                         "role": "admin"}).status_code == 403


def test_wrong_password_then_rate_limit(web_app):
    client = web_app.test_client()
    for _ in range(5):
        assert sign_in(client, "agent", "wrong password!").status_code == 401
    # Even the right password is refused while the limit holds.
    assert sign_in(client, "agent").status_code == 429
    assert sign_in(web_app.test_client(), "manager").status_code == 302  # per username


def test_the_sign_in_limit_is_shared_by_every_web_process(web_services, accounts):
    """Two applications on one store stand for two `web@` processes behind nginx: failures
    counted by one refuse the next attempt on the other; a success resets the username."""
    from sqlalchemy import func, select

    from triage.store import models as m
    from triage.web import create_app
    first, second = (create_app(web_services, {"TESTING": True, "CACHE_ENABLED": False})
                     for _ in range(2))
    for app in (first, second, first, second):
        assert sign_in(app.test_client(), "agent", "wrong password!").status_code == 401
    assert sign_in(first.test_client(), "agent").status_code == 302       # 4 < 5: still allowed
    with web_services.sessions() as s:                                    # the success reset it
        assert s.scalar(select(func.count()).where(m.LoginFailure.key == "user:agent")) == 0
    for app in (first, second, first, second, first):
        sign_in(app.test_client(), "agent", "wrong password!")
    assert sign_in(second.test_client(), "agent").status_code == 429


def test_login_without_csrf_token_is_refused(web_app):
    resp = web_app.test_client().post("/login", data={"username": "agent",
                                                      "password": PASSWORD})
    assert resp.status_code == 400


def test_login_next_stays_on_site(web_app):
    client = web_app.test_client()
    token = csrf_token(client.get("/login").get_data(as_text=True))
    resp = client.post("/login?next=//evil.example/x", data={
        "username": "agent", "password": PASSWORD, "csrf_token": token})
    assert resp.headers["Location"] == "/"


def test_deactivated_user_is_signed_out(web_app, web_services, as_role, accounts):
    client = as_role("agent")
    with web_services.sessions() as session:
        session.get(m.User, accounts["agent"]).active = False
        session.commit()
    assert client.get("/").status_code == 302


def test_logout_needs_post_and_token(as_role):
    client = as_role("agent")
    assert client.get("/logout").status_code == 405
    assert post(client, "/logout").status_code == 302
    assert client.get("/").status_code == 302


def test_cookie_and_security_headers(web_app, web_services, accounts):
    from triage.web import create_app
    client = web_app.test_client()
    resp = sign_in(client, "agent")
    cookie = resp.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Secure" not in cookie
    headers = client.get("/").headers
    assert "unsafe-inline" not in headers["Content-Security-Policy"]
    assert "script-src 'self'" in headers["Content-Security-Policy"]
    assert headers["X-Frame-Options"] == "DENY"
    web_services.config.set("web", "secure_cookies", True)
    secure = create_app(web_services, {"TESTING": True}).test_client()
    assert "Secure" in sign_in(secure, "agent").headers["Set-Cookie"]


# --------------------------------------------------------------------------- queue
def test_queue_oldest_first_with_filters_and_search(web_services, as_role, accounts):
    a = add(web_services, subject="Ancien", created_at=old(9))
    b = add(web_services, subject="Connexion", created_at=old(0.1),
            sender="Paul Roi <paul@etu.unicaen.fr>",
            body="Bonjour,\n\nje n'arrive pas à me connecter à ecampus. Mon numéro est 22098765 "
                 "et le code du cours XLAB101.\n\nPaul")      # read: cannot_login, unknown_code
    c = add(web_services, subject="Répondu")
    answer(web_services, c)
    client = as_role("agent")
    html = page(client, "/")
    assert html.index(f"/ticket/{a}") < html.index(f"/ticket/{b}")
    assert f"/ticket/{c}\"" not in html
    assert f"/ticket/{c}\"" in page(client, "/?state=answered")
    for query in ("symptom=cannot_login", "situation=unknown_code", "age=lt1", "q=22098765",
                  "q=XLAB101", "q=paul@etu", "q=xlab101"):
        html = page(client, f"/?{query}")
        assert f"/ticket/{b}\"" in html and f"/ticket/{a}\"" not in html, query
    html = page(client, "/?age=gt7")
    assert f"/ticket/{a}\"" in html and f"/ticket/{b}\"" not in html


def test_queue_assignee_filter_and_pagination(web_app, web_services, as_role, accounts):
    ids = [add(web_services, created_at=old(10 - i)) for i in range(5)]
    client = as_role("agent")
    client.get(f"/ticket/{ids[0]}")          # opening claims nothing
    post(client, f"/ticket/{ids[2]}/take")   # « Je prends » does
    mine = page(client, "/?assignee=me")
    assert f"/ticket/{ids[2]}\"" in mine and f"/ticket/{ids[0]}\"" not in mine
    assert f"/ticket/{ids[2]}\"" not in page(client, "/?assignee=none")
    web_app.config["PAGE_SIZE"] = 2
    first, third = page(client, "/"), page(client, "/?page=3")
    assert f"/ticket/{ids[0]}\"" in first and f"/ticket/{ids[2]}\"" not in first
    assert f"/ticket/{ids[4]}\"" in third and "page 3 / 3" in third


def test_incidents_group_recent_tickets_on_same_elp(web_services, as_role):
    same = [add(web_services, created_at=old(d)) for d in (0.5, 1, 2)]
    add(web_services, created_at=old(20))   # too old to belong to the incident
    add(web_services, "06-groupe-manquant")   # another element (HLAN201), another situation
    html = page(as_role("agent"), "/")
    assert "3 tickets depuis" in html and "ELP RCAED501" in html
    assert html.count("incident 1") == 1 + 3    # the panel and the three rows
    grouped = page(as_role("agent"), "/?situation=hidden_course&elp=RCAED501&course=48213")
    assert all(f"/ticket/{t}\"" in grouped for t in same)


# --------------------------------------------------------------------------- ticket page
def test_ticket_page_shows_mail_identifiers_findings_and_draft(web_services, as_role):
    tid = add(web_services)
    html = page(as_role("agent"), f"/ticket/{tid}")
    assert '<mark class="id id-student_number" title="student_number">22004871</mark>' in html
    assert "<caption>mdl_course 48213" in html and '<th title="visible">visible</th>' in html
    assert "<td>Non</td>" in html and "<td>0</td>" not in html          # visible=0, read
    assert "il est actuellement caché" in html and 'id="draft-text"' in html


def test_an_action_claims_and_second_agent_cannot_act(web_services, as_role, accounts):
    tid = add(web_services)
    first, second = as_role("agent"), as_role("agent2")
    html = page(first, f"/ticket/{tid}")
    assert "Personne ne traite ce ticket" in html and "Approuver et envoyer" in html
    assert "Consulté en ce moment par Agent" in page(second, f"/ticket/{tid}")
    with web_services.sessions() as s:
        assert s.get(m.Ticket, tid).claimed_by is None      # two readers, no holder
    post(first, f"/ticket/{tid}/save", {"draft_id": _draft_id(web_services, tid),
                                        "text": "Bonjour,\n\nJe regarde.\n"})
    html = page(second, f"/ticket/{tid}")
    assert "Ce ticket est pris par" in html and "Approuver et envoyer" not in html
    with web_services.sessions() as s:
        draft_id = s.scalar(select(m.Draft.id).where(m.Draft.ticket_id == tid))
    resp = post(second, f"/ticket/{tid}/approve", {"draft_id": draft_id, "text": "x"})
    assert resp.status_code == 302
    with web_services.sessions() as s:
        assert s.get(m.Ticket, tid).state == TicketState.TO_REVIEW
        assert s.scalar(select(m.Outgoing.id)) is None
    post(second, f"/ticket/{tid}/take")
    with web_services.sessions() as s:
        assert s.get(m.Ticket, tid).claimed_by == accounts["agent2"]


def _draft_id(services, tid):
    with services.sessions() as s:
        return s.scalar(select(m.Draft.id).where(m.Draft.ticket_id == tid))


def test_approve_edited_draft_queues_reply_with_thread_headers(web_services, as_role, tmp_path):
    tid = add(web_services)
    client = as_role("agent")
    page(client, f"/ticket/{tid}")
    resp = post(client, f"/ticket/{tid}/approve", {"draft_id": _draft_id(web_services, tid),
                                                   "text": "Bonjour,\n\nC'est réglé.\n"},
                token_from=f"/ticket/{tid}")
    assert resp.status_code == 302
    with web_services.sessions() as s:
        draft, ticket = s.get(m.Draft, _draft_id(web_services, tid)), s.get(m.Ticket, tid)
        assert (draft.state, draft.edited, ticket.state) == ("approved", True, TicketState.QUEUED)
        in_id = ticket.messages[0].message_id
    assert deliver_due(web_services.sessions, web_services.transport, "cemu@unicaen.fr") == 1
    eml = next((tmp_path / "outbox").glob("*.eml"))
    mail = email.message_from_bytes(eml.read_bytes(), policy=policy.default)
    assert mail["In-Reply-To"] == f"<{in_id}>" and in_id in mail["References"]
    assert "C'est réglé." in mail.get_content()
    with web_services.sessions() as s:
        assert s.get(m.Ticket, tid).state == TicketState.ANSWERED


def test_save_reject_not_to_answer_reassign_rerun(web_services, as_role, accounts):
    t1, t2, t3 = (add(web_services) for _ in range(3))
    client = as_role("agent")
    for t in (t1, t2, t3):
        page(client, f"/ticket/{t}")
    post(client, f"/ticket/{t1}/save", {"draft_id": _draft_id(web_services, t1),
                                        "text": "Nouveau texte"})
    post(client, f"/ticket/{t1}/reject", {"draft_id": _draft_id(web_services, t1), "reason": ""})
    with web_services.sessions() as s:
        d = s.get(m.Draft, _draft_id(web_services, t1))
        assert (d.text, d.edited, d.state) == ("Nouveau texte", True, "proposed")
    post(client, f"/ticket/{t1}/reject", {"draft_id": _draft_id(web_services, t1),
                                          "reason": "réponse à écrire à la main"})
    post(client, f"/ticket/{t2}/not-to-answer", {"reason": "auto_reply"})
    post(client, f"/ticket/{t3}/rerun")
    with web_services.sessions() as s:
        assert s.get(m.Ticket, t3).state == TicketState.NEW
    post(client, f"/ticket/{t3}/reassign", {"user_id": accounts["agent2"]})
    with web_services.sessions() as s:
        assert s.get(m.Ticket, t1).state == TicketState.REJECTED
        assert s.get(m.Draft, _draft_id(web_services, t1)).reject_reason.startswith("réponse")
        assert s.get(m.Ticket, t2).state == TicketState.NOT_TO_ANSWER
        assert s.get(m.Ticket, t3).claimed_by == accounts["agent2"]
        actions = s.scalars(select(m.AuditEntry.action)).all()
    assert {"save", "reject", "not_to_answer", "reassign", "claim", "login"} <= set(actions)


def test_post_without_csrf_token_changes_nothing(web_services, as_role):
    tid = add(web_services)
    client = as_role("agent")
    page(client, f"/ticket/{tid}")
    resp = client.post(f"/ticket/{tid}/approve", data={"draft_id": _draft_id(web_services, tid),
                                                       "text": "x"})
    assert resp.status_code == 400
    with web_services.sessions() as s:
        assert s.get(m.Ticket, tid).state == TicketState.TO_REVIEW and s.scalar(select(m.Outgoing.id)) is None


def test_html_mail_is_sanitised_and_text_mail_escaped(web_services, as_role):
    html_tid = add(web_services, subject="<script>alert('sujet')</script>",
                   html='<p onclick="evil()">Salut <script>alert(1)</script>'
                        '<img src=x onerror="alert(2)"><a href="javascript:alert(3)">ici</a>'
                        '<iframe src="https://evil.example"></iframe><b>gras</b></p>')
    text_tid = add(web_services, body="<script>alert('texte')</script> 22004871")
    client = as_role("agent")
    html = page(client, f"/ticket/{html_tid}")
    for bad in ("<script>alert", "onerror", "onclick", "javascript:", "<iframe", "<img src=\"x"):
        assert bad not in html, bad
    assert "<b>gras</b>" in html and "&lt;script&gt;alert(&#39;sujet&#39;)" in html
    html = page(client, f"/ticket/{text_tid}")
    assert "&lt;script&gt;alert(&#39;texte&#39;)&lt;/script&gt;" in html


def test_attachments_served_with_safe_types(web_services, as_role):
    png = b"\x89PNG\r\n\x1a\n" + b"0" * 32
    tid = add(web_services, attachments=[
        ("capture.png", "image/png", png), ("page.html", "text/html", b"<script>x</script>"),
        ("dessin.svg", "image/svg+xml", b"<svg onload='x()'/>")])
    client = as_role("agent")
    html = page(client, f"/ticket/{tid}")
    with web_services.sessions() as s:
        mid = s.get(m.Ticket, tid).messages[0].id
    base = f"/ticket/{tid}/message/{mid}/attachment"
    assert f'<img class="shot" src="{base}/0"' in html and f'src="{base}/2"' not in html
    image = client.get(f"{base}/0")
    assert image.mimetype == "image/png" and image.data == png
    for i in (1, 2):
        resp = client.get(f"{base}/{i}")
        assert resp.mimetype == "application/octet-stream"
        assert resp.headers["Content-Disposition"].startswith("attachment")
    assert client.get(f"/ticket/{tid + 1}/message/{mid}/attachment/0").status_code == 404
    assert client.get(f"{base}/9").status_code == 404


# --------------------------------------------------------------------------- labels
def test_every_id_a_person_reads_has_a_french_label():
    from pathlib import Path

    from triage import extractors
    from triage import rules
    from triage.web import labels
    assert set(labels.SYMPTOMS) == set(extractors.SYMPTOMS)
    for rule in rules.all_rules():
        assert labels.situation(rule.id) == rule.title and rule.owner in labels.OWNERS
    templates = {p.name.split(".")[0] for p in Path("responses/templates").glob("*.fr.txt.j2")
                 if not p.name.startswith("_")}
    assert all(labels.template(t) != t for t in templates), templates
    assert set(labels.TICKET_STATES) == set(tuple(TicketState))


def test_queue_and_ticket_show_labels_not_ids(web_services, as_role):
    tid = add(web_services, "06-groupe-manquant")    # a teacher: a student is not in the course
    client = as_role("agent")
    html = page(client, "/")
    assert "Manque d&#39;inscription jusqu&#39;au groupe" in html and "Pas inscrit au cours" in html
    assert '<option value="not_enrolled" >Pas inscrit au cours</option>' in html
    assert '<option value="missing_group_enrolment" >' in html and "à relire" in html
    assert ">missing_group_enrolment" not in html and ">not_enrolled" not in html
    html = page(client, "/?situation=missing_group_enrolment")
    assert f"/ticket/{tid}\"" in html
    html = page(client, f"/ticket/{tid}")
    assert "à corriger par : Scolarité de la composante" in html
    assert "personnel · Pas inscrit au cours" in html
    assert "modèle « Manque d&#39;inscription jusqu&#39;au groupe »" in html
    assert ">missing_group_enrolment" not in html


# --------------------------------------------------------------------------- review trail
def _partial(services, tmp_path, demo_dir) -> int:
    """A ticket triaged while Moodle's database could not be opened: its draft is partial,
    its analysis says which source was missing."""
    down = make_services(str(services.engine.url), tmp_path / "outbox", demo_dir,
                         moodle_down=True)
    tid = mail_in(down, sample_mail())[0]
    down.close()
    return tid


def test_ticket_shows_note_partial_edit_diff_and_outgoing(web_services, as_role, tmp_path,
                                                         demo_dir):
    from markupsafe import escape
    tid = _partial(web_services, tmp_path, demo_dir)
    with web_services.sessions() as s:
        draft = s.get(m.Ticket, tid).drafts[0]
        assert draft.partial and s.get(m.Ticket, tid).state == TicketState.PENDING
        first_line = draft.text.split("\n")[2]               # after « Bonjour, » and a blank
        # the FAQ answer the model's reading of the sample chose: the page must name it
        template_name = escape(labels.template(draft.template))
    client = as_role("agent")
    html = page(client, f"/ticket/{tid}")
    assert "Note interne — jamais envoyée" in html
    assert "Sources indisponibles : Moodle" in html
    assert "à relancer avant d&#39;envoyer" in html                 # the note is escaped
    assert "Diagnostic partiel : source indisponible (Moodle)" in html
    assert 'id="edits"' not in html and 'id="outgoing"' not in html
    post(client, f"/ticket/{tid}/approve", {
        "draft_id": _draft_id(web_services, tid),
        "text": "Bonjour,\n\nVotre cours est visible. <script>alert(1)</script>\n\nCEMU"},
        token_from=f"/ticket/{tid}")
    from tests.servers.smtp import SmtpServer
    from triage.mail.transport import open_transport
    relay = SmtpServer(refuse=1).start()                 # a busy relay: 451 to the first DATA
    try:
        assert deliver_due(web_services.sessions, open_transport(relay.url),
                           "cemu@unicaen.fr") == 0
    finally:
        relay.stop()
    html = page(client, f"/ticket/{tid}")
    assert f'<span class="diff-del">-{escape(first_line)}</span>' in html
    assert ('<span class="diff-add">+Votre cours est visible. &lt;script&gt;alert(1)'
            '&lt;/script&gt;</span>') in html and "<script>alert(1)" not in html
    assert f"Modèle « {template_name} » · approuvé" in html
    assert "par Agent" in html
    assert "échec, nouvel essai prévu" in html
    assert "Dernière erreur : " in html and "451" in html and "Try again later" in html


def test_draft_approved_unchanged_says_so(web_services, as_role):
    tid = add(web_services)
    client = as_role("agent")
    page(client, f"/ticket/{tid}")
    with web_services.sessions() as s:
        proposed = s.get(m.Draft, _draft_id(web_services, tid)).text
    # As a browser sends a textarea: CRLF line ends, which are no edit.
    post(client, f"/ticket/{tid}/approve", {"draft_id": _draft_id(web_services, tid),
                                            "text": proposed.replace("\n", "\r\n")},
         token_from=f"/ticket/{tid}")
    with web_services.sessions() as s:
        assert s.get(m.Draft, _draft_id(web_services, tid)).edited is False
    html = page(client, f"/ticket/{tid}")
    assert "Approuvé tel quel, sans modification." in html and "diff-add" not in html
    assert "en attente d&#39;envoi" in html


# --------------------------------------------------------------------------- health
def test_health_panel_and_queue_banner(web_services, as_role, tmp_path, demo_dir):
    from datetime import timedelta

    from tests.servers.smtp import SmtpServer
    from triage.mail.transport import open_transport
    from triage.runner import record_failure
    assert 'id="health-banner"' not in page(as_role("agent"), "/")   # nothing wrong yet
    record_failure(web_services, "watcher", ConnectionRefusedError("IMAP refusé par le serveur"))
    record_failure(web_services, "sender", ConnectionError("panne d'avant-hier"))
    with web_services.sessions() as s:                                 # two days ago
        entry = s.scalars(select(m.AuditEntry).where(m.AuditEntry.action == "component_error")
                          .order_by(m.AuditEntry.id.desc())).first()
        entry.at = entry.at - timedelta(days=2)
        s.commit()
    pending = _partial(web_services, tmp_path, demo_dir)                # Moodle down
    # A mail whose headers are 8-bit without a charset: stored, flagged for an agent.
    stuck = mail_in(web_services, ("From: yamada@example.jp\r\nTo: cemu.assistance@unicaen.fr"
                                   "\r\nSubject: 宣言なし\r\n\r\nbody\r\n").encode("shift_jis"))[0]
    answered = add(web_services)
    with web_services.sessions() as s:
        assert s.get(m.Ticket, stuck).state == TicketState.NEEDS_HUMAN
        flag = s.get(m.Ticket, stuck).flag_reason
        from triage.pipeline import review
        from triage.pipeline.lifecycle import open_draft
        from triage.users import find
        review.approve(s, open_draft(s.get(m.Ticket, answered)), find(s, "agent"), "Réglé.",
                       web_services.config)
        s.commit()
    relay = SmtpServer(refuse=1).start()                   # refused once, and once is the limit
    try:
        deliver_due(web_services.sessions, open_transport(relay.url), "cemu@unicaen.fr",
                    max_attempts=1)
    finally:
        relay.stop()
    agent = page(as_role("agent"), "/")
    assert 'id="health-banner"' in agent and "2 défaillances de composant" in agent
    assert "1 envoi en échec" in agent and "1 ticket en attente d&#39;une source" in agent
    assert "Prévenez un responsable" in agent and "/sante/" not in agent
    manager = as_role("manager")
    assert "/sante/" in page(manager, "/")
    html = page(manager, "/sante/")
    assert "relève de la boîte aux lettres" in html and "ConnectionRefusedError" in html
    assert "IMAP refusé par le serveur" in html and "panne d&#39;avant-hier" not in html
    assert "abandonné après plusieurs essais" in html and "Try again later" in html
    assert f"/ticket/{pending}" in html and "<td>Moodle</td>" in html
    assert f"/ticket/{stuck}" in html and str(escape(flag)) in html


def test_health_panel_says_the_code_catalogue_age_and_source(web_services, as_role, tmp_path):
    """The panel reads the copy the workers save after each good load: none yet, fresh, then
    old (REFER or Moodle has not answered since: codes are read with that copy)."""
    import json
    from datetime import datetime, timedelta, timezone
    manager = as_role("manager")
    html = page(manager, "/sante/")
    assert "Aucun catalogue enregistré : les codes sont lus par leur forme" in html
    state = web_services.sources.catalogue_state()               # a worker's load
    saved = tmp_path / "catalogue.json"
    assert state.source == "live" and saved.is_file()
    html = page(manager, "/sante/")
    count = f"{len(state.catalogue):,}".replace(",", "\u202f")
    assert "À jour : chargé de REFER et Moodle le" in html and f"{count} codes" in html
    data = json.loads(saved.read_text(encoding="utf-8"))
    data["loaded_at"] = (datetime.now(timezone.utc) - timedelta(days=2, hours=1)).isoformat()
    saved.write_text(json.dumps(data), encoding="utf-8")
    html = page(manager, "/sante/")
    assert "Copie enregistrée le" in html and "(il y a 2 jours)" in html
    assert "REFER ou Moodle n&#39;a pas répondu depuis, les codes sont lus avec cette copie" in html
    assert 'class="banner banner-bad">Copie' in html


# --------------------------------------------------------------------------- forwards
def test_forward_to_owner_with_evidence_and_tracking(web_services, as_role):
    tid = add(web_services)
    client = as_role("agent")
    page(client, f"/ticket/{tid}")
    with web_services.sessions() as s:
        fid = s.scalar(select(m.FindingRow.id).where(m.FindingRow.ticket_id == tid,
                                                     m.FindingRow.situation == "hidden_course"))
    post(client, f"/ticket/{tid}/forward", {"finding_id": fid, "to": "bad address"})
    post(client, f"/ticket/{tid}/forward", {"finding_id": fid, "to": "scol-seggat@unicaen.fr",
                                            "note": "Merci de rendre le cours visible."})
    with web_services.sessions() as s:
        out = s.scalars(select(m.Outgoing)).one()
    mail = email.message_from_bytes(out.raw, policy=policy.default)
    assert out.to_addr == "scol-seggat@unicaen.fr" and out.draft_id is None
    assert f"#{tid}]" in mail["Subject"] and "RCAED501" in mail["Subject"]
    body = mail.get_body(("plain",)).get_content()
    assert "Merci de rendre le cours visible." in body and "idnumber | visible" in body
    attachment = next(mail.iter_attachments())
    assert b'"visible": 0' in attachment.get_content()
    assert "scol-seggat@unicaen.fr" in page(client, "/forwards")
    post(client, f"/forward/{out.id}/fixed")
    html = page(client, "/forwards")
    assert "Aucun transfert en attente." in html and "constaté par un agent" in html


def test_sending_a_forward_does_not_answer_the_ticket(web_services, as_role):
    tid = add(web_services)
    client = as_role("agent")
    page(client, f"/ticket/{tid}")
    with web_services.sessions() as s:
        fid = s.scalar(select(m.FindingRow.id).where(m.FindingRow.ticket_id == tid))
    post(client, f"/ticket/{tid}/forward", {"finding_id": fid, "to": "dsi@unicaen.fr"})
    deliver_due(web_services.sessions, web_services.transport, "cemu@unicaen.fr")
    with web_services.sessions() as s:
        assert s.get(m.Ticket, tid).state == TicketState.TO_REVIEW


# --------------------------------------------------------------------------- admin
def test_audit_log_and_accounts(web_services, as_role, accounts):
    tid = add(web_services)
    post(as_role("agent"), f"/ticket/{tid}/take")
    admin = as_role("admin")
    html = page(admin, "/admin/audit?action=claim")
    assert '<td title="claim">a pris le ticket</td>' in html and f"#{tid}" in html
    assert '<td title="login">' not in html
    post(admin, "/admin/users", {"username": "Nouvel.Agent", "password": "x" * 12,
                                 "role": "agent", "display_name": "Nouvel Agent"})
    post(admin, "/admin/users", {"username": "court", "password": "x", "role": "agent"})
    post(admin, f"/admin/users/{accounts['admin']}", {"role": "agent", "active": "1"})
    with web_services.sessions() as s:
        names = set(s.scalars(select(m.User.username)))
        assert "nouvel.agent" in names and "court" not in names
        assert s.get(m.User, accounts["admin"]).role == "admin"
    assert sign_in(admin.application.test_client(), "nouvel.agent", "x" * 12).status_code == 302


# --------------------------------------------------------------------------- stats
def test_stats_report_and_csv(web_services, as_role, accounts):
    from datetime import timedelta

    from triage.pipeline import own_reply, review
    from triage.pipeline.lifecycle import open_draft
    from triage.users import find
    # Four hidden-course tickets answered after 1, 2, 3 and 4 hours: the first and the last
    # as proposed, the second edited, the third's draft rejected and the reply written by hand.
    read_as = set()                     # the symptom the shipped model reads in the sample
    for hours, verdict in enumerate(("unchanged", "edited", "rejected", "unchanged"), 1):
        tid = add(web_services, created_at=m.utcnow() - timedelta(hours=hours))
        with web_services.sessions() as s:
            ticket, agent = s.get(m.Ticket, tid), find(s, "agent")
            read_as.add(ticket.symptom)
            draft = open_draft(ticket)
            if verdict == "rejected":
                review.reject(s, draft, agent, "réponse à écrire")
                draft = own_reply.start_reply(s, ticket, agent, "agent_written",
                                               web_services.config)
                s.flush()
            text = draft.text.replace("[…]", "Réglé.") + ("\nÀ bientôt." if verdict == "edited"
                                                             else "")
            review.approve(s, draft, agent, text, web_services.config)
            s.commit()
        assert deliver_due(web_services.sessions, web_services.transport, "c@unicaen.fr") == 1
    add(web_services, "15-sans-code", created_at=old(1),      # read, nothing found: to write
        subject="Date d'examen", body="Bonjour, quelle est la date de l'examen de statistiques "
        "du second semestre ? Merci d'avance. Lucas")
    add(web_services, created_at=old(60))                      # outside the default 30 days
    client = as_role("manager")
    html = page(client, "/stats/")
    assert "<svg" in html and "80 %" in html          # 4 of 5 analysed tickets diagnosed
    assert "2,5 h" in html and "3,7 h" in html         # median and p90 of 1, 2, 3, 4 hours
    csv_text = client.get("/stats/export/modeles.csv").get_data(as_text=True)
    assert csv_text.splitlines()[0] == ("\ufeffmodele;modele_libelle;approuves_tels_quels;"
                                        "approuves_modifies;rejetes;en_attente")
    # unchanged, edited, rejected, proposed; the id kept, its label next to it
    assert "hidden_course;Cours caché;2;1;1;0" in csv_text
    assert "to_write;Réponse à rédiger;0;0;0;1" in csv_text
    elp = client.get("/stats/export/elp.csv").get_data(as_text=True)
    assert "RCAED501;01;hidden_course;Cours caché;4" in elp       # the element's composante
    composantes = client.get("/stats/export/composantes.csv").get_data(as_text=True)
    assert composantes.splitlines()[:2] == ["\ufeffcomposante;composante_libelle;tickets",
                                            "01;UFR Droit, AES et Administration publique;4"]
    symptoms = client.get("/stats/export/symptomes.csv").get_data(as_text=True)
    (symptom,) = read_as                # the same mail four times: one reading
    assert symptom != "other"
    assert f"{symptom};{labels.SYMPTOMS[symptom]};4" in symptoms
    assert "other;Autre demande;1" in symptoms
    assert "Cours caché" in html and ">hidden_course<" not in html   # charts and tables
    assert client.get("/stats/?since=2026-13-01").status_code == 400
    assert client.get("/stats/export/nope.csv").status_code == 404


# --------------------------------------------------------------------------- CAS
def test_cas_sign_in(web_services, accounts, cas_server):
    from triage.web import create_app
    cas_url, seen = cas_server
    web_services.config.set("web", "cas_url", cas_url)
    app = create_app(web_services, {"TESTING": True})
    client = app.test_client()
    assert "Connexion avec le CAS" in client.get("/login").get_data(as_text=True)
    resp = client.get("/login/cas")
    assert resp.headers["Location"].startswith(cas_url + "login?service=http")
    for ticket in ("ST-stranger", "ST-forged"):
        resp = client.get(f"/login/cas/callback?ticket={ticket}")
        assert resp.headers["Location"] == "/login" and client.get("/").status_code == 302
    resp = client.get("/login/cas/callback?ticket=ST-agent")
    assert resp.status_code == 302 and client.get("/").status_code == 200
    assert seen[-1][0] == "/cas/p3/serviceValidate"
    assert seen[-1][1]["service"].endswith("/login/cas/callback")


def test_cas_routes_absent_without_cas_url(web_app):
    assert web_app.test_client().get("/login/cas").status_code == 404


# --------------------------------------------------------------------------- PostgreSQL
@pytest.mark.postgres
def test_routes_on_postgresql(pg_url, tmp_path, demo_dir):
    from triage import users
    from triage.web import create_app
    services = make_services(pg_url, tmp_path / "outbox", demo_dir)
    with services.sessions() as s:
        for role in ("agent", "manager", "admin"):
            users.add_user(s, role, PASSWORD, role)
        s.commit()
    tid = analysed_ticket(services, created_at=old(1))
    analysed_ticket(services, created_at=old(2))
    app = create_app(services, {"TESTING": True})
    client = app.test_client()
    assert sign_in(client, "admin").status_code == 302
    for url in ("/", "/?q=22004871", "/?situation=hidden_course&age=lt7", f"/ticket/{tid}",
                "/stats/", "/stats/export/jours.csv", "/admin/audit", "/admin/users",
                "/forwards"):
        assert client.get(url).status_code == 200, url
    assert "incident 1" in page(client, "/")
    html = page(client, f"/ticket/{tid}")
    post(client, f"/ticket/{tid}/approve", {"draft_id": _draft_id(services, tid),
                                            "text": "Réglé."}, token_from=f"/ticket/{tid}")
    with services.sessions() as s:
        assert s.get(m.Ticket, tid).state == TicketState.QUEUED
    assert "id-student_number" in html
    services.close()


def _reference_report(session, since, until, top):
    """The manager figures computed the plain way: every row read, counted in Python."""
    from collections import Counter
    from datetime import timezone

    def aware(d):
        return d if d.tzinfo else d.replace(tzinfo=timezone.utc)
    tickets = {t.id: t for t in session.scalars(select(m.Ticket))
               if since <= aware(t.created_at) < until}
    days = Counter(aware(t.created_at).astimezone(timezone.utc).date().isoformat()
                   for t in tickets.values())
    hours = sorted((aware(t.first_answer_at) - aware(t.created_at)).total_seconds() / 3600
                   for t in tickets.values() if t.first_answer_at)
    groups = {"s": {}, "c": {}, "e": {}}
    for f in session.scalars(select(m.FindingRow)):
        if f.ticket_id in tickets:
            groups["s"].setdefault((f.situation,), set()).add(f.ticket_id)
            if f.composante:
                groups["c"].setdefault((f.composante,), set()).add(f.ticket_id)
            if f.elp:
                groups["e"].setdefault((f.elp, f.composante, f.situation), set()).add(f.ticket_id)
    ranked = {k: sorted(((*key, len(ids)) for key, ids in g.items()),
                        key=lambda r: (-r[-1], r[:-1])) for k, g in groups.items()}
    analysed = {a.ticket_id for a in session.scalars(select(m.Analysis))} & tickets.keys()
    diagnosed = {f.ticket_id for f in session.scalars(select(m.FindingRow))} & tickets.keys()
    symptoms = Counter(t.symptom for t in tickets.values() if t.symptom)
    return {"tickets": len(tickets), "days": {d: n for d, n in days.items()},
            "by_symptom": sorted(symptoms.items(), key=lambda kv: (-kv[1], kv[0])),
            "hours": hours, "analysed": len(analysed), "diagnosed": len(diagnosed),
            "by_situation": ranked["s"], "by_composante": ranked["c"][:top],
            "by_elp": ranked["e"][:top]}


def test_stats_report_matches_a_plain_count(any_store):
    """The SQL-aggregated report shows exactly what counting every row in Python shows."""
    import random
    from datetime import datetime, time, timedelta, timezone

    from triage import stats
    rnd, today = random.Random(7), datetime.now(timezone.utc).date()
    until = datetime.combine(today, time(0), timezone.utc)
    since = until - timedelta(days=30)
    with any_store() as s:
        for n in range(1, 121):
            # Around the period's edges too (a minute before/after midnight UTC).
            created = since + timedelta(days=rnd.choice([-1, 0, 3, 17, 29, 30]),
                                        minutes=rnd.choice([-1, 1, 600]))
            answered = created + timedelta(hours=rnd.uniform(0.1, 30)) if n % 3 else None
            s.add(m.Ticket(id=n, symptom=rnd.choice(["", "login", "course_missing"]),
                           created_at=created, first_answer_at=answered, state=TicketState.ANSWERED))
            s.add(m.Message(id=n, ticket_id=n, message_id=f"<{n}@x>", raw=b""))
            s.flush()                       # no relationships: rows go in parent first
            if n % 7:                       # some tickets never analysed
                s.add(m.Analysis(id=n, ticket_id=n, message_id=n))
                s.flush()
                for k in range(rnd.choice([0, 1, 2, 3])):   # several findings per ticket
                    s.add(m.FindingRow(analysis_id=n, ticket_id=n,
                                       situation=rnd.choice(["hidden_course", "sync_stalled"]),
                                       elp=rnd.choice(["", "E1", "E2"]),
                                       composante=rnd.choice(["", "UFR1", "UFR2", "UFR3"])))
        s.commit()
        rep = stats.report(s, since, until, top=3)
        ref = _reference_report(s, since, until, top=3)
    assert rep["tickets"] == ref["tickets"] and rep["tickets"] > 0
    assert {d: n for d, n in rep["volume"]["daily"] if n} == ref["days"]
    assert rep["by_symptom"] == ref["by_symptom"]
    assert (rep["answer"]["answered"], rep["answer"]["median_hours"], rep["answer"]["p90_hours"]) \
        == (len(ref["hours"]), stats._percentile(ref["hours"], 0.5),
            stats._percentile(ref["hours"], 0.9))
    assert (rep["analysed"], rep["diagnosed"]) == (ref["analysed"], ref["diagnosed"])
    assert rep["by_situation"] == ref["by_situation"]
    assert rep["upstream"]["by_composante"] == ref["by_composante"]
    assert rep["upstream"]["by_elp"] == ref["by_elp"]
