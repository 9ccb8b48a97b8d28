"""Word lists for the demo university: composantes, subjects, names (all invented or generic)."""
from __future__ import annotations

import unicodedata
from random import Random

# (COD_CMP, LIB_CMP, code letter, subjects of its elements)
COMPOSANTES = [
    ("01", "UFR Droit, AES et Administration publique", "R",
     ["Droit civil", "Droit constitutionnel", "Droit pénal", "Droit administratif", "Économie"]),
    ("02", "UFR des Sciences", "S",
     ["Physique", "Chimie", "Mathématiques", "Informatique", "Biologie"]),
    ("03", "UFR Humanités et Sciences sociales", "H",
     ["Histoire", "Géographie", "Sociologie", "Philosophie", "Archéologie"]),
    ("04", "UFR Langues vivantes étrangères", "L",
     ["Anglais", "Espagnol", "Allemand", "Traduction", "Civilisation"]),
    ("05", "UFR Santé", "M", ["Anatomie", "Physiologie", "Pharmacologie", "Santé publique"]),
    ("06", "IAE Caen", "G", ["Gestion", "Comptabilité", "Marketing", "Finance"]),
    ("07", "UFR STAPS", "T", ["Entraînement", "Physiologie de l'effort", "Sport et société"]),
    ("08", "IUT Grand Ouest Normandie", "I", ["Réseaux", "Génie civil", "Techniques de commercialisation"]),
    ("09", "UFR de Psychologie", "P", ["Psychologie cognitive", "Neuropsychologie", "Statistiques"]),
    ("12", "UFR HSS", "X", ["Sciences de l'éducation", "Théories du changement social"]),
    ("E01", "Institut National Supérieur du Professorat et de l'Education (INSPE)", "E",
     ["Didactique", "Analyse de pratiques", "Psychologie de l'enfant"]),
    ("20", "Centre d'enseignement multimédia universitaire (CEMU)", "C",
     ["Méthodologie", "Culture numérique", "Langue française"]),
]

QUALIFIERS = ["Introduction à la", "Fondamentaux de la", "Approfondissement :", "Séminaire de",
              "Atelier de", "Méthodes en", "Projet en", "Questions contemporaines de",
              "TD de", "Cours magistral de"]
DIPLOMAS = ["Licence 1", "Licence 2", "Licence 3", "Master 1", "Master 2", "DU", "Licence pro"]

FIRST = ["Léa", "Hugo", "Emma", "Louis", "Chloé", "Lucas", "Manon", "Jules", "Camille", "Arthur",
         "Inès", "Nathan", "Sarah", "Tom", "Zoé", "Paul", "Jade", "Théo", "Alice", "Noah",
         "Marie", "Jean", "Anne", "Pierre", "Claire", "Michel", "Sophie", "Luc", "Julie", "Yann"]
LAST = ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand",
        "Leroy", "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "David",
        "Bertrand", "Roux", "Vincent", "Fournier", "Morel", "Girard", "André", "Lefèvre",
        "Mercier", "Dupont", "Lambert", "Bonnet", "François", "Martinez", "Legrand", "Guérin",
        "Marie", "Lemaître", "Hamel", "Lecoq", "Jouan", "Letellier", "Hébert", "Lebrun"]


def ascii_lower(s: str) -> str:
    """Accents and spaces removed, lower case: for logins and addresses."""
    norm = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return norm.lower().replace(" ", "").replace("'", "")


def course_label(rng: Random, subjects: list[str]) -> str:
    """A plausible French course label."""
    subject = rng.choice(subjects)
    return f"{rng.choice(QUALIFIERS)} {subject.lower()} {rng.randint(1, 9)}"


def person(rng: Random) -> tuple[str, str]:
    """A (first, last) name."""
    return rng.choice(FIRST), rng.choice(LAST)
