"""Symptom classifier: spaCy's French tokenizer + PhraseMatcher over lemma-like norms.

The tokenizer splits; each token is replaced by its lemma-like form (normalize.py) in a
new Doc, and the PhraseMatcher compares those forms. Measured choice (docs/extraction.md): `spacy.blank("fr")` with a PhraseMatcher runs far above
the 200 mails/s target, `fr_core_news_sm` does not, and its statistical parts add nothing that
phrase cues miss here. Every decision is explained by the words that matched.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import spacy
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from triage.extractors.cues import (CLAUSE_BREAKS, CLOSING_BLOCKERS, CLOSING_MAX_WORDS, CLOSING_NOW,
                                    CLOSING_PAST, CONCEPTS, DETERMINERS, EXCLUDED, GOVERNED_AFTER, GROUP_WORD, HOLDER_OF,
                                    HOLDERS, RELATIVES, ROLE_RULED_OUT, ROLE_RULES, RULES, RULES_OUT,
                                    THRESHOLD, UNIT_WORD)
from triage.extractors.chunk_tokens import ChunkTokenizer
from triage.extractors.normalize import fold, norm

_SENTENCE_END = re.compile(r"[.!?;](?=\s|$)|\n\s*\n")  # not the dots of a URL
# Text past this length adds nothing to the symptom and costs tokenizer time.
_MAX_CHARS = 4000
_SKIP = frozenset({"ne"})


@dataclass
class Cue:
    concept: str
    sentence: int
    text: str


@dataclass
class Scored:
    symptom: str
    score: float
    evidence: list[str] = field(default_factory=list)


_norm = lru_cache(maxsize=65536)(norm)


@lru_cache(maxsize=65536)
def _word_of(surface: str) -> str | None:
    """The lemma-like form of a token as written, None for one that is no word to match
    (whitespace, « ne »): both tests cached with the form, once per distinct token."""
    w = _norm(surface)
    return None if w in _SKIP or surface.isspace() else w


@lru_cache(maxsize=1)
def _pipeline() -> tuple[spacy.language.Language, PhraseMatcher]:
    """The tokenizer with lemma-like NORMs and the concept PhraseMatcher (built once)."""
    nlp = spacy.blank("fr")
    matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
    for concept, phrases in CONCEPTS.items():
        matcher.add(concept, [_words(nlp, p) for p in phrases])
    return nlp, matcher


@lru_cache(maxsize=1)
def _chunk_tokenizer() -> ChunkTokenizer:
    return ChunkTokenizer(_pipeline()[0])


def _words(nlp: spacy.language.Language, phrase: str) -> Doc:
    """A cue phrase tokenised like the mail, without "ne"."""
    words = [_norm(t.text) for t in nlp.make_doc(fold(phrase))]
    return Doc(nlp.vocab, words=[w for w in words if w not in _SKIP])


def find_cues(text: str) -> list[Cue]:
    """Concept cues in `text`, each with its sentence number and the words as written."""
    return read_text(text).cues


@dataclass
class TextReading:
    """One part's cues and its words: lemma-like forms and the same words as written."""
    cues: list[Cue] = field(default_factory=list)
    norms: list[str] = field(default_factory=list)
    surfaces: list[str] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)     # offsets of the words in `text`
    text: str = ""

    def between(self, first: int, last: int) -> str:
        """The text from word `first` to word `last`, as written."""
        return self.text[self.starts[first]:self.starts[last] + len(self.surfaces[last])]


def read_text(text: str) -> TextReading:
    """Cues and words of `text` in one tokenizer pass (the first _MAX_CHARS characters)."""
    if not text.strip():
        return TextReading()
    text = text[:_MAX_CHARS]
    starts: list[int] = []
    surfaces: list[str] = []
    words: list[str] = []
    word_of, add_start, add_surface, add_word = _word_of, starts.append, surfaces.append, words.append
    # spaCy's tokenizer stops caching a text's words after its first special case, and a lone
    # line break is one: as "\r" (whitespace too, no special case) the words split the same and
    # stay cached; only whitespace tokens differ, and they are never words.
    folded = fold(text).replace("\n", "\r")
    # Offsets and lengths, each distinct chunk between spaces tokenized once (chunk_tokens.py).
    for idx, length in _chunk_tokenizer().spans(folded):
        surface = text[idx:idx + length]
        w = word_of(surface)
        if w is not None:
            add_start(idx)
            add_surface(surface)
            add_word(w)
    # Matching runs on lemma-like words without "ne": "je vois pas" meets "je ne vois pas".
    bounds = [m.end() for m in _SENTENCE_END.finditer(text)]
    cues = []
    matches = _phrase_matches(words)
    if any(concept == _ID_LABEL for concept, _, _ in matches):
        matches = _without_id_labels(matches, words)
    for concept, start, end in matches:
        first, last = starts[start], starts[end - 1] + len(surfaces[end - 1])
        sentence = bisect.bisect_right(bounds, first)
        cues.append(Cue(concept, sentence, text[first:last]))
    reading = TextReading(cues, words, surfaces, starts, text)
    cues.extend(_said_of(reading, matches, bounds))
    return reading


_ID_LABEL = "ID_LABEL"
_BLANK = "#"


def _without_id_labels(matches: list[tuple[str, int, int]], words: list[str]
                       ) -> list[tuple[str, int, int]]:
    """An identifier's label (« mon numéro étudiant », « Student ID ») says who writes, not who
    is concerned: the phrases inside it are dropped (a student's own number is no « étudiants »)
    and its words blanked (no word features: a mark that is no word, nor any phrase's); the
    ID_LABEL cue stays."""
    inside = {k for concept, start, end in matches if concept == _ID_LABEL
              for k in range(start, end)}
    for k in inside:
        words[k] = _BLANK
    return [(concept, start, end) for concept, start, end in matches
            if concept == _ID_LABEL or not inside.issuperset(range(start, end))]


_GROUP_WORD = re.compile(GROUP_WORD)
_GROUP_HEADS = frozenset({"td", "tp", "gr"})
_UNIT_WORD = re.compile(UNIT_WORD)
_UNIT_HEADS = frozenset({"ue", "ec"})
_NAMED_HEADS = _GROUP_HEADS | _UNIT_HEADS
# How far back (in words, parentheses left out) the holder is looked for.
_HOLDER_REACH = 12


def _is_group_word(word: str) -> bool:
    return word[:2] in _GROUP_HEADS and _GROUP_WORD.fullmatch(word) is not None


def _is_unit_word(word: str) -> bool:
    return word[:2] in _UNIT_HEADS and _UNIT_WORD.fullmatch(word) is not None


def _said_of(reading: TextReading, matches: list[tuple[str, int, int]],
             bounds: list[int]) -> list[Cue]:
    """Cues read from the words around the phrases: a group's short name (« TD 4 », « tp2a »)
    is a GROUP_NAME (in a sentence without « groupe »), a unit's (« UE3 ») a COURSE, and what an
    ABSENT or EMPTY phrase is said of gives GROUP_ABSENT, STUDENTS_EMPTY… (cues.HOLDERS), the
    words from the holder to the phrase as evidence."""
    out = []
    grouped = {c.sentence for c in reading.cues if c.concept == "GROUP"}
    for i, w in enumerate(reading.norms):
        if w[:2] not in _NAMED_HEADS:       # (most words: spare the two calls)
            continue
        named = "GROUP_NAME" if _is_group_word(w) else "COURSE" if _is_unit_word(w) else ""
        if not named:
            continue
        sentence = bisect.bisect_right(bounds, reading.starts[i])
        lowest = bounds[sentence - 1] if sentence else 0
        # « je ne suis pas dans le TD12 » says what « pas dans le groupe » says (WRONG_GROUP)
        first = _not_in(reading, i, lowest) if named == "GROUP_NAME" else None
        if first is not None:
            out.append(Cue("WRONG_GROUP", sentence, reading.between(first, i)))
        # a short name beside « groupe » adds nothing the sentence does not say already; a unit
        # after « de » is another thing's (« la note du partiel de l'UE7 »)
        if named == "GROUP_NAME" and sentence in grouped:
            continue
        if named == "COURSE" and _governed(reading, i, lowest, _OF):
            continue
        out.append(Cue(named, sentence, reading.surfaces[i]))
    seen = set()
    for concept, start, end in matches:
        if concept not in HOLDER_OF:
            continue
        sentence = bisect.bisect_right(bounds, reading.starts[start])
        lowest = bounds[sentence - 1] if sentence else 0      # the sentence's first character
        found = _holder(reading, start, lowest)
        if found and (found, concept) not in seen:     # one cue per holder (overlapping phrases)
            seen.add((found, concept))
            holder, j = found
            out.append(Cue(f"{holder}_{concept}", sentence, reading.between(j, end - 1)))
    return out


_NOT = frozenset({"pas", "plus", "not"})
_IN = frozenset({"dans", "en", "au", "in"})


def _not_in(reading: TextReading, j: int, lowest: int) -> int | None:
    """The index of « pas » when word `j` follows « pas dans (le) », « pas en », « not in (the) »
    within the sentence starting at character `lowest`, else None."""
    words, starts = reading.norms, reading.starts
    k = j - 1
    if k >= 0 and words[k] in DETERMINERS:
        k -= 1
    if k < 1 or starts[k - 1] < lowest or words[k] not in _IN or words[k - 1] not in _NOT:
        return None
    return k - 1


def _holder(reading: TextReading, before: int, lowest: int) -> tuple[str, int] | None:
    """The holder (cues.HOLDERS) of the clause that ends at word `before`, and its index: the
    nearest holder word not governed by a preposition (but the antecedent of « qui »),
    parentheses skipped, within the sentence starting at character `lowest`."""
    words, starts = reading.norms, reading.starts
    depth = reach = 0
    relative = False
    for j in range(before - 1, -1, -1):
        w = words[j]
        if starts[j] < lowest or w in CLAUSE_BREAKS or reach > _HOLDER_REACH:
            return None
        if w == ")" or w == "(":
            depth = max(0, depth + (1 if w == ")" else -1))
            continue
        if depth:
            continue
        reach += 1
        relative = relative or w in RELATIVES
        holder = "GROUP" if _is_group_word(w) else HOLDERS.get(w)
        if holder is None or (not relative and _governed(reading, j, lowest)):
            continue
        return (holder, j) if holder else None
    return None


_OF = frozenset({"de", "of"})


def _governed(reading: TextReading, j: int, lowest: int,
              prepositions: frozenset[str] = GOVERNED_AFTER) -> bool:
    """Whether word `j` is governed by a preposition (« du TP B », « de mon groupe »): the word
    before it, past a determiner. « des » opening a sentence is an article (« Des étudiants… »),
    not « de les »."""
    words, starts = reading.norms, reading.starts
    k = j - 1
    if k >= 0 and starts[k] >= lowest and (words[k] in DETERMINERS or words[k].isdigit()):
        k -= 1
    if k < 0 or starts[k] < lowest or words[k] not in prepositions:
        return False
    opens = k == 0 or starts[k - 1] < lowest or not words[k - 1][:1].isalnum()
    return not (opens and fold(reading.surfaces[k]) == "des")


_END = None     # the trie's key for "a phrase ends here" (never a word)


@lru_cache(maxsize=1)
def _phrase_trie() -> dict:
    """The concept phrases as a trie over lemma-like words: the PhraseMatcher's own walk, done
    on the word list (a second spaCy Doc per text cost more than the matching). Where phrases of
    several concepts end together, their order is the one the PhraseMatcher gives."""
    nlp, matcher = _pipeline()
    trie: dict = {}
    for concept, phrases in CONCEPTS.items():
        for phrase in phrases:
            words = [t.text for t in _words(nlp, phrase)]
            node = trie
            for w in words:
                node = node.setdefault(w, {})
            if words and concept not in node.setdefault(_END, []):
                node[_END].append(concept)
    _order_shared(trie, [], nlp, matcher)
    return trie


def _order_shared(node: dict, path: list[str], nlp: spacy.language.Language,
                  matcher: PhraseMatcher) -> None:
    for word, child in node.items():
        if word is _END:
            if len(child) > 1:
                order = [nlp.vocab.strings[m] for m, start, end
                         in matcher(Doc(nlp.vocab, words=path)) if (start, end) == (0, len(path))]
                child.sort(key=order.index)
        else:
            _order_shared(child, path + [word], nlp, matcher)


def _phrase_matches(words: list[str]) -> list[tuple[str, int, int]]:
    """(concept, start, end) of every phrase in `words`, by start then end, as the
    PhraseMatcher lists them (overlapping matches included)."""
    trie, n = _phrase_trie(), len(words)
    out: list[tuple[str, int, int]] = []
    for start in range(n):
        node = trie.get(words[start])
        end = start + 1
        while node is not None:
            ends = node.get(_END)
            if ends:
                out.extend((concept, start, end) for concept in ends)
            if end >= n:
                break
            node = node.get(words[end])
            end += 1
    return out


_CLOSING_BLOCKERS = re.compile(CLOSING_BLOCKERS)
_CLOSING_NOW = re.compile(CLOSING_NOW)
_CLOSING_PAST = re.compile(CLOSING_PAST)


def closing(body: Sequence[TextReading]) -> list[str]:
    """The words by which the writer's own text (`body`: not the subject, not quoted history)
    says that its problem is over, when it says nothing else may be wrong (cues.CLOSING_*): such
    a mail is `other` whatever its subject and history say. [] otherwise."""
    if sum(len(t.norms) for t in body) > CLOSING_MAX_WORDS:
        return []
    words = [c.text for t in body for c in t.cues if c.concept == "RESOLVED"]
    folded = [(t.text, fold(t.text)) for t in body]
    # (the folded text keeps the offsets: the words are shown as written)
    words += [text[m.start():m.end()] for text, f in folded for m in _CLOSING_NOW.finditer(f)]
    if not words or any(_CLOSING_BLOCKERS.search(_CLOSING_PAST.sub(" ", f)) for _, f in folded):
        return []
    return list(dict.fromkeys(words))


def score(parts: list[tuple[list[Cue], float]], role: str, quoted: Sequence[list[Cue]] = (),
          scored: dict[str, Scored] | None = None) -> Scored:
    """Best symptom over weighted parts; quoted history decides alone when the new text is mute.
    `scored`: what `totals` gives for the same arguments, when the caller has it (its best is
    the first reading: the cues are not weighed twice)."""
    own = [(cues, weight, True) for cues, weight in parts]
    best = _best(own + [(cues, 0.5, False) for cues in quoted], role) if scored is None \
        else _most(scored)
    if best.score < THRESHOLD and quoted:
        # A forward ("je vous transfère la demande ...") says nothing itself: read the forward.
        best = _best(own + [(cues, 1.0, False) for cues in quoted], role)
    return best if best.score >= THRESHOLD else Scored("other", best.score, best.evidence)


def totals(parts: list[tuple[list[Cue], float]], role: str,
           quoted: Sequence[list[Cue]] = ()) -> dict[str, Scored]:
    """Every symptom the cues point to, with its score and words (quoted history at 0.5)."""
    own = [(cues, weight, True) for cues, weight in parts]
    return _totals(own + [(cues, 0.5, False) for cues in quoted], role)


def _best(parts: list[tuple[list[Cue], float, bool]], role: str) -> Scored:
    """Highest-scoring symptom (may be under the threshold)."""
    return _most(_totals(parts, role))


def _most(scored: dict[str, Scored]) -> Scored:
    return max(scored.values(), key=lambda s: s.score, default=Scored("other", 0.0))


def _totals(parts: list[tuple[list[Cue], float, bool]], role: str) -> dict[str, Scored]:
    """Score of each symptom over weighted parts.

    Role rules and exclusions apply to the sender's own words only: a forwarded or quoted
    message was written by someone else (a scolarité forwarding a student's complaint). A
    concept of cues.RULES_OUT in the writer's own words rules its symptom out.
    """
    totals: dict[str, Scored] = {}
    ruled_out = {RULES_OUT[c.concept] for cues, _, own in parts if own for c in cues
                 if c.concept in RULES_OUT}
    for cues, weight, own in parts:
        if not cues:
            continue
        rules = RULES + ROLE_RULES.get(role, []) if own else RULES
        excluded = EXCLUDED.get(role, frozenset()) if own else frozenset()
        sentences = _by_sentence(cues)
        present = {cue.concept for cue in cues}
        for symptom, concepts, w in rules:
            if symptom in excluded or symptom in ruled_out or not present.issuperset(concepts):
                continue
            words = _cooccurring(sentences, concepts)
            if words:
                entry = totals.setdefault(symptom, Scored(symptom, 0.0))
                entry.score += w * weight
                entry.evidence.extend(x for x in words if x not in entry.evidence)
    return totals


def _by_sentence(cues: list[Cue]) -> list[dict[str, str]]:
    """Per sentence, each concept found with its first words as written."""
    by_sentence: dict[int, dict[str, str]] = {}
    for cue in cues:
        by_sentence.setdefault(cue.sentence, {}).setdefault(cue.concept, cue.text)
    return list(by_sentence.values())


def _cooccurring(sentences: list[dict[str, str]], concepts: tuple[str, ...]) -> list[str]:
    """Words of the first sentence holding all `concepts`, else []."""
    for found in sentences:
        if all(c in found for c in concepts):
            return [found[c] for c in concepts]
    return []


def ruled_out_by_role(role: str, own: Sequence[list[Cue]]) -> list[str]:
    """The symptoms a sender of `role` cannot have (cues.ROLE_RULED_OUT), given the cues of the
    writer's own text: a student's mail is no teacher's symptom unless it says what lets it be."""
    present = {c.concept for cues in own for c in cues}
    return [symptom for symptom, unless in ROLE_RULED_OUT.get(role, {}).items()
            if unless is None or unless not in present]
