# Catalogue of codes "the university knows" for writer BJ (train-aj).
import json

S_DR = "droit LDRnCnn / groups +Tn, +EAD / etapes DRLn (invented)"
S_GEA = "IUT GEA BGEn-nn / groups +TDn +TPn +ALT / etapes BGEAn (invented)"
S_SV = "sciences vie SVnUnn / groups +TPn +TDn / etapes SVLn (invented)"
S_ST = "STAPS STPnEnn / groups +Gn / etapes STLn (invented)"
S_HI = "histoire HI.nnn / groups +TDn / etapes HILn (invented)"
S_PAS = "PASS PAS-UEnn / groups +Gn / etape PASS01 (invented)"
S_PSY = "psychologie PSYnnnn / groups +TDn +EAD / etapes PSLn (invented)"
S_IAE = "IAE IAnCG.nn / groups +AP +FI +FC / etapes IAMnCG (invented)"
S_FC = "formation continue DU FCQVnn / groups +GP +CEM / etape DUQVT (invented)"
S_LEA = "LEA LEAnAnn / groups +Tn / etapes LEALn (invented)"
S_INS = "INSPE 1CAnnn / groups +TDn / etapes MEFnPE (FAQ style)"
S_AN = "LVE AN-nnX / groups +Gn / etapes ANLn (FAQ style)"

elements, etapes, groups, labels = [], [], [], {}

def el(code, lab):
    elements.append(code); labels[code] = lab

def gp(code, lab):
    groups.append(code); labels[code] = lab

def et(code, lab):
    etapes.append(code); labels[code] = lab

ORD = {1: "1re", 2: "2e", 3: "3e"}

# --- droit
DR = {1: ["INTRODUCTION AU DROIT", "DROIT CONSTITUTIONNEL 1", "HISTOIRE DU DROIT", "DROIT CIVIL 1",
          "INSTITUTIONS JURIDICTIONNELLES", "METHODOLOGIE JURIDIQUE", "DROIT CIVIL 2",
          "DROIT CONSTITUTIONNEL 2", "RELATIONS INTERNATIONALES", "ANGLAIS JURIDIQUE 1"],
      2: ["DROIT ADMINISTRATIF 1", "DROIT DES OBLIGATIONS 1", "DROIT PENAL GENERAL", "FINANCES PUBLIQUES",
          "DROIT DES OBLIGATIONS 2", "DROIT ADMINISTRATIF 2", "PROCEDURE PENALE", "ANGLAIS JURIDIQUE 2"],
      3: ["DROIT DES AFFAIRES", "DROIT DU TRAVAIL", "DROIT FISCAL", "LIBERTES FONDAMENTALES",
          "DROIT INTERNATIONAL PUBLIC", "REGIMES MATRIMONIAUX"]}
for y, labs in DR.items():
    et(f"DRL{y}", f"Licence Droit {ORD[y]} année")
    for i, lab in enumerate(labs, 1):
        c = f"LDR{y}C{i:02d}"; el(c, lab)
        for t in range(1, 7):
            gp(f"{c}T{t}", f"TD{t} {lab}")
        gp(f"{c}EAD", f"CEMU EAD {lab}")
et("DRM1AF", "Master 1 Droit des affaires")
et("DRCAP1", "Capacité en droit 1re année")

# --- GEA
GEA = ["Comptabilité financière", "Gestion de la paie", "Droit du travail", "Contrôle de gestion",
       "Fiscalité", "Marketing", "Anglais des affaires", "Tableur et bases de données",
       "Projet personnel et professionnel", "Expression et communication"]
for y in (1, 2, 3):
    et(f"BGEA{y}", f"BUT GEA {ORD[y]} année")
    for i, lab in enumerate(GEA, 1):
        c = f"BGE{y}-{i:02d}"; el(c, f"{lab} {y}")
        for k in (1, 2):
            gp(f"{c}TD{k}", f"TD{k} {lab}")
        for k in (1, 2, 3):
            gp(f"{c}TP{k}", f"TP{k} {lab}")
        gp(f"{c}ALT", "Groupe alternants")

# --- SV
SV = ["Biologie cellulaire", "Chimie générale", "Physiologie animale", "Génétique", "Écologie",
      "Biochimie", "Biologie végétale", "Statistiques pour la biologie", "Microbiologie", "Immunologie"]
for y in (1, 2, 3):
    et(f"SVL{y}", f"Licence Sciences de la Vie {ORD[y]} année")
    for i, lab in enumerate(SV, 1):
        c = f"SV{y}U{i:02d}"; el(c, lab if y == 1 else f"{lab} {y}")
        for k in range(1, 7):
            gp(f"{c}TP{k}", f"TP{k} {lab}")
        for k in range(1, 4):
            gp(f"{c}TD{k}", f"TD{k} {lab}")

# --- STAPS
ST = ["Anatomie fonctionnelle", "Physiologie de l'effort", "Sociologie du sport", "Entraînement sportif",
      "Psychologie du sport", "APSA natation", "APSA athlétisme", "Biomécanique", "Didactique des APSA",
      "Histoire du sport", "Management du sport", "Anglais STAPS"]
for y in (1, 2, 3):
    et(f"STL{y}", f"Licence STAPS {ORD[y]} année")
    for i, lab in enumerate(ST, 1):
        c = f"STP{y}E{i:02d}"; el(c, lab)
        for k in range(1, 5):
            gp(f"{c}G{k}", f"Groupe {k} {lab}")

# --- Histoire
HI = ["Histoire ancienne", "Histoire médiévale", "Histoire moderne", "Histoire contemporaine",
      "Géographie physique", "Cartographie", "Historiographie", "Paléographie", "Archéologie",
      "Méthodologie du travail universitaire"]
for y in (1, 2, 3):
    et(f"HIL{y}", f"Licence Histoire {ORD[y]} année")
    for i, lab in enumerate(HI, 1):
        c = f"HI.{y}{i:02d}"; el(c, lab)
        for k in range(1, 5):
            gp(f"{c}TD{k}", f"TD{k} {lab}")

# --- PASS
PAS = ["UE1 Chimie - Biochimie", "UE2 Biologie cellulaire", "UE3 Physique - Biophysique",
       "UE4 Mathématiques - Statistiques", "UE5 Anatomie", "UE6 Pharmacie galénique",
       "UE7 Santé Société Humanité", "UE8 Initiation à la connaissance du médicament",
       "UE9 Histologie", "UE10 Physiologie", "UE11 Anglais médical", "UE12 Mineure disciplinaire"]
et("PASS01", "PASS Parcours d'accès spécifique santé")
for i, lab in enumerate(PAS, 1):
    c = f"PAS-UE{i:02d}"; el(c, lab)
    for k in range(1, 9):
        gp(f"{c}G{k}", f"Groupe {k} {lab.split(' ')[0]}")

# --- Psycho
PSY = {1: ["Introduction à la psychologie", "Psychologie du développement 1", "Biologie du comportement",
           "Méthodes d'observation", "Statistiques 1", "Anglais psychologie 1", "Psychologie sociale 1",
           "Histoire de la psychologie"],
       2: ["Psychologie cognitive", "Psychologie sociale 2", "Psychopathologie 1", "Statistiques 2",
           "Psychologie du développement 2", "Neuropsychologie 1", "Méthodes expérimentales",
           "Anglais psychologie 2", "Psychologie différentielle", "Entretien clinique"],
       3: ["Psychopathologie 2", "Neuropsychologie 2", "Psychologie du travail", "Psychométrie",
           "Psychologie de la santé", "Stage d'observation", "Anglais psychologie 3", "TER"]}
for y, labs in PSY.items():
    et(f"PSL{y}", f"Licence Psychologie {ORD[y]} année")
    for i, lab in enumerate(labs, 1):
        c = f"PSY{y}1{i:02d}"; el(c, lab)
        for k in range(1, 7):
            gp(f"{c}TD{k}", f"TD{k} {lab}")
        gp(f"{c}EAD", f"CEMU EAD {lab}")

# --- IAE
IAE = ["Contrôle de gestion approfondi", "Comptabilité analytique", "Audit interne",
       "Systèmes d'information de gestion", "Finance d'entreprise", "Pilotage de la performance",
       "Management des équipes", "Anglais professionnel"]
for y in (1, 2):
    et(f"IAM{y}CG", f"Master {y} Contrôle de gestion et audit organisationnel")
    for i, lab in enumerate(IAE, 1):
        c = f"IA{y}CG.{i:02d}"; el(c, lab)
        gp(f"{c}AP", "Groupe apprentis")
        gp(f"{c}FI", "Groupe formation initiale")
        gp(f"{c}FC", "Groupe formation continue")

# --- DU FC
FC = ["Santé au travail", "Prévention des risques psychosociaux", "Droit social appliqué", "Ergonomie",
      "Conduite du changement", "Méthodologie du mémoire", "Management de la QVT", "Dialogue social"]
et("DUQVT", "DU Qualité de vie au travail")
for i, lab in enumerate(FC, 1):
    c = f"FCQV{i:02d}"; el(c, lab)
    gp(f"{c}GP", "Groupe présentiel")
    gp(f"{c}CEM", "CEMU distance")

# --- LEA
LEA = ["Traduction anglais", "Civilisation hispanique", "Droit commercial", "Économie internationale",
       "Espagnol des affaires", "Anglais oral", "Négociation internationale", "Marketing international",
       "Traduction espagnol", "Projet professionnel"]
for y in (1, 2, 3):
    et(f"LEAL{y}", f"Licence LEA anglais-espagnol {ORD[y]} année")
    for i, lab in enumerate(LEA, 1):
        c = f"LEA{y}A{i:02d}"; el(c, f"{lab} {y}")
        for k in range(1, 4):
            gp(f"{c}T{k}", f"TD{k} {lab}")

# --- INSPE (FAQ style)
INS = ["Didactique du français", "Didactique des mathématiques", "Analyse de pratiques", "Analyse du contexte",
       "Sciences et technologie", "Enseigner l'EPS", "Arts plastiques", "Mémoire", "Numérique éducatif",
       "Langue vivante étrangère", "Stage en responsabilité"]
for y in (1, 2):
    et(f"MEF{y}PE", f"Master {y} MEEF 1er degré")
    for i, lab in enumerate(INS):
        c = f"{y}CA{150 + i}"; el(c, lab)
        for k in range(1, 4):
            gp(f"{c}TD{k}", f"TD{k} {lab}")

# --- LVE anglais (FAQ style)
AN = {"10": ["EC1 Langue Traduction", "EC2 Grammaire", "EC3 Phonétique", "EC4 Littérature"],
      "11": ["EC1 Civilisation britannique", "EC2 Civilisation américaine", "EC3 Thème", "EC4 Version"],
      "12": ["EC1 Linguistique", "EC2 Littérature américaine", "EC3 Oral", "EC4 Traduction spécialisée"]}
et("ANL1", "Licence LLCER Anglais 1re année")
et("ANL2", "Licence LLCER Anglais 2e année")
for n, labs in AN.items():
    for L, lab in zip("ABCD", labs):
        c = f"AN-{n}{L}"; el(c, lab)
        for k in range(1, 4):
            gp(f"{c}G{k}", f"Groupe {k} {lab}")

unknown = ["HI.298", "LEA2A19", "SV3U17", "PSY2999", "BGE2-99", "LDR1C19", "STP4E01", "FCQV12"]

def catalogue():
    return {"elements": elements, "etapes": etapes, "groups": groups, "unknown": unknown,
            "labels": labels}

if __name__ == "__main__":
    c = catalogue()
    print(len(elements), len(etapes), len(groups))
