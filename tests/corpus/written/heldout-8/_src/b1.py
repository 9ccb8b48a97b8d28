from lib import *
CEMU='cemu.assistance@unicaen.fr'
# 001
M('001-etu-sms-pas-inscrit-droit-const.eml', '25104462@etu.unicaen.fr', 'cours droit const', '2025-09-16 23:41',
"""slt
jsuis en L1 droit et jai pas le cours de droit constitutionnel sur ecampus (jur1.cst) alors que tt le monde la
la prof a dit que les docs du td etaient dessus et jai un td jeudi
jsp quoi faire svp
mon num etudiant c 25104462

Envoyé de mon iPhone""",
g=G(['JUR1.CST'], ['jur1.cst'], ['25104462'], [], 'not_enrolled', 'student', schemes=['law JUR<sem>.<subj>'], note='L1 student, SMS style, not enrolled in constitutional law course'))
# 002
M('002-prof-etudiants-voient-pas-compta.eml', '"Hervé Lemonnier" <herve.lemonnier@unicaen.fr>', 'Les étudiants ne voient pas mon cours', '2025-09-22 08:12',
html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div style="font-family:Calibri,sans-serif;font-size:11pt">Bonjour,<br><br>
Mes étudiants de BUT GEA 1ère année me disent qu'ils ne trouvent pas le cours
<a href="https://ecampus.unicaen.fr/course/view.php?id=48213">(GEAR1.04) Comptabilité générale</a> sur Ecampus.
Moi je le vois bien (en gris, d'ailleurs, je ne sais pas si c'est normal).<br>
Le premier CM a eu lieu hier en amphi Tocqueville (bâtiment A, IUT site d'Ifs), et j'ai besoin qu'ils récupèrent le plan comptable.<br><br>
Pouvez-vous regarder ?<br><br>Cordialement,<br>
<b>Hervé Lemonnier</b><br>PRAG – Département GEA<br>IUT Grand Ouest Normandie – 14123 Ifs<br>Tél. 02 31 56 70 12 – bureau A-214</div></body></html>""",
g=G(['GEAR1.04'], ['GEAR1.04'], [], [48213], 'students_cannot_see_course', 'staff', schemes=['BUT <dept>R<sem>.<nn>'], note='teacher: students cannot see hidden (greyed) BUT course'))
# 003
t3 = """Bonjour,

Plusieurs étudiants de L2 LEA (étape L2LEA-101) nous signalent qu'ils n'apparaissent pas dans l'espace Ecampus de l'EC YES3TH1 (Thème espagnol S3), groupe TD2.
Leur inscription pédagogique a pourtant été saisie le 19/09 dans Apogée, jusqu'au groupe.

N° étudiant   INE           Nom Prénom
24117702      0904022871K   ANDRIEU Lola
24100358      0904018342H   BELKACEM Inès
23009641      2293041177F   DUVAL Théo
25211907      0905117763P   LE GOFF Maëlle
24019873      0904001290C   NGUYEN Bao

Merci d'avance,
Christine Marie
Scolarité UFR LVE – bureau SB-012
Tél. 02 31 56 55 18
"""
h3 = """<html><body><p>Bonjour,</p><p>Plusieurs étudiants de L2 LEA (étape L2LEA-101) nous signalent qu'ils n'apparaissent pas dans l'espace Ecampus de l'EC <b>YES3TH1</b> (Thème espagnol S3), groupe TD2.<br>Leur inscription pédagogique a pourtant été saisie le 19/09 dans Apogée, jusqu'au groupe.</p>
<table border="1" cellspacing="0" cellpadding="3"><tr><th>N° étudiant</th><th>INE</th><th>Nom Prénom</th></tr>
<tr><td>24117702</td><td>0904022871K</td><td>ANDRIEU Lola</td></tr>
<tr><td>24100358</td><td>0904018342H</td><td>BELKACEM Inès</td></tr>
<tr><td>23009641</td><td>2293041177F</td><td>DUVAL Théo</td></tr>
<tr><td>25211907</td><td>0905117763P</td><td>LE GOFF Maëlle</td></tr>
<tr><td>24019873</td><td>0904001290C</td><td>NGUYEN Bao</td></tr></table>
<p>Merci d'avance,<br>Christine Marie<br>Scolarité UFR LVE – bureau SB-012<br>Tél. 02 31 56 55 18</p></body></html>"""
M('003-scol-lve-tableau-td2.eml', '"Christine Marie" <christine.marie@unicaen.fr>', 'Etudiants absents de l\'espace YES3TH1', '2025-09-29 14:05', t3, h3, cte='quoted-printable',
g=G(['L2LEA', 'YES3TH1', 'YES3-TD2'], ['L2LEA-101', 'YES3TH1', 'TD2'], ['24117702', '24100358', '23009641', '25211907', '24019873'], [], 'not_enrolled', 'staff',
    schemes=['licence étape L<yr><mention>', 'LVE Y<lang><sem><type><n>', 'LVE group <elp>-TD<n>'], note='secretary: table of 5 students missing from a language EC group TD2'))
# 004
M('004-erasmus-en-socio-not-enrolled.eml', '"Katarzyna Wiśniewska" <kasia.wisniewska02@gmail.com>', 'Cannot find my sociology courses on Ecampus', '2025-09-24 19:33',
"""Hello,

I am an Erasmus+ exchange student from Uniwersytet Wrocławski, arrived in Caen on 8 September. My student number is 25400913.
I can log in to Ecampus, but the courses SOC-L314 (Sociologie de la famille) and SOC-L322 (Enquête qualitative) are not in my list.
My learning agreement was signed by Mrs Lefranc from the international office on 15/09/2025.
Could you please add me? Teachers told me all the readings are on Ecampus.

Thank you very much,
Katarzyna Wiśniewska
+48 601 234 887 / +33 7 58 21 40 66""",
g=G(['SOC-L314', 'SOC-L322'], ['SOC-L314', 'SOC-L322'], ['25400913'], [], 'not_enrolled', 'student', 'en', schemes=['sociology SOC-<L|M><yr><nn>'], note='incoming Erasmus student not enrolled in two sociology courses'))
# 005
M('005-absent-du-bureau.eml', '"Pascale Hébert" <pascale.hebert@unicaen.fr>', 'Réponse automatique : [CEMU #41822] Inscriptions TP chimie', '2025-10-27 07:02',
"""Bonjour,

Je suis absente du bureau du 27/10/2025 au 02/11/2025 inclus (congés de la Toussaint).
Pour toute question urgente concernant la scolarité de l'UFR des Sciences, merci de contacter
le secrétariat au 02 31 56 73 40 ou scolarite.sciences@unicaen.fr.

Cordialement,
Pascale Hébert""", cs='iso-8859-1', cte='8bit', hdr={'Auto-Submitted': 'auto-replied', 'X-Autoreply': 'yes'},
g=G([], [], [], [], 'other', 'unknown', auto=True, note='out-of-office reply on a CEMU ticket'))
# 006
M('006-prof-esix-pas-inscrit.eml', '"Ludovic Ferrand" <ludovic.ferrand@unicaen.fr>', 'Pas inscrit comme enseignant - IX7-GP03', '2025-09-15 11:47',
"""Bonjour,

J'assure cette année le cours de génie des procédés IX7-GP03 (ESIX, 1ère année cycle ingénieur, site de Cherbourg) mais
je ne suis pas inscrit comme enseignant dans l'espace Ecampus correspondant. Mon collègue Rémi Gosselin, qui avait le cours l'an
dernier, y est toujours.
Les séances sont pourtant bien dans ADE (salle C-105, mardis 13h30-17h30) depuis le 8 septembre.

Pourriez-vous m'y ajouter ?

Ludovic Ferrand
Maître de conférences – ESIX Normandie / LUSAC (UR 4253)
60 rue Max-Pol Fouchet, 50130 Cherbourg-en-Cotentin
02 33 01 42 77""", cs='windows-1252', cte='quoted-printable',
g=G(['IX7GP03'], ['IX7-GP03'], [], [], 'teacher_not_enrolled', 'staff', schemes=['engineering IX<sem><dept><nn>'], note='engineering-school teacher not enrolled in his course (extra dash in code)'))
# 007
M('007-vacataire-profil-email.eml', '"Sandrine Olivier" <sandrine.olivier14@orange.fr>', 'Impossible d\'accéder à Ecampus - page profil', '2025-10-02 21:18',
"""Bonjour,

Je suis intervenante vacataire en psychomotricité (cours de L3 STAPS APA, 12h TD). La composante m'a créé un compte
"invité" la semaine dernière. Quand je me connecte, je tombe systématiquement sur une page "Modifier le profil" qui me dit
qu'il manque l'adresse de courriel, mais le champ est grisé et je ne peux rien saisir. Je ne peux aller nulle part ailleurs.

J'ai essayé avec Firefox 131 et Chrome, même chose.

Merci de votre aide,
Sandrine Olivier
Psychomotricienne D.E. – Cabinet 12 rue Écuyère, 14000 Caen – 06 71 28 93 40""",
html="""<div>Bonjour,</div><div><br></div><div>Je suis intervenante vacataire en psychomotricité (cours de L3 STAPS APA, 12h TD). La composante m'a créé un compte "invité" la semaine dernière. Quand je me connecte, je tombe systématiquement sur une page "Modifier le profil" qui me dit qu'il manque l'adresse de courriel, mais le champ est grisé et je ne peux rien saisir. Je ne peux aller nulle part ailleurs.</div><div><br></div><div>J'ai essayé avec Firefox 131 et Chrome, même chose.</div><div><br></div><div>Merci de votre aide,</div><div>Sandrine Olivier<br>Psychomotricienne D.E. – Cabinet 12 rue Écuyère, 14000 Caen – 06 71 28 93 40</div>""",
g=G([], [], [], [], 'cannot_login', 'unknown', note='vacataire stuck on profile page asking for an e-mail at first login'))
# 008
M('008-etu-cas-destination.eml', '"Yanis Boudjema" <yanis.boudjema@etu.unicaen.fr>', 'Connexion réussie mais rien ne se passe', '2025-09-10 18:26',
"""Bonjour,

Quand je me connecte je tombe sur une page "Connexion réussie, Bienvenue 24108827 ... CAS ne connaît pas votre destination finale".
Après il ne se passe rien, je n'arrive pas sur Ecampus. J'ai cherché "ecampus unicaen" sur Google et cliqué sur le premier lien.
Je vous mets une capture d'écran.

Yanis Boudjema, L2 Géographie""", att=[('Capture d’écran 2025-09-10 182301.png', PNG, 'image/png')],
g=G([], [], ['24108827'], [], 'cas_unknown_destination', 'student', note='student lands on CAS success page without service, screenshot attached'))
# 009
M('009-dsi-base-indispo.eml', '"Supervision DSI" <dsi-supervision@unicaen.fr>', 'TR: Ecampus - erreurs base de données ce matin', '2025-11-16 10:41',
html="""<html><body style="font-family:Arial"><p>Bonjour le CEMU,</p>
<p>Pour info, plusieurs appels au 02 31 56 60 00 (hotline DSI) depuis 9h15 : Ecampus affiche une page rouge
« Error: Database connection failed » puis « Erreur de lecture de la base de données ». Notre sonde Centreon (check_http v2.4.7)
passe en CRITICAL toutes les 5 min sur ecampus.unicaen.fr.</p>
<p>Est-ce lié à l'optimisation du dimanche ? Si oui, combien de temps encore ? Ticket interne INC-2025-11-04417.</p>
<p>Cordialement,<br>Fabrice Renault<br>DSI – Pôle Infrastructures, bâtiment Tour Bleue, 14032 Caen Cedex 5</p></body></html>""",
g=G([], [], [], [], 'database_error', 'staff', note='DSI reports database connection errors on Sunday morning'))
# 010
t10 = """Bonjour,

Je vous transfère le message d'une collègue. Pouvez-vous nous dire ce qui s'est passé ?

Bien à vous,
Gaëlle Perrin
Secrétariat pédagogique Arts du spectacle – UFR HSS, bât. MRSH, bureau SH-027

---------- Message transféré ----------
De : Anne-Sophie Lecoq <anne-sophie.lecoq@unicaen.fr>
Date : mar. 7 oct. 2025 à 17:20
Objet : mon cours de cinéma a disparu
À : Gaëlle Perrin <gaelle.perrin@unicaen.fr>

Gaëlle,
mon cours "(ASP2-FLM) Histoire du cinéma 2" n'est plus dans ma liste, je le retrouve dans une catégorie "Archives 2024-2025"
et il y a un nouvel espace vide "(ASP2-CIN) Histoire du cinéma" dans la catégorie L2. Tous mes quiz et mes vidéos sont dans l'ancien !
https://ecampus.unicaen.fr/course/view.php?id=39102
Anne-Sophie
"""
M('010-fwd-secr-arts-cours-archive.eml', '"Gaëlle Perrin" <gaelle.perrin@unicaen.fr>', 'TR: mon cours de cinéma a disparu', '2025-10-08 09:03', t10,
g=G(['ASP2-FLM', 'ASP2-CIN'], ['ASP2-FLM', 'ASP2-CIN'], [], [39102], 'course_moved_renamed', 'staff', schemes=['arts <field><yr>-<subj>'], unknown=['ASP2-FLM'], note='forwarded: cinema course moved to Archives after code change, old code no longer exists'))
# 011
M('011-etu-dashboard-staps.eml', '"léa m" <lea.martin.2005@hotmail.fr>', 'probleme tableau de bord', '2025-10-14 12:58',
"""bonjour
je vois plus le cours de natation aps3nat sur mon tableau de bord alors que la semaine derniere il y etait, j'ai rien changer
jsuis en L2 staps gr2. par contre si je tape le nom dans la recherche je le trouve
merci
Léa Martin 24102215

Envoyé depuis mon Galaxy A54""",
g=G(['APS3NAT'], ['aps3nat'], ['24102215'], [], 'course_not_on_dashboard', 'student', schemes=['STAPS APS<sem><activity>'], note='course disappeared from student dashboard, found by search'))
# 012
t12 = """Bonjour,

Les étudiants suivants de BUT GEA 2 (BGEA2) sont affectés dans le groupe GEA2-TP1A sur Ecampus pour la ressource GEAR3.05 (Contrôle de gestion) alors qu'ils sont en GEA2-TP2A dans Apogée depuis le 3 octobre :

- 24006512  ROUSSEL Mathis
- 24006874  BERTIN Chloé
- 24011093  FAUVEL Noah
- 23104770  LEROY Anaïs

Ils ne voient donc pas les dépôts de leur groupe. Merci de votre aide.

Sylvie Lebrun
Scolarité IUT Grand Ouest Normandie – site d'Ifs – Tél. 02 31 56 71 02
"""
M('012-scol-iut-mauvais-groupe.eml', '"Sylvie Lebrun" <sylvie.lebrun@unicaen.fr>', 'Mauvais groupe TP sur Ecampus (GEA2)', '2025-10-09 10:15', t12, cs='iso-8859-1', cte='8bit',
g=G(['BGEA2', 'GEA2-TP1A', 'GEAR3.05', 'GEA2-TP2A'], ['BGEA2', 'GEA2-TP1A', 'GEAR3.05', 'GEA2-TP2A'], ['24006512', '24006874', '24011093', '23104770'], [], 'wrong_group', 'staff',
    schemes=['BUT étape B<dept><yr>', 'BUT group <dept><yr>-TP<n><L>', 'BUT <dept>R<sem>.<nn>'], note='secretary: 4 BUT students in wrong TP group'))
# 013
t13 = """Bonjour,

Dans l'espace Ecampus de l'UE IAEM1F04 (Finance d'entreprise, M1 CCA), je compte 14 personnes avec le rôle Enseignant.
Or nous ne sommes que deux à intervenir (M. Dupuis et moi-même). Les autres sont des collègues du master MAE qui n'ont rien à
voir avec ce cours et qui reçoivent les notifications du forum.
https://ecampus.unicaen.fr/user/index.php?id=52340

Pouvez-vous nettoyer ou me dire qui doit le faire ?

Cordialement
Nathalie Guérin
Maître de conférences – IAE Caen, 3 rue Claude Bloch, 14000 Caen
ORCID 0000-0002-4471-8203 – bureau 2.17"""
M('013-prof-iae-trop-enseignants.eml', '"Nathalie Guérin" <nathalie.guerin@unicaen.fr>', 'Trop d\'enseignants dans mon cours IAE', '2025-09-30 16:44', t13, cte='base64',
  html='<html><body><pre style="font-family:Segoe UI">' + t13.replace('&','&amp;').replace('<','&lt;') + '</pre></body></html>', htmlcte='base64',
g=G(['IAEM1F04'], ['IAEM1F04'], [], [52340], 'too_many_teachers', 'staff', schemes=['business school IAEM<yr><track><nn>'], note='14 teachers enrolled in an IAE course'))
# 014
M('014-etu-nom-mal-orthographie.eml', '"Maëlys Kerbrat-Lhuillier" <maelys.kerbrat@etu.unicaen.fr>', 'Erreur sur mon nom', '2025-09-19 13:30',
"""Bonjour,

Sur Ecampus mon nom apparaît « KERBRAT LHUILIER Maelys » (sans le tiret, avec un seul L et sans tréma), alors que c'est Kerbrat-Lhuillier Maëlys.
Du coup mes profs ne me trouvent pas dans la liste des participants pour les notes.

Mon numéro étudiant : 23011848
INE : 0603154471J

Merci,
Maëlys Kerbrat-Lhuillier
L3 Psychologie""",
g=G([], [], ['23011848'], [], 'wrong_name', 'student', note='student name misspelled on Ecampus, INE look-alike'))
# 015
h15 = """<html><body style="background:#f4f4f4"><table width="600" align="center" style="background:#fff;font-family:Arial"><tr><td>
<h1 style="color:#005a9c">La lettre du CEMU – n°47 – novembre 2025</h1>
<h2>Nouveautés Ecampus</h2><p>Ecampus passe en Moodle 4.5 pendant les vacances de Noël (coupure le 22/12 de 7h à 13h).
Le nouveau plugin H5P 1.27 est disponible dans tous les cours.</p>
<h2>Ateliers</h2><p>« Atelier Moodle niveau 1 » : jeudi 20 novembre, 14h-16h, salle SF-108 (bât. F, campus 1). Inscription sur https://cemu.unicaen.fr/ateliers.</p>
<h2>Rappel</h2><p>Pour tout problème d'accès, écrivez à cemu.assistance@unicaen.fr en précisant le code Apogée du cours et le numéro étudiant concerné.</p>
<p style="font-size:9px">Vous recevez cette lettre car vous êtes abonné à la liste cemu-infos@listes.unicaen.fr. <a href="https://listes.unicaen.fr/sympa/signoff/cemu-infos">Se désabonner</a></p>
</td></tr></table></body></html>"""
M('015-lettre-cemu-liste.eml', '"CEMU - Lettre d\'info" <cemu-infos@listes.unicaen.fr>', 'La lettre du CEMU n°47 - novembre 2025', '2025-11-12 08:00', html=h15,
  to='cemu-infos@listes.unicaen.fr', hdr={'List-Id': '<cemu-infos.listes.unicaen.fr>', 'Precedence': 'list', 'List-Unsubscribe': '<https://listes.unicaen.fr/sympa/signoff/cemu-infos>'},
g=G([], [], [], [], 'other', 'unknown', auto=True, note='CEMU newsletter received through a mailing list'))
# 016
M('016-prof-inspe-bloc-participants.eml', '"Olivier Marchand" <olivier.marchand@unicaen.fr>', 'Bloc participants disparu', '2025-09-12 15:20',
"""Bonjour,

Dans mon cours MEEF1P07 (Didactique des mathématiques, M1 MEEF 1er degré) le bloc "Participants" qui était à droite a disparu.
Je ne sais plus comment voir la liste de mes étudiants pour faire les groupes de stage.
https://ecampus.unicaen.fr/course/view.php?id=51877

Merci
O. Marchand
INSPE Normandie Caen – site de la Mare Ingrand, bureau 1.08 – 02 31 56 62 30""",
g=G(['MEEF1P07'], ['MEEF1P07'], [], [51877], 'participants_block_missing', 'staff', schemes=['INSPE MEEF<yr><P|S><nn>'], note='teacher cannot find Participants block'))
# 017
M('017-admin-sante-cohorte.eml', '"Jérôme Tessier" <jerome.tessier@unicaen.fr>', 'Cohorte DFGSP2 pour espace tutorat', '2025-09-26 09:50',
"""Bonjour,

Nous ouvrons un espace complémentaire "Tutorat pharmacie 2025-2026" sur Ecampus (id 53488) et voudrions y inscrire toute la
promotion de 2e année de pharmacie (étape DFGSP2) ainsi que les 3e année (DFGSP 3).

1) Existe-t-il une cohorte générale mise à jour automatiquement pour ces étapes ? Je trouve "UFR Santé : DFGSP2 - 2025" dans la
   recherche, mais je ne sais pas si elle est synchronisée chaque nuit.
2) Si un étudiant redouble en cours d'année, sort-il tout seul de la cohorte ?

Merci,
Jérôme Tessier
Responsable administratif adjoint – UFR Santé, pôle Formation
2 rue des Rochambelles, 14032 Caen Cedex – 02 31 56 82 14""",
g=G(['DFGSP2', 'DFGSP3'], ['DFGSP2', 'DFGSP 3'], [], [53488], 'cohort_question', 'staff', schemes=['santé étape DFGS<M|P><yr>'], note='admin asks about automatic cohort for pharmacy étapes'))
