from frame import mail, q, d
from mails_b import H
import frame

S, T, U = "student", "staff", "unknown"

mail("051-pass-sms.eml", "26021190@etu.unicaen.fr", "pa de cours",
     "jai aucun cours sur ecampus depuis lundi, tt a disparu. ((PASS1|pass)) groupe ED4",
     symptom="not_enrolled", role=S, note="SMS: all courses vanished; ED4 without course not a code", date=d(10, 14, 7, 55))

mail("052-hist-art-porte-disparu.eml", "Anne Vasseur <anne.vasseur@unicaen.fr>", "Cours d'architecture disparu",
     "Bonjour,\nL'espace de [[2HR6C]] a disparu de ma liste. Je crois qu'il a été mutualisé avec M.1HRP8C ? Je n'ai rien vu passer.\nA. Vasseur",
     symptom="course_moved_renamed", role=T, note="course vanished after mutualisation", date=d(10, 3, 15, 15))
g = frame.GOLD["052-hist-art-porte-disparu.eml"]; g["apogee_codes"].append("M.1HRP8C"); g["apogee_codes_as_written"].append("M.1HRP8C")

mail("053-reponse-citee-multi.eml", "Isabelle Roy <isabelle.roy@unicaen.fr>", "Re: Plusieurs étudiants non inscrits - L3 Histoire",
     "Bonjour,\nUne quatrième étudiante est dans le même cas : <<23009914>> pour [[4HIS0513]].\nMerci\nIsabelle\n\nLe 17/09/2026 à 16:40, CEMU Assistance <cemu.assistance@unicaen.fr> a écrit :\n" + q("Bonjour, les IP de <<23002561>> et <<23004418>> dans [[4HIS0511]] sont sans groupe TD. Pouvez-vous les compléter ?\n\n" + q("Les étudiants ci-dessous ne sont inscrits dans aucun cours du S5")),
     symptom="not_enrolled", role=T, note="reply adding a student, quoted history with numbers and code", date=d(9, 18, 10, 2))

mail("054-geo-en-ta.eml", "Olga Petrova <olga.petrova@unicaen.fr>", "Too many teachers in Mineralogy",
     "Hello,\nIn [[24GS2C02]] (Mineralogy S2) there are 11 teachers enrolled, most of them from last year. Can I remove them myself? They are listed as 'Base de données externe'.\nOlga Petrova, postdoc",
     lang="en", symptom="too_many_teachers", role=T, note="English, too many teachers via database", date=d(9, 16, 9, 20))

mail("055-cas-sms.eml", "Jade Simon <jade.simon@etu.unicaen.fr>", "connexion",
     "quand je me co ca me met bienvenue <<25099012>> connexion reussie mais apres rien, ca dit que CAS connait pas ma destination finale ?? aide svp",
     symptom="cas_unknown_destination", role=S, note="CAS page quoting the number", date=d(9, 3, 21, 15))

mail("056-staps-html-options.eml", "Thierry Noël <thierry.noel@unicaen.fr>", "APSA natation - étudiants sans groupe",
     text="Bonjour,\nDans l'APSA natation ST.S5.15 plusieurs étudiants de l'option entraînement sont sans groupe.\nT. Noël",
     html="<p>Bonjour,</p><p>Dans l'APSA natation [[ST.S5.15]] les étudiants suivants ((STL3|de L3 STAPS)) sont sans groupe (l'option entraînement) :</p>" + H([
         ["<<24030011>>", "[[STS515-G2|G2]]"], ["<<24030125>>", "G2"], ["<<24030307>>", "[[STS515-G4|G4]]"]], ["N° étudiant", "Groupe attendu"]) +
     "<p>Thierry Noël<br>Enseignant EPS - Gymnase, bureau 6<br>02 31 56 72 30</p>",
     symptom="wrong_group", role=T, note="HTML table, students with no group; 'l'option' not a code", date=d(10, 9, 13, 50))

mail("057-dashboard-pagination.eml", "Mathis Robin <mathis.robin@etu.unicaen.fr>", "Cours absent de Mes cours",
     "Bonjour, le cours [[I1S2WEBD|I1S2 WEBD]] ne s'affiche pas dans mes cours sur le tableau de bord, je suis bien inscrit car je reçois les annonces. Merci. Mathis, <<26005934>>",
     symptom="course_not_on_dashboard", role=S, note="dashboard; code with space", date=d(11, 16, 9, 45))

mail("058-bounce.eml", "Mail Delivery Subsystem <MAILER-DAEMON@smtp.unicaen.fr>", "Undelivered Mail Returned to Sender",
     "This is the mail system at host smtp.unicaen.fr.\n\nI'm sorry to have to inform you that your message could not be delivered to one or more recipients.\n\n<jean.dupond@unicean.fr>: Host or domain name not found. Name service error for name=unicean.fr type=A: Host not found\n\nReporting-MTA: dns; smtp.unicaen.fr\nArrival-Date: Tue, 20 Oct 2026 10:14:02 +0200",
     lang="en", symptom="other", role=U, auto=True, note="bounce", date=d(10, 20, 10, 14), headers={"Auto-Submitted": "auto-replied"})

mail("059-iae-renamed.eml", "Alain Mercier <alain.mercier@unicaen.fr>", "nom de cours modifié",
     "Bonjour,\nMon cours Stratégie s'appelait (IAEM1C12) Stratégie, il est devenu (IAEM2C12) et se retrouve dans la catégorie M2. Je n'ai rien modifié ! https://ecampus.unicaen.fr/course/view.php?id=57710\nA. Mercier",
     symptom="course_moved_renamed", role=T, note="course changed code/category", date=d(9, 30, 17, 0))
g = frame.GOLD["059-iae-renamed.eml"]; g["apogee_codes"] = ["IAEM1C12", "IAEM2C12"]; g["apogee_codes_as_written"] = ["IAEM1C12", "IAEM2C12"]; g["schemes"] = ["IAE IAEMyKnn (invented)"]

mail("060-psy-unknown.eml", "Clara Giraud <clara.giraud@etu.unicaen.fr>", "Cours de psycho introuvable",
     "Bonjour, on m'a dit de m'inscrire au cours [[PSY.2.19]] mais il n'existe pas sur ecampus. <<25066002>>",
     symptom="course_missing", role=S, note="unknown code given to student", date=d(9, 15, 16, 30))

mail("061-erasmus-depart.eml", "Lucas Perrin <lucas.perrin@etu.unicaen.fr>", "Plus accès à mes cours (Erasmus)",
     "Bonjour,\nJe suis parti en Erasmus à Séville pour le S2 seulement mais j'ai perdu l'accès à tous mes cours du S1, dont [[DR3-FIS5]] et [[DR3-AFF5|DR3-AFF 5]]. Je crois que la modalité annuelle a été cochée à mon IA.\nLucas Perrin, ((LDR3|L3 droit)), <<24001245>>",
     symptom="not_enrolled", role=S, note="outgoing Erasmus wrongly annual", date=d(9, 21, 11, 5))

mail("062-inspe-html.eml", "Hélène Guérin <helene.guerin@unicaen.fr>", "Stagiaires non inscrits",
     text=None,
     html="<p>Bonjour,</p><p>Mes stagiaires ((MEF2PD|de M2 MEEF premier degré)) ne sont pas inscrits dans [[2CA255]] (Stage et analyse de pratique) :</p>" + H([
         ["<<24110034>>", "[[2CA255G1|Groupe 1]]"], ["<<24110098>>", "Groupe 1"], ["<<24110177>>", "[[2CA255G3|Groupe 3]]"]], ["Numéro", "Groupe"]) + "<p>H. Guérin - INSPE Caen - 02 31 56 53 00</p>",
     symptom="not_enrolled", role=T, note="HTML-only table, INSPE trainees", date=d(10, 1, 8, 30), charset="iso-8859-1", cte="quoted-printable")

mail("063-en-hidden-course.eml", "Kofi Mensah <kofi.mensah@unicaen.fr>", "Course not visible for students",
     "Dear support,\nMy students cannot access [[I3S6SYST|I3S6-SYST]] (Systems). Did I forget a setting? The course was created automatically.\nKofi Mensah",
     lang="en", symptom="students_cannot_see_course", role=T, note="English, hidden course, dash added", date=d(1 + 9, 20, 15, 0))

mail("064-dup-numero-corrige.eml", "Louise Faure <louise.faure@etu.unicaen.fr>", "pas inscrite neuropsycho",
     "Bonjour, je ne suis pas inscrite dans [[PSY.3.13|PSY3.13]] (neuropsychologie). Mon numéro est 24055817, pardon <<24055871>>.\nLouise",
     symptom="not_enrolled", role=S, note="number mistyped then corrected: counts once corrected", date=d(9, 28, 22, 2))

mail("065-participants-en.eml", "Robert Jones <robert.jones@unicaen.fr>", "Where is the Participants block?",
     "Hi, since this year I can't find the participants block in my course [[AN-22A]]. Where did it go? Robert",
     lang="en", symptom="participants_block_missing", role=T, note="participants block, English", date=d(9, 9, 10, 0))

mail("066-prof-droit-plusieurs.eml", "Bernard Caillaud <bernard.caillaud@unicaen.fr>", "Inscription enseignant - droit pénal",
     "Bonjour,\nJe ne suis pas inscrit comme enseignant dans [[DR2-PEN4|DR2PEN4]] ni dans [[DR3-PEN5]]. Mes CM sont bien dans ADE (amphi B, lundi 10h). Pour le [[DR2PEN4CM|CM]] de L2 idem.\nB. Caillaud, professeur\nFaculté de droit, bureau DR 214",
     symptom="teacher_not_enrolled", role=T, note="teacher not enrolled in two courses; CM group of cited course", date=d(9, 7, 9, 10))

mail("067-nom-accent.eml", "Raphaël Lévêque <raphael.leveque@etu.unicaen.fr>", "=?iso-8859-1?q?Nom_mal_=E9crit?=",
     "Bonjour,\nSur ecampus je m'appelle \"Raphal Lvque\", les accents ont sauté. Numéro <<24070221>>.\nRaphaël",
     symptom="wrong_name", role=S, note="accents lost in name", date=d(10, 15, 12, 12), charset="iso-8859-1", cte="quoted-printable")

mail("068-cohorte-en.eml", "Anna Schmidt <anna.schmidt@unicaen.fr>", "Cohort enrolment for an extra course",
     "Hello,\nI created a complementary space for all ((LLCA1|first-year English LLCER students)). Can I enrol them with the cohort sync, or should I ask for something else? It is not linked to any Apogée code.\nAnna",
     lang="en", symptom="cohort_question", role=T, note="cohort for complementary space; étape named in words by teacher about her students", date=d(9, 13, 14, 0))

mail("069-info-unknown-iage.eml", "Noah Blanc <noah.blanc@etu.unicaen.fr>", "cours IA",
     "bonjour le cours d'IA générative [[I3S5IAGE]] n'est pas sur ecampus alors qu'il est dans mon contrat pédagogique. j'ai aussi [[I3S5WEBD]] qui marche. ((LINF3|L3 info))",
     symptom="course_missing", role=S, note="code invented by student (unknown) plus a real one", date=d(9, 26, 19, 1))

mail("070-fwd-outlook-db.eml", "Isabelle Roy <isabelle.roy@unicaen.fr>", "TR: erreur ecampus",
     "Pour info, plusieurs étudiants me signalent ceci.\n\nDe : Thomas Bailly <thomas.bailly@etu.unicaen.fr>\nEnvoyé : dimanche 25 octobre 2026 09:47\nÀ : Isabelle Roy\nObjet : erreur ecampus\n\nMadame, impossible de rendre le devoir de [[4HIS0315]], ecampus affiche « Erreur de lecture de la base de données ». Le devoir est à rendre ce soir minuit. <<24081130>>",
     symptom="database_error", role=T, note="forwarded student complaint: database error", date=d(10, 25, 10, 15))

mail("071-du-cge-distance.eml", "Patrick Gauthier <patrick.gauthier@wanadoo.fr>", "Pas dans le groupe à distance",
     "Bonjour,\nJe suis en formation continue ((DUCGE|au DU capacité de gestion des entreprises)), à distance. Dans le cours de comptabilité [[DUCGE.01|DUCGE 01]] je suis dans le groupe présentiel et je ne vois pas les classes virtuelles.\nPatrick Gauthier\n<<26170042>>\n06 08 44 12 90",
     symptom="wrong_group", role=S, note="continuing education distance learner in presential group", date=d(10, 10, 9, 0))
g = frame.GOLD["071-du-cge-distance.eml"]; g["apogee_codes"].append("DUCGE01PRE"); g["apogee_codes_as_written"].append("groupe présentiel")

mail("072-en-pass.eml", "Amira Saleh <amira.saleh@etu.unicaen.fr>", "Missing course Biophysics",
     "Hello, I am a student, my courses are all there except biophysics [[PS1-UE05|PS1-UE5]]. Student number <<26020612>>. Thank you",
     lang="en", symptom="not_enrolled", role=S, note="English PASS student; digit dropped in code", date=d(9, 27, 20, 5))

mail("073-histoire-several-groups.eml", "Pierre Lacroix <pierre.lacroix@unicaen.fr>", "TD d'histoire médiévale",
     "Bonjour,\nDans [[4HIS0312|4his0312]], mon TD2 est vide alors que les TD1 et TD3 sont complets. Les étudiants de ((LHI2|deuxième année d'histoire)) concernés sont inscrits au groupe depuis le 21/09.\nP. Lacroix, MCF histoire médiévale",
     symptom="wrong_group", role=T, note="one TD group empty; three groups in words", date=d(9, 29, 11, 11))
g = frame.GOLD["073-histoire-several-groups.eml"]; g["apogee_codes"] += ["4HIS0312T2", "4HIS0312T1", "4HIS0312T3"]; g["apogee_codes_as_written"] += ["TD2", "TD1", "TD3"]; g["etapes_said"] = ["LHI2"]

mail("074-login-sms-allcaps.eml", "Dylan Morin <dylan.morin@etu.unicaen.fr>", "CONNEXION IMPOSSIBLE",
     "BONJOUR JE PEUX PAS ME CONNECTER A ECAMPUS DEPUIS 3 JOURS COMPTE BLOQUE ?? NUMERO <<25007001>> MERCI",
     symptom="cannot_login", role=S, note="all caps, account blocked", date=d(10, 21, 7, 30))

mail("075-visible-psy.eml", "Sylvie Marchal <sylvie.marchal@unicaen.fr>", "Etudiants à distance ne voient pas le cours",
     "Bonjour,\nLes étudiants du groupe CEMU de [[PSY.1.15]] ne voient pas le cours, ceux de TD oui. J'ai bien rendu le cours visible. ((LPSY1|Mes L1 psycho)) à distance sont environ 60.\nS. Marchal",
     symptom="students_cannot_see_course", role=T, note="distance students cannot see course; étape of her students", date=d(9, 23, 13, 0))
g = frame.GOLD["075-visible-psy.eml"]; g["apogee_codes"].append("PSY115CEMU"); g["apogee_codes_as_written"].append("groupe CEMU")
# reorder: group mentioned before element
g["apogee_codes"] = ["PSY115CEMU", "PSY.1.15"]; g["apogee_codes_as_written"] = ["groupe CEMU", "PSY.1.15"]
