"""Catalogue and MIME helpers for the train-r blind corpus."""
import base64, json, random
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.base import MIMEBase
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.utils import formataddr, make_msgid
from email import encoders

R = random.Random(4242)
SCHEMES = {
 'inspe': 'inspe digits-first nCAnnn (FAQ)',
 'hss': 'hss dotted M.1.XXnn (FAQ)',
 'lve': 'lve dashed AN-nnA (FAQ)',
 'droit': 'droit DRn-XXXn (invented)',
 'gea': 'iut gea GEAnRnnn (invented)',
 'bio': 'sciences digit-level nBIOXnn (invented)',
 'psy': 'psycho PSYLn.nn (invented)',
 'pass': 'sante PASSUEnX (invented)',
 'geo': 'geographie XGnAAAA (invented)',
 'inf': 'informatique INFnUnn (invented)',
 'eco': 'eco-gestion EGMn-XXX (invented)',
 'du': 'du foad DUxxx-Fn (invented)',
 'lea': 'lea LEnESPn (invented)',
}

def build_catalogue():
    el, et, gr, lab = [], [], [], {}
    def E(c, l): el.append(c); lab[c] = l
    def T(c, l): et.append(c); lab[c] = l
    def G(c, l): gr.append(c); lab[c] = l
    # droit
    subj = [('CIV', 'DROIT CIVIL'), ('CON', 'DROIT CONSTITUTIONNEL'), ('HIS', 'HISTOIRE DU DROIT'),
            ('PEN', 'DROIT PENAL'), ('ADM', 'DROIT ADMINISTRATIF'), ('FIN', 'FINANCES PUBLIQUES'), ('OBL', 'DROIT DES OBLIGATIONS')]
    for y in (1, 2, 3):
        for s, l in subj:
            for n in (1, 2):
                c = f'DR{y}-{s}{n}'; E(c, f'{l} {n}')
                for td in (1, 2, 3, 4):
                    G(f'DR{y}{s}{n}TD{td}', f'TD{td} {l} {n}')
                G(f'DR{y}{s}{n}EAD', f'CEMU EAD {l} {n}')
    for y, o in ((1, '1re'), (2, '2e'), (3, '3e')):
        T(f'DRTL{y}', f'Licence Droit {o} année'); T(f'DRTL{y}D', f'Licence Droit {o} année à distance')
    # gea
    for y in (1, 2):
        for r in ('101', '102', '103', '104', '105', '106', '107', '201', '202', '203', '204', '205', '301', '305', '306'):
            if y == 2 and r[0] == '1':
                continue
            E(f'GEA{y}R{r}', f'R{r[0]}.{r[1:]} ressource GEA {y}A')
        for tp in ('1A', '1B', '2A', '2B', '3A', '3B'):
            G(f'GEA{y}TP{tp}', f'TP{tp}')
        for td in (1, 2, 3):
            G(f'GEA{y}TD{td}', f'TD{td} GEA')
        G(f'GEA{y}ALT', 'Groupe alternants')
    for y, o in ((1, '1re'), (2, '2e'), (3, '3e')):
        T(f'BUTGE{y}', f'BUT GEA {o} année')
    # bio
    for y in (1, 2, 3):
        for x, l in (('A', 'Biologie cellulaire'), ('B', 'Génétique'), ('C', 'Physiologie animale'), ('D', 'Ecologie')):
            for n in (1, 2):
                c = f'{y}BIO{x}{y}{n}'; E(c, f'{l} {n}')
                for g in (1, 2, 3):
                    G(f'{c}G{g}', f'TD{g} {l}')
        T(f'SVL{y}', f'Licence Sciences de la Vie {y}e année' if y > 1 else 'Licence Sciences de la Vie 1re année')
    # psy
    for y in (1, 2, 3):
        for n in range(1, 10):
            c = f'PSYL{y}.0{n}'; E(c, f'PSYCHOLOGIE {["COGNITIVE","SOCIALE","CLINIQUE","DU DEVELOPPEMENT","STATISTIQUES","NEUROPSY","METHODO","ANGLAIS","PPP"][n-1]} L{y}')
            for td in (1, 2):
                G(f'PSY{y}0{n}TD{td}', f'TD{td} psycho L{y}')
        T(f'PSYL{y}', f'Licence Psychologie {y}e année' if y > 1 else 'Licence Psychologie 1re année')
    # pass
    for n in range(1, 9):
        for x in 'AB':
            c = f'PASSUE{n}{x}'; E(c, f'UE{n} PASS {x}')
            for g in (1, 2, 3):
                G(f'{c}G{g}', f'Tutorat {g} UE{n}')
    T('PASS1', "Parcours d'Accès Spécifique Santé")
    # geo
    for y in (1, 2, 3):
        for s, l in (('CART', 'Cartographie'), ('SIGA', "Systèmes d'information géographique"), ('CLIM', 'Climatologie'), ('URBA', 'Géographie urbaine'), ('TERR', 'Terrain')):
            c = f'XG{y}{s}'; E(c, l)
            for tp in (1, 2, 3):
                G(f'{c}TP{tp}', f'TP{tp} {l}')
        T(f'GEOL{y}', f'Licence Géographie {y}e année' if y > 1 else 'Licence Géographie 1re année')
    # info
    for s in range(1, 7):
        for u in range(1, 9):
            c = f'INF{s}U0{u}'; E(c, f'UE {u} informatique S{s}')
            for tp in (1, 2, 3, 4):
                G(f'{c}TP{tp}', f'TP{tp}')
    for y in (1, 2, 3):
        T(f'INFL{y}', f'Licence Informatique {y}e année' if y > 1 else 'Licence Informatique 1re année')
    # eco
    for y in (1, 2):
        for s, l in (('FIN', 'Finance de marché'), ('CPT', 'Comptabilité approfondie'), ('AUD', 'Audit'), ('FIS', 'Fiscalité'), ('CTG', 'Contrôle de gestion')):
            c = f'EGM{y}-{s}'; E(c, l)
            G(f'EGM{y}{s}TD1', f'TD1 {l}'); G(f'EGM{y}{s}TD2', f'TD2 {l}'); G(f'EGM{y}{s}APP', f'Groupe apprentis {l}')
        T(f'EGM{y}', f'Master {y} Comptabilité Contrôle Audit')
    # du foad
    for n in range(1, 7):
        c = f'DUCGE-F{n}'; E(c, f'Module {n} Capacité de gestion')
        G(f'DUCGEF{n}EAD', f'CEMU EAD module {n}')
    T('DUCGE', 'DU Capacité de Gestion des Entreprises - FOAD')
    # lea
    for y in (1, 2, 3):
        for n in range(1, 7):
            c = f'LE{y}ESP{n}'; E(c, f'Espagnol LEA {n}')
            G(f'{c}TD1', 'TD1 espagnol'); G(f'{c}TD2', 'TD2 espagnol')
        T(f'LEAL{y}', f'Licence LEA anglais-espagnol {y}e année' if y > 1 else 'Licence LEA anglais-espagnol 1re année')
    # FAQ-like schemes
    for n in range(150, 162):
        E(f'1CA{n}', ['Analyse du contexte', 'Didactique des maths', 'Français', 'Sciences', 'EPS', 'Arts', 'Histoire-géo', 'Langue vivante', 'Recherche', 'Stage', 'Numérique', 'Inclusion'][n-150])
        G(f'1CA{n}G1', 'Groupe 1'); G(f'1CA{n}G2', 'Groupe 2')
    for n in range(201, 207):
        E(f'2CA{n}', f'MEEF M2 UE{n-200}')
    T('MEEF1D', 'Master 1 MEEF 1er degré'); T('MEEF2D', 'Master 2 MEEF 1er degré')
    for n in range(1, 9):
        E(f'M.1.MS0{n}', f'Sociologie M1 EC{n}')
    E('M.1HRP9C', 'Histoire des relations professionnelles'); E('2HR5C', 'Relations pro (porté)')
    G('M.1HRP9CTD', 'TD relations pro'); G('M.1HRP9CEM', 'EM relations pro')
    T('M1SOC', 'Master 1 Sociologie')
    for n in (10, 20, 30):
        for x in 'ABC':
            E(f'AN-{n}{x}', f'EC{n//10} Langue Traduction {x}')
            G(f'AN-{n}{x}-TD1', 'TD1 anglais'); G(f'AN-{n}{x}-TD2', 'TD2 anglais')
    for y in (1, 2, 3):
        T(f'LLCE{y}', f'Licence LLCE Anglais {y}e année' if y > 1 else 'Licence LLCE Anglais 1re année')
    unknown = ['DR1-CIV9', 'GEA1R199', 'XG3CARTO', 'PSYL3.70', 'INF5U17', 'PASSUE9A']
    return {'elements': el, 'etapes': et, 'groups': gr, 'unknown': unknown, 'labels': lab}

# ---------- MIME ----------
def _part(text, sub='plain', cs='utf-8', cte='qp'):
    c = Charset(cs)
    c.body_encoding = {'qp': QP, 'b64': BASE64, '8bit': None}[cte]
    if cte == '8bit':
        m = MIMEText(text, sub, cs)
        if cs != 'utf-8':
            pass
        return m
    m = MIMEText('', sub)
    m.set_payload(text, c)
    return m

def html_of(text):
    import html
    paras = ''.join(f'<p>{html.escape(p).replace(chr(10), "<br>")}</p>' for p in text.split('\n\n'))
    return f'<html><head><meta charset="utf-8"></head><body style="font-family:Calibri">{paras}</body></html>'

def build(m, idx):
    kind = m.get('kind', 'plain')
    cs = m.get('cs', 'utf-8')
    cte = m.get('cte', 'qp')
    body = m['body']
    if kind == 'plain':
        msg = _part(body, 'plain', cs, cte)
    elif kind == 'html':
        msg = _part(m.get('html') or html_of(body), 'html', cs, cte)
    else:  # alt
        msg = MIMEMultipart('alternative')
        msg.attach(_part(body, 'plain', cs, cte))
        msg.attach(_part(m.get('html') or html_of(body), 'html', cs, cte))
    if m.get('att'):
        outer = MIMEMultipart('mixed'); outer.attach(msg)
        for name in m['att']:
            p = MIMEBase('image', 'png') if name.endswith('.png') else MIMEBase('application', 'pdf')
            p.set_payload(bytes(R.randrange(256) for _ in range(90))); encoders.encode_base64(p)
            p.add_header('Content-Disposition', 'attachment', filename=name)
            outer.attach(p)
        msg = outer
    name, addr = m['frm']
    msg['From'] = formataddr((str(Header(name, 'utf-8')) if any(ord(ch) > 127 for ch in name) else name, addr)) if name else addr
    msg['To'] = m.get('to', 'cemu.assistance@unicaen.fr')
    msg['Subject'] = Header(m['subj'], 'utf-8') if any(ord(ch) > 127 for ch in m['subj']) else m['subj']
    d = 1 + (idx * 7) % 28
    mon = ['Sep', 'Oct', 'Nov'][idx % 3]
    msg['Date'] = f'{["Mon","Tue","Wed","Thu","Fri"][idx%5]}, {d} {mon} 2026 {8+idx%10:02d}:{(idx*13)%60:02d}:{(idx*7)%60:02d} +0200'
    msg['Message-ID'] = f'<train-r.{idx:03d}.{R.randrange(10**8)}@{addr.split("@")[1]}>'
    for k, v in m.get('hdr', {}).items():
        msg[k] = v
    return msg
