"""Catalogue of codes the university 'knows' for set train-w."""
ORD = {1: "1re", 2: "2e", 3: "3e"}

def build():
    el, et, gp, lab = [], [], [], {}
    def E(c, l): el.append(c); lab[c] = l
    def T(c, l): et.append(c); lab[c] = l
    def G(c, l): gp.append(c); lab[c] = l

    # --- IUT BUT (invented): DDDyRsnn / DDDySsnn, groups DDDy-XXX, étapes BDDDy
    depts = {"GEA": "GEA", "INF": "Informatique", "TC": "TC", "GII": "GEII"}
    rname = ["Fondamentaux", "Comptabilite", "Droit des affaires", "Marketing", "Anglais",
             "Gestion de projet", "PPP", "Economie"]
    for d, dl in depts.items():
        for y in (1, 2, 3):
            T(f"B{d}{y}", f"BUT {dl} {ORD[y]} année")
            for s in (2 * y - 1, 2 * y):
                for n in range(1, 9):
                    E(f"{d}{y}R{s}{n:02d}", f"R{s}.{n:02d} {rname[n-1]} {dl}")
                for n in range(1, 4):
                    E(f"{d}{y}S{s}{n:02d}", f"SAE {s}.{n:02d} {dl}")
            for g in ("TD1", "TD2", "TD3", "TP1A", "TP1B", "TP2A", "TP2B"):
                G(f"{d}{y}-{g}", f"{g} BUT {dl} {y}")
            if y > 1:
                G(f"{d}{y}-ALT", f"Groupe alternants BUT {dl} {ORD[y]} année")
    # --- santé PASS/LAS (invented): PASUEn, PASUEnGnn ; LASMSn, LASMSnGnn
    T("PASS1", "PASS Parcours Accès Spécifique Santé")
    T("LAS1SV", "LAS 1re année Sciences de la Vie")
    T("LAS1DR", "LAS 1re année Droit")
    T("LAS1PS", "LAS 1re année Psychologie")
    T("LAS2SV", "LAS 2e année Sciences de la Vie")
    uel = ["Chimie", "Biochimie", "Biologie cellulaire", "Physique", "Biostatistiques",
           "Anatomie", "Histologie", "SHS", "Physiologie", "Pharmacologie", "Specialite MMOPK",
           "Specialite Pharmacie", "Anglais sante"]
    for n in range(1, 14):
        E(f"PASUE{n}", f"UE{n} {uel[n-1]} PASS")
        for g in range(1, 11):
            G(f"PASUE{n}G{g:02d}", f"Groupe {g} UE{n} PASS")
    for n in range(1, 5):
        E(f"LASMS{n}", f"Mineure sante {n} LAS")
        for g in range(1, 5):
            G(f"LASMS{n}G{g:02d}", f"Groupe {g} mineure sante {n}")
        G(f"LASMS{n}EAD", f"CEMU distance mineure sante {n}")
    # --- droit (invented): DRy.XXXn, groups DRyXXXnTk / EAD
    dm = {"CIV": "DROIT CIVIL", "CON": "DROIT CONSTITUTIONNEL", "PEN": "DROIT PENAL",
          "ADM": "DROIT ADMINISTRATIF", "OBL": "DROIT DES OBLIGATIONS", "HIS": "HISTOIRE DU DROIT",
          "INT": "DROIT INTERNATIONAL"}
    for y in (1, 2, 3):
        T(f"LDRT{y}", f"Licence Droit {ORD[y]} année")
        for m, ml in dm.items():
            for n in (1, 2):
                c = f"DR{y}.{m}{n}"
                E(c, f"{ml} {n}")
                for k in range(1, 7):
                    G(f"DR{y}{m}{n}T{k}", f"TD{k} {ml} {n}")
                G(f"DR{y}{m}{n}EAD", f"CEMU EAD {ml} {n}")
    # --- sciences (invented): SVsUnn, PCsUnn, groups +TD1..TP2B
    for d, dl in {"SV": "Sciences de la Vie", "PC": "Physique-Chimie"}.items():
        for y in (1, 2, 3):
            T(f"L{d}{y}", f"Licence {dl} {ORD[y]} année")
        for s in range(1, 7):
            for n in range(1, 13):
                c = f"{d}{s}U{n:02d}"
                E(c, f"UE{n:02d} S{s} {dl}")
                for g in ("TD1", "TD2", "TP1", "TP2", "TP1A", "TP1B", "TP2A", "TP2B"):
                    G(f"{c}{g}", f"{g} {c}")
    # --- masters sciences (invented): MAyXXXnn, groups G1 G2 GI
    for m, ml in {"BIO": "Biologie", "INF": "Informatique", "CHI": "Chimie"}.items():
        for y in (1, 2):
            T(f"M{m}{y}", f"Master {y} {ml}")
            for n in range(1, 11):
                c = f"MA{y}{m}{n:02d}"
                E(c, f"{ml} M{y} UE{n:02d}")
                G(f"{c}G1", f"Groupe 1 {c}")
                G(f"{c}G2", f"Groupe 2 {c}")
                G(f"{c}GI", f"Groupe international (EN) {c}")
    # --- DU (invented): DU.XXXnn, groups DUXXXnnD (distance CEMU) / P
    for m, ml in {"CGE": "DU Capacité de Gestion des Entreprises", "FLE": "DU Français Langue Etrangère",
                  "NUM": "DU Numérique et Education"}.items():
        T(f"DU{m}", ml)
        for n in range(1, 7):
            c = f"DU.{m}{n:02d}"
            E(c, f"{ml} module {n}")
            G(f"DU{m}{n:02d}D", f"CEMU FOAD {c}")
            G(f"DU{m}{n:02d}P", f"Presentiel {c}")
    # --- histoire (invented): HISsMnn, groups Tk, OA/OB options, EAD
    for y in (1, 2, 3):
        T(f"LHIS{y}", f"Licence Histoire {ORD[y]} année")
    for s in range(1, 7):
        for n in range(1, 9):
            c = f"HIS{s}M{n:02d}"
            E(c, f"Histoire S{s} module {n}")
            for k in (1, 2, 3):
                G(f"{c}T{k}", f"TD{k} {c}")
            G(f"{c}OA", f"Option A {c}")
            G(f"{c}OB", f"Option B {c}")
            G(f"{c}EAD", f"CEMU EAD {c}")
    # --- IAE (invented): Ay-XXX-n, groups AyXXXn-ALT/TD1/TD2/INT
    for y in (1, 2):
        T(f"MAE{y}", f"Master {y} Management et Administration des Entreprises")
        for m, ml in {"MKT": "Marketing", "FIN": "Finance", "RHU": "Ressources humaines",
                      "SCM": "Supply chain"}.items():
            for n in range(1, 5):
                c = f"A{y}-{m}-{n}"
                E(c, f"{ml} {n} MAE{y}")
                for g in ("ALT", "TD1", "TD2", "INT"):
                    G(f"A{y}{m}{n}-{g}", {"ALT": "Groupe alternants", "INT": "Groupe international"}.get(g, g) + f" {c}")
    # --- LVE (FAQ shape): LL-ysL, groups LLysL-TDk / EAD
    for l, ll in {"ES": "Espagnol", "AN": "Anglais", "IT": "Italien", "AL": "Allemand"}.items():
        for y in (1, 2, 3):
            T(f"LLCE{ {'ES':'E','AN':'A','IT':'I','AL':'D'}[l]}{y}", f"Licence LLCER {ll} {ORD[y]} année")
            for s in (0, 1, 2):
                for L in "AB":
                    c = f"{l}-{y}{s}{L}"
                    E(c, f"EC{s+1}{L} {ll} {y}")
                    for g in ("TD1", "TD2", "EAD"):
                        G(f"{l}{y}{s}{L}-{g}", ("CEMU distance" if g == "EAD" else g) + f" {c}")
    # --- INSPE (FAQ shape): yCCnnn, groups +Gk / EAD
    T("M1MEF1", "Master 1 MEEF 1er degré"); T("M2MEF1", "Master 2 MEEF 1er degré")
    T("M1MEF2", "Master 1 MEEF 2nd degré")
    for site in ("CA", "AL", "SL"):
        for y in (1, 2):
            for n in range(150, 161):
                c = f"{y}{site}{n}"
                E(c, f"MEEF {site} {c[-3:]}")
                for k in (1, 2, 3):
                    G(f"{c}G{k}", f"Groupe {k} {c}")
                G(f"{c}EAD", f"CEMU distance {c}")
    # --- HSS masters (FAQ shape): M.yHRPnC, groups +TD / EM
    T("MHIS1", "Master 1 Histoire"); T("MHIS2", "Master 2 Histoire")
    for y in (1, 2):
        for n in range(1, 10):
            c = f"M.{y}HRP{n}C"
            E(c, f"Histoire relations patrimoine {y}.{n}")
            G(f"{c}TD", f"TD {c}"); G(f"{c}EM", f"EM {c}")
    E("2HR5C", "Patrimoine (porte)")
    unknown = ["GEA2R309", "DR2.CIV3", "ES-13A", "1CA161", "PASUE14", "HIS3M09", "A2-MKT-5",
               "SV7U02", "DU.CGE07", "INF2-ALT2", "MA1BIO11", "LASMS5"]
    return {"elements": el, "etapes": et, "groups": gp, "unknown": unknown, "labels": lab}
