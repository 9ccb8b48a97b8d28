from build import G, PNG
MAILS = []
A = MAILS.append

A(dict(fn="081-reorientation-ia-remplacee.eml", client="other",
  frm=("Maxence Dupré", "maxence.dupre@etu.unicaen.fr"), subj="Réorientation : pas inscrit dans mes nouveaux cours",
  date="2025-10-28 13:22", cs="iso-8859-1", cte="8bit",
  body="""Bonjour,

Je me suis réorienté le 20 octobre de la L1 Sciences de la vie (L1SV) vers la L1 Sciences pour l'ingénieur (L1SPI). Mon inscription administrative a été annulée puis refaite par le bureau des inscriptions, et la scolarité de SPI a fait mes IP le 22.

Sur Ecampus je suis toujours inscrit dans les cours de bio (je vois encore BV1-101) mais dans aucun cours de SPI, par exemple SPHY115 (mécanique) où il y a déjà eu deux tests.

Mon numéro étudiant : 25-004-719
Mon ancien numéro de dossier d'inscription : 2025-018834

Merci d'avance,
Maxence Dupré
""",
  gold=G("not_enrolled", "student", codes=[("L1SV", "L1SV"), ("L1SPI", "L1SPI"), ("BV1-101", "BV1-101"), ("SPHY115", "SPHY115")],
         sn=["25004719"], schemes=["bio:etape", "phy:etape", "bio:element", "sphy:element"],
         note="student whose IA was cancelled and redone after a change of étape is not enrolled in the new courses (e.g. SPHY115); dossier number 2025-018834 is a look-alike")))

A(dict(fn="082-reponse-categorie-cachee-bio.eml", client="zimbra",
  frm=("Florence Madec", "florence.madec@unicaen.fr"), subj="Re: Cours BV3-108 invisible pour les étudiants",
  date="2025-10-14 10:37", cs="utf-8", cte="quoted-printable",
  body="""Bonjour,

Comme vous me l'avez conseillé j'ai mis la visibilité du cours sur « Afficher », mais le réglage revient tout seul sur « Cacher » quand j'enregistre, et mes L2 ne voient toujours rien. Mon collègue qui a un cours dans la même catégorie (L2 Biologie des organismes) a exactement le même problème. Est-ce que c'est la catégorie entière qui est cachée ?

Florence Madec

Le 13/10/2025 à 16:40, CEMU Assistance a écrit :
> Bonjour,
>
> Votre cours BV3108 est caché aux étudiants. Vous pouvez le rendre visible
> depuis Paramètres > Visibilité du cours > Afficher.
>
> Cordialement,
> L'équipe CEMU
>
> Le 13/10/2025 à 11:02, Florence Madec a écrit :
>> Les étudiants de L2 ne voient pas mon cours de zoologie, pouvez-vous regarder ?
>> https://ecampus.unicaen.fr/course/view.php?id=49762
""",
  gold=G("students_cannot_see_course", "staff", codes=[("BV3-108", "BV3-108")], cids=[49762], schemes=["bio:element"],
         note="reply quoting CEMU: students still cannot see BV3-108 although set to visible (category probably hidden); code also written BV3108 in the quote")))

A(dict(fn="083-l1-jamais-recu-identifiants.eml", client="outlook",
  frm=("Eva Lecerf", "eva.lecerf2007@outlook.fr"), subj="Je n'arrive pas à me connecter à Ecampus",
  date="2025-09-05 21:10", cs="utf-8", cte="base64", fmt="alt",
  body="""Bonjour,

Je suis nouvelle étudiante en L1 Lettres modernes. Je n'arrive pas à me connecter à Ecampus : je ne sais pas quel identifiant mettre. J'ai essayé mon adresse mail personnelle et mon numéro étudiant (25 01 93 28) mais ça me dit que les informations sont incorrectes. Je ne crois pas avoir activé de « compte numérique », je n'ai reçu aucun mail pour ça.

Les cours commencent lundi et j'ai peur de ne pas avoir accès aux documents. Qu'est-ce que je dois faire ?

Je vous remercie par avance,
Eva Lecerf
""",
  gold=G("cannot_login", "student", sn=["25019328"],
         note="anxious L1 student who never activated her digital account cannot log in; number written in pairs")))

A(dict(fn="084-fwd-prof-etudiante-stage-canada.eml", client="thunderbird",
  frm=("Gilles Poisson", "gilles.poisson@unicaen.fr"), subj="Fwd: Ecampus depuis Montréal",
  date="2026-02-02 16:45", cs="utf-8", cte="quoted-printable",
  body="""Bonjour,

Une de mes étudiantes de M2 est en stage à Montréal et ne parvient plus à se connecter à Ecampus depuis une semaine (voir ci-dessous). Elle doit rendre son rapport d'étape sur la plateforme le 15 février. Pouvez-vous l'aider ?

Gilles Poisson
Responsable du M2 Économie appliquée

-------- Message transféré --------
Sujet : Ecampus depuis Montréal
Date : Mon, 2 Feb 2026 09:12:44 -0500
De : Justine Morvan <justine.morvan@etu.unicaen.fr>
Pour : gilles.poisson@unicaen.fr

Bonjour Monsieur,

Depuis le 26 janvier je n'arrive plus à me connecter à Ecampus : après le CAS j'ai le message « Votre compte a expiré ». Mon numéro étudiant est le 23005871. Mon numéro canadien (permis de travail) est le 4512 8830, au cas où.

Merci beaucoup,
Justine Morvan
""",
  gold=G("cannot_login", "staff", sn=["23005871"],
         note="teacher forwards a student abroad who cannot log in ('compte expiré'); Canadian permit number 4512 8830 is a look-alike")))

A(dict(fn="085-ifsi-s5-cours-absents-html.eml", client="outlook",
  frm=("Sandrine Lecoq", "sandrine.lecoq@unicaen.fr"), subj="Cours S5 IFSI 3ème année absents d'Ecampus",
  date="2025-09-02 09:30", cs="iso-8859-1", cte="quoted-printable", fmt="html",
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Bonjour,</p>
<p>Pour la rentrée des 3ème année IFSI (étape IFSI3, promotion 2023-2026) le 8 septembre, les espaces de cours suivants n'existent pas sur Ecampus :</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr bgcolor="#dce6f1"><th>UE</th><th>Code</th><th>Intitulé</th></tr>
<tr><td>UE 5.1 S5</td><td>IF51S5</td><td>Accompagnement de la personne dans la réalisation de ses soins quotidiens</td></tr>
<tr><td>UE 6.2 S5</td><td>IF 62S5</td><td>Anglais</td></tr>
<tr><td>UE 4.2 S5</td><td>IF42S5</td><td>Soins relationnels</td></tr>
</table>
<p>Les UE des 1ère et 2ème années sont bien là. Pouvez-vous nous dire ce qui manque&nbsp;?</p>
<p>Cordialement,<br>Sandrine Lecoq<br>Assistante pédagogique - IFSI / Pôle formation santé<br>Tél. 02 31 06 52 88</p>
</div></body></html>
""",
  gold=G("course_missing", "staff", codes=[("IFSI3", "IFSI3"), ("IF51S5", "IF51S5"), ("IF62S5", "IF 62S5"), ("IF42S5", "IF42S5")],
         schemes=["ifsi:etape", "ifsi:element"],
         note="IFSI assistant: three S5 course spaces do not exist; HTML table; one code written with a space; 'UE 5.1 S5' labels are not codes")))

A(dict(fn="086-caps-cours-cherbourg-existe-pas.eml", client="other",
  frm=("", "ryan.lemarchand@etu.unicaen.fr"), subj="COURS INTROUVABLE",
  date="2025-09-24 14:52", cs="utf-8", cte="7bit",
  body="""BONJOUR
LE COURS C1LEAO9 (ESPAGNOL L1 LEA CHERBOURG) N'EXISTE PAS SUR ECAMPUS, PERSONNE DE LA PROMO NE LE TROUVE ET LE PROF NON PLUS
ON FAIT COMMENT POUR LES DEVOIRS
RYAN LEMARCHAND
""",
  gold=G("course_missing", "student", codes=[("C1LEA09", "C1LEAO9")], schemes=["ant:element"],
         note="all-caps Cherbourg student: course C1LEA09 (written with letter O for zero) does not exist on Ecampus")))

A(dict(fn="087-eco-cours-s2-tableau-de-bord.eml", client="outlook",
  frm=("Marc Villeneuve", "marc.villeneuve@unicaen.fr"), subj="Cours du S2 absents du tableau de bord",
  date="2026-01-13 08:52", cs="utf-8", cte="quoted-printable", fmt="alt",
  body="""Bonjour,

Mes deux cours du second semestre (EG.L1.12 Macroéconomie et EG.L114 Statistiques) n'apparaissent pas sur mon tableau de bord, seulement ceux du S1. Je suis bien inscrit comme enseignant, je les vois dans la liste quand je passe par la catégorie L1 Économie.

Sur le tableau de bord, le filtre affiche « En cours ». Faut-il changer quelque chose dans les dates des cours ?

Cordialement,
Marc Villeneuve
Bureau 214 bis - 02 31 56 51 87
""",
  gold=G("course_not_on_dashboard", "staff", codes=[("EG.L1.12", "EG.L1.12"), ("EG.L1.14", "EG.L114")], schemes=["eco:element"],
         note="teacher does not see his S2 courses (EG.L1.14 written without its second dot) on the dashboard (filter 'en cours', start dates in the future)")))

A(dict(fn="088-retire-de-l-affichage.eml", client="gmail",
  frm=("Océane Pellerin", "oceane.pellerin61@gmail.com"), subj="[25033104] cours disparu du tableau de bord",
  date="2025-11-05 19:37", cs="utf-8", cte="quoted-printable",
  body="""Bonjour,

Je suis en BUT GEA 1ère année au campus d'Alençon. En voulant ranger mon tableau de bord j'ai cliqué sur les trois petits points puis « Retirer de l'affichage » sur le cours A1GEA03 (Économie générale) et maintenant il n'apparaît plus du tout dans mon tableau de bord. Je ne sais pas comment le remettre.

Mon numéro étudiant est dans l'objet.

Merci !
Océane Pellerin
""",
  gold=G("course_not_on_dashboard", "student", codes=[("A1GEA03", "A1GEA03")], sn=["25033104"], schemes=["ant:element"],
         note="Alençon student removed course A1GEA03 from her dashboard view; student number only in the subject")))

A(dict(fn="089-ticket-ead-toujours-mauvais-groupe.eml", client="gmail",
  frm=("Rachid Benhamou", "rachid.benhamou@etu.unicaen.fr"), subj="Re: [CEMU #49011] Mauvais groupe cours de droit civil",
  date="2025-11-19 22:05", cs="utf-8", cte="quoted-printable",
  hdrs=[("In-Reply-To", "<49011.1763372100.cemu@assistance.unicaen.fr>")],
  body="""Bonsoir,

Je suis désolé mais rien n'a changé, je suis toujours dans le groupe DUCAP-PRES (présentiel) dans le cours RCAED221 alors que je suis le DU Capacité en droit à distance depuis chez moi à Granville. Je ne peux pas aller aux séances du samedi matin à Caen.

Rachid Benhamou
N° étudiant 22 017 934

Le lun. 17 nov. 2025 à 10:35, CEMU Assistance <cemu.assistance@unicaen.fr> a écrit :

> Bonjour,
>
> Nous avons transmis votre demande à la scolarité FOAD : votre inscription
> administrative doit être en télé-enseignement et votre groupe libellé CEMU
> (DUCAP-CEMU). La correction sera visible le lendemain de la modification dans
> Apogée.
>
> Cordialement,
> L'équipe CEMU
""",
  gold=G("wrong_group", "student", codes=[("DUCAP-PRES", "DUCAP-PRES"), ("RCAED221", "RCAED221"), ("DUCAP-CEMU", "DUCAP-CEMU")],
         sn=["22017934"], schemes=["rcaed:groupe", "rcaed:element"],
         note="reply on ticket: distance student still in the face-to-face group of RCAED221")))

A(dict(fn="090-archeo-planification-html.eml", client="thunderbird",
  frm=("Vincent Hue", "vincent.hue@unicaen.fr"), subj="Toujours pas inscrit comme enseignant dans ARCH5P11",
  date="2025-10-20 08:15", cs="utf-8", cte="base64", fmt="html",
  html="""<html><head><meta http-equiv="content-type" content="text/html; charset=UTF-8"></head>
<body>
<p>Bonjour,</p>
<p>Je ne suis pas inscrit dans l'espace Ecampus de l'EC ARCH5P11 (Céramologie, L3), alors que c'est moi qui l'assure. Voici mes séances telles qu'elles apparaissent dans ADE :</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>Date</th><th>Horaire</th><th>Salle</th><th>Groupe</th><th>Enseignant</th></tr>
<tr><td>2025-10-02</td><td>14h00-16h00</td><td>MRSH SH 027</td><td>ARC5P11-G1</td><td>HUE Vincent</td></tr>
<tr><td>2025-10-09</td><td>14h00-16h00</td><td>MRSH SH 027</td><td>ARC5P11-G1</td><td>HUE Vincent</td></tr>
<tr><td>2025-10-16</td><td>14h00-16h00</td><td>Lapidarium</td><td>ARC5P11-G1</td><td>HUE Vincent</td></tr>
</table>
<p>La scolarité m'a dit avoir créé ce groupe fin septembre ; avant il y avait un groupe «&nbsp;ELP_&nbsp;» automatique.</p>
<p>VH</p>
</body></html>
""",
  gold=G("teacher_not_enrolled", "staff", codes=[("ARCH5P11", "ARCH5P11"), ("ARC5P11-G1", "ARC5P11-G1")],
         schemes=["arc:element", "arc:groupe"],
         note="teacher planned in ADE (HTML table of sessions) but not enrolled in ARCH5P11 after a group replaced the ELP_ pseudo-group; dates 2025-10-xx are look-alikes")))

A(dict(fn="091-inspe-plus-inscrit-depuis-groupe.eml", client="outlook",
  frm=("Thierry Anquetil", "thierry.anquetil@unicaen.fr"), subj="Désinscrit de mon cours 2CA214 depuis la création d'un groupe",
  date="2025-11-03 12:48", cs="windows-1252", cte="quoted-printable",
  body="""Bonjour,

Depuis mardi dernier je ne suis plus inscrit comme enseignant dans mon cours « (2CA214) Didactique des mathématiques » (M2 MEEF 1er degré, site de Saint-Lô). La scolarité de l'INSPE a créé dans Apogée un groupe 2CA214G1 la semaine dernière pour séparer les étudiants en alternance. Mes séances dans ADE sont toujours planifiées comme avant.

Coïncidence ? Je n'ai plus accès aux copies déposées (54 devoirs à corriger pour le 10/11).

Thierry Anquetil
Formateur INSPE Normandie Caen – site de Saint-Lô
Tél. 02 33 77 11 90
""",
  gold=G("teacher_not_enrolled", "staff", codes=[("2CA214", "2CA214"), ("2CA214G1", "2CA214G1")], schemes=["inspe:element", "inspe:groupe"],
         note="INSPE teacher lost his teacher enrolment in 2CA214 after a new APOGÉE group (not planned in ADE) was created")))

A(dict(fn="092-iut-cours-archive.eml", client="zimbra",
  frm=("Romain Delaunay", "romain.delaunay@unicaen.fr"), subj="Mon cours de BUT2 est dans les archives",
  date="2025-09-15 13:19", cs="utf-8", cte="8bit",
  body="""Bonjour,

Mon cours de géotechnique de BUT2 (GC-R3.4, je crois que c'était le code) se trouve maintenant dans « Archives 2024-2025 » et je ne le trouve plus dans la catégorie BUT Génie civil 2e année (BGC2). Les étudiants ne le voient plus.

Est-ce lié à la réforme du BUT ? La ressource existe toujours dans le programme national, sous un autre numéro il me semble.

R. Delaunay
""",
  gold=G("course_moved_renamed", "staff", codes=[("GC-R3.04", "GC-R3.4"), ("BGC2", "BGC2")], schemes=["gc:element", "gc:etape"],
         unknown=["GC-R3.04"],
         note="IUT teacher: course moved to Archives; old code GC-R3.04 (written with its 0 dropped) no longer exists (unknown)")))

A(dict(fn="093-iphone-cours-renomme-socio.eml", client="apple",
  frm=("Claire Besnard", "claire.besnard@unicaen.fr"), subj="Cours renommé ?",
  date="2026-01-05 18:06", cs="utf-8", cte="quoted-printable",
  body="""Bonjour,
mon cours de L1 L1soc07a (Introduction à la sociologie urbaine) a changé de nom et de place : il est maintenant dans une catégorie « Archives » avec [2024-2025] dans le titre. Qu'est-ce qui se passe ? Je reprends ce cours au S2 dans 2 semaines.
Merci
C. Besnard

Envoyé de mon iPhone""",
  gold=G("course_moved_renamed", "staff", codes=[("L1SOC07A", "L1soc07a")], schemes=["soc:element"],
         note="teacher from phone: course L1SOC07A (mixed case) moved to Archives and renamed")))

A(dict(fn="094-prenom-tilde.eml", client="gmail",
  frm=("João Ferreira", "joao.ferreira@etu.unicaen.fr"), subj="Prénom mal écrit sur Ecampus",
  date="2025-10-10 16:58", cs="utf-8", cte="base64",
  body="""Bonjour,

Je suis étudiant portugais en M1 Économie (inscription complète à Caen, pas Erasmus). Sur Ecampus, mon prénom est écrit « Joao » sans le tilde et mon nom « FERREIRA DA SILVA » est coupé en « FERREIRA ». Sur les listes des professeurs c'est aussi faux et ça pose problème pour les notes.

Mon numéro d'étudiant : 25102664.

Merci beaucoup et pardon pour les fautes de français.
João Ferreira da Silva
""",
  gold=G("wrong_name", "student", sn=["25102664"],
         note="student's first name without tilde and truncated surname in Ecampus")))

A(dict(fn="095-cas-bienvenue-plus-rien.eml", client="other",
  frm=("Hugo Lenormand", "hugo.lenormand@etu.unicaen.fr"), subj="connexion ecampus impossible",
  date="2025-09-09 12:40", cs="utf-8", cte="quoted-printable",
  body="""Bonjour,

Quand je vais sur cas.unicaen.fr, je mets mes identifiants, la page me dit « Bienvenue 24017752 » et « Connexion réussie » mais je reste sur cette page, je ne suis jamais envoyé sur Ecampus. J'ai vidé le cache, essayé en navigation privée, rien à faire.

Merci,
Hugo Lenormand
L2 Physique-Chimie
""",
  gold=G("cas_unknown_destination", "student", sn=["24017752"],
         note="student logs in directly on cas.unicaen.fr and stays on the CAS success page")))

A(dict(fn="096-philo-toute-equipe-enseignante.eml", client="thunderbird",
  frm=("Bertrand Lemoine", "bertrand.lemoine@unicaen.fr"), subj="Tous les enseignants de philo inscrits dans mon cours de L1",
  date="2025-09-23 11:11", cs="utf-8", cte="quoted-printable",
  body="""Madame, Monsieur,

Dans l'espace de mon cours de L1 « Introduction à la philosophie morale » (PHS1.02), l'ensemble des enseignants du département (17 collègues) est inscrit avec le rôle Enseignant. Je suppose que c'est lié à la façon dont les TD (groupes PH102-G1 à PH102-G4) ont été saisis dans ADE cette année, toute l'équipe ayant été associée aux groupes.

Les collègues concernés reçoivent les notifications des devoirs de mes étudiants. Pourriez-vous faire le nécessaire ou m'indiquer à qui m'adresser ?

Avec mes remerciements,
Bertrand Lemoine
Bureau MRSH 128 - Tél. +33 2 31 56 62 17
""",
  gold=G("too_many_teachers", "staff", codes=[("PH.S1.02", "PHS1.02"), ("PH102-G1", "PH102-G1"), ("PH102-G4", "PH102-G4")],
         schemes=["phi:element", "phi:groupe"],
         note="teacher: the whole department enrolled as teachers in PH.S1.02 (written without its first dot); groups cited as a range G1 to G4")))

A(dict(fn="097-ticket-menu-gauche.eml", client="zimbra",
  frm=("Sylvie Marchal", "sylvie.marchal@unicaen.fr"), subj="Re: [CEMU #48800] Bloc participants disparu",
  date="2025-10-03 09:25", cs="utf-8", cte="quoted-printable",
  hdrs=[("In-Reply-To", "<48800.1759393011.cemu@assistance.unicaen.fr>")],
  body="""Bonjour,

Je ne trouve pas de menu à gauche dans mon cours LMO1103 : il n'y a pas de bouton « hamburger » chez moi, seulement les onglets Cours / Paramètres / Participants en haut... Ah, si, « Participants » est là, dans les onglets. C'est donc ça qui remplace le bloc ?

Merci pour votre patience,
Sylvie Marchal

----- Mail original -----
De: "CEMU Assistance" <cemu.assistance@unicaen.fr>
Envoyé: Jeudi 2 Octobre 2025 10:16:51
Objet: Re: [CEMU #48800] Bloc participants disparu

> Bonjour,
> Le bloc « Participants » n'existe plus depuis la mise à jour de septembre 2020 ;
> la liste des participants est accessible depuis le menu contextuel à gauche.
> Cordialement, L'équipe CEMU
""",
  gold=G("participants_block_missing", "staff", codes=[("LMO1103", "LMO1103")], schemes=["lmo:element"],
         note="reply on ticket: teacher looks for the Participants block/menu in LMO1103 and finds the tab")))

A(dict(fn="098-sufca-cohorte-manuelle.eml", client="outlook",
  frm=("Aurélie Vautier", "aurelie.vautier@unicaen.fr"), subj="Création d'une cohorte manuelle pour les tuteurs",
  date="2025-11-25 14:14", cs="utf-8", cte="quoted-printable", fmt="alt",
  body="""Bonjour,

Pour l'espace de tutorat des L1 Sciences de la vie, nous voudrions inscrire d'un coup les 12 tuteurs de L2 (étape L2SV) et les 240 tuteurés de L1 (étape L1SV).

1. Pour les L1, est-il préférable d'utiliser la cohorte générale L1SV ou une inscription manuelle avec une date de fin ?
2. Pour les tuteurs, pouvons-nous créer nous-mêmes une cohorte manuelle « Tuteurs L1 SV 2025-2026 », ou faut-il passer par vous ?

Merci,
Aurélie Vautier
Ingénieure pédagogique – SUFCA
Tél. 02 31 56 63 77
""",
  gold=G("cohort_question", "staff", codes=[("L2SV", "L2SV"), ("L1SV", "L1SV")], schemes=["bio:etape"],
         note="pedagogical engineer asks about general vs manual cohorts for a tutoring space")))

A(dict(fn="099-ndr-boite-pleine.eml", client="outlook",
  frm=("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@hotmail.com"),
  subj="Non remis : Re: [CEMU #48877] cours introuvable",
  date="2025-10-24 09:02", cs="utf-8", cte="quoted-printable", fmt="html",
  hdrs=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")],
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body>
<div style="font-family:'Segoe UI',Frutiger,Arial,sans-serif">
<p style="font-size:16px;color:#C00000"><b>Votre message n'a pas pu être remis à yanis.b-14@hotmail.fr car la boîte aux lettres du destinataire est pleine.</b></p>
<table cellpadding="6" style="border:1px solid #ccc;font-size:13px">
<tr><td><b>Action requise</b></td><td>Destinataire</td></tr>
<tr><td>La boîte aux lettres est pleine</td><td>yanis.b-14@hotmail.fr</td></tr>
</table>
<p style="font-size:12px;color:#666">Informations de diagnostic pour les administrateurs :<br>
Serveur de génération : AM7EUR03FT014.mail.protection.outlook.com<br>
Remote Server returned '552 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception with message [BeginDiagnosticData]Cannot open mailbox.[EndDiagnosticData]'<br>
Date de création initiale du message : 24/10/2025 07:01:58</p>
</div></body></html>
""",
  gold=G("other", "unknown", auto=True,
         note="Outlook/Exchange non-delivery report (recipient mailbox full) for a CEMU reply")))

A(dict(fn="100-taille-max-depot-videos.eml", client="outlook",
  frm=("Julie Cauvin", "julie.cauvin@unicaen.fr"), subj="Taille maximale des dépôts de vidéos - SAÉ 3.01",
  date="2025-11-27 16:31", cs="windows-1252", cte="8bit",
  body="""Bonjour,

Dans la SAÉ GC-S3.01 (BUT2 Génie civil), les étudiants doivent déposer une vidéo de présentation de leur maquette (3 à 5 minutes). Le dépôt est limité à 50 Mo et la plupart des fichiers font entre 120 et 300 Mo.

Est-il possible d'augmenter la limite pour ce devoir uniquement ?
https://ecampus.unicaen.fr/course/view.php?id=52377

Merci,
Julie Cauvin
PRAG – IUT Grand Ouest Normandie, dpt GC – bureau B 108
""",
  gold=G("other", "staff", codes=[("GC-S3.01", "GC-S3.01")], cids=[52377], schemes=["gc:element"],
         note="teacher asks to raise the upload size limit for an assignment (not a sync problem)")))
