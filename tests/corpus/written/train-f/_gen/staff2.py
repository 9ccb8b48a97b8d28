from students import G
M = []

# ---------------- cohort_question (staff, part 2) ----------------
M.append(dict(f="064-iae-cohorte-alternants-html.eml", frm="Karine Duchemin <karine.duchemin@unicaen.fr>",
 subj="Création d'une cohorte alternants M1 CCA", date="2025-09-16 14:14",
 cte="base64",
 html="""<html><body style="font-family:Verdana;font-size:12px">
<p>Bonjour,</p>
<p>Pour l'espace d'accompagnement des alternants du M1 CCA, serait-il possible de disposer d'une cohorte regroupant uniquement les étudiants du groupe <b>M1CCA-ALT</b> (et pas toute l'étape M1CCA) ?</p>
<p>Actuellement je ne trouve que la cohorte de l'étape complète quand je fais la recherche dans « Synchronisation des cohortes ».</p>
<p>Bien cordialement,</p>
<table cellpadding="0" cellspacing="0"><tr><td style="border-right:2px solid #c00;padding-right:8px"><img src="cid:logo_iae" alt="IAE Caen" width="80"></td>
<td style="padding-left:8px">Karine Duchemin<br>Chargée de l'alternance – IAE Caen<br>3 rue Claude Bloch – 14000 Caen<br>Tél : 02 31 56 65 71 – Mob : 06 45 19 73 02</td></tr></table>
</body></html>
""",
 g=G([("M1CCA-ALT","M1CCA-ALT"),("M1CCA","M1CCA")],[],[],"cohort_question",role="staff",
     schemes=["iae-IAEMnXnn"], note="IAE staff wants a cohort restricted to the apprentice group")))

M.append(dict(f="065-prof-lea-quelle-cohorte.eml", frm="Franz Weber <franz.weber@unicaen.fr>",
 subj="Quelle cohorte choisir ?", date="2025-09-10 18:52",
 text="""Bonjour,

Je voudrais inscrire les L2 LEA dans mon espace de méthodologie du commentaire (espace non lié à Apogée). Dans la liste des cohortes je vois "L2 LEA anglais-espagnol", "L2 LEA anglais-allemand" et "L2LEA-101". Laquelle correspond à toute la promo ? Et les étudiants qui arrivent en cours d'année seront-ils ajoutés ?

Cordialement,
Franz Weber
Lecteur d'allemand – UFR LVE
""",
 g=G([("L2LEA","L2LEA-101")],[],[],"cohort_question",role="staff",
     schemes=["lea-dotted-LEA.XXsn"], note="teacher asks which cohort matches the whole L2 LEA (étape with version)")))

M.append(dict(f="066-fwd-histoire-cohorte-oubliee.eml", frm="Bertrand Jouvin <bertrand.jouvin@unicaen.fr>",
 subj="Fwd: Re: étudiants de l'an dernier dans mon cours", date="2025-10-09 11:30",
 text="""Bonjour,

Voir ci-dessous. Mon collègue me dit qu'il faut vous demander. Dans mon cours HI3MED1 il y a une "Synchronisation des cohortes" LHIS2 que quelqu'un a ajoutée l'an dernier, et du coup les L2 de cette année ET des L3 qui étaient L2 l'an dernier apparaissent. Puis-je la supprimer sans risque ?

B. Jouvin

---------- Forwarded message ---------
From: Thierry Bazin <thierry.bazin@unicaen.fr>
Date: jeu. 9 oct. 2025 à 10:12
Subject: Re: étudiants de l'an dernier dans mon cours
To: Bertrand Jouvin <bertrand.jouvin@unicaen.fr>

Bertrand,

> J'ai 212 participants alors que la promo fait 140, c'est normal ?

Non, c'est sûrement la cohorte qu'on avait ajoutée en 2024 quand les IP
étaient en retard. Demande au CEMU avant de toucher quoi que ce soit.

Thierry
""",
 g=G([("HI3MED1","HI3MED1"),("LHIS2","LHIS2")],[],[],"cohort_question",role="staff",
     schemes=["histgeo-HIsPERn"], note="teacher asks whether to delete an old cohort sync left in his course")))

M.append(dict(f="067-psy-cohorte-transversal-cp1252.eml", frm="Sylvie Beaufils <sylvie.beaufils@unicaen.fr>",
 subj="Cohorte M1 psychologie clinique pour le cours transversal", date="2026-01-07 10:18",
 charset="windows-1252", cte="quoted-printable",
 text="""Bonjour et meilleurs vœux,

Le cours transversal « Insertion professionnelle et stage » (le cours id 53120) n’est rattaché à aucun code Apogée. Les responsables souhaitent y inscrire les étudiants de M1 psychologie clinique.
Peut-on synchroniser la cohorte M1PCLI dans ce cours ? Est-ce la bonne méthode, ou faut-il passer par une inscription manuelle avec une date de fin ?

Cordialement,
Sylvie Beaufils
Scolarité UFR de Psychologie
""",
 g=G([("M1PCLI","M1PCLI")],[],[53120],"cohort_question",role="staff",
     schemes=["psy-Ps.DOMn"], note="secretary asks whether to sync a cohort into a non-Apogée course (id in words)")))

# ---------------- wrong_name (staff) ----------------
M.append(dict(f="068-prof-nom-compose.eml", frm="Anne Lefèvre-Duval <anne.lefevre-duval@unicaen.fr>",
 subj="Mon nom sur Ecampus", date="2025-11-20 13:33",
 text="""Bonjour,

Sur Ecampus mon nom apparaît « LEFEVRE » au lieu de « LEFÈVRE-DUVAL » (nom d'usage depuis mon mariage en 2023). Les étudiants ne me trouvent pas dans la liste des enseignants. Mon adresse est pourtant bien anne.lefevre-duval@unicaen.fr.

Anne Lefèvre-Duval
Maîtresse de conférences en géographie – UMR 6266 IDEES
Bureau MRSH-SR 118, 02 31 56 62 91
""",
 g=G([],[],[],"wrong_name",role="staff",schemes=[], note="teacher's married name not shown on Ecampus")))

# ---------------- course_moved_renamed ----------------
M.append(dict(f="069-droit-cours-archives-html.eml", frm="Hélène Bouvier <helene.bouvier@unicaen.fr>",
 subj="Mon cours a été déplacé dans Archives !", date="2025-09-03 09:05",
 text="""Bonjour,

Mon cours (JUR-2004) Droit constitutionnel 2 a été déplacé dans une catégorie "Archives" et son nom a changé (il s'appelle maintenant "[ARCHIVE 2024-2025] (JUR-2004) Droit constitutionnel 2"). Tout mon contenu (12 chapitres, 30 quiz) est dedans : https://ecampus.unicaen.fr/course/view.php?id=38745

Pourquoi ? Et comment le remettre en service pour la rentrée du 15/09 ?

Hélène Bouvier
Professeure de droit public
""",
 html="""<p>Bonjour,</p><p>Mon cours <b>(JUR-2004) Droit constitutionnel 2</b> a été déplacé dans une catégorie &quot;Archives&quot; et son nom a changé (il s'appelle maintenant &quot;[ARCHIVE 2024-2025] (JUR-2004) Droit constitutionnel 2&quot;). Tout mon contenu (12 chapitres, 30 quiz) est dedans : <a href="https://ecampus.unicaen.fr/course/view.php?id=38745">https://ecampus.unicaen.fr/course/view.php?id=38745</a></p><p>Pourquoi ? Et comment le remettre en service pour la rentrée du 15/09 ?</p><p>Hélène Bouvier<br>Professeure de droit public</p>""",
 g=G([("JUR-2004","JUR-2004")],[],[38745],"course_moved_renamed",role="staff",
     schemes=["droit-JUR-dash"], note="law course archived because its old code no longer exists (unknown code)")))

M.append(dict(f="070-gea-cours-dans-archives-qp.eml", frm="Yves Thomine <yves.thomine@unicaen.fr>",
 subj=u"Cours R2.03 passé en Archives", date="2026-01-08 17:25",
 cte="quoted-printable",
 text="""Bonjour,

Mon cours GEAR20 (Gestion comptable et financière 2) se retrouve dans la catégorie "Archives" depuis hier : https://ecampus.unicaen.fr/course/view.php?id=45877
Le S2 commence le 19/01 et les étudiants ne le trouvent plus. Je n'ai rien modifié.

Yves Thomine
IUT Grand Ouest Normandie – GEA
""",
 g=G([("GEAR203","GEAR20")],[],[45877],"course_moved_renamed",role="staff",
     schemes=["but-gea-GEARsnn"], note="IUT teacher: course suddenly moved to Archives")))

M.append(dict(f="071-psy-cours-renomme.eml", frm="Céline Aubry <celine.aubry@unicaen.fr>",
 subj="Cours renommé et vide", date="2026-01-20 10:47",
 text="""Bonjour,

Mon cours de psychologie sociale s'appelait "(P4.SOC1) Psychologie sociale 2" et il a été renommé, il est passé dans Archives. Un nouveau cours "(P4.SOC2) Psychologie sociale : influence et groupes" est apparu, vide, où je suis inscrite. Que s'est-il passé et comment je récupère mes contenus ?

Céline Aubry
ATER – UFR de Psychologie

De : Céline Aubry
Envoyé : lundi 19 janvier 2026 18:03
À : Scolarité Psychologie <scolarite.psychologie@unicaen.fr>
Objet : cours de psycho sociale

Bonjour, savez-vous si le code de l'EC de psychologie sociale du S4 a changé ? Mon cours est passé dans les archives.
C. Aubry

De : Scolarité Psychologie <scolarite.psychologie@unicaen.fr>
Envoyé : mardi 20 janvier 2026 09:30
À : Céline Aubry
Objet : RE: cours de psycho sociale

Oui, nouvelle maquette au S4, voyez avec le CEMU pour le contenu.
""",
 g=G([("P4.SOC1","P4.SOC1"),("P4.SOC2","P4.SOC2")],[],[],"course_moved_renamed",role="staff",
     schemes=["psy-Ps.DOMn"], note="course archived after code change; new empty course created")))

M.append(dict(f="072-fwd-chimie-archive.eml", frm="Pascale Renouf <pascale.renouf@unicaen.fr>",
 subj="TR: CHIM104U archivé", date="2025-09-05 08:55",
 text="""Bonjour,

Cf. message de mon collègue ci-dessous : notre cours de chimie générale de L1 est passé dans les archives. Nous ne savons pas si la maquette a changé. À qui faut-il s'adresser ?

Pascale Renouf, responsable L1 Chimie

De : Didier Fauvel <didier.fauvel@unicaen.fr>
Envoyé : jeudi 4 septembre 2025 19:31
À : Pascale Renouf <pascale.renouf@unicaen.fr>
Objet : CHIM104U archivé

Pascale, le cours CHIM104U (Chimie générale) est dans "Archives 2024-2025" et renommé. Tu sais pourquoi ? Le premier TP est le 16/09 au bâtiment Sciences 3.
Didier
""",
 g=G([("CHIM104U","CHIM104U")],[],[],"course_moved_renamed",role="staff",
     schemes=["sciences-DISCsnnU"], note="forwarded Outlook thread: L1 chemistry course archived (code no longer in Apogée)")))

# ---------------- course_not_on_dashboard (staff) ----------------
M.append(dict(f="073-prof-maths-tableau-de-bord.eml", frm="Jérôme Lelièvre <jerome.lelievre@unicaen.fr>",
 subj="Cours absents de mon tableau de bord", date="2025-10-27 08:20",
 text="""Bonjour,

Trois de mes cours n'apparaissent plus sur mon tableau de bord : MATH301U / MATH302U / math305u. J'y suis bien enseignant (je les retrouve via la recherche). Les autres sont là.

Jérôme Lelièvre
LMNO – UMR 6139
""",
 g=G([("MATH301U","MATH301U"),("MATH302U","MATH302U"),("MATH305U","math305u")],[],[],"course_not_on_dashboard",role="staff",
     schemes=["sciences-DISCsnnU"], note="teacher: three courses missing from dashboard (slash-separated)")))

# ---------------- students_cannot_see_course ----------------
M.append(dict(f="074-prof-droit-etudiants-voient-pas.eml", frm="Jacques Vimont <jacques.vimont@unicaen.fr>",
 subj="Les étudiants ne voient pas mon cours", date="2025-09-17 19:08",
 text="""Bonjour,

Mes étudiants de L1 m'écrivent qu'ils ne voient pas le cours d'Introduction au droit (JUR1101) sur Ecampus. Moi je le vois, avec tout le contenu. Ils sont 480 dans les participants.

J. Vimont
""",
 g=G([("JUR-1101","JUR1101")],[],[],"students_cannot_see_course",role="staff",
     schemes=["droit-JUR-dash"], note="teacher: students cannot see his course (hidden course)")))

M.append(dict(f="075-prof-lea-cours-invisible-html.eml", frm="Rachel Turner <rachel.turner@unicaen.fr>",
 subj="Étudiants sans accès au cours d'anglais LEA", date="2025-09-22 11:45",
 cte="quoted-printable",
 text="""Bonjour,

Les étudiants de L2 LEA me disent qu'ils ne voient pas mon cours lea.an32 (Civilisation britannique) : https://ecampus.unicaen.fr/course/view.php?id=46120
Ils sont pourtant inscrits (je les vois dans les participants).

Merci,
Rachel Turner
""",
 html="""<div>Bonjour,</div><div><br></div><div>Les étudiants de L2 LEA me disent qu'ils ne voient pas mon cours lea.an32 (Civilisation britannique) : <a href="https://ecampus.unicaen.fr/course/view.php?id=46120">https://ecampus.unicaen.fr/course/view.php?id=46120</a></div><div>Ils sont pourtant inscrits (je les vois dans les participants).</div><div><br></div><div>Merci,</div><div>Rachel Turner</div>""",
 g=G([("LEA.AN32","lea.an32")],[],[46120],"students_cannot_see_course",role="staff",
     schemes=["lea-dotted-LEA.XXsn"], note="teacher: enrolled students cannot see course (lowercase code, link)")))

M.append(dict(f="076-staps-cours-grise.eml", frm="Sébastien Ledoux <sebastien.ledoux@unicaen.fr>",
 subj="Cours grisé", date="2025-09-09 13:02",
 text="""Bonjour,

Mon cours S1 STP01 (Anatomie fonctionnelle) apparaît grisé pour moi et les étudiants de L1 ne le voient pas du tout. J'ai fait mon premier CM hier en Amphi Daure en leur disant que tout était sur Ecampus...

S. Ledoux
UFR STAPS – 06 84 20 11 57
""",
 g=G([("S1STP01","S1 STP01")],[],[],"students_cannot_see_course",role="staff",
     schemes=["staps-SsSTPnn"], note="teacher: course greyed out, students cannot see it (semester split)")))

M.append(dict(f="077-iae-fwd-etudiants-alt-pas-acces.eml", frm="Marc Delahaye <marc.delahaye@unicaen.fr>",
 subj="Fwd: accès cours contrôle de gestion", date="2025-10-02 08:12",
 text="""Bonjour,

Mes étudiants de M1 CCA (groupe ALT) n'ont pas accès au cours IAEM1C7 (Contrôle de gestion approfondi) alors qu'ils apparaissent dans la liste des participants. Les étudiants en formation initiale y ont accès. Voir message ci-dessous.

Marc Delahaye
Maître de conférences associé – IAE Caen

Le mer. 1 oct. 2025 à 22:04, Lina Mercier <lina.mercier@etu.unicaen.fr> a écrit :
> Bonjour Monsieur,
> nous les alternants on ne voit pas votre cours sur Ecampus, quand on
> clique sur le lien de l'emploi du temps ça dit "Ce cours n'est
> actuellement pas disponible pour les étudiants".
> Lina Mercier (24070318)
""",
 g=G([("M1CCA","M1 CCA"),("M1CCA-ALT","groupe ALT"),("IAEM1C07","IAEM1C7")],["24070318"],[],"students_cannot_see_course",role="staff",
     schemes=["iae-IAEMnXnn"], note="teacher forwards: apprentices cannot access course (code missing a zero)")))

M.append(dict(f="078-med-ue7-invisible-b64.eml", frm="Pr Hervé Lacombe <herve.lacombe@unicaen.fr>",
 subj="UE 7 invisible pour les étudiants", date="2025-09-15 07:41",
 cte="base64",
 text="""Bonjour,

Les étudiants de DFGSM2 ne voient pas l'espace de l'UE SM2-UE07 (Appareil cardiovasculaire). J'ai pourtant tout préparé cet été. Dans l'espace je vois un bandeau "Ce cours n'est actuellement pas visible pour les étudiants".

Pr H. Lacombe
""",
 g=G([("DFGSM2","DFGSM2"),("SM2.UE07","SM2-UE07")],[],[],"students_cannot_see_course",role="staff",
     schemes=["sante-SMn.UEnn"], note="professor: students cannot see the course (hidden), base64 body")))

M.append(dict(f="079-esix-cours-invisible-cp1252.eml", frm="Loïc Hervieu <loic.hervieu@unicaen.fr>",
 subj="cours invisible ??", date="2025-09-08 07:59",
 charset="windows-1252", cte="8bit",
 text="""Bonjour
les étudiants de 3e année ne voient pas EX3-MEC1 ?? cours dans 1h en B204
merci de regarder vite
L. Hervieu – ESIX – poste 74 62
""",
 g=G([("EX3-MEC1","EX3-MEC1")],[],[],"students_cannot_see_course",role="staff",
     schemes=["esix-EXn-SPECn"], note="hurried teacher: students cannot see course, windows-1252 8bit")))

M.append(dict(f="080-prof-sciences-etudiants-acces.eml", frm="Aurélie Desmarais <aurelie.desmarais@unicaen.fr>",
 subj="Re: [CEMU #53011] Etudiants de L2 physique : cours inaccessible", date="2026-01-21 14:26",
 irt="<cemu.53011.1768810320@assistance.unicaen.fr>",
 text="""Bonjour,

Les L2 physique ne peuvent pas accéder à mon cours d'électromagnétisme PHYS401U : ils voient le titre dans la liste mais en cliquant ils tombent sur "Ce cours n'est actuellement pas disponible pour les étudiants". J'ai vérifié : la visibilité du cours est sur "Afficher". La catégorie serait-elle cachée ?

Aurélie Desmarais
CIMAP – UMR 6252

Le 19/01/2026 à 09:12, CEMU Assistance a écrit :
> Bonjour,
> Les étudiants ne voient pas un cours lorsque celui-ci est caché. Pensez à
> le rendre visible dans Paramètres > Visibilité du cours > Afficher.
> Cordialement,
> L'équipe du CEMU
""",
 g=G([("PHYS401U","PHYS401U")],[],[],"students_cannot_see_course",role="staff",
     schemes=["sciences-DISCsnnU"], note="students cannot access course although visibility is 'Afficher' (hidden category?)")))

# ---------------- participants_block_missing ----------------
M.append(dict(f="081-prof-bloc-participants.eml", frm="Catherine Delaunay <catherine.delaunay@unicaen.fr>",
 subj="Bloc Participants", date="2025-09-23 15:37",
 text="""Bonjour,

Le bloc « Participants » a disparu de la colonne de droite de mon cours HANG-304. Je m'en servais pour envoyer des messages à mes étudiants. L'ai-je supprimé par erreur ?

Catherine Delaunay
""",
 g=G([("HANG304","HANG-304")],[],[],"participants_block_missing",role="staff",
     schemes=["faq-Hletters+digits"], note="teacher: Participants block vanished")))

M.append(dict(f="082-prof-lien-participants-html.eml", frm="Jean-Luc Picot <jean-luc.picot@unicaen.fr>",
 subj="Où est passé le lien Participants ?", date="2025-10-01 10:19",
 html="""<html><body><p>Bonjour,</p><p>Dans mon cours <a href="https://ecampus.unicaen.fr/course/view.php?id=44102">https://ecampus.unicaen.fr/course/view.php?id=44102</a> je ne trouve plus ni le bloc ni le lien &quot;Participants&quot;. Comment voir la liste des étudiants ?</p><p>Jean-Luc Picot<br>Département de géographie<br>MRSH – bureau SR 127 – 02 31 56 59 04</p></body></html>""",
 g=G([],[],[44102],"participants_block_missing",role="staff",
     schemes=[], note="teacher cannot find the Participants link (HTML only)")))

# ---------------- too_many_teachers ----------------
M.append(dict(f="083-psy-trop-enseignants.eml", frm="Delphine Rousseau <delphine.rousseau@unicaen.fr>",
 subj="Trop d'enseignants dans mon cours", date="2025-09-12 09:50",
 text="""Bonjour,

Dans le cours P1COG1 (Psychologie cognitive 1, L1) il y a 14 enseignants inscrits, dont au moins 7 n'enseignent pas dans cet EC (certains sont en M2 ou à la retraite). Ils reçoivent les notifications des forums et voient les copies.

Inscrits par "Base de données externe", je ne peux pas les retirer.

Delphine Rousseau
Responsable de L1 psychologie
""",
 g=G([("P1.COG1","P1COG1")],[],[],"too_many_teachers",role="staff",
     schemes=["psy-Ps.DOMn"], note="course lists 14 teachers, half do not teach it")))

M.append(dict(f="084-gea-toute-equipe-inscrite-html.eml", frm="Corinne Hamel <corinne.hamel@unicaen.fr>",
 subj="Toute l'équipe pédagogique inscrite dans GEAR105", date="2025-09-30 16:05",
 cte="quoted-printable",
 text="""Bonjour,

Dans le cours GEAR105 (R1.05 Expression et communication), toute l'équipe pédagogique du département GEA est inscrite comme enseignant (32 personnes). Dans ADE seuls 4 collègues sont planifiés sur cette ressource.
Pourriez-vous regarder d'où cela vient ?

Corinne Hamel
Secrétariat BUT GEA
""",
 html="""<p>Bonjour,</p><p>Dans le cours <b>GEAR105</b> (R1.05 Expression et communication), toute l'équipe pédagogique du département GEA est inscrite comme enseignant (32 personnes). Dans ADE seuls 4 collègues sont planifiés sur cette ressource.<br>Pourriez-vous regarder d'où cela vient ?</p><p>Corinne Hamel<br>Secrétariat BUT GEA</p>""",
 g=G([("GEAR105","GEAR105")],[],[],"too_many_teachers",role="staff",
     schemes=["but-gea-GEARsnn"], note="secretary: whole teaching team enrolled as teachers in one course")))

M.append(dict(f="085-fwd-histoire-collegues-inscrits.eml", frm="Thierry Bazin <thierry.bazin@unicaen.fr>",
 subj="Fwd: collègues inscrits dans HI1ANT1", date="2025-09-26 12:02",
 text="""Bonjour,

Je transfère. Nous sommes 9 enseignants inscrits dans le cours d'histoire grecque de L1 alors que nous ne sommes que deux à l'assurer. Les autres n'ont rien à y faire (et s'en plaignent).

Thierry Bazin
Directeur du département d'histoire

---------- Forwarded message ---------
From: Sophie Lenoir <sophie.lenoir@unicaen.fr>
Date: ven. 26 sept. 2025 à 11:40
Subject: collègues inscrits dans HI1ANT1
To: Thierry Bazin <thierry.bazin@unicaen.fr>

Thierry, je reçois toutes les notifications du cours hi1ant1 alors que je n'y enseigne pas (je suis en contemporaine). Peux-tu faire quelque chose ?
Sophie
""",
 g=G([("HI1ANT1","HI1ANT1")],[],[],"too_many_teachers",role="staff",
     schemes=["histgeo-HIsPERn"], note="forwarded: 9 teachers enrolled in course taught by 2")))

# ---------------- other (staff) ----------------
M.append(dict(f="086-prof-tiers-temps-quiz.eml", frm="Delphine Rousseau <delphine.rousseau@unicaen.fr>",
 subj="Tiers-temps dans un test Moodle", date="2025-10-17 14:10",
 text="""Bonjour,

Comment accorder un tiers-temps à un étudiant dans un test ? Un étudiant de L1 (25033471) a une notification MDPH et le test du cours P1.C0G1 s'est fermé avant la fin pour lui. Je voudrais aussi lui rouvrir une tentative.

Merci,
Delphine Rousseau
""",
 g=G([("P1.COG1","P1.C0G1")],["25033471"],[],"other",role="staff",
     schemes=["psy-Ps.DOMn"], note="quiz setting question: extra time for a student")))
