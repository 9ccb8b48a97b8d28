# -*- coding: utf-8 -*-
"""The 70 mails of set train-w. codes = [(canonical, as written)]."""
LVE = "LVE LL-ysL (FAQ shape)"
INS = "INSPE yCCnnn (FAQ shape)"
HSM = "HSS master M.yHRPnC (FAQ shape)"
BUT = "IUT BUT DDDyRsnn / DDDy-GRP (invented)"
PAS = "santé PASUEn / PASUEnGnn, LASMSn (invented)"
DRT = "droit DRy.XXXn / DRyXXXnTk (invented)"
SCI = "sciences SVsUnn+TPnX (invented)"
MAS = "master sciences MAyXXXnn (invented)"
DU = "DU DU.XXXnn / DUXXXnnD (invented)"
HIS = "histoire HISsMnn / OA OB (invented)"
IAE = "IAE Ay-XXX-n / AyXXXn-GRP (invented)"
ETP = "étapes BDDDy LDRTy LSVy MAEy ... (invented)"

SIG_IUT = """--
{n}
Secrétariat pédagogique BUT {d}
IUT Grand Ouest Normandie - site de Caen
Bureau B 012 - Tél. 02 31 56 70 {x}
Boulevard Maréchal Juin - 14032 Caen Cedex 5"""
DISC = ("\n\nCe message et ses pièces jointes sont confidentiels et établis à l'attention "
        "exclusive de leurs destinataires. Pensez à l'environnement avant d'imprimer ce message.")
MOB = "\n\nEnvoyé de mon iPhone"
AND = "\n\nEnvoyé depuis mon appareil Galaxy"


def fwd(frm, date, subj, body, to="scolarite.iut@unicaen.fr"):
    return (f"\n\n---------- Message transféré ----------\nDe : {frm}\nDate : {date}\n"
            f"Objet : {subj}\nÀ : {to}\n\n{body}")


def outlook(frm, date, subj, body, to="cemu.assistance@unicaen.fr"):
    return (f"\n\n________________________________\nDe : {frm}\nEnvoyé : {date}\nÀ : {to}\n"
            f"Objet : {subj}\n\n{body}")


def quote(who, date, body):
    return f"\n\nLe {date}, {who} a écrit :\n" + "\n".join("> " + l for l in body.split("\n"))


MAILS = []


def M(**k):
    MAILS.append(k)


# ---------------------------------------------------------------- 001-010
M(slug="staff-but-gea-alternants", frm=("Nathalie Lemarchand", "nathalie.lemarchand@unicaen.fr"),
  subj="Alternants 2e année absents de R3.05",
  body="""Bonjour,

Les alternants de 2e année ne sont pas inscrits dans l'espace Ecampus de la ressource R3.05 (code GEA2R305), alors que les étudiants en formation initiale y sont bien.
Ils sont revenus d'entreprise lundi et ne voient rien. La promo fait 38 alternants.

Exemple : Léa Fouquet, n° 22107854, et Hugo Marie, n° 22104419.

Lien du cours : https://ecampus.unicaen.fr/course/view.php?id=48213

Merci d'avance,
""" + SIG_IUT.format(n="Nathalie Lemarchand", d="GEA", x="12"),
  codes=[("GEA2-ALT", "alternants de 2e année"), ("GEA2R305", "GEA2R305")],
  sn=["22107854", "22104419"], cid=[48213], sym="not_enrolled", role="staff", schemes=[BUT],
  note="GEA secretary: 2nd-year apprentices missing from a BUT resource course")

M(slug="etu-pass-groupe7", frm=("", "23015568@etu.unicaen.fr"),
  subj="pb groupe UE3", kind="plain", cte="8bit",
  body="""bonjour
je suis en PASS et je suis dans le groupe 7 de l'UE 3 (PASUE3G7) mais sur ecampus je suis mis dans le groupe 2 !! du coup je vois pas les QCM de mon groupe
numero etudiant 23015568
merci""",
  codes=[("PASUE3G07", "PASUE3G7")], sn=["23015568"], sym="wrong_group", role="student",
  schemes=[PAS], etp=["PASS1"], note="PASS student put in the wrong UE3 group")

M(slug="etu-lve-es1a-truncated", frm=("Camille Vauquelin", "camille.vauquelin@etu.unicaen.fr"),
  subj="Cours d'espagnol introuvable", cs="iso-8859-1",
  body="""Bonjour,

Je suis en L1 LLCER espagnol et je ne trouve pas le cours ES-1A sur Ecampus (EC1 langue, avec Mme Robine, le mardi 10h salle SA 114). Les autres ES-10B et ES-11A sont bien sur mon tableau de bord.

Mon numéro étudiant : 25003117.

Cordialement,
Camille Vauquelin""",
  codes=[("ES-10A", "ES-1A"), ("ES-10B", "ES-10B"), ("ES-11A", "ES-11A")], sn=["25003117"],
  sym="not_enrolled", role="student", schemes=[LVE], etp=["LLCEE1"],
  note="L1 Spanish student does not see a course cited with a truncated code")

M(slug="staff-pass-ue13-dropped-digit", frm=("Sophie Guérin", "sophie.guerin@unicaen.fr"),
  subj="UE 13 anglais santé - groupes vides",
  body="""Bonjour,

Responsable de l'UE 13 (Anglais santé) du PASS, je constate que dans l'espace de l'UE 13 (code PASUE3 sur la fiche que l'on m'a transmise, mais le cours s'intitule bien « UE13 Anglais santé »), les groupes 1 à 10 sont vides.
Les étudiants sont pourtant tous inscrits (environ 540).

Pour mémoire, l'UE 3 de biologie cellulaire n'a pas ce problème.

Sophie Guérin
MCF - UFR Santé
Tél. 02 31 06 82 41""" + DISC,
  codes=[("PASUE13", "PASUE3")], sym="wrong_group", role="staff", schemes=[PAS],
  note="PASS teacher: UE13 groups empty; code written with a dropped digit that equals UE3's code")

M(slug="staff-sci-tp-subgroups-html", frm=("Marc Delaunay", "marc.delaunay@unicaen.fr"),
  subj="Sous-groupes de TP SV3U12", kind="html",
  html="""<html><body><p>Bonjour,</p>
<p>Les sous-groupes de TP de l'UE SV3U12 (génétique, S3) ne correspondent pas à ce que la scolarité a saisi. Voici les étudiants concernés :</p>
<table border="1" cellpadding="3">
<tr><th>Nom</th><th>N° étudiant</th><th>Groupe attendu</th><th>Groupe Ecampus</th></tr>
<tr><td>BRIARD Tom</td><td>24011873</td><td>SV3U12TP2B</td><td>SV3U12TP1A</td></tr>
<tr><td>NGUYEN Linh</td><td>24016290</td><td>SV3U12TP2B</td><td>aucun</td></tr>
<tr><td>OSMANI Rina</td><td>24009921</td><td>SV3U12TP1B</td><td>SV3U12TP2A</td></tr>
</table>
<p>Les TP ont lieu en salle S3-045 le jeudi (16 places par sous-groupe).</p>
<p>Marc Delaunay<br>UFR des Sciences - Département de biologie<br>02 31 56 55 08</p>
</body></html>""",
  codes=[("SV3U12", "SV3U12"), ("SV3U12TP2B", "SV3U12TP2B"), ("SV3U12TP1A", "SV3U12TP1A"),
         ("SV3U12TP1B", "SV3U12TP1B"), ("SV3U12TP2A", "SV3U12TP2A")],
  sn=["24011873", "24016290", "24009921"], sym="wrong_group", role="staff", schemes=[SCI],
  note="HTML table of students in wrong TP sub-groups")

M(slug="etu-sci-tp2-truncated-collision", frm=("", "24011873@etu.unicaen.fr"),
  subj="mauvais sous groupe de TP",
  body="""Bonjour,
Sur mon contrat pedagogique c'est marqué SV3U12TP2 (la fin est coupée je crois) : en genetique je suis en TP2 sous-groupe B, le jeudi aprem, mais sur ecampus on me met ailleurs.
Tom Briard""" + MOB,
  codes=[("SV3U12TP2B", "SV3U12TP2")], sn=["24011873"], sym="wrong_group", role="student",
  schemes=[SCI], note="student: TP sub-group written truncated (= the TP2 parent group code); context says 2B")

M(slug="staff-droit-ead-groupe", frm=("Isabelle Hamon", "isabelle.hamon@unicaen.fr"),
  subj="Étudiants à distance de droit civil", cs="windows-1252",
  body="""Bonjour,

Plusieurs étudiants à distance de Droit civil 1 en L2 (DR2.CIV1) sont affectés dans le TD 3 présentiel au lieu du groupe à distance de ce cours.
Ils ont bien une IA en télé-enseignement. Exemples : 23008812, 23011457, 22990034.

Pouvez-vous regarder ? Le groupe du TD3 fait déjà 45 étudiants pour la salle D 210…

Isabelle Hamon
Scolarité Droit - Bureau 118
02 31 56 51 37""",
  codes=[("DR2.CIV1", "DR2.CIV1"), ("DR2CIV1T3", "TD 3"), ("DR2CIV1EAD", "groupe à distance de ce cours"),
         ],
  sn=["23008812", "23011457", "22990034"], sym="wrong_group", role="staff", schemes=[DRT],
  note="droit scolarité: distance students in a presential TD group")

M(slug="etu-droit-l2-td3", frm=("Yanis Belkacem", "yanis.belkacem@etu.unicaen.fr"),
  subj="je ne vois pas mon cours",
  body="""Bonjour
je suis en L2 droit et je vois pas le cours de droit admin (dr2adm1) dans mes cours, alors que mon TD 2 a commencé lundi.
n° 23004561
Merci de votre aide
Yanis""",
  codes=[("DR2.ADM1", "dr2adm1"), ("DR2ADM1T2", "TD 2")], sn=["23004561"], sym="not_enrolled",
  role="student", schemes=[DRT], etp=["LDRT2"], note="L2 law student, lower-case code without dot, TD named in words")

M(slug="staff-iae-alt-int", frm=("Pierre-Yves Lecoq", "pierre-yves.lecoq@unicaen.fr"),
  subj="Marketing 3 - groupes alternants / internationaux",
  body="""Bonjour,

Dans l'espace de A1-MKT3 (Marketing digital, M1 MAE), le groupe des alternants contient aussi les étudiants du groupe international, et inversement.
Je ne peux pas ouvrir les devoirs par groupe (remise le 14/10 à 23h59).

Pouvez-vous corriger ou me dire qui doit le faire ?

PY Lecoq
IAE Caen - 3 rue Claude Bloch - 14000 Caen
Tél : 02 31 56 65 00 - Poste 6521""",
  codes=[("A1-MKT-3", "A1-MKT3"), ("A1MKT3-ALT", "groupe des alternants"), ("A1MKT3-INT", "groupe international")],
  sym="wrong_group", role="staff", schemes=[IAE], note="IAE teacher: apprentices and international groups mixed")

M(slug="etu-erasmus-en-mas", frm=("Lukas Brandt", "lukas.brandt@etu.unicaen.fr"),
  subj="Cannot access course - Erasmus student",
  body="""Hello,

I am an Erasmus student from Leipzig (first semester) in Master 1 Biology. My learning agreement says group MA1BIO07G1, which is the international group of MA1BIO07 (taught in English), but I cannot see this course on Ecampus. I can see MA1BIO02.

My student number is 26100442.

Thank you very much,
Lukas""",
  codes=[("MA1BIO07GI", "MA1BIO07G1"), ("MA1BIO07", "MA1BIO07"), ("MA1BIO02", "MA1BIO02")],
  sn=["26100442"], sym="not_enrolled", role="student", lang="en", schemes=[MAS], etp=["MBIO1"],
  note="incoming Erasmus student in M1 biology missing from an English-taught course")

# ---------------------------------------------------------------- 011-030
M(slug="staff-inspe-teacher", frm=("Anne Le Bris", "anne.lebris@unicaen.fr"),
  subj="Pas inscrite comme enseignante 1CA153",
  body="""Bonjour,
J'assure l'Analyse du contexte (1CA153) pour le groupe 2 du M1 MEEF 1er degré site de Caen, planifiée dans ADE, mais je ne suis pas enseignante dans l'espace.
Anne Le Bris - INSPE Normandie Caen - 186 rue de la Délivrande 14000 Caen - 02 31 56 60 80""",
  codes=[("1CA153", "1CA153"), ("1CA153G2", "groupe 2")], sym="teacher_not_enrolled", role="staff",
  schemes=[INS], note="INSPE teacher not enrolled as teacher")

M(slug="etu-inspe-distance-O0", frm=("", "25017730@etu.unicaen.fr"),
  subj="inscription groupe distance",
  body="""Bonjour je suis en M1 MEEF 1er degré à distance, je n'apparais pas dans le groupe à distance du cours 1CA15O (il y a un O au lieu du zéro sur mon emploi du temps ADE, je pense que c'est 1CA150). Merci""",
  codes=[("1CA150EAD", "groupe à distance du cours"), ("1CA150", "1CA15O")],
  sn=["25017730"], sym="wrong_group", role="student", schemes=[INS], etp=["M1MEF1"],
  note="distance MEEF student not in the distance group; code with O for 0")

M(slug="staff-hss-porte", frm=("Thierry Vautier", "thierry.vautier@unicaen.fr"),
  subj="Cours 2HR5C disparu",
  body="""Bonjour,
Mon cours 2HR5C a disparu d'Ecampus. On me dit qu'il est désormais porté par M1HRP9C. Les étudiants du groupe EM (M.1HRP9CEM) ne sont pas dans l'espace du porteur.
T. Vautier, UFR HSS, bureau MRSH 241""",
  codes=[("2HR5C", "2HR5C"), ("M.1HRP9C", "M1HRP9C"), ("M.1HRP9CEM", "M.1HRP9CEM")],
  sym="course_moved_renamed", role="staff", schemes=[HSM], note="porteur/porté: porté course vanished")

M(slug="etu-but-inf-lower-dash", frm=("Enzo Picard", "enzo.picard@etu.unicaen.fr"),
  subj="cours r2.01 pas dans mes cours",
  body="""salut, je suis en BUT info 1ere année, le cours inf1-r201 (R2.01 dev objets) n'est pas dans mes cours. Les autres oui. 24020115""",
  codes=[("INF1R201", "inf1-r201")], sn=["24020115"], sym="not_enrolled", role="student",
  schemes=[BUT], etp=["BINF1"], note="BUT info student, code lower case with added dash")

M(slug="staff-but-tc-alt3-table", frm=("Gwenaëlle Morin", "gwenaelle.morin@unicaen.fr"),
  subj="TC - alternants 3e année", kind="html",
  html="""<html><body><p>Bonjour,</p><p>Les alternants de 3e année de TC ne voient pas ces cours :</p>
<table border="1"><tr><th>Code</th><th>Intitulé</th><th>Id Ecampus</th></tr>
<tr><td>TC3R501</td><td>R5.01 Fondamentaux</td><td>50112</td></tr>
<tr><td>TC3R5O2</td><td>R5.02 Comptabilité</td><td>50113</td></tr>
<tr><td>TC3S501</td><td>SAÉ 5.01</td><td>50130</td></tr></table>
<p>Exemple : Manon Leroy 22006671 (INE 0A2B3C4D5E6).</p>
<p>G. Morin<br>Secrétariat BUT TC - IUT Lisieux - 11 bd Jules Ferry 14100 Lisieux - 02 31 48 72 00</p></body></html>""",
  codes=[("TC3-ALT", "alternants de 3e année"), ("TC3R501", "TC3R501"), ("TC3R502", "TC3R5O2"), ("TC3S501", "TC3S501")],
  sn=["22006671"], cid=[50112, 50113, 50130], sym="not_enrolled", role="staff", schemes=[BUT], etp=["BTC3"],
  note="TC apprentices (3rd year) missing from three courses; one code with O for 0")

M(slug="autoreply-absence", frm=("Jean-Marc Duval", "jean-marc.duval@unicaen.fr"),
  subj="Réponse automatique : Re: [CEMU #412877] DR1.CON1", hdr={"Auto-Submitted": "auto-replied"},
  body="""Je suis absent du 12 au 23 octobre inclus. Pour toute question urgente concernant la L1 droit, contactez la scolarité au 02 31 56 51 00.
Cordialement, JM Duval""",
  codes=[("DR1.CON1", "DR1.CON1")], sym="other", role="unknown", auto=True, schemes=[DRT],
  note="out-of-office reply quoting a law course code in subject")

M(slug="etu-las-mineure", frm=("Chloé Renard", "chloe.renard@etu.unicaen.fr"),
  subj="LAS mineure santé",
  body="""Bonjour,
Je suis en LAS 1 psycho et je n'ai pas accès au cours de la mineure santé 2 (LASMS2), groupe 3. Ma copine en LAS sciences de la vie l'a.
Numéro : 25009983
Merci""",
  codes=[("LASMS2", "LASMS2"), ("LASMS2G03", "groupe 3")], sn=["25009983"], sym="not_enrolled",
  role="student", schemes=[PAS], etp=["LAS1PS"], note="LAS psychology student missing minor course")

M(slug="staff-his-options", frm=("Hélène Marguerite", "helene.marguerite@unicaen.fr"),
  subj="Options L2 histoire",
  body="""Bonjour,
Dans le module HIS3M02, les groupes d'option (HIS3M02OA et HIS3M02-OB) ont été inversés : les étudiants ayant choisi l'option médiévale sont dans l'option B.
Merci de voir avec la scolarité ou de me dire comment faire.
Hélène Marguerite, MCF histoire - bureau SA 207 - poste 5684""",
  codes=[("HIS3M02", "HIS3M02"), ("HIS3M02OA", "HIS3M02OA"), ("HIS3M02OB", "HIS3M02-OB")],
  sym="wrong_group", role="staff", schemes=[HIS], note="history option groups swapped, one code with dash added")

M(slug="etu-his-0-for-O", frm=("", "24007712@etu.unicaen.fr"),
  subj="groupe option",
  body="""bjr je suis dans l'option A de HIS3M02 (code groupe HIS3M020A d'apres mon contrat) mais sur ecampus je suis dans aucun groupe""",
  codes=[("HIS3M02", "HIS3M02"), ("HIS3M02OA", "HIS3M020A")], sn=["24007712"], sym="wrong_group",
  role="student", schemes=[HIS], note="history student in no group; group code written with 0 for O")

M(slug="staff-du-distance-fwd", frm=("Valérie Bisson", "valerie.bisson@unicaen.fr"),
  subj="TR: DU CGE - accès cours",
  body="""Bonjour, je vous transfère la demande d'une stagiaire du DU Capacité de Gestion des Entreprises (FOAD).
Valérie Bisson - Service Formation Continue - 02 31 56 62 28""" + fwd(
      "Martine Gosselin <martine.gosselin@orange.fr>", "lun. 5 oct. 2026 à 21:14", "accès",
      """Bonjour, je suis inscrite en formation continue au DU CGE à distance, je ne vois pas le module 4 (DUCGE04) ni le 5. Mon numéro étudiant est 26200871.
Martine Gosselin""", to="formation.continue@unicaen.fr"),
  codes=[("DU.CGE04", "DUCGE04")], sn=["26200871"], sym="not_enrolled", role="staff", schemes=[DU],
  etp=["DUCGE"], note="continuing-ed forwards a distance DU learner missing modules")

M(slug="staff-mas-inf-teachers", frm=("Olivier Tessier", "olivier.tessier@unicaen.fr"),
  subj="Trop d'enseignants dans MA2INF04",
  body="""Bonjour,
Il y a 23 enseignants inscrits dans ma2inf04 (Cloud, M2 informatique), dont la moitié ne fait pas le cours. Idem dans MA2INF05.
O. Tessier - Dépt Informatique - Campus 2, bâtiment Sciences 3, bureau S3-112""",
  codes=[("MA2INF04", "ma2inf04"), ("MA2INF05", "MA2INF05")], sym="too_many_teachers", role="staff",
  schemes=[MAS], note="too many teachers in two master courses")

M(slug="etu-but-gea-dashboard", frm=("Inès Lefort", "ines.lefort@etu.unicaen.fr"),
  subj="Cours qui a disparu de mon tableau de bord",
  body="""Bonjour,
Je suis alternante en BUT GEA 2e année. Le cours GEA2R4O3 n'apparait plus sur mon tableau de bord alors que je le vois quand je cherche le cours et que j'y suis inscrite.
Inès""",
  codes=[("GEA2R403", "GEA2R4O3")], sym="course_not_on_dashboard", role="student", schemes=[BUT],
  etp=["BGEA2"], note="GEA apprentice: enrolled course not on dashboard, O for 0")

M(slug="staff-gea-unknown-r309", frm=("Nathalie Lemarchand", "nathalie.lemarchand@unicaen.fr"),
  subj="Cours GEA2R309 inexistant", reply=True,
  body="""Bonjour,
Un enseignant me demande le cours GEA2R309 mais il n'existe pas sur Ecampus. Je ne le trouve pas non plus dans la maquette : les ressources de S3 vont jusqu'à R3.08 (GEA2R308). Il a peut-être confondu avec une ancienne maquette.
N. Lemarchand""" + quote("Nathalie Lemarchand", "29 sept. 2026 à 10:02", "Les alternants de 2e année ne sont pas inscrits dans GEA2R305."),
  codes=[("GEA2R309", "GEA2R309"), ("GEA2R308", "GEA2R308"), ("GEA2-ALT", "alternants de 2e année"), ("GEA2R305", "GEA2R305")],
  sym="course_missing", role="staff", schemes=[BUT], note="unknown code one char from a real resource")

M(slug="etu-erasmus-en-lve", frm=("Giulia Rossi", "giulia.rossi@etu.unicaen.fr"),
  subj="Spanish course - wrong group",
  body="""Dear CEMU,
I'm an Erasmus student (Bologna). In Spanish ES-20B I am in the distance learning group but I attend classes on campus, in TD1 (Tuesday 2pm, room SA 021).
Student number 26100519.
Best regards, Giulia Rossi""",
  codes=[("ES-20B", "ES-20B"), ("ES20B-EAD", "distance learning group"), ("ES20B-TD1", "TD1")],
  sn=["26100519"], sym="wrong_group", role="student", lang="en", schemes=[LVE],
  note="Erasmus student wrongly in the distance group of a Spanish course")

M(slug="staff-scol-sci-cohort", frm=("Karine Olivier", "karine.olivier@unicaen.fr"),
  subj="Synchronisation de cohorte L2 SV ?",
  body="""Bonjour,
Pour l'espace complémentaire de la L2 Sciences de la Vie (stages), peut-on synchroniser la cohorte de l'étape LSV2 ? Les IP ne sont pas encore faites pour tout le monde (promo de 210).
Karine Olivier - Scolarité UFR des Sciences - 02 31 56 73 90""",
  codes=[("LSV2", "LSV2")], sym="cohort_question", role="staff", schemes=[ETP],
  note="scolarité asks about cohort sync for an étape (cited by code and in words)")

M(slug="etu-cas", frm=("", "25012244@etu.unicaen.fr"),
  subj="ecampus marche pas",
  body="""Bonjour quand je me connecte ça me met Connexion réussie mais que CAS ne connaît pas ma destination finale. Je suis en L1 PC. J'ai Windows 11 et Chrome 129.""",
  sn=["25012244"], sym="cas_unknown_destination", role="student", etp=["LPC1"],
  note="CAS unknown destination, étape in words")

M(slug="staff-drt-unknown-civ3", frm=("Laurent Bazin", "laurent.bazin@unicaen.fr"),
  subj="Espace DR2.CIV3 ?",
  body="""Bonjour,
Mes collègues parlent d'un espace DR2.CIV3 pour les L2, mais je ne le trouve pas. Il n'y a que DR2.CIV1 et DR2.CIV2 dans la maquette 2026. Est-ce un ancien code archivé ?
L. Bazin, PR droit privé""",
  codes=[("DR2.CIV3", "DR2.CIV3"), ("DR2.CIV1", "DR2.CIV1"), ("DR2.CIV2", "DR2.CIV2")],
  sym="course_missing", role="staff", schemes=[DRT], note="unknown law code next to two real ones")

M(slug="etu-pass-all-caps", frm=("", "23019901@etu.unicaen.fr"),
  subj="URGENT QCM UE5",
  body="""BONJOUR JE SUIS DANS LE GROUPE 4 DE L'UE 5 ET JE NE PEUX PAS FAIRE LE QCM DE BIOSTAT, ON ME DIT QUE JE SUIS PAS INSCRIT. C'EST POUR DEMAIN 8H !!!!
23019901""",
  codes=[("PASUE5G04", "GROUPE 4 DE L'UE 5")], sn=["23019901"], sym="not_enrolled", role="student",
  schemes=[PAS], note="PASS student, all caps, group by number beside the UE")

M(slug="staff-mas-chi-int", frm=("Rachid Benali", "rachid.benali@unicaen.fr"),
  subj="International group MA1CHI03",
  body="""Hello,
Sorry for writing in English. In MA1CHI03 the international group (English-track students, 9 of them) is empty on Ecampus although the scolarité assigned them last week.
Kind regards,
Rachid Benali, Lab CERMN, +33 2 31 56 68 10""",
  codes=[("MA1CHI03", "MA1CHI03"), ("MA1CHI03GI", "international group")], sym="wrong_group", role="staff",
  lang="en", schemes=[MAS], note="teacher writing in English: international group empty")

M(slug="staff-lve-lowercase-list", frm=("Florence Adam", "florence.adam@unicaen.fr"),
  subj="Cours anglais L2 cachés ?",
  body="""Bonjour,
Mes étudiants de L2 LLCER anglais ne voient pas an-20a ni AN-21B. J'ai vérifié : les cours sont visibles (Paramètres > Visibilité : Afficher).
Florence Adam""",
  codes=[("AN-20A", "an-20a"), ("AN-21B", "AN-21B")], sym="students_cannot_see_course", role="staff",
  schemes=[LVE], etp=["LLCEA2"], note="teacher: students cannot see two English courses, one lower case")

# ---------------------------------------------------------------- 031-050
M(slug="staff-iae-alt-dash-dropped", frm=("Sandrine Fleury", "sandrine.fleury@unicaen.fr"),
  subj="Alternants M2 Finance", kind="alt",
  body="""Bonjour,

Les alternants de A2FIN2 (Finance 2, M2 MAE) n'ont plus accès au cours depuis le 2 novembre. Ils sont en entreprise jusqu'au 20/11 et doivent rendre un dossier.
Exemples : 21005519, 21007780.

Sandrine Fleury
Gestionnaire de scolarité M2 - IAE Caen
Tél. 02 31 56 65 14""",
  codes=[("A2FIN2-ALT", "alternants"), ("A2-FIN-2", "A2FIN2")],
  sn=["21005519", "21007780"], sym="not_enrolled", role="staff", schemes=[IAE],
  note="IAE secretary: apprentices lost access; element code with both dashes dropped")

M(slug="etu-sci-pc-td", frm=("Mathis Gaillard", "mathis.gaillard@etu.unicaen.fr"),
  subj="Mauvais TD physique",
  body="""Bonjour,
En PC5U04 je suis en TD2 sur l'ENT mais ecampus me met dans le TD 1.
Mathis, L3 physique-chimie, 22013306""",
  codes=[("PC5U04", "PC5U04"), ("PC5U04TD2", "TD2"), ("PC5U04TD1", "TD 1")], sn=["22013306"],
  sym="wrong_group", role="student", schemes=[SCI], etp=["LPC3"], note="L3 PC student in wrong TD")

M(slug="staff-but-gii-ade", frm=("Franck Lebas", "franck.lebas@unicaen.fr"),
  subj="Enseignant non inscrit GII2R3O4",
  body="""Bonjour,
Je fais les TP de R3.04 (GII2R3O4) aux TP1A et TP1B de 2e année GEII, planifiés dans ADE depuis septembre, mais je ne suis pas enseignant dans le cours. Salle 1.12, bâtiment B.
F. Lebas, PRAG GEII, IUT Caen, 02 31 56 71 22""",
  codes=[("GII2R304", "GII2R3O4"), ("GII2-TP1A", "TP1A"), ("GII2-TP1B", "TP1B")],
  sym="teacher_not_enrolled", role="staff", schemes=[BUT], note="GEII teacher not enrolled; O for 0")

M(slug="etu-droit-glued", frm=("", "23022210@etu.unicaen.fr"),
  subj="Re: cours penal",
  body="""Bonjour, toujours pas accès au coursDR3.PEN1 (droit pénal, L3). merci de me répondre svp.""" + quote(
      "moi", "12 oct. 2026 à 18:40", "Bonjour, je n'ai pas accès au cours de droit pénal.\nnuméro 23022210"),
  reply=True, codes=[("DR3.PEN1", "DR3.PEN1")], sn=["23022210"], sym="not_enrolled", role="student",
  schemes=[DRT], note="reminder, code glued to the preceding word")

M(slug="staff-pass-groups-list", frm=("Delphine Lair", "delphine.lair@unicaen.fr"),
  subj="Groupes PASS UE 1 et UE 6",
  body="""Bonjour,
Suite à la répartition du 21/09 :
- le groupe 3 de l'UE 1 (PASUE1G03) est vide sur Ecampus ;
- PASUE6G1O est introuvable ;
- PASUE6G10 doublonne avec le groupe 9.
Merci,
D. Lair, Scolarité PASS, pôle santé, 2 rue des Rochambelles 14032 Caen""",
  codes=[("PASUE1G03", "PASUE1G03"), ("PASUE6G10", "PASUE6G1O"), ("PASUE6G09", "groupe 9")],
  sym="wrong_group", role="staff", schemes=[PAS],
  note="PASS scolarité list of group problems; one group with O for 0 then correct")

M(slug="spam-office", frm=("Microsoft Office 365", "no-reply@secure-0ffice365-verify.com"),
  subj="Votre boîte mail sera désactivée", kind="html",
  html="""<html><body><p>Cher utilisateur,</p><p>Votre quota de 50 Go Office 365 est atteint. Validez votre compte sous 24h : <a href="http://0ffice365-verify.com/login">cliquez ici</a>.</p><p>Ref : MS-2026-A17B</p></body></html>""",
  sym="other", role="unknown", note="phishing spam")

M(slug="staff-his-ead-fwd", frm=("Patricia Mesnil", "patricia.mesnil@unicaen.fr"),
  subj="TR: accès cours à distance histoire",
  body="""Bonjour, pour information et traitement. P. Mesnil, scolarité HSS""" + outlook(
      "Julien Roussel <julien.roussel@etu.unicaen.fr>", "mardi 6 octobre 2026 09:12", "cours histoire",
      """Bonjour, je suis en L1 histoire à distance et je ne suis pas dans le groupe EAD de HIS1M03 ni de HIS1M04. Mon numéro 25030402.""",
      to="scolarite.hss@unicaen.fr"),
  codes=[("HIS1M03EAD", "groupe EAD de HIS1M03"), ("HIS1M03", "HIS1M03"), ("HIS1M04", "HIS1M04")],
  sn=["25030402"], sym="wrong_group", role="staff", schemes=[HIS], etp=["LHIS1"],
  note="forwarded distance student in no EAD group; étape said in quoted mail")

M(slug="etu-du-fle-en", frm=("Maria Kowalska", "maria.kowalska@gmail.com"),
  subj="Login problem",
  body="""Hi, I registered for the DU French as a foreign language (DU FLE) but I cannot log in to Ecampus, the password from my account activation does not work. INE 1234567890K.
Maria""",
  sym="cannot_login", role="student", lang="en", etp=["DUFLE"], note="DU FLE learner cannot log in (INE look-alike)")

M(slug="staff-dsi-database", frm=("Bruno Catherine", "bruno.catherine@unicaen.fr"),
  subj="Erreur de lecture de la base de données",
  body="""Bonjour,
Plusieurs collègues de l'UFR des Sciences signalent « Erreur de lecture de la base de données » en ouvrant SV1UO3 et SV1U04 ce matin vers 9h15 (Moodle 4.1.9, Firefox 131).
B. Catherine - DSI, pôle applications - 02 31 56 50 50""",
  codes=[("SV1U03", "SV1UO3"), ("SV1U04", "SV1U04")], sym="database_error", role="staff", schemes=[SCI],
  note="DSI reports database read error on two courses")

M(slug="etu-but-inf-alt-unknown", frm=("Kevin Jouen", "kevin.jouen@etu.unicaen.fr"),
  subj="groupe alternants",
  body="""Bonjour, mon contrat pédagogique indique le groupe INF2-ALT2 mais sur ecampus il n'y a que INF2-ALT. Je suis alternant en BUT informatique 2e année. 23007008""",
  codes=[("INF2-ALT2", "INF2-ALT2"), ("INF2-ALT", "INF2-ALT")], sn=["23007008"], sym="wrong_group",
  role="student", schemes=[BUT], etp=["BINF2"], note="student cites a non-existent group code next to the real one")

M(slug="staff-mas-bio-etapes", frm=("Claire Vasseur", "claire.vasseur@unicaen.fr"),
  subj="Étudiants M2 Biologie absents de MA2BIO01",
  body="""Bonjour,
Mes étudiants de M2 biologie ne sont pas dans MA2BI001 (groupe 1), sauf 3 redoublants. Salle de TP S2-202, 18 étudiants.
Claire Vasseur""",
  codes=[("MA2BIO01", "MA2BI001"), ("MA2BIO01G1", "groupe 1")], sym="not_enrolled", role="staff",
  schemes=[MAS], etp=["MBIO2"], note="M2 biology students missing")

M(slug="etu-lve-it-dot", frm=("Lorenzo Piras", "lorenzo.piras@etu.unicaen.fr"),
  subj="Italien TD",
  body="""Hello, I'm an exchange student. In IT.10A (Italian) I'm in TD2 but I should be in TD1 like my learning agreement says. Number 26100733. Thanks!""",
  codes=[("IT-10A", "IT.10A"), ("IT10A-TD2", "TD2"), ("IT10A-TD1", "TD1")], sn=["26100733"],
  sym="wrong_group", role="student", lang="en", schemes=[LVE], note="exchange student, dash written as dot")

M(slug="staff-inspe-table-al", frm=("Rémi Onfray", "remi.onfray@unicaen.fr"),
  subj="MEEF Alençon - inscriptions", kind="html", cs="iso-8859-1",
  html="""<html><body><p>Bonjour,</p><p>Les M1 MEEF 2nd degré du site d'Alençon ne sont pas inscrits dans :</p>
<table border="1"><tr><td>1AL152</td><td>Groupe 1</td><td>12 étudiants</td></tr>
<tr><td>1AL155</td><td>Groupe 3</td><td>11 étudiants</td></tr></table>
<p>Ex. 25040018, 25040231.</p><p>R. Onfray - INSPE site d'Alençon - 61000 Alençon - 02 33 80 65 00</p></body></html>""",
  codes=[("1AL152", "1AL152"), ("1AL152G1", "Groupe 1"), ("1AL155", "1AL155"), ("1AL155G3", "Groupe 3")],
  sn=["25040018", "25040231"], sym="not_enrolled", role="staff", schemes=[INS], etp=["M1MEF2"],
  note="INSPE table: students missing from two courses with their groups")

M(slug="staff-wrong-name", frm=("Élodie Vimont", "elodie.vimont@unicaen.fr"),
  subj="Nom mal écrit sur Ecampus",
  body="""Bonjour, une étudiante de LAS 2e année sciences de la vie, Noémie Lefèvre-Dubois (24033389), me signale que sur Ecampus son prénom est écrit Noemie et son nom est coupé. La correction a été faite dans Apogée le 05/10.
Élodie Vimont, scolarité UFR Sciences, bureau S1-017""",
  sn=["24033389"], sym="wrong_name", role="staff", etp=["LAS2SV"], note="student: name wrong")

M(slug="staff-gea-tp-sub", frm=("Olivier Quesnel", "olivier.quesnel@unicaen.fr"),
  subj="Sous-groupes TP GEA 1re année",
  body="""Bonjour,
En GEA1-R103 (R1.03), tous les étudiants du TP2 sont dans le sous-groupe TP2A ; le sous-groupe B (GEA1-TP2B) est vide. Le TP1 est correct.
O. Quesnel, IUT Caen, bureau A 208, 02 31 56 70 45""",
  codes=[("GEA1R103", "GEA1-R103"), ("GEA1-TP2A", "TP2A"), ("GEA1-TP2B", "GEA1-TP2B")],
  sym="wrong_group", role="staff", schemes=[BUT], note="BUT GEA TP sub-groups unbalanced")

M(slug="etu-sci-unknown-sv7", frm=("Baptiste Hue", "baptiste.hue@etu.unicaen.fr"),
  subj="cours SV7U02",
  body="""Bonjour je cherche le cours SV7U02 indiqué sur ADE (mardi 8h amphi Pierre Daure), impossible de le trouver sur ecampus. Merci. 22015540""",
  codes=[("SV7U02", "SV7U02")], sn=["22015540"], sym="course_missing", role="student", schemes=[SCI],
  note="student cites an unknown code (no semester 7 in licence)")

M(slug="staff-du-num-distance", frm=("Aurélie Poulain", "aurelie.poulain@unicaen.fr"),
  subj="DU Numérique - groupe présentiel / distance", kind="alt",
  body="""Bonjour,

Dans DU.NUM02, les stagiaires inscrits à distance sont dans le groupe présentiel DUNUM02P au lieu du groupe FOAD. Dans DU.NUM3 c'est correct.

Aurélie Poulain
Responsable pédagogique DU Numérique et Éducation
CEMU - 02 31 56 64 88""",
  codes=[("DU.NUM02", "DU.NUM02"), ("DUNUM02P", "DUNUM02P"), ("DUNUM02D", "groupe FOAD"), ("DU.NUM03", "DU.NUM3")],
  sym="wrong_group", role="staff", schemes=[DU], note="DU distance learners in presential group")

M(slug="etu-thanks", frm=("Chloé Renard", "chloe.renard@etu.unicaen.fr"),
  subj="Re: LAS mineure santé", reply=True,
  body="""Merci beaucoup c'est réglé, je vois le cours !""" + quote("CEMU Assistance", "8 oct. 2026 à 11:02",
      "Bonjour, votre inscription pédagogique au LASMS2 a été complétée par la scolarité."),
  codes=[("LASMS2", "LASMS2")], sym="other", role="student", schemes=[PAS], note="thanks, solved")

M(slug="staff-iae-int-rhu", frm=("Emma Caillaud", "emma.caillaud@unicaen.fr"),
  subj="groupe international A1-RHU-2",
  body="""Dear colleagues,
The international group of A1-RHU-2 (HR management, taught in English) shows 0 participants; the 14 incoming students were assigned in APOGÉE on 25/09.
Best, Emma Caillaud, IAE Caen, office 3.14""",
  codes=[("A1RHU2-INT", "international group"), ("A1-RHU-2", "A1-RHU-2")], sym="wrong_group", role="staff",
  lang="en", schemes=[IAE], note="IAE teacher in English: international group empty")

M(slug="etu-pass-ue14-unknown", frm=("", "23024455@etu.unicaen.fr"),
  subj="UE 14 ?",
  body="""Bonjour, on nous a parlé d'un cours PASUE14 pour la spécialité kiné mais je le trouve pas. Il existe ? Je suis en PASS, groupe 2 de l'UE 11.""",
  codes=[("PASUE14", "PASUE14"), ("PASUE11G02", "groupe 2 de l'UE 11")], sn=["23024455"], sym="course_missing",
  role="student", schemes=[PAS], etp=["PASS1"], note="PASS student asks for a non-existent UE code")

# ---------------------------------------------------------------- 051-070
M(slug="bounce-mailer-daemon", frm=("Mail Delivery System", "MAILER-DAEMON@unicaen.fr"),
  subj="Undelivered Mail Returned to Sender", hdr={"Auto-Submitted": "auto-generated"},
  body="""This is the mail system at host smtp.unicaen.fr.

I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

<thomas.lemaitre@etu.unicaen.fr>: host mx.unicaen.fr said: 550 5.1.1 User unknown

--- Original message ---
Subject: [CEMU #413502] Votre demande concernant SV5U07
""",
  codes=[("SV5U07", "SV5U07")], sym="other", role="unknown", auto=True, lang="en", schemes=[SCI],
  note="bounce of a CEMU reply mentioning a course code")

M(slug="staff-dir-etudes-but-info", frm=("Stéphane Hébert", "stephane.hebert@unicaen.fr"),
  subj="BUT Info - alternants 2e et 3e année", kind="alt",
  body="""Bonjour,

Directeur des études du BUT Informatique, je vous signale que :
1. les alternants de 2e année ne sont inscrits dans aucune des ressources du S3 (ex. INF2R301, INF2R32) ;
2. les alternants de 3e année (INF3-ALT) sont bien inscrits, mais dans le groupe INF3-TD1 en plus.

La rentrée des alternants était le 7 septembre. Réunion pédagogique jeudi 15/10 à 14h, salle B 104.

Stéphane Hébert
Directeur des études BUT Informatique
IUT Grand Ouest Normandie - 02 31 56 70 80""",
  codes=[("INF2-ALT", "alternants de 2e année"), ("INF2R301", "INF2R301"), ("INF2R302", "INF2R32"),
         ("INF3-ALT", "INF3-ALT"), ("INF3-TD1", "INF3-TD1")],
  sym="not_enrolled", role="staff", schemes=[BUT], etp=["BINF2", "BINF3"], note="director of studies: apprentices of two years")

M(slug="staff-sci-dropped-digit", frm=("Arnaud Pesquet", "arnaud.pesquet@unicaen.fr"),
  subj="étudiant pas inscrit",
  body="""Bonjour, un de mes étudiants de L2 SV (24018832) n'est pas inscrit dans SV3U1 (biochimie, TD le mercredi 13h30) alors qu'il est bien dans SV3U02.
A. Pesquet""" + MOB,
  codes=[("SV3U01", "SV3U1"), ("SV3U02", "SV3U02")], sn=["24018832"], sym="not_enrolled", role="staff",
  schemes=[SCI], etp=["LSV2"], note="student drops the zero of a sciences code")

M(slug="staff-drt-tableau-td", frm=("Mélanie Cardon", "melanie.cardon@unicaen.fr"),
  subj="Affectation TD droit des obligations", kind="html", cs="windows-1252",
  html="""<html><body><p>Bonjour,</p><p>Voici les erreurs relevées dans DR2.OBL1 :</p>
<table border="1" style="border-collapse:collapse"><tr><th>Étudiant</th><th>N°</th><th>TD Apogée</th><th>TD Ecampus</th></tr>
<tr><td>Leclerc Emma</td><td>23002291</td><td>DR2OBL1T4</td><td>DR2OBL1T5</td></tr>
<tr><td>Haddad Sami</td><td>23006617</td><td>DR2OBL1T4</td><td>—</td></tr>
<tr><td>Perrin Alix</td><td>23001150</td><td>dr2obl1t6</td><td>DR2OBL1T1</td></tr></table>
<p>Mélanie Cardon<br>Scolarité Licence Droit - bureau 120 - 02 31 56 51 42<br>Esplanade de la Paix 14032 Caen Cedex 5</p></body></html>""",
  codes=[("DR2.OBL1", "DR2.OBL1"), ("DR2OBL1T4", "DR2OBL1T4"), ("DR2OBL1T5", "DR2OBL1T5"),
         ("DR2OBL1T6", "dr2obl1t6"), ("DR2OBL1T1", "DR2OBL1T1")],
  sn=["23002291", "23006617", "23001150"], sym="wrong_group", role="staff", schemes=[DRT],
  note="HTML table of TD assignments in a law course")

M(slug="etu-dashboard-filter", frm=("Léna Hamel", "lena.hamel@etu.unicaen.fr"),
  subj="Mes cours ont disparu",
  body="""Bonjour,
Depuis la mise à jour, mes cours d'histoire HIS5M1 et HIS5M03 ne sont plus dans « Mes cours » mais je peux y accéder via le lien https://ecampus.unicaen.fr/course/view.php?id=47761 . Je suis en L3 histoire.
Léna""" + AND,
  codes=[("HIS5M01", "HIS5M1"), ("HIS5M03", "HIS5M03")], cid=[47761], sym="course_not_on_dashboard",
  role="student", schemes=[HIS], etp=["LHIS3"], note="courses missing from dashboard but reachable")

M(slug="staff-las-distance-fwd", frm=("Corinne Lepetit", "corinne.lepetit@unicaen.fr"),
  subj="Fwd: LAS droit - mineure santé à distance",
  body="""Bonjour,
Pouvez-vous traiter la demande ci-dessous ? La mineure santé 1 a un groupe à distance (LASMS1EAD), l'étudiant y est bien affecté dans Apogée.
Corinne Lepetit, Scolarité Droit""" + fwd("Adam Messaoudi <adam.messaoudi@etu.unicaen.fr>", "jeu. 1 oct. 2026 à 07:55",
      "mineure sante", """bonjour je suis en LAS droit et je suis la mineure santé à distance (je travaille à côté). Je n'ai pas le cours lasms1 sur ecampus. num 25011208""",
      to="scolarite.droit@unicaen.fr"),
  codes=[("LASMS1EAD", "LASMS1EAD"), ("LASMS1", "lasms1")], sn=["25011208"], sym="not_enrolled", role="staff",
  schemes=[PAS], etp=["LAS1DR"], note="forwarded LAS distance student missing the minor course")

M(slug="staff-course-renamed", frm=("Jacques Le Goff", "jacques.legoff@unicaen.fr"),
  subj="Mon cours a changé de nom",
  body="""Bonjour,
Mon cours (A1-SCM-1) Supply chain 1 s'appelle maintenant « [ARCHIVE] (A1-SCM-1) Logistique » et se trouve dans la catégorie Archives 2025-2026. Le nouveau code serait A1-SCM-2 ?
J. Le Goff, PAST IAE""",
  codes=[("A1-SCM-1", "A1-SCM-1"), ("A1-SCM-2", "A1-SCM-2")], sym="course_moved_renamed", role="staff",
  schemes=[IAE], note="IAE course archived and renamed")

M(slug="etu-participants", frm=("Hugo Marie", "hugo.marie@etu.unicaen.fr"),
  subj="Liste des participants",
  body="""Bonjour, je suis délégué de la promo BUT GEA 2 et je ne trouve plus le bloc Participants dans le cours gea2s301 pour voir mon groupe (TD2). Merci. 22104419""",
  codes=[("GEA2S301", "gea2s301"), ("GEA2-TD2", "TD2")], sn=["22104419"], sym="participants_block_missing",
  role="student", schemes=[BUT], etp=["BGEA2"], note="student cannot find participants block")

M(slug="staff-inspe-cohort", frm=("Nadia Cherif", "nadia.cherif@unicaen.fr"),
  subj="Cohorte M2 MEEF 1er degré",
  body="""Bonjour,
Pour l'espace « Mémoire » commun, je voudrais ajouter la cohorte M2MEF1 (M2 MEEF 1er degré). Est-ce que la synchronisation de cohorte suivra les nouvelles inscriptions ? Faut-il la retirer en juin ?
Nadia Cherif, responsable de parcours""",
  codes=[("M2MEF1", "M2MEF1")], sym="cohort_question", role="staff", schemes=[ETP],
  note="INSPE: cohort question on an étape code")

M(slug="staff-erasmus-outgoing", frm=("Patricia Mesnil", "patricia.mesnil@unicaen.fr"),
  subj="Étudiante Erasmus S2 sans accès",
  body="""Bonjour, une étudiante de L2 histoire (n° 23009945) part en Erasmus seulement au S2 mais depuis la rentrée n'a plus accès à HIS3M05 ni HIS3M06. L'IA porte peut-être la modalité annuelle ; je vois avec le bureau des inscriptions.
P. Mesnil, scolarité HSS""",
  codes=[("HIS3M05", "HIS3M05"), ("HIS3M06", "HIS3M06")], sn=["23009945"], sym="not_enrolled", role="staff",
  schemes=[HIS], etp=["LHIS2"], note="outgoing Erasmus S2 lost access (annual programme ticked)")

M(slug="staff-mas-unknown-bio11", frm=("Yves Rault", "yves.rault@unicaen.fr"),
  subj="TR: cours MA1BIO11", kind="alt",
  body="""Bonjour,

Je ne trouve pas l'espace MA1BIO11 (nouvelle UE d'écologie, 24h CM). La maquette du M1 s'arrête à MA1BIO10 dans Apogée ? Ci-dessous le message de la responsable.

Y. Rault""" + outlook("Sarah Gohier <sarah.gohier@unicaen.fr>", "lundi 28 septembre 2026 16:30", "UE écologie",
      "Yves, peux-tu demander au CEMU pour MA1BIO11 ? Les M1 biologie commencent le 12/10.", to="yves.rault@unicaen.fr"),
  codes=[("MA1BIO11", "MA1BIO11"), ("MA1BIO10", "MA1BIO10")], sym="course_missing", role="staff",
  schemes=[MAS], etp=["MBIO1"], note="unknown master code, one past the last real one")

M(slug="etu-but-tc-space", frm=("Jade Lemonnier", "jade.lemonnier@etu.unicaen.fr"),
  subj="cours marketing",
  body="""Bonjour, je n'ai pas accès à TC2 R304 (marketing) ni à la SAE TC2S301, je suis en TP1B. Numéro étudiant 24050123, tel 06 12 45 78 90.""",
  codes=[("TC2R304", "TC2 R304"), ("TC2S301", "TC2S301"), ("TC2-TP1B", "TP1B")], sn=["24050123"],
  sym="not_enrolled", role="student", schemes=[BUT], note="BUT TC student; code with a space inserted")

M(slug="staff-lve-ead-es", frm=("Rocío Martín", "rocio.martin@unicaen.fr"),
  subj="Groupe EAD espagnol L3",
  body="""Bonjour,
Les étudiants à distance de L3 espagnol ne sont pas dans le groupe EAD de ES-31B ; ils sont tous dans le TD1 (ES-31B-TD1). Il y en a 17.
Rocío Martín, MCF espagnol, bureau SA 318""",
  codes=[("ES31B-EAD", "groupe EAD de ES-31B"), ("ES-31B", "ES-31B"), ("ES31B-TD1", "ES-31B-TD1")],
  sym="wrong_group", role="staff", schemes=[LVE], etp=["LLCEE3"], note="distance students in presential TD")

M(slug="etu-lve-unknown-es13a", frm=("", "25033341@etu.unicaen.fr"),
  subj="ES-13A ??",
  body="""Bonjour sur mon emploi du temps il y a ES-13A mais il existe pas sur ecampus, j'ai les ES-10A et ES-10B. merci""",
  codes=[("ES-13A", "ES-13A"), ("ES-10A", "ES-10A"), ("ES-10B", "ES-10B")], sn=["25033341"], sym="course_missing",
  role="student", schemes=[LVE], note="student cites an unknown LVE code")

M(slug="staff-inspe-unknown-161", frm=("Anne Le Bris", "anne.lebris@unicaen.fr"),
  subj="Re: Pas inscrite comme enseignante 1CA153", reply=True,
  body="""Merci, c'est bon pour 1CA153. En revanche le 1CA161 mentionné dans mon service n'existe pas, c'est peut-être 1CA160 ? Je vérifie avec la scolarité.
Anne""" + quote("CEMU Assistance", "2 oct. 2026 à 14:20", "Bonjour, la planification ADE de 1CA153 a été corrigée."),
  codes=[("1CA153", "1CA153"), ("1CA161", "1CA161"), ("1CA160", "1CA160")], sym="other", role="staff",
  schemes=[INS], note="thanks plus an unknown INSPE code")

M(slug="staff-gea-hidden", frm=("Marie Tostain", "marie.tostain@unicaen.fr"),
  subj="Les étudiants ne voient pas mon cours GEA3R5O1",
  body="""Bonjour,
Mes étudiants de BUT GEA 3e année ne voient pas GEA3R5O1 (R5.01), alors que le cours est bien « Afficher ». Même chose pour le groupe des alternants, qui est en cours le lundi.
Marie Tostain""",
  codes=[("GEA3R501", "GEA3R5O1"), ("GEA3-ALT", "groupe des alternants")], sym="students_cannot_see_course",
  role="staff", schemes=[BUT], etp=["BGEA3"], note="students cannot see course; O for 0")

M(slug="etu-pass-las-sv-en", frm=("Amira Haddad", "amira.haddad@etu.unicaen.fr"),
  subj="Not enrolled in LAS course",
  body="""Hello, I am in LAS 1 Life Sciences (LAS1SV) but I am not in the group 2 of LASMS3 on Ecampus. Student ID 25044470. Thank you""",
  codes=[("LAS1SV", "LAS1SV"), ("LASMS3G02", "group 2 of LASMS3"), ("LASMS3", "LASMS3")], sn=["25044470"],
  sym="not_enrolled", role="student", lang="en", schemes=[PAS, ETP], note="LAS student in English; étape cited by code")

M(slug="staff-scol-iae-table", frm=("Sandrine Fleury", "sandrine.fleury@unicaen.fr"),
  subj="Liste d'étudiants sans groupe TD - IAE M1", kind="alt",
  body="""Bonjour,

Les étudiants suivants du M1 MAE n'ont aucun groupe dans A1-FIN-1 :

Nom            N° étudiant   TD Apogée
GIRARD Paul    22031145      A1FIN1-TD1
LEMOINE Zoé    22030087      A1FIN1TD2
DIALLO Awa     22035512      A1FIN1-TD2

SIRET IAE : 194 118 154 00011 (pour le bon de commande, sans rapport).

Sandrine Fleury
IAE Caen - 02 31 56 65 14""",
  codes=[("A1-FIN-1", "A1-FIN-1"), ("A1FIN1-TD1", "A1FIN1-TD1"), ("A1FIN1-TD2", "A1FIN1TD2")],
  sn=["22031145", "22030087", "22035512"], sym="wrong_group", role="staff", schemes=[IAE], etp=["MAE1"],
  note="IAE list of students without TD group; one group code without its dash")

M(slug="staff-his-archived-m09", frm=("Guillaume Onfroy", "guillaume.onfroy@unicaen.fr"),
  subj="Cours HIS3M09 archivé ?",
  body="""Bonjour, mon cours HIS3M09 de l'an dernier est passé dans Archives ; la scolarité dit que c'est maintenant HIS3M08. Un étudiant, Clément Savary (23017734), n'y est pas inscrit alors que les autres oui.
G. Onfroy, MCF histoire contemporaine""",
  codes=[("HIS3M09", "HIS3M09"), ("HIS3M08", "HIS3M08")], sn=["23017734"], sym="not_enrolled", role="staff",
  schemes=[HIS], note="archived unknown code, replacement not enrolled")

M(slug="staff-dsi-quiz-other", frm=("Paul Mercier", "paul.mercier@unicaen.fr"),
  subj="Paramètres de test - temps supplémentaire",
  body="""Bonjour,
Comment accorder un tiers-temps à 3 étudiants (aménagements) pour le test du 22/10 dans PC1U02 ? Moodle 4.1, test de 45 min.
Paul Mercier, enseignant physique, 02 31 45 25 00""",
  codes=[("PC1U02", "PC1U02")], sym="other", role="staff", schemes=[SCI], note="quiz settings question")

# ---------------------------------------------------------------- transport variety
_EXTRA = {
    "staff-sci-tp-subgroups-html": {"att": ["capture_SV3U12_groupes.png"]},
    "staff-drt-tableau-td": {"att": ["DR2.OBL1_affectations.pdf"]},
    "staff-scol-iae-table": {"att": ["Capture d'écran 2026-10-09 101512.png"], "cte": "base64"},
    "etu-pass-all-caps": {"cte": "base64"},
    "staff-lve-ead-es": {"cte": "base64", "cs": "iso-8859-1"},
    "staff-but-gii-ade": {"att": ["planning_ADE_GII2.pdf"]},
    "etu-dashboard-filter": {"att": ["IMG_2043.png"]},
    "staff-iae-alt-int": {"cs": "windows-1252"},
}
for _m in MAILS:
    _m.update(_EXTRA.get(_m["slug"], {}))
