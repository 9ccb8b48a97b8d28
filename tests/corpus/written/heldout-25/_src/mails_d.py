from mk import mail, PNG

mail(76, "scol-lea-tableau-groupes", "corinne.lebas@unicaen.fr", "LEA2 - groupes d'anglais économique à corriger", fmt="alt", body="""Bonjour,

Pour les L2 LEA anglais-espagnol, voici les affectations en anglais économique (LEA 4203) qui ne correspondent pas à Apogée sur Ecampus :

Étudiant              N°          Apogée       Ecampus
LANGLOIS Chloé        24021178    LEA4203G1    LEA4203G3
MOREAU Baptiste       24025540    LEA4203G2    (aucun)
SY Aminata            23100412    LEA4203G2    LEA4203G1
FERON Mathilde        24031209    LEA4203G3    LEA4203G1

Merci de votre aide,
Corinne Lebas
Secrétariat LEA – UFR LVE – 02 31 56 53 02
""", html="""<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Bonjour,</p>
<p>Pour les L2 LEA anglais-espagnol, voici les affectations en anglais économique (LEA 4203) qui ne correspondent pas à Apogée sur Ecampus :</p>
<table border="1" style="border-collapse:collapse">
<tr style="background:#ddd"><th>Étudiant</th><th>N°</th><th>Apogée</th><th>Ecampus</th></tr>
<tr><td>LANGLOIS Chloé</td><td>24021178</td><td>LEA4203G1</td><td>LEA4203G3</td></tr>
<tr><td>MOREAU Baptiste</td><td>24025540</td><td>LEA4203G2</td><td>(aucun)</td></tr>
<tr><td>SY Aminata</td><td>23100412</td><td>LEA4203G2</td><td>LEA4203G1</td></tr>
<tr><td>FERON Mathilde</td><td>24031209</td><td>LEA4203G3</td><td>LEA4203G1</td></tr>
</table>
<p>Merci de votre aide,<br>Corinne Lebas<br>Secrétariat LEA – UFR LVE – 02 31 56 53 02</p>
</body></html>""",
     codes=[("LEA4203", "LEA 4203"), ("LEA4203G1", "LEA4203G1"), ("LEA4203G3", "LEA4203G3"), ("LEA4203G2", "LEA4203G2")],
     nums=["24021178", "24025540", "23100412", "24031209"], said=["LLEA2"], sym="wrong_group", role="staff",
     note="LEA secretary: table of four students in wrong groups", day=1, hm=(11, 55))

mail(77, "ens-socio-m2-invisible", "vincent.dumont@unicaen.fr", "Séminaire M2 invisible pour les étudiants", """Bonjour,

Mes étudiants de Master 2 Sociologie ne voient pas l'espace de Sociologie des politiques publiques (M2MS12 dans le nom abrégé, je crois que le vrai code est M.2.MS12) : https://ecampus.unicaen.fr/course/view.php?id=53019
J'ai bien coché « Afficher » dans les paramètres il y a une semaine, rien ne change. Dans la liste des cours de la catégorie il est grisé.

Vincent Dumont
Professeur de sociologie – UFR HSS – MRSH bureau SA 301
""", codes=[("M.2.MS12", "M2MS12")], ids=[53019], said=["MSOC2"], sym="students_cannot_see_course",
     role="staff", note="sociology teacher: course greyed for students; code written without dots then correctly",
     day=2, hm=(9, 12))

mail(78, "ens-pharma-botanique-renomme", "claire.anfray@unicaen.fr", "Botanique renommée ?", """Bonjour,

Mon espace de botanique de 2e année de pharmacie s'appelle depuis lundi « (PHA 2.110) Botanique - ARCHIVE 2026 » et il a été déplacé dans une catégorie Archives. Un nouveau cours « Botanique et mycologie » est apparu à côté, vide. Est-ce une erreur de modélisation dans Apogée ou un changement voulu ? Les TP commencent le 8 mars.

Claire Anfray
Maître de conférences – Laboratoire de botanique, UFR Santé
""", codes=[("PHA2.110", "PHA 2.110")], sym="course_moved_renamed", role="staff",
     note="pharmacy teacher: course renamed/moved to archives", day=3, hm=(14, 0))

mail(79, "ens-inspe-trop-formateurs", "sebastien.lange@unicaen.fr", "Anglais M1 MEEF : 11 formateurs inscrits", """Bonjour,

Dans le cours de langue vivante anglais du M1 MEEF (2CA206), 11 formateurs sont inscrits comme enseignants alors que nous sommes trois (le groupe 1 et le groupe 2 pour moi, Mme Hue pour le groupe 3 et M. Adam pour le groupe 4). Les autres sont des formateurs d'autres disciplines et de l'an passé ; ils reçoivent toutes les notifications.

Est-ce un problème de planification ADE ? Les formateurs sont associés à toute la promo dans les groupes par activités je crois.

Sébastien Lange
Formateur anglais – INSPE Caen
""", codes=[("2CA206", "2CA206"), ("2CA206G1", "groupe 1"), ("2CA206G2", "groupe 2"), ("2CA206G3", "groupe 3"), ("2CA206G4", "groupe 4")], sym="too_many_teachers",
     role="staff", note="INSPE trainer: 11 teachers enrolled (ADE activity groups)", day=3, hm=(16, 20))

mail(80, "ens-geo-participants-menu", "juliette.hardy@unicaen.fr", "Plus de bloc participants en climatologie", """Bonjour,

Dans mon cours de climatologie (geo2 cl1), le bloc « Participants » qui était à droite a disparu depuis la mise à jour. Comment je fais pour voir qui est dans mes TD ?

Juliette Hardy
Doctorante contractuelle, chargée de TD – département de géographie
""", codes=[("GEO2CL1", "geo2 cl1")], sym="participants_block_missing", role="staff",
     note="PhD teaching assistant cannot find participants block", day=4, hm=(10, 2))

mail(81, "etu-erasmus-depart-bologne", "louise.bataille@etu.unicaen.fr", "Accès cours depuis l'étranger", """Bonjour,

Je suis en L3 histoire mais en Erasmus à Bologne ce semestre (départ S2 seulement). Je n'ai plus accès au cours d'histoire du Moyen-Orient (HIS3B01) dont j'ai besoin pour préparer l'examen que je passerai à distance en accord avec Mme Tison. Avant janvier je l'avais.

Est-ce que c'est à cause d'Erasmus ? Mon numéro étudiant est 23019954.

Louise Bataille
""", codes=[("HIS3B01", "HIS3B01")], nums=["23019954"], said=["HSL3"], sym="not_enrolled", role="student",
     note="outgoing Erasmus L3 history student lost access to a course", day=4, hm=(11, 30), name="Louise Bataille")

mail(82, "ens-staps-cas-html", "antoine.costa@unicaen.fr", "Page CAS après connexion", "", fmt="html",
     html="""<html><body>
<div dir="ltr">Bonjour,<br><br>
Depuis mon favori (https://cas.unicaen.fr/login) j'arrive sur la page « Connexion réussie » du CAS qui me dit que CAS ne connaît pas ma destination finale. Je dois ensuite taper ecampus à la main. Est-ce que mon favori est faux&nbsp;?<br><br>
Antoine Costa<br>
<span style="color:#777">Maître de conférences STAPS – CesamS<br>Tél&nbsp;: 02 31 56 72 60</span></div>
</body></html>""", sym="cas_unknown_destination", role="staff",
     note="teacher's bookmark points to CAS only (HTML)", day=5, hm=(8, 40))

mail(83, "erasmus-en-name-order", "kim.minjun@etu.unicaen.fr", "My name is wrong on Ecampus", """Hello,

On Ecampus my name appears as "MINJUN Kim", but my family name is KIM and my given name is Minjun. Teachers call me by the wrong name in the online class lists. Could you correct it?

Student no. 26100954, exchange student (Korea University) in the Master of Computer Science, first year.

Thank you!
Minjun KIM
""", nums=["26100954"], said=["MINF1"], lang="en", sym="wrong_name", role="student",
     note="exchange student (English): first and last name swapped", day=5, hm=(12, 12))

mail(84, "spam-o365-en", "it-support@office365-unicaen-helpdesk.example.net", "ACTION REQUIRED: Your Office 365 password expires today", "",
     fmt="html", html="""<html><body style="font-family:Segoe UI">
<p>Dear user,</p>
<p>Your Office 365 password for <b>cemu.assistance@unicaen.fr</b> will expire in <b>2 hours</b>.
To keep the same password, confirm your credentials below.</p>
<p><a href="http://office365-unicaen-helpdesk.example.net/keep" style="background:#0078d4;color:#fff;padding:8px 16px">KEEP SAME PASSWORD</a></p>
<p style="font-size:8pt;color:#999">Microsoft Corporation, One Microsoft Way, Redmond, WA 98052. Ticket ref. INC0049921</p>
</body></html>""", lang="en", sym="other", role="unknown", note="phishing spam (password expiry)", day=6, hm=(5, 55))

mail(85, "etu-bio-biostat-introuvable", "quentin.roblin@etu.unicaen.fr", "cours biostat introuvable", """Bonjour
je trouve pas le cours de biostatistiques du S4, sur mon emploi du temps c'est marqué BIO4UE29 mais sur ecampus ça donne rien quand je cherche. Mes potes disent que c'est BIO4UE25 mais eux non plus ne l'ont pas.
Quentin, L2 bio
""", codes=[("BIO4UE29", "BIO4UE29"), ("BIO4UE25", "BIO4UE25")], said=["LSV2"], sym="course_missing",
     role="student", note="student cannot find course; cites a non-existent code, then the real one", day=8, hm=(13, 13), cte="8bit")

mail(86, "etu-gea-tp-groupe", "lina.hamadi@etu.unicaen.fr", "mauvais groupe de TP tableur", """Bonjour,

Je suis en première année de BUT GEA. En tableur et bases de données (GEA R2.09) je suis dans le TP1A sur ecampus alors que je suis en TP2B depuis le changement de groupe de février (validé par Mme Quéruel). Je ne peux pas voir les exercices du TP2B.

Merci
Lina Hamadi
""", codes=[("GEAR2.09", "GEA R2.09"), ("GEA1TP1A", "TP1A"), ("GEA1TP2B", "TP2B")], said=["BGEA1"],
     sym="wrong_group", role="student", note="BUT GEA 1 student in wrong TP group (per-étape groups)", day=8, hm=(18, 45))

mail(87, "dsi-cohortes-delai", "jerome.hue@unicaen.fr", "Délai de mise à jour des cohortes", """Bonjour,

Question de la DSI pour mettre à jour notre FAQ interne : à quelle heure les cohortes générales (par exemple celle de l'étape LDRT1, ou celle de LSTAP1) sont-elles actualisées à partir de l'annuaire ? Un étudiant inscrit administrativement à 15h apparaît-il dans la cohorte le lendemain matin ou seulement 24 h après ?

Par ailleurs, y a-t-il une liste des cohortes manuelles encore synchronisées dans des cours archivés ? On nous en signale plusieurs.

Jérôme Hue
DSI – Pôle applications, bureau 014, bâtiment Phénix
Poste 5521
""", codes=[("LDRT1", "LDRT1"), ("LSTAP1", "LSTAP1")], sym="cohort_question", role="staff",
     note="DSI asks about cohort refresh timing", day=9, hm=(10, 10))

mail(88, "vacataire-iae-pas-enseignant", "marc.dubreuil.conseil@orange.fr", "Pas d'accès enseignant M2 MAE", """Bonjour,

Intervenant professionnel à l'IAE (cabinet Dubreuil Conseil, 14200 Hérouville-Saint-Clair), j'assure en M2 MAE la Finance d'entreprise (IAE2F03 sur le planning) et une partie de « Stratégie et grand oral » (IAE-2F05). Je me connecte bien à Ecampus avec mon compte vacataire mais je n'ai aucun des deux cours.

Cordialement,
Marc Dubreuil
06 30 11 52 87
""", codes=[("IAE-2F03", "IAE2F03"), ("IAE-2F05", "IAE-2F05")], sym="teacher_not_enrolled", role="staff",
     note="professional adjunct (orange.fr) not enrolled as teacher in two IAE courses", day=9, hm=(13, 30))

mail(89, "etu-psy-erreur-bdd-latin1", "oceane.ledru@etu.unicaen.fr", "Erreur lors du test", "", fmt="html",
     cs="iso-8859-1", cte="qp", html="""<html><body><p>Bonjour,</p>
<p>Pendant le test de m&eacute;thodes d'entretien (PSY405C) ce matin, la page a affich&eacute; &laquo; Erreur de lecture de la base de donn&eacute;es &raquo; au moment de valider. Quand je suis revenue, le test &eacute;tait marqu&eacute; termin&eacute; avec 0/20.</p>
<p>Je suis dans le TD 3. Est-ce que ma tentative est enregistr&eacute;e quelque part ?</p>
<p>Oc&eacute;ane Ledru<br>n&deg; 24058812</p></body></html>""",
     codes=[("PSY405C", "PSY405C"), ("PSY405CT3", "TD 3")], nums=["24058812"], sym="database_error", role="student",
     note="student's quiz attempt lost on database read error (HTML entities, latin-1)", day=10, hm=(11, 28),
     name="Océane Ledru")

mail(90, "apprenti-mae-compte", "26118840@etu.unicaen.fr", "compte non activé", """Bonjour,

J'ai commencé en apprentissage en Master 1 Management et Administration des Entreprises le 1er février (entreprise Crédit Agricole Normandie). J'ai reçu mon numéro étudiant mais quand j'active mon compte numérique le site me dit que l'activation est impossible (code erreur ACT-03) et je ne peux donc pas aller sur Ecampus.

Cordialement
Tom Leconte
""", nums=["26118840"], said=["MMAE1"], sym="cannot_login", role="student",
     note="incoming apprentice cannot activate account", day=10, hm=(17, 0))

mail(91, "auto-absence-html", "francoise.legoupil@unicaen.fr", "Absence du bureau : Inscriptions Erasmus S2", "", fmt="html",
     html="""<html><body style="font-family:Calibri">
<p>Bonjour,</p>
<p>Je suis absente jusqu'au 1er mars 2027. Pour les étudiants Erasmus accueillis au second semestre, merci de vous adresser à <a href="mailto:international@unicaen.fr">international@unicaen.fr</a>.</p>
<p>Françoise Legoupil<br>Bureau des relations internationales – Lettres et sciences humaines</p></body></html>""",
     auto=True, sym="other", role="unknown", note="HTML out-of-office", day=11, hm=(9, 1),
     extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Inbox-Rules-Loop", "francoise.legoupil@unicaen.fr")],
     name="Françoise Legoupil")

mail(92, "ens-espagnol-l1-liste", "rosa.navarro@unicaen.fr", "Étudiants de L1 espagnol non inscrits", """Bonjour,

Plusieurs étudiants de L1 LLCER espagnol ne sont inscrits ni dans ES-12A (Lengua española 2) ni dans ES12B (Civilización latinoamericana). Ce sont des étudiants arrivés en réorientation au second semestre :

- 26040117 ALLAIN Marius
- 26040255 DIALLO Fatou
- 26041003 ROUX Garance

Ils suivent les cours en présentiel depuis le 1er février, TD 2 pour les trois en lengua.

Gracias,
Rosa Navarro
Département d'études ibériques
""", codes=[("ES-12A", "ES-12A"), ("ES-12B", "ES12B"), ("ES-12A-T2", "TD 2")],
     nums=["26040117", "26040255", "26041003"], said=["LLCEE1"], sym="not_enrolled", role="staff",
     note="Spanish teacher lists reoriented L1 students not enrolled", day=11, hm=(14, 5), cs="windows-1252", cte="qp")

mail(93, "ens-pharma-galenique-cache", "yves.morin@unicaen.fr", "Galénique : les DFGSP3 n'ont pas accès", """Bonjour,

Les étudiants de DFGSP3 me disent que l'espace de Galénique (PHA3.115) n'est « pas disponible ». Je pense l'avoir laissé caché après la préparation de janvier : https://ecampus.unicaen.fr/course/view.php?id=57410 . Pouvez-vous vérifier s'il y a autre chose, car j'ai rendu le cours visible hier soir et ce matin les groupes TP 1 et TP 2 n'y accèdent toujours pas ?

Yves Morin
""", codes=[("DFGSP3", "DFGSP3"), ("PHA3.115", "PHA3.115"), ("PHA3.115T1", "TP 1"), ("PHA3.115T2", "TP 2")], ids=[57410], sym="students_cannot_see_course",
     role="staff", note="pharmacy teacher: students still cannot access after making course visible", day=12, hm=(8, 20))

mail(94, "scol-droit-tableau-de-bord", "audrey.leprovost@unicaen.fr", "Cours absent du tableau de bord d'une étudiante", """Bonjour,

Une étudiante de L2 droit, Mlle Emma Lecluse (n° 24070019), est bien inscrite dans le cours de Droit administratif 2 (DR22 ADM), je la vois dans les participants avec son TD 4, mais le cours n'apparaît pas sur son tableau de bord. Elle a essayé « Tous (sauf retirés de l'affichage) », sans succès. Les autres cours du semestre y sont.

Audrey Le Provost
Scolarité Licence Droit
""", codes=[("DR22-ADM", "DR22 ADM"), ("DR22-ADMT4", "TD 4")], nums=["24070019"], said=["LDRT2"],
     sym="course_not_on_dashboard", role="staff", note="law secretary: student enrolled but course not on dashboard",
     day=12, hm=(11, 40))

mail(95, "etu-gmail-cas", "yasmine.khelifi99@gmail.com", "Ecampus bloqué page CAS", """Bonjour,

Je vous écris de ma boîte perso car je n'arrive pas à aller sur ecampus : après m'être identifiée j'ai le message "CAS ne connaît pas votre destination finale". Je passe par le lien enregistré dans mon téléphone.
Je suis étudiante en L2 psychologie, numéro 24091176.

Yasmine Khelifi
""", nums=["24091176"], said=["LPSY2"], sym="cas_unknown_destination", role="student",
     note="student writing from gmail hits CAS unknown destination", day=13, hm=(23, 2))

mail(96, "teacher-en-course-vanished", "priya.raman@unicaen.fr", "My Networks course disappeared after code change", """Hello,

My M1 course "Réseaux avancés" used to be listed under INF1M31 in last year's timetable; this year the department told me the APOGÉE code is INF1M06. Since yesterday the old course space has moved to an "Archives" category and its name now starts with [ARCHIVE]: https://ecampus.unicaen.fr/course/view.php?id=47788 . There is a new, empty space at https://ecampus.unicaen.fr/course/view.php?id=61240 .

How do I move my material (about 40 files and 6 quizzes) to the new one? Both TP groups start on 1 March.

Best,
Priya Raman
Associate Professor, Computer Science
""", codes=[("INF1M31", "INF1M31"), ("INF1M06", "INF1M06")], ids=[47788, 61240], lang="en",
     sym="course_moved_renamed", role="staff", note="English-speaking teacher: course archived after code change",
     day=14, hm=(19, 19))

mail(97, "ens-anglais-participants-html", "arnaud.quesnel@unicaen.fr", "Où sont les participants ?", "", fmt="html",
     html="""<html><body><div style="font-family:Georgia">
<p>Bonjour,</p>
<p>Je ne trouve plus le lien <b>Participants</b> dans le cours de thème anglais de L2 (AN-22A). Il n'y a ni bloc à droite ni lien dans le menu du haut. J'utilise Firefox 122 sur Windows 11.</p>
<p>Merci,<br>Arnaud Quesnel<br><i>Département d'études anglophones</i></p></div></body></html>""",
     codes=[("AN-22A", "AN-22A")], sym="participants_block_missing", role="staff",
     note="teacher cannot find participants link (HTML)", day=15, hm=(10, 45))

mail(98, "etu-geo-terrain-merci", "nina.pelletier@etu.unicaen.fr", "Re: Terrain L3 - dates", """Merci pour la réponse rapide ! Je verrai avec le secrétariat pour le rattrapage du terrain.

Nina

Le mar. 16 févr. 2027 à 09:12, CEMU Assistance <cemu.assistance@unicaen.fr> a écrit :
> Bonjour,
> Les dates de rattrapage du Terrain de L3 (GEO6TE1) ne sont pas gérées par le CEMU ; veuillez contacter la scolarité de géographie.
> Cordialement, CEMU
>
>> Le 15/02/2027, Nina Pelletier a écrit :
>> Bonjour, quand a lieu le rattrapage du terrain GEO6TE1 ? Je suis en L3 géo et j'étais malade (certificat fourni).
""", codes=[("GEO6TE1", "GEO6TE1")], said=["LGEO3"], sym="other", role="student", note="student thanks; resit question in quoted history",
     day=16, hm=(12, 0), irt="<cemu-reply-88544@unicaen.fr>")

mail(99, "etu-staps-foot-hand-groupe", "ilyes.benali@etu.unicaen.fr", "groupe option foot", """Bonjour,

je suis en 2eme annee de STAPS, option foot (ST41212). Sur ecampus je suis dans le groupe 1 du foot mais je suis en groupe 3 (le vendredi matin) sur mon emploi du temps ADE, et le prof met les consignes par groupe. Je n'ai rien à voir avec le hand (ST41210) mais j'apparais aussi dans ce cours.

Merci
Ilyes
""", codes=[("ST41212", "ST41212"), ("ST41212G1", "groupe 1"), ("ST41212G3", "groupe 3"), ("ST41210", "ST41210")],
     said=["LSTAP2"], sym="wrong_group", role="student", note="STAPS student in wrong option group", day=16, hm=(20, 40),
     cte="8bit")

mail(100, "ens-histoire-cm-trop-enseignants", "emilie.brunet@unicaen.fr", "Méthodologie du commentaire : trop d'enseignants", """Bonjour,

Dans l'espace de Méthodologie du commentaire (his1b02), tous les chargés de TD de L1 histoire sont inscrits comme enseignants du CM, soit 16 personnes, alors que le CM est assuré par moi seule. Les étudiants de L1 histoire ne savent plus à qui écrire. J'imagine que toute l'équipe a été associée au groupe dans ADE ?

Émilie Brunet
Professeure agrégée – Département d'histoire
""", codes=[("HIS1B02", "his1b02"), ("HIS1B02CM", "CM")], said=["HSL1"], sym="too_many_teachers", role="staff",
     note="history teacher: all TD tutors enrolled as teachers of the lecture", day=17, hm=(9, 30))
