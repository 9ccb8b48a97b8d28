"""Mails 048-070: ordinary mail of every kind, plus a few more pasted codes (train-ae)."""
from mailkit import *  # noqa: F401,F403

mail("048-mdp-oublie.eml", ("Jade Morel", "jade.morel@etu.unicaen.fr"), "impossible de me connecter", (2, 7, 58),
     "Bonjour,\n\nDepuis le changement de mot de passe obligatoire je n'arrive plus à me connecter à Ecampus, "
     "ça me met « identifiant ou mot de passe incorrect ». Mon INE est 2301045678K si ça peut aider.\n"
     "J'ai un QCM à faire avant vendredi 18h.\n\nJade Morel, L1 psycho",
     g=gold(sym="cannot_login", note="password problem, INE look-alike, no code"))

mail("049-cas-destination.eml", ("", "22003136@etu.unicaen.fr"), "page CAS bizarre", (2, 9, 15),
     "Bonjour quand je me connecte j'ai une page « Connexion réussie Bienvenue 22003136 ... CAS ne connaît pas "
     "votre destination finale » et je reste bloqué dessus, je passe par Google pour aller sur ecampus.\n"
     "Que faire ?",
     g=gold(nums=["22003136"], sym="cas_unknown_destination", note="CAS page reached from a search engine"))

mail("050-erreur-bdd-dimanche.eml", ("Martine Hamel", "martine.hamel@unicaen.fr"), "Erreur Ecampus ce matin",
     (8, 10, 12),
     "Bonjour,\n\nCe dimanche vers 9h30 j'ai eu « Error: Database connection failed » en voulant corriger des "
     "copies sur Ecampus (Moodle 4.1 ?). Est-ce que c'est revenu ? Je dois rendre les notes lundi.\n\n"
     "Martine Hamel\nPRCE anglais - Pôle langues\n\nEnvoyé de mon iPad",
     g=gold(sym="database_error", role="staff", note="Sunday maintenance database error, version look-alike"))

mail("051-nom-errone.eml", ("Maël Le Goff", "mael.legoff@etu.unicaen.fr"), "Nom mal orthographié", (3, 11, 40),
     "Bonjour,\nsur Ecampus mon nom apparaît « Le Gof » au lieu de « Le Goff » et mon prénom sans tréma. "
     "Les profs ne me trouvent pas dans les listes.\nMerci,\nMaël Le Goff (22106672)",
     g=gold(nums=["22106672"], sym="wrong_name", note="name misspelt on the platform"))

mail("052-absence-bureau.eml", ("Hélène Marchand", "helene.marchand@unicaen.fr"),
     "Réponse automatique : IM1MKT04 : groupe des alternants vide", (5, 16, 20),
     "Bonjour,\n\nJe suis absente du 5 au 13 novembre 2026 inclus. Pour toute question urgente concernant le "
     "Master Marketing, merci de contacter le secrétariat au 02 31 56 65 70 ou iae.scolarite@unicaen.fr.\n\n"
     "Cordialement,\nHélène Marchand",
     headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
     g=gold([("IM1MKT04", "IM1MKT04"), ("IM1MKT04AL", "groupe des alternants")], role="unknown", auto=True,
            schemes=[S_IAE],
            note="out-of-office answering a CEMU mail; the code is in the quoted subject only"))

mail("053-bounce.eml", ("Mail Delivery System", "MAILER-DAEMON@smtp.unicaen.fr"),
     "Undelivered Mail Returned to Sender", (6, 3, 12),
     "This is the mail system at host smtp.unicaen.fr.\n\nI'm sorry to have to inform you that your message "
     "could not be delivered to one or more recipients.\n\n<arnaud.castel@gmai.com>: host gmai.com[185.53.177.31] "
     "said: 550 5.1.1 User unknown (in reply to RCPT TO command)\n\nReporting-MTA: dns; smtp.unicaen.fr\n"
     "Arrival-Date: Fri, 6 Nov 2026 03:11:58 +0100\n",
     headers={"Auto-Submitted": "auto-replied"},
     g=gold(role="unknown", lang="en", auto=True, note="bounce, IP and SMTP codes as look-alikes"))

mail("054-spam.eml", ("Service Microsoft 365", "no-reply@m365-secure-verif.com"),
     "Votre boîte mail sera désactivée sous 24h", (7, 4, 40),
     html="""<html><body><p>Cher utilisateur,</p><p>Votre quota Office 365 est atteint (49,8 Go / 50 Go). Cliquez
<a href="http://m365-secure-verif.com/login">ICI</a> pour valider votre compte avant le 08/11/2026, faute de quoi il sera
supprimé.</p><p>Réf. dossier : MS-2026-118842</p><p>© Microsoft Corporation</p></body></html>""",
     g=gold(role="unknown", note="phishing, reference and quota look-alikes"))

mail("055-c-est-regle.eml", ("Sophie Lecanu", "sophie.lecanu@unicaen.fr"), "RE: CHM.2.13 - groupe de TP vide",
     (5, 8, 3),
     "Bonjour,\n\nC'est réglé, le TP3 est rempli ce matin. Merci !\n\nSophie Lecanu\n\n"
     "-----Message d'origine-----\nDe : CEMU Assistance <cemu.assistance@unicaen.fr>\nEnvoyé : mercredi 4 "
     "novembre 2026 11:20\nObjet : RE: CHM.2.13 - groupe de TP vide\n\nBonjour, les affectations au TP3 "
     "ont été saisies dans Apogée hier par la scolarité ; elles seront visibles après la synchronisation de "
     "cette nuit.\n",
     headers={"In-Reply-To": "<003.3145.ae@unicaen.fr>"},
     g=gold([("CHM.2.13", "CHM.2.13"), ("CHM213TP3", "TP3")], sym="other", role="staff", schemes=[S_BIO],
            note="'c'est réglé' reply; course in subject and quoted history"))

mail("056-participants-introuvable.eml", ("Bernard Lhomme", "bernard.lhomme@unicaen.fr"),
     "Où est passée la liste des participants ?", (10, 14, 22),
     "Bonjour,\n\nJe ne trouve plus le bloc « Participants » à droite de mon cours "
     "https://ecampus.unicaen.fr/course/view.php?id=57112 . Avant je cliquais dessus pour voir mes étudiants.\n\n"
     "Bernard Lhomme\nProfesseur émérite, histoire médiévale",
     g=gold(ids=[57112], sym="participants_block_missing", role="staff", note="participants block, course link"))

mail("057-trop-enseignants-lien.eml", ("Aline Poisson", "aline.poisson@unicaen.fr"),
     "Enseignants en trop dans mon cours", (11, 9, 30),
     "Bonjour,\nIl y a 31 enseignants inscrits dans mon cours (https://ecampus.unicaen.fr/course/view.php?id=60017) "
     "dont la moitié de l'équipe de l'an dernier. Je ne peux pas les désinscrire (icône grisée, « Base de "
     "données externe »).\nAline Poisson",
     g=gold(ids=[60017], sym="too_many_teachers", role="staff", note="database-enrolled teachers in excess"))

mail("058-cohorte-du.eml", ("Stéphanie Catherine", "stephanie.catherine@unicaen.fr"), "Cohorte DU", (12, 10, 45),
     "Bonjour,\n\nPour le DU Capacité de gestion des entreprises (FOAD), je voudrais inscrire toute la promo "
     "dans l'espace « Ressources DU » via une cohorte. Je ne trouve pas la cohorte en cherchant « DU capacité ». "
     "Les cohortes sont-elles mises à jour toutes les nuits ?\n\nS. Catherine\nService formation continue - "
     "SUFCA",
     g=gold(sym="cohort_question", role="staff", note="cohort for a DU complementary space"))

mail("059-tableau-de-bord-filtre.eml", ("Emma Caron", "emma.caron@etu.unicaen.fr"),
     "Mes cours ont disparu du tableau de bord", (13, 8, 8),
     "Bonjour,\n\nDepuis hier je n'ai plus que 2 cours sur mon tableau de bord au lieu de 9. Je n'ai rien "
     "touché à part peut-être le menu « En cours / Passés / Tous ». Est-ce que vous pouvez m'aider ?\n\nEmma "
     "(L3 psychologie)",
     g=gold(sym="course_not_on_dashboard", note="dashboard filter, no code"))

mail("060-erasmus-login-en.eml", ("Giulia Romano", "giulia.romano97@gmail.com"), "Login problem Ecampus",
     (13, 15, 50),
     "Dear Sir or Madam,\n\nI arrived from Bologna two weeks ago as an exchange student (Erasmus+, one semester). "
     "I still cannot log in to Ecampus: my student account seems not activated, the page says my account is "
     "unknown. My student number should be 22491155.\n\nBest regards,\nGiulia Romano\n+39 347 552 1098",
     g=gold(nums=["22491155"], sym="cannot_login", lang="en",
            note="Erasmus student from a personal address, account not activated"))

mail("061-quiz-reglages.eml", ("Thierry Beaufils", "thierry.beaufils@unicaen.fr"), "Réglages d'un test",
     (16, 11, 11),
     "Bonjour,\n\nComment donner un tiers-temps à deux étudiants (aménagement d'examen) dans un test Moodle ? "
     "Le test est prévu le 2 décembre de 14h à 15h30 en salle informatique P-012.\n\nMerci\nT. Beaufils\n"
     "Département de mathématiques",
     g=gold(sym="other", role="staff", note="quiz settings question (time extension)"))

mail("062-rcaed334-distance.eml", ("", "21609846@etu.unicaen.fr"), "cours compta à distance", (16, 19, 30),
     "Bonjour,\n\nJe suis inscrite à distance (télé-enseignement) et le cours RCAED334 n'apparait pas "
     "dans mes cours, alors que j'ai l'IP. Les étudiants en présentiel y ont accès.\n\nMerci\n",
     g=gold([("RCAED334", "RCAED334")], ["21609846"], sym="not_enrolled", schemes=[S_FAQ],
            note="distance learner, FAQ element (distance status mismatch)"))

mail("063-iran-groupe-cemu.eml", ("Reza Amini", "reza.amini@etu.unicaen.fr"), "Mauvais groupe IRAN-15",
     (17, 10, 0),
     "Bonjour,\nje suis étudiant à distance (CEMU) et dans le cours IRAN 15 je ne suis pas dans le groupe "
     "CEMU mais dans « Aucun groupe ». Je ne vois donc pas les classes virtuelles du groupe à distance.\n"
     "Reza Amini - 22088120",
     g=gold([("IRAN-15", "IRAN 15"), ("IRAN15CEMU", "groupe CEMU")], ["22088120"], sym="wrong_group",
            schemes=[S_FAQ], note="distance student in no group; CEMU group of the course named in words"))

mail("064-cours-cache.eml", ("Laure Simon", "laure.simon@unicaen.fr"), "Etudiants sans accès à mon cours",
     (18, 8, 50),
     "Bonjour,\n\nMes étudiants ne voient pas mon cours https://ecampus.unicaen.fr/course/view.php?id=59341 "
     "alors qu'ils sont dans les participants (74). Je le vois en gris.\n\nLaure Simon\nMCF économie\n"
     "Tél : 02 31 56 58 21 - bureau SA 310",
     g=gold(ids=[59341], sym="students_cannot_see_course", role="staff", note="hidden course, link only"))

mail("065-vacataire-pas-inscrit.eml", ("Julien Tessier", "julien.tessier@gmail.com"),
     "Accès enseignant Ecampus", (19, 14, 30),
     "Bonjour,\n\nJe suis enseignant vacataire en BUT GEA depuis septembre (R3.03 droit des affaires, S3). Je "
     "peux me connecter mais je ne suis inscrit comme enseignant dans aucun cours. Mes heures sont bien dans "
     "ADE.\n\nJulien Tessier\nAvocat au barreau de Caen\n06 08 41 27 63",
     g=gold(sym="teacher_not_enrolled", role="staff",
            note="adjunct teacher, BUT resource national name only (not a code), no group"))

mail("066-archive-categorie.eml", ("Gilles Anquetil", "gilles.anquetil@unicaen.fr"),
     "Cours déplacé dans Archives", (20, 9, 9),
     "Bonjour,\n\nMon cours https://ecampus.unicaen.fr/course/view.php?id=40218 est maintenant dans la catégorie "
     "« Archives » et porte un nom différent. Je ne comprends pas ce qui s'est passé, personne ne m'a prévenu.\n\n"
     "G. Anquetil",
     g=gold(ids=[40218], sym="course_moved_renamed", role="staff", note="archived course, link only"))

mail("067-doctorant-compte.eml", ("Ahmed Benkirane", "ahmed.benkirane@unicaen.fr"), "Compte Ecampus doctorant",
     (20, 16, 45),
     "Bonjour,\n\nJe suis doctorant contractuel (2e année, ED 242) et je dois assurer des TD cette année. Mon "
     "compte Ecampus m'affiche « compte suspendu » depuis le 1er novembre. Ticket DSI n° 318221 déjà ouvert, "
     "sans réponse.\n\nAhmed Benkirane\nLaboratoire GREYC, Campus 2",
     g=gold(sym="cannot_login", role="staff", note="doctoral teaching assistant, suspended account, ticket look-alike"))

mail("068-pass-remerciements.eml", ("Lina Haddad", "lina.haddad@etu.unicaen.fr"), "Merci !", (23, 12, 0),
     "Bonjour,\nJuste pour vous dire merci, tout fonctionne depuis ce matin pour mes cours de PASS, je vois "
     "bien les 14 UE.\nBonne journée !\nLina",
     g=gold(sym="other", note="thanks from a PASS student, UE count look-alike"))

mail("069-visiting-teacher-en.eml", ("David Clarke", "d.clarke@bristol.ac.uk"), "Teaching access for X3.INF.5",
     (24, 10, 15),
     "Dear colleagues,\n\nI am a visiting lecturer at ESIX this term, teaching the compilation module (code "
     "X3.INF.5, groups -G1 and -G2). I can log in with my guest account but I am not enrolled as a teacher in the "
     "course space. Could you add me?\n\nKind regards,\nDavid Clarke\nSenior Lecturer, University of Bristol",
     g=gold([("X3.INF.5", "X3.INF.5"), ("X3INF5-G1", "-G1"), ("X3INF5-G2", "-G2")], sym="teacher_not_enrolled",
            role="staff", lang="en", schemes=[S_ESX], note="visiting teacher in English, code and groups"))

mail("070-staps-code-invente.eml", ("Enzo Guillot", "enzo.guillot@etu.unicaen.fr"), "cours de natation",
     (27, 18, 40),
     "Bonjour,\nje cherche le cours STP1-011 (natation) mais il existe pas sur ecampus ?? Un pote m'a dit que "
     "c'était ça le code. Je suis en L1 STAPS groupe TD2.\nEnzo",
     g=gold([("STP1-011", "STP1-011")], sym="course_missing", schemes=[S_STP], etapes=["STAPL1"],
            note="student-invented code unknown to APOGÉE; 'TD2' has no course to attach to (not counted)"))
