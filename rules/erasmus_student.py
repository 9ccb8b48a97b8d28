"""Étudiant Erasmus: a departing exchange student is deliberately not enrolled on Ecampus."""
from __future__ import annotations

from triage.rules._common import down, make, scanned
from triage.facts import Exchange, Facts, StudentFacts
from triage.model import Evidence, Finding

ID = "erasmus_student"
TITLE = "Étudiant Erasmus"
OWNER = "user"


def _evidence(student: StudentFacts, exchange: Exchange) -> list[Evidence]:
    rows = [{"COD_ETU": student.number, "COD_PRG": exchange.programme,
             "LIC_PRG": exchange.short_label, "LIB_PRG": exchange.label,
             "TEM_SNS_PRG": exchange.direction, "période": exchange.period}]
    return [Evidence("refer", f"INS_ADM_ANU / PRG_ECHANGE pour {student.number}", rows),
            Evidence("refer", f"INS_ADM_ETP pour {student.number}",
                     [{"COD_ETP": e.etape, "COD_ANU": e.year, "ETA_IAE": e.status}
                      for e in student.enrolments])]


def check(facts: Facts) -> list[Finding]:
    """Cited students whose IA carries a departure exchange programme."""
    if down(facts, "refer"):
        return []
    findings = []
    for student in facts.students.values():
        exchange = student.exchange
        if exchange is None or exchange.direction != "depart":
            continue
        semester = exchange.period in ("S1", "S2")
        if semester:
            fix = (f"Départ en échange pour le {exchange.period} seulement ({exchange.label}) : "
                   "vérifier le semestre du cours ; si la période est erronée, alerter le bureau "
                   "des inscriptions (ou la SI-Scol).")
        else:
            fix = (f"Départ en échange à l'année ({exchange.label}) : pas d'inscription Ecampus, "
                   "c'est voulu. Si l'étudiant est en fait présent, alerter le bureau des "
                   "inscriptions (ou la SI-Scol) ; sinon, inscription manuelle limitée dans le "
                   "temps par les enseignants si vraiment nécessaire.")
        params = {"student": student.number, "programme": exchange.short_label or exchange.programme,
                  "programme_label": exchange.label or exchange.short_label, "period": exchange.period or "AN",
                  "semester": semester, "siscol": facts.settings.siscol_address}
        findings.append(make(ID, "si_scol" if semester else OWNER, 0.9, fix, _evidence(student, exchange),
                             params, {"student": student.number}))
    return findings


def scan(facts: Facts) -> list[Finding]:
    """Departing students who still have IPs: a wrong programme or period costs a ticket."""
    out = []
    for finding in check(facts):
        student = facts.students[finding.params["student"]]
        ips = sum(1 for link in student.elements.values() if link.has_ip)
        if ips:
            courses = len(student.moodle_user.courses) if student.moodle_user else 0
            out.append(scanned(finding, finding.params["period"], 1,
                               f"{finding.params['programme'] or 'départ'} : {ips} IP, "
                               f"{courses} cours Ecampus"))
    return out
