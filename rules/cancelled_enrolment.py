"""IA annulée, puis remplacée: IPs made on the cancelled IA do not follow the replacing one."""
from __future__ import annotations

from triage.rules._common import ENROLMENT_SYMPTOMS, down, make
from triage.facts import Facts, StudentFacts
from triage.model import Evidence, Finding

ID = "cancelled_enrolment"
TITLE = "IA annulée, puis remplacée"
OWNER = "scolarite"


def _current(facts: Facts, student: StudentFacts, status: str) -> list:
    return [e for e in student.enrolments
            if e.status == status and e.year in ("", facts.academic_year)]


def check(facts: Facts) -> list[Finding]:
    """A cited student whose current IA was cancelled and replaced, with IPs missing."""
    if down(facts, "refer") or facts.reading.symptom not in ENROLMENT_SYMPTOMS:
        return []
    findings = []
    for student in facts.students.values():
        cancelled, live = _current(facts, student, "A"), _current(facts, student, "E")
        missing_ip = not student.elements or any(not l.has_ip for l in student.elements.values())
        if not (cancelled and live and missing_ip):
            continue
        evidence = [Evidence("refer", f"INS_ADM_ETP pour {student.number}",
                             [{"COD_ETP": e.etape, "COD_VRS_VET": e.version, "COD_ANU": e.year,
                               "ETA_IAE": e.status,
                               "DAT_MOD_IAE": e.modified.isoformat() if e.modified else ""}
                              for e in student.enrolments]),
                    Evidence("refer", f"IND_CONTRAT_ELP pour {student.number}",
                             [{"COD_ELP": c, "IP": "oui" if l.has_ip else "non"}
                              for c, l in student.elements.items()])]
        fix = (f"IA {cancelled[0].etape} annulée et remplacée par {live[0].etape} : la scolarité "
               "refait les inscriptions pédagogiques (jusqu'aux groupes) sur la nouvelle IA.")
        findings.append(make(ID, OWNER, 0.75, fix, evidence,
                             {"student": student.number, "etape": live[0].etape},
                             {"student": student.number}))
    return findings
