from mails_a import G, CEMU, CEMU_A

M = []

# 051 ---------------------------------------------------------------------------
M.append(dict(
    slug='deleguee-l3-info-groupe2-non-inscrit', frm=('Clara Jouan', 'clara.jouan@etu.unicaen.fr'), to=CEMU_A,
    date='2025-10-02 17:35', subj='Groupe 2 de SINF 501 pas inscrit', cs='iso-8859-1', cte='8bit',
    body="""Bonjour,

Je suis déléguée de la L3 Informatique. Nous sommes 18 étudiants du groupe de TD 2 (SINF501G2) à ne pas être inscrits dans le cours SINF 501 « Algorithmique avancée » sur Ecampus, alors que les étudiants des groupes 1 et 3 y sont. Le premier TP noté est le 9 octobre.

Je mets quelques numéros étudiants pour que vous puissiez vérifier :
Clara Jouan 23048817
Maxime Hue 23040265
Rayan Ouali 22117390
Jade Letellier 23051174

Merci beaucoup,
Clara Jouan
Déléguée L3 Info
""",
    g=G([('SINF501G2', 'SINF501G2'), ('SINF501', 'SINF 501')], ['23048817', '23040265', '22117390', '23051174'],
        sym='not_enrolled', note='student delegate: a whole TD group missing from the course; list of names with numbers; code with stray space')))

# 052 ---------------------------------------------------------------------------
M.append(dict(
    slug='erasmus-cas-target-destination', frm=('Mehmet Yılmaz', 'mehmet.yilmaz@etu.unicaen.fr'), to=CEMU_A,
    date='2025-09-15 10:02', subj='Login successful but no redirection to Ecampus',
    body="""Hello,

When I log in I get a page saying "Log In Successful – You have successfully logged into the Central Authentication Service. However, you are seeing this page because CAS does not know about your target destination and how to get you there." Then nothing happens, I never arrive on Ecampus.

I use the link "cas.unicaen.fr" that a friend sent me on WhatsApp. I'm on Windows 11, Chrome 140.

Student number: 25301378
Erasmus+ student from Ankara University (Faculty of Law)

Thanks,
Mehmet
""",
    g=G(stu=['25301378'], sym='cas_unknown_destination', lang='en',
        note='Erasmus student on the English CAS success page without service')))

# 053 ---------------------------------------------------------------------------
M.append(dict(
    slug='scol-med-groupes-ed-tableau', frm=('Émilie Bazin', 'emilie.bazin@unicaen.fr'), to=CEMU_A,
    date='2025-10-09 14:20', subj='Erreurs de groupes ED dans MD3-UE04 (DFGSM3)', form='alt', cte='b64',
    hdrs={'X-Mailer': 'Microsoft Outlook 16.0'},
    body="""Bonjour,

Suite au changement de groupes d'ED validé par la commission pédagogique du 2 octobre (PV n° 20251002), trois étudiants de DFGSM3 n'apparaissent pas dans le bon groupe dans l'espace « (MD3-UE04) Appareil digestif » : ils sont toujours dans leur ancien groupe, alors qu'Apogée est à jour depuis le 3/10. Voici un extrait :

| N° étudiant | Code individu Apogée | Nom Prénom | Groupe Ecampus actuel | Groupe attendu |
| 23010452 | 1187432 | ROBIN Paul | MD3ED-G02 | MD3ED-G05 |
| 23014781 | 1190218 | KHELIFI Sarah | MD3ED-G02 | MD3ED-G05 |
| 22091336 | 1143905 | DUVAL Hortense | MD3ED-G05 | MD3ED-G02 |

Les enseignants d'ED utilisent les groupes pour l'appel et les dépôts de cas cliniques, c'est donc gênant.

Bien cordialement,

Émilie Bazin
Scolarité 1er cycle Médecine – UFR Santé
Pôle de Formation et de Recherche en Santé
2 rue des Rochambelles – 14032 Caen Cedex
Bureau 0.21 (rez-de-chaussée)
Tél. 02 31 06 82 11
""",
    g=G([('MD3-UE04', 'MD3-UE04'), ('DFGSM3', 'DFGSM3'), ('MD3ED-G02', 'MD3ED-G02'), ('MD3ED-G05', 'MD3ED-G05')],
        ['23010452', '23014781', '22091336'], sym='wrong_group', role='staff',
        note='medicine secretary: table of students in the wrong ED group; 7-digit COD_IND are not student numbers')))

# 054 ---------------------------------------------------------------------------
M.append(dict(
    slug='database-connection-failed-capture', frm=('Jade Vautier', 'jade.vautier@etu.unicaen.fr'), to=CEMU_A,
    date='2026-01-11 09:48', subj='Ecampus : Error: Database connection failed',
    att=[('png', 'ecampus_erreur.png')],
    body="""Bonjour,

Depuis ce matin, quand j'essaie d'aller sur Ecampus j'ai une page avec un cadre rouge « Error: Database connection failed – It is possible that the database is overloaded or otherwise not running properly ». J'ai vidé le cache et essayé en navigation privée, pareil. Je joins une capture.

J'ai un devoir maison à rendre pour demain 8h, est-ce que la date limite sera repoussée si le site ne revient pas ?

Merci,
Jade Vautier
L2 Géographie
""",
    g=G(sym='database_error', note='Sunday morning database connection failed; screenshot; no code or number')))

# 055 ---------------------------------------------------------------------------
M.append(dict(
    slug='esix-fwd-cours-reseaux-invisible', frm=('Nicolas Hervieu', 'nicolas.hervieu@unicaen.fr'), to=CEMU_A,
    date='2025-09-30 08:12', subj='Fwd: Cours de réseaux invisible', form='alt', hstyle='simple', cte='qp',
    body="""Bonjour,

Je vous transfère le message d'un étudiant. Je suis enseignant du cours ESX5INF1 (Réseaux, 1re année du cycle ingénieur, étape ING1IN). J'ai ouvert l'espace la semaine dernière, j'y vois bien mes documents, mais visiblement aucun étudiant n'y accède. La liste des participants (https://ecampus.unicaen.fr/user/index.php?id=47302) contient pourtant bien 42 étudiants.

Merci de votre aide,
Nicolas Hervieu
ESIX Normandie

---------- Message transféré ---------
De : Tom Lebrun <tom.lebrun@etu.unicaen.fr>
Date : [[G:2025-09-29 22:37]]
Objet : Cours de réseaux invisible
À : Nicolas Hervieu <nicolas.hervieu@unicaen.fr>

Bonsoir Monsieur,
Personne dans la promo ne voit le cours de réseaux sur Ecampus, ni dans le tableau de bord ni en cherchant. Est-ce qu'il faut une clé d'inscription ?
Bonne soirée,
Tom Lebrun, ING1 info, groupe TP B
""",
    g=G([('ESX5INF1', 'ESX5INF1'), ('ING1IN', 'ING1IN')], cids=[47302], sym='students_cannot_see_course', role='staff',
        note='teacher forwards (Gmail) a student complaint: enrolled students cannot see the course (hidden)')))

# 056 ---------------------------------------------------------------------------
M.append(dict(
    slug='iut-gea-toute-equipe-inscrite', frm=('Patricia Lemonnier', 'patricia.lemonnier@unicaen.fr'), to=CEMU_A,
    date='2025-09-12 11:05', subj="BUT GEA 1A : toute l'équipe pédagogique inscrite dans chaque ressource",
    form='html', cte='qp', hdrs={'X-Mailer': 'Microsoft Outlook 16.0'},
    body="""Bonjour,

Les enseignants du département GEA nous signalent que dans tous les espaces Ecampus des ressources du S1 (GEA-R101, GEA-¦R102, GEA-R103… jusqu'à GEA-R112), les 32 enseignants du département sont inscrits avec le rôle « Enseignant », y compris des collègues qui n'interviennent qu'en 2e année. Certains reçoivent jusqu'à 200 notifications par jour.

Nous avons vérifié ADE avec le service planning : les séances sont bien planifiées avec le bon enseignant. En revanche, nous avons associé toute l'équipe pédagogique aux groupes par activités de l'étape BGEA1A pour faciliter les remplacements : est-ce que cela pourrait être la cause ?

Cordialement,

Patricia Lemonnier
Responsable administrative
IUT Grand Ouest Normandie – site de Caen
Tél. 02 31 56 70 01
""",
    g=G([('GEA-R101', 'GEA-R101'), ('GEA-R102', 'GEA-R102'), ('GEA-R103', 'GEA-R103'), ('GEA-R112', 'GEA-R112'),
         ('BGEA1A', 'BGEA1A')], sym='too_many_teachers', role='staff',
        note='IUT admin: whole teaching team enrolled in every S1 resource (teachers associated to activity groups); codes cited as a range')))

# 057 ---------------------------------------------------------------------------
M.append(dict(
    slug='erasmus-sortant-seville-plus-acces', frm=('Hugo Lambert', 'hugo.lambert@etu.unicaen.fr'), to=CEMU_A,
    date='2026-01-19 14:33', subj='Erasmus à Séville – plus accès aux cours de Caen', cte='qp',
    body="""Bonjour,

Je suis en M1 Histoire et je suis parti en Erasmus à l'Universidad de Sevilla pour le second semestre (départ le 10 janvier). Depuis, je n'ai plus accès à aucun cours sur Ecampus, y compris au séminaire de recherche de M1 (HHIS8O1) dont j'ai besoin pour mon mémoire : mon directeur y dépose les sources et les consignes.

Je pensais partir au S2 uniquement, mais je me demande si la scolarité n'a pas coché un départ à l'année. Pouvez-vous me réinscrire au moins dans ce cours ?

N° étudiant : 22015839

Merci,
Hugo Lambert
""",
    g=G([('HHIS801', 'HHIS8O1')], ['22015839'], sym='not_enrolled',
        note='outgoing Erasmus student lost access to Caen courses; code typed with O for 0')))

# 058 ---------------------------------------------------------------------------
M.append(dict(
    slug='noreply-nouvelle-connexion', frm=('Ecampus', 'noreply-ecampus@unicaen.fr'),
    to=('Assistance CEMU', 'cemu.assistance@unicaen.fr'), date='2025-11-24 07:12',
    subj='Ecampus : nouvelle connexion à votre compte', form='alt', hstyle='simple', cte='qp',
    hdrs={'Auto-Submitted': 'auto-generated', 'Precedence': 'bulk', 'X-Moodle-Notification': 'core/newlogin'},
    body="""Bonjour Assistance CEMU,

Votre compte Ecampus (cemu-assistance) a été utilisé pour se connecter depuis un nouvel appareil :

Appareil : Firefox 145.0 sur Windows 10
Adresse IP : 194.199.107.41
Date : lundi 24 novembre 2025, 07:12

Si c'est bien vous, aucune action n'est nécessaire.
Si ce n'est pas vous, modifiez immédiatement votre mot de passe : https://ecampus.unicaen.fr/login/change_password.php

Ceci est un message automatique, merci de ne pas y répondre.
Ecampus – Université de Caen Normandie
""",
    g=G(sym='other', role='unknown', auto=True, note='Moodle new-login notification (no-reply)')))

# 059 ---------------------------------------------------------------------------
M.append(dict(
    slug='scol-droit-tr-pj-etudiante-connexion', frm=('Corinne Mallet', 'corinne.mallet@unicaen.fr'), to=CEMU_A,
    date='2025-09-09 11:50', subj='TR: Impossible de me connecter',
    hdrs={'User-Agent': 'Zimbra 10.0 (ZimbraWebClient - GC140 (Win)/10.0.9_GA_4651)'},
    body="""Bonjour,

Je vous transmets le message ci-joint d'une étudiante arrivée en L2 par transfert. Son IA a été saisie le 1er septembre (étape DL2DRT). Je ne sais pas si le problème vient de son compte numérique ou d'Ecampus. Pouvez-vous voir avec la DSI si nécessaire ?

Merci,
Corinne Mallet
Scolarité Licence Droit – bureau D-108
Tél. 02 31 56 54 30
""",
    att=[('rfc822', dict(
        slug='inner-maelys', frm=('Maëlys Garnier', 'maelys.garnier03@gmail.com'),
        to=('Scolarité Droit', 'scol.droit@unicaen.fr'), date='2025-09-08 19:02', subj='Impossible de me connecter',
        form='alt', hstyle='simple', cte='qp',
        body="""Bonjour,

Je suis inscrite en L2 Droit (réorientation depuis la L1 de LEA à Rouen). J'ai payé mon inscription le 28 août mais je n'ai jamais reçu le mail pour activer mon compte numérique, et quand j'essaie de me connecter à Ecampus avec mon numéro étudiant 25118846 il me dit que l'identifiant est inconnu. Mon INE est le 0604123987G.

Les cours ont commencé lundi...

Merci de votre aide
Maëlys Garnier
"""), 'Impossible de me connecter.eml')],
    g=G([('DL2DRT', 'DL2DRT')], ['25118846'], sym='cannot_login', role='staff',
        note='secretary forwards as attachment a transferred student who cannot log in (account never activated)')))

# 060 ---------------------------------------------------------------------------
M.append(dict(
    slug='erasmus-spanish-names-wrong', frm=('María del Carmen García López', 'mcarmen.garcia@etu.unicaen.fr'),
    to=CEMU_A, date='2025-10-08 12:00', subj='My name is wrong on Ecampus', cte='qp',
    body="""Hello,

On Ecampus my name is displayed as "Lopez Maria Del Carmen GARCIA" — my first names and surnames are mixed up, and the accents are missing. In Spain we have two surnames: my first names are María del Carmen and my surnames are García López. Teachers call me "Mrs Lopez" and in the group lists they cannot find me under G.

Also, the e-mail shown on my profile is mcarmen.garcia@etu.unicaen.fr but the one I registered at the international office was my personal one; this is not a big problem though.

Can you correct my name? My student number is 25301027.

Thank you very much!
María del Carmen García López
Erasmus+ – Universidad de Granada
""",
    g=G(stu=['25301027'], sym='wrong_name', lang='en', note='Erasmus student: first names and surnames mixed up in Ecampus')))

# 061 ---------------------------------------------------------------------------
M.append(dict(
    slug='chimie-plus-enseignante-depuis-groupes', frm=('Frédérique Anquetil', 'frederique.anquetil@unicaen.fr'),
    to=CEMU_A, date='2025-10-14 13:27', subj='Plus inscrite comme enseignante dans SCHI102 depuis la création des groupes',
    cte='qp',
    body="""Bonjour,

Jusqu'à la semaine dernière j'étais inscrite comme enseignante dans l'espace (SCHI102) Chimie générale, et depuis lundi je n'y suis plus : je ne vois plus le cours dans mon tableau de bord, et mes collègues me disent que je n'apparais plus dans les participants.

La seule chose qui a changé, d'après la scolarité, c'est qu'ils ont créé dans Apogée des groupes de TD pour cet élément (SCHI102G1 à SCHI102G4), alors qu'avant il n'y en avait pas. Mes séances dans ADE sont toujours planifiées comme avant, sur toute la promo.

Je fais le CM et les TD du groupe 3. Pourriez-vous regarder ?

Merci,
Frédérique Anquetil
MCF Chimie – UFR des Sciences
""",
    g=G([('SCHI102', 'SCHI102'), ('SCHI102G1', 'SCHI102G1'), ('SCHI102G4', 'SCHI102G4')], sym='teacher_not_enrolled',
        role='staff', note='teacher lost her teacher enrolment after groups were created in APOGÉE (pseudo-group case)')))

# 062 ---------------------------------------------------------------------------
M.append(dict(
    slug='sms-mdp-reinitialise-refuse', frm=('Enzo', 'enzo.lmn@gmail.com'), to=CEMU_A,
    date='2025-11-03 08:11', subj='mdp', cs='us-ascii', cte='7bit',
    body="""bonjour jai reinitialiser mon mot de passe hier sur le site du compte numerique (sesame) mais ecampus me dit tjr mdp incorrect. mon ancien mdp marche pas non plus. je peux pas rendre mon dm de stats
enzo lemonnier 24 09 83 17 L2 eco
""",
    g=G(stu=['24098317'], sym='cannot_login', note='SMS-style student: password reset not accepted')))

# 063 ---------------------------------------------------------------------------
M.append(dict(
    slug='sufca-tr-du-psycho-archives', frm=('Laurence Vimont', 'laurence.vimont@unicaen.fr'), to=CEMU_A,
    date='2025-09-04 10:40', subj='TR: Mes cours ont disparu ???', cs='iso-8859-1', cte='qp',
    hdrs={'User-Agent': 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.1.1'},
    body="""Bonjour,

Je vous transfère la question de M. Dauvergne. Pour information, le DU Psychologie du développement a été remaquetté cette année : l'ancienne étape DUPSY1 a été fermée et remplacée par DUPSY2, avec de nouveaux codes d'éléments. Les anciens cours (DUPS-M01, DUPS-M02 et DUPS-M04) sont donc passés en Archives.

Est-ce que les nouveaux espaces ont bien été créés ? Et M. Dauvergne peut-il récupérer le contenu de ses anciens cours ?

Laurence Vimont
Service Universitaire de Formation Continue (SUFCA)

-------- Message transféré --------
Sujet : 	Mes cours ont disparu ???
Date : 	[[R:2025-09-03 18:22]]
De : 	Bruno Dauvergne <bruno.dauvergne@unicaen.fr>
Pour : 	Laurence Vimont <laurence.vimont@unicaen.fr>

Bonjour Laurence,
Mes trois modules du DU ont été renommés « [Archives] ... » et déplacés dans une catégorie Archives. Les stagiaires arrivent le 15 septembre ! Que se passe-t-il ?
Bruno
""",
    g=G([('DUPSY1', 'DUPSY1'), ('DUPSY2', 'DUPSY2'), ('DUPS-M01', 'DUPS-M01'), ('DUPS-M02', 'DUPS-M02'),
         ('DUPS-M04', 'DUPS-M04')], sym='course_moved_renamed', role='staff',
        note='continuing-education secretary forwards (Thunderbird) a teacher: DU courses archived after a new maquette; old codes unknown')))

# 064 ---------------------------------------------------------------------------
M.append(dict(
    slug='du-foad-module7-pas-inscrit', frm=('Karim Zeroual', 'karim.zeroual@etu.unicaen.fr'), to=CEMU_A,
    date='2026-01-26 21:10', subj='Module 7 DU CGE : pas inscrit',
    body="""Bonsoir,

Stagiaire du DU Capacité de Gestion des Entreprises en FOAD (étape DUCGE1), je suis inscrit dans tous mes modules sur Ecampus sauf le module 7 « Droit des affaires » (DUGEM07 sur mon contrat pédagogique n° 20260119-07). Le module a démarré le 19 janvier et la première évaluation en ligne est le 2 février.

La scolarité de la formation continue me dit que tout est bon de leur côté et que c'est « un problème de distanciel ».

Numéro : 24205561

Cordialement,
Karim Zeroual
""",
    g=G([('DUCGE1', 'DUCGE1'), ('DUGE-M07', 'DUGEM07')], ['24205561'], sym='not_enrolled',
        note='distance-learning student not enrolled in one module (distance status mismatch?); code without its dash')))

# 065 ---------------------------------------------------------------------------
M.append(dict(
    slug='psycho-retirer-synchro-cohorte', frm=('Stéphanie Guérin', 'stephanie.guerin@unicaen.fr'), to=CEMU_A,
    date='2025-09-02 09:15', subj="Synchronisation de cohorte ajoutée l'an dernier",
    body="""Bonjour,

L'an dernier, à la rentrée, une partie de mes étudiants de L1 n'était pas inscrite dans mon cours PSYL1U03 et un collègue m'avait conseillé d'ajouter la synchronisation de la cohorte « Licence 1 Psychologie » (étape LPSY1A) pour dépanner. Ça a fonctionné.

Cette année, je vois que dans « Méthodes d'inscription » il y a toujours « Synchronisation des cohortes » avec 412 inscrits, en plus de « Base de données externe ». Est-ce que je dois la retirer ? Et si je la retire, est-ce que les étudiants perdent leurs rendus de devoirs ?

Merci de vos conseils,
Stéphanie Guérin
MCF Psychologie cognitive
""",
    g=G([('PSYL1U03', 'PSYL1U03'), ('LPSY1A', 'LPSY1A')], sym='cohort_question', role='staff',
        note='teacher asks whether to remove an old cohort sync from her course')))

# 066 ---------------------------------------------------------------------------
M.append(dict(
    slug='date-des-partiels-l2-droit', frm=('Lina Hamidi', 'lina.hamidi@etu.unicaen.fr'), to=CEMU_A,
    date='2025-11-27 16:02', subj='date des partiels',
    body="""Bonjour,

Je voudrais savoir quand auront lieu les examens du S1-2025 pour la L2 Droit, et si le partiel de droit administratif sera bien dans l'amphi Pierre Daure comme l'an dernier. Je n'ai pas trouvé le calendrier sur le site de la fac.

Et est-ce que la session 2 est en juin ou en juillet ?

Merci
Lina Hamidi
L2 Droit, n° 24089920
""",
    g=G(stu=['24089920'], sym='other', note='not about Ecampus: exam dates; S1-2025 is a session name, not a code')))

# 067 ---------------------------------------------------------------------------
M.append(dict(
    slug='re-lve-erasmus-pas-dans-an20b', frm=('Catherine Le Goff', 'catherine.legoff@unicaen.fr'), to=CEMU_A,
    cc=[('Scolarité LLCER', 'scol.llcer@unicaen.fr')], date='2025-09-25 16:20',
    subj='Re: Étudiants Erasmus dans AN-20B', irt='<a1f3c2e9-77d1-4b0c-9e51-2f0c5d7e8a10@unicaen.fr>',
    hdrs={'User-Agent': 'Mozilla Thunderbird'},
    body="""Bonjour,

Je me permets de relancer (cf. message ci-dessous resté sans réponse de la scolarité). Trois étudiants en échange suivent mon TD de thème anglais (AN20B, groupe AN20B-TD3) depuis la rentrée mais n'apparaissent pas dans le cours Ecampus :

- Giulia Ferri, n° 25300712
- Jonas Weber, n° 25300844
- Aoife Byrne, n° 25300561

Ils ont pourtant des numéros étudiants et accèdent à d'autres cours. Est-ce lié à leur statut Erasmus ?

Catherine Le Goff

Le [[T:2025-09-18 09:44]], Catherine Le Goff a écrit :
> Bonjour,
> Pouvez-vous vérifier les IP de Giulia Ferri, Jonas Weber et Aoife Byrne en AN-20B ? Ils ne sont pas dans le cours Ecampus.
> Merci,
> C. Le Goff
""",
    g=G([('AN-20B', 'AN20B'), ('AN-20B', 'AN-20B'), ('AN20B-TD3', 'AN20B-TD3')], ['25300712', '25300844', '25300561'],
        sym='not_enrolled', role='staff',
        note='LVE teacher: three incoming exchange students missing from her course; element written without its dash')))

# 068 ---------------------------------------------------------------------------
M.append(dict(
    slug='absent-bureau-dsi-conges', frm=('Eric Bouchard', 'eric.bouchard@unicaen.fr'), to=CEMU,
    date='2025-10-24 17:31', subj='Absent(e) du bureau : RE: Script de synchro des cohortes / export REFER',
    form='html', cs='windows-1252', cte='qp',
    hdrs={'Auto-Submitted': 'auto-replied', 'X-Auto-Response-Suppress': 'All', 'X-MS-Exchange-Inbox-Rules-Loop': 'eric.bouchard@unicaen.fr'},
    body="""Bonjour,

Je suis en congés du samedi 25 octobre au dimanche 2 novembre inclus. Pendant mon absence, merci d'adresser vos demandes concernant les applications de scolarité (Apogée, REFER, Pégase) à deve.cellule-siscol@unicaen.fr ou de créer un ticket sur https://assistance.unicaen.fr.

Cordialement,

Eric Bouchard
DSI – Pôle Applications / SI Scolarité
Université de Caen Normandie – Campus 2, bâtiment Sciences 3, bureau S3-131
02 31 56 59 70
""",
    g=G(sym='other', role='unknown', auto=True, note='French out-of-office, Outlook HTML, windows-1252')))

# 069 ---------------------------------------------------------------------------
M.append(dict(
    slug='iae-cours-plus-dans-tableau-de-bord', frm=('Paul Hébert', 'paul.hebert@etu.unicaen.fr'), to=CEMU_A,
    date='2025-11-18 12:40', subj="Cours qui n'apparaît plus dans le tableau de bord",
    att=[('png', 'tableau_de_bord.png')],
    body="""Bonjour,

Le cours de finance d'entreprise (M1. FIN3) ne s'affiche plus dans mon tableau de bord depuis hier. Je le retrouve quand même dans « Mes cours » et j'ai accès à tout, donc je ne pense pas être désinscrit. Dans le bloc Vue d'ensemble des cours j'ai le filtre sur « En cours ». Je vous joins une copie d'écran.

Est-ce que l'enseignant a mis une date de fin au cours ?

Paul Hébert
M1 Finance – IAE Caen
23 00 41 87
""",
    g=G([('M1.FIN3', 'M1. FIN3')], ['23004187'], sym='course_not_on_dashboard',
        note='student: course hidden from dashboard by the "in progress" filter; code with stray space; number under the name')))

# 070 ---------------------------------------------------------------------------
M.append(dict(
    slug='vacataire-tc-pas-enseignant', frm=('Sébastien Kerbrat', 'seb.kerbrat@free.fr'), to=CEMU_A,
    date='2025-09-19 18:45', subj="Vacataire TC – pas d'accès enseignant au cours TC-R105",
    body="""Bonjour,

Je suis intervenant vacataire au département TC de l'IUT (ressource TC-R105 « Expression, communication » en 1re année, groupes TC1-TD2 et TC1-TD3). On m'a créé un compte invité fin août, je me connecte bien à Ecampus, mais je n'ai aucun cours : le TC-R105 n'apparaît pas dans mon tableau de bord, et quand je le cherche je ne peux que le consulter en visiteur.

Mes séances sont pourtant dans l'emploi du temps (je les vois sur ADE consultation). Ma collègue titulaire qui a les autres groupes est bien enseignante dans le cours.

Cordialement,
Sébastien Kerbrat
Consultant formateur – SK Conseil
06 84 22 17 39
""",
    g=G([('TC-R105', 'TC-R105'), ('TC1-TD2', 'TC1-TD2'), ('TC1-TD3', 'TC1-TD3')], sym='teacher_not_enrolled',
        role='unknown', note='outside vacataire not enrolled as teacher in his course')))

# 071 ---------------------------------------------------------------------------
M.append(dict(
    slug='inspe-mauvais-groupe-1pe108', frm=('Pauline Ozouf', 'pauline.ozouf@etu.unicaen.fr'), to=CEMU_A,
    date='2025-10-10 10:30', subj='Mauvais groupe dans 1PE108',
    body="""Bonjour,

Je suis en M1 MEEF 1er degré. Dans le cours 1PE108 « Enseigner le français » je suis dans le groupe 1PE108-G2, alors que j'ai cours le jeudi avec le groupe 3 (1PE108-G3) depuis la rentrée (changement accepté par la responsable de parcours à cause de mon stage filé du mardi). Du coup je ne vois pas les documents du groupe 3 et je ne peux pas rendre l'analyse de pratique.

Mon n° étudiant : 24140327
Merci d'avance,
Pauline Ozouf
""",
    g=G([('1PE108', '1PE108'), ('1PE108-G2', '1PE108-G2'), ('1PE108-G3', '1PE108-G3')], ['24140327'],
        sym='wrong_group', note='INSPE student in the wrong group')))

# 072 ---------------------------------------------------------------------------
M.append(dict(
    slug='re-cemu-porteur-porte-sociologie', frm=('Gilles Marchetti', 'gilles.marchetti@unicaen.fr'), to=CEMU,
    date='2025-10-16 10:05', subj='RE: [CEMU #48440] Étudiants manquants dans M.1HRP9C', form='html', cte='qp',
    irt='<cemu-48440-2@unicaen.fr>', hdrs={'X-Mailer': 'Microsoft Outlook 16.0', 'Thread-Topic': '[CEMU #48440] Étudiants manquants dans M.1HRP9C'},
    body="""Bonjour,

Merci pour votre retour. J'ai transmis votre explication à la scolarité, qui me confirme que l'élément 2HR5C est bien « porté » par M.1HRP9¦C depuis cette année, mais que la collection de groupes M.1HRP9CTD n'est associée qu'au porteur. Ils disent ne pas savoir comment l'associer au porté dans Apogée.

En attendant, les 17 étudiants inscrits en 2HR5C (M1 Sociologie) ne sont toujours pas dans mon cours, et le partiel a lieu le 6 novembre. Puis-je les inscrire moi-même manuellement en attendant ?

Bien cordialement,
Gilles Marchetti
Professeur des universités – Sociologie
UFR HSS

De : CEMU Assistance <cemu.assistance@unicaen.fr>
Envoyé : [[O:2025-10-15 16:48]]
À : Marchetti Gilles <gilles.marchetti@unicaen.fr>
Objet : [CEMU #48440] Étudiants manquants dans M.1HRP9C

Bonjour,

L'élément 2HR5C est déclaré comme porté par M.1HRP9C. Pour que ses étudiants soient inscrits dans votre espace, ils doivent être dans un groupe d'une collection associée aux deux éléments (porteur et porté). C'est à la scolarité de vérifier ce point dans Apogée.

Cordialement,
L'équipe CEMU
""",
    g=G([('M.1HRP9C', 'M.1HRP9C'), ('2HR5C', '2HR5C'), ('M.1HRP9CTD', 'M.1HRP9CTD')], sym='not_enrolled', role='staff',
        note='teacher reply (Outlook HTML) on a porteur/porté ticket: students of the porté missing')))

# 073 ---------------------------------------------------------------------------
_html73 = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="CHARSET"><title>La lettre du CEMU</title></head>
<body style="margin:0;padding:0;background:#eeeeee">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#eeeeee"><tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#333">
<tr><td style="background:#00475a;color:#fff;padding:18px 24px;font-size:22px">La lettre du CEMU &ndash; f&eacute;vrier&nbsp;2026</td></tr>
<tr><td style="padding:16px 24px">
<h2 style="font-size:17px;color:#00475a">Nouveaut&eacute;s Ecampus</h2>
<p>Depuis la mise &agrave; jour de janvier, le tableau de bord affiche par d&eacute;faut les cours <b>&laquo;&nbsp;en cours&nbsp;&raquo;</b>. Pensez &agrave; v&eacute;rifier les dates de fin de vos espaces&nbsp;!</p>
<h2 style="font-size:17px;color:#00475a">Probl&egrave;mes d&rsquo;acc&egrave;s &agrave; Ecampus&nbsp;?</h2>
<p>Consultez la page d&eacute;di&eacute;e&nbsp;: <a href="http://cemu.unicaen.fr/le-cemu/problemes-d-acces-a-ecampus-1088766.kjsp">Probl&egrave;mes d&rsquo;acc&egrave;s &agrave; Ecampus</a>. Pour toute demande, &eacute;crivez &agrave; <a href="mailto:cemu.assistance@unicaen.fr">cemu.assistance@unicaen.fr</a> en pr&eacute;cisant le code Apog&eacute;e du cours et le num&eacute;ro &eacute;tudiant concern&eacute;.</p>
<h2 style="font-size:17px;color:#00475a">Formations</h2>
<ul>
<li>Atelier Moodle niveau&nbsp;1&nbsp;: jeudi 12 f&eacute;vrier, 9h30-12h, salle MRSH SR&nbsp;179</li>
<li>Webinaire &laquo;&nbsp;Compilatio Magister+&nbsp;&raquo;&nbsp;: jeudi 19 f&eacute;vrier &agrave; 14h (Teams)</li>
<li>Classe virtuelle BigBlueButton&nbsp;: mardi 24 f&eacute;vrier, 10h-11h</li>
</ul>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#777;border-top:1px solid #ddd">
CEMU &ndash; Centre d&rsquo;Enseignement Multim&eacute;dia Universitaire &ndash; Universit&eacute; de Caen Normandie<br>
B&acirc;timent MRSH, Esplanade de la Paix, 14032 Caen Cedex 5<br>
Vous recevez cette lettre en tant que personnel de l&rsquo;universit&eacute;. <a href="https://listes.unicaen.fr/sympa/signoff/lettre-cemu">Se d&eacute;sabonner</a>
</td></tr></table></td></tr></table>
</body></html>
"""
M.append(dict(
    slug='lettre-info-cemu-fevrier', frm=("Lettre d'info du CEMU", 'lettre-cemu@unicaen.fr'),
    to=('Personnels UNICAEN', 'personnels@listes.unicaen.fr'), date='2026-02-02 08:30',
    subj='La lettre du CEMU – février 2026', form='html', cte='b64', html=_html73,
    hdrs={'List-Id': '<lettre-cemu.listes.unicaen.fr>', 'Precedence': 'bulk', 'Auto-Submitted': 'auto-generated',
          'List-Unsubscribe': '<https://listes.unicaen.fr/sympa/signoff/lettre-cemu>'},
    g=G(sym='other', role='unknown', auto=True, note='HTML newsletter from a mailing list, base64')))

# 074 ---------------------------------------------------------------------------
M.append(dict(
    slug='exchange-spring-dashboard-courses', frm=('Chen Yu', 'chen.yu@etu.unicaen.fr'), to=CEMU_A,
    date='2026-02-09 13:15', subj='Some courses disappeared from my dashboard',
    body="""Hello,

Since the start of the second semester, two of my courses have disappeared from my dashboard: "Français langue étrangère B2" (LANSFLB2) and my psychology course PSYL2-U11. I can still open them if I use the links that my classmates sent me, and it says I'm enrolled.

On my dashboard the filter says "In progress". Should I change something?

Student number 26000318 (exchange student from Shanghai International Studies University, spring semester)

Thank you!
Chen Yu
""",
    g=G([('LANSFLB2', 'LANSFLB2'), ('PSYL2U11', 'PSYL2-U11')], ['26000318'], sym='course_not_on_dashboard', lang='en',
        note='spring exchange student: two courses missing from the dashboard while enrolled')))

# 075 ---------------------------------------------------------------------------
M.append(dict(
    slug='esix-1a-tableau-cinq-etudiants', frm=('Agnès Cousin', 'agnes.cousin@unicaen.fr'), to=CEMU_A,
    date='2025-09-24 15:42', subj='ESIX 1A – étudiants absents de trois espaces Ecampus', form='alt', cte='b64',
    hdrs={'X-Mailer': 'Microsoft Outlook 16.0'},
    body="""Bonjour,

Cinq étudiants de 1re année du cycle ingénieur (étape ING1MC, spécialité mécanique) ne sont inscrits dans aucun des trois espaces suivants, ou seulement dans un :
- (ESX5MEC1) Mécanique générale
- (ESX5MAT2) Mathématiques pour l'ingénieur
- (ESX5LV01) Anglais – préparation TOEIC

Récapitulatif :

| N° étudiant | Nom | Prénom | Groupe TD | ESX5MEC1 | ESX5MAT2 | ESX5LV01 |
| 25112074 | BOUVIER | Lilian | ESX5-TDA | non | non | non |
| 25112390 | CHERIF | Nour | ESX5-TDA | non | non | non |
| 24031877 | DELAUNAY | Arthur | ESX5-TDB | non | oui | non |
| 25113015 | FOUCAULT | Inès | ESX5-TDB | non | non | non |
| 25112968 | GAUTIER | Malo | ESX5-TDB | non | non | oui |

Ce sont tous des étudiants admis sur titre (arrivés de BUT ou de CPGE), inscrits tardivement : IA le 15/09, IP le 19/09. Le groupe ESX5-TDB a été créé le 18/09.

Merci de votre aide,

Agnès Cousin
Gestionnaire de scolarité et planning – ESIX Normandie
Université de Caen Normandie – Campus 2, bâtiment C, bureau C-102
6 boulevard Maréchal Juin – 14050 Caen Cedex 4
Tél. 02 31 56 73 80 – planning.esix@unicaen.fr
""",
    g=G([('ING1MC', 'ING1MC'), ('ESX5MEC1', 'ESX5MEC1'), ('ESX5MAT2', 'ESX5MAT2'), ('ESX5LV01', 'ESX5LV01'),
         ('ESX5-TDA', 'ESX5-TDA'), ('ESX5-TDB', 'ESX5-TDB')],
        ['25112074', '25112390', '24031877', '25113015', '25112968'], sym='not_enrolled', role='staff',
        note='engineering-school secretary: table 5 students x 3 courses with codes in header cells')))
