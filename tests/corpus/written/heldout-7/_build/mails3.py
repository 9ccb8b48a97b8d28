from lib import M, PNG, pdf
MAILS = []
A = MAILS.append

A(M(fn="045-english-name-without-accent.eml",
  frm=("José Ángel Ramírez", "joseangel.ramirez@gmail.com"),
  subject="My name is displayed wrong on Ecampus",
  date="2025-10-15 21:20", client="gmail", form="alt",
  text="""Hi,

On Ecampus my name appears as "RAMIREZ GARCIA Jose" – my first name is José Ángel and my surname is Ramírez García. Teachers keep calling me "Jose Ramirez" on the forum and in the grade book, and one of them thought I was another student.

Is it possible to fix this? My student number is 25712009. I'm in the L3 LEA English-Spanish.

Thanks!
José Ángel
""",
  g=dict(codes=[], stu=["25712009"], ids=[], sym="wrong_name", role="student", lang="en", schemes=[],
         note="English student: first name/surname truncated and unaccented on Ecampus")))

A(M(fn="046-medecine-database-connection-failed.eml",
  frm=("Pr Arnaud Lecoq", "arnaud.lecoq@unicaen.fr"),
  subject="URGENT examen en ligne - Ecampus inaccessible",
  date="2026-01-11 09:41", client="outlook", form="html",
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body lang="FR">
<div class="WordSection1">
<p class="MsoNormal">Bonjour,</p>
<p class="MsoNormal">Les étudiants de PASS composent en ce moment l’épreuve d’entraînement de l’UE MED1.A03 (Biologie cellulaire) sur Ecampus – <a href="https://ecampus.unicaen.fr/mod/quiz/view.php?id=1183344">test</a> dans le cours <a href="https://ecampus.unicaen.fr/course/view.php?id=52840">https://ecampus.unicaen.fr/course/view.php?id=52840</a> – et depuis 9h25 tout le monde a ce message :</p>
<div style="margin-top:1em;color:#990000;text-align:center;background-color:#ffffee;border:1px solid black;padding:15px">
<p style="margin:0px">Error: Database connection failed</p>
<p style="margin:0px">It is possible that the database is overloaded or otherwise not running properly.</p>
<p style="margin:0px">The site administrator should also check that the database details have been correctly specified in config.php</p></div>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Environ 600 étudiants, amphis Bergson et PMF. Combien de temps cela va-t-il durer&nbsp;? Dois-je annuler l’épreuve&nbsp;?</p>
<p class="MsoNormal">Pr A. Lecoq – Responsable UE – 06 80 12 55 73</p>
</div></body></html>
""",
  g=dict(codes=[("MED1.A03", "MED1.A03")], stu=[], ids=[52840], sym="database_error", role="staff",
         schemes=["health MED<year>.<bloc><nn>"], note="teacher during Sunday morning online exam: Database connection failed")))

A(M(fn="047-iut-admin-enseignants-non-inscrits-tableau.eml",
  frm=("Florence Tanguy", "florence.tanguy@unicaen.fr"),
  subject="Enseignants non inscrits dans leurs espaces Ecampus (S1/S3/S2)",
  date="2025-09-23 16:05", client="outlook", form="alt", cte="quoted-printable",
  text=None,
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="FR"><div class="WordSection1">
<p class="MsoNormal">Bonjour,</p>
<p class="MsoNormal">Plusieurs enseignants de l’IUT (sites de Caen et d’Ifs) nous signalent qu’ils ne sont pas inscrits en tant qu’enseignants dans les espaces de leurs ressources. Toutes les séances sont pourtant planifiées dans ADE avec leur nom.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><th>Enseignant</th><th>Code Apogée</th><th>Ressource / SAÉ</th><th>Dept</th></tr>
<tr><td>Mme Lesage</td><td>GEAR1.06</td><td>Droit des affaires</td><td>GEA</td></tr>
<tr><td>M. Ouvry</td><td>GEAS2.01</td><td>SAÉ 2.01 Analyse de la performance</td><td>GEA</td></tr>
<tr><td>M. Kerbrat</td><td>infr1.01</td><td>Initiation au développement</td><td>INFO</td></tr>
<tr><td>Mme Deschamps</td><td>MMI R2.08</td><td>Production graphique</td><td>MMI</td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Pour M. Kerbrat, il s’agit d’un vacataire recruté fin août (contrat n° V-2025-0871).</p>
<p class="MsoNormal">Merci de nous dire s’il faut corriger quelque chose côté ADE.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Florence Tanguy<br>Responsable administrative – IUT Grand Ouest Normandie<br>Direction des études – bât. A, bureau A-204 – 02 31 56 70 10</p>
</div></body></html>
""",
  g=dict(codes=[("GEAR1.06", "GEAR1.06"), ("GEAS2.01", "GEAS2.01"), ("INFR1.01", "infr1.01"), ("MMIR2.08", "MMI R2.08")], stu=[], ids=[],
         sym="teacher_not_enrolled", role="staff", schemes=["BUT <DEPT>R<sem>.<nn>", "BUT <DEPT>S<sem>.<nn> (SAE)"],
         note="IUT admin: 4 teachers not enrolled in their courses, HTML table")))

A(M(fn="048-sms-natation-tableau-de-bord.eml",
  frm=("theo", "theo.lbrn14@gmail.com"),
  subject="tableau de bord",
  date="2025-11-21 18:44", client="android", form="alt",
  text="""bonjour jvois plus le cours de natation STS3 NAT sur mon tableau de bord depuis la semaine derniere, les autres cours sont la. jai rien toucher
num 24302215
""",
  g=dict(codes=[("STS3-NAT", "STS3 NAT")], stu=["24302215"], ids=[], sym="course_not_on_dashboard", role="student",
         schemes=["STAPS STS<sem>-<ACT>"], note="SMS-style: course no longer on dashboard")))

A(M(fn="049-prof-cohorte-l1-histoire-retirer.eml",
  frm=("Laurent Dufresne", "laurent.dufresne@unicaen.fr"),
  subject="Synchronisation cohorte L1 Histoire : faut-il la garder ?",
  date="2025-11-18 17:22", client="thunderbird", form="plain",
  text="""Bonjour,

En septembre, comme beaucoup d'étudiants de L1 n'étaient pas encore inscrits dans mon cours HHIS108 (Histoire moderne, TD), j'ai ajouté moi-même la méthode « Synchronisation des cohortes » avec la cohorte « L1HIST - Licence 1 Histoire ». Ça a bien dépanné.

Maintenant je constate que des étudiants qui ont abandonné (ou qui se sont réorientés en LEA) figurent encore dans les participants, et que d'autres qui ne suivent pas cette option sont inscrits. Faut-il que je retire la synchronisation de cohorte ? Est-ce que les étudiants qui sont vraiment inscrits pédagogiquement resteront dans le cours si je la supprime ?

Merci pour vos conseils,

--
Laurent Dufresne
MCF Histoire moderne – HisTeMé (UR 7455)
""",
  g=dict(codes=[("HHIS108", "HHIS108"), ("L1HIST", "L1HIST")], stu=[], ids=[], sym="cohort_question", role="staff",
         schemes=["letters+digits H<DIS><sem><nn> (FAQ shape)", "licence etape L<year><DIS>"], note="teacher added cohort sync in September; asks whether to remove it")))

A(M(fn="050-inspe-rouen-acces-etablissements-normands.eml",
  frm=("Cécile Avenel", "cecile.avenel@univ-rouen.fr"),
  subject="Accès de nos étudiants MEEF au cours ME2SD12",
  date="2025-11-05 10:50", client="thunderbird", form="alt",
  text="""Bonjour,

Dans le cadre de la mutualisation INSPE Normandie, nos étudiants de M2 MEEF second degré du site de Rouen (Mont-Saint-Aignan) doivent suivre à distance le module ME2SD12 « Inclusion scolaire et école inclusive » porté par Caen.

L'enseignante de Caen nous indique avoir ouvert l'accès « Autres utilisateurs (établissements normands) » sur son cours, mais nos étudiants, qui s'authentifient avec leur compte Université de Rouen, arrivent sur la page du cours avec le message « Ce cours n'est pas accessible aux visiteurs » ou ne le trouvent pas du tout.

Pourriez-vous vérifier le réglage ? Les séances démarrent le 12/11.

Cordialement,

Cécile Avenel
Ingénieure pédagogique – INSPE Normandie Rouen Le Havre
2 rue du Tronquet – 76130 Mont-Saint-Aignan
02 32 82 30 57
""",
  g=dict(codes=[("ME2SD12", "ME2SD12")], stu=[], ids=[], sym="students_cannot_see_course", role="unknown",
         schemes=["MEEF ME<year><track><nn>"], note="other university: their students cannot access a shared Caen course")))

A(M(fn="051-english-error-reading-database.eml",
  frm=("Aarav Mehta", "aarav.mehta.in@gmail.com"),
  subject="Error reading from database when opening assignment",
  date="2025-11-30 10:02", client="gmail", form="alt",
  text="""Hello,

Since this morning, every time I open the assignment page of my course (https://ecampus.unicaen.fr/course/view.php?id=47730) I get a page with "Error reading from database" and "More information about this error". The deadline is today 23:59.

Student number 24900317, M1 Chemistry.

Is the website down? Should I email my report to the teacher instead?

Regards,
Aarav
""",
  g=dict(codes=[], stu=["24900317"], ids=[47730], sym="database_error", role="student", lang="en", schemes=[],
         note="English student gets 'Error reading from database' on Sunday morning")))

A(M(fn="052-fwd-sante-ed4-aucun-groupe.eml",
  frm=("Gaëlle Roussel", "gaelle.roussel@unicaen.fr"),
  subject="TR: MED2-B11 - étudiants sans groupe",
  date="2025-10-29 15:48", client="outlook", form="alt", cs="windows-1252", cte="quoted-printable",
  text="""Bonjour,

Je vous fais suivre le signalement du Dr Piel. J'ai vérifié dans Apogée : les 4 étudiants sont bien affectés au groupe ED4 de DFGSM2 pour 2025-2026 (affectation faite le 20/10).

Gaëlle Roussel
Scolarité 2e année – UFR Santé
Tél. 02 31 56 82 15

De : Damien Piel <damien.piel@unicaen.fr>
Envoyé : mardi 28 octobre 2025 19:02
À : Gaëlle Roussel <gaelle.roussel@unicaen.fr>
Objet : MED2-B11 - étudiants sans groupe

Gaëlle,

Dans l'espace Ecampus de MED2-B11 (Pharmacologie générale), ces étudiants sont dans « Aucun groupe » alors qu'ils viennent aux ED du jeudi avec l'ED4 :

22206781 – FOUCHER Hugo
22109358 – KACI Lina
23100246 – MOREL Baptiste
22307712 – VASSEUR Clara

Du coup ils ne voient pas le QCM d'ED réservé au groupe. Tu peux voir ?

D. Piel
""",
  g=dict(codes=[("MED2.B11", "MED2-B11"), ("DFGSM2-ED4", "ED4"), ("DFGSM2", "DFGSM2")],
         stu=["22206781", "22109358", "23100246", "22307712"], ids=[], sym="wrong_group", role="staff",
         schemes=["health MED<year>.<bloc><nn>", "health etape DFGSM<n>/DFASM<n>/PASS<n>", "group <etape>-<short>"], note="forwarded: medicine students in no group (ED4) in course; code with dash for dot")))

A(M(fn="053-iae-rh-trop-enseignants.eml",
  frm=("Véronique Salles", "veronique.salles@unicaen.fr"),
  subject="Trop d'enseignants dans IA2RHM03",
  date="2025-10-07 12:15", client="outlook", form="alt", cs="windows-1252", cte="quoted-printable",
  text="""Bonjour,

Dans l'espace « (IA2RHM03) Gestion des compétences et GPEC », il y a 22 enseignants inscrits : visiblement toute l'équipe du M2 RH. Nous ne sommes que deux à intervenir dans ce cours (moi-même et M. Dubuc). Les collègues reçoivent les notifications des rendus et s'en plaignent.

Les inscriptions sont de type « base de données externe », je ne peux pas les retirer.

Véronique Salles
MCF – IAE Caen – NIMEC (UR 969)
""",
  g=dict(codes=[("IA2RHM03", "IA2RHM03")], stu=[], ids=[], sym="too_many_teachers", role="staff",
         schemes=["IAE IA<year><dom><nn>"], note="22 teachers enrolled by database in an IAE course")))

A(M(fn="054-auditrice-libre-page-profil.eml",
  frm=("Monique Lebrethon", "monique.lebrethon@free.fr"),
  subject="Bloquée à la première connexion",
  date="2025-10-01 15:33", client="other", form="plain", cs="iso-8859-1", cte="quoted-printable",
  text="""Bonjour,

Je suis auditrice libre (Université inter-âges, cours d'histoire de l'art du mardi en amphi Pierre Daure) et on m'a remis un identifiant pour Ecampus.

À ma première connexion, je tombe sur une page « Modifier le profil » avec un message rouge disant que l'adresse de courriel est requise. Mais je ne peux pas l'écrire, la case est grisée. Je ne peux rien faire d'autre, chaque clic me ramène sur cette page.

Mon petit-fils a essayé sur son ordinateur, c'est pareil.

Merci de votre aide.
Monique Lebrethon
02 31 93 27 18
""",
  g=dict(codes=[], stu=[], ids=[], sym="cannot_login", role="student", schemes=[],
         note="auditor with guest account stuck on profile page (no e-mail) at first login")))

A(M(fn="055-musique-chorale-plus-de-participants.eml",
  frm=("Pierre-Yves Le Bihan", "pierre-yves.lebihan@unicaen.fr"),
  subject="Où est passé le bloc Participants ?",
  date="2025-09-12 13:07", client="zimbra", form="plain",
  text="""Bonjour,

Je ne retrouve plus le bloc Participants dans mon cours de chorale MU CH101 (L1 musicologie). Avant il était à droite, sous les annonces. Comment voir la liste des étudiants maintenant ? Je dois faire l'appel pour le concert du 14 décembre (auditorium du Conservatoire).

Merci,
PY Le Bihan
Chef de chœur, chargé de cours
""",
  g=dict(codes=[("MU.CH101", "MU CH101")], stu=[], ids=[], sym="participants_block_missing", role="staff",
         schemes=["music MU.<XX><nnn>"], note="teacher cannot find Participants block (code with space for dot)")))

A(M(fn="056-spam-predatory-journal.eml",
  frm=("International Journal of Advanced Education Research", "editor@ijaer-journals.org"),
  subject="Call for Papers – Vol. 14 Issue 11 – Fast publication in 7 days",
  date="2025-10-27 04:18", client="other", form="html",
  html="""<html><body><p>Dear Researcher,</p>
<p>Greetings from <b>IJAER</b> (ISSN 2349-5162, Impact Factor 7.89)!</p>
<p>We are pleased to invite you to submit your manuscript for our upcoming issue (Vol. 14, Issue 11, November 2025). Peer review in 48 hours, publication in 7 days. DOI assigned to each paper (10.5281/ijaer.2025.1411).</p>
<p>Article Processing Charge: <b>USD 79</b> only. Certificate of publication provided.</p>
<p>Submit at: <a href="http://www.ijaer-journals.org/submit">www.ijaer-journals.org/submit</a> or reply to this email with your paper in MS Word.</p>
<p>Regards,<br>Dr. S. Kumar, Editor-in-Chief<br>WhatsApp: +91 98765 43210</p>
<p style="font-size:9px">To unsubscribe reply with REMOVE in subject.</p></body></html>
""",
  g=dict(codes=[], stu=[], ids=[], sym="other", role="unknown", lang="en", auto=True, schemes=[], note="predatory journal spam")))

A(M(fn="057-majuscules-droit-constit.eml",
  frm=("ENZO MARECHAL", "enzo.marechal76@hotmail.com"),
  subject="PAS INSCRIT DROIT CONSTITUTIONNEL",
  date="2025-09-27 00:14", client="outlook", form="alt",
  text="""BONJOUR
JE NE SUIS PAS INSCRIT AU COURS DE DROIT CONSTITUTIONNEL DRIS1C05 SUR ECAMPUS ALORS QUE JE SUIS EN L1 DROIT DEPUIS LE DEBUT. TOUT LE MONDE A LES QCM SAUF MOI
MON NUMERO : 25144708
MERCI DE FAIRE VITE
""",
  g=dict(codes=[("DR1S1C05", "DRIS1C05")], stu=["25144708"], ids=[], sym="not_enrolled", role="student",
         schemes=["law DR<year>S<sem><C|T><nn>"], note="all-caps L1 law student not enrolled in a course")))

A(M(fn="058-scol-changement-nom-usage.eml",
  frm=("Sandrine Fleury", "sandrine.fleury@unicaen.fr"),
  subject="TR: Nom d'usage non mis à jour sur Ecampus",
  date="2025-11-12 10:27", client="exchange", form="plain", cs="windows-1252", cte="quoted-printable",
  text="""Bonjour,

L'étudiante 23405518 (M1 MEEF 2nd degré, lettres) a changé de nom d'usage suite à son mariage : Mme Chloé LEPETIT, épouse RIVIÈRE. La modification a été faite dans Apogée le 28 octobre et apparaît sur sa carte multiservice, mais sur Ecampus elle est toujours « Chloé LEPETIT », ce qui pose problème pour les rapports de stage (jury du 9 décembre).

Faut-il faire une démarche particulière ? Je vous transmets son message ci-dessous.

Cordialement,
Sandrine Fleury
Bureau des inscriptions – DEVE
Bât. Droit, bureau DR-005 – 02 31 56 55 00

-----Message d'origine-----
De : Chloé Rivière <chloe.lepetit@etu.unicaen.fr>
Envoyé : lundi 10 novembre 2025 18:22
À : inscriptions@unicaen.fr
Objet : changement de nom

Bonjour, je me suis mariée cet été et j'ai fourni le livret de famille le 27/10. Sur Ecampus et dans les listes de TD je suis toujours LEPETIT, pouvez-vous faire le nécessaire ? Merci. Chloé RIVIÈRE (ex-LEPETIT), M1 MEEF lettres
""",
  g=dict(codes=[], stu=["23405518"], ids=[], sym="wrong_name", role="staff", schemes=[],
         note="secretary: student's usage name not updated on Ecampus")))

A(M(fn="059-esix-cours-x6inf2-inexistant.eml",
  frm=("Nicolas Vautrin", "nicolas.vautrin@unicaen.fr"),
  subject="Cours X6INF2 introuvable",
  date="2026-01-19 08:34", client="outlook", form="html",
  text="""Bonjour,

Le cours « Programmation système » de 1re année ESIX, spécialité Systèmes embarqués (code x6inf2 dans Apogée, semestre 6), n'existe pas sur Ecampus. J'ai cherché par le nom et par le code, rien. Il a pourtant été créé dans Apogée par la scolarité en septembre, et les étudiants y ont leurs IP.

Le semestre a commencé le 12/01 et je travaille pour l'instant avec un Teams, ce n'est pas idéal.

Nicolas Vautrin
ESIX Normandie – Département SE
Bâtiment ESIX, bureau E-118, Cherbourg – 02 33 01 42 30
""",
  g=dict(codes=[("X6INF2", "X6INF2"), ("X6INF2", "x6inf2")], stu=[], ids=[], sym="course_missing", role="staff",
         schemes=["engineering X<sem><DIS><n>"], note="ESIX teacher: course for X6INF2 does not exist on Ecampus")))

A(M(fn="060-english-past-courses-dashboard.eml",
  frm=("Giulia Bellandi", "giulia.bellandi@etu.unicaen.fr"),
  subject="Italian course disappeared from my dashboard",
  date="2026-01-08 16:14", client="roundcube", form="plain",
  text="""Hello,

Since January my Italian course (CL-ITA A1) is not on my dashboard anymore. I can still find it under "Past" in the course overview, but the course is not finished, it goes on in semester 2 with the same teacher.

My classmates have the same issue. Student no. 25500621.

Thank you,
Giulia
""",
  g=dict(codes=[("CL-ITAA1", "CL-ITA A1")], stu=["25500621"], ids=[], sym="course_not_on_dashboard", role="student", lang="en",
         schemes=["language centre CL-<lang><CEFR>"], note="English: course moved to 'Past' in course overview (end date)")))

A(M(fn="061-reponse-ticket-sv1-toujours-pas.eml",
  frm=("Émilie Tessier", "emilie.tessier@unicaen.fr"),
  subject="Re: [CEMU #204733] Étudiants manquants",
  date="2025-10-08 09:16", client="gmail", form="alt",
  hdrs=["In-Reply-To: <cemu-204733-2@assistance.unicaen.fr>", "References: <cemu-204733-1@assistance.unicaen.fr> <cemu-204733-2@assistance.unicaen.fr>"],
  text="""Bonjour,

Toujours pas. Voici ce que vous demandiez : le code est SV1U02A (Biologie cellulaire, L1 SV, parcours A) et un des étudiants absents est le 25088130. Il en manque une trentaine sur 180.

Émilie Tessier

Le mar. 7 oct. 2025 à 14:12, CEMU Assistance <cemu.assistance@unicaen.fr> a écrit :
> Bonjour,
>
> Afin de traiter votre demande, pourriez-vous nous indiquer le code Apogée
> du cours concerné ainsi que le numéro étudiant d'au moins une personne
> absente de la liste des participants ?
>
> Cordialement,
> L'équipe CEMU
>
> > Bonjour, il manque des étudiants dans mon cours de bio cell, pouvez-vous
> > les inscrire ? Merci. E. Tessier
""",
  g=dict(codes=[("SV1U02A", "SV1U02A")], stu=["25088130"], ids=[], sym="not_enrolled", role="staff",
         schemes=["life sciences SV<sem>U<nn><parcours>"], note="teacher replies to CEMU ticket with code and one missing student")))

A(M(fn="062-admin-musique-l3-recodage-archives.eml",
  frm=("Delphine Hue", "delphine.hue@unicaen.fr"),
  subject="Cours de L3 musicologie renommés / archivés",
  date="2025-09-02 11:48", client="zimbra", form="alt", cte="quoted-printable",
  text="""Bonjour,

Suite à la modification de la maquette de L3 musicologie (étape LMUS3), plusieurs éléments ont été recodés cet été :
MU.OR401 -> MU.OR402 (Orchestration)
MU.PI306 -> MU.PI305 (Pratique instrumentale collective)
mu.hm3O5 -> MU.HM307 (Histoire de la musique XXe)

Les enseignants ont constaté que leurs anciens cours ont été renommés et placés dans « Archives ». Les nouveaux espaces existent mais sont vides. Pouvez-vous confirmer que c'est le fonctionnement normal et leur indiquer comment importer leurs contenus ?

Cordialement,
Delphine Hue
Responsable administrative – UFR Humanités et Sciences Sociales, département Arts
""",
  unk=["MU.OR401", "MU.PI306", "MU.HM305"],
  g=dict(codes=[("LMUS3", "LMUS3"), ("MU.OR401", "MU.OR401"), ("MU.OR402", "MU.OR402"), ("MU.PI306", "MU.PI306"), ("MU.PI305", "MU.PI305"),
                ("MU.HM305", "mu.hm3O5"), ("MU.HM307", "MU.HM307")], stu=[], ids=[], sym="course_moved_renamed", role="staff",
         schemes=["music MU.<XX><nnn>", "licence etape L<DIS><year>"], note="admin: L3 music courses recoded, old ones archived (list, one damaged)")))

A(M(fn="063-absent-du-bureau-secretariat.eml",
  frm=("Christelle Marie", "christelle.marie@unicaen.fr"),
  subject="Absent du bureau : Re: [CEMU #204498] Étudiants du G2A absents du cours R1.04",
  date="2025-10-27 08:00", client="outlook", form="alt",
  hdrs=["Auto-Submitted: auto-replied", "X-MS-Exchange-Inbox-Rules-Loop: christelle.marie@unicaen.fr"],
  text="""Bonjour,

Je suis absente jusqu'au lundi 3 novembre inclus. Votre message ne sera pas transféré.
Pour toute demande concernant le BUT GEA, merci d'écrire à iut.gea.secretariat@unicaen.fr.

Cordialement,
Christelle Marie
""",
  g=dict(codes=[("GEAR1.04", "R1.04"), ("BGEA1-G2A", "G2A")], stu=[], ids=[], sym="other", role="unknown", auto=True,
         schemes=["BUT <DEPT>R<sem>.<nn>"], note="out-of-office, codes only in the ticket subject")))

A(M(fn="064-chargé-td-lettres-inscrit-an-dernier.eml",
  frm=("Matthieu Grandin", "matthieu.grandin@unicaen.fr"),
  subject="Pas inscrit dans le cours de cette année",
  date="2025-09-18 22:30", client="thunderbird", form="plain", cs="iso-8859-1", cte="quoted-printable",
  text="""Bonjour,

Je suis chargé de TD pour l'UE HLET301 (Littérature française du XIXe siècle, L2 Lettres modernes) depuis trois ans. Cette année je n'apparais pas comme enseignant dans l'espace Ecampus : je n'ai accès qu'à l'ancien cours, celui de 2024-2025, qui est maintenant dans les archives.

Mes TD commencent le 22 septembre (salle SA-S204, lundi 16h15), et je dois déposer le corpus de textes avant.

Cordialement,
Matthieu Grandin
Doctorant contractuel – LASLAR (UR 4256)
""",
  g=dict(codes=[("HLET301", "HLET301")], stu=[], ids=[], sym="teacher_not_enrolled", role="staff",
         schemes=["letters+digits H<DIS><sem><nn> (FAQ shape)"], note="doctoral TD teacher not enrolled in this year's course")))

A(M(fn="065-inspe-mauvais-site-groupe.eml",
  frm=("Inès Boucher", "ines.boucher@etu.unicaen.fr"),
  subject="Mauvais groupe dans le cours de français",
  date="2025-10-20 12:50", client="roundcube", form="plain",
  text="""Bonjour,

Je suis en M1 MEEF 1er degré sur le site d'Alençon. Dans le cours de maîtrise de la langue (ME1PE03) je suis dans le groupe MEEF1P-CAE et pas dans celui d'Alençon (ALE). Du coup je reçois les annonces des TD de Caen et pas celles de ma formatrice, et je ne vois pas les dépôts de notre groupe.

Mon numéro étudiant : 24127705
Je suis au site d'Alençon (Campus de Damigny, 61250), salle 12.

Merci,
Inès Boucher
""",
  g=dict(codes=[("ME1PE03", "ME1PE03"), ("MEEF1P-CAE", "MEEF1P-CAE"), ("MEEF1P-ALE", "ALE")], stu=["24127705"], ids=[], sym="wrong_group",
         role="student", schemes=["MEEF ME<year><track><nn>", "group <etape>-<short>"], note="INSPE student placed in Caen group instead of Alençon")))

A(M(fn="066-english-erasmus-outgoing-access.eml",
  frm=("Hugo Lemaître", "hugo.lemaitre@etu.unicaen.fr"),
  subject="Access to German course while on Erasmus",
  date="2025-10-13 08:21", client="gmail", form="alt",
  text="""Hello,

I am a UNICAEN student (L3 LEA, student number 23300457) currently on Erasmus in Freiburg for the first semester only (Sept–Jan). I come back to Caen in semester 2.

I noticed I am not enrolled in any of my Caen courses on Ecampus, including the German B1 course (CL-ALLB1) that I still have to validate remotely according to my learning agreement. My coordinator in Caen said I should have access.

Could you enrol me, or tell me who can?

Thank you very much,
Hugo Lemaître
(written in English because my Freiburg laptop keyboard has no French accents, sorry)
""",
  g=dict(codes=[("CL-ALLB1", "CL-ALLB1")], stu=["23300457"], ids=[], sym="not_enrolled", role="student", lang="en",
         schemes=["language centre CL-<lang><CEFR>"], note="outgoing Erasmus student not enrolled in courses (Erasmus rule)")))
