from lib import m, D
F = "staff"
SIG_SCOL = """
--
Sandrine Hébert
Gestionnaire de scolarité - Licence Droit
UFR de Droit, AES et Administration publique
Bâtiment D, bureau DR-214 - Esplanade de la Paix - CS 14032 - 14032 Caen Cedex 5
Tél. 02 31 56 54 87"""
m("046-scol-droit-liste-td.eml", F, "Sandrine Hebert <sandrine.hebert@unicaen.fr>", "Etudiants L1 droit non inscrits - droit civil", D("2025-09-17 11:20"),
"""Bonjour,

Plusieurs étudiants de L1 Droit nous signalent ne pas être inscrits dans l'espace Ecampus de Droit civil 2 (JD1-CIV2). Leurs IP sont faites jusqu'au groupe dans Apogée :

- 25014872  MARCHAND Léa      TD 7
- 25033109  LEFEVRE Hugo      TD 7
- 25040018  NGUYEN Thi Mai    TD 12
- 25050544  BERTIN Arthur     TD 12

Pourriez-vous regarder ?
Cordialement,""" + SIG_SCOL, "not_enrolled", ["JD1-CIV2", "JDL1-TD07", "JDL1-TD12"], ["JD1-CIV2", "TD 7", "TD 12"], [],
["25014872", "25033109", "25040018", "25050544"], sch=["droit JDn-XXXn (JD2-OBL3)", "groupe etape-TDnn (JDL1-TD07, GEAC2-TP3B)"],
note="scolarité list of 4 students; postcode CS 14032 look-alike")
m("047-prof-pas-inscrit.eml", F, "Jean-Marc Dufour <jean-marc.dufour@unicaen.fr>", "Je ne suis pas enseignant de mon cours", D("2025-09-09 08:02"),
"""Bonjour,

J'assure le CM de Droit fiscal (JD3 FIS1) depuis trois ans et cette année je ne suis plus inscrit comme enseignant dans l'espace Ecampus. Mes cours sont pourtant dans ADE.

Bien à vous,
JM Dufour
Maître de conférences en droit public""", "teacher_not_enrolled", ["JD3-FIS1"], ["JD3 FIS1"], [], [], sch=["droit JDn-XXXn (JD2-OBL3)"], note="teacher not enrolled")
m("048-prof-etudiants-ne-voient-pas.eml", F, "Catherine Vautier <catherine.vautier@unicaen.fr>", "Mes étudiants ne voient pas mon cours", D("2025-09-15 17:48"),
"""Bonjour,

Les étudiants de L2 SV me disent qu'ils ne voient pas mon cours de génétique (https://ecampus.unicaen.fr/course/view.php?id=51207), alors que j'y ai déposé tous les documents. Je les vois bien dans les participants.

Cordialement,
C. Vautier
Laboratoire EREN - bureau S3-045 - poste 5521""", "students_cannot_see_course", [], [], ["SL2BIO"], [], ci=[51207], note="hidden course likely; room and extension look-alikes")
m("049-trop-enseignants.eml", F, "Olivier Brunet <olivier.brunet@unicaen.fr>", "Trop d'enseignants dans mon cours", D("2025-09-20 10:30"),
"""Bonjour,

Dans mon cours (CGEA3R05) Fiscalité il y a 14 enseignants inscrits, dont la plupart n'interviennent pas du tout. Ils reçoivent les notifications du forum. Je ne peux pas les désinscrire (icône grisée).

Olivier Brunet
IUT Grand Ouest Normandie - site de Caen, département GEA
Tél. : 02 31 56 70 12""", "too_many_teachers", ["CGEA3R05"], ["CGEA3R05"], [], [], sch=["IUT site+spec+sem+R/S (CGEA3R05)"], note="too many teachers via DB enrolment")
m("050-html-table-iut.eml", F, "Murielle Lecanu <murielle.lecanu@unicaen.fr>", "GEA 2 - étudiants sans groupe TP", D("2025-09-19 09:15"),
"", "wrong_group", ["CGEA3R05", "GEAC2-TP3A", "GEAC2-TP3B"], ["CGEA3R05", "TP3A", "TP 3B"], [], ["24001587", "24001602", "24011930"],
sch=["IUT site+spec+sem+R/S (CGEA3R05)", "groupe etape-TDnn (JDL1-TD07, GEAC2-TP3B)"], form="html",
html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>td{border:1px solid #999;padding:2px 6px}</style></head><body>
<p>Bonjour,</p><p>Les &eacute;tudiants ci-dessous apparaissent sans groupe dans le cours de Fiscalit&eacute; CGEA3R05, ils devraient &ecirc;tre en TP3A ou TP 3B&nbsp;:</p>
<table cellspacing="0"><tr><th>N&deg; &eacute;tudiant</th><th>Nom</th><th>Pr&eacute;nom</th><th>Groupe Apog&eacute;e</th></tr>
<tr><td>24001587</td><td>LAUNAY</td><td>K&eacute;vin</td><td>TP 3B</td></tr>
<tr><td>24001602</td><td>MOREAU</td><td>Anaïs</td><td>TP3A</td></tr>
<tr><td>24011930</td><td>DIALLO</td><td>Moussa</td><td>TP3A</td></tr></table>
<p>Merci,<br>Murielle Lecanu<br>Secr&eacute;tariat p&eacute;dagogique GEA - IUT Grand Ouest Normandie<br>Bd Mar&eacute;chal Juin, 14000 Caen - 02&nbsp;31&nbsp;56&nbsp;70&nbsp;44</p></body></html>""",
note="HTML table of students without group")
m("051-vacataire-compte.eml", "unknown", "Marc Olivier <marc.olivier@cabinet-olivier-avocats.fr>", "accès Ecampus vacataire", D("2025-09-25 21:10"),
"""Bonjour,

Je suis chargé de TD vacataire en droit des obligations (L2) cette année. Je n'arrive pas à accéder à Ecampus : à la première connexion on me demande une adresse électronique que je ne peux pas saisir.

Cordialement,
Maître Marc Olivier
Avocat au barreau de Caen
12 rue Écuyère - 14000 Caen - 02 31 85 44 10""", "cannot_login", [], [], [], [], note="vacataire stuck on profile page; no code")
m("052-composante-cohorte.eml", F, "Agnès Leroux <agnes.leroux@unicaen.fr>", "Cohorte PASS pour l'espace tutorat", D("2025-09-04 14:05"),
"""Bonjour,

Pour l'espace complémentaire "Tutorat PASS" nous voudrions inscrire toute la promo de PASS. Est-ce que la cohorte se met à jour automatiquement quand des étudiants s'inscrivent tardivement, ou faut-il la resynchroniser ?

Merci,
Agnès Leroux
Pôle formation - UFR Santé
Tél : 02 31 06 82 11""", "cohort_question", [], [], ["PASS1"], [], note="cohort auto-update question")
m("053-prof-cours-introuvable.eml", F, "Philippe Marie <philippe.marie@unicaen.fr>", "Cours de robotique introuvable", D("2025-09-08 09:50"),
"""Bonjour,

Je ne trouve pas l'espace de cours correspondant à mon module de robotique industrielle (code xmp7u03) à l'ESIX. L'an dernier il existait.

Philippe Marie
ESIX Normandie - Campus 2, bâtiment Sciences 3, bureau 214""", "course_missing", ["XMP7U03"], ["xmp7u03"], [], [], sch=["ESIX XfiliereSemUnn (XMP7U03)"], note="teacher cannot find course; lowercase")
m("054-prof-renomme-archive.eml", F, "Valérie Simon <valerie.simon@unicaen.fr>", "Mon cours est passé dans Archives", D("2025-09-02 16:33"),
"""Bonjour,
Mon espace "(SB2.GEN2) Génétique 2" est passé dans la catégorie Archives et s'appelle maintenant "[ARCHIVE 2024-2025] Génétique 2". Tout mon contenu y est. Que s'est-il passé ? Je vois un nouveau cours SB2.GEN3 tout vide.
V. Simon""", "course_moved_renamed", ["SB2.GEN2", "SB2.GEN3"], ["SB2.GEN2", "SB2.GEN3"], [], [], sch=["sciences Sxn.XXXn (SB2.GEN3)"], note="code changed, old course archived")
m("055-forward-scol-list.eml", F, "Sandrine Hebert <sandrine.hebert@unicaen.fr>", "TR: étudiants absents de l'espace Obligations", D("2025-10-02 10:02"),
"""Bonjour,

Je vous transfère le message de M. Le Goff. Les trois étudiants sont bien inscrits à JD2-OBL3 dans Apogée, groupe TD 3 de L2.

Sandrine Hébert

-----Message d'origine-----
De : Yann Le Goff <yann.le-goff@unicaen.fr>
Envoyé : mercredi 1 octobre 2025 19:40
À : Sandrine Hebert <sandrine.hebert@unicaen.fr>
Objet : étudiants absents de l'espace Obligations

Bonjour Sandrine,
trois étudiants de mon TD ne sont pas dans l'espace : 23040027, 23041150 et 23047702. Pouvez-vous voir ?
Yann""" + SIG_SCOL, "not_enrolled", ["JD2-OBL3", "JDL2-TD03"], ["JD2-OBL3", "TD 3"], [], ["23040027", "23041150", "23047702"],
sch=["droit JDn-XXXn (JD2-OBL3)", "groupe etape-TDnn (JDL1-TD07, GEAC2-TP3B)"], note="forward from teacher via scolarité")
m("056-participants-bloc.eml", F, "Gérard Pichon <gerard.pichon@unicaen.fr>", "bloc participants", D("2025-09-12 07:40"),
"""Bonjour, le bloc Participants a disparu de la colonne de droite de tous mes cours. Comment voir la liste de mes étudiants maintenant ?
G. Pichon""", "participants_block_missing", [], [], [], [], note="participants block gone")
m("057-qp-latin1-ead.eml", F, "Françoise Lévêque <francoise.leveque@unicaen.fr>", "Etudiants EAD non inscrits en psycho sociale", D("2025-10-06 15:00"),
"""Bonjour,

Les étudiants à distance ne sont pas inscrits dans l'espace de HPSY215 (psycho sociale - méthodes d'enquête). Dans Apogée ils sont dans le pseudo-groupe ELP_HPSY215_CM et non dans un groupe CEMU. Exemple : 24047781.

Cordialement,
Françoise Lévêque
Responsable administrative EAD - UFR Psychologie
Tél. 02 31 56 58 03 - bureau SH-027""", "not_enrolled", ["HPSY215", "ELP_HPSY215_CM"], ["HPSY215", "ELP_HPSY215_CM"], [], ["24047781"],
sch=["lettres+chiffres (HANG204)", "pseudo-groupe ELP_ (ELP_HPSY215_CM)"], cs="iso-8859-1", cte="qp", note="EAD distance mismatch, latin-1 QP")
m("058-prof-hurried.eml", F, "Eric Lamy <eric.lamy@unicaen.fr>", "urgent", D("2025-11-05 12:58"),
"""les étudiants n'ont pas accès au cours, examen à 14h. M1FIC02.
EL
Envoyé de mon iPhone""", "students_cannot_see_course", ["M1FI-C02"], ["M1FIC02"], [], [], sch=["IAE MnXX-Cnn (M1FI-C07)"], note="hurried teacher, missing dash")
m("059-secretariat-multi-codes.eml", F, "Nathalie Renault <nathalie.renault@unicaen.fr>", "Liste des cours sans étudiants - LLCER anglais", D("2025-09-26 14:40"),
"""Bonjour,

Après vérification avec les enseignants, les espaces suivants n'ont aucun étudiant inscrit alors que les IP sont saisies :
- HANG204 : Anglais de spécialité S4
- AN-10A : EC1 Langue Traduction
- AN 20B : EC2 Langue Grammaire
- HESP110 : Espagnol LV2

Les groupes HANG204G1 et HANG204G2 sont bien créés dans Apogée.

Nathalie Renault
Scolarité UFR LVE - bureau L-112
Tél : 02 31 56 55 96""", "not_enrolled", ["HANG204", "AN-10A", "AN-20B", "HESP110", "HANG204G1", "HANG204G2"],
["HANG204", "AN-10A", "AN 20B", "HESP110", "HANG204G1", "HANG204G2"], [], [],
sch=["lettres+chiffres (HANG204)", "tiret LVE (AN-20B)"], form="alt", note="list of four courses with no students, one damaged dash")
m("060-dsi-colleague-inspe.eml", F, "Hélène Garnier <helene.garnier@unicaen.fr>", "Didactique des maths", D("2025-10-08 09:25"),
"""Bonjour,

Je suis formatrice à l'INSPE (site de Caen). Dans le cours 1CA157 je ne vois que la moitié des M1 MEEF 1er degré. Les autres ne sont pas inscrits. Capture ci-jointe de la page participants.

Hélène Garnier
INSPE Normandie Caen - 186 rue de la Délivrande - 14000 Caen""", "not_enrolled", ["1CA157"], ["1CA157"], ["MEF1PE"], [], sch=["chiffre-prefixe INSPE (1CA157)"], png=True, note="half of students missing, screenshot")
m("061-teacher-english-visiting.eml", "unknown", "Prof. Anna Lindqvist <anna.lindqvist@uu.se>", "Access to Ecampus course for doctoral training", D("2025-11-03 09:00"),
"""Dear colleagues,

I am giving the doctoral course on scientific English (ED558F03) in Caen next week as an invited professor. I was told I would be enrolled as a teacher but I have no account. Could you please advise?

Best regards,
Anna Lindqvist
Uppsala University, Box 256, 751 05 Uppsala, Sweden
+46 18 471 00 00""", "teacher_not_enrolled", ["ED558F03"], ["ED558F03"], [], [], lang="en", sch=["ecole doctorale EDnnnFnn (ED556F12)"], note="visiting teacher not enrolled; foreign postcode")
m("062-prof-cohorte-retirer.eml", F, "Bruno Chevalier <bruno.chevalier@unicaen.fr>", "synchro cohorte à supprimer ?", D("2026-01-14 11:11"),
"""Bonjour,

L'an dernier vous m'aviez conseillé d'ajouter la cohorte de la promo dans mon cours d'algèbre (SM1 ALG1) en attendant les IP. Dois-je la retirer maintenant ? Des étudiants qui ont abandonné sont toujours inscrits.

Bruno Chevalier - LMNO - bureau S2-318""", "cohort_question", ["SM1.ALG1"], ["SM1 ALG1"], [], [], sch=["sciences Sxn.XXXn (SB2.GEN3)"], note="remove cohort sync; dot replaced by space")
m("063-scol-win1252-nom.eml", F, "Karine Letellier <karine.letellier@unicaen.fr>", "Correction nom étudiante", D("2025-10-16 10:10"),
"""Bonjour,

L’étudiante n° 24078816 a fait corriger son nom dans son dossier (DUBOIS et non DUBOIT) le 03/10. Sur Ecampus l’ancien nom apparaît toujours. Combien de temps faut-il ?

Karine Letellier
Scolarité – UFR Sciences – bureau S1-005 – 02 31 56 73 40""", "wrong_name", [], [], [], ["24078816"], cs="windows-1252", note="name correction not propagated")
m("064-prof-id-course-link-enrol.eml", F, "Denis Hamel <denis.hamel@unicaen.fr>", "étudiant manquant", D("2025-10-21 16:06"),
"""Bonjour,
Un étudiant (24012250) n'apparaît pas sur https://ecampus.unicaen.fr/user/index.php?id=51207 alors qu'il est dans mon TD. Il a bien son IP.
Denis Hamel""", "not_enrolled", [], [], [], ["24012250"], ci=[51207], note="participants link with id")
m("065-composante-admin-mutualisation.eml", F, "Sylvie Barbey <sylvie.barbey@unicaen.fr>", "Mutualisation socio orga - inscriptions perdues", D("2025-10-27 14:45"),
"""Bonjour,

Depuis que nous avons mutualisé l'EC M.1SOC2A (porteur) avec l'EC de L3 M.1HIS4C, les étudiants de L3 ont disparu de l'espace. La collection M.1SOC2ATD contient le groupe M1SOC2AEM.

Sylvie Barbey
Cellule Apogée - UFR HSS
MRSH bureau SA-205 - 02 31 56 62 00""", "not_enrolled", ["M.1SOC2A", "M.1HIS4C", "M.1SOC2ATD", "M.1SOC2AEM"], ["M.1SOC2A", "M.1HIS4C", "M.1SOC2ATD", "M1SOC2AEM"], [], [],
sch=["M.point (M.1SOC2A)", "groupe element+TD (M.1SOC2ATD)"], note="porteur/porte mutualisation, damaged group code")
m("066-prof-course-edit-link.eml", F, "Isabelle Morin <isabelle.morin@unicaen.fr>", "Cours caché ?", D("2025-09-14 20:44"),
"""Bonsoir,

Mes étudiants me disent ne pas voir mon espace "Mémoire M2" alors que j'y suis enseignante. Dans https://ecampus.unicaen.fr/course/edit.php?id=53318 je vois "Visibilité : Cacher", est-ce que c'est ça ? Je n'ose pas toucher.

Isabelle Morin, INSPE""", "students_cannot_see_course", [], [], [], [], ci=[53318], note="hidden course; M2 MEEF")
m("067-prof-vague.eml", F, "Patrick Hue <patrick.hue@unicaen.fr>", "ecampus", D("2025-12-10 09:19"),
"""Bonjour,
Encore un problème avec ecampus, ça ne marche pas. Merci de régler ça rapidement.
P. Hue""", "other", [], [], [], [], note="vague annoyed teacher")
m("068-scol-ine-table-plain.eml", F, "Corinne Fleury <corinne.fleury@unicaen.fr>", "BUT TC Lisieux - 3 étudiants non inscrits", D("2025-09-18 15:31"),
"""Bonjour,

Voici les étudiants de 1re année TC (Lisieux) qui ne sont inscrits dans aucun cours Ecampus :

N° étudiant | INE         | Nom       | Prénom | Groupe
25110093    | 1504023311J | LEMAITRE  | Jade   | TD2
25110145    | 2603011870B | HOUEL     | Tom    | TD2
25110201    | 091100453AB| PICARD    | Nina   | TD1

IA et IP validées le 12/09/2025.

Corinne Fleury
IUT Grand Ouest Normandie - site de Lisieux
11 bd Jules Ferry - 14100 Lisieux - 02 31 48 22 00""", "not_enrolled", ["TCL1-TD2", "TCL1-TD1"], ["TD2", "TD1"], ["BTCL1"], ["25110093", "25110145", "25110201"], sch=["groupe etape-TDnn (JDL1-TD07, GEAC2-TP3B)"],
note="table with INEs; TD1/TD2 of TC1 Lisieux (etape in words)")
m("069-prof-fc-double-compte.eml", F, "Laurent Bazin <laurent.bazin@unicaen.fr>", "FCCPT 02 - stagiaires sans accès", D("2025-11-24 18:22"),
"""Bonjour,

Je suis responsable du module comptabilité générale en formation continue (FCCPT-02). Deux stagiaires n'ont pas accès alors qu'ils sont bien dans le groupe CEMU DU CGE. Pouvez-vous vérifier ?

Laurent Bazin
SUFCA (formation continue) - 02 31 56 60 92""", "not_enrolled", ["FCCPT-02", "CEMU-DUCGE"], ["FCCPT-02", "CEMU DU CGE"], [], [],
sch=["formation continue FCxxx-nn (FCMGT-07)", "groupe CEMU-xxx (CEMU-PSY1)"], note="FC stagiaires; group written with spaces")
m("070-trop-enseignants-anglais.eml", F, "Rachel Green <rachel.green@unicaen.fr>", "Too many teachers / trop d'enseignants", D("2025-09-28 13:13"),
"""Hello / Bonjour,

In my course "Anglais de spécialité S4" (HANG 204) I can see 9 people with the role Teacher, but only two of us teach it. Is this an ADE problem ?

Rachel Green
Lectrice - Département d'anglais - office L-208""", "too_many_teachers", ["HANG204"], ["HANG 204"], [], [], lang="en", sch=["lettres+chiffres (HANG204)"], note="bilingual, too many teachers")
m("071-scol-psycho-cohorte.eml", F, "Delphine Rault <delphine.rault@unicaen.fr>", "cohorte psycho", D("2025-09-10 10:48"),
"""Bonjour,
Une enseignante de L1 psycho voudrait inscrire toute la promo dans son espace de méthodologie via la cohorte. Est-ce recommandé ? Elle parle de "CEMU: Licence 1 Psychologie" dans la liste.
Delphine""", "cohort_question", [], [], ["PSYL1"], [], note="cohort recommendation question")
m("072-dsi-colleague-html-only.eml", F, "Antoine Prevost <antoine.prevost@unicaen.fr>", "RE: [CEMU #49210] inscriptions P1-UE11B", D("2026-01-22 08:31"),
"", "not_enrolled", ["P1-UE11B"], ["P1-UE11B"], [], ["25002280", "25002317"], sch=["sante Pn-UEnn (P1-UE07)"], form="html",
html="""<html><body><div>Bonjour,<br><br>Toujours pas d'inscrits PASS dans l'UE 11 partie B ce matin (P1-UE11B), en particulier 25002280 et 25002317.<br><br>Cordialement<br>A. Prevost<br>Responsable p&eacute;dagogique PASS<br><span style="color:#888">P&ocirc;le Formation Sant&eacute; - 2 rue des Rochambelles - 14032 Caen cedex</span></div>
<div style="border-top:1px solid #ccc"><b>De&nbsp;:</b> CEMU Assistance<br><b>Envoy&eacute;&nbsp;:</b> mardi 20 janvier 2026 17:10<br><b>Objet&nbsp;:</b> [CEMU #49210] inscriptions P1-UE11B<br><br>Bonjour, la synchronisation de cette nuit devrait corriger le probl&egrave;me.</div></body></html>""",
note="Outlook HTML reply on ticket")
m("073-esix-prof-groups.eml", F, "Nicolas Blin <nicolas.blin@unicaen.fr>", "groupes agro", D("2025-10-01 08:08"),
"""Bonjour,
Dans XAG5U11 tous les étudiants sont dans le même groupe alors qu'ils sont répartis en 2 groupes de TP dans Apogée. Version de Moodle affichée : 4.1.12.
N. Blin""", "wrong_group", ["XAG5U11"], ["XAG5U11"], [], [], sch=["ESIX XfiliereSemUnn (XMP7U03)"], note="groups not split; version look-alike")
m("074-prof-outside-gmail.eml", "unknown", "Julien Caradec <julien.caradec@gmail.com>", "Vacation d'enseignement - accès ecampus", D("2025-09-30 22:02"),
"""Bonjour,

Intervenant extérieur (vacataire) à l'IAE en M1 Finance, je n'ai pas accès au cours d'analyse financière M1FI-C2. Mon contrat a été signé le 15/09. Identifiant CAS : jcaradec.

Cordialement,
Julien Caradec
Analyste - Crédit Agricole Normandie""", "teacher_not_enrolled", ["M1FI-C02"], ["M1FI-C2"], [], [], sch=["IAE MnXX-Cnn (M1FI-C07)"], note="vacataire not enrolled; truncated code")
m("075-scol-sciences-groupes-multi.eml", F, "Karine Letellier <karine.letellier@unicaen.fr>", "L1 MIA - groupe 11", D("2025-09-23 13:50"),
"""Bonjour,

Le groupe 11 de L1 MIA (SL1MIA-G11) n'apparaît pas dans les groupes de l'espace SM1.ALG1. Les 32 étudiants sont donc sans groupe. Le groupe existe depuis le 19/09.

Karine Letellier
Scolarité UFR Sciences""", "wrong_group", ["SL1MIA-G11", "SM1.ALG1"], ["SL1MIA-G11", "SM1.ALG1"], [], [],
sch=["groupe etape-TDnn (JDL1-TD07, GEAC2-TP3B)", "sciences Sxn.XXXn (SB2.GEN3)"], note="group created recently, not in course yet")
m("076-prof-quiz-settings.eml", F, "Sophie Collet <sophie.collet@unicaen.fr>", "paramètres test", D("2025-11-28 17:17"),
"""Bonjour,
Comment donner un tiers-temps à deux étudiants (aménagement d'examen) sur le test final de mon cours id 49877 ? Je ne trouve pas l'option "dérogation utilisateur".
S. Collet""", "other", [], [], [], [], ci=[49877], note="quiz extra time question")
m("077-composante-etape-code.eml", F, "Thierry Voisin <thierry.voisin@unicaen.fr>", "Inscriptions L3 droit public", D("2025-09-12 11:48"),
"""Bonjour,

Aucun étudiant de l'étape JDL3P-101 n'est inscrit dans les espaces de cours du S5. L'étape est pourtant bien ouverte. Est-ce un problème de synchronisation ?

Thierry Voisin
Responsable administratif - Faculté de droit""", "not_enrolled", ["JDL3P"], ["JDL3P-101"], [], [], sch=["etape droit JDLnX (JDL1G)"], note="etape with version")
m("078-prof-outlook-fwd-student.eml", F, "Frédéric Lamy <frederic.lamy@unicaen.fr>", "TR: problème de groupe", D("2025-09-24 09:09"),
"""Bonjour,
Pour info, cf. ci-dessous. Je confirme qu'elle est en TP 4A.
FL

De : Enzo Vidal <enzo.vidal@etu.unicaen.fr>
Envoyé : mardi 23 septembre 2025 22:14
À : Frédéric Lamy
Objet : problème de groupe

Bonjour monsieur, je n'ai pas de groupe dans la SAE (CINF2S01).""", "wrong_group", ["CINF2S01", "INFC2-TP4A"], ["CINF2S01", "TP 4A"], [], [],
sch=["IUT site+spec+sem+R/S (CGEA3R05)", "groupe etape-TDnn (JDL1-TD07, GEAC2-TP3B)"], note="teacher forwards student mail")
m("079-hist-droit-renomme.eml", F, "Marie-Claude Bisson <marie-claude.bisson@unicaen.fr>", "cours renommé", D("2026-02-03 10:40"),
"""Bonjour,
Mon cours "Histoire du droit et des institutions" (jd1-hdi1) a changé de nom et de catégorie pendant les vacances. Il se trouve maintenant sous "L1 DROIT > S2" au lieu de S1. Est-ce normal ?
MC Bisson""", "course_moved_renamed", ["JD1-HDI1"], ["jd1-hdi1"], [], [], sch=["droit JDn-XXXn (JD2-OBL3)"], note="course moved category")
m("080-scol-psy-unknown-code.eml", F, "Delphine Rault <delphine.rault@unicaen.fr>", "code HPSY999", D("2026-02-11 15:25"),
"""Bonjour,
Une enseignante cherche l'espace du code HPSY999 mais je ne le retrouve pas dans Apogée non plus. Pouvez-vous nous dire s'il existe un espace Ecampus avec ce code ? Sinon on utilisera HPSY215.
Delphine Rault, scolarité psychologie, poste 5803""", "course_missing", ["HPSY999", "HPSY215"], ["HPSY999", "HPSY215"], [], [], sch=["lettres+chiffres (HANG204)"], note="unknown code")
