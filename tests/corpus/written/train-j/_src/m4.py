from sch import *
mail('prof-droit-td-pas-vu-cours', 'Élodie Bisson <elodie.bisson@unicaen.fr>', 'Mes étudiants de L1 n\'ont pas accès au cours',
"""Bonjour,

Je suis chargée de TD en droit civil L1 (TD 4 et TD 9). Aucun de mes étudiants ne voit l'espace de droit civil 1 - JL1.C02 (https://ecampus.unicaen.fr/course/view.php?id=51230). Je vois le message « Ce cours est actuellement caché aux étudiants » mais je ne suis pas responsable du cours et ne peux pas modifier les paramètres.

Élodie Bisson
ATER - UFR Droit""", 'students_cannot_see_course','staff', codes=[('JL1TD04','TD 4'),('JL1TD09','TD 9'),('JL1.C02','JL1.C02')], ids=[51230], schemes=[S_GRP,S_DR], note='course hidden; TD teacher cannot change settings', form='alt', date=D(2025,9,9,19,3))

mail('etu-mdp-expire', 'Bastien Renard <bastien.renard@etu.unicaen.fr>', 'mot de passe',
"""Bonjour
Mon mot de passe a expiré et quand je le change sur le site du compte numérique, Ecampus me dit toujours identifiant ou mot de passe incorrect. J'ai essayé sur Chrome 131 et Firefox 133, pareil.
24013307""", 'cannot_login','student', nums=['24013307'], note='cannot log in after password change; browser versions', date=D(2025,10,27,7,40))

mail('scol-staps-mauvais-groupes', 'Corinne Lebas <corinne.lebas@unicaen.fr>', 'Groupes STAPS L1 inversés sur Ecampus',
"""Bonjour,

Dans Apogée, les étudiants de L1 STAPS gr 2 et gr 5 ont été permutés lors d'une correction le 3/10. Sur Ecampus (cours STP1E03 notamment) ils apparaissent toujours dans l'ancien groupe. Quelques exemples :

25060113 - BOUVIER Lina - devrait être gr 5
25060877 - GAUTIER Tom - devrait être gr 2

Étape STL1EM-1.

Corinne Lebas
Scolarité STAPS - 2 bd du Maréchal Juin""", 'wrong_group','staff', codes=[('STL1G2','gr 2'),('STL1G5','gr 5'),('STP1E03','STP1E03'),('STL1EM','STL1EM-1')], nums=['25060113','25060877'], schemes=[S_GRP,S_ST,S_ETP], note='students swapped between groups in Apogee, Ecampus still old groups', date=D(2025,10,6,14,0))

mail('reponse-auto-en', 'Prof. David Kemp <david.kemp@unicaen.fr>', 'Automatic reply: [CEMU #48690] Ecampus course',
"""I am on research leave until 31 January 2026 with limited access to e-mail. For LANSAD matters please write to centre-langues@unicaen.fr.""", 'other','unknown', lang='en', auto=True, headers={'Auto-Submitted':'auto-replied'}, note='English auto reply', date=D(2026,1,8,11,11))

mail('esix-trop-enseignants', 'Paul Guérin <paul.guerin@unicaen.fr>', 'Trop d\'enseignants + question',
"""Bonjour,

Merci pour la création de l'espace d'automatique linéaire. Par contre il y a maintenant 9 enseignants dont plusieurs de l'ESIX agroalimentaire qui n'ont rien à voir avec le module ESX-M31. Pouvez-vous les retirer ou me dire comment faire ?

Paul Guérin - 02 31 56 73 21""", 'too_many_teachers','staff', codes=[('ESX-M31','ESX-M31')], schemes=[S_ESX], note='unrelated teachers enrolled', date=D(2025,9,29,8,55))

mail('spam-conference', 'International Journal of Advanced Research <editor@ijar-publish.org>', 'Call for papers - publish in 7 days',
"""Dear Researcher,

We invite you to submit your manuscript to IJAR Vol. 13 Issue 11. Fast publication within 7 days. Impact factor 8.2. APC: 99 USD.

Editor-in-chief""", 'other','unknown', lang='en', note='predatory journal spam', form='html', date=D(2025,11,12,2,14))

mail('etu-lea-cours-inexistant', 'Zoé Brière <zoe.briere@etu.unicaen.fr>', 'Cours de civilisation introuvable',
"""Bonjour,

En LEA 1re année anglais-allemand, on a un cours de civilisation le lundi avec Mme Chardon mais il n'y a pas d'espace Ecampus. Elle nous a dit qu'il devait être créé automatiquement. Le code sur l'emploi du temps c'est LEA.2CIV.

Zoé""", 'course_missing','student', codes=[('LEA.2CIV','LEA.2CIV')], schemes=[S_LEA], note='student: course space does not exist', date=D(2025,9,16,12,30))

mail('prof-histoire-pas-inscrit-td', 'Romain Letellier <romain.letellier@unicaen.fr>', 'Accès enseignant HST4.07',
"""Bonjour,

Chargé de TD en L2 histoire (TD 3 de l'enseignement HST4.07, le mardi en salle MRSH 028), je n'ai pas accès à l'espace Ecampus comme enseignant. Le CM est assuré par M. Mesnil qui y est inscrit.

Romain Letellier, doctorant""", 'teacher_not_enrolled','staff', codes=[('HST4TD3','TD 3'),('HST4.07','HST4.07')], schemes=[S_GRP,S_HS], note='TD teacher not enrolled', date=D(2026,1,19,13,0))

mail('etu-pass-nom-email', 'Ambre Lacroix <ambre.lacroix@etu.unicaen.fr>', 'mauvaise adresse mail sur ecampus',
"""Bonjour, sur mon profil ecampus l'adresse mail affichée est celle de quelqu'un d'autre (ambre.lacroix2@etu.unicaen.fr) et du coup je ne reçois pas les notifications des cours du PASS. Je suis ambre.lacroix@etu.unicaen.fr, numéro 25047730.""", 'wrong_name','student', nums=['25047730'], note='wrong e-mail shown on profile', date=D(2025,9,23,21,21))

mail('ticket-relance-pas-inscrit', 'Hugo Lemaître <hugo.lemaitre@etu.unicaen.fr>', 'RE: [CEMU #48712] No access to courses while in Spain',
"""Hello again,

Any news? The exam is in 3 weeks. As I said, I'm in L3 history (HIL3) and need Archaeology.

Hugo (22014420)

-----Original Message-----
From: CEMU Assistance <cemu.assistance@unicaen.fr>
Sent: Thursday, October 23, 2025 10:04
Subject: RE: [CEMU #48712] No access to courses while in Spain

Hello, as an outgoing Erasmus student you are not enrolled automatically. Please ask your teacher to enrol you manually.""", 'not_enrolled','student', codes=[('HIL3','HIL3')], nums=['22014420'], lang='en', schemes=[S_ETP], note='follow-up: Erasmus student still wants access', date=D(2025,11,6,22,2))

mail('prof-cours-archive-meef', 'Isabelle Fontaine <isabelle.fontaine@unicaen.fr>', 'Cours 1CA 182 dans Archives',
"""Bonjour,

Mon ancien cours de M2 MEEF (1CA 182) est dans « Archives » depuis la rentrée. Je croyais qu'il serait repris cette année. Ai-je perdu les devoirs rendus l'an dernier ?

I. Fontaine""", 'course_moved_renamed','staff', codes=[('1CA182','1CA 182')], schemes=[S_1CA], note='course archived; stray space', date=D(2025,9,8,17,17))

mail('etu-iran-pas-sur-tableau', 'Parisa Rahimi <parisa.rahimi@etu.unicaen.fr>', 'Persian course not visible',
"""Hello,

The course "Persan écrit 2" (IRAN 22) is not on my dashboard anymore, but I can still open it from the link my teacher sent. Is something wrong with my account?

Parisa, 24088120""", 'course_not_on_dashboard','student', codes=[('IRAN-22','IRAN 22')], nums=['24088120'], lang='en', schemes=[S_IRAN], note='course not on dashboard but reachable via link', date=D(2026,2,12,10,33))

mail('remerciement-prof', 'Gérard Mouchel <gerard.mouchel@unicaen.fr>', 'RE: [CEMU #48400] Où est passé le bloc participants',
"""Merci beaucoup, j'ai trouvé le menu. Bonne journée.
G. Mouchel""", 'other','staff', note='thanks', date=D(2025,10,2,8,10))

mail('etu-staps-pas-inscrit-quote', 'Noé Guillard <noe.guillard@etu.unicaen.fr>', 'Re: inscription cours staps',
"""Je ne suis toujours pas inscrit, ni dans STP3E05 ni dans STP3E06, mes IP sont validées depuis 2 semaines (L3 STAPS EM, groupe 4).

Noé Guillard - 23055901

Le jeu. 9 oct. 2025 à 11:40, Scolarité STAPS <scol.staps@unicaen.fr> a écrit :
> Bonjour,
> Vos inscriptions pédagogiques sont bien enregistrées. Pour Ecampus, voyez avec le CEMU (cemu.assistance@unicaen.fr).
> Cordialement""", 'not_enrolled','student', codes=[('STP3E05','STP3E05'),('STP3E06','STP3E06'),('STL3G4','groupe 4')], nums=['23055901'], schemes=[S_ST,S_GRP], note='student not enrolled in two STAPS courses', to='cemu.assistance@unicaen.fr', date=D(2025,10,10,9,0))

mail('question-carnet-notes', 'Virginie Castel <virginie.castel@unicaen.fr>', 'Export des notes',
"""Bonjour,

Comment exporter les notes d'un devoir Ecampus vers un fichier compatible avec la saisie Apogée ? Le cours est LEA.4COM, 120 étudiants.

Merci,
V. Castel""", 'other','staff', codes=[('LEA.4COM','LEA.4COM')], schemes=[S_LEA], note='grade export question', date=D(2026,1,22,11,48))

mail('db-error-prof-html', 'Michel Fauvel <michel.fauvel@unicaen.fr>', 'Ecampus HS ?',
"""Bonjour,

Ecampus est inaccessible depuis ce matin 8h30 : « Erreur de lecture de la base de données ». Mes étudiants de L2 GEA TD 2 ont un devoir à rendre à 10h. Pouvez-vous prolonger ou me dire quand ça revient ?

M. Fauvel""", 'database_error','staff', codes=[('BGE2TD2','TD 2')], schemes=[S_GRP], note='database error, teacher worried about deadline', form='html', cs='windows-1252', date=D(2025,12,1,8,50))

mail('etu-info-groupe-tp', 'Clément Vasse <clement.vasse@etu.unicaen.fr>', 'changement de groupe TP',
"""Bonjour,
J'ai changé de groupe de TP en L3 info (passé du TP 2 au TP 5) avec l'accord de la scolarité il y a 10 jours, mais dans le cours IN5A02 je suis toujours dans le TP 2.
n° 22008543""", 'wrong_group','student', codes=[('IN3-TP2','TP 2'),('IN3-TP5','TP 5'),('IN5A02','IN5A02')], nums=['22008543'], schemes=[S_GRP,S_IN], note='group change not reflected', date=D(2025,10,20,17,47))

mail('mailing-list-digest', 'liste-enseignants-hss@listes.unicaen.fr', 'Digest liste-enseignants-hss, Vol 42, numéro 7',
"""Sujets du jour :
  1. Réunion pédagogique L3 histoire (Mesnil François)
  2. Re: salle MRSH 028 indisponible (Letellier Romain)

----------------------------------------------------------------------
Message: 1
Date: Mon, 17 Nov 2025 09:12:44 +0100
Réunion pédagogique le 24/11 à 14h, salle MRSH 211.""", 'other','unknown', auto=True, headers={'List-Id':'<liste-enseignants-hss.listes.unicaen.fr>','Precedence':'list'}, note='mailing list digest misaddressed', date=D(2025,11,17,12,0))

mail('prof-pas-inscrit-7mda', 'Hélène Vauquelin <helene.vauquelin@unicaen.fr>', 'pas enseignante dans mes cours M1',
"""Bonjour,

Je n'apparais pas comme enseignante dans les cours 7MDA14 et 7MDA15 (M1 droit des affaires) alors que j'en suis responsable depuis cette année. Je n'ai donc pas accès pour déposer mes supports.

Hélène Vauquelin
Professeure de droit privé""", 'teacher_not_enrolled','staff', codes=[('7MDA14','7MDA14'),('7MDA15','7MDA15')], schemes=[S_7M], note='new responsible not enrolled as teacher', date=D(2025,9,2,10,0))

mail('prof-ne-voient-pas-cemu', 'Patrick Osouf <patrick.osouf@unicaen.fr>', 'cours invisible étudiants géo distance',
"""Bonjour,

Les étudiants de L2 géo à distance (groupe EAD) me disent ne pas voir mon cours GE4D17. Ils sont pourtant inscrits, je les vois dans les participants. Le cours est bien visible (je l'ai vérifié dans les paramètres). La catégorie est peut-être cachée ?

P. Osouf""", 'students_cannot_see_course','staff', codes=[('GEL2-EAD','groupe EAD'),('GE4D17','GE4D17')], schemes=[S_GRP,S_GEO], note='students cannot see course, maybe hidden category', date=D(2026,1,29,15,5))
