"""Groups cited by their short name alone (« TD 3 », « groupes TP1 et TP2 », « G4 ») completed
with the catalogue into full group codes, only when the mail says clearly which course or
étape they belong to (extractors/group_names.py)."""
from __future__ import annotations

from triage.catalogue import Catalogue
from triage.extractors import labels, read
from triage.model import ParsedMail

ECO = Catalogue.of(["ECO2R05", "ECO3R02", "ECO2-TD01", "ECO2-TD03", "ECO2-TD04", "ECO2-TD05",
                    "ECO3-TD03", "ECO3-TD05", "ECO1-TD03"])


def codes(body: str, catalogue: Catalogue | None = ECO, subject: str = "Ecampus") -> list[str]:
    mail = ParsedMail(message_id="t", subject=subject, from_addr="lea.martin@etu.unicaen.fr",
                      text=body, new_text=body)
    return sorted(read(mail, catalogue=catalogue).entities.apogee_codes)


def test_a_number_named_group_takes_the_mails_element():
    # « TD 3 » is TD03 of the element's scheme (year 2), not year 3's nor year 1's
    assert codes("Bonjour, dans le cours ECO2R05 je suis au TD 3 mais je vois les devoirs "
                 "du TD 5.") == ["ECO2-TD03", "ECO2-TD05", "ECO2R05"]
    assert codes("le cours eco3r02 : on m'a mis en td3 au lieu du td5") == \
        ["ECO3-TD03", "ECO3-TD05", "ECO3R02"]


def test_without_a_clear_course_the_name_is_left_alone():
    assert codes("je suis en TD 3 depuis la rentrée et je ne vois rien") == []
    # two courses of two years: which TD 3 is meant is not said
    assert codes("cours ECO2R05 et ECO3R02, je suis en TD 3") == ["ECO2R05", "ECO3R02"]
    assert codes("dans le cours ECO2R05 je suis au TD 3", catalogue=None) == ["ECO2R05"]


def test_group_codes_without_separator_are_indexed_by_their_tail():
    known = Catalogue.of(["CHM2-207", "CHM2207TP1", "CHM2207TP2", "CHM2208TP1", "CHM4207TP1"])
    assert known.named("tp 01") == ["CHM2207TP1", "CHM2208TP1", "CHM4207TP1"]
    assert known.heads("TP2") == [("CHM2207", "CHM2207TP2")]
    assert codes("Je suis dans le groupe TP1 du cours chm2-207 alors que je suis en TP2",
                 known) == ["CHM2-207", "CHM2207TP1", "CHM2207TP2"]
    # a word's last letters are no group's tail (`ANG2` is no G2 group of `AN`)
    assert Catalogue.of(["LEA1ANG2"]).named("G2") == []


def test_the_numbers_of_the_head_decide_between_look_alike_heads():
    known = Catalogue.of(["VEN1R02", "VEN2R02", "VEN1-G3", "VEN2-G3", "VEN1-G4", "VEN2-G4"])
    assert codes("Dans le cours VEN1R02 je suis dans le G3 au lieu du G4", known) == \
        ["VEN1-G3", "VEN1-G4", "VEN1R02"]
    assert codes("Pour VEN2R02, mon groupe c G4", known) == ["VEN2-G4", "VEN2R02"]
    # an element's own number is no year: R305 (a BUT's R3.05) is of semester 3, so of year 2's
    # groups, not year 3's
    assert codes("cours VEN-R305, groupe G3",
                 Catalogue.of([*known.codes, "VEN-R305", "VEN3-G3"])) == ["VEN-R305", "VEN2-G3"]
    # a semester's element (S3) is its year's (L2): groups of L2, not of L3
    years = Catalogue.of(["S3HIS02", "L2HIS-TD4", "L3HIS-TD4", "L2GEO-TD4"])
    assert codes("cours S3HIS02, groupe TD4", years) == ["L2HIS-TD4", "S3HIS02"]


def test_a_list_and_a_range_after_a_group_code():
    assert codes("Les groupes ECO2-TD01 à TD04 du cours ECO2R05 n'ont pas accès") == \
        ["ECO2-TD01", "ECO2-TD04", "ECO2R05"]
    assert codes("Vacataire en ECO2R05 (groupes TD 03 et TD 04)") == \
        ["ECO2-TD03", "ECO2-TD04", "ECO2R05"]


def test_names_the_writer_explains_quotes_or_tabulates_are_left_as_written():
    # a name glossed by its code: the writer gives the code of the group they mean
    assert codes("cours ECO2R05 : je suis en TD 3 sur Ecampus au lieu du TD 5 (ECO2-TD05)") \
        == ["ECO2-TD05", "ECO2R05"]
    # a Moodle group's display name, quoted with its words
    assert codes("cours ECO2R05, je suis dans le groupe « TD 3 distanciel »") == ["ECO2R05"]
    # quoted alone, it is the short name itself
    assert codes('cours ECO2R05, je suis dans le groupe "TD 3" le lundi') == \
        ["ECO2-TD03", "ECO2R05"]
    # a table's group column shows what a tool shows
    table = "Cours ECO2R05, étudiants mal placés :\nN°\tNom\tGroupe\n25104477\tMARTIN\tTD 3\n"
    assert codes(table) == ["ECO2R05"]


def test_a_group_named_by_a_number_or_word_completes_only_a_code_of_the_mail():
    known = Catalogue.of(["LSD3ITA", "LSD3ITA-03", "LSD3ITA-11", "LSD4ITA-11", "DROI2", "DROI2EAD",
                          "ECO2R05", "ECO2-TD03"])
    assert codes("Prof d'italien en LSD3ITA, mon grp 11 n'apparaît pas", known) == \
        ["LSD3ITA", "LSD3ITA-11"]
    # padded as the scheme writes it; a code without separator takes the name glued
    assert codes("élément LSD3ITA, groupe 3", known) == ["LSD3ITA", "LSD3ITA-03"]
    assert codes("je suis en DROI2 mais pas dans le groupe EAD", known) == ["DROI2", "DROI2EAD"]
    # no code of the mail ends up as a known group with that name: left alone
    assert codes("je suis en L2 droit, groupe EAD", known) == []
    assert codes("cours ECO2R05, groupe 11", known) == ["ECO2R05"]
    # a word in brackets explains nothing; a code in brackets does
    assert codes("élément LSD3ITA, groupe 3 (normalement)", known) == ["LSD3ITA", "LSD3ITA-03"]


YEARS = Catalogue.of(["HGE104", "GEOL1-TD2", "GEOL2-TD2", "L1ECO-TD2", "BMMI2-G3", "BGEA2-G3",
                      "MMIR3.02", "HGE207"])


def test_a_year_said_in_words_names_the_etape_of_a_group():
    # « L1 géographie » is the étape GEOL1 (its year after its letters), not GEOL2 nor L1ECO
    assert codes("Bonjour, je suis en L1 géographie, TD2, et le cours HGE104 n'apparaît "
                 "pas.", YEARS) == ["GEOL1-TD2", "HGE104"]
    assert codes("cours HGE207 : inscrite au TD2 mais absente de la liste.\nCamille\n"
                 "L2 Géographie", YEARS) == ["GEOL2-TD2", "HGE207"]
    # a programme then its year in words: « BUT MMI 2e année »
    assert codes("Dans MMIR3.02 (BUT MMI 2e année) le G3 ne voit pas le devoir.", YEARS) == \
        ["BMMI2-G3", "MMIR3.02"]


def test_a_year_in_words_is_weaker_than_a_code_and_needs_a_course():
    # no course cited: a year and a group alone are left as written
    assert codes("Bonjour, je suis en L1 géographie, groupe de TD 2, je ne vois aucun cours.",
                 YEARS) == []
    # a word that is no programme's gives no year (« L1 et L2 »)
    assert codes("cours HGE104, étudiants de L1 et L2, le TD2 ne voit rien", YEARS) == \
        ["HGE104"]
    # the mail's codes and words decide first: « L2 géographie » does not move a TD they place
    assert codes("Je suis en L2 géographie mais je suis le HGE104 en TD2 de GEOL1", YEARS) \
        == ["GEOL1-TD2", "HGE104"]


def test_a_range_to_a_bare_number_names_no_group():
    # « TD 1 à 6 » are all of a year's groups (delegates, a teacher of them all)
    known = Catalogue.of(["HGE104", "GEOL1-TD1", "GEOL1-TD6"])
    assert codes("Les délégués de L1 géographie (TD 1 à 6) : rien dans HGE104.", known) == \
        ["HGE104"]
    assert codes("cours HGE104, je suis en L1 géographie, TD 1.", known) == \
        ["GEOL1-TD1", "HGE104"]


def test_names_listed_after_a_group_word_complete_the_mails_code():
    known = Catalogue.of(["MEC1", "MEC1-ALT", "MEC1-FI", "MEC1-SOIR", "MEC2-ALT"])
    assert codes("En MEC1, on m'a mis dans le groupe FI et pas ALT.", known) == \
        ["MEC1", "MEC1-ALT", "MEC1-FI"]
    assert codes("Formation MEC1 : groupes ALT / FI / SOIR vides.", known) == \
        ["MEC1", "MEC1-ALT", "MEC1-FI", "MEC1-SOIR"]
    # a listed word is a name only where the mail's code has that group (« et MOI » is none)
    assert codes("MEC1 : le groupe FI et MOI on ne voit rien", known) == ["MEC1", "MEC1-FI"]


def test_a_head_written_at_the_start_of_the_mails_code_and_initials_of_a_year_said():
    known = Catalogue.of(["LGEO201", "LGEO2-TD3", "L2ST-TD3", "SOC-204", "SOC1-TD3", "SOC2-TD3"])
    # « LGEO2 » starts the element LGEO201 (element 01 of year 2): its TD3
    assert codes("Le TD3 de LGEO201 n'a pas accès au forum.", known) == \
        ["LGEO2-TD3", "LGEO201"]
    # a number after a dash counts semesters: SOC-204 says nothing of SOC2's year
    assert codes("Dans SOC-204, mon TD3 ne voit pas le devoir.", known) == ["SOC-204"]
    # « L2 histoire » is no `L2ST`: S and T inside the word, not its initial
    assert codes("cours SOC-204, je suis en L2 histoire, TD3", known) == ["SOC-204"]
    assert codes("cours SOC-204, je suis en L2 sport, TD3", known) == \
        ["L2ST-TD3", "SOC-204"]


def test_a_semester_written_as_a_part_of_a_code_stands_for_its_year():
    known = Catalogue.of(["BIO-S3GE", "LBIO2", "BIO2TD04", "BIO3TD04", "LAS1SA", "LAS1TD04"])
    # BIO-S3GE is an element of semester 3: year 2's TD04, not year 3's
    assert codes("Pour BIO-S3GE, les étudiants de TD04 ne voient pas le cours.", known) == \
        ["BIO-S3GE", "BIO2TD04"]
    # beside the étape LBIO2 they agree (they tied before)
    assert codes("Etape LBIO2, élément BIO-S3GE : le groupe TD04 n'a rien.", known) == \
        ["BIO-S3GE", "BIO2TD04", "LBIO2"]
    # glued to letters, S1 is no semester: LAS1SA is year 1's
    assert codes("En LAS1SA, je suis en TD04 et je ne vois rien.", known) == \
        ["LAS1SA", "LAS1TD04"]


def test_a_word_named_after_a_group_word_takes_the_year_its_sentence_says():
    known = Catalogue.of(["DRT1-SOIR", "DRT2-SOIR", "DRT1-FI", "DRT2-FI", "D1CONS", "DRT1R04"])
    # « L2 droit … (groupe SOIR) »: the étape of year 2, not year 1's
    assert codes("Nos L2 droit du soir (groupe SOIR) ne voient pas D1CONS.", known) == \
        ["D1CONS", "DRT2-SOIR"]
    # the year said in another sentence ties nothing to the group
    assert codes("Je suis en L2 droit. Dans D1CONS je vois les annonces du groupe SOIR.",
                 known) == ["D1CONS"]
    # no course cited: left alone, as for any year said in words
    assert codes("Les L2 droit (groupe SOIR) n'ont pas de cours.", known) == []
    # a name the mail writes whole is that code
    assert codes("En L1 droit, cours D1CONS, groupe SOIR (DRT2-SOIR).", known) == \
        ["D1CONS", "DRT2-SOIR"]
    # the mail's codes count with the year said: « M2 lettres » and LIC2S05 make `LIC2SD`
    lettres = Catalogue.of(["LIC2S05", "LIC2SD-SOIR", "LIC1SD-SOIR"])
    assert codes("Vacataire en M2 lettres, cours LIC2S05, groupe SOIR.", lettres) == \
        ["LIC2S05", "LIC2SD-SOIR"]


def test_a_name_given_instead_of_another_is_listed_with_it():
    known = Catalogue.of(["MEC1", "MEC1-ALT", "MEC1-FI", "MEC1-SOIR"])
    assert codes("En MEC1 je suis dans le groupe FI (temps plein) au lieu de SOIR.", known) \
        == ["MEC1", "MEC1-FI", "MEC1-SOIR"]
    assert codes("MEC1: I was put in group FI instead of ALT.", known) == \
        ["MEC1", "MEC1-ALT", "MEC1-FI"]


def test_a_year_said_in_english():
    known = Catalogue.of(["LOGM1-EVE", "LOGM2-EVE", "LOG-C12", "ECOL2-TD4", "ECOL1-TD4",
                          "ECO-A21"])
    assert codes("Hello, I am in the second year of the Master in Logistics (group EVE - "
                 "evening classes) and LOG-C12 is missing.", known) == ["LOG-C12", "LOGM2-EVE"]
    assert codes("I'm in the 2nd year of Economics, ECO-A21, tutorial TD4 please.", known) == \
        ["ECO-A21", "ECOL2-TD4"]


def test_a_group_numbered_with_a_number_sign():
    assert codes("Etudiant en ECO2R05, groupe de TD n°3, je ne vois pas le devoir.") == \
        ["ECO2-TD03", "ECO2R05"]
    assert codes("cours ECO2R05 : TD n° 4 et TD n°5 vides") == \
        ["ECO2-TD04", "ECO2-TD05", "ECO2R05"]


def test_a_td_or_tp_named_by_a_letter_completes_the_mails_code():
    known = Catalogue.of(["BCH2R04", "BCH2R04TPA", "BCH2R04TPB", "BCH2R05TPA", "CHI-301",
                          "CHI-301-TDA"])
    assert known.heads("TP B") == [("BCH2R04", "BCH2R04TPB")]
    assert codes("Dans BCH2R04 je suis en TP B mais Ecampus me met en TP A.", known) == \
        ["BCH2R04", "BCH2R04TPA", "BCH2R04TPB"]
    # no code of the mail has that group: left alone (a letter says nothing of the year)
    assert codes("Je suis en TP A et je ne vois pas le cours de chimie.", known) == []
    # glued to a digit or followed by an apostrophe, no letter group (« TPA1 », « TP A's »)
    assert codes("cours BCH2R04 : le TPA1 et le TP A's page", known) == ["BCH2R04"]


def test_a_year_said_without_accents():
    known = Catalogue.of(["BCH-R204", "BCH1-TP2B", "BCH2-TP2B", "BCH3-TP2B"])
    # the element's number says nothing of the year: the SMS's « 2eme annee » does
    assert codes("slt jsuis en BUT chimie 2eme annee, tp2b, pas acces a bch r204", known) == \
        ["BCH-R204", "BCH2-TP2B"]
    assert codes("je suis en BUT chimie deuxieme annee, tp2b, pas acces a BCH-R204", known) \
        == ["BCH-R204", "BCH2-TP2B"]


def test_a_group_named_in_the_signature():
    body = ("Bonjour,\nle cours ECO2R05 n'apparaît plus dans mon tableau de bord depuis "
            "lundi.\nCordialement,\nLouise Caradec\nL2 économie – groupe TD 4\n")
    assert codes(body) == ["ECO2-TD04", "ECO2R05"]


# Groups named in passing beside the course they belong to, whose codes the catalogue nests
# under the course's code (`HSO2ANT1G2` under `HSO2-ANT1`): the tail is the scheme's, the name
# the writer's (« groupe 2 », « TD3 »), and the label says which is which.
NESTED = Catalogue.of(
    ["HSO2-ANT1", "HSO2ANT1G1", "HSO2ANT1G2", "HSO2ANT1G3", "HSO2-ANT2", "HSO2ANT2G1",
     "CHO3U05", "CHO3U05P1", "CHO3U05P2", "CHO3U06", "CHO3U06P2",
     "PEF1-04", "PEF104CN", "PEF104AL", "PEF104DI",
     "KM3VEN-A", "KM3VEN-B", "KM3VEN-ALT", "KM3VEN01", "KM3VEN02"],
    {"HSO2-ANT1": "Anthropologie sociale L2 - S3", "HSO2ANT1G1": "TD 1 Anthropologie sociale",
     "HSO2ANT1G2": "TD 2 Anthropologie sociale", "HSO2ANT1G3": "TD 3 Anthropologie sociale",
     "HSO2-ANT2": "Anthropologie sociale L2 - S4", "HSO2ANT2G1": "TD 1 Anthropologie sociale",
     "CHO3U05": "UE 5 Chimie organique", "CHO3U05P1": "TP 1 Chimie organique",
     "CHO3U05P2": "TP 2 Chimie organique", "CHO3U06": "UE 6 Chimie analytique",
     "CHO3U06P2": "TP 2 Chimie analytique",
     "PEF1-04": "UE4 Education musicale", "PEF104CN": "Caen Education musicale",
     "PEF104AL": "Alencon Education musicale", "PEF104DI": "Distanciel Education musicale",
     "KM3VEN-A": "Groupe A Vente", "KM3VEN-B": "Groupe B Vente",
     "KM3VEN-ALT": "Alternance Vente", "KM3VEN01": "Techniques de vente",
     "KM3VEN02": "Negociation"})


def test_a_group_of_the_mails_course_is_found_by_its_label():
    # « groupe 2 » and « TD3 » of the course: the groups labelled « TD 2 », « TD 3 »
    assert codes("Pour l'anthropologie (HSO2-ANT1) Ecampus me met dans le groupe 2 alors "
                 "qu'à l'emploi du temps je suis en TD3.", NESTED) == \
        ["HSO2-ANT1", "HSO2ANT1G2", "HSO2ANT1G3"]
    # a TP is no TD: « TD 2 » names none of the course's TP groups
    assert codes("Cours CHO3U05 : je ne suis pas dans le TP 2.", NESTED) == \
        ["CHO3U05", "CHO3U05P2"]
    assert codes("Cours CHO3U05 : je ne suis pas dans le TD 2.", NESTED) == ["CHO3U05"]
    # the place its label holds and its siblings' do not (« Alençon »)
    assert codes("Dans le cours d'éducation musicale (pef1-04) je suis dans le groupe "
                 "d'Alençon, pas dans le groupe distanciel.", NESTED) == \
        ["PEF1-04", "PEF104AL", "PEF104DI"]


def test_a_group_in_passing_needs_one_group_of_the_mails_codes():
    # two courses each with a TD 1: which one is meant is not said
    assert codes("HSO2-ANT1 et HSO2-ANT2 : je suis dans le groupe 1.", NESTED) == \
        ["HSO2-ANT1", "HSO2-ANT2"]
    # a place written elsewhere than after a group word names no group
    assert codes("Le cours PEF1-04 n'apparaît pas.\nMarie Lenoir\nINSPE, 14000 Caen", NESTED) \
        == ["PEF1-04"]
    # without labels, only a tail written as the name counts (« groupe 2 » is no `G2`)
    unlabelled = Catalogue.of(NESTED.codes)
    assert codes("Pour HSO2-ANT1 je suis dans le groupe 2.", unlabelled) == ["HSO2-ANT1"]


def test_a_sibling_of_a_cited_group():
    # « groupe B » beside the group KM3VEN-ALT: KM3VEN-B, not an element numbered like a group
    assert codes("Je suis en alternance mais Ecampus me met dans le groupe B et pas dans "
                 "KM3VEN-ALT.", NESTED) == ["KM3VEN-ALT", "KM3VEN-B"]
    assert codes("Je suis dans le groupe 1 et pas dans KM3VEN-ALT.", NESTED) == ["KM3VEN-ALT"]


def test_a_lowercase_td_or_tp_named_by_a_capital_letter():
    known = Catalogue.of(["BCE3R07", "BCE3R07TPA", "BCE3R07TPB"])
    assert codes("slt jsuis ds le tp B pr BCE3R07 mais ecampus me met en tp A", known) == \
        ["BCE3R07", "BCE3R07TPA", "BCE3R07TPB"]


def test_a_subgroup_named_by_a_letter_and_a_digit():
    known = Catalogue.of(["BCH1-TPA1", "BCH2-TPA1", "BCH2-TPB2", "BCH1-TPB2", "BCHR2.05"],
                         {"BCH1-TPA1": "TP A1 BUT1 Chimie", "BCH2-TPA1": "TP A1 BUT2 Chimie",
                          "BCH2-TPB2": "TP B2 BUT2 Chimie", "BCH1-TPB2": "TP B2 BUT1 Chimie"})
    # the year said in words and the groups' labels say which « TP A1 »
    assert codes("Bonjour, en BUT chimie deuxième année, Ecampus me met en TP A1 alors que je "
                 "suis en TPB2.", known) == ["BCH2-TPA1", "BCH2-TPB2"]
    # nothing says the year: left alone
    assert codes("Ecampus me met en TP A1 alors que je suis en TPB2.", known) == []
    # a range of subgroups is a year's groups as a whole (« toute la promo »)
    assert codes("Le cours BCHR2.05 est planifié pour toute la promo de BUT chimie 2e année "
                 "(groupes TP A1 à TP B2).", known) == ["BCHR2.05"]


def test_a_sibling_named_by_its_tail_or_its_number_beside_a_cited_group():
    known = Catalogue.of(["KE2-UE05", "KE2-TPA", "KE2-TPB", "KE2-TPC", "KE2-TPD", "KE3-TPC",
                          "KE3-TPD", "SN1CIVTD07", "SN1CIVTD12", "ANG101", "ANG101G03",
                          "ANG101G07"])
    # a head of two characters and a dash: the siblings are found by their tail as written
    assert codes("Dans KE2-UE05, les groupes KE2-TPA, TPC et TPD sont remplis mais le TP B "
                 "est vide.", known) == ["KE2-TPA", "KE2-TPB", "KE2-TPC", "KE2-TPD", "KE2-UE05"]
    assert codes("sur ecampus je suis dans le groupe ke3-tpc alors que je suis en tp D", known) \
        == ["KE3-TPC", "KE3-TPD"]
    # a TD numbered like the cited one, padded as its scheme writes it
    assert codes("Ecampus me met dans SN1CIVTD07 alors que je suis au TD 12.", known) == \
        ["SN1CIVTD07", "SN1CIVTD12"]
    # a bare number after a group word is no sibling of a G group (« groupe 3 » of a timetable)
    assert codes("En anglais (ANG101) je suis dans ANG101G07 mais à l'emploi du temps dans le "
                 "groupe 3.", known) == ["ANG101", "ANG101G07"]


def test_siblings_of_a_glued_group_by_their_tail_or_their_label():
    known = Catalogue.of(["KGEA2TPA1", "KGEA2TPA2", "KGEA2TPB1", "KGEA2TDA", "KGEA2TDB",
                          "KGEA2ALT", "KGEAR304", "KD1CONTD02", "KD1CONTD11", "KD1CONTD20"],
                         {"KGEA2TDA": "TD A BUT GEA 2", "KGEA2TDB": "TD B BUT GEA 2",
                          "KGEA2ALT": "Alternants BUT GEA 2", "KD1CONTD02": "TD 2 Constit",
                          "KD1CONTD11": "TD 11 Constit", "KD1CONTD20": "TD 20 Constit"})
    # a subgroup glued after a digit, which the tail index does not hold
    assert codes("Dans Apogée elle est en KGEA2TPB1, sur Ecampus dans le TP A2.", known) == \
        ["KGEA2TPA2", "KGEA2TPB1"]
    # a word after a group word, by the label only that sibling holds
    assert codes("Je suis dans KGEA2TDB et pas dans le groupe des alternants.", known) == \
        ["KGEA2ALT", "KGEA2TDB"]
    # a bare number beside a cited group says nothing of its course (« groupe 2 en civil »)
    assert codes("je suis dans KD1CONTD11 mais en droit civil dans le groupe 2", known) == \
        ["KD1CONTD11"]


def test_a_group_numbered_with_the_word_numero():
    known = Catalogue.of(["KL1TD03", "KL2TD03", "KDL1", "KDL2"],
                         {"KL1TD03": "TD 3 Licence 1 Droit", "KL2TD03": "TD 3 Licence 2 Droit",
                          "KDL1": "Licence 1 Droit", "KDL2": "Licence 2 Droit"})
    assert codes("Je suis en première année de droit, dans le groupe de TD numéro 3, et je ne "
                 "vois aucun cours.", known) == ["KL1TD03"]
    assert codes("Je suis en première année de droit, dans le TD numero 3.", known) == \
        ["KL1TD03"]


def test_a_group_found_by_its_own_label_and_the_year_said():
    known = Catalogue.of(["KST1G2", "KST1G4", "KST1G5", "KST3G4", "KST3EM", "KSP3E05"],
                         {"KST1G2": "STAPS L1 gr 2", "KST1G4": "STAPS L1 gr 4",
                          "KST1G5": "STAPS L1 gr 5", "KST3G4": "STAPS L3 gr 4",
                          "KST3EM": "Licence STAPS 3e annee EM", "KSP3E05": "Sports collectifs"})
    assert codes("Toujours pas inscrit dans KSP3E05 (L3 STAPS EM, groupe 4).", known) == \
        ["KSP3E05", "KST3G4"]
    assert codes("Les L1 STAPS gr 2 et gr 5 ont été permutés.", known) == ["KST1G2", "KST1G5"]
    # no year said: which « groupe 4 » is not said
    assert codes("Toujours pas inscrit dans KSP3E05 (groupe 4).", known) == ["KSP3E05"]


def test_words_listed_after_a_group_word():
    known = Catalogue.of(["KIN3A02", "KIN3A02LUN", "KIN3A02MAR", "KIN3A02JEU"],
                         {"KIN3A02": "Algorithmique L2", "KIN3A02LUN": "Algorithmique lundi",
                          "KIN3A02MAR": "Algorithmique mardi", "KIN3A02JEU": "Algorithmique jeudi"})
    assert codes("Pour kin3a02, les groupes lundi et mardi sont vides.", known) == \
        ["KIN3A02", "KIN3A02LUN", "KIN3A02MAR"]
    assert codes("Pour kin3a02, les groupes lundi, mardi ou jeudi ?", known) == \
        ["KIN3A02", "KIN3A02JEU", "KIN3A02LUN", "KIN3A02MAR"]


def test_a_compound_name_after_a_group_word():
    known = Catalogue.of(["KIN1A03", "KIN1A03MI", "KIN1A03MP", "KIN1A03MC"],
                         {"KIN1A03": "Programmation", "KIN1A03MI": "KIN1A03 - Maths-Info",
                          "KIN1A03MP": "KIN1A03 - Maths-Physique",
                          "KIN1A03MC": "KIN1A03 - Maths-Chimie"})
    assert codes("En KIN1A03 je suis au groupe maths-physique au lieu du groupe maths-info.",
                 known) == ["KIN1A03", "KIN1A03MI", "KIN1A03MP"]
    # every part must be the label's: « maths-bio » is no group of this course
    assert codes("En KIN1A03 je suis dans le groupe maths-bio.", known) == ["KIN1A03"]


def test_numbers_listed_after_a_group_word_are_context():
    known = Catalogue.of(["KLM-2104", "KLM-2104G1", "KLM-2104G2", "KLM-2104G3", "KLM-2104G4"],
                         {"KLM-2104": "Stylistique", "KLM-2104G1": "Stylistique TD 1",
                          "KLM-2104G2": "Stylistique TD 2", "KLM-2104G3": "Stylistique TD 3",
                          "KLM-2104G4": "Stylistique TD 4"})
    assert codes("Je suis chargée du groupe 3 de KLM-2104 : je vois les groupes 1, 2 et 4 "
                 "mais pas le mien.", known) == ["KLM-2104", "KLM-2104G3"]
    assert codes("Je suis chargée du groupe 3 de KLM-2104.", known) == ["KLM-2104", "KLM-2104G3"]


# Round 13: groups under the étape a course's code starts with (`KOM2VE05` is an element of
# the étape `KOM2VE`, whose groups are `KOM2VE-APP`, `KOM2VE-INI`; `3PR214` under `3PR`).
ETAPE_GROUPS = Catalogue.of(
    ["KOM2VE", "KOM2VE05", "KOM2VE06", "KOM2VE-APP", "KOM2VE-INI", "KOM2VE-CFC",
     "KOM1VE", "KOM1VE-APP", "KOM1VE-INI", "3PR214", "3PR216", "3PR-VIR", "3PR-ARG", "3PR-FLE",
     "KX2-SYS", "KX2-SYS1"],
    {"KOM2VE": "Master 2 Vente Caen", "KOM2VE05": "Négociation internationale",
     "KOM2VE-APP": "M2 Vente apprentis", "KOM2VE-INI": "M2 VE INI", "KOM2VE-CFC": "M2 VE CFC",
     "KOM1VE-APP": "M1 Vente apprentis", "KOM1VE-INI": "M1 VE INI",
     "3PR214": "Didactique des sciences", "3PR-VIR": "PE3 site Vire",
     "3PR-ARG": "PE3 site Argentan", "3PR-FLE": "PE3 site Flers",
     "KX2-SYS": "Systemes apprentis"})


def test_a_group_of_the_etape_a_courses_code_starts_with():
    # « le groupe des apprentis » beside the element KOM2VE05: its étape's group so labelled
    assert codes("Dans Négociation internationale (KOM2VE05) je suis dans le groupe des "
                 "apprentis mais je ne vois pas les dates.", ETAPE_GROUPS) == \
        ["KOM2VE-APP", "KOM2VE05"]
    # a group named by its site (« sur le site d'Argentan », « groupe de Vire »)
    assert codes("Je suis sur le site d'Argentan mais dans le cours 3PR214 je suis dans le "
                 "groupe de Vire.", ETAPE_GROUPS) == ["3PR-ARG", "3PR-VIR", "3PR214"]
    # a bare number is no group of the étape; nor is a word no label holds alone
    assert codes("Pour KOM2VE05 je suis dans le groupe 2 de la vente.", ETAPE_GROUPS) == \
        ["KOM2VE05"]
    # a site said with no course of that étape names nothing
    assert codes("Je suis sur le site d'Argentan, le cours KOM2VE05 est vide.",
                 ETAPE_GROUPS) == ["KOM2VE05"]
    # a group cited whole has siblings, not an étape's groups: « KX2-SYS1 » is no element
    # of `KX2` (its sibling KX2-SYS is « apprentis » too)
    assert codes("Le groupe KX2-SYS1 : je ne vois pas le groupe des apprentis.",
                 ETAPE_GROUPS) == ["KX2-SYS1"]


WRITTEN_OUT = Catalogue.of(
    ["ML1RES04", "MLRS1-TP2B", "MLRS2-TP2B", "MLGC1-TP2B", "NV1DRO05", "NVDR1-G3", "NVDR2-G3",
     "NVEC1-G3"],
    {"ML1RES04": "Administration système", "MLRS1-TP2B": "TP2B RES1 Vire",
     "MLRS2-TP2B": "TP2B RES2 Vire", "MLGC1-TP2B": "TP2B GC1 Vire",
     "NV1DRO05": "Droit des contrats", "NVDR1-G3": "Groupe 3 DRT1 Falaise",
     "NVDR2-G3": "Groupe 3 DRT2 Falaise", "NVEC1-G3": "Groupe 3 ECO1 Falaise"})


def test_a_group_whose_own_label_the_mail_writes_out():
    # « TP2B » with « RES1 » in the subject and « Vire » in the signature: « TP2B RES1 Vire »
    assert codes("Pour le TP2B il manque deux étudiants dans le cours ML1RES04.\n--\n"
                 "Scolarité, site de Vire", WRITTEN_OUT, subject="Etudiants RES1 absents") == \
        ["ML1RES04", "MLRS1-TP2B"]
    # « groupe 3 » and « DRT 1 … Falaise », the year typed apart from its letters
    assert codes("Je suis en DRT 1 à Falaise, groupe 3, et je ne trouve pas le cours "
                 "NV1DRO05.", WRITTEN_OUT) == ["NV1DRO05", "NVDR1-G3"]
    # a word of the label missing (no year), or no course cited: left alone
    assert codes("Pour le TP2B il manque deux étudiants dans le cours ML1RES04 (Vire).",
                 WRITTEN_OUT) == ["ML1RES04"]
    assert codes("Je suis en DRT 1 à Falaise, groupe 3, mon prénom est mal écrit.",
                 WRITTEN_OUT) == []


def test_a_subgroup_letter_written_apart_beside_a_cited_sibling():
    known = Catalogue.of(["RT1-TP3A", "RT1-TP3B", "RT2-TP3A", "RTR1.04"])
    assert codes("je suis en TP 3 A normalement mais ecampus me met dans RT1-TP3B.", known) == \
        ["RT1-TP3A", "RT1-TP3B"]
    # a French « à » is no subgroup letter (« TP 3 à 17h »)
    assert codes("Le TP 3 à 17h de RT1-TP3B est annulé.", known) == ["RT1-TP3B"]


def test_a_group_in_english_named_by_the_word_before_group():
    known = Catalogue.of(["HAR-31", "HAR31DIST", "HAR31PRES"],
                         {"HAR31DIST": "HAR-31 groupe distance", "HAR31PRES": "HAR-31 presentiel"})
    assert codes("In HAR-31 I'm not in the distance group, so I can't see the assignments.",
                 known) == ["HAR-31", "HAR31DIST"]
    # a word no label holds (« the wrong group ») names none
    assert codes("In HAR-31 I'm in the wrong group.", known) == ["HAR-31"]


def test_a_number_after_a_group_word_by_its_label_and_its_etapes_label():
    # « L3 socio groupe 2 »: the group labelled « L3SOC groupe 2 » says its year by its étape's
    # label (« Licence 3 Sociologie »), not by its own
    known = Catalogue.of(["L3SOC", "L3SOC-G02", "L3SOC-G01", "L2SOC", "L2SOC-G02", "SOC5.METH"],
                         {"L3SOC": "Licence 3 Sociologie", "L2SOC": "Licence 2 Sociologie",
                          "L3SOC-G01": "L3SOC groupe 1", "L3SOC-G02": "L3SOC groupe 2",
                          "L2SOC-G02": "L2SOC groupe 2"})
    assert codes("bonjour le cours SOC5.METH napparait pas, en L3 socio groupe 2. merci",
                 known) == ["L3SOC-G02", "SOC5.METH"]


def test_a_group_named_by_a_word_its_label_holds_and_the_year_said():
    known = Catalogue.of(
        ["L2HIS", "L1HIS", "3HMOD2", "HI1-FLE", "HI2-FLE", "HI2-VIR", "GE2-FLE"],
        {"L2HIS": "Licence 2 Histoire", "L1HIS": "Licence 1 Histoire",
         "3HMOD2": "Histoire moderne 2", "HI1-FLE": "Histoire L1 site de Flers",
         "HI2-FLE": "Histoire L2 site de Flers", "HI2-VIR": "Histoire L2 site de Vire",
         "GE2-FLE": "Géographie L2 site de Flers"},
        etapes=["L2HIS", "L1HIS"])
    # « groupe de Flers » and « deuxième année d'histoire »: the one group so labelled
    assert codes("Les étudiants du groupe de Flers en deuxième année d'histoire n'ont pas "
                 "accès à Histoire moderne 2 (3HMOD2).", known) == ["3HMOD2", "HI2-FLE"]
    # no year said: Flers of which year is not said
    assert codes("Les étudiants du groupe de Flers n'ont pas accès au cours 3HMOD2.",
                 known) == ["3HMOD2"]
    # a site is where someone studies, no group named (« les L2 histoire du site de Flers »)
    assert codes("Pour toute question concernant les L2 histoire du site de Flers, écrivez à "
                 "la scolarité.", known) == []


def test_a_td_named_by_a_lowercase_letter_beside_its_course():
    known = Catalogue.of(["SOC402", "SOC402TDA", "SOC402TDB", "SOC402TDC"])
    assert codes("Dans mon cours SOC402, le TD c n'a aucun membre.", known) == \
        ["SOC402", "SOC402TDC"]
    # « a » is a verb as often as a letter: « le TD a lieu »
    assert codes("Dans mon cours SOC402, le TD a lieu le jeudi mais je ne vois rien.",
                 known) == ["SOC402"]


def test_an_option_is_a_group_found_by_its_label_and_the_year_said():
    known = Catalogue.of(
        ["L2HIS", "L3HIS", "L2HIS-ARC", "L2HIS-ENS", "L3HIS-ARC", "HIS5-02"],
        {"L2HIS": "Licence 2 Histoire", "L3HIS": "Licence 3 Histoire",
         "L2HIS-ARC": "L2HIS option archéologie", "L2HIS-ENS": "L2HIS option enseignement",
         "L3HIS-ARC": "Option archéologie L3HIS", "HIS5-02": "Histoire de l'art"},
        etapes=["L2HIS", "L3HIS"])
    assert codes("Je suis en L3 histoire option archéologie et je ne vois pas le cours "
                 "HIS5-02.", known) == ["HIS5-02", "L3HIS-ARC"]
    assert codes("I'm in the archéologie option (L2 histoire) but I cannot see HIS5-02.",
                 known) == ["HIS5-02", "L2HIS-ARC"]
    # an option of no year said is left alone
    assert codes("Les étudiants de l'option archéologie ne voient pas HIS5-02.", known) == \
        ["HIS5-02"]


def test_a_but_programme_in_capitals_then_its_year_is_a_year_said():
    known = Catalogue.of(["QLIO2-TPA1", "QLIO2-TPB2", "QLIO1-TPA1", "QLIO1-TPB2", "SQLIO302"])
    # « BUT QLIO 2 » with the element SQLIO302 (whose number is no year): the year 2's groups
    assert codes("je suis dans le groupe de TP B2 en BUT QLIO 2 mais sur ecampus dans le cours "
                 "de SQLIO302 je suis mis en TP A1.", known) == \
        ["QLIO2-TPA1", "QLIO2-TPB2", "SQLIO302"]
    # without the year, which year's TP B2 is not said
    assert codes("je suis dans le groupe de TP B2 mais dans le cours SQLIO302 je suis mis en "
                 "TP A1.", known) == ["SQLIO302"]


# Round 15: groups by their kind of study (« à distance », « alternants », « the French group »).
DISTANCE = Catalogue.of(
    ["L2GEO", "L3GEO", "GGEO301", "EAD-L2GEO", "EAD-L3GEO", "HANG205", "HANG205EAD",
     "HANG205TD1"],
    labels={"L2GEO": "Licence 2 Géographie", "L3GEO": "Licence 3 Géographie",
            "GGEO301": "Géographie physique S3", "EAD-L2GEO": "CEMU L2GEO a distance",
            "EAD-L3GEO": "CEMU L3GEO a distance", "HANG205": "Phonétique anglaise",
            "HANG205EAD": "HANG205 groupe à distance", "HANG205TD1": "HANG205 TD 1"},
    etapes=["L2GEO", "L3GEO"])


def test_the_distance_group_of_the_etape_said_or_cited():
    # a scheme heads an étape's distance group by its kind (`EAD-L2GEO`): « le groupe à
    # distance » of the year said in words, or of the étape cited
    assert codes("Bonjour, pour les L2 géographie à distance, le groupe à distance n'apparaît "
                 "pas dans GGEO301.", DISTANCE) == ["EAD-L2GEO", "GGEO301"]
    assert codes("Dear colleagues, the distance-learning group of L3GEO is empty in my "
                 "course.", DISTANCE) == ["EAD-L3GEO", "L3GEO"]


def test_the_distance_group_is_not_guessed_without_its_etape():
    # no étape said nor cited: which year's distance group is not said
    assert codes("Le groupe à distance n'apparaît pas dans GGEO301.", DISTANCE) == ["GGEO301"]
    # a course's own distance group is not read from « le groupe à distance » (writer W counts
    # neither group of « dans le groupe présentiel et pas dans le groupe à distance »)
    assert codes("Dans HANG205 je suis dans le groupe présentiel et pas dans le groupe à "
                 "distance.", DISTANCE) == ["HANG205"]


LANGUAGE_TRACKS = Catalogue.of(
    ["MFIN1", "MFIN2", "FIM1-C05", "MFIN1-EN", "MFIN1-FR", "MFIN2-EN", "MFIN2-FR"],
    labels={"MFIN1": "Master 1 Finance", "MFIN2": "Master 2 Finance",
            "FIM1-C05": "Corporate Finance", "MFIN1-EN": "M1 Finance english track",
            "MFIN1-FR": "MFIN1 FR", "MFIN2-EN": "M2 Finance english track", "MFIN2-FR": "MFIN2 FR"},
    etapes=["MFIN1", "MFIN2"])


def test_a_language_track_by_the_cited_courses_year_and_title():
    # « the French group » is the FR group, « the English track » the one labelled « english
    # track », of the year and the programme of the course cited (FIM1-C05: year 1, finance)
    assert codes("In Corporate Finance (FIM1-C05) I have been put in the French group but I "
                 "follow the English track.", LANGUAGE_TRACKS) == \
        ["FIM1-C05", "MFIN1-EN", "MFIN1-FR"]
    assert codes("I can't find FIM1-C05, English track group.", LANGUAGE_TRACKS) == \
        ["FIM1-C05", "MFIN1-EN"]


def test_a_language_named_in_passing_is_no_track():
    assert codes("I write in English: FIM1-C05 is not on my dashboard.", LANGUAGE_TRACKS) == \
        ["FIM1-C05"]
    # without a course, nothing says which year's track it is
    assert codes("I am in the French group but I follow the English track.",
                 LANGUAGE_TRACKS) == []


def test_kinds_of_study_however_written():
    assert labels.study_kind("APPRENTIS") == labels.study_kind("ALTERNANCE") == "ALT"
    assert labels.study_kind("DISTANCE-LEARNING") == labels.tail_kind("DIST") == "EAD"
    assert labels.tail_kind("INI") == labels.study_kind("INITIALE") == "FI"
    assert labels.study_kind("FORMATION") == labels.study_kind("CAEN") == ""
    assert labels.label_kinds("M1CG Alternants") == {"ALT"}
    assert labels.label_kinds("IAM1FI FR") == {"FR"}
    # « en » is a preposition, « fi » in small letters no kind
    assert labels.label_kinds("Licence en droit fi") == frozenset()


def test_a_group_named_by_another_word_of_its_kind():
    # « le groupe des apprentis » is the group labelled « alternants », « groupe INI » the FI
    known = Catalogue.of(["MG1CG.205", "MG1CG-ALT", "MG1CG-FI", "MG1CG"],
                         labels={"MG1CG.205": "Contrôle de gestion", "MG1CG-ALT":
                                 "MG1CG Alternants", "MG1CG-FI": "MG1CG formation initiale",
                                 "MG1CG": "M1 Contrôle de gestion"})
    assert codes("Dans MG1CG.205 je suis dans le groupe des apprentis", known) == \
        ["MG1CG-ALT", "MG1CG.205"]
    assert codes("Dans MG1CG.205 je ne suis plus dans le groupe de Caen", known) == \
        ["MG1CG.205"]


def test_numbers_listed_after_a_shaped_name_are_of_its_kind():
    known = Catalogue.of(["DCIV201", "DCIV201TD2", "DCIV201TD4", "DCIV201TD7", "DCIV201TP7"])
    assert codes("Merci, dans DCIV201 les TD 4 et 7 sont remplis, mais pas le TD 2.", known) == \
        ["DCIV201", "DCIV201TD2", "DCIV201TD4", "DCIV201TD7"]
    # a count after the name is no group (« le TD 4 et 7 étudiants »), nor a range's end
    assert codes("Dans DCIV201 il manque au TD 4 et 7 étudiants en tout.", known) == \
        ["DCIV201", "DCIV201TD4"]
    assert codes("Dans DCIV201, les TD 2 à 7 sont vides.", known) == ["DCIV201"]
