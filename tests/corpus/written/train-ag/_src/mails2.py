# Mails 037-070 of writer BF (train-ag). Each body written by hand.
from mails1 import DR, GEO, AN, HRP, RCA, BUT, PSY, INF, SEF, ECO, MEEF, PNG

M = []

M.append(dict(slug="etu-rcaed334-e2-au-lieu-e1", frm=("Pascal Vautier", "pascal.vautier@etu.unicaen.fr"),
    subj="Groupe EAD erroné", fmt="p", cs="iso-8859-1", cte="quoted-printable",
    body="""Bonjour,

Capacité en droit 1re année, enseignement à distance. Sur Ecampus je suis dans le groupe RCAED334E2 du cours de droit des contrats, alors que mon tuteur est celui du groupe 1 et que sur mon relevé c'est bien RCAED334E1.

Pascal Vautier
N° 25300877 - INE 2804012345K""",
    codes=[("RCAED334E2", "RCAED334E2"), ("RCAED334E1", "RCAED334E1")], sn=["25300877"], sym="wrong_group",
    role="student", sch=[RCA], es=["CAPDR1"], note="distance student in EAD group E2 instead of E1; INE is a look-alike"))

M.append(dict(slug="ens-droit-dr2con-td1-a-td4", frm=("Élodie Vasseur", "elodie.vasseur@unicaen.fr"),
    subj="DR.2CON - groupes vides", fmt="a", cs="utf-8", cte="quoted-printable",
    body="""Bonjour,

Sur DR.2CON (droit constitutionnel S2), les TD1 à TD4 sont tous vides. Seul le CM contient les 412 étudiants. L'an dernier les groupes étaient remplis automatiquement.

Élodie Vasseur
ATER droit public - bureau D-205 - 02 31 56 50 13""",
    codes=[("DR.2CON", "DR.2CON"), ("DR.2CONT1", "TD1"), ("DR.2CONT2", "TD1 à TD4"), ("DR.2CONT3", "TD1 à TD4"),
           ("DR.2CONT4", "TD4"), ("DR.2CONCM", "CM")], sym="wrong_group", role="staff", sch=[DR],
    note="all TD groups of DR.2CON empty, only CM filled"))

M.append(dict(slug="ens-psy-g2-ambigu", frm=("Romain Lefranc", "romain.lefranc@unicaen.fr"),
    subj="groupe G2 psycho du développement / psychopathologie", fmt="p", cs="utf-8", cte="8bit",
    body="""Bonjour,

J'interviens en PSY-302 et en PSY-304 (L2). Dans les deux espaces, le G2 a 80 étudiants, alors qu'il devrait en avoir 35. Il semble que des étudiants du G6 y soient aussi.

Romain Lefranc, vacataire""",
    codes=[("PSY-302", "PSY-302"), ("PSY-304", "PSY-304")], sym="wrong_group", role="staff", sch=[PSY],
    note="G2/G6 named for two cited courses: ambiguous, not counted"))

M.append(dict(slug="etu-inf0101-minuscule", frm=("Chloé Gosselin", "chloe.gosselin@etu.unicaen.fr"),
    subj="algo pas dans mes cours", fmt="p", cs="utf-8", cte="8bit",
    body="""bonjour, le cours d'algo inf0101 n'apparait plus dans la liste de mes cours sur le tableau de bord (vue d'ensemble des cours). je peux y acceder par la recherche. c'est le seul.
merci
chloé (L1 info)""",
    codes=[("INF0101", "inf0101")], sym="course_not_on_dashboard", role="student", sch=[INF], es=["LINF1"],
    note="INF0101 written in lower case; not on dashboard"))

M.append(dict(slug="ens-eco-e-l2mic-pas-inscrit", frm=("François Simon", "francois.simon@unicaen.fr"),
    subj="Inscription enseignant E-L2MIC", fmt="a", cs="windows-1252", cte="quoted-printable",
    body="""Bonjour,

Je remplace une collègue en congé depuis le 23 novembre sur la microéconomie de L2 (E-L2MIC), pour les G3 et G4. La scolarité a mis à jour ADE, mais je ne suis toujours pas inscrit dans l'espace.

Cordialement,
François Simon
Maître de conférences - UFR SEGGAT
Bureau 216 - tél. 02 31 56 55 47""",
    codes=[("E.L2MIC", "E-L2MIC"), ("E.L2MICG3", "G3"), ("E.L2MICG4", "G4")], sym="teacher_not_enrolled",
    role="staff", sch=[ECO], note="replacement teacher not enrolled in E.L2MIC (dash for dot)"))

M.append(dict(slug="etu-m1-histoire-groupe-em", frm=("Baptiste Renard", "baptiste.renard@etu.unicaen.fr"),
    subj="Groupe historiographie", fmt="p", cs="utf-8", cte="8bit",
    body="""Bonjour,

En historiographie (M.1HRP7A) je ne suis dans aucun groupe, donc je ne vois pas les textes du séminaire qui sont réservés au groupe M.1HRP7ATD. Je suis en M1 histoire, n° 22014408.

Baptiste""",
    codes=[("M.1HRP7A", "M.1HRP7A"), ("M.1HRP7ATD", "M.1HRP7ATD")], sn=["22014408"], sym="wrong_group",
    role="student", sch=[HRP], es=["MHIS1"], note="M1 student in no group of M.1HRP7A"))

M.append(dict(slug="ens-but-tc-r4b12-cache", frm=("Karine Daligault", "karine.daligault@unicaen.fr"),
    subj="Les étudiants ne voient pas R4.B.12", fmt="p", cs="utf-8", cte="quoted-printable",
    body="""Bonjour,

Mes étudiants de BUT TC 2e année ne voient pas l'espace R4.B.12 Négociation (TCR4B12). Je l'ai pourtant rendu visible. Est-ce que la catégorie du département serait cachée ? Les autres cours du semestre posent le même problème d'après mes collègues.

Karine Daligault
Dpt TC - IUT Grand Ouest Normandie, site de Lisieux
11 boulevard Jules Ferry, 14100 Lisieux""",
    codes=[("TC-R4B12", "TCR4B12")], sym="students_cannot_see_course", role="staff", sch=[BUT],
    note="TC-R4B12 invisible to students though shown: hidden category suspected"))

M.append(dict(slug="etu-meef-me2301-td2", frm=("Laura Piquet", "laura.piquet@etu.unicaen.fr"),
    subj="pb de groupe ME2301", fmt="p", cs="utf-8", cte="8bit",
    body="""Bonjour,

Je suis en M2 MEEF premier degré. Pour l'analyse de pratique (ME2301) je suis dans le TD2 sur ecampus mais en vrai je suis dans le groupe de Mme Hébert, le TD1. Je n'ai donc pas accès aux dépôts de mon groupe.

Laura Piquet, 21008735""",
    codes=[("ME2.301", "ME2301"), ("ME2.301TD2", "TD2"), ("ME2.301TD1", "TD1")], sn=["21008735"],
    sym="wrong_group", role="student", sch=[MEEF], es=["MEEF2D"], note="MEEF student in TD2 instead of TD1 of ME2.301"))

M.append(dict(slug="etu-merci-regle-dr4civ", frm=("Lucas Fontaine", "lucas.fontaine@etu.unicaen.fr"),
    subj="Re: cours droit civil introuvable", fmt="p", cs="utf-8", cte="8bit",
    extra={"In-Reply-To": "<lf-001@etu.unicaen.fr>", "References": "<lf-001@etu.unicaen.fr>"},
    body="""c'est bon je l'ai ce matin !! merci beaucoup

Le mar. 1 déc. 2026 à 09:14, Lucas Fontaine <lucas.fontaine@etu.unicaen.fr> a écrit :
> Bonjour,
>
> je suis en L2 droit et je ne vois toujours pas le cours de droit civil du S4 sur ecampus (DR4CIV d'apres mon contrat pedagogique).
>
> Mon numero etudiant : 24017733""",
    codes=[("DR.4CIV", "DR4CIV")], sn=["24017733"], sym="other", role="student", sch=[DR],
    note="thanks, solved; code and number in quoted history"))

M.append(dict(slug="ens-but-gea-r4a19-inexistant", frm=("Patrick Vauquelin", "patrick.vauquelin@unicaen.fr"),
    subj="Espace GE-R4A19 ?", fmt="p", cs="utf-8", cte="8bit",
    body="""Bonjour,

Le nouveau programme prévoit une ressource « Gestion de projet » que notre planning appelle GE-R4A19, mais je ne trouve aucun espace de cours correspondant sur Ecampus. Faut-il le demander à quelqu'un ?

Patrick Vauquelin - GEA - poste 5561""",
    codes=[("GE-R4A19", "GE-R4A19")], sym="course_missing", role="staff", sch=[BUT],
    note="teacher looks for a course under a code APOGÉE does not know"))

M.append(dict(slug="ens-geo-archive-nouveau-code", frm=("Marc-Antoine Hervieu", "marc-antoine.hervieu@unicaen.fr"),
    subj="Cours archivé - SIG", fmt="a", cs="utf-8", cte="quoted-printable",
    body="""Bonjour,

Mon cours de SIG de L2 (ancien code 2GEO399) a été déplacé dans la catégorie « Archives » et renommé. Il y a maintenant un espace vide 2GEO415. Est-ce que je dois tout recopier moi-même ? J'ai 12 séances de TP dedans avec QGIS 3.34.

Marc-Antoine Hervieu
Géographie - ESO Caen (UMR 6590)""",
    codes=[("2GEO399", "2GEO399"), ("2GEO415", "2GEO415")], sym="course_moved_renamed", role="staff", sch=[GEO],
    note="course archived after code change 2GEO399 -> 2GEO415; UMR number and QGIS version are look-alikes"))

M.append(dict(slug="ens-capacite-ade-pseudo-groupe", frm=("Hélène Marais", "helene.marais@unicaen.fr"),
    subj="Plus inscrite dans RCAED338", fmt="p", cs="windows-1252", cte="quoted-printable",
    body="""Bonjour,

Jusqu'à fin octobre j'étais inscrite comme enseignante dans RCAED338 (droit commercial, capacité). Depuis, plus rien. La scolarité me dit qu'un groupe RCAED338E1 a été créé dans Apogée début novembre ; mes séances ADE étaient planifiées sur ELP_RCAED338_CM.

Hélène Marais
Avocate - chargée d'enseignement""",
    codes=[("RCAED338", "RCAED338"), ("RCAED338E1", "RCAED338E1"), ("ELP_RCAED338_CM", "ELP_RCAED338_CM")],
    sym="teacher_not_enrolled", role="staff", sch=[RCA],
    note="teacher lost enrolment after a group was added over the ADE pseudo-group"))

M.append(dict(slug="ens-anglais-regle-an40a-2027", frm=("Margaret O'Neill", "margaret.oneill@unicaen.fr"),
    subj="RE: Plus aucun étudiant dans mon cours de traduction", fmt="a", cs="windows-1252", cte="quoted-printable",
    extra={"In-Reply-To": "<mo-48213@unicaen.fr>"},
    body="""Merci beaucoup, tout est revenu ce matin, groupes compris. Je ne toucherai plus au numéro d'identification !

Margaret

________________________________
De : CEMU Assistance <cemu.assistance@unicaen.fr>
Envoyé : mardi 8 décembre 2026 16:20
À : Margaret O'Neill
Objet : Re: Plus aucun étudiant dans mon cours de traduction

Bonjour,
Le numéro d'identification AN40A-2027 ne correspond à aucun code Apogée ; nous avons remis AN40A. Les inscriptions reviendront après la synchronisation de cette nuit.
Cordialement,
L'équipe CEMU""",
    codes=[("AN40A-2027", "AN40A-2027"), ("AN40A", "AN40A")], sym="other", role="staff", sch=[AN],
    note="thanks after the idnumber was restored; codes in quoted CEMU answer"))

M.append(dict(slug="scol-psy-csv-g3", frm=("Nathalie Guillou", "nathalie.guillou@unicaen.fr"),
    subj="Etudiants absents du G3 - PSY-305", fmt="p", cs="utf-8", cte="quoted-printable",
    att=[("PSY-305_G3.csv", "text/csv", "num_etu;nom;groupe\n24110283;MORIN;PSY-305G3\n24116620;LAUNAY;PSY-305G3\n")],
    body="""Bonjour,

Vous trouverez en pièce jointe la liste des étudiants affectés au G3 de PSY-305 dans Apogée qui ne sont pas dans ce groupe sur Ecampus (2 étudiants, dont Mme Morin, 24110283, qui vous a écrit).

Nathalie Guillou
Scolarité Psychologie - bâtiment SH, bureau 005""",
    codes=[("PSY-305G3", "G3"), ("PSY-305", "PSY-305")], sn=["24110283", "24116620"], sym="wrong_group",
    role="staff", sch=[PSY], note="CSV attachment named after the code; G3 of PSY-305"))

M.append(dict(slug="etu-l1-eco-el1sta", frm=("", "26004471@etu.unicaen.fr"),
    subj="STATS L1 ?", fmt="p", cs="utf-8", cte="8bit",
    body="""Bjr je suis en L1 eco et jai pas le cours de stat (EL1STA) alors que mes potes l'ont, jsuis inscrit depuis le 25/11 (transfert de Rouen)""",
    codes=[("E.L1STA", "EL1STA")], sn=["26004471"], sym="not_enrolled", role="student", sch=[ECO],
    es=["LECO1"], note="SMS-style L1 student, E.L1STA without dot"))

# ---------- ordinary mail of every kind ----------

M.append(dict(slug="absence-auto-reply", frm=("Hervé Le Goff", "herve.legoff@unicaen.fr"),
    subj="Réponse automatique : DR.3ADM : groupes TD1 et TD2 vides sur Ecampus", fmt="p", cs="utf-8",
    cte="quoted-printable", extra={"Auto-Submitted": "auto-replied"},
    body="""Bonjour,

Je suis absent du 9 au 16 décembre 2026 inclus, sans accès à ma messagerie. Pour toute urgence concernant la L2, merci de contacter le secrétariat au 02 31 56 54 87.

Hervé Le Goff""",
    codes=[("DR.3ADM", "DR.3ADM"), ("DR.3ADMT1", "TD1"), ("DR.3ADMT2", "TD2")], sym="other", role="unknown",
    auto=True, sch=[DR],
    note="out-of-office reply; code in the quoted subject"))

M.append(dict(slug="bounce-mailer-daemon", frm=("Mail Delivery System", "MAILER-DAEMON@unicaen.fr"),
    subj="Undelivered Mail Returned to Sender", fmt="p", cs="us-ascii", cte="7bit",
    body="""This is the mail system at host smtp.unicaen.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<j.dupond-ancien@unicaen.fr>: host mx.unicaen.fr[193.55.120.24] said: 550 5.1.1
    <j.dupond-ancien@unicaen.fr>: Recipient address rejected: User unknown

Reporting-MTA: dns; smtp.unicaen.fr
Arrival-Date: Thu, 10 Dec 2026 14:02:11 +0100""",
    sym="other", role="unknown", lang="en", auto=True, note="bounce: unknown recipient"))

M.append(dict(slug="spam-boite-pleine", frm=("Service Messagerie", "support-webmail@unicaen-secure.info"),
    subj="Votre boîte aux lettres a atteint 98% de sa capacité", fmt="h", cs="utf-8", cte="base64",
    body="""<html><body><p>Cher utilisateur,</p>
<p>Votre quota Office 365 est presque atteint (4,9 Go / 5 Go). Pour éviter la suppression de vos messages, <a href="http://unicaen-secure.info/verify">validez votre compte</a> dans les 24 heures.</p>
<p>Service informatique<br>SIRET 123 456 789 00012</p></body></html>""",
    sym="other", role="unknown", note="phishing spam"))

M.append(dict(slug="etu-cas-destination", frm=("", "25011093@etu.unicaen.fr"),
    subj="bloqué sur la page CAS", fmt="p", cs="utf-8", cte="8bit",
    body="""Bonjour,

Quand je me connecte j'ai une page "Connexion réussie - Bienvenue 25011093 ... CAS ne connaît pas votre destination finale ni comment vous y rediriger". Et après rien, je n'arrive pas sur Ecampus. J'ai trouvé le lien sur Google.

Merci""",
    sn=["25011093"], sym="cas_unknown_destination", role="student", note="CAS unknown destination"))

M.append(dict(slug="ens-database-dimanche", frm=("Gilles Morel", "gilles.morel@unicaen.fr"),
    subj="Ecampus en panne ?", fmt="p", cs="utf-8", cte="quoted-printable",
    body="""Bonjour,

Ce dimanche matin vers 9h30 impossible d'accéder à Ecampus : « Error: Database connection failed ». J'avais un quiz ouvert pour mes 120 étudiants de 9h à 10h. Que dois-je faire pour ceux qui n'ont pas pu le passer ?

Gilles Morel - Département de mathématiques
Tél. 06 84 11 29 03""",
    sym="database_error", role="staff", note="Sunday morning database connection failed"))

M.append(dict(slug="etu-nom-errone", frm=("Zoé Lemonnier-Vasseur", "zoe.lemonnier@etu.unicaen.fr"),
    subj="Erreur sur mon nom", fmt="p", cs="iso-8859-1", cte="quoted-printable",
    body="""Bonjour,

Sur Ecampus mon nom apparaît « LEMONIER » avec un seul N, et mon nom d'usage (Lemonnier-Vasseur) n'y est pas. Pouvez-vous le corriger ?

Zoé, 23017720""",
    sn=["23017720"], sym="wrong_name", role="student", note="name misspelt on the platform"))

M.append(dict(slug="fc-connexion-impossible", frm=("Dominique Barbier", "dominique.barbier61@hotmail.fr"),
    subj="Impossible de me connecter", fmt="p", cs="windows-1252", cte="8bit",
    body="""Bonjour,

Je suis stagiaire de formation continue en DU depuis novembre. Je n'arrive pas à me connecter à Ecampus : mon mot de passe n'est pas accepté, et la page « mot de passe oublié » me dit que mon adresse est inconnue.

Dominique Barbier
61000 Alençon - 06 33 14 92 07""",
    sym="cannot_login", role="student", note="continuing-education student cannot log in"))

M.append(dict(slug="ens-bloc-participants", frm=("Yves Leconte", "yves.leconte@unicaen.fr"),
    subj="Où est passé le bloc participants ?", fmt="p", cs="utf-8", cte="8bit",
    body="""Bonjour,
Je ne trouve plus le bloc Participants à droite dans mes cours. Comment voir la liste de mes étudiants ?
Merci,
Y. Leconte (chimie)""",
    sym="participants_block_missing", role="staff", note="Participants block missing"))

M.append(dict(slug="erasmus-login-english", frm=("Marco Bellini", "marco.bellini91@gmail.com"),
    subj="Login problem Ecampus", fmt="a", cs="utf-8", cte="quoted-printable",
    body="""Dear support,

I am an incoming Erasmus student (Università di Bologna), I arrived on 30 November. I activated my account on the university website but I cannot log into Ecampus, it says "Invalid login, please try again". My student number is 26700389.

Thank you in advance,
Marco Bellini""",
    sn=["26700389"], sym="cannot_login", role="student", lang="en", note="Erasmus student cannot log in (English)"))

M.append(dict(slug="dir-cohorte-question-generale", frm=("Claire Mauger", "claire.mauger@unicaen.fr"),
    subj="Synchronisation de cohorte", fmt="p", cs="utf-8", cte="quoted-printable",
    body="""Bonjour,

Pour l'espace de rentrée commun à toutes nos licences, puis-je synchroniser les cohortes des trois années ? Les membres sont-ils mis à jour automatiquement quand un étudiant abandonne ?

Claire Mauger
Directrice adjointe UFR Humanités et Sciences sociales""",
    sym="cohort_question", role="staff", note="general question about cohort sync"))

M.append(dict(slug="ens-du-cours-inexistant", frm=("Éric Chauvin", "eric.chauvin@unicaen.fr"),
    subj="Création d'un espace pour le DU", fmt="p", cs="iso-8859-1", cte="quoted-printable",
    body="""Bonjour,

Le DU Éthique du numérique a ouvert le 1er décembre (22 inscrits) mais aucun espace de cours n'existe sur Ecampus. La scolarité me dit que la maquette est saisie dans Apogée.

Éric Chauvin""",
    sym="course_missing", role="staff", note="no course space for a new DU"))

M.append(dict(slug="etu-date-examen", frm=("Théo Gires", "theo.gires@etu.unicaen.fr"),
    subj="date partiel", fmt="p", cs="utf-8", cte="8bit",
    body="""bonjour c'est quand le partiel de statistiques ? sur ecampus il y a marqué 15/12 et sur ADE 16/12""",
    sym="other", role="student", note="exam date question"))

M.append(dict(slug="ens-trop-enseignants-psy101", frm=("Nicolas Guérin", "nicolas.guerin@unicaen.fr"),
    subj="Trop d'enseignants dans PSY-101", fmt="a", cs="utf-8", cte="quoted-printable",
    body="""Bonjour,

Dans l'espace de psychologie sociale S1 (PSY-101), 23 enseignants sont inscrits, toute l'équipe de L1. Nous ne sommes que deux à intervenir. Les étudiants ne savent plus à qui écrire.

Nicolas Guérin""",
    codes=[("PSY-101", "PSY-101")], sym="too_many_teachers", role="staff", sch=[PSY],
    note="too many teachers enrolled"))

M.append(dict(slug="doctorant-formation-doctorale", frm=("Amandine Roux", "amandine.roux@unicaen.fr"),
    subj="Formation doctorale introuvable", fmt="p", cs="utf-8", cte="8bit",
    body="""Bonjour,

Doctorante en 2e année (ED 556 HSRT), je dois suivre la formation « Intégrité scientifique » mais je ne trouve pas l'espace sur Ecampus, ni dans la recherche de cours. On m'a parlé d'une clé d'inscription.

Amandine Roux - doctorante, laboratoire CRISCO""",
    sym="course_missing", role="student", note="PhD student cannot find a training course; ED number is a look-alike"))

M.append(dict(slug="etu-pass-tableau-de-bord", frm=("Nour El Amrani", "nour.elamrani@etu.unicaen.fr"),
    subj="Cours PASS disparus", fmt="p", cs="utf-8", cte="8bit",
    body="""Bonjour,

Depuis la mise à jour de ce week-end, je n'ai plus que 3 cours sur mon tableau de bord au lieu de 11. Quand je vais dans la recherche ils sont là et j'y ai accès. On est 1400 en PASS donc je ne suis sûrement pas la seule.

Nour""",
    sym="course_not_on_dashboard", role="student", note="PASS student: courses missing from dashboard"))

M.append(dict(slug="dsi-erreur-lecture-bdd", frm=("Stéphane Delaunay", "stephane.delaunay@unicaen.fr"),
    subj="[Ticket #318455] Erreur de lecture de la base de données", fmt="p", cs="utf-8", cte="quoted-printable",
    att=[("capture_erreur.png", "image/png", PNG)],
    body="""Bonjour,

Plusieurs utilisateurs signalent depuis 14h le message « Erreur de lecture de la base de données » en ouvrant les devoirs (Moodle 4.1). Capture jointe. Le serveur de base répond normalement de notre côté (supervision OK).

Stéphane Delaunay
DSI - Pôle applications pédagogiques
Tél. 02 31 56 63 00""",
    sym="database_error", role="staff", note="DSI reports database read error; ticket number and Moodle version are look-alikes"))

M.append(dict(slug="ens-an30b-cache", frm=("Hannah Whitfield", "hannah.whitfield@unicaen.fr"),
    subj="Students can't see my course", fmt="p", cs="utf-8", cte="8bit",
    body="""Hello,

My second-year students say they can't see my course on British civilisation, https://ecampus.unicaen.fr/course/view.php?id=48197 (AN30B). I can see it but it looks greyed out. What should I change?

Thanks,
Hannah Whitfield
Lectrice, UFR LVE""",
    codes=[("AN30B", "AN30B")], ids=[48197], sym="students_cannot_see_course", role="staff", lang="en",
    sch=[AN], note="English-speaking teacher: hidden course, students cannot see it"))

M.append(dict(slug="etu-vague-pas-de-cours", frm=("Kevin Legrand", "kevin.legrand@etu.unicaen.fr"),
    subj="JE NE VOIS PAS MON COURS", fmt="p", cs="utf-8", cte="8bit",
    body="""BONJOUR JE NE VOIS PAS MON COURS SUR ECAMPUS ALORS QUE LE PROF DIT QUE TOUT LE MONDE EST INSCRIT. C'EST LA 3E FOIS QUE J'ECRIS !!!!""",
    sym="not_enrolled", role="student", note="angry vague student, no code"))

M.append(dict(slug="vacataire-profil-sans-mail", frm=("Jacques Hébert", "jacques.hebert50@orange.fr"),
    subj="Bloqué sur la page profil", fmt="p", cs="windows-1252", cte="quoted-printable",
    body="""Bonjour,

Enseignant vacataire depuis novembre, à ma première connexion à Ecampus je suis bloqué sur la page « Modifier le profil » : elle me demande une adresse de courriel, mais le champ n'est pas modifiable. Je ne peux aller nulle part ailleurs.

Jacques Hébert
50000 Saint-Lô""",
    sym="cannot_login", role="staff", note="part-time teacher stuck on profile page without email"))
