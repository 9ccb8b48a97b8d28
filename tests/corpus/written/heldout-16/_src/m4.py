from lib import add
from m3 import *

add("059-etu-td-no-course.eml", "Nina Perrin <nina.perrin@etu.unicaen.fr>",
 "groupe TD", "2025-10-05 16:16",
"""Bonjour, je suis dans le TD 4 mais sur ecampus je suis dans le TD 1. Comment changer ?
Nina""", sym="wrong_group", note="group named without course: not identifiable")

add("060-etu-ticket-number-lookalike.eml", "Axel Martin <axel.martin@etu.unicaen.fr>",
 "Re: [CEMU #48533] toujours pas inscrit", "2025-10-14 08:40",
"""Bonjour,
Je relance, toujours rien pour le cours 1GEO02 (groupe TD 3) malgré votre réponse du 09/10.
Ticket 48533, numéro étudiant 25007140.
Axel""", codes=[("1GEO02","1GEO02"),("1GEO02-TD3","TD 3")], nums=["25007140"], sym="not_enrolled",
 schemes=[HIS], note="follow-up with ticket number look-alike")

add("061-prof-vague.eml", "Jean Pichon <jean.pichon@unicaen.fr>",
 "ecampus", "2025-10-17 09:00",
"""Bonjour,
Il y a un problème avec mon cours sur Ecampus, plusieurs étudiants se plaignent. Pouvez-vous regarder ?
Cordialement
J. Pichon""", role="staff", sym="other", note="vague teacher mail, no details")

add("062-etu-case-mf.eml", "Pauline Hébert <pauline.hebert@etu.unicaen.fr>",
 "didactique maths", "2025-10-02 19:45",
"""Bonjour,
Je suis en M1 MEEF 1er degré et je n'arrive pas à accéder à l'espace mf1-203 (didactique des maths), groupe 2.
N° étudiant 21012264
Merci !""", codes=[("MF1-203","mf1-203"),("MF1-203G2","groupe 2")], nums=["21012264"], sym="not_enrolled",
 schemes=[INS], said=["MEEF1P"], note="lowercase code")

add("063-admin-iae-cohort.eml", "Sylvie Rault <sylvie.rault@unicaen.fr>",
 "Cohortes IAE M1", "2025-09-05 14:10",
"""Bonjour,

La cohorte générale IEM1MK (M1 Marketing) est vide sur Ecampus alors que 48 étudiants ont leur IA. Celle de IEM1CG est correcte. Avez-vous une idée ?

Sylvie Rault
Directrice administrative adjointe - IAE Caen
3 rue Claude Bloch, 14000 Caen""", codes=[("IEM1MK","IEM1MK"),("IEM1CG","IEM1CG")], sym="cohort_question",
 role="staff", schemes=[IAE], note="empty cohort")

add("064-etu-iso-typo-unknown.eml", "Quentin Bazin <quentin.bazin@etu.unicaen.fr>",
 "Cours SINF310 introuvable", "2025-09-24 10:05",
"""Bonjour,
Je ne trouve pas le cours SINF310 sur Ecampus.
Numéro étudiant : 23006628
Cordialement""", cs="iso-8859-1", cte="qp", codes=[("SINF310","SINF310")], nums=["23006628"],
 sym="course_missing", schemes=[SCI], note="student mistyped code (unknown)")

add("065-bounce-quota.eml", "postmaster@orange.fr",
 "Delivery Status Notification (Failure)", "2025-11-05 11:32",
"""Votre message n'a pas pu être remis à chloe.petit27@orange.fr : boîte aux lettres pleine (552 5.2.2 Mailbox full).

Objet du message d'origine : [CEMU #48710] Cours ST3201""", codes=[("ST3201","ST3201")], role="unknown", auto=True,
 schemes=[STA], headers={"Auto-Submitted":"auto-generated"}, note="bounce mailbox full")

add("066-prof-droit-groupes.eml", "Marie Lefort <marie.lefort@unicaen.fr>",
 "Groupes vides dans Droit civil L1", "2025-09-19 11:20",
"""Bonjour,

Dans mon cours de droit civil de L1 (DRT1-CIV), les groupes TD1 à TD3 sont vides alors que les étudiants sont bien inscrits au cours. Je ne peux donc pas ouvrir les devoirs par groupe. Le TD 3 notamment (le mien) devrait compter 38 étudiants.

Marie Lefort
MCF droit privé - bureau DR-318""", codes=[("DRT1-CIV","DRT1-CIV"),("DRT1CIVTD1","TD1"),("DRT1CIVTD3","TD 3")],
 sym="wrong_group", role="staff", schemes=[DRT], note="groups empty in course (TD1 to TD3 range: TD2 not listed)")

add("067-etu-en-name.eml", "Oluwaseun Adeyemi <oluwaseun.adeyemi@etu.unicaen.fr>",
 "My name is misspelled on Ecampus", "2025-10-22 12:00",
"""Hello,
On Ecampus my name appears as "ADEYEMI Oluwasuen" (letters swapped). Could you fix it? My student number is 25088201.
Thank you""", nums=["25088201"], sym="wrong_name", lang="en", note="name misspelled")

add("068-etu-html-participants.eml", "Arthur Lemoine <arthur.lemoine@etu.unicaen.fr>",
 "Participants ?", "2025-10-09 09:09",
"""Bonjour,
Dans le cours d'éco (E316102) je ne trouve plus la liste des participants, avant il y avait un bloc à droite.
Merci""", fmt="alt", codes=[("E316102","E316102")], sym="participants_block_missing", schemes=[ECO],
 note="participants block, multipart alternative")

add("069-secr-staps-long.eml", "Delphine Vallée <delphine.vallee@unicaen.fr>",
 "Inscriptions STAPS L1 - plusieurs UE", "2025-09-26 14:55",
"""Bonjour,

Quelques étudiants de STAPS L1 ne sont inscrits dans aucun des cours suivants :
- ST1105 : Anatomie fonctionnelle (TD3)
- ST1102 : Sociologie du sport
- ST1108 : Activités physiques - natation

Leurs IP sont complètes :
25040012 - HAMON Lucas - TD3
25040099 - LE GOFF Manon - TD3
25041230 - TRAORE Issa - TD1

Delphine Vallée
Scolarité STAPS
2 bd du Maréchal Juin, 14032 Caen Cedex 5 - 02 31 56 73 00
--
Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires.""",
 codes=[("ST1105","ST1105"),("ST1105TD3","TD3"),("ST1102","ST1102"),("ST1108","ST1108"),("ST1105TD1","TD1")],
 nums=["25040012","25040099","25041230"], sym="not_enrolled", role="staff", schemes=[STA],
 note="scolarité list of courses and students")

add("070-etu-cas-en.eml", "Priya Natarajan <priya.natarajan@gmail.com>",
 "CAS says it doesn't know where to redirect me", "2025-09-10 21:44",
"""Hi, after logging in at https://cas.unicaen.fr/login I get "Connexion réussie ... CAS ne connaît pas votre destination finale". I never reach Ecampus. I'm in the M1 in marketing at IAE. Student ID 25087725.""",
 nums=["25087725"], sym="cas_unknown_destination", lang="en", said=["IEM1MK"], note="CAS unknown destination, English")
