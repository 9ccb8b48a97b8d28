import email, json, os, html, collections, re
from email import policy
D='/work/blind/train-j/'
gold=json.load(open(D+'gold.json')); cat=json.load(open(D+'catalogue.json'))
known=set(cat['elements'])|set(cat['etapes'])|set(cat['groups'])
files=sorted(f for f in os.listdir(D) if f.endswith('.eml'))
assert set(files)==set(gold), set(files)^set(gold)
SYM="wrong_name cannot_login course_moved_renamed course_missing course_not_on_dashboard students_cannot_see_course not_enrolled teacher_not_enrolled wrong_group participants_block_missing cas_unknown_destination database_error too_many_teachers cohort_question other".split()
cnt=collections.Counter(); err=0; ment=0; dmg=0; schemes=set()
for f in files:
    m=email.message_from_bytes(open(D+f,'rb').read(), policy=policy.default)
    txt=str(m['subject'])+' '+str(m['from'])+' '
    for p in m.walk():
        if p.get_content_maintype()=='text':
            t=p.get_content(); txt+=html.unescape(t) if p.get_content_subtype()=='html' else t
    g=gold[f]; cnt[g['symptom']]+=1; assert g['symptom'] in SYM
    for w in g['apogee_codes_as_written']:
        if w not in txt: print(f,'missing written',w); err+=1
    for c in g['apogee_codes']:
        if c not in known and c not in cat['unknown']: print(f,'not in catalogue',c); err+=1
        if c in cat['unknown'] and c in known: print('both',c)
    for n in g['student_numbers']:
        if n not in txt: print(f,'num',n); err+=1
    for i in g['course_ids']:
        if str(i) not in txt: print(f,'id',i); err+=1
    for w in g['apogee_codes_as_written']:
        if w in known: ment+=1
        elif re.search(r'\d',w) and not re.match(r'^(TD|TP|gr|groupe)',w,re.I) and not re.search(r'-\d{3}$|-1$',w): ment+=1; dmg+=1
        else: ment+=1
    schemes|=set(g['schemes'])
for c in known: 
    if c not in cat['labels']: print('nolabel',c); err+=1
print('errors',err, 'files',len(files)); print(dict(cnt), len(cnt)); print('mentions',ment,'damaged~',dmg); print(sorted(schemes))
print('auto',sum(g['auto_reply'] for g in gold.values()), 'en',sum(g['language']=='en' for g in gold.values()))
