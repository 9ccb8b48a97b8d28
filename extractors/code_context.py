"""Scoring a candidate APOGÉE code by its context: the words before it (cues that announce a
code, and places, tickets, devices that announce something else), brackets and Moodle's
« (CODE) Titre », list items and table cells, a title after it, the subject, its case; and the
score a candidate the catalogue does not know needs. Look-behind and look-around are bounded,
so scoring is linear in the text."""
from __future__ import annotations

import re

from triage.catalogue import Catalogue

_TITLE_AFTER = re.compile(r" ?\((?:[^\W\d_]{3,}[ '’-]?)+\)")
_CAPITALISED = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]")
# A product's or a name's case: a capital after a small letter (iPhone12, PowerPoint3) or a
# capitalised word (Windows10); a level typed before a code in small letters (`L1soc07a`) or a
# part in capitals after one in small letters (`an-1OA`) is a code typed carelessly.
_CAMEL = re.compile(r"[a-z][A-Z]|^[A-Z][a-z]")
# A code typed in small letters in a sentence: a head of letters, then digits between letters
# (`hi3med1`, `phy2-c11`), where a login or a server's name ends with its number (`jperrin2`,
# `cas-prod-02`); one letter and a digit may be a level or a block (`b3esp7`): not enough.
_INTERLEAVED = re.compile(r"^[a-z]{2,}\d+[.\-]?[a-z]+\d")
# Words before a token that say "a code follows" (folded: lower case, no accents, no elision).
CUES = frozenset("""code codes apogee elp elps ue ues ec ecs ecue cours cour course courses module
    modules matiere matieres element elements etape etapes enseignement enseignements diplome
    vet unit units idnumber intitule espace groupe groupes group groups class subject
    subjects vets libelle option options grp grpe cohorte cohortes cohort cohorts ressource ressources
    resource resources""".split())
# Places and journeys: a word or two may come between them and the number (« salle MRSH SR
# 179 », « my flight is LO 3920 »); the campus's humanities building is always followed by a
# room (« MRSH, SH-211 »).
_PLACE_CUES = frozenset("""salle salles amphi amphitheatre bureau bat batiment room office local
    flight vol train ter tgv bus tram mrsh""".split())
# Words after which a token is a room, a ticket, a device or a document, not a code.
_NOT_CUES = _PLACE_CUES | frozenset("""bp cs cedex poste ticket incident glpi dossier ref reference
    commande facture devis invoice quote demande version release modele model windows macos android ios iphone
    serveur serveurs server servers cluster host hote baie stockage storage routeur router switch
    epson benq optoma viewsonic canon brother xerox ricoh kyocera lexmark laserjet officejet
    logitech dell lenovo acer asus sony philips panasonic
    samsung galaxy hp toner toners cartouche cartouches ine siret iban immatriculation tel
    telephone fax portable mobile session sessions package packages pack forfait forfaits
    abonnement subscription offre offer""".split())
# Codes that are not APOGÉE's: « code Erasmus E MADRID03 », « code d'accès », « code postal »,
# a shop's or a conference's discount (« early bird code ICED27-EB », « code remise »).
_OTHER_CODES = frozenset("""erasmus postal wifi pin puk promo acces access confirmation verification
    activation securite security secret sms otp barre barres source erreur error iban bic swift
    pic oid institution etablissement parrainage reduction discount coupon voucher bird remise
    cadeau gift""".split())
_CODE_WORDS = frozenset(("code", "codes"))
# A day, a date or a time just before « en »: what follows is where it takes place, a room.
_WHEN = frozenset("""lundi mardi mercredi jeudi vendredi samedi dimanche demain aujourd hui
    janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre
    matin midi soir apres""".split())
CLOCK = re.compile(r"^\d{1,2}h\d{0,2}$")
# A timetable's slot, then a word or two at most: what follows is its room (« 14h00-16h00
# MRSH SH 027 », « 10h-12h (hors SH 027 »), where one time alone may precede a course.
_LISTED = re.compile(r"[\w.\-]+(?: \d+)?,? (?:et|ou|and|or) $|[\w.\-]+(?: \d+)?, $")
_SLOT = re.compile(r"\d{1,2}h\d{0,2} ?[-–] ?\d{1,2}h\d{0,2}\W+(?:\w+\W+){0,2}$")
_LISTED_ENDS = (" et ", " ou ", " and ", " or ", ", ")
_PREPOSITIONS = frozenset("dans in de du d en for of et and ou or au aux a sur on ds pr".split())
WORD = re.compile(r"[a-z0-9°]+")
_TYPICAL = re.compile(r"^(?:[A-Z]{2,6}\d{2,4}[A-Z]{0,2}|\d[A-Z]{2,6}\d{1,4}[A-Z]{0,2})$")
_BULLET_LINE = re.compile(r"(?:^|\n)[ \t>]*(?:[-*•·▪◦–—]|\d{1,2}[.)])?[ \t]*$")
FOLD = str.maketrans("àâäáãéèêëíìîïóòôöõúùûüçÀÂÄÁÃÉÈÊËÍÌÎÏÓÒÔÖÕÚÙÛÜÇ",
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


def score_needed(written: str, catalogue: Catalogue | None) -> float:
    """The score a candidate the catalogue does not know needs: more with a catalogue (it knows
    nearly every code), more still when no known code starts like it (no scheme of the
    university does: a room `SA-110`, a product, a reference)."""
    if catalogue is None or catalogue.has_family(written) or _spelled_longer(written, catalogue):
        return THRESHOLD                       # an archived code of a known family: as without
    return UNKNOWN_THRESHOLD + (0.0 if catalogue.shares_prefix(written) else FOREIGN_PENALTY)


def _spelled_longer(written: str, catalogue: Catalogue) -> bool:
    """Whether `written` is a known code whose closing word is spelled a letter or two longer
    (« HG1.CARTO » beside the known HG1.CART): that code's family, archived or mistyped, though
    of another length than its siblings. (A letter after a number, `SA2UE11A`, is a group's or
    an option's: not this.)"""
    upper = written.strip().upper()
    for cut in (1, 2):
        head, tail = upper[:-cut], upper[-cut:]
        if tail.isalpha() and _CLOSING_WORD.search(head) and head in catalogue.codes:
            return True
    return False


_CLOSING_WORD = re.compile(r"[A-Z]{3}$")


def context_score(text: str, start: int, end: int, part: str, written: str, core: str) -> float:
    """Context and shape: how much the token text[start:end] looks like a code where it stands."""
    before = line_before(text, start)
    words = WORD.findall(before)
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
    elif _CAMEL.search(cased) and not _INTERLEAVED.match(cased.lower()):
        score -= 1.0                           # camelCase: product names (iPhone12, PowerPoint3)
    elif _CAMEL.search(cased):
        pass                                   # « Al2MMi04 »: a code's letters mistyped
    elif not _has_capitalised_word_near(text, start, end):
        score += 1.0                           # a line in SMS style: no word starts with a capital
    elif _INTERLEAVED.match(written):
        score += 0.5                           # « hi3med1 », « sphy2c11 »: no word, login, server
    if last in CUES or (last == "apogee" and len(words) > 1):
        score += 2.0
    elif not CUES.isdisjoint(words):
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
            or last not in CUES and not _PLACE_CUES.isdisjoint(words[-3:-1]):
        score -= 4.0
    if last == "en" and any(w in _WHEN or CLOCK.match(w) for w in words[-4:-1]) \
            or last not in CUES and _is_place(before):
        score -= 4.0                           # « jeudi en SA-110 », « 14h00-16h00 MRSH SH 027 »
    if not _CODE_WORDS.isdisjoint(words[-3:]) and not _OTHER_CODES.isdisjoint(words[-4:]):
        score -= 4.0                           # another kind of code (Erasmus, access, postal)
    if not words and _wrapped_after_place(text, start):
        score -= 4.0                           # « (14h-17h, salle\nINSPE-204) »: a wrapped line
    if letters == 1 and last not in CUES:
        score -= 1.0                           # one letter: references, plate numbers, models
    return score


def _wrapped_after_place(text: str, start: int) -> bool:
    """Whether the line before the one `start` begins ends with a place's word, with nothing
    after it: a sentence wrapped between « salle » and its room."""
    chunk = text[max(0, start - _LOOK_BEHIND):start]
    if "\n" not in chunk or chunk.rpartition("\n")[2].strip():
        return False
    words = WORD.findall(chunk.rpartition("\n")[0].translate(FOLD).lower())
    return bool(words) and words[-1] in _PLACE_CUES and chunk.rpartition("\n")[0].rstrip()[-1:].isalpha()


def _is_place(before: str) -> bool:
    """Whether the folded text `before` a token makes it a room: a timetable's slot just
    before, or a room listed just before it (« salles IUT-A201 et IUT-A203 », « 10h-12h (hors
    SH 027 et SA-110 », « Amphi Pierre Daure ou SA-110 »), or a day's hour (« lundi 8h, »)."""
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
    words = WORD.findall(head)
    # (an amphitheatre bears a name: « Amphi Pierre Daure ou SA-110 »; a day and its hour
    # before a room: « (lundi 8h, SA-110) »)
    return bool(_SLOT.search(head) or any(w in _PLACE_CUES for w in words[-3:])
                or words and words[-1] in _WHEN
                and any(CLOCK.match(w) for w in WORD.findall(listed.group())[:1]))


def _has_capitalised_word_near(text: str, start: int, end: int) -> bool:
    """Whether the line around text[start:end] has a word starting with a capital (bounded
    look-around). Acronyms do not count: SMS writers type « L2 », « IP », their initials in
    capitals, never « Bonjour » or « Je »."""
    left = text.rfind("\n", max(0, start - _LINE_AROUND), start) + 1 or max(0, start - _LINE_AROUND)
    right = text.find("\n", end, end + _LINE_AROUND)
    line = text[left:start] + text[end:right if right >= 0 else end + _LINE_AROUND]
    return _CAPITALISED.search(line) is not None


def line_before(text: str, start: int) -> str:
    """The folded text just before `start` on the same line (bounded look-behind)."""
    chunk = text[max(0, start - _LOOK_BEHIND):start]
    line = chunk.rpartition("\n")
    kept = line[2] if line[1] else chunk
    if line[1] and not kept.strip():
        kept = "\n" + kept                     # at a line start: bullets and cells see it
    return kept.translate(FOLD).lower()
