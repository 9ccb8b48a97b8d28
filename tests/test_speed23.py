"""Speed of reading with a catalogue of REFER's size, round 23: indexes built once per catalogue,
each checked against the form it replaces on the union of every written set's catalogue.

`bench/reading_dump.py` checks that every reading of every mail is unchanged; these tests check
each index on its own: words looked up in 50,000 labels both ways, the candidates of the
commonest group names weighed both ways, and the counts that show what is no longer read."""
from __future__ import annotations

import json
import random
from email.message import EmailMessage
from pathlib import Path

import pytest

from triage import extractors
from triage.catalogue import Catalogue, short_name_key
from triage.extractors import etapes_said, group_names, labels
from triage.extractors.evaluation import load
from triage.mail import html as mail_html
from triage.mail.parse import parse_mail

WRITTEN = Path(__file__).parent / "corpus" / "written"
_NAMES = ["TD1", "TD2", "TD3", "TD4", "TD5", "TD10", "TP1", "TP2", "TPA", "G1", "G2", "GR1",
          "CM1", "CM", "ALT", "FI", "EAD", "A", "B", "1", "2", "01", "02"]


@pytest.fixture(scope="module")
def union() -> Catalogue:
    """Every written set's codes, labels and étapes in one (`bench/reading_dump.py`'s union)."""
    codes: list[str] = []
    named: dict[str, str] = {}
    etapes: list[str] = []
    for path in sorted(WRITTEN.glob("*/catalogue.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        codes += [c for key in ("elements", "etapes", "groups", "courses") for c in data.get(key, [])]
        if isinstance(data.get("labels"), dict):
            named.update(data["labels"])
        etapes += data.get("etapes", [])
    catalogue = Catalogue.of(codes, named, etapes)
    assert len(catalogue) > 50_000 and len(catalogue.labels) > 30_000
    return catalogue


def _said(catalogue: Catalogue, seed: int, count: int) -> list[list[labels.Named]]:
    """Years said as mails say them: the written mails' own, and years made from labels (their
    year, and words of theirs whole, cut short, lengthened, as initials, or no label's)."""
    rng = random.Random(seed)
    out = []
    for folder in sorted(p.parent for p in WRITTEN.glob("*/gold.json"))[::6]:
        for sample in load(folder)[::10]:
            said = [n for n in labels.years_said(parse_mail(sample.raw).text) if n.words]
            if said:
                out.append(said)
    parts = [p for label in sorted(set(catalogue.labels.values()))
             for p in labels.label_parts(label) if p.words]
    for _ in range(count):
        made = []
        for part in rng.sample(parts, rng.randint(1, 3)):
            words = list(rng.sample(part.words, min(len(part.words), rng.randint(1, 3))))
            words = [rng.choice([w, w[:rng.randint(1, len(w))], w + "IQUE", "ZZQX"]) for w in words]
            if len(part.words) > 2 and rng.random() < 0.3:
                words.append("".join(w[0] for w in part.words[:rng.randint(2, 3)]))
            made.append(labels.Named(rng.choice([part.year, part.year, "1", "2", "3"]),
                                     rng.choice([part.level, "", "L", "M"]), tuple(words)))
        out.append(made)
    return out


def _heads_scored_before(candidates, said, catalogue):
    """`labels.heads_scored` before round 23: every candidate's labels read."""
    if not said or not catalogue.labels:
        return []
    scored = []
    years = {s.year for s in said}
    for head, code in candidates:
        parts = labels._parts_of(catalogue.label(head), catalogue.label(code))
        if not any(p.year in years for p in parts):
            continue
        score = max((len(set().union(*(labels._agreeing(s, p) for p in parts))) for s in said),
                    default=0) if parts else 0
        if score:
            scored.append((score, code))
    scored.sort(reverse=True)
    return scored


def test_candidates_weighed_through_the_index_are_those_every_label_read_gives(union):
    # the commonest names' candidates (thousands each) and the étapes of each year, against the
    # years the written mails say and years made from labels
    lists = [union.heads(name) for name in _NAMES]
    lists += list(etapes_said._etapes_by_year(union).values())
    lists += [[(labels.group_head(c), c) for c in labels.groups_by_number(n, union)]
              for n in ("1", "2", "3", "12")]
    assert max(map(len, lists)) > 3000
    agreeing = 0
    for i, said in enumerate(_said(union, 23, 60)):
        for candidates in lists[i % 6::6]:
            scored = labels.heads_scored(candidates, said, union)
            assert scored == _heads_scored_before(candidates, said, union), said
            agreeing += bool(scored)
    assert agreeing > 20


class _Counting(Catalogue):
    labels_read = 0

    def label(self, code: str) -> str | None:
        _Counting.labels_read += 1
        return super().label(code)


def test_no_label_is_read_for_candidates_no_word_said_agrees_with(union):
    counting = _Counting(union.codes, union._by_key, union._sorted_keys, union._known,
                         union._by_tail, union._by_unnumbered, union.labels, union.etapes)
    candidates = counting.heads("TD1")
    assert len(candidates) > 3000
    _Counting.labels_read = 0
    assert labels.heads_scored(candidates, [labels.Named("1", "L", ("ZZQXW",))], counting) == []
    assert _Counting.labels_read == 0          # (before: two labels for each candidate)
    droit = labels.heads_scored(candidates, [labels.Named("1", "L", ("DROIT",))], counting)
    assert droit and _Counting.labels_read < len(candidates) / 10


def test_codes_holding_a_word_are_those_whose_label_words_hold_it(union):
    rng = random.Random(231)
    words = sorted({w for label in union.labels.values() for w in labels.words_of(label)})
    said = rng.sample(words, 8) + [w[:n] for w in rng.sample(words, 4)
                                   for n in (1, 2, 3, 4)] + [w + "S" for w in words[:3]]
    said += ["", "DE", "DROIT", "INFO", "GEO", "2", "TD", "ZZQXW"]
    by_label = {code: set(labels.words_of(label)) for code, label in union.labels.items()}
    for word in said:
        expected = {code for code, held in by_label.items() if labels.same_word(word, held)}
        assert labels.codes_with_word(word, union) == expected, word


def test_a_familys_distinct_words_counted_once_are_those_of_its_other_labels(union):
    heads = sorted({head for name in _NAMES[:8] for head, _ in union.heads(name)})
    rng = random.Random(232)
    compared = 0
    for head in rng.sample(heads, 100):
        members = union.groups_of(head)
        if len(members) < 2:
            continue
        everyone = [union.label(c) or "" for c in [*members, head]]
        holding = labels.labels_holding(everyone)
        for i, code in enumerate(members):
            own = union.label(code)
            if own:
                others = everyone[:i] + everyone[i + 1:]
                assert labels.distinct_among(own, holding) == labels.distinct_words(own, others)
                compared += 1
    assert compared > 100


def test_heads_ending_a_code_are_those_of_its_short_names_candidates(union):
    for code in sorted(union.codes)[::29]:
        for cut in range(1, group_names.MAX_TAIL + 2):
            tail = code[-cut:]
            assert union.heads_ending(code, tail) == [h for h, c in union.heads(tail) if c == code]
    assert union.heads_ending("NOT-A-CODE", "CODE") == []
    assert short_name_key("td 03") == "TD3"


def _best_before(candidates, evidence, scores=None):
    """`group_names.best` before round 23: the candidates sorted."""
    scores = {} if scores is None else scores
    prefixes = {tuple(k.runs[:n]) for k in evidence for n in range(len(k.runs) + 1)}
    written = [k.written for k in evidence if k.written]
    for head, _ in candidates:
        if head not in scores:
            numbers = tuple(group_names._parts(head)[2])
            scores[head] = group_names._match(head, evidence) if numbers in prefixes or any(
                w.startswith(head) for w in written) else (0.0, 0)
    scored = sorted(((*scores[head], code) for head, code in candidates), reverse=True)
    if not scored or scored[0][0] < group_names.SHARE:
        return None
    share, letters, code = scored[0]
    if any(o[0] > share - group_names.MARGIN and o[1] >= letters for o in scored[1:]):
        return None
    return code


def test_the_best_head_found_in_one_pass_is_the_sorted_ones(union):
    rng = random.Random(233)
    heads = sorted({head for name in _NAMES for head, _ in union.heads(name)})
    found = 0
    for _ in range(60):
        keys = [group_names._key(group_names._SEPARATORS.sub("", h).upper(), h)
                for h in rng.sample(heads, rng.randint(1, 3))]
        keys += [group_names._key(k.key[:-1]) for k in keys if len(k.key) > 3]
        candidates = union.heads(rng.choice(_NAMES))
        candidates = candidates + candidates[:3]          # (a candidate twice ties itself)
        best = group_names.best(candidates, keys)
        assert best == _best_before(candidates, keys)
        found += best is not None
    assert group_names.best([], []) is None
    assert found > 3


def test_a_short_html_mails_html_is_converted_once(monkeypatch):
    # a plain part that sums up its HTML: the étape said and the codes are read in the HTML, by
    # two readers, from one conversion
    message = EmailMessage()
    message["From"] = "lea.marchand@etu.unicaen.fr"
    message["To"] = "ecampus@unicaen.fr"
    message["Subject"] = "Accès"
    message.set_content("Bonjour, voir ci-dessous.")
    message.add_alternative(
        "<html><body><p>Bonjour, je suis en L1 droit et je n'ai pas accès au cours HDRT101 "
        "« Droit civil » sur eCampus depuis la rentrée, alors que mes camarades l'ont. "
        "Pourriez-vous m'inscrire ? Merci beaucoup.</p><p>Léa Marchand</p></body></html>",
        subtype="html")
    mail = parse_mail(message.as_bytes())
    catalogue = Catalogue.of(["HDRT101", "L1DRT"], {"L1DRT": "Licence Droit 1re année"},
                             ["L1DRT"])
    conversions = []
    builder = mail_html._TextBuilder

    class Counted(builder):                    # type: ignore[misc, valid-type]
        def __init__(self) -> None:
            conversions.append(1)
            super().__init__()

    monkeypatch.setattr(mail_html, "_TextBuilder", Counted)
    reading = extractors.read(mail, catalogue=catalogue)
    assert "HDRT101" in reading.entities.apogee_codes
    assert "L1DRT" in reading.entities.etapes_said
    assert len(conversions) == 1               # (before: once for the étapes, once for codes)
