from m1 import M, sig, DISC, SIG_ADDR
import html as H
def table_html(intro, headers, rows, outro):
    t = '<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse">'
    t += "<tr>" + "".join("<th>%s</th>" % h for h in headers) + "</tr>"
    for r in rows: t += "<tr>" + "".join("<td>%s</td>" % H.escape(c) for c in r) + "</tr>"
    t += "</table>"
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div style="font-family:Calibri,sans-serif;font-size:11pt">'
            + "<br>".join(H.escape(l) for l in intro.split("\n")) + t + "<br>".join(H.escape(l) for l in outro.split("\n")) + "</div></body></html>")
def table_txt(headers, rows):
    return "\n".join("\t".join(r) for r in [headers] + rows)

# ---------- TEACHERS
b = """Bonjour,

Mes étudiants de L3 (TD du jeudi) me disent qu'ils ne voient pas mon cours « (HHIS305) Histoire contemporaine : l'Europe 1914-1945 » sur Ecampus. De mon côté je le vois bien, avec tout le contenu déposé depuis fin août. Je ne comprends pas : le cours apparaît dans mon tableau de bord, en gris il me semble.

Pouvez-vous regarder ? https://ecampus.unicaen.fr/course/view.php?id=47315

Bien cordialement,
""" + sig("Hélène Daufresne", "Maîtresse de conférences en histoire contemporaine", "UFR Humanités et Sciences Sociales - Département d'Histoire", "02 31 56 58 12", "MRSH 215", "Bâtiment MRSH, Campus 1\n")
M("prof-cours-cache-histoire", ("Hélène Daufresne", "helene.daufresne@unicaen.fr"), "Mes étudiants ne voient pas mon cours", "2025-09-11 08:47", b,
  "students_cannot_see_course", "staff", codes=[("HHIS305","HHIS305","letters+digits H+3letters+3digits")], ids=[47315], note="teacher's course hidden (grey), students cannot see it", form=dict(kind="alt", style="outlook", cte="qp"))

M("prof-presse-pas-visible", ("Marc Lebrun", "marc.lebrun@unicaen.fr"), "urgent ecampus", "2025-09-15 12:58",
"""Les étudiants de ST5ENT3 ne voient pas le cours. Cours à 14h. Merci de régler ça vite.
ML
Envoyé de mon iPhone""", "students_cannot_see_course", "staff", codes=[("ST5ENT3","ST5ENT3","STAPS ST+sem+3letters+digit")], note="hurried teacher, students cannot see STAPS course")

b = """Madame, Monsieur,

Pour la troisième année consécutive, je constate que je ne suis pas inscrit comme enseignant dans l'espace Ecampus du cours de Sémiologie de l'image (JO5SEMI), alors que je l'assure seul depuis 2019, que je l'ai planifié dans ADE comme on me l'a demandé, et que mes collègues, eux, sont bien inscrits dans les leurs.

Chaque année je dois écrire, chaque année on me répond qu'il faut « voir avec la scolarité », et chaque année la scolarité me renvoie vers vous. Je commence à trouver ce jeu de ping-pong assez pénible.

Les étudiants (journalisme L3, étape JRNL3) attendent les documents du premier TD, prévu le 18 septembre en salle JO-03.

Je vous remercie de bien vouloir régler ce problème une fois pour toutes.

""" + sig("Philippe Aumont", "Professeur associé - Journaliste", "École de journalisme de Caen (EJC)", "02 31 56 66 40 / 06 11 48 20 97", "EJC 1.12", "Rédaction-école : 5 rue Pasteur, 14000 Caen\n")
M("prof-agace-pas-inscrit-journalisme", ("Philippe Aumont", "philippe.aumont@unicaen.fr"), "Encore et toujours : pas inscrit dans MON cours", "2025-09-12 19:22", b,
  "teacher_not_enrolled", "staff", codes=[("JO5SEMI","JO5SEMI","journalism JO+sem+4letters"),("JRNL3","JRNL3","journalism étape JRNL+year")], note="annoyed teacher not enrolled as teacher despite ADE planning", form=dict(kind="html", style="outlook", cs="windows-1252", cte="qp", hcs="windows-1252"))

M("prof-pas-inscrit-ifsi", ("Nathalie Grenier", "nathalie.grenier@unicaen.fr"), "Accès enseignant UE 3.2", "2025-10-02 14:05",
"""Bonjour,
Formatrice à l'IFSI, je n'ai pas de rôle enseignant dans l'espace de l'UE 3.2 « Projet de soins infirmiers » (IF3UE32, semestre 3). Je suis pourtant planifiée dans ADE pour les TD du groupe IFSI2-TDB. Je vois le cours mais en tant qu'invitée seulement.
Merci d'avance
N. Grenier
Cadre de santé formatrice - IFSI du CHU de Caen - poste 4 51 22""",
  "teacher_not_enrolled", "staff", codes=[("IF3UE32","IF3UE32","nursing IF+sem+UE+2digits"),("IFSI2-TDB","IFSI2-TDB","nursing group IFSI+year-TD+letter")], note="nursing teacher only guest in course", form=dict(kind="alt", style="tb"))

b = """Bonjour,

Je découvre ce matin que mon espace « Statistiques pour géographes » a été renommé et déplacé dans une catégorie « Archives 2024-2025 ». Son code était G2STA01. Il y a deux ans de contenu (quiz, banque de questions, vidéos). Un nouvel espace vide « (G2STA02) Statistiques appliquées » est apparu. Que s'est-il passé ? Dois-je tout recopier à la main ?

Cordialement,
""" + sig("Yves Lepetit", "Maître de conférences", "UFR HSS - Département de Géographie", "02 31 56 62 04", "SH 027")
M("prof-cours-renomme-geo", ("Yves Lepetit", "yves.lepetit@unicaen.fr"), "Cours déplacé dans Archives ???", "2025-09-03 09:10", b,
  "course_moved_renamed", "staff", codes=[("G2STA01","G2STA01","geography G+sem+3letters+2digits"),("G2STA02","G2STA02","geography G+sem+3letters+2digits")], note="code changed in APOGEE, old space archived (G2STA01 unknown now)", form=dict(kind="html", style="outlook"))

M("prof-trop-enseignants-staps", ("Sandrine Lemarchand", "sandrine.lemarchand@unicaen.fr"), "Trop d'enseignants dans ST3APA1", "2025-09-19 16:30",
"""Bonjour,

Dans l'espace ST3APA1 (APA et santé, L2 STAPS) il y a 19 personnes avec le rôle enseignant, dont une dizaine qui n'interviennent pas du tout dans cet enseignement (des collègues de l'entraînement sportif, un ATER parti l'an dernier…). Ils reçoivent les notifications des devoirs et certains étudiants leur écrivent. Je ne peux pas les désinscrire, l'icône poubelle n'apparaît pas : « Base de données externe ».

Pouvez-vous nettoyer ?
Sandrine Lemarchand
Responsable L2 STAPS""", "too_many_teachers", "staff", codes=[("ST3APA1","ST3APA1","STAPS ST+sem+3letters+digit")], note="database-enrolled extra teachers", form=dict(cs="iso-8859-1", cte="qp", hcs="iso-8859-1"))

b = """Bonjour,

Je vous transfère le message d'une étudiante. Elle n'apparaît pas dans les participants de mon cours M.1HRP9C alors qu'elle est en M1 RH.

Merci
Grégoire Martel

---------- Message transféré ---------
De : Lina Bouaziz <lina.bouaziz@etu.unicaen.fr>
Date: mer. 8 oct. 2025 à 09:02
Subject: cours GRH
To: <gregoire.martel@unicaen.fr>

Bonjour Monsieur,
je ne suis pas inscrite dans votre cours de gestion des RH sur ecampus (M.1HRP9C), j'ai vu que les autres avaient déjà le sujet du dossier. Mon numéro étudiant est le 23 11 40 56.
Cordialement,
Lina Bouaziz
"""
M("prof-transfert-etudiante-hrp", ("Grégoire Martel", "gregoire.martel@unicaen.fr"), "Fwd: cours GRH", "2025-10-08 10:15", b,
  "not_enrolled", "staff", codes=[("M.1HRP9C","M.1HRP9C","dot M.+year+letters+digit+letter")], nums=["23114056"], note="teacher forwards student missing from porteur course", form=dict(kind="alt", style="gmail"))

b = """Bonjour,

Depuis la rentrée je n'ai plus la liste des participants à droite de mes cours (bloc Participants). Comment faire l'appel en TP sans la liste ? C'est sur tous mes cours, par exemple SPHY210 et SPHY320.

Merci
""" + sig("Olivier Brière", "Professeur des universités - Physique", "UFR des Sciences - Département de Physique", "02 31 45 25 61", "S3-045 (bâtiment Sciences 3)", "Campus 2, Côte de Nacre\n")
M("prof-bloc-participants", ("Olivier Brière", "olivier.briere@unicaen.fr"), "Bloc participants disparu", "2025-09-08 11:40", b,
  "participants_block_missing", "staff", codes=[("SPHY210","SPHY210","letters+digits S+3letters+3digits"),("SPHY320","SPHY320","letters+digits S+3letters+3digits")], note="teacher lost Participants block", form=dict(kind="html", style="tb", cte="b64"))

M("prof-tableau-de-bord", ("Catherine Vimard", "catherine.vimard@unicaen.fr"), "Cours absents de mon tableau de bord", "2026-01-26 17:02",
"""Bonjour,

Mes cours du second semestre n'apparaissent pas sur mon tableau de bord alors que je les vois dans « Mes cours » : (AGM1-PHY) Physiologie végétale et (AGM1-BIO) Biostatistiques. J'ai vérifié, je suis bien enseignante dedans. Ceux du S1 sont toujours là alors qu'ils sont terminés.

Catherine Vimard
Master Agronomie et agroécologie - UFR des Sciences
Tél 02 31 56 71 88""", "course_not_on_dashboard", "staff", codes=[("AGM1-PHY","AGM1-PHY","agronomy master AGM+year-3letters"),("AGM1-BIO","AGM1-BIO","agronomy master AGM+year-3letters")], note="teacher dashboard filter/start date", form=dict(kind="alt", style="outlook", cs="windows-1252", hcs="windows-1252"))

b = """Bonjour,

Le module d'histoire-géographie du DAEU en détention (DAP.HG2) doit être visible des apprenants du centre pénitentiaire de Caen à partir du 6 octobre, sur les postes du pôle enseignement (accès Ecampus restreint, filtre réseau). Aucun n'arrive à le voir ; ils voient bien DAPMA1. J'ai pourtant mis "Afficher" dans les paramètres du cours.

Le RLE de l'établissement (M. Castel) me confirme que les comptes fonctionnent.

Bien à vous,
""" + sig("Agnès Feuillet", "Coordinatrice pédagogique DAEU - Enseignement en milieu pénitentiaire", "Service Formation Continue et Alternance (SUFCA)", "02 31 56 60 97", "Maison de la Formation Continue, rdc 04", "Convention Université / SPIP du Calvados n° 2023-114\n")
M("coord-prison-pas-visible", ("Agnès Feuillet", "agnes.feuillet@unicaen.fr"), "DAEU détention : cours invisible pour les apprenants", "2025-10-07 10:45", b,
  "students_cannot_see_course", "staff", codes=[("DAP.HG2","DAP.HG2","prison DAEU DAP.+2letters+digit"),("DAP.MA1","DAPMA1","prison DAEU DAP.+2letters+digit")], note="prison education coordinator: learners cannot see module", form=dict(kind="alt", style="outlook", cte="qp"))

M("prof-cas-vacances", ("Didier Mauger", "didier.mauger@unicaen.fr"), "TR: connexion impossible", "2025-11-02 20:14",
"""Je vous transfère, c'est le même problème chez moi depuis mon ordinateur personnel.
DM

________________________________
De : Didier Mauger <didier.mauger@unicaen.fr>
Envoyé : dimanche 2 novembre 2025 20:05
À : Secrétariat Département Langues <langues.secretariat@unicaen.fr>
Objet : connexion impossible

Bonjour Christine,
Je n'arrive pas sur Ecampus depuis la maison : après l'identification, page « Connexion réussie » et le message « CAS ne connaît pas votre destination finale ». Du bureau (SH-212) tout marche. Le lien vient de mes favoris Firefox.
Didier""", "cas_unknown_destination", "staff", note="teacher forwards own CAS destination problem (Outlook-style forward)", form=dict(kind="html", style="outlook", cs="iso-8859-1", hcs="iso-8859-1"))

M("prof-erreur-bdd", ("Isabelle Tanguy", "isabelle.tanguy@unicaen.fr"), "Ecampus HS ?", "2025-11-09 09:52",
"""Bonjour,
Impossible d'accéder à Ecampus depuis 9h30 : « Error: Database connection failed ». J'ai un examen en ligne prévu ce dimanche à 10h (IRAN15, 60 étudiants à distance, session « S1-CC2 »). Faut-il le reporter ?
Isabelle Tanguy
06 84 21 77 30""", "database_error", "staff", codes=[("IRAN-15","IRAN15","dash I+3letters-2digits")], note="teacher Sunday morning DB failure during online exam")

b = """Bonjour,

Ci-dessous la capture. Aucun de mes étudiants de M2 (groupe ARCM2-A) n'est inscrit dans l'espace du séminaire de projet AR.S901. Le cours existe, il est visible, mais la liste des participants ne contient que moi et le tuteur.

J'ai regardé avec Mme Hue à la scolarité : les IP sont faites, mais peut-être pas jusqu'au groupe ?

Bien cordialement,
""" + sig("Jean-Baptiste Cordier", "Architecte DPLG - Maître de conférences associé", "École d'architecture - Antenne de Caen", "02 31 56 80 15", "ARCHI B-02")
M("prof-archi-personne-inscrit", ("Jean-Baptiste Cordier", "jb.cordier@unicaen.fr"), "AR.S901 : aucun étudiant inscrit", "2025-09-29 14:20", b,
  "not_enrolled", "staff", codes=[("ARCM2-A","ARCM2-A","architecture group ARC+level-letter"),("AR.S901","AR.S901","architecture AR.+letter+3digits")], note="no student enrolled, IP maybe not down to the group", form=dict(kind="alt", style="apple", png="Capture d’écran 2025-09-29 à 14.18.02.png"))

M("prof-trop-enseignants-journalisme", ("Karine Bellanger", "karine.bellanger@unicaen.fr"), "Tous les enseignants de l'école sont dans mon cours", "2025-09-24 09:03",
"""Bonjour,
Dans JO3RED2 (atelier rédaction L2), toute l'équipe pédagogique de l'école est inscrite comme enseignant (23 personnes !), alors que nous sommes deux à intervenir. Même chose dans JO3-RAD (radio). Je suppose que c'est l'association des groupes dans ADE ? Le groupe concerné est JO3RED2G1.
Merci
K. Bellanger""", "too_many_teachers", "staff", codes=[("JO3RED2","JO3RED2","journalism JO+sem+4letters"),("JO3RAD","JO3-RAD","journalism JO+sem+4letters"),("JO3RED2G1","JO3RED2G1","journalism group code+G+digit")], note="whole teaching team enrolled (ADE association)")

M("prof-vague", ("Bernard Quillet", "bernard.quillet@unicaen.fr"), "problème ecampus", "2025-10-16 17:45",
"""Bonjour, ça ne marche toujours pas pour mon cours, les étudiants ne voient rien. Cordialement. B. Quillet""",
  "students_cannot_see_course", "staff", note="vague teacher: no code no number")

b = """Bonjour,

Le cours « (1CA153) Analyse du contexte » n'existe plus sur Ecampus pour le site d'Alençon. L'an dernier nous avions un espace « (1CA153A) Analyse du contexte - Alençon » distinct ; cette année il n'y en a qu'un seul, et les étudiants d'Alençon n'y sont pas. L'élément a-t-il été mutualisé (porteur/porté) ?

Cordialement
""" + sig("Fabienne Toutain", "Formatrice INSPE", "INSPE Normandie Caen - Site d'Alençon", "02 33 81 13 40", "ALE-1.07", "Site d'Alençon : 63 rue de la Vicomté, 61000 Alençon\n")
M("inspe-cours-porte", ("Fabienne Toutain", "fabienne.toutain@unicaen.fr"), "1CA153 site d'Alençon", "2025-09-18 13:50", b,
  "course_missing", "staff", codes=[("1CA153","1CA153","digit-first INSPE 1CA+3digits"),("1CA153A","1CA153A","digit-first INSPE 1CA+3digits+letter")], note="porté element space gone (mutualised)", form=dict(kind="html", style="outlook", cte="qp"))

M("prof-pas-inscrit-mediation", ("Romain Delacour", "romain.delacour@unicaen.fr"), "Re: [CEMU #48102] DUMED04", "2025-10-23 11:29",
"""Bonjour,

Toujours pas inscrit dans DUMED 04 ce matin. La planification ADE a été refaite le 20 par la scolarité (séances des 6 et 20 novembre, salle MRSH 120).

Romain Delacour

> Le 17/10/2025 à 15:12, CEMU Assistance a écrit :
>> Bonjour,
>> Votre inscription comme enseignant dépend de la planification ADE. Merci de voir avec la scolarité du DU.
>> Cordialement
>>> Le 16/10/2025 à 08:40, Romain Delacour a écrit :
>>>> Je ne suis pas inscrit dans l'espace du module DUMED04 (Médiation familiale) du DU Médiation, que j'enseigne.
""", "teacher_not_enrolled", "staff", codes=[("DUMED04","DUMED 04","DU mediation DUMED+2digits")], note="ticket follow-up, teacher still not enrolled after ADE fix", form=dict(cte="qp"))

M("prof-hurried-dashboard", ("Vincent Auvray", "vincent.auvray@unicaen.fr"), "cours pas dans tableau de bord", "2025-09-09 07:58",
"""Bonjour, je ne vois pas 2DR301 dans mon tableau de bord. Je suis responsable. Amphi Pierre Daure à 8h30. Merci
VA""", "course_not_on_dashboard", "staff", codes=[("2DR301","2DR301","digit-first law 2DR+3digits")], note="hurried teacher course not on dashboard; amphi look-alike")

M("prof-cohorte-inscrire", ("Françoise Delaunay", "francoise.delaunay@unicaen.fr"), "Inscrire toute la promo L1 par cohorte ?", "2025-09-05 15:35",
"""Bonjour,

Pour l'espace d'accueil des L1 de Sciences de la Vie (espace complémentaire, pas un cours Apogée), je voudrais inscrire toute la promotion. J'ai vu qu'il existe des cohortes par étape : laquelle choisir pour la L1 SVT (étape L1SVTE ?) et est-ce qu'elle se met à jour seule quand il y a des inscriptions tardives ?

Merci pour votre aide,
Françoise Delaunay
Directrice des études L1 SV""", "cohort_question", "staff", codes=[("L1SVTE","L1SVTE","étape L+year+4letters")], note="teacher asks which cohort to sync", form=dict(kind="alt", style="tb", cte="qp"))

b = """Bonjour,

Mon cours de biologie cellulaire SBIO2O3 a disparu de mes cours aujourd'hui, et je le retrouve dans « Archives » sous un nouveau nom. Je n'ai rien demandé ! Est-ce lié au changement de maquette ?

""" + sig("Dr Aurélie Marchand", "Maîtresse de conférences - Biologie cellulaire", "UFR des Sciences - Département de Biologie", "02 31 56 54 09", "SBIO 3.14", "Laboratoire BIOTARGEN - UR 7450\n")
M("prof-archive-bio", ("Aurélie Marchand", "aurelie.marchand@unicaen.fr"), "Cours archivé sans prévenir", "2025-10-01 16:06", b,
  "course_moved_renamed", "staff", codes=[("SBIO203","SBIO2O3","letters+digits S+3letters+3digits")], note="course archived; code written with O for 0", form=dict(kind="html", style="outlook", cs="windows-1252", hcs="windows-1252"))

# ---------- SCOLARITE secretaries (lists / tables)
rows = [["22003136","0903012345K","LEROY","Anaïs","ST5ENT3"],["23041872","2304A01277B","DIOP","Moussa","ST5ENT3"],["21908815","1002934412J","LECANU","Tom","ST5APA2"],["24016233","0812034401D","BRUNET","Éva","ST5APA2"]]
intro = "Bonjour,\n\nLes étudiants ci-dessous, inscrits pédagogiquement depuis le 22/09 (IP complètes, groupes compris), ne sont toujours pas inscrits dans les espaces Ecampus correspondants :\n\n"
outro = "\n\nMerci de votre aide.\nBien cordialement,\n\nCorinne Lemonnier\nScolarité STAPS - UFR STAPS\nBâtiment STAPS, bureau 008\n02 31 56 73 21\n"
M("scol-staps-tableau", ("Corinne Lemonnier", "corinne.lemonnier@unicaen.fr"), "Etudiants L3 non inscrits sur Ecampus", "2025-10-03 10:12",
  intro + table_txt(["N° étudiant","INE","NOM","Prénom","Code ELP"], rows) + outro,
  "not_enrolled", "staff", codes=[("ST5ENT3","ST5ENT3","STAPS ST+sem+3letters+digit"),("ST5APA2","ST5APA2","STAPS ST+sem+3letters+digit")], nums=["22003136","23041872","21908815","24016233"],
  note="scolarité table of 4 students with INE, not enrolled", form=dict(kind="alt", html=table_html(intro, ["N° étudiant","INE","NOM","Prénom","Code ELP"], rows, outro)))

rows2 = [["24 05 71 18","ARCL2","AR.ATL-B","AR.ATL-A"],["24 06 02 91","ARCL2","AR.ATL-B","AR.ATL-C"],["23 09 88 40","ARCL2","AR.ATL-B","AR.ATL-A"]]
intro2 = "Bonjour,\n\nTrois étudiants de 2e année (étape ARCL2, version 101) ont changé de groupe d'atelier le 06/10 dans Apogée mais Ecampus les affiche toujours dans l'ancien groupe dans l'espace AR.P207 (Atelier de projet 3) :\n\n"
outro2 = "\n\nEst-ce que la synchro des groupes a bien tourné ?\n\nMerci,\nSylvie Hue\nGestionnaire de scolarité - École d'architecture\nTél. 02 31 56 80 02\n"
M("scol-archi-groupes", ("Sylvie Hue", "sylvie.hue@unicaen.fr"), "Changement de groupes d'atelier non répercuté", "2025-10-09 14:33",
  intro2 + table_txt(["N° étu","Étape","Groupe Ecampus","Groupe Apogée"], rows2) + outro2,
  "wrong_group", "staff", codes=[("ARCL2","ARCL2","architecture étape ARCL+year"),("AR.ATL-B","AR.ATL-B","architecture group"),("AR.ATL-A","AR.ATL-A","architecture group"),("AR.ATL-C","AR.ATL-C","architecture group"),("AR.P207","AR.P207","architecture AR.+letter+3digits")],
  nums=["24057118","24060291","23098840"], note="secretary table: group changes not propagated", form=dict(kind="html", html=table_html(intro2, ["N° étu","Étape","Groupe Ecampus","Groupe Apogée"], rows2, outro2)))

M("scol-ifsi-liste", ("Valérie Jouan", "valerie.jouan@unicaen.fr"), "IFSI - étudiants absents de plusieurs UE", "2025-10-16 09:05",
"""Bonjour,

Suite aux réclamations de la promotion 2e année (IFSI2A), voici les étudiants qui n'apparaissent pas dans les UE suivantes :

- IF3UE24 : Processus traumatiques
- IF3UE32 : Projet de soins infirmiers
- IF3 UE 44 : Soins d'urgence

Étudiants :
* LAIR Océane - n° 24058812 - INE 0904123388L
* BOUVIER Killian - n°24061530 - INE 0904120017C
* NDIAYE Fatou - n° 24.06.77.02 - INE 2404A00891E
* RENOUF Margaux - 24059981 (redoublante, IA du 12/09/2025)

Pour info le dossier GLPI côté DSI est le 317955 (extraction Apogée du 20251015).

Cordialement,
Valérie Jouan
Secrétariat pédagogique IFSI - CHU de Caen, niveau 3
Avenue de la Côte de Nacre - 14033 Caen Cedex 9
02 31 06 47 11""", "not_enrolled", "staff",
  codes=[("IFSI2A","IFSI2A","nursing étape IFSI+year+letter"),("IF3UE24","IF3UE24","nursing IF+sem+UE+2digits"),("IF3UE32","IF3UE32","nursing IF+sem+UE+2digits"),("IF3UE44","IF3 UE 44","nursing IF+sem+UE+2digits")],
  nums=["24058812","24061530","24067702","24059981"], note="nursing secretary list of 4 students x 3 UE, INE and GLPI look-alikes", form=dict(cs="iso-8859-1", hcs="iso-8859-1", cte="qp"))

M("scol-droit-nom-errone", ("Martine Gosselin", "martine.gosselin@unicaen.fr"), "Correction d'identité - étudiant L1 Droit", "2025-10-20 11:48",
"""Bonjour,

L'étudiant LEGRAND Mathis (n° étudiant 25 04 12 90) est affiché sur Ecampus sous le nom « LEGRAND Mathias ». Nous avons corrigé l'état civil dans Apogée le 10/10 (erreur de saisie lors de l'IA) mais Ecampus n'a pas suivi. Il est inscrit en 1DRT1.

Pouvez-vous forcer la mise à jour ?

Martine Gosselin
Scolarité UFR Droit, AES et Administration publique
Bureau DR 014 - 02 31 56 51 30""", "wrong_name", "staff", codes=[("1DRT1","1DRT1","digit-first law étape")], nums=["25041290"], note="secretary: first name corrected in APOGEE not propagated", form=dict(kind="alt", style="outlook"))

M("scol-ete-liste-inscriptions", ("Claire Vautier", "claire.vautier@unicaen.fr"), "Université d'été 2025 : inscriptions Ecampus", "2025-08-21 10:30",
"""Bonjour,

Pour l'université d'été (étape UETE25), les groupes de niveau ont été créés dans Apogée hier :
ETE25-GR1 (A2), ETE25-GR2 (B1), ETE25-GR3 (B2), ETE25-GR4 (C1).

Les 11 étudiants suivants, arrivés le 20 août, ne sont dans aucun espace :
25900401, 25900402, 25900405, 25900409, 25900412, 25900417, 25900418, 25900420, 25900423, 25900431, 25900433

Les cours commencent lundi 25 août à 9h (bâtiment B, salles B-101 à B-104). Les cours concernés : ETE25-A2, ETE25-B1, ETE25-B2, ETE25-C1 + l'atelier ETE25-AT.

Merci beaucoup,
Claire Vautier
Carrefour Normand - Centre d'enseignement du français pour étrangers
02 31 56 56 26""", "not_enrolled", "staff",
  codes=[("UETE25","UETE25","summer school étape UETE+yy"),("ETE25-GR1","ETE25-GR1","summer school group"),("ETE25-GR2","ETE25-GR2","summer school group"),("ETE25-GR3","ETE25-GR3","summer school group"),("ETE25-GR4","ETE25-GR4","summer school group"),
         ("ETE25-A2","ETE25-A2","summer school ETE+yy-level"),("ETE25-B1","ETE25-B1","summer school ETE+yy-level"),("ETE25-B2","ETE25-B2","summer school ETE+yy-level"),("ETE25-C1","ETE25-C1","summer school ETE+yy-level"),("ETE25-AT","ETE25-AT","summer school ETE+yy-level")],
  nums=["25900401","25900402","25900405","25900409","25900412","25900417","25900418","25900420","25900423","25900431","25900433"], note="summer school list of 11 students not enrolled")

b = """Bonjour,

Je vous fais suivre l'échange ci-dessous. Pouvez-vous vérifier pourquoi M. Dupré n'est pas inscrit comme enseignant dans HLAN201 ?

Bien cordialement,
Christine Lamy
Secrétariat du département des Langues étrangères appliquées
02 31 56 55 74

-----Message d'origine-----
De : Arnaud Dupré <arnaud.dupre@unicaen.fr>
Envoyé : lundi 22 septembre 2025 18:40
À : Christine Lamy <christine.lamy@unicaen.fr>
Objet : RE: Ecampus anglais S2

Christine,
C'est bien moi qui fais l'anglais S2 (UE hlan201) cette année, ADE est à jour de mon côté (séances du mercredi, salle SA-110). Je ne vois pas le cours.
Arnaud

-----Message d'origine-----
De : Christine Lamy
Envoyé : lundi 22 septembre 2025 10:03
À : Arnaud Dupré
Objet : Ecampus anglais S2

Bonjour Arnaud, êtes-vous bien planifié dans ADE pour HLAN 201 ?
C.
"""
M("scol-fwd-prof-pas-inscrit-hlan", ("Christine Lamy", "christine.lamy@unicaen.fr"), "TR: RE: Ecampus anglais S2", "2025-09-23 09:18", b,
  "teacher_not_enrolled", "staff", codes=[("HLAN201","HLAN201","letters+digits H+3letters+3digits"),("HLAN201","hlan201","letters+digits H+3letters+3digits"),("HLAN201","HLAN 201","letters+digits H+3letters+3digits")], note="secretary forwards Outlook thread: teacher not enrolled", form=dict(kind="html", style="outlook", cs="windows-1252", hcs="windows-1252", cte="qp"))

M("scol-trop-profs-geo", ("Nadine Roger", "nadine.roger@unicaen.fr"), "Enseignants en trop dans les cours de L2 géographie", "2025-09-16 15:10",
"""Bonjour,
Plusieurs enseignants nous signalent être inscrits dans des cours de L2 (étape GEOL2) qu'ils n'assurent pas :
- G4CART2 Cartographie (8 enseignants au lieu de 2)
- G4 SIG02 SIG avancé
- G4TER01 Terrain
Il n'y a pas encore de planification ADE pour le S4. Est-ce que ça vient de l'année dernière ?
Nadine Roger, scolarité Géographie""", "too_many_teachers", "staff",
  codes=[("GEOL2","GEOL2","geography étape GEO+level"),("G4CART2","G4CART2","geography G+sem+4letters+digit"),("G4SIG02","G4 SIG02","geography G+sem+3letters+2digits"),("G4TER01","G4TER01","geography G+sem+3letters+2digits")],
  note="too many teachers from previous year overlap", form=dict(cs="windows-1252", hcs="windows-1252"))

M("scol-cohorte-du", ("Anne-Sophie Lebas", "anne-sophie.lebas@unicaen.fr"), "Cohorte DU Médiation", "2025-10-10 11:00",
"""Bonjour,
Pouvez-vous me dire si la cohorte du DU Médiation (DUMEDI) existe sur Ecampus ? Les enseignants voudraient inscrire toute la promotion dans l'espace d'accueil commun « Ressources DU Médiation ». Et est-ce qu'il faudra la retirer à la fin de l'année ?
Merci
A.-S. Lebas
SUFCA - gestionnaire DU
02 31 56 60 88""", "cohort_question", "staff", codes=[("DUMEDI","DUMEDI","DU mediation étape")], note="secretary asks about DU cohort", form=dict(kind="alt", style="outlook", cte="b64"))

M("scol-cours-inexistant-agro", ("Hervé Mabire", "herve.mabire@unicaen.fr"), "Cours AGM2-DRO inexistant", "2025-09-22 10:20",
"""Bonjour,
L'EC "Droit rural et foncier" (code Apogée AGM2-DRO, M2 Agronomie, étape AGRM2) a été créé dans Apogée le 15/09 avec des charges d'enseignement (12h CM, 8h TD) mais aucun espace Ecampus n'existe. Les 18 étudiants y sont inscrits pédagogiquement, sans groupe (il n'y a pas de groupe pour cet EC).
Cordialement,
Hervé Mabire, scolarité Master Sciences""", "course_missing", "staff", codes=[("AGM2-DRO","AGM2-DRO","agronomy master AGM+year-3letters"),("AGRM2","AGRM2","agronomy étape AGRM+year")], note="new element with charges but no course space")

# ---------- composante admins
M("admin-composante-liste-cours-caches", ("Stéphane Lhermitte", "stephane.lhermitte@unicaen.fr"), "Cours STAPS non visibles par les étudiants - état des lieux", "2025-09-26 11:25",
"""Bonjour,

En tant que responsable administratif de l'UFR STAPS, je remonte plusieurs signalements d'étudiants de L1 qui ne voient pas les cours suivants (les enseignants affirment les avoir rendus visibles) :

  ST1ANAT   Anatomie fonctionnelle           https://ecampus.unicaen.fr/course/view.php?id=50311
  ST1PHY1   Physiologie de l'effort           https://ecampus.unicaen.fr/course/view.php?id=50317
  ST1 SOC1  Sociologie du sport               https://ecampus.unicaen.fr/course/view.php?id=50322

La catégorie « L1 STAPS (STL1) » elle-même serait-elle masquée ?

Cordialement,
Stéphane Lhermitte
Responsable administratif - UFR STAPS
2 boulevard Maréchal Juin, 14032 Caen Cedex
Tél : 02 31 56 72 80 - Fax : 02 31 56 72 99""", "students_cannot_see_course", "staff",
  codes=[("ST1ANAT","ST1ANAT","STAPS ST+sem+4letters"),("ST1PHY1","ST1PHY1","STAPS ST+sem+3letters+digit"),("ST1SOC1","ST1 SOC1","STAPS ST+sem+3letters+digit"),("STL1","STL1","STAPS étape STL+year")], ids=[50311,50317,50322],
  note="composante admin: several courses invisible, maybe hidden category", form=dict(kind="alt", style="outlook", cte="qp"))

M("admin-composante-participants", ("Gaëlle Fontaine", "gaelle.fontaine@unicaen.fr"), "Bloc participants - question de collègues", "2025-09-10 10:02",
"""Bonjour,
Plusieurs enseignants de l'UFR Santé me demandent où est passé le bloc « Participants » dans leurs espaces (ex. https://ecampus.unicaen.fr/course/view.php?id=44980). Y a-t-il une manip à faire de notre côté ou est-ce un changement de la plateforme ?
Gaëlle Fontaine, chargée de mission numérique, UFR Santé""", "participants_block_missing", "staff", ids=[44980], note="composante admin asks about participants block")

M("admin-composante-login-vacataires", ("Jérôme Pasquier", "jerome.pasquier@unicaen.fr"), "Comptes invités bloqués au profil", "2025-09-30 17:05",
"""Bonjour,

J'ai créé la semaine dernière des comptes invités pour 3 intervenants extérieurs de l'école de journalisme. Tous les trois restent bloqués à la connexion sur la page « Modifier le profil » qui réclame une adresse de courriel. Je n'avais pas renseigné leur mail perso lors de la création (champ facultatif dans le formulaire). Que dois-je faire ?

Jérôme Pasquier
Responsable administratif EJC
Tél. 02 31 56 66 01""", "cannot_login", "staff", note="composante admin: guest accounts without email stuck at profile", form=dict(kind="alt", style="tb"))

M("admin-composante-cours-archive-lot", ("Delphine Brisset", "delphine.brisset@unicaen.fr"), "Cours passés en archive après la remontée de maquette", "2025-09-04 14:44",
"""Bonjour,

Suite à la remontée de la nouvelle maquette du master Journalisme (étape JRNM1), une dizaine d'espaces ont été déplacés dans « Archives ». Les anciens codes JO7ENQ1, JO7ENQ2 et JO7DOC n'existent plus, remplacés par JO7ENQU et JO7DOCU. Les enseignants veulent récupérer leurs contenus.
Quelle est la marche à suivre ?

Delphine Brisset
Directrice administrative adjointe, EJC""", "course_moved_renamed", "staff",
  codes=[("JRNM1","JRNM1","journalism étape JRNM+year"),("JO7ENQ1","JO7ENQ1","journalism JO+sem+4letters"),("JO7ENQ2","JO7ENQ2","journalism JO+sem+4letters"),("JO7DOC","JO7DOC","journalism JO+sem+4letters"),("JO7ENQU","JO7ENQU","journalism JO+sem+4letters"),("JO7DOCU","JO7DOCU","journalism JO+sem+4letters")],
  note="admin: old codes removed, spaces archived", form=dict(cte="b64"))

M("admin-composante-groupe-cemu", ("Romain Letellier", "romain.letellier@unicaen.fr"), "Etudiants FOAD placés en groupe ELP", "2025-10-22 09:40",
"""Bonjour,

Nos étudiants en télé-enseignement du master agronomie se retrouvent dans le pseudo-groupe ELP_AGM1-SOL_CM au lieu du groupe AGM1-CEMU dans l'espace AGM1SOL. Leur IA est bien en télé-enseignement et l'EC est déclaré à distance. Exemple : 24113590.
Faut-il créer un groupe libellé CEMU dans Apogée ?

Romain Letellier
Pôle Formation - UFR des Sciences""", "wrong_group", "staff",
  codes=[("AGM1-CEMU","AGM1-CEMU","agronomy group"),("AGM1-SOL","AGM1SOL","agronomy master AGM+year-3letters")], nums=["24113590"], note="admin: FOAD students put in ELP_ pseudo-group; ELP_ pseudo-group not a group code")

# ---------- DSI
M("dsi-cas-incident", ("DSI - Pôle Applications", "dsi-applications@unicaen.fr"), "[Incident INC0045871] Redirection CAS vers Ecampus", "2025-09-09 16:12",
"""Bonjour,

Pour information, plusieurs appels au 02 31 56 60 00 (hotline DSI) concernent des étudiants qui arrivent sur https://cas.unicaen.fr/login sans paramètre service et restent sur la page « Connexion réussie ... CAS ne connaît pas votre destination finale ». Le référencement Google pointe sur cas.unicaen.fr au lieu de ecampus.unicaen.fr. Pouvez-vous nous confirmer le lien à communiquer (https://ecampus.unicaen.fr/login/index.php ?) pour le message sur l'ENT ?

Exemple remonté : étudiant 25054318 (logs du 20250909, ticket 2509-0412).

Cordialement,
Pôle Applications - DSI
Version CAS 6.6.15 - serveur cas-prod-02""", "cas_unknown_destination", "staff", nums=["25054318"], note="DSI asks about CAS without service; incident number and version look-alikes", form=dict(kind="alt", style="outlook"))

M("dsi-bdd-maintenance", ("Guillaume Leconte", "guillaume.leconte@unicaen.fr"), "Lenteurs / erreurs base Ecampus dimanche", "2025-11-23 11:40",
"""Bonjour,

Ce matin entre 9h05 et 10h50 nous avons eu des erreurs « Error: Database connection failed » sur ecampus (pgsql-ecampus-01, charge à 100 %). Plusieurs tickets sont arrivés chez nous. Est-ce la maintenance hebdomadaire (VACUUM) qui a débordé ? Elle est plus longue depuis le passage en PostgreSQL 15.

Guillaume Leconte
DSI - Pôle Infrastructures
Bâtiment Belvédère, bureau BEL-213
02 31 56 61 45""", "database_error", "staff", note="DSI reports Sunday DB failures during maintenance")

M("dsi-compte-login", ("Support DSI", "support.dsi@unicaen.fr"), "TR: [GLPI #318022] Accès Ecampus impossible - enseignante", "2025-10-27 10:05",
"""Bonjour,

Nous vous transférons ce ticket, le compte numérique de l'enseignante est actif (LDAP ok, dernier login CAS 27/10 09:52) mais elle ne peut pas accéder à Ecampus : « Vous ne pouvez pas vous connecter : votre compte a été suspendu ». Cela semble propre à Moodle.

Cordialement,
Support DSI
Tel: 02 31 56 60 00

-------- Message initial --------
De: Marion Lecerf <marion.lecerf@unicaen.fr>
Date: 27/10/2025 09:55
Objet: accès Ecampus

Bonjour, je n'arrive plus à accéder à Ecampus depuis mon retour de congé maternité, message "compte suspendu". Mon CAS fonctionne pour Zimbra.
Marion Lecerf, MCF Psychologie, bureau SH 306
""", "cannot_login", "staff", note="DSI forwards teacher account suspended in Moodle", form=dict(kind="html", style="tb"))
