"""Lemma-like normalisation for the French tokenizer: accents off, SMS spelling, verb forms.

`spacy.blank("fr")` has no lemmatizer; a lexeme-level NORM getter gives the same effect for the
few verbs and nouns the cues need, computed once per vocabulary entry (so it costs nothing per
token). Text is lowercased and unaccented by a length-preserving table, so token offsets in the
normalised text are offsets in the original.
"""
from __future__ import annotations

import unicodedata

_ACCENTS = {c: unicodedata.normalize("NFD", c)[0] for c in "àâäáãåçéèêëíìîïñóòôöõúùûüýÿÀÂÄÁÃÅÇÉÈÊËÍÌÎÏÑÓÒÔÖÕÚÙÛÜÝ"}
_TABLE = str.maketrans({**_ACCENTS, "’": "'", "`": "'", "´": "'", "\u00a0": " "})

_FORMS: dict[str, tuple[str, ...]] = {
    "voir": ("jvois", "jvoi", "vois", "voit", "voient", "voyons", "voyez", "vu", "vue", "vus", "voi", "voa", "voie", "voyait"),
    "inscrit": ("inscrite", "inscrits", "inscrites", "inscri", "inscris", "inscrire", "incrit",
                "inscit", "inscrivent", "inscrits", "inscrite", "insrit", "inscrt"),
    "apparait": ("apparais", "apparaissent", "apparu", "apparue", "apparaitre", "apparaisse", "aparait",
                 "apparaît", "apparaissait"),
    "affiche": ("affichent", "affichait", "affichee", "afficher", "affichees", "affiches", "s'affiche"),
    "trouve": ("trouvent", "trouvons", "trouver", "trouvee", "trouves", "trouv"),
    "acceder": ("accede", "accedent", "acceder", "accedes", "accedons", "accedez"),
    "arrive": ("arrivent", "arriver", "arrivons", "jarrive", "arrives", "arive"),
    "connecter": ("connecte", "connectee", "connecter", "connecte", "co", "conecter", "connect"),
    "pouvoir": ("peux", "peut", "peuvent", "pouvons", "pouvez", "pourrais", "pourriez", "pu", "pe", "px"),
    "etre": ("suis", "es", "est", "sont", "sommes", "etes", "etait", "etaient", "ete", "chui", "jsuis", "sui"),
    "avoir": ("ai", "as", "a", "ont", "avons", "avez", "avait", "jai"),
    "existe": ("existent", "exister", "existait", "existes"),
    "enseignant": ("enseignante", "enseignants", "enseignantes", "prof", "profs", "professeur",
                   "professeurs", "professeure"),
    "etudiant": ("etudiante", "etudiants", "etudiantes", "etu", "etus", "etudiant(e)s", "etudiant.e.s"),
    "enseigner": ("enseigne", "enseignons", "enseignez", "enseignent", "j'enseigne"),
    "intervenir": ("interviens", "intervient", "interviennent", "intervenons"),
    "devoir": ("doit", "doivent", "devrait", "devraient", "dois"),
    "probleme": ("pb", "pbs", "prob", "probleme", "problemes", "soucis", "souci", "bug"),
    "pas": ("pa", "po", "paas"),
    "je": ("j'", "j", "jsui"),
    "ne": ("n'", "n"),
    "le": ("l'", "la", "les", "l"),
    "de": ("d'", "du", "des", "d"),
    "me": ("m'",),
    "cours": ("cour", "courts"),
    "dans": ("ds",),
    "pour": ("pr",),
    "tout": ("tous", "toute", "toutes"),
    "groupe": ("groupes", "grp", "grpe", "group", "groups"),
    "participant": ("participants",),
}
_LOOKUP = {form: lemma for lemma, forms in _FORMS.items() for form in forms}
_KEEP_S = {"cours", "pas", "plus", "dans", "sous", "vous", "nous", "tous", "cas", "acces", "apres",
           "tres", "depuis", "sans", "mois", "fois", "bas", "this", "is", "has", "was", "access",
           "class", "process", "its", "les", "des", "mes", "ses", "tes", "ces", "lors", "alors"}


# The same table for a text of Latin-1 characters only (most French mail), as bytes: `bytes.translate`
# maps through 256 entries where `str.translate` looks each character up in a dict.
_LATIN1_TABLE = bytes(ord(chr(i).translate(_TABLE)) for i in range(256))


def fold(text: str) -> str:
    """Lowercase, unaccented, same length as `text` (offsets stay valid)."""
    try:
        latin1 = text.encode("latin-1")
    except UnicodeEncodeError:
        folded = text.translate(_TABLE).lower()
        return folded if len(folded) == len(text) else text.translate(_TABLE)
    # (no Latin-1 character lowercases to more than one: the length stays)
    return latin1.translate(_LATIN1_TABLE).decode("latin-1").lower()


def unaccented_upper(word: str) -> str:
    """Uppercase without accents, for matching words to labels and codes (« première » →
    « PREMIERE »; not length-preserving, unlike `fold`)."""
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().upper()


def norm(word: str) -> str:
    """Lemma-like form of one folded word: known verb forms, SMS spellings, plurals off."""
    w = fold(word)
    if w in _LOOKUP:
        return _LOOKUP[w]
    if len(w) > 3 and w[-1] in "sx" and w not in _KEEP_S:
        w = w[:-1]
    if len(w) > 4 and w.endswith("ee"):
        w = w[:-1]
    return _LOOKUP.get(w, w)
