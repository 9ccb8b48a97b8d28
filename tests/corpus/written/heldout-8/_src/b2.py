from lib import *
# 018 bounce
orig18 = """From: "Paul Girard" <paul.girard@unicaen.fr>
To: marc.vautier@unicaen-alumni.fr
Subject: Re: cours HLAN203

Marc, les étudiants de HLAN203 n'ont toujours pas accès, j'ai écrit au CEMU (ticket 41790).
"""
m18 = """This is the mail system at host smtp.unicaen.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<marc.vautier@unicaen-alumni.fr>: host mx.unicaen-alumni.fr[193.55.120.14] said:
    550 5.1.1 <marc.vautier@unicaen-alumni.fr>: Recipient address rejected:
    User unknown in virtual mailbox table (in reply to RCPT TO command)

--- Original message follows ---

""" + orig18
M('018-bounce-mailer-daemon.eml', 'MAILER-DAEMON@smtp.unicaen.fr (Mail Delivery System)', 'Undelivered Mail Returned to Sender', '2025-10-03 16:12', m18,
  to='paul.girard@unicaen.fr', hdr={'Auto-Submitted': 'auto-replied'},
  g=G(['HLAN203'], ['HLAN203'], [], [], 'other', 'unknown', auto=True, schemes=['letters+digits (FAQ shape)'], note='delivery failure notice quoting a message about a course'))
# 019
M('019-erasmus-en-cannot-login.eml', '"Diego Fernández Ruiz" <diegofr.uv@gmail.com>', 'Login problem Ecampus', '2025-09-08 22:04',
"""Hi,

I'm an exchange student from Universitat de València (Erasmus+ A>S1). I activated my university account on Monday but when I
try to log in to Ecampus with my ID and password it says "Identifiant ou mot de passe incorrect". I can log in to Zimbra mail with
the same password!! My INE is 1234567890A (from the Campus France form), phone +34 622 10 45 87.

I have the course YES5CIV2 tomorrow at 10:15 in room SA-110 and the teacher said the texts are on Ecampus.

Thanks,
Diego""",
  g=G(['YES5CIV2'], ['YES5CIV2'], [], [], 'cannot_login', 'student', 'en', schemes=['LVE Y<lang><sem><type><n>'], note='Erasmus student cannot log in to Ecampus'))
# 020
t20 = """Bonjour,

Toujours rien : je ne trouve aucun espace pour MUS1-FOR (Formation musicale 1, L1 Musicologie). Le "Parcourir les cours"
ne donne rien ni dans Musicologie ni dans Arts. Les étudiants attendent les exercices de dictée.

Jean-Baptiste Vasseur
Professeur agrégé – département Musique, bureau MR-114

Le 06/10/2025 à 11:34, CEMU Assistance a écrit :
> Bonjour,
>
> Pouvez-vous nous préciser le code Apogée de l'élément concerné ?
> Pour information l'espace est créé automatiquement quand l'élément a des inscriptions pédagogiques
> jusqu'au groupe (ou des charges d'enseignement).
>
> Cordialement,
> L'équipe CEMU – 02 31 56 62 00
>
>> Le 03/10/2025 à 09:12, Jean-Baptiste Vasseur a écrit :
>> Mon cours de formation musicale n'existe pas sur Ecampus. Merci.
"""
M('020-reply-prof-musique-cours-inexistant.eml', '"Jean-Baptiste Vasseur" <jean-baptiste.vasseur@unicaen.fr>', 'Re: [CEMU #41877] Cours inexistant', '2025-10-06 14:02', t20,
  hdr={'In-Reply-To': '<cemu-41877-2@assistance.unicaen.fr>', 'References': '<cemu-41877-1@assistance.unicaen.fr> <cemu-41877-2@assistance.unicaen.fr>'},
  g=G(['MUS1-FOR'], ['MUS1-FOR'], [], [], 'course_missing', 'staff', schemes=['arts <field><yr>-<subj>'], note='reply on ticket: music course does not exist on Ecampus'))
# 021
M('021-etu-majuscules-pas-inscrit.eml', '"KEVIN LEMAIRE" <kevin.lemaire76@gmail.com>', 'URGENT PAS DE COURS', '2025-09-18 07:55',
"""BONJOUR JE SUIS EN L1 STAPS ET JE NE SUIS INSCRIT DANS AUCUN COURS SUR ECAMPUS. MON NUMERO ETUDIANT EST 25300127.
J AI PAYE MON INSCRIPTION LE 28 AOUT (FACTURE CVEC N° TRA-25-0874411) ET J AI MA CARTE LEOCARTE.
LES AUTRES ONT APS1ATH ET APS1SPO ET MOI RIEN.
MERCI DE ME REPONDRE VITE
KEVIN LEMAIRE 06 12 88 47 03""",
  g=G(['APS1ATH', 'APS1SPO'], ['APS1ATH', 'APS1SPO'], ['25300127'], [], 'not_enrolled', 'student', schemes=['STAPS APS<sem><activity>'], note='all-caps L1 student enrolled in no course (probably no IP yet)'))
# 022
h22 = """<html><head><meta charset="windows-1252"></head><body><div class="WordSection1"><p class="MsoNormal">Bonjour,<o:p></o:p></p>
<p class="MsoNormal">Je suis responsable de l’UE <b>JUR3.CIV</b> (Droit civil – obligations, L2 Droit) et pourtant je n’apparais pas comme enseignante dans l’espace, je ne peux donc pas déposer les fiches de TD.<o:p></o:p></p>
<p class="MsoNormal">Mes collègues chargés de TD (groupes TD1 à TD6) sont inscrits, eux.<o:p></o:p></p>
<p class="MsoNormal">Merci,<o:p></o:p></p>
<p class="MsoNormal">Pr. Hélène Dauphin-Roussel<br>UFR Droit, AES et Administration publique – Bâtiment D, bureau DR-310<br>Centre de recherche sur les droits fondamentaux (CRDFED, UR 2132)<br>02 31 56 51 09<o:p></o:p></p></div></body></html>"""
M('022-prof-droit-pas-enseignante.eml', '"Dauphin-Roussel Hélène" <helene.dauphin-roussel@unicaen.fr>', 'Je n’apparais pas comme enseignante – JUR3.CIV', '2025-09-17 18:30', html=h22, cs='windows-1252',
  g=G(['JUR3.CIV'], ['JUR3.CIV'], [], [], 'teacher_not_enrolled', 'staff', schemes=['law JUR<sem>.<subj>'], note='law professor not enrolled as teacher in her course; Outlook HTML cp1252'))
# 023
M('023-spam-facture.eml', '"Service Facturation" <facturation@secure-paiement-docs.com>', 'Facture impayée n° 25110384 - action requise', '2025-10-21 03:14',
html="""<html><body><p>Cher client,</p><p>Votre facture n° <b>25110384</b> d'un montant de 349,90 € reste impayée.
Merci de régulariser sous 48h en cliquant <a href="http://secure-paiement-docs.com/pay?inv=25110384">ici</a> afin d'éviter des frais de recouvrement.</p>
<p>Référence dossier : FR-7731-0042 – Service client 09 70 25 14 88</p></body></html>""", to='cemu.assistance@unicaen.fr',
  g=G([], [], [], [], 'other', 'unknown', auto=True, note='phishing spam with an 8-digit invoice number (not a student number)'))
# 024
M('024-etu-pharma-mauvais-groupe-tp.eml', '"Camille Dufour" <camille.dufour@etu.unicaen.fr>', 'Groupe de TP pharmaco', '2025-10-01 20:47',
"""Bonjour,

Je suis en 3e année de pharmacie. Sur Ecampus, dans l'UE PH3U07 (Pharmacologie générale), je suis dans le groupe "TP C"
alors que sur mon emploi du temps ADE et sur la liste affichée à la fac je suis en TP A (le mercredi 8h-12h, salle TP-S2-04).
Du coup je n'ai pas accès au compte-rendu à rendre avant le 10/10.

Numéro étudiant 23105519.

Merci beaucoup,
Camille Dufour""",
  g=G(['PH3U07', 'PH3U07-TPA', 'PH3U07-TPC'], ['PH3U07', 'TP A', 'TP C'], ['23105519'], [], 'wrong_group', 'student', schemes=['pharma PH<yr>U<nn>', 'pharma group <elp>-TP<L>'], note='pharmacy student in wrong TP group'))
# 025
t25 = """Hello,
I'm a visiting student from Ireland (UCC) at the IAE. On my Ecampus dashboard I only see 2 courses out of 5. The courses
IAEM1M02, IAEM1M05 and IAEM1F11 are missing from "Course overview". My friend from the same programme sees them all.
I did check the filter, it says "All (except removed from view)".
Student ID 25401766.
Cheers,
Aoife O'Sullivan
Sent from my phone"""
M('025-en-dashboard-iae.eml', '"Aoife O\'Sullivan" <25401766@etu.unicaen.fr>', 'Courses missing from my dashboard', '2025-10-06 09:12', t25, cte='quoted-printable',
  g=G(['IAEM1M02', 'IAEM1M05', 'IAEM1F11'], ['IAEM1M02', 'IAEM1M05', 'IAEM1F11'], ['25401766'], [], 'course_not_on_dashboard', 'student', 'en', schemes=['business school IAEM<yr><track><nn>'], note='exchange student sees only 2 of 5 courses on dashboard'))
# 026
t26 = """Bonjour,

Un étudiant de M1 Sociologie, Hugo Besnard (n° 21608843), inscrit à distance, n'est pas dans le groupe EAD du cours SOC-M122
(Méthodes quantitatives) : il est dans le groupe par défaut avec les présentiels et ne voit pas les classes virtuelles du
groupe "CEMU". Son IA est bien en télé-enseignement.

Cordialement,
Marion Lecomte
Gestionnaire de scolarité – Département de sociologie, UFR HSS – bât. MRSH, SH-112 – 02 31 56 58 33
"""
M('026-scol-socio-groupe-ead.eml', '"Marion Lecomte" <marion.lecomte@unicaen.fr>', 'Etudiant EAD pas dans le bon groupe', '2025-10-20 11:26', t26,
  g=G(['SOC-M122'], ['SOC-M122'], ['21608843'], [], 'wrong_group', 'staff', schemes=['sociology SOC-<L|M><yr><nn>'], note='distance-learning student in presential group instead of CEMU group'))
# 027
M('027-etu-sms-cas.eml', '"Inès" <ines.b14@icloud.com>', '(sans objet)', '2025-09-09 08:03',
"""bjr qd je me co ca me met connexion reussie bienvenue 25118834 et apres plus rien ?? jvois pas mes cours
jsuis passee par cas.unicaen.fr direct
ines benali L1 AES""",
  g=G([], [], ['25118834'], [], 'cas_unknown_destination', 'student', note='SMS-style student: CAS connexion réussie without redirection'))
# 028
t28 = """Bonjour,

Ce matin (mardi), Ecampus affiche :

  Erreur de lecture de la base de données

sur toutes les pages de mon cours IX8MRI12 (Robotique industrielle) au moment où les étudiants commencent l'examen en ligne
(quiz, 45 min, salle informatique B-204). J'ai 38 étudiants qui attendent. C'est urgent !!

Frédéric Lamy – ESIX Normandie – 06 03 47 19 28"""
M('028-prof-erreur-bdd-examen.eml', '"Frédéric Lamy" <frederic.lamy@unicaen.fr>', 'URGENT erreur base de données pendant examen', '2025-11-25 10:07', t28,
  g=G(['IX8MRI12'], ['IX8MRI12'], [], [], 'database_error', 'staff', schemes=['engineering IX<sem><dept><nn>'], note='database read error during an online exam'))
# 029
M('029-etu-nom-changement-etat-civil.eml', '"Alex Morel" <alex.morel@etu.unicaen.fr>', 'Changement de prénom', '2025-11-04 17:40',
"""Bonjour,

J'ai fait un changement de prénom à l'état civil en juillet (jugement du 11/07/2025), et la scolarité a mis à jour mon
dossier. Pourtant sur Ecampus je m'appelle toujours "Alexandra Morel", et mon adresse affichée est encore
alexandra.morel@etu.unicaen.fr. C'est assez pénible en TD quand les profs font l'appel avec la liste Ecampus.

Mon n° étudiant : 22507431.

Merci,
Alex Morel (il)
M1 Histoire""",
  g=G([], [], ['22507431'], [], 'wrong_name', 'student', note='student first name and e-mail not updated after legal change'))
# 030
t30 = """Bonjour,
je ne retrouve pas mon cours "Anatomie fonctionnelle" de STAPS, code APS 5ANF je crois, qui était avant dans L3 Entraînement
sportif. Il a été déplacé dans une catégorie "Archives" et renommé "[ARCHIVE 2024] (APS5ANF) Anatomie fonctionnelle". Le
nouveau code serait APS5AN2 d'après la scolarité. Est-ce que je peux récupérer mes contenus ?
Merci
T. Jacquet, MCF STAPS, CesamS (UR 4260)"""
M('030-prof-staps-archive.eml', '"Thomas Jacquet" <thomas.jacquet@unicaen.fr>', 'cours déplacé dans Archives', '2025-09-11 13:05', t30, cs='iso-8859-1', cte='quoted-printable',
  g=G(['APS5ANF', 'APS5AN2'], ['APS 5ANF', 'APS5ANF', 'APS5AN2'], [], [], 'course_moved_renamed', 'staff', schemes=['STAPS APS<sem><activity>'], unknown=['APS5ANF'], note='STAPS course moved to Archives after code change'))
# 031
t31 = """Bonjour,

Cette année le cours IRAN-17 (Anglais de spécialité, L3) n'est pas dans la liste des cours que j'enseigne, alors que je suis
planifiée dans ADE tous les lundis (8h30-10h30, Amphi Pierre Daure puis salle SA-018). Mon collègue m'a dit que ça venait
peut-être d'ADE mais je ne sais pas quoi vérifier.

Bien cordialement,
Rebecca Thompson
Lectrice d'anglais – Département d'études anglophones
"""
M('031-lectrice-pas-inscrite-ade.eml', '"Rebecca Thompson" <rebecca.thompson@unicaen.fr>', 'Not enrolled as teacher / pas inscrite', '2025-09-23 12:12', t31,
  g=G(['IRAN-17'], ['IRAN-17'], [], [], 'teacher_not_enrolled', 'staff', schemes=['dash IRAN-NN (FAQ shape)'], note='language lecturer not enrolled as teacher despite ADE planning'))
