from mails2 import *
STAFF = [("Sophie Lecanu","Gestionnaire de scolarité"),("Marc Villain","Maître de conférences"),("Hélène Bazin","Directrice des études"),
 ("Pierre-Yves Morel","Professeur agrégé"),("Claire Dufour","Secrétaire pédagogique"),("Olivier Gosselin","Responsable de formation"),
 ("Agnès Trébutien","Gestionnaire scolarité"),("Julien Marchand","Enseignant vacataire"),("Fatima Benali","Directrice des études"),("Yann Le Goff","PRAG")]
def addr(n): 
    import unicodedata
    s = unicodedata.normalize("NFD", n).encode("ascii","ignore").decode().lower().replace(" ",".")
    return s + "@unicaen.fr"
KEYS = {"droit":["1","2","3","4","5","6"],"gea":["TD1","TD2","TP2B","TP1A","TP3B"],"sinf":["G1","G2","G4","G5","G2A","G2B"],
 "lea":["G1","G2","G3"],"inspe":["FI","FC"],"hss":["G1","G2"],"iran":["TD1"],"pass":["03","05","07"],"geo":["TD1","TD2","TD3"],
 "fin":["AN","FR"],"staps":["G1","G3","G3A","G3B"],"dufc":["P"],"psy":["TD1","TD2","TD4"],"binf":["TD1","TP1A","TP2B"],"hist":["TD","EM"]}
WORDGRP = {"gea":("alternants","ALT"),"binf":("le groupe des alternants","ALT"),"fin":("le groupe anglophone","AN"),"inspe":("les stagiaires en formation continue","FC"),
 "lea":("le groupe à distance","EAD"),"dufc":("le groupe à distance","D"),"iran":("le groupe CEMU (à distance)","CEMU"),"geo":("le groupe terrain","TER"),"psy":("les FC","FC")}
def g(sc, e, k):
    d = S[sc]
    if sc=="lea" and k=="EAD": return d["dist"](e)
    if sc in ("gea","binf") and k=="ALT": return d["alt"](e)
    return d["grp"](e, k)
CNT = [0, 0]
def em(sc, e, damage=None):
    CNT[0] += 1
    if damage is None: damage = R.random() < 0.27
    if damage: CNT[1] += 1; return f"[[{e}|{S[sc]['dmg'](e)}]]"
    return f"[[{e}]]"
def gm(sc, e, k, word=True):
    d = S[sc]; code = g(sc, e, k)
    if word:
        w = d["gw"](k)
        if sc=="droit": w = "TD"+k
        if sc=="pass": w = "ED "+k
        return f"[[{code}|{w}]]"
    CNT[0] += 1
    if R.random() < 0.25: CNT[1] += 1; return f"[[{code}|{code.lower()}]]"
    return f"[[{code}]]"
