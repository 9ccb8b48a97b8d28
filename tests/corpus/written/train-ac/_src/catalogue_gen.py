# Builds catalogue.json for /work/blind/train-ac (all schemes invented by this writer except INSPE/RCAE, FAQ-style)
import json
E, T, G, L = [], [], [], {}
def e(c, l): E.append(c); L[c] = l
def t(c, l): T.append(c); L[c] = l
def g(c, l): G.append(c); L[c] = l
# PASS (santé) PS1UEnn, groups -<site><n>: C Caen, A Alençon, H Cherbourg, S Saint-Lô
ue = ["Chimie générale","Biochimie","Biologie cellulaire","Physique biophysique","Biostatistiques","Anatomie",
      "Histologie embryologie","Santé société humanité","Initiation connaissance médicament","Physiologie","Anglais médical","Méthodologie"]
for i, n in enumerate(ue, 1):
    c = "PS1UE%02d" % i; e(c, "UE%d %s" % (i, n))
    for site, k in (("C", 6), ("A", 2), ("H", 2), ("S", 2)):
        sn = {"C": "Caen", "A": "Alençon", "H": "Cherbourg", "S": "Saint-Lô"}[site]
        for j in range(1, k + 1): g("%s-%s%d" % (c, site, j), "UE%d TD%d site %s" % (i, j, sn))
for c, sn in (("PASCAE","Caen"),("PASALE","Alençon"),("PASCHE","Cherbourg"),("PASSLO","Saint-Lô")):
    t(c, "PASS Parcours Accès Spécifique Santé - site de %s" % sn)
# LAS
t("LAS1DR", "Licence Droit 1re année accès santé (LAS)")
t("LAS2DR", "Licence Droit 2e année accès santé (LAS)")
t("LAS2SV", "Licence Sciences de la vie 2e année accès santé (LAS)")
t("LAS1PS", "Licence Psychologie 1re année accès santé (LAS)")
for s in (1, 2, 3, 4):
    c = "LASMINS%d" % s; e(c, "Mineure santé S%d" % s)
    for j in (1, 2, 3): g("%s-%d" % (c, j), "Mineure santé S%d groupe %d" % (s, j))
# BUT GEA BGEA<s>R<nn> / BGEA<s>S<nn>
t("BUGEA1", "BUT GEA 1re année"); t("BUGEA2", "BUT GEA 2e année"); t("BUGEA3", "BUT GEA 3e année")
for s in range(1, 7):
    for kind, rng in (("R", range(1, 12)), ("S", range(1, 3))):
        for n in rng:
            c = "BGEA%d%s%02d" % (s, kind, n)
            e(c, ("Ressource R%d.%02d" if kind == "R" else "SAE %d.%02d") % (s, n))
            nat = "R%d.%02d" % (s, n) if kind == "R" else "SAE%d.%02d" % (s, n)
            for x in "ABCD": g(c + x, "TD %s %s" % (x, nat))
            for x in "1234": g(c + "T" + x, "TP%s %s" % (x, nat))
            g(c + "FI", "Groupe FI (formation initiale) %s" % nat)
            g(c + "FA", "Groupe alternants FA %s" % nat)
# Psychology U3PSY<y><n>
for y in (1, 2, 3): t("LPSY%d" % y, "Licence Psychologie %s année" % ("1re" if y == 1 else "%de" % y))
for y in (1, 2, 3):
    for n in range(1, 8):
        c = "U3PSY%d%d" % (y, n); e(c, "PSYCHOLOGIE L%d UE%d" % (y, n))
        g(c + "CM", "CM PSY L%d UE%d" % (y, n))
        for j in range(1, 5): g(c + "G%d" % j, "TD%d PSY L%d UE%d" % (j, y, n))
# DAEU
t("DAEUA", "DAEU option A (littéraire)"); t("DAEUB", "DAEU option B (scientifique)")
for c, l in (("DAEUA-FR","Français"),("DAEUA-HG","Histoire-géographie"),("DAEUA-AN","Anglais"),("DAEUA-PH","Philosophie"),
             ("DAEUB-MA","Mathématiques"),("DAEUB-PH","Physique"),("DAEUB-SV","Sciences de la vie"),("DAEUB-FR","Français"),("DAEUB-CH","Chimie")):
    e(c, "DAEU %s - %s" % (c[4], l)); g(c + "-P", "Groupe présentiel (cours du soir) %s" % c); g(c + "-D", "Groupe CEMU distance %s" % c)
# DU FLE
t("DUFLE", "DU Français Langue Etrangère")
for niv in ("A2", "B1", "B2", "C1"):
    for x, l in (("OR", "Expression orale"), ("EC", "Expression écrite"), ("GR", "Grammaire")):
        e("FLE.%s%s" % (niv, x), "FLE %s %s" % (niv, l))
    for j in (1, 2, 3): g("FLE.%s-G%d" % (niv, j), "Niveau %s groupe %d" % (niv, j))
e("FLE.PHON", "Phonétique corrective"); e("FLE.CIVI", "Civilisation française")
# Capacité en droit
t("CAPDR1", "Capacité en droit 1re année"); t("CAPDR2", "Capacité en droit 2e année")
for c, l in (("CAP1CIV","Droit civil"),("CAP1PEN","Droit pénal"),("CAP1CON","Droit constitutionnel"),("CAP1MET","Méthodologie"),
             ("CAP2ADM","Droit administratif"),("CAP2TRA","Droit du travail"),("CAP2PRO","Procédure civile"),("CAP2COM","Droit commercial")):
    e(c, "CAPACITE %s" % l.upper()); g(c + "-S", "Groupe cours du soir %s" % c); g(c + "-D", "Groupe CEMU distance %s" % c)
# IAE MAE
t("MAE1", "Master 1 Management et Administration des Entreprises"); t("MAE2", "Master 2 Management et Administration des Entreprises")
t("DUCGE", "DU Capacité de Gestion des Entreprises")
mae = ["Comptabilité financière","Contrôle de gestion","Finance d'entreprise","Marketing","GRH","Droit des affaires",
       "Stratégie","Systèmes d'information","Anglais des affaires","Management de projet"]
for y in (1, 2):
    for i, l in enumerate(mae, 1):
        c = "MAE%d-C%02d" % (y, i); e(c, "M%d MAE %s" % (y, l))
        for x, lab in (("FI","Groupe FI"),("FC","Groupe FC (formation continue)"),("AL","Groupe alternants")):
            g("MAE%dC%02d%s" % (y, i, x), "%s MAE%d C%02d" % (lab, y, i))
for c, l in (("CGE-CPT1","Comptabilité 1"),("CGE-CPT2","Comptabilité 2"),("CGE-DRT1","Droit de l'entreprise"),("CGE-MKT1","Marketing"),("CGE-FIN1","Finance")):
    e(c, "DU CGE %s" % l); g(c[:3] + c[4:] + "D", "Groupe CEMU distance DU CGE %s" % l)
# Prépa concours (IPAG)
t("PRPCA", "Préparation aux concours administratifs catégorie A"); t("PRPCB", "Préparation aux concours administratifs catégorie B")
for p in ("PCA", "PCB"):
    for c, l in (("CG01","Culture générale"),("DP02","Droit public"),("FP03","Finances publiques"),("EU04","Questions européennes"),("OR05","Préparation oral")):
        e("%s-%s" % (p, c), "%s %s" % (p, l))
        for j in (1, 2): g("%s-%s-%d" % (p, c, j), "%s %s groupe %d" % (p, l, j))
# INSPE (FAQ style 1CA153): <degré><site CA/AL/SL><semestre><nn>
for deg in (1,):
    for site, sn in (("CA","Caen"),("AL","Alençon"),("SL","Saint-Lô")):
        for sem in (1, 2, 3, 4):
            for nn in list(range(11, 17)) + list(range(51, 57)):
                c = "%d%s%d%02d" % (deg, site, sem, nn); e(c, "MEEF 1D %s S%d UE%02d" % (sn, sem, nn))
                for j in (1, 2, 3, 4): g("%s-G%d" % (c, j), "Groupe %d %s S%d" % (j, sn, sem))
for c, l in (("MEEF1C","Master 1 MEEF 1er degré Caen"),("MEEF1A","Master 1 MEEF 1er degré Alençon"),("MEEF1S","Master 1 MEEF 1er degré Saint-Lô"),
             ("MEEF2C","Master 2 MEEF 1er degré Caen"),("MEEF2A","Master 2 MEEF 1er degré Alençon"),("MEEF2S","Master 2 MEEF 1er degré Saint-Lô")):
    t(c, l)
# Master droit (FAQ style RCAED334) + ELP_ pseudo groups
t("MDRPR1", "Master 1 Droit privé"); t("MDRPR2", "Master 2 Droit privé")
for n in range(331, 350):
    c = "RCAED%d" % n; e(c, "DROIT PRIVE M%d UE %d" % (1 if n < 340 else 2, n))
    g("ELP_%s_CM" % c, "pseudo-groupe CM %s" % c); g("ELP_%s_TD" % c, "pseudo-groupe TD %s" % c)
U = ["PS1UE13", "BGEA4R12", "U3PSY19", "DAEUC-FR", "CAP3CIV", "MAE1-C14", "FLE.D1OR"]
cat = {"elements": E, "etapes": T, "groups": G, "unknown": U, "labels": L}
json.dump(cat, open("/work/blind/train-ac/catalogue.json", "w"), ensure_ascii=False, indent=1)
print(len(E), len(T), len(G), len(U))
