from build import G, PNG
MAILS = []
A = MAILS.append

A(dict(fn="021-master-archeo-cours-inexistant.eml", client="zimbra",
  frm=("Gwenaëlle Le Goff", "gwenaelle.legoff@unicaen.fr"), subj="Cours de prospection absent d'Ecampus",
  date="2025-09-25 10:08", cs="utf-8", cte="quoted-printable",
  body="""Bonjour,

Je n'arrive pas à trouver l'espace de cours de l'EC « Prospection géophysique » du master 1 Archéologie (étape MARC1), code Apogée ARCH7P02, ni dans la catégorie du master ni en cherchant par le code. Les autres EC du semestre existent (arch7p01 par exemple).

Je crois que la scolarité a mutualisé cet EC avec celui du parcours Archéosciences cette année, mais je n'en suis pas certaine.

La première séance a lieu le 2 octobre sur le terrain à Vieux-la-Romaine, j'aurais aimé déposer les consignes de sécurité avant.

Bien à vous,
Gwenaëlle Le Goff
Maîtresse de conférences - CRAHAM UMR 6273
MRSH, bureau SH 025 - 02 31 56 58 14
""",
  gold=G("course_missing", "staff", codes=[("MARC1", "MARC1"), ("ARCH7P02", "ARCH7P02"), ("ARCH7P01", "arch7p01")],
         schemes=["arc:etape", "arc:element"],
         note="teacher cannot find the course of ARCH7P02 (probably porté after mutualisation); UMR 6273 and office are look-alikes")))

A(dict(fn="022-en-master-info-not-enrolled.eml", client="gmail",
  frm=("Arjun Raghavan", "arjun.raghavan.fr@gmail.com"), subj="Student 25108812 - not enrolled in 2 courses",
  date="2025-09-18 23:51", cs="utf-8", cte="7bit",
  body="""Hello CEMU team,

I am a new international student in Master 1 Computer Science (MINF1). I can log in to Ecampus but I am not enrolled in two of my courses:

 - M1INFO12 Advanced Algorithms
 - M1INFO15 Distributed Systems

The other courses (M1INFO11, M1INFO14) are fine. My pedagogical registration was done on 16/09 with the secretary, she said everything is OK in Apogee.

Student number: 25108812
Phone: +33 7 81 24 56 19

Thanks a lot for your help,
Arjun
""",
  gold=G("not_enrolled", "student", lang="en",
         codes=[("MINF1", "MINF1"), ("M1INFO12", "M1INFO12"), ("M1INFO15", "M1INFO15"), ("M1INFO11", "M1INFO11"), ("M1INFO14", "M1INFO14")],
         sn=["25108812"], schemes=["minf:etape", "minf:element"],
         note="international M1 student not enrolled in M1INFO12 and M1INFO15 (two others fine); number in subject and body")))

A(dict(fn="023-scol-socio-mauvais-groupes-tab.eml", client="outlook",
  frm=("Isabelle Fontaine", "isabelle.fontaine@unicaen.fr"), subj="Groupes de TD erronés dans L2SOC14A",
  date="2025-10-08 14:41", cs="windows-1252", cte="quoted-printable",
  body="""Bonjour,

Suite aux changements de groupes validés par la responsable de L2 le 30/09, les étudiants ci-dessous ont été basculés dans Apogée du groupe SOC14A-TD2 vers le groupe SOC14A-TD3 (cours L2SOC14A « Sociologie de la famille », étape LSOC2).
Sur Ecampus ils apparaissent toujours dans l'ancien groupe, et l'enseignante du TD3 ne peut pas les noter.

N° étudiant\tNom\tPrénom\tGroupe Apogée
24005566\tLAUNAY\tCamille\tTD3
24012210\tBENSAÏD\tRayan\tTD3
23020417\tGUÉRIN\tOcéane\tTD3
24 016 092\tMARIE\tThéo\tTD3

Pouvez-vous regarder ? Merci d'avance.

Isabelle Fontaine
Secrétariat pédagogique – Licence de Sociologie
UFR HSS – Bât. A – Bureau AC 118 – 02 31 56 61 93
""".replace("\\t", "\t"),
  gold=G("wrong_group", "staff",
         codes=[("SOC14A-TD2", "SOC14A-TD2"), ("SOC14A-TD3", "SOC14A-TD3"), ("L2SOC14A", "L2SOC14A"), ("LSOC2", "LSOC2")],
         sn=["24005566", "24012210", "23020417", "24016092"], schemes=["soc:groupe", "soc:element", "soc:etape"],
         note="secretary: four students moved from TD2 to TD3 in APOGÉE still in old group in Ecampus; tab-separated table, one number with spaces")))

A(dict(fn="024-sms-mdp.eml", client="gmail",
  frm=("Lucas Pichon", "lucaspichon2005@gmail.com"), subj="connexion",
  date="2025-10-13 00:37", cs="utf-8", cte="7bit",
  body="""bjr jarrive pa a me co sur ecampus ca dit identifiant ou mot de passe incorrect alor que ca marche sur mon ENT hier
mon num c 21-905-447
jai essayer de reinitialiser mais je recois pas le mail
mrc d avance
""",
  gold=G("cannot_login", "student", sn=["21905447"],
         note="SMS-style student cannot log in, password reset mail not received; number written with dashes")))

A(dict(fn="025-lettre-cemu-novembre.eml", client="other",
  frm=("La lettre du CEMU", "lettre-cemu@listes.unicaen.fr"), to=("Personnels UNICAEN", "personnels@listes.unicaen.fr"),
  subj="[Lettre du CEMU] Novembre 2025 : ateliers Moodle, Wooclap, nouveautés Ecampus 4.5",
  date="2025-11-03 08:00", cs="utf-8", cte="quoted-printable", fmt="html",
  hdrs=[("List-Id", "<lettre-cemu.listes.unicaen.fr>"), ("List-Unsubscribe", "<mailto:sympa@listes.unicaen.fr?subject=unsubscribe%20lettre-cemu>"), ("Precedence", "list")],
  html="""<html><head><meta charset="utf-8"><title>Lettre du CEMU</title></head>
<body style="margin:0;background:#f2f2f2">
<table width="100%" cellpadding="0" cellspacing="0" bgcolor="#f2f2f2"><tr><td align="center">
<table width="600" cellpadding="12" cellspacing="0" bgcolor="#ffffff" style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<tr><td bgcolor="#1d3f6e" style="color:#fff;font-size:22px"><b>La lettre du CEMU</b> &mdash; n&deg; 47 &mdash; novembre 2025</td></tr>
<tr><td><h2 style="color:#1d3f6e">Ecampus passe en version 4.5</h2>
<p>La mise &agrave; jour d'Ecampus (Moodle 4.5.2) aura lieu le <b>mardi 23 d&eacute;cembre 2025</b> de 7h &agrave; 13h. La plateforme sera indisponible pendant l'op&eacute;ration.</p>
<h2 style="color:#1d3f6e">Ateliers de novembre</h2>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px">
<tr bgcolor="#e8eef7"><th>Date</th><th>Atelier</th><th>Lieu</th><th>Places</th></tr>
<tr><td>13/11/2025 14h-16h</td><td>Moodle niveau 1 : prise en main</td><td>Campus 1, MRSH salle SH 027</td><td>12</td></tr>
<tr><td>20/11/2025 9h30-12h</td><td>Tests et banques de questions</td><td>Campus 2, Sciences 3, salle S3-048</td><td>10</td></tr>
<tr><td>27/11/2025 14h-15h</td><td>Wooclap en amphi (distanciel)</td><td>Teams</td><td>50</td></tr>
</table>
<p>Inscriptions sur l'espace <a href="https://ecampus.unicaen.fr/course/view.php?id=3087">Atelier Moodle niveau 1</a>.</p>
<h2 style="color:#1d3f6e">Probl&egrave;mes d'acc&egrave;s &agrave; Ecampus ?</h2>
<p>Avant d'&eacute;crire &agrave; l'assistance, consultez la page <a href="http://cemu.unicaen.fr/le-cemu/problemes-d-acces-a-ecampus-1088766.kjsp">Probl&egrave;mes d'acc&egrave;s &agrave; Ecampus</a>. Pensez &agrave; indiquer le code Apog&eacute;e du cours et le num&eacute;ro &eacute;tudiant concern&eacute;.</p>
</td></tr>
<tr><td bgcolor="#eeeeee" style="font-size:11px;color:#777">CEMU &ndash; Centre d'Enseignement Multim&eacute;dia Universitaire &ndash; Campus 1, b&acirc;timent I, 14032 Caen Cedex 5 &ndash; 02 31 56 64 02<br>
Vous recevez cette lettre car vous &ecirc;tes inscrit(e) &agrave; la liste personnels@listes.unicaen.fr. <a href="mailto:sympa@listes.unicaen.fr?subject=unsubscribe%20lettre-cemu">Se d&eacute;sabonner</a></td></tr>
</table></td></tr></table></body></html>
""",
  gold=G("other", "unknown", cids=[3087], auto=True,
         note="CEMU newsletter (mailing list) with workshop table; version 4.5.2, dates, rooms, phone are look-alikes; links the workshop course id 3087")))

A(dict(fn="026-ticket-ifsi-toujours-invisible.eml", client="zimbra",
  frm=("Mireille Jouan", "mireille.jouan@unicaen.fr"), subj="Re: [CEMU #48530] Les ESI 2e année ne voient pas l'UE 2.4",
  date="2025-10-06 08:27", cs="utf-8", cte="quoted-printable",
  hdrs=[("In-Reply-To", "<48530.1759493520.cemu@assistance.unicaen.fr>"), ("References", "<48530.1759493520.cemu@assistance.unicaen.fr>")],
  body="""Bonjour,

J'ai bien fait la manipulation (Paramètres > Visibilité du cours > Afficher) vendredi, mais ce matin les étudiants de 2e année me disent qu'ils ne voient toujours pas le cours IF24S3 dans leur liste. Deux étudiantes m'ont montré sur leur téléphone : rien.

Je précise que c'est le cours de la promotion 2024-2027, groupe IFSI2-G3 pour les TD.

Merci
Mireille Jouan
Formatrice IFSI - CHU de Caen Normandie
Poste 4 72 19

----- Mail original -----
De: "CEMU Assistance" <cemu.assistance@unicaen.fr>
À: "Mireille Jouan" <mireille.jouan@unicaen.fr>
Envoyé: Vendredi 3 Octobre 2025 14:12:00
Objet: Re: [CEMU #48530] Les ESI 2e année ne voient pas l'UE 2.4

> Bonjour,
>
> Votre espace de cours (IF24S3) Processus obstructifs est actuellement caché aux
> étudiants. Les espaces créés automatiquement sont cachés par défaut ; il vous
> appartient de le rendre visible dans les paramètres du cours (Visibilité : Afficher).
>
> Cordialement,
> L'équipe CEMU
""",
  gold=G("students_cannot_see_course", "staff", codes=[("IF24S3", "IF24S3"), ("IFSI2-G3", "IFSI2-G3")],
         schemes=["ifsi:element", "ifsi:groupe"],
         note="reply on ticket: IFSI trainer made course IF24S3 visible but 2nd-year students still cannot see it; promotion years and phone extension are not numbers")))

A(dict(fn="027-en-visiting-prof-db-error.eml", client="outlook",
  frm=("Margaret O'Connell", "margaret.oconnell@unicaen.fr"), subj="Ecampus down? Database connection failed",
  date="2026-01-11 09:52", cs="utf-8", cte="quoted-printable", fmt="alt",
  body="""Hi,

I'm a visiting professor in the English department this semester. Since this morning Ecampus only shows a page saying:

Error: Database connection failed
It is possible that the database is overloaded or otherwise not running properly.

I need to upload the reading pack for HLAN512 before tomorrow's seminar (12 January, room SA-110). Is it a known outage? When will it be back?

Many thanks,
Margaret O'Connell
Visiting Professor, Dept. of English Studies (LVE)
Office LVE 317 | +33 (0)2 31 56 57 92
""",
  gold=G("database_error", "staff", codes=[("HLAN512", "HLAN512")], lang="en", schemes=["hlan:element"],
         note="English-speaking visiting professor: 'Database connection failed' on a Sunday morning; room SA-110 is not a code")))

A(dict(fn="028-l1-tableau-de-bord-capture.eml", client="other",
  frm=("25003319@etu.unicaen.fr", "25003319@etu.unicaen.fr"), subj="je ne vois plus mon cours d'anglais sur le tableau de bord",
  date="2025-10-20 18:26", cs="utf-8", cte="base64",
  body="""Bonjour,

Depuis ce week-end je ne vois plus le cours d'anglais (HLAN1O3) sur mon tableau de bord. Il y était la semaine dernière, j'ai fait les exercices dessus. Je n'ai rien touché.

Je vous mets une capture d'écran de mon tableau de bord. Est-ce que j'ai été désinscrite ? J'ai peur de rater le devoir de la semaine prochaine.

Merci,
Clara Lemaître
L1 LLCER anglais
""",
  attach=[("capture tableau de bord.png", "image/png", PNG)],
  gold=G("course_not_on_dashboard", "student", codes=[("HLAN103", "HLAN1O3")], sn=["25003319"], schemes=["hlan:element"],
         note="L1 student no longer sees course HLAN103 (written with letter O for zero) on her dashboard; number only in her sender address; screenshot attached")))

A(dict(fn="029-inspe-enseignante-non-inscrite.eml", client="thunderbird",
  frm=("Corinne Aubry", "corinne.aubry@unicaen.fr"), subj="Non inscrite comme enseignante - (1CA153) Analyse du contexte",
  date="2025-09-16 17:12", cs="utf-8", cte="quoted-printable", fmt="alt",
  body="""Bonjour,

J'interviens cette année à l'INSPE (site de Caen) en M1 MEEF 1er degré, sur l'UE « (1CA153) Analyse du contexte » : j'ai les groupes 2 et 4 le mardi matin. Mes séances sont bien dans ADE depuis juillet.

Pourtant je ne suis pas inscrite dans l'espace Ecampus du cours : je ne le vois pas sur mon tableau de bord, et quand je le trouve par la recherche, on me propose seulement l'accès anonyme.

Ma collègue Mme Pasquier, qui a les groupes 1 et 3, est bien inscrite.

Cordialement,
Corinne Aubry
PRAG - INSPE Normandie Caen
186 rue de la Délivrande, 14000 Caen
""",
  gold=G("teacher_not_enrolled", "staff", codes=[("1CA153", "1CA153")], schemes=["inspe:element"],
         note="INSPE teacher planned in ADE but not enrolled as teacher in 1CA153; groups named only by number")))

A(dict(fn="030-admin-feg-quelle-cohorte.eml", client="zimbra",
  frm=("Julien Marescot", "julien.marescot@unicaen.fr"), subj="Cohortes L1 pour l'espace Réussir sa L1",
  date="2025-09-04 11:45", cs="utf-8", cte="8bit",
  body="""Bonjour,

Nous ouvrons cette année un espace commun « Réussir sa L1 – FEG » (tutorat, méthodologie, annonces) destiné à tous les L1 de l'UFR Économie-Gestion, soit les étapes LECO1 (Licence 1 Économie) et LGES1 (Licence 1 Gestion), ainsi que les L1 AES (LAES1-101).

Questions :
1) Est-ce que les cohortes de ces étapes sont déjà disponibles sur Ecampus et à jour pour 2025-2026 ?
2) Les étudiants inscrits tardivement (IA en octobre) seront-ils ajoutés automatiquement à la cohorte ?
3) Faut-il retirer la synchronisation en fin d'année ?

Merci,
Julien Marescot
Chargé de la pédagogie numérique – UFR Économie-Gestion
Tél. 02 31 56 52 20
""",
  gold=G("cohort_question", "staff", codes=[("LECO1", "LECO1"), ("LGES1", "LGES1"), ("LAES1", "LAES1-101")],
         schemes=["eco:etape"],
         note="composante admin asks about using the cohorts of three L1 étapes for a shared space")))

A(dict(fn="031-caps-cas-destination.eml", client="other",
  frm=("NOEMIE GIRARD", "noemie.girard@etu.unicaen.fr"), subj="PROBLEME CONNEXION CAS",
  date="2025-09-26 13:08", cs="utf-8", cte="7bit",
  body="""BONJOUR,
QUAND JE ME CONNECTE CA ME DIT "CONNEXION REUSSIE" MAIS APRES "CAS NE CONNAIT PAS VOTRE DESTINATION FINALE NI COMMENT VOUS Y REDIRIGER" ET JE N'ARRIVE JAMAIS SUR ECAMPUS. J'UTILISE LE LIEN QUE J'AI EN FAVORI DEPUIS L'ANNEE DERNIERE (cas.unicaen.fr/login).
NUM ETUDIANT : 23.01.55.82
MERCI
NOEMIE GIRARD L3 PSYCHO
""",
  gold=G("cas_unknown_destination", "student", sn=["23015582"],
         note="all-caps student gets CAS 'destination finale' page from an old bookmark; number written with dots")))

A(dict(fn="032-prof-archeo-3-manquants.eml", client="zimbra",
  frm=("Vincent Hue", "vincent.hue@unicaen.fr"), subj="3 étudiants manquants ARCH5T08",
  date="2025-10-03 07:55", cs="utf-8", cte="8bit",
  body="""Bonjour,
il me manque 3 étudiants dans le cours ARCH5T08 (méthodes de terrain, L3) : 24010231, 24010877 et 23 009 945. Ils sont dans mes listes de TD (groupe G2).
Je les ai ajoutés à la main en attendant (l'un d'eux apparaissait avec l'id utilisateur 118204), mais je préfère que ce soit réglé proprement.
VH
""",
  gold=G("not_enrolled", "staff", codes=[("ARCH5T08", "ARCH5T08"), ("ARC5T08-G2", "G2")],
         sn=["24010231", "24010877", "23009945"], schemes=["arc:element", "arc:groupe"],
         note="terse teacher: three students missing from ARCH5T08 (group given by short name G2); Moodle user id 118204 is not a student number")))

A(dict(fn="033-histoire-trop-enseignants.eml", client="outlook",
  frm=("François Lecourt", "francois.lecourt@unicaen.fr"), subj="RE: inscriptions enseignants master histoire",
  date="2025-09-24 19:20", cs="windows-1252", cte="quoted-printable", fmt="alt",
  body="""Bonsoir,

Je reviens vers vous car le problème n'est pas réglé : dans le séminaire M1HRP9C (Histoire des relations de pouvoir, M1 Histoire) il y a maintenant toute l'équipe pédagogique du master inscrite comme enseignant, soit 22 personnes. Cela fait désordre vis-à-vis des étudiants et certains collègues reçoivent les dépôts de devoirs.

https://ecampus.unicaen.fr/enrol/users.php?id=39877

Je suis seul à enseigner dans ce séminaire avec Mme Durand.

Bien cordialement,
François Lecourt
Professeur d'histoire médiévale – UFR HSS

De : François Lecourt
Envoyé : lundi 22 septembre 2025 10:03
À : cemu.assistance@unicaen.fr
Objet : inscriptions enseignants master histoire

Bonjour, il y a beaucoup trop d'enseignants dans mon séminaire de M1. Pouvez-vous regarder ? F. Lecourt
""",
  gold=G("too_many_teachers", "staff", codes=[("M.1HRP9C", "M1HRP9C")], cids=[39877], schemes=["hssmaster:element"],
         note="follow-up from teacher: 22 teachers enrolled in M.1HRP9C (written without the dot) instead of 2")))

A(dict(fn="034-lien-teams-soutenance.eml", client="gmail",
  frm=("Inès Kaddour", "ines.kaddour@etu.unicaen.fr"), subj="Lien Teams soutenance ne marche pas",
  date="2026-02-09 13:47", cs="utf-8", cte="quoted-printable",
  body="""Bonjour,

J'ai ma soutenance de stage (L3 LEA, campus de Cherbourg) cet après-midi à 15h et le lien Teams qui a été déposé dans le cours C1LEA04 ne fonctionne pas : quand je clique, Teams me dit "Cette réunion n'existe plus".

ID de la réunion : 378 214 556 901
Code secret : hT7qP2

Est-ce que vous pouvez me dire qui contacter ? Ma tutrice est injoignable et je dois me connecter dans 1h.

Merci,
Inès Kaddour
07 58 41 26 33
""",
  gold=G("other", "student", codes=[("C1LEA04", "C1LEA04")], schemes=["ant:element"],
         note="Teams meeting link for a defence does not work; meeting ID and phone are look-alikes")))

A(dict(fn="035-adresse-mail-ancienne.eml", client="outlook",
  frm=("Aurélie Vautier", "aurelie.vautier@unicaen.fr"), subj="Adresse électronique erronée sur Ecampus",
  date="2025-11-12 10:03", cs="windows-1252", cte="base64", fmt="html",
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body><div style="font-family:Calibri,Arial,Helvetica,sans-serif;font-size:11pt">
<p>Bonjour,</p>
<p>Depuis mon mariage j’ai changé de nom d’usage (ex-Mme Aurélie Pottier) et mon adresse est désormais aurelie.vautier@unicaen.fr. La DRH et la messagerie ont été mises à jour en septembre.</p>
<p>Pourtant sur Ecampus mon profil affiche toujours «&nbsp;Aurélie POTTIER&nbsp;» et les notifications des forums partent sur l’ancienne adresse aurelie.pottier@unicaen.fr, qui sera supprimée fin novembre.</p>
<p>Je ne trouve pas comment modifier ces informations dans mon profil (les champs sont grisés).</p>
<p>Cordialement,</p>
<p>Aurélie Vautier<br>Ingénieure pédagogique – Pôle formation continue (SUFCA)<br>Tél. 02 31 56 63 77 – Bureau 112</p>
</div></body></html>
""",
  gold=G("wrong_name", "staff",
         note="staff member's name and e-mail in Ecampus still the old ones after a change of usage name (HTML-only)")))

A(dict(fn="036-alencon-cours-inexistant.eml", client="thunderbird",
  frm=("Dominique Chevalier", "dominique.chevalier@unicaen.fr"), subj="Cours inexistant sur Ecampus - campus d'Alençon",
  date="2025-09-11 16:30", cs="iso-8859-1", cte="8bit",
  body="""Bonjour,

Au campus d'Alençon, l'enseignante de l'EC A1GEA07 « Comptabilité générale » (BUT GEA 1ère année, étape AGEA1) ne trouve pas son espace de cours sur Ecampus. En cherchant le code je ne trouve rien non plus.

Je vois que dans Apogée cet élément est désormais porté par A1GEA05 (mutualisation avec le parcours GC2F décidée en juin). Est-ce que cela explique l'absence de l'espace ? Dans ce cas les étudiants de A1GEA07 seront-ils bien inscrits dans l'espace de A1GEA05 ?

Les cours commencent lundi 15 septembre.

Cordialement,

Dominique Chevalier
Responsable administrative - Campus d'Alençon
Site universitaire de Damigny - 61250 Damigny
Tél. 02 33 80 85 11
""",
  gold=G("course_missing", "staff", codes=[("A1GEA07", "A1GEA07"), ("AGEA1", "AGEA1"), ("A1GEA05", "A1GEA05")],
         schemes=["ant:element", "ant:etape"],
         note="Alençon admin: course of A1GEA07 missing, element now porté by A1GEA05; postcode 61250 is a look-alike")))

A(dict(fn="037-en-participants-block.eml", client="outlook",
  frm=("Daniel Whitfield", "daniel.whitfield@unicaen.fr"), subj="Where is the Participants block?",
  date="2025-09-15 11:19", cs="utf-8", cte="7bit",
  body="""Hello,

Quick question: on my course page for "Academic Writing" (HLAN201) the Participants block on the right-hand side is gone. Last year I used it all the time to e-mail the group. Has it been removed, or did I delete it by mistake? I can't find it in "Add a block" either.

Course: https://ecampus.unicaen.fr/course/view.php?id=40552

Cheers,
Dan Whitfield
Lecteur d'anglais, UFR LVE
""",
  gold=G("participants_block_missing", "staff", codes=[("HLAN201", "HLAN201")], cids=[40552], lang="en", schemes=["hlan:element"],
         note="English lector: Participants block gone from his course page")))

A(dict(fn="038-ead-mauvais-groupe.eml", client="orange",
  frm=("Sabrina Tessier", "sabrina.tessier61@orange.fr"), subj="inscription à distance - mauvais groupe",
  date="2025-10-15 21:04", cs="iso-8859-1", cte="quoted-printable",
  body="""Bonjour,

Je suis inscrite en licence d'anglais à distance (EAD, je travaille à côté) et dans le cours IRAN-15 sur Ecampus je suis placée dans le groupe IRAN15-TD1 qui est un groupe de présentiel, du coup je n'ai pas accès aux devoirs et aux visios du groupe à distance IRAN15-D1.

L'an dernier j'étais bien dans le groupe à distance. Mon inscription administrative est en télé-enseignement, j'ai payé les droits EAD.

N° étudiant 21609846 / INE 2303015476G

Merci de votre aide,
Sabrina Tessier
""",
  gold=G("wrong_group", "student", codes=[("IRAN-15", "IRAN-15"), ("IRAN15-TD1", "IRAN15-TD1"), ("IRAN15-D1", "IRAN15-D1")],
         sn=["21609846"], schemes=["faqdash:element", "faqdash:groupe"],
         note="distance-learning student placed in a face-to-face group of IRAN-15 instead of the EAD group")))

A(dict(fn="039-cherbourg-lea-liste-html.eml", client="outlook",
  frm=("Stéphanie Le Bas", "stephanie.lebas@unicaen.fr"), subj="[Cherbourg] L1 LEA non inscrits C1LEA04",
  date="2025-10-10 09:36", cs="utf-8", cte="quoted-printable", fmt="html",
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family: Calibri, sans-serif; font-size: 11pt;">
<p>Bonjour,</p>
<p>Les étudiants de L1 LEA du site de Cherbourg (étape CLEA1) listés ci-dessous ne sont pas inscrits dans l'espace Ecampus de l'EC <b>C1LEA04</b> «&nbsp;Civilisation des pays anglophones&nbsp;», alors que leurs IP sont faites jusqu'au groupe.</p>
<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse;font-size:10pt">
<thead><tr style="background:#ddd"><th>N° Etudiant</th><th>NOM Prénom</th><th>Groupe TD</th><th>Téléphone</th></tr></thead>
<tbody>
<tr><td>25031177</td><td>HAMON Lucie</td><td>C1LEA04TD1</td><td>06 45 12 78 90</td></tr>
<tr><td>25030864</td><td>LEPETIT Maxime</td><td>C1LEA04TD1</td><td>07 69 33 10 25</td></tr>
<tr><td>25032509</td><td>DIALLO Fatoumata</td><td>C1LEA04TD2</td><td>06 20 84 51 47</td></tr>
<tr><td>250314526</td><td>QUESNEL Baptiste</td><td>C1LEA04TD2</td><td>06 03 96 72 18</td></tr>
</tbody></table>
<p>(Pour M. Quesnel je vérifie son numéro, il me semble qu'il y a un chiffre de trop.)</p>
<p>Bien cordialement,<br>
Stéphanie Le Bas<br>
Scolarité – Site universitaire de Cherbourg<br>
Rue Max-Pol Fouchet – 50130 Cherbourg-en-Cotentin – 02 33 01 45 60</p>
</div></body></html>
""",
  gold=G("not_enrolled", "staff",
         codes=[("CLEA1", "CLEA1"), ("C1LEA04", "C1LEA04"), ("C1LEA04TD1", "C1LEA04TD1"), ("C1LEA04TD2", "C1LEA04TD2")],
         sn=["25031177", "25030864", "25032509"], schemes=["ant:etape", "ant:element", "ant:groupe"],
         note="Cherbourg secretary: HTML table of L1 LEA students not enrolled in C1LEA04; 250314526 has 9 digits (typo, not valid, left out); phone column")))

A(dict(fn="040-bounce-user-unknown.eml", client="other",
  frm=("Mail Delivery System", "MAILER-DAEMON@smtp.unicaen.fr"), subj="Undelivered Mail Returned to Sender",
  date="2025-10-23 15:12", cs="utf-8", cte="7bit", fmt="report",
  hdrs=[("Auto-Submitted", "auto-replied")],
  body="""This is the mail system at host smtp.unicaen.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<jean-yves.lamy@unicaen.fr>: host zimbra.unicaen.fr[10.14.2.31] said: 550 5.1.1
    <jean-yves.lamy@unicaen.fr>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)
""",
  dsn="""Reporting-MTA: dns; smtp.unicaen.fr
X-Postfix-Queue-ID: 4cZ8Tq0xGhz9vBq
Arrival-Date: Thu, 23 Oct 2025 15:12:40 +0200 (CEST)

Final-Recipient: rfc822; jean-yves.lamy@unicaen.fr
Original-Recipient: rfc822;jean-yves.lamy@unicaen.fr
Action: failed
Status: 5.1.1
Remote-MTA: dns; zimbra.unicaen.fr
Diagnostic-Code: smtp; 550 5.1.1 <jean-yves.lamy@unicaen.fr>: Recipient address
    rejected: User unknown in virtual mailbox table
""",
  orig="""Date: Thu, 23 Oct 2025 15:12:38 +0200
From: CEMU Assistance <cemu.assistance@unicaen.fr>
To: jean-yves.lamy@unicaen.fr
Subject: Re: [CEMU #48377] Votre demande - cours L2SOC14A
Message-ID: <48377.1761225158.cemu@assistance.unicaen.fr>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Bonjour,

Votre ticket a été résolu. L'étudiante est désormais inscrite dans le cours.

Cordialement,
L'équipe CEMU
""",
  gold=G("other", "unknown", codes=[("L2SOC14A", "L2SOC14A")], auto=True, schemes=["soc:element"],
         note="delivery failure (bounce) of a CEMU reply about L2SOC14A to an unknown staff address")))
