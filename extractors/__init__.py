"""Read a support mail like a CEMU agent: identifiers, sender, symptom.

`read(mail)` is pure and fast: regular expressions over each part's text for identifiers
(exact offsets, signatures and contact lines excluded), spaCy's French tokenizer with a
PhraseMatcher for the symptom (see docs/extraction.md for the measurements behind the choice).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from triage.extractors import codes as code_finder
from triage.extractors import identifiers as ids
from triage.extractors import etapes_said as said_reader
from triage.extractors import (agreed, attached_tables, group_names, html_prose, labels, learned,
                                mail_codes, parts, pasted_tables, sender, symptom, table_groups, typed_siblings)
from triage.extractors.disowned import disowned_numbers
from triage.catalogue import Catalogue
from triage.extractors.html_text import text_of_html
from triage.model import Entities, ParsedMail, Reading, Span
from triage.settings import PeopleSettings, ReadingSettings, RuleSettings

# The symptom vocabulary (the FAQ's questions and the cohort page), with the French label
# agents read; ids are used in statistics and `triage inspect` and are never renamed.
SYMPTOM_LABELS: dict[str, str] = {
    "wrong_name": "Nom ou prénom erroné",
    "cannot_login": "Connexion impossible",
    "course_moved_renamed": "Cours déplacé ou renommé",
    "course_missing": "Cours absent",
    "course_not_on_dashboard": "Cours absent du tableau de bord",
    "students_cannot_see_course": "Les étudiants ne voient pas le cours",
    "not_enrolled": "Pas inscrit au cours",
    "teacher_not_enrolled": "Enseignant non inscrit",
    "wrong_group": "Mauvais groupe",
    "participants_block_missing": "Bloc « Participants » absent",
    "cas_unknown_destination": "CAS : destination inconnue",
    "database_error": "Erreur de base de données",
    "too_many_teachers": "Trop d'enseignants inscrits",
    "cohort_question": "Question sur les cohortes",
    "other": "Autre demande",
}
SYMPTOMS: tuple[str, ...] = tuple(SYMPTOM_LABELS)


@dataclass(frozen=True)
class ExtractorSettings:
    """What reading needs from the configuration: [people] and the hosts of [rules]."""
    student_domains: tuple[str, ...]
    staff_domains: tuple[str, ...]
    own_addresses: tuple[str, ...]
    platform_hosts: tuple[str, ...]
    cas_hosts: tuple[str, ...]
    symptom_model: str = ""       # a model `triage learn` installed; "" = the shipped one
    learned_symptom: bool = True  # False: the cue rules alone decide (explainable baseline)

    @classmethod
    def from_settings(cls, people: PeopleSettings | None = None, site: RuleSettings | None = None,
                      reading: ReadingSettings | None = None) -> "ExtractorSettings":
        """From the configuration's sections (their defaults when not given; without [reading],
        the shipped symptom model)."""
        people, site = people or PeopleSettings(), site or RuleSettings()
        return cls(student_domains=people.student_domains, staff_domains=people.staff_domains,
                   own_addresses=people.own_addresses, platform_hosts=(site.platform_host,),
                   cas_hosts=(site.cas_host.lower(),),
                   symptom_model=reading.symptom_model if reading else "")


_DEFAULT_SETTINGS = ExtractorSettings.from_settings()

# Identifiers are read in the first 200,000 characters of each part (some 60 pages): what grows
# with a mail's size stays bounded (a 1 MB pasted table is read in a fraction of a second).
MAX_READ_CHARS = 200_000
_HREF = re.compile(r"""href\s*=\s*["']([^"']+)["']""", re.IGNORECASE)
# The subject is a terse summary: on a tie, the body (the actual account) decides.
_PART_WEIGHT = {"subject": 0.8, "new": 1.0, "text": 1.0, "quoted": 1.0, "signature": 0.0}


def read(mail: ParsedMail, settings: ExtractorSettings | None = None,
         catalogue: Catalogue | None = None) -> Reading:
    """What a CEMU agent reads in `mail`: sender role, auto-reply, language, symptom, identifiers.

    `catalogue` holds the codes the university knows (loaded by triage.sources.catalogue):
    without it, codes are recognised by shape and context alone.
    """
    settings = settings or _DEFAULT_SETTINGS
    entities = Entities()
    near: list[Span] = []
    named: list[Span] = []
    said: list[Span] = []
    text, body_text, signed = _read_parts(mail, entities, settings, catalogue, near, named, said)
    written = mail.subject + "\n" + mail.text[:MAX_READ_CHARS]
    whole = code_finder.same_scheme(entities.apogee_codes, mail_codes.outside_codes(near, entities))
    mail_codes.drop_fragments(entities, whole)
    _add(entities, whole)
    if catalogue:
        _add(entities, group_names.complete(entities.apogee_codes, named, catalogue, written,
                                            [s.value for s in said]))
        # a sibling of a cited group typed as two words (« au lieu de pass ale »)
        _add(entities, typed_siblings.read(mail.text[:MAX_READ_CHARS], entities.apogee_codes,
                                           catalogue))
        mail_codes.report_stubs_as_written(entities, written)
        # a label's name written where a code stands (« DFGSM2 »): the code so labelled
        mail_codes._rename(entities, labels.codes_by_label_name(entities.apogee_codes, catalogue))
    _collect_html(entities, mail.html, settings)
    _add(entities, code_finder.table_codes((mail.html or "")[:MAX_READ_CHARS], catalogue))
    if catalogue:
        # groups by their short label in a table's rows, beside or under their course's code
        _add(entities, table_groups.read((mail.html or "")[:MAX_READ_CHARS],
                                         entities.apogee_codes, catalogue))
    _add(entities, code_finder.attachment_codes([a.filename for a in mail.attachments],
                                                catalogue))
    # (a plain part that only sums up its HTML: « see the table below »)
    _add(entities, html_prose.codes_only_in_html(mail, written, catalogue))
    entities.apogee_codes = mail_codes.one_per_code(entities.apogee_codes)
    mail_codes.restore_separators(entities, catalogue, written)
    mail_codes.restore_dropped_digits(entities, catalogue, written)
    mail_codes.drop_short_names(entities, catalogue)
    mail_codes.complete_truncated(entities, catalogue, written)
    mail_codes.drop_split_heads(entities, catalogue, written)
    mail_codes.drop_event_names(entities, written)
    mail_codes.drop_event_editions(entities, written)
    prose = "\n".join(body_text) or mail.text
    auto = sender.is_auto_reply(mail, settings.own_addresses)
    # the étape said in words, once its codes are settled: one the mail cites (itself, or one
    # of its groups by its code) is no more news; an automatic reply's (« pour les L1 droit, contactez … »)
    # is nobody's étape; nor is the year a closing mail quotes (« C'est bon, merci ! » above
    # « >> je suis en L1 droit… » beneath an agent's answer): the closing says none; one that
    # quotes the writer's own request right under it restates it
    if not auto:
        if not text.forward and symptom.closing(text.body) \
                and not said_reader.quotes_own_mail(mail.quoted_text, mail.from_addr or ""):
            said = [s for s in said if s.part != "quoted"]
        _add(entities, said_reader.not_cited(said, entities.apogee_codes, entities.spans))
    text.role = _role(mail, prose, signed, settings, entities.student_numbers, auto)
    # An automatic reply echoes someone's subject: there is no symptom to diagnose.
    decided = symptom.Scored("other", 0.0) if auto else decide_symptom(text, settings)
    return Reading(
        sender_role=text.role,
        auto_reply=auto,
        language=sender.language(mail.subject + "\n" + prose, prose),
        symptom=decided.symptom,
        symptom_evidence=decided.evidence if decided.symptom != "other" else [],
        foreign_helpdesk=sender.foreign_helpdesk(mail.subject),
        entities=entities,
    )


def mail_text(mail: ParsedMail, settings: ExtractorSettings | None = None) -> learned.MailText:
    """What the symptom classifier reads in `mail` (for training: `triage learn`)."""
    settings = settings or _DEFAULT_SETTINGS
    entities = Entities()
    text, body_text, signed = _read_parts(mail, entities, settings, None)
    prose = "\n".join(body_text) or mail.text
    text.role = _role(mail, prose, signed, settings, entities.student_numbers,
                      sender.is_auto_reply(mail, settings.own_addresses))
    return text


def _role(mail: ParsedMail, prose: str, signed: list[str], settings: ExtractorSettings,
          numbers: list[str], auto: bool) -> str:
    """The sender's role from their address, else from their own words: the subject, the new
    text and their signature (« Erasmus student - Universidade do Porto »), never a forwarded
    or quoted message (someone else's)."""
    own = "\n".join([mail.subject, prose, *signed])
    return sender.sender_role(mail, own, settings.student_domains, settings.staff_domains,
                              numbers, auto)


def decide_symptom(text: learned.MailText, settings: ExtractorSettings) -> symptom.Scored:
    """The learned model's symptom when one is available, else the cue rules'."""
    model = learned.load(settings.symptom_model) if settings.learned_symptom else None
    return symptom_by(model, text)


# Below this probability the model is unsure (fifteen symptoms: a vague « je n'arrive pas à
# accéder à mon cours » got 0.21 for `cannot_login`): the explainable cue rules decide, and they
# say `other` (an agent writes) when nothing is clear. Neutral on the 24 writers' one-out folds.
MODEL_FLOOR = 0.25


def symptom_by(model: learned.SymptomModel | None, text: learned.MailText) -> symptom.Scored:
    """The model's symptom, or the cue rules' when there is no model or it is unsure; `other`
    for a mail that only says its problem is over (symptom.closing); the symptom a wording on
    which the writers agree says alone (agreed.py: « pas inscrits dans leur groupe »)."""
    closed = symptom.closing(text.body) if not text.forward else []
    if closed:
        return symptom.Scored("other", 1.0, closed)
    decided = agreed.agreed(text.own, text.role, text.quoted if text.forward else ())
    if decided is not None:
        return decided
    if model is None:
        return cue_symptom(text)
    scored = model.classify(text)
    return scored if scored.score >= MODEL_FLOOR else cue_symptom(text)


def cue_symptom(text: learned.MailText) -> symptom.Scored:
    """The symptom the cue rules alone decide (cues.py)."""
    return symptom.score([(t.cues, w) for t, w in text.own_weighted], text.role,
                         [t.cues for t in text.quoted])


def _read_parts(mail: ParsedMail, entities: Entities, settings: ExtractorSettings,
                catalogue: Catalogue | None, near: list[Span] | None = None,
                named: list[Span] | None = None, said: list[Span] | None = None
                ) -> tuple[learned.MailText, list[str], list[str]]:
    """Identifiers into `entities`; the words and cues of own and quoted text; the prose; the
    writer's own signature lines."""
    text = learned.MailText(forward=_is_forward(mail))
    body_text: list[str] = []
    signed: list[str] = []
    elsewhere = sender.writes_from_elsewhere(mail.from_addr or "", settings.student_domains,
                                             settings.staff_domains)
    for name, raw in _fields(mail):
        raw = raw[:MAX_READ_CHARS]
        regs = parts.regions(raw, _base_kind(name))
        _collect(entities, raw, name, regs, settings, catalogue, near, named, elsewhere)
        if catalogue and said is not None:
            said.extend(s for s in said_reader.etapes_said(raw, name, catalogue)
                        if parts.kind_at(regs, s.start) in _SAID_KINDS)
        prose = parts.text_of(raw, regs, (parts.BODY,))
        weight = _PART_WEIGHT.get(name, 1.0)
        if weight:
            words = symptom.read_text(prose)
            text.own_weighted.append((words, weight))
            if name == "subject":
                text.subject = words
        text.quoted.append(symptom.read_text(parts.text_of(raw, regs, (parts.QUOTED,))))
        if name in ("new", "text"):
            body_text.append(prose)
            signed.append(parts.text_of(raw, regs, (parts.SIGNATURE, parts.CONTACT)))
        elif name == "signature":
            signed.append(raw)
    if catalogue and said is not None:
        said.extend(_said_in_html_only(mail, catalogue))
    _table_numbers(entities, mail.html or "")
    # (a list of students sent as a spreadsheet file: its cells as a pasted table's)
    _add(entities, attached_tables.student_numbers(mail.attachments))
    # (a list pasted from a spreadsheet keeps its tabs: its cells as a table's, under its header)
    _add(entities, pasted_tables.student_numbers(mail.text[:MAX_READ_CHARS], "text"))
    _add(entities, ids.sender_number(mail.from_addr or "", settings.student_domains))
    _drop_numbers(entities, disowned_numbers(mail.subject + "\n" + mail.text[:MAX_READ_CHARS]))
    return text, body_text, signed


# A mail whose HTML says what its text version only points to (« Bonjour, voir le tableau. »
# beside « Ces étudiants de PASS n'ont pas accès … » and the table): the HTML is the writer's
# text. Read for the étape said when the text version is short (a stub: no HTML converted for
# the others) and holds less than a share of the HTML's letters. Spans of part `html_text`,
# offsets in the HTML's text (`html_to_text`, converted once: `html_text`).
STUB_CHARS = 300
STUB_SHARE = 1 / 3


def _said_in_html_only(mail: ParsedMail, catalogue: Catalogue) -> list[Span]:
    """The étapes said in the HTML version of a mail whose text version is a stub of it."""
    if not mail.html or len(mail.text) > STUB_CHARS:
        return []
    html_text = text_of_html(mail.html[:MAX_READ_CHARS])
    letters = sum(c.isalpha() for c in html_text)
    if sum(c.isalpha() for c in mail.text[:MAX_READ_CHARS]) >= STUB_SHARE * letters:
        return []
    regs = parts.regions(html_text, parts.BODY)
    return [s for s in said_reader.etapes_said(html_text, "html_text", catalogue)
            if parts.kind_at(regs, s.start) in _SAID_KINDS]


def _table_numbers(entities: Entities, html: str) -> None:
    """Numbers in the cells of an HTML table; a column of another university's numbers (its
    header says so) takes its values out wherever the text version showed them."""
    spans, foreign = ids.table_numbers(html[:MAX_READ_CHARS])
    _add(entities, spans + ids.table_course_ids(html[:MAX_READ_CHARS]))
    _drop_numbers(entities, foreign)


def _drop_numbers(entities: Entities, numbers: set[str]) -> None:
    """Leave `numbers` out of the mail's student numbers, wherever they were read."""
    if numbers:
        entities.student_numbers = [n for n in entities.student_numbers if n not in numbers]
        entities.spans = [s for s in entities.spans
                          if s.kind != "student_number" or s.value not in numbers]


# (two patterns, the line's first: one pattern of both, its first alternative opening on « ^ »,
# was tried at every character of a long text; only whether one matches is asked)
_FORWARD_LINE = re.compile(r"^\s*(?:tr|fwd?|wg|rv)\s*:", re.IGNORECASE | re.MULTILINE)
_FORWARD_WORDS = re.compile(r"(?=[mfd])(?:message transf[ée]r[ée]|forwarded message"
                            r"|d[ée]but du message (?:r[ée]exp[ée]di[ée]|transf[ée]r[ée])"
                            r"|message joint)", re.IGNORECASE)


def _says_forward(text: str) -> bool:
    return bool(_FORWARD_WORDS.search(text) or _FORWARD_LINE.search(text))


def _is_forward(mail: ParsedMail) -> bool:
    """Whether the mail forwards someone's message (subject « TR: », a forwarded block, a mail
    carried as an attachment) rather than replying above its history."""
    return _says_forward(mail.subject) or bool(
        mail.quoted_text and _says_forward(mail.quoted_text[:MAX_READ_CHARS])) or bool(
        _says_forward(mail.text[:MAX_READ_CHARS]) if not mail.quoted_text else False)


def _fields(mail: ParsedMail) -> list[tuple[str, str]]:
    """The parts to read, named like ParsedMail fields (span offsets index these texts)."""
    out = [("subject", mail.subject)]
    if mail.new_text:
        out.append(("new", mail.new_text))
    elif mail.text:
        out.append(("text", mail.text))
    if mail.quoted_text and mail.quoted_text not in mail.new_text:
        out.append(("quoted", mail.quoted_text))
    if mail.signature and mail.signature not in mail.new_text:
        out.append(("signature", mail.signature))
    return out


# Where a writer says their year: their text, a message they quote or forward, their signature
# (« L2 Droit – groupe TD 5 »).
_SAID_KINDS = (parts.BODY, parts.QUOTED, parts.SIGNATURE, parts.CONTACT)


def _base_kind(name: str) -> str:
    return {"quoted": parts.QUOTED, "signature": parts.SIGNATURE}.get(name, parts.BODY)


def _collect(entities: Entities, text: str, part: str, regs: list[parts.Region],
             settings: ExtractorSettings, catalogue: Catalogue | None,
             near: list[Span] | None = None, named: list[Span] | None = None,
             writer_elsewhere: bool = False) -> None:
    """Add the identifiers of one part, trusting only body and quoted lines for codes
    (`writer_elsewhere`: the sender's address is not the university's)."""
    urls = ids.find_urls(text)
    skip = [(a, b) for _, a, b in urls] + ids.email_ranges(text)
    found: list[Span] = []
    short: list[Span] = []
    names: list[Span] = []
    if catalogue and named is not None:
        names = group_names.short_names(text, part, skip, catalogue)
    for span in code_finder.find_codes(text, part, skip, catalogue, short):
        kind = parts.kind_at(regs, span.start)
        # a table row with a phone reads as a contact line: a code the catalogue knows as
        # written is still one there (« LEPETIT Maxime C1LEA04TD1 06 45 12 78 90 »)
        if kind in (parts.BODY, parts.QUOTED) or (
                kind == parts.CONTACT and catalogue and span.text.upper() in catalogue):
            found.append(span)
    if near is not None:
        near.extend(s for s in short if parts.kind_at(regs, s.start) in (parts.BODY, parts.QUOTED))
    if named is not None:
        # (a signature names the writer's year and group too: « L2 Droit – groupe TD 5 »)
        named.extend(s for s in names if parts.kind_at(regs, s.start)
                     in (parts.BODY, parts.QUOTED, parts.SIGNATURE, parts.CONTACT))
    for span in ids.find_student_numbers(text, part, skip, writer_elsewhere) + ids.etu_numbers(
            text, part, settings.student_domains):
        kind = parts.kind_at(regs, span.start)
        # Signatures may carry the writer's own number, never written as spaced phone pairs
        # unless a cue says whose it is (« N° étudiant : 24 11 30 57 »); a contact line may too
        # when it says so (« Mon numéro étudiant : …, portable : 06… ») or holds it as a cell of
        # its own (« Lucas M. | 25110291 | BUT GEA 1A | 06 … »).
        if kind in (parts.BODY, parts.QUOTED) or (kind == parts.SIGNATURE and (
                span.text[:8].isdigit() or ids.has_student_cue(text, span.start))) \
                or (kind == parts.CONTACT and (ids.has_student_cue(text, span.start)
                                               or ids.is_own_cell(text, span.start, span.end)
                                               or ids.starts_a_row(text, span.start, span.end))):
            found.append(span)
    for span in ids.find_errors(text, part):
        if parts.kind_at(regs, span.start) != parts.CONTACT:
            found.append(span)
    for url, start, end in urls:
        found.extend(_url_spans(entities, url, part, start, end, settings))
    for span in ids.find_course_mentions(text, part, skip):
        if parts.kind_at(regs, span.start) in (parts.BODY, parts.QUOTED):
            found.append(span)
    _add(entities, found)


def _url_spans(entities: Entities, url: str, part: str, start: int, end: int,
               settings: ExtractorSettings) -> list[Span]:
    """Record a URL; return its course-id or CAS span when it is one."""
    if url not in entities.urls:
        entities.urls.append(url)
    course = ids.course_id(url, settings.platform_hosts)
    if course is not None:
        return [Span("course_id", str(course), url, part, start, end)]
    if ids.url_host(url) in settings.cas_hosts:
        return [Span("cas_url", url, url, part, start, end)]
    return []


def _collect_html(entities: Entities, html: str, settings: ExtractorSettings) -> None:
    """Links of the HTML part: their targets are often not in the text version."""
    found: list[Span] = []
    for m in _HREF.finditer((html or "")[:MAX_READ_CHARS]):
        url = m.group(1).replace("&amp;", "&")
        if url.lower().startswith("mailto:"):
            continue
        found.extend(_url_spans(entities, url, "html", m.start(1), m.end(1), settings))
    _add(entities, found)


def _add(entities: Entities, spans: list[Span]) -> None:
    """Append spans and their canonical values, each value once, in order of appearance."""
    if not spans:
        return                                 # (most calls: a part without such identifiers)
    # course ids are ints, the other values text: one list per kind
    lists: dict[str, list[Any]] = {
        "apogee_code": entities.apogee_codes, "student_number": entities.student_numbers,
        "course_id": entities.course_ids, "cas_url": entities.cas_urls,
        "error": entities.error_messages, "etape_said": entities.etapes_said}
    # (the values already there, of the kinds these spans have: the lists grow with the mail)
    seen: dict[str, set[Any]] = {}
    for span in spans:
        kind = span.kind
        value = int(span.value) if kind == "course_id" else span.value
        known = seen.get(kind)
        if known is None:
            known = seen[kind] = set(lists[kind])
        if value not in known:
            known.add(value)
            lists[kind].append(value)
        entities.spans.append(span)
