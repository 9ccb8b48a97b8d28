"""Who writes and how: sender role, automatic replies, other helpdesks' tags, language."""
from __future__ import annotations

import re
from collections.abc import Sequence

from triage.mail.addresses import in_domains, is_ours
from triage.mail.parse import automatic_reason
from triage.model import ParsedMail

# The writer says they study here, in the first person: decides.
# (A look-ahead for the letters its alternatives start with, as in the patterns below: a pattern
# opening on « \b » is tried at every character, a set first is scanned for, several times
# faster on a long text. Same matches: each alternative starts with one of them.)
_SAYS_STUDENT = re.compile(
    r"(?=[jmci])\b(?:je suis (?:un |une )?"
    r"(?:[ée]tudiante?|inscrite? en (?:l\d|m\d|licence|master|dut|but))"
    r"|(?:je suis|j suis|jsuis|jsui|chui) en (?:l\d|m\d|licence|master|dut|but|du|daeu|pass|las"
    r"|capacit[ée]|\d\s?(?:e|[eè]me|eme|[eè]re|ere) ann[ée]e"
    r"|(?:premi[eè]re|deuxi[eè]me|troisi[eè]me) ann[ée]e)\b|je reprends mes [ée]tudes"
    r"|mon (?:num[ée]ro|n°) (?:d'|d )?[ée]tudiant|chui etudiant|jsuis etudiant"
    r"|(?:i am|i'm) an? (?:exchange |erasmus |incoming |international |guest |visiting )?student"
    r"|my student (?:number|id))",
    re.IGNORECASE)
# What a student writes of themselves, but a teacher may write of a student (« en L2 Droit »,
# « Erasmus student »): counts only when the writer says nothing of teaching or of an office.
_SOUNDS_STUDENT = re.compile(
    r"(?=[éeimnjowsaidr])\b(?:[ée]tudiante? en (?:l\d|m\d|licence|master|1[eè]re|2[eè]me|3[eè]me|dut|but|doctorat)"
    r"|en (?:l\d|m\d) (?:de |d')?\w+|(?:exchange|erasmus|incoming) student\b(?!s)"
    r"|(?:my|mon) (?:erasmus|exchange) (?:semester|year|semestre)|erasmus (?:from|de) [A-Z]"
    r"|(?<=\()erasmus\b|n° [ée]tudiante? ?:"
    r"|(?:j'ai|j ai|jai|on a|i have|we have) (?:un |une |mon |ma |a |an |my |our )?(?:[a-zé]+ )?"
    r"(?:devoir|dm|qcm|partiel|examen|exam|quiz|test|contr[ôo]le)\b"
    r"|rendre (?:mon|ma) (?:devoir|dm|copie|dossier|rapport|m[ée]moire)\b"
    # a learner outside the licence-master ladder: continuing education, a DU, a DAEU, a
    # capacité, an auditeur libre (the writers say so in passing or in a signature)
    r"|stagiaire (?:de (?:la )?formation continue|formation continue|fc|en du|en daeu|du du)\b"
    r"|auditeur libre|auditrice libre"
    r"|(?:je suis|jsuis|jsui) (?:le|la) (?:du|daeu|capacit[ée]|formation|cours|module)\b"
    r"|(?:je suis |jsuis |jsui |^)inscrite? (?:cette ann[ée]e )?(?:en|au|à la|dans le) "
    r"(?:du|daeu|pass|las|capacit[ée]|formation continue|premi[eè]re ann|deuxi[eè]me ann"
    r"|troisi[eè]me ann|\d\s?(?:e|[eè]me|eme|[eè]re|ere) ann)"
    r"|je viens de m'inscrire (?:en|au|à)\b"
    r"|(?:i registered|i(?:'m| am) (?:enrolled|registered)) (?:for|in|on) (?:the |a )?(?:du|daeu|diploma|course|programme|program)\b"
    r"|(?:nous sommes|je suis|as an?|en tant que) (?:les |la |le |une? )?(?:d[ée]l[ée]gu[ée]e?s?|class reps?)\b)",
    re.IGNORECASE | re.MULTILINE)
# Teaching, an office, someone else's studies: the writer is not (or not only) a student here.
_SAYS_STAFF = re.compile(
    r"(?=[evcapmsgltdfonji])\b(?:enseignant|enseignante|vacataire|charg[ée]e? (?:de td|de cours|d'enseignement)|ater\b"
    r"|professeur|ma[iî]tre de conf|mcf\b|prag\b|(?<!certificat de )(?<!attestation de )scolarit[ée]"
    r"|secr[ée]tari|gestionnaire"
    r"|mes [ée]tudiants|my students|lecturer|teacher(?!s)|teaching|doctorant|format(?:eur|rice)"
    r"|parent\b|ma fille|mon fils|my daughter|my son|our students?\b|notre [ée]tudiante?\b"
    r"|nos [ée]tudiants|ancien(?:ne)? [ée]tudiante?|former student|j'ai obtenu mon"
    # someone who teaches or looks after a student without being either here: an outside
    # speaker, a company tutor, a legal guardian, a school's head, an alumna
    r"|intervenante?\b|j'interviens|je suis (?:l[ea] |l')?(?:tut(?:eur|rice)|ma[iî]tre d'apprentissage)"
    r"|tut(?:eur|rice) (?:en )?entreprise|petit-fils|petite-fille|grandson|granddaughter"
    r"|proviseure?\b|nos [ée]l[èe]ves|i graduated)",
    re.IGNORECASE)
# A doctoral student writes from a staff address (doctoral students have the university's
# staff mailbox) and is a student of the doctoral school unless they also teach (« doctorant
# contractuel », « chargée de TD », « I have to teach TP »): then they write as staff.
_SAYS_DOCTORAL_STUDENT = re.compile(
    r"(?=[ji])\b(?:je suis (?:une? )?doctorante?\b"
    r"|(?:i am|i'm) an? (?:[\w-]+ ){0,2}(?:ph\.?d\.?|doctoral) (?:student|candidate))", re.IGNORECASE)
# The year of one's thesis opening a line (« Doctorante en 2e année (ED 556) », a signature's
# « Doctorant 1re année »), not a list's « (doctorante en 3e année) »; an office's writer (« Anne
# Morel, gestionnaire ») speaks of someone else's, whatever the line.
_THESIS_YEAR = re.compile(
    r"^(?:doctorante? (?:en )?|inscrite? en )"
    r"(?:\d\s?(?:e|[eè]me|eme|[eè]re|ere|re)|premi[eè]re|deuxi[eè]me|troisi[eè]me) ann[ée]e",
    re.IGNORECASE | re.MULTILINE)
_AN_OFFICE = re.compile(r"(?=[gs])\b(?:gestionnaire|secr[ée]tari)", re.IGNORECASE)
# What a doctoral student follows as a learner (the school's training): the capacity they
# write in, though they may teach elsewhere (« seulement les deux cours où j'interviens »).
_FOLLOWS_TRAINING = re.compile(
    r"(?=[jnlm])\b(?:je suis (?:la|le) (?:formation|module|cours)\b|je dois suivre"
    r"|nous demande de suivre|my (?:doctoral )?training\b)", re.IGNORECASE)
_TEACHES = re.compile(
    r"(?=[etvcdjimlag])\b(?:enseign|teach|vacataire"
    r"|charg[ée]e? (?:de td|de tp|de cours|d'enseignement)"
    r"|contractuel|contrat doctoral|doctoral contract|je donne des|i give|mes [ée]tudiants"
    r"|my students|lecturer|ater\b|intervenant|tuteur|tutrice|monitorat"
    r"|give (?:\w+ )?(?:tp|td|lab|tutorial|lecture|class)|j'encadre|j'assure (?:les|des|le|un) )",
    re.IGNORECASE)
# « le professeur », « my teacher », « la scolarité »: someone the writer speaks of.
_THIRD_PARTY = re.compile(r"(?:\b(?:le|la|les|un|une|des|du|au|aux|mon|ma|mes|ton|ta|notre|nos"
                          r"|votre|vos|leur|leurs|ce|cette|the|my|our|your|a|an|his|her|their)"
                          r"\s+|\bl['’])\Z", re.IGNORECASE)
_HELPDESK_TAG = re.compile(r"\[\s*(?:GLPI|OTRS|RT|Redmine|Zammad|Jira|Ticket|Assistance|Helpdesk|SOS)"
                           r"[^\]]{0,30}#\s*\d+\s*\]", re.IGNORECASE)
_AUTO_SUBJECT = re.compile(r"^\s*(?:r[ée]ponse automatique|auto(?:matic)?[ -]?reply|absence du bureau|absent(?:e)? du bureau|out of office"
                           r"|undeliverable|non remis|delivery status notification|accus[ée] de r[ée]ception)",
                           re.IGNORECASE)
_EN_WORDS = frozenset("the and is are my i you your to of not can cannot can't don't in on for with "
                      "this that have has course hello hi dear please thanks thank regards".split())
_FR_WORDS = frozenset("le la les et est sont mon ma mes je vous de des du un une pas ne pour avec dans "
                      "ce cette bonjour merci cordialement au aux cours suis sur".split())


def writes_from_elsewhere(address: str, student_domains: tuple[str, ...],
                          staff_domains: tuple[str, ...]) -> bool:
    """The sender has an address and it is not on the university's domains (a partner's
    staff, a private mailbox): their « chez nous » is not ours."""
    return bool(address) and not in_domains(address, (*student_domains, *staff_domains))


def sender_role(mail: ParsedMail, body: str, student_domains: tuple[str, ...],
                staff_domains: tuple[str, ...], numbers: Sequence[str] = (),
                automatic: bool = False) -> str:
    """student | staff | unknown, from the address domain, else from what the text says.
    A staff address is staff's but for a doctoral student who says so, or gives « mon numéro
    étudiant », and teaches nothing.

    A machine (out of office, notification, bounce) is nobody's role: unknown. From a private
    address: a student who says so in the first person (« je suis en DAEU B »); else, when the
    writer says nothing of teaching or of an office of their own (« le professeur », « my
    teacher » are someone else), what students write of themselves (« Erasmus student »,
    « j'ai un devoir à rendre ») or one student number (« mon num etudiant c 24008815 »).
    `body` is what the writer wrote: subject, new text and their own signature."""
    if automatic:
        return "unknown"
    if in_domains(mail.from_addr, student_domains):
        return "student"
    if in_domains(mail.from_addr, staff_domains):
        doctoral = _SAYS_DOCTORAL_STUDENT.search(body) or (
            _THESIS_YEAR.search(body) and not _AN_OFFICE.search(body))
        if (doctoral or _SAYS_STUDENT.search(body)) and not _TEACHES.search(body):
            return "student"                   # a doctoral student's staff mailbox
        if doctoral and _FOLLOWS_TRAINING.search(body):
            return "student"                   # writing as a learner, though teaching too
        return "staff"
    if _SAYS_STUDENT.search(body):
        return "student"
    if _says_staff(body):
        return "unknown"
    if _SOUNDS_STUDENT.search(body) or len(numbers) == 1:
        return "student"
    return "unknown"


def _says_staff(text: str) -> bool:
    """A teaching or office word about the writer: not one naming someone else (« le
    professeur », « my teacher »), which students write too."""
    return any(not _THIRD_PARTY.search(text[max(0, m.start() - 8):m.start()])
               for m in _SAYS_STAFF.finditer(text))


def is_auto_reply(mail: ParsedMail, own_addresses: tuple[str, ...]) -> bool:
    """Written by a machine (the parser's verdict: RFC 3834, bounce, list, helpdesk, no-reply or
    mail system sender), by ourselves (mail loops, +tags included), or an out-of-office whose
    only trace is its subject."""
    if mail.auto_reason or automatic_reason(mail) or is_ours(mail.from_addr, own_addresses):
        return True
    return bool(_AUTO_SUBJECT.match(mail.subject))


def foreign_helpdesk(subject: str) -> bool:
    """True when the subject carries another helpdesk's ticket tag, e.g. [GLPI #0000091]."""
    return bool(_HELPDESK_TAG.search(subject))


_GREETING = re.compile(r"^\W*(?:(bonjour|bonsoir|salut|slt|bjr|madame|monsieur|cher|ch[eè]re)"
                       r"|(hello|hi|dear|good (?:morning|afternoon|evening)|greetings))\b", re.IGNORECASE)


# « Hello / Bonjour, »: a greeting in both languages says neither; the words decide.
_BILINGUAL = re.compile(r"^\W*(?:hello|hi|dear|bonjour)\b[^\n\w]{1,5}(?:hello|hi|dear|bonjour)\b",
                        re.IGNORECASE)


def language(text: str, body: str = "") -> str:
    """fr or en: the greeting when there is one (pasted error pages are English), else word counts."""
    greeting = _GREETING.match(body.lstrip())
    if greeting and not _BILINGUAL.match(body.lstrip()):
        return "fr" if greeting.group(1) else "en"
    words = re.findall(r"[a-zA-Z']+", text.lower())
    en = sum(w in _EN_WORDS for w in words)
    fr = sum(w in _FR_WORDS for w in words)
    return "en" if en > fr * 1.2 and en >= 3 else "fr"
