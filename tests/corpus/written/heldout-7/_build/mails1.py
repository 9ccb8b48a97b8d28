from lib import M, PNG, pdf
MAILS = []
A = MAILS.append

A(M(fn="001-l1-histoire-pas-inscrite-td3.eml",
  frm=("Manon Lefrançois", "manon.lefrancois14@gmail.com"),
  subject="Pas inscrite au cours d'histoire médiévale",
  date="2025-09-16 22:47", client="gmail", form="alt",
  text="""Bonjour,

Je suis en première année de licence d'histoire et je n'arrive pas à accéder au cours d'histoire médiévale sur Ecampus (le code sur mon emploi du temps c'est hhis103). Les autres étudiants de mon TD3 (le mardi en SA-110) l'ont tous dans leur tableau de bord mais moi je ne l'ai pas du tout, et quand je le cherche il me dit que je ne peux pas m'inscrire moi-même.

Le prof a mis le premier devoir à rendre pour le 26/09 et j'ai peur d'avoir zéro.
J'ai fait mon inscription administrative fin août (j'ai reçu ma carte étudiante le 2 septembre).

Mon numéro étudiant : 25104387
Mon INE : 0903987654K

Merci d'avance pour votre aide, je ne sais pas à qui m'adresser.

Manon Lefrançois
L1 Histoire
06 71 22 48 09
""",
  g=dict(codes=[("HHIS103", "hhis103"), ("L1HIST-TD3", "TD3")], stu=["25104387"], ids=[], sym="not_enrolled",
         role="student", schemes=["letters+digits H<DIS><sem><nn> (FAQ shape)", "group <etape>-<short>"], note="L1 history student not enrolled in HHIS103 while rest of her TD3 is")))

A(M(fn="002-prof-droit-adm-etudiants-ne-voient-pas.eml",
  frm=("Bertrand Quesnel", "bertrand.quesnel@unicaen.fr"),
  subject="Cours de droit administratif invisible pour les étudiants",
  date="2025-09-22 08:12", client="outlook", form="alt", cs="windows-1252", cte="quoted-printable",
  text="""Bonjour,

Les étudiants de L2 me signalent depuis jeudi qu'ils ne voient pas l'espace Ecampus du cours magistral de Droit administratif (DR2S3C05) :
https://ecampus.unicaen.fr/course/view.php?id=41877

De mon côté je le vois bien, avec les documents déposés la semaine dernière (plan du cours, fiches de jurisprudence). Je précise que l'amphi est plein, ils sont donc bien inscrits à la faculté… Est-ce un réglage que j'aurais oublié ?

Je dois distribuer le sujet du premier galop d'essai via la plateforme le 29/09, c'est assez urgent.

Bien cordialement,

Bertrand Quesnel
Maître de conférences en droit public
UFR Droit, AES et Administration Publique
Bureau DR-214, bâtiment D – Campus 1
Esplanade de la Paix – CS 14032 – 14032 Caen Cedex 5
Tél. : 02 31 56 54 12
""",
  g=dict(codes=[("DR2S3C05", "DR2S3C05")], stu=[], ids=[41877], sym="students_cannot_see_course",
         role="staff", schemes=["law DR<year>S<sem><C|T><nn>"], note="law teacher: L2 students cannot see DR2S3C05 course (probably hidden)")))

A(M(fn="003-erasmus-fle-b2-not-found.eml",
  frm=("Lucía Ortega Marín", "lucia.ortegamarin@gmail.com"),
  subject="Can't access my French course on Ecampus",
  date="2025-09-25 17:31", client="gmail", form="alt",
  text="""Hello,

I'm an Erasmus+ student from Universidad de Salamanca, here in Caen for the whole academic year (arrived 8 September, I was on flight IB 3472 via Madrid if that matters lol).

At the international office (Carré international) they told me I'm registered in the French language course FLE B2, code CLFLEB2. But on Ecampus I only see the "Welcome international students" page and nothing else. My classmates from Italy already have it in their courses list.

My student number is 25309114. I also have a "numéro INE" on my certificate: 250901234AB (not sure which one you need).

Could you please add me to the course? Classes started on Monday in room S3-045.

Thank you very much!
Lucía
""",
  g=dict(codes=[("CL-FLEB2", "CLFLEB2")], stu=["25309114"], ids=[], sym="not_enrolled", role="student", lang="en",
         schemes=["language centre CL-<lang><CEFR>"], note="incoming Erasmus student not enrolled in FLE B2 course")))

A(M(fn="004-scol-iae-alternants-non-inscrits.eml",
  frm=("Nathalie Vautier", "nathalie.vautier@unicaen.fr"),
  subject="Alternants M1 MAE non inscrits dans 2 cours Ecampus",
  date="2025-10-02 11:05", client="outlook", form="alt",
  text=None,
  html="""<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} table.MsoTableGrid {border-collapse:collapse;} --></style></head>
<body lang="FR" link="#0563C1" vlink="#954F72">
<div class="WordSection1">
<p class="MsoNormal">Bonjour,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Les étudiants alternants du M1 Management et Administration des Entreprises (étape IAMAE1, groupe ALT) ne sont pas inscrits dans les espaces Ecampus des deux UE suivantes&nbsp;:<o:p></o:p></p>
<ul>
<li class="MsoNormal">IA1FIN02 – Finance d’entreprise<o:p></o:p></li>
<li class="MsoNormal">IA1CGO01 – Contrôle de gestion<o:p></o:p></li>
</ul>
<p class="MsoNormal">Les inscriptions pédagogiques ont été saisies le 24/09 dans Apogée, jusqu’au groupe. Les étudiants en formation initiale (groupe FI) sont bien présents dans les cours. Voici la liste des alternants concernés&nbsp;:<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">
<tr><td style="background:#D9E2F3;padding:0cm 5.4pt"><p class="MsoNormal"><b>N° étudiant</b></p></td><td style="background:#D9E2F3;padding:0cm 5.4pt"><p class="MsoNormal"><b>INE</b></p></td><td style="background:#D9E2F3;padding:0cm 5.4pt"><p class="MsoNormal"><b>Nom</b></p></td><td style="background:#D9E2F3;padding:0cm 5.4pt"><p class="MsoNormal"><b>Prénom</b></p></td><td style="background:#D9E2F3;padding:0cm 5.4pt"><p class="MsoNormal"><b>Entreprise</b></p></td></tr>
<tr><td><p class="MsoNormal">21905512</p></td><td><p class="MsoNormal">0912345678F</p></td><td><p class="MsoNormal">AUBRY</p></td><td><p class="MsoNormal">Clément</p></td><td><p class="MsoNormal">Crédit Agricole Normandie</p></td></tr>
<tr><td><p class="MsoNormal">22007843</p></td><td><p class="MsoNormal">1012457803H</p></td><td><p class="MsoNormal">BENSAÏD</p></td><td><p class="MsoNormal">Yasmine</p></td><td><p class="MsoNormal">Lactalis</p></td></tr>
<tr><td><p class="MsoNormal">21806634</p></td><td><p class="MsoNormal">2398004512K</p></td><td><p class="MsoNormal">LE GOFF</p></td><td><p class="MsoNormal">Maël</p></td><td><p class="MsoNormal">Renault Trucks Blainville</p></td></tr>
<tr><td><p class="MsoNormal">22104478</p></td><td><p class="MsoNormal">071234509JJ</p></td><td><p class="MsoNormal">PERRIER</p></td><td><p class="MsoNormal">Inès</p></td><td><p class="MsoNormal">CHU de Caen</p></td></tr>
<tr><td><p class="MsoNormal">21702290</p></td><td><p class="MsoNormal">0603319870B</p></td><td><p class="MsoNormal">TOUATI</p></td><td><p class="MsoNormal">Samy</p></td><td><p class="MsoNormal">Legallais</p></td></tr>
</table>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Pourriez-vous regarder ce qui bloque&nbsp;? Les alternants reviennent en cours le 13/10.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Bien cordialement,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b><span style="color:#1F3864">Nathalie VAUTIER</span></b><o:p></o:p></p>
<p class="MsoNormal"><span style="color:#1F3864">Gestionnaire de scolarité – Masters MAE / CCA<br>IAE Caen – École Universitaire de Management<br>3 rue Claude Bloch – 14075 Caen Cedex<br>Tél. 02 31 56 65 30 – Bureau 1.07</span><o:p></o:p></p>
</div>
</body>
</html>
""",
  g=dict(codes=[("IAMAE1", "IAMAE1"), ("IAMAE1-ALT", "ALT"), ("IA1FIN02", "IA1FIN02"), ("IA1CGO01", "IA1CGO01"), ("IAMAE1-FI", "FI")],
         stu=["21905512", "22007843", "21806634", "22104478", "21702290"], ids=[], sym="not_enrolled", role="staff",
         schemes=["IAE IA<year><dom><nn>", "IAE etape IA<track><year>", "group <etape>-<short>"], note="IAE secretary: apprentices (group ALT) missing from two UE courses, HTML table of 5 students")))

A(M(fn="005-reponse-auto-absence-enseignante.eml",
  frm=("Hélène Corbière", "helene.corbiere@unicaen.fr"),
  subject="Réponse automatique : [CEMU #204611] Cours MU.FM301 invisible pour les L2",
  date="2025-10-21 09:14", client="zimbra", form="plain",
  hdrs=["Auto-Submitted: auto-replied", "X-Autoreply: yes", "In-Reply-To: <cemu-204611-3@assistance.unicaen.fr>"],
  text="""Bonjour,

Je suis absente du 20 octobre au 2 novembre 2025 inclus (congés d'automne), avec un accès très limité à ma messagerie.

Pour toute question urgente concernant le département de musicologie, merci de contacter le secrétariat au 02 31 56 61 00 ou par mail : musicologie.secretariat@unicaen.fr

Cordialement,
Hélène Corbière
""",
  g=dict(codes=[("MU.FM301", "MU.FM301")], stu=[], ids=[], sym="other", role="unknown", auto=True,
         schemes=["music MU.<XX><nnn>"], note="out-of-office reply to a CEMU ticket; code only in the subject")))

A(M(fn="006-sms-mdp-incorrect.eml",
  frm=("kev", "kevin.lmrr14@gmail.com"),
  subject="ecampus marche pas",
  date="2025-11-04 21:52", client="android", form="alt",
  text="""slt
jarrive pa a me co sur ecampus sa me mets "identifiant ou mot de passe incorrect" alors ke jai changer mon mdp hier sur le site du compte numerique
jai un devoir a rendre avt 23h59 cest urgent svp
mon num etudiant cest 24017763

Envoyé de mon téléphone Galaxy
""",
  g=dict(codes=[], stu=["24017763"], ids=[], sym="cannot_login", role="student",
         schemes=[], note="SMS-style student cannot log in after password change")))

A(M(fn="007-esix-enseignant-pas-inscrit-x7aut2.eml",
  frm=("Frédéric Hamelin", "frederic.hamelin@unicaen.fr"),
  subject="Pas inscrit comme enseignant dans mon module d'automatique",
  date="2025-09-29 14:20", client="thunderbird", form="plain", cte="quoted-printable",
  text="""Bonjour,

Je suis responsable du module X7 AUT2 (Automatique avancée, 2e année cycle ingénieur, spécialité Systèmes embarqués) à l'ESIX, site de Cherbourg.

Le cours existe bien sur Ecampus mais je n'y suis pas inscrit comme enseignant : je le vois dans la recherche mais sans pouvoir y accéder. Mes collègues qui font les TP (salle ESIX-B204) y sont, eux. Le planning ADE a pourtant été saisi par le secrétariat dès juillet, avec mon nom sur tous les créneaux de CM (mardi 10h15-12h15).

L'an dernier (2024-2025) je n'avais eu aucun problème.

Merci de votre aide,

--
Frédéric Hamelin
Maître de conférences – ESIX Normandie
LUSAC (UR 4253) – Site universitaire de Cherbourg
60 rue Max-Pol Fouchet – 50130 Cherbourg-en-Cotentin
02 33 01 42 17
""",
  g=dict(codes=[("X7AUT2", "X7 AUT2")], stu=[], ids=[], sym="teacher_not_enrolled", role="staff",
         schemes=["engineering X<sem><DIS><n>"], note="ESIX teacher not enrolled as teacher in X7AUT2 despite ADE planning")))

A(M(fn="008-sante-cohorte-dfgsm2-tutorat.eml",
  frm=("Sophie Marchand-Lebas", "sophie.marchand-lebas@unicaen.fr"),
  subject="Cohorte DFGSM2 pour l'espace Tutorat",
  date="2025-09-12 10:40", client="outlook", form="alt",
  text="""Bonjour,

Pour l'espace complémentaire « Tutorat DFGSM2 2025-2026 » (https://ecampus.unicaen.fr/course/view.php?id=50213), nous souhaiterions inscrire l'ensemble de la promotion de 2e année de médecine, soit environ 310 étudiants.

J'ai essayé d'ajouter la méthode « Synchronisation des cohortes », mais dans la recherche je ne trouve qu'une cohorte intitulée « DFGSM2-101 - DFG Sciences Médicales 2e année » et je ne suis pas sûre que ce soit la bonne (nous avons aussi des étudiants en passerelle et en LAS 2 admis en DFGSM2).

Questions :
1) Cette cohorte est-elle mise à jour automatiquement, y compris pour les inscriptions administratives tardives (jusqu'au 15/10) ?
2) Les étudiants qui se désinscrivent seront-ils retirés de l'espace ?
3) Faut-il plutôt passer par vous ?

Merci d'avance,

Sophie Marchand-Lebas
Responsable administrative pédagogique – 2e cycle
UFR Santé – Pôle Formation
2 rue des Rochambelles – 14032 Caen Cedex
Tél. 02 31 56 82 07
""",
  g=dict(codes=[("DFGSM2", "DFGSM2"), ("DFGSM2", "DFGSM2-101")], stu=[], ids=[50213], sym="cohort_question", role="staff",
         schemes=["health etape DFGSM<n>/DFASM<n>/PASS<n>"], note="UFR Santé admin asks whether DFGSM2 cohort can be synced into tutorat space")))

A(M(fn="009-bounce-user-unknown.eml",
  frm=("Mail Delivery System", "MAILER-DAEMON@smtp.unicaen.fr"),
  subject="Undelivered Mail Returned to Sender",
  date="2025-10-08 15:03", client="other",
  raw="""Return-Path: <>
Received: by smtp.unicaen.fr (Postfix)
	id 4cQ2Lk0XhBz1P7; Wed,  8 Oct 2025 15:03:41 +0200 (CEST)
Date: Wed,  8 Oct 2025 15:03:41 +0200 (CEST)
From: MAILER-DAEMON@smtp.unicaen.fr (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: cemu.assistance@unicaen.fr
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4cQ2Lk0XhBz1P7.1759928621/smtp.unicaen.fr"
Content-Transfer-Encoding: 8bit
Message-Id: <20251008130341.4cQ2Lk0XhBz1P7@smtp.unicaen.fr>

This is a MIME-encapsulated message.

--4cQ2Lk0XhBz1P7.1759928621/smtp.unicaen.fr
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host smtp.unicaen.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<p.lemarchant@unicaen.fr>: host mbox2.unicaen.fr[10.14.2.32] said: 550 5.1.1
    <p.lemarchant@unicaen.fr>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)

--4cQ2Lk0XhBz1P7.1759928621/smtp.unicaen.fr
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; smtp.unicaen.fr
X-Postfix-Queue-ID: 4cQ2Lk0XhBz1P7
X-Postfix-Sender: rfc822; cemu.assistance@unicaen.fr
Arrival-Date: Wed,  8 Oct 2025 15:03:40 +0200 (CEST)

Final-Recipient: rfc822; p.lemarchant@unicaen.fr
Original-Recipient: rfc822;p.lemarchant@unicaen.fr
Action: failed
Status: 5.1.1
Remote-MTA: dns; mbox2.unicaen.fr
Diagnostic-Code: smtp; 550 5.1.1 <p.lemarchant@unicaen.fr>: Recipient address
    rejected: User unknown in virtual mailbox table

--4cQ2Lk0XhBz1P7.1759928621/smtp.unicaen.fr
Content-Description: Undelivered Message
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

From: CEMU Assistance <cemu.assistance@unicaen.fr>
To: p.lemarchant@unicaen.fr
Subject: Re: [CEMU #204377] Cours HGEO205 introuvable
Date: Wed, 8 Oct 2025 15:03:38 +0200
Message-ID: <cemu-204377-2@assistance.unicaen.fr>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Bonjour,

Le cours « (HGEO205) Géographie des espaces ruraux » existe bien sur
Ecampus ; il se trouve dans la catégorie UFR HSS > Géographie > L2.
Pouvez-vous nous confirmer que vous n'y êtes pas inscrit ?

Cordialement,
L'équipe CEMU

--4cQ2Lk0XhBz1P7.1759928621/smtp.unicaen.fr--
""",
  g=dict(codes=[("HGEO205", "HGEO205")], stu=[], ids=[], sym="other", role="unknown", auto=True,
         schemes=["letters+digits H<DIS><sem><nn> (FAQ shape)"], note="postfix bounce of a CEMU reply (user unknown); code only in the returned message")))

A(M(fn="010-m2-iae-tableau-de-bord.eml",
  frm=("Camille Rousset", "camille.rousset@hotmail.fr"),
  subject="IA2MKT05 absent du tableau de bord",
  date="2025-11-13 08:03", client="outlook", form="html", cs="utf-8",
  text="""Bonjour,

Le cours IA2MKT05 n'apparaît plus dans mon tableau de bord depuis hier. J'y suis bien inscrite (je le retrouve via la recherche et j'ai accès aux documents).

N° étudiant 21807765.

Cdt,
C. Rousset – M2 Marketing
Envoyé à partir de Outlook pour Android
""",
  g=dict(codes=[("IA2MKT05", "IA2MKT05")], stu=["21807765"], ids=[], sym="course_not_on_dashboard", role="student",
         schemes=["IAE IA<year><dom><nn>"], note="terse M2 student: course no longer on dashboard though enrolled")))

A(M(fn="011-musico-l2-ne-voient-pas-fm.eml",
  frm=("Hélène Corbière", "helene.corbiere@unicaen.fr"),
  subject="Formation musicale L2 : les étudiants ne voient pas le cours",
  date="2025-10-17 18:26", client="thunderbird", form="html",
  html="""<!DOCTYPE html>
<html>
  <head>
    <meta http-equiv="content-type" content="text/html; charset=UTF-8">
  </head>
  <body>
    <p>Bonjour,</p>
    <p>Plusieurs étudiants de L2 musicologie (LMUS2) m'écrivent qu'ils ne voient pas le cours de formation musicale du S3, <b>MU.FM3O1</b>, alors que je l'ai bien rempli (dictées, fichiers audio, partitions en PDF). Lien :
      <a class="moz-txt-link-freetext" href="https://ecampus.unicaen.fr/course/view.php?id=38842">https://ecampus.unicaen.fr/course/view.php?id=38842</a></p>
    <p>L'un d'eux m'a envoyé une capture, il y a juste « Vous ne pouvez pas vous inscrire vous-même dans ce cours ».</p>
    <p>Je pars en congés mardi, merci si c'est possible de regarder avant.</p>
    <p>Hélène Corbière<br>
      PRAG – Département de musicologie<br>
      Maison de la Recherche en Sciences Humaines, bureau MRSH 215<br>
      02 31 56 61 34</p>
  </body>
</html>
""",
  g=dict(codes=[("MU.FM301", "MU.FM3O1"), ("LMUS2", "LMUS2")], stu=[], ids=[38842], sym="students_cannot_see_course", role="staff",
         schemes=["music MU.<XX><nnn>", "licence etape L<DIS><year>"], note="music teacher: L2 students cannot see the course (code typed with O for 0)")))

A(M(fn="012-vacataire-staps-profil-adresse-mail.eml",
  frm=("Jérôme Pottier", "jerome.pottier50@orange.fr"),
  subject="Impossible d'accéder à Ecampus - page profil",
  date="2025-09-30 20:15", client="roundcube", form="plain", cs="iso-8859-1", cte="quoted-printable",
  text="""Bonjour,

Je suis éducateur sportif (APA) et j'interviens cette année comme vacataire en L3 STAPS, dans l'UE STS5 APA (activité physique adaptée et santé).
La scolarité STAPS m'a créé un compte et j'ai bien reçu mon identifiant. Quand je me connecte sur Ecampus, j'arrive directement sur une page "Modifier le profil" qui me dit que l'adresse de courriel est obligatoire, mais le champ est grisé, je ne peux rien saisir. Impossible d'aller plus loin, même en cliquant sur "Tableau de bord".

J'ai essayé sur Firefox 131 et sur l'iPad, pareil.

Mon premier TD est le mardi 7 octobre, gymnase du campus 2.

Cordialement,
Jérôme Pottier
Éducateur APA – Association Sport Santé Calvados
06 48 17 92 30
""",
  g=dict(codes=[("STS5-APA", "STS5 APA")], stu=[], ids=[], sym="cannot_login", role="unknown",
         schemes=["STAPS STS<sem>-<ACT>"], note="vacataire stuck on profile page asking for e-mail at first login")))

A(M(fn="013-cas-final-destination-screenshot.eml",
  frm=("Daniel Osei", "daniel.osei.gh@gmail.com"),
  subject="Stuck on CAS page after login",
  date="2025-09-18 12:09", client="gmail", form="alt",
  att=[("Screenshot_2025-09-18-12-04-51.png", "image/png", PNG)],
  text="""Hi,

When I log in I end up on a page that says "Connexion réussie – Bienvenue 24511208. Vous vous êtes authentifié(e) auprès du Service Central d'Authentification. Toutefois, vous voyez cette page car CAS ne connaît pas votre destination finale..." and it never goes to Ecampus. I attached a screenshot.

I got to the login page from a Google search "unicaen ecampus login". Is my account broken? I am in the Master in Physics (international track).

Thanks,
Daniel Osei
""",
  g=dict(codes=[], stu=["24511208"], ids=[], sym="cas_unknown_destination", role="student", lang="en",
         schemes=[], note="English student stuck on CAS 'destination finale' page after Google search; screenshot")))

A(M(fn="014-scol-staps-mauvais-groupe-natation.eml",
  frm=("Patricia Lerouge", "patricia.lerouge@unicaen.fr"),
  subject="Natation L2 - étudiants dans le mauvais groupe",
  date="2025-10-06 09:37", client="exchange", form="plain", cs="windows-1252", cte="quoted-printable",
  text="""Bonjour,

Dans l'espace Ecampus de l'UE STS3-NAT (Natation – perfectionnement, L2 STAPS), trois étudiants apparaissent dans le groupe G2 alors qu'ils sont inscrits en G4 dans Apogée depuis le 29/09 (changement de créneau pour raisons médicales, piscine du Chemin Vert le jeudi) :

22305517  BOUVIER Élise
23008146  HAMON Théo
22411029  NDIAYE Awa

L'enseignant ne peut donc pas leur ouvrir le test de sauvetage (PSE1 prévu le 16/10). Les autres mouvements de groupes faits le même jour sont bien passés.

Merci par avance,

Patricia Lerouge
Scolarité STAPS – UFR STAPS
Bât. STAPS, bureau 012 – 02 31 56 73 90
""",
  g=dict(codes=[("STS3-NAT", "STS3-NAT"), ("STL2-G2", "G2"), ("STL2-G4", "G4")], stu=["22305517", "23008146", "22411029"], ids=[],
         sym="wrong_group", role="staff", schemes=["STAPS STS<sem>-<ACT>", "group <etape>-<short>"], note="STAPS secretary: 3 students in group G2 instead of G4 in swimming course")))

A(M(fn="015-spam-quota-messagerie.eml",
  frm=("Service Informatique UNICAEN", "support@unicaen-fr.mailbox-helpdesk.com"),
  to=[("", "cemu.assistance@unicaen.fr")],
  subject="ALERTE : Votre boîte aux lettres a atteint 98% de son quota",
  date="2025-11-19 03:12", client="other", form="html",
  html="""<html><body style="font-family:Segoe UI,Arial"><table width="600" align="center" style="border:1px solid #ccc"><tr><td style="background:#0078d4;color:#fff;padding:12px"><b>Microsoft Office 365 – Notification</b></td></tr>
<tr><td style="padding:16px">Cher utilisateur,<br><br>Votre boîte aux lettres <b>cemu.assistance@unicaen.fr</b> a atteint <b>98%</b> de sa capacité (49,1 Go / 50 Go).<br>
Les nouveaux messages seront rejetés à partir du <b>20/11/2025 00:00</b>.<br><br>
Pour éviter la suspension, validez votre compte en cliquant ci-dessous :<br><br>
<a href="http://unicaen-fr.mailbox-helpdesk.com/owa/verify.php?u=cemu.assistance" style="background:#0078d4;color:#fff;padding:8px 16px;text-decoration:none">Augmenter mon quota</a><br><br>
Référence incident : INC0049921<br>Service Informatique – DSI<br></td></tr>
<tr><td style="font-size:10px;color:#888;padding:8px">© 2025 Microsoft Corporation. One Microsoft Way, Redmond, WA 98052</td></tr></table></body></html>
""",
  g=dict(codes=[], stu=[], ids=[], sym="other", role="unknown", auto=True, schemes=[], note="phishing: fake quota alert")))

A(M(fn="016-prof-m1-socio-cours-archive.eml",
  frm=("Isabelle Gohier", "isabelle.gohier@unicaen.fr"),
  subject="Mon cours est dans « Archives » ?!",
  date="2025-09-08 16:44", client="zimbra", form="alt",
  text="""Bonjour,

Je découvre ce matin que mon cours de M1 « (M.1SOC2A) Sociologie des organisations » n'est plus dans la catégorie Master Sociologie mais dans une catégorie « Archives », et son nom complet commence maintenant par « [ARCHIVE 2024-2025] ». Tout mon contenu est là, mais les étudiants de cette année n'y ont pas accès.

Je n'ai rien modifié. Est-ce que le cours a été déplacé volontairement ? Que dois-je faire pour la rentrée (premier séminaire le 15/09, salle MRSH 027) ?

Isabelle Gohier
MCF sociologie – CERReV (UR 3918)
""",
  unk=["M.1SOC2A"],
  g=dict(codes=[("M.1SOC2A", "M.1SOC2A")], stu=[], ids=[], sym="course_moved_renamed", role="staff",
         schemes=["M.dotted M.<year><DIS><n><X> (FAQ shape)"], note="teacher's M1 course moved to Archives and renamed; old code no longer exists")))

A(M(fn="017-sms-nom-mal-ecrit.eml",
  frm=("lea dpt", "lea.dupontm@gmail.com"),
  subject="nom faux",
  date="2025-10-11 13:58", client="iphone", form="plain",
  text="""bjr
sur ecampus mon nom est mal ecrit sa met DUPONT Lea alors que c DUPONT-MARCHAND Léa, sur mon certificat de scolarite c bon
jsuis en l2 psycho num etudiant 23006419
merci

Envoyé de mon iPhone
""",
  g=dict(codes=[], stu=["23006419"], ids=[], sym="wrong_name", role="student",
         schemes=[], note="SMS-style student: surname wrong on Ecampus")))

A(M(fn="018-fwd-gea-groupe-g2a-r104.eml",
  frm=("Secrétariat GEA", "iut.gea.secretariat@unicaen.fr"),
  subject="TR: Étudiants du G2A absents du cours R1.04",
  date="2025-09-19 10:22", client="outlook", form="alt", cte="quoted-printable",
  text="""Bonjour,

Je vous transfère le message de M. Letellier. Après vérification, les inscriptions pédagogiques des étudiants du groupe G2A (étape BGEA1-101) à l'élément GEAR1.04 sont bien faites dans Apogée, jusqu'au groupe.
Exemple d'étudiant concerné : 25160288 (RAOULT Jade).

Bonne journée,

Christelle Marie
Secrétariat pédagogique BUT GEA – IUT Grand Ouest Normandie, site de Caen
Bd Maréchal Juin – 14032 Caen Cedex – bât. C, bureau C-012
02 31 56 70 52

________________________________
De : Yannick Letellier <yannick.letellier@unicaen.fr>
Envoyé : jeudi 18 septembre 2025 17:48
À : Secrétariat GEA <iut.gea.secretariat@unicaen.fr>
Objet : Étudiants du G2A absents du cours R1.04

Bonjour Christelle,

Dans l'espace Ecampus de la ressource R1.04 (Fondamentaux de la comptabilité), je n'ai que les trois autres groupes de TD. Le G2A n'apparaît pas du tout dans les participants, alors que je les ai eus en TD mardi.
Peux-tu voir avec qui de droit ?

Merci,
Yannick
""",
  g=dict(codes=[("GEAR1.04", "GEAR1.04"), ("GEAR1.04", "R1.04"), ("BGEA1", "BGEA1-101"), ("BGEA1-G2A", "G2A")], stu=["25160288"], ids=[],
         sym="not_enrolled", role="staff", schemes=["BUT <DEPT>R<sem>.<nn>", "BUT etape B<DEPT><year>", "group <etape>-<short>"],
         note="forwarded: BUT GEA group G2A missing from R1.04 participants")))

A(M(fn="019-liste-lettre-info-cemu.eml",
  frm=("Lettre d'info du CEMU", "cemu-info@listes.unicaen.fr"),
  to=[("", "cemu-info@listes.unicaen.fr")],
  subject="[cemu-info] Lettre d'information du CEMU – novembre 2025",
  date="2025-11-03 07:30", client="other", form="alt",
  hdrs=["List-Id: Lettre d'information du CEMU <cemu-info.listes.unicaen.fr>", "List-Unsubscribe: <mailto:sympa@listes.unicaen.fr?subject=unsubscribe%20cemu-info>",
        "Precedence: list", "X-Loop: cemu-info@listes.unicaen.fr"],
  text="""LETTRE D'INFORMATION DU CEMU – NOVEMBRE 2025

1. Webinaire « Bien démarrer avec les tests Moodle »
Mardi 18/11 de 14h à 15h30, en ligne (lien Zoom envoyé aux inscrits) ou en présentiel Amphi Demolombe.
Inscription avant le 14/11.

2. Wooclap et Compilatio
La licence Wooclap est reconduite jusqu'au 31/08/2026. Compilatio Magister+ est désormais intégré à Ecampus (activité Devoir).

3. Certification PIX
Les sessions de certification PIX du S1 auront lieu du 1er au 12 décembre, salles S3-045 et S3-047 (campus 1). Les étudiants doivent s'inscrire via leur ENT. Pour rappel, PIX a remplacé le B2i et le C2i niveau 1.

4. Rappel : maintenance hebdomadaire
Chaque dimanche matin entre 9h et 11h, une optimisation de la base de données peut rendre Ecampus momentanément indisponible.

5. Nouveauté
Mise à jour vers Moodle 4.1.14 prévue pendant les vacances de Noël (semaine 52).

—
CEMU – Centre d'Enseignement Multimédia Universitaire
Bâtiment M, campus 1 – 02 31 56 62 00
Pour vous désinscrire : https://listes.unicaen.fr/sympa/signoff/cemu-info
""",
  g=dict(codes=[], stu=[], ids=[], sym="other", role="unknown", auto=True, schemes=[], note="CEMU newsletter via mailing list")))

A(M(fn="020-quiz-erreur-base-dimanche.eml",
  frm=("", "23114520@etu.unicaen.fr"),
  subject="erreur pendant le test de génétique",
  date="2025-11-16 10:22", client="zimbra", form="plain",
  text="""Bonjour,

Ce matin je faisais le test d'entraînement de génétique (UE SV3U04, L2 SV) et au bout de 10 minutes la page a affiché « Erreur de lecture de la base de données ». J'ai réessayé à 10h05 puis 10h15, pareil, impossible d'ouvrir quoi que ce soit sur Ecampus.

Est-ce que ma tentative a été enregistrée ? Le test ferme ce soir à 20h.

Merci,
Axel Guérin
""",
  g=dict(codes=[("SV3U04B", "SV3U04")], stu=["23114520"], ids=[], sym="database_error", role="student",
         schemes=["life sciences SV<sem>U<nn><parcours>"], note="Sunday-morning database read error during quiz; code truncated suffix")))

A(M(fn="021-trop-enseignants-td-droit-civil.eml",
  frm=("Anne-Laure Vimont", "anne-laure.vimont@unicaen.fr"),
  subject="dr1s2t04 : 14 enseignants inscrits ??",
  date="2026-01-21 12:31", client="outlook", form="html",
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="FR"><div class="WordSection1">
<p class="MsoNormal">Bonjour,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Dans l’espace des TD de droit civil (S2) – <a href="https://ecampus.unicaen.fr/user/index.php?id=40211">https://ecampus.unicaen.fr/user/index.php?id=40211</a> – je compte 14 enseignants inscrits, dont au moins 8 qui n’ont jamais fait ce TD (collègues de droit pénal, d’histoire du droit, et même deux doctorants qui sont partis l’an dernier).</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Conséquence : ils reçoivent toutes les notifications du forum et peuvent voir les notes. Je ne peux pas les désinscrire moi-même, la corbeille n’apparaît pas (inscription « Base de données externe »).</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Pouvez-vous nettoyer&nbsp;?</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Anne-Laure Vimont</p>
<p class="MsoNormal"><span style="font-size:9.0pt;color:gray">Chargée de TD – Institut de Démographie Juridique<br>UFR DROIT – Bât. D, bureau DR-108 – 02 31 56 55 21</span></p>
</div></body></html>
""",
  g=dict(codes=[("DR1S2T04", "dr1s2t04")], stu=[], ids=[40211], sym="too_many_teachers", role="staff",
         schemes=["law DR<year>S<sem><C|T><nn>"], note="14 teachers enrolled in a law TD course, many not teaching it; code lowercase in subject")))

A(M(fn="022-english-strategy-course-missing.eml",
  frm=("Anjali Raman", "anjali.raman@etu.unicaen.fr"),
  subject="Course 'Corporate strategy' does not exist on Ecampus?",
  date="2025-10-01 19:45", client="thunderbird", form="plain",
  text="""Dear Ecampus team,

I am enrolled in the first year of the Master MAE at IAE Caen (international track, student ID 24780033). According to my timetable (ADE) I have the course "Corporate strategy", APOGEE code IA1STR04, every Friday in room IAE-2.14.

When I search for it on Ecampus I get "No courses found". Other courses of the same semester are there (Finance, Marketing). The lecturer told us all materials would be on Ecampus.

Is the course not created yet, or is it hidden from me?

Kind regards,
Anjali Raman
+33 7 58 21 60 94
""",
  g=dict(codes=[("IA1STR04", "IA1STR04")], stu=["24780033"], ids=[], sym="course_missing", role="student", lang="en",
         schemes=["IAE IA<year><dom><nn>"], note="English-speaking IAE student cannot find course IA1STR04 on Ecampus")))
