from lib import *
R = random.Random(4242)
CEMU = "cemu.assistance@unicaen.fr"
SIG_SCOL = """
--
{n}
Gestionnaire de scolarité - {svc}
Université de Caen Normandie
Esplanade de la Paix - CS 14032 - 14032 Caen Cedex 5
Tél. : 02 31 56 {a} {b} | Bureau {room}
"""

# 001 secretary list of courses, students not enrolled, étape with version
begin("001-scol-sciences-liste-ue-non-inscrits.eml")
b = f"""Bonjour,

Plusieurs étudiants de {C('L1INF','L1INF-101')} (Licence 1 Informatique) nous signalent qu'ils n'apparaissent pas dans les participants des cours suivants :

- {C('MAT1-B04')} : Algèbre linéaire 1
- {C('INF1-A02')} : Introduction à la programmation
- {C('PHY1-C01','PHY1 C01')} : Mécanique du point
- {C('INF1-A05','inf1-a05')} : Architecture des ordinateurs

Leurs inscriptions pédagogiques ont pourtant été saisies la semaine dernière (jusqu'au groupe, j'ai vérifié) :

| N° étudiant | INE | Nom | Prénom | Groupe |
| {N('25008813')} | 0903045612K | LEBRETON | Maëlle | TD2 |
| {N('25011204')} | 2201398745F | NDIAYE | Ousmane | TD2 |
| {N('25009977')} | 1204567891H | DUVAL | Théo | TD4 |

(groupes {G('L1INF-TD2','TD2')} et {G('L1INF-TD4','TD4')} de la L1 Info)

Pouvez-vous regarder ? Merci d'avance.
""" + SIG_SCOL.format(n="Sandrine Hamel", svc="UFR des Sciences", a="73", b="41", room="S3-112")
mail("Sandrine Hamel <sandrine.hamel@unicaen.fr>", CEMU, "Etudiants L1 info absents des cours Ecampus", b, date=rdate(R), form="alt", symptom="not_enrolled", role="staff", note="scolarité sciences: 3 students of L1 Info missing from 4 courses, table with INE")

# 002 teacher students cannot see course, Moodle name pasted
begin("002-prof-etudiants-voient-pas.eml")
cid = I(51234)
b = f"""Bonjour,

mes étudiants de L2 me disent qu'ils ne voient pas mon cours « ({C('BIO2-A03')}) Biologie cellulaire » sur Ecampus, alors que moi je le vois très bien (en grisé, je crois ?).
https://ecampus.unicaen.fr/course/view.php?id={cid}

Les TD commencent lundi en salle SA-110, il faudrait que ce soit réglé d'ici là.

Cordialement,
P. Letellier
MCF, Biologie - UFR des Sciences
"""
mail("Pascal Letellier <pascal.letellier@unicaen.fr>", CEMU, "cours invisible pour les étudiants", b, date=rdate(R), symptom="students_cannot_see_course", role="staff", note="teacher: students cannot see his (hidden) course, room look-alike")

# 003 L1 student anxious, no code, cannot log in
begin("003-etu-l1-connexion-impossible.eml")
b = """Bonjour,

Je suis en première année et je n'arrive pas du tout à me connecter à ecampus, ça me met que mon identifiant ou mot de passe est incorrect alors que j'arrive à aller sur ma messagerie !! J'ai un devoir à rendre demain et j'ai peur d'avoir 0 :( 
Mon numéro étudiant c'est le {n}. Aidez moi svp

Merci beaucoup
Lucie
""".format(n=N("25014430"))
mail("Lucie Marchand <lucie.marchand9@gmail.com>", CEMU, "probleme connexion URGENT", b, date=rdate(R), symptom="cannot_login", role="student", note="L1 student cannot log in, gives number")

# 004 teacher not enrolled, IAE scheme, lowercase
begin("004-prof-iae-pas-inscrit.eml")
b = f"""Bonjour,

Je suis responsable du module {C('IMK.301','imk.301')} (Marketing digital, M1) et je ne suis pas inscrit comme enseignant dans l'espace correspondant. J'ai pourtant mes créneaux dans ADE depuis septembre (mardi 14h, salle IAE 205).
Même chose pour {C('IMK.304')} - Brand content.

Merci de m'y inscrire.
Jérôme Vasseur
IAE Caen - 3 rue Claude Bloch - 14000 Caen
"""
mail("Jérôme Vasseur <jerome.vasseur@unicaen.fr>", CEMU, "Inscription enseignant modules M1 marketing", b, date=rdate(R), symptom="teacher_not_enrolled", role="staff", note="IAE teacher not enrolled in two modules, one lowercase")

# 005 Erasmus incoming english
begin("005-erasmus-en-not-enrolled.eml")
b = f"""Hello,

I am an Erasmus exchange student from Universidad de Salamanca, here for the first semester. My student number is {N('25190342')}.
I cannot find the courses I chose in my learning agreement on Ecampus: "Programmation fonctionnelle" ({C('INF3-A07','INF3-AO7')}) and Thermodynamics ({C('PHY2-C11')}). My classmates have them on their dashboard.

Could you please add me? My professor said to write to this address.

Best regards,
Álvaro Gómez Ruiz
"""
mail("Alvaro Gomez Ruiz <agomezruiz@usal.es>", CEMU, "Courses not showing - Erasmus student", b, date=rdate(R,[(2025,9),(2025,10)]), lang="en", symptom="not_enrolled", role="student", note="incoming Erasmus not enrolled in 2 courses, O for 0")

# 006 out of office
begin("006-auto-absent-bureau.eml")
b = """Bonjour,

Je suis absente du bureau du 20 au 31 octobre inclus. Pendant cette période, pour toute question relative aux inscriptions pédagogiques, merci de contacter scolarite.sciences@unicaen.fr ou le 02 31 56 73 00.

Cordialement,
Sandrine Hamel
"""
mail("Sandrine Hamel <sandrine.hamel@unicaen.fr>", CEMU, "Absent du bureau : [CEMU #48213] Etudiants L1 info absents des cours Ecampus", b, date=rdate(R,[(2025,10)]), symptom="other", role="unknown", auto=True, note="out-of-office reply on a ticket", extra_headers={"Auto-Submitted":"auto-replied","X-Auto-Response-Suppress":"All"})

# 007 secretary droit, many codes, wrong_group, table html only
begin("007-scol-droit-groupes-td.eml")
rows = [("22007415","DUPONT","Camille","TD3","TD5"),("24003381","MOREL","Inès","TD1","TD2"),("24010027","HAMON","Baptiste","TD6","aucun")]
b = f"""Bonjour,

Suite aux changements de groupes de TD validés par la commission pédagogique, certains étudiants de {C('2DRO01','2DRO01 - V101')} apparaissent toujours dans leur ancien groupe sur Ecampus (cours {C('D2.PEN1')} Droit pénal général et {C('D2.ADM1','D2.ADM 1')} Droit administratif).

| N° étudiant | Nom | Prénom | Groupe Ecampus | Groupe Apogée |
| {N(rows[0][0])} | DUPONT | Camille | {G('2DRO01-TD3','TD3')} | {G('2DRO01-TD5','TD5')} |
| {N(rows[1][0])} | MOREL | Inès | {G('2DRO01-TD1','TD1')} | {G('2DRO01-TD2','TD2')} |
| {N(rows[2][0])} | HAMON | Baptiste | {G('2DRO01-TD6','TD6')} | aucun |

Les modifications ont été faites dans Apogée le 2 octobre.
Bien à vous,

Nathalie Fromont
Scolarité Licence Droit - bureau 024 bâtiment D
Tél : 02 31 56 55 18
"""
mail("Nathalie Fromont <nathalie.fromont@unicaen.fr>", CEMU, "Groupes TD L2 droit non mis à jour", b, date=rdate(R,[(2025,10)]), form="html", charset="windows-1252", symptom="wrong_group", role="staff", note="droit scolarité: 3 students in old TD groups, html table")

# 008 CAS unknown destination
begin("008-etu-cas-destination.eml")
b = f"""bonjour quand je me connecte sa me mets "Connexion réussie Bienvenue {N('23005518')} ... CAS ne connaît pas votre destination finale" et après je reste bloqué sur cette page je peux pas aller sur ecampus
j'ai essayé sur mon tel et mon pc pareil
merci
"""
mail("23005518@etu.unicaen.fr", CEMU, "bloqué sur cas", b, date=rdate(R), symptom="cas_unknown_destination", role="student", note="student stuck on CAS 'destination finale' page")

# 009 database error, sunday morning
begin("009-prof-erreur-base-dimanche.eml")
b = """Bonjour,

Ce dimanche vers 9h30 impossible d'accéder à Ecampus, j'obtiens une page « Error: Database connection failed - It is possible that the database is overloaded or otherwise not running properly ». J'avais prévu de déposer le sujet du partiel ce matin...
Est-ce une panne générale ?

Bien cordialement
Marie-Hélène Costil
Professeure agrégée, département de Géographie
"""
mail("Marie-Hélène Costil <marie-helene.costil@unicaen.fr>", CEMU, "Ecampus inaccessible", b, date=datetime.datetime(2025,11,16,9,41,12,tzinfo=PARIS), symptom="database_error", role="staff", note="teacher gets 'Database connection failed' on Sunday morning")

# 010 vacataire stuck on profile page
begin("010-vacataire-profil-email.eml")
b = """Bonjour,

Je suis intervenant vacataire au département GEA de l'IUT (cours de fiscalité). On m'a créé un compte numérique, je me connecte bien via le CAS mais Ecampus m'affiche directement ma page de profil en me demandant une adresse de courriel, et le champ n'est pas modifiable. Je ne peux rien faire d'autre.

Pouvez-vous m'aider ?

Cordialement,
François Leprince
Expert-comptable - Cabinet Leprince & Associés
12 rue Écuyère, 14000 Caen - 02 31 85 44 10
"""
mail("François Leprince <f.leprince@cabinet-leprince.fr>", CEMU, "Accès Ecampus vacataire", b, date=rdate(R,[(2025,9),(2025,10)]), charset="iso-8859-1", cte="8bit", symptom="cannot_login", role="unknown", note="vacataire stuck on profile page asking e-mail at first login")

# 011 IUT secretary, list of resources with BUT codes, course missing
begin("011-iut-scol-ressources-absentes.eml")
b = f"""Bonjour,

Le département GEA me signale que les ressources suivantes du BUT 1 n'ont pas d'espace sur Ecampus (je ne les trouve pas en recherchant le code) :

  {C('GEAR105')}   Comptabilité générale
  {C('GEAR107','GEA R107')}   Droit des affaires
  {C('GEAS102','geas102')}   SAÉ 1.02 Analyse de l'environnement

Les éléments sont bien dans la maquette {C('1GEA01')} (version 101) pour 2025-2026. Les autres ressources (R1.01 à R1.04) sont bien présentes.

Merci,
Christelle Bazin
Secrétariat pédagogique GEA - IUT Grand Ouest Normandie, site de Caen
Bât. F, bureau F-012 - 02 31 56 70 93
"""
mail("Christelle Bazin <christelle.bazin@unicaen.fr>", CEMU, "Ressources BUT GEA S1 introuvables sur Ecampus", b, date=rdate(R,[(2025,9)]), symptom="course_missing", role="staff", note="IUT secretary: three BUT resources have no course space; R1.01 etc. are resource numbers, not Apogée codes")

# 012 course archived
begin("012-prof-cours-archives.eml")
b = f"""Bonjour,

Mon cours d'histoire médiévale a été déplacé dans une catégorie « Archives » et s'appelle maintenant « [ARCHIVE 2024-2025] ({C('HHIS109', unknown=True)}) Histoire médiévale ». Tous mes documents y sont. Je ne comprends pas, je l'enseigne toujours cette année (L1 Histoire, S1).
Faut-il que je recommence tout ?

Merci de votre aide,
Th. Gosselin
"""
mail("Thierry Gosselin <thierry.gosselin@unicaen.fr>", CEMU, "Mon cours est dans les archives ?!", b, date=rdate(R,[(2025,9)]), symptom="course_moved_renamed", role="staff", note="teacher's course moved to Archives, old code no longer in Apogée")

# 013 newsletter
begin("013-liste-lettre-info.eml")
b = """LETTRE D'INFORMATION DU NUMÉRIQUE - N°47 - Novembre 2025

* Nouveauté : la version 4.5 de Moodle arrive sur Ecampus en janvier 2026
* Atelier « Moodle niveau 1 » : jeudi 27 novembre, 14h-16h, salle MRSH SR-055
* Compilatio : rappel des bonnes pratiques

Pour vous désinscrire de cette liste : https://listes.unicaen.fr/sympa/sigrequest/numerique-info
"""
mail("Lettre du numérique <numerique-info@listes.unicaen.fr>", "personnels@listes.unicaen.fr", "[numerique-info] Lettre d'information n°47", b, date=rdate(R,[(2025,11)]), form="alt", symptom="other", role="unknown", auto=True, note="mailing-list newsletter", extra_headers={"List-Id":"<numerique-info.listes.unicaen.fr>","Precedence":"list"})

# 014 Santé secretary, many UE codes, participants
begin("014-sante-scol-ue-pharma.eml")
b = f"""Bonjour,

Pour la 4e année de pharmacie ({C('4PHA01','4PHA01-101')}), les étudiants redoublants ne sont inscrits dans aucun des espaces suivants :
{C('PH4-UE12')} Pharmacologie clinique
{C('PH4-UE13','PH4_UE13')} Pharmacie galénique
{C('PH4-UE15','PH4-UE 15')} Santé publique
{C('PH4-UE16')} Toxicologie

Exemple : {N('21004567')} (Mme Fleury), {N('22011893')} (M. Benali).

Merci de votre retour, les ED démarrent le 6 octobre.
Cordialement
Agnès Roussel
UFR Santé - Scolarité Pharmacie
2 rue des Rochambelles, 14032 CAEN Cedex
"""
mail("Agnès Roussel <agnes.roussel@unicaen.fr>", CEMU, "UE pharmacie 4A - redoublants non inscrits", b, date=rdate(R,[(2025,9)]), charset="windows-1252", cte="qp", symptom="not_enrolled", role="staff", note="santé: repeaters missing from 4 UE spaces")

# 015 too many teachers
begin("015-prof-trop-enseignants.eml")
cid = I(47781)
b = f"""Bonjour,

Dans mon cours ({C('EX2-MECA')}) Mécanique des fluides (https://ecampus.unicaen.fr/user/index.php?id={cid}) il y a 14 enseignants inscrits dont une dizaine que je ne connais pas et qui n'interviennent pas dans ce module. Ils reçoivent les notifications du forum et peuvent voir les notes.
Pouvez-vous les retirer ?

Jean-Baptiste Hue
ESIX Normandie - Département Mécanique
"""
mail("Jean-Baptiste Hue <jean-baptiste.hue@unicaen.fr>", CEMU, "Trop d'enseignants dans mon cours", b, date=rdate(R,[(2025,9),(2025,10)]), symptom="too_many_teachers", role="staff", note="ESIX teacher: 14 teachers in his course")

# 016 cohort question
begin("016-admin-cohorte-etape.eml")
b = f"""Bonjour,

Pour l'espace complémentaire « Vie étudiante STAPS » je voudrais inscrire tous les L1 via la cohorte de l'étape {C('1STA01')}. Je ne la trouve pas dans la liste des cohortes (je tape STAPS et rien ne sort). Est-ce que les cohortes sont créées pour toutes les étapes ? Et les étudiants arrivés après la rentrée seront-ils ajoutés automatiquement ?

Merci,
Olivier Letourneur
Responsable administratif - UFR STAPS
"""
mail("Olivier Letourneur <olivier.letourneur@unicaen.fr>", CEMU, "Cohorte L1 STAPS", b, date=rdate(R), symptom="cohort_question", role="staff", note="STAPS admin: cohort for étape not found, update question")

# 017 wrong name student
begin("017-etu-nom-errone.eml")
b = """Bonjour,

Sur Ecampus mon prénom est écrit "Sofiane" au lieu de "Soufiane", du coup mes profs ne me trouvent pas dans les listes. Comment je peux le changer ? Je ne trouve pas où modifier.

Soufiane Haddad
L2 Sciences de la vie
n° etu : {n}
""".format(n=N("24007761"))
mail("Soufiane Haddad <soufiane.haddad@etu.unicaen.fr>", CEMU, "Erreur prénom", b, date=rdate(R), symptom="wrong_name", role="student", note="student first name misspelled on Ecampus")

# 018 participants block missing
begin("018-prof-bloc-participants.eml")
b = f"""Bonjour,
Le bloc « Participants » a disparu de la colonne de droite de mon cours {C('HSOC204','HSOC 204')} (méthodes quanti). Comment retrouver la liste de mes étudiants ?
Merci
G. Auvray
"""
mail("Gilles Auvray <gilles.auvray@unicaen.fr>", CEMU, "bloc participants", b, date=rdate(R), symptom="participants_block_missing", role="staff", note="teacher lost Participants block")

# 019 dashboard student
begin("019-etu-tableau-de-bord.eml")
b = f"""Bonjour,

Depuis hier je ne vois plus le cours de Droit civil (la famille) sur mon tableau de bord alors que j'y avais accès la semaine dernière. Le code c'est {C('D1.CIV3','D1CIV3')} je crois. Les autres cours sont toujours là.

Merci d'avance,
Emma Le Goff
L1 Droit, groupe {G('1DRO01-TD7','TD 7')}
"""
mail("Emma Le Goff <emma.legoff@etu.unicaen.fr>", CEMU, "cours disparu du tableau de bord", b, date=rdate(R), symptom="course_not_on_dashboard", role="student", note="student no longer sees one course on dashboard; group TD 7 of L1 Droit")

# 020 quiz settings -> other
begin("020-prof-test-chrono.eml")
b = f"""Bonjour,

Je voudrais paramétrer un test Moodle pour mon cours ({C('YST21K')}) Physiologie de l'effort : 40 questions tirées au hasard dans une banque de 120, durée 30 minutes, avec un tiers-temps pour 3 étudiants (RQTH). Comment donner du temps supplémentaire à seulement ces 3 étudiants ?

Merci,
Claire Vautier
UFR STAPS - 2 boulevard du Maréchal Juin - 14032 Caen
"""
mail("Claire Vautier <claire.vautier@unicaen.fr>", CEMU, "Test Moodle et tiers-temps", b, date=rdate(R), symptom="other", role="staff", note="quiz settings: extra time for 3 students")
