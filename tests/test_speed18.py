"""Speed of reading, round 18: spaCy's tokens found chunk by chunk are the whole text's tokens."""
from __future__ import annotations

import random

from spacy.attrs import IDX, LENGTH

from triage.extractors import chunk_tokens, symptom
from triage.extractors.normalize import fold


def _spacy_tokens(text: str) -> list[tuple[int, int]]:
    nlp = symptom._pipeline()[0]
    return [(i, n) for i, n in nlp.make_doc(text).to_array([IDX, LENGTH]).tolist()
            if not text[i:i + n].isspace()]


def test_chunk_tokens_are_the_whole_texts_tokens():
    tokenizer = symptom._chunk_tokenizer()
    texts = ["Bonjour, je ne vois pas le cours L2INF101 (groupe TD2) :-) merci !",
             "est-ce qu'il y a un pb ?\r\rn° étudiant : 22001234, aujourd'hui",
             "voir : ) ok", "a (: b", "x '' y", "x ' ' y", "a :\r) b", "  lead and trail  ",
             "http://ecampus.unicaen.fr/course/view.php?id=12 (lien)", "e-mail: « test »"]
    for text in texts:
        folded = fold(text)
        assert tokenizer.spans(folded) == _spacy_tokens(folded), text


def test_chunk_tokens_on_pieces_of_special_cases():
    # emoticons and other special cases cut and glued around spaces, where spaCy's last pass
    # might merge a run across chunks: the whole text then goes to spaCy
    nlp = symptom._pipeline()[0]
    tokenizer = symptom._chunk_tokenizer()
    pieces = list(nlp.tokenizer.rules) + ["(", ")", ":", "-", "'", "p", "3", "8", "le",
                                          "cours", "n°", "l'", "td2", "est-ce", ".", "!"]
    seps = [" ", " ", "", "  ", "\r", "\t"]
    rng = random.Random(18)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) + rng.choice(seps) for _ in range(rng.randint(1, 6)))
        folded = fold(text)
        assert tokenizer.spans(folded) == _spacy_tokens(folded), repr(text)


def test_a_run_across_a_space_sends_the_text_to_spacy_whole(monkeypatch):
    tokenizer = chunk_tokens.ChunkTokenizer(symptom._pipeline()[0])
    calls = []
    whole = tokenizer._whole
    monkeypatch.setattr(tokenizer, "_whole", lambda text: calls.append(text) or whole(text))
    tokenizer.spans("merci :- ) bonne journée")     # « :- » then « ) »: pieces of « :-) »
    assert calls
    calls.clear()
    tokenizer.spans("je ne vois pas le cours de droit")   # nothing to merge: chunk by chunk
    assert not calls


def test_chunk_cache_stays_bounded(monkeypatch):
    monkeypatch.setattr(chunk_tokens, "_MAX_CACHED", 50)
    tokenizer = chunk_tokens.ChunkTokenizer(symptom._pipeline()[0])
    text = " ".join(f"mot{i}" for i in range(500))
    assert tokenizer.spans(text) == _spacy_tokens(text)
    assert len(tokenizer._cache) <= 50
