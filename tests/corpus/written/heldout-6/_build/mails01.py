from common import g, outlook, tbird

MAILS = []
A = MAILS.append

A(dict(fn="001-l1-maths-pas-inscrite.eml", frm=("Léa Marchand", "lea.marchand@etu.unicaen.fr"),
 subj="Pas inscrite au cours de maths", date="2025-09-24 21:42",
 text="""Bonjour,

Je suis en L1 Maths (première année) et je n'ai pas accès au cours "Analyse 1" sur Ecampus alors que toutes mes amies de TD l'ont. La prof nous a dit que tout était dessus (les feuilles d'exercices et les corrigés) et le premier contrôle continu est dans 2 semaines, je commence vraiment à stresser.

Je suis bien inscrite administrativement, j'ai payé la CVEC et j'ai ma carte étudiante. Mon numéro étudiant est le 25003472.
Le code sur l'emploi du temps c'est S1 MAT01 je crois.

Est-ce que vous pouvez m'aider s'il vous plait ?

Merci d'avance,
Léa Marchand
L1 Mathématiques
06 42 18 77 30
""",
 gold=g("not_enrolled", "student", [("S1MAT01", "S1 MAT01")], ["25003472"], [], schemes=["sciences-elp"],
        note="L1 student not enrolled in her maths course S1MAT01, gives her number and phone")))

A(dict(fn="002-sms-connexion-impossible.eml", frm=("kevin lmn", "kevin.lmn14@gmail.com"),
 subj="ecampus marche pa", date="2025-09-16 23:58",
 text="""bjr jarrive pas a me connecter a ecampus depuis hier ca me met identifiant ou mot de passe incorrect alors que jsuis sur que c le bon mdp, jai reussi sur l ENT ce matin mais pas sur ecampus. je met mon num etudiant comme identifiant 25 01 48 63
jai un devoir a rendre pour vendredi svp aidez moi

kevin lemoine L1 STAPS

Envoyé de mon iPhone
""",
 gold=g("cannot_login", "student", [], ["25014863"], [],
        note="SMS-style L1 STAPS student cannot log in, student number read out in pairs")))

A(dict(fn="003-geo-cours-invisible-etudiants.eml", frm=("Hélène Jacquet", "helene.jacquet@unicaen.fr"),
 subj="Cours invisible pour les L3", date="2025-09-29 08:17", kind="html",
 hdrs=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic", "Cours invisible pour les L3"), ("Content-Language", "fr-FR")],
 html=outlook([
  "Bonjour,",
  "",
  "Mes étudiants de L2 géographie me disent qu'ils ne voient pas mon cours sur Ecampus :",
  ("raw", '<p class="MsoNormal"><a href="https://ecampus.unicaen.fr/course/view.php?id=48213">(HGEO3.07) Géographie des risques et vulnérabilités</a><o:p></o:p></p>\n'),
  "",
  "De mon côté je le vois bien (un peu grisé, mais je pensais que c'était normal tant qu'il n'y a pas grand-chose dedans), j'ai déposé le plan du cours et les 3 premiers TD.",
  "Quand je regarde les participants, ils sont bien 74 inscrits avec le rôle étudiant.",
  "",
  "Pouvez-vous regarder ? Le premier TD a lieu jeudi en SA-110 et ils doivent avoir lu le texte avant.",
  "",
  "Bien cordialement,",
  "",
  ("raw", '<p class="MsoNormal"><b><span style="color:#1F3864">Hélène Jacquet</span></b><o:p></o:p></p>\n'),
  "Maîtresse de conférences en géographie\nUFR HSS – Département de géographie\nBureau MRSH 215 – Tél. 02 31 56 62 48",
 ]),
 gold=g("students_cannot_see_course", "staff", ["HGEO3.07"], [], [48213], schemes=["geo-elp"],
        note="teacher sees her course greyed, students enrolled but cannot see it (hidden course); link text is the Moodle course name")))

A(dict(fn="004-absent-du-bureau.eml", frm=("Bertrand Colas", "bertrand.colas@unicaen.fr"),
 subj="Absent du bureau : RE: [CEMU #318655] Cours archivé", date="2025-10-24 17:03",
 hdrs=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "bertrand.colas@unicaen.fr")],
 text="""Bonjour,

Je suis absent du bureau jusqu'au lundi 3 novembre 2025 inclus, avec un accès limité à ma messagerie.
Pour toute urgence concernant la scolarité du master Droit des affaires, merci de contacter scol-droit-master@unicaen.fr ou le 02 31 56 50 12.

Cordialement,
Bertrand Colas
""",
 gold=g("other", "unknown", auto=True, note="Outlook out-of-office reply to a CEMU ticket mail")))

A(dict(fn="005-droit-enseignant-non-inscrit.eml", frm=("Philippe Roussel", "philippe.roussel@unicaen.fr"),
 subj="Accès à mon cours de droit des obligations", date="2025-09-15 10:26", charset="windows-1252", cte="quoted-printable",
 hdrs=[("X-Mailer", "Microsoft Outlook 16.0")],
 text="""Madame, Monsieur,

Je suis chargé du cours magistral de Droit des obligations en L2 (code DL2 OBL3) depuis cette rentrée, en remplacement de Mme Faure partie en détachement. Or je ne suis pas inscrit dans l’espace Ecampus correspondant : je ne le vois pas dans mes cours et lorsque j’y accède par la recherche, la page m’indique que je ne peux pas m’inscrire moi-même dans ce cours.

Mes séances sont pourtant bien dans ADE (mardi 8h-10h, amphi Demolombe), depuis le 9 septembre.
Le secrétariat de L2 m’a dit de m’adresser à vous.

Je vous remercie par avance.
Bien à vous,

Philippe Roussel
Professeur de droit privé
UFR Droit, AES et Administration Économique et Sociale
Esplanade de la Paix – CS 14032 – 14032 CAEN Cedex 5
Tél. : 02 31 56 54 87
""",
 gold=g("teacher_not_enrolled", "staff", [("DL2OBL3", "DL2 OBL3")], [], [], schemes=["droit-elp"],
        note="new lecturer not enrolled as teacher in his L2 course although planned in ADE; code with a stray space")))

A(dict(fn="006-but-info-mauvais-groupe-tp.eml", frm=("Mathis Duval", "25020117@etu.unicaen.fr"),
 subj="Mauvais groupe de TP sur ecampus", date="2025-09-30 14:05", kind="alt",
 text="""Bonjour,

Je suis en BUT informatique 1ère année et sur Ecampus je suis dans le groupe TP2A dans le cours (IN1R1.01) Initiation au développement alors que je suis en TP1B depuis la rentrée (c'est ce qui est sur mon emploi du temps ADE et sur ma fiche d'IP).
Du coup je ne vois pas les rendus de mon groupe et le prof m'a dit de vous écrire.

Merci,
Mathis Duval
""",
 gold=g("wrong_group", "student", ["IN1R1.01", ("IN1-TP2A", "TP2A"), ("IN1-TP1B", "TP1B")], ["25020117"], [],
        schemes=["iut-elp", "iut-groupe"],
        note="BUT student placed in TP2A instead of TP1B; groups cited by short name; his number only in the sender address")))

A(dict(fn="007-musico-cours-introuvable.eml", frm=("Olivier Garnier", "olivier.garnier@unicaen.fr"),
 subj="cours MUS4ANA introuvable", date="2026-01-12 11:31", cte="base64",
 hdrs=[("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.5.2")],
 text="""Bonjour,

Je ne trouve pas sur Ecampus l'espace du cours d'analyse musicale de L2 (MUS4ANA, second semestre). L'an dernier il existait bien, j'y avais toutes mes partitions et enregistrements. Cette année rien, ni dans mes cours ni en cherchant dans la liste des cours.

On m'a dit à la scolarité qu'il avait été « mutualisé » avec le cours de L3 (MUS5ANA) mais je ne vois pas non plus ce dernier.

Pouvez-vous me dire ce qu'il en est ? Nous commençons le 26 janvier.

Cordialement,

--
Olivier Garnier
Département de musicologie
Bureau 112, bâtiment A, campus 1
""",
 gold=g("course_missing", "staff", ["MUS4ANA", "MUS5ANA"], [], [], schemes=["musico-elp"],
        note="teacher cannot find his S4 course (probably porté by the L3 course); base64 body")))

A(dict(fn="008-erasmus-database-error.eml", frm=("Giulia Rossi", "giulia.rossi@etu.unicaen.fr"),
 subj="Ecampus not working - database error", date="2025-10-19 09:47",
 text="""Hello,

I am an Erasmus student from Bologna (first semester, LEA). Since this morning I can't open Ecampus, the page only says:

Error: Database connection failed
It is possible that the database is overloaded or otherwise not running properly.

I have tried with Firefox and Chrome and also on my phone. I have a quiz to finish today before midnight for the course (LEA5U07) Business English and I am worried I will get 0.
Can you please check?

Thank you,
Giulia Rossi
student number 25108842
""",
 gold=g("database_error", "student", ["LEA5U07"], ["25108842"], [], lang="en", schemes=["lve-elp"],
        note="Erasmus student, Sunday morning, 'Database connection failed'")))

A(dict(fn="009-staps-cohorte-promo-l2.eml", frm=("Nathalie Pesquet", "nathalie.pesquet@unicaen.fr"),
 subj="Inscription de toute la promo L2 STAPS dans un espace", date="2025-10-06 15:40",
 text="""Bonjour,

Nous avons créé avec le responsable pédagogique un espace « Informations L2 STAPS 2025-2026 » (https://ecampus.unicaen.fr/course/view.php?id=51877) pour diffuser les plannings de stage et les conventions.

Nous souhaiterions y inscrire tous les étudiants de L2 (étape LSTAP2-112, environ 310 étudiants). Est-il possible de le faire via une cohorte ? Si oui laquelle choisir, car en cherchant « STAPS » j'en vois plusieurs (L2 STAPS, L2 STAPS Entraînement sportif, L2 STAPS APAS…) et je ne sais pas si elles se mettent à jour toutes seules quand un étudiant se réinscrit ou abandonne.

Merci,

Nathalie Pesquet
Gestionnaire de scolarité L2 STAPS
UFR STAPS
2 boulevard du Maréchal Juin – 14032 Caen Cedex 5
02 31 56 71 90
""",
 gold=g("cohort_question", "staff", [("LSTAP2", "LSTAP2-112")], [], [51877], schemes=["staps-etape"],
        note="secretary asks which cohort to use to enrol a whole étape in an information space; étape written with version")))

A(dict(fn="010-lve-liste-non-inscrits.eml", frm=("Sandrine Lefèvre", "sandrine.lefevre@unicaen.fr"),
 subj="Etudiants non inscrits - ESP3U01", date="2025-10-09 11:12", kind="html", charset="iso-8859-1", cte="quoted-printable",
 hdrs=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic", "Etudiants non inscrits - ESP3U01")],
 html=outlook([
  "Bonjour,",
  "",
  "Plusieurs enseignants de L2 LLCER espagnol me signalent que les étudiants ci-dessous ne figurent pas dans la liste des participants du cours ESP3U01 (Civilisation de l'Espagne contemporaine), alors que leur IP est faite depuis le 2 octobre (étape LCESP2, groupe de TD ESP3-TD2 pour les trois).",
  "",
  ("table", [["N° étudiant", "INE", "Nom", "Prénom"],
             ["24011358", "2403045871H", "HEBERT", "Jade"],
             ["24017790", "1605034412J", "MOREAU", "Enzo"],
             ["23009514", "0803021987F", "N'DIAYE", "Aminata"]]),
  "",
  "Pourriez-vous vérifier ?",
  "Merci,",
  "",
  "Sandrine Lefèvre",
  "Scolarité LLCER – UFR LVE\nBureau LV 023 – tél. 02 31 56 58 31",
 ], charset="iso-8859-1"),
 gold=g("not_enrolled", "staff", ["ESP3U01", "LCESP2", "ESP3-TD2"], ["24011358", "24017790", "23009514"], [],
        schemes=["lve-elp", "lve-etape", "lve-groupe"],
        note="secretary, HTML table of 3 students (number, INE, name) missing from ESP3U01 participants")))

A(dict(fn="011-cas-destination-finale.eml", frm=("Yanis Boukhari", "yanis.boukhari@etu.unicaen.fr"),
 subj="Connexion réussie mais rien ne se passe", date="2025-09-11 19:22", png="capture.png",
 text="""Bonjour,

quand je vais sur ecampus depuis google je tombe sur la page du CAS, je mets mon identifiant et mon mot de passe, ça me dit :

« Connexion réussie
Bienvenue 24006731. Vous vous êtes authentifié(e) auprès du Service Central d'Authentification. Toutefois, vous voyez cette page car CAS ne connaît pas votre destination finale ni comment vous y rediriger. »

et après plus rien, je reste bloqué sur cette page. Je vous mets une capture.
Comment je fais pour accéder à mes cours ?

Merci
Yanis Boukhari, L1 Droit
""",
 gold=g("cas_unknown_destination", "student", [], ["24006731"], [],
        note="student reaches CAS from a search engine; number appears inside the pasted CAS message")))

A(dict(fn="012-iae-trop-enseignants.eml", frm=("Claire Dumont", "claire.dumont@unicaen.fr"),
 subj="Enseignants inscrits dans mon cours de finance M1", date="2025-10-02 09:55", kind="html",
 hdrs=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic", "Enseignants inscrits dans mon cours de finance M1")],
 html=outlook([
  "Bonjour,",
  "",
  ("raw", '<p class="MsoNormal">Dans le cours «&nbsp;(IM1FIN03) Finance d\'entreprise approfondie&nbsp;» (<a href="https://ecampus.unicaen.fr/user/index.php?id=50412">https://ecampus.unicaen.fr/user/index.php?id=50412</a>), je vois 14 personnes avec le rôle Enseignant, dont une dizaine que je ne connais pas ou qui n\'interviennent pas dans ce cours (ils enseignent en M1 Marketing il me semble).<o:p></o:p></p>\n'),
  "Certains ont commencé à recevoir les notifications du forum et m'ont demandé pourquoi. Je n'ai inscrit personne manuellement.",
  "",
  "Nous sommes deux à enseigner ce cours (moi-même et M. Hamon, en TD pour le groupe des alternants IMF1ALT).",
  "Pouvez-vous faire le ménage ou me dire à qui m'adresser ?",
  "",
  "Cordialement,",
  "",
  "Claire Dumont",
  "Maître de conférences – IAE Caen",
  "3 rue Claude Bloch – 14000 Caen",
  "Tél +33 (0)2 31 56 65 20",
 ]),
 gold=g("too_many_teachers", "staff", ["IM1FIN03", ("IMF1-ALT", "IMF1ALT")], [], [50412], schemes=["iae-elp", "iae-groupe"],
        note="about ten teachers who do not teach the course are enrolled; participants link")))

A(dict(fn="013-psy-bloc-participants.eml", frm=("Jean-Marc Hamel", "jean-marc.hamel@unicaen.fr"),
 subj="Bloc participants disparu ??", date="2025-09-22 13:48",
 text="""Bonjour,
Depuis que j'ai repris mes cours, il n'y a plus le bloc Participants à droite de la page de mon cours de psycho (psy3c04). Je l'utilisais pour envoyer des messages aux étudiants. Où est-il passé ?
JM Hamel
""",
 gold=g("participants_block_missing", "staff", [("PSY3-C04", "psy3c04")], [], [], schemes=["psy-elp"],
        note="teacher misses the Participants block; code lowercase with dash dropped")))

A(dict(fn="014-nom-accent-errone.eml", frm=("Maëlys Le Goff", "maelys.legoff@etu.unicaen.fr"),
 subj="Erreur sur mon nom dans ecampus", date="2025-11-04 18:30", charset="iso-8859-1", cte="8bit",
 text="""Bonjour,

Sur Ecampus mon nom apparaît comme « Maelys LEGOFF » au lieu de « Maëlys Le Goff ». Ca pose problème parce que les enseignants ne me trouvent pas dans la liste quand ils cherchent « Le Goff ».
Pouvez-vous corriger ?

Mon numéro étudiant : 23011876

Merci,
Maëlys Le Goff
L3 Géographie
""",
 gold=g("wrong_name", "student", [], ["23011876"], [], note="name shown without accent and space; ISO-8859-1 8bit")))

A(dict(fn="015-sciences-cours-archives.eml", frm=("François Delaunay", "francois.delaunay@unicaen.fr"),
 subj="Mon cours est passé dans \"Archives\" ?!", date="2025-09-08 08:51",
 text="""Bonjour,

Ce matin en me connectant, j'ai constaté que mon cours de programmation de L2 informatique se trouve maintenant dans une catégorie « Archives » et s'appelle « (S3INF07) Programmation objet ». Les étudiants ne le voient plus.
https://ecampus.unicaen.fr/course/view.php?id=39904

Je n'ai rien modifié. J'ai vu qu'il y a un nouveau cours « (S3INF17) Programmation objet » complètement vide, créé début septembre...
Dois-je tout recopier ? J'ai 3 ans de contenus dedans (quiz, devoirs, banques de questions) et je ne sais pas qui a décidé ce changement.

Merci de m'éclairer.
F. Delaunay
Département d'informatique - UFR des Sciences
Campus 2, bâtiment Sciences 3, bureau S3-312
""",
 gold=g("course_moved_renamed", "staff", ["S3INF07", "S3INF17"], [], [39904], schemes=["sciences-elp"],
        note="course archived after its code changed (S3INF07 gone, new empty S3INF17)")))

A(dict(fn="016-caps-pas-inscrit-droit.eml", frm=("MEHDI", "mehdi.s76@hotmail.fr"),
 subj="URGENT PAS INSCRIT", date="2025-10-12 01:14",
 text="""BONJOUR JE SUIS PAS INSCRIT DANS LE COURS DE DROIT CONSTITUTIONNEL DL1CTS1 ALORS QUE JE SUIS EN L1 DROIT GROUPE TD 12. MON NUMERO ETUDIANT 25031907. LE PARTIEL BLANC EST LUNDI. MERCI DE FAIRE VITE
MEHDI SAIDI
""",
 gold=g("not_enrolled", "student", ["DL1CTS1", ("DL1-TD12", "TD 12")], ["25031907"], [], schemes=["droit-elp", "droit-groupe"],
        note="all caps student, hotmail address, not enrolled in constitutional law; code mistyped (letters swapped, real one is DL1CST1: DL1CTS1 does not exist); TD group by short name")))

A(dict(fn="017-visiting-lecturer-not-enrolled.eml", frm=("Sarah Mitchell", "s.mitchell@leeds.ac.uk"),
 subj="Access to my course on Ecampus", date="2026-01-14 16:20", kind="alt",
 text="""Dear colleagues,

I am a visiting lecturer at the IAE this semester (January–March 2026), teaching the module "International HRM" in the Master 2 RH (code IM2RHO11 according to the timetable).
I can log in to Ecampus with the guest account the IAE created for me, but I cannot see the course at all, and my colleague Dr Lebas tells me I should be listed as a teacher in it. Could you please add me?

My sessions are on Tuesdays, room IAE 204.

Kind regards,

Dr Sarah Mitchell
Associate Professor in HRM
Leeds University Business School
Maurice Keyworth Building, Leeds LS2 9JT
+44 113 343 4471
""",
 gold=g("teacher_not_enrolled", "unknown", ["IM2RHO11"], [], [], lang="en", schemes=["iae-elp"],
        note="visiting lecturer (outside address) not enrolled as teacher in her M2 module")))

A(dict(fn="018-tableau-de-bord-cours-s1.eml", frm=("Chloé Bertin", "chloe.bertin@etu.unicaen.fr"),
 subj="cours qui n'apparait plus sur mon tableau de bord", date="2026-01-19 20:02",
 text="""Bonjour,

Depuis la rentrée de janvier, le cours de cartographie du S1 (HGEO1.02) n'apparaît plus sur mon tableau de bord, alors que je peux y accéder quand je passe par le lien que la prof a mis sur le groupe WhatsApp : https://ecampus.unicaen.fr/course/view.php?id=47120 . J'en ai besoin pour réviser le rattrapage.
Les autres cours sont là. J'ai un filtre « En cours » dans la vue d'ensemble des cours, je ne sais pas si ça joue.

N° étudiant : 25 006 118

Merci !
Chloé
""",
 gold=g("course_not_on_dashboard", "student", ["HGEO1.02"], ["25006118"], [47120], schemes=["geo-elp"],
        note="past S1 course hidden from dashboard by the 'En cours' filter; number grouped 2-3-3")))

A(dict(fn="019-vacataire-profil-email.eml", frm=("Julien Perrin", "julien.perrin@cabinet-perrin-avocats.fr"),
 subj="Impossible d'accéder à Ecampus - page profil", date="2025-09-18 12:44", kind="html",
 html=outlook([
  "Bonjour,",
  "",
  "Je suis avocat et j'interviens cette année comme chargé de TD vacataire en L1 Droit (TD de droit civil, DL1CIV1, groupes DL1-TD03 et DL1-TD04). La faculté m'a créé un compte (identifiant jperrin2).",
  "",
  "Lors de ma première connexion sur Ecampus, j'arrive sur une page « Modifier le profil » qui me demande une adresse de courriel, mais le champ n'est pas modifiable et je ne peux pas aller plus loin. Je ne peux donc pas déposer les fiches de TD.",
  "",
  "Merci de votre aide.",
  "",
  "Maître Julien Perrin",
  "Avocat au Barreau de Caen",
  "12 rue Écuyère – 14000 Caen",
  "Tél : 02 31 85 40 22 – Fax : 02 31 85 40 23",
  "Toque n° 117",
 ]),
 gold=g("cannot_login", "unknown", ["DL1CIV1", "DL1-TD03", "DL1-TD04"], [], [], schemes=["droit-elp", "droit-groupe"],
        note="vacataire stuck on the profile page asking for an e-mail at first login")))
