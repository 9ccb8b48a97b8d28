"""Codes written in two pieces (extractors/split_codes.py), read the way the whole reader reads
them: with and without a catalogue."""
from __future__ import annotations

from triage.catalogue import Catalogue
from triage.extractors import read
from triage.model import ParsedMail


def mail(body: str, subject: str = "Ecampus") -> ParsedMail:
    return ParsedMail(message_id="t", subject=subject, from_addr="jean.dupont@unicaen.fr",
                      text=body, new_text=body, headers={})


def codes(body: str, catalogue: Catalogue | None = None, subject: str = "Ecampus") -> list[str]:
    return read(mail(body, subject), catalogue=catalogue).entities.apogee_codes


def test_a_head_of_letters_split_off_a_dotted_tail():
    """« DRT 3.CIV2 », « (s 4.geo21) »: no code starts with a digit and a dot, so the letters
    before it, one or a few, are its head; the tail alone is not reported. A number and a
    dotted word after an ordinary word (« chapitre 3.Les ») stay no code; a head of another
    case than its tail (« Drt 3.CIV2 ») is a word, not the code's head."""
    assert codes("Mes notes de DRT 3.CIV2 ne remontent pas.") == ["DRT3.CIV2"]
    assert codes("Le cours de géographie (s 4.geo21) a disparu de mon tableau de bord.") == [
        "S4.GEO21"]
    assert codes("Relisez le chapitre 3.Les deux premières parties suffisent.") == []
    assert "DRT3.CIV2" not in codes("Mes notes de Drt 3.CIV2 ne remontent pas.")


def test_a_head_of_one_letter_is_joined_by_the_catalogue():
    """A code of eight characters split after its first (« S 4.GEO21 »): the pair's second
    piece holds seven, so the catalogue recognises the whole code."""
    known = Catalogue.of(["S4.GEO21", "S4.GEO22"])
    assert codes("Trop d'enseignants inscrits dans S 4.GEO21 depuis lundi.", known) == ["S4.GEO21"]
    assert codes("Trop d'enseignants inscrits dans S 4.GEO21 depuis lundi.", known,
                 subject="S 4.GEO22 aussi") == ["S4.GEO22", "S4.GEO21"]


def test_an_etape_split_by_a_space_then_its_version_after_a_slash():
    """« PSL 2B/101 »: an étape split by a space, then its version after a slash (APOGÉE's
    VET written « code/version »): the catalogue knows the étape. A slash then anything but
    a version of three digits (« PSL 2B/10 », a date's shape) still parts the pieces."""
    known = Catalogue.of(["PSL2B", "PSL2A"])
    assert codes("Je voudrais inscrire les étudiants de PSL 2B/101 par cohorte.", known) == [
        "PSL2B"]
    assert codes("Je voudrais inscrire les étudiants de PSL 2B/10 par cohorte.", known) == []


def test_a_level_written_with_a_dot_heads_a_split_code():
    """« M.2 HIS4B », « M1. DRP3 »: a master's level written with a dot, then the part of
    letters and digits, is one code (no word is written so); a page (« p.2 TD12 ») is not a
    level, and « M.2 » alone stays no code."""
    assert codes("I teach the seminar M.2 HIS4B in the history master.") == ["M.2HIS4B"]
    assert codes("Le cours M1. DRP3 n'apparaît plus sur mon tableau de bord.") == ["M1.DRP3"]
    assert "P.2TD12" not in codes("Voir le tableau p.2 TD12 pour les horaires.")
    assert codes("Les étudiants de M.2 ont cours lundi.") == []


def test_a_number_heading_a_split_code_where_a_code_stands():
    """« le cours 25 hst104 », « Cours absent - 3 ge2b11 »: a year's or a level's number, then
    the rest of the code, after a cue word or a separator; after an ordinary word the number
    counts (« mes 2 HST104 »), and a phone's pairs stay no code."""
    assert codes("Je ne trouve plus le lien Participants dans le cours 25 hst104.") == ["25HST104"]
    assert codes("Le plan est en ligne.", subject="Cours absent - 3 ge2b11") == ["3GE2B11"]
    assert "2HST104" not in codes("Il me manque mes 2 HST104 de la semaine.")
    assert codes("Appelez le 02 31 56 60 74 ou le 06 12 34 56 78.") == []


def test_a_department_prefix_and_its_letter_then_the_number():
    """« GEA-S 305 », « SOC M212 », « INF R215 »: a department's prefix (with its letter), a
    space, then the number, in capitals: one code; in small letters after a capitalised word
    (« Salle B204 », « Bureau F212 ») a room, not a code."""
    assert codes("Impossible d'ouvrir le devoir du cours GEA-S 305 depuis ce matin.") == [
        "GEA-S305"]
    assert codes("Les cours SOC M212 et INF R215 ne sont pas dans mon tableau de bord.") == [
        "SOCM212", "INFR215"]
    assert codes("Rendez-vous Salle B204 ou Bureau F212 jeudi.") == []


def test_a_head_of_one_letter_and_a_digit_split_off_its_code():
    """« X5 MECA04 »: a school's head of a letter and a digit (its year), then the code's
    letters and number, is one code, like « DL1 TD04 »."""
    assert codes("Le cours X5 MECA04 n'apparaît pas sur mon tableau de bord.") == ["X5MECA04"]


def test_a_level_and_letters_split_off_the_number():
    """« 3MA 204 », « 1PE 118 »: a level's digit and a few capitals (an INSPE or a faculty
    scheme), then the number, are one code; in small letters (« le 3mai 204 ») no such head,
    and a count of people after it is a count (« en 1PE 118 étudiants »)."""
    assert codes("Les cours 3MA 204 et 1PE 118 n'apparaissent plus sur Ecampus.") == [
        "3MA204", "1PE118"]
    assert "3MAI204" not in codes("Depuis le 3mai 204 dossiers attendent.")
    assert "1PE118" not in codes("Cette année en 1PE 118 étudiants sont inscrits.")


def test_a_variant_letter_typed_apart_from_its_code():
    """Module A and module B of one course (« (MKTG31 A) », « GEO-07 B », « cours PH2.UE4 C
    fermé ») are one code with its letter; its piece alone is not reported. Never the English
    « I » after a code, nor a shouted line's « A » (the verb), nor a letter after a level."""
    assert codes("Je n'ai plus accès au module B (MKTG31 B) depuis lundi.") == ["MKTG31B"]
    assert codes("Mes étudiants ne voient pas mon cours de cartographie (GEO-07 B).") == ["GEO-07B"]
    assert codes("Le cours PH2.UE4 C est fermé depuis ce matin.") == ["PH2.UE4C"]
    assert codes("In the course HIST204 I cannot see the forum.") == ["HIST204"]
    assert codes("BONSOIR LE COURS DU SEMESTRE MKTG31 A DISPARU DE MON ECAMPUS") == ["MKTG31"]
    assert codes("Je suis en S2 A et je ne vois rien.") == []


def test_a_quantity_is_no_tail_of_a_split_code():
    """A number followed by a decimal, a percentage or a plus counts something (« SLA 98,5 % »,
    « we trained 300+ schools »): no code's tail."""
    assert codes("Notre hébergement garantit un SLA 98,5 % sur l'année.") == []
    assert codes("Hello, we coached 300+ schools last year and can help yours.") == []
    assert codes("Hello, we coached 45% more schools last year and can help yours.") == []


def test_a_number_typed_apart_from_a_code_ending_in_a_letter():
    """« (4LMOD 2031) », « dans 2HISTM 3. », « mecaflu 12b » in small letters: the number is the
    code's tail, its head alone no code. Never a count (« 3ANGL 12 inscrits »), nor an étape's
    version (« 3ANGL 101 »: the étape), nor a date after a student's INE."""
    assert codes("Le cours de littérature (4LMOD 2031) a disparu de mon tableau de bord.") == [
        "4LMOD2031"]
    assert codes("Il reste trois étudiants en TD 4 au lieu du TD 5 dans 2HISTM 3.") == ["2HISTM3"]
    assert codes("jsuis pas inscrit o cours mec2flu 12b sur ecampus") == ["MEC2FLU12B"]
    assert codes("Mon cours 3ANGL2B 12 inscrits seulement, est-ce normal ?") == ["3ANGL2B"]
    assert codes("Je suis inscrite en licence d'anglais (3ANGL 101) depuis septembre.") == ["3ANGL"]


def test_a_code_glued_into_a_timetable_string():
    """A convocation or an ADE export glues a date, an hour, a semester, a session's type and a
    room to the code (« 03/02/2026-SOCI204-Amphi », « S3_GEO2B07_TD »): the code alone is read,
    with and without the catalogue. Two pieces are a code of their own (a semester's code
    `S2-BIO07`, a group `GEO2B07-TD1`); a room glued beside a date is no code (« SB110 »); a
    string without date, hour or ADE's shape is left alone."""
    known = Catalogue.of(["SOCI204", "GEO2B07"])
    for catalogue in (None, known):
        assert codes('Ma convocation indique "03/02/2026-SOCI204-Amphi C-14h" mais je ne suis '
                     "pas inscrit.", catalogue) == ["SOCI204"]
        assert codes("Sur ADE mon cours s'appelle « S3_GEO2B07_TD - salle SB-110 ».",
                     catalogue) == ["GEO2B07"]
    assert codes("Le cours S2-BIO07 a disparu.") == ["S2-BIO07"]
    assert codes("Je suis dans le groupe GEO2B07-TD1 au lieu du TD2.") == ["GEO2B07-TD1"]
    assert codes("Rendez-vous 03/02/2026-SB110-9h pour l'examen.") == []
    assert codes("Notre référence projet MDL-45-EDU-2026 reste valable.") == []


def test_a_code_split_in_three_around_its_semester():
    """« (HG2 S3 R05) », « - LEA S4 IT2 (Italien) »: a head, the semester, the rest, in one case,
    where a code stands; never after a word (« le cours S5 BIO12 » is the semester's code), nor a
    session type after the semester (« L2 S3 TD4 »)."""
    assert codes("Le cours d'histoire (HG2 S3 R05) est vide.") == ["HG2S3R05"]
    assert codes("Il me manque :\n- LEA S4 IT2 (Italien)\n- HLAN401") == ["LEAS4IT2", "HLAN401"]
    assert codes("Le cours S5 BIO12 est invisible.") == ["S5BIO12"]
    assert codes("Je suis en GEA S3 TD4 depuis lundi.") == []


def test_a_unit_by_its_number_then_its_name_is_no_split_code():
    """« ue3 chimie », « UE5 PASS : 40 enseignants », « LV2 anglais »: a teaching unit or a
    language by its number, then its name; a head of letters and a digit that is no unit
    still heads its code (« DL1 CST »)."""
    assert codes("pb avec l'ue3 chimie sur ecampus", subject="ue3 chimie") == []
    assert codes("Bonjour,\nUE5 PASS : 40 enseignants inscrits, est-ce normal ?") == []
    assert codes("Je ne vois pas mon cours de LV2 anglais.") == []
    assert codes("Je ne suis pas inscrit au cours DL1 CST.") == ["DL1CST"]


def test_a_short_head_of_capitals_typed_apart_from_its_code():
    """Round 15: « (LSD ANC1) », « G4 SIG02 »: a short head of capitals (letters, or letters and
    a digit) before a code of capitals is the code's head, not a word before a code of its own
    (the rest alone was read before, a false code each time); never a level, a session's type,
    a cue word, nor a shouted line's word (« LES AUTRES ONT APS1ATH »: APS1ATH alone)."""
    assert codes("J'ai un partiel mercredi (UE Anglais LSD ANC1).") == ["LSDANC1"]
    assert codes("Trop d'enseignants dans :\n- G4 SIG02 SIG avancé\n") == ["G4SIG02"]
    assert codes("Je suis en L2 et le cours TD MAT31 n'apparaît pas.") == ["MAT31"]
    assert codes("LES AUTRES ONT APS1ATH ET MOI RIEN") == ["APS1ATH"]
