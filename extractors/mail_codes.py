"""APOGÉE codes across one whole mail, once every part has been read (`codes.py` reads them
part by part): a code read whole drops its fragments, a catalogue completion is reported as
written when the mail says why, one value per code written twice, separators given back from
the mail's sibling codes and the catalogue. `written` is the mail's subject and text as read."""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable

from triage.catalogue import Catalogue, code_shape, tolerant_key
from triage.extractors import codes as code_finder
from triage.extractors import dropped_digits, labels, sibling_codes
from triage.extractors.code_context import CUES, WORD, line_before
from triage.extractors.identifiers import Ranges, occurrences
from triage.model import Entities, Span


def drop_fragments(entities: Entities, whole: list[Span]) -> None:
    """Before codes read whole are added: drop a fragment of one read as a code of its own
    (« BIO3 UE 12 »: not `BIO3`)."""
    inside = {id(s) for s in entities.spans for c in whole if s.kind == "apogee_code"
              and s.part == c.part and c.start <= s.start and s.end <= c.end}
    if inside:
        entities.spans = [s for s in entities.spans if id(s) not in inside]
        _keep_values_of_spans(entities)


def outside_codes(near: list[Span], entities: Entities) -> list[Span]:
    """The candidates one point short (`codes.same_scheme`) that are no piece of a code already
    read at their place (« u3psy » of « u3psy 21 », « IAEM1 » of « IAEM1 C12 »: the pair is the
    code, its head alone would be a second one of its scheme)."""
    if not near:
        return near
    read: dict[str, Ranges] = {}
    for part in {s.part for s in near}:
        read[part] = Ranges([(s.start, s.end) for s in entities.spans
                             if s.kind == "apogee_code" and s.part == part])
    return [s for s in near if not _within(read[s.part], s.start, s.end)]


def _within(ranges: Ranges, start: int, end: int) -> bool:
    i = bisect_right(ranges.starts, start) - 1
    return i >= 0 and end <= ranges.ends[i]


def drop_split_heads(entities: Entities, catalogue: Catalogue | None, written: str) -> None:
    """Without the catalogue, a code read only as the head of a code the mail writes whole
    elsewhere, each time with the rest typed after a space (« GE1R1 03 » beside GE1R1-03,
    « BINF1 05 » beside BINF1.05, « leas3 g1 » beside LEAS3-G1): a fragment, not a code.
    (With the catalogue, a head it knows may be a code of its own: left to it.)"""
    if catalogue is not None:
        return
    keys = {tolerant_key(v) for v in entities.apogee_codes}
    # A head completes a code only if the code's key starts with its key: the search of the
    # mail's text (1 MB for a pasted table) is for those few, once per written form.
    starts = {key[:n] for key in keys for n in range(1, len(key))}
    heads = set()
    is_head: dict[str, bool] = {}      # per written form
    for span in entities.spans:
        if span.kind != "apogee_code" or not span.text or " " in span.text \
                or tolerant_key(span.text) not in starts:
            continue
        if span.text not in is_head:
            is_head[span.text] = _is_split_head(written, span.text, keys)
        if is_head[span.text]:
            heads.add(span.value)
    if heads:
        entities.spans = [s for s in entities.spans
                          if s.kind != "apogee_code" or s.value not in heads]
        _keep_values_of_spans(entities)


_INSIDE_TOKEN = re.compile(r"\w|[.\-]\w")
_SPACED_REST = re.compile(r" ([A-Za-z0-9]{1,4})(?![\w])")


def _is_split_head(written: str, head: str, keys: set[str]) -> bool:
    """Whether `head` stands in `written` as a token of its own (inside « GE1R1-03 » it is the
    whole code's) and, everywhere it does, the rest typed after a space completes it into a code
    of `keys`."""
    places = [at for at in occurrences(written, head, 20)
              if not _INSIDE_TOKEN.match(written, at + len(head))
              and not (at and written[at - 1].isalnum())]
    return bool(places) and all(_head_of_known(written, at + len(head), head, keys)
                                for at in places)


def _head_of_known(text: str, end: int, head: str, keys: set[str]) -> bool:
    """Whether the rest typed after a space at text[end] completes `head` into a code of `keys`."""
    rest = _SPACED_REST.match(text, end)
    return rest is not None and tolerant_key(head + rest.group(1)) in keys


def drop_short_names(entities: Entities, catalogue: Catalogue | None) -> None:
    """A code that another code of the mail ends with, after letters (and maybe a year's digit)
    or a year's digit alone, is that code's short name (« la ressource R1.04 » beside GEAR1.04,
    or beside GEAR104, « R3.10 » beside GEA2R310: the BUT numbers its resources, the scheme
    prefixes them; « GEO311 » beside 2GEO-311: its year left out), not a code of its own,
    unless the catalogue knows it as written: its spans stand for the whole code."""
    values = entities.apogee_codes
    # (looked up, not compared each with each: a pasted table cites thousands of codes)
    ending: dict[str, list[str]] = {}          # compared without separators: « R3.12 », GEAR312
    listed: dict[tuple[int, str], list[str]] = {}
    for y in values:
        key = _SEPARATORS.sub("", y)
        for cut in range(1, min(_PREFIX_MAX, len(key) - 1) + 1):
            if _HEAD.match(key[:cut]):
                ending.setdefault(key[cut:], []).append(y)
        for cut in range(1, min(_PREFIX_MAX, len(y) - 1) + 1):
            if y[:cut].isalpha():
                listed.setdefault((len(y) - cut, _LAST_NUMBER.sub("", y[cut:])), []).append(
                    y[:cut])
    whole = {}
    for x in values:
        if _LETTER_FIRST.match(x) and not (catalogue and x in catalogue):
            longer = [y for y in ending.get(_SEPARATORS.sub("", x), ()) if y != x]
            if len(longer) == 1:
                whole[x] = longer[0]
            elif not longer and (head := _listed_head(x, listed)):
                whole[x] = head + x
    _rename(entities, whole)


def complete_truncated(entities: Entities, catalogue: Catalogue | None, written: str) -> None:
    """A mail that gives a code's complete form (« ECO-S5, le code complet est ECO-S5EC », « the
    full code is … ») means its shorter spelling as that code: a code another code of the mail
    goes on from (one to four letters or digits more) becomes it, unless the catalogue knows
    it as written (an étape beside its element, `HPSY215` beside the group `HPSY215TD`, is
    told apart by the catalogue, or by the mail not saying so)."""
    if "code" not in written.lower() or not _COMPLETE_FORM.search(written):
        return                                 # (every phrase says « code »: looked for first)
    values = entities.apogee_codes
    starting: dict[str, list[str]] = {}
    for y in values:
        for cut in range(max(1, len(y) - 4), len(y)):
            if y[cut:].isalnum():
                starting.setdefault(y[:cut], []).append(y)
    whole = {}
    for x in values:
        longer = starting.get(x, [])
        if len(longer) == 1 and not (catalogue and x in catalogue):
            whole[x] = longer[0]
    _rename(entities, whole)


_COMPLETE_FORM = re.compile(
    r"\bcodes?\s+(?:complets?|exacts?|entiers?|corrects?|r[ée]els?)\b|\bvrai\s+code\b"
    r"|\b(?:full|complete|exact|correct|whole|real)\s+(?:course\s+)?codes?\b", re.IGNORECASE)


def _listed_head(short: str, listed: dict[tuple[int, str], list[str]]) -> str | None:
    """The letters two codes of the mail or more put before codes that differ from `short` by
    their last number alone (« M1M05 » beside IAEM1M01, IAEM1M02): `short` is that scheme's
    code with its prefix left out. `listed`: the mail's codes' letter heads by the length and
    the stem (without its last number) of what follows them."""
    heads = Counter(listed.get((len(short), _LAST_NUMBER.sub("", short)), ()))
    if len(heads) == 1:
        (head, count), = heads.items()
        if count >= 2:
            return head
    return None


_LAST_NUMBER = re.compile(r"\d+$")
# (letters, then maybe the year's digit: `GEA2R310` is GEA's second year's R3.10; or a year's
# or a site's digit alone: « GEO311 » beside 2GEO-311, « STA204 » beside 3-STA204)
_HEAD = re.compile(r"^(?:[A-Z]+\d?|\d)$")
_LETTER_FIRST = re.compile(r"^[A-Z](?=.*\d)")
_PREFIX_MAX = 5


def report_stubs_as_written(entities: Entities, written: str) -> None:
    """A code the catalogue completed is reported as written when the mail writes the whole
    code too, or speaks of an old code and its successor: the span keeps its place, its value
    becomes the code as written."""
    stubs = {(s.part, s.start): s
             for s in code_finder.completed_beside_whole(entities.spans, written)}
    if stubs:
        entities.spans = [stubs.get((s.part, s.start), s) if s.kind == "apogee_code" else s
                          for s in entities.spans]
        _keep_values_of_spans(entities)
        for span in stubs.values():
            if span.value not in entities.apogee_codes:
                entities.apogee_codes.append(span.value)


def drop_event_names(entities: Entities, written: str) -> None:
    """A token written after a conference's word on its line (« a conference in Dublin
    (ICLC-11) », « Conference on E-Learning 2026 (WCET-26) ») is that event's name, wherever
    else the mail writes it (« submit your paper to WCET-26 »), never a code."""
    if not _might_name_event(written) or not _EVENT.search(written):
        return
    _drop_unless_course(entities, written, lambda span: any(
        _names_event(written, at) for at in occurrences(written, span.text, 20)))


def drop_event_editions(entities: Entities, written: str) -> None:
    """Capitals then a year the mail writes in a date (« ICED 2027 - Lisbon, 12-14 March 2027 »,
    « JNE2026 … le 3 juin 2026 ») name an event's edition, a call for papers', a fair's, never a
    course; so do the references the edition's name and its short year head (« Early bird code
    ICED27-EB », « Paper ID format: ICE26-0418 »). A code whose number is a year and no date
    (« DUFC 2031 », « 11LM 2034 ») stays, and so does one cited right after a course's cue word."""
    _drop_unless_course(entities, written, lambda span: _names_edition(written, span.value))


def _drop_unless_course(entities: Entities, written: str, named: Callable[[Span], bool]) -> None:
    """Drops the codes `named` says name something else, except one the mail cites right after
    a course's cue word: a course, whatever else stands by it (« the course AN-19Z
    (Spanish-English translation workshop) … searching 'AN-19Z' »)."""
    dropped = {s.value for s in entities.spans if s.kind == "apogee_code" and s.text
               and named(s) and not any(_after_course_cue(written, at)
                                        for at in occurrences(written, s.text, 20))}
    if dropped:
        entities.spans = [s for s in entities.spans
                          if s.kind != "apogee_code" or s.value not in dropped]
        _keep_values_of_spans(entities)


def _names_edition(text: str, value: str) -> bool:
    """Whether the code `value` is an edition's name the mail writes with a dated year, or a
    reference that name and its short year head (ICED27-EB beside « ICED 2027 »)."""
    head = _EDITION_HEAD.match(value)
    if not head:
        return False
    letters, digits = head.group(1), head.group(2)
    # (driven by the code, found by plain searches: a regex over a 1 MB mail costs its time)
    years = {"20" + digits[:2]} | ({digits[:4]} if len(digits) >= 4 and digits.startswith("20")
                                   else set())
    return any(letters + gap + year in text and (_dated(text, year) or _event_year(text, year))
               for year in years for gap in ("", " ", "-"))


_EDITION_HEAD = re.compile(r"^([A-Z]{2,8})[.\-]?(\d{2,})")
# A date's year: after a month's name (« 14 March 2027 », « mars 2027 ») or a day and a month
# in figures (« 12/03/2027 »).
_BEFORE_YEAR = re.compile(r"\b(?:janv|f[ée]vr|mars|avr|mai|juin|juil|ao[uû]t|sept|oct|nov|d[ée]c"
                          r"|jan|feb|march|apr|may|june|july|aug|sep)[a-zéû]*\.?\s+$"
                          r"|\b\d{1,2}[/.\-]\d{1,2}[/.\-]$", re.IGNORECASE)


def _dated(text: str, year: str) -> bool:
    """Whether `text` writes `year` as a date's year."""
    return _year_after(text, year, lambda at: _BEFORE_YEAR.search(text[max(0, at - 14):at]))


def _year_after(text: str, year: str, said_before: Callable[[int], object]) -> bool:
    """Whether `text` writes `year` (a whole number) somewhere `said_before` its place holds."""
    at = text.find(year)
    while at >= 0:
        if not text[at + 4:at + 5].isdigit() and said_before(at):
            return True
        at = text.find(year, at + 4)
    return False


def _event_year(text: str, year: str) -> bool:
    """Whether `text` writes `year` after an event's word on its line, as an event's year
    (« International Conference on Education Technology 2026 », a call's subject, beside « ICET
    2026 (Dubai, 12-14 December) » whose date has no year)."""
    return _might_name_event(text) and _year_after(text, year, lambda at: _EVENT.search(
        text, max(text.rfind("\n", 0, at) + 1, at - _LINE_BACK), at))


def _after_course_cue(text: str, at: int) -> bool:
    """Whether a course's cue word (`cours`, `course`, `module`…) is the last word before text[at]."""
    words = WORD.findall(line_before(text, at))
    return bool(words) and words[-1] in CUES


def _names_event(text: str, at: int) -> bool:
    """Whether a conference's word comes before text[at] in its sentence, with no word between
    them saying a course follows (« maître de conférences … le cours LEA.DE41 »: a title)."""
    start = max(text.rfind("\n", max(0, at - _LINE_BACK), at) + 1, at - _LINE_BACK, 0)
    last = None
    for last in _EVENT.finditer(text, start, at):
        pass
    # (nor a sentence's end: « I am away at the TESOL conference (…). For AN-10A matters … »)
    return last is not None and not _COURSE_CUE.search(text, last.end(), at) \
        and not _SENTENCE_END.search(text, last.end(), at)



_SENTENCE_END = re.compile(r"[.!?]\s+[A-Z]")
_COURSE_CUE = re.compile(r"\b(?:cours|course|code|module|ue|[ée]l[ée]ment|enseignement)s?\b",
                         re.IGNORECASE)
_EVENT = re.compile(r"(?<!\bde )\bconf[ée]rences?\b|\bcongr[èe]s\b|\bcongress\b|\bcolloques?\b"
                    r"|\bcolloquium\b|\bsymposium\b|\bworkshops?\b|\bsummit\b|\bcall for papers\b",
                    re.IGNORECASE)
_LINE_BACK = 120
# A piece of each of _EVENT's words, of letters that case folding maps to themselves alone (not
# i, k, s: « ſ », « K », « İ » match them too): looked for first, a regex that ignores case
# scans a 1 MB mail slowly.
_EVENT_PIECES = ("onf", "ongr", "lloq", "ymp", "umm", "wor", "all for pap")


def _might_name_event(text: str) -> bool:
    lower = text.lower()
    return any(piece in lower for piece in _EVENT_PIECES)


def _keep_values_of_spans(entities: Entities) -> None:
    still = {s.value for s in entities.spans if s.kind == "apogee_code"}
    entities.apogee_codes = [v for v in entities.apogee_codes if v in still]


def one_per_code(codes: list[str]) -> list[str]:
    """One value per code when a mail writes it twice, once with O for 0 (BGE3R05, BGE3RO5), or
    once with a dot left out or misplaced (M1.MS07, M.1.MS07): the spelling with more digits,
    then more separators, at the place of the first."""
    best: dict[str, str] = {}
    for code in codes:
        key = _lookalike_key(code)
        if key not in best or _fullness(code) > _fullness(best[key]):
            best[key] = code
    return list(dict.fromkeys(best[_lookalike_key(c)] for c in codes))


def _fullness(code: str) -> tuple[int, int]:
    return sum(c.isdigit() for c in code), sum(c in ".-" for c in code)


def _lookalike_key(code: str) -> str:
    """O and 0, I and 1 folded; separators folded among spellings that write some (`M1.MS07`,
    `M.1.MS07`), kept apart from one that writes none: `INFR204` beside `INFR2.04` is an old
    code and its successor, two codes (restore_separators leaves them apart for the same reason)."""
    key = code.upper().translate(_LOOKALIKES)
    return "." + _SEPARATORS.sub("", key) if _SEPARATORS.search(key) else key


_SEPARATORS = re.compile(r"[.\-]")
_LOOKALIKES = str.maketrans({"O": "0", "I": "1"})


def restore_separators(entities: Entities, catalogue: Catalogue | None, written: str) -> None:
    """A code written without the dot or dash its siblings in the mail carry gets it back; so
    does a code the catalogue does not know (archived, mistyped) whose scheme's known codes all
    carry it at one place (`G01GPH` among `G01-AME`, `G01-CAR`…)."""
    restored = sibling_codes.restore_separators(entities.apogee_codes, catalogue, written)
    # (a space is a known code's own place for no separator: « B1GEA 14 » beside B1GEA-ALT is
    # the known B1GEA14, not a B1GEA-14 no catalogue holds)
    restored.update({v: r for v, r in sibling_codes.spaced_like_siblings(entities.spans).items()
                     if not (catalogue and v in catalogue and r not in catalogue)})
    restored.update({v: r for v, r in sibling_codes.semester_short_forms(
        entities.apogee_codes).items() if not (catalogue and v in catalogue)})
    if not catalogue:
        restored.update(sibling_codes.digits_by_scheme(entities.apogee_codes))
        restored.update({v: r for v, r in sibling_codes.numbered_like_siblings(
            entities.apogee_codes).items() if v not in restored})
        restored.update({v: r for v, r in sibling_codes.dots_like_siblings(
            entities.apogee_codes).items() if v not in restored})
        restored.update({v: r for v, r in sibling_codes.separators_like_siblings(
            entities.apogee_codes).items() if v not in restored})
        restored.update({v: r for v, r in sibling_codes.letters_by_scheme(
            entities.apogee_codes).items() if v not in restored})
        restored.update({v: r for v, r in dotted_heads(entities.apogee_codes).items()
                         if v not in restored})
        restored.update({v: r for v, r in semester_before_siblings(entities.apogee_codes).items()
                         if v not in restored})
        restored.update({v: r for v, r in sibling_codes.padded_like_siblings(
            entities.apogee_codes).items() if v not in restored})
        restored.update({v: r for v, r in sibling_codes.typed_like_siblings(
            entities.apogee_codes, _typed_with_separators(entities.spans)).items()
            if v not in restored})
    if catalogue:
        # (a code kept apart from its spelling with separators is an old code: left as written)
        keys = Counter(_SEPARATORS.sub("", c) for c in entities.apogee_codes)
        for code in entities.apogee_codes:
            if code not in restored and code not in catalogue and keys[code] < 2:
                form = catalogue.scheme_form(code)
                if form == code:
                    form = doubled_letter(code, catalogue) or code
                # (a known code with a digit put back is `restore_dropped_digits`' reading:
                # « INF2R32 » is INF2R302, not an INF2-R32 laid out like INF2-ALT)
                if form != code and not catalogue.dropped_digit(code):
                    restored[code] = form
    _rename(entities, restored)


def _typed_with_separators(spans: list[Span]) -> set[str]:
    """The mail's codes some place writes with their separators as read (« DR.5CON »; not
    « dr 5con », nor `GEA4-R09` read from « GEA4 R09 »)."""
    return {s.value for s in spans if s.kind == "apogee_code" and _SEPARATORS.search(s.value)
            and s.text.upper() == s.value}


def restore_dropped_digits(entities: Entities, catalogue: Catalogue | None,
                           written: str = "") -> None:
    """Codes written with a digit left out (« ES-1A » for ES-10A), and a real code whose
    dropped digit the mail writes beside it (« PASUE3 » beside « UE13 »): `dropped_digits`."""
    if catalogue:
        # (the years the mail says in words, « en M2 »: which year a code without it is of)
        years = frozenset(n.year for n in labels.years_said(written[:_YEARS_CHARS], False))
        _rename(entities, dropped_digits.restore_dropped_digits(entities.apogee_codes, catalogue,
                                                                years))
        _rename(entities, dropped_digits.said_apart(entities.apogee_codes, catalogue))
        # (… and a course's letter after its number: « SVT101 » of SVT101A)
        _rename(entities, dropped_digits.suffix_dropped(entities.apogee_codes, catalogue))


# (how much of the mail is read for the years it says: its opening, not a pasted table)
_YEARS_CHARS = 5_000


def doubled_letter(code: str, catalogue: Catalogue) -> str | None:
    """The one known code that `code` (unknown) is with a doubled letter typed once (« HAL301 »
    for HALL301: a letter typed twice in a row is the one people drop), None when none or
    several."""
    found = {code[:i] + code[i] + code[i:] for i in range(len(code)) if code[i].isalpha()}
    known = {c for c in found if c in catalogue}
    return known.pop() if len(known) == 1 else None


def dotted_heads(values: list[str]) -> dict[str, str]:
    """A code written without dots beside another code of its shape that dots the head both
    share (« L2SO04 » beside L.2.PS03, « M1PS07 » beside M.1.SO11): a composante that dots its
    level dots it in every code, whatever course follows (`dots_like_siblings` gives back a
    number's dot only). Not where such siblings disagree (« BIO.418 », « BIO-415 »), nor the
    same code with and without dots: an old code and its successor may differ so
    (`restore_separators`). {value: with the sibling's dots}."""
    parted: dict[tuple[str, str], set[tuple[tuple[int, str], ...]]] = {}
    keys = set()
    for v in values:
        if _SEPARATORS.search(v):
            key = _SEPARATORS.sub("", v)
            layout = _separators(v)
            keys.add(key)
            parted.setdefault((code_shape(key), key[:layout[-1][0]]), set()).add(layout)
    out: dict[str, str] = {}
    if not parted:
        return out
    # (a dot closing a head: after the level's digit, `L.2.PS03`, or after a longer head,
    # `DAP.HG2`; one between a level's letter and its digit alone, `M.1SOC2A`, is typed both
    # ways by writers and comes back only from two siblings: `dots_like_siblings`)
    heads = {lay[-1][0] for layouts in parted.values() for lay in layouts}
    for v in values:
        if _SEPARATORS.search(v) or v in keys:
            continue
        shape = code_shape(v)
        layouts = {lay for head in heads if head < len(v)
                   for lay in parted.get((shape, v[:head]), ()) if lay[-1][0] == head}
        layout = layouts.pop() if len(layouts) == 1 else ()
        if layout and all(sep == "." for _, sep in layout) \
                and (layout[-1][0] >= 3 or v[layout[-1][0] - 1].isdigit()):
            fixed = v
            for cut, _ in reversed(layout):
                fixed = fixed[:cut] + "." + fixed[cut:]
            out[v] = fixed
    return out


def semester_before_siblings(values: list[str]) -> dict[str, str]:
    """A semester written before a code (« s3-sphy3a06 ») whose rest has the shape and the first
    letter of another code of the mail written without one (SINF3B07, SMAT3T04): the semester
    is the writer's, the code is the rest (with the catalogue: `codes._judge`). Not when every
    code of the mail carries it (« S1-ANA01 … S1-PHY02 »: the scheme's). {value: rest}."""
    if not any(_SEMESTER_HEAD.match(v) for v in values):
        return {}
    bare = {(code_shape(v), v[0]) for v in values if not _SEMESTER_HEAD.match(v)}
    out: dict[str, str] = {}
    for v in values:
        head = _SEMESTER_HEAD.match(v)
        if head:
            rest = v[head.end():]
            if (code_shape(rest), rest[0]) in bare:
                out[v] = rest
    return out


_SEMESTER_HEAD = re.compile(r"^S\d[.\-](?=[A-Z])")


def _separators(code: str) -> tuple[tuple[int, str], ...]:
    """Where a code's separators stand in its characters without them."""
    return tuple((m.start() - i, m.group()) for i, m in enumerate(_SEPARATORS.finditer(code)))


def _rename(entities: Entities, renamed: dict[str, str]) -> None:
    """Codes of the mail read anew ({value: new value}): the list (one value each, in order)
    and the spans."""
    if renamed:
        entities.apogee_codes = list(dict.fromkeys(renamed.get(c, c) for c in entities.apogee_codes))
        for span in entities.spans:
            if span.kind == "apogee_code" and span.value in renamed:
                span.value = renamed[span.value]
