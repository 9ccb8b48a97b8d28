"""A small CAS 2/3 client: redirect to the CAS login page, then validate the service ticket."""
from __future__ import annotations

import urllib.error
import urllib.request
from urllib.parse import urlencode
from xml.etree import ElementTree

NS = {"cas": "http://www.yale.edu/tp/cas"}


class CasError(Exception):
    """The CAS server could not be reached or did not accept the ticket."""


def login_url(cas_url: str, service: str) -> str:
    """Where to send the browser to sign in at the CAS."""
    return cas_url.rstrip("/") + "/login?" + urlencode({"service": service})


def logout_url(cas_url: str, service: str) -> str:
    """The CAS's logout page, coming back to `service` afterwards."""
    return cas_url.rstrip("/") + "/logout?" + urlencode({"service": service})


def validate(cas_url: str, service: str, ticket: str, timeout: float = 5.0) -> str:
    """The username the CAS vouches for (protocol 3 /p3/serviceValidate); raises CasError."""
    url = (cas_url.rstrip("/") + "/p3/serviceValidate?"
           + urlencode({"service": service, "ticket": ticket}))
    try:
        with urllib.request.urlopen(url, timeout=timeout) as resp:
            body = resp.read(100_000)
    except (urllib.error.URLError, OSError) as exc:
        raise CasError(f"CAS injoignable : {exc}") from exc
    return parse_response(body)


def parse_response(body: bytes) -> str:
    """The user of a serviceResponse, or CasError with the CAS's failure code."""
    try:
        root = ElementTree.fromstring(body)
    except ElementTree.ParseError as exc:
        raise CasError("réponse CAS illisible") from exc
    user = root.find("cas:authenticationSuccess/cas:user", NS)
    name = (user.text or "").strip() if user is not None else ""
    if name:
        return name
    failure = root.find("cas:authenticationFailure", NS)
    code = failure.get("code", "") if failure is not None else "INVALID_RESPONSE"
    raise CasError(f"ticket CAS refusé ({code})")
