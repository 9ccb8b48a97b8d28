# 001
M("etu-l2-droit-constit", "22104567@etu.unicaen.fr", "cours", "Bonjour\njee ne vois pas mon cours de droit constit (DR2 CONS) sur ecampus alors que je suis en L2 droit depuis la rentrée. les autres je les vois.\nmerci", "not_enrolled",
  codes=[("DR2-CONS", "DR2 CONS")], nums=["22104567"], etapes=["DRL2"], sch=["DR"], note="student L2 droit does not see one course, code with space")
# 002
M("etu-gea-tableau-bord", "lea.marchand@etu.unicaen.fr", "pas sur mon tableau de bord", "Bonjour,\n\nJ'ai le cours de la ressource R1.05 (ga1r105 Introduction au droit) quand je passe par le lien https://ecampus.unicaen.fr/course/view.php?id=48213 mais il apparait pas dans mes cours sur le tableau de bord. Les autres du BUT l'ont.\n\nLéa Marchand\n06 12 45 78 90", "course_not_on_dashboard",
  codes=[("GA1R105", "ga1r105")], ids=[48213], sch=["GA"], note="student reaches course by link, missing from dashboard; R1.05 and phone look-alikes", name="Léa Marchand", fmt="qp")
# 003
M("etu-gea-mauvais-tp", "23011842@etu.unicaen.fr", "Mauvais groupe TP", "Bonjour, dans le cours GA1R106 je suis dans le TP1A alors que sur ADE je suis en TP2B depuis le 14/09. Du coup je vois pas les devoirs de mon groupe. Merci de regarder\nNathan", "wrong_group",
  codes=[("GA1R106", "GA1R106"), ("GA1R106P1A", "TP1A"), ("GA1R106P2B", "TP2B")], nums=["23011842"], sch=["GA"], note="student in TP1A instead of TP2B, groups in words of cited course")
# 004
M("etu-marche-pas", "kevin.lefebvre@etu.unicaen.fr", "ça marche pas", "bjr ecampus ca marche pas jarrive pas a me connecter ca me dit identifiant ou mot de passe incorrect alors que c le bon. mon tel 0678451236" + SIG_ETU, "cannot_login",
  note="vague SMS-style login failure; phone look-alike")
# 005
M("ens-bio-etudiants-voient-pas", "claire.dubosc@unicaen.fr", "Les étudiants ne voient pas mon cours L2BIOC04", "Bonjour,\n\nMes étudiants de L2 me disent qu'ils ne voient pas le cours de Biologie moléculaire (L2BIOC04) alors que moi je le vois bien (un peu grisé d'ailleurs). Le TP commence lundi en salle S3-045.\nPouvez-vous regarder ?\n\nCordialement" + sig("Claire Dubosc", "Maître de conférences, UFR des Sciences", "02 31 56 74 12", "Bâtiment Sciences 3, bureau 214"), "students_cannot_see_course",
  role="staff", codes=[("L2BIOC04", "L2BIOC04")], sch=["BI"], note="teacher: students cannot see (greyed: hidden course); room look-alike", name="Claire Dubosc", fmt="alt", attach=["Capture d'écran 2026-09-21 à 10.14.png"])
# 006
M("ens-iae-pas-inscrit", "olivier.hamel@unicaen.fr", "Pas inscrit comme enseignant - IAE.MK21", "Bonjour,\nJe donne le cours de Marketing stratégique (IAE.MK21) aux M1, c'est planifié dans ADE depuis juillet, mais je ne suis pas inscrit comme enseignant dans l'espace Ecampus. Je ne peux donc rien déposer.\nO. Hamel\nIAE Caen - bureau 112 - 02 31 56 65 02", "teacher_not_enrolled",
  role="staff", codes=[("IAE.MK21", "IAE.MK21")], sch=["IAE"], note="teacher not enrolled despite ADE planning", name="Olivier Hamel", fmt="latin1")
# 007
M("etu-m1-cours-introuvable", "ines.bouvier@etu.unicaen.fr", "Cours introuvable", "Bonjour,\nje cherche le cours M1MS04 (méthodes qualitatives, ou m.1.ms99 je sais plus) sur ecampus mais il n'existe pas, la recherche ne donne rien du tout. Mon emploi du temps dit pourtant qu'il commence le 2 octobre.\nInès", "course_missing",
  codes=[("M.1.MS04", "M1MS04"), ("M.1.MS99", "m.1.ms99")], sch=["M1"], note="student: course not found at all, dots dropped", name="Inès Bouvier", fmt="cp1252")
# 008
M("erasmus-cannot-see", "marta.kowalska.pl@gmail.com", "Cannot see my course", "Hello,\n\nI am an Erasmus student from Poznan, arrived in Caen this month. I cannot see my course AN-10A (Langue Traduction) in Ecampus, my learning agreement says I should follow it. My student number is 26004518.\n\nBest regards,\nMarta Kowalska", "not_enrolled",
  lang="en", codes=[("AN-10A", "AN-10A")], nums=["26004518"], sch=["AN"], note="incoming Erasmus student from gmail, not enrolled", name="Marta Kowalska")
# 009
M("etu-merci-regle", "22208813@etu.unicaen.fr", "RE: je ne vois pas mon TD", "C'est réglé, je vois le cours maintenant. Merci beaucoup !\n\nLe 15/09/2026 à 10:12, CEMU Assistance a écrit :\n> Bonjour,\n> votre inscription pédagogique au TD3 de DR1-CIV a été corrigée par la scolarité, la synchronisation se fera cette nuit.\n>\n> Le 14/09/2026 à 18:40, 22208813@etu.unicaen.fr a écrit :\n>> je ne vois pas mon cours de droit civil DR1-CIV, je suis dans le TD 3", "other",
  codes=[("DR1-CIVT3", "TD3"), ("DR1-CIV", "DR1-CIV")], nums=["22208813"], sch=["DR"], note="thanks / c'est réglé, codes only in quoted history",
  headers={"In-Reply-To": "<ticket-88213@unicaen.fr>", "References": "<ticket-88213@unicaen.fr>"})
# 010
M("sec-cohorte-pass", "sophie.renard@unicaen.fr", "Ajout cohorte PASS1 ?", "Bonjour,\n\nPour l'espace complémentaire « Tutorat PASS », est-il possible d'ajouter la cohorte PASS1 ? La promo fait 1450 étudiants, on ne peut pas les inscrire à la main.\n\nBien cordialement," + sig("Sophie Renard", "Scolarité UFR Santé", "02 31 06 82 47", "Pôle formation, bureau 0.18"), "cohort_question",
  role="staff", codes=[("PASS1", "PASS1")], sch=["PAS"], note="secretary asks to add an étape cohort; population number look-alike", name="Sophie Renard", fmt="qp")
# 011
M("ens-bloc-participants", "pierre.gosselin@unicaen.fr", "Bloc participants disparu", "Bonjour,\nDepuis la mise à jour je ne trouve plus le bloc Participants à droite dans mon cours https://ecampus.unicaen.fr/course/view.php?id=51207 (Développement web, IN-R3.01). Comment je vois la liste de mes étudiants ?\nMerci\nPierre Gosselin, IUT Grand Ouest Normandie, dépt Info", "participants_block_missing",
  role="staff", codes=[("IN-R3.01", "IN-R3.01")], ids=[51207], sch=["IN"], note="teacher cannot find participants block", name="Pierre Gosselin")
# 012
M("ens-inspe-trop-enseignants", "nadia.lemonnier@unicaen.fr", "Trop d'enseignants dans 1CA153", "Bonjour,\n\nDans l'espace (1CA153) Analyse du contexte il y a 14 enseignants inscrits alors que nous ne sommes que 3 à intervenir cette année. Ils reçoivent tous les notifications des devoirs. Ticket précédent : 317804.\n\nNadia Lemonnier\nINSPE Normandie Caen - 186 rue de la Délivrande 14053 Caen\n02 31 46 70 88", "too_many_teachers",
  role="staff", codes=[("1CA153", "1CA153")], sch=["CA"], note="too many teachers; ticket and postcode look-alikes", name="Nadia Lemonnier", fmt="b64")
# 013
M("etu-cas-destination", "thomas.pain@etu.unicaen.fr", "Connexion", "Bonjour,\nQuand je me connecte j'ai une page « Connexion réussie. Bienvenue 23007781. ... CAS ne connaît pas votre destination finale ni comment vous y rediriger » et je n'arrive jamais sur ecampus.\nThomas", "cas_unknown_destination",
  nums=["23007781"], note="CAS unknown destination; student number in copied CAS page", fmt="qp")
# 014
M("etu-erreur-bdd-dimanche", "camille.roy@etu.unicaen.fr", "Erreur ecampus", "Bonjour ce matin (dimanche 20/09 vers 9h30) j'ai « Erreur de lecture de la base de données » sur ecampus, impossible de rendre mon devoir de L1BIOC02 qui est à rendre pour midi !! Est ce que la date peut être repoussée ?", "database_error",
  codes=[("L1BIOC02", "L1BIOC02")], sch=["BI"], note="database read error on Sunday morning; date look-alike")
# 015
M("ens-lve-cours-renomme", "john.ashworth@unicaen.fr", "Mon cours a changé de nom ?", "Bonjour,\n\nMon cours (AN-12A) Littérature anglophone a été déplacé dans une catégorie « Archives 2025-2026 » et renommé en « (AN-10Z) Littérature », et je ne retrouve pas le contenu dans le nouvel espace. Que s'est-il passé ?\n\nJ. Ashworth\nUFR LVE, bureau MR 312", "course_moved_renamed",
  role="staff", codes=[("AN-12A", "AN-12A"), ("AN-10Z", "AN-10Z")], sch=["AN"], note="teacher: course moved to archives and renamed", name="John Ashworth", fmt="alt")
# 016
M("etu-prenom-faux", "22119053@etu.unicaen.fr", "Erreur prénom", "Bonjour, sur ecampus mon prénom est écrit « Maelis » au lieu de « Maëlys ». Comment le corriger ? Merci. Maëlys Guérin", "wrong_name",
  nums=["22119053"], note="student first name wrong", fmt="latin1")
# 017
M("sec-bio-tableau-etudiants", "martine.jouan@unicaen.fr", "Etudiants non inscrits - Biologie L2", """<html><body><p>Bonjour,</p><p>Les étudiants ci-dessous ne sont pas inscrits dans les espaces Ecampus alors que leurs IP sont faites (jusqu'au groupe) depuis le 10/09 :</p>
<table border="1"><tr><th>N° étudiant</th><th>Nom</th><th>Code ELP</th><th>Groupe</th></tr>
<tr><td>22301456</td><td>LECLERC Manon</td><td>L2BIOC04</td><td>L2BIOC04P2</td></tr>
<tr><td>22305517</td><td>N'DIAYE Moussa</td><td>L2BIOC05</td><td>L2BIOC05P1</td></tr>
<tr><td>21904433</td><td>PETIT Louis</td><td>L2BIOC05</td><td>L2BIOC05P3</td></tr></table>
<p>Merci d'avance,<br>Martine Jouan<br>Scolarité Sciences - 02 31 56 55 10</p></body></html>""", "not_enrolled",
  role="staff", codes=[("L2BIOC04", "L2BIOC04"), ("L2BIOC04P2", "L2BIOC04P2"), ("L2BIOC05", "L2BIOC05"), ("L2BIOC05P1", "L2BIOC05P1"), ("L2BIOC05P3", "L2BIOC05P3")],
  nums=["22301456", "22305517", "21904433"], sch=["BI"], note="secretary, HTML table of students not enrolled", name="Martine Jouan", fmt="html")
# 018
M("ens-foad-groupes-vides", "herve.castel@unicaen.fr", "Groupes vides dans RCAED334", "Bonjour,\n\nDans le cours RCAED334 (gestion comptable, DU à distance) le groupe CEMU est vide : tous les inscrits sont dans « aucun groupe ». Je ne peux pas ouvrir le devoir par groupe. La formation compte 42 apprenants.\n\nHervé Castel", "wrong_group",
  role="staff", codes=[("RCAED334", "RCAED334"), ("RCAED334EA", "groupe CEMU")], sch=["RC"], note="teacher: distance group empty, students in no group", name="Hervé Castel")
# 019
M("en-dashboard", "22410071@etu.unicaen.fr", "Course not in my dashboard", "Hi,\nI'm enrolled in LSD-ESP3 (I can open it from the link my teacher sent, https://ecampus.unicaen.fr/course/view.php?id=50932) but it does not appear on my dashboard, only 6 courses are listed. Is that normal?\nThanks\nJonas", "course_not_on_dashboard",
  lang="en", codes=[("LSD-ESP3", "LSD-ESP3")], nums=["22410071"], ids=[50932], sch=["LSD"], note="English student, course reachable by link, not on dashboard")
# 020
M("en-cannot-login", "aylin.demir@hotmail.com", "Login problem", "Dear support,\n\nI can't log into Ecampus since yesterday, it keeps saying my password is wrong and the reset page (Office 365) does not recognize my account. I am a visiting Erasmus student in the first year of the Master in History (Master 1 Histoire).\n\nRegards,\nAylin Demir\n+90 532 418 77 20", "cannot_login",
  lang="en", etapes=["HIM1"], note="Erasmus student from hotmail cannot log in; étape in words; foreign phone; Office 365 look-alike", name="Aylin Demir")
# 021
M("en-ens-students-cannot-access", "david.morgan@unicaen.fr", "Students cannot access IN-R2.04", "Hello,\n\nMy second-year students tell me they cannot access the course IN-R2.04 (Communication et réseaux). I can see it and edit it. The first lab is on Tuesday 6 October, room IUT B-102.\n\nCheers,\nDavid Morgan\nLecturer, IUT Grand Ouest Normandie", "students_cannot_see_course",
  role="staff", lang="en", codes=[("IN-R2.04", "IN-R2.04")], sch=["IN"], note="English teacher: students cannot access course", name="David Morgan", fmt="alt")
# 022
M("sec-fwd-mauvais-td", "valerie.anne@unicaen.fr", "TR: je ne vois pas mon cours", "Bonjour,\n\nJe vous transfère le message de l'étudiante. Après vérification elle voit bien le cours mais elle a été mise dans le TD2 de DR1-CIV alors que son IP est au TD4 (DR1-CIVT4). Pouvez-vous corriger le groupe sur Ecampus ?\n\nValérie Anne, scolarité Droit, 02 31 56 51 09\n\n---------- Message transféré ----------\nDe : Julie Morel <22207651@etu.unicaen.fr>\nDate : lun. 21 sept. 2026 à 08:14\nObjet : je ne vois pas mon cours\n\nbonjour je ne vois pas mon cours de droit civil dr1 civ, je suis en TD4. Julie 22207651", "wrong_group",
  role="staff", codes=[("DR1-CIVT2", "TD2"), ("DR1-CIV", "DR1-CIV"), ("DR1-CIVT4", "TD4")], nums=["22207651"], sch=["DR"],
  note="secretary forwards student's 'je ne vois pas' but own text says wrong group; TD4 in forward is same group", name="Valérie Anne", fmt="qp")
# 023
M("etu-reply-tdb", "23102284@etu.unicaen.fr", "Re: Cours introuvable", "Re bonjour,\nfinalement le cours existe bien, je le trouve avec la recherche, mais il n'est toujours pas dans mes cours sur le tableau de bord (même en mettant le filtre sur « tous »).\n\nLe mar. 22 sept. 2026 à 17:02, 23102284@etu.unicaen.fr a écrit :\n> bonjour le cours IAE.FI13 n'existe pas sur ecampus ??", "course_not_on_dashboard",
  codes=[("IAE.FI13", "IAE.FI13")], nums=["23102284"], sch=["IAE"], note="reply: quoted says course missing, new text says not on dashboard",
  headers={"In-Reply-To": "<x23102284.1@etu.unicaen.fr>"})
# 024
M("auto-absence", "francois.leduc@unicaen.fr", "Réponse automatique : Groupes TD PAS-UE5", "Bonjour,\n\nJe suis absent du 28 septembre au 2 octobre 2026 inclus. Pour toute urgence, contactez le secrétariat au 02 31 06 80 00.\n\nF. Leduc", "other",
  role="unknown", auto=True, codes=[("PAS-UE5", "PAS-UE5")], sch=["PAS"], note="out-of-office reply; code only in subject", headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})
# 025
M("etu-caps-lansad", "emma.fouquet@etu.unicaen.fr", "TOUJOURS PAS INSCRITE !!!", "BONJOUR CA FAIT 3 SEMAINES QUE JE SUIS TOUJOURS PAS INSCRITE EN LSD-ANG3 GROUPE 2 ALORS QUE J'AI FAIT MON CONTRAT PEDA. JE VAIS RATER LE PARTIEL DU 12/10. MERCI DE FAIRE QQCH", "not_enrolled",
  codes=[("LSD-ANG3", "LSD-ANG3"), ("LSD-ANG3G2", "GROUPE 2")], sch=["LSD"], note="angry caps student not enrolled, group in words")
# 026
M("vac-gea-pas-inscrit", "m.tessier.conseil@orange.fr", "accès enseignant Ecampus", "Bonjour,\n\nJe suis enseignant vacataire au département GEA (fiscalité, GA2R302, et un peu de contrôle de gestion GA 2R301). Je ne suis inscrit dans aucun des deux espaces Ecampus comme enseignant. Mes cours démarrent le 5/10.\n\nMarc Tessier\nExpert-comptable - SIRET 812 345 678 00021\n06 88 14 25 31", "teacher_not_enrolled",
  role="staff", codes=[("GA2R302", "GA2R302"), ("GA2R301", "GA 2R301")], sch=["GA"], note="vacataire from orange.fr says he teaches (staff); SIRET look-alike", name="Marc Tessier", fmt="cp1252")
# 027
M("en-cohort-meef", "sarah.whitfield@unicaen.fr", "How to add a cohort", "Hello,\n\nI would like all my M1 MEEF 1st degree students to access my complementary space (not an Apogee course). Is there a cohort I can synchronise, and how do I add it? I read the page on cohorts but could not find the right one in the search.\n\nSarah Whitfield, INSPE", "cohort_question",
  role="staff", lang="en", etapes=["MEF1PE"], note="English teacher asks how to add a cohort; étape in words", name="Sarah Whitfield")
# 028
M("ens-iae-cours-inexistant", "agnes.fleury@unicaen.fr", "Pas d'espace pour Finance durable", "Bonjour,\nLe nouvel élément Finance durable (IAE FI14) ouvert cette année n'a pas d'espace de cours sur Ecampus (le code IAE.MK99 noté sur la fiche ADE ne donne rien non plus). Je ne le trouve ni dans la catégorie IAE ni par la recherche. Les étudiants commencent la semaine 41.\nAgnès Fleury", "course_missing",
  role="staff", codes=[("IAE.FI14", "IAE FI14"), ("IAE.MK99", "IAE.MK99")], sch=["IAE"], note="teacher: course space does not exist; code with space for dot", name="Agnès Fleury")
# 029
M("etu-nom-mal-ecrit", "22002931@etu.unicaen.fr", "nom", "bonjour mon nom de famille apparait comme DUPONT-MARTIN sur ecampus mais c'est DUPONT MARTIN (sans tiret), les profs me trouvent pas dans la liste. merci", "wrong_name",
  nums=["22002931"], note="student surname wrong on platform")
# 030
M("etu-database-connection", "hugo.vasseur@etu.unicaen.fr", "ecampus en panne ?", "Bonjour,\n\nDepuis 9h j'ai ce message sur ecampus :\nError: Database connection failed\nIt is possible that the database is overloaded or otherwise not running properly.\n\nC'est normal ? J'ai un test à faire avant 11h.\nHugo", "database_error",
  note="database connection failed message copied in English, writer French", fmt="b64")
# 031
M("etu-cas-google", "lou.barbier@etu.unicaen.fr", "je n'arrive pas sur ecampus", "Bonjour je passe par google pour aller sur ecampus, je m'identifie et après j'ai juste « connexion réussie » mais CAS dit qu'il ne connaît pas ma destination finale. Je reste bloquée la.\nLou, L1 LLCER anglais" + SIG_ETU, "cas_unknown_destination",
  etapes=["LLA1"], note="CAS unknown destination via search engine; étape in signature words")
# 032
M("spam-boite-pleine", "admin-webmail@unicaen-securite.com", "Votre boîte mail est pleine - action requise", "Cher utilisateur,\n\nVotre quota de messagerie a atteint 98 %. Cliquez sur le lien ci-dessous sous 24 h pour valider votre compte, sinon il sera désactivé :\nhttp://unicaen-securite.com/valider\n\nService Informatique", "other",
  role="unknown", note="phishing spam", fmt="htmlb64")
# 033
M("etu-date-exam", "maxime.girard@etu.unicaen.fr", "date exam histoire du droit", "Bonjour est ce que vous savez quand est l'exam de DR1-HIS ? il est pas sur ecampus ni sur ADE. merci", "other",
  codes=[("DR1-HIS", "DR1-HIS")], sch=["DR"], note="exam date question, not a support issue")
# 034
M("ens-pass-participants-manquants", "yann.quere@unicaen.fr", "Etudiants absents des participants PAS-UE3A", "Bonjour,\n\nTrois étudiants de mon TD 2 de PAS-UE3A ne figurent pas dans les participants du cours :\n- 26011205\n- 26011388\n- 26012049 (INE 0912345678A)\nIls sont pourtant bien en cours avec moi en amphi B.\n\nY. Quéré, PU-PH", "not_enrolled",
  role="staff", codes=[("PAS-UE3AT2", "TD 2"), ("PAS-UE3A", "PAS-UE3A")], nums=["26011205", "26011388", "26012049"], sch=["PAS"],
  note="teacher: students missing from participants; group in words counted; INE look-alike", name="Yann Quéré", fmt="latin1")
# 035
M("etu-cours-disparus-tdb", "chloe.henry@etu.unicaen.fr", "mes cours ont disparu", "Bonjour,\nTous mes cours ont disparu de mon tableau de bord sauf AN-10B. Le filtre est sur « En cours ». Hier je les avais encore. J'ai rien touché !\nChloé", "course_not_on_dashboard",
  codes=[("AN-10B", "AN-10B")], sch=["AN"], note="student: courses gone from dashboard with 'En cours' filter", fmt="cp1252", attach=["IMG_4471.jpg"])
# 036
M("etu-iae-alternant-mauvais-groupe", "23200417@etu.unicaen.fr", "Groupe alternant", "Bonjour,\n\nJe suis en M1 marketing en alternance mais sur Ecampus dans IAE.MK22 je suis dans le groupe formation initiale, pas dans le groupe des alternants, donc je n'ai pas les dates de rendu adaptées.\n\nCordialement,\nRayan B.", "wrong_group",
  codes=[("IAE.MK22", "IAE.MK22"), ("IAE.MK22FI", "groupe formation initiale"), ("IAE.MK22AL", "groupe des alternants")], nums=["23200417"], etapes=["IAM1MK"], sch=["IAE"],
  note="apprentice in wrong group; groups in words; étape in words")
# 037
M("ens-inspe-pas-accessible", "benoit.lagarde@unicaen.fr", "étudiants bloqués", "Bonjour,\nles étudiants de M1 MEEF 1er degré ont le message « Ce cours n'est pas accessible aux étudiants » quand ils cliquent sur le cours 1 CA 154 (Didactique du français). Pourtant je crois l'avoir rendu visible.\nBenoît Lagarde\nINSPE - 02 31 46 70 00 poste 7125", "students_cannot_see_course",
  role="staff", codes=[("1CA154", "1 CA 154")], etapes=["MEF1PE"], sch=["CA"], note="teacher: students get 'not accessible'; code spaced; étape in words", fmt="qp")
# 038
M("en-participants-block", "laura.simmons@unicaen.fr", "Participants block", "Hi,\n\nI used to have a Participants block on the right of my course page (ES-21A). It's gone since the update. Where can I find the list of participants now? I'm using Firefox 131.\n\nBest,\nLaura", "participants_block_missing",
  role="staff", lang="en", codes=[("ES-21A", "ES-21A")], sch=["AN"], note="English teacher: participants block gone; browser version look-alike")
# 039
M("ens-bio-trop-enseignants", "julien.roussel@unicaen.fr", "Enseignants en trop L2BIOC05", "Bonjour,\n\nToute l'équipe pédagogique de L2 (22 personnes !) est inscrite comme enseignant dans l'espace de Génétique L2BIOC05, alors que nous ne sommes que 4. Faut-il voir avec la scolarité pour ADE ?\n\nJulien Roussel" + sig("Julien Roussel", "Responsable de la L2 SV", "02 31 56 73 40", "Bâtiment Sciences 1, bureau 105"), "too_many_teachers",
  role="staff", codes=[("L2BIOC05", "L2BIOC05")], sch=["BI"], note="too many teachers enrolled", fmt="alt")
# 040
M("sec-foad-cohorte-retirer", "isabelle.vautier@unicaen.fr", "Synchronisation de cohorte RCAED334", "Bonjour,\n\nL'an dernier vous aviez ajouté une synchronisation de cohorte dans RCAED334 pour les apprenants du DU capacité de gestion des entreprises à distance en attendant les IP. Maintenant que tout est rentré dans l'ordre, dois-je retirer la cohorte moi-même, et comment ?\n\nIsabelle Vautier, service FOAD", "cohort_question",
  role="staff", codes=[("RCAED334", "RCAED334")], etapes=["CGEFOA"], sch=["RC"], note="secretary asks whether to remove cohort sync; étape in words", name="Isabelle Vautier", fmt="latin1")
# 041
M("etu-cours-change-nom", "22009945@etu.unicaen.fr", "mon cours a changé", "bonjour le cours de droit fiscal (DR3-FIS) a changé de nom et de catégorie, avant il était dans L3 et maintenant je le trouve dans « archives », et il y a un nouveau cours vide. ou sont les documents du prof ?", "course_moved_renamed",
  codes=[("DR3-FIS", "DR3-FIS")], nums=["22009945"], sch=["DR"], note="student: course renamed/moved to archives")
# 042
M("etu-bloque-profil", "pauline.caron@etu.unicaen.fr", "bloquée sur la page profil", "Bonjour,\nA ma première connexion je suis bloquée sur la page « Modifier le profil » qui demande une adresse de courriel, et je ne peux pas la remplir. Je n'arrive donc pas à accéder à Ecampus.\nPauline Caron, DU reprise d'études", "cannot_login",
  note="stuck on profile page at first login (account issue)", name="Pauline Caron", fmt="qp")
# 043
M("etu-pas-acces-anglais", "yanis.morin@etu.unicaen.fr", "pas accès", "jai pas accès au cours d'anglais AN10A, je suis en L1 LLCER anglais, merci" + SIG_ETU, "not_enrolled",
  codes=[("AN-10A", "AN10A")], etapes=["LLA1"], sch=["AN"], note="vague student, dash dropped; étape in words")
# 044
M("ens-hss-td-vide", "marc.lebrun@unicaen.fr", "Groupe TD vide - Historiographie", "Bonjour,\n\nDans l'espace M.1HRP9C le groupe M.1HRP9CTD est vide, alors que les étudiants du 2HR5C (cours porté) y sont inscrits dans Apogée. Du coup ils sont inscrits sans groupe.\n\nMarc Lebrun\nMRSH, bureau SA 215", "wrong_group",
  role="staff", codes=[("M.1HRP9C", "M.1HRP9C"), ("M.1HRP9CTD", "M.1HRP9CTD"), ("2HR5C", "2HR5C")], sch=["M1"], note="teacher: TD group empty (porteur/porté)", name="Marc Lebrun")
# 045
M("etu-distance-pas-inscrit", "21706628@etu.unicaen.fr", "Formation à distance - cours manquant", "Bonjour,\nJe suis le DU capacité de gestion à distance et je ne vois pas le cours de Gestion comptable (RCAED 334) alors que j'ai les 2 autres. Je travaille la journée, merci de me répondre par mail.\nFrédéric Noël\n14 rue des Lilas, 50000 Saint-Lô", "not_enrolled",
  codes=[("RCAED334", "RCAED 334")], nums=["21706628"], etapes=["CGEFOA"], sch=["RC"], note="distance learner not enrolled; postcode look-alike", fmt="cp1252")
# 046
M("etu-code-inexistant", "oceane.lamy@etu.unicaen.fr", "cours GA1R199", "Bonjour, le prof nous a dit d'aller sur le cours GA1R199 mais il n'existe pas sur ecampus, j'ai cherché partout. Océane, BUT GEA 1", "course_missing",
  codes=[("GA1R199", "GA1R199")], etapes=["GEA1"], sch=["GA"], note="student: course not found; code unknown to APOGÉE; étape in words")
# 047
M("en-thanks-works", "22410071@etu.unicaen.fr", "Re: Login problem", "Thanks, it works now!\n\nOn Mon, 28 Sep 2026 at 11:05, CEMU Assistance wrote:\n> Hello, your account was reactivated by the DSI, please try again tomorrow.\n>\n> On Sun, 27 Sep 2026, 22410071@etu.unicaen.fr wrote:\n>> I cannot log in to ecampus, my password is refused.", "other",
  lang="en", nums=["22410071"], note="English thanks closing a login thread", headers={"In-Reply-To": "<ticket-88410@unicaen.fr>"})
# 048
M("sec-fwd-ens-pas-inscrite-bio", "karine.pesnel@unicaen.fr", "TR: Accès enseignante L2BIOC07", "Bonjour,\nMme Aubert n'est pas inscrite en tant qu'enseignante dans le cours de Physiologie animale (L2BIOC07) alors qu'elle assure le TP1 et le TP3. Pouvez-vous l'ajouter ?\nKarine Pesnel, secrétariat pédagogique Sciences\n\nDe : Élodie Aubert <elodie.aubert@unicaen.fr>\nEnvoyé : mardi 29 septembre 2026 14:22\nÀ : Karine Pesnel\nObjet : Accès Ecampus\n\nKarine, je n'ai toujours pas accès en enseignante au cours L2BIOC07, tu peux relancer ? Merci, Élodie", "teacher_not_enrolled",
  role="staff", codes=[("L2BIOC07", "L2BIOC07"), ("L2BIOC07P1", "TP1"), ("L2BIOC07P3", "TP3")], sch=["BI"], note="secretary forwards for a teacher not enrolled; TP groups in words", name="Karine Pesnel", fmt="alt")
# 049
M("ens-droit-l1-voient-pas", "anne.delacour@unicaen.fr", "Cours invisible pour les étudiants", "Bonjour,\n\nAucun de mes L1 droit ne voit le cours d'histoire du droit (DR1 HIS) sur leur Ecampus. J'ai pourtant ajouté le plan et les documents. Est-ce un problème de visibilité ?\n\nAnne Delacour, MCF histoire du droit", "students_cannot_see_course",
  role="staff", codes=[("DR1-HIS", "DR1 HIS")], etapes=["DRL1"], sch=["DR"], note="teacher: students cannot see; étape of students in words", name="Anne Delacour")
# 050
M("sec-cohorte-delai", "corinne.hue@unicaen.fr", "Délai cohorte", "Bonjour,\nUn étudiant a fait son inscription administrative hier en LAS 1 sciences de la vie (n° 26100873) mais il n'apparaît pas dans la cohorte synchronisée de l'espace complémentaire. Combien de temps faut-il attendre ?\nCorinne Hue, bureau des inscriptions, 02 31 56 60 15", "cohort_question",
  role="staff", nums=["26100873"], etapes=["LAS1SV"], note="secretary: cohort delay after IA; étape in words")
# 051
M("ens-erreur-lecture-bdd", "sebastien.gallet@unicaen.fr", "Erreur base de données carnet de notes", "Bonjour,\nEn ouvrant le carnet de notes du cours IN-R1.01 j'obtiens « Erreur de lecture de la base de données ». Les autres pages fonctionnent. Moodle 4.1 ?\nSébastien Gallet, IUT, 02 31 56 70 70", "database_error",
  role="staff", codes=[("IN-R1.01", "IN-R1.01")], sch=["IN"], note="teacher: database read error in gradebook; version look-alike", fmt="latin1")
# 052
M("en-cas-unknown-service", "paolo.rinaldi@etu.unicaen.fr", "CAS login loop", "Hello,\nafter I type my login and password, CAS says \"Connexion réussie\" but that it does not know my final destination, and I never arrive on Ecampus. I found the page through Google.\nPaolo (Erasmus, IAE)", "cas_unknown_destination",
  lang="en", note="English Erasmus student, CAS unknown destination")
# 053
M("sec-nom-erone", "helene.bigot@unicaen.fr", "Nom erroné sur Ecampus", "Bonjour,\n\nL'étudiante 22301456 (L2 SV) s'est mariée ; son nom a été modifié dans Apogée le 18/09 mais Ecampus affiche toujours son ancien nom. Son INE : 1234567890K.\n\nHélène Bigot, scolarité Sciences", "wrong_name",
  role="staff", nums=["22301456"], etapes=["SVL2"], note="secretary: name wrong for a student; INE look-alike; student's étape in words", fmt="b64")
# 054
M("etu-page-2-tdb", "23008130@etu.unicaen.fr", "cours pas dans mes cours", "Slt, je suis inscrit en ES-10A (je reçois les annonces du prof par mail) mais le cours est pas dans « mes cours » sur le tableau de bord. merci", "course_not_on_dashboard",
  codes=[("ES-10A", "ES-10A")], nums=["23008130"], sch=["AN"], note="student enrolled (gets announcements) but course not on dashboard")
# 055
M("sec-hss-etudiant-absent", "stephanie.guy@unicaen.fr", "Etudiant absent de l'espace M.1.MS03", "Bonjour,\n\nL'étudiant Antoine Vallée (21803377) n'apparaît pas dans l'espace du cours M.1.MS03 Théories du changement social, alors que son IP est faite jusqu'au groupe TD (M.1.MS03TD) depuis le 15/09. Pourriez-vous vérifier ?\n\nStéphanie Guy\nScolarité UFR HSS – bureau SA 012 – 02 31 56 58 21", "not_enrolled",
  role="staff", codes=[("M.1.MS03", "M.1.MS03"), ("M.1.MS03TD", "M.1.MS03TD")], nums=["21803377"], sch=["M1"], note="secretary writes for a student not enrolled", name="Stéphanie Guy", fmt="qp")
# 056
M("en-ens-no-groups", "rachel.owens@unicaen.fr", "Students in no group - LSD-ANG4", "Hi there,\n\nIn my course LSD-ANG4 all 31 students are listed under \"No group\", group 1 and group 3 are empty although the timetable (ADE) has them split. Could you check the group sync?\n\nRachel Owens\nLANSAD English, office MR 108", "wrong_group",
  role="staff", lang="en", codes=[("LSD-ANG4", "LSD-ANG4"), ("LSD-ANG4G1", "group 1"), ("LSD-ANG4G3", "group 3")], sch=["LSD"],
  note="English teacher: students in no group, groups empty; groups in words", name="Rachel Owens", fmt="alt")
# 057
M("ens-gea-trop-enseignants", "laurent.piquet@unicaen.fr", "trop d'enseignants", "Bonjour, dans GA1R101 je vois 9 enseignants dont 5 qui n'interviennent plus depuis l'an dernier. Je peux les enlever moi-même ? Ils sont inscrits par base de données je crois.\nL. Piquet, chef de département GEA", "too_many_teachers",
  role="staff", codes=[("GA1R101", "GA1R101")], sch=["GA"], note="too many teachers (previous year tuilage)")
# 058
M("ens-inspe-archive", "nadia.lemonnier@unicaen.fr", "Cours déplacé dans Archives", "Bonjour,\nle cours (1CA155) Didactique des mathématiques a été déplacé dans la catégorie Archives et un nouveau cours vide a été créé avec un autre nom. Faut-il que je recopie tout ?\nN. Lemonnier", "course_moved_renamed",
  role="staff", codes=[("1CA155", "1CA155")], sch=["CA"], note="teacher: course archived and renamed", name="Nadia Lemonnier")
# 059
M("ens-lien-participants", "gilles.marie@unicaen.fr", "lien participants", "Bonjour\nje ne trouve plus où sont les participants dans mon cours de droit des obligations DR2-OBL, ni le bloc ni le lien. J'ai Chrome à jour.\nGilles Marie", "participants_block_missing",
  role="staff", codes=[("DR2-OBL", "DR2-OBL")], sch=["DR"], note="teacher cannot find participants link", fmt="cp1252")
# 060
M("sec-etu-connexion", "beatrice.lucas@unicaen.fr", "Etudiante ne peut pas se connecter", "Bonjour,\n\nL'étudiante Sarah Hamidi (n° 26004902), inscrite en PASS, n'arrive pas à se connecter à Ecampus : son compte numérique n'est pas activé semble-t-il. Elle a un TD de PAS-UE2A jeudi.\n\nBéatrice Lucas, scolarité Santé", "cannot_login",
  role="staff", codes=[("PAS-UE2A", "PAS-UE2A")], nums=["26004902"], etapes=["PASS1"], sch=["PAS"], note="secretary writes for a student who cannot log in; étape in words", name="Béatrice Lucas")
# 061
M("ens-question-test", "emilie.regnier@unicaen.fr", "Paramètres test", "Bonjour,\ncomment mettre un temps limité de 45 min sur le test de mi-semestre du cours AN-21C et autoriser un tiers temps pour 2 étudiants ?\nMerci\nÉmilie Régnier", "other",
  role="staff", codes=[("AN-21C", "AN-21C")], sch=["AN"], note="quiz settings question")
# 062
M("etu-reply-ip-td4", "26013377@etu.unicaen.fr", "Re: [CEMU #88512] pas accès", "Bonjour,\nma scolarité dit que mon inscription est bonne jusqu'au groupe, je suis en TD4, mais je ne vois toujours pas PAS-UE3B, ça fait une semaine.\n\nLe 01/10/2026 à 09:30, CEMU Assistance a écrit :\n> Bonjour, merci de vérifier auprès de votre scolarité que votre inscription pédagogique est faite jusqu'au groupe.\n> Ticket n° 88512", "not_enrolled",
  codes=[("PAS-UE3BT4", "TD4"), ("PAS-UE3B", "PAS-UE3B")], nums=["26013377"], sch=["PAS"], note="reply: still not enrolled despite IP to group; ticket look-alike",
  headers={"In-Reply-To": "<ticket-88512@unicaen.fr>"})
# 063
M("ens-lve-pas-espace", "rosa.martinez@unicaen.fr", "Pas d'espace de cours", "Bonjour,\n\nJe n'ai pas d'espace de cours pour Civilisation hispanique (ES21A) cette année : il n'existe pas sur Ecampus, ni dans ma liste ni par la recherche. L'an dernier il existait.\n\nRosa Martínez, UFR LVE", "course_missing",
  role="staff", codes=[("ES-21A", "ES21A")], sch=["AN"], note="teacher: course space missing; dash dropped", name="Rosa Martínez", fmt="latin1")
# 064
M("etu-but-info-groupe", "enzo.leroux@etu.unicaen.fr", "groupe", "bonjour je suis pas dans le bon groupe, je suis en BUT info 2e année groupe 3A et ecampus me met en 3B. merci", "wrong_group",
  codes=[("BI2G3A", "groupe 3A"), ("BI2G3B", "3B")], etapes=["BUTIN2"], note="vague student wrong group; étape-level groups in words", sch=["IN"])
# 065
M("ens-iae-alternants-pas-acces", "agnes.fleury@unicaen.fr", "Les alternants n'ont pas accès", "Bonjour,\nMes étudiants de M1 finance en alternance n'ont pas accès au cours IAE.FI12 : le cours n'apparaît pas pour eux alors que je l'ai ouvert le 28/09. Ceux en formation initiale le voient.\nAgnès Fleury\nIAE Caen, 3 rue Claude Bloch, 14000 Caen", "students_cannot_see_course",
  role="staff", codes=[("IAE.FI12", "IAE.FI12")], etapes=["IAM1FI"], sch=["IAE"], note="teacher: some students cannot access; étape in words; postcode look-alike", name="Agnès Fleury", fmt="qp")
# 066
M("ens-gea-distance-manquants", "christophe.lair@unicaen.fr", "Étudiants manquants dans les participants", "Bonjour,\n\nIl manque les apprentis dans les participants de GA2R302 (Fiscalité) : ni le groupe alternants ni les étudiants n'apparaissent. Les FI sont bien là.\n\nC. Lair", "not_enrolled",
  role="staff", codes=[("GA2R302", "GA2R302"), ("GA2R302AL", "groupe alternants")], sch=["GA"], note="teacher: students missing from participants; group in words")
# 067
M("ens-cohorte-l3-sv", "julien.roussel@unicaen.fr", "Cohorte pour l'espace L3", "Bonjour,\nPeut-on ajouter à l'espace complémentaire « Stage L3 » la cohorte des L3 sciences de la vie ? Ou vaut-il mieux une inscription manuelle avec date de fin ?\nJ. Roussel", "cohort_question",
  role="staff", etapes=["SVL3"], note="teacher: cohort of an étape said in words")
# 068
M("bounce", "MAILER-DAEMON@unicaen.fr", "Undelivered Mail Returned to Sender", "This is the mail system at host smtp.unicaen.fr.\n\nI'm sorry to have to inform you that your message could not be delivered to one or more recipients.\n\n<cemu.assitance@unicaen.fr>: host mx.unicaen.fr said: 550 5.1.1 User unknown\n\n----- Original message -----\nSubject: cours DR2-CONS\nje ne vois pas le cours DR2-CONS", "other",
  role="unknown", lang="en", auto=True, codes=[("DR2-CONS", "DR2-CONS")], sch=["DR"], note="bounce; code in returned original", headers={"Auto-Submitted": "auto-generated"})
# 069
M("etu-mdp-expire", "noemie.faure@etu.unicaen.fr", "mot de passe", "Bonjour mon mot de passe a expiré et le lien de réinitialisation ne marche pas, je peux plus aller sur ecampus ni sur la messagerie. Numéro étudiant 23104458. Merci" + SIG_ETU, "cannot_login",
  nums=["23104458"], note="student expired password, mobile signature", fmt="qp")
# 070
M("en-visiting-not-teacher", "k.nakamura@univ-tokyo.example.jp", "Teacher access to Ecampus course", "Dear colleagues,\n\nI am a visiting professor at the IAE this semester (Marketing digital, IAE.MK31, 6 sessions from 13 October). My guest account works, but I am not enrolled as a teacher in the course space. Could you help?\n\nKind regards,\nKenji Nakamura", "teacher_not_enrolled",
  role="staff", lang="en", codes=[("IAE.MK31", "IAE.MK31")], sch=["IAE"], note="English visiting professor (says he teaches) not enrolled as teacher", name="Kenji Nakamura", fmt="alt", attach=["capture_ecampus.png"])
