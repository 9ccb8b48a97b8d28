from lib import *

M("001-vacataire-gmail-obligations.eml", ("Julien Marchetti", "julien.marchetti.avocat@gmail.com"),
  "Accès espace de cours droit des obligations", (2026, 12, 1, 8, 42),
  """Bonjour,

J'assure cette année, en tant que chargé d'enseignement vacataire, les travaux dirigés de droit des
obligations en deuxième année (code DR2OBL d'après la scolarité). J'ai deux groupes : le TD4 le
mardi à 14h et le TD5 le jeudi matin, salle S3-045.

Je me connecte sans difficulté à Ecampus mais je ne vois pas l'espace du cours, et quand je tape
DR2OBL dans la recherche on me dit que je n'ai pas les droits. Les étudiants m'indiquent pourtant
que M. Delaunay (le responsable du CM) y a déposé les fiches de TD.

Pourriez-vous m'inscrire comme enseignant ? La première séance a eu lieu hier, j'ai dû imprimer
les fiches pour 2 x 35 étudiants...

Bien à vous,

Julien Marchetti
Avocat au Barreau de Caen
12 rue Écuyère - 14000 Caen
Tél. 02 31 85 47 12 / 06 71 22 90 18
""", codes=[("DR2OBL", "DR2OBL"), ("DR2OBLTD4", "TD4"), ("DR2OBLTD5", "TD5")],
  symptom="teacher_not_enrolled", role="staff", schemes=[S_DR],
  note="vacataire (avocat) from gmail, role said in passing: not enrolled as teacher in his TD course")

M("002-doctorant-tp-info.eml", ("Mehdi Ouazzani", "mehdi.ouazzani@unicaen.fr"),
  "TP2 3INF.07 - les étudiants ne voient pas le cours", (2026, 12, 1, 10, 5),
  """Bonjour,

Je suis doctorant contractuel au GREYC et j'encadre cette année les TP de compilation en L3 info
(élément 3INF.07, j'ai le groupe TP2). Je suis bien enseignant dans l'espace
https://ecampus.unicaen.fr/course/view.php?id=58214 et j'y ai mis le sujet du TP noté.

Problème : les étudiants de mon groupe me disent qu'ils ne voient pas le cours du tout, ni dans
leur tableau de bord ni par la recherche. Le CM (M. Hébert) n'a pas eu de remontées.

Le TP noté est lundi 7 à 8h en salle S3-045, donc c'est un peu urgent.

Merci d'avance,
Mehdi Ouazzani
Doctorant - Équipe MAD, GREYC (UMR 6072)
Campus 2, bâtiment Sciences 3, bureau 325
""", codes=[("3INF.07", "3INF.07"), ("3INF07TP2", "TP2")], ids=[58214],
  symptom="students_cannot_see_course", role="staff", schemes=[S_INF],
  note="PhD student who teaches a TP group: his students cannot see the course")

M("003-doctorant-formation-tableau-de-bord.eml", ("Camille Rouault", "camille.rouault@unicaen.fr"),
  "Formation doctorale pédagogie - pas dans mes cours", (2026, 12, 1, 21, 17),
  """Bonsoir,

Inscrite en 2e année de thèse, je suis la formation "Pédagogie universitaire pour doctorants"
proposée par l'école doctorale (EDNC-F20). L'ED m'a confirmé mon inscription et d'ailleurs quand
j'utilise le lien qu'on nous a envoyé (https://ecampus.unicaen.fr/course/view.php?id=61234)
j'arrive bien dans le cours et je peux déposer mes travaux.

Par contre le cours n'apparaît pas dans mon tableau de bord, seulement les deux cours où
j'interviens comme chargée de TD. Est-ce normal ? Je voudrais éviter de devoir garder le lien
dans mes favoris.

Bonne soirée,
Camille Rouault
Doctorante, laboratoire LCMT
""", codes=[("EDNC-F20", "EDNC-F20")], ids=[61234], symptom="course_not_on_dashboard", role="student",
  schemes=[S_ED], note="PhD student (also teaches) writing as a learner about her own training course missing from the dashboard")

M("004-parent-fils-l1-droit.eml", ("Nathalie Girard", "nathalie.girard14@orange.fr"),
  "Mon fils ne voit pas un cours", (2026, 12, 2, 7, 55),
  """Bonjour Madame, Monsieur,

Je me permets de vous écrire pour mon fils Théo Girard, étudiant en première année de licence de
droit à Caen (numéro étudiant 26012345). Depuis la rentrée de novembre il n'a pas accès au cours de
droit constitutionnel sur Ecampus, alors que c'est marqué DR1 CON sur son emploi du temps et que
ses camarades de TD y ont accès.

Il n'ose pas vous écrire lui-même, il est un peu perdu avec toutes ces plateformes. Pouvez-vous
faire quelque chose ? Les partiels approchent.

Je vous remercie par avance.
Cordialement,
Nathalie Girard
06 12 45 78 90
""", charset="iso-8859-1", codes=[("DR1CON", "DR1 CON")], nums=["26012345"], symptom="not_enrolled",
  role="unknown", schemes=[S_DR], etapes=["DRL1"],
  note="mother writes for her son (L1 droit) who cannot see a course; code copied from timetable with a space")

M("005-alumni-en-login.eml", ("Priya Raman", "priya.raman91@hotmail.com"),
  "Access to my former course", (2026, 12, 2, 14, 30),
  """Hello,

I graduated last June from the Master in International Management and Trade at the IAE Caen.
I would like to download the feedback on my strategy case study, which is still on the course
page (IA2STR1) but my student login does not work any more: the CAS page says "invalid
credentials". My former student number was 21908876.

Is there any way to get a temporary access, or could someone send me the file?

Kind regards,
Priya Raman
Junior analyst, Lyon
""", codes=[("IA2STR1", "IA2STR1")], nums=["21908876"], symptom="cannot_login", role="unknown", lang="en",
  schemes=[S_IAE], note="alumna (outsider now) cannot log in any more to fetch a file")

M("006-scol-geo-fwd-pouvez-vous-regarder.eml", ("Sylvie Lecoq", "sylvie.lecoq@unicaen.fr"),
  "TR: pas de groupe en carto", (2026, 12, 2, 9, 12),
  """Pouvez-vous regarder ? Merci.

Sylvie Lecoq
Scolarité Géographie - UFR SEGGAT
Bureau SA 112 - 02 31 56 58 03

-----Message d'origine-----
De : Inès Bertrand <22104567@etu.unicaen.fr>
Envoyé : lundi 30 novembre 2026 18:41
À : scol.geographie@unicaen.fr
Objet : RE: pas de groupe en carto

Bonjour,
Je me permets de vous relancer, je suis toujours dans aucun groupe.
Inès

-----Message d'origine-----
De : scol.geographie@unicaen.fr
Envoyé : jeudi 26 novembre 2026 10:02
À : Inès Bertrand
Objet : RE: pas de groupe en carto

Bonjour, votre inscription pédagogique a été complétée, cela devrait s'arranger d'ici demain.

-----Message d'origine-----
De : Inès Bertrand <22104567@etu.unicaen.fr>
Envoyé : mercredi 25 novembre 2026 22:15
Objet : pas de groupe en carto

Bonsoir, je suis en L2 géographie et sur Ecampus dans le cours de cartographie (G2-CART) je ne suis
dans aucun groupe alors que je vais en TD2 le vendredi avec Mme Pottier. Du coup je ne vois pas les
devoirs à rendre pour le groupe. Merci de votre aide, Inès Bertrand
""", codes=[("G2-CART", "G2-CART"), ("G2CARTTD2", "TD2")], nums=["22104567"], symptom="wrong_group",
  role="staff", schemes=[S_GEO], etapes=["LGEO2"],
  note="secretary forwards a student's long thread with a one-line request; student in no group; programme named only in the forward")

M("007-porteur-porte-histoire.eml", ("Hervé Duchemin", "herve.duchemin@unicaen.fr"),
  "Cours mutualisé M1 / L3 : les L3 ne voient rien", (2026, 12, 2, 16, 48),
  """Bonjour,

Mon séminaire d'histoire des relations internationales est mutualisé cette année : les M1
(M.1HRP9C) et les L3 qui le suivent en option (ils ont le code 2HR5C sur leur contrat
pédagogique, d'après la scolarité c'est le "porté").

Les M1 voient le cours. Les L3 non : aucun ne le trouve, et je ne les vois pas dans les
participants. La scolarité me dit que c'est à cause de la mutualisation et que c'est le cours
du porteur qui doit les accueillir. Pouvez-vous vérifier ?

Cordialement,
H. Duchemin
MCF Histoire contemporaine - UFR HSS
""", html="""<html><body><p>Bonjour,</p>
<p>Mon séminaire d'histoire des relations internationales est mutualisé cette année : les M1
(<b>M.1HRP9C</b>) et les L3 qui le suivent en option (ils ont le code <b>2HR5C</b> sur leur contrat
pédagogique, d'après la scolarité c'est le &laquo; porté &raquo;).</p>
<p>Les M1 voient le cours. Les L3 non : aucun ne le trouve, et je ne les vois pas dans les
participants. La scolarité me dit que c'est à cause de la mutualisation et que c'est le cours
du porteur qui doit les accueillir. Pouvez-vous vérifier ?</p>
<p>Cordialement,<br>H. Duchemin<br>MCF Histoire contemporaine - UFR HSS</p></body></html>""",
  codes=[("M.1HRP9C", "M.1HRP9C"), ("2HR5C", "2HR5C")], symptom="students_cannot_see_course", role="staff",
  schemes=[S_HSS, S_HSSP], note="teacher of a mutualised course: students of the porté element cannot see it")

M("008-stagiaire-fc-ducg.eml", ("Frédéric Lemonnier", "fred.lemonnier50@gmail.com"),
  "Module comptabilité inaccessible", (2026, 12, 3, 12, 20),
  """Bonjour,

Stagiaire de la formation continue, je suis le DU Capacité de gestion des entreprises à distance
depuis septembre (financement CPF). J'ai accès à tous les modules sauf "Gestion financière",
ducg 04 sur le planning. Quand je clique dessus depuis la page d'accueil du DU, j'ai le message
"Vous ne pouvez pas vous inscrire vous-même dans ce cours".

Je travaille à temps plein, je ne peux me connecter que le soir et le week-end, merci de me
répondre par mail.

Frédéric Lemonnier
""", charset="windows-1252", codes=[("DUCG04", "ducg 04")], symptom="not_enrolled", role="student",
  schemes=[S_DU], etapes=["DUCGE"], note="continuing-education trainee from gmail, not enrolled in one module; code lower case with a space")

M("009-maitre-apprentissage-iae.eml", ("Olivier Pasquier", "o.pasquier@normandie-logistique.fr"),
  "Accès Ecampus de notre alternante", (2026, 12, 3, 15, 2),
  """Bonjour,

Je suis le maître d'apprentissage de Mlle Clara Vautier (n° étudiant 22011234), en alternance
chez nous dans le cadre du M1 MCI de l'IAE. Elle m'indique qu'elle n'a pas accès au cours de
gestion des ressources humaines (IA1RH1) et qu'elle n'apparaît pas dans le groupe des alternants,
ce qui l'empêche de rendre le dossier que nous devons valider ensemble.

Pourriez-vous regarder ce qui bloque ? Je reste joignable au 02 31 44 80 00.

Cordialement,

Olivier Pasquier
Responsable RH - Normandie Logistique SAS
ZA du Mont Coco, 14000 Caen - SIRET 512 345 678 00021
""", codes=[("IA1RH1", "IA1RH1"), ("IA1ALT", "groupe des alternants")], nums=["22011234"],
  symptom="not_enrolled", role="unknown", schemes=[S_IAE], etapes=["IAEMC1"],
  note="company tutor (external partner) writes for his apprentice: not enrolled in a course")

M("010-collegue-pas-enseignante.eml", ("Bruno Lefèvre", "bruno.lefevre@unicaen.fr"),
  "Inscription d'une collègue comme enseignante", (2026, 12, 3, 17, 33),
  """Bonjour,

Ma collègue Anne Lebrun (MCF, arrivée en septembre) assure avec moi les enseignements de
psychopathologie de l'adulte et d'entretien clinique en M1 : PSM1-14 et PSM1-15. Elle n'est
inscrite comme enseignante dans aucun des deux espaces, elle n'y a qu'un accès invité.

Elle est en déplacement cette semaine, je vous écris donc à sa place. Son adresse est
anne.lebrun@unicaen.fr.

Merci beaucoup,
Bruno Lefèvre
Professeur de psychologie clinique
""", codes=[("PSM1-14", "PSM1-14"), ("PSM1-15", "PSM1-15")], symptom="teacher_not_enrolled", role="staff",
  schemes=[S_PSY], note="teacher asks for a colleague not enrolled as teacher")

M("011-erasmus-incoming-en.eml", ("Lukas Brandt", "lukas.brandt@gmx.de"),
  "Cannot see my English course", (2026, 12, 4, 9, 0),
  """Dear Ecampus team,

I am an Erasmus exchange student from Universität Leipzig, here for the whole year. My learning
agreement includes the translation course AN-20A but I do not see it on Ecampus. All my other
courses are there. My student number is 22307788.

I write from my private address because my university mail is not forwarding properly.

Thank you very much,
Lukas Brandt
""", cte="b64", codes=[("AN-20A", "AN-20A")], nums=["22307788"], symptom="not_enrolled", role="student", lang="en",
  schemes=[S_LVE], note="incoming Erasmus student from a personal address, not enrolled in one course")

M("012-visiting-lecturer-cas-en.eml", ("Maria Gonçalves", "mgoncalves.uc@gmail.com"),
  "Login loop", (2026, 12, 4, 11, 26),
  """Hello,

I log in with the username I was given in October and I get a page saying "Connexion réussie"
and then that CAS does not know my final destination. I never reach the course. I found the page
by typing "unicaen cas" in Google.

I need to upload the reading list for my seminar (M.1HRP7C) before Monday.

Best,
Maria Gonçalves
--
Visiting lecturer, UFR HSS, Université de Caen Normandie (Oct.-Dec. 2026)
Associate Professor, Universidade de Coimbra
""", codes=[("M.1HRP7C", "M.1HRP7C")], symptom="cas_unknown_destination", role="staff", lang="en",
  schemes=[S_HSS], note="visiting lecturer, role only in the signature; CAS unknown destination")

M("013-vacataire-profil-sans-email.eml", ("Sandrine Hue", "sandrine.hue@yahoo.fr"),
  "Bloquée sur la page profil", (2026, 12, 4, 13, 45),
  """Bonjour,

A chaque connexion à Ecampus j'arrive sur "Modifier le profil" avec un message disant qu'il manque
mon adresse de courriel, et le champ est grisé, je ne peux rien saisir. Je ne peux donc aller nulle
part.

Je dois mettre en ligne les sujets pour mes étudiants de BGE1R05 (expression-communication)
avant les vacances.

Merci,
Sandrine Hue
Chargée d'enseignement vacataire - IUT Grand Ouest Normandie, département GEA
""", codes=[("BGE1R05", "BGE1R05")], symptom="cannot_login", role="staff", schemes=[S_GEA],
  note="vacataire from yahoo, blocked on profile page without email (FAQ case)")

M("014-scol-pharma-fwd-trop-enseignants.eml", ("Martine Guérin", "martine.guerin@unicaen.fr"),
  "TR: trop d'enseignants dans le cours de pharmaco", (2026, 12, 4, 15, 10),
  """Bonjour,

Je vous transfère la demande du Pr Roussel. Merci de votre aide.

Martine Guérin
Scolarité UFR Santé - pharmacie
Tél : 02 31 56 82 17

---------- Message transféré ----------
De : Pierre Roussel <pierre.roussel@unicaen.fr>
Date : jeu. 3 déc. 2026 à 18:02
Objet : trop d'enseignants dans le cours de pharmaco
À : Martine Guérin <martine.guerin@unicaen.fr>

Martine,
Dans l'espace de pharmacologie clinique (PHA4U12) il y a 23 enseignants inscrits, dont des
collègues qui n'interviennent plus depuis deux ans. Les étudiants reçoivent des annonces de
partout. Peux-tu faire le nécessaire ?
PR
""", codes=[("PHA4U12", "PHA4U12")], symptom="too_many_teachers", role="staff", schemes=[S_PHA],
  note="secretary forwards a professor's complaint about too many teachers")

M("015-tuteur-etudiant-g1.eml", ("Yanis Ferrand", "yanis.ferrand@unicaen.fr"),
  "Accès tuteur cours environnement L1", (2026, 12, 5, 10, 3),
  """Bonjour,

Je suis étudiant en M2 mais aussi tuteur (contrat étudiant) pour les L1 de géographie en
environnement, G1-ENV. La responsable, Mme Pottier, m'a dit que je serais inscrit dans l'espace
avec un rôle d'enseignant non éditeur pour suivre les forums, mais rien n'a bougé depuis trois
semaines. Je n'ai accès qu'à mes propres cours de M2.

Merci !
Yanis Ferrand
Tuteur L1 - UFR SEGGAT
""", codes=[("G1-ENV", "G1-ENV")], symptom="teacher_not_enrolled", role="staff", schemes=[S_GEO],
  note="M2 student employed as tutor writes about his tutor (teaching) role: treated as staff")

M("016-enseignant-fwd-etudiant-login.eml", ("Hélène Costard", "helene.costard@unicaen.fr"),
  "Fwd: problème de connexion", (2026, 12, 5, 11, 40),
  """Bonjour,
Je vous transfère ce message d'un étudiant, je ne sais pas quoi lui répondre.
Bonne journée,
Hélène Costard

---------- Forwarded message ---------
From: Axel Moreau <axel.moreau@etu.unicaen.fr>
Date: Fri, Dec 4, 2026 at 11:07 PM
Subject: problème de connexion
To: <helene.costard@unicaen.fr>

bonsoir madame,
je suis en L1 informatique dans votre groupe de TP d'algo. depuis hier mon mot de passe est
refusé sur ecampus et sur la messagerie, j'ai essayé de le réinitialiser mais je ne recois pas
le sms. donc je ne peux pas rendre le TP.
axel moreau
num etudiant 26104433
""", codes=[], nums=["26104433"], symptom="cannot_login", role="staff", schemes=[],
  etapes=["LINF1"], note="teacher forwards a student's login problem; programme named only in the forward")

M("017-de-gea-tableau-tp.eml", ("Karine Osmont", "karine.osmont@unicaen.fr"),
  "BUT GEA 1 - étudiants absents du groupe TP2B", (2026, 12, 5, 14, 11),
  "", html_only=True, cte="b64", html="""<html><body>
<p>Bonjour,</p>
<p>En tant que directrice des études de 1re année, je vous signale que les étudiants ci-dessous
suivent le TP2B mais n'apparaissent pas dans le groupe <b>BGE1TP2B</b> dans le cours
BGE1R03 (introduction à la comptabilité). Ils sont dans le cours, mais sans groupe, ou dans le TP1A.</p>
<table border="1" cellpadding="3">
<tr><th>Nom</th><th>N° étudiant</th><th>Groupe Ecampus</th></tr>
<tr><td>DUVAL Emma</td><td>26003311</td><td>aucun</td></tr>
<tr><td>KONE Ibrahim</td><td>26003418</td><td>TP1A</td></tr>
<tr><td>LEROY Jade</td><td>26003502</td><td>aucun</td></tr>
<tr><td>MARIE Tom</td><td>26003577</td><td>aucun</td></tr>
</table>
<p>La promo fait 112 étudiants, les autres groupes semblent corrects.</p>
<p>Cordialement,<br>Karine Osmont<br>Directrice des études BUT GEA 1<br>IUT Grand Ouest Normandie - Tél. 02 31 56 70 42</p>
</body></html>""",
  codes=[("BGE1TP2B", "BGE1TP2B"), ("BGE1R03", "BGE1R03"), ("BGE1TP1A", "TP1A")],
  nums=["26003311", "26003418", "26003502", "26003577"], symptom="wrong_group", role="staff",
  schemes=[S_GEA], note="director of studies, HTML-only table of students in the wrong/no group")

M("018-pere-en-fille-pharma.eml", ("Robert Mensah", "r.mensah@outlook.com"),
  "My daughter cannot see her courses", (2026, 12, 6, 19, 4),
  """Good evening,

My daughter Abena Mensah (student number 25007742) is studying pharmacy in Caen. She tells me
that since last week most of her courses have vanished from Ecampus and she cannot access the
toxicology course PHA4U13 at all. She has exams in January.

She is very stressed and asked me to write to you because her French is not yet very good.
Could you please check her enrollment?

Thank you,
Robert Mensah
Accra, Ghana
""", codes=[("PHA4U13", "PHA4U13")], nums=["25007742"], symptom="not_enrolled", role="unknown", lang="en",
  schemes=[S_PHA], note="father writes in English for his daughter, who lost access to her courses")

M("019-lve-porte-participants.eml", ("Claire Jouan", "claire.jouan@unicaen.fr"),
  "AN-10B porté par AN-10A : étudiants absents des participants", (2026, 12, 7, 8, 30),
  """Bonjour,

Depuis cette année l'EC de traduction AN-10B (parcours LEA) est porté par AN-10A, et les deux
promotions sont réunies dans un seul espace : https://ecampus.unicaen.fr/course/view.php?id=47731

Or, dans la liste des participants, je n'ai que les LLCER (environ 140). Les 60 étudiants de LEA
qui ont AN-10B sur leur contrat n'y sont pas. La scolarité m'assure qu'ils sont inscrits
pédagogiquement.

Merci de votre aide,
Claire Jouan
PRAG anglais - Département LVE
""", codes=[("AN-10B", "AN-10B"), ("AN-10A", "AN-10A")], ids=[47731], symptom="not_enrolled",
  role="staff", schemes=[S_LVE], note="teacher: students of the porté element missing from the porteur course participants")

M("020-inspe-mutualise-m2.eml", ("Patrice Lamy", "patrice.lamy@unicaen.fr"),
  "cours mutualisé M1/M2 invisible pour les M2", (2026, 12, 7, 9, 58),
  """Bonjour,

J'enseigne l'analyse de pratiques en M1 et M2 MEEF premier degré. Depuis la rentrée, le cours
1CA153 est mutualisé avec 2CA210 : un seul espace pour les deux années. Mes étudiants de M2 MEEF
premier degré me disent qu'ils ne voient pas le cours alors que les M1 y sont.

Je suis en formation toute la semaine sur le site d'Alençon, merci de me répondre par mail.

Patrice Lamy
Formateur INSPE Normandie Caen
""", html="""<div>Bonjour,<br><br>J'enseigne l'analyse de pratiques en M1 et M2 MEEF premier degré.
Depuis la rentrée, le cours <span>1CA153</span> est mutualisé avec <span>2CA210</span> : un seul espace pour les
deux années. Mes étudiants de M2 MEEF premier degré me disent qu'ils ne voient pas le cours alors
que les M1 y sont.<br><br>Je suis en formation toute la semaine sur le site d'Alençon, merci de me
répondre par mail.<br><br>Patrice Lamy<br>Formateur INSPE Normandie Caen</div>""",
  charset="iso-8859-1", codes=[("1CA153", "1CA153"), ("2CA210", "2CA210")],
  symptom="students_cannot_see_course", role="staff", schemes=[S_INSPE], etapes=["MEEF2"],
  note="INSPE trainer: mutualised course invisible to the M2 students")

M("021-etu-sms-droit-admin.eml", ("", "23005511@etu.unicaen.fr"),
  "cours", (2026, 12, 7, 23, 51),
  """slt
jsuis en L2 droit et jvois tjr pas le cours de droit admin sur ecampus (DR2ADM) alors que mes potes
l ont depuis 3 semaines. ca fait 2 fois que j ecris a la scol. c est quoi le pb ???
""", cte="8bit", codes=[("DR2ADM", "DR2ADM")], nums=["23005511"], symptom="not_enrolled", role="student",
  schemes=[S_DR], etapes=["DRL2"], note="student, SMS style, from numeric address; not enrolled")

M("022-absence-scolarite.eml", ("Sophie Marcel", "sophie.marcel@unicaen.fr"),
  "Réponse automatique : [CEMU #448812] Inscription DR3FIS", (2026, 12, 8, 7, 1),
  """Bonjour,

Je suis absente du 7 au 11 décembre inclus. Pour toute question urgente, merci de contacter le
secrétariat de la licence de droit au 02 31 56 54 00 ou scol.droit@unicaen.fr.

Cordialement,
Sophie Marcel
""", extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
  codes=[], symptom="other", role="unknown", auto=True, schemes=[],
  note="out-of-office of a secretary; code only in the ticket subject")
# the subject cites DR3FIS: gold counts it below
GOLD["022-absence-scolarite.eml"]["apogee_codes"] = ["DR3FIS"]
GOLD["022-absence-scolarite.eml"]["apogee_codes_as_written"] = ["DR3FIS"]
GOLD["022-absence-scolarite.eml"]["schemes"] = [S_DR]

M("023-bounce.eml", ("Mail Delivery System", "MAILER-DAEMON@smtp.unicaen.fr"),
  "Undelivered Mail Returned to Sender", (2026, 12, 8, 10, 14),
  """This is the mail system at host smtp.unicaen.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<lea.brunet@etu.unicaen.fr>: host mx.etu.unicaen.fr[10.14.2.8] said: 550 5.1.1
    User unknown (in reply to RCPT TO command)

------ Original message ------
From: cemu.assistance@unicaen.fr
To: lea.brunet@etu.unicaen.fr
Subject: Re: [CEMU #448901] cours PSM2-03

Bonjour, pourriez-vous nous indiquer votre numéro étudiant ?
""", extra=[("Auto-Submitted", "auto-generated")], codes=[("PSM2-03", "PSM2-03")], symptom="other",
  role="unknown", lang="en", auto=True, schemes=[S_PSY], note="bounce; a code appears in the returned message")

M("024-spam-quota.eml", ("Service Messagerie", "admin-webmail@unicaen-securite.com"),
  "Votre boîte aux lettres a atteint 98% de sa capacité", (2026, 12, 8, 3, 22),
  """Cher utilisateur,

Votre boîte aux lettres a atteint 98% de sa capacité (Office 365, quota 50 Go). Pour éviter la
suspension de votre compte sous 24h, validez vos identifiants ici :
http://unicaen-securite.com/validation?id=88291

Service informatique
""", codes=[], symptom="other", role="unknown", schemes=[], note="phishing spam")

M("025-merci-regle-amenagement.eml", ("Gaëlle Rivière", "gaelle.riviere@unicaen.fr"),
  "Re: [CEMU #447920] Groupes vides G3-AMEN", (2026, 12, 8, 14, 2),
  """C'est réglé, tous les groupes sont remplis ce matin. Merci beaucoup pour la rapidité !

Gaëlle Rivière

Le 7 déc. 2026 à 16:20, cemu.assistance@unicaen.fr a écrit :
> Bonjour,
> Les inscriptions pédagogiques aux groupes de G3-AMEN ont été saisies hier par la scolarité :
> la synchronisation de cette nuit devrait remplir les trois groupes de TD.
> Cordialement, le CEMU
>
> Le 7 déc. 2026 à 09:11, Gaëlle Rivière a écrit :
>> Bonjour, dans mon cours G3-AMEN les trois groupes de TD sont vides.
""", reply_to_id="<447920.cemu@unicaen.fr>", codes=[("G3-AMEN", "G3-AMEN")], symptom="other",
  role="staff", schemes=[S_GEO], note="teacher's thanks, problem solved; codes in quoted history")

M("026-etu-erreur-bdd.eml", ("Noémie Laisné", "noemie.laisne@etu.unicaen.fr"),
  "Erreur de lecture de la base de données", (2026, 12, 9, 8, 3),
  """Bonjour,

Quand je veux ouvrir le quiz de statistiques (G3-STAT) j'ai le message "Erreur de lecture de la
base de données". J'ai essayé sur Firefox et Chrome, et sur mon téléphone. Le quiz ferme à 12h.

Noémie Laisné
L3 géographie
""", attach=[("capture_erreur.png", "png")], codes=[("G3-STAT", "G3-STAT")], symptom="database_error",
  role="student", schemes=[S_GEO], etapes=["LGEO3"], note="student gets a database read error; screenshot attached")

M("027-vacataire-participants.eml", ("Thomas Renaud", "thomas.renaud.pro@gmail.com"),
  "où sont les participants ?", (2026, 12, 9, 9, 47),
  """Bonjour,

J'interviens comme vacataire dans le cours de marketing du DU (DUCG05). Dans l'ancienne version
il y avait un bloc "Participants" à droite pour voir la liste des stagiaires, je ne le trouve plus.
Où est-il passé ?

Thomas Renaud
Consultant marketing - 06 44 18 27 90
""", codes=[("DUCG05", "DUCG05")], symptom="participants_block_missing", role="staff", schemes=[S_DU],
  note="vacataire from gmail cannot find the Participants block")

M("028-scol-du-cohorte.eml", ("Isabelle Hamel", "isabelle.hamel@unicaen.fr"),
  "Cohorte DU Capacité de gestion", (2026, 12, 9, 10, 30),
  """Bonjour,

Nous venons d'ouvrir un espace complémentaire "Vie de la promo" pour les stagiaires du DU
(étape DUCGE). Peut-on y ajouter la cohorte de l'étape pour que tous les inscrits y soient
automatiquement, y compris ceux qui s'inscriront en janvier ? Et faudra-t-il la retirer à la fin
de l'année ?

Cordialement,
Isabelle Hamel
Service Formation Continue - SUFCA
""", codes=[("DUCGE", "DUCGE")], symptom="cohort_question", role="staff", schemes=[S_DU, S_ETP],
  note="continuing-education staff asks about adding a cohort")

M("029-cours-archive-info.eml", ("Stéphane Bouvier", "stephane.bouvier@unicaen.fr"),
  "Mon cours a été déplacé dans Archives", (2026, 12, 9, 15, 55),
  """Bonjour,

Mon cours de réseaux de L3 (3INF.04) se retrouve ce matin dans la catégorie "Archives 2025-2026"
et porte le nom "(3INF.04) Réseaux 3 [archivé]". Tout le contenu y est mais les étudiants
n'y ont plus accès. Aucun changement n'a été annoncé en conseil de département.

Stéphane Bouvier
""", codes=[("3INF.04", "3INF.04")], symptom="course_moved_renamed", role="staff", schemes=[S_INF],
  note="teacher: course moved to archives and renamed")

M("030-vacataire-cours-inexistant.eml", ("Laura Petit", "laura.petit@unicaen.fr"),
  "Cours SIG 2 introuvable", (2026, 12, 10, 8, 15),
  """Bonjour,

Je suis ingénieure d'études au labo et je fais cette année quelques heures de TD de SIG en L2
(G2-SIG2). Je ne trouve aucun espace pour ce cours sur Ecampus, alors que G2-SIG1 existe bien.
Faut-il le créer à la main ?

Laura Petit
IGE - UMR IDEES
""", codes=[("G2-SIG2", "G2-SIG2"), ("G2-SIG1", "G2-SIG1")], symptom="course_missing", role="staff",
  schemes=[S_GEO], note="research engineer teaching a few hours: course does not exist")

M("031-stagiaire-nom-errone.eml", ("Véronique Lebaron", "v.lebaron@laposte.net"),
  "Erreur sur mon nom", (2026, 12, 10, 11, 11),
  """Bonjour,

Sur la plateforme mon nom apparaît "LEBARRON Veronique" au lieu de "LEBARON Véronique". C'est
gênant car les attestations de suivi du DU sont générées avec ce nom. J'ai déjà signalé l'erreur
au service de formation continue en octobre.

Merci,
V. Lebaron
Stagiaire FC - DU Capacité de Gestion des Entreprises (à distance)
""", charset="iso-8859-1", codes=[], symptom="wrong_name", role="student", schemes=[],
  etapes=["DUCGE"], note="continuing-education trainee from laposte.net, name misspelt; role in signature")

M("032-etu-pharma-tableau-de-bord.eml", ("Lina Haddad", "lina.haddad@etu.unicaen.fr"),
  "Cours disparu du tableau de bord", (2026, 12, 10, 13, 37),
  """Bonjour,

Le cours de toxicologie (PHA4U13) n'apparaît plus dans "Mes cours" ni sur le tableau de bord,
mais si je le cherche avec la barre de recherche je le retrouve et je peux y entrer normalement.
Mon filtre est sur "En cours".

Merci,
Lina
""", codes=[("PHA4U13", "PHA4U13")], symptom="course_not_on_dashboard", role="student", schemes=[S_PHA],
  note="student: enrolled but course not on dashboard")

M("033-ater-en-groupes-vides.eml", ("Daniel Okafor", "daniel.okafor@unicaen.fr"),
  "Empty groups in 2INF.11", (2026, 12, 10, 16, 5),
  """Hi,

I'm a temporary lecturer (ATER) in computer science this year and I teach the lab sessions of the
web programming course, 2INF.11. The groups TP1, TP2, TP3 and TP4 exist in the course but they are all
empty, so I cannot set group-specific deadlines. The students themselves are enrolled in the
course (98 participants).

Could you help? I'm in office S3-211 on Tuesdays, ext. 5632.

Daniel Okafor
""", cte="b64", codes=[("2INF.11", "2INF.11"), ("2INF11TP1", "TP1"), ("2INF11TP2", "TP2"), ("2INF11TP3", "TP3"), ("2INF11TP4", "TP4")], symptom="wrong_group",
  role="staff", lang="en", schemes=[S_INF], note="ATER writing English from @unicaen.fr: groups are empty")

M("034-scol-lve-fwd-erasmus-s2.eml", ("Anne-Sophie Picot", "anne-sophie.picot@unicaen.fr"),
  "TR: cours d'anglais", (2026, 12, 11, 9, 20),
  """Pouvez-vous regarder ?

ASP

De : Manon Tessier <manon.tessier@etu.unicaen.fr>
Envoyé : jeudi 10 décembre 2026 20:03
À : scolarite.lve@unicaen.fr
Objet : cours d'anglais

Bonjour,
Je pars en Erasmus à Cork seulement au second semestre, mais je n'ai accès à aucun cours ce
semestre, notamment AN-11A dont le partiel est dans 10 jours. Sur Ecampus je ne suis inscrite
nulle part. Mon numéro étudiant est 24005219.
Merci d'avance,
Manon Tessier
""", codes=[("AN-11A", "AN-11A")], nums=["24005219"], symptom="not_enrolled", role="staff",
  schemes=[S_LVE], note="secretary forwards with one line; student leaving for Erasmus S2 only, not enrolled anywhere")

M("035-etu-pour-un-ami.eml", ("Hugo Letellier", "hugo.letellier@etu.unicaen.fr"),
  "pour un ami - pas inscrit", (2026, 12, 11, 12, 0),
  """Bonjour,

J'écris pour un camarade de promo qui n'a plus accès à sa messagerie : Kevin Duhamel, numéro
23007810. Il n'est pas inscrit dans le cours d'algorithmique de L2 (2INF.01), il n'apparaît pas
dans la liste des participants (j'ai vérifié). Il a un TP noté mercredi.

Vous pouvez lui répondre à kevin.duhamel.14@gmail.com.

Merci,
Hugo
""", codes=[("2INF.01", "2INF.01")], nums=["23007810"], symptom="not_enrolled", role="student",
  schemes=[S_INF], note="student writes for a friend who is not enrolled")
