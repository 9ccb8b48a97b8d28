from lib import add
DRT="droit DRTn-XXX (invented)"; IAE="IAE IEn.XXn (invented)"; STA="STAPS STnnnn (invented)"
LEA="LEA LEA-nnn (invented)"; IUT="IUT BUT IGRn.nn (invented)"; PHA="pharma PHnUEnn (invented)"
INS="INSPE MFn-nnn (invented)"; HIS="histoire nHISnn (invented)"; PSY="psycho PSn.nn (invented)"
ECO="eco Ennnnnn (invented)"; SCI="sciences letters+digits (FAQ-like)"; HSS="HSS dotted M.n.XXnn (FAQ-like)"
LLC="LLCE dash AN-nnX (FAQ-like)"

add("001-etu-l1-droit-td3.eml", "Lucie Marchand <lucie.marchand@etu.unicaen.fr>",
 "pas inscrite en droit civil ??", "2025-09-16 22:41",
"""Bonjour,

Je suis en première année de droit et je ne vois pas le cours de droit civil sur ecampus alors que mes amies l'ont. Je suis en TD 3 avec Mme Lefort le mardi en SA-110.
Mon numéro étudiant c'est le 25004127.

Je ne sais pas quoi faire, on a déjà un devoir à rendre pour vendredi :(

Merci d'avance
Lucie""", codes=[("DRT1CIVTD3","TD 3")], nums=["25004127"], sym="not_enrolled", schemes=[DRT],
 said=["DRTL1"], note="L1 student not enrolled in civil law course, names her TD group")

add("002-prof-tp-staps.eml", "Julien Hervieu <julien.hervieu@unicaen.fr>",
 "ST3104 - étudiants absents de la liste", "2025-09-23 08:12",
"""Bonjour,

Dans mon cours ST3104 (Physiologie de l'effort), les TP2B et TP4A n'apparaissent pas dans les participants, alors que les TP1A et TP3A sont bien là. Les TP ont commencé hier au gymnase.

Pouvez-vous regarder ?

Julien Hervieu
MCF - UFR STAPS
Bureau 115, 2 boulevard Maréchal Juin, 14032 Caen Cedex 5
02 31 56 72 18""", codes=[("ST3104","ST3104"),("ST3104TP2B","TP2B"),("ST3104TP4A","TP4A"),("ST3104TP1A","TP1A"),("ST3104TP3A","TP3A")],
 sym="not_enrolled", role="staff", schemes=[STA], note="teacher: two TP groups missing from participants")

add("003-etu-iae-alternants.eml", "Maxime Vautier <maxime.vautier@etu.unicaen.fr>",
 "Mauvais groupe contrôle de gestion", "2025-10-02 13:05",
"""Bonjour,

Je suis alternant en M1 CG à l'IAE mais sur Ecampus, dans le cours IE7.CG2, on m'a mis dans le groupe formation initiale et pas dans le groupe des alternants. Du coup je ne vois pas les dépôts de devoirs qui nous concernent.

Numéro étudiant : 24011853

Cordialement,
Maxime Vautier""", codes=[("IE7.CG2","IE7.CG2"),("IE7CG2ALT","groupe des alternants"),("IE7CG2FI","groupe formation initiale")],
 nums=["24011853"], sym="wrong_group", schemes=[IAE], note="apprentice student placed in wrong group")

add("004-etu-sms-psycho.eml", "kenza.b14@gmail.com",
 "ecampus marche pa", "2025-09-08 23:58",
"""slt jarrive pa a me co sur ecampus sa me mets mot de passe incorrect alors ke c le bon jsuis en L1 psycho
mon num etu c 25019320
mrc""", nums=["25019320"], sym="cannot_login", schemes=[], said=["PSYL1"],
 note="SMS-style student cannot log in")

add("005-secretariat-droit-tableau.eml", "Sandrine Leroux <sandrine.leroux@unicaen.fr>",
 "Etudiants non inscrits - Droit des obligations L2", "2025-10-06 10:30",
"""Bonjour,

Plusieurs étudiants de L2 nous signalent ne pas avoir accès au cours DRT2-OBL. Leurs IP sont faites jusqu'au groupe dans Apogée (vérifié ce matin).

N° étudiant | INE | Nom | Groupe
24003318 | 0904021187K | BOUVIER Clara | DRT2OBLTD2
24006271 | 1203345589F | N'DIAYE Moussa | DRT2OBLTD2
23009154 | 0702118843H | LEPETIT Anaïs | DRT2OBLTD5

Merci de votre aide.

Sandrine Leroux
Scolarité UFR Droit, AES et Administration Publique
Bâtiment D, bureau DR-204 - 02 31 56 54 03""", cs="iso-8859-1", cte="qp",
 codes=[("DRT2-OBL","DRT2-OBL"),("DRT2OBLTD2","DRT2OBLTD2"),("DRT2OBLTD5","DRT2OBLTD5")],
 nums=["24003318","24006271","23009154"], sym="not_enrolled", role="staff", schemes=[DRT],
 note="scolarité table of students missing from course")

add("006-erasmus-en.eml", "Giulia Romano <giulia.romano@studenti.unipd.it>",
 "Cannot access my courses on Ecampus", "2025-09-19 09:14",
"""Dear Sir or Madam,

I am an Erasmus student from Padova, here for the autumn semester. I can log in to Ecampus but I don't see any of my courses. My learning agreement includes AN-21B (English linguistics) and ES-31C.

My student number is 25080442.

Thank you very much,
Giulia Romano""", codes=[("AN-21B","AN-21B"),("ES-31C","ES-31C")], nums=["25080442"],
 sym="not_enrolled", lang="en", schemes=[LLC], note="incoming Erasmus student sees no course")

add("007-autoreply-absent.eml", "Pascale Girard <pascale.girard@unicaen.fr>",
 "Réponse automatique : [CEMU #48213] Cours IGR2.05", "2025-10-21 09:01",
"""Bonjour,

Je suis absente du bureau jusqu'au 3 novembre 2025 inclus. Pour toute urgence concernant la scolarité du BUT GEA, merci de contacter le secrétariat au 02 31 56 70 00.

Cordialement,
Pascale Girard""", codes=[("IGR2.05","IGR2.05")], role="unknown", auto=True, schemes=[IUT],
 headers={"Auto-Submitted":"auto-replied","X-Auto-Response-Suppress":"All"},
 note="out of office reply quoting a ticket subject")

add("008-prof-teacher-not-enrolled.eml", "Olivier Castel <olivier.castel@unicaen.fr>",
 "Je n'ai pas accès à mon cours de pharmaco", "2025-09-29 18:47",
"""Bonjour,

J'assure cette année les ED de l'UE 17 en 4e année de pharmacie (PH4UE17) mais je ne suis pas inscrit comme enseignant dans l'espace Ecampus : https://ecampus.unicaen.fr/course/view.php?id=52817

Mes collègues y sont. Les séances sont pourtant planifiées dans ADE depuis juillet.

Bien cordialement,
O. Castel
Laboratoire de pharmacologie - UFR Santé""", codes=[("PH4UE17","PH4UE17")], ids=[52817],
 sym="teacher_not_enrolled", role="staff", schemes=[PHA], note="teacher not enrolled in his course")

add("009-etu-html-lea.eml", "Inès Haddad <ines.haddad@hotmail.fr>",
 "cours introuvable", "2025-09-12 11:20", "",
 fmt="html", html="""<html><head><meta charset="utf-8"></head><body><div dir="ltr">Bonjour,<br><br>Je suis en LEA anglais-espagnol 2e ann&eacute;e et je ne trouve pas le cours <b>LEA-412</b> (Traduction &eacute;conomique) sur Ecampus, il n'appara&icirc;t nulle part m&ecirc;me en cherchant.<br>Mon num&eacute;ro&nbsp;: 24015567<br><br>Merci<br>In&egrave;s</div></body></html>""",
 codes=[("LEA-412","LEA-412")], nums=["24015567"], sym="course_missing", schemes=[LEA], said=["LEA2AE"],
 note="HTML-only student, course not found")

add("010-dsi-database.eml", "Thomas Berthelot <thomas.berthelot@unicaen.fr>",
 "TR: Ecampus indisponible ce matin ?", "2025-11-16 10:12",
"""Salut,

Plusieurs remontées au guichet DSI depuis 9h30 : "Erreur de lecture de la base de données" sur ecampus. C'est l'optimisation du dimanche ou autre chose ? Ticket GLPI 318552 ouvert de notre côté.

Thomas
DSI - Pôle infrastructures - poste 5521

-----Message d'origine-----
De : guichet-dsi@unicaen.fr
Envoyé : dimanche 16 novembre 2025 09:47
Objet : Ecampus KO

Utilisateur 26002719 signale erreur base de données sur ecampus.""", nums=["26002719"],
 sym="database_error", role="staff", note="DSI forwards database error reports")

add("011-etu-cas-destination.eml", "22007781@etu.unicaen.fr",
 "CAS connexion réussie mais rien", "2025-09-03 20:15",
"""Bonjour, quand je me connecte ça me met "Connexion réussie" et que CAS ne connaît pas ma destination finale. Je tape cas.unicaen.fr dans google. Comment j'accède à mes cours ?
Merci""", nums=["22007781"], sym="cas_unknown_destination", note="CAS unknown destination")

add("012-spam-office.eml", "Service Messagerie <admin@mail-upgrade-secure.com>",
 "Votre boîte mail UNICAEN sera désactivée", "2025-10-14 03:22",
"""Cher utilisateur,

Votre quota de messagerie a atteint 98%. Pour éviter la désactivation, veuillez valider votre compte sous 24h :
http://unicaen-webmail-verify.com/login

Référence dossier : UNC-2025-88412
Service Informatique""", role="unknown", sym="other", note="phishing spam")

add("013-prof-tiers-enseignants.eml", "Hélène Dufresne <helene.dufresne@unicaen.fr>",
 "Trop d'enseignants dans mon cours 3HIS14", "2025-09-18 14:33",
"""Bonjour,

Dans l'espace de mon cours d'histoire moderne (3HIS14), je vois 14 enseignants inscrits dont la plupart n'interviennent pas du tout dans ce cours (certains sont même en géographie). Les étudiants reçoivent donc des messages de personnes qu'ils ne connaissent pas. Je suis seule avec un chargé de TD pour le 3HIS14-TD1 et le 3HIS14-TD2.

Merci,
Hélène Dufresne
Professeure d'histoire moderne""", codes=[("3HIS14","3HIS14"),("3HIS14-TD1","3HIS14-TD1"),("3HIS14-TD2","3HIS14-TD2")],
 sym="too_many_teachers", role="staff", schemes=[HIS], note="too many teachers enrolled")

add("014-etu-nom-errone.eml", "Loïc Lemaître <loic.lemaitre@etu.unicaen.fr>",
 "Erreur sur mon nom", "2025-09-25 16:40",
"""Bonjour,

Sur Ecampus mon nom est écrit "LEMAITRE Loic" sans accents et avec l'ancien prénom d'usage "Lou". Je voudrais que ce soit corrigé, c'est gênant quand les profs font l'appel.
N° étudiant 23018840.

Cordialement""", nums=["23018840"], sym="wrong_name", note="student wants name corrected")

add("015-prof-cours-archive.eml", "Marc Delaunay <marc.delaunay@unicaen.fr>",
 "Mon cours est passé dans Archives ???", "2025-09-05 09:02",
"""Bonjour,

Mon cours "(3HIS41) Histoire de la Normandie médiévale" a disparu de mon tableau de bord et je le retrouve dans la catégorie Archives 2024-2025. Il y a tout mon contenu dedans (quiz, vidéos). Que s'est-il passé ? La rentrée est lundi.

Marc Delaunay
Bureau MRSH 112""", codes=[("3HIS41","3HIS41")], sym="course_moved_renamed", role="staff", schemes=[HIS],
 note="course archived (old code no longer exists)")

add("016-etu-stagiaire-dashboard.eml", "Chloé Petit <chloe.petit27@orange.fr>",
 "Cours qui ne s'affiche plus sur le tableau de bord", "2025-11-04 19:30",
"""Bonjour,

Depuis cette semaine je ne vois plus le cours de physio (ST3201) sur mon tableau de bord, alors que j'y étais la semaine dernière et que j'ai un QCM dessus.

Chloé Petit - 24007702""", codes=[("ST3201","ST3201")], nums=["24007702"], sym="course_not_on_dashboard",
 schemes=[STA], note="course vanished from dashboard")

add("017-admin-cohorte.eml", "Véronique Lamy <veronique.lamy@unicaen.fr>",
 "Cohorte pour l'espace complémentaire MEEF", "2025-09-10 11:45",
"""Bonjour,

Pour l'espace complémentaire « Vie de promo MEEF 1er degré » (https://ecampus.unicaen.fr/course/view.php?id=49630), nous souhaiterions inscrire toute la promo de M1 via la cohorte générale de l'étape MEEF1P, et aussi les M2 (MEEF2P). Est-ce la bonne méthode et les cohortes sont-elles déjà à jour pour 2025-2026 ?

Véronique Lamy
Responsable administrative INSPE Normandie Caen
186 rue de la Délivrande, 14000 Caen""", codes=[("MEEF1P","MEEF1P"),("MEEF2P","MEEF2P")], ids=[49630],
 sym="cohort_question", role="staff", schemes=[INS], note="composante admin asks about cohort sync")

add("018-etu-typo-sinf.eml", "Hugo Lebrun <hugo.lebrun@etu.unicaen.fr>",
 "cours sinf 301 pas visible", "2025-09-22 08:55",
"""Bonjour,
je suis inscrit en sinf 301 (prog fonctionnelle) mais je le vois pas dans mes cours. groupe G2.
num 23004519
merci""", codes=[("SINF301","sinf 301"),("SINF301G2","G2")], nums=["23004519"], sym="not_enrolled",
 schemes=[SCI], note="damaged code lowercase+space")

add("019-bounce.eml", "Mail Delivery System <MAILER-DAEMON@smtp.unicaen.fr>",
 "Undelivered Mail Returned to Sender", "2025-10-08 14:02",
"""This is the mail system at host smtp.unicaen.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<j.morin@etu.unicaen.fr>: host mx.unicaen.fr[194.199.234.10] said: 550 5.1.1
    User unknown (in reply to RCPT TO command)

--- Original message ---
Subject: [CEMU #48377] Votre demande concernant PS5.02
""", role="unknown", auto=True, lang="en", codes=[("PS5.02","PS5.02")], schemes=[PSY],
 headers={"Auto-Submitted":"auto-generated"}, note="bounce of a ticket reply")

add("020-etu-en-login.eml", "Amir Hosseini <amir.hosseini@gmail.com>",
 "Stuck on profile page at first login", "2025-09-09 10:10",
"""Hello,

I'm a new international student in the M1 programme in sociology. When I log in to Ecampus for the first time it sends me to "Modifier le profil" and says I have no email address, but the field is greyed and I cannot type anything. So I'm stuck.

Student ID: 25091130
Tel: +33 6 51 22 84 09

Thanks,
Amir""", nums=["25091130"], sym="cannot_login", lang="en", said=["MSOC1"], note="first login stuck on profile page")
