# -*- coding: utf-8 -*-
"""The 70 mails of train-p, with their gold."""

A = "faq-like H+3 letters+3 digits (HLAN201)"
B = "faq-like M.+digit+letters+digit+letter (M.1HRP9C)"
C = "faq-like letters-dash-digits+letter (MKG-31A)"
D = "invented BUT ressource B+dept+R/S+sem.nn (BTCR3.04)"
E = "invented droit DR+year.+matiere+n (DR2.CIV3)"
F = "invented sante PAS-/LAS- + UE (PAS-UE07)"
G = "invented sciences digit-first sem+LLL+nn+letter (5INF02A)"
H = "invented psycho PSY+level+nn+E (PSY104E)"
I = "invented DU dotted module (CGE.MOD4)"
J = "invented doctoral EDFT-nnn (EDFT-042)"
K = "invented EAD D+LLL+year-nn (DHIS3-05)"
L = "invented alternance MG+year+ALT+nn (MG2ALT07)"

E_ = "https://ecampus.unicaen.fr/course/view.php?id="


def G_(sym, role="student", codes=(), sn=(), cid=(), etp=(), lang="fr", auto=False, schemes=(), note=""):
    return {"symptom": sym, "sender_role": role, "codes": list(codes), "student_numbers": list(sn),
            "course_ids": list(cid), "etapes_said": list(etp), "language": lang, "auto_reply": auto,
            "schemes": list(schemes), "note": note}


SIG_DROIT = """--
Scolarité Licence Droit - Bureau 104, bâtiment D
UFR Droit, AES et Administration publique
Esplanade de la Paix - CS 14032 - 14032 Caen Cedex 5
Tél. 02 31 56 55 12"""

MAILS = []


def add(fn, frm, subj, date, gold, body=None, html=None, **kw):
    d = dict(fn=fn, frm=frm, subj=subj, date=date, gold=gold, body=body, html=html)
    d.update(kw)
    MAILS.append(d)


# 1 L1 psycho anxious, dashboard
add("001-l1psy-cours-pas-dans-mes-cours.eml", "25014472@etu.unicaen.fr",
    "cours introuvable", (2025, 9, 15, 22, 41),
    G_("course_not_on_dashboard", sn=["25014472"], etp=["L1PSY"],
       note="L1 psycho student cannot see the developmental psychology course among her courses"),
    body="""Bonjour,

Je suis en première année de psycho et je ne vois pas le cours de psychologie du développement dans mes cours sur Ecampus. Tous mes camarades l'ont sur leur tableau de bord et moi non, j'ai regardé partout, même en changeant le filtre "en cours" / "tous".
Le premier TD est jeudi et la prof a mis des documents à lire avant, j'ai peur de prendre du retard...
Est-ce que j'ai fait une erreur quelque part ?

Merci d'avance,
Léna Morel""")

# 2 BUT TC Lisieux wrong group
add("002-but-tc-lisieux-mauvais-tp.eml", "Theo Lemarchand <theo.lemarchand@etu.unicaen.fr>",
    "Mauvais groupe de TP sur ecampus", (2025, 9, 22, 8, 3),
    G_("wrong_group", codes=[("BTC2L-TP1A", "TP1A"), ("BTC2L-TP2B", "TP2B")], sn=["24008817"], etp=["BUTC2L"],
       schemes=[D], note="BUT TC 2nd year Lisieux: shown in TP1A instead of TP2B"),
    body="""Bonjour,

je suis en 2e année de BUT TC à Lisieux et sur Ecampus je suis dans le groupe TP1A alors que depuis la rentrée je suis en TP2B (c'est ce qui est marqué sur mon emploi du temps ADE). Du coup je ne vois pas les dépôts de mon groupe pour les SAÉ.

Mon n° étudiant : 24008817

Bonne journée
Théo Lemarchand""")

# 3 Erasmus incoming EN not enrolled
add("003-erasmus-in-civil-law.eml", "Jonas Weber <jonas.weber@gmail.com>",
    "Access to course Civil law DR2.CIV3", (2025, 9, 24, 14, 12),
    G_("not_enrolled", codes=[("DR2.CIV3", "DR2.CIV3")], sn=["25190334"], lang="en", schemes=[E],
       note="incoming Erasmus student not enrolled in a law course"),
    body="""Hello,

I am an Erasmus student from Universität Münster, here in Caen for the whole year at the law faculty. My learning agreement includes "Droit civil 3" (DR2.CIV3) but I am not enrolled in it on Ecampus, I can only see two other courses. The professor told me to write to this address.

My student number is 25190334.

Thank you very much and best regards,
Jonas Weber""")

# 4 SMS lowercase code
add("004-sms-hlan201.eml", "kevin.d14@hotmail.fr", "ecampus", (2025, 10, 2, 23, 58),
    G_("course_not_on_dashboard", codes=[("HLAN201", "hlan 201")], sn=["23005521"], schemes=[A],
       note="SMS-style: English course not in his courses"),
    body="""slt jvois pa le cour d'anglais hlan 201 sur ecampus c normal ?? g rien ds mes cours a part la methodo
num etu 23005521
merci""")

# 5 thanks with quoted helpdesk reply
add("005-merci-ticket-psy112e.eml", "Camille Roussel <camille.roussel@etu.unicaen.fr>",
    "Re: [CEMU #48213] inscription cours stats", (2025, 9, 30, 9, 20),
    G_("other", codes=[("PSY112E", "PSY112E")], schemes=[H],
       note="thanks after the helpdesk fixed her enrolment (code only in quoted reply)"),
    body="""Merci beaucoup, c'est bon je vois le cours maintenant !!

Bonne journée
Camille

Le lun. 29 sept. 2025 à 16:45, CEMU Assistance <cemu.assistance@unicaen.fr> a écrit :
> Bonjour,
>
> Votre inscription pédagogique à l'élément PSY112E était incomplète (pas de
> groupe). La scolarité vient de la corriger : le cours apparaîtra dans votre
> tableau de bord demain matin, après la synchronisation nocturne.
>
> Cordialement,
> L'équipe CEMU
""")

# 6 very vague
add("006-vague-probleme.eml", "lou.anne.b@gmail.com", "Probleme", (2025, 10, 6, 11, 2),
    G_("other", note="vague: 'a problem with ecampus', nothing else"),
    body="""Bonjour j'ai un problème avec ecampus est ce que vous pouvez m'aider svp

Envoyé de mon iPhone""")

# 7 CAS unknown destination
add("007-cas-destination.eml", "Inès Haddad <ines.haddad@etu.unicaen.fr>",
    "Je n'arrive pas à aller sur ecampus après la connexion", (2025, 9, 8, 19, 33),
    G_("cas_unknown_destination", sn=["22011873"],
       note="student logs in directly to cas.unicaen.fr and gets the 'destination finale' page"),
    body="""Bonsoir,

Quand je me connecte j'arrive sur une page qui dit :

"Connexion réussie
Bienvenue 22011873. Vous vous êtes authentifié(e) auprès du Service Central d'Authentification. Toutefois, vous voyez cette page car CAS ne connaît pas votre destination finale ni comment vous y rediriger."

et après il ne se passe rien, je reste bloquée là. Je passe par Google en tapant "ecampus unicaen" puis je clique sur le premier lien (cas.unicaen.fr/login).

Merci de votre aide,
Inès""", png="capture_cas.png")

# 8 L1 droit cannot login
add("008-l1-droit-mdp-refuse.eml", "Mathis Girard <mathis.girard61@orange.fr>",
    "impossible de me connecter", (2025, 9, 4, 10, 15),
    G_("cannot_login", etp=["L1DRT"], note="new L1 law student: password refused, cannot log in"),
    body="""Bonjour,

Je viens de m'inscrire en L1 droit à Caen et je n'arrive pas à me connecter à Ecampus, il me dit que l'identifiant ou le mot de passe est incorrect. J'ai activé mon compte numérique hier soir avec le code reçu par mail. J'ai essayé avec mon numéro et avec mon adresse mail.

Mon INE si besoin : 0912345678K
Téléphone : 06 12 45 78 90

Cordialement,
Mathis Girard""")

# 9 M2 terse not enrolled alternance
add("009-m2-terse.eml", "21907716@etu.unicaen.fr", "mg2alt07", (2025, 10, 13, 7, 51),
    G_("not_enrolled", codes=[("MG2ALT07", "mg2alt07")], sn=["21907716"], schemes=[L],
       note="terse M2: not enrolled in the course"),
    body="""Pas inscrit dans mg2alt07 (cours commencé la semaine dernière).
21907716
Merci.""")

# 10 apprentice wrong group MIAGE
add("010-apprenti-miage-groupe-alt.eml", "Yanis Benali <yanis.benali@etu.unicaen.fr>",
    "Groupe alternants", (2025, 10, 20, 12, 30),
    G_("wrong_group", codes=[("MG2ALT11", "MG2ALT11"), ("MG2-INIT", "INIT"), ("MG2-ALT", "ALT")],
       sn=["22004419"], etp=["M2MIAG"], schemes=[L],
       note="apprentice in M2 MIAGE placed in INIT group instead of ALT group"),
    body="""Bonjour,

Je suis apprenti en M2 MIAGE (rythme 2 semaines entreprise / 2 semaines fac). Dans le cours Architecture des SI (MG2ALT11) je suis rangé dans le groupe INIT au lieu du groupe ALT, donc je n'ai pas les dates de rendu qui correspondent à mon calendrier d'alternance.

N° étudiant 22004419.

Merci,
Yanis Benali
Apprenti développeur - Groupe Alpha Informatique, Hérouville-Saint-Clair""")

# 11 course does not exist yet, BUT GEA, R1.05 look-alike
add("011-but-gea-cours-existe-pas.eml", "Manon Lefevre <manon.lefevre@etu.unicaen.fr>",
    "le cours de compta n'existe pas ?", (2025, 9, 12, 17, 5),
    G_("course_missing", sn=["25031260"], etp=["BUGEA1"],
       note="BUT GEA 1st year: the accounting course cannot be found at all; 'R1.05' is the national BUT numbering, not an APOGEE code"),
    body="""Bonjour,

Je suis en BUT GEA première année à Caen. Le prof de la ressource R1.05 (fondamentaux de la comptabilité) nous a dit que tout serait sur Ecampus mais quand je cherche le cours il n'existe pas, la recherche ne donne rien. Mes copines ne le trouvent pas non plus.

Numéro étudiant : 25031260

Merci
Manon""")

# 12 teacher forwards hidden course
add("012-prof-transfert-cours-cache.eml", "Sophie Marchand <sophie.marchand@unicaen.fr>",
    "TR: cours psycho sociale invisible", (2025, 9, 23, 10, 2),
    G_("students_cannot_see_course", role="staff", codes=[("PSY301E", "PSY301E")], cid=[51234], sn=["23010457"], schemes=[H],
       note="teacher forwards a student's mail: students cannot see her (hidden) course"),
    body="""Bonjour,

Je vous transfère le message d'une étudiante. Apparemment aucun étudiant de L3 ne voit mon cours (PSY301E) Psychologie sociale : https://ecampus.unicaen.fr/course/view.php?id=51234
Moi je le vois bien, un peu grisé il me semble.

Sophie Marchand
MCF Psychologie sociale - UFR HSS

---------- Message transféré ---------
De : Clara Vasseur <clara.vasseur@etu.unicaen.fr>
Date : mar. 23 sept. 2025 à 09:12
Objet : cours
À : <sophie.marchand@unicaen.fr>

Bonjour Madame,
Le cours de psychologie sociale n'apparaît pas sur Ecampus, ni pour moi ni pour les autres de mon groupe. Pouvez-vous vérifier ?
Clara Vasseur (23010457)
""")

# 13 L2 droit nightly sync wrong group (words + short group names)
add("013-l2-droit-td-change-ce-matin.eml", "Emma Jacquet <emma.jacquet@etu.unicaen.fr>",
    "changement de TD pas pris en compte", (2025, 10, 1, 15, 48),
    G_("wrong_group", codes=[("DR2CIVTD3", "TD 3"), ("DR2CIVTD7", "TD 7")], sn=["24002281"], etp=["L2DRT"],
       schemes=[E], note="L2 law: scolarité moved her to TD 3 of civil law this morning, Ecampus still shows TD 7 (nightly sync)"),
    body="""Bonjour,

Je suis en L2 droit. Ce matin la scolarité m'a changée de groupe en droit civil : je passe du TD 7 au TD 3 (pour raison d'emploi du temps, je travaille le jeudi). Mais sur Ecampus je suis toujours dans le TD 7 et je ne vois pas les documents du TD 3.

Est-ce que c'est normal ou est-ce qu'il faut faire autre chose ?

Emma Jacquet
24002281""")

# 14 reply to helpdesk: still not after nightly sync, PASS
add("014-reponse-toujours-pas-pas-ue07.eml", "24015590@etu.unicaen.fr",
    "Re: [CEMU #48790] pas inscrite UE7", (2025, 10, 3, 8, 12),
    G_("not_enrolled", codes=[("PAS-UE07", "PAS-UE07")], sn=["24015590"], schemes=[F],
       note="reply on ticket: told to wait for the nightly sync, still not enrolled"),
    body="""Bonjour,

Vous m'aviez dit d'attendre le lendemain mais ça fait 2 jours et je ne suis toujours pas dans PAS-UE07. Le partiel blanc est lundi.

Cordialement
Sarah K.

----- Mail d'origine -----
De: "CEMU Assistance" <cemu.assistance@unicaen.fr>
À: 24015590@etu.unicaen.fr
Envoyé: Mardi 30 Septembre 2025 17:02:11
Objet: [CEMU #48790] pas inscrite UE7

Bonjour,
votre inscription a été complétée aujourd'hui par la scolarité santé. Elle sera visible sur Ecampus après la synchronisation de cette nuit.
Cordialement,
CEMU
""")

# 15 PASS "UE 11" look-alike, dashboard
add("015-pass-ue11-introuvable.eml", "Nour El Amrani <nour.elamrani@etu.unicaen.fr>",
    "UE 11 introuvable", (2025, 11, 4, 21, 17),
    G_("course_not_on_dashboard", codes=[("PASSG12", "groupe 12")], sn=["25027781"], etp=["PASS1C"],
       note="PASS student: UE 11 missing from her courses; 'UE 11' is not a code"),
    body="""Bonsoir,

Je suis en PASS à Caen, et dans mes cours sur Ecampus je ne trouve pas l'UE 11 (physiologie), alors que j'ai toutes les autres UE. J'ai vérifié la pagination et le filtre du tableau de bord.

Numéro étudiant 25027781, groupe 12.

Merci beaucoup
Nour""")

# 16 LAS damaged code, not enrolled
add("016-las-min2.eml", "hugo.petitjean@etu.unicaen.fr", "pas inscrit las min2", (2025, 10, 9, 13, 40),
    G_("not_enrolled", codes=[("LAS-MIN2", "las min2")], sn=["25006632"], schemes=[F],
       note="LAS student not enrolled in the health minor course"),
    body="""bonjour,
je ne suis pas inscrit dans las min2 (mineure santé), le cours n'est pas dans ma liste et quand je l'ouvre par le lien du prof ça me dit que je ne peux pas m'inscrire.
num étudiant 25006632
hugo""")

# 17 doctoral FR, ED number look-alike
add("017-doctorante-chimie-edft.eml", "Aurélie Nguyen <aurelie.nguyen@unicaen.fr>",
    "Accès formation doctorale éthique", (2025, 11, 17, 9, 55),
    G_("not_enrolled", codes=[("EDFT-042", "EDFT-042")], sn=["23920871"], etp=["DOCCHI"], schemes=[J],
       note="doctoral student in chemistry not enrolled in a transverse training course; ED 591 is not a code"),
    body="""Bonjour,

Doctorante en 2e année de chimie (laboratoire LCMT, école doctorale NBISE – ED 591), je suis inscrite via Amethis à la formation transversale « Éthique de la recherche et intégrité scientifique » (EDFT-042) mais je n'ai pas accès à l'espace Ecampus correspondant, alors que la première séance en distanciel a lieu le 24/11.

Mon numéro étudiant est 23920871.

Bien cordialement,
Aurélie Nguyen
Doctorante - LCMT UMR 6507
Bât. Chimie, bureau 2-014 - 6 bd du Maréchal Juin, 14050 Caen Cedex 4""")

# 18 doctoral EN cannot login
add("018-phd-history-cannot-login.eml", "Marco Bellini <marco.bellini@unicaen.fr>",
    "Cannot log in to Ecampus", (2026, 1, 12, 16, 20),
    G_("cannot_login", lang="en", etp=["DOCHIS"],
       note="PhD student in history cannot log in since his re-registration"),
    body="""Dear support team,

I am a third-year PhD candidate in history (ED HMPL). Since the beginning of January I cannot log in to Ecampus anymore: the CAS page says my credentials are invalid, although I can still read my university mail on Zimbra with the same password (or so I thought – maybe the webmail just kept me logged in).

I re-registered for 2025-2026 in December. Could my account have been deactivated in the meantime?

Best regards,
Marco Bellini""")

# 19 DU FOAD dashboard, adult learner
add("019-du-cge-foad-tableau-vide.eml", "Patricia Lemoine <patricia.lemoine50@orange.fr>",
    "Aucun cours sur mon tableau de bord", (2025, 10, 14, 20, 5),
    G_("course_not_on_dashboard", etp=["DUCGE"], role="student",
       note="continuing-education adult in DU CGE (distance): empty dashboard"),
    body="""Madame, Monsieur,

Je suis inscrite cette année en DU Capacité de Gestion des Entreprises à distance (formation continue, financement CPF). J'arrive à me connecter à Ecampus mais mon tableau de bord est vide : « Aucun cours ». La formatrice nous a dit que les modules 1 à 4 étaient ouverts depuis le 6 octobre.

Vous pouvez me joindre au 02 33 45 67 89 après 18h.

Bien cordialement,
Patricia Lemoine
12 rue des Tilleuls, 50000 Saint-Lô""", charset="iso-8859-1")

# 20 DU module damaged
add("020-du-cge-mod4.eml", "Patricia Lemoine <patricia.lemoine50@orange.fr>",
    "Re: Aucun cours sur mon tableau de bord", (2025, 10, 16, 19, 40),
    G_("not_enrolled", codes=[("CGE.MOD4", "cge mod4")], schemes=[I],
       note="same learner: now sees modules 1-3 but not module 4 (not enrolled)"),
    body="""Bonsoir,

Merci, je vois maintenant les modules 1 à 3 mais pas le module de comptabilité (cge mod4 sur le planning). Mes collègues de promotion l'ont.

Cordialement,
P. Lemoine""", charset="iso-8859-1")

# 21 EAD histoire L3, damaged code
add("021-ead-l3-histoire-plus-acces.eml", "Julie Barbier <julie.barbier@laposte.net>",
    "plus accès aux cours (EAD)", (2026, 1, 21, 9, 3),
    G_("not_enrolled", codes=[("DHIS3-05", "dhis3 05")], sn=["23016678"], etp=["L3HISD"], schemes=[K],
       note="distance-learning L3 history student lost access to her courses"),
    body="""Bonjour,

Étudiante à distance en L3 histoire, je n'ai plus accès à aucun cours du second semestre depuis lundi, y compris le cours d'histoire moderne (dhis3 05) où je dois rendre un dossier le 30. Au premier semestre tout allait bien.

Je travaille à temps plein à côté, je ne peux pas passer à la scolarité.

Merci de votre aide
Julie Barbier - 23016678""")

# 22 Erasmus outgoing FR
add("022-erasmus-depart-bologne.eml", "Lucas Fontaine <lucas.fontaine@etu.unicaen.fr>",
    "Accès au cours HANG 305 depuis l'étranger", (2026, 2, 3, 11, 26),
    G_("not_enrolled", codes=[("HANG305", "HANG 305")], sn=["23004412"], schemes=[A],
       note="outgoing Erasmus student (Bologna) no longer enrolled, needs the course for a resit"),
    body="""Bonjour,

Je suis actuellement en Erasmus à Bologne pour le semestre 2. Je dois repasser l'examen de civilisation britannique du S1 (HANG 305) et je n'ai plus accès au cours sur Ecampus, il a disparu de ma liste.

Est-ce possible de me réinscrire juste pour récupérer les cours ?

N° étudiant : 23004412

Grazie mille,
Lucas""")

# 23 teacher forwards list of Erasmus incoming (table)
add("023-prof-liste-erasmus.eml", "Hélène Cartier <helene.cartier@unicaen.fr>",
    "Etudiants Erasmus non inscrits - cours HESP112", (2025, 9, 29, 14, 50),
    G_("not_enrolled", role="staff", codes=[("HESP112", "HESP112")],
       sn=["25190812", "25190955", "25191003"], cid=[47718], schemes=[A],
       note="teacher: three incoming Erasmus students missing from participants (INE and phone are look-alikes)"),
    html="""<html><body><p>Bonjour,</p>
<p>Trois &eacute;tudiants Erasmus assistent &agrave; mon cours HESP112 depuis le d&eacute;but mais ne sont pas dans la liste des participants
(<a href="https://ecampus.unicaen.fr/user/index.php?id=47718">participants du cours</a>) :</p>
<table border="1" cellpadding="3">
<tr><th>Nom</th><th>Pr&eacute;nom</th><th>N&deg; &eacute;tudiant</th><th>INE</th></tr>
<tr><td>ROSSI</td><td>Giulia</td><td>25190812</td><td>1234567890A</td></tr>
<tr><td>KOWALSKI</td><td>Piotr</td><td>25190955</td><td>123456789BC</td></tr>
<tr><td>SILVA</td><td>Ana</td><td>25191003</td><td>&nbsp;</td></tr>
</table>
<p>Merci de votre aide,<br>H&eacute;l&egrave;ne Cartier<br>PRAG Espagnol - UFR LVE<br>T&eacute;l. 02 31 56 61 40 - bureau SA-110</p>
</body></html>""", charset="windows-1252")

# 24 BUT GEA wrong group with group code written
add("024-but-gea-td3-au-lieu-td1.eml", "Adam Roux <adam.roux@etu.unicaen.fr>",
    "groupe BGEA1-TD3 au lieu de BGEA1-TD1", (2025, 9, 26, 18, 14),
    G_("wrong_group", codes=[("BGEA1-TD3", "BGEA1-TD3"), ("BGEA1-TD1", "BGEA1-TD1")], sn=["25030017"], schemes=[D],
       note="BUT GEA student in group TD3 instead of TD1 on Ecampus"),
    body="""Bonjour,
Sur ecampus je suis dans BGEA1-TD3 alors que je suis dans BGEA1-TD1 (confirmé par le secrétariat). Je vois pas les devoirs de mon groupe.
Adam Roux, 25030017""")

# 25 L3 info O-for-0 dashboard
add("025-l3-info-5info2a.eml", "Bastien Colin <bastien.colin@etu.unicaen.fr>",
    "Cours 5INFO2A absent", (2025, 9, 18, 10, 44),
    G_("course_not_on_dashboard", codes=[("5INF02A", "5INFO2A")], sn=["23002290"], schemes=[G],
       note="L3 info student: advanced databases course (code typed with O for 0) not on his dashboard"),
    body="""Bonjour,

Le cours 5INFO2A (BDD avancées) n'apparaît pas dans mes cours alors que j'y suis inscrit (IP faite en juillet). Les autres UE du S5 sont là.

Cordialement,
Bastien Colin
n° 23002290""")

# 26 L3 info no group
add("026-l3-info-aucun-groupe-tp.eml", "Bastien Colin <bastien.colin@etu.unicaen.fr>",
    "Re: Cours 5INFO2A absent", (2025, 9, 25, 9, 1),
    G_("wrong_group", codes=[("5INF02A", "5INF02A"), ("5INF02ATP2", "TP2")], schemes=[G],
       note="now enrolled but in no group instead of TP2"),
    body="""Re-bonjour,

Je vois maintenant le cours 5INF02A, merci. Par contre je ne suis dans aucun groupe alors que je suis en TP2, et les rendus de TP sont par groupe.

Bastien""")

# 27 L1 bio course missing
add("027-l1-bio-cours-inexistant.eml", "Chloé Dubois <chloe.dubois@etu.unicaen.fr>",
    "Cours de biologie cellulaire", (2025, 9, 10, 12, 0),
    G_("course_missing", codes=[("1BIO04C", "1BIO04C")], sn=["25040122"], schemes=[G],
       note="L1 student: the cell biology course does not exist on Ecampus"),
    body="""Bonjour,

Le cours de biologie cellulaire (code 1BIO04C d'après la maquette) n'existe pas sur ecampus, il n'y a rien quand je le cherche. Le prof a dit que ce serait sur ecampus.

Chloé Dubois 25040122""")

# 28 student hits hidden course
add("028-cours-indisponible-etudiants.eml", "Rayan Toure <rayan.toure@etu.unicaen.fr>",
    "Cours indisponible pour les étudiants ??", (2025, 9, 16, 8, 30),
    G_("students_cannot_see_course", codes=[("3MAT01A", "3MAT01A")], cid=[52877], sn=["24011903"], schemes=[G],
       note="student: clicking the course gives 'indisponible pour les étudiants' (hidden course)"),
    body="""Bonjour,

Quand je clique sur le cours 3MAT01A depuis le lien envoyé par le prof (https://ecampus.unicaen.fr/course/view.php?id=52877) j'ai le message « Ce cours est actuellement indisponible pour les étudiants ». Pareil pour toute la promo.

Rayan Touré
24011903""")

# 29 secretary table, M1 HRP, étape code
add("029-scolarite-m1-hrp-liste.eml", "Nathalie Besnard <nathalie.besnard@unicaen.fr>",
    "Etudiants M1 absents du cours M.1HRP9C", (2025, 10, 7, 11, 15),
    G_("not_enrolled", role="staff",
       codes=[("M.1HRP9C", "M.1HRP9C"), ("M1HRP", "M1HRP"), ("M.1HRP9CTD", "M.1HRP9CTD")],
       sn=["24017731", "21006655", "25099120"], schemes=[B],
       note="scolarité lists three M1 students absent from the course although enrolled to the group"),
    body="""Bonjour,

Les étudiants suivants (étape M1HRP, version 101) sont inscrits pédagogiquement à M.1HRP9C jusqu'au groupe M.1HRP9CTD, mais n'apparaissent pas dans les participants du cours sur Ecampus :

 N° étudiant | NOM        | Prénom
 ------------+------------+---------
 24017731    | LEBRUN     | Paul
 21006655    | OUEDRAOGO  | Awa
 25099120    | MARTIN     | Jeanne

Les IP ont été saisies le 02/10/2025.

Bien cordialement,

Nathalie Besnard
Gestionnaire de scolarité Masters - UFR HSS
Bureau SH 027 - Tél. : 02 31 56 54 03
""", charset="windows-1252", cte="qp")

# 30 out of office
add("030-absent-du-bureau.eml", "Franck Delaunay <franck.delaunay@unicaen.fr>",
    "Réponse automatique : [CEMU #49011] Enseignant non inscrit", (2025, 10, 27, 8, 0),
    G_("other", role="unknown", auto=True, note="out of office auto-reply"),
    body="""Bonjour,

Je suis absent du bureau jusqu'au 3 novembre inclus, avec un accès limité à ma messagerie. Pour toute urgence concernant la L3 AES, merci de contacter le secrétariat au 02 31 56 50 60.

Cordialement,
Franck Delaunay""",
    headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"})

# 31 bounce
add("031-delivery-failure.eml", "MAILER-DAEMON@etu.unicaen.fr",
    "Undelivered Mail Returned to Sender", (2025, 11, 5, 3, 12),
    G_("other", role="unknown", auto=True, lang="en",
       note="bounce of a CEMU reply to a mistyped student address"),
    body="""This is the mail system at host smtp.etu.unicaen.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<thomas.leclerc@etu.unicean.fr>: Host or domain name not found. Name service
    error for name=etu.unicean.fr type=AAAA: Host not found

Final-Recipient: rfc822; thomas.leclerc@etu.unicean.fr
Action: failed
Status: 5.4.4
""", headers={"Auto-Submitted": "auto-generated"}, to="cemu.assistance@unicaen.fr")

# 32 newsletter / spam
add("032-newsletter-stage.eml", "Jobteaser Campus <newsletter@campus-offres.fr>",
    "🎓 Trouvez votre alternance 2026 en 3 clics !", (2025, 11, 12, 7, 30),
    G_("other", role="unknown", auto=True, note="commercial newsletter about apprenticeships"),
    html="""<html><body><h2>Votre alternance 2026 commence ici</h2>
<p>Plus de 3&nbsp;500 offres en Normandie. Code promo <b>ALT2026</b> pour le coaching CV.</p>
<p><a href="https://campus-offres.fr/unsubscribe?u=88213">Se d&eacute;sinscrire</a></p></body></html>""",
    headers={"List-Unsubscribe": "<https://campus-offres.fr/unsubscribe?u=88213>", "Precedence": "bulk"})

# 33 plain thanks
add("033-merci-simple.eml", "Anaïs Leroy <anais.leroy@etu.unicaen.fr>", "Re: [CEMU #49233] Groupe TD",
    (2025, 10, 10, 17, 2), G_("other", note="short thanks on a ticket"),
    body="""C'est réglé, merci beaucoup pour votre réactivité !
Bonne soirée
Anaïs""")

# 34 reply still not on dashboard HESP112 lowercase
add("034-reponse-toujours-rien-hesp112.eml", "25022014@etu.unicaen.fr",
    "RE: [CEMU #49102] cours d'espagnol", (2025, 10, 8, 12, 40),
    G_("course_not_on_dashboard", codes=[("HESP112", "hesp112")], sn=["25022014"], schemes=[A],
       note="reply on ticket: the Spanish course is still not on the dashboard"),
    body="""Bonjour,

toujours rien sur mon tableau de bord pour hesp112, j'ai attendu comme vous m'avez dit et je me suis déconnectée/reconnectée.

De : CEMU Assistance <cemu.assistance@unicaen.fr>
Envoyé : lundi 6 octobre 2025 15:10
À : 25022014@etu.unicaen.fr
Objet : [CEMU #49102] cours d'espagnol

Bonjour, pouvez-vous nous indiquer le code du cours ? Cordialement, CEMU""")

# 35 exam date
add("035-date-partiel-psy104.eml", "Zoé Martin <zoe.martin@etu.unicaen.fr>", "date partiel",
    (2025, 11, 24, 14, 5),
    G_("other", codes=[("PSY104E", "psy104")], schemes=[H],
       note="asks the date of the exam (not an Ecampus problem); code truncated"),
    body="""Bonjour, vous savez quand a lieu le partiel de psy104 (développement) ? il n'est pas sur ADE.
Merci
Zoé""")

# 36 quiz problem
add("036-quiz-temps-ecoule.eml", "Maxime Perrin <maxime.perrin@etu.unicaen.fr>",
    "QCM fermé avant la fin", (2025, 11, 19, 18, 59),
    G_("other", sn=["24019006"], note="quiz closed before he could submit (quiz setting)"),
    body="""Bonjour,

Le QCM de statistiques s'est fermé au bout de 20 minutes au lieu de 30 et mes réponses n'ont pas été enregistrées (tentative 1 sur 1). J'étais en salle 114 de la BU.

Maxime Perrin 24019006""")

# 37 wrong name
add("037-prenom-mal-ecrit.eml", "Élodie Ménard <elodie.menard@etu.unicaen.fr>",
    "Erreur prénom sur ecampus", (2025, 9, 19, 11, 11),
    G_("wrong_name", sn=["24003378"], etp=["LEAAE2"],
       note="LEA L2 student: first name shown without accent / wrong"),
    body="""Bonjour,

Je suis en deuxième année de LEA anglais-espagnol. Sur Ecampus mon prénom apparaît comme « Elodle » au lieu de « Élodie », du coup les profs ne me retrouvent pas dans les listes.

N° étudiant 24003378

Merci
Élodie Ménard""", charset="iso-8859-1", cte="qp")

# 38 all caps not enrolled
add("038-majuscules-psy112e.eml", "MELISSA.GARNIER@ETU.UNICAEN.FR", "URGENT PAS INSCRITE",
    (2026, 1, 26, 7, 45),
    G_("not_enrolled", codes=[("PSY112E", "PSY112E")], sn=["24020981"], schemes=[H],
       note="all caps: not enrolled in the stats course (redoing it)"),
    body="""BONJOUR
JE NE SUIS PAS INSCRITE AU COURS PSY112E ALORS QUE JE LE REFAIS CETTE ANNEE (AJOURNEE L'AN DERNIER). L'EXAMEN EST DANS 2 SEMAINES !!!
MELISSA GARNIER 24020981""")

# 39 database error Sunday
add("039-erreur-base-de-donnees.eml", "Pierre-Louis Vidal <pl.vidal@gmail.com>",
    "Ecampus en panne ?", (2025, 11, 23, 9, 47),
    G_("database_error", note="Sunday morning 'Erreur de lecture de la base de données'"),
    body="""Bonjour,

Depuis ce matin 9h30 Ecampus affiche « Erreur de lecture de la base de données » et je dois rendre mon devoir avant midi. Est-ce que la date limite sera repoussée ?

Pierre-Louis Vidal""")

# 40 participants missing (student)
add("040-liste-participants-disparue.eml", "Sacha Morin <sacha.morin@etu.unicaen.fr>",
    "où sont les participants ?", (2025, 10, 15, 16, 16),
    G_("participants_block_missing", codes=[("DR2.ADM1", "DR2.ADM1")], schemes=[E],
       note="student cannot find the participants list anymore in a course"),
    body="""Bonjour,
avant il y avait un bloc "Participants" à droite dans le cours DR2.ADM1, je ne le trouve plus. J'ai besoin de trouver les mails des autres pour un exposé.
Sacha""")

# 41 vacataire teacher not enrolled, outside address
add("041-vacataire-pas-inscrit-mkg.eml", "Olivier Brunet <o.brunet@agence-pixel.fr>",
    "Accès à mon cours de marketing digital", (2025, 9, 30, 20, 10),
    G_("teacher_not_enrolled", role="unknown", codes=[("MKG-31A", "MKG-31A")], schemes=[C],
       note="outside vacataire: teaches the course but is not enrolled in it"),
    body="""Bonjour,

Intervenant vacataire à l'IAE, j'assure le cours de marketing digital (MKG-31A) pour les M1 depuis le 22 septembre, mais je ne suis pas inscrit dans l'espace Ecampus, je ne peux donc pas déposer mes supports. Mes cours sont bien dans ADE.

Cordialement,
Olivier Brunet
Agence Pixel & Co - 7 quai de Juillet, 14000 Caen - 06 71 22 34 90""")

# 42 too many teachers
add("042-trop-enseignants-fin12b.eml", "Karine Morel <karine.morel@unicaen.fr>",
    "Enseignants en trop dans FIN12B", (2025, 9, 17, 9, 5),
    G_("too_many_teachers", role="staff", codes=[("FIN-12B", "FIN12B")], cid=[49920], schemes=[C],
       note="teacher: five colleagues who do not teach the course are enrolled as teachers"),
    body="""Bonjour,

Dans mon cours de finance d'entreprise (FIN12B, id 49920) il y a cinq enseignants inscrits qui n'interviennent pas du tout dans ce cours et reçoivent les notifications du forum. Je ne peux pas les désinscrire (méthode « base de données externe »).

Karine Morel
Maître de conférences - IAE Caen""")

# 43 IAE M1 dashboard damaged
add("043-m1-marketing-iae-mkg31a.eml", "Inès Caron <ines.caron@etu.unicaen.fr>",
    "cours non visible", (2025, 10, 1, 22, 30),
    G_("course_not_on_dashboard", codes=[("MKG-31A", "mkg 31a")], sn=["21009983"], etp=["M1MKG"], schemes=[C],
       note="M1 marketing (IAE) student: course not in her courses"),
    body="""Bonsoir,
Je suis en M1 marketing à l'IAE et je ne vois pas le cours mkg 31a dans mes cours (tableau de bord). Les autres de ma promo l'ont.
Inès Caron, 21009983""")

# 44 Erasmus incoming EN course missing (no code)
add("044-erasmus-in-no-such-course.eml", "Emily Carter <emily.carter@student.ucd.ie>",
    "Course not found", (2025, 9, 11, 15, 2),
    G_("course_missing", role="student", lang="en",
       note="incoming Erasmus student cannot find a course at all (only a title)"),
    body="""Hi,

I'm an exchange student from UCD Dublin (Erasmus+, semester 1). I searched Ecampus for "Littérature américaine S1" and for "American literature" but there's no such course. My coordinator says it exists. Does it exist on Ecampus or is it only on paper?

Cheers,
Emily""")

# 45 teacher forwards student wrong group psy
add("045-prof-transfert-groupe-psy.eml", "Marc Hébert <marc.hebert@unicaen.fr>",
    "Fwd: mauvais groupe", (2025, 10, 6, 13, 13),
    G_("wrong_group", role="staff", codes=[("PSY104E", "PSY104E"), ("PSY1GR08", "GR08"), ("PSY1GR05", "GR05")],
       sn=["25011547"], schemes=[H],
       note="teacher forwards a L1 student placed in GR05 instead of GR08 in his course"),
    body="""Bonjour, pouvez-vous regarder ? Merci. MH

-------- Message transféré --------
Sujet : mauvais groupe
Date : Sun, 5 Oct 2025 21:40:02 +0200
De : Yasmine Ba <yasmine.ba@etu.unicaen.fr>
Pour : marc.hebert@unicaen.fr

Bonjour Monsieur,
dans votre cours PSY104E je suis dans le GR05 sur Ecampus mais je suis en GR08 en vrai (le mardi). Je ne peux pas rendre le devoir de mon groupe.
Yasmine Ba - 25011547
""")

# 46 L1 droit TD12 + damaged code
add("046-l1-droit-td12-dr1civ2.eml", "Louis Guerin <louis.guerin@etu.unicaen.fr>",
    "pas dans le cours dr1civ2", (2025, 9, 29, 18, 18),
    G_("not_enrolled", codes=[("DR1.CIV2", "dr1civ2"), ("DR1CIVTD12", "TD 12")], sn=["25001834"], schemes=[E],
       note="student in TD 12 of civil law not enrolled in the course"),
    body="""Bonjour,
Je ne suis pas inscrit au cours dr1civ2, je suis pourtant au TD 12 de droit civil depuis la rentrée.
Louis Guérin
25001834""")

# 47 unknown mistyped code
add("047-cours-dr2civ9-inexistant.eml", "Lina Moreau <lina.moreau@etu.unicaen.fr>",
    "Cours DR2.CIV9", (2025, 10, 21, 10, 10),
    G_("course_missing", codes=[("DR2.CIV9", "DR2.CIV9")], sn=["24006120"], schemes=[E],
       note="student looks for DR2.CIV9 which does not exist (typo for DR2.CIV3?)"),
    body="""Bonjour,
Je ne trouve pas le cours DR2.CIV9 sur ecampus, il n'existe pas ? Mon plan de cours indique ce code pour les obligations.
Lina Moreau 24006120""")

# 48 unknown code HLAN210
add("048-hlan210-pas-dans-mes-cours.eml", "Noah Leclerc <noah.leclerc@etu.unicaen.fr>",
    "Cours d'anglais", (2026, 1, 28, 13, 1),
    G_("course_not_on_dashboard", codes=[("HLAN210", "HLAN210")], sn=["25012290"], schemes=[A],
       note="student says English course HLAN210 is not in his courses; the code does not exist"),
    body="""Bonjour,
le cours d'anglais HLAN210 n'est pas dans mes cours pour le S2.
Noah Leclerc - 25012290""")

# 49 look-alikes heavy, login
add("049-connexion-lookalikes.eml", "Aminata Diallo <aminata.diallo@yahoo.fr>",
    "Connexion Ecampus impossible", (2025, 9, 9, 14, 37),
    G_("cannot_login", note="cannot log in; INE, phone, postcode, room, date are look-alikes"),
    body="""Bonjour,

Je n'arrive pas à me connecter à Ecampus depuis le 08/09/2025. Je suis allée au guichet en salle SA-110 (bâtiment Sciences A) on m'a dit d'écrire ici.

INE : 091234567AB
Tél : 07 68 22 14 09
Adresse : 3 rue Pasteur, 14000 Caen
Version du navigateur : Firefox 128.0.3

Merci
Aminata Diallo""")

# 50 student forwards scolarité mail (Outlook), not enrolled, missing dot, étape code
add("050-l3-droit-transfert-scolarite.eml", "Clément Aubert <clement.aubert@etu.unicaen.fr>",
    "TR: Inscription pédagogique droit pénal", (2025, 10, 22, 9, 30),
    G_("not_enrolled", codes=[("DR3.PEN2", "DR3PEN2"), ("L3DRT", "L3DRT-101")], sn=["23007745"], schemes=[E],
       note="student forwards scolarité's confirmation of IP made yesterday; still not enrolled (nightly sync)"),
    body="""Bonjour,
La scolarité me dit que c'est fait depuis hier mais je n'ai toujours pas le cours de droit pénal spécial.
Clément

De : Scolarité Licence Droit <scol.licence.droit@unicaen.fr>
Envoyé : mardi 21 octobre 2025 16:22
À : Clément Aubert <clement.aubert@etu.unicaen.fr>
Objet : RE: Inscription pédagogique droit pénal

Bonjour,
Votre inscription pédagogique en L3DRT-101 a été complétée avec l'élément DR3PEN2 (droit pénal spécial).
Cordialement,
""" + SIG_DROIT + """
N° dossier : 23007745""")

# 51 EN thanks
add("051-thanks-erasmus.eml", "Jonas Weber <jonas.weber@gmail.com>",
    "Re: [CEMU #48802] Access to course Civil law", (2025, 9, 26, 8, 44),
    G_("other", lang="en", note="Erasmus student thanks: it works now"),
    body="""Thank you so much, it works now! I can see the course and the documents.

Have a nice day,
Jonas""")

# 52 EN wrong group HANG305
add("052-en-wrong-td-hang305.eml", "Sofia Almeida <sofia.almeida@etu.unicaen.fr>",
    "Wrong tutorial group in HANG305", (2025, 10, 2, 10, 58),
    G_("wrong_group", lang="en", codes=[("HANG305", "HANG305"), ("HANG305TD1", "TD1"), ("HANG305TD2", "TD2")],
       sn=["25190477"], schemes=[A],
       note="incoming exchange student placed in TD1 instead of TD2"),
    body="""Hello,

In the course HANG305 (British civilisation) I was put in group TD1 but my timetable says TD2 (Wednesday 2pm). Could you move me? I can't see the TD2 assignments.

Student number: 25190477

Thanks a lot,
Sofia Almeida (exchange student, Universidade de Coimbra)""")

# 53 SMS database error
add("053-sms-erreur-bdd.eml", "jade.fournier@etu.unicaen.fr", "ecampus bug", (2026, 2, 8, 10, 20),
    G_("database_error", note="SMS style: database read error on Ecampus"),
    body="""bjr g pa acces a ecampus depui ce matin ca me met erreur de lecture de la base de donnees, c tt le monde ou juste moi ?""")

# 54 SMS LAS words dashboard
add("054-sms-las-svt-maths.eml", "romain.s@gmail.com", "cour maths", (2025, 10, 11, 0, 12),
    G_("course_not_on_dashboard", etp=["LASSV1"], note="SMS style LAS SVT: maths course not in his courses"),
    body="""cc jsui en LAS svt jvoi pa mon cour de maths ds mes cours alors ke g les autres. c normal??""")

# 55 vague no courses
add("055-vague-pas-mes-cours.eml", "clara.vanhove@gmail.com", "cours", (2026, 1, 6, 18, 2),
    G_("course_not_on_dashboard", note="vague: 'je n'ai pas mes cours' on Ecampus, no detail"),
    body="""Bonjour je n'ai pas mes cours sur ecampus.
Clara""")

# 56 continuing ed first login stuck on profile email (DU FLE)
add("056-fc-du-fle-profil-email.eml", "Mariana Gómez <mariana.gomez.fle@gmail.com>",
    "Bloquée sur la page profil", (2025, 9, 15, 9, 5),
    G_("cannot_login", etp=["DUFLEI"],
       note="continuing-education learner in DU FLE: stuck on the profile page asking for an email at first login"),
    body="""Bonjour,

Je suis stagiaire en DU de français langue étrangère (intensif, formation continue). À ma première connexion Ecampus je suis bloquée sur la page « Modifier le profil » qui me demande une adresse de courriel, mais le champ n'est pas modifiable. Je ne peux rien faire d'autre.

Merci,
Mariana Gómez""", png="profil.png")

# 57 BUT apprentice lost course, damaged with space
add("057-alternant-tc-btcr304.eml", "Enzo Lambert <enzo.lambert@etu.unicaen.fr>",
    "disparu du cours BTCR 3.04", (2025, 11, 3, 19, 22),
    G_("not_enrolled", codes=[("BTCR3.04", "BTCR 3.04")], sn=["24008102"], schemes=[D],
       note="apprentice in BUT TC: removed from the course while in company"),
    body="""Bonjour,

Je suis en alternance (2 semaines entreprise / 2 semaines IUT). En revenant à Lisieux lundi j'ai vu que j'avais disparu du cours BTCR 3.04 alors que j'y étais la semaine dernière. Les autres ressources sont toujours là.

Enzo Lambert
24008102""")

# 58 teacher: M2 hidden course
add("058-prof-m2-geo-cache.eml", "Didier Hamel <didier.hamel@unicaen.fr>",
    "M.2GEO3B - les étudiants ne voient rien", (2025, 9, 19, 7, 50),
    G_("students_cannot_see_course", role="staff", codes=[("M.2GEO3B", "M.2GEO3B")], schemes=[B],
       note="teacher: students see nothing in his M2 course (hidden)"),
    body="""Bonjour,
Les M2 ne voient pas mon cours M.2GEO3B. Caché ? Je ne trouve pas le réglage.
D. Hamel""")

# 59 student course in Archives
add("059-cours-archives-hang105.eml", "Victor Pichon <victor.pichon@etu.unicaen.fr>",
    "cours dans Archives", (2025, 9, 5, 15, 35),
    G_("course_moved_renamed", codes=[("HANG105", "hang105")], sn=["24012266"], schemes=[A],
       note="student: last year's phonetics course moved to Archives, he needs the content for a resit"),
    body="""Bonjour,
Le cours hang105 de l'an dernier est maintenant dans une catégorie "Archives" avec un autre nom, et je ne peux plus déposer le devoir de rattrapage. Est-ce normal ?
Victor Pichon 24012266""")

# 60 HTML-only base64 PASS wrong group
add("060-pass-groupe-g12-g04.eml", "Lucie Brun <lucie.brun@etu.unicaen.fr>",
    "Mauvais groupe PASS", (2025, 9, 30, 21, 55),
    G_("wrong_group", codes=[("PASSG12", "G12"), ("PASSG04", "G04")], sn=["25027003"], etp=["PASS1C"],
       note="PASS student placed in group G04 instead of G12 (HTML-only, base64)"),
    html="""<html><head><meta charset="utf-8"></head><body><div dir="ltr">Bonsoir,<br><br>Je suis en PASS et sur Ecampus je suis dans le groupe G04 alors que je suis en G12 (tutorat et ED le vendredi).<br>Du coup je n'ai pas acc&egrave;s aux QCM d'entra&icirc;nement de mon groupe.<br><br>Num&eacute;ro &eacute;tudiant : 25027003<br><br>Merci d'avance<br>Lucie</div></body></html>""",
    cte="b64")

# 61 reply with info requested
add("061-reponse-infos-5inf07b.eml", "Hugo Renard <hugo.renard@etu.unicaen.fr>",
    "Re: [CEMU #50011] pas inscrit", (2026, 1, 14, 11, 9),
    G_("not_enrolled", codes=[("5INF07B", "5INF07B")], sn=["24017730"], schemes=[G],
       note="reply giving the requested number and course code"),
    body="""Bonjour,

voici mon numéro étudiant : 24017730 et le code du cours c'est 5INF07B (compilation).

Hugo

> Bonjour, merci de nous indiquer votre numéro étudiant et le code Apogée du cours.
> CEMU""")

# 62 doctoral EN CAS destination
add("062-phd-cas-destination.eml", "Wei Zhang <wei.zhang@unicaen.fr>",
    "CAS says it doesn't know my final destination", (2025, 10, 29, 10, 40),
    G_("cas_unknown_destination", lang="en", sn=["24930551"],
       note="PhD student stuck on CAS 'final destination' page"),
    body="""Hello,

After logging in I see "Connexion réussie – Bienvenue 24930551" and then a message that CAS doesn't know my final destination. I bookmarked https://cas.unicaen.fr/login last year. How do I reach Ecampus?

Regards,
Wei Zhang""")

# 63 teacher vague forward of student dashboard
add("063-prof-cf-ci-dessous.eml", "Jean-Marc Lepetit <jean-marc.lepetit@unicaen.fr>",
    "TR: cours analyse 3", (2025, 9, 24, 12, 12),
    G_("course_not_on_dashboard", role="staff", codes=[("3MAT01A", "3MAT01A")], sn=["24005518"], schemes=[G],
       note="teacher forwards, without comment, a student not seeing the course on her dashboard"),
    body="""Cf. ci-dessous. Merci de voir.
JML

Le mer. 24 sept. 2025 à 08:03, Alice Hue <24005518@etu.unicaen.fr> a écrit :
> Bonjour Monsieur, je ne vois pas le cours 3MAT01A sur mon tableau de bord,
> les autres L2 l'ont. Alice Hue
""")

# 64 PASS O-for-0
add("064-pas-ueo7.eml", "Ilyes Mansour <ilyes.mansour@etu.unicaen.fr>", "PAS-UEO7", (2025, 10, 5, 20, 2),
    G_("not_enrolled", codes=[("PAS-UE07", "PAS-UEO7")], sn=["25026688"], schemes=[F],
       note="not enrolled in the UE7 course; code typed with O instead of 0"),
    body="""Bonjour, je ne suis pas inscrit dans PAS-UEO7 sur ecampus. Numéro 25026688. Merci""")

# 65 Erasmus outgoing EN
add("065-outgoing-dublin-en.eml", "Léa Charpentier <lea.charpentier@etu.unicaen.fr>",
    "Access to Caen courses while on exchange", (2025, 10, 16, 15, 30),
    G_("not_enrolled", lang="en", codes=[("DR2.ADM1", "DR2.ADM1")], sn=["23011945"], schemes=[E],
       note="Caen student on Erasmus in Dublin writes in English: no longer enrolled in her Caen course"),
    body="""Hello,

I'm a UNICAEN student currently on Erasmus in Trinity College Dublin for the year. I still need access to the administrative law course DR2.ADM1 (I have to validate it remotely as agreed with my coordinator) but I'm not enrolled anymore.

Student number 23011945.

Kind regards,
Léa Charpentier""")

# 66 M1 HSS damaged code
add("066-m1-hrp-damaged.eml", "Baptiste Renaud <baptiste.renaud@etu.unicaen.fr>",
    "inscription séminaire", (2025, 10, 9, 8, 56),
    G_("not_enrolled", codes=[("M.1HRP9C", "m1hrp9c")], sn=["25098804"], schemes=[B],
       note="M1 student not enrolled in the seminar course (code lowercase, dot missing)"),
    body="""Bonjour,
je ne suis pas inscrit au séminaire m1hrp9c sur Ecampus (relations internationales). Les autres y sont depuis le 3 octobre.
Baptiste Renaud - 25098804""")

# 67 cohort question (student tutor)
add("067-cohorte-question.eml", "Elise Lacroix <elise.lacroix@etu.unicaen.fr>",
    "question cohorte", (2026, 2, 2, 14, 14),
    G_("cohort_question", note="student tutor asks how the cohort of her promo is updated"),
    body="""Bonjour,

Je suis tutrice pour les L1. La responsable veut m'ajouter dans un espace avec « la cohorte de ma promo ». C'est quoi exactement une cohorte, et est-ce qu'elle se met à jour toute seule si des étudiants arrivent en cours d'année ?

Merci,
Elise""")

# 68 EAD second code damaged + not enrolled, multipart, latin1
add("068-ead-historiographie.eml", "Julie Barbier <julie.barbier@laposte.net>",
    "Re: plus accès aux cours (EAD)", (2026, 1, 23, 8, 40),
    G_("not_enrolled", codes=[("DHIS3-11", "DHIS311")], sn=["23016678"], schemes=[K],
       note="same EAD student: still missing historiography course"),
    body="""Bonjour,

Merci, j'ai retrouvé l'histoire moderne mais toujours pas le cours d'historiographie (DHIS311).

Julie Barbier - 23016678""",
    html="""<html><body><p>Bonjour,</p><p>Merci, j'ai retrouv&eacute; l'histoire moderne mais toujours pas le cours d'historiographie (DHIS311).</p><p>Julie Barbier - 23016678</p></body></html>""",
    charset="iso-8859-1")

# 69 teacher course moved (M.1SOC4A)
add("069-prof-cours-archive-soc4a.eml", "Florence Adam <florence.adam@unicaen.fr>",
    "Mon cours a disparu / Archives", (2025, 9, 3, 10, 25),
    G_("course_moved_renamed", role="staff", codes=[("M.1SOC4A", "M.1SOC4A")], cid=[41877], schemes=[B],
       note="teacher: her course is now under Archives and renamed"),
    body="""Bonjour,

Mon cours de sociologie des organisations (M.1SOC4A) se trouve depuis ce matin dans la catégorie « Archives 2024-2025 » et porte un nom différent. Tous mes contenus y sont (https://ecampus.unicaen.fr/course/edit.php?id=41877). Que dois-je faire ?

Florence Adam
Professeure de sociologie - UFR HSS - bureau SH 112""")

# 70 BUT TC SAE forwarded by teacher, no group, course code
add("070-prof-tc-sae-etudiant-absent.eml", "Gaëlle Poulain <gaelle.poulain@unicaen.fr>",
    "Étudiant absent de la SAÉ BTCS3.01", (2025, 10, 17, 16, 45),
    G_("not_enrolled", role="staff", codes=[("BTCS3.01", "BTCS3.01")], sn=["24008817"], cid=[55310], schemes=[D],
       note="teacher forwards: a BUT TC student not enrolled in the SAE course"),
    body="""Bonjour,

Un étudiant de 2e année (Théo Lemarchand, 24008817) n'est pas dans les participants de la SAÉ BTCS3.01 (https://ecampus.unicaen.fr/course/view.php?id=55310). Il m'a écrit ci-dessous.

Gaëlle Poulain
IUT Grand Ouest Normandie - site de Lisieux
11 boulevard Jules Ferry, 14100 Lisieux

> Bonjour Madame, je ne suis pas dans le cours de la SAÉ sur ecampus, je ne peux pas déposer le rapport.
> Théo
""")
