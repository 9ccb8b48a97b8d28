from lib import M

PSY = "psy S1PSY12 (semester+PSY+nn)"
BIO = "bio BIO-1A07 (letters-dash-year+letter+nn)"
DRT = "droit DR1.CIV2 (DR+year+dot+matière+n)"
GEA = "iut GEA.R105 (dept.dot.BUT resource)"
STP = "staps 5STP106 (composante digit+STP+nnn)"
ECO = "eco ECO2S3MA (ECO+year+S+sem+2 letters)"
LM = "lettres 11LM2034 (2-digit composante+LM+4 digits)"
INF = "info MI1-INF3 (MI+year-dash-INF+n)"
HIS = "histoire H2HIS07B (H+year+HIS+nn+letter)"
PHA = "pharma UEPH3-07 (UEPH+year-dash-nn)"
IAE = "iae M2IAEF04 (M2IAE+letter+nn)"
LAN = "langues HLAN201 (letters+digits, FAQ-like)"
HSS = "hss M.1SOC4B (dotted master, FAQ-like)"
INS = "inspe 1CB204 (digit-prefix, FAQ-like)"
DASH = "langues-distance IESP-12 (dash suffix, FAQ-like)"
ETP = "etape (6 chars, opt. -101)"

M("001-l1psy-pas-de-cours-td4.eml", "Lea Marchand <lea.marchand@etu.unicaen.fr>",
  "aide svp je vois pas mes cours",
  """Bonjour,

Je suis en L1 psycho TD4 et je ne vois aucun cours de psychologie sur ecampus depuis la rentrée, juste le cours d'anglais. Mes amies du TD3 voient tout. Est ce que j'ai raté une inscription ?? Je panique un peu parce que les partiels arrivent et les profs mettent les diapos sur ecampus.

Mon numéro étudiant c'est 25 10 77 33 je crois (celui sur la carte Léocarte).

Merci beaucoup
Léa Marchand""",
  "not_enrolled", "student", codes=[("L1PSYTD04", "TD4")], nums=["25107733"], schemes=[PSY],
  note="L1 psycho student in TD4 sees no psychology course; number written with spaces")

M("002-sms-dashboard-vide.eml", "kev14 <kevin.lefebvre14@gmail.com>",
  "ecampus bug",
  """slt
jvois plus rien sur mon tableau de bord ecampus depuis hier, ya plus les cours de staps genre le 5stp106 et la muscu
jsuis en L1 staps tp1a
numero etudiant 24009812
merci
envoyé de mon iphone""",
  "course_not_on_dashboard", "student", codes=[("5STP106", "5stp106"), ("5STP-TP1A", "tp1a")],
  nums=["24009812"], schemes=[STP], note="SMS-style STAPS student: courses gone from dashboard")

M("003-erasmus-cannot-access.eml", "Giulia Rossi <giulia.rossi@studenti.unipd.it>",
  "Access to Ecampus courses - Erasmus student",
  """Dear Sir or Madam,

I am an Erasmus incoming student from Padova (semester 1, 2025/26). I can log in to Ecampus but I am not enrolled in the courses from my Learning Agreement:
- H2HIS07B Histoire de la Normandie médiévale
- h2his 11a (Atelier paléographie)
- ECO2S3MA Macroeconomics

My student number is 25311204, my INE is 0925311204K (not sure if this is useful). The professor told me to check "Participants" but I don't appear there.

Kind regards,
Giulia Rossi
+39 347 118 2290""",
  "not_enrolled", "student", codes=[("H2HIS07B", "H2HIS07B"), ("H2HIS11A", "h2his 11a"), ("ECO2S3MA", "ECO2S3MA")],
  nums=["25311204"], lang="en", schemes=[HIS, ECO],
  note="incoming Erasmus not enrolled in three courses; INE look-alike")

M("004-caps-login.eml", "MOHAMED BENALI <26000415@etu.unicaen.fr>",
  "JE PEUX PAS ME CONNECTER",
  """BONJOUR

JE N'ARRIVE PAS A ME CONNECTER A ECAMPUS, CA ME DIT IDENTIFIANT OU MOT DE PASSE INCORRECT ALORS QUE J'AI ACTIVÉ MON COMPTE HIER. J'AI ESSAYÉ AVEC MON NUMERO ET AVEC MON MAIL.
JE SUIS EN L1 DROIT.
MERCI DE ME REPONDRE VITE

MOHAMED BENALI
06 12 48 77 30""",
  "cannot_login", "student", nums=["26000415"], schemes=[],
  note="all-caps L1 law student cannot log in; phone look-alike")

M("005-prof-etudiants-voient-pas.eml", "Catherine Vasseur <catherine.vasseur@unicaen.fr>",
  "Cours invisible pour les étudiants",
  """Bonjour,

Mes étudiants de L2 histoire me disent qu'ils ne voient pas mon cours « (H2HIS07B) Histoire de la Normandie médiévale » alors que j'y ai déposé le plan et la bibliographie la semaine dernière. De mon côté je le vois bien (en gris il me semble ?).
https://ecampus.unicaen.fr/course/view.php?id=51873

Pouvez-vous regarder ?

Bien cordialement,

Catherine Vasseur
Maîtresse de conférences - Histoire médiévale
UFR HSS - Bureau MRSH 215
Esplanade de la Paix - CS 14032 - 14032 Caen Cedex 5
Tél. 02 31 56 61 08""",
  "students_cannot_see_course", "staff", codes=[("H2HIS07B", "H2HIS07B")], ids=[51873], schemes=[HIS],
  form="alt", note="teacher: students cannot see course (hidden, greyed)")

M("006-screenshot-groupe.eml", "Emma Dubois <emma.dubois@etu.unicaen.fr>",
  "Mauvais groupe TP bio",
  """Bonjour,

Sur Ecampus je suis dans le groupe G3 du cours de biologie cellulaire alors que sur mon emploi du temps et à la scolarité je suis en G2. Du coup je ne vois pas les comptes rendus de TP de mon groupe.

Je vous mets une capture d'écran : on y voit en haut "(BIO-1A07) Biologie cellulaire" et dans Participants la colonne Groupes avec écrit "BIO1A07G3".

Emma Dubois
n° étudiant : 25 003 391""",
  "wrong_group", "student", codes=[("BIO-1A07", "BIO-1A07"), ("BIO1A07G3", "BIO1A07G3"), ("BIO1A07G2", "G2")],
  nums=["25003391"], png="capture_ecampus.png", schemes=[BIO],
  note="bio student placed in G3 instead of G2; codes inside screenshot description")

M("007-absent-du-bureau.eml", "Pierre Garnier <pierre.garnier@unicaen.fr>",
  "Absent du bureau : Re: [CEMU #48213] Inscription enseignants",
  """Bonjour,

Je suis absent du bureau jusqu'au lundi 3 novembre 2025 inclus, avec un accès limité à mes courriels.
Pour toute urgence concernant la scolarité de l'UFR Droit, merci de contacter le secrétariat au 02 31 56 52 10 ou scol.droit@unicaen.fr.

Cordialement,
Pierre Garnier""",
  "other", "unknown", auto=True, headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
  note="out-of-office reply on a ticket")

M("008-l1-anxieuse-dashboard.eml", "Chloé Martin <chloe.martin3@etu.unicaen.fr>",
  "Problème tableau de bord (urgent)",
  """Bonjour,

Je suis désolée de vous déranger, je suis en première année de Licence de lettres modernes et je ne trouve plus le cours de Littérature du XIXe (11LM 2034) sur mon tableau de bord. Il y était la semaine dernière et j'ai un devoir à rendre dessus pour le 14/10. Je n'ai rien touché, enfin je crois, j'ai juste cliqué sur des filtres en haut mais je ne sais plus lesquels.

Est ce que j'ai été désinscrite ? Est ce que je dois aller à la scolarité ?

Merci d'avance, vraiment,
Chloé Martin
L1 LM groupe TD1
numéro étudiant 25208817""",
  "course_not_on_dashboard", "student", codes=[("11LM2034", "11LM 2034"), ("11LM-TD1", "TD1")], nums=["25208817"],
  schemes=[LM], note="anxious L1: course vanished from dashboard after fiddling with filters; date look-alike")

M("009-cas-destination.eml", "Tom <tom.leroux@etu.unicaen.fr>",
  "connexion",
  """Bonjour quand je me connecte ça me dit "Connexion réussie, Bienvenue 24107652 ... CAS ne connaît pas votre destination finale" et après je reste bloqué sur cette page. Je passe par google en tapant ecampus unicaen.
Tom""",
  "cas_unknown_destination", "student", nums=["24107652"], note="CAS does not know final destination (google link)")

M("010-prof-pas-inscrit-gea.eml", "Frédéric Noël <frederic.noel@unicaen.fr>",
  "Pas enseignant dans ma ressource R1.05",
  """Bonjour,

Je fais les TD de la ressource R1.05 (Introduction au droit) en BUT GEA 1re année, code GEA.R105, groupes GEA1-G2A et GEA1-G2B, mais je ne suis pas inscrit comme enseignant dans l'espace Ecampus correspondant. Mon collègue qui fait le CM y est bien.
Les séances sont pourtant dans ADE depuis septembre.

Frédéric Noël
IUT Grand Ouest Normandie - Département GEA
Bureau B-204, 02 31 56 70 12""",
  "teacher_not_enrolled", "staff", codes=[("GEA.R105", "GEA.R105"), ("GEA1-G2A", "GEA1-G2A"), ("GEA1-G2B", "GEA1-G2B")],
  schemes=[GEA], note="IUT teacher not enrolled in his resource; R1.05 and room look-alikes")

M("011-secretaire-liste-psy.eml", "Sandrine Lemoine <sandrine.lemoine@unicaen.fr>",
  "Etudiants non inscrits - L1 Psychologie S1",
  None,
  "not_enrolled", "staff",
  codes=[("S1PSY12", "S1PSY12"), ("S1PSY14", "S1PSY14"), ("L1PSYTD07", "L1PSYTD07"), ("L1PSYC", "L1PSYC-101")],
  nums=["25114406", "25117723", "24008890"], schemes=[PSY, ETP], form="html", cs="windows-1252",
  note="scolarité: table of 3 L1 psy students missing from two courses (INE column)")

M("012-bounce.eml", "MAILER-DAEMON@smtp.unicaen.fr (Mail Delivery System)",
  "Undelivered Mail Returned to Sender",
  """This is the mail system at host smtp.unicaen.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<julien.moreau@etu.unicaen.fr>: host mbox.unicaen.fr[10.14.2.33] said: 550 5.1.1
    <julien.moreau@etu.unicaen.fr>: Recipient address rejected: User unknown

--- Original message headers ---
Subject: Re: [CEMU #48502] acces cours 
Date: Tue, 14 Oct 2025 09:12:41 +0200""",
  "other", "unknown", auto=True, headers={"Auto-Submitted": "auto-replied"},
  note="delivery failure notice")

M("013-wrong-name.eml", "Noah Tessier <noah.tessier@etu.unicaen.fr>",
  "Erreur de prénom sur Ecampus",
  """Bonjour,

Sur Ecampus mon prénom apparaît comme "Noa" au lieu de "Noah" et du coup les profs m'appellent mal et mes devoirs sont au mauvais nom. J'ai vérifié sur ma carte étudiante, c'est bien Noah.
Mon numéro : 23014587.

Merci,
Noah Tessier
L3 Informatique""",
  "wrong_name", "student", nums=["23014587"], note="first name misspelt in Ecampus")

M("014-archives-lettres.eml", "Isabelle Fournier <isabelle.fournier@unicaen.fr>",
  "Mon cours est passé dans Archives ??",
  """Bonjour,

Mon cours de L2 « (11LM2031) Poétique et versification » a disparu de mes cours ; je l'ai retrouvé dans une catégorie « Archives » avec un nom différent. Tout le contenu y est mais les étudiants n'y ont plus accès. Il y a un nouveau cours (11LM2041) vide à la place.
Dois-je tout recopier ? J'ai 12 séances de contenu...

Isabelle Fournier
Professeure de littérature française, UFR Humanités et Sciences Sociales""",
  "course_moved_renamed", "staff", codes=[("11LM2031", "11LM2031"), ("11LM2041", "11LM2041")],
  schemes=[LM], unknown=["11LM2031"], note="course archived after code change (old code gone)")

M("015-droit-td-faute.eml", "ines.k <ines.khelifi@hotmail.fr>",
  "groupe td droit civil",
  """bonjour
je suis en L1 droit et sur ecampus dans le cours de droit civil (dr1 civ2 je crois) je suis dans aucun groupe alors que je suis en TD3 avec mme Perrin. du coup je vois pas les sujets de td
mon num etudiant 25 40 11 86
cordialement ines khelifi""",
  "wrong_group", "student", codes=[("DR1.CIV2", "dr1 civ2"), ("DR1CIVTD3", "TD3")], nums=["25401186"],
  schemes=[DRT], note="law student in no group in civil law course; code half-remembered")

M("016-db-error-dimanche.eml", "Hugo Bernard <hugo.bernard@etu.unicaen.fr>",
  "Ecampus en panne ?",
  """Bonjour,

Ce dimanche matin vers 9h45, Ecampus affiche "Error: Database connection failed - It is possible that the database is overloaded or otherwise not running properly". J'ai un QCM à faire avant midi dans le cours M2IAEF04, est-ce que le délai pourra être prolongé si ça ne revient pas ?

Hugo Bernard
M2 CGAO alternance""",
  "database_error", "student", codes=[("M2IAEF04", "M2IAEF04")], schemes=[IAE],
  note="database connection failed on Sunday morning")

M("017-newsletter-cemu.eml", "La lettre du CEMU <lettre-cemu@listes.unicaen.fr>",
  "Lettre d'info CEMU - Octobre 2025",
  """LA LETTRE DU CEMU - n°58 - Octobre 2025

* Nouveautés Ecampus : le plugin de classe virtuelle passe en version 4.2.1
* Ateliers Moodle niveau 1 : jeudi 16/10 de 14h à 16h, salle SA-110 (campus 1)
* Problèmes d'accès à Ecampus : consultez notre page dédiée
  http://cemu.unicaen.fr/le-cemu/problemes-d-acces-a-ecampus-1088766.kjsp

Pour vous désinscrire de cette liste : sympa@listes.unicaen.fr""",
  "other", "unknown", auto=True, form="alt", headers={"List-Id": "<lettre-cemu.listes.unicaen.fr>", "Precedence": "list"},
  note="CEMU newsletter via mailing list; version/room look-alikes")

M("018-cohorte-l2-eco.eml", "Marc Olivier <marc.olivier@unicaen.fr>",
  "Synchronisation cohorte L2 éco ?",
  """Bonjour,

Pour mon cours ECO2S3MI (Microéconomie 2), une quinzaine d'étudiants de L2 n'ont toujours pas leur IP. La scolarité m'a suggéré d'ajouter la cohorte de l'étape LECO2 en attendant. Est-ce une bonne idée ? Et si oui, faudra-t-il l'enlever ensuite moi-même ?

Merci,
M. Olivier""",
  "cohort_question", "staff", codes=[("ECO2S3MI", "ECO2S3MI"), ("LECO2", "LECO2")], schemes=[ECO, ETP],
  note="teacher asks whether to use cohort sync for late IP")

M("019-erasmus-outgoing.eml", "Lucas Petit <lucas.petit@etu.unicaen.fr>",
  "can't see my courses anymore (Erasmus in Dublin)",
  """Hi,

I'm a Unicaen student (L3 info) currently on Erasmus in Dublin for S1 only. Since September I lost access to all my Ecampus courses, including MI3-INF7 which I still need for the second semester project. Is it normal ? I selected the semester exchange option I think.

Student n°: 22117406
Thanks
Lucas""",
  "not_enrolled", "student", codes=[("MI3-INF7", "MI3-INF7")], nums=["22117406"], lang="en", schemes=[INF],
  note="outgoing Erasmus student lost all enrolments")

M("020-fwd-secretariat-staps.eml", "Anne Roussel <anne.roussel@unicaen.fr>",
  "TR: cours introuvable",
  """Bonjour,

Je vous transfère la demande d'une enseignante vacataire.
Bien cordialement,
Anne Roussel - Scolarité STAPS

---------- Message transféré ----------
De : Julie Caron <julie.caron.coach@gmail.com>
Date : lun. 15 sept. 2025 à 10:02
Objet : cours introuvable
À : <scol.staps@unicaen.fr>

Bonjour,
Je dois assurer l'enseignement "Sports collectifs : handball" (5STP118) en L1 mais je ne trouve aucun espace pour ce cours sur Ecampus, même en cherchant par le code. Le cours 5STP117 existe, lui.
Julie Caron
06 71 22 19 40""",
  "course_missing", "staff", codes=[("5STP118", "5STP118"), ("5STP117", "5STP117")], schemes=[STP],
  note="forwarded: vacataire cannot find her STAPS course at all")

M("021-typo-pharma.eml", "sarah <sarah.lambert@etu.unicaen.fr>",
  "pas inscrite UE pharma",
  """Bonjour, je suis en 3ème année de pharma et je ne suis pas inscrite dans le cours de l'UE 7 (UEPH3 07 pharmacologie). Toutes mes copines y sont. J'ai fait mon IP en retard (le 20 octobre) a cause d'un souci de paiement de la CVEC (103 euros).
Sarah Lambert 23007741""",
  "not_enrolled", "student", codes=[("UEPH3-07", "UEPH3 07")], nums=["23007741"], schemes=[PHA],
  note="pharma student not enrolled, late IP; price look-alike")

M("022-participants-bloc.eml", "Bernard Hue <bernard.hue@unicaen.fr>",
  "Bloc participants disparu",
  """Bonjour,
Le bloc "Participants" qui était à droite dans mes cours a disparu. Comment retrouver la liste de mes étudiants ? (cours HESP105 et HESP106)
B. Hue""",
  "participants_block_missing", "staff", codes=[("HESP105", "HESP105"), ("HESP106", "HESP106")], schemes=[LAN],
  note="participants block gone")

M("023-trop-enseignants.eml", "Valérie Simon <valerie.simon@unicaen.fr>",
  "Trop d'enseignants dans mon cours",
  """Bonjour,

Dans l'espace de cours (M.1SOC4B) Sociologie des organisations, 14 collègues apparaissent avec le rôle Enseignant alors que nous ne sommes que deux à y intervenir. Les autres reçoivent les notifications du forum et certains m'ont écrit, agacés. Je ne peux pas les désinscrire (l'icône de corbeille n'apparaît pas).

https://ecampus.unicaen.fr/user/index.php?id=50211

Valérie Simon
UFR HSS - Département de sociologie""",
  "too_many_teachers", "staff", codes=[("M.1SOC4B", "M.1SOC4B")], ids=[50211], schemes=[HSS],
  form="html", note="too many teachers (database enrolments)")

M("024-phone-no-accents-cas.eml", "Yanis D <yanis.durand@etu.unicaen.fr>",
  "Re: ecampus",
  """Jai bien tapé cas.unicaen.fr comme vous avez dit et maintenant ca marche pas non plus, ca dit connexion reussie mais destination finale inconnue ????

Envoyé de mon téléphone Android

Le 02/10/2025 à 14:10, cemu.assistance@unicaen.fr a écrit :
> Bonjour, merci de vous connecter en passant par l'adresse officielle.""",
  "cas_unknown_destination", "student", note="student typed cas.unicaen.fr directly, CAS final destination")

M("025-vacataire-profil-email.eml", "Olivier Duval <o.duval@cabinet-duval-avocats.fr>",
  "Impossible d'accéder à Ecampus - page profil",
  """Bonjour,

Je suis chargé de TD vacataire en droit (DR2.ADM1) depuis cette année. À ma première connexion, Ecampus m'affiche ma page de profil et me demande une adresse de courriel, mais le champ n'est pas modifiable. Je ne peux aller nulle part ailleurs.

Cordialement,
Olivier Duval
Avocat au Barreau de Caen
15 rue Écuyère 14000 Caen - 02 31 85 44 12""",
  "cannot_login", "unknown", codes=[("DR2.ADM1", "DR2.ADM1")], schemes=[DRT],
  note="vacataire stuck on profile page at first login (no e-mail)")

M("026-merci.eml", "Julie Caron <julie.caron.coach@gmail.com>",
  "Re: [CEMU #48390] cours introuvable",
  """Merci beaucoup, tout fonctionne maintenant !
Bonne journée
Julie

Le jeu. 18 sept. 2025 à 15:31, CEMU Assistance <cemu.assistance@unicaen.fr> a écrit :
> Bonjour,
> l'élément a été corrigé dans Apogée, l'espace de cours sera créé cette nuit.""",
  "other", "unknown", note="thank-you on a ticket")

M("027-l1-info-tp-loose.eml", "Adam Girard <25114980@etu.unicaen.fr>",
  "pas dans le bon groupe de tp",
  """Bonjour,

je suis en L1 maths-info, groupe de TP 3, mais sur Ecampus dans le cours d'algo (MI1 INF3) je suis mis dans le TP1 avec des gens que je connais pas et les rendus de TP sont pas les mêmes.

Adam""",
  "wrong_group", "student", codes=[("MI1-INF3", "MI1 INF3"), ("MI1INF-TP3", "TP 3"), ("MI1INF-TP1", "TP1")],
  nums=["25114980"], schemes=[INF], note="L1 maths-info put in TP1 instead of TP3")

M("028-course-missing-inspe.eml", "Nadia Hamel <nadia.hamel@unicaen.fr>",
  "Espace de cours inexistant",
  """Bonjour,

Le cours « Didactique des mathématiques » de M1 MEEF 1er degré (code 1CB204) n'existe pas sur Ecampus alors que les autres UE du semestre (1CB201, 1CB203) sont bien créées. Les étudiants du site d'Alençon me réclament les documents.

Nadia Hamel
INSPE Normandie Caen - site de Caen, bureau 1.12
Tél. 02 31 56 22 47""",
  "course_missing", "staff", codes=[("1CB204", "1CB204"), ("1CB201", "1CB201"), ("1CB203", "1CB203")],
  schemes=[INS], note="INSPE course not created on Ecampus")

M("029-quiz-setting.eml", "Philippe Leclerc <philippe.leclerc@unicaen.fr>",
  "Paramétrage test - temps supplémentaire",
  """Bonjour,

Comment accorder un tiers-temps à deux étudiants dans un test Moodle (cours GEA.R107) sans changer la durée pour les autres ? Le test dure 45 minutes.

Merci
P. Leclerc""",
  "other", "staff", codes=[("GEA.R107", "GEA.R107")], schemes=[GEA], note="quiz setting: extra time for students")

M("030-wrong-email-name.eml", "Marie-Anne Lefort <marie-anne.lefort@etu.unicaen.fr>",
  "Nom de famille",
  """Bonjour,
Je me suis mariée cet été et j'ai fait le changement à la scolarité (nom d'usage Lefort, anciennement Dupuis), mais sur Ecampus c'est toujours Dupuis et l'adresse mail affichée est l'ancienne marie-anne.dupuis@etu.unicaen.fr.
Numéro étudiant : 21608834
Merci !""",
  "wrong_name", "student", nums=["21608834"], note="married name not updated in Ecampus")

M("031-dashboard-m2-terse.eml", "J. Perrot <jeremy.perrot@etu.unicaen.fr>",
  "Cours absent du tableau de bord",
  """M2IAEF06 n'apparaît pas dans mon tableau de bord. Accessible par lien direct (id=49120). 22004518.""",
  "course_not_on_dashboard", "student", codes=[("M2IAEF06", "M2IAEF06")], nums=["22004518"], ids=[49120],
  schemes=[IAE], note="terse M2: course not on dashboard but reachable by link")

M("032-exam-dates.eml", "camille.robert <camille.robert@etu.unicaen.fr>",
  "date des partiels",
  """Bonjour, est ce que vous savez quand sont les partiels du S1 de L2 éco ? le calendrier sur ecampus dit 5 janvier mais le prof a dit le 12/01. Et c'est quelle salle, l'amphi Pierre Daure ?
merci""",
  "other", "student", note="exam dates question (not Ecampus support)")

M("033-iso-prof-archive.eml", "Gérard Lévêque <gerard.leveque@unicaen.fr>",
  "Cours déplacé",
  """Bonjour,

Mon cours d'histoire contemporaine H2HIS09A a changé de nom, il s'appelle maintenant "[Archives 2024-2025] (H2HIS09A) Histoire contemporaine" et il est rangé dans une autre catégorie. Qui a fait ça ? Je n'ai rien demandé.

G. Lévêque
Tél : 02.31.56.58.30""",
  "course_moved_renamed", "staff", codes=[("H2HIS09A", "H2HIS09A")], schemes=[HIS], cs="iso-8859-1", form="qp",
  unknown=["H2HIS09A"], note="course moved to Archives and renamed (ISO-8859-1 QP)")

M("034-annuaire-spam.eml", "Service Messagerie <admin-unicaen@mail-verif-support.com>",
  "Votre boîte mail sera suspendue",
  """Cher utilisateur,

Votre quota de messagerie a atteint 98%. Cliquez ici pour valider votre compte dans les 24 heures sinon il sera supprimé : http://unicaen-verif.webmail-secure.co/login

Service informatique""",
  "other", "unknown", form="html", note="phishing spam")

M("035-cohorte-prof-stage.eml", "Laurent Morel <laurent.morel@unicaen.fr>",
  "Cohorte pour espace complémentaire",
  """Bonjour,

Je voudrais inscrire tous les étudiants de 3e année de pharmacie (étape PHAR3) dans un espace complémentaire "Stage officinal" (id 53120). Je ne trouve pas la cohorte correspondante quand je cherche "pharmacie". Comment s'appellent les cohortes générales ?

Laurent Morel, PU-PH""",
  "cohort_question", "staff", codes=[("PHAR3", "PHAR3")], ids=[53120], schemes=[ETP],
  note="teacher looking for étape cohort to enrol a whole year")
