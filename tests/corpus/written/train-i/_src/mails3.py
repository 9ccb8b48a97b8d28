from lib import M, MAILS
from mails2 import *

M("067-reponse-automatique.eml", "Stéphanie Guillot <stephanie.guillot@unicaen.fr>",
  "Réponse automatique : [CEMU #48655] Etudiants non inscrits",
  """Bonjour,
Je suis en congé du 20/10 au 02/11/2025. Votre message sera traité à mon retour.
En cas d'urgence : scolarite.sciences@unicaen.fr - 02 31 56 74 00 (bureau S-012).
Stéphanie Guillot""",
  "other", "unknown", auto=True, headers={"Auto-Submitted": "auto-replied"}, cs="iso-8859-1",
  note="French out-of-office (ISO-8859-1)")

M("068-l1-eco-not-enrolled-phone.eml", "Yasmine Haddad <yasmine.haddad@etu.unicaen.fr>",
  "Cours de maths éco",
  """Bonjour
Je suis en L1 éco gestion TD6 et je vois pas le cours de maths (eco1s1ma), quand je le cherche ça me dit que je peux pas m'inscrire moi même. mon num c'est le 25302218

Envoyé de mon iPhone""",
  "not_enrolled", "student", codes=[("ECO1S1MA", "eco1s1ma"), ("ECO1-TD6", "TD6")], nums=["25302218"], schemes=[ECO],
  note="L1 eco student not enrolled in maths; lowercase code")

M("069-cas-erasmus-en.eml", "Kenji Watanabe <kenji.w@keio.jp>",
  "Login page says it does not know where to send me",
  """Hello,
After I type my ID and password on cas.unicaen.fr I get "Log In Successful ... CAS doesn't know about your target destination". Then nothing. I found the page through Google. My ID is 25320461.
Kenji (exchange student, Law faculty)""",
  "cas_unknown_destination", "student", nums=["25320461"], lang="en", note="exchange student stuck on CAS success page")

M("070-prof-course-missing-loose.eml", "Jean-Luc Marchal <jean-luc.marchal@unicaen.fr>",
  "Cours introuvable sur Ecampus",
  """Bonjour,

Je ne trouve pas mon cours de M1 « Sociologie urbaine » sur Ecampus. Le code Apogée est M1SOC5A (ou M.1SOC5A, je ne sais plus s'il y a un point). Il y en avait un l'an dernier.

Jean-Luc Marchal
Tél. 06 80 41 27 35""",
  "course_missing", "staff", codes=[("M.1SOC5A", "M1SOC5A")], schemes=[HSS],
  note="course missing; code given with and without its dot")

M("071-quiz-student-caps.eml", "LOUIS PREVOST <louis.prevost@etu.unicaen.fr>",
  "QCM BLOQUE",
  """BONJOUR MON QCM DE PHYSIOLOGIE S'EST FERME TOUT SEUL AU BOUT DE 5 MIN ALORS QU'ON AVAIT 30 MIN (COURS 5STP204). EST CE QUE JE PEUX LE REFAIRE ??? MERCI
LOUIS PREVOST 24 00 77 51""",
  "other", "student", codes=[("5STP204", "5STP204")], nums=["24007751"], schemes=[STP],
  note="quiz closed early: question for teacher, not sync")

M("072-tableau-bord-pagination-ang.eml", "Zoé Lemaire <zoe.lemaire@etu.unicaen.fr>",
  "cours d'anglais pas sur le tableau de bord",
  """Bonjour,
Le cours HLAN2O1 (Anglais S2) n'est pas sur mon tableau de bord mais je suis bien inscrite (je le vois dans mon profil > cours suivis). Je ne comprends pas.
Zoé Lemaire 24 10 59 38""",
  "course_not_on_dashboard", "student", codes=[("HLAN201", "HLAN2O1")], nums=["24105938"], schemes=[LAN],
  note="O for 0 in code; enrolled but not on dashboard")

M("073-teacher-not-enrolled-html.eml", "Emmanuel Royer <emmanuel.royer@unicaen.fr>",
  "Non inscrit comme enseignant (UEPH3-11)",
  """Bonjour,

Je suis responsable de l'UE UEPH3-11 Pharmacie galénique (TP groupes PH3-TP05 et PH3-TP06) mais je ne suis pas enseignant dans l'espace Ecampus. Mes TP sont planifiés dans ADE avec mon nom.

Cordialement,
Pr Emmanuel Royer
UFR Santé - Pôle Pharmacie
2 rue des Rochambelles - 14032 Caen Cedex
Tél. : 02 31 56 82 10

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires.""",
  "teacher_not_enrolled", "staff", codes=[("UEPH3-11", "UEPH3-11"), ("PH3-TP05", "PH3-TP05"), ("PH3-TP06", "PH3-TP06")],
  schemes=[PHA], form="html", note="pharma teacher not enrolled despite ADE; disclaimer")

M("074-wrong-group-staps.eml", "Enzo Fabre <enzo.fabre@etu.unicaen.fr>",
  "erreur de groupe",
  """Bonjour
en L1 STAPS je suis dans le groupe TP 2B mais sur ecampus (5stp 106, anatomie) je suis dans aucun groupe et je peux pas rendre le devoir qui est réservé au 2B.
Enzo Fabre
N° 25 0094 12""",
  "wrong_group", "student", codes=[("5STP106", "5stp 106"), ("5STP-TP2B", "TP 2B")], nums=["25009412"], schemes=[STP],
  note="STAPS student in no group")

M("075-spam-conference.eml", "International Conference on Education <info@icedu-2026.org>",
  "Call for papers - ICEDU 2026 Paris",
  """Dear Colleague,

We are pleased to invite you to submit your paper to ICEDU 2026 (Paris, 14-15 May 2026). Registration fee: 450 EUR. Deadline: 31/01/2026.

Unsubscribe: reply STOP""",
  "other", "unknown", lang="en", form="html", note="conference spam")

M("076-l1-bio-dashboard-anxious.eml", "Lucie Hamon <lucie.hamon@etu.unicaen.fr>",
  "Cours disparus du tableau de bord ?",
  """Bonjour,

Je suis en L1 SV et depuis ce week-end je ne vois plus que 3 cours sur mon tableau de bord au lieu de 7. Il manque BIO-1A07 et BIO-1A11 notamment. Je suis allée sur la page 2 et il n'y a rien. J'ai vraiment peur d'avoir été désinscrite parce que je n'ai pas encore payé la deuxième partie de mes frais (170 €)...

Lucie Hamon
25 2O9 947""",
  "course_not_on_dashboard", "student", codes=[("BIO-1A07", "BIO-1A07"), ("BIO-1A11", "BIO-1A11")], nums=["25209947"],
  schemes=[BIO], note="anxious L1: courses gone from dashboard; number typed with O for 0 and spaces")

M("077-wrong-name-accent.eml", "Éloïse Beaufils <eloise.beaufils@etu.unicaen.fr>",
  "Nom mal orthographié",
  """Bonjour,

Mon nom apparaît "BEAUFILS Eloise" sans tréma et surtout avec "Beaufis" dans les listes de participants de mes cours d'histoire (par exemple H2HIS07B). Pouvez-vous corriger ?

Merci
Éloïse Beaufils, L2 Histoire
étudiante n° 24113390""",
  "wrong_name", "student", codes=[("H2HIS07B", "H2HIS07B")], nums=["24113390"], schemes=[HIS],
  cs="windows-1252", note="misspelt name in participants list")

M("078-listes-digest.eml", "ecampus-enseignants-request@listes.unicaen.fr",
  "Ecampus-enseignants Digest, Vol 42, Issue 3",
  """Send Ecampus-enseignants mailing list submissions to
	ecampus-enseignants@listes.unicaen.fr

Today's Topics:

   1. Re: Activité H5P qui ne s'affiche pas (Marc Olivier)
   2. Atelier Wooclap le 04/12 (CEMU)

----------------------------------------------------------------------
Message: 1
Date: Wed, 3 Dec 2025 10:14:22 +0100
From: Marc Olivier <marc.olivier@unicaen.fr>
Subject: Re: Activité H5P qui ne s'affiche pas

Chez moi il fallait vider le cache du navigateur.""",
  "other", "unknown", auto=True, headers={"List-Id": "<ecampus-enseignants.listes.unicaen.fr>", "Precedence": "list"},
  note="mailing-list digest")

M("079-cas-staff-bookmark.eml", "Martine Giraud <martine.giraud@unicaen.fr>",
  "Problème de connexion Ecampus",
  """Bonjour,
Depuis mon favori, j'arrive sur la page du CAS, je m'identifie, il m'affiche « Connexion réussie » puis « CAS ne connaît pas votre destination finale ». Avant ça marchait. Je suis secrétaire pédagogique au département de géographie.
Martine Giraud, poste 5 60 12""",
  "cas_unknown_destination", "staff", note="secretary's bookmark points to bare CAS")

M("080-not-enrolled-secretary-dist.eml", "Céline Aubert <celine.aubert@unicaen.fr>",
  "Étudiants à distance non inscrits IESP",
  """Bonjour,

Plusieurs étudiants en télé-enseignement de L2 LLCER Espagnol (étape 2LLESP, version 101) ne sont pas inscrits aux cours IESP-12, IESP-15 et IESP-18. Leur IA est bien en télé-enseignement.

- 23102895 BOUVIER Hélène
- 22109934 MARTIN Kévin
- 24101176 DIALLO Aminata

Céline Aubert - Service d'enseignement à distance
Tél 02 31 56 57 20 - bureau L-114""",
  "not_enrolled", "staff", codes=[("2LLESP", "2LLESP"), ("IESP-12", "IESP-12"), ("IESP-15", "IESP-15"), ("IESP-18", "IESP-18")],
  nums=["23102895", "22109934", "24101176"], schemes=[DASH, ETP], form="alt",
  note="distance students not enrolled; list of three")

M("081-students-cannot-see-eco.eml", "Didier Paris <didier.paris@unicaen.fr>",
  "Cours non visible",
  """Bonjour,
Les étudiants de L2 ne voient pas mon cours de macroéconomie ECO2S3MA, et pourtant la scolarité me confirme qu'ils sont inscrits. J'ai regardé les paramètres : Visibilité = Afficher. Je ne comprends pas.
https://ecampus.unicaen.fr/course/edit.php?id=52244
Didier Paris""",
  "students_cannot_see_course", "staff", codes=[("ECO2S3MA", "ECO2S3MA")], ids=[52244], schemes=[ECO],
  note="visible course still invisible to students")

M("082-login-sms.eml", "Nathan <nathan.gautier@etu.unicaen.fr>",
  "mdp",
  """bonsoir jarrive pas a me co sur ecampus depuis que jai changé mon mdp sur le site de l'ent, ca tourne dans le vide puis ca revient a la page de connexion. jsuis en L2 info 23 10 56 29""",
  "cannot_login", "student", nums=["23105629"], note="SMS-style: login loop after password change")

M("083-course-missing-student-en.eml", "Sofia Andersson <sofia.andersson@etu.unicaen.fr>",
  "Course doesn't exist?",
  """Hi,

My learning agreement includes "Paléographie médiévale" H2HIS13C but when I search it in Ecampus nothing comes up, and the teacher says she has no page for it either. Other courses are fine.

Sofia Andersson
student number: 25317702""",
  "course_missing", "student", codes=[("H2HIS13C", "H2HIS13C")], nums=["25317702"], lang="en", schemes=[HIS],
  note="Erasmus: course does not exist on Ecampus")

M("084-teacher-not-enrolled-ade.eml", "Sébastien Marie <sebastien.marie@univ-rouen.fr>",
  "Accès cours Ecampus - intervenant extérieur",
  """Bonjour,

Je suis intervenant extérieur (MCF à Rouen) dans le master CGAO, module M2IAEF03 « Audit », 12h CM. Mes séances sont dans ADE mais je n'ai pas accès à l'espace de cours ; mon compte invité fonctionne (je vois d'autres espaces).

Sébastien Marie""",
  "teacher_not_enrolled", "unknown", codes=[("M2IAEF03", "M2IAEF03")], schemes=[IAE],
  note="external lecturer not enrolled as teacher")

M("085-merci-student.eml", "Manon Briand <25114406@etu.unicaen.fr>",
  "Re: [CEMU #48601] Cours en gris",
  """ca marche merci beaucoup !!

Le lun. 6 oct. 2025 à 18:30, CEMU Assistance <cemu.assistance@unicaen.fr> a écrit :
> Bonjour, l'enseignante a rendu le cours visible.""",
  "other", "student", nums=["25114406"], note="student thanks on ticket")

M("086-students-cannot-see-gea-phone.eml", "Julien Baron <julien.baron@unicaen.fr>",
  "Cours GEA.R103",
  """Bjr, les étudiants du G1 (GEA1-G1A) ne voient pas GEA.R103 sur ecampus alors que les autres groupes oui. Je les ai vus dans participants pourtant. Merci de regarder vite, contrôle le 21/11.
JB - envoyé de mon mobile""",
  "students_cannot_see_course", "staff", codes=[("GEA1-G1A", "GEA1-G1A"), ("GEA.R103", "GEA.R103")], schemes=[GEA],
  note="one group cannot see course (terse, phone)")

M("087-wrong-name-caps.eml", "KILLIAN LE GALL <killian.legall@etu.unicaen.fr>",
  "NOM",
  """BONJOUR SUR ECAMPUS JE M'APPELLE "KILLIAN LEGALL" ALORS QUE C'EST "LE GALL" EN DEUX MOTS. C'EST PAREIL SUR MA CARTE ETUDIANT NUMERO 24 20 17 85. MERCI DE CORRIGER""",
  "wrong_name", "student", nums=["24201785"], note="all caps: name written without space")

M("088-db-error-en.eml", "Lukas Novak <lukas.novak@etu.unicaen.fr>",
  "Ecampus database error",
  """Hello, Ecampus shows "Erreur de lecture de la base de données" when I open my courses since 1 pm. Is the platform down? (Sunday 25/01)
Lukas""",
  "database_error", "student", lang="en", note="database read error (English)")

M("089-not-enrolled-droit-loose-etape.eml", "Clément Roux <clement.roux@etu.unicaen.fr>",
  "Inscription Ecampus L1 droit",
  """Bonjour,

Je suis passé de L1 AES à L1 droit (DRL1G) le 2 octobre. J'ai toujours accès aux cours d'AES mais aucun cours de droit, ni DR1.CIV2 ni DR1.CST1. Il paraît que c'est automatique, ça prend combien de temps ?

Clément Roux
numéro étudiant: 2510-3344""",
  "not_enrolled", "student", codes=[("DRL1G", "DRL1G"), ("DR1.CIV2", "DR1.CIV2"), ("DR1.CST1", "DR1.CST1")],
  nums=["25103344"], schemes=[DRT, ETP], note="reoriented student not yet enrolled in new courses; number with dash")

M("090-wrong-group-cemu-secretary.eml", "Céline Aubert <celine.aubert@unicaen.fr>",
  "Groupes CEMU en L3 Lettres",
  """Bonjour,

Dans les cours de L3 Lettres à distance (11LM3051, 11LM3052), nos étudiants en télé-enseignement sont affectés au groupe présentiel 11LM-TD3 au lieu du groupe 11LM-CEMU. Exemple : 22107788.

Céline Aubert - SED""",
  "wrong_group", "staff", codes=[("11LM3051", "11LM3051"), ("11LM3052", "11LM3052"), ("11LM-TD3", "11LM-TD3"), ("11LM-CEMU", "11LM-CEMU")],
  nums=["22107788"], schemes=[LM], note="distance students in presential group instead of CEMU group")

M("091-course-missing-mistyped.eml", "Laura Benoit <laura.benoit@etu.unicaen.fr>",
  "cours qui existe pas",
  """Bonjour,
Le prof nous a dit d'aller sur le cours ECO2S3MX sur ecampus mais quand je le cherche il existe pas. Je suis en L2 éco.
Laura 24 10 88 15""",
  "course_missing", "student", codes=[("ECO2S3MX", "ECO2S3MX")], nums=["24108815"], schemes=[ECO],
  unknown=["ECO2S3MX"], note="student searches for a mistyped/non-existent code")

M("092-quota-bounce.eml", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
  "Delivery Status Notification (Failure)",
  """** Address not found **

Your message wasn't delivered to kev.lefebvre14@gmial.com because the domain gmial.com couldn't be found.

The response was:
DNS Error: DNS type 'mx' lookup of gmial.com responded with code NXDOMAIN""",
  "other", "unknown", auto=True, lang="en", headers={"Auto-Submitted": "auto-replied"},
  note="gmail bounce (typo in address)")

M("093-dashboard-m1-hss.eml", "Romain Chevalier <romain.chevalier@etu.unicaen.fr>",
  "Cours masqué tableau de bord",
  """Bonjour,
Par erreur j'ai cliqué sur "Retirer de la vue" pour le cours M.1SOC4B sur mon tableau de bord et maintenant je ne le retrouve plus. Comment le remettre ?
Romain, M1 sociologie (21 90 48 63)""",
  "course_not_on_dashboard", "student", codes=[("M.1SOC4B", "M.1SOC4B")], nums=["21904863"], schemes=[HSS],
  note="student hid course from dashboard view")

M("094-cas-l1-phone.eml", "Mélissa <melissa.renard@etu.unicaen.fr>",
  "bloquée apres connexion",
  """Bonjour je suis en L1 psycho et quand je me connecte sur mon téléphone ça reste sur la page de l'université "connexion réussie" avec mon numero 25118002 et ça va pas sur ecampus. Sur l'ordi de la BU ça marche.
Envoyé de mon Galaxy""",
  "cas_unknown_destination", "student", nums=["25118002"], note="CAS success page on phone")

M("095-course-missing-staps-alt.eml", "Aurélien Masson <aurelien.masson@unicaen.fr>",
  "Espace de cours manquant L3 STAPS",
  """Bonjour,

L'UE « Entraînement et performance » 5STP312 n'a pas d'espace de cours. La scolarité m'indique qu'il n'y a pas de groupe dans Apogée pour cet élément et qu'il est mutualisé avec 5STP311.

Aurélien Masson
Bâtiment STAPS, bureau 0.21 - 02 31 56 72 40""",
  "course_missing", "staff", codes=[("5STP312", "5STP312"), ("5STP311", "5STP311")], schemes=[STP], form="alt",
  note="course missing; porteur/porté or no group")

M("096-teacher-not-enrolled-en.eml", "Dr. Michael O'Brien <michael.obrien@unicaen.fr>",
  "Not enrolled as teacher in my course",
  """Hello,

I teach the English for Specific Purposes course HLAN105 (groups HLAN105TD1 and HLAN105TD3) this semester, but I'm not enrolled as a teacher in the Ecampus course. My colleague added me manually last year, is that still the way to go?

Best,
Michael O'Brien
Lecteur, Département d'anglais - office LE 412""",
  "teacher_not_enrolled", "staff", codes=[("HLAN105", "HLAN105"), ("HLAN105TD1", "HLAN105TD1"), ("HLAN105TD3", "HLAN105TD3")],
  lang="en", schemes=[LAN], note="English-speaking lecturer not enrolled as teacher")

M("097-students-cannot-see-lm-secretary.eml", "Anne Roussel <anne.roussel@unicaen.fr>",
  "Cours invisible en L1 Lettres",
  """Bonjour,

Les enseignants de L1 Lettres modernes me signalent que leurs étudiants ne voient aucun des cours du semestre 2 (11LM1021, 11LM1022, 11LM1024), alors qu'ils sont visibles pour les enseignants (en grisé). La rentrée du S2 est lundi 19/01.

Anne Roussel""",
  "students_cannot_see_course", "staff", codes=[("11LM1021", "11LM1021"), ("11LM1022", "11LM1022"), ("11LM1024", "11LM1024")],
  schemes=[LM], note="S2 courses hidden for students")

M("098-moved-info.eml", "Pascal Henry <pascal.henry@unicaen.fr>",
  "cours renommé",
  """Bonjour,
mon cours MI2-INF6 a été renommé "MI2-INF6 (archivé)" et je ne le trouve plus dans la catégorie Licence 2 Informatique. Les étudiants n'y accèdent plus. La maquette n'a pas changé à ma connaissance.
P. Henry""",
  "course_moved_renamed", "staff", codes=[("MI2-INF6", "MI2-INF6")], schemes=[INF],
  unknown=["MI2-INF6"], note="course archived, maybe removed from modelling by accident")

M("099-login-student-id-in-address.eml", "23 00 85 14 <23008514@etu.unicaen.fr>",
  "Compte bloqué",
  """Bonjour,
Mon compte est bloqué depuis que j'ai tenté plusieurs mots de passe, je ne peux plus accéder à Ecampus. Comment le débloquer ?
Merci
Ambre Leroy""",
  "cannot_login", "student", nums=["23008514"], note="account locked; number in the address display name")

M("100-exam-newsletter-erasmus.eml", "Relations Internationales UNICAEN <international@unicaen.fr>",
  "Welcome meeting for exchange students - 10/09/2025",
  """Dear exchange students,

The welcome meeting will take place on Wednesday 10 September 2025 at 2 pm in Amphi Pierre Daure (Campus 1). Bus line 2 and tram T1 stop at "Université".
Please bring your passport and your INE if you have one.

International Relations Office - +33 (0)2 31 56 55 99""",
  "other", "unknown", lang="en", auto=True, headers={"Precedence": "bulk"},
  note="welcome meeting announcement (bulk, not Ecampus)")
