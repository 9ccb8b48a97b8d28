import json
E, T, G, L = [], [], [], {}
def el(c, l): E.append(c); L[c] = l
def et(c, l): T.append(c); L[c] = l
def gp(c, l): G.append(c); L[c] = l
# droit DRyMATs
mats = {"CIV":"DROIT CIVIL","CON":"DROIT CONSTITUTIONNEL","ADM":"DROIT ADMINISTRATIF","OBL":"DROIT DES OBLIGATIONS","PEN":"DROIT PENAL","HIS":"HISTOIRE DU DROIT","FIS":"DROIT FISCAL"}
for y in (1,2,3):
    et(f"DRL{y}", f"Licence Droit {y}{'re' if y==1 else 'e'} année")
    for m,lab in mats.items():
        for s in (1,2):
            c=f"DR{y}{m}{s}"; el(c, f"{lab} {s+2*(y-1)}")
            for n in range(1,7): gp(f"{c}TD{n}", f"TD{n} {lab}")
            gp(f"{c}EAD", f"TD EAD CEMU {lab}")
# GEA
for y in (1,2,3):
    et(f"BGEA{y}", f"BUT GEA {y}{'re' if y==1 else 'e'} année")
gea = ["Fondamentaux du management","Environnement économique","Comptabilité","Droit des affaires","Marketing","Expression communication","Anglais","Mathématiques appliquées","Bureautique","PPP","Gestion de projet","Fiscalité"]
for s in range(1,7):
    for i,lab in enumerate(gea,1):
        c=f"GEA{s}R{i:02d}"; el(c, f"R{s}.{i:02d} {lab}")
        for g in "ABC": gp(f"G{s}R{i:02d}TD{g}", f"TD{g} GEA S{s}")
        gp(f"G{s}R{i:02d}ALT", f"Groupe alternants GEA S{s}")
# psycho
for y in (1,2,3):
    et(f"PSYL{y}", f"Licence Psychologie {y}{'re' if y==1 else 'e'} année")
for y in (2,3):
    et(f"PSYD{y}", f"Licence Psychologie {y}e année à distance")
psy = ["Psychologie du développement","Psychologie sociale","Neuropsychologie","Méthodologie statistique","Psychologie cognitive","Psychopathologie","Psychologie différentielle","Anglais scientifique"]
for y in (1,2,3):
    for i,lab in enumerate(psy,1):
        for k in (1,2):
            c=f"PSY-{y}{k}{i}"; el(c, f"{lab} {k}".upper())
            for n in range(1,5): gp(f"PSY{y}{k}{i}-TD{n}", f"TD{n} {lab[:25]}")
            gp(f"PSY{y}{k}{i}-EAD", f"EAD CEMU {lab[:25]}")
# histoire
his = ["Histoire ancienne","Histoire médiévale","Histoire moderne","Histoire contemporaine","Géographie humaine","Cartographie","Historiographie","Archéologie"]
for y in (1,2,3):
    et(f"HISL{y}", f"Licence Histoire {y}{'re' if y==1 else 'e'} année")
    for i,lab in enumerate(his,1):
        for k in (0,1):
            c=f"H{y}HIS{k}{i}"; el(c, lab + (" 2" if k else ""))
            for n in (1,2,3): gp(f"{c}G{n}", f"Groupe {n} {lab}")
# MEEF
for y in (1,2):
    et(f"ME{y}PD", f"Master {y} MEEF 1er degré")
    et(f"ME{y}SD", f"Master {y} MEEF 2nd degré")
meef = {"D":["Didactique du français","Didactique des mathématiques","Analyse de pratique","Sciences et technologie","EPS à l'école"],"S":["Épistémologie disciplinaire","Contexte d'exercice du métier","Recherche en éducation","Numérique éducatif","Gestion de classe"]}
for y in (1,2):
    for d,labs in meef.items():
        for i,lab in enumerate(labs,1):
            for k in (0,1):
                c=f"MF{y}{d}{k}0{i}"; el(c, lab + (" (S2)" if k else " (S1)"))
                for n in (1,2): gp(f"{c}TD{n}", f"TD{n} {lab[:30]}")
                gp(f"{c}EAD", f"Groupe EAD CEMU {lab[:20]}")
# LEA
lng = {"ESP":"Espagnol","ALL":"Allemand","ANG":"Anglais","CHI":"Chinois"}
for y in (1,2,3):
    et(f"LEAL{y}", f"Licence LEA {y}{'re' if y==1 else 'e'} année")
    for a,lab in lng.items():
        for n in (1,2,3):
            c=f"LE.{y}{a}{n}"; el(c, f"{lab} LEA {n} - traduction" if n==2 else f"{lab} LEA {n}")
            for t in (1,2,3): gp(f"LE{y}{a}{n}TD{t}", f"TD{t} {lab} LEA")
# INF
inf = ["Algorithmique","Programmation","Bases de données","Systèmes","Réseaux","Génie logiciel","Mathématiques discrètes","Architecture","Web","Projet"]
for y in (1,2,3):
    et(f"INFL{y}", f"Licence Informatique {y}{'re' if y==1 else 'e'} année")
    for h in "AB":
        for i,lab in enumerate(inf,1):
            c=f"INF-{y}{h}{i:02d}"; el(c, f"{lab} {1 if h=='A' else 2}")
            for n in range(1,5): gp(f"INF{y}{h}{i:02d}TP{n}", f"TP{n} {lab}")
            gp(f"INF{y}{h}{i:02d}CM", f"CM {lab}")
# DU FOAD
et("DUCG1", "DU Capacité de Gestion des Entreprises - FOAD")
for n,lab in enumerate(["Comptabilité générale","Gestion financière","Droit du travail","Fiscalité","Marketing","Management","Statistiques","Informatique de gestion"],1):
    c=f"DUCG-M{n}"; el(c, lab)
    gp(f"DUCGM{n}CEM", f"Groupe CEMU {lab}")
    gp(f"DUCGM{n}PRE", f"Groupe présentiel {lab}")
# FAQ-like RCAED
et("SEDL3", "Licence Sciences de l'éducation 3e année")
for n in range(330,340):
    c=f"RCAED{n}"; el(c, f"SCIENCES EDUC {n-329}")
# FAQ-like M.1HRPnC
et("MHR1", "Master 1 Histoire des relations internationales"); et("MHR2", "Master 2 Histoire des relations internationales")
for n in range(5,10):
    c=f"M.1HRP{n}C"; el(c, f"Relations internationales {n}")
    gp(f"M.1HRP{n}CTD", f"TD Relations internationales {n}"); gp(f"M.1HRP{n}CEM", f"EM Relations internationales {n}")
    c=f"M.2HRP{n}C"; el(c, f"Séminaire RI {n}")
el("2HR5C", "Histoire des RI (porté)"); el("M.1.MS03", "Théories chang. social")
# FAQ-like AN-nnA
for y in (1,2,3):
    et(f"LANG{y}", f"Licence LLCE Anglais {y}{'re' if y==1 else 'e'} année")
    for n in range(0,4):
        for s in "AB":
            c=f"AN-{y}{n}{s}"; el(c, f"EC{n+1} Langue {'Traduction' if s=='A' else 'Civilisation'}")
            for t in (1,2,3): gp(f"AN{y}{n}{s}TD{t}", f"TD{t} Anglais")
# FAQ-like 1CAnnn
et("PEC1", "DU Préparation concours professeur des écoles Caen")
for p in (1,2):
    for n in range(150,160):
        c=f"{p}CA{n}"; el(c, ["Analyse du contexte","Maîtrise de la langue","Culture scientifique","Arts","Histoire-géo école","Mathématiques PE","Anglais PE","Numérique","Stage","Mémoire"][n-150])
UNK = ["DR1CIV9","PSY-299","GEA7R01","INF-2A17","H2HIS13","AN-18A","DUCG-M9","RCAED299","MF1D011","LE.3ITA2"]
def build():
    return {"elements":E,"etapes":T,"groups":G,"unknown":UNK,"labels":L}
if __name__=="__main__":
    c=build(); print(len(E),len(T),len(G))
