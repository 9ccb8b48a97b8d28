from helpers import *

# ---------------------------------------------------------------- 001
add(fn='001-l1-psycho-pas-inscrite-qcm.eml',
    frm='Ines Kacimi <25104387@etu.unicaen.fr>',
    subj='pas inscrite dans mes cours de psycho',
    date='Tue, 16 Sep 2025 07:41:12 +0200', mid=mid_iphone('etu.unicaen.fr'), hdr=[IPHONE],
    body=Text("""Bonjour,

Je suis en L1 psychologie et je n'ai toujours pas accès au cours de Méthodologie (L1.PSY12) ni à l1.psy14 Histoire de la psychologie. La prof a dit en CM que tout le monde devait être inscrit automatiquement et que le premier QCM en ligne c'est lundi prochain.
Toutes mes amies de la promo le voient sauf moi. Est ce que j'ai raté une étape dans mon inscription ? J'ai payé la CVEC et tout, je suis inscrite depuis le 18 juillet.

Mon numéro étudiant c'est 25104387.

Je suis vraiment désolée de déranger mais je stresse beaucoup.
Merci d'avance,
Inès Kacimi

Envoyé de mon iPhone"""),
    gold=G([('L1.PSY12', 'L1.PSY12'), ('L1.PSY14', 'l1.psy14')], ['25104387'], [], 'not_enrolled', 'student',
           note='L1 student not enrolled in two psychology courses, QCM next week'))

# ---------------------------------------------------------------- 002
add(fn='002-sms-cours-algo-pas-sur-tableau-de-bord.eml',
    frm='theo lemarchand <theo.lmrchd14@gmail.com>',
    subj='ecampus',
    date='Mon, 22 Sep 2025 23:47:03 +0200', mid=mid_gmail(),
    body=Text("""slt
jvois pa mon cour d algo sinf3u05 sur mon tableau de bor alors que mes potes l ont tous. jsui en L2 info
c normal ?? le partiel c le 14/10
mon num etu 24031876
merci
"""),
    gold=G([('SINF3U05', 'sinf3u05')], ['24031876'], [], 'course_not_on_dashboard', 'student',
           note='SMS-style student does not see algorithmics course on dashboard'))

# ---------------------------------------------------------------- 003
t003 = """Hello,

I am an Erasmus exchange student from Universidad de Salamanca (Spain), here in Caen for the whole academic year 2025/2026. My learning agreement (ref. LA-2025-00417) includes two courses of the language department but I am not enrolled in them on Ecampus:

- English S2 - HLAN 201
- Spanish for specific purposes - HESP104

My teacher Mrs. Dubreuil told me to write to you. She gave me this link: https://ecampus.unicaen.fr/course/view.php?id=48213 but it says "You cannot enrol yourself in this course".

My student ID is 25900412. I already went to the international office (Relations Internationales, building A, office A-019) and they said everything is OK on their side.

Thank you very much,
Lucía Herrero Gómez
+34 612 48 77 90
"""
add(fn='003-erasmus-en-not-enrolled-language-courses.eml',
    frm='Lucía Herrero Gómez <lucia.herrero.gomez@gmail.com>',
    subj='Not enrolled in my courses (Erasmus student)',
    date='Thu, 25 Sep 2025 14:05:51 +0200', mid=mid_gmail(),
    body=alt(t003, gmail_html(t003).replace('https://ecampus.unicaen.fr/course/view.php?id=48213',
        '<a href="https://ecampus.unicaen.fr/course/view.php?id=48213">https://ecampus.unicaen.fr/course/view.php?id=48213</a>')),
    gold=G([('HLAN201', 'HLAN 201'), ('HESP104', 'HESP104')], ['25900412'], [48213], 'not_enrolled', 'student', 'en',
           note='Erasmus incoming student not enrolled in two language courses'))

# ---------------------------------------------------------------- 004
add(fn='004-m2-geo-mauvais-td.eml',
    frm='Baptiste Roussel <baptiste.roussel@etu.unicaen.fr>',
    subj='Mauvais groupe TD',
    date='Wed, 1 Oct 2025 18:22:40 +0200', mid=mid_zimbra(), hdr=[ZIMBRA],
    body=Text("""Bonjour,

M2 géo (M2GEOA). Sur Ecampus je suis en TD2 alors que je suis en TD1 depuis la rentrée, surtout visible dans GA34 (rendus par groupe).
22107745

B. Roussel
"""),
    gold=G([('M2GEOA', 'M2GEOA'), ('M2GEOA-TD2', 'TD2'), ('M2GEOA-TD1', 'TD1'), ('GA34', 'GA34')], ['22107745'], [],
           'wrong_group', 'student', note='terse M2 student placed in TD2 instead of TD1'))

# ---------------------------------------------------------------- 005
add(fn='005-connexion-impossible-latin1.eml',
    frm='Manon Fleury <manon.fleury76@hotmail.fr>',
    subj='Impossible de me connecter à ecampus',
    date='Fri, 5 Sep 2025 16:12:09 +0200', mid=mid_outlook(), hcharset='iso-8859-1',
    body=Text("""Bonjour,

Je viens de m'inscrire en licence AES et je n'arrive pas à me connecter à ecampus. Quand je mets mon identifiant et mon mot de passe ça me marque « identifiant ou mot de passe incorrect ». J'ai pourtant activé mon compte numérique la semaine dernière avec le code reçu par mail.

Voici mes informations :
Numéro étudiant : 25211903
INE : 0803027718H
Date de naissance : 03/11/2006

Vous pouvez me joindre au 06 71 22 48 90 si besoin.

Cordialement,
Manon Fleury
""", charset='iso-8859-1', cte='quoted-printable'),
    gold=G([], ['25211903'], [], 'cannot_login', 'student',
           note='new L1 cannot log in (incorrect password); INE, phone, birth date as look-alikes'))

# ---------------------------------------------------------------- 006
add(fn='006-cas-destination-finale-base64.eml',
    frm='Yanis Belkacem <yanis.belkacem@etu.unicaen.fr>',
    subj='Bloqué sur la page du CAS',
    date='Mon, 8 Sep 2025 09:03:27 +0200', mid=mid_zimbra(), hdr=[ZIMBRA],
    body=Text("""Bonjour,

Quand j'essaie d'aller sur ecampus je tombe sur cette page :

"Connexion réussie
Bienvenue 24118530. Vous vous êtes authentifié(e) auprès du Service Central d'Authentification. Toutefois, vous voyez cette page car CAS ne connaît pas votre destination finale ni comment vous y rediriger."

et après il ne se passe rien, je reste sur https://cas.unicaen.fr/login. J'ai essayé sur Chrome et Firefox 142, pareil. Je passe par Google pour trouver ecampus.

Merci,
Yanis Belkacem
L2 Économie-Gestion
""", cte='base64'),
    gold=G([], ['24118530'], [], 'cas_unknown_destination', 'student',
           note='student lands on CAS "destination finale" page via Google'))

# ---------------------------------------------------------------- 007
t007 = """Bonjour,

Depuis ce matin Ecampus affiche « Erreur de lecture de la base de données » sur toutes les pages (capture jointe). Je dois rendre le devoir maison du cours (EGS42) Économétrie avant midi, est-ce que le dépôt sera prolongé ?

Numéro étudiant 23056612

Bonne journée,
Clara Vasseur
"""
add(fn='007-erreur-base-de-donnees-capture.eml',
    frm='Clara Vasseur <clara.vasseur@etu.unicaen.fr>',
    subj='Erreur de lecture de la base de données',
    date='Sun, 12 Oct 2025 10:16:44 +0200', mid=mid_zimbra(), hdr=[ZIMBRA],
    body=Multi('mixed', [Text(t007), Attach('image/png', "Capture d'écran 2025-10-12 à 10.14.32.png", png_bytes('007'))]),
    gold=G([('EGS42', 'EGS42')], ['23056612'], [], 'database_error', 'student',
           note='Sunday morning database read error, homework deadline; screenshot attached'))

# ---------------------------------------------------------------- 008
add(fn='008-prenom-trema-cp1252.eml',
    frm='Maëlle Le Goff <maelle.legoff@etu.unicaen.fr>',
    subj='Erreur sur mon prénom dans Ecampus',
    date='Tue, 30 Sep 2025 12:48:19 +0200', mid=mid_outlook(), hdr=[OUTLOOK], hcharset='windows-1252',
    body=Text("""Bonjour,

Sur Ecampus mon prénom apparaît « Maelle » au lieu de « Maëlle » et mon nom est écrit « LEGOFF » tout attaché alors que c’est « Le Goff ». Du coup mes profs de TD ne me trouvent pas dans la liste des participants quand ils cherchent « Le Goff »…

Je suis en L2 Droit (L2DROI), n° étudiant 24220981.

Est-ce que vous pouvez corriger ?

Merci beaucoup,
Maëlle Le Goff
""", charset='windows-1252', cte='8bit'),
    gold=G([('L2DROI', 'L2DROI')], ['24220981'], [], 'wrong_name', 'student',
           note='first name without diaeresis and surname glued in Ecampus'))

# ---------------------------------------------------------------- 009
add(fn='009-delegue-participants-disparus.eml',
    frm='Hugo Marie <23114520@etu.unicaen.fr>',
    subj='liste des participants introuvable',
    date='Thu, 9 Oct 2025 13:31:55 +0200', mid=mid_zimbra(), hdr=[ZIMBRA_MAC],
    body=Text("""Bonjour,

Je suis délégué de L3 droit. L'an dernier dans les cours il y avait à droite un bloc "Participants" qui permettait de retrouver les autres étudiants du TD et de leur écrire. Cette année dans le cours de Droit civil (D.3 CIV1) il n'y est plus, ni dans les autres cours d'ailleurs. Est-ce qu'il a été supprimé ou c'est mon compte ?

Merci
Hugo Marie
Délégué L3 Droit - bureau des étudiants, salle MRSH 027
"""),
    gold=G([('D.3.CIV1', 'D.3 CIV1')], ['23114520'], [], 'participants_block_missing', 'student',
           note='student rep misses the Participants block on the right'))

# ---------------------------------------------------------------- 010
t010 = """Bonjour Madame, Monsieur,

Je suis étudiante Erasmus de l'Université de Bologne (Italie) pour le premier semestre. Je ne peux pas acceder aux cours de droit sur Ecampus, je suis pas inscrite. Les cours que je suit sont :
Droit civil D3CIV1
Droit pénal D.3.PEN1

Le professeur m'a dit que c'est la scolarité, la scolarité me dit que c'est vous. Je suis un peu perdue ! Mon numero d'étudiant est 25980133 (sur ma carte Léocarte).

Je vous remercie beaucoup
Giulia Ferraro
Via Zamboni 33, 40126 Bologna
"""
add(fn='010-erasmus-italienne-droit-pas-inscrite.eml',
    frm='Giulia Ferraro <giulia.ferraro98@gmail.com>',
    subj='Inscription cours droit erasmus',
    date='Fri, 3 Oct 2025 11:20:36 +0200', mid=mid_gmail(),
    body=alt(t010, gmail_html(t010)),
    gold=G([('D.3.CIV1', 'D3CIV1'), ('D.3.PEN1', 'D.3.PEN1')], ['25980133'], [], 'not_enrolled', 'student',
           note='Erasmus incoming (approximate French) not enrolled in law courses'))

# ---------------------------------------------------------------- 011
add(fn='011-cours-stats-inexistant.eml',
    frm='Sofiane Haddad <sofiane.haddad.pro@gmail.com>',
    subj='Cours de statistiques introuvable',
    date='Tue, 23 Sep 2025 20:10:02 +0200', mid=mid_gmail(),
    body=Text("""Bonsoir,

Je suis en L2 économie et le cours de Statistiques descriptives (code EGS 31 d'après la maquette) n'existe pas sur Ecampus : quand je tape "statistiques" dans la recherche de cours, je trouve seulement les cours de l'an dernier et ceux de psycho. Le prof nous a dit que les supports seraient sur Ecampus à partir de la semaine 39.

Est-ce que le cours a été créé ?

Merci,
Sofiane Haddad
N° étudiant : 23077418
""", cte='quoted-printable'),
    gold=G([('EGS31', 'EGS 31')], ['23077418'], [], 'course_missing', 'student',
           note='student cannot find statistics course on Ecampus'))

# ---------------------------------------------------------------- 012
add(fn='012-redoublant-cours-dans-archives.eml',
    frm='Killian Duval <killian.duval50@gmail.com>',
    subj="Mon cours de l'an dernier est dans Archives",
    date='Mon, 6 Oct 2025 17:55:18 +0200', mid=mid_gmail(),
    body=Text("""Bonjour,

Je redouble ma L1 et je devais garder l'accès au cours de projet personnel et professionnel (EPRO-24), la prof m'a dit que les documents de l'an dernier restaient valables. Mais le cours a changé de place, il est maintenant dans une catégorie "Archives" et le titre commence par [ARCHIVE]. Je ne peux plus déposer mon dossier dedans.

Est-ce que c'est normal ? Il faut aller où maintenant ?

Killian Duval
23190066
"""),
    gold=G([('EPRO-24', 'EPRO-24')], ['23190066'], [], 'course_moved_renamed', 'student',
           note="repeating student finds last year's course moved to Archives (code no longer exists)"))

# ---------------------------------------------------------------- 013
add(fn='013-iut-gmp-mauvais-tp.eml',
    frm='Lucas Pichon <lucas.pichon@etu.unicaen.fr>',
    subj='groupe de TP faux sur ecampus',
    date='Wed, 15 Oct 2025 08:02:31 +0200', mid=mid_iphone('etu.unicaen.fr'), hdr=[IPHONE],
    body=Text("""Bonjour,
Je suis en 1ere année BUT GMP (1BUTGM). Dans le cours de mécanique OGMP1A3 on m'a mis dans le groupe TP A alors que je suis en TP B depuis le début (c'est marqué sur ADE, TP le mardi 13h30-15h30 salle G-104). Du coup je vois pas les sujets de TP de mon groupe.
Lucas Pichon 25140062

Envoyé de mon iPhone"""),
    gold=G([('1BUTGM', '1BUTGM'), ('0GMP1A3', 'OGMP1A3'), ('0GMP1A3TPA', 'TP A'), ('0GMP1A3TPB', 'TP B')], ['25140062'], [],
           'wrong_group', 'student', note='IUT student in TP A instead of TP B; code typed with O for 0'))

# ---------------------------------------------------------------- 014
add(fn='014-date-partiel-microeco.eml',
    frm='Chloe Bazin <chloe.bazin@etu.unicaen.fr>',
    subj='date partiel egm12',
    date='Thu, 20 Nov 2025 21:36:40 +0100', mid=mid_zimbra(), hdr=[ZIMBRA],
    body=Text("""bonsoir
vous savez quand est le partiel de microeco (egm12) ? sur ADE y a rien et le prof a pas mis l info sur ecampus
merci
chloe bazin 25066231
"""),
    gold=G([('EGM12', 'egm12')], ['25066231'], [], 'other', 'student',
           note='student asks the date of an exam, not an Ecampus problem'))

# ---------------------------------------------------------------- 015
add(fn='015-relance-ticket-anglais.eml',
    frm='Nathan Guérin <nathan.guerin@etu.unicaen.fr>',
    subj='Re: [CEMU #51877] pas inscrit en anglais',
    date='Mon, 29 Sep 2025 10:44:02 +0200', mid=mid_zimbra(),
    hdr=[('In-Reply-To', '<cemu.51877.1758869011@assistance.unicaen.fr>'), ('References', '<cemu.51877.1758869011@assistance.unicaen.fr>'), ZIMBRA],
    body=Text("""Bonjour,

C'est le cours HLAN203 (Anglais de spécialité, L2 LEA). Mon numéro étudiant est 24008815. Je ne suis toujours pas dedans ce matin.

Merci
Nathan

----- Mail original -----
De: "CEMU Assistance" <cemu.assistance@unicaen.fr>
À: "Nathan Guérin" <nathan.guerin@etu.unicaen.fr>
Envoyé: Vendredi 26 Septembre 2025 09:23:31
Objet: [CEMU #51877] pas inscrit en anglais

Bonjour,

Afin de traiter votre demande, pouvez-vous nous indiquer le code APOGÉE du cours concerné ainsi que votre numéro étudiant ?

Cordialement,
L'équipe d'assistance du CEMU
Tél. 02 31 56 62 00

> Bonjour je suis pas inscrit dans le cours d'anglais, mes camarades oui.
> Nathan
""", cte='quoted-printable'),
    gold=G([('HLAN203', 'HLAN203')], ['24008815'], [], 'not_enrolled', 'student',
           note='student follows up on ticket with the code and number, still not enrolled'))

# ---------------------------------------------------------------- 016
add(fn='016-majuscules-compte-desactive.eml',
    frm='JORDAN LEPRINCE <jordanleprince14@icloud.com>',
    subj='URGENT ECAMPUS',
    date='Tue, 13 Jan 2026 22:58:13 +0100', mid=mid_iphone(), hdr=[IPHONE],
    body=Text("""BONJOUR JE N ARRIVE PAS A ME CONNECTER SUR ECAMPUS DEPUIS HIER SOIR, CA ME DIT QUE MON COMPTE EST DESACTIVE OU SUSPENDU. J AI UN EXAMEN DEMAIN 8H30-10H EN AMPHI PIERRE DAURE ET TOUS LES DOCUMENTS SONT DESSUS.
NUMERO ETUDIANT 22140937
MERCI DE ME REPONDRE VITE

Envoyé de mon iPhone"""),
    gold=G([], ['22140937'], [], 'cannot_login', 'student',
           note='all-caps student cannot log in, account said disabled, exam tomorrow'))

# ---------------------------------------------------------------- 017
h017 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family: Aptos, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">Bonjour,</div>
<div style="font-family: Aptos, Arial, Helvetica, sans-serif; font-size: 12pt;"><br></div>
<div style="font-family: Aptos, Arial, Helvetica, sans-serif; font-size: 12pt;">Je ne vois pas deux de mes cours sur mon tableau de bord&nbsp;:</div>
<div style="font-family: Aptos, Arial, Helvetica, sans-serif; font-size: 12pt;">(&nbsp; SMAT1U02&nbsp; )&nbsp; &nbsp;Analyse 1</div>
<div style="font-family: Aptos, Arial, Helvetica, sans-serif; font-size: 12pt;">et le cours de chimie SCHI1UO3</div>
<div style="font-family: Aptos, Arial, Helvetica, sans-serif; font-size: 12pt;"><br></div>
<div style="font-family: Aptos, Arial, Helvetica, sans-serif; font-size: 12pt;">Quand je clique sur «&nbsp;Mes cours&nbsp;» il y a seulement l'anglais et la méthodologie. Pourtant le prof d'analyse dit qu'il me voit dans la liste. J'ai essayé de changer le filtre «&nbsp;Tous&nbsp;» / «&nbsp;En cours&nbsp;» mais je ne suis pas sûre d'avoir compris.</div>
<div style="font-family: Aptos, Arial, Helvetica, sans-serif; font-size: 12pt;"><br></div>
<div style="font-family: Aptos, Arial, Helvetica, sans-serif; font-size: 12pt;">Merci,<br>Emma Lecourt<br>L1 Maths-Info – 25133478</div>
<div id="appendonsend"></div>
</body></html>
"""
add(fn='017-tableau-de-bord-html-collage-moodle.eml',
    frm='Emma Lecourt <emma.lecourt@outlook.fr>',
    subj='Cours qui ne s’affichent pas',
    date='Fri, 26 Sep 2025 15:09:22 +0200', mid=mid_outlook(),
    body=Text(h017, 'html', 'utf-8', 'quoted-printable'),
    gold=G([('SMAT1U02', 'SMAT1U02'), ('SCHI1U03', 'SCHI1UO3')], ['25133478'], [], 'course_not_on_dashboard', 'student',
           note='HTML-only; two courses missing from dashboard, Moodle title pasted with spaces, O for 0'))

# ---------------------------------------------------------------- 018
t018 = """Bonjour,

Je suis en PASS et je ne suis pas inscrit dans l'UE 7 chimie (PASS U07) sur Ecampus alors que j'ai bien cette UE dans mon contrat pédagogique. Les annales et les QCM d'entraînement sont dedans et le concours approche, je suis le seul de mon groupe de tutorat à ne pas l'avoir.

Numéro étudiant : 25012269
Tél : 07 68 12 40 55

Cordialement,
Adam Cherif
"""
add(fn='018-pass-ue7-pas-inscrit.eml',
    frm='Adam Cherif <adam.cherif@etu.unicaen.fr>',
    subj='PASS - pas inscrit UE7',
    date='Wed, 8 Oct 2025 19:41:50 +0200', mid=mid_zimbra(), hdr=[ZIMBRA],
    body=alt(t018, gmail_html(t018)),
    gold=G([('PASS.U07', 'PASS U07')], ['25012269'], [], 'not_enrolled', 'student',
           note='PASS student not enrolled in UE7 chemistry'))

# ---------------------------------------------------------------- 019
add(fn='019-ead-droit-aucun-cours-cp1252.eml',
    frm='Sandrine Payet <sandrine.payet974@orange.fr>',
    subj='Inscription à distance L3 droit - aucun cours visible',
    date='Thu, 2 Oct 2025 06:12:45 +0200', mid=mid_other('orange.fr'), hcharset='windows-1252',
    body=Text("""Bonjour,

Je suis inscrite en L3 Droit à distance (étape L3DROI-102, enseignement à distance) et je n’ai accès à aucun cours sur Ecampus depuis la rentrée. Je vis à La Réunion (97400 Saint-Denis) et je ne peux pas venir à Caen, tout passe par Ecampus.

Le service de l’enseignement à distance m’a confirmé par téléphone que je suis bien dans le groupe CEMU de la L3 droit. Mon numéro étudiant : 23561204.

Je suis très inquiète car les premiers devoirs sont à rendre pour le 20 octobre.

Bien cordialement,
Sandrine Payet
""", charset='windows-1252', cte='quoted-printable'),
    gold=G([('L3DROI', 'L3DROI-102'), ('L3DROICEMU', 'groupe CEMU')], ['23561204'], [], 'not_enrolled', 'student',
           note='distance-learning law student enrolled in no course at all'))

# ---------------------------------------------------------------- 020
t020 = """Hi,

I'm an exchange student (Erasmus+, University of Tartu) and I can't use Ecampus. After I log in with my UNICAEN account, it always sends me to the page "Modifier le profil" and says that the "Adresse de courriel" is required, but the field is greyed out and I can't type anything. If I click on anything else it comes back to the same page.

Student number 25907733. I'm on Windows 11, Edge and Firefox, same problem.

Could you help me please? I have my first assignment due next Friday.

Best regards,
Kristjan Tamm
"""
add(fn='020-erasmus-en-stuck-profile-page.eml',
    frm='Kristjan Tamm <kristjan.tamm@ut.ee>',
    subj='Ecampus login - stuck on profile page',
    date='Mon, 15 Sep 2025 11:37:08 +0200', mid=mid_other('ut.ee'),
    body=alt(t020, gmail_html(t020)),
    gold=G([], ['25907733'], [], 'cannot_login', 'student', 'en',
           note='Erasmus student stuck on profile page asking for an e-mail address'))

# ---------------------------------------------------------------- 021
add(fn='021-erasmus-en-dashboard-empty.eml',
    frm='Aoife Brennan <aoife.brennan@mail.ucc.ie>',
    subj='Courses not showing on my dashboard',
    date='Wed, 1 Oct 2025 16:40:12 +0200', mid=mid_outlook(),
    body=Text("""Hello,

My Ecampus dashboard is empty, it only says "Vue d'ensemble des cours - Aucun cours". I should have Developmental Psychology (L2.PSY 34) and Social Psychology (L2PSY31), my teacher says I am in the participants list of both.

Student number: 25911250

Many thanks,
Aoife Brennan
Erasmus student - Psychology
"""),
    gold=G([('L2.PSY34', 'L2.PSY 34'), ('L2.PSY31', 'L2PSY31')], ['25911250'], [], 'course_not_on_dashboard', 'student', 'en',
           note='Erasmus student sees empty dashboard although enrolled'))

# ---------------------------------------------------------------- 022
add(fn='022-sms-cas-connexion-reussie.eml',
    frm='Rayan <rayan.b1407@gmail.com>',
    subj='connexion',
    date='Tue, 9 Sep 2025 08:14:55 +0200', mid=mid_gmail(),
    body=Text("""bjr g tape ecampus sur google jarrive sur cas.unicaen.fr ca me di connexion reussie et apres plus rien jpeux pa aller sur mes cours. g cour a 10h
merci

Envoyé depuis mon Galaxy"""),
    gold=G([], [], [], 'cas_unknown_destination', 'student',
           note='SMS-style: CAS says connected then nothing, came from Google'))

# ---------------------------------------------------------------- 023
add(fn='023-database-connection-failed-dimanche.eml',
    frm='24076651@etu.unicaen.fr',
    subj='ecampus marche pas',
    date='Sun, 16 Nov 2025 09:52:30 +0100', mid=mid_iphone('etu.unicaen.fr'), hdr=[IPHONE],
    body=Text("""Bonjour ecampus marche pas ça affiche
Error: Database connection failed
It is possible that the database is overloaded or otherwise not running properly.
j'ai un test à faire avant 12h
merci

Envoyé de mon iPhone"""),
    gold=G([], ['24076651'], [], 'database_error', 'student',
           note='Sunday morning database connection failed, number only in the address'))

# ---------------------------------------------------------------- 024
t024 = """Bonjour,

Je me suis mariée cet été et mon nom d'usage est désormais Lefèvre-Duval. La scolarité a fait le changement dans mon dossier (je l'ai vu sur mon certificat de scolarité) mais sur Ecampus j'apparais toujours sous le nom de Camille Duval, y compris dans les devoirs rendus.

Je joins le justificatif au cas où.

N° étudiant : 21083355
INE : 1702004519F

Merci par avance,
Camille Lefèvre-Duval
M1 Psychologie clinique
"""
add(fn='024-nom-usage-mariage-pj.eml',
    frm='Camille Lefevre-Duval <camille.duval@etu.unicaen.fr>',
    subj="Changement de nom d'usage",
    date='Mon, 13 Oct 2025 13:02:47 +0200', mid=mid_zimbra(), hdr=[ZIMBRA],
    body=Multi('mixed', [alt(t024, gmail_html(t024)), Attach('application/pdf', 'justificatif_nom_usage.pdf', b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n')]),
    gold=G([], ['21083355'], [], 'wrong_name', 'student',
           note='married name not shown in Ecampus; PDF attached; INE look-alike'))

# ---------------------------------------------------------------- 025
add(fn='025-merci-ticket-resolu.eml',
    frm='Alexis Moreau <alexis.moreau@etu.unicaen.fr>',
    subj='Re: [CEMU #52210] Inscription cours SINF3U06',
    date='Thu, 9 Oct 2025 18:03:11 +0200', mid=mid_zimbra(),
    hdr=[('In-Reply-To', '<cemu.52210.1759998770@assistance.unicaen.fr>'), ZIMBRA],
    body=Text("""C'est bon je vois le cours maintenant, merci beaucoup !!!

Alexis

----- Mail original -----
De: "CEMU Assistance" <cemu.assistance@unicaen.fr>
Envoyé: Jeudi 9 Octobre 2025 10:32:50
Objet: [CEMU #52210] Inscription cours SINF3U06

Bonjour,

Votre inscription pédagogique n'était pas faite jusqu'au groupe dans APOGÉE. La scolarité vient de la corriger, l'inscription dans Ecampus se fera après la synchronisation de cette nuit.

Cordialement,
L'équipe d'assistance du CEMU

> Je n'ai pas accès au cours de programmation web, numéro 24150099.
""", cte='quoted-printable'),
    gold=G([('SINF3U06', 'SINF3U06')], ['24150099'], [], 'other', 'student',
           note='student thanks the CEMU, problem solved (quoted thread was about enrolment)'))
