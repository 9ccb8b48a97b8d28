"""Codes without the catalogue, round 19 (helper `nocat19`): one reading of a cue word glued
before a code, a word glued before a code in a mail typed fast, an event's edition and a
discount code in a call for papers, an event's word stopped by its sentence's end, a course's
number after a head of four, a known code spelled a letter longer, counts and categories.
Text and catalogues written for these tests."""
from __future__ import annotations

from triage.catalogue import Catalogue
from tests.test_split_codes import codes


def test_a_cue_word_glued_before_a_code_one_reading():
    """Where the case changes, any cue word (a capital first too, « CoursHGEO204 ») before a
    code in capitals, a digit first too (« groupe2BIOA11 »); all in small letters, a long cue
    word before a rest that shows a code's shape alone (« courshis.2m05 »)."""
    assert codes("CoursHGEO204 : je ne le vois pas sur ecampus.") == ["HGEO204"]
    assert codes("Bonjour, je suis dans le groupe2BIOA11 par erreur.") == ["2BIOA11"]
    assert codes("slt jsuis pas ds le courshis.2m05 c normal ?") == ["HIS.2M05"]
    assert codes("je ne suis pas inscrite à l'ueHLAN201 ?") == ["HLAN201"]
    # a word that merely starts like a cue word is no cue glued to a code
    assert codes("La nouvelle economie2.0 et les courses2024 du club.") == []
    # a capital cue glued to what no catalogue knows: no unit (« UEFA2024 »)
    assert "FA2024" not in codes("On regarde la finale UEFA2024 ce soir.")


def test_a_word_glued_before_a_code_typed_fast():
    """« le cours de geometrieS5GEO.02 »: the case changes where the code starts, read as if
    typed apart; a product's camel case has no separator (« iPhone15 », « macOS14 »)."""
    assert codes("bjr il me manque le cours de geometrieS5GEO.02 merci") == ["S5GEO.02"]
    assert codes("mon macOS14 et mon iPhone15 marchent bien") == []


def test_an_event_edition_and_a_discount_code_are_no_course():
    """« JNEF 2027 - Caen, 3-4 juin 2027 »: capitals and the year of a date the mail writes
    name an event's edition; « early bird code JNE27-EB » is a discount. A code whose number
    looks like a year but no date says so stays (« DUFC 2031 »)."""
    body = ("JNEF 2027 - Caen, 3-4 juin 2027\nSoumettez votre résumé avant le 30 novembre 2026. "
            "Early bird code JNE27-EB.\nSe désinscrire : répondre STOP")
    assert codes(body) == []
    assert codes("Bonjour, le cours DUFC 2031 n'apparaît pas, inscrite depuis le 3 juin 2026.") \
        == ["DUFC2031"]


def test_an_events_word_stops_at_its_sentences_end():
    """« away at the TESOL conference (…). For EN-12B matters … »: the course after the
    conference's sentence is no event's name; one in the same sentence still is."""
    reply = ("Thank you for your message. I am away at the TESOL conference until Friday. "
             "For EN-12B matters please contact the secretariat.")
    assert codes(reply) == ["EN-12B"]
    assert codes("Dear colleague, submit your paper to the Conference on Learning (ICL-27) "
                 "before May.") == []


def test_a_course_number_after_a_head_of_four():
    """« le cours GEO1-101 »: a head of four then three digits is a course where nothing says
    an étape; « la cohorte DL3G-102 » is the étape DL3G and its version, and a head of five or
    six always (« L2DRT-101 »)."""
    assert codes("Bonjour, dans le cours GEO1-101 il manque des étudiants.") == ["GEO1-101"]
    assert codes("Bonjour, faut-il synchroniser la cohorte DL3G-102 ?") == ["DL3G"]
    assert codes("Bonjour, faut-il synchroniser la cohorte L2DRT-101 ?") == ["L2DRT"]


def test_a_known_code_spelled_a_letter_longer_is_of_its_family():
    """With the catalogue: « HG2.CLIMA » beside the known HG2.CLIM is that code's family (an
    unknown code, reported as written) though of another length than its siblings; a
    letter after a number is a group's or an option's, not this."""
    catalogue = Catalogue.of(["HG2.CLIM", "HG3.URBA", "HG1.CART", "SOC2.04"])
    body = "bonjour, sur mon contrat il y a HG2.CLIMA mais je le trouve pas sur ecampus"
    assert codes(body, catalogue) == ["HG2.CLIMA"]
    assert codes(body.replace("HG2.CLIMA", "ZZ9.CLIMA"), catalogue) == []


def test_counts_categories_and_a_shops_references():
    """« la formation compte 24 apprenants » is a count; « la catégorie MEEF 2026 » a year's
    category; a shop's references after « établissements d'enseignement. » stay a shop's."""
    assert codes("Bonjour, le groupe est vide alors que la formation compte 24 apprenants.") == []
    assert codes("La catégorie MEEF 2026 serait-elle cachée ?") == []
    offer = ("Profitez de -30% sur nos licences pour les établissements d'enseignement. "
             "Références : AB-K365-A3, OFF-24.\nDevis sous 24h, SIRET 123 456 789 00012.")
    assert codes(offer) == []


def test_a_papers_reference_and_a_room_of_the_humanities_building():
    """« Paper ID format: ICE26-0418 » beside « ICE-2026, Paris, 14-15 March 2026 »: the
    edition's name and its short year head the reference; « bureau SH 118 », « SH-027 » in a
    signature are rooms of the humanities building (MRSH)."""
    call = ("We invite you to submit your paper to ICE-2026, Paris, 14-15 March 2026.\n"
            "Paper ID format: ICE26-0418. Registration fee: 450 EUR.")
    assert codes(call) == []
    assert codes("Cordialement,\nJ. Martin - Scolarité Psychologie - SH 118") == []
