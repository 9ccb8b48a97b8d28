# -*- coding: utf-8 -*-
"""Mails 001-035 of writer BD, each body written by hand."""
from mailkit import gold, PNG

S_PASS = "santé PASS PASUnn (invented)"
S_MSAN = "santé mineure LAS MSANn-nn (invented)"
S_STAPS = "STAPS ST3XX.nn (invented)"
S_GEA = "IUT GEA GEn-Rnnn (invented)"
S_DU = "DU DUxx-Mnn (invented)"
S_CAP = "capacité en droit KDn.XXX (invented)"
S_IAE = "IAE InXX-nnn (invented)"
S_INSPE = "INSPE nCAnnn/nHGnnn (FAQ)"
S_HSS = "HSS M.1XXXnC porteur/porté (FAQ)"
S_LVE = "LVE AN-nnX (FAQ)"
S_DRT = "droit DRnXXXn (invented)"
S_HIS = "histoire HISnXnn (invented)"
S_DAEU = "DAEU DAEx-XXX (invented)"
S_PSY = "psychologie PSYnXnn (invented)"
S_LEA = "LEA LEAn.XXn (invented)"
S_LP = "LP IS LPIS-Un (invented)"
S_SV = "sciences de la vie SVn-Xnn (invented)"

MAILS = []


def add(fname, frm, subj, when, g, **kw):
    MAILS.append((fname, dict(frm=frm, subject=subj, when=when, **kw), g))


add("001-pass-merci-bon-groupe.eml", ("Léa Marchand", "lea.marchand@etu.unicaen.fr"),
    "Re: [CEMU #482113] mauvais groupe TD UE2", (4, 8, 12), irt="<cemu-482113-2@unicaen.fr>",
    text="""Bonjour,

merci beaucoup, je suis bien dans le bon groupe maintenant, j'ai retrouvé mes camarades de TD sur Ecampus.
Bonne journée

Léa Marchand
PASS - n° étudiant 26011873

Le 3 nov. 2026 à 18:42, Léa Marchand <lea.marchand@etu.unicaen.fr> a écrit :
> Bonjour,
> je suis en PASS et sur le cours de biochimie (PASU02) je suis dans le TD 6 alors que sur mon
> emploi du temps je suis en TD 4, du coup je vois pas les annonces de mon chargé de TD.
> Merci d'avance
> Léa
""", g=gold([("PASU02", "PASU02"), ("PASU02TD6", "TD 6"), ("PASU02TD4", "TD 4")], ["26011873"], [], "other", "student",
          [S_PASS], ["PASS01"], "PASS student thanks: now in the right TD group (old wrong-group request quoted)"))

add("002-las1-droit-toujours-pas.eml", ("", "26007412@etu.unicaen.fr"),
    "Re: cours mineure sante", (4, 22, 47), irt="<cemu-482377-1@unicaen.fr>", cs="us-ascii",
    text="""re bonjour
toujours pas le cours de physio (MSAN1 03) dans mes cours, ca fait une semaine. je suis en LAS 1 droit, les autres de ma promo l'ont.
yanis

-----
> Bonjour,
> Votre demande a bien ete enregistree sous le numero 482377.
> Un membre de l'equipe CEMU vous repondra dans les meilleurs delais.
""", g=gold([("MSAN1-03", "MSAN1 03")], ["26007412"], [], "not_enrolled", "student", [S_MSAN], ["LAS1DR"],
          "LAS 1 droit follow-up: mineure santé course still missing"))

add("003-las1-psycho-mutualise-disparu.eml", ("Camille Roux", "camille.roux@etu.unicaen.fr"),
    "cours de physiologie disparu", (3, 10, 5), cs="iso-8859-1", cte="quoted-printable",
    text="""Bonjour,

Je suis en LAS 1 psycho. Le cours « Physiologie humaine » de la mineure santé a disparu de mon Ecampus depuis lundi. Mes amies des autres licences l'ont toujours. On m'a dit que c'était un cours mutualisé entre trois licences, peut-être qu'il a sauté pour nous seulement ?

Le lien que j'avais : https://ecampus.unicaen.fr/course/view.php?id=61204
Mon numéro étudiant : 26013390

Merci,
Camille
""", atts=[("capture_ecampus.png", PNG, "image/png")],
    g=gold([], ["26013390"], [61204], "not_enrolled", "student", [], ["LAS1PS"],
           "LAS 1 psycho: a mutualised mineure course vanished for her programme only; no code"))

add("004-scol-sante-mutualise-html.eml", ("Sandrine Hamel", "sandrine.hamel@unicaen.fr"),
    "Élément mutualisé MSAN1-03 : étudiants LAS psycho absents", (3, 14, 31),
    text="""Bonjour,

L'élément MSAN1-03 (Physiologie humaine) est mutualisé entre les trois LAS 1. Depuis la mise à jour de la maquette, les étudiants de LAS 1 psychologie n'apparaissent plus dans les participants du cours Ecampus. Leurs IP sont faites jusqu'au groupe (MSAN103TD3).

N° étudiant   Nom
26013390      ROUX Camille
26010258      LEFEBVRE Noah
26014471      DIALLO Awa

Sandrine Hamel
Scolarité UFR Santé - Bureau 2.14 - 02 31 56 81 27
2 rue des Rochambelles, 14032 Caen cedex
""", html="""<html><body><p>Bonjour,</p>
<p>L'élément <b>MSAN1-03</b> (Physiologie humaine) est mutualisé entre les trois LAS 1. Depuis la mise à jour de la maquette,
les étudiants de LAS 1 psychologie n'apparaissent plus dans les participants du cours Ecampus. Leurs IP sont faites jusqu'au groupe (MSAN103TD3).</p>
<table border="1" cellpadding="3"><tr><th>N° étudiant</th><th>Nom</th></tr>
<tr><td>26013390</td><td>ROUX Camille</td></tr>
<tr><td>26010258</td><td>LEFEBVRE Noah</td></tr>
<tr><td>26014471</td><td>DIALLO Awa</td></tr></table>
<p>Sandrine Hamel<br>Scolarité UFR Santé - Bureau 2.14 - 02 31 56 81 27<br>2 rue des Rochambelles, 14032 Caen cedex</p>
</body></html>""",
    g=gold([("MSAN1-03", "MSAN1-03"), ("MSAN103TD3", "MSAN103TD3")], ["26013390", "26010258", "26014471"], [],
           "not_enrolled", "staff", [S_MSAN], ["LAS1PS"], "scolarité: mutualised mineure element lost the LAS 1 psycho students"))

add("005-en-cant-find-class.eml", ("Sofia Greco", "sofia.greco@etu.unicaen.fr"),
    "Can't find my class", (2, 16, 40),
    text="""Hello,

I'm an exchange student from Bologna, I'm enrolled in the French studies DU for international students.
I can't find my class "French civilisation" on Ecampus, all the others are there. My learning agreement says DUEF-M04.
Could you help me?

Thanks a lot,
Sofia Greco
Student ID 26090114
""", g=gold([("DUEF-M04", "DUEF-M04")], ["26090114"], [], "not_enrolled", "student", [S_DU], ["DUEFR"],
            "Erasmus student in English: can't find a class of her DU", lang="en"))

add("006-en-timetable-module-not-on-platform.eml", ("Jonas Weber", "jonas.weber@etu.unicaen.fr"),
    "module not on platform", (3, 9, 2),
    text="""Hi,

my timetable (ADE) shows a module called ST3TC.01 "Anglais scientifique du sport" on Tuesdays 10:15-12:15 in room S-112, but it is not on the platform. I searched the name and the code, nothing. Is it normal? The teacher said that everything is on Ecampus.

Best regards
Jonas (Erasmus, sports science, 3rd year)
""", g=gold([("ST3TC.01", "ST3TC.01")], [], [], "course_missing", "student", [S_STAPS], [],
            "English: timetable module not on the platform; '3rd year sports science' is ambiguous (3 parcours)", lang="en"))

add("007-staps-l3-toujours-mauvais-groupe.eml", ("Mathis Lemoine", "mathis.lemoine@etu.unicaen.fr"),
    "Re: Re: groupe anglais L3", (9, 11, 20), irt="<cemu-481990-3@unicaen.fr>",
    text="""Bonjour,

Je me permets de vous relancer : je suis toujours dans le TD1 d'anglais (ST3TC01TD1) sur Ecampus alors que la scol m'a mis en TD3 il y a dix jours. Je suis en STAPS L3.

Cordialement
Mathis Lemoine 25003318

Le 28/10/2026 à 14:05, CEMU Assistance a écrit :
> Bonjour,
> Votre changement de groupe a été enregistré dans APOGÉE le 27/10 ; il devrait
> apparaître sur Ecampus après la synchronisation de la nuit.
> Cordialement,
> L'équipe CEMU
""", g=gold([("ST3TC01TD1", "ST3TC01TD1"), ("ST3TC01TD3", "TD3")], ["25003318"], [], "wrong_group", "student",
            [S_STAPS], [], "follow-up: still in the wrong English TD; 'STAPS L3' alone is ambiguous"))

add("008-staps-apas-cours-absent.eml", ("", "25001947@etu.unicaen.fr"),
    "cours manquant", (5, 23, 58), cs="us-ascii",
    text="""Bjr, L3 STAPS APAS, il me manque le cours Education therapeutique ST3AP.4 sur ecampus. Merci
""", g=gold([("ST3AP.04", "ST3AP.4")], ["25001947"], [], "not_enrolled", "student", [S_STAPS], ["STL3AP"],
            "few words: L3 APAS student misses a course, zero dropped in code"))

add("009-gea2-alternant-groupe.eml", ("Enzo Petit", "enzo.petit@etu.unicaen.fr"),
    "Groupe alternants contrôle de gestion", (6, 7, 51), cs="windows-1252", cte="quoted-printable",
    text="""Bonjour,

Je suis en BUT GEA 2e année en alternance. Sur Ecampus, dans le cours de contrôle de gestion (GE2 R304), je suis dans le groupe TD2 avec les étudiants en formation initiale, et pas dans le groupe des alternants. Résultat je ne vois pas les devoirs déposés pour nous, et on a un rendu le 16/11 à 23h59 !

Merci d'avance
Enzo Petit

Envoyé de mon iPhone
""", g=gold([("GE2-R304", "GE2 R304"), ("GE2TD2", "TD2"), ("GE2ALT", "groupe des alternants")], [], [], "wrong_group",
            "student", [S_GEA], ["BGEA2"], "BUT GEA 2 apprentice put in a TD group instead of the apprentices' group"))

add("010-gea-merci-acces-r305.eml", ("Inès Haddad", "ines.haddad@etu.unicaen.fr"),
    "RE: cours fiscalité invisible", (3, 12, 3), irt="<cemu-482201-2@unicaen.fr>",
    text="""Bonjour, c'est bon j'ai accès au cours de R3.05 que je ne voyais pas, merci !
Inès

-----Message d'origine-----
De : Inès Haddad <ines.haddad@etu.unicaen.fr>
Envoyé : lundi 2 novembre 2026 11:20
À : cemu.assistance@unicaen.fr
Objet : cours fiscalité invisible

Bonjour, je suis en GEA 2 et je ne vois pas le cours GE2-R305 Fiscalité. Mon numéro : 25004611.
""", g=gold([("GE2-R305", "GE2-R305")], ["25004611"], [], "other", "student", [S_GEA], ["BGEA2"],
            "closing: now sees the course (named by its national resource name); old request quoted"))

add("011-gea-prof-code-change.eml", ("Philippe Vautier", "philippe.vautier@unicaen.fr"),
    "Cours paie : ancien espace archivé ?", (2, 9, 45),
    text="""Bonjour,

L'an dernier mon cours de gestion de la paie avait le code GE2-R306. Cette année je trouve un espace « (GE2-R316) R3.06 Gestion de la paie et des rémunérations » vide, et l'ancien a été rangé dans une catégorie « Archives 2025-2026 ». Est-ce que le code a changé avec la nouvelle maquette ? Comment récupérer mes tests et mes vidéos ? Les 2e année (une centaine) commencent la paie le 23 novembre.

Ancien : https://ecampus.unicaen.fr/course/view.php?id=48812
Nouveau : https://ecampus.unicaen.fr/course/view.php?id=63377

Philippe Vautier
Enseignant PRAG - IUT Grand Ouest Normandie, département GEA
Bureau B-204 - 02 31 56 70 12
""", g=gold([("GE2-R306", "GE2-R306"), ("GE2-R316", "GE2-R316")], [], [48812, 63377], "course_moved_renamed", "staff",
            [S_GEA], [], "teacher: new year's code, old space archived"))

add("012-psycho-prof-code-nouvelle-annee.eml", ("Hélène Guérin", "helene.guerin@unicaen.fr"),
    "Espace psychopathologie adulte introuvable", (4, 17, 26),
    text="""Bonjour,

Mon espace de psychopathologie de l'adulte (PSY2C07) a disparu de mon tableau de bord. Une collègue me dit qu'avec la nouvelle maquette l'élément s'appelle désormais PSY2C17 et qu'un nouvel espace a été créé. Pouvez-vous me le confirmer, et me dire si je dois copier moi-même le contenu ? Je ne suis d'ailleurs pas sûre d'être inscrite dans le nouveau.

Bien à vous,
H. Guérin, MCF
UFR de Psychologie, bureau SA 217
""", html="""<div dir="ltr"><p>Bonjour,</p><p>Mon espace de psychopathologie de l'adulte (PSY2C07) a disparu de mon tableau de bord.
Une collègue me dit qu'avec la nouvelle maquette l'élément s'appelle désormais <b>PSY2C17</b> et qu'un nouvel espace a été créé.
Pouvez-vous me le confirmer, et me dire si je dois copier moi-même le contenu ? Je ne suis d'ailleurs pas sûre d'être inscrite dans le nouveau.</p>
<p>Bien à vous,<br>H. Guérin, MCF<br>UFR de Psychologie, bureau SA 217</p></div>""",
    g=gold([("PSY2C07", "PSY2C07"), ("PSY2C17", "PSY2C17")], [], [], "course_moved_renamed", "staff", [S_PSY], [],
           "teacher: element code changed with the new maquette (old code archived/unknown)"))

add("013-psycho-etu-cours-deplace.eml", ("", "chloe.vasseur@etu.unicaen.fr"),
    "je trouve plus mon cours de psychopatho", (5, 21, 14),
    text="""bonjour
je suis en L2 psycho et le cours de psychopatho a changé de nom et de place, avant il était dans L2 > S3 et maintenant je le trouve dans une catégorie 'Maquette 2026' avec un autre titre. Du coup est ce que c'est toujours le bon cours ?? le prof a mis le TD à faire dessus
https://ecampus.unicaen.fr/course/view.php?id=63402
chloé
""", g=gold([], [], [63402], "course_moved_renamed", "student", [], ["PSYL2"],
            "L2 psycho student: course renamed and moved to another category, no code"))

add("014-histoire-categorie-deplacee.eml", ("Marc Delaunay", "marc.delaunay@unicaen.fr"),
    "HIS2M03 dans la mauvaise catégorie", (6, 10, 30), cs="iso-8859-1",
    text="""Bonjour,

Mon cours HIS2M03 (Histoire moderne 3) se retrouve cette semaine dans la catégorie Licence 3 au lieu de Licence 2, et son intitulé est devenu « Histoire moderne 5 ». Rien n'a bougé dans APOGÉE à ma connaissance. Les étudiants le voient toujours, mais ils sont perdus.
Pouvez-vous le remettre à sa place ?

M. Delaunay
Département d'histoire, bureau MR 312 - tél. 02 31 56 55 04
""", g=gold([("HIS2M03", "HIS2M03")], [], [], "course_moved_renamed", "staff", [S_HIS], [],
            "teacher: course renamed and moved to another category"))

add("015-hss-porteur-porte-transfert.eml", ("Nathalie Brière", "nathalie.briere@unicaen.fr"),
    "TR: étudiants absents séminaire M1", (9, 9, 3),
    text="""Bonjour,

Je vous transfère le message de M. Lefort. Pour info, depuis cette année l'élément 2HR5C est porté par M.1HRP9C (mutualisation avec le master archéologie). La collection M.1HRP9CTD est bien associée aux deux éléments dans APOGÉE, je viens de vérifier.

Nathalie Brière
Scolarité masters UFR HSS - 02 31 56 62 40

---------- Message transféré ----------
De : Yves Lefort <yves.lefort@unicaen.fr>
Date : ven. 6 nov. 2026 à 17:02
Objet : étudiants absents séminaire M1
À : Nathalie Brière <nathalie.briere@unicaen.fr>

Nathalie,
Sur Ecampus, dans mon séminaire (https://ecampus.unicaen.fr/course/view.php?id=55021) je n'ai que les archéologues. Aucun des M1 histoire n'apparaît dans les participants. Ils étaient là l'an dernier.
Yves
""", g=gold([("2HR5C", "2HR5C"), ("M.1HRP9C", "M.1HRP9C"), ("M.1HRP9CTD", "M.1HRP9CTD")], [], [55021], "not_enrolled",
            "staff", [S_HSS], ["M1HIST"], "forwarded: porteur/porté mutualisation, the M1 histoire students are missing"))

add("016-m1-histoire-seminaire-disparu.eml", ("Baptiste Morel", "baptiste.morel@etu.unicaen.fr"),
    "séminaire du jeudi", (5, 13, 37),
    text="""Bonjour, je suis en M1 histoire. Le séminaire du jeudi qu'on partage avec les archéos n'est plus dans mes cours Ecampus depuis les vacances de la Toussaint, eux l'ont toujours. Prof : M. Lefort. Merci de regarder.
Baptiste Morel, 22108876
""", g=gold([], ["22108876"], [], "not_enrolled", "student", [], ["M1HIST"],
            "M1 histoire student: shared seminar vanished for his programme, no code"))

add("017-du-psychotrauma-fc-module.eml", ("Martine Colin", "martine.colin56@gmail.com"),
    "Accès module 3 DU", (6, 20, 8),
    text="""Bonjour,

Je suis inscrite cette année au DU de psychotraumatologie, en formation continue (je suis infirmière en libéral). J'ai accès aux modules 1 et 2 sur Ecampus mais pas au module 3 (DUPT M03) qui a commencé le 5 novembre.
Mon numéro étudiant est le 26150027, mon INE 2398012345K.

Je vous remercie par avance.
Martine Colin
06 12 48 90 33
""", g=gold([("DUPT-M03", "DUPT M03")], ["26150027"], [], "not_enrolled", "student", [S_DU], ["DUPSYT"],
            "continuing-education DU student (gmail) misses a module"))

add("018-du-numerique-merci.eml", ("Karim Benali", "k.benali@orange.fr"),
    "Re: accès module 4 DU droit du numérique", (10, 19, 40), irt="<a81c2@orange.fr>",
    text="""Bonsoir,

C'est réglé, je vois enfin le module sur la protection des données. Merci pour votre réactivité.

K. Benali

> Le 9 nov. 2026 à 08:55, Karim Benali <k.benali@orange.fr> a écrit :
>
> Bonjour, en DU droit du numérique je n'ai pas accès au module DUND-M04.
> Numéro étudiant 26150311.
""", g=gold([("DUND-M04", "DUND-M04")], ["26150311"], [], "other", "student", [S_DU], ["DUNUMD"],
            "closing: DU student now sees the module; request quoted"))

add("019-capacite-2-droit-admin.eml", ("Gérard Lenoir", "gerard.lenoir@etu.unicaen.fr"),
    "Cours de droit administratif", (2, 21, 12), cs="iso-8859-1", cte="quoted-printable",
    text="""Madame, Monsieur,

Étudiant en capacité en droit 2ème année (cours du soir), je ne parviens pas à trouver sur la plateforme le cours de droit administratif, alors que celui de droit du travail apparaît bien. Sur mon contrat pédagogique figure le code KD2-ADM.

Avec mes remerciements,
Gérard Lenoir
N° étudiant : 25150488
""", g=gold([("KD2.ADM", "KD2-ADM")], ["25150488"], [], "not_enrolled", "student", [S_CAP], ["CAPD2"],
            "capacité en droit 2e année: a course missing, code with dash instead of dot"))

add("020-capacite-1-liste-scol.eml", ("Sylvie Marie", "sylvie.marie@unicaen.fr"),
    "Capacitaires à distance non inscrits - droit civil", (4, 11, 2),
    html="""<html><head><meta charset="utf-8"></head><body style="font-family:Calibri">
<p>Bonjour,</p>
<p>Plusieurs de nos capacitaires de 1re année inscrits à distance ne sont pas inscrits dans le cours de droit civil KD1.CIV sur Ecampus.
Leurs IP sont complètes jusqu'au groupe KD1CIVDIS. Voici la liste :</p>
<table border="1" style="border-collapse:collapse">
<tr><th>N° étudiant</th><th>Nom</th><th>Prénom</th><th>Groupe</th></tr>
<tr><td>26150102</td><td>GOSSELIN</td><td>Julie</td><td>KD1CIVDIS</td></tr>
<tr><td>26150119</td><td>N'DIAYE</td><td>Moussa</td><td>KD1CIVDIS</td></tr>
<tr><td>26150145</td><td>PERRIN</td><td>Alain</td><td>KD1CIVDIS</td></tr>
</table>
<p>Les capacitaires en présentiel sont bien inscrits.</p>
<p>Cordialement,<br><b>Sylvie Marie</b><br>Scolarité Capacité en droit - UFR Droit, AES<br>Esplanade de la Paix, 14032 Caen Cedex 5<br>Tél. 02 31 56 51 09</p>
</body></html>""",
    g=gold([("KD1.CIV", "KD1.CIV"), ("KD1CIVDIS", "KD1CIVDIS")], ["26150102", "26150119", "26150145"], [],
           "not_enrolled", "staff", [S_CAP], ["CAPD1"], "HTML table: distance capacité students missing from a course"))

add("021-iae-groupe-apprentis-vide.eml", ("Aurélie Gaudin", "aurelie.gaudin@unicaen.fr"),
    "Groupe apprentis vide - audit interne", (5, 9, 17),
    text="""Bonjour,

Dans l'espace Ecampus de l'audit interne (I1CG-103), le groupe des apprentis est vide alors que les 24 apprentis du M1 contrôle de gestion y sont affectés dans APOGÉE depuis le 15 octobre. Le groupe formation initiale, lui, est bien rempli. L'enseignante ne peut pas leur ouvrir le devoir du rythme alterné.

Aurélie Gaudin
Gestionnaire de scolarité - IAE Caen
3 rue Claude Bloch, 14000 Caen - 02 31 56 78 90

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires.
""", g=gold([("I1CG-103", "I1CG-103"), ("I1CG103AP", "groupe des apprentis"), ("I1CG103FI", "groupe formation initiale")],
            [], [], "wrong_group", "staff", [S_IAE], ["IAM1CA"], "IAE: apprentices' group of a course empty"))

add("022-iae-m1-fi-relance.eml", ("Lucas Fontaine", "25006634@etu.unicaen.fr"),
    "RE: RE: pas accès finance d'entreprise", (9, 8, 2), irt="<cemu-482250-2@unicaen.fr>",
    text="""Bonjour,

Je reviens vers vous car le problème persiste : je ne suis toujours pas inscrit au cours I1CG106 (finance d'entreprise). Je suis en M1 CG en formation initiale, pas en apprentissage.

Lucas Fontaine

De : CEMU Assistance
Envoyé : mercredi 4 novembre 2026 10:12
Objet : RE: pas accès finance d'entreprise

Bonjour, il semble que votre inscription pédagogique ne soit pas complète jusqu'au groupe. Nous avons prévenu la scolarité de l'IAE.
Cordialement, le CEMU
""", g=gold([("I1CG-106", "I1CG106")], ["25006634"], [], "not_enrolled", "student", [S_IAE], ["IAM1CF"],
            "follow-up: still not enrolled; M1 CG formation initiale said in words"))

add("023-iae-m2-apprenti-merci.eml", ("Clara Dumont", "clara.dumont@etu.unicaen.fr"),
    "Re: pilotage de la performance", (6, 16, 55), irt="<cemu-482400-1@unicaen.fr>",
    text="""Merci, tout est rentré dans l'ordre, je suis bien dans le groupe apprentis du cours de pilotage (I2CG-201) maintenant.
Bonne fin de semaine,
Clara Dumont, M2 CGAO apprentissage
""", g=gold([("I2CG-201", "I2CG-201"), ("I2CG201AP", "groupe apprentis")], [], [], "other", "student", [S_IAE], ["IAM2CA"],
            "closing: now in the apprentices' group"))

add("024-meef-1er-degre-1ca153.eml", ("Julie Maréchal", "julie.marechal@etu.unicaen.fr"),
    "cours analyse du contexte", (2, 18, 9),
    text="""Bonjour,

Je suis en M1 MEEF premier degré à Caen. Je n'ai pas le cours d'analyse du contexte (1CA 153) dans mes cours alors que les autres M1 l'ont. J'ai fait mon IP en septembre.

Cordialement,
Julie Maréchal - 26021560
""", g=gold([("1CA153", "1CA 153")], ["26021560"], [], "not_enrolled", "student", [S_INSPE], ["MEEF11"],
            "M1 MEEF 1er degré student misses a course, space added in code"))

add("025-meef-merci-quote.eml", ("Julie Maréchal", "julie.marechal@etu.unicaen.fr"),
    "Re: cours analyse du contexte", (10, 7, 44), irt="<cemu-482190-2@unicaen.fr>",
    text="""Bonjour, je confirme que j'ai maintenant accès, merci !
Julie

Le lun. 9 nov. 2026 à 14:31, CEMU Assistance <cemu.assistance@unicaen.fr> a écrit :
> Bonjour,
> Votre inscription au groupe 1CA153TD2 a été saisie ce matin par la scolarité de l'INSPE ;
> vous serez inscrite dans le cours (1CA153) dès demain.
> Cordialement
""", g=gold([("1CA153TD2", "1CA153TD2"), ("1CA153", "1CA153")], [], [], "other", "student", [S_INSPE], [],
            "closing: access confirmed, CEMU answer quoted"))

add("026-meef-hg-prof-invisible.eml", ("François Leclerc", "francois.leclerc@unicaen.fr"),
    "Mes étudiants ne voient pas le cours", (11, 15, 20), cs="windows-1252",
    text="""Bonjour,

Mes étudiants de M1 MEEF histoire-géo me disent qu'ils ne voient pas l'espace « Épistémologie de l'histoire » (1HG112). Moi je le vois bien, avec tout le contenu. Ils sont une trentaine. Le cours commence lundi 16/11 à 8h30 en salle 105 du bâtiment INSPE.

F. Leclerc, formateur INSPE Normandie Caen
""", g=gold([("1HG112", "1HG112")], [], [], "students_cannot_see_course", "staff", [S_INSPE], ["MEEF1H"],
            "teacher: M1 MEEF HG students cannot see the course"))

add("027-double-licence-histoire-absent.eml", ("Manon Girard", "manon.girard@etu.unicaen.fr"),
    "cours d'histoire double licence", (3, 19, 2), cs="iso-8859-1", cte="base64",
    text="""Bonjour,

je suis en double licence droit-histoire, en 2e année. J'ai bien tous mes cours de droit mais pas celui d'histoire moderne (HIS2 M03), ni celui d'histoire contemporaine. Je ne sais pas si c'est parce qu'on est une petite promo (on est 28).

Merci !
Manon
""", g=gold([("HIS2M03", "HIS2 M03")], [], [], "not_enrolled", "student", [S_HIS], ["DLDH2"],
            "double licence student misses the history half of her courses"))

add("028-double-licence-staff-groupes.eml", ("Corinne Lebas", "corinne.lebas@unicaen.fr"),
    "Double licence : aucun groupe en droit administratif", (5, 14, 48),
    text="""Bonjour,

Les étudiants de la double licence droit-histoire (L2) ne sont dans aucun groupe du cours de droit administratif DR2ADM1 sur Ecampus : ils sont bien inscrits au cours mais n'apparaissent ni dans le groupe double licence (DR2ADM1DL) ni ailleurs.
Exemples : 25002214, 25002287.

Corinne Lebas
Scolarité Licence - UFR Droit - bureau DR 024
""", html="""<p>Bonjour,</p><p>Les étudiants de la double licence droit-histoire (L2) ne sont dans aucun groupe du cours de droit administratif
<span style="color:#c00">DR2ADM1</span> sur Ecampus : ils sont bien inscrits au cours mais n'apparaissent ni dans le groupe double licence (DR2ADM1DL) ni ailleurs.</p>
<ul><li>25002214</li><li>25002287</li></ul>
<p>Corinne Lebas<br>Scolarité Licence - UFR Droit - bureau DR 024</p>""",
    g=gold([("DR2ADM1", "DR2ADM1"), ("DR2ADM1DL", "DR2ADM1DL")], ["25002214", "25002287"], [], "wrong_group", "staff",
           [S_DRT], ["DLDH2"], "scolarité: double licence students in no group"))

add("029-daeu-b-maths.eml", ("Sébastien Marie", "seb.marie14@hotmail.fr"),
    "pas de cours de maths", (7, 10, 11), cs="us-ascii",
    text="""bonjour je suis inscrit au DAEU B a distance depuis octobre, j'ai le cours de physique mais pas les maths (DAEB MAT). mon numero 26160044. merci
""", g=gold([("DAEB-MAT", "DAEB MAT")], ["26160044"], [], "not_enrolled", "student", [S_DAEU], ["DAEUB"],
            "DAEU B distance learner from hotmail misses a course"))

add("030-daeu-toujours-rien.eml", ("Aïcha Benyamina", "aicha.benyamina@etu.unicaen.fr"),
    "Re: cours français DAEU", (10, 22, 30), irt="<cemu-482311-1@unicaen.fr>",
    text="""toujours rien pour le cours de français, ça fait 2 semaines que j'ai écrit. je suis en DAEU et j'ai un devoir pour le 20/11.

> Bonjour, je n'ai pas accès au cours DAEA-FR. Numéro : 26160091
""", g=gold([("DAEA-FR", "DAEA-FR")], ["26160091"], [], "not_enrolled", "student", [S_DAEU], [],
            "follow-up: still no access; 'DAEU' alone is ambiguous (A/B)"))

add("031-lp-fc-tableau-de-bord.eml", ("Valérie Hébert", "valerie.hebert@etu.unicaen.fr"),
    "Cours absent du tableau de bord", (4, 13, 13),
    text="""Bonjour,

Je suis en licence pro intervention sociale, en formation continue. Je suis bien inscrite aux cours (je reçois les messages de l'enseignante sur le forum de LPIS-U2) mais sur mon tableau de bord je ne vois que 3 cours sur 5, et LPIS-U2 n'y est pas. J'ai essayé « Tout (sauf retirés de l'affichage) » sans succès.

Valérie Hébert
Stagiaire FC - 26170208
""", g=gold([("LPIS-U2", "LPIS-U2")], ["26170208"], [], "course_not_on_dashboard", "student", [S_LP], ["LPISFC"],
            "continuing-education LP student: enrolled but course not on dashboard"))

add("032-en-timetable-lea-module.eml", ("Emily Carter", "emily.carter@etu.unicaen.fr"),
    "Module missing", (4, 15, 5),
    text="""Hi there,

My timetable shows a module "LEA2.EC1 Intercultural communication" every Wednesday but it's not on the platform, I looked everywhere. I am in second year of LEA (English-Spanish) this semester, exchange student from Leeds.

Cheers,
Emily
""", g=gold([("LEA2.EC1", "LEA2.EC1")], [], [], "course_missing", "student", [S_LEA], ["LEAL2"],
            "English: timetable module not on the platform", lang="en"))

add("033-en-still-not-working.eml", ("Sofia Greco", "sofia.greco@etu.unicaen.fr"),
    "Re: Can't find my class", (9, 10, 26), irt="<cemu-482140-1@unicaen.fr>",
    text="""Hello again,

Sorry to bother you, it's still not working, I still can't see French civilisation (DUEF-M04) in my courses. My classmates from the same programme can.

Sofia

On Mon, 2 Nov 2026 at 16:40, Sofia Greco <sofia.greco@etu.unicaen.fr> wrote:
> Hello,
> I'm an exchange student from Bologna, I'm enrolled in the French studies DU for international students.
> I can't find my class "French civilisation" on Ecampus. My learning agreement says DUEF-M04.
> Student ID 26090114
""", g=gold([("DUEF-M04", "DUEF-M04")], ["26090114"], [], "not_enrolled", "student", [S_DU], ["DUEFR"],
            "English follow-up: still can't see the class", lang="en"))

add("034-en-thanks-fixed.eml", ("Jonas Weber", "jonas.weber@etu.unicaen.fr"),
    "Re: module not on platform", (6, 17, 2), irt="<cemu-482160-2@unicaen.fr>",
    text="""Thanks, I can see the English class now. Have a nice weekend!
Jonas

> my timetable (ADE) shows a module called ST3TC.01 "Anglais scientifique du sport" on Tuesdays
> but it is not on the platform.
""", g=gold([("ST3TC.01", "ST3TC.01")], [], [], "other", "student", [S_STAPS], [],
            "English closing: now sees the class", lang="en"))

add("035-en-visiting-lecturer-not-teacher.eml", ("Dr. Aidan Murphy", "aidan.murphy@gmail.com"),
    "Not enrolled as teacher", (2, 8, 30),
    text="""Dear colleagues,

I am a visiting lecturer at the IAE this autumn (Business English for the M1 Management Control students). I can log in to Ecampus but I am not listed as a teacher in my course I1CG-105, so I cannot upload anything. The programme office told me my sessions are scheduled in ADE.

Kind regards,
Aidan Murphy
Visiting lecturer, University College Cork
+353 21 490 3000
""", g=gold([("I1CG-105", "I1CG-105")], [], [], "teacher_not_enrolled", "staff", [S_IAE], [],
            "English: visiting lecturer not enrolled as teacher", lang="en"))
