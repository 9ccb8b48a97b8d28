from mk import CEMU
def G(codes=(), nums=(), ids=(), sym="other", role="student", lang="fr", auto=False, schemes=(), note=""):
    return dict(codes=list(codes), nums=list(nums), ids=list(ids), sym=sym, role=role, lang=lang, auto=auto, schemes=list(schemes), note=note)

M = []

# ---------------- wrong_group (students) ----------------
M.append(dict(f="001-etu-staps-mauvais-td.eml", frm="Lou-Anne Marie <25004471@etu.unicaen.fr>",
 subj="Problème de groupe de TD", date="2025-09-16 21:47",
 text="""Bonsoir,

Je suis en première année de STAPS (LSTAP1) et sur Ecampus je suis dans le TD 7 alors que sur mon emploi du temps et sur la liste affichée devant le bureau de la scolarité je suis dans le TD 3.

Du coup je ne vois pas les documents que la prof de TD a mis pour le groupe et je n'ai pas pu rendre le premier devoir d'anatomie qui était pour le 15/09. Est-ce que je vais avoir 0 ??

Je ne sais pas trop à qui m'adresser, la scolarité m'a dit d'écrire ici.

Merci beaucoup d'avance
Lou-Anne Marie
L1 STAPS groupe 3 (normalement)
06 71 28 40 93
""",
 g=G([("LSTAP1","LSTAP1"),("STP1-TD07","TD 7"),("STP1-TD03","TD 3")],["25004471"],[],"wrong_group",
     schemes=["staps-SsSTPnn"], note="L1 STAPS student placed in TD 7 instead of TD 3 on Ecampus")))

M.append(dict(f="002-erasmus-wrong-group-lea.eml", frm="Giulia Bernasconi <giulia.bernasconi98@gmail.com>",
 subj="Wrong group in Spanish course", date="2025-10-02 10:13",
 text="""Hello,

I am an exchange student (Erasmus+, from Università di Bologna) in LEA, 3rd semester. In the course "(LEA.ES31) Traduction espagnol-français" on Ecampus I have been put in group 4, but my timetable from the secretary says I am in group 2 with Mrs Ortega on Tuesday in room SA-110.

Because of this I can't see the exercises for my group and the forum is not the right one.
My student number is 25118402.

Could you please move me to the right group?

Thank you very much,
Giulia Bernasconi
""",
 html="""<div dir="ltr"><div>Hello,</div><div><br></div><div>I am an exchange student (Erasmus+, from Università di Bologna) in LEA, 3rd semester. In the course &quot;(LEA.ES31) Traduction espagnol-français&quot; on Ecampus I have been put in <b>group 4</b>, but my timetable from the secretary says I am in <b>group 2</b> with Mrs Ortega on Tuesday in room SA-110.</div><div><br></div><div>Because of this I can&#39;t see the exercises for my group and the forum is not the right one.</div><div>My student number is 25118402.</div><div><br></div><div>Could you please move me to the right group?</div><div><br></div><div>Thank you very much,</div><div>Giulia Bernasconi</div></div>
""", cte="quoted-printable",
 g=G([("LEA.ES31","LEA.ES31"),("LEAS3-G4","group 4"),("LEAS3-G2","group 2")],["25118402"],[],"wrong_group",lang="en",
     schemes=["lea-dotted-LEA.XXsn"], note="Erasmus student in LEA.ES31 put in group 4 instead of group 2")))

M.append(dict(f="003-sms-lansad-grp.eml", frm="Kevin Lemoine <kev.lemoine14@hotmail.fr>",
 subj="grp anglais", date="2025-10-06 23:58",
 text="""slt
jsui pa dans le bon grp en anglais lansad sur ecampus, chui ds le grp 12 au lieu du grp 07 (lsd2 ang). la prof ma di decrire a ce mail
mon num etudiant 24036619
mrc
""",
 g=G([("LSD2ANG","lsd2 ang"),("LSD2ANG-12","grp 12"),("LSD2ANG-07","grp 07")],["24036619"],[],"wrong_group",
     schemes=["lansad-LSDsLANG"], note="SMS-style student, LANSAD English S2 group 12 instead of 07")))

M.append(dict(f="004-caps-med-groupe-ed.eml", frm="THOMAS GUERIN <thomas.guerin.med@orange.fr>",
 subj="URGENT GROUPE ED", date="2025-09-24 07:32",
 text="""BONJOUR

JE SUIS EN DFGSM2 ET SUR ECAMPUS JE SUIS DANS LE GROUPE ED 12 POUR L UE SM2.UE07 (CARDIO) ALORS QUE JE SUIS DANS LE GROUPE ED 4 DEPUIS LA RENTREE. JE N AI PAS ACCES AUX QCM D ENTRAINEMENT DU GROUPE 4 ET L ED EST DEMAIN.

NUMERO ETUDIANT 23014587
INE 2304015877H

MERCI DE CORRIGER RAPIDEMENT

THOMAS GUERIN
""",
 g=G([("DFGSM2","DFGSM2"),("SM2.UE07","SM2.UE07"),("SM2ED12","GROUPE ED 12"),("SM2ED04","GROUPE ED 4")],["23014587"],[],"wrong_group",
     schemes=["sante-SMn.UEnn"], note="all-caps medicine student in ED 12 instead of ED 4 for SM2.UE07")))

M.append(dict(f="005-etu-droit-ead-groupe.eml", frm="Sarah Benali <sarah.benali@etu.unicaen.fr>",
 subj="Inscrite à distance mais dans un groupe présentiel", date="2025-10-09 14:05",
 text="""Bonjour,

Je suis inscrite en L2 Droit à distance (étape DRL2, enseignement à distance) depuis cette année car je travaille à Cherbourg.

Dans le cours JUR-2104 Droit constitutionnel 2, Ecampus m'a mise dans le groupe "TD 3" (le groupe en présentiel du jeudi) et pas dans le groupe EAD. Je ne vois donc pas les classes virtuelles ni les corrigés déposés pour les étudiants à distance.

Mes informations :
- n° étudiant : 24009156
- INE : 1405067891F
- tél : 06 12 48 90 33

Je vous joins une capture d'écran de la page.

Cordialement,
Sarah Benali
""",
 html="""<p>Bonjour,</p>
<p>Je suis inscrite en L2 Droit <b>à distance</b> (étape DRL2, enseignement à distance) depuis cette année car je travaille à Cherbourg.</p>
<p>Dans le cours JUR-2104 Droit constitutionnel 2, Ecampus m'a mise dans le groupe &quot;TD 3&quot; (le groupe en présentiel du jeudi) et pas dans le groupe EAD. Je ne vois donc pas les classes virtuelles ni les corrigés déposés pour les étudiants à distance.</p>
<p>Mes informations :</p>
<ul><li>n° étudiant : 24009156</li><li>INE : 1405067891F</li><li>tél : 06 12 48 90 33</li></ul>
<p>Je vous joins une capture d'écran de la page.</p>
<p>Cordialement,<br>Sarah Benali</p>
""", cte="quoted-printable", png=True, png_name="groupe_ecampus.png",
 g=G([("DRL2","DRL2"),("JUR-2104","JUR-2104"),("JUR2104TD3","TD 3"),("JUR2104EAD","groupe EAD")],["24009156"],[],"wrong_group",
     schemes=["droit-JUR-dash"], note="distance law student put in face-to-face TD 3 instead of EAD group")))

M.append(dict(f="006-re-cemu-ticket-toujours-td4.eml", frm="Maxime Dufour <maxime.dufour@etu.unicaen.fr>",
 subj="Re: [CEMU #51234] groupe TD histoire medievale", date="2025-10-14 18:20",
 irt="<cemu.51234.1760100112@assistance.unicaen.fr>",
 text="""Bonjour,

desole de vous relancer mais je suis toujours dans le TD4 de hi3med1 et pas dans le TD1. La scolarite m'a dit que sur Apogee c'etait bon depuis vendredi. J'ai essaye de me deconnecter/reconnecter et de vider le cache (Firefox 131.0) mais rien.

merci

Maxime Dufour
L2 histoire - 24017820

Le 10/10/2025 à 14:41, CEMU Assistance a écrit :
> Bonjour,
>
> Les groupes affichés sur Ecampus proviennent de votre inscription
> pédagogique dans APOGÉE. Nous avons demandé à votre scolarité de vérifier
> votre affectation. La correction apparaîtra sur Ecampus le lendemain de la
> modification (synchronisation nocturne).
>
> Cordialement,
> L'équipe du CEMU
> Centre d'Enseignement Multimédia Universitaire
> Campus 1 - Bâtiment MRI - 14032 Caen Cedex 5
>
> > Bonjour je suis pas dans le bon groupe de TD en histoire medievale
> > (TD4 au lieu de TD1), mon numero c'est 24017820
""",
 g=G([("HI3MED1","hi3med1"),("HI3MED1TD4","TD4"),("HI3MED1TD1","TD1")],["24017820"],[],"wrong_group",
     schemes=["histgeo-HIsPERn"], note="follow-up on ticket: still in TD4 instead of TD1 of HI3MED1")))

M.append(dict(f="007-psy-aucun-groupe-latin1.eml", frm="Chloé Martineau <chloe.martineau@etu.unicaen.fr>",
 subj="Aucun groupe dans le cours de psychopathologie", date="2025-11-04 09:02",
 charset="iso-8859-1", cte="quoted-printable",
 text="""Bonjour,

Je suis en L3 psychologie et dans le cours P5CLIN2 Psychopathologie de l'adulte je n'apparais dans aucun groupe : dans la liste des participants, la colonne "Groupes" indique "Aucun groupe" pour moi alors que mes camarades sont dans "LPSY3-TD8".
Résultat je ne vois pas les dépôts de dossiers de TD, qui sont réservés aux groupes.

Je suis bien inscrite au cours (je vois le CM).

Mon numéro étudiant : 23051194

Merci de votre aide,
Chloé Martineau
""",
 g=G([("P5.CLIN2","P5CLIN2"),("LPSY3-TD8","LPSY3-TD8")],["23051194"],[],"wrong_group",
     schemes=["psy-Ps.DOMn"], note="psychology student enrolled in P5.CLIN2 but in no group")))

# ---------------- not_enrolled (students) ----------------
M.append(dict(f="008-l1-sciences-aucun-cours.eml", frm="25013388@etu.unicaen.fr",
 subj="je ne vois pas mes cours", date="2025-09-08 11:26",
 text="""Bonjour,

Je suis en L1 maths-info et je ne vois aucun de mes cours sur Ecampus. Dans "Mes cours" il y a seulement "Bienvenue à l'Université" et "Bibliothèques : se former". Les profs nous ont dit que tout était sur Ecampus pour math101u, MATH102U, info 101U et PHYS101U et je n'ai rien !!!

J'ai fait mon inscription administrative le 27 août et j'ai ma carte étudiant. Est-ce que j'ai raté une étape ? Je ne sais pas ce qu'est une "inscription pédagogique".

Merci de m'aider je suis un peu perdue
Inès
""",
 g=G([("MATH101U","math101u"),("MATH102U","MATH102U"),("INFO101U","info 101U"),("PHYS101U","PHYS101U")],["25013388"],[],"not_enrolled",
     schemes=["sciences-DISCsnnU"], note="lost L1 student not enrolled in any of four science courses")))

M.append(dict(f="009-erasmus-incoming-no-access.eml", frm="Mateo Fernández Ruiz <mateofr.2003@gmail.com>",
 subj="No access to my courses on Ecampus", date="2025-09-29 16:44",
 text="""Dear Ecampus team,

I am an incoming exchange student from Universidad de Salamanca (Erasmus+, semester 1). I have my UNICAEN account and I can log in to Ecampus, but I am not enrolled in any of the courses of my learning agreement:

HI3MOD2 / GE3URB1 / LEA.AN32 / LSD3ESP

The International Relations office told me the "pedagogical registration" was done on 22/09. My student number is 25120917 (the INE on my card is 250341770KX, I don't know if it's useful).

Should I ask the teachers to add me manually?

Best regards,
Mateo Fernández Ruiz
+34 612 40 77 19
""",
 html="""<html><body><p>Dear Ecampus team,</p><p>I am an incoming exchange student from Universidad de Salamanca (Erasmus+, semester 1). I have my UNICAEN account and I can log in to Ecampus, but I am not enrolled in any of the courses of my learning agreement:</p><p>HI3MOD2 / GE3URB1 / LEA.AN32 / LSD3ESP</p><p>The International Relations office told me the &quot;pedagogical registration&quot; was done on 22/09. My student number is 25120917 (the INE on my card is 250341770KX, I don&#39;t know if it&#39;s useful).</p><p>Should I ask the teachers to add me manually?</p><p>Best regards,<br>Mateo Fernández Ruiz<br>+34 612 40 77 19</p></body></html>
""", cte="base64",
 g=G([("HI3MOD2","HI3MOD2"),("GE3URB1","GE3URB1"),("LEA.AN32","LEA.AN32"),("LSD3ESP","LSD3ESP")],["25120917"],[],"not_enrolled",lang="en",
     schemes=["histgeo-HIsPERn","lea-dotted-LEA.XXsn","lansad-LSDsLANG"], note="incoming Erasmus student not enrolled in 4 courses (slash list)")))

M.append(dict(f="010-m2-terse.eml", frm="Julien Bréhier <julien.brehier@etu.unicaen.fr>",
 subj="Inscription cours audit", date="2025-09-19 08:03",
 text="""Bonjour,
Pas inscrit dans IAEM2-C11 (Audit légal). Inscrit partout ailleurs. N° 21007845.
Merci.
J. Bréhier
""",
 g=G([("IAEM2C11","IAEM2-C11")],["21007845"],[],"not_enrolled",
     schemes=["iae-IAEMnXnn"], note="terse M2 student not enrolled in one IAE course")))

M.append(dict(f="011-sms-droit-penal.eml", frm="Yanis Haddad <yanis.hdd@gmail.com>",
 subj="(pas de sujet)", date="2025-10-21 01:12",
 text="""bjr jariv pa a acceder o cour de droit penal jur4103 ca fé 2 semaine, jlai pa ds ma liste de cour alor ke g les otr
mon num etudiant c 24012378
jsui en L2 droit grp TD 5
svp c urgent g un devoir a rendre
""",
 g=G([("JUR-4103","jur4103")],["24012378"],[],"not_enrolled",
     schemes=["droit-JUR-dash"], note="SMS-style law student not enrolled in criminal law course (dash dropped, lowercase)")))

M.append(dict(f="012-esix-html-tableau-cours.eml", frm="Baptiste Roussel <baptiste.roussel@etu.unicaen.fr>",
 subj="Cours de S7 manquants (4A mécatronique)", date="2025-09-11 13:37",
 cte="base64",
 html="""<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style><!-- p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style></head>
<body lang="FR"><div class="WordSection1">
<p class="MsoNormal">Bonjour,<o:p></o:p></p>
<p class="MsoNormal">&nbsp;<o:p></o:p></p>
<p class="MsoNormal">Je suis en 4<sup>e</sup> année à l’ESIX (mécatronique et robotique). Je n’ai accès à aucun des cours du S7 suivants, ils n’apparaissent pas dans ma liste de cours :<o:p></o:p></p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">
<tr><td><p class="MsoNormal"><b>Code</b></p></td><td><p class="MsoNormal"><b>Intitulé</b></p></td><td><p class="MsoNormal"><b>Responsable</b></p></td></tr>
<tr><td><p class="MsoNormal">EX4-ROB2</p></td><td><p class="MsoNormal">Robotique mobile</p></td><td><p class="MsoNormal">M. Kervella</p></td></tr>
<tr><td><p class="MsoNormal">EX4-MEC3</p></td><td><p class="MsoNormal">Mécanique des structures</p></td><td><p class="MsoNormal">Mme Pottier</p></td></tr>
<tr><td><p class="MsoNormal">EX4-INF1</p></td><td><p class="MsoNormal">Systèmes embarqués temps réel</p></td><td><p class="MsoNormal">M. Adjovi</p></td></tr>
<tr><td><p class="MsoNormal">EX4-ANG1</p></td><td><p class="MsoNormal">Anglais – préparation TOEIC</p></td><td><p class="MsoNormal">Mme Hall</p></td></tr>
</table>
<p class="MsoNormal">&nbsp;<o:p></o:p></p>
<p class="MsoNormal">Mon numéro étudiant est le 22031457. Les cours de la plateforme de l’école (Moodle 4.1) ne sont pas concernés.<o:p></o:p></p>
<p class="MsoNormal">&nbsp;<o:p></o:p></p>
<p class="MsoNormal">Cordialement,<o:p></o:p></p>
<p class="MsoNormal">Baptiste Roussel<o:p></o:p></p>
<p class="MsoNormal">Élève ingénieur ESIX Normandie – promo 2027<o:p></o:p></p>
</div></body></html>
""",
 g=G([("EX4-ROB2","EX4-ROB2"),("EX4-MEC3","EX4-MEC3"),("EX4-INF1","EX4-INF1"),("EX4-ANG1","EX4-ANG1")],["22031457"],[],"not_enrolled",
     schemes=["esix-EXn-SPECn"], note="engineering student not enrolled in 4 S7 courses listed in an HTML table")))

M.append(dict(f="013-staps-l3-s5-split.eml", frm="Nolan Vasseur <nolan.vasseur@etu.unicaen.fr>",
 subj="pas inscrit dans 2 cours de S5", date="2025-09-30 12:15",
 text="""Bonjour,

Je suis en L3 STAPS parcours APAS. Je n'ai pas accès aux cours S5 STP21 (Activité physique et pathologies chroniques) et S5 STP22 (Méthodologie de projet). Les autres cours du semestre apparaissent.
Le TD de STP21 a lieu en salle S3 045 le mardi et la prof a dit que tout est sur Ecampus.

N° étudiant : 23008816

Merci,
Nolan Vasseur
""",
 g=G([("S5STP21","S5 STP21"),("S5STP22","S5 STP22")],["23008816"],[],"not_enrolled",
     schemes=["staps-SsSTPnn"], note="STAPS L3 student not enrolled in two S5 courses (semester prefix split off)")))

M.append(dict(f="014-fwd-scol-lansad-espagnol.eml", frm="Camille Hébert <camille.hebert@etu.unicaen.fr>",
 subj="TR: inscription LANSAD espagnol", date="2025-10-03 17:29",
 text="""Bonjour,

La scolarité m'a conseillé de vous écrire, je vous transfère leur réponse. Je ne suis toujours pas dans le cours d'espagnol LANSAD sur Ecampus.
Numéro étudiant 24022265.

Camille

---------- Message transféré ----------
De : Scolarité LVE <scolarite.lve@unicaen.fr>
Date : jeu. 2 oct. 2025 à 11:08
Objet : Re: inscription LANSAD espagnol
À : Camille Hébert <camille.hebert@etu.unicaen.fr>

Bonjour,

Votre inscription pédagogique à l'élément LSD3ESP (Espagnol S3 LANSAD) a bien été saisie le 29/09, groupe 05.
Si le cours n'apparaît toujours pas sur Ecampus, merci de contacter le CEMU (cemu.assistance@unicaen.fr) en précisant votre numéro étudiant.

Bien cordialement,
Le bureau de la scolarité LVE
Bâtiment A, bureau AA-118 - 02 31 56 55 40
""",
 g=G([("LSD3ESP","LSD3ESP"),("LSD3ESP-05","groupe 05")],["24022265"],[],"not_enrolled",
     schemes=["lansad-LSDsLANG"], note="student forwards scolarité reply: IP done but not enrolled in LANSAD Spanish")))

M.append(dict(f="015-alternant-gea-cp1252.eml", frm="Emma Lecoq <emma.lecoq@etu.unicaen.fr>",
 subj="Alternante BUT GEA 2 - aucun cours du S3", date="2025-09-22 19:51",
 charset="windows-1252", cte="quoted-printable",
 text="""Bonjour,

Je suis alternante en 2ème année de BUT GEA (BGEA2), parcours GEMA. Depuis la rentrée je n’ai accès à aucun cours du S3 : GEA R312, gear301, GEAS.302 ne s’affichent pas alors que mes camarades en formation initiale les ont.

Mon entreprise d’accueil (Crédit Agricole Normandie, service RH) me demande les supports de cours pendant mes semaines en entreprise…

Numéro étudiant : 24005578 – groupe alternants

Merci d’avance,
Emma Lecoq
""",
 g=G([("BGEA2","BGEA2"),("GEAR312","GEA R312"),("GEAR301","gear301"),("GEAS302","GEAS.302"),("GEA2-ALT","groupe alternants")],["24005578"],[],"not_enrolled",
     schemes=["but-gea-GEARsnn"], note="BUT GEA apprentice not enrolled in S3 courses; codes damaged (space, lowercase, added dot)")))

# ---------------- course_missing (students) ----------------
M.append(dict(f="016-cours-carto-introuvable.eml", frm="Lucas Perrin <lucas.perrin@etu.unicaen.fr>",
 subj="Cours de cartographie introuvable", date="2025-11-12 10:41",
 text="""Bonjour,

Je cherche le cours GE4 CAR2 (Cartographie et SIG 2) sur Ecampus mais il n'existe pas : la recherche ne donne aucun résultat et il n'est pas non plus dans la catégorie Géographie > L2 > S4. Le prof dit qu'il l'a "demandé" mais qu'il ne le voit pas non plus.

Le TD a lieu en salle informatique SB-012 avec QGIS 3.34, on doit rendre les cartes sur Ecampus.

Lucas Perrin - 24019302
""",
 g=G([("GE4CAR2","GE4 CAR2")],["24019302"],[],"course_missing",
     schemes=["histgeo-HIsPERn"], note="student: geography course GE4CAR2 does not exist on Ecampus")))

M.append(dict(f="017-learning-agreement-course-not-exist.eml", frm="Anna Kowalczyk <a.kowalczyk@student.uw.edu.pl>",
 subj="Course from my learning agreement does not exist on Ecampus", date="2026-01-26 11:02",
 text="""Good morning,

I am an Erasmus student from the University of Warsaw, here for the spring semester. In my learning agreement I have the course HANG 304 (English literature: the Victorian novel). I searched Ecampus for "HANG304" and for "Victorian" and nothing comes up. Other courses like LSD4ALL are fine.

Is the course maybe not created yet, or has it another name?

My student number at UNICAEN is 25301146.

Kind regards,
Anna Kowalczyk
""",
 html="""<p>Good morning,</p><p>I am an Erasmus student from the University of Warsaw, here for the spring semester. In my learning agreement I have the course <i>HANG 304</i> (English literature: the Victorian novel). I searched Ecampus for &quot;HANG304&quot; and for &quot;Victorian&quot; and nothing comes up. Other courses like LSD4ALL are fine.</p><p>Is the course maybe not created yet, or has it another name?</p><p>My student number at UNICAEN is 25301146.</p><p>Kind regards,<br>Anna Kowalczyk</p>""",
 g=G([("HANG304","HANG 304"),("LSD4ALL","LSD4ALL")],["25301146"],[],"course_missing",lang="en",
     schemes=["faq-Hletters+digits","lansad-LSDsLANG"], note="Erasmus student cannot find course HANG304 on Ecampus")))

M.append(dict(f="018-sms-cours-compta-existe-pas.eml", frm="Océane <oceane.lrx@gmail.com>",
 subj="cours existe pas ?", date="2025-10-08 22:30",
 text="""bonsoir le cour de compta iael3g05 existe pa sur ecampus?? on a un qcm la semaine pro et personne le trouve ds la L3 gestion
jsui Océane Leroux 23044710
""",
 g=G([("IAEL3G05","iael3g05")],["23044710"],[],"course_missing",
     schemes=["iae-IAEMnXnn"], note="SMS-style IAE student: accounting course does not exist")))

# ---------------- wrong_name (students) ----------------
M.append(dict(f="019-prenom-sans-trema.eml", frm="Anaïs Lebrun <24030871@etu.unicaen.fr>",
 subj="Erreur dans mon prénom", date="2025-09-17 12:54",
 text="""Bonjour,

Sur Ecampus mon prénom est affiché "Anais" sans tréma, et mon nom "LEBRUN ANAIS" apparaît dans les participants à la place de Lebrun Anaïs. Ce n'est pas très grave mais sur les attestations de réussite des tests ça apparaît mal.

Est-ce que vous pouvez le corriger ?

Anaïs Lebrun
""",
 g=G([],["24030871"],[],"wrong_name",schemes=[], note="student's first name shown without diaeresis")))

M.append(dict(f="020-prenom-usage.eml", frm="Sacha Morel <sacha.morel@etu.unicaen.fr>",
 subj="Prénom d'usage non pris en compte sur Ecampus", date="2025-11-18 15:20",
 text="""Bonjour,

J'ai fait une demande de prénom d'usage auprès de la scolarité de l'UFR HSS en octobre, elle a été acceptée (ma carte Léocarte a été refaite). Pourtant sur Ecampus c'est toujours mon ancien prénom qui s'affiche, y compris pour les enseignants dans les forums de TD. C'est assez pénible.

Mon numéro étudiant est le 22047713.

Merci,
Sacha Morel
""",
 html="""<div>Bonjour,</div><div><br></div><div>J'ai fait une demande de prénom d'usage auprès de la scolarité de l'UFR HSS en octobre, elle a été acceptée (ma carte Léocarte a été refaite). Pourtant sur Ecampus c'est toujours mon <u>ancien prénom</u> qui s'affiche, y compris pour les enseignants dans les forums de TD. C'est assez pénible.</div><div><br></div><div>Mon numéro étudiant est le 22047713.</div><div><br></div><div>Merci,</div><div>Sacha Morel</div>""",
 cte="quoted-printable",
 g=G([],["22047713"],[],"wrong_name",schemes=[], note="student's usage first name not shown on Ecampus")))

M.append(dict(f="021-name-swapped-en.eml", frm="Thi Lan Nguyen <nguyenthilan.vn@yahoo.com>",
 subj="My name is wrong on Ecampus", date="2025-10-01 08:47",
 text="""Hello,

On Ecampus my family name appears as "Lan" and my given name as "Nguyen Thi". It should be family name NGUYEN, given names Thi Lan. Teachers call me by the wrong name in the forums.

I am in M1 Psychology (M1 PCLI), student number 25209934.

Thank you,
Nguyen Thi Lan
""",
 g=G([("M1PCLI","M1 PCLI")],["25209934"],[],"wrong_name",lang="en",
     schemes=["psy-Ps.DOMn"], note="international student's family and given names swapped")))

# ---------------- cannot_login (students) ----------------
M.append(dict(f="022-caps-connexion.eml", frm="BRYAN LETELLIER <bryan.letellier@laposte.net>",
 subj="IMPOSSIBLE DE ME CONNECTER", date="2025-09-09 20:15",
 text="""BONSOIR

IMPOSSIBLE DE ME CONNECTER A ECAMPUS DEPUIS HIER. IL ME DIT IDENTIFIANT OU MOT DE PASSE INCORRECT ALORS QUE J AI CHANGE MON MOT DE PASSE SUR LE SITE DU COMPTE NUMERIQUE LUNDI. J AI ESSAYE SUR MON TELEPHONE ET SUR L ORDI DE LA BU PAREIL.

MON IDENTIFIANT C EST 25016234

BRYAN LETELLIER L1 AES
""",
 g=G([],["25016234"],[],"cannot_login",schemes=[], note="all-caps student cannot log in after password change")))

M.append(dict(f="023-bloquee-page-profil.eml", frm="Jade Fontaine <jade.fontaine@etu.unicaen.fr>",
 subj="Bloquée sur la page Modifier le profil", date="2025-09-05 09:31",
 text="""Bonjour,

C'est ma première connexion à Ecampus. Après le CAS j'arrive sur une page "Modifier le profil" qui me dit qu'il manque l'adresse de courriel, mais le champ est grisé et je ne peux rien écrire. Si je clique ailleurs ça me ramène toujours sur cette page, je ne peux accéder à rien.

Je suis en reprise d'études (DAEU), inscrite le 01/09/2025.

Jade Fontaine
07 68 21 13 02
""",
 g=G([],[],[],"cannot_login",schemes=[], note="student stuck on profile page asking for an e-mail at first login")))

M.append(dict(f="024-sms-pas-identifiants.eml", frm="Dylan <dylan.m.caen@gmail.com>",
 subj="connexion", date="2025-09-03 14:02",
 text="""bjr g pa recu mes identifiant pr me co a ecampus et le lien d activation du compte numerik me di "lien expiré"
jsui inscrit en lstap1 depuis le 28/08
c koi la demarche
""",
 g=G([("LSTAP1","lstap1")],[],[],"cannot_login",schemes=["staps-SsSTPnn"], note="student never got credentials, activation link expired")))

# ---------------- course_not_on_dashboard (students) ----------------
M.append(dict(f="025-dashboard-droit-admin.eml", frm="Manon Guillot <23002519@etu.unicaen.fr>",
 subj="Cours absent de mon tableau de bord", date="2025-10-13 08:15",
 text="""Bonjour,

Le cours JUR 3102 (Droit administratif 1) n'apparaît pas dans mon tableau de bord alors que mes amis de L2 le voient. Quand je passe par le lien que le professeur a mis sur le groupe de promo (https://ecampus.unicaen.fr/course/view.php?id=47311) j'arrive bien sur le cours et je vois tout.

Est-ce normal ?

Manon Guillot
""",
 g=G([("JUR-3102","JUR 3102")],["23002519"],[47311],"course_not_on_dashboard",schemes=["droit-JUR-dash"], note="course reachable by link but absent from student's dashboard")))

M.append(dict(f="026-dashboard-s1-disparu-capture.eml", frm="Hugo Marchand <hugo.marchand@etu.unicaen.fr>",
 subj="Mes cours ont disparu du tableau de bord", date="2026-01-19 10:03",
 text="""Bonjour,

Depuis ce matin tous mes cours du S1 ont disparu de mon tableau de bord (Vue d'ensemble des cours). Je n'ai que ceux du S2. J'ai besoin des cours du S1 pour réviser les rattrapages. Je joins une capture.

Numéro étudiant : 24040187

Hugo
""",
 html="""<p>Bonjour,</p><p>Depuis ce matin tous mes cours du S1 ont disparu de mon tableau de bord (<i>Vue d&#39;ensemble des cours</i>). Je n&#39;ai que ceux du S2. J&#39;ai besoin des cours du S1 pour réviser les rattrapages. Je joins une capture.</p><p>Numéro étudiant : 24040187</p><p>Hugo</p>""",
 cte="quoted-printable", png=True, png_name="Capture d'écran 2026-01-19 095812.png",
 g=G([],["24040187"],[],"course_not_on_dashboard",schemes=[], note="S1 courses gone from dashboard (filter / past courses), screenshot")))

M.append(dict(f="027-dashboard-en.eml", frm="Liam O'Connor <liam.oconnor@etu.unicaen.fr>",
 subj="Course not showing on my dashboard", date="2025-10-20 13:26",
 text="""Hi,

The course https://ecampus.unicaen.fr/course/view.php?id=52208 (the Spanish one, LSD3ESP) doesn't show on my Ecampus dashboard, only if I use the link from my email notifications. I'm enrolled, I can post in the forum.

Is there a setting I am missing? (I'm in TD group B, if that matters.) I use Chrome 129 on Windows 11.

Thanks,
Liam
""",
 g=G([("LSD3ESP","LSD3ESP")],[],[52208],"course_not_on_dashboard",lang="en",schemes=["lansad-LSDsLANG"], note="student enrolled but course not on dashboard")))

M.append(dict(f="028-psy-dev-pas-dans-tableau-de-bord.eml", frm="Lea Caron <lea.caron@etu.unicaen.fr>",
 subj="cours psycho du dev pas dans tableau de bord", date="2025-11-05 21:40",
 text="""Bonjour,
le cours de psycho du developpement p3.dev1 n apparait pas dans mon tableau de bord (filtre "Tous" pourtant), je dois passer par l historique de mon navigateur : https://ecampus.unicaen.fr/course/view.php?id=49920
mes autres cours sont la
Lea Caron L2 psycho 24018856
""",
 g=G([("P3.DEV1","p3.dev1")],["24018856"],[49920],"course_not_on_dashboard",schemes=["psy-Ps.DOMn"], note="psychology student: one course missing from dashboard (lowercase code)")))

# ---------------- participants_block_missing (student) ----------------
M.append(dict(f="029-etu-bloc-participants.eml", frm="Théo Baudry <theo.baudry@etu.unicaen.fr>",
 subj="Bloc participants disparu", date="2025-09-26 11:11",
 text="""Bonjour,

Dans le cours "(GEAS102) SAÉ 1.02 Analyser l'environnement de l'entreprise" il y avait avant à droite un bloc "Participants" où on pouvait voir qui était dans notre groupe de projet. Il a disparu. Comment on fait maintenant pour trouver les membres de notre équipe ?

Théo Baudry, BUT GEA 1ère année
""",
 g=G([("GEAS102","GEAS102")],[],[],"participants_block_missing",schemes=["but-gea-GEARsnn"], note="student asks where the Participants block went")))

# ---------------- cas_unknown_destination (students) ----------------
M.append(dict(f="030-cas-destination-collee.eml", frm="Clara Mahieu <clara.mahieu@etu.unicaen.fr>",
 subj="Message bizarre à la connexion", date="2025-09-10 08:02",
 text="""Bonjour,

Quand je me connecte j'ai ce message et je n'arrive jamais sur Ecampus :

Connexion réussie
Bienvenue 24031578. Vous vous êtes authentifié(e) auprès du Service Central d'Authentification. Toutefois, vous voyez cette page car CAS ne connaît pas votre destination finale ni comment vous y rediriger.

J'ai tapé "ecampus unicaen" dans Google et j'ai cliqué sur le premier lien.

Merci
Clara Mahieu
""",
 g=G([],["24031578"],[],"cas_unknown_destination",schemes=[], note="student pastes CAS 'destination finale' message (number inside the pasted page)")))

M.append(dict(f="031-sms-cas.eml", frm="24008870@etu.unicaen.fr",
 subj="bug connexion", date="2025-09-12 07:45",
 text="""wsh qd je me co sa me di connexion reussi mais destination finale inconnu et jpeu rien faire ?? jai cour a 8h
""",
 g=G([],["24008870"],[],"cas_unknown_destination",schemes=[], note="SMS-style student: CAS says final destination unknown")))

M.append(dict(f="032-cas-en-html.eml", frm="Sofia Andersson <sofia.andersson@etu.unicaen.fr>",
 subj="Login works but Ecampus does not open", date="2025-09-15 09:54",
 text="""Hello,

When I log in at cas.unicaen.fr it says "Connexion réussie" (login successful) but then that CAS does not know my final destination, and it stays there. I bookmarked https://cas.unicaen.fr/login last week. How do I get to Ecampus?

Best,
Sofia (exchange student, Lund University)
""",
 html="""<div>Hello,</div><div><br></div><div>When I log in at <a href="https://cas.unicaen.fr/login">cas.unicaen.fr</a> it says &quot;Connexion réussie&quot; (login successful) but then that CAS does not know my final destination, and it stays there. I bookmarked https://cas.unicaen.fr/login last week. How do I get to Ecampus?</div><div><br></div><div>Best,</div><div>Sofia (exchange student, Lund University)</div>""",
 g=G([],[],[],"cas_unknown_destination",lang="en",schemes=[], note="exchange student bookmarked the CAS login page")))

M.append(dict(f="033-caps-cas-capture.eml", frm="MEHDI BOUZID <mehdi.bouzid@etu.unicaen.fr>",
 subj="CAS", date="2025-10-06 08:17",
 text="""BONJOUR
CAS ME DIT QUE JE SUIS CONNECTE MAIS QU IL NE CONNAIT PAS MA DESTINATION FINALE. VOIR CAPTURE.
NUMERO 25027711
""", png=True, png_name="IMG_2931.png",
 g=G([],["25027711"],[],"cas_unknown_destination",schemes=[], note="all-caps student with screenshot: CAS unknown destination")))

# ---------------- database_error (students) ----------------
M.append(dict(f="034-dimanche-database-failed.eml", frm="Pauline Girard <pauline.girard@etu.unicaen.fr>",
 subj="Ecampus inaccessible", date="2025-11-16 10:12",
 text="""Bonjour,

Ecampus affiche depuis 9h30 ce message :

Error: Database connection failed
It is possible that the database is overloaded or otherwise not running properly.

J'ai un devoir à rendre ce soir avant 23h59 dans le cours de méthodologie. Est-ce que la date pourra être décalée si ça ne revient pas ?

Pauline Girard
""",
 g=G([],[],[],"database_error",schemes=[], note="Sunday morning database connection failed message")))

M.append(dict(f="035-erreur-lecture-bdd-qcm.eml", frm="Antoine Lesage <antoine.lesage@etu.unicaen.fr>",
 subj="Erreur de lecture de la base de données pendant un QCM", date="2025-11-27 18:05",
 cte="quoted-printable",
 text="""Bonjour,

Pendant le QCM d'entraînement du cours SM3 UE11 (Appareil digestif), j'ai eu une page "Erreur de lecture de la base de données" au moment de valider la question 14. Quand je recharge la page ça marche de nouveau mais j'ai perdu mes réponses.

C'était vers 17h50. Navigateur Safari 18.1 sur iPad.

Antoine Lesage – DFGSM3 – 23005129
""",
 g=G([("SM3.UE11","SM3 UE11"),("DFGSM3","DFGSM3")],["23005129"],[],"database_error",schemes=["sante-SMn.UEnn"], note="database read error during a quiz")))

M.append(dict(f="036-db-error-en.eml", frm="Oliver Schmidt <oliver.schmidt@etu.unicaen.fr>",
 subj="Ecampus down?", date="2026-02-08 09:48",
 text="""Hello,

Ecampus shows "Error: Database connection failed" since 9:20 this morning. Is it down for everyone? I need to submit my essay for the course LEA-DE41.

Thanks,
Oliver
""",
 g=G([("LEA.DE41","LEA-DE41")],[],[],"database_error",lang="en",schemes=["lea-dotted-LEA.XXsn"], note="student reports database connection failed on Sunday")))

M.append(dict(f="037-sms-bdd-cp1252.eml", frm="Enzo Pichon <enzo.pichon@etu.unicaen.fr>",
 subj="bug ecampus", date="2025-12-14 10:34",
 charset="windows-1252", cte="8bit",
 text="""ecampus bug "erreur base de donnée" jpeux pa rendre mon devoir de stats, c a rendre pour midi
enzo 24003941
""",
 g=G([],["24003941"],[],"database_error",schemes=[], note="SMS-style student, database error on Sunday, windows-1252 8bit")))

# ---------------- other (students) ----------------
M.append(dict(f="038-date-partiel.eml", frm="Romane Vidal <romane.vidal@etu.unicaen.fr>",
 subj="Date du partiel d'histoire ancienne", date="2025-11-24 16:20",
 text="""Bonjour,

Savez-vous quand aura lieu le partiel de HI1ANTI (Histoire grecque) ? Sur Ecampus il n'y a rien et le planning ADE n'affiche rien pour la semaine du 15/12. Est-ce en Amphi Daure ou en salle ?

Merci,
Romane Vidal, L1 histoire
""",
 g=G([("HI1ANT1","HI1ANTI")],[],[],"other",schemes=["histgeo-HIsPERn"], note="student asks the exam date (not an Ecampus problem)")))

M.append(dict(f="039-re-merci-regle.eml", frm="Maxime Dufour <maxime.dufour@etu.unicaen.fr>",
 subj="Re: [CEMU #51234] groupe TD histoire medievale", date="2025-10-16 08:44",
 irt="<cemu.51234.1760520032@assistance.unicaen.fr>",
 text="""c'est bon je suis dans le bon groupe, merci beaucoup !!

Maxime

Le mer. 15 oct. 2025 à 16:02, CEMU Assistance <cemu.assistance@unicaen.fr> a écrit :
> Bonjour,
> La scolarité a corrigé votre inscription, la modification sera visible demain.
> Cordialement,
> L'équipe du CEMU
""",
 g=G([],[],[],"other",schemes=[], note="thank-you reply, problem solved")))

M.append(dict(f="040-test-ferme-avant-la-fin.eml", frm="Nathan Prévost <25033471@etu.unicaen.fr>",
 subj="Test fermé avant la fin du temps", date="2025-10-17 12:58",
 text="""Bonjour,

Ce matin pendant le test de psychologie cognitive (P1.COG1) le chronomètre indiquait 20 minutes restantes et le test s'est fermé tout seul à 10h30 en envoyant mes réponses. J'ai un tiers-temps (notification MDPH) et je pense qu'il n'a pas été appliqué.

Pouvez-vous voir avec l'enseignante ?

Nathan Prévost
""",
 g=G([("P1.COG1","P1.COG1")],["25033471"],[],"other",schemes=["psy-Ps.DOMn"], note="quiz closed early, extra-time accommodation (quiz setting)")))
