from frame import mail, q, d
from mails_a import sig

S, T, U = "student", "staff", "unknown"

def H(rows, head):
    tr = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>\n" for r in rows)
    return "<table border=\"1\" style=\"border-collapse:collapse\"><tr>" + "".join(f"<th>{h}</th>" for h in head) + "</tr>\n" + tr + "</table>"

mail("016-info-algo-o-zero.eml", "Hugo Lemaire <hugo.lemaire@etu.unicaen.fr>", "pas inscrit algo",
     "Bonjour, je suis ((LINF3|en L3 informatique)) et je ne suis pas dans le cours [[I3S5ALGO|I3S5ALG0]] (algorithmique avancée). Le TD de jeudi a commencé.\nHugo, <<24017733>>",
     symptom="not_enrolled", role=S, note="O typed as zero in code; 'TD de jeudi' not a group", date=d(9, 24, 18, 2))

mail("017-staps-mauvais-groupe.eml", "Manon Lefebvre <manon.lefebvre@etu.unicaen.fr>", "Mauvais groupe en physiologie",
     "Bonjour,\nDans le cours de physiologie de l'effort [[ST.S3.12]] je suis dans le [[STS312-G1|G1]] alors que je suis en G3 sur ADE et au secrétariat (G3 = mercredi 8h, gymnase).\nNuméro étudiant <<25007719>>\nMerci\nManon",
     symptom="wrong_group", role=S, note="STAPS student in group 1 instead of 3; G3 also named", date=d(10, 1, 12, 45))
import frame
g = frame.GOLD["017-staps-mauvais-groupe.eml"]  # G3 is also a group of the cited course
g["apogee_codes"].append("STS312-G3"); g["apogee_codes_as_written"].append("G3")

mail("018-en-teacher-hidden.eml", "Sarah O'Neill <sarah.oneill@unicaen.fr>", "Students cannot see my course",
     """Dear colleagues,

My students in [[AN-31B]] (American literature, third year) tell me the course does not appear for them, while I can see it (greyed out). I teach this as a visiting lecturer from Dublin.
https://ecampus.unicaen.fr/course/view.php?id=60077

Many thanks,
Sarah O'Neill
Visiting lecturer, Department of English
Office 3A-212 | +33 2 31 56 58 90""", lang="en", symptom="students_cannot_see_course", role=T, note="English-speaking teacher, course hidden (greyed for her)", date=d(9, 11, 15, 30))

mail("019-spam.eml", "Service Messagerie <admin@mail-unicaen-verif.com>", "Votre boîte mail est pleine - action requise",
     "Cher utilisateur,\nVotre quota de 2 Go est atteint. Validez votre compte sous 24h sur http://unicaen-webmail-verif.com/login sinon il sera suspendu.\nRéf. dossier 20261012-4471\nL'équipe informatique",
     symptom="other", role=U, note="phishing spam", date=d(10, 12, 3, 14))

mail("020-absence.eml", "Bernard Caillaud <bernard.caillaud@unicaen.fr>", "Réponse automatique : [CEMU #319204] Votre demande",
     "Je suis absent du 19 au 30 octobre 2026 inclus. Pour toute question urgente concernant la Licence Droit, merci de contacter le secrétariat au 02 31 56 55 10.\nB. Caillaud",
     symptom="other", role=U, auto=True, note="out-of-office auto-reply", date=d(10, 19, 8, 0),
     headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})

mail("021-mdp.eml", "Yanis Benali <yanis.benali@etu.unicaen.fr>", "mot de passe",
     "bonjour j'arrive plus a me connecter a ecampus, mon mot de passe est refusé alors qu'il marche sur l'ENT. num <<26009040>>",
     symptom="cannot_login", role=S, note="password refused", date=d(9, 7, 22, 30))

mail("022-html-gs-tp.eml", "Claire Fontaine <claire.fontaine@unicaen.fr>", "Groupes de TP cartographie",
     text="Bonjour,\nLes groupes de TP de [[24GS1C01]] ne correspondent pas à ce que j'ai dans Apogée. Tableau joint dans le corps.\nC. Fontaine",
     html="<p>Bonjour,</p><p>Les groupes de TP de 24GS1C01 ne correspondent pas à ce que j'ai dans Apogée :</p>" + H([
         ["<<26012244>>", "[[24GS1C01P2|TP2]]", "TP3 (Ecampus)"], ["<<26012518>>", "TP2", "aucun groupe"], ["<<26013090>>", "[[24GS1C01P1|TP1]]", "TP3 (Ecampus)"]],
         ["N° étudiant", "Groupe Apogée", "Groupe Ecampus"]) + "<p>C. Fontaine, responsable L1 STE<br>Bât. Sciences 3, bureau 215</p>",
     symptom="wrong_group", role=T, note="HTML table: students in wrong TP groups", date=d(9, 30, 10, 10))
# TP3 of 24GS1C01 is also cited (Ecampus column) -- it is a group of the cited course
g = frame.GOLD["022-html-gs-tp.eml"]; g["apogee_codes"].insert(2, "24GS1C01P3"); g["apogee_codes_as_written"].insert(2, "TP3")

mail("023-inspe-prof.eml", "Gilles Morel <gilles.morel@unicaen.fr>", "Inscription enseignant 1CA153",
     "Bonjour,\nJe ne suis toujours pas inscrit comme enseignant dans l'espace (1CA153) Analyse du contexte, ni dans [[1CA154|1CA 154]]. Mes cours sont planifiés dans ADE depuis juin.\nGilles Morel, formateur INSPE site de Caen, 186 rue de la Délivrande",
     symptom="teacher_not_enrolled", role=T, note="INSPE trainer not enrolled; code in Moodle fullname form and one with a space", date=d(9, 8, 9, 0))
g = frame.GOLD["023-inspe-prof.eml"]; g["apogee_codes"].insert(0, "1CA153"); g["apogee_codes_as_written"].insert(0, "1CA153")

mail("024-iae-alternant.eml", "Lucie Fabre <lucie.fabre@etu.unicaen.fr>", "Cours manquants",
     "Bonjour,\nJe suis ((MAE1AP|en M1 MAE en apprentissage)) et je n'ai pas accès à [[IAEM1C12|IAEM1 C12]] ni à l'option contrôle de gestion [[IAEM1O21|IAE M1O21]]. \nMerci de votre aide,\nLucie Fabre\n<<25102877>>",
     symptom="not_enrolled", role=S, note="apprentice missing two IAE courses, codes split by spaces", date=d(9, 21, 13, 13))

mail("025-histoire-renomme.eml", "Martine Lefèvre <martine.lefevre@unicaen.fr>", "Mon cours a changé de nom ?",
     "Bonjour,\nMon cours d'histoire moderne [[4HIS0313]] s'appelle maintenant « ARCHIVE - Histoire moderne S3 » et se trouve dans une catégorie Archives. Tout mon contenu de l'an dernier y est. Que s'est-il passé ?\nMartine Lefèvre",
     symptom="course_moved_renamed", role=T, note="course archived/renamed", date=d(9, 3, 17, 40))

mail("026-en-login.eml", "Maria Rossi <maria.rossi@etu.unicaen.fr>", "login problem",
     "Hi, I can't log into Ecampus, it says my account doesn't exist. I'm an exchange student in ((LHI2|2nd year History)). Student ID <<26110214>>. Thanks, Maria",
     lang="en", symptom="cannot_login", role=S, note="exchange student cannot log in", date=d(9, 10, 9, 30))

mail("027-geo-archive-ancien-code.eml", "Paul Renaud <paul.renaud@unicaen.fr>", "cours introuvable",
     "Bonjour,\nJe cherche l'espace de mon cours de tectonique, l'an dernier c'était [[20GS3C07]]. Je ne le trouve plus du tout sur Ecampus, ni sous 24GS3C07.\nPaul",
     symptom="course_missing", role=T, note="old maquette code (unknown) and new code", date=d(9, 2, 10, 5))
g = frame.GOLD["027-geo-archive-ancien-code.eml"]; g["apogee_codes"].append("24GS3C07"); g["apogee_codes_as_written"].append("24GS3C07")

mail("028-psy-distance.eml", "Nathalie Brun <nathalie.brun@etu.unicaen.fr>", "Etudiante à distance - pas dans le bon groupe",
     "Bonjour,\nJe suis ((LPSY2|en L2 de psychologie)) à distance (télé-enseignement). Dans le cours de psychologie sociale [[PSY.2.12|PSY 2 12]] je suis mise dans le [[PSY212TD1|TD1]] présentiel au lieu du groupe CEMU. Je travaille à Rouen et ne peux pas venir le mardi.\nNathalie Brun\n<<23061190>>",
     symptom="wrong_group", role=S, note="distance student in presential group", date=d(10, 5, 20, 20))
g = frame.GOLD["028-psy-distance.eml"]; g["apogee_codes"].append("PSY212CEMU"); g["apogee_codes_as_written"].append("groupe CEMU")

mail("029-dashboard-filtre.eml", "Romain Caron <romain.caron@etu.unicaen.fr>", "Mes cours ont disparu",
     "bonjour, sur mon tableau de bord j'ai plus que 3 cours alors que j'en avais 9 la semaine dernière, notamment [[DR1-CON2|DR1 CON2]]. quand je cherche dans le catalogue je le trouve et je suis inscrit. svp\nRomain",
     symptom="course_not_on_dashboard", role=S, note="dashboard filter issue", date=d(11, 3, 11, 11))

mail("030-ufr-liste-multi.eml", "Isabelle Roy <isabelle.roy@unicaen.fr>", "Plusieurs étudiants non inscrits - L3 Histoire",
     """Bonjour,

Les étudiants ci-dessous, ((LHI3|en L3 Histoire)), ne sont inscrits dans aucun cours du S5 sur Ecampus alors que leurs IP sont faites :
- <<23002561>> DUPONT Arthur : [[4HIS0511]], [[4HIS0512]]
- <<23004418>> LEGRAND Inès : 4HIS0511, [[4HIS0514|4HIS 0514]]
- <<23007702|2300 7702>> MOREAU Jade : 4HIS0512

""" + sig("Isabelle Roy", "UFR HSS, scolarité Histoire", "56 49", "SA 118"),
     html="<p>Bonjour,</p><p>Les étudiants ci-dessous, en L3 Histoire, ne sont inscrits dans aucun cours du S5 :</p>" + H([["<<23002561>>", "DUPONT Arthur", "4HIS0511, 4HIS0512"], ["<<23004418>>", "LEGRAND Inès", "4HIS0511, 4HIS 0514"], ["<<23007702|2300 7702>>", "MOREAU Jade", "4HIS0512"]], ["N°", "Nom", "Cours"]) + "<p>Isabelle Roy, scolarité Histoire</p>",
     symptom="not_enrolled", role=T, note="list of three students and three courses; one number and one code with spaces; HTML table", date=d(9, 17, 15, 0))

mail("031-en-phd.eml", "Ahmed Karim <ahmed.karim@unicaen.fr>", "Teaching assistant - not enrolled as teacher",
     "Hello,\nI'm a PhD student (doctorant contractuel) teaching two lab groups in [[I1S1PROG]], groups [[I1S1PROGG2|TP2]] and TP3. I'm not enrolled as a teacher in the course so I can't grade. My sessions are on ADE.\nBest,\nAhmed Karim\nGREYC lab, office E-218",
     lang="en", symptom="teacher_not_enrolled", role=T, note="PhD TA not enrolled as teacher", date=d(9, 20, 10, 50))
g = frame.GOLD["031-en-phd.eml"]; g["apogee_codes"].append("I1S1PROGG3"); g["apogee_codes_as_written"].append("TP3")

mail("032-cohorte-question.eml", "Hélène Guérin <helene.guerin@unicaen.fr>", "cohortes",
     "Bonjour,\nQuelle est la différence entre une cohorte et l'inscription automatique ? Un collègue me conseille d'ajouter la cohorte des ((MEF1PD|M1 MEEF 1er degré)) dans [[1CA151]] pour aller plus vite. Est-ce une bonne idée ?\nHélène Guérin",
     symptom="cohort_question", role=T, note="teacher asks about cohort sync for her students (étape in words)", date=d(9, 6, 14, 0))

mail("033-pass-html-multi.eml", "Julie Marchand <julie.marchand@unicaen.fr>", "=?utf-8?q?Liste_=C3=A9tudiants_PASS_sans_cours?=",
     text="Bonjour, voir le tableau. Julie",
     html="<div>Bonjour,<br>Ces étudiants de ((PASS1|PASS)) n'ont pas accès à l'UE d'anatomie et/ou de biophysique :</div>" + H([
         ["<<26020001>>", "[[PS1-UE04]]", "[[PS1UE04ED1|ED1]]"], ["<<26020114>>", "PS1-UE04", "ED1"], ["<<26020237>>", "[[PS1-UE05|PS1UE05]]", "[[PS1UE05ED2|ED2]]"], ["<<26020388>>", "PS1-UE05", "ED2"]],
         ["Numéro", "UE", "ED"]) + "<div>Julie Marchand - Scolarité PASS/LAS - 02 31 56 82 40</div>",
     symptom="not_enrolled", role=T, note="HTML table, four PASS students, two UEs", date=d(9, 23, 9, 40), charset="utf-8", cte="base64")

mail("034-cas-en.eml", "Li Wei <li.wei@etu.unicaen.fr>", "CAS page",
     "Hello, after login I see 'CAS does not know your final destination'. I used the bookmark cas.unicaen.fr/login. What should I do? Li Wei, <<26114470>>",
     lang="en", symptom="cas_unknown_destination", role=S, note="CAS unknown destination in English", date=d(9, 5, 8, 20))

mail("035-merci.eml", "Philippe Roussel <philippe.roussel@unicaen.fr>", "RE: Je ne suis pas inscrit comme enseignant",
     "Merci, c'est en ordre pour les deux cours.\nPR\n\n-----Message d'origine-----\nDe : CEMU Assistance\nEnvoyé : jeudi 10 septembre 2026 16:03\nObjet : RE: Je ne suis pas inscrit comme enseignant\n\n" + q("La planification ADE de [[24GS3C03]] était rattachée à une fiche créée dans ADE seulement. C'est corrigé, vous serez inscrit demain."),
     symptom="other", role=T, note="thanks after fix; code in quoted reply", date=d(9, 11, 8, 5))

mail("036-gea-39-inconnu.eml", "Enzo Lambert <enzo.lambert@etu.unicaen.fr>", "cours marketing introuvable",
     "Bjr je trouve pas le cours [[B2GEA39]] marketing sur ecampus ((BGEA2|je suis en 2e annee GEA)). merci",
     symptom="course_missing", role=S, note="student cites a non-existent code (unknown)", date=d(10, 8, 17, 17))

mail("037-en-html-lecturer.eml", "David Smith <david.smith@unicaen.fr>", "Missing students in my course",
     text="Hello, several students are missing from my course, see the table below. David",
     html="<p>Hello,</p><p>The following students attend my seminar [[M.1.SO02]] (Enquête 2) every Tuesday but are not in the participants list:</p>" + H([
         ["<<25201155>>", "Garnier Pauline", "[[M1SO02TD1|TD1]]"], ["<<25201638>>", "Henry Louis", "TD1"]], ["Student number", "Name", "Group"]) +
     "<p>Kind regards,<br>David Smith<br>Senior lecturer, sociology - MRSH, office SA 309</p>",
     lang="en", symptom="not_enrolled", role=T, note="English HTML table, two missing students", date=d(10, 13, 11, 0))

mail("038-porteur-porte.eml", "Anne Vasseur <anne.vasseur@unicaen.fr>", "Étudiants de L2 disparus du cours d'art contemporain",
     """Bonjour,

Depuis que [[2HR5C]] est porté par [[M.1HRP9C]], les L2 ont disparu de l'espace. Les M1 sont bien là dans les groupes [[M.1HRP9CEM]] et M.1HRP9CTD.
Il y a environ 45 étudiants concernés.

Anne Vasseur
Maître de conférences en histoire de l'art""", symptom="not_enrolled", role=T, note="porteur/porté: L2 students vanished", date=d(9, 19, 10, 30))
g = frame.GOLD["038-porteur-porte.eml"]; g["apogee_codes"].append("M.1HRP9CTD"); g["apogee_codes_as_written"].append("M.1HRP9CTD")

mail("039-sed-groupe.eml", "Karine Aubert <karine.aubert@unicaen.fr>", "Groupes vides RCAED334",
     "Bonjour,\ndans [[RCAED334|RCAED-334]], les groupes de TD ([[RCAED334T1|TD1]] et TD2) sont vides, tous les étudiants sont dans « ELP » uniquement. Même chose dans [[RCAED331]].\nK. Aubert, responsable ((LSED3|L3 sciences de l'éducation))",
     symptom="wrong_group", role=T, note="groups empty, pseudo-group only; dash added in code; responsible of L3 (not étape said)", date=d(9, 22, 16, 45))
g = frame.GOLD["039-sed-groupe.eml"]; g["apogee_codes"].insert(2, "RCAED334T2"); g["apogee_codes_as_written"].insert(2, "TD2"); g["etapes_said"] = []

mail("040-fle-erasmus-en.eml", "Yuki Tanaka <yuki.tanaka@etu.unicaen.fr>", "French class course",
     "Hello,\nI am enrolled in the ((DUFLE|French as a foreign language diploma (DU FLE))) but I cannot see the course for written expression ([[DUFLE.01|DUFLE01]]) on Ecampus. My friend can.\nThank you!\nYuki (<<26130051>>)",
     lang="en", symptom="not_enrolled", role=S, note="DU FLE student in English, dot dropped", date=d(9, 30, 18, 0))

mail("041-droit-html-tableau-groupes.eml", "Sandrine Pierre <sandrine.pierre@unicaen.fr>", "Affectations TD droit administratif L2",
     text=None,
     html="<html><body><p>Bonjour,</p><p>Les étudiants ci-dessous ((LDR2|de L2 Droit)) apparaissent dans le mauvais TD dans [[DR2-ADM3]] :</p>" + H([
         ["<<25014872>>", "MARTIN Léa", "[[DR2ADM3TD2|TD 2]]", "[[DR2ADM3TD5|TD 5]]"], ["<<25015530>>", "NOEL Hugo", "TD 2", "TD 5"],
         ["<<25016041>>", "SIMON Eva", "[[DR2ADM3TD4|TD4]]", "TD 2"]], ["N°", "Nom", "Groupe Apogée", "Groupe Ecampus"]) +
     "<p>Merci d'avance<br>Sandrine Pierre<br>Scolarité Droit - bureau DR 005 - 02 31 56 50 71</p></body></html>",
     symptom="wrong_group", role=T, note="HTML-only table of students in wrong TD", date=d(10, 7, 14, 4), charset="windows-1252", cte="quoted-printable")

mail("042-prof-visible.eml", "Jérôme Vincent <jerome.vincent@unicaen.fr>", "les étudiants ne voient pas mon cours",
     "Bonjour,\nMes étudiants de réseaux ([[I2S4RESX|i2s4resx]]) me disent qu'ils ne voient pas le cours. De mon côté il est là, j'ai mis les supports. Faut-il faire quelque chose ?\nJ. Vincent\nEnvoyé de mon téléphone",
     symptom="students_cannot_see_course", role=T, note="hidden course, code lower case", date=d(9, 14, 12, 12))

mail("043-double-compte.eml", "Marc Hubert <marc.hubert@orange.fr>", "impossible de me connecter (vacataire)",
     "Bonjour,\nJe suis enseignant vacataire en GEA (fiscalité [[B1GEA22]]). A la première connexion, je suis bloqué sur la page de profil qui me demande une adresse mail que je ne peux pas modifier.\nMarc Hubert\nExpert-comptable, SIRET 512 334 098 00027\n14200 Hérouville-Saint-Clair",
     symptom="cannot_login", role=T, note="vacataire blocked on profile page; SIRET and postcode look-alikes", date=d(9, 12, 10, 0))

mail("044-db-connection.eml", "Océane Rivière <oceane.riviere@etu.unicaen.fr>", "Error: Database connection failed",
     "Bonjour, dimanche 9h30 j'avais le message Error: Database connection failed en voulant faire le quiz de [[STL2|STL2]] euh je veux dire du cours [[ST.S3.14]]. C'est normal ?\nOcéane <<25031177>>",
     symptom="database_error", role=S, note="database connection failed Sunday; étape code cited by code", date=d(10, 18, 12, 8))

mail("045-cohorte-retirer.eml", "Karine Aubert <karine.aubert@unicaen.fr>", "retirer synchro cohorte",
     "Bonjour,\nL'an dernier j'avais ajouté la cohorte de licence dans mon cours [[RCAED332]] et des anciens étudiants y sont encore. Comment retirer la méthode « Synchronisation des cohortes » ?\nMerci",
     symptom="cohort_question", role=T, note="remove a cohort sync", date=d(9, 25, 9, 9))

mail("046-en-dashboard.eml", "Emily Brown <emily.brown@etu.unicaen.fr>", "Course disappeared from my dashboard",
     "Hi,\nThe course Sociology of school (RCAED 332) is no longer on my dashboard but I can still open it from the link https://ecampus.unicaen.fr/course/view.php?id=59231. I'm in ((LSED3|third year of Educational Sciences)).\nEmily, <<26140089>>",
     lang="en", symptom="course_not_on_dashboard", role=S, note="English, dashboard", date=d(11, 9, 10, 10))
g = frame.GOLD["046-en-dashboard.eml"]; g["apogee_codes"].append("RCAED332"); g["apogee_codes_as_written"].append("RCAED 332"); g["schemes"] = ["sc. éducation RCAEDnnn (FAQ scheme)"]

mail("047-dsi-fwd.eml", "Olivier Leroy <olivier.leroy@unicaen.fr>", "TR: [GLPI #320117] Cours manquant",
     """Bonjour,
Je vous réaffecte ce ticket qui concerne Ecampus.
Olivier Leroy - DSI, pôle applications - poste 55 00

De : Baptiste Meunier <baptiste.meunier@etu.unicaen.fr>
Envoyé : mardi 6 octobre 2026 08:12
À : assistance@unicaen.fr
Objet : Cours manquant

Bonjour, le cours de bases de données [[I2S3BDDR|I2S3-BDDR]] n'existe pas sur ecampus, personne de ((LINF2|L2 info)) ne le trouve. N° <<25044310>>""",
     symptom="course_missing", role=T, note="DSI forwards a student ticket: course missing; dash added", date=d(10, 6, 9, 30))

mail("048-alt-iae-groupe.eml", "Fabienne Colas <fabienne.colas@unicaen.fr>", "groupe des alternants - M2",
     "Bonjour\nDans [[IAEM2O22]] (option entrepreneuriat) le groupe des alternants est vide, les FI sont bien dans leur groupe. Les apprentis ((MAE2AP|du M2 MAE apprentissage)) sont 18.\nF. Colas, IAE, 02 31 56 65 19",
     symptom="wrong_group", role=T, note="apprentices group empty (groups in words)", date=d(10, 2, 11, 40))
g = frame.GOLD["048-alt-iae-groupe.eml"]; g["apogee_codes"] += ["IAEM2O22AL", "IAEM2O22FI"]; g["apogee_codes_as_written"] += ["groupe des alternants", "FI"]

mail("049-nom-prenom-en.eml", "Sean Murphy <sean.murphy@etu.unicaen.fr>", "Wrong first name on Ecampus",
     "Hello, my first name shows as 'Sea' instead of 'Sean' on Ecampus and in the participants list of [[AN-10B]]. Who can fix it? Student no. <<26150203>>. Thanks",
     lang="en", symptom="wrong_name", role=S, note="wrong first name, English", date=d(9, 18, 13, 3))

mail("050-profs-trop-gea.eml", "Sophie Lenoir <sophie.lenoir@unicaen.fr>", "Enseignants en trop",
     "Bonjour,\nTous les enseignants du département (42 !) sont inscrits dans [[B3GEA51|B3 GEA51]] et [[B3GEA52]]. Aucune planification ADE pour eux. C'est le tuilage de septembre ?\nSophie",
     html="<p>Bonjour,</p><p>Tous les enseignants du département (42 !) sont inscrits dans ces cours :</p>" + H([["[[B3GEA51|B3 GEA51]]", "42", "0"], ["[[B3GEA52]]", "42", "0"]], ["Cours", "Enseignants inscrits", "Séances ADE"]) + "<p>C'est le tuilage de septembre ?<br>Sophie</p>",
     symptom="too_many_teachers", role=T, note="too many teachers in two courses; one code with a space; HTML table", date=d(9, 26, 9, 0))
