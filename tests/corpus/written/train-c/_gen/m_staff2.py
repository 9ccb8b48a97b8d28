from common import *

Mail("t91", "prof-nom-mal-orthographie", ("Pascal Lemonnier", "pascal.lemonnier@unicaen.fr"), CEMU,
     "Mon nom est mal orthographié sur Ecampus", "2025-09-23 12:15", """Bonjour,

Sur Ecampus mon nom apparaît comme "Pascal LEMONIER" (un seul N) dans tous mes cours, dans la rubrique contacts et dans les messages envoyés aux étudiants. Le bon nom est LEMONNIER, avec deux N, comme dans mon adresse électronique.

Cela arrive depuis la rentrée ; avant c'était correct. Voir par exemple mon profil : https://ecampus.unicaen.fr/user/profile.php?id=8812

Cordialement,

Pascal Lemonnier
Professeur agrégé - Département de Mathématiques
UFR des Sciences - Campus 2 - Bâtiment Sciences 3, bureau S3-245
Tél : 02 31 56 74 63
Boulevard Maréchal Juin - 14032 Caen cedex 5
""", G(sym="wrong_name", role="staff", note="Teacher's surname misspelt in Ecampus"),
     kind="alt", style="outlook", mid="outlook", charset="windows-1252", cte="quoted-printable", flags=("longsig",))

Mail("t92", "prof-nouveau-compte-inactif", ("Benoît Carré", "benoit.carre@unicaen.fr"), CEMU,
     "Première connexion impossible", "2025-09-02 13:40", """Bonjour,

Je viens d'être recruté comme maître de conférences en informatique (prise de fonction au 1er septembre). Je n'arrive pas à me connecter à Ecampus : le CAS m'indique "Mauvais identifiant / mot de passe" avec l'identifiant qu'on m'a communiqué (carreb), alors que ma messagerie fonctionne via le webmail.

Est-ce que mon compte doit être activé pour Ecampus séparément ? Je vous transfère le mail de bienvenue que j'ai reçu.

Benoît Carré
MCF - UFR des Sciences, département Informatique

""" + zim_fwd("2025-09-01 08:00", "DSI - Comptes numériques", "ne-pas-repondre@unicaen.fr", "Bienvenue à l'Université de Caen Normandie - votre compte numérique", "benoit.carre@unicaen.fr") + """

Bonjour,

Votre compte numérique UNICAEN a été créé.
Identifiant : carreb
Pour définir votre mot de passe, rendez-vous sur https://sesame.unicaen.fr/activation avec le code d'activation suivant : K7Q2-ZP41-8XWD (valable 15 jours).

La DSI
""", G(sym="cannot_login", role="staff", note="Newly recruited lecturer cannot log in to Ecampus via CAS (forwards the DSI welcome mail)"), flags=("quoted",), mid="zimbra")

SIG_LEPETIT = """--
Corinne Lepetit
Gestionnaire de scolarité - Licence Histoire et Géographie
UFR Humanités et Sciences Sociales
Bâtiment A - Bureau AS 118 - Campus 1
Tél : 02 31 56 58 21
Accueil du public : lundi, mardi, jeudi 9h-12h / 13h30-16h
""" + ADDR

T93_TEXT = """Bonjour,

Les étudiants suivants, inscrits pédagogiquement (jusqu'au groupe) depuis plus d'une semaine, n'apparaissent toujours pas dans les espaces Ecampus correspondants :

N° étudiant\tINE\tNom Prénom\tÉtape\tÉlément\tGroupe
24015536\t0904033210H\tBOUVET Manon\tHL2GEO\tHGEO305\tHL2GEO-TD2
23014492\t1203045887J\tCAUCHOIS Léo\tHL2GEO\tHGEO305\tHL2GEO-TD1
25103318\t2404011196A\tDIALLO Aminata\tHL3HIS\tHHIS314\tHL3HIS-TD1
22013071\t0805077342B\tFOUQUES Romain\tHL3HIS\tHHIS314\tHL3HIS-TD4
24016689\t1005069877K\tMAUGER Éva\tHL2GEO\tHGEO201\tHL2GEO-TD3

Pour M. Diallo, il s'agit d'un étudiant en échange (accueil S1).

Pouvez-vous vérifier de votre côté ?

Merci,

""" + SIG_LEPETIT

Mail("t93", "scol-hss-tableau-non-inscrits", ("Corinne Lepetit", "corinne.lepetit@unicaen.fr"), CEMU_TO,
     "Étudiants non inscrits sur Ecampus - L2 Géo / L3 Histoire", "2025-09-30 10:22", T93_TEXT,
     G(codes=[("HL2GEO", "HL2GEO"), ("HGEO305", "HGEO305"), ("HL2GEO-TD2", "HL2GEO-TD2"), ("HL2GEO-TD1", "HL2GEO-TD1"),
              ("HL3HIS", "HL3HIS"), ("HHIS314", "HHIS314"), ("HL3HIS-TD1", "HL3HIS-TD1"), ("HL3HIS-TD4", "HL3HIS-TD4"),
              ("HGEO201", "HGEO201"), ("HL2GEO-TD3", "HL2GEO-TD3")],
       nums=["24015536", "23014492", "25103318", "22013071", "24016689"], sym="not_enrolled", role="staff",
       note="Scolarité pastes a table of five students (n°, INE, name, étape, element, group) missing from courses"),
     kind="alt", style="outlook", mid="outlook", flags=("longsig",))

Mail("t94", "scol-droit-ajac-plusieurs-cours", ("Brigitte Osmont", "brigitte.osmont@unicaen.fr"), CEMU,
     "Étudiant AJAC non inscrit dans plusieurs cours", "2025-10-08 09:55", """Bonjour,

M. Yann LE BRIS (n° étudiant 21 909 384) est inscrit en L3 Droit (DL3DRT) et, en tant qu'AJAC, doit repasser deux matières de L2. Il n'est inscrit dans aucun des espaces Ecampus suivants :

- D2PEN03 : Droit pénal général (L2, dette)
- D2ADM04 : Droit administratif général (L2, dette)
- D3ADM05 : Contentieux administratif (L3)
- d3aff02 : Droit des sociétés (L3)

Ses inscriptions pédagogiques sont complètes dans Apogée, y compris les groupes de TD (DL2DRT-T12 pour les matières de L2, DL3DRT-T03 pour la L3).

Cordialement,
B. Osmont
Scolarité Licence Droit - Bureau DR 008
""", G(codes=[("DL3DRT", "DL3DRT"), ("D2PEN03", "D2PEN03"), ("D2ADM04", "D2ADM04"), ("D3ADM05", "D3ADM05"),
              ("D3AFF02", "d3aff02"), ("DL2DRT-T12", "DL2DRT-T12"), ("DL3DRT-T03", "DL3DRT-T03")],
       nums=["21909384"], sym="not_enrolled", role="staff",
       note="Scolarité: one AJAC student missing from four courses (L2 debts and L3)"),
     charset="iso-8859-1", cte="quoted-printable")

Mail("t95", "scol-sante-groupes-inverses", ("Martine Letellier", "martine.letellier@unicaen.fr"), CEMU,
     "Erreurs de groupes ED DFGSM2 sur Ecampus", "2025-10-06 14:12", """Bonjour,

Suite aux échanges de groupes validés le 29 septembre, les étudiants ci-dessous apparaissent toujours dans leur ancien groupe d'ED sur Ecampus (cours SM2-UE07 et SM2-UE11), alors que les affectations sont à jour dans Apogée :

* 23012954 DUVAL Thomas : SM2-ED03 -> SM2-ED14
* 24007715 PIERRE Lola : SM2-ED14 -> SM2-ED03
* 24008102 RIHANI Sofiane : sm2-ed14 -> SM2-ED09

Merci de votre aide.

Martine Letellier
Scolarité 2e et 3e cycles - UFR Santé
PFRS - 2 rue des Rochambelles - 14032 Caen cedex 5
02 31 56 82 14
""", G(codes=[("DFGSM2", "DFGSM2"), ("SM2-UE07", "SM2-UE07"), ("SM2-UE11", "SM2-UE11"), ("SM2-ED03", "SM2-ED03"), ("SM2-ED14", "SM2-ED14"),
              ("SM2-ED14", "sm2-ed14"), ("SM2-ED09", "SM2-ED09")],
       nums=["23012954", "24007715", "24008102"], sym="wrong_group", role="staff",
       note="Scolarité lists three students still in their old ED groups on Ecampus"),
     kind="html", style="zimbra", mid="zimbra", cte="quoted-printable", flags=("longsig",))

Mail("t96", "scol-cohorte-du", ("Karine Dubosq", "karine.dubosq@unicaen.fr"), CEMU,
     "Cohorte pour le DU Capacité en droit", "2025-09-18 16:33", """Bonjour,

Pour la Capacité en droit (formation en 2 ans, étapes DL1CAP et DL2CAP, pas d'éléments modélisés individuellement), les enseignants souhaiteraient un espace Ecampus commun avec tous les inscrits des deux années.

Existe-t-il des cohortes pour ces étapes ? Si oui, les enseignants peuvent-ils les ajouter eux-mêmes et seront-elles à jour des abandons ?

Merci,
Karine Dubosq
Service Formation Continue - UFR Droit
""", G(codes=[("DL1CAP", "DL1CAP"), ("DL2CAP", "DL2CAP")], sym="cohort_question", role="staff",
       note="Scolarité asks whether cohorts exist for two étapes and whether they update"))

T97_INNER = Inner("scol-fw-vacataire-inner", ("Nathalie Pesquet", "nathalie.pesquet@gmail.com"),
                  "Scolarité Master Psychologie <scol.master-psycho@unicaen.fr>", "Accès Ecampus impossible",
                  "2025-09-24 21:48", """Bonjour,

Je suis la vacataire qui assure les TD de psychologie clinique en M1 (M.1PSY2A). J'ai bien reçu mes identifiants, mais quand je me connecte à Ecampus j'arrive sur une page "Modifier le profil" qui me demande une adresse de courriel, et je ne peux pas la saisir. Impossible d'aller plus loin.

Pouvez-vous m'aider ? Mon premier TD est lundi.

Nathalie Pesquet
Psychologue clinicienne
""", mid="gmail")

Mail("t97", "scol-transfert-vacataire-profil", ("Scolarité Master Psychologie", "scol.master-psycho@unicaen.fr"),
     CEMU, "TR: Accès Ecampus impossible", "2025-09-25 09:12", """Bonjour,

Je vous transfère le message de Mme Pesquet, chargée de TD vacataire en M1 Psychologie, qui ne parvient pas à entrer dans Ecampus (message ci-joint). Son compte invité a été créé par nos soins début septembre ; je ne sais pas si j'ai oublié de renseigner quelque chose.

Cordialement,

Amandine Leroy
Scolarité Master Psychologie - UFR de Psychologie
Bâtiment N - Bureau N 012
02 31 56 66 03
""", G(codes=[("M.1PSY2A", "M.1PSY2A")], sym="cannot_login", role="staff",
       note="Scolarité forwards (as attachment) a vacataire blocked on the profile page asking for an e-mail"),
     attach=[("eml", T97_INNER, "Accès Ecampus impossible.eml")], kind="alt", style="outlook", mid="outlook",
     flags=("fwd_attach", "longsig"))

Mail("t98", "scol-enseignants-non-inscrits-ade", ("Stéphanie Rivière", "stephanie.riviere@unicaen.fr"), CEMU,
     "Enseignants non inscrits - BUT Info", "2025-09-15 15:45", """Bonjour,

Plusieurs enseignants du département Informatique de l'IUT ne sont pas inscrits comme enseignants dans leurs cours Ecampus. J'ai vérifié : leurs séances sont planifiées dans ADE avec leur nom.

Enseignant\tRessource\tCode\tGroupes ADE
M. Carré Benoît\tDéveloppement web\tIINR1.02\tIN1-TD1, IN1-TD2
Mme Tanguy Laure\tQualité de développement\tIINR2.03\tIN2-TP3B
M. Hue Sébastien\tSAÉ Installation de poste\tIINS1.03\tIN1-TP1A

Le problème ne concerne que ces trois personnes, les autres collègues sont bien inscrits.

Stéphanie Rivière
Secrétariat pédagogique - Département Informatique
IUT Grand Ouest Normandie - Site d'Ifs
""", G(codes=[("IINR1.02", "IINR1.02"), ("IN1-TD1", "IN1-TD1"), ("IN1-TD2", "IN1-TD2"), ("IINR2.03", "IINR2.03"),
              ("IN2-TP3B", "IN2-TP3B"), ("IINS1.03", "IINS1.03"), ("IN1-TP1A", "IN1-TP1A")],
       sym="teacher_not_enrolled", role="staff", note="Department secretary: table of three teachers not enrolled in their courses"),
     kind="html", style="outlook", mid="outlook")

Mail("t99", "scol-element-cree-pas-despace", ("Brigitte Osmont", "brigitte.osmont@unicaen.fr"), CEMU,
     "Création d'un espace Ecampus pour un nouvel élément", "2025-09-22 10:40", """Bonjour,

Nous avons créé dans Apogée la semaine dernière un nouvel élément pour le M1 Droit des affaires (DM1DAF) : D4FIS01 "Fiscalité des entreprises", avec charges d'enseignement (CM 24 h). Les inscriptions pédagogiques sont faites.

L'espace de cours n'existe toujours pas dans Ecampus. Faut-il faire une demande particulière ? Je vous transfère ci-dessous le message de l'enseignant.

Cordialement,
B. Osmont

""" + tb_fwd("2025-09-19 17:45", "Antoine Leblond", "antoine.leblond@unicaen.fr", "cours fiscalité", "Brigitte Osmont <brigitte.osmont@unicaen.fr>") + """

Brigitte,
je ne trouve pas mon cours de fiscalité des entreprises sur Ecampus (M1 DAF), ni dans la catégorie du master ni par la recherche. Les étudiants non plus. Peux-tu voir ?
Bon week-end,
Antoine
""", G(codes=[("DM1DAF", "DM1DAF"), ("D4FIS01", "D4FIS01")], sym="course_missing", role="staff",
       note="Scolarité: element created in Apogée last week still has no Ecampus course (teacher's mail forwarded)"), flags=("quoted",))

Mail("t100", "scol-nom-corrige-pas-a-jour", ("Corinne Lepetit", "corinne.lepetit@unicaen.fr"), CEMU_TO,
     "Nom d'une étudiante toujours erroné sur Ecampus", "2025-10-14 11:02", """Bonjour,

Le nom de l'étudiante Mme N'DIAYE Fatou (n° 24011950) était mal saisi à l'inscription ("NDIAYE"). Nous l'avons corrigé dans Apogée il y a 8 jours, mais sur Ecampus elle apparaît toujours "NDIAYE" et son adresse mail affichée est l'ancienne.

Y a-t-il une autre correction à faire de notre côté ?

Merci,

""" + SIG_LEPETIT + """

""" + ol_hdr("2025-10-13 18:22", "Fatou N'Diaye", "fatou.ndiaye@etu.unicaen.fr", "Scolarité HSS <scolarite.hss@unicaen.fr>", "mon nom sur ecampus") + """
Bonjour Madame,
Sur Ecampus mon nom est toujours écrit NDIAYE sans apostrophe, et l'adresse mail affichée est encore mon ancienne adresse Yahoo. Pouvez-vous vérifier ?
Fatou N'Diaye, L2 Géographie, 24011950
""", G(nums=["24011950"], sym="wrong_name", role="staff",
                     note="Scolarité: student's name corrected in Apogée a week ago still wrong in Ecampus (quotes the student)"),
     flags=("longsig", "quoted"), charset="iso-8859-1", cte="quoted-printable")

T101_INNER = Inner("scol-sante-inner", ("Louis Bréard", "louis.breard@etu.unicaen.fr"),
                   "scolarite.pharmacie@unicaen.fr", "pas inscrit ue 4", "2025-10-02 22:31", """bonjour,
je suis en 2e annee de pharmacie (DFGSP2) et je suis pas inscrit sur ecampus au cours de l UE 4 (SP2-UE04 chimie analytique), les autres oui. n° 24013377
merci
""")

Mail("t101", "scol-pharma-transfert-etudiant", ("Scolarité Pharmacie", "scolarite.pharmacie@unicaen.fr"), CEMU,
     "TR: pas inscrit ue 4", "2025-10-03 08:45", """Bonjour,

Voir le message de l'étudiant ci-joint. De notre côté son IP est complète, groupe d'ED compris (SP2-ED05).

Cordialement,
Scolarité Pharmacie - UFR Santé
""", G(codes=[("DFGSP2", "DFGSP2"), ("SP2-UE04", "SP2-UE04"), ("SP2-ED05", "SP2-ED05")], nums=["24013377"],
       sym="not_enrolled", role="staff", note="Scolarité forwards as attachment a pharmacy student not enrolled in one UE"),
     attach=[("eml", T101_INNER, "pas inscrit ue 4.eml")], flags=("fwd_attach",))

Mail("t102", "scol-iut-gea-tableau-groupes", ("Sylvie Marie", "sylvie.marie@unicaen.fr"), CEMU,
     "GEA1 : étudiants dans le mauvais groupe de TD", "2025-09-24 11:17", """Bonjour,

Suite à la réorganisation des groupes de BUT GEA 1 (BUTGE1) le 15 septembre, voici les étudiants mal placés dans l'espace "Fondamentaux de la comptabilité" :

Nom\tN° étudiant\tGroupe Ecampus\tGroupe correct
ALLAIN Jade\t25017741\tGE1-TD2\tGE1-TD4
BENOIST Lucas\t25017802\tGE1-TD2\tGE1-TD4
COLLET Inès\t25018019\tGE1-TD4\tGE1-TD2
ROBIN Mathéo\t25018233\t(aucun)\tGE1-TD1

Cordialement,

Sylvie Marie
Secrétariat du département GEA
IUT Grand Ouest Normandie - Caen
Tél. 02 31 56 70 40
""", G(codes=[("BUTGE1", "BUTGE1"), ("GE1-TD2", "GE1-TD2"), ("GE1-TD4", "GE1-TD4"), ("GE1-TD1", "GE1-TD1")],
       nums=["25017741", "25017802", "25018019", "25018233"], sym="wrong_group", role="staff",
       note="IUT secretary's table of students in the wrong (or no) TD group"),
     kind="alt", style="outlook", mid="outlook", charset="windows-1252", cte="quoted-printable", flags=("longsig",))

Mail("t103", "admin-iae-archives-maquette", ("Jérôme Tison", "jerome.tison@unicaen.fr"), CEMU,
     "Cours passés en archives après changement de maquette", "2025-09-05 11:30", """Bonjour,

Suite à la nouvelle maquette de la Licence Gestion (AELGES), plusieurs éléments ont été recodés cet été et les anciens espaces Ecampus sont passés dans "Archives" avec un nom modifié :

- AEL3CPT1 (Comptabilité approfondie) -> remplacé par AEL3CPT2
- AEL3STR1 (Stratégie) -> remplacé par AEL3STR2
- AEL3ECO2 (Économie managériale) -> supprimé, contenu repris dans AEL3ECO3

Les enseignants me demandent s'il est possible de désarchiver les anciens cours ou de transférer automatiquement leurs contenus dans les nouveaux espaces.

Jérôme Tison
Responsable administratif - IAE Caen
3 rue Claude Bloch - 14000 Caen
02 31 56 65 00
""", G(codes=[("AELGES", "AELGES"), ("AEL3CPT1", "AEL3CPT1"), ("AEL3CPT2", "AEL3CPT2"), ("AEL3STR1", "AEL3STR1"),
              ("AEL3STR2", "AEL3STR2"), ("AEL3ECO2", "AEL3ECO2"), ("AEL3ECO3", "AEL3ECO3")],
       sym="course_moved_renamed", role="staff",
       note="Composante admin: several courses archived and renamed after recoding of elements"),
     flags=("longsig",))

Mail("t104", "admin-inspe-trop-formateurs", ("Gwenaëlle Le Bihan", "gwenaelle.lebihan@unicaen.fr"), CEMU,
     "Trop de formateurs inscrits - MEEF", "2025-09-29 15:05", """Bonjour,

Plusieurs formateurs nous signalent être inscrits comme enseignants dans des espaces MEEF où ils n'interviennent pas. Exemple : l'espace ICA158 "Apprentissages fondamentaux" compte 26 enseignants alors que 5 formateurs y interviennent réellement. Même constat sur 2CB214.

Nos plannings ADE associent toute l'équipe de formateurs à chaque groupe (MEEF1P / MEEF2P), est-ce la cause ?

Gwenaëlle Le Bihan
Responsable du service scolarité - INSPE Normandie Caen
186 rue de la Délivrande - 14000 Caen
02 31 56 62 00
""" + DISCLAIMER + """

""" + ol_hdr("2025-09-26 12:04", "Yannick Perrotte", "yannick.perrotte@unicaen.fr", "Scolarité INSPE <scolarite.inspe@unicaen.fr>", "trop de monde dans mes cours Ecampus") + """
Bonjour,
Je me retrouve enseignant dans 1CA158 et 2CB214 alors que je n'y interviens pas, et je reçois toutes les notifications des forums. Pouvez-vous me retirer ?
Y. Perrotte
""", G(codes=[("1CA158", "ICA158"), ("1CA158", "1CA158"), ("2CB214", "2CB214"), ("MEEF1P", "MEEF1P"), ("MEEF2P", "MEEF2P")],
                    sym="too_many_teachers", role="staff",
                    note="INSPE admin: 26 teachers enrolled in a course taught by 5 (ADE associates whole team)"),
     kind="alt", style="outlook", mid="outlook", charset="iso-8859-1", cte="quoted-printable", flags=("longsig", "quoted"))

Mail("t105", "admin-sciences-cohorte-retard", ("Fabrice Garnier", "fabrice.garnier@unicaen.fr"), CEMU,
     "Synchroniser les cohortes en attendant les IP ?", "2025-09-08 17:20", """Bonjour,

Les inscriptions pédagogiques de la L1 Sciences ne seront terminées que vers le 20 septembre. Plusieurs enseignants veulent ajouter la cohorte de l'étape SL1MPC dans leurs cours (SPHY101, SMAT101...) pour que les étudiants aient accès aux documents dès maintenant.

Est-ce que c'est recommandé ? Y a-t-il un risque de doublons ou de problèmes quand les inscriptions automatiques arriveront ?

Fabrice Garnier
Directeur administratif adjoint - UFR des Sciences
""", G(codes=[("SL1MPC", "SL1MPC"), ("SPHY101", "SPHY101"), ("SMAT101", "SMAT101")], sym="cohort_question",
       role="staff", note="Composante admin asks whether to sync the étape cohort while pedagogical enrolments are late"))

Mail("t106", "dsi-alerte-bdd-transfert", ("Olivier Tranchant", "olivier.tranchant@unicaen.fr"), CEMU,
     "TR: [supervision] ecampus-db01 - connexions refusées", "2025-11-02 10:41", """Bonjour,

Pour info, la supervision a remonté ce matin des erreurs de connexion à la base d'Ecampus (voir alerte ci-jointe), pendant la fenêtre d'optimisation du dimanche. Plusieurs utilisateurs ont dû voir la page "Database connection failed" entre 9h12 et 10h05. Tout est revenu à la normale, mais la durée a été plus longue que d'habitude (VACUUM sur mdl_logstore_standard_log).

Si vous avez des tickets d'étudiants à ce sujet, c'est cela.

--
Olivier Tranchant
DSI - Pôle Infrastructures et Services
Université de Caen Normandie
Bâtiment Science 1 - bureau 1-042
02 31 56 50 97 (poste 5097)
Ticket interne : INC-2025-11-0043
""", G(sym="database_error", role="staff",
       note="DSI forwards a monitoring alert: Ecampus database refused connections on Sunday morning"),
     attach=[("eml", Inner("dsi-alert-inner", ("Centreon", "centreon@dsi.unicaen.fr"), "dsi-infra@unicaen.fr",
                           "** PROBLEM Service Alert: ecampus-db01/pgsql-connections is CRITICAL **", "2025-11-02 09:12",
                           """***** Centreon *****

Notification Type: PROBLEM
Service: pgsql-connections
Host: ecampus-db01
Address: 10.14.2.31
State: CRITICAL

Date/Time: 02-11-2025 09:12:44

Additional Info:
CRITICAL - 0 of 400 connections available (pg_stat_activity), FATAL: sorry, too many clients already
""", mid="dsi.unicaen.fr"), "alerte.eml")], flags=("fwd_attach", "longsig"))

Mail("t107", "dsi-cas-service-non-autorise", ("Olivier Tranchant", "olivier.tranchant@unicaen.fr"), CEMU,
     "Page 'destination finale' : explication", "2025-09-09 14:10", """Bonjour,

Suite à vos remontées (plusieurs tickets cette semaine d'étudiants bloqués sur "CAS ne connaît pas votre destination finale"), nous avons regardé les logs du CAS : dans 95 % des cas, la requête arrive sur https://cas.unicaen.fr/login sans paramètre service=, principalement depuis Google et depuis un ancien lien de la page "Vie étudiante" du site web. Le reste vient d'un favori vers https://cas.unicaen.fr/login?service=https%3A%2F%2Fecampus.unicaen.fr%2Flogin%2Findex.php%3FauthCAS%3DCAS avec une ancienne URL de service qui n'est plus autorisée depuis la migration CAS 7.

Pouvez-vous nous confirmer si les étudiants qui vous écrivent utilisent ces liens ? Nous envisageons une redirection par défaut vers l'ENT.

--
Olivier Tranchant
DSI - Pôle Infrastructures et Services
""", G(sym="cas_unknown_destination", role="staff",
       note="DSI analyses CAS logs behind the 'destination finale' page and asks the CEMU to confirm"),
     flags=("longsig",))

Mail("t108", "bu-cohorte-formation-documentaire", ("Hélène Vauquelin", "helene.vauquelin@unicaen.fr"), CEMU,
     "Inscrire tous les L1 dans l'espace de formation documentaire", "2025-09-05 09:35", """Bonjour,

Le SCD propose chaque année un parcours d'autoformation documentaire sur Ecampus ("Chercher, trouver, citer"). Cette année, plusieurs UFR souhaitent qu'il soit proposé à tous les L1 : Histoire (HL1HIS), Sciences (SL1MPC), Droit (DL1DRT).

Peut-on y inscrire les cohortes de ces étapes ? Si un étudiant abandonne ou change de licence, sera-t-il retiré automatiquement ? Faut-il supprimer la synchronisation en fin d'année ?

Bien cordialement,

Hélène Vauquelin
Conservatrice - Responsable de la formation des usagers
Service Commun de la Documentation - BU Droit-Lettres
Campus 1 - Esplanade de la Paix
Tél. : 02 31 56 59 77
https://www.unicaen.fr/bibliotheque/
""", G(codes=[("HL1HIS", "HL1HIS"), ("SL1MPC", "SL1MPC"), ("DL1DRT", "DL1DRT")], sym="cohort_question", role="staff",
       note="Librarian asks whether to enrol étape cohorts in a library training space and how they update"),
     kind="html", style="thunderbird", cte="base64", flags=("longsig",))

Mail("t109", "chef-dept-trop-enseignants-langues", ("François Lemercier", "francois.lemercier@unicaen.fr"), CEMU,
     "Inscriptions d'enseignants anormales - Département d'anglais", "2025-10-01 18:50", """Bonjour,

En tant que directeur du département d'études anglophones, je constate que de nombreux collègues sont inscrits en tant qu'enseignants dans des cours de L1 qu'ils n'assurent pas, par exemple AN-10B (Thème et version 1), AN-11A et an-10a. Certains l'étaient déjà l'an dernier, d'autres pas. Une collègue partie à la retraite en juin figure même encore dans trois cours.

Pourriez-vous nous expliquer d'où viennent ces inscriptions et comment les corriger durablement ?

François Lemercier
Professeur - Directeur du département d'études anglophones
UFR LVE - Bâtiment G, bureau G 214

""" + gm_fwd("2025-09-29 10:12", "Monique Lefranc", "monique.lefranc@orange.fr", "Ecampus !", "francois.lemercier@unicaen.fr") + """

Cher François,
Je suis à la retraite depuis juin mais je reçois encore les notifications Ecampus des devoirs de L1 (thème et version). Peux-tu faire le nécessaire ?
Amitiés,
Monique
""", G(codes=[("AN-10B", "AN-10B"), ("AN-11A", "AN-11A"), ("AN-10A", "an-10a")], sym="too_many_teachers",
       role="staff", note="Head of department: many colleagues enrolled as teachers in L1 courses they do not teach (forwards a retiree's mail)"), flags=("quoted",), kind="alt", style="gmail")

T110_INNER = Inner("chef-inner", ("Paul-Henri Saint-Martin", "paul-henri.saint-martin@unicaen.fr"),
                   "Sophie Vauclin <sophie.vauclin@unicaen.fr>", "Ecampus méthodo", "2025-09-30 08:02", """Sophie,

Toujours pas d'accès enseignant au cours de méthodologie de la recherche (M.1.MS07) ni à celui de M2 (M.2PSY8C), alors que tu avais fait remonter le problème. Les étudiants m'attendent pour le premier dossier. Peux-tu relancer ?

PHSM
""")

Mail("t110", "chef-dept-collegue-toujours-sans-acces", ("Sophie Vauclin", "sophie.vauclin@unicaen.fr"), CEMU,
     "Fwd: Ecampus méthodo - [CEMU #5233]", "2025-09-30 09:14", """Bonjour,

Je vous fais suivre en pièce jointe le message de mon collègue M. Saint-Martin : il n'est toujours pas inscrit comme enseignant dans ses deux cours, une semaine après mon premier signalement (ticket 5233). Les autres collègues de la liste ont bien été ajoutés entre-temps.

Merci de regarder son cas en priorité.

Sophie Vauclin
Responsable du Master 1 Psychologie
""", G(codes=[("M.1.MS07", "M.1.MS07"), ("M.2PSY8C", "M.2PSY8C")], sym="teacher_not_enrolled", role="staff",
       note="Master head forwards as attachment a colleague still not enrolled as teacher in two courses"),
     attach=[("eml", T110_INNER, "Ecampus méthodo.eml")], kind="alt", style="gmail", flags=("fwd_attach",))

Mail("t111", "prof-relance-etudiants-absents", ("Xavier Duval", "xavier.duval@unicaen.fr"), CEMU,
     "Re: [CEMU #5187] Étudiants manquants dans X4.SYS11", "2025-09-26 08:22", """Bonjour,

Merci pour l'explication. Cependant, une semaine après, il manque toujours 38 étudiants (les apprentis, groupe XSYS4-ALT) dans le cours. La scolarité de l'ESIX m'assure que leurs inscriptions pédagogiques sont faites jusqu'au groupe.

Pouvez-vous regarder à nouveau ?

X. Duval

""" + tb_attr("2025-09-19 10:40", "CEMU Assistance", CEMU) + "\n" + q("""Bonjour,

Nous avons vérifié quelques étudiants de votre liste : leurs inscriptions pédagogiques à X4.SYS11 existent mais sans affectation à un groupe, alors que l'élément comporte des groupes dans Apogée. Nous avons transmis à la scolarité de l'ESIX.

Cordialement,
L'équipe Assistance du CEMU""") + "\n", G(codes=[("X4.SYS11", "X4.SYS11"), ("XSYS4-ALT", "XSYS4-ALT")],
                                          sym="not_enrolled", role="staff",
                                          note="Teacher follows up: apprentices still missing from his course"),
     flags=("quoted",), irt="<5187.cemu@assistance.unicaen.fr>", cte="quoted-printable")

Mail("t112", "visiting-prof-not-teacher-role", ("Daniel Whitfield", "daniel.whitfield@unicaen.fr"), CEMU,
     "Teacher access to my course", "2025-09-17 12:05", """Hello,

I am a visiting professor at the UFR LVE for this semester (contract with the university, so I have a unicaen.fr address). I teach "Academic writing" for the 2nd year (AN-21B) and I can see the Ecampus page of the course, but only as a student: I can't upload anything or see the list of submissions. The secretary told me that my classes are in ADE.

Could you give me the teacher role, please?

Best wishes,
Daniel Whitfield
Visiting Professor, UFR LVE

""" + en_attr("2025-09-16 16:20", "Secrétariat LVE", "secretariat.lve@unicaen.fr") + """
> Bonjour Monsieur,
> Vos cours sont bien saisis dans ADE. Pour l'accès enseignant à Ecampus, veuillez écrire
> à cemu.assistance@unicaen.fr en précisant le code du cours.
> Cordialement,
> Le secrétariat pédagogique LVE
""", G(codes=[("AN-21B", "AN-21B")], sym="teacher_not_enrolled", role="staff", lang="en",
       note="Visiting professor (English) sees his course only as a student, not enrolled as teacher"), flags=("quoted",),
     kind="alt", style="outlook", mid="outlook")

Mail("t113", "prof-cas-favori-destination", ("Catherine Duhamel", "catherine.duhamel@unicaen.fr"), CEMU,
     "Message CAS à la connexion", "2025-09-29 08:58", """Bonjour,

Depuis ce matin, en cliquant sur mon raccourci Ecampus, j'arrive sur une page "Connexion réussie" qui dit que le CAS ne connaît pas ma destination finale. Je suis bien connectée mais je n'arrive pas sur Ecampus. Mon raccourci pointe vers https://cas.unicaen.fr/login (je l'avais créé il y a des années).

C. Duhamel
Secrétariat de la Licence AES
""", G(sym="cas_unknown_destination", role="staff",
       note="Secretary's old shortcut to cas.unicaen.fr/login leads to 'destination finale' page"))

Mail("t114", "prof-erreur-lecture-bdd-sauvegarde", ("Julie Leclerc", "julie.leclerc@unicaen.fr"), CEMU,
     "Erreur de lecture de la base de données lors de l'import", "2025-10-21 16:30", """Bonjour,

En essayant d'importer le contenu de mon ancien cours dans l'espace "(ES-22A) Espagnol - compréhension écrite" (https://ecampus.unicaen.fr/course/view.php?id=49902), j'obtiens systématiquement "Erreur de lecture de la base de données" à l'étape de confirmation. Plus d'informations : "Debug info: ... Error code: dmlreadexception". J'ai réessayé trois fois depuis midi.

Julie Leclerc
PRAG espagnol - UFR LVE
Campus 1 - Bâtiment Lettres, bureau L 326 - 02 31 56 60 19
""", G(codes=[("ES-22A", "ES-22A")], ids=[49902], sym="database_error", role="staff",
       note="Teacher gets 'Erreur de lecture de la base de données' (dmlreadexception) when importing content"),
     cte="base64")

Mail("t115", "secretaire-participants-menu", ("Patricia Hamon", "patricia.hamon@unicaen.fr"), CEMU,
     "Consulter les participants d'un cours", "2025-09-11 11:20", """Bonjour,

Je suis secrétaire pédagogique à l'UFR STAPS et j'ai un rôle "gestionnaire" sur les cours de la licence. L'an dernier je consultais la liste des étudiants de chaque cours grâce au bloc "Participants" sur la droite de la page : il n'y est plus.

Où puis-je trouver cette liste maintenant ?

Patricia Hamon
Secrétariat pédagogique Licence STAPS
2 Boulevard Maréchal Juin - 14032 Caen
02 31 56 73 11
""", G(sym="participants_block_missing", role="staff",
       note="Secretary cannot find the Participants block she used last year"),
     charset="windows-1252", kind="alt", style="outlook", mid="outlook", cte="quoted-printable")
