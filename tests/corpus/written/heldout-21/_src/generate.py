"""Generator of heldout-21 (blind writer). Run: python3 _src/generate.py  (from the folder)."""
import base64, html, json, os, random, re, sys, unicodedata
from email.message import EmailMessage
from email.policy import default as POL
from email.header import Header
from email.utils import format_datetime, make_msgid
import datetime as dt

sys.path.insert(0, os.path.dirname(__file__))
import catalogue_gen as C

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
R = random.Random(2121)

FIRST = ["Camille", "Léa", "Hugo", "Manon", "Lucas", "Chloé", "Théo", "Inès", "Nathan", "Emma", "Yanis", "Jade", "Enzo",
         "Louise", "Mathis", "Sarah", "Maël", "Anaïs", "Rémi", "Océane", "Kévin", "Maëlle", "Adrien", "Clémence"]
LAST = ["Lefèvre", "Marie", "Hamel", "Lebrun", "Guérin", "Lecoq", "Duval", "Leroux", "Hébert", "Osmont", "Lemonnier",
        "Vautier", "Le Goff", "Tostain", "Lecœur", "Quesnel", "Boudet", "Poirier", "Letellier", "Mauger"]
EN_FIRST = ["Anna", "Jonas", "Marta", "Liam", "Sofia", "Piotr", "Elif", "Tomás", "Hannah", "Matteo"]
EN_LAST = ["Schneider", "Kowalski", "Rossi", "Novak", "García", "Andersson", "Yilmaz", "Murphy", "Jensen", "Costa"]

TOK = "⟦%d⟧"


def noacc(s):
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch)).replace("œ", "oe")


def slugname(s):
    return re.sub(r"[^a-z]", "", noacc(s).lower().replace(" ", "-")) or "x"


def etu_number():
    return f"{R.choice([21, 22, 23, 24, 25, 26])}{R.randint(0, 999999):06d}"


def ine():
    return f"{R.randint(0, 9999999999):010d}{R.choice('ABCDEFGHJK')}"


def phone():
    return "02 31 5%d %02d %02d" % (R.randint(0, 9), R.randint(0, 99), R.randint(0, 99))


def mobile():
    return "06 %02d %02d %02d %02d" % tuple(R.randint(0, 99) for _ in range(4))


def cid():
    return R.randint(31000, 68999)


def curl(i):
    return f"https://ecampus.unicaen.fr/course/view.php?id={i}"


# ---------------------------------------------------------------- damage
def damage(code, kind=None):
    kinds = ["lower", "space", "nosep", "addsep", "O0", "I1", "drop", "trunc", "mixcase"]
    R.shuffle(kinds)
    if kind:
        kinds = [kind] + kinds
    for k in kinds:
        w = _dmg(code, k)
        if k == "trunc" and w and sum(1 for x in C.ALL if x.startswith(w.upper())) != 1:
            continue
        if w and w != code and w.upper() not in C.ALL and len(w) >= 3:
            return w
    return code.lower()


def _dmg(c, k):
    if k == "lower":
        return c.lower()
    if k == "mixcase":
        return c[0] + c[1:].lower() if c[0].isalpha() else None
    if k == "space":
        if "-" in c or "." in c:
            return re.sub(r"[-.]", " ", c, count=1)
        m = re.search(r"(?<=[A-Z])(?=\d)|(?<=\d)(?=[A-Z])", c)
        return c[:m.start()] + " " + c[m.start():] if m else None
    if k == "nosep":
        return re.sub(r"[-.]", "", c) if re.search(r"[-.]", c) else None
    if k == "addsep":
        if re.search(r"[-.]", c):
            return None
        m = re.search(r"(?<=[A-Z])(?=\d)", c)
        return c[:m.start()] + "-" + c[m.start():] if m else None
    if k == "O0":
        return c.replace("0", "O", 1) if "0" in c else (c.replace("O", "0", 1) if "O" in c else None)
    if k == "I1":
        return c.replace("1", "I", 1) if "1" in c else None
    if k == "drop":
        ds = [i for i, ch in enumerate(c) if ch.isdigit()]
        if len(ds) < 2:
            return None
        i = ds[-1] if R.random() < .5 else ds[0]
        return c[:i] + c[i + 1:]
    if k == "trunc":
        return c[:-1] if len(c) > 5 else None
    return None


# ---------------------------------------------------------------- mail builder
class Mail:
    def __init__(self, slug, symptom, role, lang="fr", note=""):
        self.slug, self.symptom, self.role, self.lang, self.note = slug, symptom, role, lang, note
        self.codes = []  # (canon, written)
        self.numbers, self.cids, self.etapes_said = [], [], []
        self.auto = False
        self.blocks = []  # writer's own text blocks
        self.quoted = None  # ("reply"|"forward", header-dict, blocks)
        self.fmt = None
        self.charset = None
        self.attach = None
        self.extra_headers = {}
        self.subject = ""
        self.from_name = self.from_addr = None
        self.schemes = set()

    # cite a code; dmg: None (as is), True (random damage), or a damage kind, or an explicit written string
    def c(self, canon, dmg=None, written=None):
        assert canon in C.ALL, canon
        if written is None:
            if dmg is True:
                written = damage(canon) if R.random() < .55 else canon
            elif dmg:
                written = damage(canon, dmg)
            else:
                written = canon
        self.codes.append((canon, written))
        el = canon if canon in C.SCHEMES else next((e for e, g in C.EGROUPS.items() if canon in g.values()), None)
        if el:
            self.schemes.add(C.SCHEMES[el])
        return TOK % (len(self.codes) - 1)

    def g(self, el, kind, words):
        """a group named in words (exactly one possible)"""
        gc = C.EGROUPS[el][kind]
        return self.c(gc, written=words)

    def num(self, n=None):
        n = n or etu_number()
        self.numbers.append(n)
        return n

    def course(self):
        i = cid()
        self.cids.append(i)
        return curl(i)

    def said(self, etape, words):
        assert etape in C.etapes
        self.etapes_said.append(etape)
        return words


def pick_el(prefix_scheme):
    return R.choice([e for e, s in C.SCHEMES.items() if s.startswith(prefix_scheme)])


def sig_staff(name, fr=True):
    office = R.choice(["Bureau SA 118", "Bât. B, bureau 204", "Campus 1, bât. Droit, bureau DR-112", "IUT Grand Ouest, bât. C, 2e étage"])
    tel = phone()
    parts = [f"--\n{name}", R.choice(["Gestionnaire de scolarité", "Maître de conférences", "Responsable pédagogique",
                                      "Secrétariat pédagogique", "Professeur des universités", "Directrice des études"]),
             "Université de Caen Normandie", office, f"Esplanade de la Paix - CS 14032 - 14032 CAEN Cedex 5", f"Tél. : {tel}"]
    if R.random() < .4:
        parts.append("\nCe message et ses pièces jointes sont confidentiels. Si vous n'en êtes pas le destinataire, merci de le détruire. "
                     "Pensez à l'environnement avant d'imprimer ce message.")
    return "\n".join(parts)


def sig_student(name):
    return R.choice([f"{name}", f"{name}\nEnvoyé de mon iPhone", f"Cordialement,\n{name}", f"--\n{name}\nEnvoyé depuis mon appareil Galaxy",
                     f"{name}\n{mobile()}"])


# ---------------------------------------------------------------- scenarios
MAILS = []


def student_from(m, use_number=False, en=False):
    fn, ln = (R.choice(EN_FIRST), R.choice(EN_LAST)) if en else (R.choice(FIRST), R.choice(LAST))
    m.from_name = f"{fn} {ln}"
    if use_number:
        n = etu_number()
        m.numbers.insert(0, n)
        m.from_addr = f"{n}@etu.unicaen.fr"
    else:
        m.from_addr = f"{slugname(fn)}.{slugname(ln)}@etu.unicaen.fr"
    return fn, ln


def staff_from(m, en=False):
    fn, ln = (R.choice(EN_FIRST), R.choice(EN_LAST)) if en else (R.choice(FIRST), R.choice(LAST))
    m.from_name = f"{fn} {ln}"
    m.from_addr = f"{slugname(fn)}.{slugname(ln)}@unicaen.fr"
    return fn, ln


def add(m):
    MAILS.append(m)
    return m


# ---- not_enrolled --------------------------------------------------------
def s_ne_student_vague(i):
    m = Mail("etu-cours-absent", "not_enrolled", "student", note="student does not see a course, one code damaged")
    fn, ln = student_from(m, use_number=R.random() < .5)
    el = pick_el(R.choice(["droit", "psycho", "éco", "histoire"]))
    sms = R.random() < .5
    m.subject = R.choice(["cours manquant", "je ne vois pas mon cours !!", "Probleme ecampus", "pas accès au cours"])
    body = (f"Bonjour,\n\nJe ne vois pas le cours {m.c(el, True)} sur Ecampus alors que je suis inscrite dans ce cours "
            f"depuis la rentrée (IP faite le 12/09). Toutes mes amies de mon TD l'ont. Mon numéro étudiant est {m.num() if not m.numbers else m.numbers[0]}.\n"
            f"Mon INE si besoin : {ine()}.\n\nMerci d'avance")
    if sms:
        body = noacc(body).lower().replace("bonjour,", "bjr").replace("merci d'avance", "mrc d'avance svp c urgent partiel le 14/11")
        m.fmt = "plain8"
    m.blocks = [body, sig_student(fn + " " + ln)]
    return add(m)


def s_ne_student_said(i):
    m = Mail("etu-l2-manque", "not_enrolled", "student", note="student says étape in words, two courses missing")
    fn, ln = student_from(m, use_number=True)
    y = R.choice([1, 2, 3])
    cho = R.choice([("droit", f"DRL{y}", f"L{y} droit"), ("psycho", f"PSYL{y}", f"L{y} de psycho"),
                    ("histoire", f"HIL{y}", f"L{y} histoire"), ("éco", f"ECOL{y}", f"licence {y} éco")])
    els = [e for e in C.SCHEMES if C.SCHEMES[e].startswith(cho[0]) and C.ETAPE_OF[e] == cho[1]]
    a, b = R.sample(els, 2)
    m.subject = "inscription cours ecampus"
    m.blocks = [f"Bonjour,\nje suis en {m.said(cho[1], cho[2])} et il me manque deux cours sur ecampus : {m.c(a)} et {m.c(b, True)}.\n"
                f"J'ai bien fait mon contrat pédagogique (voir capture). Salle du TD : S3-045 le mardi 10h15.\n"
                "Merci de votre aide", sig_student(fn + " " + ln)]
    m.attach = ("capture_ecran.png", "image/png")
    return add(m)


def s_ne_staff_table(i):
    m = Mail("sec-liste-etudiants", "not_enrolled", "staff", note="scolarité lists students missing from courses (table)")
    fn, ln = staff_from(m)
    sch = R.choice(["IUT GEA", "IUT info", "géo", "sciences"])
    els = R.sample([e for e in C.SCHEMES if C.SCHEMES[e].startswith(sch)], 3)
    rows = []
    for e in els:
        for _ in range(R.choice([1, 2])):
            rows.append([m.num(), R.choice(LAST).upper(), R.choice(FIRST), m.c(e, R.random() < .25 and "lower" or None), ine()])
    m.subject = f"Étudiants non inscrits sur Ecampus - {len(rows)} cas"
    m.blocks = ["Bonjour,\n\nLes étudiants suivants ont leur IP validée dans Apogée (jusqu'au groupe) mais n'apparaissent pas "
                "dans les participants des espaces correspondants :",
                ("table", ["N° étudiant", "Nom", "Prénom", "Code ELP", "INE"], rows),
                f"La promo fait {R.randint(80, 160)} étudiants, seuls ceux-là sont concernés. Dossier suivi sous le ticket n° {R.randint(300000, 349999)}.",
                "Bien cordialement,", sig_staff(f"{fn} {ln}")]
    m.fmt = "html"
    return add(m)


def s_ne_erasmus_en(i):
    m = Mail("erasmus-no-course", "not_enrolled", "student", "en", note="incoming Erasmus student without courses (English)")
    fn, ln = student_from(m, use_number=R.random() < .5, en=True)
    els = R.sample([e for e in C.SCHEMES if C.SCHEMES[e].startswith(R.choice(["LVE", "histoire", "géo"]))], 2)
    m.subject = "Cannot see my courses on Ecampus"
    m.blocks = [f"Hello,\n\nI am an Erasmus+ exchange student from Kraków (arrived 2 September). My learning agreement lists "
                f"{m.c(els[0])} and {m.c(els[1], True)} but neither course appears in Ecampus. My student number is "
                f"{m.numbers[0] if m.numbers else m.num()}.\nCould you please add me? The first exam is on 18/11 at 14:00 in amphi B.\n\n"
                f"Kind regards,\n{fn} {ln}\n+48 512 334 781"]
    return add(m)


def s_ne_distance(i):
    m = Mail("ead-pas-inscrit", "not_enrolled", "student", note="distance learner not enrolled, group EAD named in words")
    fn, ln = student_from(m, use_number=True)
    el = pick_el(R.choice(["droit", "éco", "histoire"]))
    m.subject = "=?iso-8859-1?q?=C9tudiante_=E0_distance_sans_acc=E8s?="
    m.blocks = [f"Bonjour,\n\nJe suis inscrite en télé-enseignement (CEMU) et je n'ai toujours pas accès au cours {m.c(el)}. "
                f"Je devrais être dans le {m.g(el, 'EAD', 'groupe EAD')} mais je ne suis inscrite nulle part.\n"
                "Je travaille à côté donc je ne peux pas venir à Caen (j'habite à Cherbourg, 50100).\n\nCordialement",
                sig_student(f"{fn} {ln}")]
    m.charset = "iso-8859-1"
    return add(m)


def s_ne_apprentice_staff(i):
    m = Mail("alternants-absents", "not_enrolled", "staff", note="teacher: apprentices group missing from course, group in words")
    fn, ln = staff_from(m)
    el = pick_el(R.choice(["IUT GEA", "IUT info"]))
    m.subject = "Alternants absents d'Ecampus"
    m.blocks = [f"Bonjour,\n\nDans mon cours {m.c(el)} (ressource R{R.randint(1, 4)}.{R.randint(1, 14):02d}), aucun étudiant du "
                f"{m.g(el, 'ALT', 'groupe des alternants')} n'est inscrit. Ils sont 24, en entreprise jusqu'au 03/11.\n"
                f"Lien : {m.course()}\n\nMerci", sig_staff(f"{fn} {ln}")]
    return add(m)


# ---- teacher_not_enrolled ------------------------------------------------
def s_tne(i):
    m = Mail("ens-pas-inscrit", "teacher_not_enrolled", "staff", note="teacher not enrolled as teacher")
    fn, ln = staff_from(m)
    el = pick_el(R.choice(["master maths", "psycho", "HSS", "INSPE", "STAPS", "DU"]))
    v = R.random()
    m.subject = R.choice(["Pas inscrit comme enseignant", "accès enseignant à mon cours", "Ecampus : je n'ai pas les droits"])
    txt = (f"Bonjour,\n\nJ'assure cette année le cours {m.c(el, R.random() < .3)} "
           f"({C.labels[el]}) mais je n'y suis pas inscrit en tant qu'enseignant. Mes créneaux sont bien dans ADE "
           f"(mercredi 8h30-10h30, salle {R.choice(['S3-045', 'SA-S12', 'amphi Poincaré', 'LE-201'])}).\n")
    if v < .5:
        txt += f"L'espace est ici : {m.course()}\n"
    txt += "Pourriez-vous m'inscrire ? Les étudiants attendent les supports.\n\nBien à vous,"
    m.blocks = [txt, sig_staff(f"{fn} {ln}")]
    return add(m)


def s_tne_vacataire_en(i):
    m = Mail("visiting-lecturer", "teacher_not_enrolled", "staff", "en", note="visiting lecturer not teacher in two courses (English)")
    fn, ln = staff_from(m, en=True)
    a, b = R.sample([e for e in C.SCHEMES if C.SCHEMES[e].startswith(R.choice(["LVE", "master maths", "sciences"]))], 2)
    m.subject = "Teacher access to my courses"
    m.blocks = [f"Dear CEMU team,\n\nI am a visiting lecturer this semester and I teach {m.c(a)} and {m.c(b, True)}. "
                "I can log in to Ecampus but I do not appear as a teacher in either course, so I cannot upload my slides "
                "(PowerPoint 2019 files, about 40 MB).\nMy office is room 215, phone +33 2 31 56 62 10.\n\nBest regards,\n"
                f"{fn} {ln}\nVisiting Professor"]
    return add(m)


# ---- wrong_group -----------------------------------------------------------
def s_wg_student(i):
    m = Mail("mauvais-td", "wrong_group", "student", note="student in wrong TD, group named by words")
    fn, ln = student_from(m, use_number=R.random() < .5)
    el = pick_el(R.choice(["droit", "psycho", "éco", "histoire"]))
    a, b = R.sample([k for k in C.EGROUPS[el] if k.startswith("TD")], 2)
    m.subject = "Mauvais groupe de TD"
    m.blocks = [f"Bonjour,\nsur ecampus dans {m.c(el, R.random() < .4)} je suis dans le {m.g(el, a, a[:2] + ' ' + a[2:])} alors que "
                f"je suis en {m.g(el, b, b[:2] + b[2:])} sur mon emploi du temps ADE (jeudi 14h). Du coup je ne vois pas les "
                f"documents de ma chargée de TD.\n{'num etudiant ' + m.num() if not m.numbers else ''}\nMerci", sig_student(f"{fn} {ln}")]
    return add(m)


def s_wg_staff_codes(i):
    m = Mail("groupes-vides", "wrong_group", "staff", note="teacher: groups empty, groups by code")
    fn, ln = staff_from(m)
    el = pick_el(R.choice(["sciences", "IUT info", "géo", "STAPS"]))
    gs = [k for k in C.EGROUPS[el] if k[:2] in ("TP", "TD")][:3]
    m.subject = f"Groupes vides dans {m.c(el)}"
    lines = "\n".join(f" - {m.c(C.EGROUPS[el][k], R.random() < .25)} : 0 membre" for k in gs)
    m.blocks = [f"Bonjour,\n\nDans l'espace {m.c(el)}, les groupes suivants sont vides alors que les étudiants sont bien inscrits "
                f"au cours ({R.randint(40, 95)} participants) :\n{lines}\n\nJe dois ouvrir un test Moodle par groupe le 21/10 à 8h. "
                "Pouvez-vous regarder ?", sig_staff(f"{fn} {ln}")]
    return add(m)


def s_wg_distance(i):
    m = Mail("ead-groupe-presentiel", "wrong_group", "student", note="distance student put in a face-to-face group")
    fn, ln = student_from(m, use_number=True)
    el = pick_el(R.choice(["éco", "droit", "HSS"]))
    ead = C.EGROUPS[el]["EAD"]
    other = [k for k in C.EGROUPS[el] if k != "EAD"][0]
    m.subject = "groupe"
    m.blocks = [f"Bonjour\n\nJe suis à distance mais dans {m.c(el, True)} on m'a mis dans le groupe {m.c(C.EGROUPS[el][other])} "
                f"au lieu de {m.c(ead, True)}. Je ne peux pas assister aux séances en présentiel.\n\ncordialement",
                sig_student(f"{fn} {ln}")]
    return add(m)


# ---- course_not_on_dashboard --------------------------------------------
def s_dash(i):
    en = i % 7 == 0
    m = Mail("tableau-de-bord", "course_not_on_dashboard", R.choice(["student", "staff"]), "en" if en else "fr",
             note="course enrolled but not on dashboard")
    if m.role == "student":
        fn, ln = student_from(m, use_number=R.random() < .5, en=en)
    else:
        fn, ln = staff_from(m, en=en)
    el = pick_el(R.choice(["sciences", "géo", "PASS", "LVE", "STAPS"]))
    if en:
        m.subject = "Course not showing on my dashboard"
        m.blocks = [f"Hi,\n\nI am enrolled in {m.c(el, True)} (I can open it from the link {m.course()}) but it does not show "
                    "on my dashboard under \"Course overview\", even with the filter on All. Using Firefox 131 on Windows 11.\n\nThanks,\n"
                    f"{fn}"]
    else:
        m.subject = R.choice(["Cours absent du tableau de bord", "mes cours ne s'affichent pas", "Tableau de bord vide"])
        m.blocks = [f"Bonjour,\n\nLe cours {m.c(el, R.random() < .3)} n'apparaît plus dans « Mes cours » sur mon tableau de bord, "
                    "alors que j'y suis bien inscrit(e) : je le retrouve par la recherche. Depuis la mise à jour Moodle 4.1 je crois.\n"
                    "Merci", sig_student(f"{fn} {ln}") if m.role == "student" else sig_staff(f"{fn} {ln}")]
    return add(m)


# ---- students_cannot_see_course ------------------------------------------
def s_scs(i):
    m = Mail("etudiants-voient-pas", "students_cannot_see_course", "staff", note="teacher: students cannot access course")
    fn, ln = staff_from(m)
    el = pick_el(R.choice(["histoire", "INSPE", "master maths", "psycho", "DU", "sc. éducation"]))
    m.subject = R.choice(["Mes étudiants ne voient pas le cours", "Cours invisible pour les étudiants", "URGENT étudiants sans accès"])
    y = C.ETAPE_OF[el]
    words = {"MEEF1": "M1 MEEF", "MEEF2": "M2 MEEF", "MMAT1": "M1 maths", "MMAT2": "M2 maths"}.get(y)
    who = f"mes étudiants de {m.said(y, words)}" if words and R.random() < .7 else "mes étudiants"
    m.blocks = [f"Bonjour,\n\n{who.capitalize()} me disent qu'ils ne voient pas le cours {m.c(el, R.random() < .3)} sur Ecampus. "
                f"Moi je le vois (grisé ?). Le premier devoir est à rendre le 05/11 à 23h59.\n{m.course()}\n\nMerci de votre aide",
                sig_staff(f"{fn} {ln}")]
    return add(m)


def s_scs_en(i):
    m = Mail("students-no-access", "students_cannot_see_course", "staff", "en", note="teacher in English: students cannot access")
    fn, ln = staff_from(m, en=True)
    el = pick_el(R.choice(["LVE", "master maths"]))
    m.subject = "Students can't access my course"
    m.blocks = [f"Hello,\n\nNone of my students can open {m.c(el)} — they get \"This course is currently unavailable to students\". "
                f"There are 32 of them in the group {m.c(C.EGROUPS[el][[k for k in C.EGROUPS[el]][0]], True)}.\n\n"
                f"Thanks in advance,\n{fn} {ln}\nDepartment of English Studies, office MRSH 302"]
    return add(m)


# ---- course_missing --------------------------------------------------------
def s_cm(i):
    m = Mail("cours-inexistant", "course_missing", R.choice(["staff", "student"]), note="course does not exist on Ecampus")
    if m.role == "staff":
        fn, ln = staff_from(m)
    else:
        fn, ln = student_from(m, use_number=True)
    el = pick_el(R.choice(["IUT GEA", "STAPS", "géo", "DU", "PASS", "psycho"]))
    m.subject = R.choice(["Cours introuvable", "Espace de cours inexistant", "cours qui n'existe pas ?"])
    m.blocks = [f"Bonjour,\n\nJe ne trouve pas l'espace de cours {m.c(el, True)} ({C.labels[el]}) sur Ecampus, ni dans la "
                "recherche ni dans la catégorie de la formation. Il n'existe tout simplement pas, alors que les cours ont commencé "
                "le 15/09.\n\nMerci", sig_staff(f"{fn} {ln}") if m.role == "staff" else sig_student(f"{fn} {ln}")]
    return add(m)


def s_cm_unknown(i):
    m = Mail("cours-code-inconnu", "course_missing", "student", note="student cites a code APOGEE does not know")
    fn, ln = student_from(m, use_number=R.random() < .5)
    u = ["GEA29999", "PSY.L4-B", "HI399"][i % 3]
    m.subject = f"cours {u} introuvable"
    m.c(u)
    m.subject = f"cours {TOK % 0} introuvable"
    m.blocks = [f"bonjour\nle cours {m.c(u)} n'existe pas sur ecampus, le prof nous a dit de s'y inscrire avant vendredi 16h. "
                "comment je fais ???", sig_student(fn)]
    return add(m)


# ---- course_moved_renamed --------------------------------------------------
def s_mv(i):
    m = Mail("cours-archive", "course_moved_renamed", "staff", note="course archived / renamed after code change")
    fn, ln = staff_from(m)
    old = R.choice(["DRT1-ROM", "3GEO3CAR"])
    new = {"DRT1-ROM": "DRT1-HIS", "3GEO3CAR": "3GEO2CAR"}[old]
    m.subject = "Mon cours a été déplacé dans Archives"
    m.blocks = [f"Bonjour,\n\nMon espace {m.c(old)} a été déplacé dans la catégorie « Archives » et renommé. La scolarité me dit que "
                f"le code est devenu {m.c(new, R.random() < .4)} cette année. Dois-je tout recopier ? J'avais 14 quiz et un "
                "atelier.\n\nCordialement", sig_staff(f"{fn} {ln}")]
    return add(m)


def s_mv_student(i):
    m = Mail("cours-disparu", "course_moved_renamed", "student", note="student: course renamed/vanished after change")
    fn, ln = student_from(m, use_number=True)
    el = pick_el(R.choice(["HSS", "LVE", "éco"]))
    m.subject = "cours renommé ???"
    m.blocks = [f"Bonjour, le cours {m.c(el, True)} a changé de nom hier soir et tout le contenu a disparu (les PDF du CM). "
                "C'est normal ? merci", sig_student(fn)]
    return add(m)


# ---- wrong_name ------------------------------------------------------------
def s_wn(i):
    en = i % 5 == 0
    m = Mail("nom-errone", "wrong_name", "student", "en" if en else "fr", note="name misspelled on platform")
    fn, ln = student_from(m, use_number=R.random() < .6, en=en)
    if en:
        m.subject = "My name is wrong on Ecampus"
        m.blocks = [f"Hello, my surname appears as \"{ln.upper().replace('A', 'Ã')}\" on Ecampus (accent problem). "
                    f"Could you fix it? Student ID {m.numbers[0] if m.numbers else m.num()}.\nThanks, {fn}"]
    else:
        m.subject = "=?windows-1252?q?Erreur_sur_mon_pr=E9nom?="
        m.blocks = [f"Bonjour,\n\nMon prénom est écrit « {noacc(fn)}e » au lieu de « {fn} » sur Ecampus et sur les listes "
                    f"de mon cours {m.c(pick_el('droit'), R.random() < .3)}. Pouvez-vous corriger ?\n\nCordialement",
                    sig_student(f"{fn} {ln}")]
        m.charset = "windows-1252"
    return add(m)


def s_wn_staff(i):
    m = Mail("nom-usage", "wrong_name", "staff", note="secretary: student's usage name not updated")
    fn, ln = staff_from(m)
    n = m.num()
    m.subject = "Nom d'usage d'une étudiante"
    m.blocks = [f"Bonjour,\n\nL'étudiante {n} ({m.said('PSYL2', 'L2 psychologie')}) a changé de nom d'usage le 02/10 dans Apogée, mais "
                "Ecampus affiche toujours l'ancien nom. Pouvez-vous forcer la mise à jour ?", sig_staff(f"{fn} {ln}")]
    return add(m)


# ---- cannot_login ------------------------------------------------------------
def s_login(i):
    en = i % 7 == 0
    m = Mail("connexion", "cannot_login", "student", "en" if en else "fr", note="cannot log in")
    fn, ln = student_from(m, use_number=R.random() < .5, en=en)
    if en:
        m.subject = "Can't log in"
        m.blocks = [f"Hi, I cannot log in to Ecampus since yesterday, it says wrong password but it works on Zimbra. "
                    f"My ID is {m.numbers[0] if m.numbers else m.num()}. Help please!\n{fn}"]
    else:
        m.subject = R.choice(["IMPOSSIBLE DE ME CONNECTER", "mot de passe", "connexion ecampus impossible"])
        t = ("JE N'ARRIVE PLUS A ME CONNECTER A ECAMPUS DEPUIS LUNDI, MOT DE PASSE INCORRECT ALORS QUE JE L'AI CHANGE SUR LE SITE "
             "DE L'UNIVERSITE. J'AI UN PARTIEL EN LIGNE DEMAIN 9H ! C'EST INADMISSIBLE")
        if R.random() < .5:
            t = "bonjour jarrive pas a me connecter a ecampus ça me dit identifiant ou mot de passe invalide, j'ai essayé sur chrome et edge"
        m.blocks = [t, sig_student(f"{fn} {ln}")]
    return add(m)


def s_login_guest(i):
    m = Mail("vacataire-profil", "cannot_login", "staff", note="guest teacher blocked on profile page without email")
    m.from_name = "Patrick Vasseur"
    m.from_addr = "p.vasseur14@orange.fr"
    el = pick_el(R.choice(["IUT GEA", "DU"]))
    m.subject = "Accès ecampus vacataire"
    m.blocks = [f"Bonjour,\n\nJe suis enseignant vacataire à l'IUT pour {m.c(el)} et à la première connexion je suis bloqué sur la "
                "page de profil qui me demande une adresse de courriel que je ne peux pas modifier.\n\nPatrick Vasseur\n"
                f"Cabinet Vasseur Conseil - SIRET 832 415 907 00021\n12 rue de Bayeux 14000 Caen - {phone()}"]
    return add(m)


# ---- cas_unknown_destination ---------------------------------------------
def s_cas(i):
    en = i % 6 == 1
    m = Mail("cas-destination", "cas_unknown_destination", R.choice(["student", "student", "staff"]), "en" if en else "fr",
             note="CAS says unknown destination")
    if m.role == "student":
        fn, ln = student_from(m, use_number=True, en=en)
    else:
        fn, ln = staff_from(m, en=en)
    n = m.numbers[0] if m.numbers else "lecoq-r"
    if en:
        m.subject = "CAS login page stuck"
        m.blocks = [f"Hello,\nafter logging in I get \"Connexion réussie\" and \"CAS does not know your final destination\". "
                    "I found the site via Google. What should I do?\nRegards"]
    else:
        m.subject = "Page CAS « Connexion réussie » mais pas d'accès"
        m.blocks = [f"Bonjour,\n\nQuand je me connecte j'ai le message « Bienvenue {n}. Vous vous êtes authentifié(e) auprès du Service "
                    "Central d'Authentification. Toutefois, vous voyez cette page car CAS ne connaît pas votre destination finale » "
                    "et je n'arrive jamais sur Ecampus. J'utilise Safari 17 sur iPad.\n\nMerci",
                    sig_student(f"{fn} {ln}") if m.role == "student" else sig_staff(f"{fn} {ln}")]
    return add(m)


# ---- database_error ----------------------------------------------------------
def s_db(i):
    m = Mail("erreur-bdd", "database_error", R.choice(["student", "staff"]), note="database read error")
    fn, ln = (student_from if m.role == "student" else staff_from)(m)
    el = pick_el(R.choice(["PASS", "sciences", "STAPS", "psycho"]))
    m.subject = R.choice(["Erreur de lecture de la base de données", "ecampus en panne ?", "Erreur base de donnees"])
    m.blocks = [f"Bonjour,\n\nCe dimanche 19/10 vers 10h, impossible d'ouvrir {m.c(el, R.random() < .3)} : « Erreur de lecture de la "
                "base de données ». J'ai réessayé à 10h40, même chose. Le test se ferme à midi !\n\nMerci",
                sig_student(f"{fn} {ln}") if m.role == "student" else sig_staff(f"{fn} {ln}")]
    return add(m)


def s_db_en(i):
    m = Mail("db-connection-failed", "database_error", "student", "en", note="database connection failed, English")
    fn, ln = student_from(m, use_number=True, en=True)
    m.subject = "Error: database connection failed"
    m.blocks = [f"Hi, the whole site shows \"Error: Database connection failed\" this morning (Sunday, 9:30). "
                f"Is it down? I have a quiz due at 11:00.\nCheers, {fn}"]
    return add(m)


# ---- too_many_teachers --------------------------------------------------------
def s_tmt(i):
    m = Mail("trop-enseignants", "too_many_teachers", "staff", note="too many teachers enrolled")
    fn, ln = staff_from(m)
    el = pick_el(R.choice(["droit", "IUT GEA", "sciences", "éco", "INSPE"]))
    k = R.randint(12, 38)
    m.subject = R.choice(["Trop d'enseignants dans mon cours", "Enseignants inscrits à tort", f"{k} enseignants dans un cours"])
    m.blocks = [f"Bonjour,\n\nDans {m.c(el, R.random() < .3)} il y a {k} enseignants inscrits, dont des collègues qui n'interviennent "
                "pas du tout dans cet enseignement (ils reçoivent les notifications des forums). Je ne peux pas les désinscrire : "
                "méthode « Base de données externe ».\n\nCordialement", sig_staff(f"{fn} {ln}")]
    return add(m)


# ---- participants_block_missing ---------------------------------------------
def s_pbm(i):
    m = Mail("bloc-participants", "participants_block_missing", R.choice(["staff", "staff", "student"]),
             note="participants block/link not found")
    fn, ln = (staff_from if m.role == "staff" else student_from)(m)
    el = pick_el(R.choice(["histoire", "géo", "HSS", "master maths"]))
    m.subject = R.choice(["Où est passé le bloc Participants ?", "liste des participants", "Bloc participants disparu"])
    m.blocks = [f"Bonjour,\n\nJe ne trouve plus le bloc « Participants » à droite dans {m.c(el, R.random() < .3)}. "
                "Comment voir la liste des inscrits ?\n\nMerci", sig_staff(f"{fn} {ln}") if m.role == "staff" else sig_student(fn)]
    return add(m)


# ---- cohort_question ------------------------------------------------------------
def s_cohort(i):
    m = Mail("cohorte", "cohort_question", "staff", note="question about cohort sync")
    fn, ln = staff_from(m)
    y = R.choice(["DRL1", "BGEA2", "SIN3", "PASS1", "DUCGE", "STAL2"])
    el = pick_el({"DRL1": "droit", "BGEA2": "IUT GEA", "SIN3": "sciences", "PASS1": "PASS", "DUCGE": "DU", "STAL2": "STAPS"}[y])
    bycode = R.random() < .5
    words = {"DRL1": "L1 droit", "BGEA2": "BUT GEA 2e année", "SIN3": "L3 informatique", "PASS1": "PASS",
             "DUCGE": "DU Capacité de gestion", "STAL2": "L2 STAPS"}[y]
    who = f"la cohorte {m.c(y, R.random() < .3)}" if bycode else "la cohorte des étudiants de " + m.said(y, words)
    m.subject = "Synchronisation de cohorte"
    m.blocks = [f"Bonjour,\n\nPuis-je ajouter {who} dans mon espace {m.c(el)} ? Combien de temps avant que les nouveaux inscrits "
                "y apparaissent, et faut-il retirer la méthode ensuite ?\n\nMerci", sig_staff(f"{fn} {ln}")]
    return add(m)


# ---- other -------------------------------------------------------------------
def s_thanks(i):
    m = Mail("merci-regle", "other", "student", note="thanks, problem solved")
    fn, ln = student_from(m, use_number=R.random() < .5)
    el = pick_el(R.choice(["droit", "éco", "psycho"]))
    m.subject = "RE: cours manquant"
    m.blocks = [f"C'est bon ça marche, je vois {m.c(el, R.random() < .4)} maintenant ! merci beaucoup", sig_student(fn)]
    m.quoted = ("reply", "CEMU Assistance", [f"Bonjour,\nVotre inscription pédagogique a été corrigée hier par la scolarité ; "
                                             "le cours apparaîtra après la synchronisation de cette nuit.\nCordialement,\nL'équipe CEMU\n"
                                             f"Ticket n° {R.randint(300000, 349999)}"])
    return add(m)


def s_exam(i):
    m = Mail("date-examen", "other", "student", note="question on exam date")
    fn, ln = student_from(m, use_number=True)
    el = pick_el(R.choice(["histoire", "STAPS", "géo"]))
    m.subject = "date exam"
    m.blocks = [f"slt c quand l'exam de {m.c(el, True)} ?? sur ADE y a rien pr le 12/12", sig_student(fn)]
    return add(m)


def s_quiz(i):
    m = Mail("parametres-test", "other", "staff", note="quiz settings question")
    fn, ln = staff_from(m)
    el = pick_el(R.choice(["PASS", "sciences", "IUT info"]))
    m.subject = "Tiers-temps sur un test Moodle"
    m.blocks = [f"Bonjour,\n\nComment accorder un tiers-temps à 3 étudiants (dont {m.num()}) sur le test du {m.c(el)} "
                "prévu le 27/11 de 14h à 15h ? Dérogation utilisateur ?\n\nMerci", sig_staff(f"{fn} {ln}")]
    return add(m)


def s_autoreply(i):
    m = Mail("absence", "other", "unknown", note="out-of-office auto-reply")
    fn, ln = R.choice(FIRST), R.choice(LAST)
    m.from_name, m.from_addr = f"{fn} {ln}", f"{slugname(fn)}.{slugname(ln)}@unicaen.fr"
    m.auto = True
    m.subject = "Réponse automatique : " + R.choice(["[CEMU #331207] Inscription cours", "Votre demande d'assistance"])
    m.extra_headers = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
    m.blocks = [f"Bonjour,\n\nJe suis absente du 20/10 au 02/11 inclus. Pour toute question urgente concernant la scolarité de "
                f"{R.choice(['L1', 'L2', 'BUT'])}, merci de contacter le secrétariat au {phone()}.\n\nCordialement"]
    return add(m)


def s_autoreply_en(i):
    m = Mail("out-of-office", "other", "unknown", "en", note="out-of-office auto-reply in English")
    m.from_name, m.from_addr = "Hannah Murphy", "hannah.murphy@unicaen.fr"
    m.auto = True
    m.subject = "Automatic reply: Ecampus enrolment"
    m.extra_headers = {"Auto-Submitted": "auto-replied"}
    m.blocks = ["I am out of the office until 4 November with limited access to email. For urgent matters please contact "
                "the International Office, +33 2 31 56 55 00."]
    return add(m)


def s_bounce(i):
    m = Mail("bounce", "other", "unknown", "en", note="delivery failure bounce")
    m.from_name, m.from_addr = "Mail Delivery System", "MAILER-DAEMON@unicaen.fr"
    m.auto = True
    m.subject = "Undelivered Mail Returned to Sender"
    m.blocks = ["This is the mail system at host smtp.unicaen.fr.\n\nI'm sorry to have to inform you that your message could not "
                "be delivered to one or more recipients.\n\n<jean.dupont@etu.unicaen.fr>: host mx.unicaen.fr[193.55.120.12] said: "
                "550 5.1.1 User unknown (in reply to RCPT TO command)"]
    return add(m)


def s_spam(i):
    m = Mail("spam", "other", "unknown", "fr", note="spam / phishing")
    m.from_name, m.from_addr = "Service Messagerie", "support-unicaen@mail-securite-verif.com"
    m.subject = "Votre boîte mail sera suspendue sous 24h"
    m.blocks = ["Cher utilisateur,\n\nVotre quota de messagerie a atteint 99%. Cliquez ici pour valider votre compte : "
                "http://unicaen-verification.webnode.page/login\nSans action de votre part, votre compte sera supprimé.\n\n"
                "Service informatique - Ref. 20261014-XK"]
    m.fmt = "html"
    return add(m)


def s_other_en(i):
    m = Mail("grades-question", "other", "student", "en", note="question about grades, not a sync problem (English)")
    fn, ln = student_from(m, use_number=True, en=True)
    el = pick_el(R.choice(["LVE", "master maths"]))
    m.subject = "Question about my grade"
    m.blocks = [f"Hello, I got 8/20 in the {m.c(el)} mid-term but the gradebook shows 0. Who should I ask?\nThanks, {fn}"]
    return add(m)


# ---- staff multi / forwarded ---------------------------------------------------
def s_fwd_ne(i):
    m = Mail("transfert-etudiant", "not_enrolled", "staff", note="secretary forwards a student's mail about missing course")
    fn, ln = staff_from(m)
    sfn, sln = R.choice(FIRST), R.choice(LAST)
    n = etu_number()
    el = pick_el(R.choice(["droit", "histoire", "INSPE", "PASS"]))
    m.subject = "TR: pas accès au cours"
    m.blocks = [f"Bonjour,\n\nJe vous transfère la demande de cette étudiante ; son IP est correcte dans Apogée.\n\nCordialement",
                sig_staff(f"{fn} {ln}")]
    m.quoted = ("forward", f"{sfn} {sln} <{n}@etu.unicaen.fr>",
                [f"Bonjour madame, je ne suis toujours pas inscrite au cours {m.c(el, True)} sur ecampus. Mon numéro : {m.num(n)}.\n"
                 f"Merci\n{sfn}"])
    return add(m)


def s_reply_chain_wg(i):
    m = Mail("relance-groupe", "wrong_group", "staff", note="teacher follow-up with quoted history, groups")
    fn, ln = staff_from(m)
    el = pick_el(R.choice(["psycho", "éco", "droit"]))
    tds = [k for k in C.EGROUPS[el] if k.startswith("TD")]
    m.subject = "Re: [CEMU #%d] groupes TD" % R.randint(300000, 349999)
    m.blocks = [f"Bonjour,\n\nToujours pas résolu : le {m.c(C.EGROUPS[el][tds[1]], True)} est vide depuis votre réponse.\n\nMerci",
                sig_staff(f"{fn} {ln}")]
    m.quoted = ("reply", "CEMU Assistance <cemu.assistance@unicaen.fr>",
                ["Bonjour,\nPouvez-vous préciser les groupes concernés ?\nCordialement",
                 f"> Bonjour, les groupes de TD de {m.c(el)} ne correspondent pas à ADE.\n> {fn} {ln}"])
    return add(m)


def s_staff_many(i):
    m = Mail("dir-etudes-multi", "not_enrolled", "staff", note="director of studies: several courses, étape in words, table")
    fn, ln = staff_from(m)
    y = R.choice([1, 2, 3])
    sch = R.choice([("psycho", f"PSYL{y}", f"L{y} psycho"), ("éco", f"ECOL{y}", f"L{y} économie"),
                    ("droit", f"DRL{y}", f"L{y} droit")])
    els = R.sample([e for e in C.SCHEMES if C.SCHEMES[e].startswith(sch[0]) and C.ETAPE_OF[e] == sch[1]], 3)
    rows = [[m.c(e, R.random() < .25), C.labels[e], str(R.randint(0, 40)), str(R.randint(90, 180))] for e in els]
    m.subject = "Inscriptions manquantes " + sch[2].upper()
    m.blocks = [f"Bonjour,\n\nPour les {m.said(sch[1], sch[2])} (environ 180 étudiants), les effectifs Ecampus sont très inférieurs "
                "aux effectifs Apogée :", ("table", ["Code", "Intitulé", "Inscrits Ecampus", "Inscrits Apogée"], rows),
                "Pouvez-vous vérifier la synchronisation ?", sig_staff(f"{fn} {ln}")]
    m.fmt = R.choice(["html", "alt"])
    return add(m)


def s_options(i):
    m = Mail("option-vide", "wrong_group", "staff", note="option group named in words")
    fn, ln = staff_from(m)
    el = pick_el(R.choice(["master maths", "STAPS"]))
    m.subject = "groupe option"
    m.blocks = [f"Bonjour,\nDans {m.c(el, R.random() < .5)}, le {m.g(el, 'OPT', 'groupe option')} ne contient personne alors que "
                f"{R.randint(8, 20)} étudiants l'ont choisie. Merci\n", sig_staff(f"{fn} {ln}")]
    return add(m)


def s_glued(i):
    m = Mail("code-colle", "not_enrolled", "student", note="code glued to a word, sms style")
    fn, ln = student_from(m, use_number=True)
    el = pick_el(R.choice(["IUT info", "IUT GEA", "sciences"]))
    w = el.lower() if R.random() < .5 else el
    m.subject = "cours"
    m.blocks = [f"jvois pas le cours{m.c(el, written=w)} sur ecampus, mes potes du TP l'ont. {m.course()}\n(ressource R2.03 / SAÉ 2.01)",
                sig_student(fn)]
    return add(m)


def s_unknown_code_staff(i):
    m = Mail("code-obsolete", "course_moved_renamed", "staff", note="teacher cites old unknown code and new one")
    fn, ln = staff_from(m)
    u = R.choice(["S9.INF01", "EC4-MAC1"])
    new = "S5.INF01" if u.startswith("S9") else "EC3-MAC1"
    m.subject = "Ancien code de cours"
    m.blocks = [f"Bonjour,\n\nL'an dernier mon cours était sous le code {m.c(u)} ; cette année il semble avoir été renommé "
                f"et déplacé, je le retrouve sous {m.c(new)} mais vide. Comment récupérer le contenu (sauvegarde .mbz de 230 Mo) ?",
                sig_staff(f"{fn} {ln}")]
    return add(m)


# ---------------------------------------------------------------- schedule
PLAN = ([s_ne_student_vague] * 4 + [s_ne_student_said] * 3 + [s_ne_staff_table] * 2 + [s_ne_erasmus_en] * 2 + [s_ne_distance] * 2
        + [s_ne_apprentice_staff] * 2 + [s_fwd_ne] * 2 + [s_staff_many] * 3 + [s_glued] * 2
        + [s_tne] * 4 + [s_tne_vacataire_en] * 1
        + [s_wg_student] * 3 + [s_wg_staff_codes] * 2 + [s_wg_distance] * 2 + [s_reply_chain_wg] * 1 + [s_options] * 2
        + [s_dash] * 5
        + [s_scs] * 4 + [s_scs_en] * 1
        + [s_cm] * 3 + [s_cm_unknown] * 2
        + [s_mv] * 2 + [s_mv_student] * 2 + [s_unknown_code_staff] * 1
        + [s_wn] * 3 + [s_wn_staff] * 1
        + [s_login] * 4 + [s_login_guest] * 1
        + [s_cas] * 5
        + [s_db] * 3 + [s_db_en] * 1
        + [s_tmt] * 4
        + [s_pbm] * 5
        + [s_cohort] * 5
        + [s_thanks] * 2 + [s_exam] * 2 + [s_quiz] * 2 + [s_autoreply] * 1 + [s_autoreply_en] * 1 + [s_bounce] * 1 + [s_spam] * 1
        + [s_other_en] * 1)


# ---------------------------------------------------------------- rendering
def render_plain(blocks):
    out = []
    for b in blocks:
        if isinstance(b, tuple):
            _, head, rows = b
            out.append("\t".join(head))
            out.extend("\t".join(r) for r in rows)
        else:
            out.append(b)
    return "\n\n".join(out)


def render_html(blocks):
    out = ["<html><body style=\"font-family:Calibri,sans-serif\">"]
    for b in blocks:
        if isinstance(b, tuple):
            _, head, rows = b
            out.append("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr>" + "".join(f"<th>{html.escape(h)}</th>" for h in head) + "</tr>")
            out.extend("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>" for r in rows)
            out.append("</table>")
        else:
            out.append("<p>" + html.escape(b).replace("\n", "<br>\n") + "</p>")
    out.append("</body></html>")
    return "\n".join(out)


def date_for(i):
    d = dt.datetime(2026, 9, 14, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=2))) + dt.timedelta(hours=i * 17 + R.randint(0, 12), minutes=R.randint(0, 59))
    if d.month >= 11 or (d.month == 10 and d.day > 25):
        d = d.astimezone(dt.timezone(dt.timedelta(hours=1)))
    return d


PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")


def build(m, i):
    # compose full body blocks, with quoted parts
    d = date_for(i)
    blocks = list(m.blocks)
    if m.quoted:
        kind, who, qblocks = m.quoted
        qd = d - dt.timedelta(days=R.randint(1, 6), hours=R.randint(0, 5))
        if kind == "forward":
            blocks += ["---------- Message transféré ----------\nDe : %s\nEnvoyé : %s\nÀ : %s\nObjet : %s"
                       % (who, qd.strftime("%d/%m/%Y %H:%M"), m.from_addr, m.subject.replace("TR: ", ""))] + qblocks
        else:
            blocks.append(f"Le {qd.strftime('%d/%m/%Y à %H:%M')}, {who} a écrit :")
            blocks += ["\n".join("> " + l for l in qb.split("\n")) for qb in qblocks]
    # order codes by first mention in subject + text
    full = m.subject + "\n" + render_plain(blocks)
    pos = {k: full.find(TOK % k) for k in range(len(m.codes))}
    assert all(p >= 0 for p in pos.values()), (m.slug, pos)
    order = sorted(pos, key=lambda k: pos[k])
    gold_codes, gold_written, seen = [], [], set()
    for k in order:
        canon, w = m.codes[k]
        if canon not in seen:
            seen.add(canon); gold_codes.append(canon); gold_written.append(w)

    def sub(s):
        for k, (canon, w) in enumerate(m.codes):
            s = s.replace(TOK % k, w)
        return s

    def subb(bs):
        return [(b[0], b[1], [[sub(c) for c in r] for r in b[2]]) if isinstance(b, tuple) else sub(b) for b in bs]

    blocks = subb(blocks)
    subject = sub(m.subject)
    fmt = m.fmt or R.choice(["plain8", "qp", "qp", "b64", "alt", "alt", "html", "mixed", "latin1", "cp1252"])
    if m.attach and fmt not in ("mixed",):
        fmt = "mixed"
    charset = m.charset or {"latin1": "iso-8859-1", "cp1252": "windows-1252"}.get(fmt, "utf-8")
    text = render_plain(blocks)
    try:
        text.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    msg = EmailMessage(policy=POL)
    # headers
    if m.from_name and not m.from_name.isascii() and R.random() < .5:
        try:
            fr = "%s <%s>" % (Header(m.from_name, "iso-8859-1").encode(), m.from_addr)
        except UnicodeEncodeError:
            fr = "%s <%s>" % (Header(m.from_name, "utf-8").encode(), m.from_addr)
    else:
        fr = f'"{m.from_name}" <{m.from_addr}>'
    if subject.startswith("=?"):
        msg["Subject"] = subject
    else:
        msg["Subject"] = subject
    msg["From"] = fr
    msg["To"] = "cemu.assistance@unicaen.fr"
    msg["Date"] = format_datetime(d)
    msg["Message-ID"] = make_msgid(domain=m.from_addr.split("@")[1])
    if m.quoted and m.quoted[0] == "reply" or subject.lower().startswith("re:"):
        ref = make_msgid(domain="unicaen.fr")
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    for k, v in m.extra_headers.items():
        msg[k] = v
    if m.symptom == "other" and m.slug == "spam":
        msg["X-Spam-Flag"] = "YES"
    if fmt == "html":
        msg.set_content(render_html(blocks), subtype="html", charset=charset, cte="quoted-printable")
    elif fmt == "alt":
        msg.set_content(text, charset=charset, cte="quoted-printable")
        msg.add_alternative(render_html(blocks), subtype="html", charset=charset, cte="quoted-printable")
    elif fmt == "b64":
        msg.set_content(text, charset=charset, cte="base64")
    elif fmt == "plain8":
        msg.set_content(text, charset=charset, cte="8bit")
    else:
        msg.set_content(text, charset=charset, cte="quoted-printable")
    if fmt == "mixed":
        name, ctype = m.attach or (R.choice([f"{gold_codes[0] if gold_codes else 'capture'}.png", "Capture d'écran 2026-10-03.png", "screenshot.png"]), "image/png")
        msg.add_attachment(PNG, maintype="image", subtype="png", filename=name)
    fname = f"{i + 1:03d}-{m.slug}.eml"
    raw = msg.as_bytes(policy=POL.clone(linesep="\n"))
    # headers must be first: EmailMessage puts content headers first; reorder by reparsing is unnecessary for RFC validity
    with open(os.path.join(OUT, fname), "wb") as f:
        f.write(raw)
    gold = {"apogee_codes": gold_codes, "apogee_codes_as_written": gold_written, "student_numbers": list(dict.fromkeys(m.numbers)),
            "course_ids": m.cids, "symptom": m.symptom, "sender_role": m.role, "language": m.lang, "auto_reply": m.auto,
            "schemes": sorted(m.schemes | ({"unknown codes"} if any(c in C.UNKNOWN for c in gold_codes) else set())),
            "etapes_said": m.etapes_said, "note": m.note}
    return fname, gold


def main():
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    plan = list(PLAN)
    R.shuffle(plan)
    gold = {}
    for i, fn in enumerate(plan):
        m = fn(i)
        name, g = build(m, i)
        gold[name] = g
    with open(os.path.join(OUT, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, "catalogue.json"), "w", encoding="utf-8") as f:
        json.dump(C.CATALOGUE, f, ensure_ascii=False, indent=1)
    print(len(gold), "mails")


if __name__ == "__main__":
    main()
