"""The internal note beside a draft: what was read, checked and concluded. Never sent."""
from __future__ import annotations

from triage.extractors import SYMPTOM_LABELS
from triage.model import Finding, Reading

ROLES = {"student": "étudiant", "staff": "personnel", "unknown": "rôle inconnu"}
LANGUAGES = {"fr": "français", "en": "anglais"}

OWNERS = {"scolarite": "scolarité", "si_scol": "SI-Scol / bureau des inscriptions", "dsi": "DSI",
          "teacher": "enseignant", "cemu": "CEMU", "user": "l'utilisateur (rien à corriger)"}


def _row(row: dict) -> str:
    return ", ".join(f"{k}={v}" for k, v in row.items())


def _finding(index: int, finding: Finding, used: bool) -> list[str]:
    name = f"{finding.title} ({finding.situation})" if finding.title else finding.situation
    lines = [f"{index}. {name} — confiance {finding.confidence:.2f} — à corriger "
             f"par : {OWNERS.get(finding.owner, finding.owner)}"
             + ("" if used else " — écarté de la réponse (confiance faible, ou autre étudiant que l'expéditeur)"),
             f"   Correctif : {finding.fix}"]
    for evidence in finding.evidence:
        lines.append(f"   - [{evidence.source}] {evidence.label} : "
                     + ("; ".join(_row(r) for r in evidence.rows) or "aucune ligne"))
    return lines


def internal_note(reading: Reading, findings: list[Finding], used: list[Finding],
                  pending: list[str], templates: list[str], leaked: list[str]) -> str:
    """Evidence, confidence and what was checked, for the agent only."""
    ents = reading.entities
    symptom = SYMPTOM_LABELS.get(reading.symptom, reading.symptom)
    lines = [f"Symptôme : {symptom} ({', '.join(reading.symptom_evidence) or '—'}) ; "
             f"langue : {LANGUAGES.get(reading.language, reading.language)} ; expéditeur : "
             f"{ROLES.get(reading.sender_role, reading.sender_role)}",
             f"Identifiants lus : codes {', '.join(ents.apogee_codes) or '—'} ; numéros "
             f"{', '.join(ents.student_numbers) or '—'} ; cours "
             f"{', '.join(map(str, ents.course_ids)) or '—'}"]
    if pending:
        lines.append(f"Sources indisponibles : {', '.join(pending)} — diagnostic partiel, à "
                     "relancer avant d'envoyer une réponse définitive.")
    lines.append("Constats (du plus probable au moins probable) :" if findings
                 else "Aucun constat : réponse générique, à relire par un agent.")
    for index, finding in enumerate(findings, 1):
        lines += _finding(index, finding, finding in used)
    lines.append(f"Modèles : {', '.join(templates)}")
    if leaked:
        lines.append(f"ALERTE : valeurs masquées dans la réponse : {', '.join(leaked)}")
    return "\n".join(lines)
