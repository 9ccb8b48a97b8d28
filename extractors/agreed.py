"""Symptoms decided apart from the learned model: wordings on which the writers agree.

The model weighs every word of a mail; a secretary's table of ten students « pas inscrits dans
leur groupe » holds « pas inscrits » ten times and « groupe » once, and reads as an enrolment.
Some wordings, though, say the symptom alone, whoever writes. Counted over the labelled mails
of every writer (docs/extraction.md, « Symptom, round 18 »), people put in a group (« mise dans
le TD2 ») or told which group they should be in (47 mails of 24 writers), or not in *their*
group (15 of 5) are a group question for every writer who wrote it, and no mail says otherwise;
a student who names the cohort asks a cohort question (16 of 10), one refused by Moodle's
« vous ne pouvez pas vous inscrire » is not enrolled (23 of 18).
Such a wording decides before the model, the words that matched as evidence, like a
closing mail (symptom.closing). It is no feature of the model: training does not see it.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from triage.extractors.normalize import fold
from triage.extractors.symptom import Scored, TextReading

_GROUP = r"(?:groupes?|td|tp|tutorial groups?|groups?)"
# Someone not in their own group (folded text: no accents, lowercase): « ne sont pas inscrits
# dans leur groupe », « n'est pas dans son TD », « not in their group », « in no group ».
# (« dans aucun groupe » is left to the model: it reads it already, and two writers out of 31
# call a student's « je ne suis inscrit dans aucun groupe » an enrolment.)
_NOT_THEIR_GROUP = re.compile(
    r"\bpas (?:\w+ ){0,2}(?:dans|a|en|au) (?:leur|son|sa|ses) (?:bon |propre |vrai )?"
    + _GROUP + r"\b"
    r"|\bnot (?:\w+ ){0,2}in (?:their|his|her) (?:own |right )?" + _GROUP + r"\b"
    r"|\bin no (?:\w+ )?group\b")
# Someone put in a group (« elle a été mise dans le TD2 », « placé en TP », « put me in the …
# group »), or who says which group they should be in (« I should be in TD1 », « je devrais
# être dans le groupe 3 »): what is wrong is the group, not the enrolment.
_PUT_IN_GROUP = re.compile(
    r"\b(?:mise?s?|placee?s?|put me|been put|put in|placed) (?:dans|en|au|in) "
    r"(?:le |la |l'|the |my )?(?:groupe|td|tp|group)\w*"
    r"|\bshould be in (?:the |my )?(?:\w+ )?(?:td|tp|group)\w*"
    r"|\b(?:devrai[st]|devraient|devrions) (?:plutot )?(?:etre|aller) (?:dans|en|au) "
    r"(?:le |la )?(?:groupe|td|tp)\w*")

# A student who names the cohort (« la résp. m'a dit que c'était inscrit par cohorte ») asks how
# the cohort enrols them: 16 students' mails of 10 writers, all `cohort_question`. (A teacher may
# name it as a remedy for missing students, « ajouter la cohorte » : two mails are enrolments.)
_COHORT = re.compile(r"\bcohortes?\b|\bcohorts?\b")

# A student who meets Moodle's refusal (« Vous ne pouvez pas vous inscrire vous-même dans ce
# cours », « you cannot enrol yourself ») has opened the course and is not in it: 23 students'
# mails of 18 writers, all `not_enrolled` (a teacher saying it is about their own access).
_CANNOT_ENROL = re.compile(r"\b(?:peux|pouvez|peut) pas (?:m'|vous |me |vous-meme |m )?(?:y )?inscrire"
                           r"|\b(?:cannot|can't|can not) enrol+ (?:yourself|myself)|\byou cannot enrol")

# (symptom, pattern, the sender's role it needs or None) in the order they are tried.
AGREED: tuple[tuple[str, re.Pattern[str], str | None], ...] = (
    ("wrong_group", _NOT_THEIR_GROUP, None),
    ("wrong_group", _PUT_IN_GROUP, None),
    ("cohort_question", _COHORT, "student"),
    ("not_enrolled", _CANNOT_ENROL, "student"),
)


def agreed(parts: Sequence[TextReading], role: str) -> Scored | None:
    """The symptom a wording of `parts` (the writer's own text) decides alone for a sender of
    `role`, with the words as written; None when no such wording is there."""
    folded = [fold(part.text) for part in parts]    # (once, not once per wording)
    for symptom, pattern, needs in AGREED:
        if needs is not None and needs != role:
            continue
        for part, text in zip(parts, folded):
            found = pattern.search(text)
            if found:
                return Scored(symptom, 1.0, [part.text[found.start():found.end()]])
    return None
