from build import M, PNG

SIG_SCOL = """--
Nathalie Lemarchand
Gestionnaire de scolarité - BUT MMI
IUT Grand Ouest Normandie - site d'Alençon
Campus de Damigny, 61250 Damigny
Tél : 02 33 80 85 41 - Bureau A-104
"""

M("l1-mmi-pas-de-cours", "Lucas Bertin <24011873@etu.unicaen.fr>", "pas de cours sur ecampus", "2025-09-03 08:47",
  """Bonjour,

je suis en premiere année de BUT MMI a Alencon et quand je me connecte sur ecampus je n'ai aucun cours, la page est vide.
Les autres de mon TD2 ont les cours de culture numérique (AL1MMI03) et moi non.
Est ce que c'est normal ? j'ai fait mon inscription en juillet.

Merci
Lucas Bertin""", codes=[("AL1MMI03", "AL1MMI03")], sym="not_enrolled",
  note="L1 BUT MMI Alençon student not enrolled in Culture numérique; TD2 named but only as his classmates' group")

M("secr-alencon-tableau-td2", "Nathalie Lemarchand <nathalie.lemarchand@unicaen.fr>", "Etudiants MMI1 absents des espaces Ecampus", "2025-09-04 10:12",
  "", form="html", html="""<html><body><p>Bonjour,</p>
<p>Plusieurs &eacute;tudiants de BUT MMI 1re ann&eacute;e (&eacute;tape ALBMM1, version 101) du groupe TD2 ne sont pas inscrits dans le cours <b>Int&eacute;gration web 1</b> (AL1MMI05) sur Ecampus, alors que leurs IP sont faites jusqu'au groupe depuis lundi.</p>
<table border="1" cellpadding="3" style="border-collapse:collapse">
<tr><th>N&deg; &eacute;tudiant</th><th>INE</th><th>Nom</th><th>Pr&eacute;nom</th><th>Groupe</th></tr>
<tr><td>24011873</td><td>0903012345K</td><td>BERTIN</td><td>Lucas</td><td>TD2 / TP2A</td></tr>
<tr><td>25007742</td><td>123456789AB</td><td>NDIAYE</td><td>Awa</td><td>TD2 / TP2A</td></tr>
<tr><td>24010358</td><td>0805517332F</td><td>LEFEVRE</td><td>Tom</td><td>TD2 / TP2A</td></tr>
</table>
<p>Le cours est bien visible, les autres groupes y sont.</p>
<p>Cordialement,</p>
<pre>""" + SIG_SCOL + """</pre></body></html>""",
  codes=[("ALBMM1", "ALBMM1"), ("AL1MMI05", "AL1MMI05"), ("ALMM1-TD2", "TD2"), ("ALMM1-TP2A", "TP2A")],
  nums=["24011873", "25007742", "24010358"], sym="not_enrolled", role="staff",
  att=[("liste_ALBMM1_TD2.csv", "n_etu;nom;groupe\n24011873;BERTIN;TD2\n25007742;NDIAYE;TD2\n24010358;LEFEVRE;TD2\n".encode(), "text/csv")],
  note="Alençon secretary, HTML table of 3 students of TD2/TP2A missing from Intégration web 1")

M("erasmus-fle-en", "Giulia Romano <giulia.romano@studenti.unimi.it>", "Cannot access my French course", "2025-09-08 19:33",
  """Hello,

I am an Erasmus student from Milano, arrived last week in Caen. I have my student card (number 25031190) but I cannot log in to ecampus, it keeps sending me back to the login page after CAS. My French as foreign language course, FLE B1 in the language centre (code CL-FLE2C, group 1), is supposed to be there.

Could you help me please? Thank you so much
Giulia""", codes=[("CL-FLE2C", "CL-FLE2C"), ("CLFLE2C-G1", "group 1")], nums=["25031190"], sym="cannot_login", lang="en",
  note="Erasmus incoming student loops back to login page after CAS")

M("prof-droit-l2-invisible", "Pierre-Yves Marie <pierre-yves.marie@unicaen.fr>", "Mes étudiants de L2 ne voient pas mon cours", "2025-09-09 14:05",
  """Bonjour,

J'ai ouvert mon cours de droit civil de L2 (jl2s3civ) il y a deux jours, mais plusieurs étudiants me disent qu'ils ne le voient pas du tout sur Ecampus. Moi je le vois (il est en gris mais je pensais que c'était normal ?).
https://ecampus.unicaen.fr/course/view.php?id=61204

Pouvez-vous regarder ? Les TD commencent lundi en salle DR-213.

Bien cordialement,
P.-Y. Marie
Maître de conférences en droit privé
UFR Droit, AES et Administration publique
Esplanade de la Paix - 14032 Caen Cedex 5""", codes=[("JL2S3CIV", "jl2s3civ")], ids=[61204], sym="students_cannot_see_course", role="staff",
  note="Teacher's civil law course greyed out (hidden), students cannot see it")

M("sms-staps-groupe", "kevin.d14@hotmail.fr", "groupe", "2025-09-10 23:51",
  """slt jsuis en L1 staps jsui dans le G5 normalement mais sur ecampus en anatomie jsui dans aucun groupe du cou jvoi pa les doc du g5
mon num 25012266
mrc""", codes=[("APSL1-G5", "G5"), ("APSL1", "L1 staps")], nums=["25012266"], sym="wrong_group",
  note="SMS-style STAPS L1 student in no group in anatomy course")

M("auto-absent-septembre", "Françoise Hébert <francoise.hebert@unicaen.fr>", "Réponse automatique : [CEMU #58213] Inscriptions ESIX 2A", "2025-09-11 09:02",
  """Bonjour,

Je suis absente du bureau jusqu'au 15 septembre 2025 inclus. Pour toute question urgente concernant la scolarité de l'ESIX site de Cherbourg, merci de contacter le 02 33 01 42 00.

Cordialement,
Françoise Hébert""", sym="other", role="unknown", auto=True, hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
  note="Out-of-office reply from ESIX secretary to a CEMU ticket")

M("esix-enseignant-non-inscrit", "Hervé Gosselin <herve.gosselin@unicaen.fr>", "Pas inscrit dans mon cours de robotique (ESIX)", "2025-09-11 16:40",
  """Bonjour,

Je suis responsable du module Robotique mobile en 2e année ESIX à Cherbourg (X2ROB05 si je lis bien le code sur ADE). Les cours ont commencé le 8/09 et je n'ai toujours pas accès à l'espace Ecampus : je ne suis pas inscrit comme enseignant. Mon collègue qui fait les TP3 l'est.

Merci de votre aide.
--
Hervé Gosselin
ESIX Normandie - Site de Cherbourg
Rue Louis Aragon - 50130 Cherbourg-en-Cotentin
Bureau C-217 / 02 33 01 45 63""", codes=[("X2-ROB05", "X2ROB05"), ("XRB2-TP3", "TP3")], sym="teacher_not_enrolled", role="staff",
  note="ESIX teacher not enrolled in his robotics course, code without dash")

M("cas-destination-l1", "Manon Dupuis <manon.dupuis7@gmail.com>", "connexion", "2025-09-12 07:58",
  """Bonjour
Quand je tape ecampus sur google et que je clique, je mets mon identifiant et après j'ai une page "Connexion réussie" qui dit que CAS ne connait pas ma destination finale. Et ça reste comme ça, je n'arrive jamais sur mes cours.
Je suis en L1 maths, numéro 25019934.
Manon""", nums=["25019934"], codes=[("SLMAT1", "L1 maths")], sym="cas_unknown_destination",
  note="L1 student reaching CAS via search engine, 'destination finale' page")

M("pass-tableau-de-bord", "Inès Carpentier <ines.carpentier@etu.unicaen.fr>", "UE4 n'apparait plus dans mon tableau de bord", "2025-09-14 21:17",
  """Bonjour,

Je suis en PASS. Depuis ce soir le cours de biologie cellulaire (UE 4, PAS.UE 04) n'apparaît plus sur mon tableau de bord, alors qu'hier il y était. Je peux encore y aller en passant par le lien que j'avais mis en favori : https://ecampus.unicaen.fr/course/view.php?id=58811

Mon numéro : 25004417 (groupe ED 14).

Merci d'avance, c'est très stressant avec le concours.
Inès""", codes=[("PAS.UE04", "PAS.UE 04"), ("PASS-ED14", "ED 14")], nums=["25004417"], ids=[58811], sym="course_not_on_dashboard",
  note="PASS student: UE4 vanished from dashboard, still reachable by link")

M("dsi-maintenance-dimanche", "DSI - Centre de services <dsi.info@unicaen.fr>", "[Info DSI] Intervention sur les bases de données dimanche 21/09", "2025-09-16 11:00",
  """Bonjour à toutes et à tous,

Une intervention de maintenance aura lieu le dimanche 21 septembre 2025 de 8h00 à 12h00 sur l'infrastructure de bases de données (cluster PG-PROD-03, version 15.8).
Les services suivants pourront être perturbés : Ecampus, Collegium Santé, Prélude.

Ticket de changement : CHG0041277.

Le Centre de services DSI
02 31 56 64 00""", sym="other", role="staff", to="liste-personnels@listes.unicaen.fr",
  hdrs={"List-Id": "<liste-personnels.listes.unicaen.fr>", "Precedence": "list"}, auto=True,
  note="DSI mailing list maintenance announcement, not a request")

M("iae-alternant-mauvais-groupe", "Yanis Benali <yanis.benali@etu.unicaen.fr>", "Apprenti M1 finance - mauvais groupe", "2025-09-17 12:31",
  """Bonjour,

Je suis en M1 Finance à l'IAE en alternance (rythme 2 semaines entreprise / 2 semaines IAE). Sur Ecampus, dans Analyse financière approfondie (IAM1FI07) je suis dans le groupe formation initiale et pas dans le groupe des alternants, du coup je n'ai pas les dates de rendu adaptées.
Numéro étudiant 23008125.

Cordialement,
Yanis Benali
Apprenti chargé d'études - Crédit Agricole Normandie""", codes=[("IAM1FI07", "IAM1FI07"), ("IAM1FI-ALT", "groupe des alternants")],
  nums=["23008125"], sym="wrong_group", note="IAE apprentice placed in initial-training group instead of alternants")

M("hss-ead-pas-inscrite", "Sandrine Vautier <sandrine.vautier@orange.fr>", "inscription à distance psycho L2", "2025-09-18 20:44",
  """Bonjour,

Je suis inscrite en L2 de psychologie à distance (CEMU) et je reprends mes études à 41 ans. Je n'ai pas accès au cours de psychologie du développement (L.2.PS03) ni à sociologie de la famille (L2SO04). J'ai bien payé mes droits et reçu ma carte.
Mon numéro étudiant est le 21609846, INE 2397029446D.

Je travaille la journée, vous pouvez me joindre au 06 71 24 83 90 après 18h.

Bien à vous,
Sandrine Vautier
12 rue des Tilleuls, 14100 Lisieux""", codes=[("L.2.PS03", "L.2.PS03"), ("L.2.SO04", "L2SO04")], nums=["21609846"],
  sym="not_enrolled", cs="iso-8859-1", cte="quoted-printable",
  note="Distance-learning L2 psychology student missing from two courses (remote status)")

M("spam-webmail", "Service Informatique <support@unicaen-webmail-verif.com>", "ALERTE : votre boîte mail sera désactivée", "2025-09-19 03:12",
  """Cher utilisateur,

Votre boîte aux lettres a atteint 98% de sa capacité. Pour éviter la désactivation de votre compte sous 24h, veuillez valider vos identifiants ici :
http://unicaen-webmail-verif.com/login.php?id=99812

Service Informatique UNICAEN""", sym="other", role="unknown", note="Phishing spam",
  form="html", html="""<html><body><p>Cher utilisateur,</p><p>Votre bo&icirc;te aux lettres a atteint <b>98%</b> de sa capacit&eacute;.</p>
<p><a href="http://unicaen-webmail-verif.com/login.php?id=99812">VALIDER MON COMPTE</a></p><p>Service Informatique UNICAEN</p></body></html>""")

M("fwd-chaine-lisieux", "Karine Duval <karine.duval@unicaen.fr>", "TR: TR: Cours introuvable BUT CJ 1 Lisieux", "2025-09-19 15:26",
  """Bonjour,

Je vous transfère l'échange ci-dessous, nous ne savons plus à qui nous adresser.

Karine Duval
Responsable administrative - IUT Grand Ouest Normandie, site de Lisieux
11 boulevard Jules Ferry - 14100 Lisieux - 02 31 48 66 10

-----Message d'origine-----
De : Olivier Guérin <olivier.guerin@unicaen.fr>
Envoyé : jeudi 18 septembre 2025 17:02
À : Karine Duval <karine.duval@unicaen.fr>
Objet : TR: Cours introuvable BUT CJ 1 Lisieux

Karine, tu peux voir avec le CEMU ? Le cours de droit des obligations n'existe pas sur Ecampus, je l'ai cherché partout.
Olivier

---------- Message transféré ----------
De : Léa Morin <lea.morin@etu.unicaen.fr>
Date : mer. 17 sept. 2025 à 09:14
Objet : Cours introuvable
À : <olivier.guerin@unicaen.fr>

Bonjour Monsieur,
Je suis en BUT carrières juridiques 1re année à Lisieux, groupe 3. Je ne trouve pas le cours Droit des obligations (LXS1CJ05) sur Ecampus, même en utilisant la recherche. Est-ce qu'il a été créé ?
Léa Morin""", codes=[("LXS1CJ05", "LXS1CJ05"), ("LXBCJ1", "BUT carrières juridiques 1re année"), ("LXCJ1-G3", "groupe 3")],
  sym="course_missing", role="staff", form="alt", cs="cp1252", cte="quoted-printable",
  note="Three-message forwarded chain (student > teacher > Lisieux admin): course does not exist on Ecampus")

M("prof-participants-bloc", "Anne-Sophie Leroux <anne-sophie.leroux@unicaen.fr>", "Bloc participants disparu", "2025-09-22 09:10",
  """Bonjour,

Je ne trouve plus le bloc « Participants » à droite dans mon cours d'anglais LANSAD niveau 3 (CL-ANG3B). L'année dernière je l'avais et je l'utilisais pour envoyer des messages au groupe 4. Est-ce qu'il a été supprimé ?

Anne-Sophie Leroux
Centre de langues - Bâtiment B, bureau B-012""", codes=[("CL-ANG3B", "CL-ANG3B"), ("CLANG3B-G4", "groupe 4")],
  sym="participants_block_missing", role="staff", note="Language centre teacher misses the Participants block")

M("phd-ed556-formation", "Thibault Marchand <thibault.marchand@unicaen.fr>", "Doctoral training module - not enrolled", "2025-09-23 13:47",
  """Dear CEMU team,

I am a first-year PhD student (ED 556 HSRT, lab CRHQ). I registered through ADUM for the training module "Research ethics" (ED556-14) but I am not enrolled in the Ecampus space and the first session is on 2 October in room MRSH-SH027.
My student number is 25040021, ORCID 0000-0002-1825-0097.

Best regards,
Thibault Marchand
Doctorant - CRHQ UMR 7215
Projet ANR-23-CE41-0017""", codes=[("ED556-14", "ED556-14"), ("DOC556", "ED 556 HSRT")], nums=["25040021"], sym="not_enrolled",
  lang="en", note="PhD student (English) not enrolled in a doctoral training module; ORCID and ANR as look-alikes")

M("bounce-mailer-daemon", "Mail Delivery System <MAILER-DAEMON@smtp.unicaen.fr>", "Undelivered Mail Returned to Sender", "2025-09-24 02:14",
  """This is the mail system at host smtp.unicaen.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<c.leguay@univ-caen.fr>: host mx.univ-caen.fr[193.55.120.14] said: 550 5.1.1
    User unknown (in reply to RCPT TO command)

--- original message headers ---
Subject: Re: [CEMU #58377] Cours X1-MEC04 masqué
Date: Wed, 24 Sep 2025 02:13:50 +0200""", sym="other", role="unknown", auto=True,
  codes=[("X1-MEC04", "X1-MEC04")], hdrs={"Auto-Submitted": "auto-replied"},
  note="Bounce of a CEMU reply; the original subject cites a code")

M("secr-droit-liste-td", "Sylvie Catherine <sylvie.catherine@unicaen.fr>", "TD12 L1 droit - étudiants non inscrits en histoire du droit", "2025-09-24 11:18",
  """Bonjour,

Les étudiants suivants du TD12 de L1 Droit (JLDRT1) ne figurent pas dans les participants du cours Histoire du droit et des institutions (JL1S1HIS) :

- 25002213 - MARTIN Chloé
- 25002870 - HAMON Baptiste
- 25003012 - SOW Mariama
- 25003347 - LEBRETON Enzo

Leurs inscriptions pédagogiques ont été saisies le 19/09. Les autres TD sont complets.

Cordialement,
Sylvie Catherine
Scolarité Licence Droit - Bureau DR-005
02 31 56 51 22""", codes=[("JL1-TD12", "TD12"), ("JLDRT1", "JLDRT1"), ("JL1S1HIS", "JL1S1HIS")],
  nums=["25002213", "25002870", "25003012", "25003347"], sym="not_enrolled", role="staff",
  note="Law secretary lists 4 TD12 students missing from participants (IP saved 19/09, temporary desync)")

M("vacataire-profil-email", "Julien Aubert <j.aubert@cabinet-aubert-avocats.fr>", "Impossible d'accéder à Ecampus - page profil", "2025-09-25 18:02",
  """Bonjour,

Je suis avocat et j'interviens comme vacataire en Master 1 droit des affaires (JM1S1AFF). On m'a créé un compte la semaine dernière. Quand je me connecte, j'arrive sur une page "Modifier le profil" qui me demande une adresse de courriel, et je ne peux pas la saisir, le champ est grisé. Je ne peux rien faire d'autre.

Cordialement,
Maître Julien Aubert
Cabinet Aubert - 8 rue Écuyère, 14000 Caen
Tél. 02 31 85 44 12 - Toque 14-0087""", codes=[("JM1S1AFF", "JM1S1AFF")], sym="cannot_login", role="unknown",
  note="Outside lecturer stuck on profile page asking for e-mail at first login")

M("medecine-archive", "Pr. Emmanuel Lesage <emmanuel.lesage@unicaen.fr>", "Mon cours de cardiologie est passé dans Archives ??", "2025-09-26 08:15",
  """Bonjour,

Je ne comprends pas : mon cours DFGSM2 UE12 cardio-vasculaire est maintenant dans une catégorie "Archives 2024-2025" et il s'appelle différemment. Les étudiants de DFGSM2 ne le trouvent plus. Le code dans les paramètres est DFG2.U12.
J'y avais mis 40 heures de podcasts.

Pr E. Lesage
PU-PH Cardiologie - CHU de Caen, Av. de la Côte de Nacre 14033 Caen cedex 9
Secrétariat : 02 31 06 44 89""", codes=[("DFG2.U12", "DFG2.U12"), ("MEDFG2", "DFGSM2")], sym="course_moved_renamed", role="staff",
  note="Medicine professor: course moved to Archives and renamed")

M("allcaps-nom-faux", "MAXIME LECOEUR <maxlecoeur50@gmail.com>", "MON NOM EST FAUX", "2025-09-26 22:40",
  """BONJOUR
SUR ECAMPUS MON NOM EST ECRIT LECŒUR AVEC UN E DANS L'O ALORS QUE C'EST LECOEUR ET MON PRENOM EST MAXIME PAS MAXIMILIEN. LES PROFS NE ME TROUVENT PAS DANS LA LISTE DU TD.
JE SUIS EN 2EME ANNEE ESIX A CHERBOURG NUMERO 24022871
MERCI""", nums=["24022871"], sym="wrong_name",
  note="All-caps ESIX student: name and first name wrong in Ecampus")

M("thunderbird-capture-bd", "Clément Roussel <clement.roussel@etu.unicaen.fr>", "erreur ecampus", "2025-09-28 10:06",
  """Bonjour,

Ce dimanche matin ecampus affiche "Erreur de lecture de la base de données" sur toutes les pages, je dois rendre un devoir de thermodynamique (SPHY 210) avant midi. Capture d'écran jointe.

Clément Roussel
L2 Physique - 24005519""", codes=[("SPHY210", "SPHY 210")], nums=["24005519"], sym="database_error",
  att=[("capture_ecampus_erreur.png", PNG, "image/png")], note="Sunday morning database read error, screenshot attached")

M("ticket-relance-alencon", "Nathalie Lemarchand <nathalie.lemarchand@unicaen.fr>", "RE: [CEMU #58102] Etudiants MMI1 absents des espaces Ecampus", "2025-09-29 09:20",
  """Bonjour,

Merci, c'est réglé pour Intégration web. Par contre pour le TP2B c'est la même chose dans le cours de culture numérique (AL1MMI03), 2 étudiants manquent : 25007810 et 25008120.

""" + SIG_SCOL + """
> Le 25/09/2025 à 16:40, CEMU Assistance a écrit :
> Bonjour, les IP du groupe ont été reprises dans APOGÉE, la synchronisation de cette nuit
> devrait régler le problème. Ticket 58102.
""", codes=[("ALMM1-TP2B", "TP2B"), ("AL1MMI03", "AL1MMI03")], nums=["25007810", "25008120"],
  sym="not_enrolled", role="staff", note="Follow-up on ticket: 2 more TP2B students missing from Culture numérique")

M("trop-enseignants-iae", "Marc-Antoine Poirier <marc-antoine.poirier@unicaen.fr>", "Trop d'enseignants dans mon cours GRH internationale", "2025-09-30 17:55",
  """Bonjour,

Dans mon cours de M2 GRH internationale (IAM2RH03) il y a 14 enseignants inscrits alors que nous ne sommes que 2 à intervenir. Les étudiants reçoivent des messages de gens qui n'ont rien à voir. Je n'ai pas le droit de les désinscrire, ils sont en "base de données externe".

Cordialement
M.-A. Poirier
IAE Caen - 3 rue Claude Bloch 14000 Caen - bureau 2.14""", codes=[("IAM2RH03", "IAM2RH03")], sym="too_many_teachers", role="staff",
  note="14 teachers enrolled by database in an IAE M2 course")

M("formation-continue-cohorte", "Véronique Lair <veronique.lair@unicaen.fr>", "Synchro cohorte DU capacité de gestion FOAD", "2025-10-01 14:02",
  """Bonjour,

Pour le DU Capacité de Gestion des Entreprises en FOAD (étape FCCGE1), j'aimerais inscrire toute la promo dans l'espace commun "Vie de la formation" via la cohorte. Est-ce que la cohorte est à jour pour les stagiaires inscrits cette semaine ? Et faut-il que je la retire ensuite ?

Merci,
Véronique Lair
Service de formation continue - Bâtiment Orbital, 2e étage
Convention de formation n° FC-2025-1143""", codes=[("FCCGE1", "FCCGE1")], sym="cohort_question", role="staff",
  note="Continuing-education admin asks about cohort sync for a DU promo")

M("inspe-saint-lo-groupe", "Camille Renouf <camille.renouf@etu.unicaen.fr>", "Mauvais site INSPE sur ecampus", "2025-10-02 07:36",
  """Bonjour,

Je suis en M1 MEEF 1er degré sur le site de Saint-Lô mais dans le cours Maîtrise de la langue (1PE118) je suis dans le groupe de Caen, donc je vois les annonces des autres. Mon numéro : 24030557.

Merci,
Camille""", codes=[("1PE118", "1PE118"), ("1PE-SLO", "site de Saint-Lô"), ("MEEF1P", "M1 MEEF 1er degré")], nums=["24030557"],
  sym="wrong_group", note="INSPE M1 student placed in the Caen group instead of Saint-Lô")

M("newsletter-cemu", "La lettre du CEMU <lettre-cemu@unicaen.fr>", "La lettre du CEMU - octobre 2025", "2025-10-03 08:00",
  "", form="alt", html="""<html><body><h2>La lettre du CEMU - octobre 2025</h2>
<table width="600"><tr><td><h3>Ateliers Moodle niveau 1</h3><p>Prochaines sessions : 14/10 et 18/11, salle CEMU-B 12, campus 1.</p></td></tr>
<tr><td><h3>Problèmes d'accès à Ecampus ?</h3><p>Consultez notre page d'aide avant d'écrire à l'assistance.</p></td></tr>
<tr><td><small>Pour vous désinscrire, r&eacute;pondez STOP.</small></td></tr></table></body></html>""",
  sym="other", role="unknown", auto=True, to="lettre-cemu@listes.unicaen.fr", hdrs={"List-Id": "<lettre-cemu.listes.unicaen.fr>", "Precedence": "bulk"},
  note="CEMU newsletter (mailing list)")

M("l3-info-tp-groupe", "Hugo Lemonnier <22003136@etu.unicaen.fr>", "TP2 algo avancée", "2025-10-03 18:20",
  """Bonjour, en L3 info je suis pas dans le bon groupe de TP pour Algorithmique avancée (sinf301) : je suis en TP2 sur mon emploi du temps ADE mais ecampus me met en TP1. Du coup je vois pas les sujets du TP2.
Hugo""", codes=[("SINF301", "sinf301"), ("SLINF3-TP2", "TP2")], sym="wrong_group",
  note="L3 info student in TP1 instead of TP2; number only in the sender address")

M("ecampus-down-lundi", "Bénédicte Gallet <benedicte.gallet@unicaen.fr>", "Ecampus inaccessible ce matin", "2025-10-06 08:32",
  """Bonjour,

Depuis 8h ecampus répond "Error: Database connection failed - It is possible that the database is overloaded". J'ai un examen en ligne à 10h en amphi Pierre Daure pour 300 étudiants de L1 STAPS (APS11-06). Que dois-je faire ??

B. Gallet - STAPS - 06 12 44 70 18""", codes=[("APS11-06", "APS11-06")], sym="database_error", role="staff",
  note="Teacher: Database connection failed on Monday morning before an online exam")

M("l1-droit-dashboard-filtre", "Emma Girard <emma.girard3@etu.unicaen.fr>", "cours disparu", "2025-10-07 12:12",
  """Bonjour
Je suis en première année de droit et je ne vois plus aucun cours dans mon tableau de bord depuis que j'ai cliqué sur un truc "Passés". Avant j'avais Histoire du droit et tous les autres.
Merci de m'aider
Emma Girard
n° etudiant : 25002985""", codes=[("JLDRT1", "première année de droit")], nums=["25002985"], sym="course_not_on_dashboard",
  note="L1 law student changed dashboard filter to 'Passés'")

M("hesitant-fr-chinese", "WANG Yifan <wangyifan2001@163.com>", "demande aide pour cours", "2025-10-08 04:55",
  """Bonjour madame monsieur,

Je suis etudiant chinois en Master 1 finance IAE. Je ne peux pas trouver le cours Marketing digital dans ecampus. Mon ami il a le cours mais moi pas. Mon numero etudiant est 25044108. Est-ce que je dois payer encore ?

Merci beaucoup pour votre aide
WANG Yifan
Tel : +33 7 53 21 88 04""", codes=[("IAM1FI", "Master 1 finance IAE")], nums=["25044108"],
  sym="not_enrolled", note="Chinese student, hesitant French: not in Marketing digital course")

M("lve-renomme", "Jean-Baptiste Halley <jean-baptiste.halley@unicaen.fr>", "Cours civi britannique renommé", "2025-10-09 10:47",
  """Bonjour,

Mon cours « (AN21C) Civilisation britannique S1 » s'appelle maintenant « (AN-21C) British civilisation 1 » et a changé de catégorie, je le retrouve sous LVE / L2 au lieu de L1. Je n'ai rien touché. Est-ce un changement volontaire ? Mes étudiants du TD3 me demandent où il est passé.

JB Halley
Département d'études anglophones - bureau MRSH 305""", codes=[("AN-21C", "AN21C"), ("AN-21C", "AN-21C"), ("AN21C-TD3", "TD3")], sym="course_moved_renamed",
  role="staff", note="LVE teacher: course renamed and moved to another category")
