from lib import M

M("020-pharma-qp-latin1-non-inscrits.eml", "Isabelle Roger <isabelle.roger@unicaen.fr>",
  "Etudiants DFGSP2 non inscrits - UE P2UE105", "2025-10-01 15:44",
"""Bonjour,

Suite aux IP tardives, les étudiants suivants de DFGSP2 (étape P2PHA, version 101) n'apparaissent toujours pas dans l'espace de l'UE P2UE 105 (Biochimie structurale) :

  22304518  LANGLOIS Théo
  22309902  VAUTIER Inès
  23300127  BESNARD Hugo

Les IP ont été saisies le 26/09/2025. Par ailleurs tout le groupe P2PHA-TP6 semble manquer.

Bien cordialement,

Isabelle Roger
Scolarité UFR Santé – Pharmacie
Pôle des Formations et de Recherche en Santé – 2 rue des Rochambelles – 14032 Caen cedex
02 31 56 82 07 – bureau PFRS 1.37""",
  cs="iso-8859-1", cte="quoted-printable", role="staff",
  codes=[("P2PHA","P2PHA"),("P2UE105","P2UE 105"),("P2PHA-TP6","P2PHA-TP6")], nums=["22304518","22309902","23300127"],
  sym="not_enrolled", schemes=["Pharma P+year+UE","étape level+discipline","group étape-dash-type"],
  note="latin-1 QP, list of pharma students missing; stray space in code")

M("021-spam-formation.eml", "Formations Pro <contact@eformation-certifiee.net>",
  "Votre CPF expire ! Derniers jours pour 1 490 € de formation offerte", "2025-10-19 06:31",
"""Madame, Monsieur,

Vos droits CPF (réf. dossier CPF-2025-88413572) arrivent à expiration. Profitez de notre formation Excel/Word certifiante TOSA (code RS5252) pour 0 € de reste à charge.
Appelez le 09 72 18 44 01 ou cliquez ici : http://cpf-formation-offerte.biz/go?id=88413572

Pour ne plus recevoir nos offres, répondez STOP.""",
  role="unknown", sym="other", note="spam with reference numbers look-alikes")

M("022-en-wrong-group-staps.eml", "Oskar Lindqvist <oskar.lindqvist@gmail.com>",
  "Wrong group in Ecampus", "2025-10-14 20:05",
"""Hello,

I'm an exchange student in STAPS (L2). In the course "(ST.EN34) Entraînement et performance" I was put in group L2STAP-TD1 but I attend TD 2 on Wednesdays with Mr. Hamon. Because of that I can't submit the assignment for my group. My student ID is 25911803.

Thanks a lot,
Oskar""",
  lang="en", codes=[("ST.EN34","ST.EN34"),("L2STAP-TD1","L2STAP-TD1"),("L2STAP-TD2","TD 2")], nums=["25911803"],
  sym="wrong_group", schemes=["STAPS ST.dot","group étape-dash-type"], note="English, wrong group in ST.EN34")

M("023-merci.eml", "Marie-Claude Hue <marie-claude.hue@unicaen.fr>",
  "RE: [CEMU #318842] Etudiants non inscrits GG1.102", "2025-10-09 11:12",
"""Merci beaucoup, tout est rentré dans l'ordre ce matin, les étudiants sont bien dans le cours.

Bonne journée,
Marie-Claude

> Le 8 oct. 2025 à 16:40, CEMU Assistance <cemu.assistance@unicaen.fr> a écrit :
>
> Bonjour,
> les inscriptions pédagogiques ont été complétées jusqu'au groupe, la synchronisation de cette nuit devrait corriger.
> Cordialement, le CEMU""",
  role="staff", codes=[("GG1.102","GG1.102")], sym="other", schemes=["SEGGAT GG+level.dot"],
  note="thank-you on a resolved ticket")

M("024-caps-cannot-login.eml", "DIALLO Mamadou <mamadou.diallo2004@hotmail.fr>",
  "JE N ARRIVE PAS A ME CONNECTER", "2025-09-04 23:58",
"""BONJOUR
JE N ARRIVE PAS A ME CONNECTER A ECAMPUS DEPUIS HIER, IL ME DIT IDENTIFIANT OU MOT DE PASSE INCORRECT ALORS QUE C EST LE MEME QUE POUR MA MESSAGERIE. JE SUIS EN L1 AES NUMERO 25063318
MERCI DE ME REPONDRE VITE""",
  nums=["25063318"], sym="cannot_login", note="all caps, cannot log in")

M("025-teacher-archive-code-change.eml", "Pierre-Yves Lesage <pierre-yves.lesage@unicaen.fr>",
  "Cours de génétique renommé et déplacé", "2025-09-03 09:40",
"""Bonjour,

Mon cours de génétique « (S3-BIO11) Génétique moléculaire » est passé dans la catégorie Archives et son nom commence maintenant par « [Archivé 2024-2025] ». J'ai bien vu qu'un nouvel espace vide (s3-bio12) avait été créé, la scolarité me dit que le code a changé. Dois-je tout recopier à la main ? J'avais 40 activités dedans.

id de l'ancien : 41508 / nouveau : https://ecampus.unicaen.fr/course/view.php?id=52116

P.-Y. Lesage, UFR des Sciences""",
  role="staff", codes=[("S3-BIO11","S3-BIO11"),("S3-BIO12","s3-bio12")], ids=[41508,52116], sym="course_moved_renamed",
  schemes=["sem-dash (Sciences)"], note="archived course after code change (old code gone); new code lowercase")

M("026-delivery-failure.eml", "Mail Delivery System <MAILER-DAEMON@smtp.unicaen.fr>",
  "Undelivered Mail Returned to Sender", "2025-11-07 03:12",
"""This is the mail system at host smtp.unicaen.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<jean.dupont12@etu.unicaen.fr>: host mx.unicaen.fr[193.55.120.25] said: 550 5.1.1
    <jean.dupont12@etu.unicaen.fr>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)

Reporting-MTA: dns; smtp.unicaen.fr
Arrival-Date: Fri,  7 Nov 2025 03:11:58 +0100 (CET)
Final-Recipient: rfc822; jean.dupont12@etu.unicaen.fr
Status: 5.1.1""",
  role="unknown", auto=True, sym="other", hdr={"Auto-Submitted": "auto-generated"},
  note="bounce")

M("027-prof-ne-suis-pas-enseignant-psy.eml", "Hervé Gosselin <herve.gosselin@unicaen.fr>",
  "Accès enseignant PSY 4012", "2025-09-17 16:25",
"""Bonjour,

Je suis responsable de l'UE « Neuropsychologie » (PSY 4012) en L2 et je n'y suis pas inscrit en tant qu'enseignant. Je ne la vois même pas dans mes cours. Par contre je suis inscrit dans PSY4010 que je n'enseigne plus depuis deux ans.

Hervé Gosselin
Maître de conférences – UFR de Psychologie – bureau L-307 – poste 6241""",
  role="staff", codes=[("PSY4012","PSY 4012"),("PSY4010","PSY4010")], sym="teacher_not_enrolled",
  schemes=["PSY+4digits"], note="teacher not enrolled in own UE, stray space")

M("028-html-tableau-mauvais-groupe-droit.eml", "Scolarité Droit L1 <droit.scolarite@unicaen.fr>",
  "Groupes de TD erronés sur Ecampus - L1 Droit", "2025-10-03 14:18", "",
  form="html", role="staff",
  html="""<html><body>
<p>Bonjour,</p>
<p>Plusieurs étudiants de L1 Droit (étape L1DRT) sont affectés dans le mauvais groupe de TD dans l'espace <i>Introduction au droit civil</i> (D1-1101) sur Ecampus, alors qu'Apogée est à jour :</p>
<table style="border-collapse:collapse" border="1">
<thead><tr style="background:#dde"><td><b>N° étu.</b></td><td><b>Nom</b></td><td><b>Groupe Ecampus</b></td><td><b>Groupe Apogée</b></td></tr></thead>
<tr><td>25040018</td><td>PERRIN Axel</td><td>TD 07</td><td>L1DRT-TD12</td></tr>
<tr><td>25040533</td><td>SIMON Jade</td><td>aucun</td><td>L1DRT-TD12</td></tr>
<tr><td>25041190</td><td>KONATE Awa</td><td>TD 03</td><td>L1DRT-TD04</td></tr>
</table>
<p>Pour mémoire, les groupes CEMU (L1DRT-CEMU) ne sont pas concernés.</p>
<p>Cordialement,<br>
Bureau de la scolarité – Faculté de Droit – bâtiment DR, bureau DR-012<br>
02&nbsp;31&nbsp;56&nbsp;55&nbsp;40</p>
</body></html>""",
  codes=[("L1DRT","L1DRT"),("D1-1101","D1-1101"),("L1DRT-TD07","TD 07"),("L1DRT-TD12","L1DRT-TD12"),("L1DRT-TD03","TD 03"),("L1DRT-TD04","L1DRT-TD04"),("L1DRT-CEMU","L1DRT-CEMU")],
  nums=["25040018","25040533","25041190"], sym="wrong_group",
  schemes=["Droit D+level-dash-digits","étape level+discipline","group étape-dash-type"],
  note="HTML table of students in wrong TD groups")

M("029-cas-en.eml", "Ahmed Benali <a.benali@etu.unicaen.fr>",
  "CAS login problem", "2025-09-11 08:03",
"""Hi,
After I type my login and password on cas.unicaen.fr it shows "Log In Successful" and something about not knowing the final destination. I saved the page https://cas.unicaen.fr/login in my bookmarks. I can't reach Ecampus.
Regards
Ahmed (M2 ESIX)""",
  lang="en", sym="cas_unknown_destination", note="English, CAS bookmark")

M("030-quiz-setting.eml", "Catherine Jouan <catherine.jouan@unicaen.fr>",
  "Test : temps supplémentaire tiers-temps", "2025-11-20 17:33",
"""Bonjour,

Dans mon test du 27/11 (cours IRAN22, Iranien intermédiaire), comment donner un tiers-temps à deux étudiants seulement ? Le test dure 45 min, ils devraient avoir 60 min. Je ne trouve pas l'option dans les paramètres du test.

Merci,
Catherine Jouan""",
  role="staff", codes=[("IRAN-22","IRAN22")], sym="other", schemes=["letters-dash-digits"],
  note="quiz user override question, not sync")

M("031-pas-inscrit-ese-o-pour-0.eml", "Lucas Hébert <lucas.hebert@etu.unicaen.fr>",
  "Pas inscrit au module EX72-IA", "2025-09-25 10:10",
"""Bonjour,

Je suis en 2e année ESIX (option IA) et je ne suis pas inscrit dans l'espace du module EX72-IA sur Ecampus, alors que mes camarades le sont. Mon numéro étudiant : 24O51876 (pardon : 24051876).

Merci d'avance,
Lucas""",
  codes=[("EX72-IA","EX72-IA")], nums=["24051876"], sym="not_enrolled", schemes=["ESIX EX+digits-dash-letters"],
  note="student not enrolled; student number first typed with O")

M("032-dsi-maintenance.eml", "DSI UNICAEN <dsi-info@unicaen.fr>",
  "[Info DSI] Intervention sur les bases de données – dimanche 30 novembre", "2025-11-26 16:00",
"""Madame, Monsieur,

Une intervention sur l'infrastructure de bases de données aura lieu le dimanche 30 novembre 2025 de 7h00 à 12h00. Ecampus, Collegium Santé et ADE seront indisponibles pendant cette plage.

Référence du changement : CHG-2025-1147.

La Direction du Système d'Information
Tél. assistance : 02 31 56 61 00""",
  to="personnels@listes.unicaen.fr", role="staff", sym="other", hdr={"Precedence": "bulk"},
  note="DSI maintenance announcement; not a question")

M("033-db-error-lecture.eml", "Valérie Rouxel <valerie.rouxel@unicaen.fr>",
  "Erreur de lecture de la base de données", "2025-11-13 14:26",
"""Bonjour,

Depuis 14h j'ai systématiquement « Erreur de lecture de la base de données » quand j'ouvre le carnet de notes de mon cours https://ecampus.unicaen.fr/grade/report/grader/index.php?id=47760 . Les autres pages du cours s'affichent.

Valérie Rouxel
Département de Géographie""",
  role="staff", ids=[47760], sym="database_error", png="erreur.png",
  note="database read error on gradebook, screenshot attached")
