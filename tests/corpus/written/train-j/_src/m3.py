from sch import *
mail('secretaire-gea-liste-ip', 'Valérie Jouenne <valerie.jouenne@unicaen.fr>', 'BUT GEA 2 - étudiants absents de la SAÉ',
"""Bonjour,

Les étudiants suivants (BUT GEA 2e année, TP C) ne sont pas inscrits dans l'espace de la SAÉ « Pilotage de la relation client » (BGE-S301) alors que leurs IP sont faites depuis le 12 septembre :

  22009871  HAMEL Jade        TP C
  24003125  LOUVEL Noah       TP C
  24003310  PAYEN Clara       TP C
  24004478  RENAULT Yanis     TP C

Les autres TP (A, B, D) sont complets. Merci de votre aide.

Valérie Jouenne
Secrétariat BUT GEA - IUT Grand Ouest Normandie, site d'Ifs
Bureau A-014 - 02 31 52 55 08""", 'not_enrolled','staff', codes=[('BGE-S301','BGE-S301'),('BGE2TPC','TP C')], nums=['22009871','24003125','24003310','24004478'], schemes=[S_GEA,S_GRP], note='GEA secretary: TP C students missing from SAE course', cs='windows-1252', cte='qp', form='alt', date=D(2025,9,26,11,0))

mail('prof-staps-trop-enseignants', 'Benoît Lecanu <benoit.lecanu@unicaen.fr>', 'Enseignants en trop STAPS',
"""Bonjour,

Tous les enseignants de L2 STAPS semblent être inscrits dans mon espace de physiologie de l'effort 2 (STP2E14), une trentaine. Je n'en ai ajouté aucun. Je suppose que c'est lié à ADE ? Merci de regarder.

B. Lecanu""", 'too_many_teachers','staff', codes=[('STP2E14','STP2E14')], schemes=[S_ST], note='all L2 STAPS teachers enrolled in one course', date=D(2025,9,16,13,30))

mail('etudiant-lea-mauvais-groupe-langue', 'Ethan Lefort <ethan.lefort@etu.unicaen.fr>', 'Mauvais groupe en traduction',
"""Bonjour,

Je suis en LEA 3e année anglais-allemand mais dans le cours de traduction économique (LEA.6TRD) on m'a mis avec les anglais-espagnol. Je n'ai donc pas les textes en allemand.

Numéro étudiant : 23027764

Merci d'avance,
Ethan""", 'wrong_group','student', codes=[('LEA.6TRD','LEA.6TRD'),('LEA3-ANES','anglais-espagnol')], nums=['23027764'], schemes=[S_LEA,S_GRP], note='LEA3 student in anglais-espagnol group instead of anglais-allemand', date=D(2026,2,10,9,41))

mail('prof-anglais-pas-inscrite-hlan', 'Jennifer Clarke <jennifer.clarke@unicaen.fr>', 'Not enrolled as teacher',
"""Hello,

I teach two groups of LANSAD English (HLAN 203, Wednesday mornings, room SH-027) but I am not enrolled as a teacher in the Ecampus course. My colleague says the schedule in ADE is fine. Could you check?

Kind regards,
Jennifer Clarke
Lectrice d'anglais - Centre de langues""", 'teacher_not_enrolled','staff', codes=[('HLAN203','HLAN 203')], lang='en', schemes=[S_HLAN], note='English lecturer not enrolled as teacher', date=D(2025,9,25,12,5))

mail('outlook-absent', 'Delphine Hue <delphine.hue@unicaen.fr>', 'Absent du bureau : Cours Droit civil L1',
"""Je suis absente jusqu'au lundi 5 janvier 2026. Votre message ne sera pas transféré. En cas d'urgence, contactez scol-droit@unicaen.fr.""", 'other','unknown', auto=True, form='html', headers={'Auto-Submitted':'auto-replied','X-MS-Exchange-Inbox-Rules-Loop':'delphine.hue@unicaen.fr'}, note='Outlook out of office', date=D(2025,12,22,10,0))

mail('pass-pharma-pas-inscrit-ue8', '25046611@etu.unicaen.fr', 'UE8 pharmacie',
"""Bonjour,
je n'ai pas accès à l'UE 8 spécialité pharmacie (PS1.UE08) du PASS alors que je l'ai choisie à l'inscription. Je suis dans le tutorat groupe 3.
Cordialement""", 'not_enrolled','student', codes=[('PS1.UE08','PS1.UE08'),('PASSTUT3','tutorat groupe 3')], nums=['25046611'], schemes=[S_PASS,S_GRP], note='PASS student not in pharmacy speciality UE', date=D(2025,10,13,17,26))

mail('iae-prof-etudiants-alt-invisibles', 'Sophie Gallais <sophie.gallais@unicaen.fr>', 'Les alternants ne voient pas le cours',
"""Bonjour,

Les étudiants du M1 CCA groupe ALT (alternants) ne voient pas mon cours de contrôle de gestion (IAM1-C07), alors que ceux de la formation initiale y accèdent. Les alternants sont pourtant bien dans la liste des participants quand je regarde.

https://ecampus.unicaen.fr/user/index.php?id=44871

Sophie Gallais, IAE Caen""", 'students_cannot_see_course','staff', codes=[('IAM1CG-ALT','groupe ALT'),('IAM1-C07','IAM1-C07')], ids=[44871], schemes=[S_GRP,S_IAE], note='alternants enrolled but cannot see the course', date=D(2025,10,16,15,22))

mail('histoire-l2-cours-renomme', 'François Mesnil <francois.mesnil@unicaen.fr>', 'Espace renommé sans prévenir',
"""Bonjour,

Mon cours d'histoire médiévale de L2 (hst3.04) s'appelle désormais « (HST3.04) Histoire S3 enseignement 4 », il a changé de nom et de catégorie pendant l'été. Les étudiants ne le retrouvent plus. Qui a fait ça ?

François Mesnil""", 'course_moved_renamed','staff', codes=[('HST3.04','hst3.04'),('HST3.04','HST3.04')], schemes=[S_HS], note='course renamed and moved over summer', date=D(2025,9,6,10,44))

mail('erreur-base-photo', 'Louise Perrin <louise.perrin@etu.unicaen.fr>', 'Erreur sur ecampus',
"""Bonjour, j'ai une page blanche avec écrit "Erreur de lecture de la base de données" quand je clique sur mon cours d'informatique, je vous mets une capture. Merci""", 'database_error','student', attach=True, note='database read error with screenshot', date=D(2025,11,30,10,2))

mail('prof-cours-manquant-meef-alencon', 'Jérôme Aubert <jerome.aubert@unicaen.fr>', 'Cours M1 MEEF Alençon absent',
"""Bonjour,

Je ne trouve pas sur Ecampus le cours de l'UE 3 du M1 MEEF premier degré du site d'Alençon (MF1.AL03). Pour le site de Caen l'espace existe (MF1.CA03). Est-ce qu'il manque une inscription jusqu'au groupe ?

Jérôme Aubert
Formateur INSPE - site d'Alençon""", 'course_missing','staff', codes=[('MF1.AL03','MF1.AL03'),('MF1.CA03','MF1.CA03')], schemes=[S_MEEF], note='MEEF Alencon course does not exist', date=D(2025,9,12,8,12))

mail('question-dates-partiels', 'Théo Lamy <theo.lamy@etu.unicaen.fr>', 'date des partiels',
"""bonjour est ce que vous savez quand sont les partiels de L1 histoire du premier semestre ? le planning n'est pas sur ecampus
merci""", 'other','student', note='asks exam dates', date=D(2025,11,18,13,13))

mail('nom-prenom-inverse', 'Minh Tran <minh.tran@etu.unicaen.fr>', 'Prénom et nom inversés',
"""Hello,
On Ecampus my first name and last name are swapped (it shows "Tran" as first name and "Minh" as name). Can this be fixed ? I am in L3 computer science, student number 24066102.
Thank you""", 'wrong_name','student', nums=['24066102'], lang='en', note='first/last names swapped', date=D(2025,10,1,12,0))

mail('fwd-teacher-not-enrolled-droit', 'Caroline Sauvage <caroline.sauvage@unicaen.fr>', 'Fwd: Inscription Ecampus - Droit administratif L2',
"""Bonjour,

Je vous fais suivre la demande de notre chargé de TD.

Caroline Sauvage, scolarité L2 droit

---------- Message transféré ----------
De : Nicolas Bellamy <nicolas.bellamy@unicaen.fr>
Date : mer. 1 oct. 2025 à 18:20
Objet : Inscription Ecampus - Droit administratif L2
À : Caroline Sauvage <caroline.sauvage@unicaen.fr>

Bonjour Caroline,
Je fais deux TD de droit administratif général en L2 (JL2.A11), mes séances sont dans ADE, mais je n'ai toujours pas accès à l'espace Ecampus en tant qu'enseignant.
Bien à vous,
N. Bellamy, doctorant contractuel""", 'teacher_not_enrolled','staff', codes=[('JL2.A11','JL2.A11')], schemes=[S_DR], note='forwarded: TD teacher not enrolled', date=D(2025,10,2,9,30))

mail('dashboard-filtre-m2', 'Axel Dupré <axel.dupre@etu.unicaen.fr>', 'cours disparus',
"""Bonjour,
M2, plus aucun cours affiché sur le tableau de bord depuis ce matin (vue d'ensemble vide). Accès OK par la recherche.
A. Dupré - 20014482""", 'course_not_on_dashboard','student', nums=['20014482'], note='terse M2: dashboard empty', date=D(2026,1,6,9,3))

mail('cohorte-retirer-meef', 'Anne-Laure Marie <anne-laure.marie@unicaen.fr>', 'Synchronisation cohorte à retirer ?',
"""Bonjour,

En septembre, sur conseil d'un collègue, j'ai ajouté la cohorte du M1 MEEF Caen (MEF1CA) dans mon cours d'analyse de pratiques (1CA207) parce que les IP n'étaient pas faites. Maintenant que les inscriptions sont faites, dois-je supprimer la méthode « Synchronisation des cohortes » ? Est-ce que les étudiants vont perdre leurs notes ?

Merci
Anne-Laure Marie""", 'cohort_question','staff', codes=[('MEF1CA','MEF1CA'),('1CA207','1CA207')], schemes=[S_ETP,S_1CA], note='should cohort sync be removed now', date=D(2025,11,5,14,40))

mail('etu-geo-pas-inscrit-ead', 'Samuel Osmont <samuel.osmont@free.fr>', 'pas inscrit cours à distance',
"""Bonjour,

Etudiant en L2 géographie à distance, étape GEL2D version 201, je ne suis inscrit dans aucun des cours du semestre 4 sur Ecampus (ge4d21, ge4d14...). Mon numéro : 22045103.

Salutations""", 'not_enrolled','student', codes=[('GEL2D','GEL2D'),('GE4D21','ge4d21'),('GE4D14','ge4d14')], nums=['22045103'], schemes=[S_ETP,S_GEO], note='distance student not enrolled in any S4 course', cs='iso-8859-1', date=D(2026,1,27,20,8))

mail('prof-info-participants-menu', 'Karim Haddad <karim.haddad@unicaen.fr>', 'lien participants',
"""Re-bonjour,
autre question : je ne trouve plus le lien « Participants » dans mon cours de programmation fonctionnelle (IN5A05), il n'y a plus de bloc à droite. Où est-il passé ?
K.H.""", 'participants_block_missing','staff', codes=[('IN5A05','IN5A05')], schemes=[S_IN], note='participants link missing', date=D(2025,10,2,10,11))

mail('vacataire-ecole-commerce', 'Laurent Pichon <l.pichon@em-normandie.fr>', 'Cours IAE - étudiants sans accès',
"""Bonjour,

Intervenant extérieur (EM Normandie) pour le M1 Marketing de l'IAE, je donne le cours « Marketing cours 4 » (IAM1-M04). Mes étudiants me disent qu'ils ne voient pas l'espace de cours. Moi je le vois en gris.

Laurent Pichon""", 'students_cannot_see_course','unknown', codes=[('IAM1-M04','IAM1-M04')], schemes=[S_IAE], note='vacataire from outside: course greyed, students cannot see', date=D(2025,10,7,18,30))

mail('etudiant-psy-groupe-absent', 'Jade Lemoine <jade.lemoine@etu.unicaen.fr>', 'Je ne suis dans aucun groupe',
"""Bonjour,

En L3 psycho, je suis inscrite dans le cours Psycho S5 E3 (PSL5.E03) mais je ne suis dans aucun groupe, donc je ne vois pas les devoirs du TD 8. 23031942

Jade""", 'wrong_group','student', codes=[('PSL5.E03','PSL5.E03'),('PSL3TD8','TD 8')], nums=['23031942'], schemes=[S_PSY,S_GRP], note='student in course but no group', date=D(2025,10,22,16,16))

mail('cas-destination-prof', 'Jean-Marc Hervieu <jean-marc.hervieu@unicaen.fr>', 'Problème CAS',
"""Bonjour,
Depuis mon favori, j'arrive sur la page « Connexion réussie » du CAS, sans jamais arriver sur Ecampus. Mon favori : https://cas.unicaen.fr/login
Merci,
JM Hervieu - poste 5412""", 'cas_unknown_destination','staff', note='teacher bookmark points to CAS only', date=D(2026,2,2,8,20))
