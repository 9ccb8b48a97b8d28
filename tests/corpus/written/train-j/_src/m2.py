from sch import *
mail('all-caps-pas-connexion', 'KEVIN LEBRETON <kevin.lebreton14@orange.fr>', 'IMPOSSIBLE DE ME CONNECTER',
"""BONJOUR
JE N ARRIVE PAS A ME CONNECTER A ECAMPUS DEPUIS 3 JOURS. MON COMPTE EST BLOQUE ? JE SUIS EN STAPS 1ERE ANNEE. NUMERO 25057712
TEL 06 42 18 77 30
MERCI DE ME RAPPELER""", 'cannot_login','student', nums=['25057712'], note='all caps, cannot log in, phone number look-alike', date=D(2025,9,5,22,30))

mail('prof-info-reseaux-etudiants-tp4', 'Karim Haddad <karim.haddad@unicaen.fr>', '[Ecampus] TP4 réseaux L3 vide',
"""Bonjour,

Dans mon cours Réseaux et protocoles de L3 informatique (code IN5-B07), le groupe TP 4 est vide alors que j'ai 18 étudiants devant moi chaque mardi en salle S3-112. Les autres groupes TP sont remplis. Du coup ils n'ont pas accès aux sujets.

Un exemple : 23004417.

--
Karim Haddad
Département informatique - UFR des Sciences
Campus 2, bâtiment S3, bureau S3-224""", 'not_enrolled','staff', codes=[('IN5B07','IN5-B07'),('IN3-TP4','TP 4')], nums=['23004417'], schemes=[S_IN,S_GRP], note='a whole TP group absent from course; room look-alike', date=D(2025,9,29,18,1))

mail('geo-ead-groupe-cemu', 'Morgane Lesage <morgane.lesage@laposte.net>', 'inscription à distance géographie',
"""Bonjour,

Je suis en L2 géographie à distance (EAD) et dans le cours Géographie des risques (GE4 D21) je suis mise dans le groupe des présentiels, donc je n'ai pas les visios ni les devoirs du groupe EAD. Mon inscription administrative est bien en télé-enseignement.

N° étudiant : 23051108

Cordialement
Morgane Lesage""", 'wrong_group','student', codes=[('GE4D21','GE4 D21'),('GEL2-PRES','groupe des présentiels'),('GEL2-EAD','groupe EAD')], nums=['23051108'], schemes=[S_GEO,S_GRP], note='distance student placed in presential group', cs='iso-8859-1', date=D(2026,2,3,11,14))

mail('merci-resolu', 'Chloé Vautier <chloe.vautier@etu.unicaen.fr>', 'Re: [CEMU #48502] accès cours',
"""C'est bon ça marche maintenant, merci beaucoup !!

Chloé

> Le 14/10/2025 à 09:12, CEMU Assistance a écrit :
> Bonjour, votre inscription a été corrigée dans Apogée, elle sera visible demain sur Ecampus.""", 'other','student', note='thank-you on resolved ticket', date=D(2025,10,15,8,2))

mail('dsi-maintenance-annonce', 'DSI UNICAEN <dsi-communication@unicaen.fr>', '[Info DSI] Intervention sur l\'annuaire - jeudi 13 novembre',
"""Madame, Monsieur,

Une intervention de maintenance sur l'annuaire LDAP aura lieu le jeudi 13 novembre 2025 de 12h30 à 13h30. Durant ce créneau, l'authentification CAS pourra être perturbée (Ecampus, ENT, messagerie Zimbra).

Référence intervention : CHG-2025-0412

La Direction du Système d'Information
Esplanade de la Paix - CS 14032 - 14032 Caen Cedex 5""", 'other','staff', note='DSI maintenance announcement, mailing list', auto=True, headers={'List-Id':'<dsi-info.listes.unicaen.fr>','Precedence':'list'}, date=D(2025,11,10,15,0))

mail('prof-meef-pas-inscrit-didactique', 'Isabelle Fontaine <isabelle.fontaine@unicaen.fr>', 'inscription enseignante Didactique des maths M1 MEEF',
"""Bonjour,

Je remplace une collègue sur le cours de didactique des mathématiques (M1 MEEF premier degré, site de Saint-Lô), code mf1.sl07. Je ne suis pas inscrite dans l'espace Ecampus et la scolarité m'indique que ce n'est pas de son ressort. Mes séances commencent le 6 octobre.

Pouvez-vous m'y inscrire en tant qu'enseignante ?

Isabelle Fontaine
PRAG mathématiques - INSPE Normandie Caen
Site de Saint-Lô, 1 rue Léon Jouhaux""", 'teacher_not_enrolled','staff', codes=[('MF1.SL07','mf1.sl07')], schemes=[S_MEEF], note='replacement teacher not enrolled (lowercase code)', form='alt', date=D(2025,9,30,16,45))

mail('sms-pas-cours-tableau', 'lucas.pierre@etu.unicaen.fr', 'cours',
"""slt jvois pa mon cours de fiscalité sur mon tableau de bord alor que g eu cours hier, c normal?? BUT GEA 2A td1 merci""", 'course_not_on_dashboard','student', codes=[('BGE2TD1','td1')], schemes=[S_GRP], note='SMS style: fiscalite course not on dashboard; group TD1 of GEA 2', date=D(2025,9,18,23,51))

mail('delivery-failure', 'Mail Delivery System <MAILER-DAEMON@smtp.unicaen.fr>', 'Undelivered Mail Returned to Sender',
"""This is the mail system at host smtp.unicaen.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<jean.dupond@unicaen.fr>: host mailstore.unicaen.fr[10.14.2.8] said: 550 5.1.1
    <jean.dupond@unicaen.fr>: Recipient address rejected: User unknown""", 'other','unknown', auto=True, note='bounce', to='cemu.assistance@unicaen.fr', headers={'Auto-Submitted':'auto-generated'}, date=D(2025,10,20,4,2))

mail('prof-psycho-etudiants-voient-pas', 'Dr Claire Anquetil <claire.anquetil@unicaen.fr>', 'Étudiants L3 psycho - cours non visible',
"""Bonjour,

Plusieurs étudiants du TD5 de L3 psycho m'écrivent qu'ils ne trouvent pas mon cours de psychologie du développement de l'adolescent (PSL5 E06) sur Ecampus. Je l'ai pourtant rendu visible hier soir dans les paramètres. Est-ce un délai normal ?

Exemple d'étudiant : Maëlle Jeanne, 23018841

Bien cordialement,
Claire Anquetil""", 'students_cannot_see_course','staff', codes=[('PSL3TD5','TD5'),('PSL5.E06','PSL5 E06')], nums=['23018841'], schemes=[S_GRP,S_PSY], note='students cannot see course just made visible', form='html', cs='windows-1252', date=D(2025,10,3,7,58))

mail('esix-cours-inexistant', 'Paul Guérin <paul.guerin@unicaen.fr>', 'Pas d\'espace Ecampus pour Automatique linéaire',
"""Bonjour,

Il n'existe pas d'espace de cours pour mon module d'automatique linéaire en 1re année ESIX mécatronique (ESX M31). Pouvez-vous le créer ? Les étudiants en ont besoin pour les TP de la semaine prochaine.

Paul Guérin
ESIX Normandie - Département Mécatronique
Tél. : 02 31 56 73 21""", 'course_missing','staff', codes=[('ESX-M31','ESX M31')], schemes=[S_ESX], note='ESIX course space missing; code with space instead of dash', date=D(2025,9,22,9,20))

mail('erasmus-outgoing-en', 'Hugo Lemaître <hugo.lemaitre@etu.unicaen.fr>', 'No access to courses while in Spain',
"""Hi,

I'm currently on Erasmus in Salamanca for the first semester (L3 history). I still need the materials for Archaeology (HST5-09) because I'll take the exam in Caen in January, but I'm not enrolled in the course anymore on ecampus. Student ID 22014420.

Thanks a lot,
Hugo""", 'not_enrolled','student', codes=[('HST5.09','HST5-09')], nums=['22014420'], lang='en', schemes=[S_HS], note='outgoing Erasmus student not enrolled; dash instead of dot', date=D(2025,10,21,21,10))

mail('scol-droit-nom-etudiant', 'Bureau des inscriptions <bureau.inscriptions@unicaen.fr>', 'Correction nom d\'usage - répercussion Ecampus',
"""Bonjour,

Nous avons corrigé hier dans Apogée le nom d'usage de l'étudiante ci-dessous (nom de mariage). Ecampus affiche toujours l'ancien nom. Combien de temps faut-il attendre ?

N° étudiant : 21033097 - INE : 1234567890A
Ancien nom : LEFRANC épouse MARIE → nouveau : MARIE

Cordialement,
Le bureau des inscriptions
Direction des Études et de la Vie Étudiante""", 'wrong_name','staff', nums=['21033097'], note='name corrected in Apogee, still old in Ecampus', date=D(2026,1,13,10,25))

mail('cohorte-pass-tutorat', 'Aurélie Vimont <aurelie.vimont@unicaen.fr>', 'Question cohortes PASS',
"""Bonjour,

Pour l'espace de tutorat du PASS (id=40127), nous avions synchronisé la cohorte « PASS 2024-2025 ». Est-ce qu'elle se met à jour toute seule avec les nouveaux inscrits de cette année ou faut-il en créer une nouvelle ? Et combien de temps après l'inscription administrative un étudiant apparaît-il dans la cohorte ?

Aurélie Vimont
Service de scolarité - UFR Santé""", 'cohort_question','staff', ids=[40127], note='does PASS cohort update itself', date=D(2025,9,9,14,0))

mail('prof-ancien-cours-archive-iae', 'Marc Delaunay <marc.delaunay@unicaen.fr>', 'cours renommé finance',
"""Bonjour,
Mon cours de Finance d'entreprise M1 (IAM1 F02) a été renommé avec « ARCHIVE » devant et je ne le trouve plus dans la catégorie IAE > M1. Par contre il y a un nouvel espace vide avec le même titre. Dois-je tout recopier ?
Marc Delaunay""", 'course_moved_renamed','staff', codes=[('IAM1-F02','IAM1 F02')], schemes=[S_IAE], note='course archived after code change, new empty space', form='alt', date=D(2025,9,3,9,9))

mail('quiz-temps-limite', 'Frédéric Bazin <frederic.bazin@unicaen.fr>', 'Réglage du test - tiers temps',
"""Bonjour,

Comment donner un tiers-temps à deux étudiants sur un test Moodle ? Le test d'anglais LANSAD (HLAN305) dure 30 min, il faudrait 40 min pour eux. Je ne trouve pas l'option « dérogations ».

Merci !
F. Bazin, Centre de langues""", 'other','staff', codes=[('HLAN305','HLAN305')], schemes=[S_HLAN], note='quiz user override (extra time)', date=D(2026,1,20,12,12))

mail('etudiant-pas-inscrit-7mda', 'Sarah Cohen <sarah.cohen@etu.unicaen.fr>', 'Droit des sociétés M1 - pas inscrite',
"""Bonjour,

Je suis en M1 droit des affaires (7MDAF-111) groupe TD 2 et je n'ai pas accès à l'espace de droit des sociétés approfondi (7MDA-21). Toute ma promo l'a sauf moi et une autre étudiante, Emma Roux.

Mon numéro : 21007356
Merci""", 'not_enrolled','student', codes=[('7MDAF','7MDAF-111'),('7MDAF-TD2','TD 2'),('7MDA21','7MDA-21')], nums=['21007356'], schemes=[S_ETP,S_GRP,S_7M], note='M1 student not enrolled; etape with version; stray dash in element', date=D(2025,10,9,19,19))

mail('connexion-etudiant-en-CAS-uniquement', 'Eloise Martin <eloise.mrtn@gmail.com>', 'connexion',
"""Bonjour, quand je vais sur cas.unicaen.fr je me connecte bien mais après j'ai une page qui dit que CAS ne connait pas ma destination et ne me redirige nulle part. Je suis en licence d'histoire 1re année.
Merci de votre aide""", 'cas_unknown_destination','student', note='CAS unknown destination, direct CAS url', date=D(2025,9,4,20,33))

mail('ecampus-lent-indisponible', 'Olivier Brunet <olivier.brunet@unicaen.fr>', 'Ecampus inaccessible',
"""Bonjour,
Depuis 9h05, Ecampus me renvoie « Error: Database connection failed - It is possible that the database is overloaded ». J'ai un examen en ligne programmé à 10h (amphi Pierre Daure, 240 étudiants). Que faire ?
O. Brunet - 06 71 45 22 10""", 'database_error','staff', note='database connection failed before online exam', date=D(2026,1,11,9,12))

mail('newsletter-cemu', 'La lettre du CEMU <lettre-cemu@listes.unicaen.fr>', 'La lettre du CEMU - novembre 2025',
"""Au sommaire ce mois-ci :
- Nouveautés Moodle 4.4 : le nouveau carnet de notes
- Atelier « Moodle niveau 1 » le 27/11 en salle SA-110
- Problèmes d'accès à Ecampus : la page dédiée

Se désabonner : https://listes.unicaen.fr/sympa/sigrequest/lettre-cemu""", 'other','unknown', auto=True, form='html', headers={'List-Id':'<lettre-cemu.listes.unicaen.fr>','Precedence':'bulk'}, note='CEMU newsletter', date=D(2025,11,3,8,0))

mail('l1-anxieuse-tableau-de-bord', 'Manon Leroy <manon.leroy@etu.unicaen.fr>', 'aidez moi svp je ne vois aucun cours',
"""Bonjour,

Je suis en première année de droit et je suis vraiment perdue, sur mon tableau de bord je ne vois que 2 cours alors qu'on en a au moins 6 ce semestre (droit civil, constit, histoire du droit, méthodo...). Je ne sais pas si j'ai raté quelque chose à l'inscription, je commence à paniquer car les partiels approchent.

Je suis dans le groupe de TD numéro 3.

Numéro étudiant 25019984

Merci de votre aide, vraiment
Manon""", 'course_not_on_dashboard','student', codes=[('JL1TD03','groupe de TD numéro 3')], nums=['25019984'], schemes=[S_GRP], note='anxious L1 law student sees only 2 courses on dashboard', date=D(2025,11,24,22,47))
