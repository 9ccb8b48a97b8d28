from lib import M

M('081-etu-droit-td-aes.eml', 'Jules Cauvin <jules.cauvin@etu.unicaen.fr>',
  'TD droit des obligations', '2025-10-03 11:35',
  """Bonjour,

Je suis en L2 droit, j'ai été changé du TD 4 au TD 9 de droit des obligations (D2.OBLIG) pour incompatibilité d'emploi du temps avec mon job. Sur Ecampus je suis toujours dans D2OBL TD04, donc je ne vois pas les sujets du TD 9.

Merci,
Jules Cauvin - 24010567""",
  codes=[('D2.OBLIG', 'D2.OBLIG'), ('D2OBLTD04', 'D2OBL TD04'), ('D2OBLTD09', 'TD 9')], nums=['24010567'],
  sym='wrong_group', role='student', schemes=['Droit dotted (D1.XXXX)'], note='law L2 student in old TD group after change', cte='qp')

M('082-etu-pharma-pas-inscrit.eml', 'Ilyes Bouzid <ilyes.bouzid@etu.unicaen.fr>',
  'Pas inscrit en UE 8', '2025-10-12 15:05',
  """Bonjour, je ne suis pas inscrit dans le cours ph2 ue08 sur ecampus alors que tous mes amis de 2e année de pharma le sont. J'ai bien l'UE sur mon contrat. 23014401""",
  codes=[('PH2-UE08', 'ph2 ue08')], nums=['23014401'], sym='not_enrolled', role='student',
  schemes=['Pharma (PHn-UEnn)'], note='pharmacy student not enrolled in one UE', cte='8bit')

M('083-sec-langues-groupes-liste.eml', 'Françoise Adam <francoise.adam@unicaen.fr>',
  'Groupes TD espagnol S3 à vérifier', '2025-09-11 10:25',
  """Bonjour,

Pouvez-vous vérifier que les groupes suivants de l'élément ESP.S3.2 sont bien rattachés au cours ?
- ESPS32TD1 (lundi)
- ESPS32TD2 (mardi)
- ESPS32TD3 (jeudi, Campus 1 salle LE-205)
Seul le premier apparaît. Pour l'élément ESP.S3.1 : idem avec ESPS31TD1 et ESPS31TD2.

Françoise Adam
Secrétariat LLCER espagnol - UFR LVE
Bâtiment Lettres, bureau LE-118 - 02 31 56 53 40""",
  codes=[('ESP.S3.2', 'ESP.S3.2'), ('ESPS32TD1', 'ESPS32TD1'), ('ESPS32TD2', 'ESPS32TD2'), ('ESPS32TD3', 'ESPS32TD3'),
         ('ESP.S3.1', 'ESP.S3.1'), ('ESPS31TD1', 'ESPS31TD1'), ('ESPS31TD2', 'ESPS31TD2')], sym='wrong_group',
  schemes=['Langues (XXX.Sn.n)'], note='secretary: list of Spanish TD groups, only first one visible', cs='iso-8859-1', cte='qp')

M('084-etu-cohorte-m1-meef.eml', 'Océane Laisney <oceane.laisney@etu.unicaen.fr>',
  'Espace "Vie du M1 MEEF" St Lo', '2025-09-25 12:40',
  """Bonjour,
Je suis en M1 MEEF à St-Lô et je n'ai pas accès à l'espace de promo, les autres oui. Ma formatrice dit que c'est la cohorte MEF1SL-101 qui est synchronisée. Mon IA date du 23/09.
Océane Laisney, 25099017""",
  codes=[('MEF1SL', 'MEF1SL-101')], nums=['25099017'], sym='cohort_question', role='student', schemes=['INSPE MEEF (MEFn)'],
  note='late IA student missing from cohort (étape with version)', cte='qp')

M('085-prof-m1-dotted-suspendu.eml', 'Aldo Haesler <aldo.haesler@unicaen.fr>',
  'Théories du changement social - plus personne', '2025-10-02 09:00',
  """Bonjour,
Mon cours M.1.MS03 n'a plus aucun étudiant depuis ce matin. J'ai vu que l'élément est marqué "remplacé sur maquette", mais le cours a bien lieu cette année.
A. Haesler""",
  codes=[('M.1.MS03', 'M.1.MS03')], sym='not_enrolled', schemes=['FAQ dotted (M.1XXXX)'],
  note='suspended element (FAQ example), students lost', cte='8bit')

M('086-etu-gea-2e-annee-cohort-en-mots.eml', 'Maxime Duchemin <maxime.duchemin@etu.unicaen.fr>',
  'Pas dans l\'espace des 2A GEA', '2025-10-01 08:20',
  """Bonjour,
Je suis passé en deuxième année de GEA après une réorientation, et je ne suis pas dans l'espace "Infos 2A GEA" où tout le monde a été mis par cohorte. Je suis bien inscrit administrativement. 24051198""",
  nums=['24051198'], sym='cohort_question', role='student', note='student missing from cohort-based space (étape in words)', cte='qp')

M('087-sec-iut-etape-inconnue.eml', 'Nathalie Lecoq <nathalie.lecoq@unicaen.fr>',
  'Cohorte IGEA3AL ?', '2025-09-30 11:15',
  """Bonjour,
Je cherche la cohorte des 3e année GEA en alternance (IGEA3AL) pour les inscrire dans l'espace "Suivi apprentis", mais elle n'existe pas. Les alternants de 3e année sont dans l'étape IGEA3, groupe IGEA3ALT. Comment faire ?
N. Lecoq - 02 31 56 70 42""",
  codes=[('IGEA3AL', 'IGEA3AL'), ('IGEA3', 'IGEA3'), ('IGEA3ALT', 'IGEA3ALT')], sym='cohort_question',
  schemes=['IUT GEA (GEAR/IGEA)'], note='secretary asks for a cohort of a non-existent étape (unknown code)', cte='qp')

M('088-prof-course-missing-porte.eml', 'Michel Osouf <michel.osouf@unicaen.fr>',
  'Disparition du cours M2CG.305', '2025-09-22 14:14',
  """Bonjour,
Le cours M2CG.305 (Audit) a disparu d'Ecampus. Je crois qu'il est désormais mutualisé avec M1CG.210 en porteur. Mes supports sont-ils perdus ?
M. Osouf, IAE""",
  codes=[('M2CG.305', 'M2CG.305'), ('M1CG.210', 'M1CG.210')], sym='course_missing', schemes=['IAE (MnXX.nnn)'],
  note='porté course vanished after mutualisation', cte='qp')

M('089-etu-sms-cas.eml', 'tom.vallee@etu.unicaen.fr',
  'ecampus marche pas', '2025-11-09 23:03',
  """jarrive sur une page du cas qui dit connexion reussie mais jvais jamais sur ecampus, jai mis cas.unicaen.fr dans mes favoris""",
  sym='cas_unknown_destination', role='student', note='SMS style: CAS bookmark without service', cte='8bit')

M('090-prof-db-error.eml', 'Chloé Marais <chloe.marais@etu.unicaen.fr>',
  'Erreur de lecture de la base de données', '2025-11-23 10:05',
  """Bonjour,
Depuis une demi-heure : "Erreur de lecture de la base de données" sur toutes les pages d'Ecampus. Est-ce une panne ? J'ai un devoir à rendre à midi.
Chloé, L3 lettres""",
  sym='database_error', role='student', note='database read error on Sunday morning', attach=True, cte='qp')

M('091-etu-en-dashboard.eml', 'Ana Ferreira <ana.ferreira@etu.unicaen.fr>',
  'Course not in my dashboard', '2025-09-26 13:13',
  """Hello, I can't find the course "Stylistique" (lm-2104) on my dashboard. I'm in L2 Lettres modernes, group 2. Student n° 24093310.""",
  codes=[('LM-2104', 'lm-2104'), ('LM-2104G2', 'group 2')], nums=['24093310'], sym='course_not_on_dashboard', role='student', lang='en',
  schemes=['Lettres (LM-nnnn)'], note='course not on dashboard', cte='8bit')

M('092-sec-staps-etu-pas-inscrits.eml', 'Gaëlle Roussel <gaelle.roussel@unicaen.fr>',
  'Etudiants L1 STAPS non inscrits ST1_APS2', '2025-09-19 09:09',
  """Bonjour,

Les étudiants suivants ne sont pas inscrits dans l'espace ST1 APS2 (Sports collectifs S1) alors que leur IP est faite :

24072230 - MARTIN Louis - groupe ST1FOOT
25006614 - LEROUX Anaïs - groupe ST1HAND
25001192 - PETIT Dylan - pas de groupe

Cordialement,
Gaëlle Roussel - UFR STAPS - 02 31 56 72 70""",
  codes=[('ST1_APS2', 'ST1 APS2'), ('ST1FOOT', 'ST1FOOT'), ('ST1HAND', 'ST1HAND')],
  nums=['24072230', '25006614', '25001192'], sym='not_enrolled', schemes=['STAPS (STn_APSn)'],
  note='STAPS secretary: students with IP not enrolled (one without group)', cte='qp')

M('093-etu-renomme-cours.eml', 'Eva Roger <eva.roger@etu.unicaen.fr>',
  'Mon cours a changé de nom ?', '2025-09-08 17:32',
  """Bonjour, le cours HHIS2O3 que je suivais l'an dernier est maintenant dans "Archives" et je ne peux plus télécharger mes notes de cours. Est-ce normal ? 23087760""",
  codes=[('HHIS203', 'HHIS2O3')], nums=['23087760'], sym='course_moved_renamed', role='student',
  schemes=['HSS letters+digits (HXXXnnn)'], note='student: last year course moved to Archives', cte='8bit')

M('094-prof-pas-inscrit-info.eml', 'Nadia Benhamou <nadia.benhamou@unicaen.fr>',
  'Pas enseignante dans IN5B03', '2025-09-08 08:05',
  """Bonjour,
Je remplace un collègue sur IN5B.03 à partir de cette semaine et je n'ai pas les droits d'enseignant dans l'espace. Mes séances ont été ajoutées dans ADE vendredi.
Nadia Benhamou - Département informatique - S3-312""",
  codes=[('IN5B03', 'IN5B03'), ('IN5B03', 'IN5B.03')], sym='teacher_not_enrolled', schemes=['Sciences info (INnXnn)'],
  note='substitute teacher not enrolled yet (ADE planned recently)', cte='b64')

M('095-etu-wrong-group-hss-ead.eml', 'Patrick Lenormand <p.lenormand@wanadoo.fr>',
  'groupe EAD', '2025-11-14 09:45',
  """Bonjour,
Étudiant en reprise d'études, inscrit en enseignement à distance en histoire. Dans le cours HIST-11 je suis dans le groupe ELP_ des présentiels et pas dans le groupe à distance.
Numéro d'étudiant 20077815
Cordialement
P. Lenormand""",
  codes=[('HIST-11', 'HIST-11')], nums=['20077815'], sym='wrong_group', role='student',
  schemes=['CEMU dash (XXXX-nn)'], note='distance student in ELP_ pseudo-group', cs='windows-1252', cte='qp')

M('096-sec-droit-cohorte-l3.eml', 'Sophie Duval <sophie.duval@unicaen.fr>',
  'Cohorte L3 droit pour espace "Stages"', '2025-10-15 10:40',
  """Bonjour,
Peut-on utiliser la cohorte de la L3 droit (DL3G) pour l'espace "Stages et insertion pro" toute l'année, ou faut-il la retirer après le semestre ?
Sophie Duval - Scolarité Licence Droit - DA-021 - 02 31 56 55 08""",
  codes=[('DL3G', 'DL3G')], sym='cohort_question', schemes=['Droit dotted (D1.XXXX)'],
  note='secretary asks about using a cohort for a complementary space', cte='8bit')

M('097-etu-inspe-groupe-en-mots.eml', 'Baptiste Huet <baptiste.huet@etu.unicaen.fr>',
  'Re: M1 MEEF Saint-Lô : étudiants dans le groupe de Caen', '2025-10-06 20:10',
  """Bonjour,
Toujours dans le groupe de Caen en UE 13, pas celui de Saint-Lô. Ma gestionnaire vous a écrit la semaine dernière.
Baptiste Huet 23009812

> Les étudiants du M1 MEEF 1er degré de Saint-Lô (étape MEF1SL) sont placés dans le groupe de Caen dans l'UE "Analyse de situations professionnelles" (MEF1U13).""",
  codes=[('MEF1SL', 'MEF1SL'), ('MEF1U13', 'MEF1U13'), ('MEF1U13CA', 'groupe de Caen'), ('MEF1U13SL', 'celui de Saint-Lô')],
  nums=['23009812'], sym='wrong_group', role='student', schemes=['INSPE MEEF (MEFn)'], note='student follow-up: still in Caen group', cte='qp')

M('098-etu-l1-anxieuse-groupe.eml', 'Louise Renault <louise.renault06@gmail.com>',
  'URGENT groupe TD !!', '2025-09-14 23:48',
  """Bonsoir,
Je suis en L1 droit, c'est ma première semaine et je ne sais pas si je suis dans le bon groupe de TD sur ecampus, je suis dans "D1CONTD 11" mais sur mon emploi du temps c'est marqué groupe 11 en constit et groupe 2 en droit civil et là sur ecampus en civil je suis dans le groupe 20. J'ai peur de rater mon premier TD.
Louise Renault
numéro étudiant 25018804""",
  codes=[('D1CONTD11', 'D1CONTD 11'), ('D1CIVTD02', 'groupe 2'), ('D1CIVTD20', 'groupe 20')], nums=['25018804'],
  sym='wrong_group', role='student', schemes=['Droit dotted (D1.XXXX)'], note='anxious L1 in civil law group 20 instead of 2', cte='qp')

M('099-prof-staps-cours-cache.eml', 'Bruno Lecaplain <bruno.lecaplain@unicaen.fr>',
  'étudiants n\'accèdent pas à ST1_APS2', '2025-09-09 12:12',
  """Bonjour,
Mes étudiants de L1 n'arrivent pas à accéder au cours de sports collectifs (ST1-APS2), ils ont un message "Ce cours n'est pas accessible aux étudiants". Je vois bien la liste des participants.
B. Lecaplain""",
  codes=[('ST1_APS2', 'ST1-APS2')], sym='students_cannot_see_course', schemes=['STAPS (STn_APSn)'],
  note='hidden course', cte='8bit')

M('100-etu-math-groupe-option.eml', 'Adam Gosselin <adam.gosselin@etu.unicaen.fr>',
  'Option maths L1', '2025-09-27 14:44',
  """Bonjour,

Je suis en L1 maths (SLMAT1) et j'ai choisi l'option informatique au S1 (IN1A03) mais sur ecampus je suis dans le groupe des maths-physique (in1a03mp) au lieu du groupe maths-info. N° étudiant 25033150.

Adam""",
  codes=[('SLMAT1', 'SLMAT1'), ('IN1A03', 'IN1A03'), ('IN1A03MP', 'in1a03mp'), ('IN1A03MI', 'groupe maths-info')], nums=['25033150'],
  sym='wrong_group', role='student', schemes=['Sciences info (INnXnn)'], note='L1 maths student in wrong option group', cte='qp')
