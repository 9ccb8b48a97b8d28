from helpers import *

# ---------------------------------------------------------------- 026
add(fn='026-l2-info-liste-cours-manquants.eml',
    frm='Mathis Gosselin <mathis.gosselin14@gmail.com>',
    subj='Inscription aux cours L2 informatique',
    date='Fri, 19 Sep 2025 12:27:34 +0200', mid=mid_gmail(),
    body=Text("""Bonjour,

Je suis en L2 informatique et il me manque plusieurs cours sur Ecampus :
- SINF3U05 : Algorithmique
- sinf3u07 : Bases de données
- SMAT3UO1 Probabilités

J'ai bien les autres (anglais, PPP). Mon contrat pédagogique a été signé le 10/09 avec Mme Lair au bureau S3-045.

N° étudiant 24190356

Merci d'avance
Mathis Gosselin
"""),
    gold=G([('SINF3U05', 'SINF3U05'), ('SINF3U07', 'sinf3u07'), ('SMAT3U01', 'SMAT3UO1')], ['24190356'], [], 'not_enrolled', 'student',
           note='student lists three courses he is not enrolled in; room and date look-alikes'))

# ---------------------------------------------------------------- 027
add(fn='027-cours-introuvable-sans-code-latin1.eml',
    frm='Pauline Hamel <pauline.hamel3@orange.fr>',
    subj='cours introuvable',
    date='Wed, 24 Sep 2025 09:18:00 +0200', mid=mid_other('orange.fr'), hcharset='iso-8859-1',
    body=Text("""Bonjour,

Je cherche le cours de statistiques appliquées de Mme Hébert (L3 sociologie) mais il n'existe pas sur Ecampus, en tout cas je ne le trouve pas dans la recherche ni dans la catégorie Sociologie. Les autres L3 non plus ne le trouvent pas. Le cours a lieu le jeudi 10h15-12h15 en salle LE 210.

Merci
Pauline Hamel
""", charset='iso-8859-1', cte='8bit'),
    gold=G([], [], [], 'course_missing', 'student',
           note='course cannot be found, no code nor number given'))

# ---------------------------------------------------------------- 028
add(fn='028-allemand-renomme-archive.eml',
    frm='Jonas Ledoux <jonas.ledoux@etu.unicaen.fr>',
    subj='Cours allemand renommé ?',
    date='Tue, 7 Oct 2025 14:49:21 +0200', mid=mid_zimbra(), hdr=[ZIMBRA],
    body=Text("""Bonjour,

Le cours "(Hall302) Allemand LV2 S3" que j'avais encore la semaine dernière a changé de nom, il s'appelle maintenant "[ARCHIVE 2024-2025] Allemand LV2 S3" et il est rangé ailleurs. Je ne peux plus rien déposer. La prof ne comprend pas non plus.

Jonas Ledoux
n° 23099124
"""),
    gold=G([('HALL302', 'Hall302')], ['23099124'], [], 'course_moved_renamed', 'student',
           note='course renamed [ARCHIVE] and moved; its code no longer exists'))

# ---------------------------------------------------------------- 029
t029 = """Bonjour,

Je suis étudiante en L2 psycho à Caen mais cette année je suis en Erasmus à l'Universidad de Salamanca (départ à l'année). Je dois quand même rendre le dossier de Psychologie du développement (L2.PSY34) parce que mon learning agreement ne contient pas d'équivalent là-bas, mais je n'ai plus accès au cours sur Ecampus : je ne suis plus inscrite dedans.

Est-ce que vous pouvez me réinscrire, au moins jusqu'en décembre ?

Mon numéro étudiant est 24044718.

Merci beaucoup,
Océane Pillet
"""
add(fn='029-erasmus-sortante-psycho.eml',
    frm='Océane Pillet <oceane.pillet@gmail.com>',
    subj='Accès cours Ecampus pendant Erasmus',
    date='Mon, 10 Nov 2025 19:01:35 +0100', mid=mid_gmail(),
    body=alt(t029, gmail_html(t029)),
    gold=G([('L2.PSY34', 'L2.PSY34')], ['24044718'], [], 'not_enrolled', 'student',
           note='outgoing Erasmus student no longer enrolled in a course she still must do'))

# ---------------------------------------------------------------- 030
add(fn='030-seggat-aucun-groupe-cp1252.eml',
    frm='Inès Boulanger <ines.boulanger@etu.unicaen.fr>',
    subj='Pas de groupe dans le cours de stats',
    date='Thu, 16 Oct 2025 10:31:08 +0200', mid=mid_outlook(), hdr=[OUTLOOK], hcharset='windows-1252',
    body=Text("""Bonjour,

Dans le cours EGS31 (Statistiques descriptives) je ne suis dans aucun groupe alors que je suis en G2 avec M. Tessier. Le prof a mis les sujets de TD par groupe, donc je ne vois rien… Les autres de mon TD sont bien dans « Groupe 2 ».

Inès Boulanger – 24161930
""", charset='windows-1252', cte='8bit'),
    gold=G([('EGS31', 'EGS31'), ('EGS31-G2', 'G2')], ['24161930'], [], 'wrong_group', 'student',
           note='student in no group in a course (should be G2)'))

# ---------------------------------------------------------------- 031
add(fn='031-tuteur-cohorte-l1-svt.eml',
    frm='Elise Carpentier <23022987@etu.unicaen.fr>',
    subj='Question cohorte espace tutorat',
    date='Mon, 22 Sep 2025 16:20:51 +0200', mid=mid_zimbra(), hdr=[ZIMBRA],
    body=Text("""Bonjour,

Je suis tutrice pour les L1 SVT et j'ai les droits d'enseignant sur l'espace "Tutorat L1 SVT". La responsable m'a dit d'utiliser une cohorte pour inscrire tous les étudiants de L1 SVTE d'un coup. Est-ce que la cohorte se met à jour toute seule si des étudiants arrivent en retard ? Et comment je la retrouve, je dois chercher par le code ?

Merci,
Élise Carpentier
"""),
    gold=G([('L1SVTE', 'L1 SVTE')], ['23022987'], [], 'cohort_question', 'student',
           note='student tutor asks how cohorts work for a tutoring space'))

# ---------------------------------------------------------------- 032
t032 = """Bonjour,

Le QCM n°3 de biologie cellulaire (SBIO2U11) s'est fermé à 14h00 alors que le prof avait annoncé qu'on avait jusqu'à 14h30. J'ai perdu toutes mes réponses à partir de la question 12. Le lien du test : https://ecampus.unicaen.fr/mod/quiz/view.php?id=1873342

Est-ce qu'il est possible de rouvrir ma tentative ?

Merci,
Léna Fournier, L2 SV
"""
add(fn='032-qcm-ferme-trop-tot.eml',
    frm='Lena Fournier <lena.fournier@etu.unicaen.fr>',
    subj='QCM fermé avant l heure',
    date='Tue, 18 Nov 2025 14:07:40 +0100', mid=mid_zimbra(), hdr=[ZIMBRA],
    body=alt(t032, gmail_html(t032).replace('https://ecampus.unicaen.fr/mod/quiz/view.php?id=1873342',
        '<a href="https://ecampus.unicaen.fr/mod/quiz/view.php?id=1873342">https://ecampus.unicaen.fr/mod/quiz/view.php?id=1873342</a>')),
    gold=G([('SBIO2U11', 'SBIO2U11')], [], [], 'other', 'student',
           note='quiz closed earlier than announced (quiz setting); mod link id is not a course id'))

# ---------------------------------------------------------------- 033
add(fn='033-las-ue-pas-sur-tableau-de-bord.eml',
    frm='Samuel Vautier <samuel.vautier@etu.unicaen.fr>',
    subj='cours LAS pas sur le tableau de bord',
    date='Fri, 3 Oct 2025 22:15:09 +0200', mid=mid_iphone('etu.unicaen.fr'), hdr=[IPHONE],
    body=Text("""Bonjour,
je suis en LAS 2 et l'UE santé las2.u03 n'apparait pas sur mon tableau de bord. Par contre si je passe par le lien que le prof a envoyé j'arrive dans le cours et je peux voir les documents. C'est bizarre non ?
Samuel 24310872

Envoyé de mon iPhone"""),
    gold=G([('LAS2.U03', 'las2.u03')], ['24310872'], [], 'course_not_on_dashboard', 'student',
           note='course reachable by link but not listed on dashboard'))

# ---------------------------------------------------------------- 034
add(fn='034-reprise-etudes-profil-adresse-latin1.eml',
    frm='Nadia Ouali <nadia.ouali@laposte.net>',
    subj='Bloquée à la première connexion',
    date='Mon, 8 Sep 2025 20:44:19 +0200', mid=mid_other('laposte.net'), hcharset='iso-8859-1',
    body=Text("""Bonjour,

Je reprends mes études cette année (DAEU puis L1 histoire). À ma première connexion sur Ecampus je suis bloquée sur la page "Modifier le profil" : il me dit que l'adresse de courriel est obligatoire mais je ne peux pas la saisir, la case est grisée. Je ne peux aller nulle part ailleurs.

Mon ancien numéro étudiant de 2019 : 19045562 (on m'a dit qu'il était conservé).

Merci de votre aide,
Nadia Ouali
02 31 74 18 63
""", charset='iso-8859-1', cte='quoted-printable'),
    gold=G([], ['19045562'], [], 'cannot_login', 'student',
           note='first login stuck on profile page requiring an e-mail address'))

# ---------------------------------------------------------------- 035
add(fn='035-erasmus-en-cas-page.eml',
    frm='Jakub Nowak <jakub.nowak@student.uw.edu.pl>',
    subj='Cannot reach Ecampus after login',
    date='Wed, 10 Sep 2025 12:55:43 +0200', mid=mid_other('student.uw.edu.pl'),
    body=Text("""Dear support,

when I log in I only see a page "Connexion réussie" telling me that CAS does not know my final destination. The address in my browser is https://cas.unicaen.fr/login (I saved it in my bookmarks last week). How do I get to my courses?

Student number 25904418, exchange student from University of Warsaw.

Kind regards,
Jakub Nowak
"""),
    gold=G([], ['25904418'], [], 'cas_unknown_destination', 'student', 'en',
           note='exchange student bookmarked the CAS login page'))

# ---------------------------------------------------------------- 036
add(fn='036-iut-info-base-indisponible-base64.eml',
    frm='23150712@etu.unicaen.fr',
    subj='Ecampus inaccessible',
    date='Sun, 25 Jan 2026 10:08:27 +0100', mid=mid_zimbra(), hdr=[ZIMBRA],
    body=Text("""Bonjour,

Ecampus est inaccessible depuis 9h30 : "Erreur de lecture de la base de données". J'ai un devoir de réseaux (0INF3C) à rendre aujourd'hui avant 18h, est-ce que ça va revenir ?

Merci
Enzo Mallet, BUT Info 2e année
""", cte='base64'),
    gold=G([('0INF3C2', '0INF3C')], ['23150712'], [], 'database_error', 'student',
           note='Sunday database error; truncated IUT code'))

# ---------------------------------------------------------------- 037
add(fn='037-m2-cours-introuvable-terse.eml',
    frm='Thomas Aubert <thomas.aubert@etu.unicaen.fr>',
    subj='GP12 introuvable',
    date='Tue, 30 Sep 2025 08:47:16 +0200', mid=mid_zimbra(), hdr=[ZIMBRA],
    body=Text("""Bonjour,
Cours gp12 introuvable sur Ecampus (recherche + catégorie M2). Étape M2GEOA-101. 21170034.
Cdt
T. Aubert
"""),
    gold=G([('GP12', 'gp12'), ('M2GEOA', 'M2GEOA-101')], ['21170034'], [], 'course_missing', 'student',
           note='terse M2 student cannot find a course'))

# ---------------------------------------------------------------- 038
t038 = """Bonjour,

Depuis la rentrée de janvier, tous mes cours du premier semestre ont disparu de mon tableau de bord, il ne reste que ceux du S2. J'ai encore besoin des cours du S1 pour réviser le rattrapage. Est-ce qu'ils ont été supprimés ?

Merci d'avance,
Margaux Lebrun
Numéro étudiant : 24088213
"""
add(fn='038-cours-s1-disparus-tableau-de-bord.eml',
    frm='Margaux Lebrun <margaux_lebrun@yahoo.fr>',
    subj='Cours du S1 disparus',
    date='Mon, 12 Jan 2026 17:22:05 +0100', mid=mid_other('yahoo.fr'),
    body=alt(t038, '<html><body><div style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">'
             + t038.replace('\n\n', '</div><div><br></div><div>').replace('\n', '<br>') + '</div></body></html>'),
    gold=G([], ['24088213'], [], 'course_not_on_dashboard', 'student',
           note='past-semester courses no longer on dashboard (course end date / filter)'))

# ---------------------------------------------------------------- 039
add(fn='039-adresse-mail-lycee-latin1.eml',
    frm='Romain Gaillard <romain.gaillard@etu.unicaen.fr>',
    subj='Mauvaise adresse mail sur mon profil',
    date='Thu, 11 Sep 2025 11:06:33 +0200', mid=mid_zimbra(), hdr=[ZIMBRA], hcharset='iso-8859-1',
    body=Text("""Bonjour,

Sur mon profil Ecampus l'adresse affichée est romain.gaillard2@ac-normandie.fr (mon adresse du lycée) et pas mon adresse étudiante, du coup je ne reçois aucune notification des cours. Je n'arrive pas à la modifier, le champ n'est pas modifiable.

Romain Gaillard, L1 Géographie, 25177420
""", charset='iso-8859-1', cte='8bit'),
    gold=G([], ['25177420'], [], 'wrong_name', 'student',
           note='wrong e-mail address shown in Ecampus profile'))

# ---------------------------------------------------------------- 040
add(fn='040-sms-mdp-connexion.eml',
    frm='Kenza <kenza.amrani02@gmail.com>',
    subj='(pas d objet)',
    date='Wed, 7 Jan 2026 07:58:41 +0100', mid=mid_gmail(),
    body=Text("""bjr jarrive pa a me co sur ecampus jai changer mon mdp sur lent hier et depuis ca marche plu, ni sur lapli ni sur le pc. 24203385

Envoyé depuis mon appareil Galaxy"""),
    gold=G([], ['24203385'], [], 'cannot_login', 'student',
           note='SMS-style cannot log in after password change'))

# ---------------------------------------------------------------- 041
add(fn='041-favori-cas-l1-histoire.eml',
    frm='Louise Renaud <louise.renaud@etu.unicaen.fr>',
    subj='Ecampus me renvoie sur une page de connexion réussie',
    date='Tue, 16 Sep 2025 13:25:19 +0200', mid=mid_zimbra(), hdr=[ZIMBRA],
    body=Text("""Bonjour,

J'ai enregistré ecampus dans mes favoris, mais quand je clique dessus j'arrive sur une page « Connexion réussie – Bienvenue 25087741 » du Service Central d'Authentification, qui dit qu'il ne connaît pas ma destination finale. Je ne vois jamais mes cours. Le lien de mes favoris est https://cas.unicaen.fr/login?locale=fr

Louise Renaud
L1 Histoire
"""),
    gold=G([], ['25087741'], [], 'cas_unknown_destination', 'student',
           note='bookmarked CAS URL without service'))

# ---------------------------------------------------------------- 042
add(fn='042-erreur-bdd-pendant-examen.eml',
    frm='Maxime Le Bihan <maxime.lebihan@etu.unicaen.fr>',
    subj='Erreur pendant mon examen en ligne !!',
    date='Sun, 1 Feb 2026 10:41:12 +0100', mid=mid_zimbra(), hdr=[ZIMBRA],
    body=Text("""Bonjour,

J'étais en train de composer l'examen en ligne de Droit fiscal (D5.FIS1) et à 10h22 la page a affiché "Erreur de lecture de la base de données". Depuis impossible de revenir sur Ecampus. Est-ce que ma tentative est perdue ? Je préviens aussi le prof.

Maxime Le Bihan
M1 droit des affaires
N° étudiant 21200458
"""),
    gold=G([('D.5.FIS1', 'D5.FIS1')], ['21200458'], [], 'database_error', 'student',
           note='database read error during an online exam on a Sunday'))

# ---------------------------------------------------------------- 043
t043 = """Hello,

My name is displayed wrongly on Ecampus: it shows "MÃ¼ller Jonas" instead of "Müller Jonas", and my first and last names seem to be in the wrong fields. Teachers cannot find me when they search for "Muller" or "Müller".

Exchange student (Universität Leipzig), student number 25913067.

Thanks a lot,
Jonas Müller
"""
add(fn='043-erasmus-en-nom-mal-encode.eml',
    frm='Jonas Müller <jonas.mueller@studserv.uni-leipzig.de>',
    subj='Wrong name in Ecampus',
    date='Fri, 26 Sep 2025 10:10:10 +0200', mid=mid_other('studserv.uni-leipzig.de'), hdr=[TBIRD],
    body=alt(t043, gmail_html(t043)),
    gold=G([], ['25913067'], [], 'wrong_name', 'student', 'en',
           note='Erasmus student name shown with mangled umlaut'))

# ---------------------------------------------------------------- 044
add(fn='044-erasmus-finance-cours-existe-pas.eml',
    frm='Dong-hyun Kim <donghyun.kim.caen@gmail.com>',
    subj='cours de finance qui existe pas',
    date='Thu, 2 Oct 2025 15:33:27 +0200', mid=mid_gmail(),
    body=Text("""Bonjour Monsieur Madame,

Je suis etudiant d'echange de Corée (Université Yonsei). Dans mon contrat il y a le cours "Finance d'entreprise" avec le code EFG53 mais sur Ecampus le cours existe pas, je cherche beaucoup de fois. Mes amis français ont un autre cours de finance.
Est ce que je dois choisir autre cours ?

Merci beaucoup pour votre aide.
KIM Dong-hyun
numero etudiant 25918804
"""),
    gold=G([('EFG53', 'EFG53')], ['25918804'], [], 'course_missing', 'student',
           note='exchange student cannot find a course whose code is mistyped (unknown)'))

# ---------------------------------------------------------------- 045
add(fn='045-ead-anglais-groupe-presentiel.eml',
    frm='Virginie Lamotte <virginie.lamotte@etu.unicaen.fr>',
    subj='Mauvais groupe (EAD) cours de traduction',
    date='Tue, 21 Oct 2025 21:03:55 +0200', mid=mid_zimbra(), hdr=[ZIMBRA],
    body=Text("""Bonjour,

Je suis inscrite en LLCE anglais à distance. Dans le cours de traduction iran16 je suis dans le groupe "TD 3" (présentiel, le lundi à 8h30) au lieu du groupe CEMU des étudiants à distance, donc je ne vois pas les devoirs et les visios du groupe à distance.

Mon numéro : 23240516

Cordialement,
Virginie Lamotte
"""),
    gold=G([('IRAN-16', 'iran16'), ('IRAN16-TD3', 'TD 3'), ('IRAN16CEMU', 'groupe CEMU')], ['23240516'], [], 'wrong_group', 'student',
           note='distance student placed in on-site TD group instead of CEMU group'))

# ---------------------------------------------------------------- 046
add(fn='046-transfert-reponse-prof-cours-archive.eml',
    frm='Antoine Cordier <antoine.cordier@etu.unicaen.fr>',
    subj='TR: cours histoire du droit',
    date='Wed, 8 Oct 2025 09:12:44 +0200', mid=mid_zimbra(), hdr=[ZIMBRA],
    body=Text("""Bonjour,

Je vous transfère la réponse de mon prof. Le cours d'histoire du droit que je suivais (D.1.HIS3) est passé dans "Archives" et je ne peux plus le consulter alors que je dois le repasser en 2e session.

Antoine Cordier, 24005519

----- Mail transféré -----
De: "Philippe Lemonnier" <philippe.lemonnier@unicaen.fr>
À: "Antoine Cordier" <antoine.cordier@etu.unicaen.fr>
Envoyé: Mardi 7 Octobre 2025 18:40:02
Objet: Re: cours histoire du droit

Bonjour,
Je n'ai rien fait de mon côté, le cours a été déplacé automatiquement. Écrivez au CEMU (cemu.assistance@unicaen.fr) en donnant le code du cours.
Bien à vous,
P. Lemonnier
"""),
    gold=G([('D.1.HIS3', 'D.1.HIS3')], ['24005519'], [], 'course_moved_renamed', 'student',
           note='student forwards teacher reply; course moved to Archives, code no longer in APOGEE'))

# ---------------------------------------------------------------- 047
add(fn='047-iphone-participants.eml',
    frm='Zoé Hue <zoe.hue@etu.unicaen.fr>',
    subj='Participants',
    date='Mon, 3 Nov 2025 12:18:36 +0100', mid=mid_iphone('etu.unicaen.fr'), hdr=[IPHONE],
    body=Text("""Bonjour, je ne trouve plus le bloc participants dans mes cours sur l'application et sur le site, avant il était en bas à droite. On doit faire des binômes en SMAT1U04 et je ne peux pas voir qui est dans le cours.
Zoé

Envoyé de mon iPhone"""),
    gold=G([('SMAT1U04', 'SMAT1U04')], [], [], 'participants_block_missing', 'student',
           note='student cannot find the Participants block'))

# ---------------------------------------------------------------- 048
add(fn='048-iut-gea-cours-compta-tableau-de-bord.eml',
    frm='Jade Morin <jade.morin@etu.unicaen.fr>',
    subj='cours compta pas visible sur tableau de bord',
    date='Thu, 5 Feb 2026 18:26:03 +0100', mid=mid_zimbra(), hdr=[ZIMBRA],
    body=Text("""Bonjour,

En BUT GEA 2e année, le cours de comptabilité de gestion (0gea2b1) n'est pas sur mon tableau de bord. Je le retrouve quand je vais dans "Mes cours" > "Tous (y compris retirés de l'affichage)", mais pas dans la vue normale. J'ai peut être cliqué sur "retirer de l'affichage" sans faire exprès ?

Jade Morin 24126690
"""),
    gold=G([('0GEA2B1', '0gea2b1')], ['24126690'], [], 'course_not_on_dashboard', 'student',
           note='course hidden from dashboard by the student'))

# ---------------------------------------------------------------- 049
add(fn='049-demande-releve-de-notes.eml',
    frm='Paul Tessier <paul.tessier.22@gmail.com>',
    subj='relevé de notes',
    date='Fri, 14 Nov 2025 11:47:52 +0100', mid=mid_gmail(),
    body=Text("""Bonjour,

Pourriez-vous m'envoyer mon relevé de notes de L2 (année 2024-2025) ? J'en ai besoin pour un dossier Parcoursup/ candidature en école (date limite le 30/11). Je n'arrive pas à le trouver sur l'ENT.

N° étudiant 23071142

Merci
Paul Tessier
"""),
    gold=G([], ['23071142'], [], 'other', 'student',
           note='student asks CEMU for a transcript (wrong service)'))

# ---------------------------------------------------------------- 050
add(fn='050-l1-svt-mauvais-tp-transfert.eml',
    frm='Noah Lefrançois <noah.lefrancois@etu.unicaen.fr>',
    subj='Fwd: groupes de TP biologie',
    date='Mon, 13 Oct 2025 12:04:27 +0200', mid=mid_zimbra(), hdr=[ZIMBRA],
    body=Text("""Bonjour,

Mon prof m'a dit de vous écrire (message ci-dessous). Je suis en TP4 de L1 SVT mais dans le cours de biologie SBIO1U04 je suis dans le groupe TP2.

Noah Lefrançois
25150834

---------- Forwarded message ---------
De : Sylvie Anquetil <sylvie.anquetil@unicaen.fr>
Date: lun. 13 oct. 2025 à 11:20
Subject: Re: groupes de TP biologie
To: Noah Lefrançois <noah.lefrancois@etu.unicaen.fr>

Bonjour Noah,
Les groupes viennent d'APOGÉE, je ne peux pas les changer moi-même. Voyez avec le CEMU ou la scolarité de l'UFR des Sciences (bâtiment S3, 1er étage).
S. Anquetil
"""),
    gold=G([('SBIO1U04', 'SBIO1U04'), ('L1SVTE-TP4', 'TP4'), ('L1SVTE-TP2', 'TP2')], ['25150834'], [], 'wrong_group', 'student',
           note='student in TP2 instead of TP4 in a biology course; forwards teacher reply'))
