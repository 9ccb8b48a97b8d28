"""Données d'annuaire: name and e-mail come from the compte numérique; a guest or vacataire account
created without an e-mail address is stuck on its profile page."""
from __future__ import annotations

from triage.rules._common import make, mail_evidence
from triage.facts import Facts, MoodleUser
from triage.model import Evidence, Finding

ID = "directory_data"
TITLE = "Données issues de l'annuaire (compte numérique)"
OWNER = "scolarite"
_PROFILE_WORDS = ("profil", "adresse", "courriel", "email", "e-mail", "vacataire")


def _user_row(user: MoodleUser) -> dict:
    return {"mdl_user.id": user.id, "username": user.username, "auth": user.auth,
            "email": user.email or "(vide)", "suspended": int(user.suspended)}


def check(facts: Facts) -> list[Finding]:
    """The sender's account lacks an e-mail, or the sender reports a wrong name."""
    user, symptom = facts.sender_user, facts.reading.symptom
    if user is not None and not user.email:
        evidence = [Evidence("moodle", "Compte Ecampus de l'expéditeur", [_user_row(user)])]
        fix = ("Compte invité/vacataire créé sans adresse mail : la composante complète le compte "
               "numérique ; accès normal le lendemain.")
        confidence = 0.95 if symptom == "cannot_login" else 0.8
        return [make(ID, OWNER, confidence, fix, evidence,
                     {"variant": "no_email", "template": "login_no_email"},
                     {"user_id": user.id})]
    words = " ".join(facts.reading.symptom_evidence).lower()
    if user is None and symptom == "cannot_login" and any(w in words for w in _PROFILE_WORDS):
        # The account has no e-mail, so the sender's address cannot find it: the mail's own
        # words (stuck on the profile page, no e-mail address) are the evidence.
        fix = ("Bloqué sur la page de profil faute d'adresse mail (compte invité/vacataire ?) : "
               "retrouver le compte et demander à la composante de le compléter.")
        return [make(ID, OWNER, 0.75, fix, [mail_evidence(facts)],
                     {"variant": "no_email", "template": "login_no_email"})]
    if symptom == "wrong_name":
        evidence = [mail_evidence(facts)]
        if user is not None:
            evidence.append(Evidence("moodle", "Compte Ecampus de l'expéditeur", [_user_row(user)]))
        fix = ("Nom/prénom synchronisés avec le compte numérique : le service administratif de la "
               "composante corrige ; visible le lendemain.")
        return [make(ID, OWNER, 0.85, fix, evidence, {"variant": "wrong_name"},
                     {"user_id": user.id} if user else {})]
    return []
