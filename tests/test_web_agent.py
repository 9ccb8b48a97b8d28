"""An agent's day and a manager's month (issue 17) through Flask's test client: writing one's
own reply (after « Rejeter » too), correcting the bot, related tickets merged or answered with
one reply, why a diagnosis failed and the mail's source, the statistics page."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from tests.fixtures_web import (accounts, analysed_ticket, as_role, csrf_token,  # noqa: F401
                                web_app, web_services)
from triage.store import models as m


def _post(client, url, data, token_from):
    token = csrf_token(client.get(token_from).get_data(as_text=True))
    return client.post(url, data={**data, "csrf_token": token})


def _new(services, sample: str = "01-cours-cache", **kw) -> tuple[int, int]:
    """A demo sample mail through the real pipeline: its ticket and proposed draft."""
    tid = analysed_ticket(services, sample, **kw)
    return tid, _open_draft(services, tid).id


def _open_draft(services, tid) -> m.Draft:
    with services.sessions() as s:
        return s.scalars(select(m.Draft).where(m.Draft.ticket_id == tid,
                                               m.Draft.state == "proposed")).one()


def test_after_reject_the_agent_writes_their_own_reply(web_services, as_role, tmp_path):
    tid, draft_id = _new(web_services)
    client, page = as_role("agent"), f"/ticket/{tid}"
    _post(client, f"{page}/reject", {"draft_id": draft_id, "reason": "hors sujet"}, page)
    html = client.get(page).get_data(as_text=True)
    assert "Rédiger la réponse" in html and 'value="agent_written">Page blanche' in html
    _post(client, f"{page}/write", {"template": "agent_written"}, page)
    draft = _open_draft(web_services, tid)
    assert draft.template == "agent_written" and "[…]" in draft.text
    assert draft.text.startswith("Bonjour") and draft.text.endswith("L'équipe du CEMU")
    resp = _post(client, f"{page}/approve", {"draft_id": draft.id, "text": draft.text}, page)
    assert "complétez les passages" in client.get(page).get_data(as_text=True)
    text = draft.text.replace("[…]", "Votre cours est de nouveau visible.")
    resp = _post(client, f"{page}/approve", {"draft_id": draft.id, "text": text}, page)
    assert resp.status_code == 302
    with web_services.sessions() as s:
        assert s.get(m.Ticket, tid).state == "queued"
        actions = s.scalars(select(m.AuditEntry.action).where(m.AuditEntry.ticket_id == tid))
        assert {"reject", "write", "approve"} <= set(actions)


def test_any_template_starts_the_reply_filled_from_the_diagnosis_when_it_can(web_services,
                                                                           as_role):
    tid, first = _new(web_services)
    client, page = as_role("agent"), f"/ticket/{tid}"
    html = client.get(page).get_data(as_text=True)
    from triage.pipeline.forwards import situation_title
    assert f'value="erasmus_student">{situation_title("erasmus_student")}<' in html  # listed
    assert 'value="to_write"' not in html
    _post(client, f"{page}/write", {"template": "erasmus_student"}, page)
    erasmus = _open_draft(web_services, tid)
    assert "Erasmus" in erasmus.text and "[…]" in erasmus.text       # no such finding: gaps
    _post(client, f"{page}/write", {"template": "hidden_course"}, page)
    hidden = _open_draft(web_services, tid)                          # the finding fills it
    assert "caché" in hidden.text and "[…]" not in hidden.text
    with web_services.sessions() as s:
        states = dict(s.execute(select(m.Draft.id, m.Draft.state)
                                .where(m.Draft.ticket_id == tid)).all())
    assert states == {first: "superseded", erasmus.id: "superseded", hidden.id: "proposed"}
    assert _post(client, f"{page}/write", {"template": "nope"}, page).status_code == 400


def test_agents_correct_the_symptom_and_the_situation(web_services, as_role):
    tid, _ = _new(web_services)
    with web_services.sessions() as s:
        read_as = s.get(m.Ticket, tid).symptom          # the shipped model's reading
    assert read_as not in ("", "wrong_group")
    client, page = as_role("agent"), f"/ticket/{tid}"
    _post(client, f"{page}/correct", {"field": "symptom", "value": "wrong_group"}, page)
    _post(client, f"{page}/correct", {"field": "situation", "value": "other",
                                      "note": "demande de salle"}, page)
    html = client.get(page).get_data(as_text=True)
    assert "corrigé par Agent : Mauvais groupe" in html
    assert "« demande de salle »" in html
    with web_services.sessions() as s:
        rows = s.scalars(select(m.Correction).order_by(m.Correction.id)).all()
    assert [(r.field, r.bot_value, r.agent_value) for r in rows] == [
        ("symptom", read_as, "wrong_group"),
        ("situation", "hidden_course", "other")]
    assert _post(client, f"{page}/correct", {"field": "symptom", "value": "bogus"},
                 page).status_code == 400


# --------------------------------------------------------------------------- a manager's month
def _by_composante(services) -> dict[str, set[int]]:
    """Tickets per composante, read plainly from the findings the rules wrote."""
    with services.sessions() as s:
        rows = s.execute(select(m.FindingRow.composante, m.FindingRow.ticket_id)).all()
    out: dict[str, set[int]] = {}
    for composante, tid in rows:
        if composante:
            out.setdefault(composante, set()).add(tid)
    return out


@pytest.mark.samples
def test_stats_show_every_situation_whole_and_answer_times_per_composante(web_services,
                                                                         as_role, demo_dir):
    import re
    from datetime import timedelta

    from markupsafe import escape

    from tests.fixtures_web import age, answer, composante_names, ticket_of_sample
    from triage.pipeline import review
    from triage.pipeline.lifecycle import open_draft
    from triage.rules import all_rules
    from triage.users import find
    from triage.web import charts
    # The store: every sample mail triaged. Léa's hidden course (composante of RCAED501) is
    # answered three hours after it arrived; the Sunday-outage draft is rejected.
    hidden = ticket_of_sample(web_services, "01-cours-cache")
    age(web_services, hidden, m.utcnow() - timedelta(hours=3))
    answer(web_services, hidden)
    with web_services.sessions() as s:
        sunday = s.get(m.Ticket, ticket_of_sample(web_services, "03-dimanche"))
        review.reject(s, open_draft(sunday), find(s, "agent"), "à reformuler")
        s.commit()
        found = set(s.scalars(select(m.FindingRow.situation)))
        composante = s.scalar(select(m.FindingRow.composante).where(
            m.FindingRow.ticket_id == hidden, m.FindingRow.situation == "hidden_course"))
    titles = {r.id: r.title for r in all_rules()}
    assert len(found) >= 15 and composante                # the samples cover the FAQ's situations
    html = as_role("manager").get("/stats/").get_data(as_text=True)
    for situation in found:                                # every situation, its title whole
        assert f">{escape(titles[situation])}</text>" in html, situation
    situations = html[html.index('id="by-situation"'):]
    assert "…</text>" not in situations[:situations.index("</svg>")]
    assert "(1 réponse)" in html and "(1 réponses)" not in html
    rejected = re.search(r'<rect[^>]*fill="([^"]+)"><title>rejetés : 100 %</title>', html)
    assert rejected and rejected.group(1) == charts.BAD
    table = html[html.index('id="by-composante"'):]
    by_composante, names = _by_composante(web_services), composante_names(demo_dir)
    assert len(by_composante) >= 3
    with web_services.sessions() as s:       # each with the name REFER gives its code
        labels = set(s.execute(select(m.FindingRow.composante, m.FindingRow.composante_label)
                               .where(m.FindingRow.composante != "")))
    assert labels == {(code, names[code]) for code in by_composante}
    for code, tickets in by_composante.items():
        answered = int(hidden in tickets)
        hours = "3,0 h" if answered else "–"
        shown = escape(f"{names[code]} ({code})")
        assert f"<td>{shown}</td><td>{len(tickets)}</td><td>{answered}</td><td>{hours}</td>" \
            in table, code
        assert f"<title>{shown} : {len(tickets)}</title>" in table   # the chart's bar


# --------------------------------------------------------------------------- why and what
def test_a_failed_diagnosis_says_why_and_offers_a_retry(web_services, as_role):
    from tests.fixtures_web import failed_ticket
    tid = failed_ticket(web_services, TimeoutError("REFER"))
    client, page = as_role("agent"), f"/ticket/{tid}"
    html = client.get(page).get_data(as_text=True)
    banner = html[html.index('id="diagnosis-failed"'):]
    banner = banner[:banner.index("</div>")]
    assert "Le diagnostic automatique a échoué (TimeoutError)" in banner
    assert "Relancer le diagnostic" in banner
    _post(client, f"{page}/rerun", {}, page)
    with web_services.sessions() as s:
        assert s.get(m.Ticket, tid).state == "new"
    from triage import runner
    runner.triage_all(web_services)                       # the real analyser, this time
    assert _open_draft(web_services, tid).template == "hidden_course"


def test_the_raw_source_and_every_header_are_one_click_away(web_services, as_role):
    from email.message import EmailMessage
    msg = EmailMessage()
    msg["From"], msg["To"] = "Léa Martin <lea.martin@etu.unicaen.fr>", "cemu.assistance@unicaen.fr"
    msg["Cc"], msg["Reply-To"] = "scol-droit@unicaen.fr", "lea.perso@example.org"
    msg["Subject"], msg["Date"] = "Cours", "Fri, 20 Nov 2026 09:30:00 +0100"
    msg["Message-ID"] = "<src-1@etu.unicaen.fr>"
    msg.set_content("Bonjour <b>pas du HTML</b>")
    from tests.fixtures_mail import take_in
    with web_services.sessions() as s:
        message = take_in(s, bytes(msg))                # stored and threaded as in production
        tid, mid = message.ticket_id, message.id
    client = as_role("agent")
    html = client.get(f"/ticket/{tid}").get_data(as_text=True)
    headers = html[html.index(f'id="headers-{mid}"'):]
    for name, value in (("À", "cemu.assistance@unicaen.fr"), ("Copie", "scol-droit@unicaen.fr"),
                        ("Répondre à", "lea.perso@example.org"),
                        ("Date", "Fri, 20 Nov 2026 09:30:00 +0100")):
        assert f"<th>{name}</th><td>{value}</td>" in headers, name
    raw = client.get(f"/ticket/{tid}/message/{mid}/source")
    assert raw.mimetype == "text/plain" and "sandbox" in raw.headers["Content-Security-Policy"]
    assert raw.data == bytes(msg)
    other, _ = _new(web_services)
    assert client.get(f"/ticket/{other}/message/{mid}/source").status_code == 404


# --------------------------------------------------------------------------- related tickets
def _related_setup(services):
    from tests.fixtures_web import old
    first = analysed_ticket(services, created_at=old(2))
    again = analysed_ticket(services, created_at=old(1), subject="Re: toujours rien",
                            body="Toujours pas de cours RCAED501.")          # same sender
    other = analysed_ticket(services, created_at=old(1),
                            sender="Paul Roi <paul.roi@etu.unicaen.fr>",
                            body="Bonjour,\n\nle cours RCAED501 est invisible pour moi.\n\nPaul")
    unrelated = analysed_ticket(services, "06-groupe-manquant")   # another element and sender
    return first, again, other, unrelated


def test_related_tickets_are_shown_and_merged(web_services, as_role):
    first, again, other, unrelated = _related_setup(web_services)
    client, page = as_role("agent"), f"/ticket/{first}"
    html = client.get(page).get_data(as_text=True)
    card = html[html.index('id="related"'):html.index('id="write-card"')]
    assert f"#{again}" in card and f"#{other}" in card and f"#{unrelated}" not in card
    assert "même expéditeur" in card and "même élément RCAED501" in card
    _post(client, f"{page}/merge", {"other": again}, page)
    with web_services.sessions() as s:
        merged = s.get(m.Ticket, again)
        assert merged.state == "not_to_answer" and f"#{first}" in merged.flag_reason
        assert len(s.get(m.Ticket, first).messages) == 2 and not merged.messages
    assert _post(client, f"{page}/merge", {"other": unrelated}, page).status_code == 400


def test_one_reply_answers_related_tickets_each_in_its_own_thread(web_services, as_role,
                                                                  tmp_path):
    import email
    from email import policy

    from triage.pipeline.outbox import deliver_due
    first, again, other, _ = _related_setup(web_services)
    client, page = as_role("agent"), f"/ticket/{first}"
    draft = _open_draft(web_services, first)
    text = "Bonjour,\n\nLe cours RCAED501 est de nouveau visible.\n\nL'équipe du CEMU"
    resp = _post(client, f"{page}/answer-all", {"draft_id": draft.id, "text": text,
                                                "others": [other, again]}, page)
    assert resp.status_code == 302
    assert deliver_due(web_services.sessions, web_services.transport, "cemu@unicaen.fr") == 3
    sent = {}
    for eml in (tmp_path / "outbox").glob("*.eml"):
        mail = email.message_from_bytes(eml.read_bytes(), policy=policy.default)
        sent[int(mail["X-Triage-Ticket"])] = mail
    assert set(sent) == {first, again, other}
    with web_services.sessions() as s:
        for tid, mail in sent.items():
            ticket = s.get(m.Ticket, tid)
            assert ticket.state == "answered"
            assert mail["To"].addresses[0].addr_spec == ticket.requester
            assert mail["In-Reply-To"] == f"<{ticket.messages[0].message_id}>"
            assert f"[CEMU #{tid}]" in mail["Subject"]
            assert "de nouveau visible" in mail.get_content()


# --------------------------------------------------------------------------- what people read
def test_history_and_evidence_read_in_french_in_order(web_services, as_role):
    import re
    from triage.web import labels
    tid, draft_id = _new(web_services)
    with web_services.sessions() as s:
        read_as = s.get(m.Ticket, tid).symptom          # the shipped model's reading
    assert read_as not in ("", "wrong_group")
    client, page = as_role("agent"), f"/ticket/{tid}"
    _post(client, f"{page}/save", {"draft_id": draft_id, "text": "Bonjour,\n\nÉdité.\n"}, page)
    _post(client, f"{page}/correct", {"field": "symptom", "value": "wrong_group"}, page)
    _post(client, f"{page}/approve", {"draft_id": draft_id, "text": "Bonjour,\n\nÉdité.\n"}, page)
    html = client.get(page).get_data(as_text=True)
    table = html[html.index('<table class="evidence">'):]
    table = table[:table.index("</table>")]
    cells = re.findall(r"<td>([^<]*)</td>", table)          # mdl_course as the rule read it
    assert cells == ["48213", "(RCAED501) Droit des contrats", "RCAED501", "Non",
                     "UFR Droit, AES et Administration publique / (2DROI1) Licence 2 Droit",
                     "aucune"]                                 # visible 0, enddate 0
    timeline = html[html.index('id="timeline"'):]
    timeline = timeline[:timeline.index("</ol>")]
    for raw in ("draft=", "edited=", "True", "how=", "to_review", "hidden_course"):
        assert raw not in timeline, raw
    lines = re.findall(r"<li>(.*?)</li>", timeline, re.S)
    assert len([x for x in lines if "approuv" in x]) == 1              # never twice
    order = [x for x in ("a proposé un brouillon", "a pris le ticket", "a enregistré",
                         "a corrigé la lecture du robot", "a approuvé la réponse")]
    positions = [timeline.index(x) for x in order]
    assert positions == sorted(positions)
    assert f"symptôme : {labels.SYMPTOMS[read_as]} → Mauvais groupe" in timeline
    assert "modifiée par l&#39;agent" in timeline
    # Dates and flags of other rules' evidence: an ADE planning, the Moodle sync's last run.
    ade = client.get(f"/ticket/{_new(web_services, '09-enseignant-non-inscrit')[0]}")
    cells = re.findall(r"<td>([^<]*)</td>", ade.get_data(as_text=True))
    assert "05/10/2026" in cells and "Oui" in cells and "2026-10-05" not in cells
    sync = client.get(f"/ticket/{_new(web_services, '05-desynchro')[0]}")
    cells = re.findall(r"<td>([^<]*)</td>", sync.get_data(as_text=True))
    assert "14/10/2026 02:00" in cells and "14/10/2026 10:12" in cells


# --------------------------------------------------------------------------- forwarding
def test_forward_reads_naturally_with_a_preview_and_fills_where(web_services, as_role):
    import email
    from email import policy

    # Léa's mail, saying where she looks: hidden_course (RCAED501, composante, course 48213)
    # and dashboard_filter, a finding about the reader's own screen that names none of them.
    tid, _ = _new(web_services, body="Bonjour,\n\nje ne vois pas le cours de Droit des contrats "
                  "(RCAED501) sur mon tableau de bord Ecampus. Mon numéro étudiant est "
                  "22004871.\n\nMerci d'avance\nLéa Martin\n")
    with web_services.sessions() as s:
        fid = s.scalar(select(m.FindingRow.id).where(m.FindingRow.ticket_id == tid,
                                                     m.FindingRow.situation == "dashboard_filter"))
        code, name = s.execute(select(m.FindingRow.composante, m.FindingRow.composante_label)
                               .where(m.FindingRow.ticket_id == tid,
                                      m.FindingRow.situation == "hidden_course")).one()
    composante = f"{name} ({code})"
    client, page = as_role("agent"), f"/ticket/{tid}"
    form = {"finding_id": fid, "to": "scol-droit@unicaen.fr",
            "note": "Bonjour,\n\nPouvez-vous rendre ce cours visible ?"}
    html = _post(client, f"{page}/forward/preview", form, page).get_data(as_text=True)
    body = html[html.index('id="forward-body">'):]
    body = body[len('id="forward-body">'):body.index("</pre>")]
    assert body.count("Bonjour") == 1 and "Pouvez-vous rendre ce cours visible ?" in body
    assert f"Élément : RCAED501 · Composante : {composante} · Cours : 48213" in body
    assert " - " not in body.split("Preuves")[0]
    with web_services.sessions() as s:
        assert s.scalar(select(m.Outgoing.id)) is None           # a preview sends nothing
    _post(client, f"{page}/forward", form, page)
    with web_services.sessions() as s:
        raw = s.scalars(select(m.Outgoing.raw)).one()
    sent = email.message_from_bytes(raw, policy=policy.default)
    text = sent.get_body(("plain",)).get_content().replace("\r\n", "\n")
    assert text.count("Bonjour") == 1 and f"Composante : {composante}" in text
    assert "Configuration du tableau de bord RCAED501 48213" in sent["Subject"]
