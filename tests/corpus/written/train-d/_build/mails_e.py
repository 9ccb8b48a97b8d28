from lib import *

M(fn="081-gmail-fwd-chimie-pas-de-charges.eml", client="gmail",
  frm='"Antoine Masson" <antoine.masson@unicaen.fr>',
  subj="Fwd: Cours CH309 absent d'Ecampus",
  date="2025-09-18 11:02", fmt="alt", cs="utf-8", cte="qp",
  body="""Bonjour,

Je vous transfère l'échange avec la scolarité, ils me disent de voir avec vous. Le cours CH.309 n'existe toujours pas.

Antoine Masson

---------- Forwarded message ---------
De : Delphine Lair <delphine.lair@unicaen.fr>
Date: mer. 17 sept. 2025 à 16:40
Subject: Re: Cours CH309 absent d'Ecampus
To: Antoine Masson <antoine.masson@unicaen.fr>


Bonjour,

L'élément CH.309 est bien dans la maquette 2025 de la L2 chimie (L2CHIM). Nous n'avons pas créé de groupes pour cet enseignement car il n'y a que des CM, et je ne suis pas sûre que les charges d'enseignement aient été saisies. Voyez avec le CEMU.

Delphine

Le mer. 17 sept. 2025 à 14:12, Antoine Masson <antoine.masson@unicaen.fr> a écrit :
> Bonjour Delphine,
> Mon cours CH309 (Thermodynamique chimique) n'existe pas sur Ecampus,
> alors que les étudiants de L2 ont déjà les autres. Sais-tu pourquoi ?
> Antoine
""",
  gold=dict(codes=[("CH.309", "CH309"), ("CH.309", "CH.309"), ("L2CHIM", "L2CHIM")], sym="course_missing", role="staff", schemes=["chim"],
            note="Gmail forward chain: course not created (no group, teaching charges possibly missing); code with and without dot"))

M(fn="082-hss-cours-a-distance-enseignant.eml", client="thunderbird",
  frm='"Yves Kerjean" <yves.kerjean@unicaen.fr>',
  subj="Je ne suis pas inscrit dans mon cours M.2.MS11",
  date="2025-10-06 10:40", cs="iso-8859-1", cte="qp",
  body="""Bonjour,

Je suis responsable du séminaire M.2.MS11 (Sociologie des risques), qui se fait entièrement à distance cette année pour les M2 en alternance : il n'y a donc pas de séances dans l'emploi du temps.

Je ne suis pas inscrit comme enseignant dans l'espace Ecampus du cours et ne peux donc rien y déposer. Les étudiants, eux, y sont.

Cordialement,
Yves Kerjean
Professeur de sociologie - MRSH, bureau SH 118
""",
  gold=dict(codes=[("M.2.MS11", "M.2.MS11")], sym="teacher_not_enrolled", role="staff", schemes=["hss2"],
            note="teacher of a fully distance course (no ADE planning) not enrolled"))

M(fn="083-outlook-fwd-vacataire-psy-profil.eml", client="outlook",
  frm='"Hélène Bisson" <helene.bisson@unicaen.fr>',
  subj="TR: Impossible de me connecter à Ecampus",
  date="2025-09-17 16:22", cs="windows-1252", cte="qp",
  body="""Bonjour,

Je vous transfère le message d’un de nos chargés de TD vacataires (PSY-107, groupes PSY1TD05 et PSY1TD06). Son compte a été créé le 10/09.

Hélène Bisson
Gestionnaire RH enseignants vacataires – UFR de Psychologie
Tél. 02 31 56 62 77

De : Romain Cadiou <romain.cadiou@psy-libéral.fr>
Envoyé : mercredi 17 septembre 2025 08:51
À : Hélène Bisson <helene.bisson@unicaen.fr>
Objet : Impossible de me connecter à Ecampus

Bonjour Madame,

Je n’arrive pas à utiliser Ecampus : après la connexion, une page «\u00a0Modifier le profil\u00a0» s’affiche et exige une adresse de courriel que je ne peux pas remplir. Je tourne en rond.

Romain Cadiou
Psychologue clinicien – 06 14 25 36 47
""",
  gold=dict(codes=[("PSY-107", "PSY-107"), ("PSY1TD05", "PSY1TD05"), ("PSY1TD06", "PSY1TD06")], sym="cannot_login", role="staff",
            schemes=["psy"], note="Outlook forward of a vacataire stuck on the profile page (no e-mail)"))

M(fn="084-lundi-dmlreadexception.eml", client="zimbra",
  frm='"Claire Morin" <claire.morin@unicaen.fr>',
  subj="Erreur de lecture de la base de données sur mon cours",
  date="2026-02-09 12:18", cs="utf-8", cte="qp",
  body="""Bonjour,

Depuis ce matin, en ouvrant mon cours https://ecampus.unicaen.fr/course/view.php?id=43318 j'obtiens :

Erreur de lecture de la base de données
Plus d'informations sur cette erreur
Code d'erreur : dmlreadexception

Les autres pages d'Ecampus fonctionnent. Le cours contient beaucoup de vidéos (environ 2 Go), je ne sais pas si c'est lié. Navigateur : Firefox 134.0.2.

Claire Morin
IUT Grand Ouest Normandie – GEA Lisieux
""",
  gold=dict(ids=[43318], sym="database_error", role="staff",
            note="database read error (dmlreadexception) on one course on a Monday; browser version look-alike"))

M(fn="085-lea-pagination-tdb.eml", client="zimbra",
  frm='"Gwenaëlle Le Bihan" <gwenaelle.lebihan@unicaen.fr>',
  subj="Un de mes cours manque sur le tableau de bord",
  date="2025-09-22 17:58", cs="utf-8", cte="8bit",
  body="""Bonjour,

J'ai 14 cours cette année, et sur mon tableau de bord je n'en vois que 12. Il manque notamment LEA3AN07 (Traduction juridique), alors que je suis bien inscrite dedans (j'y accède par la recherche, et j'y ai le rôle enseignant).

Y a-t-il une limite au nombre de cours affichés ?

G. Le Bihan
""",
  gold=dict(codes=[("LEA3AN07", "LEA3AN07")], sym="course_not_on_dashboard", role="staff", schemes=["lea"],
            note="dashboard pagination hides courses beyond the first page"))

M(fn="086-ads-tableau-etudiants-manquants.eml", client="thunderbird",
  frm='"Sophie Lemonnier" <sophie.lemonnier@unicaen.fr>',
  subj="Étudiants de L2 Arts du spectacle absents de ADS-DA14",
  date="2025-10-10 09:20", fmt="html", cs="utf-8", cte="qp",
  html=tb("""<div>Bonjour,</div>
<div><br></div>
<div>Les étudiants ci-dessous (L2, étape LASP2) sont inscrits pédagogiquement à ADS-DA14 « Danse : pratiques et analyse » et affectés à l'atelier ADS-ATEL3, mais ne sont pas dans l'espace Ecampus du cours :</div>
<div><br></div>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-family:Arial">
<thead><tr><th>Numéro</th><th>Nom</th><th>Prénom</th><th>Atelier</th></tr></thead>
<tbody>
<tr><td>22 014 903</td><td>GIRARD</td><td>Zoé</td><td>ADS-ATEL3</td></tr>
<tr><td>23 002 671</td><td>HUREL</td><td>Maxence</td><td>ADS-ATEL3</td></tr>
<tr><td>23 010 845</td><td>TOUATI</td><td>Inès</td><td>ADS-ATEL3</td></tr>
</tbody></table>
<div><br></div>
<div>Pour info, l'atelier a lieu au Théâtre universitaire (salle 1, bâtiment H).</div>
<div><br></div>
<div>Merci,<br>Sophie Lemonnier<br>Secrétariat Arts du spectacle – 02 31 56 59 40</div>""", "UTF-8"),
  gold=dict(codes=[("LASP2", "LASP2"), ("ADS-DA14", "ADS-DA14"), ("ADS-ATEL3", "ADS-ATEL3")],
            nums=["22014903", "23002671", "23010845"], sym="not_enrolled", role="staff", schemes=["ads"],
            note="HTML-only table; student numbers written in 2-3-3 groups with spaces"))

M(fn="087-outlook-reponse-nom-marital.eml", client="outlook",
  frm='"Scolarité Sciences – Accueil" <scol.sciences@unicaen.fr>',
  subj="RE: [CEMU #48650] Nom d'usage",
  date="2025-10-23 10:48", cs="windows-1252", cte="qp",
  irt="<GLPI-Ticket-48650.1761140000.12887@assistance.unicaen.fr>",
  body="""Bonjour,

Il s’agit de Mme Laetitia RENAULT épouse DESCHAMPS, n° étudiant 22.011.204, L3 Sciences de la vie. Nous avons saisi son nom d’usage (DESCHAMPS) dans Apogée le 20/10, mais Ecampus affiche toujours RENAULT et elle ne reçoit pas les messages de ses enseignants qui la cherchent sous son nom d’usage.

Cordialement,
Accueil scolarité – UFR des Sciences

De : CEMU Assistance <cemu.assistance@unicaen.fr>
Envoyé : mercredi 22 octobre 2025 15:30
À : Scolarité Sciences – Accueil <scol.sciences@unicaen.fr>
Objet : [CEMU #48650] Nom d’usage

Bonjour,
De quelle étudiante s’agit-il ? Merci de nous indiquer son numéro étudiant.
L’équipe CEMU
""",
  gold=dict(nums=["22011204"], sym="wrong_name", role="staff",
            note="Outlook reply: usage (married) name not updated; dotted student number"))

M(fn="088-participants-block-en.eml", client="gmail",
  frm='"Helen Carter" <helen.carter@unicaen.fr>',
  subj="Participants block gone",
  date="2025-09-11 14:26", fmt="alt", cs="utf-8", cte="7bit",
  body="""Hi,

I'm an English lecturer (lectrice) and in my course AN-30C the "Participants" block that used to be on the right has disappeared. I need the list of students to take attendance. Where can I find it now?

Thanks,
Helen Carter
""",
  gold=dict(codes=[("AN-30C", "AN-30C")], sym="participants_block_missing", role="staff", lang="en", schemes=["lve"],
            note="English: the Participants block disappeared"))

M(fn="089-master-suffixe-tronque-invisible.eml", client="zimbra",
  frm='"Odile Vautrin" <odile.vautrin@unicaen.fr>',
  subj="cours M.1HRP9 invisible pour les étudiants",
  date="2025-10-01 09:03", cs="utf-8", cte="qp",
  body="""Bonjour,

Les étudiants de M1 me disent qu'ils ne voient pas mon cours M.1HRP9 « Méthodologie de la recherche en histoire ». Sur Ecampus je vois un bandeau jaune « Ce cours est actuellement caché aux étudiants » alors que je ne l'ai jamais caché (je n'y suis allée qu'une fois pour mettre le plan).

Que dois-je faire ?
Odile Vautrin
""",
  gold=dict(codes=[("M.1HRP9C", "M.1HRP9")], sym="students_cannot_see_course", role="staff", schemes=["mdot"],
            note="course hidden by default; code cited with its final letter truncated"))

M(fn="090-pharma-tableau-enseignants-en-trop.eml", client="outlook",
  frm='"Pr Jérôme Lechevalier" <jerome.lechevalier@unicaen.fr>',
  subj="Enseignants inscrits à tort dans PH3UE02",
  date="2025-09-23 18:12", fmt="html", cs="windows-1252", cte="qp",
  html=outlook(P("Bonjour,") + P("") +
    P("Dans l’espace de l’UE PH3UE02 (Chimie thérapeutique), je trouve les enseignants suivants qui n’interviennent pas dans l’UE&nbsp;:") + P("") +
    table([
      ["Nom", "Rôle Ecampus", "Méthode d’inscription", "Intervient en 2025-2026 ?"],
      ["M. Hébert", "Enseignant", "Base de données externe", "Non (retraité)"],
      ["Mme Osouf", "Enseignant", "Base de données externe", "Non"],
      ["M. Tran", "Enseignant", "Inscription manuelle", "Non"],
      ["Mme Ruault", "Enseignant", "Base de données externe", "Non (UE PH3UE05)"],
    ]) + P("") +
    P("J’ai pu retirer M. Tran, mais pas les autres. Est-ce à la scolarité de corriger ADE&nbsp;?") + P("") +
    P("Pr J. Lechevalier") + P("Responsable de l’UE – Laboratoire CERMN, bureau 3.12"), "windows-1252"),
  gold=dict(codes=[("PH3UE02", "PH3UE02"), ("PH3UE05", "PH3UE05")], sym="too_many_teachers", role="staff", schemes=["pharma"],
            note="HTML table of teachers enrolled by the database who do not teach the course"))

M(fn="091-etudiant-aucun-groupe-tp-chimie.eml", client="outlook",
  frm='"Enzo Marie" <23010447@etu.unicaen.fr>',
  subj="Pas de groupe de TP sur Ecampus",
  date="2025-10-08 07:44", cs="windows-1252", cte="qp",
  body="""Bonjour,

Dans le cours de Chimie organique avancée (CH.512), je ne suis dans aucun groupe alors que je suis en TP avec le groupe 4 (CH512-TP4) depuis la rentrée. Du coup je ne vois pas le dépôt des comptes rendus de TP, qui est réservé à chaque groupe.

Merci de regarder,
Enzo Marie, L3 chimie
""",
  gold=dict(codes=[("CH.512", "CH.512"), ("CH512-TP4", "CH512-TP4")], nums=["23010447"], sym="wrong_group", role="student",
            schemes=["chim"], note="student in no group in a course; number in sender address"))

M(fn="092-mi-ue-optionnelle-absente.eml", client="zimbra",
  frm='"Sébastien Graindorge" <sebastien.graindorge@unicaen.fr>',
  subj="UE 3MI09C absente d'Ecampus",
  date="2025-09-06 15:10", cs="utf-8", cte="8bit",
  body="""Bonjour,

L'UE optionnelle 3MI09C (Cryptographie) de la L3 informatique (L3MINF) n'a pas d'espace Ecampus, alors que les autres UE du S5 en ont un. Est-ce parce que les inscriptions aux options ne sont pas encore faites ? Le premier cours est le 15/09. Pour comparaison, 3MI07B a bien son espace (id 49871).

S. Graindorge
""",
  gold=dict(codes=[("3MI09C", "3MI09C"), ("L3MINF", "L3MINF"), ("3MI07B", "3MI07B")], ids=[49871], sym="course_missing", role="staff", schemes=["mi"],
            note="optional UE has no course space yet"))

M(fn="093-exchange-chemistry-en.eml", client="other",
  frm='"Jonas Becker" <jonas.becker@uni-rostock.de>',
  subj="Missing chemistry courses on ecampus",
  date="2025-09-24 09:30", cs="utf-8", cte="qp",
  body="""Dear Sir or Madam,

I am an exchange student from the University of Rostock, staying one semester in Caen (L3 chemistry). On ecampus I am not enrolled in "CH 507 Solid state chemistry" and "CH.512 Advanced organic chemistry", although they are on my signed learning agreement (version 2, 12/09/2025).

Student no. in Caen: 25 106 652
(Rostock matriculation number: 219204311)

Best regards,
Jonas Becker
""",
  gold=dict(codes=[("CH.507", "CH 507"), ("CH.512", "CH.512")], nums=["25106652"], sym="not_enrolled", role="student", lang="en",
            schemes=["chim"], note="English incoming exchange student not enrolled; code with a space instead of the dot; home-university number look-alike"))

M(fn="094-devoir-supprime-par-erreur.eml", client="zimbra",
  frm="23009174@etu.unicaen.fr",
  subj="Devoir supprimé par erreur",
  date="2025-12-12 23:50", cs="utf-8", cte="8bit",
  body="""Bonsoir,

J'ai supprimé par erreur le fichier que j'avais déposé dans le devoir « Dossier final » du cours HIL2-11, en voulant le remplacer, et maintenant la date limite est passée (23h00). Est-ce que vous pouvez le récupérer ou rouvrir le dépôt ?

Merci beaucoup
""",
  gold=dict(codes=[("HIL2-11", "HIL2-11")], nums=["23009174"], sym="other", role="student", schemes=["hist"],
            note="assignment file deleted after the deadline (activity matter, not sync)"))

M(fn="095-sms-mdp-oublie.eml", client="android",
  frm='"Nolan" <nolan.d76@gmail.com>',
  subj="connexion",
  date="2025-10-27 00:14", cs="utf-8", cte="8bit",
  body="""jarrive pa a me co sur ecampus jai oublie mon mdp et le lien de reinitialisation menvoi sur mon adresse etu que je peu pa ouvrir vu ke cest le meme mdp 😭
24013586
""",
  gold=dict(nums=["24013586"], sym="cannot_login", role="student",
            note="SMS-style: forgotten password, bare student number on its own line"))

M(fn="096-lea-fiche-ade-seule.eml", client="thunderbird",
  frm='"Thomas Fitzgerald" <thomas.fitzgerald@unicaen.fr>',
  subj="Not enrolled / pas inscrit dans LEA2AN06",
  date="2025-10-13 12:20", fmt="alt", cs="utf-8", cte="qp",
  body="""Bonjour,

Je ne suis pas inscrit comme enseignant dans le cours LEA2AN06 (Anglais des affaires). L'emploi du temps a été fait par le département directement dans ADE, sur une activité « Anglais affaires L2 » que le secrétariat a créée en septembre.

Les étudiants sont dans le cours, mais moi non.

Thomas Fitzgerald
Lecteur d'anglais – UFR LVE
""",
  gold=dict(codes=[("LEA2AN06", "LEA2AN06")], sym="teacher_not_enrolled", role="staff", schemes=["lea"],
            note="teacher not enrolled because the ADE activity was created only in ADE"))

M(fn="097-sms-plus-sur-tableau.eml", client="gmail",
  frm='"Maelys" <maelys.prt@gmail.com>',
  subj="tableau de bord",
  date="2026-02-02 18:20", fmt="alt", cs="utf-8", cte="8bit",
  body="""coucou jvoi plu geas2.02 sur mon tablo de bord depuis la rentree de janvier mais les autres du grp le voient. jsui en 1ere annee GEA
""",
  gold=dict(codes=[("GEAS2.02", "geas2.02")], sym="course_not_on_dashboard", role="student", schemes=["gea"],
            note="SMS-style: course not on the dashboard"))

M(fn="098-gmail-reponse-odonto-archive.eml", client="gmail",
  frm='"Dr Pierre Anfray" <pierre.anfray@unicaen.fr>',
  subj="Re: [CEMU #48290] Cours ODO3U02 dans les archives",
  date="2025-09-30 13:05", fmt="alt", cs="utf-8", cte="qp",
  irt="<GLPI-Ticket-48290.1759213000.45812@assistance.unicaen.fr>",
  body="""Bonjour,

J'ai vu avec la scolarité : ils n'ont jamais voulu supprimer ODO3U02, c'était une erreur lors de la mise à jour de la maquette de DFGSO3. Ils l'ont remis dans Apogée hier. Est-ce que mon cours va revenir tout seul de la catégorie Archives, avec son nom d'origine ?

Cordialement,
P. Anfray

Le lun. 29 sept. 2025 à 17:20, CEMU Assistance <cemu.assistance@unicaen.fr> a écrit :

> Bonjour,
>
> Votre cours a été archivé car son code n'existe plus dans Apogée. Merci de
> vous rapprocher de votre scolarité pour savoir si cette suppression est
> volontaire.
>
> Cordialement,
> L'équipe CEMU
""",
  gold=dict(codes=[("ODO3U02", "ODO3U02"), ("DFGSO3", "DFGSO3")], sym="course_moved_renamed", role="staff", schemes=["odonto"],
            note="Gmail reply: archived course after accidental removal from the model"))

M(fn="099-tb-fwd-etudiante-histoire.eml", client="thunderbird",
  frm='"Loïc Harel" <loic.harel@unicaen.fr>',
  subj="Fwd: Accès au cours d'histoire moderne",
  date="2025-10-02 08:15", cs="utf-8", cte="8bit",
  body="""Bonjour,

Une étudiante de mon cours HIL2-11 n'y a pas accès (message ci-dessous). Pouvez-vous regarder ?

L. Harel


-------- Message transféré --------
Sujet : Accès au cours d'histoire moderne
Date : Wed, 1 Oct 2025 19:33:02 +0200
De : Jeanne Caillaud <jeanne.caillaud@etu.unicaen.fr>
Pour : loic.harel@unicaen.fr

Bonjour Monsieur,

Je n'ai pas accès à votre cours sur Ecampus, je ne le vois pas dans ma liste. Je suis pourtant inscrite en L2 histoire (2LHIST) depuis juillet.

Jeanne Caillaud
Numéro étudiant : 23.014.902
""",
  gold=dict(codes=[("HIL2-11", "HIL2-11"), ("2LHIST", "2LHIST")], nums=["23014902"], sym="not_enrolled", role="staff", schemes=["hist"],
            note="Thunderbird forward from a teacher of a student's mail; dotted student number in the quoted signature"))

M(fn="100-facture-licence-lookalike.eml", client="other",
  frm='"Service facturation" <facturation@anti-plagiat-solutions.eu>',
  subj="Votre facture n° 25103188 – renouvellement licence",
  date="2025-10-30 06:45", fmt="alt", cs="utf-8", cte="qp",
  body="""Madame, Monsieur,

Veuillez trouver ci-joint la facture n° 25103188 relative au renouvellement de votre licence établissement (période 01/11/2025 – 31/10/2026).

Montant TTC : 23 500,00 €
Référence client : UNI-14032-CAEN
Transaction : 20251030-884127

Règlement à 30 jours par virement.

Service facturation
""",
  attach=[("Facture_25103188.pdf", "application/pdf", b"%PDF-1.4\n% fake\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")],
  gold=dict(sym="other", role="unknown",
            note="vendor invoice sent to the helpdesk; invoice/transaction numbers are student-number look-alikes"))
