"""Unit tests of the mail reader: one per identifier shape and per trap named in issue 4."""
from __future__ import annotations

import pytest

from triage.extractors import SYMPTOMS, ExtractorSettings, baseline, read
from triage.settings import PeopleSettings
from triage.mail.parse import parse_mail
from triage.model import ParsedMail


def mail(body: str, sender: str = "jean.dupont@unicaen.fr", subject: str = "Ecampus",
         headers: dict[str, str] | None = None, **fields) -> ParsedMail:
    """A ParsedMail as the thin parser makes it (new_text == text), unless fields say otherwise."""
    return ParsedMail(message_id="t", subject=subject, from_addr=sender, text=body,
                      new_text=fields.pop("new_text", body), headers=headers or {}, **fields)


def codes(body: str) -> list[str]:
    """APOGÉE codes read in a body."""
    return read(mail(body)).entities.apogee_codes


def numbers(body: str) -> list[str]:
    """Student numbers read in a body."""
    return read(mail(body)).entities.student_numbers


@pytest.mark.parametrize("written", ["RCAED334", "M.1HRP9C", "2HR5C", "1CA153", "AN-10A", "IRAN-15",
                                     "M.1.MS03", "1LANGL701", "FOAD-DU1", "M.2DRP1ATD"])
def test_code_shapes(written):
    assert codes(f"Bonjour, le cours {written} pose problème.") == [written]


@pytest.mark.parametrize("body, expected", [
    ("le cours rcaed334 svp", ["RCAED334"]),
    ("le cours rcaed 334 svp", ["RCAED334"]),
    ("mon cours (AN-10A) EC1 Langue Traduction", ["AN-10A"]),
    ("LVE / L1 / (1LANGL701) Licence 1A LLCE", ["1LANGL701"]),
    ("le groupe ELP_RCAED334_CM", ["RCAED334"]),
    ("codes RCAED334/2HR5C.", ["RCAED334", "2HR5C"]),
    ("le cours AN-10A.", ["AN-10A"]),
    ("Théories chang. social (M.1.MS03), M.1HRP9C porte 2HR5C", ["M.1.MS03", "M.1HRP9C", "2HR5C"]),
    # SMS style: nothing capitalised but acronyms and initials, the code in lower case.
    ("jsuis pas inscrit en physio sta3.12b alors que g fait mon IP en L2", ["STA3.12B"]),
    ("jsui en lmus2 grp b mais pa acces a mus2h04", ["LMUS2", "MUS2H04"]),   # grp: groupe
    ("Bonjour jsuis en TD3 mais ecampus me met en td 1 pr mus-214 merci", ["MUS-214"]),  # pr: pour
    ("pas inscrit dans iafi 1012 (que j'enseigne). merci. YC", ["IAFI1012"]),
    # An O typed for 0 where codes number: after a one-letter part, after UE; words keep theirs.
    ("le cours BTC1RO1 et l'UE SAN1UEO3", ["BTC1R01", "SAN1UE03"]),
    ("les cours SBIO120 et STL1SCO2", ["SBIO120", "STL1SCO2"]),
    # ... and a syllable that goes on after its digit keeps its letter O.
    ("le cours 2PO4A (politiques publiques) et le TD AB1RO2-TD", ["2PO4A", "AB1R02-TD"]),
    # An O after a digit that ends the code, or comes before its last letter, is a zero; typed
    # so in an SMS it is not a capital of camelCase.
    ("bjr jsui pas ds chi3ue2O ni ds le groupe CHI-2OB", ["CHI3UE20", "CHI-20B"]),
])
def test_codes_where_people_write_them(body, expected):
    assert codes(body) == expected


def test_a_code_of_the_scheme_of_another_in_the_mail_is_read():
    """A list of one composante's codes: the second, written split and after no cue word, is
    read because it shares its scheme (first four characters) with the first; alone it is not."""
    sentence = "ni dans le cours de natation STL2NAT1 ni dans celui d'athlétisme STL2 ATH3 sur Ecampus"
    assert codes(sentence) == ["STL2NAT1", "STL2ATH3"]
    assert codes("ni dans celui d'athlétisme STL2 ATH3 sur Ecampus") == []
    assert codes("natation STL2NAT1, et la salle STL2 du bâtiment") == ["STL2NAT1"]
    # a number split off a code ending in a letter joins the scheme of the mail's codes (its
    # own head among them), never as a count
    assert sorted(codes("le cours ICHM2B 07 (Chimie verte) manque, ICHM2B06 est là")) == [
        "ICHM2B06", "ICHM2B07"]
    assert codes("JE SUIS PAS DANS LE COURS ICHM2B 07") == ["ICHM2B07"]
    assert codes("le cours ICHM2B 12 inscrits seulement") == ["ICHM2B"]
    # a scheme's prefix may hold its dash instead of a digit
    listed = "- MARTIN Léa : eco-r201 et ECO-R204\n- ROUX Paul : ECO-R204"
    assert codes(listed) == ["ECO-R204", "ECO-R201"]
    assert codes("- MARTIN Léa : eco-r201 et le reste\n- ROUX Paul : rien") == []


def test_an_exam_session_name_is_no_code():
    """« session « S2-CT1 » » names an exam session in the course, not a code."""
    assert codes("Le devoir de HLAN201 (session « S2-CT1 ») ne s'ouvre pas") == ["HLAN201"]
    assert codes("Le devoir de HLAN201 (session S2-CT1) ne s'ouvre pas") == ["HLAN201"]


def test_a_space_where_the_mails_other_codes_write_a_dash():
    """« bio 412 et bio-415 »: the space stands for the dash the other code of the scheme
    writes; a sibling of another shape, or two that disagree, leave the code as written."""
    assert codes("pas inscrite en bio 412 ni en bio-415") == ["BIO-412", "BIO-415"]
    assert codes("les cours BIO 412 et BIO-4151") == ["BIO412", "BIO-4151"]
    assert codes("les cours BIO 412, BIO-415 et BIO.418") == ["BIO412", "BIO-415", "BIO.418"]


def test_a_dot_dropped_where_a_code_of_the_scheme_writes_it():
    """`MK2S304` in a mail citing MK2R3.01: same start, letters and digits at the same places,
    only a number's dot missing, so the scheme's dot is restored (`MK2S3.04`; `BT.R204` beside BT.R2.01
    gets its second dot); a missing dash is not (a group beside its element), nor a dot
    between the same code's two spellings (an old code and its successor), nor dots that
    siblings disagree on."""
    assert codes("Les cours MK2R3.01 et MK2S304 sont vides") == ["MK2R3.01", "MK2S3.04"]
    assert codes("Les cours BT.R2.01 et BT.R204 sont vides") == ["BT.R2.01", "BT.R2.04"]
    assert codes("Le groupe MKR2-TD04 et le cours MKR2UE11 sont vides") == [
        "MKR2-TD04", "MKR2UE11"]
    assert codes("L'ancien code MK2R301 est devenu MK2R3.01") == ["MK2R301", "MK2R3.01"]
    # only a number's dot (two digits after it): one elsewhere may be the writer's own slip
    assert codes("Les cours MKS.302 et mkr301 sont vides") == ["MKS.302", "MKR301"]
    # siblings that disagree on the dots leave it as written
    assert codes("Les cours MK2R3.01, MK2.T3.02 et MK2S304") == ["MK2R3.01", "MK2.T3.02",
                                                                 "MK2S304"]


def test_a_zero_where_the_mails_codes_of_the_scheme_have_an_o():
    """`KR2AB017` in a list of KR2ABO14, KR2ABO15: the scheme's part is `ABO`, the 0 a slip (the
    mirror of an O where the scheme numbers); one sibling alone, or siblings that disagree,
    leave it as written."""
    assert codes("Les cours KR2ABO14, KR2AB017 et KR2ABO15 sont vides") == [
        "KR2ABO14", "KR2ABO17", "KR2ABO15"]
    assert codes("Les cours KR2ABO14 et KR2AB017 sont vides") == ["KR2ABO14", "KR2AB017"]
    assert codes("Les cours KR2ABO14, KR2AB017, KR2AB019 et KR2ABO15") == [
        "KR2ABO14", "KR2AB017", "KR2AB019", "KR2ABO15"]


def test_a_space_where_a_code_of_the_scheme_with_another_head_writes_a_dash():
    """« soc4 b11 » in a mail citing SOC3-TD02: the same scheme (same letters, a digit at the
    same place before the dash), so the space is its dash; another scheme's sibling or two
    siblings that disagree leave it as written."""
    assert codes("Re: groupe SOC3-TD02\nle cours soc4 b11 n'apparait pas") == [
        "SOC3-TD02", "SOC4-B11"]
    assert codes("Re: groupe ECO3-TD02\nle cours soc4 b11 n'apparait pas") == [
        "ECO3-TD02", "SOC4B11"]
    assert codes("Re: groupes SOC3-TD02, SOC3.TD04\nle cours soc4 b11 n'apparait pas") == [
        "SOC3-TD02", "SOC3.TD04", "SOC4B11"]


def test_a_doctoral_school_number_is_no_code():
    """« l'ED 242 » is a doctoral school, « EA 2134 » a research unit (numbered nationally); a
    school's training codes are codes."""
    assert codes("Doctorant de l'ED 242 (HSRT), je suis la formation ED242T05 et ED242 S01") == [
        "ED242T05", "ED242S01"]
    assert codes("Séminaire de l'ED 242 sans espace Ecampus") == []
    assert codes("Cours GEO512 non ouvert (membre de l'EA 2134, équipe CRHQ)") == ["GEO512"]


def test_a_code_followed_by_its_title_in_brackets():
    """« also lcla204 (Latin prose) »: a course cited as the course list shows it, code then
    title, even in lower case on a line of prose."""
    assert codes("I see Ecampus, but not lcla204 (Latin prose) nor the forum") == [
        "LCLA204"]
    assert codes("I see Ecampus, but not lcla204 nor the forum") == []
    assert codes("my iPhone12 (Apple) and the room B204 (first floor)") == []


def test_a_code_typed_half_in_capitals_is_no_product_name():
    """A level typed with its capital before a code in small letters (« mon cours de L2
    L2bio05b (…) »), or a code's last part typed in capitals after small ones (« pas acces a
    ge-4OB »), is a code typed carelessly; a capital after a small letter or a capitalised word
    (iPhone12, Windows10) is a product's name."""
    assert codes("Bonjour, mon cours de L2 L2bio05b (Écologie des sols) a disparu") == [
        "L2BIO05B"]
    assert codes("jpeux pas acces a ge-4OB ni au td") == ["GE-40B"]
    assert codes("Bonjour, mon iPhone12 et mon portable Windows10 (neuf)") == []


def test_a_dotted_code_split_by_a_space_beside_its_siblings():
    """« - HBIO 4.07 (Écologie) » in a list beside HBIO4.02: the space is a slip inside one
    scheme's code; a dotted number after a word, alone, is a version or a section."""
    body = ("Hello, my learning agreement lists:\n- HBIO4.02 (Botanique)\n"
            "- HBIO 4.07 (Écologie)\nbut I only see the first one.")
    assert codes(body) == ["HBIO4.02", "HBIO4.07"]
    # (a department's prefix before a resource is read alone too: in the mail's order)
    assert codes("Ni dans TCO R2.04 (Marketing) ni dans TCOR2.01 (Droit)") == ["TCOR2.04",
                                                                          "TCOR2.01"]
    assert codes("Ecampus est en Moodle 4.1 depuis l'article 3.12 du règlement") == []
    assert codes("voir la partie B2.1 du sujet de TCOR2.01") == ["TCOR2.01"]
    assert codes("- HBIO 4.07 (Écologie) n'apparaît pas") == []


def test_a_semester_split_off_a_code():
    """« (S2 PHY07) », « S4 BOT12 »: a semester split off its code (every such spelling in the
    written sets is one code); the same code cited again without it (« le TD de BOT12 ») is
    that code; in « S3 MAT05 » beside S3MAT05 the fragment `MAT05` is dropped."""
    body = "Je fais les TP de mécanique (S2 PHY07) mais je n'ai pas accès à l'espace."
    assert codes(body) == ["S2PHY07"]
    assert read(mail(body, subject="Accès S2PHY07")).entities.apogee_codes == ["S2PHY07"]
    assert codes("codes S2PHY03 et S2 PHY07 : aucun accès") == ["S2PHY03", "S2PHY07"]
    assert codes("pas accès aux cours S4 BOT12 et S4 BOT13. Le TD de BOT12 est en salle B") == [
        "S4BOT12", "S4BOT13"]


def test_a_code_split_before_its_semester_block_and_number():
    """« the course "Soil survey" GEOL 3P05 »: letters, then a semester's digit, a block's
    letter and a number, split by a space; a table's number after its word is not."""
    assert codes('I am enrolled but the course "Soil survey" GEOL 3P05 is not on my dashboard'
                 ) == ["GEOL3P05"]
    assert codes("see Table 3A12 in the appendix") == []
    assert codes("voir le tableau 3A12 en annexe") == []


def test_a_word_and_a_count_of_people_is_no_code():
    """« l'espace HBIO301 réunit 34 enseignants », « je vois 12 intervenants »: a word in
    small letters and a count of people, never a code split by a space; in capitals it is a
    code (« HESP 201 : enseignants … »)."""
    assert codes("l'espace HBIO301 réunit 34 enseignants, je vois 12 intervenants") == [
        "HBIO301"]
    assert codes("le cours HESP 201 enseignants invisibles") == ["HESP201"]
    assert codes("le cours hesp 201 est vide") == ["HESP201"]


def test_a_parcours_name_is_no_code():
    """« le parcours MK3B » names a path through a diploma, not an APOGÉE element or étape
    (no writer counted one); the element cited beside it is a code."""
    assert codes("l'EC MKB305 est mutualisé avec le parcours MK3B depuis juin") == ["MKB305"]


def test_a_room_after_a_day_and_en_is_no_code():
    """« le TP a lieu mardi en MR-214 »: after a day, a date or a time, « en » says where, and so
    does a timetable's slot just before (« 9h30-11h30 PHYS MR 214 »); a code after « en »
    elsewhere, or after one time, is still a code (« je suis en BIO-214 »)."""
    assert codes("Le TP de HBIO301 a lieu mardi en MR-214, sans accès au cours") == ["HBIO301"]
    assert codes("partiel de HBIO301 le 3 mars en MR-214 ou à 14h en MR-215 ?") == ["HBIO301"]
    assert codes("je suis en MR-214 mais pas inscrite") == ["MR-214"]
    # a timetable's slot, then a building or a word: the room of the slot
    assert codes("Séances de HBIO301 :\n08/10 9h30-11h30 PHYS MR 214 DUPONT\n"
                 "15/10 9h30-11h30 (sauf MR 215) DUPONT") == ["HBIO301"]
    assert codes("le groupe du lundi 9h30 (HBIO3-G02 sur mon emploi du temps)") == ["HBIO3-G02"]
    # and a room listed after one (« salles MR-214 et MR-215 »), not a code after a code
    assert codes("TP de HBIO301 en salles MR-214 et MR-215, 9h-11h (hors MR 216 ou PH-02)") == [
        "HBIO301"]
    assert codes("les cours HBIO301 et HBIO302 : salle à confirmer") == ["HBIO301", "HBIO302"]


def test_a_group_code_without_a_digit_needs_a_cue():
    """A diploma's group of capitals alone (`DUTOU-SEM`) after « groupe »; names, titles and
    shouted compound words of the same shape are not codes."""
    assert codes("je suis dans le groupe DUTOU-SEM au lieu du groupe DUTOU-WE") == [
        "DUTOU-SEM", "DUTOU-WE"]
    assert codes("Mme LEROY-MARTIN, PU-PH, est PEUT-ETRE absente : BIEN-SUR, DUTOU-SEM") == []
    # one point short, it joins a scheme of the mail
    assert codes("dans le groupe présentiel DUTOU-SEM au lieu de DUTOU-WE dans DUTOU03") == [
        "DUTOU03", "DUTOU-SEM", "DUTOU-WE"]
    assert codes("dans le groupe présentiel DUTOU-SEM au lieu de DUTOU-WE") == []
    assert codes("JE SUIS DANS LE GROUPE DU SAMEDI ET PAS SUR ECAMPUS, C'EST-A-DIRE RIEN") == []


@pytest.mark.parametrize("body", [
    "salle 204 à 14h30, le 12/10/2026", "Windows10 et COVID-19", "TD1 du S1 en L3", "iso-8859-1",
    "Moodle 3.7 depuis 2019-2020", "bureau B204", "voir https://ecampus.unicaen.fr/mod/HLAN201/x",
    'My course "Deutsche Literatur nach 1945" is online',
    "I come from Universidad Complutense (Erasmus code E MADRID03)", "code d'accès : XK42PZ9",
    "c quand les exams du S1 ? les dates 14/12/2026 - 18/12/2026 c'est sûr ?",
    "badge de parking refusé pour la voiture DB-204-KX depuis lundi",
])
def test_not_codes(body):
    assert codes(body) == []


def test_a_status_code_or_a_price_is_no_code():
    """A protocol's status (« HTTP 503 ») and an amount in a currency written before it
    (« USD 79 », « EUR 120 ») have a code's shape once joined: neither is an APOGÉE code."""
    assert codes("Le portail renvoie une erreur (HTTP 503) depuis ce matin sur le cours "
                 "HLAN201.") == ["HLAN201"]
    assert codes("Frais de publication : USD 79 seulement, EUR 120 pour les autres.") == []
    assert codes("la page donne HTTP-404 puis HTTPS 502, et le serveur SMTP 550") == []
    # nor a tax rate (« TVA 20 % ») nor a browser's extended-support release (« ESR 115 »)
    assert codes("Montant HT : 1 200,00 EUR - TVA 20 % : 240,00 EUR") == []
    assert codes("même souci sous Firefox ESR 115 et sous Windows 11") == []


@pytest.mark.parametrize("body, expected", [
    ("mon numéro étudiant est 22004512.", ["22004512"]),
    ("mon numéro étudiant est 22 00 31 36 merci", ["22003136"]),
    ("n° 22.00.31.36", ["22003136"]),
    ("écrit par 22004512@etu.unicaen.fr", ["22004512"]),
    ("l'étudiant à distance dont le numéro est indiqué ici, le numéro étudiant 221033\n44, merci",
     ["22103344"]),
    # grouped as numbers are read aloud, with spaces, dots or French typography's narrow spaces
    ("Quentin L.\nn° 23 016 112\n", ["23016112"]),
    ("M. Le Bris (n° étudiant 21.909.384) redouble", ["21909384"]),
    ("numéro étudiant\u00a0: 21\u202f909\u202f384", ["21909384"]),
])
def test_student_number_forms(body, expected):
    assert numbers(body) == expected


@pytest.mark.parametrize("body", [
    "appelez le 02 31 56 55 00", "tél 0231565500", "+33 2 31 56 55 00", "14032 Caen cedex",
    "INE 1234567890A", "INE 123456789AB", "le 14/10/2026", "le 20261014", "le 14102026",
    "années 2026 2027", "ticket GLPI #317804", "ticket #31780412", "n° 1234567", "n° 123456789",
    "incident n° 31780412", "CS 14032",
    # a delivery report's relay, a server, an amount, a foreign phone, an order
    "  host smtp-in.example.fr [80.12.26.31]\n    said: 550 5.7.1 refused",
    "le serveur 22.10.31.36 ne répond plus", "un budget de 12 500 000 € pour le campus",
    "appelez le +44 131 496 0718", "commande n° 21 909 384",
    # a date-shaped reference after « n° » of an administrative document
    "validé en commission (PV n° 20251117)", "procès-verbal n° 20260203 du jury",
    # one part of a longer reference
    "remis à la scolarité (dépôt n° 20251014-032)", "le lot 2025/22003136 est parti",
    "j'ai payé le 28 août (paiement n° 25081733)",
])
def test_student_number_traps(body):
    assert numbers(body) == []


@pytest.mark.parametrize("body, expected", [
    # read out in groups nobody listed: a cue before it, or three or four groups starting like ours
    ("mon numéro étudiant : 23 4410 07, merci", ["23441007"]),
    ("n° étudiant 21-87-40-96", ["21874096"]),
    ("Je n'ai toujours pas accès au TD. 24 1 30 557", ["24130557"]),
    ("numéro étudiant 241 13055", ["24113055"]),
    ("student number: 22.4.107.83", ["22410783"]),
    # what groups joining into 8 digits are besides: dates, year ranges, references, an IBAN's
    # or a phone's digits, an amount, rooms, a grouping after a reference's cue
    ("réunion le 24-05-2026 à 14h", []), ("le 31 12 2025", []), ("le PV 2025 10 14", []),
    ("années 2025-2026", []), ("référence du dossier 2025-0457", []),
    ("my application ID is 2025-0457", []), ("IBAN FR76 3000 4000 0312 3456 7890 143", []),
    ("appelez le +1 608 262 3961", []), ("né le 24-05-88 à Caen", []),
    ("les salles 201-205-210", []), ("ISBN 978-2-07-036822-8", []),
    ("pour 21 400 000,50 € de travaux", []), ("commande n° 23 4410 07", []),
    ("facture 24-05-88-12", []), ("une population de 12 345 678 habitants", []),
])
def test_student_numbers_read_out_in_any_grouping(body, expected):
    assert numbers(body) == expected


@pytest.mark.parametrize("sender, body, expected", [
    # another university's number, same shape, when the text says so
    ("j.smith@univ-lyon2.fr", "Mon numéro étudiant à Lyon est le 22917345, celui de Caen 25100482.",
     ["25100482"]),
    ("x@gmail.com", "I study in Caen this semester (my student ID at Leeds University is 20194512),"
     " my Caen number is 25300917.", ["25300917"]),
    ("x@gmail.com", "my Bologna student number: 21887340", []),
    ("x@gmail.com", "my student number there is 24556680", []),
    ("x@gmail.com", "my student number at my home university is 20451234, my Caen one 25001122",
     ["25001122"]),
    ("x@gmail.com", "mon numéro étudiant dans mon université d'origine : 21345678", []),
    ("x@gmail.com", "numéro étudiant de l'Université de Rennes 2 : 21765432 ; à Caen : 25067781",
     ["25067781"]),
    # a partner's « chez nous » is their university, numbers listed after it included...
    ("x@univ-rennes.fr", "Leurs numéros chez nous (21766001, 21766002 et 21766003) ne servent pas "
     "ici. N° étudiant Caen : 25066100", ["25066100"]),
    # ...ours when the writer is ours
    ("prof@unicaen.fr", "Leur numéro chez nous est 25066101.", ["25066101"]),
    # Caen, its campuses and platforms are ours; a place elsewhere in the sentence says nothing
    ("x@gmail.com", "Mon numéro étudiant à Caen est le 24556677", ["24556677"]),
    ("x@gmail.com", "Je suis à Rouen cette semaine. Mon numéro étudiant est 24556678", ["24556678"]),
    ("x@gmail.com", "mon numéro étudiant de l'université de Caen Normandie : 24556679", ["24556679"]),
    ("x@gmail.com", "mon numéro étudiant à Cherbourg est 24556682", ["24556682"]),
    ("x@gmail.com", "My student ID is 24556684, I was in Madison last year", ["24556684"]),
    ("x@gmail.com", "Mon numéro étudiant en Licence est 24556686", ["24556686"]),
    # all capitals: the words of the cue are not a place (« MA CARTE ETUDIANT »: the writer's own)
    ("x@gmail.com", "IL Y A LA MEME ERREUR SUR MA CARTE ETUDIANT NUMERO 25 31 07 48 MERCI",
     ["25310748"]),
    ("x@gmail.com", "MY CAEN STUDENT CARD NUMBER IS 25310749", ["25310749"]),
])
def test_another_universitys_student_number_is_not_ours(sender, body, expected):
    assert read(mail(body, sender=sender)).entities.student_numbers == expected


def test_student_numbers_in_the_cells_of_an_html_table():
    """A table's text version joins cells with spaces (which digits are the number?) and puts a
    phone beside the number: the cells are read; a column its header gives to another
    university is not ours, wherever the text shows its values; dates in cells are dates."""
    html = ("<p>Voici la liste :</p><table><tr><th>Nom</th><th>N° étudiant</th><th>N° étudiant "
            "d'origine</th><th>Portable</th><th>id Moodle</th><th>Séance</th></tr>"
            "<tr><td>MARTIN Léa</td><td>23 118 406</td><td>20871345</td><td>06 45 12 78 90</td>"
            "<td>88412</td><td>2025-11-04</td></tr>"
            "<tr><td>NGUYEN Paul</td><td>24&nbsp;019&nbsp;552</td><td>21764003</td>"
            "<td>07 69 33 10 25</td><td>88413</td><td>2025-11-18</td></tr></table>")
    text = ("Voici la liste :\nNom N° étudiant N° étudiant d'origine Portable id Moodle Séance\n"
            "MARTIN Léa 23 118 406 20871345 06 45 12 78 90 88412 2025-11-04\n"
            "NGUYEN Paul 24 019 552 21764003 07 69 33 10 25 88413 2025-11-18\n")
    parsed = mail(text, html=html)
    entities = read(parsed).entities
    assert entities.student_numbers == ["23118406", "24019552"]
    for span in (s for s in entities.spans if s.kind == "student_number"):
        assert getattr(parsed, span.part)[span.start:span.end] == span.text


def test_a_table_column_of_course_ids_gives_course_ids_and_an_account_column_does_not():
    """« Id Ecampus » in a table of courses holds course ids; « id Moodle » in a table of people
    holds their accounts; « N° du cours » says so itself."""
    courses = ("<table><tr><th>Code</th><th>Intitulé</th><th>Id Ecampus</th></tr>"
               "<tr><td>ZQX1B04</td><td>Cartographie</td><td>61207</td></tr>"
               "<tr><td>ZQX1B05</td><td>Statistique</td><td>61 215</td></tr>"
               "<tr><td>ZQX1B06</td><td>Terrain</td><td>6121</td></tr></table>")
    text = "Code Intitulé Id Ecampus\nZQX1B04 Cartographie 61207\nZQX1B05 Statistique 61 215\n"
    parsed = mail(text, html=courses)
    entities = read(parsed).entities
    assert entities.course_ids == [61207, 6121]         # « 61 215 » is no number alone in its cell
    for span in (s for s in entities.spans if s.kind == "course_id"):
        assert parsed.html[span.start:span.end] == span.text
    people = ("<table><tr><th>Nom</th><th>id Moodle</th></tr>"
              "<tr><td>ROUX Inès</td><td>77120</td></tr></table>")
    assert read(mail("Nom id Moodle\nROUX Inès 77120\n", html=people)).entities.course_ids == []
    named = ("<table><tr><th>Enseignant</th><th>N° du cours</th></tr>"
             "<tr><td>ROUX Inès</td><td>48003</td></tr></table>")
    assert read(mail("Enseignant N° du cours\nROUX Inès 48003\n", html=named)).entities \
        .course_ids == [48003]


def test_a_pasted_list_of_students_with_their_phones_is_read_row_by_row():
    """A phone makes a line a contact line; a number opening the line before a name is a row."""
    body = ("Bonjour, ces étudiants ne sont pas inscrits :\nN° étudiant Nom Prénom Téléphone\n"
            "24113208 LEROUX Anaïs 06 11 22 33 44\n23098871 PETIT Hugo 07 55 44 33 22\n")
    assert numbers(body) == ["24113208", "23098871"]
    assert numbers("Bonjour\n--\nJean Dupont\n20261014 Caen Tél. 02 31 56 55 00\n") == []


def test_signature_contacts_are_not_identifiers():
    body = ("Bonjour,\nles étudiants ne sont pas inscrits dans HLAN201.\n--\nJean Dupont\n"
            "Bureau SA 204, bâtiment D\nTél. : 02 31 56 55 00\nEsplanade de la Paix, 14032 Caen\n"
            "Permanences : mardi 14h-16h\n")
    entities = read(mail(body)).entities
    assert entities.apogee_codes == ["HLAN201"] and entities.student_numbers == []


def test_student_number_under_the_name_counts():
    assert numbers("je ne suis pas inscrite.\nCordialement\nLéa Martin\n22004512\n") == ["22004512"]


def test_quoted_and_forwarded_identifiers_count():
    body = ("Je vous transfère.\n\n-------- Message transféré --------\nDe : Léa <22004512@etu.unicaen.fr>\n"
            "\nje ne suis pas inscrite dans HLAN201\n\nLe 12/10/2026, X a écrit :\n> cours RCAED334\n")
    entities = read(mail(body)).entities
    assert entities.apogee_codes == ["HLAN201", "RCAED334"]
    assert entities.student_numbers == ["22004512"]


def test_a_student_writing_from_their_numbered_address_has_given_their_number():
    """The sender's numbered student address counts like a number written in the text (the
    facts stage looks it up in APOGÉE); another domain's digits, or a name, give none."""
    said = "bonsoir je vois toujours pas mon cours de socio sur la page d'accueil"
    own = read(mail(said, sender="23990417@etu.unicaen.fr"))
    assert own.entities.student_numbers == ["23990417"]
    span = next(s for s in own.entities.spans if s.kind == "student_number")
    assert span.part == "from_addr"
    assert "23990417@etu.unicaen.fr"[span.start:span.end] == span.text == "23990417"
    # written in the text too: one number, the text's place first
    both = read(mail("mon numéro : 23990417", sender="23990417@etu.unicaen.fr"))
    assert both.entities.student_numbers == ["23990417"] and both.entities.spans[0].part == "new"
    # someone else's number in the text, then the writer's own
    other = read(mail("pour mon binôme 24110382 aussi", sender="23990417@etu.unicaen.fr"))
    assert other.entities.student_numbers == ["24110382", "23990417"]
    for sender in ("23990417@gmail.com", "camille.roux@etu.unicaen.fr", "2399041@etu.unicaen.fr"):
        assert read(mail(said, sender=sender)).entities.student_numbers == [], sender


def test_mail_carried_as_attachment_is_read_as_forwarded():
    """A teacher forwards a student's mail as an attachment; a delivery report returns our reply:
    the carried mail's codes, numbers and symptom are the case's, never the sender's words."""
    from email.message import EmailMessage
    inner = EmailMessage()
    inner["From"], inner["Subject"] = "leo.besnard@etu.unicaen.fr", "Problème examen SINF305"
    inner.set_content("Bonjour Monsieur,\nPendant l'examen la page affichait « Error: Database "
                      "connection failed ».\nLéo Besnard, n° étudiant 22004512\n")
    outer = EmailMessage()
    outer["From"], outer["To"] = "nathan.roger@unicaen.fr", "cemu.assistance@unicaen.fr"
    outer["Subject"] = "TR: examen"
    outer.set_content("Bonjour,\nje vous transmets le message d'un étudiant ci-joint.\nN. Roger\n")
    outer.add_attachment(inner)
    parsed = parse_mail(bytes(outer))
    assert "Error: Database" in parsed.quoted_text and "Error" not in parsed.new_text
    reading = read(parsed)
    assert reading.entities.apogee_codes == ["SINF305"]
    assert reading.entities.student_numbers == ["22004512"]
    assert reading.sender_role == "staff"
    report = (b"From: MAILER-DAEMON@unicaen.fr\r\nTo: cemu.assistance@unicaen.fr\r\n"
              b"Subject: Undelivered Mail Returned to Sender\r\nMIME-Version: 1.0\r\n"
              b"Content-Type: multipart/report; report-type=delivery-status; boundary=B\r\n\r\n"
              b"--B\r\nContent-Type: text/plain\r\n\r\nYour message could not be delivered.\r\n"
              b"--B\r\nContent-Type: message/delivery-status\r\n\r\nStatus: 5.1.1\r\n\r\n"
              b"--B\r\nContent-Type: message/rfc822\r\n\r\nFrom: cemu.assistance@unicaen.fr\r\n"
              b"Subject: Re: cours\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
              b"Vous \xc3\xaates inscrit au cours SMAT102 (num\xc3\xa9ro \xc3\xa9tudiant "
              b"25044871).\r\n--B--\r\n")
    bounced = read(parse_mail(report))
    assert bounced.auto_reply and bounced.symptom == "other"
    assert bounced.entities.apogee_codes == ["SMAT102"]
    assert bounced.entities.student_numbers == ["25044871"]


def test_split_fields_from_a_deeper_parser():
    m = ParsedMail(message_id="t", from_addr="x@unicaen.fr", text="", subject="cours HLAN201",
                   new_text="voir ci-dessous", quoted_text="> 22004512 RCAED334",
                   signature="Tél 02 31 56 55 00 bureau SA204")
    reading = read(m)
    assert reading.entities.apogee_codes == ["HLAN201", "RCAED334"]
    assert reading.entities.student_numbers == ["22004512"]
    assert {s.part for s in reading.entities.spans} == {"subject", "quoted"}


def test_span_offsets_point_at_the_written_text():
    m = mail("cours rcaed 334, étudiant 22 00 45 12, https://ecampus.unicaen.fr/course/view.php?id=48213>.",
             subject="HLAN201")
    fields = {"new": m.new_text, "subject": m.subject}
    for span in read(m).entities.spans:
        assert fields[span.part][span.start:span.end] == span.text


def test_course_links_cas_urls_and_errors():
    body = ("lien <https://ecampus.unicaen.fr/course/view.php?id=48213>. et "
            "https://ecampus.unicaen.fr/user/index.php?id=47002 ; https://autre.fr/course/view.php?id=9\n"
            "je passe par https://cas.unicaen.fr/login et j'ai Error: Database connection failed\n"
            "puis : CAS ne connaît pas votre destination finale")
    e = read(mail(body)).entities
    assert e.course_ids == [48213, 47002]
    assert e.cas_urls == ["https://cas.unicaen.fr/login"]
    assert e.error_messages == ["Database connection failed", "CAS ne connaît pas votre destination finale"]


@pytest.mark.parametrize("body, courses, students", [
    ("Student ID: 24 130 557", [], ["24130557"]),
    ("student id 48213, course id 50112", [50112], []),
    ("identifiant utilisateur id 4512 ; le cours (id 56602)", [56602], []),
])
def test_a_persons_id_is_no_course_id(body, courses, students):
    entities = read(mail(body)).entities
    assert entities.course_ids == courses and entities.student_numbers == students


def test_course_links_in_html_hrefs():
    m = mail("ce cours", html='<a href="https://ecampus.unicaen.fr/course/view.php?id=48213">ce cours</a>')
    assert read(m).entities.course_ids == [48213]


@pytest.mark.parametrize("sender, body, role", [
    ("22004512@etu.unicaen.fr", "bonjour", "student"),
    ("jean.dupont@unicaen.fr", "bonjour", "staff"),
    ("droit.scolarite@droit.unicaen.fr", "bonjour", "staff"),
    ("lea@gmail.com", "Je suis étudiante en L2 de droit.", "student"),
    ("ana@gmail.com", "I am an exchange student.", "student"),
    ("lea@gmail.com", "Bonjour, une question.", "unknown"),
    # in the first person
    ("ines@gmail.com", "Je reprends mes études cette année en DU Médiation.", "student"),
    ("sandrine@laposte.net", "Je suis en DAEU B, en cours du soir.", "student"),
    # a teacher the student speaks of is someone else
    ("anna@uni-leipzig.de", "One course is missing. My teacher says I am in the list.\n"
                            "Student number 25090218.", "student"),
    ("sandrine@laposte.net", "Le professeur dépose les exercices le mardi soir.\n"
                             "n° étudiante : 25300652", "student"),
    # what students write of themselves, unless the writer teaches or holds an office
    ("manon@gmail.com", "Erreur de lecture de la base de données, j'ai un devoir à rendre à midi !",
     "student"),
    ("yanis@hotmail.fr", "ERREUR BASE DE DONNEES, ON A UN QCM DEMAIN", "student"),
    ("emre@ogr.example.tr", "I arrived in Caen for my Erasmus semester and cannot log in.", "student"),
    ("l.dubosq@avocats.example.fr", "J'interviens comme chargé d'enseignement vacataire en L2 Droit.",
     "unknown"),
    ("m.engel@uni-leipzig.de", "I am a visiting lecturer. Two Erasmus students are missing: "
                               "25407713 and 25407794.", "unknown"),
    # a partner or a former student citing one number is not a student here
    ("k.vogel@uni-bamberg.de", "Our student Lena (UNICAEN student number 25107741) spent the "
                               "fall semester in Caen.", "unknown"),
    ("romain@proton.me", "J'ai obtenu mon master en 2024 (n° étudiant 19012283), mon compte "
                         "est désactivé.", "unknown"),
    # a doctoral student writes from a staff mailbox: a student of the doctoral school, unless
    # they teach; doctoral students someone else speaks of change nothing
    ("camille.roux@unicaen.fr", "Bonjour,\nJe suis doctorante en 1re année (ED 558) et je ne "
                                "trouve pas l'espace de la formation « Écrire sa thèse ».", "student"),
    ("omar.said@unicaen.fr", "Hello,\nI'm a second-year PhD student and the seminar space of the "
                             "doctoral school is missing.", "student"),
    ("louis.vidal@unicaen.fr", "Je suis doctorant contractuel et je donne des TD de chimie : je ne "
                               "suis pas inscrit comme enseignant.", "staff"),
    ("aurelie.n@unicaen.fr", "Doctorante en 2e année de chimie, je n'ai pas accès à la formation "
                             "transversale.\nMon numéro étudiant est 23920871.", "student"),
    ("anne.morel@unicaen.fr", "Trois doctorants ne sont pas inscrits au séminaire, ni Mme Roy\n"
                              "Doctorante en 2e année elle aussi.\nAnne Morel, gestionnaire", "staff"),
])
def test_sender_role(sender, body, role):
    assert read(mail(body, sender=sender)).sender_role == role


def test_sender_role_from_the_writers_own_signature_and_subject():
    """The signature and the subject are the writer's own words; a quoted message is not."""
    signed = "Hello,\nEcampus shows an error page.\nBest regards,\nInês\nErasmus student - Porto\n"
    assert read(mail(signed, sender="ines@outlook.example.pt")).sender_role == "student"
    thanks = mail("Thank you, I can see both courses now!", sender="lucia@gmail.com",
                  subject="Re: [CEMU #48320] Erasmus student - no access to my courses")
    assert read(thanks).sender_role == "student"
    quoted = ("Merci, je transmets.\n\nLe 3 oct. 2025, Léa a écrit :\n> je suis étudiante en L2, "
              "je ne vois pas mon cours\n")
    assert read(mail(quoted, sender="paul@gmail.com")).sender_role == "unknown"


def test_domains_are_configurable():
    people = PeopleSettings(student_domains="etu.example.org", staff_domains="example.org")
    settings = ExtractorSettings.from_settings(people)
    assert read(mail("x", sender="a@etu.example.org"), settings).sender_role == "student"
    assert read(mail("x", sender="a@unicaen.fr"), settings).sender_role == "unknown"


@pytest.mark.parametrize("sender, headers", [
    ("a@unicaen.fr", {"auto-submitted": "auto-replied"}),
    ("a@unicaen.fr", {"x-autoreply": "yes"}),
    ("a@unicaen.fr", {"x-auto-response-suppress": "All"}),
    ("a@unicaen.fr", {"precedence": "bulk"}), ("a@unicaen.fr", {"precedence": "junk"}),
    ("a@unicaen.fr", {"precedence": "list"}), ("a@unicaen.fr", {"list-id": "<l.unicaen.fr>"}),
    ("MAILER-DAEMON@unicaen.fr", {}), ("postmaster@unicaen.fr", {}),
    ("bounces+ecampus=unicaen.fr@listes.example.org", {}), ("noreply@moodle.unicaen.fr", {}),
    ("ne_pas_repondre@unicaen.fr", {}),
    ("cemu.assistance@unicaen.fr", {}), ("Cemu.Assistance+relance@unicaen.fr", {}),
])
def test_auto_replies(sender, headers):
    reading = read(mail("Je suis absent, je ne suis pas inscrit", sender=sender, headers=headers))
    assert reading.auto_reply and reading.symptom == "other"


def test_human_mail_is_not_auto_reply():
    assert not read(mail("x", headers={"auto-submitted": "no", "precedence": "normal"})).auto_reply


def test_foreign_helpdesk_tag():
    assert read(mail("suivi", subject="[GLPI #0000091] Nouveau suivi")).foreign_helpdesk
    assert not read(mail("suivi", subject="Ticket 317804")).foreign_helpdesk


def test_language():
    assert read(mail("Hello, I cannot see my course on the dashboard, can you help?")).language == "en"
    assert read(mail("Bonjour, je ne vois pas mon cours, pouvez-vous m'aider ?")).language == "fr"
    # a greeting in both languages says neither: the words decide
    bilingual = "Hello / Bonjour,\nMon cours n'est plus dans la catégorie où il était depuis 4 ans."
    assert read(mail(bilingual)).language == "fr"
    assert read(mail("Bonjour / Hello,\nMy course is no longer in the category it was in.")
                ).language == "en"


@pytest.mark.parametrize("symptom, sender, body", [
    ("wrong_name", "22008888@etu.unicaen.fr", "Mon prénom est mal orthographié sur Ecampus."),
    ("cannot_login", "a@gmail.com", "Je n'arrive pas à me connecter à Ecampus."),
    ("course_moved_renamed", "a@unicaen.fr", "Mon cours a été déplacé dans les archives et renommé."),
    ("course_missing", "a@unicaen.fr", "Mon cours de licence n'existe pas sur Ecampus."),
    ("course_not_on_dashboard", "1@etu.unicaen.fr", "Je ne vois pas mon cours sur mon tableau de bord."),
    ("students_cannot_see_course", "a@unicaen.fr", "Les étudiants ne voient pas mon cours."),
    ("not_enrolled", "1@etu.unicaen.fr", "jsuis pas inscrite ds le cour de socio"),
    ("teacher_not_enrolled", "a@unicaen.fr", "Je suis l'enseignant du cours mais je n'y suis pas inscrit."),
    ("wrong_group", "1@etu.unicaen.fr", "Je suis dans le mauvais groupe de TD."),
    ("participants_block_missing", "a@unicaen.fr", "Le bloc Participants ne s'affiche plus."),
    ("cas_unknown_destination", "1@etu.unicaen.fr", "Le CAS ne connaît pas votre destination finale."),
    ("database_error", "1@etu.unicaen.fr", "Error: Database connection failed"),
    ("too_many_teachers", "a@unicaen.fr", "Trop d'enseignants sont inscrits dans mon cours."),
    ("cohort_question", "a@unicaen.fr", "Puis-je synchroniser une cohorte dans mon cours ?"),
    ("other", "a@unicaen.fr", "Comment ajouter un devoir dans mon cours ?"),
])
def test_each_symptom_with_its_evidence(symptom, sender, body):
    reading = read(mail(body, sender=sender, subject=""))
    assert reading.symptom == symptom
    assert symptom in SYMPTOMS
    assert bool(reading.symptom_evidence) == (symptom != "other")
    assert all(word in body for word in reading.symptom_evidence)


def test_forwarded_complaint_is_read_with_its_own_voice():
    body = ("Je vous transfère la demande.\n\n-------- Message transféré --------\n"
            "De : 22004513@etu.unicaen.fr\n\nBonjour, je ne suis pas inscrit dans HLAN305.\n")
    assert read(mail(body, sender="scolarite@unicaen.fr", subject="TR: demande")).symptom == "not_enrolled"


def test_a_forwarded_request_is_read_as_the_request():
    """A secretary forwards a student's mail with a cover note and her signature: the forwarded
    message (not a reply's history) says what is wrong, whatever the note's length."""
    body = ("Bonjour,\nCi-dessous un étudiant de L1 droit. Il est bien inscrit chez nous depuis "
            "septembre. Merci de lui répondre directement, je n'ai pas la main sur Ecampus.\n"
            "Sandrine Lefebvre – Scolarité L1 Droit\n\n"
            "---------- Message transféré ---------\nDe : Jules Rivière <jules.riviere@etu.unicaen.fr>\n"
            "Objet : ecampus\n\nBonjour,\nJe ne vois pas mes cours sur mon tableau de bord "
            "quand je me connecte, il n'y a que le calendrier.\nJules Rivière\n")
    reading = read(parse_mail(("From: scolarite.droit@unicaen.fr\r\nTo: cemu@unicaen.fr\r\n"
                               "Subject: TR: ecampus\r\nContent-Type: text/plain; charset=utf-8"
                               "\r\n\r\n" + body).encode()))
    assert reading.sender_role == "staff"
    assert reading.symptom == "course_not_on_dashboard"


def test_windows_1252_raw_mail():
    raw = ("From: a@unicaen.fr\nSubject: test\nContent-Type: text/plain; charset=windows-1252\n"
           "Content-Transfer-Encoding: 8bit\n\nLes étudiants ne sont pas inscrits dans « RCAED334 ».\n"
           ).encode("windows-1252")
    reading = read(parse_mail(raw))
    assert reading.entities.apogee_codes == ["RCAED334"] and reading.symptom == "not_enrolled"


def test_baseline_keeps_the_contract():
    reading = baseline.read(mail("Bonjour, je ne suis pas inscrit au cours RCAED334, 22004512"))
    assert reading.entities.apogee_codes == ["RCAED334"] and reading.symptom == "not_enrolled"


def test_nearest_codes_for_an_unknown_code():
    from triage.catalogue import Catalogue
    known = Catalogue.of(["RCAED334", "RCAED335", "HLAN201", "1CA153"])
    assert known.nearest("RCAED343")[0] in ("RCAED334", "RCAED335")
    assert known.nearest("1CA152") == ["1CA153"]
    assert "HLAN201" not in known.nearest("HLAN201")
    assert known.nearest("ZZZZ999") == []


@pytest.mark.parametrize("body, expected", [
    # A pasted table: the header names the INE column, the rows hold number, INE and names.
    ("Voici la liste :\n\nN° étudiant\tINE\tNom\tPrénom\tGroupe\n25003321\t0903045712K\tANDRÉ\t"
     "Mathis\tTD2\n25004980\t091204587HJ\tBENOÎT\tSarah\tTD2\n", ["25003321", "25004980"]),
    # A list of people, names ending in -ine, -aine (never read as « INE »).
    ("- Camille Durand, 23017742\n- Pauline Oger, 22506318\n- Maëlys Fontaine, 24019942\n",
     ["23017742", "22506318", "24019942"]),
    ("Quentin Robine, n° 24510322", ["24510322"]),
    ("Mon numéro étudiant : 25091560. Mon portable : 07 68 21 45 90.", ["25091560"]),
    ("Lucas (25092036)", ["25092036"]),                       # not the date 25/09/2036
    ("mon ancien numéro de dossier Parcoursup : 24107735", []),
])
def test_student_numbers_in_tables_and_lists_of_people(body, expected):
    assert numbers(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("L'UE libre « Biologie » (SBIO 215) n'a pas d'espace", ["SBIO215"]),
    ("plusieurs cours :\n– HPSY211 Psychologie sociale\n– HPSY 214 Psychologie clinique",
     ["HPSY211", "HPSY214"]),
    ("réinscrite en étape 3HISTO-701 le 27 janvier", ["3HISTO"]),
    ("le cours GG 3201B et la promo fait 120 étudiants", ["GG3201B"]),
    ("changés de groupe dans Apogée le 10 octobre", []),
    ("le code SINF4O2 je crois", ["SINF402"]),
    ("il est dans BGE3RO5, enfin BGE3R05", ["BGE3R05"]),
    # a dot left out in one spelling, written in the other: one code; none at all: two
    ("mon cours L2.HA05 « (L.2.HA05) Art roman » a disparu", ["L.2.HA05"]),
    ("l'ancien L2HA05 devenu L.2.HA05", ["L2HA05", "L.2.HA05"]),
    ("Niveaux L1-L2-L3 et cours SINF305", ["SINF305"]),
])
def test_codes_of_schemes_no_rule_lists(body, expected):
    assert codes(body) == expected


@pytest.mark.parametrize("body, expected", [
    # A code split by a stray space after its own digits (a level or a year prefix).
    ("trois étudiants sont passés du groupe DL1 TD04 au groupe DL1TD07", ["DL1TD04", "DL1TD07"]),
    ("ni dans le cours d'athlétisme STL2 ATH3.", ["STL2ATH3"]),
    ("inscrite en L1 AES, TD2 lundi", []),                     # a level, a group and a day
    ("Étape Libellé\n2HISTA L2 Histoire de l'art\n2HISTB L2 Archéologie",   # an étape, its level
     ["2HISTA", "2HISTB"]),
    # SMS style: nothing is in capitals, codes neither.
    ("pas inscrit en tant qu'enseignant sur psm1e03, merci", ["PSM1E03"]),
    ("jsuis pas inscrit en physio de l effort sta3.12b sur ecampus", ["STA3.12B"]),
    # An O after a digit and a dot is a zero; a time range is not a code.
    ("mon cours de Gestion comptable (GEAR1.O3)", ["GEAR1.03"]),
    ("l'épreuve en ligne de SINF305 (10h-11h)", ["SINF305"]),
    # A code written without the dot its groups carry gets it back.
    ("Dans mon cours M1HRP9C, les étudiants du groupe M.1HRP9CEM au lieu de M.1HRP9CTD",
     ["M.1HRP9C", "M.1HRP9CEM", "M.1HRP9CTD"]),
    # One code written with and without its dot is one code; an old code and its successor
    # (the mail says so) are two.
    ("Pas dans l'espace BIO3UE2 (Génétique) alors que mon IP en BIO3.UE2 est faite",
     ["BIO3.UE2"]),
    ("l'ancien code BIO3UE2 a été renommé BIO3.UE2 à la rentrée", ["BIO3UE2", "BIO3.UE2"]),
    # A dash left out where the mail's other codes, numbered alike, write it.
    ("cours invisibles : CH-L2-03, CH-L2-05 et CHL2-04", ["CH-L2-03", "CH-L2-05", "CH-L2-04"]),
    ("cours invisibles : CH-L2-03, CH-L2.05 et CHL2-04", ["CH-L2-03", "CH-L2.05", "CHL2-04"]),
    # An O where two codes of the same shape in the mail number: a zero; one sibling is too few.
    ("groupes : ALL2-G12, ITA1-G04 et ESP3-GO7", ["ALL2-G12", "ITA1-G04", "ESP3-G07"]),
    ("groupes : ITA1-G04 et ESP3-GO7", ["ITA1-G04", "ESP3-GO7"]),
    # The étape of groups whose part only starts like its last letter: nothing is restored.
    ("étape 2LGEOT, groupes 2LGEO-TD1A et 2LGEO-TD2A", ["2LGEOT", "2LGEO-TD1A", "2LGEO-TD2A"]),
    # Same length, another scheme (an element and its group): nothing is restored.
    ("les groupes SAN2-ED04 et SAN2-ED06 du cours SAN2UE11", ["SAN2-ED04", "SAN2-ED06", "SAN2UE11"]),
])
def test_codes_as_people_alter_them(body, expected):
    assert codes(body) == expected


@pytest.mark.parametrize("body, expected", [
    # A code and a part split by a stray space, whatever the head's shape (round 4).
    ("je suis dans le groupe 1CA207 G1 alors que je suis en G2", ["1CA207G1"]),
    ("Cours ED558 S02 absent de mon tableau de bord.", ["ED558S02"]),
    ("ne voient pas mon cours PH2.UE 07 (Physiologie)", ["PH2.UE07"]),
    # ... never a code and an SMS word, a date and a time, a level and its year.
    ("g pas bin2r12 ds mon tablo de bord", ["BIN2R12"]),
    ("El jue, 25 sept 2025 a las 16:10, CEMU Assistance escribió:", []),
    ("Le cours EL3.FIN2 12 janvier", ["EL3.FIN2"]),
    # An option is a course; an old code beside its successor is two codes.
    ("Il manque Histoire du cinéma 2 (ASP2CIN1) et mon option musique amu1his1.",
     ["ASP2CIN1", "AMU1HIS1"]),
    ("mon cours (ancien code INFR204) est devenu « (INFR2.04) Réseaux »", ["INFR204", "INFR2.04"]),
    # A room with a number is no étape with its version (`SA-110` is not « SA »).
    ("l'examen est en SA-110, pas en 3HISTO-701", ["SA-110", "3HISTO"]),
])
def test_codes_split_and_the_words_around_them(body, expected):
    assert codes(body) == expected


@pytest.mark.parametrize("body, expected", [
    # A cue word and a number: a version of an étape, a UE's rank (« VET 102 », « UE 1 »).
    ("les étudiants de l'étape HL2GEO (VET 102) ne sont pas inscrits", ["HL2GEO"]),
    # A room named between the place word and its number.
    ("atelier Moodle en salle MRSH SR 179 jeudi, cours SINF305", ["SINF305"]),
    # A flight or a train, not a code.
    ("my flight is AF 1234 on Friday, course HLAN201 please", ["HLAN201"]),
    ("je prends le TER 53512 pour venir", []),
    # A name followed by a number read aloud in pairs (SMS style): a number, not a code.
    ("chui pas ds le bon grp tp\nemma leroy 22 01 45 67", []),
])
def test_what_a_word_and_a_number_are_not(body, expected):
    assert codes(body) == expected


def test_a_quoted_message_quoting_another_is_read_past_its_signature():
    """« > Cordialement, > L'équipe » then « > Le … a écrit : >> … »: the deeper quote is read."""
    quoted = ("Le 10/11/2025 à 16:03, CEMU Assistance a écrit :\n> Bonjour,\n> Nous avons relancé.\n"
              "> Cordialement,\n> L'équipe CEMU\n>\n> Le 07/11/2025 à 09:15, O. Lemaître a écrit :\n"
              ">> Bonjour, deux étudiants de DFGSM2 ne sont pas dans mon cours SAN2UE11.\n")
    body = "Bonjour, toujours rien.\n\n" + quoted
    reading = read(mail(body, new_text="Bonjour, toujours rien.\n", quoted_text=quoted))
    assert reading.entities.apogee_codes == ["DFGSM2", "SAN2UE11"]


@pytest.mark.parametrize("body, expected", [
    # A student's signature in cells: the number beside the name and the phone.
    ("Bonsoir, je ne trouve pas mon cours.\n\nBonne soirée\n\n--\n"
     "Lucas M. | 25110291 | BUT GEA 1A gr. B | 06 12 48 73 09\n", ["25110291"]),
    # A contract reference in an outside lecturer's signature is not a student number.
    ("Bonjour, mes étudiants ne sont pas inscrits.\n\nBien à vous,\n\nOlivier B.\n"
     "Tél. 02 31 29 47 60\nRéf. contrat vacation : 24100387\n", []),
    # Spaced pairs in a signature are a phone's, unless a cue says whose number it is.
    ("Bonjour, mon cours n'apparaît plus.\n\nCordialement,\nInès Caradec\nL1 Psycho – TD 3\n"
     "N° étudiant : 25 04 71 12\n", ["25047112"]),
    ("Hello, my course is gone.\n\nKind regards,\nJonas Berger\nExchange student, student ID "
     "25 4471 09\n", ["25447109"]),
    ("Bonjour, mon cours n'apparaît plus.\n\nCordialement,\nInès Caradec\n25 04 71 12\n", []),
])
def test_student_numbers_in_signatures(body, expected):
    assert numbers(body) == expected


@pytest.mark.parametrize("body, expected", [
    # A number whose digits also spell a date (22/01/1987) is a student's at the end of her mail;
    # the same digits after a date's cue are a birth date.
    ("Bonjour, je ne suis pas inscrit à l'UE d'analyse.\nNathan Colin\n22011987\n", ["22011987"]),
    ("Je ne vois pas mes cours.\nValentin M.\nL3 Informatique — 23021950\n", ["23021950"]),
    ("Ma fille, née le 22011987, n'a pas accès au cours.", []),
    ("date de naissance : 23021950", []),
    # A cue of another number ends with its sentence: the number after it is the student's.
    ("J'ai bien l'UE sur mon contrat. 23014401", ["23014401"]),
    ("Ma commande est arrivée ! 24113055 est mon numéro", ["24113055"]),
    # … but an abbreviated cue's own dot does not end it.
    ("réf. 24100387 à rappeler", []), ("ticket n°. 24100387", []),
])
def test_a_number_that_spells_a_date_or_follows_another_numbers_sentence(body, expected):
    assert numbers(body) == expected


def _written_texts() -> list[str]:
    """Every part of every blind-written mail, as the reader sees it."""
    from pathlib import Path

    from triage import extractors as reader
    from triage.extractors.evaluation import load
    from triage.mail.parse import parse_mail
    written = Path(__file__).parent / "corpus" / "written"
    return [text for folder in sorted(written.iterdir()) if (folder / "gold.json").is_file()
            for sample in load(folder) for _, text in reader._fields(parse_mail(sample.raw))]


def test_the_cue_trie_finds_what_spacys_phrase_matcher_finds():
    """Speed (round 4): cues are matched by walking a trie over the words instead of building a
    second spaCy Doc for the PhraseMatcher; on every written mail, the same matches in the same
    order, concepts sharing a phrase included."""
    from spacy.tokens import Doc

    from triage.extractors import symptom
    nlp, matcher = symptom._pipeline()
    compared = 0
    for text in _written_texts():
        words = symptom.read_text(text).norms
        if words:
            expected = [(nlp.vocab.strings[m], s, e) for m, s, e in matcher(Doc(nlp.vocab, words=words))]
            assert symptom._phrase_matches(words) == expected
            compared += bool(expected)
    assert compared > 500
    shared = ["au", "lieu", "de"]                     # WRONG and IN_TWO share this phrase
    assert [c for c, _, _ in symptom._phrase_matches(shared)] == \
        [nlp.vocab.strings[m] for m, _, _ in matcher(Doc(nlp.vocab, words=shared))]


def test_the_hints_never_hide_a_match():
    """Speed (round 4): a pattern is run only when a cheaper scan finds what each of its matches
    holds; on every written mail and on edge cases, the matches are those of the pattern alone."""
    from triage.extractors import identifiers as ids
    from triage.extractors import parts
    pairs = [(ids._NUMBER, ids._NUMBER_HINT),
             (ids._WRAPPED_NUMBER, ids._WRAPPED_HINT), (ids._URL, ids._URL_HINT),
             (ids._EMAIL, ids._EMAIL_HINT), (ids._COURSE_MENTION, ids._COURSE_HINT),
             (ids._RUN, ids._RUN_HINT)]
    edge = ["ID : 4512", "course id=58014", "WWW.unicaen.fr", "ecampus.UNICAEN.FR/x", "n° 22 00 31 36",
            "2200 3136", "n° 23\u202f016\u202f112", "22\u00a000\u00a031\u00a036", "2200\u00a03136", "22004\n512", "24-05-88-12", "22 0 77 831", "a@b.fr", "Tél. (0)2 31", "CEDEX 9", "Bât. B", "HORAIRES :",
            "Erreur : la page", "DATABASE CONNECTION FAILED", "does not know the destination"]
    texts = _written_texts() + edge
    for pattern, hint in pairs:
        for text in texts:
            assert [m.span() for m in ids._scan(pattern, hint, text)] == \
                [m.span() for m in pattern.finditer(text)], (pattern.pattern, text[:80])
    for text in texts:
        assert ids.find_errors(text, "new") == [
            s for s in _errors_without_hint(ids, text)], text[:80]
        for line in text.splitlines(keepends=True):
            assert not parts._CONTACT.search(line) or parts._CONTACT_HINT.search(line), line
        regs = parts.regions(text)                # text_of's shortcut (all kept) and blanking
        for kinds in ((parts.BODY,), (parts.QUOTED,), (), (parts.BODY, parts.QUOTED,
                                                           parts.SIGNATURE, parts.CONTACT)):
            assert parts.text_of(text, regs, kinds) == "".join(
                text[r.start:r.end] if r.kind in kinds else parts._blank(text[r.start:r.end])
                for r in regs)


def _errors_without_hint(ids, text: str) -> list:
    spans = []
    for rx, canonical in ids._ERRORS:
        spans += [ids.Span("error", canonical, m.group(), "new", m.start(), m.end())
                  for m in rx.finditer(text)]
    for m in ids._ERROR_LINE.finditer(text):
        if not any(s.start <= m.start(1) < s.end for s in spans):
            spans.append(ids.Span("error", m.group(1), m.group(1), "new", m.start(1), m.end(1)))
    return spans


def test_code_hints_never_hide_a_match():
    """Speed (round 10): a room's and a slot's patterns, the conference words and the « code
    complet » phrases are searched only where the characters they need stand; on the look-behind
    of every candidate of every written mail and on edge cases (case folding: « ſymposium »,
    capitals, a last newline), the answers are those of the patterns alone."""
    from triage.extractors import code_context, codes, mail_codes
    texts = _written_texts() + [
        "jeudi 10h-12h en SA-110", "14h00–16h00 MRSH SH 027", "10h - 12h (hors SH 027 et SA-110",
        "salles IUT-A201 et IUT-A203", "salle B12, B13, ", "IUT-A201 ou \n", "IUT-A201, \n",
        "ſymposium 2026 (SYMP-26)", "CALL FOR PAPERS ICEEL2026", "Congrès CONGR-12", "colloquium",
        "WORKSHOPS", "la CONFÉRENCE ICLC-11", "le CODE COMPLET est ECO-S5EC", "the Full Code"]
    for text in texts:
        assert mail_codes._might_name_event(text) or not mail_codes._EVENT.search(text), text[:80]
        assert "code" in text.lower() or not mail_codes._COMPLETE_FORM.search(text), text[:80]
        ends = [m.start() for m in codes._MIXED.finditer(text)] + [len(text)]
        for end in ends:
            before = code_context.line_before(text, end)
            assert code_context._is_place(before) == _is_place_without_hints(code_context, before), \
                before


def _is_place_without_hints(context, before: str) -> bool:
    if context._SLOT.search(before):
        return True
    listed = context._LISTED.search(before)
    if not listed:
        return False
    head = before[:listed.start()]
    words = context.WORD.findall(head)
    return bool(context._SLOT.search(head) or any(w in context._PLACE_CUES for w in words[-3:])
                or words and words[-1] in context._WHEN
                and any(context.CLOCK.match(w) for w in context.WORD.findall(listed.group())[:1]))


def test_line_breaks_written_as_carriage_returns_split_the_same_words():
    """Speed (round 7): read_text tokenizes with "\\n" written as "\\r" so that spaCy keeps caching
    words after a line break (a special case to it); on every written mail and on edge cases,
    the words and their offsets are those of the text as it is."""
    from spacy.attrs import IDX, LENGTH

    from triage.extractors import symptom
    from triage.extractors.normalize import fold
    nlp = symptom._pipeline()[0]
    edge = ["Est-ce\nn° 2\n\nM. Dupont", "aujourd'hui\n ci-dessous\t\n\xa0\nl'ENT", "\n\n\r\nfin.\n",
            "oct.\n(cf.\nnov.)", " \n \n"]
    for text in _written_texts() + edge:
        text = text[:symptom._MAX_CHARS]
        words = [(i, n) for i, n in nlp.make_doc(fold(text)).to_array([IDX, LENGTH]).tolist()
                 if not text[i:i + n].isspace() and symptom._norm(text[i:i + n]) not in symptom._SKIP]
        reading = symptom.read_text(text)
        assert list(zip(reading.starts, map(len, reading.surfaces))) == words, text[:80]


def test_a_long_line_is_searched_for_contact_details_only_near_its_start():
    """Speed (round 7): a line of 80 characters or more is a contact line only when a cue starts
    within 15 characters of its text, and is now searched only there; on every written line and
    on edge cases, the decision is the one of the whole search."""
    from triage.extractors import parts

    def whole_search(line: str) -> bool:
        contact = parts._CONTACT.search(line)
        return bool(contact) and (len(line) < 80 or
                                  contact.start() - (len(line) - len(line.lstrip())) < 15)
    tail = " et je vous remercie de votre aide pour ce problème de connexion à l'ENT" * 2
    edge = [pad + cue + tail for pad in ("", "   ", "\t\u00a0 ", "ab " * 4 + "c ", "ab " * 5, " ab" * 5)
            for cue in ("Tél. : 02 31 56 00 00", "14032 Caen", "=14032 Caen", "+33 2 31", "bureau B12",
                        "Bât. S", "CS 14032", "horaires : 9h")]
    lines = [ln for text in _written_texts() for ln in text.splitlines(keepends=True)]
    assert sum(len(ln) >= 80 and bool(parts._CONTACT.search(ln)) for ln in lines) > 20
    assert {whole_search(ln) for ln in edge} == {True, False}
    for line in lines + edge + [ln[:79] for ln in edge]:
        assert parts._is_contact(line, line.lstrip()) == whole_search(line), line


def test_a_code_written_after_its_scheme_prefix_drops_its_short_name():
    """A BUT's resource named by its number (« la ressource R2.03 ») beside its full code
    (SGMR2.03): the number is the code's short name, not a code of its own; alone, it is no
    code either (round 14: 69 in the written sets, never a gold code; `test_not_codes`)."""
    assert codes("Les étudiants sont inscrits à l'élément SGMR2.03 mais la ressource R2.03 "
                 "(Mécanique) leur reste fermée.") == ["SGMR2.03"]
    assert codes("le cours R2.03 (Mécanique) reste fermé aux étudiants") == []
    # a code that merely shares its end with another one after digits is kept; after a year's
    # digit alone it is that code with its year left out (round 23: « GEO311 » beside 2GEO-311,
    # « STA204 » beside 3-STA204, two writers, none counting both)
    assert codes("les cours 12HIS301 et HIS301 sont vides") == ["12HIS301", "HIS301"]
    assert codes("les cours 2HIS301 et HIS301 sont vides") == ["2HIS301"]
    # the long code written without the dot its short name carries
    assert codes("Inscrits dans l'élément SGMR203 mais pas dans la ressource R2.03 (Mécanique).") \
        == ["SGMR203"]


def test_a_code_listed_without_the_prefix_its_siblings_carry_gets_it():
    """« M1M05 » in a list where two codes or more write the same letters before codes that
    differ from it by their last number alone (IAEM1M01, IAEM1M02) is IAEM1M05; beside one
    such code only, or one with another shape, it stays as written."""
    assert codes("Cours du M1 : IAEM1M01, IAEM1M02, IAEM1M03 et M1M05 (Marketing).") == [
        "IAEM1M01", "IAEM1M02", "IAEM1M03", "IAEM1M05"]
    assert codes("Cours : IAEM1M01 et M1M05 (Marketing).") == ["IAEM1M01", "M1M05"]
    assert codes("Cours : IAEM1M01, IAEM1M02 et M1C05 (Comptabilité).") == [
        "IAEM1M01", "IAEM1M02", "M1C05"]


def test_a_level_split_off_a_code_of_letters_joins_it_beside_a_sibling():
    """« CL-ESP B2 » in a mail that writes CL-ESPB1 is that scheme's code with its level typed
    apart; alone, letters and a level are read as nothing (a name, a paper size)."""
    assert codes("Je suis inscrite dans CL-ESPB1 mais pas dans CL-ESP B2, merci.") == [
        "CL-ESPB1", "CL-ESPB2"]
    assert codes("Je suis en CL-ESP B2 merci") == []
    assert codes("Mme LEROY-MARTIN imprime en A4") == []


def test_a_department_prefix_before_a_resource_number_is_one_code():
    """« (TCO R2.05) »: a department's prefix in capitals, then a resource's letter and its
    number, is one code even alone in the mail; a version or a section after a word is not."""
    assert codes("Je suis vacataire pour la ressource « Fiscalité » (TCO R2.05), 20 h de TD.") == [
        "TCOR2.05"]
    assert codes("voir la partie B2.1 du sujet, sous Moodle 4.1, section A1.2") == []
    assert codes("conforme WCAG A2.1 et ISO R1.2") == []


def test_a_word_processors_dash_inside_a_code_is_its_dash():
    """« SOC4–TD12 », « PSY‑305 »: an en dash or a non-breaking hyphen typed inside a code
    (a word processor's autocorrection) is the code's dash; spaced around, it parts a code
    from its title."""
    assert codes("Les cours manquants :\n- SOC4\u2013TD12 Sociologie\n- PSY\u2011305 Cognition"
                 ) == ["SOC4-TD12", "PSY-305"]
    assert codes("le cours HBIO201 \u2013 Biologie animale") == ["HBIO201"]


def test_a_whole_code_then_a_word_of_capitals_is_a_code_and_its_title():
    """« MKT204 CRM avancé »: a code complete on its own (two digits end it) followed by a word
    of capitals is a code and its title, not one code split by a space (« DL1 CST » is)."""
    assert codes("Pas d'accès au cours :\n- MKT204 CRM avancé\n- S2FIN11 IFRS en pratique") == [
        "MKT204", "S2FIN11"]
    assert codes("mon cours DL1 CST n'apparaît pas") == ["DL1CST"]


def test_a_semester_parted_from_its_code_by_a_spaced_dash():
    """« S2 - BIO07 Génétique »: a semester, a spaced dash, then the code, is one code keeping
    its dash (`S2-BIO07`), not the code alone; a catalogue that knows the code alone keeps it
    alone (the semester is then a heading)."""
    from triage.catalogue import Catalogue
    body = "Il me manque S2-CHI03 Chimie et S2 - BIO07 Génétique sur mon tableau de bord."
    assert codes(body) == ["S2-CHI03", "S2-BIO07"]
    known = Catalogue.of(["S2-CHI03", "S2-BIO07"])
    assert read(mail(body), catalogue=known).entities.apogee_codes == ["S2-CHI03", "S2-BIO07"]
    alone = Catalogue.of(["S2-CHI03", "BIO07"])
    assert read(mail(body), catalogue=alone).entities.apogee_codes == ["S2-CHI03", "BIO07"]


def test_codes_in_the_cells_of_an_html_table_column_of_codes():
    """A pasted table whose text version glues the cells together (« GEO2.CARTCartographie
    41207… »): the HTML cells of the column headed « Code Apogée » part the codes; a column of
    another heading (a room) gives none."""
    html = ("<p>Cours invisibles :</p><table><tr><th>Code Apogée</th><th>Intitulé</th>"
            "<th>Salle</th></tr><tr><td>GEO2.CART</td><td>Cartographie</td><td>SA-112</td></tr>"
            "<tr><td>GEO2.SIG1</td><td>SIG</td><td>SA-114</td></tr></table>")
    text = "Cours invisibles :\nCode ApogéeIntituléSalleGEO2.CARTCartographieSA-112GEO2.SIG1SIGSA-114"
    reading = read(mail(text, html=html))
    assert reading.entities.apogee_codes == ["GEO2.CART", "GEO2.SIG1"]
    assert {s.part for s in reading.entities.spans if s.kind == "apogee_code"} == {"html"}
    assert [html[s.start:s.end] for s in reading.entities.spans] == ["GEO2.CART", "GEO2.SIG1"]


def test_an_events_name_is_no_code():
    """« je serai au colloque de Lyon (SFHM-24) » and, anywhere else in that mail, SFHM-24: a
    conference's name; a lecturer's title (« maître de conférences ») is no event, and a
    course cited after the event's word is still a course; a format's placeholder
    (« ID : ECTEL25-XXXX ») is no code."""
    body = ("Bonjour, je serai au colloque de Lyon (SFHM-24) jusqu'au 12 mai.\n"
            "Le programme de SFHM-24 est joint. Pour le cours HHIS204, voir le secrétariat.")
    assert codes(body) == ["HHIS204"]
    assert codes("Call for papers: submit before May. Submission ID: ECTEL25-XXXX") == []
    assert codes("Maîtresse de conférences à Rouen, j'assure le cours LEA.DE41 cette année"
                 ) == ["LEA.DE41"]
    assert codes("Après la conférence d'ouverture, le cours HLAN201 n'apparaît plus") == [
        "HLAN201"]


def test_a_course_id_given_as_the_courses_number_in_words():
    """« l'espace de HGEO204 (cours numéro 51207) », « course no. 48812 »: the course's id;
    « le cours n° 3 du semestre » is a lecture's rank, « ticket n° 5287 » no course."""
    def course_ids(body: str) -> list[int]:
        return read(mail(body)).entities.course_ids
    assert course_ids("Même souci pour HGEO204 (cours numéro 51207) depuis lundi.") == [51207]
    assert course_ids("I cannot open course no. 48812 since Monday.") == [48812]
    assert course_ids("Le cours n° 3 du semestre a été déplacé ; ticket n° 5287.") == []


def test_a_code_cut_short_beside_the_complete_form_the_mail_gives():
    """« (GEO-L3, le code complet est GEO-L3CA) »: the short spelling is that code; without the
    mail saying so, an étape beside its element stays two codes (`HPSY215`, `HPSY215TD`); the
    catalogue keeps a short code it knows."""
    from triage.catalogue import Catalogue
    body = ("Je ne trouve pas l'espace de cartographie (GEO-L3, le code complet est GEO-L3CA "
            "je crois) ; il était là l'an dernier.")
    assert codes(body) == ["GEO-L3CA"]
    assert codes("Le cours HPSY215 et son groupe HPSY215TD ont disparu.") == ["HPSY215",
                                                                             "HPSY215TD"]
    known = Catalogue.of(["GEO-L3", "GEO-L3CA"])
    assert read(mail(body), catalogue=known).entities.apogee_codes == ["GEO-L3", "GEO-L3CA"]


def test_a_dash_slipped_into_a_list_of_codes_written_without_one():
    """« LR2-HMOD3 » among LR2HCON1, LR2HMED2, LR2HFIL4: the dash is a slip; a group beside
    its scheme's elements (`BIO2-TD04` beside BIO2UE11, BIO2UE12) and an element with a dot
    beside groups with a dash keep theirs."""
    body = "Aucun accès à :\n- LR2HCON1\n- LR2HMED2\n- LR2-HMOD3\n- LR2HFIL4"
    assert codes(body) == ["LR2HCON1", "LR2HMED2", "LR2HMOD3", "LR2HFIL4"]
    assert codes("Les cours BIO2UE11, BIO2UE12 et le groupe BIO2-TD04") == [
        "BIO2UE11", "BIO2UE12", "BIO2-TD04"]
    assert codes("Les groupes KI4-TP08, KI4-TP12 de l'élément KI4.UE15") == [
        "KI4-TP08", "KI4-TP12", "KI4.UE15"]


def test_a_resource_number_beside_its_code_with_the_years_digit():
    """« la ressource R2.05 (code Apogée MMI1R205) »: the BUT's resource number is the short
    name of the code, prefixed with its department and year."""
    assert codes("Je suis responsable de la ressource R2.05 (code Apogée MMI1R205) en BUT MMI"
                 ) == ["MMI1R205"]


def test_a_word_then_a_time_is_no_code_split_by_a_space():
    """« jai un devoir a rendre avt 12h », « dispo vers 8h30 »: a word and a time, not a code
    split by a space (« hlan 201 » is one)."""
    assert codes("jvois plus le cour hlan201 jai un devoir a rendre avt 12h svp") == ["HLAN201"]
    assert codes("je suis dispo vers 8h30 pour le cours hesp 201") == ["HESP201"]


def test_an_i_and_an_o_typed_for_digits_in_one_code_beside_its_siblings():
    """« LCI.ANO4 » beside LC1.AN02, LC1.HI03, LC2.ESP1: an I for the year's 1 and an O for the
    number's 0 in one code; the siblings' shape, most with digits there, gives both back. A
    code whose siblings have letters there keeps its own (« KR3TIO1 » beside KR3TIO2…)."""
    assert codes("Je reçois encore les notifications de LC1.AN02, LC1.HI03, LC2.ESP1, LCI.ANO4"
                 ) == ["LC1.AN02", "LC1.HI03", "LC2.ESP1", "LC1.AN04"]
    assert codes("les cours KR3TIO2, KR3TIO3 et KR3TIO1 sont vides") == [
        "KR3TIO2", "KR3TIO3", "KR3TIO1"]


def test_the_meef_masters_year_is_no_code():
    """« les séances du MEEF1 site de Saint-Lô »: the master's year, as « M1 » or « L2 »; its
    étapes carry a letter more (`MEEF1P`), and a catalogue that knows the word keeps it."""
    from triage.catalogue import Catalogue
    body = "Je fais les séances du MEEF1 site de Saint-Lô, étape MEEF1P, cours ME1.PE07."
    assert codes(body) == ["MEEF1P", "ME1.PE07"]
    known = Catalogue.of(["MEEF1", "MEEF1P", "ME1.PE07"])
    assert read(mail(body), catalogue=known).entities.apogee_codes == ["MEEF1", "MEEF1P", "ME1.PE07"]


def test_a_room_after_the_humanities_building():
    """« MCF de sociologie - MRSH, SR-114 »: the building, then its room, never a code."""
    assert codes("Je n'ai pas accès à HSOC302.\n\nMCF de sociologie - MRSH, SR-114") == ["HSOC302"]


def test_codes_in_the_names_of_attachments():
    """« capture_GEO2-B07_participants.png », « absents_HSOC212.csv »: a code in an attached
    file's name is one the mail cites; a camera's numbering (« DSC01234.JPG »), a date or a
    version in a name (« liste_2025-10-02_v3.pdf ») is none."""
    from triage.model import Attachment
    def named(*names: str) -> list[str]:
        attached = [Attachment(filename=n, content_type="application/octet-stream", size=0)
                    for n in names]
        return read(mail("Ci-joint, merci.", attachments=attached)).entities.apogee_codes
    assert named("capture_GEO2-B07_participants.png", "absents_HSOC212.csv") == [
        "GEO2-B07", "HSOC212"]
    assert named("DSC01234.JPG", "IMG_4471.jpg", "liste_2025-10-02_v3.pdf",
                 "Capture d’écran 2025-10-20 121002.png") == []


def test_a_dot_two_siblings_write_comes_back_wherever_it_stands():
    """« M.1SOC2A, M1SOC3B, M.1SOC5C »: the dot after the level that two codes of the list
    write comes back to the one lacking it; one sibling alone gives back only a number's dot
    (« M1SOC3B » beside M.1SOC2A alone stays as written)."""
    assert codes("Cours invisibles :\nM.1SOC2A - Théorie\nM1SOC3B - Terrain\nm.1soc5c - Séminaire"
                 ) == ["M.1SOC2A", "M.1SOC3B", "M.1SOC5C"]
    assert codes("Cours invisibles : M.1SOC2A et M1SOC3B") == ["M.1SOC2A", "M1SOC3B"]


@pytest.mark.parametrize("url, expected", [
    # Moodle's course reports take the course as `id`
    ("https://ecampus.unicaen.fr/grade/report/grader/index.php?id=48213", [48213]),
    ("https://ecampus.unicaen.fr/grade/report/user/index.php?id=48214&userid=812", [48214]),
    ("https://ecampus.unicaen.fr/report/log/index.php?id=48215", [48215]),
    # an activity's page takes its course module, a profile its user: no course id
    ("https://ecampus.unicaen.fr/mod/assign/view.php?id=912345", []),
    ("https://ecampus.unicaen.fr/user/profile.php?id=8121", []),
    ("https://ecampus.unicaen.fr/grade/report/grader/lib.php?id=48216", []),
])
def test_course_reports_links_give_their_course(url, expected):
    body = f"Bonjour, le carnet de notes ne s'ouvre plus : {url} . Merci"
    assert read(mail(body)).entities.course_ids == expected


# A list pasted from a spreadsheet keeps its tabs, a phone on each row (a contact line to the
# reader of prose): the header says which column holds the students' numbers (writer BJ).
_PASTED_HEADER = "NOM\tPrénom\tN° étudiant\tINE\tNé(e) le\tPortable\tGroupe\n"
_PASTED_ROWS = ("BERTIN\tAnaïs\t22104417\t2104033321F\t14/03/2004\t06 21 43 65 87\tTD2\n"
                "COLIN\tYanis\t21907735\t1907112284C\t02/11/2003\t07 12 34 56 78\tTD3\n")


@pytest.mark.parametrize("body, expected", [
    ("Bonjour,\nvoici la liste :\n\n" + _PASTED_HEADER + _PASTED_ROWS + "\nMerci.",
     ["22104417", "21907735"]),
    # quoted in a reply: still the students the thread is about
    ("Voir plus bas.\n\n> " + _PASTED_HEADER + "> " + _PASTED_ROWS.replace("\n", "\n> ")[:-2],
     ["22104417", "21907735"]),
    # a column of tickets is not one of numbers; a postcode, a room, a phone neither
    ("Suivi :\n\nNOM\tTicket\tCode postal\tSalle\tPortable\nBERTIN\t27011845\t14000\tS3-118"
     "\t06 21 43 65 87\nCOLIN\t27011902\t14032\tS3-120\t07 12 34 56 78\n", []),
])
def test_student_numbers_in_pasted_spreadsheet_rows(body, expected):
    assert sorted(numbers(body)) == sorted(expected)


# An old number is still the person's (« Mon ancien numéro étudiant de 2019 : … », two files
# merged onto the old number): five writers count it; one said corrected is nobody's (writer BY).
@pytest.mark.parametrize("body, expected", [
    ("Il avait deux dossiers (ancien numéro 21704426 de 2017, nouveau numéro 22103318 créé à "
     "tort). Les dossiers ont été fusionnés sur le numéro 21704426.", ["21704426", "22103318"]),
    ("Her old student number 21906650 still works, the new one 22405513 does not.",
     ["21906650", "22405513"]),
    ("- 26014402 MARCHAND Lou (ancien numéro 26014420 corrigé)", ["26014402"]),
    ("22503318 (ancien numéro 22503381 erroné sur la liste)", ["22503318"]),
])
def test_an_old_number_counts_unless_said_mistaken(body, expected):
    assert sorted(numbers(body)) == sorted(expected)
