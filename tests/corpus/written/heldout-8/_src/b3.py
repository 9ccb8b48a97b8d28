from lib import *
# 032
M('032-etu-en-dashboard.eml', '"Jonas Becker" <jonas.becker@uni-leipzig.de>', 'Course not on my dashboard', '2025-09-30 14:37',
"""Dear Ecampus team,

I'm an incoming Erasmus student (Leipzig University) in LLCER German. On my dashboard I see the German courses but "YDE5TRA1"
(Traduction) isn't shown anymore, although I was there last week and I submitted homework. When I click on "My courses" it's also
not there. My student number is 25402288.

Kind regards,
Jonas Becker""",
  g=G(['YDE5TRA1'], ['YDE5TRA1'], ['25402288'], [], 'course_not_on_dashboard', 'student', 'en', schemes=['LVE Y<lang><sem><type><n>'], note='Erasmus student: course no longer shown on dashboard'))
# 033
h33 = """<html><body><p>Bonjour,</p>
<p>Suite à la réunion du 2 octobre, voici la liste des cours de M1 MEEF 2nd degré (étape MEF1SD, version 101) dans lesquels <u>aucun</u> étudiant n'est inscrit sur Ecampus :</p>
<table border="1" style="border-collapse:collapse"><tr><th>Code</th><th>Intitulé</th><th>Enseignant</th><th>Id Ecampus</th></tr>
<tr><td>MEEF1S03</td><td>Contexte d'exercice du métier</td><td>M. Vautier</td><td>51902</td></tr>
<tr><td>MEEF1S04</td><td>Recherche et initiation au mémoire</td><td>Mme Haddad</td><td>51903</td></tr>
<tr><td>meef1s11</td><td>Pratiques numériques</td><td>M. Roux</td><td>51911</td></tr>
<tr><td>MEEF1SO9</td><td>Stage – analyse de pratique</td><td>Mme Collin</td><td>51909</td></tr>
</table>
<p>Les étudiants sont pourtant inscrits pédagogiquement depuis le 26/09. Exemple : LEPAGE Manon, 24013388.</p>
<p>Bien cordialement,<br>Karine Poisson<br>Scolarité INSPE Normandie Caen – 186 rue de la Délivrande, 14000 Caen<br>Tél. 02 31 56 62 41</p></body></html>"""
M('033-scol-inspe-liste-cours-vides.eml', '"Karine Poisson" <karine.poisson@unicaen.fr>', 'Cours MEEF 2nd degré sans étudiants', '2025-10-03 15:58', html=h33, cte='base64',
  g=G(['MEF1SD', 'MEEF1S03', 'MEEF1S04', 'MEEF1S11', 'MEEF1S09'], ['MEF1SD', 'MEEF1S03', 'MEEF1S04', 'meef1s11', 'MEEF1SO9'], ['24013388'], [51902, 51903, 51911, 51909], 'not_enrolled', 'staff',
      schemes=['INSPE étape MEF<yr><mention>', 'INSPE MEEF<yr><P|S><nn>'], note='INSPE secretary: HTML table of 4 courses without students'))
# 034
M('034-merci.eml', '"Chloé Vasseur" <chloe.vasseur@etu.unicaen.fr>', 'Re: [CEMU #41903] inscription cours', '2025-10-02 10:11',
"""Merci beaucoup, c'est réglé, je vois bien mes cours maintenant !
Bonne journée

Chloé

Le mer. 1 oct. 2025 à 16:40, CEMU Assistance <cemu.assistance@unicaen.fr> a écrit :
> Bonjour,
> votre inscription pédagogique a été complétée par la scolarité, elle sera visible demain sur Ecampus.
> Cordialement, le CEMU""",
  hdr={'In-Reply-To': '<cemu-41903-2@assistance.unicaen.fr>'},
  g=G([], [], [], [], 'other', 'student', note='thank-you reply on a solved ticket'))
# 035
t35 = """Bonjour,
le lien "Participants" n'apparaît plus nulle part dans mon cours de L2 sociologie (SOC-L209), ni à droite ni en haut. Comment je
fais pour envoyer un message à un seul étudiant ?
Merci
Pierre-Yves Cadiou"""
M('035-prof-participants-lien.eml', '"Pierre-Yves Cadiou" <pierre-yves.cadiou@unicaen.fr>', 'lien participants', '2025-10-15 17:22', t35,
  g=G(['SOC-L209'], ['SOC-L209'], [], [], 'participants_block_missing', 'staff', schemes=['sociology SOC-<L|M><yr><nn>'], note='teacher cannot find the Participants link'))
# 036
M('036-etu-sms-mdp.eml', '"Enzo" <enzo.hamel@etu.unicaen.fr>', 'mdp', '2025-09-05 23:58',
"""jarrive pas a me conecter a ecampus ca dit mot de passe incorect alors que jai changer mon mdp hier sur le site de la dsi
(https://moncompte.unicaen.fr) et sur leo ca marche
num etu 25120046
merci""",
  g=G([], [], ['25120046'], [], 'cannot_login', 'student', note='student cannot log in after password change'))
# 037
t37 = """Bonjour,

Le cours de mon collègue que je remplace (congé maladie jusqu'au 15/12), "Marketing digital", IAE master MAE, code IAEM2K07,
n'existe pas sur Ecampus : je cherche dans la catégorie IAE > Master MAE > M2 et je ne trouve que IAEM2K06 et IAEM2K08.
Pouvez-vous le créer ? Les étudiants du groupe A (IAMAE2-GA) commencent lundi.

Cordialement,
Benoît Lecarpentier
Chargé d'enseignement vacataire – Agence Pixelroom, 22 quai Vendeuvre, 14000 Caen – 06 62 18 30 77"""
M('037-vacataire-iae-cours-absent.eml', '"Benoît Lecarpentier" <b.lecarpentier@pixelroom.fr>', 'Cours introuvable sur Ecampus', '2025-11-06 19:44', t37, cte='quoted-printable',
  g=G(['IAEM2K07', 'IAEM2K06', 'IAEM2K08', 'IAMAE2-GA'], ['IAEM2K07', 'IAEM2K06', 'IAEM2K08', 'IAMAE2-GA'], [], [], 'course_missing', 'unknown', schemes=['business school IAEM<yr><track><nn>', 'business school group <étape>-G<L>'], note='outside vacataire: course does not exist on Ecampus'))
# 038
h38 = """<div dir="ltr">Bonjour,<div><br></div><div>Je suis en M2 Droit des affaires. Depuis hier soir Ecampus affiche "Error: Database connection failed - It is possible that the database is overloaded or otherwise not running properly". Je dois rendre mon mémoire sur le devoir avant dimanche 23h59.</div><div><br></div><div>Merci de me dire si je peux l'envoyer par mail à la place.</div><div><br></div><div>Romane Picot</div><div>22406691</div></div>"""
M('038-etu-db-connection-failed.eml', '"Romane Picot" <romane.picot@gmail.com>', 'Ecampus ne marche plus', '2025-11-15 22:50',
  "Bonjour,\n\nJe suis en M2 Droit des affaires. Depuis hier soir Ecampus affiche \"Error: Database connection failed - It is possible that the database is overloaded or otherwise not running properly\". Je dois rendre mon mémoire sur le devoir avant dimanche 23h59.\n\nMerci de me dire si je peux l'envoyer par mail à la place.\n\nRomane Picot\n22406691\n", h38,
  g=G([], [], ['22406691'], [], 'database_error', 'student', note='student sees Database connection failed before deadline'))
# 039
t39 = """Bonjour,

Dans le cours de la L1 PASS « Biologie cellulaire » (PASSU02), j'ai trouvé 11 enseignants inscrits dont plusieurs que je ne
connais pas du tout (ils sont apparemment de l'UFR Sciences). Est-ce que c'est l'ADE qui les met là ? Certains corrigent-ils
des copies à ma place ? ;-)

Pr. Agnès Morin – UFR Santé – UMR-S 1237 PhIND – bureau 3.42, pôle des formations et de recherche en santé
"""
M('039-prof-sante-trop-enseignants.eml', '"Agnès Morin" <agnes.morin@unicaen.fr>', 'Beaucoup trop d\'enseignants dans PASSU02', '2025-09-25 08:40', t39,
  g=G(['PASSU02'], ['PASSU02'], [], [], 'too_many_teachers', 'staff', schemes=['santé PASSU<nn>'], note='too many teachers in a PASS course'))
# 040
t40 = """Bonjour,

Je me permets de vous solliciter concernant la synchronisation de cohortes. Pour le DU Capacité en droit (étape CAPDR1),
les inscriptions pédagogiques sont très tardives (janvier). Puis-je ajouter la cohorte "UFR Droit : CAPDR1" dans les
4 espaces JUR1.CST, JURI.HIS, JUR1.CIV et JUR1.PEN en attendant ? Et faudra-t-il la retirer ensuite ?

Merci,
Laurence Bazin
Responsable de scolarité – UFR DAAP, bâtiment D, DR-005
Tél. : 02 31 56 51 50"""
M('040-scol-droit-cohorte-capacite.eml', '"Laurence Bazin" <laurence.bazin@unicaen.fr>', 'Synchronisation cohorte capacité en droit', '2025-10-13 09:22', t40, cs='windows-1252', cte='8bit',
  g=G(['CAPDR1', 'JUR1.CST', 'JUR1.HIS', 'JUR1.CIV', 'JUR1.PEN'], ['CAPDR1', 'JUR1.CST', 'JURI.HIS', 'JUR1.CIV', 'JUR1.PEN'], [], [], 'cohort_question', 'staff', schemes=['law étape CAP<subj><n>', 'law JUR<sem>.<subj>'], note='secretary asks whether to add cohort temporarily to 4 law courses'))
# 041
t41 = """Bonjour,

je ne trouve pas le cours de Communication écrite (SAÉ 1.01) de BUT Informatique sur Ecampus. Sur l'emploi du temps c'est
écrit INFS1.01. J'ai regardé dans tous mes cours, il n'y est pas, et mes camarades de TD ne l'ont pas non plus.

Tom Lefèvre
BUT Info 1 – groupe 1B
n° 25107781"""
M('041-etu-but-info-cours-introuvable.eml', '"Tom Lefèvre" <25107781@etu.unicaen.fr>', 'cours introuvable', '2025-09-19 16:13', t41,
  g=G(['INFS1.01'], ['INFS1.01'], ['25107781'], [], 'course_missing', 'student', schemes=['BUT <dept>S<sem>.<nn> (SAÉ)'], note='BUT student cannot find a SAÉ course; nobody has it'))
# 042
t42 = """De : Morgane Lucas <morgane.lucas@unicaen.fr>
Envoyé : lundi 13 octobre 2025 14:22
À : CEMU Assistance <cemu.assistance@unicaen.fr>
Objet : TR: étudiante pas dans le bon groupe

Je vous transfère la demande ci-dessous. Après vérification dans Apogée, Mme Thibault est bien dans le groupe TD3 de l'EC
JUR3CIV (L2 droit civil). Merci de voir pourquoi Ecampus la met en TD5.

Morgane Lucas, scolarité L2 Droit

De : Jade Thibault <jade.thibault@etu.unicaen.fr>
Envoyé : dimanche 12 octobre 2025 19:03
À : Morgane Lucas
Objet : étudiante pas dans le bon groupe

Bonjour Madame, je suis dans le TD3 (jeudi 14h, salle DR-120) mais sur Ecampus je suis dans le TD5 de droit civil, je ne
vois pas les documents de Mme Hamon. Mon numéro étudiant est le 24015562. Merci !"""
M('042-fwd-outlook-groupe-droit.eml', '"Morgane Lucas" <morgane.lucas@unicaen.fr>', 'TR: étudiante pas dans le bon groupe', '2025-10-13 14:22', t42,
  g=G(['JUR3.CIV', 'J3CIV-TD3', 'J3CIV-TD5'], ['JUR3CIV', 'TD3', 'TD5'], ['24015562'], [], 'wrong_group', 'staff', schemes=['law JUR<sem>.<subj>', 'law group J<sem><subj>-TD<n>'], note='Outlook forward: law student in TD5 instead of TD3 (course code without its dot)'))
