"""The web queue's edges (issue 16) through Flask's test client: where sign-in may send the
browser, sessions that end for real, and odd parameters answered with a French 4xx."""
from __future__ import annotations

import pytest
from sqlalchemy import func, select

from tests.fixtures_web import (PASSWORD, accounts, analysed_ticket, as_role,  # noqa: F401
                                cas_server, csrf_token, sign_in, web_app, web_services)
from triage.store import models as m


def _sign_in_to(app, target: str):
    client = app.test_client()
    token = csrf_token(client.get("/login").get_data(as_text=True))
    return client.post("/login", query_string={"next": target},
                       data={"username": "agent", "password": PASSWORD, "csrf_token": token})


# --------------------------------------------------------------------------- 1. redirects
@pytest.mark.parametrize("target", [
    "/\t/evil.example", "/%09/evil.example", "/\n/evil.example", "/x\r\nSet-Cookie: a=b",
    "//evil.example/x", "/\\evil.example", "\\\\evil.example", "https://evil.example/",
    "http:/evil.example", "/\u3000/evil.example", "/\u200b/evil.example", "javascript:alert(1)",
    "/no-such-page", "/login", "/logout", "", "ticket/1"])
def test_sign_in_never_sends_the_browser_off_our_pages(web_app, target):
    resp = _sign_in_to(web_app, target)
    assert resp.status_code == 302
    assert resp.headers["Location"] == "/"


@pytest.mark.parametrize("target", ["/ticket/1", "/?state=all&q=22004871", "/forwards",
                                    "/stats/?since=2026-01-01"])
def test_sign_in_goes_on_to_the_page_asked_for(web_services, web_app, target):
    analysed_ticket(web_services)
    assert _sign_in_to(web_app, target).headers["Location"] == target


def test_cas_callback_keeps_only_our_pages(web_services, accounts, cas_server):
    """Through the CAS, the `next` carried in the service URL goes through the same check."""
    from triage.web import create_app
    cas_url, seen = cas_server
    web_services.config.set("web", "cas_url", cas_url)
    app = create_app(web_services, {"TESTING": True})
    for target, expected in (("/\t/evil.example", "/"), ("/\n", "/"), ("/forwards", "/forwards")):
        client = app.test_client()
        resp = client.get("/login/cas", query_string={"next": target})
        assert resp.headers["Location"].startswith(cas_url + "login?service=")
        service = resp.headers["Location"].split("service=", 1)[1]
        assert "evil" not in service
        resp = client.get(f"/login/cas/callback?ticket=ST-agent&next={target}")
        assert resp.status_code == 302 and resp.headers["Location"] == expected


# --------------------------------------------------------------------------- 2. sessions
def _cookie(client) -> str:
    return client.get_cookie("triage_session").value


def _replay(app, cookie: str):
    other = app.test_client()
    other.set_cookie("triage_session", cookie)
    return other.get("/")


def test_logout_ends_the_session_for_a_copied_cookie(web_app, as_role):
    client = as_role("agent")
    cookie = _cookie(client)
    assert _replay(web_app, cookie).status_code == 200      # the copy works while signed in
    token = csrf_token(client.get("/").get_data(as_text=True))
    assert client.post("/logout", data={"csrf_token": token}).status_code == 302
    resp = _replay(web_app, cookie)
    assert resp.status_code == 302 and resp.headers["Location"].startswith("/login")


def test_password_change_ends_the_other_sessions(web_app, web_services, accounts, as_role):
    laptop, phone = as_role("agent"), as_role("agent")
    stolen = _cookie(phone)
    token = csrf_token(laptop.get("/account/password").get_data(as_text=True))
    wrong = laptop.post("/account/password", data={"csrf_token": token, "current": "nope",
                                                   "new": "x" * 12, "confirm": "x" * 12})
    assert wrong.status_code == 400 and "incorrect" in wrong.get_data(as_text=True)
    assert phone.get("/").status_code == 200                # a failed change ends nothing
    resp = laptop.post("/account/password", data={"csrf_token": token, "current": PASSWORD,
                                                  "new": "new password 2026",
                                                  "confirm": "new password 2026"})
    assert resp.status_code == 302
    assert laptop.get("/").status_code == 200               # this browser goes on
    assert phone.get("/").status_code == 302                # every other one is out
    assert _replay(web_app, stolen).status_code == 302
    assert sign_in(web_app.test_client(), "agent", "new password 2026").status_code == 302


def test_role_change_and_deactivation_end_the_sessions(web_app, web_services, accounts,
                                                       as_role):
    manager, admin = as_role("manager"), as_role("admin")
    cookie = _cookie(manager)
    assert manager.get("/stats/").status_code == 200
    token = csrf_token(admin.get("/admin/users").get_data(as_text=True))
    admin.post(f"/admin/users/{accounts['manager']}",
               data={"csrf_token": token, "role": "agent", "active": "1"})
    assert manager.get("/stats/").status_code == 302        # signed out, not merely demoted
    assert _replay(web_app, cookie).status_code == 302
    agent = as_role("agent")
    admin.post(f"/admin/users/{accounts['agent']}",
               data={"csrf_token": token, "role": "agent", "active": "0"})
    assert agent.get("/").status_code == 302
    with web_services.sessions() as s:
        live = s.scalars(select(m.WebSession.user_id)).all()
        assert accounts["agent"] not in live and accounts["manager"] not in live


def test_the_store_keeps_a_hash_never_the_cookie_token(web_app, web_services, as_role):
    from flask.sessions import SecureCookieSessionInterface
    client = as_role("agent")
    serializer = SecureCookieSessionInterface().get_signing_serializer(web_app)
    token = serializer.loads(_cookie(client))["sid"]
    with web_services.sessions() as s:
        ids = s.scalars(select(m.WebSession.id)).all()
    assert len(ids) == 1 and token not in ids[0] and len(ids[0]) == 64


def test_expired_sessions_are_refused_and_cleared_at_next_sign_in(web_app, web_services,
                                                                  as_role):
    from datetime import timedelta
    client = as_role("agent")
    with web_services.sessions() as s:
        s.execute(m.WebSession.__table__.update().values(
            expires_at=m.utcnow() - timedelta(minutes=1)))
        s.commit()
    assert client.get("/").status_code == 302
    as_role("manager")
    with web_services.sessions() as s:
        assert s.scalar(select(func.count()).select_from(m.WebSession)) == 1


# --------------------------------------------------------------------------- 4. parameters
@pytest.mark.parametrize("url,status,says", [
    ("/ticket/99999999999999999999999", 404, "Page introuvable"),
    ("/ticket/2147483648", 404, "Page introuvable"),
    ("/ticket/\u0663", 404, "Page introuvable"),                      # an Arabic-Indic 3
    ("/ticket/1/message/99999999999999999999/attachment/0", 404, "Page introuvable"),
    ("/?page=99999999999999999999999", 400, "numéro de page"),
    ("/?page=0", 400, "numéro de page"),
    ("/?assignee=99999999999999999999", 400, "agent"),
    ("/?assignee=-1", 400, "agent"),
    ("/?course=\u00b2", 400, "cours"),
    ("/?course=1e9", 400, "cours"),
    ("/?state=%00", 400, "état"),
    ("/?age=forever", 400, "ancienneté"),
    ("/stats/?until=9999-12-31", 400, "date de fin"),
    ("/stats/?since=0001-01-01", 400, "date de début"),
    ("/stats/?since=2026-02-30", 400, "date de début"),
    ("/stats/?since=\uff12\uff10\uff12\uff16-01-01", 400, "date de début"),   # full-width
    ("/stats/?since=2026-03-01&until=2026-02-01", 400, "Période vide"),
    ("/stats/?since=2020-01-01&until=2026-01-01", 400, "Période trop longue"),
    ("/stats/export/jours.csv?until=9999-12-31", 400, "date de fin"),
    ("/admin/audit?ticket=99999999999999999999", 400, "ticket"),
    ("/admin/audit?page=99999999999999999999", 400, "numéro de page"),
    ("/admin/audit?user=\u00b9", 400, "utilisateur"),
])
def test_odd_parameters_get_a_french_4xx(as_role, url, status, says):
    resp = as_role("admin").get(url)
    assert resp.status_code == status
    assert says in resp.get_data(as_text=True)


@pytest.mark.parametrize("url", ["/?q=\u00b2", "/?q=%00", "/?q=" + "9" * 30, "/?symptom=\u00b2",
                                 "/?elp=%F0%9F%92%A5", "/?assignee=me", "/?assignee=none"])
def test_odd_search_text_is_searched_not_failed(as_role, url):
    assert as_role("agent").get(url).status_code == 200


@pytest.mark.parametrize("field,value", [("draft_id", "99999999999999999999"),
                                         ("draft_id", "\u00b2"), ("user_id", "99999999999")])
def test_odd_form_ids_get_a_400(web_services, as_role, field, value):
    tid = analysed_ticket(web_services)
    client = as_role("agent")
    token = csrf_token(client.get(f"/ticket/{tid}").get_data(as_text=True))
    action = "reassign" if field == "user_id" else "save"
    resp = client.post(f"/ticket/{tid}/{action}", data={"csrf_token": token, field: value,
                                                        "text": "x"})
    assert resp.status_code == 400 and "Valeur invalide" in resp.get_data(as_text=True)


def test_nul_in_a_draft_is_dropped_not_stored(web_services, as_role):
    tid = analysed_ticket(web_services)
    with web_services.sessions() as s:
        draft_id = s.scalar(select(m.Draft.id).where(m.Draft.ticket_id == tid))
        s.commit()
    client = as_role("agent")
    token = csrf_token(client.get(f"/ticket/{tid}").get_data(as_text=True))
    client.post(f"/ticket/{tid}/save", data={"csrf_token": token, "draft_id": draft_id,
                                             "text": "Bonjour\x00,\r\n\r\nCEMU"})
    with web_services.sessions() as s:
        assert s.get(m.Draft, draft_id).text == "Bonjour,\n\nCEMU"


# --------------------------------------------------------------------------- 3. holding a ticket
def _post(client, url, data=None, token_from="/"):
    token = csrf_token(client.get(token_from).get_data(as_text=True))
    return client.post(url, data={**(data or {}), "csrf_token": token})


def _forward_out(services, tid, finding_id, client, to="si-scol@unicaen.fr"):
    return _post(client, f"/ticket/{tid}/forward", {"finding_id": finding_id, "to": to,
                                                    "note": "À corriger."})


def test_every_action_on_a_ticket_another_agent_holds_is_refused(web_services, as_role,
                                                                 accounts):
    tid = analysed_ticket(web_services)
    with web_services.sessions() as s:
        draft_id = s.scalar(select(m.Draft.id).where(m.Draft.ticket_id == tid))
        finding_id = s.scalar(select(m.FindingRow.id).where(m.FindingRow.ticket_id == tid))
        s.commit()
    holder, other = as_role("agent"), as_role("agent2")
    _post(holder, f"/ticket/{tid}/save", {"draft_id": draft_id, "text": "Mon brouillon."})
    _forward_out(web_services, tid, finding_id, holder)
    with web_services.sessions() as s:
        forward_id = s.scalar(select(m.Outgoing.id).where(m.Outgoing.kind == "forward"))
        before = s.scalar(select(func.count()).select_from(m.AuditEntry))
    attempts = [("approve", {"draft_id": draft_id, "text": "pwned"}),
                ("save", {"draft_id": draft_id, "text": "pwned"}),
                ("reject", {"draft_id": draft_id, "reason": "pwned"}),
                ("not-to-answer", {"reason": "spam"}), ("rerun", {}),
                ("reassign", {"user_id": accounts["agent2"]}), ("reassign", {}),
                ("forward", {"finding_id": finding_id, "to": "x@unicaen.fr"})]
    for action, data in attempts:
        resp = _post(other, f"/ticket/{tid}/{action}", data)
        assert resp.status_code == 302 and resp.headers["Location"] == f"/ticket/{tid}", action
        assert "pris par un autre agent" in other.get(f"/ticket/{tid}").get_data(as_text=True)
    resp = _post(other, f"/forward/{forward_id}/fixed")
    assert resp.headers["Location"] == f"/ticket/{tid}"
    with web_services.sessions() as s:
        ticket, draft = s.get(m.Ticket, tid), s.get(m.Draft, draft_id)
        assert ticket.claimed_by == accounts["agent"] and ticket.state == "to_review"
        assert (draft.state, draft.text) == ("proposed", "Mon brouillon.")
        assert s.scalar(select(func.count()).select_from(m.Outgoing)) == 1
        assert s.scalar(select(func.count()).select_from(m.AuditEntry)) == before
    _post(other, f"/ticket/{tid}/take")                       # taking over is the way
    assert _post(other, f"/ticket/{tid}/rerun").headers["Location"] == "/"
    with web_services.sessions() as s:
        assert s.get(m.Ticket, tid).state == "new"
        assert s.get(m.Draft, draft_id).text == "Mon brouillon."   # the holder's edit kept


@pytest.mark.parametrize("to,allowed", [
    ("exfil@gmail.com", False), ("si-scol@unicaen.fr", True), ("scol@ufr-droit.unicaen.fr", True),
    ("x@unicaen.fr.evil.example", False), ("x@notunicaen.fr", False), ("x@UNICAEN.FR", True)])
def test_evidence_is_forwarded_only_inside_the_university(web_services, as_role, to, allowed):
    tid = analysed_ticket(web_services)
    with web_services.sessions() as s:
        finding_id = s.scalar(select(m.FindingRow.id).where(m.FindingRow.ticket_id == tid))
        s.commit()
    client = as_role("agent")
    _forward_out(web_services, tid, finding_id, client, to=to)
    with web_services.sessions() as s:
        sent = s.scalars(select(m.Outgoing.to_addr)).all()
    assert sent == ([to] if allowed else [])
    if not allowed:
        assert "Transfert refusé" in client.get(f"/ticket/{tid}").get_data(as_text=True)


def test_an_admin_widens_the_forward_domains(web_services, accounts):
    from triage.web import create_app
    web_services.config.set("web", "forward_domains", ("unicaen.fr", "ac-normandie.fr"))
    app = create_app(web_services, {"TESTING": True})
    client = app.test_client()
    sign_in(client, "agent")
    tid = analysed_ticket(web_services)
    with web_services.sessions() as s:
        finding_id = s.scalar(select(m.FindingRow.id).where(m.FindingRow.ticket_id == tid))
        s.commit()
    _forward_out(web_services, tid, finding_id, client, to="dsi@ac-normandie.fr")
    with web_services.sessions() as s:
        assert s.scalars(select(m.Outgoing.to_addr)).all() == ["dsi@ac-normandie.fr"]


def test_forward_fixed_refuses_a_replys_id(web_services, as_role):
    tid = analysed_ticket(web_services)
    with web_services.sessions() as s:
        draft_id = s.scalar(select(m.Draft.id).where(m.Draft.ticket_id == tid))
        s.commit()
    client = as_role("agent")
    _post(client, f"/ticket/{tid}/approve", {"draft_id": draft_id, "text": "Réglé."})
    with web_services.sessions() as s:
        reply_id = s.scalar(select(m.Outgoing.id).where(m.Outgoing.kind == "reply"))
    assert _post(client, f"/forward/{reply_id}/fixed").status_code == 404
    with web_services.sessions() as s:
        assert s.scalar(select(m.AuditEntry.id).where(
            m.AuditEntry.action == "forward_fixed")) is None
