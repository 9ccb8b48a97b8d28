# -*- coding: utf-8 -*-
"""Specs of the 100 mails of heldout-18 (see build.py for the markers)."""

ADDR = "Esplanade de la Paix - CS 14032 - 14032 CAEN Cedex 5"
DISC = ("\nAvertissement : ce message et ses pièces jointes sont confidentiels et destinés exclusivement "
        "à leurs destinataires. Si vous l'avez reçu par erreur, merci de le détruire et d'en avertir l'expéditeur.")


def sig(name, fn, service, tel, extra=""):
    return (f"\n\n--\n{name}\n{fn}\n{service}\nUniversité de Caen Normandie\n{ADDR}\n"
            f"Tél. : {tel}{extra}")


MOB = "\n\nEnvoyé de mon iPhone"
AND = "\n\nEnvoyé depuis mon appareil Galaxy"
MAILS = []


def M(slug, frm, role, sym, subj, body, note, **kw):
    d = dict(slug=slug, frm=frm, role=role, sym=sym, subj=subj, body=body.strip("\n"), note=note)
    d.update(kw)
    MAILS.append(d)


# ---------------------------------------------------------------- 1-10
M("etu-geo-l2-pas-cours", "lucas.marie@etu.unicaen.fr", "student", "not_enrolled",
  "je ne vois pas mon cours de climato",
  """Bonjour,
je suis en {{E:LGEO2|L2 geographie}} et je ne vois pas le cours de climatologie ([[GEO2-204|geo2 204]]) sur ecampus alors que mes amis l'ont.
mon numero etudiant c'est {{N:22107345}}
merci d'avance
Lucas""", "L2 geo student missing from a course, code lower case with space",
  nm="Lucas Marie")

M("sec-gea-alternants-table", "sandrine.lefevre@unicaen.fr", "staff", "not_enrolled",
  "Alternants GEA S1 absents des cours Ecampus",
  """Bonjour,

Plusieurs étudiants du [[71G1-ALT|groupe des alternants]] n'apparaissent pas dans les cours suivants (rentrée du 8 septembre, la promo fait 96) :

| N° étudiant | Nom | Cours manquant |
| {{N:22301187}} | BERTIN Chloé | [[71GS1.01]] Comptabilité financière |
| {{N:22301542}} | HAMON Yanis | [[71GS1.01]] et [[71GS1.04]] |
| {{N:22304410}} | PERRIER Léa | [[71GS1.07|71GS1-07]] Tableur |

Ils sont bien inscrits pédagogiquement dans Apogée jusqu'au groupe 71G1-ALT d'après moi.
Pouvez-vous regarder ?

Bien cordialement""" + sig("Sandrine Lefèvre", "Gestionnaire de scolarité BUT GEA", "IUT Grand Ouest Normandie - site de Lisieux",
                          "02 31 48 67 12", "\nBureau A012 - 11 boulevard Jules Ferry, 14100 Lisieux"),
  "GEA secretary, table of apprentices missing from S1 courses; group named in words then by code",
  nm="Sandrine Lefèvre", fmt="html", style="outlook")

M("ens-chimie-pas-enseignant", "olivier.dubreuil@unicaen.fr", "staff", "teacher_not_enrolled",
  "Pas inscrit comme enseignant - Spectroscopies M1",
  """Bonjour,

Je suis responsable de l'UE Spectroscopies du Master 1 Chimie ([[MCH-1-02]]) et je n'ai pas accès à l'espace Ecampus correspondant en tant qu'enseignant : https://ecampus.unicaen.fr/course/view.php?id=61402

Mes séances sont pourtant planifiées dans ADE (TP le jeudi 14h-18h, salle S3-045, bâtiment Sciences 3).

Merci,
Olivier Dubreuil""" + sig("Olivier Dubreuil", "Maître de conférences", "UFR des Sciences - Laboratoire LCMT", "02 31 45 28 93"),
  "chemistry teacher not enrolled in his M1 course; room S3-045 look-alike", nm="Olivier Dubreuil")

M("erasmus-en-no-course", "maria.rossi@etu.unicaen.fr", "student", "not_enrolled",
  "Cannot see my courses on ecampus",
  """Hello,

I am an Erasmus student from Università di Bologna, here for the first semester. I am registered in LEA courses but on Ecampus I only see one course. Missing: Spanish translation [[LEAES22|LEA ES22]] and Italian civilisation [[LEAIT23]].
My student number is {{N:22600913}}.

Thank you very much,
Maria Rossi""", "Erasmus incoming student missing LEA courses, English", lang="en", nm="Maria Rossi")

M("autoreply-conge", "nathalie.guerin@unicaen.fr", "unknown", "other",
  "Réponse automatique : Groupes TD PASS",
  """Bonjour,

Je suis absente du bureau jusqu'au lundi 28 septembre inclus. Pour toute question urgente concernant la scolarité PASS, merci de contacter scolarite.pass@unicaen.fr ou le 02 31 56 82 10.

Cordialement,
Nathalie Guérin""", "out-of-office of a PASS secretary", auto=True, nm="Nathalie Guérin",
  hdr={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})

M("etu-pass-mauvais-td", "{}@etu.unicaen.fr".format("22511874"), "student", "wrong_group",
  "pas le bon groupe de TD !!",
  """bonjour,
sur ecampus je suis dans le [[PASS-TD07|TD07]] alors que sur ADE et mon contrat peda je suis en [[PASS-TD12|PASS TD12]]. du coup je n'ai pas les bons documents pour l'UE [[P1.UE02|p1ue02]] biologie cellulaire
numéro étudiant {{N:22511874}}
merci""" + MOB, "PASS student in wrong TD group; sender number from address", cs="iso-8859-1", cte="quoted-printable")

M("dsi-db-error", "thierry.bonnet@unicaen.fr", "staff", "database_error",
  "TR: Erreur de lecture de la base de données sur Ecampus",
  """Bonjour le CEMU,

Je vous transfère le signalement d'un collègue, à titre d'info. De notre côté (DSI, pôle infrastructures) le serveur Oracle REFER répondait normalement ce matin, version 19c, aucune alerte Centreon.

Thierry

---------- Message transféré ----------
De : Yann Prigent <yann.prigent@unicaen.fr>
Date : mar. 29 sept. 2026 à 09:42
Objet : Ecampus HS ?
À : <assistance-dsi@unicaen.fr>

Bonjour,
En voulant ouvrir mon cours de droit fiscal ([[RCAED333]]) j'ai eu « Erreur de lecture de la base de données » trois fois de suite entre 9h30 et 9h40.
Yann Prigent""" + sig("Thierry Bonnet", "Ingénieur systèmes", "Direction du Système d'Information", "02 31 56 55 00", "\nTicket GLPI n° 2026093412"),
  "DSI forwards a teacher's database read error; code in forwarded part", nm="Thierry Bonnet")

M("etu-staps-cas", "emma.caron@etu.unicaen.fr", "student", "cas_unknown_destination",
  "CAS connexion réussie mais rien",
  """Bonjour,
Quand je me connecte ça me met "Connexion réussie ... CAS ne connaît pas votre destination finale ni comment vous y rediriger". J'ai trouvé le lien sur Google.
Je dois rendre un devoir pour le cours de physio ce soir.
Emma""", "STAPS L1 student lands on CAS only page", nm="Emma Caron")

M("ens-geo-too-many", "claire.vasseur@unicaen.fr", "staff", "too_many_teachers",
  "Trop d'enseignants dans mon cours de cartographie",
  """Bonjour,

Dans le cours [[GEO1-101]] Cartographie (https://ecampus.unicaen.fr/course/view.php?id=58817), je vois 14 enseignants inscrits, dont plusieurs que je ne connais pas et qui ne font pas partie de l'équipe (nous sommes 3 : moi et deux vacataires qui ont les [[GEO1-101T1|TD1]] et [[GEO1-101T2|TD2]]).
Ils reçoivent donc toutes les notifications des devoirs. Est-ce lié à ADE ?

Cordialement,
Claire Vasseur
MCF géographie - bureau SA 217""", "geography teacher: 14 teachers in course; TD1/TD2 named in passing",
  nm="Claire Vasseur", fmt="alt", style="gmail")

M("etu-info-tableau-de-bord", "theo.lemaitre@etu.unicaen.fr", "student", "course_not_on_dashboard",
  "cours qui a disparu du tableau de bord",
  """Salut,
Le cours de R1.05 n'apparait plus sur mon tableau de bord depuis hier. j'arrive a y aller par le lien que le prof a envoyé https://ecampus.unicaen.fr/course/view.php?id=60233 donc je suis bien inscrit mais il est plus dans "mes cours".
C'est le cours [[IF1R105|IF1 R105]] je crois.
Théo, BUT info {{E:BINF1|1ere annee}} [[IF1-TP1A|TP1A]]""", "BUT info student: course not on dashboard; R1.05 look-alike; group TP1A in signature",
  nm="Théo Lemaître")

# ---------------------------------------------------------------- 11-25
M("etu-psy-ead-groupe", "22205561@etu.unicaen.fr", "student", "wrong_group",
  "Pas dans le groupe EAD psycho",
  """Bonjour,

Je suis en {{E:PSYL2D|L2 psychologie à distance}} et dans le cours de psychologie sociale [[PSY-D201|PSY D201]] je ne suis dans aucun groupe, donc je n'ai pas accès aux classes virtuelles du [[PSYD201EAD|groupe EAD]].
Mon numéro : {{N:22205561}}. INE 1234567890A si besoin.

Bien à vous,
Inès Benali""", "distance psychology student in no group; INE look-alike", nm="Inès Benali")

M("ens-droit-etudiants-voient-pas", "francois.hebert@unicaen.fr", "staff", "students_cannot_see_course",
  "Les étudiants ne voient pas mon cours de droit pénal",
  """Bonjour,

Mes étudiants de L3 me disent qu'ils ne voient pas le cours « ([[RCAED332]]) Droit pénal » sur Ecampus. Moi je le vois bien (en grisé, il me semble ?). Le premier TD a lieu mardi 6 octobre en amphi B.

Pouvez-vous vérifier ?
Cordialement,

F. Hébert
Professeur de droit privé et sciences criminelles
UFR Droit, AES et Administration publique - bureau 312
Tél : 02 31 56 51 20""", "law teacher: students cannot see a (hidden) course", nm="François Hébert", cs="windows-1252")

M("spam-office365", "security-alert@office365-verify-unicaen.com", "unknown", "other",
  "Action required: your mailbox will be suspended",
  """Dear user,

Your Office 365 mailbox cemu.assistance@unicaen.fr has exceeded its storage limit (49.9 GB / 50 GB). To avoid suspension within 24 hours, verify your account now:

http://unicaen-verify-portal.com/login?ref=88213

Microsoft Outlook Team
SIRET 81234567800014""", "phishing spam, English", lang="en", fmt="html", style="gmail", nm="Office 365 Security")

M("etu-but-gea-cours-introuvable", "manon.duval@etu.unicaen.fr", "student", "course_missing",
  "cours introuvable marketing",
  """Bonjour

Le cours de marketing de S3 n'existe pas sur ecampus, j'ai cherché "[[71GS3.03|71GS3.O3]]" dans la recherche de cours et rien. Les autres cours du S3 ils sont là.
Je suis en {{E:BGEA2|2eme annee de BUT GEA}} à Lisieux.

Manon Duval""" + AND, "GEA student cannot find the S3 marketing course; O for 0", nm="Manon Duval")

M("sec-lea-liste-td", "veronique.roussel@unicaen.fr", "staff", "wrong_group",
  "Groupes de TD LEA vides sur Ecampus",
  """Bonjour,

Les groupes de TD des cours suivants sont vides sur Ecampus alors que les affectations ont été saisies dans Apogée le 15/09 :
- [[LEAAN21]] grammaire anglaise L2 : [[LEAAN21-1]] et [[LEAAN21-2]]
- [[LEAAL22]] traduction allemand : [[LEAAL22-1|LEAAL22 -1]]
- [[LEAES23|LEA ES 23]] civilisation espagnole

Les étudiants sont bien inscrits dans les cours, mais sans groupe, ce qui bloque les remises de devoirs par groupe.

Véronique Roussel
Secrétariat pédagogique LEA - UFR LVE
02 31 56 63 04 - bureau MLH 207""", "LEA secretary: TD groups empty, list of courses and groups", nm="Véronique Roussel")

M("etu-du-num-login", "karim.haddad@gmail.com", "student", "cannot_login",
  "impossible de me connecter à la plateforme",
  """Bonjour,

Je suis inscrit au {{E:DUNUM|DU Compétences numériques}} à distance (formation continue). Je n'arrive pas à me connecter à Ecampus : mes identifiants (k.haddad) ne sont pas reconnus, j'ai réinitialisé le mot de passe deux fois.
Le premier module [[D.NUM.01|D.NUM.01]] commence lundi.

Cordialement
Karim Haddad
06 12 45 78 90""", "DU continuing-education learner cannot log in, writes from gmail", nm="Karim Haddad")

M("ens-stp-participants", "julien.morin@unicaen.fr", "staff", "participants_block_missing",
  "Où est passé le bloc participants ?",
  """Bonjour,
dans mon cours de sports collectifs [[STP22-1]] je ne trouve plus le bloc Participants à droite pour voir la liste de mon [[STP22-1TD2|TD2]]. Avant il était là (l'an dernier sur Moodle 3.9 ?).
Merci
Julien Morin, PRAG STAPS""", "STAPS teacher cannot find Participants block", nm="Julien Morin")

M("doc-en-course-missing", "amir.karimi@unicaen.fr", "student", "course_missing",
  "Doctoral training course not on Ecampus",
  """Dear CEMU team,

I am a first-year PhD student ({{E:DOC98|doctoral school ED 98}}) and I registered for the training "Research data management" ([[98ED.F09|98ED-F09]]) and "Open science" ([[98ED.F02|98EDF02]]). The second one is on Ecampus, but the first one does not seem to exist: the search returns nothing.

Best regards,
Amir Karimi
PhD candidate, CRISCO lab - office 2.14, MRSH""", "doctoral student, one training course does not exist; English; unicaen.fr address but student",
  lang="en", nm="Amir Karimi")

M("sec-psy-renomme", "helene.marchand@unicaen.fr", "staff", "course_moved_renamed",
  "Cours de neuropsycho renommé et déplacé",
  """Bonjour,

Le cours de neuropsychologie de L3 ([[PSY-P303]]) a changé de nom sur Ecampus : il s'appelle maintenant « [ARCHIVE] Neuropsychologie 3 » et il se trouve dans une catégorie Archives. L'enseignante, Mme Lacroix, a tout son contenu dedans.
Le code avait été modifié à la maquette 2026 ? Avant c'était [[PSY-P305|PSYP305]] il me semble, je ne sais plus.

Hélène Marchand
Scolarité Psychologie - UFR SEGGAT""", "psychology secretary: course archived/renamed after code change", nm="Hélène Marchand", fmt="alt")

M("etu-l3-droit-nom", "clemence.lebreton@etu.unicaen.fr", "student", "wrong_name",
  "Erreur sur mon nom",
  """Bonjour,
Sur Ecampus mon nom est écrit "LE BRETTON" au lieu de "LEBRETON". C'est gênant pour les rendus de devoirs (le prof de [[RCAED335]] m'a mise en absente).
Clémence Lebreton, {{E:LDRT3|L3 droit}}, n° {{N:21904481}}""", "law student: name misspelt", nm="Clémence Lebreton")

M("ens-inspe-cohorte", "anne.gosselin@unicaen.fr", "staff", "cohort_question",
  "Ajouter la cohorte des M1 MEEF dans un espace",
  """Bonjour,

Je voudrais inscrire tous mes étudiants de {{E:MEEF1D|M1 MEEF 1er degré}} dans l'espace « Ressources stage » (https://ecampus.unicaen.fr/course/view.php?id=47120). Est-il possible d'ajouter la cohorte par la méthode « Synchronisation des cohortes » ? Je ne trouve pas la bonne cohorte en tapant MEEF.

Merci,
Anne Gosselin
Formatrice INSPE Normandie Caen - site de Caen
186 rue de la Délivrande, 14000 Caen""", "INSPE trainer asks about cohort sync", nm="Anne Gosselin")

M("etu-geo-mauvais-td", "hugo.lecomte@etu.unicaen.fr", "student", "wrong_group",
  "Re: changement de TD",
  """Bonjour,
Je relance : je suis toujours dans le [[GEO3-307T1|TD1]] du cours de geomorphologie [[GEO3-307|GEO3-3O7]] sur ecampus alors que je suis passé au [[GEO3-307T3|TD3]] depuis le 14 septembre (accord de Mme Vasseur).
Hugo

Le mar. 22 sept. 2026 à 10:05, Hugo Lecomte <hugo.lecomte@etu.unicaen.fr> a écrit :
> Bonjour, je ne suis pas dans le bon TD de geomorpho. Hugo, n° etudiant {{N:21803356}}""",
  "geography L3 student still in old TD; reply with his own quoted first mail", nm="Hugo Lecomte",
  hdr={"In-Reply-To": "<a1b2c3@etu.unicaen.fr>", "References": "<a1b2c3@etu.unicaen.fr>"})

M("etu-ms-en-login", "liam.obrien@etu.unicaen.fr", "student", "cannot_login",
  "can't log in",
  """hi, my account doesnt work since tuesday, "invalid credentials" on the login page. I'm in the {{E:MCHI2|chemistry master (M2)}}, exchange student from Dublin. I need the catalysis course [[MCH-2-03|MCH 2 03]] for the lab report due friday 9 oct.
Liam""", "exchange student cannot log in; code spaced", lang="en")

# ---------------------------------------------------------------- 24-45
M("etu-lea-dashboard-en", "sofia.garcia@etu.unicaen.fr", "student", "course_not_on_dashboard",
  "Courses not showing in my dashboard",
  """Hello,

I'm enrolled (I can open them from the links in my email notifications) but the courses [[LEAAN11|LEAAN11]] and [[LEAAN12|leaan12]] don't show on my Dashboard, only 3 courses appear. Maybe a filter? I'm an exchange student from Sevilla.

Thanks!
Sofia""", "LEA L1 student: courses not on dashboard, English", lang="en", nm="Sofia García")

M("dsi-cas-signalement", "pascal.renaud@unicaen.fr", "staff", "cas_unknown_destination",
  "Plusieurs étudiants bloqués sur la page CAS",
  """Bonjour,

La hotline DSI (poste 5500) a reçu ce matin une dizaine d'appels d'étudiants bloqués sur la page « Connexion réussie » du CAS qui leur dit qu'il ne connaît pas leur destination finale. Ils arrivent tous par un lien cas.unicaen.fr/login trouvé sur un moteur de recherche. Exemple : {{N:22402278}}.
Peut-on mettre un message sur la page d'accueil ?

Pascal Renaud
DSI - Support utilisateurs - Campus 1, bâtiment Droit, bureau DR 001
Tél. 02 31 56 55 00 / 06 70 11 23 45""", "DSI: several students stuck on CAS without service", nm="Pascal Renaud")

M("etu-pass-ue-manquante", "22512209@etu.unicaen.fr", "student", "not_enrolled",
  "UE manquante ecampus",
  """Bonjour je n'ai pas l'UE [[P1.UE05|P1 UE 05]] anatomie sur ecampus ni l'UE [[P1.UE12|P1.UE 12]] mineure droit. Tous mes amis de la fac de medecine l'ont.
numero {{N:22512209}}
Merci de me repondre vite les partiels arrivent""", "PASS student missing two UEs; spaced codes")

M("ens-but-info-teacher", "xavier.lemonnier@unicaen.fr", "staff", "teacher_not_enrolled",
  "Inscription enseignant R2.05 / R1.08",
  """Bonjour,

Je ne suis pas inscrit en tant qu'enseignant dans les espaces de la ressource R1.08 Gestion de projet ([[IF1R108|IF1R108]]) ni dans la SAE 1.01 ([[IF1SAE1|IF1-SAE1]]). Mes cours sont pourtant planifiés dans ADE depuis fin août avec les [[IF1-TD2|TD2]] et [[IF1-TD3|TD3]].
Est-ce que c'est parce que je suis vacataire ?

Xavier Lemonnier
Enseignant vacataire - IUT Grand Ouest Normandie, département Informatique, Ifs
06 88 42 17 03""", "BUT info temporary teacher not enrolled in two courses; R1.08 look-alike", nm="Xavier Lemonnier")

M("etu-stp-pas-inscrit", "mathis.gautier@etu.unicaen.fr", "student", "not_enrolled",
  "pas inscrit en physio",
  """bjr
je suis en {{E:STAPL3|L3 staps}} et je suis pas inscrit dans le cours de physiologie de l'effort [[STP31-2|STP312]] alors que j'ai fait mon IP le 10/09. mon num c {{N:21706653}}
merci""" + MOB, "STAPS L3 student not enrolled, dash dropped", nm="Mathis Gautier")

M("sec-droit-table-html", "isabelle.poirier@unicaen.fr", "staff", "not_enrolled",
  "Etudiants non inscrits dans les cours de L2 droit",
  """Bonjour,

Voici la liste des étudiants de {{E:LDRT2|L2 Droit}} qui ne sont inscrits dans aucun cours de TD sur Ecampus (réinscriptions tardives, IA validées le 22/09) :

| Numéro | Nom Prénom | Cours | Groupe |
| {{N:22008871}} | DUPONT Marie | [[RCAED331]] | [[RCA331TD2]] |
| {{N:22009934}} | NGUYEN Tuan | [[RCAED331]] | [[RCA331TD4]] |
| {{N:21807712}} | SALL Aminata | [[RCAED330]] | [[RCA330TD1]] |
| {{N:22010045}} | MOREL Baptiste | [[RCAED336]] | [[RCA336TD3]] |

Merci de votre aide,

Isabelle Poirier
Scolarité Licence Droit - UFR DAAP
Bâtiment D, bureau D 104 - 02 31 56 50 67""" + DISC, "law secretary HTML table of four students with courses and groups",
  nm="Isabelle Poirier", fmt="html", style="outlook")

M("etu-geo-erasmus-outgoing", "chloe.andre@etu.unicaen.fr", "student", "not_enrolled",
  "Plus accès aux cours depuis mon Erasmus",
  """Bonjour,

Je suis partie en Erasmus à Cracovie pour le S1 seulement mais je n'ai plus accès à aucun cours sur Ecampus, même ceux du S2 (par exemple [[GEO3-312|GEO3-312]] Terrain). J'ai peut-être coché « départ à l'année » par erreur lors de mon inscription ?
Numéro étudiant : {{N:21902215}}

Merci beaucoup
Chloé""", "outgoing Erasmus student lost all courses (annual programme ticked)", nm="Chloé André")

M("ens-mch-trop-ens", "beatrice.lamy@unicaen.fr", "staff", "too_many_teachers",
  "Trop d'enseignants inscrits - Chimie organique avancée",
  """Bonjour,

Dans l'espace [[MCH-1-01|MCH-1-01]] (Chimie organique avancée), il y a 23 « enseignants » inscrits par base de données, alors que l'équipe pédagogique compte 4 personnes. Je suppose que toute l'équipe du Master a été associée aux groupes [[MCH1-TP1]] à [[MCH1-TP4]] dans ADE ?
Je ne peux pas les désinscrire moi-même.

Béatrice Lamy
Responsable du M1 Chimie""" + sig("Béatrice Lamy", "Professeure des universités", "UFR des Sciences", "02 31 56 73 40"),
  "chemistry M1 head: too many teachers enrolled via database", nm="Béatrice Lamy")

M("etu-du-cge-groupe", "sylvie.moreau76@orange.fr", "student", "wrong_group",
  "Groupe FOAD",
  """Bonjour,

Je suis stagiaire de formation continue au {{E:DUCGE|DU Capacité de Gestion des Entreprises}} en FOAD. Sur Ecampus, dans le module Fiscalité ([[D.CGE.03|D.CGE.03]]), je suis dans le [[D.CGE.PRES|groupe présentiel]] et pas dans le [[D.CGE.FOAD|groupe FOAD]], donc je ne vois pas les classes virtuelles du mardi soir.

Sylvie Moreau
Rouen - 76000""", "continuing education learner in presential instead of FOAD group; orange.fr", nm="Sylvie Moreau", cs="iso-8859-1")

M("bounce-mailer", "MAILER-DAEMON@smtp.unicaen.fr", "unknown", "other",
  "Undelivered Mail Returned to Sender",
  """This is the mail system at host smtp.unicaen.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<jeanne.vautier@unicaen.fr>: host mbox.unicaen.fr[10.14.2.21] said: 550 5.1.1
    User unknown (in reply to RCPT TO command)

--- Original message ---
Subject: Re: [CEMU #2026-18842] cours [[STP13-1]] invisible
Date: Thu, 1 Oct 2026 10:12:03 +0200""", "bounce of a CEMU reply to a former staff member; code in the quoted original subject",
  lang="en", auto=True, nm="Mail Delivery System", hdr={"Auto-Submitted": "auto-replied"})

M("etu-info-cas-en", "noah.fischer@etu.unicaen.fr", "student", "cas_unknown_destination",
  "Login loop / CAS says destination unknown",
  """Hi,
After I log in with my student number {{N:22610034}} the CAS page says "Log In Successful" and that CAS doesn't know my final destination. I never reach Ecampus. I'm an exchange student in {{E:BINF2|BUT Informatique (2nd year)}}. I used the link from my Erasmus welcome pack (cas.unicaen.fr).
Regards, Noah""", "exchange student stuck on CAS, English", lang="en", nm="Noah Fischer")

M("ens-hss-porte", "marc.letellier@unicaen.fr", "staff", "course_missing",
  "Cours Historiographie porté introuvable",
  """Bonjour,

Mon cours d'historiographie [[2HR5C|2HR5C]] n'existe plus sur Ecampus. Le service de scolarité me dit qu'il est maintenant mutualisé avec [[M.1HRP9C|M1HRP9C]]. Mais les étudiants du porté ne sont pas dans l'espace du porteur, ni dans le [[M.1HRP9CTD|groupe TD]].
La collection de groupes devrait être partagée, non ?

Marc Letellier
MCF histoire moderne - MRSH, bureau SH 027""", "history teacher: porté course gone, porteur lacks students", nm="Marc Letellier")

M("etu-psy-pas-inscrit-html", "lea.bouvier@etu.unicaen.fr", "student", "not_enrolled",
  "Inscription cours psycho",
  """Bonjour,

Je ne suis pas inscrite dans les cours suivants sur Ecampus :
- Psychologie du développement ([[PSY-P102|PSY-P1O2]])
- Méthodologie expérimentale ([[PSY-P104|psy-p104]])

Je suis en {{E:PSYL1|première année de licence de psychologie}} (en présentiel). Numéro : {{N:22603318}}

Merci d'avance !
Léa Bouvier""", "psychology L1 student missing two courses, HTML (gmail)", nm="Léa Bouvier", fmt="html", style="gmail")

M("ens-lve-cant-see", "john.miller@unicaen.fr", "staff", "students_cannot_see_course",
  "Students can't access my course",
  """Hello,

I teach the translation class [[AN-10A|AN-10A]] (EC1 Langue Traduction) and none of my students can access the course page, they say it is not in their course list. I can see it, but the title is greyed out. Should I change something in the settings?

Best,
John Miller
Lecteur d'anglais - UFR LVE, office MLH 312""", "English lecturer: students cannot access (hidden course)", lang="en", nm="John Miller")

M("etu-gea-db-error", "22302204@etu.unicaen.fr", "student", "database_error",
  "erreur ecampus",
  """bonjour, depuis ce matin (dimanche) j'ai un message "Error: Database connection failed" quand je vais sur ecampus pour faire le QCM de compta [[71GS1.01|71gs1.01]]. Le QCM ferme a 12h
{{N:22302204}}""", "GEA student Sunday-morning database connection failed")

# ---------------------------------------------------------------- 39-60
M("etu-alternant-gea-groupe", "yanis.hamon@etu.unicaen.fr", "student", "wrong_group",
  "je suis alternant mais pas dans le bon groupe",
  """Bonjour,
je suis alternant en BUT GEA et sur ecampus dans le cours de droit des affaires [[71GS1.02|71GS1.02]] je suis dans le [[71G1-TD2|TD2]] au lieu du [[71G1-ALT|groupe alternants]]. Du coup les dates de rendu ne sont pas les bonnes (on est en entreprise 3 semaines sur 4).
Yanis Hamon {{N:22301542}}""", "GEA apprentice in TD2 instead of apprentices group", nm="Yanis Hamon")

M("ens-geo-cohorte-retirer", "pierre.langlois@unicaen.fr", "staff", "cohort_question",
  "Retirer une synchronisation de cohorte",
  """Bonjour,

L'an dernier, vous m'aviez conseillé d'ajouter la cohorte « Licence Géographie 2e année » dans mon cours de démographie [[GEO2-205|GEO2_205]] en attendant la correction des IP. Cette année des étudiants qui ont validé leur L2 y sont toujours inscrits. Dois-je supprimer la méthode Synchronisation des cohortes moi-même ?

Pierre Langlois
Département de géographie, bureau SA 121""", "geography teacher asks whether to remove an old cohort sync; underscore for dash",
  nm="Pierre Langlois")

M("etu-inspe-not-enrolled", "camille.roger@etu.unicaen.fr", "student", "not_enrolled",
  "Cours analyse du contexte",
  """Bonjour,

Je suis en {{E:MEEF1D|M1 MEEF premier degré}} sur le site de Caen et je n'ai pas accès au cours « (1CA153) Analyse du contexte » : [[1CA153|1CA153]]. On m'a dit que j'étais dans le [[1CA153G2|groupe 2]].
Numéro étudiant : {{N:22107789}}

Camille Roger""", "INSPE M1 student missing course; group in words", nm="Camille Roger")

M("autoreply-en-ooo", "david.smith@unicaen.fr", "unknown", "other",
  "Automatic reply: Students can't access my course",
  """Thank you for your email. I am out of the office until 12 October with limited access to email. For urgent matters regarding English classes ([[AN-10A]], [[AN-10B]]), please contact lve.secretariat@unicaen.fr.

David Smith""", "English out-of-office reply citing two LVE codes",
  lang="en", auto=True, nm="David Smith", hdr={"Auto-Submitted": "auto-replied"})

M("sec-staps-html-table", "martine.hue@unicaen.fr", "staff", "wrong_group",
  "Affectations TD STAPS L2 non reportées",
  """Bonjour,

Les affectations de TD des {{E:STAPL2|L2 STAPS}} ne sont pas à jour sur Ecampus. Détail :

| Étudiant | N° | Cours | TD Apogée | TD Ecampus |
| LEROY Tom | {{N:22204418}} | [[STP21-1]] | [[STP21-1TD1|TD1]] | [[STP21-1TD2|TD2]] |
| FAURE Jade | {{N:22205590}} | [[STP23-2]] | [[STP23-2TD2|TD2]] | aucun |
| BLANC Enzo | {{N:22201127}} | [[STP21-1]] | TD1 | aucun |

Martine Hue
Scolarité STAPS - 2 boulevard du Maréchal Juin, 14000 Caen
02 31 56 72 80""", "STAPS secretary HTML table of group mismatches; TD words under cited codes",
  nm="Martine Hue", fmt="html", style="outlook")

M("etu-mch-moved", "antoine.vidal@etu.unicaen.fr", "student", "course_moved_renamed",
  "cours plus au même endroit",
  """Bonjour,
Le cours de modélisation moléculaire a changé de catégorie ? Avant il était dans Master 1 Chimie et maintenant je le trouve plus, j'ai juste un vieux lien vers [[MCH-3-02|MCH-3-02]] qui dit que le cours est archivé. Le nouveau code serait [[MCH-1-09|MCH-1-09]] d'après le prof.
Antoine""", "chemistry student: course archived, old code unknown to APOGEE", nm="Antoine Vidal")

M("ens-pass-participants", "dr.laure.besnard@unicaen.fr", "staff", "participants_block_missing",
  "Liste des participants PASS",
  """Bonjour,
Je n'arrive plus à trouver la liste des participants dans l'UE [[P1.UE08|P1.UE08]] histologie. Le bloc a disparu et je dois exporter la liste du [[PASS-TD03|TD03]] pour les colles. Y a-t-il un menu caché ?
Dr Laure Besnard
UFR Santé - pôle biologie - 02 31 06 82 14""", "PASS teacher cannot find participants list", nm="Laure Besnard")

M("etu-lea-name-en", "oliver.brown@etu.unicaen.fr", "student", "wrong_name",
  "My name is wrong on Ecampus",
  """Hello,
My first name appears as "Olivier" instead of "Oliver" on Ecampus and in the participants list of [[LEAAN31|LEA AN31]]. Could you correct it?
Oliver Brown, exchange student from Leeds, student no. {{N:22600587}}""", "exchange student first name wrong", lang="en", nm="Oliver Brown")

M("dsi-task-log", "remi.jouan@unicaen.fr", "staff", "database_error",
  "Erreur base de données lors de l'accès aux cours INSPE",
  """Bonjour,

Plusieurs formateurs INSPE signalent « Erreur de lecture de la base de données » en ouvrant [[1CA154|1CA154]] et [[2CA254|2CA254]] depuis la mise à jour de cette nuit (Moodle 4.1.9 → 4.1.11 ?). Rien dans nos supervisions, le serveur pg02 répond. Capture jointe.

Rémi Jouan
DSI - pôle applications pédagogiques
02 31 56 54 11""", "DSI relays database read errors on two INSPE courses; versions as look-alikes",
  nm="Rémi Jouan", att="Capture d'écran 2026-10-14 093012.png")

M("etu-info-pas-inscrit-glue", "lina.morel@etu.unicaen.fr", "student", "not_enrolled",
  "pas inscrite au coursIF2R203",
  """Bonjour,
je ne suis pas inscrite au cours[[IF2R203|IF2R203]] (architecture) ni au cours [[IF2R205|if2r2O5]] (bases de données) alors que je suis en {{E:BINF2|2e année BUT info}}. Je suis dans le [[IF2-TP2B|TP2B]].
Lina""", "BUT info student, codes glued and O/0", nm="Lina Morel")

M("ens-droit-renamed-fwd", "sophie.castel@unicaen.fr", "staff", "course_moved_renamed",
  "TR: cours de droit du travail disparu",
  """Bonjour,
Je vous transfère l'échange avec la scolarité. Mon cours est passé dans « Archives 2025-2026 » et le nouveau cours est vide.
Sophie Castel

De : Scolarité Droit <scol.droit@unicaen.fr>
Envoyé : jeudi 17 septembre 2026 14:22
À : Castel Sophie <sophie.castel@unicaen.fr>
Objet : RE: cours de droit du travail disparu

Bonjour Madame,
L'élément [[RCAED399|RCAED399]] a été remplacé à la maquette par [[RCAED334|RCAED334]]. Voyez avec le CEMU pour la copie des contenus.
Cordialement,
La scolarité""", "law teacher forwards secretariat: old code replaced, course archived", nm="Sophie Castel", fmt="alt")

M("etu-pass-login", "22513377@etu.unicaen.fr", "student", "cannot_login",
  "MOT DE PASSE",
  """BONJOUR JE N'ARRIVE PLUS A ME CONNECTER A ECAMPUS DEPUIS QUE J'AI CHANGE MON MOT DE PASSE SUR L'ENT. MON NUMERO EST {{N:22513377}}. J'AI UN CC DEMAIN EN [[P1.UE07|P1UE07]] !!!""",
  "PASS student all caps, cannot log in", cs="windows-1252")

M("etu-doc-en-merci", "amir.karimi@unicaen.fr", "student", "other",
  "Re: Doctoral training course not on Ecampus",
  """Dear CEMU,
It works now, I can see the course. Thank you very much for your quick help!
Amir

On Tue, 6 Oct 2026 at 11:02, CEMU Assistance <cemu.assistance@unicaen.fr> wrote:
> Dear Mr Karimi,
> the course [[98ED.F09|98ED.F09]] has been created last night. Please check again.
> Regards, CEMU""", "doctoral student thanks; code in quoted history", lang="en", nm="Amir Karimi",
  hdr={"In-Reply-To": "<cemu-2026-18901@unicaen.fr>"})

M("ens-psy-teacher-ead", "nadia.ferrand@unicaen.fr", "staff", "teacher_not_enrolled",
  "Pas inscrite dans mon cours à distance",
  """Bonjour,

J'assure l'enseignement à distance de psychopathologie pour les L3 psycho EAD ([[PSY-D305|PSY-D305]]) et je ne suis pas inscrite comme enseignante dans l'espace. Le cours en présentiel ([[PSY-P305]]) ça fonctionne.
Il n'y a pas de planification ADE pour l'EAD, est-ce normal ?

Nadia Ferrand
ATER psychologie""", "psychology teacher not enrolled in distance course (no ADE planning)", nm="Nadia Ferrand")

# ---------------------------------------------------------------- 53-75
M("sec-inspe-liste-ens", "corinne.lepage@unicaen.fr", "staff", "teacher_not_enrolled",
  "Formateurs non inscrits dans les espaces M2 MEEF",
  """Bonjour,

Les formateurs suivants ne sont pas inscrits comme enseignants dans leurs espaces de M2 :
1) M. Tessier - [[2CA251|2CA251]] Didactique du français M2
2) Mme Olivier - [[2CA252|2 CA252]] Didactique des mathématiques M2
3) M. Rault - [[2CA258|2CA-258]] Stage

Les plannings ADE sont faits (semaine 40, salles 112 et 114 du site de la Délivrande).

Corinne Lepage
Gestionnaire pédagogique INSPE - site de Caen
02 31 56 25 40""" + DISC, "INSPE secretary: three trainers not enrolled; numbered list, damaged codes",
  nm="Corinne Lepage", fmt="alt", style="outlook")

M("etu-geo-nom-prenom", "21805543@etu.unicaen.fr", "student", "wrong_name",
  "Prénom erroné",
  """Bonjour,
mon prénom d'usage est Sam et sur Ecampus c'est toujours mon ancien prénom qui apparaît, y compris dans le [[GEO3-306T2|TD2]] de SIG ([[GEO3-306]]). J'ai fait la démarche à la scolarité en août.
N° {{N:21805543}}""", "geography student: usage first name not updated")

M("ens-lea-cohorte-en", "ana.martinez@unicaen.fr", "staff", "cohort_question",
  "Cohort sync for LEA L3 students",
  """Hello,

Could I add the cohort of all {{E:LEA3|LEA third-year}} students to my Spanish civilisation course [[LEAES33|LEAES33]] until the late IPs are fixed? Or should I enrol them manually with an end date? There are about 45 of them.

Thanks,
Ana Martínez
Profesora asociada - UFR LVE""", "Spanish lecturer asks about cohort sync, English", lang="en", nm="Ana Martínez")

M("etu-psy-ead-pas-inscrit", "22406612@etu.unicaen.fr", "student", "not_enrolled",
  "Inscription EAD",
  """Madame, Monsieur,

Inscrite en {{E:PSYL2D|licence 2 de psychologie en enseignement à distance}}, je n'ai accès à aucun des cours du semestre 3 sur Ecampus, par exemple [[PSY-D203|PSY-D 203]] ou [[PSY-D206|PSYD206]]. Mon inscription administrative est bien en télé-enseignement.
Je travaille à temps plein et je ne peux me déplacer à Caen.

Numéro étudiant : {{N:22406612}}
Téléphone : 06 45 12 98 33

Respectueusement,
Géraldine Fouquet
12 rue des Lilas, 50000 Saint-Lô""", "distance psychology student not enrolled in any S3 course", nm="Géraldine Fouquet",
  cs="iso-8859-1", cte="quoted-printable")

M("ens-stp-etudiants-invisible", "fabien.roux@unicaen.fr", "staff", "students_cannot_see_course",
  "Cours invisible pour les étudiants",
  """Bonjour,

Les étudiants ne voient pas mon cours d'anatomie fonctionnelle [[STP13-1|stp13-1]]. J'ai pourtant cliqué sur « Afficher » dans les paramètres, le cours est toujours indiqué caché. Peut-être que c'est toute la catégorie STAPS L1 qui est cachée ?
Merci de votre aide.
Fabien Roux""", "STAPS teacher: students cannot see course, category maybe hidden", nm="Fabien Roux")

M("etu-gea-dashboard", "louise.picard@etu.unicaen.fr", "student", "course_not_on_dashboard",
  "tableau de bord vide",
  """Bonjour,
Sur mon tableau de bord il n'y a plus aucun cours, alors que quand je vais dans mon profil je vois bien les cours du S3 ([[71GS3.01|71GS3.01]], [[71GS3.02|71 GS3.02]]...). 
Louise""" + MOB, "GEA student: dashboard empty but enrolled", nm="Louise Picard")

M("etu-ed-unknown-code", "pauline.garnier@etu.unicaen.fr", "student", "course_missing",
  "Formation doctorale introuvable",
  """Bonjour,

Je cherche sur Ecampus le module de formation doctorale « Valorisation de la thèse » dont le code indiqué sur le catalogue ADUM est [[98ED.F15|98ED.F15]], mais il n'existe pas. Le module « Intégrité scientifique » ([[98ED.F07|98ED.F7]]) existe bien.

Pauline Garnier
{{E:DOC98|Doctorante}} 2e année - laboratoire ERIBIA""", "doctoral student: training course code not in APOGEE; digit dropped in second",
  nm="Pauline Garnier")

M("ens-info-trop-enseignants", "gilles.marie@unicaen.fr", "staff", "too_many_teachers",
  "trop d'enseignants dans IF3R301",
  """Salut le CEMU,
dans le cours [[IF3R301|IF3R301]] (et aussi [[IF3R302]]) j'ai tous les collègues du département inscrits comme enseignants. ça vient du tuilage avec l'an dernier ? On est fin septembre.
Gilles - chef de département Info, IUT Ifs""", "BUT info head of dept: whole dept enrolled as teachers", nm="Gilles Marie")

M("etu-lea-erasmus-fr", "juliette.bonnet@etu.unicaen.fr", "student", "not_enrolled",
  "Retour d'erasmus et plus de cours",
  """Bonjour,

Je suis rentrée d'Erasmus (Salamanque, S1) et je suis en {{E:LEA3|L3 LEA}}. Je n'ai accès à aucun cours du S2, par exemple [[LEAIT32|LEA-IT32]] ni [[LEAES32|LEAES32]]. Ma scolarité dit que c'est Ecampus.
Numéro {{N:21903378}}.

Merci
Juliette""", "LEA student back from Erasmus, no courses", nm="Juliette Bonnet")

M("outsider-vacataire-login", "m.delacroix.consulting@hotmail.fr", "unknown", "cannot_login",
  "Accès Ecampus",
  """Bonjour,

On m'a donné un accès invité mais à la première connexion je reste bloqué sur la page de profil qui me demande une adresse e-mail que je ne peux pas modifier.

Cordialement,
Michel Delacroix
MD Conseil - SIRET 512 345 678 00021
06 21 43 65 87""", "outside contractor blocked on profile page (no email); role not said", nm="Michel Delacroix")

M("sec-gea-html-renamed", "aurelie.jamet@unicaen.fr", "staff", "course_moved_renamed",
  "Cours GEA S5 renommés",
  """Bonjour,

Suite à la remodélisation de la 3e année, les cours suivants ont été renommés / déplacés :

| Ancien code | Nouveau code | Intitulé |
| [[71GS7.01|71GS7.01]] | [[71GS5.01|71GS5.01]] | Comptabilité financière S5 |
| [[71GS5.08|71GS5-08]] | [[71GS5.08|71GS5.08]] | Contrôle de gestion S5 |

Les enseignants ne retrouvent plus leurs contenus. Que faut-il faire ?

Aurélie Jamet
Responsable administrative IUT - site de Lisieux - 02 31 48 67 00""",
  "GEA admin HTML table of old/new codes; one old code is unknown, one written with dash", nm="Aurélie Jamet", fmt="html")

M("etu-mch-groupe-tp", "ibrahim.diallo@etu.unicaen.fr", "student", "wrong_group",
  "Groupe TP",
  """Bonjour,
je suis en {{E:MCHI1|M1 chimie}} et je ne suis dans aucun groupe de TP sur ecampus, dans le cours [[MCH-1-04|MCH104]] je devrais être en [[MCH1-TP3|TP3]].
Ibrahim Diallo - {{N:22609981}}""", "chemistry M1 student in no TP group", nm="Ibrahim Diallo")

# ---------------------------------------------------------------- 65-82
M("etu-geo-merci-regle", "lucas.marie@etu.unicaen.fr", "student", "other",
  "Re: je ne vois pas mon cours de climato",
  """c'est bon je le vois maintenant merci beaucoup !!

Le 09/09/2026 à 08:51, Lucas Marie a écrit :
> bonjour je ne vois pas le cours de climatologie ([[GEO2-204|GEO2-204]]) sur ecampus
> mon numero etudiant c'est {{N:22107345}}""", "thanks, solved; code and number in quoted history", nm="Lucas Marie")

M("dir-etudes-staps-fwd", "laurent.cadiou@unicaen.fr", "staff", "not_enrolled",
  "TR: Étudiants L3 APAS sans cours",
  """Bonjour,

Je vous fais suivre le message d'une étudiante. Plusieurs alternants sont dans le même cas ([[STAPS-ALT|groupe alternants APAS]]). En tant que directeur des études je confirme qu'ils doivent suivre [[STP33-1|STP33-1]] et [[STP33-2|STP33-2]].

Laurent Cadiou
Directeur des études L3 STAPS

-------- Message d'origine --------
De : Océane Lebas <oceane.lebas@etu.unicaen.fr>
Date : 02/10/2026 18:40
Objet : cours manquants

Bonjour monsieur, je n'ai pas les cours d'anatomie fonctionnelle sur ecampus ([[STP33-1|stp33-1]]), je suis alternante. Numéro {{N:21708834}}.
Océane""", "STAPS director of studies forwards apprentice's mail; apprentices group named", nm="Laurent Cadiou")

M("etu-pass-dashboard", "enzo.lefranc@etu.unicaen.fr", "student", "course_not_on_dashboard",
  "UE pas sur mon tableau de bord",
  """Bonjour

L'UE de biostatistiques ([[P1.UE07]]) n'apparaît pas dans "Vue d'ensemble des cours" sur mon tableau de bord, mais je la trouve quand je clique sur "Mes cours" > "Tout". Le filtre est sur "En cours". Est-ce que le cours est considéré comme passé ?

Enzo""", "PASS student: course hidden by dashboard filter (course past)", nm="Enzo Lefranc")

M("ens-ed-students-cant", "veronique.dumont@unicaen.fr", "staff", "students_cannot_see_course",
  "Les doctorants n'accèdent pas à la formation",
  """Bonjour,

J'anime la formation « Zotero et bibliographie » ([[98ED.F04|98 ED.F04]]) jeudi 15 octobre, salle 105 de la BU Droit-Lettres. Les doctorants inscrits me disent que le cours n'apparaît pas pour eux. De mon côté je vois l'espace avec la mention « Ce cours est actuellement caché aux étudiants » ?

Véronique Dumont
Service commun de documentation - formation des usagers
02 31 56 58 16""", "librarian: doctoral students cannot see hidden course", nm="Véronique Dumont", fmt="html", style="outlook")

M("etu-info-apprenti-login", "22411056@etu.unicaen.fr", "student", "cannot_login",
  "compte bloqué",
  """Bonjour,
je suis apprenti en {{E:BINF3|BUT info 3e année}} et mon compte est suspendu ("Votre compte a été suspendu") depuis que mon contrat d'apprentissage a changé d'entreprise. Je ne peux plus accéder à [[IF3R305|IF3R305]].
{{N:22411056}}""", "BUT info apprentice: account suspended")

M("ens-chimie-cohorte", "olivier.dubreuil@unicaen.fr", "staff", "cohort_question",
  "Cohorte M2 chimie",
  """Bonjour,
Pour le séminaire commun aux M1 et M2 (espace hors Apogée https://ecampus.unicaen.fr/course/view.php?id=63310), je voudrais inscrire les cohortes « Master 1 Chimie » et « Master 2 Chimie Moléculaire ». Les cohortes sont-elles mises à jour chaque nuit ? Un étudiant qui abandonne sera-t-il retiré ?
Olivier Dubreuil""", "chemistry teacher asks about cohort update for a non-Apogee space", nm="Olivier Dubreuil")

M("etu-du-participants-html", "francoise.leroux@wanadoo.fr", "student", "participants_block_missing",
  "Participants",
  """Bonjour,

Dans le module Culture numérique ([[D.NUM.02|D.NUM.02]]) du DU, je ne trouve pas comment voir les autres participants pour le travail de groupe. Il n'y a pas de bloc « Participants ». Je suis sur tablette.

Françoise Leroux
Stagiaire formation continue""", "DU learner cannot find participants, HTML-only from wanadoo", nm="Françoise Leroux", fmt="html", style="gmail")

M("sec-psy-html-big", "helene.marchand@unicaen.fr", "staff", "not_enrolled",
  "Liste étudiants EAD non inscrits - L1 psychologie",
  """Bonjour,

Voici les étudiants de {{E:PSYL1D|L1 psychologie à distance}} absents des espaces Ecampus (signalements reçus du 1er au 9 octobre) :

| N° étudiant | Nom | Élément | Groupe attendu |
| {{N:22607741}} | ARNAUD Célia | [[PSY-D101]] | [[PSYD101EAD]] |
| {{N:22607802}} | BESSON Kevin | [[PSY-D101]] | [[PSYD101EAD]] |
| {{N:22608115}} | COLIN Margaux | [[PSY-D103|PSY D103]] | [[PSYD103EAD]] |
| {{N:22608390}} | DIAS Rafael | [[PSY-D106]] | [[PSYD106EAD]] |
| {{N:22609004}} | ETIENNE Lou | [[PSY-D106]] | [[PSYD106EAD]] |

Les IA sont en télé-enseignement. Est-ce la configuration « à distance » des éléments ?

Hélène Marchand
Scolarité Psychologie - UFR SEGGAT - bureau SC 012 - 02 31 56 61 72""",
  "psychology secretary HTML table, five distance students", nm="Hélène Marchand", fmt="html", style="outlook")

M("etu-lve-course-missing-en", "kenji.tanaka@etu.unicaen.fr", "student", "course_missing",
  "Course ES-11B missing",
  """Hello,
I'm an exchange student from Osaka and I registered for Spanish "Lengua 11" ([[ES-11B|ES 11B]]). It is not on Ecampus at all, I searched for it. The English one [[AN-11B|AN11B]] is there.
Kenji""", "exchange student: course missing, English, damaged codes", lang="en", nm="Kenji Tanaka")

M("ens-hss-teacher", "camille.deschamps@unicaen.fr", "staff", "teacher_not_enrolled",
  "Pas inscrite en tant qu'enseignante",
  """Bonjour,

Je ne suis pas inscrite comme enseignante dans [[M.1.MS04|M.1.MS04]] Sociologie des organisations, alors que je fais les séances du lundi 10h-12h (amphi Pierre Daure). Je suis pourtant bien dans l'espace [[M.1.MS03|M1.MS03]].

Camille Deschamps
Doctorante contractuelle chargée d'enseignement - UFR HSS""", "HSS teaching doctoral student not enrolled as teacher in one course", nm="Camille Deschamps")

M("etu-gea-cas", "romane.leclerc@etu.unicaen.fr", "student", "cas_unknown_destination",
  "page de connexion bizarre",
  """Bonjour,
je me connecte et ça me dit « Connexion réussie, Bienvenue {{N:22303391}} » et que CAS ne connaît pas ma destination finale. Je reste bloquée là. Je suis à Lisieux.
Romane""", "GEA student stuck on CAS page; student number inside CAS quote", nm="Romane Leclerc")

M("etu-stp-groupe-vide", "nolan.girard@etu.unicaen.fr", "student", "wrong_group",
  "groupe vide",
  """Bonjour, dans le cours de sports collectifs [[STP22-3]] le [[STP22-3TD1|TD1]] est vide, on est tous dans "aucun groupe". Le prof dit de vous écrire
Nolan""" + AND, "STAPS student: TD1 group empty", nm="Nolan Girard")

M("ens-geo-participants", "claire.vasseur@unicaen.fr", "staff", "participants_block_missing",
  "Bloc participants",
  """Re-bonjour,
autre question : dans [[GEO1-102]] je ne retrouve plus le bloc « Participants » à droite. Où est-il passé ?
Claire Vasseur""", "geography teacher cannot find Participants block", nm="Claire Vasseur")

M("etu-ed-en-dashboard", "wei.zhang@etu.unicaen.fr", "student", "course_not_on_dashboard",
  "Course not on my dashboard",
  """Dear support,
I am enrolled in the doctoral training "Scientific writing in English" ([[98ED.F03|98ED.F03]]) and receive the forum emails, but the course is not on my dashboard, even with "All" selected. There are two pages of courses, maybe it is on page 2?
Best regards,
Wei Zhang""", "doctoral student: course not on dashboard (pagination)", lang="en", nm="Wei Zhang")

M("etu-lea-pas-inscrit-td", "emma.fontaine@etu.unicaen.fr", "student", "not_enrolled",
  "pas dans le cours d'allemand",
  """Bonjour
Je ne suis pas dans le cours de traduction allemand L1 [[LEAAL12|LEAAL 12]] ni dans mon groupe [[LEAAL12-2|TD2]]. Par contre je suis dans le cours d'anglais. {{N:22604457}}
Emma""", "LEA L1 student missing German course", nm="Emma Fontaine", cs="iso-8859-1")

M("etu-info-db-error", "tom.lecoq@etu.unicaen.fr", "student", "database_error",
  "Erreur de lecture de la base de données",
  """Bonjour,
A chaque fois que j'ouvre le test de la SAE ([[IF2SAE1|IF2SAE1]]) j'ai « Erreur de lecture de la base de données ». Les autres cours marchent. J'ai essayé sur Firefox 131 et Chrome.
Tom Lecoq, {{N:22401178}}""", "BUT info student: database read error on one activity", nm="Tom Lecoq")

M("ens-droit-cannot-see-2", "francois.hebert@unicaen.fr", "staff", "students_cannot_see_course",
  "Re: Les étudiants ne voient pas mon cours de droit pénal",
  """Bonjour,
J'ai bien rendu le cours visible, mais les étudiants du [[RCA332EAD|groupe à distance]] ne le voient toujours pas. Ceux du présentiel oui.
F. Hébert

Le 05/10/2026 à 15:12, CEMU Assistance a écrit :
> Bonjour, le cours [[RCAED332|RCAED332]] était caché. Vous pouvez l'afficher dans les paramètres du cours.
> Cordialement""", "follow-up: distance students still cannot see; group named in words for a code quoted below",
  nm="François Hébert", hdr={"In-Reply-To": "<cemu-2026-18770@unicaen.fr>"})

# ---------------------------------------------------------------- 82-100
M("etu-pass-date-exam", "clara.henry@etu.unicaen.fr", "student", "other",
  "date du partiel",
  """Bonjour, est-ce que vous savez quand aura lieu le partiel de l'UE [[P1.UE04|P1.UE04]] ? Sur ecampus il n'y a rien et la scolarité ne répond pas. On est 1650 cette année...
Merci""", "PASS student asks exam date (not the CEMU's job)", nm="Clara Henry")

M("ens-pass-quiz", "stephane.guillot@unicaen.fr", "staff", "other",
  "Paramètres de test - temps limité",
  """Bonjour,

Pour le QCM d'entraînement de l'UE [[P1.UE03|P1.UE03]] (biochimie), comment donner un tiers-temps aux étudiants en situation de handicap du [[PASS-EAD|groupe à distance]] ? Il y a 12 étudiants concernés, liste jointe.

Stéphane Guillot
MCU-PH biochimie - CHU de Caen, niveau 3, porte 318
02 31 06 45 77""", "PASS teacher asks quiz time-limit override settings", nm="Stéphane Guillot", att="tiers-temps_P1.UE03.png")

M("etu-geo-unknown-code", "adam.petit@etu.unicaen.fr", "student", "course_missing",
  "cours GEO2-299 introuvable",
  """Bonjour,
Sur mon contrat pédagogique il y a une option "Géographie de la mer" avec le code [[GEO2-299|GEO2-299]], mais je ne la trouve pas sur ecampus. Les autres ([[GEO2-203|GEO2-2O3]], [[GEO2-210|geo2-210]]) oui.
Adam, {{N:22109912}}""", "geography student: option code from learning contract unknown to APOGEE", nm="Adam Petit")

M("etu-psy-nom", "22403310@etu.unicaen.fr", "student", "wrong_name",
  "nom de famille",
  """Bonjour,
Je me suis mariée cet été et mon nom sur Ecampus est toujours mon nom de jeune fille. La scolarité a fait le changement le 2 octobre. C'est normal que ce ne soit pas encore à jour ?
Aurélie (ex-Jacquet) Lemarchand, n° {{N:22403310}}""", "psychology student: surname change not synced")

M("dsi-too-many-en", "arthur.wilson@unicaen.fr", "staff", "too_many_teachers",
  "Too many teachers in LEA courses",
  """Hi,
Quick heads-up from the DSI side: the nightly ADE export associated the whole LEA teaching team with the groups [[LEAAN21-1|LEAAN21-1]] and [[LEAAN21-2|LEAAN21-2]], so course [[LEAAN21|LEAAN21]] now has 31 teachers. Ticket #SR-48213 on our side.
Arthur Wilson, DSI applications""", "DSI (English) reports too many teachers via ADE association", lang="en", nm="Arthur Wilson")

M("etu-info-regle", "lina.morel@etu.unicaen.fr", "student", "other",
  "Re: pas inscrite au coursIF2R203",
  """C bon c'est réglé ! merci

----- Mail original -----
De: "Lina Morel" <lina.morel@etu.unicaen.fr>
À: cemu.assistance@unicaen.fr
Envoyé: Mercredi 14 Octobre 2026 09:10:22
Objet: pas inscrite au coursIF2R203

je ne suis pas inscrite au cours[[IF2R203|IF2R203]] ni au cours [[IF2R205|if2r2O5]]""", "solved; quoted Zimbra history with glued code", nm="Lina Morel")

M("sec-lea-html-moved", "veronique.roussel@unicaen.fr", "staff", "course_moved_renamed",
  "Cours LEA déplacés dans la mauvaise catégorie",
  """Bonjour,

Les cours de L2 suivants apparaissent dans la catégorie « LEA / L1 » depuis lundi :

| Code | Intitulé Ecampus |
| [[LEAIT21]] | ITALIEN GRAMMAIRE 2 |
| [[LEAIT22]] | ITALIEN TRADUCTION 2 |
| [[LEAAN34|LEAAN34]] | (ancien cours, archivé ?) |

Merci de remettre de l'ordre.
Véronique Roussel - Secrétariat LEA""", "LEA secretary HTML: courses in wrong category; one code unknown", nm="Véronique Roussel", fmt="html", style="outlook")

M("etu-mch-alt-not-enrolled", "jade.masson@etu.unicaen.fr", "student", "not_enrolled",
  "Apprentie M2 sans accès",
  """Bonjour,
Je suis apprentie en {{E:MCHI2|M2 chimie moléculaire}} (rythme 2 semaines / 2 semaines). Je ne suis pas inscrite dans [[MCH-2-05|MCH-2-5]] électrochimie ni dans le [[MCH2-ALT|groupe des alternants]]. N° étudiante {{N:21807765}}
Jade Masson
Apprentie R&D - Orano, 50100 Cherbourg""", "M2 chemistry apprentice not enrolled; digit dropped", nm="Jade Masson")

M("etu-stp-cohort-q", "baptiste.roy@etu.unicaen.fr", "student", "cohort_question",
  "cohorte tuteurs",
  """Bonjour,
je suis tuteur pour les L1 STAPS et la prof m'a dit qu'elle allait m'ajouter dans une "cohorte tuteurs" pour que j'accède au cours [[STP11-1|STP11-1]]. C'est quoi une cohorte et est-ce que je dois faire quelque chose ?
Baptiste""", "STAPS student tutor asks what a cohort is", nm="Baptiste Roy")

M("etu-inspe-login-mobile", "manon.lebrun@etu.unicaen.fr", "student", "cannot_login",
  "Connexion impossible appli Moodle",
  """Bonjour, impossible de me connecter sur l'appli Moodle mobile (version 4.4.0) : « identifiant ou mot de passe invalide ». Sur ordinateur ça marche. Je suis en {{E:MEEF2D|M2 MEEF}} et j'ai besoin du cours [[2CA257|2ca257]] en stage.
Manon""" + MOB, "INSPE student cannot log in on mobile app", nm="Manon Lebrun")

M("ens-info-teacher-alt", "sarah.benoit@unicaen.fr", "staff", "teacher_not_enrolled",
  "Non inscrite - groupe alternants S3",
  """Bonjour,
J'enseigne le développement web au [[IF3-ALT|groupe alternants]] de 2e année ([[IF3R302|IF3R302]]). Les séances sont planifiées dans ADE sur le groupe IF3-ALT depuis le 1er septembre, mais je ne suis pas inscrite comme enseignante. Pour les TP classiques ([[IF3-TP1A|TP1A]]), mon collègue est bien inscrit.
Sarah Benoit""", "BUT info teacher not enrolled for apprentices group", nm="Sarah Benoit")

M("etu-du-cge-not-enrolled", "patrick.vallee@laposte.net", "student", "not_enrolled",
  "Module mémoire",
  """Bonjour,

Stagiaire du {{E:DUCGE|DU CGE à distance}}, je n'ai pas accès au module Mémoire [[D.CGE.05|DCGE05]] qui a ouvert le 5 octobre. Mon numéro d'étudiant est le {{N:22615523}} (et non 22615532 comme indiqué sur ma carte, c'est une erreur).

Cordialement,
Patrick Vallée
Responsable logistique - Transports Vallée SARL, 61000 Alençon""", "DU continuing education learner: number corrected, dots dropped", nm="Patrick Vallée")

M("ens-geo-not-enrolled-td", "pierre.langlois@unicaen.fr", "staff", "not_enrolled",
  "Étudiants manquants dans le TD2 de SIG",
  """Bonjour,

Dans le cours de SIG de L1 ([[GEO1-106|GEO1-106]]), mon [[GEO1-106T2|TD2]] ne compte que 11 participants sur Ecampus au lieu des 28 de ma liste d'appel. Deux exemples : {{N:22605512}} et {{N:22606034}}.
Le TD a lieu en salle informatique SA 006.

Pierre Langlois""", "geography teacher: students missing from course (TD2 partly empty)", nm="Pierre Langlois")

M("etu-gea-dashboard-2", "hugo.perrot@etu.unicaen.fr", "student", "course_not_on_dashboard",
  "mes cours ne s'affichent pas",
  """Bonjour
dans "mes cours" il n'y a que 4 cours et pas celui d'anglais [[71GS3.06|71GS3 06]], pourtant je suis inscrit (j'ai reçu l'annonce du prof). J'ai peut-être masqué le cours sans faire exprès ?
Hugo""", "GEA student: course hidden from dashboard by himself", nm="Hugo Perrot")

M("etu-pass-groupe-ead", "22514408@etu.unicaen.fr", "student", "wrong_group",
  "Groupe à distance",
  """Bonjour,
Je suis à distance (antenne d'Alençon) et on m'a mis dans le [[PASS-TD15|TD15]] présentiel sur ecampus, pas dans le [[PASS-EAD|groupe PASS-EAD]]. Je ne peux pas aller à Caen le mardi.
{{N:22514408}}""", "PASS distance student in presential TD")

M("ens-psy-merci-html", "nadia.ferrand@unicaen.fr", "staff", "other",
  "RE: Pas inscrite dans mon cours à distance",
  """Merci beaucoup, je suis bien inscrite maintenant dans le cours à distance.
Bonne journée,
Nadia Ferrand

De : CEMU Assistance <cemu.assistance@unicaen.fr>
Envoyé : mardi 20 octobre 2026 10:41
À : Ferrand Nadia
Objet : RE: Pas inscrite dans mon cours à distance

Bonjour, nous vous avons inscrite manuellement dans [[PSY-D305|PSY-D305]] jusqu'au 31/01/2027.""", "teacher thanks (HTML), code in quoted Outlook history",
  nm="Nadia Ferrand", fmt="html", style="outlook")

M("etu-stp-unknown-code", "lucie.renard@etu.unicaen.fr", "student", "course_missing",
  "cours STP41-1 ?",
  """Bonjour, sur l'emploi du temps ADE j'ai un cours "[[STP41-1|STP41-1]]" le vendredi mais il n'y a pas de cours avec ce code sur ecampus. Je suis en {{E:STAPL3|L3 STAPS}}, parcours APAS.
Lucie""", "STAPS student: timetable code unknown to APOGEE", nm="Lucie Renard")

M("sec-droit-login-list", "isabelle.poirier@unicaen.fr", "staff", "cannot_login",
  "Étudiants ne pouvant pas se connecter",
  """Bonjour,

Trois étudiants de L3 m'ont signalé qu'ils ne peuvent pas se connecter à Ecampus depuis leur réinscription :
- {{N:21904418}} (compte numérique non activé ?)
- {{N:21905520}}
- {{N:21903307}}
Ils doivent rendre un dossier dans [[RCAED337|rcaed337]] vendredi.

Isabelle Poirier - Scolarité Licence Droit - 02 31 56 50 67""", "law secretary: list of students who cannot log in", nm="Isabelle Poirier")

M("etu-info-en-thanks", "noah.fischer@etu.unicaen.fr", "student", "other",
  "Re: Login loop / CAS says destination unknown",
  """Typed ecampus.unicaen.fr directly and it works. Thanks a lot!
Noah""", "exchange student thanks, solved", lang="en", nm="Noah Fischer")
