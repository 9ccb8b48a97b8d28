from mk import mail, PNG

mail(26, "ens-socio-groupes-inverses", "fabienne.roger@unicaen.fr", "Sociologie urbaine : groupes inversés", """Bonjour,

Dans le cours M.1.MS07 (Sociologie urbaine) les deux groupes de TD semblent inversés sur Ecampus : les étudiants que j'ai en groupe 1 le lundi apparaissent dans le groupe 2 et inversement. C'est gênant car les dépôts de dossiers sont paramétrés par groupe avec des dates différentes (15 et 17 février).

Quelques exemples (étudiants de M1 socio) :
  22004518  Aubert Léna      -> devrait être G1
  23118702  Barbier Malo     -> devrait être G1
  21006349  Costil Anaïs     -> devrait être G2

Les groupes sont-ils importés d'Apogée ou ADE ? Faut-il que je voie avec la scolarité ?

Merci,
Fabienne Roger
MCF sociologie – UFR HSS – bureau SA 217
""", codes=[("M.1.MS07", "M.1.MS07"), ("M.1.MS07G1", "groupe 1"), ("M.1.MS07G2", "groupe 2")],
     nums=["22004518", "23118702", "21006349"], said=["MSOC1"], sym="wrong_group", role="staff",
     note="sociology teacher: TD groups 1 and 2 swapped, list of students", day=10, hm=(9, 33))

mail(27, "ens-lea-cours-cache-html", "carmen.ortiz@unicaen.fr", "Les étudiants n'ont pas accès à Traduction espagnol", "", fmt="html",
     html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Aptos,Calibri,sans-serif;font-size:12pt;color:#000">
<p>Bonjour,</p>
<p>Aucun de mes étudiants de <i>Traduction espagnol</i> (LEA 4207) ne peut entrer dans le cours :
<a href="https://ecampus.unicaen.fr/course/view.php?id=59931">https://ecampus.unicaen.fr/course/view.php?id=59931</a>.
Ils voient le titre dans leur liste mais en cliquant ils ont un message d'erreur.</p>
<p>J'ai vérifié : le cours est bien sur «&nbsp;Afficher&nbsp;» dans les paramètres. Les trois groupes (G1, G2, G3) sont remplis.</p>
<p>Merci de votre aide,</p>
<div style="border-top:1px solid #ccc;margin-top:12px;font-size:10pt;color:#444">
<b>Carmen Ortiz Delgado</b><br>Maîtresse de langue – Département LEA<br>UFR LVE, Bâtiment A, bureau A 342<br>
Tél. : +33 (0)2 31 56 53 20</div>
<p style="font-size:8pt;color:#888">Ce message et ses pièces jointes sont confidentiels et destinés exclusivement au destinataire.
Si vous l'avez reçu par erreur, merci de le détruire et d'en avertir l'expéditeur.</p>
</div></body></html>""",
     codes=[("LEA4207", "LEA 4207"), ("LEA4207G1", "G1"), ("LEA4207G2", "G2"), ("LEA4207G3", "G3")], ids=[59931], sym="students_cannot_see_course", role="staff",
     note="LEA teacher (HTML Outlook): students cannot enter visible course", day=10, hm=(11, 2), name="Carmen Ortiz Delgado")

mail(28, "erasmus-en-login", "jonas.berger@etu.unicaen.fr", "Password not accepted", """Hi,

I'm an exchange student from Graz. I received my student account last week (number 26100518) and I activated it, but since Monday the CAS login page keeps telling me that my username or password is incorrect. I reset the password twice with the link on the ENT page, nothing works. I can't access Ecampus or my university mailbox (I write from it on my phone where it is still connected).

What should I do?

Thanks,
Jonas
""", nums=["26100518"], lang="en", sym="cannot_login", role="student",
     note="incoming exchange student (English) cannot log in after reset", day=10, hm=(18, 20), name="Jonas Berger")

mail(29, "ens-geo-cours-plus-dans-mes-cours", "bruno.lefranc@unicaen.fr", "Cours aménagement disparu de Mes cours", """Bonjour,

Depuis la semaine dernière mon cours (GEO6AM2) Aménagement du territoire 2 n'apparaît plus dans « Mes cours » ni sur mon tableau de bord. J'y accède encore en passant par la catégorie Géographie > L3, et j'y suis bien enseignant (je peux modifier).
J'ai 23 cours listés, peut-être trop ? Mon autre cours de L3, GEO6SI3, s'affiche bien, lui. Je n'ai touché à aucun filtre sciemment.

Bruno Lefranc
Département de géographie – MRSH, bureau SH 027
""", codes=[("GEO6AM2", "GEO6AM2"), ("GEO6SI3", "GEO6SI3")], sym="course_not_on_dashboard", role="staff",
     note="teacher's own course not on dashboard though enrolled", day=11, hm=(8, 15))

mail(30, "scol-cas-capture", "elodie.marie@unicaen.fr", "CAS ne connaît pas votre destination finale", """Bonjour,

Plusieurs étudiants du Master 1 MAE passent par mon bureau avec ce message (capture jointe) quand ils essaient d'ouvrir Ecampus depuis le lien de l'ENT mobile : « CAS ne connaît pas votre destination finale ni comment vous y rediriger ».
Sur ordinateur, en tapant ecampus.unicaen.fr, tout va bien. Est-ce le lien de l'application qui est faux ?

Élodie Marie
Gestionnaire pédagogique – IAE Caen
""", said=["MMAE1"], att=[("capture_cas_iphone.png", "image/png", PNG)], sym="cas_unknown_destination",
     role="staff", note="IAE secretary: students hit CAS unknown destination from mobile ENT link (screenshot)",
     day=11, hm=(10, 44))

mail(31, "etu-l3-bio-erreur-bdd", "27005562@etu.unicaen.fr", "erreur quand je rends mon compte rendu", """Bonjour,
je suis en L3 SV et quand je dépose mon compte rendu de TP d'immunologie sur ecampus (bio6-ue31) j'ai "Erreur de lecture de la base de données" et le fichier ne part pas. J'ai essayé 3 fois entre 21h et 22h. La date limite c'est ce soir minuit !!
Est ce que je peux l'envoyer par mail à la prof ?
Merci
""", codes=[("BIO6UE31", "bio6-ue31")], nums=["27005562"], said=["LSV3"], sym="database_error",
     role="student", note="L3 SV student gets database read error on submission", day=11, hm=(22, 14), cte="8bit")

mail(32, "ens-iae-trop-enseignants", "laurent.picard@unicaen.fr", "Marketing stratégique - 14 enseignants inscrits ?!", """Bonjour,

Dans l'espace de Marketing stratégique (IAE-1G14), je compte 14 personnes avec le rôle Enseignant alors que nous ne sommes que 3 à intervenir (moi, Mme Dubreuil et un vacataire). Plusieurs collègues ont même reçu les notifications des devoirs des groupes apprentis et formation continue (IAE1G14-AP, IAE1G14-FC).

Peut-on faire le ménage ? Je ne peux pas retirer ceux qui sont inscrits par « Base de données externe ».

L. Picard
Professeur des universités – IAE Caen
""", codes=[("IAE-1G14", "IAE-1G14"), ("IAE1G14-AP", "IAE1G14-AP"), ("IAE1G14-FC", "IAE1G14-FC")],
     sym="too_many_teachers", role="staff", note="IAE teacher: 14 teachers enrolled by database", day=12, hm=(9, 0))

mail(33, "visiting-en-participants", "marco.bellini@unicaen.fr", "Where is the participants list?", """Dear CEMU team,

I am teaching "Sécurité des systèmes" (INF2M03) for the second-year master students in computer science (M2 DNR2I) this semester. I need to check who is enrolled before the first lab session, but there is no "Participants" block in my course page as shown in the guide I received (which seems to date from 2019).

Where can I find the list of students?

Kind regards,
Marco Bellini
Invited professor, GREYC
""", codes=[("INF2M03", "INF2M03")], said=["MINF2"], lang="en", sym="participants_block_missing", role="staff",
     note="invited professor (English) cannot find participants block", day=12, hm=(14, 12), fmt="alt", name="Marco Bellini")

mail(34, "resp-pharma-liste-etudiants", "anne-sophie.gosselin@unicaen.fr", "DFGSP3 - étudiants non inscrits en immunologie et stage officinal", """Bonjour,

Je suis responsable de la 3e année de pharmacie. Les étudiants suivants, qui redoublent ou reviennent de césure, ne sont inscrits ni dans l'espace Immunologie (PHA3.118) ni dans celui du stage officinal (PHA 3.120), alors que leur contrat pédagogique est validé depuis le 19 janvier :

N° étudiant | Nom | Situation
23057124 | LEBRUN Axel | redoublant
22014496 | HAMON Salomé | retour de césure
23060031 | PERRIER Noah | redoublant
21098877 | TRAN Minh | retour de césure
23061492 | VOISIN Jade | redoublant

Ils sont bien inscrits administrativement en DFGSP3. Le TP 4 d'immunologie commence le 16 février.

Merci,
Pr Anne-Sophie Gosselin
UFR Santé – Département Pharmacie
Tél. 02 31 56 82 40 – Pôle de formation et de recherche en santé, 2 rue des Rochambelles, 14032 Caen
""", codes=[("DFGSP3", "DFGSP3"), ("PHA3.118", "PHA3.118"), ("PHA3.120", "PHA 3.120"), ("PHA3.118T4", "TP 4")],
     nums=["23057124", "22014496", "23060031", "21098877", "23061492"], sym="not_enrolled", role="staff",
     note="pharmacy year head: five returning students not enrolled in two courses", day=12, hm=(16, 48))

mail(35, "ens-nom-mal-orthographie", "isabelle.lefevre@unicaen.fr", "Mon nom est mal orthographié", """Bonjour,

Sur Ecampus, mon nom apparaît « Isabelle LEFEBVRE » alors que je m'appelle Lefèvre (sans b, avec accent). Les étudiants ne me trouvent pas dans la messagerie de la plateforme. Dans l'annuaire de l'université c'est correct depuis mon changement de nom de décembre.

Cordialement,
Isabelle Lefèvre
Secrétariat pédagogique – Département de psychologie
""", sym="wrong_name", role="staff", note="staff member's surname wrong on the platform", day=15, hm=(9, 11),
     cs="iso-8859-1", cte="qp", name="Isabelle Lefèvre")

mail(36, "etu-l1-psy-stats-introuvable", "louna.bertrand@etu.unicaen.fr", "cours de stats introuvable", """Slt,
en L1 psycho on a le cours de stats 2 (psy205c sur l'emploi du temps ADE) mais il existe pas sur ecampus, j'ai cherché avec la loupe et rien. Le prof a dit que tout était dessus...
merci
""", codes=[("PSY205C", "psy205c")], said=["LPSY1"], sym="course_missing", role="student",
     note="L1 psych student cannot find course at all", day=15, hm=(12, 40), cte="8bit")

mail(37, "vacataire-lea-pas-enseignant", "pauline.renard.traduction@gmail.com", "Accès enseignant négociation commerciale", """Bonjour,

Je suis enseignante vacataire à l'université (traductrice indépendante, SIRET 842 117 903 00021) et j'interviens depuis le 1er février en L3 LEA dans le cours de négociation commerciale (LEA6301), le jeudi de 14h à 16h.
Mon compte numérique a été créé (identifiant renardp) et je me connecte à Ecampus, mais je n'ai aucun cours. Le secrétariat dit que mes heures sont dans ADE.

Pouvez-vous regarder ?

Pauline Renard
07 82 45 19 33
""", codes=[("LEA6301", "LEA6301")], sym="teacher_not_enrolled", role="staff",
     note="adjunct teacher from gmail not enrolled as teacher; SIRET look-alike", day=15, hm=(15, 30))

mail(38, "ens-staps-cours-deplace", "celine.hamel@unicaen.fr", "Option handball : cours déplacé et renommé", """Bonjour,

Mon cours d'option handball a changé de place : il est maintenant dans la catégorie « Cours archivés » et son nom complet est devenu « [ARCHIVE] (ST41210) Option sport collectif : handball » https://ecampus.unicaen.fr/course/view.php?id=52266
Je n'ai rien demandé, et les étudiants de l'option y sont encore pour l'instant. Est-ce que le code a changé dans Apogée ? J'ai vu qu'il y avait aussi un ST41299 dans ADE.

Céline Hamel
""", codes=[("ST41210", "ST41210"), ("ST41299", "ST41299")], ids=[52266], sym="course_moved_renamed",
     role="staff", note="STAPS option course moved to archives and renamed; ADE-only code unknown", day=16, hm=(8, 5))

mail(39, "scol-geo-cohorte-l2", "sandrine.vautier@unicaen.fr", "Question cohorte L2 géographie", """Bonjour,

Une question simple : la cohorte des L2 géo (étape LGEO2) est-elle mise à jour automatiquement quand un étudiant s'inscrit en cours d'année ? Un étudiant arrivé en transfert le 1er février (n° 26044190) n'apparaît pas dans le cours « Géographie urbaine » GEO4UR2 où la cohorte est synchronisée.

Sandrine Vautier
Scolarité géographie
""", codes=[("LGEO2", "LGEO2"), ("GEO4UR2", "GEO4UR2")], nums=["26044190"], sym="cohort_question", role="staff",
     note="secretary asks whether cohort sync updates with late IA", day=16, hm=(10, 3))

mail(40, "auto-en-coordinator", "international@uni-graz.example.at", "Automatic reply: Learning agreements spring 2027", """Thank you for your email.

I am out of the office until 22 February 2027 with limited access to e-mail. For urgent matters regarding incoming or outgoing students please contact outgoing.office@uni-graz.example.at or call +43 316 380 0000.

Kind regards,
Mag. Petra Huber
International Relations Office
""", lang="en", auto=True, sym="other", role="unknown", note="English out-of-office from a partner university",
     day=16, hm=(10, 4), extra=[("Auto-Submitted", "auto-replied")], name="Petra Huber")

mail(41, "ens-bio-quiz-html", "delphine.caillaud@unicaen.fr", "Paramétrage test chimie organique", "", fmt="html",
     html="""<html><body style="font-family:Arial;font-size:10pt">
<div>Bonjour,</div><div><br></div>
<div>Pour le contrôle continu de chimie organique (BIO2UE12) prévu le 24/02 à 14h en salle informatique S1-075, je voudrais :</div>
<ul>
<li>limiter le test à 45 minutes ;</li>
<li>donner un tiers temps (60 min) à 4 étudiants bénéficiant d'un aménagement ;</li>
<li>n'ouvrir le test qu'au groupe de TP 2 (BIO2UE12P2) dans un premier temps, puis au TP5 à 16h.</li>
</ul>
<div>Je n'arrive pas à trouver où mettre les exceptions par utilisateur dans Moodle 4.1. Pouvez-vous m'indiquer la marche à suivre ?</div>
<div><br></div><div>Merci !</div><div>Delphine Caillaud<br>Chimie – UFR des Sciences<br>02 31 56 73 08</div>
</body></html>""",
     codes=[("BIO2UE12", "BIO2UE12"), ("BIO2UE12P2", "BIO2UE12P2"), ("BIO2UE12P5", "TP5")], sym="other", role="staff",
     note="quiz settings question (time limit, user overrides)", day=17, hm=(13, 22))

mail(42, "alternant-m1-info-pas-inscrit", "hugo.delamare@etu.unicaen.fr", "Pas inscrit en génie logiciel et anglais", """Bonjour,

Je suis alternant en M1 info (rythme 2 semaines entreprise / 2 semaines fac). Je n'ai pas accès aux cours de génie logiciel (inf1m08) et d'anglais scientifique (INF1 M09) sur Ecampus alors que les autres alternants les ont. Mon contrat d'apprentissage a commencé le 1er février, mon inscription a été refaite à ce moment-là (n° étudiant 25119043).

Merci d'avance,
Hugo Delamare
Envoyé de mon iPhone
""", codes=[("INF1M08", "inf1m08"), ("INF1M09", "INF1 M09")], nums=["25119043"], said=["MINF1"],
     sym="not_enrolled", role="student", note="M1 informatique apprentice not enrolled in two courses", day=17, hm=(19, 2))

mail(43, "etu-aes-distance-mauvais-groupe", "sophie.travert@etu.unicaen.fr", "Groupe présentiel au lieu de distance", """Bonjour,

Je suis en L3 AES à distance. Dans le cours de gestion des ressources humaines (RCA ED331 sur mon relevé) je suis dans le groupe présentiel et pas dans le groupe EAD, du coup je ne vois pas les classes virtuelles du samedi ni les devoirs à distance.

Merci de regarder,
Sophie Travert
n° 21077415
""", codes=[("RCAED331", "RCA ED331"), ("RCAED331P", "groupe présentiel"), ("RCAED331EA", "groupe EAD")],
     nums=["21077415"], said=["LAES3D"], sym="wrong_group", role="student",
     note="distance AES student put in on-site group", day=18, hm=(7, 55), cs="windows-1252", cte="qp")

mail(44, "ens-inspe-m2-cours-cache", "gilles.fouque@unicaen.fr", "Mes M2 MEEF ne voient pas l'analyse de pratiques", """Bonjour,

Les M2 MEEF 1er degré (alternants pour la plupart) ne voient pas mon cours d'analyse de pratiques professionnelles, 4CA403 : https://ecampus.unicaen.fr/course/view.php?id=55310 . Ils apparaissent pourtant dans les participants, dans le groupe alternants.
J'ai remarqué que l'ensemble de la catégorie « M2 MEEF 1D » a une icône d'œil barré. Est-ce que c'est ça ?

Gilles Fouque
Formateur INSPE – site de Saint-Lô
""", codes=[("4CA403", "4CA403"), ("4CA403ALT", "groupe alternants")], ids=[55310], said=["MEEF2P"],
     sym="students_cannot_see_course", role="staff", note="INSPE trainer: students cannot see course in hidden category",
     day=18, hm=(11, 37))

mail(45, "exchange-en-lea-not-enrolled", "maria.kowalska@etu.unicaen.fr", "Not registered in two courses", """Good morning,

I am an exchange student (Erasmus+, University of Wroclaw) in the LEA department for the second semester. I was told that my courses would appear automatically on Ecampus, but after two weeks I still do not have "Anglais économique" (LEA4203) nor "Droit du commerce international" (LEA 4209). I attend both classes, in group 2.

Here is my student number: 26100607. My learning agreement is signed.

Best regards,
Maria Kowalska
""", codes=[("LEA4203", "LEA4203"), ("LEA4209", "LEA 4209")], nums=["26100607"], lang="en",
     sym="not_enrolled", role="student", note="incoming Erasmus in LEA (English) not enrolled in two courses",
     day=18, hm=(9, 10), name="Maria Kowalska")

mail(46, "parent-connexion", "patrick.lemonnier14@orange.fr", "connexion impossible de mon fils", """Bonjour,

Mon fils Arthur Lemonnier (numéro étudiant 26003371) n'arrive pas à se connecter à la plateforme depuis la rentrée de janvier, il a un message « compte désactivé ». Il est pourtant bien inscrit, nous avons payé les droits (reçu n° 2026-118734).
Il n'ose pas vous écrire, je le fais à sa place.

Cordialement,
Patrick Lemonnier
06 12 48 77 03
""", nums=["26003371"], sym="cannot_login", role="unknown", note="parent writes for a son whose account is disabled",
     day=19, hm=(20, 18), cs="iso-8859-1", cte="8bit")

mail(47, "scol-erreur-database-html", "karine.osmont@unicaen.fr", "Error: Database connection failed", "", fmt="html",
     html="""<html><body>
<p>Bonjour,</p>
<p>Ce dimanche matin vers 10h, impossible d'ouvrir Ecampus pour préparer les listes du lundi. Le navigateur affichait :</p>
<div style="color:#990000;text-align:center;border:1px solid black;padding:15px">
<p>Error: Database connection failed</p>
<p>It is possible that the database is overloaded or otherwise not running properly.</p></div>
<p>C'est revenu vers 11h15. Est-ce une panne ? Doit-on s'attendre à ce que cela se reproduise pendant les examens en ligne de STAPS (semaine du 22) ?</p>
<p>Bonne journée,<br>Karine Osmont<br>Secrétariat STAPS – 02 31 56 72 91</p>
</body></html>""", sym="database_error", role="staff",
     note="secretary saw 'Database connection failed' on Sunday morning (HTML)", day=21, hm=(11, 40))

mail(48, "erasmus-en-thanks", "giulia.romano@etu.unicaen.fr", "Re: Cannot access my courses (Erasmus student)", """Hello again,

Just to let you know that both history courses are now on my dashboard. Thank you so much for your help, and sorry for my French earlier!

Giulia

On 2 Feb 2027, at 10:05, CEMU Assistance <cemu.assistance@unicaen.fr> wrote:
> Dear Ms Romano,
> Your enrolments in HIS3B05 and HIS3B07 were recorded in Apogée yesterday; the courses will appear after tonight's synchronisation.
> Best regards, CEMU
""", codes=[("HIS3B05", "HIS3B05"), ("HIS3B07", "HIS3B07")], lang="en", sym="other", role="student",
     note="Erasmus student thanks; codes only in quoted answer", day=2, hm=(18, 30),
     irt="<cemu-reply-88213@unicaen.fr>", name="Giulia Romano")

mail(49, "fc-du-module-introuvable", "christine.leblond50@orange.fr", "Module management introuvable", """Bonjour,

Je suis inscrite en formation continue au DU Capacité de Gestion des Entreprises, 1re année, à distance. Le planning indique que le module « DUCG M05 Management » commence le 22 février mais je ne le trouve pas sur Ecampus, alors que j'ai bien les modules 3 et 4. J'ai cherché « management » et « DUCG » dans la recherche de cours.

Pouvez-vous me dire s'il a été créé ?

Bien à vous,
Christine Leblond
(Saint-Lô, 50000)
""", codes=[("DUCG-M05", "DUCG M05")], said=["DUCGE"], sym="course_missing", role="student",
     note="continuing-education learner (orange.fr) cannot find module course", day=19, hm=(13, 0))

mail(50, "scol-psy-groupes-vides", "marie-laure.ozenne@unicaen.fr", "Groupes de TD vides en Neuropsychologie", fmt="alt",
     body="""Bonjour,

Dans l'espace de Neuropsychologie (PSY403B), les groupes de TD sont vides depuis le changement de semestre :

Groupe     | Effectif Apogée | Effectif Ecampus
PSY403BT1  | 38              | 0
PSY403BT2  | 36              | 0
PSY403BT3  | 37              | 0
PSY403BT4  | 35              | 0

Le TD5 (groupe du jeudi soir) est correct. Les étudiants sont bien dans le cours, mais sans groupe.

Merci,
Marie-Laure Ozenne
Scolarité psychologie – 02 31 56 58 14
""",
     html="""<html><body style="font-family:Calibri">
<p>Bonjour,</p>
<p>Dans l'espace de Neuropsychologie (PSY403B), les groupes de TD sont vides depuis le changement de semestre :</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>Groupe</th><th>Effectif Apogée</th><th>Effectif Ecampus</th></tr>
<tr><td>PSY403BT1</td><td>38</td><td>0</td></tr>
<tr><td>PSY403BT2</td><td>36</td><td>0</td></tr>
<tr><td>PSY403BT3</td><td>37</td><td>0</td></tr>
<tr><td>PSY403BT4</td><td>35</td><td>0</td></tr>
</table>
<p>Le TD5 (groupe du jeudi soir) est correct. Les étudiants sont bien dans le cours, mais sans groupe.</p>
<p>Merci,<br>Marie-Laure Ozenne<br>Scolarité psychologie – 02 31 56 58 14</p>
</body></html>""",
     codes=[("PSY403B", "PSY403B"), ("PSY403BT1", "PSY403BT1"), ("PSY403BT2", "PSY403BT2"), ("PSY403BT3", "PSY403BT3"),
            ("PSY403BT4", "PSY403BT4"), ("PSY403BT5", "TD5")], sym="wrong_group", role="staff",
     note="psychology scolarité: four TD groups empty (table)", day=22, hm=(8, 50))
