"""Codes without the catalogue, round 20 (helper `nocat20`): a number padded like its siblings,
a code ending in a digit and its number typed apart, an I that starts a code's part. Text written
for these tests."""
from __future__ import annotations

from triage.extractors.code_spelling import canonical
from triage.extractors.sibling_codes import padded_like_siblings
from tests.test_split_codes import codes


def test_a_number_takes_the_width_its_siblings_show_padded():
    """« SOC2-G7 » beside SOC2-G03 and SOC2-G11: the scheme pads to two digits, the zero was
    dropped; « ECOL-TD004 » beside ECOL-TD01 has one too many."""
    body = ("Bonjour, les groupes SOC2-G03, SOC2-G11 et SOC2-G7 sont vides sur Ecampus, "
            "et ECOL-TD004 aussi (ECOL-TD01 est bon).")
    found = codes(body)
    assert "SOC2-G07" in found and "SOC2-G7" not in found
    assert "ECOL-TD04" in found and "ECOL-TD004" not in found
    # no sibling shows a zero: nothing says the scheme pads (« TD3 » beside « TD12 »)
    assert padded_like_siblings(["HIS2-TD3", "HIS2-TD12"]) == {}
    # one code alone is left as written
    assert padded_like_siblings(["HIS2-TD3"]) == {}


def test_a_code_ending_in_a_digit_then_its_number_typed_apart():
    """« (SOCL2 04) », « geo3 112 »: the number is the code's last part, parted by a dash; never
    a count (« SOCL2 12 étudiants ») nor a phone's pairs."""
    assert codes("Je ne trouve pas le cours de sociologie (SOCL2 04) sur ecampus.") == ["SOCL2-04"]
    assert codes("slt jsuis pas inscrit en geo3 112 sur ecampus") == ["GEO3-112"]
    assert "SOCL2-12" not in codes("Dans le cours SOCL2 12 étudiants ne sont pas inscrits.")
    assert codes("Vous pouvez me joindre au AB2 45 67 89 12 après 18h.") == []


def test_an_i_between_digits_is_a_letter_where_a_part_goes_on_with_letters():
    """An I between two digits stands for a 1 where digits end the code (« SCHI4I5 »), but is the
    scheme's own letter where letters follow (« S4I21G3 », a group of a course of its `I`)."""
    assert canonical("S4I21G3") == "S4I21G3"
    assert canonical("SOC3I5") == "SOC315"
    assert codes("Les étudiants du groupe S4I21G3 ne voient pas le cours.") == ["S4I21G3"]


def test_a_year_a_block_and_a_number_spelled_apart():
    """« 1 CA 153 », « 2 PE 118 »: an INSPE-style code read aloud piece by piece is one code
    (two capitals are no « ça »); never a count, a phone, a research unit's number."""
    assert codes("Dans l'espace 2 PE 118 - Didactique, les stagiaires manquent.") == ["2PE118"]
    assert codes("je ne suis pas inscrit au cours 1 CA 157 (EPS)") == ["1CA157"]
    assert codes("il y a 2 CA 150 inscrits dans la liste") == []
    assert codes("l'école doctorale 1 ED 556 organise une journée") == []
    assert codes("rappelez-moi au 1 CA 153 45 67") == []


def test_a_prefix_that_reads_as_a_word_before_a_block_number():
    """« STP 1A04 »: STAPS' prefix in capitals (« stp » is also « s'il te plaît ») before a
    semester's digit, a block's letter and two digits is the code's head; in small letters it
    stays the word."""
    assert codes("je ne vois pas le cours STP 1A04 sur ecampus") == ["STP1A04"]
    assert "STP1A04" not in codes("réponds vite stp 1A04 est vide")
