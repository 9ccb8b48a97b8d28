from students import G
M = []
SIG_LEA = """--
Nadège Queval
Gestionnaire de scolarité – LEA (L1 à L3)
UFR Langues Vivantes Étrangères
Bâtiment A – bureau AA-214
Université de Caen Normandie – Esplanade de la Paix – CS 14032 – 14032 Caen Cedex 5
Tél. 02 31 56 62 18"""

# ---------------- wrong_group (staff) ----------------
M.append(dict(f="041-scol-lea-tableau-groupes.eml", frm="Nadège Queval <nadege.queval@unicaen.fr>",
 subj="Étudiants LEA S3 dans le mauvais groupe sur Ecampus", date="2025-10-07 11:22",
 text="""Bonjour,

Plusieurs étudiants de L2 LEA (S3) apparaissent sur Ecampus dans un groupe qui ne correspond pas à leur inscription pédagogique dans Apogée, pour les cours LEA.ES31 et LEA.AN31. Dans Apogée leurs affectations sont correctes (vérifiées ce matin).

N° étudiant | INE | Nom Prénom | Groupe Ecampus | Groupe Apogée
24051120 | 0904123456A | DUVAL Margaux | LEAS3-G4 | LEAS3-G2
24051877 | 1003987654P | KONATÉ Awa | LEAS3-G4 | LEAS3-G2
23099412 | 122233344KL | PETIT Jules | LEAS3-G1 | LEAS3-G3
24060035 | 0905512390D | ROUX Elisa | aucun | leas3 g1

Pourriez-vous regarder ?
Bien cordialement,

""" + SIG_LEA + "\n",
 html="""<div style="font-family:Arial;font-size:10pt">Bonjour,<br><br>Plusieurs étudiants de L2 LEA (S3) apparaissent sur Ecampus dans un groupe qui ne correspond pas à leur inscription pédagogique dans Apogée, pour les cours <b>LEA.ES31</b> et <b>LEA.AN31</b>. Dans Apogée leurs affectations sont correctes (vérifiées ce matin).<br><br>
<table border="1" cellpadding="3" style="border-collapse:collapse;font-size:9pt">
<tr style="background:#dce6f1"><th>N° étudiant</th><th>INE</th><th>Nom Prénom</th><th>Groupe Ecampus</th><th>Groupe Apogée</th></tr>
<tr><td>24051120</td><td>0904123456A</td><td>DUVAL Margaux</td><td>LEAS3-G4</td><td>LEAS3-G2</td></tr>
<tr><td>24051877</td><td>1003987654P</td><td>KONATÉ Awa</td><td>LEAS3-G4</td><td>LEAS3-G2</td></tr>
<tr><td>23099412</td><td>122233344KL</td><td>PETIT Jules</td><td>LEAS3-G1</td><td>LEAS3-G3</td></tr>
<tr><td>24060035</td><td>0905512390D</td><td>ROUX Elisa</td><td><i>aucun</i></td><td>leas3 g1</td></tr>
</table><br>Pourriez-vous regarder ?<br>Bien cordialement,<br><br>""" + SIG_LEA.replace("\n", "<br>\n") + "</div>\n",
 cte="quoted-printable", html_cte="base64",
 g=G([("LEA.ES31","LEA.ES31"),("LEA.AN31","LEA.AN31"),("LEAS3-G4","LEAS3-G4"),("LEAS3-G2","LEAS3-G2"),("LEAS3-G1","LEAS3-G1"),("LEAS3-G3","LEAS3-G3")],
     ["24051120","24051877","23099412","24060035"],[],"wrong_group",role="staff",
     schemes=["lea-dotted-LEA.XXsn"], note="LEA secretary pastes table of 4 students in wrong groups (with INE)")))

M.append(dict(f="042-prof-staps-td7-td5.eml", frm="Grégoire Lamotte <gregoire.lamotte@unicaen.fr>",
 subj="Groupes TD L2 STAPS mélangés", date="2025-10-01 17:40",
 text="""Bonjour,

Dans le cours S3STP12 (Physiologie de l'effort 2), plusieurs étudiants de mon TD 7 de L2 (STP2-TD07 dans Apogée) apparaissent dans le groupe STP2-TD05 sur Ecampus. Du coup ils ne voient pas les consignes que je dépose pour mon groupe.

Ceux que j'ai repérés : 24007718, 24011093 et 24002260. Il y en a peut-être d'autres.

Merci,
G. Lamotte
MCF STAPS – CESAMS (UR 4260)
Bureau 214 – bâtiment STAPS – 02 31 56 71 09
""",
 g=G([("S3STP12","S3STP12"),("STP2-TD07","STP2-TD07"),("STP2-TD05","STP2-TD05")],["24007718","24011093","24002260"],[],"wrong_group",role="staff",
     schemes=["staps-SsSTPnn"], note="STAPS teacher: students of TD 7 shown in TD 5")))

M.append(dict(f="043-fwd-scol-droit-ead-elp.eml", frm="Martine Osmont <martine.osmont@unicaen.fr>",
 subj="TR: étudiants à distance pas dans le groupe EAD", date="2025-10-15 10:05",
 text="""Bonjour,

Je vous transfère le message d'une étudiante de L3 Droit à distance. Après vérification, elle et une autre étudiante (24013370) sont bien inscrites en télé-enseignement (IA) et affectées au groupe JUR3101EAD dans Apogée pour le cours JUR-3101 Droit des obligations, mais sur Ecampus elles sont dans le groupe « ELP_JUR-3101_CM ».

Merci d'avance,
Martine Osmont
Scolarité Licence Droit – Faculté de Droit
Bâtiment D, bureau DR-007 – 02 31 56 50 81

---------- Message transféré ----------
De : Aurélie Tanguy <aurelie.tanguy@etu.unicaen.fr>
Date : mar. 14 oct. 2025 à 21:33
Objet : groupe EAD obligations
À : scolarite.droit@unicaen.fr

Bonjour Madame,
je suis en L3 à distance (n° 23070255) et dans le cours d'obligations je ne vois pas les classes virtuelles du groupe EAD, seulement le groupe CM. Est-ce normal ?
Bien à vous,
Aurélie Tanguy
""",
 g=G([("JUR3101EAD","JUR3101EAD"),("JUR-3101","JUR-3101"),("ELP_JUR-3101_CM","ELP_JUR-3101_CM")],["24013370","23070255"],[],"wrong_group",role="staff",
     schemes=["droit-JUR-dash","faq-ELP_pseudo-group"], note="law secretary forwards: distance students in ELP_ pseudo-group instead of EAD group")))

# ---------------- not_enrolled (staff) ----------------
M.append(dict(f="044-scol-psy-tableau-latin1.eml", frm="Sylvie Beaufils <sylvie.beaufils@unicaen.fr>",
 subj="Etudiants non inscrits - P3.DEV1 Psychologie du développement", date="2025-10-10 14:48",
 charset="iso-8859-1", cte="quoted-printable",
 text="""Bonjour,

Les étudiants ci-dessous sont inscrits pédagogiquement (jusqu'au groupe) à l'EC P3.DEV1 mais n'apparaissent pas dans les participants du cours sur Ecampus :

N° étudiant	INE	Nom	Prénom	Groupe
24018856	1204098765J	CARON	Léa	LPSY2-TD3
24020417	0906611223M	DIALLO	Mariam	LPSY2-TD3
23083390	1103344556R	FERREIRA	Tiago	LPSY2-TD4
24025108	123456780BK	GOSSELIN	Pierre	LPSY2-TD4
24019934	0907788990C	HUET	Zoé	LPSY2-TD3

Merci de votre aide.
Cordialement,

Sylvie Beaufils
Scolarité UFR de Psychologie – Licence
Bâtiment L, bureau LG-104
02 31 56 68 30
""",
 html="""<html><body><p>Bonjour,</p><p>Les étudiants ci-dessous sont inscrits pédagogiquement (jusqu'au groupe) à l'EC <b>P3.DEV1</b> mais n'apparaissent pas dans les participants du cours sur Ecampus :</p>
<table border=1 cellspacing=0>
<tr><td>N° étudiant</td><td>INE</td><td>Nom</td><td>Prénom</td><td>Groupe</td></tr>
<tr><td>24018856</td><td>1204098765J</td><td>CARON</td><td>Léa</td><td>LPSY2-TD3</td></tr>
<tr><td>24020417</td><td>0906611223M</td><td>DIALLO</td><td>Mariam</td><td>LPSY2-TD3</td></tr>
<tr><td>23083390</td><td>1103344556R</td><td>FERREIRA</td><td>Tiago</td><td>LPSY2-TD4</td></tr>
<tr><td>24025108</td><td>123456780BK</td><td>GOSSELIN</td><td>Pierre</td><td>LPSY2-TD4</td></tr>
<tr><td>24019934</td><td>0907788990C</td><td>HUET</td><td>Zoé</td><td>LPSY2-TD3</td></tr>
</table><p>Merci de votre aide.<br>Cordialement,</p><p>Sylvie Beaufils<br>Scolarité UFR de Psychologie – Licence<br>Bâtiment L, bureau LG-104<br>02 31 56 68 30</p></body></html>
""",
 g=G([("P3.DEV1","P3.DEV1"),("LPSY2-TD3","LPSY2-TD3"),("LPSY2-TD4","LPSY2-TD4")],["24018856","24020417","23083390","24025108","24019934"],[],"not_enrolled",role="staff",
     schemes=["psy-Ps.DOMn"], note="psychology secretary: table of 5 students (n°, INE, name, group) missing from P3.DEV1")))

M.append(dict(f="045-prof-med-3-etudiants.eml", frm="Pr Hervé Lacombe <herve.lacombe@unicaen.fr>",
 subj="Etudiants absents des participants SM3.UE11", date="2025-10-23 07:58",
 text="""Bonjour,

Trois étudiants de DFGSM3 me signalent qu'ils n'ont pas accès à l'espace de l'UE 11 (SM3.UE11, appareil digestif) : 23005129, 23011460 et 22098817. Je ne les trouve pas dans les participants. Les autres (environ 240) y sont.

L'ED de jeudi se fait sur Ecampus, merci de faire le nécessaire rapidement.

Pr H. Lacombe
Service d'hépato-gastroentérologie – CHU de Caen
Avenue de la Côte de Nacre – 14033 Caen Cedex 9
Secrétariat : 02 31 06 45 12
""",
 g=G([("SM3.UE11","SM3.UE11"),("DFGSM3","DFGSM3")],["23005129","23011460","22098817"],[],"not_enrolled",role="staff",
     schemes=["sante-SMn.UEnn"], note="medicine professor: 3 students missing from SM3.UE11 participants")))

M.append(dict(f="046-prof-fwd-erasmus-depart-erreur.eml", frm="Catherine Delaunay <catherine.delaunay@unicaen.fr>",
 subj="Fwd: Pas accès au cours de littérature victorienne", date="2025-10-13 10:26",
 text="""Bonjour,

Je vous transfère le message d'une de mes étudiantes de L3 anglais. Elle n'est pas partie en Erasmus (elle est bien dans mon cours en salle tous les lundis) mais elle n'est inscrite dans aucun cours sur Ecampus. Elle pense avoir coché quelque chose d'erroné lors de son inscription.

Pouvez-vous l'inscrire à mon cours HANG304 au moins ?

Bien cordialement,
Catherine Delaunay
Maîtresse de conférences – Département d'études anglophones
ERIBIA (UR 2610)
ORCID 0000-0002-7714-3086

---------- Message transféré ---------
De : Louise Guérin <louise.guerin@etu.unicaen.fr>
Date: lun. 13 oct. 2025 à 09:14
Subject: Pas accès au cours de littérature victorienne
To: Catherine Delaunay <catherine.delaunay@unicaen.fr>

Bonjour Madame,

Je n'ai accès à aucun cours sur Ecampus, ni le vôtre ni les autres. Sur mon certificat de scolarité il y a écrit "Programme d'échange : Erasmus+ (Depart a l'annee)" alors que je ne pars pas, j'avais coché ça par erreur pour l'an prochain.

Mon numéro étudiant est 23076654.

Louise Guérin
""",
 g=G([("HANG304","HANG304")],["23076654"],[],"not_enrolled",role="staff",
     schemes=["faq-Hletters+digits"], note="teacher forwards student wrongly flagged as Erasmus departure, enrolled nowhere")))

M.append(dict(f="047-iut-gea-outlook-fwd-alternants.eml", frm="Corinne Hamel <corinne.hamel@unicaen.fr>",
 subj="TR: Alternants BGEA2 sans accès aux cours S3", date="2025-09-24 09:12",
 charset="windows-1252", cte="quoted-printable",
 text="""Bonjour,

Je me permets de vous transférer la demande ci-dessous. J’ai vérifié dans Apogée : les 4 alternants sont bien inscrits jusqu’au groupe GEA2-ALT pour les éléments
GEAR312
GEAR305
GEAS302
Ils n’apparaissent pourtant dans aucun de ces trois cours.

N° étudiant	Nom	Prénom	Groupe
24005578	LECOQ	Emma	GEA2-ALT
24005931	N’DIAYE	Ibrahima	GEA2-ALT
23090042	SAVARY	Louis	GEA2-ALT
24006617	VAUTIER	Margot	GEA2-ALT

Merci par avance,

Corinne Hamel
Secrétariat pédagogique BUT GEA – IUT Grand Ouest Normandie, site de Caen
Boulevard Maréchal Juin – 14000 Caen
02 31 56 70 44

De : Yves Thomine <yves.thomine@unicaen.fr>
Envoyé : mardi 23 septembre 2025 18:02
À : Corinne Hamel <corinne.hamel@unicaen.fr>
Objet : Alternants BGEA2 sans accès aux cours S3

Corinne,
Les alternants de 2e année n’ont accès à aucun de mes cours de S3 (R3.12 notamment). Ils sont en entreprise jusqu’au 06/10 et ont besoin des ressources. Peux-tu voir ?
Yves
""",
 g=G([("GEA2-ALT","GEA2-ALT"),("GEAR312","GEAR312"),("GEAR305","GEAR305"),("GEAS302","GEAS302"),("BGEA2","BGEA2")],["24005578","24005931","23090042","24006617"],[],"not_enrolled",role="staff",
     schemes=["but-gea-GEARsnn"], note="IUT secretary forwards Outlook thread: 4 apprentices not enrolled in 3 S3 courses (list with line breaks)")))

M.append(dict(f="048-prof-info-cours-id-en-mots.eml", frm="Rémi Castel <remi.castel@unicaen.fr>",
 subj="Mes étudiants de L3 ne sont pas dans mon cours", date="2025-09-18 16:31",
 text="""Bonjour,

Pour la deuxième année consécutive, mes étudiants de L3 informatique ne sont pas inscrits dans mon cours de génie logiciel (INFO502U), le cours id 51877. Il y a 0 étudiant, seulement moi et les deux chargés de TP. Le premier TP noté est le 29/09 en salle S3 045.

L'an dernier on m'avait dit de synchroniser la cohorte, puis qu'il ne fallait pas... J'aimerais une solution pérenne cette fois.

Rémi Castel
Maître de conférences – Département d'informatique
GREYC – UMR 6072
""",
 g=G([("INFO502U","INFO502U")],[],[51877],"not_enrolled",role="staff",
     schemes=["sciences-DISCsnnU"], note="annoyed teacher: no students enrolled in course (id given in words)")))

# ---------------- teacher_not_enrolled ----------------
M.append(dict(f="049-prof-droit-pas-inscrit-cm.eml", frm="Philippe Marescot <philippe.marescot@unicaen.fr>",
 subj="Pas inscrit comme enseignant", date="2025-09-04 08:47",
 text="""Bonjour,

J'assure le cours magistral de Droit des obligations (JUR 3101) en amphi Demolombe depuis 2019 et je ne suis pas inscrit comme enseignant dans l'espace Ecampus de cette année. Mes collègues chargés de TD y sont.

Je dois déposer le plan du cours avant la première séance du 08/09.

Bien à vous,

Philippe Marescot
Professeur de droit privé
Institut Demolombe (UR 967)
""",
 g=G([("JUR-3101","JUR 3101")],[],[],"teacher_not_enrolled",role="staff",
     schemes=["droit-JUR-dash"], note="law professor not enrolled as teacher in his course")))

M.append(dict(f="050-prof-psy-outlook-html-neuro.eml", frm="Dr Isabelle Renaud-Mercier <isabelle.renaud-mercier@unicaen.fr>",
 subj="Accès enseignant cours de neuropsychologie M1", date="2026-01-12 13:09",
 cte="quoted-printable",
 html="""<html><head><meta charset="utf-8"></head><body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Bonjour,</p>
<p>Je suis responsable de l’EC <a href="https://ecampus.unicaen.fr/course/view.php?id=50412">(P7.NEU3) Neuropsychologie clinique de l’adulte</a> en M1 Psychologie (S2). Je n’y suis pas inscrite : le cours n’apparaît pas dans ma liste et lorsque je clique sur le lien j’obtiens « Vous ne pouvez pas vous inscrire vous-même dans ce cours ».</p>
<p>Les enseignements commencent le 26 janvier. Les séances sont bien planifiées dans ADE à mon nom.</p>
<p>Merci par avance,</p>
<p>Isabelle Renaud-Mercier<br>Maîtresse de conférences en neuropsychologie<br>Laboratoire de Psychologie Caen Normandie (LPCN, UR 7452)<br>ORCID : 0000-0003-4417-2290<br>Tél. : 02 31 56 83 27 – Bureau SH-211</p>
<p style="color:#888;font-size:8pt">Ce message et ses pièces jointes sont confidentiels et destinés exclusivement au(x) destinataire(s) mentionné(s). Si vous n’êtes pas destinataire de ce message, merci de le détruire et d’en avertir l’expéditeur.</p>
</div></body></html>
""",
 g=G([("P7.NEU3","P7.NEU3")],[],[50412],"teacher_not_enrolled",role="staff",
     schemes=["psy-Ps.DOMn"], note="psychology lecturer not enrolled in her M1 course (HTML only, link with code in text)")))

M.append(dict(f="051-esix-teacher-en.eml", frm="Dr. Andrew Whitfield <andrew.whitfield@unicaen.fr>",
 subj="Not enrolled as teacher in my ESIX courses", date="2025-09-15 15:02",
 text="""Dear colleagues,

I teach the 3rd-year modules EX3 MEC1 (Fluid mechanics) and ex3-inf2 (Object-oriented programming) at ESIX, but I am not enrolled as a teacher in either Ecampus course. Last year I was added automatically.

My sessions are planned in ADE (Tuesday mornings, room ESIX-B204). Could you please check?

Best regards,
Andrew Whitfield
Associate Professor, ESIX Normandie
LUSAC (UR 4253) – +33 2 33 01 42 17
""",
 g=G([("EX3-MEC1","EX3 MEC1"),("EX3-INF2","ex3-inf2")],[],[],"teacher_not_enrolled",role="staff",lang="en",
     schemes=["esix-EXn-SPECn"], note="English-speaking engineering teacher not enrolled in two courses (damaged codes)")))

M.append(dict(f="052-re-cemu-50871-prof-histoire.eml", frm="Olivier Lemarchand <olivier.lemarchand@unicaen.fr>",
 subj="RE: [CEMU #50871] Inscription enseignant", date="2025-10-02 09:40",
 irt="<cemu.50871.1759311020@assistance.unicaen.fr>",
 text="""Bonjour,

Toujours pas inscrit dans HI3MOD2 ni dans GE3-URB1 ce matin. Le secrétariat m'assure que la planification ADE a été refaite lundi avec mon nom sur chaque séance.

Cordialement,
O. Lemarchand

De : CEMU Assistance <cemu.assistance@unicaen.fr>
Envoyé : mardi 30 septembre 2025 14:10
À : Olivier Lemarchand <olivier.lemarchand@unicaen.fr>
Objet : [CEMU #50871] Inscription enseignant

Bonjour,

L'inscription automatique des enseignants dans Ecampus dépend de la planification dans ADE : il faut que les séances soient planifiées avec vous comme enseignant. Nous vous invitons à vous rapprocher de votre secrétariat pédagogique.

Cordialement,
L'équipe du CEMU
""",
 g=G([("HI3MOD2","HI3MOD2"),("GE3URB1","GE3-URB1")],[],[],"teacher_not_enrolled",role="staff",
     schemes=["histgeo-HIsPERn"], note="follow-up: teacher still not enrolled in two courses despite ADE planning")))

M.append(dict(f="053-prof-gea-td-r105-cp1252.eml", frm="Stéphanie Aubert <stephanie.aubert@unicaen.fr>",
 subj="Inscription enseignante ressource R1.05", date="2025-09-12 12:20",
 charset="windows-1252", cte="quoted-printable",
 text="""Bonjour,

J’assure les TD de la ressource R1.05 « Expression et communication » (code Apogée GEAR1O5) pour les groupes TD2 et TD3 de 1re année, mais je ne suis pas enseignante dans l’espace Ecampus. Seul le responsable du CM y est.

Pouvez-vous m’y inscrire ? Ou faut-il voir avec le secrétariat ?

Merci,
Stéphanie Aubert
PRAG Lettres – IUT Grand Ouest Normandie
""",
 g=G([("GEAR105","GEAR1O5"),("GEA1-TD2","TD2"),("GEA1-TD3","TD3")],[],[],"teacher_not_enrolled",role="staff",
     schemes=["but-gea-GEARsnn"], note="IUT teacher not enrolled in R1.05 (code with O for 0), groups named by short name")))

M.append(dict(f="054-lansad-espagnol-html-groupes.eml", frm="Marisol Ortega <marisol.ortega@unicaen.fr>",
 subj="Pas inscrite dans mes groupes LANSAD", date="2025-09-19 18:06",
 cte="base64",
 text="""Bonjour,

Je suis enseignante d'espagnol au Centre de langues (LANSAD) et cette année j'ai trois groupes de LSD1ESP :
- Groupe 04 (lundi 8h, SA-110)
- Groupe 09 (mercredi 14h, SA-112)
- Groupe 11 (jeudi 10h, SB-020)

Je ne suis inscrite comme enseignante dans aucun de ces groupes sur Ecampus, alors que ma collègue du groupe 05 l'est.

Merci de votre aide.
Marisol Ortega
Enseignante contractuelle – Carré international
""",
 html="""<div>Bonjour,<br><br>Je suis enseignante d'espagnol au Centre de langues (LANSAD) et cette année j'ai trois groupes de <b>LSD1ESP</b> :<ul><li>Groupe 04 (lundi 8h, SA-110)</li><li>Groupe 09 (mercredi 14h, SA-112)</li><li>Groupe 11 (jeudi 10h, SB-020)</li></ul>Je ne suis inscrite comme enseignante dans aucun de ces groupes sur Ecampus, alors que ma collègue du groupe 05 l'est.<br><br>Merci de votre aide.<br>Marisol Ortega<br><span style="color:gray">Enseignante contractuelle – Carré international</span></div>""",
 g=G([("LSD1ESP","LSD1ESP"),("LSD1ESP-04","Groupe 04"),("LSD1ESP-09","Groupe 09"),("LSD1ESP-11","Groupe 11"),("LSD1ESP-05","groupe 05")],[],[],"teacher_not_enrolled",role="staff",
     schemes=["lansad-LSDsLANG"], note="LANSAD teacher not enrolled in her three groups (short names)")))

M.append(dict(f="055-inspe-analyse-contexte-b64.eml", frm="Hélène Picard <helene.picard@unicaen.fr>",
 subj="(1CA153) Analyse du contexte - pas inscrite", date="2025-09-25 10:50",
 cte="base64",
 text="""Bonjour,

Je fais partie de l'équipe de formateurs du cours « (1CA153) Analyse du contexte » du master MEEF 1er degré (site de Caen), groupe 1CA153G2, mais je n'y suis pas inscrite comme enseignante. Je vois le cours dans la recherche mais je ne peux pas y entrer.

Bien cordialement,
Hélène Picard
Formatrice – INSPE Normandie Caen
186 rue de la Délivrande – 14000 Caen
""",
 g=G([("1CA153","1CA153"),("1CA153G2","1CA153G2")],[],[],"teacher_not_enrolled",role="staff",
     schemes=["faq-inspe-digit-prefix"], note="INSPE trainer not enrolled as teacher (base64 body)")))

# ---------------- course_missing (staff) ----------------
M.append(dict(f="056-prof-histoire-code-inexistant.eml", frm="Bertrand Jouvin <bertrand.jouvin@unicaen.fr>",
 subj="Cours d'histoire médiévale inexistant", date="2025-09-02 11:15",
 text="""Bonjour,

Le cours HI3MED3 « Histoire médiévale : sociétés et pouvoirs » n'existe pas sur Ecampus. J'ai cherché par le code et par le titre. L'an dernier il existait (j'avais l'espace avec tous mes documents).

Les cours commencent la semaine du 15 septembre.

Bertrand Jouvin
MCF histoire médiévale – HisTeMé (UR 7455)
""",
 g=G([("HI3MED3","HI3MED3")],[],[],"course_missing",role="staff",
     schemes=["histgeo-HIsPERn"], note="teacher cannot find course; the code he gives does not exist (unknown)")))

M.append(dict(f="057-iae-liste-cours-m1mae.eml", frm="Valérie Grandin <valerie.grandin@unicaen.fr>",
 subj="Cours M1 MAE non créés sur Ecampus", date="2025-09-01 15:33",
 text="""Bonjour,

La nouvelle maquette du M1 Management et Administration des Entreprises (étape M1MAE) est en place dans Apogée depuis juillet. Les espaces suivants n'existent pas sur Ecampus :

- IAEM1M01 : Stratégie d'entreprise
- IAEM1M02 : Marketing opérationnel
- IAEM1M03 : Gestion des ressources humaines
- IAEM1M04 : Contrôle de gestion
- IAE M1M05 : Droit des affaires
- iaem1m06 : Anglais des affaires

La rentrée des M1 MAE est le 08/09 (salle IAE-1.12). Les plannings ADE sont faits.

Cordialement,
Valérie Grandin
Responsable administrative – IAE Caen
3 rue Claude Bloch – 14000 Caen
02 31 56 65 90
""",
 g=G([("M1MAE","M1MAE"),("IAEM1M01","IAEM1M01"),("IAEM1M02","IAEM1M02"),("IAEM1M03","IAEM1M03"),("IAEM1M04","IAEM1M04"),("IAEM1M05","IAE M1M05"),("IAEM1M06","iaem1m06")],[],[],"course_missing",role="staff",
     schemes=["iae-IAEMnXnn"], note="IAE admin: six new M1 courses not created on Ecampus (list, some damaged)")))

M.append(dict(f="058-esix-ex5sys4-absent.eml", frm="Jean-Marc Poulain <jean-marc.poulain@unicaen.fr>",
 subj="cours ex5sys4 absent d'ecampus", date="2025-09-29 08:30",
 text="""Bonjour

le cours ex5sys4 (Intégration de systèmes mécatroniques, 5e année, étape ESX5MR) n'existe pas sur ecampus. Les étudiants me le réclament.
Peut-être parce que le groupe de projet n'a pas été créé ? Je ne connais pas bien Apogée.

JM Poulain
ESIX Normandie - Bât. B, bureau 112 - 02 31 56 74 50

Le dim. 28 sept. 2025 à 20:47, Romain Tessier <romain.tessier@etu.unicaen.fr> a écrit :
> Bonjour Monsieur, on ne trouve pas votre cours d'intégration sur Ecampus,
> ni dans ESIX > 5A ni par la recherche. Les supports sont ailleurs ?
> Romain (5A MR)
""",
 g=G([("EX5-SYS4","ex5sys4"),("ESX5MR","ESX5MR")],[],[],"course_missing",role="staff",
     schemes=["esix-EXn-SPECn"], note="engineering teacher: course does not exist (code lowercase without dash)")))

M.append(dict(f="059-fwd-med-ue09-disparue.eml", frm="Dr Nathalie Vérel <nathalie.verel@unicaen.fr>",
 subj="Fwd: UE 9 disparue d'Ecampus ?", date="2025-10-06 19:15",
 text="""Bonjour,

Je vous fais suivre l'échange avec ma collègue. L'espace de l'UE SM2.UE09 (Appareil locomoteur) a disparu d'Ecampus, ainsi que les inscriptions. On nous a dit qu'elle était maintenant "mutualisée" avec l'UE 7 (SM2.UE07) mais l'espace de l'UE 7 ne contient pas les étudiants de l'UE 9.

Dr N. Vérel
Département de médecine générale – UFR Santé
2 rue des Rochambelles – 14032 Caen Cedex 5

-------- Message d'origine --------
De : Agnès Lorieux <agnes.lorieux@unicaen.fr>
Date : 06/10/2025 17:48
À : Nathalie Vérel <nathalie.verel@unicaen.fr>
Objet : UE 9 disparue d'Ecampus ?

Nathalie, je ne retrouve plus l'espace de l'UE 9 sur Ecampus depuis ce matin. Toi non plus ? Les étudiants de DFGSM2 ont leur ECOS blanc le 20.
Agnès
""",
 g=G([("SM2.UE09","SM2.UE09"),("SM2.UE07","SM2.UE07"),("DFGSM2","DFGSM2")],[],[],"course_missing",role="staff",
     schemes=["sante-SMn.UEnn"], note="medicine teacher forwards: course vanished after mutualisation (porteur/porté)")))

M.append(dict(f="060-staps-s4-introuvable-latin1.eml", frm="Franck Lebas <franck.lebas@unicaen.fr>",
 subj="Cours S4 introuvable", date="2026-01-14 16:52",
 charset="iso-8859-1", cte="8bit",
 text="""Bonjour,

Je ne trouve pas le cours S4 STP09 (Théorie et pratique des APSA : sports collectifs) sur Ecampus. Le semestre commence lundi. Les autres cours du S4 ont bien été créés.

Franck Lebas
PRAG EPS - UFR STAPS
2 bd du Maréchal Juin - 14032 Caen
""",
 g=G([("S4STP09","S4 STP09")],[],[],"course_missing",role="staff",
     schemes=["staps-SsSTPnn"], note="STAPS teacher: S2 course missing (semester prefix split), latin-1 8bit")))

# ---------------- cohort_question (staff, part 1) ----------------
M.append(dict(f="061-scol-staps-cohorte-vie-promo.eml", frm="Agnès Colin <agnes.colin@unicaen.fr>",
 subj="Cohorte L1 STAPS pour l'espace Vie de promo", date="2025-09-08 10:02",
 text="""Bonjour,

Nous avons un espace complémentaire "Vie de promo L1 STAPS" (infos, emplois du temps, tutorat). Est-il possible d'y inscrire la cohorte LSTAP1 pour que tous les étudiants de L1 y soient automatiquement, y compris ceux qui s'inscrivent en retard ?
Et est-ce que les étudiants qui abandonnent en seront retirés automatiquement ?

Merci,
Agnès Colin
Scolarité STAPS – 02 31 56 72 00
""",
 g=G([("LSTAP1","LSTAP1")],[],[],"cohort_question",role="staff",
     schemes=["staps-SsSTPnn"], note="secretary asks to add the LSTAP1 cohort to a complementary space")))

M.append(dict(f="062-prof-gea-cohorte-a-retirer.eml", frm="Laurent Mauger <laurent.mauger@unicaen.fr>",
 subj="Synchronisation de cohorte BGEA1 : dois-je la retirer ?", date="2025-10-20 12:40",
 cte="quoted-printable",
 text="""Bonjour,

En septembre, comme les IP n'étaient pas faites, j'ai ajouté la méthode "Synchronisation des cohortes" avec la cohorte BGEA1 dans mon cours gear 101 (Fondamentaux du marketing). Maintenant les étudiants sont tous inscrits normalement par la base de données, certains apparaissent en double.

Est-ce que je dois supprimer la synchronisation de cohorte ? Est-ce que ça va désinscrire des étudiants ?

Laurent Mauger
IUT Grand Ouest Normandie – département GEA
""",
 html="""<p>Bonjour,</p><p>En septembre, comme les IP n'étaient pas faites, j'ai ajouté la méthode &quot;Synchronisation des cohortes&quot; avec la cohorte <b>BGEA1</b> dans mon cours gear 101 (Fondamentaux du marketing). Maintenant les étudiants sont tous inscrits normalement par la base de données, certains apparaissent en double.</p><p>Est-ce que je dois supprimer la synchronisation de cohorte ? Est-ce que ça va désinscrire des étudiants ?</p><p>Laurent Mauger<br>IUT Grand Ouest Normandie – département GEA</p>""",
 g=G([("BGEA1","BGEA1"),("GEAR101","gear 101")],[],[],"cohort_question",role="staff",
     schemes=["but-gea-GEARsnn"], note="teacher asks whether to remove a temporary cohort sync")))

M.append(dict(f="063-med-cohorte-dfasm1-pas-a-jour.eml", frm="Service Scolarité Médecine <scolarite.medecine@unicaen.fr>",
 subj="Cohorte DFASM1 pas à jour ?", date="2025-11-03 09:27",
 cte="quoted-printable",
 text="""Bonjour,

L'espace "Stages hospitaliers DFASM1" est alimenté par la cohorte DFASM1. Deux étudiants qui ont annulé leur inscription administrative le 10/10 (22040018 et 21077356) y apparaissent encore aujourd'hui et reçoivent les annonces.

La cohorte est-elle bien mise à jour chaque nuit ? Faut-il les retirer à la main ?

Cordialement,
Pour le service scolarité de l'UFR Santé,
Mélanie Roger
Bureau 1er et 2e cycles – poste 4 56 12

-------- Message transféré --------
Sujet : 	Annonces stages
Date : 	Fri, 31 Oct 2025 20:11:37 +0100
De : 	Hugo Lerouxel <hugo.lerouxel@etu.unicaen.fr>
Pour : 	scolarite.medecine@unicaen.fr

Bonjour, j'ai annulé mon inscription début octobre (réorientation) mais je reçois toujours les annonces de l'espace stages DFASM1 sur Ecampus, pouvez-vous me retirer ?
Hugo Lerouxel
""",
 g=G([("DFASM1","DFASM1")],["22040018","21077356"],[],"cohort_question",role="staff",
     schemes=["sante-SMn.UEnn"], note="medicine scolarité: cohort not updated after IA cancellations")))
