"""Codes without the catalogue, round 21 (helper `nocat21`): a common word glued after a code in
a mail typed fast, an event's edition whose year the event's name carries. Text written for these
tests."""
from __future__ import annotations

from tests.test_split_codes import codes


def test_a_common_word_glued_after_a_code_is_cut_off():
    """« le module SOC3TRA2pour » (the space before « pour » dropped): the code ends where the
    case changes, before a common word; a word that is no common one stays glued."""
    assert codes("bjr je suis pas inscrit au module de sociologie SOC3TRA2pour le S2, merci") == [
        "SOC3TRA2"]
    assert codes("slt le cours HGEO204sur moodle a disparu") == ["HGEO204"]
    # not a common word after it: no cut (a product, a model's name)
    assert "HGEO204" not in codes("slt le cours HGEO204xyzt a disparu")


def test_an_edition_named_by_its_event_with_the_year():
    """« ECTEL 2027 (Madrid, 3-5 May) » in a call whose event's name carries the year (« World
    Conference on Digital Learning 2027 »): an edition, not a course; a course's code with a year
    in a mail that speaks of a conference stays when its cue word is before it."""
    body = ("Dear colleague,\nThe World Conference on Digital Learning 2027 welcomes your paper.\n"
            "Submit to ECTEL 2027 (Madrid, 3-5 May). Early registration 390 EUR.")
    assert codes(body, subject="Call for papers") == []
    kept = ("Bonjour, je pars au colloque 2027 de l'UFR, mais le cours DUFC 2027 n'apparaît pas "
            "sur ecampus pour mes stagiaires.")
    assert codes(kept) == ["DUFC2027"]


def test_a_daeu_code_of_letters_alone_needs_no_more_than_a_code_with_digits():
    """« le cours de français DAEUB-FR », « l'examen de DAEUA-SVT » (the DAEU's courses, coded by
    the diploma's acronym and a subject's letters): read like a code with digits; a name or a
    title of capitals and a dash is still no code."""
    assert codes("Bonjour, dans le cours de français DAEUB-FR je ne vois pas les devoirs.") == [
        "DAEUB-FR"]
    assert codes("Bonjour, quand a lieu l'examen de DAEUA-SVT ? Merci") == ["DAEUA-SVT"]
    assert codes("Bonjour, dans le cours de français MARTIN-DURAND ne voit pas les devoirs.") == []
