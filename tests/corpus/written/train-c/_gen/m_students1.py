from common import *

# ---------------------------------------------------------------- Erasmus / exchange, in English
Mail("s01", "erasmus-cannot-login", ("Lucía Fernández García", "lucia.fdezgarcia@gmail.com"), CEMU,
     "Problem to access Ecampus", "2025-09-12 22:47", """Hello,

I am an Erasmus student from the Universidad de Salamanca, I arrived in Caen last week for the fall semester at the Faculty of Law.

I received my student card with the number 25104821 but I can't enter on Ecampus. When I write my login and my password on the page it says "The credentials you provided cannot be determined to be authentic" or something like that. I think I activated my account on the "compte numérique" page (the page was only in French so maybe I did something wrong?).

My professor of administrative law says all the documents are on Ecampus and the first test is in 3 weeks so I am a little bit worried.

Can you help me please?

Thank you very much,

Lucía Fernández García
Erasmus+ 2025/26 - Universidad de Salamanca
Mobile: +34 612 48 90 33 / +33 7 68 21 45 09
""", G(nums=["25104821"], sym="cannot_login", lang="en",
       note="Incoming Erasmus student (law) cannot log in, credentials refused"), mid="gmail")

Mail("s02", "exchange-fle-not-in-course", ("Jonas Müller", "jonas.mueller@etu.unicaen.fr"), CEMU,
     "French course FLE B1 - I am not in the Ecampus page", "2025-09-24 11:05", """Hi,

I'm an exchange student from Universität Leipzig (semester 1 only). I'm registered for the French as a foreign language course, level B1 (FLE-B1S1 on my learning agreement), in the tuesday group FLEB1-G05, room AF-114.

Our teacher Mme Laroche asked us to join the Ecampus page of the course because all the exercises are there. My classmates from the same group can see it but I can't find it anywhere. She checked the list of participants during the class and my name is not in it.

My student number is 25 10 93 47.

Could you add me please? Or tell me what I have to do.

Best regards,
Jonas Müller
""", G(codes=[("FLE-B1S1", "FLE-B1S1"), ("FLEB1-G05", "FLEB1-G05")], nums=["25109347"], sym="not_enrolled",
       lang="en", note="Exchange student missing from the participants of his FLE course"),
     kind="alt", style="gmail", mid="gmail")

Mail("s03", "erasmus-cas-log-in-successful", ("Giulia Romano", "giulia.romano@etu.unicaen.fr"), CEMU,
     "Ecampus doesn't open after login", "2025-10-02 09:21", """Good morning,

every time I try to go to Ecampus I arrive on a page of the university that says:

"Log In Successful
You, 25117460, have successfully logged into the Central Authentication Service. However, you are seeing this page because CAS does not know about your target destination and how to get you there."

and then nothing, it does not go to my courses. I tried with Chrome and Firefox and also on my phone (iPhone 12, iOS 18.6), same thing. I saved the page in my favourites the first day, maybe this is the problem?

I attach a screenshot.

Grazie mille,
Giulia Romano
Erasmus student - Università di Bologna
""", G(nums=["25117460"], sym="cas_unknown_destination", lang="en",
       note="Erasmus student lands on CAS 'Log In Successful' page, never reaches Ecampus (bookmark)"),
     attach=[("png", "Screenshot_20251002-091512.png")])

Mail("s04", "erasmus-name-garbled", ("Łukasz Wiśniewski", "lukasz.wisniewski@etu.unicaen.fr"), CEMU,
     "My name is wrong on the platform", "2025-09-18 16:32", """Hello,

My name is displayed wrongly in Ecampus. Instead of "Łukasz Wiśniewski" I see "Å�ukasz WiÅ›niewski" on my profile and in the list of participants of my courses, and my teacher of Sociology could not find me when he wanted to put me in a group for the presentation.

Do I need to go to the International office (SRI) or can you correct it directly?

Student ID: 25104473

Kind regards,
Łukasz Wiśniewski
Uniwersytet Jagielloński / Erasmus+ Caen 2025-26

Sent from Outlook for Android
""", G(nums=["25104473"], sym="wrong_name", lang="en",
       note="Erasmus student: Polish characters of his name shown garbled in Ecampus"),
     cte="base64", mid="outlook")

Mail("s05", "exchange-dashboard-some-courses", ("Sanne de Vries", "sanne.devries@etu.unicaen.fr"), CEMU,
     "Not all my courses on the dashboard", "2025-10-08 13:14", """Hello Ecampus team,

I'm an exchange student from Utrecht, studying geography and history this semester.

On my dashboard ("Tableau de bord") I only see 3 of my 5 courses. The course Géographie des littoraux (HGEO305) is not there, and also hhis112 (history). But when I type HGEO 305 in the search I find the course and I can open it, I can see the documents and the forum. So I am enrolled I think, but it's not on the dashboard and I always forget about it.

Is there a setting I need to change?

Thanks a lot!
Sanne
""", G(codes=[("HGEO305", "HGEO305"), ("HGEO305", "HGEO 305"), ("HHIS112", "hhis112")], sym="course_not_on_dashboard", lang="en",
       note="Exchange student: two courses she can open via search are absent from her dashboard"),
     kind="alt", style="gmail", mid="gmail")

Mail("s06", "exchange-iae-wrong-group", ("Aoife Byrne", "aoife.byrne@etu.unicaen.fr"), CEMU,
     "Wrong group in Corporate Finance (IAE)", "2025-10-14 08:52", """Dear Sir or Madam,

I’m an exchange student at IAE Caen this year, in the first year of the Master Administration des Entreprises (AEMAE1).

In the Ecampus course “Corporate Finance” (AEM1FIN3) I have been put in the group AEMAE1-ALT, which is the group for the apprentices – their sessions and their assignment deadlines are on Fridays and I have classes in another faculty then. According to my timetable and to the scolarité I belong to the full-time group AEMAE1-FI.

Because of this I can’t see the submission link for the case study that is due next week for my group.

Could you please move me to the right group?

Many thanks,
Aoife Byrne
Student no. 25121808
Trinity College Dublin – Exchange 2025/2026
""", G(codes=[("AEMAE1", "AEMAE1"), ("AEM1FIN3", "AEM1FIN3"), ("AEMAE1-ALT", "AEMAE1-ALT"), ("AEMAE1-FI", "AEMAE1-FI")],
       nums=["25121808"], sym="wrong_group", lang="en",
       note="Exchange student put in the apprentices' group instead of the full-time group in an IAE course"),
     cte="quoted-printable", mid="outlook")

Mail("s07", "exchange-course-does-not-exist", ("Min-jun Park", "minjun.park@etu.unicaen.fr"), CEMU,
     "Course OBM1.107 not found on Ecampus", "2025-09-29 17:40", """Hello,

I am an exchange student (KAIST) in the first year of the Master in astrophysics (OBSM1).

I follow the course "Stellar physics and observation" (code OBM1.107). The professor said in the first lecture that slides and the observation reports will be uploaded on Ecampus. But when I search the course on Ecampus I find nothing: no course with this name and no course with this code, in the Master category there is only OBM1.112 and the other ones. My classmates also cannot find it, so I think it is not only my problem.

Can you check if this course exists?

My ID: 25118902

Thank you,
Min-jun PARK
""", G(codes=[("OBSM1", "OBSM1"), ("OBM1.107", "OBM1.107"), ("OBM1.112", "OBM1.112")], nums=["25118902"],
       sym="course_missing", lang="en", note="Exchange student: no Ecampus course at all for an observatory master element"))

Mail("s08", "exchange-where-participants", ("Emma Johansson", "emma.johansson@etu.unicaen.fr"), CEMU,
     "participants list?", "2025-10-21 19:03", """Hi,

Maybe a stupid question but I cannot find the list of the other students in my courses. In Uppsala our Moodle had a block "Participants" on the right side of the course page and here there is nothing like that. I need to contact the people of my project group in Programmation 2 (SINF201) and I don't know their e-mail.

Where can I find it?

Thanks,
Emma Johansson
exchange student, Licence Informatique
""", G(codes=[("SINF201", "SINF201")], sym="participants_block_missing", lang="en",
       note="Exchange student looks for the Participants block that is not on the right of the course page"),
     kind="html", style="thunderbird")

Mail("s09", "erasmus-database-sunday", ("Inês Carvalho", "ines.carvalho@outlook.pt"), CEMU,
     "Ecampus not working - quiz deadline today", "2025-11-16 09:38", """Hello,

This morning (Sunday) I wanted to do the online quiz of my English course (AN-11A, Mrs Pollard) and Ecampus only shows a page with:

Error: Database connection failed
It is possible that the database is overloaded or otherwise not running properly.

I tried many times since 9h. The quiz closes tonight at 23:59. Is the platform broken? Will the teacher know?

Best regards,
Inês Carvalho
Erasmus student - Universidade do Porto
""", G(codes=[("AN-11A", "AN-11A")], sym="database_error", lang="en",
       note="Erasmus student gets 'Database connection failed' on a Sunday morning before a quiz deadline"),
     kind="html", style="outlook", cte="quoted-printable", mid="outlook")

Mail("s10", "exchange-learning-agreement-courses", ("Haruto Sato", "haruto.sato@etu.unicaen.fr"), CEMU,
     "About my courses on Ecampus", "2025-10-01 10:12", """Dear Ecampus team,

I am exchange student from Nagoya University, I stay in Caen for the whole academic year.

In my learning agreement (validated by the Bureau des Relations Internationales) I registered to these courses:
- ES-22A  Espagnol
- HHIS 314  Histoire contemporaine du Japon et de la Chine
- FLE-A2S1  Français langue étrangère A2

But in Ecampus I can see only FLE-A2S1. The two others are not there and the teachers told me I am not registered in their Ecampus course, they can not see my name.

My student number is 25120036.

Thank you very much for your kind help.

Best regards,
SATO Haruto
""", G(codes=[("ES-22A", "ES-22A"), ("HHIS314", "HHIS 314"), ("FLE-A2S1", "FLE-A2S1")], nums=["25120036"],
       sym="not_enrolled", lang="en", note="Exchange student enrolled in only one of three courses of his learning agreement"),
     cte="base64")

Mail("s11", "exchange-name-inverted-reply", ("Mateus Oliveira", "mateus.oliveira@etu.unicaen.fr"), CEMU,
     "Re: [CEMU #5327] name inverted in Ecampus", "2025-10-09 15:26", """Hello,

Thank you for your answer. I went to the scolarité of the UFR Sciences yesterday and the lady said that in their system my name is correct (first name Mateus, surname Oliveira Santos). But today in Ecampus it is still "Oliveira Santos Mateus" as first name and "Mateus" as surname, so it is inverted and the teachers call me "Mr Mateus".

Should I wait more days?

Mateus

""" + en_attr("2025-10-06 11:02", "CEMU Assistance", CEMU) + "\n" + q("""Bonjour / Hello,

Your first name and surname in Ecampus come from your digital account (compte numérique), they cannot be changed in Ecampus directly. Please ask the administrative office (scolarité) of your faculty to correct your account; the change will appear in Ecampus the day after.

Best regards,
""" + CEMU_SIG + """

> Hello, in Ecampus my name is inverted, my first name appears as my last name.
> Student number 25113390. Thank you.""") + "\n", G(nums=["25113390"], sym="wrong_name", lang="en",
       note="Exchange student: first name and surname inverted; replies that scolarité says it is correct"),
     irt="<5327.cemu@assistance.unicaen.fr>", flags=("quoted",))

Mail("s12", "exchange-ecampus-in-english", ("Kacper Nowak", "kacper.nowak@etu.unicaen.fr"), CEMU,
     "Ecampus in English?", "2025-09-16 20:11", """Hello,

Is it possible to have Ecampus in English? All the menus are in French and I don't understand everything yet (my French is A2). I looked in my profile but I did not find the language.

Thank you
Kacper Nowak
Erasmus, Licence 3 Physique
""", G(sym="other", lang="en", note="Erasmus student asks how to switch the Ecampus interface to English"))

# ---------------------------------------------------------------- SMS style, no accents, caps, typos
Mail("s13", "sms-tout-le-td-sauf-moi", ("theo m", "theo.marchand14@gmail.com"), CEMU,
     "cours ecampus", "2025-09-30 23:41", """slt
tt le monde de mon td a le cours de droit civil sur ecampus sauf moi ?? jsp pk
c le cours d1civ02 avec mme Hébert
mon num etudiant c 24008815
merci
""", G(codes=[("D1CIV02", "d1civ02")], nums=["24008815"], sym="not_enrolled",
       note="SMS-style L1 law student: whole TD group has the civil law course except him"), mid="gmail")

Mail("s14", "caps-connexion-impossible", ("DUFOUR SARAH", "23007741@etu.unicaen.fr"), CEMU,
     "URGENT CONNEXION ECAMPUS", "2025-11-05 07:58", """BONJOUR

JE N ARRIVE PAS A ME CONNECTER A ECAMPUS DEPUIS LUNDI, IL ME DIT IDENTIFIANT OU MOT DE PASSE INCORRECT ALORS QUE J AI CHANGE MON MOT DE PASSE VENDREDI SUR LE SITE DU COMPTE NUMERIQUE.
J AI ESSAYE AVEC MON NUMERO ETUDIANT 23007741 ET AVEC MON ADRESSE MAIL, RIEN NE MARCHE.

MERCI DE ME REPONDRE VITE J AI UN DEVOIR A RENDRE VENDREDI

SARAH DUFOUR L3 AES
""", G(nums=["23007741"], sym="cannot_login", note="All-caps student cannot log in since changing her password"))

Mail("s15", "noaccent-mauvais-groupe-tp", ("Killian Jouault", "killian.jouault@etu.unicaen.fr"), CEMU,
     "probleme groupe tp", "2025-10-06 18:20", """bonjour,

sur ecampus dans le cours de qualite de dev (iinr2.03) je suis dans le groupe in2-tp2a alors que je suis en in2-tp3b depuis la rentree (changement valide par le secretariat du departement info), du coup je vois pas les depots de mon groupe et le prof me met absent aux rendus.
je suis en butin2

merci
killian jouault
""", G(codes=[("IINR2.03", "iinr2.03"), ("IN2-TP2A", "in2-tp2a"), ("IN2-TP3B", "in2-tp3b"), ("BUTIN2", "butin2")],
       sym="wrong_group", note="BUT Info student without accents: still in his old TP group in an Ecampus course"))

Mail("s16", "sms-connexion-reussie-rien", ("", "22014598@etu.unicaen.fr"), CEMU,
     "ecampus bug", "2025-09-22 12:03", """wsh
jarrive sur une page "connexion reussie" mais apres ya rien jpeux pas aller sur mes cours
jpasse par google pr aller sur ecampus
ca fait ca depuis ce matin
""", G(nums=["22014598"], sym="cas_unknown_destination",
       note="SMS-style student stuck on CAS 'connexion réussie' after going through Google (number only in address)"))

Mail("s17", "typos-tableau-de-bor", ("Chloé Vautier", "chloe.vautier@etu.unicaen.fr"), CEMU,
     "cour disparu", "2025-10-13 10:47", """Bonjoue,

je ne trouve plus mon cour de statistique sur mon tableau de bor, il etait la la semaine derniere. Jai cliquer sur tout les onglets mais il y est pas. Par contre je recois toujours les mail des annonces du prof donc je pense que je suis encore inscrite ?
C'est le cour SMAT105
mon numéro c'est 2201477 je crois (il me manque peut etre un chiffre, j'ai pas ma carte sur moi)

Merci d'avance
Chloé
""", G(codes=[("SMAT105", "SMAT105")], sym="course_not_on_dashboard",
       note="Student with typos: statistics course vanished from her dashboard though she still gets its announcements"))

Mail("s18", "caps-erreur-base-de-donnees", ("YANIS BOUDJEMA", "yanis.b14@hotmail.fr"), CEMU,
     "ECAMPUS NE MARCHE PLUS", "2025-11-19 21:34", """BONSOIR

ECAMPUS MARCHE PAS !!! QUAND JE VEUX OUVRIR LE COURS SM2-UE07 CA ME MET "ERREUR DE LECTURE DE LA BASE DE DONNEES" ET C EST TOUT. J AI ESSAYE SUR MON PC ET SUR MON TEL. ON A UN QCM DEMAIN 8H

YANIS BOUDJEMA DFGSM2
""", G(codes=[("SM2-UE07", "SM2-UE07"), ("DFGSM2", "DFGSM2")], sym="database_error",
       note="All-caps medical student gets 'Erreur de lecture de la base de données' on a course, evening before a QCM"),
     kind="html", style="outlook", charset="windows-1252", cte="quoted-printable", mid="outlook",
     attach=[("jpg", "IMG_4471.jpg")])

Mail("s19", "sms-nom-mal-ecrit", ("maelle lecoeur", "maelle.lecoeur@etu.unicaen.fr"), CEMU,
     "nom", "2025-09-26 14:09", """bjr
mon nom est mal écrit sur ecampus c Lecoeur pas Lecoueur, et le prénom c Maëlle avec un trema pas Maelle
n°etu 21908853
merci bcp
""", G(nums=["21908853"], sym="wrong_name", note="SMS-style student: surname misspelt and diaeresis missing in Ecampus"))

Mail("s20", "noaccent-cours-existe-pas", ("Lina Haddad", "lina.haddad@etu.unicaen.fr"), CEMU,
     "cours anatomie introuvable", "2025-10-03 21:15", """bonjour

le cours d anatomie ue 11 (sm2 ue11) existe pas sur ecampus alors que le prof a dit en amphi que les qcm d entrainement sont dessus. j ai cherche dans la categorie dfgsm2 et avec la barre de recherche, rien. mes amis non plus ne le trouvent pas

merci
lina haddad 2eme annee medecine
""", G(codes=[("SM2-UE11", "sm2 ue11"), ("DFGSM2", "dfgsm2")], sym="course_missing",
       note="Medical student: cannot find any Ecampus course for UE 11, neither in the category nor by search"))

Mail("s21", "sms-pas-inscrit-anglais", ("Enzo Morel", "enzo.morel@etu.unicaen.fr"), CEMU,
     "pas inscrit anglais", "2025-09-25 10:33", """Salut,jsuis pas inscrit au cours d'anglais LSDANB2 groupe 7 , la prof ma dit de vous ecrire psk je suis pas dans sa liste sur ecampus. Tout les autres y sont.
num: 2300 4519
Enzo
""", G(codes=[("LSD-ANB2", "LSDANB2")], nums=["23004519"], sym="not_enrolled",
       note="SMS-style student missing from the LANSAD English course list"))

Mail("s22", "typos-mot-de-passe-ecampus", ("Mathis Guérin", "mathis.guerin61@hotmail.fr"), CEMU,
     "impossible de me conecter", "2025-10-20 17:48", """Bonjour,

depuis que j'ai changer mon mot de passe sur l'ENT je ne peux plus me connecter a Ecampus, sa me met "Identifiant ou mot de passe incorect". Pourtant sur ma messagerie étudiante sa marche avec le même mot de passe.
J'ai vider le cache comme on ma dit mais sa change rien, et j'ai essayer depuis le wifi de la BU (eduroam) et depuis chez moi, pareil.

Mon numéro étudiant 22109984

Cordialement
Mathis Guérin
""", G(nums=["22109984"], sym="cannot_login", note="Student with typos cannot log in to Ecampus after a password change"),
     charset="windows-1252", cte="quoted-printable", kind="html", style="outlook", mid="outlook")

# ---------------------------------------------------------------- L1 lost
Mail("s23", "l1-perdue-tableau-vide", ("Océane Leroux", "oceane.leroux@etu.unicaen.fr"), CEMU,
     "Aucun cours sur Ecampus ?? (L1 histoire)", "2025-09-17 23:02", """Bonjour,

Je suis désolée de vous déranger, je suis en première année de licence d'histoire (L1) et je suis complètement perdue avec tous les sites de l'université (l'ENT, Ecampus, ADE, la messagerie, etc.).

Quand je vais sur Ecampus, mon tableau de bord est vide, il n'y a aucun cours, juste écrit "Aucun cours". Mes amies de la même licence ont tous leurs cours affichés (méthodologie, histoire ancienne, etc.). On m'a dit qu'il fallait faire mon inscription pédagogique, je l'ai faite je crois le 10 septembre au secrétariat (on m'a donné une feuille avec mes choix d'options).

Est-ce que c'est normal ? Est-ce que je dois attendre ? Est-ce que j'ai raté quelque chose ? Je ne voudrais pas prendre du retard dès le début, les profs ont déjà mis des documents à lire pour la semaine prochaine.

Mon numéro étudiant est le 25009317 (et mon INE c'est 0906023341G si besoin).

Merci beaucoup et encore désolée,

Océane Leroux
L1 Histoire, groupe de TD 2
""", G(nums=["25009317"], sym="course_not_on_dashboard",
       note="Anxious L1 student: her dashboard shows no course at all while friends have theirs"),
     cte="quoted-printable")

Mail("s24", "l1-connexion-reussie-attente", ("Hugo Le Goff", "hugo.legoff@etu.unicaen.fr"), CEMU,
     "Connexion ecampus ne marche pas", "2025-09-08 08:14", """Bonjour,

Je suis nouveau à l'université (L1 STAPS) et je n'arrive pas à accéder à Ecampus. Je rentre mon identifiant et mon mot de passe, ça me met "Connexion réussie - vous vous êtes authentifié(e) auprès du Service Central d'Authentification" mais ensuite je reste sur cette page, il n'y a pas de bouton pour continuer.

Est-ce que je dois attendre une validation de mon compte par quelqu'un ? Je suis passé par le lien qu'un ami m'a envoyé sur Snapchat.

Merci d'avance,
Hugo Le Goff
""", G(sym="cas_unknown_destination",
       note="New L1 student stays on the CAS success page (link received from a friend), thinks account needs validation"),
     kind="alt", style="zimbra", mid="zimbra")

Mail("s25", "l1-droit-groupe-jeudi", ("Inès Benali", "ines.benali@etu.unicaen.fr"), CEMU,
     "Erreur de groupe TD droit constitutionnel", "2025-09-23 19:27", """Bonjour,

Sur Ecampus, dans le cours de Droit constitutionnel 1 (D1CONO1), je suis mise dans le groupe DL1DRT-T04 (TD du jeudi matin) alors que sur mon emploi du temps ADE et sur la liste affichée au bâtiment A je suis dans le groupe 7, le mardi. Du coup les sujets de TD que la chargée de TD dépose pour le groupe 7 je ne les vois pas, et je vois ceux du groupe 4.

Je suis en L1 droit (DL1DRT-101), numéro étudiant 25011904.

Pouvez-vous me mettre dans le bon groupe (DL1DRT-T07) ?

Merci,
Inès Benali
""", G(codes=[("D1CON01", "D1CONO1"), ("DL1DRT-T04", "DL1DRT-T04"), ("DL1DRT", "DL1DRT-101"), ("DL1DRT-T07", "DL1DRT-T07")],
       nums=["25011904"], sym="wrong_group", note="L1 law student placed in TD group 4 instead of 7 in an Ecampus course"),
     cte="quoted-printable")

# ---------------------------------------------------------------- M2 terse
Mail("s26", "m2-pas-inscrite", ("Clémence Tessier", "clemence.tessier@etu.unicaen.fr"), CEMU,
     "Inscription M.2SOC7A", "2025-09-15 09:02", """Bonjour,

Pas inscrite dans l'espace M2SOC7A (Sociologie des organisations, S3). IP faite en juillet.
N° 21907733.

Merci.
C. Tessier
""", G(codes=[("M.2SOC7A", "M.2SOC7A"), ("M.2SOC7A", "M2SOC7A")], nums=["21907733"], sym="not_enrolled",
       note="Terse M2 student not enrolled in one course space"))

Mail("s27", "m2-cours-archive-memoire", ("Tom Marchal", "tom.marchal@etu.unicaen.fr"), CEMU,
     "cours M1 archivé", "2025-10-28 12:10", """Bonjour,

Le cours de l'an dernier (M.1PSY3B, Méthodes quanti) est passé dans la catégorie Archives et n'est plus accessible. Besoin des ressources pour mon mémoire. Récupérable ?

Cdlt,
T. Marchal, M2 psycho
""", G(codes=[("M.1PSY3B", "M.1PSY3B")], sym="course_moved_renamed",
       note="Terse M2 student: last year's course moved to Archives, wants its resources"))

Mail("s28", "m2-bloc-participants", ("Romain Caillot", "romain.caillot@etu.unicaen.fr"), CEMU,
     "Bloc participants", "2025-09-19 14:44", """Bonjour,

Plus de bloc "Participants" dans les cours du M2 (OBSM2). Comment voir la liste des inscrits ?

R. Caillot
""", G(codes=[("OBSM2", "OBSM2")], sym="participants_block_missing", note="Terse M2 student: the Participants block is gone"))

# ---------------------------------------------------------------- returning adult, disability letter
Mail("s29", "daeu-reprise-profil-courriel", ("Patrick Lemaître", "p.lemaitre50@orange.fr"), CEMU,
     "Première connexion Ecampus - DAEU A cours du soir", "2025-09-29 20:55", """Madame, Monsieur,

Je me permets de vous écrire car je rencontre une difficulté avec la plateforme Ecampus. Je précise que je reprends mes études à 47 ans, après plus de vingt-cinq ans dans la logistique, afin de préparer le DAEU A en cours du soir ; je ne suis donc pas très à l'aise avec ces outils, je vous prie de m'en excuser par avance.

Lors de ma première connexion à Ecampus, hier soir, j'arrive sur une page intitulée « Modifier le profil » qui m'indique qu'il manque mon adresse de courriel. Or le champ « Adresse de courriel » n'est pas modifiable (il est grisé), et je ne peux aller nulle part ailleurs : chaque clic me ramène sur cette même page.

Le secrétariat de la formation continue m'a créé mon compte au moment de l'inscription. Mon numéro étudiant est le 25300418. Je suis inscrit en DAEU A (DAEU-FR1 Français et DAEU-HG2 Histoire-géographie notamment).

Le premier devoir de français doit être déposé sur Ecampus avant le 10 octobre. Pourriez-vous m'indiquer la marche à suivre ?

Je vous remercie par avance de votre aide.

Bien cordialement,

Patrick Lemaître
Tél. : 06 81 27 44 19
""", G(codes=[("DAEU-FR1", "DAEU-FR1"), ("DAEU-HG2", "DAEU-HG2")], nums=["25300418"], sym="cannot_login",
       note="Returning adult DAEU student blocked on the profile page asking for an e-mail at first login"),
     kind="alt", style="outlook", charset="windows-1252", cte="quoted-printable", mid="outlook", flags=("longsig",))

Mail("s30", "handicap-tiers-temps-quiz", ("Manon Lecomte", "manon.lecomte@etu.unicaen.fr"),
     "CEMU Assistance <cemu.assistance@unicaen.fr>", "Aménagement tiers-temps pour les QCM Ecampus (L2 MPC)",
     "2025-10-10 11:30", """Bonjour,

Je suis étudiante en L2 Physique-Chimie (numéro étudiant 22103377) et je bénéficie d'aménagements d'examens accordés par le Relais Handicap. Je joins la notification officielle.

Le problème : les QCM d'entraînement et les contrôles continus en ligne de Physique des ondes (SPHY312) et de Statistiques (SMAT105) sont sur Ecampus avec une durée fixe de 30 minutes, et je n'ai pas le tiers-temps. Mme Roussel m'a dit qu'elle ne savait pas comment le régler dans Ecampus et m'a conseillé de vous écrire directement.

Voici l'extrait de la notification :

"Décision n° RH-2025-0412 - Aménagements des examens et contrôles continus
- Temps majoré d'un tiers pour toutes les épreuves écrites, y compris les évaluations en ligne ;
- Salle à effectif réduit ;
- Possibilité de pauses.
Valable pour l'année universitaire 2025-2026."

Merci pour votre aide,
Manon Lecomte
""", G(codes=[("SPHY312", "SPHY312"), ("SMAT105", "SMAT105")], nums=["22103377"], sym="other",
       note="Student with a Relais Handicap decision asks for extra time on Ecampus quizzes"),
     attach=[("pdf", "Notification_amenagements_2025-2026_LECOMTE.pdf")])
