from lib import M, MAILS
from mails1 import *

H011 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body lang="FR"><div class="WordSection1">
<p class="MsoNormal">Bonjour,<o:p></o:p></p>
<p class="MsoNormal">Les &eacute;tudiants suivants sont bien inscrits p&eacute;dagogiquement (IP faite jusqu&#8217;au groupe L1PSYTD07) en L1PSYC-101, mais n&#8217;apparaissent pas dans les cours S1PSY12 (Psychologie du d&eacute;veloppement) et S1PSY14 (Neurosciences)&nbsp;:<o:p></o:p></p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">
<tr><td><b>N&deg; &eacute;tudiant</b></td><td><b>INE</b></td><td><b>Nom</b></td><td><b>Pr&eacute;nom</b></td></tr>
<tr><td>25114406</td><td>0925114406H</td><td>BRIAND</td><td>Manon</td></tr>
<tr><td>25117723</td><td>123456789AB</td><td>NGUYEN</td><td>Thi Lan</td></tr>
<tr><td>24008890</td><td>0924008890Z</td><td>COLLET</td><td>Rayan</td></tr>
</table>
<p class="MsoNormal">&nbsp;<o:p></o:p></p>
<p class="MsoNormal">Bien cordialement,<o:p></o:p></p>
<p class="MsoNormal"><b>Sandrine Lemoine</b><br>Gestionnaire de scolarit&eacute; &#8211; Licence Psychologie<br>UFR de Psychologie &#8211; B&acirc;timent SA, bureau SA-021<br>T&eacute;l. 02 31 56 63 90<o:p></o:p></p>
</div></body></html>"""
for m in MAILS:
    if m["fn"].startswith("011-"):
        m["htmlbody"] = H011
        m["body"] = H011

M("036-db-erreur-lecture.eml", "Aurélie Lebrun <aurelie.lebrun@unicaen.fr>",
  "Erreur de lecture de la base de données",
  """Bonjour,
En voulant ouvrir le carnet de notes de mon cours UEPH3-09 j'obtiens « Erreur de lecture de la base de données ». Le reste du cours fonctionne. C'est arrivé 3 fois ce matin (mardi 18/11, entre 10h et 10h20).
Aurélie Lebrun - Faculté des sciences pharmaceutiques
poste 5 71 84""",
  "database_error", "staff", codes=[("UEPH3-09", "UEPH3-09")], schemes=[PHA],
  note="database read error on gradebook")

M("037-caps-l1-bio-pas-inscrit.eml", "SAMY OUALI <samy.ouali@etu.unicaen.fr>",
  "PAS INSCRIT COURS CHIMIE",
  """BONJOUR JE SUIS EN L1 BIO ET JE SUIS PAS INSCRIT AU COURS DE CHIMIE GENERALE BIO-1AO3 SUR ECAMPUS ALORS QUE JAI BIEN FAIT MON IP. LE PROF A DIT DE VOUS ECRIRE.
MON NUMERO ETUDIANT EST LE 25206654
MERCI""",
  "not_enrolled", "student", codes=[("BIO-1A03", "BIO-1AO3")], nums=["25206654"], schemes=[BIO],
  note="all caps, O typed for 0 in code")

M("038-outlook-fwd-teacher-not-enrolled.eml", "Régis Lambert <regis.lambert@unicaen.fr>",
  "TR: inscription Ecampus enseignant",
  """Bonjour,

Voir ci-dessous, je ne suis toujours pas inscrit.

Régis Lambert

De : Régis Lambert
Envoyé : mercredi 24 septembre 2025 08:41
À : scol.sciences@unicaen.fr
Objet : inscription Ecampus enseignant

Bonjour,
Je suis responsable de l'EC MI2-INF4 (Bases de données) mais je n'ai pas accès à l'espace de cours en tant qu'enseignant ; je ne le vois même pas. Pouvez-vous faire le nécessaire ?
Régis Lambert
MCF Informatique - Campus 2, bâtiment S3, bureau 313
02 31 56 73 05""",
  "teacher_not_enrolled", "staff", codes=[("MI2-INF4", "MI2-INF4")], schemes=[INF], form="alt",
  note="Outlook-forwarded: responsible teacher not enrolled")

M("039-erasmus-login.eml", "Javier Morales <javi.morales98@gmail.com>",
  "Cannot log in Ecampus",
  """Hello,
I am an exchange student from Salamanca. I have my student card (number 25 31 90 27) but when I try to log in Ecampus with my number and password it says "invalid credentials". I activated my account at the international office on Monday. Is there something else to do?
Thank you,
Javier""",
  "cannot_login", "student", nums=["25319027"], lang="en", note="Erasmus cannot log in; number with spaces")

M("040-sms-too-many.eml", "prof.martinet <sylvie.martinet@unicaen.fr>",
  "enseignants en trop",
  """bonjour, dans mon cours hlan 302 il y a plein d'enseignants inscrits que je connais pas (une dizaine), certains sont à la retraite ! est ce normal ? merci  S. Martinet""",
  "too_many_teachers", "staff", codes=[("HLAN302", "hlan 302")], schemes=[LAN],
  note="hurried teacher: unknown teachers enrolled; lowercase code with space")

M("041-l1-psy-screenshot-desc.eml", "Manon Briand <25114406@etu.unicaen.fr>",
  "Cours en gris",
  """Bonjour,

Je vous envoie une capture d'écran de ce que je vois : il y a marqué "(S1PSY16) Méthodologie du travail universitaire" mais quand je clique ça me dit "Ce cours n'est pas disponible pour les étudiants pour le moment". Les autres étudiants ont le même problème (on est tous en TD 7).

Merci
Manon""",
  "students_cannot_see_course", "student", codes=[("S1PSY16", "S1PSY16"), ("L1PSYTD07", "TD 7")], nums=["25114406"], png="Capture d’écran 2025-10-06 à 18.02.11.png",
  schemes=[PSY], note="student reports course hidden for all TD7 students (writer is a student)")

M("042-course-missing-eco.eml", "Pauline Garcia <pauline.garcia@unicaen.fr>",
  "Création espace cours",
  """Bonjour,

Je n'ai pas d'espace Ecampus pour la nouvelle option « Économie de l'environnement » (ECO3S5EN) ouverte cette année en L3. L'UE existe dans Apogée depuis juillet. Pouvez-vous la créer ?

Pauline Garcia
Bureau 117, UFR SEGGAT
Tél 02.31.56.55.41""",
  "course_missing", "staff", codes=[("ECO3S5EN", "ECO3S5EN")], schemes=[ECO], note="new option course not created")

M("043-dsi-maintenance.eml", "DSI UNICAEN <dsi.communication@unicaen.fr>",
  "[INFO] Interruption de service Ecampus dimanche 23 novembre",
  """Madame, Monsieur,

Une opération de maintenance de la base de données d'Ecampus aura lieu le dimanche 23 novembre 2025 de 7h00 à 11h00. La plateforme sera indisponible durant cette période.

La Direction du Système d'Information
Ticket de référence : CHG0012874""",
  "other", "unknown", auto=True, headers={"Precedence": "bulk"}, note="DSI maintenance announcement (bulk)")

M("044-qp-l2-droit-dashboard.eml", "Léna Poirier <lena.poirier@etu.unicaen.fr>",
  "Cours de droit administratif invisible dans mon tableau de bord",
  """Bonjour,

Depuis le début du semestre, le cours « (DR2.ADM1) Droit administratif 1 » n'apparaît pas sur mon tableau de bord alors que je peux y accéder depuis le lien que le professeur a envoyé (https://ecampus.unicaen.fr/course/view.php?id=47706). Les autres cours s'affichent bien. J'ai la vue « En cours » sélectionnée.

Cordialement,
Léna Poirier
L2 Droit – groupe TD 5
N° étudiant : 24 11 30 57""",
  "course_not_on_dashboard", "student", codes=[("DR2.ADM1", "DR2.ADM1"), ("DR2ADMTD5", "TD 5")], nums=["24113057"],
  ids=[47706], schemes=[DRT], form="qp", note="course reachable by link but not on dashboard (filter)")

M("045-staps-too-many-teachers.eml", "Christophe Anne <christophe.anne@unicaen.fr>",
  "Inscriptions enseignants 5STP204",
  """Bonjour,
Toute l'équipe pédagogique de L2 STAPS (22 personnes) est inscrite comme enseignant dans le cours 5STP204 Physiologie de l'effort, alors que je suis le seul intervenant. Ça pose problème pour les notifications et l'anonymat des copies.
Cordialement
C. Anne""",
  "too_many_teachers", "staff", codes=[("5STP204", "5STP204")], schemes=[STP], note="whole teaching team enrolled")

M("046-erasmus-wrong-group.eml", "Anna Schmidt <anna.schmidt@uni-mannheim.de>",
  "Wrong group in Ecampus course",
  """Hello,

In the course "Droit des contrats" (DR2.CTR1) I am registered in the group of distance learners (CEMU) but I attend classes on campus in TD group 2 on Tuesdays, room DR-108. Because of that I cannot submit my homework in the right assignment.

Best regards,
Anna Schmidt
Erasmus student 2025/26, student ID 25 3190 44""",
  "wrong_group", "student", codes=[("DR2.CTR1", "DR2.CTR1"), ("DR2CTRTD2", "TD group 2")], nums=["25319044"],
  lang="en", schemes=[DRT], note="Erasmus placed in CEMU distance group instead of TD2")

M("047-html-cas-service.eml", "Thierry Blanchard <thierry.blanchard@unicaen.fr>",
  "Lien CAS qui ne mène nulle part",
  """Bonjour,

Le lien que j'ai mis dans mon syllabus (https://cas.unicaen.fr/login) pour que les étudiants accèdent à l'UE HALL302 les laisse sur une page « Connexion réussie » sans les rediriger. Que dois-je mettre comme lien ?

Thierry Blanchard
Département d'études germaniques""",
  "cas_unknown_destination", "staff", codes=[("HALL302", "HALL302")], schemes=[LAN], form="html",
  note="teacher's syllabus link points to bare CAS")

M("048-reponse-auto-en.eml", "Prof. Sarah Collins <s.collins@ucl.ac.uk>",
  "Automatic reply: Accès invité Ecampus",
  """Thank you for your email. I am currently on research leave until 5 January 2026 and will respond on my return.
For urgent matters please contact the department office: +44 20 7679 2000.""",
  "other", "unknown", auto=True, lang="en", headers={"Auto-Submitted": "auto-replied"},
  note="English out-of-office from outside partner")

M("049-not-enrolled-loose-iae.eml", "Inès Caron <ines.caron@etu.unicaen.fr>",
  "Pas accès au cours de finance",
  """Bonjour,

Je suis en M2 CGAO en alternance (groupe ALT) et je n'ai pas accès au cours de finance d'entreprise, je crois que le code c'est M2IAEF0 quelque chose (F03 ou F08 ?). Les autres alternants l'ont.

Inès Caron
Numéro : 22 00 31 36""",
  "not_enrolled", "student", codes=[("M2IAE-ALT", "groupe ALT")], nums=["22003136"], schemes=[IAE],
  note="half-remembered code (M2IAEF0?) not resolvable: only the group is cited")

M("050-bus-not-code.eml", "Théo Marie <theo.marie@etu.unicaen.fr>",
  "retard TP",
  """Bonjour, je voulais prévenir que je serai en retard au TP de demain à cause de la grève Twisto (ligne T2 et bus 12 supprimés). Je ne sais pas à qui écrire, désolé si ce n'est pas la bonne adresse.
Théo Marie, 24207781""",
  "other", "student", nums=["24207781"], note="wrong recipient: late for TP because of bus strike; bus/tram look-alikes")

M("051-screenshot-login-b64.eml", "Clara Jacquet <clara.jacquet@orange.fr>",
  "bloquée sur la page profil",
  """Bonjour,

Je suis doctorante et je donne des TD de psychologie sociale (S3PSY22) comme vacataire. Quand je me connecte à Ecampus je tombe sur "Modifier le profil" avec Adresse de courriel vide et je ne peux rien faire d'autre (capture jointe).

Clara Jacquet""",
  "cannot_login", "unknown", codes=[("S3PSY22", "S3PSY22")], schemes=[PSY], png="profil.png", form="b64",
  note="vacataire stuck on profile page; base64 body + screenshot")

M("052-teacher-not-enrolled-lm.eml", "Nicolas Bertin <nicolas.bertin@unicaen.fr>",
  "Accès enseignant - 11LM1012",
  """Bonjour,

Je remplace une collègue en congé pour le cours 11LM1012 (Grammaire et stylistique, L1 LM, groupes 11LM-TD1 et 11LM-TD2) à partir du 3 novembre. Je ne suis pas inscrit dans l'espace Ecampus. L'emploi du temps ADE a été modifié par le secrétariat.

Nicolas Bertin""",
  "teacher_not_enrolled", "staff", codes=[("11LM1012", "11LM1012"), ("11LM-TD1", "11LM-TD1"), ("11LM-TD2", "11LM-TD2")],
  schemes=[LM], note="replacement teacher not enrolled")

M("053-sms-mail-wrong.eml", "jade <jade.vincent@etu.unicaen.fr>",
  "mail",
  """bjr sur mon profil ecampus c ecrit jade.vincent2@etu.unicaen.fr mais ma vraie adresse c jade.vincent@etu.unicaen.fr et je recois pas les notifs des devoirs, on peut changer ? mon num 25 01 44 62 merci""",
  "wrong_name", "student", nums=["25014462"], note="wrong e-mail shown in profile")

M("054-not-enrolled-dist.eml", "Hélène Bouvier <helene.bouvier@laposte.net>",
  "Etudiante à distance - pas de cours",
  """Bonjour,

Je suis inscrite en L2 LLCER espagnol à distance (enseignement à distance, je travaille à côté) et je n'ai aucun cours dans Ecampus à part les cours de méthodologie. Il me manque notamment IESP-12 et IESP-14. Le secrétariat m'a dit que mon inscription était en règle.

Hélène Bouvier
n° étudiant 23 10 28 95 - INE 1203456789J
12 rue des Tanneurs, 14400 Bayeux""",
  "not_enrolled", "student", codes=[("IESP-12", "IESP-12"), ("IESP-14", "IESP-14")], nums=["23102895"],
  schemes=[DASH], note="distance learner not enrolled in distance courses; INE, postcode look-alikes")

M("055-fwd-gmail-secretaire-groupes.eml", "Karine Lefèvre <karine.lefevre@unicaen.fr>",
  "Fwd: groupes TP chimie",
  """Bonjour,

Pouvez-vous regarder ? D'après Apogée les étudiants sont bien dans les bons groupes.

Karine Lefèvre - Scolarité Licence Sciences de la Vie

---------- Forwarded message ---------
De : Antoine Roy <antoine.roy@unicaen.fr>
Date: mar. 7 oct. 2025 à 16:47
Subject: groupes TP chimie
To: Karine Lefèvre <karine.lefevre@unicaen.fr>

Karine,
Dans le cours BIO-1A03 sur Ecampus, les groupes BIO1A03G1 et BIO1A03G4 sont vides et tout le monde est dans BIO1A03G2. Exemple : 25206654, 25210032.
Antoine""",
  "wrong_group", "staff", codes=[("BIO-1A03", "BIO-1A03"), ("BIO1A03G1", "BIO1A03G1"), ("BIO1A03G4", "BIO1A03G4"), ("BIO1A03G2", "BIO1A03G2")],
  nums=["25206654", "25210032"], schemes=[BIO], note="forwarded: everybody in the same TP group")

M("056-renamed-gea.eml", "Sophie Tanguy <sophie.tanguy@unicaen.fr>",
  "Nom du cours modifié",
  """Bonjour,

Mon cours « Gestion de projet » (GEA.S105) s'appelle maintenant « [ARCHIVE] Gestion de projet » et a été déplacé dans « Archives / IUT / 2024-2025 ». Le nouveau référentiel BUT a dû changer le code, mais je ne trouve pas le nouvel espace.

Sophie Tanguy - IUT, dpt GEA""",
  "course_moved_renamed", "staff", codes=[("GEA.S105", "GEA.S105")], schemes=[GEA], unknown=["GEA.S105"],
  note="IUT course archived after BUT reform")

M("057-cohort-secretary.eml", "Delphine Roger <delphine.roger@unicaen.fr>",
  "Cohortes qui ne se mettent pas à jour ?",
  """Bonjour,

Trois étudiants réorientés début octobre (de L1PSYC vers 1BIOL) apparaissent encore dans la cohorte de L1 Psychologie et donc dans l'espace « Vie étudiante Psycho » où elle est synchronisée. Les IA ont été modifiées le 08/10. Combien de temps faut-il pour que la cohorte soit à jour ?
Ex. 25117723.

Delphine Roger
Scolarité UFR de Psychologie - 02 31 56 63 91""",
  "cohort_question", "staff", codes=[("L1PSYC", "L1PSYC"), ("1BIOL", "1BIOL")], nums=["25117723"],
  schemes=[ETP], note="cohort not updated after reorientation")

M("058-l1-anxious-cannot-login-iso.eml", "Océane Hervé <oceane.herve@wanadoo.fr>",
  "Impossible de me connecter à Ecampus",
  """Bonjour,

Je suis en L1 AES et je n'arrive pas à me connecter à Ecampus, ni à ma messagerie étudiante. J'ai essayé de réinitialiser mon mot de passe mais je ne reçois pas le mail. J'ai peur de rater des devoirs, la rentrée était il y a deux semaines et je n'ai encore accès à rien.

Mon numéro étudiant est 25 400 917 (sur mon certificat de scolarité).

Merci de votre aide
Océane Hervé
07 68 21 40 93""",
  "cannot_login", "student", nums=["25400917"], cs="iso-8859-1", note="anxious L1 cannot log in (ISO-8859-1)")

M("059-participants-erasmus-en.eml", "Maria Kowalska <maria.kowalska@etu.unicaen.fr>",
  "Where is the participants list?",
  """Hello,

I'm an Erasmus student in the master M.2SOC1A. For a group work the teacher asked us to find our partners in the Participants block, but there is no such block on the right side of the course page. Where can I find it?

Thanks, Maria (25318870)""",
  "participants_block_missing", "student", codes=[("M.2SOC1A", "M.2SOC1A")], nums=["25318870"], lang="en",
  schemes=[HSS], note="Erasmus student cannot find participants block")

M("060-students-cannot-see-inspe.eml", "Bruno Lecoq <bruno.lecoq@unicaen.fr>",
  "Les étudiants n'ont pas accès",
  """Bonjour,

Les stagiaires du M2 MEEF ne voient pas le cours 2CA118 (Analyse de pratiques). J'ai pourtant cliqué sur « Afficher » dans les paramètres du cours il y a deux jours, et le cours n'apparaît plus en gris pour moi. Ils sont bien dans les participants.

Bruno Lecoq""",
  "students_cannot_see_course", "staff", codes=[("2CA118", "2CA118")], schemes=[INS],
  note="course shown but students still cannot see it (category hidden?)")

M("061-ticket-followup-not-enrolled.eml", "Rayan Collet <24008890@etu.unicaen.fr>",
  "Re: [CEMU #48377] pas inscrit psycho",
  """toujours pas inscrit au cours de neurosciences s1psy14 ce matin, ca fait 1 semaine

Le 29/09/2025 à 11:02, CEMU Assistance a écrit :
> Bonjour,
> Votre inscription pédagogique n'est pas faite jusqu'au groupe. Nous avons
> prévenu votre scolarité.
> Cordialement""",
  "not_enrolled", "student", codes=[("S1PSY14", "s1psy14")], nums=["24008890"], schemes=[PSY],
  note="follow-up on ticket: still not enrolled")

M("062-db-error-html-paste.eml", "Anthony Blin <anthony.blin@etu.unicaen.fr>",
  "site ecampus ne marche pas",
  """Bonjour,
Depuis ce matin 8h j'ai cette page:

Error: Database connection failed
It is possible that the database is overloaded or otherwise not running properly.
The site administrator should also check that the database details have been correctly specified in config.php

On a un examen en ligne à 10h (L3 éco, ECO3S5MA) !!!
Anthony""",
  "database_error", "student", codes=[("ECO3S5MA", "ECO3S5MA")], schemes=[ECO], form="alt",
  note="database connection failed before online exam")

M("063-hidden-psy-teacher-loose.eml", "Agnès Pottier <agnes.pottier@unicaen.fr>",
  "visibilité",
  """Bonjour,
mes L1 (tous les TD) me disent qu'ils ne trouvent pas mon cours de stats (s1 psy 18 ?). Je l'ai préparé tout l'été. Merci de me dire ce qui cloche.
A. Pottier
Envoyé de mon iPad""",
  "students_cannot_see_course", "staff", codes=[("S1PSY18", "s1 psy 18")], schemes=[PSY],
  note="teacher, phone: students don't find course; loosely cited code")

M("064-ine-only.eml", "Baptiste Guerin <baptiste.guerin@etu.unicaen.fr>",
  "Inscription cours",
  """Bonjour,

Je n'apparais pas dans la liste des participants du cours HLAN105 (Anglais de spécialité). Mon INE est 0903012345K et je suis en L1 LEA.

Cordialement,
Baptiste Guérin""",
  "not_enrolled", "student", codes=[("HLAN105", "HLAN105")], schemes=[LAN],
  note="student gives only INE (not a student number)")

M("065-moved-hss-qp.eml", "Fabienne Morin <fabienne.morin@unicaen.fr>",
  "[CEMU #48711] Re: cours déplacé dans les archives",
  """Bonjour,

Pour compléter ma demande : l'ancien code était M.1SOC2C, la scolarité me dit que l'UE a été fusionnée dans M.1SOC4B à la rentrée. Est-ce que mon ancien cours sera supprimé ? Je voudrais en récupérer les activités.

Cordialement,
F. Morin

-----Message d'origine-----
De : Fabienne Morin
Envoyé : lundi 6 octobre 2025 17:20
À : cemu.assistance@unicaen.fr
Objet : cours déplacé dans les archives

Mon cours de sociologie du travail a été déplacé dans les archives.""",
  "course_moved_renamed", "staff", codes=[("M.1SOC2C", "M.1SOC2C"), ("M.1SOC4B", "M.1SOC4B")], schemes=[HSS],
  form="qp", cs="windows-1252", unknown=["M.1SOC2C"], note="follow-up: course archived after UE merge")

M("066-sms-dashboard-info.eml", "Ilyes <ilyes.benamar@gmail.com>",
  "cours disparus",
  """wsh dsl mais tous mes cours ont disparu du tableau de bord, ya marqué "aucun cours" alors que hier j'avais mi1-inf3 et mi1 inf5. mon num etu cest le 25115237 (jsuis en L1 MI)""",
  "course_not_on_dashboard", "student", codes=[("MI1-INF3", "mi1-inf3"), ("MI1-INF5", "mi1 inf5")], nums=["25115237"],
  schemes=[INF], note="SMS-style: dashboard shows no course")
