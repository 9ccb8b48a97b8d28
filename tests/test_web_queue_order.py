"""The reply itself (issue 17.10), the parts a person meets on the ticket page: « Ticket suivant »
follows the queue's order (oldest first, past the tickets another agent holds, then from the top
again), and closing without an answer defaults to a neutral reason, never « spam »."""
from __future__ import annotations

import re

from tests.fixtures_web import (accounts, analysed_ticket, as_role, csrf_token,  # noqa: F401
                                old, web_app, web_services)


def _next_link(html: str) -> int | None:
    found = re.search(r'id="next-ticket"[^>]*href="/ticket/(\d+)"|href="/ticket/(\d+)"[^>]*'
                      r'id="next-ticket"', html)
    return int(found[1] or found[2]) if found else None


def _queue_order(client) -> list[int]:
    html = client.get("/").get_data(as_text=True)
    return [int(t) for t in dict.fromkeys(re.findall(r'href="/ticket/(\d+)"', html))]


def test_next_ticket_follows_the_queue_and_skips_what_another_agent_holds(web_services, as_role):
    oldest, middle, held, newest = (analysed_ticket(web_services, created_at=old(days))
                                    for days in (4, 3, 2, 1))
    other = as_role("admin")
    page = f"/ticket/{held}"
    token = csrf_token(other.get(page).get_data(as_text=True))
    assert other.post(f"{page}/take", data={"csrf_token": token}).status_code == 302
    agent = as_role("agent")
    queue = _queue_order(agent)
    assert [t for t in queue if t in (oldest, middle, held, newest)] == \
        [oldest, middle, held, newest]
    assert _next_link(agent.get(f"/ticket/{oldest}").get_data(as_text=True)) == middle
    assert _next_link(agent.get(f"/ticket/{middle}").get_data(as_text=True)) == newest
    assert _next_link(agent.get(f"/ticket/{newest}").get_data(as_text=True)) == oldest


def test_closing_without_an_answer_defaults_to_a_neutral_reason(web_services, as_role):
    tid = analysed_ticket(web_services)
    html = as_role("agent").get(f"/ticket/{tid}").get_data(as_text=True)
    options = re.search(r'<select name="reason"[^>]*>(.*?)</select>', html, re.S)[1]
    first = re.search(r'<option value="(\w+)"[^>]*>([^<]*)<', options)
    assert first[1] == "nothing_to_answer" and "Rien à répondre" in first[2]
    assert 'value="spam" selected' not in options
