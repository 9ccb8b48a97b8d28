# Catalogue of codes "the university knows" for train-y (invented schemes + FAQ schemes)
E, ETP, G, LAB = [], [], [], {}
def el(c, l): E.append(c); LAB[c] = l
def et(c, l): ETP.append(c); LAB[c] = l
def gp(c, l): G.append(c); LAB[c] = l

# A. IUT Caen BUT Informatique: element S<n>.INF<nn>, groups INF<nn>TD1/TP1.. (tail + kind)
binf = {1: ["Introduction aux systemes", "Bases de donnees 1", "Algorithmique", "Mathematiques discretes",
            "Developpement d'applications", "Anglais S1"],
        2: ["Programmation objet", "Reseaux 1", "Developpement web", "Gestion de projet", "Graphes", "Anglais S2"],
        3: ["Architecture logicielle", "Qualite de developpement", "Developpement mobile", "Bases de donnees 2",
            "Droit du numerique", "Anglais S3"],
        4: ["Automates", "Virtualisation", "Securite", "Developpement avance", "Management SI", "Anglais S4"]}
n = 0
for s, subs in binf.items():
    for lab in subs:
        n += 1
        code = f"S{s}.INF{n:02d}"
        el(code, lab.upper())
        t = f"INF{n:02d}"
        for k in ["TD1", "TD2", "TP1", "TP2", "TP3", "TP4"]:
            gp(t + k, f"{k} {lab.upper()}")
        if s >= 3:
            gp(t + "ALT", f"Groupe alternants {lab.upper()}")
et("BINF1", "BUT Informatique 1re annee"); et("BINF2", "BUT Informatique 2e annee")
et("BINF2A", "BUT Informatique 2e annee alternance"); et("BINF3", "BUT Informatique 3e annee")

# B. BUT GEA multi-site: element GE<sem>R<nn>, groups by site and year G<SITE><year>TD<n>
for sem, cnt in [(1, 8), (2, 8), (3, 8), (4, 8), (5, 4), (6, 3)]:
    for r in range(1, cnt + 1):
        el(f"GE{sem}R{r:02d}", f"GEA S{sem} RESSOURCE {r:02d}")
for c in ["GCAE1TD1", "GCAE1TD2", "GCAE1TD3", "GLIS1TD1", "GLIS1TD2", "GVIR1TD1",
          "GCAE2TD1", "GCAE2TD2", "GCAE2TD3", "GLIS2TD1", "GVIR2TD1", "GCAE3TD1", "GCAE3ALT", "GLIS3ALT"]:
    site = {"CAE": "Caen", "LIS": "Lisieux", "VIR": "Vire"}[c[1:4]]
    gp(c, f"GEA {c[4]}A {site} " + ("Groupe alternants" if c.endswith("ALT") else c[5:]))
for y, yl in [(1, "1re"), (2, "2e"), (3, "3e")]:
    for s, sl in [("C", "Caen"), ("L", "Lisieux"), ("V", "Vire")]:
        if y == 3 and s == "V":
            continue
        et(f"GEA{y}{s}", f"BUT GEA {yl} annee {sl}")
et("GEA3A", "BUT GEA 3e annee alternance")

# C. Droit: element DR<year>-<SUBJ>, groups <SUBJ>TD<nn> + <SUBJ>EAD
droit = {1: [("CIV1", "DROIT CIVIL 1", 10), ("CIV2", "DROIT CIVIL 2", 10), ("CONS", "DROIT CONSTITUTIONNEL", 8),
             ("HIST", "HISTOIRE DU DROIT", 6), ("INST", "INSTITUTIONS JURIDICTIONNELLES", 4), ("ECO", "ECONOMIE POLITIQUE", 4)],
         2: [("OBLI", "DROIT DES OBLIGATIONS", 8), ("ADMI", "DROIT ADMINISTRATIF", 8), ("PEN1", "DROIT PENAL 1", 6), ("FIN", "FINANCES PUBLIQUES", 4)],
         3: [("AFFA", "DROIT DES AFFAIRES", 5), ("TRAV", "DROIT DU TRAVAIL", 5), ("INTP", "DROIT INTERNATIONAL PUBLIC", 3)]}
for y, subs in droit.items():
    for t, lab, ntd in subs:
        el(f"DR{y}-{t}", lab)
        for i in range(1, ntd + 1):
            gp(f"{t}TD{i:02d}", f"TD{i} {lab}")
        gp(f"{t}EAD", f"CEMU EAD {lab}")
for y, yl in [(1, "1re"), (2, "2e"), (3, "3e")]:
    et(f"DRL{y}", f"Licence Droit {yl} annee")

# D. PASS / LAS: element P<sem>.UE<nn>, groups UE<nn>-<site>
for sem, rng in [(1, range(1, 9)), (2, range(9, 15))]:
    for u in rng:
        el(f"P{sem}.UE{u:02d}", f"PASS UE{u} S{sem}")
        for s, sl in [("CAE", "Caen"), ("SLO", "Saint-Lo"), ("ALE", "Alencon"), ("CHE", "Cherbourg")]:
            gp(f"UE{u:02d}-{s}", f"UE{u} PASS site {sl}")
for u in (1, 2):
    el(f"LS1.UE{u}", f"LAS MINEURE SANTE UE{u}")
    for s, sl in [("CAE", "Caen"), ("SLO", "Saint-Lo")]:
        gp(f"LSUE{u}-{s}", f"LAS UE{u} {sl}")
et("PASS1", "PASS Parcours acces specifique sante"); et("LASSV1", "LAS Sciences de la vie 1re annee")

# E. FAQ HSS: M.1HRP9C with groups M.1HRP9CTD / M.1HRP9CEM (group repeats element), porte 2HR5C, M.1.MS03
for c, l in [("M.1HRP9C", "HISTOIRE DES RELATIONS POLITIQUES"), ("M.1HRP8C", "HISTOIRE RURALE"), ("M.1HRP7C", "HISTOIRE URBAINE")]:
    el(c, l); gp(c + "TD", "TD " + l); gp(c + "EM", "EM " + l)
el("2HR5C", "HISTOIRE DES RELATIONS POLITIQUES (porte)"); el("2HR4C", "HISTORIOGRAPHIE")
el("M.1.MS03", "Theories du changement social"); el("M.1.MS04", "Sociologie des organisations")
gp("M.1MS04TD", "TD Sociologie des organisations")
et("M1HIS", "Master 1 Histoire"); et("M1SOC", "Master 1 Sociologie")

# F. FAQ INSPE 1CA15x with ELP_ pseudo-groups
for i in range(150, 159):
    el(f"1CA{i}", f"INSPE PE ELEMENT {i}")
    gp(f"ELP_1CA{i}_CM", f"Pseudo-groupe CM 1CA{i}")
el("1CA153", "Analyse du contexte"); LAB["1CA153"] = "Analyse du contexte"
et("PEC1", "Professorat des ecoles Caen 1re annee")

# G. FAQ LVE AN-10A style, groups repeat the element + TDn
for c in ["AN-10A", "AN-10B", "AN-11A", "AN-20A", "AN-20B"]:
    el(c, f"EC LANGUE {c}")
    for k in ("TD1", "TD2", "TD3"):
        gp(c + k, f"{k} {c}")
LAB["AN-10A"] = "EC1 Langue Traduction"
et("LLCEA1", "Licence LLCE Anglais 1re annee")

# H. FAQ distance: RCAED334 (ELP_ pseudo group), IRAN-15 (CEMU group)
for c in ["RCAED334", "RCAED335"]:
    el(c, f"CAPACITE EN DROIT {c[-3:]}")
gp("ELP_RCAED334_CM", "Pseudo-groupe CM RCAED334"); gp("RCAED335C1", "CEMU TD1 RCAED335"); gp("RCAED335P1", "TD1 presentiel RCAED335")
for c in ["IRAN-15", "IRAN-16"]:
    el(c, f"LANGUE PERSANE {c[-2:]}"); t = c.replace("-", "")
    gp(t + "CEMU", f"Groupe CEMU EAD {c}"); gp(t + "PRES", f"Groupe presentiel {c}")
et("CAPDR1", "Capacite en droit 1re annee")

# I. INSPE MEEF by campus: element MF<y>.PE<nn>, groups PE<nn><SITE>
for y, rng in [(1, range(1, 9)), (2, range(9, 13))]:
    for u in rng:
        el(f"MF{y}.PE{u:02d}", f"MEEF PE UE{u}")
        for s, sl in [("CAEN", "Caen"), ("ALEN", "Alencon"), ("STLO", "Saint-Lo")]:
            gp(f"PE{u:02d}{s}", f"MEEF PE{u} site {sl}")
LAB["MF1.PE07"] = "Didactique des mathematiques"; LAB["MF1.PE02"] = "Francais et litterature de jeunesse"
et("MEF1PE", "Master 1 MEEF 1er degre"); et("MEF2PE", "Master 2 MEEF 1er degre"); et("MEF1SD", "Master 1 MEEF 2nd degre")

# J. Sciences de la vie: element SV<sem>-<SUBJ>, groups <SUBJ>TP<n> (days in labels)
days = ["lundi", "mardi", "jeudi", "vendredi"]
for c, l in [("SV3-GEN2", "GENETIQUE 2"), ("SV3-BCEL", "BIOLOGIE CELLULAIRE"), ("SV3-MICR", "MICROBIOLOGIE"),
             ("SV4-PHYV", "PHYSIOLOGIE VEGETALE"), ("SV4-ECO1", "ECOLOGIE 1"), ("SV4-EVOL", "EVOLUTION")]:
    el(c, l); t = c.split("-")[1]
    for i in range(4):
        gp(f"{t}TP{i+1}", f"TP{i+1} {l} ({days[i]})")
    for i in (1, 2):
        gp(f"{t}TD{i}", f"TD{i} {l}")
et("SVL2", "Licence Sciences de la vie 2e annee"); et("SVL3", "Licence Sciences de la vie 3e annee")

# K. DU Capacite de gestion (formation continue): DUCGE0n, groups CGE-SOIR/SAM/FOAD
for i in range(1, 9):
    el(f"DUCGE0{i}", f"DU CGE MODULE {i}")
gp("CGE-SOIR", "DU CGE cours du soir"); gp("CGE-SAM", "DU CGE samedi"); gp("CGE-FOAD", "CEMU FOAD DU CGE")
et("DUCGE", "DU Capacite de Gestion des Entreprises")

# L. IUT Cherbourg BUT R&T: RT<sem>R<nn>, groups per year FI/ALT
for sem, cnt in [(3, 10), (4, 6), (5, 5)]:
    for r in range(1, cnt + 1):
        el(f"RT{sem}R{r:02d}", f"R&T S{sem} RESSOURCE {r:02d}")
for c, l in [("RT2-FI1", "R&T 2A FI groupe 1"), ("RT2-FI2", "R&T 2A FI groupe 2"), ("RT2-ALT", "R&T 2A Groupe alternants"),
             ("RT3-ALT1", "R&T 3A alternants 1"), ("RT3-ALT2", "R&T 3A alternants 2")]:
    gp(c, l)
et("RT2FI", "BUT Reseaux et Telecoms 2e annee FI Cherbourg"); et("RT2ALT", "BUT Reseaux et Telecoms 2e annee alternance")
et("RT3ALT", "BUT Reseaux et Telecoms 3e annee alternance")

# M. Psychologie master: PSY<sem>.<nn>, groups P<sem><nn>PRES / P<sem><nn>EAD
for sem in (7, 8):
    for i in range(1, 9):
        el(f"PSY{sem}.{i:02d}", f"PSYCHOLOGIE S{sem} UE{i}")
        gp(f"P{sem}{i:02d}PRES", f"Presentiel PSY{sem}.{i:02d}"); gp(f"P{sem}{i:02d}EAD", f"EAD CEMU PSY{sem}.{i:02d}")
et("MPSY1", "Master 1 Psychologie"); et("MPSY2", "Master 2 Psychologie")

# N. IAE: UE<n>-<SUBJ>, tutorial groups <SUBJ>-T<n>
for c, l, nt in [("UE4-FIN", "FINANCE D'ENTREPRISE", 4), ("UE4-MKT", "MARKETING", 3), ("UE4-RH", "GESTION DES RH", 2),
                 ("UE5-STRA", "STRATEGIE", 2)]:
    el(c, l); t = c.split("-")[1]
    for i in range(1, nt + 1):
        gp(f"{t}-T{i}", f"Tutorat {i} {l}")
et("MAE1", "Master 1 Administration des entreprises (IAE)")

# P. LEA: LEA<sem><LANG>, groups <LANG><sem>-G<n> + ERA
for c in ["LEA5ANG", "LEA5ESP", "LEA5ALL", "LEA6ANG", "LEA6ESP"]:
    el(c, f"LEA S{c[3]} {c[4:]}"); t = c[4:] + c[3]
    for k in ("G1", "G2"):
        gp(f"{t}-{k}", f"{k} {c}")
    gp(f"{t}-ERA", f"Groupe Erasmus entrants {c}")
LAB["LEA5ANG"] = "Anglais economique et juridique S5"
et("LEA3", "Licence LEA 3e annee")

UNKNOWN = ["SV3-GEN1", "DR1-CIV3", "GE3R09", "RT3R11", "INF05TP5", "PE07VIRE", "S3.INF31", "AN-10C"]
for u in UNKNOWN:
    assert u not in LAB, u
SCHEMES = {
 "A": "iut-info S<n>.INF<nn> / groups INF<nn>TD|TP (invented)",
 "B": "iut-gea GE<s>R<nn> / groups by site G<SITE><y>TD<n> (invented)",
 "C": "droit DR<y>-<SUBJ> / groups <SUBJ>TD<nn>, <SUBJ>EAD (invented)",
 "D": "pass P<s>.UE<nn> / groups UE<nn>-<site> (invented)",
 "E": "hss M.1HRP9C / groups M.1HRP9CTD (FAQ)",
 "F": "inspe 1CA153 / ELP_ pseudo-groups (FAQ)",
 "G": "lve AN-10A / groups AN-10ATD1 (FAQ)",
 "H": "distance RCAED334, IRAN-15 / CEMU groups (FAQ)",
 "I": "meef MF<y>.PE<nn> / groups PE<nn><SITE> by campus (invented)",
 "J": "sciences-vie SV<s>-<SUBJ> / groups <SUBJ>TP<n> (invented)",
 "K": "du-fc DUCGE0n / groups CGE-SOIR|SAM|FOAD (invented)",
 "L": "iut-rt-cherbourg RT<s>R<nn> / groups RT<y>-FI|ALT (invented)",
 "M": "psycho PSY<s>.<nn> / groups P<s><nn>PRES|EAD (invented)",
 "N": "iae UE<n>-<SUBJ> / tutorials <SUBJ>-T<n> (invented)",
 "P": "lea LEA<s><LANG> / groups <LANG><s>-G<n>|ERA (invented)",
}
