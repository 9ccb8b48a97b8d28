import random, json, os, re, html as H, datetime, email.charset, email.utils
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.image import MIMEImage
from email.mime.base import MIMEBase
from cat import ALL, SCHEME_OF, LABELS, SCHEMES
R = random.Random(4242)
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CODES = set(SCHEME_OF)
UNKNOWN = set()

def damage(code, how):
    if how == "lower": return code.lower()
    if how == "space":
        m = re.search(r"[A-Z][0-9]|[0-9][A-Z]", code)
        if "-" in code and R.random()<.5: return code.replace("-", " - " if R.random()<.3 else " ")
        if m: return code[:m.start()+1] + " " + code[m.start()+1:]
        return None
    if how == "nodot":
        if "." in code or "-" in code: return code.replace(".", "").replace("-", "")
        return None
    if how == "swap":
        if "." in code: return code.replace(".", "-")
        if "-" in code: return code.replace("-", R.choice(["_", ".", "/"]))
        return None
    if how == "O":
        if "0" in code: return code.replace("0", "O", 1)
        return None
    if how == "trunc":
        p = code[:-1]
        if len(p) >= 5 and sum(1 for c in CODES if c.startswith(p)) == 1: return p
        return None
    if how == "lowspace":
        d = damage(code, "space"); return d.lower() if d else None

class M:
    def __init__(s):
        s.codes=[]; s.written=[]; s.nums=[]; s.ids=[]; s.schemes=[]; s.unk=[]; s.ment=0; s.dmg=0
    def c(s, code, dmg=None, unknown=False):
        w = code
        if dmg is None and R.random() < 0.33:
            opts = ["lower","space","nodot","swap","O","trunc","lower","space","lowspace","O","trunc"]
            R.shuffle(opts)
            for d in opts:
                w2 = damage(code, d)
                if w2 and w2 != code: w = w2; break
        elif dmg:
            w2 = damage(code, dmg)
            if w2: w = w2
        s.ment += 1; s.dmg += (w != code)
        if code not in s.codes: s.codes.append(code)
        if w not in s.written: s.written.append(w)
        sc = SCHEME_OF.get(code) or ("hss-yyXXXnnn" if code[:2].isdigit() else "droit-DJn-XXXn" if code.startswith("DJ") else "unknown")
        if sc not in s.schemes: s.schemes.append(sc)
        if unknown: UNKNOWN.add(code); s.unk.append(code)
        return w
    def g(s, code, short):
        s.ment += 1
        if code not in s.codes: s.codes.append(code)
        if short not in s.written: s.written.append(short)
        sc = SCHEME_OF[code]
        if sc not in s.schemes: s.schemes.append(sc)
        return short
    def n(s, num=None):
        num = num or stnum()
        if num not in s.nums: s.nums.append(num)
        return num
    def i(s, cid=None):
        cid = cid or R.randint(30000, 68999)
        if cid not in s.ids: s.ids.append(cid)
        return cid

def stnum(): return str(R.randint(19, 26)) + "%06d" % R.randint(0, 999999)
def ine(): return "%010d" % R.randint(0, 9999999999) + R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if R.random()<.6 else "%09d" % R.randint(0, 999999999) + R.choice(["AB","HK","JF","CE"])
def tel(): return "02 31 56 %02d %02d" % (R.randint(50, 79), R.randint(0, 99))
def mob(): return "06 %02d %02d %02d %02d" % tuple(R.randint(0, 99) for _ in range(4))
def room(): return R.choice(["SA-110","SC-025","salle S3-045","Amphi Pierre Daure","amphi Tocqueville","bât. F, bureau F-212","bureau DR-204","salle LV-115","B 2.14","amphi Poincaré"])
def pick(kind, scheme): return R.choice(sorted(SCHEMES[scheme][kind]))
def grp_of(el, scheme):
    g = [x for x in SCHEMES[scheme]["groups"] if x.startswith(el.replace("-","").replace(".",""))]
    return g

FN = ["Camille","Léa","Manon","Hugo","Lucas","Inès","Yanis","Chloé","Théo","Emma","Nathan","Sarah","Maël","Jade","Louis","Zoé","Enzo","Anaïs","Mathis","Clara","Aymeric","Océane","Kévin","Élodie","Baptiste","Margaux","Rayan","Justine"]
LN = ["Lefèvre","Marie","Hamel","Lecoq","Duval","Guérin","Jeanne","Lemonnier","Besnard","Hébert","Leroux","Vautier","Lebrun","Le Goff","Pichon","Morin","Brière","Onfroy","Fontaine","Renouf","Mauger","Lesage","Gosselin","Anquetil"]
def ascii_(s):
    import unicodedata
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace(" ", "")
def person():
    f, l = R.choice(FN), R.choice(LN); return f, l
def student_addr(m, force_num=False):
    f, l = person(); r = R.random()
    if force_num or r < .3:
        n = m.n(); return f"{f} {l.upper()}", f"{n}@etu.unicaen.fr", f, l
    if r < .7: return f"{f} {l}", f"{ascii_(f)}.{ascii_(l)}@etu.unicaen.fr", f, l
    dom = R.choice(["gmail.com","hotmail.fr","orange.fr","outlook.fr","yahoo.fr","laposte.net"])
    return f"{f} {l}", f"{ascii_(f)}{R.choice(['.','_',''])}{ascii_(l)}{R.choice(['','14','2004','50',''])}@{dom}", f, l
def staff_addr():
    f, l = person(); return f"{f} {l}", f"{ascii_(f)}.{ascii_(l)}@unicaen.fr", f, l
CMP = {"droit-DJn-XXXn":"UFR Droit, AES et Administration publique","sciences-Sn.XXXnn":"UFR des Sciences","psycho-nPSnLnn":"UFR de Psychologie","iae-MGnXXXnn":"IAE Caen","hss-yyXXXnnn":"UFR HSS","iut-DPT-Rsnn":"IUT Grand Ouest Normandie","sante-PHAnUnn":"UFR Santé - Pharmacie","inspe-MEEFn-nn":"INSPE Normandie Caen","esix-EXnXXXnn":"ESIX Normandie","geo-GEO-nnnL":"UFR HSS - Département de Géographie","arts-AMnQnL":"UFR HSS - Arts du spectacle et Musique","faq-letters+digits":"UFR LVE","faq-XXXX-nn":"CEMU","faq-dotted-M.":"UFR HSS - Sociologie"}
def sig_staff(f, l, sc, role="Gestionnaire de scolarité"):
    c = CMP.get(sc, "UFR des Sciences")
    v = R.choice([1,2,3])
    if v == 1: return f"\n--\n{f} {l.upper()}\n{role}\n{c}\nUniversité de Caen Normandie\nEsplanade de la Paix - CS 14032\n14032 CAEN Cedex 5\nTél. : {tel()}\nBureau {R.choice(['DR-204','S3-112','F-212','B 2.14','LV-031','SA-207'])}\n"
    if v == 2: return f"\n\n{f} {l}\n{role} – {c}\n☎ {tel()}\n\nPensez à l'environnement avant d'imprimer ce message.\n"
    return f"\n\nCordialement,\n{f[0]}. {l}\n{c}\n{tel()} / {mob()}\n"
def sig_student(f, l):
    return R.choice(["", f"\n{f}", f"\n{f} {l}", f"\n\n{f} {l.upper()}\nEnvoyé de mon iPhone", f"\n{f}\n\nEnvoyé depuis Outlook pour Android"])

def date(month=None):
    months = [(2025,9)]*5 + [(2025,10)]*4 + [(2025,11)]*3 + [(2025,12)] + [(2026,1)]*4 + [(2026,2)]*3 + [(2026,3)]
    y, mo = R.choice(months)
    d = datetime.datetime(y, mo, R.randint(1, 28), R.randint(7, 23), R.randint(0, 59), R.randint(0, 59))
    off = "+0200" if (mo >= 4 and mo <= 10) else "+0100"
    return d, d.strftime("%a, %d %b %Y %H:%M:%S ") + off
JOURS = ["lun.","mar.","mer.","jeu.","ven.","sam.","dim."]
MOIS = ["janv.","févr.","mars","avr.","mai","juin","juil.","août","sept.","oct.","nov.","déc."]

def link(m, kind=None, cid=None):
    cid = m.i(cid)
    kind = kind or R.choice(["course/view.php","course/view.php","user/index.php","enrol/users.php","course/edit.php","grade/report/grader/index.php","user/index.php"])
    return f"https://ecampus.unicaen.fr/{kind}?id={cid}", cid

def to_html(text):
    out = []
    for line in text.split("\n"):
        e = H.escape(line).replace("  ", "&nbsp; ")
        e = re.sub(r"(https?://[^\s&]+(?:&amp;[^\s&]+)*)", r'<a href="\1">\1</a>', e)
        out.append(e)
    return "<br>\n".join(out)

def table_html(rows):
    h = '<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse;font-family:Calibri,sans-serif;font-size:11pt">'
    for i, r in enumerate(rows):
        tag = "th" if i == 0 else "td"
        h += "<tr>" + "".join(f"<{tag}>{H.escape(str(x))}&nbsp;</{tag}>" for x in r) + "</tr>\n"
    return h + "</table>"
def table_text(rows): return "\n".join("\t".join(str(x) for x in r) for r in rows)

PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000") + os.urandom(40)
def mk_text(text, sub, cs, enc):
    c = email.charset.Charset(cs)
    c.body_encoding = {"qp": email.charset.QP, "b64": email.charset.BASE64, "8bit": None}[enc]
    try: text.encode(c.output_charset or cs)
    except UnicodeEncodeError:
        c = email.charset.Charset("utf-8"); c.body_encoding = email.charset.QP
    p = MIMEText("", sub)
    del p["Content-Transfer-Encoding"]
    p.set_payload(text, c)
    if enc == "8bit" and "Content-Transfer-Encoding" not in p: pass
    return p

def build(fn, frm, subject, text, html=None, form=None, to="cemu.assistance@unicaen.fr", headers=None, png=False, msg=None):
    d, ds = date()
    form = form or R.choice(["plain8","plainqp","plainb64","latin1","cp1252","alt","alt","htmlonly","plain8"])
    cs = R.choice(["utf-8","utf-8","iso-8859-1","windows-1252"])
    if msg is None:
        if form.startswith("plain") or form in ("latin1","cp1252"):
            cs2 = {"latin1":"iso-8859-1","cp1252":"windows-1252"}.get(form, "utf-8")
            enc = {"plainqp":"qp","plainb64":"b64"}.get(form, "qp" if cs2 != "utf-8" else R.choice(["8bit","qp","b64"]))
            msg = mk_text(text, "plain", cs2, enc)
        else:
            hb = html or f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={cs}"></head><body><div style="font-family:Arial;font-size:10pt">{to_html(text)}</div></body></html>'
            if "<html" not in hb: hb = f"<html><body>{hb}</body></html>"
            hp = mk_text(hb, "html", cs, R.choice(["qp","b64"]))
            if form == "htmlonly": msg = hp
            else:
                msg = MIMEMultipart("alternative"); msg.attach(mk_text(text, "plain", cs, "qp")); msg.attach(hp)
        if png:
            outer = MIMEMultipart("mixed"); outer.attach(msg)
            im = MIMEImage(PNG, "png"); im.add_header("Content-Disposition", "attachment", filename=R.choice(["capture.png","Capture d’écran 2025-10-02.png","image001.png","screenshot.png"]))
            outer.attach(im); msg = outer
    nm_, ad_ = email.utils.parseaddr(frm)
    if "(" in frm: msg["From"] = frm
    else: msg["From"] = email.utils.formataddr((nm_, ad_), charset="utf-8") if nm_ else ad_
    msg["To"] = to; msg["Subject"] = subject; msg["Date"] = ds
    msg["Message-ID"] = email.utils.make_msgid(domain=frm.split("@")[-1].strip(">"))
    if "MIME-Version" not in msg: msg["MIME-Version"] = "1.0"
    for k, v in (headers or {}).items(): msg[k] = v
    with open(os.path.join(OUT, fn), "wb") as f: f.write(msg.as_bytes())
    return d

def usual(e):
    l = LABELS.get(e, "le cours")
    l = re.sub(r"^(UE|R\d\.\d\d|Ressource|SAE [\d.]+)\s*\d*\s*", "", l)
    l = re.sub(r"\s*(-|\().*$", "", l)
    l = re.sub(r"\s+(S\d+|L\d|M\d|\d+A?|DFGSP\d|semestre \d)$", "", l).strip()
    l = re.sub(r"\s+\d+$", "", l).strip()
    l = l.lower()
    l = l.replace("droit ", "droit ") if R.random()<.5 else l.replace("droit constitutionnel","constit").replace("statistiques","stats").replace("programmation","prog").replace("psychologie","psycho").replace("gestion des ressources humaines","GRH").replace("controle de gestion","contrôle de gestion").replace("geographie","géographie").replace("mecanique","mécanique").replace("electronique","électronique").replace("therapeutique","thérapeutique").replace("algebre","algèbre").replace("probabilites","probas")
    return l or "le cours"
def office(): return R.choice(["DR-204","S3-112","F-212","B 2.14","LV-031","SA-207","E 118"])
