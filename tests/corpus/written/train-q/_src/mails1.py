import random
R = random.Random(4242)
def num(): return str(R.randint(21000000, 26999999))
def ine():
    return "".join(str(R.randint(0, 9)) for _ in range(10)) + R.choice("ABCDEFGHJK")
def sig(name, role, serv, tel, extra=""):
    return f"\n--\n{name}\n{role}\n{serv}\nUniversité de Caen Normandie\nEsplanade de la Paix - CS 14032 - 14032 CAEN Cedex 5\nTél. : {tel}{extra}\n"
DISC = "\n\nCe message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires.\nPensez à l'environnement avant d'imprimer ce courriel.\n"
def table(rows, hdr=("Nom", "Prénom", "N° étudiant", "INE", "Groupe")):
    out = ["|" + "|".join(hdr) + "|"]
    for r in rows: out.append("|" + "|".join(r) + "|")
    return "\n".join(out)
NOMS = ["MARTIN", "LEROY", "DUVAL", "LEFEBVRE", "MARIE", "HAMEL", "LECOQ", "GUERIN", "BOUVIER", "NDIAYE",
        "TRAORE", "LEMONNIER", "JAMES", "PICARD", "OSMONT", "DIALLO", "LEBRETON", "VAUTIER", "RENOUF", "COLLET"]
PRENOMS = ["Léa", "Hugo", "Chloé", "Yanis", "Inès", "Mathis", "Camille", "Noah", "Manon", "Adam", "Zoé",
           "Enzo", "Lina", "Lucas", "Jade", "Rayan", "Clara", "Théo", "Emma", "Sacha"]
def who(): return R.choice(NOMS), R.choice(PRENOMS)

M = []
def add(slug, **kw): M.append((slug, kw))

# 1 secretary droit, TD1 and TD3 of civil law named in passing
add("sco-droit-td1-td3", name="Nathalie Hébert", **{"from": "nathalie.hebert@unicaen.fr"},
    subject="Etudiants absents des groupes TD Droit civil", kind="plain", charset="iso-8859-1", cte="qp",
    body=f"""Bonjour,

Plusieurs étudiants de L2 droit inscrits en [[D2CIV03|D2CIV03]] (Droit civil 5) ne sont pas dans les [[D2CIV03-T1|TD1]] et [[D2CIV03-T3|TD3]] sur Ecampus alors que leur IP est faite jusqu'au groupe depuis le 14/09.
Par exemple <<{num()}>> et <<{num()}>> (TD3), et <<{num()}>> pour le TD1.
Les autres TD ([[D2CIV03-T2|TD2]], [[D2CIV03-T4|TD4]]) semblent corrects, la promo fait 312 étudiants.

Pouvez-vous regarder ?
Merci d'avance
Nathalie Hébert""" + sig("Nathalie Hébert", "Gestionnaire de scolarité Licence Droit", "UFR Droit, AES et Administration publique - Bureau SA 112", "02 31 56 54 12") + DISC,
    gold=dict(symptom="wrong_group", sender_role="staff", etapes_said=["DL2DRT"], schemes=["droit D{y}{MAT}{nn} (invented)"],
              note="secretary: students of two named TDs of a civil law element missing from their groups"))
