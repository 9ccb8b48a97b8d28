from mk import mail, PNG

mail(51, "ens-histoire-paleo-pas-inscrit", "agnes.tison@unicaen.fr", "Paléographie / métiers du patrimoine : je ne suis pas enseignante dans les espaces", """Bonjour,

Je n'apparais pas comme enseignante dans deux espaces que j'assure ce semestre pour les L3 :
- HIS3B02 Paléographie (cours magistral et TD, planifiés dans ADE depuis décembre)
- HIS 3B08 Préprofessionnalisation : métiers du patrimoine (le TD 1 et le TD 2 seulement)

Pour le second, c'est peut-être normal car une partie des séances se fait aux Archives départementales et n'est pas dans ADE ? Pour le premier je ne comprends pas.

Merci d'avance,
Agnès Tison
MCF histoire médiévale – MRSH, bureau SA 109
Tél. 02 31 56 59 02
""", codes=[("HIS3B02", "HIS3B02"), ("HIS3B08", "HIS 3B08"), ("HIS3B08T1", "TD 1"), ("HIS3B08T2", "TD 2")],
     sym="teacher_not_enrolled", role="staff", note="history teacher not enrolled as teacher in two courses",
     day=22, hm=(9, 40), name="Agnès Tison")

mail(52, "etu-psy-l3-pagination", "camille.godard@etu.unicaen.fr", "psychopathologie pas dans mes cours", """Bonjour,

je suis en L3 psycho et le cours de psychopatho de l'adulte (PSY 601A) ne s'affiche pas dans mes cours sur la page d'accueil, par contre quand je tape le nom dans la recherche je le trouve et je peux rentrer dedans. J'ai l'impression que ma liste s'arrête à 12 cours.

Camille
""", codes=[("PSY601A", "PSY 601A")], said=["LPSY3"], sym="course_not_on_dashboard", role="student",
     note="L3 psych student: course on a second dashboard page", day=22, hm=(18, 5))

mail(53, "ens-geo-etudiant-absent-participants", "yann.collet@unicaen.fr", "Étudiant absent des participants du SIG", """Bonjour,

L'étudiant Mathis Gosselin, n° 25012345, suit mon TD3 de SIG 1 (GEO4SI1) depuis la rentrée de janvier mais il n'est pas dans la liste des participants du cours, ni dans le groupe. Il est arrivé de la licence d'histoire (réorientation) et la scolarité m'assure que son inscription pédagogique est faite depuis le 27 janvier.

Yann Collet
Ingénieur d'études SIG – département de géographie
""", codes=[("GEO4SI1T3", "TD3"), ("GEO4SI1", "GEO4SI1")], nums=["25012345"], sym="not_enrolled", role="staff",
     note="teacher reports reoriented student missing from participants; TD3 mentioned before course code",
     day=23, hm=(8, 30))

mail(54, "ens-anglais-trop-enseignants", "helene.vautrin@unicaen.fr", "Littérature américaine : anciens collègues encore enseignants", """Bonjour,

Dans l'espace AN-12B (Littérature américaine, L1 LLCER), 6 collègues qui enseignaient ce cours en 2024-2025 et 2025-2026 sont toujours inscrits comme enseignants, dont deux qui ont quitté l'université. Ils reçoivent les messages du forum des étudiants, y compris ceux du groupe EAD.

Nous ne sommes que deux cette année (moi et M. Quesnel, qui assure tous les TD). Peut-on nettoyer ?

Hélène Vautrin
PRCE anglais
""", codes=[("AN-12B", "AN-12B"), ("AN-12B-EAD", "groupe EAD")], sym="too_many_teachers", role="staff",
     note="English teacher: former colleagues still enrolled as teachers", day=23, hm=(10, 10))

mail(55, "erasmus-en-cas", "lukas.novak@etu.unicaen.fr", "Login page says CAS does not know my destination", """Hello,

When I open Ecampus from a Google search result, I log in and I get a page saying "Log In Successful ... however, you are seeing this page because CAS does not know about your target destination and how to get you there". Then nothing happens.

My student ID is 26100733. I am in the sociology master as an exchange student.

Thanks for any help,
Lukas Novak
""", nums=["26100733"], lang="en", sym="cas_unknown_destination", role="student",
     note="exchange student (English) hits CAS unknown destination page", day=23, hm=(21, 50), name="Lukáš Novák")

mail(56, "ens-droit-cours-renomme", "francois.letellier@unicaen.fr", "Droit des obligations : nouvel espace vide, ancien archivé", """Bonjour,

Mon cours de droit des obligations était sous le code DR22-CIV jusqu'à l'an dernier. Je vois maintenant un espace « (DR22-OBL) Droit des obligations 2 » vide, et mon ancien espace a été renommé avec la mention [ARCHIVE] et déplacé dans « Archives » : https://ecampus.unicaen.fr/course/view.php?id=41877

Les 310 étudiants de L2 droit commencent les TD lundi. Comment récupérer les 12 quiz et le forum ?

François Letellier
Maître de conférences en droit privé
Faculté de droit – bureau D 205
""", codes=[("DR22-CIV", "DR22-CIV"), ("DR22-OBL", "DR22-OBL")], ids=[41877], said=["LDRT2"],
     sym="course_moved_renamed", role="staff", note="law teacher: old code archived, course renamed under new code",
     day=24, hm=(8, 8))

mail(57, "scol-du-lien-participants", "aurelie.besnard@unicaen.fr", "Lien participants DU", """Bonjour,

Je suis gestionnaire du DU Capacité de gestion et je dois vérifier les inscrits du module Droit des sociétés (DUCG-M02). On m'a dit de passer par le bloc Participants mais il n'y a pas de bloc à droite, seulement « Ajouter un bloc ». Où est passée la liste ?

Aurélie Besnard
Service formation continue – IAE Caen
""", codes=[("DUCG-M02", "DUCG-M02")], sym="participants_block_missing", role="staff",
     note="DU manager cannot find participants block", day=24, hm=(14, 40))

mail(58, "ens-iae-cohorte-cgao", "remi.pasquet@unicaen.fr", "Synchroniser la cohorte des M1 CGAO en audit interne ?", """Bonjour,

Pour l'audit interne (IAE-1C03) j'ai seulement 18 inscrits sur Ecampus sur 31 étudiants de M1 Contrôle de gestion et audit organisationnel, les inscriptions pédagogiques ayant été faites en retard (nouveau logiciel de contrat pédagogique).
Est-ce que je peux ajouter moi-même la synchronisation de cohorte pour la promo ? Et ensuite les apprentis seront-ils bien mis dans le groupe IAE1C03-AP ?

R. Pasquet
""", codes=[("IAE-1C03", "IAE-1C03"), ("IAE1C03-AP", "IAE1C03-AP")], said=["MCGAO1"], sym="cohort_question",
     role="staff", note="IAE teacher asks about syncing the M1 CGAO cohort", day=25, hm=(9, 20))

mail(59, "etu-nom-usage", "l.perrier@etu.unicaen.fr", "Nom d'usage", """Bonjour,

Depuis mon mariage en décembre j'utilise mon nom d'usage (PERRIER-MARTIN) et la scolarité l'a bien pris en compte, mais sur Ecampus j'apparais toujours sous mon nom de naissance "Laura MARTIN", y compris sur les copies de devoirs déposées.
Combien de temps faut-il pour que ce soit mis à jour ?

Merci,
Laura Perrier-Martin
""", sym="wrong_name", role="student", note="student's married name not updated", day=25, hm=(12, 33),
     cs="windows-1252", cte="qp", name="Laura Perrier-Martin")

mail(60, "dsi-compte-invite", "stephane.lemoine@unicaen.fr", "Compte invité bloqué sur la page profil", """Bonjour,

Un intervenant extérieur (M. Jacques Vidal, professionnel, conférences en Master 2 Sociologie) a reçu son compte invité le 10 février. À sa première connexion sur Ecampus il est bloqué sur la page de profil qui lui demande une adresse de courriel, champ qu'il ne peut pas remplir.
Le compte a été créé par la composante sans adresse personnelle je pense. Que faut-il faire de notre côté ?

Stéphane Lemoine
DSI – Pôle identités numériques
Tél. 02 31 56 55 00 – poste 4127
""", sym="cannot_login", role="staff", note="DSI: guest account stuck on profile page (no email)", day=25, hm=(15, 0))

mail(61, "spam-seo-en", "growth.team@rankboost-media.example.com", "Boost ecampus.unicaen.fr to Google Page 1", """Hi there,

I was checking ecampus.unicaen.fr and noticed it is not ranking for 142 important keywords. Our agency helped 300+ universities increase organic traffic by 250% in 90 days.

Can I send you a free audit? Just reply "YES".

Best,
Daniel
RankBoost Media | 1200 Market St, Suite 400, San Francisco CA 94102
Unsubscribe: reply STOP
""", lang="en", sym="other", role="unknown", note="SEO spam in English", day=26, hm=(4, 2))

mail(62, "auto-reponse-ticket-bio", "nicolas.huet@unicaen.fr", "Réponse automatique : [CEMU #2027022412000140] Inscriptions BIO4UE22 biochimie", """Bonjour,

Je suis en déplacement (colloque à Lyon) du 24 au 28 février et ne lirai pas mes messages.
En cas d'urgence concernant les TP de biochimie, contactez Mme Marie au 02 31 56 73 40.

N. Huet
""", codes=[("BIO4UE22", "BIO4UE22")], auto=True, sym="other", role="unknown",
     note="out-of-office whose subject carries a code from the ticket", day=24, hm=(16, 1),
     extra=[("Auto-Submitted", "auto-replied")], name="Nicolas Huet")

mail(63, "ens-gea-sae-invisible", "marion.queruel@unicaen.fr", "SAÉ création d'entreprise : les BUT1 n'y ont pas accès", """Bonjour,

Les étudiants de première année GEA (les 3 TD) n'arrivent pas à ouvrir l'espace de la SAÉ 2.01 (GEA S2.01 – Projet de création d'entreprise). Le lien https://ecampus.unicaen.fr/course/view.php?id=58230 leur répond « Vous ne pouvez pas vous inscrire vous-même dans ce cours ». Moi j'y accède normalement.

Nous avons le jury de soutenance le 3 mars, ils doivent déposer leur business plan avant.

Marion Quéruel
Enseignante – IUT Grand Ouest Normandie, département GEA Caen
""", codes=[("GEAS2.01", "GEA S2.01")], ids=[58230], said=["BGEA1"], sym="students_cannot_see_course",
     role="staff", note="GEA teacher: first-year students cannot access SAÉ course; 'SAÉ 2.01' alone is no code",
     day=26, hm=(10, 15))

mail(64, "etu-staps-option-hand", "enzo.marchal@etu.unicaen.fr", "option hand ecampus", """bonjour,
je suis en L2 staps et j'ai changé d'option au S4 : j'ai pris hand (ST 41210) au lieu de foot. Je suis dans le groupe 2 de hand le mercredi mais sur ecampus j'ai pas le cours de hand du tout, j'ai encore celui de foot (ST41212).
merci
Enzo
""", codes=[("ST41210", "ST 41210"), ("ST41210G2", "groupe 2"), ("ST41212", "ST41212")], said=["LSTAP2"],
     sym="not_enrolled", role="student", note="STAPS student changed option: not enrolled in new option course",
     day=26, hm=(19, 47), cte="8bit")

mail(65, "etu-histoire-changement-td", "jeanne.rivault@etu.unicaen.fr", "Changement de TD en histoire contemporaine", """Bonjour,

Je suis en deuxième année d'histoire. J'ai obtenu de passer du TD 1 au TD 4 en histoire contemporaine (HIS2B05) à cause de mon emploi du temps de job étudiant, c'est validé par le secrétariat depuis le 2 février. Mais sur Ecampus je suis toujours dans le TD 1 et je ne peux pas rendre le dossier du TD 4.

Cordialement,
Jeanne Rivault
""", codes=[("HIS2B05T1", "TD 1"), ("HIS2B05T4", "TD 4"), ("HIS2B05", "HIS2B05")], said=["HSL2"], fmt="alt",
     sym="wrong_group", role="student", note="L2 history student changed TD group, not updated", day=5, hm=(17, 18),
     name="Jeanne Rivault")

mail(66, "teacher-en-db-error", "david.ashworth@unicaen.fr", "Database error when grading", """Hello,

This morning (Sunday 21 February, around 9:30) I got "Error reading from database" several times while grading assignments in the "Anglais des affaires" course (RCAED335). I lost about twenty minutes of feedback.

Is this a known issue? Should I avoid Sunday mornings?

Best wishes,
David Ashworth
Lecturer in English for Business, AES distance programme
""", codes=[("RCAED335", "RCAED335")], lang="en", sym="database_error", role="staff",
     note="English-speaking teacher reports database error on Sunday morning", day=21, hm=(12, 10), name="David Ashworth")

mail(67, "ens-inspe-cours-sciences-inexistant", "nathalie.vigot@unicaen.fr", "Cours Sciences et technologie M1 inexistant", """Bonjour,

Je ne trouve pas l'espace du cours « Sciences et technologie » (2CA208) des M1 MEEF 1er degré sur Ecampus. L'an dernier j'utilisais l'espace 2CA299 qui a disparu lui aussi. Les étudiants me demandent où sont les ressources pour la séance du 1er mars.

Nathalie Vigot
Formatrice INSPE – site d'Alençon
""", codes=[("2CA208", "2CA208"), ("2CA299", "2CA299")], sym="course_missing", role="staff",
     note="INSPE trainer: course space does not exist; old archived code cited", day=27, hm=(8, 44))

mail(68, "ens-droit-salle-examen", "olivier.gancel@unicaen.fr", "Examen procédure pénale - salle et horaires", """Bonjour,

Petite question qui n'est peut-être pas pour vous : l'examen terminal de Procédure pénale (DR32-PEN) du 8 mars aura lieu en amphi Tocqueville, 14h-16h, et non en salle S3-045 comme indiqué dans l'annonce automatique du cours. Puis-je modifier moi-même l'annonce envoyée aux 185 étudiants, ou faut-il passer par le secrétariat ?

Olivier Gancel
""", codes=[("DR32-PEN", "DR32-PEN")], sym="other", role="staff", note="question about exam room announcement",
     day=27, hm=(11, 0))

mail(69, "etu-l3-bio-stage-mobile", "lea.coquet@etu.unicaen.fr", "Cours stage L3", """Bonjour je suis en L3 SV et je n'ai pas accès au cours du stage bio6ue33 pour déposer ma convention alors que j'y suis inscrite sur mon contrat pédagogique. Numéro étudiant 23044910.
Merci

Envoyé depuis mon Galaxy
""", codes=[("BIO6UE33", "bio6ue33")], nums=["23044910"], said=["LSV3"], sym="not_enrolled", role="student",
     note="L3 SV student (mobile) not enrolled in internship course", day=27, hm=(12, 50), cte="8bit")

mail(70, "fwd-m2-info-tp-groupes", "mathieu.ozouf@unicaen.fr", "TR: Groupes de TP cloud", """Bonjour,

Je transfère le message de mon collègue. Les groupes de TP du cours de cloud et virtualisation (INF2M04) sont faux pour une partie des M2 informatique : les alternants sont mélangés avec le TP1.

Mathieu Ozouf
Directeur des études M2 Informatique

---------- Message transféré ----------
De : Hervé Guillou <herve.guillou@unicaen.fr>
Date : mar. 23 févr. 2027 à 17:02
Objet : Groupes de TP cloud
À : Mathieu Ozouf <mathieu.ozouf@unicaen.fr>

Salut Mathieu,
dans INF2M04 j'ai 9 alternants (dont 25108820 et 25109934) qui sont dans INF2M04TP1 alors qu'ils devraient être dans INF2M04ALT. Du coup ils ont les dates de rendu du TP1. Tu peux voir avec le CEMU ?
Hervé
""", codes=[("INF2M04", "INF2M04"), ("INF2M04ALT", "alternants"), ("INF2M04TP1", "TP1")],
     nums=["25108820", "25109934"], said=["MINF2"], sym="wrong_group", role="staff",
     note="director of studies forwards colleague's report: apprentices in TP1 group", day=24, hm=(8, 2))

mail(71, "ens-psy-travail-non-inscrit", "sabrina.legrand@unicaen.fr", "Psychologie du travail - pas d'accès enseignant", """Bonjour,

J'ai repris au pied levé le CM de psychologie du travail (PSY604B) le 15 février, suite au départ d'une collègue. Les séances sont dans ADE à mon nom depuis le 12. Je n'ai toujours pas les droits d'enseignante dans l'espace, seulement ceux d'étudiante (!), car j'avais été inscrite comme étudiante en Master il y a quelques années.

Sabrina Legrand
Psychologue du travail, chargée de cours
""", codes=[("PSY604B", "PSY604B")], sym="teacher_not_enrolled", role="staff",
     note="replacement teacher not enrolled as teacher", day=19, hm=(9, 0))

mail(72, "coordinator-en-cohort", "emma.holloway@unicaen.fr", "Cohort for second-year English students", """Hello,

I coordinate the tutoring scheme for the second-year students of the LLCER English degree. I created a "Tutorat L2 anglais" course and would like all of them to be enrolled automatically. Is there a cohort I can use, and will it update when students join or leave during the semester?

Many thanks,
Emma Holloway
Lectrice, Département d'études anglophones
""", said=["LLCEA2"], lang="en", sym="cohort_question", role="staff",
     note="English lectrice asks which cohort to use for L2 LLCER English", day=26, hm=(14, 14), fmt="alt")

mail(73, "erasmus-en-dashboard", "ana.ferreira@etu.unicaen.fr", "British civilisation course not showing", """Hi,

The course "EC2 Civilisation britannique" (AN-10B) does not show on my dashboard, although I can open it from the link in the e-mail my teacher sent, and I can see myself in group 3. I set the filter to "All" but it is still not there.

Student number 26100812.

Thank you,
Ana Ferreira
""", codes=[("AN-10B", "AN-10B"), ("AN-10B-T3", "group 3")], nums=["26100812"], lang="en",
     sym="course_not_on_dashboard", role="student", note="Erasmus student: enrolled course not on dashboard", day=27, hm=(20, 3))

mail(74, "scol-staps-regle", "nadege.pichon@unicaen.fr", "RE: ST 41207 : trop d'enseignants inscrits", """Bonjour,

C'est réglé, merci : il ne reste que M. Hamel et Mme Costa dans l'espace. J'ai fait la même chose dans ST41208 qui avait le même souci.

Bonne fin de semaine,
Nadège Pichon

-----Message d'origine-----
De : CEMU Assistance <cemu.assistance@unicaen.fr>
Envoyé : jeudi 4 février 2027 15:40
À : Nadège Pichon <nadege.pichon@unicaen.fr>
Objet : RE: ST 41207 : trop d'enseignants inscrits

Bonjour,
Les enseignants en trop sont inscrits manuellement : vous pouvez les désinscrire vous-même depuis Participants.
Cordialement, CEMU
""", codes=[("ST41207", "ST 41207"), ("ST41208", "ST41208")], sym="other", role="staff",
     note="follow-up: problem solved", day=5, hm=(16, 30), irt="<cemu-reply-88301@unicaen.fr>", name="Nadège Pichon")

mail(75, "etu-pass-connexion", "adam.bouzid@etu.unicaen.fr", "je n'arrive pas a me connecter", """bonjour
je suis en PASS et depuis ce matin j'arrive pas a me connecter a ecampus, ca tourne en boucle sur la page de connexion et ca revient toujours a la meme page. J'ai vidé le cache et essayé sur mon tel.
J'ai un QCM a 18h
Adam
""", sym="cannot_login", role="student", note="PASS student stuck in login loop (étape not in catalogue)",
     day=28, hm=(14, 2), cte="8bit")
