"""An agent's day and a manager's month clicked in headless Chromium (issue 17, items 1, 2, 5,
6, 7 and 9). With TRIAGE_SCREENSHOTS set to a folder, the pages are saved there."""
from __future__ import annotations

import os
from datetime import timedelta

import pytest
from sqlalchemy import select

from tests.fixtures_web import (accounts, default_finding, make_ticket, old,  # noqa: F401
                                web_app, web_services)
from tests.test_web_browser import browser, live_url, sign_in  # noqa: F401 (fixtures)
from triage.pipeline.outbox import deliver_due
from triage.store import models as m

pytestmark = pytest.mark.browser
SHOTS = os.environ.get("TRIAGE_SCREENSHOTS")


def _shot(page, name: str) -> None:
    if SHOTS:
        page.screenshot(path=f"{SHOTS}/{name}.png", full_page=True)


def _ticket(services, **kw) -> int:
    with services.sessions() as s:
        tid = make_ticket(s, **kw).id
        s.commit()
    return tid


def test_item1_reject_then_write_ones_own_reply(web_services, live_url, browser, tmp_path):
    tid = _ticket(web_services)
    page = sign_in(browser, live_url)
    page.goto(f"{live_url}/ticket/{tid}")
    page.fill("input[name=reason]", "le cours n'est pas caché, c'est une erreur d'inscription")
    page.click("text=Rejeter")
    page.wait_for_selector(".flash-ok")
    page.goto(f"{live_url}/ticket/{tid}")
    assert page.inner_text("#write-card h2") == "Rédiger la réponse"
    page.select_option("#write-template", "agent_written")
    page.click("#write")
    page.wait_for_selector(".flash-ok")
    assert "[…]" in page.input_value("#draft-text")
    _shot(page, "ticket-own-reply")
    page.click("#approve")                                   # refused: « […] » left
    page.wait_for_selector(".flash-error")
    assert "complétez les passages" in page.inner_text(".flash-error")
    text = page.input_value("#draft-text").replace(
        "[…]", "Votre inscription au cours RCAED334 est à refaire par la scolarité.")
    page.fill("#draft-text", text)
    page.click("#approve")
    page.wait_for_selector(".flash-ok")
    assert deliver_due(web_services.sessions, web_services.transport, "cemu@unicaen.fr") == 1
    body = next((tmp_path / "outbox").glob("*.eml")).read_bytes()
    assert b"scolarit" in body


def test_item2_opening_claims_nothing_editing_does_and_others_see_who(web_services, live_url,
                                                                      browser):
    tid = _ticket(web_services)
    first, second = sign_in(browser, live_url, "agent"), sign_in(browser, live_url, "agent2")
    first.goto(f"{live_url}/ticket/{tid}")
    second.goto(f"{live_url}/ticket/{tid}")
    assert "Consulté en ce moment par Agent" in second.inner_text("#lookers")
    with web_services.sessions() as s:
        assert s.get(m.Ticket, tid).claimed_by is None
    first.focus("#draft-text")
    first.keyboard.type(" Merci.")                           # starting an edit claims it
    first.wait_for_selector("text=Vous traitez ce ticket.")
    second.reload()
    assert "Ce ticket est pris par Agent" in second.inner_text("#held")
    assert second.locator("#approve").count() == 0
    _shot(second, "ticket-held")
    second.goto(f"{live_url}/")
    row = second.locator(f"tr.row[data-href='/ticket/{tid}']")
    assert "Agent" in row.inner_text()


def test_item5_agent_corrects_the_bot_manager_sees_the_agreement(web_services, live_url,
                                                                 browser):
    tid = _ticket(web_services, created_at=old(1))
    agreed = _ticket(web_services, created_at=old(1), subject="Autre cours")
    page = sign_in(browser, live_url)
    for t in (tid, agreed):
        page.goto(f"{live_url}/ticket/{t}")
        if t == tid:
            page.select_option("#correct-symptom select[name=value]", "not_enrolled")
            page.click("#correct-symptom button")
            page.wait_for_selector(".flash-ok")
            assert "corrigé par Agent : Pas inscrit au cours" in page.inner_text("#verdicts")
            _shot(page, "ticket-correction")
        page.click("#approve")
        page.wait_for_selector(".flash-ok")
    manager = sign_in(browser, live_url, "manager")
    manager.goto(f"{live_url}/stats/")
    rows = manager.inner_text("#verdicts-symptoms")
    assert "Cours absent\t2\t1\t50 %" in rows
    templates = manager.inner_text("#verdicts-templates")
    assert "Cours caché\t2\t0\t100 %" in templates
    _shot(manager, "stats-verdicts")


def test_item6_related_tickets_merged_or_answered_together(web_services, live_url, browser,
                                                           tmp_path):
    first = _ticket(web_services, created_at=old(2))
    again = _ticket(web_services, created_at=old(1), subject="Re: toujours rien")
    other = _ticket(web_services, created_at=old(1), sender="paul.roi@etu.unicaen.fr",
                    requester_name="Paul Roi")
    page = sign_in(browser, live_url)
    page.goto(f"{live_url}/ticket/{first}")
    assert "même expéditeur" in page.inner_text("#related")
    _shot(page, "ticket-related")
    page.click(f"#related li:has(a[href='/ticket/{again}']) button.merge")
    page.wait_for_selector(".flash-ok")
    assert page.locator("article.message").count() == 2          # its mail moved here
    page.check(f"input[name=others][value='{other}']")
    page.click("#answer-all")
    page.wait_for_selector(".flash-ok")
    assert deliver_due(web_services.sessions, web_services.transport, "cemu@unicaen.fr") == 2
    with web_services.sessions() as s:
        assert {t: s.get(m.Ticket, t).state for t in (first, again, other)} == {
            first: "answered", again: "not_to_answer", other: "answered"}
        tos = set(s.scalars(select(m.Outgoing.to_addr)))
    assert tos == {"lea.martin@etu.unicaen.fr", "paul.roi@etu.unicaen.fr"}


def test_item7_why_a_diagnosis_failed_retry_headers_and_source(web_services, live_url,
                                                               browser):
    from triage.pipeline.failures import diagnosis_failed
    tid = _ticket(web_services, state="needs_human")
    with web_services.sessions() as s:
        s.get(m.Ticket, tid).flag_reason = diagnosis_failed(ConnectionError("REFER"))
        mid = s.get(m.Ticket, tid).messages[0].id
        s.commit()
    page = sign_in(browser, live_url)
    page.goto(f"{live_url}/ticket/{tid}")
    assert "a échoué (ConnectionError)" in page.inner_text("#diagnosis-failed")
    page.click(f"#headers-{mid} summary")
    assert "cemu.assistance@unicaen.fr" in page.inner_text(f"#headers-{mid} table")
    _shot(page, "ticket-why")
    with page.expect_navigation():
        page.click(f"#headers-{mid} a.source-link")
    assert "Message-ID:" in page.inner_text("body") and "Subject:" in page.inner_text("body")
    page.go_back()
    page.click("#diagnosis-failed button.retry")
    page.wait_for_selector(".flash-ok")
    with web_services.sessions() as s:
        assert s.get(m.Ticket, tid).state == "new"


def test_item9_manager_reads_every_situation_and_composante(web_services, live_url, browser):
    from triage.rules import all_rules
    rules = all_rules()
    with web_services.sessions() as s:
        for n, rule in enumerate(rules):
            t = make_ticket(s, created_at=old(3), template=rule.id, findings=[default_finding(
                rule.id, elp=f"ELP{n:03d}", composante=("UFR DROIT", "IUT GRAND OUEST")[n % 2])])
            t.first_answer_at = t.created_at + timedelta(days=1)
        s.commit()
    page = sign_in(browser, live_url, "manager")
    page.click("text=Statistiques")
    page.wait_for_selector("#by-situation svg")
    labels = page.locator("#by-situation svg text.axis").all_text_contents()
    for rule in rules:
        assert rule.title in labels, rule.title
    assert not [x for x in labels if x.endswith("…")]
    composantes = page.inner_text("#by-composante table")
    assert "UFR DROIT\t11\t11\t24,0 h" in composantes
    _shot(page, "stats-month")
