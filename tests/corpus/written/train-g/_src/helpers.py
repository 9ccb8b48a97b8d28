import random, string
from lib import *

def _r(n, alphabet=string.ascii_uppercase + string.digits):
    return ''.join(random.choice(alphabet) for _ in range(n))

def mid_gmail():
    return '<CA%s%s@mail.gmail.com>' % (_r(6), _r(40, string.ascii_letters + string.digits + '-_+=')[:38])
def mid_iphone(dom='icloud.com'):
    return '<%s-%s-%s-%s-%s@%s>' % (_r(8, '0123456789ABCDEF'), _r(4, '0123456789ABCDEF'), _r(4, '0123456789ABCDEF'), _r(4, '0123456789ABCDEF'), _r(12, '0123456789ABCDEF'), dom)
def mid_outlook():
    return '<%s%s@%s.EURP19%d.prod.outlook.com>' % ('PAXP', _r(36), 'PAXP' + _r(9), random.randint(0, 9))
def mid_zimbra():
    return '<%d.%d.%d.JavaMail.zimbra@unicaen.fr>' % (random.randint(10**8, 10**9), random.randint(10**5, 10**7), random.randint(1757000000000, 1772000000000))
def mid_other(dom):
    return '<%s.%s@%s>' % (_r(12, string.ascii_lowercase + string.digits), _r(6, string.digits), dom)

ZIMBRA = ('X-Mailer', 'Zimbra 10.0.15_GA_4702 (ZimbraWebClient - FF143 (Win)/10.0.15_GA_4702)')
ZIMBRA_MAC = ('X-Mailer', 'Zimbra 10.0.15_GA_4702 (ZimbraWebClient - GC141 (Mac)/10.0.15_GA_4702)')
IPHONE = ('X-Mailer', 'iPhone Mail (22G86)')
IPAD = ('X-Mailer', 'iPad Mail (22G86)')
OUTLOOK = ('X-Mailer', 'Microsoft Outlook 16.0')
TBIRD = ('User-Agent', 'Mozilla Thunderbird')

def G(codes=(), nums=(), ids=(), sym='other', role='student', lang='fr', auto=False, note=''):
    return dict(codes=list(codes), nums=list(nums), ids=list(ids), sym=sym, role=role,
                lang=lang, auto=auto, note=note)

def alt(text, html, charset='utf-8', tcte=None, hcte='quoted-printable'):
    return Multi('alternative', [Text(text, 'plain', charset, tcte), Text(html.replace('%%CHARSET%%', charset), 'html', charset, hcte)])
