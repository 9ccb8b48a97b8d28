"""Student numbers a writer takes back: a slip corrected on the spot (« 22503318 non pardon
22503381 », « 22615523 (et non 22615532 comme indiqué sur ma carte) », « 22618820 (not
22618802 as written on his card) ») or a number said not to be theirs (« Le numéro 22401193 que
vous citez n'est pas le mien »), or a number replaced (« ancien numéro 26012109 »). The number
disowned is nobody's: it is left out wherever the mail writes it (the agent's quoted message
too); the corrected one counts once. An old number is disowned only when said to be a mistake
(« ancien numéro 26012109 corrigé »): else it is still the person's."""
from __future__ import annotations

import re

# « (et non 22615532 », « (not 22618802 », « et pas 22… »: the number is what it is not.
_DENIED_BEFORE = re.compile(r"(?:\(|\bet\s+|\band\s+|,\s*)(?:non|not|pas)\s+(?:le\s+|the\s+)?$",
                            re.IGNORECASE)
# « 22503318 non pardon 22503381 », « 22503318 euh non, 22503381 », « 22503318 sorry I mean
# 22503381 »: between the slip and the number meant, only words taking it back.
# (at least one word that takes it back, among fillers: « euh », « désolé », « c'est »)
_TAKING_BACK_WORDS = (r"non|no|nan|pardon|sorry|plut[ôo]t|rather|je\s+veux\s+dire|i\s+mean|"
                      r"correction|erreur")
_SLIP_WORDS = r"euh|heu|ah|oups|oops|d[ée]sol[ée]e?|c['’]est|" + _TAKING_BACK_WORDS
_TAKEN_BACK = re.compile(rf"^[\s,.:;!\-–]*(?:(?:{_SLIP_WORDS})\b[\s,.:;!\-–]*)+$", re.IGNORECASE)
_TAKING_BACK = re.compile(rf"\b(?:{_TAKING_BACK_WORDS})\b", re.IGNORECASE)
# « 22401193 que vous citez n'est pas le mien », « 22401193 is not mine »
_NOT_MINE_AFTER = re.compile(r"[^.!?\n\d]{0,40}?(?:n['’]est\s+pas\s+(?:le\s+mien|la\s+mienne|"
                             r"le\s+sien|mon\s+num[ée]ro|le\s+bon)|(?:is\s+not|isn['’]t)\s+"
                             r"(?:mine|my\s+number|his|hers|the\s+right\s+one))", re.IGNORECASE)
# « (ancien numéro 26012109 corrigé) », « her old student number 22…, the new one … »: a
# number replaced, nobody's now.
_REPLACED_BEFORE = re.compile(r"\b(?:ancien|old|former|previous)\s+(?:num[ée]ro|n°|number|no\.?)"
                              r"(?:\s+d['’]?\s*[ée]tudiante?|\s+[ée]tudiante?|\s+student)?"
                              r"\s*[:=]?\s*$", re.IGNORECASE)
# ... and said to have been a mistake, in its own clause (« (ancien numéro 26012109 corrigé) »):
# an old number alone is still the person's (« Mon ancien numéro étudiant de 2019 : 19045562 »,
# « ancien numéro 21809954 de 2018 » onto which two files were merged): five writers count it,
# one (BY, the one corrected) does not.
_CORRECTED_AFTER = re.compile(r"[^\d,;.)\n]{0,30}?\b(?:corrig[ée]e?s?|erron[ée]e?s?|faux|fausse"
                              r"|incorrecte?|invalide|par\s+erreur|wrong|incorrect|mistyped"
                              r"|corrected|typo)\b", re.IGNORECASE)
_EIGHT_DIGITS = re.compile(r"(?<!\d)\d{8}(?!\d)")
NEAR_CHARS = 30


def disowned_numbers(text: str) -> set[str]:
    """The 8-digit numbers `text` takes back."""
    found = list(_EIGHT_DIGITS.finditer(text))
    out = set()
    for i, m in enumerate(found):
        if _DENIED_BEFORE.search(text[max(0, m.start() - 12):m.start()]) \
                or (_REPLACED_BEFORE.search(text[max(0, m.start() - 40):m.start()])
                    and _CORRECTED_AFTER.match(text, m.end())):
            out.add(m.group())
        elif _NOT_MINE_AFTER.match(text, m.end()):
            out.add(m.group())
        elif i + 1 < len(found) and found[i + 1].start() - m.end() <= NEAR_CHARS:
            gap = text[m.end():found[i + 1].start()]
            if _TAKEN_BACK.match(gap) and _TAKING_BACK.search(gap):
                out.add(m.group())
    return out
