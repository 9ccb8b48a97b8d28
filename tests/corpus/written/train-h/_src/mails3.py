from lib import *
R = random.Random(9191)
CEMU = "cemu.assistance@unicaen.fr"

# 042 screenshot attachment, code in filename, students cannot see
begin("042-prof-capture-cours-grise.eml")
b = f"""Bonjour,

Ci-joint une capture : mes étudiants de L3 Maths ne voient pas « Analyse numérique ». Ils sont pourtant dans les participants.

Cordialement
Vincent Hébert
"""
mail("Vincent Hébert <vincent.hebert@unicaen.fr>", CEMU, "Cours invisible étudiants L3", b, date=rdate(R), form="mixed", attach=[(f"capture_{C('MAT3-B12')}_participants.png","png")], symptom="students_cannot_see_course", role="staff", note="teacher: code only in screenshot filename; students enrolled but cannot see")

# 043 secretary xlsx attachment list, not_enrolled étape-level
begin("043-scol-fichier-xlsx-liste.eml")
b = f"""Bonjour,

Vous trouverez en pièce jointe la liste des 12 étudiants de {C('L1MPC','L1 MPC')} (Licence 1 Maths-Physique-Chimie, version 101) inscrits en retard (IA du 29/09) qui n'ont accès à aucun cours Ecampus.
Leurs IP sont saisies depuis le 2 octobre.

Premier de la liste : {N('25031877')}, GAUTIER Lou.

Merci,
Sandrine Hamel
Scolarité UFR des Sciences - 02 31 56 73 41
"""
mail("Sandrine Hamel <sandrine.hamel@unicaen.fr>", CEMU, "Inscrits tardifs L1 MPC sans accès Ecampus", b, date=rdate(R,[(2025,10)]), form="mixed", attach=[("liste_inscrits_tardifs_L1MPC_2025.xlsx","xlsx")], symptom="not_enrolled", role="staff", note="late-registered L1 MPC students not enrolled; list in xlsx")

# 044 Réponse automatique, english + french
begin("044-auto-reponse-conges.eml")
b = """Réponse automatique / Automatic reply

Je suis en congé jusqu'au 5 janvier 2026. Vos messages ne seront pas transférés.
I am on leave until January 5th, 2026. Your e-mail will not be forwarded.

Romain Lefèvre
"""
mail("Romain Lefèvre <romain.lefevre@unicaen.fr>", CEMU, "Réponse automatique : Re: [CEMU #48552] cours renommé et déplacé", b, date=datetime.datetime(2025,12,22,10,3,0,tzinfo=PARIS), symptom="other", role="unknown", auto=True, note="automatic reply (leave)", extra_headers={"Auto-Submitted":"auto-replied"})

# 045 Outlook reply quoting, wrong_group IUT info TP with code
begin("045-outlook-prof-groupes-tp.eml")
b = f"""Bonjour,

Je relance : les groupes de TP de mon cours ({C('INFOR302')}) Qualité de développement sont toujours faux. Les étudiants du {G('INFO2-TP3A','TP3A')} apparaissent dans le {G('INFO2-TP3B','TP 3B')} et inversement, donc les devoirs par groupe sont mélangés.

Romain Lefèvre

De : Romain Lefèvre
Envoyé : lundi 6 octobre 2025 09:12
À : cemu.assistance@unicaen.fr
Objet : groupes TP BUT2 info

Bonjour, les groupes TP de la R3.02 sont inversés sur Ecampus. Merci de regarder.
"""
mail("Romain Lefèvre <romain.lefevre@unicaen.fr>", CEMU, "RE: groupes TP BUT2 info", b, date=datetime.datetime(2025,10,14,8,30,0,tzinfo=PARIS), form="alt", symptom="wrong_group", role="staff", note="IUT teacher: TP3A/TP3B groups swapped in INFOR302; R3.02 is a resource number, not a code")

# 046 student base64 body, cannot login account expired
begin("046-etu-base64-compte.eml")
b = f"""Bonjour,

Je suis en M1 et mon compte numérique semble désactivé : « Identifiant ou mot de passe incorrect » sur le CAS. J'ai réinitialisé mon mot de passe sur le site sésame mais ça ne change rien. Je suis inscrite pourtant (carte étudiante n° {N('24101190')}).

Cordialement,
Awa Diallo
"""
mail("Awa Diallo <awa.diallo@etu.unicaen.fr>", CEMU, "Impossible de me connecter", b, date=rdate(R,[(2025,9),(2025,10)]), cte="base64", symptom="cannot_login", role="student", note="M1 student cannot log in after password reset (base64 body)")

# 047 ESIX secretary list of engineering modules missing
begin("047-esix-scol-modules-manquants.eml")
b = f"""Bonjour,

Les modules suivants de 3e année du cycle ingénieur n'ont pas d'espace Ecampus :
  - {C('EX3-ELEC','EX3 ELEC')} Electronique de puissance
  - {C('EX3-AUTO')} Automatique avancée
  - {C('EX3-ROBO','ex3-robo')} Robotique
Ils ont été créés dans Apogée fin août.

Merci d'avance,
Karine Desmonts
Scolarité ESIX Normandie - Campus 3, Cherbourg - 02 33 01 42 00
"""
mail("Karine Desmonts <karine.desmonts@unicaen.fr>", CEMU, "Modules ESIX sans espace Ecampus", b, date=rdate(R,[(2025,9)]), symptom="course_missing", role="staff", note="ESIX: three modules without course space")

# 048 DSI informational mail -> other
begin("048-dsi-maintenance.eml")
b = """Bonjour,

Pour information, une intervention sur le serveur CAS (cas.unicaen.fr) est programmée le mardi 18 novembre 2025 de 7h00 à 7h30 (mise à jour en version 7.0.4). Des coupures de quelques minutes sont à prévoir. Réf. intervention : CHG-2025-1187.

Cordialement,
Direction du Système d'Information - Pôle infrastructures
"""
mail("DSI Infrastructures <dsi-infra@unicaen.fr>", CEMU, "[Info] Intervention CAS 18/11", b, date=datetime.datetime(2025,11,14,16,20,0,tzinfo=PARIS), symptom="other", role="staff", note="DSI announces a CAS maintenance; version and change ref are look-alikes")

# 049 teacher HSS many courses archived -> course_moved_renamed with multiple codes
begin("049-prof-plusieurs-cours-archives.eml")
b = f"""Bonjour,

Trois de mes cours sont passés dans « Archives » à la rentrée :
- (HGEO210) Géographie rurale  -> aujourd'hui : ({C('HGEO310')}) Géographie urbaine ???
- ({C('HGEO215','HGEO 215')}) Cartographie
- ({C('HGEO220')}) Climatologie

Je n'en ai pas été informée par le département. J'ai besoin de récupérer le contenu.
""".replace("(HGEO210)", "("+C('HGEO210', unknown=True)+")") + """
Cordialement,
Marie-Hélène Costil
"""
mail("Marie-Hélène Costil <marie-helene.costil@unicaen.fr>", CEMU, "Cours archivés", b, date=rdate(R,[(2025,9)]), symptom="course_moved_renamed", role="staff", note="teacher: 3 courses archived; HGEO210 no longer exists")

# 050 student wrong group santé
begin("050-etu-sante-groupe-ed.eml")
b = f"""Bonjour,
Je suis en 4e année de pharmacie et sur Ecampus je suis dans le groupe d'ED {G('PH4G07','G07')} de l'UE Pharmacologie ({C('PH4-UE12')}) alors que mon groupe c'est le {G('PH4G03','groupe 3')}. Je ne peux pas déposer mes comptes-rendus.
{N('22011893')}
Merci
"""
mail("22011893@etu.unicaen.fr", CEMU, "groupe ED faux", b, date=rdate(R), symptom="wrong_group", role="student", note="pharmacy student in wrong ED group")

# 051 ticket followup with several numbers (not_enrolled) secretary windows-1252 html
begin("051-ticket-suivi-scol-hss.eml")
b = f"""Bonjour,

Suite à votre réponse, les inscriptions pédagogiques jusqu'au groupe ont été complétées ce matin pour les étudiants suivants (L2 Sociologie, {C('L2SOC','L2SOC - 101')}) :

| N° étudiant | Nom | Cours manquant |
| {N('24002210')} | ALLAIN | {C('HSOC204')} |
| {N('24002237')} | BERTIN | {C('HSOC204')}, {C('HSOC207','HSOC-207')} |
| {N('23018840')} | KONATÉ | {C('HSOC207','HSOC-207')} |

Doit-on attendre demain pour qu'ils apparaissent ?

Cordialement,
Fabienne Lair
Scolarité UFR HSS - Bureau SH-018 - 02 31 56 59 07
"""
mail("Fabienne Lair <fabienne.lair@unicaen.fr>", CEMU, "RE: [CEMU #48401] étudiants L2 socio non inscrits", b, date=rdate(R,[(2025,10)]), form="html", charset="windows-1252", cte="qp", symptom="not_enrolled", role="staff", note="follow-up: IP completed, students still missing in 2 HSS courses")

# 052 course_missing student: can't find course
begin("052-etu-cours-introuvable.eml")
b = f"""Bonjour,

Notre prof d'anglais nous a dit de nous inscrire sur le cours Ecampus "{C('YST34D','YST34')} Anglais" mais quand je le cherche il n'existe pas. Est-ce qu'il y a une clé ?

Merci, Mathis
L2 STAPS
"""
mail("Mathis Renouf <mathis.renouf@etu.unicaen.fr>", CEMU, "cours anglais introuvable", b, date=rdate(R), symptom="course_missing", role="student", note="student cannot find course, code truncated")

# 053 student no accents, wrong name
begin("053-etu-sans-accents-nom.eml")
b = """Bonjour
mon nom de famille est mal ecrit sur ecampus : "Lemaitre" au lieu de "Lemaître-Dubois", c'est mon nom d'usage depuis mon mariage, je l'ai signale a la scolarite en septembre.
Cordialement
Helene Lemaitre-Dubois
etudiante DU capacite en droit, numero etudiant {n}
""".format(n=N("20014472"))
mail("Helene Lemaitre-Dubois <hlemaitre.dubois@laposte.net>", CEMU, "nom errone ecampus", b, date=rdate(R), symptom="wrong_name", role="student", note="student usage name wrong, no accents")

# 054 vacataire not enrolled teacher, outside address
begin("054-vacataire-pas-inscrit-cours.eml")
b = f"""Bonjour,

J'interviens en BUT Techniques de commercialisation (cours « ({C('TCR204','TC R204')}) Marketing » et « ({C('TCR206')}) Négociation »). Je me connecte bien à Ecampus mais je ne vois aucun cours dans mon tableau de bord ; le secrétariat m'a dit que je devrais être inscrit automatiquement.

Cordialement,
Antoine Perrault
Consultant - 06 72 18 45 90
"""
mail("Antoine Perrault <antoine.perrault@outlook.fr>", CEMU, "Pas d'accès à mes cours", b, date=rdate(R,[(2025,9),(2025,10)]), symptom="teacher_not_enrolled", role="unknown", note="vacataire not enrolled in his two TC courses")

# 055 pasted Moodle course names list from enrol page, cohort question from admin
begin("055-admin-cohortes-obsoletes.eml")
b = f"""Bonjour,

En faisant le ménage dans les espaces de la licence de Droit, je vois que plusieurs cours ont encore une synchronisation de cohorte « L1 Droit 2023-2024 » :
(D1.CIV1) Droit civil : introduction
(D1.CON1) Droit constitutionnel 1
(d1.his1) Histoire du droit

Est-ce qu'on peut les supprimer sans risque pour les inscriptions actuelles, et pourquoi ces cohortes existent encore ?

Cordialement,
Pierre-Yves Lhermitte
Responsable administratif UFR Droit, AES et Administration publique
"""
for c,w in [("D1.CIV1","D1.CIV1"),("D1.CON1","D1.CON1"),("D1.HIS1","d1.his1")]: C(c,w)
mail("Pierre-Yves Lhermitte <pierre-yves.lhermitte@unicaen.fr>", CEMU, "Cohortes anciennes dans les cours de L1", b, date=rdate(R), symptom="cohort_question", role="staff", note="droit admin: old cohort syncs in 3 courses, can they be removed")

# 056 hotmail student, not enrolled, subject code
begin("056-etu-sujet-code.eml")
b = f"""bonjour je ne suis pas dans le cours de physique de l'effort, mon ami oui. Jsuis en L2 staps.
numero etudiant: {N('24013506')}
"""
mail("Nael <naelbgdu14@hotmail.com>", CEMU, f"inscription {C('YST21K','yst 21k')}", b, date=rdate(R), symptom="not_enrolled", role="student", note="student not enrolled, code only in subject")

# 057 teacher: course not on dashboard (past course filter)
begin("057-prof-tableau-bord-cours-passe.eml")
cid = I(43390)
b = f"""Bonjour,
Mon cours de l'an dernier, que je réutilise cette année, n'apparaît plus sur mon tableau de bord (https://ecampus.unicaen.fr/course/view.php?id={cid}). J'y accède uniquement par le lien direct. Les étudiants disent pareil.
Merci
L. Savary
"""
mail("Laurent Savary <laurent.savary@unicaen.fr>", CEMU, "cours absent du tableau de bord", b, date=rdate(R), symptom="course_not_on_dashboard", role="staff", note="course with past end date no longer on dashboard")

# 058 student: participants? no -> not enrolled in master dotted with link text
begin("058-etu-m1-lien-cours.eml")
cid = I(52210)
hb = f"""<html><body><p>Bonjour,</p><p>Je n'arrive pas à accéder au cours <a href="https://ecampus.unicaen.fr/course/view.php?id={cid}">{C('M.1DRI2A')} Droit international public</a> : « Vous ne pouvez pas vous inscrire vous-même dans ce cours ».</p><p>Je suis en M1 Droit international ({C('M1DRI')}), n° {N('23010452')}.</p><p>Cordialement,<br>Hugo Vimont</p></body></html>"""
mail("Hugo Vimont <hugo.vimont@etu.unicaen.fr>", CEMU, "Accès refusé cours M1", "", html_body=hb, date=rdate(R), form="html", symptom="not_enrolled", role="student", note="M1 student not enrolled; code in link text")

# 059 database error staff: 'Erreur de lecture de la base de données' during grading
begin("059-prof-erreur-lecture-bdd.eml")
b = f"""Bonjour,
En voulant ouvrir le carnet de notes de {C('PHY2-C11','phy2-c11')} j'ai une page « Erreur de lecture de la base de données ». Même chose pour les autres cours depuis 10 minutes.
Plus d'informations : ticket interne 2025-4471 ?
A. Thibault, 02 31 56 74 12
"""
mail("Arnaud Thibault <arnaud.thibault@unicaen.fr>", CEMU, "Erreur de lecture de la base de données", b, date=rdate(R), symptom="database_error", role="staff", note="teacher: database read error on gradebook")

# 060 other: request for a new course space (non-apogee) + quiz
begin("060-prof-demande-espace-projet.eml")
b = """Bonjour,

Serait-il possible de créer un espace Ecampus hors maquette pour le projet tutoré inter-départements (environ 60 étudiants, 6 enseignants) ? Il n'a pas de code Apogée.

Merci,
Nadège Quesnel
IUT Grand Ouest Normandie - Département MMI (Saint-Lô), bureau 1.14
"""
mail("Nadège Quesnel <nadege.quesnel@unicaen.fr>", CEMU, "Demande de création d'espace", b, date=rdate(R), symptom="other", role="staff", note="request for a non-Apogée course space")
