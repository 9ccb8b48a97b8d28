from lib import add
from m5 import *

add("086-etu-psy-stray.eml", "Anaïs Robin <anais.robin@etu.unicaen.fr>",
 "PS 107", "2025-09-20 09:50",
"""bonjour,
je suis en L1 psycho TD 12 et le cours PS 1.07 reste grisé / je peux pas cliquer dessus. n°25019877""",
 codes=[("PS1.07","PS 1.07"),("PS107TD12","TD 12")], nums=["25019877"], sym="students_cannot_see_course",
 schemes=[PSY], note="student: course greyed (hidden); stray space") 

add("087-admin-hss-said.eml", "Gérard Touzé <gerard.touze@unicaen.fr>",
 "Cours de M2 sociologie non créés", "2025-09-03 11:15",
"""Bonjour,

Aucun espace de cours n'a été créé pour le S3 du master 2 de sociologie, alors que la maquette a été validée en juin. Les enseignants s'inquiètent. La rentrée est le 15/09.

Gérard Touzé
Responsable administratif UFR HSS
Esplanade de la Paix - 14032 Caen Cedex 5 - 02 31 56 55 80""", sym="course_missing", role="staff", said=["MSOC2"],
 note="admin: no course spaces for a whole étape")

add("088-etu-iso-lea.eml", "Benoît Lefèvre <benoit.lefevre@etu.unicaen.fr>",
 "Inscription LEA-412 groupe 2", "2025-09-23 17:30",
"""Bonjour,
Je suis bien dans le cours LEA-412 mais pas dans le groupe G2 (je suis dans le G1 sur Ecampus). C'est le G2 le jeudi en LV-108.
Benoît Lefèvre - n° étudiant 24015590""", cs="iso-8859-1", cte="8bit",
 codes=[("LEA-412","LEA-412"),("LEA412-G2","G2"),("LEA412-G1","G1")], nums=["24015590"], sym="wrong_group",
 schemes=[LEA], note="wrong group, latin-1 8bit")

add("089-dsi-glpi-forward.eml", "Assistance DSI <assistance@unicaen.fr>",
 "[GLPI #318911] Transfert au CEMU - cours PH4UE12", "2025-10-10 15:02",
"""Bonjour,

Ticket transféré depuis le guichet DSI, ne relevant pas de notre périmètre.

---
Demandeur : Théo Fournier (22011986)
Description : "je suis toujours dans l'ED1 de l'UE PH4UE12 alors que j'ai changé"
---

Assistance DSI - 02 31 56 66 00""", codes=[("PH4UE12","PH4UE12"),("PH4ED1","ED1")], nums=["22011986"],
 sym="wrong_group", role="staff", schemes=[PHA], note="DSI helpdesk forwards a student ticket")

add("090-etu-cyrillic-charset.eml", "Olena Kovalenko <olena.kovalenko@etu.unicaen.fr>",
 "Не можу увійти / cannot login", "2025-09-14 20:20",
"""Добрий день! / Hello,
I cannot log in to Ecampus, it says my account is not activated. I'm in the 1st year of economics (L1 economie).
Student number: 25090612
Дякую!""", cs="koi8-u", cte="b64", nums=["25090612"], sym="cannot_login", lang="en", said=["ECOL1"],
 note="Ukrainian/English student, koi8-u base64")

add("091-prof-hidden-course-html.eml", "Claire Besnard <claire.besnard@unicaen.fr>",
 "Cours invisible pour les étudiants", "2025-09-11 08:45",
"""Bonjour,

Les étudiants de 1re année de géographie me disent qu'ils ne voient pas mon cours (1 GEO 02, cartographie). Moi je le vois. Faut-il que je fasse quelque chose ?

Claire Besnard""", fmt="alt", cte="qp", codes=[("1GEO02","1 GEO 02")], sym="students_cannot_see_course", role="staff",
 schemes=[HIS], note="teacher, code with spaces")

add("092-spam-phish-en.eml", "IT Helpdesk <helpdesk@unicaen-support.net>",
 "Action required: verify your Ecampus account", "2025-11-18 02:10",
"""Dear user,
Your Ecampus account will be suspended in 24 hours. Verify now: http://ecampus-unicaen.verify-login.net/?id=51208
Ticket ref: INC0049182""", role="unknown", lang="en", sym="other", note="phishing mentioning Ecampus (fake link id is not a course link)")

add("093-etu-thanks-en.eml", "Giulia Romano <giulia.romano@studenti.unipd.it>",
 "Re: Cannot access my courses on Ecampus", "2025-09-24 10:00",
"""Thank you, the teachers enrolled me manually. Everything works now!
Giulia""", lang="en", role="unknown", sym="other", note="thanks from Erasmus student (outside address)")

add("094-secr-droit-l3-mixed.eml", "Sandrine Leroux <sandrine.leroux@unicaen.fr>",
 "L3 droit - cours de droit des affaires", "2025-10-20 14:40",
"""Bonjour,

Nous constatons que l'espace de droit des affaires (DRT3 AFF) ne contient aucun étudiant de L3. Le code de l'espace est bien DRT3-AFF (vérifié dans les paramètres). Par ailleurs le cours de pénal (DRT3-PEN) est correct.

Quelques n° : 23001187, 23002254, 23007719.
Une chose : le numéro 0231565403 dans ma signature est le bon pour me joindre.

Sandrine Leroux
Scolarité UFR Droit - 02 31 56 54 03""", codes=[("DRT3-AFF","DRT3 AFF"),("DRT3-AFF","DRT3-AFF"),("DRT3-PEN","DRT3-PEN")],
 nums=["23001187","23002254","23007719"], sym="not_enrolled", role="staff", schemes=[DRT], note="scolarité, code with and without dash")

add("095-etu-math-course-id-words.eml", "Jules Marais <jules.marais@etu.unicaen.fr>",
 "Cours id 47790", "2025-10-03 13:13",
"""Bonjour, dans le cours id 47790 (maths S1, SMAT112) je suis dans le mauvais groupe de TD : je devrais être dans le G5.
Merci, Jules 25013590""", codes=[("SMAT112","SMAT112"),("SMAT112G5","G5")], nums=["25013590"], ids=[47790],
 sym="wrong_group", schemes=[SCI], note="course id given in words")

add("096-autoreply-list.eml", "moodle-admins-request@listes.unicaen.fr",
 "Votre message pour moodle-admins est en attente de modération", "2025-10-02 09:03",
"""Votre message de sujet "Cours MF1-110 groupes" a été mis en attente de modération par le serveur de listes Sympa.""",
 codes=[("MF1-110","MF1-110")], role="unknown", auto=True, schemes=[INS], headers={"Auto-Submitted":"auto-replied","Precedence":"list"},
 note="mailing list moderation notice")

add("097-prof-enrol-students-said.eml", "Romain Gosselin <romain.gosselin@unicaen.fr>",
 "Étudiants de L2 éco absents", "2025-09-25 10:05",
"""Bonjour,

Dans mon cours de macroéconomie de L2 (E214305) seuls les étudiants du TD 2 sont inscrits. Les autres groupes sont absents. Exemple d'étudiant absent : 24020981.

Romain Gosselin
Bureau E-215 ; tél. 02.31.56.53.77""", codes=[("E214305","E214305"),("E214305TD2","TD 2")], nums=["24020981"],
 sym="not_enrolled", role="staff", schemes=[ECO], note="only one TD group enrolled")

add("098-etu-upper-ws.eml", "Marine Collin <marine.collin@etu.unicaen.fr>",
 "Cours ES-31 C", "2025-09-30 07:35",
"""Bonjour,
Je n'arrive pas à trouver le cours  ES-31 C  (civilisation hispanique) ni es31c quand je cherche. Je suis en L3 LLCE espagnol.
N° 23027741""", codes=[("ES-31C","ES-31 C"),("ES-31C","es31c")], nums=["23027741"], sym="course_missing",
 schemes=[LLC], said=["LLCEE3"], note="damaged code two ways")

add("099-secr-inspe-teacher.eml", "Aurélie Picard <aurelie.picard@unicaen.fr>",
 "Enseignante non inscrite dans MF2-305", "2025-10-07 16:50",
"""Bonjour,

Mme Karine Dupuis (karine.dupuis@ac-normandie.fr), formatrice associée, n'est pas inscrite comme enseignante dans l'espace MF2-305, alors que ses séances sont planifiées dans ADE. Pouvez-vous vérifier ?

Aurélie Picard - INSPE""", codes=[("MF2-305","MF2-305")], sym="teacher_not_enrolled", role="staff", schemes=[INS],
 note="scolarité reports a teacher not enrolled")

add("100-etu-gmail-said-stapsl3.eml", "Kylian Joubert <kylian.joubert14@gmail.com>",
 "Accès ecampus APA", "2025-09-13 10:10",
"""Bonjour,
Le cours de ST5102 n'apparaît pas (je l'avais en rattrapage l'an dernier ?). Mon num étudiant est le 23040781, code postal 14000 si besoin.
Merci""", codes=[("ST5102","ST5102")], nums=["23040781"], sym="not_enrolled", schemes=[STA],
 note="student with postcode look-alike")
import lib; lib.save()
