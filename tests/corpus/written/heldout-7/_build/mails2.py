from lib import M, PNG, pdf
MAILS = []
A = MAILS.append

A(M(fn="023-inspe-scol-tableau-stagiaires-slo.eml",
  frm=("Martine Guillouet", "martine.guillouet@unicaen.fr"),
  subject="MEEF 1er degré - stagiaires de Saint-Lô non inscrits",
  date="2025-10-14 14:02", client="outlook", form="html", cs="windows-1252", cte="quoted-printable",
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>
<body lang="FR" link="#0563C1">
<div class="WordSection1">
<p class="MsoNormal">Bonjour,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Les étudiants du M1 MEEF 1<sup>er</sup> degré rattachés au site de Saint-Lô (étape MEEF1P, groupe SLO) n’apparaissent pas dans les participants de deux UE :</p>
<p class="MsoNormal">- ME1PE07 « Enseigner les mathématiques au cycle 2 »<br>- ME1 PE03 « Maîtrise de la langue française »</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Les sites de Caen et d’Alençon n’ont pas ce problème. Extrait de notre fichier de suivi :</p>
<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse;font-family:Calibri;font-size:10pt">
<tr style="background:#E2EFDA"><th>N° étudiant</th><th>Nom Prénom</th><th>INE</th><th>Site</th><th>Date IP</th></tr>
<tr><td>24119037</td><td>LECORNU Pauline</td><td>1405011234C</td><td>Saint-Lô</td><td>02/10/2025</td></tr>
<tr><td>23207761</td><td>VOISIN Antoine</td><td>0503124987E</td><td>Saint-Lô</td><td>02/10/2025</td></tr>
<tr><td>25090412</td><td>GOSSELIN Maëlys</td><td>2101077334D</td><td>Saint-Lô</td><td>03/10/2025</td></tr>
<tr><td>24310855</td><td>HÉBERT Lucas</td><td>1108043372F</td><td>Saint-Lô</td><td>03/10/2025</td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Les cours ont lieu au site de Saint-Lô (1 rue Dr Laennec, 50000 Saint-Lô), salle 104.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Cordialement,</p>
<p class="MsoNormal"><b>Martine GUILLOUET</b><br>Service scolarité – INSPE Normandie Caen<br>186 rue de la Délivrande – 14053 Caen Cedex 4<br>Tél : 02 31 56 68 12</p>
<p class="MsoNormal"><span style="font-size:8pt;color:#808080">Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires. Pensez à l’environnement avant d’imprimer ce courriel.</span></p>
</div></body></html>
""",
  g=dict(codes=[("MEEF1P", "MEEF1P"), ("MEEF1P-SLO", "SLO"), ("ME1PE07", "ME1PE07"), ("ME1PE03", "ME1 PE03")],
         stu=["24119037", "23207761", "25090412", "24310855"], ids=[], sym="not_enrolled", role="staff",
         schemes=["MEEF ME<year><track><nn>", "MEEF etape MEEF<year><track>", "group <etape>-<short>"], note="INSPE secretary: Saint-Lô site students missing from two UE, HTML table")))

A(M(fn="024-musico-analyse-pas-dans-tableau-de-bord.eml",
  frm=("", "24208871@etu.unicaen.fr"),
  subject="cours d'analyse musicale disparu du tableau de bord",
  date="2025-11-07 11:18", client="zimbra", form="alt",
  text="""Bonjour,

Depuis lundi le cours d'analyse (mu.an303) n'est plus affiché sur mon tableau de bord. Je le retrouve en passant par « Mes cours » > « Tous », donc je pense que je suis toujours inscrite, mais dans la vue « En cours » il n'y est plus. Les autres cours du S3 sont là.

Est-ce que c'est normal ? C'est un peu pénible de le chercher à chaque fois.

Merci,
Romane Lévêque, L2 musicologie
""",
  g=dict(codes=[("MU.AN303", "mu.an303")], stu=["24208871"], ids=[], sym="course_not_on_dashboard", role="student",
         schemes=["music MU.<XX><nnn>"], note="student: course hidden from dashboard 'En cours' filter (probably end date)")))

A(M(fn="025-bloc-participants-disparu-geo.eml",
  frm=("Gilles Prunier", "gilles.prunier@unicaen.fr"),
  subject="Bloc participants",
  date="2025-09-10 09:55", client="thunderbird", form="plain", cs="iso-8859-1", cte="8bit",
  text="""Bonjour,

Depuis cette rentrée, le bloc « Participants » qui était à droite dans mon cours HGEO 205 (Géographie des espaces ruraux) a disparu. Je m'en servais pour envoyer des messages aux étudiants et vérifier qui est inscrit. Est-ce que je l'ai supprimé par erreur ? Je ne le retrouve pas dans « Ajouter un bloc ».

Cordialement,

--
Gilles Prunier
Professeur de géographie – UMR 6266 IDEES Caen
MRSH, bureau SH 142 – 02 31 56 57 80
""",
  g=dict(codes=[("HGEO205", "HGEO 205")], stu=[], ids=[], sym="participants_block_missing", role="staff",
         schemes=["letters+digits H<DIS><sem><nn> (FAQ shape)"], note="teacher: Participants block gone from course (stray space in code)")))

A(M(fn="026-sms-cas-connexion-reussie.eml",
  frm=("", "25022318@etu.unicaen.fr"),
  subject="probleme connexion",
  date="2025-09-09 23:11", client="zimbra", form="plain",
  text="""bonsoir
qd je me co sa me mets connexion reussie mais sa va pas sur ecampus, je reste bloquer sur la page cas.unicaen.fr avec le logo unicaen. jai essayer sur mon tel et sur lordi de la BU pareil
comment je fais pour avoir mes cours ??
""",
  g=dict(codes=[], stu=["25022318"], ids=[], sym="cas_unknown_destination", role="student",
         schemes=[], note="SMS style: CAS login succeeds but no redirect to Ecampus")))

A(M(fn="027-ensicaen-intervenant-pas-inscrit.eml",
  frm=("Dr. Karim Belhadj", "karim.belhadj@ensicaen.fr"),
  subject="Accès enseignant au cours x9gpr3 (ESIX)",
  date="2025-11-24 16:37", client="thunderbird", form="alt",
  text="""Bonjour,

J'interviens depuis cette année dans le module x9gpr3 « Procédés catalytiques » de la 3e année de la spécialité Génie des procédés de l'ESIX (6 séances de CM, à partir du 1er décembre). Le secrétariat de l'ESIX m'a créé un compte invité, je me connecte bien à Ecampus, mais je n'ai pas accès au cours : je n'y suis pas inscrit comme enseignant, donc impossible de déposer mes supports.

Pourriez-vous m'inscrire, ou me dire à qui m'adresser ?

Bien cordialement,

Karim Belhadj
Enseignant-chercheur – ENSICAEN
Laboratoire Catalyse et Spectrochimie (LCS), UMR 6506
6 boulevard Maréchal Juin – 14050 Caen Cedex 4
ORCID : 0000-0001-7345-2219 – Tél. 02 31 45 28 91
""",
  g=dict(codes=[("X9GPR3", "x9gpr3")], stu=[], ids=[], sym="teacher_not_enrolled", role="unknown",
         schemes=["engineering X<sem><DIS><n>"], note="outside (ENSICAEN) lecturer with guest account not enrolled in ESIX course")))

A(M(fn="028-dsi-transfert-glpi-erreur-bdd.eml",
  frm=("Olivier Féron", "olivier.feron@unicaen.fr"),
  subject="Fwd: [GLPI #318220] Ecampus erreur base de données",
  date="2025-10-20 08:49", client="thunderbird", form="plain",
  text="""Bonjour le CEMU,

Ticket arrivé chez nous au centre de services DSI, je pense qu'il est pour vous (Ecampus). Pour info on n'a rien vu côté supervision réseau, le VPN et l'ENT fonctionnaient.

Olivier
DSI – Centre de services, poste 5 67 89


-------- Message transféré --------
Sujet : 	[GLPI #318220] Ecampus erreur base de données
Date : 	Sun, 19 Oct 2025 10:32:07 +0200
De : 	GLPI UNICAEN <glpi-noreply@unicaen.fr>
Pour : 	dsi.centre-services@unicaen.fr

Nouveau ticket #318220
Demandeur : TRAN Minh (22304417)
Catégorie : Applications > Ecampus
Titre : Ecampus erreur base de données

Description :
bonjour depuis ce matin 9h30 ecampus affiche une page blanche avec "Error: Database connection failed" puis "It is possible that the database is overloaded or otherwise not running properly." je dois rendre un rapport de TP avant midi. j'ai win11 et chrome à jour.
merci
""",
  g=dict(codes=[], stu=["22304417"], ids=[], sym="database_error", role="staff",
         schemes=[], note="DSI forwards a GLPI ticket: student saw 'Database connection failed' on Sunday morning")))

A(M(fn="029-english-wrong-group-anglais-b2.eml",
  frm=("Mehmet Yılmaz", "mehmet.yilmaz@etu.unicaen.fr"),
  subject="Wrong group in English B2 course",
  date="2025-10-03 15:27", client="roundcube", form="plain",
  text="""Hello,

In the Ecampus course of English B2 (CL-ANGB2) I am in group G2, but I actually attend the Tuesday class with Mrs Harper, which is group G3. Because of this I can't see the assignments she posts for G3 and I already missed one submission (due 01/10).

My student number: 25401766 (I'm in L1 Economics, first year in Caen).

Could you move me to G3? Thank you.

Mehmet Yılmaz
""",
  g=dict(codes=[("CL-ANGB2", "CL-ANGB2"), ("CLANGB2-G2", "G2"), ("CLANGB2-G3", "G3")], stu=["25401766"], ids=[], sym="wrong_group",
         role="student", lang="en", schemes=["language centre CL-<lang><CEFR>", "group CL<lang><CEFR>-G<n>"], note="English: student in G2 instead of G3 in English B2 course")))

A(M(fn="030-iut-info-cours-r312-inexistant.eml",
  frm=("Stéphane Aubert", "stephane.aubert@unicaen.fr"),
  subject="Cours R3.12 inexistant sur Ecampus",
  date="2025-09-05 11:30", client="outlook", form="alt",
  text="""Bonjour,

Je cherche l'espace Ecampus de la ressource R3.12 « Mathématiques discrètes avancées » du BUT Informatique 2e année (code Apogée INFR312 d'après la maquette qu'on m'a transmise). Il n'existe pas : la recherche ne renvoie rien, et dans la catégorie IUT > BUT Info > S3 il manque seulement celui-ci. Les autres ressources de S3 ont bien été créées.

Le semestre démarre lundi 8 septembre. Cette ressource est mutualisée avec le parcours Déploiement d'applications, peut-être que ça joue ?

Merci d'avance,

Stéphane Aubert
Département Informatique – IUT Grand Ouest Normandie (site Ifs)
Bureau INFO-107 – 02 31 56 71 03
""",
  g=dict(codes=[("INFR3.12", "INFR312")], stu=[], ids=[], sym="course_missing", role="staff",
         schemes=["BUT <DEPT>R<sem>.<nn>"], note="IUT teacher: course for R3.12 not created on Ecampus (porteur/porté?), code without dot")))

A(M(fn="031-automatic-reply-kent.eml",
  frm=("Rebecca Lowe", "r.lowe@kent.ac.uk"),
  subject="Automatic reply: Erasmus students access to Ecampus",
  date="2025-10-24 13:02", client="outlook", form="alt",
  hdrs=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"],
  text="""Thank you for your email. I am currently out of the office attending the EAIE conference and will return on Monday 3 November (flight BA 0327).

For urgent matters regarding outgoing Erasmus+ students, please contact go-abroad@kent.ac.uk or call +44 1227 823 445.

Kind regards,
Rebecca Lowe
Partnerships Officer, Global Mobility
University of Kent, Canterbury CT2 7NZ
""",
  g=dict(codes=[], stu=[], ids=[], sym="other", role="unknown", lang="en", auto=True, schemes=[], note="English out-of-office from a partner university")))

A(M(fn="032-l1-droit-td12-pas-acces.eml",
  frm=("Yanis Belkacem", "yanis.belkacem@outlook.fr"),
  subject="Pas accès au TD introduction au droit",
  date="2025-09-24 07:58", client="outlook", form="alt",
  text="""Bonjour,

Je suis en L1 droit, groupe de TD 12 (le mercredi 8h, salle DR-021). Je n'ai pas accès à l'espace Ecampus du TD d'introduction au droit (DR1S1T03) alors que mes amis du même groupe l'ont. Le chargé de TD nous a dit de télécharger la fiche n°2 dessus avant la séance.

Numéro étudiant : 25117402
INE : 1205045678A
Téléphone : 06 12 48 90 33

Merci de votre réponse.
Yanis Belkacem

Obtenir Outlook pour iOS
""",
  g=dict(codes=[("DR1S1T03", "DR1S1T03"), ("DRL1-TD12", "TD 12")], stu=["25117402"], ids=[], sym="not_enrolled", role="student",
         schemes=["law DR<year>S<sem><C|T><nn>", "group <etape>-<short>"], note="L1 law student not enrolled in TD course while rest of group is")))

A(M(fn="033-scol-sde-cours-archives-nouvelle-maquette.eml",
  frm=("Valérie Lemonnier", "valerie.lemonnier@unicaen.fr"),
  subject="Cours de L2 sciences de l'éducation passés en archives",
  date="2025-09-03 15:16", client="exchange", form="plain", cs="windows-1252", cte="quoted-printable",
  text="""Bonjour,

Deux enseignantes de L2 Sciences de l'éducation m'informent que leurs espaces Ecampus ont été déplacés dans la catégorie « Archives » :
- 2SE204 « Psychologie du développement de l'enfant »
- 2SE211 « Histoire des institutions éducatives »

Effectivement, avec la nouvelle maquette 2025-2029 ces éléments ont été recodés (désormais 2SE214 et 2SE221), mais les enseignantes ne retrouvent pas leurs contenus dans les nouveaux espaces, qui sont vides. Est-ce qu'il y a une procédure pour récupérer le contenu de l'ancien cours dans le nouveau ? Faut-il que ce soit vous qui le fassiez ?

Merci,
Valérie Lemonnier
Scolarité Sciences de l'éducation – UFR HSS
Bât. SA, bureau SA-216 – 02 31 56 58 44
""",
  unk=["2SE204", "2SE211"],
  g=dict(codes=[("2SE204", "2SE204"), ("2SE211", "2SE211"), ("2SE214", "2SE214"), ("2SE221", "2SE221")], stu=[], ids=[],
         sym="course_moved_renamed", role="staff", schemes=["digit-prefixed <year>SE<nnn> (FAQ shape)"], note="secretary: courses archived after recoding in new maquette, how to copy content")))

A(M(fn="034-l1-psycho-perdue.eml",
  frm=("Chloé Martinet", "chloe.martinet2006@gmail.com"),
  subject="Je ne trouve pas mes cours de psycho",
  date="2025-09-15 20:03", client="gmail", form="alt",
  text="""Bonjour,

Je suis désolée de vous déranger, je suis en L1 psychologie (L1PSYC) et je suis un peu perdue. Sur Ecampus je n'ai que 3 cours alors qu'on en a 7 ce semestre. Par exemple je n'ai pas « Introduction à la psychologie cognitive » (HPSY104) alors que la prof en a parlé en amphi et dit que tout le monde y était inscrit.

J'ai fini mon inscription seulement le 10 septembre parce que j'étais sur liste d'attente Parcoursup, est-ce que c'est pour ça ?

Mon numéro étudiant : 25033190
(Je mets aussi mon numéro de téléphone si besoin : 07 82 15 43 66)

PS : on nous a aussi parlé de la certification PIX, est-ce que c'est aussi sur Ecampus ?

Merci beaucoup,
Chloé Martinet
""",
  g=dict(codes=[("L1PSYC", "L1PSYC"), ("HPSY104", "HPSY104")], stu=["25033190"], ids=[], sym="not_enrolled", role="student",
         schemes=["licence etape L<year><DIS>", "letters+digits H<DIS><sem><nn> (FAQ shape)"], note="late-enrolled L1 psychology student missing courses")))

A(M(fn="035-prof-vague-etudiants-ne-voient-pas.eml",
  frm=("Jean-Marc Delaunay", "jean-marc.delaunay@unicaen.fr"),
  subject="Re: Problème Ecampus",
  date="2025-09-17 07:12", client="iphone", form="plain",
  hdrs=["In-Reply-To: <A3F1C2D4-77B0-4E1A-9C55-1D0E8F2B6A10@unicaen.fr>"],
  text="""Je relance : toujours rien de votre part et les étudiants attendent.

JM Delaunay

Envoyé de mon iPhone

> Le 15 sept. 2025 à 18:40, Jean-Marc Delaunay <jean-marc.delaunay@unicaen.fr> a écrit :
>
> Bonjour,
>
> Mes étudiants ne voient pas mon cours. Pouvez-vous régler le problème rapidement ?
>
> Cordialement
>
> JM Delaunay
""",
  g=dict(codes=[], stu=[], ids=[], sym="students_cannot_see_course", role="staff", schemes=[],
         note="vague teacher: students cannot see course, no code")))

A(M(fn="036-vacataire-adresse-mail-erronee.eml",
  frm=("Gérard Lhermitte", "gerard.lhermitte@laposte.net"),
  subject="Adresse mail erronée sur Ecampus",
  date="2025-10-09 18:40", client="other", form="plain", cs="windows-1252", cte="8bit",
  text="""Madame, Monsieur,

Intervenant vacataire à l'IAE (cours « (IA1MKT01) Fondamentaux du marketing », M1 MAE), je constate que l'adresse électronique affichée dans mon profil Ecampus est une ancienne adresse (g.lhermitte@wanadoo.fr) qui n'existe plus depuis 2019. Les messages des étudiants et les notifications des devoirs sont donc perdus.

Dans mon profil, le champ n'est pas modifiable. Pouvez-vous le corriger, ou m'indiquer à qui m'adresser ?

Avec mes remerciements,

Gérard Lhermitte
Consultant – GL Conseil Marketing SARL
SIRET 512 345 678 00021
12 rue Écuyère – 14000 Caen
06 09 71 44 28
""",
  g=dict(codes=[("IA1MKT01", "IA1MKT01")], stu=[], ids=[], sym="wrong_name", role="unknown",
         schemes=["IAE IA<year><dom><nn>"], note="vacataire: obsolete e-mail address shown on Ecampus profile")))

A(M(fn="037-english-invalid-credentials.eml",
  frm=("Sofia Kowalczyk", "sofia.kowalczyk99@gmail.com"),
  subject="Cannot log in to ecampus - invalid credentials",
  date="2025-09-11 10:26", client="gmail", form="alt",
  text="""Hello,

I am an exchange student from Poland (Uniwersytet Wrocławski), I arrived on 1 September. I activated my "compte numérique" at the Carré international on 5/09 and I can read my university email, but on ecampus.unicaen.fr I always get "Invalid login, please try again".

I tried with my student number 25600142 as login and also with firstname.lastname, both fail. I use Windows 11, Edge and Firefox.

My INE is 250600142XY if needed. Could you help me? My courses start next week.

Best regards,
Sofia Kowalczyk
""",
  g=dict(codes=[], stu=["25600142"], ids=[], sym="cannot_login", role="student", lang="en", schemes=[],
         note="English exchange student cannot log in to Ecampus (invalid login)")))

A(M(fn="038-scol-droit-l3-liste-cours.eml",
  frm=("Karine Osmont", "karine.osmont@unicaen.fr"),
  subject="L3 droit des affaires : étudiants absents de plusieurs cours",
  date="2025-09-26 10:12", client="zimbra", form="plain", cte="base64",
  text="""Bonjour,

Une quinzaine d'étudiants de L3 Droit (étape DRL3, parcours droit des affaires) ne sont inscrits dans aucun des cours suivants sur Ecampus :

- DR3S5C11 : Droit des sociétés
- dr3s5c14 : Droit fiscal des affaires
- DR3S5 T11 : TD Droit des sociétés
- DR3S5C12 : Droit de la concurrence
- DR3S5T12 : TD Droit de la concurrence

Ils ont pourtant des IP validées depuis le 18/09. Trois exemples : 23109954, 22800417, 23015562.

Je précise que ce sont tous des étudiants admis en L3 par passerelle (dossier eCandidat), je ne sais pas si ça change quelque chose.

Merci d'avance,
Karine Osmont
Scolarité Droit – Licence 3
02 31 56 54 70
""",
  g=dict(codes=[("DRL3", "DRL3"), ("DR3S5C11", "DR3S5C11"), ("DR3S5C14", "dr3s5c14"), ("DR3S5T11", "DR3S5 T11"), ("DR3S5C12", "DR3S5C12"), ("DR3S5T12", "DR3S5T12")],
         stu=["23109954", "22800417", "23015562"], ids=[], sym="not_enrolled", role="staff",
         schemes=["law DR<year>S<sem><C|T><nn>", "law etape DRL<year>"], note="law secretary: L3 students missing from 5 courses (list, some damaged codes)")))

A(M(fn="039-merci-ticket-resolu.eml",
  frm=("", "23208845@etu.unicaen.fr"),
  subject="Re: [CEMU #204102] Pas accès au cours d'immunologie",
  date="2025-10-10 17:05", client="zimbra", form="plain",
  hdrs=["In-Reply-To: <cemu-204102-2@assistance.unicaen.fr>", "References: <cemu-204102-1@assistance.unicaen.fr> <cemu-204102-2@assistance.unicaen.fr>"],
  text="""Merci beaucoup, tout fonctionne maintenant ! Bonne soirée :)

Pauline

----- Mail original -----
De: "CEMU Assistance" <cemu.assistance@unicaen.fr>
À: 23208845@etu.unicaen.fr
Envoyé: Vendredi 10 Octobre 2025 14:31:52
Objet: Re: [CEMU #204102] Pas accès au cours d'immunologie

Bonjour,

Votre inscription pédagogique au groupe d'ED a été complétée par la scolarité de l'UFR Santé. Vous êtes désormais inscrite dans l'espace « (MED2.B07) Immunologie fondamentale » ; l'accès sera effectif après la synchronisation de cette nuit.

Cordialement,
L'équipe CEMU
""",
  g=dict(codes=[("MED2.B07", "MED2.B07")], stu=["23208845"], ids=[], sym="other", role="student",
         schemes=["health MED<year>.<bloc><nn>"], note="student thanks CEMU after resolved ticket; code only in quoted answer")))

A(M(fn="040-tc-td3-aucun-groupe.eml",
  frm=("Aurélie Ménard", "aurelie.menard@unicaen.fr"),
  subject="TCR2.05 - groupe TD3 vide",
  date="2026-01-27 13:40", client="gmail", form="html",
  html="""<div dir="ltr"><div>Bonjour,</div><div><br></div><div>Dans le cours <b>TCR2.05</b> (Marketing opérationnel, BUT TC 1re année S2), tous les étudiants du TD3 apparaissent dans « Aucun groupe » dans la liste des participants. Les autres groupes de TD sont corrects.</div><div><br></div><div>Je ne peux donc pas leur ouvrir le devoir « Plan de marchéage » réservé à leur groupe (rendu le 06/02 à 18h).</div><div><br></div><div>Lien : <a href="https://ecampus.unicaen.fr/course/view.php?id=53391">https://ecampus.unicaen.fr/course/view.php?id=53391</a></div><div><br></div><div>Merci !</div><div>Aurélie Ménard</div><div><span style="color:rgb(136,136,136)">PAST – Département Techniques de Commercialisation, IUT site de Lisieux</span></div><div><span style="color:rgb(136,136,136)">11 rue Malherbe, 14100 Lisieux – 02 31 56 96 40</span></div></div>
""",
  g=dict(codes=[("TCR2.05", "TCR2.05"), ("BTC1-TD3", "TD3")], stu=[], ids=[53391], sym="wrong_group", role="staff",
         schemes=["BUT <DEPT>R<sem>.<nn>", "group <etape>-<short>"], note="BUT TC teacher: TD3 students in no group in course")))

A(M(fn="041-staps-cohorte-stages-l3-apas.eml",
  frm=("Christophe Néel", "christophe.neel@unicaen.fr"),
  subject="Cohorte L3 APAS pour l'espace Stages",
  date="2025-09-04 09:18", client="outlook", form="alt",
  text="""Bonjour,

Responsable des stages de L3 STAPS parcours APAS, j'utilise l'espace « Stages L3 APAS » (https://ecampus.unicaen.fr/course/view.php?id=45512), qui n'est pas lié à un élément Apogée.

Est-il possible d'y inscrire automatiquement tous les étudiants de l'étape STL3AP par une cohorte qui se mettrait à jour toute seule au fil des inscriptions ? Et si un étudiant abandonne en cours d'année, est-il retiré de l'espace automatiquement ?

L'an dernier un collègue avait inscrit les étudiants à la main et on a eu des anciens qui recevaient encore les annonces en juin.

Merci,
Christophe Néel
Responsable des stages APAS – UFR STAPS
""",
  g=dict(codes=[("STL3AP", "STL3AP")], stu=[], ids=[45512], sym="cohort_question", role="staff",
         schemes=["STAPS etape STL<year><parcours>"], note="STAPS teacher asks about cohort sync for an étape in a complementary space")))

A(M(fn="042-etudiant-ancien-cours-archive.eml",
  frm=("Nolan Perrault", "nolan.perrault@gmail.com"),
  subject="cours de chimie orga de l'an dernier disparu",
  date="2025-09-20 14:37", client="gmail", form="alt",
  text="""Bonjour,

Je redouble ma L2 SV. L'an dernier j'avais le cours SV2U07A (chimie organique) sur Ecampus avec tous les TD corrigés. Cette année il a disparu de ma liste de cours, et quand je le retrouve par la recherche il est dans une catégorie "Archives" avec marqué [ARCHIVE 2024-2025] devant.
Le nouveau cours de chimie orga de cette année est vide.

Est-ce qu'on peut encore accéder à l'ancien ? J'en ai besoin pour réviser.

Merci
Nolan Perrault (numéro étudiant 24015873)
""",
  unk=["SV2U07A"],
  g=dict(codes=[("SV2U07A", "SV2U07A")], stu=["24015873"], ids=[], sym="course_moved_renamed", role="student",
         schemes=["life sciences SV<sem>U<nn><parcours>"], note="repeating student finds last year's course archived and renamed")))

A(M(fn="043-gmail-dsn-address-not-found.eml",
  frm=("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
  subject="Delivery Status Notification (Failure)",
  date="2025-11-26 10:47", client="other", form="plain",
  hdrs=["Auto-Submitted: auto-replied"],
  text="""** Address not found **

Your message wasn't delivered to thomas.bignon.caen@gmail.con because the domain gmail.con couldn't be found. Check for typos or unnecessary spaces and try again.

The response was:

DNS Error: DNS type 'mx' lookup of gmail.con responded with code NXDOMAIN
Domain name not found: gmail.con
Learn more at https://support.google.com/mail/answer/6596
""",
  g=dict(codes=[], stu=[], ids=[], sym="other", role="unknown", lang="en", auto=True, schemes=[], note="Gmail bounce, typo in recipient domain")))

A(M(fn="044-visiting-professor-not-enrolled-seminar.eml",
  frm=("Prof. Martina Ehrlich", "martina.ehrlich@unicaen.fr"),
  subject="Not enrolled as teacher in my seminar",
  date="2026-02-02 09:05", client="apple", form="alt",
  text="""Dear colleagues,

I am a visiting professor at the Département d'histoire (Chaire d'excellence Normandie, January–June 2026). I teach the Master 2 seminar M2HRP4B ("Memory and conflict in 20th-century Europe"), Thursdays 14:00–17:00, MRSH room SH 027.

I can log in to Ecampus with my new UNICAEN account, but the seminar does not appear among my courses and I cannot open it: it seems I am not enrolled as a teacher. The secretary tells me the schedule is in ADE with my name.

Could you please check? Students expect the reading list before Thursday, and I am travelling back from Paris on Wednesday evening (train Nomad 3321, arriving 21:47).

Best wishes,
Martina Ehrlich
ORCID 0000-0002-4471-8830
Universität Leipzig / Université de Caen Normandie
""",
  g=dict(codes=[("M.2HRP4B", "M2HRP4B")], stu=[], ids=[], sym="teacher_not_enrolled", role="staff", lang="en",
         schemes=["M.dotted M.<year><DIS><n><X> (FAQ shape)"], note="English visiting professor not enrolled in seminar; code without dot")))
