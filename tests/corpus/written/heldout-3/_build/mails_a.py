CEMU = ('CEMU Assistance', 'cemu.assistance@unicaen.fr')
CEMU_A = 'cemu.assistance@unicaen.fr'


def G(codes=(), stu=(), cids=(), sym='other', role='student', lang='fr', auto=False, note=''):
    return dict(codes=list(codes), stu=list(stu), cids=list(cids), sym=sym, role=role, lang=lang, auto=auto, note=note)


M = []

# 001 ---------------------------------------------------------------------------
M.append(dict(
    slug='l1-pas-acces-analyse', frm=('Lucie Marchand', 'lucie.marchand14@gmail.com'), to=CEMU_A,
    date='2025-09-18 22:47', subj="URGENT pas accès au cours d'analyse !!",
    hdrs={'X-Mailer': 'iPhone Mail (21G93)'},
    body="""Bonjour,

Je m'excuse de vous déranger, je suis en L1 Maths-Info et je n'ai toujours pas accès au cours de maths sur ecampus alors que les TD ont commencé lundi... Le prof nous a dit d'aller sur le cours "(SMAT104) Analyse 1" mais quand je le cherche ça me dit que je ne peux pas m'inscrire moi-même dans ce cours. Toutes mes copines du groupe y sont.

J'ai fait mon inscription pédagogique le 12/09 à la scolarité (bâtiment S3, bureau S3-045 je crois) et ils m'ont dit que c'était bon.

Mon numéro étudiant : 25 01 37 46

Je suis vraiment stressée parce qu'il y a un QCM noté sur ecampus la semaine prochaine et je ne veux pas avoir 0 :(

Merci beaucoup d'avance,
Lucie Marchand
L1 MI - TD 4

Envoyé de mon iPhone
""",
    g=G([('SMAT104', 'SMAT104')], ['25013746'], sym='not_enrolled',
        note='L1 student, anxious, not enrolled in Analyse 1 although IP done; number in spaced pairs')))

# 002 ---------------------------------------------------------------------------
M.append(dict(
    slug='scol-droit-l1-liste-non-inscrits', frm=('Sandrine Lefebvre', 'sandrine.lefebvre@unicaen.fr'), to=CEMU_A,
    date='2025-09-29 11:32', subj='Étudiants L1 Droit absents des espaces Ecampus (DL1DRT-101)',
    form='html', cs='windows-1252', cte='qp',
    hdrs={'X-Mailer': 'Microsoft Outlook 16.0', 'Thread-Index': 'AdwxB3kQm7Yp2fTsQhGk1lS8xN0vWg==',
          'Content-Language': 'fr'},
    body="""Bonjour,

Plusieurs étudiants de L1 Droit (étape DL1DRT, VET 101) nous signalent qu'ils n'apparaissent pas dans les espaces Ecampus de Droit civil et de Droit constitutionnel du S1 :
- (D1S1-CIV) Introduction au droit civil
- (D1S1¦-CON) Droit constitutionnel – théorie générale

Leurs IP ont été saisies jusqu'au groupe le 22/09 (j'ai revérifié dans Apogée ce matin). Voici la liste :

| N° étudiant | INE | NOM | Prénom | Groupe TD |
| 25104482 | 0907045123K | BENALI | Yasmine | D1S1CIVT03 |
| 25100917 | 1206078934F | GUERIN | Thomas | D1S1CIVT03 |
| 24087731 | 090404567JA | N'DIAYE | Awa | D1S1CIV¦T05 |

Mme N'Diaye est redoublante, elle avait accès l'an dernier.

Pourriez-vous regarder ce qui bloque ? Les chargés de TD commencent à déposer les fiches de la séance 2.

Bien cordialement,

Sandrine Lefebvre
Gestionnaire de scolarité – Licence 1 Droit
UFR Droit, AES et Administration Publique
Bâtiment D – bureau D-112
Esplanade de la Paix – CS 14032 – 14032 Caen Cedex 5
Tél. 02 31 56 54 21 – Fax 02 31 56 54 00
Accueil du public : lundi-jeudi 9h-12h / 13h30-16h
""",
    g=G([('DL1DRT', 'DL1DRT-101'), ('DL1DRT', 'DL1DRT'), ('D1S1-CIV', 'D1S1-CIV'), ('D1S1-CON', 'D1S1-CON'),
         ('D1S1CIVT03', 'D1S1CIVT03'), ('D1S1CIVT05', 'D1S1CIVT05')],
        ['25104482', '25100917', '24087731'], sym='not_enrolled', role='staff',
        note='law scolarité, Outlook HTML table n° étudiant/INE/nom/groupe, 3 students missing from 2 courses')))

# 003 ---------------------------------------------------------------------------
M.append(dict(
    slug='erasmus-missing-courses', frm=('Marta Kowalczyk', 'marta.kowalczyk@etu.unicaen.fr'), to=CEMU_A,
    date='2025-09-24 16:05', subj='Access to courses on Ecampus (exchange student)',
    body="""Hello,

I am an Erasmus+ student from the University of Wrocław (Poland), I am in Caen for the winter semester. I have my student card (number 25300418) and I can log in to Ecampus, but I only see 2 of my 5 courses.

The ones missing are:
1) French as a foreign language B1 - my teacher said the code is LANSFLB1 but I'm not sure
2) HHIS305 - Histoire moderne (XVIe-XVIIIe)
3) the sociology course on Thursday, I don't know its code, it is in room SA-110

My learning agreement was signed on 3 September and the international office (Carré international) told me everything was registered. My flight home is LO 3920 on 23 January so I really need the materials before the exams.

Could you please add me to these courses?

Best regards,
Marta Kowalczyk
""",
    g=G([('LANSFLB1', 'LANSFLB1'), ('HHIS305', 'HHIS305')], ['25300418'], sym='not_enrolled', lang='en',
        note='incoming Erasmus student missing from 3 courses (one without code); flight number and room as distractors')))

# 004 ---------------------------------------------------------------------------
M.append(dict(
    slug='prof-iut-pas-inscrit-r304', frm=('Olivier Garnier', 'olivier.garnier@unicaen.fr'), to=CEMU_A,
    date='2025-09-16 07:52', subj='pas inscrit dans mon cours GEA-R304',
    hdrs={'X-Mailer': 'iPhone Mail (22A3354)'},
    body="""Bonjour,
Je fais les TD de GEA-R304 (gestion financière) cette année avec les 2e année mais je ne suis pas dans le cours sur ecampus, impossible de déposer les sujets. Mes collègues y sont. Je suis bien dans ADE le jeudi 8h.
Merci de faire le nécessaire rapidement, premier TD jeudi.
OG

Envoyé de mon iPhone
""",
    g=G([('GEA-R304', 'GEA-R304')], sym='teacher_not_enrolled', role='staff',
        note='IUT teacher, hurried, not enrolled as teacher in his course although in ADE')))

# 005 ---------------------------------------------------------------------------
M.append(dict(
    slug='absent-bureau-scol-psycho', frm=('Valérie Hébert', 'valerie.hebert@unicaen.fr'), to=CEMU,
    date='2025-10-27 09:03', subj='Absent du bureau : RE: [CEMU #48213] Cours PSYL2U05 invisible pour les étudiants',
    cs='iso-8859-1', cte='8bit',
    hdrs={'Auto-Submitted': 'auto-replied', 'X-Auto-Response-Suppress': 'All',
          'X-MS-Exchange-Inbox-Rules-Loop': 'valerie.hebert@unicaen.fr', 'Thread-Topic': 'Absent du bureau'},
    body="""Bonjour,

Je suis absente du bureau jusqu'au lundi 3 novembre 2025 inclus, sans accès à ma messagerie.
Pour toute question urgente concernant la Licence de Psychologie, merci de contacter le secrétariat pédagogique au 02 31 56 65 87 ou scol.psycho@unicaen.fr.

Cordialement,
Valérie Hébert
""",
    g=G([('PSYL2U05', 'PSYL2U05')], sym='other', role='unknown', auto=True,
        note='French out-of-office answering a CEMU ticket; code only in the quoted subject')))

# 006 ---------------------------------------------------------------------------
M.append(dict(
    slug='sms-ecampus-marche-pa', frm=('kevin.d', 'kev.dupuis14@hotmail.fr'), to=CEMU_A,
    date='2025-10-02 23:14', subj='ecampus marche pa', cs='us-ascii', cte='7bit',
    body="""slt
jarrive pa a me co sur ecampus depuis hier sa me met identifiant ou mot de passe incorrect alors que jai rien changer. sur mon tel pareil
jai un devoir a rendre pr vendredi svp aidez moi
mon num etudiant c 24113058
kevin dupuis L2 STAPS
""",
    g=G(stu=['24113058'], sym='cannot_login', note='SMS style student, invalid credentials')))

# 007 ---------------------------------------------------------------------------
M.append(dict(
    slug='med-dfgsm2-cours-invisible', frm=('Hélène Vasseur', 'helene.vasseur@unicaen.fr'), to=CEMU_A,
    date='2025-09-19 08:41', subj='Les étudiants de DFGSM2 ne voient pas le cours MD2-UE12',
    form='alt', cte='qp', hstyle='simple', hdrs={'User-Agent': 'Mozilla Thunderbird'},
    body="""Bonjour,

Les étudiants de deuxième année (DFGSM2) me signalent qu'ils ne voient pas l'espace « (MD2-UE12) Appareil cardiovasculaire » sur Ecampus, alors que j'y ai déposé hier soir les supports du premier ED et le planning des ED (groupes MD2ED-G01 à MD2ED-G08).

De mon côté je vois bien le cours, il me semble qu'il apparaît en grisé dans ma liste mais je ne sais pas si c'est normal. Voici le lien : https://ecampus.unicaen.fr/course/view.php?id=51877

Le premier ED a lieu lundi 22 septembre, en salle 2.14 du PFRS. Pourriez-vous vérifier rapidement s'il s'agit d'un problème d'inscription ?

Bien cordialement,

--
Pr Hélène Vasseur
PU-PH – Physiologie
UFR Santé – Département de Médecine
Pôle de Formation et de Recherche en Santé (PFRS)
2 rue des Rochambelles – 14032 Caen Cedex
Bureau 2.14 – Tél. : 02 31 06 82 47 – Secrétariat : 02 31 06 82 40
""",
    g=G([('DFGSM2', 'DFGSM2'), ('MD2-UE12', 'MD2-UE12'), ('MD2ED-G01', 'MD2ED-G01'), ('MD2ED-G08', 'MD2ED-G08')],
        cids=[51877], sym='students_cannot_see_course', role='staff',
        note='medicine teacher: students cannot see the course, she sees it greyed (hidden course)')))

# 008 ---------------------------------------------------------------------------
M.append(dict(
    slug='m2-alternant-mauvais-groupe', frm=('Baptiste Leroy', '21904417@etu.unicaen.fr'), to=CEMU_A,
    date='2025-10-06 13:20', subj='Mauvais groupe M2.MKG1',
    body="""Bonjour,
Alternant M2 MAE, je suis dans le groupe M2MKG-INI au lieu de M2MKG-ALT dans le cours M2MKG1 -> je ne vois pas les séances du vendredi ni les dépôts.
Merci.
B. Leroy
""",
    g=G([('M2.MKG1', 'M2.MKG1'), ('M2.MKG1', 'M2MKG1'), ('M2MKG-INI', 'M2MKG-INI'), ('M2MKG-ALT', 'M2MKG-ALT')], ['21904417'],
        sym='wrong_group', note='terse M2 student in the wrong group; student number only in the From address')))

# 009 ---------------------------------------------------------------------------
M.append(dict(
    slug='dsi-tr-ecampus-inaccessible-dimanche', frm=('Mathieu Roussel', 'mathieu.roussel@unicaen.fr'),
    to=CEMU_A, cc=[('Hotline DSI', 'hotline.dsi@unicaen.fr')],
    date='2025-11-16 12:18', subj='TR: Ecampus inaccessible', form='alt', cte='qp',
    hdrs={'X-Mailer': 'Microsoft Outlook 16.0', 'Thread-Index': 'AdxWq8rT0bJ6m1c2Q3eZk5nV8p7y2w==',
          'Importance': 'normal'},
    body="""Bonjour à tous,

Pour info, une dizaine d'appels à la hotline ce matin (3 88 88) + le message ci-dessous. La tâche d'optimisation hebdo de la base a débordé : fin à 11h47 au lieu de 11h00 (VACUUM FULL sur mdl_logstore_standard_log, PostgreSQL 15.8, srv-ecampus-db02). Tout est rentré dans l'ordre depuis 11h50.

On a ouvert l'incident INC0041872 côté DSI. Vous me confirmez que vous n'avez plus de remontées côté Moodle ? Si besoin on décale la fenêtre au samedi soir.

Mathieu

Mathieu Roussel
DSI – Pôle Infrastructures et Systèmes
Université de Caen Normandie
Campus 2 – Bâtiment Sciences 3, bureau S3-128
Boulevard Maréchal Juin – 14032 Caen Cedex 5
Tél : 02 31 56 74 09 / 06 71 24 33 58

De : Pauline Girard <pauline.girard@unicaen.fr>
Envoyé : [[O:2025-11-16 10:12]]
À : hotline-dsi <hotline.dsi@unicaen.fr>
Objet : Ecampus inaccessible

Bonjour,
Depuis 9h30 impossible d'ouvrir Ecampus, j'ai un message « Erreur de lecture de la base de données » sur toutes les pages. J'ai un devoir à ouvrir pour mes L3 à 14h. Est-ce que ça va revenir ?
Cordialement,
Pauline Girard
MCF – UFR SEGGAT
""",
    g=G(sym='database_error', role='staff',
        note='DSI forwards (Outlook) a teacher report of the Sunday DB error; incident and version numbers as distractors')))

# 010 ---------------------------------------------------------------------------
M.append(dict(
    slug='exchange-invalid-credentials', frm=('Juan Pablo Ortega', 'jportega.uva@gmail.com'), to=CEMU_A,
    date='2025-09-12 19:33', subj="Can't log in to Ecampus - Invalid credentials",
    body="""Hi,

I'm an exchange student from Universidad de Valladolid (Spain), I arrived last week. I activated my digital account ("compte numérique") on Monday following the instructions of the welcome desk, and I can read my university e-mail, but when I try to log in to Ecampus it says "Invalid credentials" / "Identifiant ou mot de passe incorrect".

I tried with Firefox 131 on my laptop and with Safari on my iPhone13, same thing. My student number is 25301192 and my login should be the same.

Could you help me? My classes (Droit international public, D3S5-DIP I think) started and the teacher uploads everything on Ecampus.

Thank you very much,
Juan Pablo Ortega
""",
    g=G([('D3S5-DIP', 'D3S5-DIP')], ['25301192'], sym='cannot_login', lang='en',
        note='exchange student cannot log in (invalid credentials); browser versions and phone model as distractors')))

# 011 ---------------------------------------------------------------------------
M.append(dict(
    slug='scol-psycho-tr-piece-jointe', frm=('Nathalie Perrin', 'nathalie.perrin@unicaen.fr'), to=CEMU_A,
    date='2025-10-08 15:10', subj='TR: problème inscription ecampus',
    hdrs={'User-Agent': 'Zimbra 10.0 (ZimbraWebClient - FF128 (Win)/10.0.9_GA_4651)'},
    body="""Bonjour,

Je vous transfère le message ci-joint d'une étudiante de L2 psycho. J'ai vérifié dans Apogée : son IP est faite, groupe compris (PSYL2-TD07), depuis le 30/09. Elle n'apparaît pourtant ni dans les participants de PSYL2U05 ni dans ceux de PSYL2U06.

Pourriez-vous regarder ?

Cordialement,
N. Perrin
Scolarité Psychologie – bureau SA-110
""",
    att=[('rfc822', dict(
        slug='inner-chloe', frm=('Chloé Bernard', 'chloe.bernard@etu.unicaen.fr'),
        to=('Scolarité Psychologie', 'scol.psycho@unicaen.fr'), date='2025-10-07 21:46',
        subj='problème inscription ecampus',
        body="""Bonjour Madame,
Je ne suis toujours pas inscrite sur ecampus en psychologie sociale et en méthodo (psyl2u06), alors que mes amies du TD 7 y sont depuis la rentrée. Du coup je n'ai pas pu faire le quiz de la semaine dernière.
Mon numéro étudiant est 24019385.
Merci d'avance,
Chloé Bernard
L2 Psychologie
"""), 'problème inscription ecampus.eml')],
    g=G([('PSYL2-TD07', 'PSYL2-TD07'), ('PSYL2U05', 'PSYL2U05'), ('PSYL2U06', 'PSYL2U06'), ('PSYL2U06', 'psyl2u06')],
        ['24019385'], sym='not_enrolled', role='staff',
        note='secretary forwards a student mail as message/rfc822 attachment; number and lowercase code only in the attachment')))

# 012 ---------------------------------------------------------------------------
M.append(dict(
    slug='noreply-forum-annonce-esix', frm=('Ecampus (ne pas répondre)', 'noreply-ecampus@unicaen.fr'),
    to=CEMU_A, date='2025-10-10 17:02', subj='ESX7MEC2 : Changement de salle TD du 14/10',
    form='alt', cte='qp', hstyle='simple',
    hdrs={'Auto-Submitted': 'auto-generated', 'Precedence': 'bulk',
          'List-Id': '"ESX7MEC2" <moodleforum4412@ecampus.unicaen.fr>',
          'List-Unsubscribe': '<https://ecampus.unicaen.fr/mod/forum/subscribe.php?id=4412>',
          'X-Course-Id': '50231', 'X-Course-Name': 'ESX7MEC2'},
    body="""(ESX7MEC2) Mécanique des milieux continus » Forums » Annonces » Changement de salle TD du 14/10

Changement de salle TD du 14/10
par Stéphane Leprince - vendredi 10 octobre 2025, 17:01

Bonjour à tous,
Le TD du mardi 14/10 aura exceptionnellement lieu en salle B2-024 (bâtiment B, 2e étage) et non en C-214. Pensez à apporter vos calculatrices.
S. Leprince

---------------------------------------------------------------------
Voir ce message dans son contexte : https://ecampus.unicaen.fr/mod/forum/discuss.php?d=88412#p140233
Se désabonner de ce forum : https://ecampus.unicaen.fr/mod/forum/subscribe.php?id=4412
Modifier vos préférences de notification : https://ecampus.unicaen.fr/message/notificationpreferences.php
Accéder au cours : https://ecampus.unicaen.fr/course/view.php?id=50231
""",
    g=G([('ESX7MEC2', 'ESX7MEC2')], cids=[50231], sym='other', role='unknown', auto=True,
        note='Moodle forum notification (no-reply) received in the CEMU box; rooms B2-024/C-214 are not codes; forum ids are not course ids')))

# 013 ---------------------------------------------------------------------------
M.append(dict(
    slug='cours-anglais-disparu-tableau-de-bord', frm=('Manon Lecoq', 'manon.lecoq@orange.fr'), to=CEMU_A,
    date='2025-10-14 18:26', subj='Cours disparu de mon tableau de bord', cs='iso-8859-1', cte='qp',
    hdrs={'X-Mailer': 'Orange Messagerie Pro'},
    body="""Bonjour,

Depuis ce matin je ne vois plus le cours d'anglais (Hlan101) sur mon tableau de bord, alors qu'hier il y était avec tous mes autres cours. Les autres cours sont toujours là.

Je n'ai rien touché à part peut-être un menu en haut de la liste où il y a écrit « En cours » / « Passés » / « Tous », j'ai cliqué dessus sans faire exprès je crois.

Est-ce que j'ai été désinscrite ? Mon numéro étudiant est le 25020673 (L1 LLCER anglais).

Merci de votre aide
Manon
""",
    g=G([('HLAN101', 'Hlan101')], ['25020673'], sym='course_not_on_dashboard',
        note='L1 student: course vanished from dashboard after touching the filter; code in mixed case')))

# 014 ---------------------------------------------------------------------------
M.append(dict(
    slug='prof-lettres-cours-archives', frm=('Jean-Marc Thibault', 'jean-marc.thibault@unicaen.fr'), to=CEMU_A,
    date='2025-09-09 10:15', subj='Mon cours se retrouve dans « Archives »', form='html', cte='qp',
    hdrs={'X-Mailer': 'Microsoft Outlook 16.0'},
    att=[('png', 'archives_ecampus.png', 'inline')],
    body="""Madame, Monsieur,

Je constate ce matin que mon espace de cours « (HLET112) Littérature française du XIXe siècle », que j'utilise depuis quatre ans, se trouve désormais dans la catégorie « Archives 2024-2025 » et que son nom a changé. Tous mes contenus (quinze séances, les quiz, le forum) y sont toujours, mais les étudiants de L1 Lettres modernes (HL1LET) n'y ont plus accès.

Le secrétariat m'a vaguement parlé d'une nouvelle maquette et d'un nouveau code, HLET¦122, mais je n'ai reçu aucune information officielle. Faut-il que je recrée tout ? Je joins une copie d'écran.

Lien vers l'ancien cours : https://ecampus.unicaen.fr/course/view.php?id=38815

Je vous remercie par avance de vos lumières.

Jean-Marc Thibault
Maître de conférences en littérature française
UFR Humanités et Sciences Sociales
""",
    g=G([('HLET112', 'HLET112'), ('HL1LET', 'HL1LET'), ('HLET122', 'HLET122')], cids=[38815],
        sym='course_moved_renamed', role='staff',
        note='teacher: course moved to Archives and renamed after a new maquette; old code no longer exists (unknown), new code split by <span> in HTML')))

# 015 ---------------------------------------------------------------------------
_dsn15 = """Reporting-MTA: dns; mx1.unicaen.fr
X-Postfix-Queue-ID: 4cB7Hq2mZ1z9tK
X-Postfix-Sender: rfc822; cemu.assistance@unicaen.fr
Arrival-Date: Tue, 21 Oct 2025 14:02:29 +0200 (CEST)

Final-Recipient: rfc822; 23087165@etu.unicaen.fr
Original-Recipient: rfc822;23087165@etu.unicaen.fr
Action: failed
Status: 5.2.2
Remote-MTA: dns; zimbra-etu.unicaen.fr
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full: quota exceeded
"""
M.append(dict(
    slug='bounce-quota-depasse', frm=('Mail Delivery System', 'MAILER-DAEMON@mx1.unicaen.fr'), to=CEMU_A,
    date='2025-10-21 14:02:31', subj='Undelivered Mail Returned to Sender', form='report', cs='us-ascii', cte='7bit',
    hdrs={'Auto-Submitted': 'auto-replied'},
    body="""This is the mail system at host mx1.unicaen.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<23087165@etu.unicaen.fr>: host zimbra-etu.unicaen.fr[10.14.2.31] said: 552 5.2.2
    Mailbox full: quota exceeded (in reply to RCPT TO command)
""",
    att=[('dsn', _dsn15), ('rfc822', dict(
        slug='inner-cemu-48391', frm=CEMU, to='23087165@etu.unicaen.fr', date='2025-10-21 14:02',
        subj='Re: [CEMU #48391] pas inscrit en IRAN-22', cte='qp',
        body="""Bonjour,

Votre inscription pédagogique à l'élément IRAN-22 (Iranien – langue 2) a bien été saisie par la scolarité le 17/10 ; elle sera visible dans Ecampus après la synchronisation de cette nuit.

Cordialement,
L'équipe du CEMU
Centre d'Enseignement Multimédia Universitaire
"""))],
    g=G([('IRAN-22', 'IRAN-22')], ['23087165'], sym='other', role='unknown', auto=True,
        note='Postfix bounce (mailbox full) returning a CEMU reply as message/rfc822; code and student address only in the returned mail')))

# 016 ---------------------------------------------------------------------------
M.append(dict(
    slug='iae-cohortes-m1-finance', frm=('Claire Dubosq', 'claire.dubosq@unicaen.fr'), to=CEMU_A,
    date='2025-09-11 14:37', subj='Cohortes M1 Finance : formation initiale et continue', form='alt', cte='qp',
    hdrs={'X-Mailer': 'Microsoft Outlook 16.0'},
    body="""Bonjour,

Nous souhaitons créer pour la rentrée un espace Ecampus « Vie de la promo – M1 Finance » (espace complémentaire, hors maquette) et y inscrire tous les étudiants de M1 Finance.

Deux questions :
1. Si j'ajoute la synchronisation de la cohorte correspondant à l'étape IAEM1F, les étudiants qui abandonnent ou changent de parcours en cours d'année seront-ils retirés automatiquement ?
2. Nos stagiaires de formation continue sont inscrits administrativement sur une autre étape (IAEM1C). Faut-il ajouter une deuxième cohorte, ou existe-t-il une cohorte qui regroupe les deux ?

Par ailleurs, dans la liste des cohortes je vois « IAE – M1 Finance 2024-2025 » et « IAE – M1 Finance » : laquelle est la bonne ?

Merci d'avance,

Claire Dubosq
Responsable administrative
IAE Caen – École Universitaire de Management
3 rue Claude Bloch – 14075 Caen Cedex
Bureau 205 – 2e étage
Tél. 02 31 56 78 14
www.iae.unicaen.fr
""",
    g=G([('IAEM1F', 'IAEM1F'), ('IAEM1C', 'IAEM1C')], sym='cohort_question', role='staff',
        note='composante admin asks how cohort sync behaves for an extra course, two étapes')))

# 017 ---------------------------------------------------------------------------
M.append(dict(
    slug='caps-erreur-base-de-donnees', frm=('THEO MARIE', 'theo.marie50@gmail.com'), to=CEMU_A,
    date='2025-11-16 10:05', subj='ECAMPUS BUG !!! ERREUR BASE DE DONNEES',
    body="""BONJOUR
DEPUIS CE MATIN 9H30 ECAMPUS AFFICHE « ERREUR DE LECTURE DE LA BASE DE DONNEES » SUR TOUTES LES PAGES
JE DOIS RENDRE MON TP DE L2 INFO AVANT MIDI DANS LE COURS SINF303 COMMENT JE FAIS ???
SI JE LE RENDS EN RETARD EST CE QUE CA COMPTE
NUMERO ETUDIANT 24006827
THEO MARIE
""",
    g=G([('SINF303', 'SINF303')], ['24006827'], sym='database_error',
        note='all caps student on Sunday morning, database read error')))

# 018 ---------------------------------------------------------------------------
M.append(dict(
    slug='prof-physique-14-enseignants', frm=('Philippe Morvan', 'philippe.morvan@unicaen.fr'), to=CEMU_A,
    date='2025-09-25 18:52', subj='14 enseignants dans mon cours ??', form='alt', cte='qp', hstyle='simple',
    body="""Bonjour,

Je découvre que dans mon cours « (SPHY310) Électromagnétisme » il y a maintenant 14 personnes avec le rôle Enseignant. J'en connais 3. Les autres sont des collègues de chimie et de biologie qui n'ont rien à faire là, et qui reçoivent toutes les notifications des devoirs de mes étudiants (ils commencent à m'écrire pour se plaindre, à juste titre).

Je ne peux pas les désinscrire moi-même : à côté de leur nom il est indiqué « Base de données externe » et il n'y a pas de corbeille.

Est-ce que c'est ADE ? Je n'ai rien demandé à personne. Merci de corriger ça rapidement, c'est la troisième année que j'ai un souci avec ce cours.

Ph. Morvan
Département de Physique
""",
    g=G([('SPHY310', 'SPHY310')], sym='too_many_teachers', role='staff',
        note='annoyed teacher: 14 teachers enrolled by the database in his course')))

# 019 ---------------------------------------------------------------------------
M.append(dict(
    slug='exchange-wrong-group-finance', frm=('Anna Schneider', 'anna.schneider@etu.unicaen.fr'), to=CEMU_A,
    date='2025-10-01 09:58', subj='Wrong group in Corporate Finance (M1.FIN3)', cs='windows-1252', cte='8bit',
    body="""Dear Ecampus team,

I am an exchange student (Erasmus+, Universität Mannheim) in the M1 Finance programme at IAE Caen. In the course M1.FIN3 Corporate Finance I was put in the group M1FIN-INI (French-speaking, initial training) but my schedule is with the international group M1FIN-INT. Because of this I cannot see the assignments and the Zoom links for my tutorials, they are only visible to M1FIN-INT.

The programme office told me to write to you. Could you please move me to the right group?

Kind regards,
Anna Schneider
Student ID: 25300977
Exchange student - IAE Caen, M1 Finance
""",
    g=G([('M1.FIN3', 'M1.FIN3'), ('M1FIN-INI', 'M1FIN-INI'), ('M1FIN-INT', 'M1FIN-INT')], ['25300977'],
        sym='wrong_group', lang='en', note='Erasmus student in the wrong group; student ID in the signature')))

# 020 ---------------------------------------------------------------------------
M.append(dict(
    slug='cas-destination-finale-capture', frm=('Inès Haddad', 'ines.haddad@etu.unicaen.fr'), to=CEMU_A,
    date='2025-09-08 08:17', subj='Connexion réussie mais je reste bloquée',
    att=[('png', 'Capture_ecran_2025-09-08_081203.png')],
    body="""Bonjour,

Quand je me connecte ça me met « Connexion réussie – Bienvenue 23045512. Vous vous êtes authentifié(e) auprès du Service Central d'Authentification. Toutefois, vous voyez cette page car CAS ne connaît pas votre destination finale » et ensuite rien, je reste sur cette page, je n'arrive jamais sur Ecampus.

J'ai tapé « ecampus unicaen » dans Google et j'ai cliqué sur le premier lien (cas.unicaen.fr/login). Je vous mets une capture d'écran.

Merci,
Inès Haddad
L3 Informatique
""",
    g=G(stu=['23045512'], sym='cas_unknown_destination',
        note='student lands on the CAS page from Google; number only inside the pasted CAS welcome text; screenshot')))

# 021 ---------------------------------------------------------------------------
M.append(dict(
    slug='iut-gea-liste-etudiants-ressources', frm=('Karine Hamel', 'karine.hamel@unicaen.fr'), to=CEMU_A,
    date='2025-09-30 10:04', subj='BUT GEA 2A - étudiants non inscrits dans les ressources Ecampus',
    cs='windows-1252', cte='8bit', hdrs={'X-Mailer': 'Microsoft Outlook 16.0'},
    body="""Bonjour,

Plusieurs étudiants de BUT GEA 2e année (étape BGEA2A-102) ne sont pas inscrits dans certains cours Ecampus du S3. Les IP sont faites, groupes compris, depuis la semaine dernière :

- LEMAIRE Jules (24061139) : gea-r301 et GEA-R304
- DIALLO Mariam (23118805) : GEA-R304, GEA-S302 (SAÉ)
- FONTAINE Léo (24063372) : aucune ressource du S3, alors qu'il est bien dans le groupe GEA2-TP1B
- PICARD Emma (24060518) : GEA-R306

Les enseignants ont déjà commencé à utiliser Ecampus pour les rendus (notamment pour la SAÉ 3.02, rendu le 10/10).

Merci par avance,

Karine Hamel
Secrétariat pédagogique – Département GEA
IUT Grand Ouest Normandie – site de Caen
Boulevard Maréchal Juin – 14032 Caen Cedex
Bureau IUT-G112 – Tél. 02 31 56 70 32
Horaires : 8h30-12h / 13h30-17h (fermé le mercredi après-midi)
""",
    g=G([('BGEA2A', 'BGEA2A-102'), ('GEA-R301', 'gea-r301'), ('GEA-R304', 'GEA-R304'), ('GEA-S302', 'GEA-S302'),
         ('GEA2-TP1B', 'GEA2-TP1B'), ('GEA-R306', 'GEA-R306')],
        ['24061139', '23118805', '24063372', '24060518'], sym='not_enrolled', role='staff',
        note='IUT secretary: list of 4 students x several resources; étape with version; SAÉ 3.02 and IUT-G112 are not codes')))

# 022 ---------------------------------------------------------------------------
M.append(dict(
    slug='prenom-usage-pas-a-jour', frm=('Sacha Morel', 'sacha.morel@etu.unicaen.fr'), to=CEMU_A,
    date='2025-11-04 11:40', subj="Prénom d'usage non mis à jour sur Ecampus", cte='qp',
    body="""Bonjour,

J'ai fait au mois de septembre une demande de prénom d'usage auprès de la scolarité de STAPS (dossier validé le 15/10, ma carte étudiante a été refaite). Ma messagerie affiche bien mon nouveau prénom, Sacha, mais sur Ecampus c'est toujours l'ancien qui apparaît, dans les listes de participants, les forums et même sur les devoirs rendus. C'est assez pénible en TD quand l'enseignant affiche la liste.

Est-ce que vous pouvez le modifier, ou est-ce que je dois redemander à la scolarité ?

Numéro étudiant : 23076614

Merci,
Sacha Morel
L3 STAPS – APAS
""",
    g=G(stu=['23076614'], sym='wrong_name', note='student: usage first name not updated in Ecampus')))

# 023 ---------------------------------------------------------------------------
M.append(dict(
    slug='vacataire-avocat-page-profil', frm=('Frédéric Aubry', 'f.aubry@aubry-lemonnier-avocats.fr'), to=CEMU_A,
    date='2025-09-17 21:08', subj='Accès Ecampus chargé de TD vacataire – page profil bloquante',
    form='alt', cs='windows-1252', cte='qp',
    hdrs={'X-Mailer': 'Microsoft Outlook 16.0'},
    body="""Bonjour,

Chargé d'enseignement vacataire en L3 Droit des affaires (TD de droit des sociétés, élément D3S5-AFF, le mercredi de 17h à 18h30), j'ai reçu mes identifiants de la part de la faculté la semaine dernière.

Lors de ma première connexion à Ecampus, je suis systématiquement renvoyé vers une page « Modifier le profil » qui m'indique qu'il manque mon adresse de courriel. Or le champ n'est pas modifiable, et je ne peux accéder à rien d'autre. J'ai essayé depuis deux navigateurs (Edge et Chrome).

Mon premier TD a lieu le 24 septembre et je dois mettre en ligne les fiches de travaux dirigés. Pouvez-vous m'aider ?

Bien à vous,

Maître Frédéric Aubry
Avocat au Barreau de Caen
AUBRY LEMONNIER AVOCATS – SELARL
12 place Saint-Martin – 14000 Caen
Tél. : 02 31 85 47 60 – Port. : 06 12 48 95 30
SIRET 843 127 654 00018 – Toque 47

Ce message et ses pièces jointes sont confidentiels et établis à l'attention exclusive de leurs destinataires. Toute utilisation non conforme à leur destination est interdite.
""",
    g=G([('D3S5-AFF', 'D3S5-AFF')], sym='cannot_login', role='unknown',
        note='outside vacataire stuck on the profile page asking an e-mail at first login; SIRET/phones as distractors')))

# 024 ---------------------------------------------------------------------------
M.append(dict(
    slug='re-cemu-pas-inscrite-espagnol', frm=('Camille Renaud', 'camille.renaud@etu.unicaen.fr'), to=CEMU,
    date='2025-10-09 08:03', subj="Re: [CEMU #48377] Pas inscrite dans le cours d'espagnol",
    irt='<cemu-48377-2@unicaen.fr>', refs='<cemu-48377-1@etu.unicaen.fr> <cemu-48377-2@unicaen.fr>',
    body="""Bonjour,

Toujours rien ce matin, je ne suis pas dans le cours. La scolarité de LLCER m'a redit que mon IP était faite depuis lundi.
Mon numéro étudiant est le 25041178 (je l'avais mis dans le premier message).

Camille

Le [[G:2025-10-07 14:21]], CEMU Assistance <cemu.assistance@unicaen.fr> a écrit :
> Bonjour,
>
> Pouvez-vous nous indiquer votre numéro étudiant ainsi que le code de
> l'élément concerné ?
>
> Cordialement,
> L'équipe CEMU
>
> Le [[T:2025-10-07 09:12]], Camille Renaud a écrit :
>> Bonjour, je ne suis pas inscrite dans le cours d'espagnol ES-10C
>> (grammaire) sur ecampus alors que j'y vais depuis 3 semaines.
>> Numéro 25041178
>> Camille Renaud L1 LLCER espagnol
""",
    g=G([('ES-10C', 'ES-10C')], ['25041178'], sym='not_enrolled',
        note='student reply on a CEMU ticket with nested quotes; code only in the quoted history')))

# 025 ---------------------------------------------------------------------------
M.append(dict(
    slug='inspe-bloc-participants', frm=('Martine Gosselin', 'martine.gosselin@unicaen.fr'), to=CEMU_A,
    date='2025-09-23 12:31', subj='bloc participants ?',
    body="""Bonjour,
Depuis cette rentrée je ne trouve plus le bloc « Participants » qui était à droite dans mon cours (2PE214 – Didactique des mathématiques, M2 MEEF 1er degré). Comment est-ce que je peux voir la liste des étudiants inscrits maintenant ?
Merci,
Martine Gosselin
Formatrice INSPE Normandie Caen – site de Caen
""",
    g=G([('2PE214', '2PE214')], sym='participants_block_missing', role='staff',
        note='INSPE trainer looking for the Participants block')))
