# catalogue: schemes -> cited codes + siblings + labels
import json, random
random.seed(7)
E, T, G, L = [], [], [], {}
def add(kind, code, lab):
    {'e':E,'t':T,'g':G}[kind].append(code); L[code]=lab
# 1 Droit: JL1.C02
droit = {'C02':"Droit civil 1 - Introduction et personnes",'C05':"Droit constitutionnel 1",'H01':"Histoire du droit et des institutions",
 'C03':"Droit civil 2 - La famille",'M01':"Methodologie juridique",'E01':"Introduction a l'economie",'S01':"Relations internationales",'A02':"Institutions administratives"}
for y in (1,2,3):
    for k,v in droit.items():
        add('e',f"JL{y}.{k}", (v if y==1 else f"{v} (L{y})") if len(v)<55 else v[:55])
    for n in range(1,16): add('g',f"JL{y}TD{n:02d}", f"L{y} DROIT TD {n}")
add('e','JL2.A11',"Droit administratif général");
for code,lab in [('DL1GEN',"Licence 1 Droit - Caen"),('DL2GEN',"L2 DROIT"),('DL3GEN',"Licence 3e annee Droit generale"),('DL1ALE',"L1 Droit - site d'Alençon")]: add('t',code,lab)
# 2 BUT GEA
for y in (1,2,3):
    for s in range(1,14):
        add('e',f"BGE-R{y}{s:02d}", f"R{y}.{s:02d} ressource BUT GEA S{2*y-1}")
    for s in range(1,6): add('e',f"BGE-S{y}{s:02d}", f"SAE {y}.{s:02d} GEA")
    add('t',f"BGEA{y}", f"BUT GEA {y}A - IUT Grand Ouest Normandie")
    for gp in 'ABCDEF': add('g',f"BGE{y}TP{gp}", f"GEA {y}e annee TP {gp}")
    for n in (1,2,3): add('g',f"BGE{y}TD{n}", f"GEA{y} TD{n}")
L['BGE-R301']="Gestion de la paie et des relations sociales"; L['BGE-R305']="Fiscalite"; L['BGE-S301']="SAE Pilotage de la relation client"
# 3 INSPE MEEF sites
for site,sname in [('SL','Saint-Lo'),('CA','Caen'),('AL','Alencon')]:
    add('t',f"MEF1{site}", f"Master MEEF 1er degre M1 - {sname}")
    add('t',f"MEF2{site}", f"MEEF PE M2 site {sname}")
    for n in range(1,11): add('e',f"MF1.{site}{n:02d}", f"UE{n} MEEF 1er degre M1 {sname}")
    add('g',f"MF1{site}-G{site}", f"Groupe {site} M1 MEEF {sname}")
    for n in (1,2): add('g',f"MF1{site}-TD{n}", f"TD{n} MEEF1 {sname.upper()}")
L['MF1.SL04']="Enseigner le francais au cycle 2"; L['MF1.SL07']="Didactique des mathematiques 1"
# 4 Informatique L3
for s in 'AB':
    for n in range(1,13): add('e',f"IN5{s}{n:02d}", f"Informatique S5 bloc {s} - UE {n}")
    for n in range(1,13): add('e',f"IN6{s}{n:02d}", f"Informatique S6 bloc {s} - UE {n}")
L['IN5A02']="Génie logiciel"; L['IN5B07']="Reseaux et protocoles"; L['IN5A05']="Programmation fonctionnelle"
for c,l in [('LINF3',"L3 Informatique"),('LINF2',"Licence Informatique 2e annee"),('LINF1',"LICENCE INFO 1")]: add('t',c,l)
for n in range(1,7): add('g',f"IN3-TP{n}", f"TP{n} L3 info")
# 5 LEA
for y in (1,2,3):
    for k,v in [('ECO',"Economie"),('JUR',"Droit"),('TRD',"Traduction economique"),('COM',"Communication"),('CIV',"Civilisation")]:
        add('e',f"LEA.{y+ (y)}{k}"[:8] if False else f"LEA.{2*y}{k}", f"{v} LEA S{2*y}")
    add('t',f"LEA{y}AE", f"LEA {y}A anglais-espagnol")
    add('t',f"LEA{y}AA", f"LEA {y}A anglais-allemand")
    for c,l in [('ANES','anglais/espagnol'),('ANAL','anglais/allemand'),('ANIT','anglais/italien')]: add('g',f"LEA{y}-{c}", f"L{y} LEA {l}")
L['LEA.4ECO']="Economie internationale (LEA S4)"
# 6 PASS
for n in range(1,13): add('e',f"PS1.UE{n:02d}", f"PASS UE{n}")
L['PS1.UE05']="UE5 Anatomie"; L['PS1.UE08']="UE8 Specialite pharmacie"
add('t','PASS01',"Parcours d'acces specifique sante (PASS)"); add('t','LASPS1',"L.AS 1 - option sante")
for n in range(1,9): add('g',f"PASSTUT{n}", f"Tutorat PASS groupe {n}")
# 7 IAE
for p in 'CFMR':
    for n in range(1,11): add('e',f"IAM1-{p}{n:02d}", f"M1 {dict(C='Controle gestion',F='Finance',M='Marketing',R='RH')[p]} cours {n}")
L['IAM1-C07']="Controle de gestion approfondi"; L['IAM1-F02']="Finance d'entreprise"
for c,l in [('IAM1CG',"M1 CCA IAE Caen"),('IAM1MK',"Master 1 Marketing"),('IAM2CG',"M2 Controle de gestion et audit")]: add('t',c,l)
for c,l in [('IAM1CG-ALT',"M1 CG alternants"),('IAM1CG-INI',"M1 CG formation initiale"),('IAM1MK-ALT',"M1 MKG ALTERNANCE")]: add('g',c,l)
# 8 STAPS
for y in (1,2,3):
    for n in range(1,21): add('e',f"STP{y}E{n:02d}", f"STAPS L{y} EC{n}")
    add('t',f"STL{y}EM", f"Licence STAPS {y}e annee EM")
    for n in range(1,7): add('g',f"STL{y}G{n}", f"STAPS L{y} gr {n}")
L['STP2E14']="Physiologie de l'effort 2"
# 9 Histoire
for s in (3,4,5,6):
    for n in range(1,13): add('e',f"HST{s}.{n:02d}", f"Histoire S{s} enseignement {n}")
    for n in range(1,5): add('g',f"HST{s}TD{n}", f"TD {n} histoire S{s}")
L['HST5.02']="Histoire moderne : l'Europe des Lumieres"; L['HST5.09']="Archeologie medievale"
for c,l in [('HIL3',"Licence 3 Histoire"),('HIL2',"L2 HISTOIRE"),('HIL1',"1ere annee Licence Histoire - Caen")]: add('t',c,l)
# 10 Psycho
for s in (3,4,5,6):
    for n in range(1,11): add('e',f"PSL{s//2+ (0)}.E{n:02d}"[:8] if False else f"PSL{s}.E{n:02d}", f"Psycho S{s} E{n}")
L['PSL5.E06']="Psychologie du developpement de l'adolescent"
for c,l in [('PSYL3',"LICENCE PSYCHOLOGIE 3"),('PSYL2',"Licence Psychologie 2e annee")]: add('t',c,l)
for n in range(1,9): add('g',f"PSL3TD{n}", f"Psycho L3 TD{n}")
# 11 Geo EAD
for s in (3,4):
    for n in range(10,30): add('e',f"GE{s}D{n}", f"Geographie S{s} (distance) {n}")
L['GE4D21']="Geographie des risques"
add('t','GEL2D',"L2 Geographie enseignement a distance"); add('t','GEL2P',"L2 Geographie presentiel")
add('g','GEL2-EAD',"L2 GEO EAD CEMU"); add('g','GEL2-PRES',"L2 Geo presentiel")
# 12 ESIX
for sp,nm in [('M','Mecatronique'),('A','Agroalimentaire')]:
    for n in range(11,40): add('e',f"ESX-{sp}{n}", f"ESIX {nm} module {n}")
    add('t',f"ESX1{sp}C", f"ESIX 1ere annee {nm}")
L['ESX-M31']="Automatique lineaire"
for n in (1,2,3): add('g',f"ESX1MC-TP{n}", f"ESIX meca 1A TP{n}")
# 13 Master droit digit-first
for n in range(11,40): add('e',f"7MDA{n}", f"M1 Droit des affaires - matiere {n}")
L['7MDA21']="Droit des societes approfondi"
add('t','7MDAF',"M1 DROIT DES AFFAIRES"); add('t','7MDPR',"M1 droit prive general")
for n in (1,2): add('g',f"7MDAF-TD{n}", f"DA M1 TD{n}")
# 14-16 FAQ-like schemes
for n in list(range(101,110))+list(range(201,210))+list(range(301,310)): add('e',f"HLAN{n}", f"Anglais LANSAD niveau {n//100} - {n%100}")
L['HLAN305']="Anglais de specialite S3"
for n in range(150,220): add('e',f"1CA{n}", f"MEEF module {n}")
L['1CA207']="Analyse de pratiques professionnelles"
for n in range(10,30): add('e',f"IRAN-{n}", f"Iranien / langue rare {n}")
L['IRAN-22']="Persan ecrit 2"
add('t','1LANG7',"LANSAD transversal")
unknown = ['JL1.C09','BGE-R399','HST5.14','MF1.SL12']
for u in unknown:
    for lst in (E,T,G):
        if u in lst: lst.remove(u)
    L.pop(u, None)
for k,v in L.items(): assert len(v)<=60, (k,v)
cat = {"elements":sorted(set(E)),"etapes":sorted(set(T)),"groups":sorted(set(G)),"unknown":unknown,"labels":{k:L[k] for k in sorted(L)}}
if __name__=='__main__':
    json.dump(cat, open('/work/blind/train-j/catalogue.json','w'), ensure_ascii=False, indent=1)
    print(len(cat['elements']),len(cat['etapes']),len(cat['groups']))
