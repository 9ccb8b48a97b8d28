# -*- coding: utf-8 -*-
"""The 70 mails of train-r: text + gold. codes = [(canonical, as_written)]."""
S = {k: k for k in ('inspe','hss','lve','droit','gea','bio','psy','pass','geo','inf','eco','du','lea')}
def Q(t): return '\n'.join('> ' + l if l else '>' for l in t.split('\n'))
def SIG(name, role, office, tel):
    return f"\n--\n{name}\n{role}\nUniversité de Caen Normandie\nEsplanade de la Paix - 14032 Caen cedex 5\nBureau {office} - Tél. {tel}\n"
DISC = "\nCe message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires."
FWD = "---------- Message transféré ----------\n"
M = []
def add(f, frm, subj, body, codes=(), nums=(), ids=(), sym='other', role='student', lang='fr', auto=False, sch=(), et=(), note='', **kw):
    M.append(dict(f=f, frm=frm, subj=subj, body=body, codes=list(codes), nums=list(nums), ids=list(ids), sym=sym, role=role,
                  lang=lang, auto=auto, sch=list(sch), et=list(et), note=note, **kw))

add('001-etu-l1-droit-dashboard.eml', ('Lea Marchand', 'lea.marchand@etu.unicaen.fr'), 'cours disparu du tableau de bord',
"""Bonjour,
Je suis en L1 droit à distance. Le cours DR1-CIV1 (droit civil 1) n'apparait plus sur mon tableau de bord depuis lundi.
Par contre si je passe par le lien https://ecampus.unicaen.fr/course/view.php?id=52817 j'arrive bien dedans et je vois les documents du TD.
Mon numéro étudiant : 22104517
Merci
Léa""", [('DR1-CIV1','DR1-CIV1')], ['22104517'], [52817], 'course_not_on_dashboard', sch=['droit'], et=['DRTL1D'],
note='enrolled (reaches the course by link) but off the dashboard')

add('002-etu-droit-pas-inscrite.eml', ('', '22007731@etu.unicaen.fr'), 'je vois pas le cours',
"""bjr je vois pas le cours dr1 his2 dans mes cours et quand je le cherche ca me dit que je peux pas m'inscrire moi meme. tout les autres de mon td l'ont. c normal ??""",
[('DR1-HIS2','dr1 his2')], ['22007731'], [], 'not_enrolled', sch=['droit'], note='student not enrolled (self-enrolment refused, classmates have it); space for dash, lower case')

add('003-ens-gea-groupe-vide.eml', ('Karim Benali', 'karim.benali@unicaen.fr'), 'Groupe TP2B vide sur Ecampus - GEA1R105',
"""Bonjour,

Dans mon cours GEA1R105 (R1.05 Expression communication) les étudiants sont bien dans la liste des participants, mais le groupe TP2B est vide alors que j'ai 14 étudiants dans ce TP lundi en salle S3-045.
Les autres groupes (TP1A, TP1B) sont corrects.

Cordialement""" + SIG('Karim Benali', 'Enseignant GEA - IUT Grand Ouest Normandie', 'B112', '02 31 56 70 12'),
[('GEA1R105','GEA1R105'),('GEA1TP2B','TP2B'),('GEA1TP1A','TP1A'),('GEA1TP1B','TP1B')], [], [], 'wrong_group', 'staff', sch=['gea'],
note='teacher: students enrolled but group TP2B empty')

add('004-ens-gea-absents-participants.eml', ('Karim Benali', 'karim.benali@unicaen.fr'), 'RE: Groupe TP2B vide sur Ecampus - GEA1R105',
"""Re-bonjour,

En fait c'est pire pour le cours GEA1R305 : les alternants n'apparaissent pas du tout dans les participants. Aucun des 22 apprentis, par exemple 22301188 ou 22300942.
Le groupe des alternants existe mais personne dedans et ils ne sont pas dans la liste non plus.

Karim

Le 3 oct. 2026 à 09:12, Karim Benali <karim.benali@unicaen.fr> a écrit :
""" + Q("""Dans mon cours GEA1R105 les étudiants sont bien dans la liste des participants, mais le groupe TP2B est vide."""),
[('GEA1R305','GEA1R305'),('GEA1ALT','groupe des alternants'),('GEA1R105','GEA1R105'),('GEA1TP2B','TP2B')], ['22301188','22300942'], [], 'not_enrolled', 'staff', sch=['gea'],
hdr={'In-Reply-To': '<train-r.003.x@unicaen.fr>'}, note='teacher: apprentices missing from participants (not just the group); history cites TP2B')

add('005-erasmus-en-psy.eml', ('Lucia Fernandez', 'lucia.fernandez@etu.unicaen.fr'), 'Cannot see my course',
"""Hello,
I am an Erasmus student from Universidad de Granada. I cannot see the course PSYL3.07 (Methodology) in my courses. When I click the link my professor sent, Ecampus says I cannot enrol myself in this course.
My student number is 22611408.
Thank you very much,
Lucia""", [('PSYL3.07','PSYL3.07')], ['22611408'], [], 'not_enrolled', lang='en', sch=['psy'], note='incoming Erasmus not enrolled, English', kind='alt')

add('006-etu-merci-regle.eml', ('Thomas Lefevre', 'thomas.lefevre@etu.unicaen.fr'), 'Re: [CEMU #418223] cours 2BIOA21 absent',
"""C'est réglé, le cours est revenu ce matin, merci beaucoup !

Le 12/10/2026 à 16:40, CEMU Assistance a écrit :
> Bonjour,
> Votre inscription pédagogique au groupe vient d'être faite par la scolarité, le cours apparaîtra demain.
>
> Le 11/10/2026 à 10:02, Thomas Lefevre a écrit :
>> bonjour je ne suis pas inscrit au cours 2BIOA21 ni au groupe 2BIOA21G2, num etu 22203366""",
[('2BIOA21','2BIOA21'),('2BIOA21G2','2BIOA21G2')], ['22203366'], [], 'other', sch=['bio'], note='thanks/solved reply, codes only in quoted history', hdr={'In-Reply-To':'<cemu.418223@unicaen.fr>'})

add('007-ens-geo-introuvable.eml', ('Nadia Colin', 'nadia.colin@unicaen.fr'), 'Cours de cartographie introuvable',
"""Bonjour,

Je ne trouve pas l'espace de cours de Cartographie L3 (xg3 cart) sur Ecampus : il n'existe ni dans mes cours ni dans la recherche, alors que le cours commence le 14 octobre en amphi B.
J'ai vérifié avec la scolarité : l'élément est bien dans APOGÉE cette année.

Merci de votre aide,
Nadia Colin
MCF Géographie - Bureau SA 221 - 02 31 56 55 08""",
[('XG3CART','xg3 cart')], [], [], 'course_missing', 'staff', sch=['geo'], note='teacher: course does not exist on Ecampus')

add('008-ens-hss-renomme.eml', ('Aldo Haesler', 'aldo.haesler@unicaen.fr'), 'Mon cours est passé en archive ??',
"""Bonjour,

Mon cours « Théories du changement social » (M.1.MS03) s'appelle maintenant « [ARCHIVE 2025] Théories chang. social » et il a été déplacé dans une catégorie Archives. Je n'ai rien touché. Mes ressources sont toujours dedans mais les étudiants de M1 n'y sont plus.

Cordialement,
A. Haesler""", [('M.1.MS03','M.1.MS03')], [], [], 'course_moved_renamed', 'staff', sch=['hss'], note='FAQ suspended-element case: course archived and renamed', cs='iso-8859-1')

add('009-ens-psy-etudiants-ne-voient-pas.eml', ('Claire Dubosq', 'claire.dubosq@unicaen.fr'), 'Mes étudiants ne voient pas le cours',
"""Bonjour,

Mes étudiants de L3 psycho ne voient pas mon cours de psychologie cognitive PSYL3.01. Moi je le vois en grisé dans ma liste. Ils sont pourtant bien dans les participants (132 inscrits).

Merci""" + SIG('Claire Dubosq', 'Maître de conférences - UFR de Psychologie', 'SH 108', '02 31 56 81 40'),
[('PSYL3.01','PSYL3.01')], [], [], 'students_cannot_see_course', 'staff', sch=['psy'], et=['PSYL3'], note='hidden course (greyed for teacher); étape in words')

add('010-ens-inf-pas-enseignant.eml', ('Julien Roux', 'julien.roux@unicaen.fr'), 'pas inscrit comme enseignant INF5U07',
"""Bonjour,
je fais les TP du cours INF5U07 (Génie logiciel, S5) le mardi 10h-12h salle P-002 mais je ne suis pas inscrit comme enseignant dans l'espace Ecampus. Mes collègues du TP1 et TP2 le sont.
Julien Roux, ATER informatique, poste 5521""",
[('INF5U07','INF5U07'),('INF5U07TP1','TP1'),('INF5U07TP2','TP2')], [], [], 'teacher_not_enrolled', 'staff', sch=['inf'], note='teacher not enrolled; TP1/TP2 of the cited course')

add('011-etu-vague.eml', ('', '22409915@etu.unicaen.fr'), 'probleme',
"""bonjour j'ai un probleme avec ecampus je vois pas mes cours pouvez vous m'aider svp""",
[], ['22409915'], [], 'not_enrolled', note='vague: does not see courses, nothing says enrolled; read as not_enrolled')

add('012-etu-pass-code-ade.eml', ('Inès Haddad', 'ines.haddad@etu.unicaen.fr'), "cours d'UE4 pas dans mes cours",
"""Bonjour,

Sur mon emploi du temps ADE il y a marqué « PASS UE4A - Tutorat G3 - Amphi Daure 08:00 ». Mais sur ecampus je n'ai pas le cours de l'UE4, je suis en PASS.
Numéro étudiant 22512077, INE 0A1B2C3D4E5

Merci d'avance""",
[('PASSUE4A','PASS UE4A'),('PASSUE4AG3','Tutorat G3')], ['22512077'], [], 'not_enrolled', sch=['pass'], et=['PASS1'], note='code from ADE with space; group named G3 of the cited element; INE look-alike')

add('013-etu-dashboard-filtre.eml', ('Hugo Perrin', 'hugo.perrin@etu.unicaen.fr'), 'Je ne vois pas le cours',
"""Bonjour,

je ne vois pas le cours d'espagnol LE2ESP3 sur mon tableau de bord. Mon amie m'a dit de chercher dans « Vue d'ensemble des cours » : quand je mets « Tout » au lieu de « En cours » il apparait ! Mais il devrait être en cours non ? Et je suis bien inscrit, j'ai rendu un devoir dedans la semaine dernière.

Hugo""", [('LE2ESP3','LE2ESP3')], [], [], 'course_not_on_dashboard', sch=['lea'], et=[], note='dashboard filter (past course)')

add('014-etu-lowercase-o-for-0.eml', ('', '22100458@etu.unicaen.fr'), 'inscription cours psycho',
"""Bonjour je suis pas inscrite au cours psyl2.O4 (stats) alors que je suis en L2 psycho, je l'ai dans mon contrat pedagogique. Merci""",
[('PSYL2.04','psyl2.O4')], ['22100458'], [], 'not_enrolled', sch=['psy'], et=['PSYL2'], note='lower case, O for 0')

add('015-scol-droit-tableau-html.eml', ('Sophie Lemaitre', 'sophie.lemaitre@unicaen.fr'), 'Étudiants non inscrits sur Ecampus - L2 Droit',
"""Bonjour, voici les étudiants de L2 droit non inscrits dans leurs cours. Cordialement.""",
[('DR2-ADM1','DR2-ADM1'),('DR2ADM1TD2','DR2ADM1TD2'),('DR2-OBL1','DR2-OBL1'),('DR2OBL1TD4','DR2OBL1TD4')], ['22201145','22203980','22200017'], [], 'not_enrolled', 'staff', sch=['droit'], et=['DRTL2'],
kind='html', html="""<html><body><p>Bonjour,</p><p>Voici les étudiants de L2 droit (présentiel) non inscrits dans leurs cours :</p>
<table border="1"><tr><th>N° étudiant</th><th>Nom</th><th>Élément</th><th>Groupe</th></tr>
<tr><td>22201145</td><td>MARTIN Julie</td><td>DR2-ADM1</td><td>DR2ADM1TD2</td></tr>
<tr><td>22203980</td><td>NGUYEN Bao</td><td>DR2-OBL1</td><td>DR2OBL1TD4</td></tr>
<tr><td>22200017</td><td>DIALLO Awa</td><td>DR2-ADM1</td><td>DR2ADM1TD2</td></tr></table>
<p>Cordialement,<br>Sophie Lemaitre<br>Scolarité UFR Droit - bureau 204 - 02 31 56 52 10</p></body></html>""",
note='HTML-only table from scolarité; L2 droit said as présentiel -> DRTL2')

add('016-etu-glued-code.eml', ('Mathis Girard', 'mathis.girard@etu.unicaen.fr'), 'cours manquant',
"""Salut, j'ai pas le coursINF3U02 sur ecampus (algo), je devrais l'avoir. 22302215""",
[('INF3U02','INF3U02')], ['22302215'], [], 'not_enrolled', sch=['inf'], et=[], note='code glued to word')

add('017-auto-reply.eml', ('Pierre Vasseur', 'pierre.vasseur@unicaen.fr'), 'Réponse automatique : [CEMU #418302] Groupe vide EGM1-FIN',
"""Bonjour,
Je suis absent du 20 au 27 octobre 2026 inclus. Pour toute urgence concernant le Master CCA, contactez le secrétariat au 02 31 56 60 00.
Cordialement""", [], [], [], 'other', 'unknown', auto=True, hdr={'Auto-Submitted': 'auto-replied'}, note='out-of-office; code only in subject (not body) — subject not counted... see check')

add('018-ens-eco-apprentis-groupe.eml', ('Pierre Vasseur', 'pierre.vasseur@unicaen.fr'), 'Groupe apprentis vide EGM1-FIN',
"""Bonjour,

Dans le cours Finance de marché (EGM1 FIN), le groupe des apprentis est vide. Les apprentis sont bien inscrits au cours mais tous se retrouvent sans groupe, mélangés avec le TD1.

Merci de regarder,
P. Vasseur
Responsable M1 CCA - IAE Caen - 3 rue Claude Bloch 14000 Caen""",
[('EGM1-FIN','EGM1 FIN'),('EGM1FINAPP','groupe des apprentis'),('EGM1FINTD1','TD1')], [], [], 'wrong_group', 'staff', sch=['eco'], note='apprentices group empty; dash dropped for space')

add('019-etu-du-foad-distance.eml', ('Martine Guerin', 'martine.guerin@orange.fr'), 'Accès module 3',
"""Bonjour,
je suis inscrite au DU Capacité de gestion à distance (formation continue). Je n'ai pas accès au module 3 DUCGE-F3, il n'apparait pas dans mes cours alors que les modules 1 et 2 oui. Mon numéro étudiant est le 22650311.
Cordialement,
Martine Guérin
06 12 34 56 78""", [('DUCGE-F3','DUCGE-F3')], ['22650311'], [], 'not_enrolled', sch=['du'], et=['DUCGE'], note='distance learner from personal address; not enrolled in module 3', cs='windows-1252', cte='qp')

add('020-etu-renamed-course.eml', ('Yanis Brahimi', 'yanis.brahimi@etu.unicaen.fr'), 'mon cours a changé de nom',
"""Bonjour
Le cours de climatologie XG2CLIM a changé de nom ce matin, il s'appelle maintenant "Climat et sociétés" et il est dans une autre catégorie. Le forum a disparu. C'est normal ?""",
[('XG2CLIM','XG2CLIM')], [], [], 'course_moved_renamed', sch=['geo'], note='student reports renamed/moved course')

add('021-inspe-digits.eml', ('Camille Renaud', 'camille.renaud@unicaen.fr'), 'Etudiants M1 MEEF absents de 1CA153',
"""Bonjour,

Les étudiants du Master 1 MEEF premier degré site de Caen n'apparaissent pas dans les participants de mon cours (1CA153) Analyse du contexte. Seule moi suis inscrite. Le groupe 1 et le groupe 2 existent mais vides.

Camille Renaud, formatrice INSPE, 02 31 56 61 19""",
[('1CA153','1CA153')], [], [], 'not_enrolled', 'staff', sch=['inspe'], et=['MEEF1D'],
note='teacher: students missing from participants; groupe 1 and groupe 2 of the cited course')
M[-1]['codes'] += [('1CA153G1','groupe 1'),('1CA153G2','groupe 2')]

add('022-etu-caps-anger.eml', ('', '22117070@etu.unicaen.fr'), 'TOUJOURS PAS INSCRIT',
"""CA FAIT 3 SEMAINES QUE JE SUIS PAS INSCRIT AU COURS DR1CON1 !!!! J AI ECRIT 2 FOIS A LA SCOLARITE. LE PARTIEL EST LE 4/11. JE FAIS COMMENT ?????""",
[('DR1-CON1','DR1CON1')], ['22117070'], [], 'not_enrolled', sch=['droit'], note='caps, anger')

add('023-etu-digit-dropped.eml', ('Emma Bertin', 'emma.bertin@etu.unicaen.fr'), 'cours génétique',
"""Bonjour, je n'ai pas le cours de génétique 3BIOB3 dans mes cours (je crois que c'est 3BIOB31 ou 32, celui du S5). Je suis en L3 SV. Numéro : 22014492""",
[('3BIOB31','3BIOB3'),('3BIOB31','3BIOB31'),('3BIOB32','32')], ['22014492'], [], 'not_enrolled', sch=['bio'], et=['SVL3'],
note='digit dropped then two candidates; 32 glued as short form counted as 3BIOB32')
# simplify: drop the ambiguous short '32'
M[-1]['codes'] = [('3BIOB31','3BIOB3'),('3BIOB31','3BIOB31')]
M[-1]['note'] = 'digit dropped (3BIOB3) then the full code; "ou 32" not a code'

add('024-fwd-scol-lea.eml', ('Valérie Hamel', 'valerie.hamel@unicaen.fr'), 'TR: Pb inscription ecampus',
"""Bonjour,
Je vous transfère la demande d'une étudiante. Elle est bien inscrite pédagogiquement en LE1ESP2 groupe TD1 dans Apogée depuis le 2 octobre.
Valérie Hamel
Secrétariat LEA - bureau MR 305

""" + FWD + """De : Chloé Sanchez <chloe.sanchez@etu.unicaen.fr>
Envoyé : jeudi 8 octobre 2026 18:22
À : Valérie Hamel
Objet : Pb inscription ecampus

Bonjour madame, je n'arrive pas à trouver le cours d'espagnol sur ecampus, il n'est pas dans mes cours. Mon numéro c'est 22420861.""",
[('LE1ESP2','LE1ESP2'),('LE1ESP2TD1','TD1')], ['22420861'], [], 'not_enrolled', 'staff', sch=['lea'], note='secretary forwards student not enrolled; IP done recently')

add('025-etu-not-on-dashboard-pagination.eml', ('Noah Caron', 'noah.caron@etu.unicaen.fr'), 'cours qui manque sur la page',
"""Bonjour,
Sur mon tableau de bord il manque le cours GEA2R301. Je l'avais hier. Je peux y aller depuis le calendrier et mes notes y sont, donc je suis toujours dedans je pense. Est-ce que c'est une page 2 ?
Noah""",
[('GEA2R301','GEA2R301')], [], [], 'course_not_on_dashboard', sch=['gea'], et=[], note='enrolled (reaches it from calendar), missing from dashboard')

add('026-ens-geo-groups-wrong.eml', ('Nadia Colin', 'nadia.colin@unicaen.fr'), 'Re: Cours de cartographie introuvable',
"""Merci, le cours XG3CART existe maintenant. Par contre les groupes sont faux : tout le monde est dans le TP1, le TP2 et le TP3 sont vides.

Nadia

Le 09/10/2026 à 11:05, CEMU Assistance a écrit :
> Bonjour, l'espace sera créé cette nuit.
> Le 08/10/2026, Nadia Colin a écrit :
>> Je ne trouve pas l'espace de cours de Cartographie L3 (XG3CART)""",
[('XG3CART','XG3CART'),('XG3CARTTP1','TP1'),('XG3CARTTP2','TP2'),('XG3CARTTP3','TP3'),('XG3CART','XG3CART')], [], [], 'wrong_group', 'staff', sch=['geo'], note='follow-up: now groups wrong')
M[-1]['codes'] = M[-1]['codes'][:4]

add('027-spam.eml', ('Service Messagerie', 'admin-update@mail-unicaen-support.com'), 'Votre boîte mail est pleine',
"""Cher utilisateur, votre quota est de 98%. Cliquez ici pour valider votre compte Office 365 sous 24h : http://unicaen-verif.example.com/login
Service informatique""", [], [], [], 'other', 'unknown', note='phishing spam')

add('028-etu-en-course-not-found.eml', ('Jan Novak', 'jan.novak@etu.unicaen.fr'), 'Course not found',
"""Hi,
I am looking for the course "Urban geography" with code XG2URBA but there is no such course on ecampus, the search gives nothing. My teacher said it should be there. Student no. 22630045.
Best regards, Jan""", [('XG2URBA','XG2URBA')], ['22630045'], [], 'course_missing', lang='en', sch=['geo'], note='English, course does not exist (search empty)')

add('029-ens-unknown-code.eml', ('Marc Delahaye', 'marc.delahaye@unicaen.fr'), 'Cours DR1-CIV9 inexistant',
"""Bonjour,
Je ne trouve pas le cours DR1-CIV9 sur Ecampus (TD de méthodologie, 1re année). Pourriez-vous le créer ?
M. Delahaye, chargé de TD""", [('DR1-CIV9','DR1-CIV9')], [], [], 'course_missing', 'staff', sch=['droit'], note='code unknown to APOGÉE (invented by the teacher)')

add('030-etu-mdp.eml', ('', '22508813@etu.unicaen.fr'), 'mot de passe',
"""Bonjour je n'arrive plus à me connecter à ecampus, mon mot de passe ne marche plus depuis que je l'ai changé sur l'ENT.""",
[], ['22508813'], [], 'cannot_login', sch=[], et=[], note='cannot log in')

add('031-etu-cas.eml', ('Romain Bazin', 'romain.bazin@etu.unicaen.fr'), 'page CAS bizarre',
"""Bonjour, quand je me connecte j'ai "Connexion réussie" mais "CAS ne connaît pas votre destination finale" et je reste bloqué. Je suis passé par Google. Mon cours PSYL1.05 je peux pas y aller du coup.""",
[('PSYL1.05','PSYL1.05')], [], [], 'cas_unknown_destination', sch=['psy'], note='CAS unknown destination')

add('032-ens-db-error.eml', ('Hélène Morel', 'helene.morel@unicaen.fr'), 'Erreur de lecture de la base de données',
"""Bonjour,
Dimanche matin vers 10h en voulant ouvrir mon cours 2 BIOC22 j'ai eu « Erreur de lecture de la base de données ». Est-ce que c'est connu ?
H. Morel""", [('2BIOC22','2 BIOC22')], [], [], 'database_error', 'staff', sch=['bio'], note='database error')

add('033-ens-too-many-teachers.eml', ('Olivier Masson', 'olivier.masson@unicaen.fr'), 'Trop d enseignants dans mon cours',
"""Bonjour, dans mon cours EGM2AUD il y a 17 enseignants inscrits dont la plupart n'interviennent pas. Est-ce que je peux les enlever ?
O. Masson, IAE""", [('EGM2-AUD','EGM2AUD')], [], [], 'too_many_teachers', 'staff', sch=['eco'], note='too many teachers')

add('034-ens-participants-block.eml', ('Anne Fournier', 'anne.fournier@unicaen.fr'), 'Bloc participants',
"""Bonjour,
Je ne trouve plus le bloc Participants à droite dans mon cours AN-20B. Comment voir la liste de mes étudiants ?
Anne Fournier, département d'anglais""", [('AN-20B','AN-20B')], [], [], 'participants_block_missing', 'staff', sch=['lve'], note='participants block')

add('035-ens-cohorte.eml', ('Bruno Lecomte', 'bruno.lecomte@unicaen.fr'), 'Ajouter une cohorte',
"""Bonjour,
Puis-je ajouter une cohorte de licence dans mon cours XG1TERR pour les sorties terrain ? Il manque beaucoup d'étudiants en attendant les IP.
Bruno Lecomte""", [('XG1TERR','XG1TERR')], [], [], 'cohort_question', 'staff', sch=['geo'], note='cohort question (cohort not named)')

add('036-etu-wrong-name.eml', ('Zoé Lambert', 'zoe.lambert@etu.unicaen.fr'), 'erreur de prénom',
"""Bonjour, sur ecampus mon prénom est écrit "Zoe" sans accent et mon nom "LAMBERT-DUPUIS" alors que c'est juste Lambert. Merci""",
[], [], [], 'wrong_name', note='wrong name')

add('037-etu-ade-copy-glued.eml', ('Sarah Petit', 'sarah.petit@etu.unicaen.fr'), 'Pas de cours sur Ecampus',
"""Bonjour,
Voici ce qu'il y a sur mon emploi du temps :
Lun 12/10 14:00-16:00 INF1U03-TP4 Salle S3-012
Mar 13/10 08:00-10:00 INF1U05 CM Amphi Pierre Daure
Je n'ai aucun des deux cours sur ecampus. Je suis en L1 informatique. num 22711234""",
[('INF1U03','INF1U03'),('INF1U03TP4','INF1U03-TP4'),('INF1U05','INF1U05')], ['22711234'], [], 'not_enrolled', sch=['inf'], et=['INFL1'],
note='ADE copy; group written element-dash-TP4')
M[-1]['codes'] = [('INF1U03TP4','INF1U03-TP4'),('INF1U05','INF1U05')]
M[-1]['note'] = 'ADE copy; group written INF1U03-TP4 (one mention, the group); INF1U05 element'

add('038-ens-erasmus-depart.eml', ('Isabelle Roy', 'isabelle.roy@unicaen.fr'), 'Etudiante absente de mon cours',
"""Bonjour,
L'étudiante 22105590 n'apparaît pas dans mon cours LE3ESP5 alors qu'elle vient en cours. Elle me dit qu'elle avait coché Erasmus par erreur à l'inscription.
Isabelle Roy""", [('LE3ESP5','LE3ESP5')], ['22105590'], [], 'not_enrolled', 'staff', sch=['lea'], note='Erasmus ticked by mistake -> not enrolled')

add('039-etu-b64-latin1.eml', ('Léo Garnier', 'leo.garnier@etu.unicaen.fr'), 'Probl\u00e8me de groupe',
"""Bonjour,
Je suis dans le mauvais groupe dans le cours DR2-PEN1 : je suis en TD3 dans Apogée mais Ecampus me met dans le TD1. Je suis en L2 droit à distance, je ne devrais pas être en TD du tout d'ailleurs mais dans le groupe EAD.
Numéro 22208847""", [('DR2-PEN1','DR2-PEN1'),('DR2PEN1TD3','TD3'),('DR2PEN1TD1','TD1'),('DR2PEN1EAD','groupe EAD')], ['22208847'], [], 'wrong_group', sch=['droit'], et=['DRTL2D'],
cs='iso-8859-1', cte='b64', note='wrong group, distance status; base64 latin-1')

add('040-etu-sms.eml', ('', '22419003@etu.unicaen.fr'), '(pas de sujet)',
"""slt jvois pa le cour gea1 r104 sur ecampus c normal ?""", [('GEA1R104','gea1 r104')], ['22419003'], [], 'not_enrolled', sch=['gea'], note='SMS style, space, lower case; nothing says enrolled')

add('041-ens-hss-porteur.eml', ('Michelle Dobre', 'michelle.dobre@unicaen.fr'), 'Cours 2HR5C disparu',
"""Bonjour,

Le cours 2HR5C a disparu d'Ecampus. On m'a dit qu'il était désormais porté par M.1HRP9C. Les étudiants de 2HR5C ne sont pas dans M.1HRP9C, le groupe M.1HRP9CTD ne contient que les étudiants du porteur.

Michelle Dobre
UFR HSS""", [('2HR5C','2HR5C'),('M.1HRP9C','M.1HRP9C'),('M.1HRP9CTD','M.1HRP9CTD')], [], [], 'not_enrolled', 'staff', sch=['hss'], note='porteur/porté: the request is students of the porté missing from the porteur course')

add('042-etu-thanks-simple.eml', ('Lucia Fernandez', 'lucia.fernandez@etu.unicaen.fr'), 'Re: Cannot see my course',
"""Thank you, it works now!

On Tue, 6 Oct 2026, CEMU Assistance wrote:
> Your enrolment in psyl3.07 was added manually by your teacher.""", [('PSYL3.07','psyl3.07')], [], [], 'other', lang='en', sch=['psy'], note='English thanks, code in quoted reply lower case')

add('043-ens-inf-table-multi.eml', ('Damien Lefort', 'damien.lefort@unicaen.fr'), 'Inscriptions manquantes S3',
"""Bonjour,

Plusieurs étudiants de L2 informatique ne sont pas dans mes cours :

| N° étudiant | Cours      | Groupe |
|-------------|------------|--------|
| 22300114    | INF3U01    | TP2    |
| 22301772    | INF3U01    | TP2    |
| 22304409    | INF3U04    | TP3    |

Salle des TP : S3-112. Version Moodle 4.1 je crois.

D. Lefort""" + SIG('Damien Lefort', 'Département informatique', 'S3 245', '02 31 56 74 90'),
[('INF3U01','INF3U01'),('INF3U01TP2','TP2'),('INF3U04','INF3U04'),('INF3U04TP3','TP3')], ['22300114','22301772','22304409'], [], 'not_enrolled', 'staff', sch=['inf'], et=['INFL2'], note='teacher table; TP groups per row; Moodle 4.1 look-alike')

add('044-etu-dashboard-vs-notenrolled.eml', ('Manon Roche', 'manon.roche@etu.unicaen.fr'), 'Je ne vois pas le cours',
"""Bonjour,
Je ne vois pas le cours XG1SIGA sur mon tableau de bord. J'ai essayé de changer le filtre de la vue d'ensemble (Tout, Masqués) mais il n'y est nulle part et quand je vais dessus par le lien du prof (https://ecampus.unicaen.fr/course/view.php?id=61204) on me dit que je ne peux pas m'inscrire.
Manon, L1 géo""", [('XG1SIGA','XG1SIGA')], [], [61204], 'not_enrolled', sch=['geo'], et=['GEOL1'], note='says dashboard but link shows not enrolled -> not_enrolled')

add('045-etu-pass-digitsfirst-timetable.eml', ('Adam Morin', 'adam.morin@etu.unicaen.fr'), 'UE 7',
"""Bonjour, j'ai pas accès au cours de l'UE7 (passue7b), c'est marqué dans l'ADE "PASSUE7B-G1 Tutorat". Merci""",
[('PASSUE7B','passue7b'),('PASSUE7BG1','PASSUE7B-G1')], [], [], 'not_enrolled', sch=['pass'], note='lower case; group with dash from ADE')

add('046-ens-pass-rename.eml', ('Dr Paul Hébert', 'paul.hebert@unicaen.fr'), 'Cours UE2 renommé',
"""Bonjour,

L'espace PASSUE2A (UE2 Chimie) a été renommé et déplacé dans la catégorie "Archives 2025-2026". Un nouvel espace vide « (PASSUE2B) UE2 PASS B » est apparu. Dois-je copier le contenu ?

Paul Hébert, PU-PH, UFR Santé""", [('PASSUE2A','PASSUE2A'),('PASSUE2B','PASSUE2B')], [], [], 'course_moved_renamed', 'staff', sch=['pass'], note='code changed: old archived, new created')

add('047-etu-lve-dash-dropped.eml', ('Julie Moreau', 'julie.moreau@etu.unicaen.fr'), 'cours anglais',
"""Bonjour je n'ai pas le cours AN10A ni AN 10B dans mes cours. Merci""",
[('AN-10A','AN10A'),('AN-10B','AN 10B')], [], [], 'not_enrolled', sch=['lve'], et=[], note='dash dropped / space')

add('048-ens-bio-students-cannot-see.eml', ('Hélène Morel', 'helene.morel@unicaen.fr'), 'Les étudiants n accèdent pas',
"""Bonjour,
Mes étudiants n'arrivent pas à accéder au cours 2BIOC21 : ils sont inscrits (je les vois dans les participants) mais le cours ne s'affiche pas pour eux. J'ai pourtant cliqué sur Afficher dans les paramètres. La catégorie L2 SV serait-elle cachée ?
Hélène Morel""", [('2BIOC21','2BIOC21')], [], [], 'students_cannot_see_course', 'staff', sch=['bio'], note='category hidden; L2 SV is the course category, not said étape')

add('049-fwd-outlook-du.eml', ('Florence Petitjean', 'florence.petitjean@unicaen.fr'), 'TR: groupe EAD module 5',
"""Pour info.

De : Gérard Lenoir <gerard.lenoir@gmail.com>
Envoyé : mardi 13 octobre 2026 21:14
À : Florence Petitjean <florence.petitjean@unicaen.fr>
Objet : groupe EAD module 5

Bonjour, dans le cours DUCGE-F5 je ne suis dans aucun groupe, et je ne vois pas les devoirs du groupe à distance. Numéro 22651120.""",
[('DUCGE-F5','DUCGE-F5')], ['22651120'], [], 'wrong_group', 'staff', sch=['du'], note='forward, student in no group; "groupe à distance" of the cited element = DUCGEF5EAD')
M[-1]['codes'].append(('DUCGEF5EAD','groupe à distance'))

add('050-etu-num-corrige.eml', ('Kevin Lebrun', 'kevin.lebrun@etu.unicaen.fr'), 'inscription DR3-FIN1',
"""Bonjour,
Je ne suis pas inscrit au cours DR3-FIN1 finances publiques. Mon numéro étudiant est 21903317, pardon 21903371.
Je suis en L3 droit (présentiel).
Cordialement""", [('DR3-FIN1','DR3-FIN1')], ['21903371'], [], 'not_enrolled', sch=['droit'], et=['DRTL3'], note='number corrected; étape said with présentiel')

add('051-etu-l1-droit-ambigu.eml', ('Ambre Leroy', 'ambre.leroy@etu.unicaen.fr'), 'cours histoire du droit',
"""Bonjour, je suis en L1 droit et je ne trouve pas DR1 HIS1 dans mes cours. Merci""", [('DR1-HIS1','DR1 HIS1')], [], [], 'not_enrolled', sch=['droit'], et=[],
note='"L1 droit" ambiguous between DRTL1 and DRTL1D -> no etapes_said')

add('052-ens-geo-students-not-appear-group.eml', ('Bruno Lecomte', 'bruno.lecomte@unicaen.fr'), 'TP2 vide',
"""Bonjour,
Mon TP2 de climato (XG1CLIM) est vide sur Ecampus, les étudiants sont dans le cours mais sans groupe. Le TP1 et le TP3 sont bons.
B. Lecomte""", [('XG1CLIM','XG1CLIM'),('XG1CLIMTP2','TP2'),('XG1CLIMTP1','TP1'),('XG1CLIMTP3','TP3')], [], [], 'wrong_group', 'staff', sch=['geo'], note='group empty; group named before code -> gold order by first mention')
M[-1]['codes'] = [('XG1CLIMTP2','TP2'),('XG1CLIM','XG1CLIM'),('XG1CLIMTP1','TP1'),('XG1CLIMTP3','TP3')]

add('053-etu-gea-unknown.eml', ('', '22318806@etu.unicaen.fr'), 'cours GEA1R199',
"""Bonjour, je trouve pas le cours GEA1R199 projet personnel, il existe pas sur ecampus ?""",
[('GEA1R199','GEA1R199')], ['22318806'], [], 'course_missing', sch=['gea'], note='unknown code (student typo yielding no code)')

add('054-etu-eco-apprenti.eml', ('Lina Chevalier', 'lina.chevalier@etu.unicaen.fr'), 'Fiscalité M1',
"""Bonjour, je suis apprentie en Master 1 CCA. Dans le cours EGM1-FIS je suis dans le TD2 au lieu du groupe apprentis, et je ne vois pas les annonces pour nous.
Lina""", [('EGM1-FIS','EGM1-FIS'),('EGM1FISTD2','TD2'),('EGM1FISAPP','groupe apprentis')], [], [], 'wrong_group', sch=['eco'], et=['EGM1'], note='apprentice in wrong group; M1 CCA = EGM1 label')

add('055-ens-hss-tous.eml', ('Lucie Aubert', 'lucie.aubert@unicaen.fr'), 'Aucun étudiant dans mes cours de M1',
"""Bonjour,
Aucun étudiant n'apparaît dans mes cours M.1.MS05, M.1.MS06 et m.1.ms07. Les étudiants du M1 sociologie ont pourtant fait leurs IP.
Lucie Aubert""", [('M.1.MS05','M.1.MS05'),('M.1.MS06','M.1.MS06'),('M.1.MS07','m.1.ms07')], [], [], 'not_enrolled', 'staff', sch=['hss'], et=['M1SOC'], note='three courses, no students')

add('056-etu-en-dashboard.eml', ('Ahmed Saleh', 'ahmed.saleh@etu.unicaen.fr'), 'Course missing from dashboard',
"""Hello,
The course INF5U03 is not on my dashboard anymore. I can still open it from the link in my email notifications and submit homework, so I think I am enrolled.
Ahmed""", [('INF5U03','INF5U03')], [], [], 'course_not_on_dashboard', lang='en', sch=['inf'], et=[], note='English dashboard; L3 computer science -> INFL3')

add('057-bounce.eml', ('Mail Delivery System', 'MAILER-DAEMON@unicaen.fr'), 'Undelivered Mail Returned to Sender',
"""This is the mail system at host smtp.unicaen.fr.
I'm sorry to have to inform you that your message could not be delivered to one or more recipients.
<jean.dupont@unicaen.fr>: host mbox.unicaen.fr said: 550 5.1.1 User unknown""", [], [], [], 'other', 'unknown', lang='en', auto=True, note='bounce')

add('058-etu-psy-digit-space.eml', ('Clara Vidal', 'clara.vidal@etu.unicaen.fr'), 'psycho clinique',
"""Bonjour je ne suis pas inscrite au cours de psycho clinique PSYL2 .03 (je l'ai copié du nom du cours Moodle) ni dans le TD1. N° 22106623""",
[('PSYL2.03','PSYL2 .03')], ['22106623'], [], 'not_enrolled', sch=['psy'], note='space inserted; TD1 of cited course')
M[-1]['codes'].append(('PSY203TD1','TD1'))

add('059-ens-inspe-digits-ade.eml', ('Camille Renaud', 'camille.renaud@unicaen.fr'), 'Pas inscrite dans 1CA155',
"""Bonjour, je suis planifiée dans ADE sur 1CA155 (EPS) et 1 CA 156 mais je ne suis enseignante que dans le premier sur Ecampus.
Camille""", [('1CA155','1CA155'),('1CA156','1 CA 156')], [], [], 'teacher_not_enrolled', 'staff', sch=['inspe'], note='teacher not enrolled in second; spaces inserted')

add('060-etu-vague-merci.eml', ('', '22202288@etu.unicaen.fr'), 'Re: cours',
"""ok merci

Le jeu. 15 oct. 2026 à 09:31, CEMU Assistance <cemu.assistance@unicaen.fr> a écrit :
> Bonjour, pouvez-vous nous indiquer le code du cours ?""", [], ['22202288'], [], 'other', note='short thanks')

add('061-etu-lea-course-missing.eml', ('Eva Roussel', 'eva.roussel@etu.unicaen.fr'), 'cours introuvable',
"""Bonjour, le cours LE3ESP6 est introuvable sur ecampus : ni moi ni mes camarades ne le trouvons, même le prof ne l'a pas.""",
[('LE3ESP6','LE3ESP6')], [], [], 'course_missing', sch=['lea'], et=[], note='course missing for everybody')

add('062-ens-droit-liste.eml', ('Marc Delahaye', 'marc.delahaye@unicaen.fr'), 'Étudiants manquants TD',
"""Bonjour,

Dans le cours DR1-CIV2, mon TD 3 n'a que 4 étudiants sur 35 dans Ecampus ; les autres n'apparaissent pas dans le cours du tout :
- 22118840
- 22119213
- 22110077

Merci,
Marc Delahaye
Chargé d'enseignement - Faculté de droit - 02 31 56 50 50""",
[('DR1-CIV2','DR1-CIV2'),('DR1CIV2TD3','TD 3')], ['22118840','22119213','22110077'], [], 'not_enrolled', 'staff', sch=['droit'], note='students absent from course (not just group)')

add('063-etu-dashboard-masque.eml', ('Tom Guillot', 'tom.guillot@etu.unicaen.fr'), 'cours disparu',
"""Bonjour, j'ai masqué sans faire exprès le cours 1BIOA11 sur mon tableau de bord et je n'arrive pas à le remettre.""",
[('1BIOA11','1BIOA11')], [], [], 'course_not_on_dashboard', sch=['bio'], et=[], note='hidden by the student on the dashboard')

add('064-ens-quiz.eml', ('Sylvie Cordier', 'sylvie.cordier@unicaen.fr'), 'Paramètres du test',
"""Bonjour, comment donner un tiers-temps à un étudiant sur le test du cours inf1u02 ? Le test a lieu le 12/11 à 14h.
Sylvie Cordier""", [('INF1U02','inf1u02')], [], [], 'other', 'staff', sch=['inf'], note='quiz settings')

add('065-etu-archived-unknown.eml', ('Baptiste Roger', 'baptiste.roger@etu.unicaen.fr'), 'cours carto',
"""Bonjour, je redouble et je cherchais le cours XG3CARTO de l'an dernier, il n'existe plus ? Mes notes étaient dedans.""",
[('XG3CARTO','XG3CARTO')], [], [], 'course_moved_renamed', sch=['geo'], note='old archived code (unknown now); disappeared after change')

add('066-ens-fwd-chain-psy.eml', ('Claire Dubosq', 'claire.dubosq@unicaen.fr'), 'Fwd: Re: inscriptions PSYL1',
"""Bonjour, je vous transfère l'échange avec la scolarité, le problème persiste pour psyl1-02.

""" + FWD + """De : Scolarité Psychologie <scol.psycho@unicaen.fr>
Date : 14 oct. 2026 10:10
Objet : Re: inscriptions PSYL1

Les IP de 22130045 et 22131190 sont faites jusqu'au groupe PSY102TD2 depuis le 1er octobre.

> Les étudiants 22130045 et 22131190 ne sont pas dans mon cours PSYL1.02.""",
[('PSYL1.02','psyl1-02'),('PSY102TD2','PSY102TD2')], ['22130045','22131190'], [], 'not_enrolled', 'staff', sch=['psy'], note='forwarded chain; dot replaced by dash in first mention')

add('067-etu-caps-subject-inf.eml', ('Nathan Colas', 'nathan.colas@etu.unicaen.fr'), 'URGENT INF6U08',
"""Bonjour, mon groupe de TP sur INF6U08 est faux, je suis TP4 et Ecampus me met en TP1. 22000987""",
[('INF6U08','INF6U08'),('INF6U08TP4','TP4'),('INF6U08TP1','TP1')], ['22000987'], [], 'wrong_group', sch=['inf'], et=[], note='wrong group')

add('068-ens-unknown-psy.eml', ('Claire Dubosq', 'claire.dubosq@unicaen.fr'), 'Cours PSYL3.70 absent',
"""Bonjour, le cours PSYL3.70 n'existe pas sur Ecampus alors que je le trouve sur le document de la maquette. Merci.""",
[('PSYL3.70','PSYL3.70')], [], [], 'course_missing', 'staff', sch=['psy'], note='unknown code (maquette typo)')

add('069-etu-lea-o-for-0-en.eml', ('Maria Rossi', 'maria.rossi@etu.unicaen.fr'), 'Spanish course',
"""Hi, I'm an exchange student. I'm not in the Spanish course le1esp1 and not in any TD group. My number 22640O12 sorry 22640012.""",
[('LE1ESP1','le1esp1')], ['22640012'], [], 'not_enrolled', lang='en', sch=['lea'], note='English; number mistyped O then corrected')

add('070-ens-mix-rename-eco.eml', ('Olivier Masson', 'olivier.masson@unicaen.fr'), 'Cours contrôle de gestion renommé',
"""Bonjour,
Mon cours EGM2CTG (contrôle de gestion, M2) est devenu « EGM2-CTG Contrôle de gestion (ancien) » et mes étudiants du TD1 ne le voient plus. La scolarité dit que le code a changé cet été.
O. Masson""", [('EGM2-CTG','EGM2CTG'),('EGM2-CTG','EGM2-CTG'),('EGM2CTGTD1','TD1')], [], [], 'course_moved_renamed', 'staff', sch=['eco'], note='renamed after code change; dash dropped first')
