# catalogue: schemes, codes, labels
import random
R = random.Random(1111)
SCHEMES = {}   # name -> dict(elements={code:label}, etapes={}, groups={})
LAB = {}
def add(s, kind, code, label):
    SCHEMES.setdefault(s, {"elements":{}, "etapes":{}, "groups":{}})[kind][code] = label[:60] if kind!="groups" else label[:40]

# 1 Droit (invented): DJ<level>-<3L><sem>   etape JDL<n><A|B>  group DJ<n><3L><sem>G<k>
dr = [("CON","Droit constitutionnel"),("CIV","Droit civil"),("PEN","Droit penal"),("ADM","Droit administratif"),("OBL","Droit des obligations"),("FIS","Droit fiscal"),("TRV","Droit du travail"),("HDI","Histoire du droit"),("INT","Droit international public"),("AFF","Droit des affaires"),("EUR","Droit de l'Union europeenne"),("PRO","Procedure civile")]
for lv in (1,2,3):
    for ab,t in dr:
        for sm in (1,2):
            c=f"DJ{lv}-{ab}{sm}"; add("droit-DJn-XXXn","elements",c, R.choice([f"{t} {sm}", f"{t.upper()} S{2*lv-2+sm}", f"L{lv} {t} - semestre {2*lv-2+sm}"]))
            for k in (1,2,3,4):
                add("droit-DJn-XXXn","groups",f"DJ{lv}{ab}{sm}G{k}", f"TD {k} {t[:20]} L{lv}")
    for v in "AB":
        add("droit-DJn-XXXn","etapes",f"JDL{lv}{v}", R.choice([f"L{lv} DROIT {'CAEN' if v=='A' else 'ALENCON'}", f"Licence {lv} Droit - site {'Caen' if v=='A' else 'Alencon'}"]))

# 2 Sciences (invented): S<sem>.<3L><2d>  group S<sem><3L><2d>T<k> ; etape SCL<n>MI
sc=[("MAT","Analyse"),("ALG","Algebre lineaire"),("PRB","Probabilites"),("INF","Programmation"),("PHY","Mecanique du point"),("CHI","Chimie generale"),("BIO","Biologie cellulaire"),("GEO","Geologie"),("STA","Statistiques")]
for sm in range(1,7):
    for ab,t in sc:
        for n in (11,12,21):
            if R.random()<0.6:
                c=f"S{sm}.{ab}{n}"; add("sciences-Sn.XXXnn","elements",c,R.choice([f"{t} {n%10}",f"{t} - S{sm}",f"{t.upper()} {n}"]))
                for k in (1,2,3): add("sciences-Sn.XXXnn","groups",f"S{sm}{ab}{n}T{k}",f"Groupe TD{k} {t[:18]}")
for lv in (1,2,3):
    for p in ("MI","PC","SV"):
        add("sciences-Sn.XXXnn","etapes",f"SCL{lv}{p}",R.choice([f"Licence {lv} {p} portail",f"L{lv} {p} - Sciences",f"1ere annee licence {p}" if lv==1 else f"LICENCE {lv} {p}"]))

# 3 Psycho (invented): <d>PS<d><L><2d>  etape PSY<n>   group <code>-<L>? -> PS<d><L><2d>TD<k>
ps=["Psychologie sociale","Neurosciences cognitives","Psychologie du developpement","Methodologie experimentale","Psychopathologie","Statistiques appliquees","Psychologie clinique","Ergonomie"]
for lv in (1,2,3,4,5):
    for i,t in enumerate(ps):
        for L in "AB":
            c=f"{lv}PS{(i%4)+1}{L}{R.randint(1,39):02d}"
            add("psycho-nPSnLnn","elements",c,R.choice([f"{t}",f"{t} ({'CM' if L=='A' else 'TD'})",f"UE {t[:30]}"]))
            for k in (1,2): add("psycho-nPSnLnn","groups",f"PS{c[3:]}{lv}D{k}",f"TD{k} {t[:22]}")
    add("psycho-nPSnLnn","etapes",f"PSY{lv}"+("L" if lv<=3 else "M"),f"{'Licence' if lv<=3 else 'Master'} Psychologie {lv if lv<=3 else lv-3}e annee")

# 4 IAE (invented): MG<lv><3L><2d>  etape IAM<n><X>  groups MG<lv><3L>-<X>
ia=[("FIN","Finance d'entreprise"),("MKT","Marketing strategique"),("CGE","Controle de gestion"),("RHU","Gestion des ressources humaines"),("SIG","Systemes d'information"),("AUD","Audit"),("STR","Strategie"),("DRT","Droit des societes")]
for lv in (1,2):
    for ab,t in ia:
        for n in range(1,6):
            c=f"MG{lv}{ab}{n:02d}"; add("iae-MGnXXXnn","elements",c,R.choice([f"{t}",f"{t} {n}",f"M{lv} {t}"]))
        for X in ("A","B","ALT"):
            add("iae-MGnXXXnn","groups",f"MG{lv}{ab}-{X}",f"{'Alternants' if X=='ALT' else 'Groupe '+X} {t[:20]}")
    for X in ("CCA","MAE","MRH"):
        add("iae-MGnXXXnn","etapes",f"IA{X}{lv}",R.choice([f"Master {lv} {X} IAE Caen",f"M{lv} {X} - IAE",f"MASTER {lv} {X}"]))

# 5 HSS histoire (invented, year-prefixed): <yy><3L><3d>  etape HI<n>LIC ; groups H<yy><3L><d>-<k>
hs=[("HIS","Histoire"),("ANT","Histoire ancienne"),("MED","Histoire medievale"),("MOD","Histoire moderne"),("CON","Histoire contemporaine"),("ARC","Archeologie"),("GEO","Geographie humaine")]
for yy in (24,25):
    for ab,t in hs:
        for lv in (1,2,3):
            for n in (1,2,3,4):
                if R.random()<0.55 or (yy==25 and ab=="MED" and lv==2):
                    c=f"{yy}{ab}{lv}0{n}"; add("hss-yyXXXnnn","elements",c,R.choice([f"{t} L{lv}",f"{t} {n}",f"{t.upper()}"]))
                    if yy==25:
                        for k in (1,2,3): add("hss-yyXXXnnn","groups",f"H{ab}{lv}0{n}-{k}",f"TD{k} {t}")
for lv in (1,2,3): add("hss-yyXXXnnn","etapes",f"HI{lv}LIC",f"Licence {lv} Histoire")

# 6 IUT BUT (invented): <DPT>-R<s><2d> / <DPT>-S<s><2d>  etape B<DPT><n>  groups <DPT><n>-TP<L><d>
for dp,tt in (("INF",["Developpement","Bases de donnees","Reseaux","Systemes","Anglais","Gestion de projet"]),("GEA",["Comptabilite","Fiscalite","Economie","Droit","Marketing","Communication"]),("MMI",["Integration web","Culture numerique","Design","Audiovisuel","Ergonomie","Anglais"])):
    for s in range(1,7):
        for j,t in enumerate(tt):
            add("iut-DPT-Rsnn","elements",f"{dp}-R{s}{j+1:02d}",R.choice([f"R{s}.{j+1:02d} {t}",f"{t} S{s}",f"Ressource {t}"]))
        add("iut-DPT-Rsnn","elements",f"{dp}-S{s}01",f"SAE {s}.01 Projet {dp}")
    for n in (1,2,3):
        add("iut-DPT-Rsnn","etapes",f"B{dp}{n}",f"BUT {dp} {n}e annee - IUT Grand Ouest Normandie"[:60])
        for L in "AB":
            for d in (1,2): add("iut-DPT-Rsnn","groups",f"{dp}{n}-TP{L}{d}",f"TP {L}{d} BUT{n} {dp}")

# 7 Pharma/Sante (invented): PHA<n>U<2d>  etape PHAR<n> ; groups PHA<n>U<2d>P<k>
ph=["Pharmacologie","Chimie therapeutique","Galenique","Toxicologie","Microbiologie","Immunologie","Biochimie","Botanique"]
for lv in range(1,6):
    for j,t in enumerate(ph):
        c=f"PHA{lv}U{j+10}"; add("sante-PHAnUnn","elements",c,R.choice([f"UE {j+10} {t}",f"{t} - DFGSP{lv}" if lv<=3 else f"{t} DFASP{lv-3}",f"{t.upper()}"]))
        for k in (1,2,3): add("sante-PHAnUnn","groups",f"{c}P{k}",f"TP {k} {t}")
    add("sante-PHAnUnn","etapes",f"PHAR{lv}",f"{'DFGSP' if lv<=3 else 'DFASP'}{lv if lv<=3 else lv-3} Pharmacie")

# 8 INSPE MEEF (invented): MEEF<n>-<2d>  etape MF<n><X> groups MEEF<n><2d><X>
me=["Didactique du francais","Didactique des mathematiques","Contexte d'exercice du metier","Recherche et memoire","Langue vivante","EPS a l'ecole","Sciences et technologie","Arts plastiques","Stage de pratique accompagnee"]
for n in (1,2):
    for j,t in enumerate(me):
        c=f"MEEF{n}-{j+1:02d}"; add("inspe-MEEFn-nn","elements",c,R.choice([f"{t}",f"{t} M{n}",f"UE{j+1} {t}"]))
        for X in ("CA","AL","SL","EAD"): add("inspe-MEEFn-nn","groups",f"MEEF{n}{j+1:02d}{X}",f"{ {'CA':'Caen','AL':'Alencon','SL':'Saint-Lo','EAD':'CEMU distance'}[X]} {t[:20]}")
    for X in ("PE","SD","EN"): add("inspe-MEEFn-nn","etapes",f"MF{n}{X}",f"MEEF {n} {X} INSPE Normandie Caen")

# 9 ESIX ingenieurs (invented): EX<n><3L><2d>  etape ESX<n><L>
ex=[("ROB","Robotique"),("MEC","Mecanique des solides"),("AUT","Automatique"),("ELN","Electronique"),("AGR","Agroalimentaire"),("QUA","Qualite"),("ANG","Anglais technique")]
for lv in (3,4,5):
    for ab,t in ex:
        for n in (1,2,3):
            add("esix-EXnXXXnn","elements",f"EX{lv}{ab}{n:02d}",R.choice([f"{t} {n}",f"{t.upper()} {lv}A",f"{t} - {lv}e annee"]))
    for L in "MA": add("esix-EXnXXXnn","etapes",f"ESX{lv}{L}",f"ESIX {'Meca' if L=='M' else 'Agro'} {lv}A")

# 10 Geographie (invented): GEO-<3d><L>
for lv in (1,2,3):
    for i,t in enumerate(["Cartographie","Geographie physique","Amenagement du territoire","SIG","Climatologie","Geographie urbaine","Terrain"]):
        for L in "AB":
            c=f"GEO-{lv}{i+1}{'05' if L=='A' else '07'}"[:8]
            add("geo-GEO-nnnL","elements",f"GEO-{lv}{i+1}{L}" if False else f"GEO-{lv}{i+1}0{L}",R.choice([f"{t}",f"{t} L{lv}",f"{t} ({'CM' if L=='A' else 'TD'})"]))
    add("geo-GEO-nnnL","etapes",f"GEOL{lv}",f"Licence {lv} Geographie")

# 11 Arts/musique (invented): AM<sem>Q<d><L>
for s in range(1,7):
    for d in range(1,6):
        for L in "FP":
            add("arts-AMnQnL","elements",f"AM{s}Q{d}{L}",R.choice([f"Musicologie {d} S{s}",f"Pratique {'instrumentale' if L=='P' else 'theorique'} {d}",f"Formation musicale {d}"]))
for lv in (1,2,3): add("arts-AMnQnL","etapes",f"ARM{lv}",f"L{lv} ARTS MUSIQUE")

# FAQ-like schemes (not invented)
# 12 letters+digits (HLAN201 style): H<3L><3d>
for ab,t in (("LAN","Anglais"),("ESP","Espagnol"),("ALL","Allemand"),("ITA","Italien"),("PHI","Philosophie"),("LET","Lettres modernes")):
    for n in (101,102,201,202,301,302):
        add("faq-letters+digits","elements",f"H{ab}{n}",R.choice([f"{t} S{n//100*2-1+(n%2==0)}",f"{t} {n}",f"{t} semestre {n//100}"]))
        for k in (1,2): add("faq-letters+digits","groups",f"H{ab}{n}G{k}",f"Gpe {k} {t}")
for lv in (1,2,3): add("faq-letters+digits","etapes",f"HLL{lv}A",f"L{lv} LLCE Anglais")
# 13 IRAN-15 style: <4L>-<2d>
for ab,t in (("IRAN","Anglais en ligne"),("IRES","Espagnol en ligne"),("IRDE","Allemand en ligne")):
    for n in range(10,25):
        add("faq-XXXX-nn","elements",f"{ab}-{n}",f"{t} niveau {n-9}")
        add("faq-XXXX-nn","groups",f"{ab}{n}CEMU",f"CEMU distance {t}")
# 14 dotted (M.1HRP9C style): M.<d><3L><d><L>
for ab,t in (("HRP","Histoire des relations politiques"),("SOC","Sociologie des organisations"),("ECO","Economie sociale"),("SPO","Science politique")):
    for d in (1,2):
        for n in (3,5,9):
            c=f"M.{d}{ab}{n}C"; add("faq-dotted-M.","elements",c,f"{t} {n}")
            add("faq-dotted-M.","groups",f"M.{d}{ab}{n}TD",f"TD {t[:25]}")
    add("faq-dotted-M.","etapes",f"M{d}SO{ab[0]}" if False else f"MSO{ab[0]}1",f"Master 1 {t[:40]}")

ALL = {"elements":{}, "etapes":{}, "groups":{}}
SCHEME_OF = {}
for s,d in SCHEMES.items():
    for k in ALL:
        for c,l in d[k].items():
            assert len(c) <= {"elements":8,"etapes":6,"groups":10}[k], c
            ALL[k][c]=l; SCHEME_OF[c]=s
LABELS = {c:l for k in ALL for c,l in ALL[k].items()}
