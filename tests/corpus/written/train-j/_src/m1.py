from sch import *
mail('l1-droit-td7-pas-inscrite', 'Léa Marchand <lea.marchand@etu.unicaen.fr>', 'pas dans mon cours de droit civil',
"""Bonjour,

Je suis en L1 droit groupe TD 7 et je ne vois toujours pas le cours de droit civil (introduction et personnes) sur ecampus alors que mes copines du même TD l'ont depuis lundi. Le prof a déjà mis des documents pour la séance de jeudi et j'ai peur de prendre du retard...

Mon numéro étudiant : 25012487

Merci beaucoup d'avance
Léa""", 'not_enrolled','student', codes=[('JL1TD07','TD 7')], nums=['25012487'], schemes=[S_GRP], note='L1 droit student not in civil law course; group TD 7 named in words', date=D(2025,9,17,21,4))

mail('prof-droit-constit-etudiants-voient-pas', 'Pierre-Yves Lemonnier <pierre-yves.lemonnier@unicaen.fr>', 'Cours de constitutionnel invisible pour les étudiants',
"""Bonjour,

Mes étudiants de première année de licence de droit me disent qu'ils ne voient pas mon cours de Droit constitutionnel (jl1.c05) sur Ecampus. De mon côté je le vois bien, avec tout ce que j'ai déposé, mais il est grisé dans ma liste. Est-ce normal ?

https://ecampus.unicaen.fr/course/view.php?id=51237

Cordialement,

P.-Y. Lemonnier
Maître de conférences en droit public
UFR Droit, AES et Administration publique
Bureau SA-214 - 02 31 56 54 12""", 'students_cannot_see_course','staff', codes=[('JL1.C05','jl1.c05')], ids=[51237], schemes=[S_DR], note='course hidden (greyed); students cannot see it', form='alt', date=D(2025,9,10,8,31))

mail('gea-tpb-mauvais-groupe', '"TOUTAIN Mathis" <mathis.toutain@etu.unicaen.fr>', 'groupe tp',
"""bjr je suis en BUT GEA 2e année TP B mais sur ecampus dans le cours de paie (bge r301) on me met dans le TP A du coup je vois pas les depots de mon groupe. mon num etu 24008815
merci""", 'wrong_group','student', codes=[('BGE2TPB','TP B'),('BGE-R301','bge r301'),('BGE2TPA','TP A')], nums=['24008815'], schemes=[S_GRP,S_GEA], note='BUT GEA 2 student placed in TP A instead of TP B', date=D(2025,10,2,12,44))

mail('meef-saintlo-groupe-sl', 'Camille Hébert <camille.hebert@unicaen.fr>', 'M1 MEEF site de Saint-Lô : étudiants sans groupe',
"""Bonjour,

Je suis secrétaire pédagogique de l'INSPE, site de Saint-Lô. Les étudiants du M1 MEEF site de Saint-Lô groupe SL apparaissent bien dans le cours « Enseigner le français au cycle 2 » (MF1 SL04) mais ils ne sont dans aucun groupe, alors que l'enseignante utilise les groupes pour ses devoirs.

Exemples :
- 25031178 LECOQ Manon
- 25030952 DUVAL Arthur
- 24019930 PICOT Inès

Le groupe SL existe pourtant bien dans Apogée pour l'étape MEF1SL-101.

Bien à vous,
Camille Hébert
Secrétariat pédagogique - INSPE site de Saint-Lô
Tél. 02 33 77 11 40""", 'wrong_group','staff', codes=[('MF1SL-GSL','groupe SL'),('MF1.SL04','MF1 SL04'),('MEF1SL','MEF1SL-101')], nums=['25031178','25030952','24019930'], schemes=[S_GRP,S_MEEF,S_ETP], note='MEEF Saint-Lo students in course but in no group', cs='iso-8859-1', cte='qp', date=D(2025,10,6,9,15))

mail('erasmus-english-cannot-login', 'Giulia Bassi <giulia.bassi98@gmail.com>', 'Cannot access Ecampus',
"""Hello,

I am an Erasmus student from Bologna, arrived in Caen last week (Licence Langues Etrangeres Appliquees, 2nd year). I try to log in to ecampus but my password is never accepted, it says "identifiants incorrects". I activated my account on the university website two days ago. My student number is 25090311.

Could you please help me? I have courses starting on Monday.

Best regards,
Giulia Bassi""", 'cannot_login','student', nums=['25090311'], lang='en', note='Erasmus incoming student cannot log in', date=D(2025,9,12,16,20))

mail('prof-pas-inscrit-genie-logiciel', 'Antoine Vasseur <antoine.vasseur@unicaen.fr>', 'Pas enseignant dans mon cours de génie logiciel',
"""Bonjour,

Je fais les TP de Génie log. (IN5A2, je crois que le code complet est IN5A02) en L3 info depuis la rentrée mais je ne suis pas inscrit comme enseignant dans l'espace Ecampus. Mon collègue responsable y est, lui. Les séances sont bien dans ADE à mon nom.

Merci,
A. Vasseur
Laboratoire GREYC - bureau S3-052""", 'teacher_not_enrolled','staff', codes=[('IN5A02','IN5A2'),('IN5A02','IN5A02')], schemes=[S_IN], note='TP teacher not enrolled in software engineering course; truncated code then full', date=D(2025,9,24,14,2))

mail('cas-destination', '22107745@etu.unicaen.fr', 'CAS connexion réussie mais rien',
"""Bonjour quand je me connecte ça me met "Connexion réussie" "CAS ne connaît pas votre destination finale" et je reste bloqué sur cette page, je n'arrive pas a aller sur ecampus. J'ai tapé ecampus unicaen dans google et cliqué sur le premier lien.
Merci""", 'cas_unknown_destination','student', nums=['22107745'], note='CAS does not know final destination (via Google)', date=D(2025,9,8,7,55))

mail('absent-bureau-scol-droit', 'Scolarité L1 Droit <scol.droit.l1@unicaen.fr>', 'Réponse automatique : [CEMU #48211] Inscriptions TD droit civil',
"""Bonjour,

Je suis absente du bureau du 27 octobre au 2 novembre inclus. Pour toute demande urgente, merci de contacter le secrétariat au 02 31 56 55 00.

Cordialement,
Service de la scolarité - UFR Droit""", 'other','unknown', auto=True, note='out of office from scolarite droit on a CEMU ticket', headers={'Auto-Submitted':'auto-replied','X-Autoreply':'yes'}, date=D(2025,10,28,9,1))

mail('pass-anatomie-pas-sur-tableau-de-bord', 'Yasmine Benali <yasmine.benali@hotmail.fr>', 'UE5 anatomie n\'apparait plus',
"""Bonjour,

Depuis hier le cours d'anatomie (UE 5, code PS1.UE5 je crois) n'apparaît plus sur mon tableau de bord Ecampus. Tous les autres cours du PASS sont là. J'étais dedans la semaine dernière, j'ai fait le QCM d'entraînement.

Numéro étudiant 25044902, INE 0903012345K

Bonne journée""", 'course_not_on_dashboard','student', codes=[('PS1.UE05','PS1.UE5')], nums=['25044902'], schemes=[S_PASS], note='PASS anatomy course vanished from dashboard; truncated code; INE look-alike', form='html', date=D(2025,11,4,19,40))

mail('iae-alt-trop-enseignants', 'Sophie Gallais <sophie.gallais@unicaen.fr>', 'Trop d\'enseignants dans contrôle de gestion M1',
"""Bonjour,

Dans l'espace « Contrôle de gestion approfondi » du M1 (IAM1-C07), je trouve 14 enseignants inscrits dont une bonne moitié n'interviennent pas du tout dans ce cours (certains sont des collègues de marketing). Les étudiants reçoivent du coup des annonces de personnes qu'ils ne connaissent pas, et cela les perturbe.

Pouvez-vous regarder d'où cela vient ? Je ne peux pas les retirer moi-même, l'icône de suppression n'apparaît pas.

Sophie Gallais
Responsable pédagogique M1 CCA - IAE Caen
3 rue Claude Bloch, 14000 Caen""", 'too_many_teachers','staff', codes=[('IAM1-C07','IAM1-C07')], schemes=[S_IAE], note='too many teachers (database enrolments) in IAE course', form='alt', cs='windows-1252', date=D(2025,9,30,10,12))

mail('staps-physio-archive', 'Julien Roussel <julien.roussel@unicaen.fr>', 'Mon cours de physio est parti dans Archives ??',
"""Bonjour,

Mon espace « Physiologie de l'effort 2 » (STP2-E14) se retrouve dans la catégorie Archives et s'appelle maintenant « [ARCHIVE 2024-2025] ... ». J'y ai trois ans de contenus. Que s'est-il passé ? Les L2 STAPS n'y ont plus accès.

https://ecampus.unicaen.fr/course/view.php?id=38804

Julien Roussel, UFR STAPS""", 'course_moved_renamed','staff', codes=[('STP2E14','STP2-E14')], ids=[38804], schemes=[S_ST], note='course moved to Archives; stray dash in code', date=D(2025,9,15,11,37))

mail('histoire-moderne-cours-inexistant', 'Hélène Dufresne <helene.dufresne@unicaen.fr>', 'Cours introuvable : Europe des Lumières (HST5.02)',
"""Bonjour,

Je ne trouve pas l'espace Ecampus de mon cours de L3 histoire, l'Europe des Lumières (HST5.02). J'ai cherché par le nom et par le code, rien. L'an dernier il existait sous un autre code je crois (HST5.14 ?).

Merci d'avance,
H. Dufresne
Professeure d'histoire moderne, UFR HSS
Salle des professeurs MRSH, bureau 215""", 'course_missing','staff', codes=[('HST5.02','HST5.02'),('HST5.14','HST5.14')], schemes=[S_HS], note='course not found; former code HST5.14 is unknown', date=D(2025,9,19,15,3))

mail('erreur-bdd-dimanche', 'Romain Lefèvre <romain.lefevre@etu.unicaen.fr>', 'ecampus en panne ?',
"""Bonjour ce matin ecampus affiche "Erreur de lecture de la base de données" sur toutes les pages, je dois rendre un devoir avant midi. C'est normal ?""", 'database_error','student', note='database read error on Sunday morning', date=D(2025,11,16,9,48))

mail('nom-mal-orthographie', 'Anaïs N\'Diaye <anais.ndiaye@etu.unicaen.fr>', 'Erreur dans mon nom',
"""Bonjour,

Sur Ecampus mon nom est écrit "NDIAYE Anais" alors que c'est N'DIAYE Anaïs. Les profs ne me retrouvent pas dans les listes. Est-ce que vous pouvez corriger ?

Merci
Anaïs, L2 psycho""", 'wrong_name','student', note='name spelled wrong (apostrophe and diaeresis)', date=D(2025,10,14,18,22))

mail('spam-office365', '"Service Informatique" <helpdesk-update@mail-verif365.com>', 'Votre boîte mail sera désactivée',
"""Cher utilisateur,

Votre quota de messagerie est dépassé. Cliquez ici pour valider votre compte sous 24h : http://unicaen-verif.webmail-secure.top/login

Équipe technique""", 'other','unknown', note='phishing spam', form='html', date=D(2025,11,21,3,12))

mail('cohorte-gea-anglais', 'Nathalie Roger <nathalie.roger@unicaen.fr>', 'Ajouter tous les GEA 1re année dans mon cours d\'anglais ?',
"""Bonjour,

J'enseigne l'anglais aux BUT GEA première année. Plutôt que d'attendre les inscriptions pédagogiques, est-ce que je peux ajouter la cohorte de l'étape BGEA1 dans mon cours ? Si oui, laquelle choisir ? Il y en a plusieurs qui ressemblent dans la liste (« IUT GEA 1 », « BUT GEA 1A Lisieux »...). Et est-ce qu'il faudra la retirer ensuite ?

Merci,
Nathalie Roger
IUT Grand Ouest Normandie - site de Lisieux""", 'cohort_question','staff', codes=[('BGEA1','BGEA1')], schemes=[S_ETP], note='which cohort to add for BUT GEA 1 and whether to remove it', date=D(2025,9,11,13,50))

mail('fwd-scol-liste-non-inscrits-droit', 'Martine Quesnel <martine.quesnel@unicaen.fr>', 'TR: étudiants absents cours Histoire du droit L1',
"""Bonjour,

Je vous transfère le message de M. Brunet. J'ai vérifié : les IP sont faites jusqu'au groupe pour ces étudiants.

| N° étudiant | Nom       | Prénom  | Groupe |
|-------------|-----------|---------|--------|
| 25010233    | ADAM      | Louis   | TD 12  |
| 25011478    | BERTIN    | Chloé   | TD 12  |
| 25013390    | KHALDI    | Sami    | TD 12  |

Martine Quesnel
Scolarité Licence Droit - Bureau 112, bâtiment D

De : Brunet Olivier <olivier.brunet@unicaen.fr>
Envoyé : lundi 22 septembre 2025 17:41
À : Quesnel Martine <martine.quesnel@unicaen.fr>
Objet : étudiants absents cours Histoire du droit L1

Bonjour Martine,
Trois étudiants de mon TD 12 d'histoire du droit (L1) ne figurent pas dans les participants du cours Ecampus JL1-H01. Pouvez-vous voir ?
Olivier""", 'not_enrolled','staff', codes=[('JL1TD12','TD 12'),('JL1.H01','JL1-H01')], nums=['25010233','25011478','25013390'], schemes=[S_GRP,S_DR], note='forwarded: 3 L1 law students missing from history of law course', form='html', date=D(2025,9,23,8,40),
htmlbody="""<html><body><div style="font-family:Calibri">Bonjour,<br><br>Je vous transf&egrave;re le message de M. Brunet. J'ai v&eacute;rifi&eacute; : les IP sont faites jusqu'au groupe pour ces &eacute;tudiants.<br><br>
<table border="1" cellpadding="3"><tr><th>N&deg; &eacute;tudiant</th><th>Nom</th><th>Pr&eacute;nom</th><th>Groupe</th></tr>
<tr><td>25010233</td><td>ADAM</td><td>Louis</td><td>TD 12</td></tr><tr><td>25011478</td><td>BERTIN</td><td>Chlo&eacute;</td><td>TD 12</td></tr><tr><td>25013390</td><td>KHALDI</td><td>Sami</td><td>TD 12</td></tr></table><br>
Martine Quesnel<br>Scolarit&eacute; Licence Droit - Bureau 112, b&acirc;timent D<br><br>
<hr><b>De :</b> Brunet Olivier &lt;olivier.brunet@unicaen.fr&gt;<br><b>Envoy&eacute; :</b> lundi 22 septembre 2025 17:41<br><b>&Agrave; :</b> Quesnel Martine<br><b>Objet :</b> &eacute;tudiants absents cours Histoire du droit L1<br><br>
Bonjour Martine,<br>Trois &eacute;tudiants de mon TD 12 d'histoire du droit (L1) ne figurent pas dans les participants du cours Ecampus JL1-H01. Pouvez-vous voir ?<br>Olivier</div></body></html>""")

mail('participants-disparu', 'Gérard Mouchel <gerard.mouchel@unicaen.fr>', 'Où est passé le bloc participants',
"""Bonjour,
Avant j'avais à droite de mon cours un bloc avec la liste des participants, il n'y est plus. Comment voir qui est inscrit à mon cours de droit des sociétés M1 (7MDA21) ?
G. Mouchel""", 'participants_block_missing','staff', codes=[('7MDA21','7MDA21')], schemes=[S_7M], note='participants block missing', date=D(2025,10,1,17,5))

mail('vacataire-profil-email', 'Thomas Girard <t.girard@cabinet-girard-avocats.fr>', 'Accès Ecampus vacataire bloqué',
"""Bonjour,

Intervenant vacataire en M1 droit des affaires (TD de droit des sociétés), j'ai reçu mes identifiants mais à la première connexion Ecampus me renvoie sur une page « Modifier le profil » qui exige une adresse de courriel, champ que je ne peux pas remplir. Impossible d'aller plus loin.

Cordialement,

Maître Thomas Girard
Avocat au Barreau de Caen
12 rue Écuyère - 14000 Caen - 02 31 86 xx xx
Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires.""", 'cannot_login','unknown', note='vacataire stuck on profile page asking for e-mail', form='alt', date=D(2025,10,8,20,15))

mail('lea-eco-m-au-lieu-de-e', 'Inès Morel <ines.morel@etu.unicaen.fr>', 'RE: [CEMU #48377] cours économie LEA',
"""Bonjour,

Toujours rien pour moi dans le cours d'éco internationale (LEA 4ECO). Je suis en LEA 2e année anglais espagnol, étape LEA2AE-201, n° 24021856.

Inès

Le mar. 7 oct. 2025 à 14:22, CEMU Assistance <cemu.assistance@unicaen.fr> a écrit :
> Bonjour,
> Pouvez-vous nous indiquer votre numéro étudiant et le code du cours ?
> Cordialement, le CEMU""", 'not_enrolled','student', codes=[('LEA.4ECO','LEA 4ECO'),('LEA2AE','LEA2AE-201')], nums=['24021856'], schemes=[S_LEA,S_ETP], note='reply on ticket: LEA student still not enrolled; missing dot, etape with version', date=D(2025,10,8,10,5))
