from build import G, PNG
MAILS = []
A = MAILS.append

A(dict(fn="001-l1-socio-pas-inscrite.eml", client="zimbra",
  frm=("Léa Marchand", "lea.marchand@etu.unicaen.fr"), subj="pas inscrite au cours de méthodo",
  date="2025-09-15 22:47", cs="utf-8", cte="quoted-printable",
  body="""Bonjour,

Je suis en première année de licence de sociologie et je n'arrive pas à accéder au cours de méthodologie du travail universitaire (l1soc03b) sur ecampus. Quand je clique dessus il y a marqué "Vous ne pouvez pas vous inscrire vous-même dans ce cours" et du coup je ne peux pas voir les documents que le prof a mis pour jeudi.

Toutes mes copines de TD y ont accès sauf moi. J'ai fait mon inscription pédagogique la semaine dernière au secrétariat (le 09/09).

Mon numéro étudiant c'est le 25014872.

Je suis un peu perdue, est ce que vous pouvez m'aider svp ? Je ne veux pas prendre du retard.

Merci beaucoup
Léa Marchand
06 71 23 48 90
""",
  gold=G("not_enrolled", "student", codes=[("L1SOC03B", "l1soc03b")], sn=["25014872"],
         schemes=["soc:element"], note="L1 sociologie student not enrolled in L1SOC03B (written lowercase); phone and date are not numbers to keep")))

A(dict(fn="002-prof-philo-cours-invisible.eml", client="thunderbird",
  frm=("Bertrand Lemoine", "bertrand.lemoine@unicaen.fr"), subj="Cours de L3 invisible pour les étudiants",
  date="2025-09-22 08:12", cs="utf-8", cte="quoted-printable", fmt="alt",
  body="""Madame, Monsieur,

Mes étudiants de troisième année de licence de philosophie me signalent qu'ils ne voient pas l'espace de mon cours « Philosophie de l'esprit » (PH.S5.02) :
https://ecampus.unicaen.fr/course/view.php?id=51234

De mon côté, j'y accède sans difficulté, j'y ai déposé le plan et la bibliographie la semaine dernière. Le cours commence mercredi 24 septembre, il faudrait que les documents soient accessibles d'ici là.

Pourriez-vous regarder ce qui bloque ?

Avec mes remerciements,

--
Bertrand Lemoine
Maître de conférences en philosophie
UFR Humanités et Sciences Sociales
Bureau MRSH 128 - Tél. +33 2 31 56 62 17
Université de Caen Normandie - Esplanade de la Paix - CS 14032 - 14032 CAEN Cedex 5
""",
  gold=G("students_cannot_see_course", "staff", codes=[("PH.S5.02", "PH.S5.02")], cids=[51234],
         schemes=["phi:element"], note="philosophy teacher: L3 students cannot see his course (probably hidden); office, phone, postcode CS 14032 are look-alikes")))

A(dict(fn="003-erasmus-cannot-login.eml", client="gmail",
  frm=("Giulia Bernardi", "giulia.bernardi98@gmail.com"), subj="Problem to login on Ecampus",
  date="2025-09-10 14:03", cs="utf-8", cte="quoted-printable",
  body="""Dear Sir or Madam,

I am an Erasmus student from Università di Bologna, arrived in Caen last week (Erasmus+ incoming, first semester, Faculty of Letters).
I received my student card with the number 25104433 but I cannot log in to Ecampus. I tried with this number and the password I created on the activation page, but the page says "Invalid credentials" every time. On my phone it is the same.

My student number in Bologna was 0000981245, maybe it is linked to that one?

Could you please help me? My teachers put all the readings on Ecampus and I cannot read them.

Thank you very much,
Giulia Bernardi
+39 347 812 6640
""",
  gold=G("cannot_login", "student", sn=["25104433"], lang="en",
         note="incoming Erasmus student cannot log in to Ecampus; Bologna number 0000981245 and Italian phone are not UNICAEN numbers")))

A(dict(fn="004-sms-mauvais-groupe-tp.eml", client="apple",
  frm=("Enzo", "enzo.lefebvre14@icloud.com"), subj="grp tp",
  date="2025-10-06 07:58", cs="utf-8", cte="8bit",
  body="""slt
jsuis en L2 bio et sur ecampus jsuis ds le groupe TP2 du cours bv3-104 alors que jsuis en TP4 depuis la rentrée (cest marqué sur ADE)
du coup jvois pas les sujets de tp de mon groupe et la prof ma dit de vous ecrire
num etu 24 017 325
merci

Envoyé de mon iPhone""",
  gold=G("wrong_group", "student", codes=[("BV3-104", "bv3-104"), ("BV3104TP2", "TP2"), ("BV3104TP4", "TP4")],
         sn=["24017325"], schemes=["bio:element", "bio:groupe"],
         note="SMS-style L2 biology student placed in TP2 instead of TP4 in BV3-104; groups given by short name only; number read out in groups")))

A(dict(fn="005-reponse-auto-absent.eml", client="zimbra",
  frm=("Catherine Hamelin", "catherine.hamelin@unicaen.fr"), subj="Réponse automatique : [CEMU #48211] Cours BV5-212 introuvable",
  date="2025-10-21 10:31", cs="utf-8", cte="quoted-printable",
  hdrs=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("Precedence", "bulk"),
        ("In-Reply-To", "<48211.1761035400.cemu@assistance.unicaen.fr>")],
  body="""Bonjour,

Je suis absente du bureau du lundi 20/10/2025 au dimanche 02/11/2025 inclus, sans accès à ma messagerie.

Pour toute question concernant les inscriptions pédagogiques de la licence Sciences de la Vie, merci de contacter le secrétariat : scolarite.sciences@unicaen.fr ou 02 31 56 73 40.

Cordialement,
Catherine Hamelin
Gestionnaire de scolarité - UFR des Sciences
""",
  gold=G("other", "unknown", codes=[("BV5-212", "BV5-212")], auto=True, schemes=["bio:element"],
         note="out-of-office auto reply from a secretary to a CEMU ticket about BV5-212 (code only in the quoted subject)")))

A(dict(fn="006-scol-sde-liste-html.eml", client="outlook",
  frm=("Nadia Boucher", "nadia.boucher@unicaen.fr"), subj="Etudiants non inscrits - SDE2-04B Psychologie du développement",
  date="2025-10-02 11:26", cs="windows-1252", cte="quoted-printable", fmt="html",
  html="""<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style></head>
<body lang="FR" link="#0563C1" vlink="#954F72">
<div class="WordSection1">
<p class="MsoNormal">Bonjour,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Plusieurs étudiants de L2 Sciences de l’éducation (étape LSDE2-101) n’apparaissent pas dans la liste des participants du cours SDE2-04B «&nbsp;Psychologie du développement&nbsp;» (<a href="https://ecampus.unicaen.fr/user/index.php?id=48822">https://ecampus.unicaen.fr/user/index.php?id=48822</a>). Leurs IP sont pourtant faites jusqu’au groupe SDE204B-G1 depuis le 25 septembre.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">
<tr><td style="width:90pt;padding:0cm 5.4pt"><p class="MsoNormal"><b>N° étudiant</b></p></td>
<td style="width:90pt;padding:0cm 5.4pt"><p class="MsoNormal"><b>INE</b></p></td>
<td style="width:110pt;padding:0cm 5.4pt"><p class="MsoNormal"><b>Nom</b></p></td>
<td style="width:90pt;padding:0cm 5.4pt"><p class="MsoNormal"><b>Prénom</b></p></td></tr>
<tr><td><p class="MsoNormal">24008153</p></td><td><p class="MsoNormal">0904023456K</p></td><td><p class="MsoNormal">DUVAL</p></td><td><p class="MsoNormal">Mathilde</p></td></tr>
<tr><td><p class="MsoNormal">23011874</p></td><td><p class="MsoNormal">1203034567F</p></td><td><p class="MsoNormal">OUEDRAOGO</p></td><td><p class="MsoNormal">Aminata</p></td></tr>
<tr><td><p class="MsoNormal">24019922</p></td><td><p class="MsoNormal">071345678AB</p></td><td><p class="MsoNormal">PERRIN</p></td><td><p class="MsoNormal">Hugo</p></td></tr>
<tr><td><p class="MsoNormal">2401887</p></td><td><p class="MsoNormal">0905098712J</p></td><td><p class="MsoNormal">ROUSSEL</p></td><td><p class="MsoNormal">Chloé</p></td></tr>
</table>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Merci d’avance pour votre aide.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><span style="font-size:9.0pt;color:#7F7F7F">Nadia Boucher<br>
Gestionnaire de scolarité – Licence Sciences de l’éducation<br>
UFR Humanités et Sciences Sociales – Bâtiment A, bureau AC 212<br>
Tél. : 02.31.56.54.08<o:p></o:p></span></p>
</div></body></html>
""",
  gold=G("not_enrolled", "staff",
         codes=[("SDE2-04B", "SDE2-04B"), ("LSDE2", "LSDE2-101"), ("SDE204B-G1", "SDE204B-G1")],
         sn=["24008153", "23011874", "24019922"], cids=[48822],
         schemes=["sde:element", "sde:etape", "sde:groupe"],
         note="secretary's HTML table of students missing from SDE2-04B; row 4 number 2401887 has 7 digits (typo, not valid, left out); INEs are not student numbers")))

A(dict(fn="007-vacataire-gc-pas-enseignant.eml", client="other",
  frm=("Olivier Gosselin", "o.gosselin@btp-gosselin-ingenierie.fr"), subj="Accès enseignant Ecampus - IUT Génie civil",
  date="2025-09-29 18:40", cs="iso-8859-1", cte="quoted-printable",
  body="""Bonjour,

Je suis intervenant vacataire à l'IUT de Caen, département Génie civil - Construction durable, où j'assure cette année les TD de la ressource GC-R1.05 "Matériaux de construction" (BUT 1, groupes TD1 et TD2).

J'ai bien un compte et j'arrive à me connecter à Ecampus, mais je ne vois pas le cours de GC-R1.05 et le chef de département me dit que je devrais y être inscrit comme enseignant. Mes séances sont pourtant dans l'emploi du temps depuis septembre.

Par ailleurs, pouvez-vous transmettre au service concerné que ma facture n° 20250917 pour les heures de septembre n'a pas encore été réglée ? Je ne sais pas à qui m'adresser.

Cordialement,

Olivier Gosselin
Ingénieur structure - BTP Gosselin Ingénierie
12 rue de l'Arquette, 14000 Caen
Tél : 02 31 74 18 52 - Port : 06 84 33 21 07
SIRET 812 345 678 00021
""",
  gold=G("teacher_not_enrolled", "unknown", codes=[("GC-R1.05", "GC-R1.05")], schemes=["gc:element"],
         note="outside vacataire teaching GC-R1.05 not enrolled as teacher; invoice number 20250917 looks like a student number but is not; SIRET, phones, postcode too")))

A(dict(fn="008-cas-destination-finale.eml", client="outlook",
  frm=("Yanis B.", "yanis.b-14@hotmail.fr"), subj="bug connexion",
  date="2025-11-04 20:15", cs="windows-1252", cte="8bit",
  body="""Bonsoir,

Quand je veux aller sur ecampus je tape "ecampus unicaen" sur google, je clique sur le premier lien, je mets mon identifiant et mon mot de passe et après j'ai cette page :

Connexion réussie
Bienvenue 23007841. Vous vous êtes authentifié(e) auprès du Service Central d'Authentification. Toutefois, vous voyez cette page car CAS ne connaît pas votre destination finale ni comment vous y rediriger.

Et ça reste bloqué là, je ne vais jamais sur ecampus. J'ai essayé sur Chrome et sur Edge c'est pareil. J'ai un devoir à rendre avant vendredi 23h59.

Merci d'avance
Yanis Benali
L3 AES
""",
  gold=G("cas_unknown_destination", "student", sn=["23007841"],
         note="student reaches CAS via Google and gets 'CAS ne connaît pas votre destination finale'; his number appears in the pasted CAS page")))

A(dict(fn="009-prof-minf-database-error.eml", client="thunderbird",
  frm=("Sébastien Quéré", "sebastien.quere@unicaen.fr"), subj="Ecampus HS pendant mon examen !!",
  date="2025-11-16 10:22", cs="utf-8", cte="base64",
  body="""Bonjour,

Ce dimanche matin j'avais programmé le contrôle continu en ligne de M2 INFO31 (Apprentissage profond, M2 informatique) de 9h30 à 10h30 et Ecampus affiche depuis 9h40 :

  Erreur de lecture de la base de données

ou par moments une page rouge "Error: Database connection failed".

Résultat : la moitié des étudiants n'a pas pu soumettre. C'est la deuxième fois ce semestre. Est-ce qu'il y a une maintenance le dimanche ? Si oui ce serait bien de prévenir les enseignants.

Le cours : https://ecampus.unicaen.fr/course/view.php?id=47011

Il va falloir que je rouvre le test, je ne sais pas encore quand.

S. Quéré
Enseignant-chercheur, GREYC - Campus 2, bât. Sciences 3, bureau S3-335
""",
  gold=G("database_error", "staff", codes=[("M2INFO31", "M2 INFO31")], cids=[47011], schemes=["minf:element"],
         note="teacher: Ecampus gives database error on Sunday morning during his online test in M2INFO31 (written with a space)")))

A(dict(fn="010-fwd-cours-archive-lettres.eml", client="outlook",
  frm=("Hélène Carpentier", "helene.carpentier@unicaen.fr"), subj="TR: Cours dans Archives",
  date="2025-09-12 16:05", cs="windows-1252", cte="quoted-printable", fmt="alt",
  body="""Bonjour,

Je vous transfère l'échange ci-dessous. Mon cours de L2 « Littérature et cinéma » a disparu de la catégorie Lettres modernes et je l'ai retrouvé dans « Archives 2024-2025 ». Tout mon contenu est dedans (quiz, forums, dépôts de l'an dernier). Le secrétariat me dit de voir avec vous.

Que dois-je faire ? Je reprends le même cours cette année avec les mêmes étudiants (L2).

Hélène Carpentier
MCF Littérature française – UFR LVE / Lettres modernes

De : Scolarité Lettres <scolarite.lettres@unicaen.fr>
Envoyé : vendredi 12 septembre 2025 11:48
À : Hélène Carpentier <helene.carpentier@unicaen.fr>
Objet : RE: Cours dans Archives

Bonjour Madame Carpentier,

Le code LMO3102 n'existe plus dans la maquette 2025-2026, il a été remplacé suite à la nouvelle accréditation. Pour Ecampus nous ne sommes pas compétents, merci de contacter cemu.assistance@unicaen.fr.

Bien cordialement,
La scolarité Lettres – 02 31 56 55 21

De : Hélène Carpentier
Envoyé : jeudi 11 septembre 2025 17:30
À : Scolarité Lettres
Objet : Cours dans Archives

Bonjour, mon cours (LMO3102) Littérature et cinéma est passé dans Archives, est-ce normal ? Merci. HC
""",
  gold=G("course_moved_renamed", "staff", codes=[("LMO3102", "LMO3102")], schemes=["lmo:element"], unknown=["LMO3102"],
         note="forwarded Outlook thread: teacher's course LMO3102 moved to Archives because the code no longer exists (unknown in catalogue)")))

A(dict(fn="011-trop-enseignants-eco.eml", client="zimbra",
  frm=("Marc Villeneuve", "marc.villeneuve@unicaen.fr"), subj="Enseignants en trop dans mon cours de microéconomie",
  date="2025-09-19 13:37", cs="utf-8", cte="8bit",
  body="""Bonjour,

Dans mon cours de L1 « Introduction à la microéconomie » (EGL1.05), je compte 14 personnes avec le rôle Enseignant alors que nous ne sommes que 3 à intervenir (moi pour le CM, deux collègues pour les TD). Il y a notamment des collègues de gestion et de droit que je ne connais pas.

Le problème c'est qu'ils reçoivent toutes les notifications du forum et qu'ils voient les notes des étudiants. Je n'ose pas les désinscrire moi-même, ils sont marqués "Base de données externe".

Cordialement,
Marc Villeneuve
Professeur des universités - UFR Économie et Gestion
Bureau 214 bis - 19 rue Claude Bloch, 14000 Caen
""",
  gold=G("too_many_teachers", "staff", codes=[("EG.L1.05", "EGL1.05")], schemes=["eco:element"],
         note="teacher sees 14 teachers enrolled (database) in EG.L1.05, written with the first dot dropped")))

A(dict(fn="012-bloc-participants-physique.eml", client="thunderbird",
  frm=("Anne-Sophie Roger", "anne-sophie.roger@unicaen.fr"), subj="bloc participants",
  date="2025-09-08 09:14", cs="utf-8", cte="quoted-printable", fmt="html",
  html="""<!DOCTYPE html>
<html>
  <head>
    <meta http-equiv="content-type" content="text/html; charset=UTF-8">
  </head>
  <body>
    <p>Bonjour,</p>
    <p>Sur la page de mon cours de thermodynamique (<a class="moz-txt-link-freetext" href="https://ecampus.unicaen.fr/course/view.php?id=44190">https://ecampus.unicaen.fr/course/view.php?id=44190</a>,
      code PC-S3-02), le bloc <i>Participants</i> qui était à droite a disparu. L'an dernier je l'avais.<br>
      Comment je fais maintenant pour voir la liste de mes étudiants et leur envoyer un message ?</p>
    <p>Merci,<br>
    </p>
    <div class="moz-signature">-- <br>
      Anne-Sophie Roger<br>
      Département de Physique - UFR des Sciences<br>
      Campus 2 - bâtiment Sciences 2 - bureau S2-107<br>
      02 31 45 29 63</div>
  </body>
</html>
""",
  gold=G("participants_block_missing", "staff", codes=[("PC-S3-02", "PC-S3-02")], cids=[44190], schemes=["phy:element"],
         note="physics teacher: the Participants block disappeared from her course page (HTML-only Thunderbird)")))

A(dict(fn="013-ifsi-cohorte.eml", client="outlook",
  frm=("Sandrine Lecoq", "sandrine.lecoq@unicaen.fr"), subj="Cohorte IFSI 1ère année",
  date="2025-10-14 15:02", cs="iso-8859-1", cte="quoted-printable",
  body="""Bonjour,

Pour l'espace "Vie étudiante et tutorat - IFSI Caen" que nous avons créé l'an dernier, nous avions ajouté la méthode Synchronisation des cohortes avec la cohorte de la 1ère année (étape IFSI1).

Cette année, les nouveaux étudiants de 1ère année n'apparaissent pas, et les anciens (aujourd'hui en 2ème année, étape IFSI2) sont toujours là. Est-ce que la cohorte est bien mise à jour automatiquement ? Faut-il supprimer la méthode et la remettre ?

Pour info il y a 142 étudiants inscrits en IFSI1 cette année (promotion 2025-2028).

Merci de votre retour,

Sandrine Lecoq
Assistante pédagogique - IFSI / Pôle formation santé
Tél. 02 31 06 52 88
""",
  gold=G("cohort_question", "staff", codes=[("IFSI1", "IFSI1"), ("IFSI2", "IFSI2")], schemes=["ifsi:etape"],
         note="IFSI assistant asks whether cohort sync of IFSI1 updates for the new year; 142 and 2025-2028 are not numbers")))

A(dict(fn="014-nom-mal-ecrit.eml", client="zimbra",
  frm=("22109874@etu.unicaen.fr", "22109874@etu.unicaen.fr"), subj="Erreur sur mon nom",
  date="2025-10-09 12:20", cs="utf-8", cte="quoted-printable",
  body="""Bonjour,

Sur Ecampus mon nom est écrit "NGUYEN Thi Hao" alors que mon prénom est "Thi Hoà" (avec l'accent). Du coup mes enseignants se trompent et sur la liste d'appel c'est aussi faux.

Sur ma carte étudiante c'est bien écrit. Comment est-ce que je peux corriger ça ? Je n'ai pas trouvé où modifier dans mon profil.

Merci,
Thi Hoà Nguyen
M1 Biologie-Santé
""",
  gold=G("wrong_name", "student", sn=["22109874"],
         note="student's first name misspelled in Ecampus; student number only in her own sender address (counted)")))

A(dict(fn="015-en-dashboard-archeo.eml", client="gmail",
  frm=("Tomasz Kowalczyk", "tomasz.kowalczyk@etu.unicaen.fr"), subj="Course not visible on my dashboard",
  date="2025-10-01 17:44", cs="utf-8", cte="quoted-printable",
  body="""Hello,

I am an exchange student in 3rd year of Archaeology (licence, "LARC3"). My classmates can see the course "Fieldwork methods" ARCH 5T08 on their Ecampus dashboard, but on my dashboard it is not there. I only see 4 courses.

When I use the search I can find the course and open it, it says I am enrolled as a student, so it is not a problem of enrolment I think. But it is not on my dashboard. Is there a setting?

Student ID: 25 101 778

Best regards,
Tomasz Kowalczyk
""",
  gold=G("course_not_on_dashboard", "student", codes=[("LARC3", "LARC3"), ("ARCH5T08", "ARCH 5T08")], sn=["25101778"], lang="en",
         schemes=["arc:etape", "arc:element"],
         note="English-speaking student: course ARCH5T08 (written with a space) missing from dashboard though enrolled")))

A(dict(fn="016-note-examen-saint-lo.eml", client="other",
  frm=("Manon Leroux", "manon.leroux50@laposte.net"), subj="note partiel",
  date="2026-01-27 19:02", cs="utf-8", cte="8bit",
  body="""Bonjour,

Je suis étudiante en L2 droit au campus de Saint-Lô. Je n'ai toujours pas ma note du partiel de droit des obligations (s2dro11) du 8 janvier alors que les autres groupes l'ont eue sur ecampus. Est ce que vous savez quand elle sera publiée ? ou est ce que c'est une erreur ?

Manon Leroux
24031106
""",
  gold=G("other", "student", codes=[("S2DRO11", "s2dro11")], sn=["24031106"], schemes=["ant:element"],
         note="question about an exam mark at the Saint-Lô antenna, not an Ecampus sync problem")))

A(dict(fn="017-fwd-etudiant-hlan.eml", client="gmail",
  frm=("Judith Morel", "judith.morel@unicaen.fr"), subj="Fwd: inscription cours anglais HLAN305",
  date="2025-09-30 09:50", cs="utf-8", cte="quoted-printable",
  body="""Bonjour,

Pouvez-vous regarder la situation de cet étudiant ? Il est bien dans ma liste d'appel mais pas dans le cours Ecampus.
Merci
JM

---------- Forwarded message ---------
De : Kevin Duchesne <kevin.duchesne@etu.unicaen.fr>
Date: lun. 29 sept. 2025 à 21:17
Subject: inscription cours anglais HLAN305
To: <judith.morel@unicaen.fr>


Bonsoir Madame,

Je ne suis pas inscrit sur le cours de HLAN305 sur ecampus donc je n'ai pas pu faire le quiz de la semaine 2. Je suis pourtant en L2 LLCER anglais.
Mon n° étudiant : 23016642
INE : 0903016642M

Cordialement,
Kevin Duchesne
""",
  gold=G("not_enrolled", "staff", codes=[("HLAN305", "HLAN305")], sn=["23016642"], schemes=["hlan:element"],
         note="teacher forwards a student's mail: student not enrolled in HLAN305; INE 0903016642M contains the digits but is not a student number")))

A(dict(fn="018-vacataire-profil-email.eml", client="orange",
  frm=("Patrick Hervieu", "patrick.hervieu@orange.fr"), subj="Impossible d'accéder à Ecampus - page profil",
  date="2025-09-17 21:33", cs="windows-1252", cte="8bit",
  body="""Bonjour,

Enseignant vacataire en économie-gestion (cours du soir, Campus 1), j'ai reçu mes identifiants de la part de l'UFR. À ma première connexion sur Ecampus, j'arrive sur une page "Modifier le profil" qui me demande une adresse de courriel. Le champ n'est pas modifiable et je ne peux pas aller plus loin : chaque clic me ramène à cette page.

Je dois déposer mes supports avant le 1er octobre.

Merci de votre aide,
Patrick Hervieu
06 12 58 47 30
""",
  gold=G("cannot_login", "unknown",
         note="vacataire stuck at first login on profile page asking for an e-mail address")))

A(dict(fn="019-iut-gc-cours-caches-html.eml", client="outlook",
  frm=("Romain Delaunay", "romain.delaunay@unicaen.fr"), subj="Les BUT1 ne voient pas mes cours",
  date="2025-09-09 12:05", cs="utf-8", cte="base64", fmt="html",
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body dir="ltr"><div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
Bonjour,<br><br>
Les étudiants de BUT Génie civil 1ère année (BGC1-101) me disent qu'ils ne voient aucun de mes deux cours sur Ecampus, alors que j'ai tout préparé cet été :<br><br>
<table border="1" cellpadding="4" style="border-collapse: collapse;">
<tr style="background-color:#d9e2f3"><th>Code</th><th>Intitulé</th><th>Lien</th></tr>
<tr><td>GC-R1.05</td><td>Matériaux de construction</td><td><a href="https://ecampus.unicaen.fr/course/view.php?id=52310">course/view.php?id=52310</a></td></tr>
<tr><td>GCS1.02</td><td>SAÉ 1.02 Relevé et implantation</td><td><a href="https://ecampus.unicaen.fr/course/view.php?id=52318">course/view.php?id=52318</a></td></tr>
</table><br>
Je les vois bien moi (en gris il me semble ?). Le premier TP est jeudi 11 en salle GC-014.<br><br>
Merci,<br>
R. Delaunay<br>
<span style="color:#808080">IUT Grand Ouest Normandie - site de Caen - Dpt Génie civil - Construction durable<br>
Bureau B 203 - Tél. 02 31 56 70 96</span>
</div></body></html>
""",
  gold=G("students_cannot_see_course", "staff",
         codes=[("BGC1", "BGC1-101"), ("GC-R1.05", "GC-R1.05"), ("GC-S1.02", "GCS1.02")], cids=[52310, 52318],
         schemes=["gc:etape", "gc:element"],
         note="IUT teacher: BUT1 students cannot see his two (greyed, hidden) courses; GC-S1.02 written without its dash; room GC-014 is not a code")))

A(dict(fn="020-caps-erreur-bdd.eml", client="other",
  frm=("", "dylan.vasseur@etu.unicaen.fr"), subj="ECAMPUS MARCHE PAS",
  date="2025-11-30 09:41", cs="utf-8", cte="7bit",
  body="""BONJOUR
DEPUIS CE MATIN ECAMPUS MET "ERREUR DE LECTURE DE LA BASE DE DONNEES" SUR TOUTES LES PAGES, J'AI UN QCM A FAIRE AVANT MIDI POUR LE COURS DE GESTION (EG.L2.03)
EST CE QUE LE QCM VA ETRE DECALE ???
DYLAN VASSEUR L2 ECO GESTION
NUMERO ETUDIANT 24 00 87 14
""",
  gold=G("database_error", "student", codes=[("EG.L2.03", "EG.L2.03")], sn=["24008714"], schemes=["eco:element"],
         note="all-caps student: 'Erreur de lecture de la base de données' on Sunday morning; number written in pairs")))
