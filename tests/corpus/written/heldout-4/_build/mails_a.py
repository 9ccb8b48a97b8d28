from common import *
from lib import inner, text2html, table_html

# 001 student L1 droit anxious, not enrolled in TD course
add("001-l1-droit-td-introuvable", G([("D1HDT11", "D1HDT11")], ["25014872"], [], "not_enrolled", "student", "fr",
    schemes=["droit-elp"], note="L1 law student not enrolled in Histoire du droit course on Ecampus, TD starts Monday"),
    frm=("Léa Marchand", "lea.marchand14@gmail.com"), subject="probleme cours histoire du droit",
    date=(2025, 9, 18, 22, 47), body="""Bonjour,

Je suis en première année de licence de droit et je n'arrive pas à trouver le cours d'histoire du droit sur ecampus. Mes amies de TD l'ont toutes sur leur tableau de bord mais pas moi, et quand je cherche "D1HDT11" dans la barre de recherche je vois le cours mais il me dit que je ne peux pas m'inscrire.

Le professeur a déposé le plan et les fiches de TD dessus et le premier TD c'est lundi 22 à 8h en salle DR-017, je stresse beaucoup parce que je n'ai pas les documents.

Je me suis inscrite à la fac en juillet et j'ai fait mon inscription pédagogique la semaine dernière au bâtiment D.

Mon numéro étudiant est le 25014872.

Merci beaucoup d'avance, désolée si je ne m'adresse pas au bon service.

Léa Marchand
L1 Droit groupe 12
""")

# 002 M2 terse, cannot see on dashboard
add("002-m2-tableau-de-bord", G([("IAE5CG07", "IAE5CG07")], ["21907745"], [], "course_not_on_dashboard", "student", "fr",
    schemes=["iae-elp"], note="M2 CGAO student: course no longer on the dashboard since last week"),
    frm=("", "21907745@etu.unicaen.fr"), subject="IAE5CG07 disparu du tableau de bord",
    date=(2025, 11, 4, 8, 3), body="""Bonjour,
Le cours IAE5CG07 (contrôle de gestion avancé) n'apparaît plus sur mon tableau de bord depuis jeudi. J'y avais accès jusque-là.
21907745, M2 CGAO.
Cordialement
""")

# 003 exchange student EN cannot login
add("003-erasmus-cannot-login", G([], [], [], "cannot_login", "student", "en",
    note="Incoming Erasmus student cannot log in to Ecampus at all, account not activated?"),
    frm=("Jonas Lindqvist", "jonas.lindqvist@student.uu.se"), subject="Cannot log in to Ecampus",
    date=(2025, 9, 9, 14, 12), body="""Hello,

I am an exchange student from Uppsala University (Erasmus+, autumn semester 2025). I received my student card yesterday at the international office (Bâtiment B, room B-145) but I cannot log in to Ecampus. When I type my login and password it says "Identifiant ou mot de passe invalide".

I activated my account on the "Activer mon compte numérique" page on Friday with the code from my letter. I tried on Firefox 142.0.1 and on my phone, same thing. Eduroam works with the same password, strangely.

My teachers say all the readings for the FLE course are on Ecampus so I really need access.

Best regards,
Jonas Lindqvist
Exchange student – Faculté des Langues
+46 70 412 88 19
""")

# 004 SMS style student, wrong group
add("004-sms-mauvais-groupe", G([("GEA-R305", "gea r305"), ("GEA2-TP3B", "tp3b")], ["24118023"], [], "wrong_group", "student", "fr",
    schemes=["iut-elp", "iut-gpe"], note="BUT GEA student put in wrong TP group on Ecampus (SMS style, codes lowercase)"),
    frm=("", "ines.bouaziz@etu.unicaen.fr"), subject="groupe tp",
    date=(2025, 10, 2, 12, 58), body="""slt
jsuis en BUT GEA 2e annee et sur ecampus jsuis dans le mauvais groupe pr le cours gea r305 , jsuis en tp3b normalement mais la jsuis nul part ou ds le tp1 jsp
du coup jvois pas les devoirs a rendre pr vendredi
mon num etudiant c 24118023
mrc
""")

# 005 teacher formal, students cannot see course, multipart alternative Outlook, QP
body005 = """Madame, Monsieur,

Je me permets de vous solliciter au sujet de l'espace de cours « (G3.SIG.2) Systèmes d'information géographique 2 » (https://ecampus.unicaen.fr/course/view.php?id=48213).

Les étudiants de L3 Géographie m'indiquent qu'ils ne voient pas ce cours dans leur liste, alors que je l'ai préparé depuis plusieurs semaines et que les documents du premier TP (salle informatique S3-045, logiciel QGIS 3.34) y sont déposés. De mon côté, je le vois normalement, mais légèrement grisé.

Les étudiants semblent pourtant bien inscrits : la page des participants en compte 64.

Pourriez-vous m'indiquer ce qui empêche l'accès ?

Je vous remercie par avance et vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

""" + sig("Hélène Vasseur-Leroy", "Maîtresse de conférences en géographie", "UFR des Sciences de l'Homme - Département de géographie",
          "Bureau MRSH 212, bâtiment MRSH (Campus 1)", "02 31 56 58 74", "UMR 6266 IDEES Caen")
add("005-prof-sig-etudiants-voient-pas", G([("G3.SIG.2", "G3.SIG.2")], [], [48213], "students_cannot_see_course", "staff", "fr",
    schemes=["geo-elp"], note="Teacher: L3 students cannot see her SIG course (greyed for her = hidden course)"),
    frm=("Hélène Vasseur-Leroy", "helene.vasseur-leroy@unicaen.fr"),
    subject="Accès des étudiants au cours SIG 2 - L3 Géographie", date=(2025, 9, 24, 9, 31),
    form="alt", cte="quoted-printable", body=body005)

# 006 secretary list of students not enrolled, html table
rows006 = [["N° étudiant", "INE", "Nom", "Prénom", "Groupe"],
           ["24503361", "0703045871K", "DUVAL", "Mathis", "DL2-TD07"],
           ["24500917", "0904112356F", "N'GUESSAN", "Aya", "DL2-TD07"],
           ["23512288", "2304009871J", "LEFEBVRE", "Camille", "DL2-TD07"],
           ["24511640", "071234567AB", "ROCHE", "Baptiste", "DL2-TD07"]]
txt006 = """Bonjour,

Plusieurs étudiants du groupe de TD 7 de L2 Droit ne sont pas inscrits dans le cours de Droit civil – obligations (D2CIV31) ni dans Droit administratif (D2ADM21), alors que leurs IP sont faites dans Apogée depuis le 12 septembre.

{TABLE}

Le chargé de TD, M. Perrault, a signalé qu'ils n'apparaissaient pas dans la liste des participants. Pouvez-vous regarder ?

Bien cordialement,

Nathalie Guérin
Gestionnaire de scolarité L2 Droit
Faculté de Droit, AES et Sciences Politiques
Bâtiment D, bureau D-104
Tél. 02 31 56 54 18
"""
plain_table006 = "\n".join("\t".join(r) for r in rows006)
html006 = text2html(txt006.split("{TABLE}")[0]) .replace("</div>\n</body>\n</html>\n", "") + table_html(rows006) + \
    text2html(txt006.split("{TABLE}")[1]).split('<div class="WordSection1">\n')[1]
add("006-scol-droit-liste-non-inscrits", G([("D2CIV31", "D2CIV31"), ("D2ADM21", "D2ADM21"), ("DL2-TD07", "DL2-TD07")],
    ["24503361", "24500917", "23512288", "24511640"], [], "not_enrolled", "staff", "fr",
    schemes=["droit-elp", "droit-gpe"], note="Law secretary: 4 students of TD group 7 not enrolled in two courses, HTML table with INE"),
    frm=("Nathalie Guérin", "nathalie.guerin@unicaen.fr"), subject="Étudiants L2 non inscrits – Droit civil et Droit administratif",
    date=(2025, 9, 29, 15, 6), form="alt", cte="quoted-printable",
    body=txt006.replace("{TABLE}", plain_table006), html=html006)

# 007 vacataire outside address stuck on profile page
add("007-vacataire-profil-email", G([("FC.GRH05", "FC.GRH05")], [], [], "cannot_login", "unknown", "fr",
    schemes=["fc-elp"], note="Outside vacataire stuck on profile page asking for an e-mail address at first login"),
    frm=("Patrick Demarest", "p.demarest@rh-conseil-normandie.fr"), subject="Impossible d'accéder à Ecampus (page profil)",
    date=(2025, 10, 8, 19, 22), charset="windows-1252", cte="quoted-printable", hcharset="windows-1252", body="""Bonjour,

J'interviens comme vacataire dans le DU Gestion des ressources humaines (formation continue) pour le module FC.GRH05 « Droit social appliqué ».

Le service de formation continue m'a créé un compte et j'ai reçu mes identifiants. Quand je me connecte, j'arrive sur une page « Modifier le profil » qui me demande une adresse de courriel, mais le champ n'est pas modifiable et je ne peux pas aller plus loin. Je ne peux donc ni voir mon cours ni déposer mes supports pour samedi.

Je suis joignable au 06 72 18 40 95.

Cordialement,

Patrick Demarest
Consultant RH – RH Conseil Normandie
12 rue Saint-Jean, 14000 Caen
""")

# 008 out of office FR auto
add("008-absent-du-bureau", G([], [], [], "other", "unknown", "fr", auto=True,
    note="Out-of-office auto reply from a teacher to a CEMU ticket reply"),
    frm=("Bertrand Olivier", "bertrand.olivier@unicaen.fr"), subject="Réponse automatique : [CEMU #48817] Cours de pneumologie invisible",
    date=(2025, 10, 24, 16, 40), headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    body="""Bonjour,

Je suis absent du 24 octobre au 3 novembre 2025 inclus, sans accès régulier à ma messagerie.
Pour toute question urgente concernant le DFGSM2, merci de contacter le secrétariat pédagogique (scolarite.sante@unicaen.fr, 02 31 56 82 10).

Cordialement,
Pr B. Olivier
""")

# 009 ALL CAPS student, cas unknown destination
add("009-majuscules-cas", G([], ["23608814"], [], "cas_unknown_destination", "student", "fr",
    note="All-caps student: CAS says connexion réussie but never goes to Ecampus"),
    frm=("", "kevin.lemaitre76@hotmail.fr"), subject="PROBLEME CONNEXION ECAMPUS URGENT",
    date=(2025, 10, 13, 7, 52), body="""BONJOUR
QUAND JE ME CONNECTE CA MARQUE CONNEXION REUSSIE BIENVENUE 23608814 MAIS APRES CA RESTE SUR LA PAGE ET CA VA PAS SUR ECAMPUS. CA MARQUE QUE CAS NE CONNAIT PAS MA DESTINATION FINALE. JE PASSE PAR GOOGLE EN TAPANT ECAMPUS CAEN.
J AI UN QCM A FAIRE AVANT 10H
MON TEL 06 12 23 45 67 OU 0231452618 (FIXE PARENTS)
MERCI
KEVIN LEMAITRE L2 STAPS
""")

# 010 teacher hurried, teacher not enrolled, QP
add("010-prof-pas-inscrit-x3inf", G([("X3INF-07", "X3INF07")], [], [], "teacher_not_enrolled", "staff", "fr",
    schemes=["esix-elp"], note="Engineering school teacher not enrolled as teacher in his course (code without dash)"),
    frm=("Damien Kerjean", "damien.kerjean@unicaen.fr"), subject="pas inscrit dans mon cours", date=(2025, 9, 15, 7, 41),
    cte="quoted-printable", body="""Bonjour,
je fais le cours X3INF07 (Réseaux et protocoles, ESIX 3e année info) depuis 3 ans et cette année je ne suis pas inscrit dans l'espace Ecampus, je ne peux rien déposer. Premier cours demain 8h en amphi S3. Mes créneaux sont bien dans ADE je crois.
Merci de faire vite svp
D. Kerjean

Envoyé de mon iPhone
""")

# 011 exchange student EN wrong name
add("011-exchange-wrong-name", G([], ["25207713"], [], "wrong_name", "student", "en",
    note="Exchange student's name misspelt in Ecampus (accents lost, first/last inverted)"),
    frm=("María José Fernández Ruiz", "25207713@etu.unicaen.fr"), subject="My name is wrong on Ecampus",
    date=(2025, 9, 26, 11, 5), form="html", body="""Dear Ecampus team,

My name appears as "RUIZ Maria Jose Fernandez" on Ecampus, in the participants list and on the forum. My family name is "Fernández Ruiz" and my first name is "María José". Some teachers think my first name is Fernandez.

My student number is 25207713. Could you please correct it?

Thank you very much,
María José Fernández Ruiz
Exchange student (Universidad de Granada), Licence 3 LEA
""")

# 012 delivery failure with returned mail attached (message/rfc822)
ret012 = inner(("CEMU Assistance", CEMU), "aurelien.pichon@etu.unicaen.fr", "[CEMU #48702] Inscription au cours LX-ANG31",
    (2025, 10, 16, 10, 12), """Bonjour,

Suite à votre demande, nous avons vérifié votre inscription pédagogique : vous êtes bien inscrit à l'élément LX-ANG31 (Anglais LANSAD niveau B1+) dans Apogée, mais pas dans un groupe. Nous avons signalé le problème au Pôle Langues.

Cordialement,
L'équipe CEMU
""")
add("012-mailer-daemon-retour", G([("LX-ANG31", "LX-ANG31")], [], [], "other", "unknown", "fr", auto=True,
    schemes=["lansad-elp"], note="Delivery failure: CEMU reply bounced (mailbox unknown), returned message attached"),
    frm=("Mail Delivery System", "MAILER-DAEMON@smtp.unicaen.fr"), subject="Undelivered Mail Returned to Sender",
    date=(2025, 10, 16, 10, 12), headers=[("Auto-Submitted", "auto-replied")], mixed_subtype="report",
    report_type="delivery-status", attach_msg=ret012, body="""This is the mail system at host smtp.unicaen.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<aurelien.pichon@etu.unicaen.fr>: host mbx.unicaen.fr[10.14.2.31] said: 550
    5.1.1 <aurelien.pichon@etu.unicaen.fr>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
""")

# 013 medical secretary: PASS group wrong, list with INE, ISO-8859-1 QP
add("013-scol-sante-groupes-ed", G([("MS2.CARD", "MS2.CARD"), ("DFG2-ED12", "DFG2-ED12"), ("DFG2-ED09", "DFG2-ED09")],
    ["23400156", "23401873", "22417760"], [], "wrong_group", "staff", "fr",
    schemes=["sante-elp", "sante-gpe"], note="Medical school secretary: three DFGSM2 students in wrong ED group in cardiology course"),
    frm=("Sylvie Hamel", "sylvie.hamel@unicaen.fr"), subject="DFGSM2 - groupes d'ED erronés dans MS2.CARD",
    date=(2025, 10, 6, 10, 44), charset="iso-8859-1", cte="quoted-printable", hcharset="iso-8859-1", body="""Bonjour,

Dans le cours MS2.CARD (Cardiologie - DFGSM2), trois étudiants apparaissent dans le groupe DFG2-ED09 alors qu'ils ont été basculés dans le groupe DFG2-ED12 dans Apogée le 29/09 :

- 23400156 / INE 1204567893H - BELLANGER Thomas
- 23401873 / INE 0907654321C - OUEDRAOGO Salimata
- 22417760 / INE 2210345678D - PETIT-JEAN Hugo (redoublant)

Les autres modules du semestre (MS2.PNEU, etc.) semblent corrects.
Ils n'ont donc pas accès aux bons créneaux d'ED ni aux dépôts de leur groupe. Merci de votre aide.

Sylvie Hamel
Scolarité 2e cycle - UFR Santé
Pôle des Formations et de Recherche en Santé (PFRS), 2 rue des Rochambelles
14032 Caen Cedex - bureau 1.07 - 02 31 56 82 13
""")

# 014 student course_missing (porté) hss dotted
add("014-etudiant-cours-inexistant", G([("3SO7B", "3SO7B")], ["22309871"], [], "course_missing", "student", "fr",
    schemes=["hss-dotted"], note="Sociology student: course 3SO7B does not exist on Ecampus at all"),
    frm=("Romane Guillou", "romane.guillou@etu.unicaen.fr"), subject="Cours 3SO7B introuvable",
    date=(2025, 10, 1, 17, 30), body="""Bonjour,

Je suis en L3 sociologie et le cours "Sociologie des migrations" (code 3SO7B d'après mon contrat pédagogique) n'existe pas sur Ecampus : je l'ai cherché partout, rien. La prof nous a dit que tout serait déposé dessus.

Numéro étudiant : 22309871

Merci,
Romane Guillou
""")

# 015 teacher annoyed too many teachers
add("015-trop-d-enseignants", G([("MUS2HAR1", "MUS2HAR1")], [], [56120], "too_many_teachers", "staff", "fr",
    schemes=["musique-elp"], note="Annoyed music teacher: a dozen colleagues enrolled as teachers in his harmony course"),
    frm=("Olivier Castagnet", "olivier.castagnet@unicaen.fr"), subject="Encore des enseignants en trop dans Harmonie 2 !!!",
    date=(2025, 9, 30, 23, 14), body="""Bonsoir,

Pour la deuxième année consécutive, mon cours d'Harmonie 2 (MUS2HAR1) se retrouve avec 11 "enseignants" inscrits qui n'ont rien à voir avec ce cours (des collègues du département et même deux intervenants du conservatoire). Ils reçoivent toutes les notifications des devoirs et l'un d'eux a modifié par erreur la section 3.

https://ecampus.unicaen.fr/user/index.php?id=56120

Je ne veux pas les désinscrire moi-même au risque de tout casser. L'an dernier on m'avait dit que c'était réglé.

Merci de faire le nécessaire, vraiment.

O. Castagnet
Département de musicologie
""")

# 016 English exchange student not enrolled (FLE), multipart alt
add("016-exchange-fle-not-enrolled", G([("LX-FLE22", "lx-fle22"), ("LXFLE-B1G2", "LXFLE-B1G2")], ["25211409"], [], "not_enrolled", "student", "en",
    schemes=["lansad-elp", "lansad-gpe"], note="Incoming exchange student not enrolled in French (FLE) course and group"),
    frm=("Giulia Romano", "giulia.romano3@studenti.unipd.it"), subject="Not enrolled in French course (FLE B1)",
    date=(2025, 9, 23, 13, 2), form="alt", body="""Hi,

I'm Giulia, an Erasmus student from Padova. My learning agreement includes the French course lx-fle22 (FLE B1, group LXFLE-B1G2, Tuesday 14:00 room LE-203) but on Ecampus I am not enrolled, I only see the "Welcome international students" space.

My student number is 25211409 (INE 091234567GB).

The teacher told us to write to you. Thanks a lot!

Giulia Romano
""")

# 017 database error student screenshot
add("017-erreur-base-de-donnees", G([], ["24317755"], [], "database_error", "student", "fr",
    note="Student gets 'Erreur de lecture de la base de données' on Sunday morning, screenshot attached"),
    frm=("Yanis Haddad", "yanis.haddad@etu.unicaen.fr"), subject="Erreur de lecture de la base de données",
    date=(2025, 11, 16, 9, 47), attach_png="Capture d'écran 2025-11-16 094512.png", body="""Bonjour,

Depuis ce matin Ecampus affiche "Erreur de lecture de la base de données" dès que j'ouvre un cours, je vous mets une capture d'écran. J'ai un devoir à rendre ce soir à 23h59.

Yanis Haddad, L1 MIASHS
24317755
""")

# 018 secretary: course archived (moved/renamed), HTML, cp1252
add("018-scol-cours-archive", G([("D2CIV21", "D2CIV21"), ("D2CIV31", "D2CIV31")], [], [41877], "course_moved_renamed", "staff", "fr",
    schemes=["droit-elp"], note="Law secretary: teacher's course moved to Archives after the code changed (D2CIV21 -> D2CIV31)"),
    frm=("Nathalie Guérin", "nathalie.guerin@unicaen.fr"), subject="Cours déplacé dans \"Archives\"",
    date=(2025, 9, 11, 11, 20), form="html", charset="windows-1252", cte="quoted-printable", hcharset="windows-1252", body="""Bonjour,

Mme Lacombe, qui enseigne le droit des obligations en L2, me signale que son cours de l'an dernier « (D2CIV21) Droit civil 3 » a été déplacé dans la catégorie « Archives » et renommé. Toutes ses ressources sont dedans.

Lien : https://ecampus.unicaen.fr/course/view.php?id=41877

Lors de la révision de la maquette, l'élément a été recodé D2CIV31 dans Apogée. Faut-il qu'elle recopie tout dans le nouvel espace ? Elle ne le trouve pas encore.

Merci,
Nathalie Guérin
Scolarité L2 Droit – bureau D-104 – poste 5418
""")

# 019 student SMS style no accents, course not on dashboard
add("019-sms-dashboard", G([("INF-R208", "INF-R208")], ["25116650"], [], "course_not_on_dashboard", "student", "fr",
    schemes=["iut-elp"], note="SMS-style IUT student: course not on dashboard but reachable via search"),
    frm=("", "25116650@etu.unicaen.fr"), subject="cour pa sur tableau de bord",
    date=(2025, 10, 20, 20, 10), body="""bjr
le cour INF-R208 apparait pa sur mon tableau de bord alors que jsui inscrit (jpeu y aller par la recherche et jvois mes notes). jai essaye de changer "en cours" "tout" mais rien
c normal ?
25116650 but info 1
""")

# 020 DSI mail about database maintenance -> database_error
add("020-dsi-indisponibilite", G([], [], [], "database_error", "staff", "fr",
    note="DSI reports Ecampus unavailable (Database connection failed) after a storage incident"),
    frm=("Frédéric Lenormand", "frederic.lenormand@unicaen.fr"), subject="Ecampus : Error: Database connection failed depuis 7h10",
    to="cemu.assistance@unicaen.fr, dsi-exploitation@unicaen.fr", date=(2026, 1, 12, 7, 38), form="alt", cte="quoted-printable",
    body="""Bonjour,

La supervision (Centreon) remonte depuis 7h10 une indisponibilité d'Ecampus : la page affiche "Error: Database connection failed - It is possible that the database is overloaded or otherwise not running properly".

Le cluster PostgreSQL pg-ecampus-02 a basculé suite à un incident sur la baie de stockage (ticket GLPI 318455). Nous sommes dessus, retour estimé vers 9h. Pouvez-vous prévenir les utilisateurs qui vous écrivent ?

Cordialement,

Frédéric Lenormand
DSI – Pôle Infrastructures et Exploitation
Campus 2, bâtiment Sciences 3, bureau S3-129
Boulevard Maréchal Juin, 14032 Caen Cedex 5
02 31 56 73 90 / astreinte 06 08 47 21 33
""")

# 021 partner university (Rouen) co-accredited, not enrolled
add("021-partenaire-rouen", G([("X5INF-14", "X5INF-14")], ["24890012", "24890047"], [], "not_enrolled", "unknown", "fr",
    schemes=["esix-elp"], note="Partner university (Rouen) asks why its students in the co-accredited course are not enrolled"),
    frm=("Claire Bouvier", "claire.bouvier@univ-rouen.fr"), subject="Étudiants Rouen - module co-accrédité X5INF-14",
    date=(2025, 10, 9, 16, 25), body="""Bonjour,

Je coordonne côté Université de Rouen Normandie le parcours co-accrédité « Cybersécurité des systèmes industriels ». Deux de nos étudiants, inscrits chez vous en inscription secondaire, n'ont pas accès au module X5INF-14 sur Ecampus :

- M. Tanguy Morel, n° étudiant Caen 24890012
- Mme Inès Benali, n° étudiant Caen 24890047

Leur numéro chez nous (21904512 et 21904588) ne vous sera sans doute d'aucune utilité. Ils se connectent bien à Ecampus, mais le cours n'apparaît pas et ils ne sont pas dans les participants.

Bien cordialement,

Claire Bouvier
Responsable pédagogique M2 CSI
UFR Sciences et Techniques – Université de Rouen Normandie
Avenue de l'Université, 76800 Saint-Étienne-du-Rouvray
Tél. 02 32 95 50 61
""")

# 022 teacher: participants block missing
add("022-bloc-participants", G([("HHIS305", "HHIS305")], [], [], "participants_block_missing", "staff", "fr",
    schemes=["hss-faq"], note="Teacher no longer finds the Participants block on the right of her course"),
    frm=("Marie-Christine Dauphin", "marie-christine.dauphin@unicaen.fr"), subject="Bloc participants disparu",
    date=(2025, 9, 17, 14, 3), charset="iso-8859-1", cte="8bit", hcharset="iso-8859-1", body="""Bonjour,

Dans mon cours HHIS305 (Histoire de la Normandie médiévale), le bloc "Participants" qui était à droite de la page a disparu. Je ne sais plus comment voir la liste de mes étudiants ni leur envoyer un message. Ai-je fait une mauvaise manipulation ?

Merci de votre aide.

M.-C. Dauphin
Professeure d'histoire médiévale
UFR HSS, bureau SA-318
""")

# 023 cohort question composante admin
add("023-admin-cohorte-pass", G([("PASS01", "PASS01")], [], [60412], "cohort_question", "staff", "fr",
    schemes=["sante-etp"], note="Composante admin asks whether to add the PASS cohort to a complementary course and how often it updates"),
    frm=("Julien Marie", "julien.marie@unicaen.fr"), subject="Cohorte PASS pour l'espace tutorat",
    date=(2025, 9, 5, 10, 15), form="html", body="""Bonjour,

Nous ouvrons comme chaque année un espace complémentaire « Tutorat PASS 2025-2026 » (https://ecampus.unicaen.fr/course/view.php?id=60412). Je souhaiterais y inscrire tous les étudiants de l'étape PASS01 via la cohorte correspondante.

1. La cohorte est-elle mise à jour automatiquement quand des étudiants s'inscrivent tardivement ou démissionnent ?
2. Les tuteurs (étudiants de DFGSM2) doivent-ils être mis dans une cohorte manuelle à part ?

Merci,
Julien Marie
Responsable administratif – UFR Santé
02 31 56 82 01
""")

# 024 student cannot login wrong password, account expired; no code
add("024-compte-bloque", G([], ["20311456"], [], "cannot_login", "student", "fr",
    note="Returning student (reinscription) cannot log in, account seems deactivated"),
    frm=("Thomas Riou", "thomas.riou@orange.fr"), subject="plus acces a ecampus",
    date=(2025, 11, 3, 18, 41), body="""Bonjour,
J'ai repris mes études cette année en M1 après deux ans de césure et je ne peux plus me connecter à ecampus ni à la messagerie, ça me dit que mon compte est désactivé. Mon numéro étudiant est toujours le même, 20311456 (celui de ma première inscription en 2020).
Ma réinscription est faite et payée (reçu n° 2025-118734).
Merci de m'aider
Thomas Riou
06 61 02 77 45
""")

# 025 teacher forwards student complaint (forward with quoted history): students can't see course
add("025-fwd-etudiants-ne-voient-pas", G([("MUS1FM03", "MUS1FM03"), ("LMUS1", "LMUS1")], ["25030441"], [], "students_cannot_see_course", "staff", "fr",
    schemes=["musique-elp", "musique-etp"], note="Teacher forwards a student mail: L1 music students cannot access course"),
    frm=("Agnès Poirier", "agnes.poirier@unicaen.fr"), subject="TR: Cours de formation musicale",
    date=(2025, 9, 19, 8, 55), body="""Bonjour,

Je vous transfère le message d'une étudiante. Aucun des étudiants de L1 (LMUS1) ne voit le cours, alors que moi je le vois. Je n'ai rien changé aux paramètres.

Agnès Poirier

-----Message d'origine-----
De : Zoé Lambert <zoe.lambert@etu.unicaen.fr>
Envoyé : jeudi 18 septembre 2025 21:13
À : Agnès Poirier <agnes.poirier@unicaen.fr>
Objet : Cours de formation musicale

Bonsoir Madame,
Nous ne trouvons pas le cours de formation musicale (MUS1FM03) sur Ecampus pour télécharger la dictée. Personne du groupe ne l'a.
Zoé Lambert, 25030441
""")

# 026 spam phishing (not about Ecampus)
add("026-spam-webmail", G([], [], [], "other", "unknown", "fr", note="Phishing spam (webmail quota) not about Ecampus"),
    frm=("Service Messagerie", "support-unicaen@mail-verif-secure.com"), subject="Votre boîte aux lettres a atteint 98% de son quota",
    to="cemu.assistance@unicaen.fr", date=(2025, 11, 21, 3, 12), form="html",
    html="""<html><body><p>Cher utilisateur,</p><p>Votre bo&icirc;te aux lettres a atteint <b>98%</b> de son quota (1.96 Go / 2 Go). Vous ne pourrez plus recevoir de messages apr&egrave;s le 22/11/2025.</p>
<p><a href="http://unicaen-webmail.verif-quota.ru/login">Cliquez ici pour augmenter votre quota</a></p><p>&nbsp;</p><p>Service Informatique<br>&copy; 2025 Universit&eacute;</p></body></html>""")

# 027 staff: course_missing IUT, QP
add("027-prof-iut-cours-absent", G([("TC-R104", "TC-R104"), ("BTC1", "BTC1")], [], [], "course_missing", "staff", "fr",
    schemes=["iut-elp", "iut-etp"], note="IUT teacher: no Ecampus course exists for new resource TC-R104"),
    frm=("Sandrine Quesnel", "sandrine.quesnel@unicaen.fr"), subject="Ressource TC-R104 absente d'Ecampus",
    date=(2025, 9, 8, 16, 50), cte="quoted-printable", body="""Bonjour,

La ressource TC-R104 « Fondamentaux de la communication » du BUT TC 1re année (étape BTC1) n'a pas d'espace sur Ecampus. Toutes les autres ressources du semestre 1 ont le leur. Les cours commencent lundi 15 en salle IUT-G108 (site de Lisieux).

Pouvez-vous créer l'espace ou me dire ce qui manque ?

Merci
Sandrine Quesnel
Enseignante, département Techniques de commercialisation
IUT Grand Ouest Normandie – site de Lisieux
11 boulevard Jules Ferry, 14100 Lisieux
02 31 48 35 62
""")
