"""Groups cited by their short name alone, completed with the catalogue into full group codes.

A mail names a group as people say it: « je suis en TD2 », « groupes TP3 et TP4 », « group
GR2 », « td 03 », « CH512-TP1 à TP4 ». Only the catalogue knows which full codes end with that
name (`DL1-TD03`, `BV3104TP2`: `Catalogue.heads`), and only the mail says which one it is: its
codes and its words mixing letters and digits (`bugea1`, « BUT GC1 », the element `IN1R1.01`)
are compared with each candidate's head, and the name is completed only when one head clearly
matches best; otherwise it is left alone (a wrong group sends the agent to the wrong place).
"""
from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable
from typing import NamedTuple

from triage.catalogue import Catalogue, short_name_key, tolerant_key
from triage.extractors import (kind_groups, labels, option_groups, semester_groups, tail_groups,
                               unit_groups, year_groups)
from triage.extractors.identifiers import Ranges, occurrences
from triage.extractors.normalize import unaccented_upper as _ascii
from triage.model import Span

# A short name whose shape says « group » by itself: TD, TP, CM, ED, GR then a number and maybe
# a subgroup's letter (« TD 03 », `tp2a`, « TP 2 A », `GR1`, « TP n°2 »); G only glued to its
# number (`G2`).
_SHAPED = re.compile(r"(?<![\w@\\/&=?.\-])(?:(?:TD|TP|CM|ED|GRP?) ?(?:(?:n°|num[ée]ro) ?)?|G)"
                     r"\d{1,2}(?:[A-Za-z]|(?-i: [A-H])(?![\w'’]))?"
                     r"(?![\w@]|[.\-/]\w)", re.IGNORECASE)
# … or a TD or TP's subgroup, a capital letter and a digit (« TP A1 », `TPB2`).
_SUBGROUP = re.compile(r"(?<![\w@\\/&=?.\-])(?i:TD|TP) ?[A-H]\d(?![\w@]|[.\-/]\w)")
# Subgroups in a range (« groupes TP A1 à TP C2 ») are a year's groups as a whole.
_SUBGROUP_RANGE_AFTER = re.compile(r"\s*(?:à|au|-)\s*(?i:TD|TP)? ?[A-H]\d")
_SUBGROUP_RANGE_BEFORE = re.compile(r"(?:\s(?:à|au)|-)\s*$")
# Any other name right after a group word: capitals (« groupe ALT », « grp CEMU ») or a number
# (« grp 12 », « Groupe 04 »).
_AFTER_GROUP_WORD = re.compile(r"\b(?i:groupes?|groups?|grp|grpe|gpe)\s+(?:(?:n°|num[ée]ro)\s*)?"
                               r"([A-Z]{2,5}|\d{1,2})(?![\w@]|[.,:/\-]\w)")
# … and the names listed with it (« le groupe FI et pas ALT », « groupes ALT / FI », « grp 3 ou 4 »,
# « le groupe FI (formation initiale) au lieu de ALT »).
_ANOTHER_NAME = re.compile(r"(?:\s*\([^()\n]{1,40}\))?\s*"
                           r"(?:[/,&]|\b(?i:et|ou|ni|and|or)(?:\s+(?i:pas|non|not))?"
                           r"|\b(?i:au\s+lieu\s+d[eu]|instead\s+of|plut[ôo]t\s+que))\s*"
                           r"([A-Z]{2,5}|\d{1,2})(?![\w@]|[.,:/\-]\w)")
# A TD or TP named by a capital letter (« TP A », « groupe TD C »): a name that, like a word,
# completes only a code of the mail.
_LETTERED = re.compile(r"(?<![\w@\\/&=?.\-])(?:TD|TP) ?([A-H])(?![\w@'’]|[.\-/]\w)")
_NOT_NAMES = frozenset("TD TP CM ED GR GRP DE DU DES LE LA LES UN UNE ET OU THE OF AU AUX EN "
                       "IN ON FOR AND OR NO PAS SUR MON MA MES MY TON SON CE CET CES".split())
# A name quoted with other words is a Moodle group's display name (« TD 3 présentiel »).
_OPENING_QUOTE = re.compile(r"[«\"“]\s*$")
_WORDS_BEFORE_CLOSING = re.compile(r"\s+[^\W\d_][^»\"”\n]{0,40}[»\"”]")
# A name opening a range to a bare number (« TD 1 à 6 », « les TD 1 à 3 ») names a year's groups
# as a whole (delegates, a teacher of them all), not groups the mail is about.
_BARE_RANGE = re.compile(r"\s*(?:à|au|-)\s*\d{1,2}\b")
# A name explained by a code in brackets (« en TD 4 (ldrt2atd4) »): the writer gives the codes
# of the groups they mean, so the mail's bare names are left as written.
_GLOSSED = re.compile(r"\s*\(\s*(?=[A-Za-z.\-]*\d)[A-Za-z0-9]+(?:[.\-][A-Za-z0-9]+)*\s*\)")
_TOKEN = re.compile(r"[A-Za-z0-9]+")
_MIXED = re.compile(r"^(?=.*\d)(?=.*[A-Za-z])[A-Za-z0-9]{2,12}$")
_MANY_DIGITS = re.compile(r"\d{5}")
_DIGIT_RUNS = re.compile(r"\d+")
_SEMESTER = re.compile(r"^S([1-6])(?=[A-Z])")
_SEPARATORS = re.compile(r"[\s.\-_/]+")
# A number sign before a group's number (« TD n°3 », « groupe de TD numéro 3 »).
_NUMBER_SIGN = re.compile(r"n°|num[ée]ro", re.IGNORECASE)
# How much of the mail is searched for evidence (a pasted table adds nothing to it).
_EVIDENCE_CHARS = 20_000
# A head's letters must be matched this well (its numbers exactly), and better than any other
# candidate's by this margin.
SHARE = 0.75
MARGIN = 0.15
# Kinds of the spans `short_names` returns: a shaped name (« TD 3 »), a name that completes only
# a code of the mail itself (« grp 12 » of `LSD2ANG`), a name a code in brackets explains.
NAME, EXACT, GLOSSED = "group_name", "exact_group_name", "glossed_group_name"
# … and a word name in a sentence that says a year in words (« les M1 MEEF (groupe CH) »).
OF_A_YEAR = "year_group_name"
# … and any group named in passing (« TD3 », « groupe de Caen »), for the groups of the mail's codes.
MENTION = "group_mention"
# … in a clause that says it is fine (« Les TP1A et TP1B sont corrects »): a group of the cited
# course itself still (« les -G1 et -G3 sont bons », writer BC; « les FI sont bien dans leur
# groupe », AY), a group of its year or étape not (writer AY's 002: only the apprentices' group
# of `B2GEA31` is what the mail is about, not the year's `B2GEA-TP1A`)
SAID_FINE = "group_mention_said_fine"
# … and the distance group (« le groupe à distance »), a mention of an étape's kind groups only.
OF_A_KIND = "kind_group_mention"
# … and the apprentices of a year or a course (« les alternants de 2e année »): value
# « ALTERNANTS 2 », the year said, or « ALTERNANTS ».
APPRENTICES = "apprentices_mention"
# … and a group named with its UE's number (« le groupe 7 de l'UE 3 »): value « 7 3 ».
OF_A_UNIT = "unit_group_name"
# … and an option not named (« l'option », « le groupe option »): a course's one option group.
OF_AN_OPTION = "option_group_mention"
# … and a site (« sur le site de Saint-Lô »), a mention too, but no group said to be one.
SITE = "site_mention"
# … and a group's code written in words after a group word (« le groupe CEMU DU CGE »).
SPACED = "spaced_group_code"
# … and a group named by a word and a number (« le groupe de stage 3 »): value « STAGE 3 ».
WORDED = "worded_group_name"
_WORD_NUMBER = re.compile(r"\b(?i:groupes?|grp|gpe)\s+(?:(?i:de|du|des)\s+|(?i:d)['’]\s*)?"
                          r"(?P<word>[^\W\d_]{3,15})\s+(?:(?i:n°|num[ée]ro)\s*)?"
                          r"(?P<number>\d{1,2})(?![\w@]|[.,:/\-]\w)")
# Two or three words in capitals after a group word: a code written as its parts are said.
_SPACED_CODE = re.compile(r"\b(?i:groupes?|groups?|grp|grpe|gpe|cohortes?)\s+"
                          r"([A-Z][A-Z0-9]{1,7}(?:[ _][A-Z0-9]{1,8}){1,2})(?![\w@]|[.\-/]\w)")


def short_names(text: str, part: str, skip: list[tuple[int, int]],
                catalogue: Catalogue) -> list[Span]:
    """The group short names of `text` (a mail part) that end some known code, except inside
    `skip` ranges, table cells and quoted group names; values are the names upper, no space,
    of kind GLOSSED when a code in brackets follows."""
    skips = Ranges(skip)
    spans = []
    subgroups = [m for m in _SUBGROUP.finditer(text)
                 if not _SUBGROUP_RANGE_AFTER.match(text, m.end())
                 and not _SUBGROUP_RANGE_BEFORE.search(text, max(0, m.start() - 4), m.start())]
    for m in (*_SHAPED.finditer(text), *subgroups):
        name = _SEPARATORS.sub("", _NUMBER_SIGN.sub("", m.group())).upper()
        if not skips.covers(m.start()) and not _BARE_RANGE.match(text, m.end()) \
                and catalogue.heads(name) \
                and not _in_a_table(text, m.start(), m.end()) \
                and not (_OPENING_QUOTE.search(text[max(0, m.start() - 3):m.start()])
                         and _WORDS_BEFORE_CLOSING.match(text, m.end())):
            kind = GLOSSED if _glossed(text, m.end(), name) else \
                SAID_FINE if _said_fine(text, m.start(), m.end()) else NAME
            spans.append(Span(kind, name, m.group(), part, m.start(), m.end()))
    for m in _LETTERED.finditer(text):
        name = _SEPARATORS.sub("", m.group())
        if not skips.covers(m.start()) and catalogue.heads(name) \
                and not _in_a_table(text, m.start(), m.end()):
            kind = GLOSSED if _glossed(text, m.end(), name) else EXACT
            spans.append(Span(kind, name, m.group(), part, m.start(), m.end()))
    for m in _AFTER_GROUP_WORD.finditer(text):
        for n in _listed(text, m):
            name = _SEPARATORS.sub("", n.group(1))
            if name not in _NOT_NAMES and not _SHAPED.fullmatch(n.group(1)) \
                    and not skips.covers(n.start(1)) \
                    and not _in_a_table(text, n.start(1), n.end(1)):
                kind = GLOSSED if _glossed(text, n.end(), name) else \
                    OF_A_YEAR if not n.group(1).isdigit() and _sentence_says_a_year(text, n.start(1)) \
                    else EXACT
                spans.append(Span(kind, name, n.group(1), part, n.start(1), n.end(1)))
    for m in _SPACED_CODE.finditer(text):
        known = catalogue.match(m.group(1))
        if known and tolerant_key(known) == tolerant_key(m.group(1)) \
                and not skips.covers(m.start(1)):
            spans.append(Span(SPACED, known, m.group(1), part, m.start(1), m.end(1)))
    if catalogue.labels:
        for m in _WORD_NUMBER.finditer(text):
            word = _ascii(m.group("word"))
            if labels.is_programme_word(word) and not skips.covers(m.start()) \
                    and not _in_a_table(text, m.start(), m.end()):
                spans.append(Span(WORDED, f"{word} {int(m.group('number'))}",
                                  text[m.start("word"):m.end()], part, m.start("word"),
                                  m.end()))
    for m, mention in _mentions(text, skips):
        group: str | int = 0                   # (after a group word: the name alone)
        if "word" in m.re.groupindex:
            group = "word" if m.group("word") else "number"
        kind = SITE if m.re is _MENTION_SITE else SAID_FINE if _said_fine(text, m.start(),
                                                                          m.end()) else MENTION
        spans.append(Span(kind, mention.key,
                          m.group(group), part, m.start(group),
                          m.end(group)))
    for m in unit_groups.UNIT_GROUP.finditer(text):
        if not skips.covers(m.start()) and not _in_a_table(text, m.start(), m.end()):
            spans.append(Span(OF_A_UNIT, f"{int(m.group('group'))} {int(m.group('unit'))}",
                              m.group("group"), part, m.start("group"), m.end("group")))
    for m in _MENTION_APPRENTICES.finditer(text):
        if not skips.covers(m.start()) and not _in_a_table(text, m.start(), m.end()):
            year = m.group("year") or m.group("yearA") or ""
            spans.append(Span(APPRENTICES, f"ALTERNANTS {year}".strip(), m.group("word"), part,
                              m.start("word"), m.end("word")))
    for m in _MENTION_DISTANCE.finditer(text):
        if not skips.covers(m.start()) and not _in_a_table(text, m.start(), m.end()):
            spans.append(Span(OF_A_KIND, "DISTANCE", m.group("word"), part, m.start("word"),
                              m.end("word")))
    for m in option_groups.bare_mentions(text):
        if not skips.covers(m.start()) and not _in_a_table(text, m.start(), m.end()):
            spans.append(Span(OF_AN_OPTION, "OPTION", m.group(), part, m.start(), m.end()))
    return spans


def _glossed(text: str, end: int, name: str) -> bool:
    """Whether a code in brackets explains the name ending at text[end] (« en TD 4 (ldrt2atd4) »);
    a bracket that repeats the name as typed otherwise (« l'ED 7 (ED7) ») explains nothing."""
    m = _GLOSSED.match(text, end)
    return m is not None and short_name_key(m.group().strip().strip("()")) != short_name_key(name)


def _sentence_says_a_year(text: str, at: int) -> bool:
    """Whether the sentence around text[at] says a year in words (« L1 droit », « M1 MEEF »)."""
    start = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, at - 300), at)),
                default=max(0, at - 300))
    end = _SENTENCE_END.search(text, at, at + 300)
    return bool(_keys(labels.years_said(text[start:end.start() if end else at + 300], False)))


_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n\s*\n")


def _listed(text: str, first: re.Match[str]) -> list[re.Match[str]]:
    """The name after a group word and the names listed after it, of the same kind (words, or
    numbers)."""
    names = [first]
    while (n := _ANOTHER_NAME.match(text, names[-1].end())) \
            and n.group(1).isdigit() == first.group(1).isdigit():
        names.append(n)
    return names


def _in_a_table(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a table's cell: on a tab-separated row, or alone on its line
    (an HTML table's cell). A group column beside students' rows holds what a tool shows
    (« Groupe Ecampus »): read as codes only when written whole."""
    left = text.rfind("\n", 0, start) + 1
    right = text.find("\n", end)
    line = text[left:right if right >= 0 else len(text)]
    return "\t" in line or line.strip() == text[start:end]


def complete(found: list[str], names: list[Span], catalogue: Catalogue,
             text: str, etapes: list[str] | None = None) -> list[Span]:
    """The full group codes `names` stand for: for each, the one known code ending with it
    whose head the mail matches clearly best (its codes `found`, its words in `text`). A name
    one of whose codes the mail already writes whole is that code (« HGEO3-TD1 … TD1 »); a
    mail that explains a name by its code in brackets has its names left as written. The
    `etapes` the mail says in words give their groups of a kind of study (« L2 histoire à
    distance … le groupe à distance »: `EAD-L2HIS`)."""
    if not names or any(s.kind == GLOSSED for s in names):
        return []
    mentions = [s for s in names if s.kind in (MENTION, SITE)]
    said_fine = [s for s in names if s.kind == SAID_FINE]
    of_a_kind = [s for s in names if s.kind == OF_A_KIND]
    spans: list[Span] = [Span("apogee_code", s.value, s.text, s.part, s.start, s.end)
                         for s in names if s.kind == SPACED and s.value not in found]
    worded = [s for s in names if s.kind == WORDED]
    apprentices = [s for s in names if s.kind == APPRENTICES]
    options = [s for s in names if s.kind == OF_AN_OPTION]
    # a group and its UE's numbers name the group as its code would (`unit_groups`)
    spans += [Span("apogee_code", code, s.text, s.part, s.start, s.end) for s in names
              if s.kind == OF_A_UNIT
              and (code := unit_groups.named(s.value.partition(" ")[0],
                                             s.value.partition(" ")[2], catalogue))
              and code not in found]
    of_units = {(s.part, s.start) for s in names if s.kind == OF_A_UNIT}
    mentions = [s for s in mentions if (s.part, s.start) not in of_units]
    names = [s for s in names if s.kind not in (MENTION, SITE, SAID_FINE, SPACED, WORDED, OF_A_KIND,
                                                APPRENTICES, OF_A_UNIT, OF_AN_OPTION)
             and (s.part, s.start) not in of_units]
    evidence = _evidence(found, text)
    # a year said in words (« L1 droit ») is weaker evidence: asked only where the codes and
    # words leave a name alone, and only in a mail that cites a course (a year and a group
    # alone, « L1 Histoire, groupe de TD 2 », are no course the writers count)
    years = labels.years_said(text[:_EVIDENCE_CHARS], bool(catalogue.labels))
    said = _keys(years)
    with_years = evidence + [key for key in said if key not in evidence] if found else []
    # with labels, the year said in words is found among the étapes (or groups) by its label,
    # even in a mail citing no course (« je suis en L1 droit groupe TD 7 »: writer T counts it)
    named_years = [n for n in years if n.words] if catalogue.labels else []
    cited_years: list[labels.Named] | None = None      # (asked for when needed)
    # a course's title written after a name (« le td3 de droit civil ») says its course, and
    # the other names' of the mail (« … alors que je suis dans le td5 »)
    titled = {(s.part, s.start): found_so for s in names if s.kind == NAME and catalogue.labels
              and (found_so := _titled(s, catalogue.heads(s.value), text, catalogue))
              != catalogue.heads(s.value)}
    titled_heads = {head for of_name in titled.values() if len(of_name) == 1
                    for head, _ in of_name}
    scores: dict[str, tuple[float, int]] = {}      # by head: names share their candidates
    scores_with_years: dict[str, tuple[float, int]] = {}
    # a name is looked for first among the groups of what the mail cites (« D2CIV03 … les TD1
    # et TD3 »: D2CIV03-T1 labelled « TD1 DROIT CIVIL 5 »), and only then elsewhere
    cited = cited_scope(found, catalogue, years)
    # {where a name is: the groups of what the mail cites it names}: one is that group; of
    # several, the rules below may tell which (the mail's evidence, a course's year and title),
    # and a group they find elsewhere is none of them
    within_cited: dict[tuple[str, int], set[str]] = {}
    first = looked_up_once(cited, catalogue, heading=False, shaped=True)
    for span in names:
        if (named := _named_first(span, cited, first)):
            within_cited[(span.part, span.start)] = named
            if len(named) == 1 or named & set(found):
                spans += [Span("apogee_code", code, span.text, span.part, span.start, span.end)
                          for code in named - set(found) if len(named) == 1]
                continue
        if span.kind in (EXACT, OF_A_YEAR):
            code = _of_a_code(span.value, found, catalogue) or _of_a_stem(span.value, found,
                                                                          catalogue)
            candidates = catalogue.heads(span.value)
            if code is None and named_years and not any(c in found for _, c in candidates):
                # with labels, the year the mail names finds which group of that name it is
                # (« L2 géo à distance (groupe EAD) »)
                code = labels.head_named(candidates, named_years, catalogue)
            if code is None and span.kind == OF_A_YEAR and len(with_years) > len(evidence) \
                    and not any(c in found for _, c in candidates):
                # a word named after a group word (« groupe ALT ») completes a code of the
                # mail, or a head the mail's codes and the year its sentence says in words
                # (« les M1 MEEF (groupe CH) ») match clearly best: a code alone says little
                # of which year's ALT or CH group it is
                code = best(candidates, with_years, scores_with_years)
            if code:
                spans.append(Span("apogee_code", code, span.text, span.part, span.start,
                                  span.end))
            continue
        candidates = catalogue.heads(span.value)
        if any(code in found for _, code in candidates):
            continue
        code = best(candidates, evidence, scores)
        if code is None and (semesters := _semesters(evidence)):
            code = best(candidates, evidence + semesters)
        if code is None and titled:
            of_titled = {c for head, c in candidates if head in titled_heads}
            candidates = titled.get((span.part, span.start), candidates)
            if len(candidates) == 1:
                code = candidates[0][1]
            elif len(of_titled) == 1 and (span.part, span.start) not in titled:
                code = of_titled.pop()
        if code is None and named_years:
            code = labels.head_named(candidates, named_years, catalogue)
        if code is None and len(with_years) > len(evidence):
            code = best(candidates, with_years, scores_with_years)
        if code is None and not named_years and cited_years is None:
            cited_years = courses_years(found, catalogue)
        if code is None and not named_years and cited_years:
            # last, the year of the course the mail cites and its title: « TD 12 du cours de
            # droit civil (JD1-CIV2) » is the TD 12 labelled « TD 12 L1 droit » (a year the
            # mail says in words outranks it: « en L3 droit … cours DC1ADM » is left alone)
            code = labels.head_named(candidates, cited_years, catalogue)
        if code:
            spans.append(Span("apogee_code", code, span.text, span.part, span.start, span.end))
    # a group named by a word and a number (« groupe de stage 3 »): the one whose own label
    # holds both (« MEEF1 stage groupe 3 »), of the head the mail's codes match clearly best
    for span in worded if found else []:
        word, number = span.value.split()
        candidates = [(labels.group_head(c), c) for c in labels.groups_by_number(number, catalogue)
                      if labels.same_word(word, set(labels.words_of(catalogue.label(c) or "")))]
        code = best(candidates, evidence)
        if code and code not in found:
            spans.append(Span("apogee_code", code, span.text, span.part, span.start, span.end))
    # then the groups named in passing beside the mail's codes, those just completed included
    # (« TD 7 … groupe 12 »: the TD 7's sibling), where no name was read
    taken = {(s.part, s.start) for s in spans}
    spans += of_cited_codes(found + [s.value for s in spans],
                            [s for s in mentions if (s.part, s.start) not in taken], catalogue,
                            [e for e in etapes or () if e not in found], of_a_kind, years)
    spans += of_cited_codes(found + [s.value for s in spans], said_fine, catalogue,
                            years_said=years, own_only=True)
    spans += _apprentices(found + [s.value for s in spans], apprentices, catalogue, years)
    # « l'option » of a cited course: its one option group (`option_groups`)
    if options and (option := option_groups.named(found, catalogue)) \
            and option not in {s.value for s in spans}:
        spans.append(Span("apogee_code", option, options[0].text, options[0].part,
                          options[0].start, options[0].end))
    # a mention that names several groups of what the mail cites is one of them, or none
    taken |= {(s.part, s.start) for s in spans}
    among = looked_up_once(cited, catalogue)
    within_cited.update({(s.part, s.start): named for s in mentions
                         if (s.part, s.start) not in taken
                         and (cited.families or cited.groups or cited.heading or cited.years)
                         and (named := among(s.value))})
    if named_years:
        # last, a group whose own label holds the name and the year the mail says in words
        # (« L3 STAPS EM, groupe 4 »: « STAPS L3 gr 4 »)
        taken |= {(s.part, s.start) for s in spans}
        for span in mentions:
            mention = _mention_written(span.value)
            if (span.part, span.start) in taken or not mention:
                continue
            if mention.number:
                code = labels.group_labelled(mention.kind, mention.number, named_years,
                                             catalogue)
            elif span.kind == MENTION and mention.word not in _KINDS:
                # … or a word its label holds (« le groupe de Cherbourg en deuxième année de
                # droit »: « Droit L2 site de Cherbourg »); a site alone says where someone
                # studies (« les L1 droit du site de Saint-Lô » in an out-of-office), no group
                code = labels.group_worded(mention.word, named_years, catalogue)
            else:
                continue
            if code and code not in found:
                spans.append(Span("apogee_code", code, span.text, span.part, span.start,
                                  span.end))
    if named_years and mentions and (said_semesters := semester_groups.semesters_said(
            text[:_EVIDENCE_CHARS])):
        # a BUT year's group named beside the year and its semester said in words (« 1ere
        # annee de BUT info, au S1 … en TD3 »: `INFS1-TD3` « TD3 S1 BUT INF »)
        taken |= {(s.part, s.start) for s in spans}
        for span in mentions:
            mention = _mention_written(span.value)
            if (span.part, span.start) in taken or not mention or not mention.kind:
                continue
            code = semester_groups.named(mention.key, said_semesters, named_years, catalogue)
            if code and code not in found and code not in {s.value for s in spans}:
                spans.append(Span("apogee_code", code, span.text, span.part, span.start,
                                  span.end))
    if catalogue.labels and found and mentions:
        # then a group whose own label the mail writes out, every word of it (« pour le TP2B …
        # Etudiants MMI1 … site d'Alençon »: « TP2B MMI1 Alencon »), in a mail that cites a
        # course (a student's group in a mail about their name is no group it is about)
        taken |= {(s.part, s.start) for s in spans}
        written = labels.words_written(text[:_EVIDENCE_CHARS])
        for span in mentions:
            mention = _mention_written(span.value)
            if (span.part, span.start) in taken or not mention or mention.word:
                continue
            named_so = [c for _, c in catalogue.heads(mention.key)] if mention.kind else \
                labels.groups_by_number(mention.number, catalogue)
            code = labels.label_written(named_so, written, catalogue,
                                        short_name_key(mention.key))
            if code and code not in found:
                spans.append(Span("apogee_code", code, span.text, span.part, span.start,
                                  span.end))
    if mentions and found and catalogue.labels and not named_years:
        # last, a group named in passing whose label agrees with the year and the title of a
        # course the mail cites (« On est dans le groupe 4 » of a genetics course of L2)
        spans += _of_courses_years(found, mentions, spans, catalogue, cited_years)
    return [s for s in spans if s.value in within_cited.get((s.part, s.start), {s.value})]


def _apprentices(found: list[str], apprentices: list[Span], catalogue: Catalogue,
                 years_said: list[labels.Named]) -> list[Span]:
    """The apprentices' group the mentions `apprentices` name (« les alternants de 2e année »
    beside `GEA2R305`: `GEA2-ALT`): the one group of that kind among the cited codes' (their
    own, their years' as `named_among_cited` finds them) whose head says the year said. A kind
    already read counts only for its own year (« les alternants de 3e année (INF3-ALT) » is no
    second-year group)."""
    if not apprentices:
        return []
    cited = cited_scope(found, catalogue, years_said)
    out: list[Span] = []
    for span in apprentices:
        year = span.value.partition(" ")[2]
        named = {code for code in named_among_cited("ALTERNANTS", cited, catalogue)
                 if not year or year in labels.group_head(code)}
        if not named and year:
            # (the year's heads alone, when a cited group of another year hid them)
            heads = tuple(tier for tier in (tuple(h for h in t if h.written.endswith(year))
                                            for t in cited.years) if tier)
            named = year_groups.named("ALTERNANTS", "", "", "ALTERNANTS", heads, catalogue)
        if len(named) == 1 and not named & set(found) and not _spelled_otherwise(
                code := named.pop(), catalogue) and code not in {s.value for s in out}:
            out.append(Span("apogee_code", code, span.text, span.part, span.start, span.end))
    return out


def _spelled_otherwise(code: str, catalogue: Catalogue) -> bool:
    """Whether the catalogue holds `code` with another separator before its tail (`GEA2ALT`
    beside `GEA2-ALT`: two universities' groups in a union of catalogues; which one the mail
    means, its words do not say)."""
    bare = re.sub(r"[.\-_]", "", code)
    return any(other != code and other in catalogue
               for tail in labels.KIND_TAILS if bare.endswith(tail)
               for sep in ("", "-", ".", "_")
               if (other := f"{bare[:-len(tail)]}{sep}{tail}"))


def _of_courses_years(found: list[str], mentions: list[Span], spans: list[Span],
                      catalogue: Catalogue, cited: list[labels.Named] | None) -> list[Span]:
    cited = courses_years(found, catalogue) if cited is None else cited
    if not cited:
        return []
    taken = {(s.part, s.start) for s in spans}
    out = []
    for span in mentions:
        mention = _mention_written(span.value)
        if (span.part, span.start) in taken or not mention:
            continue
        if mention.word and (kind := labels.study_kind(mention.word)):
            # a kind of study (« the French group »), of the course's year and title: the one
            # group of that kind whose labels agree (`IAM1FI-FR` under « Master 1 Finance »)
            code = labels.head_named([(labels.group_head(c), c) for c in
                                      labels.groups_of_kind(kind, catalogue)], cited, catalogue)
        elif not mention.number:
            continue               # (a word, « un groupe CEMU », « le groupe saint lo », says a
            #                        kind of group or a site as often as the one group)
        else:
            code = labels.group_labelled(mention.kind, mention.number, cited, catalogue)
        if code and code not in found and code not in {s.value for s in spans}:
            out.append(Span("apogee_code", code, span.text, span.part, span.start, span.end))
    return out


def courses_years(found: list[str], catalogue: Catalogue) -> list[labels.Named]:
    """The year of each course of the mail that has a label, as a year named with its title's
    words (`JD1-CIV2` « Droit civil 2 - Personnes et famille »: 1, DROIT, CIVIL…): a course's
    code numbers its year first (`JD1-CIV2`, `D2.OBLG1`, `HHIS301`), or a BUT's semester
    before its resource's number (`CGEA3R05`: semester 3, the second year). None without
    labels; a code whose first number says no year (`ED556F12`, `24MGT305`) gives none, nor
    a group's."""
    if not catalogue.labels:
        return []
    out = []
    for code in found:
        label = catalogue.label(code)
        year = _course_year(code) if not _GROUP_CODE.search(code) else ""
        # (a group's code is no course's: `D1CONTD11` says nothing of its siblings' course)
        words = tuple(w for w in labels.words_of(label or "")
                      if len(w) > 1 and not w[0].isdigit() and labels.is_programme_word(w))
        if year and words:
            out.append(labels.Named(year, "", words))
    return out


def _course_year(code: str) -> str:
    """The year a course's code says (see courses_years), "" when none."""
    if m := _BUT_SEMESTER.search(code):
        return str((int(m.group(1)) + 1) // 2)
    m = _FIRST_NUMBER.match(code)
    return m.group(1)[0] if m and len(m.group(1)) in (1, 3) and m.group(1)[0] in "123" else ""


# (letters first, then the first number; a BUT's resource: its semester, R, two digits — an S
# after a digit is as often a « second degré » as a SAÉ: `MEEF2S05`)
_FIRST_NUMBER = re.compile(r"^[A-Z]+[.\-]?(\d+)")
_BUT_SEMESTER = re.compile(r"(?<=[A-Z])([1-6])R\d{2}$")
_GROUP_CODE = re.compile(r"(?:TD|TP|CM|GRP?)\s?\d{1,2}[A-Z]?$|(?<=\d)G\d{1,2}[A-Z]?$|[.\-]G\d{1,2}$")


def _of_a_code(name: str, found: list[str], catalogue: Catalogue) -> str | None:
    """The one known code that is a code of the mail followed by `name` (with a dash, a dot or
    nothing; a number also padded: « grp 7 » of `LSD2ANG` is `LSD2ANG-07`), when the mail
    does not write it already."""
    names = {name, name.zfill(2)} if name.isdigit() else {name}
    heads = set(found) | {_SEPARATORS.sub("", code) for code in found}
    codes = {f"{head}{sep}{n}" for head in heads for sep in ("-", ".", "") for n in names}
    known = {c for c in codes if c in catalogue}
    return known.pop() if len(known) == 1 and not known & set(found) else None


def _titled(span: Span, candidates: list[tuple[str, str]], text: str,
            catalogue: Catalogue) -> list[tuple[str, str]]:
    """The candidates whose label (their own or their head's) holds the course's title written
    after the name (« le td3 de droit civil »: « TD 3 Droit civil - semestre 2 », not « TD 3
    Droit constitutionnel 1 - L1 »); all of them when no title is written or none holds it."""
    title = next((t for at in occurrences(text, span.text, 10)
                  if (t := _TITLE_AFTER.match(text, at + len(span.text)))), None)
    words: list[str] = []
    for word in map(_ascii, title.group(1).split()) if title else ():
        if not labels.is_programme_word(word) or len(words) == _TITLE_WORDS:
            break
        words.append(word)
    if not words:
        return candidates
    # (a candidate's words are its label's and its head's: the codes holding each word looked
    # up once rather than the labels of a big catalogue's thousands of candidates read)
    holding = [labels.codes_with_word(w, catalogue) for w in words]
    titled = [(head, code) for head, code in candidates
              if all(code in codes or head in codes for codes in holding)]
    return titled or candidates


# The course a group's name belongs to, written after it (« le TD 3 de droit civil »).
_TITLE_AFTER = re.compile(r"[ \t]+(?i:de|du|des|en|d['’])[ \t]*((?:[^\W\d_]{2,20}[ \t]*){1,3})")
_TITLE_WORDS = 2


def _of_a_stem(name: str, found: list[str], catalogue: Catalogue) -> str | None:
    """The one known code that is the stem of a course of the mail, its element's number left
    out, followed by a word `name` (« groupe ALT » beside `IAE1FC03`: `IAE1FALT`, the IAE's
    year 1 finance apprentices; beside `ECO2-M04`: `ECO2-ALT`), when the mail does not write it
    already. A number is no such name: `HLAN` and 3 make an étape, no group."""
    if not name.isalpha():
        return None
    stems = {m.group(1) for code in found if (m := _ELEMENT_NUMBER.match(code))}
    codes = {f"{stem}{sep}{name}" for stem in stems for sep in ("-", ".", "")}
    known = {c for c in codes if c in catalogue}
    return known.pop() if len(known) == 1 and not known & set(found) else None


# A course's code, its stem then its element's number (one letter or none, digits): `IAE1F`
# and `C03`, `ECO2` and `-M04`.
_ELEMENT_NUMBER = re.compile(r"^([A-Z0-9]+?)[.\-]?[A-Z]?\d{1,3}$")


class Key(NamedTuple):
    """What the mail says of a head: a key (upper, no separators) and its numbers; the code
    itself, with its separators, when the key is one of the mail's codes; the letters a head
    must hold one of when the key is a year said in words (the programme's words' initials)."""
    key: str
    runs: list[str]
    written: str = ""
    initials: str = ""


def _key(key: str, written: str = "", initials: str = "") -> Key:
    return Key(key, _DIGIT_RUNS.findall(key), written, initials)


def best(candidates: list[tuple[str, str]], evidence: list[Key],
         scores: dict[str, tuple[float, int]] | None = None) -> str | None:
    """The code of the one (head, code) candidate whose head `evidence` matches clearly best:
    the best share of its letters, then the most letters (`HGEO3` before `GE3` beside
    `HGEO3-TD1`); another candidate as good, or nearly as good and as long, leaves it."""
    scores = {} if scores is None else scores
    # (a head's numbers must start some key's or the head start a code as written: checked
    # at once for the thousands of heads a big catalogue gives one name)
    prefixes = {tuple(k.runs[:n]) for k in evidence for n in range(len(k.runs) + 1)}
    written = [k.written for k in evidence if k.written]
    for head, _ in candidates:
        if head not in scores:
            numbers = tuple(_parts(head)[2])
            scores[head] = _match(head, evidence) if numbers in prefixes or any(
                w.startswith(head) for w in written) else (0.0, 0)
    if not candidates:
        return None
    # (the best and its rivals found in one pass over the thousands of candidates, unsorted)
    scored = [(*scores[head], code) for head, code in candidates]
    share, letters, code = max(scored)
    if share < SHARE:
        return None
    # (the best is one of those as good or nearly and as long: another leaves it)
    if sum(other[0] > share - MARGIN and other[1] >= letters for other in scored) > 1:
        return None
    return code


def _evidence(found: list[str], text: str) -> list[Key]:
    """Keys (upper, no separators) of the mail's codes and of its words mixing letters and
    digits; group short names themselves and numbers (student numbers, INE) are no evidence."""
    written = {_year_key(c.upper()): c.upper() for c in sorted(found)}
    keys = set(written)
    for token in _TOKEN.findall(text[:_EVIDENCE_CHARS]):
        if _MIXED.match(token) and not _SHAPED.fullmatch(token) \
                and not _MANY_DIGITS.search(token):
            keys.add(token.upper())
    # a semester's element belongs to its year's groups: S3INF04 is read as L2INF04 too
    keys |= {f"L{(int(m.group(1)) + 1) // 2}{k[m.end():]}" for k in list(keys)
             if (m := _SEMESTER.match(k))}
    return [_key(k, written.get(k, "")) for k in sorted(keys)]


def _semesters(evidence: list[Key]) -> list[Key]:
    """The keys of `evidence` that may number a BUT's semester (`CGEA3R05`: R3.05, of the
    second year) read with that year instead (`CGEA2R05`), for a name the keys as written leave
    alone: a scheme may also number its year there (`ECO2R05`: year 2's element 05)."""
    return [_key(f"{k.key[:m.start()]}{(int(m.group(1)) + 1) // 2}{k.key[m.end(1):]}")
            for k in evidence if (m := _BUT_SEMESTER.search(k.key))]


def _year_key(code: str) -> str:
    """The key of a mail's code, a semester written as a part of its own read as its year
    (`ECO-S3ST` is `ECO2ST`: the element of semester 3 belongs to year 2's groups, not year
    3's); a semester glued to letters is no part (`LAS1SA`)."""
    m = _SEMESTER_PART.search(code)
    if m:
        code = f"{code[:m.start()]}{(int(m.group(1)) + 1) // 2}{code[m.end():]}"
    return _SEPARATORS.sub("", code)


_SEMESTER_PART = re.compile(r"(?<=[A-Z][.\-_])S([1-6])(?=[A-Z])")


def _keys(years: list[labels.Named]) -> list[Key]:
    """Keys of the years a mail says in words (`labels.years_said`; « L1 droit »: `L1DROIT` and
    `DROITL1`), both orders since an étape's code puts its year before or after its letters."""
    return [_key(key, initials=initials) for key, initials in labels.year_keys(years)]


def _match(head: str, evidence: list[Key]) -> tuple[float, int]:
    """How well the best evidence key (with its numbers) holds `head`: the share of the head's letters found in it
    in order around the head's numbers (longest common subsequence holding every digit) and
    their number, when the key's numbers start with the head's (a year, a level: `IMF1` in
    `IM1FIN03`, never `IMC2` in `IM1CDG02`, `GEA3` in `GEAR305` nor `IN3` in `S3INF04`)."""
    key_of_head, letters, numbers, digits = _parts(head)
    found = (0.0, 0)
    for key, runs, written, initials in evidence:
        if numbers and written.startswith(head) and written[len(head):][:1].isdigit():
            # the head written whole at the start of a code, its year the first digit of the
            # code's number (`HHIS3` of `HHIS301`, element 01 of year 3; not `PSY3` of
            # `PSY-311`, whose number counts semesters)
            found = max(found, (1.0, letters))
            continue
        if initials and not any(c in _letters_but_level(key_of_head) for c in initials):
            continue                           # (« L3 histoire » is no `L3IT`: no H)
        if runs[:len(numbers)] != numbers or (
                letters and sum(c in key for c in key_of_head if c.isalpha())
                <= (SHARE - MARGIN) * letters):
            continue                           # (too few letters in common to count)
        common = _common(key_of_head, key)
        if common >= digits * _DIGIT_WEIGHT:
            matched = common - digits * _DIGIT_WEIGHT
            found = max(found, (matched / letters if letters else 1.0, matched))
    return found


def _letters_but_level(key: str) -> str:
    """A head's letters but a level's (`IT` of `L3IT`, `IAE` of `IAEM1`)."""
    return _LEVEL_OR_DIGIT.sub("", key)


_LEVEL_OR_DIGIT = re.compile(r"[LM](?=\d)|\d")


@functools.lru_cache(maxsize=65536)
def _parts(head: str) -> tuple[str, int, list[str], int]:
    """A head's key, its number of letters, its numbers and their digits (heads recur: the
    catalogue's heads are few beside the mails read)."""
    key = _SEPARATORS.sub("", head).upper()
    numbers = _DIGIT_RUNS.findall(key)
    return key, sum(c.isalpha() for c in key), numbers, sum(map(len, numbers))


# (a digit outweighs every letter: the common subsequence keeps the head's digits first)
_DIGIT_WEIGHT = 100


def _common(a: str, b: str) -> int:
    """Weight of the longest common subsequence of `a` and `b` (both short), a letter
    weighing 1 and a digit _DIGIT_WEIGHT."""
    row = [0] * (len(b) + 1)
    for ca in a:
        weight = _DIGIT_WEIGHT if ca.isdigit() else 1
        previous = 0
        for j, cb in enumerate(b, 1):
            current = row[j]
            row[j] = max(previous + weight, row[j]) if ca == cb else max(row[j], row[j - 1])
            previous = current
    return row[-1]


# A group the mail names in passing, beside the course it belongs to: a shaped name (« TD3 »,
# « TP 2 », « tp B », « TP A1 »), or a number or a word after a group word (« groupe 1 »,
# « le groupe de Caen », « groupe A », « groupe EAD »).
# (a code's tail written alone is one too, its dash kept: « le -G2 est vide, les -G1 et -G3 sont
# bons » of `X2INF4-G2`, writer BC)
_MENTION_SHAPED = re.compile(r"(?:(?<![\w@\\/&=?.\-])|(?<=[\s(«]-))(?P<kind>(?i:TD|TP|CM|GRP?)|G)\s?(?:(?i:n°|num[ée]ro)\s?)?"
                             r"(?P<number>\d{1,2})(?P<sub>[A-Za-z]| [A-H](?![\w'’]))?(?![\w@]|[.\-/]\w)")
# (a lower-case letter too, as typed, « le TD c », « TD e », but « a », a verb: « le TD a lieu »)
_MENTION_LETTERED = re.compile(r"(?<![\w@\\/&=?.\-])(?P<kind>(?i:TD|TP)) ?(?P<letter>[A-Hb-h])"
                               r"(?P<number>\d)?(?![\w@'’]|[.\-/]\w)")
_MENTION_AFTER_WORD = re.compile(
    r"\b(?i:groupes?|groups?|grp|grpe|gpe)\s+(?:(?i:de|du|des|of)\s+|(?i:d)['’]\s*)?"
    r"(?:(?i:n°|num[ée]ro)\s*)?"
    r"(?:(?P<number>\d{1,2})(?P<sub>[A-H](?=\b))?|(?P<word>[^\W\d_]{1,15}(?:-[^\W\d_]{2,15})?))"
    r"(?![\w@]|[.,:/\-]\w)")
# … or a site, where a group is a campus's (« sur le site de Saint-Lô », « campus d'Alençon »):
# a word its label holds as its siblings' do not (« MEEF1 site Saint-Lo »).
_MENTION_SITE = re.compile(
    r"\b(?i:site|campus)\s+(?:(?i:de|du|of)\s+|(?i:d)['’]\s*)(?P<number>(?!))?"
    r"(?P<word>[^\W\d_]{3,15}(?:-[^\W\d_]{2,15})?)(?![\w@]|[.,:/\-]\w)")
# … or an option, a group of the students who chose it (« l'option théâtre », « option FLE »)
_MENTION_OPTION = re.compile(r"\b(?i:options?)\s+(?:(?i:de|du)\s+|(?i:d)['’]\s*)?(?P<number>(?!))?"
                             r"(?P<word>[^\W\d_]{3,15})(?![\w@]|[.,:/\-]\w)")
# … or in English, the word before « group » or « option » (« I'm not in the distance group »,
# « the FLE option »).
_MENTION_ENGLISH = re.compile(r"\b(?i:the|my|our|your|their)\s+(?P<number>(?!))?"
                              r"(?P<word>[^\W\d_]{3,15})(?:-(?i:learning|speaking))?"
                              r"\s+(?i:groups?|options?|track)\b")
# … and a language's track without a determiner (« HESP110 and M1FI-C07, English track group »)
_MENTION_TRACK = re.compile(r"\b(?P<number>(?!))?(?P<word>(?i:English|French))\s+"
                            r"(?i:track|stream)\b")
_NEXT_WORD = re.compile(r"\s*(?:,|/|&|\b(?i:et|ou|and|or)\b)\s*(?P<number>(?!))?"
                        r"(?P<word>[^\W\d_]{3,15})(?![\w@]|[.,:/\-]\w)")
# A number listed after a shaped name (« les TD 4 et 7 », « TP 1, 3 ou 5 »): one more of its kind.
_LISTED_NUMBER = re.compile(r"\s*(?:,|/|&|\b(?i:et|ou)\b)\s*(?P<number>\d{1,2})(?P<word>(?!))?"
                            r"(?![\w@]|[.,:/\-]\w|\s*(?:h\b|heures?|ans?|étudiants|inscrits))")
# A number after a group word that opens a list of numbers names groups as context, not one.
_NUMBERS_LISTED = re.compile(r"\s*(?:,|/|&|\b(?i:et|ou|and|or)\b)\s*\d{1,2}\b")
# … the next of a list after a group word: a number, or a group's capital letter (« groupes A,
# B, C et D »), optionally after the group word again (« le groupe 1 et le groupe 2 » is two
# mentions already).
_LISTED_AFTER_WORD = re.compile(r"\s*(?:,|/|&|\b(?i:et|ou|and|or)\b)\s*"
                                r"(?:(?P<number>\d{1,2})|(?P<word>[A-H]))(?![\w@]|[.,:/\-]\w)"
                                r"(?!\s*(?:h\b|heures?|ans?|étudiants|inscrits))")
_CAPITAL = re.compile(r"[A-H]")
# A clause that says something is wrong with what it names (« … sont vides », « n'apparaissent
# pas dans … », « … cannot see »): a list of groups there is the groups the mail is about, one
# that says where things are fine (« je vois les groupes 1, 2 et 4 mais pas le mien », « j'ai
# les groupes 2 et 4 le mardi », « il n'y a que les groupes 1, 3, 5 et 6 ») is context.
_CLAUSE_BOUNDARY = re.compile(r"[.!?;:](?=\s|$)|\n\s*\n|,\s|\b(?i:mais|alors qu|tandis qu|"
                              r"puisqu|but|while|whereas)")
_SAYS_A_PROBLEM = re.compile(
    r"\b(?i:vides?|empty|inversée?s?|invers\w*|mélangée?s?|swapped|mixed|identiques|"
    r"n['’]\s?exist\w*\s+(?:pas|plus)|n['’]\s?appara\w*\s+(?:pas|plus)|"
    r"ne\s+(?:voi\w*|trouv\w*)\s+pas|n['’]\s?(?:ont|a)\s+pas\s+acc[eè]s|"
    r"sans\s+groupe|manqu\w*|cannot|can['’]t|can\s?not|do\s?n['’o]t?\s+see|missing|"
    r"(?:ne\s+sont|n['’]\s?est)\s+pas\s+inscrit\w*)")


def listed_as_concerned(text: str, start: int, end: int) -> bool:
    """Whether the list of groups at text[start:end] (its first name) is what its clause says
    something wrong about."""
    last = end
    while listed := _LISTED_AFTER_WORD.match(text, last):
        last = listed.end()
    left = max((b.end() for b in _CLAUSE_BOUNDARY.finditer(text, max(0, start - 200), start)),
               default=max(0, start - 200))
    right = _CLAUSE_BOUNDARY.search(text, last, last + 200)
    clause = text[left:right.start() if right else last + 200]
    return bool(_SAYS_A_PROBLEM.search(clause))


_SAYS_FINE = re.compile(
    r"\b(?i:sont\s+(?:bien\s+)?(?:corrects?|correctes|bons|bonnes|complets|compl[eè]tes|ok)|"
    r"(?:est|sont)\s+(?:bien\s+)?(?:à\s+jour|remplis?)|fonctionnent|marchent|are\s+(?:fine|ok|correct))\b")


_GROUP_WORD_AFTER = re.compile(r".*?\b(?i:groupes?|groups?)\b", re.DOTALL)


def _clause_end(text: str, end: int) -> int:
    """Where the clause going on at text[end] ends."""
    right = _CLAUSE_BOUNDARY.search(text, end, end + 200)
    return right.start() if right else min(len(text), end + 200)


def _said_fine(text: str, start: int, end: int) -> bool:
    """Whether the clause around text[start:end] says what it names is fine."""
    left = max((b.end() for b in _CLAUSE_BOUNDARY.finditer(text, max(0, start - 200), start)),
               default=max(0, start - 200))
    right = _CLAUSE_BOUNDARY.search(text, end, end + 200)
    return bool(_SAYS_FINE.search(text, left, right.start() if right else end + 200))


# … or the distance group (« le groupe à distance »), named so beside its étape's code (see
# _kind_families): a course's own distance group (`IRAN15CEMU`) is not read from it, since
# writer W counts neither « le groupe "présentiel" » nor « le groupe à distance » of its course.
_MENTION_DISTANCE = re.compile(r"\b(?i:groupes?|grp|gpe)\s+(?i:à|a)\s+(?P<number>(?!))?"
                               r"(?P<word>(?i:distance))\b")
# … or the apprentices as people of a course or a year (« les alternants de 2e année ne sont pas
# inscrits dans GEA2R305 », « nos apprentis », « the apprentices »): a group of people is a group
# of study, the one apprentices' group of the cited course or its year (`GEA2-ALT`); never one
# student (« je suis alternant », « en alternance »: their situation, which writers leave out).
_MENTION_APPRENTICES = re.compile(
    r"\b(?i:les|des|aux|nos|vos|ces|the|our|your)\s+(?P<number>(?!))?"
    r"(?P<word>(?i:alternant(?:e?s)|apprenti(?:e?s)|apprentices))\s+"
    r"(?:(?i:de|en|of|in)\s+(?:(?P<year>[1-6])\s*(?i:e|è|ème|eme|re|ère|er|st|nd|rd|th)?\s*"
    r"(?i:année|annee|year)\b|(?P<code>[A-Z][A-Z0-9]*\d[A-Z0-9.\-]*[A-Z0-9]))"
    r"|(?P<yearA>[1-6])(?i:A)\b)")
# … or the students in initial or continuing training as people of a course (« les FI sont bien
# dans leur groupe », « les étudiants en formation initiale », « les stagiaires de formation
# continue »), beside its apprentices' group: the course's one group of that kind (`IM1MKT04FI`;
# writers AY, BC, Q « les FC n'apparaît pas dans l'onglet Groupes »); never one student (« je suis
# en formation initiale »). Only as the subject of a clause about their group: « contrairement
# aux FI », « les étudiants en formation initiale y ont accès » say who has the course, not a
# group (writers V, BD, M, W).
_MENTION_TRAINING = re.compile(
    r"\b(?i:les)\s+(?:(?i:[ée]tudiants?|stagiaires?|inscrits?)\s+"
    r"(?i:en|de)\s+)?(?:[Ff]ormation\s+)?(?P<number>(?!))?"
    r"(?P<word>FI|FC|(?<=[Ff]ormation )(?i:initiale|continue))\b")
# … or a TD or TP named by its day (« je vais aux TP du jeudi »): a course's groups meeting on
# different days, whose labels say the day (« TP3 GENETIQUE 2 (jeudi) »).
_MENTION_DAY = re.compile(r"\b(?i:TD|TP)s?\s+(?i:du|of)\s+(?P<number>(?!))?"
                          r"(?P<word>(?i:lundi|mardi|mercredi|jeudi|vendredi|samedi|monday|"
                          r"tuesday|wednesday|thursday|friday|saturday))\b")
_MENTION_PATTERNS = (_MENTION_SHAPED, _MENTION_LETTERED, _MENTION_AFTER_WORD, _MENTION_SITE,
                     _MENTION_OPTION, _MENTION_ENGLISH, _MENTION_TRACK, _MENTION_DAY,
                     _MENTION_TRAINING)
# The tail a group adds to its course's code: a few characters (`G3`, `P2`, `EAD`, `TPA1`).
MAX_TAIL = 4


class Mention(NamedTuple):
    """A group named in passing: its written key (`TD3`, `TPB`, `1`, `CAEN`), the kind its
    shape says (`TD`, `TP`, `CM`, `G`…; "" after a group word), its number or word."""
    key: str
    kind: str
    number: str
    word: str


def _mentions(text: str, skips: Ranges) -> list[tuple[re.Match[str], Mention]]:
    """The groups `text` names in passing, outside `skips` and table cells."""
    found = []
    for pattern in _MENTION_PATTERNS:
        for m in pattern.finditer(text):
            mention = _mention(m)
            if mention and not skips.covers(m.start()) and not _BARE_RANGE.match(text, m.end()) \
                    and not _in_a_table(text, m.start(), m.end()):
                if m.re is _MENTION_TRAINING and not _GROUP_WORD_AFTER.match(
                        text, m.end(), _clause_end(text, m.end())):
                    continue
                found.append((m, mention))
                # numbers listed after a shaped name's, of its kind (« les TD 4 et 7 »)
                end = m.end()
                while mention.kind and mention.number and \
                        (listed := _LISTED_NUMBER.match(text, end)):
                    number = str(int(listed.group("number")))
                    found.append((listed, Mention(mention.kind + number, mention.kind, number,
                                                  "")))
                    end = listed.end()
                # numbers or capitals listed after a group word's, where the list is what
                # the clause is about (« les groupes 1, 2 et 3 sont vides », « groups A and B »)
                end = m.end()
                while m.re is _MENTION_AFTER_WORD and (mention.number or _CAPITAL.fullmatch(
                        mention.word)) and (listed := _LISTED_AFTER_WORD.match(text, end)) \
                        and bool(listed.group("number")) == bool(mention.number) \
                        and listed_as_concerned(text, m.start(), m.end()):
                    also = listed.group("number") or listed.group("word")
                    also = str(int(also)) if also.isdigit() else also
                    found.append((listed, Mention(also, "", also if also.isdigit() else "",
                                                  "" if also.isdigit() else also)))
                    end = listed.end()
                # words listed after a group word's (« les groupes lundi et mardi »)
                end = m.end()
                while mention.word and (listed := _NEXT_WORD.match(text, end)) \
                        and (also := _mention(listed)):
                    found.append((listed, also))
                    end = listed.end()
    return found


def _mention_written(written: str) -> Mention | None:
    """The mention a span's text is: a shaped name (« TD3 », « tp B »), else the number or word
    written after a group word."""
    for pattern in (_MENTION_SHAPED, _MENTION_LETTERED):
        if m := pattern.fullmatch(written):
            return _mention(m)
    if written.isdigit():
        return Mention(str(int(written)), "", str(int(written)), "")
    return Mention(_ascii(written), "", "", _ascii(written))


def _mention(m: re.Match[str]) -> Mention | None:
    """What a match of one of the mention patterns names."""
    if "word" in m.re.groupindex:
        written = m.group("word") or ""
        word = _ascii(written)
        if word in _KINDS and m.re is _MENTION_AFTER_WORD and len(m.group().split()) == 2 \
                and not _NUMBER_AFTER.match(m.string, m.end()):
            # « ni dans le groupe TD »: the one group of that kind a cited course has
            # (`M.1HRP9CTD` of `M.1HRP9C`), found by its tail alone (see _names); « aucun
            # groupe de TD » says a kind of group, none in particular (writer A)
            return Mention(word, "", "", word)
        if word in _NOT_NAMES or (word and not (written.isupper() if len(word) < 3
                                                else labels.is_programme_word(word))):
            return None
        if word == "FORMATION":
            # (« groupe formation initiale »: a word every kind's label holds, « Formation
            # initiale … », « Formation continue … », names none; read as its second word, the
            # union of catalogues found another university's FI group: writer AB's 024)
            return None
        number = str(int(m.group("number"))) if m.group("number") else ""
        if number and "sub" in m.re.groupindex and m.group("sub"):
            # a subgroup after a group word (« sous-groupes 5A », « groupe 4A »): the group whose
            # tail is G, the number and the letter (`XBCL2-G5A`; writers AD, AH)
            return Mention("G" + number + m.group("sub"), "G", "", "")
        if number and _NUMBERS_LISTED.match(m.string, m.end()) \
                and not listed_as_concerned(m.string, m.start(), m.end()):
            return None            # (« je vois les groupes 1, 2 et 4 »: a year's groups listed)
        return Mention(number or word, "", number, word)
    kind = m.group("kind").upper()
    if m.re is _MENTION_LETTERED:
        return Mention(kind + m.group("letter").upper() + (m.group("number") or ""), kind, "",
                       "")
    sub = (m.group("sub") or "").upper().strip()     # (« TP 2 A » is TP2A)
    number = str(int(m.group("number")))
    return Mention(kind + number + sub, kind, "" if sub else number, "")


def of_cited_codes(found: list[str], mentions: list[Span], catalogue: Catalogue,
                   said: list[str] | None = None,
                   of_a_kind: list[Span] | None = None,
                   years_said: list[labels.Named] | None = None,
                   own_only: bool = False) -> list[Span]:
    """The groups of the mail's codes it names in passing (« dans le cours DJ2-TRV2 … en TD3 »:
    `DJ2TRV2G3`; « en TP 4 (L1STAP-TP4) … groupe TP 2 »: `L1STAP-TP2`): a known code that is a
    cited code followed by a short tail, or a cited group's sibling, whose tail is the name as
    written or whose label names it (« TD 3 Droit du travail L2 », « Caen Arts plastiques »);
    one code for a name, or none; the étapes `said` in words give their groups of a kind of
    study (`_kind_families`), the only groups the mentions `of_a_kind` name (« le groupe à
    distance »). `own_only`: the cited codes' own groups and siblings only, not their year's or
    étape's (`SAID_FINE`)."""
    kinds = _kind_families(found + (said or []), catalogue)
    # (… and the étape a cited course's code abbreviates: `PASS-EAD` of `P1.UE03`)
    etapes = year_groups.etape_heads(found, catalogue) if of_a_kind else ()
    out: list[Span] = []
    for span in of_a_kind or ():
        mention = _mention_written(span.value)
        named = {c for family in kinds for c in family.members
                 if mention and _names(mention, c, family, catalogue)}
        if not named and mention and etapes:
            named = year_groups.named(*mention, (etapes,), catalogue)
        if not named and mention and (kind := labels.study_kind(mention.word)):
            # (… and the étape the mail cites whole: `DUGER-DIS` of `DUGER`)
            named = kind_groups.of_cited_etapes(kind, found, catalogue)
        if len(named) == 1 and (code := named.pop()) not in found:
            out.append(Span("apogee_code", code, span.text, span.part, span.start, span.end))
    cited = cited_scope(found, catalogue, years_said)
    cited = cited._replace(families=cited.families + _kind_families(said or [], catalogue))
    if not cited.families and not cited.groups and not cited.heading and not cited.years:
        return out
    # the kinds of study of the groups already read: « les étudiants du groupe ALT (nos
    # apprentis) … au lieu du groupe alternants » names one group twice (writer AD's 005)
    kinds_read = {labels.tail_kind(c[len(labels.group_head(c)) + 1:]) for c in found} - {""}
    # (said fine: a year's groups too, shaped names as `_named_first` looks them up; an
    # étape's not)
    among = looked_up_once(cited, catalogue, heading=not own_only, shaped=own_only)
    for span in mentions:
        if (mention := _mention_written(span.value)) and mention.word \
                and labels.study_kind(mention.word) in kinds_read:
            continue
        named = among(span.value)
        if len(named) == 1 and not named & set(found):
            out.append(Span("apogee_code", named.pop(), span.text, span.part, span.start,
                            span.end))
    return out


def _cited_groups(found: list[str], catalogue: Catalogue) -> list[tuple[str, str, str, str]]:
    """(head, separator, tail, code) of the mail's codes that are groups by their tail: one the
    catalogue's tail index gives, a shaped name (`TD07`, `G2`, `TPC`) or letters (`ALT`, `CA`),
    else a subgroup's glued after a digit (`IGEA2TPB1`), whose siblings then say whether it is
    one."""
    out = []
    for code in found:
        for cut in range(1, MAX_TAIL + 2):
            tail = code[-cut:]
            heads = catalogue.heads_ending(code, tail)
            if heads and (_SHAPED.fullmatch(tail) or _LETTERED_TAIL.fullmatch(tail)
                          or tail.isalpha()):
                head = heads[0]
                out.append((head, code[len(head):-cut], tail, code))
                break
        else:
            if m := _UNINDEXED_TAIL.search(code):
                out.append((code[:m.start()], "", m.group(), code))
    return out


# A group's tail the index does not hold: a subgroup glued after a digit (`TPB1`). (Letters after
# a digit are as often an étape's end, `MEF1SL`: not read so.)
_UNINDEXED_TAIL = re.compile(r"(?<=\d)T[DP][A-H]\d$")
_LETTERED_TAIL = re.compile(r"T[DP][A-H]")
_NUMBERED = re.compile(r"^([A-Z]*)(\d+)$")


def _sibling_named(mention: Mention, head: str, sep: str, tail: str, code: str,
                   catalogue: Catalogue) -> set[str]:
    """The known sibling of the mail's group `code` (`head`, `sep`, `tail`) that `mention`
    names: its tail as written (« tp D » beside `PH3-TPC`: `PH3-TPD`), its number padded like
    the group's (« TD 7 » beside `D1CIVTD12`: `D1CIVTD07`). A bare number (« groupe 3 » beside
    `HLAN101G07`) is not read so: writers H and W do not count it, R does."""
    names = {mention.key}
    numbered = _NUMBERED.match(tail)
    if numbered and mention.number and mention.kind == numbered.group(1):
        names.add(numbered.group(1) + mention.number.zfill(len(numbered.group(2))))
    return {sibling for name in names if (sibling := head + sep + name) in catalogue
            and sibling != code and tail.isalpha() == name.isalpha()}


class Family(NamedTuple):
    """Groups of one code of the mail: {code: tail} of its `parent`'s groups (the code itself,
    or a cited group's head when they are its `siblings`)."""
    parent: str
    members: dict[str, str]
    siblings: bool


def _families(found: list[str], groups: list[tuple[str, str, str, str]],
              catalogue: Catalogue) -> list[Family]:
    """For each code of the mail that has groups, it and {group code: its tail}: the known codes
    that are the code and a short tail (`PHA3U14P2` of PHA3U14), and for a cited group (of
    `groups`) its siblings of the same layout and kind of tail (`MG2MKT-A` beside MG2MKT-ALT;
    never an element `MG2MKT01`)."""
    families = []
    for code in found:
        key = tolerant_key(code)
        children = {c: tolerant_key(c)[len(key):] for c in catalogue.completions(code, 100)}
        children = {c: tail for c, tail in children.items() if 0 < len(tail) <= MAX_TAIL}
        if children:
            families.append(Family(code, children, False))
    families += _heading_families(found, catalogue)
    families += _kind_families(found, catalogue)
    # (and the groups hung on a cited course's tail: `INF202-TP1` of `S2INF.02`)
    families += [Family(code, members, False) for code in found
                 if (members := tail_groups.groups_of_course(code, catalogue))]
    for head, sep, tail, code in groups:
        siblings = {c: c[len(head) + len(sep):] for c in catalogue.completions(head + sep, 100)
                    if c.startswith(head + sep) and c != code}
        # (a sibling whose tail says a kind of study is a group whatever the cited one's
        # tail: `71G1-ALT` beside `71G1-TD2`, `PASSDIST` beside `PASSTD18`)
        siblings = {c: t for c, t in siblings.items() if 0 < len(t) <= MAX_TAIL
                    and "-" not in t and "." not in t
                    and (t.isalpha() == tail.isalpha() or labels.tail_kind(t))}
        if siblings:
            families.append(Family(head, siblings, True))
    return families


def _heading_families(found: list[str], catalogue: Catalogue) -> list[Family]:
    """The groups of a head that starts a code of the mail, an element numbered under it
    (`IAM1FI07` under the étape `IAM1FI`, whose groups are `IAM1FI-ALT`, `IAM1FI-FI`; `1PE118`
    under `1PE`, `1PE-SLO`…): a student's group is their étape's, which the course's code
    starts with. Letters-only or shaped tails only (never an element `IAM1FI08`); a bare
    number is not read so (`siblings`: see _sibling_named)."""
    families = []
    for code in found:
        for cut in range(_MIN_HEAD, len(code) - 1):
            head, rest = code[:cut], code[cut:]
            if not (rest[0] in ".-" or rest[0].isdigit() and not head[-1].isdigit()) \
                    or not any(c.isdigit() for c in rest):
                continue
            groups = catalogue.groups_of(head)
            if code in groups and not rest.lstrip(".-").isdigit():
                break                          # (a group itself: `X3IN-APP1` of `X3IN`; a
                #                                number is an element's, `D.CGE.03` of `D.CGE`)
            members = {c: tail for c in groups
                       if 0 < len(tail := c[len(head):].lstrip(".-")) <= MAX_TAIL
                       and not tail.isdigit()}
            if members:
                families.append(Family(head, members, True))
    return families


def _kind_families(found: list[str], catalogue: Catalogue) -> list[Family]:
    """The groups of a code of the mail that write a kind of study before it (`EAD-EM2PE`, the
    distance students of the étape `EM2PE`; `ALT-M1CG`): a scheme may head its groups by
    their kind as others end them by it (`HL2GEO-EAD`, which `Catalogue.completions` finds)."""
    families = []
    for code in found:
        members = {f"{kind}{sep}{code}": kind for kind in labels.KIND_TAILS
                   for sep in ("-", ".", "_", "") if f"{kind}{sep}{code}" in catalogue}
        if members:
            families.append(Family(code, members, False))
    return families


# (a head of fewer characters starts too many codes to say whose groups these are)
_MIN_HEAD = 3


def _names(mention: Mention, code: str, family: Family, catalogue: Catalogue,
           numbered_label: bool = False) -> bool:
    """Whether `mention` names `code` of `family`: its tail as written, or (with labels) the
    words its label holds that its siblings' labels do not (and, `numbered_label`, a label's
    shaped word of the number after a group word: « groupe 2 » of « TD2 PSY L3 »)."""
    tail = family.members[code]
    if short_name_key(tail) == short_name_key(mention.key) or (
            mention.number and not mention.kind and tail.lstrip("0") == mention.number):
        return True
    own = catalogue.label(code)
    if mention.word and (kind := labels.study_kind(mention.word)):
        # a kind of study, however written: « le groupe des apprentis » is the ALT group,
        # « groupe FI » the INI one, « the French group » the FR one
        return kind == labels.tail_kind(tail) or kind in labels.label_kinds(own or "")
    if not own:
        return False
    distinct = labels.distinct_among(own, _family_words(family, catalogue))
    if mention.kind and any(w in _KINDS and w != mention.kind for w in
                            labels.words_of(own)) and mention.kind not in labels.words_of(own):
        return False                           # (« TP 2 » is no « TD 2 » group)
    if mention.kind in _KINDS and not mention.number and tail.isalpha() \
            and short_name_key(mention.key) == mention.kind + short_name_key(tail) \
            and mention.kind in labels.words_of(own):
        return True                 # (« mon TD B » of a course whose « TD B … » group ends B)
    if mention.number and not mention.kind and family.siblings:
        return False                # (a bare number beside a cited group: see _sibling_named)
    if mention.number and not mention.kind and _numbered_group(
            tail, distinct if numbered_label else set(), mention.number):
        return True
    if mention.number:
        return mention.number in {w.lstrip("0") for w in distinct} \
            or short_name_key(mention.key) in {short_name_key(w) for w in distinct}
    if mention.word:
        # a compound name (« maths-info », « Saint-Lô »): every part in the label, one its own
        parts = mention.word.split("-")
        return any(labels.same_word(p, distinct) for p in parts) and all(
            labels.same_word(p, set(labels.words_of(own))) for p in parts)
    return short_name_key(mention.key) in {short_name_key(w) for w in distinct}


def _family_words(family: Family, catalogue: Catalogue) -> Counter[str]:
    """How many of a family's labels (its groups' and its parent's) hold each word, counted once
    for the family rather than for each group a name is compared with (a big catalogue gives a
    cited course a hundred groups)."""
    memo = _words_of_families(catalogue)
    key = (family.parent, tuple(family.members))
    holding = memo.get(key)
    if holding is None:
        if len(memo) > _MEMO_FAMILIES:
            memo.clear()
        holding = memo[key] = labels.labels_holding(
            [catalogue.label(c) or "" for c in [*family.members, family.parent]])
    return holding


@labels.once_per_catalogue
def _words_of_families(catalogue: Catalogue) -> dict[tuple[str, tuple[str, ...]], Counter[str]]:
    return {}


_MEMO_FAMILIES = 1024
_KINDS = frozenset({"TD", "TP", "CM"})
# A group's number as a tail or a label word writes it: « G2 », « GR02 », « TD2 », « TP 2 » (a
# number after the kind in the label, « TD 2 … », is a word of its own and read above).
_GROUP_NUMBERED = re.compile(r"^(?:G|GR|GRP|TD|TP)0*(\d{1,2})$")


def _numbered_group(tail: str, distinct: set[str], number: str) -> bool:
    """Whether « groupe `number` » names a cited course's own group of tail `tail`: a tail that
    is a group's number (`U3PSY32G2`), or a label whose own word (of `distinct`) is its group's
    (« TP2 R3.01 » among « TP1 … », « TD A … »): a group word and a number say a numbered group,
    whatever its kind (a course holding both a TD 2 and a TP 2 has two, and neither is read)."""
    if (m := _GROUP_NUMBERED.match(tail)) and tail[0] == "G":
        return m.group(1).lstrip("0") == number
    return any((m := _GROUP_NUMBERED.match(w)) and m.group(1) == number for w in distinct)
# (« le groupe TD 3 », « groupe TP A » name a numbered or lettered group: not the kind alone)
_NUMBER_AFTER = re.compile(r"\s*(?:(?i:n°|num[ée]ro)\s*)?\d|\s[A-H]\b")


class Cited(NamedTuple):
    """What the mail cites that has groups: its groups written whole (`_cited_groups`) and the
    families of its codes (`_families`), those of the étapes its codes start with apart."""
    groups: list[tuple[str, str, str, str]]
    families: list[Family]
    heading: list[Family]
    # the heads of the years the cited courses belong to (`year_groups.year_heads`)
    years: tuple[tuple[year_groups.Head, ...], ...] = ()


def cited_scope(found: list[str], catalogue: Catalogue,
                years_said: list[labels.Named] | None = None) -> Cited:
    """The groups of what the mail cites (`found`): where a group named in passing is looked
    for first (the groups of the cited courses' years: of the `years_said` in words, if any)."""
    groups = _cited_groups(found, catalogue)
    families = _families(found, groups, catalogue)
    heading = _heading_families(found, catalogue)
    return Cited(groups, [f for f in families if f not in heading], heading,
                 year_groups.year_heads(found, years_said, catalogue))


def named_among_cited(written: str, cited: Cited, catalogue: Catalogue,
                      heading: bool = True, shaped: bool = False) -> set[str]:
    """The groups of the mail's cited codes (`cited`) that the name `written` (« TD3 »,
    « groupe 2 », « tp B ») names, by their tail as written or by their label: a cited code's
    own groups and a cited group's siblings first (`D2OBL03-T3` « TD3 … » of `D2OBL03`), then
    the groups of the étape a cited code starts with (`D2OBLTD03` of `D2OBL`)."""
    mention = _mention_written(written)
    if mention is None:
        return set()
    named = {code for family in cited.families for code in family.members
             if _names(mention, code, family, catalogue)}
    named |= {code for group in cited.groups for code in _sibling_named(mention, *group,
                                                                        catalogue)}
    if not named and mention.number and not mention.kind:
        # (a label's « TD2 » for « groupe 2 » only where no tail says it: in a mail citing two
        # courses, « groupe 3 » is the one whose code ends G3, not the other's TD3)
        named = {code for family in cited.families for code in family.members
                 if _names(mention, code, family, catalogue, numbered_label=True)}
    if named:
        return named
    # then the one group of that name of the year a cited course belongs to (`GEA1TD2` of
    # `GEA1R106`), before the étape's groups and the rest of the catalogue
    if cited.years and (shaped or not mention.kind) \
            and not any(short_name_key(tail) == short_name_key(mention.key)
                        for _, _, tail, _ in cited.groups) \
            and (of_the_year := year_groups.named(*mention, cited.years, catalogue)):
        # (« en TD2 (GEA1ITD2) »: a name of a group the mail writes whole is that group; a
        # shaped name only as `short_names` reads it, `shaped`: none quoted with other words,
        # « TD 3 distanciel », a Moodle group's display name)
        return of_the_year
    if not heading:
        return named
    return {code for family in cited.heading for code in family.members
            if _names(mention, code, family, catalogue)}


def looked_up_once(cited: Cited, catalogue: Catalogue, heading: bool = True,
                   shaped: bool = False) -> Callable[[str], set[str]]:
    """`named_among_cited` in one scope, each name looked up once: a pasted table says « TD1 »
    a thousand times, and each look goes through every group of every cited course (a 40 KB
    table of 60 courses took 11 s to read). The result is the same: the look is a function of
    the name in that scope."""
    seen: dict[str, frozenset[str]] = {}

    def named(written: str) -> set[str]:
        if written not in seen:
            seen[written] = frozenset(named_among_cited(written, cited, catalogue,
                                                        heading=heading, shaped=shaped))
        return set(seen[written])
    return named


def _named_first(span: Span, cited: Cited, first: Callable[[str], set[str]]) -> set[str]:
    """The groups of what the mail cites that the shaped name `span` names (« TD1 » beside
    `D2CIV03`: `D2CIV03-T1` labelled « TD1 DROIT CIVIL 5 »), looked for before the whole
    catalogue (a catalogue of many programmes holds a TD1 of every one). The groups of the
    étape a cited code starts with come after the mail's evidence (`best`), as before."""
    if span.kind != NAME or not cited.families and not cited.groups and not cited.years:
        return set()               # (a name after a group word completes a cited code: below)
    return first(span.text)             # (`named_among_cited`, heading=False, shaped=True)
