"""Speed of reading, round 20: cheaper forms that must read exactly as the ones they replace."""
from __future__ import annotations

import random
import re
from collections import Counter

from triage.extractors import _add, agreed, sibling_codes
from triage.model import Entities, Span

# The pattern as it was written before round 20 (an optional head: tried at every character).
_OLD_REACHED_ELSEWHERE = re.compile(
    r"(?:par|via|avec|depuis) (?:le|un) lien[^.?!]{0,60}(?:j.y (?:arrive|accede|vais)"
    r"|ca (?:marche|fonctionne)|(?:il )?s.ouvre|j.arrive (?:bien )?dedans)"
    r"|(?:barre de )?recherche[^.?!]{0,40}(?:je (?:le|la|les) (?:trouve|vois)|je tombe dessus)"
    r"|opens? (?:it )?(?:from|via|through) the link"
    r"|(?:from|via|through) the link[^.?!]{0,40}(?:it )?opens")

_PIECES = ["barre de ", "barre de recherche", "recherche", " ", "je le trouve", "je tombe dessus",
           "par le lien", " j'y arrive", "ca marche", "via the link", " it opens", ".", "!",
           "dans la ", "mon cours", "rien", "opens from the link", "x", "barre", "de "]


def test_the_search_wording_matches_where_it_matched() -> None:
    rng = random.Random(20)
    hits = 0
    for _ in range(4000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 14)))
        old, new = _OLD_REACHED_ELSEWHERE.search(text), agreed._REACHED_ELSEWHERE.search(text)
        assert (old and old.span()) == (new and new.span()), text
        hits += old is not None
    assert hits > 500                          # (matches were compared, not only misses)


def test_a_course_found_by_the_search_bar_reads_from_the_bar() -> None:
    text = "dans la barre de recherche du site je le trouve mais pas sur mon tableau de bord"
    found = agreed._REACHED_ELSEWHERE.search(text)
    assert found and found.group().startswith("barre de recherche")
    # the search named without anything found: no such wording
    assert agreed._REACHED_ELSEWHERE.search("la barre de recherche ne donne rien. je le trouve") \
        is None


def _span(kind: str, value: str, at: int) -> Span:
    return Span(kind, value, value, "new", at, at + len(value))


def test_values_are_added_once_per_kind_in_order() -> None:
    entities = Entities(apogee_codes=["L2INF101"], student_numbers=["22000037"])
    _add(entities, [])
    assert entities.spans == [] and entities.apogee_codes == ["L2INF101"]
    spans = [_span("apogee_code", "L2INF101", 0), _span("course_id", "4512", 10),
             _span("student_number", "22000074", 20), _span("apogee_code", "L3INF102", 30),
             _span("course_id", "4512", 40), _span("student_number", "22000037", 50)]
    _add(entities, spans)
    assert entities.apogee_codes == ["L2INF101", "L3INF102"]
    assert entities.student_numbers == ["22000037", "22000074"]
    assert entities.course_ids == [4512]           # an int, once
    assert entities.spans == spans                 # every span kept, repeats too


def _tally_as_before(shapes: list[tuple[str, str]], shape: str, at: int) -> Counter[str]:
    found: Counter[str] = Counter()
    for v, other in shapes:
        if len(other) > at and other[:at] + "?" + other[at + 1:] == shape[:at] + "?" + shape[at + 1:]:
            found[v[at]] += 1
    return found


def test_codes_alike_but_at_one_place_are_tallied_as_by_comparison() -> None:
    rng = random.Random(20)
    for _ in range(300):
        values = ["".join(rng.choice("KR3TO051I-") for _ in range(rng.randint(3, 7)))
                  for _ in range(rng.randint(1, 30))]
        shapes = [(v, sibling_codes._shape(v)) for v in values]
        same = sibling_codes._SameShape(shapes)
        for v, shape in shapes:
            for at in range(len(shape)):
                found, others = same.tally_at(shape, at)
                assert found == _tally_as_before(shapes, shape, at)
                assert list(found) == list(_tally_as_before(shapes, shape, at))   # same order
                assert others == found.total() - 1


def test_a_digit_typed_for_a_letter_of_the_scheme_is_still_restored() -> None:
    assert sibling_codes.letters_by_scheme(["KR3T005", "KR3TO05", "KR3TO07"]) == \
        {"KR3T005": "KR3TO05"}
    # one sibling only says nothing
    assert sibling_codes.letters_by_scheme(["KR3T005", "KR3TO07"]) == {}


def test_a_layout_is_where_the_separators_stand_in_the_key() -> None:
    assert sibling_codes._layout("PC-S6-01") == ((2, "-"), (4, "-"))
    assert sibling_codes._layout("PC-S6-01") == ((2, "-"), (4, "-"))    # (cached: the same)
    assert sibling_codes._layout("PCS601") == ()
