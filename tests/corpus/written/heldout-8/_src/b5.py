from lib import *
# 061
h61 = """<html><body style="font-family:Calibri"><p>Bonjour,</p>
<p>Les étudiants de DFGSM2 (étape <b>DFGSM2-101</b>) ci-dessous ne sont pas inscrits dans l'espace de l'UE <b>MED2U14</b> (Sémiologie) – <a href="https://ecampus.unicaen.fr/course/view.php?id=44620">lien</a> :</p>
<table border="1" cellpadding="4" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#ddd"><td>NOM</td><td>Prénom</td><td>N° étudiant</td><td>INE</td><td>Date IP</td></tr>
<tr><td>AMRANI</td><td>Sofiane</td><td>23104466</td><td>0A3J9Q01234</td><td>02/10/2025</td></tr>
<tr><td>BOUVIER</td><td>Juliette</td><td>24100987</td><td>081802341KK</td><td>02/10/2025</td></tr>
<tr><td>CHATEL</td><td>Romain</td><td>24101120</td><td>0904211557D</td><td>03/10/2025</td></tr>
<tr><td>DIALLO</td><td>Awa</td><td>24102731</td><td>1102188430E</td><td>06/10/2025</td></tr>
</table><p>Ils ont tous passé la PASS en 2024 (étape PASS01). Merci de regarder.</p>
<p>Cordialement,<br>Nadège Férey<br>Scolarité médecine – 2e cycle<br>UFR Santé – 2 rue des Rochambelles – 14032 CAEN CEDEX 5<br>Tél : 02.31.56.82.30 – Fax : 02.31.56.82.99</p>
<p style="color:#888;font-size:8pt">Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires. Toute utilisation non conforme est interdite.</p></body></html>"""
M('061-scol-medecine-tableau.eml', '"Nadège Férey" <nadege.ferey@unicaen.fr>', 'Inscriptions manquantes MED2U14', '2025-10-09 16:27', html=h61, cs='windows-1252', cte='quoted-printable',
  g=G(['DFGSM2', 'MED2U14', 'PASS01'], ['DFGSM2-101', 'MED2U14', 'PASS01'], ['23104466', '24100987', '24101120', '24102731'], [44620], 'not_enrolled', 'staff',
      schemes=['santé étape DFGS<M|P><yr>', 'medicine MED<yr>U<nn>', 'santé étape PASS<nn>'], note='medicine secretary: HTML table of 4 students missing from UE'))
# 062
M('062-etu-sms-dashboard.eml', '"Nathan" <nathan.rigault@etu.unicaen.fr>', 'cours', '2025-11-05 13:47',
"""salut, ya plus le cours de gear2.03 sur mon tableau de bord depuis la maj, c normal ? je lai en favori pourtant
nathan rigault but gea 1 td2 24119005
envoye de mon tel""",
  g=G(['GEAR2.03'], ['gear2.03'], ['24119005'], [], 'course_not_on_dashboard', 'student', schemes=['BUT <dept>R<sem>.<nn>'], note='SMS-style student: course vanished from dashboard, lowercase code'))
# 063
t63 = """Bonjour,

Je suis maîtresse de conférences à l'Université de Rouen Normandie et j'interviens cette année dans le master IAE de Caen
(6h, UE IAEM2F0, Finance internationale). On m'a créé un compte "personnel extérieur" mais quand je me connecte sur
https://ecampus.unicaen.fr je tombe sur la page CAS qui refuse mon identifiant (je tape mon adresse rouen, peut-être une erreur ?).

Cordialement,
Dr. Samira Benhaddou
Université de Rouen Normandie – UFR Droit, Économie, Gestion – Laboratoire NIMEC (UR 969)
ORCID 0000-0001-7745-2210 – Tél. 02 32 76 96 12"""
M('063-exterieure-rouen-login.eml', '"Samira Benhaddou" <samira.benhaddou@univ-rouen.fr>', 'Connexion Ecampus (intervenante extérieure)', '2025-11-12 09:17', t63,
  g=G(['IAEM2F07'], ['IAEM2F0'], [], [], 'cannot_login', 'unknown', schemes=['business school IAEM<yr><track><nn>'], note='teacher from another university cannot log in; truncated code'))
# 064
t64 = """Bonjour,

Le cours de Toxicologie n'existe pas sur Ecampus pour les 4e année pharma. J'ai cherché PH4U11, PH4U 11 et "toxico", rien.
L'an dernier il existait (c'était PH4U09 je crois).
Merci de faire le nécessaire, l'examen blanc est le 18 novembre.

Antoine Mauger
Maître de conférences – UFR Santé – UR 4651 ABTE
Tél. 02 31 56 60 82

Le 17/10/2025 à 18:02, Claire Vautrin a écrit :
> Antoine, les étudiants de 4A me demandent où est le cours de toxico sur Ecampus, tu l'as ouvert ?
> Claire"""
M('064-prof-pharma-cours-inexistant.eml', '"Antoine Mauger" <antoine.mauger@unicaen.fr>', 'RE: Toxicologie 4A absent d\'Ecampus', '2025-10-20 08:05', t64, cs='iso-8859-1', cte='quoted-printable',
  g=G(['PH4U11', 'PH4U09'], ['PH4U11', 'PH4U 11', 'PH4U09'], [], [], 'course_missing', 'staff', schemes=['pharma PH<yr>U<nn>'], unknown=['PH4U09'], note='pharmacy teacher: course missing on Ecampus, old code cited'))
# 065
t65 = """Bonjour,
j'ai une question : je vois dans la liste des participants de ma ressource INF-R1.01 (Initiation au développement) des personnes
marquées "Enseignant" que je ne connais pas (7 au total). Certaines sont des vacataires de l'an dernier. Est-ce que je peux les
désinscrire moi-même ? Ils sont marqués "Base de données externe" quand je survole l'icône.
Merci
Julien Quesnel – IUT Grand Ouest Normandie, dépt Informatique, bureau I-102"""
M('065-prof-but-info-enseignants-en-trop.eml', '"Julien Quesnel" <julien.quesnel@unicaen.fr>', 'Enseignants en trop INFR1.01', '2025-09-18 11:40', t65,
  g=G(['INFR1.01'], ['INFR1.01', 'INF-R1.01'], [], [], 'too_many_teachers', 'staff', schemes=['BUT <dept>R<sem>.<nn>'], note='unknown teachers enrolled by external database in BUT course'))
# 066
t66 = """Hello,

I'm a new PhD student (contrat doctoral, lab GREYC UMR 6072) and I have to teach TP in "IX5INF02" (Python for engineers, ESIX) from
next week. I am not enrolled as a teacher in the course space and cannot see the TP subjects. My colleague Dr Morel said ADE was
updated on 2 October.

Thanks in advance,
Rahul Menon
Doctorant – GREYC, Campus 2, bâtiment Sciences 3, office S3-217"""
M('066-en-doctorant-pas-enseignant.eml', '"Rahul Menon" <rahul.menon@unicaen.fr>', 'Not enrolled as teacher in IX5INF02', '2025-10-06 15:55', t66,
  g=G(['IX5INF02'], ['IX5INF02'], [], [], 'teacher_not_enrolled', 'staff', 'en', schemes=['engineering IX<sem><dept><nn>'], note='English-speaking PhD student not enrolled as teacher'))
# 067
M('067-bounce-quota.eml', '"Mail Delivery Subsystem" <mailer-daemon@googlemail.com>', 'Delivery Status Notification (Failure)', '2025-09-22 14:33',
"""Address not found / Mailbox full

Your message wasn't delivered to lea.martin.2005@hotmail.fr because the recipient's mailbox is full.

The response from the remote server was:
552 5.2.2 The email account that you tried to reach is over quota.

----- Original message -----
Subject: Re: [CEMU #41731] probleme tableau de bord
Date: Mon, 22 Sep 2025 14:32:50 +0200""", to='cemu.assistance@unicaen.fr', hdr={'Auto-Submitted': 'auto-replied'},
  g=G([], [], [], [], 'other', 'unknown', auto=True, note='bounce: recipient mailbox full'))
# 068
t68 = """Bonjour,

Est-ce que vous pouvez me dire comment régler le quiz de mon cours pour que les étudiants tiers-temps aient 30 min de plus ?
J'ai 3 étudiants avec aménagement (notifiés par le relais handicap le 14/10). Le quiz s'appelle "Partiel blanc" dans le cours
de L3 psycho, il dure 1h30.

Merci,
Céline Aubert
Maîtresse de conférences en psychologie – LPCN (UR 7452) – bâtiment L, LS-305"""
M('068-prof-quiz-tiers-temps.eml', '"Céline Aubert" <celine.aubert@unicaen.fr>', 'Réglage quiz tiers-temps', '2025-11-17 10:25', t68,
  g=G([], [], [], [], 'other', 'staff', note='teacher asks how to give extra time in a quiz (user override)'))
# 069
t69 = """Bonjour,

Depuis septembre la L3 Sociologie parcours EAD est passée sur la nouvelle maquette et les cours sont maintenant dans la catégorie
"Archives 2024-2025" : SOC-L301, SOC-L302, SOC L303 et SOC-L304. Les étudiants à distance (une cinquantaine) les cherchent. J'ai
l'impression que c'est une erreur car les codes n'ont pas changé. Pourriez-vous regarder ?

Très cordialement,
Hélène Brunet
Coordinatrice pédagogique EAD – CEMU/UFR HSS – bureau SH-038 – 02 31 56 59 21"""
M('069-coord-ead-cours-archives.eml', '"Hélène Brunet" <helene.brunet@unicaen.fr>', 'Cours EAD L3 socio passés en archive', '2025-09-08 11:11', t69, cs='windows-1252', cte='8bit',
  g=G(['SOC-L301', 'SOC-L302', 'SOC-L303', 'SOC-L304'], ['SOC-L301', 'SOC-L302', 'SOC L303', 'SOC-L304'], [], [], 'course_moved_renamed', 'staff', schemes=['sociology SOC-<L|M><yr><nn>'], note='EAD coordinator: four courses moved to Archives although codes unchanged (accidental deletion?)'))
# 070
t70 = """Bonjour,

Je suis L1 en sciences de l'éducation. Je suis sur ma page de profil Ecampus depuis ma première connexion et il y a écrit que je dois
mettre une adresse mail, mais la case est grisée, je suis bloquée et je ne peux rien faire d'autre. Mon numéro étudiant c'est le
25133090. Mon téléphone c'est le 06 45 18 77 20 si besoin.

Merci
Eva"""
M('070-etu-profil-bloque.eml', '"Eva Delaunay" <eva.delaunay@laposte.net>', 'Bloquée sur la page profil', '2025-09-11 19:05', t70, cte='base64',
  g=G([], [], ['25133090'], [], 'cannot_login', 'student', note='student stuck on profile page at first login'))
