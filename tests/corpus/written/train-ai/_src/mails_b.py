from common import M

# 036
M('resp-llcer-l1-cohorte-html', 'Margaret Lefranc <margaret.lefranc@unicaen.fr>',
  'Espace commun L1 anglais + cohorte', html="""<p>Bonjour,</p>
<p>Pour la journée d'intégration du S2, nous aimerions que tous les L1 LLCER anglais soient inscrits
dans les espaces ci-dessous (liste de l'année complète) :</p>
<ol>
<li>AN-10A &ndash; EC1 Langue Traduction</li>
<li>AN-10B &ndash; EC2 Grammaire anglaise</li>
<li>AN-11A &ndash; Civilisation britannique 1</li>
<li>AN-11B &ndash; Civilisation américaine 1</li>
<li>AN-12A &ndash; Littérature 1</li>
<li>AN-12B &ndash; Oral et phonétique 1</li>
</ol>
<p>Est-ce qu'une synchronisation de cohorte suffirait ? Laquelle choisir ?</p>
<p>Margaret Lefranc<br>Responsable L1 LLCER anglais<br>Bât. Lettres, bureau LA 412</p>""",
  fmt='alt', day=4, hm='15:35',
  codes=['AN-10A', 'AN-10B', 'AN-11A', 'AN-11B', 'AN-12A', 'AN-12B'],
  sym='cohort_question', sch='B', et=['LLCA1'],
  note='programme head lists a whole year of courses (HTML ol) and asks which cohort to sync')

# 037
M('tr-ade-pseudo-groupe-inspe', 'Jérôme Lebaron <jerome.lebaron@unicaen.fr>',
  'TR: Pas inscrit dans Mémoire M2',
  """Bonjour,

Je vous transfère. Dans ADE je vois la planification sur ELP_2CA253_TD, mais Apogée a maintenant un
groupe 2CA253G1 créé le 10/01. C'est le cas de la FAQ ?

Jérôme Lebaron, gestionnaire ADE INSPE - poste 5571

De : Agnès Pottier <agnes.pottier@unicaen.fr>
Envoyé : vendredi 15 janvier 2027 11:06
À : Jérôme Lebaron <jerome.lebaron@unicaen.fr>
Objet : Pas inscrit dans Mémoire M2

Bonjour Jérôme,
je ne suis plus enseignante dans 2CA253 (Mémoire) ni dans 2CA254 depuis lundi. J'ai des mémoires à
corriger !
Agnès
""", day=15, hm='13:50',
  codes=['2CA253', '2CA253G1', '2CA254'],
  sym='teacher_not_enrolled', sch='A',
  note='forwarded chain; ADE pseudo-group ELP_2CA253_TD hides the element code; new group without planning')

# 038
M('sec-staps-tableur-I-pour-1', 'Aurélie Ternisien <aurelie.ternisien@unicaen.fr>',
  'Re: Affectations TD L1 STAPS',
  """Bonjour,

Autre souci en L1 STAPS, ces étudiants ne sont inscrits dans aucun cours du S2 (copie de mon tableur,
désolée les codes sont saisis à la main) :

22412310	TIAN11	Anatomie fonctionnelle
22412310	T1SH1	Sciences humaines 1
22412566	T1AP14	Pratique sportive 1

Aurélie
""", day=18, hm='10:30', cs='iso-8859-1', cte='quoted-printable',
  codes=[('T1AN11', 'TIAN11'), ('T1SH13', 'T1SH1'), 'T1AP14'], nums=['22412310', '22412566'],
  sym='not_enrolled', sch='I', et=['STAPL1'],
  note='hand-typed spreadsheet: I for 1 and a cut digit')

# 039
M('resp-histoire-L2-L3-archive', 'Damien Courtois <damien.courtois@unicaen.fr>',
  'Cours L2/L3 histoire introuvables',
  """Bonjour,

Voici ce que je n'arrive pas à trouver sur Ecampus :

LHIS2 :
  HST-204 - Histoire contemporaine 2
LHIS3 :
  HST-304 - Patrimoine
  HST-099 - Atelier d'écriture (ancien code, je crois qu'il est archivé depuis 2025)

Pour HST-204 je vois bien l'espace mais il est vide et caché ; pour HST-304 rien du tout.

Damien Courtois, MCF histoire moderne
""", day=19, hm='09:45',
  codes=['LHIS2', 'HST-204', 'LHIS3', 'HST-304', 'HST-099'],
  sym='course_missing', sch='G',
  note='etapes by code with elements, writer marks one code as archived')

# 040
M('auto-reponse-absence', 'Nathalie Leprevost <nathalie.leprevost@unicaen.fr>',
  'Réponse automatique : RE: [CEMU #318402] Etudiants L1 absents',
  """Bonjour,

Je suis absente du 25 au 29 janvier 2027 inclus. Pour toute question urgente concernant la scolarité
de Licence Droit, merci de contacter scol-droit@unicaen.fr ou le 02 31 56 54 00.

Cordialement,
Nathalie Leprévost
""", day=25, hm='07:00', role='unknown', auto=True, sym='other',
  extra={'Auto-Submitted': 'auto-replied'},
  note='out-of-office auto reply with ticket number and phone')

# 041
M('etu-mdp-oublie', 'Lina Bouchard <lina.bouchard@etu.unicaen.fr>', 'impossible de me connecter',
  """Bonjour,

Depuis hier je n'arrive plus à me connecter à ecampus, ça me dit identifiant ou mot de passe incorrect
alors que je me connecte bien à ma messagerie. J'ai changé mon mot de passe la semaine dernière.

Lina Bouchard
L1 Economie - 22408823
""", day=5, hm='08:50', nums=['22408823'], sym='cannot_login', role='student', et=['ECOL1'],
  note='student cannot log in after a password change; etape in words in signature')

# 042
M('etu-cas-destination', '22103317@etu.unicaen.fr', 'Connexion réussie mais rien',
  """Bonjour, quand je me connecte ca me met "Connexion réussie Bienvenue 22103317 ... CAS ne connaît
pas votre destination finale". Et je reste bloqué sur cette page. J'ai trouvé le lien sur google.
""", day=6, hm='07:41', nums=['22103317'], sym='cas_unknown_destination', role='student',
  note='student stuck on CAS page after search engine link')

# 043
M('ens-erreur-bdd-dimanche', 'Philippe Anquetil <philippe.anquetil@unicaen.fr>',
  'Erreur de lecture de la base de données',
  """Bonjour,

Ce dimanche matin (10h15) impossible d'accéder à mon cours EC0120, message "Erreur de lecture de la
base de données". Mes étudiants ont un QCM à rendre avant midi !

Philippe Anquetil
Envoyé depuis mon mobile Orange
""", day=10, hm='10:22', codes=['EC0120'], sym='database_error', sch='J',
  note='database error on Sunday morning during maintenance')

# 044
M('etu-nom-errone', 'Oceane Lefevre-Dubois <oceane.lefevre-dubois@etu.unicaen.fr>', 'Mon nom est faux',
  """Bonjour,
sur Ecampus mon nom est écrit "LEFEVRE DUBOIS Oceanne" au lieu de "Lefèvre-Dubois Océane". Mes profs de
L3 STAPS ne me trouvent pas dans les listes. N° étudiant 21904476, INE 0912345678K.
Merci
""", day=11, hm='17:12', nums=['21904476'], sym='wrong_name', role='student', et=['STAPL3'],
  note='wrong name; INE look-alike not counted')

# 045
M('ens-participants-introuvable', 'Gérard Villeneuve <gerard.villeneuve@unicaen.fr>',
  'Où est passée la liste des participants ?',
  """Bonjour,

Je ne trouve plus le bloc Participants dans mon cours de Finances publiques (DR2FIN1) depuis la mise à
jour. Comment voir mes étudiants ?

G. Villeneuve
Professeur - Faculté de droit, bureau 310
""", day=12, hm='11:30', codes=['DR2FIN1'], sym='participants_block_missing', sch='D',
  note='teacher cannot find the participants block')

# 046
M('resp-gea-trop-enseignants', 'Franck Hamelin <franck.hamelin@unicaen.fr>',
  'Trop d\'enseignants dans Anglais 1',
  """Bonjour,

Dans l'espace GA1R109 (Anglais 1) il y a 23 enseignants inscrits, dont des collègues de TC et de GEII
qui n'ont rien à y faire. Ils sont inscrits par "Base de données externe". Comment les retirer ?

F. Hamelin
""", day=13, hm='09:05', codes=['GA1R109'], sym='too_many_teachers', sch='E',
  note='too many teachers enrolled through the database')

# 047
M('spam-office365', '"Service Informatique" <support@unicaen-webmail-verify.com>',
  'Votre boîte aux lettres Office 365 est pleine', html="""<p>Cher utilisateur,</p>
<p>Votre quota de messagerie Office 365 a atteint 98%. Cliquez <a href="http://unicaen-webmail-verify.com/login">ici</a>
pour valider votre compte sous 24h, sinon il sera suspendu.</p><p>Équipe Technique - Ref 20270114-88231</p>""",
  fmt='html', day=14, hm='03:12', role='unknown', sym='other', note='phishing spam')

# 048
M('bounce-adresse-inconnue', 'Mail Delivery System <MAILER-DAEMON@smtp.unicaen.fr>',
  'Undelivered Mail Returned to Sender',
  """This is the mail system at host smtp.unicaen.fr.

I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

<kevin.robilard@etu.unicaen.fr>: host mx.unicaen.fr[193.55.120.20] said: 550 5.1.1 User unknown

Reporting-MTA: dns; smtp.unicaen.fr
Arrival-Date: Mon, 18 Jan 2027 14:02:11 +0100
""", day=18, hm='14:02', role='unknown', auto=True, lang='en', sym='other',
  note='bounce for a mistyped student address')

# 049
M('merci-regle-liste-citee', 'Sylvie Brard <sylvie.brard@unicaen.fr>', 'RE: TR: cours manquants L1 Histoire',
  """C'est réglé pour les deux, merci beaucoup !

Sylvie

De : CEMU Assistance
Envoyé : jeudi 7 janvier 2027 10:15
Objet : RE: TR: cours manquants L1 Histoire

Bonjour,
M. Gosselin n'était pas planifié sur les bons groupes dans ADE pour HST-104 ; pour HST-105 la fiche
ADE pointait vers un élément obsolète. Les deux sont corrigés, il sera inscrit cette nuit.
L'équipe CEMU
""", day=8, hm='08:30', codes=['HST-104', 'HST-105'], sym='other', sch='G',
  note='thanks, problem solved, quoting the CEMU answer with codes')

# 050
M('ens-etudiants-voient-pas', 'Nadia Ferhat <nadia.ferhat@unicaen.fr>', 'Les étudiants ne voient pas mon cours',
  html="""<p>Bonjour,</p><p>Mes étudiants de L2 éco n'arrivent pas à accéder à mon cours d'économétrie
(EC0320) : <a href="https://ecampus.unicaen.fr/course/view.php?id=58813">https://ecampus.unicaen.fr/course/view.php?id=58813</a>.
Moi je le vois, en grisé. Ils sont pourtant dans la liste des participants.</p>
<p>Nadia Ferhat<br>MCF Sciences économiques<br>Tél. 02 31 56 62 47</p>""",
  fmt='alt', day=19, hm='10:40', codes=['EC0320'], ids=[58813],
  sym='students_cannot_see_course', sch='J', et=['ECOL2'],
  note='hidden course: teacher sees it greyed, her L2 eco students cannot enter')

# 051
M('dsi-ecran-apogee-suspendu', 'Romain Pichon <romain.pichon@unicaen.fr>',
  'M.1.MS03 : inscriptions suspendues ?',
  """Bonjour,

Un enseignant de socio se plaint que ses étudiants ont disparu de M.1.MS03. Voici l'écran Apogée :

Élément pédagogique (Visualisation)
Code élément: M.1.MS03   Libellé: Théories chang. social   Nature: EC
Libellé long: Théories du changement social   Dernière modification: 08/01/2027
Elément géré hors établi...  Motif: Remplacé sur maquette 2026-2027
Composante: 12 UFR HSS   Volume: 24 Heures   Période: S2

Donc il est suspendu. Le remplaçant serait M.1.MS04 ? A confirmer avec la scolarité.

Romain Pichon - DSI
""", day=20, hm='14:00', codes=['M.1.MS03', 'M.1.MS04'], sym='not_enrolled', sch='C',
  note='DSI pastes an Apogee element screen: element suspended, students gone')

# 052
M('ens-info-tableur-codes-coupes', 'Vincent Leroux <vincent.leroux@unicaen.fr>',
  'Cours L2 info - je ne suis pas inscrit',
  """Bonjour,

Je ne suis pas inscrit en tant qu'enseignant dans ces cours (colonne copiée de mon tableau de service,
les codes sont un peu abîmés) :

4IN3BD    BDD 1        CM+TD
4IN3AR    Archi        TP
4IN3ALG   Algo         TD   <- celui-là je crois que c'est une erreur de ma part, c'est 4IN4ALG

Vincent Leroux
""", day=21, hm='11:25',
  codes=[('4IN3BDD', '4IN3BD'), ('4IN3ARC', '4IN3AR'), '4IN3ALG', '4IN4ALG'],
  sym='teacher_not_enrolled', sch='F',
  note='service table with cut codes and one wrong code corrected by the writer')

# 053
M('sec-droit-l1-cohorte-ol', 'Nathalie Leprevost <nathalie.leprevost@unicaen.fr>',
  'Cohorte DRL1 pour le tutorat', html="""<p>Bonjour,</p>
<p>Nous ouvrons un espace de tutorat pour toute la L1 (cohorte <b>DRL1</b>). Les tuteurs souhaitent aussi
que les étudiants retrouvent les liens vers les cours suivants :</p>
<ol><li>DR1INT1 - INTRODUCTION AU DROIT</li><li>DR1CIV2 - DROIT CIVIL 2</li>
<li>DR1CST2 - DROIT CONSTITUTIONNEL 2</li><li>DR1ANG1 - ANGLAIS JURIDIQUE 1</li></ol>
<p>Faut-il une cohorte pour l'espace de tutorat ou une inscription manuelle ?</p>
<p>Nathalie Leprévost - 02 31 56 54 12</p>""", fmt='html', day=22, hm='09:10', cs='windows-1252',
  codes=['DRL1', 'DR1INT1', 'DR1CIV2', 'DR1CST2', 'DR1ANG1'], sym='cohort_question', sch='D',
  note='HTML ordered list of L1 droit courses, cohort question for a tutoring space')

# 054
M('reponse-correction-psy-groupe', 'Hélène Quesnel <helene.quesnel@unicaen.fr>',
  'RE: Étudiants M1 psy absents des groupes',
  """Petite erreur : le dernier est dans PS1E04G2, pas G1.

Le 26/01/2027 à 15:20, Hélène Quesnel a écrit :
> 22006611 ; PSM1.E02 ; PS1E02G1
> 22006698 ; PSM1.E02 ; PS1E02G2
> 22007010 ; PSM1.E04 ; PS1E04G1
""", day=26, hm='15:41',
  codes=['PS1E04G2', 'PSM1.E02', 'PS1E02G1', 'PS1E02G2', 'PSM1.E04', 'PS1E04G1'],
  nums=['22006611', '22006698', '22007010'], sym='wrong_group', sch='H',
  note='one-line correction on top of quoted semicolon list')

# 055
M('etu-du-compte-invite', 'Bernard Hue <bernard.hue@orange.fr>', 'Accès ecampus formation continue',
  """Bonjour,

Je suis inscrit en formation continue et je n'arrive pas à me connecter à Ecampus : la page me demande
une adresse mail dans mon profil et je ne peux pas la modifier. Mon compte a été créé par le service
de formation continue la semaine dernière.

Bernard Hue
06 12 34 56 78
""", day=7, hm='19:20', sym='cannot_login', role='student',
  note='continuing education learner blocked on profile page without email')

# 056
M('ens-visiting-en', 'Sarah Mitchell <s.mitchell@hotmail.co.uk>', 'Not enrolled as teacher in AN-31A',
  """Dear colleagues,

I am a visiting lecturer teaching English linguistics (AN-31A) this semester, Tuesdays 10-12 in room
LA 240. The department told me I would be enrolled as a teacher automatically, but I can only see the
course as a guest. Could you please check?

Best regards,
Sarah Mitchell
""", day=12, hm='13:02', lang='en', codes=['AN-31A'], sym='teacher_not_enrolled', role='staff',
  sch='B', note='visiting lecturer in English, teacher not enrolled')

# 057
M('sec-gea-piece-jointe-liste', 'Céline Jamet <celine.jamet@unicaen.fr>',
  'Étudiants absents de GA1R105',
  """Bonjour,

Ci-joint la liste (GA1R105_absents.csv). En résumé, 4 étudiants de BUT GEA 1 ne sont pas dans
l'espace Introduction à la comptabilité :
22402001, 22402154, 22402289, 22402301
Ils sont en TP3B dans Apogée.

Céline Jamet
Secrétariat GEA - IUT, bâtiment A, RDC
""", day=20, hm='16:30',
  att=('GA1R105_absents.csv', 'text/csv', b'COD_ETU;COD_ELP;GROUPE\n22402001;GA1R105;GA1TP3B\n'),
  codes=['GA1R105', ('GA1TP3B', 'TP3B')], nums=['22402001', '22402154', '22402289', '22402301'],
  sym='not_enrolled', sch='E', et=['BGEA1'],
  note='attachment named after a code, student list inline, group in words')

# 058
M('ens-geo-tp-minuscules', 'Marc Delaunay <marc.delaunay@unicaen.fr>', 'groupes TP carto',
  """Bonjour,
dans go1cart les groupes TP1 et TP2 sont inversés par rapport à ADE. Pareil dans go1.clim je crois.
C'est pour ma L1 géo.
Merci
Marc
""", day=25, hm='10:12',
  codes=[('GO1.CART', 'go1cart'), ('GO1.CARTTP1', 'TP1'), ('GO1.CARTTP2', 'TP2'), ('GO1.CLIM', 'go1.clim')],
  sym='wrong_group', sch='K',
  note='lower case geography codes, one without its dot; TP groups of the first course')

# 059
M('etu-staps-colere', 'Theo Marie <theo.marie14@gmail.com>', 'AUCUN COURS !!!!',
  """JE SUIS EN L1 STAPS ET JE N AI AUCUN COURS SUR ECAMPUS DEPUIS LA RENTREE DE JANVIER. PERSONNE NE
REPOND A LA SCOLARITE. C EST INADMISSIBLE ON A UN PARTIEL LE 3 FEVRIER
THEO MARIE 22411650
""", day=26, hm='23:58', nums=['22411650'], sym='not_enrolled', role='student', et=['STAPL1'],
  note='angry student in caps from gmail, etape in words')

# 060
M('etu-eco-copie-ade-horaires', 'Jade Poulain <jade.poulain@etu.unicaen.fr>', 'mauvais TD micro 1',
  """Bonjour,
sur ADE j'ai :
Lun 25/01 08:00-10:00 ; AMPHI B ; EC0110 Microéconomie 1 CM
Mar 26/01 14:00-16:00 ; S3-045 ; EC0110TD2
mais sur ecampus je suis dans EC0110TD3. Je suis en L1 éco.
Jade (22409912)
""", day=27, hm='12:15',
  codes=['EC0110', 'EC0110TD2', 'EC0110TD3'], nums=['22409912'],
  sym='wrong_group', role='student', sch='J', et=['ECOL1'],
  note='ADE timetable copy with dates, rooms; wrong group')

# 061
M('ens-question-cohorte-generale', 'Loïc Varin <loic.varin@unicaen.fr>', 'Cohortes',
  """Bonjour,

Je voudrais savoir si les cohortes sont mises à jour automatiquement quand un étudiant abandonne, et
combien de temps après son IA un étudiant apparaît dans la cohorte. C'est pour un espace
complémentaire (méthodologie) ouvert à toute la promo de L2 histoire.

Merci,
Loïc Varin
""", day=8, hm='14:14', sym='cohort_question', et=['LHIS2'],
  note='general question on cohort update delays for a space open to L2 histoire students')

# 062
M('sec-inspe-m2-tableau-liens', 'Jérôme Lebaron <jerome.lebaron@unicaen.fr>', 'M2 MEEF : inscrits manquants',
  html="""<p>Bonjour,</p><p>Récapitulatif pour le M2 MEEF 1er degré Caen (code étape MEEF2C) :</p>
<table border="1"><tr><th rowspan="2">Code</th><th rowspan="2">Espace Ecampus</th><th colspan="2">Inscrits</th></tr>
<tr><th>Apogée</th><th>Ecampus</th></tr>
<tr><td>2CA251</td><td><a href="https://ecampus.unicaen.fr/course/view.php?id=60117">(2CA251) Didactique du français 2</a></td><td>48</td><td>48</td></tr>
<tr><td>2CA252</td><td><a href="https://ecampus.unicaen.fr/course/view.php?id=60118">(2CA252) Didactique des mathématiques 2</a></td><td>48</td><td>12</td></tr>
<tr><td>2CA256</td><td><a href="https://ecampus.unicaen.fr/course/view.php?id=60122">(2CA256) Gestion de classe</a></td><td>48</td><td>0</td></tr>
</table><p>Jérôme Lebaron - INSPE</p>""", fmt='html', day=28, hm='09:40',
  codes=['MEEF2C', '2CA251', '2CA252', '2CA256'], ids=[60117, 60118, 60122],
  sym='not_enrolled', sch='A',
  note='HTML table with merged headers and course links')

# 063
M('etu-droit-ead-groupe', 'Samia Benali <samia.benali@etu.unicaen.fr>', 'Groupe à distance droit civil',
  """Bonjour,

Je suis la L1 droit à distance (salariée). Dans le cours DR1CIV1 je suis dans le TD1 en présentiel au
lieu du groupe EAD, donc je n'ai pas les classes virtuelles.
Numéro : 22390021

Samia Benali
""", day=14, hm='21:30',
  codes=['DR1CIV1', ('DR1CIV1TD1', 'TD1'), ('DR1CIV1EAD', 'groupe EAD')], nums=['22390021'],
  sym='wrong_group', role='student', sch='D', et=['DRL1'],
  note='distance student in campus TD instead of EAD group')

# 064
M('etu-staps-contrat-code-archive', 'Lucas Hamon <lucas.hamon@etu.unicaen.fr>', 'cours pratique sportive',
  """Bonjour,

Sur mon contrat pédagogique de L2 STAPS j'ai T2AP24 et T2AP29 (pratique sportive option natation).
T2AP24 est bien sur ecampus mais T2AP29 n'existe pas, apparemment c'est un vieux code qui n'existe plus
d'après la scolarité. Est-ce qu'il y a un autre espace pour la natation ?

Lucas Hamon 22305580
""", day=15, hm='12:12', codes=['T2AP24', 'T2AP29'], nums=['22305580'],
  sym='course_missing', role='student', sch='I', et=['STAPL2'],
  note='learning contract with an archived code the student says no longer exists')

# 065
M('ens-histoire-quiz', 'Bérénice Aumont <berenice.aumont@unicaen.fr>', 'Réglage test HST-204',
  """Bonjour,

Pour le test de mi-semestre dans HST-204, comment accorder un tiers-temps à deux étudiants (22217001 et
22217044) ? Le test est prévu le 2 février de 14h à 15h.

Merci,
B. Aumont
""", day=25, hm='16:48', codes=['HST-204'], nums=['22217001', '22217044'], sym='other', sch='G',
  note='quiz settings question (extra time), dates and hours look-alikes')

# 066
M('sec-psy-nom-etudiant', 'Hélène Quesnel <helene.quesnel@unicaen.fr>', 'Nom erroné',
  """Bonjour,

Une étudiante de M1 (22006702) apparaît sous son ancien nom de naissance dans PSM1.E05 et partout sur
Ecampus. Elle a fait la modification à la scolarité le 12/01. Combien de temps faut-il ?

H. Quesnel
""", day=18, hm='09:00', codes=['PSM1.E05'], nums=['22006702'], sym='wrong_name', sch='H',
  note='staff reports wrong name of a student')

# 067
M('resp-socio-cohortes-et-cours', 'Patricia Lemonnier <patricia.lemonnier@unicaen.fr>',
  'Cohortes MSOC1 / MSOC2 dans deux espaces communs',
  """Bonjour,

Nous voudrions inscrire par cohorte les M1 et M2 sociologie (MSOC1, MSOC2) dans les deux espaces
transversaux suivants, ouverts aux deux années :
 - M.1.MS05 Statistiques appliquées
 - M.1.MS06 Anglais pour sociologues
Est-ce possible sans casser les inscriptions automatiques des M1 ?

Patricia Lemonnier
""", day=21, hm='10:30', codes=['MSOC1', 'MSOC2', 'M.1.MS05', 'M.1.MS06'], sym='cohort_question',
  sch='C', note='two etapes by code and two elements for a cohort sync')

# 068
M('auto-reply-en', 'Deborah Wright <deborah.wright@unicaen.fr>', 'Automatic reply: Mutualisation AN-20A / AN-30A',
  """I am out of the office until 1 February 2027 with limited access to email. For urgent matters
please contact the English department office (02 31 56 56 30).
""", day=21, hm='08:48', lang='en', auto=True, role='unknown', codes=['AN-20A', 'AN-30A'], sch='B',
  extra={'Auto-Submitted': 'auto-replied'},
  note='English out-of-office reply whose subject quotes two codes')

# 069
M('ens-inspe-b64-tab', 'Agnès Pottier <agnes.pottier@unicaen.fr>', 'Toujours pas enseignante',
  """Bonjour,

Malgré la correction dans ADE, je ne suis toujours pas enseignante dans les espaces du M2 :

Code\tLibellé\tPlanifié ADE
2CA253\tMémoire\toui
2CA254\tStage en responsabilité\toui
2CA255\tNumérique éducatif\tnon (cours à distance)

Le dernier est normal d'après ce que j'ai lu, mais les deux premiers ?

Agnès Pottier
Formatrice INSPE - site de Caen
""", day=22, hm='17:05', cte='base64',
  codes=['2CA253', '2CA254', '2CA255'], sym='teacher_not_enrolled', sch='A',
  note='base64 body with a tab-separated list, teacher not enrolled')

# 070
M('etu-merci-regle', '22208841@etu.unicaen.fr', 'Re: pas de cours ecampus',
  """c bon j'ai les 4 cours maintenant merci !!

Le 06/01/2027 à 22:47, 22208841@etu.unicaen.fr a écrit :
> je suis en L2 info et j'ai que 2 cours sur ecampus sur 4.
""", day=8, hm='13:20', nums=['22208841'], sym='other', role='student', et=['4LINF2'],
  note='student thanks, problem solved, quoted history')
