"""A catalogue of REFER's size, round 17: a course's code written whole is not completed to one
of its groups by the course's title, which the groups' labels repeat (extractors/labels.py,
`completed_by_title`)."""
from __future__ import annotations

from triage.catalogue import Catalogue
from triage.extractors import read
from triage.model import ParsedMail

# A course archived (so not in the catalogue) whose groups still are, each labelled with the
# course's title and its kind: the title beside the course's code names them all.
GROUPS_OF_AN_ARCHIVED_COURSE = {
    "SOC4.07TD": "TD Sociologie urbaine", "SOC4.07CM": "Cours magistral du lundi",
    "SOC4.08": "Sociologie rurale", "SOC4.09": "Sociologie du travail"}
# A truncated code completed by a letter, each completion a course of its own title.
FINANCE = {"IFI.21A": "Finance d'entreprise", "IFI.21B": "Finance de marché"}


def codes(body: str, catalogue: Catalogue) -> list[str]:
    mail = ParsedMail(message_id="t", subject="Cours", from_addr="a.morel@unicaen.fr",
                      text=body, new_text=body)
    return sorted(read(mail, catalogue=catalogue).entities.apogee_codes)


def test_a_course_written_whole_is_not_completed_to_a_group_by_its_title():
    known = Catalogue.of(GROUPS_OF_AN_ARCHIVED_COURSE, GROUPS_OF_AN_ARCHIVED_COURSE)
    body = ("Bonjour, mon cours « (SOC4.07) Sociologie urbaine » est passé dans les archives "
            "et mes étudiants ne le voient plus.")
    found = codes(body, known)
    assert "SOC4.07TD" not in found and "SOC4.07CM" not in found
    assert found == ["SOC4.07"]


def test_a_stub_completed_by_a_letter_still_is_by_its_title():
    known = Catalogue.of(FINANCE, FINANCE)
    assert codes("Je n'ai pas accès au cours IFI.21 Finance de marché.", known) == ["IFI.21B"]


def test_a_course_is_not_renamed_to_its_group_labelled_by_the_course_code():
    # the group « SOC4.07 présentiel » is labelled by its course's code: a mail citing the
    # course (unknown, archived) cites the course, not its group
    labelled = {"SOC407PRES": "SOC4.07 présentiel", "SOC4.08": "Sociologie rurale",
                "SOC4.09": "Sociologie du travail"}
    known = Catalogue.of(labelled, labelled)
    found = codes("Mon cours SOC4.07 a été archivé, je ne le retrouve plus.", known)
    assert "SOC407PRES" not in found and found == ["SOC4.07"]


def test_a_code_written_as_a_label_s_start_is_still_that_code():
    # « DFGSM2 UE12 » written for the course labelled « DFGSM2 UE12 Cardiologie », whose code
    # is another (DFG2.U12); its label's start is no code it begins
    labelled = {"DFG2.U12": "DFGSM2 UE12 Cardiologie", "DFG2.U13": "DFGSM2 UE13 Pneumologie"}
    known = Catalogue.of(labelled, labelled)
    assert codes("Je ne vois pas le cours DFGSM2UE12 sur ecampus.", known) == ["DFG2.U12"]


def test_a_school_and_its_year_of_study_is_no_code_where_no_etape_is_named():
    # a catalogue holding the school's étapes by year (`ENSX2A`): « ENSX 2A » after a title
    # says the writer's year, as « 2A ENSX » does
    known = Catalogue.of(["ENSX1A", "ENSX2A", "ENSX2-MEC04"], etapes=["ENSX1A", "ENSX2A"])
    assert "ENSX2A" not in codes("Bonjour, je n'ai pas le cours ENSX2-MEC04.\n"
                                 "Paul Martin, responsable des études ENSX 2A", known)
    assert codes("Bonjour, je n'ai pas le cours ENSX2-MEC04.", known) == ["ENSX2-MEC04"]
    # … but the étape written with its version is its code (« ENSX 2A/101 »)
    assert codes("Je voudrais inscrire les étudiants de ENSX 2A/101 dans mon espace.",
                 known) == ["ENSX2A"]
