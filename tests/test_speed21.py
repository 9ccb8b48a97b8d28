"""Speed of reading, round 21: `agreed` tests each wording's words before its pattern.

Each pattern of `agreed.AGREED` carries words one of which every match holds; the pattern is
searched only in a text holding one. The readings must be those of searching every pattern."""
from __future__ import annotations

import random

from triage.extractors import agreed
from triage.extractors.normalize import fold
from triage.extractors.symptom import Scored, TextReading, read_text

# Pieces written for this test: each wording the patterns read, near misses, and filler.
_PIECES = [
    "je ne suis inscrite nulle part", "inscrit dans aucun cours", "not registered in any course",
    "enrolled nowhere", "enrollled in no courses", "ils ne sont pas dans leur groupe",
    "pas encore dans son td", "not yet in their own group", "in no tutorial group",
    "elle a ete mise dans le td2", "placees en tp", "i should be in the td b",
    "je devrais plutot etre dans le groupe 3", "moodle me met en tp1", "on m' affecte au gr 4",
    "it puts me into the handball option", "td05 -> td02", "g1 => g2", "tp3 → tp4",
    "je passe du td 7 au td 3", "from group a to group c", "du tp b vers le tp c",
    "je suis dans le td1 alors que je suis en td3", "i am in tp 1 a but i attend tp 4 b",
    "au lieu de", "whereas", "la cohorte", "cohorts", "vous ne pouvez pas vous inscrire",
    "you cannot enrol yourself", "le td3 est vide", "les ed 3, 8 et 12 sont vides",
    "erreur de lecture de la base de donnees", "database connection failed",
    "error while communicating with the external enrolment", "par le lien j'y arrive",
    "barre de recherche je le trouve", "opens via the link", "la recherche donne 0 resultat",
    "searching gives no results", "bonjour", "merci", "cours", "groupe", "td", "tp", "pas",
    "met", "mis", "place", "put", "du", "from", "->", "vide", "lien", "link", "search", "au",
    "dans", "en", "le", "la", "i", "am", "est", "sont", ".", ",", "?", "\n", "2", "hlan201",
    # round 21's wordings (symptom21), merged after speed21
    "ils ne sont dans aucun espace", "elle est inscrite a aucune ressource", "aucun",
    "identifiants invalides", "mot de passe incorrect", "invalid credentials",
    "mon mdp ne marche plus", "wrong password", "password", "merci de m'ajouter",
    "could you add me", "ajoutez-moi", "alors que tout le groupe 1a l'a",
    "alors que mes camarades l'ont", "alors que", "tableau de bord", "les effectifs",
    # round 22's peers who have the course (symptom22)
    "les autres de ma promo l'ont", "tous mes potes du td2 y sont", "toute la promo le voient",
    "mes camarades ne l'ont pas non plus", "les autres cours sont la", "my classmates can see it",
    "the other students of my group already have it", "everyone else can", "my friends cannot",
    "les autres", "mes", "classmates", "can", "l'ont", "y sont",
    "un nouvel espace a ete cree", "un nouveau cours vide", "nouve cours vide", "new empty course",
    "l'ancien a ete range dans", "old space was archived", "categorie archives", "archives 2025",
    "j'ai recopie le contenu", "n'existe pas sur ecampus", "doesn't exist on ecampus",
    "it's not on the platform", "ce groupe n'existe pas", "mon compte", "nouvel", "archive",
    "ne sont plus inscrits dans l'espace", "existe", "platform",
]


def _texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return [rng.choice(["", " ", "  "]).join(rng.choice(_PIECES) for _ in range(rng.randint(1, 9)))
            for _ in range(count)]


def _every_pattern(parts: list[TextReading], role: str) -> Scored | None:
    """`agreed` as it read before round 21: every pattern searched."""
    folded = [(part, fold(part.text)) for part in parts]
    for symptom, pattern, needs, unless, _ in agreed.AGREED:
        if needs is not None and needs != role:
            continue
        if unless is not None and any(unless.search(text) for _, text in folded):
            continue
        for part, text in folded:
            found = pattern.search(text)
            if found:
                return Scored(symptom, 1.0, [part.text[found.start():found.end()]])
    return None


def test_every_match_holds_one_of_its_patterns_words() -> None:
    matched = 0
    for text in _texts(21, 4000):
        for _, pattern, _, _, words in agreed.AGREED:
            if pattern.search(text):
                matched += 1
                assert any(w in text for w in words), (pattern.pattern[:40], text)
    assert matched > 1000         # the pieces do reach every kind of wording


def test_agreed_reads_as_searching_every_pattern() -> None:
    decided = 0
    for text in _texts(2021, 800):
        parts = [read_text(text)]
        for role in ("student", "staff"):
            got = agreed.agreed(parts, role)
            assert got == _every_pattern(parts, role), text
            decided += got is not None
    assert decided > 150


def test_a_wording_is_still_read_and_a_text_without_its_words_is_not() -> None:
    moved = agreed.agreed([read_text("Bonjour, je passe du TD 7 au TD 3 demain.")], "student")
    assert moved is not None and moved.symptom == "wrong_group"
    assert moved.evidence == ["du TD 7 au TD 3"]
    # « groupe » and « TD » alone: no wording's words, no decision
    assert agreed.agreed([read_text("Bonjour, le groupe de TD a cours lundi.")], "student") is None
