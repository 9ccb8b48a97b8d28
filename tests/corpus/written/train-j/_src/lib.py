import random, json, html as H
from email.message import EmailMessage
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.image import MIMEImage
from email.utils import format_datetime, make_msgid
from email.header import Header
from datetime import datetime, timedelta, timezone
random.seed(11)
OUT='/work/blind/train-j/'
GOLD={}
PNG=bytes.fromhex('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000100e221bc330000000049454e44ae426082')
def tz(d):
    return timezone(timedelta(hours=2 if (d.month>=4 and d.month<=10 and not (d.month==10 and d.day>=26)) else 1))
N=[0]
def mail(slug, frm, subj, body, sym, role, codes=(), nums=(), ids=(), lang='fr', auto=False, schemes=(), note='',
         form='plain', cs='utf-8', cte=None, date=None, to='cemu.assistance@unicaen.fr', htmlbody=None, attach=False, headers=None):
    N[0]+=1
    fname=f"{N[0]:03d}-{slug}.eml"
    if date is None:
        m=random.choice([9,9,9,10,10,11,11,1,1,2])
        y=2025 if m>=9 else 2026
        date=datetime(y,m,random.randint(1,28),random.randint(7,22),random.randint(0,59))
    date=date.replace(tzinfo=tz(date))
    def textpart(t, sub='plain'):
        p=MIMEText(t, sub, cs)
        if cte:
            del p['Content-Transfer-Encoding']
            from email import encoders
            p.set_payload(t.encode(cs))
            if cte=='base64': encoders.encode_base64(p)
            elif cte=='qp':
                import quopri
                p.set_payload(quopri.encodestring(t.encode(cs), quotetabs=False).decode('ascii')); p['Content-Transfer-Encoding']='quoted-printable'
            else: p['Content-Transfer-Encoding']='8bit'
        return p
    if htmlbody is None and form in ('html','alt'):
        htmlbody='<html><body style="font-family:Calibri,sans-serif"><p>'+H.escape(body).replace('\n\n','</p><p>').replace('\n','<br>\n').replace('  ','&nbsp; ')+'</p></body></html>'
    if form=='plain': msg=textpart(body)
    elif form=='html': msg=textpart(htmlbody,'html')
    elif form=='alt':
        msg=MIMEMultipart('alternative'); msg.attach(textpart(body)); msg.attach(textpart(htmlbody,'html'))
    if attach:
        outer=MIMEMultipart('mixed'); outer.attach(msg)
        img=MIMEImage(PNG,'png'); img.add_header('Content-Disposition','attachment',filename='capture ecran.png' if attach is True else attach)
        outer.attach(img); msg=outer
    from email.utils import parseaddr, formataddr
    nm,ad=parseaddr(frm)
    msg['From']=formataddr((nm,ad),charset='utf-8') if nm else ad; msg['To']=to
    msg['Subject']=Header(subj,'utf-8') if any(ord(c)>127 for c in subj) else subj
    msg['Date']=format_datetime(date); msg['Message-ID']=make_msgid(domain=parseaddr(frm)[1].split('@')[-1])
    if 'MIME-Version' not in msg: msg['MIME-Version']='1.0'
    for k,v in (headers or {}).items(): msg[k]=v
    open(OUT+fname,'wb').write(msg.as_bytes())
    GOLD[fname]={"apogee_codes":list(dict.fromkeys(c for c,w in codes)),"apogee_codes_as_written":list(dict.fromkeys(w for c,w in codes)),
        "student_numbers":list(nums),"course_ids":list(ids),"symptom":sym,"sender_role":role,"language":lang,"auto_reply":auto,
        "schemes":list(schemes),"note":note}
def save():
    json.dump(GOLD, open(OUT+'gold.json','w'), ensure_ascii=False, indent=1)
