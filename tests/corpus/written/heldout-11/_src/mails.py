from gen import *
T = {}  # symptom -> list of template fns; each returns (subject, text, role, lang, note, extra)
def reg(sym):
    def d(f): T.setdefault(sym, []).append(f); return f
    return d
def fwd(inner_from, inner_text, d="lun. 13 oct. 2025 à 09:41"):
    r = R.random()
    if r < .33:
        return f"\n\n________________________________\nDe : {inner_from}\nEnvoyé : {d}\nÀ : Secrétariat\nObjet : RE: Ecampus\n\n{inner_text}\n"
    if r < .66:
        return f"\n\n---------- Message transféré ---------\nDe : {inner_from}\nDate : {d}\nObjet : Ecampus\nÀ : scolarite\n\n{inner_text}\n"
    return f"\n\nLe {d}, {inner_from} a écrit :\n" + "\n".join("> " + l for l in inner_text.split("\n"))
SCS = [s for s in SCHEMES]
def sc(): return R.choice(SCS)

@reg("wrong_name")
def _(m):
    nm, ad, f, l = student_addr(m)
    return (R.choice(["Erreur nom sur ecampus","mon nom est mal écrit","Prénom incorrect Ecampus"]),
        f"Bonjour,\n\nSur Ecampus mon prénom apparaît comme « {f.upper()}{R.choice(['E','-MARIE',' '+R.choice(FN).upper()])} » alors que je m'appelle {f}. Mon numéro étudiant est {m.n()}, mon INE {ine()}.\nPouvez-vous corriger ? Ça apparaît aussi dans les forums du cours de {R.choice(['droit civil','stats','anglais','pharmaco'])}.\n\nMerci{sig_student(f,l)}", "student","fr","prénom mal orthographié dans Ecampus", dict(frm=f"{nm} <{ad}>"))
@reg("wrong_name")
def _(m):
    nm, ad, f, l = student_addr(m, True)
    return ("name change", f"Hello,\nI got married last summer and my surname changed to {R.choice(LN)}, the university registration office updated my file (ref. dossier 2025-{R.randint(1000,9999)}) but Ecampus still shows my maiden name and my old email address. Could you update it please?\nThanks a lot\n{f}", "student","en","changed surname not updated in Ecampus",dict(frm=f"{nm} <{ad}>"))
@reg("wrong_name")
def _(m):
    nm, ad, f, l = staff_addr(); s = "iae-MGnXXXnn"; e = pick("etapes", s)
    return ("Adresse mail erronée - étudiante", f"Bonjour,\n\nUne étudiante de M1 ({m.c(e)}) me signale que l'adresse mail affichée dans son profil Ecampus est celle d'une homonyme : {R.choice(FN).lower()}.{R.choice(LN).lower()}{R.randint(2,9)}@etu.unicaen.fr.\nN° étudiant : {m.n()}\nTél de l'étudiante : {mob()}\n\nBien à vous" + sig_staff(f,l,s), "staff","fr","wrong e-mail shown in a student profile",dict(frm=f"{nm} <{ad}>"))

@reg("cannot_login")
def _(m):
    nm, ad, f, l = student_addr(m)
    return ("JARRIVE PAS A ME CONNECTER", f"BONJOUR JE N'ARRIVE PAS A ME CONNECTER A ECAMPUS DEPUIS HIER, IL ME DIT IDENTIFIANT OU MOT DE PASSE INCORRECT ALORS QUE JE L'AI CHANGÉ SUR L'ENT. MON NUMERO {m.n()}. J'AI UN DEVOIR A RENDRE AVANT VENDREDI 23H59 !!!\nMERCI", "student","fr","cannot log in, password rejected",dict(frm=f"{nm} <{ad}>"))
@reg("cannot_login")
def _(m):
    f, l = person(); ad = f"{ascii_(f)}.{ascii_(l)}@{R.choice(['cesi.fr','orange.fr','ac-normandie.fr','groupe-sofinor.com'])}"
    return ("Accès Ecampus vacataire", f"Bonjour,\n\nJe suis intervenant vacataire ({R.choice(['IAE','IUT, département GEA','UFR Droit'])}) depuis septembre. Lors de ma première connexion, Ecampus m'affiche une page « Modifier le profil » qui me demande une adresse de courriel, mais le champ n'est pas modifiable et je ne peux pas aller plus loin.\nMon identifiant : {ascii_(l)[:7]}{R.randint(1,9)}\nNavigateur : Firefox 128.0.3 / Windows 11\n\nCordialement,\n{f} {l}\nConsultant formateur\n{mob()}", "unknown","fr","vacataire stuck on profile page (no email) at first login",dict(frm=f"{f} {l} <{ad}>"))
@reg("cannot_login")
def _(m):
    nm, ad, f, l = student_addr(m)
    return ("ecampus", f"slt jarrive pa a me co sur ecampus sa tourne dans le vide puis page blanche. c mon tel (android 14) et le pc de la BU. num etu {m.n()} merci bcp", "student","fr","SMS style: cannot log in",dict(frm=f"{nm} <{ad}>"))

@reg("course_moved_renamed")
def _(m):
    nm, ad, f, l = staff_addr(); s = "hss-yyXXXnnn"
    new = pick("elements", s)
    while not new.startswith("25"): new = pick("elements", s)
    old = "24" + new[2:]
    unk = old not in CODES
    o = m.c(old, unknown=True); nw = m.c(new)
    u, cid = link(m, "course/view.php")
    return (f"Mon cours a disparu dans Archives ?", f"Bonjour,\n\nMon cours de {usual(new)} (ancien code {o}) se retrouve dans la catégorie Archives depuis ce matin, avec tout le contenu de l'an dernier : {u}\nLa scolarité me dit qu'il y a maintenant un code {nw}. Dois-je tout recopier à la main ? J'ai 14 quiz dedans.\n\nMerci de votre aide," + sig_staff(f,l,s,"Maître de conférences en histoire"), "staff","fr","course archived after APOGÉE code change",dict(frm=f"{nm} <{ad}>"))
@reg("course_moved_renamed")
def _(m):
    nm, ad, f, l = staff_addr(); s = R.choice(["iut-DPT-Rsnn","geo-GEO-nnnL","esix-EXnXXXnn"]); e = pick("elements", s)
    return (f"Cours renommé ??", f"Bonjour\nLe cours {m.c(e)} a changé de nom et de catégorie sans que je ne fasse rien, il s'appelle maintenant « ({m.c(e, dmg=False)}) {R.choice(['Copie de','ARCHIVE -','[2024-2025]'])} {LABELS[e][:25]} ». Est-ce normal ?\n{f}", "staff","fr","course renamed/moved without action",dict(frm=f"{nm} <{ad}>"))
@reg("course_moved_renamed")
def _(m):
    nm, ad, f, l = staff_addr(); s="faq-dotted-M."; e = pick("elements", s)
    return (f"Course moved to archive", f"Dear CEMU team,\n\nI teach the seminar {m.c(e)} in the sociology master. Since Monday the course page is listed under \"Archives 2024-2025\" and my students lost access. Nobody told me the code changed. Could you restore it?\n\nBest regards,\n{f} {l}\nVisiting professor, office {office()}", "staff","en","English: course moved to Archives",dict(frm=f"{nm} <{ad}>"))

@reg("course_missing")
def _(m):
    nm, ad, f, l = staff_addr(); s = R.choice(["psycho-nPSnLnn","sante-PHAnUnn","arts-AMnQnL"]); e = pick("elements", s)
    return (f"Cours inexistant sur Ecampus - {m.c(e)}", f"Bonjour,\n\nJe ne trouve pas l'espace du cours de {usual(e)} sur Ecampus, ni en recherchant le code ni par le titre. Les autres cours du semestre existent.\nLes étudiants commencent le {R.randint(2,28)}/{R.choice(['10','01','02'])} en salle {room()}.\n" + sig_staff(f,l,s,"Enseignant"), "staff","fr","course space does not exist",dict(frm=f"{nm} <{ad}>"))
@reg("course_missing")
def _(m):
    nm, ad, f, l = staff_addr(); s = "droit-DJn-XXXn"; a, b = pick("elements", s), pick("elements", s)
    bad = "DJ" + a[2] + "-" + R.choice(["CNS","PNL","DAD"]) + a[-1]
    return ("cours introuvables", f"Bonjour,\nje cherche mes deux cours de ce semestre pour y déposer les plans :\n- {m.c(a)} {usual(a)}\n- {m.c(bad, dmg=False, unknown=True)} (code donné par le secrétariat)\nle premier est là mais pas le second. Merci\n{f} {l}", "staff","fr","course not found, one code mistyped/unknown",dict(frm=f"{nm} <{ad}>"))
@reg("course_missing")
def _(m):
    nm, ad, f, l = staff_addr(); s = "faq-XXXX-nn"; a = pick("elements", s)
    t = f"Bonjour,\nL'enseignante de l'EC {m.c(a)} ne trouve pas son espace de cours. Pouvez-vous vérifier ?\nMerci"
    return ("TR: espace de cours manquant", "Je vous transfère, merci." + sig_staff(f,l,s) + fwd(f"{R.choice(FN)} {R.choice(LN)} <{ascii_(R.choice(FN))}.{ascii_(R.choice(LN))}@unicaen.fr>", t), "staff","fr","forward: course space missing",dict(frm=f"{nm} <{ad}>"))

@reg("course_not_on_dashboard")
def _(m):
    nm, ad, f, l = student_addr(m); s = R.choice(["sciences-Sn.XXXnn","iut-DPT-Rsnn","psycho-nPSnLnn"]); e = pick("elements", s)
    return ("Cours pas sur mon tableau de bord", f"Bonjour,\n\nje suis en {R.choice(['première année','L1','deuxième année'])} et le cours de {usual(e)} ({m.c(e)}) n'apparaît pas dans mon tableau de bord alors que mes camarades l'ont. Je l'ai trouvé par la recherche mais il n'est pas dans « Vue d'ensemble des cours ».\nMerci d'avance{sig_student(f,l)}", "student","fr","course absent from the dashboard",dict(frm=f"{nm} <{ad}>"))
@reg("course_not_on_dashboard")
def _(m):
    nm, ad, f, l = student_addr(m)
    return ("dashboard empty", f"Hi, I'm an exchange student (from Universidad de Salamanca). My dashboard on ecampus shows no courses at all, only \"Aucun cours\". Student ID {m.n()}. My learning agreement has 5 courses incl. {m.c(pick('elements','faq-letters+digits'))}.\nThank you\n{f}", "student","en","English: dashboard shows no course",dict(frm=f"{nm} <{ad}>"))
@reg("course_not_on_dashboard")
def _(m):
    nm, ad, f, l = staff_addr(); s = "esix-EXnXXXnn"; e = pick("elements", s); u, cid = link(m, "course/view.php")
    return ("Cours absent du tableau de bord", f"Bonjour,\nMon cours ({usual(e)}) n'apparaît plus dans mon tableau de bord depuis la rentrée, alors que j'y accède par le lien direct : {u}\nJ'ai essayé les filtres « Tous » / « En cours », rien.\n{f} {l}\nESIX – {tel()}", "staff","fr","teacher: course not on dashboard (link given)",dict(frm=f"{nm} <{ad}>"))

@reg("students_cannot_see_course")
def _(m):
    nm, ad, f, l = staff_addr(); s = R.choice(["iae-MGnXXXnn","inspe-MEEFn-nn","sciences-Sn.XXXnn"]); e = pick("elements", s)
    return (f"Etudiants ne voient pas mon cours {m.c(e)}", f"Bonjour,\n\nMes étudiants me disent qu'ils ne voient pas le cours de {usual(e)} sur Ecampus. Moi je le vois bien (un peu grisé ?). J'ai déposé les documents la semaine dernière.\n\nCordialement" + sig_staff(f,l,s,"Enseignant-chercheur"), "staff","fr","students cannot see course (hidden)",dict(frm=f"{nm} <{ad}>", png=R.random()<.5))
@reg("students_cannot_see_course")
def _(m):
    nm, ad, f, l = staff_addr(); s = "iut-DPT-Rsnn"; e = pick("elements", s); u, cid = link(m, "course/view.php")
    return ("Accès étudiants", f"Bonjour,\n\nLes étudiants du groupe {R.choice(['A','B'])} n'ont pas accès à la ressource {m.c(e)} ({u}). Message : « Ce cours n'est pas accessible aux étudiants ».\nPouvez-vous regarder rapidement, j'ai un TP noté jeudi en {room()} ?\n\n{f} {l}\nIUT Grand Ouest Normandie - Ifs\n{tel()}", "staff","fr","students blocked from course",dict(frm=f"{nm} <{ad}>"))
@reg("students_cannot_see_course")
def _(m):
    nm, ad, f, l = staff_addr(); e = pick("elements", "geo-GEO-nnnL")
    return ("students can't access", f"hello, quick one: students of my GIS class ({m.c(e)}) can't open the course, I can. Is something hidden on your side? thx {f}", "staff","en","English: students cannot access course",dict(frm=f"{nm} <{ad}>"))

@reg("not_enrolled")
def _(m):
    nm, ad, f, l = staff_addr(); s = R.choice(["droit-DJn-XXXn","sante-PHAnUnn","psycho-nPSnLnn","hss-yyXXXnnn"])
    e = pick("elements", s); rows = [["N° étudiant","INE","NOM","Prénom"]]
    for _ in range(R.randint(3,6)):
        p = person(); rows.append([m.n(), ine(), p[1].upper(), p[0]])
    txt = f"Bonjour,\n\nLes étudiants suivants, inscrits pédagogiquement à l'élément {m.c(e)} ({usual(e)}), n'apparaissent pas dans les participants du cours sur Ecampus :\n\n{table_text(rows)}\n\nLeur IP a été saisie le {R.randint(1,28)}/{R.choice(['09','10'])}/2025.\n" + sig_staff(f,l,s)
    ht = "<p>Bonjour,</p><p>Les étudiants suivants, inscrits pédagogiquement à l'élément " + H.escape(m.written[-1]) + f" ({H.escape(usual(e))}), n'apparaissent pas dans les participants du cours sur Ecampus :</p>" + table_html(rows) + "<p>" + to_html(txt.split("\n\n")[-2] + "\n" + txt.split("\n\n",3)[-1]) + "</p>"
    return ("Etudiants non inscrits dans Ecampus", txt, "staff","fr","secretary: table of students missing from course",dict(frm=f"{nm} <{ad}>", html=ht, form=R.choice(["htmlonly","alt"])))
@reg("not_enrolled")
def _(m):
    nm, ad, f, l = student_addr(m); s = R.choice(["faq-letters+digits","iut-DPT-Rsnn","arts-AMnQnL"]); es = [pick("elements", s) for _ in range(3)]
    lst = "\n".join(f"- {m.c(x)} : {LABELS[x]}" for x in dict.fromkeys(es))
    return ("pas inscrite dans mes cours", f"Bonjour,\n\nJe ne suis inscrite dans aucun de ces cours sur Ecampus alors que mon contrat pédagogique est validé :\n{lst}\nNuméro étudiant : {m.n()} (carte Léocarte n° {R.randint(100000,999999)})\n\nMerci{sig_student(f,l)}", "student","fr","student not enrolled in listed courses",dict(frm=f"{nm} <{ad}>"))
@reg("not_enrolled")
def _(m):
    nm, ad, f, l = staff_addr(); e = pick("elements", "faq-XXXX-nn"); u, cid = link(m, "user/index.php")
    n1 = m.n()
    return ("[CEMU #%d] Re: étudiant à distance non inscrit" % R.randint(240000, 259999), f"Bonjour,\n\nToujours pas de changement ce matin : l'étudiant {n1} (EAD, télé-enseignement) n'est pas dans la liste {u} du cours {m.c(e)}.\n\nCdt\n{f} {l}" + fwd("CEMU Assistance <cemu.assistance@unicaen.fr>", "Bonjour,\nNous avons transmis à la scolarité, l'inscription devrait remonter la nuit prochaine.\nL'équipe CEMU", "ven. 17 oct. 2025 à 16:12"), "staff","fr","follow-up ticket: distance student still not enrolled",dict(frm=f"{nm} <{ad}>"))
@reg("not_enrolled")
def _(m):
    nm, ad, f, l = student_addr(m, True); e = pick("elements", "iae-MGnXXXnn")
    return ("Ecampus", f"Bonjour je suis en master 1 CCA en alternance et je n'ai pas accès au cours de {usual(e)} code {m.c(e)}, les autres alternants non plus. Le prof dit qu'on doit voir avec vous. Merci", "student","fr","student not enrolled (from numeric address)",dict(frm=f"{nm} <{ad}>"))

@reg("teacher_not_enrolled")
def _(m):
    nm, ad, f, l = staff_addr(); s = R.choice(["inspe-MEEFn-nn","droit-DJn-XXXn","esix-EXnXXXnn"]); e = pick("elements", s)
    return (f"Pas inscrit comme enseignant", f"Bonjour,\n\nJe suis chargé des TD de {usual(e)} ({m.c(e)}) cette année, planifié dans ADE depuis septembre, mais je n'ai pas été inscrit dans l'espace Ecampus, je ne peux donc pas déposer mes supports.\n\nBien cordialement" + sig_staff(f,l,s,"PRAG"), "staff","fr","teacher not enrolled in own course",dict(frm=f"{nm} <{ad}>"))
@reg("teacher_not_enrolled")
def _(m):
    f, l = person(); ad = f"{ascii_(f)}.{ascii_(l)}@{R.choice(['gmail.com','avocats-caen.fr','chu-caen.fr'])}"
    e = pick("elements", R.choice(["droit-DJn-XXXn","sante-PHAnUnn"]))
    return ("accès à mon cours", f"Bonjour,\nJe suis vacataire ({R.choice(['avocat au barreau de Caen','pharmacien hospitalier'])}) et j'interviens dans le cours {m.c(e)} depuis 3 semaines. Je me connecte bien à ecampus mais je ne vois pas ce cours, je ne suis pas inscrit dedans en tant qu'enseignant.\n{f} {l}\n{mob()}", "unknown","fr","vacataire not enrolled as teacher",dict(frm=f"{f} {l} <{ad}>"))
@reg("teacher_not_enrolled")
def _(m):
    nm, ad, f, l = staff_addr(); e1, e2 = pick("elements","sciences-Sn.XXXnn"), pick("elements","sciences-Sn.XXXnn")
    return ("Re: inscription enseignant", f"I am teaching {m.c(e1)} and {m.c(e2)} this semester but I'm not enrolled as a teacher in either Ecampus course. The department secretary said the ADE schedule is fine.\n\n{f} {l}\nLMNO – Laboratoire de Mathématiques Nicolas Oresme\noffice {office()}", "staff","en","English: teacher not enrolled in two courses",dict(frm=f"{nm} <{ad}>"))

@reg("wrong_group")
def _(m):
    nm, ad, f, l = student_addr(m); s = "droit-DJn-XXXn"; e = pick("elements", s); gs = grp_of(e, s)
    g1, g2 = gs[0], gs[2]; sh1 = R.choice([f"TD{g1[-1]}", f"TD {g1[-1]}", f"groupe {g1[-1]}"]); sh2 = f"TD{g2[-1]}"
    return ("mauvais groupe de TD", f"Bonjour,\nen {usual(e)} ({m.c(e)}) je suis dans le {m.g(g1, sh1)} sur Ecampus alors que sur mon emploi du temps je suis en {m.g(g2, sh2)}. Du coup je ne vois pas les annonces de ma chargée de TD.\nN° étudiant {m.n()}\n{f}", "student","fr","student in wrong TD group",dict(frm=f"{nm} <{ad}>"))
@reg("wrong_group")
def _(m):
    nm, ad, f, l = staff_addr(); s = "iut-DPT-Rsnn"; dp = R.choice(["INF","GEA","MMI"]); n = R.choice([1,2]); ga, gb = f"{dp}{n}-TPA1", f"{dp}{n}-TPB2"
    rows = [["Nom","Prénom","N° étudiant","Groupe Ecampus","Groupe attendu"]]
    for _ in range(3):
        p = person(); rows.append([p[1].upper(), p[0], m.n(), m.g(ga, R.choice(["TP A1","TPA1"])), m.g(gb, R.choice(["TP B2","TPB2"]))])
    an = ["première","deuxième"][n-1]
    txt = f"Bonjour,\n\nEn BUT {dp} {an} année, plusieurs étudiants sont affectés au mauvais groupe de TP sur Ecampus :\n\n{table_text(rows)}\n\nDans Apogée ils sont bien en B2.\n" + sig_staff(f,l,s,"Secrétariat pédagogique")
    ht = f"<p>Bonjour,</p><p>En BUT {dp} {an} année, plusieurs étudiants sont affectés au mauvais groupe de TP sur Ecampus :</p>{table_html(rows)}<p>Dans Apogée ils sont bien en B2.</p><p>{to_html(sig_staff(f,l,s,'Secrétariat pédagogique'))}</p>"
    return ("Groupes TP erronés", txt, "staff","fr","secretary: table of students in wrong TP group",dict(frm=f"{nm} <{ad}>", html=ht, form="htmlonly"))
@reg("wrong_group")
def _(m):
    nm, ad, f, l = student_addr(m); s="inspe-MEEFn-nn"; e = pick("elements", s)
    g = e.replace("-","") + "EAD"; g0 = e.replace("-","") + "CA"
    return ("groupe à distance", f"Bonjour,\nJe suis en MEEF {['première','deuxième'][int(e[4])-1]} année à distance mais dans le cours de {usual(e)} ({m.c(e)}) je suis dans le {m.g(g0,'groupe de Caen')} et pas dans le {m.g(g,'groupe EAD')}. Je ne reçois donc pas les visios.\nMon numéro : {m.n()}\nCordialement{sig_student(f,l)}", "student","fr","distance student in presential group",dict(frm=f"{nm} <{ad}>"))

@reg("participants_block_missing")
def _(m):
    nm, ad, f, l = staff_addr(); u, cid = link(m, "course/view.php")
    return ("bloc participants", f"Bonjour,\nLe bloc « Participants » a disparu de la colonne de droite de mon cours ({u}). Comment je fais pour voir la liste des inscrits maintenant ?\nMerci\n{f} {l}", "staff","fr","participants block gone",dict(frm=f"{nm} <{ad}>"))
@reg("participants_block_missing")
def _(m):
    nm, ad, f, l = staff_addr(); e = pick("elements", R.choice(["arts-AMnQnL","hss-yyXXXnnn"]))
    return ("Où est passée la liste des participants ?", f"Bonjour,\n\nDepuis la mise à jour je ne trouve plus le lien Participants dans le cours {m.c(e)}. Avant il y avait un bloc à droite. Je suis sous Safari 17.4 sur Mac.\n\nBien cordialement,\n{f} {l}\nBureau {office()} – poste {tel()[-5:]}", "staff","fr","participants link not found",dict(frm=f"{nm} <{ad}>"))
@reg("participants_block_missing")
def _(m):
    nm, ad, f, l = student_addr(m)
    return ("participants?", f"hi, as a class rep I used to see the participants list on the right of the course page, it's gone. where is it now? {f}", "student","en","English: participants block missing",dict(frm=f"{nm} <{ad}>"))

@reg("cas_unknown_destination")
def _(m):
    nm, ad, f, l = student_addr(m); n = m.n()
    return ("message bizarre connexion", f"Bonjour,\nQuand je me connecte j'ai « Connexion réussie, Bienvenue {n}… CAS ne connaît pas votre destination finale ni comment vous y rediriger ». Je passe par Google en tapant ecampus unicaen. Je reste bloqué sur https://cas.unicaen.fr/login\nMerci{sig_student(f,l)}", "student","fr","CAS unknown destination",dict(frm=f"{nm} <{ad}>", png=True))
@reg("cas_unknown_destination")
def _(m):
    nm, ad, f, l = staff_addr()
    return ("CAS : destination finale inconnue", f"Bonjour,\nDepuis mon favori, après authentification je tombe sur une page CAS qui dit qu'elle ne connaît pas ma destination finale. Le favori pointe vers https://cas.unicaen.fr/login?service= (vide). Comment accéder à Ecampus ?\n{f} {l}, {tel()}", "staff","fr","CAS unknown destination from bookmark",dict(frm=f"{nm} <{ad}>"))
@reg("cas_unknown_destination")
def _(m):
    nm, ad, f, l = student_addr(m)
    return ("login loop CAS", f"Hello, after login the page says \"Connexion réussie\" and that CAS does not know my final destination. I'm stuck there, can't reach ecampus. Using Chrome 131 on Windows. Thanks, {f}", "student","en","English: CAS unknown destination",dict(frm=f"{nm} <{ad}>"))

@reg("database_error")
def _(m):
    nm, ad, f, l = student_addr(m)
    return ("Ecampus en panne ?", f"Bonjour, ce dimanche vers 10h ecampus affiche « Error: Database connection failed ». C'est normal ? j'ai un QCM à faire avant midi\n{f}", "student","fr","database connection failed on Sunday morning",dict(frm=f"{nm} <{ad}>"))
@reg("database_error")
def _(m):
    nm, ad, f, l = staff_addr(); u, cid = link(m)
    return ("Erreur de lecture de la base de données", f"Bonjour,\n\nEn ouvrant {u} j'obtiens « Erreur de lecture de la base de données », plusieurs fois ce matin (9h12, 9h40). Mes collègues aussi.\nRéf. incident DSI : INC{R.randint(100000,999999)}\n" + sig_staff(f,l,sc(),"Responsable pédagogique"), "staff","fr","database read error on course page",dict(frm=f"{nm} <{ad}>"))
@reg("database_error")
def _(m):
    nm, ad, f, l = student_addr(m)
    return ("site down", f"ecampus is down?? \"Database connection failed - It is possible that the database is overloaded\". exam tomorrow!!", "student","en","English: database error",dict(frm=f"{nm} <{ad}>"))

@reg("too_many_teachers")
def _(m):
    nm, ad, f, l = staff_addr(); s = R.choice(["sciences-Sn.XXXnn","psycho-nPSnLnn","faq-dotted-M."]); e = pick("elements", s); u, cid = link(m, "user/index.php")
    return (f"Trop d'enseignants dans {m.c(e)}", f"Bonjour,\n\nDans le cours de {usual(e)} il y a 23 enseignants inscrits ({u}), dont la plupart n'interviennent pas dans cette UE. Ils reçoivent toutes les notifications des devoirs. Peut-on les retirer ?\n" + sig_staff(f,l,s,"Responsable de l'UE"), "staff","fr","too many teachers enrolled",dict(frm=f"{nm} <{ad}>"))
@reg("too_many_teachers")
def _(m):
    nm, ad, f, l = staff_addr(); e = pick("elements","iae-MGnXXXnn")
    return ("enseignants en trop", f"Bonjour\nToute l'équipe du master est inscrite comme enseignant dans mon cours de {usual(e)} ({m.c(e)}), je n'ai pas demandé ça. Je ne peux pas les désinscrire (inscription « Base de données externe »).\n{f}", "staff","fr","teachers added via database",dict(frm=f"{nm} <{ad}>"))
@reg("too_many_teachers")
def _(m):
    nm, ad, f, l = staff_addr(); e = pick("elements","sante-PHAnUnn")
    return ("Enseignants inscrits à tort", f"Bonjour,\nJe suis inscrit comme enseignant dans le cours {m.c(e)} alors que je n'y enseigne plus depuis 2023, et une dizaine de collègues aussi. Merci de faire le ménage.\n{f} {l}", "staff","fr","former teachers still enrolled",dict(frm=f"{nm} <{ad}>"))

@reg("cohort_question")
def _(m):
    nm, ad, f, l = staff_addr(); s = R.choice(["droit-DJn-XXXn","sciences-Sn.XXXnn","hss-yyXXXnnn"]); e = pick("etapes", s)
    v = m.c(e) + (R.choice(["-101","/101"," (vers. 101)"]) if R.random()<.4 else "")
    return ("Cohorte", f"Bonjour,\n\nJe voudrais inscrire tous les étudiants de {v} dans l'espace complémentaire « Méthodologie du travail universitaire ». Puis-je utiliser la synchronisation de cohortes ? Comment trouver la bonne cohorte ?\n\nMerci" + sig_staff(f,l,s,"Directeur des études"), "staff","fr","cohort sync for a whole étape",dict(frm=f"{nm} <{ad}>"))
@reg("cohort_question")
def _(m):
    nm, ad, f, l = staff_addr(); e = pick("etapes","iae-MGnXXXnn")
    return ("cohort not updated", f"Hello,\nI added the cohort for {m.c(e)} to my course last month, but 4 students registered since are not in it. How often is the cohort updated?\nRegards,\n{f} {l}", "staff","en","English: cohort not updated",dict(frm=f"{nm} <{ad}>"))
@reg("cohort_question")
def _(m):
    nm, ad, f, l = staff_addr(); e = pick("etapes", R.choice(["sante-PHAnUnn","iut-DPT-Rsnn"]))
    return ("Retirer synchro cohorte ?", f"Bonjour,\nL'an dernier on avait ajouté une synchronisation de cohorte ({m.c(e)}) en dépannage. Faut-il la retirer maintenant que les inscriptions automatiques fonctionnent ? Des anciens étudiants apparaissent encore.\n{f} {l}", "staff","fr","should we remove old cohort sync",dict(frm=f"{nm} <{ad}>"))

@reg("wrong_group")
def _(m):
    nm, ad, f, l = staff_addr(); s = "psycho-nPSnLnn"; lv = R.choice([1,2,3]); e = pick("elements", s)
    while not e.startswith(str(lv)): e = pick("elements", s)
    gs = grp_of(e[1:], s); gs = [g for g in SCHEMES[s]["groups"] if g.startswith("PS"+e[3:]+e[0])]
    an = ["première","deuxième","troisième"][lv-1]
    return ("Répartition TD psycho", f"Bonjour,\n\nEn {an} année de licence de psychologie, pour l'UE de {usual(e)}, les étudiants suivants sont sur Ecampus dans le {m.g(gs[0],'TD1')} au lieu du {m.g(gs[1],'TD2')} :\n- {R.choice(LN).upper()} {R.choice(FN)} – {m.n()}\n- {R.choice(LN).upper()} {R.choice(FN)} – {m.n()}\n- {R.choice(LN).upper()} {R.choice(FN)} – {m.n()}\nLes affectations ont été modifiées dans Apogée le 06/10.\n" + sig_staff(f,l,s), "staff","fr","secretary: list of students in wrong TD (year in words, title only)",dict(frm=f"{nm} <{ad}>"))
@reg("wrong_group")
def _(m):
    nm, ad, f, l = student_addr(m); s = "iae-MGnXXXnn"; e = pick("elements", s); lv = e[2]; ab = e[3:6]
    return ("groupe alternance", f"bonjour je suis alternante en M{lv} mais sur ecampus en {usual(e)} je suis dans le {m.g(f'MG{lv}{ab}-A','groupe A')} des initiaux, pas dans le {m.g(f'MG{lv}{ab}-ALT', R.choice(['groupe ALT','groupe des alternants', f'MG{lv}{ab}-AL']))}. du coup les dates de rendu sont pas les bonnes. merci {f}", "student","fr","apprentice in wrong group (no code, title only)",dict(frm=f"{nm} <{ad}>"))
@reg("not_enrolled")
def _(m):
    nm, ad, f, l = staff_addr(); s = "sante-PHAnUnn"; e = pick("elements", s); g = e + "P2"
    n0 = m.n()
    inner = f"Bonjour Madame,\nJe ne suis pas dans le cours de {usual(e)} ({m.c(e)}) sur ecampus, ni dans le {m.g(g, 'TP 2')}. Je suis en {['première','deuxième','troisième','quatrième','cinquième'][int(e[3])-1]} année de pharma, n° {n0}.\nMerci"
    return ("TR: inscription Ecampus pharmacie", "Bonjour,\nPouvez-vous regarder ? L'IP est faite jusqu'au groupe.\nBien cordialement" + sig_staff(f,l,s) + fwd(f"{R.choice(FN)} {R.choice(LN)} <{n0}@etu.unicaen.fr>", inner, "mer. 8 oct. 2025 à 18:20"), "staff","fr","forwarded student mail: not enrolled in course/group",dict(frm=f"{nm} <{ad}>"))
@reg("course_missing")
def _(m):
    nm, ad, f, l = staff_addr(); s = "inspe-MEEFn-nn"; a = pick("elements", s)
    rows = [["Code","Intitulé","Site","Ecampus ?"], [m.c(a), usual(a), "Saint-Lô", "NON"], [m.c(pick('elements', s)), "idem", "Caen", "oui"]]
    txt = f"Bonjour,\n\nVoici l'état des espaces pour le parcours PE :\n\n{table_text(rows)}\n\nLe premier n'existe pas sur Ecampus.\n" + sig_staff(f,l,s,"Coordinatrice MEEF")
    ht = f"<p>Bonjour,</p><p>Voici l'état des espaces pour le parcours PE :</p>{table_html(rows)}<p>Le premier n'existe pas sur Ecampus.</p>{to_html(sig_staff(f,l,s,'Coordinatrice MEEF'))}"
    return ("Espace de cours manquant MEEF", txt, "staff","fr","HTML table: course space missing",dict(frm=f"{nm} <{ad}>", html=ht, form="alt"))
@reg("students_cannot_see_course")
def _(m):
    nm, ad, f, l = staff_addr(); s = "arts-AMnQnL"; e = pick("elements", s); u, cid = link(m, "course/edit.php")
    return ("RE: cours invisible", f"Re-bonjour,\nJ'ai bien coché « Afficher » dans {u} comme vous me l'aviez dit, mais les L{R.choice([1,2,3])} musique ne voient toujours pas le cours {m.c(e)}. Une étudiante (n° {m.n()}) m'envoie une capture.\n{f} {l}", "staff","fr","course still invisible after setting visible",dict(frm=f"{nm} <{ad}>", png=True))
@reg("cohort_question")
def _(m):
    nm, ad, f, l = staff_addr(); s = "iut-DPT-Rsnn"; dp = R.choice(["INF","GEA","MMI"])
    a, b = m.c(f"B{dp}1"), m.c(f"B{dp}2")
    return ("cohortes BUT", f"Bonjour,\nPour l'espace « Vie du département {dp} » je voudrais les cohortes des BUT1 et BUT2 ({a}, {b}). Je ne les trouve pas dans la recherche des cohortes, seulement celles de 2024. Sont-elles créées automatiquement ?\n{f} {l}\nChef de département {dp}", "staff","fr","cohorts of two étapes not found",dict(frm=f"{nm} <{ad}>"))
@reg("teacher_not_enrolled")
def _(m):
    nm, ad, f, l = staff_addr(); s = "iut-DPT-Rsnn"; e = pick("elements", s)
    return ("PAS INSCRIT", f"Bonjour,\nNouveau vacataire permanent à l'IUT, je fais la ressource {m.c(e)} ({usual(e)}) au semestre {e[5]} et je n'ai aucun cours dans ecampus. Mon emploi du temps ADE est pourtant rempli (salle {room()}).\nMerci\n{f} {l.upper()}", "staff","fr","teacher not enrolled, resource code",dict(frm=f"{nm} <{ad}>"))
@reg("course_not_on_dashboard")
def _(m):
    nm, ad, f, l = student_addr(m)
    return ("cours disparus", f"bjr tout mes cours ont disparu de mon tableau de bord depuis ce matin je suis en 2e année de géo, jai rien changé. n° {m.n()}", "student","fr","SMS style: courses vanished from dashboard",dict(frm=f"{nm} <{ad}>"))
@reg("too_many_teachers")
def _(m):
    nm, ad, f, l = staff_addr(); e = pick("elements","iut-DPT-Rsnn"); u, cid = link(m, "enrol/users.php")
    return ("Liste enseignants", f"Bonjour, sur {u} ({m.c(e)}) je vois 12 collègues GEA comme enseignants, ils ne font pas cette ressource. C'est dû à ADE ?\n{f} {l}", "staff","fr","too many teachers via ADE",dict(frm=f"{nm} <{ad}>"))
@reg("database_error")
def _(m):
    nm, ad, f, l = staff_addr(); e = pick("elements", sc())
    return ("Ecampus indisponible", f"Bonjour,\nImpossible d'ouvrir le devoir du cours {m.c(e)} : page « Erreur de lecture de la base de données » puis site indisponible. Mes étudiants ont un rendu à 18h, pouvez-vous prolonger ou me dire quand ça revient ?\n" + sig_staff(f,l,sc(),"MCF"), "staff","fr","database error during assignment deadline",dict(frm=f"{nm} <{ad}>"))
@reg("cannot_login")
def _(m):
    nm, ad, f, l = student_addr(m)
    return ("can't log in", f"Dear support,\nI am an Erasmus student from Politecnico di Milano. I received my login from the International Office but Ecampus says \"Invalid login, please try again\". My student number is {m.n()}, INE {ine()}.\nKind regards,\n{f} {l}", "student","en","Erasmus student cannot log in",dict(frm=f"{nm} <{ad}>"))
@reg("course_moved_renamed")
def _(m):
    nm, ad, f, l = staff_addr(); s = "sciences-Sn.XXXnn"; e = pick("elements", s); u, cid = link(m, "course/view.php")
    return ("cours déplacé dans Archives", f"Bonjour\nMon cours de {usual(e)} ({m.c(e)}) est passé dans « Archives » cette nuit, l'URL {u} marche encore mais les étudiants n'y sont plus. On m'a parlé d'une relation porteur/porté ?\n{f} {l}", "staff","fr","course archived (porteur/porté?)",dict(frm=f"{nm} <{ad}>"))
@reg("participants_block_missing")
def _(m):
    nm, ad, f, l = staff_addr(); e = pick("elements","faq-letters+digits")
    return ("RE: bloc participants", f"Merci mais je ne vois toujours pas le menu à gauche dans {m.c(e)}, il n'y a pas de bouton Participants.\n{f}" + fwd("CEMU <cemu.assistance@unicaen.fr>", "Bonjour, le bloc Participants a été remplacé par un lien dans le menu contextuel (bouton hamburger en haut à gauche).", "jeu. 2 oct. 2025 à 10:05"), "staff","fr","reply: still no participants link",dict(frm=f"{nm} <{ad}>"))
@reg("wrong_name")
def _(m):
    nm, ad, f, l = student_addr(m)
    return ("nom", f"bonjour mon nom de famille est écrit sans accent et avec une faute sur ecampus ({l.upper().replace('É','E')}E au lieu de {l}), idem sur le certificat. num étudiant {m.n()} tel {mob()} merci", "student","fr","misspelt surname",dict(frm=f"{nm} <{ad}>"))
@reg("cas_unknown_destination")
def _(m):
    nm, ad, f, l = staff_addr()
    return ("TR: problème connexion étudiants", f"Bonjour, plusieurs étudiants de L1 me transmettent ce message, voir ci-dessous.\n{f} {l}" + fwd(f"{R.choice(FN)} <{m.n()}@etu.unicaen.fr>", "Madame, quand je me connecte on me dit que le CAS ne connaît pas ma destination finale, je peux pas aller sur ecampus pour le TD."), "staff","fr","forward: CAS unknown destination",dict(frm=f"{nm} <{ad}>"))
