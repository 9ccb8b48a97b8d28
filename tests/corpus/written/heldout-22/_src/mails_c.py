from gen_base import add, PNG, PDF
add("etu-m1-da-sans-groupe", "Baptiste Roux <baptiste.roux@etu.unicaen.fr>", "TD droit des sociétés",
"""Bonjour,
En master 1 droit des affaires, je suis bien dans le cours JUM1DA1 mais dans aucun groupe de TD, alors que je suis en TD2 (jeudi 8h30). Du coup je n'ai pas accès au dépôt des fiches d'arrêt.
Baptiste Roux - 22104588""", "wrong_group", codes=["JUM1DA1", ("JUM1DA1T2", "TD2")], nums=["22104588"], etapes=["JUM1DA"],
note="M1 droit des affaires student in no group in JUM1DA1 (TD2 in words)")

add("ade-colle-timetable", "Corentin Vallée <corentin.vallee@etu.unicaen.fr>", "Fwd: emploi du temps / cours absents",
"""Bonjour, voici mon emploi du temps ADE de la semaine 39, je n'ai sur ecampus ni l'anglais ni le tableur :

Lundi 21/09   08:00-09:30  GEA-R107 Anglais        TD GEA1TD3   salle IUT-B104
Lundi 21/09   10:00-12:00  GEA-R110 Tableur        TP GEA1TP3A  salle IUT-B012 (info)
Mardi 22/09   13:30-15:00  GEA-R101 Fonct. orga    CM           amphi Tocqueville

Corentin Vallée, 25120077""", "not_enrolled", codes=["GEA-R107", "GEA1TD3", "GEA-R110", "GEA1TP3A", "GEA-R101"], nums=["25120077"],
note="GEA student pastes ADE timetable, missing two courses")

add("ens-langues-renamed", "Catherine Wood <catherine.wood@unicaen.fr>", "Course renamed?",
"""Bonjour / Hello,

My course used to be called « (EN1THE1) Thème anglais 1 » and this morning it shows as « (EN1THE1) EC1 Langue Traduction » and has moved to another category (LVE / L1). Nothing else changed on my side. Was it done on purpose?

Catherine Wood
Senior lecturer, Département d'études anglophones - MRSH bureau SA 207""", "course_moved_renamed", role="staff", lang="en", codes=["EN1THE1"],
note="English-language lecturer: course renamed and moved category")

add("etu-ohne-code-dashboard", "Anaïs Lepetit <anais.lepetit@etu.unicaen.fr>", "Je ne vois pas mon cours",
"""Bonjour,

je ne vois pas mon cours de biologie cellulaire sur mon tableau de bord. Dans « Vue d'ensemble des cours » j'ai « En cours » et il y a 2 pages... le cours est peut-être sur la 2e page ? Je suis en L1 sciences de la vie.

Anaïs""", "course_not_on_dashboard", etapes=["SBIO1"], note="student: course not on dashboard, no code (pagination/filter)")

add("dsi-cas-service", "Thierry Auvray <thierry.auvray@unicaen.fr>", "Signalements CAS destination inconnue",
"""Bonjour,

Le support DSI reçoit depuis lundi une dizaine d'appels d'étudiants qui arrivent sur cas.unicaen.fr/login sans paramètre service et restent sur « CAS ne connaît pas votre destination finale ». Ils viennent d'un lien Google. Avez-vous une page à leur renvoyer ? Ticket DSI 2026-1004-117.

T. Auvray - DSI, assistance de proximité, 02 31 56 60 60""", "cas_unknown_destination", role="staff",
note="DSI relays many CAS unknown destination calls from students")

add("but-info-sae-manque", "Noah Fontaine <noah.fontaine@etu.unicaen.fr>", "SAE 1.02 pas dispo",
"""Salut,
la SAE S1.02 (INFO1S02 je crois) n'est pas dans mes cours alors que tout le groupe 1A l'a, moi je suis dans le 1A aussi
noah""", "not_enrolled", codes=["INFO1S02", ("INFO1G1A", "1A")], note="BUT info student missing SAE course; group 1A named short")

add("sec-staps-fwd-outlook", "Secrétariat STAPS <secretariat.staps@unicaen.fr>", "TR: problème groupes TP natation",
"""Bonjour,

Pour traitement.

Cordialement,
Secrétariat L1-L2 STAPS
2 boulevard du Maréchal Juin - 14032 Caen Cedex

De : Thomas Girard <thomas.girard@etu.unicaen.fr>
Envoyé : mardi 13 octobre 2026 18:47
À : secretariat.staps@unicaen.fr
Objet : problème groupes TP natation

Bonjour, en natation (sta1p03) je suis dans le groupe 2 au lieu du groupe 4 sur ecampus. Numéro étudiant 26110933.
Thomas Girard""", "wrong_group", role="staff", codes=[("STA1P03", "sta1p03"), ("STA1P03G2", "groupe 2"), ("STA1P03G4", "groupe 4")], nums=["26110933"],
note="STAPS secretariat forwards Outlook-style student mail about wrong swimming group")

add("etu-cas-en", "Oliver Grant <oliver.grant@etu.unicaen.fr>", "Login works but no redirect",
"""Hi, when I log in I get a page saying "Log In Successful... CAS does not know about your final destination". How do I get to Ecampus from there? I found cas.unicaen.fr on Google.
Thanks, Oliver (exchange student, LLCER English year 2)""", "cas_unknown_destination", lang="en", etapes=["LLCEN2"],
note="English exchange student stuck on CAS page")

add("ens-pass-plusieurs", "Pr Jean-Marc Duval <jean-marc.duval@unicaen.fr>", "Etudiants PASS ne voient pas l'UE 7",
"""Bonjour,

L'espace PAS.UE07 (UE7 PASS) est bien visible pour moi, j'ai cliqué « Afficher », mais les étudiants des sites d'Alençon et de Cherbourg (PASS-ALE, PASS-CHE) disent qu'ils ne le voient pas. Ceux de Caen si. Environ 180 étudiants concernés sur 1450.

Pr J.-M. Duval
UFR Santé - Pôle formation, 2 rue des Rochambelles, 14032 Caen""", "students_cannot_see_course", role="staff", codes=["PAS.UE07", "PASS-ALE", "PASS-CHE"],
note="PASS teacher: students of two sites cannot see PAS.UE07")

add("etu-du-med-inscrit", "Gilles Perrot <gilles.perrot@wanadoo.fr>", "DU médiation - accès plateforme",
"""Bonjour,
Inscrit au DU Médiation et règlement des conflits (formation continue, financement CPF), je n'ai accès qu'au module 1. Les modules DUMED-02 et DUMED 03 n'apparaissent pas. La session de regroupement est le 6 novembre.
G. Perrot
SIRET de mon cabinet : 812 345 678 00021""", "not_enrolled", codes=["DUMED-02", ("DUMED-03", "DUMED 03")], etapes=["DUMED"],
note="continuing-education DU learner missing two modules; SIRET look-alike")

add("spam-conference", "Global Science Summit <info@gss-conferences.org>", "Invitation: International Conference on Education Technology 2026",
"""Dear Colleague,

We are pleased to invite you to submit an abstract to ICET 2026 (Dubai, 12-14 December). Early bird registration: 450 USD. Publication in indexed journal guaranteed.

Unsubscribe: reply STOP""", "other", role="unknown", lang="en", note="conference spam in English")

add("etu-m1cg-dashboard-passe", "Léna Caron <lena.caron@etu.unicaen.fr>", "cours passé ?",
"""Bonjour,
le cours m1cg.03 n'est plus sur mon tableau de bord, il est dans l'onglet « Passés » alors que le semestre n'est pas fini (date de fin 30/09 ?). Je suis en M1 contrôle de gestion.
Léna""", "course_not_on_dashboard", codes=[("M1CG.03", "m1cg.03")], etapes=["IAECG1"],
note="IAE student: course shown as past on dashboard (end date); lower-case code")

add("ens-histoire-participants", "Sylvie Andrieu <sylvie.andrieu@unicaen.fr>", "Où est passée la liste des participants ?",
"""Bonjour,

Depuis la mise à jour je ne trouve plus le bloc « Participants » dans mon cours HIS-104. Comment puis-je voir mes étudiants ?

Merci,
S. Andrieu""", "participants_block_missing", role="staff", codes=["HIS-104"],
note="history teacher cannot find the Participants block")

add("etu-ine-confusion", "Mathis Guillot <mathis.guillot@etu.unicaen.fr>", "Inscription Ecampus STAPS",
"""Bonjour, je suis en L1 STAPS et je n'ai aucun cours. Mon INE est 090456123HJ et mon numéro étudiant 26118842 (je me suis inscrit le 29 septembre, assez tard).
Merci""", "not_enrolled", nums=["26118842"], etapes=["STAPL1"], note="late-enrolled L1 STAPS student with no course; INE look-alike")

add("iae-too-many-teachers", "Frédéric Besnard <frederic.besnard@unicaen.fr>", "Enseignants en trop - M1FIN.03",
"""Bonjour,
L'espace M1FIN.03 compte 11 enseignants alors que nous ne sommes que deux à intervenir. Je pense que ce sont ceux de l'an dernier (tuilage ?). Je ne peux pas les retirer, ils sont inscrits par la base.
F. Besnard, IAE""", "too_many_teachers", role="staff", codes=["M1FIN.03"],
note="IAE teacher: last year's teachers still enrolled in M1FIN.03")

add("etu-ju-colle", "Ambre Colin <ambre.colin@etu.unicaen.fr>", "pas de cours penal",
"""bonjour je suis pas inscrite dans le cours dedroit penal JU2PEN1sur ecampus, je suis en td 6 avec Mme Lair.
merci
Ambre
envoyé de mon iPhone""", "not_enrolled", codes=[("JU2PEN1", "JU2PEN1"), ("JU2PEN1T6", "td 6")],
note="student missing JU2PEN1, code glued to the next word")

add("sec-langues-groupes-table", "Scolarité LLCER <scol-llcer@unicaen.fr>", "Répartition groupes version anglaise L1",
"""Bonjour,

Voici les étudiants de L1 LLCER anglais mal répartis dans EN1VER2 :

Num. étudiant  Nom          Groupe Ecampus   Groupe Apogée
26030017       MARIE Zoé     EN1VER2G1        EN1VER2G3
26030121       PICARD Enzo   EN1VER2G1        EN1VER2G3
26030250       LEROUX Jade   (aucun)          EN1VER2G5

Les IP ont été modifiées le 28/09. Merci de vérifier la synchro.
Scolarité LLCER - Bât. MRSH, 14032 Caen Cedex""", "wrong_group", role="staff",
codes=["EN1VER2", "EN1VER2G1", "EN1VER2G3", "EN1VER2G5"], nums=["26030017", "26030121", "26030250"], etapes=["LLCEN1"],
note="languages scolarité table of three students in wrong/no group in EN1VER2")

add("ens-sciences-cours-manquant", "Julien Prigent <julien.prigent@unicaen.fr>", "Cours S.MA110 inexistant",
"""Bonjour,

Je dois assurer le cours de remédiation en maths de L1 (code S.MA110 d'après la maquette qu'on m'a transmise) mais aucun espace n'existe sur ecampus. Pourriez-vous le créer ?

J. Prigent, LMNO, bureau S2-210""", "course_missing", role="staff", codes=["S.MA110"],
note="teacher: course S.MA110 (unknown to APOGÉE) does not exist")

add("etu-base64-pas-inscrit", "Léo Marchal <25020118@etu.unicaen.fr>", "=?utf-8?b?UGFzIGluc2NyaXQgZW4gYWxnw6hicmU=?=",
"""Bonjour,

Je ne suis pas inscrit au cours d'algèbre 1 (S.MA102) alors que j'ai eu le premier TD avec le groupe 4 (S.MA102TD4). Mes amis du même groupe sont inscrits.

Léo""", "not_enrolled", codes=["S.MA102", "S.MA102TD4"], nums=["25020118"], cte="base64",
note="student not enrolled in S.MA102, base64 body and encoded subject")

add("auto-absence-fr-iso", "Gérard Lemercier <gerard.lemercier@unicaen.fr>", "Réponse automatique : Groupes STAPS",
"""Bonjour,
Je suis actuellement en déplacement (jury national CAPEPS) et ne consulterai pas ma messagerie avant le lundi 19 octobre.
En cas d'urgence : 02 31 56 72 30.
G. Lemercier""", "other", role="unknown", auto=True, charset="iso-8859-1", cte="quoted-printable",
extra={"Auto-Submitted": "auto-replied"}, note="French out-of-office in iso-8859-1")

add("etu-la-voix-mobile", "Tom Hébert <tom.hebert@etu.unicaen.fr>", "ecampus",
"""Bonjour je me connecte pas depuis le tel, l'appli moodle me dit site introuvable. Sur le pc ca marche
Tom
Envoyé de mon Galaxy A54""", "cannot_login", note="student cannot log in from Moodle mobile app")

add("dir-but-info-cohorte-question", "Stéphane Mauger <stephane.mauger@unicaen.fr>", "Question cohortes BUT info",
"""Bonjour,

Pour le projet transversal « Semaine de l'innovation », je voudrais inscrire tous les BINF2 et BINF3 dans un même espace non modélisé. Peut-on utiliser les cohortes d'étape ? Sont-elles mises à jour automatiquement quand un étudiant démissionne ?

Stéphane Mauger
Chef du département Informatique - IUT GON, site d'Ifs""", "cohort_question", role="staff", codes=["BINF2", "BINF3"],
note="head of BUT info dept asks about étape cohorts for a transversal space")

add("etu-doctorante-nom", "Fatou Sarr <fatou.sarr@unicaen.fr>", "Nom incorrect sur Ecampus",
"""Bonjour,

Doctorante en 2e année (ED 556, laboratoire CRISCO), mon nom apparaît « SARR EP. DIOP » sur Ecampus pour la formation DOC.SCI3 alors que j'utilise mon nom de naissance. Est-ce modifiable ?

Fatou Sarr""", "wrong_name", codes=["DOC.SCI3"], etapes=["DOCHSR"],
note="PhD student (staff-type address but student role): name wrong on platform")
