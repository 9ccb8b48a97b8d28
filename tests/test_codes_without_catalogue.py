"""Codes read without the catalogue (REFER down, `triage inspect` on files), round 13: what a
code's own letters, the mail's other codes and the kind of mail settle. Text written for these
tests; each reading failed before its rule."""
from __future__ import annotations

from triage.catalogue import Catalogue
from triage.extractors import read
from triage.extractors.code_spelling import canonical
from triage.model import ParsedMail


def codes(body: str, catalogue: Catalogue | None = None, subject: str = "Ecampus") -> list[str]:
    parsed = ParsedMail(message_id="t", subject=subject, from_addr="jean.dupont@unicaen.fr",
                        text=body, new_text=body, headers={})
    return read(parsed, catalogue=catalogue).entities.apogee_codes


def test_an_o_before_a_zero_is_a_letter():
    """No code numbers with two zeros: an O after a one-letter part is a zero typed for a digit
    only when a digit other than 0 follows (`BTC1RO1`), not before « 05 » (`L1SO05`: the
    sociology part's fifth course)."""
    assert canonical("L1SO05") == "L1SO05"
    assert canonical("BTC1RO1") == "BTC1R01"
    assert codes("Je n'ai pas accès à sociologie de l'éducation (L1SO05).") == ["L1SO05"]


def test_a_level_dotted_in_a_sibling_is_dotted_in_the_code():
    """A composante that dots its level (`M.2.HI04`) dots it in each of its codes: another code
    of the mail with the same head and shape, written without dots, takes them; the same code
    written with and without dots in a mail about an old code and its successor stays two."""
    assert codes("Les cours M.2.HI04 et M2GE07 sont vides depuis lundi.") == [
        "M.2.HI04", "M.2.GE07"]
    assert codes("L'ancien code M2HI04 est remplacé par M.2.HI04 cette année.") == [
        "M2HI04", "M.2.HI04"]
    assert codes("Les cours M.2.HI04 et M2GEO7A sont vides.") == ["M.2.HI04", "M2GEO7A"]


def test_a_code_typed_in_small_letters_in_a_sentence():
    """Digits between its letters (`bio2t05`) make a word in small letters a code where
    capitals stand around it; a login ends with its number and stays none."""
    assert codes("Bonjour, Le quiz de bio2t05 ne s'ouvre pas depuis Lundi.") == ["BIO2T05"]
    assert codes("Bonjour, Mon identifiant est jmartin2 et Ecampus refuse le mot de passe.") == []


def test_an_engineering_year_before_its_school_is_no_code():
    """« en 2A GEII » is a year of study (the second year) and its department, like « L1 AES »;
    the code beside it is read."""
    assert codes("Je suis en 2A GEII et le cours GE2AUT04 est vide.") == ["GE2AUT04"]


def test_a_dashed_or_dotted_head_then_its_number():
    """« X4-PRO 12 », « MED.UE 07 »: a head with its separator, then the number typed apart;
    a teaching unit's head (`UE`) needs no digit before it."""
    assert codes("Le cours Procédés (X4-PRO 12) n'est pas visible.") == ["X4-PRO12"]
    assert codes("Le cours d'anatomie (MED.UE 07) a disparu de mon tableau de bord.") == [
        "MED.UE07"]


def test_a_suppliers_quote_names_products_not_courses():
    """In a quote, an order or an invoice, a reference is a product's (after its brand or a
    count); a lecturer's invoice still cites its course after a cue word."""
    quote = ("Veuillez trouver notre devis pour 2 vidéoprojecteurs BENQ MX-560 et 2 supports "
             "PLAF-M12.\nTotal : 1 240,00 € HT.")
    assert codes(quote) == []
    invoice = ("Ci-joint ma facture (montant 480,00 € TTC) pour les TD du cours GEAR2.01 du "
               "semestre.")
    assert codes(invoice) == ["GEAR2.01"]


def test_a_servers_name_is_no_code():
    """A database cluster, a server (`BDD-PROD-02`, `moodle-db03` after « serveur ») is no code;
    the course the notice names is."""
    body = ("Maintenance du cluster BDD-PROD-02 dimanche, puis du serveur moodle-db03 : le cours "
            "HIST205 sera indisponible.")
    assert codes(body) == ["HIST205"]


def test_a_semester_before_a_code_among_codes_without_one():
    """A semester written before one code of a list (« s2-hgeo2a04 ») whose other codes of its
    shape carry none is the writer's: the code is the rest. Where each code carries it, it is
    the scheme's (« S1-ANA01 et S1-PHY02 »)."""
    assert codes("Mes cours absents :\n- s2-hgeo2a04\n- HHIS2B07\n- HSOC2C01") == [
        "HGEO2A04", "HHIS2B07", "HSOC2C01"]
    assert codes("Je ne vois ni S1-ANA01 ni S1-PHY02.") == ["S1-ANA01", "S1-PHY02"]


def test_a_product_after_its_brand_is_no_code():
    """« vidéoprojecteur Optoma ZH-420 », « imprimante Lexmark MS-521 »: a model after its
    brand, in any mail; the course of the same mail is read."""
    body = ("Le vidéoprojecteur Optoma ZH-420 de la salle ne s'allume plus, ni l'imprimante "
            "Lexmark MS521 : je fais cours de HIST205 sans support.")
    assert codes(body) == ["HIST205"]


def test_what_a_system_notice_numbers_is_no_code():
    """An Oracle error (« ORA-12154 »), a storage array (« baie SAN-04 »), a list digest's
    volume (« vol 118 »)."""
    assert codes("La synchronisation a échoué (ORA-12154: TNS) sur la baie SAN-04 cette nuit.") == []
    assert codes("Digest enseignants-ufrsciences, vol 118, 4 messages", subject="vol 118") == []


def test_a_room_wrapped_onto_the_next_line():
    """A sentence wrapped between « salle » and its room: the room starts the next line."""
    body = ("Le cours HIST205 a lieu le mardi (10h-12h, salle\nMRSH-118) mais je ne suis pas "
            "inscrit comme enseignant.")
    assert codes(body) == ["HIST205"]


def test_a_code_whose_letters_are_mistyped_in_case():
    """« Hi2MOd05 »: digits between its letters make a token a code whatever its case; a
    product's capitals (« iPhone12 », « PowerPoint3 ») stay none."""
    assert codes("Le cours du S2 Hi2MOd05 ne s'affiche pas.") == ["HI2MOD05"]
    assert codes("Sur mon iPhone12 le cours ne s'affiche pas.") == []


def test_a_semester_after_a_units_number_is_no_split_code():
    """« l'UE3 S1 », « LV2 S3 »: a teaching unit's or a language's number, then its semester."""
    assert codes("Je ne trouve pas l'UE3 S1 ni le cours d'allemand LV2 S3.", subject="UE3 S1") == []


def test_a_table_cell_holding_a_code_split_by_a_space():
    """A cell of a column headed « Groupe » holding « psy3-td 04 »: one code."""
    html = ("<table><tr><th>N° étudiant</th><th>Groupe</th></tr>"
            "<tr><td>23009871</td><td>psy3-td 04</td></tr></table>")
    parsed = ParsedMail(message_id="t", subject="Groupes", from_addr="jean.dupont@unicaen.fr",
                        text="N° étudiant Groupe\n23009871psy3-td 04", new_text="", headers={},
                        html=html)
    assert "PSY3-TD04" in read(parsed).entities.apogee_codes


def test_a_suppliers_offer_names_products():
    """A discount offer (« -30% », « livraison gratuite »): its references are products'."""
    body = ("Profitez de -30% sur nos écrans interactifs ZX-4410 et PanelOne TB6550-2 jusqu'au "
            "30/11 ! Livraison gratuite.")
    assert codes(body) == []


# Round 15 (helper nocat15): recall, what the words before a code and the mail itself say.

def test_a_games_console_is_one_digit_after_ps():
    """`PS5` is a games console; `PS5.02`, `PS3.11`, a scheme's psychology courses, are codes."""
    assert codes("Je devrais être dans le TD de psychopathologie (PS5.02) mais je ne le vois pas."
                 ) == ["PS5.02"]
    assert codes("Bonjour, ma PS5 ne se connecte pas au wifi du campus (code PS4).") == []


def test_a_place_word_before_a_cue_word_makes_no_room():
    """« le mémoire du TER, code M.2.HI07 »: a TER is a research dissertation as well as a
    train; a cue word just before the token says what it is. A place word two words before a
    token with no cue between still makes it a room."""
    assert codes("Je ne vois pas le séminaire du TER, code M.2.HI07, sur Ecampus.") == [
        "M.2.HI07"]
    assert codes("Rendez-vous jeudi en salle MRSH SR179 pour la réunion.") == []


def test_a_resource_is_a_course_of_the_but():
    """The BUT calls its courses « ressources »: a cue word (« la ressource GEA R1.07 Droit »);
    the resource's short name alone is still no code."""
    assert codes("Je fais le TD de droit – ressource GEA R1.07 Droit des affaires.") == [
        "GEAR1.07"]
    assert codes("Les étudiants du G2 sont absents de la ressource R1.07 depuis lundi.") == []


def test_a_dotted_number_after_a_head_and_a_cue_word():
    """« le cours PS 1.07 »: capitals then a dotted number typed apart are a code where a cue
    word stands just before them (the subject's « PS 107 » is then that code too); a word and
    a dotted number elsewhere may be a version or a section."""
    assert codes("je suis en L1 psycho et le cours PS 1.07 reste grisé", subject="PS 107") == [
        "PS1.07"]
    assert codes("Voir l'article L 1.12 du règlement des études.") == []


def test_a_code_joined_by_an_underscore_after_a_cue_word():
    """Moodle's short names join a code's parts with an underscore (« le cours st2_aps4 »):
    read after a cue word; a file's or a login's name elsewhere is none."""
    assert codes("Je suis toujours dans l'option hand du cours st2_aps4 sur Ecampus.") == [
        "ST2_APS4"]
    assert codes("Je vous joins le fichier notes_s1 et mon login jdupont_2 ne marche pas.") == []


def test_a_code_glued_to_a_students_number_or_a_cue_word():
    """A token too long to be a code may hold one glued to a student's number before it
    (« 22058431HLAN201 » in a subject) or to a cue word in capitals (« (CODE24ECO210) »);
    a long reference of letters and digits is still none."""
    assert codes("Bonjour, j'ai mis mon numéro dans l'objet.", subject="22058431HLAN201") == [
        "HLAN201"]
    assert codes("MON COURS DE MACRO (CODE24ECO210) EST PASSE DANS ARCHIVES") == ["24ECO210"]
    assert codes("Votre commande n° FR2025AB123456 a été expédiée.") == []


def test_a_word_glued_after_a_code_is_the_catalogues_to_part():
    """« LE3ESP2civilisation »: with the catalogue the known code is read; without it, where the
    code ends is unknown (« LE3ESP2civ » may be a code) and nothing is read."""
    known = Catalogue.of(["LE3-ESP2"])
    assert codes("je n'ai pas accès au cours LE3ESP2civilisation espagnole", known) == [
        "LE3-ESP2"]
    assert codes("je n'ai pas accès au cours LE3ESP2civilisation espagnole") == []
