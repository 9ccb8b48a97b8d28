"""Groups named in passing that round 21 reads (helper groups21): « groupe 2 » of a cited course
whose groups end `G2` or are labelled « TP2 … », and a list of groups (« les groupes 1, 2 et 3 »,
« groupes A, B, C et D ») where its clause says something wrong about them, not where it says
where things are fine (« je vois les groupes 1, 2 et 4 mais pas le mien »)."""
from __future__ import annotations

from triage.catalogue import Catalogue
from triage.extractors import group_names, read
from triage.model import ParsedMail


def codes(body: str, catalogue: Catalogue) -> list[str]:
    mail = ParsedMail(message_id="t", subject="Ecampus", from_addr="lou.renard@unicaen.fr",
                      text=body, new_text=body)
    return sorted(read(mail, catalogue=catalogue).entities.apogee_codes)


# A sociology course whose groups end G1…G4 (labelled by their TD), a BUT resource whose
# groups are lettered TDs and numbered TPs, and a second course with TDs of its own.
SOCIO = Catalogue.of(
    ["SOC3M12", "SOC3M12G1", "SOC3M12G2", "SOC3M12G3", "SOC3M12G4", "SOC3M12CM",
     "TCM2R07", "TCM2R07A", "TCM2R07B", "TCM2R07C", "TCM2R07T1", "TCM2R07T2",
     "HIS204", "HIS204TD1", "HIS204TD2", "HIS204TD3"],
    {"SOC3M12": "Sociologie des médias", "SOC3M12G1": "TD1 Socio L3 M12",
     "SOC3M12G2": "TD2 Socio L3 M12", "SOC3M12G3": "TD3 Socio L3 M12",
     "SOC3M12G4": "TD4 Socio L3 M12", "SOC3M12CM": "CM Socio L3 M12",
     "TCM2R07": "Ressource R2.07", "TCM2R07A": "TD A R2.07", "TCM2R07B": "TD B R2.07",
     "TCM2R07C": "TD C R2.07", "TCM2R07T1": "TP1 R2.07", "TCM2R07T2": "TP2 R2.07",
     "HIS204": "Histoire moderne", "HIS204TD1": "TD1 Histoire moderne",
     "HIS204TD2": "TD2 Histoire moderne", "HIS204TD3": "TD3 Histoire moderne"})


def test_a_group_word_and_a_number_name_the_course_group_ending_so():
    assert codes("Dans SOC3M12 le groupe 3 n'a pas accès aux ressources.", SOCIO) \
        == ["SOC3M12", "SOC3M12G3"]
    # a label's TP2 when no tail says the number
    assert codes("En TCM2R07 je devrais être dans le groupe 2 de TP.", SOCIO) \
        == ["TCM2R07", "TCM2R07T2"]


def test_a_tail_outranks_another_course_label():
    # two courses cited: « groupe 3 » is SOC3M12's G3, not HIS204's TD3 labelled « TD3 … »
    assert codes("Pour SOC3M12 et HIS204, le groupe 3 est vide.", SOCIO) \
        == ["HIS204", "SOC3M12", "SOC3M12G3"]


def test_groups_listed_where_the_clause_says_a_problem():
    assert codes("Dans le cours SOC3M12, les groupes 1, 2 et 4 sont vides depuis hier.", SOCIO) \
        == ["SOC3M12", "SOC3M12G1", "SOC3M12G2", "SOC3M12G4"]
    assert codes("Bonjour, dans TCM2R07 les groupes A, B et C n'apparaissent plus.", SOCIO) \
        == ["TCM2R07", "TCM2R07A", "TCM2R07B", "TCM2R07C"]


def test_groups_listed_as_context_are_none():
    # the groups that are fine, seen or taught: context, not what the mail is about
    assert codes("Dans SOC3M12 je vois les groupes 1, 2 et 4 mais pas le mien.", SOCIO) \
        == ["SOC3M12"]
    assert codes("J'enseigne SOC3M12, j'ai les groupes 2 et 3 le mardi. Je n'ai pas accès.",
                 SOCIO) == ["SOC3M12"]
    assert not group_names.listed_as_concerned("il n'y a que les groupes 1, 3 et 5.", 12, 21)
    assert group_names.listed_as_concerned("les groupes 1, 3 et 5 sont vides.", 4, 13)


def test_a_lettered_td_names_the_group_ending_with_its_letter():
    assert codes("Mon TD B de TCM2R07 ne voit pas le cours.", SOCIO) == ["TCM2R07", "TCM2R07B"]
    # a TP B is no group labelled « TD B »
    assert codes("Mon TP B de TCM2R07 ne voit pas le cours.", SOCIO) == ["TCM2R07"]
