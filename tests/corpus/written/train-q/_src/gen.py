import json, os, sys
from mails3 import *
from mailkit import build, process
SCS = list(S)
ET_SAID_TARGET = 15
etc = [0]
def pick(sc): return R.choice(S[sc]["els"])
def stafff():
    n, r = R.choice(STAFF); return n, r, addr(n)
def T_teacher_groups(i):
    sc = SCS[i % len(SCS)]; e, lab = pick(sc); n, r, a = stafff()
    ks = R.sample(KEYS[sc], min(2, len(KEYS[sc])))
    gl = " et ".join(gm(sc, e, k) for k in ks)
    ets = []; said = ""
    if S[sc]["et"] and etc[0] < ET_SAID_TARGET and i % 3 == 0:
        said = f" (ce sont des {S[sc]['et'][0]})"; ets = [S[sc]["et"][1]]; etc[0] += 1
    body = f"""Bonjour,

Dans mon cours {em(sc, e)} ({lab}), les étudiants des {gl}{said} ne voient pas le cours depuis la rentrée, alors que j'ai bien rendu le cours visible.
J'ai une trentaine d'étudiants par groupe, cours le mardi 10h-12h salle S3-0{R.randint(10,99)}.
Lien : https://ecampus.unicaen.fr/course/view.php?id={R.randint(40000,69999)}

Merci de votre aide,
{n}""" + sig(n, r, S[sc]["serv"], f"02 31 56 {R.randint(10,99)} {R.randint(10,99)}")
    return dict(name=n, **{"from": a}, subject=f"Etudiants ne voient pas le cours {lab}", body=body, kind=R.choice(["plain","alt"]),
        gold=dict(symptom="students_cannot_see_course", sender_role="staff", etapes_said=ets, schemes=[S[sc]["sch"]], note="teacher: students of named groups cannot see the course"))

def T_secretary_table(i):
    scs = R.sample(SCS, 2); n, r, a = stafff()
    rows = []; lines = []
    for sc in scs:
        e, lab = pick(sc)
        lines.append(f"- {em(sc, e)} {lab}")
        for _ in range(R.randint(2, 4)):
            no, pr = who(); k = R.choice(KEYS[sc])
            rows.append((no, pr, f"<<{num()}>>", ine(), f"[[{e}]]", gm(sc, e, k, word=R.random() < 0.4)))
    body = f"""Bonjour,

Les étudiants ci-dessous ne sont pas inscrits dans leur groupe sur Ecampus pour les cours suivants :
""" + "\n".join(lines) + "\n\n" + table(rows, ("Nom","Prénom","N° étudiant","INE","Cours","Groupe")) + f"""

Les IP ont été saisies jusqu'au groupe dans Apogée le {R.randint(2,28)}/09/2026. Ticket précédent n°{R.randint(300000,330000)}.

Cordialement,
{n}""" + sig(n, r, S[scs[0]]["serv"], f"02 31 56 {R.randint(10,99)} {R.randint(10,99)}") + DISC
    return dict(name=n, **{"from": a}, subject="Inscriptions groupes Ecampus - liste d'étudiants", body=body, kind="html", charset="windows-1252", cte="qp",
        gold=dict(symptom="wrong_group", sender_role="staff", etapes_said=[], schemes=[S[s]["sch"] for s in scs], note="secretary: HTML table of students missing from groups, two courses"))

def T_sinf_list(i):
    e, lab = pick("sinf"); n, r, a = stafff()
    ks = R.sample(["1","2","3","4","5"], 3); ks.sort()
    gl = f"groupes [[{g('sinf',e,'G'+ks[0])}|{ks[0]}]], [[{g('sinf',e,'G'+ks[1])}|{ks[1]}]] et [[{g('sinf',e,'G'+ks[2])}|{ks[2]}]]"
    sub = R.choice("AB")
    body = f"""Bonjour,

Pour {em('sinf', e)} ({lab}), les {gl} sont vides sur Ecampus, alors que dans Apogée ils ont bien 24 étudiants chacun.
Par contre le sous-groupe [[{g('sinf',e,'G'+ks[0]+sub)}|{ks[0]}{sub}]] du groupe {ks[0]} est correct.
Exemple d'étudiante du groupe {ks[1]} : <<{num()}>> (INE {ine()}).

Bien à vous,
{n}
Bureau E-{R.randint(100,450)}, campus 2, bât. Sciences 3
"""
    return dict(name=n, **{"from": a}, subject=f"[{lab}] groupes vides", body=body, kind="plain", cte="8bit",
        gold=dict(symptom="wrong_group", sender_role="staff", etapes_said=[], schemes=[S["sinf"]["sch"]], note="teacher: numbered groups in a list empty, a subgroup correct"))

def T_word_groups(i):
    sc = list(WORDGRP)[i % len(WORDGRP)]; e, lab = pick(sc); n, r, a = stafff()
    w, k = WORDGRP[sc]
    ets = []; said = ""
    if S[sc]["et"] and etc[0] < ET_SAID_TARGET:
        said = f"Il s'agit des {S[sc]['et'][0]}. "; ets = [S[sc]["et"][1]]; etc[0] += 1
    body = f"""Bonjour,

{said}Dans l'espace {em(sc, e)} - {lab}, [[{g(sc,e,k)}|{w}]] n'apparaît pas dans l'onglet Groupes, les étudiants concernés sont inscrits au cours mais dans aucun groupe.
Cela m'empêche de restreindre les devoirs (Moodle 4.1, restriction par groupe).
Quelques numéros : <<{num()}>>, <<{num()}>>.

Cordialement
{n}
{r}
{S[sc]['serv']}
Tél : 02.31.56.{R.randint(10,99)}.{R.randint(10,99)} - Port. 06 {R.randint(10,99)} {R.randint(10,99)} {R.randint(10,99)} {R.randint(10,99)}
"""
    return dict(name=n, **{"from": a}, subject=f"Groupe manquant - {lab}", body=body, kind=R.choice(["plain","alt"]), charset="utf-8", cte=R.choice(["qp","b64"]),
        gold=dict(symptom="wrong_group", sender_role="staff", etapes_said=ets, schemes=[S[sc]["sch"]], note="staff: group named by a word of its label missing"))

def T_forward(i):
    sc = SCS[(i*5) % len(SCS)]; e, lab = pick(sc); n, r, a = stafff()
    no, pr = who(); sn = num()
    k = R.choice(KEYS[sc])
    ets = []; said = "je suis inscrit"
    if S[sc]["et"] and etc[0] < ET_SAID_TARGET:
        said = f"je suis en {S[sc]['et'][0]}"; ets = [S[sc]["et"][1]]; etc[0] += 1
    body = f"""Bonjour,

Je vous transfère la demande de cet étudiant, je ne trouve pas d'anomalie de mon côté.
Pouvez-vous vérifier ?

{n}

---------- Message transféré ----------
De : {pr} {no} <{sn}@etu.unicaen.fr>
Date : {R.randint(1,30)} sept. 2026 à {R.randint(8,22)}:{R.randint(10,59)}
Objet : pas acces au cours
À : {a}

bonjour madame,
{said} et je ne vois pas le cours {em(sc, e)} sur ecampus, mes camarades du {gm(sc, e, k)} l'ont.
mon numero etudiant <<{sn}>>
merci
{pr}

Envoyé de mon iPhone
"""
    return dict(name=n, **{"from": a}, subject=f"TR: pas acces au cours", body=body, kind="plain", charset="iso-8859-1", cte="qp",
        gold=dict(symptom="not_enrolled", sender_role="staff", etapes_said=ets, schemes=[S[sc]["sch"]], note="staff forwards a student's not-enrolled complaint"))

def T_student(i):
    sc = SCS[(i*7+3) % len(SCS)]; e, lab = pick(sc); no, pr = who(); sn = num()
    k = R.choice(KEYS[sc])
    ets = []; said = ""
    if S[sc]["et"] and etc[0] < ET_SAID_TARGET and i % 2:
        said = f"je suis en {S[sc]['et'][0]}, "; ets = [S[sc]["et"][1]]; etc[0] += 1
    k2 = R.choice([x for x in KEYS[sc] if x != k] or [k])
    body = f"""bonjour
{said}je suis dans le mauvais groupe sur ecampus pour {em(sc, e, damage=R.random()<0.5)} : je suis mis dans le {gm(sc,e,k)} alors que je suis en {gm(sc,e,k2)} sur ADE
du coup je vois pas les devoirs de mon groupe !!
{pr} {no} <<{sn}>>
"""
    if k2 == k:
        body = body.replace(" alors que je suis en", " alors que je devrais pas etre en")
    return dict(name="", **{"from": f"{sn}@etu.unicaen.fr"}, subject="mauvais groupe", body=body, kind="plain", charset="utf-8", cte="8bit",
        gold=dict(symptom="wrong_group", sender_role="student", etapes_said=ets, schemes=[S[sc]["sch"]], note="student in wrong group"))

def T_teacher_not(i):
    scs = R.sample(SCS, 3); n, r, a = stafff()
    items = []
    for sc in scs:
        e, lab = pick(sc); items.append(f"  * {em(sc, e)} — {lab} ({gm(sc, e, R.choice(KEYS[sc]))})")
    body = f"""Bonjour,

Je ne suis pas inscrite comme enseignante dans les cours suivants, alors que mes séances sont planifiées dans ADE depuis juillet :
""" + "\n".join(items) + f"""

Je suis bien inscrite dans les autres. Mon identifiant : {a.split('@')[0]}.
Merci !
{n}, {r}
Bureau {R.choice('ABCDE')}{R.randint(100,399)} – 14032 Caen cedex
"""
    return dict(name=n, **{"from": a}, subject="Pas inscrite en tant qu'enseignante", body=body, kind="alt", charset="utf-8", cte="qp",
        gold=dict(symptom="teacher_not_enrolled", sender_role="staff", etapes_said=[], schemes=[S[s]["sch"] for s in scs], note="teacher not enrolled in three courses, each with its group"))

def T_missing_unknown(i):
    unk = ["D2CIV07","IGEA5R03","S3INF.19","LEA-ANG9","GEO7X1","EG.M1F14","STP4A02","DUFC2051","Y3PSC12","INF2R.06"][i % 10]
    sc = {"D":"droit","I":"gea","S":"sinf","L":"lea","G":"geo","E":"fin","Y":"psy"}.get(unk[0], "staps")
    if unk.startswith("DUFC"): sc = "dufc"
    if unk.startswith("INF"): sc = "binf"
    e, lab = pick(sc); n, r, a = stafff()
    body = f"""Bonjour,

Je ne trouve pas sur Ecampus l'espace du cours [[{unk}]] alors que je l'avais l'an dernier. Le cours voisin {em(sc, e)} existe bien.
Est-il possible qu'il ait été supprimé de la maquette ? Je dois déposer les sujets avant le 12/10 (14h30).

Cordialement,
{n}"""
    return dict(name=n, **{"from": a}, subject="Cours introuvable sur Ecampus", body=body, kind="plain", charset="windows-1252", cte="qp",
        gold=dict(symptom="course_missing", sender_role="staff", etapes_said=[], schemes=[S[sc]["sch"]], note="teacher cannot find a course whose code APOGEE does not know"))

def T_cohort(i):
    sc = SCS[(i*3) % len(SCS)]; e, lab = pick(sc); n, r, a = stafff()
    et = S[sc]["et"][1] if S[sc]["et"] else "DUIRA1"
    body = f"""Bonjour,

Pourrait-on synchroniser la cohorte de l'étape [[{et}|{et if i%2 else et.lower()}]] dans l'espace {em(sc, e)} ? Les IP ne seront pas saisies avant novembre et les étudiants (environ 85) doivent rendre un devoir.
Si la cohorte est ajoutée, faut-il la retirer ensuite ?

Merci,
{n}
"""
    return dict(name=n, **{"from": a}, subject="Ajout cohorte", body=body, kind="plain",
        gold=dict(symptom="cohort_question", sender_role="staff", etapes_said=[], schemes=[S[sc]["sch"]], note="staff asks for a cohort sync, étape cited by code"))

def T_english(i):
    sc = "fin"; e, lab = pick(sc); sn = num()
    body = f"""Hello,

I am an Erasmus exchange student (Erasmus+ Accueil S1) in the English-track group of {em(sc, e)} ({lab}). I cannot see this course on my dashboard, nor the [[{g(sc,e,'AN')}|anglophone group]] page.
My student number is <<{sn}>>. Building: MRSH, room SA-212.

Thanks in advance,
{who()[1]}
"""
    return dict(name="", **{"from": f"{sn}@etu.unicaen.fr"}, subject="Cannot access course", body=body, kind="plain",
        gold=dict(symptom="not_enrolled", sender_role="student", language="en", etapes_said=[], schemes=[S[sc]["sch"]], note="Erasmus student, English, not enrolled"))

def T_director_multi(i):
    scs = ["gea","binf","staps","psy","droit"]; sc = scs[i % len(scs)]; n, r, a = stafff()
    e1, l1 = S[sc]["els"][0]; e2, l2 = S[sc]["els"][1]
    ks = KEYS[sc]
    ets = []; said = "les étudiants"
    if S[sc]["et"] and etc[0] < ET_SAID_TARGET:
        said = f"les {S[sc]['et'][0]}"; ets = [S[sc]["et"][1]]; etc[0] += 1
    body = f"""Bonjour à toute l'équipe du CEMU,

En tant que directeur des études, je vous signale des problèmes pour {said} :
1) {em(sc, e1)} ({l1}) : {gm(sc, e1, ks[0])} et {gm(sc, e1, ks[-1])} inversés ;
2) {em(sc, e2)} ({l2}) : {gm(sc, e2, ks[1])} vide.
Nous avons 98 inscrits, version Apogée du 03/10.

> Le {R.randint(1,28)}/09/2026 à 09:12, CEMU Assistance a écrit :
> Bonjour, pouvez-vous nous préciser les codes des cours concernés ?
> Ticket n°{R.randint(300000,330000)}

--
{n}
{r}
{S[sc]['serv']}
"""
    return dict(name=n, **{"from": a}, subject="Re: [Ticket] groupes", body=body, kind=R.choice(["plain","html"]), reply=True, cte="qp",
        gold=dict(symptom="wrong_group", sender_role="staff", etapes_said=ets, schemes=[S[sc]["sch"]], note="director of studies: two courses, groups swapped/empty, reply to ticket"))

def T_other(i):
    kinds = ["autoreply","thanks","spam","bounce","dashboard","login"]
    k = kinds[i % len(kinds)]
    if k == "autoreply":
        n, r, a = stafff()
        return dict(name=n, **{"from": a}, subject="Réponse automatique : groupes TD", body=f"Bonjour,\nJe suis absente jusqu'au 02/11/2026. Pour toute question concernant les inscriptions, contactez scolarite.droit@unicaen.fr ou le 02 31 56 50 00.\n{n}", kind="plain",
            headers={"Auto-Submitted": "auto-replied"}, gold=dict(symptom="other", sender_role="unknown", auto_reply=True, etapes_said=[], schemes=[], note="out of office"))
    if k == "thanks":
        n, r, a = stafff(); sc = R.choice(SCS); e, lab = pick(sc)
        return dict(name=n, **{"from": a}, subject="RE: groupes", reply=True, body=f"Merci, c'est réglé pour {em(sc,e)}, les groupes sont revenus ce matin.\nBonne journée\n{n}", kind="plain",
            gold=dict(symptom="other", sender_role="staff", etapes_said=[], schemes=[S[sc]["sch"]], note="thanks, solved"))
    if k == "spam":
        return dict(name="Service Messagerie", **{"from": "support-webmail@mail-verif-quota.com"}, subject="Votre boîte aux lettres a atteint 98% de son quota", body="Cher utilisateur,\nVotre quota est presque plein (Office 365). Cliquez ici pour valider votre compte sous 24 h : http://verif-quota.example/unicaen\nRef. 2026-XK-99812\nSIRET 812 345 678 00019", kind="html",
            gold=dict(symptom="other", sender_role="unknown", etapes_said=[], schemes=[], note="phishing spam"))
    if k == "bounce":
        return dict(name="Mail Delivery System", **{"from": "MAILER-DAEMON@unicaen.fr"}, subject="Undelivered Mail Returned to Sender", body="This is the mail system at host smtp.unicaen.fr.\n\nI'm sorry to have to inform you that your message could not be delivered.\n<jean.tesson@unicaen.fr>: host mx.unicaen.fr said: 550 5.1.1 User unknown\n", kind="plain",
            headers={"Auto-Submitted": "auto-generated"}, gold=dict(symptom="other", sender_role="unknown", auto_reply=True, language="en", etapes_said=[], schemes=[], note="bounce"))
    if k == "dashboard":
        sn = num(); sc = R.choice(SCS); e, lab = pick(sc)
        return dict(name="", **{"from": f"{sn}@etu.unicaen.fr"}, subject="COURS PAS SUR MON TABLEAU DE BORD", body=f"BONJOUR JE SUIS BIEN INSCRIT AU COURS {em(sc,e,damage=True)} (JE LE VOIS DANS LA RECHERCHE) MAIS IL APPARAIT PAS DANS MES COURS SUR LE TABLEAU DE BORD. MERCI", kind="plain",
            gold=dict(symptom="course_not_on_dashboard", sender_role="student", etapes_said=[], schemes=[S[sc]["sch"]], note="student: course not on dashboard, caps"))
    sn = num()
    return dict(name="", **{"from": f"prenom.{R.choice(NOMS).lower()}@gmail.com"}, subject="mot de passe ecampus", body=f"bonjour je n'arrive plus a me connecter a ecampus, mot de passe refusé. mon numero etudiant est <<{sn}>>, je suis en DU a distance. tel 06 12 34 56 78", kind="plain",
            gold=dict(symptom="cannot_login", sender_role="student", etapes_said=[], schemes=[], note="student cannot log in from gmail"))

TEMPL = [T_teacher_groups, T_secretary_table, T_sinf_list, T_word_groups, T_forward, T_student, T_teacher_not,
         T_missing_unknown, T_cohort, T_director_multi, T_other, T_word_groups, T_secretary_table, T_english if False else T_teacher_groups]
def main():
    out = "/work/blind/train-q"
    gold = {}
    specs = list(M)
    i = 0
    while len(specs) < 70:
        t = TEMPL[i % len(TEMPL)]
        if i == 30 or i == 55: t = T_english
        m = t(i); i += 1
        slug = t.__name__[2:].replace("_", "-")
        specs.append((slug, m))
    for idx, (slug, m) in enumerate(specs, 1):
        body, codes, written, nums = process(m["body"])
        m = dict(m); m["body"] = body
        if m["from"].split("@")[0].isdigit() and m["from"].endswith("etu.unicaen.fr"):
            s = m["from"].split("@")[0]
            if s in nums: nums.remove(s)
            nums.insert(0, s)
        msg = build(m, idx)
        fn = f"{idx:03d}-{slug}.eml"
        open(os.path.join(out, fn), "wb").write(msg.as_bytes())
        gd = m["gold"]
        ids = [int(x) for x in __import__("re").findall(r"view\.php\?id=(\d+)", body)]
        gold[fn] = dict(apogee_codes=codes, apogee_codes_as_written=written, student_numbers=nums, course_ids=ids,
            symptom=gd["symptom"], sender_role=gd["sender_role"], language=gd.get("language", "fr"), auto_reply=gd.get("auto_reply", False),
            schemes=gd["schemes"], etapes_said=gd["etapes_said"], note=gd["note"])
    json.dump(gold, open(os.path.join(out, "gold.json"), "w"), ensure_ascii=False, indent=1)
    print("mails", len(gold), "etapes_said", sum(1 for v in gold.values() if v["etapes_said"]), "mentions", CNT)
main()
