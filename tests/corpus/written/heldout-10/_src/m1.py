from lib import M
SIG_SCOL_PSY = """--
Nathalie Lemarchand
Gestionnaire de scolarité – Licence Psychologie
UFR de Psychologie – Bâtiment L, bureau L-214
Université de Caen Normandie – Esplanade de la Paix – CS 14032 – 14032 Caen Cedex 5
Tél. : 02 31 56 62 18"""

M("001-l1-perdue-pas-de-cours.eml", "Manon Guérin <manon.guerin@etu.unicaen.fr>",
  "je ne trouve pas mes cours de psycho", "2025-09-15 22:47",
"""Bonjour,

Je suis en L1 psychologie depuis cette année et je ne vois aucun cours sur Ecampus dans mon tableau de bord, alors que mes amis de TD les ont. On a un devoir à rendre pour le cours de méthodologie (PSY1012) vendredi et je panique un peu...
J'ai bien fait mon inscription pédagogique il me semble, j'ai reçu un mail de confirmation.

Mon numéro étudiant : 25014783

Merci beaucoup d'avance, désolée si ce n'est pas la bonne adresse.
Manon""",
  codes=[("PSY1012","PSY1012")], nums=["25014783"], sym="not_enrolled", schemes=["PSY+4digits"],
  note="L1 student sees no course, not enrolled in PSY1012")

M("002-prof-etudiants-ne-voient-pas.eml", "Thierry Vautier <thierry.vautier@unicaen.fr>",
  "Cours invisible pour les étudiants", "2025-09-22 08:12",
"""Bonjour,

Mes étudiants de L3 me disent qu'ils ne voient pas le cours « (S5-MAT07) Analyse numérique » sur Ecampus. Moi je le vois (grisé il me semble ?). La séance de TD a lieu demain en S3-045, j'aimerais qu'ils puissent récupérer l'énoncé avant.

https://ecampus.unicaen.fr/course/view.php?id=48213

Cordialement,
T. Vautier
Laboratoire de Mathématiques Nicolas Oresme – bureau S3 112 – 02 31 56 74 90""",
  role="staff", codes=[("S5-MAT07","S5-MAT07")], ids=[48213], sym="students_cannot_see_course",
  schemes=["sem-dash (Sciences)"], note="hidden course, students can't see; room S3-045 is a look-alike")

M("003-sms-pas-inscrit.eml", "Kev <kevin.dos-santos76@gmail.com>",
  "ecampus", "2025-09-29 01:14",
"""slt jsuis pas inscrit au cours de droit constit d1-1102 sur ecampus, mon num c 25031177 , jpeux pas voir les cours du prof et le partiel c dans 2 semaines help svp
envoyé de mon iphone""",
  codes=[("D1-1102","d1-1102")], nums=["25031177"], sym="not_enrolled", schemes=["Droit D+level-dash-digits"],
  note="SMS style, lowercase code, student not enrolled")

M("004-erasmus-en-cannot-access.eml", "Giulia Rinaldi <giulia.rinaldi@studenti.unipd.it>",
  "Access to Ecampus courses - Erasmus student", "2025-10-02 14:30",
"""Dear Sir or Madam,

I am an incoming Erasmus student from Padova (semester 1). I can log in to Ecampus but I am not enrolled in the courses of my learning agreement:
 - HHIS305 Histoire de l'Europe contemporaine
 - HLET112 Littérature comparée
 - ESPA-13 Spanish for non-specialists

My student number is 25900412 and my INE is 092501234KX (not sure if you need it).
Could you please add me? The international office told me to write to you.

Best regards,
Giulia Rinaldi""",
  role="student", lang="en", codes=[("HHIS305","HHIS305"),("HLET112","HLET112"),("ESPA-13","ESPA-13")],
  nums=["25900412"], sym="not_enrolled", schemes=["letters+digits","letters-dash-digits"],
  note="incoming Erasmus not enrolled in 3 courses; INE-like look-alike")

M("005-secretaire-liste-non-inscrits.eml", "Nathalie Lemarchand <nathalie.lemarchand@unicaen.fr>",
  "Etudiants absents de l'espace PSY2031 - L2 Psychologie", "2025-10-06 10:05", "",
  form="html", role="staff",
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body><div style="font-family:Calibri">Bonjour,<br><br>
Plusieurs &eacute;tudiants de L2&nbsp;Psychologie (&eacute;tape L2PSY, version 101) ne figurent pas dans les participants de l'espace <b>PSY2031 &ndash; Psychologie sociale&nbsp;2</b>, alors que leurs IP sont faites dans Apog&eacute;e jusqu'au groupe depuis le 29/09.<br><br>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>N&deg; &eacute;tudiant</th><th>INE</th><th>Nom Pr&eacute;nom</th><th>Groupe</th></tr>
<tr><td>24007815</td><td>0704023918F</td><td>BERTRAND Lucie</td><td>L2PSY-TD3</td></tr>
<tr><td>24011562</td><td>1109876543D</td><td>HAMIDI Yanis</td><td>L2PSY-TD3</td></tr>
<tr><td>23019044</td><td>2301044550J</td><td>LEBRETON Chlo&eacute;</td><td>L2PSY-TD5</td></tr>
</table><br>
Pourriez-vous regarder ? Merci d'avance.<br><br>
--<br>Nathalie Lemarchand<br>Gestionnaire de scolarit&eacute; &ndash; Licence Psychologie<br>UFR de Psychologie &ndash; B&acirc;timent L, bureau L-214<br>T&eacute;l. : 02 31 56 62 18
</div></body></html>""", cs="windows-1252", cte="quoted-printable",
  codes=[("PSY2031","PSY2031"),("L2PSY","L2PSY"),("L2PSY-TD3","L2PSY-TD3"),("L2PSY-TD5","L2PSY-TD5")],
  nums=["24007815","24011562","23019044"], sym="not_enrolled",
  schemes=["PSY+4digits","étape level+discipline","group étape-dash-type"],
  note="HTML-only table of 3 students missing from PSY2031 with INE look-alikes")

M("006-absent-du-bureau.eml", "Pascale Hérault <pascale.herault@unicaen.fr>",
  "Réponse automatique : Absent du bureau", "2025-10-24 17:02",
"""Bonjour,

Je suis absente du bureau jusqu'au lundi 3 novembre 2025 inclus, avec un accès limité à ma messagerie.
Pour toute question urgente concernant la scolarité de la Licence de Droit, merci de contacter le secrétariat au 02 31 56 55 40 ou droit.scolarite@unicaen.fr.

Cordialement,
Pascale Hérault""",
  role="unknown", auto=True, sym="other", hdr={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
  note="out-of-office auto reply")

M("007-vacataire-compte-profil-email.eml", "Julien Marchal <j.marchal@cabinet-marchal-avocats.fr>",
  "Impossible d'accéder à Ecampus (vacataire)", "2025-09-18 19:40",
"""Bonjour,

J'interviens comme chargé d'enseignement vacataire en L3 Droit (droit des affaires, TD du jeudi). La scolarité m'a créé un compte il y a une semaine. Quand je me connecte, je tombe sur une page « Modifier le profil » qui me demande une adresse de courriel, mais le champ n'est pas modifiable et je ne peux rien faire d'autre.

Je dois mettre en ligne le sujet du TD avant jeudi.

Bien à vous,

Julien Marchal
Avocat au Barreau de Caen
Cabinet Marchal – 12 rue Écuyère – 14000 Caen
Tél. 02 31 85 44 12 – Fax 02 31 85 44 13
Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire.""",
  role="unknown", sym="cannot_login", note="vacataire stuck on profile page asking e-mail")

M("008-cas-destination-finale.eml", "23008916@etu.unicaen.fr",
  "connexion ecampus", "2025-09-09 09:21",
"""Bonjour,
quand je me connecte ça me met "Connexion réussie" puis "CAS ne connaît pas votre destination finale" et ça ne va jamais sur ecampus. j'ai essayé sur chrome et firefox, même problème. Je passe par google en tapant ecampus unicaen.
Cordialement""",
  nums=["23008916"], sym="cas_unknown_destination", note="CAS unknown destination via search engine")

M("009-prof-pas-inscrit-ese.eml", "Aurélie Canu <aurelie.canu@unicaen.fr>",
  "Je ne suis pas inscrite dans mon cours d'ESIX", "2025-09-24 13:55",
"""Bonjour,

J'enseigne le module Réseaux et sécurité (EX51-RS) aux élèves ingénieurs de 1re année ESIX, mes séances sont bien planifiées dans ADE (salle E-204, les mardis), mais je n'apparais pas comme enseignante dans l'espace Ecampus, je ne le vois même pas.

Mon collègue Olivier Dumont y est, lui.

Merci,
Aurélie Canu
ESIX Normandie – Campus 3 Cherbourg
02 33 01 42 27""",
  role="staff", codes=[("EX51-RS","EX51-RS")], sym="teacher_not_enrolled", schemes=["ESIX EX+digits-dash-letters"],
  note="teacher not enrolled despite ADE; room E-204 look-alike")

M("010-mauvais-groupe-tp-staps.eml", "Lina Bouchard <lina.bouchard@etu.unicaen.fr>",
  "Mauvais groupe de TP en anatomie", "2025-10-08 18:03",
"""Bonjour,

Dans le cours d'anatomie fonctionnelle (ST.AP21) je suis dans le groupe TP 2 sur Ecampus alors que je suis en TP 4 (L1STAP-TP4) sur mon emploi du temps et dans mon contrat pédagogique. Du coup je ne vois pas les QCM de mon groupe.
Numéro étudiant 25022671.

Merci
Lina""",
  codes=[("ST.AP21","ST.AP21"),("L1STAP-TP4","L1STAP-TP4"),("L1STAP-TP2","TP 2")], nums=["25022671"], sym="wrong_group",
  schemes=["STAPS ST.dot","group étape-dash-type"], note="student in wrong TP group in ST.AP21")

M("011-base-de-donnees-dimanche.eml", "Romain Lefèvre <romain.lefevre@etu.unicaen.fr>",
  "Ecampus en panne ??", "2025-11-16 09:48",
"""Bonjour,

Depuis ce matin Ecampus affiche "Error: Database connection failed. It is possible that the database is overloaded or otherwise not running properly." J'ai un test en ligne à rendre avant midi pour le cours GG2.415 (cartographie), qu'est-ce que je fais ?

Romain Lefèvre, L2 géographie""",
  codes=[("GG2.415","GG2.415")], sym="database_error", schemes=["SEGGAT GG+level.dot"],
  note="database connection failed on Sunday morning")

M("012-trop-enseignants-iae.eml", "Bruno Cléret <bruno.cleret@unicaen.fr>",
  "Trop d'enseignants dans IA2MKT05", "2025-09-26 11:20",
"""Bonjour,

Dans mon espace « (IA2MKT05) Marketing digital » il y a 14 enseignants inscrits, dont une dizaine que je ne connais pas et qui n'interviennent pas dans ce cours (ils sont tous de l'IAE). Ils reçoivent les notifications du forum et certains ont même modifié la section 1 !

Pouvez-vous nettoyer ?
Bruno Cléret
IAE Caen – bureau 2.17 – 3 rue Claude Bloch""",
  role="staff", codes=[("IA2MKT05","IA2MKT05")], sym="too_many_teachers", schemes=["IAE level+letters+digits"],
  note="too many teachers enrolled in IA2MKT05")

M("013-nom-errone.eml", "Maëlys N'Diaye <maelys.ndiaye@etu.unicaen.fr>",
  "Erreur sur mon nom", "2025-09-30 16:16",
"""Bonjour,

Sur Ecampus mon nom apparait « Maelys NDIAYE » sans tréma ni apostrophe, et mes profs ne me retrouvent pas dans les listes. Est-ce que vous pouvez le corriger ? Je suis en L1 LLCER anglais, numéro 25047730.

Merci
Maëlys N'Diaye""",
  nums=["25047730"], sym="wrong_name", note="name displayed without diacritics")

M("014-cohorte-question-prof.eml", "Sophie Aubert <sophie.aubert@unicaen.fr>",
  "Synchroniser la cohorte L3 Droit ?", "2025-09-12 14:02",
"""Bonjour,

Pour mon cours de droit fiscal (D3-1204), une partie des étudiants n'a pas encore fait ses IP. Une collègue m'a conseillé d'ajouter la cohorte « L3 Droit » (étape L3DRT) en synchronisation pour dépanner. Est-ce une bonne idée ? Et faudra-t-il la retirer ensuite ?

Merci pour vos conseils,
Sophie Aubert""",
  role="staff", codes=[("D3-1204","D3-1204"),("L3DRT","L3DRT")], sym="cohort_question",
  schemes=["Droit D+level-dash-digits","étape level+discipline"], note="asks whether to add cohort sync")

M("015-forward-cours-archive.eml", "Claire Morin <claire.morin@unicaen.fr>",
  "TR: mon cours a disparu dans Archives", "2025-09-08 10:31",
"""Bonjour,

Je vous transfère le message d'une collègue, je n'ai pas la réponse.

Claire Morin
Responsable administrative UFR Humanités et Sciences Sociales

De : Hélène Parisot <helene.parisot@unicaen.fr>
Envoyé : vendredi 5 septembre 2025 17:48
À : Claire Morin <claire.morin@unicaen.fr>
Objet : mon cours a disparu dans Archives

Bonjour Claire,

Mon cours de sociologie des organisations (M.1SOC3A) se retrouve dans une catégorie "Archives 2024-2025" et a été renommé avec [ARCHIVE] devant. Tout mon contenu est dedans, les étudiants de M1 n'y ont plus accès. C'est normal ? Je n'ai rien changé.

Hélène""",
  role="staff", codes=[("M.1SOC3A","M.1SOC3A")], sym="course_moved_renamed", schemes=["M.dotted"],
  note="Outlook-forwarded: course moved to Archives")

M("016-pas-sur-tableau-de-bord.eml", "Enzo Patry <enzo.patry@etu.unicaen.fr>",
  "cours qui n'apparait plus", "2025-11-04 12:40",
"""Bonjour,
le cours de marketing (ia1fin02 je crois, finance d'entreprise en fait) n'apparait plus sur mon tableau de bord alors que je l'avais encore la semaine dernière. Je peux y aller si je tape le lien https://ecampus.unicaen.fr/course/view.php?id=50377 donc je suis bien inscrit je pense ?
Enzo, M1 IAE (24103390)""",
  codes=[("IA1FIN02","ia1fin02")], nums=["24103390"], ids=[50377], sym="course_not_on_dashboard",
  schemes=["IAE level+letters+digits"], note="course accessible by link but not on dashboard")

M("017-participants-bloc.eml", "Gérard Lemonnier <gerard.lemonnier@unicaen.fr>",
  "bloc Participants", "2025-10-13 07:58",
"""Bonjour
Le bloc participants a disparu à droite de mon cours hphi 402. Comment je vois la liste des étudiants maintenant ?
GL""",
  role="staff", codes=[("HPHI402","hphi 402")], sym="participants_block_missing", schemes=["letters+digits"],
  note="terse teacher: Participants block gone")

M("018-newsletter-cemu.eml", "Lettre du CEMU <lettre-cemu@listes.unicaen.fr>",
  "[Lettre du CEMU] Novembre 2025 : nouveautés Ecampus 4.5, ateliers Moodle niveau 1", "2025-11-03 08:00",
"""Lettre d'information du CEMU – novembre 2025

* Ecampus passera en version 4.5.3 pendant les vacances de Noël (coupure le 22/12/2025 de 7h à 13h).
* Ateliers Moodle niveau 1 : jeudi 13 novembre 14h, salle SA-110 ; mardi 25 novembre 9h30 (visio).
* Rappel : les espaces de cours créés automatiquement sont cachés par défaut.

Pour vous désinscrire de cette liste : https://listes.unicaen.fr/sympa/signoff/lettre-cemu""",
  to="lettre-cemu@listes.unicaen.fr", role="unknown", auto=True, sym="other",
  hdr={"List-Id": "<lettre-cemu.listes.unicaen.fr>", "Precedence": "list", "List-Unsubscribe": "<https://listes.unicaen.fr/sympa/signoff/lettre-cemu>"},
  note="mailing-list newsletter; version and room look-alikes")

M("019-cours-inexistant-but.eml", "Fabrice Onfroy <fabrice.onfroy@unicaen.fr>",
  "Espace Ecampus introuvable pour la ressource R2.05", "2026-01-27 09:15",
"""Bonjour,

Je dois assurer la ressource R2.05 « Marketing opérationnel » en BUT TC 1re année (code Apogée TCR2.05) à l'IUT Grand Ouest Normandie, site de Lisieux. Je ne trouve aucun espace de cours correspondant sur Ecampus, ni en cherchant "TCR2.05" ni "Marketing opérationnel". Les autres ressources du semestre 2 existent (TCR2.04 par exemple).

Pouvez-vous le créer ou me dire où il est ?

Fabrice Onfroy
Enseignant contractuel – Département TC – IUT GON site de Lisieux
11 boulevard Jules Ferry – 14100 Lisieux""",
  role="staff", codes=[("TCR2.05","TCR2.05"),("TCR2.04","TCR2.04")], sym="course_missing",
  schemes=["BUT ressource dot"], note="course space for TCR2.05 doesn't exist")
