"""Catalogue of codes 'the university knows' for set train-t (11 schemes, 7 invented)."""
import json, sys

E, T, G, L = [], [], [], {}
def el(c, lab): assert len(c) <= 8, c; E.append(c); L[c] = lab
def et(c, lab): assert len(c) <= 6, c; T.append(c); L[c] = lab
def gp(c, lab): assert len(c) <= 10, c; G.append(c); L[c] = lab
ORD = {1: "1re", 2: "2e", 3: "3e"}

# 1. Droit (invented) DRn-SUBJ, groups +Tn / +CM
et("DRL1", "Licence Droit 1re année"); et("DRL2", "Licence Droit 2e année"); et("DRL3", "Licence Droit 3e année")
et("DRM1AF", "Master 1 Droit des affaires")
DR = {1: {"CIV": "DROIT CIVIL 1", "HIS": "HISTOIRE DU DROIT", "CONS": "DROIT CONSTITUTIONNEL 1", "ISJ": "INTRO SCIENCES JURIDIQUES"},
      2: {"CONS": "DROIT CONSTITUTIONNEL 2", "OBL": "DROIT DES OBLIGATIONS", "ADM": "DROIT ADMINISTRATIF", "PEN": "DROIT PENAL GENERAL"},
      3: {"FIS": "DROIT FISCAL", "AFF": "DROIT DES AFFAIRES", "INT": "DROIT INTERNATIONAL PUBLIC", "SOC": "DROIT SOCIAL"}}
for n, subs in DR.items():
    for s, lab in subs.items():
        c = f"DR{n}-{s}"; el(c, lab)
        for t in range(1, 5): gp(f"{c}T{t}", f"TD{t} {lab}")
        gp(f"{c}CM", f"CM {lab}")
# 2. BUT GEA (invented) GAnRxxx, groups TDn, TPnA/B, AL
for n in (1, 2, 3): et(f"GEA{n}", f"BUT GEA {ORD[n]} année")
GA = {"GA1R101": "Fondamentaux du management", "GA1R103": "Contexte économique", "GA1R105": "Introduction au droit",
      "GA1R106": "Comptabilité 1", "GA2R301": "Contrôle de gestion", "GA2R302": "Fiscalité", "GA2S301": "SAE Pilotage",
      "GA3R501": "Stratégie d'entreprise"}
for c, lab in GA.items():
    el(c, lab)
    for t in (1, 2): gp(f"{c}T{t}", f"TD{t} {lab[:25]}")
    for t in ("1A", "1B", "2A", "2B"): gp(f"{c}P{t}", f"TP{t}")
    gp(f"{c}AL", "Groupe alternants")
# 3. Biologie (invented) LnBIOCnn, groups D1/D2 (TD), P1..P3 (TP), CM
for n in (1, 2, 3): et(f"SVL{n}", f"Licence Sciences de la vie {ORD[n]} année")
BI = {"L1BIOC01": "Biologie cellulaire", "L1BIOC02": "Chimie générale", "L2BIOC04": "Biologie moléculaire",
      "L2BIOC05": "Génétique", "L2BIOC07": "Physiologie animale", "L3BIOC11": "Immunologie", "L3BIOC12": "Microbiologie"}
for c, lab in BI.items():
    el(c, lab); gp(c + "CM", "CM " + lab)
    for t in (1, 2): gp(f"{c}D{t}", f"TD{t} {lab}")
    for t in (1, 2, 3): gp(f"{c}P{t}", f"TP{t} {lab}")
# 4. BUT Informatique (invented) IN-Rn.nn elements, étape-level groups BInGnX
for n in (1, 2, 3): et(f"BUTIN{n}", f"BUT Informatique {ORD[n]} année")
IN = {"IN-R1.01": "Initiation au développement", "IN-R1.04": "Introduction aux systèmes", "IN-R2.01": "Développement orienté objets",
      "IN-R2.04": "Communication et réseaux", "IN-R3.01": "Développement web", "IN-R3.05": "Programmation système"}
for c, lab in IN.items(): el(c, lab)
for n in (1, 2, 3):
    for g in (1, 2, 3, 4):
        for h in "AB": gp(f"BI{n}G{g}{h}", f"TP {g}{h} BUT Info {n}")
    gp(f"BI{n}GALT", "Groupe alternants BUT Info")
# 5. PASS/LAS (invented) PAS-UEnX, groups Tn, CM
et("PASS1", "PASS Parcours accès spécifique santé"); et("LAS1SV", "LAS 1 Sciences de la vie")
for u in ("UE1A", "UE2A", "UE3A", "UE3B", "UE4", "UE5", "UE6"):
    c = f"PAS-{u}"; el(c, f"PASS {u} " + {"UE1A": "Chimie", "UE2A": "Biologie", "UE3A": "Physique", "UE3B": "Biophysique", "UE4": "Biostatistiques", "UE5": "Anatomie", "UE6": "SHS santé"}[u])
    for t in range(1, 7): gp(f"{c}T{t}", f"TD{t} PASS {u}")
    gp(f"{c}CM", f"CM PASS {u}")
# 6. IAE (invented) IAE.XXnn, groups A/B, AL (alternants), FI
et("IAM1MK", "Master 1 Marketing IAE"); et("IAM2MK", "Master 2 Marketing IAE"); et("IAM1FI", "Master 1 Finance IAE")
IAE = {"IAE.MK21": "Marketing stratégique", "IAE.MK22": "Comportement du consommateur", "IAE.MK31": "Marketing digital",
       "IAE.FI12": "Finance d'entreprise", "IAE.FI13": "Analyse financière", "IAE.FI14": "Finance durable"}
for c, lab in IAE.items():
    el(c, lab); gp(c + "A", "Groupe A"); gp(c + "B", "Groupe B"); gp(c + "AL", "Groupe alternants"); gp(c + "FI", "Groupe formation initiale")
# 7. LANSAD (invented) LSD-XXXn, groups Gn
for lg, lab in (("ANG", "Anglais"), ("ESP", "Espagnol"), ("ALL", "Allemand")):
    for n in range(1, 7):
        c = f"LSD-{lg}{n}"; el(c, f"LANSAD {lab} S{n}")
        for g in range(1, 5): gp(f"{c}G{g}", f"Groupe {g} {lab} S{n}")
# 8. LVE (FAQ scheme AN-10A) groups Gn
et("LLA1", "Licence LLCER Anglais 1re année"); et("LLA2", "Licence LLCER Anglais 2e année"); et("LLE1", "Licence LLCER Espagnol 1re année")
for c, lab in (("AN-10A", "EC1 Langue Traduction"), ("AN-10B", "EC2 Civilisation britannique"), ("AN-12A", "Littérature anglophone"),
               ("AN-21C", "Linguistique anglaise"), ("AN-22A", "Thème"), ("ES-10A", "Langue espagnole"), ("ES-21A", "Civilisation hispanique")):
    el(c, lab)
    for g in (1, 2, 3): gp(f"{c}G{g}", f"Groupe {g} {lab[:20]}")
# 9. HSS (FAQ scheme M.1.MS03, M.1HRP9C)
et("SOM1", "Master 1 Sociologie"); et("HIM1", "Master 1 Histoire")
for c, lab in (("M.1.MS03", "Théories chang. social"), ("M.1.MS04", "Méthodes qualitatives"), ("M.1.MS05", "Sociologie urbaine"),
               ("M.1HRP9C", "Historiographie"), ("2HR5C", "Histoire moderne"), ("M.1HRP8C", "Sources médiévales")):
    el(c, lab)
for c in ("M.1.MS03", "M.1.MS04", "M.1.MS05"): gp(c + "TD", "TD " + L[c]); gp(c + "EM", "Enseignement magistral")
gp("M.1HRP9CTD", "TD Historiographie"); gp("M.1HRP9CEM", "EM Historiographie"); gp("M.1HRP8CTD", "TD Sources médiévales")
# 10. INSPE (FAQ scheme 1CA153)
et("MEF1PE", "Master 1 MEEF 1er degré"); et("MEF2PE", "Master 2 MEEF 1er degré"); et("MEF1SD", "Master 1 MEEF 2nd degré")
for c, lab in (("1CA153", "Analyse du contexte"), ("1CA154", "Didactique du français"), ("1CA155", "Didactique des mathématiques"),
               ("2CA201", "Mémoire"), ("2CA202", "Stage en responsabilité")):
    el(c, lab)
    for g in (1, 2, 3): gp(f"{c}G{g}", f"Groupe {g} {lab[:20]}")
    gp(f"{c}AL", "Groupe alternants MEEF")
# 11. FOAD / CEMU (FAQ scheme RCAED334)
et("CGEFOA", "DU Capacité de Gestion des Entreprises - FOAD")
for c, lab in (("RCAED334", "Gestion comptable FOAD"), ("RCAED335", "Droit des sociétés FOAD"), ("RCAED336", "Fiscalité FOAD")):
    el(c, lab); gp(c + "EA", "CEMU EAD " + lab); gp(c + "CM", "CM présentiel " + lab)

UNKNOWN = ["DR2-CONX", "GA1R199", "L2BIOC44", "AN-10Z", "M.1.MS99", "IAE.MK99"]

def catalogue():
    return {"elements": E, "etapes": T, "groups": G, "unknown": UNKNOWN, "labels": L}

if __name__ == "__main__":
    c = catalogue(); json.dump(c, open(sys.argv[1], "w"), ensure_ascii=False, indent=1)
    print(len(E), len(T), len(G), len(UNKNOWN), "total", len(E) + len(T) + len(G))
