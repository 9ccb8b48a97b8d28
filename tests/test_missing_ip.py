"""A student who writes she is missing from a course whose element holds no IP of hers this year:
the furthest case of « manque d'inscription jusqu'au groupe » (variant `no_ip`), answered by the
scolarité; and the cases it must leave to their own explanation."""
from __future__ import annotations

import json
from email.message import EmailMessage
from email.utils import format_datetime

import pytest
from click.testing import CliRunner

from tests.test_rules import elp, facts, student
from triage.cli import cli
from triage.demo.scenarios import DEMO_DAY
from triage.demo.setup import demo_config
from triage.facts import AdminEnrolment, CourseFacts, Exchange, Group, MoodleUser, StudentElement
from triage.rules import all_rules, diagnose

NUMBER = "22004513"


def _student(**kw):
    enrolments = kw.pop("enrolments", [AdminEnrolment("1LANG1", year="2026")])
    links = kw.pop("links", [StudentElement("HLAN305", has_ip=True)])
    return student(NUMBER, links, enrolments=enrolments, **kw)


def _no_ip(f):
    return [x for x in diagnose(f) if x.situation == "missing_group_enrolment"
            and x.params.get("variant") == "no_ip"]


def _case(symptom="not_enrolled", element=None, **kw):
    element = element or elp("HLAN201", groups=[Group("HLAN201TD1")], has_charges=True)
    return facts(symptom, role="student", elements=[element], students=[_student(**kw)])


def test_a_cited_element_without_the_students_ip_is_found():
    found = _no_ip(_case())
    assert [(x.params["elp"], x.params["student"], x.owner) for x in found] == \
        [("HLAN201", NUMBER, "scolarite")]
    assert "HLAN201" in found[0].fix and "inscription pédagogique" in found[0].fix
    evidence = {e.label: e.rows for e in found[0].evidence}
    assert evidence[f"IND_CONTRAT_ELP pour {NUMBER}"][0]["IP"] == "non"
    assert evidence[f"Autres IP de {NUMBER} cette année"] == [{"COD_ELP": "HLAN305"}]


@pytest.mark.parametrize("name, case", [
    ("the IP exists", lambda: _case(links=[StudentElement("HLAN201", has_ip=True)])),
    ("a symptom that is no claim to follow it", lambda: _case("wrong_group")),
    ("an IA cancelled then replaced", lambda: _case(enrolments=[
        AdminEnrolment("1LANG1", year="2026", status="A"), AdminEnrolment("1LANG2", year="2026")])),
    ("no live IA this year", lambda: _case(enrolments=[AdminEnrolment("1LANG1", year="2025")])),
    ("an Erasmus departure", lambda: _case(exchange=Exchange("ERASMUS", direction="depart"))),
    ("a porté element", lambda: _case(element=elp("HLAN201", porteur="HLAN200"))),
    ("a suspended element", lambda: _case(element=elp("HLAN201", suspended=True))),
    ("an étape", lambda: _case(element=elp("HLAN201", kind="etape"))),
    ("an element REFER does not hold", lambda: _case(element=elp("HLAN201", exists=False))),
    ("an element acquired in an earlier year", lambda: _case(acquired=["HLAN201"])),
])
def test_what_has_its_own_explanation_is_left_alone(name, case):
    assert _no_ip(case()) == [], name


def test_enrolled_in_the_course_anyway_is_left_alone():
    f = _case(moodle_user=MoodleUser(id=7, username="e22004513", courses=[46120]))
    f.courses = {46120: CourseFacts(id=46120, found=True, idnumber="HLAN201")}
    assert _no_ip(f) == []
    f.students[NUMBER].moodle_user.courses = [999]
    assert len(_no_ip(f)) == 1


def test_only_codes_the_mail_cites_count():
    f = _case()
    f.reading.entities.apogee_codes = ["HLAN305"]          # her own IP, HLAN201 only gathered
    assert _no_ip(f) == []


def test_the_scan_never_lists_missing_ips():
    rule = next(r for r in all_rules() if r.id == "missing_group_enrolment")
    assert rule.scan is not None and rule.scan(_case()) == []


def _mail(tmp_path, body, sender=f"Inès Martin <{NUMBER}@etu.unicaen.fr>", name="m.eml"):
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, "cemu.assistance@unicaen.fr", "Cours absent"
    msg["Date"], msg["Message-ID"] = format_datetime(DEMO_DAY), f"<{name}@etu.unicaen.fr>"
    msg.set_content(body)
    path = tmp_path / name
    path.write_bytes(msg.as_bytes())
    return path


def _inspect(demo, monkeypatch, path):
    cfg = demo_config(demo)
    for section in ("refer", "moodle"):
        monkeypatch.setenv(f"TRIAGE_{section.upper()}_URL", cfg.get(section, "url"))
    result = CliRunner().invoke(cli, ["inspect", "--json", str(path)])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_inspect_on_the_demo_answers_a_missing_ip(demo, monkeypatch, tmp_path):
    """The demo's student 22004513 has an IA in 1LANG1 and an IP in HLAN305 only."""
    record = _inspect(demo, monkeypatch, _mail(tmp_path, (
        "Bonjour,\nje ne suis pas inscrite au cours HLAN201 sur Ecampus, je ne le vois pas "
        f"dans mes cours alors que mes camarades l'ont.\nInès Martin, {NUMBER}\n")))
    found = [f for f in record["findings"] if f["situation"] == "missing_group_enrolment"]
    assert record["symptom"] == "not_enrolled" and found
    assert record["draft"]["template"] == "missing_group_enrolment"
    text = record["draft"]["text"]
    assert "aucune inscription pédagogique à l'élément HLAN201" in text
    assert "scolarité" in text and "synchronisation nocturne" in text
    assert "ne peut pas apparaître.\n\nSeul votre service de scolarité" in text   # two paragraphs


def test_inspect_on_the_demo_leaves_a_course_she_follows(demo, monkeypatch, tmp_path):
    record = _inspect(demo, monkeypatch, _mail(tmp_path, (
        "Bonjour,\nje ne suis pas inscrite au cours HLAN305 sur Ecampus.\n"
        f"Inès Martin, {NUMBER}\n")))
    assert not any(f["situation"] == "missing_group_enrolment" and
                   "aucune inscription pédagogique" in f["fix"] for f in record["findings"])


def test_inspect_on_the_demo_leaves_an_element_acquired_earlier(demo, monkeypatch, tmp_path):
    """22004514's IP in HLAN201 is capitalised (TEM_PRC_ICE = 'O'): acquired, not missing."""
    record = _inspect(demo, monkeypatch, _mail(tmp_path, (
        "Bonjour,\nje ne suis pas inscrit au cours HLAN201 sur Ecampus.\nLucas, 22004514\n"),
        sender="Lucas Petit <22004514@etu.unicaen.fr>"))
    assert record["entities"]["student_numbers"] == ["22004514"]
    assert not any(f["situation"] == "missing_group_enrolment" for f in record["findings"])


def test_the_sources_keep_acquired_elements_apart(demo_dir):
    from triage.facts import RuleSettings
    from triage.model import Entities, Reading
    from triage.sources import SourceSettings, Sources
    src = Sources(SourceSettings(refer_url=f"sqlite:///{demo_dir}/refer.db",
                                 moodle_url=f"sqlite:///{demo_dir}/moodle.db"))
    try:
        reading = Reading(entities=Entities(apogee_codes=["HLAN201"],
                                            student_numbers=["22004514", NUMBER]))
        f = src.gather(reading, "", DEMO_DAY, RuleSettings())
    finally:
        src.close()
    acquired, follower = f.students["22004514"], f.students[NUMBER]
    assert acquired.acquired == ["HLAN201"] and "HLAN201" not in acquired.elements
    assert follower.acquired == [] and follower.elements["HLAN305"].has_ip


def test_her_own_missing_ip_leads_a_students_reply_over_a_tie(demo, monkeypatch, tmp_path):
    """The demo's HLAN305 has a cohort sync (teachers' advice, 0.60) and 22004512 no IP in it
    (0.60): the finding on the writer herself opens her reply, the advice follows."""
    record = _inspect(demo, monkeypatch, _mail(tmp_path, (
        "Bonjour, je ne vois pas le cours HLAN305 dans mes cours, je n'y suis pas inscrite alors "
        "que j'y vais chaque semaine. Lucie Moreau 22004512\n"),
        sender="Lucie Moreau <22004512@etu.unicaen.fr>"))
    situations = [f["situation"] for f in record["findings"]]
    assert "cohort_sync_left" in situations and "missing_group_enrolment" in situations
    assert record["draft"]["template"] == "missing_group_enrolment"
    text = record["draft"]["text"]
    assert text.index("aucune inscription pédagogique") < text.index("synchronisation de cohorte")
