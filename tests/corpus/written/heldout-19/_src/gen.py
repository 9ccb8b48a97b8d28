"""Generate heldout-19: 100 .eml, gold.json, catalogue.json. Deterministic (seed 19)."""
import json, random, re, os, html
from email.message import EmailMessage
from email.utils import formataddr, format_datetime
from email import policy
from datetime import datetime, timedelta, timezone
from catalogue_def import build, SCHEMES

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
R = random.Random(19)
CAT, IX = build()
ALLCODES = set(CAT["elements"] + CAT["etapes"] + CAT["groups"] + CAT["unknown"])
MARK = re.compile(r"\x02(\d+)\x03")
NMARK = re.compile(r"\x04(\d+)\x05")


def norm(s):
    return re.sub(r"[\s\-.]", "", s.upper()).replace("O", "0")


NORMS = {}
for c in ALLCODES:
    NORMS.setdefault(norm(c), set()).add(c)


def damage(code, kind=None):
    """Damage a code the way people do; return (written, kind). Never yields another real code."""
    kinds = ["lower", "space", "dash", "o0", "drop", "glue"]
    kind = kind or R.choice(kinds)
    w = None
    if kind == "lower":
        w = code.lower() if R.random() < .7 else code[0] + code[1:].lower()
    elif kind == "space":
        m = re.search(r"(?<=[A-Z])(?=\d)|(?<=\d)(?=[A-Z])", code)
        w = code[:m.start()] + " " + code[m.start():] if m else None
        if "-" in code or "." in code:
            w = re.sub(r"[-.]", " ", code, count=1)
    elif kind == "dash":
        if "-" in code or "." in code:
            w = re.sub(r"[-.]", "", code, count=1)
        else:
            m = re.search(r"(?<=[A-Z])(?=\d)", code)
            w = code[:m.start()] + "-" + code[m.start():] if m else None
    elif kind == "o0":
        if "0" in code:
            i = code.index("0"); w = code[:i] + "O" + code[i + 1:]
        elif "O" in code[2:]:
            i = code.index("O", 2); w = code[:i] + "0" + code[i + 1:]
    elif kind == "drop":
        ds = [i for i, ch in enumerate(code) if ch.isdigit()]
        if len(ds) >= 2:
            i = ds[-2] if code[ds[-2]] == "0" else ds[-1]
            w = code[:i] + code[i + 1:]
            if norm(w) in NORMS:
                w = None
    elif kind == "glue":
        w = R.choice(["cours", "UE", "code", "ecampus", "matiere"]) + code
    if not w or w == code:
        return damage(code, "lower") if kind != "lower" else (code.lower(), "lower")
    # a damaged form must not be exactly another code
    if w.upper() in ALLCODES and w.upper() != code:
        return damage(code, "lower")
    return w, kind


class Mail:
    def __init__(self, role, lang, dmg_rate):
        self.codes = []   # (canon, written)
        self.nums = []
        self.role, self.lang, self.dmg_rate = role, lang, dmg_rate

    def c(self, code, dmg=None, written=None):
        if written is None:
            if dmg is None and R.random() < self.dmg_rate:
                dmg = True
            written = damage(code)[0] if dmg is True else (damage(code, dmg)[0] if dmg else code)
        self.codes.append((code, written))
        return f"\x02{len(self.codes) - 1}\x03"

    def n(self, num):
        self.nums.append(num)
        return f"\x04{len(self.nums) - 1}\x05"

    def finish(self, text):
        """Resolve markers; return (text, codes, written, nums) in order of first mention."""
        codes, written, nums = [], [], []
        for m in MARK.finditer(text):
            c, w = self.codes[int(m.group(1))]
            if c not in codes:
                codes.append(c); written.append(w)
        for m in NMARK.finditer(text):
            n = self.nums[int(m.group(1))]
            if n not in nums:
                nums.append(n)
        text = MARK.sub(lambda m: self.codes[int(m.group(1))][1], text)
        text = NMARK.sub(lambda m: self.nums[int(m.group(1))], text)
        return text, codes, written, nums


FIRST = ["Lucas", "Emma", "Hugo", "Chloé", "Léa", "Nathan", "Manon", "Théo", "Inès", "Yanis", "Camille", "Louise",
         "Maël", "Jade", "Sarah", "Enzo", "Zoé", "Rayan", "Clémence", "Baptiste", "Océane", "Kylian", "Anaïs", "Mathis"]
LAST = ["Lefebvre", "Marie", "Lemoine", "Hébert", "Duval", "Lecomte", "Guérin", "Leroux", "Lebrun", "Vautier", "Hamel",
        "Lesage", "Onfroy", "Jouin", "Letellier", "Bellanger", "Le Goff", "Lemarchand", "Osmont", "Quesnel", "Toutain"]
EN_FIRST = ["Giulia", "Pablo", "Katarzyna", "Jonas", "Aoife", "Mateus", "Elif", "Lukas", "Sofia", "Niamh", "Mihai"]
EN_LAST = ["Rossi", "García", "Nowak", "Schmidt", "Murphy", "Silva", "Yılmaz", "Weber", "Papadopoulou", "Byrne", "Popescu"]


def ascii_(s):
    import unicodedata
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def person(en=False):
    f = R.choice(EN_FIRST if en else FIRST); l = R.choice(EN_LAST if en else LAST)
    return f, l


def stunum():
    return str(R.choice([21, 22, 23, 24, 25, 26])) + f"{R.randrange(0, 999999):06d}"


def phone():
    return f"02 31 {R.randrange(43, 57)} {R.randrange(10, 99)} {R.randrange(10, 99)}"


def lookalikes(k=2):
    pool = [f"salle S3-0{R.randrange(10, 99)}", "amphi B", "amphi Tocqueville", f"bâtiment E, bureau E{R.randrange(100, 400)}",
            f"le {R.randrange(1, 28)}/{R.randrange(9, 13)}/2026 à {R.randrange(8, 18)}h{R.choice(['00', '15', '30'])}",
            "Moodle 4.1", "Office 365", "Windows 11", f"ticket n°{R.randrange(310000, 330000)}",
            f"la promo fait {R.randrange(25, 480)}", "la ressource R1.05", "R2.01", "SAE 1.02",
            f"mon INE {R.randrange(10**9, 10**10)}{R.choice('ABCDEFGHJK')}", "14032 Caen Cedex 5",
            f"tél. {phone()}", "Zoom 5.17", "Firefox 128", "iPhone 13", "le bac 2024", "l'ENT", "Teams"]
    return R.sample(pool, k)


STAFF_SIG = [
    "{f} {l}\nGestionnaire de scolarité - UFR Droit, AES et Administration publique\nBâtiment D, bureau D{b}\nEsplanade de la Paix - CS 14032 - 14032 Caen Cedex 5\nTél. : {ph}",
    "--\n{f} {l}\nMaître de conférences\nUFR des Sciences - Campus 2, bureau S3-{b}\nBd Maréchal Juin, 14032 Caen cedex\n{ph}",
    "Cordialement,\n{f} {l}\nResponsable pédagogique - IUT Grand Ouest Normandie, site d'Ifs\n3 rue Pierre et Marie Curie, 14123 Ifs\nTél {ph} / Port. 06 {m}",
    "{f} {l}\nDirecteur des études\nINSPE Normandie Caen - site de la Rue de Bayeux, 186 rue de la Délivrande, 14000 Caen\nBureau {b} - {ph}",
    "{f} {l}\nDSI - Pôle applications pédagogiques\nUniversité de Caen Normandie\nTél. : {ph}\n\nCe message et ses pièces jointes sont confidentiels. Si vous l'avez reçu par erreur, merci de le détruire.",
    "Bien à vous,\n{f} {l}\nScolarité santé - UFR Santé, 2 rue des Rochambelles, 14032 Caen Cedex\n{ph}",
]
EN_SIG = "Best regards,\n{f} {l}\nVisiting lecturer, Department of English Studies\nUniversité de Caen Normandie, office MLI {b}\nPhone: +33 2 31 56 {m}"
MOBILE = ["Envoyé de mon iPhone", "Envoyé depuis mon appareil Galaxy", "Sent from my iPhone", "Envoyé à partir de Outlook pour Android"]


def pick_el(schemes=None):
    names = schemes or list(SCHEMES)
    sch = SCHEMES[R.choice(names)]
    code, lab, etp = R.choice(sch["elements"])
    return code, lab, etp


def sibling(code):
    etp = IX["etape_of"][code]
    sibs = [c for c, (l, e, s) in IX["elements"].items() if e == etp and c != code]
    return R.choice(sibs) if sibs else pick_el()[0]


def grp(code, kind="TD"):
    gl = IX["groups_of"][code]
    if kind == "ALT":
        gl = [g for g in gl if "ALT" in g[0]]
    elif kind == "TD":
        gl = [g for g in gl if not ("ALT" in g[0] or "CEMU" in g[0] or "ELP_" in g[0])]
    return R.choice(gl) if gl else None


# ---------------------------------------------------------------- templates
# placeholders: {E} element code, {E2} sibling, {G} group code, {GW} group named in words, {ETP} étape code,
# {SAID} étape said in words, {N} student number, {N2} second, {LINK} course link, {LAB} element label,
# {LOOK} look-alikes
T = {
 ("not_enrolled", "student", "fr"): [
  "bonjour je ne vois pas mon cours {E} sur ecampus alors que je suis en {SAID}. mon numero etudiant c'est {N}. merci",
  "Bonjour,\n\nJe suis inscrite en {SAID} et je n'ai toujours pas accès au cours « {LAB} » ({E}), ni à {E2}. Mes camarades de {GW} y sont tous. J'ai vérifié {LOOK}.\nPouvez-vous regarder ?\n\nMerci d'avance",
  "BONJOUR JE SUIS PAS INSCRIT DANS {E} ET LE PARTIEL EST LA SEMAINE PRO !!! c'est la 3e fois que j'ecris. num etu {N}",
  "Bonsoir, depuis mon changement de groupe je ne suis plus inscrit à {E} sur ecampus ({LINK}). Je suis bien en {SAID}. Numéro : {N}.",
 ],
 ("not_enrolled", "staff", "fr"): [
  "Bonjour,\n\nPlusieurs étudiants de {SAID} me signalent qu'ils ne sont pas inscrits dans l'espace {E} ({LAB}). Par exemple {N} et {N2}. Ils sont pourtant dans le {GW} dans APOGÉE.\nPourriez-vous vérifier ?",
  "Bonjour, l'étudiant {N} (IA en {ETP}) n'apparaît pas dans les participants de {E} ni de {E2}. Ses IP ont été saisies le {LOOK}. Merci",
 ],
 ("not_enrolled", "student", "en"): [
  "Hello,\n\nI am an Erasmus student from Italy, I am in {SAID} this semester. I cannot see the course {E} on Ecampus, but it is on my learning agreement together with {E2}. My student number is {N}.\n\nThank you in advance",
  "Hi, I'm an exchange student and I still don't have access to {E} ({LAB}). My teacher told me to write to you. Student ID {N}. Thanks!",
 ],
 ("teacher_not_enrolled", "staff", "fr"): [
  "Bonjour,\n\nJe suis chargé des TD de {E} ({LAB}) cette année, notamment le {GW}, mais je n'ai pas accès à l'espace de cours : je ne suis pas inscrit comme enseignant. Mes cours sont bien planifiés dans ADE ({LOOK}).\nMerci de votre aide",
  "Bonjour, nouvelle vacataire je n'arrive pas à accéder à mes cours {E} et {E2} en tant qu'enseignante. Je vois seulement le bloc d'accueil. Cordialement",
 ],
 ("teacher_not_enrolled", "staff", "en"): [
  "Dear CEMU team,\n\nI am a visiting lecturer and I teach {E} this semester ({LOOK}). I am not enrolled as a teacher in the Ecampus course, so I cannot upload my slides. Could you add me?\n\nMany thanks",
 ],
 ("wrong_group", "student", "fr"): [
  "bjr je suis dans le mauvais groupe sur ecampus pour {E}, je suis dans le {GW} normalement pas dans le groupe B. num {N}",
  "Bonjour, sur le cours {E} je ne suis dans aucun groupe alors que je suis dans le {GW} ({G}). Du coup je ne vois pas les devoirs de mon groupe. Merci",
 ],
 ("wrong_group", "staff", "fr"): [
  "Bonjour,\n\nDans l'espace {E}, le groupe {G} est vide alors que l'APOGÉE en compte 24. Les étudiants à distance sont tous dans le mauvais groupe. Pouvez-vous regarder ? {LOOK}",
  "Bonjour, les groupes de {E} sont faux : des étudiants du {GW} sont affectés dans {G2}. Exemple {N}. Merci",
 ],
 ("wrong_group", "student", "en"): [
  "Hello, in the course {E} I am in the wrong group, I should be in {G}. Can you move me? My number is {N}. Kind regards",
 ],
 ("course_not_on_dashboard", "student", "fr"): [
  "Bonjour, le cours {E} a disparu de mon tableau de bord alors que j'y étais encore la semaine dernière. Quand je passe par le lien {LINK} j'y ai accès. Bizarre non ?",
  "slt le cours {E} apparait plus dans mes cours sur le tableau de bord, par contre {E2} oui. jsuis en {SAID}",
 ],
 ("course_not_on_dashboard", "staff", "fr"): [
  "Bonjour, je ne vois plus mon cours {E} dans « Mes cours » sur le tableau de bord, pourtant je suis bien enseignant dedans (j'y accède par {LINK}). {LOOK}",
 ],
 ("course_not_on_dashboard", "student", "en"): [
  "Hi, the course {E} is not on my dashboard any more. I can open it from the link {LINK} though. Is it a filter problem?",
 ],
 ("students_cannot_see_course", "staff", "fr"): [
  "Bonjour,\n\nMes étudiants de {SAID} ne voient pas le cours {E} ({LAB}) alors que je l'ai préparé depuis l'été. Moi je le vois grisé. Le cours est pourtant en « Afficher » dans les paramètres.\nCordialement",
  "Bonjour, les étudiants du {GW} me disent qu'ils n'ont pas accès à {E} : {LINK}. La promo fait pourtant {LOOK}. Qu'est-ce qui bloque ?",
 ],
 ("students_cannot_see_course", "staff", "en"): [
  "Hello, my students cannot see my course {E} ({LINK}). I can see it in grey. What should I do? Thanks, and sorry for writing in English.",
 ],
 ("course_missing", "staff", "fr"): [
  "Bonjour,\n\nL'espace de cours pour {E} ({LAB}) n'existe pas sur Ecampus, alors que les autres cours de {ETP} ont été créés. Pourriez-vous le créer ?\nMerci",
  "Bonjour, je ne trouve pas le cours {E} sur ecampus, même avec la recherche. Le code m'a été donné par la scolarité. {LOOK}",
 ],
 ("course_missing", "student", "fr"): [
  "Bonjour je trouve pas le cours {E} sur ecampus, il existe pas. Le prof nous a dit que tout serait dessus. Je suis en {SAID}",
 ],
 ("course_moved_renamed", "staff", "fr"): [
  "Bonjour,\n\nMon cours {E} a changé de nom et se retrouve dans une catégorie « Archives » ; tout mon contenu de l'an dernier est dans l'ancien espace {E2}. Que s'est-il passé ?\nCordialement",
  "Bonjour, le cours {E} ({LAB}) a disparu de la catégorie de {ETP} depuis la mise à jour de la maquette. Il a été renommé ? {LOOK}",
 ],
 ("course_moved_renamed", "staff", "en"): [
  "Hello, my course {E} has been moved to an archive category and renamed. Where is the new course? Regards",
 ],
 ("wrong_name", "student", "fr"): [
  "Bonjour, mon prénom est mal écrit sur ecampus (il manque l'accent et le trait d'union). Je suis en {SAID}, numéro {N}. Merci de corriger",
  "bonjour mon nom sur ecampus c'est mon nom de naissance alors que j'ai changé d'état civil. ca apparait dans le cours {E} pour tout le monde. num etudiant {N}",
 ],
 ("wrong_name", "student", "en"): [
  "Hello, my name is wrong on Ecampus: my surname is spelled without the special character. Student number {N}. Thank you!",
 ],
 ("cannot_login", "student", "fr"): [
  "je narrive pas a me connecter a ecampus depuis ce matin, mot de passe refusé alors que ça marche sur l'ENT. num {N}. j'ai un devoir a rendre sur {E} ce soir",
  "Bonjour,\nImpossible de me connecter à Ecampus, « identifiant ou mot de passe incorrect ». Je suis en {SAID}. {LOOK}\nMerci",
 ],
 ("cannot_login", "student", "en"): [
  "Hello, I can't log in to Ecampus, my account does not work. I arrived last week as an Erasmus student. Student number {N}. Can you help me?",
 ],
 ("cas_unknown_destination", "student", "fr"): [
  "Bonjour, quand je me connecte j'ai une page « Connexion réussie » qui dit que le CAS ne connaît pas ma destination finale et je n'arrive jamais sur ecampus. Je dois rendre un devoir dans {E}. Merci",
  "bonjour jai un message du cas : il connait pas ma destination finale ?? je passe par google pour aller sur ecampus. numero {N}",
 ],
 ("cas_unknown_destination", "staff", "fr"): [
  "Bonjour, plusieurs étudiants de {SAID} ont la page CAS « ne connaît pas votre destination finale » en voulant aller sur {E}. Moi aussi depuis mon poste ({LOOK}). Merci",
 ],
 ("database_error", "student", "fr"): [
  "Bonjour, j'ai « Erreur de lecture de la base de données » quand j'ouvre le quiz du cours {E}. C'était dimanche matin. Merci",
  "Bonjour, impossible d'ouvrir {LINK} : « Error: Database connection failed ». C'est grave ?",
 ],
 ("database_error", "staff", "fr"): [
  "Bonjour,\n\nEn voulant déposer les notes de {E} j'ai eu le message « Erreur de lecture de la base de données ». {LOOK}\nCordialement",
 ],
 ("too_many_teachers", "staff", "fr"): [
  "Bonjour,\n\nDans mon cours {E}, il y a 14 enseignants inscrits dont la plupart n'interviennent pas dans cette UE ; ils reçoivent toutes les notifications du forum. Pouvez-vous nettoyer ?\nMerci",
  "Bonjour, trop d'enseignants dans {E} et {E2} : toute l'équipe pédagogique de {ETP} y est inscrite. {LOOK}",
 ],
 ("participants_block_missing", "staff", "fr"): [
  "Bonjour, je ne trouve plus le bloc « Participants » dans mon cours {E}, il était à droite avant. Comment je vois la liste de mes étudiants du {GW} ?",
  "Bonjour, où est passé le lien Participants dans {E} ? {LOOK}",
 ],
 ("participants_block_missing", "staff", "en"): [
  "Hello, I cannot find the Participants block in my course {E}. How do I see the list of students?",
 ],
 ("cohort_question", "staff", "fr"): [
  "Bonjour,\n\nPuis-je ajouter la cohorte des {SAID} dans mon espace {E} ? Les inscriptions pédagogiques ne sont pas terminées. Comment retirer la cohorte ensuite ?\nMerci",
  "Bonjour, est-il possible de synchroniser la cohorte {ETP} dans le cours {E} ? Nous avons {LOOK}.",
 ],
 ("other", "student", "fr"): [
  "Merci beaucoup, c'est réglé ! Je vois bien {E} maintenant.",
  "Bonjour, savez-vous quand aura lieu l'examen de {E} ? Merci",
  "Bonjour, le quiz de {E} s'est fermé avant que je valide, est-ce qu'on peut le rouvrir ? {LOOK}",
 ],
 ("other", "staff", "fr"): [
  "Bonjour, c'est bon pour {E}, les étudiants sont bien inscrits depuis ce matin. Vous pouvez fermer le ticket. Merci !",
  "Bonjour, comment paramétrer un test dans {E} pour que les étudiants du {GW} aient un tiers-temps ? {LOOK}",
 ],
 ("other", "student", "en"): [
  "Thank you very much, it works now, I can see {E}!",
 ],
}


def link():
    cid = R.randrange(40000, 62000)
    return cid, f"https://ecampus.unicaen.fr/course/view.php?id={cid}"


def fill(tpl, m, el, ctx):
    """Fill a template; ctx collects course ids, etapes_said, extra flags."""
    lab, etp, _ = IX["elements"].get(el, (None, IX["etape_of"].get(el), None))
    vals = {}

    def get(k):
        if k in vals:
            return vals[k]
        if k == "E":
            v = m.c(el)
        elif k == "E2":
            v = m.c(ctx.get("e2") or sibling(el))
        elif k == "LAB":
            v = lab.title() if R.random() < .5 else lab
        elif k == "G" or k == "G2":
            g = grp(el, "TD") if k == "G" else R.choice([x for x in IX["groups_of"][el] if x[0] != ctx.get("g", ("",))[0]])
            if k == "G":
                ctx["g"] = g
            v = m.c(g[0]) if g else m.c(el)
        elif k == "GW":
            g = ctx.get("g") or grp(el, ctx.get("gkind", "TD"))
            ctx["g"] = g
            if ctx.get("gkind") == "ALT" or R.random() < .8:
                words = R.choice(g[2])
                v = m.c(g[0], written=words)
            else:  # ambiguous: « mon TD » — no number, not a code
                v = "groupe de TD"
        elif k == "ETP":
            v = m.c(etp)
        elif k == "SAID":
            if ctx.get("no_said") or R.random() < .4:
                v = "droit" if IX["scheme_of"][etp].startswith("droit") else "licence"
            else:
                v = R.choice(IX["etape_phrases"][etp]); ctx["said"].append(etp)
        elif k == "N":
            v = m.n(ctx.get("own") or stunum())
        elif k == "N2":
            v = m.n(stunum())
        elif k == "LINK":
            cid, v = link(); ctx["cids"].append(cid)
        elif k == "U":
            v = m.c(R.choice(CAT["unknown"]), dmg=False)
        elif k == "LOOK":
            v = ", ".join(lookalikes(2))
        vals[k] = v
        return v

    return re.sub(r"\{(\w+)\}", lambda mm: get(mm.group(1)), tpl)


# ---------------------------------------------------------------- wrappers
def html_table_students(m, el, ctx, n=4):
    rows = []
    gl = [g for g in IX["groups_of"][el] if "ELP_" not in g[0]]
    for _ in range(n):
        f, l = person(); g = R.choice(gl)
        rows.append((f"{l.upper()} {f}", m.n(stunum()), m.c(g[0]), m.c(el, dmg=False)))
    return rows


def to_html(text, table=None, header=None):
    body = html.escape(text).replace("\n", "<br>\n")
    # markers survive escaping (control chars)
    tbl = ""
    if table:
        tbl = "<table border=\"1\" cellpadding=\"3\" style=\"border-collapse:collapse\">\n<tr>" + "".join(
            f"<th>{h}</th>" for h in header) + "</tr>\n" + "".join(
            "<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>\n" for r in table) + "</table>\n"
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            "<body><div style=\"font-family:Calibri,sans-serif;font-size:11pt\">\n" + body.split("<br>\n<br>\n@@TABLE@@")[0]
            .replace("@@TABLE@@", tbl) + "</div></body></html>")


def table_text(table, header):
    lines = ["\t".join(header)] + ["\t".join(r) for r in table]
    return "\n".join(lines)


def date_iter():
    d = datetime(2026, 9, 7, 8, 3, tzinfo=timezone(timedelta(hours=2)))
    while True:
        d += timedelta(hours=R.randrange(6, 40), minutes=R.randrange(0, 59))
        tz = timezone(timedelta(hours=2 if d.month < 11 and not (d.month == 10 and d.day >= 25) else 1))
        yield d.astimezone(tz)


DATES = date_iter()


def fr_date(d):
    j = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."][d.weekday()]
    mo = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."][d.month - 1]
    return f"{j} {d.day} {mo} 2026 à {d.hour:02d}:{d.minute:02d}"


CEMU_REPLY = ["Bonjour,\nPouvez-vous nous indiquer le code APOGÉE du cours concerné ainsi que votre numéro étudiant ?\nCordialement,\nL'équipe CEMU",
              "Bonjour,\nNous avons vérifié : vous n'êtes pas inscrit(e) pédagogiquement jusqu'au groupe dans APOGÉE pour {QE}. Rapprochez-vous de votre scolarité.\nCordialement,\nCEMU - Assistance Ecampus"]


def make(i, role, lang, symptom, scheme_names=None, fmt=None, wrap=None, said=None, outsider=False):
    en = lang == "en"
    dmg_rate = .33 if role == "student" else .2
    m = Mail(role, lang, dmg_rate)
    f, l = person(en)
    num_login = role == "student" and not outsider and R.random() < .45
    own = stunum() if num_login else None
    if outsider:
        addr = f"{ascii_(f).lower()}.{ascii_(l).lower().replace(' ', '')}{R.randrange(1, 99)}@{R.choice(['gmail.com', 'orange.fr', 'hotmail.fr', 'yahoo.fr', 'wanadoo.fr'])}"
    elif role == "student":
        addr = f"{own}@etu.unicaen.fr" if num_login else f"{ascii_(f).lower()}.{ascii_(l).lower().replace(' ', '')}@etu.unicaen.fr"
    else:
        addr = f"{ascii_(f).lower()}.{ascii_(l).lower().replace(' ', '-')}@unicaen.fr"
    ctx = {"cids": [], "said": [], "own": own, "no_said": said is False}
    key = (symptom, "staff" if role == "staff" else "student", lang)
    tpls = T.get(key) or T[(symptom, "staff" if role == "staff" else "student", "fr")]
    tpl = R.choice(tpls)
    el = pick_el(scheme_names)[0]
    if "{GW}" in tpl and R.random() < .3:
        alts = [c for c in IX["groups_of"] if any("ALT" in g[0] for g in IX["groups_of"][c])]
        if (not scheme_names) or any(IX["scheme_of"][a] in scheme_names for a in alts):
            el = R.choice([a for a in alts if not scheme_names or IX["scheme_of"][a] in scheme_names] or alts)
            ctx["gkind"] = "ALT"
    if said is False and "{SAID}" not in tpl:
        pass
    if said is True and "{SAID}" not in tpl:
        ph = {"fr": "\n\n(je suis en {SAID})" if role == "student" else "\n\nIl s'agit d'étudiants de {SAID}.",
              "en": "\n\n(I am enrolled in {SAID} this year.)"}[lang]
        if en:
            ph = "\n\n(I am in the {SAID} group of courses this year.)" if role == "student" else "\n\nThese are students of {SAID}."
        tpl += ph
    if role == "student" and R.random() < .12:
        tpl += R.choice(["\nSur mon contrat pédagogique c'est marqué {U}.", "\n(sur ADE c'est noté {U})"])
    text = fill(tpl, m, el, ctx)
    # greeting / signature
    if role == "staff":
        sig = (EN_SIG if en else R.choice(STAFF_SIG)).format(f=f, l=l.upper() if R.random() < .3 else l, b=R.randrange(100, 480),
                                                          ph=phone(), m=f"{R.randrange(10, 99)} {R.randrange(10, 99)} {R.randrange(10, 99)} {R.randrange(10, 99)}")
    else:
        sig = R.choice([f"{f} {l}", f"{f}", f"{f} {l.upper()}\n{R.choice(MOBILE)}", f"-- \n{f} {l}\n{'Erasmus student' if en else 'Étudiant(e)'}"])
    text = text + "\n\n" + sig
    table = header = None
    if fmt in ("html_table",):
        rows = html_table_students(m, el, ctx, R.randrange(3, 7))
        header = ["Nom Prénom", "N° étudiant", "Groupe", "Cours"]
        table = rows
    subj = subject_for(symptom, lang, m, el)
    # wrappers: forwarded student mail (staff) / quoted CEMU reply (student)
    d = next(DATES)
    hist = ""
    in_reply = None
    if wrap == "forward":
        sf, sl = person()
        snum = stunum()
        sctx = {"cids": [], "said": [], "own": None, "no_said": True}
        stpl = R.choice(["bonjour madame, je vois pas le cours {E} sur ecampus, pouvez vous m'aider ? mon numéro c'est {N}",
                         "Bonjour, je ne suis dans aucun groupe pour {E2}, c'est normal ? {N}",
                         "Bonjour Monsieur, le lien {LINK} ne marche pas pour moi. Numéro étudiant {N}."])
        sctx["own"] = snum
        stxt = fill(stpl, m, el, sctx)
        ctx["cids"] += sctx["cids"]
        od = d - timedelta(hours=R.randrange(2, 30))
        if R.random() < .5:
            hist = (f"\n\n---------- Message transféré ---------\nDe : {sf} {sl} <{ascii_(sf).lower()}.{ascii_(sl).lower().replace(' ', '')}@etu.unicaen.fr>\n"
                    f"Date: {fr_date(od)}\nSubject: {R.choice(['cours', 'probleme ecampus', 'URGENT'])}\nTo: {addr}\n\n{stxt}\n")
        else:
            hist = (f"\n\n________________________________\nDe : {sf} {sl.upper()} <{snum}@etu.unicaen.fr>\nEnvoyé : {fr_date(od).replace('à ', '')}\n"
                    f"À : {f} {l}\nObjet : pb ecampus\n\n{stxt}\n")
            if snum not in m.nums:
                hist = hist.replace(f"<{snum}@", "<" + m.n(snum) + "@", 1)
        subj = ("TR: " if R.random() < .5 else "Fwd: ") + subj
    elif wrap == "quote":
        od = d - timedelta(days=R.randrange(1, 4))
        q = R.choice(CEMU_REPLY).replace("{QE}", m.c(el, dmg=False))
        hist = f"\n\nLe {fr_date(od)}, CEMU Assistance <cemu.assistance@unicaen.fr> a écrit :\n" + "\n".join("> " + x for x in q.split("\n"))
        subj = "RE: " + subj if R.random() < .5 else "Re: " + subj
        in_reply = f"<cemu.{R.randrange(10**6, 10**7)}@unicaen.fr>"
    full = text + hist
    if table:
        full = text.split("\n\n" + sig)[0] + "\n\n@@TABLE@@\n\n" + sig + hist
    plain = full.replace("@@TABLE@@", table_text(table, header)) if table else full
    fin_all, codes, written, nums = m.finish(subj + "\n\x01\n" + plain)
    subj, fin_plain = fin_all.split("\n\x01\n", 1)
    if own and own not in nums:
        nums.insert(0, own)
    elif own:
        nums.remove(own); nums.insert(0, own)
    msg = EmailMessage(policy=policy.default)
    msg["From"] = formataddr((f"{f} {l}", addr)) if R.random() < .8 else addr
    msg["To"] = "cemu.assistance@unicaen.fr"
    msg["Subject"] = subj
    msg["Date"] = format_datetime(d)
    msg["Message-ID"] = f"<{R.randrange(10**9, 10**10)}.{i}@{addr.split('@')[1]}>"
    if in_reply:
        msg["In-Reply-To"] = in_reply; msg["References"] = in_reply
    if fmt in ("html_table", "html_only", "alt"):
        if table:
            tbl_html = "<table border=\"1\" cellpadding=\"3\" style=\"border-collapse:collapse\"><tr>" + "".join(f"<th>{h}</th>" for h in header) + "</tr>" + "".join(
                "<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>\n" for r in table) + "</table>"
            hbody = html.escape(full).replace("\n", "<br>\n").replace("@@TABLE@@", tbl_html)
        else:
            hbody = html.escape(full).replace("\n", "<br>\n")
        hbody = re.sub(r"(https://ecampus[^\s<]+)", r'<a href="\1">\1</a>', hbody)
        hdoc = f"<html><head><meta charset=\"utf-8\"></head><body><div style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">{hbody}</div></body></html>"
        hdoc = m.finish(hdoc)[0]
        if fmt == "html_only" or (fmt == "html_table" and R.random() < .5):
            msg.set_content(hdoc, subtype="html", charset="utf-8", cte=R.choice(["quoted-printable", "base64"]))
        else:
            msg.set_content(fin_plain, charset="utf-8", cte="quoted-printable")
            msg.add_alternative(hdoc, subtype="html", charset="utf-8", cte="quoted-printable")
    else:
        cs = R.choice(["utf-8", "utf-8", "iso-8859-1", "windows-1252"])
        try:
            fin_plain.encode(cs)
        except UnicodeEncodeError:
            cs = "utf-8"
        msg.set_content(fin_plain, charset=cs, cte=R.choice(["quoted-printable", "8bit", "base64"]) if cs == "utf-8" else R.choice(["quoted-printable", "8bit"]))
    if R.random() < .15:
        msg.add_attachment(PNG, maintype="image", subtype="png", filename=R.choice(["capture.png", "Capture d’écran 2026-10-02 093512.png", "IMG_2041.PNG", "screenshot.png"]))
    sr = "unknown" if outsider and role != "student" else role
    gold = {"apogee_codes": codes, "apogee_codes_as_written": written, "student_numbers": nums,
            "course_ids": ctx["cids"], "symptom": symptom, "sender_role": sr, "language": lang,
            "auto_reply": False, "schemes": sorted({IX["scheme_of"][c] for c in codes if c in IX["scheme_of"]}),
            "etapes_said": [e for e in dict.fromkeys(ctx["said"]) if e not in codes],
            "note": f"{role} ({lang}) {symptom}{', forwarded' if wrap == 'forward' else ''}{', reply with quote' if wrap == 'quote' else ''}{', html table' if table else ''}"}
    return msg, gold


PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")

SUBJ = {"not_enrolled": ["pas inscrit", "Cours non visible", "je ne vois pas mon cours", "inscription ecampus", "PROBLEME ECAMPUS"],
        "teacher_not_enrolled": ["Accès enseignant", "Pas inscrit comme enseignant", "accès à mon cours"],
        "wrong_group": ["mauvais groupe", "Groupes ecampus", "erreur de groupe"],
        "course_not_on_dashboard": ["cours disparu du tableau de bord", "tableau de bord", "cours invisible"],
        "students_cannot_see_course": ["Les étudiants ne voient pas le cours", "visibilité cours", "accès étudiants"],
        "course_missing": ["Cours inexistant", "espace de cours manquant", "cours introuvable"],
        "course_moved_renamed": ["Cours renommé ?", "cours archivé", "Mon cours a changé de catégorie"],
        "wrong_name": ["erreur sur mon nom", "Prénom erroné", "nom incorrect"],
        "cannot_login": ["connexion impossible", "mot de passe", "Impossible de me connecter"],
        "cas_unknown_destination": ["Page CAS bizarre", "CAS destination", "connexion réussie mais..."],
        "database_error": ["Erreur base de données", "erreur ecampus", "Message d'erreur"],
        "too_many_teachers": ["Trop d'enseignants", "enseignants inscrits en trop"],
        "participants_block_missing": ["Bloc participants", "Où sont les participants ?"],
        "cohort_question": ["Question cohorte", "Synchronisation de cohorte", "cohortes"],
        "other": ["Merci", "question", "Examen", "réglé", "test"]}
SUBJ_EN = {"not_enrolled": ["Course access", "Cannot see my course"], "teacher_not_enrolled": ["Teacher access"],
           "wrong_group": ["Wrong group"], "course_not_on_dashboard": ["Course not on dashboard"],
           "students_cannot_see_course": ["Students cannot see my course"], "course_moved_renamed": ["Course renamed"],
           "wrong_name": ["Wrong name"], "cannot_login": ["Login problem"], "participants_block_missing": ["Participants list"],
           "other": ["Thanks"]}


def subject_for(sym, lang, m, el):
    s = R.choice((SUBJ_EN.get(sym) if lang == "en" else None) or SUBJ[sym])
    if R.random() < .3:
        s += " " + m.c(el, dmg=False)
    return s


# ---------------------------------------------------------------- special mails
def special(i, kind):
    d = next(DATES)
    msg = EmailMessage(policy=policy.default)
    m = Mail("unknown", "fr", 0)
    gold = {"apogee_codes": [], "apogee_codes_as_written": [], "student_numbers": [], "course_ids": [],
            "symptom": "other", "sender_role": "unknown", "language": "fr", "auto_reply": False,
            "schemes": [], "etapes_said": [], "note": kind}
    if kind.startswith("autoreply"):
        f, l = person()
        msg["From"] = formataddr((f"{f} {l}", f"{ascii_(f).lower()}.{ascii_(l).lower().replace(' ', '-')}@unicaen.fr"))
        msg["Auto-Submitted"] = "auto-replied"
        msg["X-Auto-Response-Suppress"] = "All"
        if kind == "autoreply_en":
            msg["Subject"] = "Automatic reply: Re: Cannot see my course"
            body = (f"Thank you for your message. I am out of the office until 3 November 2026 with limited access to e-mail.\n"
                    f"For urgent matters regarding {m.c('LGA501T', dmg=False)} please contact the secretariat ({phone()}).\n\n{f} {l}")
            gold["language"] = "en"
        else:
            msg["Subject"] = "Réponse automatique : " + R.choice(["Re: pas inscrit", "RE: Groupes ecampus", "[CEMU #318822] Cours renommé ?"])
            body = (f"Bonjour,\nJe suis absente du {R.randrange(20, 28)} octobre au 2 novembre inclus (congés d'automne). "
                    f"Pour toute question urgente concernant la scolarité de {R.choice(['L1 droit', 'BUT GEA', 'PASS'])}, merci d'écrire à scolarite.droit@unicaen.fr ou d'appeler le {phone()}.\n"
                    f"Bureau D{R.randrange(100, 300)}, Esplanade de la Paix, 14032 Caen Cedex 5.\n\nCordialement,\n{f} {l}")
        gold["auto_reply"] = True
        gold["note"] = "out-of-office auto-reply" + (" naming a course it covers" if "LGA501T" in body or "\x02" in body else "")
    elif kind == "bounce":
        msg["From"] = "Mail Delivery System <MAILER-DAEMON@smtp.unicaen.fr>"
        msg["Subject"] = "Undelivered Mail Returned to Sender"
        msg["Auto-Submitted"] = "auto-replied"
        body = ("This is the mail system at host smtp.unicaen.fr.\n\nI'm sorry to have to inform you that your message could not\n"
                "be delivered to one or more recipients.\n\n<jean.dupond@etu.unicaen.fr>: host mx.unicaen.fr[193.55.120.40] said:\n"
                "    550 5.1.1 <jean.dupond@etu.unicaen.fr>: Recipient address rejected: User unknown in\n    virtual mailbox table (in reply to RCPT TO command)\n\n"
                "Reporting-MTA: dns; smtp.unicaen.fr\nArrival-Date: " + format_datetime(d) + "\nFinal-Recipient: rfc822; jean.dupond@etu.unicaen.fr\nStatus: 5.1.1\n")
        gold["auto_reply"] = True; gold["language"] = "en"; gold["note"] = "bounce (user unknown)"
    elif kind == "spam":
        msg["From"] = formataddr(("Service Informatique Unicaen", "support-webmail@secure-unicaen-verify.com"))
        msg["Subject"] = "⚠ Votre quota de messagerie est dépassé / Mailbox quota exceeded"
        body = ("Cher utilisateur,\n\nVotre boîte aux lettres a dépassé sa limite de stockage (2 GB). Vous ne pourrez plus envoyer ni recevoir de messages "
                "à partir du 30/10/2026.\nCliquez ici pour valider votre compte Office 365 : http://unicaen-quota.webmail-upgrade.net/login\n\n"
                "Dear user, your mailbox has exceeded its quota. Validate now to avoid deletion.\n\nSIRET 812 345 678 00017 - Service IT Helpdesk ref. 2026-4471")
        gold["note"] = "phishing spam, bilingual, mostly French"
    elif kind == "parent":
        f, l = person()
        msg["From"] = formataddr((f"{f} {l}", f"{ascii_(l).lower().replace(' ', '')}.famille@orange.fr"))
        msg["Subject"] = "Ma fille n'a pas accès à ses cours"
        num = stunum()
        body = (f"Bonjour,\n\nMa fille est en première année de BUT GEA à Ifs et elle n'a toujours pas accès au cours {m.c('BGEA1.05', dmg=True)} ni aux autres depuis la rentrée. "
                f"Son numéro étudiant est le {m.n(num)}. Elle n'ose pas vous écrire.\nPouvez-vous faire le nécessaire ?\n\n{f} {l}\n06 {R.randrange(10, 99)} 45 12 {R.randrange(10, 99)}")
        gold["symptom"] = "not_enrolled"; gold["note"] = "a parent, outsider address, for a BUT GEA1 student; étape said in words about the student"
        gold["_said"] = ["BGEA1"]
    elif kind == "tutor":
        msg["From"] = formataddr(("Jérôme Castel - Castel Logistique", "j.castel@castel-logistique.fr"))
        msg["Subject"] = "Accès Ecampus pour notre alternant"
        body = (f"Bonjour,\n\nJe suis maître d'apprentissage de Kylian, apprenti en 2e année de BUT informatique. Il me dit qu'il n'est pas dans le groupe des alternants "
                f"sur Ecampus pour {m.c('BINF2.03', dmg=False)} et qu'il ne voit pas les dates des rendus pendant ses périodes en entreprise ({m.c('BINF2.03', dmg=False)} / R3.04).\n"
                f"Pouvez-vous voir ça ?\n\nJérôme Castel\nCastel Logistique - ZA de la Sphère, 14200 Hérouville-Saint-Clair\nSIRET 498 221 007 00025 - Tél. 02 31 94 12 80")
        gold["symptom"] = "wrong_group"; gold["note"] = "company tutor of an apprentice (outsider): wrong group; alternants group of BINF2.03 named in words"
        gold["_said"] = ["BINF2"]
        gold["_group_words"] = ("BINF2.03", "INF2-ALT", "groupe des alternants")
    elif kind == "prospect":
        msg["From"] = formataddr(("Amina K.", "amina.k1998@hotmail.fr"))
        msg["Subject"] = "Renseignement DU"
        body = ("Bonjour,\nje souhaiterais m'inscrire au DU capacité de gestion des entreprises à distance pour la rentrée de janvier. Est-ce que les cours sont sur Ecampus "
                "et combien d'heures par semaine ? J'habite à 50100 Cherbourg.\nMerci\nAmina")
        gold["note"] = "prospective student asking about a DU (not enrolled, so no étape said)"
    msg["To"] = "cemu.assistance@unicaen.fr"
    msg["Date"] = format_datetime(d)
    msg["Message-ID"] = f"<{R.randrange(10**9, 10**10)}.{i}@special>"
    fin, codes, written, nums = m.finish(body)
    gw = gold.pop("_group_words", None)
    if gw:
        assert gw[2] in fin
        codes.insert(1, gw[1]); written.insert(1, gw[2])
    gold["etapes_said"] = gold.pop("_said", [])
    gold.update(apogee_codes=codes, apogee_codes_as_written=written, student_numbers=nums,
                schemes=sorted({IX["scheme_of"][c] for c in codes if c in IX["scheme_of"]}))
    if kind == "bounce":
        msg.make_mixed() if False else None
        msg.set_content(fin)
        msg.add_attachment("Reporting-MTA: dns; smtp.unicaen.fr\nFinal-Recipient: rfc822; jean.dupond@etu.unicaen.fr\nAction: failed\nStatus: 5.1.1\n",
                           subtype="plain", filename="details.txt")
    elif kind == "spam":
        msg.set_content(fin, charset="utf-8", cte="base64")
        msg.add_alternative("<html><body><p style='color:red'>" + html.escape(fin).replace("\n", "<br>") + "</p></body></html>", subtype="html")
    else:
        msg.set_content(fin, charset=R.choice(["utf-8", "iso-8859-1"]), cte="quoted-printable")
    return msg, gold


SYMS = ["not_enrolled", "teacher_not_enrolled", "wrong_group", "course_not_on_dashboard", "students_cannot_see_course",
        "course_missing", "course_moved_renamed", "wrong_name", "cannot_login", "cas_unknown_destination", "database_error",
        "too_many_teachers", "participants_block_missing", "cohort_question", "other"]
STAFF_SYMS = [s for s in SYMS if ("staff" == "staff" and (s, "staff", "fr") in T)]
STU_SYMS = [s for s in SYMS if (s, "student", "fr") in T]


def plan():
    specs = []
    # 48 students (8 English), 40 staff (6 English), 2 students writing from outside addresses, 10 others
    stu_syms = (["not_enrolled"] * 10 + ["wrong_group"] * 5 + ["course_not_on_dashboard"] * 4 + ["course_missing"] * 2 +
                ["wrong_name"] * 4 + ["cannot_login"] * 5 + ["cas_unknown_destination"] * 3 + ["database_error"] * 3 + ["other"] * 6)
    stu_en = ["not_enrolled", "not_enrolled", "not_enrolled", "wrong_group", "course_not_on_dashboard", "wrong_name", "cannot_login", "other"]
    for s in stu_syms:
        specs.append(dict(role="student", lang="fr", symptom=s))
    for s in stu_en:
        specs.append(dict(role="student", lang="en", symptom=s))
    specs.append(dict(role="student", lang="fr", symptom="not_enrolled", outsider=True))
    specs.append(dict(role="student", lang="fr", symptom="cannot_login", outsider=True))
    staff_syms = (["not_enrolled"] * 5 + ["teacher_not_enrolled"] * 3 + ["wrong_group"] * 4 + ["course_not_on_dashboard"] * 2 +
                  ["students_cannot_see_course"] * 3 + ["course_missing"] * 3 + ["course_moved_renamed"] * 3 + ["database_error"] * 1 +
                  ["too_many_teachers"] * 2 + ["participants_block_missing"] * 2 + ["cohort_question"] * 3 + ["other"] * 2 +
                  ["cas_unknown_destination"])
    staff_en = ["teacher_not_enrolled", "students_cannot_see_course", "course_moved_renamed", "participants_block_missing",
                "teacher_not_enrolled", "not_enrolled"]
    for s in staff_syms:
        specs.append(dict(role="staff", lang="fr", symptom=s))
    for s in staff_en:
        specs.append(dict(role="staff", lang="en", symptom=s))
    for k in ["autoreply", "autoreply", "autoreply_en", "bounce", "spam", "parent", "tutor", "prospect"]:
        specs.append(dict(special=k))
    R.shuffle(specs)
    return specs


def main():
    specs = plan()
    assert len(specs) == 100, len(specs)
    gold = {}
    for i, sp in enumerate(specs, 1):
        if "special" in sp:
            msg, g = special(i, sp["special"])
            slug = sp["special"].replace("_", "-")
        else:
            role, lang = sp["role"], sp["lang"]
            fmt = None
            r = R.random()
            if role == "staff" and r < .4:
                fmt = "html_table"
            elif r < .65 and role == "staff" or r < .3:
                fmt = R.choice(["alt", "html_only", "alt"])
            wrap = None
            w = R.random()
            if role == "staff" and w < .3 and lang == "fr":
                wrap = "forward"
            elif role == "student" and w < .3:
                wrap = "quote"
            said = None
            if sp["symptom"] in ("other",):
                said = False
            elif R.random() < .12:
                said = True
            schemes = None
            if lang == "en":
                schemes = [n for n in SCHEMES if n.startswith(("langues", "sciences", "LVE", "doctorat", "IAE", "économie"))]
            msg, g = make(i, role, lang, sp["symptom"], schemes, fmt, wrap, said, sp.get("outsider", False))
            slug = f"{'etu' if role == 'student' else 'pers'}-{lang}-{sp['symptom'].replace('_', '-')}"
            if sp.get("outsider"):
                slug += "-ext"
                g["note"] += ", writes from a personal address"
        name = f"{i:03d}-{slug}.eml"
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(msg.as_bytes())
        gold[name] = g
    with open(os.path.join(OUT, "gold.json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, "catalogue.json"), "w", encoding="utf-8") as fh:
        json.dump(CAT, fh, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
