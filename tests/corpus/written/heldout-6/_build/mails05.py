from common import g, outlook, tbird

MAILS = []
A = MAILS.append

A(dict(fn="077-geo-reponse-ticket-liste.eml", frm=("Mélanie Grente", "melanie.grente@unicaen.fr"),
 subj="RE: [CEMU #319011] L2 géo - étudiants non inscrits HGEO3.07", date="2025-10-14 14:48",
 hdrs=[("X-Mailer", "Microsoft Outlook 16.0"), ("In-Reply-To", "<cemu-319011-2@assistance.unicaen.fr>")],
 text="""Bonjour,

Suite à votre demande, voici la liste complète des étudiants concernés (extraction Apogée du 14/10) :

- 24012277 - PETIT Louis - groupe HGEO3-TD1
- 24015630 - ROUSSEL Anaïs - groupe HGEO3-TD1
- 23019981 - KONE Ibrahim - TD2

Les trois ont bien leur IP à HGEO3.07 et sont affectés à un groupe de TD.

Bien cordialement,
Mélanie Grente
Scolarité Géographie – UFR HSS
tél. 02 31 56 61 03

-----Message d'origine-----
De : CEMU Assistance <cemu.assistance@unicaen.fr>
Envoyé : mardi 14 octobre 2025 11:20
À : Grente Mélanie <melanie.grente@unicaen.fr>
Objet : [CEMU #319011] L2 géo - étudiants non inscrits HGEO3.07

Bonjour,
Pourriez-vous nous indiquer les numéros étudiants des personnes concernées ?
Cordialement,
L'équipe du CEMU
""",
 gold=g("not_enrolled", "staff", ["HGEO3.07", "HGEO3-TD1", ("HGEO3-TD2", "TD2")], ["24012277", "24015630", "23019981"], [],
        schemes=["geo-elp", "geo-groupe"], note="reply on a ticket with the list of 3 students; one group by its short name")))

A(dict(fn="078-changement-filiere-aes.eml", frm=("Lina Ferreira", "lina.ferreira@etu.unicaen.fr"),
 subj="Plus accès à aucun cours après changement de licence", date="2025-10-21 11:16",
 text="""Bonjour,

Début octobre j'ai changé de licence : j'étais inscrite en L1 Droit (DRL1) et je suis passée en L1 AES (AEL1). La scolarité a annulé ma première inscription et m'a réinscrite le 13 octobre.
Depuis, je n'ai plus accès à aucun cours : ni les anciens (normal) ni ceux d'AES, par exemple AL1ECO1 (Introduction à l'économie) et AL1 GES1 (Gestion).

Numéro étudiant : 25036604

Merci,
Lina Ferreira
""",
 gold=g("not_enrolled", "student", ["DRL1", "AEL1", "AL1ECO1", ("AL1GES1", "AL1 GES1")], ["25036604"], [], schemes=["droit-etape", "droit-elp"],
        note="IA cancelled and replaced (Droit to AES): enrolled in no course")))

A(dict(fn="079-iut-transfert-remplacant.eml", frm=("Olivier Tessier", "olivier.tessier@unicaen.fr"),
 subj="TR: accès cours Économie TC1", date="2025-10-10 08:15",
 hdrs=[("X-Mailer", "Microsoft Outlook 16.0")],
 text="""Bonjour,

Pour info et action si possible : M. Girard remplace depuis le 6 octobre Mme Fleury (congé maladie) sur la ressource TC1R1.05. Le planning ADE a été mis à jour par notre secrétariat le 7/10.

Bien cordialement,
O. Tessier
Chef du département TC – IUT Grand Ouest Normandie

De : Antoine Girard <antoine.girard@unicaen.fr>
Envoyé : jeudi 9 octobre 2025 17:31
À : Tessier Olivier <olivier.tessier@unicaen.fr>
Objet : accès cours Économie TC1

Olivier,

Je n'ai toujours pas accès à l'espace Ecampus du cours d'économie (TC1R1.05), je ne peux pas récupérer les supports de Mme Fleury ni déposer le TD de lundi. Peux-tu relancer ?

Antoine
""",
 gold=g("teacher_not_enrolled", "staff", ["TC1R1.05"], [], [], schemes=["iut-elp"],
        note="head of department forwards a replacement teacher not enrolled in the course")))

A(dict(fn="080-staps-nouveau-groupe-plus-inscrit.eml", frm=("Yann Le Bris", "yann.lebris@unicaen.fr"),
 subj="Plus inscrit dans mon cours STP5-U23", date="2025-11-14 09:26",
 text="""Bonjour,

Jusqu'à la semaine dernière j'étais bien enseignant dans le cours STP5-U23 (Activité physique adaptée et santé). Depuis lundi je n'y suis plus inscrit et je ne vois plus le cours.
La scolarité m'a dit avoir créé un nouveau groupe APAS (STL3-APAS) dans Apogée le 10 novembre pour séparer les parcours, mais mes séances dans ADE sont toujours sur l'ancien groupe. Est-ce lié ?

Yann Le Bris
MCF STAPS
""",
 gold=g("teacher_not_enrolled", "staff", ["STP5-U23", "STL3-APAS"], [], [], schemes=["staps-elp", "staps-groupe"],
        note="teacher lost enrolment after a new Apogée group without ADE planning was created")))

A(dict(fn="081-maths-chargee-td-non-inscrite.eml", frm=("Laurence Picot", "laurence.picot@unicaen.fr"),
 subj="Inscription enseignante S3MAT05", date="2025-09-19 13:03", kind="alt", cte="base64",
 text="""Bonjour,

Je suis chargée des TD d'algèbre linéaire en L2 (S3 MAT05) pour les groupes L2MAT-TD1 et L2MAT-TD3, mais je ne suis pas inscrite dans l'espace du cours (id 45892). Ma collègue responsable du CM y est bien.
Mes TD sont dans ADE depuis la rentrée.

Merci,
Laurence Picot
LMNO – bureau S3 129
""",
 gold=g("teacher_not_enrolled", "staff", [("S3MAT05", "S3 MAT05"), "L2MAT-TD1", "L2MAT-TD3"], [], [45892], schemes=["sciences-elp", "sciences-groupe"],
        note="TD teacher not enrolled; course id in the text; base64")))

A(dict(fn="082-musico-cheffe-choeur.eml", frm=("Bénédicte Roux", "benedicte.roux@unicaen.fr"),
 subj="Accès Ecampus orchestre/choeur L3", date="2025-10-01 22:05", kind="alt",
 text="""Bonjour,

Je dirige l'orchestre et le chœur universitaires pour les L3 musicologie (LMUSI3). Je ne suis pas inscrite dans l'espace Ecampus de l'UE MUS5ORC « Pratique collective – orchestre », ni dans le groupe MUS-CHOEUR.
Les répétitions ont lieu le mercredi de 18h à 21h à l'auditorium de la MRSH, ce n'est peut-être pas planifié dans ADE comme un cours classique ?

Bien à vous,
Bénédicte Roux
Cheffe de chœur – chargée d'enseignement, département de musicologie
""",
 hdrs=[("X-Mailer", "Microsoft Outlook 16.0")],
 html=outlook([
  "Bonjour,",
  "",
  "Je dirige l'orchestre et le chœur universitaires pour les L3 musicologie (LMUSI3). Je ne suis pas inscrite dans l'espace Ecampus de l'UE MUS5ORC « Pratique collective – orchestre », ni dans le groupe MUS-CHOEUR.",
  "Les répétitions ont lieu le mercredi de 18h à 21h à l'auditorium de la MRSH, ce n'est peut-être pas planifié dans ADE comme un cours classique ?",
  "",
  "Bien à vous,",
  "Bénédicte Roux",
  "Cheffe de chœur – chargée d'enseignement, département de musicologie",
 ]),
 gold=g("teacher_not_enrolled", "staff", ["LMUSI3", "MUS5ORC", "MUS-CHOEUR"], [], [], schemes=["musico-etape", "musico-elp", "musico-groupe"],
        note="choir conductor not enrolled in her course (rehearsals probably not planned in ADE)")))

A(dict(fn="083-erasmus-wrong-group-lea.eml", frm=("Sofia Papadopoulou", "sofia.papadopoulou@etu.unicaen.fr"),
 subj="Wrong group in Business English", date="2025-10-01 09:58",
 text="""Hi,

On Ecampus, in the course LEA5U07 Business English I'm in group GR2 but my timetable says GR1 (Monday 10:15, room LV 215). So I can't see the assignments of my group.

My student number is 25108105.

Thanks,
Sofia (Erasmus, National and Kapodistrian University of Athens)
""",
 gold=g("wrong_group", "student", ["LEA5U07", ("LEA5-GR2", "GR2"), ("LEA5-GR1", "GR1")], ["25108105"], [], lang="en", schemes=["lve-elp", "lve-groupe"],
        note="Erasmus student in the wrong group")))

A(dict(fn="084-caps-aucun-groupe-staps.eml", frm=("DYLAN M", "dylan.m14@hotmail.com"),
 subj="PROBLEME GROUPE ECAMPUS", date="2025-10-09 23:12",
 text="""BONSOIR
JE SUIS DANS AUCUN GROUPE DANS LE COURS STP3 U12 SUR ECAMPUS ALORS QUE MON GROUPE C EST LE TD 5 (STL2TD05). DU COUP JE PEUX PAS RENDRE LE DOSSIER.
NUMERO ETUDIANT 24 008 902
DYLAN MARTINEZ L2 STAPS
""",
 gold=g("wrong_group", "student", [("STP3-U12", "STP3 U12"), "STL2TD05"], ["24008902"], [], schemes=["staps-elp", "staps-groupe"],
        note="all caps: in no group in the course; number grouped 2-3-3")))

A(dict(fn="085-iae-alternants-groupe-fi.eml", frm=("Christelle Marais", "christelle.marais@unicaen.fr"),
 subj="Alternants M1 Finance dans le mauvais groupe", date="2025-11-20 15:05",
 text="""Bonjour,

Les trois alternants ci-dessous apparaissent sur Ecampus dans le groupe FI (formation initiale) au lieu du groupe ALT, dans les cours IM1FIN03 et IM1CDG02. Dans Apogée ils sont bien affectés au groupe des alternants depuis le 4 novembre.

NEtu		Nom		Prénom	Contrat
22109954	LECONTE		Jules	apprentissage
22107733	DIALLO		Fatou	apprentissage
23001296	GOSSELIN	Hugo	pro

Conséquence : ils reçoivent les convocations de TD du mardi alors qu'ils sont en entreprise.

Merci d'avance,
Christelle Marais
IAE Caen – 02 31 56 65 41
""",
 gold=g("wrong_group", "staff", [("IMF1-FI", "FI"), ("IMF1-ALT", "ALT"), "IM1FIN03", "IM1CDG02"], ["22109954", "22107733", "23001296"], [],
        schemes=["iae-groupe", "iae-elp"], note="secretary: 3 apprentices in the FI group instead of ALT; groups by short name; tab table")))

A(dict(fn="086-geo-transfert-pas-groupe-ead.eml", frm=("Pierre-Yves Lamotte", "pierre-yves.lamotte@unicaen.fr"),
 subj="Fwd: Pas dans le groupe EAD", date="2025-10-22 08:31",
 hdrs=[("User-Agent", "Mozilla Thunderbird")],
 text="""Bonjour,

je vous transfère ce message d'une étudiante à distance. Elle devrait être dans le groupe HGEO3-EAD de mon cours HGEO3.11 pour avoir accès aux classes virtuelles.

Merci,
PYL


-------- Message transféré --------
Sujet : 	Pas dans le groupe EAD
Date : 	Tue, 21 Oct 2025 20:14:52 +0200
De : 	Fatima Zahra Idrissi <fz.idrissi@gmail.com>
Pour : 	pierre-yves.lamotte@unicaen.fr



Bonsoir Monsieur,

je suis inscrite en L2 géographie à distance mais sur Ecampus je suis dans le groupe « ELP_HGEO3.11_CM » et pas dans le groupe EAD, donc je ne vois pas les liens des classes virtuelles.
Mon numéro étudiant est le 23 01 42 77.

Merci,
Fatima Zahra Idrissi
""",
 gold=g("wrong_group", "staff", ["HGEO3-EAD", "HGEO3.11"], ["23014277"], [], schemes=["geo-groupe", "geo-elp"],
        note="teacher forwards a distance student placed in the ELP_ pseudo-group instead of the EAD group (pseudo-group name not counted as an APOGEE code)")))

A(dict(fn="087-inspe-bloc-participants.eml", frm=("Jacqueline Hébert", "jacqueline.hebert@unicaen.fr"),
 subj="Bloc Participants", date="2025-09-08 17:45",
 text="""Bonjour,

Depuis la rentrée je ne trouve plus le bloc « Participants » dans mon cours 1ca162 (Gestion de classe). Auparavant, il était à droite, sous « Dernières nouvelles ».
Je dois communiquer rapidement avec les stagiaires. Merci de m'indiquer la marche à suivre.

J. Hébert
Formatrice INSPE - site de Saint-Lô
""",
 gold=g("participants_block_missing", "staff", [("1CA162", "1ca162")], [], [], schemes=["faq-inspe-digit-first"],
        note="Participants block missing; FAQ-like INSPE code in lowercase; latin-1")))

A(dict(fn="088-sante-reponse-pas-de-hamburger.eml", frm=("Marc Lepetit", "marc.lepetit@unicaen.fr"),
 subj="Re: [CEMU #319530] Bloc Participants MED4UE09", date="2025-11-13 16:22",
 hdrs=[("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"), ("In-Reply-To", "<cemu-319530-2@assistance.unicaen.fr>")],
 text="""Bonjour,

Merci mais je ne vois aucun bouton « hamburger » en haut à gauche sur la page de mon cours (MED4UE09). J'ai juste le logo Ecampus et mon nom à droite. Je suis sous Safari sur Mac.

M. Lepetit

> Le 13 nov. 2025 à 15:40, CEMU Assistance <cemu.assistance@unicaen.fr> a écrit :
>
> Bonjour,
>
> Depuis la mise à jour d'Ecampus, le bloc « Participants » n'est plus affiché : le lien vers la liste des participants se trouve dans le menu contextuel à gauche. Pour l'afficher, cliquez sur le bouton « menu » (trois traits) en haut à gauche.
>
> L'équipe du CEMU
""",
 gold=g("participants_block_missing", "staff", ["MED4UE09"], [], [], schemes=["sante-elp"],
        note="reply on a ticket: still cannot find the participants link (Apple Mail quoting)")))

A(dict(fn="089-sms-connexion-reussie.eml", frm=("Sami Haddou", "sami.haddou@etu.unicaen.fr"),
 subj="connexion", date="2025-09-10 08:03",
 text="""bjr, qd je me connecte ca marque connexion reussie bienvenue 24031152 mais apres ca reste sur la meme page ca menvoie pas sur ecampus. jai vider le cache ca change rien
ID : 24 03 11 52
merci
""",
 gold=g("cas_unknown_destination", "student", [], ["24031152"], [], note="SMS student stuck on the CAS success page; number twice (plain and in pairs)")))

A(dict(fn="090-staps-transfert-lien-site-ufr.eml", frm=("Nathalie Pesquet", "nathalie.pesquet@unicaen.fr"),
 subj="TR: Problème connexion Ecampus", date="2025-09-11 10:20",
 hdrs=[("X-Mailer", "Microsoft Outlook 16.0")],
 text="""Bonjour,

Depuis la rentrée, plusieurs étudiants de L1 nous signalent le même problème (message ci-dessous). Ils passent tous par le lien « Ecampus » de la page Scolarité du site de l'UFR STAPS, qui pointe vers https://cas.unicaen.fr/login .
Faut-il que nous changions le lien ? Par quoi ?

Merci,
Nathalie Pesquet
Scolarité – UFR STAPS

De : Jade Lemaitre <jade.lemaitre@etu.unicaen.fr>
Envoyé : mercredi 10 septembre 2025 19:02
À : Scolarité STAPS <scol-staps@unicaen.fr>
Objet : Problème connexion Ecampus

Bonsoir,
quand je clique sur Ecampus sur le site de l'UFR, je me connecte mais ça me dit « Connexion réussie » et que le CAS ne connaît pas ma destination finale.
Je suis en L1, groupe TD 8.
Merci,
Jade Lemaitre
""",
 gold=g("cas_unknown_destination", "staff", [("STL1TD08", "TD 8")], [], [], schemes=["staps-groupe"],
        note="secretary forwards: the UFR website links to the bare CAS URL")))

A(dict(fn="091-dimanche-database-connection-failed.eml", frm=("Vincent Morel", "vincent.morel@unicaen.fr"),
 subj="Ecampus en panne ?", date="2025-11-16 10:05", kind="alt",
 text="""Bonjour,

Impossible d'accéder à Ecampus ce dimanche matin, j'ai le message suivant :

Error: Database connection failed
It is possible that the database is overloaded or otherwise not running properly.
The site administrator should also check that the database details have been correctly specified in config.php

Je voulais préparer le cours de demain (DL2ADM3). Est-ce une panne ?

Vincent Morel
""",
 gold=g("database_error", "staff", ["DL2ADM3"], [], [], schemes=["droit-elp"],
        note="Sunday morning database connection failure (weekly optimisation)")))

A(dict(fn="092-sms-erreur-depot-devoir.eml", frm=("nina.caen", "nina.caen14@gmail.com"),
 subj="bug ecampus", date="2025-10-05 22:47",
 text="""bonsoir ecampus bug, erreur de lecture de la base de donnee quand je veux deposer mon devoir de s1mat01 (a rendre ce soir minuit). je fais comment ??? num etu 25019076
nina
""",
 gold=g("database_error", "student", [("S1MAT01", "s1mat01")], ["25019076"], [], schemes=["sciences-elp"],
        note="SMS student: database read error when submitting an assignment; lowercase code")))

A(dict(fn="093-indisponible-503-devoir-surveille.eml", frm=("Sophie Durand-Vallée", "sophie.durand-vallee@unicaen.fr"),
 subj="Ecampus inaccessible - URGENT", date="2026-02-02 08:31",
 text="""Bonjour,

Ecampus est inaccessible depuis environ 8h15 ce matin (« 503 Service Unavailable »), pour moi comme pour les étudiants de L1 qui ont un devoir surveillé en ligne à 9h en salle informatique S3-045.
Est-ce une panne générale ? Pour combien de temps ?

Sophie Durand-Vallée
Secrétariat pédagogique L1 Sciences
02 31 56 53 00
""",
 gold=g("database_error", "staff", [], [], [], note="Ecampus unavailable (503) on a Monday morning; room S3-045 look-alike")))

A(dict(fn="094-allemand-reponse-tuilage.eml", frm=("Ursula Schneider", "ursula.schneider@unicaen.fr"),
 subj="RE: [CEMU #318120] Enseignants en trop ALL3U02", date="2025-10-08 11:50",
 hdrs=[("X-Mailer", "Microsoft Outlook 16.0"), ("In-Reply-To", "<cemu-318120-2@assistance.unicaen.fr>")],
 text="""Bonjour,

Vous m'avez répondu qu'il fallait attendre la fin du « tuilage » fin septembre. Nous sommes le 8 octobre et les trois collègues qui enseignaient ce cours l'an dernier en L2 (LCALL2) sont toujours inscrits comme enseignants, alors qu'ils n'interviennent plus. Ils reçoivent toutes les notifications des devoirs.

Cordialement,
U. Schneider

-----Message d'origine-----
De : CEMU Assistance <cemu.assistance@unicaen.fr>
Envoyé : mercredi 17 septembre 2025 14:03
À : Schneider Ursula <ursula.schneider@unicaen.fr>
Objet : [CEMU #318120] Enseignants en trop ALL3U02

Bonjour,
En début d'année universitaire, les enseignants de l'année précédente peuvent rester inscrits jusqu'à fin septembre (tuilage entre les deux années). La situation devrait se régulariser d'elle-même.
Cordialement,
L'équipe du CEMU
""",
 gold=g("too_many_teachers", "staff", ["ALL3U02", "LCALL2"], [], [], schemes=["lve-elp", "lve-etape"],
        note="reply on a ticket: last year's teachers still enrolled after the end of the overlap")))

A(dict(fn="095-psy-admin-tableau-enseignants.eml", frm=("Cédric Vautrin", "cedric.vautrin@unicaen.fr"),
 subj="Enseignants inscrits par erreur - L2 psychologie", date="2025-10-15 14:12", kind="html",
 hdrs=[("X-Mailer", "Microsoft Outlook 16.0")],
 html=outlook([
  "Bonjour,",
  "",
  "Plusieurs enseignants de L2 psychologie (étape LPSY2) nous signalent être inscrits comme enseignants dans des cours où ils n'interviennent pas. Exemple pour PSY3-C04 (Psychologie du développement) :",
  ("table", [["Enseignant", "Intervient dans PSY3-C04 ?", "Inscrit sur Ecampus"],
             ["HAMEL Jean-Marc", "oui (CM)", "oui"],
             ["BESNARD Lucie", "oui (TD)", "oui"],
             ["OLIVIER Paul", "non", "oui"],
             ["TRAN Minh", "non", "oui"],
             ["GODEFROY Anne", "non", "oui"]]),
  "",
  "Il semble que tous les enseignants de L2 aient été associés à l'ensemble des groupes de TD (PSY2-TD01 à PSY2-TD09) dans ADE. Pouvez-vous nous confirmer que c'est la cause et nous dire si la correction dans ADE suffira ?",
  "",
  "Cordialement,",
  "Cédric Vautrin",
  "Responsable administratif – UFR de Psychologie",
 ]),
 gold=g("too_many_teachers", "staff", ["LPSY2", "PSY3-C04", "PSY2-TD01", "PSY2-TD09"], [], [], schemes=["psy-etape", "psy-elp", "psy-groupe"],
        note="admin table of teachers wrongly enrolled; groups given as a range")))

A(dict(fn="096-musico-cohorte-abandon.eml", frm=("Anne-Sophie Brault", "as.brault@unicaen.fr"),
 subj="cohorte pas à jour ?", date="2025-11-24 12:37",
 text="""Bonjour,

J'ai inscrit il y a un mois la cohorte « L2 Musicologie » (étape LMUSI2) dans mon espace d'information de L2. Un étudiant qui a abandonné en octobre (24009977) y apparaît toujours et reçoit les annonces.
Les cohortes ne sont-elles pas mises à jour automatiquement ? Faut-il que je le retire à la main ?

A.-S. Brault
""",
 gold=g("cohort_question", "staff", ["LMUSI2"], ["24009977"], [], schemes=["musico-etape"],
        note="teacher asks why a student who dropped out is still in an étape cohort")))

A(dict(fn="097-sante-cohorte-tuteurs.eml", frm=("Corinne Madeleine", "corinne.madeleine@unicaen.fr"),
 subj="Cohorte tuteurs PASS", date="2025-10-23 10:44",
 text="""Bonjour,

Nous voudrions créer une cohorte « Tuteurs PASS 2025-2026 » regroupant une quarantaine d'étudiants de DFGSM2 et DFGSM3 qui encadrent les PASS (PASS1), pour les inscrire dans l'espace du tutorat.
Est-il possible de la créer nous-mêmes ? Sera-t-elle mise à jour automatiquement ? Je peux vous envoyer la liste des numéros étudiants.

Bien cordialement,
Corinne Madeleine
Scolarité – UFR Santé
""",
 gold=g("cohort_question", "staff", ["DFGSM2", "DFGSM3", "PASS1"], [], [], schemes=["sante-etape"],
        note="secretary wants a manual cohort of tutors")))

A(dict(fn="098-iae-transfert-cohorte-ou-groupe.eml", frm=("Christelle Marais", "christelle.marais@unicaen.fr"),
 subj="TR: Inscrire une promo dans un espace projet", date="2026-02-04 09:10",
 hdrs=[("X-Mailer", "Microsoft Outlook 16.0")],
 text="""Bonjour,

Je vous transfère la question de M. Lavigne, je ne sais pas quoi lui répondre.

Christelle Marais
IAE Caen

De : Julien Lavigne <julien.lavigne@unicaen.fr>
Envoyé : mardi 3 février 2026 18:22
À : Marais Christelle <christelle.marais@unicaen.fr>
Objet : Inscrire une promo dans un espace projet

Bonjour Christelle,

J'ai un espace « Projets tutorés L3 Gestion » hors maquette. Je voudrais que les L3 (IAEL3G-101) du groupe IL3G-TD2 y soient inscrits automatiquement et que la liste suive les changements. Quelle est la différence entre une cohorte et un groupe ? Est-ce que la « synchronisation des cohortes » peut se limiter à un groupe ?

Julien
""",
 gold=g("cohort_question", "staff", [("IAEL3G", "IAEL3G-101"), "IL3G-TD2"], [], [], schemes=["iae-etape", "iae-groupe"],
        note="forwarded question on cohort vs group for a non-Apogée space")))
