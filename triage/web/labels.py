"""French labels of the ids a person reads: situations, symptoms, owners of fixes, states,
templates, components. Ids stay in URLs, forms and CSV columns; people read the labels."""
from __future__ import annotations

from collections.abc import Callable, Iterable

from triage.extractors import SYMPTOM_LABELS
from triage.responses.note import SOURCES, TEMPLATE_TITLES
from triage.rules import situation_title

SYMPTOMS = SYMPTOM_LABELS
OWNERS = {"scolarite": "Scolarité de la composante", "si_scol": "SI-Scol", "dsi": "DSI",
          "teacher": "Enseignant", "cemu": "CEMU", "user": "Utilisateur"}
TICKET_STATES = {"new": "nouveau", "pending": "diagnostic en attente", "to_review": "à relire",
                 "queued": "en envoi", "answered": "répondu", "rejected": "rejeté",
                 "not_to_answer": "sans réponse", "needs_human": "à lire"}
DRAFT_STATES = {"proposed": "proposé", "approved": "approuvé", "rejected": "rejeté",
                "superseded": "remplacé par un nouveau diagnostic"}
OUTGOING_STATES = {"queued": "en attente d'envoi", "sending": "en cours d'envoi",
                   "sent": "envoyé", "failed": "échec, nouvel essai prévu",
                   "uncertain": "envoi incertain", "dead": "abandonné après plusieurs essais"}
OUTGOING_KINDS = {"reply": "réponse", "forward": "transfert"}
SENDER_ROLES = {"student": "étudiant", "staff": "personnel", "teacher": "enseignant",
                "unknown": "rôle inconnu"}
COMPONENTS = {"diagnostic": "diagnostic d'un ticket", "worker": "diagnostic (worker)", "watcher": "relève de la boîte aux lettres",
              "sender": "envoi SMTP"}
ROLES = {"agent": "agent", "manager": "responsable", "admin": "administrateur"}
ACTIONS = {"claim": "a pris le ticket", "save": "a enregistré le brouillon",
           "approve": "a approuvé la réponse", "reject": "a rejeté le brouillon",
           "not_to_answer": "a classé sans réponse", "reassign": "a réattribué le ticket",
           "rerun": "a relancé le diagnostic", "take_over": "a repris le ticket",
           "forward": "a transféré au responsable", "forward_fixed": "a constaté la correction",
           "login": "connexion", "password": "mot de passe changé",
           "correct": "a corrigé la lecture du robot", "write": "a rédigé sa propre réponse",
           "merge": "a fusionné des tickets", "answer_all": "a répondu avec un autre ticket",
           "user_add": "compte créé", "user_update": "compte modifié",
           "component_error": "défaillance d'un composant"}
# Templates that answer no single situation (the others carry a rule's id): named where the
# internal note names them too.
TEMPLATES = TEMPLATE_TITLES


def situation(value: str) -> str:
    """The rule's title ('Cours caché'); the id itself for an unknown situation."""
    return situation_title(value)


def template(value: str) -> str:
    """A draft template's label: the situation's title, or the generic template's name."""
    return TEMPLATES.get(value) or situation(value)


def sources(values: Iterable[object] | None) -> str:
    """'REFER, Moodle' for a list of pending source ids."""
    return ", ".join(SOURCES.get(str(v), str(v)) for v in values or [])


def _lookup(table: dict[str, str]) -> Callable[[str | None], str]:
    return lambda value: table.get(value, value) if value is not None else ""


FILTERS = {"situation": situation, "template": template, "sources": sources,
           "symptom": _lookup(SYMPTOMS), "owner": _lookup(OWNERS),
           "state": _lookup(TICKET_STATES), "draft_state": _lookup(DRAFT_STATES),
           "out_state": _lookup(OUTGOING_STATES), "out_kind": _lookup(OUTGOING_KINDS),
           "sender_role": _lookup(SENDER_ROLES), "component": _lookup(COMPONENTS),
           "source": _lookup(SOURCES),
           "role": _lookup(ROLES), "action": _lookup(ACTIONS)}
