"""What a token that looks like an APOGÉE code is when it is not one: an INE, a time, an
ordinal, a quantity, a product or a version, a room's or a document's number, a format's
placeholder; and the common words that never head or end a code split by a space."""
from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS as _EN_STOP
from spacy.lang.fr.stop_words import STOP_WORDS as _FR_STOP

# What mixed tokens are when they are not codes.
NOT_CODE = re.compile(
    r"^(?:\d{9,10}[A-Z]{1,2}"                                  # INE
    r"|\d{1,2}H\d{0,2}(?:-\d{1,2}H\d{0,2})?|\d{1,2}:\d\d"       # times 14h30, 10h-11h
    r"|\d+(?:ER|ERE|EME|E|ND|NDE|RD|TH|ST|EMES?|IEME)"          # ordinals 1er, 2ème
    r"|\d+(?:MIN|MN|MO|GO|KO|TO|GB|MB|KB|TB|PX|PT|CM|MM|KM|KG|MG|ML|EUR|EUROS|ANS?|J|H|S|MS|HZ|GHZ|MHZ|P|K|X|G|BIS|TER)"
    r"|[LMSDPT]\d|[LM]\d[A-Z]?|S\d{1,2}|TD\d*[A-Z]?|TP\d*[A-Z]?|CM\d*|GR?\d{1,2}|GRP?\d{1,2}"
    r"|V\d+(?:\.\d+)*[A-Z]?|R\d|Q\d|U\d|A\d|B\d|C\d"           # versions, Q1, paper sizes, CEFR
    r"|(?:WINDOWS|WIN|COVID|ISO|UTF|IOS|ANDROID|MOODLE|IPHONE|GALAXY|OFFICE|EXCEL|PHP|HTML|RFC|MP"
    r"|SHA|MD|AES|RSA|IPV|USB|HDMI|WIFI|PIXEL|REDMI|MACOS|OSX|UBUNTU|FIREFOX|CHROME|EDGE|SAFARI"
    r"|PYTHON|JAVA|CSS|XBOX|GPT|CHATGPT|M|MS|H|IPAD|MACBOOK|THINKPAD|LENOVO|HP|DELL|ASUS"
    r"|SAMSUNG|HUAWEI|XIAOMI|OPPO|NOKIA|MOTO|TEAMS|ZOOM|WORD|POWERPOINT|LIBREOFFICE|ECAMPUS|CAS"
    r"|SALLE|AMPHI|PAGE|GLPI|TICKET|ARTICLE|NOTE|CEMU|DSI|UFR|IUT|PROMO|BAC|LICENCE|MASTER|DUT"
    r"|BUT|L|DU|DEUST|SEMESTRE|ANNEE|GROUPE|TOME|CHAPITRE|EXERCICE|EX|PARTIE|QUESTION|SEANCE"
    r"|SESSION|NIVEAU|LEVEL|PLAN|STEP|ETAPE|VERSION|CAEN|BAT|BATIMENT|BUREAU|ROOM|PORTE|TEL"
    r"|HTTPS?|SMTP|IMAP|POP|SSL|TLS|ESR"                     # a status, a browser's release
    r"|EUR|USD|GBP|CHF|CAD|AUD|JPY|CNY|INR|TVA|VAT)[-.]?\d+[A-Z]?"  # a price, a tax rate
    r"|\d+(?:[.\-]\d+)+(?:[A-Z]|ESR|LTS|RC\d?|BETA)?"    # 3.7.2, 2019-2020, 128.0esr
    r"|[LMS]\d(?:-[LMS]\d)+"                                     # L1-L2-L3
    r"|MEEF\d|MEEF20\d\d"        # the master's year (its étapes: MEEF2P, MEEF2S), a year's category
    r"|[A-HJ-NP-TV-Z]{2}-\d{3}-[A-HJ-NP-TV-Z]{2}"                 # number plates GH-512-KT
    r"|(?:INC|REQ|RITM|CHG|PRB|SCTASK|TASK)\d{6,}"   # a service desk's ticket (INC0012345)
    r"|RNCP\d{4,5}|RS\d{4}"      # France Compétences' registers: a training's certification
    r"|(?:[A-Z0-9]+-)*(?:PROD|PREPROD|PPROD|STAGING|RECETTE|SRV)(?:-[A-Z0-9]+)+"  # a server's name
    r"|ORA-\d{5}"                              # an Oracle error (REFER runs on Oracle)
    r"|SH-?\d{3}"        # a room of the humanities building (« MRSH, bureau SH 027 »)
    r"|PS[-.]?[1-5]"     # a games console (PS5); « PS5.02 », « PS502 » are a scheme's codes
    # a BUT's resource by its national name (« R1.05 », with its parcours « R4.A.10 »): the
    # department codes it its own way (BINF4A10, GE-R4A10); no writer counts the national one
    r"|R\d\.(?:[A-Z]\.)?\d\d"
    r"|[A-F0-9]{12,})$")                                         # hashes
# A format's placeholder (« ID format: WCET26-XXXX », « ref. 2025-XXX-12 »): no code yet.
PLACEHOLDER = re.compile(r"(?:^|[.\-\d])X{3,}(?:$|[.\-\d])")
# Words that, followed by a number, are dates, quantities or references, never a spaced code;
# and SMS spellings of function words, never a code's part (« bin2r12 ds mon tableau »).
COMMON_WORDS = frozenset(_FR_STOP | _EN_STOP | set("""janvier fevrier février mars avril mai juin juillet
    aout août septembre octobre novembre decembre décembre january february march april may june
    july august september october november december lundi mardi mercredi jeudi vendredi samedi
    dimanche date dates monday tuesday wednesday thursday friday saturday sunday page pages salle amphi
    bureau promo annee année semaine jour jours heure heures minutes mois an ans fois groupe
    groupes td tp cm module cours ligne poste piece pièce chambre article section version total
    code codes numero numéro apogee apogée ticket dossier environ plus moins sur sous the and
    for with from this that only about over than room office week day days year years hours
    level niveau note notes points point etudiants étudiants students inscrits places seance
    séance chapitre exercice question questions partie unite unité lot porte vol volume
    ds pr ac avc pq bcp tt tte ts jsp stp svp pb pbm qd qq dc cc slt bjr mrc mci grp grpe
    compte comptent comptait compter""".split()))
# A supplier's quote, order, invoice or offer (its word and a price, a tax, a company number or
# a discount): its references are products' (« 4 vidéoprojecteurs EPSON EB-L630U », « W1A53A
# HP LaserJet »); a course is cited there only after its cue word (« EC AGM2-AGE » in a
# lecturer's purchase order).
_TRADE_DOCUMENT = re.compile(r"\b(?:devis|factures?|bons? de commande|invoices?|quotations?|quotes?"
                             r"|pro ?forma|offres? sp[ée]ciales?|promotions?|profitez|special offers?"
                             r"|livraison (?:gratuite|offerte)|free (?:shipping|delivery))\b", re.IGNORECASE)
_TRADE_PRICE = re.compile(r"\b(?:HT|TTC|SIRET|prix unitaire|unit price|TVA|VAT)\b|\d[,.]\d\d ?€"
                          r"|€ ?\d|(?<![\w-])-\d{1,2} ?%")      # (a discount: « -30% »)


def is_trade_document(text: str) -> bool:
    """Whether `text` reads as a supplier's quote, order or invoice."""
    # (its words looked for first: a regex ignoring case scans a 1 MB mail slowly)
    lower = text.lower()
    if not any(piece in lower for piece in _TRADE_PIECES):
        return False
    return bool(_TRADE_PRICE.search(text)) and bool(_TRADE_DOCUMENT.search(text))


_TRADE_PIECES = ("devis", "factur", "commande", "invoice", "quot", "forma", "offre", "offer",
                 "promo", "profitez", "livraison", "shipping", "delivery")
