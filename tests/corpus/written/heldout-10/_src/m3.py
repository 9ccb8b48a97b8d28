from lib import M

M("034-forward-gmail-etudiant-non-inscrit.eml", "Emmanuel Riou <emmanuel.riou@unicaen.fr>",
  "Fwd: pas accès au cours de géo", "2025-10-07 09:02",
"""Bonjour,
Pouvez-vous regarder pour cette étudiante ? Elle est bien dans ma liste ADE.
E. Riou

---------- Message transféré ---------
De : Clara Vasseur <clara.vasseur@etu.unicaen.fr>
Date: lun. 6 oct. 2025 à 21:17
Subject: pas accès au cours de géo
To: Emmanuel Riou <emmanuel.riou@unicaen.fr>

Bonsoir Monsieur,
je n'arrive pas à accéder au cours de géographie urbaine (gg2 .418) sur ecampus, il ne s'affiche pas et quand je clique sur le lien que vous avez envoyé ça me dit que je ne peux pas m'inscrire moi-même dans ce cours.
Mon numéro étudiant est le 24029137.
Bonne soirée,
Clara""",
  role="staff", codes=[("GG2.418","gg2 .418")], nums=["24029137"], sym="not_enrolled", schemes=["SEGGAT GG+level.dot"],
  note="forwarded student not enrolled; lowercase + stray space")

M("035-cohorte-oubliee-trop-inscrits.eml", "Agnès Pellerin <agnes.pellerin@unicaen.fr>",
  "Cohorte L2 Géographie toujours présente dans GG2.415 ?", "2025-11-18 10:45",
"""Bonjour,

L'an dernier on avait ajouté la cohorte de l'étape L2GEO dans le cours GG2.415 pour dépanner. Je vois maintenant des étudiants de l'an dernier (redoublants ?) qui ont encore accès. Comment savoir si la synchronisation de cohorte est toujours active et comment la retirer proprement ? Est-ce que ça désinscrira aussi les bons étudiants ?

Agnès Pellerin""",
  role="staff", codes=[("L2GEO","L2GEO"),("GG2.415","GG2.415")], sym="cohort_question",
  schemes=["étape level+discipline","SEGGAT GG+level.dot"], note="how to remove a forgotten cohort sync")

M("036-windows1252-b64-prof-invisible.eml", "Denis Quesnel <denis.quesnel@unicaen.fr>",
  "Les étudiants ne voient pas mon cours", "2025-09-19 18:52",
"""Bonjour,

Mes étudiants de BUT GEA 2e année ne trouvent pas le cours « Contrôle de gestion » (GEAR3.O7) alors que j'ai déposé les supports lundi. J'ai vérifié : ils sont bien dans les participants (62 inscrits). Je ne comprends pas.

Cordialement,

Denis Quesnel
Département GEA – IUT Grand Ouest Normandie – site d'Ifs
Bureau B-118 – 02 31 52 55 10
« Pensez à l'environnement avant d'imprimer ce courriel »""",
  cs="windows-1252", cte="base64", role="staff", codes=[("GEAR3.07","GEAR3.O7")], sym="students_cannot_see_course",
  schemes=["BUT ressource dot"], note="base64 cp1252; students enrolled but can't see course (hidden); O for 0")

M("037-m2-terse-dashboard.eml", "Yohann Marie <yohann.marie@etu.unicaen.fr>",
  "Tableau de bord vide", "2025-09-16 11:01",
"""Bonjour, tableau de bord vide depuis ce matin (filtre "en cours"), alors que j'ai 6 cours en M2 IAE finance. Ex : IA1-FIN02. Normal ?
Y. Marie – 21012645""",
  codes=[("IA1FIN02","IA1-FIN02")], nums=["21012645"], sym="course_not_on_dashboard", schemes=["IAE level+letters+digits"],
  note="terse M2: dashboard empty with filter")

M("038-prof-trop-enseignants-forward-thread.eml", "Laurence Bazin <laurence.bazin@unicaen.fr>",
  "RE: Enseignants inconnus dans P3UE210", "2025-09-23 12:30",
"""Bonjour,

Toujours le même problème aujourd'hui : 23 enseignants dans l'UE Pharmacologie (P3UE210), dont toute l'équipe de physiologie. Je ne peux pas les désinscrire (« base de données externe »).

Laurence Bazin

-----Message d'origine-----
De : Laurence Bazin
Envoyé : lundi 15 septembre 2025 09:10
À : 'cemu.assistance@unicaen.fr'
Objet : Enseignants inconnus dans P3UE210

Bonjour, des enseignants qui n'interviennent pas dans P3UE210 y sont inscrits comme enseignants. Pouvez-vous vérifier ? Merci.""",
  role="staff", codes=[("P3UE210","P3UE210")], sym="too_many_teachers", schemes=["Pharma P+year+UE"],
  note="reply on own unanswered mail: too many teachers via DB enrolment")

M("039-nom-mail-errone-en.eml", "Yuki Tanaka <yuki.tanaka@etu.unicaen.fr>",
  "My name is wrong on Ecampus", "2025-10-21 13:13",
"""Hello,

On Ecampus my first name and last name are swapped ("TANAKA Yuki" shows as first name Tanaka, surname Yuki), and the e-mail shown is an old one (yuki.t@outlook.com). How can I fix this? Student number 25920067.

Thank you""",
  lang="en", nums=["25920067"], sym="wrong_name", note="English: names swapped, wrong email")

M("040-cours-introuvable-m-dotted.eml", "Sébastien Lair <sebastien.lair@unicaen.fr>",
  "Cours M2 introuvable", "2025-10-01 08:47",
"""Bonjour,

Je ne trouve pas sur Ecampus l'espace du séminaire de M2 « Humanités numériques » (M.2HSS07). Il existait l'an dernier. Je crois qu'il a été mutualisé avec le M1 cette année mais je n'en suis pas sûr.

S. Lair, MCF histoire""",
  role="staff", codes=[("M.2HSS07","M.2HSS07")], sym="course_missing", schemes=["M.dotted"],
  note="course missing, maybe porteur/porté")

M("041-sms-tableau.eml", "chloe.b <chloeb.14@orange.fr>",
  "cours", "2025-11-10 22:30",
"""bjr jai plus le cours de anglais lva305b sur mon tableau de bord depuis ce soir jsp pk. mon num etudiant 24066251 merci""",
  codes=[("LVA305B","lva305b")], nums=["24066251"], sym="course_not_on_dashboard", schemes=["LVE letters+digits+letter"],
  note="sms style: course vanished from dashboard")

M("042-secretaire-inspe-non-inscrits-liste.eml", "Corinne Fauvel <corinne.fauvel@unicaen.fr>",
  "INSPE - M1 MEEF - étudiants manquants dans 1CA207 et 1CA211", "2025-09-30 09:30",
"""Bonjour,

Les étudiants ci-dessous, inscrits en M1 MEEF 1er degré (étape 1MEEF1, version 101 : 1MEEF1-101), sont absents des espaces :
- 1CA207 : Didactique des mathématiques
- 1CA211 : Didactique du français

Liste :
* 21706633 – LEROUX Margaux – groupe 1MEEF1-G2
* 22701298 – COLLET Baptiste – groupe 1MEEF1-G2
* 20705541 – DUVAL Sarah – groupe 1MEEF1-G4

Par ailleurs, SARAH DUVAL a une IA en télé-enseignement.

Corinne Fauvel
INSPE Normandie Caen – Scolarité Master MEEF
186 rue de la Délivrande – 14000 Caen
Tél : 02 31 46 70 92""",
  role="staff", codes=[("1MEEF1","1MEEF1"),("1MEEF1","1MEEF1-101"),("1CA207","1CA207"),("1CA211","1CA211"),("1MEEF1-G2","1MEEF1-G2"),("1MEEF1-G4","1MEEF1-G4")],
  nums=["21706633","22701298","20705541"], sym="not_enrolled",
  schemes=["digit+letters+digits (INSPE)","étape digit+letters+digit","group étape-dash-G"],
  note="INSPE list of students missing from two courses")

M("043-login-apres-changement-mdp.eml", "Jeanne Lepetit <jeanne.lepetit@unicaen.fr>",
  "Connexion impossible Ecampus", "2025-11-24 08:05",
"""Bonjour,

Depuis le changement obligatoire de mot de passe de vendredi, je n'arrive plus à me connecter à Ecampus : le CAS me renvoie « Identifiants invalides ». Ma messagerie fonctionne avec le nouveau mot de passe. Poste Windows 11, navigateur Edge 131.0.2903.

Jeanne Lepetit
Secrétariat pédagogique – UFR SEGGAT – bureau SA-218
02 31 56 58 03""",
  role="staff", sym="cannot_login", note="staff cannot log in after password change; version look-alike")

M("044-mutualisation-porteur-porte.eml", "Marc Desfontaines <marc.desfontaines@unicaen.fr>",
  "Cours disparu après mutualisation", "2025-10-10 10:22",
"""Bonjour,

L'élément HLET215 (Littérature et cinéma) a été déclaré porté par HLET115 cette année. Depuis, l'espace HLET215 a disparu d'Ecampus et les étudiants de L2 ne sont pas dans l'espace HLET115. Le contenu était dans l'espace de HLET215. Où est-il ?

Marc Desfontaines
Responsable pédagogique L2 Lettres modernes""",
  role="staff", codes=[("HLET215","HLET215"),("HLET115","HLET115")], sym="course_missing",
  schemes=["letters+digits"], note="porteur/porté: carried course vanished")

M("045-thunderbird-html-participants.eml", "Olivier Dumont <olivier.dumont@unicaen.fr>",
  "Où est passé le bloc Participants ?", "2025-09-10 15:14",
"""Bonjour,

Dans tous mes cours (par exemple EX51-RS) le bloc « Participants » qui était à droite a disparu. J'utilisais ça pour envoyer des messages aux étudiants.

Merci,
Olivier Dumont – ESIX""", form="alt",
  role="staff", codes=[("EX51-RS","EX51-RS")], sym="participants_block_missing", schemes=["ESIX EX+digits-dash-letters"],
  note="multipart alt: Participants block missing")

M("046-cas-sms.eml", "24088120@etu.unicaen.fr", "!!!", "2025-09-08 07:41",
"""ça me dit connexion réussie mais CAS connaît pas ma destination finale ??? j'ai un partiel à 8h30 en amphi Pierre Daure et les docs sont sur ecampus""",
  nums=["24088120"], sym="cas_unknown_destination", note="panicked student: CAS final destination")

M("047-question-dates-examens.eml", "Nicolas Fontaine <nicolas.fontaine@etu.unicaen.fr>",
  "dates des partiels S1", "2025-11-27 19:20",
"""Bonjour,

Savez-vous quand seront publiées les dates des partiels du S1 pour la L3 Droit ? Le calendrier sur Ecampus indique « à venir ».

Merci
Nicolas Fontaine, 23045781""",
  nums=["23045781"], sym="other", note="exam dates question, not for CEMU")

M("048-pas-inscrit-groupe-manquant-sciences.eml", "Théo Lecomte <theo.lecomte@etu.unicaen.fr>",
  "inscription cours S1-PHY03", "2025-09-27 14:50",
"""Bonjour,

Je ne suis inscrit dans aucun groupe de TP du cours s1-phy 03 (Mécanique du point) sur Ecampus et du coup je ne suis pas dans le cours du tout, je ne vois que les cours de maths et info. La scolarité m'a dit que c'était peut-être parce que mon IP ne va « pas jusqu'au groupe ».

Numéro étudiant 25078802, L1 Portail MIPC

Merci""",
  codes=[("S1-PHY03","s1-phy 03")], nums=["25078802"], sym="not_enrolled", schemes=["sem-dash (Sciences)"],
  note="IP not down to group; lowercase + stray space")

M("049-teacher-ade-pseudo-groupe.eml", "Frédéric Marchand <frederic.marchand@unicaen.fr>",
  "Pas inscrit dans S5-MAT09 malgré ADE", "2025-10-02 16:38",
"""Bonjour,

Je fais les CM et TD de S5-MAT09 (Probabilités) depuis 2019 et cette année je ne suis plus enseignant de l'espace Ecampus. La scolarité a créé un groupe S5MAT09TD1 dans Apogée la semaine dernière ; avant, mes séances ADE étaient sur le groupe automatique ELP_S5-MAT09_TD. Est-ce lié ?

F. Marchand""",
  role="staff", codes=[("S5-MAT09","S5-MAT09"),("S5MAT09TD1","S5MAT09TD1")], sym="teacher_not_enrolled",
  schemes=["sem-dash (Sciences)","group element+type"], note="teacher lost enrolment after a new group masked ELP_ pseudo-group")

M("050-out-of-office-en.eml", "Sarah Whitfield <sarah.whitfield@unicaen.fr>",
  "Automatic reply: [CEMU #319455] Students missing from LVA305B", "2025-10-16 09:00",
"""Thank you for your email. I am away at a conference until 20 October with limited access to email.
For urgent matters please contact the LVE department office (02 31 56 57 12).

Sarah Whitfield""",
  role="unknown", lang="en", auto=True, sym="other", codes=[("LVA305B","LVA305B")], schemes=["LVE letters+digits+letter"],
  hdr={"Auto-Submitted": "auto-replied"}, note="English out-of-office reply to a ticket")
