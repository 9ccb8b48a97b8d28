from lib import M

SIG_IUT = """--
Nathalie Lecoq
Secrétariat pédagogique BUT GEA - IUT Grand Ouest Normandie, site de Caen
Bureau B-214 - Tél. 02 31 56 70 42
Boulevard Maréchal Juin, 14032 Caen Cedex 5"""

M('001-sec-iut-groupes-td-gea2.eml', 'Nathalie Lecoq <nathalie.lecoq@unicaen.fr>',
  'Groupes TD BUT GEA 2 absents des cours Ecampus', '2025-09-16 09:12',
  """Bonjour,

Depuis la rentrée, les cours de 2e année de BUT GEA n'ont pas les groupes de TD : les étudiants sont bien inscrits (ils apparaissent dans les participants) mais la colonne "Groupes" indique "Aucun groupe" pour tous.

Les groupes existent pourtant dans Apogée pour l'étape IGEA2-101 :
- IGEA2TDA
- IGEA2TDB
- IGEA2TDC
- IGEA2ALT (alternants)

Exemple de cours concerné : https://ecampus.unicaen.fr/user/index.php?id=48211 (ressource gear301).

Pouvez-vous regarder ? Les collègues voudraient faire des devoirs par groupe dès la semaine prochaine.

Merci d'avance,
""" + SIG_IUT,
  codes=[('IGEA2', 'IGEA2-101'), ('IGEA2TDA', 'IGEA2TDA'), ('IGEA2TDB', 'IGEA2TDB'), ('IGEA2TDC', 'IGEA2TDC'),
         ('IGEA2ALT', 'IGEA2ALT'), ('GEAR301', 'gear301')],
  ids=[48211], sym='wrong_group', schemes=['IUT GEA (GEAR/IGEA)'], note='secretary: BUT GEA 2 students enrolled but in no TD group', cte='qp')

M('002-etu-mauvais-groupe-td-droit.eml', 'Camille Fosse <camille.fosse@etu.unicaen.fr>',
  'mauvais groupe de TD droit civil', '2025-09-23 22:41',
  """Bonjour,

je suis en L1 droit et sur ecampus je suis dans le mauvais groupe de TD pour droit civil. Sur mon emploi du temps et sur l'ENT je suis dans le TD 7 (le jeudi avec Mme Hamel) mais sur ecampus je suis dans le groupe 12 du coup je vois pas les documents de ma chargée de TD.

Le cours c'est (D1.CIVIL) Droit civil - Introduction et personnes

Mon numéro étudiant : 25014783

Merci beaucoup
Camille""",
  codes=[('D1.CIVIL', 'D1.CIVIL'), ('D1CIVTD07', 'TD 7'), ('D1CIVTD12', 'groupe 12')], nums=['25014783'],
  sym='wrong_group', role='student', schemes=['Droit dotted (D1.XXXX)'], note='L1 law student in TD 12 instead of TD 7 in civil law course')

M('003-prof-pharma-tpb-absents.eml', 'Hervé Maupas <herve.maupas@unicaen.fr>',
  'TP B pharmacie - étudiants qui n\'apparaissent pas', '2025-10-02 13:05',
  """Bonjour,

Dans l'espace Ecampus de l'UE 5 de 2e année de pharmacie (PH2-UE05), les étudiants du TP B n'apparaissent pas du tout. Les groupes PH2-TPA, TPC et TPD sont là, avec leurs étudiants, mais le TP B est vide alors qu'il y a 22 étudiants dedans selon la scolarité.

Je dois ouvrir un test de préparation avant la séance du 9 octobre. Pouvez-vous faire le nécessaire ?

Cordialement,

H. Maupas
Maître de conférences - Laboratoire de pharmacognosie
UFR Santé - Pôle des formations et de recherche en santé, bureau 3.112
Tél. : 02 31 56 82 19""",
  codes=[('PH2-UE05', 'PH2-UE05'), ('PH2-TPA', 'PH2-TPA'), ('PH2-TPB', 'TP B'), ('PH2-TPC', 'TPC'), ('PH2-TPD', 'TPD')],
  sym='not_enrolled', schemes=['Pharma (PHn-UEnn)'], note='teacher: students of TP B group missing from pharmacy UE5 course', cs='windows-1252', cte='qp')

M('004-sec-droit-table-groupes.eml', 'Sophie Duval <sophie.duval@unicaen.fr>',
  'Groupes de TD à créer - L1 Droit S1', '2025-09-09 10:30',
  "", form='html', html="""<html><body style="font-family:Arial">
<p>Bonjour,</p>
<p>Voici comme convenu la liste des groupes de TD de L1 Droit (DL1G) qui ne sont pas remontés dans les espaces Ecampus. Ils ont été saisis dans Apogée vendredi.</p>
<table border="1" cellpadding="3" style="border-collapse:collapse">
<tr><th>Groupe</th><th>Code élément</th><th>Matière</th><th>Jour</th></tr>
<tr><td>D1CIVTD01</td><td>D1.CIVIL</td><td>Droit civil</td><td>lundi</td></tr>
<tr><td>D1CIVTD02</td><td>D1.CIVIL</td><td>Droit civil</td><td>lundi</td></tr>
<tr><td>D1CONTD05</td><td>D1.CONST</td><td>Droit constitutionnel</td><td>mardi</td></tr>
<tr><td>D1CONTD06</td><td>D1.CONST</td><td>Droit constitutionnel</td><td>mardi</td></tr>
<tr><td>d1hisTD03</td><td>D1.HIST</td><td>Histoire du droit</td><td>jeudi</td></tr>
</table>
<p>Merci de me dire si quelque chose manque de notre côté (inscriptions pédagogiques jusqu'au groupe ?).</p>
<p>Bien cordialement,<br>Sophie Duval<br>Scolarité Licence Droit - UFR Droit, AES et Administration publique<br>Bâtiment D, bureau DA-021 &ndash; 02 31 56 55 08</p>
</body></html>""",
  codes=[('DL1G', 'DL1G'), ('D1CIVTD01', 'D1CIVTD01'), ('D1CIVTD02', 'D1CIVTD02'), ('D1CONTD05', 'D1CONTD05'),
         ('D1CONTD06', 'D1CONTD06'), ('D1HISTD03', 'd1hisTD03'), ('D1.CIVIL', 'D1.CIVIL'), ('D1.CONST', 'D1.CONST'), ('D1.HIST', 'D1.HIST')],
  sym='wrong_group', schemes=['Droit dotted (D1.XXXX)'], note='secretary: table of law TD groups not synced to Ecampus courses', cte='b64')

M('005-etu-gea-alternant.eml', 'Lucas Marie <lucas.marie1@etu.unicaen.fr>',
  'groupe alternants', '2025-10-06 08:02',
  """Bonjour
Je suis alternant en BUT GEA 2e année mais sur ecampus je suis dans le groupe TD B des FI et pas dans le groupe des alternants, du coup j'ai les devoirs avec les mauvaises dates (on est en entreprise les semaines ou ils ont cours).
C'est pour tous les cours du semestre 3 je crois, par exemple GEA R3.01.
Numero etudiant 24007719
Cordialement
Lucas Marie""",
  codes=[('IGEA2TDB', 'TD B'), ('IGEA2ALT', 'groupe des alternants'), ('GEAR301', 'GEA R3.01')], nums=['24007719'],
  sym='wrong_group', role='student', schemes=['IUT GEA (GEAR/IGEA)'], note='work-study GEA2 student put in TD B instead of alternants group', cte='8bit')

M('006-etu-pharma-tp-minuscule.eml', '22105533@etu.unicaen.fr',
  'pas dans mon groupe de tp', '2025-10-14 19:55',
  """bonjour, je suis en 3e année de pharma et sur ecampus je suis dans le groupe ph3-tpc alors que je suis en tp D depuis le changement de la semaine dernière (validé par la scolarité). le cours c'est ph3-ue02. merci""",
  codes=[('PH3-TPC', 'ph3-tpc'), ('PH3-TPD', 'tp D'), ('PH3-UE02', 'ph3-ue02')], nums=['22105533'],
  sym='wrong_group', role='student', schemes=['Pharma (PHn-UEnn)'], note='pharmacy student still in old TP group after change', cte='8bit')

M('007-sec-inspe-sites.eml', 'Martine Lemonnier <martine.lemonnier@unicaen.fr>',
  'M1 MEEF Saint-Lô : étudiants dans le groupe de Caen', '2025-10-01 11:17',
  """Bonjour,

Les étudiants du M1 MEEF 1er degré de Saint-Lô (étape MEF1SL) sont placés dans le groupe de Caen dans l'UE "Analyse de situations professionnelles" (MEF1U13). Dans Apogée ils sont bien affectés au groupe MEF1U13SL et ceux de Caen au MEF1U13 CA ; sur Ecampus tout le monde est dans le groupe de Caen, et le groupe d'Alençon est vide.

Quelques exemples :
22017745  LEPETIT Manon
23009812  HUET Baptiste
21058800  GOSSELIN Inès

Merci de votre aide.

Martine Lemonnier
Gestionnaire de scolarité - INSPE Normandie Caen, site de Saint-Lô
Tél. 02 33 77 11 60 (poste 116)
Le présent message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires.""",
  codes=[('MEF1SL', 'MEF1SL'), ('MEF1U13', 'MEF1U13'), ('MEF1U13SL', 'MEF1U13SL'), ('MEF1U13CA', 'MEF1U13 CA')],
  nums=['22017745', '23009812', '21058800'], sym='wrong_group', schemes=['INSPE MEEF (MEFn)'],
  note='INSPE secretary: Saint-Lô students put in the Caen group', cs='iso-8859-1', cte='qp')

M('008-etu-staps-option-natation.eml', 'Enzo Letellier <enzo.letellier@gmail.com>',
  'option natation ecampus', '2025-09-29 17:20',
  """Bonjour,
Je suis en L2 STAPS, j'ai changé d'option début septembre (hand -> natation), la scolarité a fait la modif mais sur ecampus je suis toujours dans l'option hand du cours st2_aps4 et je ne vois pas les docs de natation.
Num étudiant 24031190
Merci !
Enzo""",
  codes=[('ST2_APS4', 'st2_aps4'), ('ST2HAND', 'option hand'), ('ST2NAT', 'natation')], nums=['24031190'],
  sym='wrong_group', role='student', schemes=['STAPS (STn_APSn)'], note='STAPS student still in old option group (hand instead of swimming)', cte='8bit')

M('009-prof-lettres-groupe3.eml', 'Anne-Laure Piednoir <anne-laure.piednoir@unicaen.fr>',
  'groupe 3 de stylistique', '2025-10-08 07:48',
  """Bonjour,

Je suis chargée du groupe 3 de Stylistique et grammaire (LM-2104) en L2 Lettres modernes. Dans l'espace Ecampus je vois les groupes 1, 2 et 4 mais pas le mien, et mes étudiantes me disent qu'elles n'ont pas accès au cours.

Pourriez-vous regarder ?
Bien à vous,
Anne-Laure Piednoir
PRAG, UFR Humanités et Sciences sociales""",
  codes=[('LM-2104', 'LM-2104'), ('LM-2104G3', 'groupe 3')], sym='not_enrolled', schemes=['Lettres (LM-nnnn)'],
  note='teacher: group 3 of a lettres course missing, students without access', cte='qp')

M('010-etu-en-iut-lisieux.eml', 'Mathis Bourdon <mathis.bourdon@etu.unicaen.fr>',
  'BUT GEA Lisieux - pas dans mes cours', '2025-09-12 14:33',
  """Hello,

I am an exchange student (Erasmus, from Spain) at IUT Lisieux, 2nd year BUT GEA. I can log in to ecampus but I don't see any course of my group. The secretary told me my enrolment is in "IGEA2L". My student number is 25090412.

Could you check please?
Thanks,
Mathis (Matías) Bourdon""",
  codes=[('IGEA2L', 'IGEA2L')], nums=['25090412'], sym='not_enrolled', role='student', lang='en',
  schemes=['IUT GEA (GEAR/IGEA)'], note='incoming Erasmus at IUT Lisieux not enrolled in courses', cte='8bit')

M('011-sec-iae-alternants-fi.eml', 'Céline Vauquelin <celine.vauquelin@unicaen.fr>',
  'RE: [CEMU #41877] groupes alternants / FI master CG', '2025-10-03 16:02',
  """Bonjour,

Merci pour votre retour. J'ai vérifié : les inscriptions pédagogiques sont faites jusqu'au groupe pour tout le monde.
Pourtant dans M1CG.205 (Contrôle de gestion approfondi) les alternants (M1CGALT) sont tous dans le groupe m1cg fi.
Les 14 alternants sont listés dans le fichier joint.

Cordialement,
Céline Vauquelin
IAE Caen - Scolarité Masters
3, rue Claude Bloch - 14000 Caen
02 31 56 65 98

-----Message d'origine-----
De : CEMU Assistance <cemu.assistance@unicaen.fr>
Envoyé : jeudi 2 octobre 2025 15:40
À : Céline Vauquelin <celine.vauquelin@unicaen.fr>
Objet : [CEMU #41877] groupes alternants / FI master CG

Bonjour,
Pouvez-vous vérifier que les inscriptions pédagogiques sont bien faites jusqu'au groupe dans Apogée ?
Cordialement,
L'équipe CEMU""",
  codes=[('M1CG.205', 'M1CG.205'), ('M1CGALT', 'M1CGALT'), ('M1CGFI', 'm1cg fi')], sym='wrong_group',
  schemes=['IAE (MnXX.nnn)'], note='IAE secretary follow-up: apprentices placed in FI group', attach=True, cte='qp')

M('012-etu-tpa-tp-a2-info.eml', 'Yanis Hamon <yanis.hamon@etu.unicaen.fr>',
  'Inscription groupe TP', '2025-09-18 12:10',
  """Bonjour,

En L3 informatique, pour le module IN5B01 (Programmation fonctionnelle), je suis inscrit au TP1 sur Ecampus mais je devrais être dans le TP 2 (IN5BO1TP2 sur mon contrat pédagogique). Mon binôme est dans le TP2 et nous ne pouvons pas rendre le projet ensemble.

Numéro étudiant : 23011458

Cordialement,
Yanis Hamon""",
  codes=[('IN5B01', 'IN5B01'), ('IN5B01TP1', 'TP1'), ('IN5B01TP2', 'IN5BO1TP2')], nums=['23011458'],
  sym='wrong_group', role='student', schemes=['Sciences info (INnXnn)'], note='L3 CS student in TP1 instead of TP2', cte='b64')

M('013-prof-info-groupes-jours.eml', 'Pierre-Yves Catherine <pierre-yves.catherine@unicaen.fr>',
  'groupes du lundi / mardi vides', '2025-09-25 08:15',
  """Bonjour,

Pour le cours d'algorithmique de L2 info (in3a02), j'ai trois groupes de TD : lundi, mardi, jeudi. Sur Ecampus seul le groupe du jeudi (IN3A02JEU) contient des étudiants ; les groupes lundi et mardi existent mais sont vides.

https://ecampus.unicaen.fr/course/view.php?id=51904

PYC""",
  codes=[('IN3A02', 'in3a02'), ('IN3A02JEU', 'IN3A02JEU'), ('IN3A02LUN', 'lundi'), ('IN3A02MAR', 'mardi')], ids=[51904],
  sym='wrong_group', schemes=['Sciences info (INnXnn)'], note='teacher: day-named TD groups empty except Thursday', cte='8bit')

M('014-etu-langues-groupe-espagnol.eml', 'Lola Gallien <lola.gallien@hotmail.fr>',
  'Cours espagnol S3 - groupe', '2025-10-10 21:03',
  """Bonjour,

Je suis en L2 LLCER espagnol et je ne suis dans aucun groupe du cours de traduction (ESP S3.2). La prof nous a dit de vérifier qu'on était dans le bon groupe (moi c'est le TD2) car elle met les textes par groupe.

n° étudiant 24022871
Lola""",
  codes=[('ESP.S3.2', 'ESP S3.2'), ('ESPS32TD2', 'TD2')], nums=['24022871'], sym='wrong_group', role='student',
  schemes=['Langues (XXX.Sn.n)'], note='Spanish L2 student in no group of translation course', cte='qp')

M('015-sec-staps-liste-options.eml', 'Gaëlle Roussel <gaelle.roussel@unicaen.fr>',
  'Création des groupes d\'options L2 STAPS', '2025-09-08 09:40',
  """Bonjour,

Pour l'élément ST2_APS4 (APSA option S3) de la L2 STAPS, merci de vérifier la remontée des groupes d'option suivants, créés dans Apogée la semaine dernière :

  ST2NAT    natation
  ST2HAND   handball
  st2foot   football
  ST2ATHLE  athlétisme
  ST2DANSE  danse

Ils n'apparaissent pas encore dans l'espace de cours. Est-ce normal (délai d'une nuit ?) ?

Gaëlle Roussel
UFR STAPS - Scolarité
2 boulevard du Maréchal Juin, 14032 Caen cedex
Tél : 02 31 56 72 70""",
  codes=[('ST2_APS4', 'ST2_APS4'), ('ST2NAT', 'ST2NAT'), ('ST2HAND', 'ST2HAND'), ('ST2FOOT', 'st2foot'),
         ('ST2ATHLE', 'ST2ATHLE'), ('ST2DANSE', 'ST2DANSE')],
  sym='wrong_group', schemes=['STAPS (STn_APSn)'], note='STAPS secretary: option groups created in Apogée not in course', cte='qp')

M('016-prof-droit-td-sibling.eml', 'Jean-Marc Osmont <jm.osmont@osmont-avocat.fr>',
  'Droit constitutionnel : TD 5 et 6', '2025-09-30 18:22',
  """Bonjour,

J'assure les TD de droit constitutionnel (L1). Dans l'espace du cours D1.CONST, le groupe D1-CONTD05 contient bien mes étudiants, mais le TD6 (que j'assure aussi, le mardi 16h) est vide. Sans doute un oubli, mais je préfère vous le signaler.

Bien cordialement,
JM Osmont
Avocat au barreau de Caen - chargé d'enseignement vacataire
06 72 18 44 09""",
  codes=[('D1.CONST', 'D1.CONST'), ('D1CONTD05', 'D1-CONTD05'), ('D1CONTD06', 'TD6')], sym='not_enrolled', role='unknown',
  schemes=['Droit dotted (D1.XXXX)'], note='teacher: TD6 of constitutional law empty while TD5 is fine', cte='8bit')

M('017-etu-gea-groupe-minuscule.eml', 'Inès Benali <ines.benali@etu.unicaen.fr>',
  'groupe igea1tpb2', '2025-09-19 11:45',
  """Bonjour madame, monsieur

je suis en première année BUT GEA, je devais être dans le tp b2 mais sur ecampus je suis dans igea1tpa1 (groupe de tp a1). Du coup pour le cours gear 105 je vois pas le bon planning de rendu.
mon numéro étudiant c'est le 25003381

merci d'avance
Inès Benali""",
  codes=[('IGEA1TPB2', 'igea1tpb2'), ('IGEA1TPA1', 'igea1tpa1'), ('GEAR105', 'gear 105')], nums=['25003381'],
  sym='wrong_group', role='student', schemes=['IUT GEA (GEAR/IGEA)'], note='GEA1 student in TP A1 instead of TP B2', cte='8bit')

M('018-etu-ead-cemu-groupe.eml', 'Bérénice Tostain <berenice.tostain@orange.fr>',
  'Cours à distance - groupe présentiel', '2025-11-04 10:00',
  """Bonjour,

Je suis inscrite à distance (télé-enseignement) en licence d'histoire. Dans le cours IRAN-15 je me retrouve dans le groupe "présentiel" et pas dans le groupe à distance, je n'ai donc pas les consignes pour les devoirs EAD.

Numéro étudiant : 21609846

Cordialement,
Bérénice Tostain""",
  codes=[('IRAN-15', 'IRAN-15')], nums=['21609846'], sym='wrong_group', role='student',
  schemes=['CEMU dash (XXXX-nn)'], note='distance student placed in presential group (statut à distance)', cs='iso-8859-1', cte='qp')

M('019-prof-mutualise-groupes.eml', 'Olivier Guérin <olivier.guerin@unicaen.fr>',
  'Cours mutualisé : étudiants de sociologie absents', '2025-10-13 09:31',
  """Bonjour,

Le cours M.1HRP9C est mutualisé avec 2HR5C depuis cette année. Les étudiants inscrits au porté n'apparaissent pas dans mon espace : je n'ai que ceux du porteur. Dans Apogée on voit la collection M.1HRP9CTD avec les groupes M.1HRP9CTD et M.1HRP9CEM.

Merci,
O. Guérin""",
  codes=[('M.1HRP9C', 'M.1HRP9C'), ('2HR5C', '2HR5C'), ('M.1HRP9CTD', 'M.1HRP9CTD'), ('M.1HRP9CEM', 'M.1HRP9CEM')],
  sym='not_enrolled', schemes=['FAQ dotted (M.1XXXX)', 'FAQ digit-first (2HR5C)'], note='porteur/porté: students of the porté missing', cte='qp')

M('020-etu-sms-groupe.eml', 'kevin.lhermitte@etu.unicaen.fr',
  'groupe', '2025-10-20 23:58',
  """slt jsuis pas ds le bon grp de td en compta (gear 102), jsuis en td c pas en td a. num 25017402. merci""",
  codes=[('GEAR102', 'gear 102'), ('IGEA1TDC', 'td c'), ('IGEA1TDA', 'td a')], nums=['25017402'],
  sym='wrong_group', role='student', schemes=['IUT GEA (GEAR/IGEA)'], note='SMS style: wrong TD group in accounting', cte='8bit')
