from lib import M, PNG, pdf
MAILS = []
A = MAILS.append

A(M(fn="089-re-ticket-histoire-contemporaine-archive.eml",
  frm=("Baptiste Renard", "baptiste.renard@etu.unicaen.fr"),
  subject="RE: [CEMU #204250] cours d'histoire contemporaine disparu",
  date="2025-09-12 13:20", client="outlook", form="alt", cs="windows-1252", cte="quoted-printable",
  hdrs=["In-Reply-To: <cemu-204250-2@assistance.unicaen.fr>", "References: <cemu-204250-1@assistance.unicaen.fr> <cemu-204250-2@assistance.unicaen.fr>"],
  text="""Bonjour,

Sur mon emploi du temps c'est marqué HHIS305 « Histoire contemporaine ». Sur Ecampus il y a bien un cours « [ARCHIVE 2024-2025] (HHIS305) Histoire contemporaine » dans Archives, mais je n'y ai pas accès, et il y a un autre cours « (HHIS315) Histoire du XXe siècle » dans la catégorie L2 où je suis inscrit mais qui est vide. Lequel est le bon ?

Baptiste Renard – L2 histoire – n° 24073319

________________________________
De : CEMU Assistance <cemu.assistance@unicaen.fr>
Envoyé : vendredi 12 septembre 2025 11:02
À : Baptiste Renard <baptiste.renard@etu.unicaen.fr>
Objet : Re: [CEMU #204250] cours d'histoire contemporaine disparu

Bonjour,

Pouvez-vous nous indiquer le code Apogée du cours (il figure sur votre emploi du temps ADE ou dans le nom du cours, entre parenthèses) ?

Cordialement,
L'équipe CEMU
""",
  unk=["HHIS305"],
  g=dict(codes=[("HHIS305", "HHIS305"), ("HHIS315", "HHIS315")], stu=["24073319"], ids=[], sym="course_moved_renamed", role="student",
         schemes=["letters+digits H<DIS><sem><nn> (FAQ shape)"], note="student reply on ticket: old course archived and renamed, new one empty")))

A(M(fn="090-visiting-lecturer-cohort-electives.eml",
  frm=("Dr. Alan McGregor", "a.mcgregor@neoma-bs.fr"),
  subject="Enrolling the M2 marketing cohort in my elective space",
  date="2026-01-06 10:40", client="outlook", form="alt",
  text="""Dear Ecampus support,

I teach an elective ("Luxury brand management") to the M2 Marketing students of IAE Caen this semester, as a visiting lecturer from NEOMA Business School. The course coordinator created an empty Ecampus space for me (https://ecampus.unicaen.fr/course/view.php?id=55107), which is not linked to an APOGEE element.

Could I simply add the IAMKT2 cohort to this space? Will students who join late (exchange students arriving on 19 January) be added automatically, and will the cohort be removed at the end of the semester?

Many thanks,
Alan McGregor
Associate Professor of Marketing – NEOMA Business School, Rouen campus
1 rue du Maréchal Juin, 76130 Mont-Saint-Aignan
""",
  g=dict(codes=[("IAMKT2", "IAMKT2")], stu=[], ids=[55107], sym="cohort_question", role="unknown", lang="en",
         schemes=["IAE etape IA<track><year>"], note="outside visiting lecturer asks about cohort sync for an étape")))

A(M(fn="091-prenom-usage.eml",
  frm=("Sacha Lemercier", "sacha.lemercier@etu.unicaen.fr"),
  subject="Prénom d'usage sur Ecampus",
  date="2025-10-23 16:30", client="roundcube", form="alt",
  text="""Bonjour,

J'ai fait une demande de prénom d'usage auprès de la scolarité en septembre (prénom d'usage : Sacha). Ma carte étudiante et mon adresse mail ont bien été modifiées, mais sur Ecampus c'est toujours mon prénom de naissance qui apparaît, dans la liste des participants et dans les forums. C'est assez pénible en TD.

Est-ce que la modification va se faire automatiquement ou faut-il faire autre chose ?

Numéro étudiant : 24450092

Merci,
Sacha Lemercier
""",
  g=dict(codes=[], stu=["24450092"], ids=[], sym="wrong_name", role="student", schemes=[],
         note="student's usage first name not shown on Ecampus")))

A(M(fn="092-m1-socio-cours-inexistant.eml",
  frm=("Ophélie Gautier", "ophelie.gautier@etu.unicaen.fr"),
  subject="cours m.1soc2b",
  date="2025-09-30 09:05", client="zimbra", form="plain",
  text="""Bonjour,

Le cours m.1soc2b (Méthodes qualitatives, M1 sociologie) n'existe pas sur ecampus, j'ai cherché avec le code et avec le titre. L'enseignant dit qu'il n'a pas d'espace non plus. Les autres cours du M1 sont là.

Ophélie Gautier – 22903461
""",
  g=dict(codes=[("M.1SOC2B", "m.1soc2b")], stu=["22903461"], ids=[], sym="course_missing", role="student",
         schemes=["M.dotted M.<year><DIS><n><X> (FAQ shape)"], note="M1 student: course space does not exist (lowercase code)")))

A(M(fn="093-fwd-reponse-prof-cours-visible.eml",
  frm=("Zoé Marchal", "zoe.marchal@gmail.com"),
  subject="Fwd: Re: cours de psychologie du développement",
  date="2025-10-01 20:18", client="gmail", form="alt",
  text="""Bonjour,

Je vous transfère la réponse de ma prof. Le cours 2SE214 n'est pas sur mon tableau de bord, ni dans « Mes cours ». Je suis en L2 sciences de l'éducation, numéro 25310046. Les autres étudiants l'ont.

Zoé

---------- Forwarded message ---------
De : Anne Picard <anne.picard@unicaen.fr>
Date: mer. 1 oct. 2025 à 17:44
Subject: Re: cours de psychologie du développement
To: Zoé Marchal <zoe.marchal@gmail.com>


Bonjour Zoé,

Le cours est bien visible, la plupart de vos camarades y ont déposé leur premier travail. Écrivez au CEMU (cemu.assistance@unicaen.fr) en indiquant votre numéro étudiant.

A. Picard

Le mer. 1 oct. 2025 à 09:12, Zoé Marchal <zoe.marchal@gmail.com> a écrit :
> Bonjour Madame, je ne vois pas le cours de psychologie du développement
> sur Ecampus, est-ce qu'il est caché ? Merci, Zoé Marchal
""",
  g=dict(codes=[("2SE214", "2SE214")], stu=["25310046"], ids=[], sym="course_not_on_dashboard", role="student",
         schemes=["digit-prefixed <year>SE<nnn> (FAQ shape)"], note="student forwards teacher's answer: course not on her dashboard/my courses")))

A(M(fn="094-re-ticket-erasmus-s2-cours-s1.eml",
  frm=("Lou-Anne Prévost", "louanne.prevost@etu.unicaen.fr"),
  subject="Re: [CEMU #205012] plus accès aux cours d'espagnol",
  date="2025-11-10 11:42", client="roundcube", form="plain",
  hdrs=["In-Reply-To: <cemu-205012-2@assistance.unicaen.fr>"],
  text="""Bonjour,

Merci pour votre réponse. Oui, je pars en Erasmus à Grenade, mais seulement au 2e semestre (départ le 20 janvier). Je suis encore à Caen tout le S1 et je suis les cours ! Depuis la semaine dernière je n'ai plus accès à IESP-08 (Traduction espagnol) ni à IESP-11 (Civilisation hispano-américaine), qui sont des cours du S1 (L2 LEA anglais-espagnol, étape 1LEAAE).

Je pense que j'ai coché la mauvaise case lors de mon inscription (Erasmus à l'année ?).

Numéro étudiant 24600128.

Lou-Anne Prévost

Le 07/11/2025 à 15:20, CEMU Assistance a écrit :
> Bonjour,
> Selon nos informations vous êtes inscrite dans un programme d'échange
> Erasmus+ ; les étudiants en mobilité ne sont pas inscrits dans les cours
> Ecampus de Caen. Êtes-vous actuellement à l'étranger ?
> Cordialement, l'équipe CEMU
""",
  g=dict(codes=[("IESP-08", "IESP-08"), ("IESP-11", "IESP-11"), ("1LEAAE", "1LEAAE")], stu=["24600128"], ids=[], sym="not_enrolled", role="student",
         schemes=["letters-dash <LANG>-<nn> (FAQ shape)", "digit-prefixed etape <year><DIS>"], note="student leaving on Erasmus only in S2 lost access to S1 courses")))

A(M(fn="095-sms-erreur-bdd-capture.eml",
  frm=("", "24019935@etu.unicaen.fr"),
  subject="bug ecampus",
  date="2026-02-01 09:34", client="zimbra", form="alt",
  att=[("IMG_20260201_093102.jpg", "image/jpeg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xd9")],
  text="""ecampus bug "erreur de lecture de la base de donnees" jpeux pas rendre mon devoir de stat, je met une photo de l'ecran
c pour 12h
""",
  g=dict(codes=[], stu=["24019935"], ids=[], sym="database_error", role="student", schemes=[],
         note="SMS style: database read error on Sunday morning, photo attached")))

A(M(fn="096-fwd-droit-td7-reponse-charge-td.eml",
  frm=("Maëlle Jouan", "maelle.jouan@etu.unicaen.fr"),
  subject="TR: TD droit administratif",
  date="2025-10-01 18:09", client="outlook", form="alt", cte="quoted-printable",
  text="""Bonjour,

Mon chargé de TD m'a dit de vous écrire (voir plus bas). Je suis en L2 droit, TD 7, et je n'ai pas accès à l'espace du TD de droit administratif DR2S3T05. Numéro étudiant : 24192256.

Merci,
Maëlle Jouan

________________________________
De : Romain Thieulent <romain.thieulent@unicaen.fr>
Envoyé : mercredi 1 octobre 2025 17:26
À : Maëlle Jouan <maelle.jouan@etu.unicaen.fr>
Objet : RE: TD droit administratif

Bonjour,
Vous n'apparaissez effectivement pas dans la liste des participants du TD 7. Ce n'est pas moi qui gère les inscriptions : écrivez à cemu.assistance@unicaen.fr avec votre numéro étudiant, en copie à la scolarité de L2.
R. Thieulent
""",
  g=dict(codes=[("DR2S3T05", "DR2S3T05"), ("DRL2-TD07", "TD 7")], stu=["24192256"], ids=[], sym="not_enrolled", role="student",
         schemes=["law DR<year>S<sem><C|T><nn>", "group <etape>-<short>"], note="L2 law student not in TD course, forwards her TD teacher's answer")))

A(M(fn="097-ndr-exchange-non-remis.eml",
  frm=("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@unicaen.fr"),
  subject="Non remis : RE: [CEMU #205190] Accès enseignant",
  date="2025-12-02 14:12", client="exchange", form="alt",
  hdrs=["Auto-Submitted: auto-replied", "X-MS-Exchange-Message-Is-Ndr:"],
  text="""Impossible de remettre le message à ces destinataires ou groupes :

daniel.vautrin-consultant@wanadoo.fr
L'adresse de messagerie que vous avez entrée est introuvable. Vérifiez l'adresse de messagerie du destinataire et réessayez d'envoyer le message. Si le problème persiste, contactez votre service d'assistance.

Informations de diagnostic pour les administrateurs :

Serveur de génération : PR3P191MB0893.EURP191.PROD.OUTLOOK.COM
daniel.vautrin-consultant@wanadoo.fr
Remote server returned '550 5.1.1 <daniel.vautrin-consultant@wanadoo.fr>: Recipient address rejected: Mailbox not found'
""",
  g=dict(codes=[], stu=[], ids=[], sym="other", role="unknown", auto=True, schemes=[], note="Exchange NDR for a CEMU reply to a vacataire")))

A(M(fn="098-re-ticket-but-info-tp1b.eml",
  frm=("Ryan Lecanu", "ryan.lecanu@gmail.com"),
  subject="Re: [CEMU #204890] Pas inscrit en R3.05",
  date="2025-10-16 12:55", client="android", form="alt",
  hdrs=["In-Reply-To: <cemu-204890-2@assistance.unicaen.fr>"],
  text="""Bonjour
je suis en BUT info 2e année, TP 1B. Le cours c'est INFR3.05 (Développement efficace). Mon numéro etudiant c 24218840. Ça fait 3 semaines que je l'ai pas

Le jeu. 16 oct. 2025, 10:03, CEMU Assistance <cemu.assistance@unicaen.fr> a écrit :

> Bonjour,
> Pouvez-vous préciser votre numéro étudiant, votre formation et votre
> groupe de TD/TP ?
> Cordialement, l'équipe CEMU
>
""",
  g=dict(codes=[("INFR3.05", "INFR3.05"), ("BINF2-G1B", "TP 1B")], stu=["24218840"], ids=[], sym="not_enrolled", role="student",
         schemes=["BUT <DEPT>R<sem>.<nn>", "group <etape>-<short>"], note="BUT student replies on ticket with code, group and number")))

A(M(fn="099-iae-alternant-groupe-fi.eml",
  frm=("Thomas Hébert", "thomas.hebert@etu.unicaen.fr"),
  subject="Groupe alternant / FI",
  date="2025-10-15 07:31", client="roundcube", form="plain",
  text="""Bonjour,

Je suis alternant en M1 MAE (IAMAE1) mais dans les cours Ecampus je suis dans le groupe FI et pas ALT. Du coup je ne vois pas les devoirs et le planning des alternants dans IA1FIN02, et je reçois les annonces des TD FI du mercredi alors que je suis en entreprise (Legallais, Hérouville) ce jour-là.

Mon contrat d'apprentissage a été signé le 22 septembre, j'étais en FI avant.

N° étudiant 21908843.

Merci d'avance,
Thomas Hébert
""",
  g=dict(codes=[("IAMAE1", "IAMAE1"), ("IAMAE1-FI", "FI"), ("IAMAE1-ALT", "ALT"), ("IA1FIN02", "IA1FIN02")], stu=["21908843"], ids=[],
         sym="wrong_group", role="student", schemes=["IAE etape IA<track><year>", "group <etape>-<short>", "IAE IA<year><dom><nn>"],
         note="apprentice student still in group FI instead of ALT")))

A(M(fn="100-english-cas-bookmark.eml",
  frm=("Nguyen Thi Lan", "lan.nguyen.thi@etu.unicaen.fr"),
  subject="Login problem: 'CAS does not know your final destination'",
  date="2025-09-22 08:58", client="gmail", form="alt",
  text="""Dear support team,

I saved the login page in my bookmarks (https://cas.unicaen.fr/login) to access Ecampus faster. Since then, after I enter my ID and password, I only see a page saying the authentication succeeded but that CAS does not know my final destination, and I stay there.

Did I do something wrong? I am a first-year Master student in Chemistry (student ID 25811470).

Kind regards,
Lan
""",
  g=dict(codes=[], stu=["25811470"], ids=[], sym="cas_unknown_destination", role="student", lang="en", schemes=[],
         note="English: bookmarked CAS login page, no redirect")))

A(M(fn="101-fwd-contrat-esix-cours-manquants.eml",
  frm=("Maxime Bellanger", "maxime.bellanger@etu.unicaen.fr"),
  subject="Fwd: Contrat pédagogique S8 - cours manquants sur Ecampus",
  date="2026-02-03 19:47", client="thunderbird", form="alt",
  att=[("contrat_pedagogique_S8_Bellanger.pdf", "application/pdf", pdf("Contrat pedagogique S8"))],
  text=None,
  html="""<!DOCTYPE html>
<html>
  <head>
    <meta http-equiv="content-type" content="text/html; charset=UTF-8">
  </head>
  <body>
    <p>Bonjour,</p>
    <p>Je suis en 2e année ESIX spécialité SE (ESXSE2). Sur mon contrat pédagogique du S8 (en pièce jointe, transmis par le secrétariat, voir ci-dessous) j'ai ces modules, mais aucun n'existe sur Ecampus :</p>
    <table border="1" cellpadding="3" cellspacing="0">
      <tr><th>Code</th><th>Intitulé</th><th>ECTS</th></tr>
      <tr><td>X8ELE1</td><td>Électronique de puissance</td><td>4</td></tr>
      <tr><td>X8ELE2</td><td>CEM et intégration</td><td>3</td></tr>
      <tr><td>X8MEC1</td><td>Mécatronique</td><td>4</td></tr>
      <tr><td>X8PRJ1</td><td>Projet industriel</td><td>6</td></tr>
    </table>
    <p>Mon numéro étudiant : 24230971. Merci !</p>
    <p>Maxime Bellanger</p>
    <div class="moz-forward-container"><br>
      -------- Message transféré --------
      <table class="moz-email-headers-table" cellspacing="0" cellpadding="0" border="0">
        <tr><th valign="BASELINE" nowrap align="RIGHT">Sujet&nbsp;: </th><td>Contrat pédagogique S8</td></tr>
        <tr><th valign="BASELINE" nowrap align="RIGHT">Date&nbsp;: </th><td>Mon, 2 Feb 2026 11:14:52 +0100</td></tr>
        <tr><th valign="BASELINE" nowrap align="RIGHT">De&nbsp;: </th><td>Scolarité ESIX &lt;esix.scolarite@unicaen.fr&gt;</td></tr>
        <tr><th valign="BASELINE" nowrap align="RIGHT">Pour&nbsp;: </th><td>ESIX SE2 &lt;esix-se2@listes.unicaen.fr&gt;</td></tr>
      </table>
      <br>
      <p>Bonjour à tous,</p>
      <p>Veuillez trouver ci-joint votre contrat pédagogique du S8, à signer et déposer au secrétariat (bureau E-012) avant le 13/02.</p>
      <p>La scolarité ESIX – 02 33 01 42 00</p>
    </div>
  </body>
</html>
""",
  unk=["X8MEC1"],
  g=dict(codes=[("ESXSE2", "ESXSE2"), ("X8ELE1", "X8ELE1"), ("X8ELE2", "X8ELE2"), ("X8MEC1", "X8MEC1"), ("X8PRJ1", "X8PRJ1")], stu=["24230971"], ids=[],
         sym="course_missing", role="student", schemes=["engineering X<sem><DIS><n>", "engineering etape ESX<spec><year>"],
         note="student: 4 S8 modules missing on Ecampus; HTML table; one code unknown to Apogée; PDF attached")))

A(M(fn="102-vacataire-inscrit-dans-9-cours.eml",
  frm=("Camille Ferrand", "camille.ferrand.mmi@proton.me"),
  subject="Inscrite comme enseignante dans des cours qui ne sont pas les miens",
  date="2026-02-10 21:03", client="other", form="plain",
  text="""Bonjour,

Je suis graphiste indépendante et vacataire au département MMI de l'IUT (Lisieux) depuis janvier, uniquement pour la ressource MMIR2.08 (Production graphique). Or sur mon tableau de bord Ecampus je suis inscrite comme enseignante dans 9 cours, dont des cours de GEA et de TC que je ne connais pas, et je reçois des notifications de tous ces cours.

Dans MMIR2.08 lui-même il y a 11 enseignants, alors que nous ne sommes que deux.

Est-ce que quelqu'un peut faire le ménage ?

Camille Ferrand
Studio Ferrand – 07 81 22 40 16
""",
  g=dict(codes=[("MMIR2.08", "MMIR2.08")], stu=[], ids=[], sym="too_many_teachers", role="unknown",
         schemes=["BUT <DEPT>R<sem>.<nn>"], note="vacataire enrolled as teacher in 9 courses; 11 teachers in her course")))

A(M(fn="103-re-english-group-elp-genetics.eml",
  frm=("Fatou Diallo", "fatou.diallo@etu.unicaen.fr"),
  subject="Re: [CEMU #205377] group problem in genetics course",
  date="2025-11-20 14:44", client="gmail", form="alt",
  hdrs=["In-Reply-To: <cemu-205377-2@assistance.unicaen.fr>"],
  text="""Hello,

Thank you. Here are the details: the course is SV5U11C (Population genetics, L3 SV, distance learning track). In the participants list I am in an automatic group whose name starts with "ELP_", while the other distance students are in the distance-learning (CEMU) group. Because of that I don't see the distance learning forum and the recorded lectures.

My student number is 23512088. I'm enrolled as "télé-enseignement" this year.

Best regards,
Fatou Diallo

On Wed, 19 Nov 2025 at 16:30, CEMU Assistance <cemu.assistance@unicaen.fr> wrote:
> Bonjour / Hello,
> Could you please give us the code of the course and your student number?
> Best regards, CEMU team
""",
  g=dict(codes=[("SV5U11C", "SV5U11C")], stu=["23512088"], ids=[], sym="wrong_group", role="student", lang="en",
         schemes=["life sciences SV<sem>U<nn><parcours>"], note="distance-learning student in the ELP_ pseudo-group instead of CEMU group")))

A(M(fn="104-vacataire-gea-pas-inscrit.eml",
  frm=("Patrick Desloges", "patrick.desloges@cabinet-desloges.fr"),
  subject="Vacataire – pas d'accès à mon cours GEA",
  date="2025-09-26 12:18", client="outlook", form="alt", cs="windows-1252", cte="quoted-printable",
  text="""Bonjour,

Expert-comptable, j'interviens comme vacataire au département GEA de l'IUT (site de Caen) pour la ressource « Fiscalité » (GEA R1.07), 24 h de TD au S1. Je me connecte à Ecampus avec mon compte invité, mais le cours n'apparaît pas : je n'y suis pas inscrit comme enseignant. Mes séances sont dans ADE (mardi 13h30-15h30, salle C-110).

Pourriez-vous m'ajouter ? J'ai également fait la demande de badge parking pour mon véhicule (AB-482-TK) auprès du secrétariat.

Bien cordialement,

Patrick Desloges
Cabinet Desloges & Associés – 22 rue Saint-Jean – 14000 Caen
Tél. 02 31 50 12 77 – N° ordre 14-002481
""",
  g=dict(codes=[("GEAR1.07", "GEA R1.07")], stu=[], ids=[], sym="teacher_not_enrolled", role="unknown",
         schemes=["BUT <DEPT>R<sem>.<nn>"], note="outside vacataire not enrolled as teacher in BUT GEA course")))

A(M(fn="105-automatic-reply-dsi-english.eml",
  frm=("Julien Roussel", "julien.roussel@unicaen.fr"),
  subject="Automatic reply: Ecampus : alertes Centreon dimanche",
  date="2025-11-17 08:32", client="outlook", form="alt",
  hdrs=["Auto-Submitted: auto-replied"],
  text="""Hello / Bonjour,

I am on leave until 24 November. For urgent infrastructure issues, please call the DSI on-call number 02 31 56 60 00 or open a ticket at https://assistance.unicaen.fr.

Je suis en congés jusqu'au 24 novembre. Pour toute urgence infrastructure, merci d'appeler l'astreinte DSI au 02 31 56 60 00 ou d'ouvrir un ticket sur https://assistance.unicaen.fr.

Julien Roussel – DSI
""",
  g=dict(codes=[], stu=[], ids=[], sym="other", role="unknown", lang="en", auto=True, schemes=[], note="bilingual out-of-office from DSI staff")))

A(M(fn="106-favori-cas-capture.eml",
  frm=("Kévin Marie", "kevin.marie50@gmail.com"),
  subject="Ecampus bloqué sur page CAS",
  date="2025-10-06 07:42", client="gmail", form="alt",
  att=[("Capture d'écran 2025-10-06 074012.png", "image/png", PNG)],
  text="""Bonjour,

Depuis que j'ai changé de navigateur (Chrome -> Firefox), je passe par mon favori "ENT unicaen" qui m'amène sur cas.unicaen.fr. Je me connecte, ça me dit "Connexion réussie" puis plus rien, je ne suis pas redirigé vers Ecampus (capture jointe).

Numéro étudiant 24188026, L3 STAPS ES.

Cordialement,
Kévin Marie
""",
  g=dict(codes=[], stu=["24188026"], ids=[], sym="cas_unknown_destination", role="student", schemes=[],
         note="student uses bookmark to CAS, stuck on success page; screenshot")))

A(M(fn="107-re-ticket-compte-expire-reprise-etudes.eml",
  frm=("Aurore Lebas", "aurore.lebas73@laposte.net"),
  subject="Re: [CEMU #204560] connexion impossible",
  date="2025-10-02 13:35", client="other", form="plain", cs="iso-8859-1", cte="8bit",
  hdrs=["In-Reply-To: <cemu-204560-2@assistance.unicaen.fr>"],
  text="""Bonjour,

Oui j'ai bien essayé de réinitialiser mon mot de passe sur le site du compte numérique, mais il me dit que mon compte est "expiré". J'avais arrêté mes études en 2023 et je reprends cette année en L3 psychologie (reprise d'études, formation continue, dossier FC-25-0719). Mon ancien numéro étudiant est 19027741, est-ce que c'est toujours le même ?

Aurore Lebas

----- Mail d'origine -----
De: CEMU Assistance <cemu.assistance@unicaen.fr>
À: aurore.lebas73@laposte.net
Envoyé: Thu, 02 Oct 2025 10:18:11 +0200 (CEST)
Objet: Re: [CEMU #204560] connexion impossible

Bonjour,
Avez-vous activé votre compte numérique et essayé de réinitialiser votre mot de passe ?
Cordialement, l'équipe CEMU
""",
  g=dict(codes=[], stu=["19027741"], ids=[], sym="cannot_login", role="student", schemes=[],
         note="returning student: account expired, cannot log in")))

A(M(fn="108-sms-gym-pas-inscrit.eml",
  frm=("Jade", "jadou.b14@hotmail.fr"),
  subject="cours gym",
  date="2026-01-22 12:12", client="iphone", form="plain",
  text="""Bjr jsui en L2 staps et jsui pa inscrite o cours de gym sts4gym sur ecampus, tt mes potes lont. num etudiant 24305561
mrc

Envoyé de mon iPhone
""",
  g=dict(codes=[("STS4-GYM", "sts4gym")], stu=["24305561"], ids=[], sym="not_enrolled", role="student",
         schemes=["STAPS STS<sem>-<ACT>"], note="SMS-style student not enrolled in course; code lowercase without dash")))

A(M(fn="109-re-ticket-chinois-a1-inexistant.eml",
  frm=("Alexis Poirier", "alexis.poirier@etu.unicaen.fr"),
  subject="Re: [CEMU #205644] cours de chinois",
  date="2026-01-30 17:10", client="thunderbird", form="alt", cte="quoted-printable",
  hdrs=["In-Reply-To: <cemu-205644-2@assistance.unicaen.fr>"],
  text="""Bonjour,

Le code que m'a donné le Centre de langues est cl-chi a1 (Chinois débutant, S2). Je n'ai trouvé aucun espace de cours avec ce code ni avec « chinois ». La prof (Mme Zhang) ne l'a pas non plus.

Alexis Poirier, L1 LLCER anglais, 25047716

Le 30/01/2026 à 09:41, CEMU Assistance a écrit :
> Bonjour,
>
> Pouvez-vous nous indiquer le code Apogée de ce cours ?
>
> Cordialement,
> L'équipe CEMU
""",
  g=dict(codes=[("CL-CHIA1", "cl-chi a1")], stu=["25047716"], ids=[], sym="course_missing", role="student",
         schemes=["language centre CL-<lang><CEFR>"], note="student reply: Chinese A1 course space does not exist (damaged code)")))

A(M(fn="110-english-medicine-account-expired.eml",
  frm=("Amira Haddad", "amira.haddad.md@gmail.com"),
  subject="Cannot log in - account disabled?",
  date="2025-09-02 09:20", client="gmail", form="alt",
  att=[("certificat_scolarite_2025-2026.pdf", "application/pdf", pdf("Certificat de scolarite"))],
  text="""Hello,

I am a 4th-year medical student (DFASM1) coming back from a research year in Montréal. Since yesterday I cannot log in to Ecampus: after entering my credentials the CAS page says "Your account is disabled" ("compte désactivé"). My registration for 2025-2026 is complete, I attach my certificate of enrolment.

My student number is 21603358 (enrolment receipt n° 20250829-1147).

Thank you,
Amira Haddad
""",
  g=dict(codes=[("DFASM1", "DFASM1")], stu=["21603358"], ids=[], sym="cannot_login", role="student", lang="en",
         schemes=["health etape DFGSM<n>/DFASM<n>/PASS<n>"], note="English medical student: account disabled after a year away")))
