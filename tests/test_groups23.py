"""Groups of a cited course's year that round 23 reads (helper groups23): one head per year
whatever the order of a set (a reading that changed with PYTHONHASHSEED), a year said in words
that a BUT's codes count in semesters (« BUT GEA 1re année » beside `GEA2-R03`, groups
labelled « S2 »), and a year's groups said to be fine (« Les autres groupes (TD1 à TD3) sont
corrects »: writers BB, AD, AI count them, AY and T do not)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from triage.catalogue import Catalogue
from triage.extractors import read, year_groups
from triage.extractors.evaluation import load_catalogue
from triage.mail.parse import parse_mail
from triage.model import ParsedMail

ROOT = Path(__file__).resolve().parent.parent
WRITTEN = ROOT / "tests" / "corpus" / "written"


def codes(body: str, catalogue: Catalogue, subject: str = "Ecampus") -> list[str]:
    mail = ParsedMail(message_id="t", subject=subject, from_addr="lou.renard@unicaen.fr",
                      text=body, new_text=body)
    return sorted(read(mail, catalogue=catalogue).entities.apogee_codes)


def test_one_head_per_year_whatever_the_codes_order():
    # `GEAR2.03` (a BUT resource: year 1, no separator of its own) and the year `GEA1` itself:
    # one head GEA1, the same in either order
    heads = year_groups.year_heads(["GEAR2.03", "GEA1"])
    assert [h.written for h in heads[0]] == ["GEA1", "GEAS2"]
    assert heads == year_groups.year_heads(["GEA1", "GEAR2.03"])


def test_a_code_ending_at_its_year_says_no_separator():
    assert year_groups.year_heads(["GEA1"])[0][0].sep is None
    assert year_groups.year_heads(["GEA1R106"])[0][0].sep == ""
    assert year_groups.year_heads(["JL1.C02"])[0][0].sep == "."


# heldout-8 062 with the union of every writer's catalogue read `GEA1TD2` under some hash seeds
_READ_062 = """
import json, sys
sys.path.insert(0, "bench")
from pathlib import Path
from reading_dump import folders, union_catalogue
from triage.extractors import read
from triage.mail.parse import parse_mail
mail = parse_mail(Path("tests/corpus/written/heldout-8/062-etu-sms-dashboard.eml").read_bytes())
print(json.dumps(read(mail, catalogue=union_catalogue(folders())).entities.apogee_codes))
"""


def test_a_reading_does_not_depend_on_the_hash_seed():
    readings = []
    for seed in ("0", "1"):     # (main read GEA1TD2 under 0, not 1)
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run([sys.executable, "-c", _READ_062], cwd=ROOT, env=env, check=True,
                             capture_output=True, text=True).stdout
        readings.append(json.loads(out))
    assert all(r == readings[0] for r in readings)
    assert "GEA1TD2" not in readings[0]


# A BUT whose codes count semesters (`GEA2-R03`, resource R2.03, groups labelled « S2 ») beside
# another university's year-numbered groups under the same head (`GEA2-TD1` « … GEA 2 »).
SEMESTERS = Catalogue.of(
    ["GEA2-R03", "GEA2TD1", "GEA2TD2", "GEA2TD3", "GEA2ALT", "GEA2-TD1", "GEA2-TD2", "GEA2-TD3",
     "GEA2-ALT"],
    {"GEA2-R03": "Contrôle de gestion (R2.03)", "GEA2TD1": "TD1 BUT GEA S2",
     "GEA2TD2": "TD2 BUT GEA S2", "GEA2TD3": "TD3 BUT GEA S2",
     "GEA2ALT": "Groupe alternants GEA S2", "GEA2-TD1": "TD1 BUT GEA 2",
     "GEA2-TD2": "TD2 BUT GEA 2", "GEA2-TD3": "TD3 BUT GEA 2",
     "GEA2-ALT": "Groupe alternants BUT GEA 2"})


def test_a_year_said_as_the_semester_its_groups_labels_count():
    body = ("Dans le cours GEA2-R03, le groupe des alternants est vide alors que nos BUT GEA "
            "1re année en alternance suivent ce cours.")
    assert codes(body, SEMESTERS) == ["GEA2-R03", "GEA2ALT"]
    # the year said as the digit itself: the year's groups
    assert codes(body.replace("1re", "2e"), SEMESTERS) == ["GEA2-ALT", "GEA2-R03"]


def test_a_year_group_said_fine_counts():
    body = ("Dans le cours GEA2-R03, le groupe des alternants est vide alors que nos BUT GEA "
            "1re année suivent ce cours. Les autres groupes (TD1 à TD3) sont corrects.")
    assert codes(body, SEMESTERS) == ["GEA2-R03", "GEA2ALT", "GEA2TD1", "GEA2TD3"]


@pytest.mark.parametrize("folder, name, expected", [
    # BB: the apprentices' group in words, the year's TDs said fine (the range's ends)
    ("heldout-24", "067-alternants-gea-s2.eml", ["GEA2-R03", "GEA2ALT", "GEA2TD1", "GEA2TD3"]),
    # BB: « BUT info 2e année » beside semester 4's courses: `BINF4-ALT`, not `BINF2-ALT`
    # (the national names `R4.A.10` … are no codes since codes23, as BB's gold says)
    ("heldout-24", "048-but-info-alternants-html.eml",
     ["BINF4-ALT", "BINF4A10", "BINF4A11", "BINF4B05"]),
    # AJ: « groupe alternants de 2e année (IF3R302) »: no second-year chemistry `MCH2-ALT`
    ("heldout-18", "092-ens-info-teacher-alt.eml", ["IF3-ALT", "IF3-TP1A", "IF3R302"]),
    # AY: an étape's groups said fine stay context
    ("heldout-23", "002-gea-alternants-groupe.eml", ["B2GEA-ALT", "B2GEA31"]),
])
def test_writers_mails(folder, name, expected):
    path = WRITTEN / folder / name
    mail = parse_mail(path.read_bytes())
    found = read(mail, catalogue=load_catalogue(path.parent)).entities.apogee_codes
    assert sorted(found) == expected
