from frame import mail, q, d
from mails_b import H
import frame

S, T, U = "student", "staff", "unknown"

mail("076-en-erasmus-html.eml", "International Office <relations.internationales@unicaen.fr>", "Incoming exchange students without Ecampus courses",
     text="Dear CEMU team, please see the list of incoming students below. Best regards, International Office",
     html="<p>Dear CEMU team,</p><p>These incoming exchange students report that they see none of their courses:</p>" + H([
         ["<<26108833>>", "KOWALSKI Jan", "[[AN-21A]], [[AN-20B|AN-20 B]]"], ["<<26110214>>", "ROSSI Maria", "[[4HIS0312|4HIS 0312]]"], ["<<26113377>>", "NGUYEN Bao", "[[I2S3PROG]]"]],
         ["Student no.", "Name", "Courses (learning agreement)"]) + "<p>Best regards,<br>Direction des Relations Internationales<br>Tel. +33 (0)2 31 56 60 30</p>",
     lang="en", symptom="not_enrolled", role=T, note="International office HTML table, three students, several courses", date=d(10, 4, 10, 0))

mail("077-gea-tp-sms.eml", "Ambre Roger <ambre.roger@etu.unicaen.fr>", "tp",
     "bjr jsui en tp1b mais ecampus me met en tp1a pour [[B2GEA34|b2gea34]] (paie). merci <<25018832>>",
     symptom="wrong_group", role=S, note="SMS wrong TP group, groups named short", date=d(10, 13, 12, 40))
g = frame.GOLD["077-gea-tp-sms.eml"]
g["apogee_codes"] = ["B2GEA-TP1B", "B2GEA-TP1A", "B2GEA34"]; g["apogee_codes_as_written"] = ["tp1b", "tp1a", "b2gea34"]

mail("078-ecole-doctorale.eml", "Mélanie Carpentier <melanie.carpentier@unicaen.fr>", "Doctorante chargée de TD non inscrite",
     "Bonjour,\nJe suis doctorante (ED 556) et chargée de TD en [[DR1-HDI1|DR1-HDI-1]] (histoire du droit), groupes [[DR1HDI1TD3|TD3]] et TD4. Je n'ai pas accès au cours en tant qu'enseignante.\nMélanie Carpentier\nCentre de recherche, bureau 3-07, 02 31 56 51 49",
     symptom="teacher_not_enrolled", role=T, note="doctoral TA not enrolled; extra dash; ED 556 look-alike", date=d(9, 15, 17, 30))
g = frame.GOLD["078-ecole-doctorale.eml"]; g["apogee_codes"].append("DR1HDI1TD4"); g["apogee_codes_as_written"].append("TD4")

mail("079-bon-groupe-merci.eml", "Nathalie Brun <nathalie.brun@etu.unicaen.fr>", "Re: Etudiante à distance - pas dans le bon groupe",
     "Merci, je suis maintenant dans le bon groupe.\nBonne journée\n\nLe lun. 5 oct. 2026 à 20:20, Nathalie Brun a écrit :\n" + q("Dans le cours de psychologie sociale [[PSY.2.12|PSY 2 12]] je suis mise dans le TD1 présentiel au lieu du groupe CEMU."),
     symptom="other", role=S, note="thanks after fix; quoted mail cites codes", date=d(10, 8, 8, 8))
g = frame.GOLD["079-bon-groupe-merci.eml"]; g["apogee_codes"] += ["PSY212TD1", "PSY212CEMU"]; g["apogee_codes_as_written"] += ["TD1", "groupe CEMU"]

mail("080-lve-ia-annulee.eml", "Valérie Dumas <valerie.dumas@unicaen.fr>", "IA annulée puis refaite - étudiante plus inscrite",
     "Bonjour,\nL'IA de l'étudiante <<25140077>> a été annulée puis refaite le 2 octobre (changement ((LLCA2|vers la L2 LLCER anglais))). Depuis, elle n'est plus dans [[AN-20A]] ni [[AN-21B|AN21B]].\nValérie Dumas, scolarité LVE, 02 31 56 57 02",
     symptom="not_enrolled", role=T, note="IA cancelled then redone; one code dash dropped", date=d(10, 5, 10, 0))

mail("081-chimie-idnumber.eml", "Franck Olivier <franck.olivier@unicaen.fr>", "Changement n° d'identification du cours",
     "Bonjour,\nJ'ai modifié par erreur le « N° d'identification du cours » de mon espace de physiologie : j'ai mis PS1UE8 au lieu de [[PS1-UE08]]. Depuis plus personne. Pouvez-vous remettre ?\nF. Olivier",
     symptom="not_enrolled", role=T, note="idnumber changed manually; PS1UE8 written as the wrong idnumber, canonical cited too", date=d(9, 24, 9, 0))

mail("082-ticket-relance.eml", "Kevin Duval <kevin.duval@etu.unicaen.fr>", "Re: urgent",
     "toujours rien !!! ticket 318990, partiel le 16/10 a 8h amphi Pierre Daure\n\n> slt jsuis en staps 1ere annee et jai pas le cours danatomie [[ST.S1.11|st s1 11]]",
     symptom="not_enrolled", role=S, note="reminder with ticket number and quoted first mail", date=d(10, 9, 23, 2))

mail("083-html-info-prof.eml", "Jérôme Vincent <jerome.vincent@unicaen.fr>", "Récap des cours où je ne suis pas inscrit",
     text=None,
     html="<p>Bonjour,</p><p>Je ne suis pas inscrit comme enseignant dans ces espaces :</p>" + H([
         ["[[I2S4RESX]]", "Réseaux", "CM + [[I2S4RESXG1|TP1]]"], ["[[I3S5RESX|I3S5 RESX]]", "Réseaux avancés", "CM"], ["[[I2S3SYST]]", "Systèmes", "TP2, [[I2S3SYSTG3|TP3]]"]],
         ["Code", "Intitulé", "Mes séances ADE"]) + "<p>J. Vincent - salle E-104 - Moodle 4.1 d'après le pied de page</p>",
     symptom="teacher_not_enrolled", role=T, note="HTML-only table, teacher not enrolled in three courses", date=d(9, 18, 18, 0))
g = frame.GOLD["083-html-info-prof.eml"]; i = g["apogee_codes"].index("I2S3SYSTG3"); g["apogee_codes"].insert(i, "I2S3SYSTG2"); g["apogee_codes_as_written"].insert(i, "TP2")

mail("084-geo-cours-missing.eml", "Claire Fontaine <claire.fontaine@unicaen.fr>", "Espace de cours inexistant - géologie de terrain",
     "Bonjour,\nL'espace pour la sortie de terrain [[24GS5C04|24-GS5C04]] n'existe pas sur Ecampus. Il n'y a pas de groupe dans Apogée, juste une charge STAGE. Les ((L3GSC|L3 Sciences de la Terre)) partent le 12 octobre.\nClaire",
     symptom="course_missing", role=T, note="no course created (no groups, charge only); dash added", date=d(9, 29, 8, 0))
g = frame.GOLD["084-geo-cours-missing.eml"]; g["etapes_said"] = []  # a teacher's students' year? they are 'les L3' she writes about
g["etapes_said"] = ["L3GSC"]

mail("085-dashboard-passe.eml", "Camille Robert <camille.robert@etu.unicaen.fr>", "cours passé ?",
     "Bonjour\nLe cours de chimie générale [[PS1-UE01|PS1 UE01]] est dans « passés » sur mon tableau de bord alors qu'on est en plein semestre. Je le vois plus dans « en cours ».\nCamille",
     symptom="course_not_on_dashboard", role=S, note="course end date passed, filter 'en cours'", date=d(11, 2, 18, 30))

mail("086-staps-renomme.eml", "Thierry Noël <thierry.noel@unicaen.fr>", "cours déplacé",
     "Bonjour, mon cours de sociologie du sport [[ST.S2.13]] a été déplacé dans la catégorie « Archives 2025-2026 » et un nouveau cours vide ST.S2.13 est apparu. Comment je récupère mon contenu ?\nThierry",
     symptom="course_moved_renamed", role=T, note="archived then new empty course", date=d(9, 1, 14, 0))

mail("087-en-du-login.eml", "Carlos Mendes <carlos.mendes@hotmail.com>", "Cannot login - distance learner",
     "Good morning,\nI am a distance learner in the ((DUCGE|DU Capacité de Gestion des Entreprises)). I received my student number (<<26170155>>) but my password is not accepted on Ecampus. I work in Lisbon, phone +351 912 345 678.\nRegards, Carlos",
     lang="en", symptom="cannot_login", role=S, note="distance learner cannot log in (outsider address but says he is a student)", date=d(10, 6, 7, 0))

mail("088-soc-suspendu.eml", "Claire Vidal <claire.vidal@unicaen.fr>", "Plus d'étudiants dans mon cours",
     "Bonjour,\nTous les étudiants ont été suspendus dans [[M.1.MS03|M1.MS03]] (Théories du changement social). Dans Apogée l'élément porte la mention « Remplacé sur maquette ». ((MSOC1|Mes M1 socio)) n'ont plus accès.\nClaire Vidal, MCF",
     symptom="not_enrolled", role=T, note="element suspended in Apogée; dot dropped", date=d(9, 10, 12, 0))

mail("089-geo-wrong-course.eml", "Maxime Fleury <maxime.fleury@etu.unicaen.fr>", "inscrit dans le mauvais cours",
     "Bonjour, je ne trouve pas la carto [[24GS1C01|24GS1CO1]]. Par contre je suis inscrit dans un truc de L2. <<26012802>>",
     symptom="not_enrolled", role=S, note="O for 0 in code", date=d(9, 19, 21, 21))

mail("090-base64-winlatin.eml", "Gérard Lemoine <gerard.lemoine@unicaen.fr>", "=?windows-1252?q?Probl=E8me_inscription_=E9tudiants_DU?=",
     "Bonjour,\nLes stagiaires de formation continue du DU FLE (groupe présentiel) ne sont pas inscrits dans [[DUFLE.02]] et [[DUFLE.03|DUFLE-03]]. Ils sont 14, liste à venir.\n\nGérard Lemoine\nResponsable pédagogique DU FLE\nCarré international – 02 31 56 67 80",
     symptom="not_enrolled", role=T, note="windows-1252 base64; two DU courses, dot replaced by dash", date=d(10, 12, 9, 30), charset="windows-1252", cte="base64")

mail("091-cohorte-tardive.eml", "Sandrine Pierre <sandrine.pierre@unicaen.fr>", "synchro cohorte pour inscriptions tardives ?",
     "Bonjour,\nUne vingtaine d'étudiants ((LDR1|de L1 droit)) ont été inscrits tardivement (IA le 30/09). Puis-je ajouter la cohorte LDR1 dans [[DR1-CIV1]] en attendant que les IP soient saisies ?\nSandrine",
     symptom="cohort_question", role=T, note="cohort as temporary fix; étape both in words and by code (code wins)", date=d(10, 1, 15, 20))
g = frame.GOLD["091-cohorte-tardive.eml"]; g["etapes_said"] = []; g["apogee_codes"].insert(0, "LDR1"); g["apogee_codes_as_written"].insert(0, "LDR1")

mail("092-screenshot.eml", "Inès Belkacem <25033107@etu.unicaen.fr>", "capture",
     "voila la capture d'ecran du message, c'est pour le cours de stats [[PSY.2.14|psy.2.14]] que je ne vois pas dans mes cours",
     symptom="course_not_on_dashboard", role=S, note="follow-up with screenshot attachment", date=d(10, 6, 8, 40), attach=["capture ecran 2026-10-06.png"])

mail("093-iae-multi-html.eml", "Fabienne Colas <fabienne.colas@unicaen.fr>", "Alternants M1 - inscriptions manquantes",
     text="Bonjour,\nVoir le tableau (format HTML).\nFabienne",
     html="<p>Bonjour,</p><p>Apprentis ((MAE1AP|du M1 MAE apprentissage)) non inscrits :</p>" + H([
         ["<<25102877>>", "FABRE Lucie", "[[IAEM1C12]] / [[IAEM1O21]]"], ["<<25103301>>", "KLEIN Tom", "[[IAEM1C13|IAEM1-C13]]"], ["<<25103566>>", "ZAOUI Sarah", "IAEM1C12"]],
         ["N° étudiant", "Nom", "Cours"]) + "<p>Fabienne Colas<br>Chargée des relations entreprises, IAE Caen<br>02 31 56 65 19</p>",
     symptom="not_enrolled", role=T, note="HTML table of apprentices and courses", date=d(9, 22, 11, 0))

mail("094-droit-capacite.eml", "Rose Lemaitre <rose.lemaitre@laposte.net>", "pas accès",
     "Bonjour,\nJe suis inscrite ((CAPDR|en capacité en droit)) à distance et je n'ai accès à rien sur Ecampus, j'ai bien reçu mes identifiants. INE 090807065AB.\nRose Lemaitre",
     symptom="not_enrolled", role=S, note="capacité en droit distance, INE look-alike only", date=d(10, 16, 20, 50))

mail("095-en-complaint-allcourses.eml", "Tom Walker <tom.walker@etu.unicaen.fr>", "Wrong group in Tectonics",
     "Hi, in Tectonics (24GS4C07) I am in TP1 but I attend TP2 on Wednesdays. Student number <<25060071>>. Thanks, Tom",
     lang="en", symptom="wrong_group", role=S, note="English, wrong TP group", date=d(10, 20, 13, 13))
g = frame.GOLD["095-en-complaint-allcourses.eml"]
g["apogee_codes"] = ["24GS4C07", "24GS4C07P1", "24GS4C07P2"]; g["apogee_codes_as_written"] = ["24GS4C07", "TP1", "TP2"]; g["schemes"] = ["géosciences mqGSsCnn (invented)"]

mail("096-but-r105.eml", "Léo Garnier <leo.garnier@etu.unicaen.fr>", "ressource R1.05 pas sur ecampus",
     "Bonjour, la ressource R1.05 (droit du travail, [[B1GEA14|B1GEA 14]]) n'est pas dans mes cours alors que je suis dans le groupe alternants. merci. <<26003702>>",
     symptom="not_enrolled", role=S, note="BUT resource name look-alike plus code with space; apprentices group of the cited course", date=d(9, 23, 17, 45))
g = frame.GOLD["096-but-r105.eml"]; g["apogee_codes"].append("B1GEA-ALT"); g["apogee_codes_as_written"].append("groupe alternants")

mail("097-teacher-students-missing-hist.eml", "Pierre Lacroix <pierre.lacroix@unicaen.fr>", "participants manquants",
     "Bonjour,\nIl manque une dizaine d'étudiants dans les participants de [[4HIS0412]] (médiévale S4) et de [[4HIS0318]] que je croyais ouvert ce semestre ?\nPierre Lacroix\n--\nUFR HSS - Département d'histoire\nEsplanade de la Paix, 14032 Caen cedex 5",
     symptom="not_enrolled", role=T, note="students missing; second code unknown", date=d(10, 22, 10, 25))

mail("098-nom-usage.eml", "Aurélie Masson <aurelie.masson@unicaen.fr>", "Nom d'usage d'une étudiante",
     "Bonjour,\nUne étudiante ((MEF1AN|de M1 MEEF anglais)), <<25190044>>, apparaît sous son nom de naissance sur Ecampus alors qu'elle a demandé son nom d'usage. Est-ce à vous de le modifier ?\nA. Masson, secrétariat INSPE",
     symptom="wrong_name", role=T, note="staff: wrong name of a student", date=d(10, 27, 9, 12))

mail("099-en-participants.eml", "Priya Nair <priya.nair@unicaen.fr>", "Cannot find participants list",
     "Hello, I'm new at the IAE and I cannot find the list of participants in my course IAEM2C13 — there is no block on the right. How do I see who is enrolled?\nPriya Nair, Assistant Professor, office 2.14",
     lang="en", symptom="participants_block_missing", role=T, note="participants block, English", date=d(9, 8, 11, 0))
g = frame.GOLD["099-en-participants.eml"]; g["apogee_codes"] = ["IAEM2C13"]; g["apogee_codes_as_written"] = ["IAEM2C13"]; g["schemes"] = ["IAE IAEMyKnn (invented)"]

mail("100-etudiants-voient-pas-droit.eml", "Sandrine Pierre <sandrine.pierre@unicaen.fr>", "TR: mon cours n'est pas visible",
     "Bonjour, je vous transmets le message d'un enseignant.\n\n---------- Message transféré ---------\nDe : Hervé Tanguy <herve.tanguy@unicaen.fr>\nDate : mer. 16 sept. 2026 à 18:02\nObjet : mon cours n'est pas visible\n\nBonjour Sandrine, les étudiants me disent qu'ils ne voient pas mon cours de droit des obligations [[DR2-OBL4|DR2 OBL4]], ni le [[DR2-OBL3|Dr2-obl3]]. Moi je les vois en gris. https://ecampus.unicaen.fr/course/view.php?id=60311\nHervé Tanguy, chargé d'enseignement",
     symptom="students_cannot_see_course", role=T, note="forwarded: teacher's courses hidden (greyed); codes with space and mixed case", date=d(9, 17, 9, 0))
