from lib import add
from m4 import *

add("071-etu-merci-prof.eml", "Inès Haddad <ines.haddad@hotmail.fr>",
 "Re: cours introuvable", "2025-09-15 08:30",
"""Merci, c'était bien un cours caché, la prof l'a rendu visible. Bonne journée !""", sym="other",
 note="thanks")

add("072-prof-drt2adm-html.eml", "Yves Guillot <yves.guillot@unicaen.fr>",
 "Espace DRT2-ADM : étudiants non inscrits", "2025-10-01 17:40", "",
 fmt="html", html="""<div style="font-family:Arial">Bonjour,<br><br>Dans l'espace <a href="https://ecampus.unicaen.fr/user/index.php?id=51208">(DRT2-ADM) Droit administratif général</a> je n'ai que 112 participants pour 340 étudiants en L2. Est-ce normal&nbsp;?<br><br>Y. Guillot<br>Professeur de droit public</div>""",
 codes=[("DRT2-ADM","DRT2-ADM")], ids=[51208], sym="not_enrolled", role="staff", schemes=[DRT],
 note="HTML link text with code")

add("073-etu-truncated-code.eml", "Samuel Ouédraogo <samuel.ouedraogo@etu.unicaen.fr>",
 "cours IE8", "2025-11-06 14:25",
"""Bonjour,
je n'ai pas le cours de RH (IE8.RH) sur ecampus. M1 alternance.
24099812""", codes=[("IE8.RH2","IE8.RH")], nums=["24099812"], sym="not_enrolled", schemes=[IAE],
 note="truncated code suffix; M1 alone does not tell the étape")

add("074-dsi-cas-maintenance.eml", "DSI UNICAEN <dsi-info@unicaen.fr>",
 "[Info DSI] Maintenance CAS mardi 25/11 de 7h à 7h30", "2025-11-21 16:00",
"""Madame, Monsieur,

Une maintenance du service d'authentification CAS aura lieu le mardi 25 novembre 2025 de 7h00 à 7h30. Ecampus, l'ENT et la messagerie seront indisponibles pendant cette période.

Référence intervention : CHG-2025-1187
La DSI""", role="staff", auto=True, sym="other", headers={"Precedence":"bulk"}, note="DSI maintenance announcement")

add("075-etu-pharma-said.eml", "Adèle Roger <adele.roger@etu.unicaen.fr>",
 "Pas d'accès aux ED", "2025-10-08 07:52",
"""Bonjour,
Je suis en 4e année de pharmacie, et depuis mon changement d'ED je n'ai plus accès aux documents de l'UE 12. Je suis passée de l'ED 1 à l'ED 2.
Numéro : 22016630""", nums=["22016630"], sym="wrong_group", said=["PHA4"],
 codes=[("PH4ED1","ED 1"),("PH4ED2","ED 2")], schemes=[PHA], note="UE named only by number; groups identifiable via étape")

add("076-etu-space-in-number.eml", "Rayan Chevalier <rayan.chevalier@etu.unicaen.fr>",
 "STAPS - cours de natation", "2025-09-29 18:18",
"""Salut,
Le cours st 1108 (natation) n'apparaît pas pour moi, je suis en STAPS L1 groupe TD1.
Merci
N° etu : 25040 567""", codes=[("ST1108","st 1108")], nums=[], sym="not_enrolled", schemes=[STA], said=["STL1"],
 note="damaged code; student number split by a space, left out (not 8 contiguous digits)")

add("077-spam-product.eml", "Offres Pro <promo@bureau-discount.fr>",
 "-40% sur les toners HP CF259A et imprimantes LaserJet M404dn", "2025-10-30 06:45",
"""Profitez de nos offres rentrée : toner HP CF259A à 89,90 EUR, imprimante HP LaserJet M404dn réf. W1A53A à 249 EUR.
Code promo : RENTREE25
Livraison offerte dès 150 EUR - 0 800 12 34 56""", role="unknown", sym="other", note="commercial spam with product refs")

add("078-prof-tuilage.eml", "Nicolas Fabre <nicolas.fabre@unicaen.fr>",
 "Je suis inscrit dans un cours que je n'assure plus", "2025-09-16 10:33",
"""Bonjour,

Je suis toujours enseignant dans l'espace SMAT112 alors que je n'y interviens plus depuis cette année ; en revanche je ne suis pas inscrit dans SINF305 que j'assure désormais (CM le lundi, salle S3-045).

Nicolas Fabre
Département de mathématiques - bureau S3-212 - poste 5408""", codes=[("SMAT112","SMAT112"),("SINF305","SINF305")],
 sym="teacher_not_enrolled", role="staff", schemes=[SCI], note="teacher in old course, missing from new one")

add("079-etu-sociology-said.eml", "Maëlys Caron <maelys.caron@etu.unicaen.fr>",
 "Pas de cours de M1", "2025-09-18 15:00",
"""Bonjour,
Je suis en master 1 de sociologie et je n'ai que mes cours de l'an dernier (licence) sur Ecampus, aucun du M1. J'ai fait mon IP la semaine dernière.
Maëlys Caron, 22019951""", nums=["22019951"], sym="not_enrolled", said=["MSOC1"], note="master student sees only last year's courses")

add("080-etu-l2-ambiguous.eml", "Enzo Laurent <enzo.laurent@etu.unicaen.fr>",
 "je suis en L2", "2025-09-21 22:05",
"""Bonjour je suis en L2 et je vois pas mes cours. merci. 24012290""", nums=["24012290"],
 sym="not_enrolled", note="étape said but not identifiable (L2 of what)")

add("081-secr-llce-quoted.eml", "Martine Prévost <martine.prevost@unicaen.fr>",
 "Re: Etudiants LLCE anglais sans TD", "2025-10-13 10:10",
"""Bonjour,

Je complète ma demande de la semaine dernière : en plus de l'AN-21B, le souci concerne aussi le groupe AN-21B-TD3 où aucun étudiant n'apparaît.

Martine Prévost
Scolarité UFR LVE - LLCE

> Le 06/10/2025 à 15:20, Martine Prévost a écrit :
> Bonjour,
> Les étudiants de L2 LLCE anglais ne sont pas répartis dans leurs groupes de TD dans l'AN-21B.
> Ex. : 24027713, 24027790.
> Merci""", codes=[("AN-21B","AN-21B"),("AN-21B-TD3","AN-21B-TD3")], nums=["24027713","24027790"],
 sym="wrong_group", role="staff", schemes=[LLC], said=["LLCEA2"], note="scolarité follow-up with quoting")

add("082-autoreply-conge.eml", "Sandrine Leroux <sandrine.leroux@unicaen.fr>",
 "Absent du bureau", "2025-12-22 08:00",
"""Bonjour,
Le service scolarité de l'UFR Droit est fermé du 20 décembre 2025 au 4 janvier 2026 inclus. Votre message sera traité à notre retour.""",
 role="unknown", auto=True, headers={"Auto-Submitted":"auto-replied"}, note="holiday auto-reply")

add("083-etu-english-iut.eml", "Diego Fernández <diego.fernandez@etu.unicaen.fr>",
 "No access to IGR1.01", "2025-09-17 11:41",
"""Hi,
I'm in the first year of BUT GEA (TP3) and I have no access to IGR1.01 on Ecampus. Other courses work.
Student number 25071128
Thanks""", codes=[("IGR1.01","IGR1.01"),("BGEA1TP3","TP3")], nums=["25071128"], sym="not_enrolled", lang="en",
 schemes=[IUT], said=["BGEA1"], note="English student, BUT resource")

add("084-prof-archive-iae.eml", "Laurent Morin <laurent.morin@unicaen.fr>",
 "cours IE7.GC2 passé en archives", "2025-09-04 13:13",
"""Bonjour,

Mon cours de contrôle de gestion (IE7.GC2) a été renommé et se trouve maintenant dans « Archives 2024-2025 », et un nouveau cours vide est apparu. Comment récupérer mon contenu ?

Laurent Morin
IAE Caen""", codes=[("IE7.GC2","IE7.GC2")], sym="course_moved_renamed", role="staff", schemes=[IAE],
 note="teacher mistypes code (letters swapped, unknown)")

add("085-etu-double-enrol.eml", "Lisa Bertrand <lisa.bertrand@etu.unicaen.fr>",
 "TP2B ou TP4A ??", "2025-10-06 12:34",
"""Bonjour,
Sur ecampus dans le cours de physio de l'effort je suis à la fois dans le TP2B et le TP4A, alors que je suis seulement en TP4A. Ca pose problème pour les comptes rendus.
Lisa, 24004461""", codes=[("ST3104TP2B","TP2B"),("ST3104TP4A","TP4A")], nums=["24004461"], sym="wrong_group",
 schemes=[STA], note="student in two groups; course named by title only")
