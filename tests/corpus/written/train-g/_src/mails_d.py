from helpers import *

# ---------------------------------------------------------------- 076
add(fn='076-iut-reseaux-trop-enseignants-html.eml',
    frm='Yann Corbin <yann.corbin@unicaen.fr>',
    subj='Enseignants en trop - cours réseaux BUT2',
    date='Thu, 2 Oct 2025 08:17:45 +0200', mid=mid_zimbra(), hdr=[ZIMBRA],
    body=Text("""<html><body><div style="font-family: georgia, serif; font-size: 12pt; color: #000000">
<p>Bonjour,</p>
<p>Dans l'espace «&nbsp;Réseaux locaux&nbsp;» (0INF3C2) je vois comme enseignants&nbsp;:</p>
<ul><li>Yann Corbin (moi, responsable)</li><li>Hélène Massieu</li><li>Patrice Gondouin</li><li>Romain Dufay</li><li>… et 9 autres collègues du département Info</li></ul>
<p>Seuls les deux premiers enseignent ce module. Je suppose que c'est lié à ADE&nbsp;: l'an dernier c'était pareil jusqu'à fin septembre puis ça s'était corrigé, mais là on est en octobre.</p>
<p>Merci,<br>Yann Corbin<br>Département Informatique – IUT Grand Ouest Normandie – bureau INFO-1.07</p>
</div></body></html>
""", 'html', 'utf-8', 'quoted-printable'),
    gold=G([('0INF3C2', '0INF3C2')], [], [], 'too_many_teachers', 'staff',
           note='HTML-only: whole department enrolled as teachers'))

# ---------------------------------------------------------------- 077
add(fn='077-admin-seggat-transfert-trop-enseignants.eml',
    frm='Gwenaëlle Rivière <gwenaelle.riviere@unicaen.fr>',
    subj='TR: pourquoi tous ces profs dans le cours d\'économétrie ?',
    date='Tue, 7 Oct 2025 15:40:03 +0200', mid=mid_zimbra(), hdr=[ZIMBRA],
    body=Text("""Bonjour,

Je vous transfère la question de M. Tessier. J'ai vérifié dans ADE : il n'y a de planification que pour lui et Mme Hamelin sur le groupe EGS42-G1, pourtant une quinzaine d'enseignants apparaissent dans l'espace de cours EGS42. Est-ce que cela peut venir des groupes par activités ?

Gwenaëlle Rivière
Responsable du pôle formation – UFR SEGGAT
02 31 56 51 66

----- Mail transféré -----
De: "Bruno Tessier" <bruno.tessier@unicaen.fr>
À: "Gwenaëlle Rivière" <gwenaelle.riviere@unicaen.fr>
Envoyé: Lundi 6 Octobre 2025 19:02:51
Objet: pourquoi tous ces profs dans le cours d'économétrie ?

Bonsoir Gwenaëlle,
Dans mon cours d'économétrie il y a 15 "enseignants" dont la moitié que je ne connais pas. Les étudiants ne savent plus à qui écrire. Tu peux voir ?
Bruno
"""),
    gold=G([('EGS42-G1', 'EGS42-G1'), ('EGS42', 'EGS42')], [], [], 'too_many_teachers', 'staff',
           note='composante admin forwards: 15 teachers enrolled, only 2 planned in ADE'))

# ---------------------------------------------------------------- 078
t078 = """Bonjour,

Dans mon cours « ( M.2HIS4B )  Histoire sociale contemporaine » (https://ecampus.unicaen.fr/course/edit.php?id=45518) il y a encore tous les enseignants de l'an dernier (dont deux qui sont partis à la retraite) en plus de l'équipe de cette année. Ils sont inscrits par la base de données, je ne peux pas les enlever. On est le 22 septembre, est-ce que ça va partir tout seul ?

Merci,
Élodie Vasseur
Maîtresse de conférences en histoire contemporaine – HisTeMé (UR 7455)
"""
add(fn='078-enseignants-annee-derniere-tuilage.eml',
    frm='Élodie Vasseur <elodie.vasseur@unicaen.fr>',
    subj='Anciens enseignants toujours inscrits',
    date='Mon, 22 Sep 2025 13:45:27 +0200', mid=mid_zimbra(), hdr=[ZIMBRA],
    body=alt(t078, gmail_html(t078)),
    gold=G([('M.2HIS4B', 'M.2HIS4B')], [], [45518], 'too_many_teachers', 'staff',
           note="last year's teachers still enrolled (tuilage), Moodle title pasted with spaces"))

# ---------------------------------------------------------------- 079
add(fn='079-pass-quarante-enseignants-qp-cp1252.eml',
    frm='Pr Thierry Gaudin <thierry.gaudin@unicaen.fr>',
    subj='UE7 PASS : 40 enseignants inscrits ?',
    date='Wed, 15 Oct 2025 07:12:40 +0200', mid=mid_outlook(), hdr=[OUTLOOK], hcharset='windows-1252',
    body=Text("""Bonjour,

L’espace de l’UE 7 de PASS (PASS.U07) compte actuellement une quarantaine d’enseignants, soit à peu près toute l’équipe de chimie de l’UFR Santé, alors que l’UE est assurée par 4 personnes. Certains collègues reçoivent les notifications des 1 450 étudiants…

Je vous remercie de bien vouloir faire le nécessaire.

Pr T. Gaudin
UFR Santé – Pôle des Formations et de Recherche en Santé (PFRS), 2 rue des Rochambelles, 14032 Caen Cedex
Secrétariat : 02 31 56 82 10
""", charset='windows-1252', cte='quoted-printable'),
    gold=G([('PASS.U07', 'PASS.U07')], [], [], 'too_many_teachers', 'staff',
           note='about 40 teachers enrolled in a PASS UE run by 4'))

# ---------------------------------------------------------------- 080
t080 = """Bonjour,

Une partie de mes étudiants de L2 psycho n'est toujours pas inscrite dans mon cours de psychologie du développement (L2.PSY34), la scolarité dit que les IP sont en cours. En attendant, est-ce que je peux ajouter la cohorte de l'étape L2PSYC-101 au cours ? Et si oui, faudra-t-il l'enlever ensuite ?

Cordialement,
Marion Quéré
"""
add(fn='080-enseignante-peut-on-ajouter-cohorte.eml',
    frm='Marion Quéré <marion.quere@unicaen.fr>',
    subj='Ajouter une cohorte ?',
    date='Fri, 26 Sep 2025 11:09:58 +0200', mid=mid_zimbra(), hdr=[ZIMBRA],
    body=alt(t080, gmail_html(t080)),
    gold=G([('L2.PSY34', 'L2.PSY34'), ('L2PSYC', 'L2PSYC-101')], [], [], 'cohort_question', 'staff',
           note='teacher asks whether to add an étape cohort while IPs are pending'))

# ---------------------------------------------------------------- 081
add(fn='081-scolarite-cohorte-incomplete-reponse.eml',
    frm='Nicole Bertin <nicole.bertin@unicaen.fr>',
    subj='Re: [CEMU #52101] Cohorte L1 droit',
    date='Tue, 7 Oct 2025 09:58:23 +0200', mid=mid_zimbra(), hdr=[ZIMBRA,
        ('In-Reply-To', '<cemu.52101.1759740322@assistance.unicaen.fr>'), ('References', '<cemu.52101.1759740322@assistance.unicaen.fr>')],
    body=Text("""Bonjour,

Merci pour votre réponse. Mais dans la cohorte « L1 DROI » il manque encore des étudiants qui ont fait leur IA vendredi dernier, par exemple 25230418 et 25230977. Combien de temps faut-il pour que la cohorte soit à jour ? L'enseignant de méthodologie l'a synchronisée dans son espace de cours.

Nicole Bertin
Scolarité L1 – Faculté de Droit

Le 06/10/2025 10:45, CEMU Assistance a écrit :
> Bonjour,
> Les cohortes générales (par code étape, ici L1DROI) sont mises à jour chaque nuit
> à partir de l'annuaire et d'APOGÉE.
> Cordialement,
> L'équipe d'assistance du CEMU
"""),
    gold=G([('L1DROI', 'L1 DROI')], ['25230418', '25230977'], [], 'cohort_question', 'staff',
           note='scolarité asks how long before cohort includes newly registered students'))

# ---------------------------------------------------------------- 082
add(fn='082-admin-sciences-anciennes-cohortes-html.eml',
    frm='Hervé Lemoine <herve.lemoine@unicaen.fr>',
    subj='Synchronisations de cohortes oubliées',
    date='Thu, 20 Nov 2025 14:33:16 +0100', mid=mid_outlook(), hdr=[OUTLOOK],
    body=Text("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div style="font-family:Calibri,Arial,sans-serif; font-size:11pt">
<p>Bonjour,</p>
<p>En faisant le ménage dans les espaces du M1 Informatique, je constate que plusieurs cours ont encore une méthode «&nbsp;Synchronisation des cohortes&nbsp;» avec la cohorte M1INFO ajoutée en 2023 (à l'époque pour des IP tardives). Résultat&nbsp;: des étudiants du parcours IA sont inscrits dans des UE du parcours Réseaux qu'ils ne suivent pas (par exemple <a href="https://ecampus.unicaen.fr/enrol/instances.php?id=52044">https://ecampus.unicaen.fr/enrol/instances.php?id=52044</a>).</p>
<p>Questions&nbsp;:</p>
<ol><li>Puis-je supprimer ces méthodes sans risque pour les étudiants réellement inscrits&nbsp;?</li><li>Existe-t-il une liste de tous les cours qui ont encore une synchronisation de cohorte&nbsp;?</li></ol>
<p>Cordialement,</p>
<p>Hervé Lemoine<br>Responsable administratif – UFR des Sciences<br>Campus 2 – bâtiment Sciences 1 – 02 31 56 73 11</p>
</div></body></html>
""", 'html', 'utf-8', 'quoted-printable'),
    gold=G([('M1INFO', 'M1INFO')], [], [52044], 'cohort_question', 'staff',
           note='admin asks about forgotten cohort synchronisations; HTML-only'))

# ---------------------------------------------------------------- 083
add(fn='083-du-cohorte-ou-manuel-reponse.eml',
    frm='Patricia Lenoir <patricia.lenoir@unicaen.fr>',
    subj='Re: espace DU capacité en droit',
    date='Mon, 19 Jan 2026 16:12:37 +0100', mid=mid_zimbra(), hdr=[ZIMBRA],
    body=Text("""Bonjour,

Pour le DU, vaut-il mieux utiliser la cohorte "CEMU: DU Capacité en Droit - FOAD" ou inscrire les 34 stagiaires à la main ? Je ne veux pas que d'anciens stagiaires de 2024 gardent l'accès. Et la cohorte est-elle mise à jour automatiquement si un stagiaire abandonne ?

Patricia Lenoir
Service de formation continue – SUFCA – 02 31 56 60 93

Le lun. 19 janv. 2026 à 14:02, Denis Hardy <denis.hardy@unicaen.fr> a écrit :
> Patricia, demande au CEMU pour la cohorte, je ne sais pas comment ça marche.
> Denis
"""),
    gold=G([], [], [], 'cohort_question', 'staff',
           note='continuing education asks cohort vs manual enrolment for a DU'))

# ---------------------------------------------------------------- 084
add(fn='084-enseignant-bloc-participants-disparu.eml',
    frm='Gilles Courtois <gilles.courtois@unicaen.fr>',
    subj='Bloc participants',
    date='Wed, 10 Sep 2025 10:04:11 +0200', mid=mid_zimbra(), hdr=[ZIMBRA],
    body=Text("""Bonjour,

Le bloc "Participants" a disparu de la colonne de droite de mes cours (notamment IRAN 21, version anglais juridique). Je l'utilisais pour envoyer des messages aux étudiants. Comment le remettre ?

G. Courtois
"""),
    gold=G([('IRAN-21', 'IRAN 21')], [], [], 'participants_block_missing', 'staff',
           note='teacher misses the Participants block'))

# ---------------------------------------------------------------- 085
add(fn='085-staps-participants-html.eml',
    frm='Céline Madeleine <celine.madeleine@unicaen.fr>',
    subj='[SPOR-25] où est passée la liste des participants ?',
    date='Fri, 26 Sep 2025 18:20:49 +0200', mid=mid_zimbra(), hdr=[ZIMBRA],
    body=Text("""<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 10pt; color: #000000"><div>Bonjour,</div><div><br></div><div>Dans l'espace du sport transversal [SPOR - 25] je ne trouve plus le bloc participants, ni sur PC ni sur la tablette. J'ai 240 inscrits et je dois faire l'appel pour le tournoi du 3 octobre au gymnase (Twisto ligne 1, arrêt Campus 1).</div><div><br></div><div>Céline Madeleine<br>SUAPS – 02 31 56 72 04</div></div></body></html>
""", 'html', 'utf-8', 'base64'),
    gold=G([('SPOR-25', 'SPOR - 25')], [], [], 'participants_block_missing', 'staff',
           note='code in brackets in subject and damaged in body; HTML-only base64'))

# ---------------------------------------------------------------- 086
add(fn='086-enseignant-reglage-test-temps-majore.eml',
    frm='Antoine Lescure <antoine.lescure@unicaen.fr>',
    subj='Test : tiers temps pour deux étudiants',
    date='Mon, 8 Dec 2025 09:27:05 +0100', mid=mid_zimbra(), hdr=[ZIMBRA],
    body=Text("""Bonjour,

Dans mon cours de probabilités SMAT3U01, j'ai un test en ligne le 15/12 de 14h à 15h. Deux étudiants ont un tiers-temps (aménagement RQTH / PH). Comment régler une durée différente juste pour eux ? J'ai vu "Dérogations utilisateur" mais je ne suis pas sûr de l'effet sur la date de fermeture.

Le test : https://ecampus.unicaen.fr/mod/quiz/edit.php?cmid=1902417

Merci,
A. Lescure
"""),
    gold=G([('SMAT3U01', 'SMAT3U01')], [], [], 'other', 'staff',
           note='quiz setting question (extra time); cmid is not a course id'))

# ---------------------------------------------------------------- 087
add(fn='087-vacataire-profil-sans-adresse.eml',
    frm='Frédéric Lhermitte <f.lhermitte.conseil@gmail.com>',
    subj='Accès Ecampus vacataire',
    date='Wed, 17 Sep 2025 21:14:29 +0200', mid=mid_gmail(),
    body=Text("""Bonjour,

Je suis intervenant vacataire en gestion de projet (BUT GEA, IUT de Caen). On m'a créé un compte, je parviens à m'identifier mais Ecampus m'affiche systématiquement la page « Modifier le profil » avec la mention que l'adresse de courriel est requise, et le champ ne peut pas être modifié. Impossible d'aller plus loin.

Mon identifiant : lhermitte-f (compte invité créé le 12/09).

Cordialement,
Frédéric Lhermitte
Consultant – FL Conseil, 14 rue Écuyère, 14000 Caen – SIRET 812 345 678 00021
06 84 12 55 73
"""),
    gold=G([], [], [], 'cannot_login', 'unknown',
           note='vacataire stuck on profile page (no e-mail in guest account); SIRET look-alike'))

# ---------------------------------------------------------------- 088
add(fn='088-intervenant-exterieur-compte-invite-latin1.eml',
    frm='Dominique Hervieu <d.hervieu@wanadoo.fr>',
    subj="Impossible d'accéder à Ecampus",
    date='Thu, 8 Jan 2026 14:40:50 +0100', mid=mid_other('wanadoo.fr'), hcharset='iso-8859-1',
    body=Text("""Bonjour,

J'interviens depuis cette année en licence professionnelle (module de droit du travail) en tant que professionnel extérieur. La composante m'a transmis un identifiant et un mot de passe, mais la connexion échoue : « Identifiant ou mot de passe incorrect ». J'ai essayé avec et sans majuscules.

Je dois mettre mes supports en ligne avant le 15 janvier.

Bien à vous,
Dominique Hervieu
Juriste - Cabinet Hervieu & Associés, 8 place de la République, 14000 Caen
Tél. 02 31 86 44 19
""", charset='iso-8859-1', cte='quoted-printable'),
    gold=G([], [], [], 'cannot_login', 'unknown',
           note='external speaker cannot log in with the account given by the composante'))

# ---------------------------------------------------------------- 089
t089 = """Bonjour,

Comme indiqué dans le message ci-dessous, je ne suis pas inscrit dans l'espace Ecampus de Microéconomie 1 (egm 12) où j'assure 2 groupes de TD (EGM12-G3 et EGM12-G4). Les autres chargés de TD y sont.

Cordialement,
Vincent Roux
Chargé d'enseignement vacataire – doctorant à l'Université Rennes 2
"""
add(fn='089-vacataire-td-microeco-transfert.eml',
    frm='Vincent Roux <vincent.roux.eco@proton.me>',
    subj='Fwd: Accès Ecampus TD microéconomie',
    date='Mon, 29 Sep 2025 20:30:14 +0200', mid=mid_other('proton.me'),
    body=alt(t089 + """
------- Forwarded Message -------
From: Marc Hébert <marc.hebert@unicaen.fr>
Date: On Monday, September 29th, 2025 at 18:02
Subject: Re: Accès Ecampus TD microéconomie
To: Vincent Roux <vincent.roux.eco@proton.me>

Bonjour Vincent,
Je ne peux pas vous inscrire moi-même comme enseignant, écrivez à cemu.assistance@unicaen.fr.
Marc
""", gmail_html(t089) + """<div class="protonmail_quote">------- Forwarded Message -------<br>From: Marc Hébert &lt;marc.hebert@unicaen.fr&gt;<br>Date: On Monday, September 29th, 2025 at 18:02<br>Subject: Re: Accès Ecampus TD microéconomie<br>To: Vincent Roux &lt;vincent.roux.eco@proton.me&gt;<br><blockquote class="protonmail_quote" type="cite">Bonjour Vincent,<br>Je ne peux pas vous inscrire moi-même comme enseignant, écrivez à cemu.assistance@unicaen.fr.<br>Marc</blockquote></div>"""),
    gold=G([('EGM12', 'egm 12'), ('EGM12-G3', 'EGM12-G3'), ('EGM12-G4', 'EGM12-G4')], [], [], 'teacher_not_enrolled', 'unknown',
           note='vacataire (outside address) not enrolled as teacher; forwarded thread'))

# ---------------------------------------------------------------- 090
t090 = """Dear Ecampus team,

I am a visiting lecturer (University of Exeter) teaching the "Legal English" module IRAN-21 this semester as part of the partnership. I received my UNICAEN credentials last week and I can log in, but I am not enrolled as a teacher in the course, so I cannot upload my materials. My classes are scheduled on Tuesdays, 15h45-17h45, room MRSH 027.

Could you add me as a teacher?

Best wishes,
Dr Helen Carter
ORCID: 0000-0001-7723-4410
"""
add(fn='090-visiting-lecturer-en-not-teacher.eml',
    frm='Helen Carter <h.carter@exeter.ac.uk>',
    subj='Teacher access to Ecampus course',
    date='Tue, 20 Jan 2026 10:55:32 +0100', mid=mid_outlook(),
    body=alt(t090, outlook_html(t090)),
    gold=G([('IRAN-21', 'IRAN-21')], [], [], 'teacher_not_enrolled', 'unknown', 'en',
           note='visiting lecturer (English) not enrolled as teacher; ORCID, room look-alikes'))

# ---------------------------------------------------------------- 091
t091 = """Bonjour,

J'assure en tant que vacataire (enseignant à l'ENSICAEN) les TP de bases de données du L2 informatique (SINF3U07). Les étudiants de mes deux groupes ne voient pas l'espace de cours, ils ont le message « Ce cours n'est pas accessible aux étudiants », alors que moi je le vois en grisé. Je joins le planning de mes séances pour information.

Cordialement,
Julien Morvan
ENSICAEN – 6 boulevard Maréchal Juin – 14050 Caen Cedex 4
"""
add(fn='091-vacataire-ensicaen-cours-grise-pdf.eml',
    frm='Julien Morvan <julien.morvan@ensicaen.fr>',
    subj='Cours bases de données invisible pour les étudiants',
    date='Fri, 3 Oct 2025 13:48:07 +0200', mid=mid_other('ensicaen.fr'), hdr=[TBIRD],
    body=Multi('mixed', [alt(t091, gmail_html(t091)), Attach('application/pdf', 'planning_TP_BDD_2025-2026.pdf',
        b'%PDF-1.5\n%\xb5\xb5\xb5\xb5\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n')]),
    gold=G([('SINF3U07', 'SINF3U07')], [], [], 'students_cannot_see_course', 'unknown',
           note='vacataire from another school: course greyed/hidden for students; PDF attached'))

# ---------------------------------------------------------------- 092
add(fn='092-tuteur-entreprise-apprentis-transfert.eml',
    frm='Stéphanie Marie <stephanie.marie@mecanor-industrie.fr>',
    subj='TR: Accès cours alternants',
    date='Wed, 19 Nov 2025 08:20:41 +0100', mid=mid_outlook(), hdr=[OUTLOOK],
    body=Text("""Bonjour,

Je suis tutrice en entreprise de deux apprentis du BUT GMP (2e année). Ils m'indiquent ne pas être inscrits dans le cours de conception mécanique 0GMP2B2 sur Ecampus, ce qui les empêche de rendre leurs comptes rendus (voir leur message ci-dessous). Pouvez-vous regarder ?

Cordialement,
Stéphanie Marie
Responsable alternance – Site de Colombelles – Commande interne n° 4500123987

De : Tom Lebas <tom.lebas@etu.unicaen.fr>
Envoyé : mardi 18 novembre 2025 17:03
À : Stéphanie Marie <stephanie.marie@mecanor-industrie.fr>
Objet : Accès cours alternants

Bonjour Stéphanie,
Avec Ilyes on n'est toujours pas inscrits dans le cours de conception (0GMP2B2), on n'est que nous deux de la promo alternance. Nos numéros : 24170255 et 24170318.
Tom
"""),
    gold=G([('0GMP2B2', '0GMP2B2')], ['24170255', '24170318'], [], 'not_enrolled', 'unknown',
           note='company tutor forwards apprentices complaint: not enrolled; order number look-alike'))

# ---------------------------------------------------------------- 093
add(fn='093-ensicaen-cours-mutualise-introuvable.eml',
    frm='Claire Fontaine <claire.fontaine@ensicaen.fr>',
    subj='Re: cours mutualisé L3 info / 1A ENSICAEN',
    date='Mon, 26 Jan 2026 11:02:19 +0100', mid=mid_other('ensicaen.fr'), hdr=[TBIRD,
        ('In-Reply-To', '<8f3c2a91-77de-4b1e-9a7c-2e1f4d5a6b70@ensicaen.fr>')],
    body=Text("""Bonjour,

Je ne trouve toujours pas sur Ecampus l'espace du cours mutualisé « Compilation » (code SINF5U17 d'après le document de la scolarité de l'UFR des Sciences). Nos élèves de 1re année ENSICAEN doivent le suivre à partir du 2 février. Pouvez-vous me dire s'il existe ?

Claire Fontaine
Enseignante-chercheuse, ENSICAEN / GREYC UMR 6072

Le 23/01/2026 à 17:40, Claire Fontaine a écrit :
> Bonjour, à qui dois-je m'adresser pour l'espace Ecampus du cours de
> compilation mutualisé avec la L3 informatique ?
"""),
    gold=G([('SINF5U17', 'SINF5U17')], [], [], 'course_missing', 'unknown',
           note='partner school teacher cannot find a course; the code given does not exist'))

# ---------------------------------------------------------------- 094
h094 = """<html><body style="font-family:Arial,sans-serif">
<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td>
<h2 style="color:#1a5fb4">Équipez vos salles de cours hybrides</h2>
<p>Madame, Monsieur,</p>
<p>Suite à notre échange au salon Educatech 2025, je vous propose une démonstration de notre solution de captation <b>ClassCam Pro 4K (réf. CCP-4K-220)</b>, compatible Moodle 4.x, Teams et Zoom.</p>
<p>Offre spéciale établissements : 15 % de remise sur toute commande passée avant le 31/12/2025 (devis n° DV-2025-11842, bon de commande n° 24061187).</p>
<p>Pour en discuter : 01 84 60 22 17 ou <a href="https://www.eduav-solutions.fr/demo?utm_source=unicaen&amp;id=88231">réservez un créneau</a>.</p>
<p>Cordialement,<br>Julie Masson – Ingénieure commerciale Grand Ouest<br>EduAV Solutions SAS – 12 avenue de l'Europe, 92130 Issy-les-Moulineaux</p>
<p style="font-size:9px;color:#888">Conformément au RGPD, vous pouvez vous désinscrire en <a href="https://www.eduav-solutions.fr/unsubscribe">cliquant ici</a>.</p>
</td></tr></table></body></html>
"""
add(fn='094-demarchage-materiel-hybride.eml',
    frm='Julie Masson <j.masson@eduav-solutions.fr>',
    subj='Démonstration ClassCam Pro 4K pour vos amphis',
    date='Tue, 18 Nov 2025 10:00:03 +0100', mid=mid_other('eduav-solutions.fr'),
    body=alt("""Madame, Monsieur,

Suite à notre échange au salon Educatech 2025, je vous propose une démonstration de notre solution de captation ClassCam Pro 4K (réf. CCP-4K-220), compatible Moodle 4.x, Teams et Zoom.

Offre spéciale établissements : 15 % de remise sur toute commande passée avant le 31/12/2025 (devis n° DV-2025-11842, bon de commande n° 24061187).

Pour en discuter : 01 84 60 22 17.

Cordialement,
Julie Masson – Ingénieure commerciale Grand Ouest
EduAV Solutions SAS
""", h094),
    gold=G([], [], [], 'other', 'unknown',
           note='commercial solicitation; product ref, quote and 8-digit order number look-alikes'))

# ---------------------------------------------------------------- 095
add(fn='095-reponse-automatique-absence-ticket.eml',
    frm='Laurent Giffard <laurent.giffard@unicaen.fr>',
    subj='Réponse automatique : [CEMU #52508] Mon cours est dans Archives !',
    date='Fri, 24 Oct 2025 17:02:11 +0200', mid=mid_zimbra(),
    hdr=[('Auto-Submitted', 'auto-replied'), ('X-Autoreply', 'yes'), ('In-Reply-To', '<cemu.52508.1761318002@assistance.unicaen.fr>'), ZIMBRA],
    body=Text("""Bonjour,

Je suis absent du 25 octobre au 3 novembre 2025 inclus (congés de la Toussaint) et ne consulterai pas ma messagerie.
Pour toute question urgente concernant la L1, merci de contacter le secrétariat pédagogique au 02 31 56 54 30.

Cordialement,
Laurent Giffard
"""),
    gold=G([], [], [], 'other', 'unknown', auto=True,
           note='out-of-office reply on an existing ticket'))

# ---------------------------------------------------------------- 096
add(fn='096-automatic-reply-en-outlook.eml',
    frm='Helen Carter <h.carter@exeter.ac.uk>',
    subj='Automatic reply: [CEMU #53790] Teacher access to Ecampus course',
    date='Wed, 21 Jan 2026 09:12:44 +0100', mid=mid_outlook(),
    hdr=[('Auto-Submitted', 'auto-generated'), ('X-MS-Exchange-Inbox-Rules-Loop', 'h.carter@exeter.ac.uk'), ('X-Auto-Response-Suppress', 'All')],
    body=alt("""Thank you for your email. I am travelling between Caen and Exeter until 26 January with limited access to email. For urgent matters please contact the Law School office on +44 1392 72 31 96.

Helen Carter
""", """<html><body><p>Thank you for your email. I am travelling between Caen and Exeter until 26 January with limited access to email. For urgent matters please contact the Law School office on +44 1392 72 31 96.</p><p>Helen Carter</p></body></html>"""),
    gold=G([], [], [], 'other', 'unknown', 'en', auto=True,
           note='English Outlook automatic reply'))

# ---------------------------------------------------------------- 097
bounce_txt = """This is the mail system at host smtp.unicaen.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<25163390@etu.unicaen.fr>: host mbox.etu.unicaen.fr[10.14.8.22] said: 550
    5.1.1 <25163390@etu.unicaen.fr>: Recipient address rejected: User unknown
    in virtual mailbox table (in reply to RCPT TO command)
"""
orig097 = """From: CEMU Assistance <cemu.assistance@unicaen.fr>
To: 25163390@etu.unicaen.fr
Subject: Re: [CEMU #51630] pas inscrite en methodologie
Date: Mon, 15 Sep 2025 19:22:31 +0200
Message-ID: <cemu.51630.1757956951@assistance.unicaen.fr>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Bonjour,

Votre inscription pédagogique à l'élément L1.PSY12 n'apparaît pas encore dans APOGÉE. Merci de vous rapprocher de la scolarité de l'UFR de Psychologie.

Cordialement,
L'équipe d'assistance du CEMU

> Bonjour, je ne suis pas inscrite dans le cours L1.PSY12 (méthodologie), je suis en L1 psycho. Merci. Louna Bisson
"""
add(fn='097-bounce-reponse-cemu-adresse-inconnue.eml',
    frm='MAILER-DAEMON@unicaen.fr (Mail Delivery System)',
    to='cemu.assistance@unicaen.fr',
    subj='Undelivered Mail Returned to Sender',
    date='Mon, 15 Sep 2025 19:22:33 +0200', mid='<20250915172233.7C2A1400C1@smtp.unicaen.fr>',
    hdr=[('Auto-Submitted', 'auto-replied')],
    body=Multi('report', [Text(bounce_txt, 'plain', 'us-ascii', '7bit'),
        Text('Reporting-MTA: dns; smtp.unicaen.fr\nX-Postfix-Queue-ID: 7C2A1400C1\nArrival-Date: Mon, 15 Sep 2025 19:22:31 +0200 (CEST)\n\nFinal-Recipient: rfc822; 25163390@etu.unicaen.fr\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown in virtual mailbox table\n', 'plain', 'us-ascii', '7bit'),
        RawPart('message/rfc822', orig097)], params='; report-type=delivery-status'),
    gold=G([('L1.PSY12', 'L1.PSY12')], ['25163390'], [], 'other', 'unknown', auto=True,
           note='bounce of a CEMU reply to a student address that no longer exists; returned message cites a code and a number'))

# ---------------------------------------------------------------- 098
add(fn='098-liste-diffusion-digest.eml',
    frm='enseignants-sciences-request@listes.unicaen.fr',
    to='enseignants-sciences@listes.unicaen.fr',
    subj='Digest enseignants-sciences, Vol 112, Parution 4',
    date='Thu, 6 Nov 2025 12:00:02 +0100', mid='<mailman.1288.1762426802.2041.enseignants-sciences@listes.unicaen.fr>',
    hdr=[('List-Id', '<enseignants-sciences.listes.unicaen.fr>'), ('Precedence', 'list'), ('List-Unsubscribe', '<https://listes.unicaen.fr/sympa/sigrequest/enseignants-sciences>')],
    body=Text("""Envoyez vos messages pour la liste enseignants-sciences à
	enseignants-sciences@listes.unicaen.fr

Thèmes du jour :

   1. Réunion pédagogique L1 (Secrétariat Sciences)
   2. Re: salle de TP S3-102 indisponible (Bruno Anne)
   3. Salon de l'étudiant 2026 (Service communication)

----------------------------------------------------------------------

Message: 1
Date: Wed, 5 Nov 2025 14:10:22 +0100
From: Secrétariat Sciences <sciences.secretariat@unicaen.fr>
Subject: Réunion pédagogique L1

Bonjour à tous,
La réunion pédagogique des L1 aura lieu le jeudi 13 novembre à 12h30 en salle S1-049. Ordre du jour : bilan des premiers contrôles continus (dont SMAT1U02 et sinf1u01), organisation des semaines de rattrapage.

------------------------------

Message: 2
Date: Wed, 5 Nov 2025 16:44:05 +0100
From: Bruno Anne <bruno.anne@unicaen.fr>
Subject: Re: salle de TP S3-102 indisponible

La salle S3-102 est en travaux jusqu'au 21/11, les TP sont déplacés en S3-110.

------------------------------

Message: 3
Date: Thu, 6 Nov 2025 09:01:40 +0100
From: Service communication <communication@unicaen.fr>
Subject: Salon de l'étudiant 2026

Le salon de l'étudiant aura lieu les 16 et 17 janvier 2026 au Parc des Expositions de Caen (Twisto T2, arrêt Parc des expositions). Appel à volontaires !

Fin de Digest enseignants-sciences, Vol 112, Parution 4
*******************************************************
""", cte='quoted-printable'),
    gold=G([('SMAT1U02', 'SMAT1U02'), ('SINF1U01', 'sinf1u01')], [], [], 'other', 'unknown', auto=True,
           note='mailing list digest reaching the support box; codes cited in passing; rooms and tram look-alikes'))

# ---------------------------------------------------------------- 099
h099 = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>La lettre du CEMU</title></head>
<body style="margin:0;background:#f2f2f2">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="640" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px">
<tr><td style="background:#0a3d62;color:#fff;padding:18px"><h1 style="margin:0;font-size:22px">La lettre du CEMU – n°47 – novembre 2025</h1></td></tr>
<tr><td style="padding:18px">
<h2 style="font-size:17px">Ecampus passe en version 4.5</h2>
<p>La mise à jour d'Ecampus (Moodle 4.5.7) aura lieu le mardi 23 décembre 2025 de 7h à 13h. La plateforme sera indisponible pendant l'intervention.</p>
<h2 style="font-size:17px">Problèmes d'accès à Ecampus&nbsp;?</h2>
<p>Avant d'écrire à l'assistance, consultez notre page <a href="http://cemu.unicaen.fr/le-cemu/problemes-d-acces-a-ecampus-1088766.kjsp">Problèmes d'accès à Ecampus</a>. Pensez à indiquer le code APOGÉE du cours et votre numéro étudiant.</p>
<h2 style="font-size:17px">Ateliers</h2>
<p>Atelier Moodle niveau 1 : jeudi 4 décembre, 9h30-12h, salle CEMU 1 (bâtiment Sciences 1, 1er étage). Atelier H5P : 11 décembre.</p>
<p style="font-size:11px;color:#777">Centre d'Enseignement Multimédia Universitaire – Université de Caen Normandie – 02 31 56 62 00<br>Vous recevez cette lettre car vous êtes inscrit·e à la liste cemu-infos. <a href="https://listes.unicaen.fr/sympa/sigrequest/cemu-infos">Se désabonner</a></p>
</td></tr></table></td></tr></table></body></html>
"""
add(fn='099-lettre-info-cemu-html.eml',
    frm='La lettre du CEMU <cemu-infos@listes.unicaen.fr>',
    to='cemu-infos@listes.unicaen.fr',
    subj="La lettre du CEMU n°47 : Ecampus 4.5, ateliers de décembre",
    date='Mon, 24 Nov 2025 08:30:00 +0100', mid='<sympa.1763969400.3120.47@listes.unicaen.fr>',
    hdr=[('List-Id', '<cemu-infos.listes.unicaen.fr>'), ('Precedence', 'bulk'), ('List-Unsubscribe', '<https://listes.unicaen.fr/sympa/sigrequest/cemu-infos>')],
    body=alt("""LA LETTRE DU CEMU – n°47 – novembre 2025

Ecampus passe en version 4.5
La mise à jour d'Ecampus (Moodle 4.5.7) aura lieu le mardi 23 décembre 2025 de 7h à 13h. La plateforme sera indisponible pendant l'intervention.

Problèmes d'accès à Ecampus ?
Avant d'écrire à l'assistance, consultez notre page Problèmes d'accès à Ecampus : http://cemu.unicaen.fr/le-cemu/problemes-d-acces-a-ecampus-1088766.kjsp
Pensez à indiquer le code APOGÉE du cours et votre numéro étudiant.

Ateliers
Atelier Moodle niveau 1 : jeudi 4 décembre, 9h30-12h, salle CEMU 1 (bâtiment Sciences 1, 1er étage). Atelier H5P : 11 décembre.

Centre d'Enseignement Multimédia Universitaire – Université de Caen Normandie – 02 31 56 62 00
""", h099, tcte='quoted-printable', hcte='quoted-printable'),
    gold=G([], [], [], 'other', 'unknown', auto=True,
           note='CEMU newsletter (list mail); versions, hours, rooms look-alikes'))

# ---------------------------------------------------------------- 100
h100 = """<html><body><div style="font-family:Tahoma;font-size:13px">
<p><b>Université de Caen Normandie – Service Messagerie</b></p>
<p>Cher utilisateur,</p>
<p>Votre boîte aux lettres a dépassé la limite de stockage de 2 Go (2048 Mo / 2050 Mo). Vous ne pourrez plus envoyer ni recevoir de messages après le 28/11/2025.</p>
<p>Pour éviter la suspension de votre compte, validez votre identité ici : <a href="http://unicaen-webmail-verification.example.com/login.php?id=20251127">https://webmail.unicaen.fr/verification</a></p>
<p>Merci,<br>L'équipe informatique<br>Ref: MBX-7781-FR</p>
</div></body></html>
"""
add(fn='100-hameconnage-quota-messagerie.eml',
    frm='Service Messagerie UNICAEN <no-reply@unicaen-support.example.com>',
    to='undisclosed-recipients:;',
    subj='ALERTE : Quota de votre boîte aux lettres dépassé',
    date='Thu, 27 Nov 2025 03:14:59 +0100', mid=mid_other('unicaen-support.example.com'),
    hdr=[('X-Priority', '1 (Highest)'), ('X-Spam-Flag', 'YES'), ('X-Spam-Score', '8.7')],
    body=Text(h100, 'html', 'utf-8', 'base64'),
    gold=G([], [], [], 'other', 'unknown', auto=True,
           note='phishing spam; link id and ref are look-alikes'))
