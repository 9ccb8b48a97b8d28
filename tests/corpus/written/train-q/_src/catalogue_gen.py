"""Catalogue of train-q: 15 code schemes (11 invented, 4 after the FAQ's examples)."""
import json

EL, ET, GR, LAB = [], [], [], {}

def el(c, l): EL.append(c); LAB[c] = l
def et(c, l): ET.append(c); LAB[c] = l
def gr(c, l):
    assert len(c) <= 10, c
    GR.append(c); LAB[c] = l

# A. Droit (invented) D{y}{MAT}{nn}, groups {el}-T{k}, {el}-EAD
MAT = {"CIV": "DROIT CIVIL", "PEN": "DROIT PENAL", "CST": "DROIT CONSTITUTIONNEL",
       "ADM": "DROIT ADMINISTRATIF", "OBL": "DROIT DES OBLIGATIONS", "HIS": "HISTOIRE DU DROIT"}
for y in (1, 2, 3):
    for m, lab in MAT.items():
        for n in (1, 2, 3):
            c = f"D{y}{m}{n:02d}"
            el(c, f"{lab} {n + 2*(y-1)}")
            for k in range(1, 7):
                gr(f"{c}-T{k}", f"TD{k} {lab} {n + 2*(y-1)}")
            gr(f"{c}-D", f"TD EAD CEMU {lab} {n + 2*(y-1)}")
for y, w in ((1, "1re"), (2, "2e"), (3, "3e")):
    et(f"DL{y}DRT", f"Licence Droit {w} année")
    et(f"DL{y}AES", f"Licence AES {w} année")
et("DCAPA1", "Capacité en droit 1re année")

# B. IUT GEA (invented) IGEA{s}R{nn}, groups IGA{s}{nn}TD1.., TP1A.., ALT
RES = {1: "Fondamentaux du marketing", 2: "Environnement économique", 3: "Comptabilité",
       4: "Droit des affaires", 5: "Expression communication", 6: "Anglais des affaires"}
for s in (1, 2, 3, 4):
    for n, lab in RES.items():
        c = f"IGEA{s}R{n:02d}"
        el(c, f"R{s}.{n:02d} {lab}")
        p = f"IGA{s}{n:02d}"
        for k in (1, 2, 3):
            gr(f"{p}TD{k}", f"TD{k} GEA S{s}")
            gr(f"{p}TP{k}A", f"TP{k}A")
            gr(f"{p}TP{k}B", f"TP{k}B")
        gr(f"{p}ALT", f"Groupe alternants GEA S{s}")
et("BGEA1", "BUT GEA 1re année")
et("BGEA2F", "BUT GEA 2e année formation initiale")
et("BGEA2A", "BUT GEA 2e année alternance")
et("BGEA3A", "BUT GEA 3e année alternance")

# C. Licence Informatique (invented) S{s}INF.{nn}, groups S{s}I{nn}G{k}, subgroups G{k}A/B, CM
INF = {10: "Algorithmique", 11: "Programmation impérative", 12: "Bases de données",
       13: "Systèmes d'exploitation", 14: "Réseaux", 15: "Génie logiciel"}
for s in range(1, 7):
    for n, lab in INF.items():
        c = f"S{s}INF.{n}"
        el(c, f"{lab} S{s}")
        p = f"S{s}I{n}"
        gr(f"{p}CM", f"CM {lab} S{s}")
        for k in range(1, 6):
            gr(f"{p}G{k}", f"Groupe {k} {lab}")
        for k in (1, 2):
            for sub in "AB":
                gr(f"{p}G{k}{sub}", f"Sous-groupe {k}{sub} {lab}")
for y, w in ((1, "1re"), (2, "2e"), (3, "3e")):
    et(f"LINF{y}", f"Licence Informatique {w} année")

# D. LEA (invented) LEA-{LNG}{n}, groups LEA{LNG}{n}G1-3, EAD
LNG = {"ANG": "ANGLAIS", "ESP": "ESPAGNOL", "ALL": "ALLEMAND"}
for l, lab in LNG.items():
    for n in range(1, 7):
        c = f"LEA-{l}{n}"
        el(c, f"LEA {lab} {n}")
        for k in (1, 2, 3):
            gr(f"LEA{l}{n}G{k}", f"GR{k} LEA {lab} {n}")
        gr(f"LEA{l}{n}EAD", f"GROUPE A DISTANCE EAD LEA {lab} {n}")
for y, w in ((1, "1re"), (2, "2e"), (3, "3e")):
    et(f"LLEA{y}", f"Licence LEA {w} année")

# E. INSPE (after the FAQ's 1CA153) {n}CA{nnn}, groups FI / FC / ALT
for n in (1, 2):
    for k in range(150, 162):
        c = f"{n}CA{k}"
        el(c, f"MEEF{n} UE {k-149} Analyse du contexte" if k == 153 else f"MEEF{n} UE {k-149}")
        gr(f"{c}FI", f"Formation initiale M{n} MEEF")
        gr(f"{c}FC", f"Formation continue M{n} MEEF")
        gr(f"{c}ALT", f"Alternants M{n} MEEF")
LAB["1CA153"] = "Analyse du contexte"
et("MEF1D1", "Master 1 MEEF 1er degré")
et("MEF2D1", "Master 2 MEEF 1er degré")
et("MEF1D2", "Master 1 MEEF 2nd degré")

# F. HSS (after the FAQ's M.1.MS03) M.{y}.MS{nn}, groups G1 G2 CM
for y in (1, 2):
    for n in range(1, 9):
        c = f"M.{y}.MS{n:02d}"
        el(c, "Théories chang. social" if c == "M.1.MS03" else f"Sociologie M{y} séminaire {n}")
        gr(f"{c}G1", f"TD1 {c}")
        gr(f"{c}G2", f"TD2 {c}")
        gr(f"{c}CM", f"CM {c}")
et("MSOC1", "Master 1 Sociologie")
et("MSOC2", "Master 2 Sociologie")

# H. Langues orientales à distance (after IRAN-15) IRAN-{nn}, groups IRAN{nn}CEMU / TD1
for n in range(10, 21):
    c = f"IRAN-{n}"
    el(c, f"Persan {n - 9}")
    gr(f"IRAN{n}CEMU", f"TD CEMU Persan {n - 9}")
    gr(f"IRAN{n}TD1", f"TD1 Persan {n - 9}")
et("DUIRA1", "DU Langue et culture persanes 1re année")
et("DUIRA2", "DU Langue et culture persanes 2e année")

# I. PASS (invented) PAS-UE{n}{L}, groups PASUE{n}{L}T01..08 (ED)
for n in range(1, 9):
    for L in "AB":
        c = f"PAS-UE{n}{L}"
        el(c, f"UE{n}{L} PASS")
        for k in range(1, 9):
            gr(f"PASUE{n}{L}T{k:02d}", f"ED {k:02d} UE{n}{L}")
et("PASS1", "PASS Parcours accès spécifique santé")
et("LAS1", "Licence accès santé 1re année")

# J. Géographie (invented) GEO{s}X{n}, groups TD1-3, TER
for s in range(1, 7):
    for n in range(1, 5):
        c = f"GEO{s}X{n}"
        el(c, "Cartographie" if (s, n) == (3, 2) else f"Géographie S{s} module {n}")
        for k in (1, 2, 3):
            gr(f"{c}TD{k}", f"TD{k} GEO S{s}")
        gr(f"{c}TER", f"Groupe terrain GEO S{s}")
for y, w in ((1, "1re"), (2, "2e"), (3, "3e")):
    et(f"LGEO{y}", f"Licence Géographie {w} année")

# K. Master Finance (invented) EG.M{y}F{nn}, groups EGM{y}F{nn}AN / FR / AL
for y in (1, 2):
    for n in range(1, 11):
        c = f"EG.M{y}F{n:02d}"
        el(c, f"FINANCE M{y} COURS {n}")
        p = f"EGM{y}F{n:02d}"
        gr(f"{p}AN", "Gpe anglophone (English track)")
        gr(f"{p}FR", "Gpe francophone")
        gr(f"{p}AL", "Gpe alternants")
et("MFIN1", "Master 1 Finance")
et("MFIN2", "Master 2 Finance formation initiale")
et("MFIN2A", "Master 2 Finance alternance")

# L. STAPS (invented) STP{y}A{nn}, groups {el}-G{k}, subgroups {el}G{k}A/B
APS = {1: "Athlétisme", 2: "Sports collectifs", 3: "Gymnastique", 4: "Natation", 5: "Escalade"}
for y in (1, 2, 3):
    for n, lab in APS.items():
        c = f"STP{y}A{n:02d}"
        el(c, f"{lab} L{y}")
        for k in (1, 2, 3, 4):
            gr(f"{c}-G{k}", f"Groupe {k} {lab}")
            gr(f"{c}G{k}A", f"Sous-groupe {k}A {lab}")
            gr(f"{c}G{k}B", f"Sous-groupe {k}B {lab}")
for y, w in ((1, "1re"), (2, "2e"), (3, "3e")):
    et(f"LSTA{y}", f"Licence STAPS {w} année")

# M. DU formation continue (invented) DUFC{nnnn}, groups D (distance) / P (présentiel)
for n in range(2030, 2040):
    c = f"DUFC{n}"
    el(c, f"DU Médiation module {n - 2029}")
    gr(f"{c}D", "Groupe à distance (EAD)")
    gr(f"{c}P", "Groupe présentiel")
et("DUMED", "DU Médiation")

# O. Psychologie (invented) Y{y}PS{B}{nn}, groups TD1-4, FC
for y in (1, 2, 3):
    for b in "AB":
        for n in (11, 12, 13):
            c = f"Y{y}PS{b}{n}"
            el(c, f"PSYCHO L{y} BLOC {b} EC{n - 10}")
            for k in (1, 2, 3, 4):
                gr(f"{c}TD{k}", f"TD{k} PSY L{y}")
            gr(f"{c}FC", f"Formation continue PSY L{y}")
for y, w in ((1, "1re"), (2, "2e"), (3, "3e")):
    et(f"LPSY{y}", f"Licence Psychologie {w} année")

# P. IUT Informatique (invented) INF{s}R.{nn}, groups IF{s}{nn}TD1.., TP1A.., ALT
R = {1: "Initiation au développement", 2: "Développement web", 3: "Architecture",
     4: "Bases de données", 5: "Réseaux", 7: "Qualité de développement"}
for s in (1, 2, 3, 4):
    for n, lab in R.items():
        c = f"INF{s}R.{n:02d}"
        el(c, f"R{s}.{n:02d} {lab}")
        p = f"IF{s}{n:02d}"
        for k in (1, 2, 3):
            gr(f"{p}TD{k}", f"TD{k} INFO S{s}")
            gr(f"{p}TP{k}A", f"TP{k}A")
            gr(f"{p}TP{k}B", f"TP{k}B")
        gr(f"{p}ALT", f"Groupe alternants INFO S{s}")
et("BINF1", "BUT Informatique 1re année")
et("BINF2", "BUT Informatique 2e année")
et("BINF3A", "BUT Informatique 3e année alternance")

# N. Histoire (after the FAQ's M.1HRP9C / 2HR5C)
for c, l in (("M.1HRP9C", "Historiographie"), ("M.1HRP8C", "Histoire moderne"),
             ("M.1HRM3C", "Histoire médiévale"), ("M.2HRP1C", "Séminaire de recherche"),
             ("2HR5C", "Historiographie (porté)")):
    el(c, l)
for c in ("M.1HRP9C", "M.1HRP8C", "M.1HRM3C", "M.2HRP1C"):
    gr(f"{c}TD", f"TD {c}")
    gr(f"{c}EM", f"EM {c}")
et("MHIS1", "Master 1 Histoire")
et("MHIS2", "Master 2 Histoire")

UNKNOWN = ["D2CIV07", "IGEA5R03", "S3INF.19", "LEA-ANG9", "GEO7X1", "EG.M1F14", "STP4A02",
           "DUFC2051", "Y3PSC12", "INF2R.06", "IRAN-25", "PAS-UE9A"]

if __name__ == "__main__":
    allc = EL + ET + GR
    assert len(set(allc)) == len(allc)
    assert not set(UNKNOWN) & set(allc)
    for c in EL: assert len(c) <= 8, c
    for c in ET: assert len(c) <= 6, c
    json.dump({"elements": EL, "etapes": ET, "groups": GR, "unknown": UNKNOWN, "labels": LAB},
              open("../catalogue.json", "w"), ensure_ascii=False, indent=1)
    print(len(EL), len(ET), len(GR))
