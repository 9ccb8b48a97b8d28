"""Generator of the heldout-17 mails. Run: python3 _src/gen.py (from the folder)."""
import base64, html, json, os, random, re, sys
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.application import MIMEApplication
from email.mime.image import MIMEImage
from email.header import Header
from email.utils import formataddr, format_datetime, make_msgid
from email.charset import Charset, QP, BASE64
from datetime import datetime, timedelta, timezone

sys.path.insert(0, os.path.dirname(__file__))
import catalogue as K

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
R = random.Random(17017)

PRENOMS = ["Lucas", "Emma", "Chloé", "Hugo", "Léa", "Mathis", "Manon", "Nathan", "Inès", "Enzo", "Camille",
           "Yanis", "Sarah", "Théo", "Jade", "Louis", "Zoé", "Maël", "Anaïs", "Kévin", "Océane", "Bastien",
           "Margaux", "Rayan", "Clémence", "Noah", "Élise", "Quentin", "Aurélie", "Thibault"]
NOMS = ["Lefèvre", "Marie", "Hamel", "Lecoq", "Duval", "Leroux", "Jeanne", "Lemonnier", "Guérin", "Hébert",
        "Lebas", "Osmont", "Bisson", "Vautier", "Fouquet", "Letellier", "Savary", "Jouenne", "Lepetit", "Brière",
        "Ménard", "Quesnel", "Delamare", "Tostain", "Anquetil", "Ozouf", "Lemière", "Picot", "Gosselin", "Ledoux"]
STAFF_P = ["Isabelle", "Philippe", "Nathalie", "Christophe", "Sylvie", "Laurent", "Véronique", "Stéphane",
           "Catherine", "Frédéric", "Sandrine", "Olivier", "Valérie", "Jérôme", "Anne-Sophie", "Pascal"]
EN_NAMES = [("Giulia", "Rossi"), ("Jan", "Kowalski"), ("María", "García"), ("Lukas", "Müller"),
            ("Aoife", "Byrne"), ("Mateo", "Fernández"), ("Eva", "Novák"), ("Sofia", "Lindqvist"),
            ("Ahmed", "Benali"), ("Chen", "Wei"), ("Anna", "Schmidt"), ("Tomás", "Silva")]


def strip_acc(s):
    import unicodedata
    return "".join(ch for ch in unicodedata.normalize("NFD", s) if unicodedata.category(ch) != "Mn")


def login(p, n):
    return re.sub(r"[^a-z\-]", "", strip_acc(p).lower().replace(" ", "-")) + "." + \
        re.sub(r"[^a-z\-]", "", strip_acc(n).lower().replace(" ", "-"))


USED_NUMS = set()


def stunum():
    while True:
        n = str(R.choice([21, 22, 23, 24, 25, 26])) + "".join(R.choice("0123456789") for _ in range(6))
        if n not in USED_NUMS:
            USED_NUMS.add(n)
            return n


def phone():
    return "02 31 5" + str(R.randint(0, 9)) + " " + " ".join(f"{R.randint(0, 99):02d}" for _ in range(2))


def mobile():
    return "06 " + " ".join(f"{R.randint(0, 99):02d}" for _ in range(4))


def ine():
    return "".join(R.choice("0123456789") for _ in range(9)) + R.choice("ABCDEFGHJK") + R.choice("ABCDEFGHJK")


def cid():
    return R.randint(41000, 68999)


# ------------------------------------------------------------------ damage
def damage(code, kind):
    c = code
    if kind == "lower":
        return c.lower()
    if kind == "space":
        if "-" in c:
            return c.replace("-", " ")
        if "." in c:
            return c.replace(".", ". ", 1)
        m = re.match(r"^([A-Z.]+?)(\d.*)$", c)
        if m:
            return m.group(1) + " " + m.group(2)
        m = re.match(r"^(\d[A-Z]+)(\d+)$", c)
        return m.group(1) + " " + m.group(2) if m else c + " "
    if kind == "nodash":
        return c.replace("-", "").replace(".", "")
    if kind == "adddash":
        m = re.match(r"^([A-Z]+)(\d.*)$", c)
        if m and "-" not in c:
            return m.group(1) + "-" + m.group(2)
        m = re.match(r"^(.*\d)([A-Z]+\d*)$", c)
        if m:
            return m.group(1) + "-" + m.group(2)
        return c + "-"
    if kind == "O0":
        if "0" in c:
            i = c.index("0")
            return c[:i] + "O" + c[i + 1:]
        if "O" in c:
            i = c.index("O")
            return c[:i] + "0" + c[i + 1:]
        return c.lower()
    if kind == "dropdigit":
        ds = [i for i, ch in enumerate(c) if ch.isdigit()]
        i = ds[-1]
        return c[:i] + c[i + 1:]
    if kind == "mixed":
        return c.lower().replace("-", "").replace(".", "")
    raise ValueError(kind)


DMG_KINDS = ["lower", "space", "nodash", "adddash", "O0", "lower", "space", "mixed"]


class Mail:
    def __init__(self, slug):
        self.slug = slug
        self.codes, self.aw, self.nums, self.cids, self.etapes, self.schemes = [], [], [], [], [], []
        self.dmg_rate = 0.0

    def _rec(self, code, form):
        if code not in self.codes:
            self.codes.append(code)
            self.aw.append(form)
        sc = None
        if code in K.ELEM:
            sc = K.ELEM[code]["scheme"]
        elif code in K.GROUPS:
            sc = K.ELEM[K.GROUPS[code]["elems"][0]]["scheme"]
        if sc and K.SCHEMES[sc] not in self.schemes:
            self.schemes.append(K.SCHEMES[sc])

    def c(self, code, dmg=None):
        """cite a code, optionally damaged (dmg=True random kind, or a kind name)"""
        if dmg is None and R.random() < self.dmg_rate:
            dmg = True
        form = code
        if dmg:
            kind = dmg if isinstance(dmg, str) else R.choice(DMG_KINDS)
            form = damage(code, kind)
            if form == code:
                form = code.lower()
        self._rec(code, form)
        return form

    def g(self, elem, kind, words):
        """a group of a cited element named in words"""
        code = K.ELEM[elem]["groups"][kind]
        self._rec(code, words)
        return words

    def gc(self, elem, kind, dmg=None):
        return self.c(K.ELEM[elem]["groups"][kind], dmg)

    def e(self, etape, phrase=None):
        if phrase is None:
            phrase = R.choice(K.ETAPES[etape]["said"])
        if etape not in self.etapes:
            self.etapes.append(etape)
        return phrase

    def n(self, num=None):
        num = num or stunum()
        if num not in self.nums:
            self.nums.append(num)
        return num

    def link(self, i=None):
        i = i or cid()
        if i not in self.cids:
            self.cids.append(i)
        return f"https://ecampus.unicaen.fr/course/view.php?id={i}"


def lab(code):
    return K.ELEM[code]["label"]


def pick(scheme, n=1):
    cs = K.by_scheme(scheme)
    return R.sample(cs, n) if n > 1 else R.choice(cs)


def sibling(code):
    e = K.ELEM[code]["etape"]
    cs = [c for c, v in K.ELEM.items() if v["etape"] == e and c != code]
    return R.choice(cs)


def groupkinds(code, prefix="TD"):
    return sorted(k for k in K.ELEM[code]["groups"] if k.startswith(prefix))


SIG_DISCLAIMER = ("Ce message et toutes les pièces jointes sont établis à l'intention exclusive de ses "
                  "destinataires et sont confidentiels. Si vous recevez ce message par erreur, merci de le "
                  "détruire et d'en avertir immédiatement l'expéditeur.")


def staff_sig(p, n, role, service, office=True):
    lines = ["--", f"{p} {n.upper()}", role, service, "Université de Caen Normandie"]
    if office:
        lines.append(f"Bureau {R.choice(['SA', 'SB', 'SD', 'LE'])}{R.randint(1, 3)}-{R.randint(10, 99):03d} - "
                     f"Esplanade de la Paix - CS 14032 - 14032 CAEN Cedex 5")
    lines.append(f"Tél. : {phone()}")
    if R.random() < 0.4:
        lines += ["", SIG_DISCLAIMER]
    return "\n".join(lines)


MOBILE_SIGS = ["Envoyé de mon iPhone", "Envoyé depuis mon appareil Galaxy", "Envoyé de mon smartphone Android",
               "Sent from my iPhone", "Télécharger Outlook pour Android"]

# ------------------------------------------------------------------ templates
# Each returns (subject, body, role, lang, symptom, note, from_name, from_addr)


LIC = ['JURL2', 'PSYL3', 'INFL1', 'LEAL2', 'STAPL1', 'HARTL3', 'GEOL1']


def stu_from(m, numeric=None, en=False):
    if en:
        p, n = R.choice(EN_NAMES)
    else:
        p, n = R.choice(PRENOMS), R.choice(NOMS)
    if numeric is None:
        numeric = R.random() < 0.35
    if numeric:
        num = m.n()
        return p, n, f"{num}@etu.unicaen.fr"
    return p, n, f"{login(p, n)}@etu.unicaen.fr"


def staff_from():
    p, n = R.choice(STAFF_P), R.choice(NOMS)
    return p, n, f"{login(p, n)}@unicaen.fr"


def t_stu_not_enrolled(m, scheme, style=0, etape_said=False, dmg=None, glue=False):
    p, n, addr = stu_from(m)
    c1 = pick(scheme)
    et = K.ELEM[c1]["etape"]
    if style == 0:
        intro = f"Bonjour,\n\nje suis en {m.e(et)} et " if etape_said else "Bonjour,\n\n"
        body = (intro + f"je ne vois pas mon cours de {lab(c1).lower()} ({m.c(c1, dmg)}) sur ecampus alors que "
                f"les autres de ma promo l'ont. J'ai deja le cours {m.c(sibling(c1))} par contre.\n"
                f"Le prof a mis le sujet du devoir dessus pour le {R.randint(2, 28)}/{R.choice(['10', '11'])} "
                f"et je peux pas le récupérer.\nMon numéro étudiant : {m.n()}\n\nMerci d'avance\n{p} {n}")
        subj = R.choice(["cours introuvable", "Pas accès à mon cours", "probleme ecampus", f"cours {lab(c1)}"])
    elif style == 1:  # sms
        body = (f"bjr jsuis pas inscrite ds le cours{'' if glue else ' '}{m.c(c1, dmg if dmg else 'lower')} "
                + (f"(je suis en {m.e(et)}) " if etape_said else "")
                + f"c normal ?? ca fait 2 semaines que jattend\nmerci\n\n{R.choice(MOBILE_SIGS)}")
        subj = "ecampus"
    else:  # caps, angry
        body = (f"BONJOUR\n\nCA FAIT 3 FOIS QUE J'ECRIS !!! JE N'AI TOUJOURS PAS ACCES AU COURS "
                f"{m.c(c1, dmg)} {lab(c1).upper()}. "
                + (f"JE SUIS BIEN INSCRIT EN {m.e(et).upper()}, J'AI PAYE MES FRAIS. " if etape_said else "")
                + f"LE PARTIEL EST DANS 10 JOURS.\n\nNUMERO ETUDIANT {m.n()}\nINE {ine()}\n\n{p.upper()} {n.upper()}")
        subj = "URGENT PAS ACCES COURS"
    return subj, body, "student", "fr", "not_enrolled", f"student ({scheme}) does not see a course", p, n, addr


def t_stu_dashboard(m, scheme, etape_said=False, dmg=None):
    p, n, addr = stu_from(m)
    c1 = pick(scheme)
    link = m.link()
    body = (f"Bonjour,\n\nDepuis la mise à jour du {R.randint(1, 20)} octobre, le cours « ({m.c(c1, dmg)})"
            f"{lab(c1)} » n'apparaît plus dans mon tableau de bord, rubrique « Vue d'ensemble des cours ». "
            f"Pourtant quand je clique sur le lien que la prof nous a donné ({link}) j'arrive bien dedans et je "
            f"vois les documents. "
            + (f"Je suis en {m.e(K.ELEM[c1]['etape'])}. " if etape_said else "")
            + f"C'est embêtant car je ne reçois plus les notifications.\n\nCordialement,\n{p} {n}")
    return ("Cours absent du tableau de bord", body, "student", "fr", "course_not_on_dashboard",
            "enrolled but course hidden from dashboard", p, n, addr)


def t_stu_wrong_group(m, scheme, words=False, etape_said=False, dmg=None):
    p, n, addr = stu_from(m)
    c1 = pick(scheme)
    kinds = groupkinds(c1, "TD") or groupkinds(c1, "TP")
    k1, k2 = R.sample(kinds, 2)
    if words:
        g1 = m.g(c1, k1, k1.replace("TD", "TD ").replace("TP", "TP ")) if False else None
        # mention course first, then the groups in words
        cc = m.c(c1, dmg)
        w1 = k1.replace("TD", "TD").replace("TP", "TP")
        w2 = k2.replace("TD", "TD ").replace("TP", "TP ")
        body = (f"Bonjour,\n\nSur ecampus dans le cours {cc} je suis mise dans le {m.g(c1, k2, w2)} alors que "
                f"sur ADE et sur mon contrat pédagogique je suis en {m.g(c1, k1, w1)}. Du coup je ne vois pas "
                f"les dépôts de devoirs de mon groupe (la date limite est le {R.randint(3, 27)}/11 à 23h59).\n"
                + (f"Je suis en {m.e(K.ELEM[c1]['etape'])}.\n" if etape_said else "")
                + f"\nMerci de votre aide\n{p} {n}\n{m.n()}")
    else:
        body = (f"Bonjour,\n\nje suis dans le mauvais groupe sur ecampus : {m.gc(c1, k2, dmg)} au lieu de "
                f"{m.gc(c1, k1)} pour le cours {m.c(c1)} ({lab(c1)}). Le changement a été validé par la "
                f"scolarité il y a 15 jours.\n"
                + (f"({m.e(K.ELEM[c1]['etape'])})\n" if etape_said else "")
                + f"\nBonne journée\n{p}")
    return ("Mauvais groupe " + R.choice(["TD", "ecampus", ""]), body, "student", "fr", "wrong_group",
            "student in wrong group", p, n, addr)


def t_stu_login(m, scheme=None, etape_said=False):
    p, n, addr = stu_from(m, numeric=False)
    p2 = f"{strip_acc(p).lower()}.{strip_acc(n).lower()}{R.randint(1, 99)}@gmail.com"
    num = m.n()
    etp = R.choice(LIC) if etape_said else None
    body = (f"Bonjour,\n\nje n'arrive plus à me connecter à ecampus depuis que j'ai changé mon mot de passe "
            f"sur l'ENT. Le message dit « identifiant ou mot de passe incorrect ». J'ai essayé avec mon numéro "
            f"étudiant {num} et avec mon adresse mail. "
            + (f"Je suis en {m.e(etp)} en reprise d'études. " if etape_said else "")
            + f"Je vous écris de mon adresse perso car je n'ai plus accès à ma messagerie.\n\nCordialement\n"
            f"{p} {n}\n{mobile()}")
    return ("Connexion impossible", body, "student", "fr", "cannot_login", "student cannot log in", p, n, p2)


def t_stu_cas(m, scheme, en=False):
    p, n, addr = stu_from(m, numeric=True, en=en)
    num = m.nums[0]
    if en:
        body = (f"Hello,\n\nWhen I try to log in to Ecampus I get a page saying \"Connexion réussie - Bienvenue {num}\" "
                f"but then \"CAS ne connaît pas votre destination finale\" and nothing happens. I found the page "
                f"through Google. I am an exchange student and I need to access my courses.\n\nBest regards,\n{p} {n}")
        return ("CAS login problem", body, "student", "en", "cas_unknown_destination",
                "Erasmus student stuck on CAS page", p, n, addr)
    body = (f"Bonjour\n\nquand je me connecte j'ai le message : « Vous vous êtes authentifié(e) auprès du Service "
            f"Central d'Authentification. Toutefois, vous voyez cette page car CAS ne connaît pas votre "
            f"destination finale ». Je suis passée par cas.unicaen.fr depuis mes favoris.\nJe voulais aller "
            f"sur le cours {m.c(pick(scheme))}.\n\nmerci\n{p}")
    return ("page CAS destination finale", body, "student", "fr", "cas_unknown_destination",
            "student on CAS page without service", p, n, addr)


def t_stu_dberror(m, scheme, en=False):
    p, n, addr = stu_from(m, en=en)
    c1 = pick(scheme)
    link = m.link()
    if en:
        body = (f"Hi,\n\nI keep getting \"Erreur de lecture de la base de données\" when I open {link} "
                f"(course {m.c(c1)}). It happened on Sunday morning around 10 am and again today. "
                f"I use Firefox 131 on Windows 11.\n\nThanks,\n{p}")
        return ("Database error on Ecampus", body, "student", "en", "database_error", "db read error", p, n, addr)
    body = (f"Bonjour,\n\nen voulant rendre mon devoir dans {m.c(c1)} j'ai eu « Erreur de lecture de la base de "
            f"données » ({link}) puis une page rouge « Error: Database connection failed ». C'était dimanche vers 9h30. "
            f"Est-ce que mon devoir est perdu ??\n\n{p} {n} - {m.n()}")
    return ("erreur base de données", body, "student", "fr", "database_error", "db error while submitting", p, n, addr)


def t_stu_wrong_name(m, scheme, etape_said=False, en=False):
    p, n, addr = stu_from(m, en=en)
    if en:
        body = (f"Dear support,\n\nmy name is displayed as \"{strip_acc(p).upper()} {n[:-1]}\" on Ecampus instead of "
                f"{p} {n}. My student number is {m.n()}. "
                + (f"I am in the {m.e('DUFLE', 'DU FLE')} programme. " if etape_said else "")
                + f"Could you correct it?\n\nKind regards\n{p} {n}")
        return ("Wrong name on Ecampus", body, "student", "en", "wrong_name", "name misspelt", p, n, addr)
    body = (f"Bonjour,\n\nMon prénom est mal orthographié sur ecampus : il est écrit « {strip_acc(p)} » sans "
            f"accent et mon nom est « {n.upper()}-{R.choice(NOMS).upper()} » alors que je n'ai qu'un nom depuis mon "
            f"changement d'état civil. "
            + (f"Je suis en {m.e(R.choice(LIC))}. " if etape_said else "")
            + f"Les profs m'appellent comme ça dans les forums.\n\nMerci\n{p} {n}")
    return ("Erreur sur mon nom", body, "student", "fr", "wrong_name", "wrong first name/name", p, n, addr)


def t_stu_course_missing(m, scheme, unknown=None, etape_said=False):
    p, n, addr = stu_from(m)
    c1 = unknown or pick(scheme)
    form = m.c(c1)
    body = (f"Bonjour,\n\nJe cherche le cours {form} sur ecampus, il n'existe pas : la recherche ne donne rien, "
            f"même en tapant le nom. Sur l'emploi du temps ADE il apparaît pourtant tous les mardis en salle "
            f"{R.choice(['S3-045', 'SD-112', 'LE-201', 'Amphi Daure', 'amphi B'])}.\n"
            + (f"Je suis en {m.e(K.ELEM[pick(scheme)]['etape'] if not unknown else R.choice(LIC))}.\n" if etape_said else "")
            + f"\nCordialement\n{p} {n}")
    return ("Cours inexistant", body, "student", "fr", "course_missing", "course cannot be found", p, n, addr)


def t_stu_moved(m, scheme):
    p, n, addr = stu_from(m)
    c1 = pick(scheme)
    body = (f"Bonjour,\n\nle cours {m.c(c1, True)} a changé de nom, il s'appelle maintenant « [Archive] "
            f"{lab(c1)} 2025-2026 » et il est rangé dans une catégorie Archives. Tout le contenu de l'an "
            f"dernier y est mais pas les nouveaux TD. Est-ce que c'est normal ?\n\n{p}")
    return ("Cours déplacé / archivé", body, "student", "fr", "course_moved_renamed", "course archived/renamed", p, n, addr)


def t_stu_participants(m, scheme):
    p, n, addr = stu_from(m)
    c1 = pick(scheme)
    body = (f"Bonjour,\n\nOn doit faire des binômes dans le cours {m.c(c1)} et le prof dit de regarder la liste "
            f"des participants mais je ne trouve pas le bloc Participants à droite comme l'année dernière. "
            f"Où est-il passé ?\n\nMerci\n{p}")
    return ("bloc participants", body, "student", "fr", "participants_block_missing", "cannot find participants", p, n, addr)


def t_stu_erasmus_en(m, scheme, etape_said=False, symptom="not_enrolled"):
    p, n, addr = stu_from(m, en=True)
    cs = pick(scheme, 3)
    body = (f"Hello,\n\nI am an Erasmus student from {R.choice(['Bologna', 'Kraków', 'Salamanca', 'Leipzig', 'Cork'])} "
            f"for the fall semester 2026. "
            + (f"I am registered in {m.e(K.ELEM[cs[0]]['etape'])}. " if etape_said else "")
            + f"According to my learning agreement I should follow these courses:\n"
            f" - {m.c(cs[0])} {lab(cs[0])}\n - {m.c(cs[1], True)} {lab(cs[1])}\n - {m.c(cs[2])}\n"
            f"but I cannot see any of them in Ecampus, only an empty dashboard. My student number is {m.n()}.\n\n"
            f"Thank you in advance,\n{p} {n}")
    return ("Erasmus student - no courses", body, "student", "en", symptom, "Erasmus incoming, learning agreement", p, n, addr)


def t_stu_distance(m, scheme, etape_said=True):
    p, n, addr = stu_from(m)
    c1 = pick(scheme)
    k = "EAD" if "EAD" in K.ELEM[c1]["groups"] else None
    body = (f"Bonjour,\n\nJe suis étudiante à distance (salariée) "
            + (f"en {m.e(K.ELEM[c1]['etape'])} " if etape_said else "")
            + f"et je n'ai pas été mise dans le groupe à distance du cours {m.c(c1)} : je vois les "
            f"annonces du présentiel et pas les classes virtuelles. "
            + (f"Le groupe qui devrait être le mien s'appelle {m.gc(c1, k)} d'après le secrétariat. " if k else "")
            + f"\nBien cordialement\n{p} {n}\n{m.n()}")
    return ("Groupe à distance", body, "student", "fr", "wrong_group", "distance learner not in EAD group", p, n, addr)


def t_stu_alternant(m):
    p, n, addr = stu_from(m)
    y = R.choice([2, 3])
    c1 = R.choice([c for c in K.by_scheme("gea") if c.startswith(f"GEA{y}")])
    body = (f"Bonjour,\n\nje suis alternant en {m.e(f'BGEA{y}')} et sur ecampus je suis dans le "
            f"{m.g(c1, 'TD2', 'TD2')} du cours {m.c(c1, True)} au lieu du {m.g(c1, 'ALT', 'groupe des alternants')}."
            f" Du coup j'ai les dates de rendu des formation initiale alors que je suis en entreprise.\n"
            f"Ressource {R.choice(['R3.01', 'R3.03', 'R5.02', 'R3.05'])} d'après le PN.\n\n{p} {n}\n{mobile()}")
    return ("alternant mauvais groupe", body, "student", "fr", "wrong_group", "apprentice in initial group", p, n, addr)


def t_stu_thanks(m, scheme):
    p, n, addr = stu_from(m)
    c1 = pick(scheme)
    tk = R.randint(310000, 329999)
    body = (f"Bonjour,\n\nC'est bon je vois le cours maintenant, merci beaucoup !\n\n{p}\n\n"
            f"Le {R.randint(1, 28)}/10/2026 à 1{R.randint(0, 9)}:{R.randint(10, 59)}, CEMU Assistance a écrit :\n"
            f"> Bonjour,\n> votre inscription au cours {m.c(c1)} a été corrigée dans APOGÉE ; elle sera visible\n"
            f"> sur Ecampus demain après la synchronisation nocturne.\n> Ticket n° {tk}\n> Le CEMU")
    return (f"Re: [GLPI #{tk}] pas accès au cours", body, "student", "fr", "other", "thanks, solved", p, n, addr)


def t_stu_other_en(m, scheme):
    p, n, addr = stu_from(m, en=True)
    c1 = pick(scheme)
    body = (f"Hello,\n\nIn the course {m.c(c1, True)} the quiz closes at 23:59 but the timer shows only 20 minutes "
            f"for 40 questions. Is this a mistake? Could you ask the teacher? I am a PhD student following this "
            f"training.\n\nRegards,\n{p} {n}")
    return ("Quiz time limit", body, "student", "en", "other", "quiz settings question", p, n, addr)


def t_stu_doctorat(m, sym):
    p, n, addr = stu_from(m)
    cs = R.sample(K.by_scheme("ed"), 2)
    if sym == "not_enrolled":
        body = (f"Bonjour,\n\nDoctorant en 2e année ({m.e(K.ELEM[cs[0]]['etape'])}), je suis inscrit via ADUM aux "
                f"formations « {lab(cs[0])} » ({m.c(cs[0], True)}) et « {lab(cs[1])} » ({m.c(cs[1])}) mais je ne "
                f"vois aucun des deux espaces sur ecampus. La formation commence le {R.randint(3, 28)} novembre.\n\n"
                f"Cordialement,\n{p} {n}\nDoctorant - laboratoire {R.choice(['CRISCO', 'HISTEMÉ', 'LASLAR', 'BOREA'])}\n"
                f"Bureau {R.randint(100, 399)}, MRSH")
    else:
        body = (f"Bonjour,\n\nla formation {m.c(cs[0])} n'est plus dans « Mes cours » depuis hier, alors que "
                f"j'y suis inscrit (je reçois les mails du forum). J'ai vérifié le filtre « En cours / Passés ».\n\n{p}")
    return ("Formation doctorale ecampus", body, "student", "fr", sym, "doctoral training", p, n, addr)


# ---------------------------------------------------------------- staff templates

def t_teacher_not_enrolled(m, scheme, dmg=None, etape_said=False):
    p, n, addr = staff_from()
    cs = pick(scheme, 2)
    body = (f"Bonjour,\n\nJe suis enseignant{R.choice(['', 'e'])} {R.choice(['vacataire', 'titulaire', 'contractuel'])} "
            f"et je ne suis pas inscrit{R.choice(['', 'e'])} comme enseignant dans mes cours {m.c(cs[0], dmg)} "
            f"({lab(cs[0])}) et {m.c(cs[1])}. Les cours sont pourtant planifiés dans ADE à mon nom depuis la "
            f"rentrée (CM le lundi 8h-10h, amphi {R.choice('ABCDE')}).\n"
            + (f"Il s'agit des étudiants de {m.e(K.ELEM[cs[0]]['etape'])}.\n" if etape_said else "")
            + f"\nMerci de votre aide,\n\n" + staff_sig(p, n, "Maître de conférences", "UFR " + R.choice(["SEGGAT", "HSS", "Sciences", "STAPS"])))
    return ("Pas inscrit dans mes cours", body, "staff", "fr", "teacher_not_enrolled", "teacher not enrolled in own courses", p, n, addr)


def t_teacher_students_cannot_see(m, scheme, etape_said=False, dmg=None, words_group=False):
    p, n, addr = staff_from()
    c1 = pick(scheme)
    link = m.link()
    extra = ""
    if words_group:
        kinds = groupkinds(c1, "TD") or groupkinds(c1, "TP")
        k1, k2 = R.sample(kinds, 2)
        extra = f"Surtout ceux du {m.g(c1, k1, k1)} et du {m.g(c1, k2, k2)}, les autres semblent y accéder. "
    body = (f"Bonjour,\n\nMes étudiant·e·s "
            + (f"de {m.e(K.ELEM[c1]['etape'])} " if etape_said else "")
            + f"me disent qu'ils ne voient pas le cours {m.c(c1, dmg)} ({link}). Le cours est bien « Afficher » "
            f"dans les paramètres, et moi je le vois. {extra}La promo fait {R.randint(40, 180)} étudiants.\n\n"
            f"Pouvez-vous regarder ?\n\n" + staff_sig(p, n, R.choice(["Professeur", "MCF", "PRAG"]), "Département " + lab(c1).split()[0]))
    return ("Les étudiants ne voient pas mon cours", body, "staff", "fr", "students_cannot_see_course",
            "teacher: students cannot see course", p, n, addr)


def t_sec_table(m, scheme, html_table=True, n_rows=5, etape_said=False, sym="not_enrolled"):
    p, n, addr = staff_from()
    cs = pick(scheme, 3)
    et = K.ELEM[cs[0]]["etape"]
    rows = []
    for i in range(n_rows):
        c = R.choice(cs)
        kinds = groupkinds(c, "TD") or groupkinds(c, "TP") or groupkinds(c, "G") or groupkinds(c, "EAD")
        if sym == "wrong_group" and kinds:
            gform = m.gc(c, R.choice(kinds), True if R.random() < 0.25 else None)
        else:
            gform = "-"
        num = m.n()
        cform = m.c(c, True if R.random() < 0.2 else None)
        rows.append((num, R.choice(NOMS).upper(), R.choice(PRENOMS), cform, gform))
    table = "| N° étudiant | Nom | Prénom | Code APOGÉE | Groupe |\n" + "\n".join(
        "| " + " | ".join(r) + " |" for r in rows)
    what = ("ne sont pas inscrits dans les cours suivants sur Ecampus" if sym == "not_enrolled"
            else "ne sont pas dans le bon groupe sur Ecampus (colonne Groupe = groupe attendu)")
    body = (f"Bonjour,\n\nLes étudiants ci-dessous "
            + (f"({m.e(et)}) " if etape_said else "")
            + f"{what}, alors que leurs IP sont saisies dans APOGÉE depuis le {R.randint(1, 30)}/09 :\n\n{table}\n\n"
            f"Merci par avance.\n\n" + staff_sig(p, n, "Gestionnaire de scolarité", "Scolarité " + R.choice(["Licence", "Master", "IUT", "UFR"])))
    return ("Etudiants non inscrits ecampus" if sym == "not_enrolled" else "Groupes ecampus erronés", body, "staff", "fr",
            sym, f"secretary table of students ({sym})", p, n, addr)


def t_too_many_teachers(m, scheme):
    p, n, addr = staff_from()
    c1 = pick(scheme)
    body = (f"Bonjour,\n\nDans le cours {m.c(c1)} il y a {R.randint(12, 30)} enseignants inscrits, dont des collègues "
            f"qui ne sont pas du tout dans l'équipe (ils reçoivent nos annonces). Je ne peux pas les désinscrire, "
            f"la méthode est « Base de données externe ».\n\n" + staff_sig(p, n, "Responsable pédagogique", "Département"))
    return ("Trop d'enseignants dans mon cours", body, "staff", "fr", "too_many_teachers", "too many teachers", p, n, addr)


def t_staff_participants(m, scheme, en=False):
    p, n, addr = staff_from()
    c1 = pick(scheme)
    if en:
        pp, nn = R.choice(EN_NAMES)
        addr = f"{login(pp, nn)}@unicaen.fr"
        body = (f"Hello,\n\nI am a visiting lecturer this semester. In my course {m.c(c1)} I cannot find the "
                f"\"Participants\" block to see who is enrolled. Where is it in Moodle 4.1?\n\nBest,\n{pp} {nn}\n"
                f"Visiting professor, room {R.randint(100, 300)}")
        return ("Participants list?", body, "staff", "en", "participants_block_missing", "visiting teacher", pp, nn, addr)
    body = (f"Bonjour,\n\nle bloc « Participants » a disparu de mon cours {m.c(c1)}. Je l'utilisais pour "
            f"envoyer des messages au groupe. Comment le remettre ?\n\n{p} {n}")
    return ("bloc Participants disparu", body, "staff", "fr", "participants_block_missing", "teacher", p, n, addr)


def t_cohort(m, etape_codes, en=False, cite_elem=None):
    p, n, addr = staff_from()
    parts = [m.c(e) for e in etape_codes]
    el = ""
    if cite_elem:
        el = f" dans l'espace {m.c(cite_elem)}"
    body = (f"Bonjour,\n\nEst-il possible d'ajouter la cohorte {' et la cohorte '.join(parts)}{el} ? "
            f"C'est un espace complémentaire d'information pour toute la promo (stages, annonces). "
            f"La synchronisation de cohorte se met-elle à jour toute seule si un étudiant change d'étape ?\n\n"
            + staff_sig(p, n, "Directrice des études", "Composante"))
    return ("Cohorte espace complémentaire", body, "staff", "fr", "cohort_question", "cohort sync question", p, n, addr)


def t_course_missing_staff(m, scheme, unknown=None):
    p, n, addr = staff_from()
    c1 = unknown or pick(scheme)
    body = (f"Bonjour,\n\nle cours {m.c(c1)} n'existe pas sur ecampus cette année, je ne le trouve dans aucune "
            f"catégorie. Il a pourtant été voté au conseil (nouvelle maquette 2026). Mes collègues ont bien leurs "
            f"espaces ({m.c(pick(scheme))}, par exemple).\n\n" + staff_sig(p, n, "MCF", "UFR"))
    return ("Cours absent d'ecampus", body, "staff", "fr", "course_missing", "teacher: course does not exist", p, n, addr)


def t_moved_staff(m, scheme, unknown_old=None):
    p, n, addr = staff_from()
    c1 = pick(scheme)
    old = unknown_old
    body = (f"Bonjour,\n\nMon cours {m.c(old) if old else m.c(sibling(c1))} a été déplacé dans une catégorie "
            f"« Archives » et renommé. Un nouveau cours vide {m.c(c1)} est apparu à la place. J'ai "
            f"tout mon contenu (quiz, banque de questions) dans l'ancien : comment le récupérer ?\n\n"
            + staff_sig(p, n, "PRCE", "Département"))
    return ("Cours renommé et archivé", body, "staff", "fr", "course_moved_renamed", "code change, archive", p, n, addr)


def t_dsi_dberror(m, scheme):
    p, n, addr = staff_from()
    c1 = pick(scheme)
    body = (f"Bonjour,\n\nPlusieurs utilisateurs nous signalent via le 5{R.randint(100, 999)} (centre de services) une "
            f"« Erreur de lecture de la base de données » sur ecampus, notamment dans le cours {m.c(c1)}. Le serveur "
            f"PostgreSQL 15 ne montre pas d'alerte côté supervision (Centreon). Ticket interne INC{R.randint(100000, 999999)}.\n\n"
            + staff_sig(p, n, "Ingénieur systèmes", "Direction du Système d'Information (DSI)"))
    return ("Erreur base de données ecampus", body, "staff", "fr", "database_error", "DSI reports db errors", p, n, addr)


def t_sec_wrong_name(m):
    p, n, addr = staff_from()
    num = m.n()
    body = (f"Bonjour,\n\nUne étudiante ({num}) a fait corriger son nom d'usage il y a une semaine dans APOGÉE "
            f"mais ecampus affiche toujours l'ancien nom. Est-ce que la synchronisation a bien tourné ?\n\n"
            + staff_sig(p, n, "Scolarité", "Bureau des inscriptions"))
    return ("Nom non mis à jour", body, "staff", "fr", "wrong_name", "secretary: name not updated", p, n, addr)


def t_staff_login(m):
    p, n, addr = staff_from()
    body = (f"Bonjour,\n\nje suis vacataire et je suis bloquée sur la page « Modifier le profil » à ma première "
            f"connexion : il me demande une adresse de courriel que je ne peux pas saisir.\n"
            f"Mon adresse perso : {login(p, n)}{R.randint(1, 99)}@orange.fr\n\n{p} {n}\n{mobile()}")
    return ("Première connexion impossible", body, "staff", "fr", "cannot_login", "vacataire without mail", p, n, addr)


def t_staff_other(m, scheme):
    p, n, addr = staff_from()
    c1 = pick(scheme)
    body = (f"Bonjour,\n\nPour l'examen terminal du cours {m.c(c1)} le {R.randint(2, 19)} décembre, je voudrais "
            f"un test avec tiers-temps pour 4 étudiants. Comment régler une dérogation d'utilisateur dans le test ?\n\n"
            + staff_sig(p, n, "Enseignante", "Département"))
    return ("tiers-temps test", body, "staff", "fr", "other", "quiz override question", p, n, addr)


def t_fwd_student(m, scheme, etape_said=False):
    p, n, addr = staff_from()
    sp, sn, saddr = stu_from(m, numeric=False)
    c1 = pick(scheme)
    num = m.n()
    body = (f"Bonjour,\n\nJe vous transfère le message de cette étudiante. Elle est bien inscrite dans APOGÉE "
            f"(IA et IP OK).\n\nCordialement\n{p} {n}\nSecrétariat pédagogique\n\n"
            f"---------- Message transféré ----------\nDe : {sp} {sn} <{saddr}>\n"
            f"Date : {R.randint(1, 28)} oct. 2026 à 1{R.randint(0, 9)}:{R.randint(10, 59)}\n"
            f"Objet : cours ecampus\nÀ : <{addr}>\n\n"
            f"Bonjour madame,\nje ne suis pas inscrite au cours {m.c(c1, True)} sur ecampus "
            + (f"(je suis en {m.e(K.ELEM[c1]['etape'])}) " if etape_said else "")
            + f"pouvez vous m'aider ?\n{sp} {sn}\nn° {num}")
    return ("TR: cours ecampus", body, "staff", "fr", "not_enrolled", "secretary forwards student mail", p, n, addr)


def t_teacher_groups_empty(m, scheme):
    p, n, addr = staff_from()
    c1 = pick(scheme)
    kinds = groupkinds(c1, "TD") or groupkinds(c1, "TP") or groupkinds(c1, "G")
    ks = sorted(R.sample(kinds, 2))
    body = (f"Bonjour,\n\nDans le cours {m.c(c1)} les groupes {m.g(c1, ks[0], ks[0])} et {m.g(c1, ks[1], ks[1])} sont "
            f"vides sur ecampus alors que les étudiants sont dans ADE. Les autres groupes sont remplis. "
            f"J'ai {R.randint(20, 35)} étudiants par groupe.\n\n"
            + staff_sig(p, n, "Enseignant", "Département"))
    return ("Groupes vides", body, "staff", "fr", "wrong_group", "teacher: groups empty (named in words)", p, n, addr)


def t_teacher_en_students(m, scheme):
    pp, nn = R.choice(EN_NAMES)
    addr = f"{login(pp, nn)}@unicaen.fr"
    c1 = pick(scheme)
    body = (f"Dear colleagues,\n\nthe students of my course {m.c(c1, True)} ({lab(c1)}) tell me they cannot access "
            f"it, although I made it visible yesterday. There are about 60 of them.\n\nBest regards,\n{pp} {nn}\n"
            f"Associate Professor\nOffice {R.randint(100, 400)}, building {R.choice('ABCDE')}\nPhone +33 2 31 56 {R.randint(10, 99)} {R.randint(10, 99)}")
    return ("Students cannot access my course", body, "staff", "en", "students_cannot_see_course", "English teacher", pp, nn, addr)


def t_teacher_en_not_enrolled(m, scheme):
    pp, nn = R.choice(EN_NAMES)
    addr = f"{login(pp, nn)}@unicaen.fr"
    c1 = pick(scheme)
    body = (f"Hello,\n\nI have been teaching {lab(c1)} ({m.c(c1)}) since September but I am not enrolled as "
            f"teacher in the Ecampus course. The timetable (ADE) shows my sessions on Thursdays 14:00-16:00.\n\n"
            f"Thanks,\n{pp} {nn}\nPostdoctoral researcher")
    return ("Not enrolled as teacher", body, "staff", "en", "teacher_not_enrolled", "English postdoc teacher", pp, nn, addr)


def t_sec_dashboard(m, scheme):
    p, n, addr = staff_from()
    c1 = pick(scheme)
    body = (f"Bonjour,\n\nplusieurs étudiants de la formation continue me disent que le cours {m.c(c1)} ne s'affiche "
            f"pas dans leur tableau de bord alors qu'ils sont dans la liste des participants. Exemple : {m.n()} et "
            f"{m.n()}.\n\n" + staff_sig(p, n, "Service formation continue", "SUFCA"))
    return ("Tableau de bord", body, "staff", "fr", "course_not_on_dashboard", "continuing ed, dashboard", p, n, addr)


def t_staff_cas(m):
    p, n, addr = staff_from()
    body = (f"Bonjour,\n\nDepuis un lien dans un mail de l'ENT je tombe sur la page du CAS qui dit « Connexion "
            f"réussie » mais que CAS ne connaît pas ma destination finale. Je ne peux pas aller plus loin.\n\n{p} {n}")
    return ("CAS destination", body, "staff", "fr", "cas_unknown_destination", "staff CAS", p, n, addr)


def t_teacher_thanks(m, scheme):
    p, n, addr = staff_from()
    c1 = pick(scheme)
    body = (f"Bonjour,\n\nTout est rentré dans l'ordre, merci pour votre réactivité.\n\n{p} {n}\n\n"
            f"De : CEMU Assistance <cemu.assistance@unicaen.fr>\nEnvoyé : mardi {R.randint(1, 28)} octobre 2026 09:12\n"
            f"À : {p} {n} <{addr}>\nObjet : RE: cours {K.ELEM[c1]['label']}\n\n"
            f"Bonjour,\nLes étudiants du cours {m.c(c1)} ont été réinscrits suite à la correction dans APOGÉE.\nLe CEMU")
    return ("RE: RE: cours", body, "staff", "fr", "other", "teacher thanks (quoted history)", p, n, addr)


# ---------------------------------------------------------------- unknown senders

def t_autoreply(m, en=False):
    p, n, addr = staff_from()
    if en:
        body = (f"Thank you for your message. I am out of the office until November 3rd with limited access to "
                f"email. For urgent matters please contact the department secretariat ({phone()}).\n\n{p} {n}")
        return ("Automatic reply: Re: ticket", body, "unknown", "en", "other", "out of office (en)", p, n, addr)
    body = (f"Bonjour,\n\nJe suis absente du {R.randint(20, 25)} octobre au 2 novembre inclus. Pour toute question "
            f"concernant la scolarité, merci de contacter le secrétariat au {phone()}.\n\nCordialement\n{p} {n}")
    return ("Réponse automatique : [GLPI #3" + str(R.randint(10000, 29999)) + "]", body, "unknown", "fr", "other",
            "out of office (fr)", p, n, addr)


def t_bounce(m, scheme):
    c1 = pick(scheme)
    body = (f"This is the mail system at host smtp.unicaen.fr.\n\nI'm sorry to have to inform you that your message "
            f"could not be delivered to one or more recipients.\n\n<ancien.etudiant@etu.unicaen.fr>: host "
            f"mx.unicaen.fr said: 550 5.1.1 User unknown\n\n--- original message ---\nSubject: Votre ticket\n\n"
            f"Bonjour, votre inscription au cours {m.c(c1)} est corrigée.")
    return ("Undelivered Mail Returned to Sender", body, "unknown", "en", "other", "bounce", "Mail Delivery System", "",
            "MAILER-DAEMON@unicaen.fr")


def t_spam(m, en=True):
    if en:
        body = ("Dear Customer,\n\nYour mailbox has exceeded its storage limit of 50 GB. Click here to validate "
                "your Office 365 account within 24 hours or it will be suspended: http://0ffice365-verify.example/login\n\n"
                "IT Helpdesk Team\nRef: KB-20261104")
        return ("Action required: mailbox quota", body, "unknown", "en", "other", "phishing spam", "IT Helpdesk", "",
                "it-helpdesk@unicaen-verify.example")
    body = ("Bonjour,\n\nNotre société propose des formations certifiantes Qualiopi (SIRET 812 345 678 00021) "
            "éligibles CPF pour vos équipes. Tarif préférentiel 1 290 € HT jusqu'au 30/11.\n\nCordialement\nService commercial")
    return ("Formations certifiantes - offre", body, "unknown", "fr", "other", "commercial spam", "FormaPro", "",
            "contact@formapro-conseil.example")


def t_outsider(m, scheme, sym="other"):
    p, n = R.choice(STAFF_P), R.choice(NOMS)
    addr = f"{login(p, n)}{R.randint(1, 99)}@{R.choice(['gmail.com', 'orange.fr', 'hotmail.fr', 'free.fr'])}"
    c1 = pick(scheme)
    if sym == "cannot_login":
        body = (f"Bonjour,\n\nJe suis la mère d'un étudiant, il n'arrive pas à se connecter à ecampus depuis 3 jours "
                f"(mot de passe refusé). Son numéro est {m.n()}. Il a cours de {lab(c1).lower()}.\n\nCordialement\n{p} {n}")
        return ("connexion de mon fils", body, "unknown", "fr", "cannot_login", "parent writes", p, n, addr)
    body = (f"Bonjour,\n\nJe suis intervenant extérieur pour le module {m.c(c1)} et je voudrais savoir si je peux "
            f"déposer des vidéos de plus de 500 Mo sur la plateforme.\n\n{p} {n}\nConsultant - {phone()}")
    return ("dépôt vidéo", body, "unknown", "fr", "other", "outside speaker question", p, n, addr)


# ---------------------------------------------------------------- rendering
def to_html(text, heavy=False):
    out, tbl, quote = [], [], []

    def flush_tbl():
        if tbl:
            rows = []
            for i, line in enumerate(tbl):
                cells = [c.strip() for c in line.strip().strip("|").split("|")]
                tag = "th" if i == 0 else "td"
                rows.append("<tr>" + "".join(f'<{tag} style="border:1px solid #999;padding:2px 6px">{html.escape(c)}</{tag}>' for c in cells) + "</tr>")
            out.append('<table style="border-collapse:collapse" border="1" cellspacing="0">' + "".join(rows) + "</table>")
            tbl.clear()

    def flush_q():
        if quote:
            out.append('<blockquote style="border-left:2px solid #1010ff;margin-left:5px;padding-left:5px">'
                       + "<br>".join(html.escape(q[1:].lstrip()) for q in quote) + "</blockquote>")
            quote.clear()

    for line in text.split("\n"):
        if line.startswith("|"):
            flush_q(); tbl.append(line); continue
        flush_tbl()
        if line.startswith(">"):
            quote.append(line); continue
        flush_q()
        if line.strip() == "":
            out.append("<p>&nbsp;</p>" if heavy else "<br>")
        else:
            out.append(("<p class=MsoNormal><span style='font-family:\"Calibri\",sans-serif'>%s</span></p>" if heavy
                        else "<div>%s</div>") % html.escape(line))
    flush_tbl(); flush_q()
    head = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8"><style>p.MsoNormal{margin:0cm;font-size:11.0pt}</style></head>'
            '<body lang=FR link="#0563C1"><div class=WordSection1>' if heavy else '<html><body>')
    return head + "\n".join(out) + ("</div></body></html>" if heavy else "</body></html>")


def charset(name, enc):
    cs = Charset(name)
    cs.body_encoding = {"qp": QP, "b64": BASE64, "8bit": None}[enc]
    return cs


FALLBACK = {"’": "'", "œ": "oe", "…": "...", "€": "EUR", "·": "."}


def fit(text, cs):
    try:
        text.encode(cs)
        return text
    except UnicodeEncodeError:
        for a, b in FALLBACK.items():
            text = text.replace(a, b)
        return text.encode(cs, "replace").decode(cs)


def textpart(text, sub, csname, enc):
    text = fit(text, csname)
    return MIMEText(text, sub, charset(csname, enc))


def build(spec, idx, slug):
    m = Mail(slug)
    m.dmg_rate = spec.get("dmg_rate", 0.12)
    fn, kw = spec["t"], spec.get("kw", {})
    subj, body, role, lang, sym, note, fp, fnm, addr = fn(m, **kw)
    fmt = spec.get("fmt", "plain")
    cs = spec.get("cs", R.choice(["utf-8", "utf-8", "iso-8859-1", "windows-1252"]))
    enc = spec.get("enc", R.choice(["qp", "b64", "qp", "8bit"]))
    if cs != "utf-8" and enc == "8bit":
        enc = "qp"
    if fmt == "plain":
        msg = textpart(body, "plain", cs, enc)
    elif fmt == "html":
        msg = textpart(to_html(body, heavy=R.random() < 0.6), "html", cs, enc)
    else:  # alt
        msg = MIMEMultipart("alternative")
        msg.attach(textpart(body, "plain", cs, enc))
        msg.attach(textpart(to_html(body, heavy=True), "html", cs, enc))
    if spec.get("attach"):
        outer = MIMEMultipart("mixed")
        outer.attach(msg)
        png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")
        name = spec["attach"]
        if name == "code" and m.codes:
            name = f"{m.aw[0].replace(' ', '_')}_capture.png"
        elif name == "code":
            name = "capture.png"
        part = MIMEImage(png, "png")
        part.add_header("Content-Disposition", "attachment", filename=("utf-8", "", name) if not name.isascii() else name)
        outer.attach(part)
        msg = outer
    d = datetime(2026, 9, 7, 8, 0, tzinfo=timezone(timedelta(hours=2))) + timedelta(minutes=idx * 1013 + R.randint(0, 900))
    if d.month >= 11 or (d.month == 10 and d.day >= 25):
        d = d.astimezone(timezone(timedelta(hours=1)))
    name = f"{fp} {fnm}".strip()
    msg["From"] = formataddr((name, addr), charset="utf-8") if name else addr
    msg["To"] = "cemu.assistance@unicaen.fr"
    msg["Subject"] = Header(subj, "utf-8").encode() if not subj.isascii() else subj
    msg["Date"] = format_datetime(d)
    msg["Message-ID"] = make_msgid(domain=addr.split("@")[-1] if "@" in addr else "unicaen.fr")
    if subj.startswith(("Re", "RE", "TR")) or spec.get("reply"):
        ref = f"<glpi-{R.randint(300000, 330000)}@assistance.unicaen.fr>"
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    if spec.get("auto"):
        msg["Auto-Submitted"] = "auto-replied"
        msg["X-Autoreply"] = "yes"
    fname = f"{idx:03d}-{slug}.eml"
    with open(os.path.join(OUT, fname), "wb") as f:
        f.write(msg.as_bytes())
    gold = {"apogee_codes": m.codes, "apogee_codes_as_written": m.aw, "student_numbers": m.nums,
            "course_ids": m.cids, "symptom": sym, "sender_role": role, "language": lang,
            "auto_reply": bool(spec.get("auto")), "schemes": m.schemes, "etapes_said": m.etapes, "note": note}
    return fname, gold
