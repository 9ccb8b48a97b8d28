"""Groups named by a short label beside their course or year that round 22 reads (helper
groups22): a table's cells (« Cours | Groupe »: `B1GEA11 | TP2A`), a code's tail written alone
(« le -G2 »), a BUT year's groups per semester, students in initial training as a course's group,
and not a year's group a clause says is fine (« Les TP1A et TP1B sont corrects »)."""
from __future__ import annotations

from pathlib import Path

import pytest

from triage.catalogue import Catalogue
from triage.extractors import read
from triage.extractors.evaluation import load_catalogue
from triage.mail.parse import parse_mail
from triage.model import ParsedMail

WRITTEN = Path(__file__).resolve().parent / "corpus" / "written"


def codes(body: str, catalogue: Catalogue, html: str = "") -> list[str]:
    mail = ParsedMail(message_id="t", subject="Ecampus", from_addr="lou.renard@unicaen.fr",
                      text=body, new_text=body, html=html)
    return sorted(read(mail, catalogue=catalogue).entities.apogee_codes)


# A BUT year whose groups hang on the year (`GEA1-TD2`) and on the semester (`INFS1-TP3A`), a
# licence course with its own groups (`HIS204TD1`, `X2INF4-G2`), an IAE course with its FI and
# apprentices' groups.
UNIVERSITY = Catalogue.of(
    ["GEA1R11", "GEA1R14", "GEA1-TD1", "GEA1-TD2", "GEA1-TP2A", "GEA1-TP2B", "GEA1-ALT",
     "HIS204", "HIS204TD1", "HIS204TD2", "HIS204TP1",
     "X2.INF.4", "X2INF4-G1", "X2INF4-G2", "X2INF4-G3",
     "INF-R104", "INFS1-TD3", "INFS1-TP3A", "INFS1-TP3B", "INFS2-TD3", "INFS2-TP3A",
     "INFS2-TP3B",
     "MKT104", "MKT104AL", "MKT104FI", "GEAR3-05", "GEA2-TD1", "GEA2-TD3", "GEA3-TD1",
     "GEA3-TD3"],
    {"INFS1-TD3": "TD3 S1 BUT INF", "INFS1-TP3A": "TP3A S1 BUT INF",
     "INFS1-TP3B": "TP3B S1 BUT INF", "INFS2-TD3": "TD3 S2 BUT INF",
     "INFS2-TP3A": "TP3A S2 BUT INF", "INFS2-TP3B": "TP3B S2 BUT INF",
     "BINF1": "BUT Informatique 1re année", "INF-R104": "R1.04 Bases de données",
     "MKT104": "Marketing digital", "MKT104AL": "Groupe alternants Marketing digital",
     "MKT104FI": "Groupe formation initiale Marketing digital"},
    ["BINF1"])

TABLE = ("<p>Bonjour, voir le tableau.</p><table><tr><th>N° étudiant</th><th>Cours</th>"
         "<th>Groupe</th></tr><tr><td>26003481</td><td>GEA1R11</td><td>TP2A</td></tr>"
         "<tr><td>26004102</td><td>his204</td><td>TD2</td></tr></table>")


def test_a_table_row_names_its_course_group_by_short_label():
    assert codes("Bonjour, voir le tableau ci-dessous.", UNIVERSITY, TABLE) \
        == ["GEA1-TP2A", "GEA1R11", "HIS204", "HIS204TD2"]


def test_a_table_under_its_course_sentence():
    html = ("<p>The students of my seminar HIS204 are missing:</p><table><tr><th>Student"
            "</th><th>Group</th></tr><tr><td>25201155</td><td>TD1</td></tr></table>")
    assert codes("Hello, see the table below.", UNIVERSITY, html) == ["HIS204", "HIS204TD1"]
    # (a column of what the platform shows is not read: writer B)
    html = html.replace("<th>Group</th>", "<th>Groupe Ecampus</th>")
    assert codes("Dans HIS204, voir le tableau.", UNIVERSITY, html) == ["HIS204"]


def test_a_bare_label_needs_a_group_column():
    # « FI » beside a course in a column headed « Groupe »; a column of anything else is not read
    html = ("<table><tr><th>Groupe</th><th>Apogée</th></tr><tr><td>FI</td><td>21</td></tr>"
            "<tr><td>AL</td><td>9</td></tr></table>")
    assert codes("Pour le cours MKT104 :", UNIVERSITY, html) == ["MKT104", "MKT104AL", "MKT104FI"]
    assert codes("Pour le cours MKT104 :", UNIVERSITY, html.replace("Groupe", "Statut")) \
        == ["MKT104"]


def test_a_tail_written_alone_names_the_course_group():
    assert codes("sur le cours X2.INF.4 le -G2 est vide, les -G1 et -G3 sont bons.",
                 UNIVERSITY) == ["X2.INF.4", "X2INF4-G1", "X2INF4-G2", "X2INF4-G3"]


def test_a_but_group_with_its_year_and_semester_said():
    assert codes("je suis en 1ere annee de BUT info, au S1 je suis en TD3 / TP3A mais ecampus "
                 "me met en TP3B.", UNIVERSITY) == ["INFS1-TD3", "INFS1-TP3A", "INFS1-TP3B"]
    # the year alone leaves two semesters' TD3
    assert codes("je suis en 1ere annee de BUT info, je suis en TD3.", UNIVERSITY) == []


def test_a_but_resource_names_its_semester_and_year_groups():
    assert codes("Les TP3A et TP3B de infr104 n'ont rien.", UNIVERSITY) \
        == ["INF-R104", "INFS1-TP3A", "INFS1-TP3B"]
    # « R3.05 » written GEAR3-05: semester 3, the second year's groups
    assert codes("J'assure les TD 1 et TD 3 du cours GEAR3-05 mais je ne le vois pas.",
                 UNIVERSITY) == ["GEA2-TD1", "GEA2-TD3", "GEAR3-05"]


def test_initial_training_as_the_subject_of_a_clause_about_its_group():
    assert codes("Dans MKT104 le groupe des alternants est vide, les FI sont bien dans leur "
                 "groupe.", UNIVERSITY) == ["MKT104", "MKT104AL", "MKT104FI"]
    # who has the course, not a group
    assert codes("Les alternants n'ont pas MKT104, contrairement aux FI.", UNIVERSITY) \
        == ["MKT104"]


def test_a_year_group_said_fine_counts():
    # (round 23, groups23: writers BB, AD and AI count a cited course's year's groups said to
    # be fine, AY and T do not; the majority is followed. An étape's groups said fine, AY's
    # `heldout-23` 002 below, are still context.)
    assert codes("Dans le cours GEA1R14 le groupe des alternants est vide. Les TD1 et TD2 sont "
                 "corrects.", UNIVERSITY) == ["GEA1-ALT", "GEA1-TD1", "GEA1-TD2", "GEA1R14"]
    # a course's own group said fine is still one (writer BC)
    assert codes("Dans HIS204 le TD2 est vide, le TD1 est bien à jour.", UNIVERSITY) \
        == ["HIS204", "HIS204TD1", "HIS204TD2"]


@pytest.mark.parametrize("folder, name, expected", [
    ("heldout-23", "013-html-table-gea.eml", ["B1GEA-TD3", "B1GEA-TP2A", "B1GEA11", "B1GEA14"]),
    ("heldout-23", "002-gea-alternants-groupe.eml", ["B2GEA-ALT", "B2GEA31"]),
    ("train-ae", "005-but-gea-s3-td3.eml", ["GEAS3-TD3", "GEAS3-TP2A", "GEAS3-TP3B"]),
    ("train-ae", "010-esix-enseignants-tableau.eml",
     ["X2.ELE.1", "X2.INF.4", "X2ELE1-G2", "X2INF4-G1", "X2INF4-G3"]),
])
def test_writers_mails(folder, name, expected):
    path = WRITTEN / folder / name
    mail = parse_mail(path.read_bytes())
    found = read(mail, catalogue=load_catalogue(path.parent)).entities.apogee_codes
    assert sorted(found) == expected


def test_a_subgroup_after_a_group_word():
    catalogue = Catalogue.of(["XBC3M07", "XBCL2-G5", "XBCL2-G5A", "XBCL2-G5B"])
    assert codes("Dans XBC3M07 je ne vois que XBCL2-G5, pas le sous-groupe 5A.", catalogue) \
        == ["XBC3M07", "XBCL2-G5", "XBCL2-G5A"]
