# -*- coding: utf-8 -*-
"""Mails 036-070 of writer BD, each body written by hand."""
from mailkit import gold, PNG
from mails_a import (add, MAILS, S_PASS, S_MSAN, S_STAPS, S_GEA, S_DU, S_CAP, S_IAE, S_INSPE, S_HSS, S_LVE,
                     S_DRT, S_HIS, S_DAEU, S_PSY, S_LEA, S_LP, S_SV)

add("036-las2-sv-immuno.eml", ("Noémie Lacroix", "noemie.lacroix@etu.unicaen.fr"),
    "UE immunologie", (3, 8, 15),
    text="""Bonjour, je suis en LAS 2 SV et je n'ai pas l'UE d'immunologie de la mineure santé (MSAN2-02) sur Ecampus. Merci de votre aide.
Noémie Lacroix 25009975
""", g=gold([("MSAN2-02", "MSAN2-02")], ["25009975"], [], "not_enrolled", "student", [S_MSAN], ["LAS2SV"],
            "LAS 2 SV student misses a mineure course"))

add("037-las2-merci-ambigu.eml", ("Hugo Martin", "hugo.martin@etu.unicaen.fr"),
    "Re: sémiologie", (5, 12, 40), irt="<cemu-482330-1@unicaen.fr>",
    text="""Bonjour, c'est bon je vois le cours de sémiologie maintenant, merci beaucoup. (je suis en LAS 2 au cas où vous en auriez besoin pour vos stats)
Hugo

Le mar. 3 nov. 2026 à 09:10, Hugo Martin <hugo.martin@etu.unicaen.fr> a écrit :
> bonjour je vois pas MSAN2 03 dans mes cours
""", g=gold([("MSAN2-03", "MSAN2 03")], [], [], "other", "student", [S_MSAN], [],
            "closing; 'LAS 2' alone is ambiguous"))

add("038-pass-sms-ue7.eml", ("", "26011244@etu.unicaen.fr"),
    "UE7", (8, 23, 11), cs="us-ascii",
    text="""slt jsuis en pass et jvois pas lUE stats PASU7 sur ecampus alors que g cours demain 8h amphi A. c normal ??
""", g=gold([("PASU07", "PASU7")], ["26011244"], [], "not_enrolled", "student", [S_PASS], ["PASS01"],
            "SMS style PASS student, digit dropped in code"))

add("039-pass-prof-etudiants-voient-pas.eml", ("Pr Olivier Caron", "olivier.caron@unicaen.fr"),
    "URGENT - les étudiants ne voient pas l'UE7", (9, 7, 58),
    text="""Bonjour,

Les étudiants de PASS me signalent qu'ils ne voient pas l'espace de l'UE7 statistiques (code PASU07, https://ecampus.unicaen.fr/course/view.php?id=60115). J'y ai pourtant déposé les diapos du CM. La promo fait 1 450 étudiants, c'est urgent avant le partiel blanc du 21 novembre.

O. Caron
PU-PH, Biostatistiques, CHU de Caen - poste 4 12 77
""", g=gold([("PASU07", "PASU07")], [], [60115], "students_cannot_see_course", "staff", [S_PASS], ["PASS01"],
            "teacher: PASS students cannot see the course"))

add("040-gea1-cours-renomme.eml", ("Thomas Vidal", "thomas.vidal@etu.unicaen.fr"),
    "cours de compta renommé ?", (10, 18, 22),
    text="""Bonjour,

Je suis en première année de BUT GEA. Le cours de compta (R1.05) ne s'appelle plus pareil sur Ecampus, il est devenu « Comptabilité générale 1 » et il a changé de catégorie (il est dans « Ressources transversales »), du coup je l'ai cherché pendant une heure. Est-ce que c'est normal ou c'est une erreur ? Le code est toujours GE1-R105.

Thomas
""", g=gold([("GE1-R105", "GE1-R105")], [], [], "course_moved_renamed", "student", [S_GEA], ["BGEA1"],
            "BUT GEA 1 student: course renamed and moved"))

add("041-staps-ms-merci.eml", ("Lisa Perrot", "lisa.perrot@etu.unicaen.fr"),
    "Re: marketing du sport", (4, 10, 10), irt="<cemu-482222-1@unicaen.fr>",
    text="""Merci, j'ai bien accès au cours de marketing du sport maintenant. Bonne journée !
Lisa Perrot, L3 STAPS management du sport

> Bonjour, je n'ai pas le cours ST3MS.01 Marketing du sport. 25001560
""", g=gold([("ST3MS.01", "ST3MS.01")], ["25001560"], [], "other", "student", [S_STAPS], ["STL3MS"],
            "closing: L3 STAPS management student now has access"))

add("042-staps-prof-tc-mutualise.eml", ("Stéphane Guillou", "stephane.guillou@unicaen.fr"),
    "Anglais L3 : les APAS ont disparu", (11, 9, 12),
    text="""Bonjour,

L'anglais de L3 (ST3TC.01) est mutualisé entre les trois parcours. Depuis lundi, les L3 APAS ont disparu des participants de l'espace Ecampus ; les autres parcours sont toujours là. Du coup le TD4 (celui des APAS) est vide.

S. Guillou, PRCE anglais, UFR STAPS - 02 31 56 71 33
""", html="""<div style="font-family:Arial"><p>Bonjour,</p><p>L'anglais de L3 (ST3TC.01) est mutualisé entre les trois parcours.
Depuis lundi, les L3 APAS ont disparu des participants de l'espace Ecampus ; les autres parcours sont toujours là.
Du coup le TD4 (celui des APAS) est vide.</p><p>S. Guillou, PRCE anglais, UFR STAPS - 02 31 56 71 33</p></div>""",
    g=gold([("ST3TC.01", "ST3TC.01"), ("ST3TC01TD4", "TD4")], [], [], "not_enrolled", "staff", [S_STAPS], ["STL3AP"],
           "teacher: mutualised course lost one programme's students"))

add("043-droit-l2-code-change.eml", ("Pauline Roger", "pauline.roger@etu.unicaen.fr"),
    "ancien cours obligations archivé", (6, 11, 31),
    text="""Bonjour,

Je suis en L2 droit (je redouble). Le cours de droit des obligations avait le code DR2OBL0 sur mon contrat pédagogique de l'an dernier, et cette année c'est DR2OBL1. L'ancien espace a été archivé avec tous les documents du prof. Est-ce qu'on peut encore y accéder ?
https://ecampus.unicaen.fr/course/view.php?id=51988

Pauline
""", g=gold([("DR2OBL0", "DR2OBL0"), ("DR2OBL1", "DR2OBL1")], [], [51988], "course_moved_renamed", "student", [S_DRT],
            ["DRTL2"], "student: course code changed with the new year, old space archived"))

add("044-sv-las-mutualise-staff.eml", ("Isabelle Fournier", "isabelle.fournier@unicaen.fr"),
    "LAS 1 SV absents en biologie cellulaire", (4, 16, 2),
    text="""Bonjour,

Le cours de biologie cellulaire SV1-B04 est mutualisé entre la licence SV et la LAS. Les LAS 1 SV ne sont plus inscrits dans l'espace Ecampus depuis le 2 novembre (le groupe SV1B04LAS est vide), les autres étudiants n'ont aucun souci.

I. Fournier
Responsable pédagogique L1 SV - UFR des Sciences
Campus 2, bâtiment Sciences 3, bureau S3-045
""", g=gold([("SV1-B04", "SV1-B04"), ("SV1B04LAS", "SV1B04LAS")], [], [], "not_enrolled", "staff", [S_SV], ["LAS1SV"],
            "mutualised course lost the LAS 1 SV students"))

add("045-iae-transfert-grh.eml", ("Aurélie Gaudin", "aurelie.gaudin@unicaen.fr"),
    "TR: cours recrutement", (10, 10, 5),
    text="""Bonjour,

Je vous transfère la demande d'une apprentie de M1 GRH. Son IP a été vérifiée, groupe I1RH103AP OK.

Aurélie Gaudin
Gestionnaire de scolarité - IAE Caen - 02 31 56 78 90

-------- Message transféré --------
Sujet : cours recrutement
Date : Tue, 10 Nov 2026 09:12:44 +0100
De : Jade Renaud <25007123@etu.unicaen.fr>
Pour : scolarite.iae@unicaen.fr

Bonjour, je suis en M1 GRH en apprentissage et je n'ai pas le cours de recrutement (I1RH-103) sur ecampus, contrairement aux FI.
Jade Renaud
""", g=gold([("I1RH103AP", "I1RH103AP"), ("I1RH-103", "I1RH-103")], ["25007123"], [], "not_enrolled", "staff", [S_IAE],
            ["IAM1RA"], "forwarded student request: M1 GRH apprentie misses a course"))

add("046-iae-m2-mae-login.eml", ("Frédéric Tanguy", "f.tanguy@wanadoo.fr"),
    "Impossible de me connecter", (7, 9, 40), cs="windows-1252", cte="quoted-printable",
    text="""Bonjour,

Je suis en M2 MAE (formation continue, le vendredi-samedi). Impossible de me connecter sur Ecampus depuis le changement de mot de passe imposé la semaine dernière : « identifiant ou mot de passe incorrect ». Mon identifiant est 26180017. Mon entreprise bloque peut-être ? Je suis sous Windows 11 avec Edge.

Frédéric Tanguy
Responsable administratif et financier - SARL Tanguy Frères
SIRET 412 345 678 00021
""", g=gold([], ["26180017"], [], "cannot_login", "student", [], ["IAM2MA"],
            "continuing-education M2 MAE student cannot log in"))

add("047-cas-destination-inconnue.eml", ("Ryan Lebrun", "ryan.lebrun@etu.unicaen.fr"),
    "bloqué sur la page CAS", (2, 7, 33),
    text="""Bonjour
quand je me connecte sur cas.unicaen.fr ça me met "Connexion réussie" mais que le CAS ne connaît pas ma destination finale, et je peux pas aller sur ecampus. j'ai tapé ecampus unicaen sur google. je suis en L1 droit.
Ryan
""", g=gold([], [], [], "cas_unknown_destination", "student", [], ["DRTL1"], "CAS unknown destination"))

add("048-db-error-notes.eml", ("Anne Lecoq", "anne.lecoq@unicaen.fr"),
    "Erreur base de données en saisissant les notes", (8, 10, 2),
    text="""Bonjour,

Ce dimanche matin, en voulant enregistrer les notes du devoir de droit civil (DR1CIV1), j'ai eu le message « Erreur de lecture de la base de données ». J'ai réessayé trois fois, même résultat. Les notes sont-elles perdues ?

Anne Lecoq
Maître de conférences en droit privé
Tél. : 02 31 56 50 77
""", g=gold([("DR1CIV1", "DR1CIV1")], [], [], "database_error", "staff", [S_DRT], [], "database error on Sunday morning"))

add("049-wrong-name-accent.eml", ("Eloise Chauvin", "eloise.chauvin@etu.unicaen.fr"),
    "Prénom mal écrit", (3, 20, 50), cs="iso-8859-1",
    text="""Bonjour,

Sur Ecampus mon prénom apparaît comme « Eloise » au lieu d'« Éloïse ». Ce n'est pas très grave mais j'aimerais que ce soit corrigé. Je suis en L1 histoire.

Merci,
Éloïse Chauvin
""", g=gold([], [], [], "wrong_name", "student", [], ["HISL1"], "first name wrong on the platform"))

add("050-too-many-teachers.eml", ("Caroline Simon", "caroline.simon@unicaen.fr"),
    "14 enseignants dans AN-10A", (2, 13, 45),
    text="""Bonjour,

Dans l'espace (AN-10A) EC1 Langue Traduction, je compte 14 enseignants inscrits alors que nous sommes 4 à faire ce cours cette année. Les étudiants reçoivent des messages d'anciens collègues partis à la retraite.
https://ecampus.unicaen.fr/course/view.php?id=41230
Capture jointe.

Caroline Simon
Responsable L1 LLCER anglais - UFR LVE
""", atts=[("capture_AN-10A_participants.png", PNG, "image/png")],
    g=gold([("AN-10A", "AN-10A")], [], [41230], "too_many_teachers", "staff", [S_LVE], [], "too many teachers enrolled"))

add("051-participants-block.eml", ("Romain Bertin", "romain.bertin@unicaen.fr"),
    "Bloc participants", (5, 11, 0),
    text="""Bonjour,
Je ne trouve plus le bloc Participants dans mon cours de génétique (SV2-G01) depuis la mise à jour Moodle 4.1. Où est-il passé ?
Merci
R. Bertin
""", g=gold([("SV2-G01", "SV2-G01")], [], [], "participants_block_missing", "staff", [S_SV], [],
            "teacher cannot find the Participants block"))

add("052-cohorte-du-fle.eml", ("Agnès Poulain", "agnes.poulain@unicaen.fr"),
    "Ajout d'une cohorte dans un atelier FLE", (3, 15, 27),
    text="""Bonjour,

Est-il possible d'ajouter la cohorte de mes étudiants du DU FLE niveau B1 à mon espace d'atelier DUFL-B1A ? Les inscriptions pédagogiques ne sont pas terminées et l'atelier commence jeudi. Je ne trouve pas la cohorte dans la liste.

Agnès Poulain
Carré international - 02 31 56 60 00
""", g=gold([("DUFL-B1A", "DUFL-B1A")], [], [], "cohort_question", "staff", [S_DU], ["DUFLE1"],
            "cohort question for a DU FLE workshop"))

add("053-absence-lefort.eml", ("Yves Lefort", "yves.lefort@unicaen.fr"),
    "Absence du 9 au 16 novembre", (9, 9, 5), irt="<cemu-482420-1@unicaen.fr>",
    hdr={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    text="""Bonjour,

Je suis absent du 9 au 16 novembre inclus, en colloque, avec un accès limité à ma messagerie.
Pour toute question urgente concernant le master, merci de contacter le secrétariat (02 31 56 62 40).

Yves Lefort
""", g=gold([], [], [], "other", "unknown", [], [], "out-of-office auto-reply", auto=True))

add("054-bounce.eml", ("Mail Delivery System", "MAILER-DAEMON@smtp.unicaen.fr"),
    "Undelivered Mail Returned to Sender", (10, 11, 2), cs="us-ascii",
    hdr={"Auto-Submitted": "auto-replied"}, to="cemu.assistance@unicaen.fr",
    text="""This is the mail system at host smtp.unicaen.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<j.renaud@etu.unicaen.fr>: host mx.etu.unicaen.fr said: 550 5.1.1 User unknown

--- Original message headers and beginning ---
From: CEMU Assistance <cemu.assistance@unicaen.fr>
To: j.renaud@etu.unicaen.fr
Subject: Re: [CEMU #482901] cours recrutement I1RH-103
Date: Tue, 10 Nov 2026 10:58:12 +0100
""", g=gold([("I1RH-103", "I1RH-103")], [], [], "other", "unknown", [S_IAE], [], "bounce of a CEMU answer", auto=True))

add("055-spam-boite-pleine.eml", ("Service Messagerie", "support-webmail@unicaen-securite.com"),
    "=?utf-8?b?Vm90cmUgYm/DrnRlIG1haWwgZXN0IHBsZWluZQ==?=", (7, 3, 14),
    html="""<html><body><p>Cher utilisateur,</p><p>Votre boîte mail a atteint 99% de sa capacité (Office 365).
<a href="http://unicaen-securite.com/verify">Cliquez ici</a> sous 24h pour augmenter votre quota, sinon votre compte sera suspendu.</p>
<p>L'équipe informatique</p></body></html>""",
    g=gold([], [], [], "other", "unknown", [], [], "phishing spam"))

add("056-capacite-td-penal-pas-enseignant.eml", ("Julien Hardy", "julien.hardy@unicaen.fr"),
    "Pas inscrit comme enseignant - droit pénal capacité", (2, 19, 19),
    text="""Bonjour,

Je suis chargé de TD en droit pénal pour la capacité (KD1.PEN), groupe du mardi soir. Mes séances sont bien planifiées dans ADE depuis septembre, mais je ne suis pas inscrit comme enseignant dans l'espace Ecampus : je n'ai que l'accès visiteur.

Julien Hardy
Chargé d'enseignement vacataire - UFR Droit
""", g=gold([("KD1.PEN", "KD1.PEN")], [], [], "teacher_not_enrolled", "staff", [S_CAP], [], "TD teacher not enrolled as teacher"))

add("057-dashboard-l1-droit.eml", ("", "26003378@etu.unicaen.fr"),
    "cours pas sur tableau de bord", (5, 19, 44),
    text="""Bonjour,
je suis en L1 droit, j'arrive à aller sur le cours de droit constitutionnel DR1CON1 avec le lien que le prof a envoyé mais il n'est pas dans mes cours sur le tableau de bord. Les autres y sont.
https://ecampus.unicaen.fr/course/view.php?id=50314
""", g=gold([("DR1CON1", "DR1CON1")], ["26003378"], [50314], "course_not_on_dashboard", "student", [S_DRT], ["DRTL1"],
            "student reaches the course by link but it's not on the dashboard"))

add("058-quiz-tiers-temps.eml", ("Mélanie Roussel", "melanie.roussel@unicaen.fr"),
    "Tiers-temps sur un test", (6, 14, 1),
    text="""Bonjour,

Comment accorder un tiers-temps à deux étudiants sur le test du 18/11 dans mon cours PSY1G11 ? Le test dure 45 minutes. Je dois créer un deuxième test ?

Merci,
Mélanie Roussel, ATER psychologie
""", g=gold([("PSY1G11", "PSY1G11")], [], [], "other", "staff", [S_PSY], [], "quiz settings question"))

add("059-date-partiel-histoire.eml", ("", "lucie.garnier@etu.unicaen.fr"),
    "date du partiel", (9, 21, 5),
    text="""bonsoir
vous savez quand est le partiel d'histoire ancienne HIS1A01 ? sur ecampus il y a rien. je suis en L1 histoire
lucie
""", g=gold([("HIS1A01", "HIS1A01")], [], [], "other", "student", [S_HIS], ["HISL1"], "exam date question"))

add("060-cohorte-retrait-daeu.eml", ("Patrick Lemaire", "patrick.lemaire@unicaen.fr"),
    "Retirer la synchro de cohorte ?", (10, 16, 44),
    text="""Bonjour,

En septembre vous aviez ajouté une synchronisation de cohorte dans mon cours de physique du DAEU B (DAEB-PHY), parce que les IP n'étaient pas faites. Elles le sont maintenant. Dois-je retirer la cohorte moi-même, et est-ce que les étudiants resteront inscrits ?

P. Lemaire
Service commun de formation continue - DAEU
""", g=gold([("DAEB-PHY", "DAEB-PHY")], [], [], "cohort_question", "staff", [S_DAEU], [],
            "remove a cohort sync; DAEU B is the course's programme, not said about students"))

add("061-vacataire-gea-pas-inscrit.eml", ("Nadia Ferreira", "nadia.ferreira.pro@gmail.com"),
    "Accès enseignant analyse financière", (3, 7, 20),
    text="""Bonjour,

Je suis vacataire au département GEA de l'IUT (analyse financière, GE2-R309, TD du jeudi). Je me connecte avec mon compte invité mais je n'ai pas le rôle enseignant dans le cours et je ne peux pas déposer les sujets.

Nadia Ferreira
Expert-comptable - Cabinet Ferreira & Associés, 14 bd Maréchal Leclerc, 14000 Caen
""", g=gold([("GE2-R309", "GE2-R309")], [], [], "teacher_not_enrolled", "staff", [S_GEA], [],
            "vacataire (gmail) not enrolled as teacher"))

add("062-daeu-a-cours-cache.eml", ("Hervé Masson", "herve.masson@unicaen.fr"),
    "Mes étudiants DAEU ne voient pas le cours de français", (4, 9, 0),
    text="""Bonjour,

Les étudiants du DAEU A ne voient pas l'espace DAEA-FR. Il est grisé chez moi. Est-ce que c'est moi qui dois l'ouvrir ?

H. Masson
""", g=gold([("DAEA-FR", "DAEA-FR")], [], [], "students_cannot_see_course", "staff", [S_DAEU], ["DAEUA"],
            "teacher: hidden course, DAEU A students cannot see it"))

add("063-gea-tableau-groupes-tp.eml", ("Sophie Lamy", "sophie.lamy@unicaen.fr"),
    "Groupes TP erronés - R3.01", (9, 14, 22),
    html="""<html><body>
<p>Bonjour,</p>
<p>Pour nos étudiants de 2e année de BUT GEA, les groupes de TP de l'espace GE2-R301 ne correspondent pas à APOGÉE :</p>
<table border="1" cellspacing="0">
<tr><th>N° étudiant</th><th>Groupe APOGÉE</th><th>Groupe Ecampus</th></tr>
<tr><td>25004102</td><td>GE2TP1A</td><td>GE2TP2B</td></tr>
<tr><td>25004188</td><td>GE2TP1A</td><td>aucun</td></tr>
<tr><td>25004239</td><td>GE2TP3B</td><td>GE2TP1A</td></tr>
</table>
<p>Le fichier joint reprend toute la promo (la promo fait 118).</p>
<p>Sophie Lamy<br>Secrétariat pédagogique GEA - IUT Grand Ouest Normandie<br>Bd Maréchal Juin, 14032 Caen - 02 31 56 70 40</p>
</body></html>""", atts=[("GE2-R301_groupes.csv", b"etu;apogee;ecampus\n25004102;GE2TP1A;GE2TP2B\n", "text/csv")],
    g=gold([("GE2-R301", "GE2-R301"), ("GE2TP1A", "GE2TP1A"), ("GE2TP2B", "GE2TP2B"), ("GE2TP3B", "GE2TP3B")],
           ["25004102", "25004188", "25004239"], [], "wrong_group", "staff", [S_GEA], ["BGEA2"],
           "HTML table: TP groups wrong for BUT GEA 2"))

add("064-du-mediation-module-inexistant.eml", ("Laurence Dubois", "laurence.dubois@unicaen.fr"),
    "Module 4 du DU médiation absent d'Ecampus", (5, 10, 50),
    text="""Bonjour,

Le module 4 du DU Médiation (DUMD-M04) a été créé dans APOGÉE début octobre mais il n'existe toujours pas sur Ecampus : aucun espace, ni dans la catégorie du DU, ni en cherchant le code. Les trois premiers modules sont bien là.

Laurence Dubois
Responsable administrative DU - Service formation continue
""", g=gold([("DUMD-M04", "DUMD-M04")], [], [], "course_missing", "staff", [S_DU], [], "course space does not exist"))

add("065-staps-l1-mobile-login.eml", ("", "theo.guerin@etu.unicaen.fr"),
    "connexion impossible", (2, 12, 18), cs="us-ascii",
    text="""Bonjour je suis en premiere annee de STAPS et je n'arrive pas a me connecter a ecampus, mon compte numerique n'est pas active je crois. Comment faire ?
Theo

Envoye depuis mon mobile Orange
""", g=gold([], [], [], "cannot_login", "student", [], ["STAL1"], "first-year STAPS student cannot log in"))

add("066-wrong-name-scol.eml", ("Christine Huet", "christine.huet@unicaen.fr"),
    "Nom d'usage d'une étudiante", (6, 9, 9),
    text="""Bonjour,

Une étudiante de L3 LEA (n° 23004567) a changé de nom d'usage en octobre (MOREAU épouse DUVAL). Le changement est fait dans APOGÉE mais Ecampus affiche toujours MOREAU. Qui doit faire la correction ?

Christine Huet
Scolarité UFR LVE - bureau LV 109
""", g=gold([], ["23004567"], [], "wrong_name", "staff", [], ["LEAL3"], "scolarité: student's name wrong on platform"))

add("067-en-auto-reply-intl.eml", ("International Office", "international@unicaen.fr"),
    "Automatic reply: Re: Can't find my class", (9, 10, 27), irt="<cemu-482140-3@unicaen.fr>",
    hdr={"Auto-Submitted": "auto-replied"},
    text="""Thank you for your message. The International Office is closed until Monday 16 November.
For urgent matters, please call +33 2 31 56 60 00.
""", g=gold([], [], [], "other", "unknown", [], [], "English out-of-office auto-reply", lang="en", auto=True))

add("068-en-database-error.eml", ("Kenji Tanaka", "kenji.tanaka@etu.unicaen.fr"),
    "Error message on Ecampus", (8, 9, 52),
    text="""Hello,

This morning I get "Error: Database connection failed" on every page of Ecampus. I have an assignment due tonight at 23:59. Is the site down?

Kenji Tanaka
""", g=gold([], [], [], "database_error", "student", [], [], "English: database connection failed", lang="en"))

add("069-l1-droit-colere-majuscules.eml", ("", "26002219@etu.unicaen.fr"),
    "TOUJOURS PAS LE COURS", (12, 0, 14), cs="us-ascii",
    text="""BONJOUR
JE NE VOIS TOUJOURS PAS LE COURS DE DROIT CONSTITUTIONNEL DR1 CON1, JE SUIS EN L1 DROIT ET LE PARTIEL EST DANS 3 SEMAINES. C'EST LA 3E FOIS QUE J'ECRIS !!!
""", g=gold([("DR1CON1", "DR1 CON1")], ["26002219"], [], "not_enrolled", "student", [S_DRT], ["DRTL1"],
            "angry all-caps follow-up, still not enrolled"))

add("070-merci-atelier-moodle.eml", ("Benoît Lemarié", "benoit.lemarie@unicaen.fr"),
    "Merci pour l'atelier", (12, 17, 30),
    text="""Bonjour,

Un petit mot pour remercier l'équipe pour l'Atelier Moodle niveau 1 d'hier (salle S3-045, 14h-17h). Très utile, notamment la partie sur les méthodes d'inscription.

Bonne soirée,
Benoît Lemarié
Secrétariat pédagogique - UFR Sciences
""", g=gold([], [], [], "other", "staff", [], [], "thanks for a training session"))
