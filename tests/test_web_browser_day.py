"""An agent's day and a manager's month clicked in headless Chromium (issue 17, items 1, 2, 5,
6, 7 and 9). With TRIAGE_SCREENSHOTS set to a folder, the pages are saved there."""
from __future__ import annotations

import os
from datetime import timedelta

import pytest
from sqlalchemy import select

from tests.fixtures_web import (accounts, analysed_ticket, old,  # noqa: F401
                                web_app, web_services)
from tests.test_web_browser import browser, live_url, sign_in  # noqa: F401 (fixtures)
from triage.pipeline.outbox import deliver_due
from triage.store import models as m
from triage.web import labels

pytestmark = pytest.mark.browser
SHOTS = os.environ.get("TRIAGE_SCREENSHOTS")


def _shot(page, name: str) -> None:
    if SHOTS:
        page.screenshot(path=f"{SHOTS}/{name}.png", full_page=True)


def _ticket(services, **kw) -> int:
    """Léa's hidden course (a demo sample mail) through the real pipeline: its ticket."""
    return analysed_ticket(services, **kw)


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
        "[…]", "Votre inscription au cours RCAED501 est à refaire par la scolarité.")
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
    agreed = _ticket(web_services, created_at=old(1), subject="Un autre cours introuvable")
    with web_services.sessions() as s:
        # the model's readings (the second mail's subject differs: it may read otherwise)
        read_as, agreed_as = (s.get(m.Ticket, t).symptom for t in (tid, agreed))
    assert read_as not in ("", "wrong_group") and agreed_as != ""
    page = sign_in(browser, live_url)
    for t in (tid, agreed):
        page.goto(f"{live_url}/ticket/{t}")
        if t == tid:
            page.select_option("#correct-symptom select[name=value]", "wrong_group")
            page.click("#correct-symptom button")
            page.wait_for_selector(".flash-ok")
            assert "corrigé par Agent : Mauvais groupe" in page.inner_text("#verdicts")
            _shot(page, "ticket-correction")
        page.click("#approve")
        page.wait_for_selector(".flash-ok")
    manager = sign_in(browser, live_url, "manager")
    manager.goto(f"{live_url}/stats/")
    rows = manager.inner_text("#verdicts-symptoms")
    # per symptom read: how many, how many corrected, how often agents agreed
    if read_as == agreed_as:
        assert f"{labels.SYMPTOMS[read_as]}\t2\t1\t50 %" in rows
    else:
        assert f"{labels.SYMPTOMS[read_as]}\t1\t1\t0 %" in rows
        assert f"{labels.SYMPTOMS[agreed_as]}\t1\t0\t100 %" in rows
    templates = manager.inner_text("#verdicts-templates")
    assert "Cours caché\t2\t0\t100 %" in templates
    _shot(manager, "stats-verdicts")


def test_item6_related_tickets_merged_or_answered_together(web_services, live_url, browser,
                                                           tmp_path):
    first = _ticket(web_services, created_at=old(2))
    again = _ticket(web_services, created_at=old(1), subject="Re: toujours rien")
    other = _ticket(web_services, created_at=old(1), sender="Paul Roi <paul.roi@etu.unicaen.fr>")
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
    assert tos == {"22004871@etu.unicaen.fr", "paul.roi@etu.unicaen.fr"}


def test_item7_why_a_diagnosis_failed_retry_headers_and_source(web_services, live_url,
                                                               browser):
    from tests.fixtures_web import failed_ticket
    tid = failed_ticket(web_services, ConnectionError("REFER"))
    with web_services.sessions() as s:
        mid = s.get(m.Ticket, tid).messages[0].id
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


@pytest.mark.samples
def test_item9_manager_reads_every_situation_and_composante(web_services, live_url, browser,
                                                           demo_dir):
    from tests.fixtures_web import age, answer, composante_names
    from triage.rules import all_rules
    titles = {r.id: r.title for r in all_rules()}
    # Every sample mail triaged; the tickets of the hidden course's composante answered a day
    # after they arrived.
    with web_services.sessions() as s:
        found = set(s.scalars(select(m.FindingRow.situation)))
        rows = s.execute(select(m.FindingRow.composante, m.FindingRow.ticket_id,
                                m.FindingRow.situation)).all()
    code = next(c for c, _, situation in rows if situation == "hidden_course")
    tickets = {t for c, t, _ in rows if c == code}
    assert len(tickets) >= 2 and len(found) >= 15
    for tid in tickets:
        age(web_services, tid, m.utcnow() - timedelta(days=1))
        answer(web_services, tid)
    page = sign_in(browser, live_url, "manager")
    page.click("text=Statistiques")
    page.wait_for_selector("#by-situation svg")
    labels = page.locator("#by-situation svg text.axis").all_text_contents()
    for situation in found:
        assert titles[situation] in labels, situation
    assert not [x for x in labels if x.endswith("…")]
    composantes = page.inner_text("#by-composante table")
    name = composante_names(demo_dir)[code]
    assert f"{name} ({code})\t{len(tickets)}\t{len(tickets)}\t24,0 h" in composantes
    _shot(page, "stats-month")
