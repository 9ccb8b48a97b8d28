"""APOGÉE codes without a list of shapes: the catalogue first, then a scheme-free recogniser.

Each composante picks its own code scheme, so no list of shapes can be complete. A candidate is
any token mixing letters and digits (with `.`, `-`) of plausible length, or two such fragments
split by a stray space. With a catalogue (the codes REFER and Moodle know), a candidate it knows
is a code whatever its context: the catalogue outranks context. Any other candidate is scored
by its context (cue words before it, brackets, Moodle's « (CODE) Titre », list items, the
subject, upper case) and against what it is not (INE, rooms, times, products, versions, ticket
numbers, ordinals, levels); a plausible code unknown to REFER is still reported (a typo or an
archived code is a finding). Work is linear in the text: one regex pass, bounded look-behind.
"""
from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS as _EN_STOP
from spacy.lang.fr.stop_words import STOP_WORDS as _FR_STOP

from triage.catalogue import Catalogue, tolerant_key
from triage.extractors import labels
from triage.extractors.sibling_codes import SUCCESSION
from triage.extractors.identifiers import Ranges, table_cells, unique
from triage.model import Span

# A code-like token: alphanumeric runs joined by `.` or `-`, with at least a letter and a digit.
_MIXED = re.compile(r"(?<![\w@\\=?&%+])(?=[A-Za-z.\-]*\d)(?=[0-9.\-]*[A-Za-z])"
                    r"[A-Za-z0-9]+(?:[.\-][A-Za-z0-9]+)*(?![\w@]|[.\-]\w)")
# Two fragments split by one space, one of them holding a digit (`hlan 201`, `DL1 CST`); the
# second is a look-ahead so that « de hlan 201 » still tries `hlan` + `201`.
_PAIR = re.compile(r"(?<![\w@\\=?&%+.\-])(?=[A-Za-z.\-]*\d|[A-Za-z0-9.\-]* [A-Za-z.\-]*\d)"
                   r"([A-Za-z0-9][A-Za-z0-9.\-]{0,7})"
                   r"(?= ([A-Za-z0-9](?:[A-Za-z0-9]|[.\-](?=\w)){0,5})(?![\w@]|[.\-/]\w|:\d))")
# A code split in three: a head mixing letters and digits, letters, a number (`IF3 UE 44`).
_THREE_HEAD = re.compile(r"^(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z0-9]{2,5}$")
_THIRD = re.compile(r" (\d{1,3})(?![\w@]|[.\-/]\w|:\d| \d)")
_LETTER_END_HEAD = re.compile(r"^(?=[A-Za-z]*\d)[A-Za-z0-9]{3,6}[A-Za-z]$")
_TWO_DIGITS = re.compile(r"^\d\d$")
_COUNTED = re.compile(r" +(?:[ée]tudiant|inscrit|personne|place|student|participant|[ée]l[èe]ve"
                      r"|enseignant|formateur|intervenant|teacher|heure|hour|h\b|min)",
                      re.IGNORECASE)
# (digits, or a digit, a letter and two digits: « ARCH 5T08 », semester 5, block T, number 08)
_SPACED_TAIL = re.compile(r"^(?:\d{2,4}[A-Za-z]{0,2}|\d[A-Za-z]\d\d)$")
_SEMESTER = re.compile(r"^[Ss]\d$")
_SEMESTER_CODE = re.compile(r"^[A-Za-z]{2,5}\d{2,3}[A-Za-z]?$")
_SEMESTER_DASHED = re.compile(r"(?<![\w@.\-])([Ss]\d) [-\u2013] ([A-Za-z]{2,5}\d{2,3}[A-Za-z]?)"
                              r"(?![\w@]|[.\-]\w)")
_HEADED_TAIL = re.compile(r"^[A-Z]\d[.\-]\d\d$")
_LETTERED_HEAD = re.compile(r"^[A-Za-z]{1,4}[.\-][A-Za-z]{2,5}$")
_LEVEL_PART = re.compile(r"^[A-Za-z]\d$")
_DOTTED_TAIL = re.compile(r"^[A-Za-z]?\d[.\-]\d{1,3}$")
# A head mixing letters and digits (`DL1`, `G05`, `ED558`, `1CA207`), then a part (`TD04`, `SIG`,
# `S02`, `G1`); or a head ending in a dotted part then its number (`PH2.UE 07`).
_SPACED_HEAD = re.compile(r"^(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z0-9]{2,7}$")
_DOTTED_HEAD = re.compile(r"^(?=[A-Za-z]*\d)[A-Za-z0-9]{2,5}\.[A-Za-z]{1,3}$")
_NUMBER_PART = re.compile(r"^\d{2,3}$")
# A code complete on its own: five characters or more, two letters, two digits at its end.
_WHOLE = re.compile(r"^(?=(?:\d*[A-Za-z]){2})[A-Za-z0-9]{3,}\d\d$")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_SPACED_PART = re.compile(r"^(?:[A-Za-z]{2,4}\d{0,3}[A-Za-z]?|[A-Za-z]\d{1,2})$")
_LEVEL = re.compile(r"^[LMlm]\d$")
# Doctoral schools and research units, numbered nationally (« ED 556 », « EA 4256 »).
_RESEARCH_UNITS = frozenset("ED EA UMR UR UPR FRE USR".split())
# An étape written with its version (`3HISTO-701`): the code is the étape's.
# (an étape has 4 to 6 characters, a letter and a digit among them: `SA-110` is a room)
_VERSION = re.compile(r"^((?=[A-Z.]*\d)(?=[0-9.]*[A-Z])[A-Z0-9][A-Z0-9.]{3,5})-\d{3}$")
_LETTERS_JOINED = re.compile(r"(?<![\w@\\=?&%+.\-])[A-Za-z]{2,8}(?:[.\-][A-Za-z]{1,8})+(?![\w@]|[.\-]\w)")
# (a capital first, the boundary checked after it: the engine skips fast to capitals)
_CAPITALS = re.compile(r"[A-Z](?<![\w@\\=?&%+.\-][A-Z])[A-Z]{3,7}(?![\w@]|[.\-]\w)")
_CAPITALS_JOINED = re.compile(r"[A-Z](?<![\w@\\=?&%+.\-][A-Z])[A-Z]{1,7}(?:[.\-][A-Z]{1,8})+"
                              r"(?![\w@]|[.\-]\w)")
_TITLE_AFTER = re.compile(r" ?\((?:[^\W\d_]{3,}[ '’-]?)+\)")
_ORDINAL = re.compile(r"^\d{1,2}(?:e|er|re|ere|eme|ème|è|nd|nde|rd|st|th)$", re.IGNORECASE)
_ELP_GROUP = re.compile(r"\bELP_([A-Za-z0-9.\-]+?)_[A-Za-z0-9]{1,6}\b", re.IGNORECASE)
# (after a one-letter part or UE, only when digits end the code: `BTC1RO1`, never `3SO7B`;
# after a digit, ending the code or before its last letter: `ESP-1OB`)
_O_BETWEEN_DIGITS = re.compile(r"(?:(?<=\d)|(?<=\d[.\-]))[OI](?=\d)|(?<=\d)O(?=[A-Z]?$)"
                               r"|(?:(?<=\d[A-Z])|(?<=UE))O(?=\d+(?:$|[.\-]))")
_LETTER = re.compile(r"[A-Za-z]")
_CAPITALISED = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]")
# A product's or a name's case: a capital after a small letter (iPhone12, PowerPoint3) or a
# capitalised word (Windows10); a level typed before a code in small letters (`L1soc07a`) or a
# part in capitals after one in small letters (`an-1OA`) is a code typed carelessly.
_CAMEL = re.compile(r"[a-z][A-Z]|^[A-Z][a-z]")
_DIGIT = re.compile(r"\d")
_SEPARATORS = re.compile(r"[.\-]")
_SPACES = re.compile(r"\s+")
# (en dash, non-breaking hyphen, minus sign… between two letters or digits, no space around)
_TYPED_DASH = re.compile(r"(?<=[A-Za-z0-9])[\u2010\u2011\u2012\u2013\u2212](?=[A-Za-z0-9])")

# What mixed tokens are when they are not codes.
_NOT_CODE = re.compile(
    r"^(?:\d{9,10}[A-Z]{1,2}"                                  # INE
    r"|\d{1,2}H\d{0,2}(?:-\d{1,2}H\d{0,2})?|\d{1,2}:\d\d"       # times 14h30, 10h-11h
    r"|\d+(?:ER|ERE|EME|E|ND|NDE|RD|TH|ST|EMES?|IEME)"          # ordinals 1er, 2ème
    r"|\d+(?:MIN|MN|MO|GO|KO|TO|GB|MB|KB|TB|PX|PT|CM|MM|KM|KG|MG|ML|EUR|EUROS|ANS?|J|H|S|MS|HZ|GHZ|MHZ|P|K|X|G|BIS|TER)"
    r"|[LMSDPT]\d|[LM]\d[A-Z]?|S\d{1,2}|TD\d*[A-Z]?|TP\d*[A-Z]?|CM\d*|GR?\d{1,2}|GRP?\d{1,2}"
    r"|V\d+(?:\.\d+)*[A-Z]?|R\d|Q\d|U\d|A\d|B\d|C\d"           # versions, Q1, paper sizes, CEFR
    r"|(?:WINDOWS|WIN|COVID|ISO|UTF|IOS|ANDROID|MOODLE|IPHONE|GALAXY|OFFICE|EXCEL|PHP|HTML|RFC|MP"
    r"|SHA|MD|AES|RSA|IPV|USB|HDMI|WIFI|PIXEL|REDMI|MACOS|OSX|UBUNTU|FIREFOX|CHROME|EDGE|SAFARI"
    r"|PYTHON|JAVA|CSS|XBOX|PS|GPT|CHATGPT|M|MS|H|X|IPAD|MACBOOK|THINKPAD|LENOVO|HP|DELL|ASUS"
    r"|SAMSUNG|HUAWEI|XIAOMI|OPPO|NOKIA|MOTO|TEAMS|ZOOM|WORD|POWERPOINT|LIBREOFFICE|ECAMPUS|CAS"
    r"|SALLE|AMPHI|PAGE|GLPI|TICKET|ARTICLE|NOTE|CEMU|DSI|UFR|IUT|PROMO|BAC|LICENCE|MASTER|DUT"
    r"|BUT|L|DU|DEUST|SEMESTRE|ANNEE|GROUPE|TOME|CHAPITRE|EXERCICE|EX|PARTIE|QUESTION|SEANCE"
    r"|SESSION|NIVEAU|LEVEL|PLAN|STEP|ETAPE|VERSION|CAEN|BAT|BATIMENT|BUREAU|ROOM|PORTE|TEL"
    r"|HTTPS?|SMTP|IMAP|POP|SSL|TLS|ESR"                     # a status, a browser's release
    r"|EUR|USD|GBP|CHF|CAD|AUD|JPY|CNY|INR|TVA|VAT)[-.]?\d+[A-Z]?"  # a price, a tax rate
    r"|\d+(?:[.\-]\d+)+[A-Z]?"                                   # 3.7.2, 2019-2020
    r"|[LMS]\d(?:-[LMS]\d)+"                                     # L1-L2-L3
    r"|MEEF\d"                                 # the master's year (its étapes: MEEF2P, MEEF2S)
    r"|[A-HJ-NP-TV-Z]{2}-\d{3}-[A-HJ-NP-TV-Z]{2}"                 # number plates GH-512-KT
    r"|[A-F0-9]{12,})$")                                         # hashes
# A format's placeholder (« ID format: WCET26-XXXX », « ref. 2025-XXX-12 »): no code yet.
_PLACEHOLDER = re.compile(r"(?:^|[.\-\d])X{3,}(?:$|[.\-\d])")
# Words before a token that say "a code follows" (folded: lower case, no accents, no elision).
_CUES = frozenset("""code codes apogee elp elps ue ues ec ecs ecue cours cour course courses module
    modules matiere matieres element elements etape etapes enseignement enseignements diplome
    vet unit units idnumber intitule espace groupe groupes group groups class subject
    subjects vets libelle option options grp grpe""".split())
# Places and journeys: a word or two may come between them and the number (« salle MRSH SR
# 179 », « my flight is LO 3920 »); the campus's humanities building is always followed by a
# room (« MRSH, SH-211 »).
_PLACE_CUES = frozenset("""salle salles amphi amphitheatre bureau bat batiment room office local
    flight vol train ter tgv bus tram mrsh""".split())
# Words after which a token is a room, a ticket, a device or a document, not a code.
_NOT_CUES = _PLACE_CUES | frozenset("""bp cs cedex poste ticket incident glpi dossier ref reference
    commande facture demande version release modele model windows macos android ios iphone
    samsung galaxy ine siret iban immatriculation tel telephone fax portable mobile
    session sessions""".split())
# A number read aloud in groups goes on after the fragment (« martin 25 09 17 64 »: a phone or
# a student number, never a spaced code).
_MORE_DIGIT_GROUPS = re.compile(r"[ .\u00a0\u202f]\d")
# Codes that are not APOGÉE's: « code Erasmus E MADRID03 », « code d'accès », « code postal ».
_OTHER_CODES = frozenset("""erasmus postal wifi pin puk promo acces access confirmation verification
    activation securite security secret sms otp barre barres source erreur error iban bic swift
    pic oid institution etablissement parrainage reduction""".split())
# A day, a date or a time just before « en »: what follows is where it takes place, a room.
_WHEN = frozenset("""lundi mardi mercredi jeudi vendredi samedi dimanche demain aujourd hui
    janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre
    matin midi soir apres""".split())
_CLOCK = re.compile(r"^\d{1,2}h\d{0,2}$")
# A timetable's slot, then a word or two at most: what follows is its room (« 14h00-16h00
# MRSH SH 027 », « 10h-12h (hors SH 027 »), where one time alone may precede a course.
_LISTED = re.compile(r"[\w.\-]+(?: \d+)?,? (?:et|ou|and|or) $|[\w.\-]+(?: \d+)?, $")
_SLOT = re.compile(r"\d{1,2}h\d{0,2} ?[-–] ?\d{1,2}h\d{0,2}\W+(?:\w+\W+){0,2}$")
_LISTED_ENDS = (" et ", " ou ", " and ", " or ", ", ")
_PREPOSITIONS = frozenset("dans in de du d en for of et and ou or au aux a sur on ds pr".split())
_WORD = re.compile(r"[a-z0-9°]+")
_TYPICAL = re.compile(r"^(?:[A-Z]{2,6}\d{2,4}[A-Z]{0,2}|\d[A-Z]{2,6}\d{1,4}[A-Z]{0,2})$")
_BULLET_LINE = re.compile(r"(?:^|\n)[ \t>]*(?:[-*•·▪◦–—]|\d{1,2}[.)])?[ \t]*$")
# Words that, followed by a number, are dates, quantities or references, never a spaced code;
# and SMS spellings of function words, never a code's part (« bin2r12 ds mon tableau »).
_COMMON_WORDS = frozenset(_FR_STOP | _EN_STOP | set("""janvier fevrier février mars avril mai juin juillet
    aout août septembre octobre novembre decembre décembre january february march april may june
    july august september october november december lundi mardi mercredi jeudi vendredi samedi
    dimanche date dates monday tuesday wednesday thursday friday saturday sunday page pages salle amphi
    bureau promo annee année semaine jour jours heure heures minutes mois an ans fois groupe
    groupes td tp cm module cours ligne poste piece pièce chambre article section version total
    code codes numero numéro apogee apogée ticket dossier environ plus moins sur sous the and
    for with from this that only about over than room office week day days year years hours
    level niveau note notes points point etudiants étudiants students inscrits places seance
    séance chapitre exercice question questions partie unite unité lot porte
    ds pr ac avc pq bcp tt tte ts jsp stp svp pb pbm qd qq dc cc slt bjr mrc mci grp grpe""".split()))
_FOLD = str.maketrans("àâäáãéèêëíìîïóòôöõúùûüçÀÂÄÁÃÉÈÊËÍÌÎÏÓÒÔÖÕÚÙÛÜÇ",
                      "aaaaaeeeeiiiiooooouuuucAAAAAEEEEIIIIOOOOOUUUUC")
# A candidate needs this score (context and shape) to be reported without the catalogue's word.
THRESHOLD = 2.0
# With a catalogue, an unknown candidate must say more: the catalogue knows nearly every code.
UNKNOWN_THRESHOLD = 3.0
FOREIGN_PENALTY = 1.0
# A code without a digit must say more still.
LETTERS_ONLY_PENALTY = 2.0
_LOOK_BEHIND = 40
_LINE_AROUND = 120


def canonical(written: str) -> str:
    """Canonical form of a code read without catalogue: upper case, no spaces, and an O or I
    between two digits (or a digit and a dot) read as the digit it stands for (SINF4O2 is
    SINF402, GEAR1.O3 is GEAR1.03), and so is an O after a digit that ends the code or comes
    before its last letter (ESP-1OB is ESP-10B, PH2UE1O is PH2UE10); so is an O between a
    one-letter part and a digit or after
    UE, where codes number, when digits end the code or its part (BTC1RO1 is BTC1R01, SAN1UEO3
    is SAN1UE03; a word keeps its O: SBIO120, STL1SCO2, and so does a syllable going on after
    its digit: 3SO7B)."""
    upper = _SPACES.sub("", written).upper()
    return _O_BETWEEN_DIGITS.sub(lambda m: "0" if m.group() == "O" else "1", upper)


def find_codes(text: str, part: str, skip: list[tuple[int, int]],
               catalogue: Catalogue | None = None, near: list[Span] | None = None) -> list[Span]:
    """APOGÉE codes in `text` (a mail part named `part`), except inside `skip` ranges. Candidates
    one point short of the threshold go to `near` when given (see `same_scheme`); groups named
    by their short name alone are `group_names`' work."""
    spans: list[Span] = []
    groups: list[Span] = []
    taken: list[tuple[int, int]] = []
    # a word processor's dash inside a code is the code's own dash (« S3–APS07 »): one
    # character for one, offsets unchanged
    text = _TYPED_DASH.sub("-", text)
    for m in _ELP_GROUP.finditer(text):
        # ADE's pseudo-group of a whole element (an ADE group, not an APOGÉE one): its element,
        # and the group itself when the catalogue knows it (a known code outranks the rule).
        value = (catalogue.match(m.group(1)) if catalogue else None) or canonical(m.group(1))
        spans.append(Span("apogee_code", value, m.group(1), part, m.start(1), m.end(1)))
        if catalogue and m.group().upper() in catalogue:
            groups.append(Span("apogee_code", m.group().upper(), m.group(), part, m.start(),
                               m.end()))
        taken.append((m.start(), m.end()))
    lettered: list[re.Match] = []
    if catalogue:
        # Codes without a digit exist (`UCGE-CEMU`, the étape `DUMGT`): only the catalogue can
        # tell them from words, and one without a separator only as it stores it, in capitals.
        for m in _LETTERS_JOINED.finditer(text):
            if m.group().upper() in catalogue:
                spans.append(Span("apogee_code", m.group().upper(), m.group(), part, m.start(),
                                  m.end()))
                taken.append((m.start(), m.end()))
            elif (typed := _digit_typed_as_letter(m.group(), catalogue)):
                spans.append(Span("apogee_code", typed, m.group(), part, m.start(), m.end()))
                taken.append((m.start(), m.end()))
            else:
                lettered.append(m)
        for m in _CAPITALS.finditer(text):
            if m.group() in catalogue and m.group().lower() not in _COMMON_WORDS:
                spans.append(Span("apogee_code", m.group(), m.group(), part, m.start(), m.end()))
                taken.append((m.start(), m.end()))
    else:
        lettered = list(_CAPITALS_JOINED.finditer(text))
    skips = Ranges(skip + taken)
    tails: list[tuple[int, int]] = []
    for m in _SEMESTER_DASHED.finditer(text):
        if not skips.covers(m.start()) and (found := _semester_dashed(m, catalogue)):
            spans.append(Span("apogee_code", found, m.group(), part, m.start(), m.end()))
            tails.append((m.start(), m.end()))
    # A code split by a stray space first: its fragments are not codes on their own; so is one
    # split in three (« IF3 UE 44 »), known to the catalogue or one of a scheme of the mail.
    for m in _PAIR.finditer(text):
        if not skips.covers(m.start()):
            if _split_in_three(text, m, part, catalogue, spans, near):
                continue
            short: list[str] = []
            joined = _joined(text, m, part, catalogue, short)
            end = m.end(2)
            if joined:
                spans.append(Span("apogee_code", joined, text[m.start():end], part, m.start(), end))
                if _SEMESTER.match(m.group(1)):
                    tails.append((m.start(), end))     # « S5 STP22 »: STP22 is no code of its own
            elif short and near is not None:
                near.append(Span("apogee_code", short[0], text[m.start():end], part, m.start(), end))
    for m in lettered:
        if not skips.covers(m.start()):
            short = []
            found = _lettered(text, m, part, catalogue, short)
            if found:
                spans.append(Span("apogee_code", found, m.group(), part, m.start(), m.end()))
            elif short and near is not None:
                near.append(Span("apogee_code", short[0], m.group(), part, m.start(), m.end()))
    if tails:
        skips = Ranges(skip + taken + tails)
    for m in _MIXED.finditer(text):
        if not skips.covers(m.start()):
            short = []
            judged = _judge(text, m, part, catalogue, short)
            if judged:
                spans.append(Span("apogee_code", judged, m.group(), part, m.start(), m.end()))
            elif short and near is not None:
                near.append(Span("apogee_code", short[0], m.group(), part, m.start(), m.end()))
    return sorted(unique(spans) + groups, key=lambda s: s.start)


def table_codes(html: str, catalogue: Catalogue | None) -> list[Span]:
    """Codes alone in the cells of an HTML table column headed as codes (« Code », « Code
    Apogée », « ELP »): a text version may glue a row's cells together (« PH1.EPISÉpistémologie
    53301PH1.MORA… »), the cells still part them. Spans of part `html`."""
    spans: list[Span] = []
    for title, text, start, _ in table_cells(html):
        words = _WORD.findall(title.translate(_FOLD).lower())
        if not (words and words[0] in _CUES) or len(text) > 14 or " " in text.strip():
            continue
        at = html.find(text, start)
        for span in find_codes(f"{words[0]} {text}", "html", [], catalogue):
            offset = (at if at >= 0 else start) - len(words[0]) - 1
            spans.append(Span("apogee_code", span.value, span.text, "html",
                              span.start + offset, span.end + offset))
    return spans


def attachment_codes(names: list[str], catalogue: Catalogue | None) -> list[Span]:
    """Codes in attachments' names (« capture_MAT3-B12_participants.png »,
    « manquants_HPSY201.csv »): the name's words, parted by underscores, spaces and brackets,
    each read alone like a list item; a camera's or a scanner's numbering (`DSC01234`,
    `IMG4471`) is none. Spans of part `attachment`, offsets in that attachment's name."""
    spans: list[Span] = []
    for name in names:
        for m in _FILE_WORD.finditer(_EXTENSION.sub("", name)):
            if _DEVICE_NUMBERING.match(m.group()):
                continue
            for span in find_codes(m.group(), "attachment", [], catalogue):
                spans.append(Span("apogee_code", span.value, span.text, "attachment",
                                  m.start() + span.start, m.start() + span.end))
    return spans


_FILE_WORD = re.compile(r"[^\s_()\[\]{},;#]+")
_EXTENSION = re.compile(r"\.[A-Za-z0-9]{1,5}$")
_DEVICE_NUMBERING = re.compile(r"^(?:IMG|DSCN?|DSCF|PXL|VID|MVI|GOPR|DJI|SAM|WP|PANO|SCAN|SCN"
                               r"|PHOTO|IMAGE|SCREENSHOT|CAPTURE)-?\d", re.IGNORECASE)


def _semester_dashed(m: re.Match, catalogue: Catalogue | None) -> str | None:
    """« S1 - PHY02 »: a semester and its code parted by a spaced dash, the code's own dash
    (`S1-PHY02`); with a catalogue, only as it knows it, never a code it knows alone."""
    joined = f"{m.group(1)}-{m.group(2)}".upper()
    if catalogue is None:
        return canonical(joined) if m.group(2).isupper() else None
    found = catalogue.match(joined)
    return found if found and tolerant_key(found) == tolerant_key(joined) \
        and not catalogue.match(m.group(2)) else None


def _split_in_three(text: str, m: re.Match, part: str, catalogue: Catalogue | None,
                    spans: list[Span], near: list[Span] | None) -> bool:
    """A pair (`IF3 UE`) whose number follows (« IF3 UE 44 »): into `spans` when the catalogue
    knows the code (True: the pair is done), into `near` otherwise (see `same_scheme`)."""
    first, second = m.group(1), m.group(2)
    third = _THIRD.match(text, m.end(2))
    if not (third and _THREE_HEAD.match(first) and second.isalpha() and len(second) <= 3):
        return False
    joined = first + second + third.group(1)
    end = third.end(1)
    known = catalogue.match(joined) if catalogue else None
    if known and tolerant_key(known) == tolerant_key(joined):
        spans.append(Span("apogee_code", known, text[m.start():end], part, m.start(), end))
        return True
    if near is not None and (joined.isupper() or joined.islower()):
        near.append(Span("apogee_code", canonical(joined), text[m.start():end], part, m.start(),
                         end))
    return False


def _joined(text: str, m: re.Match, part: str, catalogue: Catalogue | None,
            short: list[str]) -> str | None:
    """The code two fragments split by a stray space stand for (`hlan 201`, `DL1 CST`)."""
    first, second = m.group(1), m.group(2)
    written = first + second
    if _ORDINAL.match(second) or _LEVEL.match(second) or _LEVEL.match(first) and second.isalpha():
        return None              # « MEEF 2e année », « L1 AES », « 1LEAAE L1 »: a level
    if _CLOCK.match(second) and not (catalogue and catalogue.match(written)):
        return None              # « avt 12h », « vers 8h30 »: a word and a time
    if catalogue:
        found = catalogue.match(written)
        if found and tolerant_key(found) == tolerant_key(written) \
                and not catalogue.match(second):
            return found                       # a code and its group: « 1CA207 G1 », « IFSI1 G4 »
        if catalogue.match(first) or catalogue.match(second):
            return None                        # each fragment is a code of its own
        if found:
            return found
        titled = labels.completed_by_title(written, text, m.start(), m.end(2), catalogue)
        if titled:
            return titled                      # « (ifi 21) » after its title
    if first.isdigit():
        return None              # « 02 31 56 », a phone's pairs: a number alone heads no split code
    if _LEVEL.match(first):
        return None              # « M2 INFO31 » is a code only where the catalogue knows it
    # « S1 MAT01 », « S5 STP21 »: a semester split off its code (every one in the written
    # sets, two writers, six mails); a code the catalogue knows alone stays alone (above)
    semester = bool(_SEMESTER.match(first) and _SEMESTER_CODE.match(second))
    # By context: letters then digits (`HESP 201`), never a common word and a
    # number; or a prefix ending in digits then a part (`DL1 TD04`, `STL2 ATH3`, `dl2 civ`),
    # never a level, a group or a semester on its own (`L1 AES`, `TD2 lundi`).
    # A number split off a head ending in a letter (« esix3m 12 ») is only ever one of a scheme
    # of the mail (`same_scheme`): alone it may be a count (« ESIX3M 12 inscrits »).
    # So is a dotted number after a word (« HGEO 5.09 » in a list beside HGEO5.02, « GEA
    # R1.06 » beside GEAR1.05): alone it may be a version or a section (« Moodle 4.1 »,
    # « article 3.12 », « partie B2.1 »).
    dotted = bool(first.isalpha() and _DOTTED_TAIL.match(second))
    # (unless both are capitals and the number starts with its letter and ends in two digits,
    # « GEA R1.07 »: a department's prefix and its resource; a version has no such head)
    headed = bool(first.isupper() and len(first) <= 4 and _HEADED_TAIL.match(second))
    # So is a level split off a code of letters (« CL-ANG C1 » beside CL-ANGB2): alone, the
    # letters may be a name and the level a paper size or a CEFR level of their own.
    scheme_only = dotted and not headed or bool(_LETTER_END_HEAD.match(first) and _TWO_DIGITS.match(second)
                                 and len(written) <= 8) \
        or bool(_LETTERED_HEAD.match(first) and _LEVEL_PART.match(second))
    if (scheme_only or second.isdigit() and first != first.upper()) \
            and _COUNTED.match(text, m.end(2)):
        return None              # « compte 26 enseignants », « je vois 23 formateurs »: a count
    if second.isalpha() and _WHOLE.match(first):
        return None              # « S3APS08 APSA collectives »: a whole code, then its title
    if first.isalpha():
        if not (2 <= len(first) <= 6 and (dotted or _SPACED_TAIL.match(second))) \
                or (_YEAR.match(second) and not first.isupper()):
            return None                        # « Literatur nach 1945 »: a word and a year
    elif not scheme_only and not semester and not ((_SPACED_HEAD.match(first) and _SPACED_PART.match(second)
               or _DOTTED_HEAD.match(first) and _NUMBER_PART.match(second))
              and not _NOT_CODE.match(first.upper())
              and (first + second).isupper() == first.isupper()):
        return None
    if first.lower() in _COMMON_WORDS or second.lower() in _COMMON_WORDS \
            or _NOT_CODE.match(written.upper()):
        return None
    if first.lower() in _CUES or _MORE_DIGIT_GROUPS.match(text, m.end(2)):
        return None              # « VET 101 », « UE 1 »: the cue and a number, not a code
    if first.upper() in _RESEARCH_UNITS and second.isdigit():
        return None              # « l'ED 556 », « (EA 4256) », « UMR 6266 »: national numbers
    score = _score(text, m.start(), m.end(2), part, first + " " + second, written.upper()) - 0.5
    needed = _needed(written, catalogue)
    if score >= needed and not scheme_only:
        return canonical(written)
    if score >= needed - 1:
        short.append(canonical(written))
    return None


def _judge(text: str, m: re.Match, part: str, catalogue: Catalogue | None,
           short: list[str]) -> str | None:
    """The canonical code a token stands for, or None (and into `short` when one point short)."""
    written = m.group()
    if catalogue:
        known = catalogue.match(written) or labels.completed_by_title(
            written, text, m.start(), m.end(), catalogue)
        if known:
            return known
    upper = written.upper()
    core = _SEPARATORS.sub("", upper)
    if not (4 <= len(core) <= 10 and len(upper) <= 12) or not _DIGIT.search(core) \
            or not _LETTER.search(core):
        return None
    if _NOT_CODE.match(upper) or _NOT_CODE.match(core) or _PLACEHOLDER.search(upper):
        return None
    score = _score(text, m.start(), m.end(), part, written, core)
    needed = _needed(written, catalogue)
    if score < needed:
        if score >= needed - 1 and not _VERSION.match(upper):
            short.append(canonical(written))
        return None
    version = _VERSION.match(upper)
    if version and (catalogue is None or catalogue.match(version.group(1))):
        return version.group(1)                # an étape and its version: the étape
    return canonical(written)


def _lettered(text: str, m: re.Match, part: str, catalogue: Catalogue | None,
              short: list[str]) -> str | None:
    """A code of capitals and separators without a digit (`DAEU-SOIR`, `DUCGE-FOAD`: a group
    of a diploma) where its context says so with more weight than for a code with digits:
    names (`SAINT-MARTIN`), titles (`PU-PH`) and shouted words look the same."""
    written = m.group()
    if written != written.upper() or _SEPARATORS.split(written)[0].lower() in _COMMON_WORDS:
        return None
    core = _SEPARATORS.sub("", written)
    score = _score(text, m.start(), m.end(), part, written, core) - LETTERS_ONLY_PENALTY
    needed = _needed(written, catalogue)
    if score < needed and score >= needed - 1:
        short.append(written)
    return written if score >= needed else None


def _digit_typed_as_letter(written: str, catalogue: Catalogue) -> str | None:
    """The known code a word of capitals and separators stands for with an I typed for a 1 or an
    O for a 0 (`JURI.HIS` for `JUR1.HIS`): the same key, digits in the catalogue's spelling."""
    if not written.isupper() or not _SEPARATORS.search(written):
        return None
    found = catalogue.match(written)
    return found if found and _DIGIT.search(found) \
        and tolerant_key(found) == tolerant_key(written) else None


def _needed(written: str, catalogue: Catalogue | None) -> float:
    """The score a candidate the catalogue does not know needs: more with a catalogue (it knows
    nearly every code), more still when no known code starts like it (no scheme of the
    university does: a room `SA-110`, a product, a reference)."""
    if catalogue is None or catalogue.has_family(written):
        return THRESHOLD                       # an archived code of a known family: as without
    return UNKNOWN_THRESHOLD + (0.0 if catalogue.shares_prefix(written) else FOREIGN_PENALTY)


def completed_beside_whole(spans: list[Span], text: str = "") -> list[Span]:
    """Codes the catalogue completed (`JO7DOC` read as `JO7DOCU`) while the mail writes the whole
    code too (« JO7DOC … remplacé par JO7DOCU »): the short one is a code of its own, an old
    one most often, and is reported as written. In a mail that `text` shows speaking of an old
    code and its successor, so is any code the catalogue completed (`IRAN-14`, archived, is not
    the known `IRAN-14A`) or read tolerantly beside the known code written as such (« ancien code
    INFR204 », « INFR2.04 »)."""
    written = {tolerant_key(s.text) for s in spans if s.kind == "apogee_code"}
    exact = {s.text.upper() for s in spans if s.kind == "apogee_code"}
    succession = None
    out = []
    for span in spans:
        if span.kind != "apogee_code" or span.text.upper() == span.value:
            continue
        stub, whole = tolerant_key(span.text), tolerant_key(span.value)
        completed = whole != stub and whole.startswith(stub)
        if (completed and whole in written) or (
                (completed or span.value in exact)
                and (succession if succession is not None
                     else (succession := bool(SUCCESSION.search(text))))):
            out.append(Span("apogee_code", canonical(span.text), span.text, span.part, span.start,
                            span.end))
    return out


_SCHEME_PREFIX = 4


def same_scheme(found: list[str], near: list[Span]) -> list[Span]:
    """Candidates one point short that share their first four characters (a letter among
    them) with a code found in the same mail: a list of one composante's codes (« natation
    STL2NAT1 ni athlétisme STL2 ATH3 », « : eco-r201 et ECO-R204 », « esix3m 12 … ESIX3M11 »),
    or the very code written elsewhere in the mail (« S3MAT05 … (S3 MAT05) »: its fragment
    `MAT05` is then dropped). One per place, the longest."""
    prefixes = {v[:_SCHEME_PREFIX] for v in found if len(v) > _SCHEME_PREFIX
                and _LETTER.search(v[:_SCHEME_PREFIX])}
    kept: list[Span] = []
    for span in sorted(near, key=lambda s: (s.part, s.start, -(s.end - s.start))):
        if len(span.value) > _SCHEME_PREFIX and span.value[:_SCHEME_PREFIX] in prefixes \
                and not any(k.part == span.part and k.start <= span.start < k.end for k in kept):
            kept.append(span)
    return kept


def _score(text: str, start: int, end: int, part: str, written: str, core: str) -> float:
    """Context and shape: how much the token text[start:end] looks like a code where it stands."""
    before = _before(text, start)
    words = _WORD.findall(before)
    last = words[-1] if words else ""
    after = text[end:end + 3]
    letters = sum(map(str.isalpha, core))
    score = 0.0
    if letters >= 2 and 5 <= len(core) <= 9:
        score += 1.0                           # the common length of ELP/étape codes
    if _TYPICAL.match(core):
        score += 0.5                           # letters then digits, or digit-letters-digits
    # « ph2ue1O »: an O or I after a digit at the end is a digit, not a capital
    cased = written[:-1] if written[-1:] in "OI" and written[-2:-1].isdigit() else written
    if cased == cased.upper():
        score += 1.0                           # codes are written in capitals
    elif _CAMEL.search(cased):
        score -= 1.0                           # camelCase: product names (iPhone12, PowerPoint3)
    elif not _has_capitalised_word_near(text, start, end):
        score += 1.0                           # a line in SMS style: no word starts with a capital
    if last in _CUES or (last == "apogee" and len(words) > 1):
        score += 2.0
    elif any(w in _CUES for w in words):
        score += 1.0                           # « le cours d'anglais HLAN201 »
    elif last in _PREPOSITIONS or before.rstrip().endswith((",", "/")):
        score += 0.5
    tail = before.rstrip()
    if tail.endswith(("(", "[", "«", "\"")) and after[:1] in (")", "]", " ", "»", "\""):
        score += 1.5                           # Moodle's « (CODE) Titre », [CODE]
    if _BULLET_LINE.search(before):
        score += 1.0                           # list items, table cells starting a line
    if after.lstrip()[:1] in (":", "–") or after.startswith((" - ", " – ")):
        score += 0.5                           # "HLAN201 : Anglais S2"
    elif _TITLE_AFTER.match(text, end):
        score += 1.0                           # "HANG310 (Translation)": a code, then its title
    if part == "subject":
        score += 0.5
    if last in _NOT_CUES or tail.endswith("#") or (len(words) > 1 and words[-2] in _NOT_CUES
                                                   and last in ("n°", "no", "numero")) \
            or any(w in _PLACE_CUES for w in words[-3:-1]):
        score -= 4.0
    if last == "en" and any(w in _WHEN or _CLOCK.match(w) for w in words[-4:-1]) \
            or last not in _CUES and _is_place(before):
        score -= 4.0                           # « jeudi en SA-110 », « 14h00-16h00 MRSH SH 027 »
    if any(w in ("code", "codes") for w in words[-3:]) and any(w in _OTHER_CODES
                                                                 for w in words[-4:]):
        score -= 4.0                           # another kind of code (Erasmus, access, postal)
    if letters == 1 and last not in _CUES:
        score -= 1.0                           # one letter: references, plate numbers, models
    return score


def _is_place(before: str) -> bool:
    """Whether the folded text `before` a token makes it a room: a timetable's slot just
    before, or a room listed just before it (« salles IUT-A201 et IUT-A203 », « 10h-12h (hors
    SH 027 et SA-110 »)."""
    # (each pattern needs characters most candidates' look-behind lacks: checked first, a
    # pasted table scores thousands of candidates; `$` may stand before a last newline)
    end = before[:-1] if before.endswith("\n") else before
    if before.count("h") >= 2 and ("-" in before or "–" in before) and _SLOT.search(before):
        return True
    if not end.endswith(_LISTED_ENDS):
        return False
    listed = _LISTED.search(before)
    if not listed:
        return False
    head = before[:listed.start()]
    words = _WORD.findall(head)
    return bool(_SLOT.search(head) or words and words[-1] in _PLACE_CUES)


def _has_capitalised_word_near(text: str, start: int, end: int) -> bool:
    """Whether the line around text[start:end] has a word starting with a capital (bounded
    look-around). Acronyms do not count: SMS writers type « L2 », « IP », their initials in
    capitals, never « Bonjour » or « Je »."""
    left = text.rfind("\n", max(0, start - _LINE_AROUND), start) + 1 or max(0, start - _LINE_AROUND)
    right = text.find("\n", end, end + _LINE_AROUND)
    line = text[left:start] + text[end:right if right >= 0 else end + _LINE_AROUND]
    return _CAPITALISED.search(line) is not None


def _before(text: str, start: int) -> str:
    """The folded text just before `start` on the same line (bounded look-behind)."""
    chunk = text[max(0, start - _LOOK_BEHIND):start]
    line = chunk.rpartition("\n")
    kept = line[2] if line[1] else chunk
    if line[1] and not kept.strip():
        kept = "\n" + kept                     # at a line start: bullets and cells see it
    return kept.translate(_FOLD).lower()
