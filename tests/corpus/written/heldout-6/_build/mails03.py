from common import g, outlook, tbird

MAILS = []
A = MAILS.append

BOUNCE = """This is a MIME-encapsulated message.

--B4E7A1C0F3.1762781403/smtp.unicaen.fr
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host smtp.unicaen.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<thomas.lery@etu.unicaen.fr>: host mx-etu.unicaen.fr[193.55.120.24] said: 550
    5.1.1 <thomas.lery@etu.unicaen.fr>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)

--B4E7A1C0F3.1762781403/smtp.unicaen.fr
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; smtp.unicaen.fr
X-Postfix-Queue-ID: B4E7A1C0F3
X-Postfix-Sender: rfc822; cemu.assistance@unicaen.fr
Arrival-Date: Mon, 10 Nov 2025 14:30:01 +0100 (CET)

Final-Recipient: rfc822; thomas.lery@etu.unicaen.fr
Original-Recipient: rfc822;thomas.lery@etu.unicaen.fr
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx-etu.unicaen.fr
Diagnostic-Code: smtp; 550 5.1.1 <thomas.lery@etu.unicaen.fr>: Recipient
    address rejected: User unknown in virtual mailbox table

--B4E7A1C0F3.1762781403/smtp.unicaen.fr
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <cemu.assistance@unicaen.fr>
Received: from assistance.unicaen.fr (assistance.unicaen.fr [10.14.2.31])
	by smtp.unicaen.fr (Postfix) with ESMTPS id B4E7A1C0F3
	for <thomas.lery@etu.unicaen.fr>; Mon, 10 Nov 2025 14:30:01 +0100 (CET)
From: CEMU Assistance <cemu.assistance@unicaen.fr>
To: thomas.lery@etu.unicaen.fr
Subject: [CEMU #319204] Re: Inscription S3INF04
Date: Mon, 10 Nov 2025 14:30:00 +0100
Message-ID: <cemu-319204-3@assistance.unicaen.fr>

--B4E7A1C0F3.1762781403/smtp.unicaen.fr--
"""

A(dict(fn="039-bounce-postfix.eml", frm=("Mail Delivery System", "MAILER-DAEMON@smtp.unicaen.fr"),
 subj="Undelivered Mail Returned to Sender", date="2025-11-10 14:30", kind="raw",
 pre=[("Return-Path", "<>")],
 hdrs=[("Auto-Submitted", "auto-replied")],
 raw_ct='multipart/report; report-type=delivery-status;\n\tboundary="B4E7A1C0F3.1762781403/smtp.unicaen.fr"',
 raw=BOUNCE,
 gold=g("other", "unknown", ["S3INF04"], [], [], auto=True, schemes=["sciences-elp"],
        note="Postfix bounce of a CEMU answer (mistyped student address); the code is in the returned Subject")))

A(dict(fn="040-sms-l2-info-so-pas-inscrit.eml", frm=("theo.vasseur", "theo.vasseur@etu.unicaen.fr"),
 subj="inscription cours prog", date="2025-09-23 00:41",
 text="""slt, je suis en L2 info et je suis pas inscrit au cours S3INFO4 sur ecampus, du coup jai pas les sujets de TP. mon numero etudiant c 24019922 et mon groupe c TD2
mrc
""",
 gold=g("not_enrolled", "student", [("S3INF04", "S3INFO4"), ("L2INF-TD2", "TD2")], ["24019922"], [], schemes=["sciences-elp", "sciences-groupe"],
        note="SMS-style student; element code written with letter O for zero")))

A(dict(fn="041-emerite-compte-desactive.eml", frm=("Michel Lebrun", "michel.lebrun14@orange.fr"),
 subj="Plus d'accès à Ecampus", date="2025-09-05 09:18",
 text="""Bonjour,

Professeur émérite, j'assure encore cette année quelques heures en M1 géographie (HGEO7.03, étape HMGEO1). Depuis le 1er septembre, impossible de me connecter à Ecampus : mon identifiant mlebrun ne fonctionne plus (« compte désactivé »). Mon adresse universitaire ne marche plus non plus, d'où ce message depuis mon adresse personnelle.

Comment faire ?

Bien cordialement,
M. Lebrun
06 80 45 12 93
""",
 gold=g("cannot_login", "unknown", ["HGEO7.03", "HMGEO1"], [], [], schemes=["geo-elp", "geo-etape"],
        note="emeritus professor, account deactivated, writes from a personal address")))

A(dict(fn="042-inspe-groupe-site-alencon.eml", frm=("Camille Vasseur", "camille.vasseur@etu.unicaen.fr"),
 subj="Erreur de groupe - site d'Alençon", date="2025-10-03 07:55", charset="iso-8859-1", cte="quoted-printable",
 text="""Bonjour,

Je suis en M1 MEEF 1er degré sur le site d'Alençon (étape MPE1AL) mais sur Ecampus, dans le cours PE1-UE32, je suis dans le groupe PE1-CAEN-B et non PE1-ALEN-B.
Du coup je reçois les informations et les devoirs du groupe de Caen et pas les nôtres.

Mon n° étudiant : 21812044

Merci,
Camille Vasseur
""",
 gold=g("wrong_group", "student", ["MPE1AL", "PE1-UE32", "PE1-CAEN-B", "PE1-ALEN-B"], ["21812044"], [],
        schemes=["inspe-etape", "inspe-elp", "inspe-groupe"], note="INSPE student in the Caen group instead of Alençon; latin-1 QP")))

A(dict(fn="043-staps-cours-inexistant.eml", frm=("Romain Lesage", "romain.lesage@unicaen.fr"),
 subj="cours inexistant", date="2025-09-03 19:06",
 text="""Bonjour,
le cours stp5-u21 (Entraînement et performance, L3 ES) n'existe pas sur ecampus. Mes TD commencent la semaine prochaine. Merci de le créer rapidement.
R. Lesage
""",
 gold=g("course_missing", "staff", [("STP5-U21", "stp5-u21")], [], [], schemes=["staps-elp"],
        note="terse teacher: course does not exist; code lowercase")))

A(dict(fn="044-examen-erreur-bdd.eml", frm=("Inès Benali", "ines.benali@etu.unicaen.fr"),
 subj="ecampus en panne pendant l'examen !!!", date="2026-01-15 10:13",
 text="""Bonjour,

je suis en train de passer l'examen en ligne de HGEO511 et au moment de valider ça m'a mis « Erreur de lecture de la base de données » et maintenant plus rien ne charge !!! Il est 10h12 et l'examen finit à 10h30.
Est ce que mes réponses sont enregistrées ???

Je suis en L3 géo, numéro 23007719
Inès
""",
 gold=g("database_error", "student", [("HGEO5.11", "HGEO511")], ["23007719"], [], schemes=["geo-elp"],
        note="database read error during an online exam")))

A(dict(fn="045-droit-tous-charges-td-inscrits.eml", frm=("Catherine Leroux", "catherine.leroux@unicaen.fr"),
 subj="[Ecampus] Enseignants inscrits à tort dans DL1HIS2", date="2026-01-20 11:47", kind="html",
 hdrs=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0")],
 html=tbird("""Bonjour,

Dans mon cours d'Histoire du droit (DL1HIS2), je constate que tous les chargés de TD de L1 (une trentaine de personnes) sont inscrits comme enseignants, alors que seuls trois d'entre eux assurent les TD de cette matière (groupes DL1-TD01, DL1-TD02 et DL1-TD07).
L'année dernière ce n'était pas le cas. Je crains que certains modifient le contenu par erreur.

Cordialement,

--
Catherine Leroux
Maître de conférences en histoire du droit
UFR Droit, AES et Administration Économique et Sociale – bureau DR 204"""),
 gold=g("too_many_teachers", "staff", ["DL1HIS2", "DL1-TD01", "DL1-TD02", "DL1-TD07"], [], [], schemes=["droit-elp", "droit-groupe"],
        note="all L1 TD teachers enrolled in a course; Thunderbird HTML only")))

A(dict(fn="046-chimie-cohorte-en-attendant.eml", frm=("Bruno Lecoq", "bruno.lecoq@unicaen.fr"),
 subj="Question cohortes", date="2025-09-17 12:30",
 text="""Bonjour,

Une quinzaine d'étudiants de L1 Chimie (L1CHIM-102) ne sont toujours pas inscrits pédagogiquement, la scolarité a du retard. Est-ce que je peux ajouter la cohorte de l'étape dans mon cours S1CHI01 en attendant ?
J'ai lu quelque part qu'il ne fallait pas le faire mais je ne comprends pas pourquoi. Et si je le fais, est-ce que je dois penser à l'enlever après ?

Merci,
B. Lecoq
""",
 gold=g("cohort_question", "staff", [("L1CHIM", "L1CHIM-102"), "S1CHI01"], [], [], schemes=["sciences-etape", "sciences-elp"],
        note="teacher asks whether to sync the étape cohort while IPs are late")))

A(dict(fn="047-iae-alternant-plus-acces.eml", frm=("Thomas Leroy", "thomasleroy.pro@gmail.com"),
 subj="Accès cours M1 Finance alternance", date="2025-11-05 07:32",
 text="""Bonjour,

Je suis alternant en M1 Finance (IAE, groupe IMF1 ALT). Depuis mon retour d'entreprise le 3 novembre, je n'ai plus accès à aucun cours sur Ecampus : ils ont tous disparu de mon tableau de bord, et quand je clique sur un lien envoyé par un prof (https://ecampus.unicaen.fr/course/view.php?id=50412) on me dit que je ne peux pas m'inscrire moi-même dans ce cours.
Je n'ai rien changé à mon inscription.

Numéro étudiant 22104587 / INE 2204011536G

Cordialement,
Thomas Leroy
Alternant – Crédit Agricole Normandie
06 12 33 48 90
""",
 gold=g("not_enrolled", "student", [("IMF1-ALT", "IMF1 ALT")], ["22104587"], [50412], schemes=["iae-groupe"],
        note="apprentice student lost all enrolments (writes from gmail); mentions dashboard but the problem is enrolment")))

A(dict(fn="048-chimie-retire-de-la-vue.eml", frm=("Nicolas Fauvel", "nicolas.fauvel@unicaen.fr"),
 subj="Cours disparu du tableau de bord", date="2025-11-18 14:09",
 text="""Bonjour,

Mon cours (SCHI310) Chimie organique 3 n'apparaît plus sur mon tableau de bord depuis que j'ai cliqué, je crois, sur « Retirer de la vue » par erreur. Je peux encore y aller par le lien direct https://ecampus.unicaen.fr/course/view.php?id=41236 mais c'est pénible.
Comment le remettre ?

N. Fauvel
""",
 gold=g("course_not_on_dashboard", "staff", ["SCHI310"], [], [41236], schemes=["faq-letters+digits"],
        note="teacher removed his course from the dashboard view by mistake")))

A(dict(fn="049-visiting-students-cannot-see.eml", frm=("Henrik Lindqvist", "henrik.lindqvist@geo.uu.se"),
 subj="Students cannot access my course", date="2026-02-09 09:02",
 text="""Dear Ecampus support,

I'm teaching a short intensive course at the UFR des Sciences this month (Climate modelling, S6PHY12) for third-year students. I uploaded all my slides and exercises to https://ecampus.unicaen.fr/course/view.php?id=53308 , but the students say they cannot see the course at all. In the participants list I can see them (38 students).

Did I forget to press a button somewhere?

Best regards,
Henrik Lindqvist
Department of Earth Sciences, Uppsala University
Villavägen 16, SE-752 36 Uppsala
""",
 gold=g("students_cannot_see_course", "unknown", ["S6PHY12"], [], [53308], lang="en", schemes=["sciences-elp"],
        note="visiting lecturer: students enrolled but course hidden")))

A(dict(fn="050-prenom-usage.eml", frm=("Alex Morin", "alex.morin@etu.unicaen.fr"),
 subj="Prénom d'usage sur Ecampus", date="2025-11-12 16:44", kind="alt",
 text="""Bonjour,

J'ai fait une demande de prénom d'usage auprès de la scolarité en octobre (validée le 4 novembre, mon adresse mail a d'ailleurs changé). Pourtant sur Ecampus mon ancien prénom apparaît toujours dans les forums et dans la liste des participants, ce qui est assez pénible pour moi.

Est-ce qu'il faut attendre ou faire autre chose ?

Numéro étudiant 23015540

Merci,
Alex
""",
 gold=g("wrong_name", "student", [], ["23015540"], [], note="prénom d'usage validated but old first name still shown")))

A(dict(fn="051-iut-liste-participants.eml", frm=("Sylvie Marie", "sylvie.marie@unicaen.fr"),
 subj="Où est la liste des participants ?", date="2025-09-12 11:20", kind="html",
 hdrs=[("X-Mailer", "Microsoft Outlook 16.0")],
 html=outlook([
  "Bonjour,",
  "",
  "Je ne trouve plus la liste des participants dans mon cours IN1R112 (Anglais professionnel). Avant il y avait un bloc « Participants » sur la droite, il n'est plus là.",
  "Comment puis-je voir qui est inscrit et dans quel groupe de TP ils sont ?",
  "",
  "Merci d'avance,",
  "Sylvie Marie",
  "Enseignante d'anglais – IUT Grand Ouest Normandie, département Informatique",
 ]),
 gold=g("participants_block_missing", "staff", [("IN1R1.12", "IN1R112")], [], [], schemes=["iut-elp"],
        note="teacher cannot find Participants; element code with its dot dropped")))

A(dict(fn="052-geo-enseignant-distance-non-inscrit.eml", frm=("Pierre-Yves Lamotte", "pierre-yves.lamotte@unicaen.fr"),
 subj="Pas inscrit comme enseignant - cours à distance HGEO3.11", date="2025-09-16 15:57",
 text="""Bonjour,

Je suis responsable du cours HGEO3.11 (Géographie de la population), dispensé uniquement à distance pour les étudiants EAD de L2. Je ne suis pas inscrit comme enseignant dans l'espace Ecampus :
https://ecampus.unicaen.fr/course/view.php?id=48230

Comme il n'y a pas de séance en présentiel, il n'y a rien dans ADE. Comment faire ?

PY Lamotte
Bureau MRSH 228 – poste 5 62 31
""",
 gold=g("teacher_not_enrolled", "staff", ["HGEO3.11"], [], [48230], schemes=["geo-elp"],
        note="teacher of a distance-only course (no ADE planning) not enrolled")))

A(dict(fn="053-hss-porteur-porte.eml", frm=("Karim Haddad", "karim.haddad@unicaen.fr"),
 subj="Etudiants M1 socio absents du cours M.1.MS05", date="2025-10-13 14:02", kind="html", cte="quoted-printable",
 hdrs=[("X-Mailer", "Microsoft Outlook 16.0")],
 html=outlook([
  "Bonjour,",
  "",
  "Les étudiants du M1 Sociologie inscrits à l'élément M.1.MS07 (porté par M.1.MS05 depuis cette année) n'apparaissent pas dans l'espace de cours de M.1.MS05. Seuls les étudiants inscrits directement à M.1.MS05 y sont.",
  "Voici deux exemples :",
  ("table", [["N° étudiant", "Nom", "Prénom", "Élément"], ["22008451", "DUPUIS", "Clara", "M.1.MS07"], ["21705528", "LAINE", "Hugo", "M.1.MS07"]]),
  "",
  "La mutualisation a été saisie dans Apogée le 12 septembre.",
  "Merci de votre aide.",
  "",
  "Karim Haddad",
  "Scolarité Master – UFR HSS",
  "Bât. MRSH, bureau SR 114",
 ]),
 gold=g("not_enrolled", "staff", ["M.1.MS07", "M.1.MS05"], ["22008451", "21705528"], [], schemes=["faq-hss-dotted"],
        note="porteur/porté: students of the porté element missing from the porteur's course")))

A(dict(fn="054-merci-ticket.eml", frm=("Martine Osmont", "martine.osmont@unicaen.fr"),
 subj="Re: [CEMU #318204] Cours PE1-UE32 non visible", date="2025-10-06 08:40",
 hdrs=[("In-Reply-To", "<cemu-318204-4@assistance.unicaen.fr>")],
 text="""Bonjour,

C'est bon, les étudiants voient le cours depuis ce matin. Merci beaucoup pour votre réactivité !

Bonne journée,
Martine Osmont
""",
 gold=g("other", "staff", ["PE1-UE32"], [], [], schemes=["inspe-elp"], note="thank-you on a ticket, problem solved")))

A(dict(fn="055-droit-m1-archives.eml", frm=("Agnès Delamare", "agnes.delamare@unicaen.fr"),
 subj="Cours du M1 Droit des affaires passés en archives", date="2025-09-11 16:20", kind="alt",
 text="""Bonjour,

Plusieurs enseignants du M1 Droit des affaires (DRM1AF) me signalent que leurs espaces Ecampus ont été déplacés dans la catégorie « Archives » cette semaine : DM1AFF7, DM1FIS7 et DM1SOC7 notamment.
La maquette a été modifiée cet été (réforme des parcours) et je me demande si c'est lié. Faut-il que les enseignants recopient leurs contenus dans de nouveaux espaces ? Si oui lesquels ?

Cordialement,

Agnès Delamare
Gestionnaire M1 Droit des affaires
UFR Droit, AES et Administration Économique et Sociale – bureau DR 118
02 31 56 50 34
""",
 gold=g("course_moved_renamed", "staff", ["DRM1AF", "DM1AFF7", "DM1FIS7", "DM1SOC7"], [], [], schemes=["droit-etape", "droit-elp"],
        note="three M1 courses archived after the maquette changed (old codes no longer exist)")))

A(dict(fn="056-erasmus-cas-login-loop.eml", frm=("Jan Kowalski", "jan.kowalski@etu.unicaen.fr"),
 subj="CAS login loop", date="2025-09-14 21:30",
 text="""Hello,

when I log in I see this message:

"Log In Successful
You, 25110963, have successfully logged into the Central Authentication Service. However, you are seeing this page because CAS does not know about your target destination and how to get you there."

I used the link from my Erasmus welcome guide: https://cas.unicaen.fr/login
How do I get to my courses?

Jan Kowalski
Erasmus+ (Uniwersytet Wrocławski)
""",
 gold=g("cas_unknown_destination", "student", [], ["25110963"], [], lang="en",
        note="Erasmus student on the bare CAS URL; number in the English CAS page")))

A(dict(fn="057-pass-ine-seulement.eml", frm=("Sarah Benhamou", "sarah.benhamou@hotmail.fr"),
 subj="Inscription Ecampus PASS", date="2025-09-20 13:12", kind="html",
 hdrs=[("X-MS-Has-Attach", ""), ("X-OriginatorOrg", "outlook.com")],
 html="""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>
</head>
<body dir="ltr">
<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
Bonjour,</div>
<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
<br>
</div>
<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
Je suis en PASS (étape PASS1), je n'ai toujours pas accès à l'UE 2 (med1ue02) ni à l'UE 4 sur Ecampus alors que mes amis y sont depuis 2 semaines.</div>
<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
Je vous donne mon INE : 081234567HJ</div>
<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
Date de naissance : 14/03/2006</div>
<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
Tél : 07 68 12 44 05</div>
<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
<br>
</div>
<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
Merci,</div>
<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
Sarah Benhamou</div>
</body>
</html>
""",
 gold=g("not_enrolled", "student", ["PASS1", ("MED1UE02", "med1ue02")], [], [], schemes=["sante-etape", "sante-elp"],
        note="PASS student (hotmail, HTML only) gives INE, birth date and phone but no student number")))
