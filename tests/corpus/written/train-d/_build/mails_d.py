from lib import *

M(fn="061-gmail-reponse-prof-espagnol.eml", client="zimbra",
  frm='"Nuria Castells" <nuria.castells@unicaen.fr>',
  subj="Re: [CEMU #48611] Étudiants non inscrits - ES-10A",
  date="2025-10-16 08:47", cs="utf-8", cte="qp",
  irt="<GLPI-Ticket-48611.1760541100.30415@assistance.unicaen.fr>",
  body="""Bonjour,

Voici les étudiants que j'ai en cours (feuille d'émargement du 14/10) et qui ne figurent pas dans l'espace :

BOUVIER Anaïs – 22107731 (INE 2207023441D)
KONATÉ Moussa – 25019846
LAMBERT Jeanne – 24012260

Tous trois sont en L1 LLCER anglais et suivent l'espagnol en LV2.

Cordialement,
Nuria Castells

----- Mail original -----
De: "CEMU Assistance" <cemu.assistance@unicaen.fr>
À: "Nuria Castells" <nuria.castells@unicaen.fr>
Envoyé: Mercredi 15 Octobre 2025 17:11:40
Objet: [CEMU #48611] Étudiants non inscrits - ES-10A

> Bonjour,
> Pourriez-vous nous transmettre les numéros étudiants des personnes
> concernées (ou au moins de l'une d'entre elles) ?
> Cordialement,
> L'équipe CEMU
""",
  gold=dict(codes=[("ES-10A", "ES-10A")], nums=["22107731", "25019846", "24012260"], sym="not_enrolled", role="staff",
            schemes=["lve"], note="Zimbra reply on a ticket listing students (name – number – INE) missing from an LV2 course"))

M(fn="062-prof-export-notes.eml", client="outlook",
  frm='"Hervé Paysant" <herve.paysant@unicaen.fr>',
  subj="Exporter les notes vers la scolarité",
  date="2026-01-26 16:05", cs="windows-1252", cte="qp",
  body="""Bonjour,

La scolarité me demande les notes de contrôle continu de SMAT105 au format «\u00a0Apogée\u00a0» (fichier avec n° étudiant et note sur 20). Dans le carnet de notes d’Ecampus je ne vois qu’un export avec les adresses mail et les noms. Est-il possible d’avoir le numéro étudiant dans l’export ? Sinon comment faites-vous d’habitude ?

Merci d’avance,
Hervé Paysant
Département de mathématiques
""",
  gold=dict(codes=[("SMAT105", "SMAT105")], sym="other", role="staff", schemes=["sci"],
            note="grade export question (gradebook), not a sync problem"))

M(fn="063-pharma-element-recree-archive.eml", client="outlook",
  frm='"Nathalie Guérin" <nathalie.guerin@unicaen.fr>',
  subj="Espace PH2UE09 passé en archive",
  date="2025-09-11 09:36", cs="windows-1252", cte="b64",
  body="""Bonjour,

Suite à une erreur de manipulation dans Apogée la semaine dernière, l’élément PH2UE09 (Biochimie structurale, DFGSP2) a été supprimé puis recréé à l’identique lundi.

Entre-temps, l’espace Ecampus correspondant a été déplacé dans la catégorie « Archives » et renommé, et la responsable de l’UE ne retrouve plus son cours à sa place habituelle. Pouvez-vous le remettre en place avec ses contenus ?

Merci,
Nathalie Guérin
Gestionnaire de scolarité – Pharmacie
Tél. : 02 31 56 60 19
""",
  gold=dict(codes=[("PH2UE09", "PH2UE09"), ("DFGSP2", "DFGSP2")], sym="course_moved_renamed", role="staff", schemes=["pharma"],
            note="element accidentally deleted then recreated in APOGÉE; course was archived and renamed; base64 windows-1252 body"))

M(fn="064-psy-categorie-cachee.eml", client="zimbra",
  frm='"Marc-Antoine Gires" <marc-antoine.gires@unicaen.fr>',
  subj="Cours du M1 psycho clinique invisibles alors que j'ai cliqué sur Afficher",
  date="2025-09-19 17:29", cs="utf-8", cte="qp",
  body="""Bonjour,

Aucun étudiant du M1 Psychologie clinique (MPCLI1) ne voit mes deux cours, PSY-712 « Entretien clinique » et PSY-715 « Psychopathologie psychanalytique ». Dans les paramètres, j'ai bien réglé la visibilité sur « Afficher », enregistré, et pourtant l'œil reste barré et les étudiants me disent qu'ils n'ont rien.

Il me semble que c'est toute la catégorie du master qui est grisée. Ma collègue qui enseigne en M2 a le même souci.

Merci de votre aide,
M.-A. Gires
""",
  gold=dict(codes=[("MPCLI1", "MPCLI1"), ("PSY-712", "PSY-712"), ("PSY-715", "PSY-715")], sym="students_cannot_see_course", role="staff",
            schemes=["psy"], note="students cannot see courses although set visible: the category is hidden"))

M(fn="065-outlook-fwd-tuilage-enseignants.eml", client="outlook",
  frm='"Véronique Hamon" <veronique.hamon@unicaen.fr>',
  subj="TR: Enseignants de l'an dernier dans hlan 201",
  date="2025-09-15 10:02", cs="utf-8", cte="qp",
  body="""Bonjour,

Pour information et traitement si possible : voir le message de ma collègue ci-dessous. Les intervenants ont changé cette année en HLAN201 (Grammaire anglaise S2).

Véronique Hamon
Directrice du département d'études anglophones

De : Alice Brunet <alice.brunet@unicaen.fr>
Envoyé : lundi 15 septembre 2025 09:21
À : Véronique Hamon <veronique.hamon@unicaen.fr>
Objet : Enseignants de l'an dernier dans hlan 201

Bonjour Véronique,

Dans l'espace Ecampus de hlan 201, il y a encore 6 collègues inscrits comme enseignants qui faisaient les TD l'an dernier (dont deux qui sont partis de l'université), en plus de nous trois. Ils ont accès aux copies déposées. Est-ce normal ?

Alice
""",
  gold=dict(codes=[("HLAN201", "HLAN201"), ("HLAN201", "hlan 201")], sym="too_many_teachers", role="staff", schemes=["hlan"],
            note="Outlook forward: last year's teachers still enrolled (overlap with previous year); code lowercase with a space"))

_t066 = table([
 ["Code", "Intitulé", "Semestre", "Responsable"],
 ["LEA1AN02", "Grammaire anglaise appliquée", "S1", "M. Fitzgerald"],
 ["LEA1ES05", "Expression écrite espagnol", "S1", "Mme Ruiz"],
 ["LEA1 AL03", "Civilisation allemande", "S1", "Mme Krüger"],
])
M(fn="066-lea-tableau-cours-manquants.eml", client="outlook",
  frm='"Sandrine Picot" <sandrine.picot@unicaen.fr>',
  subj="Cours L1 LEA non créés sur Ecampus",
  date="2025-09-10 14:48", fmt="html", cs="windows-1252", cte="qp",
  html=outlook(P("Bonjour,") + P("") +
    P("Les espaces de cours suivants (L1 LEA, étapes 1LEAAE / 1LEAAA) n’existent pas sur Ecampus, alors que les autres UE du semestre sont créées&nbsp;:") + P("") +
    _t066 + P("") +
    P("Les enseignants souhaitent y déposer leurs supports avant le 15/09. La maquette de ces UE a été modifiée au printemps (changement d’intitulé seulement).") + P("") +
    P("Bien cordialement,") + P("Sandrine Picot") + P("Scolarité LEA – UFR LVE – bureau LE 027"), "windows-1252"),
  gold=dict(codes=[("1LEAAE", "1LEAAE"), ("1LEAAA", "1LEAAA"), ("LEA1AN02", "LEA1AN02"), ("LEA1ES05", "LEA1ES05"), ("LEA1AL03", "LEA1 AL03")],
            sym="course_missing", role="staff", schemes=["lea"],
            note="HTML table of three courses that do not exist on Ecampus; one code with a stray space"))

M(fn="067-sciences-groupe-cree-enseignant-desinscrit.eml", client="thunderbird",
  frm='"Isabelle Delacour" <isabelle.delacour@unicaen.fr>',
  subj="Plus inscrite comme enseignante dans SMAT105",
  date="2025-10-20 11:36", cs="utf-8", cte="8bit",
  body="""Bonjour,

Depuis vendredi je ne suis plus inscrite comme enseignante dans le cours SMAT105 (Analyse 1), alors que j'y étais depuis la rentrée et que j'y fais le CM et deux TD. D'après la scolarité, un groupe SMAT105A a été créé dans Apogée jeudi dernier pour les étudiants en aménagement d'études ; ça coïncide.

Mes séances dans ADE n'ont pas bougé (elles étaient faites sur tout l'effectif).

Isabelle Delacour
Département de mathématiques – bureau S3 112
""",
  gold=dict(codes=[("SMAT105", "SMAT105"), ("SMAT105A", "SMAT105A")], sym="teacher_not_enrolled", role="staff", schemes=["sci"],
            note="teacher lost her teacher enrolment after a new APOGÉE group masked the ELP_ pseudo-group scheduled in ADE"))

M(fn="068-name-order-accents-en.eml", client="gmail",
  frm='"María García López" <maria.garcia.lopez@etu.unicaen.fr>',
  subj="My name is wrong on ecampus",
  date="2025-09-29 10:05", fmt="alt", cs="utf-8", cte="qp",
  body="""Hello,

On ecampus my name appears as "GARCIA LOPEZ Maria" with the first and last names in the wrong order in some places, and without the accents (María García López). In the participants list teachers cannot find me under García.

My student number is 25103390. I am in the LEA programme (exchange student from Granada).

Thank you,
María
""",
  gold=dict(nums=["25103390"], sym="wrong_name", role="student", lang="en",
            note="English: name without accents / wrong order on Ecampus"))

M(fn="069-redoublant-sinf301-filtre.eml", client="zimbra",
  frm="22013087@etu.unicaen.fr",
  subj="Cours SINF301 plus visible sur le tableau de bord",
  date="2026-01-12 09:02", cs="utf-8", cte="8bit",
  body="""Bonjour,

Je suis redoublant en L2 informatique. Le cours SINF301 (Algorithmique et structures de données) n'apparaît plus sur mon tableau de bord depuis le début de l'année, alors que j'ai encore l'examen de rattrapage. Si je mets le filtre sur « Tous » je le vois dans la liste, marqué « passé ».

C'est normal ?
Merci
""",
  gold=dict(codes=[("SINF301", "SINF301")], nums=["22013087"], sym="course_not_on_dashboard", role="student", schemes=["sci"],
            note="course considered past (end date) so hidden from the 'in progress' dashboard filter"))

M(fn="070-inspe-lien-participants.eml", client="outlook",
  frm='"Hugues Thiébot" <hugues.thiebot@unicaen.fr>',
  subj="Le bloc Participants a disparu",
  date="2025-09-29 13:30", fmt="alt", cs="windows-1252", cte="qp",
  body="""Bonjour,

Dans mon cours de l’UE 2CA301 (M2 MEEF), je n’ai plus le bloc «\u00a0Participants\u00a0» sur la droite, ni d’ailleurs le menu à gauche où il me semble qu’il y avait un lien. Je dois faire l’appel à partir de la liste d’Ecampus. Où est-il passé ?

Cordialement,

Hugues Thiébot
Formateur INSPE – 02 31 46 70 81
""",
  html=outlook(paras("""Bonjour,

Dans mon cours de l’UE 2CA301 (M2 MEEF), je n’ai plus le bloc « Participants » sur la droite, ni d’ailleurs le menu à gauche où il me semble qu’il y avait un lien. Je dois faire l’appel à partir de la liste d’Ecampus. Où est-il passé ?

Cordialement,
""") + P("") + P("Hugues Thiébot") + P("Formateur INSPE – 02 31 46 70 81"), "windows-1252"),
  gold=dict(codes=[("2CA301", "2CA301")], sym="participants_block_missing", role="staff", schemes=["inspe"],
            note="Participants block gone and left menu hidden"))

M(fn="071-sms-lve-O-zero.eml", client="gmail",
  frm='"jade" <jade.b14@gmail.com>',
  subj="cours anglais",
  date="2025-10-02 22:33", fmt="alt", cs="utf-8", cte="qp",
  body="""bsr jai pas acces a an-1OA ni au cours d espagnol alors que jsuis inscrite depuis septembre. num 24009127
jade bouvet
""",
  gold=dict(codes=[("AN-10A", "an-1OA")], nums=["24009127"], sym="not_enrolled", role="student", schemes=["lve"],
            note="SMS-style: code in lowercase with letter O for 0, no word before it"))

M(fn="072-retour-apres-cesure.eml", client="gmail",
  frm='"Amandine Roger" <amandine.roger.caen@gmail.com>',
  subj="Compte Ecampus désactivé après une année de césure",
  date="2025-09-16 12:12", fmt="alt", cs="utf-8", cte="b64",
  body="""Bonjour,

J'ai fait une année de césure en 2024-2025 et je reprends cette année en M1 histoire. Quand je me connecte à Ecampus avec mon ancien identifiant, j'ai le message « Votre compte a été suspendu ». Mon adresse @etu ne marche plus non plus, c'est pour ça que je vous écris depuis Gmail.

J'ai bien fait ma réinscription le 2 septembre (attestation CVEC n° CAE5 T8KQ 4210).
Numéro étudiant : 21703356

Merci !
Amandine Roger
""",
  gold=dict(nums=["21703356"], sym="cannot_login", role="student",
            note="student back from a gap year: account suspended, cannot log in; CVEC certificate number is a look-alike"))

M(fn="073-appli-mobile-notifications.eml", client="iphone",
  frm='"Lou Germain" <lou.germain@etu.unicaen.fr>',
  subj="Notifications application Moodle",
  date="2025-11-19 19:41", cs="utf-8", cte="8bit",
  body="""Bonjour,

Est-ce qu'il est possible de recevoir les notifications d'Ecampus sur l'application Moodle de mon téléphone ? J'ai ajouté le site ecampus.unicaen.fr dans l'appli (version 4.4.1) mais je ne reçois rien quand un prof met un nouveau document.

Merci

Envoyé de mon iPhone
""",
  gold=dict(sym="other", role="student",
            note="question about the Moodle mobile app notifications; version number look-alike"))

M(fn="074-odonto-tableau-tp-b64.eml", client="outlook",
  frm='"Secrétariat Odontologie" <secretariat.odontologie@unicaen.fr>',
  subj="Affectation des groupes de TP - DFGSO2",
  date="2025-10-07 15:55", fmt="html", cs="windows-1252", cte="b64",
  html=outlook(P("Bonjour,") + P("") +
    P("Dans l’espace ODO2U04 (Anatomie dentaire – TP de sculpture), les étudiants suivants apparaissent dans le mauvais groupe de TP par rapport à Apogée&nbsp;:") + P("") +
    table([
      ["Nom", "Prénom", "N° étudiant", "INE", "Groupe Apogée", "Groupe Ecampus"],
      ["ANDRÉ", "Lison", "24004771", "3104012201K", "ODO2TPB", "ODO2TPA"],
      ["CHAUVIN", "Malo", "24010956", "240109876GT", "ODO2TPB", "ODO2TPA"],
      ["MEZIANE", "Sofia", "23018802", "2301056789H", "ODO2TPD", "—"],
    ]) + P("") +
    P("Les TP ont lieu en salle de simulation (bâtiment Odontologie, 2e étage) et l’accès aux consignes est restreint par groupe.") + P("") +
    P("Cordialement,") + P("Le secrétariat d’Odontologie – 02 31 56 82 10"), "windows-1252"),
  gold=dict(codes=[("ODO2U04", "ODO2U04"), ("ODO2TPB", "ODO2TPB"), ("ODO2TPA", "ODO2TPA"), ("ODO2TPD", "ODO2TPD"), ("DFGSO2", "DFGSO2")],
            nums=["24004771", "24010956", "23018802"], sym="wrong_group", role="staff", schemes=["odonto"],
            note="HTML-only base64 table: students in the wrong TP group; INE column"))

M(fn="075-merci-prof-ticket-clos.eml", client="zimbra",
  frm='"Franck Lemaître" <franck.lemaitre@unicaen.fr>',
  subj="Re: [CEMU #48588] Ecampus en panne !!",
  date="2025-11-17 08:30", cs="utf-8", cte="qp",
  irt="<GLPI-Ticket-48588.1763283000.77120@assistance.unicaen.fr>",
  body="""Merci pour l'explication, je ne savais pas pour la maintenance du dimanche matin. J'ai décalé le test, tout s'est bien passé ensuite. Vous pouvez clore le ticket.

Bonne semaine,
F. Lemaître

----- Mail original -----
De: "CEMU Assistance" <cemu.assistance@unicaen.fr>
Envoyé: Dimanche 16 Novembre 2025 11:42:08
Objet: Re: [CEMU #48588] Ecampus en panne !!

Bonjour,
Une optimisation de la base de données a lieu tous les dimanches matin entre 9h et 11h ; la plateforme est de nouveau accessible.
Cordialement,
L'équipe CEMU
""",
  gold=dict(sym="other", role="staff",
            note="thank-you / close-the-ticket reply after a Sunday maintenance outage"))

M(fn="076-esix-etudiants-ne-voient-pas.eml", client="thunderbird",
  frm='"Pierre-Yves Lecerf" <pierre-yves.lecerf@unicaen.fr>',
  subj="[ESIX] étudiants 4A sans accès au cours ESIX4M11",
  date="2025-09-25 08:40", cs="utf-8", cte="qp",
  body="""Bonjour,

Les étudiants de 4e année mécanique ne voient pas le cours ESIX4M11 (Vibrations et acoustique). J'ai pourtant coché "Afficher" dans les paramètres : https://ecampus.unicaen.fr/course/edit.php?id=40112

Quand je regarde les participants, il n'y a que les enseignants (3) et aucun étudiant. Le cours de l'an dernier (même code) en avait 46.

PY Lecerf
""",
  gold=dict(codes=[("ESIX4M11", "ESIX4M11")], ids=[40112], sym="students_cannot_see_course", role="staff", schemes=["esix"],
            note="teacher says students cannot see his course; participants show no students (root cause is enrolment); edit.php link"))

M(fn="077-google-cas-hotmail.eml", client="other",
  frm='"Baptiste Ledanois" <baptiste.ledanois@hotmail.com>',
  subj="probleme connexion ecampus",
  date="2025-10-12 15:27", cs="windows-1252", cte="qp",
  body="""Bonjour,

Je tape «\u00a0ecampus unicaen\u00a0» dans Google et je clique sur le premier lien, ça m’envoie sur une page de l’université où je mets mon identifiant et mon mot de passe, ça me dit «\u00a0Connexion réussie\u00a0» mais après il ne se passe rien, je reste sur cette page qui dit que CAS ne sait pas où me rediriger.

Je suis en L1 STAPS, numéro étudiant 24017725.

Merci
Baptiste
""",
  gold=dict(nums=["24017725"], sym="cas_unknown_destination", role="student",
            note="reaches the bare CAS page through a search engine"))

M(fn="078-sms-psy-pas-inscrit-paires.eml", client="android",
  frm='"Ryan" <ryan.morel@etu.unicaen.fr>',
  subj="inscription",
  date="2025-09-30 08:05", cs="utf-8", cte="8bit",
  body="""bjr jsuis inscrit en LPSY3 mais pa ds psy 503 ni psy-505 sur ecampus, les autres y sont depuis 2 semaines
n etu 22 10 47 18
""",
  gold=dict(codes=[("LPSY3", "LPSY3"), ("PSY-503", "psy 503"), ("PSY-505", "psy-505")], nums=["22104718"], sym="not_enrolled", role="student",
            schemes=["psy"], note="SMS-style; codes lowercase, one with a space instead of the dash; number in pairs"))

M(fn="079-mi-ancien-code-archive.eml", client="zimbra",
  frm='"Laurent Vimard" <laurent.vimard@unicaen.fr>',
  subj="Cours 3MI06 archivé",
  date="2025-09-03 14:22", cs="utf-8", cte="8bit",
  body="""Bonjour,

Mon cours 3MI06 (Bases de données avancées) a été déplacé dans la catégorie « Archives 2024-2025 ». J'ai vu qu'un nouvel espace vide (3MI06A) Bases de données avancées a été créé à la place. Comment je récupère mes contenus (quiz, banque de questions, devoirs) dans le nouveau ?

Laurent Vimard
""",
  gold=dict(codes=[("3MI06", "3MI06"), ("3MI06A", "3MI06A")], unknown=["3MI06"], sym="course_moved_renamed", role="staff", schemes=["mi"],
            note="code changed: old course archived, new empty course created"))

M(fn="080-gea-cohorte-alternants.eml", client="outlook",
  frm='"Élodie Carpentier" <elodie.carpentier@unicaen.fr>',
  subj="Cohorte BUGEA2 et alternants",
  date="2025-09-12 10:55", fmt="alt", cs="utf-8", cte="qp",
  body="""Bonjour,

Nous souhaitons utiliser la cohorte de la 2e année de BUT GEA (BUGEA2) pour inscrire la promo dans l’espace «\u00a0Projet personnel et professionnel\u00a0». Est-ce que cette cohorte contient aussi les alternants, qui ont une inscription administrative en formation continue, ou seulement les étudiants en formation initiale ?

Et si un étudiant démissionne en cours d’année, est-il retiré automatiquement ?

Merci,
Élodie Carpentier
Secrétariat pédagogique GEA – IUT Grand Ouest Normandie
""",
  gold=dict(codes=[("BUGEA2", "BUGEA2")], sym="cohort_question", role="staff", schemes=["gea"],
            note="asks what an étape cohort contains and whether it updates"))
