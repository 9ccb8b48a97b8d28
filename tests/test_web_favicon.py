"""The tab icon. Browsers ask for an icon beside every page, after the page has loaded; when that
request was sent to the sign-in form, the form's answer set a session cookie of its own, which
could land after a sign-in that had just happened and overwrite it (seen once in the browser test
of the CAS: signed in by the callback, then signed out on the queue)."""
from __future__ import annotations

import re
import threading

import pytest

from tests.fixtures_web import (accounts, sign_in, web_app, web_services)  # noqa: F401
from tests.test_web_browser import browser  # noqa: F401 (fixture)

COOKIE = "triage_session"


def _cookie_set(resp) -> bool:
    return any(h.startswith(COOKIE + "=") for h in resp.headers.getlist("Set-Cookie"))


def test_every_page_names_our_icon_and_the_icon_is_served(web_app):
    client = web_app.test_client()
    page = client.get("/login").get_data(as_text=True)
    href = re.search(r'<link rel="icon" type="image/svg\+xml" href="([^"]+)"', page).group(1)
    icon = client.get(href)
    assert icon.status_code == 200
    assert icon.mimetype == "image/svg+xml"
    assert icon.get_data(as_text=True).startswith("<svg")


def test_the_usual_icon_address_leads_to_the_icon_without_a_session(web_app):
    """A signed-out browser following `/favicon.ico` to its end gets the icon, not the sign-in
    form, and no answer on the way sets a session cookie."""
    client = web_app.test_client()
    resp = client.get("/favicon.ico")
    assert resp.status_code == 301
    assert resp.headers["Location"].endswith("/static/favicon.svg")
    assert not _cookie_set(resp)
    followed = client.get("/favicon.ico", follow_redirects=True)
    assert followed.status_code == 200 and followed.mimetype == "image/svg+xml"
    assert client.get_cookie(COOKIE) is None


def test_a_late_icon_request_keeps_the_session_just_opened(web_app):
    """The race itself, in order: a browser signs in while an icon request of the page before
    (sent without a cookie) is still out; its answer must not replace the new session."""
    client = web_app.test_client()
    assert sign_in(client, "agent").status_code == 302
    stranger = web_app.test_client()          # the request sent before the cookie existed
    late = stranger.get("/favicon.ico", follow_redirects=True)
    assert not any(_cookie_set(r) for r in [*late.history, late])
    assert client.get("/").status_code == 200          # still signed in


@pytest.mark.browser
def test_a_browser_asks_for_our_icon_and_never_for_the_sign_in_form_again(web_app, browser):
    from waitress import create_server
    server = create_server(web_app, host="127.0.0.1", port=0, threads=4)
    threading.Thread(target=server.run, daemon=True).start()
    url = f"http://127.0.0.1:{server.effective_port}"
    try:
        page = browser.new_page()
        asked: list[str] = []
        page.on("request", lambda request: asked.append(request.url))
        with page.expect_response(lambda r: r.url.endswith("/static/favicon.svg")) as icon:
            page.goto(f"{url}/login")
        assert icon.value.status == 200
        page.close()             # every request of the page is over
        assert [a for a in asked if "/login" in a] == [f"{url}/login"]
        assert f"{url}/favicon.ico" not in asked
    finally:
        server.close()


def test_no_answer_of_a_signed_in_page_refreshes_the_session_cookie(web_app):
    """Only a change of the session sets its cookie: the queue, the icon and the style sheet
    answer a signed-in browser without one. (An answer sent before the browser's cookies were
    cleared and received after put the old session back: the CAS browser test, signed in again
    on a ticket it had asked for signed out.)"""
    client = web_app.test_client()
    assert sign_in(client, "agent").status_code == 302
    client.get("/")                        # the first page of a session may add its CSRF token
    for path in ("/", "/static/favicon.svg", "/static/app.css", "/favicon.ico"):
        resp = client.get(path)
        assert resp.status_code in (200, 301), path
        assert not _cookie_set(resp), path
