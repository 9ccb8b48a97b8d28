"""Codes without the catalogue, round 18 (helper `nocat18`): a code glued to its cue word typed
in small letters, a law year's head typed apart after a cue word, a course cited after its cue
word beside a workshop's word. Text written for these tests."""
from __future__ import annotations

from tests.test_split_codes import codes


def test_a_code_glued_to_its_cue_word_in_small_letters():
    """« au coursHGEO204 », « ds le courshis.2m05 », « le groupeECO3-TD2B »: the space after the
    cue word dropped, the code is the rest; in small letters only with a separator or a letter
    after a digit (« courses2024 » is a word and a year, « groupes12 » a word and a count)."""
    assert codes("Bonjour, je ne suis pas inscrite au coursHGEO204 depuis lundi.") == ["HGEO204"]
    assert codes("slt jsuis pas ds le courshis.2m05 c normal ?") == ["HIS.2M05"]
    assert codes("Bonjour, je suis dans le groupeECO3-TD2B au lieu du TD2A.") == ["ECO3-TD2B"]
    assert codes("Voir les courses2024 du club et les groupes12 de la fête.") == []


def test_a_law_year_typed_apart_after_a_cue_word():
    """« le cours d1 HIS04 », « Dans le cours D2 FIN11 »: a year of a law degree, in small letters
    or `D1`–`D3`, heads the code in capitals typed after it where a cue word stands just before;
    elsewhere it is as often a warning's or a model's number (« warning w7 GEO2A03 ») or a year
    only the catalogue joins (« (D1 CIV2) »: the code alone is read, as before)."""
    assert codes("Bonjour, je ne vois pas le cours d1 HIS04 sur ecampus.") == ["D1HIS04"]
    assert codes("Bonjour,\n\nDans le cours D2 FIN11, il y a trop d'enseignants.") == ["D2FIN11"]
    assert codes("Synchro : warning w7 GEO2A03 sur le serveur.") == ["GEO2A03"]
    assert "D1CIV2" not in codes("Quand a lieu le partiel de droit civil (D1 CIV2) ?")


def test_a_course_after_its_cue_word_is_no_workshop():
    """« the course EN-31B (Translation workshop) … searching 'EN-31B' »: a token cited right
    after a course's cue word is a course, though a workshop's word stands before another of its
    occurrences; a conference's name stays none (« Conference on Learning (ICL-27) »)."""
    body = ("Dear CEMU,\n\nMy timetable lists the course EN-31B (Translation workshop) but "
            "searching 'EN-31B' on Ecampus gives nothing.\n\nAnna")
    assert codes(body) == ["EN-31B"]
    assert codes("Dear colleague, submit your paper to the Conference on Learning (ICL-27) "
                 "before May; ICL-27 takes place in Lyon.") == []


def test_the_head_of_a_code_written_whole_elsewhere_is_no_code():
    """« Fwd: enseignants HI2R4-07 » then « > je n'enseigne pas dans HI2R4 07 »: the head typed
    before a space is a fragment of the code the mail writes whole, not a code of its own; a
    code the mail also writes alone stays one (« MAT3A1 » beside « MAT3A1-TD2 »)."""
    body = "Bonjour,\n\n> je ne suis pas enseignant dans HI2R4 07 (histoire, 1re année).\n"
    assert codes(body, subject="Fwd: enseignants HI2R4-07") == ["HI2R4-07"]
    both = "Bonjour,\nle cours MAT3A1 est vide, et le groupe MAT3A1-TD2 aussi.\n"
    assert sorted(codes(both)) == ["MAT3A1", "MAT3A1-TD2"]
