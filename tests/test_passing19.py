"""Groups cited in passing that round 19 reads (helper passing19): a name repeated in brackets
(« l'ED 5 (ED5) »), the distance group of a cited étape, « formation » naming no group, a sibling
typed as two words, an étape that is no kind's group."""
from __future__ import annotations

from triage.catalogue import Catalogue
from triage.extractors import kind_groups, read
from triage.model import ParsedMail


def codes(body: str, catalogue: Catalogue, subject: str = "Ecampus") -> list[str]:
    mail = ParsedMail(message_id="t", subject=subject, from_addr="paul.roger@unicaen.fr",
                      text=body, new_text=body)
    return sorted(read(mail, catalogue=catalogue).entities.apogee_codes)


SANTE = Catalogue.of(["LAS-U02", "LAS-U03", "LAS-ED04", "LAS-ED05", "LAS-ED06", "LAS-VIR",
                      "LAS-LIS", "MED3-ED05"],
                     {"LAS-ED05": "ED05 LAS", "LAS-VIR": "LAS site de Vire",
                      "LAS-LIS": "LAS site de Lisieux"})


def test_a_name_repeated_in_brackets_is_no_gloss():
    # « ED 5 (ED5) » writes the name twice: no code explains it, the unit's group is read
    assert codes("Il me manque l'UE las u03 ; je suis dans l'ED 5 (ED5).", SANTE) \
        == ["LAS-ED05", "LAS-U03"]


def test_a_name_explained_by_a_code_is_left_as_written():
    # a code in brackets still explains the name: the mail's names are left alone
    assert codes("Il me manque LAS-U03 ; je suis dans l'ED 5 (MED3-ED05).", SANTE) \
        == ["LAS-U03", "MED3-ED05"]


DU = Catalogue.of(["DUPAT", "DUPAT.01", "DUPAT.02", "DUPAT-DIS", "DUPAT-PRE", "LHIS2",
                   "HIS2.05", "HIS205-CEMU"],
                  {"DUPAT": "DU Patrimoine", "DUPAT-DIS": "DU Patrimoine à distance",
                   "DUPAT-PRE": "DU Patrimoine présentiel", "HIS205-CEMU": "HIS2.05 à distance"},
                  ["DUPAT", "LHIS2"])


def test_the_distance_group_of_a_cited_etape():
    assert codes("Les stagiaires du groupe à distance du DUPAT ne voient pas DUPAT.02.", DU) \
        == ["DUPAT", "DUPAT-DIS", "DUPAT.02"]
    assert kind_groups.of_cited_etapes("EAD", ["DUPAT"], DU) == {"DUPAT-DIS"}
    assert kind_groups.of_cited_etapes("PRES", ["DUPAT"], DU) == {"DUPAT-PRE"}


def test_no_distance_group_of_a_course():
    # a course's own distance group is not read from « le groupe à distance » (writer W)
    assert codes("Je suis dans le groupe à distance et je ne vois pas HIS2.05.", DU) \
        == ["HIS2.05"]
    assert kind_groups.of_cited_etapes("EAD", ["HIS2.05"], DU) == set()


IAE = Catalogue.of(["IAM2RH", "IAM2RH01", "IAM2RH02", "IAM2RH-FI", "IAM2RH-FC", "IAM2RH-ALT"],
                   {"IAM2RH": "Master 2 Ressources humaines", "IAM2RH-FI": "Formation initiale M2 RH",
                    "IAM2RH-FC": "Formation continue M2 RH", "IAM2RH-ALT": "Alternants M2 RH"},
                   ["IAM2RH"])


def test_formation_alone_names_no_group():
    # « formation » is a word of the FI and FC groups' labels alike: beside the FI group read,
    # it is not the FC one
    assert codes("Je suis encore dans le groupe alternants au lieu du groupe FI pour IAM2RH02",
                 IAE, subject="groupe formation") == ["IAM2RH-ALT", "IAM2RH-FI", "IAM2RH02"]
    assert codes("Le groupe formation ne voit pas IAM2RH02.", IAE) == ["IAM2RH02"]
    assert codes("Dans IAM2RH02 je suis dans le groupe formation continue.", IAE) == ["IAM2RH02"]


SITES = Catalogue.of(["LAS-U02", "LAS-VIR", "LAS-LIS", "LAS-DIST", "PASS-VIR"],
                     {"LAS-VIR": "LAS site de Vire", "LAS-LIS": "LAS site de Lisieux"})


def test_a_sibling_typed_as_two_words():
    assert codes("je suis à Lisieux mais dans le groupe LAS-VIR sur ecampus au lieu de las lis",
                 SITES) == ["LAS-LIS", "LAS-VIR"]


def test_two_words_of_no_cited_head_are_no_code():
    # « las lis » joins a known code, but the mail cites nothing under LAS; « pass vir » joins
    # `PASS-VIR`, whose head PASS the mail does not cite
    assert codes("je suis à Lisieux, je suis las lis tout le temps", SITES) == []
    assert codes("dans le groupe LAS-LIS ; pass vir ?", SITES) == ["LAS-LIS"]


BUT = Catalogue.of(["GC2R02", "GC2R05", "GC2-ALT", "GC2ALT", "GC2-TD1", "GC3-ALT"],
                   {"GC2ALT": "BUT Génie civil 2e année alternance", "GC2-ALT": "GC 2A alternants"},
                   ["GC2ALT"])


def test_the_apprentices_group_of_a_year_not_its_etape():
    # `GC2ALT` is the apprentices' étape, `GC2-ALT` their group
    assert codes("Dans GC2R02 je ne suis pas dans le groupe des alternants.", BUT) \
        == ["GC2-ALT", "GC2R02"]


def test_a_typed_pair_joining_an_etape_is_no_group():
    # « du cge » joins the étape `DUCGE`, no group under the head `DU` of `DU.CGE04`
    cat = Catalogue.of(["DU.CGE04", "DUCGE", "DU.CGE05"], None, ["DUCGE"])
    assert codes("Les inscrits du cge ne voient pas DU.CGE04.", cat) == ["DU.CGE04"]
