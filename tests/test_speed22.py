"""Speed of reading, round 22: fewer passes, each fast path checked against the form it replaces.

`bench/reading_dump.py` checks that every reading of every corpus and written mail is unchanged;
these tests check each fast path on its own, on texts glued at random from pieces written for
it (the characters that make each path take its other branch among them), and on real mails."""
from __future__ import annotations

import random
from pathlib import Path

from triage.extractors import identifiers as ids
from triage.extractors import learned, normalize, parts, symptom
from triage.extractors.code_spelling import TYPED_DASH
from triage.extractors.codes import _ELP_GROUP, _TYPED_DASH_HINT
from triage.extractors.evaluation import load
from triage.mail.parse import parse_mail
from triage import extractors

WRITTEN = Path(__file__).parent / "corpus" / "written"

_PIECES = ["Bonjour", "ÉTUDIANT", "inscrite", "à", "l'UE", "HLAN201", "S3–APS07", "S3\u2212APS07",
           "ELP_HLAN201_TD1", "elp_x1_g2", "n°", "numéro", "No.", "course no. 51230",
           "cours numéro 47791", "id=50112", "1234", "12", "22004512@etu.unicaen.fr",
           "prof@unicaen.fr", "https://ecampus.unicaen.fr/course/view.php?id=4512", "www.",
           "WWW.Unicaen.FR/x", "unicaen.fr/", "://", "Database connection failed", "ERREUR",
           "Exception", "destination", "databaſe", "excepTıon", "İnfo", "ſ", "ı", "İ",
           "\u212a", "’", "œ", "Œ", "ß", "ÿ", "µ", "\u00a0", "—", "\u2010", "_", "-", " ", "\n",
           "> ", "-- ", "Cordialement", "Tél. 02 31 56 00 00", "😀"]


def _texts(seed: int, count: int, most: int = 9) -> list[str]:
    rng = random.Random(seed)
    return [rng.choice(["", " ", "\n"]).join(rng.choice(_PIECES)
                                              for _ in range(rng.randint(0, most)))
            for _ in range(count)]


def _fold_before(text: str) -> str:
    """`normalize.fold` before round 22: the table over the text as a string."""
    folded = text.translate(normalize._TABLE).lower()
    return folded if len(folded) == len(text) else text.translate(normalize._TABLE)


def test_fold_through_latin1_bytes_is_the_string_table():
    # every Latin-1 character alone and among others (the byte table's 256 entries), then texts
    # of every kind: Latin-1 only, with a quote or a ligature beyond it, with « İ » (its
    # lowercase is two characters: the table alone)
    for i in range(256):
        c = chr(i)
        assert normalize.fold(c) == _fold_before(c)
        assert normalize.fold(f"Ab{c}É’") == _fold_before(f"Ab{c}É’")
    for text in _texts(22, 6000):
        assert normalize.fold(text) == _fold_before(text), text
        assert len(normalize.fold(text)) == len(text)


def test_words_looked_for_in_the_lowered_text_are_the_hints_matches():
    # (« databaſe », « excepTıon », « İnfo »: the engine matches them in any case, `lower` does
    # not; such a text is searched with the pattern)
    texts = _texts(221, 8000, 5)
    assert any(ids._ERROR_HINT.search(t) and any(c in t for c in "ſıİ") for t in texts)
    for text in texts:
        assert ids._holds(text, ids._ERROR_WORDS, ids._ERROR_HINT) \
            == bool(ids._ERROR_HINT.search(text)), text
        assert ids._holds(text, ids._URL_WORDS, ids._URL_HINT) \
            == bool(ids._URL_HINT.search(text)), text
    assert ids._holds("Erreur : DATABASE", ids._ERROR_WORDS, ids._ERROR_HINT)
    assert ids._holds("databaſe", ids._ERROR_WORDS, ids._ERROR_HINT)
    assert not ids._holds("Bonjour, tout va bien", ids._ERROR_WORDS, ids._ERROR_HINT)


def test_scans_before_patterns_hold_every_match():
    # a typed dash, an underscore, four digits: what every match of the pattern they spare holds
    course_numbered = ids._COURSE_NUMBERED
    for text in _texts(222, 6000):
        if TYPED_DASH.search(text):
            assert _TYPED_DASH_HINT.search(text), text
        if _ELP_GROUP.search(text):
            assert "_" in text, text
        if course_numbered.search(text):
            assert ids._FOUR_DIGITS.search(text), text
    assert ids.find_course_mentions("le cours numéro 47791", "new", [])[0].value == "47791"


def test_one_scan_of_addresses_for_both_readers():
    text = "De : 22004512@etu.unicaen.fr, prof@unicaen.fr\nvoir 23001122@etu.unicaen.fr"
    found = [(m.start(), m.end()) for m in ids._EMAIL.finditer(text)]
    assert ids.email_ranges(text) == found
    numbers = ids.etu_numbers(text, "new", ("etu.unicaen.fr",))
    second = text.index("23001122")
    assert [(s.value, s.text, s.start, s.end) for s in numbers] == [
        ("22004512", "22004512@etu.unicaen.fr", 5, 13),
        ("23001122", "23001122@etu.unicaen.fr", second, second + 8)]


def test_lines_as_named_tuples_keep_their_kinds():
    text = "Bonjour,\n> cité\nCordialement\nMarie\nTél. 02 31 56 00 00\n"
    regs = parts.regions(text)
    assert [r.kind for r in regs] == [parts.BODY, parts.QUOTED, parts.BODY, parts.SIGNATURE,
                                      parts.CONTACT]
    assert parts.kind_at(regs, text.index("Marie")) == parts.SIGNATURE
    assert (regs[0].start, regs[0].end) == (0, 9)


def _score_before(mail: learned.MailText) -> symptom.Scored:
    """What the features took as the cue rules' decision before round 22: `score` weighing
    every cue again."""
    return symptom.score([(t.cues, w) for t, w in mail.own_weighted], mail.role,
                         [t.cues for t in mail.quoted])


def test_the_cue_rules_first_reading_reused_decides_as_before():
    # every written set's first mails and the generated corpus: real pipeline data, both the
    # mails the cue rules decide at once and those read again with their quoted history
    samples = [s for folder in sorted(WRITTEN.glob("*/gold.json"))[:20]
               for s in load(folder.parent)[:25]]
    assert len(samples) > 300
    again = 0
    for sample in samples:
        mail = extractors.mail_text(parse_mail(sample.raw))
        rules = mail.rules()
        best = max(rules.values(), key=lambda s: s.score, default=None)
        if best is not None and best.score >= symptom.THRESHOLD:
            continue
        again += 1
        reused = symptom.score([(t.cues, w) for t, w in mail.own_weighted], mail.role,
                               [t.cues for t in mail.quoted], rules)
        before = _score_before(mail)
        assert (reused.symptom, reused.score, reused.evidence) \
            == (before.symptom, before.score, before.evidence), sample.name
    assert again > 50
