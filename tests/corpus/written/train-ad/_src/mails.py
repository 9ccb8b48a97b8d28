# Mail specs, exec'd by gen.py. codes = [(canonical, as written)], order fixed by gen.py.

# 001 secretary, list only, word "manquants"
rows = [("22103457", "MARIE Lucas", "DR1.CIV1"), ("22104981", "BENALI Sarah", "DR1.CIV1"),
        ("22100733", "LEFEVRE Tom", "DR1 CON1"), ("22109120", "NGUYEN Anh", "DR1.CIV1")]
txt = "Bonjour,\n\nmanquants :\n\n" + "\n".join(f"{a}  {b}  {c}" for a, b, c in rows) + "\n\nCordialement\n" + sig("Nadine Hamel", "Scolarité UFR Droit - bureau L1", "56 52 10")
M("scol-droit-liste-manquants", "nadine.hamel@unicaen.fr", "Nadine HAMEL", "Ecampus", txt,
  codes=[("DR1.CIV1", "DR1.CIV1"), ("DR1.CON1", "DR1 CON1")], nums=[r[0] for r in rows], sym="not_enrolled",
  sch=["droit"], fmt="alt", html="<html><body><p>Bonjour,</p><p>manquants :</p>" + table(rows, ("N° étudiant", "Nom", "Cours")) + "<p>Cordialement<br>Nadine Hamel<br>Scolarité UFR Droit - bureau L1<br>Tél. : 02 31 56 52 10</p></body></html>",
  note="scolarité droit: bare table of students and courses, only the word 'manquants'")

M("etu-l2-droit-obligations", "22008764@etu.unicaen.fr", "", "cours pas visible",
  "bjr\nje suis en L2 droit et je vois pas mon cours de droit des obligations (dr2obli) sur ecampus alors que j'ai les TD depuis 3 semaines amphi B le mardi\nmerci\n",
  codes=[("DR2.OBLI", "dr2obli")], nums=["22008764"], sym="not_enrolled", role="student", et=["DRL2"], sch=["droit"],
  note="L2 droit student does not see the obligations course, code lower case without dot")

M("ens-effectifs-bdd", "pierre.garnier@unicaen.fr", "Pierre Garnier", "Effectifs 5IN302",
  "Bonjour,\n\nJ'ai 38 inscrits dans 5IN302 (https://ecampus.unicaen.fr/course/view.php?id=48213) alors que mes L2 info sont 112 d'après ADE (4 groupes de TP).\nC'est normal ?\n\nPierre Garnier\nMaître de conférences - Département Informatique\nCampus 2, bâtiment S3, bureau S3-212\n",
  codes=[("5IN302", "5IN302")], ids=[48213], sym="not_enrolled", et=["LINF2"], sch=["info"],
  note="teacher: numbers of students in his course too low (effectifs), says 'mes L2 info'")

M("dir-liste-sans-mot", "francois.lemoine@unicaen.fr", "François Lemoine", "TR: liste",
  "\n\n---------- Message transféré ----------\nDe : Emilie Vasseur <emilie.vasseur@unicaen.fr>\nDate : lun. 12 oct. 2026 à 09:14\nObjet : liste\nÀ : François Lemoine <francois.lemoine@unicaen.fr>\n\nci-dessous\n\n21904412 ST2-APS1\n21907785 st2-aps1\n22001106 ST2-PSYC\n\nEmilie\n",
  codes=[("ST2-APS1", "ST2-APS1"), ("ST2-PSYC", "ST2-PSYC")], nums=["21904412", "21907785", "22001106"], sym="other",
  sch=["staps"], note="director forwards a bare list of students and courses, no word saying what it is for")

M("ens-tp2b-manque", "claire.dubois@unicaen.fr", "Claire Dubois", "groupe incomplet R1.05",
  "Bonjour,\n\nDans mon cours GEA1R105 (R1.05 Intro compta), il manque 4 étudiants dans mon TP2B : ils sont bien dans le cours mais pas dans le groupe, donc ils ne voient pas les devoirs.\nExemple : 25011873.\n\nCordialement,\nClaire Dubois\nIUT Grand Ouest Normandie - site d'Ifs\n02 31 52 55 00\n",
  codes=[("GEA1R105", "GEA1R105"), ("GEA1TP2B", "TP2B")], nums=["25011873"], sym="wrong_group", sch=["gea"],
  note="teacher: a group (TP2B) short of 4 students who are in the course")

M("etu-appli-identifiants", "lea.morin@etu.unicaen.fr", "Léa Morin", "appli moodle",
  "Bonjour, sur l'appli Moodle de mon téléphone ça me met 'identifiants invalides' alors que sur le site ça marche avec les mêmes. J'ai réinstallé l'appli (version 4.4) pareil.\n\nEnvoyé de mon iPhone\n",
  sym="cannot_login", role="student", note="student cannot log in on the mobile app")

M("etu-cas-destination", "23007741@etu.unicaen.fr", "", "problème connexion",
  "Bonjour\nQuand je me connecte ça me met connexion réussie Bienvenue 23007741 mais apres ca dit que CAS ne connaît pas votre destination finale et je reste bloqué sur cette page. Je passe par google.\nMerci\n",
  nums=["23007741"], sym="cas_unknown_destination", role="student", note="student stuck on the CAS page, unknown destination")

M("erasmus-an10a", "giulia.romano@etu.unicaen.fr", "Giulia Romano", "Course not visible",
  "Hello,\n\nI am an Erasmus student from Bologna, here for the first semester. My learning agreement has AN-10A (Langue Traduction) and an-20b but I can't see them on Ecampus, only the French course for foreigners.\nCould you help me?\n\nBest regards,\nGiulia Romano\nstudent number 26100345\n",
  codes=[("AN-10A", "AN-10A"), ("AN-20B", "an-20b")], nums=["26100345"], sym="not_enrolled", role="student", lang="en",
  sch=["lve"], note="incoming Erasmus student (English) does not see two courses of her learning agreement")

M("etu-carto-archive", "hugo.lambert@etu.unicaen.fr", "Hugo Lambert", "cours de carto dans archives ??",
  "Bonjour,\nle cours (HG2CART) Cartographie est passé dans une catégorie 'Archives 2025-2026' et il porte un autre nom, je retrouve plus les fichiers du prof. Il y a un nouveau cours HG2CARTO vide. C'est normal ?\nHugo\n",
  codes=[("HG2CART", "HG2CART"), ("HG2CARTO", "HG2CARTO")], sym="course_moved_renamed", role="student", sch=["hg"],
  note="student: last year's course archived and renamed, new course with the new code is empty")

M("etu-psy-mescours", "manon.petit@etu.unicaen.fr", "Manon Petit", "Mes cours",
  "Bonjour,\n\nJe suis en L3 psycho. J'ai accès au cours de stats (PSY3-STA) quand je clique sur le lien que la prof a mis dans le mail, mais il n'apparaît pas dans « Mes cours » ni sur le tableau de bord. Comment je peux le retrouver sans le lien ?\n\nManon\n",
  codes=[("PSY3-STA", "PSY3-STA")], sym="course_not_on_dashboard", role="student", et=["LPSY3"], sch=["psy"],
  note="student enrolled (reaches the course by link) but it is not in 'Mes cours'")

M("etu-quiz-ferme", "theo.marchand@etu.unicaen.fr", "Théo Marchand", "QCM ferme",
  "Bonjour le QCM de méthodo (PSY3 MET) s'est fermé à 18h alors qu'il devait durer jusqu'a 20h, j'ai perdu ma tentative ! Est-ce que je peux la repasser ?\n",
  codes=[("PSY3-MET", "PSY3 MET")], sym="other", role="student", sch=["psy"], note="student: quiz closed earlier than expected (not a sync problem)")

M("etu-note-absente", "ines.roger@etu.unicaen.fr", "Ines Roger", "note",
  "bonjour ma note du partiel d'anatomie n'apparait pas dans le carnet de notes alors que mes amis l'ont. cours ST2-ANAT\n",
  codes=[("ST2-ANAT", "ST2-ANAT")], sym="other", role="student", sch=["staps"], note="student: a grade missing from the gradebook")

M("etu-mdp-oublie", "chloe.fontaine@etu.unicaen.fr", "Chloé Fontaine", "mot de passe",
  "Bonjour,\nJe suis étudiante en L1 histoire et j'ai oublié mon mot de passe, je n'arrive plus à me connecter à ecampus ni à ma messagerie. Comment faire pour le réinitialiser ?\nChloé Fontaine\n",
  sym="cannot_login", role="student", et=["LHG1"], note="student forgot her password")

M("etu-imprimante", "yanis.bertrand@etu.unicaen.fr", "Yanis Bertrand", "IMPRIMANTE",
  "L'IMPRIMANTE DE LA SALLE S3-045 NE MARCHE PLUS DEPUIS LUNDI ET JE DOIS RENDRE MON DOSSIER DE 5IN303 DEMAIN. QUI CONTACTER ???\n",
  codes=[("5IN303", "5IN303")], sym="other", role="student", sch=["info"], note="student: printer broken (misdirected, not Ecampus)")

M("ens-pas-inscrite-1ca153", "sophie.renard@unicaen.fr", "Sophie Renard", "Pas inscrite comme enseignante",
  "Bonjour,\n\nJe suis formatrice à l'INSPE et je dois intervenir dans (1CA153) Analyse du contexte, mais je n'y suis pas inscrite comme enseignante : le cours n'apparaît pas dans mes cours. Mes séances sont bien dans ADE (mardi 14h, salle 112).\n\nSophie Renard\nINSPE Normandie Caen - site de Caen\n186 rue de la Délivrande 14000 Caen\n",
  codes=[("1CA153", "1CA153")], sym="teacher_not_enrolled", sch=["inspe"], note="INSPE trainer not enrolled as teacher in her course")

M("ens-trop-enseignants-anat", "marc.olivier@unicaen.fr", "Marc Olivier", "14 enseignants dans mon cours",
  "Bonjour,\nDans ST2ANAT nous sommes 14 enseignants inscrits, alors que nous ne sommes que 2 à faire ce cours. Les autres reçoivent toutes les notifications des devoirs. Est-ce qu'on peut les retirer ?\nMarc Olivier, UFR STAPS\n",
  codes=[("ST2-ANAT", "ST2ANAT")], sym="too_many_teachers", sch=["staps"], note="teacher: 14 teachers enrolled instead of 2")

M("en-participants-block", "john.mcallister@unicaen.fr", "John McAllister", "Participants list",
  "Hi,\n\nI'm a lecturer in the English department. I used to have a Participants block on the right of my course page (AN-20A) and it's gone. Where can I find the list of my students now?\n\nThanks,\nJohn McAllister\nMCF, UFR LVE, office 412\n",
  codes=[("AN-20A", "AN-20A")], sym="participants_block_missing", lang="en", sch=["lve"], note="lecturer (English) cannot find the Participants block")

M("ens-erreur-bdd", "agnes.colin@unicaen.fr", "Agnès Colin", "Erreur Ecampus",
  "Bonjour,\n\nDepuis ce matin, quand j'essaie de déposer un fichier dans mon cours DR3.TRAV j'ai « Erreur de lecture de la base de données ». J'ai réessayé avec Firefox et Chrome.\n\nAgnès Colin\n",
  codes=[("DR3.TRAV", "DR3.TRAV")], sym="database_error", sch=["droit"], att=("capture.png", "png"),
  note="teacher gets a database read error when uploading a file")

M("scol-cohorte-l3psy", "valerie.guerin@unicaen.fr", "Valérie Guérin", "cohorte",
  "Bonjour,\n\nest-il possible d'inscrire la cohorte des L3 psycho dans l'espace complémentaire « Stages psychologie » ? Ils sont environ 240.\n\nValérie Guérin\nSecrétariat pédagogique psychologie\n",
  sym="cohort_question", et=["LPSY3"], sch=[], note="secretary asks to add the L3 psycho cohort to a complementary space")

M("etu-prenom-faux", "22111290@etu.unicaen.fr", "", "mon prénom",
  "Bonjour, sur ecampus mon prénom est écrit Maelle au lieu de Maëlle et mon nom de famille est celui d'avant mon mariage. Merci de corriger.\n",
  nums=["22111290"], sym="wrong_name", role="student", note="student's first name and last name wrong on the platform")

M("ens-cours-cache-iae", "thomas.leroy@unicaen.fr", "Thomas Leroy", "Les étudiants ne voient pas le cours",
  "Bonjour,\n\nMes étudiants de Finance d'entreprise (IA7FIN01) me disent qu'ils ne voient pas le cours. Moi je le vois, il est un peu grisé. Le lien : https://ecampus.unicaen.fr/course/view.php?id=51207\n\nCordialement\nThomas Leroy\nIAE Caen - 3 rue Claude Bloch\n",
  codes=[("IA7FIN01", "IA7FIN01")], ids=[51207], sym="students_cannot_see_course", sch=["iae"], fmt="alt",
  note="teacher: students cannot see his course (greyed, i.e. hidden)")

M("etu-du-cours-inexistant", "karine.duval@orange.fr", "Karine Duval", "cours DUCGE 07",
  "Bonjour,\n\nJe suis inscrite en DU CGE à distance. Le planning parle d'un module DUCGE 07 Economie générale mais je ne le trouve nulle part sur Ecampus, même en cherchant dans la liste de tous les cours. Existe-t-il ?\n\nKarine Duval\n06 12 45 78 90\n",
  codes=[("DUCGE-07", "DUCGE 07")], sym="course_missing", role="student", et=["DUCGEF"], sch=["du"],
  note="distance DU student cannot find the course anywhere on Ecampus")

M("ens-cours-renomme-hss", "jean.perrot@unicaen.fr", "Jean Perrot", "Mon cours a changé de nom",
  "Bonjour,\n\nMon cours de sociologie du travail M.1.MS04 s'appelle maintenant « [ARCHIVE] Sociologie du travail » et se trouve dans une autre catégorie. Je n'ai rien modifié. Que s'est-il passé ?\n\nJean Perrot\nUFR HSS, bureau SA 210\n",
  codes=[("M.1.MS04", "M.1.MS04")], sym="course_moved_renamed", sch=["hss"], cs="iso-8859-1", cte="quoted-printable",
  note="teacher: course renamed [ARCHIVE] and moved to another category")

M("absence-auto", "bruno.caron@unicaen.fr", "Bruno Caron", "Réponse automatique : TR: inscriptions GEA2",
  "Bonjour,\n\nJe suis absent du 19 au 23 octobre 2026 inclus. Pour toute urgence, contactez le secrétariat au 02 31 56 70 00.\n\nBruno Caron\n",
  sym="other", role="unknown", auto=True, hdr={"Auto-Submitted": "auto-replied"}, note="out-of-office auto-reply")

M("spam-licence", "promo@office-deals365.biz", "Office 365 Deals", "Votre licence Office 365 expire",
  "Cher utilisateur,\nVotre licence Office 365 expire aujourd'hui. Cliquez ici pour la renouveler : http://office-deals365.biz/renew\nSIRET 812 345 678 00019\n",
  sym="other", role="unknown", note="spam")

M("bounce", "MAILER-DAEMON@unicaen.fr", "Mail Delivery System", "Undelivered Mail Returned to Sender",
  "This is the mail system at host smtp.unicaen.fr.\n\nI'm sorry to have to inform you that your message could not be delivered to one or more recipients.\n\n<etudiant.inconnu@etu.unicaen.fr>: host mx.unicaen.fr said: 550 5.1.1 User unknown\n",
  sym="other", role="unknown", lang="en", auto=True, hdr={"Auto-Submitted": "auto-replied"}, note="bounce")

rows = [("22200115", "DURAND Paul", "Alternant", "GEA2ALT"), ("22203348", "KONE Awa", "Alternante", "GEA2ALT"),
        ("22201987", "MARTIN Jules", "TD2", "GEA2TD2")]
M("dir-gea2-groupes", "isabelle.picard@unicaen.fr", "Isabelle Picard", "groupes GEA2",
  "", codes=[("GEA2ALT", "GEA2ALT"), ("GEA2TD2", "GEA2TD2"), ("GEA2R302", "GEA2R302")], nums=[r[0] for r in rows],
  sym="wrong_group", sch=["gea"], fmt="htmlonly",
  html="<html><body><p>Bonjour,</p><p>groupes à corriger (GEA2R302 et autres) :</p>" + table(rows, ("Numéro", "Nom", "Statut", "Groupe attendu")) + "<p>Isabelle Picard<br>Directrice des études BUT GEA 2<br>IUT - 02 31 52 55 12</p></body></html>",
  note="director of studies: HTML table of students and expected groups, 'groupes à corriger'")

M("etu-mauvais-td-psy", "lucas.henry@etu.unicaen.fr", "Lucas Henry", "mauvais groupe stats",
  "Bonjour,\n\nen L3 psycho, je suis dans le TD 5 de statistiques (PSY3-STA) dans ADE et en vrai, mais sur Ecampus je suis dans le TD 2, donc je n'ai pas accès aux documents de mon chargé de TD.\nNuméro étudiant : 21906634\n\nLucas\n",
  codes=[("PSY3STATD5", "TD 5"), ("PSY3-STA", "PSY3-STA"), ("PSY3STATD2", "TD 2")], nums=["21906634"],
  sym="wrong_group", role="student", et=["LPSY3"], sch=["psy"], note="student in TD2 on Ecampus instead of TD5")

M("en-app-login", "mateo.garcia@etu.unicaen.fr", "Mateo Garcia", "Can't log in on the app",
  "Hi,\nI'm an exchange student (Erasmus, from Valencia). On the Moodle mobile app I type ecampus.unicaen.fr and my login but it says \"Invalid login, please try again\". On my laptop it works fine. Phone is a Samsung A54, app 4.4.1.\nThanks\nMateo\n",
  sym="cannot_login", role="student", lang="en", note="Erasmus student (English) cannot log in on the mobile app")

M("en-visiting-course-missing", "anna.schmidt@unicaen.fr", "Anna Schmidt", "Course space missing",
  "Dear colleagues,\n\nI'm a visiting professor teaching Artificial Intelligence this semester (code 5IN404 according to the department). There is no course space for it on Ecampus: the search finds nothing. Could one be created?\n\nKind regards,\nAnna Schmidt\nVisiting professor, Dept. of Computer Science\n",
  codes=[("5IN404", "5IN404")], sym="course_missing", lang="en", sch=["info"], note="visiting professor (English): no course space for her course")

M("etu-pass-tableau", "zoe.michel@etu.unicaen.fr", "Zoé Michel", "UE5 pas sur le tableau de bord",
  "Bonjour,\nje suis en PASS et l'UE5 (PAS1 UE5) n'apparaît pas dans mon tableau de bord, j'ai mis le filtre sur « Tous » et regardé la page 2. Pourtant je peux y aller par le lien de la page de l'UFR santé et je suis bien inscrite.\nZoé Michel, amphi A\n",
  codes=[("PAS1UE5", "PAS1 UE5"), ("PASAMPHA", "amphi A")], sym="course_not_on_dashboard", role="student", et=["PASS1"], sch=["pass"],
  note="PASS student enrolled but course not on dashboard")

M("ens-fwd-etud-voient-pas", "helene.brun@unicaen.fr", "Hélène Brun", "TR: cours littérature américaine",
  "Bonjour,\nles étudiants ne voient pas mon cours, voir le message ci-dessous. Je l'ai pourtant rempli.\nHélène Brun\n\nDe : Camille Roux <camille.roux@etu.unicaen.fr>\nEnvoyé : mardi 13 octobre 2026 10:02\nÀ : Hélène Brun\nObjet : cours littérature américaine\n\nMadame, on ne trouve pas le cours AN20B sur Ecampus, personne du TD2 ne le voit.\nCamille\n",
  codes=[("AN-20B", "AN20B"), ("AN-20B-TD2", "TD2")], sym="students_cannot_see_course", sch=["lve"],
  note="teacher forwards a student's mail: students cannot see her course")

M("ens-porte-introuvable", "remi.gauthier@unicaen.fr", "Rémi Gauthier", "cours 2HR5C introuvable",
  "Bonjour,\n\nLe cours 2HR5C n'existe plus sur Ecampus, je ne le trouve même pas avec la recherche. On m'a dit qu'il était « porté » par M.1HRP9C depuis cette année mais je ne comprends pas ce que ça veut dire.\n\nRémi Gauthier\n",
  codes=[("2HR5C", "2HR5C"), ("M.1HRP9C", "M.1HRP9C")], sym="course_missing", sch=["porteur"],
  note="teacher cannot find his course at all (porté element)")

M("en-cas-destination", "oliver.brown@etu.unicaen.fr", "Oliver Brown", "Login page stuck",
  "Hello,\nWhen I log in I get a page saying \"Connexion réussie\" and then that CAS doesn't know my final destination. I found the link on Google. How do I get to Ecampus?\nOliver (Erasmus, student no. 26100877)\n",
  nums=["26100877"], sym="cas_unknown_destination", role="student", lang="en", note="student (English) stuck on CAS unknown destination page")

M("ens-cas-google", "gilles.moreau@unicaen.fr", "Gilles Moreau", "CAS",
  "Bonjour,\nen cherchant « ecampus unicaen » dans Google j'arrive sur cas.unicaen.fr, je m'identifie, et la page me dit qu'elle ne connaît pas ma destination finale. Pas moyen d'aller sur mes cours.\nG. Moreau, PRAG, département GEA\n",
  sym="cas_unknown_destination", note="teacher stuck on the CAS page after a search engine link")

M("etu-bdd-dimanche", "23104412@etu.unicaen.fr", "", "erreur base de donnée",
  "bonjour dimanche matin vers 10h ecampus affichait une erreur de base de données (database connection failed) j'ai pas pu rendre mon devoir de R3.02 compta de gestion, je suis en BUT GEA 2e année. Est ce que ça va être pris en compte ??\n",
  nums=["23104412"], sym="database_error", role="student", et=["BGEA2"], note="student got a database error on Sunday morning")

M("en-db-error", "sara.jensen@etu.unicaen.fr", "Sara Jensen", "Error message",
  "Hi,\nEvery time I open the Ecampus page I get \"Error: Database connection failed - It is possible that the database is overloaded\". Is the site down?\nSara\n",
  sym="database_error", role="student", lang="en", note="student (English) gets a database connection error")

M("dsi-cohorte-retrait", "patrick.lebrun@unicaen.fr", "Patrick Lebrun", "Synchro cohorte à retirer ?",
  "Bonjour,\n\nL'an dernier on a ajouté une synchronisation de cohorte dans le cours HG2HMOD pour dépanner. Les inscriptions sont corrigées maintenant : faut-il retirer la cohorte ? Des anciens étudiants y sont encore.\n\nPatrick Lebrun\nDSI - pôle applications\n",
  codes=[("HG2HMOD", "HG2HMOD")], sym="cohort_question", sch=["hg"], note="staff asks whether to remove a cohort sync")

M("ens-cohorte-du", "nathalie.faure@unicaen.fr", "Nathalie Faure", "Cohorte DU à distance",
  "Bonjour,\npuis-je ajouter la cohorte DUCGEF (DU CGE FOAD) dans mon cours ducge-03 ? Les stagiaires de formation continue arrivent en novembre.\nMerci\nNathalie Faure\nService formation continue\n",
  codes=[("DUCGEF", "DUCGEF"), ("DUCGE-03", "ducge-03")], sym="cohort_question", sch=["du"], cs="windows-1252",
  note="teacher asks whether she can add the DU cohort to her course")

M("en-name-misspelled", "aisha.okafor@etu.unicaen.fr", "Aisha Okafor", "My name is wrong",
  "Hello,\nmy surname appears as \"Okafr\" on Ecampus and on the participants list. My student number is 26101290. Can you fix it?\nThank you\n",
  nums=["26101290"], sym="wrong_name", role="student", lang="en", cte="base64", note="student (English): surname misspelled")

M("scol-nom-etudiant", "martine.gosselin@unicaen.fr", "Martine Gosselin", "Nom erroné",
  "Bonjour,\n\nL'étudiant 22307719 apparaît sous le nom « DUPONT-LEROUX » sur Ecampus alors qu'il s'appelle désormais LEROUX (changement d'état civil fait en septembre). Il est en L1 droit, cours DR1.HIST.\n\nMartine Gosselin\nScolarité Droit\n",
  codes=[("DR1.HIST", "DR1.HIST")], nums=["22307719"], sym="wrong_name", et=["DRL1"], sch=["droit"], note="secretary: a student's name is wrong on Ecampus")

M("en-too-many-teachers", "david.clarke@unicaen.fr", "David Clarke", "Too many teachers in my course",
  "Hello,\n\nIn my course IA7CPT02 there are now 9 people with the teacher role, most of whom I don't know (probably last year's team). Can they be removed? I'm the only one teaching it this year.\n\nDavid Clarke\nIAE Caen\n",
  codes=[("IA7CPT02", "IA7CPT02")], sym="too_many_teachers", lang="en", sch=["iae"], note="teacher (English): too many teachers enrolled")

M("scol-trop-enseignants", "sylvie.noel@unicaen.fr", "Sylvie Noël", "enseignants en trop",
  "Bonjour,\nles cours suivants ont toute l'équipe pédagogique inscrite comme enseignants :\n- 1CA151\n- 1CA 152\n- 1CA154\nC'est sans doute l'association de toute l'équipe dans ADE. Pouvez-vous regarder ?\nSylvie Noël, INSPE\n",
  codes=[("1CA151", "1CA151"), ("1CA152", "1CA 152"), ("1CA154", "1CA154")], sym="too_many_teachers", sch=["inspe"],
  note="INSPE secretary: whole teaching team enrolled in three courses")

M("etu-participants", "noah.giraud@etu.unicaen.fr", "Noah Giraud", "liste participants",
  "salut, je trouve pas le bloc participants dans le cours d'algèbre 5MA301 pour voir qui est dans mon groupe de projet, il était à droite avant. Il est où ?\n",
  codes=[("5MA301", "5MA301")], sym="participants_block_missing", role="student", sch=["info"], note="student cannot find the Participants block")

M("vacataire-participants-html", "laure.bailly@unicaen.fr", "Laure Bailly", "Participants",
  "", codes=[("HG1HMED", "HG1HMED")], sym="participants_block_missing", sch=["hg"], fmt="htmlonly",
  html="<html><body><div>Bonjour,</div><div>Je ne trouve plus le bloc <b>Participants</b> dans mon cours HG1HMED (Histoire médiévale). Comment faire l'appel ?</div><div>Laure Bailly<br><i>chargée de cours vacataire</i><br>06 70 11 22 33</div></body></html>",
  note="vacataire (HTML only) cannot find the Participants block")

M("vacataire-gea-pas-inscrit", "olivier.mercier@unicaen.fr", "Olivier Mercier", "Accès au cours de droit des affaires",
  "Bonjour,\n\nVacataire à l'IUT, je donne le cours de droit des affaires GEA1-R103 aux BUT 1. Mes cours sont planifiés dans ADE mais je ne suis pas enseignant dans l'espace Ecampus, et il n'est pas dans mes cours.\n\nOlivier Mercier\n",
  codes=[("GEA1R103", "GEA1-R103")], sym="teacher_not_enrolled", sch=["gea"], note="vacataire not enrolled as teacher")

M("fwd-scol-enseignant-hant", "corinne.masson@unicaen.fr", "Corinne Masson", "TR: inscription enseignant",
  "Bonjour,\nje vous transfère la demande de M. Fabre.\nCorinne Masson, scolarité Histoire\n\n-------- Message d'origine --------\nDe : Julien Fabre <julien.fabre@unicaen.fr>\nDate : 08/10/2026 17:40\nÀ : Corinne Masson\nObjet : inscription enseignant\n\nBonjour Corinne, je ne suis toujours pas inscrit dans le cours d'histoire ancienne (HG1 HANT) en tant qu'enseignant. Peux-tu voir ?\nJulien\n",
  codes=[("HG1HANT", "HG1 HANT")], sym="teacher_not_enrolled", sch=["hg"], note="secretary forwards a teacher's request: not enrolled as teacher")

M("ens-l3-fisc-voient-pas", "benoit.rolland@unicaen.fr", "Benoît Rolland", "Cours droit fiscal",
  "Bonjour,\n\nMes étudiants de L3 droit ne voient pas le cours de droit fiscal https://ecampus.unicaen.fr/course/view.php?id=47330 (DR3FISC). Ils sont pourtant bien dans la liste des participants.\n\nBenoît Rolland\nProfesseur, UFR Droit, bâtiment D, bureau 204\n",
  codes=[("DR3.FISC", "DR3FISC")], ids=[47330], sym="students_cannot_see_course", et=["DRL3"], sch=["droit"],
  note="teacher: students enrolled but cannot see the course")

M("inspe-stage-html", "anne.leclerc@unicaen.fr", "Anne Leclerc", "Cours stage d'observation invisible",
  "Bonjour,\n\nLes stagiaires ne voient pas le cours 1CA156 « Stage d'observation », alors que je l'ai rendu visible hier soir. Groupes G1 et G3 concernés.\n\nAnne Leclerc\nINSPE Normandie Caen\n",
  codes=[("1CA156", "1CA156"), ("1CA156G1", "G1"), ("1CA156G3", "G3")], sym="students_cannot_see_course", sch=["inspe"], fmt="alt",
  note="INSPE trainer: students cannot see the course although made visible")

M("etu-aps2-introuvable", "enzo.faure@etu.unicaen.fr", "Enzo Faure", "cours sports co",
  "Bonjour, avec mon groupe on cherche le cours de sports collectifs ST2 APS2 sur ecampus mais il n'existe pas, la recherche ne donne rien. Le prof nous a dit de rendre le dossier dessus.\n",
  codes=[("ST2-APS2", "ST2 APS2")], sym="course_missing", role="student", sch=["staps"], note="student: course cannot be found at all")

M("scol-iae-cours-non-crees", "celine.barbier@unicaen.fr", "Céline Barbier", "Cours M2 non créés",
  "Bonjour,\n\nLes espaces de cours IA8FIS01 et IA8-FIS02 (nouveaux éléments cette année, M2 CCA) n'existent pas sur Ecampus. Les autres cours du semestre sont bien là.\n\nCéline Barbier\nGestionnaire de scolarité IAE\nTél. 02 31 56 65 00\n",
  codes=[("IA8FIS01", "IA8FIS01"), ("IA8FIS02", "IA8-FIS02")], sym="course_missing", sch=["iae"],
  note="secretary: two new elements have no course space")

M("etu-l1-anglais-renomme", "julie.carpentier@etu.unicaen.fr", "Julie Carpentier", "cours renommé ?",
  "Bonjour,\nen L1 LLCER anglais, le cours de civilisation britannique AN-1OC a changé de nom et de place, il est maintenant dans une catégorie « Archives » et il y a un autre cours avec le même titre. Lequel je dois utiliser ?\nJulie\n",
  codes=[("AN-10C", "AN-1OC")], sym="course_moved_renamed", role="student", et=["LLCE1A"], sch=["lve"],
  note="student: course renamed and moved to Archives (code typed with O for 0)")

M("ens-5in303-archives", "vincent.lemaire@unicaen.fr", "Vincent Lemaire", "Cours déplacé",
  "Bonjour,\n\nMon cours de programmation web (5IN303) a été déplacé dans la catégorie Archives et son nom complet a changé. Tout le contenu de l'an dernier est dedans. Est-ce que je dois le recopier quelque part ?\n\nVincent Lemaire\n",
  codes=[("5IN303", "5IN303")], sym="course_moved_renamed", sch=["info"], note="teacher: course moved to the Archives category and renamed")

M("ens-tableau-de-bord", "marie.lacroix@unicaen.fr", "Marie Lacroix", "cours absent du tableau de bord",
  "Bonjour,\nje suis bien enseignante dans PSY2-COG (j'y accède par la recherche), mais il n'apparaît pas dans la vue d'ensemble des cours de mon tableau de bord. Les autres si.\nMarie Lacroix\n",
  codes=[("PSY2-COG", "PSY2-COG")], sym="course_not_on_dashboard", sch=["psy"], note="teacher enrolled but the course is not on her dashboard")

M("etu-cours-an-dernier", "baptiste.rey@etu.unicaen.fr", "Baptiste Rey", "ancien cours",
  "Bonjour,\nJe suis maintenant en L2 droit. Mon cours d'intro au droit de l'an dernier (DR1.INTR) ne s'affiche plus dans mes cours, j'en ai besoin pour réviser. J'y suis encore inscrit je crois car j'ai reçu une notification du forum hier.\nBaptiste\n",
  codes=[("DR1.INTR", "DR1.INTR")], sym="course_not_on_dashboard", role="student", et=["DRL2"], sch=["droit"],
  note="student: last year's course no longer in 'mes cours' though still enrolled")

M("ens-effectifs-staps-html", "pascal.vidal@unicaen.fr", "Pascal Vidal", "Effectifs physio",
  "Effectifs ST2-PHYS : 23 sur Ecampus, 180 L2 STAPS dans ADE.\n\nPascal Vidal\n", codes=[("ST2-PHYS", "ST2-PHYS")],
  sym="not_enrolled", et=["STAPL2"], sch=["staps"], fmt="alt",
  html="<html><body><p><b>Effectifs ST2-PHYS</b> : 23 sur Ecampus, 180 L2 STAPS dans ADE.</p><p>Pascal Vidal</p></body></html>",
  note="teacher: course numbers far too low (effectifs), two lines only")

M("dir-lve-a-inscrire", "frederique.marie@unicaen.fr", "Frédérique Marie", "à inscrire",
  "à inscrire svp\n\n22100018  ES-10A, ES10B\n22104765  ES-10A\n22108890  es-10b\n\nF. Marie\nDirectrice des études LLCER espagnol\n",
  codes=[("ES-10A", "ES-10A"), ("ES-10B", "ES10B")], nums=["22100018", "22104765", "22108890"], sym="not_enrolled",
  sch=["lve"], att=("liste_ES-10A.csv", "csv"), note="director: list of students and courses with only 'à inscrire'")

M("etu-du-foad-aucun-cours", "stephane.hubert@gmail.com", "Stéphane Hubert", "aucun cours",
  "Bonjour,\n\nInscrit au DU capacité de gestion des entreprises à distance depuis le 1er octobre, je n'ai accès à aucun cours sur Ecampus (tableau de bord vide). Mon numéro étudiant est 26200451.\n\nCordialement,\nStéphane Hubert\n14000 Caen\n",
  nums=["26200451"], sym="not_enrolled", role="student", et=["DUCGEF"], note="distance DU student enrolled in no course")

M("en-erasmus-outgoing", "clara.vincent@etu.unicaen.fr", "Clara Vincent", "Access to course while on Erasmus",
  "Hello,\n\nI'm currently on Erasmus in Salamanca for the year but I still need the readings from M.1.MS05 (Enquête de terrain) for my dissertation. The course disappeared from my Ecampus. Could I be enrolled?\n\nClara Vincent, 21805532\n",
  codes=[("M.1.MS05", "M.1.MS05")], nums=["21805532"], sym="not_enrolled", role="student", lang="en", sch=["hss"],
  note="outgoing Erasmus student (English) asks to be enrolled in a course")

M("inspe-groupe-ead-vide", "pauline.chevalier@unicaen.fr", "Pauline Chevalier", "groupe EAD vide",
  "Bonjour,\n\nDans 1CA153, le groupe EAD est vide alors que j'ai 18 étudiants à distance en M1 MEEF 1er degré. Ils sont dans le cours mais dans aucun groupe.\n\nPauline Chevalier\n",
  codes=[("1CA153", "1CA153"), ("1CA153EAD", "groupe EAD")], sym="wrong_group", et=["MEEF11"], sch=["inspe"],
  note="trainer: the distance group (EAD) of her course is empty")

rows = [("22102231", "DR1.CIV1", "TD3"), ("22105540", "DR1.CIV1", "TD1"), ("22106672", "dr1civ1", "TD4")]
M("scol-groupes-td-droit", "nadine.hamel@unicaen.fr", "Nadine HAMEL", "groupes TD",
  "", codes=[("DR1.CIV1", "DR1.CIV1"), ("DR1CIV1TD3", "TD3"), ("DR1CIV1TD1", "TD1"), ("DR1CIV1TD4", "TD4")],
  nums=[r[0] for r in rows], sym="wrong_group", sch=["droit"], fmt="htmlonly",
  html="<html><body><p>groupes TD</p>" + table(rows, ("Etudiant", "Cours", "TD")) + "<p>N. Hamel<br>Scolarité Droit L1</p></body></html>",
  note="secretary: HTML table of students, course and TD, only the words 'groupes TD'")

M("etu-staps-aucun-groupe", "emma.fournier@etu.unicaen.fr", "Emma Fournier", "pas de groupe",
  "Bonjour je suis en L2 STAPS groupe 4, sur ecampus dans ST2-APS1 je suis dans aucun groupe alors que mes copines du groupe 4 y sont. num etu 22009981\n",
  codes=[("ST2G4", "groupe 4"), ("ST2-APS1", "ST2-APS1")], nums=["22009981"], sym="wrong_group", role="student",
  et=["STAPL2"], sch=["staps"], note="student in no group in her course")

M("etu-merci-regle", "22008764@etu.unicaen.fr", "", "Re: cours pas visible",
  "merci c'est bon je le vois maintenant !!\n\nLe 14/10/2026 à 11:20, CEMU Assistance a écrit :\n> Bonjour,\n> votre inscription au cours DR2.OBLI a été corrigée par la scolarité, elle sera visible demain.\n> Cordialement, le CEMU\n",
  codes=[("DR2.OBLI", "DR2.OBLI")], nums=["22008764"], sym="other", role="student", sch=["droit"],
  hdr={"In-Reply-To": "<cemu.9911@unicaen.fr>", "References": "<cemu.9911@unicaen.fr>"}, note="student thanks, problem solved")

M("etu-date-examen", "louis.perrin@etu.unicaen.fr", "Louis Perrin", "date exam",
  "Bonjour, quand est l'examen de réseaux 5IN402 ? sur ADE il y a rien. Merci\n",
  codes=[("5IN402", "5IN402")], sym="other", role="student", sch=["info"], note="student asks for an exam date")

M("vacataire-profil-email", "sebastien.roche@unicaen.fr", "Sébastien Roche", "bloqué à la connexion",
  "Bonjour,\n\nEnseignant vacataire en STAPS, à ma première connexion je suis bloqué sur la page de profil qui me demande une adresse de courriel que je ne peux pas saisir. Je ne peux aller nulle part ailleurs.\n\nSébastien Roche\n",
  sym="cannot_login", note="vacataire blocked on his profile page at first login (no email)")

M("etu-appli-sms", "23011450@etu.unicaen.fr", "", "appli",
  "appli marche pas connexion impossible ça tourne dans le vide depuis la maj\n\nEnvoyé depuis mon mobile Orange\n",
  nums=["23011450"], sym="cannot_login", role="student", note="student, SMS style: cannot log in on the app")

M("etu-cas-ok-cours-absent", "mathis.riviere@etu.unicaen.fr", "Mathis Rivière", "cours anglais absent",
  "Bonjour,\n\nJe me connecte bien avec le CAS, pas de souci, mais le cours d'anglais GEA1R1O4 n'est pas dans la liste de mes cours, alors que j'ai cours tous les jeudis. Je suis en BUT GEA 1, TD2.\n\nMathis\n",
  codes=[("GEA1R104", "GEA1R1O4"), ("GEA1TD2", "TD2")], sym="not_enrolled", role="student", et=["BGEA1"], sch=["gea"],
  note="student logs in fine with CAS but is not enrolled in a course (O for 0)")

rows = [("IA7FIN01", "Finance d'entreprise", "31", "58"), ("IA7AUD03", "Audit", "12", "58"), ("IA7-DRT04", "Droit des sociétés", "58", "58")]
M("iae-effectifs-liste", "gerard.lefort@unicaen.fr", "Gérard Lefort", "effectifs Ecampus",
  "", codes=[("IA7FIN01", "IA7FIN01"), ("IA7AUD03", "IA7AUD03"), ("IA7DRT04", "IA7-DRT04")], sym="not_enrolled",
  et=["MCCA1"], sch=["iae"], fmt="htmlonly",
  html="<html><body><p>Bonjour,</p><p>Effectifs M1 CCA :</p>" + table(rows, ("Code", "Cours", "Ecampus", "Attendus")) + "<p>G. Lefort<br>Responsable pédagogique</p></body></html>",
  note="responsible of a master: HTML table of courses with numbers on Ecampus vs expected")

M("ens-export-notes", "eric.bonnet@unicaen.fr", "Eric Bonnet", "export des notes",
  "Bonjour,\nComment exporter les notes du cours GEA3R501 dans un format compatible Apogée ? Le fichier Excel sort avec des colonnes en trop.\nEric Bonnet\n",
  codes=[("GEA3R501", "GEA3R501")], sym="other", sch=["gea"], note="teacher asks how to export grades")

M("en-students-cannot-access", "emily.ward@unicaen.fr", "Emily Ward", "Students cannot access my course",
  "Hi,\n\nMy students can't access my developmental psychology course psy3-dev. I made it visible yesterday, but they still get \"This course is currently unavailable to students\".\n\nEmily Ward\nLecturer, UFR Psychologie\n",
  codes=[("PSY3-DEV", "psy3-dev")], sym="students_cannot_see_course", lang="en", sch=["psy"],
  note="lecturer (English): students cannot access her course")
