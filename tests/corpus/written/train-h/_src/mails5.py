from lib import *
R = random.Random(2468)
CEMU = "cemu.assistance@unicaen.fr"

# 081 big secretary list across étapes, pasted Moodle names, attachments with codes
begin("081-scol-hss-recap-rentree.eml")
b = f"""Bonjour,

Récapitulatif des anomalies remontées par les enseignants du département de Psychologie depuis la rentrée (étudiants non inscrits dans les espaces) :

L2 Psychologie ({C('L2PSY','L2PSY-101')}) :
  « ({C('HPSY201')}) Psychologie du développement 1 » : 4 étudiants manquants
  « ({C('HPSY204','hpsy204')}) Neurosciences cognitives » : 2 étudiants manquants
L3 Psychologie ({C('L3PSY','L3PSY-1O1')}) :
  « ({C('HPSY305')}) Psychologie sociale 2 » : 1 étudiante ({N('23004126')})
  « ({C('HPSY309','HPSY 309')}) Psychopathologie » : 3 étudiants

Les listes nominatives sont en pièces jointes (un fichier par cours).

Cordialement,
Fabienne Lair
Scolarité UFR HSS
"""
atts = [(f"manquants_{C('HPSY201')}.csv","csv"), (f"manquants_{C('HPSY204')}.csv","csv"), (f"manquants_{C('HPSY309','HPSY309')}.csv","csv")]
mail("Fabienne Lair <fabienne.lair@unicaen.fr>", CEMU, "Récap anomalies inscriptions Ecampus - Psychologie", b, date=rdate(R,[(2025,10)]), form="mixed", attach=atts, symptom="not_enrolled", role="staff", note="HSS recap: students missing from 4 psychology courses, codes also in attachment names")

# 082 other: exam schedule from secretary to cemu by mistake
begin("082-autre-convocation-examens.eml")
b = f"""Bonjour à toutes et à tous,

Veuillez trouver ci-joint le calendrier des examens de la session 1 du S1 pour les L1 Droit ({C('1DRO01')}). Les épreuves écrites se dérouleront du 5 au 16 janvier 2026 au Parc des expositions, hall 2.

Nathalie Fromont
"""
mail("Nathalie Fromont <nathalie.fromont@unicaen.fr>", "l1-droit-enseignants@listes.unicaen.fr, cemu.assistance@unicaen.fr", "Calendrier examens S1 L1 Droit", b, date=rdate(R,[(2025,11)]), form="mixed", attach=[("calendrier_examens_S1_1DRO01_v3.pdf","pdf")], symptom="other", role="staff", note="exam calendar sent to a list with CEMU in copy")

# 083 student cannot login: account blocked after payment, caps in middle
begin("083-etu-compte-bloque-cvec.eml")
b = f"""Bonjour,
Mon compte est bloqué, je n'arrive pas à me connecter à ecampus ni à l'ENT (« compte désactivé »). La scolarité dit que c'est parce que ma CVEC n'était pas validée mais c'est réglé depuis 2 semaines (attestation n° NOR-7T2K9P44-25).
Numéro : {N('24015583')}
Merci
Ryan
"""
mail("Ryan Madelaine <ryan.madelaine@gmail.com>", CEMU, "Compte désactivé", b, date=rdate(R,[(2025,10)]), symptom="cannot_login", role="student", note="student account disabled (CVEC); attestation number look-alike")

# 084 CAS unknown destination, SMS from mobile app
begin("084-etu-cas-appli-mobile.eml")
b = """Bonjour, depuis l'appli Moodle sur mon téléphone je me connecte et j'ai "CAS ne connaît pas votre destination finale". Sur l'ordi ça marche.
Envoyé de mon iPhone
"""
mail("Clara <clara.vauquelin@icloud.com>", CEMU, "Appli moodle", b, date=rdate(R), symptom="cas_unknown_destination", role="student", note="CAS destination unknown from Moodle mobile app")

# 085 students cannot see, whole course list, master, codes damaged
begin("085-prof-master-cours-invisibles.eml")
b = f"""Bonjour,
Mes étudiants de M2 ne voient pas les espaces suivants, alors qu'ils sont bien inscrits :
{C('M.2ENV4C','M.2ENV4C')} - Droit de l'environnement approfondi
{C('M.2ENV5A','M2ENV5A')} - Droit de l'urbanisme
{C('M.2ENV6B','m.2env6b')} - Séminaire de recherche
Cordialement,
Véronique Hardy, PU
"""
mail("Véronique Hardy <veronique.hardy@unicaen.fr>", CEMU, "espaces invisibles pour les M2", b, date=rdate(R,[(2025,9)]), symptom="students_cannot_see_course", role="staff", note="M2 teacher: 3 courses invisible to students; dot missing, lowercase")

# 086 students cannot see: category hidden? teacher
begin("086-prof-cours-visible-mais-pas-etudiants.eml")
cid = I(48805)
b = f"""Bonjour,

J'ai bien mis mon cours « Afficher » dans les paramètres ({C('CHI1-A02','CHI1-A2')} Chimie générale, https://ecampus.unicaen.fr/course/edit.php?id={cid}) mais les étudiants ne le voient toujours pas. La catégorie entière semble grisée.

Merci,
Julie Anquetil
"""
mail("Julie Anquetil <julie.anquetil@unicaen.fr>", CEMU, "cours toujours invisible", b, date=rdate(R,[(2025,9)]), symptom="students_cannot_see_course", role="staff", note="course visible but category hidden; code missing a digit")

# 087 other: H5P question english
begin("087-en-h5p-question.eml")
b = """Hello,
Is it possible to use H5P interactive videos in Ecampus and have the scores go to the gradebook? I teach the English module in GEA.
Regards, Mark Whitfield (lecteur)
"""
mail("Mark Whitfield <mark.whitfield@unicaen.fr>", CEMU, "H5P grades", b, date=rdate(R), lang="en", symptom="other", role="staff", note="H5P gradebook question")

# 088 teacher not enrolled -- hurried, many codes lowercase
begin("088-prof-presse-pas-inscrit.eml")
b = f"""pas inscrit dans {C('INF3-A07','inf3-a07')}, {C('INF3-A08','inf3a08')} ni {C('INF3-A10','inf3-a10')} alors que je fais les cm depuis 3 semaines. merci de régler ça vite svp
F. Roussel
"""
mail("Fabien Roussel <fabien.roussel@unicaen.fr>", CEMU, "inscription enseignant", b, date=rdate(R,[(2025,9),(2025,10)]), symptom="teacher_not_enrolled", role="staff", note="hurried teacher not enrolled in 3 courses, lowercase codes")

# 089 wrong group IUT TC secretary table
begin("089-iut-tc-groupes.eml")
b = f"""Bonjour,

Après la réorganisation des groupes de TD de BUT1 TC (étape {C('1TCO01','1TCO01 v101')}), Ecampus ne reflète pas les nouveaux groupes dans le cours ({C('TCR101')}) Marketing fondamental :

| N° étudiant | Ancien groupe | Nouveau groupe |
| {N('25022007')} | {G('TC1-TD1','TD1')} | {G('TC1-TD4','TD4')} |
| {N('25022114')} | {G('TC1-TD2','TD2')} | {G('TC1-TD4','TD4')} |

Cordialement,
Christelle Bazin (pour le département TC)
"""
mail("Christelle Bazin <christelle.bazin@unicaen.fr>", CEMU, "BUT1 TC - groupes TD non mis à jour", b, date=rdate(R,[(2025,10)]), form="html", symptom="wrong_group", role="staff", note="IUT TC: students moved to TD4 still in old groups")

# 090 dashboard: filter, student english
begin("090-en-dashboard-filter.eml")
b = f"""Hi, my dashboard shows only 2 courses out of 7 since last week. I'm in the 2nd year of BUT Informatique (student ID {N('24019930')}). The missing ones include R3.01 and {C('INFOR302','INFO-R302')}. I can still reach them through the search.
Thanks, Mehdi
"""
mail("24019930@etu.unicaen.fr", CEMU, "Dashboard missing courses", b, date=rdate(R), lang="en", symptom="course_not_on_dashboard", role="student", note="dashboard shows only 2 of 7 courses; R3.01 is a resource number")

# 091 database error during exam: urgent teacher
begin("091-prof-bdd-pendant-examen.eml")
b = f"""URGENT

Examen en cours sur Ecampus (test de {C('GEAR105')}, 120 étudiants en salle F-101 et F-102) : depuis 10h04 les étudiants ont « Error: Database connection failed ». Que faire ??

Valérie Jouan - 06 45 87 12 09
"""
mail("Valérie Jouan <valerie.jouan@unicaen.fr>", CEMU, "URGENT Ecampus en panne pendant examen", b, date=datetime.datetime(2026,1,13,10,7,0,tzinfo=PARIS), symptom="database_error", role="staff", note="database connection failed during an exam")

# 092 course moved/renamed, IAE, multipart, codes as links text
begin("092-iae-cours-renomme-lien.eml")
c1 = I(46120); c2 = I(53301)
hb = f"""<div dir="ltr">Bonjour,<br><br>Mon cours <a href="https://ecampus.unicaen.fr/course/view.php?id={c1}">{C('ICG.101')} Contrôle de gestion</a> a été renommé en « [ARCHIVE] Contrôle de gestion » et un nouveau cours <a href="https://ecampus.unicaen.fr/course/view.php?id={c2}">{C('ICG.111','ICG 111')} Contrôle de gestion</a> a été créé. Est-ce que je dois tout recopier ?<br><br>Cordialement,<br>Emmanuelle Tessier<br>IAE Caen<br></div>"""
tb = f"""Bonjour,

Mon cours {C('ICG.101')} Contrôle de gestion <https://ecampus.unicaen.fr/course/view.php?id={c1}> a été renommé en « [ARCHIVE] Contrôle de gestion » et un nouveau cours {C('ICG.111','ICG 111')} Contrôle de gestion <https://ecampus.unicaen.fr/course/view.php?id={c2}> a été créé. Est-ce que je dois tout recopier ?

Cordialement,
Emmanuelle Tessier
IAE Caen
"""
mail("Emmanuelle Tessier <emmanuelle.tessier@unicaen.fr>", CEMU, "Cours renommé ARCHIVE", tb, html_body=hb, date=rdate(R,[(2025,9)]), form="alt", symptom="course_moved_renamed", role="staff", note="IAE course archived after code change, new course created")

# 093 too many teachers: ESIX secretary
begin("093-esix-trop-enseignants-liste.eml")
b = f"""Bonjour,
Dans les cours {C('EX1-INFO')}, {C('EX1-MATH','EX1-MATH')} et {C('EX1-PHYS','EX1 PHYS')}, tous les enseignants de l'ESIX sont inscrits (une soixantaine). Il semblerait que toute l'équipe ait été associée aux groupes par activités dans ADE. Comment corriger ?
Karine Desmonts
"""
mail("Karine Desmonts <karine.desmonts@unicaen.fr>", CEMU, "Trop d'enseignants dans les cours de 1re année", b, date=rdate(R,[(2025,9)]), symptom="too_many_teachers", role="staff", note="ESIX: all teachers enrolled in 3 courses")

# 094 not enrolled - late IA, student, INE and phone look-alikes
begin("094-etu-ia-tardive.eml")
b = f"""Bonjour,

J'ai fait mon inscription administrative le 10 octobre (arrivée tardive, L1 Informatique), je ne suis inscrit dans aucun cours Ecampus. 
Numéro étudiant : {N('25040012')}
INE : 0912345678A
Tél : 07 68 21 33 05

Merci de votre aide.
Samuel Nkemba
"""
mail("Samuel Nkemba <samuel.nkemba@etu.unicaen.fr>", CEMU, "Inscription cours Ecampus", b, date=rdate(R,[(2025,10)]), symptom="not_enrolled", role="student", note="late IA, no IP yet: not enrolled in any course")

# 095 other: password phishing warning from DSI? -> other auto? announce from CEMU newsletter
begin("095-autre-remerciement-formation.eml")
b = """Bonjour,

Je tenais à remercier l'équipe pour la formation « Ecampus pour le personnel administratif » de mardi. Le support est-il disponible quelque part ? (je n'ai pas accès à l'Atelier Moodle niveau 1)

Bien cordialement,
Agnès Roussel
"""
mail("Agnès Roussel <agnes.roussel@unicaen.fr>", CEMU, "Formation Ecampus", b, date=rdate(R,[(2025,11)]), symptom="other", role="staff", note="thanks for training, asks for slides")

# 096 auto: GLPI-like ticket notification copy? -> automatic acknowledgment
begin("096-auto-accuse-reception.eml")
b = """Bonjour,

Votre demande a bien été enregistrée sous le numéro [CEMU #48602].
Titre : Cohortes pour un espace tutorat
Un technicien va la prendre en charge prochainement.

Ceci est un message automatique, merci de ne pas y répondre.
"""
mail("CEMU Assistance <noreply-assistance@unicaen.fr>", "cecile.aubry@unicaen.fr", "[CEMU #48602] Nouveau ticket", b, date=rdate(R,[(2025,10)]), symptom="other", role="unknown", auto=True, note="helpdesk acknowledgement (automatic)", extra_headers={"Auto-Submitted":"auto-generated"})

# 097 other: rooms/phones/INE look-alikes, question about grades export
begin("097-scol-export-notes.eml")
b = f"""Bonjour,

Comment exporter les notes d'un test Ecampus au format attendu par Apogée (fichier de saisie des notes) pour l'élément {C('D1.CIV3','D1.CIV3')} ? Nous avons 412 étudiants et la saisie à la main n'est pas envisageable.

Nathalie Fromont
Scolarité Licence Droit - bureau 024 bâtiment D - 02 31 56 55 18
"""
mail("Nathalie Fromont <nathalie.fromont@unicaen.fr>", CEMU, "Export notes Ecampus vers Apogée", b, date=rdate(R,[(2026,1)]), symptom="other", role="staff", note="question about exporting grades to Apogée")

# 098 spam english
begin("098-spam-conference.eml")
b = """Dear Professor,

We are pleased to invite you to submit a paper to the 12th International Conference on Education and E-Learning (ICEEL 2026), Paris, March 2026. Early bird registration: EUR 450. Paper ID format: ICEEL-2026-0412.

Best regards,
Conference Secretariat
"""
mail("ICEEL 2026 <info@iceel-conference.org>", CEMU, "Call for papers ICEEL 2026", b, date=rdate(R,[(2025,11)]), lang="en", symptom="other", role="unknown", note="conference spam")

# 099 other: student asks for course enrolment key (self enrolment) -> other? ; instead: quiz access question
begin("099-etu-devoir-rendu.eml")
b = f"""Bonjour,
J'ai rendu mon devoir sur Ecampus pour le cours de Finance ({C('IFI.205','ifi.205')}) hier à 23h58 mais il est marqué "en retard" alors que la date limite était minuit. Est-ce que ça compte ?
Merci
Julie Morin, M1 CCA
"""
mail("Julie Morin <julie.morin@etu.unicaen.fr>", CEMU, "devoir marqué en retard", b, date=rdate(R), symptom="other", role="student", note="assignment marked late: not a sync problem")

# 100 other: out of office in english from external vacataire
begin("100-auto-ooo-english.eml")
b = """Thank you for your message. I am out of the office until Monday 9 February with limited access to e-mail. For urgent matters please contact my assistant on +33 6 12 34 56 78.

Antoine Perrault
"""
mail("Antoine Perrault <antoine.perrault@outlook.fr>", CEMU, "Automatic reply: [CEMU #48431] Pas d'accès à mes cours", b, date=datetime.datetime(2026,2,3,14,22,0,tzinfo=PARIS), lang="en", symptom="other", role="unknown", auto=True, note="English out-of-office", extra_headers={"Auto-Submitted":"auto-replied"})
