from lib import M

M("067-html-erreur-bdd-devoir.eml", "Patricia Lenoir <patricia.lenoir@unicaen.fr>",
  "Erreur base de données lors du dépôt des devoirs", "2025-12-14 10:20", "", form="html",
  html="""<html><body style="font-family:Arial">Bonjour,<br><br>
Ce dimanche matin plusieurs étudiants m'écrivent qu'ils ne peuvent pas déposer leur devoir dans le cours ST.EN34&nbsp;; voici ce qu'ils obtiennent&nbsp;:<br><br>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td><b>Heure</b></td><td><b>Message</b></td></tr>
<tr><td>9h12</td><td>Erreur de lecture de la base de données</td></tr>
<tr><td>9h40</td><td>Error: Database connection failed</td></tr>
</table><br>
La date limite est ce soir 23h59. Faut-il la repousser&nbsp;?<br><br>
P. Lenoir<br>UFR STAPS</body></html>""",
  role="staff", codes=[("ST.EN34","ST.EN34")], sym="database_error", schemes=["STAPS ST.dot"],
  note="HTML table of DB errors on Sunday")

M("068-sms-bdd.eml", "Yanis <yanis.h.14@gmail.com>", "ecampus bug", "2026-02-08 10:02",
"""ecampus marche pas "erreur de lecture de la base de donnees" ça fait 1h. c normal?""",
  sym="database_error", note="SMS style db error, no code")

M("069-cas-lien-favori.eml", "Léonie Gautier <leonie.gautier@etu.unicaen.fr>",
  "Problème CAS", "2025-09-19 07:50",
"""Bonjour,

J'utilise le lien https://cas.unicaen.fr/login que j'ai enregistré l'an dernier, je mets mes identifiants, ça dit que je suis connectée mais que le CAS ne sait pas où me rediriger. Avant ça marchait avec https://cas.unicaen.fr/login?service=https%3A%2F%2Fecampus.unicaen.fr%2Flogin%2Findex.php je crois.

Léonie Gautier, L2 Lettres, 24019375""",
  nums=["24019375"], sym="cas_unknown_destination", note="CAS bookmark without service")

M("070-cohorte-pas-a-jour.eml", "Karine Morel <karine.morel@unicaen.fr>",
  "Cohorte M1 MAE incomplète", "2025-10-02 12:05",
"""Bonjour,

La cohorte « IAE – M1 Management et Administration des Entreprises » (étape M1IAEM) synchronisée dans l'espace d'accueil ne contient pas les 4 étudiants dont l'IA a été validée avant-hier (ex. 25100482, 25100519). Combien de temps faut-il pour que la cohorte soit mise à jour ?

Karine Morel
IAE Caen – Scolarité masters – 02 31 56 78 12""",
  role="staff", codes=[("M1IAEM","M1IAEM")], nums=["25100482","25100519"], sym="cohort_question",
  schemes=["étape level+discipline"], note="cohort update delay")

M("071-cohort-en.eml", "Rachel Green <rachel.green@unicaen.fr>",
  "Question about cohorts", "2026-01-14 15:15",
"""Hello,

For the semester 2 English tutoring space, can I enrol the cohort of L1 LLCER (étape L1ANG) myself with "Cohort sync"? Will it update automatically when students drop out? Or is it better to use manual enrolment with an end date?

Best,
Rachel Green
English department""",
  role="staff", lang="en", codes=[("L1ANG","L1ANG")], sym="cohort_question", schemes=["étape level+discipline"],
  note="English cohort sync question")

M("072-latin1-participants-secretaire.eml", "Martine Lecoq <martine.lecoq@unicaen.fr>",
  "Liste des participants", "2025-10-17 09:12",
"""Bonjour,

Une enseignante de GEA (cours GEA R3.07) ne trouve plus le bloc Participants à droite de son cours pour exporter la liste des étudiants. Pouvez-vous lui indiquer où il se trouve maintenant ?

Merci,
Martine Lecoq
Secrétariat du département GEA – IUT site d'Ifs – bureau A 012
Tél : 02 31 52 55 00""",
  cs="iso-8859-1", cte="8bit", role="staff", codes=[("GEAR3.07","GEA R3.07")], sym="participants_block_missing",
  schemes=["BUT ressource dot"], note="latin-1 8bit: secretary asks where Participants block went")

M("073-participants-sms.eml", "24058812@etu.unicaen.fr", "participants", "2025-10-22 13:30",
"""bonjour, dans le cours ia2mkt05 jvois plus le bloc participants a droite pour trouver mon binome, ou il est passé ?""",
  codes=[("IA2MKT05","ia2mkt05")], nums=["24058812"], sym="participants_block_missing", schemes=["IAE level+letters+digits"],
  note="student looks for Participants block; lowercase code")

M("074-html-tableau-enseignants-en-trop.eml", "Denis Quesnel <denis.quesnel@unicaen.fr>",
  "Enseignants en trop GEAR3.07", "2025-09-25 17:45", "", form="html", cs="windows-1252", cte="quoted-printable",
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body>
<p>Bonjour,</p><p>Dans mon cours <b>GEAR3.07</b> (id 50981) sont inscrits comme «&nbsp;Enseignant&nbsp;» :</p>
<table border="1"><tr><th>Nom</th><th>Rôle</th><th>Méthode</th></tr>
<tr><td>QUESNEL Denis</td><td>Enseignant</td><td>Base de données externe</td></tr>
<tr><td>PRIOUX Alain</td><td>Enseignant</td><td>Base de données externe</td></tr>
<tr><td>HAMEL Sylvie</td><td>Enseignant</td><td>Base de données externe</td></tr>
<tr><td>VOISIN Marc</td><td>Enseignant</td><td>Base de données externe</td></tr>
</table><p>Seul moi enseigne ce module. Les trois autres sont en GEA 1re année.</p>
<p>D. Quesnel – bureau B-118</p></body></html>""",
  role="staff", codes=[("GEAR3.07","GEAR3.07")], ids=[50981], sym="too_many_teachers", schemes=["BUT ressource dot"],
  note="HTML cp1252 QP table of extra teachers; course id in words")

M("075-trop-enseignants-droit.eml", "Sophie Aubert <sophie.aubert@unicaen.fr>",
  "d3 1204 : enseignants inconnus", "2025-10-07 18:10",
"""Re-bonjour,

Autre souci sur le cours de droit fiscal (d3 1204) : 9 enseignants inscrits dont 6 que je ne connais pas. Je ne peux pas les retirer moi-même. Merci.

S. Aubert""",
  role="staff", codes=[("D3-1204","d3 1204")], sym="too_many_teachers", schemes=["Droit D+level-dash-digits"],
  note="too many teachers; code lowercase with space instead of dash")

M("076-inspe-forward-teacher.eml", "Corinne Fauvel <corinne.fauvel@unicaen.fr>",
  "Fwd: accès formatrice cours 2CB114", "2025-10-13 14:00",
"""Bonjour,

Pour information et traitement, cf. ci-dessous. La formatrice est bien planifiée dans ADE.

Corinne Fauvel – INSPE

---------- Forwarded message ---------
From: Aline Guéroult <aline.gueroult@ac-normandie.fr>
Date: Mon, Oct 13, 2025 at 11:02 AM
Subject: accès formatrice cours 2CB114
To: <corinne.fauvel@unicaen.fr>

Bonjour Madame,
Je suis PEMF et j'interviens dans le cours 2CB114 « Analyse de pratique » des M2 MEEF. Je n'ai pas accès à l'espace Ecampus en tant que formatrice (il n'apparaît pas dans mes cours). Mon compte invité fonctionne pourtant.
Cordialement,
Aline Guéroult
École élémentaire Jean Moulin – 14000 Caen – 02 31 93 41 17""",
  role="staff", codes=[("2CB114","2CB114")], sym="teacher_not_enrolled", schemes=["digit+letters+digits (INSPE)"],
  note="forwarded: external trainer not enrolled as teacher")

M("077-pharma-teacher-not-enrolled.eml", "Thomas Vallée <thomas.vallee@unicaen.fr>",
  "Inscription enseignant P3UE-210", "2025-09-30 07:55",
"""Bonjour,

Nouvel MCU arrivé au 1er septembre, j'interviens dans l'UE P3UE-210 (pharmacologie, 12h CM planifiées dans ADE), mais je ne suis pas enseignant du cours sur Ecampus. Pouvez-vous m'y inscrire ?

Thomas Vallée
MCU – UFR Santé, Pharmacie – bureau PFRS 2.14 – 02 31 56 82 91""",
  role="staff", codes=[("P3UE210","P3UE-210")], sym="teacher_not_enrolled", schemes=["Pharma P+year+UE"],
  note="new teacher not enrolled; extra dash in code")

M("078-cours-id-en-mots.eml", "Rosa Méndez <rosa.mendez@unicaen.fr>",
  "Cours espagnol non visible", "2025-09-23 10:40",
"""Bonjour,

Les étudiants ne voient pas le cours d'espagnol ESPA 13 (le cours id 51234 sur Ecampus). Je l'ai pourtant rendu visible hier dans les paramètres ; il est dans la catégorie LVE > Non-spécialistes, qui est peut-être cachée ?

Rosa Méndez
Département LVE – bureau MR 110 – 02 31 56 57 30""",
  role="staff", codes=[("ESPA-13","ESPA 13")], ids=[51234], sym="students_cannot_see_course", schemes=["letters-dash-digits"],
  note="course visible but category hidden; course id in words; code without dash")

M("079-prof-presse-invisible-truncated.eml", "Hélène Parisot <helene.parisot@unicaen.fr>",
  "urgent - étudiants M1", "2025-09-29 12:01",
"""Les M1 ne voient toujours pas mon nouveau cours de socio des orga (M.1SOC4), ils sont inscrits (je les vois dans les participants). Séance jeudi. Merci de faire vite.
HP
Envoyé depuis mon téléphone""",
  role="staff", codes=[("M.1SOC4A","M.1SOC4")], sym="students_cannot_see_course", schemes=["M.dotted"],
  note="hurried teacher, truncated code")

M("080-etudiant-cours-introuvable.eml", "Louis Marais <louis.marais@etu.unicaen.fr>",
  "cours de philo introuvable", "2025-10-03 16:45",
"""Bonjour,

Je ne trouve pas le cours « Philosophie de l'esprit » (HPHI 405) sur Ecampus, même en cherchant dans toutes les catégories. Le prof nous a dit que tout serait dessus. Mes autres cours de L3 sont là.

Louis Marais – 23037118""",
  codes=[("HPHI405","HPHI 405")], nums=["23037118"], sym="course_missing", schemes=["letters+digits"],
  note="student can't find a course that doesn't exist on Ecampus")

M("081-code-errone-inconnu.eml", "Thierry Vautier <thierry.vautier@unicaen.fr>",
  "Cours S5-MAT70 inexistant", "2025-09-12 09:00",
"""Bonjour,

Je cherche le cours S5-MAT70 (Analyse numérique 2) sur Ecampus et il n'existe pas. C'est le code que j'ai noté l'an dernier dans mon tableau de service.

Thierry Vautier""",
  role="staff", codes=[("S5-MAT70","S5-MAT70")], sym="course_missing", schemes=["sem-dash (Sciences)"],
  note="teacher searches a mistyped code (unknown in APOGÉE)")

M("082-iut-cours-manquant.eml", "Sylvie Hamel <sylvie.hamel@unicaen.fr>",
  "Espace de cours manquant GEA S3", "2025-09-08 13:30",
"""Bonjour,

La ressource GEAR3.12 « Fiscalité » n'a pas d'espace sur Ecampus alors que les autres ressources du semestre 3 (GEAR3.07, GEAR3-10) en ont un. Le cours commence le 15/09 en salle B-204.

Sylvie Hamel
IUT Grand Ouest Normandie – GEA Ifs""",
  role="staff", codes=[("GEAR3.12","GEAR3.12"),("GEAR3.07","GEAR3.07"),("GEAR3.10","GEAR3-10")], sym="course_missing",
  schemes=["BUT ressource dot"], note="course not created (no group/charges?)")

M("083-droit-archive-supprime.eml", "Pascale Hérault <pascale.herault@unicaen.fr>",
  "Cours D2-1310 archivé", "2025-09-09 15:05",
"""Bonjour,

L'espace du cours de droit des obligations (D2-1310) a été déplacé dans « Archives » cette nuit. Le code n'apparaît plus dans la maquette d'après Apogée, mais nous n'avons rien demandé ; je pense à une suppression accidentelle lors de la mise à jour de la maquette. Que faut-il faire pour le récupérer ?

Pascale Hérault
Scolarité Licence Droit – bureau DR-014 – 02 31 56 55 41""",
  role="staff", codes=[("D2-1310","D2-1310")], sym="course_moved_renamed", schemes=["Droit D+level-dash-digits"],
  note="course archived after accidental deletion of the element (code unknown now)")

M("084-en-archived-esix.eml", "Karim Haddad <karim.haddad@unicaen.fr>",
  "My course was moved to Archives", "2025-09-04 16:12",
"""Hi,

My course "Embedded systems" (EX61-SE) has been moved to the Archives category and renamed. The new Apogée code is EX61-SEM apparently. How do I copy my content to the new course?

Course link: https://ecampus.unicaen.fr/course/view.php?id=43377

Karim Haddad – ESIX Cherbourg""",
  role="staff", lang="en", codes=[("EX61-SE","EX61-SE"),("EX61-SEM","EX61-SEM")], ids=[43377], sym="course_moved_renamed",
  schemes=["ESIX EX+digits-dash-letters"], note="English: archived after code change; old code gone")

M("085-prof-dashboard-pagination.eml", "Gérard Lemonnier <gerard.lemonnier@unicaen.fr>",
  "cours absent de mon tableau de bord", "2025-11-12 08:20",
"""Bonjour
Je ne vois plus HPHI402 dans mon tableau de bord, seulement 12 cours. Je suis bien enseignant dedans (j'y accède par la recherche). Réglage ?
GL""",
  role="staff", codes=[("HPHI402","HPHI402")], sym="course_not_on_dashboard", schemes=["letters+digits"],
  note="teacher: course not on dashboard (pagination)")

M("086-ticket-dashboard-psy.eml", "Chloé Lebreton <chloe.lebreton@etu.unicaen.fr>",
  "Re: [CEMU #319002] cours psy-2031 pas sur mon tableau de bord", "2025-10-14 19:02",
"""Bonjour,
j'ai bien fait ce que vous avez dit (filtre "Tous") mais le cours psy-2031 n'apparaît toujours pas dans mon tableau de bord. Je suis en L2 psycho, 23019044.
Merci

Le 13/10/2025 à 10:15, CEMU Assistance a écrit :
> Bonjour, vérifiez le filtre de la vue d'ensemble des cours.""",
  codes=[("PSY2031","psy-2031")], nums=["23019044"], sym="course_not_on_dashboard", schemes=["PSY+4digits"],
  note="ticket follow-up; code with an added dash")

M("087-secretaire-nom-etudiant.eml", "Nathalie Lemarchand <nathalie.lemarchand@unicaen.fr>",
  "Correction d'identité étudiant", "2025-11-05 11:11",
"""Bonjour,

Une étudiante de L2 Psychologie nous signale que son prénom apparaît « Loise » au lieu de « Loïse » sur Ecampus :
  N° étudiant : 24013377
  INE : 2304017722H
  Nom : DESCHAMPS

La correction a été faite dans Apogée le 28/10. Doit-on faire autre chose pour le compte numérique ?

--
Nathalie Lemarchand
Gestionnaire de scolarité – Licence Psychologie
Tél. : 02 31 56 62 18""",
  role="staff", nums=["24013377"], sym="wrong_name", note="secretary: first name wrong; INE look-alike")

M("088-sms-prenom.eml", "25070915@etu.unicaen.fr", "prenom faux", "2025-09-26 23:10",
"""slt mon prenom c Rayan pas Ryan sur ecampus, tt les profs mappellent Ryan mdr, on peut changer?""",
  nums=["25070915"], sym="wrong_name", note="sms style wrong first name")

M("089-ine-pas-de-compte.eml", "Fatou Sarr <fatou.sarr2006@yahoo.fr>",
  "Impossible de me connecter à Ecampus", "2025-09-06 15:30",
"""Bonjour,

Je viens de m'inscrire en L1 Psychologie (inscription administrative faite le 02/09). Je n'arrive pas à me connecter à Ecampus : on me dit que mon identifiant n'existe pas. Je n'ai pas encore reçu ma carte étudiante. Mon INE est 123456789AB si ça peut aider.

Cordialement,
Fatou Sarr
06 12 34 56 78""",
  sym="cannot_login", note="new student cannot log in; only INE and phone (look-alikes)")

M("090-outlook-html-teacher-login.eml", "Bernard Tessier <bernard.tessier@unicaen.fr>",
  "Accès Ecampus refusé", "2025-10-27 08:40",
"""Bonjour,

Depuis mon retour de congé, impossible de me connecter à Ecampus : après la page CAS, j'ai « Votre compte a été suspendu ». Ma messagerie et l'ENT fonctionnent.

Bernard Tessier
Professeur – UFR des Sciences – Département de Chimie
Bâtiment Sciences 2, bureau S2-317
Tél : 02 31 56 73 45""", form="alt",
  role="staff", sym="cannot_login", note="teacher account suspended; office look-alike S2-317")

M("091-thanks-en.eml", "Giulia Rinaldi <giulia.rinaldi@studenti.unipd.it>",
  "Re: [CEMU #318455] Access to Ecampus courses - Erasmus student", "2025-10-06 09:14",
"""Dear CEMU team,

Thank you so much, I can now see all three courses. Have a nice day!

Giulia

On Fri, 3 Oct 2025 at 15:22, CEMU Assistance <cemu.assistance@unicaen.fr> wrote:
> Dear Giulia, your pedagogical registration has been completed by the international office.""",
  lang="en", sym="other", note="English thank-you on resolved ticket")

M("092-banque-questions.eml", "Frédéric Marchand <frederic.marchand@unicaen.fr>",
  "Importer une banque de questions", "2025-11-19 10:10",
"""Bonjour,

Comment importer dans le cours S5MAT09 la banque de questions que j'ai exportée depuis l'ancien cours (format Moodle XML, fichier de 2,3 Mo) ? L'import échoue avec « Le fichier n'est pas au bon format ». J'utilise la version 4.1.9 d'Ecampus je crois.

F. Marchand""",
  role="staff", codes=[("S5-MAT09","S5MAT09")], sym="other", schemes=["sem-dash (Sciences)"],
  note="question-bank import, not sync")

M("093-videoprojecteur.eml", "Caroline Bisson <caroline.bisson@unicaen.fr>",
  "Vidéoprojecteur salle SA-110", "2025-10-01 08:05",
"""Bonjour,

Le vidéoprojecteur de la salle SA-110 ne s'allume plus (modèle Epson EB-L530U, étiquette inventaire INV-2019-04471). J'ai cours à 10h15. Est-ce vous qui gérez ça ?

Caroline Bisson – 02 31 56 60 21""",
  role="staff", sym="other", note="projector problem; room/model/inventory look-alikes")

M("094-devis-fournisseur.eml", "Service commercial <commercial@bureautique-normande.fr>",
  "Devis n° DV-25-10877 - imprimante CEMU", "2025-11-21 14:48",
"""Bonjour,

Veuillez trouver ci-dessous notre proposition :

Réf.        Désignation                         Qté   PU HT
W1A53A      HP LaserJet Pro M404dn              1     349,00 €
W1470A      Toner HP 147A noir                  2     189,90 €

Total HT : 728,80 € – TVA 20 % : 145,76 € – Total TTC : 874,56 €
Validité du devis : 30 jours (jusqu'au 21/12/2025).

Cordialement,
Bureautique Normande – 14120 Mondeville – 02 31 34 22 10
SIRET 412 345 678 00021""",
  role="unknown", sym="other", note="supplier quote; product refs, prices, SIRET look-alikes")

M("095-delay-dsn.eml", "Mail Delivery Subsystem <postmaster@etu.unicaen.fr>",
  "Delivery Status Notification (Delay)", "2025-12-02 06:15",
"""This is an automatically generated Delivery Status Notification.

THIS IS A WARNING MESSAGE ONLY.
YOU DO NOT NEED TO RESEND YOUR MESSAGE.

Delivery to the following recipients has been delayed:

     cemu-archives@unicaen.fr

Message will be retried for 4 more day(s)

Technical details of the temporary failure:
451 4.3.0 Mail server temporarily rejected message (queue id 4dLq7B2kQZz9vK8).""",
  role="unknown", auto=True, sym="other", hdr={"Auto-Submitted": "auto-generated"}, note="delay DSN")

M("096-liste-digest.eml", "enseignants-sciences@listes.unicaen.fr",
  "Digest enseignants-sciences, Vol 48, Parution 11", "2025-11-14 23:59",
"""Envoyez vos messages pour la liste enseignants-sciences à
	enseignants-sciences@listes.unicaen.fr

Thèmes du jour :
   1. Réservation amphi Lemaître pour le 04/12 (Paul Renaud)
   2. Re: Jury S3 – calendrier (Anne Leduc)

----------------------------------------------------------------------
Message: 1
Date: Fri, 14 Nov 2025 10:02:11 +0100
From: Paul Renaud <paul.renaud@unicaen.fr>
Subject: Réservation amphi Lemaître pour le 04/12

Quelqu'un a-t-il réservé l'amphi Lemaître le 04/12 de 13h30 à 15h30 ? Sinon je le prends pour le contrôle de S1-PHY03.

----------------------------------------------------------------------
Message: 2
From: Anne Leduc <anne.leduc@unicaen.fr>
Subject: Re: Jury S3 – calendrier

Le jury S3 est fixé au 22 janvier 2026 à 14h, salle S3-045.""",
  to="enseignants-sciences@listes.unicaen.fr", role="unknown", auto=True, codes=[("S1-PHY03","S1-PHY03")],
  schemes=["sem-dash (Sciences)"], sym="other", hdr={"List-Id": "<enseignants-sciences.listes.unicaen.fr>", "Precedence": "list"},
  note="mailing-list digest; one code in passing, room look-alike")

M("097-attestation.eml", "Hugo Besnard <hugo.besnard@etu.unicaen.fr>",
  "Demande d'attestation de réussite", "2026-02-03 10:30",
"""Bonjour,

Pourriez-vous me transmettre une attestation de réussite de ma 1re année de pharmacie (PASS 2023-2024) ? J'en ai besoin pour un dossier de stage avant le 15/02/2026.

Hugo Besnard, 23300127""",
  nums=["23300127"], sym="other", note="wrong service: certificate request")

M("098-devoir-retard.eml", "Anne Corbin <anne.corbin@unicaen.fr>",
  "Rouvrir un devoir pour une étudiante", "2026-01-20 16:50",
"""Bonjour,

Dans mon cours PSY3025 le devoir « Dossier 1 » est fermé depuis le 16/01. Une étudiante (n° 24007815) avait un certificat médical : comment lui accorder une prolongation à elle seule sans rouvrir pour tout le monde ?

Anne Corbin""",
  role="staff", codes=[("PSY3025","PSY3025")], nums=["24007815"], sym="other", schemes=["PSY+4digits"],
  note="assignment extension question, not sync")

M("099-phishing.eml", "Service Informatique <support@unicaen-webmail.com>",
  "Alerte : votre boîte aux lettres est pleine (98%)", "2025-10-30 04:12",
"""Cher utilisateur,

Votre boîte aux lettres a atteint 98 % de son quota (1,96 Go / 2 Go). Pour éviter la suspension de votre compte dans 24 heures, validez votre compte ici :
http://unicaen-webmail.com/verify?ticket=77841230

Service Informatique UNICAEN""",
  to="undisclosed-recipients:;", role="unknown", sym="other", note="phishing")

M("100-absence-noel-qp.eml", "Isabelle Roger <isabelle.roger@unicaen.fr>",
  "Réponse automatique : RE: [CEMU #320540] UE P2UE105", "2025-12-22 08:30",
"""Bonjour,

Je serai absente du 22/12/2025 au 04/01/2026 inclus. Les services de l'université sont fermés pendant cette période.
Pour toute urgence : scolarite.pharmacie@unicaen.fr

Isabelle Roger – Scolarité Pharmacie""",
  cs="windows-1252", cte="quoted-printable", role="unknown", auto=True, codes=[("P2UE105","P2UE105")],
  schemes=["Pharma P+year+UE"], sym="other", hdr={"Auto-Submitted": "auto-replied"},
  note="QP cp1252 holiday auto-reply echoing a ticket subject")
