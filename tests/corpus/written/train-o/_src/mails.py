# -*- coding: utf-8 -*-
from datetime import datetime
from email.utils import format_datetime
from zoneinfo import ZoneInfo

PAR = ZoneInfo("Europe/Paris")


def d(s):
    return format_datetime(datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=PAR))


S_DR = "letters+digits (droit, DCIV201)"
S_DRG = "element+TDn group (DCIV201TD4)"
S_ETL = "etape LnXXX (L2DRT)"
S_DOT = "dotted master (M.1SOC3A)"
S_DOTG = "dotted master + TD/EM group (M.1SOC3ATD)"
S_INS = "digit-first INSPE (2CA214)"
S_INSG = "INSPE element+Gn group (2CA214G3)"
S_MEEF = "etape MEEFnX (MEEF1P)"
S_LG = "word-dash-digits langues (ESPA-22)"
S_LGG = "langues group TDn/CEMU (ESPA22CEMU)"
S_PSY = "PSYn.XXX (invented, PSY3.COG)"
S_PSYG = "PSYLnTDnn group (invented)"
S_BUT = "BUT dept+R/S+sem-nn (invented, GEAR3-05)"
S_BUTG = "BUT dept+year-TD/TP/ALT group (invented, GEA2-TP3A)"
S_IU = "etape IU+dept+year (invented, IUGEA2)"
S_X = "X+discipline+sem+Mnn (invented, XBC3M07)"
S_XG = "XBCLn-Gn group (invented)"
S_XET = "etape XLnDD (invented, XL2BC)"
S_ST = "STn-ECnn STAPS (invented, ST4-EC07)"
S_STG = "STLnGnn group (invented)"
S_STET = "etape STAPLn (invented)"
S_ECO = "ECOn+WORD (invented, ECO5MICR)"
S_ECOG = "ECOLn-TDn group (invented)"
S_HG = "HG.Sn.nn (invented, HG.S3.07)"
S_HGG = "HGSn-TDnn group (invented)"

MAILS = []


def M(fn, frm, subj, date, body, g, **kw):
    m = dict(fn=fn, frm=frm, subj=subj, date=d(date), body=body, g=g)
    m.update(kw)
    MAILS.append(m)


SIG_DROIT = """--
Nathalie Lemonnier
Gestionnaire de scolarité - Licence Droit
UFR de Droit, AES et Administration publique
Bâtiment D, bureau D-214
Esplanade de la Paix - CS 14032 - 14032 Caen Cedex 5
Tél. : 02 31 56 52 18"""

M("001-prof-td4-td7-vides.eml", "Hélène Vautier <helene.vautier@unicaen.fr>",
  "Groupes de TD vides dans Ecampus - droit civil", "2025-09-22 08:47", """Bonjour,

Dans mon cours de droit civil (DCIV201) les TD 4 et TD 7 apparaissent vides dans Ecampus alors que les étudiants sont bien dans la liste des participants (j'en compte 212). Les autres groupes sont remplis normalement.

Comme je dépose les sujets d'exposés par groupe, c'est un peu gênant. Est-ce que c'est quelque chose que je dois régler moi-même ou est-ce que ça vient d'Apogée ?

Merci d'avance,
Hélène Vautier
MCF droit privé
""", dict(codes=[("DCIV201", "DCIV201", S_DR), ("DCIV201TD4", "TD 4", S_DRG), ("DCIV201TD7", "TD 7", S_DRG)],
          sym="wrong_group", note="teacher: TD 4 and TD 7 of DCIV201 empty in Moodle, students enrolled in course"))

M("002-scol-tableau-dcon105.eml", "Nathalie Lemonnier <nathalie.lemonnier@unicaen.fr>",
  "Etudiants absents du cours DCON105", "2025-09-25 14:05", """Bonjour,

Plusieurs étudiants de L1 signalent qu'ils n'ont pas accès au cours de droit constitutionnel DCON105. J'ai vérifié : les IP ont été faites, mais les groupes de TD n'avaient pas été saisis. Je les ai complétés hier après-midi dans Apogée.

N° étudiant   INE           NOM PRENOM            Groupe
24011872      0912045678K   BERTIN Lucas          TD3
25003311      1203456789A   DIALLO Aminata        TD3
25004920      0A1B2C3D4E5   FOUCHER Jeanne        TD5
25006018      1304567891Z   LE GALL Maëlys        TD5

Faut-il attendre la synchronisation de cette nuit ou pouvez-vous forcer quelque chose ? Les TD commencent lundi.

Bien cordialement,
""" + SIG_DROIT, dict(codes=[("DCON105", "DCON105", S_DR), ("DCON105TD3", "TD3", S_DRG), ("DCON105TD5", "TD5", S_DRG)],
                    nums=["24011872", "25003311", "25004920", "25006018"], said=['L1DRT'], sym="not_enrolled",
                    note="scolarité: 4 students missing from DCON105, groups added in APOGÉE yesterday, pasted table with INE"))

M("003-prof-pas-inscrite-psy3cog.eml", "Claire Morvan <claire.morvan@unicaen.fr>",
  "Je n'apparais pas comme enseignante", "2025-09-16 11:20", """Bonjour,

Je suis responsable du cours de psychologie cognitive de L2 (PSY3.COG) mais je n'y suis pas inscrite : le cours n'apparaît pas dans mes cours et quand je vais sur https://ecampus.unicaen.fr/course/view.php?id=48213 j'ai « Vous ne pouvez pas vous inscrire vous-même dans ce cours ».
Mes CM sont pourtant bien dans ADE depuis juin.

Pouvez-vous m'ajouter ?

Claire Morvan
Maîtresse de conférences - UFR de Psychologie
Bureau SH-221 - 02 31 56 61 40
""", dict(codes=[("PSY3.COG", "PSY3.COG", S_PSY)], ids=[48213], said=['L2PSY'], sym="teacher_not_enrolled",
          note="teacher not enrolled in her own course PSY3.COG although planned in ADE"))

M("004-etu-l1-droit-tableau-de-bord.eml", "24012345@etu.unicaen.fr",
  "cours introuvable", "2025-09-11 22:41", """Bonjour,

Je suis en première année de droit et je ne vois pas le cours d'introduction au droit civil sur mon tableau de bord, alors que mes amis de la même promo l'ont. J'ai d'autres cours (anglais, histoire du droit) mais pas celui là. Le prof a dit que tout était dessus et j'ai peur de rater des choses importantes.

Est ce que quelqu'un peut m'aider s'il vous plait ?

Merci beaucoup
Inès
""", dict(nums=["24012345"], sym="course_not_on_dashboard", role="student", said=["L1DRT"],
          note="L1 droit student (étape in words) does not see intro droit civil on dashboard"), cte="b64")

M("005-iut-alternants-mauvais-groupe.eml", "Sandrine Hamel <sandrine.hamel@unicaen.fr>",
  "BUT GEA - alternants dans le mauvais groupe", "2025-10-02 09:15", """Bonjour,

En BUT GEA 2e année, les étudiants du groupe ALT (nos apprentis) se retrouvent dans le groupe TD2 dans le cours de contrôle de gestion (GEAR3-05) sur Ecampus, au lieu du groupe alternants. Du coup l'enseignant leur a ouvert un devoir qui ne les concerne pas.

Dans Apogée ils sont bien affectés au groupe ALT, j'ai revérifié ce matin.

Cordialement,

Sandrine Hamel
Secrétariat pédagogique GEA - IUT Grand Ouest Normandie
Campus 3, bureau 1.08
Tél. 02 31 56 70 32 / Fax 02 31 56 70 99
""", dict(codes=[("GEAR3-05", "GEAR3-05", S_BUT), ("GEA2-ALT", "ALT", S_BUTG), ("GEA2-TD2", "TD2", S_BUTG)],
          sym="wrong_group", said=["IUGEA2"],
          note="IUT: apprentices (group ALT) placed in TD2 in GEAR3-05; étape said in words"))

M("006-etu-ead-espagnol.eml", "Marion Guérin <marion.guerin85@orange.fr>",
  "Inscription groupe à distance espagnol", "2025-10-06 19:02", """Bonjour,

Je suis inscrite à distance (télé-enseignement) en LEA. Dans le cours d'espagnol ESPA-22 je ne suis pas dans le groupe CEMU mais dans le TD1 qui est le groupe présentiel, du coup je n'ai pas accès aux enregistrements ni aux devoirs pour les distanciels.

Mon numéro étudiant : 23104567
Lien du cours : https://ecampus.unicaen.fr/course/view.php?id=50112

Merci de votre aide,
Marion Guérin
""", dict(codes=[("ESPA-22", "ESPA-22", S_LG), ("ESPA22CEMU", "CEMU", S_LGG), ("ESPA22TD1", "TD1", S_LGG)],
          nums=["23104567"], ids=[50112], sym="wrong_group", role="student",
          note="distance student in présentiel TD1 instead of CEMU group in ESPA-22"))

M("007-prof-cours-cache-hg.eml", "Thomas Rivière <thomas.riviere@unicaen.fr>",
  "etudiants ne voient pas mon cours", "2025-09-29 07:58", """Bonjour

Mes étudiants de L2 me disent qu'ils ne trouvent pas le cours HG.S3.O7 (histoire moderne) sur ecampus. Moi je le vois bien, en grisé d'ailleurs, je ne sais pas si c'est normal. Il y a 96 inscrits dans Participants.

Cdlt
T. Rivière
""", dict(codes=[("HG.S3.07", "HG.S3.O7", S_HG)], sym="students_cannot_see_course",
          note="course hidden (greyed), students cannot see it; code written with letter O for zero"))

M("008-dsi-cohorte-xl2bc.eml", "Pierre Anquetil <pierre.anquetil@unicaen.fr>",
  "Cohorte pour espace de rentrée L2 BC", "2025-09-03 10:30", """Salut l'équipe CEMU,

La composante Sciences me demande de créer un espace complémentaire « Rentrée L2 biochimie » et d'y inscrire toute la promo. Est-ce que la cohorte générale XL2BC est bien à jour côté Ecampus (je vois qu'elle est alimentée par l'annuaire) ou faut-il attendre la fin des IA tardives ?
Et est-ce que vous préférez qu'on passe par la synchro de cohorte ou par une inscription manuelle avec date de fin ?

Merci,
Pierre
DSI - Pôle applications / SI Scolarité
poste 5512
""", dict(codes=[("XL2BC", "XL2BC", S_XET)], sym="cohort_question",
          note="DSI asks whether the XL2BC cohort is up to date for a complementary space"))

M("009-resp-master-mutualise.eml", "Jean-Marc Lepetit <jean-marc.lepetit@unicaen.fr>",
  "Cours mutualisé M1/M2 : étudiants de démographie absents", "2025-10-09 16:44", """Bonjour,

Depuis cette année le séminaire M.2DEM4C est mutualisé avec M.1SOC3A (porteur côté sociologie). Les étudiants de M1 sont bien dans l'espace Ecampus du M.1SOC3A, mais aucun des 14 étudiants de M2 démographie n'y figure, et l'ancien espace M.2DEM4C a disparu de mon tableau de bord.

La scolarité me dit que la collection de groupes est la même. Pouvez-vous regarder ?

Jean-Marc Lepetit
Responsable du Master Sociologie
UFR HSS - Bureau MRSH 118
""", dict(codes=[("M.2DEM4C", "M.2DEM4C", S_DOT), ("M.1SOC3A", "M.1SOC3A", S_DOT)], said=['M2DEM', 'M1SOC'], sym="not_enrolled",
          note="mutualised course (porteur/porté): M2 students of porté missing from porteur course"))

M("010-absent-du-bureau.eml", "Véronique Marie <veronique.marie@unicaen.fr>",
  "Absent du bureau : Re: groupes de TP GEA", "2025-10-27 12:01", """Bonjour,

Je suis absente du bureau du 27 octobre au 3 novembre 2025 inclus.
Pour toute question urgente concernant la scolarité, merci de contacter le secrétariat au 02 31 56 70 30 ou scol.iut@unicaen.fr.

Cordialement,
Véronique Marie
""", dict(sym="other", role="unknown", auto=True, note="out-of-office auto reply"),
  hdr={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})

M("011-erasmus-en-eco.eml", "Giulia Romano <giulia.romano@studenti.unipd.it>",
  "Cannot access my economics course", "2025-09-19 13:37", """Hello,

I am an Erasmus student from Padova, here for the first semester in the Economics department. I am registered for Microeconomics (ECO5MICR) but when I log in to Ecampus I don't see the course and I am not in the participants list. My professor told me to write to you.
My student number is 25900184.

Thank you very much!
Giulia Romano
""", dict(codes=[("ECO5MICR", "ECO5MICR", S_ECO)], nums=["25900184"], sym="not_enrolled", role="student",
          lang="en", note="incoming Erasmus student not enrolled in ECO5MICR"))

M("012-staps-groupes-3-5.eml", "Yann Le Bihan <yann.lebihan@unicaen.fr>",
  "inversion groupes 3 et 5", "2025-09-24 18:12", """Bonjour,

Dans le cours de physiologie de l'effort (ST4-EC07) les groupes 3 et 5 de L2 STAPS sont inversés : ceux qui sont en TD avec moi le mardi (groupe 3) apparaissent dans le groupe 5 et inversement. Du coup les étudiants ne voient pas les bons dépôts.

Yann Le Bihan
PRAG STAPS
""", dict(codes=[("ST4-EC07", "ST4-EC07", S_ST), ("STL2G03", "groupe 3", S_STG), ("STL2G05", "groupe 5", S_STG)],
          sym="wrong_group", said=["STAPL2"], note="groups 3 and 5 of L2 STAPS swapped in ST4-EC07"))

H13 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body>
<p>Bonjour,</p>
<p>Les stagiaires suivants ne sont pas inscrits dans l'espace Ecampus de didactique des maths (2CA214), alors qu'ils ont leur IP depuis le 15/09&nbsp;:</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>N°&nbsp;étudiant</th><th>Nom</th><th>Prénom</th><th>Groupe</th></tr>
<tr><td>22005518</td><td>ROUSSEL</td><td>Amandine</td><td>G2</td></tr>
<tr><td>21903342</td><td>TESSIER</td><td>Benoît</td><td>G2</td></tr>
<tr><td>25071209</td><td>BOUCHARD</td><td>Léa</td><td>G2</td></tr>
</table>
<p>Les autres groupes (G1, G3, G4) sont complets.</p>
<p>Merci,<br>Françoise Delaunay<br>Scolarité INSPE Normandie Caen - site de Caen<br>186 rue de la Délivrande, 14053 Caen Cedex 4<br>02 31 46 70 81</p>
</body></html>"""
M("013-inspe-tableau-html.eml", "Françoise Delaunay <francoise.delaunay@unicaen.fr>",
  "Etudiants non inscrits 2CA214 groupe G2", "2025-10-01 10:22", "", dict(
      codes=[("2CA214", "2CA214", S_INS), ("2CA214G2", "G2", S_INSG)],
      nums=["22005518", "21903342", "25071209"], sym="not_enrolled",
      note="INSPE HTML table: 3 students of group G2 missing from 2CA214; other groups named as OK"),
  fmt="html", html=H13, cs="windows-1252")
# note: G1/G3/G4 named as fine; they are cited groups too
MAILS[-1]["g"]["codes"] += [("2CA214G1", "G1", S_INSG), ("2CA214G3", "G3", S_INSG), ("2CA214G4", "G4", S_INSG)]

M("014-prof-trop-enseignants-dpen.eml", "Olivier Marchand <olivier.marchand@unicaen.fr>",
  "Trop d'enseignants dans mon cours de droit pénal", "2025-09-17 17:30", """Bonjour,

Dans l'espace DPEN301 (Droit pénal général) je vois 11 enseignants inscrits, dont plusieurs collègues qui n'interviennent pas du tout dans ce cours (et une collègue partie à Rennes l'an dernier). Les étudiants reçoivent donc des messages de forum signés par des gens qu'ils ne connaissent pas.

Je peux les désinscrire moi-même ?

O. Marchand
Professeur de droit privé et sciences criminelles
""", dict(codes=[("DPEN301", "DPEN301", S_DR)], sym="too_many_teachers",
          note="too many teachers enrolled in DPEN301"))

M("015-etu-sms-tp3a.eml", "Kevin Marie <kev.marie14@gmail.com>",
  "groupe tp", "2025-09-30 23:58", """slt
jsuis en BUT GEA 2e annee et sur ecampus jsuis mis en TP3A alors que jsuis en TP3B depuis la rentree, du coup jvois pas les docs de mon grp
mon num etudiant c 24017731
merci
""", dict(codes=[("GEA2-TP3A", "TP3A", S_BUTG), ("GEA2-TP3B", "TP3B", S_BUTG)], nums=["24017731"],
          sym="wrong_group", role="student", said=["IUGEA2"],
          note="SMS-style student: placed in TP3A instead of TP3B (BUT GEA 2)"))

M("016-prof-cours-archive-xin.eml", "Rachid Benali <rachid.benali@unicaen.fr>",
  "Mon cours est passé dans Archives ??", "2025-09-08 09:03", """Bonjour,

Mon cours de programmation web de L3 info (code XIN5M03) est maintenant rangé dans une catégorie « Archives 2024-2025 » et son nom a changé. Il y a un autre cours vide qui s'appelle (XIN5M09) Programmation web avancée qui a été créé à côté.

Tout mon contenu (20 heures de TP, des tests...) est dans l'ancien. Que s'est-il passé ? Dois-je tout recopier ?

Rachid Benali
Département informatique - UFR des Sciences
Campus 2, bât. Sciences 3, bureau S3-112
""", dict(codes=[("XIN5M03", "XIN5M03", S_X), ("XIN5M09", "XIN5M09", S_X)], sym="course_moved_renamed",
          note="course archived after code change XIN5M03 -> XIN5M09 (old code unknown)"))

M("017-newsletter-cemu.eml", "Lettre du CEMU <lettre-cemu@listes.unicaen.fr>",
  "[lettre-cemu] La lettre du CEMU - octobre 2025", "2025-10-14 06:00", """LA LETTRE DU CEMU - n° 47 - octobre 2025

- Ateliers Moodle niveau 1 : inscriptions ouvertes (salle SA-110, 4 et 18 novembre)
- Nouveauté Ecampus 4.1.5 : le nouvel éditeur TinyMCE
- Rappel : problèmes d'accès à Ecampus ? consultez http://cemu.unicaen.fr/le-cemu/problemes-d-acces-a-ecampus-1088766.kjsp

Vous recevez ce message car vous êtes inscrit à la liste lettre-cemu@listes.unicaen.fr.
Pour vous désabonner : https://listes.unicaen.fr/sympa/signoff/lettre-cemu
""", dict(sym="other", role="unknown", auto=True, note="CEMU newsletter from a mailing list"),
  hdr={"List-Id": "<lettre-cemu.listes.unicaen.fr>", "Precedence": "list"})

M("018-bounce.eml", "Mail Delivery System <MAILER-DAEMON@smtp.unicaen.fr>",
  "Undelivered Mail Returned to Sender", "2025-11-05 15:12", """This is the mail system at host smtp.unicaen.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<m.fontaine@unicaen.fr>: host zimbra.unicaen.fr said: 550 5.1.1 <m.fontaine@unicaen.fr>: Recipient address rejected: User unknown

------ Original message ------
Subject: Re: [CEMU #48377] inscription PSY5.CLI
From: cemu.assistance@unicaen.fr

Bonjour, pouvez-vous nous donner le numéro étudiant concerné ?
""", dict(codes=[("PSY5.CLI", "PSY5.CLI", S_PSY)], sym="other", role="unknown", auto=True,
          note="bounce of a CEMU reply quoting a code"), dom="smtp.unicaen.fr",
  hdr={"Auto-Submitted": "auto-replied"})

M("019-vacataire-profil-email.eml", "Sébastien Duval <s.duval@cabinet-duval-conseil.fr>",
  "Impossible d'accéder à Ecampus (page profil)", "2025-09-26 21:14", """Bonjour,

Je suis chargé de TD vacataire en statistiques (ECO3STAT) pour le département d'économie. J'ai reçu mes identifiants de la composante, j'arrive à passer le CAS, mais ensuite je tombe sur la page « Modifier le profil » qui me demande une adresse de courriel, et le champ n'est pas modifiable. Je ne peux rien faire d'autre.

Mon premier TD est le 2 octobre.

Cordialement,
Sébastien Duval
Cabinet Duval Conseil - 12 rue Écuyère, 14000 Caen
06 72 18 44 09
""", dict(codes=[("ECO3STAT", "ECO3STAT", S_ECO)], sym="cannot_login", role="unknown",
          note="vacataire stuck on profile page asking for e-mail at first login"),
  dom="cabinet-duval-conseil.fr")

M("020-etu-cas-destination.eml", "23001457@etu.unicaen.fr",
  "connexion ecampus", "2025-09-09 08:05", """Bonjour,
quand je me connecte ça me met "Connexion réussie" mais ensuite "CAS ne connaît pas votre destination finale" et je reste bloqué sur cette page, je n'arrive jamais sur ecampus. J'ai essayé sur mon téléphone aussi.
Merci
""", dict(nums=["23001457"], sym="cas_unknown_destination", role="student",
          note="student stuck on CAS 'destination finale' page"))

M("021-prof-erreur-bdd.eml", "Anne Lecoq <anne.lecoq@unicaen.fr>",
  "Ecampus : Erreur de lecture de la base de données", "2026-01-12 08:31", """Bonjour,

Depuis 8h ce matin, toute page d'Ecampus m'affiche « Erreur de lecture de la base de données ». J'ai un partiel en ligne à 10h avec 180 étudiants...

Capture jointe.

Anne Lecoq
""", dict(sym="database_error", note="Ecampus shows database read error before an online exam"), png=True)

M("022-prof-participants-disparu.eml", "Michel Poisson <michel.poisson@unicaen.fr>",
  "Bloc participants disparu", "2025-09-15 14:50", """Bonjour,

Le bloc « Participants » qui était à droite dans mon cours https://ecampus.unicaen.fr/course/view.php?id=47005 a disparu. Comment retrouver la liste de mes étudiants ?

Merci,
M. Poisson
""", dict(ids=[47005], sym="participants_block_missing", note="teacher lost the Participants block"))

M("023-etu-nom-errone.eml", "Léa Nguyen-Thibault <lea.nguyen-thibault@etu.unicaen.fr>",
  "Erreur sur mon nom", "2025-10-03 12:12", """Bonjour,

Sur Ecampus mon nom apparaît « Nguyen Thibault Lea » sans le tiret et sans accent, et les profs ne me retrouvent pas dans les listes. Numéro étudiant 22104456.

Merci de corriger,
Léa Nguyen-Thibault
""", dict(nums=["22104456"], sym="wrong_name", role="student", note="student name displayed wrongly"))

M("024-scol-psy-groupe-vide.eml", "Isabelle Hervieu <isabelle.hervieu@unicaen.fr>",
  "Psycho clinique : groupe TD07 vide", "2025-10-07 11:02", """Bonjour,

En L3 psycho, le groupe TD07 est vide dans le cours de psychologie clinique (PSY5.CLI) alors que les 28 étudiants concernés sont bien inscrits au cours (je les vois dans les participants, sans groupe). Le TD08 en revanche est correct.
C'est le groupe qui a été créé en dernier, mi-septembre, pour dédoubler le TD06.

Bonne journée,
Isabelle Hervieu
Scolarité Psychologie - 02 31 56 65 21
""", dict(codes=[("PSY5.CLI", "PSY5.CLI", S_PSY), ("PSYL3TD07", "TD07", S_PSYG), ("PSYL3TD08", "TD08", S_PSYG),
                 ("PSYL3TD06", "TD06", S_PSYG)], sym="wrong_group", said=["L3PSY"],
          note="group TD07 empty in PSY5.CLI, students enrolled without group; étape said 'L3 psycho'"))

M("025-fwd-outlook-alle31.eml", "Birgit Schmitt <birgit.schmitt@unicaen.fr>",
  "TR: pas accès au cours d'allemand", "2025-10-10 09:40", """Bonjour,

Je vous transfère le message d'une étudiante. Pouvez-vous regarder ?

Birgit Schmitt
Lectrice d'allemand

________________________________
De : Chloé Picard <chloe.picard@etu.unicaen.fr>
Envoyé : jeudi 9 octobre 2025 22:18
À : Birgit Schmitt <birgit.schmitt@unicaen.fr>
Objet : pas accès au cours d'allemand

Bonsoir Madame,
je n'ai toujours pas accès au cours alle 31 sur ecampus, je n'apparais pas dans les participants. Mon numéro est le 23018890.
Bonne soirée
Chloé
""", dict(codes=[("ALLE-31", "alle 31", S_LG)], nums=["23018890"], sym="not_enrolled",
          note="forwarded student complaint: not enrolled in ALLE-31 (lowercase, space)"))

M("026-suivi-ticket-td2.eml", "Hélène Vautier <helene.vautier@unicaen.fr>",
  "Re: [CEMU #48211] Groupes de TD vides dans Ecampus - droit civil", "2025-09-26 10:15", """Bonjour,

Merci, les TD 4 et 7 sont maintenant remplis. Mais il manque toujours 3 étudiants dans le cours, ceux du TD 2 qui ont changé de groupe la semaine dernière (ils ne sont plus du tout dans les participants) : 24003318, 24009952 et 23011876.

H. Vautier

Le 23/09/2025 à 15:40, CEMU Assistance a écrit :
> Bonjour,
> la scolarité a complété les IP jusqu'au groupe pour le cours DCIV201, les
> inscriptions devraient apparaître après la synchronisation de cette nuit.
> Cordialement,
> L'équipe CEMU
""", dict(codes=[("DCIV201", "DCIV201", S_DR), ("DCIV201TD4", "TD 4 et 7", S_DRG), ("DCIV201TD7", "TD 4 et 7", S_DRG),
                 ("DCIV201TD2", "TD 2", S_DRG)],
          nums=["24003318", "24009952", "23011876"], sym="not_enrolled",
          note="ticket follow-up: 3 students of TD 2 missing from DCIV201 after group change"),
  hdr={"In-Reply-To": "<cemu-48211@assistance.unicaen.fr>"})

M("027-admin-hss-cours-manquants.eml", "Gaëlle Fossey <gaelle.fossey@unicaen.fr>",
  "Cours non créés sur Ecampus - Histoire", "2025-09-12 15:33", """Bonjour,

Les enseignants du département d'histoire signalent que les cours suivants n'existent pas sur Ecampus (pas d'espace créé) :

- HG.S3.09 : Histoire contemporaine - la France 1870-1914
- HG.S5.02 : Archéologie médiévale
- HG.S5.11 : Épistémologie de l'histoire

Ils sont pourtant dans la maquette 2025 et ont des IP. Pour info les TD sont planifiés dans ADE.

Cordialement,
Gaëlle Fossey
Responsable administrative adjointe - UFR HSS
Tél. 02 31 56 58 77 - bureau SA-028
""", dict(codes=[("HG.S3.09", "HG.S3.09", S_HG), ("HG.S5.02", "HG.S5.02", S_HG), ("HG.S5.11", "HG.S5.11", S_HG)],
          sym="course_missing", note="composante admin: 3 HG courses not created on Ecampus"))

M("028-meef-cohorte.eml", "Laurent Gosselin <laurent.gosselin@unicaen.fr>",
  "Utiliser la cohorte du M1 MEEF", "2025-11-04 13:20", """Bonjour,

Pour l'espace de suivi des stages que j'anime pour la première année du master MEEF premier degré (site de Caen), est-il possible de synchroniser directement la cohorte de la promo ? Je vois plusieurs cohortes qui se ressemblent dans la liste et je ne sais pas laquelle choisir. Et est-ce que les étudiants qui abandonnent seront retirés automatiquement ?

Merci,
Laurent Gosselin
Responsable de la mention MEEF 1er degré
""", dict(sym="cohort_question", said=["MEEF1P"],
          note="programme director asks which cohort to sync for M1 MEEF premier degré (said in words)"))

M("029-etu-l1-bio-angoisse.eml", "Emma Lefranc <emma.lefranc2007@gmail.com>",
  "je n'ai aucun cours !!!", "2025-09-05 23:30", """Bonjour,

Je suis en L1 bio (sciences de la vie) et je n'ai AUCUN cours sur mon tableau de bord ecampus alors que la rentrée c'est lundi. Je me suis inscrite fin août. Est-ce que c'est normal ?? Je ne sais pas à qui m'adresser, j'ai écrit à la scolarité mais pas de réponse.

Merci de votre réponse
Emma Lefranc
""", dict(sym="course_not_on_dashboard", role="student", said=["XL1SV"],
          note="anxious L1 bio student sees no course on dashboard; late IA"))

M("030-dsi-synchro-nuit.eml", "Stéphane Roger <stephane.roger@unicaen.fr>",
  "Synchro de nuit Ecampus - IP modifiées hier", "2025-10-15 09:48", """Bonjour,

La scolarité de l'IUT a corrigé hier vers 17h les affectations au groupe GEA3-TD2 dans Apogée (12 étudiants de 3e année qui étaient restés dans GEA3-TD1). Ce matin ils ne sont toujours pas dans les cours de S5 sur Ecampus (par ex. GEAR5-02). Côté REFER je vois bien les nouvelles affectations.

La synchro de cette nuit est-elle passée correctement ? Je n'ai pas accès aux logs de la tâche.

Stéphane
DSI - Bureau des applications, poste 5540
""", dict(codes=[("GEA3-TD2", "GEA3-TD2", S_BUTG), ("GEA3-TD1", "GEA3-TD1", S_BUTG), ("GEAR5-02", "GEAR5-02", S_BUT)],
          said=['IUGEA3'], sym="not_enrolled", note="DSI: APOGÉE group changes not in Ecampus next morning; did nightly sync run?"))

M("031-prof-cours-cache-eco.eml", "Delphine Aubert <delphine.aubert@unicaen.fr>",
  "étudiants sans accès", "2025-09-18 12:40", """Bonjour,
Aucun étudiant n'arrive à accéder au cours eco5micr (https://ecampus.unicaen.fr/course/edit.php?id=49550), ils me disent qu'il n'existe pas. Je l'ai pourtant rempli cet été.
D. Aubert
""", dict(codes=[("ECO5MICR", "eco5micr", S_ECO)], ids=[49550], sym="students_cannot_see_course",
          note="teacher: students cannot access course (hidden), code lowercase"))

M("032-etu-m2-terse.eml", "21907755@etu.unicaen.fr",
  "pas inscrit M.2SOC1A", "2025-10-20 07:12", """pas inscrit au séminaire M.2SOC1A. IP faite le 10/10.
n° 21907755
""", dict(codes=[("M.2SOC1A", "M.2SOC1A", S_DOT)], nums=["21907755"], sym="not_enrolled", role="student",
          note="terse M2 student not enrolled in M.2SOC1A"))

M("033-prof-groupe-ead-vide.eml", "Carmen Ruiz <carmen.ruiz@unicaen.fr>",
  "Groupe EAD vide - espagnol S2", "2025-10-13 15:05", """Bonjour,

Dans mon cours d'espagnol de L2 (ESPA-22), le groupe CEMU (étudiants à distance) est vide : les 9 étudiants en télé-enseignement sont répartis dans les TD1 et TD3 avec les présentiels. L'an dernier tout fonctionnait.

Carmen Ruiz
Département d'études ibériques
""", dict(codes=[("ESPA-22", "ESPA-22", S_LG), ("ESPA22CEMU", "CEMU", S_LGG), ("ESPA22TD1", "TD1", S_LGG),
                 ("ESPA22TD3", "TD3", S_LGG)], sym="wrong_group",
          note="distance (CEMU) group empty in ESPA-22, EAD students in présentiel TDs"))

M("034-dates-examens.eml", "Patricia Leroux <patricia.leroux@unicaen.fr>",
  "Dates des examens de janvier", "2025-11-18 10:10", """Bonjour,

Savez-vous quand sera publié le calendrier des examens de janvier pour le droit constitutionnel (DCON105) ? Les étudiants me demandent s'ils composent en Amphi Pierre Daure ou en salle SA-110, et si l'épreuve du 14/01/2026 est maintenue.

Patricia Leroux
Secrétariat L1 droit - Bât. D, bureau D-210
""", dict(codes=[("DCON105", "DCON105", S_DR)], sym="other", note="exam dates question, not Ecampus"))

M("035-merci.eml", "Hélène Vautier <helene.vautier@unicaen.fr>",
  "Re: [CEMU #48211] Groupes de TD vides dans Ecampus - droit civil", "2025-09-29 08:02", """Tout est rentré dans l'ordre, merci beaucoup pour votre réactivité !

Hélène
""", dict(sym="other", note="thank-you on a closed ticket"))

M("036-quiz-reglage.eml", "Jérôme Hardy <jerome.hardy@unicaen.fr>",
  "Réglage test (XBC3M07) Enzymologie", "2025-11-24 16:20", """Bonjour,

Dans mon cours (XBC3M07) Enzymologie, je voudrais que le test de mi-semestre n'affiche les bonnes réponses qu'après la date de fermeture. Quel réglage dois-je utiliser dans « Options de relecture » ?

Merci
J. Hardy
""", dict(codes=[("XBC3M07", "XBC3M07", S_X)], sym="other", note="quiz review options question"))

M("037-scol-staps-tableau.eml", "Morgane Pichon <morgane.pichon@unicaen.fr>",
  "Changements de groupes L2 STAPS", "2025-10-06 10:55", """Bonjour,

J'ai modifié ce matin dans Apogée les groupes de plusieurs étudiants de L2 STAPS (réorientation en APA). Sur Ecampus ils sont encore dans leur ancien groupe dans les cours ST4-EC07 et ST4-EC02 :

NEtu\tNom\tAncien groupe\tNouveau groupe
24020031\tCOLIN Théo\tG03\tG07
24020198\tMAUGER Lisa\tG03\tG07
23019945\tPERRIN Hugo\tG04\tG07
25001277\tSAVARY Inès\tG04\tG07

Est-ce que ce sera corrigé automatiquement cette nuit ou faut-il faire autre chose ?

Morgane Pichon
Scolarité STAPS - 2 boulevard Maréchal Juin, 14032 Caen Cedex 5
02 31 56 72 90
""", dict(codes=[("ST4-EC07", "ST4-EC07", S_ST), ("ST4-EC02", "ST4-EC02", S_ST), ("STL2G03", "G03", S_STG),
                 ("STL2G07", "G07", S_STG), ("STL2G04", "G04", S_STG)],
          nums=["24020031", "24020198", "23019945", "25001277"], said=['STAPL2'], sym="wrong_group",
          note="group changes made in APOGÉE this morning, awaiting nightly sync; tab table"))

M("038-prof-pas-inscrite-gear305.eml", "Karine Jouan <karine.jouan@unicaen.fr>",
  "Pas inscrite dans mon cours de contrôle de gestion", "2025-09-10 13:14", """Bonjour,

J'assure les TD 1 et TD 3 du cours de contrôle de gestion GEAR3-05 (BUT GEA) mais je ne suis pas inscrite dans l'espace Ecampus, je ne le vois pas du tout. Ma collègue qui fait le TD 2 y est bien. Mes séances sont dans ADE à mon nom.

Karine Jouan
Enseignante associée - IUT Grand Ouest Normandie, dpt GEA
""", dict(codes=[("GEAR3-05", "GEAR3-05", S_BUT), ("GEA2-TD1", "TD 1", S_BUTG), ("GEA2-TD3", "TD 3", S_BUTG),
                 ("GEA2-TD2", "TD 2", S_BUTG)], sym="teacher_not_enrolled",
          note="teacher of TD 1 and TD 3 not enrolled in GEAR3-05"))

M("039-intl-tc-tp2b.eml", "Amadou Sow <amadou.sow.pro@outlook.com>",
  "Wrong group on Ecampus", "2025-10-08 17:25", """Dear Sir or Madam,

I am an international student in the second year of the BUT TC (Techniques de commercialisation). In the Digital marketing course (TCR3-02) on Ecampus I am not in any group, but I should be in group TP2B. So I cannot submit the project.

My student ID: 25088123

Best regards,
Amadou Sow
""", dict(codes=[("TCR3-02", "TCR3-02", S_BUT), ("TC2-TP2B", "TP2B", S_BUTG)], nums=["25088123"],
          sym="wrong_group", role="student", lang="en", said=["IUTC2"],
          note="international student in no group in TCR3-02, should be TP2B; étape said in words"))

M("040-prof-cours-renomme-psy.eml", "Frédéric Olivier <frederic.olivier@unicaen.fr>",
  "Cours renommé et déplacé", "2025-09-04 10:00", """Bonjour,

Mon cours de psychologie du développement « PSY4 DEV » a été déplacé dans la catégorie Archives et porte maintenant un nom en [ARCHIVE]. Personne ne m'a prévenu. Le cours est-il supprimé de la maquette ?

F. Olivier
""", dict(codes=[("PSY4.DEV", "PSY4 DEV", S_PSY)], sym="course_moved_renamed",
          note="course moved to Archives and renamed; code without dot"))

M("041-admin-iut-tp-vides.eml", "Sandrine Hamel <sandrine.hamel@unicaen.fr>",
  "Groupes de TP vides - R1.03", "2025-09-19 11:45", """Bonjour,

Pour les étudiants de BUT GEA 1re année, dans le cours d'introduction au droit (GEAR1-03), les groupes TP1A, TP1B et TP2A sont vides sur Ecampus. Les autres (TP2B, TP3A...) sont corrects. Les affectations ont été saisies dans Apogée le 12 septembre.

Sandrine Hamel
Secrétariat pédagogique GEA
""", dict(codes=[("GEAR1-03", "GEAR1-03", S_BUT), ("GEA1-TP1A", "TP1A", S_BUTG), ("GEA1-TP1B", "TP1B", S_BUTG),
                 ("GEA1-TP2A", "TP2A", S_BUTG), ("GEA1-TP2B", "TP2B", S_BUTG), ("GEA1-TP3A", "TP3A", S_BUTG)],
          sym="wrong_group", said=["IUGEA1"], note="three TP subgroups empty in GEAR1-03 (BUT GEA 1re année in words)"))

M("042-prof-cohorte-ancienne.eml", "Jérôme Hardy <jerome.hardy@unicaen.fr>",
  "Etudiants de l'an dernier toujours inscrits", "2025-10-21 09:30", """Bonjour,

Dans mon cours d'enzymologie (XBC3M07), il y a une méthode « Synchronisation des cohortes » qu'un collègue avait ajoutée en 2023 pour dépanner. Résultat j'ai 340 participants dont beaucoup d'étudiants qui sont maintenant en L3 ou partis. Est-ce que je peux supprimer cette synchro sans risque pour les étudiants de cette année ?

J. Hardy
""", dict(codes=[("XBC3M07", "XBC3M07", S_X)], sym="cohort_question",
          note="old cohort sync left in course; can it be removed?"))

M("043-etu-majuscules.eml", "25014477@etu.unicaen.fr",
  "URGENT CONNEXION", "2025-09-08 07:44", """BONJOUR JE NE PEUX PAS ME CONNECTER A ECAMPUS, CA ME DIT IDENTIFIANT OU MOT DE PASSE INCORRECT ALORS QUE JE ME CONNECTE BIEN A MA MESSAGERIE. J AI CM A 8H. MERCI
""", dict(nums=["25014477"], sym="cannot_login", role="student", note="all-caps student cannot log in"))

M("044-prof-code-faux.eml", "Hélène Vautier <helene.vautier@unicaen.fr>",
  "Cours DCIV210 introuvable", "2026-01-19 14:22", """Bonjour,

Je ne trouve pas sur Ecampus l'espace de mon cours du second semestre, code DCIV210 (droit civil, la famille). La recherche de cours ne donne rien.

Merci,
H. Vautier
""", dict(codes=[("DCIV210", "DCIV210", S_DR)], sym="course_missing",
          note="teacher cannot find course; the code is mistyped (unknown)"))

M("045-inspe-trop-enseignants.eml", "Françoise Delaunay <francoise.delaunay@unicaen.fr>",
  "Enseignants en trop - 1CA107", "2025-09-23 15:40", """Bonjour,

Dans l'espace d'analyse de pratiques (1CA107), toute l'équipe des formateurs du site (23 personnes) est inscrite comme enseignant, alors que seuls 4 interviennent. Les formateurs reçoivent les notifications de tous les dépôts.

Françoise Delaunay
Scolarité INSPE - 02 31 46 70 81
""", dict(codes=[("1CA107", "1CA107", S_INS)], sym="too_many_teachers", note="whole INSPE team enrolled as teachers"))

H46 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>p.MsoNormal{margin:0}</style></head>
<body lang="FR"><div class="WordSection1">
<p class="MsoNormal">Bonjour,<o:p></o:p></p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Mes étudiants de L2 ne voient pas le cours <a href="https://ecampus.unicaen.fr/course/view.php?id=51804">(ST3-EC11) APSA sports collectifs</a>. J'ai pourtant 118 inscrits.<o:p></o:p></p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Cordialement<o:p></o:p></p>
<p class="MsoNormal"><b>Maxime Delacour</b><br>Enseignant EPS - UFR STAPS<br>Tél&nbsp;: 02&nbsp;31&nbsp;56&nbsp;72&nbsp;95<o:p></o:p></p>
</div></body></html>"""
M("046-outlook-html-staps.eml", "Maxime Delacour <maxime.delacour@unicaen.fr>",
  "Cours invisible pour les étudiants", "2025-09-12 08:20", "", dict(
      codes=[("ST3-EC11", "ST3-EC11", S_ST)], ids=[51804], said=['STAPL2'], sym="students_cannot_see_course",
      note="Outlook HTML only: students cannot see course, code in link text"),
  fmt="html", html=H46, hdr={"X-Mailer": "Microsoft Outlook 16.0"})

M("047-scol-reorientation-aes.eml", "Nathalie Lemonnier <nathalie.lemonnier@unicaen.fr>",
  "Réorientation droit -> AES", "2025-10-16 10:05", """Bonjour,

Une étudiante s'est réorientée de la L1 droit vers la L1 AES la semaine dernière (n° 25031187). Son IA a été modifiée le 9/10 et ses IP refaites le 13/10 mais elle n'est dans aucun cours d'AES sur Ecampus, et elle a perdu l'accès à ses anciens cours de droit.

Cordialement,
""" + SIG_DROIT, dict(nums=["25031187"], sym="not_enrolled", said=["L1DRT", "L1AES"],
                    note="reoriented student not enrolled in new étape's courses; étapes said in words"),
  cs="iso-8859-1")

M("048-prof-sous-groupes-5a-5b.eml", "Jérôme Hardy <jerome.hardy@unicaen.fr>",
  "Groupe 5 non scindé en 5A / 5B", "2025-10-28 10:44", """Bonjour,

Pour les TP d'enzymologie (XBC3M07), le groupe 5 de L2 BC a été scindé en deux sous-groupes 5A et 5B dans Apogée début octobre. Sur Ecampus je n'ai toujours que le groupe 5 avec 32 étudiants, et pas de 5A/5B. Est-ce que ça va se mettre à jour ?

J. Hardy
Maître de conférences - Biochimie
Campus 1, bâtiment Sciences 1, bureau S1-07 - 02 31 56 54 23
""", dict(codes=[("XBC3M07", "XBC3M07", S_X), ("XBCL2-G5", "groupe 5", S_XG), ("XBCL2-G5A", "5A", S_XG),
                 ("XBCL2-G5B", "5B", S_XG)], said=['XL2BC'], sym="wrong_group",
          note="subgroups 5A/5B created in APOGÉE not in Moodle; étape 'L2 BC' abbreviated"))

M("049-fwd-dsi-prof-ade.eml", "Stéphane Roger <stephane.roger@unicaen.fr>",
  "Fwd: pas inscrit en tant qu'enseignant - optique", "2025-10-01 17:02", """Je vous transfère, ça ressemble au cas du groupe créé après la planification ADE. Le cours est XPH3M04.

Stéphane

---------- Message transféré ----------
De : Paul Vasseur <paul.vasseur@unicaen.fr>
Date : mer. 1 oct. 2025 à 14:51
Objet : pas inscrit en tant qu'enseignant - optique
À : <stephane.roger@unicaen.fr>

Bonjour Stéphane,
Depuis que la scolarité a créé des groupes de TD pour l'UE d'ondes et optique, je ne suis plus enseignant dans le cours Ecampus. Mes séances sont toujours dans ADE.
Paul
""", dict(codes=[("XPH3M04", "XPH3M04", S_X)], sym="teacher_not_enrolled",
          note="forwarded by DSI: teacher lost enrolment after group created in APOGÉE (ADE pseudo-group case)"))

M("050-etu-nom-usage.eml", "Sarah Benhamou <sarah.benhamou.pro@hotmail.fr>",
  "changement de nom", "2025-11-12 20:15", """Bonjour,
Je me suis mariée cet été et j'ai fait changer mon nom d'usage à la scolarité en septembre mais sur ecampus c'est toujours mon nom de jeune fille (Sarah Kaci). Comment faire ?
Merci
""", dict(sym="wrong_name", role="student", note="student's usage name not updated"))

M("051-resp-l3-eco-groupes.eml", "François Guillot <francois.guillot@unicaen.fr>",
  "Groupes de TD L3 éco", "2025-09-30 12:25", """Bonjour,

Je suis responsable de la L3 éco. Dans le cours de micro (ECO5MICR), les groupes 2 et 4 de TD n'existent pas sur Ecampus, il n'y a que les groupes 1, 3, 5 et 6. Les étudiants des groupes 2 et 4 sont donc « sans groupe ».

François Guillot
Directeur des études L3 Économie - UFR SEGGAT
""", dict(codes=[("ECO5MICR", "ECO5MICR", S_ECO), ("ECOL3-TD2", "groupes 2 et 4", S_ECOG),
                 ("ECOL3-TD4", "groupes 2 et 4", S_ECOG)], sym="wrong_group", said=["L3ECO"],
          note="TD groups 2 and 4 missing in ECO5MICR; étape said 'L3 éco'"))

M("052-b64-prof-psy-cli.eml", "Isabelle Hervieu <isabelle.hervieu@unicaen.fr>",
  "Étudiants non inscrits en psycho clinique", "2025-11-03 09:12", """Bonjour,

Trois étudiants ne sont pas inscrits au cours PSY5.CLI malgré des IP complètes jusqu'au groupe : 22016654, 22019981 et 23007402. Le premier a une IA en télé-enseignement, les deux autres en présentiel.

Isabelle Hervieu
Scolarité Psychologie
""", dict(codes=[("PSY5.CLI", "PSY5.CLI", S_PSY)], nums=["22016654", "22019981", "23007402"],
          sym="not_enrolled", note="3 students not enrolled in PSY5.CLI, base64 body"), cte="b64")

M("053-reponse-automatique.eml", "Laurent Gosselin <laurent.gosselin@unicaen.fr>",
  "Réponse automatique : [CEMU #48602] Utiliser la cohorte du M1 MEEF", "2025-11-05 08:00", """Je suis en déplacement jusqu'au 12 novembre avec un accès limité à ma messagerie. Je vous répondrai à mon retour.

Laurent Gosselin
""", dict(sym="other", role="unknown", auto=True, note="automatic reply to a CEMU ticket"),
  hdr={"Auto-Submitted": "auto-replied"})

M("054-prof-cours-nouveau-hg.eml", "Céline Morin <celine.morin@unicaen.fr>",
  "Nouveau cours de géographie non créé", "2026-01-26 11:11", """Bonjour,

Le cours de géographie des risques (HG.S4.10) a été ajouté à la maquette et créé la semaine dernière dans Apogée par la scolarité, mais je ne le trouve pas sur Ecampus. Le semestre commence le 2 février.

Céline Morin
""", dict(codes=[("HG.S4.10", "HG.S4.10", S_HG)], sym="course_missing",
          note="new element created in APOGÉE last week, course not on Ecampus"))

H55 = """<html><body>
<div>Bonjour,</div><div><br></div>
<div>Ces étudiants de L2 éco sont dans le mauvais groupe de TD dans le cours de stats <b>ECO3STAT</b>&nbsp;: ils apparaissent en TD1 alors qu'ils sont en TD3 depuis le 22/09.</div><div><br></div>
<table style="border-collapse:collapse" border="1">
<tbody>
<tr><td><b>N° étudiant</b></td><td><b>INE</b></td><td><b>Nom</b></td><td><b>Groupe Apogée</b></td></tr>
<tr><td>24033170</td><td>0A2B3C4D5E6</td><td>HUET Manon</td><td>TD3</td></tr>
<tr><td>24033555</td><td>1122334455L</td><td>KONATE Ibrahim</td><td>TD3</td></tr>
</tbody></table>
<div><br></div><div>Merci,</div>
<div>--&nbsp;<br>Sophie Blin<br>Scolarité Économie - UFR SEGGAT<br>19 rue Claude Bloch, 14000 Caen<br>02&nbsp;31&nbsp;56&nbsp;55&nbsp;02</div>
</body></html>"""
M("055-scol-eco-html-table.eml", "Sophie Blin <sophie.blin@unicaen.fr>",
  "Mauvais groupe TD stats L2", "2025-10-03 14:48", """Bonjour,

Ces étudiants de L2 éco sont dans le mauvais groupe de TD dans le cours de stats ECO3STAT : ils apparaissent en TD1 alors qu'ils sont en TD3 depuis le 22/09.

N° étudiant | INE | Nom | Groupe Apogée
24033170 | 0A2B3C4D5E6 | HUET Manon | TD3
24033555 | 1122334455L | KONATE Ibrahim | TD3

Merci,
--
Sophie Blin
Scolarité Économie - UFR SEGGAT
19 rue Claude Bloch, 14000 Caen
02 31 56 55 02
""", dict(codes=[("ECO3STAT", "ECO3STAT", S_ECO), ("ECOL2-TD1", "TD1", S_ECOG), ("ECOL2-TD3", "TD3", S_ECOG)],
          nums=["24033170", "24033555"], sym="wrong_group", said=["L2ECO"],
          note="multipart with HTML table: students in TD1 instead of TD3 in ECO3STAT"),
  fmt="alt", html=H55)

M("056-fwd-etu-ead-anglais.eml", "Agnès Royer <agnes.royer@unicaen.fr>",
  "Fwd: Re: cours d'anglais à distance", "2025-10-17 16:30", """Bonjour,

Je vous fais suivre, l'étudiant est en télé-enseignement et n'a pas accès au cours ANGL-12. Son IA est bien en EAD.

Agnès Royer, scolarité LEA

---------- Message transféré ----------
De : Julien Caron <julien.caron@etu.unicaen.fr>
Date : jeu. 16 oct. 2025 à 21:03

> Le mer. 15 oct. 2025 à 09:12, Agnès Royer <agnes.royer@unicaen.fr> a écrit :
>> Bonjour, pouvez-vous me donner votre numéro étudiant ?
>
> Bonjour, c'est le 24101336. Je suis à distance (je travaille à Cherbourg) et je
> n'ai que les cours d'espagnol, pas l'anglais angl-12.
> Julien
""", dict(codes=[("ANGL-12", "ANGL-12", S_LG), ("ANGL-12", "angl-12", S_LG)], nums=["24101336"],
          sym="not_enrolled", note="forwarded nested quote: EAD student not enrolled in ANGL-12"))

M("057-staff-tableau-de-bord-filtre.eml", "Bernard Lesueur <bernard.lesueur@unicaen.fr>",
  "Mes cours ont disparu du tableau de bord", "2026-02-02 09:05", """Bonjour,

Depuis ce matin je ne vois plus que 3 cours sur mon tableau de bord au lieu d'une dizaine. Les cours du premier semestre ont disparu. Est-ce qu'ils ont été supprimés ?

Bernard Lesueur
PRCE anglais
""", dict(sym="course_not_on_dashboard", note="teacher sees fewer courses on dashboard (filter/past courses)"))

M("058-en-cas-destination.eml", "Lukas Becker <lukas.becker@uni-muenster.de>",
  "Login problem", "2025-09-14 18:40", """Hi,

when I try to log in I get a page "Connexion réussie ... CAS ne connaît pas votre destination finale". I found the address cas.unicaen.fr on Google. What should I do to reach Ecampus?

Thanks
Lukas
""", dict(sym="cas_unknown_destination", role="student", lang="en",
          note="Erasmus student uses CAS URL directly"), dom="uni-muenster.de")

M("059-prof-site-indispo.eml", "Anne Lecoq <anne.lecoq@unicaen.fr>",
  "Re: [CEMU #49001] Ecampus indisponible", "2026-01-12 09:40", """Bonjour,

Toujours la même erreur (« Erreur de lecture de la base de données ») à 9h40. J'ai aussi ouvert un ticket côté DSI : INC0045821. Mon partiel de 10h est-il compromis ?

Anne Lecoq
""", dict(sym="database_error", note="follow-up: database error persists; DSI ticket number look-alike"))

M("060-scol-inspe-g1-g3.eml", "Françoise Delaunay <francoise.delaunay@unicaen.fr>",
  "2 CA 214 groupes inverses", "2025-10-20 13:13", """Bonjour,

Dans le cours 2 CA 214 les groupes G1 et G3 ont ete inverses par rapport a Apogee (les stagiaires du mardi apparaissent en G3). Pouvez-vous verifier ?

Francoise Delaunay
Scolarite INSPE
""", dict(codes=[("2CA214", "2 CA 214", S_INS), ("2CA214G1", "G1", S_INSG), ("2CA214G3", "G3", S_INSG)],
          sym="wrong_group", note="groups G1 and G3 swapped; code written with spaces, no accents"),
  cs="iso-8859-1")

M("061-lectrice-3-cours.eml", "Birgit Schmitt <birgit.schmitt@unicaen.fr>",
  "Pas inscrite dans 3 cours", "2025-09-15 10:20", """Bonjour,

Je ne suis pas inscrite comme enseignante dans les cours suivants, que j'assure pourtant cette année :
- ALLE-31 : Allemand S3 langue
- ALLE-32 : Allemand S3 civilisation
- ITAL-21 : Italien S2 (remplacement de Mme Conti)

Je suis vacataire depuis septembre mais j'ai bien un compte @unicaen.fr.

Birgit Schmitt
""", dict(codes=[("ALLE-31", "ALLE-31", S_LG), ("ALLE-32", "ALLE-32", S_LG), ("ITAL-21", "ITAL-21", S_LG)],
          sym="teacher_not_enrolled", note="lectrice not enrolled in 3 courses listed"))

M("062-etu-participants.eml", "Noah Lefèvre <noah.lefevre@etu.unicaen.fr>",
  "Participants", "2025-10-22 19:19", """Bonjour,
dans le cours de stats je ne trouve plus le lien "Participants" pour voir qui est dans mon groupe de projet. Avant il était à droite.
Merci
""", dict(sym="participants_block_missing", role="student", note="student cannot find Participants link"))

M("063-dsi-cohorte-iugea3.eml", "Pierre Anquetil <pierre.anquetil@unicaen.fr>",
  "cohorte IUGEA3 pas à jour ?", "2025-11-06 11:37", """Bonjour,

L'IUT me signale que la cohorte IUGEA3 contient encore 6 étudiants qui ont abandonné en octobre (IA annulées le 20/10). La synchro des cohortes tourne-t-elle toujours chaque nuit ? Exemple : 22041187.

Pierre
DSI
""", dict(codes=[("IUGEA3", "IUGEA3", S_IU)], nums=["22041187"], sym="cohort_question",
          note="DSI: cohort still holds students whose IA was cancelled"))

M("064-scol-l2drt-101.eml", "Patricia Leroux <patricia.leroux@unicaen.fr>",
  "Aucun étudiant de L2DRT-101 dans DADM402", "2026-01-21 08:55", """Bonjour,

Aucun des étudiants inscrits en L2DRT-101 n'apparaît dans le cours de droit administratif DADM402 (0 participant étudiant). Les IP du S4 ont été faites hier en fin de journée par lot.

Patricia Leroux
Secrétariat Licence droit
""", dict(codes=[("L2DRT", "L2DRT-101", S_ETL), ("DADM402", "DADM402", S_DR)], sym="not_enrolled",
          note="no students of étape L2DRT (written with version) in DADM402; IP made yesterday"))

M("065-prof-id-en-mots.eml", "Vincent Gaillard <vincent.gaillard@unicaen.fr>",
  "cours invisible", "2025-09-11 16:02", """Bonjour,
les étudiants ne voient pas mon cours (le cours id 51377 sur Ecampus, informatique de gestion). Je vois une bannière disant que le cours est caché pour les étudiants, mais je ne trouve pas où le rendre visible.
V. Gaillard
""", dict(ids=[51377], sym="students_cannot_see_course", note="course id given in words; hidden course"))

M("066-staps-shn-sans-groupe.eml", "Morgane Pichon <morgane.pichon@unicaen.fr>",
  "Sportifs de haut niveau sans groupe", "2025-10-23 14:30", """Bonjour,

Les étudiants du groupe SHN (sportifs de haut niveau) de L2 ne sont dans aucun groupe dans le cours ST4-EC02 (ils sont « Aucun groupe »), alors qu'ils sont dans le groupe SHN dans Apogée. Ils sont bien inscrits au cours.

Morgane Pichon
Scolarité STAPS - 02 31 56 72 90
""", dict(codes=[("ST4-EC02", "ST4-EC02", S_ST), ("STL2SHN", "SHN", S_STG)], sym="wrong_group",
          said=["STAPL2"], note="SHN group members in no group in ST4-EC02"))

M("067-etu-psy-stats-sans-accents.eml", "Yasmine B <yasmine.b2006@hotmail.fr>",
  "pas inscrite", "2025-10-04 01:10", """bonjour
je suis en L2 psycho et je suis pas inscrite dans l ue de stats sur ecampus alors que mes copines oui, pourtant j ai fait mon inscription pedagogique. je sais pas quoi faire
merci
yasmine
""", dict(sym="not_enrolled", role="student", said=["L2PSY"],
          note="student L2 psycho not enrolled in stats UE, no code, no accents"))

M("068-prof-trop-enseignants-msoc.eml", "Agnès Pottier <agnes.pottier@unicaen.fr>",
  "trop d'enseignants m.1soc2b", "2025-09-30 10:45", """Bonjour,

Dans le cours m.1soc2b (sociologie des organisations), je vois 7 enseignants inscrits alors que nous ne sommes que deux à l'assurer cette année. Les autres intervenaient l'an dernier.

Agnès Pottier
Professeure de sociologie
UFR HSS - MRSH, bureau 212 - 02 31 56 81 12
""", dict(codes=[("M.1SOC2B", "m.1soc2b", S_DOT)], sym="too_many_teachers",
          note="last year's teachers still enrolled; code lowercase"), cs="windows-1252")

M("069-etu-tc-alternance.eml", "Lucas Gosselin <lucas.gosselin@etu.unicaen.fr>",
  "cours absents de mon tableau de bord", "2025-09-22 12:35", """Bonjour,

Je suis en 2e année de BUT TC en alternance. Sur mon tableau de bord je n'ai que les cours du semestre dernier, aucun cours du S3. Mon numéro : 24066019.

Merci
Lucas
""", dict(nums=["24066019"], sym="course_not_on_dashboard", role="student", said=["IUTC2"],
          note="apprentice BUT TC 2 sees no S3 course on dashboard"))

M("070-fwd-chaine-hg-td.eml", "Thomas Rivière <thomas.riviere@unicaen.fr>",
  "TR: TR: groupe TD HGS3-TD02", "2025-10-14 08:20", """Bonjour,

Suite des échanges ci-dessous : 5 étudiants ont changé de groupe (du HGS3-TD02 vers HGS3-TD04) et sur Ecampus ils sont toujours dans le TD 2 de mon cours HG.S3.07.

T. Rivière

-----Message d'origine-----
De : Gaëlle Fossey
Envoyé : lundi 13 octobre 2025 17:02
À : Thomas Rivière
Objet : RE: groupe TD HGS3-TD02

C'est modifié dans Apogée depuis ce midi, ça devrait passer cette nuit.

-----Message d'origine-----
De : Thomas Rivière
Envoyé : lundi 13 octobre 2025 10:40
Objet : groupe TD HGS3-TD02

Pourrais-tu basculer Martin, Lemaire, Hoarau, Dupont et Vidal en TD 4 ? Merci.
""", dict(codes=[("HGS3-TD02", "HGS3-TD02", S_HGG), ("HGS3-TD04", "HGS3-TD04", S_HGG), ("HG.S3.07", "HG.S3.07", S_HG)],
          sym="wrong_group", note="Outlook forward chain: group change in APOGÉE not reflected after sync"))
