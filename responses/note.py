"""The internal note beside a draft: what was read, checked and concluded. Never sent."""
from __future__ import annotations

from collections.abc import Mapping

from triage.extractors import SYMPTOM_LABELS
from triage.model import Finding, Reading

ROLES = {"student": "étudiant", "staff": "personnel", "unknown": "rôle inconnu"}
LANGUAGES = {"fr": "français", "en": "anglais"}

OWNERS = {"scolarite": "scolarité", "si_scol": "SI-Scol / bureau des inscriptions", "dsi": "DSI",
          "teacher": "enseignant", "cemu": "CEMU", "user": "l'utilisateur (rien à corriger)"}


# Where evidence comes from, as people read it (the note, the ticket page, a forwarded mail).
SOURCES = {"refer": "REFER", "moodle": "Moodle", "ade": "ADE", "mail": "le courriel",
           "clock": "date et heure"}
# Templates that answer no single situation (the others carry a rule's title); the web's labels
# read this map too.
TEMPLATE_TITLES = {"need_info": "Demande de précisions", "investigating": "Accusé de réception",
                   "to_write": "Réponse à rédiger", "login_no_email": "Compte sans adresse mail",
                   "cohort_advice": "Conseil : cohortes",
                   "agent_written": "Réponse rédigée par l'agent"}


def _finding(index: int, finding: Finding, used: bool) -> list[str]:
    lines = [f"{index}. {finding.title or finding.situation} — confiance "
             f"{finding.confidence * 100:.0f} % — à corriger par : "
             f"{OWNERS.get(finding.owner, finding.owner)}"
             + ("" if used else " — écarté de la réponse (confiance faible, ou autre étudiant "
                                "que l'expéditeur)"),
             f"   Correctif : {finding.fix}"]
    # The evidence rows are the finding's own (tables on the ticket page, `inspect --json`):
    # the note names them without repeating them.
    if finding.evidence:
        lines.append("   Preuves : " + " ; ".join(
            f"{SOURCES.get(e.source, e.source)}, {e.label} ({len(e.rows)} ligne"
            f"{'s' if len(e.rows) > 1 else ''})" for e in finding.evidence))
    return lines


def template_title(template: str, findings: list[Finding]) -> str:
    """A template's French name: its situation's title, or the generic template's name."""
    titles = {f.situation: f.title for f in findings if f.title}
    return TEMPLATE_TITLES.get(template) or titles.get(template) or template


def internal_note(reading: Reading, findings: list[Finding], used: list[Finding],
                  pending: list[str], templates: list[str], leaked: list[str],
                  said_etapes: Mapping[str, str] | None = None) -> str:
    """Evidence, confidence and what was checked, for the agent only (`said_etapes`: the
    labels REFER gives the étapes said in words)."""
    ents = reading.entities
    symptom = SYMPTOM_LABELS.get(reading.symptom, reading.symptom)
    cues = ", ".join(f"« {w} »" for w in reading.symptom_evidence)
    lines = [f"Symptôme : {symptom}{f' (lu dans : {cues})' if cues else ''} ; "
             f"langue : {LANGUAGES.get(reading.language, reading.language)} ; expéditeur : "
             f"{ROLES.get(reading.sender_role, reading.sender_role)}",
             f"Identifiants lus : codes {', '.join(ents.apogee_codes) or '—'} ; numéros "
             f"{', '.join(ents.student_numbers) or '—'} ; cours "
             f"{', '.join(map(str, ents.course_ids)) or '—'}"]
    if ents.etapes_said:
        labels = said_etapes or {}
        lines.append("Étape indiquée en toutes lettres : " + ", ".join(
            f"{code} ({labels[code]})" if labels.get(code) else code for code in ents.etapes_said))
    if pending:
        lines.append(f"Sources indisponibles : {', '.join(SOURCES.get(p, p) for p in pending)} "
                     "— diagnostic partiel, à relancer avant d'envoyer une réponse définitive.")
    lines.append("Constats (du plus probable au moins probable) :" if findings
                 else "Aucun constat : réponse générique, à relire par un agent.")
    for index, finding in enumerate(findings, 1):
        lines += _finding(index, finding, finding in used)
    names = [template_title(t, findings) for t in templates]
    lines.append(f"Modèle{'s' if len(names) > 1 else ''} de réponse : {', '.join(names)}")
    if leaked:
        lines.append(f"ALERTE : valeurs masquées dans la réponse : {', '.join(leaked)}")
    return "\n".join(lines)
