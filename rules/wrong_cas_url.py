"""Mauvaise URL: the user logged in on the CAS directly (no service=), so CAS cannot redirect."""
from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from triage.rules._common import make
from triage.facts import Facts
from triage.model import Evidence, Finding

ID = "wrong_cas_url"
TITLE = "Mauvaise URL (CAS sans destination)"
OWNER = "user"


def has_service(url: str) -> bool:
    """True when a CAS URL names the service to return to."""
    return bool(parse_qs(urlsplit(url).query).get("service"))


def check(facts: Facts) -> list[Finding]:
    """A CAS login URL without service, or the 'destination finale' page."""
    reading = facts.reading
    cas = [u for u in reading.entities.cas_urls if facts.settings.cas_host in u]
    bare = [u for u in cas if not has_service(u)]
    asked = reading.symptom == "cas_unknown_destination"
    if not bare and not (asked and not cas):
        return []
    evidence = [Evidence("mail", "Adresse CAS citée",
                         [{"url": u, "service": "absent"} for u in bare]
                         or [{"symptom": reading.symptom}])]
    fix = ("Connexion directe au CAS sans service : saisir l'adresse de la plateforme "
           f"({facts.settings.platform_url}) dans le navigateur.")
    params = {"platform_url": facts.settings.platform_url.rstrip("/")}
    return [make(ID, OWNER, 0.9 if bare else 0.8, fix, evidence, params)]
