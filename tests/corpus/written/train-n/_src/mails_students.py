# -*- coding: utf-8 -*-
# Student mails (70). Each: dict(f, frm, sub, body, form, codes=[(canon, as_written)], nums, ids, sym, lang, sch, note, said, dmg)
# dmg = number of cited codes damaged (case/space/dash/dot/O-0/truncated/glued prefix)
S = []
def m(**k): S.append(k)

m(f="l1-psy-tableau-de-bord", frm="Léa Morin <24012345@etu.unicaen.fr>", sub="cours pas sur mon tableau de bord",
  body="""Bonjour,

Je suis en L1 psycho et je ne vois pas le cours PSY1A04 sur mon tableau de bord alors que j'ai eu le CM hier en amphi B12 (le prof a dit que tout était sur ecampus).
J'ai regardé dans "tous les cours" mais il n'y est pas non plus je crois... Je suis un peu perdue, c'est ma première année.

Merci d'avance,
Léa Morin
""", form="plain", codes=[("PSY1A04","PSY1A04")], nums=["24012345"], sym="course_not_on_dashboard",
  sch=["disc3+year+sem-letter+2digits"], said=["XPSY1"], note="L1 psycho student, course missing from dashboard")

m(f="ade-glued-psy3", frm="Inès Belkacem <ines.belkacem@etu.unicaen.fr>", sub="Pas inscrite sur ecampus (cours de l'emploi du temps)",
  body="""Bonjour,
Sur mon emploi du temps ADE il y a marqué « S5_PSY3A12_CM - Amphi Pierre Daure - M. Lefèvre » le jeudi 8h, mais sur Ecampus je ne suis pas inscrite dans ce cours, je n'ai que les autres.
Mon numéro étudiant : 22105873
Bonne journée
Inès""", form="qp", codes=[("PSY3A12","PSY3A12")], nums=["22105873"], sym="not_enrolled",
  sch=["disc3+year+sem-letter+2digits"], dmg=1, note="ADE timetable line with code glued to semester prefix and _CM suffix; not enrolled")

m(f="moodle-name-copied-his", frm="thomas.guerin@etu.unicaen.fr", sub="(HIS-3M07) Histoire moderne : les révoltes - je n'y ai pas accès",
  body="""bonjour
le cours dont je copie le nom dans l'objet, je n'y ai pas accès, ça me met "vous ne pouvez pas vous inscrire vous-même dans ce cours".
je suis en L3 histoire, n° étudiant 21009934.
thomas""", form="plain", codes=[("HIS-3M07","HIS-3M07")], nums=["21009934"], sym="not_enrolled",
  sch=["disc3-dash-year+letter+2digits"], said=["XHIS3"], note="Moodle course name pasted in subject; cannot access")

m(f="sms-style-bio-space", frm="Kylian Dupont <kylian14dupont@gmail.com>", sub="ecampus",
  body="""slt jarrive pa a voir le cour de bio cel BIO 2E14 jsui en L2 jai cour demain ds lamphi S3-045 svp aidé moi
mon num 23047781""", form="plain", codes=[("BIO.2E14","BIO 2E14")], nums=["23047781"], sym="not_enrolled",
  sch=["disc3.year+letter+2digits"], said=["XBIO2"], dmg=1, note="SMS-style, dot replaced by space; room S3-045 is not a code")

m(f="erasmus-en-lea", frm="Giulia Romano <giulia.romano@studenti.unipd.it>", sub="Cannot see my courses on Ecampus - Erasmus student",
  body="""Dear Sir or Madam,

I am an Erasmus student from Padova, here for the fall semester 2025. I can log in to Ecampus but I only see 1 course, while my learning agreement has 4 courses:
- LEAS3AL1 German language
- leas3es2 Spanish translation
- LEA S3 EN1 (English for business)
- HLAN305

My student number is 25100417 (and my INE is 123456789AB, I don't know which one you need).
Could you please enrol me? The teacher of the Spanish class told me to write to you.

Best regards,
Giulia Romano
""", form="plain", codes=[("LEAS3AL1","LEAS3AL1"),("LEAS3ES2","leas3es2"),("LEAS3EN1","LEA S3 EN1"),("HLAN305","HLAN305")],
  nums=["25100417"], sym="not_enrolled", lang="en", sch=["LEA+sem+lang+digit","letters+digits"], dmg=2,
  note="Erasmus incoming, learning agreement list, not enrolled in 3 of 4 courses; INE is not a student number")

m(f="dashboard-filter-m2", frm="a.lemaire@etu.unicaen.fr", sub="M.2HRP3A",
  body="""Cours absent du tableau de bord. Visible via recherche. Filtre sur "Tous". ?
AL""", form="plain", codes=[("M.2HRP3A","M.2HRP3A")], sym="course_not_on_dashboard", sch=["dotted-prefix"], note="terse M2, code only in subject")

m(f="cas-destination", frm="Manon Vasseur <manon.vasseur@etu.unicaen.fr>", sub="CAS me dit connexion réussie mais rien",
  body="""Bonjour,

Quand je me connecte depuis google ("cas unicaen") ça me met "Connexion réussie, bienvenue 24066120" mais ensuite ça ne m'emmène nulle part, ça dit que CAS ne connait pas ma destination finale.
Je voulais aller sur le cours de SPHY120 pour rendre le TP avant 23h59 !!

Manon""", form="plain", codes=[("SPHY120","SPHY120")], nums=["24066120"], sym="cas_unknown_destination", sch=["letters+digits"], note="CAS final destination; deadline")

m(f="no-code-login-first", frm="Yanis Haddad <yanis.haddad91@hotmail.fr>", sub="impossible de me connecter",
  body="""Bonjour
Je suis inscrit en première année de STAPS depuis la semaine dernière (inscription tardive) et je n'arrive pas du tout à me connecter à Ecampus, mon mot de passe ne marche pas, pourtant il marche sur l'ENT.
Ma carte étudiant n'est pas encore arrivée. Tél : 06 48 22 91 07
Yanis""", form="plain", sym="cannot_login", sch=[], said=["XAPS1"], note="late enrolment, cannot log in; phone only")

m(f="timetable-site-prefix-cherbourg", frm="Enzo Marie <enzo.marie@etu.unicaen.fr>", sub="TR: Cours STA204 Cherbourg",
  body="""Bonjour,

Je suis à l'antenne de Cherbourg (site 3) et dans le PDF de l'emploi du temps c'est écrit "3-STA204 Statistiques inférentielles, salle C-112". Je n'arrive pas à trouver ce cours sur ecampus, même avec la recherche.
Est ce qu'il existe ?

Enzo, n° 22019005""", form="latin1", codes=[("3STA204","3-STA204")], nums=["22019005"], sym="course_missing",
  sch=["site-digit+disc3+3digits"], dmg=1, note="site prefix with added dash; room C-112 not a code")

m(f="wrong-name-accent", frm="Zoé Lefèbvre-Nguyen <22034871@etu.unicaen.fr>", sub="Mon nom est mal écrit sur ecampus",
  body="""Bonjour,
Sur Ecampus mon nom apparaît "LEFEBVRE NGUYEN Zoe" au lieu de Lefèbvre-Nguyen Zoé. Les profs ne me trouvent pas dans la liste pour le cours d'anglais HLAN201.
Est-ce que c'est possible de corriger ?
Merci
Zoé""", form="cp1252", codes=[("HLAN201","HLAN201")], nums=["22034871"], sym="wrong_name", sch=["letters+digits"], note="name wrongly spelled")

m(f="wrong-group-td", frm="Lucas Bernard <lucas.bernard@etu.unicaen.fr>", sub="mauvais groupe de TD en droit pénal",
  body="""Bonjour,
En droit pénal (JUR2-PEN) je suis dans le groupe TD 5 sur ecampus alors que je suis en TD 2 (le mercredi en salle DR-208). Du coup je ne vois pas les documents de ma chargée de TD.
Numéro étudiant 23011456
Lucas Bernard, L2 droit""", form="plain", codes=[("JUR2-PEN","JUR2-PEN"),("JUR2-TD02","TD 2"),("JUR2-TD05","TD 5")], nums=["23011456"],
  sym="wrong_group", sch=["disc3+year-dash-letters","group disc+year-TDnn"], said=["XJUR2"], note="wrong TD group; groups given by short name with course; room DR-208")

m(f="fwd-thread-teacher-said", frm="Camille Roux <camille.roux@etu.unicaen.fr>", sub="Fwd: Re: cours d'épistémologie",
  body="""Bonjour, je vous transfère la réponse de mon prof, il m'a dit de vous écrire.
Camille (n° 24003381)

---------- Message transféré ---------
De : Jean-Marc Pottier <jean-marc.pottier@unicaen.fr>
Date: mar. 14 oct. 2025 à 09:12
Subject: Re: cours d'épistémologie
To: Camille Roux <camille.roux@etu.unicaen.fr>

Bonjour,
Je vois bien le cours 1CA211 de mon côté et il est visible. Si vous n'êtes pas inscrite, écrivez à cemu.assistance@unicaen.fr avec votre numéro.
JMP

Le lun. 13 oct. 2025 à 18:40, Camille Roux <camille.roux@etu.unicaen.fr> a écrit :
> Bonjour Monsieur, je ne trouve pas votre cours sur ecampus (1 CA 211 sur le PDF de la maquette).
> Camille
""", form="plain", codes=[("1CA211","1CA211")], nums=["24003381"], sym="not_enrolled", sch=["INSPE digit+letters+digits"],
  note="forwarded thread; code also written '1 CA 211' in the quote (same code)", extra_written=["1 CA 211"])

m(f="all-caps-apsb", frm="MAXIME DURAND <maxime.durand50@orange.fr>", sub="URGENT COURS STAPS",
  body="""BONJOUR JE N ARRIVE PAS A VOIR LE COURS APS23B (PHYSIOLOGIE) ET J AI UN QCM VENDREDI. MON NUMERO ETUDIANT EST LE 22087764. J HABITE SAINT LO 50000 DONC JE NE PEUX PAS VENIR AU BUREAU.
MERCI""", form="plain", codes=[("APS23B","APS23B")], nums=["22087764"], sym="not_enrolled", sch=["APS+year+sem+letter"], note="all caps; postcode 50000")

m(f="screenshot-described", frm="Sarah Ait Ouali <sarah.aitouali@etu.unicaen.fr>", sub="capture d'écran erreur",
  body="""Bonjour,

Je vous mets une capture d'écran : quand je clique sur le cours (en haut il y a écrit "Licence Psychologie ► S3 ► PSY2B11 ► Participants") j'ai une page blanche avec "Erreur de lecture de la base de données".
Ça fait ça depuis ce matin 10h, sur Chrome et sur mon téléphone.

Sarah
22 0 41 557 (mon numéro étudiant je crois que c'est 22041557)""", form="png", codes=[("PSY2B11","PSY2B11")], nums=["22041557"], sym="database_error",
  sch=["disc3+year+sem-letter+2digits"], note="database error, breadcrumb described in words, PNG attached; number also spaced")

m(f="course-id-link", frm="Hugo Lemonnier <hugo.lemonnier@etu.unicaen.fr>", sub="Re: [CEMU #48213] inscription cours",
  body="""Bonjour,
Toujours pas inscrit dans https://ecampus.unicaen.fr/course/view.php?id=51877 (c'est le RGEA305, je suis en BUT GEA 2e année à Lisieux).
Hugo 24019982

Le 02/10/2025 à 15:21, CEMU Assistance a écrit :
> Bonjour,
> Pouvez-vous nous indiquer le code du cours et votre numéro étudiant ?
> Cordialement, le CEMU
""", form="plain", codes=[("RGEA305","RGEA305")], nums=["24019982"], ids=[51877], sym="not_enrolled", sch=["R/S+GEA+sem+2digits"],
  said=["IGEA2"], note="ticket reply with course link and code; IUT GEA2")

m(f="o-for-zero-bio", frm="Chloé Perrin <chloe.perrin@etu.unicaen.fr>", sub="bio cellulaire",
  body="""Bonjour, le cours BIO.1EO3 n'apparait plus du tout, hier il y était. Est-ce normal ?
Chloé Perrin - 25002219""", form="plain", codes=[("BIO.1E03","BIO.1EO3")], nums=["25002219"], sym="course_not_on_dashboard", sch=["disc3.year+letter+2digits"],
  dmg=1, note="O typed for 0")

m(f="en-cannot-login-email-profile", frm="Ahmed Khalil <ahmed.khalil.2001@gmail.com>", sub="Stuck on profile page",
  body="""Hello,
When I log in to Ecampus for the first time it sends me to "Modifier le profil" and says my email address is missing, but the field is greyed out and I cannot save. I cannot go anywhere else.
I am a new master student (M1 history, exchange from Beirut). Student ID 25110388.
Thanks
Ahmed""", form="plain", nums=["25110388"], sym="cannot_login", lang="en", sch=[], said=["XHIS4"], note="first login stuck on profile page")

m(f="trailing-version-etape", frm="Pauline Caron <pauline.caron@etu.unicaen.fr>", sub="Inscrite en XPSY3-101 mais aucun cours",
  body="""Bonjour,
Mon inscription administrative est en XPSY3-101 (c'est marqué sur mon certificat de scolarité) et pourtant je n'ai AUCUN cours de L3 sur ecampus, seulement ceux de l'année dernière.
Numéro étudiant : 23009871, INE 0903012345K.
Pauline Caron
""", form="plain", codes=[("XPSY3","XPSY3-101")], nums=["23009871"], sym="not_enrolled", sch=["etape X+disc3+year"], note="étape written with version; INE present")

m(f="reply-quoted-codes-lowercase", frm="Mathis Leroy <mathis.leroy@etu.unicaen.fr>", sub="RE: cours manquants",
  body="""Voila les cours qui manquent (je les ai recopiés de la page scolarité) :
- his-1m02
- HIS - 1M04
- hlan 101

Mathis 25031140

-----Message d'origine-----
De : CEMU Assistance <cemu.assistance@unicaen.fr>
Envoyé : mercredi 17 septembre 2025 11:03
À : Mathis Leroy
Objet : RE: cours manquants

Bonjour, pouvez-vous lister les codes des cours qui vous manquent ?
""", form="html", codes=[("HIS-1M02","his-1m02"),("HIS-1M04","HIS - 1M04"),("HLAN101","hlan 101")], nums=["25031140"], sym="not_enrolled",
  sch=["disc3-dash-year+letter+2digits","letters+digits"], dmg=3, note="list of damaged codes in a reply, HTML only")

m(f="pdf-syllabus-leas", frm="Alice Fournier <alice.fournier@etu.unicaen.fr>", sub="Cours de traduction introuvable",
  body="""Bonjour,
Dans le livret de la licence LEA (page 12) le cours « Traduction espagnol S4 » a le code LEA-S4-ES2 mais je ne le trouve pas sur Ecampus. J'ai essayé de taper le code dans la recherche, rien.
Alice Fournier, L2 LEA anglais-espagnol
""", form="plain", codes=[("LEAS4ES2","LEA-S4-ES2")], sym="course_missing", sch=["LEA+sem+lang+digit"], said=["XLEA2"], dmg=1, note="PDF syllabus with dashes added")

m(f="bus-and-room-no-code", frm="Romain Picard <romain.picard@etu.unicaen.fr>", sub="question cours en ligne",
  body="""Bonjour,

Le cours de jeudi en amphi A-110 est annulé à cause des grèves (la ligne T2 et le bus 11 ne passent pas). Le prof a dit que le cours serait sur ecampus mais je ne vois rien de nouveau dans le cours.
Est-ce que c'est à vous de mettre le cours en ligne ?
Romain""", form="plain", sym="other", sch=[], note="no code; room, tram/bus lines; asks about content")

m(f="participants-block", frm="Nathan Gosselin <nathan.gosselin@etu.unicaen.fr>", sub="bloc participants",
  body="""Bonjour,
avant à droite dans le cours M.1HRP9C il y avait la liste des participants et maintenant je ne la trouve plus, je dois contacter les autres de mon groupe de projet.
Nathan""", form="plain", codes=[("M.1HRP9C","M.1HRP9C")], sym="participants_block_missing", sch=["dotted-prefix"], note="participants block gone")

m(f="truncated-code-pas", frm="Jade Moreau <jade.moreau@etu.unicaen.fr>", sub="PASS UE 7",
  body="""Bonjour,
Je suis en PASS et je ne vois pas l'UE PAS.UE0 (l'UE 7 chimie) dans mes cours, alors que les autres de mon groupe l'ont.
N° étudiant 25004410
Jade""", form="plain", codes=[("PAS.UE07","PAS.UE0")], nums=["25004410"], sym="not_enrolled", sch=["PAS.UEnn"], said=["XPAS1"], dmg=1,
  note="truncated code (suffix cut)")

m(f="moodle-course-name-en", frm="Lukas Becker <lukas.becker@uni-mannheim.de>", sub="Course (APS11A) not visible",
  body="""Hi,
I'm an exchange student in sport science. The course "(APS11A) Anatomie fonctionnelle" is listed in my timetable but I cannot find it. Also the link from my teacher https://ecampus.unicaen.fr/course/view.php?id=50213 says I am not enrolled.
My student number 25120007.
Thank you!
Lukas""", form="plain", codes=[("APS11A","APS11A")], nums=["25120007"], ids=[50213], sym="not_enrolled", lang="en", sch=["APS+year+sem+letter"], note="exchange student, Moodle name + link")

m(f="version-number-lookalike", frm="Clara Dumont <clara.dumont@etu.unicaen.fr>", sub="Ecampus ne marche pas sur mon téléphone",
  body="""Bonjour,
L'application Moodle (version 4.5.2) sur mon iPhone 13 (iOS 18.1) me dit "site non reconnu" quand je mets ecampus.unicaen.fr. Sur l'ordi ça marche.
Ce n'est pas grave mais c'est pénible.
Clara, 24055102""", form="plain", nums=["24055102"], sym="other", sch=[], note="mobile app issue; version numbers are look-alikes")

m(f="glued-room-and-code", frm="Baptiste Hamel <baptiste.hamel@etu.unicaen.fr>", sub="cours de stats à saint lô",
  body="""Bonjour,

Sur l'emploi du temps j'ai "7STA204TD-SL12" (TD de stats à Saint-Lô, salle SL12) et je n'ai pas le cours sur ecampus, par contre j'ai celui de Cherbourg qui ne me concerne pas du tout !
Baptiste — 23072290""", form="plain", codes=[("7STA204","7STA204")], nums=["23072290"], sym="not_enrolled", sch=["site-digit+disc3+3digits"], dmg=1,
  note="code glued to TD suffix and room; enrolled in the wrong site's course")

m(f="missing-dash-his", frm="Emma Lebrun <emma.lebrun@etu.unicaen.fr>", sub="accès au cours HIS5M11",
  body="""Bonjour,
Je n'ai pas accès au séminaire HIS5M11 (M1 histoire), l'enseignant dit que je dois être inscrite par la scolarité. J'ai fait mon IP le 3 octobre.
Merci
Emma Lebrun 21044873""", form="plain", codes=[("HIS-5M11","HIS5M11")], nums=["21044873"], sym="not_enrolled", sch=["disc3-dash-year+letter+2digits"], dmg=1, note="dash dropped")

m(f="archives-course", frm="Noah Lambert <noah.lambert@etu.unicaen.fr>", sub="mon cours est dans Archives ??",
  body="""Bonjour,
Le cours de bio moléculaire (BIO.2E99) que je suivais en redoublant se trouve maintenant dans une catégorie "Archives" et je ne peux plus déposer mon devoir.
Noah""", form="plain", codes=[("BIO.2E99","BIO.2E99")], sym="course_moved_renamed", sch=["disc3.year+letter+2digits"], unknown=["BIO.2E99"],
  note="archived course, code no longer exists")

m(f="gmail-no-number", frm="Océane Martin <oceane.mrtn@gmail.com>", sub="Bonjour",
  body="""Bonjour je m'appelle Océane je suis en deuxième année de psycho et je n'ai pas le cours de psychopathologie sur ecampus alors que mes amies l'ont. Merci de me répondre vite""",
  form="plain", sym="not_enrolled", sch=[], said=["XPSY2"], note="no code, no number; étape in words")

m(f="multiple-codes-table-html", frm="Antoine Renaud <antoine.renaud@etu.unicaen.fr>", sub="Plusieurs cours manquants S3",
  body="""<html><body><p>Bonjour,</p><p>Il me manque ces cours :</p>
<table border="1"><tr><th>Code</th><th>Intitulé</th><th>Salle</th></tr>
<tr><td>RGEA 305</td><td>Contrôle de gestion</td><td>LX-014</td></tr>
<tr><td>SGEA301</td><td>SAE projet</td><td>LX-101</td></tr>
<tr><td>RGEA-312</td><td>Anglais des affaires</td><td>LX-014</td></tr></table>
<p>Je suis en BUT GEA 2 à Lisieux, n° 24019977.</p><p>Antoine</p></body></html>""", form="rawhtml",
  codes=[("RGEA305","RGEA 305"),("SGEA301","SGEA301"),("RGEA312","RGEA-312")], nums=["24019977"], sym="not_enrolled", sch=["R/S+GEA+sem+2digits"],
  said=["IGEA2"], dmg=2, note="HTML table of codes and rooms")

m(f="teacher-email-wrong", frm="Eva Colin <eva.colin@etu.unicaen.fr>", sub="adresse mail",
  body="""Bonjour, dans mon profil Ecampus mon adresse mail est une ancienne adresse (eva.colin@etu.univ-rouen.fr) alors que je suis à Caen depuis cette année. Je ne reçois pas les annonces.
Eva (22090011)""", form="plain", nums=["22090011"], sym="wrong_name", sch=[], note="wrong e-mail in profile")

m(f="semester-prefix-lower", frm="Hamza Benali <hamza.benali@etu.unicaen.fr>", sub="s4 jur1-civ",
  body="""salut, je suis pas dans le cours s2-jur1-civ (droit civil de la famille) sur ecampus, c'est normal ?? mon num c'est 25015562""", form="plain",
  codes=[("JUR1-CIV","jur1-civ")], nums=["25015562"], sym="not_enrolled", sch=["disc3+year-dash-letters"], dmg=1,
  note="lowercase with semester prefix s2-; subject s4 is a mistake", extra_written=["jur1-civ"])

m(f="2hr-digit-leading", frm="Julie Masson <julie.masson@etu.unicaen.fr>", sub="Cours 2HR5C",
  body="""Bonjour,
Je suis la seule de mon groupe à ne pas voir le cours 2HR5C. Mon numéro : 23026654.
Cordialement,
Julie Masson""", form="b64", codes=[("2HR5C","2HR5C")], nums=["23026654"], sym="not_enrolled", sch=["digit-leading short"], note="plain case, base64 body")

m(f="en-wrong-group", frm="Sofia Petrova <sofia.petrova@etu.unicaen.fr>", sub="wrong group in psychology TP",
  body="""Hello,
In the course PSY3B07 I am in group "TP 1A" but my timetable says TP 2B (Tuesday, room SA-110). So I cannot submit my report in the right group.
Student number 25133008
Regards, Sofia""", form="plain", codes=[("PSY3B07","PSY3B07"),("PSY3-TP1A","TP 1A"),("PSY3-TP2B","TP 2B")], nums=["25133008"], sym="wrong_group", lang="en",
  sch=["disc3+year+sem-letter+2digits","group disc+year-TPnx"], note="wrong TP group, English")

m(f="no-accents-vague", frm="jb.lefort@etu.unicaen.fr", sub="probleme",
  body="""bonjour ca marche pas ecampus depuis hier soir, page d erreur. merci""", form="plain", sym="database_error", sch=[], note="vague, error page, no code")

m(f="pasted-url-user-index", frm="Louise Aubert <louise.aubert@etu.unicaen.fr>", sub="Liste des participants",
  body="""Bonjour,
Je suis déléguée de L2 bio, et dans https://ecampus.unicaen.fr/user/index.php?id=49120 il manque une dizaine d'étudiants de notre promo (dont moi je crois ? non je suis dedans). Par exemple Tom Guillot 24031178 et Inès Marchand 24031205.
C'est le cours BIO.2E21 je crois, ou BIO.2E12, je ne sais plus lequel des deux.
Louise""", form="plain", codes=[("BIO.2E21","BIO.2E21"),("BIO.2E12","BIO.2E12")], nums=["24031178","24031205"], ids=[49120], sym="not_enrolled",
  sch=["disc3.year+letter+2digits"], said=["XBIO2"], note="delegate reports classmates missing from participants")

m(f="glued-number-code", frm="Mehdi Saidi <22058431@etu.unicaen.fr>", sub="22058431HLAN201",
  body="""Bonjour, j'ai mis dans l'objet mon numéro et le cours. Je ne suis pas inscrit. Merci.""", form="plain",
  codes=[("HLAN201","HLAN201")], nums=["22058431"], sym="not_enrolled", sch=["letters+digits"], dmg=1, note="student number glued to code in subject")

m(f="thank-you", frm="Lina Bouvier <lina.bouvier@etu.unicaen.fr>", sub="Re: [CEMU #48390] cours PSY1A07",
  body="""Merci beaucoup, ça marche maintenant !!
Bonne journée

Le 23/09/2025 à 10:14, CEMU Assistance a écrit :
> Bonjour, votre inscription au cours PSY1A07 est maintenant visible.
""", form="plain", codes=[("PSY1A07","PSY1A07")], sym="other", sch=["disc3+year+sem-letter+2digits"], note="thank-you on closed ticket")

m(f="wrong-code-typo-unknown", frm="Adam Rousseau <adam.rousseau@etu.unicaen.fr>", sub="cours introuvable PSY3A21",
  body="""Bonjour,
Le cours PSY3A21 n'existe pas sur ecampus ? Je l'ai cherché partout. Mon prof m'a dit que c'était son code.
Adam 22099107""", form="plain", codes=[("PSY3A21","PSY3A21")], nums=["22099107"], sym="course_missing", sch=["disc3+year+sem-letter+2digits"], unknown=["PSY3A21"],
  note="code does not exist (likely typo for PSY3A12)")

m(f="ticket-number-lookalike", frm="Maëlys Gautier <maelys.gautier@etu.unicaen.fr>", sub="Re: [CEMU #48502] toujours pas",
  body="""Bonjour,
Suite au ticket 48502 et à mon appel au 02 31 56 62 00, je ne suis toujours pas dans le cours d'anglais SPHY210... pardon, c'est le cours de physique SPHY210, pas anglais.
Ma carte : 24008813
""", form="qp", codes=[("SPHY210","SPHY210")], nums=["24008813"], sym="not_enrolled", sch=["letters+digits"], note="ticket number and phone look-alikes")

m(f="screenshot-course-header-spaces", frm="Rayan Mercier <rayan.mercier@etu.unicaen.fr>", sub="cours caché?",
  body="""Bonjour,
Sur la capture (en pièce jointe) on voit le nom du cours "(PSY1 B03) Méthodologie du travail universitaire" en gris, et quand je clique ça dit "Ce cours n'est pas accessible aux étudiants". C'est le prof qui doit faire quelque chose ?
Rayan""", form="png", codes=[("PSY1B03","PSY1 B03")], sym="students_cannot_see_course", sch=["disc3+year+sem-letter+2digits"], dmg=1,
  note="student sees hidden course (only a teacher can unhide); symptom from student side")

m(f="inspe-codes-list", frm="Margaux Giraud <margaux.giraud@etu.unicaen.fr>", sub="MEEF 1re année - cours manquants",
  body="""Bonjour,
Je suis en M1 MEEF 1er degré à l'INSPE (site de Caen, Côte de Nacre) et il me manque :
* 1CA153 Analyse du contexte
* 1CA-154 Didactique du français
* 1ca155
Numéro étudiant : 20114478 (je reprends mes études).
Merci d'avance,
Margaux""", form="cp1252", codes=[("1CA153","1CA153"),("1CA154","1CA-154"),("1CA155","1ca155")], nums=["20114478"], sym="not_enrolled",
  sch=["INSPE digit+letters+digits"], dmg=2, note="INSPE list, one dashed one lowercase")

m(f="cohort-question-student", frm="Arthur Chevalier <arthur.chevalier@etu.unicaen.fr>", sub="cohorte",
  body="""Bonjour,
Mon prof a "ajouté la cohorte L3 histoire" dans son cours et maintenant je reçois les annonces d'un cours que je ne suis pas. C'est quoi une cohorte et comment je peux en sortir ?
Arthur""", form="plain", sym="cohort_question", sch=[], said=["XHIS3"], note="student asks about cohort")

m(f="ine-only", frm="Elisa Royer <elisa.royer77@yahoo.fr>", sub="inscription ecampus",
  body="""Bonjour,
Je n'ai pas encore mon numéro étudiant, seulement mon INE : 1234567890A. Je suis en L1 LEA anglais-allemand et je n'arrive pas à me connecter à Ecampus (identifiant inconnu). Comment faire ?
Elisa""", form="plain", sym="cannot_login", sch=[], said=["XLEA1"], note="only INE, no student number; cannot access")

m(f="code-in-link-text", frm="Victor Blanchard <victor.blanchard@etu.unicaen.fr>", sub="lien mort",
  body="""<div>Bonjour,<br>le lien <a href="https://ecampus.unicaen.fr/course/view.php?id=47211">HLAN 3 05 - Anglais S5</a> envoyé par mon prof ne marche pas, ça me dit "ce cours n'existe pas".<br>Victor 22031879</div>""",
  form="rawhtml", codes=[("HLAN305","HLAN 3 05")], nums=["22031879"], ids=[47211], sym="course_missing", sch=["letters+digits"], dmg=1, note="link text with broken-up code")

m(f="en-database-error", frm="Kenji Watanabe <k.watanabe@etu.unicaen.fr>", sub="Error reading from database",
  body="""Hi, since about 14:00 every page of Ecampus shows "Error reading from database". Is it down? I have a quiz in BIO.3E21 at 18:00.
Kenji""", form="plain", codes=[("BIO.3E21","BIO.3E21")], sym="database_error", lang="en", sch=["disc3.year+letter+2digits"], note="platform-wide DB error")

m(f="two-numbers-friends", frm="Tom Guillot <24031178@etu.unicaen.fr>", sub="moi et mon binôme pas inscrits",
  body="""Bonjour,
Moi (24031178) et mon binôme Jules Besnard (24031190) ne sommes pas dans le cours bio.2e12, on est en L2 SV.
Le code du TP sur notre planning : BIO2E12-TP3.
Merci""", form="plain", codes=[("BIO.2E12","bio.2e12"),("BIO.2E12","BIO2E12")], nums=["24031178","24031190"], sym="not_enrolled",
  sch=["disc3.year+letter+2digits"], said=["XBIO2"], dmg=2, note="same code twice, lowercase and glued without dot; -TP3 suffix not resolved to a group")

m(f="apogee-vs-ecampus-said-L1droit", frm="Nina Barbier <nina.barbier@etu.unicaen.fr>", sub="L1 droit aucun cours",
  body="""Bonjour,
Je suis en L1 droit, j'ai fait mon inscription pédagogique il y a 2 semaines et je n'ai toujours aucun cours sur ecampus, mes amis de TD en ont. Je suis dans le TD 4.
N° étudiant 25040091""", form="plain", nums=["25040091"], sym="not_enrolled", sch=[], said=["XJUR1"],
  note="étape in words; TD 4 not tied to a course so not cited")

m(f="forwarded-outlook-his", frm="Paul Denis <paul.denis@etu.unicaen.fr>", sub="TR: séminaire",
  body="""Bonjour, je vous fais suivre.

De : Secrétariat Histoire <scol.histoire@unicaen.fr>
Envoyé : lundi 6 octobre 2025 16:45
À : Paul Denis <paul.denis@etu.unicaen.fr>
Objet : RE: séminaire

Bonjour, votre IP au séminaire HIS-5M13 est bien saisie dans Apogée depuis le 30/09. Si Ecampus ne suit pas, voyez avec le CEMU.
Le secrétariat - bureau SH-027 - 02 31 56 54 11
""", form="plain", codes=[("HIS-5M13","HIS-5M13")], sym="not_enrolled", sch=["disc3-dash-year+letter+2digits"],
  note="Outlook forward from secretariat; student not enrolled")

m(f="quiz-question", frm="Pierre Lucas <pierre.lucas@etu.unicaen.fr>", sub="QCM bloqué",
  body="""Bonjour, pendant le QCM de SPHY 210 ma connexion a coupé et maintenant ça me dit "nombre de tentatives dépassé" (1/1). Est-ce que vous pouvez le réouvrir ?
Pierre 23017789""", form="plain", codes=[("SPHY210","SPHY 210")], nums=["23017789"], sym="other", sch=["letters+digits"], dmg=1, note="quiz attempt question")

m(f="course-renamed-student", frm="Anaïs Robin <anais.robin@etu.unicaen.fr>", sub="nom du cours changé",
  body="""Bonjour,
Le cours "(LEAS1EN1) Anglais écrit" s'appelle maintenant autrement et tout le contenu a disparu, il y a un nouveau cours vide. Mes devoirs sont perdus ?
Anaïs""", form="plain", codes=[("LEAS1EN1","LEAS1EN1")], sym="course_moved_renamed", sch=["LEA+sem+lang+digit"], note="course renamed, new empty course")

m(f="M-dot-missing", frm="Sacha Vincent <sacha.vincent@etu.unicaen.fr>", sub="cours M1HRP9C",
  body="""Bonjour
Je ne vois pas le cours M1HRP9C dans mes cours.
Sacha Vincent, 21077340""", form="plain", codes=[("M.1HRP9C","M1HRP9C")], nums=["21077340"], sym="not_enrolled", sch=["dotted-prefix"], dmg=1, note="missing dot")

m(f="whatsapp-pasted", frm="Lou Garnier <lou.garnier@etu.unicaen.fr>", sub="Fwd: message du groupe whatsapp",
  body="""Bonjour, une camarade a posté ça sur le groupe, je vous le transmets car j'ai le même problème :

[09/10/2025 21:14] Manon L2 Psy: les gens vous avez le cours psy2b11 vous ?? moi il a disparu 😭
[09/10/2025 21:15] Théo: moi oui
[09/10/2025 21:15] Manon L2 Psy: ah bah jsuis pas inscrite alors

Moi non plus je ne l'ai plus. Lou, 24070012""", form="plain", codes=[("PSY2B11","psy2b11")], nums=["24070012"], sym="not_enrolled", sch=["disc3+year+sem-letter+2digits"],
  dmg=1, note="pasted WhatsApp messages, emoji")

m(f="en-all-fine-question-dates", frm="Maria Santos <maria.santos@etu.unicaen.fr>", sub="exam dates",
  body="""Hello, where can I find the dates of the January exams for LEAS3AL1 and LEAS3ES2? Not on Ecampus it seems.
Thanks, Maria""", form="plain", codes=[("LEAS3AL1","LEAS3AL1"),("LEAS3ES2","LEAS3ES2")], sym="other", lang="en", sch=["LEA+sem+lang+digit"], note="exam dates question")

m(f="site-prefix-slash", frm="Gabriel Lemaire <gabriel.lemaire@etu.unicaen.fr>", sub="cours info Cherbourg",
  body="""Bonjour,
Je ne suis pas inscrit sur 3/INF112 (algo, S1, Cherbourg). Je précise : bâtiment B, salle B-204.
Mon numéro étudiant est le 25066018.
Gabriel""", form="plain", codes=[("3INF112","3/INF112")], nums=["25066018"], sym="not_enrolled", sch=["site-digit+disc3+3digits"], dmg=1, note="slash inserted after site prefix")

m(f="first-year-anxious-long", frm="Clémence Hébert <clemence.hebert@etu.unicaen.fr>", sub="Aide svp je suis perdue",
  body="""Bonjour,

Je m'excuse de vous déranger, je suis en première année de licence de psychologie et je suis complètement perdue avec Ecampus. Sur mon tableau de bord je n'ai que 3 cours alors que dans la brochure il y en a 8 au semestre 1 (PSY1A01, PSY1A02, PSY1A03, PSY1A04...). J'ai peur de rater des devoirs. Je n'ai pas osé demander aux profs.
Je ne sais pas si c'est moi qui ai mal fait quelque chose. Mon numéro étudiant est 25091123 (sur ma carte il y a aussi 0025091123 je ne sais pas lequel est le bon).

Merci beaucoup et désolée encore,
Clémence""", form="plain", codes=[("PSY1A01","PSY1A01"),("PSY1A02","PSY1A02"),("PSY1A03","PSY1A03"),("PSY1A04","PSY1A04")], nums=["25091123"],
  sym="not_enrolled", sch=["disc3+year+sem-letter+2digits"], said=["XPSY1"], note="anxious L1, many codes, padded card number look-alike")

m(f="etape-code-lowercase-space", frm="Valentin Morel <valentin.morel@etu.unicaen.fr>", sub="pb inscription",
  body="""Bonjour je suis inscrit en xbio 2 (c'est ce qui est écrit sur mon IA) mais ecampus me met encore en L1.
Valentin 24012290""", form="plain", codes=[("XBIO2","xbio 2")], nums=["24012290"], sym="not_enrolled", sch=["etape X+disc3+year"], dmg=1, note="étape code lowercase spaced")

m(f="ue-number-lookalike", frm="Laura Petit <laura.petit@etu.unicaen.fr>", sub="UE3 S1",
  body="""Bonjour, je ne trouve pas l'UE3 du S1 (6 ECTS) sur ecampus. C'est bien normal ? L2 droit.
Laura""", form="plain", sym="course_missing", sch=[], said=["XJUR2"], note="UE3/S1/ECTS are not codes")

m(f="iut-group-letters", frm="Dylan Fleury <dylan.fleury@etu.unicaen.fr>", sub="groupe TP",
  body="""Bonjour,
je suis dans le groupe de TP B1 en BUT GEA 2 mais sur ecampus dans le cours de SGEA302 je suis mis en TP A2.
Dylan 24019940""", form="plain", codes=[("SGEA302","SGEA302"),("IGEA2-TPB1","TP B1"),("IGEA2-TPA2","TP A2")], nums=["24019940"], sym="wrong_group",
  sch=["R/S+GEA+sem+2digits","group etape-TPxn"], said=["IGEA2"], note="wrong TP group IUT; groups written 'groupe de TP B1'")

m(f="unicode-smileys-win1252", frm="Jeanne Poirier <jeanne.poirier@etu.unicaen.fr>", sub="Merci pour l’aide !",
  body="""Bonjour,
Merci pour votre réponse rapide hier, j’ai bien accès au cours maintenant.
Bonne journée « à toute l’équipe » !
Jeanne""", form="cp1252", sym="other", sch=[], note="thank-you, no code")

m(f="apogee-reading-code-wrong-letters", frm="Florian Collet <florian.collet@etu.unicaen.fr>", sub="ecampus cours JUR3ADM",
  body="""Bonjour, en L3 droit j'ai bien le TD mais pas le CM de droit administratif JUR3ADM (CM le lundi amphi Tocqueville).
Florian Collet, 22004478""", form="plain", codes=[("JUR3-ADM","JUR3ADM")], nums=["22004478"], sym="not_enrolled", sch=["disc3+year-dash-letters"], said=["XJUR3"],
  dmg=1, note="dash dropped")

m(f="dashboard-past-course", frm="Elise Noel <elise.noel@etu.unicaen.fr>", sub="cours de l'an dernier",
  body="""Bonjour, je n'ai plus le cours APS11A de l'année dernière sur mon tableau de bord (je dois revoir des vidéos pour le rattrapage). Il apparaît quand je cherche mais pas sur le tableau de bord, même en "Tous (sauf retirés)".
Elise""", form="plain", codes=[("APS11A","APS11A")], sym="course_not_on_dashboard", sch=["APS+year+sem+letter"], note="past course not on dashboard")

m(f="phone-number-only", frm="0612345678@sfr.fr", sub="(sans objet)",
  body="""Bjr j arrive pas a me co a ecampus rappelez moi au 06 12 34 56 78 svp merci""", form="plain", sym="cannot_login", sch=[], note="SMS-to-mail gateway, phone number only")

m(f="his-group-said", frm="Justine Aubry <justine.aubry@etu.unicaen.fr>", sub="groupe TD histoire moderne",
  body="""Bonjour,
Dans le cours HIS-3M07 je suis dans aucun groupe, alors que je suis au TD1 (le mardi, salle MRSH 028). Du coup je ne peux pas rendre le commentaire de document.
Justine, 23044109""", form="plain", codes=[("HIS-3M07","HIS-3M07"),("HIS3-TD1","TD1")], nums=["23044109"], sym="wrong_group",
  sch=["disc3-dash-year+letter+2digits","group disc+year-TDn"], note="no group; TD1 named with course")

m(f="double-codes-period", frm="Arnaud Jacob <arnaud.jacob@etu.unicaen.fr>", sub="Cours PAS.UE12.",
  body="""Bonjour, le cours PAS.UE12. (biostat) n'apparaît pas. PASS, n° 25004498.""", form="plain",
  codes=[("PAS.UE12","PAS.UE12")], nums=["25004498"], sym="not_enrolled", sch=["PAS.UEnn"], said=["XPAS1"], note="code followed by sentence period")

m(f="pas-space", frm="Ilyes Boucher <ilyes.boucher@gmail.com>", sub="PASS chimie",
  body="""Bonjour,
je ne suis pas sur le cours PAS UE 07 (chimie) et je n'ai pas de compte étudiant avec @etu car je suis en réorientation. n° 25004522
""", form="plain", codes=[("PAS.UE07","PAS UE 07")], nums=["25004522"], sym="not_enrolled", sch=["PAS.UEnn"], dmg=1, note="dot replaced by spaces")

m(f="long-signature-job", frm="Marc Olivier <marc.olivier@etu.unicaen.fr>", sub="Formation continue - cours pas accessibles",
  body="""Bonjour,

En reprise d'études (formation continue, M1 histoire), je n'ai pas accès au cours HIS-4M03.

Cordialement,
--
Marc Olivier
Responsable logistique - Transports Lemarchand SAS
ZA du Mont Coco, 14000 Caen
Tél. 02 31 47 85 20 - Fax 02 31 47 85 29
Réf. client CLT-20931 | SIRET 412 345 678 00029
""", form="plain", codes=[("HIS-4M03","HIS-4M03")], sym="not_enrolled", sch=["disc3-dash-year+letter+2digits"], said=["XHIS4"],
  note="long company signature full of numbers; no student number")

m(f="old-new-code-question", frm="Théo Lacroix <theo.lacroix@etu.unicaen.fr>", sub="ancien cours HLAN202 / nouveau HLAN212 ?",
  body="""Bonjour, j'ai mes notes et mes devoirs dans l'ancien cours HLAN202, et cette année il y a un HLAN212 vide. L'ancien est dans "Archives". Je redouble ce semestre. Lequel est le bon ?
Théo""", form="plain", codes=[("HLAN202","HLAN202"),("HLAN212","HLAN212")], sym="course_moved_renamed", sch=["letters+digits"], unknown=["HLAN202"],
  note="old code archived, new code")

m(f="enrol-key-question", frm="Romane Besson <romane.besson@etu.unicaen.fr>", sub="clé d'inscription",
  body="""Bonjour, le cours https://ecampus.unicaen.fr/course/view.php?id=52010 me demande une clé d'inscription. Je ne l'ai pas. C'est le cours de 2HR7A.
Romane 23081120""", form="plain", codes=[("2HR7A","2HR7A")], nums=["23081120"], ids=[52010], sym="not_enrolled", sch=["digit-leading short"], note="enrolment key asked; not enrolled")

m(f="html-outlook-student", frm="Mathilde Renard <mathilde.renard@etu.unicaen.fr>", sub="Inscription manquante",
  body="""Bonjour,

Je n'apparais pas dans le cours de STAPS aps 23 b (physiologie de l'effort), mon prof m'a dit de vous écrire.
Numéro étudiant&nbsp;: 23055160

Merci,
Mathilde Renard
L2 STAPS""", form="html", codes=[("APS23B","aps 23 b")], nums=["23055160"], sym="not_enrolled", sch=["APS+year+sem+letter"], said=["XAPS2"], dmg=1,
  note="Outlook HTML, spaced lowercase code")

m(f="spam-like-student-off-topic", frm="Bastien Roy <bastien.roy@etu.unicaen.fr>", sub="carte étudiante perdue",
  body="""Bonjour, j'ai perdu ma carte étudiante (n° 22063318) dans le bus ligne 2 hier. Est-ce que c'est vous qui en refaites ? Merci""", form="plain",
  nums=["22063318"], sym="other", sch=[], note="off-topic lost card")

m(f="en-course-id-words", frm="Olivia Brown <olivia.brown@etu.unicaen.fr>", sub="Not in course id 50877",
  body="""Hi, my teacher said our course is "id 50877" on Ecampus but I can't open it (no permission). It's the psychology course PSY3A12 I think.
Olivia, 25140021""", form="plain", codes=[("PSY3A12","PSY3A12")], nums=["25140021"], ids=[50877], sym="not_enrolled", lang="en", sch=["disc3+year+sem-letter+2digits"],
  note="course id in words")

m(f="iso-latin-code-o", frm="Sébastien Lévêque <sebastien.leveque@etu.unicaen.fr>", sub="Cours LEAS1ENl",
  body="""Bonjour,
je ne suis pas inscrit au cours LEAS1ENl (anglais L1). Je suis en L1 LEA depuis septembre.
Sébastien Lévêque
25088104""", form="latin1", codes=[("LEAS1EN1","LEAS1ENl")], nums=["25088104"], sym="not_enrolled", sch=["LEA+sem+lang+digit"], said=["XLEA1"], dmg=1,
  note="lowercase l typed for 1")

m(f="teacher-said-cohort-student", frm="Yasmine Charles <yasmine.charles@etu.unicaen.fr>", sub="inscrite dans un cours qui n'est pas le mien",
  body="""Bonjour, je suis inscrite dans PSY3B07 alors que je ne suis pas cette option (j'ai choisi l'autre). Ça me fait des notifications tout le temps.
Yasmine 23066771""", form="plain", codes=[("PSY3B07","PSY3B07")], nums=["23066771"], sym="other", sch=["disc3+year+sem-letter+2digits"],
  note="enrolled in an option she does not take (likely cohort sync side effect; no symptom id fits, hence other)")

m(f="date-and-code-glued", frm="Kevin Leclerc <kevin.leclerc@etu.unicaen.fr>", sub="Examen 15/01/2026",
  body="""Bonjour, sur la convocation il y a "15/01/2026-HLAN305-Amphi B12-8h30" mais je ne suis pas inscrit au cours sur ecampus. Je peux quand même passer l'examen ? Numéro 22047719""", form="plain",
  codes=[("HLAN305","HLAN305")], nums=["22047719"], sym="not_enrolled", sch=["letters+digits"], dmg=1, note="code glued with dashes between date and room")

m(f="vacant-wrong-email-en", frm="Ethan Clarke <ethan.clarke@etu.unicaen.fr>", sub="my first name is wrong",
  body="""Hello, on Ecampus my first name is shown as "Etan" instead of "Ethan". Could you fix it? Student number 25150032.""", form="plain",
  nums=["25150032"], sym="wrong_name", lang="en", sch=[], note="wrong first name")

m(f="multi-site-group", frm="Célia Langlois <celia.langlois@etu.unicaen.fr>", sub="groupe Saint-Lô",
  body="""Bonjour
Dans le cours 7AGR205 je suis dans le groupe "Cherbourg" au lieu de Saint-Lô. Je n'ai pas accès au forum de mon groupe.
Célia 23072301""", form="plain", codes=[("7AGR205","7AGR205")], nums=["23072301"], sym="wrong_group", sch=["site-digit+disc3+3digits"], note="wrong site group")
