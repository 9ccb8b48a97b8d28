# Builds catalogue.json for writer BF (train-ag): the codes "the university knows".
import json

E, T, G, L = [], [], [], {}


def el(code, label):
    E.append(code); L[code] = label


def et(code, label):
    T.append(code); L[code] = label


def gp(code, label):
    G.append(code); L[code] = label


# A. Droit (invented): DR.<sem><MAT>, groups DR.<sem><MAT>T<n> and ...CM
DRM = {"CIV": "DROIT CIVIL", "ADM": "DROIT ADMINISTRATIF", "PEN": "DROIT PENAL",
       "CON": "DROIT CONSTITUTIONNEL", "HIS": "HISTOIRE DU DROIT", "INT": "DROIT INTERNATIONAL",
       "FIS": "DROIT FISCAL", "AFF": "DROIT DES AFFAIRES", "TRA": "DROIT DU TRAVAIL",
       "EUR": "DROIT EUROPEEN"}
for s in range(1, 7):
    for m, lab in DRM.items():
        c = f"DR.{s}{m}"
        el(c, f"{lab} {s}")
        if m in ("CIV", "ADM", "PEN", "CON"):
            for n in range(1, 5):
                gp(f"{c}T{n}", f"TD{n} {lab} {s}")
            gp(f"{c}CM", f"CM {lab} {s}")
for y, o in ((1, "1re"), (2, "2e"), (3, "3e")):
    et(f"LDRT{y}", f"Licence Droit {o} année")

# B. Géographie (invented): <year>GEO<sem><nn>, groups ...TD<n>
GEOL = ["Cartographie", "Géographie physique", "Géographie urbaine", "Climatologie",
        "SIG et télédétection", "Géographie rurale"]
for y in (1, 2, 3):
    for s in (2 * y - 1, 2 * y):
        for k, lab in enumerate(GEOL):
            c = f"{y}GEO{s}{11 + k}"
            el(c, f"{lab} S{s}")
            for n in range(1, 4):
                gp(f"{c}TD{n}", f"TD{n} {lab}")
    et(f"LGEO{y}", f"Licence Géographie {('1re', '2e', '3e')[y - 1]} année")

# C. Anglais LLCER (variant of the FAQ's AN-10A, without dash): AN<sem>0<letter>
ANL = {"A": "Traduction thème", "B": "Civilisation britannique", "C": "Littérature américaine"}
for s in range(1, 7):
    for l, lab in ANL.items():
        c = f"AN{s}0{l}"
        el(c, f"{lab} S{s}")
        for n in range(1, 4):
            gp(f"{c}G{n}", f"Groupe {n} {lab}")
for y, o in ((1, "1re"), (2, "2e"), (3, "3e")):
    et(f"LANG{y}", f"Licence LLCER Anglais {o} année")

# D. Histoire master (FAQ): M.<y>HRP<n><L>, collection groups ...TD / ...EM; porté 2HR5C
for c, lab in (("M.1HRP7A", "Historiographie"), ("M.1HRP8B", "Sources médiévales"),
               ("M.1HRP9C", "Histoire et patrimoine"), ("M.2HRP1A", "Séminaire de recherche"),
               ("M.2HRP2B", "Archives contemporaines"), ("M.2HRP3C", "Médiation du patrimoine")):
    el(c, lab)
    gp(c + "TD", f"TD {lab}")
    gp(c + "EM", f"Enseignement mutualisé {lab}")
for c, lab in (("2HR5C", "Patrimoine (porté)"), ("2HR6A", "Histoire moderne"), ("2HR7B", "Histoire sociale")):
    el(c, lab)
et("MHIS1", "Master 1 Histoire"); et("MHIS2", "Master 2 Histoire")

# E. Capacité en droit à distance (FAQ RCAED334): RCAED3nn, EAD groups ...E<n>, ADE pseudo-groups
for k, lab in enumerate(["Droit civil", "Droit pénal", "Droit constitutionnel", "Droit des contrats",
                         "Procédure civile", "Droit social", "Droit administratif", "Droit commercial"]):
    c = f"RCAED{331 + k}"
    el(c, f"{lab} (EAD)")
    if k % 2 == 1:  # 332, 334, 336, 338 have EAD groups
        gp(f"{c}E1", "CEMU EAD groupe 1"); gp(f"{c}E2", "CEMU EAD groupe 2")
    gp(f"ELP_{c}_CM", "Pseudo-groupe automatique CM")
et("CAPDR1", "Capacité en droit 1re année (EAD)"); et("CAPDR2", "Capacité en droit 2e année (EAD)")

# F. BUT IUT (invented): <DD>-R<sem><parcours?><nn>; groups per department-year
BUT = {
    "GE": ("GEA", "Gestion des entreprises et des administrations",
           ["R101", "R102", "R105", "R201", "R205", "R301", "R305", "R4A10", "R4A11", "R4A12", "R4B10", "R5A01", "R5A02"]),
    "TC": ("TC", "Techniques de commercialisation",
           ["R101", "R103", "R204", "R305", "R306", "R4B12", "R4B13", "R4A08", "R5B01"]),
    "IN": ("INF", "Informatique", ["R101", "R102", "R105", "R204", "R301", "R402", "R4A11", "R5A03"]),
}
for dd, (dep, lab, res) in BUT.items():
    for r in res:
        c = f"{dd}-{r}"
        nat = r[0] + r[1] + "." + (r[2] + "." + r[3:] if r[2].isalpha() else r[2:])
        el(c, f"{nat} {lab}")
    for y, o in ((1, "1re"), (2, "2e"), (3, "3e")):
        et(f"B{dep}{y}", f"BUT {dep} {o} année")
        for n in range(1, 4):
            gp(f"{dep}{y}-TD{n}", f"TD{n} BUT {dep} {y}")
            gp(f"{dep}{y}-TP{n}A", f"TP{n}A BUT {dep} {y}")
            gp(f"{dep}{y}-TP{n}B", f"TP{n}B BUT {dep} {y}")
        if y > 1:
            gp(f"{dep}{y}-ALT", f"Groupe alternants BUT {dep} {y}")

# G. Psychologie (invented): PSY-<sem><nn>, groups PSY-<sem><nn>G<n> and ...CM
PSYL = ["Psychologie sociale", "Psychologie du développement", "Neuropsychologie", "Psychopathologie",
        "Méthodologie statistique", "Psychologie cognitive", "Psychologie clinique", "Anglais psychologie"]
for s in range(1, 7):
    for k, lab in enumerate(PSYL):
        c = f"PSY-{s}{k + 1:02d}"
        el(c, f"{lab} S{s}")
        if s >= 3 and k < 5:
            for n in range(1, 7):
                gp(f"{c}G{n}", f"G{n} {lab}")
            gp(f"{c}CM", f"CM {lab}")
for y, o in ((1, "1re"), (2, "2e"), (3, "3e")):
    et(f"LPSY{y}", f"Licence Psychologie {o} année")
et("MPSY1", "Master 1 Psychologie")

# H. Informatique (invented): INF0<sem><nn>, groups ...TP<n>
INFL = ["Algorithmique", "Programmation", "Bases de données", "Systèmes", "Réseaux",
        "Génie logiciel", "Théorie des langages", "Calculabilité"]
for s in range(1, 7):
    for k in range(8):
        c = f"INF0{s}{k + 1:02d}"
        el(c, f"{INFL[k]} {s}")
        for n in range(1, 4):
            gp(f"{c}TP{n}", f"TP{n} {INFL[k]}")
for y, o in ((1, "1re"), (2, "2e"), (3, "3e")):
    et(f"LINF{y}", f"Licence Informatique {o} année")

# I. Sciences de l'éducation FOAD (invented): SEF-<sem><nn>; CEMU groups SEFnnn-C<n>, présentiel -P<n>
SEFL = ["Histoire de l'éducation", "Sociologie de l'éducation", "Didactique", "Philosophie de l'éducation",
        "Méthodes de recherche", "Éducation et numérique"]
for s in (5, 6, 3, 4):
    for k, lab in enumerate(SEFL):
        c = f"SEF-{s}{k + 1:02d}"
        el(c, lab + f" S{s}")
        if s in (3, 4):
            for n in (1, 2):
                gp(f"SEF{s}{k + 1:02d}-C{n}", f"CEMU TD{n} {lab}")
                gp(f"SEF{s}{k + 1:02d}-P{n}", f"TD{n} présentiel {lab}")
        else:
            gp(f"ELP_{c}_CM", "Pseudo-groupe automatique CM")
et("LSEF3", "Licence Sciences de l'éducation 3e année")
et("LSEF3D", "Licence Sciences de l'éducation 3e année (EAD, à distance)")

# J. Économie (invented): E.L<y><MAT>, groups ...G<n>
ECOM = {"MIC": "Microéconomie", "MAC": "Macroéconomie", "STA": "Statistiques", "ECO": "Économétrie",
        "HPE": "Histoire de la pensée économique", "FIN": "Économie financière"}
for y in (1, 2, 3):
    for m, lab in ECOM.items():
        c = f"E.L{y}{m}"
        el(c, f"{lab} L{y}")
        for n in range(1, 5):
            gp(f"{c}G{n}", f"G{n} {lab} L{y}")
    et(f"LECO{y}", f"Licence Economie {('1re', '2e', '3e')[y - 1]} année")

# K. MEEF INSPE (invented): ME<y>.<sem><nn>, groups ...TD<n>
MEL = ["Analyse de pratique", "Français", "Mathématiques", "Sciences", "Mémoire", "Stage"]
for y, sems in ((1, (1, 2)), (2, (3,))):
    for s in sems:
        for k, lab in enumerate(MEL):
            c = f"ME{y}.{s}{k + 1:02d}"
            el(c, f"{lab} M{y} S{s}")
            for n in (1, 2, 3):
                gp(f"{c}TD{n}", f"TD{n} {lab}")
et("MEEF1D", "Master 1 MEEF 1er degré"); et("MEEF2D", "Master 2 MEEF 1er degré")
et("MEEF1S", "Master 1 MEEF 2nd degré"); et("MEEF2S", "Master 2 MEEF 2nd degré")

UNKNOWN = ["AN40A-2027", "PSY-690", "INFO799", "DR7CIV", "2GEO399", "GE-R4A19"]
for u, lab in zip(UNKNOWN, ["idnumber modifié à la main (cours AN40A)", "code inventé par une étudiante",
                            "code mal recopié", "semestre 7 inexistant en licence", "ancien code archivé",
                            "ressource inexistante"]):
    L[u] = lab

CAT = {"elements": E, "etapes": T, "groups": G, "unknown": UNKNOWN, "labels": L}

if __name__ == "__main__":
    import sys
    with open(sys.argv[1], "w", encoding="utf-8") as f:
        json.dump(CAT, f, ensure_ascii=False, indent=1)
    print(len(E), "elements", len(T), "etapes", len(G), "groups")
