from common import *

SIG_DELAHAYE = """--
Anne-Sophie Delahaye
Maîtresse de conférences en géographie
Responsable pédagogique de la L2 Géographie
UMR 6266 IDEES - UFR HSS
Université de Caen Normandie
Bureau SH 027 - Bâtiment Sciences de l'Homme - Campus 1
Tél. : 02 31 56 61 84
""" + ADDR

Mail("t61", "prof-cours-invisible-etudiants", ("Anne-Sophie Delahaye", "anne-sophie.delahaye@unicaen.fr"), CEMU_TO,
     "Cours HGEO201 invisible pour les étudiants", "2025-09-15 10:02", """Madame, Monsieur,

J'ai préparé cet été l'espace Ecampus de mon cours de L2 "Géographie de la population" (HGEO201) : https://ecampus.unicaen.fr/course/view.php?id=46120

Les étudiants sont bien présents dans la liste des participants (j'en compte 87, ce qui correspond à la promotion), mais plusieurs d'entre eux m'ont indiqué en cours ce matin qu'ils ne voient pas le cours sur leur tableau de bord et qu'en cliquant sur le lien ils obtiennent un message indiquant que le cours n'est pas accessible. De mon côté je vois tout normalement.

Pourriez-vous me dire ce qui bloque ? Je dois leur donner un premier travail pour lundi prochain.

Avec mes remerciements,

Bien cordialement,

""" + SIG_DELAHAYE, G(codes=[("HGEO201", "HGEO201")], ids=[46120], sym="students_cannot_see_course", role="staff",
                      note="Teacher: students enrolled (in participants) but cannot access her course"),
     kind="alt", style="outlook", mid="outlook", flags=("longsig",))

Mail("t62", "prof-presse-iphone", ("Jean-Marc Levasseur", "jean-marc.levasseur@unicaen.fr"), CEMU,
     "Contentieux adm", "2025-09-17 07:41", """Bonjour
Les étudiants de L3 ne voient pas mon cours de contentieux administratif d3adm05 alors qu'ils sont inscrits, je suis en déplacement toute la semaine, merci de régler ça vite
JML

Envoyé de mon iPhone

> Le 16 sept. 2025 à 22:10, Léna Cauvin <lena.cauvin@etu.unicaen.fr> a écrit :
>
> Bonjour Monsieur,
> Nous n'arrivons pas à accéder à votre cours sur Ecampus : il n'apparaît pas dans nos cours et le lien que vous avez donné en amphi affiche "Ce cours n'est pas accessible aux étudiants pour le moment". Nous avons pourtant tous fait notre IP.
> Bien cordialement,
> Léna Cauvin, L3 Droit
""", G(codes=[("D3ADM05", "d3adm05")], sym="students_cannot_see_course", role="staff",
       note="Hurried teacher from his phone: L3 students enrolled but cannot see his course"), flags=("quoted",))

Mail("t63", "prof-agace-toujours-invisible", ("Bruno Roussel", "bruno.roussel@unicaen.fr"), CEMU,
     "Re: [CEMU #5140] Cours SPHY312 invisible", "2025-09-25 18:17", """Bonjour,

Je reviens vers vous pour la TROISIÈME fois. J'ai suivi vos instructions à la lettre : Paramètres > Visibilité du cours > "Afficher", enregistré. Le réglage est bien sur "Afficher" (capture jointe). Et pourtant mes étudiants de L2 me disent toujours qu'ils ne voient pas le cours, il n'apparaît pas pour eux, alors que leurs noms sont tous dans les participants.

Pendant ce temps je distribue des photocopies comme en 1995. J'aimerais qu'une personne regarde réellement le problème, et pas qu'on me renvoie encore vers la FAQ.

https://ecampus.unicaen.fr/course/edit.php?id=45877

B. Roussel
Professeur - Département de Physique

""" + tb_attr("2025-09-22 11:05", "CEMU Assistance") + """
> Bonjour,
>
> Les espaces de cours créés automatiquement sont cachés par défaut. Pour les rendre
> visibles aux étudiants, allez dans les paramètres du cours et réglez la
> visibilité sur « Afficher ».
>
> Cordialement,
> L'équipe Assistance du CEMU
>
> Le 19/09/2025 à 16:20, Bruno Roussel a écrit :
>> Mes étudiants ne voient pas le cours SPHY312 (Physique des ondes). Ils sont inscrits.
""", G(codes=[("SPHY312", "SPHY312")], ids=[45877], sym="students_cannot_see_course", role="staff",
       note="Annoyed teacher: course set to 'Afficher' yet enrolled students still cannot see it (third mail)"),
     attach=[("png", "parametres_cours.png")], flags=("quoted",), irt="<5140.cemu@assistance.unicaen.fr>",
     charset="iso-8859-1", cte="quoted-printable")

Mail("t64", "prof-vague-ca-marche-pas", ("Gérard Lepetit", "gerard.lepetit@unicaen.fr"), CEMU,
     "TR: cours", "2025-10-02 16:58", """Bonjour,

ça ne fonctionne pas pour mes étudiants, ils me disent qu'ils ne trouvent pas le cours. Moi je les vois bien dans la liste. Pouvez-vous regarder ?

Merci
G. Lepetit

________________________________
""" + ol_hdr("2025-10-02 11:31", "Jade Lecourt", "jade.lecourt@etu.unicaen.fr", "Gérard Lepetit <gerard.lepetit@unicaen.fr>", "cours") + """
Bonjour Monsieur,

On n'arrive pas à aller sur votre cours de sociologie de l'environnement sur Ecampus, il n'apparaît pas dans nos cours, même en cherchant. On est plusieurs dans ce cas dans le groupe.

Merci,
Jade, L2 socio
""", G(sym="students_cannot_see_course", role="staff",
       note="Vague teacher forwards a student's mail: his students (listed) cannot find the course; no code"), flags=("quoted",), mid="outlook")

SIG_CHERIF = """--
Nadia Cherif
Enseignante - Département Techniques de Commercialisation
IUT Grand Ouest Normandie - Site de Caen
Boulevard Maréchal Juin - 14032 Caen cedex
Bureau C-204 | Tél. 02 31 56 70 12 | Poste 7012
"""

Mail("t65", "prof-iut-cours-grise", ("Nadia Cherif", "nadia.cherif@unicaen.fr"), CEMU,
     "Cours grisé - étudiants BUT TC3 sans accès", "2025-09-10 11:44", """Bonjour,

Dans ma liste de cours, l'espace "(ITCR3.04) Stratégie marketing" apparaît en gris clair chez moi. Les étudiants de BUT TC 3e année (BUTTC3), qui figurent pourtant bien dans les participants, ne le voient pas du tout de leur côté, ni sur le tableau de bord ni par la recherche.

Est-ce lié au fait qu'il soit grisé ? Je n'ai jamais eu ce problème l'an dernier avec le même cours.

Merci d'avance,

""" + SIG_CHERIF, G(codes=[("ITCR3.04", "ITCR3.04"), ("BUTTC3", "BUTTC3")], sym="students_cannot_see_course",
                   role="staff", note="IUT teacher: course greyed out for her, enrolled students cannot see it"),
     kind="alt", style="thunderbird", flags=("longsig",))

SIG_QUESNEL_HTML_TEXT = """Dr Frédéric Quesnel
Maître de conférences des universités - Praticien hospitalier
Département d'Anatomie - UFR Santé
CHU de Caen Normandie - Avenue de la Côte de Nacre - CS 30001 - 14033 Caen cedex 9
Secrétariat : 02 31 06 45 20 - Bip 4471
Pôle de formation et de recherche en santé (PFRS), bureau 2-118"""

Mail("t66", "prof-sante-ue11-inaccessible", ("Frédéric Quesnel", "frederic.quesnel@unicaen.fr"), CEMU_TO,
     "UE 11 DFGSM2 : les étudiants n'ont pas accès", "2025-10-03 08:12", """Bonjour,

Les étudiants de DFGSM2 m'écrivent depuis hier soir : ils ne trouvent pas l'espace Ecampus de l'UE 11 "Neurosciences - anatomie fonctionnelle" (SM2-UE11), alors que j'y ai déposé les QCM d'entraînement. Pourtant, dans la liste des participants, j'ai bien les 245 étudiants de la promotion (voir copie d'écran ci-dessous).

Y a-t-il un réglage que j'aurais oublié ?

Lien : https://ecampus.unicaen.fr/user/index.php?id=47301

Cordialement,

""" + SIG_QUESNEL_HTML_TEXT, G(codes=[("DFGSM2", "DFGSM2"), ("SM2-UE11", "SM2-UE11")], ids=[47301],
                               sym="students_cannot_see_course", role="staff",
                               note="Medical teacher: 245 students in participants but they cannot find the course"),
     kind="alt", style="outlook", mid="outlook", inline_png=("image001.png", "image001.png@01DC3411.6A8E2F10"),
     flags=("longsig",), cte="quoted-printable")

Mail("t67", "prof-lansad-espagnol-acces", ("Carmen Ortega", "carmen.ortega@unicaen.fr"), CEMU,
     "Accès étudiants cours LSD-ESA2", "2025-09-24 13:20", """Bonjour,

Je suis enseignante d'espagnol au Pôle Langues (LANSAD). Pour mon cours LSD-ESA2 (espagnol A2, 4 groupes), les 118 étudiants sont listés dans la page Participants, avec leur groupe (ESA2-G01 à ESA2-G04), mais aucun ne voit le cours quand il se connecte. Ils me disent qu'il n'apparaît nulle part.

Je ne sais plus quoi leur dire...

Cordialement,
Carmen Ortega
Pôle Langues - Bâtiment Sciences Economie Gestion (SEG), bureau S 217
02 31 56 53 08

""" + ol_hdr("2025-09-23 20:47", "Hugo Marchal", "hugo.marchal@etu.unicaen.fr", "Carmen Ortega <carmen.ortega@unicaen.fr>", "pas accès cours espagnol") + """
Bonjour Madame,
Je n'ai pas accès au cours d'espagnol sur Ecampus, il n'apparaît pas dans mes cours alors que vous avez dit que nous étions tous inscrits. Mes camarades du groupe ESA2-G02 ont le même problème.
Hugo Marchal
""", G(codes=[("LSD-ESA2", "LSD-ESA2"), ("ESA2-G01", "ESA2-G01"), ("ESA2-G04", "ESA2-G04"), ("ESA2-G02", "ESA2-G02")],
       sym="students_cannot_see_course", role="staff",
       note="Language teacher: all 118 students listed in participants yet none see the course"), flags=("quoted",),
     charset="windows-1252", cte="quoted-printable", kind="html", style="outlook", mid="outlook")

Mail("t68", "prof-esix-23-sur-61", ("Xavier Duval", "xavier.duval@unicaen.fr"), CEMU,
     "Étudiants manquants dans X4.SYS11", "2025-09-18 14:06", """Bonjour,

Dans mon cours "Systèmes embarqués temps réel" (X4 SYS11, ESIX 4e année), seuls 23 étudiants sont inscrits sur Ecampus alors que la promotion en compte 61 (XSYS4). Il manque en particulier tous les apprentis, qui ont pourtant cours avec moi depuis deux semaines.

Les participants présents sont tous en "Base de données externe" (https://ecampus.unicaen.fr/enrol/users.php?id=50214).

Merci de votre aide,
Xavier Duval
Maître de conférences - ESIX Normandie
Campus 3 - Cherbourg-en-Cotentin (Site universitaire, bât. B, bureau B 115)
02 33 01 42 88
""", G(codes=[("X4.SYS11", "X4.SYS11"), ("X4.SYS11", "X4 SYS11"), ("XSYS4", "XSYS4")], ids=[50214], sym="not_enrolled", role="staff",
       note="Engineering teacher: only 23 of 61 students enrolled in his course, apprentices missing"),
     flags=("longsig",))

Mail("t69", "prof-iae-liste-manquants", ("Laurence Bisson", "laurence.bisson@unicaen.fr"), CEMU,
     "Étudiants non inscrits - Marketing digital (AEM1MKT2)", "2025-10-01 09:30", """Bonjour,

Cinq étudiants de M1 présents à mon cours de Marketing digital n'apparaissent pas dans l'espace Ecampus (AEM1MKT2) et ne peuvent pas rendre le premier livrable :

- BERTRAND Lucie - 24018830
- KONATÉ Ibrahim - 25106641
- LE MOIGNE Pierre - n° 21912275
- NGUYEN Thi Lan - 25120471
- SAUVAGE Romane - 24 00 92 18

Ils sont tous en formation initiale (AEMAE1-FI) sauf M. Le Moigne qui est alternant.

Pouvez-vous vérifier ?

Laurence Bisson
Maîtresse de conférences en sciences de gestion
IAE Caen - 3 rue Claude Bloch - 14000 Caen
Tél. : 02 31 56 65 42
""", G(codes=[("AEM1MKT2", "AEM1MKT2"), ("AEMAE1-FI", "AEMAE1-FI")],
       nums=["24018830", "25106641", "21912275", "25120471", "24009218"], sym="not_enrolled", role="staff",
       note="IAE teacher lists five students missing from her course"),
     kind="alt", style="thunderbird", cte="quoted-printable")

Mail("t70", "prof-cours-mutualise-l3-absents", ("Isabelle Lecointe", "isabelle.lecointe@unicaen.fr"), CEMU,
     "Cours mutualisé M1/L3 : les L3 n'apparaissent pas", "2025-09-29 15:35", """Bonjour,

J'assure le cours "Psychologie sociale des organisations", mutualisé entre le M1 Psychologie (élément M.1PSY4B) et la L3 Sociologie (élément HSOC401, pour les étudiants qui le prennent en option). L'espace Ecampus est celui du M1 : "(M.1PSY4B) Psychologie sociale des organisations".

Les étudiants de M1 sont tous là, mais aucun des 14 étudiants de L3 n'apparaît dans les participants. L'an dernier, je crois me souvenir qu'ils étaient inscrits automatiquement.

Faut-il que je les inscrive à la main ?

Bien cordialement,
Isabelle Lecointe
MCF Psychologie sociale - Laboratoire LPCN
""", G(codes=[("M.1PSY4B", "M.1PSY4B"), ("HSOC401", "HSOC401")], sym="not_enrolled", role="staff",
       note="Teacher of a pooled course (porteur/porté): the L3 students of the carried element are absent"),
     cte="quoted-printable")

Mail("t71", "prof-pas-acces-mon-cours", ("Hélène Marchand", "helene.marchand@unicaen.fr"), CEMU,
     "Je n'ai pas accès à mon propre cours", "2025-09-09 09:12", """Bonjour,

Je suis responsable de l'UE Droit administratif général (D2ADM04) en L2 et, depuis la rentrée, je ne suis plus inscrite comme enseignante dans l'espace Ecampus de ce cours : il n'apparaît plus dans ma liste de cours et si j'essaie d'y aller avec le lien, on me propose de m'inscrire en tant qu'étudiante !

Les années précédentes cela fonctionnait sans rien faire. Mes collègues chargés de TD, eux, y sont bien.

Merci de votre aide,

Hélène Marchand
Professeure de droit public
UFR de Droit, Administration économique et sociale et Administration publique
Bâtiment D - bureau DR 312
02 31 56 57 39
""", G(codes=[("D2ADM04", "D2ADM04")], sym="teacher_not_enrolled", role="staff",
       note="Course leader no longer enrolled as teacher in her own course"),
     kind="alt", style="outlook", mid="outlook", charset="iso-8859-1", cte="quoted-printable", flags=("longsig",))

Mail("t72", "prof-ade-pas-enseignant", ("Thomas Guillou", "thomas.guillou@unicaen.fr"), CEMU,
     "Pas enseignant dans OBM1.112 malgré ADE", "2025-10-06 10:25", """Bonjour,

J'assure depuis cette année les TD et les nuits d'observation de l'UE "Instrumentation astronomique" (obm1.112), M1 Astrophysique. Mes séances sont planifiées dans ADE depuis début septembre (avec mon nom dessus), mais je n'apparais toujours pas comme enseignant dans l'espace Ecampus du cours, je ne peux donc ni déposer les sujets ni voir les rendus.

Le responsable de l'UE, lui, est bien inscrit.

Thomas Guillou
Astronome adjoint
""", G(codes=[("OBM1.112", "OBM1.112"), ("OBM1.112", "obm1.112")], sym="teacher_not_enrolled", role="staff",
       note="Teacher planned in ADE but not enrolled as teacher in the Ecampus course"))

Mail("t73", "prof-collegue-td-pas-inscrite", ("Marc Lebreton", "marc.lebreton@unicaen.fr"), CEMU,
     "Inscription d'une collègue comme enseignante - AP2HIS1", "2025-09-19 12:02", """Bonjour,

Ma collègue Mme Claire Anfray, qui assure cette année les TD d'histoire de l'art contemporain en L2 arts plastiques, n'est pas inscrite comme enseignante dans l'espace Ecampus du cours AP2HIS1. Moi (responsable du CM) je le suis. Elle ne peut donc pas accéder aux documents ni créer ses devoirs.

Pouvez-vous l'inscrire, ou me dire comment faire pour que ce soit automatique ?

Bien à vous,
Marc Lebreton
Département Arts - UFR HSS

""" + tb_fwd("2025-09-18 18:22", "Claire Anfray", "claire.anfray@unicaen.fr", "Ecampus", "Marc Lebreton <marc.lebreton@unicaen.fr>") + """

Marc,

Je n'ai toujours pas accès à l'espace Ecampus du cours d'histoire de l'art contemporain en tant qu'enseignante : je le vois dans la liste des cours mais on me propose seulement de m'y inscrire comme étudiante. Mes TD commencent lundi et je voulais déposer la bibliographie. Peux-tu voir avec le CEMU ?

Claire
""", G(codes=[("AP2HIS1", "AP2HIS1")], sym="teacher_not_enrolled", role="staff",
       note="Teacher forwards a colleague's mail: she teaches TDs but is not enrolled as teacher"), flags=("quoted",), kind="alt", style="thunderbird")

Mail("t74", "resp-master-enseignants-non-inscrits", ("Sophie Vauclin", "sophie.vauclin@unicaen.fr"), CEMU,
     "M1 Psychologie : plusieurs enseignants non inscrits dans leurs cours", "2025-09-22 17:48", """Bonjour,

En tant que responsable du M1 Psychologie (M1PSYC), je vous signale que plusieurs collègues ne sont pas inscrits comme enseignants dans les espaces Ecampus des cours qu'ils assurent :

- M.1PSY2A (Psychopathologie de l'adulte) : M. Kevin Aubry (vacataire) et Mme Rachida Benamar
- M.1PSY4B (Psychologie sociale des organisations) : Mme Isabelle Lecointe pour la partie TD
- M.1.MS07 (Méthodologie de la recherche) : M. Paul-Henri Saint-Martin

Tous ces enseignements sont planifiés dans ADE par le secrétariat.

Les étudiants, eux, sont bien inscrits.

Merci d'avance,

Sophie Vauclin
Professeure de psychologie cognitive
Responsable du Master 1 Psychologie
UFR de Psychologie - Bâtiment N, bureau N 204
Tél. : 02 31 56 65 10
""", G(codes=[("M1PSYC", "M1PSYC"), ("M.1PSY2A", "M.1PSY2A"), ("M.1PSY4B", "M.1PSY4B"), ("M.1.MS07", "M.1.MS07")],
       sym="teacher_not_enrolled", role="staff", note="Master head lists colleagues not enrolled as teachers in three courses"),
     kind="alt", style="gmail", flags=("longsig",))

Mail("t75", "prof-trop-enseignants-hhis112", ("Pierre Vigneron", "pierre.vigneron@unicaen.fr"), CEMU,
     "Trop d'enseignants dans mon cours HHIS112", "2025-09-12 11:38", """Bonjour,

Dans l'espace Ecampus "(HHIS112) Histoire médiévale : l'Occident féodal", dont je suis le seul responsable avec deux chargés de TD, 17 personnes figurent avec le rôle "Enseignant", dont une dizaine de collègues du département que je ne connais pas ou qui n'interviennent pas du tout dans ce cours (des modernistes, des archéologues...).

Les étudiants voient tous ces noms dans la rubrique "Contacts" et s'adressent à eux, ce qui crée une certaine confusion.

Pourriez-vous faire le ménage, ou me dire si je peux les retirer moi-même ?

Pierre Vigneron
MCF Histoire médiévale - UFR HSS
""", G(codes=[("HHIS112", "HHIS112")], sym="too_many_teachers", role="staff",
       note="Teacher: 17 'Enseignant' roles in his course, most not teaching it"), cte="base64")

Mail("t76", "prof-iut-gea-tout-le-departement", ("Olivier Fauvel", "olivier.fauvel@unicaen.fr"), CEMU,
     "Tous les enseignants GEA inscrits dans R1.05", "2025-09-30 08:50", """Bonjour,

Dans l'espace "Fondamentaux de la comptabilité" (IGER1.O5) du BUT GEA 1re année, tous les enseignants du département GEA (plus de 30 !) sont inscrits comme enseignants, alors que nous ne sommes que 4 à intervenir. Cela pose problème : chacun reçoit les notifications des devoirs rendus par 180 étudiants...

Est-ce un effet de la planification ADE ? Peut-on corriger ?

Cordialement,

--
Olivier Fauvel
Chef du département GEA
IUT Grand Ouest Normandie - Caen
Bd Maréchal Juin - Bâtiment G - bureau G 012
02 31 56 70 45 / 06 70 33 18 52
""" + DISCLAIMER, G(codes=[("IGER1.05", "IGER1.O5")], sym="too_many_teachers", role="staff",
                    note="IUT head of department: every GEA teacher enrolled as teacher in one resource course"),
     kind="alt", style="thunderbird", charset="iso-8859-1", cte="quoted-printable", flags=("longsig",))

Mail("t77", "prof-cours-archive-code-change", ("Bruno Roussel", "bruno.roussel@unicaen.fr"), CEMU,
     "Mon cours de l'an dernier est dans Archives", "2025-09-04 09:20", """Bonjour,

Mon cours de physique des ondes de l'an dernier, "(SPHY311) Physique des ondes", a été déplacé dans une catégorie "Archives 2024-2025" et renommé. Un nouvel espace vide "(SPHY312) Physique des ondes" a été créé à la place pour cette année.

Je n'ai rien demandé. Tout mon contenu (cours, 14 tests, banque de questions) est dans l'ancien. Comment le récupérer dans le nouveau ? Et pourquoi ce changement ?

B. Roussel
""", G(codes=[("SPHY311", "SPHY311"), ("SPHY312", "SPHY312")], sym="course_moved_renamed", role="staff",
       note="Teacher's course moved to Archives after its code changed; new empty space created"),
     charset="iso-8859-1")

Mail("t78", "prof-cours-categorie-archives", ("Deborah Pollard", "deborah.pollard@unicaen.fr"), CEMU,
     "Cours AN-21C déplacé", "2025-09-08 14:27", """Hello / Bonjour,

Mon cours "(AN-21C) British civilisation 2" n'est plus dans la catégorie L2 LLCE où il était depuis 4 ans : il se trouve maintenant dans "Archives" et son nom commence par "[ARCHIVÉ]". Les étudiants de L2 ne le voient plus.

Je n'ai reçu aucune information du département. Est-ce une erreur ?

Best,
Deborah Pollard
PRCE Anglais - UFR LVE
""", G(codes=[("AN-21C", "AN-21C")], sym="course_moved_renamed", role="staff",
       note="Teacher's course moved to Archives and prefixed '[ARCHIVÉ]' without warning"))

Mail("t79", "prof-seminaire-doctoral-pas-despace", ("Mathieu Lécuyer", "mathieu.lecuyer@unicaen.fr"), CEMU,
     "Pas d'espace Ecampus pour le séminaire de l'ED 556", "2025-10-13 16:12", """Bonjour,

Je coordonne cette année le séminaire disciplinaire "Territoires et risques" de l'école doctorale 556 (élément Apogée ED556 D04, créé à la rentrée par le bureau de l'ED). Aucun espace Ecampus n'existe pour ce séminaire : je l'ai cherché par le code et par le titre. Les autres formations de l'ED (ED556T02 par exemple) ont bien le leur.

Est-ce qu'il faut faire une demande de création ?

Mathieu Lécuyer
PR Géographie - Directeur adjoint de l'ED 556 HSRT
""", G(codes=[("ED556D04", "ED556 D04"), ("ED556T02", "ED556T02")], sym="course_missing", role="staff",
       note="Teacher: no Ecampus space exists for a new doctoral seminar element"))

Mail("t80", "prof-nouvelle-ue-rh-pas-creee", ("Claire Marion", "claire.marion@unicaen.fr"), CEMU,
     "Nouvelle UE M2 sans espace Ecampus", "2025-09-03 10:45", """Bonjour,

Une nouvelle UE "Management interculturel des RH" a été ouverte cette année dans le M2 MAE (code Apogée AEM2RHM, si je ne me trompe pas). Je ne trouve pas d'espace de cours correspondant sur Ecampus, alors que toutes les autres UE du M2 en ont un. Les cours commencent le 15 septembre.

Merci,
Claire Marion
IAE Caen
""", G(codes=[("AEM2RHM1", "AEM2RHM")], sym="course_missing", role="staff",
       note="Teacher: new UE has no Ecampus course space"))

Mail("t81", "prof-tableau-de-bord-cours-passes", ("Didier Hébert", "didier.hebert@unicaen.fr"), CEMU,
     "Mes cours ont disparu de mon tableau de bord", "2025-11-12 09:05", """Bonjour,

Trois de mes cours ne figurent plus sur mon tableau de bord : SBIO110, SBIO213 et le cours de tutorat de L1. Je peux toujours y accéder par la recherche et ils fonctionnent. J'avais mis une date de fin au 31 octobre sur l'un d'eux, mais pas sur les autres il me semble.

Didier Hébert
UFR des Sciences - Biologie
""", G(codes=[("SBIO110", "SBIO110"), ("SBIO213", "SBIO213")], sym="course_not_on_dashboard", role="staff",
       note="Teacher: three courses gone from his dashboard, still reachable by search"))

Mail("t82", "prof-cohorte-tutorat-l1", ("Nicolas Féron", "nicolas.feron@unicaen.fr"), CEMU,
     "Utiliser la cohorte des L1 pour l'espace de tutorat ?", "2025-09-11 14:40", """Bonjour,

J'anime un espace Ecampus de tutorat en mathématiques pour tous les L1 Maths-Physique-Chimie (environ 320 étudiants). Ce n'est pas un cours Apogée, c'est un espace complémentaire que j'ai demandé l'an dernier.

Est-ce que je peux inscrire toute la cohorte "sl1mpc" d'un coup ? La cohorte se mettra-t-elle à jour toute seule quand il y aura de nouveaux inscrits ou des abandons ? Et faut-il la retirer en fin d'année ?

Merci,
Nicolas Féron
""", G(codes=[("SL1MPC", "sl1mpc")], sym="cohort_question", role="staff",
       note="Teacher asks whether to enrol the L1 cohort in a complementary tutoring space and how it updates"))

Mail("t83", "prof-cohorte-retirer-ancienne", ("Élodie Savary", "elodie.savary@unicaen.fr"), CEMU,
     "Retirer une synchronisation de cohorte", "2025-09-26 11:11", """Bonjour,

L'an dernier, à cause d'inscriptions tardives, vous m'aviez conseillé d'ajouter temporairement la cohorte "DFGSM2 2024-2025" dans mon cours SM2-UE07. Cette année je retrouve dans le cours des étudiants passés en DFGSM3 qui reçoivent toutes mes annonces.

Comment retire-t-on proprement cette synchronisation de cohorte sans désinscrire les étudiants de cette année ?

Merci,
Élodie Savary
MCU-PH Anatomie

""" + tb_attr("2024-09-20 15:30", "CEMU Assistance", CEMU) + """
> Bonjour,
>
> Les inscriptions pédagogiques de plusieurs étudiants de DFGSM2 ne sont pas encore
> complètes. En attendant, vous pouvez exceptionnellement ajouter une synchronisation
> de la cohorte "DFGSM2 2024-2025" dans votre cours (Participants > Méthodes
> d'inscription > Ajouter méthode > Synchronisation des cohortes).
> Attention : il faudra penser à la retirer dès que les inscriptions seront corrigées.
>
> Cordialement,
> L'équipe Assistance du CEMU
""", G(codes=[("DFGSM2", "DFGSM2"), ("SM2-UE07", "SM2-UE07"), ("DFGSM3", "DFGSM3")], sym="cohort_question",
       role="staff", note="Teacher wants to remove last year's cohort sync that keeps old students in her course"), flags=("quoted",))

Mail("t84", "prof-cohorte-dfgsm3-incomplete", ("Hervé Lamy", "herve.lamy@unicaen.fr"), CEMU,
     "Cohorte DFGSM3 incomplète ?", "2025-10-02 17:33", """Bonjour,

J'utilise la cohorte "DFGSM3" pour l'espace complémentaire "Préparation aux ECOS" (ce n'est pas un cours Apogée). Il me semble qu'elle ne contient pas les étudiants arrivés par passerelle ni ceux qui ont fait leur inscription administrative fin septembre : 198 membres alors que la promotion est à 231.

Quand la cohorte est-elle mise à jour ? Sur quoi se base-t-elle exactement ?

Hervé Lamy
""", G(codes=[("DFGSM3", "DFGSM3")], sym="cohort_question", role="staff",
       note="Teacher asks how and when the DFGSM3 cohort is updated (members missing)"))

Mail("t85", "prof-bloc-participants-disparu", ("Anne Quéré", "anne.quere@unicaen.fr"), CEMU,
     "Bloc Participants", "2025-09-16 10:14", """Bonjour,

Le bloc "Participants" que j'avais dans la colonne de droite de mes cours a disparu. Je n'arrive plus à consulter la liste de mes étudiants, ni à en inscrire. Ai-je supprimé quelque chose par erreur ? (voir capture)

Anne Quéré
UFR LVE
""", G(sym="participants_block_missing", role="staff", note="Teacher: the right-hand Participants block has disappeared"),
     attach=[("png", "bloc_manquant.png")], kind="html", style="zimbra", mid="zimbra")

Mail("t86", "prof-liste-participants-ou", ("Jacques Osmont", "jacques.osmont@unicaen.fr"), CEMU,
     "où est la liste des inscrits ?", "2025-10-07 08:47", """Bonjour

Depuis la mise à jour, je ne trouve plus où consulter la liste des inscrits à mon cours DAEUHG2 (il y avait un encadré à droite avant). Comment y accède-t-on maintenant ?

J. Osmont, formateur DAEU
""", G(codes=[("DAEU-HG2", "DAEUHG2")], sym="participants_block_missing", role="staff",
       note="Trainer cannot find where the participants list went since the update"))

Mail("t87", "prof-bdd-dimanche-matin", ("Rémi Boutin", "remi.boutin@unicaen.fr"), CEMU,
     "Ecampus HS ce dimanche ?", "2025-11-30 09:52", """Bonjour,

Ecampus renvoie depuis au moins 9h30 une page "Error: Database connection failed - It is possible that the database is overloaded or otherwise not running properly". Mon examen en ligne (quiz de L1, SINF201... non pardon, SINF101) est programmé ce dimanche de 14h à 15h pour les étudiants salariés. Dois-je le reporter ?

Rémi Boutin
06 45 18 32 07
""", G(codes=[("SINF201", "SINF201"), ("SINF101", "SINF101")], sym="database_error", role="staff",
       note="Teacher: 'Database connection failed' on Sunday morning before a scheduled online exam"))

Mail("t88", "prof-distance-sans-groupe", ("Anne-Sophie Delahaye", "anne-sophie.delahaye@unicaen.fr"), CEMU_TO,
     "RE: [CEMU #5318] Étudiants à distance sans groupe dans HGEO201", "2025-10-09 15:02", """Bonjour,

Pour répondre à votre question : un exemple d'étudiant concerné est M. Julien Bazire, n° 23502268.

Pour rappel, dans le cours HGEO201, les 12 étudiants inscrits à distance (via le CEMU) sont bien dans les participants mais ne sont dans aucun groupe : la colonne "Groupes" indique "Aucun groupe" pour eux, alors qu'ils devraient être dans le groupe HL2GEO-EAD. Comme j'ouvre les devoirs par groupe, ils ne voient pas le dépôt.

Les étudiants présentiels sont correctement répartis dans les TD.

Bien cordialement,

""" + SIG_DELAHAYE + """

""" + ol_hdr("2025-10-08 11:15", "CEMU Assistance", CEMU, "Anne-Sophie Delahaye <anne-sophie.delahaye@unicaen.fr>", "[CEMU #5318] Étudiants à distance sans groupe dans HGEO201") + """
Bonjour Madame,

Pourriez-vous nous indiquer le numéro étudiant d'au moins une des personnes concernées ? Cela nous permettra de vérifier ses inscriptions dans Apogée (étape, élément et groupe).

Cordialement,
""" + CEMU_SIG, G(codes=[("HGEO201", "HGEO201"), ("HL2GEO-EAD", "HL2GEO-EAD")], nums=["23502268"], sym="wrong_group", role="staff",
                      note="Teacher: distance students enrolled but in no group instead of the EAD group (answers CEMU's question)"),
     kind="alt", style="outlook", mid="outlook", flags=("longsig", "quoted"), irt="<5318.cemu@assistance.unicaen.fr>")

Mail("t89", "prof-tiers-temps-test", ("Valérie Roussel", "valerie.roussel@unicaen.fr"), CEMU,
     "Tiers-temps dans un test Ecampus", "2025-10-10 14:02", """Bonjour,

Une étudiante de L2 (n° 22103377) bénéficie d'un tiers-temps. Comment lui donner 40 minutes au lieu de 30 dans les tests de mon cours SMAT 105 sans changer la durée pour les autres ? Je ne trouve pas l'option.

Merci
V. Roussel
""", G(codes=[("SMAT105", "SMAT 105")], nums=["22103377"], sym="other", role="staff",
       note="Teacher asks how to set a user override (extra time) on a quiz"))

Mail("t90", "prof-merci-resolu", ("Hélène Marchand", "helene.marchand@unicaen.fr"), CEMU,
     "RE: [CEMU #5099] Je n'ai pas accès à mon propre cours", "2025-09-12 08:30", """Bonjour,

Tout est rentré dans l'ordre ce matin, je retrouve bien mon cours en tant qu'enseignante. Merci beaucoup pour votre réactivité et pour l'explication sur ADE, je ferai passer le message au secrétariat.

Bien cordialement,
H. Marchand

""" + ol_hdr("2025-09-10 17:05", "CEMU Assistance", CEMU, "Hélène Marchand <helene.marchand@unicaen.fr>",
             "RE: [CEMU #5099] Je n'ai pas accès à mon propre cours") + """
Bonjour Madame,

Vos enseignements de D2ADM04 n'étaient pas planifiés avec votre nom dans ADE (seule une association à la fiche existait). La scolarité a corrigé la planification aujourd'hui ; votre inscription d'enseignante sera créée cette nuit.

Cordialement,
""" + CEMU_SIG, G(codes=[("D2ADM04", "D2ADM04")], sym="other", role="staff",
                  note="Teacher thanks the CEMU after her teacher enrolment was fixed"),
     flags=("quoted",), irt="<5099.cemu@assistance.unicaen.fr>", mid="outlook", kind="alt", style="outlook")
