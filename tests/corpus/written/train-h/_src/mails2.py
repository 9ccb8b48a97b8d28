from lib import *
R = random.Random(777)
CEMU = "cemu.assistance@unicaen.fr"

# 021 forwarded thread: teacher forwards student complaint; not_enrolled
begin("021-fwd-prof-etudiante-absente.eml")
b = f"""Bonjour,
Je vous transfère le message d'une étudiante qui n'a pas accès à mon cours. Pouvez-vous voir ?
Merci, A. Pichon

---------- Message transféré ---------
De : Manon Lefrançois <manon.lefrancois@etu.unicaen.fr>
Date: lun. 13 oct. 2025 à 08:47
Subject: Accès cours psychologie sociale
To: Anne Pichon <anne.pichon@unicaen.fr>

Bonjour Madame,
Je n'ai toujours pas accès au cours « ({C('HPSY305')}) Psychologie sociale 2 » sur Ecampus, je ne suis pas dans les participants. Je suis bien inscrite en L3 psycho ({C('L3PSY','L3PSY 101')}?). Mon numéro étudiant est {N('23004126')}, INE 0602034871B.
Bonne journée,
Manon
"""
mail("Anne Pichon <anne.pichon@unicaen.fr>", CEMU, "TR: Accès cours psychologie sociale", b, date=datetime.datetime(2025,10,13,11,2,0,tzinfo=PARIS), symptom="not_enrolled", role="staff", note="teacher forwards a student's message: not enrolled in HPSY305")

# 022 ticket reply, SMS style student
begin("022-ticket-reponse-sms.eml")
b = f"""tjrs pas acces au cours de stats ({C('HSOC204','hsoc204')}) jai fait ce que vous avez dit deco reco et vider le cache mais rien
mon num {N('24012958')}

Le mar. 21 oct. 2025 à 14:12, CEMU Assistance <cemu.assistance@unicaen.fr> a écrit :
> Bonjour,
> Pouvez-vous nous indiquer votre numéro étudiant et le code du cours ?
> Cordialement,
> L'équipe CEMU
"""
mail("Yanis B <yanis.bdn14@hotmail.fr>", CEMU, "Re: [CEMU #48377] pas acces cours", b, date=datetime.datetime(2025,10,22,23,14,0,tzinfo=PARIS), symptom="not_enrolled", role="student", note="student follow-up: still not in HSOC204")

# 023 all caps student, dashboard
begin("023-etu-majuscules-tableau-bord.eml")
b = f"""BONJOUR JE NE VOIS AUCUN COURS SUR MON TABLEAU DE BORD DEPUIS LA RENTREE DE JANVIER, SEULEMENT CEUX DU PREMIER SEMESTRE. JE SUIS EN L1 STAPS. MON NUMERO {N('25003317')}
MERCI DE ME REPONDRE RAPIDEMENT
"""
mail("KEVIN DESLANDES <kevin.deslandes50@orange.fr>", CEMU, "AUCUN COURS", b, date=rdate(R,[(2026,1)]), charset="iso-8859-1", cte="8bit", symptom="course_not_on_dashboard", role="student", note="all caps: no S2 course on dashboard")

# 024 M2 terse
begin("024-etu-m2-laconique.eml")
b = f"""Bonjour,
Pas inscrite dans {C('M.2ENV4C','M.2ENV4')} (droit env. approfondi). N° {N('21003386')}.
Merci.
C. Renaud, M2 Droit de l'environnement
"""
mail("Chloé Renaud <chloe.renaud@etu.unicaen.fr>", CEMU, "inscription cours M2", b, date=rdate(R), symptom="not_enrolled", role="student", note="M2 terse: not enrolled, code truncated (final letter missing)")

# 025 INSPE teacher, multiple codes, students cannot see
begin("025-inspe-formateur-cours-caches.eml")
b = f"""Bonjour,

Les étudiants du M1 MEEF 1er degré (site de Caen) ne voient aucun de mes trois espaces :
• ({C('2PE117')}) Didactique des mathématiques
• ({C('2PE118','2PE 118')}) Didactique des mathématiques - approfondissement
• ({C('1PE104','1pe104')}) Français : maîtrise de la langue

Je les vois tous les trois dans mon tableau de bord, grisés. J'ai pourtant l'impression d'avoir tout paramétré.

Cordialement,
Hervé Lamotte
Formateur INSPE Normandie Caen - 186 rue de la Délivrande, 14000 Caen
Tél. 02 31 46 70 12 - Bureau 1.24
"""
mail("Hervé Lamotte <herve.lamotte@unicaen.fr>", CEMU, "Cours invisibles pour les M1 MEEF", b, date=rdate(R,[(2025,9)]), form="alt", symptom="students_cannot_see_course", role="staff", note="INSPE trainer: students do not see 3 greyed (hidden) courses")

# 026 delivery failure
begin("026-auto-echec-remise.eml")
b = """This is the mail system at host smtp.unicaen.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<t.marie.l3@unicaen.fr>: host mx.unicaen.fr[193.55.120.40] said: 550 5.1.1
    <t.marie.l3@unicaen.fr>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)

Reporting-MTA: dns; smtp.unicaen.fr
Arrival-Date: Tue, 14 Oct 2025 10:12:03 +0200 (CEST)
"""
mail("MAILER-DAEMON@unicaen.fr (Mail Delivery System)", CEMU, "Undelivered Mail Returned to Sender", b, date=rdate(R,[(2025,10)]), lang="en", symptom="other", role="unknown", auto=True, note="bounce: user unknown", extra_headers={"Auto-Submitted":"auto-replied"})

# 027 teacher not enrolled, sciences, ADE; group short names
begin("027-prof-sciences-pas-enseignant-td.eml")
b = f"""Bonjour,

Je fais les TD de mathématiques en L1 cette année (Algèbre linéaire 1, code {C('MAT1-B04','MAT1-BO4')}), mais je n'apparais pas comme enseignante dans le cours Ecampus, donc je ne peux pas déposer mes feuilles d'exercices. Mes collègues qui font le CM y sont.

Cordialement,
Aurélie Mesnil
ATER, Laboratoire de Mathématiques Nicolas Oresme (LMNO), bureau S3-224
"""
mail("Aurélie Mesnil <aurelie.mesnil@unicaen.fr>", CEMU, "Pas inscrite comme enseignante", b, date=rdate(R,[(2025,9),(2025,10)]), symptom="teacher_not_enrolled", role="staff", note="ATER not enrolled as teacher in MAT1-B04 (O for 0)")

# 028 spam
begin("028-spam-phishing.eml")
b = """Cher utilisateur,

Votre quota de messagerie a atteint 98%. Pour éviter la suspension de votre compte, veuillez valider vos identifiants sous 24h : http://unicaen-webmail-verif.weebly.com/login

Service informatique
"""
mail("Service Informatique <admin@mail-quota-service.com>", CEMU, "Alerte : votre boîte aux lettres est pleine", b, date=rdate(R), symptom="other", role="unknown", note="phishing spam")

# 029 wrong group, IUT student, group short name with course
begin("029-etu-iut-mauvais-groupe-tp.eml")
b = f"""Bonjour,

Je suis en BUT GEA 1ère année, normalement en {G('GEA1-TP1B','TP 1B')} mais sur Ecampus dans le cours de compta ({C('GEAR105','GEAR1O5')}) je suis dans le {G('GEA1-TP2A','TP2A')}, du coup je n'ai pas accès aux dépôts de mon groupe.

Merci
Jade Poulain - {N('25020418')}
"""
mail("Jade Poulain <jade.poulain@etu.unicaen.fr>", CEMU, "Mauvais groupe de TP sur Ecampus", b, date=rdate(R,[(2025,9),(2025,10)]), symptom="wrong_group", role="student", note="BUT GEA student in wrong TP group in GEAR105")

# 030 database error english
begin("030-erasmus-db-error-en.eml")
b = """Hi,
when I try to open Ecampus I get "Erreur de lecture de la base de données" and nothing else. It has been like this for 20 min. Is the website down?
Thanks
Jonas Becker (exchange student, Universität Bonn)
"""
mail("Jonas Becker <jbecker@uni-bonn.de>", CEMU, "Ecampus down?", b, date=rdate(R), lang="en", symptom="database_error", role="student", note="Erasmus sees 'Erreur de lecture de la base de données'")

# 031 composante admin: big table of courses without teachers (teacher_not_enrolled for several)
begin("031-admin-iae-tableau-enseignants.eml")
rows = [("IFI.205","Finance d'entreprise","M. Girard", "IFI.205"), ("IRH.402","GRH internationale","Mme Tessier","irh.402"), ("ICG.101","Contrôle de gestion","Mme Tessier","ICG101"), ("IMK.305","Etudes de marché","M. Olivier","IMK.305")]
lines = "\n".join(f"| {C(c,w)} | {t} | {p} |" for c,t,p,w in rows)
b = f"""Bonjour,

Plusieurs enseignants titulaires de l'IAE ne sont pas inscrits dans les espaces Ecampus des modules qu'ils assurent, alors que leurs enseignements sont planifiés dans ADE :

| Code | Intitulé | Enseignant |
{lines}

Ils doivent déposer leurs supports avant les vacances. Pourriez-vous vérifier ?

Bien cordialement,
Delphine Marie
Responsable de la scolarité - IAE Caen
Tél. 02 31 56 65 00
"""
mail("Delphine Marie <delphine.marie@unicaen.fr>", CEMU, "Enseignants non inscrits dans leurs cours - IAE", b, date=rdate(R,[(2025,10)]), form="html", symptom="teacher_not_enrolled", role="staff", note="IAE admin: table of 4 modules where teachers are not enrolled")

# 032 course_missing teacher, unknown code typo
begin("032-prof-cours-inexistant-typo.eml")
b = f"""Bonjour,
je ne trouve pas d'espace Ecampus pour mon nouvel EC de Licence 2 « Chimie organique 2 », code Apogée {C('CHI2-A14', unknown=True)} d'après ma scolarité. En tapant le code dans la recherche de cours : aucun résultat.
Est-ce normal ?
Mathieu Guérin
"""
mail("Mathieu Guérin <mathieu.guerin@unicaen.fr>", CEMU, "espace de cours inexistant", b, date=rdate(R,[(2025,9)]), symptom="course_missing", role="staff", note="teacher cannot find course space for a new EC; code unknown in Apogée (not modelled / wrong)")

# 033 cohort sync question from teacher (not_enrolled? -> cohort_question)
begin("033-prof-synchro-cohorte.eml")
b = f"""Bonjour,

Pour dépanner en attendant les IP, est-ce que je peux ajouter la synchronisation de cohorte de la L2 Bio ({C('L2BIO','L2BIO-101')}) dans mon cours {C('BIO2-A05')} ? Et si oui, est-ce que je devrai la retirer ensuite ?

Merci,
Sylvie Baron
"""
mail("Sylvie Baron <sylvie.baron@unicaen.fr>", CEMU, "synchronisation cohorte", b, date=rdate(R,[(2025,9)]), symptom="cohort_question", role="staff", note="teacher asks whether to add a cohort sync as a stopgap")

# 034 thank-you
begin("034-merci.eml")
b = """Bonjour,

C'est bon, tout fonctionne, les étudiants ont bien accès au cours depuis ce matin. Merci beaucoup pour votre réactivité !

Bonne journée,
Pascal Letellier

Le 03/10/2025 à 16:22, CEMU Assistance a écrit :
> Bonjour,
> Votre cours était caché. Nous l'avons rendu visible.
"""
mail("Pascal Letellier <pascal.letellier@unicaen.fr>", CEMU, "Re: [CEMU #48190] cours invisible pour les étudiants", b, date=datetime.datetime(2025,10,4,8,55,0,tzinfo=PARIS), symptom="other", role="staff", note="thank-you on a solved ticket")

# 035 CAS unknown destination, teacher, google
begin("035-prof-cas-google.eml")
b = """Bonjour,
Quand je tape « ecampus unicaen » dans Google et que je clique sur le premier lien, j'arrive sur cas.unicaen.fr, je m'identifie, puis un message « Connexion réussie ... CAS ne connaît pas votre destination finale ni comment vous y rediriger ». Et je reste là.
Lien du résultat : https://cas.unicaen.fr/login
Cordialement,
B. Levavasseur
"""
mail("Bernard Levavasseur <bernard.levavasseur@unicaen.fr>", CEMU, "Connexion", b, date=rdate(R), symptom="cas_unknown_destination", role="staff", note="teacher arrives on CAS from Google, no redirection")

# 036 wrong name staff (e-mail shown wrong)
begin("036-prof-adresse-mail-fausse.eml")
b = """Bonjour,

Dans Ecampus, mon adresse de courriel affichée est encore mon ancienne adresse de l'université de Rouen (j.cardon@univ-rouen.fr), alors que je suis à Caen depuis le 1er septembre. Mon nom d'usage est également mal orthographié (Cardon au lieu de Cardon-Leroy). Les notifications ne m'arrivent donc pas.

Julie Cardon-Leroy
Maîtresse de conférences en sociologie
MRSH, bureau SH-127 - 02 31 56 62 40
"""
mail("Julie Cardon-Leroy <julie.cardon-leroy@unicaen.fr>", CEMU, "Adresse mail et nom erronés dans Ecampus", b, date=rdate(R,[(2025,9),(2025,10)]), symptom="wrong_name", role="staff", note="teacher: old e-mail and wrong usage name shown")

# 037 exam date question -> other, student
begin("037-etu-date-partiel.eml")
b = f"""Bonjour,
Est-ce que vous savez quand a lieu le partiel de Droit pénal ({C('D2.PEN1','D2 PEN1')}) ? Sur l'ENT ça ne s'affiche pas et le prof n'a rien mis sur Ecampus.
Merci
Lina, L2 droit {N('24006652')}
"""
mail("Lina Chevalier <lina.chevalier@etu.unicaen.fr>", CEMU, "date partiel", b, date=rdate(R,[(2025,11),(2025,12)]), symptom="other", role="student", note="student asks exam date (not an Ecampus problem)")

# 038 teacher too many teachers santé
begin("038-sante-trop-enseignants.eml")
cid = I(50012)
b = f"""Bonjour,

Dans l'espace « ({C('MD2-UE05')}) Physiologie » (id {cid}), je compte 37 personnes avec le rôle Enseignant, dont tous les internes et des enseignants de 3e année. Certains étudiants de DFGSM2 les voient dans la liste des participants et leur écrivent... Pourrions-nous n'avoir que l'équipe pédagogique de l'UE ?

Pr. Isabelle Cauchard
UFR Santé - Département de physiologie
CHU de Caen, Niveau 3, porte 3-112
"""
mail("Isabelle Cauchard <isabelle.cauchard@unicaen.fr>", CEMU, "Trop d'enseignants inscrits - UE Physiologie DFGSM2", b, date=rdate(R,[(2025,10)]), form="alt", charset="windows-1252", symptom="too_many_teachers", role="staff", note="santé: 37 teachers in MD2-UE05, course id given in words")

# 039 course renamed (idnumber / name changed) - teacher from IUT
begin("039-iut-cours-renomme.eml")
b = f"""Bonjour,

Mon cours « ({C('INFOR301')}) Développement web » s'appelle désormais « ({C('INFOR311','INFO R311')}) Développement web avancé » et il a changé de catégorie (il est passé de BUT2 à BUT3 ?). Les étudiants de 2e année ne le trouvent plus. Que s'est-il passé ?

Cordialement,
Romain Lefèvre
Département Informatique, IUT Grand Ouest Normandie (Ifs) - bureau B-207
"""
mail("Romain Lefèvre <romain.lefevre@unicaen.fr>", CEMU, "cours renommé et déplacé", b, date=rdate(R,[(2025,9)]), symptom="course_moved_renamed", role="staff", note="IUT teacher: course renamed/moved to other category")

# 040 participants block missing english
begin("040-en-participants-link.eml")
b = f"""Dear support,

I'm a visiting lecturer at the IAE for the module {C('IMK.310','IMK 310')} (International marketing). Last year I could see a "Participants" box on the right of the course page, now I can't find it anywhere. How can I see the list of my students?

Kind regards,
Dr. Sarah O'Connell
Dublin City University Business School
+353 1 700 5000
"""
mail("Sarah O'Connell <sarah.oconnell@dcu.ie>", CEMU, "Participants list missing", b, date=rdate(R), lang="en", symptom="participants_block_missing", role="unknown", note="visiting lecturer can't find Participants block")

# 041 secretary STAPS long list with damaged codes, not_enrolled for a whole group
begin("041-staps-scol-groupe-entier.eml")
b = f"""Bonjour,

Tout un groupe de TD de L2 STAPS (une trentaine d'étudiants) n'est inscrit dans aucun des cours du S3 :

{C('YST32M','yst32m')} - Sports collectifs : handball
{C('YST31A')} - Biomécanique
{C('YST33C','YST 33C')} - Psychologie du sport
{C('YST34D')} - Anglais

Pour les autres groupes tout va bien. Les IP ont été faites le 15/09. 
Exemple d'étudiants concernés : {N('24005530')}, {N('24005612')}, {N('24009001')}.

Stéphanie Guillou
Scolarité STAPS - Tél 02 31 56 72 90 - poste 7290
"""
mail("Stéphanie Guillou <stephanie.guillou@unicaen.fr>", CEMU, "L2 STAPS - groupe sans inscription cours S3", b, date=rdate(R,[(2025,9),(2025,10)]), symptom="not_enrolled", role="staff", note="STAPS: a whole group not enrolled in 4 S3 courses; group not named")
