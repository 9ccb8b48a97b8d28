from common import g, outlook, tbird

MAILS = []
A = MAILS.append

A(dict(fn="020-staps-transfert-etudiante.eml", frm=("Arnaud Guérin", "arnaud.guerin@unicaen.fr"),
 subj="Fwd: pas accès au cours de physiologie", date="2025-10-07 08:03", kind="alt",
 text="""Bonjour,

je vous transfère le message d'une étudiante de L2 qui n'est pas inscrite dans mon cours STP3-U12 (Physiologie de l'effort). Elle est bien sur ma liste d'émargement.
Pouvez-vous voir ?

Merci
A. Guérin

---------- Message transféré ---------
De : Manon Cartier <manon.cartier@etu.unicaen.fr>
Date: lun. 6 oct. 2025 à 18:41
Subject: pas accès au cours de physiologie
To: <arnaud.guerin@unicaen.fr>


Bonjour Monsieur,

Je n'ai pas accès au cours de physiologie de l'effort sur ecampus (STP3U12), je ne peux donc pas faire le QCM d'entraînement.
Je suis en L2 STAPS parcours APAS, n° étudiant 24.00.87.15

Merci,
Manon Cartier
""",
 gold=g("not_enrolled", "staff", [("STP3-U12", "STP3U12")], ["24008715"], [], schemes=["staps-elp"],
        note="teacher forwards a student's mail; code given correctly by the teacher and without dash by the student; number with dots")))

A(dict(fn="021-erasmus-cannot-login.eml", frm=("Lukas Becker", "lukas.becker@stud.uni-heidelberg.de"),
 subj="Cannot log in to Ecampus (exchange student)", date="2025-09-12 10:37",
 text="""Hi,

I arrived in Caen last week as an exchange student (Erasmus+, Faculty of Law, whole year). I received my student number 25112406 by email from the international office, but I cannot log in to Ecampus: when I click on the CAS button, it says my username or password is wrong. I never received any activation email.

Is there something I need to do first? My courses (e.g. Droit international public, DL3INT5) start on Monday.

Best regards,
Lukas Becker
Ruprecht-Karls-Universität Heidelberg
+49 1512 3348817
""",
 gold=g("cannot_login", "student", ["DL3INT5"], ["25112406"], [], lang="en", schemes=["droit-elp"],
        note="incoming Erasmus student writing from home university, account not activated")))

A(dict(fn="022-inspe-reponse-ticket-toujours-invisible.eml", frm=("Martine Osmont", "martine.osmont@unicaen.fr"),
 subj="Re: [CEMU #318204] Cours PE1-UE32 non visible", date="2025-10-02 13:26",
 hdrs=[("In-Reply-To", "<cemu-318204-2@assistance.unicaen.fr>"), ("References", "<cemu-318204-1@assistance.unicaen.fr> <cemu-318204-2@assistance.unicaen.fr>"),
       ("User-Agent", "Mozilla Thunderbird")],
 text="""Bonjour,

Merci pour votre réponse. J'ai fait la manipulation (Paramètres > Visibilité du cours > Afficher) mais les étudiants du groupe PE1-CAEN-A ne voient toujours pas le cours. L'un d'eux m'a envoyé une capture : le cours n'apparaît pas dans sa liste.
D'après mes collègues, d'autres cours de la même catégorie (M1 MEEF PE Caen) ne sont pas visibles non plus.

Cordialement,
Martine Osmont
Formatrice – INSPE Normandie Caen
186 rue de la Délivrande, 14000 Caen


Le 01/10/2025 à 10:12, CEMU Assistance a écrit :
> Bonjour,
>
> Les espaces de cours créés automatiquement sont cachés par défaut. Pour
> rendre votre cours (PE1-UE32) visible aux étudiants, allez dans
> Paramètres > Visibilité du cours et choisissez « Afficher ».
>
> Cordialement,
> L'équipe du CEMU
""",
 gold=g("students_cannot_see_course", "staff", ["PE1-UE32", "PE1-CAEN-A"], [], [], schemes=["inspe-elp", "inspe-groupe"],
        note="reply on a ticket: course set visible but students still cannot see it (category hidden?)")))

A(dict(fn="023-tiers-temps-test.eml", frm=("Isabelle Roger", "isabelle.roger@unicaen.fr"),
 subj="Tiers-temps sur un test Ecampus", date="2026-01-27 16:52",
 text="""Bonjour,

J'organise un QCM en ligne sur Ecampus pour le cours S2CHI03 (Chimie des solutions) le 3 février de 14h à 15h. Deux étudiants bénéficient d'un tiers-temps (aménagement d'examen).
Comment leur donner 20 minutes de plus sans modifier le test pour les autres ? J'ai vu les « dérogations utilisateur » mais je ne suis pas sûre de moi.

Les étudiants concernés sont 25017743 et 25020981.
Le test : https://ecampus.unicaen.fr/mod/quiz/view.php?id=1893412

Merci,
Isabelle Roger
UFR des Sciences – Chimie
""",
 gold=g("other", "staff", ["S2CHI03"], ["25017743", "25020981"], [], schemes=["sciences-elp"],
        note="quiz setting question (extra time for two students); the link is a quiz module id, not a course id")))

A(dict(fn="024-psy-distance-mauvais-groupe.eml", frm=("Sophie Lecarpentier", "sophie.lecarpentier@orange.fr"),
 subj="Groupe présentiel au lieu de distance", date="2025-10-14 22:10", kind="alt",
 text="""Bonjour,

Je suis inscrite en L3 psychologie à distance (télé-enseignement, étape LPSY3). Dans le cours PSY5C11 (Psychopathologie de l'adulte), je me retrouve dans le groupe « TD 3 présentiel » et je n'ai pas accès aux classes virtuelles du groupe EAD.
Je travaille à côté et ne peux pas me rendre à Caen le jeudi.

Mon numéro étudiant : 21907355
INE : 0904012387K

Merci de faire le nécessaire.

Sophie Lecarpentier
15 rue des Tilleuls
50000 Saint-Lô
06 71 22 90 14
""",
 gold=g("wrong_group", "student", ["LPSY3", ("PSY5-C11", "PSY5C11")], ["21907355"], [], schemes=["psy-etape", "psy-elp"],
        note="distance-learning student placed in an on-site TD group; gives INE and postcode too")))

A(dict(fn="025-sante-erreur-lecture-bdd.eml", frm=("Dominique Vautier", "dominique.vautier@unicaen.fr"),
 subj="Erreur de lecture de la base de données", date="2025-11-20 17:44", png="Capture d’écran 2025-11-20 174102.png",
 text="""Bonjour,

En voulant enregistrer les notes du devoir 2 dans le carnet de notes de mon cours (MED2UE07), j'obtiens depuis 20 minutes « Erreur de lecture de la base de données » et une page quasiment blanche. J'ai réessayé plusieurs fois, même résultat. Capture jointe.

Est-ce un problème général ? Les notes doivent être publiées ce soir.

Dr D. Vautier
PU-PH – UFR Santé
CHU de Caen, poste 4 52 17
""",
 gold=g("database_error", "staff", ["MED2UE07"], [], [], schemes=["sante-elp"],
        note="teacher gets 'Erreur de lecture de la base de données' when saving grades; screenshot")))

A(dict(fn="026-erasmus-dashboard-missing.eml", frm=("Aoife Byrne", "aoife.byrne@etu.unicaen.fr"),
 subj="Courses missing from my dashboard", date="2025-10-08 12:15",
 text="""Hello,

Some of my courses don't show on the Ecampus dashboard (Tableau de bord). I'm enrolled in 5 modules this semester but only 3 appear in "Course overview". The missing ones are ang3u04 and LEA3U02 – I can find them with the search bar and I can open them, so I think I'm enrolled.

Is there a setting I'm missing?

Thanks a lot,
Aoife Byrne
Erasmus student, Trinity College Dublin
Student no. 25109317
""",
 gold=g("course_not_on_dashboard", "student", [("ANG3U04", "ang3u04"), "LEA3U02"], ["25109317"], [], lang="en", schemes=["lve-elp"],
        note="Erasmus student: two courses not shown in Course overview although she can open them")))

A(dict(fn="027-iut-cohorte-restee-active.eml", frm=("Pascal Menant", "pascal.menant@unicaen.fr"),
 subj="Synchronisation de cohorte restée active", date="2025-09-25 11:08",
 text="""Bonjour,

L'an passé, pour dépanner, nous avions ajouté une synchronisation de cohorte « BUT GEA 2e année » dans le cours GE2R3.04 (Comptabilité de gestion), parce que les IP étaient en retard :
https://ecampus.unicaen.fr/enrol/instances.php?id=44718

Cette année, des étudiants qui sont maintenant en 3e année (BUTGE3) apparaissent encore dans le cours et reçoivent les annonces.
Si je supprime la méthode « Synchronisation des cohortes », est-ce que cela désinscrit aussi les étudiants inscrits automatiquement par la base de données ? Je ne voudrais pas faire de bêtise.

Cordialement,

Pascal Menant
Responsable administratif du département GEA
IUT Grand Ouest Normandie – site de Caen
Boulevard Maréchal Juin – 14032 Caen Cedex
""",
 gold=g("cohort_question", "staff", ["GE2R3.04", "BUTGE3"], [], [44718], schemes=["iut-elp", "iut-etape"],
        note="a cohort sync added last year is still active; asks whether removing it unenrols database enrolments")))

A(dict(fn="028-relance-ticket-etudiant-lve.eml", frm=("Enzo Moreau", "enzo.moreau@etu.unicaen.fr"),
 subj="RE: [CEMU #318591] Etudiants non inscrits - ESP3U01", date="2025-10-16 09:40", charset="windows-1252", cte="8bit",
 hdrs=[("In-Reply-To", "<cemu-318591-1@assistance.unicaen.fr>")],
 text="""Bonjour,

Je me permets de relancer car je ne suis toujours pas inscrit dans le cours ESP3U01 ni d’ailleurs dans ESP3U03 (Traduction). La scolarité m’a dit que c’était réglé de leur côté depuis mardi.
Mon numéro : 24017790

Cordialement,
Enzo Moreau

-----Message d'origine-----
De : Sandrine Lefèvre <sandrine.lefevre@unicaen.fr>
Envoyé : vendredi 10 octobre 2025 08:55
À : Jade Hebert <jade.hebert@etu.unicaen.fr>; Enzo Moreau <enzo.moreau@etu.unicaen.fr>; Aminata N'Diaye <aminata.ndiaye@etu.unicaen.fr>
Objet : TR: [CEMU #318591] Etudiants non inscrits - ESP3U01

Pour info, le CEMU a pris en charge votre situation.
SL

De : CEMU Assistance <cemu.assistance@unicaen.fr>
Envoyé : jeudi 9 octobre 2025 15:02
Objet : [CEMU #318591] Etudiants non inscrits - ESP3U01

Bonjour,
Votre demande a bien été enregistrée sous le numéro 318591. Un membre de l’équipe va la traiter dans les meilleurs délais.
L’équipe du CEMU
""",
 gold=g("not_enrolled", "student", ["ESP3U01", "ESP3U03"], ["24017790"], [], schemes=["lve-elp"],
        note="student replies to a forwarded ticket acknowledgement: still not enrolled in two courses")))

A(dict(fn="029-inspe-formatrice-non-inscrite.eml", frm=("Valérie Hue", "valerie.hue@unicaen.fr"),
 subj="Enseignante non inscrite dans SD2-UE14", date="2025-09-26 14:31", kind="html",
 hdrs=[("X-Mailer", "Microsoft Outlook 16.0")],
 html=outlook([
  "Bonjour,",
  "",
  ("raw", '<p class="MsoNormal">Mme Karine Lesueur, formatrice en M2 MEEF second degré, n\'apparaît pas comme enseignante dans l\'espace Ecampus du cours SD2-UE14 «&nbsp;Analyse de pratiques professionnelles&nbsp;» (<a href="https://ecampus.unicaen.fr/course/view.php?id=52290">lien</a>), alors qu\'elle est bien planifiée dans ADE pour les groupes SD2-SLO-1 et SD2-SLO-2 (site de Saint-Lô) depuis le 15 septembre.<o:p></o:p></p>\n'),
  "Ses collègues planifiés sur les groupes de Caen sont bien inscrits.",
  "",
  "Pourriez-vous regarder ?",
  "",
  "Valérie Hue",
  "Gestionnaire pédagogique MEEF 2nd degré",
  "INSPE Normandie Caen – tél. 02 31 56 31 77",
 ]),
 gold=g("teacher_not_enrolled", "staff", ["SD2-UE14", "SD2-SLO-1", "SD2-SLO-2"], [], [52290], schemes=["inspe-elp", "inspe-groupe"],
        note="secretary: a trainer planned in ADE is not enrolled as teacher; link hidden behind the word 'lien'")))

A(dict(fn="030-automatic-reply-en.eml", frm=("Sarah Mitchell", "s.mitchell@leeds.ac.uk"),
 subj="Automatic reply: [CEMU #318977] Access to my course on Ecampus", date="2026-01-23 18:02",
 hdrs=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("Precedence", "bulk")],
 text="""Thank you for your email. I am currently travelling with limited access to email and will be back on Monday 2 February 2026.

For urgent matters regarding the MSc HRM programme please contact lubs.pgt@leeds.ac.uk.

Best wishes,
Sarah
""",
 gold=g("other", "unknown", [], [], [], lang="en", auto=True, note="English out-of-office reply to a CEMU ticket")))

A(dict(fn="031-iut-favori-cas.eml", frm=("Gérard Lemonnier", "gerard.lemonnier@unicaen.fr"),
 subj="Connexion Ecampus bloquée sur la page CAS", date="2025-11-03 08:22",
 text="""Bonjour,

Depuis que mon navigateur a été réinstallé par le service informatique, j'utilise le favori « Ecampus » qui m'amène sur https://cas.unicaen.fr/login . Je me connecte, j'ai le message « Connexion réussie » mais je ne suis jamais redirigé vers mes cours. Avant ça marchait très bien.

Que dois-je faire ?

G. Lemonnier
IUT Grand Ouest Normandie – département TC
Bureau B 204 – 02 31 56 70 45
""",
 gold=g("cas_unknown_destination", "staff", [], [], [], note="teacher's bookmark points at the bare CAS login page")))

A(dict(fn="032-sante-ue-sans-espace.eml", frm=("Corinne Madeleine", "corinne.madeleine@unicaen.fr"),
 subj="Création espace Ecampus UE 11 DFGSM2", date="2025-10-01 10:05", kind="alt", cte="base64",
 text="""Bonjour,

La nouvelle UE « Santé numérique » (MED2UE11) a été ajoutée à la maquette de DFGSM2 à la rentrée (étape DFGSM2-301). Les étudiants y sont inscrits pédagogiquement depuis le 22 septembre, mais aucun espace de cours n'existe sur Ecampus. Les enseignants attendent de pouvoir y déposer leurs ressources.

Pouvez-vous créer l'espace ou nous dire ce qui manque ?

Bien cordialement,

Corinne Madeleine
Scolarité 2e année de médecine – UFR Santé
Pôle formation et recherche en santé (PFRS)
2 rue des Rochambelles – 14032 Caen cedex 5
02 31 56 82 09
""",
 gold=g("course_missing", "staff", ["MED2UE11", ("DFGSM2", "DFGSM2-301")], [], [], schemes=["sante-elp", "sante-etape"],
        note="new UE has no Ecampus space; base64 multipart")))

A(dict(fn="033-erasmus-not-enrolled-geo.eml", frm=("María Fernández López", "maria.fernandez.lopez@etu.unicaen.fr"),
 subj="Not enrolled in my courses", date="2025-09-30 17:48", kind="alt",
 text="""Hello,

My name is María Fernández López, I'm an Erasmus student from Universidad de Salamanca, here for the whole year in Geography. My learning agreement was signed by the department and I'm registered for:
- HGEO5.02 (Géographie urbaine)
- HGEO 5.09 (Télédétection)
- HGEO3.07 (Géographie des risques) - this one is a L2 course

But on Ecampus I don't see any course, only the help page. My classmates already have the documents for next week.

Student number: 25107728

Thank you very much!
María
""",
 gold=g("not_enrolled", "student", ["HGEO5.02", ("HGEO5.09", "HGEO 5.09"), "HGEO3.07"], ["25107728"], [], lang="en",
        schemes=["geo-elp"], note="incoming Erasmus student enrolled in no course; one code with a space")))

A(dict(fn="034-nom-usage-enseignante.eml", frm=("Aurélie Normand", "aurelie.normand@unicaen.fr"),
 subj="Nom d'usage sur Ecampus", date="2025-09-09 12:02",
 text="""Bonjour,

Depuis mon mariage cet été, mon nom d'usage est Normand (adresse aurelie.normand@unicaen.fr, qui fonctionne déjà). Mais sur Ecampus je m'appelle toujours Aurélie Vasseur, et les notifications partent vers mon ancienne adresse aurelie.vasseur@unicaen.fr.
Les étudiants de mes cours de L1 (S1BIO02 entre autres) ne comprennent plus qui je suis.

Est-ce que vous pouvez mettre à jour ?

Aurélie Normand
MCF Biologie – UFR des Sciences
02 31 56 53 10
""",
 gold=g("wrong_name", "staff", ["S1BIO02"], [], [], schemes=["sciences-elp"],
        note="teacher's married name and e-mail not updated in Ecampus")))

A(dict(fn="035-musico-certains-ne-voient-pas.eml", frm=("Anne-Sophie Brault", "as.brault@unicaen.fr"),
 subj="étudiants qui ne voient pas le cours", date="2025-09-19 18:25",
 text="""Bonjour,

J'ai rendu visible hier le cours (MUS1FMU) Formation musicale 1. Une partie des étudiants le voit, les autres me disent qu'il n'apparaît pas, et ce sont tous des L1 musicologie du même groupe.
Franchement je ne comprends pas, c'est la troisième année que j'ai ce problème à la rentrée et personne n'a jamais su me dire pourquoi.

https://ecampus.unicaen.fr/course/view.php?id=46655

A.-S. Brault
""",
 gold=g("students_cannot_see_course", "staff", ["MUS1FMU"], [], [46655], schemes=["musico-elp"],
        note="annoyed teacher: course made visible, part of the students still do not see it")))

A(dict(fn="036-iae-cours-renomme.eml", frm=("Stéphane Hamon", "stephane.hamon@unicaen.fr"),
 subj="Cours renommé et déplacé ??", date="2025-09-10 17:14", kind="html", charset="windows-1252", cte="quoted-printable",
 hdrs=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic", "Cours renommé et déplacé ??")],
 html=outlook([
  "Bonjour,",
  "",
  "Mon cours de contrôle de gestion, anciennement « (IM1CDG02) Contrôle de gestion » dans la catégorie M1 CCA, apparaît depuis lundi sous le nom « (IM1CDG02) Pilotage de la performance » et dans une catégorie « M1 Contrôle de gestion et audit organisationnel ».",
  "Je n’ai pas été prévenu et les étudiants me demandent s’ils doivent toujours le suivre.",
  "",
  "Est-ce normal ?",
  "",
  "Cordialement,",
  "Stéphane Hamon",
  "PRAG – IAE Caen",
 ], charset="windows-1252"),
 gold=g("course_moved_renamed", "staff", ["IM1CDG02"], [], [], schemes=["iae-elp"],
        note="course renamed and moved to another category; HTML windows-1252")))

A(dict(fn="037-inspe-transfert-trop-enseignants.eml", frm=("Florence Duchemin", "florence.duchemin@unicaen.fr"),
 subj="TR: Ecampus - trop d'enseignants", date="2025-09-30 10:47",
 hdrs=[("X-Mailer", "Microsoft Outlook 16.0")],
 text="""Bonjour,

Je vous transfère la remarque de M. Picard. Je confirme que seuls M. Picard et Mme Jeanne interviennent en PE2-UE41. Les autres ont peut-être été associés en bloc dans ADE, je vais vérifier de mon côté.

Bonne journée,
F. Duchemin
Scolarité MEEF – INSPE Normandie Caen

De : Laurent Picard <laurent.picard@unicaen.fr>
Envoyé : mardi 30 septembre 2025 08:12
À : Florence Duchemin <florence.duchemin@unicaen.fr>
Objet : Ecampus - trop d'enseignants

Florence,

Dans l'espace Ecampus de l'UE PE2-UE41 (Didactique des mathématiques), il y a 23 enseignants inscrits ! Je ne connais pas la moitié d'entre eux. Quand je poste une annonce tout le monde la reçoit.
https://ecampus.unicaen.fr/user/index.php?id=52017
Peux-tu voir avec le CEMU ?

Laurent
""",
 gold=g("too_many_teachers", "staff", ["PE2-UE41"], [], [52017], schemes=["inspe-elp"],
        note="secretary forwards a teacher's complaint: 23 teachers enrolled (Outlook forward)")))

A(dict(fn="038-iut-tc-liste-non-inscrits.eml", frm=("Émilie Rault", "emilie.rault@unicaen.fr"),
 subj="Inscriptions manquantes BUT TC 1ère année", date="2025-09-29 15:33",
 text="""Bonjour,

Les étudiants suivants (BUT TC 1, BUTTC1-110) n'apparaissent dans aucun cours Ecampus du S1, alors que leurs IP sont validées depuis le 19/09 (groupes TD et TP renseignés) :

N° étudiant	Nom	Prénom	Groupe TP
25041177	BRIAND	Lucas	TC1-TPA2
25041203	COLLET	Inès	TC1-TPA2
25040968	FONTAINE	Maxime	TC1-TPB1
25042310	GUEYE	Awa	TC1-TPB1

Par exemple ils ne sont pas dans TC1R1.05 (Économie) ni dans TC1S102 (SAÉ Marketing). Les autres étudiants des mêmes groupes sont bien inscrits.

Merci d'avance,

Émilie Rault
Secrétariat pédagogique – département TC
IUT Grand Ouest Normandie
Tél : 02 31 56 70 12 – Fax : 02 31 56 70 99
""",
 gold=g("not_enrolled", "staff", [("BUTTC1", "BUTTC1-110"), "TC1-TPA2", "TC1-TPB1", "TC1R1.05", ("TC1S1.02", "TC1S102")],
        ["25041177", "25041203", "25040968", "25042310"], [], schemes=["iut-etape", "iut-groupe", "iut-elp"],
        note="secretary lists 4 students (tab table) enrolled in no S1 course")))
