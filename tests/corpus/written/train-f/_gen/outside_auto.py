from students import G
M = []

# ---------------- outside (sender unknown) ----------------
M.append(dict(f="087-vacataire-cabinet-re-etudiants.eml", frm="Frédéric Lemonnier <f.lemonnier@cabinet-lemonnier-expertise.fr>",
 subj="RE: Cours Audit légal M2 CCA", date="2025-09-26 18:44",
 irt="<AM9PR07MB7321B0C2D1A7@AM9PR07MB7321.eurprd07.prod.outlook.com>",
 text="""Bonjour,

Suite au message de Mme Duchemin ci-dessous : j'interviens comme vacataire dans le cours d'audit légal du M2 CCA (IAEM2C11) et je constate qu'aucun de mes 28 étudiants n'est inscrit dans l'espace Ecampus, je suis seul avec le responsable. Le premier cas pratique est à rendre le 03/10.

Bien cordialement,

Frédéric Lemonnier
Expert-comptable, commissaire aux comptes
Cabinet Lemonnier & Associés – 12 rue Écuyère – 14000 Caen
Tél. 02 31 85 40 12 – SIRET 812 345 678 00021

De : Karine Duchemin <karine.duchemin@unicaen.fr>
Envoyé : jeudi 25 septembre 2025 10:02
À : f.lemonnier@cabinet-lemonnier-expertise.fr
Objet : Cours Audit légal M2 CCA

Monsieur,
Votre accès Ecampus est créé, vous êtes inscrit comme enseignant dans l'espace du cours. En cas de souci, écrivez à cemu.assistance@unicaen.fr.
Cordialement,
K. Duchemin
""",
 g=G([("IAEM2C11","IAEM2C11")],[],[],"not_enrolled",role="unknown",
     schemes=["iae-IAEMnXnn"], note="outside vacataire (accounting firm): no students enrolled in his course")))

M.append(dict(f="088-vacataire-rouen-fwd-pas-inscrit.eml", frm="Katrin Vogel <katrin.vogel@univ-rouen.fr>",
 subj="TR: Accès Ecampus – cours d'allemand LEA S4", date="2026-01-22 09:37",
 text="""Bonjour,

Je suis maîtresse de conférences à l'Université de Rouen Normandie et j'assure cette année, en tant que vacataire à Caen, le cours LEA.DE41 (Traduction économique allemand). Le secrétariat m'a transmis le message ci-dessous, mais je ne suis pas inscrite dans le cours : je vois le tableau de bord vide.

Cordialement,
Katrin Vogel
ERIAC (UR 4705) – Université de Rouen Normandie
Rue Lavoisier – 76821 Mont-Saint-Aignan Cedex

-----Message d'origine-----
De : Nadège Queval <nadege.queval@unicaen.fr>
Envoyé : lundi 19 janvier 2026 15:20
À : Katrin Vogel <katrin.vogel@univ-rouen.fr>
Objet : Accès Ecampus – cours d'allemand LEA S4

Madame,
Votre compte invité est actif (identifiant : kvogel-ext). Vos séances sont planifiées dans ADE, vous devriez être inscrite automatiquement dans le cours LEA.DE41 d'ici 24 h.
""" + "\n--\nNadège Queval\nScolarité LEA – 02 31 56 62 18\n",
 g=G([("LEA.DE41","LEA.DE41")],[],[],"teacher_not_enrolled",role="unknown",
     schemes=["lea-dotted-LEA.XXsn"], note="vacataire from another university not enrolled as teacher (forwarded)")))

M.append(dict(f="089-vacataire-entreprise-html-cp1252.eml", frm="Guillaume Hue <g.hue@normandie-conseil-rh.com>",
 subj="Accès à mon cours sur Ecampus", date="2026-01-16 20:12",
 charset="windows-1252", cte="quoted-printable",
 text="""Bonjour,

Je suis intervenant extérieur à l’IUT (département GEA) et j’assure les TD1 et TD4 de la ressource R2.04 « Gestion des ressources humaines » (GEAR204) en 1re année. Je me connecte bien sur Ecampus avec mon compte invité, mais je ne suis pas inscrit dans le cours.

Cordialement,
Guillaume Hue
Consultant RH – Normandie Conseil RH
06 22 71 48 90
""",
 html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body><div style="font-family:Calibri">Bonjour,<br><br>Je suis intervenant extérieur à l’IUT (département GEA) et j’assure les TD1 et TD4 de la ressource R2.04 « Gestion des ressources humaines » (GEAR204) en 1re année. Je me connecte bien sur Ecampus avec mon compte invité, mais je ne suis pas inscrit dans le cours.<br><br>Cordialement,<br><b>Guillaume Hue</b><br>Consultant RH – Normandie Conseil RH<br>06 22 71 48 90</div></body></html>""",
 g=G([("GEAR204","GEAR204"),("GEA1-TD1","TD1"),("GEA1-TD4","TD4")],[],[],"teacher_not_enrolled",role="unknown",
     schemes=["but-gea-GEARsnn"], note="outside consultant teaching R2.04 not enrolled as teacher")))

M.append(dict(f="090-chu-praticien-ue14-introuvable.eml", frm="Dr Pierre-Yves Hamon <hamon-py@chu-caen.fr>",
 subj="Espace UE 14 introuvable", date="2026-02-02 07:25",
 cte="quoted-printable",
 text="""Bonjour,

Praticien hospitalier au CHU, je coordonne l'enseignement de l'UE 14 de DFGSM3 (SM3.UE 14 Néphrologie-urologie). L'espace n'existe pas sur Ecampus : la recherche ne renvoie rien, ni par le code ni par le titre. L'an dernier il existait.

Dr P.-Y. Hamon
Service de néphrologie – CHU de Caen Normandie
Avenue de la Côte de Nacre – CS 30001 – 14033 Caen Cedex 9
Tél. 02 31 06 31 06 – poste 5 47 80
RPPS 10003456789
""",
 g=G([("SM3.UE14","SM3.UE 14"),("DFGSM3","DFGSM3")],[],[],"course_missing",role="unknown",
     schemes=["sante-SMn.UEnn"], note="hospital practitioner: course space does not exist")))

M.append(dict(f="091-lycee-cpge-cohorte-re.eml", frm="Emmanuelle Bisson <emmanuelle.bisson@ac-normandie.fr>",
 subj="Re: Convention CPGE – accès Ecampus", date="2025-10-14 17:03",
 irt="<b1c7e2a0-4f1d-4a55-9d2b-6a1e0c7d9e21@unicaen.fr>",
 text="""Bonjour,

Merci pour votre retour. Nos élèves de MPSI sont inscrits en double cursus en L1 mathématiques (étape LMAT1). Si je comprends bien, il existe une cohorte par étape : suffit-il que l'enseignant du cours inscrive la cohorte LMAT1 pour que nos 47 élèves aient accès aux ressources, ou faut-il une autre démarche ? Et la cohorte suivra-t-elle les démissions en cours d'année ?

Bien cordialement,
E. Bisson
Proviseure adjointe – Lycée Malherbe
14 avenue Albert Sorel – 14000 Caen – 02 31 86 16 00

Le 13/10/2025 à 11:20, Direction des études – UFR Sciences a écrit :
> Madame,
> pour les questions d'accès à Ecampus, je vous invite à écrire à
> cemu.assistance@unicaen.fr en copie.
""", cc=["Direction des études – UFR Sciences <de.sciences@unicaen.fr>"],
 g=G([("LMAT1","LMAT1")],[],[],"cohort_question",role="unknown",
     schemes=["sciences-DISCsnnU"], note="partner high school asks about the étape cohort for its double-degree pupils")))

M.append(dict(f="092-vacataire-page-profil-email.eml", frm="Nicolas Brunet <nicolas.brunet.formation@gmail.com>",
 subj="Impossible d'accéder à Ecampus - page profil", date="2025-09-19 22:47",
 text="""Bonjour,

Je suis enseignant vacataire en STAPS (natation, S3-STP05). La composante m'a créé un compte, je me connecte bien via le CAS mais ensuite je suis bloqué sur la page "Modifier le profil" qui me demande une "Adresse de courriel" : le champ n'est pas modifiable et je ne peux aller nulle part ailleurs.

Mon adresse est nicolas.brunet.formation@gmail.com.

Merci,
Nicolas Brunet
Maître-nageur sauveteur – Centre aquatique de Caen-la-Mer
""",
 g=G([("S3STP05","S3-STP05")],[],[],"cannot_login",role="unknown",
     schemes=["staps-SsSTPnn"], note="vacataire stuck on profile page (no e-mail in guest account)")))

M.append(dict(f="093-intervenant-fwd-trop-enseignants-html.eml", frm="Claire Vautrin <claire.vautrin@finances-normandes.fr>",
 subj="TR: Enseignants inconnus dans mon cours", date="2025-10-08 12:31",
 cte="quoted-printable",
 html="""<html><body><div style="font-family:Arial;font-size:10pt"><p>Bonjour,</p>
<p>Je suis intervenante professionnelle en M1 (finance d'entreprise, <b>IAEM1FO2</b>). Dans la liste des participants de mon cours apparaissent 11 enseignants dont je ne connais que deux. Ils ont tous le rôle « Enseignant » et peuvent voir les notes. Est-ce normal ? Je vous transfère l'échange avec le secrétariat.</p>
<p>Claire Vautrin<br>Directrice financière – Finances Normandes SA<br>Tél. 02 31 44 87 20</p>
<hr><p><b>De :</b> Valérie Grandin &lt;valerie.grandin@unicaen.fr&gt;<br><b>Envoyé :</b> mardi 7 octobre 2025 16:40<br><b>À :</b> Claire Vautrin<br><b>Objet :</b> RE: Enseignants inconnus dans mon cours</p>
<p>Madame, je n'ai pas la main sur ces inscriptions, merci d'écrire au CEMU (cemu.assistance@unicaen.fr).</p></div></body></html>
""",
 g=G([("IAEM1F02","IAEM1FO2")],[],[],"too_many_teachers",role="unknown",
     schemes=["iae-IAEMnXnn"], note="outside lecturer: 11 unknown teachers enrolled in her course (HTML forward)")))

# ---------------- automatic / off-topic ----------------
M.append(dict(f="094-absent-du-bureau.eml", frm="Sylvie Beaufils <sylvie.beaufils@unicaen.fr>",
 subj="Réponse automatique : [CEMU #51876] Etudiants non inscrits - P3.DEV1", date="2025-10-24 09:03",
 headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All", "Precedence: bulk"],
 irt="<cemu.51876.1761288101@assistance.unicaen.fr>",
 text="""Bonjour,

Je suis absente du 24/10 au 03/11/2025 inclus, avec un accès limité à ma messagerie.
Pour toute question urgente, merci de contacter scolarite.psychologie@unicaen.fr ou le 02 31 56 68 00.

Cordialement,
Sylvie Beaufils
""",
 g=G([("P3.DEV1","P3.DEV1")],[],[],"other",role="unknown",auto=True,
     schemes=["psy-Ps.DOMn"], note="out-of-office auto-reply to a CEMU ticket (code only in subject)")))

BOUNCE = """From: Mail Delivery System <MAILER-DAEMON@smtp.unicaen.fr>
To: cemu.assistance@unicaen.fr
Subject: Undelivered Mail Returned to Sender
Date: Mon, 06 Oct 2025 10:14:03 +0200
Message-ID: <20251006081403.9C1A2201B4@smtp.unicaen.fr>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="9C1A2201B4.1759738443/smtp.unicaen.fr"

This is a MIME-encapsulated message.

--9C1A2201B4.1759738443/smtp.unicaen.fr
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host smtp.unicaen.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<24099917@etu.unicaen.fr>: host mx-etu.unicaen.fr[193.55.120.41] said:
    550 5.1.1 <24099917@etu.unicaen.fr>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)

--9C1A2201B4.1759738443/smtp.unicaen.fr
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; smtp.unicaen.fr
X-Postfix-Queue-ID: 9C1A2201B4
Arrival-Date: Mon,  6 Oct 2025 10:14:02 +0200 (CEST)

Final-Recipient: rfc822; 24099917@etu.unicaen.fr
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx-etu.unicaen.fr
Diagnostic-Code: smtp; 550 5.1.1 <24099917@etu.unicaen.fr>: Recipient address
    rejected: User unknown in virtual mailbox table

--9C1A2201B4.1759738443/smtp.unicaen.fr
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: CEMU Assistance <cemu.assistance@unicaen.fr>
To: 24099917@etu.unicaen.fr
Subject: [CEMU #51502] Groupe LANSAD anglais
Date: Mon, 06 Oct 2025 10:14:01 +0200
Message-ID: <cemu.51502.1759738441@assistance.unicaen.fr>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Bonjour,

Votre affectation dans le groupe 12 de LSD2ANG provient de votre
inscription pédagogique. Merci de contacter le Carré international.

Cordialement,
L'équipe du CEMU

--9C1A2201B4.1759738443/smtp.unicaen.fr--
"""
M.append(dict(f="095-bounce-mailer-daemon.eml", raw=BOUNCE, frm="MAILER-DAEMON@smtp.unicaen.fr", date="2025-10-06 10:14", subj="Undelivered Mail Returned to Sender",
 g=G([("LSD2ANG","LSD2ANG"),("LSD2ANG-12","groupe 12")],["24099917"],[],"other",role="unknown",auto=True,
     schemes=["lansad-LSDsLANG"], note="delivery failure of a CEMU reply to a non-existent student address")))

M.append(dict(f="096-automatic-reply-en.eml", frm="Giulia Bernasconi <giulia.bernasconi98@gmail.com>",
 subj="Automatic reply: [CEMU #51390] Wrong group in Spanish course", date="2025-10-03 14:31",
 headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
 irt="<cemu.51390.1759494660@assistance.unicaen.fr>",
 text="""Hi! I'm travelling back to Italy until 12 October with limited access to email. I will answer as soon as possible.
Ciao! Sono in viaggio fino al 12 ottobre.

Giulia
""",
 g=G([],[],[],"other",role="unknown",lang="en",auto=True,
     schemes=[], note="automatic travel reply from a student to a CEMU ticket")))

M.append(dict(f="097-liste-diffusion-digest.eml", frm="enseignants-sciences-request@listes.unicaen.fr",
 to="enseignants-sciences@listes.unicaen.fr",
 subj="Digest enseignants-sciences, Vol 48, Parution 6", date="2025-11-14 06:00",
 headers=["Precedence: list", "List-Id: <enseignants-sciences.listes.unicaen.fr>",
          "List-Unsubscribe: <mailto:sympa@listes.unicaen.fr?subject=unsubscribe%20enseignants-sciences>", "Auto-Submitted: auto-generated"],
 text="""Envoyez vos messages pour la liste enseignants-sciences à
	enseignants-sciences@listes.unicaen.fr

Thèmes du jour :

   1. Maintenance Ecampus dimanche 16/11 (DSI - Pôle applications)
   2. Séminaire LMNO jeudi 20/11, salle S3 045 (Secrétariat LMNO)
   3. Appel à projets pédagogiques 2026 (CEMU)

----------------------------------------------------------------------

Message : 1
Date : Thu, 13 Nov 2025 16:22:10 +0100
De : DSI - Pôle applications <dsi.applications@unicaen.fr>
Objet : Maintenance Ecampus dimanche 16/11

Ecampus sera indisponible dimanche 16 novembre de 8h à 12h pour le passage en version 4.5.3 (Moodle) et l'optimisation hebdomadaire de la base de données.

Message : 2
Date : Thu, 13 Nov 2025 17:05:44 +0100
De : Secrétariat LMNO <secretariat.lmno@unicaen.fr>
Objet : Séminaire LMNO jeudi 20/11

Exposé de C. Ferrand (UMR 6139) « Courbes elliptiques et cryptographie », 14h, salle S3 045, campus 2.

Message : 3
Date : Fri, 14 Nov 2025 08:10:00 +0100
De : CEMU <cemu@unicaen.fr>
Objet : Appel à projets pédagogiques 2026

Date limite de dépôt : 12/12/2025. Formulaire : https://cemu.unicaen.fr/appel-projets-2026

------------------------------

Fin de Digest enseignants-sciences, Vol 48, Parution 6
""",
 g=G([],[],[],"other",role="unknown",auto=True,
     schemes=[], note="mailing list digest (maintenance notice, seminar)")))

M.append(dict(f="098-lettre-info-cemu.eml", frm="La lettre du CEMU <lettre-cemu@unicaen.fr>",
 to="personnels@listes.unicaen.fr",
 subj="La lettre du CEMU n°57 – novembre 2025", date="2025-11-04 08:30",
 headers=["Precedence: bulk", "List-Unsubscribe: <https://listes.unicaen.fr/sympa/sigrequest/personnels>"],
 cte="quoted-printable",
 text="""LA LETTRE DU CEMU n°57 – novembre 2025

* Ateliers Moodle niveau 1 : jeudi 13/11 et mardi 25/11, 14h-16h, salle SA-110 (Campus 1). Inscription sur https://cemu.unicaen.fr/ateliers
* Problèmes d'accès à Ecampus : la page dédiée a été mise à jour
* Nouveau : les quiz H5P dans Ecampus (Moodle 4.5)
* Podcast : « Évaluer autrement » avec l'équipe du Pôle innovation

CEMU – Centre d'Enseignement Multimédia Universitaire
Campus 1 – Bâtiment MRI – 14032 Caen Cedex 5 – 02 31 56 62 00
Se désinscrire : https://listes.unicaen.fr/sympa/sigrequest/personnels
""",
 html="""<html><body style="margin:0;background:#f2f2f2"><table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial">
<tr><td style="background:#004b87;color:#fff;padding:16px;font-size:20px">LA LETTRE DU CEMU <span style="font-size:14px">n°57 – novembre 2025</span></td></tr>
<tr><td style="padding:16px"><h3>Ateliers Moodle niveau 1</h3><p>Jeudi 13/11 et mardi 25/11, 14h-16h, salle SA-110 (Campus 1). <a href="https://cemu.unicaen.fr/ateliers">S'inscrire</a></p>
<h3>Problèmes d'accès à Ecampus</h3><p>La <a href="http://cemu.unicaen.fr/le-cemu/problemes-d-acces-a-ecampus-1088766.kjsp">page dédiée</a> a été mise à jour.</p>
<h3>Nouveau : les quiz H5P</h3><p>Disponibles dans Ecampus (Moodle 4.5).</p>
<h3>Podcast</h3><p>« Évaluer autrement » avec l'équipe du Pôle innovation.</p></td></tr>
<tr><td style="padding:12px;font-size:11px;color:#666">CEMU – Campus 1 – Bâtiment MRI – 14032 Caen Cedex 5 – 02 31 56 62 00<br><a href="https://listes.unicaen.fr/sympa/sigrequest/personnels">Se désinscrire</a></td></tr></table></body></html>
""",
 g=G([],[],[],"other",role="unknown",auto=True,
     schemes=[], note="CEMU newsletter (bulk list mail)")))

M.append(dict(f="099-phishing-quota.eml", frm="Service Messagerie Unicaen <no-reply@unicaen-webmail-securite.com>",
 to="undisclosed-recipients:;",
 subj="Votre boîte aux lettres a atteint 98% de son quota", date="2026-02-10 03:17",
 html="""<html><body><div style="font-family:Tahoma;font-size:13px"><p>Cher utilisateur,</p>
<p>Votre boîte aux lettres <b>@unicaen.fr</b> a atteint <b style="color:red">98%</b> de sa capacité (1,96 Go / 2 Go). Les nouveaux messages seront rejetés sous 24 heures.</p>
<p>Pour augmenter votre quota gratuitement, veuillez valider votre compte ci-dessous :</p>
<p><a href="http://unicaen-webmail-securite.com/owa/validate.php?u=8841207" style="background:#0078d4;color:#fff;padding:8px 14px;text-decoration:none">VALIDER MON COMPTE</a></p>
<p>Ticket n° 20260210-8841207<br>Service Informatique – Université de Caen<br>© 2026 Microsoft Outlook Web App 16.0</p></div></body></html>""",
 cte="base64",
 g=G([],[],[],"other",role="unknown",
     schemes=[], note="phishing mail about mailbox quota")))

M.append(dict(f="100-facture-automatique-latin1.eml", frm="Facturation Wooclap <billing@wooclap.com>",
 subj="Votre facture n° 25100342 – Université de Caen Normandie", date="2025-10-31 23:05",
 charset="iso-8859-1", cte="quoted-printable",
 headers=["Auto-Submitted: auto-generated", "X-Mailer: Chargebee Mailer 3.2"],
 text="""Bonjour,

Veuillez trouver ci-dessous le récapitulatif de votre facture.

Facture n° : 25100342
Date : 31/10/2025
Client : Université de Caen Normandie – CEMU – Esplanade de la Paix – 14032 Caen Cedex 5
Bon de commande : BC-2025-004417
Abonnement : Wooclap Campus (intégration Moodle LTI 1.3) – 01/09/2025 > 31/08/2026
Montant HT : 18 400,00 EUR – TVA 20 % : 3 680,00 EUR – TTC : 22 080,00 EUR

Paiement par virement sous 30 jours – IBAN BE71 0961 2345 6769.

Ceci est un message automatique, merci de ne pas y répondre.
Wooclap SA – Boulevard Baudouin 1er 25 – 1348 Louvain-la-Neuve – Belgique
""",
 g=G([],[],[],"other",role="unknown",auto=True,
     schemes=[], note="automatic vendor invoice (8-digit invoice number is not a student number)")))
