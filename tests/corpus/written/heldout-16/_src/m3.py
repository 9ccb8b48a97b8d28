from lib import add
from m2 import *

add("039-prof-hurried.eml", "Patrick Simon <patrick.simon@unicaen.fr>",
 "urgent", "2025-09-08 07:31",
"""Bonjour, mes L1 ne voient pas le cours de droit constit (drt1-con). Cours commence ce matin 8h amphi Pierre Daure.
Envoyé de mon iPhone""", codes=[("DRT1-CON","drt1-con")], sym="students_cannot_see_course", role="staff",
 schemes=[DRT], note="hurried teacher, lowercase code")

add("040-etu-en-groups.eml", "Lukas Becker <lukas.becker@etu.unicaen.fr>",
 "Wrong TD group in Ecampus", "2025-10-03 15:47",
"""Hi,

I'm an exchange student in the third year of history. In the course 5HIS21 I was put in no TD group, but I attend the Thursday group (TD2). My student number is 25081017.

Best regards,
Lukas""", codes=[("5HIS21","5HIS21"),("5HIS21-TD2","TD2")], nums=["25081017"], sym="wrong_group", lang="en",
 schemes=[HIS], said=["LHIS3"], note="exchange student in no group")

add("041-secr-eco-html-table.eml", "Isabelle Marie <isabelle.marie@unicaen.fr>",
 "Liste étudiants non inscrits - Microéconomie", "2025-10-10 11:02", "",
 fmt="html", cs="windows-1252", cte="qp",
 html="""<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><style>p.MsoNormal{margin:0cm;font-family:Calibri}</style></head>
<body lang="FR"><div class="WordSection1"><p class="MsoNormal">Bonjour,<o:p></o:p></p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Les étudiants ci-dessous (L1 Économie) ne sont pas inscrits dans le cours E110201 «&nbsp;Microéconomie 1&nbsp;», groupe de TD indiqué :</p>
<table border="1" cellpadding="3" style="border-collapse:collapse"><tr><td><b>N° étudiant</b></td><td><b>Nom</b></td><td><b>Groupe</b></td></tr>
<tr><td>25021004</td><td>ADAM Lina</td><td>E110201TD1</td></tr>
<tr><td>25021377</td><td>BRIERE Nolan</td><td>E110201TD3</td></tr>
<tr><td>25022815</td><td>COLLET Jade</td><td>E110201TD3</td></tr></table>
<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Cordialement,</p><p class="MsoNormal">Isabelle Marie<br>Scolarité UFR SEGGAT - bureau E-102<br>Esplanade de la Paix, 14032 Caen Cedex 5</p></div></body></html>""",
 codes=[("E110201","E110201"),("E110201TD1","E110201TD1"),("E110201TD3","E110201TD3")],
 nums=["25021004","25021377","25022815"], sym="not_enrolled", role="staff", schemes=[ECO],
 note="HTML-only Outlook table from scolarité")

add("042-etu-ticket-followup.eml", "Maxime Vautier <maxime.vautier@etu.unicaen.fr>",
 "Re: [CEMU #48290] Mauvais groupe contrôle de gestion", "2025-10-06 09:12",
"""Bonjour,
toujours pas corrigé ce matin, je suis toujours en FI dans IE7CG2 et pas avec les alternants.
Maxime

Le 03/10/2025 à 10:40, CEMU Assistance a écrit :
> Bonjour, nous avons transmis à la scolarité de l'IAE.
> Cordialement""", codes=[("IE7.CG2","IE7CG2"),("IE7CG2FI","FI"),("IE7CG2ALT","alternants")],
 sym="wrong_group", schemes=[IAE], note="follow-up: missing dot in code")

add("043-autoreply-en.eml", "David Clarke <david.clarke@unicaen.fr>",
 "Automatic reply: Accès cours LEA-305", "2025-11-20 14:00",
"""I am currently out of the office with limited access to email until 24 November 2025. For urgent matters please contact the LEA department office (02 31 56 59 01).

Je suis absent jusqu'au 24/11/2025.""", codes=[("LEA-305","LEA-305")], role="unknown", lang="en", auto=True,
 schemes=[LEA], headers={"Auto-Submitted":"auto-replied"}, note="English out of office")

add("044-etu-no-code-anxious.eml", "Jade Lecomte <jadelecomte2007@gmail.com>",
 "aide svp", "2025-09-04 23:10",
"""Bonjour,

Désolée de vous déranger, je suis en première année d'histoire et je ne comprends rien à Ecampus, je n'ai aucun cours dans "mes cours" et les cours commencent lundi. Est-ce que c'est normal ? Est-ce que j'ai raté une étape de l'inscription ? Je stresse un peu...

Merci beaucoup
Jade""", sym="not_enrolled", said=["LHIS1"], note="anxious L1 without any course")

add("045-prof-cohort-temp.eml", "Bruno Hamel <bruno.hamel@unicaen.fr>",
 "Peut-on ajouter la cohorte L3 STAPS APA ?", "2025-09-19 13:28",
"""Bonjour,

Pour dépanner en attendant les IP, est-ce que je peux ajouter moi-même la cohorte STL3AP dans mon cours ST5102 ? Et faut-il la retirer ensuite ?

Merci,
Bruno Hamel""", codes=[("STL3AP","STL3AP"),("ST5102","ST5102")], sym="cohort_question", role="staff",
 schemes=[STA], note="teacher asks about temporary cohort sync")

add("046-etu-stray-space-pharma.eml", "Emma Dubois <emma.dubois@etu.unicaen.fr>",
 "cours PH2 UE05", "2025-09-26 12:12",
"""Bonjour, je n'ai pas accès au cours PH2 UE05 (biochimie).
Mon num étudiant : 24 01 88 37 (c'est 24018837)
Merci""", codes=[("PH2UE05","PH2 UE05")], nums=["24018837"], sym="not_enrolled", schemes=[PHA],
 note="stray space in code, spaced student number")

add("047-admin-renamed.eml", "Corinne Baudry <corinne.baudry@unicaen.fr>",
 "Changements de codes LEA - cours archivés", "2025-09-09 10:58",
"""Bonjour,

Suite à la nouvelle maquette, les enseignants de LEA 1re année signalent que leurs cours ont été renommés / déplacés dans Archives. Ex. : l'ancien LEA-108 est devenu LEA-118. Faut-il qu'ils recopient leurs contenus eux-mêmes ?

Corinne Baudry
Responsable administrative UFR LVE
Tél. 02 31 56 56 10 - bureau LV-203""", codes=[("LEA-108","LEA-108"),("LEA-118","LEA-118")],
 sym="course_moved_renamed", role="staff", schemes=[LEA], note="old code replaced by new one (LEA-108 unknown)")

add("048-etu-base64-cannot-login.eml", "26004418@etu.unicaen.fr",
 "Connexion impossible", "2026-01-12 07:55",
"""Bonjour,
Impossible de me connecter à Ecampus depuis ce matin, ça me dit identifiant ou mot de passe incorrect, pourtant ça marche sur l'ENT. J'ai réinitialisé mon mot de passe hier.
Cordialement""", cte="b64", nums=["26004418"], sym="cannot_login", note="login failure, base64 body")

add("049-prof-screenshot.eml", "Gaëlle Mercier <gaelle.mercier@unicaen.fr>",
 "Erreur base de données", "2025-11-23 10:15",
"""Bonjour,

Je voulais préparer mon cours (https://ecampus.unicaen.fr/course/edit.php?id=50114) mais Ecampus m'affiche "Error: Database connection failed". Capture jointe.

Gaëlle Mercier""", attach=True, ids=[50114], sym="database_error", role="staff",
 note="database error Sunday morning with screenshot")

add("050-etu-lea-sms.eml", "nolan.p@laposte.net",
 "lea", "2025-10-02 12:40",
"""bjr jsuis en 1ere annee LEA anglais espagnol jai pa le cours lea 118 ni aucun cour de civi. num 25030218 merci bcp""",
 codes=[("LEA-118","lea 118")], nums=["25030218"], sym="not_enrolled", schemes=[LEA], said=["LEA1AE"],
 note="SMS style, damaged code")

add("051-dsi-too-many-teachers.eml", "Thomas Berthelot <thomas.berthelot@unicaen.fr>",
 "Enseignants de l'an dernier dans les cours", "2025-09-12 17:05",
"""Bonjour,

Des enseignants du département d'informatique nous signalent être inscrits dans des cours qu'ils n'assurent plus cette année (ex. SINF305, SPHY210). Probablement le tuilage avec 2024-2025, actif jusqu'à fin septembre ? À confirmer de votre côté.

Thomas - DSI""", codes=[("SINF305","SINF305"),("SPHY210","SPHY210")], sym="too_many_teachers", role="staff",
 schemes=[SCI], note="DSI relays too many teachers enrolled")

add("052-etu-forward-outlook.eml", "Camille Roussel <camille.roussel@etu.unicaen.fr>",
 "TR: Cours de sociologie", "2025-10-16 20:20",
"""Je vous transfère ma demande, l'enseignant n'a pas répondu.

De : Camille Roussel
Envoyé : mardi 14 octobre 2025 18:01
À : jean.pichon@unicaen.fr
Objet : Cours de sociologie

Bonjour Monsieur,
Je ne suis pas inscrite dans votre cours M.2.SO31 sur ecampus, je suis en M2 sociologie. Mon numéro est le 21009935.
Cordialement
Camille Roussel""", codes=[("M.2.SO31","M.2.SO31")], nums=["21009935"], sym="not_enrolled", schemes=[HSS], said=["MSOC2"],
 note="Outlook forward to support")

add("053-prof-en-room.eml", "Tom Harris <tom.harris@unicaen.fr>",
 "Quiz settings question", "2025-11-27 11:31",
"""Hello,

Quick question not about enrolment: in my AN-21B course I'd like a quiz to be open only during the session on 4 December (room LV-117, 10:15-11:45) and show grades afterwards. Which settings should I use? Moodle version says 4.1.9.

Thanks,
Tom Harris
Lecteur, Département d'études anglophones""", codes=[("AN-21B","AN-21B")], sym="other", role="staff", lang="en",
 schemes=[LLC], note="quiz settings question")

add("054-secr-inspe-list.eml", "Aurélie Picard <aurelie.picard@unicaen.fr>",
 "MEEF M1 - étudiants sans groupe dans MF1-110", "2025-10-01 09:48",
"""Bonjour,

Les groupes de l'UE MF1-110 ne sont pas remplis dans Ecampus :
  - MF1-110G1 : 0 étudiant sur Ecampus (31 dans Apogée)
  - MF1-110G2 : 2 étudiants (29 dans Apogée)
  - MF1-110G3 : OK

Exemple d'étudiante concernée : 20007721 (reprise d'études).

Aurélie Picard
Gestionnaire de scolarité MEEF - INSPE, site de Caen, 02 31 56 61 47""",
 codes=[("MF1-110","MF1-110"),("MF1-110G1","MF1-110G1"),("MF1-110G2","MF1-110G2"),("MF1-110G3","MF1-110G3")],
 nums=["20007721"], sym="wrong_group", role="staff", schemes=[INS], note="groups not filled in course")

add("055-spam-en.eml", "Dr. James Walker <conference@iicre-events.org>",
 "Call for Papers: International Conference on Education 2026 (ICE-2026)", "2025-10-28 04:15",
"""Dear Researcher,

We are pleased to invite you to submit your paper to ICE-2026, Paris, 14-15 March 2026.
Paper ID format: ICE26-0418. Registration fee: 450 EUR.
Unsubscribe: reply REMOVE.""", role="unknown", lang="en", sym="other", note="conference spam")

add("056-etu-dashboard-en.eml", "Mei Chen <mei.chen@etu.unicaen.fr>",
 "Course not shown on my dashboard", "2026-01-19 13:02",
"""Hello,
The course "(SINF301) Programmation fonctionnelle" is not on my dashboard anymore, although I can still open it from the link https://ecampus.unicaen.fr/course/view.php?id=47782 . Is it a bug?
Student no. 24093310
Thanks, Mei""", codes=[("SINF301","SINF301")], nums=["24093310"], ids=[47782], sym="course_not_on_dashboard",
 lang="en", schemes=[SCI], note="course missing from dashboard, pasted name")

add("057-prof-psy-said.eml", "Vincent Lenoir <vincent.lenoir@unicaen.fr>",
 "Etudiants de L3 absents de mon cours", "2025-09-22 10:40",
"""Bonjour,

Une vingtaine d'étudiants (en particulier ceux à distance) sont absents de mon cours de psychologie sociale PS3.11. Ils sont inscrits au télé-enseignement.

Exemple : 22030418.

V. Lenoir""", codes=[("PS3.11","PS3.11")], nums=["22030418"], sym="not_enrolled", role="staff", schemes=[PSY], note="distance students missing")

add("058-etu-en-erasmus-out.eml", "Louis Garnier <louis.garnier@etu.unicaen.fr>",
 "Erasmus in Spain, no access to Ecampus courses", "2026-02-09 18:30",
"""Hello,

I'm a Caen student currently in Erasmus in Salamanca for the second semester only, but I still need the course DRT3-PEN because I must take the exam in Caen in June. I can't see it anymore.

Student number: 23001187

Best,
Louis""", codes=[("DRT3-PEN","DRT3-PEN")], nums=["23001187"], sym="not_enrolled", lang="en", schemes=[DRT],
 note="outgoing Erasmus student lost access")
