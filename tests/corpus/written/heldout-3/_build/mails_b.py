from mails_a import G, CEMU, CEMU_A

M = []

# 026 ---------------------------------------------------------------------------
M.append(dict(
    slug='erasmus-course-not-on-dashboard', frm=('Sofia Bianchi', 'sofia.bianchi@studenti.unipd.it'), to=CEMU_A,
    date='2025-10-20 20:44', subj='Course not showing on my Dashboard', form='html', hstyle='simple',
    body="""Good evening,

I am an Erasmus student (University of Padova) following the course "Sociologie urbaine" at UNICAEN this semester. I can find the course with the search bar (L.3.SO04) and when I open it, it says I am enrolled and I can see the documents. But it does not appear on my Dashboard in "Course overview", even when I choose "All". My other four courses are there.

Is this normal? It is a bit annoying because I always go through the Dashboard.

My student number (n° étudiant) is 25300655.

Thank you,
Sofia Bianchi
""",
    g=G([('L.3.SO04', 'L.3.SO04')], ['25300655'], sym='course_not_on_dashboard', lang='en',
        note='Erasmus student enrolled but course missing from dashboard; HTML only')))

# 027 ---------------------------------------------------------------------------
M.append(dict(
    slug='digest-liste-cemu-info', frm=('cemu-info', 'cemu-info-request@listes.unicaen.fr'),
    to=('cemu-info', 'cemu-info@listes.unicaen.fr'), date='2025-10-03 06:00',
    subj='Digest cemu-info, Vol 112, numéro 4', cte='qp',
    hdrs={'List-Id': '<cemu-info.listes.unicaen.fr>', 'Precedence': 'list',
          'List-Unsubscribe': '<mailto:sympa@listes.unicaen.fr?subject=unsubscribe%20cemu-info>',
          'X-Loop': 'cemu-info@listes.unicaen.fr', 'Auto-Submitted': 'auto-generated'},
    body="""Envoyez vos messages pour la liste cemu-info à
	cemu-info@listes.unicaen.fr

Pour vous (dés)abonner par le web, consultez
	https://listes.unicaen.fr/sympa/info/cemu-info

Thèmes du jour :

   1. Atelier Moodle niveau 1 – sessions d'octobre (Équipe CEMU)
   2. Re: Atelier Moodle niveau 1 – sessions d'octobre (Hugo Vautier)
   3. Maintenance Ecampus dimanche 5 octobre (Équipe CEMU)

----------------------------------------------------------------------

Message: 1
Date: Thu, 2 Oct 2025 10:14:22 +0200
From: Équipe CEMU <cemu@unicaen.fr>
Subject: Atelier Moodle niveau 1 – sessions d'octobre

Bonjour,

Les prochaines sessions de l'Atelier Moodle niveau 1 auront lieu les 9 et 16 octobre de 9h30 à 12h, salle MRSH SR 179 (campus 1). Inscription sur https://cemu.unicaen.fr/formations.

L'équipe CEMU

------------------------------

Message: 2
Date: Thu, 2 Oct 2025 11:02:51 +0200
From: Hugo Vautier <hugo.vautier@unicaen.fr>
Subject: Re: Atelier Moodle niveau 1 – sessions d'octobre

Bonjour,
Y aura-t-il une session à distance (Teams) pour les collègues des sites d'Alençon et de Lisieux ?
Hugo

------------------------------

Message: 3
Date: Thu, 2 Oct 2025 16:40:03 +0200
From: Équipe CEMU <cemu@unicaen.fr>
Subject: Maintenance Ecampus dimanche 5 octobre

Bonjour,

Ecampus sera indisponible le dimanche 5 octobre de 8h à 13h (passage en Moodle 4.5.7). Pensez à ne pas programmer de test ou de remise de devoir sur ce créneau.

L'équipe CEMU

------------------------------

Fin du Digest cemu-info, Vol 112, numéro 4
*******************************************
""",
    g=G(sym='other', role='unknown', auto=True,
        note='Sympa mailing-list digest; Moodle version and room name are not codes')))

# 028 ---------------------------------------------------------------------------
M.append(dict(
    slug='nom-compose-sans-accents', frm=('Éloïse Lefèvre-Château', 'eloise.lefevre-chateau@etu.unicaen.fr'),
    to=CEMU_A, date='2025-09-22 13:12', subj='Erreur sur mon nom dans Ecampus', cs='iso-8859-1', cte='qp',
    hdrs={'User-Agent': 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.2.3'},
    body="""Bonjour,

Sur Ecampus mon nom apparaît « Eloise LEFEVRE », sans la deuxième partie de mon nom ni les accents, et l'adresse mail affichée sur mon profil est l'ancienne (eloise.lefevre@etu.unicaen.fr, qui ne fonctionne plus). Mon nom complet est Éloïse Lefèvre-Château, c'est celui qui est sur ma carte étudiante et sur mon certificat de scolarité.

Du coup certains professeurs ne me retrouvent pas dans la liste et une enseignante a cru que je n'avais pas rendu mon devoir.

Je n'arrive pas à modifier ces informations dans mon profil. Pouvez-vous faire la correction ?

N° étudiant 23059812

Merci d'avance,
Éloïse Lefèvre-Château
L3 Histoire
""",
    g=G(stu=['23059812'], sym='wrong_name', note='student: compound surname truncated, accents and e-mail wrong in Ecampus')))

# 029 ---------------------------------------------------------------------------
M.append(dict(
    slug='scol-socio-cours-introuvable-porte', frm=('Gaëlle Marie', 'gaelle.marie@unicaen.fr'), to=CEMU_A,
    date='2025-09-26 09:47', subj='Cours introuvable sur Ecampus : M.2.SO11 Sociologie des organisations',
    form='alt', cte='qp', hdrs={'X-Mailer': 'Microsoft Outlook 16.0'},
    body="""Bonjour,

Les étudiants du M2 Sociologie (étape M2SOCI) ne trouvent pas sur Ecampus l'espace de l'EC M.2.SO11 « Sociologie des organisations ». Je ne le trouve pas non plus dans la catégorie du master, alors qu'il existait l'an dernier.

Il me semble que cet enseignement est mutualisé cette année avec le master GRH : c'est l'élément M.2.RH07 qui serait « porteur » (c'est ce que m'a dit le responsable pédagogique, je n'ai pas la main sur la maquette du master GRH). Les étudiants de sociologie y ont leurs IP et sont dans le groupe M2SO-TD1.

Est-ce que l'espace de cours a été supprimé, ou faut-il le demander quelque part ?

Je vous remercie,

Gaëlle Marie
Gestionnaire de scolarité – Masters Sociologie et Démographie
UFR Humanités et Sciences Sociales
Campus 1 – Bâtiment MRSH, bureau SR 112
Esplanade de la Paix – 14032 Caen Cedex 5
02 31 56 62 18
""",
    g=G([('M2SOCI', 'M2SOCI'), ('M.2.SO11', 'M.2.SO11'), ('M.2.RH07', 'M.2.RH07'), ('M2SO-TD1', 'M2SO-TD1')],
        sym='course_missing', role='staff',
        note='secretary: course of a porté element does not exist on Ecampus (porteur/porté)')))

# 030 ---------------------------------------------------------------------------
M.append(dict(
    slug='sms-pas-inscrit-droit-constit', frm=('Yanis B', 'yanis.b14@gmail.com'), to=CEMU_A,
    date='2025-09-27 00:41', subj='pa inscrit au cour de droit constit', cs='us-ascii', cte='7bit',
    body="""bjr
jsuis en L1 droit grp td 5 et jsui pa inscri dan le cour de droit constitutionnel sur ecampus (d1s1-con) alor que les otres oui. mon numero c 25107704
merci bcp

Envoye depuis mon Galaxy S21
""",
    g=G([('D1S1-CON', 'd1s1-con')], ['25107704'], sym='not_enrolled',
        note='SMS-style student, lowercase code; Galaxy S21 is not a code')))

# 031 ---------------------------------------------------------------------------
M.append(dict(
    slug='esix-tr-planning-ade-prof-non-inscrit', frm=('Stéphane Leprince', 'stephane.leprince@unicaen.fr'),
    to=CEMU_A, date='2025-10-03 09:05', subj='TR: Planning ADE ESIX 3A – projet',
    form='alt', cs='windows-1252', cte='qp', hdrs={'X-Mailer': 'Microsoft Outlook 16.0'},
    body="""Bonjour,

Comme vous pouvez le voir ci-dessous, je suis bien planifié dans ADE sur le projet de 3e année ESX9PRJ1 (groupes ESX9-PRJA et ESX9-PRJB) à partir du 6 octobre, mais je ne suis pas inscrit comme enseignant dans l'espace Ecampus correspondant. Dans mon autre module (ESX7MEC, mécanique des milieux continus) je suis bien inscrit, donc mon compte fonctionne.

Les étudiants doivent déposer leur cahier des charges lundi. Pouvez-vous m'inscrire ou me dire ce qui manque ?

Cordialement,

Stéphane Leprince
Maître de conférences – Mécanique
ESIX Normandie – Université de Caen Normandie
Campus 2 – Bâtiment C, bureau C-207
6 boulevard Maréchal Juin – 14050 Caen Cedex 4
Tél. +33 (0)2 31 56 73 91

De : Planning ESIX <planning.esix@unicaen.fr>
Envoyé : [[O:2025-10-01 16:40]]
À : LEPRINCE Stéphane <stephane.leprince@unicaen.fr>
Cc : COUSIN Agnès <agnes.cousin@unicaen.fr>
Objet : Planning ADE ESIX 3A – projet

Bonjour Stéphane,

Tes séances de projet ESX9PRJ1 sont saisies dans ADE à partir du lundi 6/10 : groupe ESX9-PRJA le lundi 13h30 et groupe ESX9-PRJB le mardi 8h, salle C-118 dans les deux cas. Merci de me signaler toute erreur.

Bonne journée,
Agnès – Planning ESIX
""",
    g=G([('ESX9PRJ1', 'ESX9PRJ1'), ('ESX9-PRJA', 'ESX9-PRJA'), ('ESX9-PRJB', 'ESX9-PRJB'), ('ESX7MEC2', 'ESX7MEC')],
        sym='teacher_not_enrolled', role='staff',
        note='engineering-school teacher forwards (Outlook) the ADE planning; not enrolled as teacher; one code truncated')))

# 032 ---------------------------------------------------------------------------
M.append(dict(
    slug='cas-favori-telephone', frm=('Adam Benslimane', 'adam.bens@hotmail.com'), to=CEMU_A,
    date='2025-10-05 19:22', subj='probleme connexion',
    body="""Bonjour,

Je me connecte avec mon numéro 24097718 et mon mot de passe, le site dit que la connexion est réussie mais que « CAS ne connaît pas votre destination finale ni comment vous y rediriger ». Je ne peux pas aller sur mes cours.
J'utilise le lien que j'ai mis en favori sur mon téléphone l'an dernier.

Adam
""",
    g=G(stu=['24097718'], sym='cas_unknown_destination', note='student uses an old bookmark to the CAS page')))

# 033 ---------------------------------------------------------------------------
M.append(dict(
    slug='vendor-licence-renewal', frm=('Daniel Whitmore', 'd.whitmore@scriptorium-analytics.com'), to=CEMU_A,
    date='2025-11-05 15:20', subj='Scriptorium for Moodle – licence renewal 2026 (Order #24105567)',
    form='alt', cte='qp',
    hdrs={'X-Mailer': 'HubSpot', 'List-Unsubscribe': '<https://scriptorium-analytics.com/unsubscribe?u=8821>'},
    body="""Dear CEMU team,

I hope this finds you well. Your current licence of Scriptorium Originality Check for Moodle (plugin local_scriptorium, version 3.2.14, certified for Moodle 4.5) expires on 31 December 2025.

Please find below the renewal options for 2026:

| Option | Seats | Price (EUR, excl. VAT) |
| Standard | up to 30,000 users | 18,400.00 |
| Premium (AI writing detection) | up to 30,000 users | 24,950.00 |

Our reference for your account is Order #24105567 / Quote Q-2025-0931. To keep the service uninterrupted, we would need the purchase order before 12 December 2025.

I would also be happy to schedule a 30-minute demo of the new AI-detection module on Teams — just let me know your availability.

Best regards,

Daniel Whitmore
Senior Account Manager – Higher Education (France & Benelux)
Scriptorium Analytics Ltd.
14 Hanover Street, London W1S 1YH, United Kingdom
Tel: +44 20 7946 0381 | Mobile: +44 7700 900412
www.scriptorium-analytics.com
""",
    g=G(sym='other', role='unknown', lang='en',
        note='vendor licence renewal; 8-digit order number 24105567 is not a student number')))

# 034 ---------------------------------------------------------------------------
M.append(dict(
    slug='pharma-cours-visible-mais-invisible', frm=('Julien Tessier', 'julien.tessier@unicaen.fr'), to=CEMU_A,
    date='2025-10-13 11:02', subj='PH31.05 : les étudiants ne voient toujours pas le cours',
    att=[('png', 'parametres_cours.png')],
    body="""Bonjour,

J'ai bien mis la visibilité du cours sur « Afficher » dans les paramètres de mon espace « (PH31.05) Pharmacologie générale » (voir copie d'écran), mais les étudiants de 3e année de pharmacie (DFGSP3) m'affirment qu'ils ne le voient toujours pas. J'ai vérifié avec le compte d'une étudiante qui était à côté de moi : rien dans son tableau de bord, et si elle tape l'adresse directe elle a un message « Ce cours n'est pas accessible aux étudiants ».

Adresse : https://ecampus.unicaen.fr/course/view.php?id=49120

Tous les autres cours de la 3e année semblent dans le même cas. Est-ce la catégorie qui est cachée ?

Julien Tessier
MCU – Pharmacologie, UFR Santé
""",
    g=G([('PH31.05', 'PH31.05'), ('DFGSP3', 'DFGSP3')], cids=[49120], sym='students_cannot_see_course', role='staff',
        note='pharmacy teacher: course set visible but students still cannot see it (hidden category?); screenshot')))

# 035 ---------------------------------------------------------------------------
M.append(dict(
    slug='auto-reply-partner-wroclaw', frm=('Katarzyna Nowak', 'k.nowak@uwr.edu.pl'), to=CEMU_A,
    date='2025-10-02 10:11', subj='Automatic reply: Ecampus accounts for Wrocław exchange students',
    hdrs={'Auto-Submitted': 'auto-replied', 'X-Auto-Response-Suppress': 'All', 'Precedence': 'bulk'},
    body="""Thank you for your email. I am currently out of the office attending the EAIE conference and will return on 13 October 2025. I will have limited access to e-mail during this time.

For urgent matters regarding incoming and outgoing Erasmus+ students, please contact erasmus@uwr.edu.pl or call +48 71 375 22 09.

Kind regards,
Katarzyna Nowak
International Relations Office
University of Wrocław
""",
    g=G(sym='other', role='unknown', lang='en', auto=True, note='English out-of-office from a partner university')))

# 036 ---------------------------------------------------------------------------
M.append(dict(
    slug='pass-pas-acces-ue3-ue4', frm=('Léa Guillot', 'lea.guillot.pass@gmail.com'), to=CEMU_A,
    date='2025-09-15 21:18', subj='Pas accès à mes cours de PASS !!!', form='alt', cte='qp', hstyle='simple',
    body="""Bonjour,

Je suis en PASS (inscrite en PASS01 d'après mon certificat de scolarité) et je n'ai accès qu'à une partie des cours sur Ecampus. J'ai bien l'UE 1 et l'UE 2, mais pas la PAS-UE3A (biologie cellulaire) ni la PAS-UE4 (je ne suis pas sûre du code exact, c'est biophysique). Les cours en amphi ont commencé et les enseignants mettent tout sur Ecampus, je prends un retard énorme, la PASS c'est déjà assez stressant comme ça...

Mon numéro étudiant : 25 008 913
INE : 2504019873H

S'il vous plaît aidez moi
Léa Guillot
""",
    g=G([('PASS01', 'PASS01'), ('PAS-UE3A', 'PAS-UE3A'), ('PAS-UE4A', 'PAS-UE4')], ['25008913'], sym='not_enrolled',
        note='anxious PASS student missing from two UEs; truncated code PAS-UE4; INE starting with 2504 is not a student number')))

# 037 ---------------------------------------------------------------------------
M.append(dict(
    slug='lansad-enseignants-non-inscrits-tableau', frm=('Isabelle Lenormand', 'isabelle.lenormand@unicaen.fr'),
    to=CEMU_A, date='2025-09-22 14:55', subj='Enseignants LANSAD non inscrits dans leurs espaces Ecampus',
    form='html', cte='b64', hdrs={'X-Mailer': 'Microsoft Outlook 16.0'},
    body="""Bonjour,

Trois enseignants du pôle LANSAD ne sont pas inscrits dans les espaces Ecampus des groupes qu'ils ont en charge ce semestre, alors que leurs séances sont bien planifiées dans ADE depuis début septembre :

| Enseignant | Cours | Groupe | Créneau ADE |
| Mme PRIETO Elena | LANSESB1 | ESB1-GO3 | lundi 10h15 – salle LA 218 |
| M. O'CONNOR Sean | LANSANB2 | ANB2-G11 | mardi 14h – salle LA 105 |
| Mme ZHANG Li | LANSCHA1 | CHA1-G01 | jeudi 16h – salle SA-214 |

M. O'Connor et Mme Zhang sont vacataires (comptes créés par nos soins en juillet). Mme Prieto est titulaire.

Pourriez-vous les inscrire, ou nous indiquer ce qui ne va pas dans la planification ?

Merci d'avance et bonne journée,

Isabelle Lenormand
Responsable administrative – Pôle LANSAD
Carré international – Université de Caen Normandie
Campus 1 – Bâtiment Lettres, bureau LA 201
Esplanade de la Paix – CS 14032 – 14032 Caen Cedex 5
Tél. 02 31 56 60 47
""",
    g=G([('LANSESB1', 'LANSESB1'), ('ESB1-G03', 'ESB1-GO3'), ('LANSANB2', 'LANSANB2'), ('ANB2-G11', 'ANB2-G11'),
         ('LANSCHA1', 'LANSCHA1'), ('CHA1-G01', 'CHA1-G01')], sym='teacher_not_enrolled', role='staff',
        note='language-centre admin: table of 3 teachers not enrolled; one group code with O for 0; room names not codes')))

# 038 ---------------------------------------------------------------------------
M.append(dict(
    slug='exchange-iut-info-not-enrolled', frm=('Lukas Becker', 'lukas.becker@etu.unicaen.fr'), to=CEMU_A,
    date='2025-09-26 11:12', subj='Not enrolled in two courses (BUT Informatique)',
    body="""Hello,

I'm an exchange student from Hochschule Darmstadt, doing one semester in the 2nd year of BUT Informatique (BINF2A). I'm enrolled in most of my courses on Ecampus, but not in INF-R305 (systems programming, I think) and INF-R308. The teacher of INF-R308 told me he cannot find me in the participants list and that I should contact you.

My student number is 25301645.

Thanks a lot,
Lukas
""",
    g=G([('BINF2A', 'BINF2A'), ('INF-R305', 'INF-R305'), ('INF-R308', 'INF-R308')], ['25301645'],
        sym='not_enrolled', lang='en', note='exchange student not enrolled in two IUT resources')))

# 039 ---------------------------------------------------------------------------
M.append(dict(
    slug='psycho-cours-renomme-deplace', frm=('Dominique Fauvel', 'dominique.fauvel@unicaen.fr'), to=CEMU_A,
    date='2025-09-05 16:40', subj='Cours renommé et déplacé sans prévenir', cte='qp',
    body="""Bonjour,

Mon espace « Méthodologie de la recherche en psychologie » (code PSYL1U02) a changé de nom cet été : il s'appelle maintenant « (PSYL1U02) Méthodologie et statistiques 1 » et il a été déplacé de la catégorie Licence 1 vers une catégorie « Psychologie > Tronc commun ». Je n'y suis pour rien.

Je ne suis pas opposée au changement, mais mes étudiants de l'an dernier avaient des liens dans leurs favoris et mes collègues ne trouvent plus le cours. Est-ce une modification volontaire de la scolarité ou un effet de la synchronisation ? Dois-je m'attendre à d'autres changements ?

Cordialement,
D. Fauvel
""",
    g=G([('PSYL1U02', 'PSYL1U02')], sym='course_moved_renamed', role='staff',
        note='teacher: course renamed and moved to another category')))

# 040 ---------------------------------------------------------------------------
M.append(dict(
    slug='glpi-dsi-nouveau-suivi', frm=('GLPI DSI UNICAEN', 'glpi-noreply@unicaen.fr'), to=CEMU_A,
    date='2025-10-15 09:31', subj='[GLPI #0031872] Nouveau suivi - Accès Ecampus vacataire Droit',
    form='alt', cte='qp', hstyle='simple', mid='<GLPI-Ticket-31872.1760513460.2143011@assistance.unicaen.fr>',
    irt='<GLPI-Ticket-31872@assistance.unicaen.fr>',
    hdrs={'Auto-Submitted': 'auto-generated', 'X-Auto-Response-Suppress': 'OOF, DR, RN, NRN, AutoReply',
          'Content-Language': 'fr-FR'},
    body="""URL : https://assistance.unicaen.fr/front/ticket.form.php?id=31872&forcetab=Ticket$1

Ticket : Description

Titre : Accès Ecampus vacataire Droit
Demandeur : MALLET Corinne
Date d'ouverture : 14-10-2025 16:02
Catégorie : Applications > Ecampus (Moodle)
Statut : En cours (Attribué)
Urgence : Moyenne

Description :
Bonjour, un vacataire de la faculté de droit (M. Lerebours) n'arrive pas à accéder au cours D2S3-ADM sur Ecampus, il est bloqué sur sa page de profil. Son compte invité a été créé le 10/09. Merci. C. Mallet

Nombre de suivis : 2

[15-10-2025 09:31] Suivi (Technicien : ROUSSEL Mathieu)
Le compte a été créé sans adresse de messagerie. Transféré au CEMU pour vérification côté Ecampus.

[14-10-2025 17:12] Suivi (Technicien : BOUCHARD Eric)
Ticket pris en charge.

--
Ce courriel a été généré automatiquement par GLPI 10.0.16
""",
    g=G([('D2S3-ADM', 'D2S3-ADM')], sym='other', role='unknown', auto=True,
        note="notification of the DSI's GLPI helpdesk (another helpdesk); ticket id is not a course id")))

# 041 ---------------------------------------------------------------------------
M.append(dict(
    slug='du-foad-groupe-presentiel', frm=('Sylvie Cardon', 'sylvie.cardon76@laposte.net'), to=CEMU_A,
    date='2025-10-17 20:05', subj='Mauvais groupe dans le module 3 du DU (FOAD)', cs='windows-1252', cte='8bit',
    body="""Bonjour,

Je suis inscrite en DU Capacité de Gestion des Entreprises à distance (FOAD), je travaille à temps plein à côté et je viens de Cherbourg par le TER 53512 pour les regroupements. Dans le cours DUGE-M03 (Comptabilité de gestion) je suis dans le groupe DUCGE-PRES, c'est-à-dire le groupe des présentiels, donc je ne vois pas les classes virtuelles du jeudi soir ni les devoirs déposés pour les distanciels. Dans les modules 1 et 2 j'étais bien dans le groupe DUCGE-FOAD.

Mon numéro d'étudiante (sur ma carte) : 19833402. J'avais déjà fait une licence à Caen il y a longtemps, c'est peut-être pour ça ?

Je vous remercie de votre aide.
Sylvie Cardon
""",
    g=G([('DUGE-M03', 'DUGE-M03'), ('DUCGE-PRES', 'DUCGE-PRES'), ('DUCGE-FOAD', 'DUCGE-FOAD')], ['19833402'],
        sym='wrong_group', note='distance-learning DU student placed in the on-site group')))

# 042 ---------------------------------------------------------------------------
M.append(dict(
    slug='re-cemu-cohorte-dfgsm3-vide', frm=('Émilie Bazin', 'emilie.bazin@unicaen.fr'), to=CEMU,
    date='2025-09-10 10:28', subj='RE: [CEMU #48022] Cohorte DFGSM3 vide ?',
    irt='<cemu-48022-1@unicaen.fr>', hdrs={'X-Mailer': 'Microsoft Outlook 16.0', 'Thread-Topic': '[CEMU #48022] Cohorte DFGSM3 vide ?'},
    body="""Bonjour,

Merci pour votre réponse. Je comprends qu'il faut attendre la nuit, mais ce matin la cohorte « UFR Santé – DFGSM3 (2025-2026) » n'a toujours que 12 membres alors que nous avons 243 inscrits administratifs sur l'étape DFGSM3 dans Apogée. La cohorte de l'an dernier (2024-2025) en a 251.

Est-ce que la synchronisation des cohortes prend en compte les IA en attente de paiement ? Beaucoup de nos étudiants n'ont pas encore réglé la CVEC.

Bien cordialement,
Émilie Bazin
Scolarité 1er cycle Médecine – UFR Santé

De : CEMU Assistance <cemu.assistance@unicaen.fr>
Envoyé : [[O:2025-09-09 15:12]]
À : Bazin Emilie <emilie.bazin@unicaen.fr>
Objet : [CEMU #48022] Cohorte DFGSM3 vide ?

Bonjour,
Les cohortes sont mises à jour chaque nuit à partir des inscriptions administratives. Une IA saisie aujourd'hui apparaîtra demain dans la cohorte.
Cordialement,
L'équipe CEMU
""",
    g=G([('DFGSM3', 'DFGSM3')], sym='cohort_question', role='staff',
        note='medicine secretary replies on a ticket: cohort of an étape almost empty')))

# 043 ---------------------------------------------------------------------------
M.append(dict(
    slug='bio-cellulaire-introuvable', frm=('nathan.lefranc', 'nathan.lefranc@etu.unicaen.fr'), to=CEMU_A,
    date='2025-10-01 12:47', subj='cours de bio cellulaire introuvable', cs='us-ascii', cte='7bit',
    body="""Bonjour,
le cours de biologie cellulaire SBI0303 n existe pas sur ecampus, j ai cherche dans toutes les categories de la L2 SVT et rien. Le prof dit qu il a mis les TD dessus mais on le trouve pas. Mes camarades non plus.
Nathan Lefranc 24051190
""",
    g=G([('SBIO303', 'SBI0303')], ['24051190'], sym='course_missing',
        note='student, no accents: course not found; code typed with zero instead of O')))

# 044 ---------------------------------------------------------------------------
M.append(dict(
    slug='prof-histoire-test-tiers-temps', frm=('Anne-Sophie Renouf', 'anne-sophie.renouf@unicaen.fr'), to=CEMU_A,
    date='2025-11-20 17:45', subj='Tiers-temps dans un test Ecampus',
    body="""Bonjour,

J'organise le 2 décembre une évaluation sous forme de test Ecampus dans mon cours (HHIS305) Histoire moderne : 45 minutes, une seule tentative. Trois étudiants bénéficient d'un tiers-temps (aménagement validé par le relais handicap).

Comment leur donner 15 minutes de plus sans que les autres en profitent ? J'ai vu « Dérogations utilisateur » dans les paramètres du test mais je ne suis pas sûre que ce soit la bonne méthode, et je ne veux pas faire d'erreur le jour J.

Lien du test : https://ecampus.unicaen.fr/mod/quiz/view.php?id=734455

Merci,
Anne-Sophie Renouf
MCF Histoire moderne
""",
    g=G([('HHIS305', 'HHIS305')], sym='other', role='staff',
        note='quiz setting question (extra time); mod/quiz id is a module id, not a course id')))

# 045 ---------------------------------------------------------------------------
M.append(dict(
    slug='reponse-automatique-conges-iut', frm=('Sébastien Quéré', 'sebastien.quere@unicaen.fr'), to=CEMU,
    date='2025-12-22 08:00', subj='Réponse automatique : [CEMU #48710] Votre demande a été enregistrée',
    cs='iso-8859-1', cte='qp',
    hdrs={'Auto-Submitted': 'auto-replied', 'X-Zimbra-Auto-Reply': 'yes'},
    body="""Bonjour,
Je serai absent du 22 décembre 2025 au 4 janvier 2026 (fermeture de l'université).
En cas d'urgence, vous pouvez joindre le secrétariat du département Informatique de l'IUT au 02 31 56 72 10.
Bonnes fêtes de fin d'année,
Sébastien Quéré
""",
    g=G(sym='other', role='unknown', auto=True, note='French out-of-office (Zimbra) during the Christmas closure')))

# 046 ---------------------------------------------------------------------------
M.append(dict(
    slug='partner-bologna-course-not-visible', frm=('Prof. Marco Ferretti', 'marco.ferretti@unibo.it'), to=CEMU_A,
    date='2025-10-06 15:30', subj='Double degree course not visible to students', form='html', hstyle='simple', cte='qp',
    body="""Dear colleagues,

I am teaching the seminar "Comparative Corporate Law" (D3S5-CMP) for the Caen–Bologna double degree this year, as an invited professor. Professor Lemaître has given me access to the Ecampus page and I can see and edit it (the title appears in grey in my course list), but none of the students can see it — neither the Caen students nor our Bologna students.

The link is ⟨https://ecampus.unicaen.fr/course/view.php?id=52406|(D3S5-CMP) Comparative Corporate Law⟩. The first session is on 16 October and I would like to upload the reading list beforehand.

Could you please tell me what is missing?

With best regards,
Marco Ferretti
Professore ordinario di Diritto commerciale
Dipartimento di Scienze Giuridiche – Alma Mater Studiorum Università di Bologna
Via Zamboni 27/29, 40126 Bologna, Italia
Tel. +39 051 209 9612
""",
    g=G([('D3S5-CMP', 'D3S5-CMP')], cids=[52406], sym='students_cannot_see_course', role='unknown', lang='en',
        note='partner-university professor: course greyed for him, invisible to students (hidden)')))

# 047 ---------------------------------------------------------------------------
M.append(dict(
    slug='doctorante-formation-ed-sans-espace', frm=('Yasmina Ferhat', 'yasmina.ferhat@etu.unicaen.fr'), to=CEMU_A,
    date='2025-11-12 09:14', subj="Formation doctorale ED98 F12 – pas d'espace Ecampus",
    body="""Bonjour,

Doctorante en 1re année (ED 98, laboratoire COMETE), je suis inscrite à la formation transversale « Éthique de la recherche et intégrité scientifique » (ED98 F12). Le mail du collège doctoral indique que tout se passe sur Ecampus, mais je ne trouve aucun espace de cours correspondant, ni dans la catégorie Collège doctoral ni par la recherche.

La première séance est le 20 novembre en visio. Est-ce que le cours n'a pas encore été créé ?

Merci d'avance,
Yasmina Ferhat
Doctorante – UMR-S 1075 COMETE
N° étudiant 25600214
""",
    g=G([('ED98-F12', 'ED98 F12')], ['25600214'], sym='course_missing',
        note='PhD student: doctoral training course does not exist on Ecampus; code with a space instead of the dash')))

# 048 ---------------------------------------------------------------------------
M.append(dict(
    slug='dsi-script-synchro-cohortes', frm=('Eric Bouchard', 'eric.bouchard@unicaen.fr'), to=CEMU_A,
    date='2025-09-03 17:22', subj='Script de synchro des cohortes / export REFER',
    body="""Salut l'équipe,

Petite question technique avant la rentrée : le script de synchronisation des cohortes (cron sur srv-moodle-app03, 02h30) lit les IA dans REFER, or l'export REFER de cette année démarre à 02h15 et dure parfois 40 minutes pendant les grosses périodes d'IA. Résultat la nuit dernière : la cohorte PASS01 a été vidée puis re-remplie, et 38 étudiants ont perdu leurs inscriptions dans deux espaces où la cohorte était synchronisée (cf. GLPI 31790).

Est-ce que vous voyez un inconvénient à décaler le script à 04h00 ? Et est-ce que vous avez une liste des espaces qui utilisent encore une synchronisation de cohorte ? Ce serait l'occasion de faire le ménage.

Eric
--
Eric Bouchard – DSI, Pôle Applications / SI Scolarité
02 31 56 59 70
""",
    g=G([('PASS01', 'PASS01')], sym='cohort_question', role='staff',
        note='DSI: timing of the cohort sync script vs REFER export; server names and GLPI number not codes')))

# 049 ---------------------------------------------------------------------------
M.append(dict(
    slug='caps-cas-destination-finale-but-tc', frm=('ROMAIN LECHEVALIER', 'romain.lechevalier@etu.unicaen.fr'),
    to=CEMU_A, date='2025-09-29 07:58', subj='CONNEXION ECAMPUS IMPOSSIBLE', cs='us-ascii', cte='7bit',
    body="""BONJOUR
QUAND JE ME CONNECTE CA ME MET CONNEXION REUSSIE PUIS CAS NE CONNAIT PAS VOTRE DESTINATION FINALE ET JE RESTE BLOQUE SUR LA PAGE. J AI ESSAYE SUR MON TELEPHONE ET SUR LE PC DE LA BU C EST PAREIL
JE SUIS EN BUT TC 1ERE ANNEE (BTCO1A)
NUMERO 25 07 44 90
MERCI
""",
    g=G([('BTC01A', 'BTCO1A')], ['25074490'], sym='cas_unknown_destination',
        note='all caps student stuck on the CAS page; étape code in brackets')))

# 050 ---------------------------------------------------------------------------
M.append(dict(
    slug='non-remis-outlook-regle-externe', frm=('Microsoft Outlook', 'postmaster@aubryavocats.onmicrosoft.com'),
    to=CEMU_A, date='2025-09-18 09:41', subj='Non remis : Re: [CEMU #48402] Accès Ecampus chargé de TD vacataire',
    form='report', cte='qp', hdrs={'Auto-Submitted': 'auto-replied', 'X-MS-Exchange-Message-Is-Ndr': ''},
    body="""Échec de remise à ces destinataires ou groupes :

f.aubry@aubry-lemonnier-avocats.fr
Le message n'a pas pu être remis car le destinataire a configuré une règle qui rejette les messages provenant d'expéditeurs externes non approuvés.

Informations de diagnostic pour les administrateurs :

Serveur de génération : PR3P195MB0712.EURP195.PROD.OUTLOOK.COM

f.aubry@aubry-lemonnier-avocats.fr
Remote Server returned '550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required'
""",
    att=[('dsn', """Reporting-MTA: dns;PR3P195MB0712.EURP195.PROD.OUTLOOK.COM
Received-From-MTA: dns;mx2.unicaen.fr
Arrival-Date: Thu, 18 Sep 2025 07:41:12 +0000

Final-Recipient: rfc822;f.aubry@aubry-lemonnier-avocats.fr
Action: failed
Status: 5.7.133
Diagnostic-Code: smtp;550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required
"""), ('rfc822', dict(
        slug='inner-cemu-48402', frm=CEMU, to=('Frédéric Aubry', 'f.aubry@aubry-lemonnier-avocats.fr'),
        date='2025-09-18 09:40', subj='Re: [CEMU #48402] Accès Ecampus chargé de TD vacataire',
        body="""Bonjour Maître,

Votre compte a été créé par la faculté sans adresse de courriel, ce qui vous bloque sur la page de profil. Nous avons demandé à la scolarité de le compléter : vous pourrez vous connecter normalement dès demain.

Cordialement,
L'équipe du CEMU
"""))],
    g=G(sym='other', role='unknown', auto=True,
        note='Exchange non-delivery report (French) returning a CEMU reply as message/rfc822')))
