from mails_a import G, CEMU, CEMU_A

M = []

# 076 ---------------------------------------------------------------------------
M.append(dict(
    slug='l1-compte-verrouille', frm=('Amandine Roger', 'amandine.roger27@hotmail.fr'), to=CEMU_A,
    date='2025-09-10 23:52', subj='compte bloqué ?', cte='b64', hdrs={'X-Mailer': 'Outlook for Android'},
    body="""Bonsoir,

Je suis en L1 Géographie et j'ai essayé plusieurs fois de me connecter à Ecampus ce soir, je me suis trompée de mot de passe 4 ou 5 fois et maintenant ça me met « Votre compte a été temporairement verrouillé ». J'ai peur d'avoir tout bloqué, on doit faire un test de positionnement en ligne avant vendredi (PIX ?).

Est-ce que ça se débloque tout seul ou je dois aller quelque part ? Je ne connais pas encore le campus, je viens juste en tram T2 pour les cours.

Merci beaucoup et désolée pour le dérangement
Amandine Roger
n° étudiant 25046652
""",
    g=G(stu=['25046652'], sym='cannot_login', note='anxious L1 student: account temporarily locked after wrong passwords; base64 body')))

# 077 ---------------------------------------------------------------------------
M.append(dict(
    slug='droit-lien-participants-introuvable', frm=('Hervé Lecanu', 'herve.lecanu@unicaen.fr'), to=CEMU_A,
    date='2025-09-15 15:10', subj='Lien Participants introuvable depuis la mise à jour', form='alt', cte='qp',
    hdrs={'X-Mailer': 'Microsoft Outlook 16.0'},
    body="""Bonjour,

Plusieurs enseignants de la faculté, notamment en L2 (par exemple dans l'espace « ⟨https://ecampus.unicaen.fr/course/view.php?id=50918|(D2S3-FIN) Finances publiques⟩ »), me disent qu'ils ne trouvent plus le bloc « Participants » qu'ils utilisaient pour faire l'appel et contacter les étudiants. L'un d'eux m'a envoyé ce lien, qu'il avait en favori : https://ecampus.unicaen.fr/enrol/users.php?id=50918, qui ne mène plus qu'à une page d'erreur.

Pouvez-vous m'indiquer où se trouve désormais la liste des participants, pour que je fasse passer l'information à l'ensemble des équipes ?

Bien cordialement,

Hervé Lecanu
Responsable administratif
UFR Droit, AES et Administration Publique
Campus 1 – Bâtiment D, bureau D-201
Esplanade de la Paix – CS 14032 – 14032 Caen Cedex 5
Tél. 02 31 56 54 02 – Port. 06 30 45 18 72
""",
    g=G([('D2S3-FIN', 'D2S3-FIN')], cids=[50918], sym='participants_block_missing', role='staff',
        note='composante admin: teachers cannot find the Participants block; old enrol/users.php bookmark')))

# 078 ---------------------------------------------------------------------------
M.append(dict(
    slug='partner-wuerzburg-double-degree-not-enrolled', frm=('Dr. Sabine Hoffmann', 's.hoffmann@uni-wuerzburg.de'),
    to=CEMU_A, cc=[('Claire Dubosq', 'claire.dubosq@unicaen.fr')], date='2025-10-13 10:45',
    subj='Re: Würzburg double degree students – Ecampus access', irt='<5f2a9c1e-3b7d-4e21-8c44-hoffmann@uni-wuerzburg.de>',
    body="""Dear colleagues,

Following up on my message below: our four double-degree students are still not enrolled in the Caen courses M1.FIN3 and M1.FIN5 on Ecampus, although Ms Dubosq confirmed that their registration at IAE Caen is complete (M1 Finance). They can log in, but the two courses do not appear and they cannot find them.

| Name | Caen student number |
| Felix Krause | 25300190 |
| Lea Vogel | 25300207 |
| Tobias Engel | 25300215 |
| Mia Schubert | 25300223 |

They have a graded case study due on 24 October, so we would be grateful for a quick solution.

Best regards,
Sabine Hoffmann
Coordinator, Double Degree Programme Würzburg–Caen
Julius-Maximilians-Universität Würzburg
Sanderring 2, 97070 Würzburg, Germany
+49 931 31-80 245

On [[E:2025-10-06 14:02]], Sabine Hoffmann <s.hoffmann@uni-wuerzburg.de> wrote:
> Dear colleagues,
> Our double-degree students in Caen (M1 Finance) cannot access their Finance courses on Ecampus. Could you check?
> Best, S. Hoffmann
""",
    g=G([('M1.FIN3', 'M1.FIN3'), ('M1.FIN5', 'M1.FIN5')], ['25300190', '25300207', '25300215', '25300223'],
        sym='not_enrolled', role='unknown', lang='en',
        note='partner-university coordinator (English reply with quote): 4 double-degree students not enrolled; table')))

# 079 ---------------------------------------------------------------------------
M.append(dict(
    slug='droit-m2-espace-inexistant', frm=('Anne Lemaître', 'anne.lemaitre@unicaen.fr'), to=CEMU_A,
    date='2025-09-08 17:20', subj='Espace Ecampus inexistant – Droit du numérique (M2)', form='html',
    hdrs={'X-Mailer': 'Microsoft Outlook 16.0'},
    body="""Bonjour,

J'assure cette année un nouvel enseignement en M2 Droit des affaires : « Droit du numérique et des données » (code Apogée D5S9-NUM d'après la maquette que m'a transmise la scolarité). Je ne trouve aucun espace correspondant sur Ecampus, ni dans la catégorie du M2 (étape DM¦2DAF) ni par la recherche, alors que les autres enseignements du semestre ont bien leur espace.

Les cours commencent le 29 septembre. L'espace sera-t-il créé automatiquement, ou dois-je en faire la demande ?

Bien à vous,

Anne Lemaître
Professeure de droit privé
Co-responsable du Master Droit des affaires
UFR Droit, AES et Administration Publique
Bâtiment D, bureau D-314
Esplanade de la Paix – CS 14032 – 14032 Caen Cedex 5
Tél. 02 31 56 55 17
""",
    g=G([('D5S9-NUM', 'D5S9-NUM'), ('DM2DAF', 'DM2DAF')], sym='course_missing', role='staff',
        note='law professor: no Ecampus course for a new element; étape split by <span>')))

# 080 ---------------------------------------------------------------------------
M.append(dict(
    slug='sms-mauvais-grp-tp-iut-info', frm=('Lucas', 'lucas.m.14@icloud.com'), to=CEMU_A,
    date='2025-09-18 12:02', subj='mauvais grp tp', cs='us-ascii', cte='7bit',
    body="""bonjour
chui dans le mauvais grp de tp sur ecampus, ca me met inf1-tp3a alors que je suis en INF1-TP2B depuis la rentree (jai change avec un pote, valide par le secretariat). en R1.01 (init dev) je vois pas les sujets de mon groupe
lucas martin 25 09 17 64
envoye de mon iphone
""",
    g=G([('INF1-TP3A', 'inf1-tp3a'), ('INF1-TP2B', 'INF1-TP2B')], ['25091764'], sym='wrong_group',
        note='SMS-style IUT student in the wrong TP group; R1.01 is the national BUT resource name, not an APOGÉE code')))

# 081 ---------------------------------------------------------------------------
M.append(dict(
    slug='vacataire-sufca-fwd-cohorte-du', frm=('Nadia Bensaïd', 'nadia.bensaid@gmail.com'), to=CEMU_A,
    date='2025-11-06 19:30', subj='Fwd: Inscription des stagiaires dans le module 5',
    form='alt', hstyle='simple', cte='qp',
    body="""Bonjour,

Je suis vacataire au SUFCA et je viens de reprendre le module « Gestion de projet » du DU CGE en FOAD (DUGE-M05). On m'a créé un espace Ecampus vide, sans étudiants, et la coordinatrice me conseille d'ajouter la « cohorte DU CGE » (voir son message ci-dessous).

Je vois effectivement dans Méthodes d'inscription > Synchronisation des cohortes une cohorte « SUFCA – DU Capacité de Gestion des Entreprises – FOAD », mais je ne sais pas si c'est la bonne ni si c'est une bonne pratique. Est-ce que les stagiaires qui abandonnent en cours d'année seront retirés ? Et puis-je limiter l'accès dans le temps ?

Merci par avance,
Nadia Bensaïd
Formatrice indépendante – 07 68 21 44 09

---------- Forwarded message ---------
De : Sophie Marais <sophie.marais@unicaen.fr>
Date: [[G:2025-11-05 16:20]]
Subject: Inscription des stagiaires dans le module 5
To: Nadia Bensaïd <nadia.bensaid@gmail.com>

Bonjour Nadia,
Pour que les stagiaires accèdent à ton espace, le plus simple est d'ajouter la cohorte du DU CGE (Participants > Méthodes d'inscription). C'est ce que faisait ton prédécesseur.
Bonne soirée,
Sophie Marais
Coordinatrice pédagogique DU CGE – SUFCA
""",
    g=G([('DUGE-M05', 'DUGE-M05')], sym='cohort_question', role='unknown',
        note='outside vacataire forwards (Gmail) the coordinator advice and asks whether to use a cohort sync')))

# 082 ---------------------------------------------------------------------------
M.append(dict(
    slug='wifi-salle-sa110', frm=('Thierry Poulain', 'thierry.poulain@unicaen.fr'), to=CEMU_A,
    date='2025-10-20 09:12', subj='Wifi en salle SA-110',
    body="""Bonjour,

Depuis la semaine dernière, le wifi ne fonctionne quasiment pas dans la salle SA-110 (bâtiment A, campus 1) : eduroam se connecte puis se déconnecte toutes les 2 minutes, et le réseau UNICAEN-Invités n'apparaît même plus. Avec 35 étudiants en TP sur leurs ordinateurs c'est impossible de travailler (ils utilisent Office365 et la plateforme de la maison d'édition).

Pouvez-vous transmettre à qui de droit ? Je ne sais pas si c'est vous ou la DSI qui gérez les bornes.

Merci,
Thierry Poulain
PRAG Anglais – UFR LVE
Bureau SA-118 – 02 31 56 58 64
""",
    g=G(sym='other', role='staff', note='not about Ecampus: wifi in a room; SSIDs, room and Office365 are not codes')))

# 083 ---------------------------------------------------------------------------
M.append(dict(
    slug='re-cemu-sbio305-toujours-pas-inscrite', frm=('Océane Guilbert', 'oceane.guilbert@etu.unicaen.fr'), to=CEMU,
    date='2025-10-06 18:40', subj='RE: [CEMU #48455] Inscription cours SBIO 305', form='alt', cte='qp',
    irt='<cemu-48455-2@unicaen.fr>', hdrs={'X-Mailer': 'Microsoft Outlook 16.0'},
    body="""Bonjour,

Je suis retournée à la scolarité aujourd'hui : ils ont corrigé mon inscription pédagogique vendredi (il manquait le groupe de TP, SBIO305T4). Mais ce soir je ne suis toujours pas dans le cours SBIO 305 sur Ecampus, alors que vous m'aviez dit que ce serait bon le lendemain.

Mon numéro étudiant : 24052287

Merci,
Océane Guilbert
L2 SVT

________________________________
De : CEMU Assistance <cemu.assistance@unicaen.fr>
Envoyé : [[O:2025-10-02 11:20]]
À : Océane Guilbert <oceane.guilbert@etu.unicaen.fr>
Objet : [CEMU #48455] Inscription cours SBIO 305

Bonjour,

Votre inscription pédagogique à l'élément SBIO305 ne comporte pas de groupe : tant qu'elle n'est pas complétée jusqu'au groupe par votre scolarité, vous ne pouvez pas être inscrite dans l'espace Ecampus. Une fois la correction faite, l'inscription apparaîtra le lendemain.

Cordialement,
L'équipe CEMU
""",
    g=G([('SBIO305', 'SBIO 305'), ('SBIO305', 'SBIO305'), ('SBIO305T4', 'SBIO305T4')], ['24052287'],
        sym='not_enrolled', note='student reply (Outlook) on a ticket: IP completed to the group, still not enrolled')))

# 084 ---------------------------------------------------------------------------
M.append(dict(
    slug='du-foad-responsable-pas-enseignant', frm=('Marc Delahaye', 'marc.delahaye@unicaen.fr'), to=CEMU_A,
    date='2026-01-20 11:25', subj='Non inscrit comme enseignant dans DUGE-M07 (FOAD)', form='alt', cte='qp',
    hstyle='simple',
    body="""Bonjour,

Je suis responsable du module 7 « Droit des affaires » du DU CGE, entièrement à distance (classes virtuelles et travaux en ligne, pas de présentiel). Le module a commencé hier mais je ne suis pas inscrit comme enseignant dans l'espace Ecampus DUGE-M07 : je ne peux ni déposer mes ressources ni ouvrir le forum.

L'an dernier c'était la même chose et quelqu'un du CEMU m'avait inscrit à la main. Est-ce qu'il y a un moyen pour que ce soit automatique ? La scolarité me dit qu'il n'y a pas de planning ADE pour ce module puisque tout est à distance.

Merci,
Marc Delahaye
Maître de conférences en droit privé – responsable pédagogique DU CGE
""",
    g=G([('DUGE-M07', 'DUGE-M07')], sym='teacher_not_enrolled', role='staff',
        note='teacher of a fully distant module (no ADE planning) not enrolled as teacher')))

# 085 ---------------------------------------------------------------------------
M.append(dict(
    slug='merci-tout-fonctionne', frm=('Rémi Castel', '23087165@etu.unicaen.fr'), to=CEMU,
    date='2025-10-23 09:15', subj='Re: [CEMU #48391] pas inscrit en IRAN-22', irt='<cemu-48391-3@unicaen.fr>',
    body="""Merci beaucoup, tout fonctionne maintenant, j'ai bien accès au cours !
(et désolé pour la boîte mail pleine, j'ai fait le ménage)

Bonne journée
Rémi Castel

Le [[G:2025-10-21 14:02]], CEMU Assistance <cemu.assistance@unicaen.fr> a écrit :
> Bonjour,
>
> Votre inscription pédagogique à l'élément IRAN-22 (Iranien – langue 2) a bien été saisie par la scolarité le 17/10 ; elle sera visible dans Ecampus après la synchronisation de cette nuit.
>
> Cordialement,
> L'équipe du CEMU
""",
    g=G([('IRAN-22', 'IRAN-22')], ['23087165'], sym='other',
        note='thank-you reply closing a ticket; code only in quote, number only in the From address')))

# 086 ---------------------------------------------------------------------------
M.append(dict(
    slug='vacataire-esix-gestion-projet-introuvable', frm=('Guillaume Renard', 'g.renard@meca-precision-normandie.fr'),
    to=CEMU_A, date='2025-09-29 20:14', subj='Cours Gestion de projet ESIX introuvable', cs='windows-1252', cte='8bit',
    body="""Bonjour,

Ingénieur chez Méca Précision Normandie, j'interviens comme vacataire à l'ESIX (gestion de projet industriel, 1re année, code ESX5PRJ2 je crois). L'école m'a dit que je trouverais mon espace de cours sur Ecampus, mais il n'existe pas : la recherche « gestion de projet » ne donne que des cours d'autres composantes, et la catégorie ESIX > 1A ne le contient pas.

Mon compte fonctionne (je vois bien le cours « Accueil des intervenants ESIX »).

Premier cours le 7 octobre. Merci de votre aide.

Guillaume Renard
Responsable méthodes – Méca Précision Normandie
ZA du Clos Barbey – 14120 Mondeville
Tél. 02 31 35 90 12
""",
    g=G([('ESX5PRJ2', 'ESX5PRJ2')], sym='course_missing', role='unknown',
        note='outside vacataire cannot find his course, which does not exist on Ecampus')))

# 087 ---------------------------------------------------------------------------
M.append(dict(
    slug='etudiant-psycho-bloc-participants', frm=('Mathis Pelletier', 'mathis.pelletier@etu.unicaen.fr'), to=CEMU_A,
    date='2025-10-15 14:05', subj='Plus de liste des participants ?',
    body="""Bonjour,

Pour le projet tutoré de psycho (UE PSYL3 U11, méthodologie de projet) on doit former des groupes de 4 et l'enseignante nous a dit de regarder « dans le bloc Participants » le nom des autres étudiants. Mais je ne vois aucun bloc Participants sur la droite de la page, juste les sections du cours. Est-ce qu'il a été supprimé, ou est-ce que c'est parce que je suis étudiant ?

Mathis Pelletier
L3 Psychologie
22108457
""",
    g=G([('PSYL3U11', 'PSYL3 U11')], ['22108457'], sym='participants_block_missing',
        note='student looks for the Participants block; code with stray space; number under the name')))

# 088 ---------------------------------------------------------------------------
M.append(dict(
    slug='reprise-etudes-compte-desactive', frm=('Elsa Delacroix', 'elsa.delacroix.geo@gmail.com'), to=CEMU_A,
    date='2025-09-11 10:18', subj='compte désactivé après année de césure',
    body="""Bonjour,
Je reprends ma L3 de géographie cette année après une année de césure (2024-2025). Je suis réinscrite depuis le 4 septembre (j'ai ma nouvelle carte), mais mon compte ne fonctionne plus : sur Ecampus comme sur la messagerie, ça me dit « compte désactivé ». Mon numéro est toujours le 21907733.
Est-ce qu'il faut réactiver quelque chose ?
Merci
Elsa Delacroix
""",
    g=G(stu=['21907733'], sym='cannot_login', note='student back after a gap year: account disabled')))

# 089 ---------------------------------------------------------------------------
M.append(dict(
    slug='automatic-reply-carre-international', frm=('Rachel Simmonds', 'rachel.simmonds@unicaen.fr'), to=CEMU,
    date='2026-02-13 12:00', subj='Automatic reply: [CEMU #49012] Exchange students – spring semester access',
    hdrs={'Auto-Submitted': 'auto-replied', 'X-Auto-Response-Suppress': 'All'},
    body="""Hello,

I am out of the office until Monday 23 February 2026 (winter break). Your message will not be forwarded.

For questions about incoming exchange students, please write to international.incoming@unicaen.fr; for learning agreements, to la.erasmus@unicaen.fr.

Best regards,
Rachel Simmonds
Carré international – Incoming mobility
""",
    g=G(sym='other', role='unknown', lang='en', auto=True, note='English out-of-office from a UNICAEN officer')))

# 090 ---------------------------------------------------------------------------
M.append(dict(
    slug='lansad-pas-dans-tableau-de-bord', frm=('Zoé Marchal', 'zoe.marchal.14@gmail.com'), to=CEMU_A,
    date='2026-02-04 19:55', subj="Cours d'anglais LANSAD pas sur mon tableau de bord", form='alt', hstyle='simple',
    cte='b64',
    body="""Bonjour,

Je suis inscrite en anglais LANSAD B2 ce semestre (LANSANB2, groupe ANB2-G07 le mercredi). Le cours n'apparaît pas dans mon tableau de bord, alors que ma prof dit que je suis bien dans la liste des participants et que je peux le trouver avec la barre de recherche. C'est bien le cas, mais je dois le chercher à chaque fois.

Les cours du S1 apparaissent encore tous dans mon tableau de bord, peut-être que c'est trop plein ?

Merci,
Zoé Marchal
L2 Histoire – n° 24033518
""",
    g=G([('LANSANB2', 'LANSANB2'), ('ANB2-G07', 'ANB2-G07')], ['24033518'], sym='course_not_on_dashboard',
        note='student enrolled but course not shown on the dashboard (pagination / filter); base64')))

# 091 ---------------------------------------------------------------------------
M.append(dict(
    slug='iae-re-cours-compta-cache', frm=('Vincent Carpentier', 'vincent.carpentier@unicaen.fr'), to=CEMU_A,
    cc=[('Aline Martin', 'aline.martin@unicaen.fr')], date='2025-09-17 12:48',
    subj='RE: Cours de comptabilité L3 invisible', form='html', cs='iso-8859-1', cte='qp',
    hdrs={'X-Mailer': 'Microsoft Outlook 16.0'},
    body="""Bonjour,

Je mets le CEMU dans la boucle. Mes étudiants de L3 Gestion (étape IAEL3G) ne voient pas mon cours « ⟨https://ecampus.unicaen.fr/course/view.php?id=50764|(L3.CPT2) Comptabilité approfondie⟩ ». Je suis bien enseignant dans le cours, j'y vois mes documents. J'ai vérifié les paramètres : https://ecampus.unicaen.fr/course/edit.php?id=50764 - « Visibilité du cours : Cacher ». Faut-il simplement passer à « Afficher » ? Je n'ose pas toucher, j'ai peur de casser la synchronisation avec Apogée.

Vincent Carpentier
IAE Caen

De : Martin Aline <aline.martin@unicaen.fr>
Envoyé : [[O:2025-09-17 09:03]]
À : Carpentier Vincent <vincent.carpentier@unicaen.fr>
Objet : Cours de comptabilité L3 invisible

Vincent,
Plusieurs étudiants de L3 sont passés au secrétariat : ils ne trouvent pas ton cours de compta sur Ecampus. Tu peux regarder ?
Aline
""",
    g=G([('IAEL3G', 'IAEL3G'), ('L3.CPT2', 'L3.CPT2')], cids=[50764], sym='students_cannot_see_course', role='staff',
        note='teacher (Outlook HTML reply, ISO-8859-1): students cannot see his hidden course')))

# 092 ---------------------------------------------------------------------------
M.append(dict(
    slug='l2-chimie-s4-pas-inscrite-capture', frm=('Anaïs Leclerc', 'anais.leclerc@etu.unicaen.fr'), to=CEMU_A,
    date='2026-01-28 16:22', subj='Pas inscrite en chimie organique (S4)',
    att=[('png', 'contrat_pedagogique.png'), ('png', 'mes_cours.png')],
    body="""Bonjour,

Depuis le début du semestre 2 je ne suis pas inscrite dans le cours de chimie organique (SCHI4I5) alors que je l'ai bien choisi dans mes options au moment des IP (voir copies d'écran de mon contrat pédagogique et de mes cours Ecampus).

Les autres cours du S4 sont bien là. J'ai un TP noté le 5 février.

Numéro étudiant : 24 05 77 31
Anaïs Leclerc – L2 Chimie
""",
    g=G([('SCHI415', 'SCHI4I5')], ['24057731'], sym='not_enrolled',
        note='student not enrolled in an optional S4 course; code typed with I for 1; two screenshots')))

# 093 ---------------------------------------------------------------------------
M.append(dict(
    slug='inspe-tr-pj-trop-de-formateurs', frm=('Nathalie Ledru', 'nathalie.ledru@unicaen.fr'), to=CEMU_A,
    date='2025-09-22 09:37', subj='TR: 1CA153 : 23 formateurs inscrits ?!',
    body="""Bonjour,

Ci-joint le message d'une formatrice du M1 MEEF. Nous n'avons rien modifié dans ADE pour cet élément. Est-ce que cela pourrait venir de l'année dernière (tuilage) ? Nous sommes le 22 septembre, les inscriptions 2024-2025 sont-elles encore actives ?

Bien cordialement,
Nathalie Ledru
Scolarité INSPE Normandie Caen
186 rue de la Délivrande – 14000 Caen
02 31 46 70 12
""",
    att=[('rfc822', dict(
        slug='inner-sophie', frm=('Sophie Tanguy', 'sophie.tanguy@unicaen.fr'),
        to=('Nathalie Ledru', 'nathalie.ledru@unicaen.fr'), date='2025-09-19 17:05',
        subj='1CA153 : 23 formateurs inscrits ?!',
        body="""Nathalie,
Dans l'espace (1CA153) Analyse du contexte, je vois 23 formateurs inscrits, dont plusieurs qui sont partis à la retraite ou qui n'interviennent plus en M1 depuis deux ans. Les étudiants m'ont demandé qui était leur enseignant référent... Tu peux voir avec le CEMU ?
Sophie
"""), '1CA153 23 formateurs inscrits.eml')],
    g=G([('1CA153', '1CA153')], sym='too_many_teachers', role='staff',
        note='INSPE secretary forwards as attachment a trainer complaint about too many teachers (tuilage?)')))

# 094 ---------------------------------------------------------------------------
M.append(dict(
    slug='llcer-tr-cours-s2-renomme-deplace', frm=('Mélanie Duhamel', 'melanie.duhamel@unicaen.fr'), to=CEMU_A,
    date='2026-01-14 10:22', subj='TR: cours HLAN2O1 renommé et déplacé', form='alt',
    hdrs={'X-Mailer': 'Microsoft Outlook 16.0', 'Thread-Topic': 'cours HLAN2O1 renommé et déplacé'},
    body="""Bonjour,

Je vous transfère le message de Mme Hardy (LLCER anglais). C'est bien nous qui avons modifié le libellé de l'élément HLAN201 dans Apogée en décembre, à la demande du département, mais nous n'avons jamais demandé de changement de catégorie. Est-ce normal que le cours ait été déplacé ? Mme Hardy n'a perdu aucun contenu, mais les étudiants ne le retrouvent plus au même endroit.

Cordialement,
Mélanie Duhamel
Scolarité LLCER – UFR LVE

De : Hardy Claire <claire.hardy@unicaen.fr>
Envoyé : [[O:2026-01-13 17:48]]
À : Duhamel Mélanie <melanie.duhamel@unicaen.fr>
Objet : cours HLAN2O1 renommé et déplacé

Bonjour Mélanie,
Mon espace du S2 s'appelait « (HLAN201) Anglais S2 – Langue orale » ; il apparaît maintenant sous le nom « (HLAN201) Anglais S2 – Compréhension et expression orales », et il est passé de « Licence 1 > Anglais » à « Licence 1 > Semestre 2 > Tronc commun ». Est-ce vous qui l'avez changé ?
Merci,
Claire Hardy
""",
    g=G([('HLAN201', 'HLAN2O1'), ('HLAN201', 'HLAN201')], sym='course_moved_renamed', role='staff',
        note='secretary forwards (Outlook) a teacher: course renamed after a label change in APOGÉE and moved; subject has O for 0')))

# 095 ---------------------------------------------------------------------------
_html95 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=CHARSET"></head>
<body style="font-family:Segoe UI,Arial;font-size:14px">
<table width="560" style="border:1px solid #d0d0d0"><tr><td style="background:#0078d4;color:#fff;padding:10px"><b>Office365 &ndash; Alerte de quota</b></td></tr>
<tr><td style="padding:14px">
<p>Cher utilisateur,</p>
<p>Votre bo&icirc;te aux lettres <b>cemu.assistance@unicaen.fr</b> a atteint <span style="color:red">98&nbsp;%</span> de sa capacit&eacute; de stockage (49,1 Go / 50 Go). Les nouveaux messages seront rejet&eacute;s apr&egrave;s le 20251014 &agrave; 23h59.</p>
<p>Pour &eacute;viter la suspension de votre compte, validez votre compte Office365 en cliquant sur le lien ci-dessous&nbsp;:</p>
<p style="text-align:center"><a href="http://unicaen-webmail.validation-compte.xyz/login?u=cemu.assistance" style="background:#0078d4;color:#fff;padding:8px 18px;text-decoration:none">VALIDER MON COMPTE MAINTENANT</a></p>
<p>R&eacute;f&eacute;rence de la demande&nbsp;: 20251014-88231</p>
<p>Service Informatique &ndash; Universit&eacute; de Caen Normandie</p>
</td></tr>
<tr><td style="font-size:10px;color:#888;padding:6px">&copy; 2025 Microsoft Corporation. Tous droits r&eacute;serv&eacute;s.</td></tr></table>
</body></html>
"""
M.append(dict(
    slug='phishing-quota-boite-aux-lettres', frm=('Service Informatique UNICAEN', 'support-unicaen@mail-securise-univ.com'),
    to=CEMU_A, date='2025-10-14 03:12', subj='[URGENT] Votre boîte aux lettres a atteint sa limite de stockage',
    form='html', html=_html95, cte='qp',
    hdrs={'X-Priority': '1 (Highest)', 'Reply-To': 'noreply@mail-securise-univ.com'},
    g=G(sym='other', role='unknown', note='phishing (fake quota alert); the date-like 20251014 is not a student number')))

# 096 ---------------------------------------------------------------------------
M.append(dict(
    slug='ecole-doctorale-liste-non-inscrits-seminaire', frm=('Martine Saussey', 'martine.saussey@unicaen.fr'), to=CEMU_A,
    date='2025-11-25 14:10', subj='Doctorants non inscrits au séminaire ED21-F07', form='alt', cs='windows-1252', cte='qp',
    hdrs={'X-Mailer': 'Microsoft Outlook 16.0'},
    body="""Bonjour,

Quatre doctorants de l'ED 21 (étape DOCT21) inscrits au séminaire méthodologique « Écrire et publier en SHS » (ED21F07) n'ont pas accès à l'espace Ecampus du séminaire, alors que leurs collègues y sont depuis la mi-novembre. Leurs inscriptions ont été saisies tardivement, le 19/11, après la commission du 18/11.

Voici la liste :
- M. Antoine BERTIN – 25600081
- Mme Fatou SARR – 25600132
- Mme Julie HAMON – 23600419 (doctorante en 3e année)
- M. Kenji WATANABE – 25600177

La première séance a lieu le 1er décembre (salle du Conseil, MRSH). Pouvez-vous vérifier ?

Bien cordialement,

Martine Saussey
Gestionnaire administrative – École doctorale 21 « Homme, Sociétés, Risques, Territoire »
Collège doctoral Normandie – site de Caen
MRSH, bureau SR 041 – Esplanade de la Paix – 14032 Caen Cedex 5
Tél. 02 31 56 69 32
""",
    g=G([('DOCT21', 'DOCT21'), ('ED21-F07', 'ED21-F07'), ('ED21-F07', 'ED21F07')], ['25600081', '25600132', '23600419', '25600177'],
        sym='not_enrolled', role='staff', note='doctoral-school admin: list of 4 PhD students not enrolled in a seminar')))

# 097 ---------------------------------------------------------------------------
M.append(dict(
    slug='auditeur-libre-page-profil', frm=('Gérard Lemarchand', 'gerard.lemarchand@wanadoo.fr'), to=CEMU_A,
    date='2025-10-07 15:30', subj='Accès Ecampus auditeur libre',
    body="""Bonjour,

Retraité, je suis inscrit cette année comme auditeur libre en Licence d'Histoire, notamment pour la matière HHIS305 (histoire moderne, Mme Renouf). La scolarité m'a remis un identifiant et un mot de passe de « compte invité ».

Quand je me connecte à Ecampus, j'arrive sur une page « Modifier le profil » où l'on me demande une adresse de courriel, mais je ne peux rien saisir dans la case, et impossible d'aller plus loin. J'ai essayé plusieurs fois depuis une semaine.

Pouvez-vous m'aider ? Je ne suis pas très à l'aise avec l'informatique.

Respectueusement,
Gérard Lemarchand
14 rue des Jacobins, 14000 Caen
02 31 86 44 17
""",
    g=G([('HHIS305', 'HHIS305')], sym='cannot_login',
        note='auditeur libre with a guest account stuck on the profile page (no e-mail)')))

# 098 ---------------------------------------------------------------------------
M.append(dict(
    slug='reservation-salle-info-examen', frm=('Bernadette Hue', 'bernadette.hue@unicaen.fr'), to=CEMU_A,
    date='2026-02-05 11:05', subj='Réservation salle informatique pour examen', cs='iso-8859-1', cte='8bit',
    body="""Bonjour,

Je souhaiterais réserver une salle informatique d'au moins 30 postes pour un examen sur machine le mardi 17 mars 2026 de 14h à 16h (L3 Géographie, logiciel QGIS 3.34). Est-ce bien vous qui gérez les salles du bâtiment B (B2-024, B2-026) ou faut-il passer par la DSI ?

Merci d'avance,
Bernadette Hue
Secrétariat pédagogique Géographie - UFR SEGGAT
Tél. 02 31 56 61 40
""",
    g=G(sym='other', role='staff', note='not about Ecampus: computer room booking; rooms and software version not codes')))

# 099 ---------------------------------------------------------------------------
M.append(dict(
    slug='vacataire-droit-re-sept-enseignants', frm=('Pierre-Yves Lerebours', 'py.lerebours@gmail.com'), to=CEMU,
    date='2025-10-21 22:10', subj='Re: Accès Ecampus vacataire Droit', form='html', hstyle='simple',
    irt='<cemu-48620-1@unicaen.fr>',
    body="""Bonjour,

Merci, depuis votre intervention j'ai bien accès à Ecampus et au cours (D2S3-ADM) Droit administratif. En revanche je découvre que je suis listé comme enseignant avec six autres personnes que je ne connais pas, et que je reçois les notifications de leurs groupes de TD (D2S3ADMT01 à D2S3ADMT08). Est-ce normal ? Je n'assure que les TD du groupe 4 le mardi.

Cordialement,
Pierre-Yves Lerebours
Chargé d'enseignement vacataire

Le [[G:2025-10-16 10:12]], CEMU Assistance <cemu.assistance@unicaen.fr> a écrit :
> Bonjour,
> Votre compte est maintenant complet ; vous pouvez vous connecter à Ecampus.
> Cordialement,
> L'équipe CEMU
""",
    g=G([('D2S3-ADM', 'D2S3-ADM'), ('D2S3ADMT01', 'D2S3ADMT01'), ('D2S3ADMT08', 'D2S3ADMT08')],
        sym='too_many_teachers', role='unknown',
        note='outside vacataire (HTML reply): seven teachers in the course, gets notifications of all groups')))

# 100 ---------------------------------------------------------------------------
M.append(dict(
    slug='med-groupe-ed-pas-change', frm=('Thomas Vannier', 'thomas.vannier@etu.unicaen.fr'), to=CEMU_A,
    date='2025-10-22 12:15', subj="groupe d'ED md2ed-g06",
    body="""Bonjour,

En DFGSM2 j'ai été changé de groupe d'ED (du groupe 4 au groupe 6, md2ed-g06) par la scolarité début octobre pour raison de sport de haut niveau, mais sur Ecampus, dans MD2-UE12 et MD2-UE13, je suis toujours dans le groupe MD2ED-G04 et je ne vois pas les dépôts de cas cliniques du G6.

N° étudiant 24007719
Merci,
Thomas Vannier
""",
    g=G([('DFGSM2', 'DFGSM2'), ('MD2ED-G06', 'md2ed-g06'), ('MD2-UE12', 'MD2-UE12'), ('MD2-UE13', 'MD2-UE13'),
         ('MD2ED-G04', 'MD2ED-G04')], ['24007719'], sym='wrong_group',
        note='medicine student still in his old ED group in two courses; lowercase group code')))
