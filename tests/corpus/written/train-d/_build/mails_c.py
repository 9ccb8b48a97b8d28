from lib import *

M(fn="041-chimie-liste-non-inscrits.eml", client="zimbra",
  frm='"Delphine Lair" <delphine.lair@unicaen.fr>',
  subj="Etudiants L3 chimie non inscrits CH.507",
  date="2025-09-26 10:18", cs="utf-8", cte="qp",
  body="""Bonjour,

Les étudiants suivants, inscrits en L3CHIM-102 (parcours chimie des matériaux), ne sont pas inscrits dans le cours CH.507 Chimie du solide sur Ecampus :

22014587
22019963
21 910 024 (redoublant, IP faite le 24/09)

Les autres étudiants de la promo (une quarantaine) y sont. Le premier compte rendu de TP est à déposer le 3 octobre.

Bonne journée,
Delphine Lair
Secrétariat pédagogique Chimie – UFR des Sciences
Campus 2 – Bât. Sciences 1 – bureau S1 009 – 02 31 56 73 35
""",
  gold=dict(codes=[("L3CHIM", "L3CHIM-102"), ("CH.507", "CH.507")], nums=["22014587", "22019963", "21910024"],
            sym="not_enrolled", role="staff", schemes=["chim"],
            note="secretary lists student numbers one per line (one with spaces) missing from a chemistry course"))

M(fn="042-hss-cours-archives-m1ms07.eml", client="zimbra",
  frm='"Pascal Lebreton" <pascal.lebreton@unicaen.fr>',
  subj="Cours renommé et déplacé ??",
  date="2025-09-02 09:40", cs="utf-8", cte="8bit",
  body="""Bonjour,

Je découvre ce matin que mon cours M1.MS07 Sociologie des organisations a été renommé « ARCHIVES – (M.1.MS07) Sociologie des organisations » et qu'il se trouve maintenant dans une catégorie Archives, avec les étudiants de l'an dernier. Je n'ai rien demandé.

Le cours reprend le 15 septembre, est-ce que je dois tout recréer ?

Pascal Lebreton
Maître de conférences en sociologie
""",
  gold=dict(codes=[("M.1.MS07", "M1.MS07"), ("M.1.MS07", "M.1.MS07")], unknown=["M.1.MS07"],
            sym="course_moved_renamed", role="staff", schemes=["hss2"],
            note="course archived and renamed; code once without its first dot; the code no longer exists in APOGÉE"))

_t043 = table([
 ["Étape", "Libellé", "Effectif IA", "Cohorte trouvée ?"],
 ["1LEAAE", "L1 LEA anglais-espagnol", "142", "non"],
 ["1LEAAA", "L1 LEA anglais-allemand", "87", "non"],
 ["1LEAAI", "L1 LEA anglais-italien", "31", "oui"],
], outlook_style=False)
M(fn="043-lea-cohortes-introuvables.eml", client="thunderbird",
  frm='"Frédéric Adam" <frederic.adam@unicaen.fr>',
  subj="Cohortes L1 LEA introuvables",
  date="2025-09-15 14:05", fmt="html", cs="utf-8", cte="qp",
  html=tb("""<p>Bonjour,</p>
<p>Pour l'espace complémentaire « Accueil L1 LEA » (<a href="https://ecampus.unicaen.fr/enrol/users.php?id=50318">lien</a>) je voudrais ajouter les cohortes des trois étapes de L1. Je n'en trouve qu'une sur trois :</p>
""" + _t043 + """<p>Les étudiants de 1LEAAE et 1LEAAA sont-ils bien dans une cohorte ? Sous quel nom ? Ou faut-il attendre que toutes les IA soient passées ?</p>
<p>Merci,<br>
F. Adam<br>
Directeur des études L1 LEA</p>"""),
  gold=dict(codes=[("1LEAAE", "1LEAAE"), ("1LEAAA", "1LEAAA"), ("1LEAAI", "1LEAAI")], ids=[50318], sym="cohort_question", role="staff",
            schemes=["lea"], note="HTML table of étapes with headcounts; asks why cohorts for two étapes are not found"))

M(fn="044-sms-mauvais-td-histoire.eml", client="android",
  frm='"Lucas M" <23008851@etu.unicaen.fr>',
  subj="groupe",
  date="2025-10-14 12:02", cs="utf-8", cte="8bit",
  body="""salut
jsuis en td2a mais ecampus me met en td1b pr HIL3-02 donc jvois pa les bons devoirs. c chiant g deja rate un rendu
""",
  gold=dict(codes=[("3LHIS-TD2A", "td2a"), ("3LHIS-TD1B", "td1b"), ("HIL3-02", "HIL3-02")], nums=["23008851"],
            sym="wrong_group", role="student", schemes=["hist"],
            note="SMS-style student in the wrong TD group; groups cited by short names only; number in sender address"))

M(fn="045-bounce-reponse-cemu.eml", client="other",
  frm='"Mail Delivery System" <MAILER-DAEMON@smtp.unicaen.fr>',
  subj="Undelivered Mail Returned to Sender",
  date="2025-10-17 16:03",
  headers=[("Auto-Submitted", "auto-replied")],
  fmt="raw",
  raw_ct='Content-Type: multipart/report; report-type=delivery-status;\n\tboundary="7A1C2C8063.1760709781/smtp.unicaen.fr"',
  raw_body="""This is a MIME-encapsulated message.

--7A1C2C8063.1760709781/smtp.unicaen.fr
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host smtp.unicaen.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<lina.benkirane@etu.unicaen.fr>: host mbox.unicaen.fr[10.14.2.31] said:
    550 5.1.1 <lina.benkirane@etu.unicaen.fr>: Recipient address rejected:
    User unknown in virtual mailbox table (in reply to RCPT TO command)

--7A1C2C8063.1760709781/smtp.unicaen.fr
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; smtp.unicaen.fr
X-Postfix-Queue-ID: 7A1C2C8063
Arrival-Date: Fri, 17 Oct 2025 16:03:00 +0200 (CEST)

Final-Recipient: rfc822; lina.benkirane@etu.unicaen.fr
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <lina.benkirane@etu.unicaen.fr>: Recipient
    address rejected: User unknown in virtual mailbox table

--7A1C2C8063.1760709781/smtp.unicaen.fr
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: CEMU Assistance <cemu.assistance@unicaen.fr>
To: lina.benkirane@etu.unicaen.fr
Subject: [CEMU #48530] Inscription cours
Date: Fri, 17 Oct 2025 16:02:58 +0200
Message-ID: <GLPI-Ticket-48530.1760709778.20114@assistance.unicaen.fr>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Bonjour,

Votre compte (numéro étudiant 24003318) ne présente pas d'inscription
pédagogique à ce jour. Merci de vous rapprocher de votre scolarité.

Cordialement,
L'équipe CEMU

--7A1C2C8063.1760709781/smtp.unicaen.fr--
""",
  gold=dict(nums=["24003318"], sym="other", role="unknown", auto=True,
            note="delivery failure of a CEMU reply; the bounced message cites a student number"))

M(fn="046-mi-capture-cours-cache.eml", client="outlook",
  frm='"Stéphane Renouf" <stephane.renouf@unicaen.fr>',
  subj="Les étudiants ne voient pas (3MI07B) Programmation fonctionnelle",
  date="2025-09-18 08:21", fmt="related", cs="utf-8", cte="qp", single_html=True,
  html=outlook(P("Bonjour,") + P("") +
    P('Mes étudiants de L3 informatique ne voient pas le cours <a href="https://ecampus.unicaen.fr/course/view.php?id=49871">(3MI07B) Programmation fonctionnelle</a>. Moi je le vois, avec ce bandeau en haut (capture ci-dessous) :') +
    P('<img width="640" height="120" id="Image_x0020_1" src="cid:image001.png@01DC2878.4F1A9B20">') +
    P("Ils sont bien dans les participants (58 étudiants, groupes L3MI-TP1 à L3MI-TP3). Qu’est-ce que j’ai oublié&nbsp;?") + P("") +
    P("Stéphane Renouf") + P("Département informatique – UFR des Sciences") + P("Bureau S3 264 – 02 31 56 74 90"), "utf-8"),
  attach=[("image001.png", "image/png", PNG, "inline", "image001.png@01DC2878.4F1A9B20")],
  gold=dict(codes=[("3MI07B", "3MI07B"), ("L3MI-TP1", "L3MI-TP1"), ("L3MI-TP3", "L3MI-TP3")], ids=[49871],
            sym="students_cannot_see_course", role="staff", schemes=["mi"],
            note="Outlook HTML with inline screenshot; course hidden; course id only in a link's href"))

M(fn="047-jury-compte-invite-profil.eml", client="other",
  frm='"Bernard Hervieu" <bernard.hervieu@orange.fr>',
  subj="connexion ecampus impossible",
  date="2026-01-20 18:33", cs="iso-8859-1", cte="qp",
  body="""Bonjour,

Je suis membre extérieur du jury des soutenances de mémoire du master (je suis retraité de l'Education nationale). La scolarité m'a fait créer un compte invité pour que je puisse lire les mémoires déposés sur Ecampus.

A la première connexion on me demande de compléter mon profil avec une adresse de courriel mais la case n'est pas modifiable et je ne peux pas enregistrer. Je suis donc bloqué sur cette page.

Mon numéro de téléphone : 02 31 93 27 44.

Bien à vous,
B. Hervieu
14610 Thaon
""",
  gold=dict(sym="cannot_login", role="unknown",
            note="outside guest account blocked on the profile page asking for an e-mail address"))

M(fn="048-ead-psycho-aucun-cours.eml", client="zimbra",
  frm='"Nadia Chevalier" <nadia.chevalier@etu.unicaen.fr>',
  subj="Aucun cours en télé-enseignement",
  date="2025-10-05 21:48", cs="utf-8", cte="8bit",
  body="""Bonjour,

Je suis inscrite en télé-enseignement (CEMU) en L3 psychologie, étape LPSY3, et je n'ai accès à aucun de mes cours sur Ecampus depuis la rentrée, à part l'espace d'accueil EAD. J'ai payé mon inscription en août (reçu n° 2025-08-117452) et fait mes choix d'options sur le formulaire en ligne.

Je travaille à temps plein et j'ai absolument besoin des cours en ligne puisque je ne viens pas à Caen.

Merci de votre retour,
Nadia Chevalier
N° étudiant : 21609912
""",
  gold=dict(codes=[("LPSY3", "LPSY3")], nums=["21609912"], sym="not_enrolled", role="student", schemes=["psy"],
            note="distance-learning student enrolled in no course; a payment receipt number is a look-alike"))

M(fn="049-db-connection-failed-en.eml", client="gmail",
  frm='"Matteo Rinaldi" <matteo.rinaldi98@gmail.com>',
  subj="ecampus down?",
  date="2025-11-23 09:38", fmt="alt", cs="utf-8", cte="7bit",
  body="""Hi,

Since this morning ecampus only shows this:

Error: Database connection failed
It is possible that the database is overloaded or otherwise not running properly.
The site administrator should also check that the database details have been correctly specified in config.php

Is it down for everyone? I have an online quiz in AN-20B to finish today.

Thanks,
Matteo (Erasmus, UFR LVE)
""",
  gold=dict(codes=[("AN-20B", "AN-20B")], sym="database_error", role="student", lang="en", schemes=["lve"],
            note="English: 'Database connection failed' on a Sunday morning"))

M(fn="050-gea-toute-equipe-inscrite.eml", client="outlook",
  frm='"Corinne Lamy" <corinne.lamy@unicaen.fr>',
  subj="Tous les enseignants du département inscrits dans GEAS1.01",
  date="2025-09-24 11:11", cs="windows-1252", cte="8bit",
  body="""Bonjour,

Dans l’espace de la SAÉ GEAS1.01 (BUT GEA 1re année), https://ecampus.unicaen.fr/course/view.php?id=48022, les 41 enseignants du département GEA sont inscrits comme enseignants, y compris des collègues de 2e et 3e année et des vacataires qui n’interviennent pas dans la SAÉ. Ça pose problème pour les notifications et pour la confidentialité des rendus.

Je crois comprendre que c’est lié à la manière dont les groupes par activité ont été faits dans ADE, mais je ne sais pas quoi demander à notre scolarité.

Cordialement,
Corinne Lamy
Cheffe du département GEA – IUT Grand Ouest Normandie, site de Caen
Tél. 02 31 56 70 32
""",
  gold=dict(codes=[("GEAS1.01", "GEAS1.01")], ids=[48022], sym="too_many_teachers", role="staff", schemes=["gea"],
            note="whole department team enrolled as teachers in one course"))

M(fn="051-sms-nom-mal-ecrit.eml", client="other",
  frm='"tom lefebvre" <tomlefebvre50@hotmail.fr>',
  subj="nom mal ecrit",
  date="2025-11-02 11:47", cs="windows-1252", cte="qp",
  body="""bonjour
mon nom est mal ecrit sur ecampus c marque LEFEBRE au lieu de LEFEBVRE et du coup mes profs me trouvent pas dans la liste pr les notes
num etudiant 24 01 55 73
merci
""",
  gold=dict(nums=["24015573"], sym="wrong_name", role="student",
            note="SMS-style: surname misspelt; number written in pairs with spaces"))

M(fn="052-prof-cours-2025-absents-tdb.eml", client="zimbra",
  frm='"Rosa Jiménez" <rosa.jimenez@unicaen.fr>',
  subj="Cours de cette année absents du tableau de bord",
  date="2025-09-08 08:12", cs="utf-8", cte="qp",
  body="""Bonjour,

Sur mon tableau de bord je ne vois que mes cours de l'an dernier. Mes cours de cette année, HESP302 (Littérature hispano-américaine) et HESP304 (Thème), n'apparaissent pas, alors que les étudiants y ont accès et que je peux les ouvrir depuis le lien « Mes cours » de la barre du haut.

Je ne comprends pas la logique.

Rosa Jiménez
PRAG espagnol – UFR LVE
""",
  gold=dict(codes=[("HESP302", "HESP302"), ("HESP304", "HESP304")], sym="course_not_on_dashboard", role="staff", schemes=["hlan"],
            note="teacher does not see this year's courses on the dashboard, only last year's"))

M(fn="053-parent-dates-examens.eml", client="other",
  frm='"Famille Pichon" <pichon.famille@wanadoo.fr>',
  subj="dates des examens de janvier",
  date="2025-12-03 20:05", cs="iso-8859-1", cte="qp",
  body="""Bonjour,

Ma fille est en première année de droit à Caen. Pourriez-vous m'indiquer les dates des examens de janvier ? Nous devons réserver les billets de train pour son retour (Marseille - Caen) et elle ne sait pas nous répondre.

Merci par avance.
Mme Pichon
06 88 14 52 09
""",
  gold=dict(sym="other", role="unknown",
            note="parent asks exam dates; not an Ecampus matter"))

M(fn="054-gmail-fwd-vacataire-cinema.eml", client="zimbra",
  frm='"Sophie Lemonnier" <sophie.lemonnier@unicaen.fr>',
  subj="TR: Fwd: accès Ecampus cours analyse filmique",
  date="2025-10-07 09:25", cs="utf-8", cte="qp",
  body="""Bonjour,

Je vous fais suivre le message de Mme Aubry, chargée de cours vacataire en arts du spectacle. Elle est bien planifiée dans ADE sur ADS-CI32 (les mardis de 14h à 17h, amphi Tocqueville) depuis le 10 septembre.

Bien cordialement,
Sophie Lemonnier
Secrétariat Arts du spectacle – UFR HSS

---------- Forwarded message ---------
De : Juliette Aubry <juliette.aubry.cine@gmail.com>
Date: lun. 6 oct. 2025 à 22:14
Subject: accès Ecampus cours analyse filmique
To: Sophie Lemonnier <sophie.lemonnier@unicaen.fr>


Bonsoir Sophie,

Je n'ai toujours pas accès à l'espace Ecampus de mon cours « Analyse filmique » (L3, ADS-CI32). Je me connecte bien avec mon compte vacataire mais le cours n'est pas dans ma liste, et quand je le cherche on me dit que je ne peux pas m'y inscrire.

Pouvez-vous faire le nécessaire ?
Merci !
Juliette
""",
  gold=dict(codes=[("ADS-CI32", "ADS-CI32")], sym="teacher_not_enrolled", role="staff", schemes=["ads"],
            note="secretary forwards (Gmail forward inside) a vacataire who is not enrolled as teacher"))

M(fn="055-intl-master-course-missing-en.eml", client="outlook",
  frm='"Dr. Ahmed El Amrani" <ahmed.elamrani@unicaen.fr>',
  subj="Course M.2ENV3C does not exist on ecampus",
  date="2025-09-12 13:58", cs="utf-8", cte="qp",
  body="""Hello,

I coordinate the international master in Environmental Risk (taught in English). The course M.2ENV3C "Climate risk and adaptation" does not exist on ecampus: it does not appear in the master's category (2nd year), although the other courses of the semester were created.

The course was modelled in Apogée in June; our secretary says the teaching load (CM 24h, TD 12h) was entered. Classes start on 22 September.

Best regards,
Ahmed El Amrani
Associate professor – UFR des Sciences
Office: Campus 1, building S, room S 208 – phone +33 2 31 56 71 18
""",
  gold=dict(codes=[("M.2ENV3C", "M.2ENV3C")], sym="course_missing", role="staff", lang="en", schemes=["mdot"],
            note="English: a master course was not created on Ecampus"))

M(fn="056-pharma-option-suffixe-tronque.eml", client="thunderbird",
  frm='"Clara Vasselin" <clara.vasselin@etu.unicaen.fr>',
  subj="Pas inscrite a PH4UE11",
  date="2025-09-22 19:30", cs="iso-8859-1", cte="8bit",
  body="""Bonjour,

Je suis en 4e année de pharmacie (DFASP1), parcours officine, et je n'ai pas accès au cours de l'UE PH4UE11 (c'est l'UE 11 option B « Officine : pratique et dispensation »). Je vois seulement l'UE 11 option A (industrie) alors que ce n'est pas mon parcours. Le premier TP est mercredi.

Numéro étudiant : 22006419

Merci beaucoup,
Clara Vasselin
""",
  gold=dict(codes=[("DFASP1", "DFASP1"), ("PH4UE11B", "PH4UE11")], nums=["22006419"],
            sym="not_enrolled", role="student", schemes=["pharma"],
            note="pharmacy student not enrolled in her option; code cited with its option letter truncated"))

M(fn="057-prof-favori-cas.eml", client="zimbra",
  frm='"Gilles Bréard" <gilles.breard@unicaen.fr>',
  subj="Connexion Ecampus : page verte et rien",
  date="2025-09-09 07:52", cs="utf-8", cte="8bit",
  body="""Bonjour,

Depuis mon ordinateur de bureau (bureau LA 224), quand je clique sur mon favori Ecampus j'arrive sur une page « Connexion réussie » avec « CAS ne connaît pas votre destination finale ni comment vous y rediriger ». Rien de plus. L'adresse dans la barre est https://cas.unicaen.fr/login

Sur mon portable ça marche. Que faire ?

G. Bréard
""",
  gold=dict(sym="cas_unknown_destination", role="staff",
            note="teacher's bookmark points to the bare CAS login page"))

M(fn="058-automatic-reply-en.eml", client="outlook",
  frm='"Prof. Daniel Whitmore" <daniel.whitmore@unicaen.fr>',
  subj="Automatic reply: [CEMU #48702] Enrolment of visiting students",
  date="2025-11-03 10:15", cs="utf-8", cte="7bit",
  headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
  body="""Thank you for your message. I am on research leave until 5 January 2026 with limited access to e-mail.

For teaching matters of the English department (HANG courses), please contact the department office: anglais.secretariat@unicaen.fr, +33 2 31 56 56 21.
""",
  gold=dict(sym="other", role="unknown", lang="en", auto=True,
            note="English automatic reply (research leave)"))

M(fn="059-sms-distance-groupe-presentiel.eml", client="android",
  frm='"Ophelie Guerin" <ophelie.guerin61@orange.fr>',
  subj="mauvais groupe",
  date="2025-10-09 13:14", cs="us-ascii", cte="7bit",
  body="""Bonjour je suis en BUT GEA a distance (alternance) mais ecampus me met ds le groupe presentiel GEA1-TP3B pr geas1.03 et du coup je vois pas les classes virtuelles du groupe a distance

mon numero etudiant : 23 112 040
merci
Ophelie
""",
  gold=dict(codes=[("GEA1-TP3B", "GEA1-TP3B"), ("GEAS1.03", "geas1.03")], nums=["23112040"], sym="wrong_group", role="student",
            schemes=["gea"], note="SMS-style distance student placed in a presential TP group; number grouped 2-3-3"))

M(fn="060-intl-office-cohort-en.eml", client="outlook",
  frm='"International Office - Welcome Desk" <welcome.desk@unicaen.fr>',
  subj="Cohort for incoming exchange students?",
  date="2025-09-05 15:40", cs="utf-8", cte="qp",
  body="""Dear CEMU colleagues,

We run an ecampus space for all incoming exchange students (orientation, French language placement test, housing info): https://ecampus.unicaen.fr/course/view.php?id=50877

Last year we enrolled the 412 students by hand. Is there a cohort that is updated automatically with all incoming students (Erasmus+ and bilateral agreements), whatever their étape? If not, could one be created?

Kind regards,
Welcome Desk – Direction des Relations Internationales
Tel. +33 2 31 56 60 99
""",
  gold=dict(ids=[50877], sym="cohort_question", role="staff", lang="en",
            note="English: asks for an automatically updated cohort of incoming exchange students"))
