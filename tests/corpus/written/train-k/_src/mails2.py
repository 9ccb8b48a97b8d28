from lib import M

# ---- cohort questions naming étapes ----
M('021-prof-cohorte-meef-saintlo.eml', 'Laurent Fauvel <laurent.fauvel@ac-normandie.fr>',
  'Cohorte M1 MEEF Saint-Lô introuvable', '2025-09-15 15:12',
  """Bonjour,

Je voudrais inscrire le M1 MEEF de Saint-Lô dans mon espace complémentaire "Stage d'observation" par synchronisation de cohorte, mais en cherchant "MEEF" je ne trouve que les cohortes de Caen et d'Alençon. Est-ce que la cohorte de Saint-Lô existe sous un autre nom ?

Merci,
Laurent Fauvel
Formateur associé INSPE (PEMF) - site de Saint-Lô, salle 104
École élémentaire Jules Ferry, Saint-Lô""",
  codes=[], sym='cohort_question', role='unknown', schemes=[], note='teacher cannot find cohort for M1 MEEF Saint-Lô (étape in words)', cte='qp')

M('022-sec-cohorte-but-gea2.eml', 'Nathalie Lecoq <nathalie.lecoq@unicaen.fr>',
  'Cohorte BUT GEA 2e année - étudiants manquants', '2025-09-24 10:05',
  """Bonjour,

La cohorte "BUT GEA 2e année" (IGEA2 - version 101) ne contient que 84 étudiants alors que nous en avons 97 inscrits administrativement. Les 13 manquants se sont inscrits hier et avant-hier : est-ce le délai de 24 h ?

Exemples : 24019932, 24020117.

Nathalie Lecoq
Secrétariat BUT GEA - bureau B-214 - 02 31 56 70 42""",
  codes=[('IGEA2', 'IGEA2')], nums=['24019932', '24020117'], sym='cohort_question', schemes=['IUT GEA (GEAR/IGEA)'],
  note='cohort of BUT GEA2 missing recently enrolled students', cte='b64')

M('023-prof-cohorte-etape-version.eml', 'Stéphanie Anquetil <stephanie.anquetil@unicaen.fr>',
  'synchro cohorte DL2G-102 ?', '2025-10-07 12:44',
  """Bonjour,

Pour l'espace "Méthodologie du commentaire d'arrêt" de L2 droit, on me conseille de synchroniser la cohorte dl2g-102. Or je ne vois qu'une cohorte DL2G sans version. Est-ce la même chose ? Et faut-il la retirer en fin de semestre ?

Cordialement
S. Anquetil""",
  codes=[('DL2G', 'dl2g-102')], sym='cohort_question', schemes=['Droit dotted (D1.XXXX)'],
  note='teacher asks whether cohort DL2G matches étape with version 102', cte='8bit')

M('024-etu-cohorte-staps.eml', 'Théo Vasseur <theo.vasseur@etu.unicaen.fr>',
  'Espace promo L3 entraînement sportif', '2025-09-30 20:30',
  """Bonjour,
je suis en L3 STAPS parcours entraînement sportif (STL3ES) et je n'apparais pas dans l'espace de promo, alors que les autres de ma promo y sont. La resp m'a dit que c'était inscrit par cohorte. Je me suis réinscrit le 26/09 suite à un problème de paiement.
Num etudiant : 23004476
Théo""",
  codes=[('STL3ES', 'STL3ES')], nums=['23004476'], sym='cohort_question', role='student', schemes=['STAPS (STn_APSn)'],
  note='late IA student missing from cohort-based promo space', cte='8bit')

M('025-sec-cohorte-iae-m2.eml', 'Céline Vauquelin <celine.vauquelin@unicaen.fr>',
  'Cohortes M2 MAE FOAD', '2025-11-12 09:20',
  """Bonjour,

Pouvez-vous me confirmer que la cohorte du M2 MAE à distance (étape IM2MAE, version 1O2) est bien mise à jour chaque nuit ? Nous avons des désinscriptions (abandons) et les étudiants concernés ont encore accès aux espaces complémentaires.

Merci,
Céline Vauquelin - IAE Caen - 02 31 56 65 98""",
  codes=[('IM2MAE', 'IM2MAE')], sym='cohort_question', schemes=['IAE (MnXX.nnn)'],
  note='IAE secretary: cohort M2 MAE still contains students who dropped out', cte='qp')

M('026-prof-cohorte-pharma3.eml', 'Agnès Delaunay <agnes.delaunay@unicaen.fr>',
  'cohorte 3ème année pharmacie', '2025-09-11 08:55',
  """Bonjour,
Quelle cohorte dois-je prendre pour inscrire toute la 3e année de pharmacie à mon espace "Tutorat" ? Je vois PHA3 et "PHARMACIE 3EME ANNEE - DFGSP3" : ce sont deux cohortes différentes ?
Agnès Delaunay, PU, UFR Santé""",
  codes=[('PHA3', 'PHA3')], sym='cohort_question', schemes=['Pharma (PHn-UEnn)'],
  note='teacher: which cohort for pharmacy 3rd year', cte='qp')

M('027-etu-en-cohorte-erasmus.eml', 'Sofia Marchetti <sofia.marchetti@studenti.unipd.it>',
  'Access to Ecampus courses - Erasmus L3 info', '2025-09-17 09:03',
  """Dear Sir or Madam,

I am an Erasmus student from Padova, enrolled this semester in the third year of the Licence Informatique (SLINF3). I can log into Ecampus but I am not in the courses IN5B01 and in5b03. My student number is 25088214.

Best regards,
Sofia Marchetti""",
  codes=[('SLINF3', 'SLINF3'), ('IN5B01', 'IN5B01'), ('IN5B03', 'in5b03')], nums=['25088214'], sym='not_enrolled',
  role='student', lang='en', schemes=['Sciences info (INnXnn)'], note='incoming Erasmus student not enrolled in L3 CS courses', cte='8bit')

M('028-sec-cohorte-liste-etapes.eml', 'Isabelle Rihouey <isabelle.rihouey@unicaen.fr>',
  'Cohortes pour espace "Vie étudiante" UFR Sciences', '2025-09-05 14:10',
  """Bonjour,

Nous souhaitons inscrire les étudiants des étapes suivantes dans l'espace "Infos UFR Sciences" :
- SLINF1 (L1 informatique)
- SLINF2
- SLlNF3
- SLMAT1 (L1 maths)

Est-ce possible de synchroniser ces cohortes nous-mêmes ou faut-il passer par vous ?

Isabelle Rihouey
UFR des Sciences - Service de scolarité, bureau S3-041
Tél. 02 31 56 73 12""",
  codes=[('SLINF1', 'SLINF1'), ('SLINF2', 'SLINF2'), ('SLINF3', 'SLlNF3'), ('SLMAT1', 'SLMAT1')],
  sym='cohort_question', schemes=['Sciences info (INnXnn)'], note='secretary: list of étapes to sync as cohorts', cte='qp')

M('029-prof-cohorte-oubli-retrait.eml', 'Franck Le Bihan <franck.le-bihan@unicaen.fr>',
  'Anciens étudiants dans mon cours', '2025-10-21 17:40',
  """Bonjour,

Dans mon cours d'histoire médiévale (HH1S305) j'ai encore des étudiants de l'an dernier. En regardant les méthodes d'inscription il y a une "Synchronisation des cohortes" HLHIS2 ajoutée en 2023 par un collègue. Puis-je la supprimer sans risque pour les étudiants de cette année ?

Franck Le Bihan
MCF Histoire - MRSH bureau SA-218""",
  codes=[('HHIS305', 'HH1S305'), ('HLHIS2', 'HLHIS2')], sym='cohort_question', schemes=['HSS letters+digits (HXXXnnn)'],
  note='old cohort sync left in course: can it be removed', cte='8bit')

M('030-etu-cohorte-l1-lost.eml', 'Manon Lebrun <manon.lebrun2007@gmail.com>',
  'Je vois aucun cours !!!', '2025-09-08 07:31',
  """Bonjour,

Je suis en première année de licence d'histoire et je ne vois AUCUN cours sur ecampus, alors que les cours commencent aujourd'hui. Ma copine qui est aussi en L1 histoire les voit tous. Je ne comprends pas ce que j'ai fait de mal, j'ai payé mon inscription vendredi.
Mon numéro étudiant est le 25061127.

Merci de m'aider s'il vous plait
Manon""",
  codes=[], nums=['25061127'], sym='not_enrolled', role='student', schemes=[],
  note='L1 history student with recent IA sees no course', cte='qp')

# ---- more groups ----
M('031-sec-lettres-groupes-create.eml', 'Valérie Hurel <valerie.hurel@unicaen.fr>',
  'Groupes à créer L2 Lettres modernes S3', '2025-09-03 11:02',
  """Bonjour,

Voici les groupes de TD pour le S3 de L2 Lettres modernes (LLM2), à rattacher aux espaces Ecampus :

LM-2104 Stylistique et grammaire : LM-2104G1, LM-2104G2, LM-2104G3, LM-2104G4
LM-2106 Littérature comparée : LM-2106G1, LM-2106G2
lm 2108 Latin (débutants / confirmés) : LM-2108DEB, LM-2108CF

Cordialement,
Valérie Hurel
Scolarité Lettres - UFR HSS
Tél. 02 31 56 58 21""",
  codes=[('LLM2', 'LLM2'), ('LM-2104', 'LM-2104'), ('LM-2104G1', 'LM-2104G1'), ('LM-2104G2', 'LM-2104G2'),
         ('LM-2104G3', 'LM-2104G3'), ('LM-2104G4', 'LM-2104G4'), ('LM-2106', 'LM-2106'), ('LM-2106G1', 'LM-2106G1'),
         ('LM-2106G2', 'LM-2106G2'), ('LM-2108', 'lm 2108'), ('LM-2108DEB', 'LM-2108DEB'), ('LM-2108CF', 'LM-2108CF')],
  sym='wrong_group', schemes=['Lettres (LM-nnnn)'], note='secretary: list of lettres groups to attach to courses', cs='windows-1252', cte='qp')

M('032-etu-droit-aucun-groupe.eml', 'Hugo Leblond <hugo.leblond@etu.unicaen.fr>',
  'Pas de groupe en histoire du droit', '2025-10-02 10:49',
  """Bonjour,

Sur Ecampus, dans le cours d'histoire du droit (D1 HIST), je n'ai aucun groupe et je ne vois donc pas les fiches de TD. Je suis dans le TD 3 du jeudi.
N° étudiant 25009960.

Merci,
Hugo Leblond
L1 Droit""",
  codes=[('D1.HIST', 'D1 HIST'), ('D1HISTD03', 'TD 3')], nums=['25009960'], sym='wrong_group', role='student',
  schemes=['Droit dotted (D1.XXXX)'], note='law student in no group in legal history course', cte='8bit')

M('033-prof-iae-groupe-dist.eml', 'Karim Bensaïd <k.bensaid@cabinet-bensaid-conseil.fr>',
  'Groupe distanciel M1 MAE', '2025-11-05 19:14',
  """Bonjour,

Je suis intervenant vacataire à l'IAE sur le module M1MA.104 (Finance d'entreprise). On m'a demandé de poster les sujets pour le groupe des étudiants à distance, mais dans le cours il n'y a que le groupe M1MAEFI et le groupe distanciel est vide. Pouvez-vous me dire à qui m'adresser ?

Karim Bensaïd
Expert-comptable - Cabinet Bensaïd Conseil, 12 rue Écuyère, 14000 Caen
06 11 42 87 30""",
  codes=[('M1MA.104', 'M1MA.104'), ('M1MAEFI', 'M1MAEFI'), ('M1MAEDIST', 'groupe des étudiants à distance')],
  sym='wrong_group', role='unknown', schemes=['IAE (MnXX.nnn)'], note='outside vacataire: distance group empty in IAE course', cte='qp')

M('034-etu-inspe-site-alencon.eml', 'Clara Poisson <clara.poisson@etu.unicaen.fr>',
  'Groupe Alençon', '2025-10-09 13:13',
  """Bonjour,
Je suis en M1 MEEF à Alençon mais sur ecampus je suis dans le groupe de Caen pour l'UE 13 (MEF1U13) donc je n'ai pas les infos de ma formatrice d'Alençon. Le groupe s'appelle mef1u13al je crois.
Num étudiant : 24050316
Clara Poisson""",
  codes=[('MEF1U13', 'MEF1U13'), ('MEF1U13CA', 'groupe de Caen'), ('MEF1U13AL', 'mef1u13al')], nums=['24050316'],
  sym='wrong_group', role='student', schemes=['INSPE MEEF (MEFn)'], note='MEEF student of Alençon placed in Caen group', cte='8bit')

M('035-fwd-prof-sec-pharma-tp.eml', 'Agnès Delaunay <agnes.delaunay@unicaen.fr>',
  'TR: TP E et F en 2e année', '2025-10-16 11:26',
  """Bonjour,

Je vous transfère le message de la scolarité, je n'arrive pas à comprendre pourquoi les groupes de TP E et F n'ont personne dans le cours PH2-UE08.

Agnès Delaunay

---------- Message transféré ----------
De : Scolarité Pharmacie <scol.pharmacie@unicaen.fr>
Date : mer. 15 oct. 2025 à 17:02
Objet : TP E et F en 2e année
À : Agnès Delaunay <agnes.delaunay@unicaen.fr>

Bonjour,
Les groupes PH2-TPE et PH2-TPF ont bien été créés dans Apogée le 10/10, les étudiants y sont affectés.
Bien cordialement,
La scolarité pharmacie""",
  codes=[('PH2-UE08', 'PH2-UE08'), ('PH2-TPE', 'PH2-TPE'), ('PH2-TPF', 'PH2-TPF')], sym='not_enrolled',
  schemes=['Pharma (PHn-UEnn)'], note='forwarded: pharmacy TP groups E and F empty in course', cte='qp')

M('036-etu-staps-option-danse-caps.eml', 'LEA DURAND <lea.durand@etu.unicaen.fr>',
  'OPTION DANSE', '2025-09-26 16:40',
  """BONJOUR
JE SUIS EN L2 STAPS OPTION DANSE ET JE SUIS DANS LE GROUPE ATHLE SUR ECAMPUS (COURS ST2 APS4)
MON NUMERO 24013355
MERCI""",
  codes=[('ST2_APS4', 'ST2 APS4'), ('ST2DANSE', 'DANSE'), ('ST2ATHLE', 'ATHLE')], nums=['24013355'], sym='wrong_group',
  role='student', schemes=['STAPS (STn_APSn)'], note='all caps: STAPS student in athletics instead of dance option', cte='8bit')

M('037-prof-hss-groupe-vide.eml', 'Claire Mauger <claire.mauger@unicaen.fr>',
  'HHIS305 : groupe TD2 vide', '2025-10-06 09:09',
  """Bonjour,
Dans HHIS305, le groupe HHIS305TD1 est complet mais le TD2 n'a que 3 étudiants sur 28. Les autres n'ont pas accès au cours.
Merci
C. Mauger""",
  codes=[('HHIS305', 'HHIS305'), ('HHIS305TD1', 'HHIS305TD1'), ('HHIS305TD2', 'TD2')], sym='not_enrolled',
  schemes=['HSS letters+digits (HXXXnnn)'], note='teacher: most students of TD2 not enrolled', cte='b64')

M('038-sec-iut-table-html-codes.eml', 'Nathalie Lecoq <nathalie.lecoq@unicaen.fr>',
  'Ressources S1 GEA sans étudiants', '2025-09-10 15:48',
  form='alt', body="""Bonjour,

Plusieurs ressources de S1 n'ont aucun étudiant :

Groupe        Élément
IGEA1TDA      GEAR101
IGEA1TDB      GEAR101
IGEA1TDA      GEAR1O3
IGEA1TDD      GEAR104

Merci,
Nathalie Lecoq - 02 31 56 70 42""",
  html="""<html><body><p>Bonjour,</p><p>Plusieurs ressources de S1 n'ont aucun étudiant :</p>
<table border=1><tr><td><b>Groupe</b></td><td><b>&Eacute;l&eacute;ment</b></td></tr>
<tr><td>IGEA1TDA</td><td>GEAR101</td></tr><tr><td>IGEA1TDB</td><td>GEAR101</td></tr>
<tr><td>IGEA1TDA</td><td>GEAR1O3</td></tr><tr><td>IGEA1TDD</td><td>GEAR104</td></tr></table>
<p>Merci,<br>Nathalie Lecoq - 02 31 56 70 42</p></body></html>""",
  codes=[('IGEA1TDA', 'IGEA1TDA'), ('IGEA1TDB', 'IGEA1TDB'), ('IGEA1TDD', 'IGEA1TDD'), ('GEAR101', 'GEAR101'),
         ('GEAR103', 'GEAR1O3'), ('GEAR104', 'GEAR104')], sym='not_enrolled', schemes=['IUT GEA (GEAR/IGEA)'],
  note='secretary: table groups/elements, GEA S1 courses without students', cte='qp')

M('039-etu-langues-td-lowercase.eml', 'Nour El Amrani <nour.elamrani@etu.unicaen.fr>',
  'changement de td espagnol', '2025-10-13 12:00',
  """Bonjour, j'ai changé de groupe de TD en espagnol (de espS32td1 vers le TD3) il y a deux semaines et ecampus ne suit pas. Cours : Traduction espagnol S3. 24027790""",
  codes=[('ESPS32TD1', 'espS32td1'), ('ESPS32TD3', 'TD3')], nums=['24027790'], sym='wrong_group', role='student',
  schemes=['Langues (XXX.Sn.n)'], note='Spanish student changed TD, Ecampus still shows old one', cte='8bit')

M('040-prof-en-groups.eml', 'Daniel Whitcombe <daniel.whitcombe@unicaen.fr>',
  'Groups in my Moodle course', '2025-09-22 10:20',
  """Hello,

I teach the English for law module for 2nd year law students (D2.ANGL). Students from group 4 tell me they are listed in group 2 in Ecampus. The timetable says group 4 is Thursday 8am. Could you check?

Many thanks,
Daniel Whitcombe
Lecteur, Département d'anglais""",
  codes=[('D2.ANGL', 'D2.ANGL'), ('D2ANGTD04', 'group 4'), ('D2ANGTD02', 'group 2')], sym='wrong_group', lang='en',
  schemes=['Droit dotted (D1.XXXX)'], note='English-speaking teacher: students of group 4 listed in group 2', cte='8bit')
