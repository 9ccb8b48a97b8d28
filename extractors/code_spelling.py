"""How people write an APOGÉE code and the form it is read as without a catalogue: capitals, no
spaces, an O or I typed for a digit where codes number, a word processor's dash for the code's
own."""
from __future__ import annotations

import re

# (after a one-letter part or UE, only when digits end the code: `BTC1RO1`, never `3SO7B`,
# nor before a 0: no code numbers with two zeros, `L2SO04` is sociology's 4th;
# after a digit, ending the code or before its last letter: `ESP-1OB`; an I between digits
# only where digits alone follow it to the code's end or next part, `SCHI4I5`: a part going on
# with letters after it starts with the letter, `S3I12G4`, the group of a scheme's `I` course)
_O_BETWEEN_DIGITS = re.compile(r"(?:(?<=\d)|(?<=\d[.\-]))(?:O|I(?=\d+(?:$|[.\-])))(?=\d)"
                               r"|(?<=\d)O(?=[A-Z]?$)"
                               r"|(?:(?<=\d[A-Z])|(?<=UE))O(?=[1-9]\d*(?:$|[.\-]))")
# A part after a separator made of O's and digits alone, a digit among them (« STP1-OO4 »,
# « DUFL-O3 »): a number with O typed for 0; no code of the written sets or their catalogues
# has such a part with the letter (nineteen such spellings, fifteen writers, all a number).
_NUMBER_PART = re.compile(r"(?<=[.\-])(?=[O0-9]*\d)[O0-9]*O[O0-9]*(?=$|[.\-])")
_SPACES = re.compile(r"\s+")
# (en dash, non-breaking hyphen, minus sign… between two letters or digits, no space around)
TYPED_DASH = re.compile(r"(?<=[A-Za-z0-9])[\u2010\u2011\u2012\u2013\u2212](?=[A-Za-z0-9])")


def canonical(written: str) -> str:
    """Canonical form of a code read without catalogue: upper case, no spaces, and an O or I
    between two digits (or a digit and a dot) read as the digit it stands for (SINF4O2 is
    SINF402, GEAR1.O3 is GEAR1.03), and so is an O after a digit that ends the code or comes
    before its last letter (ESP-1OB is ESP-10B, PH2UE1O is PH2UE10); so is an O between a
    one-letter part and a digit or after
    UE, where codes number, when digits end the code or its part (BTC1RO1 is BTC1R01, SAN1UEO3
    is SAN1UE03; a word keeps its O: SBIO120, STL1SCO2, and so does a syllable going on after
    its digit: 3SO7B); and every O of a part after a separator that holds digits and O's alone
    (STP1-OO4 is STP1-004, DUFL-O3 is DUFL-03)."""
    upper = _SPACES.sub("", written).upper()
    upper = _O_BETWEEN_DIGITS.sub(lambda m: "0" if m.group() == "O" else "1", upper)
    return _NUMBER_PART.sub(lambda m: m.group().replace("O", "0"), upper) if "O" in upper \
        else upper

