from lib import M

M('061-etu-groupe-alt-iae.eml', 'Nicolas Guillou <nicolas.guillou@etu.unicaen.fr>',
  'Alternance - mauvais groupe ecampus', '2025-10-09 07:55',
  """Bonjour,

En M1 contrôle de gestion en alternance, je suis affecté au groupe FI dans tous mes cours Ecampus (par ex. M1CG.203), alors que je suis alternant (groupe M1CGALT). Mon contrat d'apprentissage a été signé tardivement, peut-être que c'est lié ?

Nicolas Guillou - 24044102""",
  codes=[('M1CG.203', 'M1CG.203'), ('M1CGFI', 'groupe FI'), ('M1CGALT', 'M1CGALT')], nums=['24044102'],
  sym='wrong_group', role='student', schemes=['IAE (MnXX.nnn)'], note='apprentice in FI group in IAE courses', cte='b64')

M('062-sec-pharma-table-etudiants.eml', 'Scolarité Pharmacie <scol.pharmacie@unicaen.fr>',
  'Affectations TP 2e année non répercutées', '2025-10-20 14:02',
  "", form='html', html="""<html><head><meta charset="windows-1252"></head><body>
<div>Bonjour,<br><br>Les étudiants suivants ont changé de groupe de TP le 13/10 (PH2-UE05), mais Ecampus les affiche toujours dans l'ancien groupe :<br><br>
<table border="1" cellspacing="0">
<tr><th>N° étudiant</th><th>INE</th><th>Nom</th><th>Ancien groupe</th><th>Nouveau groupe</th></tr>
<tr><td>23002145</td><td>0904017733H</td><td>MOREL Jeanne</td><td>PH2-TPA</td><td>PH2-TPC</td></tr>
<tr><td>23005520</td><td>1204033018F</td><td>N'DIAYE Awa</td><td>PH2-TPA</td><td>PH2-TPC</td></tr>
<tr><td>23011987</td><td>0905021178T</td><td>SIMON Arthur</td><td>ph2 tpd</td><td>PH2-TPB</td></tr>
</table><br>
Merci par avance,<br>La scolarit&eacute; de Pharmacie<br>UFR Sant&eacute; - 2 rue des Rochambelles, 14032 Caen cedex 5<br>T&eacute;l. 02 31 56 82 00</div>
</body></html>""",
  codes=[('PH2-UE05', 'PH2-UE05'), ('PH2-TPA', 'PH2-TPA'), ('PH2-TPC', 'PH2-TPC'), ('PH2-TPD', 'ph2 tpd'), ('PH2-TPB', 'PH2-TPB')],
  nums=['23002145', '23005520', '23011987'], sym='wrong_group', schemes=['Pharma (PHn-UEnn)'],
  note='pharmacy scolarité: table of students whose TP group change did not propagate', cs='windows-1252', cte='qp')

M('063-etu-gea-cohorte-question.eml', 'Ambre Lenoir <ambre.lenoir@etu.unicaen.fr>',
  'espace "Projet personnel et professionnel"', '2025-09-22 18:08',
  """Bonjour,
Tous les BUT GEA 1ère année ont été ajoutés à l'espace PPP sauf moi, la prof dit que c'est "par la cohorte IGEA1". Je suis inscrite depuis le 5 septembre. Num 25040073.
Ambre""",
  codes=[('IGEA1', 'IGEA1')], nums=['25040073'], sym='cohort_question', role='student', schemes=['IUT GEA (GEAR/IGEA)'],
  note='student missing from cohort-enrolled PPP space', cte='8bit')

M('064-prof-inspe-cohortes-sites.eml', 'Sylvie Lair <sylvie.lair@unicaen.fr>',
  'Cohortes MEEF Caen / Alençon / Saint-Lô pour espace stage', '2025-09-02 09:22',
  """Bonjour,

Je prépare l'espace commun "Stage M2 MEEF" pour les trois sites. Dois-je ajouter trois synchronisations de cohortes (MEF2CA, MEF2AL, mef2sl) ou existe-t-il une cohorte commune pour tout le M2 MEEF 1er degré ?

Merci,
Sylvie Lair
Responsable de parcours MEEF 1er degré - INSPE Normandie Caen
Tél. 02 31 56 61 90 - bureau 210""",
  codes=[('MEF2CA', 'MEF2CA'), ('MEF2AL', 'MEF2AL'), ('MEF2SL', 'mef2sl')], sym='cohort_question',
  schemes=['INSPE MEEF (MEFn)'], note='cohorts per site for M2 MEEF common space', cte='qp')

M('065-etu-en-hss-dist.eml', 'Emily Carter <emily.carter@etu.unicaen.fr>',
  'Distance learning group', '2025-11-06 12:12',
  """Hi,
I'm a distance-learning student (télé-enseignement) in History. In IRAN-22 I'm not in the distance group, so I can't see the assignments for distance students. Student number 24066610.
Thank you,
Emily""",
  codes=[('IRAN-22', 'IRAN-22'), ('IRAN22CEMU', 'distance group')], nums=['24066610'], sym='wrong_group', role='student', lang='en',
  schemes=['CEMU dash (XXXX-nn)'], note='distance student not in CEMU group', cte='8bit')

M('066-sec-hss-pseudo-groupe.eml', 'Karine Desmares <karine.desmares@unicaen.fr>',
  'Cours sans groupe : étudiants absents', '2025-09-29 10:45',
  """Bonjour,

L'élément HGE0214 (Cartographie) n'a pas de groupe dans Apogée, et l'espace Ecampus ne contient aucun étudiant. On nous dit qu'un groupe "ELP_" devait être créé automatiquement. Faut-il saisir des charges d'enseignement ?

Karine Desmares
Scolarité Géographie - MRSH, bureau SA-112""",
  codes=[('HGEO214', 'HGE0214')], sym='not_enrolled', schemes=['HSS letters+digits (HXXXnnn)'],
  note='element without group nor charges: no pseudo-group, no students', cte='qp')

M('067-etu-info-code-inconnu.eml', 'Rayan Toutain <rayan.toutain@etu.unicaen.fr>',
  'cours IN5B11 introuvable', '2025-09-16 16:16',
  """Bonjour, on m'a dit de m'inscrire sur le cours IN5B11 (Réseaux avancés) mais je ne le trouve pas sur ecampus. Je suis en L3 info, 23020044.""",
  codes=[('IN5B11', 'IN5B11')], nums=['23020044'], sym='course_missing', role='student', schemes=['Sciences info (INnXnn)'],
  note='student cannot find a course whose code does not exist (unknown code)', cte='8bit')

M('068-prof-droit-groupe-inconnu.eml', 'Hélène Brière <helene.briere@unicaen.fr>',
  'Groupe D1CIVTD21', '2025-10-01 15:30',
  """Bonjour,
On m'a confié un TD supplémentaire de droit civil, le groupe D1CIVTD21, ouvert cette semaine. Il n'apparaît pas dans l'espace D1.CIVIL. Est-il bien créé dans Apogée ?
H. Brière""",
  codes=[('D1CIVTD21', 'D1CIVTD21'), ('D1.CIVIL', 'D1.CIVIL')], sym='wrong_group', schemes=['Droit dotted (D1.XXXX)'],
  note='teacher: new TD group not in course (group not yet in Apogée: unknown)', cte='qp')

M('069-etu-staps-l1-perdu.eml', 'Noah Lefrançois <noah.lefrancois@gmail.com>',
  'Aide ecampus STAPS', '2025-09-10 22:22',
  """Bonsoir,

je suis en L1 STAPS et je n'arrive pas a me connecter a ecampus, ca me met identifiant ou mot de passe incorrect alors que ca marche sur l'ENT. J'ai essaye plusieurs fois depuis hier.
Numero etudiant 25070215

Merci""",
  nums=['25070215'], sym='cannot_login', role='student', note='L1 STAPS student cannot log in', cs='iso-8859-1', cte='8bit')

M('070-prof-droit-tous-groupes-vides.eml', 'Thierry Marais <thierry.marais@unicaen.fr>',
  'L3 droit pénal: groupes', '2025-09-24 09:30',
  """Bonjour,
Dans l'espace de droit pénal spécial (D3.PENAL), les 8 groupes de TD (D3PENTD01 à d3pentd08) existent mais aucun étudiant n'est affecté, tout le monde est en "Aucun groupe". Les IP ne seraient pas faites jusqu'au groupe ?
Thierry Marais
Professeur de droit privé - bureau DA-310""",
  codes=[('D3.PENAL', 'D3.PENAL'), ('D3PENTD01', 'D3PENTD01'), ('D3PENTD08', 'd3pentd08')], sym='wrong_group',
  schemes=['Droit dotted (D1.XXXX)'], note='all students in no group in L3 criminal law course', cte='8bit')

M('071-fwd-etu-sec-groupe-gea.eml', 'Nathalie Lecoq <nathalie.lecoq@unicaen.fr>',
  'TR: pb groupe TP', '2025-10-07 10:10',
  """Bonjour,
Je vous transfère la demande de l'étudiante. Dans Apogée elle est bien en IGEA2TPB1. Le cours est GEAR3O4.
N. Lecoq

De : Zoé Marion <zoe.marion@etu.unicaen.fr>
Envoyé : lundi 6 octobre 2025 21:14
À : Secrétariat GEA <secretariat.gea@unicaen.fr>
Objet : pb groupe TP

Bonsoir, sur ecampus je suis dans le TP A2 et pas B1 comme sur mon emploi du temps. Mon numéro 24001876.
Zoé""",
  codes=[('IGEA2TPB1', 'IGEA2TPB1'), ('GEAR304', 'GEAR3O4'), ('IGEA2TPA2', 'TP A2')], nums=['24001876'],
  sym='wrong_group', schemes=['IUT GEA (GEAR/IGEA)'], note='forwarded: student in TP A2 instead of B1', cte='qp')

M('072-etu-en-anglais-cohort.eml', 'Liam O\'Connor <liam.oconnor@etu.unicaen.fr>',
  'Promotion space for LLCER Spanish 1st year', '2025-09-18 10:10',
  """Hello,
Everyone in my year (1st year LLCER Spanish) was added to the "Welcome LLCER" space but not me. The teacher said it's "by cohort LLCES1". I registered late (15 September). ID 25083390.
Thanks!""",
  codes=[('LLCES1', 'LLCES1')], nums=['25083390'], sym='cohort_question', role='student', lang='en',
  schemes=['Langues (XXX.Sn.n)'], note='late-registered student missing from cohort space', cte='8bit')

M('073-sec-meef-table-groupes-sites.eml', 'Martine Lemonnier <martine.lemonnier@unicaen.fr>',
  'Groupes par site MEEF M1 - UE 11 à 15', '2025-09-04 13:50',
  form='alt', body="""Bonjour,

Pour information et vérification, voici les groupes par site rattachés aux UE du M1 MEEF (étapes MEF1CA, MEF1AL, MEF1SL) :

UE        Caen        Alençon     Saint-Lô
MEF1U11   MEF1U11CA   MEF1U11AL   MEF1U11SL
MEF1U12   MEF1U12CA   MEF1U12AL   MEF1U12SL
MEF1U15   MEF1U15CA   MEF1U15AL   MEF1U15SL

Les groupes d'Alençon ne sont pas visibles dans les trois espaces.

Martine Lemonnier - INSPE site de Saint-Lô - 02 33 77 11 60""",
  html="""<html><body><p>Bonjour,</p><p>Pour information et v&eacute;rification, voici les groupes par site rattach&eacute;s aux UE du M1 MEEF (&eacute;tapes MEF1CA, MEF1AL, MEF1SL) :</p>
<table border="1"><tr><th>UE</th><th>Caen</th><th>Alen&ccedil;on</th><th>Saint-L&ocirc;</th></tr>
<tr><td>MEF1U11</td><td>MEF1U11CA</td><td>MEF1U11AL</td><td>MEF1U11SL</td></tr>
<tr><td>MEF1U12</td><td>MEF1U12CA</td><td>MEF1U12AL</td><td>MEF1U12SL</td></tr>
<tr><td>MEF1U15</td><td>MEF1U15CA</td><td>MEF1U15AL</td><td>MEF1U15SL</td></tr></table>
<p>Les groupes d'Alen&ccedil;on ne sont pas visibles dans les trois espaces.</p><p>Martine Lemonnier - INSPE site de Saint-L&ocirc; - 02 33 77 11 60</p></body></html>""",
  codes=[('MEF1CA', 'MEF1CA'), ('MEF1AL', 'MEF1AL'), ('MEF1SL', 'MEF1SL')] +
        [(f'MEF1U{u}{s}', f'MEF1U{u}{s}') for u in ('11', '12', '15') for s in ('', 'CA', 'AL', 'SL')],
  sym='wrong_group', schemes=['INSPE MEEF (MEFn)'], note='INSPE: table of site groups, Alençon groups missing', cs='iso-8859-1', cte='qp')

M('074-etu-groupe-samedi-lowercase.eml', 'Victor Hamelin <victor.hamelin@etu.unicaen.fr>',
  'groupe du samedi', '2025-10-18 10:02',
  """bonjour, en L1 info je suis dans le groupe du mardi pour in1a03 sur ecampus mais j'ai été mis dans le groupe du samedi matin (in1a03sam) car je travaille en semaine. 25052210""",
  codes=[('IN1A03', 'in1a03'), ('IN1A03MAR', 'groupe du mardi'), ('IN1A03SAM', 'in1a03sam')], nums=['25052210'],
  sym='wrong_group', role='student', schemes=['Sciences info (INnXnn)'], note='student in Tuesday group instead of Saturday group', cte='8bit')

M('075-prof-hss-trop-enseignants.eml', 'Claire Mauger <claire.mauger@unicaen.fr>',
  'Enseignants inconnus dans HHIS101', '2025-09-12 11:20',
  """Bonjour,
Une quinzaine d'enseignants d'histoire sont inscrits dans mon cours HHIS1O1 alors qu'ils n'y interviennent pas (il n'y a que deux intervenants). Est-ce lié à ADE ?
C. Mauger""",
  codes=[('HHIS101', 'HHIS1O1')], sym='too_many_teachers', schemes=['HSS letters+digits (HXXXnnn)'],
  note='too many teachers in course', cte='qp')

M('076-etu-nom-usage.eml', 'Sarah Boutin <sarah.boutin@etu.unicaen.fr>',
  'nom d\'usage', '2025-10-24 08:30',
  """Bonjour,
Je me suis mariée cet été et sur Ecampus c'est encore mon nom de naissance (Boutin) qui apparaît au lieu de Boutin-Lefèvre, et mon adresse mail aussi. Je suis en M2 MAE à distance. Num 20031845.
Cordialement""",
  nums=['20031845'], sym='wrong_name', role='student', note='student usage name not updated', cte='qp')

M('077-vacataire-login.eml', 'Marion Quesnel <marion.quesnel@lycee-malherbe.fr>',
  'Accès Ecampus vacataire INSPE', '2025-09-20 08:45',
  """Bonjour,
Je suis professeure certifiée au lycée Malherbe et j'interviens comme vacataire à l'INSPE (UE MEF1U12). On m'a créé un compte mais je n'arrive pas à me connecter : le CAS refuse mon identifiant. Pouvez-vous m'aider ?
Marion Quesnel
Lycée Malherbe, 14 avenue Albert Sorel, 14000 Caen""",
  codes=[('MEF1U12', 'MEF1U12')], sym='cannot_login', role='unknown', schemes=['INSPE MEEF (MEFn)'],
  note='outside vacataire cannot log in', cte='qp')

M('078-etu-iae-dashboard.eml', 'Thomas Quéré <thomas.quere@etu.unicaen.fr>',
  'cours absents tableau de bord', '2025-11-10 19:19',
  """Bonjour, dans mon tableau de bord il n'y a que 3 cours sur 9. J'ai vérifié le filtre "Tous" mais rien. Les autres sont dans "Passés" je crois. Je suis en M1 MAE (IM1MAE). 24038806""",
  codes=[('IM1MAE', 'IM1MAE')], nums=['24038806'], sym='course_not_on_dashboard', role='student',
  schemes=['IAE (MnXX.nnn)'], note='courses in "past" filter on dashboard', cte='8bit')

M('079-dsi-liste-diffusion.eml', 'Lettre du numérique <lettre-numerique@listes.unicaen.fr>',
  '[lettre-numerique] Novembre 2025 : les nouveautés Ecampus', '2025-11-03 07:00',
  """Lettre d'information du numérique - Novembre 2025

- Ecampus passe en version 4.5 pendant les vacances de Noël
- Rappel : optimisation de la base de données le dimanche entre 9h et 11h
- Formation "Ecampus pour le personnel administratif" : inscriptions ouvertes

Pour vous désabonner : https://listes.unicaen.fr/sympa/signoff/lettre-numerique""",
  sym='other', role='unknown', auto=True, note='mailing list newsletter',
  extra={'List-Id': '<lettre-numerique.listes.unicaen.fr>', 'Precedence': 'list'}, cte='qp')

M('080-prof-staps-cohorte-apa.eml', 'Julien Baudry <julien.baudry@unicaen.fr>',
  'inscrire la L3 APA dans mon espace', '2025-09-16 13:00',
  """Bonjour,
Je voudrais inscrire la L3 STAPS APA-S (Activité physique adaptée) dans l'espace de stage. J'ai trouvé une cohorte "STL3AP" mais elle ne contient que 31 étudiants sur 58. Est-elle à jour ?
J. Baudry, UFR STAPS, bureau 12""",
  codes=[('STL3AP', 'STL3AP')], sym='cohort_question', schemes=['STAPS (STn_APSn)'],
  note='cohort L3 APA incomplete', cte='b64')
