"""Mails 001-024: codes as people type and paste them (train-ae)."""
from mailkit import *  # noqa: F401,F403

mail("001-sms-bio-2-12.eml", ("", "22104587@etu.unicaen.fr"), "cours pas la", (2, 23, 41),
     "slt\njsui en L2 SV et jvois pa mon cours bio 2 12 genetique sur ecampus alor que les autres "
     "sont la\ncmt je fai ?? le partiel c dans 3 semaines\nmerci\n\nEnvoyé de mon iPhone",
     g=gold([("BIO.2.12", "bio 2 12")], ["22104587"], sym="not_enrolled", schemes=[S_BIO],
            etapes=["SVL2"], note="SMS-style L2 SV student, code typed with spaces for dots"))

mail("002-bio212-td2-mauvais-groupe.eml", ("Lucas Marie", "lucas.marie@etu.unicaen.fr"),
     "Mauvais groupe en genetique", (3, 8, 12),
     "Bonjour,\n\nJe suis inscrit au cours BIO212 (génétique moléculaire) et sur mon emploi du temps ADE "
     "je suis dans le TD2, le jeudi 10h15 salle S3-045.\nSur Ecampus par contre je me retrouve dans le "
     "TD3 et du coup je ne vois pas les documents déposés par ma prof de TD.\n\nMon numéro étudiant : "
     "22207713\n\nMerci d'avance\nLucas MARIE\nL2 Sciences de la vie",
     g=gold([("BIO.2.12", "BIO212"), ("BIO212TD2", "TD2"), ("BIO212TD3", "TD3")], ["22207713"],
            sym="wrong_group", schemes=[S_BIO], etapes=["SVL2"],
            note="student glued the dotted code, names TD groups of that course"))

mail("003-chm-2-13-tp-html.eml", ("Sophie Lecanu", "sophie.lecanu@unicaen.fr"),
     "CHM.2.13 - groupe de TP vide", (3, 14, 5),
     html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Bonjour,</p>
<p>Dans mon espace Ecampus du cours <b>CHM.2.13 Chimie organique 2</b>, les groupes de TP ne
correspondent pas à ce qu’il y a dans APOGÉE. Voici ce que je vois ce matin :</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#D9E1F2"><td><b>Groupe</b></td><td><b>Effectif APOGÉE</b></td><td><b>Effectif Ecampus</b></td><td><b>Créneau</b></td></tr>
<tr><td>TP1</td><td>18</td><td>18</td><td>lundi 8h-12h</td></tr>
<tr><td>TP2</td><td>17</td><td>17</td><td>mardi 14h-18h</td></tr>
<tr><td>TP3</td><td>19</td><td>0</td><td>mercredi 8h-12h</td></tr>
</table>
<p>Le TP3 est donc vide alors que la séance a lieu mercredi. Pouvez-vous regarder ?</p>
<p>Bien cordialement,</p>
<p style="color:#1F3864">Sophie Lecanu<br>Maître de conférences – Chimie<br>UFR des Sciences, bâtiment Sciences 3, bureau S3-212<br>
Université de Caen Normandie – Esplanade de la Paix – 14032 Caen Cedex<br>Tél. 02 31 56 74 18</p>
</div></body></html>""", charset="windows-1252", html_cte="quoted-printable",
     g=gold([("CHM.2.13", "CHM.2.13"), ("CHM213TP1", "TP1"), ("CHM213TP2", "TP2"), ("CHM213TP3", "TP3")],
            sym="wrong_group", role="staff", schemes=[S_BIO],
            note="Outlook HTML table of a course's TP groups by short label, code in the subject and sentence"))

mail("004-scol-tableau-lowercase.eml", ("Nathalie Hébert", "nathalie.hebert@unicaen.fr"),
     "Etudiants non inscrits sur Ecampus (L1 SV)", (4, 10, 30),
     text="Bonjour,\n\nVoir le tableau ci-dessous (copié depuis notre fichier de suivi).\n\nCordialement,\n"
          "Nathalie Hébert\nScolarité UFR des Sciences - 02 31 56 60 12",
     html="""<html><body>
<p>Bonjour,</p>
<p>Les trois étudiants ci-dessous ont bien leur IP jusqu’au groupe dans Apogée depuis le 28/10 mais
n’apparaissent toujours pas dans les participants des cours indiqués.</p>
<table border=1>
<tr><th>N° étudiant</th><th>Nom Prénom</th><th>Code ELP</th><th>Groupe</th></tr>
<tr><td>22301456</td><td>DUVAL Inès</td><td>bio.1.11</td><td>TD1</td></tr>
<tr><td>22300987</td><td>N’DIAYE Moussa</td><td>bio.1.11</td><td>TD1</td></tr>
<tr><td>22304410</td><td>LEFEVRE Tom</td><td>chm.1.10</td><td>TP2</td></tr>
</table>
<p>Cordialement,<br>Nathalie Hébert<br>Scolarité UFR des Sciences – 02 31 56 60 12</p>
</body></html>""", cte="quoted-printable", html_cte="quoted-printable",
     g=gold([("BIO.1.11", "bio.1.11"), ("BIO111TD1", "TD1"), ("CHM.1.10", "chm.1.10"), ("CHM110TP2", "TP2")],
            ["22301456", "22300987", "22304410"], sym="not_enrolled", role="staff", schemes=[S_BIO], etapes=["SVL1"],
            note="spreadsheet table, codes lower case in one column, groups in the next"))

mail("005-but-gea-s3-td3.eml", ("Camille Renouf", "camille.renouf@etu.unicaen.fr"),
     "Probleme de groupe BUT GEA", (4, 19, 2),
     "Bonjour,\n\nje suis en BUT GEA 2e année à l'IUT (site de Caen), au semestre 3 je suis dans le TD3 "
     "et le TP3B.\nSauf que sur Ecampus dans la ressource R3.05 fiscalité je suis mise dans le TP2A, donc "
     "je ne reçois pas les annonces de mon groupe et pas accès au devoir à rendre pour le 13/11.\n\n"
     "Je vous mets une capture d'écran.\n\nCamille Renouf\n22211309",
     attach=[("capture_ecampus.png", PNG, "image/png")],
     g=gold([("GEAS3-TD3", "TD3"), ("GEAS3-TP3B", "TP3B"), ("GEAS3-TP2A", "TP2A")], ["22211309"],
            sym="wrong_group", schemes=[S_BUT], etapes=["BGEA2"],
            note="BUT groups per semester named beside the year (S3), resource by its national name only"))

mail("006-but-info-groupes-vides.eml", ("Valérie Quesnel", "valerie.quesnel@unicaen.fr"),
     "BUT Info 1 - groupes TD/TP S1 vides", (5, 9, 47),
     html="""<html><body style="font-family:Arial">
<p>Bonjour,</p>
<p>Au secrétariat du département Informatique nous constatons que plusieurs étudiants de première année
(semestre 1) ne sont dans aucun groupe sur Ecampus, alors que les affectations sont faites dans Apogée.</p>
<table cellpadding="3" border="1">
<tr><td>N° étu</td><td>Nom</td><td>Année</td><td>Groupe TD</td><td>Groupe TP</td></tr>
<tr><td>22402231</td><td>BOUVET Enzo</td><td>BINF1</td><td>TD2</td><td>TP2B</td></tr>
<tr><td>22400718</td><td>KHALIL Sarah</td><td>BINF1</td><td>TD4</td><td>TP4A</td></tr>
<tr><td>22401145</td><td>MORIN Jules</td><td>BINF1</td><td>TD2</td><td>TP2B</td></tr>
</table>
<p>La promo fait 112 étudiants, seuls ces 3 sont concernés a priori.</p>
<p>Merci,<br>Valérie Quesnel<br>Secrétariat pédagogique BUT Informatique<br>IUT Grand Ouest Normandie – 120 rue de l'Exode – 50000 Saint-Lô<br>02 33 77 11 40</p>
</body></html>""", html_cte="base64",
     g=gold([("BINF1", "BINF1"), ("INFS1-TD2", "TD2"), ("INFS1-TP2B", "TP2B"), ("INFS1-TD4", "TD4"),
             ("INFS1-TP4A", "TP4A")], ["22402231", "22400718", "22401145"], sym="wrong_group", role="staff",
            schemes=[S_BUT], note="étape code in a column, semester-1 groups of that year by short label"))

mail("007-iae-alternants-vide.eml", ("Frédéric Lamy", "frederic.lamy@unicaen.fr"),
     "IM1MKT04 : groupe des alternants vide", (5, 16, 20),
     "Bonjour,\n\nJ'interviens dans le cours IM1MKT04 (Marketing digital) du M1 Marketing à l'IAE. "
     "Dans Ecampus, le groupe des alternants n'a aucun membre alors qu'ils sont 14 cette année et que je "
     "dois leur ouvrir un devoir spécifique (ils ne sont présents qu'une semaine sur trois).\n"
     "Les étudiants en formation initiale sont bien dans leur groupe.\n\n"
     "Cordialement\n--\nFrédéric Lamy\nEnseignant vacataire IAE Caen\n06 71 22 48 09",
     g=gold([("IM1MKT04", "IM1MKT04"), ("IM1MKT04AL", "groupe des alternants"),
             ("IM1MKT04FI", "formation initiale")], sym="wrong_group", role="staff", schemes=[S_IAE],
            note="apprentices' and initial-training groups named in words beside the course (one AL, one FI)"))

mail("008-iae-fc-tableau.eml", ("Isabelle Provost", "isabelle.provost@unicaen.fr"),
     "Inscriptions Ecampus M2 RH", (6, 11, 3),
     text="Bonjour,\n\nPour le cours im2rhu05 (Management interculturel), les stagiaires de formation "
          "continue ne sont pas inscrits sur Ecampus.\nDétail par groupe :\n\nGroupe | Apogée | Ecampus\n"
          "FI     | 21     | 21\nAL     | 9      | 9\nFC     | 6      | 0\n\nLes 6 FC sont des salariés qui "
          "reprennent leurs études, ils n'ont que la plateforme pour les supports.\n\nBien à vous,\n"
          "Isabelle Provost\nGestionnaire pédagogique Master RH - IAE Caen\n3 rue Claude Bloch, 14000 Caen",
     html="""<html><body><p>Bonjour,</p><p>Pour le cours im2rhu05 (Management interculturel), les stagiaires de formation continue ne sont pas inscrits sur Ecampus.<br>Détail par groupe :</p>
<table border="1"><tr><th>Groupe</th><th>Apogée</th><th>Ecampus</th></tr>
<tr><td>FI</td><td>21</td><td>21</td></tr><tr><td>AL</td><td>9</td><td>9</td></tr><tr><td>FC</td><td>6</td><td>0</td></tr></table>
<p>Les 6 FC sont des salariés qui reprennent leurs études, ils n'ont que la plateforme pour les supports.</p>
<p>Bien à vous,<br>Isabelle Provost<br>Gestionnaire pédagogique Master RH - IAE Caen<br>3 rue Claude Bloch, 14000 Caen</p></body></html>""",
     g=gold([("IM2RHU05", "im2rhu05"), ("IM2RHU05FI", "FI"), ("IM2RHU05AL", "AL"), ("IM2RHU05FC", "FC")],
            sym="not_enrolled", role="staff", schemes=[S_IAE],
            note="lower-case IAE code, FI/AL/FC groups in a table beside it"))

mail("009-esix-g2-vide.eml", ("Thomas Guérin", "thomas.guerin@unicaen.fr"), "groupe -G2 vide", (6, 17, 55),
     "Bonjour,\nsur le cours x2 inf 4 (algo avancée, 2e année info ESIX) le -G2 est vide depuis ce matin, "
     "les -G1 et -G3 sont bons.\nMerci\nThomas\n\n--\nThomas Guérin - ESIX Normandie, campus de Cherbourg\n"
     "Bureau B112 - 02 33 01 42 87",
     g=gold([("X2.INF.4", "x2 inf 4"), ("X2INF4-G2", "-G2"), ("X2INF4-G1", "-G1"), ("X2INF4-G3", "-G3")],
            sym="wrong_group", role="staff", schemes=[S_ESX],
            note="ESIX code typed lower case with spaces, groups by their '-Gk' suffix"))

mail("010-esix-enseignants-tableau.eml", ("Marion Picot", "marion.picot@unicaen.fr"),
     "Enseignants non inscrits - ESIX 2A", (9, 8, 40),
     html="""<html><body>
<p>Bonjour,</p>
<p>Comme chaque année quelques collègues ne sont pas inscrits comme enseignants dans leurs cours. Les plannings ADE
sont pourtant faits. Extrait de notre tableau de service :</p>
<table border="1" style="border-collapse:collapse">
<tr><th>Code ELP</th><th>Libellé</th><th>Groupe</th><th>Enseignant</th></tr>
<tr><td>X2.INF.4</td><td>Algorithmique avancée</td><td>-G1</td><td>M. Roussel</td></tr>
<tr><td>X2.INF.4</td><td>Algorithmique avancée</td><td>-G3</td><td>Mme Benali</td></tr>
<tr><td>X2.ELE.1</td><td>Électronique numérique</td><td>-G2</td><td>M. Hamon</td></tr>
</table>
<p>Merci de votre aide.<br>Marion Picot – scolarité ESIX Normandie – 02 31 45 27 00</p>
</body></html>""", html_cte="quoted-printable",
     g=gold([("X2.INF.4", "X2.INF.4"), ("X2INF4-G1", "-G1"), ("X2INF4-G3", "-G3"), ("X2.ELE.1", "X2.ELE.1"),
             ("X2ELE1-G2", "-G2")], sym="teacher_not_enrolled", role="staff", schemes=[S_ESX],
            note="spreadsheet table: element column, group column by suffix, teachers missing"))

mail("011-meef-ed2.eml", ("Léa Fontaine", "lea.fontaine@etu.unicaen.fr"), "Cours didactique du français",
     (9, 12, 18),
     "Bonjour,\n\nJe suis en M1 MEEF 1er degré à l'INSPE de Caen. Je suis dans l'ED2 du cours M1PE 405 "
     "(didactique du français) mais je ne suis pas inscrite sur l'espace Ecampus, je ne le trouve pas dans "
     "mes cours.\nMes camarades de l'ED2 y ont accès.\n\nMerci beaucoup\nLéa Fontaine (n° 21908834)",
     g=gold([("M1PE405ED2", "ED2"), ("M1PE-405", "M1PE 405")], ["21908834"], sym="not_enrolled",
            schemes=[S_MEF], etapes=["MEF1PE"],
            note="INSPE code with space for dash; ED2 cited before the course in the same sentence"))

mail("012-meef-ue3-cache.eml", ("Pierre-Yves Lemonnier", "pierre-yves.lemonnier@unicaen.fr"),
     "Les étudiants ne voient pas mon cours", (9, 15, 31),
     html="""<div dir="ltr">Bonjour,<br><br>Je suis responsable du cours <b>M1PE-301</b> (didactique des maths) pour les
trois ED ci-dessous. Les étudiants me disent qu'ils ne voient pas le cours, alors que moi je le vois (en gris, il me semble).<br><br>
<table border="1"><tr><td><b>ED</b></td><td><b>jour</b></td><td><b>salle</b></td></tr>
<tr><td>ED1</td><td>lundi</td><td>INSPE 204</td></tr>
<tr><td>ED2</td><td>mardi</td><td>INSPE 204</td></tr>
<tr><td>ED3</td><td>jeudi</td><td>amphi B</td></tr></table><br>
Le lien : <a href="https://ecampus.unicaen.fr/course/view.php?id=61204">https://ecampus.unicaen.fr/course/view.php?id=61204</a><br><br>
PY Lemonnier<br>INSPE Normandie Caen</div>""",
     g=gold([("M1PE-301", "M1PE-301"), ("M1PE301ED1", "ED1"), ("M1PE301ED2", "ED2"), ("M1PE301ED3", "ED3")],
            ids=[61204], sym="students_cannot_see_course", role="staff", schemes=[S_MEF],
            note="hidden course (grey for teacher), ED groups in an HTML table beside the course"))

mail("013-droit-dl2cst1-g2.eml", ("", "22110456@etu.unicaen.fr"), "mauvais groupe TD droit constit",
     (10, 22, 7),
     "bonsoir\nje suis en L2 droit, groupe de TD -G2 en droit constitutionnel (dl2cst1) mais sur ecampus je "
     "suis dans le -G5 !! du coup j'ai pas les sujets de la charge de TD\nmerci de corriger svp",
     g=gold([("DL2CST1-G2", "-G2"), ("DL2CST1", "dl2cst1"), ("DL2CST1-G5", "-G5")], ["22110456"],
            sym="wrong_group", schemes=[S_DRT], etapes=["DRTL2"],
            note="lower-case law code in brackets, groups by '-Gk'"))

mail("014-droit-fwd-civil.eml", ("Agnès Vautier", "agnes.vautier@unicaen.fr"), "TR: Droit civil 1 - groupes 4 et 5",
     (10, 9, 15),
     "Bonjour,\n\nJe vous transfère le message de Mme Colin. J'ai vérifié dans Apogée : les IP sont faites "
     "jusqu'au groupe pour les deux groupes.\n\nAgnès Vautier\nScolarité Licence - UFR Droit, AES et "
     "Administration publique\nBâtiment D, bureau DR 120 - 02 31 56 51 03\n\n"
     "De : Colin Béatrice <beatrice.colin@unicaen.fr>\nEnvoyé : lundi 9 novembre 2026 18:02\n"
     "À : Vautier Agnès <agnes.vautier@unicaen.fr>\nObjet : Droit civil 1 - groupes 4 et 5\n\n"
     "Bonsoir Agnès,\n\nDans mon cours DL1CIV1 sur Ecampus, aucun étudiant des groupes -G4 et -G5 n'est "
     "inscrit (les 4 autres groupes sont complets). Deux étudiants me l'ont signalé : 22412087 et 22409931.\n"
     "Peux-tu voir ?\n\nBéatrice",
     g=gold([("DL1CIV1", "DL1CIV1"), ("DL1CIV1-G4", "-G4"), ("DL1CIV1-G5", "-G5")], ["22412087", "22409931"],
            sym="not_enrolled", role="staff", schemes=[S_DRT],
            note="Outlook forward (De/Envoyé); codes only in the forwarded part"))

mail("015-geo-archive.eml", ("Olivier Marais", "olivier.marais@unicaen.fr"),
     "Mon cours de cartographie a disparu", (10, 11, 49),
     "Bonjour,\n\nMon cours de cartographie de L3 (ancien code GEO3E05) est passé dans la catégorie « Archives » "
     "et a été remplacé par un cours GG3-E05 complètement vide. J'avais deux ans de contenus dans "
     "l'ancien, quiz compris.\nEst-ce que je dois tout refaire ? Est-ce qu'on peut récupérer l'ancien ?\n\n"
     "Olivier Marais\nMCF géographie - UFR HSS\nMRSH, bureau SH 027",
     g=gold([("GEO3E05", "GEO3E05"), ("GG3-E05", "GG3-E05")], sym="course_moved_renamed", role="staff",
            schemes=[S_GEO], note="archived code cited beside the new code that replaced it"))

mail("016-geo-p-groupes-html.eml", ("Olivier Marais", "olivier.marais@unicaen.fr"),
     "Re: Mon cours de cartographie a disparu", (12, 8, 58),
     html="""<html><body><p>Bonjour,</p>
<p>Merci, j'ai bien copié le contenu vers GG3-E05. Dernier souci : les groupes de TD (P1, P2, P3) sont vides.</p>
<table border="1"><tr><th>Groupe</th><th>Participants</th></tr>
<tr><td>P1</td><td>0</td></tr><tr><td>P2</td><td>0</td></tr><tr><td>P3</td><td>0</td></tr>
<tr><td>Sans groupe</td><td>57</td></tr></table>
<p>O. Marais</p>
<blockquote>Le 10/11/2026 à 15:20, CEMU Assistance a écrit :<br>
Bonjour, le code GEO3E05 n'existe plus dans APOGÉE : l'espace a été archivé et un nouvel espace a été créé.
Vous pouvez importer le contenu de l'ancien cours dans le nouveau.</blockquote>
</body></html>""", headers={"In-Reply-To": "<015.101149.ae@unicaen.fr>"},
     g=gold([("GG3-E05", "GG3-E05"), ("GG3E05P1", "P1"), ("GG3E05P2", "P2"), ("GG3E05P3", "P3"),
             ("GEO3E05", "GEO3E05")], sym="wrong_group", role="staff", schemes=[S_GEO],
            note="follow-up: P groups in a table, archived code only in quoted history"))

mail("017-staps-o-pour-zero.eml", ("Kylian Bertin", "kylian.bertin@etu.unicaen.fr"), "COURS ANATOMIE",
     (12, 13, 6),
     "BONJOUR JE SUIS EN L1 STAPS ET JE NE SUIS PAS INSCRIT DANS LE COURS DE PHYSIOLOGIE STP1-OO4 "
     "ALORS QUE J AI LE CC LUNDI\nMERCI\nKYLIAN BERTIN 22405561",
     g=gold([("STP1-004", "STP1-OO4")], ["22405561"], sym="not_enrolled", schemes=[S_STP], etapes=["STAPL1"],
            note="all caps, letter O typed for zeros"))

mail("018-staps-code-coupe.eml", ("", "22313390@etu.unicaen.fr"), "physio de l effort", (12, 20, 44),
     "bjr je trouve pa le cours physiologie de l'effort de L2, sur ma fiche IP c marqué stp2-00 "
     "et apres c coupé\nmerci",
     g=gold([("STP2-006", "stp2-00")], ["22313390"], sym="course_missing", schemes=[S_STP], etapes=["STAPL2"],
            note="code cut at the end; the title makes it unique"))

mail("019-hss-porteur-porte.eml", ("Élise Tanguy", "elise.tanguy@unicaen.fr"),
     "Etudiants du 2HR5C absents du cours mutualisé", (13, 10, 10),
     "Bonjour,\n\nDepuis cette année l'élément 2HR5C est porté par M.1HRP9C. Les étudiants inscrits au 2HR5C "
     "(une quinzaine, L3 sociologie) ne sont pas dans l'espace du porteur, ni dans le groupe M.1HRP9CTD.\n"
     "Exemple : 22008412.\n\nÉlise Tanguy\nGestionnaire scolarité UFR HSS",
     g=gold([("2HR5C", "2HR5C"), ("M.1HRP9C", "M.1HRP9C"), ("M.1HRP9CTD", "M.1HRP9CTD")], ["22008412"],
            sym="not_enrolled", role="staff", schemes=[S_HSS], note="porteur/porté with the group collection"))

mail("020-an10a-tableau-de-bord.eml", ("Chloé Dubreuil", "chloe.dubreuil@etu.unicaen.fr"),
     "=?utf-8?q?cours_disparu_du_tableau_de_bord?=", (13, 18, 33),
     "Bonjour,\nle cours an10a (langue traduction) n'apparait plus dans mon tableau de bord alors que je "
     "pouvais y aller la semaine dernière, si je tape le nom dans la recherche je le trouve et j'y ai accès.\n"
     "Chloé Dubreuil, L1 LLCER anglais",
     g=gold([("AN-10A", "an10a")], sym="course_not_on_dashboard", schemes=[S_LVE], etapes=["LLAN1"],
            note="lower case, dash dropped; enrolled but not on the dashboard"))

mail("021-etape-et-elements.eml", ("Nathalie Hébert", "nathalie.hebert@unicaen.fr"),
     "SVL2 - IP tardives", (16, 9, 21),
     "Bonjour,\n\nSuite à des réorientations, 4 étudiants ont été inscrits le 12/11 en SVL2 avec IP aux "
     "éléments BIO.2.14 et CHM.2.13 (groupes faits). Ils n'apparaissent dans aucun des deux cours ce matin.\n\n"
     "22215501\n22215877\n22216003\n22216119\n\nCordialement,\nN. Hébert\nScolarité UFR des Sciences",
     g=gold([("SVL2", "SVL2"), ("BIO.2.14", "BIO.2.14"), ("CHM.2.13", "CHM.2.13")],
            ["22215501", "22215877", "22216003", "22216119"], sym="not_enrolled", role="staff",
            schemes=[S_BIO], note="étape code cited as a code beside element codes"))

mail("022-erasmus-immuno-en.eml", ("Marta Kowalska", "marta.kowalska@etu.unicaen.fr"),
     "Cannot access Immunology course", (16, 14, 0),
     "Hello,\n\nI am an Erasmus exchange student from Poland (Wrocław), here for the first semester. My learning "
     "agreement includes BIO 3 16 Immunology but I cannot see it on Ecampus. Other courses are fine.\n"
     "My student number is 22490012.\n\nThank you very much,\nMarta Kowalska",
     g=gold([("BIO.3.16", "BIO 3 16")], ["22490012"], sym="not_enrolled", lang="en", schemes=[S_BIO],
            note="incoming Erasmus, code from a learning agreement with spaces"))

mail("023-iae-alternant-fi-al.eml", ("Hugo Lesage", "hugo.lesage@etu.unicaen.fr"), "Groupe alternance",
     (17, 7, 52),
     "Bonjour,\n\nJe suis en M1 Marketing en alternance (rythme 2 semaines entreprise / 2 semaines IAE). "
     "Dans le cours IM1FIN02 sur Ecampus je suis dans le groupe FI au lieu de AL, donc je vois les dates "
     "de rendu de la formation initiale qui ne me concernent pas.\n\nMerci\nHugo Lesage - 22117640",
     g=gold([("IM1FIN02", "IM1FIN02"), ("IM1FIN02FI", "FI"), ("IM1FIN02AL", "AL")], ["22117640"],
            sym="wrong_group", schemes=[S_IAE], etapes=["IAM1MK"],
            note="apprentice in FI instead of AL, groups by short label beside the course"))

mail("024-but-fisca-o-zero.eml", ("Jean-Marc Leroy", "jean-marc.leroy@unicaen.fr"),
     "Cours GEA-R3O5 invisible pour les étudiants", (17, 13, 27),
     text="Bonjour,\n\nMes étudiants de 2e année (S3) n'ont pas accès au cours GEA-R3O5 (fiscalité), alors que "
          "la liste des participants est complète (112 personnes, tous les groupes).\nJ'ai pourtant mis des documents "
          "la semaine dernière.\n\nJM Leroy\nDépartement GEA - IUT Grand Ouest Normandie - Lisieux\n11 rue "
          "Nicolas Oresme, 14100 Lisieux",
     html="""<p>Bonjour,</p><p>Mes étudiants de 2e année (S3) n'ont pas accès au cours <b>GEA-R3O5</b> (fiscalité), alors que la liste des participants est complète (112 personnes, tous les groupes).<br>J'ai pourtant mis des documents la semaine dernière.</p><p>JM Leroy<br>Département GEA - IUT Grand Ouest Normandie - Lisieux<br>11 rue Nicolas Oresme, 14100 Lisieux</p>""",
     g=gold([("GEA-R305", "GEA-R3O5")], sym="students_cannot_see_course", role="staff", schemes=[S_BUT], etapes=["BGEA2"],
            note="letter O for zero in a BUT resource code"))
