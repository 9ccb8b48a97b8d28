from lib import *
# 043
t43 = """Bonjour,

je suis en L3 LLCER anglais, je n'ai pas accès au cours de civilisation américaine. Le code sur mon contrat pédagogique c'est
HLAN5O3 (je crois, c'est écrit tout petit). Ma copine en L3 elle l'a. J'ai fait mon IP en retard (le 6 octobre) parce que
j'étais en attente de validation de ma L2 (jury du 30/09).

Manon Guillard
numéro étudiant 23008145
"""
M('043-etu-ip-tardive-anglais.eml', '"Manon Guillard" <manon.guillard@etu.unicaen.fr>', 'pas accès au cours de civi', '2025-10-08 21:10', t43,
  g=G(['HLAN503'], ['HLAN5O3'], ['23008145'], [], 'not_enrolled', 'student', schemes=['letters+digits (FAQ shape)'], note='late IP, student not enrolled; code written with O for 0'))
# 044
h44 = """<html><body><p>Bonjour,</p><p>J'ai rendu visible mon cours d'analyse du contexte (code <b>1CA158</b>, M2 MEEF PE, <a href="https://ecampus.unicaen.fr/course/edit.php?id=50214">paramètres ici</a>) depuis deux semaines.
Les étudiants du groupe <i>alternants</i> me disent qu'ils ne le voient toujours pas dans leurs cours, alors que les autres le voient.</p>
<p>Est-ce que ça vient de chez moi ?</p><p>Merci !<br>Delphine Aubry, formatrice INSPE, site d'Alençon (61000) – 02 33 82 45 10</p></body></html>"""
M('044-formatrice-inspe-alternants-voient-pas.eml', '"Delphine Aubry" <delphine.aubry@unicaen.fr>', 'Certains étudiants ne voient pas le cours 1CA158', '2025-10-16 11:02', html=h44,
  g=G(['1CA158', 'MEF2PE-ALT'], ['1CA158', 'alternants'], [], [50214], 'students_cannot_see_course', 'staff', schemes=['digits+letters+digits (FAQ shape 1CA153)', 'INSPE group <étape>-ALT'], note='some students (alternants group) cannot see a visible INSPE course'))
# 045
t45 = """Hello,

Sorry to bother you. I am a Master student in Engineering (ESIX, Erasmus Mundus "Robotics") and the platform shows my name as
"Nguyen Thi Thu Hang Nguyen", twice my family name. Also my email is wrong: it is hang.nguyen@etu.unicaen.fr and not
nguyen.thi@etu.unicaen.fr. I receive nothing from my teachers.

Student number: 25403105
Passport: C4837102 (Vietnam)

Best regards,
Hang"""
M('045-en-wrong-name-email.eml', '"Nguyen Thi Thu Hang" <hang.ntt2001@yahoo.com>', 'My name is wrong on Ecampus', '2025-10-10 06:31', t45,
  g=G([], [], ['25403105'], [], 'wrong_name', 'student', 'en', note='international student: doubled family name and wrong email address'))
# 046
t46 = """Bonjour,

Depuis ce matin je n'arrive plus à voir l'UE ASP5-SCN (Scénographie) sur mon tableau de bord. Hier elle y était. Je l'ai peut-être
"retirée de la vue" sans faire exprès en cliquant sur les trois petits points ? Comment je la remets ?

Merci d'avance
Lucie Perrot, L3 Arts du spectacle"""
M('046-etu-arts-retiree-vue.eml', '"Lucie Perrot" <lucie.perrot@etu.unicaen.fr>', 'UE disparue du tableau de bord', '2025-11-19 09:14', t46, cs='iso-8859-1', cte='quoted-printable',
  g=G(['ASP5-SCN'], ['ASP5-SCN'], [], [], 'course_not_on_dashboard', 'student', schemes=['arts <field><yr>-<subj>'], note='student probably removed course from view on dashboard'))
# 047
M('047-auto-reponse-en.eml', '"Prof. Martin Keller" <m.keller@uni-hamburg.de>', 'Automatic reply: Intervention M2 IAE - accès Ecampus', '2025-11-03 10:00',
"""Thank you for your message. I am travelling until 10 November 2025 (ICIS conference) with limited access to e-mail.
For urgent matters please contact my assistant, Ms. Brandt, +49 40 42838-4471.

Best regards,
Martin Keller""", hdr={'Auto-Submitted': 'auto-replied'},
  g=G([], [], [], [], 'other', 'unknown', 'en', auto=True, note='English automatic reply from a visiting professor'))
# 048
t48 = """Bonjour,

Notre département a fusionné les groupes de TD de L1 Géographie cette année. Les anciens codes de groupe (GEO1-TD7, GEO1-TD8)
n'existent plus dans Apogée, mais sur Ecampus le cours HGEO 102 affiche toujours ces groupes et les étudiants concernés ne sont
dans aucun des nouveaux groupes (GEO1-TD3, GEO1-TD4).
Exemples : 25130085, 25130211.

Sandrine Hue – Scolarité Géographie, UFR HSS, bât. L, bureau LS-210 – 02 31 56 57 80"""
M('048-scol-geo-groupes-fusionnes.eml', '"Sandrine Hue" <sandrine.hue@unicaen.fr>', 'Groupes TD géographie', '2025-10-01 14:49', t48,
  g=G(['GEO1-TD7', 'GEO1-TD8', 'HGEO102', 'GEO1-TD3', 'GEO1-TD4'], ['GEO1-TD7', 'GEO1-TD8', 'HGEO 102', 'GEO1-TD3', 'GEO1-TD4'], ['25130085', '25130211'], [], 'wrong_group', 'staff',
      schemes=['letters+digits (FAQ shape)', 'group <disc><yr>-TD<n>'], unknown=['GEO1-TD7', 'GEO1-TD8'], note='old merged groups still on Ecampus, students in no group'))
# 049
t49 = """Bonjour,
Nous avons un nouvel enseignant contractuel en sociologie, M. Arnaud Pichon, qui doit intervenir dans SOC-L101 et SOC-L105.
Il n'est dans aucun des deux espaces, alors que son service est saisi dans ADE depuis le 1er septembre et dans OSE.
Il a bien son compte numérique (arnaud.pichon@unicaen.fr, créé le 29/08).
Pouvez-vous vérifier ?
Marion Lecomte, département de sociologie"""
M('049-scol-socio-nouvel-enseignant.eml', '"Marion Lecomte" <marion.lecomte@unicaen.fr>', 'Enseignant non inscrit dans ses cours', '2025-09-12 10:31', t49,
  g=G(['SOC-L101', 'SOC-L105'], ['SOC-L101', 'SOC-L105'], [], [], 'teacher_not_enrolled', 'staff', schemes=['sociology SOC-<L|M><yr><nn>'], note='secretary reports a new teacher not enrolled in his two courses'))
# 050
t50 = """Bonjour,

Je suis inscrite en L2 Psychologie à distance (EAD). Quand je clique sur le lien Ecampus depuis l'ENT j'obtiens la page CAS
"Connexion réussie" et rien d'autre. J'ai mis le lien https://cas.unicaen.fr/login dans mes favoris l'an dernier.
Je vous joins la capture.

Bien cordialement,
Sophie Hardy
24031178"""
M('050-etu-ead-cas-favori.eml', '"Sophie Hardy" <sophie.hardy.ead@laposte.net>', 'Connexion Ecampus impossible', '2025-09-14 20:08', t50,
  html="<p>Bonjour,</p><p>Je suis inscrite en L2 Psychologie à distance (EAD). Quand je clique sur le lien Ecampus depuis l'ENT j'obtiens la page CAS \"Connexion réussie\" et rien d'autre. J'ai mis le lien https://cas.unicaen.fr/login dans mes favoris l'an dernier.<br>Je vous joins la capture.</p><p>Bien cordialement,<br>Sophie Hardy<br>24031178</p>",
  att=[('capture_cas.png', PNG, 'image/png')],
  g=G([], [], ['24031178'], [], 'cas_unknown_destination', 'student', note='distance student uses CAS bookmark, lands on CAS success page'))
# 051
t51 = """Bonjour,

Plusieurs de mes étudiants de BUT TC (2e année, parcours BI) ne sont pas inscrits dans l'espace de la ressource TCR3.12
(Négociation), alors que d'autres oui. J'en ai 19 sur 31 dans les participants. Pourriez-vous voir de quel côté ça bloque ?
Le lien : https://ecampus.unicaen.fr/user/index.php?id=47761

Merci,
Isabelle Caron
Enseignante TC – IUT Grand Ouest Normandie, site de Lisieux, 11 bd Jules Ferry 14100 Lisieux – 02 31 48 15 23"""
M('051-prof-but-tc-participants-manquants.eml', '"Isabelle Caron" <isabelle.caron@unicaen.fr>', 'Etudiants manquants TCR3.12', '2025-10-07 13:18', t51, cte='quoted-printable',
  g=G(['TCR3.12'], ['TCR3.12'], [], [47761], 'not_enrolled', 'staff', schemes=['BUT <dept>R<sem>.<nn>'], note='teacher: 12 of 31 students missing from participants'))
# 052
t52 = """Hi,

I study at the IUT (BUT GEA, international exchange, semester 1 only). I can not log in to ecampus: after the CAS page I get
"Votre compte a été suspendu" (your account is suspended?). My student card number is 25404417, it expires 31/08/2026.
Could you help me please? My timetable on ADE works.

Thanks,
Marco Bianchi
Sent from Outlook for Android"""
M('052-en-compte-suspendu.eml', '"Marco Bianchi" <marco.bianchi@studenti.unipr.it>', 'cannot login - account suspended', '2025-09-16 17:52', t52,
  g=G([], [], ['25404417'], [], 'cannot_login', 'student', 'en', note='exchange student: account suspended message at login'))
# 053
t53 = """Bonjour,

Mon cours de L1 "Méthodologie du travail universitaire" (code MTU1-SOC je crois ?) a changé de nom : il s'appelle maintenant
"(SOC-L107) Méthodologie et outils" et il est rangé dans une autre catégorie (Sociologie > L1 > Semestre 1 > Tronc commun).
Personne ne m'a prévenu. Est-ce que c'est une erreur ?

Cordialement,
Élodie Renard, ATER sociologie, laboratoire CERReV (UR 3918)"""
M('053-prof-cours-renomme.eml', '"Élodie Renard" <elodie.renard@unicaen.fr>', 'Mon cours a été renommé', '2025-09-04 15:36', t53, cs='iso-8859-1', cte='8bit',
  g=G(['MTU1-SOC', 'SOC-L107'], ['MTU1-SOC', 'SOC-L107'], [], [], 'course_moved_renamed', 'staff', schemes=['sociology SOC-<L|M><yr><nn>'], unknown=['MTU1-SOC'], note='teacher: course renamed and moved to another category'))
# 054
M('054-etu-l1-paniquee-aucun-cours.eml', '"Clara Lefebvre" <clara.lefebvre@etu.unicaen.fr>', 'Je ne vois aucun cours !!!', '2025-09-03 22:17',
"""Bonjour,

Je suis en première année de licence de langues (LEA anglais-espagnol) et je ne vois AUCUN cours sur Ecampus, mon tableau de
bord est vide, il y a juste écrit "Aucun cours". La rentrée est lundi 8 et j'ai peur de rater des choses importantes.
Je me suis inscrite le 22 juillet (inscription administrative), mais je n'ai pas encore fait les inscriptions pédagogiques je
crois, on m'a dit que c'était pendant la semaine d'accueil en salle SA-S02 ?

Mon numéro étudiant : 25106610

Merci beaucoup et désolée si c'est une question bête,
Clara""",
  g=G([], [], ['25106610'], [], 'not_enrolled', 'student', note='anxious L1 student before IP: no course at all'))
# 055
orig55 = """---------- Forwarded message ---------
From: Yuki Tanaka <yuki.tanaka.caen@gmail.com>
Date: Tue, 4 Nov 2025 at 08:51
Subject: Ecampus group
To: <alice.fontaine@unicaen.fr>

Dear Ms Fontaine,
in the course YFR1EXP2 (French written expression) I am in group "Groupe 3" but my class is Groupe 1 on Tuesday with
Mr Hubert. Can you change it? My number is 25405029.
Thank you, Yuki"""
M('055-fwd-en-groupe-fle.eml', '"Alice Fontaine" <alice.fontaine@unicaen.fr>', 'Fwd: Ecampus group', '2025-11-04 09:30',
  "Bonjour, pouvez-vous voir pour cette étudiante du CEFE (DU d'études françaises) ? Merci. Alice Fontaine, CEFE, bureau PH-103\n\n" + orig55,
  g=G(['YFR1EXP2', 'YFR1-G3', 'YFR1-G1'], ['YFR1EXP2', 'Groupe 3', 'Groupe 1'], ['25405029'], [], 'wrong_group', 'staff', schemes=['LVE Y<lang><sem><type><n>', 'LVE FLE group YFR<sem>-G<n>'], note='forwarded English student mail: wrong group in French-language course'))
# 056
t56 = """Bonjour,

Je suis étudiant en M1 Droit pénal. Mon nom de famille apparaît en majuscules avec une faute : "LEMAITRE" au lieu de "LE MAÎTRE"
(en deux mots). Du coup sur Ecampus et dans les listes d'émargement je ne suis pas trouvé. J'ai déjà signalé à la scolarité
il y a 3 semaines (bureau DR-005) mais ça n'a pas changé.

Paul Le Maître
22104937
07 81 22 45 19"""
M('056-etu-nom-deux-mots.eml', '"Paul Le Maître" <paul.le-maitre@etu.unicaen.fr>', 'Nom erroné', '2025-10-22 12:04', t56,
  g=G([], [], ['22104937'], [], 'wrong_name', 'student', note='student family name spelled wrong, still not corrected'))
# 057
t57 = """Bonjour,

je n'arrive pas à accéder au cours de méthodologie APS1MET sur ecampus, il ne s'affiche pas dans mes cours mais il apparaît dans
la recherche, et quand je clique ça me dit "Ce cours n'est pas accessible aux étudiants" ou un truc comme ça. Les autres L1
non plus, le prof nous a dit qu'il l'avait mis en ligne lundi. C'est nous ou c'est lui ?

Mehdi Saïdi - L1 STAPS - 25126633"""
M('057-etu-cours-cache.eml', '"Mehdi Saïdi" <25126633@etu.unicaen.fr>', 'cours pas accessible', '2025-09-24 18:09', t57,
  g=G(['APS1MET'], ['APS1MET'], ['25126633'], [], 'students_cannot_see_course', 'student', schemes=['STAPS APS<sem><activity>'], note='student: whole class cannot access hidden course'))
# 058
h58 = """<html><body><p>Bonjour,</p>
<p>Merci pour votre retour rapide concernant le ticket [CEMU #41955]. Pour compléter : la page s'affiche bien en semaine, le souci se produit
uniquement le dimanche matin entre 9h et 11h (« Erreur de lecture de la base de données (Error reading from database) »). Je travaille en
horaires décalés (infirmier de nuit au CHU de Caen, bât. FEH) et c'est mon seul créneau pour avancer la formation.</p>
<p>Y a-t-il un moyen d'éviter ça ?</p><p>Cordialement,<br>Grégory Pain<br>DU Éducation thérapeutique – n° 24500873</p>
<blockquote style="border-left:2px solid #ccc;padding-left:8px">Le 28/11/2025 à 14:01, CEMU Assistance a écrit :<br>Bonjour, pouvez-vous nous préciser à quel moment l'erreur apparaît ?</blockquote></body></html>"""
M('058-reply-etu-du-bdd-dimanche.eml', '"Grégory Pain" <greg.pain@wanadoo.fr>', 'RE: [CEMU #41955] Erreur de lecture de la base de données', '2025-11-30 11:22', html=h58,
  hdr={'In-Reply-To': '<cemu-41955-2@assistance.unicaen.fr>'},
  g=G([], [], ['24500873'], [], 'database_error', 'student', note='reply: database read error every Sunday morning'))
# 059
t59 = """Bonjour,

Je fais partie de l'équipe pédagogique du M2 Sociologie (parcours enquêtes). Dans le cours SOC-M231 il y a une
"Synchronisation des cohortes" avec la cohorte "UFR HSS : 2M2SOC - 2023" qui inscrit encore des étudiants de 2023-2024 !
Ils voient les sujets d'examen de cette année. Qui l'a ajoutée et puis-je la supprimer sans casser les inscriptions actuelles ?

F. Guillemin"""
M('059-prof-cohorte-obsolete.eml', '"François Guillemin" <francois.guillemin@unicaen.fr>', 'cohorte ancienne promo dans mon cours', '2025-11-26 16:03', t59,
  g=G(['SOC-M231', '2M2SOC'], ['SOC-M231', '2M2SOC'], [], [], 'cohort_question', 'staff', schemes=['sociology SOC-<L|M><yr><nn>', 'étape <digit><level><mention>'], unknown=['2M2SOC'], note='obsolete cohort sync still enrolling former students'))
# 060
M('060-spam-promo-formation.eml', '"Formations Pro Digital" <newsletter@formapro-digital.fr>', '🎓 -40% sur nos formations Moodle certifiantes !', '2025-10-09 06:30',
html="""<html><body><h2>Devenez expert Moodle en 5 jours !</h2><p>Formation certifiante Qualiopi n° 2024-QL-00417, éligible CPF. Prochaine session : du 17 au 21/11/2025 à Paris (75011).</p>
<p>Code promo <b>CAMPUS40</b> – appelez le 01 84 80 12 34.</p><p><a href="https://formapro-digital.fr/unsub?u=8841">Désinscription</a></p></body></html>""",
  hdr={'List-Unsubscribe': '<https://formapro-digital.fr/unsub?u=8841>', 'Precedence': 'bulk'},
  g=G([], [], [], [], 'other', 'unknown', auto=True, note='commercial spam'))
