from lib import M

M('041-etu-nom-errone.eml', 'Maëlys Le Goff <maelys.legoff@etu.unicaen.fr>',
  'Erreur sur mon nom', '2025-09-19 09:14',
  """Bonjour,
Sur Ecampus mon nom est écrit "Le Gof" au lieu de "Le Goff", du coup les profs ne me trouvent pas dans les listes. Je suis en L1 droit, numéro 25011206.
Merci
Maëlys""",
  nums=['25011206'], sym='wrong_name', role='student', note='student name misspelled on Ecampus', cte='qp')

M('042-etu-profil-email-bloque.eml', 'Paul Anfray <paul.anfray@laposte.net>',
  'bloqué sur la page profil', '2025-09-12 18:02',
  """Bonjour,

Je suis enseignant vacataire au département GEA de l'IUT (cours de droit du travail, GEAR115). À ma première connexion à Ecampus, je tombe sur une page "Modifier le profil" qui me demande une adresse de courriel, et je ne peux rien saisir. Je ne peux donc pas accéder à mon cours.

Paul Anfray""",
  codes=[('GEAR115', 'GEAR115')], sym='cannot_login', role='unknown', schemes=['IUT GEA (GEAR/IGEA)'],
  note='vacataire stuck on profile page at first login (no e-mail)', cte='8bit')

M('043-etu-cas-destination.eml', '23018811@etu.unicaen.fr',
  'Connexion réussie mais rien', '2025-10-05 21:47',
  """Bonjour quand je me connecte ça me met "Connexion réussie Bienvenue 23018811 ... CAS ne connaît pas votre destination finale" et je reste bloquée sur cette page. Je passe par google pour aller sur ecampus. Comment faire ?""",
  nums=['23018811'], sym='cas_unknown_destination', role='student', note='CAS unknown destination via search engine', cte='8bit')

M('044-prof-base-donnees-dimanche.eml', 'Jérôme Vautier <jvautier.prof@gmail.com>',
  'Ecampus inaccessible ce matin', '2025-11-16 09:51',
  """Bonjour,
Ecampus affiche "Error: Database connection failed" depuis 9h30. J'ai un quiz programmé à 10h pour mes L2 (IN3A2). Que faire ?
J. Vautier
Enseignant vacataire, département d'informatique""",
  codes=[('IN3A02', 'IN3A2')], sym='database_error', role='unknown', schemes=['Sciences info (INnXnn)'],
  note='Sunday morning database error before a quiz', cte='qp')

M('045-prof-cours-archive.eml', 'Patricia Hébert <patricia.hebert@unicaen.fr>',
  'Mon cours est passé dans "Archives"', '2025-09-04 10:33',
  """Bonjour,

Mon cours de Littérature du XVIIIe siècle (LM-3205) a été déplacé dans une catégorie "Archives" et renommé avec "[ARCHIVE]". Tout mon contenu y est. Un nouvel espace LM-3215 vide est apparu. Que s'est-il passé ?

Patricia Hébert
Professeure de littérature française, UFR HSS""",
  codes=[('LM-3205', 'LM-3205'), ('LM-3215', 'LM-3215')],
  sym='course_moved_renamed', schemes=['Lettres (LM-nnnn)'], note='course archived after code change, new empty space', cte='qp')

M('046-prof-cours-inexistant.eml', 'Grégoire Lamy <gregoire.lamy@unicaen.fr>',
  'cours GEA inexistant sur Ecampus', '2025-09-15 11:58',
  """Bonjour,
Je ne trouve pas d'espace Ecampus pour la SAÉ 3.02 de GEA (code GEAS302). Les autres SAÉ ont leur espace. Pouvez-vous le créer ?
Grégoire Lamy
Dépt GEA, bureau B-108, 02 31 56 70 55""",
  codes=[('GEAS302', 'GEAS302')], sym='course_missing', schemes=['IUT GEA (GEAR/IGEA)'],
  note='teacher: SAE course does not exist on Ecampus', cte='8bit')

M('047-etu-tableau-bord.eml', 'Jade Cordier <jade.cordier@etu.unicaen.fr>',
  'cours disparu du tableau de bord', '2025-11-03 14:25',
  """Bonjour,
Le cours de droit administratif (d2.admin) a disparu de mon tableau de bord alors que je l'avais encore la semaine dernière. Je peux y accéder par le lien que le prof nous a envoyé : https://ecampus.unicaen.fr/course/view.php?id=50127
Merci de votre aide
Jade Cordier - L2 Droit - 24008845""",
  codes=[('D2.ADMIN', 'd2.admin')], nums=['24008845'], ids=[50127], sym='course_not_on_dashboard', role='student',
  schemes=['Droit dotted (D1.XXXX)'], note='course no longer on dashboard but accessible by link', cte='qp')

M('048-prof-etudiants-voient-pas.eml', 'Michel Osouf <michel.osouf@unicaen.fr>',
  'Les étudiants ne voient pas mon cours', '2025-09-17 08:40',
  """Bonjour,

Mes étudiants de M1 contrôle de gestion ne voient pas mon cours "Comptabilité approfondie" (M1CG.1O2), alors qu'ils apparaissent dans la liste des participants. Moi je le vois (en grisé).

Michel Osouf
IAE Caen""",
  codes=[('M1CG.102', 'M1CG.1O2')], sym='students_cannot_see_course', schemes=['IAE (MnXX.nnn)'],
  note='hidden course: students enrolled but cannot see it', cs='iso-8859-1', cte='qp')

M('049-prof-pas-inscrit-ade.eml', 'Sandrine Tirard <sandrine.tirard@unicaen.fr>',
  'Je ne suis pas inscrite dans mon cours', '2025-09-09 13:37',
  """Bonjour,

J'enseigne l'UE de biochimie en 2e année de pharmacie (PH2UE03) mais je n'ai pas accès à l'espace Ecampus : je ne suis pas inscrite comme enseignante. Mes créneaux sont pourtant dans ADE.

Sandrine Tirard
MCU - UFR Santé, bureau 2.045
02 31 56 81 77""",
  codes=[('PH2-UE03', 'PH2UE03')], sym='teacher_not_enrolled', schemes=['Pharma (PHn-UEnn)'],
  note='teacher not enrolled in own course despite ADE planning', cte='b64')

M('050-prof-trop-enseignants.eml', 'Bruno Lecaplain <bruno.lecaplain@unicaen.fr>',
  'Trop d\'enseignants dans ST1_APS1', '2025-09-23 17:05',
  """Bonjour,
Dans mon cours ST1_APS1 (L1 STAPS) apparaissent 23 enseignants, dont la plupart n'interviennent pas dans ce cours. Les étudiants reçoivent des messages de gens qu'ils ne connaissent pas. Comment les retirer ?
B. Lecaplain, UFR STAPS""",
  codes=[('ST1_APS1', 'ST1_APS1')], sym='too_many_teachers', schemes=['STAPS (STn_APSn)'],
  note='too many teachers enrolled (ADE association)', cte='8bit')

M('051-prof-bloc-participants.eml', 'Yvette Marguerite <yvette.marguerite@unicaen.fr>',
  'bloc participants disparu', '2025-10-01 10:12',
  """Bonjour, je ne trouve plus le bloc "Participants" à droite dans mon cours HGEO201. Comment voir la liste de mes étudiants ?
Cordialement, Y. Marguerite""",
  codes=[('HGEO201', 'HGEO201')], sym='participants_block_missing', schemes=['HSS letters+digits (HXXXnnn)'],
  note='participants block no longer shown', cte='qp')

M('052-auto-absent.eml', 'Jean-Marc Osmont <jm.osmont@osmont-avocat.fr>',
  'Réponse automatique : [CEMU #42210] Droit constitutionnel : TD 5 et 6', '2025-10-02 08:01',
  """Bonjour,

Je suis absent du 1er au 5 octobre inclus, sans accès à ma messagerie. Pour toute urgence concernant les TD de L1, contacter la scolarité (02 31 56 55 08).

Cordialement,
JM Osmont""",
  sym='other', role='unknown', auto=True, note='out-of-office auto-reply on a ticket', cte='8bit',
  extra={'Auto-Submitted': 'auto-replied'})

M('053-bounce.eml', 'MAILER-DAEMON@unicaen.fr (Mail Delivery System)',
  'Undelivered Mail Returned to Sender', '2025-10-15 03:12',
  """This is the mail system at host smtp.unicaen.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<lucas.marie1@etu.unicaen.fr>: host mbox.unicaen.fr said: 552 5.2.2 Mailbox full

Reporting-MTA: dns; smtp.unicaen.fr
Arrival-Date: Wed, 15 Oct 2025 03:11:58 +0200""",
  sym='other', role='unknown', auto=True, lang='en', note='delivery failure (mailbox full)', cte='8bit')

M('054-etu-merci.eml', 'Camille Fosse <camille.fosse@etu.unicaen.fr>',
  'Re: [CEMU #42015] mauvais groupe de TD droit civil', '2025-09-26 12:30',
  """C'est bon je suis dans le bon groupe maintenant, merci beaucoup !!

Le jeu. 25 sept. 2025 à 16:12, CEMU Assistance <cemu.assistance@unicaen.fr> a écrit :
> Bonjour,
> La scolarité a corrigé votre affectation au groupe D1CIVTD07 dans Apogée ; la modification sera visible demain.
> Cordialement,
> L'équipe CEMU""",
  codes=[('D1CIVTD07', 'D1CIVTD07')], sym='other', role='student', schemes=['Droit dotted (D1.XXXX)'],
  note='thank-you after group correction', cte='qp')

M('055-prof-quiz.eml', 'Hervé Maupas <herve.maupas@unicaen.fr>',
  'Paramétrage test - temps supplémentaire', '2025-11-18 15:44',
  """Bonjour,
Comment accorder un tiers-temps à deux étudiants (22014490 et 22019035) pour le test en ligne de l'UE PH2-UE05 ? Je ne trouve pas l'option "dérogation".
H. Maupas - 02 31 56 82 19""",
  codes=[('PH2-UE05', 'PH2-UE05')], nums=['22014490', '22019035'], sym='other', schemes=['Pharma (PHn-UEnn)'],
  note='quiz extra time question', cte='qp')

M('056-etu-date-examen.eml', 'Romane Pichon <romane.pichon@etu.unicaen.fr>',
  'date partiel', '2025-12-01 20:15',
  """Bonjour, savez-vous quand aura lieu le partiel de stylistique (LM-2104) ? Il n'est pas sur l'ENT. Merci. Romane, L2 LM""",
  codes=[('LM-2104', 'LM-2104')], sym='other', role='student', schemes=['Lettres (LM-nnnn)'],
  note='exam date question, not Ecampus', cte='8bit')

M('057-spam.eml', 'Service Informatique <admin@webmail-unicaen-securite.com>',
  'Votre boîte mail sera désactivée', '2025-10-22 04:11',
  """Cher utilisateur,

Votre quota de messagerie est dépassé. Cliquez ici pour valider votre compte sous 24h : http://unicaen-verif.web.app/login

Service informatique""",
  sym='other', role='unknown', note='phishing spam', cte='b64')

M('058-etu-pas-inscrit-ia-annulee.eml', 'Alexis Dumont <alexis.dumont@etu.unicaen.fr>',
  'plus aucun cours depuis mon changement de parcours', '2025-10-08 09:50',
  """Bonjour,
J'ai changé de parcours fin septembre (de L2 maths vers L2 info, SLINF2) et depuis je ne suis inscrit dans aucun cours sur Ecampus, ni en maths ni en info. La scolarité dit que tout est bon de leur côté.
N° étudiant : 24009321 (INE 0903014522K)
Alexis Dumont""",
  codes=[('SLINF2', 'SLINF2')], nums=['24009321'], sym='not_enrolled', role='student', schemes=['Sciences info (INnXnn)'],
  note='IA cancelled and replaced after change of parcours: no courses (number written with spaces)', cte='qp')

M('059-sec-element-suspendu.eml', 'Valérie Hurel <valerie.hurel@unicaen.fr>',
  'Etudiants désinscrits de LM-3108', '2025-10-14 11:11',
  """Bonjour,
Tous les étudiants de l'UE LM3108 (Ancien français) ont disparu de l'espace Ecampus hier. Dans Apogée l'élément est suspendu depuis la maquette 2025, mais il est toujours enseigné cette année. Que faut-il faire ?
Valérie Hurel - Scolarité Lettres - 02 31 56 58 21""",
  codes=[('LM-3108', 'LM-3108'), ('LM-3108', 'LM3108')], sym='not_enrolled', schemes=['Lettres (LM-nnnn)'],
  note='suspended element: students unenrolled', cs='windows-1252', cte='qp')

M('060-dsi-idnumber.eml', 'Frédéric Lemarchand <frederic.lemarchand@unicaen.fr>',
  'idnumber modifié sur cours 47311', '2025-10-29 16:20',
  """Bonjour,

Côté DSI nous voyons que le cours id 47311 n'est plus alimenté par la synchro : son numéro d'identification a été changé à la main en "HHIS310-2025" au lieu de HHIS310. Pouvez-vous le rétablir ?

Frédéric Lemarchand
DSI - Pôle applications, bâtiment Science 3, bureau S3-204
02 31 56 60 02""",
  codes=[('HHIS310', 'HHIS310')], ids=[47311], sym='not_enrolled', schemes=['HSS letters+digits (HXXXnnn)'],
  note='DSI: idnumber manually modified, sync broken', cte='8bit')
