from lib import add
from m1 import *

add("021-vacataire-profil.eml", "Stéphane Aubert <s.aubert@cabinet-aubert-avocats.fr>",
 "Accès Ecampus vacataire", "2025-09-15 07:48",
"""Bonjour,

Je suis avocat et j'interviens comme vacataire en droit des affaires (L3). La faculté m'a créé un compte mais à la première connexion Ecampus me bloque sur une page "profil" qui réclame une adresse de courriel que je ne peux pas saisir.

Mon premier TD est jeudi 18/09 à 8h en salle DR-012.

Cordialement,
Me Stéphane Aubert
Cabinet Aubert & Associés - 12 place Saint-Sauveur, 14000 Caen - 02 31 85 40 12""",
 role="unknown", sym="cannot_login", note="vacataire stuck on profile page")

add("022-secr-iut-groupes.eml", "Pascale Girard <pascale.girard@unicaen.fr>",
 "BUT GEA 2 - groupes Ecampus", "2025-09-24 15:20",
"""Bonjour,

Les étudiants du groupe BGEA2ALT (alternants) ne sont inscrits à aucune ressource du S3 sur Ecampus, par exemple IGR2.05 et la SAÉ IGS2.03. Les TD1 et TD2 (BGEA2TD1, BGEA2TD2) sont bien inscrits.
Les IP ont été saisies le 19/09.

Exemples : 24010036, 24010118.

Cordialement,
Pascale Girard
Secrétariat pédagogique GEA - IUT Grand Ouest Normandie, site de Caen
Bureau G-014, tél. 02 31 56 70 24""", codes=[("BGEA2ALT","BGEA2ALT"),("IGR2.05","IGR2.05"),("IGS2.03","IGS2.03"),("BGEA2TD1","BGEA2TD1"),("BGEA2TD2","BGEA2TD2")],
 nums=["24010036","24010118"], sym="not_enrolled", role="staff", schemes=[IUT], note="apprentice group not enrolled in resources")

add("023-etu-allcaps.eml", "ROMAIN DUVAL <romain.duval50@hotmail.com>",
 "URGENT PAS ACCES COURS", "2025-10-13 01:12",
"""BONJOUR JE SUIS EN L2 ECO ET JE N AI TOUJOURS PAS ACCES AU COURS DE MACRO E214305 ALORS QUE LE PARTIEL EST DANS 2 SEMAINES !!!! CA FAIT 3 FOIS QUE J ECRIS
NUMERO ETUDIANT 24020981""", codes=[("E214305","E214305")], nums=["24020981"], sym="not_enrolled",
 schemes=[ECO], said=["ECOL2"], note="all caps angry student")

add("024-prof-invisible.eml", "Anne-Sophie Renaud <anne-sophie.renaud@unicaen.fr>",
 "Mes étudiants ne voient pas mon cours", "2025-09-17 12:02",
"""Bonjour,

Les étudiants de L1 me disent qu'ils ne voient pas le cours « Introduction à la psychologie cognitive » alors que je le vois (un peu grisé). Code PS1.07 je crois. Ils sont bien dans la liste des participants.

Merci
ASR""", codes=[("PS1.07","PS1.07")], sym="students_cannot_see_course", role="staff", schemes=[PSY],
 note="hidden course, students can't see it")

add("025-newsletter.eml", "Lettre du CEMU <lettre-cemu@listes.unicaen.fr>",
 "La lettre du CEMU - novembre 2025", "2025-11-03 07:00", "La lettre du CEMU n°47\n\nAteliers Moodle niveau 1 : mardi 18/11 14h-16h, salle S3-045.\nNouveauté : passage en Moodle 4.1.9 le 24 novembre.\nProblèmes d'accès à Ecampus ? Consultez notre page dédiée.\n\nPour vous désabonner : sympa@listes.unicaen.fr",
 fmt="alt", html="""<html><body><table width="600"><tr><td><h2>La lettre du CEMU n&deg;47</h2>
<p>Ateliers Moodle niveau 1 : mardi 18/11 14h-16h, salle S3-045.</p><p>Nouveaut&eacute; : passage en Moodle 4.1.9 le 24 novembre.</p>
<p>Probl&egrave;mes d'acc&egrave;s &agrave; Ecampus&nbsp;? Consultez notre page d&eacute;di&eacute;e.</p>
<p style="font-size:9px">Pour vous d&eacute;sabonner : sympa@listes.unicaen.fr</p></td></tr></table></body></html>""",
 role="unknown", auto=True, headers={"List-Id":"<lettre-cemu.listes.unicaen.fr>","Precedence":"list"},
 note="newsletter")

add("026-etu-forward-secr.eml", "Manon Guérin <manon.guerin@etu.unicaen.fr>",
 "Fwd: Re: inscription TD histoire", "2025-09-30 17:26",
"""Bonjour,

La scolarité m'a dit de vous écrire directement (voir en dessous).

Manon

---------- Message transféré ---------
De : Scolarité Histoire <scol-histoire@unicaen.fr>
Date : lun. 29 sept. 2025 à 16:02
Objet : Re: inscription TD histoire
À : Manon Guérin <manon.guerin@etu.unicaen.fr>

Bonjour,
votre IP est correcte dans Apogée (1HIS05, groupe 1HIS05-TD4). Si vous n'êtes toujours pas dans le cours Ecampus, écrivez au CEMU : cemu.assistance@unicaen.fr
Cordialement

Le dim. 28 sept. 2025 à 21:40, Manon Guérin <manon.guerin@etu.unicaen.fr> a écrit :
> Bonjour je n'ai pas accès au cours d'histoire ancienne sur ecampus. n° 25006644
> Manon""", codes=[("1HIS05","1HIS05"),("1HIS05-TD4","1HIS05-TD4")], nums=["25006644"], sym="not_enrolled",
 schemes=[HIS], note="student forwards scolarité reply")

add("027-thanks.eml", "Baptiste Roy <baptiste.roy@etu.unicaen.fr>",
 "Re: [CEMU #48102] accès cours", "2025-09-26 10:44",
"""Merci beaucoup, c'est bon j'ai accès à tout maintenant !
Bonne journée

Le 25/09/2025 à 17:12, CEMU Assistance a écrit :
> Bonjour, votre inscription a été corrigée par la scolarité, elle sera visible demain.""",
 sym="other", note="thank-you on closed ticket")

add("028-prof-en-visiting.eml", "Dr. Sarah Whitfield <s.whitfield@bristol.ac.uk>",
 "Access to Ecampus course as visiting lecturer", "2025-11-12 16:05",
"""Dear colleagues,

I am teaching a short module in the M2 in finance (IE9.FI3, "Behavioural Finance") from 17 to 28 November as a visiting lecturer. The department created an account for me but I am not listed as a teacher in the course, so I cannot upload my slides.

Kind regards,
Sarah Whitfield
School of Accounting and Finance, University of Bristol
+44 117 928 9000""", codes=[("IE9.FI3","IE9.FI3")], role="unknown", lang="en",
 sym="teacher_not_enrolled", schemes=[IAE], note="visiting lecturer not enrolled as teacher")

add("029-etu-o-zero.eml", "Yanis Morel <yanis.morel@etu.unicaen.fr>",
 "pas inscrit ST31O4", "2025-09-25 21:18",
"""Bonjour
Je suis en STAPS L2 et pas inscrit dans le cours ST31O4 physio de l'effort, je suis en TP 2B.
Yanis 24005903""", codes=[("ST3104","ST31O4"),("ST3104TP2B","TP 2B")], nums=["24005903"], sym="not_enrolled",
 schemes=[STA], note="O for 0 in code")

add("030-secr-pharma-latin1.eml", "Nathalie Corbin <nathalie.corbin@unicaen.fr>",
 "Groupes ED pharmacie 4e année", "2025-10-09 09:37",
"""Bonjour,

Suite à un changement de groupe d'ED, les étudiants suivants sont toujours affichés dans l'ancien groupe sur Ecampus (UE PH4UE12) :

- 22014507  MASSON Élodie   : ED1 -> ED2
- 22011986  FOURNIER Théo   : ED1 -> ED2

La modification a été faite dans Apogée le 06/10/2025.

Bien cordialement,
Nathalie Corbin
Scolarité Pharmacie - UFR Santé, bureau 2-118
Tél. 02 31 56 82 90""", cs="iso-8859-1", cte="8bit",
 codes=[("PH4UE12","PH4UE12"),("PH4ED1","ED1"),("PH4ED2","ED2")], nums=["22014507","22011986"],
 sym="wrong_group", role="staff", schemes=[PHA], note="students still in old ED group")

add("031-etu-participants.eml", "Élise Vasseur <elise.vasseur@etu.unicaen.fr>",
 "Où est passé le bloc participants", "2025-10-01 14:14",
"""Bonjour,
Je suis représentante étudiante et je cherchais la liste des participants du cours AN-10A pour contacter ma promo mais le bloc Participants à droite n'est plus là. Il a été supprimé ?
Merci, Élise""", codes=[("AN-10A","AN-10A")], sym="participants_block_missing", schemes=[LLC],
 note="participants block missing")

add("032-etu-iae-said-only.eml", "Clément Noël <clement.noel@etu.unicaen.fr>",
 "aucun cours sur ecampus", "2025-09-11 08:03",
"""Bonjour,

Je suis en M2 finance à l'IAE (alternance) et je n'ai strictement aucun cours sur Ecampus depuis la rentrée. Mon inscription administrative est pourtant payée depuis juillet.

Clément Noël
24 rue Écuyère 14000 Caen
06 78 44 12 90""", sym="not_enrolled", said=["IEM2FI"], note="M2 student without any course, no number")

add("033-prof-cours-manquant.eml", "Frédéric Jouan <frederic.jouan@unicaen.fr>",
 "Cours inexistant sur Ecampus : MF1-203", "2025-09-02 16:30",
"""Bonjour,

Je ne trouve pas d'espace Ecampus pour l'UE MF1-203 (Didactique des mathématiques, M1 MEEF 1er degré), alors que les autres UE du semestre existent. Le groupe MF1-203G1 a été créé dans Apogée par la scolarité la semaine dernière.

Frédéric Jouan
INSPE Normandie Caen - site de la Délivrande""", codes=[("MF1-203","MF1-203"),("MF1-203G1","MF1-203G1")],
 sym="course_missing", role="staff", schemes=[INS], note="course space does not exist")

add("034-etu-ine-not-number.eml", "Sarah Benali <sarah.benali@gmail.com>",
 "Inscription cours ecampus", "2025-10-15 12:50",
"""Bonjour,
Je n'apparais pas dans le cours de méthodologie du TER, code M.1.SO12. Mon INE est 0904032271J (je ne retrouve pas mon numéro étudiant, ma carte est perdue).
Merci d'avance
Sarah Benali""", codes=[("M.1.SO12","M.1.SO12")], sym="not_enrolled", schemes=[HSS], note="student gives INE only")

add("035-etu-qp-missing-dot.eml", "Théo Langlois <theo.langlois@etu.unicaen.fr>",
 "Cours IGR205", "2025-09-30 11:11",
"""Bonjour,

Je suis en BUT GEA 2e année, parcours GC2F, et je n'ai pas le cours IGR205 (la ressource de compta de gestion). Mon groupe c'est le TD2.

Numéro étudiant : 24010577

Bonne journée""", cte="qp",
 codes=[("IGR2.05","IGR205"),("BGEA2TD2","TD2")], nums=["24010577"], sym="not_enrolled", schemes=[IUT],
 said=["BGEA2"], note="missing dot in code")

add("036-dsi-sync-question.eml", "Karine Lemonnier <karine.lemonnier@unicaen.fr>",
 "Synchro REFER de cette nuit", "2025-10-20 08:20",
"""Bonjour à l'équipe CEMU,

Pour info, la copie REFER n'a pas été rafraîchie cette nuit (incident stockage, résolu à 7h40). Les modifications d'IP et de groupes saisies hier dans Apogée ne seront donc visibles dans Ecampus que demain matin. Vous aurez sans doute des tickets ce matin.

Karine Lemonnier
DSI - Applications de scolarité
Poste 5617""", role="staff", sym="other", note="DSI info on missed refresh")

add("037-etu-windows1252-psy.eml", "Océane Leroy <oceane.leroy@etu.unicaen.fr>",
 "Mauvais groupe de TD en psycho", "2025-10-07 18:02",
"""Bonjour,

En L3 psycho, je suis censée être dans le TD 7 de psychopathologie (PS5.02) mais sur Ecampus je suis dans aucun groupe, du coup je ne vois pas les documents « réservés au groupe ».

N° étudiant : 23015598

Cordialement,
Océane""", cs="windows-1252", cte="qp",
 codes=[("PS5.02","PS5.02"),("PS502TD07","TD 7")], nums=["23015598"], sym="wrong_group", schemes=[PSY],
 note="student in no group (windows-1252)")

add("038-etu-dashboard-filter.eml", "Léa Fontaine <lea.fontaine@etu.unicaen.fr>",
 "Cours disparus du tableau de bord", "2026-02-03 09:25",
"""Bonjour,

Depuis la reprise, la moitié de mes cours de S1 ont disparu de mon tableau de bord. J'ai encore besoin de celui de maths (SMAT112) pour réviser le rattrapage.
N° 25013372

Merci""", codes=[("SMAT112","SMAT112")], nums=["25013372"], sym="course_not_on_dashboard", schemes=[SCI],
 note="past course no longer on dashboard")
