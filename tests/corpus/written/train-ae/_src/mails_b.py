"""Mails 025-047: more typed and pasted codes (train-ae)."""
from mailkit import *  # noqa: F401,F403

mail("025-esix-meca-sans-points.eml", ("Baptiste Hue", "baptiste.hue@etu.unicaen.fr"), "INSCRIPTION COURS VIBRATIONS",
     (17, 21, 15),
     "Bonsoir,\n\nje suis en 3e année génie mécanique à l'ESIX et le cours X3MEC6 (vibrations) n'apparait pas "
     "dans mes cours, j'ai fait mon contrat pédagogique en septembre. Les autres cours de la 3A sont là.\n\n"
     "Baptiste HUE\nN° étudiant 21905528",
     g=gold([("X3.MEC.6", "X3MEC6")], ["21905528"], sym="not_enrolled", schemes=[S_ESX], etapes=["EXME3"],
            note="ESIX code with dots dropped"))

mail("026-fwd-chain-bio-tp.eml", ("Jérôme Fleury", "jerome.fleury@unicaen.fr"), "Fwd: TP de physio animale",
     (18, 8, 5),
     "Bonjour,\n\nje vous fais suivre l'échange ci-dessous, je ne sais pas quoi répondre à l'étudiante.\n\n"
     "J. Fleury\n\n---------- Message transféré ----------\nDe : Manon Rault <manon.rault@etu.unicaen.fr>\n"
     "Date : mar. 17 nov. 2026 à 19:40\nObjet : TP de physio animale\nÀ : <jerome.fleury@unicaen.fr>\n\n"
     "Bonjour Monsieur,\nJe suis en BIO.2.14 au TP4 le vendredi mais sur Ecampus je n'ai aucun groupe et je ne "
     "peux pas déposer mon compte rendu de TP. Mon numéro étudiant : 22218846.\nCordialement,\nManon Rault",
     g=gold([("BIO.2.14", "BIO.2.14"), ("BIO214TP4", "TP4")], ["22218846"], sym="wrong_group", role="staff",
            schemes=[S_BIO], note="teacher forwards a student's mail (Gmail style); codes in the forwarded part"))

mail("027-1ca153-enseignant.eml", ("Corinne Jeanne", "corinne.jeanne@unicaen.fr"),
     "Pas inscrite comme enseignante - 1CA153", (18, 10, 37),
     "Bonjour,\n\nJe fais le cours 1CA153 « Analyse du contexte » (INSPE Caen, S1) depuis la rentrée mais je ne "
     "suis pas inscrite comme enseignante dans l'espace Ecampus. Mes séances sont bien dans ADE, avec mon nom.\n"
     "Je n'arrive donc pas à déposer les consignes du dossier.\n\nCorinne Jeanne\nFormatrice INSPE - site de Caen\n"
     "186 rue de la Délivrande 14000 Caen",
     g=gold([("1CA153", "1CA153")], sym="teacher_not_enrolled", role="staff", schemes=[S_CA],
            note="FAQ INSPE scheme, teacher not enrolled although planned in ADE"))

mail("028-bio-ancien-code.eml", ("Anne-Sophie Roger", "anne-sophie.roger@unicaen.fr"),
     "Ancien cours SV2GM12 / nouveau BIO.2.12", (18, 14, 12),
     "Bonjour,\n\nAvec la nouvelle maquette, mon cours de génétique moléculaire s'appelle maintenant BIO.2.12. "
     "L'ancien (SV2GM12) est dans « Archives 2025-2026 » et le nouveau est vide et caché.\nPouvez-vous me "
     "confirmer que c'est normal et me dire comment copier mes ressources de l'un à l'autre ?\n\nMerci\n"
     "A.-S. Roger, PR Biologie, bureau S1-118",
     g=gold([("BIO.2.12", "BIO.2.12"), ("SV2GM12", "SV2GM12")], sym="course_moved_renamed", role="staff",
            schemes=[S_BIO], note="new code cited before the archived code it replaced"))

mail("029-droit-trop-enseignants.eml", ("Marc Delaunay", "marc.delaunay@unicaen.fr"),
     "Trop d'enseignants dans DL3PEN1", (19, 9, 2),
     "Bonjour,\n\nDans l'espace DL3PEN1 (droit pénal général, L3) il y a 23 personnes avec le rôle enseignant, "
     "dont des collègues qui n'interviennent pas du tout en pénal. Les étudiants reçoivent des messages "
     "de gens qu'ils ne connaissent pas.\nJe peux les retirer moi-même ?\n\nM. Delaunay\nResponsable L3 Droit",
     g=gold([("DL3PEN1", "DL3PEN1")], sym="too_many_teachers", role="staff", schemes=[S_DRT],
            note="too many teachers in a law course"))

mail("030-reply-merci-esix.eml", ("Inès Cordier", "ines.cordier@etu.unicaen.fr"), "Re: [CEMU #48213] cours manquant",
     (19, 12, 44),
     "C'est bon je vois le cours maintenant, merci beaucoup !!\n\nInès\n\n"
     "Le 18/11/2026 à 16:02, CEMU Assistance <cemu.assistance@unicaen.fr> a écrit :\n"
     "> Bonjour,\n> votre inscription pédagogique au X1.INF.2 (programmation C) a été complétée par la "
     "scolarité\n> ce matin, le cours apparaîtra après la synchronisation de cette nuit.\n> Cordialement,\n"
     "> Le CEMU\n>\n> > je suis en 1A info à l'ESIX et je n'ai pas le cours de prog C\n",
     headers={"In-Reply-To": "<48213@assistance.unicaen.fr>", "References": "<48213@assistance.unicaen.fr>"},
     g=gold([("X1.INF.2", "X1.INF.2")], sym="other", schemes=[S_ESX], etapes=["EXIN1"],
            note="thanks; code only in the quoted CEMU reply; the student's étape said in quoted history"))

mail("031-but-info-tp3a.eml", ("", "22403378@etu.unicaen.fr"), "groupe TP", (19, 18, 20),
     "Bonjour, je suis en 1ere annee de BUT info, au S1 je suis en TD3 / TP3A d'apres ADE et mon emploi "
     "du temps papier mais ecampus me met en TP3B. Pouvez vous corriger ?\nmerci",
     g=gold([("INFS1-TD3", "TD3"), ("INFS1-TP3A", "TP3A"), ("INFS1-TP3B", "TP3B")], ["22403378"],
            sym="wrong_group", schemes=[S_BUT], etapes=["BINF1"],
            note="semester groups named beside the year (S1 BUT info), no course code"))

mail("032-staps-tableau-td.eml", ("Gaëlle Mauger", "gaelle.mauger@unicaen.fr"), "STP3-OO2 Etudiants manquants",
     (20, 10, 5),
     html="""<html><body><p>Bonjour,</p>
<p>Pour l'élément STP3-OO2 (histoire du sport L3) voici les effectifs par groupe. Le TD2 n'a aucun inscrit sur Ecampus.</p>
<table border="1" cellpadding="2">
<tr><td><b>Elément</b></td><td><b>Groupe</b></td><td><b>Apogée</b></td><td><b>Ecampus</b></td></tr>
<tr><td>STP3-002</td><td>TD1</td><td>31</td><td>31</td></tr>
<tr><td>STP3-002</td><td>TD2</td><td>29</td><td>0</td></tr>
<tr><td>STP3-002</td><td>TD3</td><td>30</td><td>30</td></tr>
</table>
<p>Gaëlle Mauger<br>Scolarité STAPS - 2 boulevard du Maréchal Juin, 14032 Caen<br>Tél 02 31 56 72 90</p>
</body></html>""", charset="iso-8859-1", html_cte="quoted-printable",
     g=gold([("STP3-002", "STP3-OO2"), ("STP3002TD2", "TD2"), ("STP3002TD1", "TD1"), ("STP3002TD3", "TD3")],
            sym="not_enrolled", role="staff", schemes=[S_STP],
            note="O-for-zero in the sentence, correct code in the table; TD2 named in the sentence first"))

mail("033-geo-minuscules-espace.eml", ("Noémie Pain", "noemie.pain@etu.unicaen.fr"), "cours pas dans mes cours",
     (20, 15, 48),
     "Bonjour\nle cours de géomorphologie gg1 e03 n'est pas dans « mes cours » mais quand je clique sur le lien "
     "que la prof a envoyé j'arrive dedans et je suis bien inscrite. C'est bizarre non ?\n"
     "https://ecampus.unicaen.fr/course/view.php?id=58830\nNoémie, L1 géo",
     g=gold([("GG1-E03", "gg1 e03")], ids=[58830], sym="course_not_on_dashboard", schemes=[S_GEO],
            etapes=["GGL1"], note="lower case, dash typed as space; enrolled but hidden from 'mes cours'"))

mail("034-iae-fc-code-coupe.eml", ("Sandrine Vallée", "sandrine.vallee@orange.fr"), "Accès cours comptabilité",
     (23, 8, 14),
     "Bonjour,\n\nJe suis en reprise d'études (formation continue) en L3 gestion à l'IAE. Je n'ai pas accès au "
     "cours de comptabilité de gestion, le code que j'ai sur mon contrat est IL3GES0 (la fin est illisible "
     "sur le PDF). Je suis dans le groupe FC.\nJe vous écris depuis mon adresse perso car je n'arrive pas "
     "à ouvrir la messagerie étudiante.\n\nNuméro étudiant : 22470019\n\nSandrine Vallée\n06 45 87 12 33",
     g=gold([("IL3GES03", "IL3GES0"), ("IL3GES03FC", "FC")], ["22470019"], sym="not_enrolled",
            schemes=[S_IAE], etapes=["IAL3GE"],
            note="continuing-education student from personal address, code cut, title makes it unique"))

mail("035-meef-liste-ed.eml", ("Françoise Gosselin", "francoise.gosselin@unicaen.fr"),
     "Groupes ED M2 MEEF incohérents", (23, 11, 30),
     "Bonjour,\n\nDans l'espace M2PE-203 (écrit réflexif), les étudiants sont répartis n'importe comment dans les "
     "groupes :\n\n  ED1 : 22 inscrits dans Apogée, 40 sur Ecampus\n  ED2 : 18 dans Apogée, 0 sur Ecampus\n"
     "  ED4 : 20 / 20\n\nOn dirait que l'ED2 a été versé dans l'ED1.\n\nFrançoise Gosselin\nINSPE Normandie "
     "Caen - service de scolarité\nPoste 5567",
     charset="iso-8859-1", cte="quoted-printable",
     g=gold([("M2PE-203", "M2PE-203"), ("M2PE203ED1", "ED1"), ("M2PE203ED2", "ED2"), ("M2PE203ED4", "ED4")],
            sym="wrong_group", role="staff", schemes=[S_MEF], note="plain-text list of ED groups below the code"))

mail("036-dsi-cours-absents.eml", ("Rémi Lebrun", "remi.lebrun@unicaen.fr"), "Espaces non créés (droit L2)",
     (23, 16, 2),
     "Bonjour,\n\nLa scolarité de droit me signale que les espaces des éléments DL2ADM1 et DL2OBL1 n'existent pas "
     "sur Ecampus. Côté REFER je vois bien les deux éléments ouverts, avec leurs groupes de TD, mais "
     "sans charges saisies pour 2026.\nJe vous laisse voir de votre côté.\n\nRémi Lebrun\nDSI - pôle "
     "applications scolarité\n02 31 56 63 00",
     g=gold([("DL2ADM1", "DL2ADM1"), ("DL2OBL1", "DL2OBL1")], sym="course_missing",
            role="staff", schemes=[S_DRT],
            note="DSI staff, two law elements without Ecampus space (no charges)"))

mail("037-but-gea-alternants-s3.eml", ("Aurélie Besnard", "aurelie.besnard@unicaen.fr"),
     "SAE 3.01 : alternants absents", (24, 9, 12),
     "Bonjour,\n\nPour la SAÉ GEA-S301 du semestre 3, aucun étudiant du groupe des alternants de S3 n'est inscrit "
     "dans l'espace Ecampus. Ils sont 26 en BGEA2 cette année.\nLes TD classiques sont complets.\n\n"
     "Aurélie Besnard\nCheffe de département GEA\nIUT Grand Ouest Normandie",
     g=gold([("GEA-S301", "GEA-S301"), ("GEAS3-ALT", "groupe des alternants de S3"), ("BGEA2", "BGEA2")],
            sym="not_enrolled", role="staff", schemes=[S_BUT],
            note="apprentices' group of the semester named in words; étape cited by code"))

mail("038-esix-mobile-g1.eml", ("", "21806654@etu.unicaen.fr"), "Cours automatique", (24, 13, 1),
     "Bonjour je suis en g1 de x1ele2 (automatique) mais je suis pas dans le cours. merci\n\n"
     "Envoyé depuis mon appareil Galaxy",
     g=gold([("X1ELE2-G1", "g1"), ("X1.ELE.2", "x1ele2")], ["21806654"], sym="not_enrolled", schemes=[S_ESX],
            note="mobile, lower case code without dots, group 'g1' before the course"))

mail("039-phy-chiffre-oublie.eml", ("Yanis Ferreira", "yanis.ferreira@etu.unicaen.fr"), "optique ondulatoire",
     (24, 17, 36),
     "Bonjour,\n\nJe n'ai pas accès au cours d'optique ondulatoire (PHY.2.5 je crois) alors que je suis en "
     "double licence physique-chimie 2e année. Les autres cours de physique sont OK.\n\nYanis Ferreira\n"
     "22201984",
     g=gold([("PHY.2.15", "PHY.2.5")], ["22201984"], sym="not_enrolled", schemes=[S_BIO],
            note="digit dropped; title makes it unique; double licence said in words (no single étape)"))

mail("040-bio-enseignant-plusieurs.eml", ("Karim Abdelli", "karim.abdelli@unicaen.fr"),
     "Inscription enseignant immuno + microbio", (25, 8, 44),
     html="""<html><body><p>Bonjour,</p><p>Je n'apparais pas comme enseignant dans les cours suivants alors que je suis planifié dans ADE :</p>
<table border="1"><tr><th>Cours</th><th>Mes groupes</th></tr>
<tr><td>BIO.3.16</td><td>TD1, TD2</td></tr>
<tr><td>BIO.3.17</td><td>TP1</td></tr></table>
<p>Karim Abdelli<br>ATER biologie – UFR des Sciences<br>bureau S2-301 – 02 31 56 55 80</p></body></html>""",
     g=gold([("BIO.3.16", "BIO.3.16"), ("BIO316TD1", "TD1"), ("BIO316TD2", "TD2"), ("BIO.3.17", "BIO.3.17"),
             ("BIO317TP1", "TP1")], sym="teacher_not_enrolled", role="staff", schemes=[S_BIO],
            note="HTML table, several groups per cell"))

mail("041-hss-suspendu.eml", ("Paul Girard", "paul.girard@etu.unicaen.fr"), "Théories du changement social",
     (25, 12, 10),
     "Bonjour,\nje ne suis plus inscrit au cours M1MS03 depuis lundi, tout le groupe a disparu des participants "
     "d'après ma voisine de M1 sociologie. On a un oral la semaine prochaine.\nPaul Girard 21702218",
     g=gold([("M.1.MS03", "M1MS03")], ["21702218"], sym="not_enrolled", schemes=[S_HSS],
            note="FAQ code with dots dropped (suspended element situation)"))

mail("042-lve-espaces.eml", ("Zoé Lemaître", "zoe.lemaitre@etu.unicaen.fr"), "Litterature britannique",
     (25, 16, 27),
     "Bonjour,\nle prof de littérature britannique nous a dit de nous inscrire au cours AN 11 A mais je ne le "
     "vois pas, il faut une clé ?\nZoé", charset="windows-1252", cte="8bit",
     g=gold([("AN-11A", "AN 11 A")], sym="not_enrolled", schemes=[S_LVE],
            note="dash typed as spaces, windows-1252 8bit"))

mail("043-droit-etape-et-element.eml", ("Agnès Vautier", "agnes.vautier@unicaen.fr"), "DRTL1 / DL1CIV2 groupe G3",
     (26, 10, 3),
     "Bonjour,\n\nUn étudiant de DRTL1 (22418870) a changé de groupe de TD en DL1CIV2 : il passe du groupe G3 "
     "au groupe G1 depuis le 20/11 (modification faite dans Apogée). Sur Ecampus il est toujours en G3.\n\n"
     "Agnès Vautier - Scolarité Licence Droit",
     g=gold([("DRTL1", "DRTL1"), ("DL1CIV2", "DL1CIV2"), ("DL1CIV2-G3", "G3"), ("DL1CIV2-G1", "G1")],
            ["22418870"], sym="wrong_group", role="staff", schemes=[S_DRT],
            note="étape code beside element code; groups without their dash"))

mail("044-but-info-r104-cache.eml", ("Nicolas Fouque", "nicolas.fouque@unicaen.fr"),
     "infr104 - étudiants sans accès", (26, 14, 40),
     "Salut,\n\nles étudiants de 1A (S1) ne voient pas mon cours infr104 (intro BD) sur ecampus. J'ai regardé : "
     "le cours est marqué visible mais il est dans une catégorie qui a l'air grisée. Les TP1A et TP1B me "
     "disent qu'ils n'ont rien.\n\nNicolas\nIUT GON - dpt Info - 06 12 78 54 30",
     g=gold([("INF-R104", "infr104"), ("INFS1-TP1A", "TP1A"), ("INFS1-TP1B", "TP1B")],
            sym="students_cannot_see_course", role="staff", schemes=[S_BUT], etapes=["BINF1"],
            note="dash dropped, lower case; S1 groups of the year by short label"))

mail("045-staps-cohorte.eml", ("Damien Vasseur", "damien.vasseur@unicaen.fr"), "Ajouter une cohorte",
     (26, 17, 5),
     "Bonjour,\n\nPuis-je ajouter la cohorte STAPL2 à mon cours STP2-003 (psychologie) ? Il manque une vingtaine "
     "d'étudiants dont les IP ne sont pas encore faites et l'examen est le 3 décembre.\nSi oui, comment "
     "l'enlever après ?\n\nDamien Vasseur\nPRAG STAPS",
     g=gold([("STAPL2", "STAPL2"), ("STP2-003", "STP2-003")], sym="cohort_question", role="staff",
            schemes=[S_STP], note="cohort sync question with étape code"))

mail("046-iae-fwd-cours-inexistant.eml", ("Claire Osmont", "claire.osmont@unicaen.fr"),
     "=?iso-8859-1?q?TR=A0=3A_cours_introuvable?=", (27, 9, 18),
     "Bonjour,\n\nJe transfère la demande de M. Castel.\n\nClaire Osmont - IAE Caen, secrétariat M2 Marketing\n\n"
     "________________________________\nDe : Castel Arnaud <arnaud.castel@gmail.com>\nEnvoyé : jeudi 26 novembre "
     "2026 21:14\nÀ : Osmont Claire\nObjet : cours introuvable\n\nBonsoir,\nJe dois intervenir en M2 sur le "
     "cours im2 mkt 03 (marketing international) à partir du 7/12 mais je ne trouve pas l'espace sur "
     "Ecampus, même en cherchant « marketing international ».\nArnaud Castel\nConsultant – SIRET 812 345 678 00021",
     charset="windows-1252", cte="quoted-printable",
     g=gold([("IM2MKT03", "im2 mkt 03")], sym="course_missing", role="staff", schemes=[S_IAE],
            note="forwarded outsider teacher; code with spaces; SIRET look-alike"))

mail("047-geo-p2.eml", ("Mathis Lebas", "mathis.lebas@etu.unicaen.fr"), "groupe P2 SIG", (27, 14, 55),
     "Bonjour,\nen L2 géo, je suis en P2 pour le cours GG2-E06 (SIG) mais sur Ecampus je suis dans le P1, "
     "du coup le rendu de carte est pas le bon.\nMerci\nMathis Lebas\n22309075",
     g=gold([("GG2E06P2", "P2"), ("GG2-E06", "GG2-E06"), ("GG2E06P1", "P1")], ["22309075"], sym="wrong_group",
            schemes=[S_GEO], etapes=["GGL2"], note="P groups beside the course, group first"))
