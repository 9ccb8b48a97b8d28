from gen_base import add, PNG, PDF
SIG_CEMU = ""
add("etu-l1-droit-td3", "25004127@etu.unicaen.fr", "pas inscrite en droit civil",
"""Bonjour,
je suis en L1 droit et je ne vois pas le cours de droit civil (JU1CIV1) sur ecampus alors que j'ai mon TD 3 le mardi en salle S3-045.
Mes copines du meme TD l'ont.
Merci d'avance
Manon""", "not_enrolled", codes=["JU1CIV1", ("JU1CIV1T3", "TD 3")], nums=["25004127"], etapes=["JUL1"],
note="L1 droit student does not see JU1CIV1, names her TD3 in words")

add("ens-gea-tp-groupes", "Fabrice Le Goff <fabrice.legoff@unicaen.fr>", "Groupes de TP inversés - GEA-R105",
"""Bonjour,

Dans mon cours GEA-R105 (R1.05 Introduction à la comptabilité), les groupes sont mélangés :

Groupe Ecampus | effectif | attendu
GEA1TP2A | 31 | 14
GEA1TP2B | 0 | 15

Les étudiants du TP2B se retrouvent tous dans le TP2A. La promo fait 120, cela se voit vite.

Fabrice Le Goff
IUT Grand Ouest Normandie - site de Caen, bureau C212
02 31 56 70 12""", "wrong_group", role="staff", codes=["GEA-R105", "GEA1TP2A", "GEA1TP2B"],
html="""<html><body><p>Bonjour,</p><p>Dans mon cours GEA-R105 (R1.05 Introduction à la comptabilité), les groupes sont mélangés :</p>
<table border="1"><tr><th>Groupe Ecampus</th><th>effectif</th><th>attendu</th></tr><tr><td>GEA1TP2A</td><td>31</td><td>14</td></tr><tr><td>GEA1TP2B</td><td>0</td><td>15</td></tr></table>
<p>Les étudiants du TP2B se retrouvent tous dans le TP2A. La promo fait 120, cela se voit vite.</p><p>Fabrice Le Goff<br>IUT Grand Ouest Normandie - site de Caen, bureau C212<br>02 31 56 70 12</p></body></html>""",
note="BUT GEA teacher: TP2B students all put in TP2A in GEA-R105")

add("erasmus-en-literature", "Giulia Ferrante <giulia.ferrante@etu.unicaen.fr>", "Missing courses on Ecampus",
"""Hello,

I am an Erasmus exchange student from Università di Bologna, here for the autumn semester (Erasmus+ Accueil S1).
My learning agreement lists EN2LIT1 (English literature) and ES2CIV1 (Spanish civilisation) but I cannot see any of them on Ecampus.
My student number is 26011873, INE 250911234KB.
Could you please add me? Classes started on 14/09.

Best regards,
Giulia""", "not_enrolled", codes=["EN2LIT1", "ES2CIV1"], nums=["26011873"], lang="en",
note="Erasmus incoming student (English) missing two language courses from learning agreement")

add("absence-secretariat-sciences", "Nathalie Brunet <nathalie.brunet@unicaen.fr>", "Absence du bureau : Re: liste TD S.MA101",
"""Bonjour,

Je suis absente du 21 au 25 septembre inclus. Pour toute question urgente concernant la scolarité L1 MPC, merci de contacter scol-sciences@unicaen.fr ou le 02 31 56 73 40.

Cordialement,
Nathalie Brunet""", "other", role="unknown", auto=True, codes=["S.MA101"], extra={"Auto-Submitted": "auto-replied"},
note="out-of-office reply of a sciences secretary; subject cites S.MA101")

add("dsi-erreur-bdd", "Sébastien Hamel <sebastien.hamel@unicaen.fr>", "Erreur de lecture de la base de données sur un cours",
"""Bonjour,

Un collègue du département informatique m'a remonté ce matin une erreur en ouvrant le carnet de notes du cours S.IN203 :
https://ecampus.unicaen.fr/course/view.php?id=48213

Message affiché : « Erreur de lecture de la base de données ».
Debug info : ORA... non, c'est du PostgreSQL chez vous je crois. Ça arrive depuis 10h12, navigateur Firefox 128, Moodle 4.1 d'après le pied de page.
Ticket GLPI interne : 2026-0917-0043.

--
Sébastien Hamel
DSI - Pôle applications, bâtiment N, 14032 Caen Cedex 5
Tél. 02 31 56 61 88""", "database_error", role="staff", codes=["S.IN203"], ids=[48213],
note="DSI reports database read error on gradebook of S.IN203")

add("but-info-groupe", "lucas.benard@etu.unicaen.fr", "mauvais groupe",
"""slt, je suis en BUT info 1ere annee groupe 3 mais sur ecampus dans le cours INFO1R5 (R1.05 bdd) je suis dans le groupe 2 du coup je vois pas les bons rendus de TP
mon num etudiant 25107739
merci""", "wrong_group", codes=[("INFO1R05", "INFO1R5"), ("INFO1G3", "groupe 3"), ("INFO1G2", "groupe 2")], nums=["25107739"], etapes=["BINF1"],
note="BUT info 1 student placed in group 2 instead of 3; code INFO1R05 written with a digit dropped")

add("pass-mdp", "26003318@etu.unicaen.fr", "MOT DE PASSE",
"""BONJOUR JE SUIS EN PASS ET JE N ARRIVE PLUS A ME CONNECTER DEPUIS QUE J AI CHANGE MON MOT DE PASSE SUR L ENT
CA ME DIT IDENTIFIANT OU MOT DE PASSE INCORRECT
LE PARTIEL BLANC DE L'UE 3 EST DEMAIN 8H AMPHI B !!!""", "cannot_login", nums=["26003318"], etapes=["PASS1"],
note="PASS student cannot log in after password change; UE 3 and amphi B are not codes")

add("scol-histoire-fwd-ead", "Chantal Morin <chantal.morin@unicaen.fr>", "TR: inscription cours à distance",
"""Bonjour,

Je vous transfère la demande d'une étudiante de L3 histoire à distance (télé-enseignement). Elle est bien inscrite pédagogiquement à HIS-301, groupe HIS301EAD, dans Apogée depuis le 2 octobre.

Chantal Morin
Scolarité UFR HSS - bureau SA 118

---------- Message transféré ----------
De : Amandine Roussel <24009912@etu.unicaen.fr>
Date : lun. 5 oct. 2026 à 21:14
Objet : inscription cours à distance
À : <scol-hss@unicaen.fr>

Bonsoir, je ne suis inscrite dans aucun cours sur ecampus pour le 1er semestre, en particulier histoire ancienne HIS-301. Je suis salariée et je suis tout à distance. Merci de votre aide.
Amandine Roussel""", "not_enrolled", role="staff", codes=["HIS-301", "HIS301EAD"], nums=["24009912"], etapes=["HISL3D"],
note="history secretary forwards distance learner missing HIS-301")

add("cas-destination", "Chloé Vasseur <chloe.vasseur@etu.unicaen.fr>", "page bizarre quand je me connecte",
"""Bonjour,
quand je me connecte j'ai ça :

Connexion réussie
Bienvenue 25012264. Vous vous êtes authentifié(e) auprès du Service Central d'Authentification. Toutefois, vous voyez cette page car CAS ne connaît pas votre destination finale ni comment vous y rediriger.

et je reste bloquée, je n'arrive pas sur ecampus. J'ai tapé ecampus unicaen sur google.
Chloé""", "cas_unknown_destination", nums=["25012264"], attach=[("Capture d'écran 2026-09-18 à 09.41.png", PNG, "image/png")],
note="student stuck on CAS page (unknown destination), screenshot attached")

add("ens-droit-pas-enseignant", "Pierre-Yves Lemonnier <pierre-yves.lemonnier@unicaen.fr>", "Pas inscrit comme enseignant",
"""Bonjour,

J'assure cette année les TD de droit des obligations en L2 (ju2obl1 au S3, puis JU2OBL2 au S4) mais je n'apparais pas comme enseignant dans l'espace de cours, seulement Mme Hébert. Mes séances sont pourtant dans ADE (mercredi 14h-17h, bât. Droit salle DR 203).

Bien à vous,
P.-Y. Lemonnier
Maître de conférences en droit privé
Tél : 06 12 45 78 90""", "teacher_not_enrolled", role="staff", codes=[("JU2OBL1", "ju2obl1"), "JU2OBL2"],
note="law lecturer not enrolled as teacher in two L2 obligations courses; first code lower case")

add("parent-gmail", "Martine Guérin <martine.guerin61@gmail.com>", "Mon fils n'a pas accès",
"""Bonjour Madame, Monsieur,

Mon fils Thomas Guérin (numéro 25118420) est inscrit en DAEU B depuis septembre mais il n'a accès à aucun cours en ligne, notamment les maths. Il n'ose pas vous écrire. Pouvez vous regarder ?

Cordialement
Martine Guérin
06 84 22 19 03""", "not_enrolled", role="unknown", nums=["25118420"], etapes=["DAEUB"],
note="mother (outsider) writes for son in DAEU B who has no course")

add("stats-gea-tableau-bord", "kevin.martins@etu.unicaen.fr", "cours disparu du tableau de bord",
"""Bonjour,

Depuis lundi le cours de stats (GEA R112) n'apparaît plus dans mes cours sur le tableau de bord. Par contre si je passe par le lien du prof https://ecampus.unicaen.fr/course/view.php?id=50377 j'y accède normalement et je vois mes notes.

Kevin Martins
BUT GEA 1re année, TD4""", "course_not_on_dashboard", codes=[("GEA-R112", "GEA R112"), ("GEA1TD4", "TD4")], ids=[50377], etapes=["BGEA1"],
note="GEA student: course not on dashboard but reachable by link; code written with space instead of dash")

add("responsable-iae-cohorte", "Isabelle Decaen <isabelle.decaen@unicaen.fr>", "Ajout de cohorte dans le M1 CGAO",
"""Bonjour,

Pour l'espace complémentaire « Vie de la promo » du Master 1 CGAO, je voudrais inscrire toute la promotion via la cohorte de l'étape IAECG1. Est-ce la bonne méthode ou faut-il passer par vous ? Faut-il penser à la retirer en fin d'année ?

Merci,
Isabelle Decaen
Responsable pédagogique M1 CGAO - IAE Caen
3 rue Claude Bloch, 14000 Caen""", "cohort_question", role="staff", codes=["IAECG1"],
note="IAE director asks about adding cohort of IAECG1 to a complementary space")

add("spam-office365", "Service Informatique <admin-support@unicaen-mail-verify.com>", "Votre boîte mail sera désactivée",
"""Cher utilisateur,

Votre quota Office 365 a atteint 98 %. Pour éviter la suspension de votre compte sous 24 h, veuillez valider vos identifiants ici :
http://unicaen-verify.webmail-update.co/login

Service Informatique
Ref : 20260923-4481""", "other", role="unknown", note="phishing spam about mailbox quota")

add("erasmus-outgoing-fr", "Yanis Cherif <yanis.cherif@etu.unicaen.fr>", "Plus accès aux cours depuis mon inscription",
"""Bonjour,

Je suis en L2 informatique et je devais partir en Erasmus à Porto au S2 seulement, mais depuis la rentrée je n'ai plus aucun cours sur Ecampus (S.IN201, S.IN204...). Je pense avoir coché "année" au lieu de "semestre 2" lors de l'inscription administrative. Je suis bien à Caen en ce moment !

Yanis Cherif - 24103356""", "not_enrolled", codes=["S.IN201", "S.IN204"], nums=["24103356"], etapes=["SINF2"],
note="L2 info student wrongly flagged Erasmus for the whole year: no course")

add("ens-histoire-etudiants-voient-pas", "Laurent Fouquet <laurent.fouquet@unicaen.fr>", "Les étudiants ne voient pas mon cours HIS 305B",
"""Bonjour,

J'ai déposé le plan et la bibliographie sur l'espace du cours HIS 305B mais les étudiants me disent qu'ils ne le voient pas. Je le vois, mais en grisé. J'ai 42 inscrits dans la liste des participants.

Cordialement,
Laurent Fouquet
PR histoire moderne""", "students_cannot_see_course", role="staff", codes=[("HIS-305B", "HIS 305B")],
note="teacher: students cannot see course (greyed = hidden); code with space instead of dash")
