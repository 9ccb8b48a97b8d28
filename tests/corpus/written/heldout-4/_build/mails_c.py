from common import *
from lib import inner, text2html, table_html

# 055 teacher reply (gmail-style quoting): course archived, old code vanished
add("055-prof-musique-archives", G([("MUS2HST1", "MUS2HST1"), ("MUS2HIS1", "mus2his1")], [], [45560], "course_moved_renamed", "staff", "fr",
    schemes=["musique-elp"], note="Music teacher: course (old code MUS2HST1) moved to Archives; new code mus2his1 given by scolarité"),
    frm=("Anne-Sophie Gondouin", "anne-sophie.gondouin@unicaen.fr"), subject="Re: Mon cours a changé de catégorie",
    date=(2025, 9, 8, 14, 30), headers=[("In-Reply-To", "<CAH7x2-scol-musique-0907@unicaen.fr>")], body="""Bonjour,

Je vous mets en copie l'échange avec la scolarité. Mon cours « (MUS2HST1) Histoire de la musique baroque » est passé dans Archives et porte maintenant [Archive] devant son nom : https://ecampus.unicaen.fr/course/view.php?id=45560

Si j'ai bien compris le nouveau code est mus2his1, mais je ne vois aucun cours de ce nom. Dois-je tout refaire ? Il y a 3 ans de travail dedans.

Bien à vous,
Anne-Sophie Gondouin

Le dim. 7 sept. 2025 à 19:02, Scolarité Musicologie <scolarite.musicologie@unicaen.fr> a écrit :
> Bonsoir,
> La maquette de L2 a été revue : l'UE Histoire de la musique baroque est maintenant codée MUS2HIS1 (l'ancien code n'existe plus).
> Bonne soirée,
> Le secrétariat
>
>> Le 05/09/2025 à 10:12, Anne-Sophie Gondouin a écrit :
>> Bonjour, mon cours a changé de catégorie sur Ecampus, savez-vous pourquoi ?
""")

# 056 student wrongly marked Erasmus departure, not enrolled anywhere, cp1252
add("056-erasmus-par-erreur", G([("DL3PRI", "DL3PRI-101")], ["22514490"], [], "not_enrolled", "student", "fr",
    schemes=["droit-etp"], note="Student present in Caen but IA says Erasmus departure: enrolled in no course"),
    frm=("Clémence Hébert", "clemence.hebert@etu.unicaen.fr"), subject="Inscrite dans aucun cours (L3 droit privé)",
    date=(2025, 9, 30, 8, 14), charset="windows-1252", cte="quoted-printable", hcharset="windows-1252", body="""Bonjour,

Je ne suis inscrite dans aucun cours sur Ecampus depuis la rentrée. Je suis en L3 Droit privé (DL3PRI-101 sur mon certificat de scolarité). Lors de mon inscription administrative en juillet j'ai coché par erreur « programme d'échange » parce que j'avais candidaté à Erasmus pour le S2, mais je ne suis finalement pas partie : je suis bien à Caen et je vais en cours tous les jours (amphi Demolombe).

N° étudiant 22514490 – INE 1503012448T

Merci de votre aide,
Clémence Hébert
""")

# 057 out of office HTML Outlook (secretary)
add("057-absent-du-bureau-outlook", G([], [], [], "other", "unknown", "fr", auto=True,
    note="Outlook 'Absent du bureau' auto reply from a secretary during the winter break"),
    frm=("Nathalie Guérin", "nathalie.guerin@unicaen.fr"), subject="Absent du bureau : [CEMU #49310] Étudiants L2 - groupe TD 7",
    date=(2025, 12, 22, 9, 0), form="html", headers=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Generated-Message-Source", "Mailbox Rules Agent")],
    body="""Bonjour,

Je suis absente du 20/12/2025 au 04/01/2026 (fermeture de l'université).
Retour le lundi 5 janvier 2026.
En cas d'urgence : scolarite.droit@unicaen.fr

Cordialement,
Nathalie Guérin
Scolarité L2 Droit – bureau D-104
""")

# 058 vacataire outside address participants block missing, alt
add("058-vacataire-liste-participants", G([("FC.CPT02", "FC.CPT02")], [], [61733], "participants_block_missing", "unknown", "fr",
    schemes=["fc-elp"], note="Outside vacataire cannot find the Participants block/link in his course"),
    frm=("Jean-Luc Morvan", "jl.morvan@cabinet-morvan-expertise.fr"), subject="Où est la liste des participants ?",
    date=(2025, 11, 6, 20, 47), form="alt", cte="quoted-printable", body="""Bonsoir,

Je suis intervenant vacataire (expert-comptable) pour le cours « (FC.CPT02) Comptabilité de gestion » en formation continue : https://ecampus.unicaen.fr/course/view.php?id=61733

Sur l'ancienne version il y avait à droite un cadre « Participants » pour voir les stagiaires et leur écrire. Je ne le trouve plus du tout. Comment puis-je envoyer un message à tout le groupe avant samedi ?

Bien cordialement,

Jean-Luc Morvan
Expert-comptable – Commissaire aux comptes
Cabinet Morvan Expertise
4 place de la République, 14400 Bayeux
Tél. 02 31 92 14 06 – Port. 06 83 20 11 57
Membre de l'Ordre des Experts-Comptables de Normandie n° 14-004521
""")

# 059 staff forward: too many teachers in IUT course
add("059-iut-trop-enseignants-fwd", G([("GEA-R305", "GEA-R3.05"), ("BGEA2", "BGEA2")], [], [47330], "too_many_teachers", "staff", "fr",
    schemes=["iut-elp", "iut-etp"], note="IUT head of department forwards: whole teaching team enrolled as teachers in a resource"),
    frm=("Patrice Leconte", "patrice.leconte@unicaen.fr"), subject="Fwd: Trop d'enseignants dans GEA-R3.05",
    date=(2025, 9, 12, 10, 3), body="""Bonjour,

Pour info et action si possible. Toute l'équipe pédagogique de 2e année (BGEA2) se retrouve inscrite comme enseignant dans la ressource GEA-R3.05. Le collègue ne s'en sort plus avec les notifications.

Patrice Leconte
Chef du département GEA – IUT Grand Ouest Normandie (site de Caen, bât. B, bureau B-210)

---------- Forwarded message ---------
De : Arnaud Simonet <arnaud.simonet@unicaen.fr>
Date: jeu. 11 sept. 2025 à 17:48
Subject: Trop d'enseignants dans GEA-R3.05
To: Patrice Leconte <patrice.leconte@unicaen.fr>

Patrice,
Dans mon cours (https://ecampus.unicaen.fr/user/index.php?id=47330) il y a 17 enseignants. Je suis le seul à faire la ressource avec Mme Jouin. Je peux les enlever moi-même ou ça va revenir ?
Arnaud
""")

# 060 student cas, base64, hotmail
add("060-cas-redirection-base64", G([], ["23305518"], [], "cas_unknown_destination", "student", "fr",
    note="Student lands on CAS login success page without redirection (bookmark of cas.unicaen.fr)"),
    frm=("Sarah Aït-Ali", "sarah_aitali@hotmail.fr"), subject="Connexion réussie mais pas d'ecampus",
    date=(2025, 9, 16, 21, 30), cte="base64", body="""Bonjour,

Je me connecte sur https://cas.unicaen.fr/login (enregistré dans mes favoris) et j'ai "Connexion réussie" mais ensuite ça reste sur cette page, il dit qu'il ne connait pas ma destination finale. Ecampus ne s'ouvre jamais.

Mon numéro : 23305518
Merci
Sarah
""")

# 061 gmail bounce with returned CEMU reply attached
ret061 = inner(("CEMU Assistance", CEMU), "camille.vautrin.pass@gmail.com", "[CEMU #48575] Inscription PASS U07",
    (2025, 9, 22, 9, 40), """Bonjour,

Vous êtes maintenant inscrite dans l'espace PASS.U07 (votre affectation au groupe a été corrigée par la scolarité, numéro étudiant 25040982).

Cordialement,
L'équipe CEMU
""")
add("061-bounce-gmail-boite-pleine", G([("PASS.U07", "PASS.U07")], ["25040982"], [], "other", "unknown", "en", auto=True,
    schemes=["sante-elp"], note="Gmail delivery failure (mailbox full) with the returned CEMU reply attached"),
    frm=("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), subject="Delivery Status Notification (Failure)",
    date=(2025, 9, 22, 9, 41), headers=[("Auto-Submitted", "auto-replied")], mixed_subtype="report", report_type="delivery-status",
    attach_msg=ret061, body="""** Address not found **

Your message wasn't delivered to camille.vautrin.pass@gmail.com because the recipient's inbox is full.

The response from the remote server was:
552 5.2.2 The recipient's inbox is out of storage space. Please direct the recipient to
https://support.google.com/mail/?p=OverQuotaPerm 4fb4d7f45d1cf-62d3b1a9e0bsi118742a12.422 - gsmtp
""")

# 062 ESIX admin reply on ticket, cohort question
add("062-esix-cohorte-apprentis", G([("ESX3IN", "ESX3IN"), ("X3IN-APP1", "X3IN-APP1"), ("X3INF-07", "X3INF-07")], [], [], "cohort_question", "staff", "fr",
    schemes=["esix-etp", "esix-gpe", "esix-elp"], note="ESIX admin asks whether to sync the ESX3IN cohort in a course for apprentices pending IP"),
    frm=("Karine Vautier", "karine.vautier@unicaen.fr"), subject="RE: [CEMU #48620] Apprentis X3 non inscrits",
    date=(2025, 9, 18, 16, 12), cte="quoted-printable", body="""Bonjour,

Merci pour les explications. En attendant que les IP des apprentis (groupe X3IN-APP1) soient saisies, est-ce que je peux ajouter la cohorte de l'étape ESX3IN dans le cours X3INF-07 ? Et est-ce qu'elle se retirera toute seule quand les inscriptions normales arriveront, ou faut-il penser à la supprimer ?

Karine Vautier
Scolarité ESIX Normandie – bureau E-012 – 02 31 56 69 20

-----Message d'origine-----
De : CEMU Assistance <cemu.assistance@unicaen.fr>
Envoyé : jeudi 18 septembre 2025 14:05
À : Karine Vautier <karine.vautier@unicaen.fr>
Objet : [CEMU #48620] Apprentis X3 non inscrits

Bonjour,
Les apprentis n'ont pas encore d'inscription pédagogique dans Apogée, c'est pourquoi ils ne sont pas inscrits dans les espaces Ecampus.
Cordialement,
L'équipe CEMU
""")

# 063 student wrong group, screenshot, O/0 confusion
add("063-choeur-mauvais-groupe-capture", G([("MUS2HAR1", "MUS2HAR1"), ("MUS2-CHO1", "MUS2-CH01"), ("MUS2-CHO2", "MUS2-CHO2")], ["24056128"], [], "wrong_group", "student", "fr",
    schemes=["musique-elp", "musique-gpe"], note="Music student in choir group 2 instead of 1 in Harmonie 2 course, screenshot; 0 typed for O"),
    frm=("Louise Dubreuil", "louise.dubreuil@etu.unicaen.fr"), subject="Mauvais groupe dans Harmonie 2",
    date=(2025, 10, 9, 12, 20), attach_png="groupe_ecampus.png", body="""Bonjour,

Dans le cours MUS2HAR1 je suis dans le groupe MUS2-CHO2 alors que je suis dans le groupe MUS2-CH01 (chœur du mardi) depuis la rentrée. Je vous joins une capture de la page Participants. Du coup je ne vois pas les partitions du mardi.

Louise Dubreuil
L2 Musicologie – 24056128
""")

# 064 not about Ecampus: exam date question
add("064-date-examen-rattrapage", G([], ["22718802"], [], "other", "student", "fr",
    note="Student asks the date/room of a resit exam (session 2), not an Ecampus question"),
    frm=("Axel Moulin", "axel.moulin@etu.unicaen.fr"), subject="date rattrapage",
    date=(2026, 2, 3, 15, 44), body="""Bonjour,

Je voudrais savoir quand a lieu le rattrapage (session 2) de statistiques de L2 éco. On m'a dit le 14/01 à l'Amphi Pierre Daure mais c'était la session 1. J'habite à Alençon et je dois réserver mon train (TER 52314) à l'avance.

Axel Moulin, 22718802
""")

# 065 IUT secretary forwards teacher's Outlook mail: course moved to archives, cp1252
add("065-iut-fwd-cours-archive", G([("INF-R301", "INF-R301"), ("BINF2", "BINF2")], [], [50021], "course_moved_renamed", "staff", "fr",
    schemes=["iut-elp", "iut-etp"], note="IUT secretary forwards teacher: course INF-R301 moved to Archives after maquette reimport (code also typed with O)"),
    frm=("Christelle Morin", "christelle.morin@unicaen.fr"), subject="TR: Cours INF-R301 passé en archive ???",
    date=(2025, 10, 6, 8, 47), form="alt", charset="windows-1252", cte="quoted-printable", hcharset="windows-1252", body="""Bonjour,

Je vous transfère le message de M. Brière. Nous avons réimporté la maquette du BUT Info 2e année (BINF2) dans Apogée la semaine dernière ; je ne sais pas si c'est lié.

Christelle Morin
Scolarité BUT Informatique – site d'Ifs – 02 31 52 55 18

De : Yann Brière <yann.briere@unicaen.fr>
Envoyé : lundi 6 octobre 2025 07:58
À : Christelle Morin <christelle.morin@unicaen.fr>
Objet : Cours INF-R301 passé en archive ???

Christelle,
Ce matin mon cours INF-R3O1 "Développement avancé" a été déplacé dans Archives et renommé. Les étudiants n'y ont plus accès, j'ai un TP noté mercredi (salle IUT-I104, Linux Mint 22).
https://ecampus.unicaen.fr/course/view.php?id=50021
Yann
""")

# 066 student dashboard screenshot, truncated and lowercase codes
add("066-geo-dashboard-capture", G([("G3.SIG.2", "G3.SIG"), ("G3.AME.1", "g3.ame.1")], ["22211870"], [], "course_not_on_dashboard", "student", "fr",
    schemes=["geo-elp"], note="L3 geography student: two courses missing from dashboard, screenshot; truncated and lowercase codes"),
    frm=("Baptiste Renouf", "22211870@etu.unicaen.fr"), subject="cours absents de mon tableau de bord",
    date=(2025, 10, 15, 19, 3), attach_png="tableau_de_bord.png", body="""Bonsoir,

Les cours de SIG (G3.SIG...) et d'aménagement (g3.ame.1) ne sont pas sur mon tableau de bord (capture jointe), alors qu'ils apparaissent dans "Mes cours" quand je clique sur mon profil. Le filtre est sur "Tous (sauf retirés de l'affichage)".

Baptiste Renouf, L3 géo
""")

# 067 GLPI notification (auto)
add("067-glpi-notification-suivi", G([("MS2.PNEU", "MS2.PNEU")], [], [], "other", "unknown", "fr", auto=True,
    schemes=["sante-elp"], note="GLPI automatic notification of a new follow-up on a CEMU ticket"),
    frm=("Assistance UNICAEN", "glpi-noreply@unicaen.fr"), subject="[CEMU #48817] Nouveau suivi",
    date=(2025, 10, 24, 16, 35), form="html", headers=[("Auto-Submitted", "auto-generated")],
    html="""<html><body><p><b>URL :</b> <a href="https://assistance.unicaen.fr/front/ticket.form.php?id=48817">https://assistance.unicaen.fr/front/ticket.form.php?id=48817</a></p>
<table border="1" cellpadding="3"><tr><td>Ticket</td><td>48817</td></tr><tr><td>Titre</td><td>Cours de pneumologie invisible (MS2.PNEU)</td></tr>
<tr><td>Statut</td><td>En cours (attribué)</td></tr><tr><td>Catégorie</td><td>Ecampus &gt; Inscriptions</td></tr></table>
<p><b>Nouveau suivi</b> par CEMU Assistance, 24-10-2025 16:34<br>Le cours était caché ; l'enseignant a été prévenu.</p>
<p>--<br>Mail automatique g&eacute;n&eacute;r&eacute; par GLPI 10.0.18</p></body></html>""")

# 068 visiting professor EN, partner university, teacher not enrolled
add("068-visiting-lecturer-not-teacher", G([("LX-ANG31", "LX-ANG31"), ("LXANG-B2G4", "LXANG-B2G4")], [], [], "teacher_not_enrolled", "unknown", "en",
    schemes=["lansad-elp", "lansad-gpe"], note="Visiting lecturer from partner university not enrolled as teacher in English course"),
    frm=("Dr Helen Ashworth", "helen.ashworth@port.ac.uk"), subject="Teacher access to LX-ANG31",
    date=(2025, 11, 12, 9, 21), form="alt", body="""Dear colleagues,

I am teaching two groups of the LANSAD English course LX-ANG31 this semester as a visiting lecturer (partnership Caen–Portsmouth), including group LXANG-B2G4 on Thursdays. I can log in to Ecampus with the guest account created by the Pôle Langues, but I am not enrolled as a teacher in the course, so I cannot upload materials or grade the assignments.

Could you add me or tell me whom to contact?

Kind regards,

Dr Helen Ashworth
Senior Lecturer in Applied Linguistics
School of Languages and Applied Linguistics, University of Portsmouth
Park Building, King Henry I Street, Portsmouth PO1 2DZ, UK
+44 23 9284 6113
""")

# 069 teacher forwards (Thunderbird) students' mail: students cannot see course
add("069-prof-fwd-thunderbird-etudiants", G([("D1CST12", "D1CST12"), ("DL1-TD12", "DL1-TD12"), ("DL1GEN", "DL1GEN")], ["25019930"], [60021], "students_cannot_see_course", "staff", "fr",
    schemes=["droit-elp", "droit-gpe", "droit-etp"], note="Law teacher forwards a student's mail: L1 students cannot access the constitutional law course"),
    frm=("Thibault Mercier", "thibault.mercier@unicaen.fr"), subject="Fwd: Cours de droit constitutionnel",
    date=(2025, 10, 3, 7, 12), form="alt", body="""Bonjour,

Voir ci-dessous. Les étudiants ne voient pas mon cours D1CST12 (https://ecampus.unicaen.fr/course/view.php?id=60021) alors que pour moi tout est normal, sauf un bandeau « Ce cours est actuellement invisible pour les étudiants » que je n'avais pas remarqué.

T. Mercier

-------- Message transféré --------
Sujet : Cours de droit constitutionnel
Date : Thu, 2 Oct 2025 22:40:12 +0200
De : Paul Guillemette <paul.guillemette@etu.unicaen.fr>
Pour : thibault.mercier@unicaen.fr

Bonsoir Monsieur,
Avec tout le groupe DL1-TD12 (L1 Droit, DL1GEN), nous n'avons pas accès à votre cours sur Ecampus, il n'apparaît pas.
Cordialement,
Paul Guillemette
N° étudiant : 25019930
""")

# 070 student cannot login, spaced number
add("070-mot-de-passe-expire", G([], ["24603318"], [], "cannot_login", "student", "fr",
    note="Student cannot log in, password expired/reset not working"),
    frm=("Maëva Ledoux", "maeva.ledoux14@gmail.com"), subject="Impossible de me connecter à Ecampus",
    date=(2026, 1, 26, 13, 9), body="""Bonjour,

Je n'arrive plus à me connecter à Ecampus depuis samedi : mot de passe refusé. J'ai fait "mot de passe oublié" mais je ne reçois pas le mail (ni dans les spams). Je suis en L1 AES.

N° étudiant : 24 60 33 18
INE : 0906041187L
Tél : 07 68 21 40 93
(j'ai aussi une commande Izly n° 24518830 bloquée, je ne sais pas si c'est lié)

Merci d'avance,
Maëva Ledoux
""")

# 071 bilingual out of office (international office)
add("071-reponse-auto-ri-bilingue", G([], [], [], "other", "unknown", "fr", auto=True,
    note="Bilingual FR/EN automatic reply from the international relations office"),
    frm=("Relations Internationales", "ri.mobilite-entrante@unicaen.fr"), subject="Réponse automatique / Automatic reply",
    date=(2025, 9, 12, 10, 28), headers=[("Auto-Submitted", "auto-replied")], cte="quoted-printable", body="""[English below]

Bonjour,
Nous avons bien reçu votre message. En raison du grand nombre de demandes en période de rentrée, le délai de réponse est de 5 jours ouvrés. Accueil physique : bâtiment B, bureau B-145, du lundi au jeudi 9h-12h.

Hello,
We have received your message. Due to the high number of requests at the start of the semester, please allow 5 working days for a reply. Front desk: building B, office B-145, Monday to Thursday 9am-12pm.

Direction des Relations Internationales – Université de Caen Normandie
""")

# 072 student reply quoting teacher: wrong code (unknown), not enrolled
add("072-lansad-code-inexistant", G([("LX-ANG13", "LX-ANG13"), ("LXANG-B2G4", "LXANG-B2G4")], ["25107766"], [], "not_enrolled", "student", "fr",
    schemes=["lansad-elp", "lansad-gpe"], note="Student not enrolled in LANSAD English course; cites a non-existent code LX-ANG13 (inverted digits)"),
    frm=("", "25107766@etu.unicaen.fr"), subject="RE: cours d'anglais",
    date=(2025, 10, 3, 18, 26), body="""Bonjour,

Comme me l'a dit ma prof d'anglais, je vous écris car je ne suis pas inscrit au cours d'anglais LX-ANG13 sur Ecampus. Je suis dans le groupe LXANG-B2G4 du jeudi.

Merci,
Idriss Camara

Le 03/10/2025 à 09:14, Sarah O'Connell a écrit :
> Bonjour Idriss,
> Je ne peux pas vous inscrire moi-même : écrivez à cemu.assistance@unicaen.fr en donnant votre numéro étudiant et le code du cours.
> S. O'Connell
""")

# 073 medical teacher Outlook reply, HTML only: not enrolled as teacher; missing dot
add("073-prof-sante-non-inscrit-html", G([("MS3.NEPH", "MS3NEPH"), ("DFGSM3", "DFGSM3")], [], [], "teacher_not_enrolled", "staff", "fr",
    schemes=["sante-elp", "sante-etp"], note="Medical teacher not enrolled as teacher in nephrology course (code without dot), HTML reply"),
    frm=("Dr Laurent Jacquet", "laurent.jacquet@unicaen.fr"), subject="RE: Accès au cours de néphrologie",
    date=(2025, 11, 20, 12, 51), form="html", body="""Bonjour,

Je relance : je ne suis toujours pas enseignant dans l'espace MS3NEPH (DFGSM3), alors que mes 6 heures d'ED sont bien dans ADE depuis septembre. Mes collègues du service y sont.

Dr Laurent Jacquet
PU-PH Néphrologie – CHU de Caen Normandie, avenue de la Côte de Nacre, 14033 Caen Cedex 9
Secrétariat : 02 31 06 31 90 – Bip 4512

De : CEMU Assistance
Envoyé : mardi 4 novembre 2025 10:20
Objet : RE: Accès au cours de néphrologie

Bonjour, pouvez-vous nous indiquer le code du cours ? Cordialement.
""")

# 074 student wrong first name (mojibake), base64
add("074-prenom-mal-ecrit", G([], ["24311207"], [], "wrong_name", "student", "fr",
    note="Student's first name shown with broken accent (MaÃ«l) on Ecampus"),
    frm=("Maël Guérin-Lebas", "mael.guerin-lebas@etu.unicaen.fr"), subject="Prénom mal affiché",
    date=(2025, 10, 28, 17, 55), cte="base64", body="""Bonjour,

Sur Ecampus mon prénom s'affiche « MaÃ«l » au lieu de « Maël », et mon nom « GUERIN LEBAS » sans le tiret. C'est gênant pour les rendus de devoirs et les listes d'appel générées.

N° étudiant 24311207 – L2 Sciences de l'éducation

Merci,
Maël Guérin-Lebas
""")

# 075 medical secretary reply, cohort not updated, iso-8859-1
add("075-sante-cohorte-dfgsm3", G([("DFGSM3", "DFGSM3")], ["23406215", "23400981"], [], "cohort_question", "staff", "fr",
    schemes=["sante-etp"], note="Medical secretary: students enrolled late not yet in the DFGSM3 cohort of a complementary course"),
    frm=("Sylvie Hamel", "sylvie.hamel@unicaen.fr"), subject="Re: Cohorte DFGSM3 pas à jour ?",
    date=(2025, 9, 24, 9, 12), charset="iso-8859-1", cte="quoted-printable", hcharset="iso-8859-1", body="""Bonjour,

Merci de votre réponse. Les deux étudiants (23406215 et 23400981) ont été inscrits administrativement en DFGSM3 lundi 22/09, mais ils ne sont toujours pas dans la cohorte, donc pas dans l'espace « Stages hospitaliers DFGSM3 ». Combien de temps faut-il attendre ? Faut-il les inscrire à la main en attendant ?

Sylvie Hamel
Scolarité 2e cycle - UFR Santé - bureau 1.07 - 02 31 56 82 13

Le 23/09/2025 à 17:40, CEMU Assistance a écrit :
> Bonjour,
> La cohorte de l'étape est mise à jour chaque nuit à partir d'Apogée et de l'annuaire.
> Cordialement
""")

# 076 student (M1 MEEF) participants block missing, FAQ-like INSPE codes
add("076-meef-participants-introuvable", G([("1CA204", "1CA204"), ("2CB110", "2CB110")], ["24880615"], [], "participants_block_missing", "student", "fr",
    schemes=["inspe-faq"], note="M1 MEEF student delegate cannot find the Participants block to contact classmates"),
    frm=("Océane Fleury", "oceane.fleury@etu.unicaen.fr"), subject="Participants",
    date=(2025, 9, 19, 13, 15), body="""Bonjour,

Je suis déléguée du M1 MEEF 1er degré. L'an dernier on pouvait voir la liste des inscrits avec le bloc "Participants" à droite dans les cours, mais dans 1CA204 et 2CB110 il n'y est plus. Comment peut-on voir qui est inscrit ?

Océane Fleury – 24880615
INSPE Normandie Caen, site de Caen (rue de la Délivrande)
""")

# 077 not about Ecampus: printer (staff), HTML
add("077-imprimante-salle", G([], [], [], "other", "staff", "fr",
    note="Secretary reports a broken printer in a room (misdirected, not Ecampus)"),
    frm=("Monique Levavasseur", "monique.levavasseur@unicaen.fr"), subject="Imprimante salle SA-110 en panne",
    date=(2025, 11, 27, 10, 31), form="html", charset="iso-8859-1", cte="quoted-printable", hcharset="iso-8859-1", body="""Bonjour,

L'imprimante HP LaserJet M404dn de la salle SA-110 affiche « Erreur 49.4C02 » depuis ce matin. Les étudiants de L1 ont un partiel à imprimer pour 14h. Le numéro d'inventaire est 2019-04417. J'ai déjà ouvert le ticket #317955 mais sans réponse.

Monique Levavasseur
Secrétariat pédagogique – bâtiment A, bureau SA-102 – poste 5620
""")

# 078 Ecampus daily forum digest (auto)
add("078-ecampus-resume-forums", G([("D1HDT11", "D1HDT11")], [], [44105], "other", "unknown", "fr", auto=True,
    schemes=["droit-elp"], note="Ecampus daily forum digest (noreply), automatic"),
    frm=("Ecampus", "noreply@ecampus.unicaen.fr"), subject="Résumé des forums Ecampus",
    date=(2025, 10, 1, 17, 0), form="alt", headers=[("Precedence", "Bulk"), ("Auto-Submitted", "auto-generated")],
    body="""Résumé quotidien des messages des forums

Cours : (D1HDT11) Histoire du droit et des institutions
https://ecampus.unicaen.fr/course/view.php?id=44105

Forum : Annonces
Objet : Salle du TD 12 – changement
par Jeanne Perrault - mercredi 1 octobre 2025, 11:02

Le TD 12 a lieu désormais en salle DR-017 (bâtiment D, rez-de-chaussée).

Préférences de notification : https://ecampus.unicaen.fr/user/forum.php
""")

# 079 vacataire forwards learner's mail as attachment (message/rfc822): students cannot see course
fwd079 = inner(("Corinne Lesage", "corinne.lesage@sfr.fr"), "m.tessier@formapro-normandie.fr", "Cours de samedi",
    (2025, 11, 14, 20, 2), """Bonsoir Monsieur Tessier,

Aucun stagiaire du groupe du samedi (FCGRH-SAM) ne voit votre cours sur Ecampus, on a seulement les autres modules du DU.

Corinne Lesage (n° étudiant 25901187)
""", charset="iso-8859-1", cte="quoted-printable")
add("079-vacataire-fwd-pj-stagiaires", G([("FC.GRH05", "FC.GRH05"), ("FCGRH-SAM", "FCGRH-SAM")], ["25901187"], [], "students_cannot_see_course", "unknown", "fr",
    schemes=["fc-elp", "fc-gpe"], note="Outside vacataire forwards learner's mail as attachment: learners cannot see his course"),
    frm=("Marc Tessier", "m.tessier@formapro-normandie.fr"), subject="TR: Cours de samedi",
    date=(2025, 11, 15, 8, 30), attach_msg=fwd079, attach_msg_name="Cours de samedi.eml", body="""Bonjour,

Ci-joint le message d'une stagiaire. Je suis intervenant sur le module FC.GRH05 du DU GRH. Je vois mon cours et j'y ai mis les documents, mais les stagiaires ne le voient pas. Y a-t-il un réglage à faire ?

Marc Tessier
Formateur – FormaPro Normandie
""")

# 080 student database error (no accents)
add("080-erreur-bdd-dimanche", G([("G3.SIG.2", "G3.SIG.2")], ["22211870"], [48213], "database_error", "student", "fr",
    schemes=["geo-elp"], note="Student: Ecampus shows a database read error on Sunday morning before a deadline"),
    frm=("Baptiste Renouf", "22211870@etu.unicaen.fr"), subject="ecampus ne marche plus",
    date=(2025, 11, 30, 10, 2), body="""Bonjour
Ecampus affiche "Erreur de lecture de la base de donnees" quand je veux ouvrir le cours (G3.SIG.2) Systemes d'information geographique 2 (https://ecampus.unicaen.fr/course/view.php?id=48213) pour rendre le TP. La date limite est aujourd'hui midi.
Baptiste Renouf
""")
