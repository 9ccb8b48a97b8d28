"""spaCy's token boundaries of a text, tokenizing each distinct whitespace-free chunk once.

spaCy's tokenizer splits a text at whitespace and tokenizes each chunk on its own (prefixes,
suffixes, infixes, special cases: nothing outside the chunk counts); then one pass over the
whole Doc merges runs of tokens that spell a special case (« :-) »). That pass is the only one
that looks across chunks, and a merge across whitespace changes nothing by itself (the run's
text holds the space, so no rule is found for it) but may shadow a merge inside a chunk. So
when no two chunks parted by one space could start such a run (the last token of the first
and the first of the second both pieces of a special case), the tokens of the whole text are
the tokens of its chunks, each chunk's tokens depend on the chunk alone, and they are cached
per chunk: building a Doc and its arrays cost more than the rest of reading a mail's words.
Otherwise the whole text goes to spaCy, as before. (Whitespace tokens are left out: the
symptom's words never hold any.)
"""
from __future__ import annotations

import re
from typing import Any

import spacy
from spacy.attrs import IDX, LENGTH, ORTH

_CHUNK = re.compile(r"\S+")       # \S is what str.isspace() (spaCy's test) calls no space
# Distinct chunks kept (a mail has a few hundred): what one process keeps stays bounded.
_MAX_CACHED = 100_000

# (start within the chunk, length) of each token; the tokens a special case's run could have
# ended on in the chunk before, and gone on to in the chunk after (None: none could).
Entry = tuple[tuple[tuple[int, int], ...], frozenset[str] | None, frozenset[str] | None]


class ChunkTokenizer:
    """`spans(text)`: (offset, length) of the non-whitespace tokens of `nlp.make_doc(text)`."""

    def __init__(self, nlp: spacy.language.Language) -> None:
        self.nlp = nlp
        tokenizer: Any = nlp.tokenizer     # (spaCy's compiled Tokenizer: no stubs)
        # The merging pass's patterns: each rule as the tokenizer splits it without rules.
        plain = type(tokenizer)(nlp.vocab, rules={}, prefix_search=tokenizer.prefix_search,
                                suffix_search=tokenizer.suffix_search,
                                infix_finditer=tokenizer.infix_finditer,
                                token_match=tokenizer.token_match,
                                url_match=tokenizer.url_match)
        self.pairs: set[tuple[str, str]] = set()   # two tokens a pattern has side by side
        # a token of a merged run stands for the pattern's first (last) token before the merge
        self.first_before: dict[str, set[str]] = {}
        self.last_before: dict[str, set[str]] = {}
        self.whole_only = False
        for rule, pieces in (tokenizer.rules or {}).items():
            pattern = [t.text for t in plain(rule)]
            outputs = [p[ORTH] if ORTH in p else p["ORTH"] for p in pieces]
            if outputs and pattern:
                self.first_before.setdefault(outputs[0], set()).add(pattern[0])
                self.last_before.setdefault(outputs[-1], set()).add(pattern[-1])
            if len(pattern) > 1:
                self.pairs.update(zip(pattern, pattern[1:]))
                self.whole_only |= any(p.isspace() or not p for p in pattern)
        self.heads = {a for a, _ in self.pairs}
        self.tails = {b for _, b in self.pairs}
        self._cache: dict[str, Entry] = {}

    def _entry(self, chunk: str) -> Entry:
        doc = self.nlp.make_doc(chunk)
        spans = tuple((i, n) for i, n in doc.to_array([IDX, LENGTH]).tolist())
        first, last = doc[0].text, doc[-1].text
        firsts = {first} | self.first_before.get(first, set())
        lasts = {last} | self.last_before.get(last, set())
        return (spans, frozenset(firsts) if firsts & self.tails else None,
                frozenset(lasts) if lasts & self.heads else None)

    def spans(self, text: str) -> list[tuple[int, int]]:
        """(offset, length) of each token of `text` that is not whitespace, as spaCy splits it."""
        if self.whole_only:
            return self._whole(text)
        cache, pairs = self._cache, self.pairs
        out: list[tuple[int, int]] = []
        add = out.append
        lasts_before: frozenset[str] | None = None     # of the chunk one space before
        end_before = -2
        for m in _CHUNK.finditer(text):
            chunk = m.group()
            entry = cache.get(chunk)
            if entry is None:
                if len(cache) >= _MAX_CACHED:
                    cache.clear()
                entry = cache[chunk] = self._entry(chunk)
            spans, firsts, lasts = entry
            start = m.start()
            if firsts is not None and lasts_before is not None and end_before == start - 1 \
                    and text[end_before] == " " \
                    and any((a, b) in pairs for a in lasts_before for b in firsts):
                return self._whole(text)    # a special case might run across the space
            lasts_before, end_before = lasts, m.end()
            if start:
                for i, n in spans:
                    add((start + i, n))
            else:
                out.extend(spans)
        return out

    def _whole(self, text: str) -> list[tuple[int, int]]:
        return [(i, n) for i, n in self.nlp.make_doc(text).to_array([IDX, LENGTH]).tolist()
                if not text[i:i + n].isspace()]
