from build import G, PNG
MAILS = []
A = MAILS.append

A(dict(fn="041-sms-pas-inscrit-socio.eml", client="apple",
  frm=("Mathis", "mathis.rb@icloud.com"), subj="24003588 pas inscrit",
  date="2025-09-23 12:14", cs="utf-8", cte="8bit",
  body="""bonjour jsui pa inscri o cour de socio l2soc 14a sur ecampus (socio de la famille) jsui en L2 socio
tt le monde y est sauf moi jcomprend pa
mon numero c celui en objet

Envoyé de mon iPhone""",
  gold=G("not_enrolled", "student", codes=[("L2SOC14A", "l2soc 14a")], sn=["24003588"], schemes=["soc:element"],
         note="SMS-style student not enrolled in L2SOC14A (lowercase with a space); student number only in the subject")))

A(dict(fn="042-physique-cours-renomme.eml", client="thunderbird",
  frm=("Pierre-Yves Cadiou", "pierre-yves.cadiou@unicaen.fr"), subj="Mon cours d'optique a changé de nom et est vide",
  date="2025-09-03 14:55", cs="utf-8", cte="quoted-printable",
  body="""Bonjour,

Je retrouve ce matin mon cours d'optique de L3 sous un nouveau nom, « (pc-s5-13) Optique ondulatoire et interférences », complètement vide, alors que l'ancien, « (PC-S5-03) Optique ondulatoire », avec trois ans de contenus (vidéos, quiz, banque de questions) a été déplacé dans Archives.

Je suppose que le code Apogée a changé avec la nouvelle maquette ? Est-ce que je peux récupérer mes contenus dans le nouveau cours, et comment ? Faut-il faire une importation ?

Merci,
P.-Y. Cadiou
Département de physique, Campus 2, Sciences 2 - bureau S2-212
""",
  gold=G("course_moved_renamed", "staff", codes=[("PC-S5-03", "PC-S5-03"), ("PC-S5-13", "pc-s5-13")],
         schemes=["phy:element"], unknown=["PC-S5-03"],
         note="physics course archived after code change: old PC-S5-03 no longer exists (unknown), new PC-S5-13 written lowercase")))

A(dict(fn="043-en-account-not-activated.eml", client="outlook",
  frm=("Wei Zhang", "wei.zhang.caen@outlook.com"), subj="Cannot access Ecampus - account problem",
  date="2025-09-12 10:21", cs="utf-8", cte="quoted-printable", fmt="alt",
  body="""Dear Ecampus support,

I am a new Master student (Economics, international programme). I have activated my digital account on the university website but when I try to connect to Ecampus through the CAS page I get the message "Authentication failed" and then nothing.

Student card n° 25107730
The IT help desk (DSI) gave me the case number INC0048213 last week but told me to contact you for Ecampus.

I have already missed two online quizzes. Could you please check my account?

Kind regards,
Wei ZHANG
Tel: 07 66 21 84 05
""",
  gold=G("cannot_login", "student", sn=["25107730"], lang="en",
         note="international Master student cannot log in to Ecampus; DSI case number INC0048213 and phone are look-alikes")))

A(dict(fn="044-fwd-socio-l3-cours-cache.eml", client="outlook",
  frm=("Claire Besnard", "claire.besnard@unicaen.fr"), subj="TR: cours de sociologie urbaine invisible",
  date="2025-09-29 08:44", cs="windows-1252", cte="quoted-printable",
  body="""Bonjour,

Je vous transfère le message d'une étudiante de L3. Plusieurs étudiants me disent la même chose depuis la rentrée : ils ne voient pas mon cours L3SOC21 sur Ecampus. Dans les paramètres du cours je vois « Visibilité du cours : Cacher » mais je n'ai jamais touché à ce réglage, et je ne suis pas sûre de pouvoir le modifier :
https://ecampus.unicaen.fr/course/edit.php?id=50331

Pouvez-vous le rendre visible, ou me dire comment faire ?

Claire Besnard
MCF sociologie, UFR HSS

________________________________
De : Emma Vallée <emma.vallee@etu.unicaen.fr>
Envoyé : dimanche 28 septembre 2025 19:02
À : Claire Besnard <claire.besnard@unicaen.fr>
Objet : cours de sociologie urbaine

Bonjour Madame,
Je ne trouve pas votre cours de sociologie urbaine sur Ecampus, mes camarades non plus. Pourriez-vous nous envoyer le plan du cours par mail ?
Cordialement,
Emma Vallée, L3 sociologie, groupe TD 2
""",
  gold=G("students_cannot_see_course", "staff", codes=[("L3SOC21A", "L3SOC21")], cids=[50331], schemes=["soc:element"],
         note="teacher forwards a student's mail: L3 students cannot see her hidden course L3SOC21A (written truncated, final letter missing)")))

A(dict(fn="045-quiz-tiers-temps.eml", client="zimbra",
  frm=("Laurent Tessier", "laurent.tessier@unicaen.fr"), subj="Tiers-temps sur un test Ecampus",
  date="2025-12-01 17:36", cs="utf-8", cte="8bit",
  body="""Bonjour,

Pour le test de mi-semestre de SPHY210 (ondes et vibrations), deux étudiants ont un aménagement tiers-temps. Le test est réglé sur 45 minutes pour tout le monde :
https://ecampus.unicaen.fr/mod/quiz/view.php?id=1284533

Comment leur donner 1 h au lieu de 45 min sans changer pour les autres ? J'ai vu « Dérogations utilisateur » mais je ne suis pas sûr que ce soit ça.

Merci,
Laurent Tessier
""",
  gold=G("other", "staff", codes=[("SPHY210", "SPHY210")], schemes=["sphy:element"],
         note="quiz setting question (extra time); the link is a quiz module id (1284533), not a course id")))

A(dict(fn="046-sms-cours-philo-existe-pas.eml", client="other",
  frm=("25011423@etu.unicaen.fr", "25011423@etu.unicaen.fr"), subj="cours philo",
  date="2025-09-19 16:02", cs="utf-8", cte="7bit",
  body="""Bonjour
le cours de philo ph.s1.04 (logique) existe pas sur ecampus, jai cherche partout et la prof a dit en amphi quelle le trouvait pas non plus et qu'il fallait vous ecrire.
du coup on a pas les td
merci
Alice L1 philo
""",
  gold=G("course_missing", "student", codes=[("PH.S1.04", "ph.s1.04")], sn=["25011423"], schemes=["phi:element"],
         note="L1 student: the philosophy course PH.S1.04 (lowercase) does not exist on Ecampus, teacher cannot find it either; number from sender address")))

A(dict(fn="047-fwd-responsable-master-info.eml", client="gmail",
  frm=("Thomas Guérin", "thomas.guerin@unicaen.fr"), subj="Fwd: Accès au cours M2 sécurité",
  date="2025-10-02 09:05", cs="utf-8", cte="quoted-printable", fmt="alt",
  body="""Bonjour,

Responsable du M2 informatique, je relaie la demande de notre nouvelle collègue (recrutée ATER au 1er septembre). Elle assure le cours M2INFO27 (Sécurité des systèmes) et les TP du groupe M2INFO27G1, ses séances sont planifiées dans ADE, mais elle n'est pas inscrite dans l'espace Ecampus du cours.

Pouvez-vous vérifier ?
Merci
Thomas Guérin

---------- Forwarded message ---------
De : Yasmina Belkacem <yasmina.belkacem@unicaen.fr>
Date: mer. 1 oct. 2025 à 18:22
Subject: Accès au cours M2 sécurité
To: Thomas Guérin <thomas.guerin@unicaen.fr>


Bonjour Thomas,

Je n'ai toujours pas accès au cours de sécurité sur Ecampus, je ne le vois pas du tout. Mon identifiant est belkacem231 (compte créé le 01/09/2025). Peux-tu voir avec qui de droit ?

Yasmina
""",
  gold=G("teacher_not_enrolled", "staff", codes=[("M2INFO27", "M2INFO27"), ("M2INFO27G1", "M2INFO27G1")],
         schemes=["minf:element", "minf:groupe"],
         note="head of M2 forwards: a new ATER teacher planned in ADE is not enrolled as teacher in M2INFO27")))

A(dict(fn="048-iut-gc-tp3a-html.eml", client="outlook",
  frm=("Karine Olivier", "karine.olivier@unicaen.fr"), subj="BUT GC1 - étudiants non inscrits R1.07",
  date="2025-10-07 13:58", cs="windows-1252", cte="quoted-printable", fmt="html",
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Bonjour,</p>
<p>Les étudiants du groupe de TP TP3A ne sont pas inscrits dans la ressource GC-R1.07 «&nbsp;Mécanique des structures&nbsp;» (BUT1 Génie civil). Les autres groupes de TP sont OK.</p>
<table border="1" cellpadding="3" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#f2f2f2"><th>N° étudiant</th><th>INE</th><th>Nom</th><th>Prénom</th><th>Date de naissance</th></tr>
<tr><td>25000914</td><td>0906054789F</td><td>BLONDEL</td><td>Antoine</td><td>22/09/2006</td></tr>
<tr><td>25002276</td><td>1101011234X</td><td>CORNU</td><td>Sarah</td><td>03/02/2007</td></tr>
<tr><td>25001587</td><td>0701234567HB</td><td>LECONTE</td><td>Killian</td><td>14/11/2006</td></tr>
</table>
<p>Le groupe a été créé dans Apogée le 26/09 seulement, c’est peut-être la raison&nbsp;?</p>
<p>Cordialement,<br>Karine Olivier<br>Secrétariat GC – IUT Grand Ouest Normandie<br>Boulevard Maréchal Juin – 14032 Caen cedex – 02 31 56 70 80</p>
</div></body></html>
""",
  gold=G("not_enrolled", "staff", codes=[("GC1-TP3A", "TP3A"), ("GC-R1.07", "GC-R1.07")],
         sn=["25000914", "25002276", "25001587"], schemes=["gc:groupe", "gc:element"],
         note="IUT secretary: students of group GC1-TP3A (written by its short name TP3A) not enrolled in GC-R1.07; HTML table with INE and birth dates (look-alikes); other groups fine")))

A(dict(fn="049-dsi-script-cohortes.eml", client="zimbra",
  frm=("Frédéric Lamotte", "frederic.lamotte@unicaen.fr"), subj="Synchro cohortes IA : horaire et périmètre",
  date="2025-10-22 11:10", cs="utf-8", cte="quoted-printable",
  body="""Bonjour,

Côté DSI (pôle SI Scolarité) nous préparons la bascule de l'annuaire vers la nouvelle version (LDAP v2.6) le 18/11.

Pouvez-vous nous confirmer :
- à quelle heure tourne le script de synchronisation des cohortes d'IA sur Ecampus (nous avons noté 02h30 dans notre doc, est-ce toujours d'actualité ?) ;
- s'il s'appuie uniquement sur le code étape (ex. L3PC, L2SV) ou aussi sur la version (L2SV-101) ;
- ce qui se passe pour un étudiant dont l'IA est annulée puis refaite le même jour.

Nous voulons éviter de vider les cohortes pendant la nuit de bascule.

Cordialement,
Frédéric Lamotte
DSI – Pôle applications, SI Scolarité
02 31 56 69 05
""",
  gold=G("cohort_question", "staff", codes=[("L3PC", "L3PC"), ("L2SV", "L2SV")], schemes=["phy:etape", "bio:etape"],
         note="DSI asks about the IA cohort sync (time, étape vs version) before a directory migration; L2SV also written with version -101; version 2.6 and times are not numbers")))

A(dict(fn="050-caps-prenom-faux.eml", client="other",
  frm=("", "kenzo.mbappe-diallo@etu.unicaen.fr"), subj="MON PRENOM EST FAUX",
  date="2025-10-01 22:58", cs="utf-8", cte="7bit",
  body="""BONSOIR
SUR ECAMPUS MON PRENOM EST ECRIT "KENZO" ALORS QUE J'AI CHANGE DE PRENOM D'USAGE A LA RENTREE, JE M'APPELLE "KEZIAH" MAINTENANT. SUR L'ENT C'EST BON MAIS PAS SUR ECAMPUS ET TOUS LES PROFS VOIENT L'ANCIEN.
C'EST TRES GENANT
NUMERO ETUDIANT 23 017 804
MERCI DE CORRIGER VITE
""",
  gold=G("wrong_name", "student", sn=["23017804"],
         note="all-caps student: first name of usage not updated in Ecampus; number read out in groups")))

A(dict(fn="051-en-cas-final-destination.eml", client="gmail",
  frm=("Lukas Brandt", "lukas.brandt@etu.unicaen.fr"), subj="Login loop - CAS does not know final destination",
  date="2025-09-08 08:31", cs="utf-8", cte="quoted-printable",
  body="""Hi,

I'm an Erasmus student from Leipzig (Master 1 History). Every time I try to go to Ecampus I end up on this page:

"Connexion réussie
Bienvenue 25106218. Vous vous êtes authentifié(e) auprès du Service Central d'Authentification. Toutefois, vous voyez cette page car CAS ne connaît pas votre destination finale ni comment vous y rediriger."

I use the link https://cas.unicaen.fr/login that I found on Google. My Leipzig student ID 3728145 works on their Moodle but I think this is not the problem.

How do I get to the courses?

Thanks,
Lukas
""",
  gold=G("cas_unknown_destination", "student", sn=["25106218"], lang="en",
         note="English-writing Erasmus student lands on CAS 'destination finale' page from Google; Leipzig ID 3728145 is another university's number")))

A(dict(fn="052-prof-tableau-de-bord-lmo.eml", client="outlook",
  frm=("Sylvie Marchal", "sylvie.marchal@unicaen.fr"), subj="Cours absent de mon tableau de bord",
  date="2026-01-19 09:12", cs="utf-8", cte="base64", fmt="alt",
  body="""Bonjour,

Mon cours du second semestre « (LMO 5104) Poésie du XXe siècle » n'apparaît pas sur mon tableau de bord, dans la Vue d'ensemble des cours, alors que j'en suis l'enseignante et que j'y accède quand je tape son adresse. Le cours de l'an dernier, lui, y est toujours.

Le filtre est sur « Tous (sauf retirés de l'affichage) ». J'ai deux pages de cours, j'ai regardé les deux.

Merci de m'aider à le faire réapparaître, c'est beaucoup plus pratique.

Sylvie Marchal
Lettres modernes - UFR LVE - bureau LVE 228
""",
  gold=G("course_not_on_dashboard", "staff", codes=[("LMO5104", "LMO 5104")], schemes=["lmo:element"],
         note="teacher does not see her course LMO5104 (written with a space) on her dashboard though she can open it")))

A(dict(fn="053-en-automatic-reply.eml", client="outlook",
  frm=("Margaret O'Connell", "margaret.oconnell@unicaen.fr"), subj="Automatic reply: [CEMU #49102] Ecampus down? Database connection failed",
  date="2026-01-12 14:02", cs="utf-8", cte="7bit",
  hdrs=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"), ("In-Reply-To", "<49102.1768222900.cemu@assistance.unicaen.fr>")],
  body="""Thank you for your message. I am teaching on Mondays and Tuesdays and will reply as soon as possible.

For urgent matters concerning the English department, please contact the LVE office at scolarite.lve@unicaen.fr.

Margaret O'Connell
""",
  gold=G("other", "unknown", lang="en", auto=True,
         note="English automatic reply to a CEMU ticket answer")))

A(dict(fn="054-erasmus-par-erreur.eml", client="outlook",
  frm=("Pauline Grandin", "pauline.grandin@hotmail.com"), subj="Inscrite dans aucun cours alors que je suis à Caen",
  date="2025-09-24 20:48", cs="windows-1252", cte="8bit",
  body="""Bonjour,

Je suis en L2 Gestion (LGES2-101) et je ne suis inscrite dans aucun cours sur Ecampus, alors que mes camarades ont tous leurs cours depuis le 15.

La scolarité m'a dit qu'à mon inscription administrative j'aurais coché par erreur « Erasmus+ départ à l'année » (je devais partir en Espagne au S2 mais finalement je reste à Caen). Est-ce que c'est ça qui bloque ? Qui doit corriger ?

Numéro étudiant : 23010459
INE : 0803010459D

Merci beaucoup,
Pauline Grandin
""",
  gold=G("not_enrolled", "student", codes=[("LGES2", "LGES2-101")], sn=["23010459"], schemes=["eco:etape"],
         note="student wrongly registered as Erasmus outgoing is enrolled in no course; INE shares digits but is not a student number")))

A(dict(fn="055-ticket-bio-trop-enseignants.eml", client="zimbra",
  frm=("Hervé Lallemand", "herve.lallemand@unicaen.fr"), subj="Re: [CEMU #48102] Trop d'enseignants dans BV1-101",
  date="2025-09-26 15:33", cs="utf-8", cte="quoted-printable",
  hdrs=[("In-Reply-To", "<48102.1758802211.cemu@assistance.unicaen.fr>")],
  body="""Bonjour,

Merci pour votre réponse. Je confirme : il n'y a pas de planification ADE pour ces six collègues cette année dans BV1-1O1 (ils intervenaient l'an dernier en biologie cellulaire), mais ils sont toujours inscrits comme enseignants. Vous parliez d'un « tuilage » jusqu'à fin septembre : est-ce qu'ils vont disparaître d'eux-mêmes au 1er octobre ou dois-je les retirer ?

Hervé Lallemand

Le 25/09/2025 à 16:10, CEMU Assistance a écrit :
> Bonjour,
>
> Les enseignants inscrits par base de données dans (BV1-101) Biologie cellulaire
> proviennent de la planification ADE. En début d'année, l'année précédente reste
> active jusqu'à fin septembre.
>
> Cordialement,
> L'équipe CEMU
>
>> Le 24/09/2025 à 09:47, Hervé Lallemand a écrit :
>> Il y a 9 enseignants dans mon cours de bio cell, dont 6 qui n'y enseignent plus.
""",
  gold=G("too_many_teachers", "staff", codes=[("BV1-101", "BV1-1O1")], schemes=["bio:element"],
         note="reply on ticket: former teachers still enrolled in BV1-101 (written with letter O in his text, correct in the quoted reply and subject)")))

A(dict(fn="056-sms-erreur-base-devoir.eml", client="gmail",
  frm=("Jade Poulain", "jadepoulain03@gmail.com"), subj="ecampus bug",
  date="2025-11-23 09:18", cs="utf-8", cte="quoted-printable",
  body="""bjr ecampus met erreur de lecture de la base de donnée depuis 9h jpeux pas rendre mon devoir de litterature (lmo3104) qui est a rendre pour 10h
je fais comment ??? la prof va me mettre 0
jade poulain L2 LM
2401553
""",
  gold=G("database_error", "student", codes=[("LMO3104", "lmo3104")],
         schemes=["lmo:element"],
         note="SMS-style student: database read error on Sunday morning before a deadline; 2401553 has only 7 digits (typo, not a valid student number, left out)")))

A(dict(fn="057-scol-physique-cours-invisibles-pipes.eml", client="thunderbird",
  frm=("Valérie Dufour", "valerie.dufour@unicaen.fr"), subj="L3 Physique-Chimie : cours non visibles par les étudiants",
  date="2026-01-20 10:47", cs="iso-8859-1", cte="quoted-printable",
  body="""Bonjour,

Les étudiants de L3 Physique-Chimie (étape L3PC) nous signalent qu'ils ne voient pas les cours suivants du S6 (les enseignants, eux, les voient) :

| Code     | Intitulé                    | Espace Ecampus |
|----------|-----------------------------|----------------|
| PC-S6-01 | Physique quantique 2        | id 53120       |
| PC-S6-04 | Chimie des solides          | id 53127       |
| PCS6-02  | Électromagnétisme avancé    | id 53122       |

Les enseignants disent ne rien avoir modifié. Est-ce que ces cours sont cachés par défaut en début de semestre ?

Cordialement,
Valérie Dufour
Scolarité Physique-Chimie - UFR des Sciences - 02 31 56 74 12
""",
  gold=G("students_cannot_see_course", "staff",
         codes=[("L3PC", "L3PC"), ("PC-S6-01", "PC-S6-01"), ("PC-S6-04", "PC-S6-04"), ("PC-S6-02", "PCS6-02")],
         schemes=["phy:etape", "phy:element"],
         note="secretary: L3 students cannot see three S6 courses (pipe table; ids given as 'id 531xx' without links, so no course_ids); PC-S6-02 written without first dash")))

A(dict(fn="058-minf-groupes-html.eml", client="thunderbird",
  frm=("Nicolas Prieur", "nicolas.prieur@unicaen.fr"), subj="Répartition des groupes de TP fausse - M1INFO23",
  date="2025-10-09 16:20", cs="utf-8", cte="quoted-printable", fmt="html",
  html="""<html><head><meta http-equiv="content-type" content="text/html; charset=UTF-8"></head>
<body>
<p>Bonjour,</p>
<p>Dans le cours M1INFO23 (Compilation), les groupes Ecampus ne correspondent pas à ceux d'Apogée. Ces étudiants sont en TP2 (M1INFO23G2) dans Apogée depuis le 1er octobre mais toujours dans le groupe 1 sur Ecampus :</p>
<table border="1" cellpadding="2" cellspacing="0">
  <tr><th>Nom</th><th>N° étudiant</th><th>id Moodle</th><th>Groupe Ecampus</th></tr>
  <tr><td>ADAM Louis</td><td>22 004 518</td><td>97231</td><td>M1INFO23G1</td></tr>
  <tr><td>BEN AMOR Yassine</td><td>21 011 730</td><td>88410</td><td>M1INFO23G1</td></tr>
  <tr><td>CHAUVIN Zoé</td><td>24 102 995</td><td>120877</td><td>M1INFO23G1</td></tr>
</table>
<p>Participants : <a href="https://ecampus.unicaen.fr/user/index.php?id=47320">https://ecampus.unicaen.fr/user/index.php?id=47320</a></p>
<p>Merci,<br>
N. Prieur</p>
<div class="moz-signature">-- <br>Nicolas Prieur - MCF informatique - GREYC<br>Campus 2, Sciences 3, S3-352 - +33 2 31 56 73 88</div>
</body></html>
""",
  gold=G("wrong_group", "staff", codes=[("M1INFO23", "M1INFO23"), ("M1INFO23G2", "M1INFO23G2"), ("M1INFO23G1", "M1INFO23G1")],
         sn=["22004518", "21011730", "24102995"], cids=[47320], schemes=["minf:element", "minf:groupe"],
         note="teacher: three students in group G1 instead of G2 in M1INFO23; HTML table with Moodle user ids (not student numbers)")))

A(dict(fn="059-iphone-bloc-participants.eml", client="apple",
  frm=("Jean-Marc Duval", "jean-marc.duval@unicaen.fr"), subj="Participants",
  date="2025-09-10 07:42", cs="utf-8", cte="quoted-printable",
  body="""Bonjour
Où est passé le bloc participants ?? Impossible de retrouver la liste de mes étudiants dans mes cours depuis la mise à jour.
JM Duval

Envoyé de mon iPhone""",
  gold=G("participants_block_missing", "staff", note="hurried teacher from phone: cannot find the Participants block any more; no code")))

A(dict(fn="060-dates-rattrapages-psycho.eml", client="other",
  frm=("Romane Lecomte", "romane.lecomte@etu.unicaen.fr"), subj="dates des rattrapages",
  date="2026-02-03 18:11", cs="iso-8859-1", cte="quoted-printable",
  body="""Bonjour,

Je suis en L1 psychologie et je voudrais savoir quand auront lieu les rattrapages du S1. Sur l'ENT il est écrit 2026-06-15 mais une amie m'a dit que c'était la semaine du 22 juin, en amphi Pierre Daure. Comme je travaille l'été je dois prévenir mon employeur.

Merci,
Romane Lecomte
""",
  gold=G("other", "student", note="student asks about resit exam dates (dates, amphitheatre), not about Ecampus")))
