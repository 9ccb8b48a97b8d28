SIG_STAFF = "\n\n--\n{n}\n{f}\nUniversité de Caen Normandie\nEsplanade de la Paix - CS 14032 - 14032 CAEN Cedex 5\nTél. 02 31 56 {p}\nBureau {b}\n"
def sig(n, f, p="55 12", b="SA-214"): return SIG_STAFF.format(n=n, f=f, p=p, b=b)
# 1 not_enrolled, student, L2 droit, group in words
M("etu-l2-droit-pas-cours", "Lucas Marie <lucas.marie@etu.unicaen.fr>", "je vois pas mon cours de droit administratif",
  "bonjour\n\nje suis en L2 droit et je vois pas le cours DR2ADM1 sur ecampus, tous mes potes du TD2 l'ont. moi rien dans la liste.\nmon numero etudiant 22104587\n\nmerci\nlucas",
  "not_enrolled", "student", codes=[("DR2ADM1","DR2ADM1"),("DR2ADM1TD2","TD2")], nums=["22104587"], etp=["DRL2"], sch=[S["DR"]], note="L2 droit student lacks DR2ADM1, names his TD2")
# 2 course_moved_renamed, staff teacher, renamed course
M("ens-cours-renomme", "Catherine Lebrun <catherine.lebrun@unicaen.fr>", "Mon cours a changé de nom et de catégorie ?",
  "Bonjour,\n\nCe matin mon espace « (H2HIS05) Géographie humaine » s'appelle maintenant « [ARCHIVE] Géographie humaine » et il se trouve dans une catégorie Archives 2025-2026. Tous mes contenus sont dedans mais les étudiants ne le voient plus.\nLa scolarité m'a dit que la maquette avait changé cet été, le nouveau code serait H2HIS15.\nhttps://ecampus.unicaen.fr/course/view.php?id=48213\n\nQue dois-je faire ? Copier le contenu ?\n" + sig("Catherine Lebrun", "Maître de conférences, UFR HSS", "56 41", "MRSH SR-118"),
  "course_moved_renamed", "staff", codes=[("H2HIS05","H2HIS05"),("H2HIS15","H2HIS15")], ids=[48213], sch=[S["HIS"]], note="teacher's course archived after code change in the maquette")
# 3 course_not_on_dashboard, student en, visible by link
M("erasmus-in-dashboard", "Giulia Romano <22500913@etu.unicaen.fr>", "Course not in my courses page",
  "Hello,\n\nI am an exchange student from Bologna. My teacher sent me the link https://ecampus.unicaen.fr/course/view.php?id=51022 and I can open it and I see the documents, but the course is NOT in \"My courses\" and not on the dashboard, so each time I need to search my email for the link. The course is LE3 ESP2 (Spanish translation).\nIs it normal?\n\nThank you\nGiulia",
  "course_not_on_dashboard", "student", codes=[("LE.3ESP2","LE3 ESP2")], nums=["22500913"], ids=[51022], lang="en", sch=[S["LEA"]], note="incoming exchange student reaches course by link but not in My courses")
# 4 course_missing, student, can't find at all, damaged code
M("etu-psy-cours-introuvable", "Ines Haddad <ines.haddad@etu.unicaen.fr>", "cours introuvable",
  "Bonjour,\nJe cherche le cours de methodo stat (psy214 sur mon emploi du temps ADE) mais il n'existe nulle part, j'ai tapé le nom dans la recherche des cours : 0 résultat. Ni par le code ni par le nom. Le prof nous a dit de déposer le devoir dessus avant vendredi 18h !!\nInes Haddad 22207711",
  "course_missing", "student", codes=[("PSY-214","psy214")], nums=["22207711"], sch=[S["PSY"]], note="student cannot find the course at all in the search")
# 5 wrong_group, student, distance in face-to-face group
M("etu-distance-mauvais-groupe", "Thomas Girard <thomas.girard@etu.unicaen.fr>", "Groupe présentiel alors que je suis à distance",
  "Bonjour,\n\nJe suis inscrit en L2 psycho à distance (je travaille à Rouen) et sur le cours PSY-214 je suis mis dans le TD 3 du mardi 14h salle S3-045 au lieu du groupe EAD. Du coup je n'ai pas accès aux devoirs des distanciels.\n\nCordialement,\nThomas Girard\n21908834",
  "wrong_group", "student", codes=[("PSY-214","PSY-214"),("PSY214-TD3","TD 3"),("PSY214-EAD","groupe EAD")], nums=["21908834"], etp=["PSYD2"], sch=[S["PSY"]], note="distance student put in a face-to-face TD group", cs="iso-8859-1", cte="quoted-printable")
# 6 not_enrolled staff table HTML, students not in participants
M("scol-tableau-manquants", "Secretariat LEA <sandrine.poulain@unicaen.fr>", "Etudiants absents des participants - LEA",
  None, "not_enrolled", "staff", codes=[("LE.3ESP2","LE.3ESP2"),("LE.3ALL1","LE.3ALL1"),("LE3ALL1TD2","LE3ALL1TD2")], nums=["22003318","21807765","22109054"],
  sch=[S["LEA"]], note="secretary lists students missing from participants of two LEA courses (HTML table)", htmlonly=True,
  html="<html><body><p>Bonjour,</p><p>Les enseignants de L3 LEA me signalent que les étudiants suivants ne figurent pas dans les participants :</p><table border='1'><tr><th>N° étudiant</th><th>Nom</th><th>Cours</th><th>Groupe</th></tr><tr><td>22003318</td><td>DUVAL Emma</td><td>LE.3ESP2</td><td>-</td></tr><tr><td>21807765</td><td>KONE Awa</td><td>LE.3ALL1</td><td>LE3ALL1TD2</td></tr><tr><td>22109054</td><td>PETIT Hugo</td><td>LE.3ESP2</td><td>-</td></tr></table><p>Les IP ont été saisies le 2 octobre. Merci d'avance.</p><p>Sandrine Poulain<br>Scolarité UFR LVE - bureau L-204<br>02 31 56 58 40</p></body></html>")
# 7 database_error, student, pasted english error
M("etu-db-error-en", "Maxime Roussel <maxime.roussel@etu.unicaen.fr>", "ecampus marche plus",
  "ecampus affiche ca depuis ce matin 9h30 :\n\nError: Database connection failed\nIt is possible that the database is overloaded or otherwise not running properly.\nThe site administrator should also check that the database details have been correctly specified in config.php\n\nj'ai un quiz a rendre pour INF-2A07 ce midi, ca va etre compté ??",
  "database_error", "student", codes=[("INF-2A07","INF-2A07")], sch=[S["INF"]], note="Sunday morning database connection failed pasted by a student")
# 8 students_cannot_see_course teacher, hidden course
M("ens-etudiants-voient-pas", "Philippe Morel <philippe.morel@unicaen.fr>", "Mes étudiants ne voient pas mon cours",
  "Bonjour,\n\nJe suis bien enseignant du cours GEA3R05 (Marketing, semestre 3), je le vois dans ma liste, un peu grisé je crois, mais les étudiants de la promo (environ 84) me disent qu'ils ne le trouvent pas. Pourtant ils sont bien dans la liste des participants !\nLien : https://ecampus.unicaen.fr/course/view.php?id=50117\n\nMerci\nPh. Morel\nIUT Grand Ouest Normandie - GEA Caen\n02 31 56 70 12 / 06 12 44 85 90",
  "students_cannot_see_course", "staff", codes=[("GEA3R05","GEA3R05")], ids=[50117], sch=[S["GEA"]], note="teacher's course greyed (hidden); students enrolled but cannot see it")
# 9 teachers cannot see students (not_enrolled from staff side) vs students cannot see course
M("ens-voit-pas-ses-etudiants", "Nadia Benali <nadia.benali@unicaen.fr>", "Aucun étudiant dans mon cours INF-3B04",
  "Bonjour,\n\nDans mon cours INF 3B04 (Systèmes 2) je ne vois aucun étudiant dans les participants, uniquement moi et un collègue. Les TP commencent lundi en salle S2-112, les L3 info sont 96. Est-ce que les inscriptions pédagogiques jusqu'au groupe ont été faites ?\n\nBien à vous,\nNadia Benali\nMCF Informatique - Campus 2, bureau S2-310",
  "not_enrolled", "staff", codes=[("INF-3B04","INF 3B04")], etp=["INFL3"], sch=[S["INF"]], note="teacher sees no students in participants (students missing, not hidden course)")
# 10 erasmus departure, student abroad
M("etu-erasmus-depart", "Chloe Lefevre <chloe.lefevre@etu.unicaen.fr>", "acces aux cours depuis l'Espagne",
  "Bonjour,\n\nje suis en Erasmus à Salamanca ce semestre (Eras+ départ S1). Depuis septembre je n'ai plus aucun cours sur ecampus alors que je dois quand même rendre le dossier du cours AN21A pour valider. Est ce que vous pouvez me remettre dedans ?\n\nChloé Lefèvre\n22006612\n+34 612 40 88 17",
  "not_enrolled", "student", codes=[("AN-21A","AN21A")], nums=["22006612"], sch=[S["AN"]], note="Erasmus departure student lost all courses, wants one back")
def S1(slug, frm, subj, body, sym, role, **k): M(slug, frm, subj, body, sym, role, **k)
M("erasmus-retour", "Yanis Barbier <21705521@etu.unicaen.fr>", "Retour d'Erasmus, plus de cours",
  "Bonjour, je suis rentré de Dublin en janvier (départ S1 seulement) mais depuis le début du S2 je n'ai toujours aucun cours dans mes cours, notamment DR3FIS 2 et dr3pen2. je suis en L3 droit. merci", "not_enrolled", "student",
  codes=[("DR3FIS2","DR3FIS 2"),("DR3PEN2","dr3pen2")], nums=["21705521"], etp=["DRL3"], sch=[S["DR"]], note="Erasmus S1-only departure back, still no courses (annual modality?)")
M("scol-apogee-hier", "Julie Caron <julie.caron@unicaen.fr>", "Modification APOGEE d'hier non prise en compte",
  "Bonjour,\n\nHier à 16h j'ai affecté l'étudiant 22301147 au groupe G3R05ALT (alternants) pour GEA3R05 dans Apogée. Ce matin il n'est toujours pas dans le cours Ecampus. Faut-il attendre encore ?\n" + sig("Julie Caron","Scolarité IUT - département GEA","70 05","B-012"),
  "not_enrolled", "staff", codes=[("G3R05ALT","G3R05ALT"),("GEA3R05","GEA3R05")], nums=["22301147"], sch=[S["GEA"]], note="change in APOGÉE yesterday afternoon not yet on Ecampus")
M("etu-aucun-groupe", "Sarah Meunier <sarah.meunier@etu.unicaen.fr>", "pas de groupe dans le cours",
  "Bonjour, dans le cours d'algorithmique (INF-1A01) je suis bien inscrite mais je ne suis dans aucun groupe de TP, du coup je vois pas les sujets du TP2 qui sont réservés aux groupes. Je suis en L1 info. 22408870",
  "wrong_group", "student", codes=[("INF-1A01","INF-1A01")], nums=["22408870"], etp=["INFL1"], sch=[S["INF"]], note="student enrolled but in no group")
M("ens-pas-enseignant", "Marc Vasseur <marc.vasseur@unicaen.fr>", "Pas inscrit comme enseignant",
  "Bonjour,\nJe donne le CM de Droit des obligations (DR2OBL1) depuis 3 ans, mais cette année je n'apparais pas comme enseignant dans l'espace https://ecampus.unicaen.fr/course/view.php?id=47755. Je ne peux rien déposer. Mes séances sont pourtant dans ADE (amphi B, jeudi 8h).\nCordialement\nM. Vasseur", "teacher_not_enrolled", "staff",
  codes=[("DR2OBL1","DR2OBL1")], ids=[47755], sch=[S["DR"]], note="teacher not enrolled as teacher despite ADE planning")
M("etu-nom-faux", "Oceane Lemaitre <oceane.lemaitre@etu.unicaen.fr>", "Mon nom est mal écrit",
  "Bonjour,\nsur ecampus mon nom est écrit LEMAITRE Oceanne avec deux n, c'est Océane. Comment le corriger ? Je suis en BUT GEA 2e année.\nMerci", "wrong_name", "student", etp=["BGEA2"], sch=[], note="first name misspelled on the platform")
M("etu-cas-destination", "Kevin Hamon <22311203@etu.unicaen.fr>", "connexion",
  "bjr quand je me connecte ca me met Connexion réussie Bienvenue 22311203 mais CAS ne connaît pas votre destination finale et jreste bloqué là. j'arrive jamais sur ecampus", "cas_unknown_destination", "student",
  nums=["22311203"], note="CAS success page without destination")
M("etu-login", "Lea Fontaine <lea.fontaine@gmail.com>", "impossible de me connecter",
  "Bonjour je n'arrive pas a me connecter a ecampus, identifiant ou mot de passe incorrect alors que j'ai réinitialisé le mot de passe hier. Je suis inscrite en DU capacité de gestion à distance. Mon numéro 22512008.\nLéa", "cannot_login", "student",
  nums=["22512008"], etp=["DUCG1"], sch=[], note="distance DU student cannot log in after reset")
M("ens-trop-enseignants", "Herve Olivier <herve.olivier@unicaen.fr>", "14 enseignants dans mon cours ??",
  "Bonjour,\n\nDans le cours M.1HRP9C il y a 14 enseignants inscrits dont je ne connais pas la moitié, ils reçoivent les notifications du forum. Je suis seul responsable avec une collègue. Pouvez-vous nettoyer ?\n\nHervé Olivier\nPR Histoire contemporaine", "too_many_teachers", "staff",
  codes=[("M.1HRP9C","M.1HRP9C")], sch=[S["MHR"]], note="too many teachers enrolled")
M("ens-participants-bloc", "Agnes Roy <agnes.roy@unicaen.fr>", "Bloc participants disparu",
  "Bonjour,\nle bloc Participants qui était à droite dans mon cours MF1D003 a disparu. Où puis-je voir la liste de mes étudiants maintenant ?\nAgnès Roy, INSPE site de Caen", "participants_block_missing", "staff",
  codes=[("MF1D003","MF1D003")], sch=[S["MF"]], note="participants block no longer on the right")
M("ens-cohorte", "Bruno Lecomte <bruno.lecomte@unicaen.fr>", "Ajouter une cohorte à mon espace",
  "Bonjour,\n\nPuis-je ajouter la cohorte des L1 LLCE anglais à mon cours AN-10A en attendant que les IP soient faites ? La promo fait 120 et seuls 40 sont inscrits. Comment la retirer ensuite ?\n\nB. Lecomte", "cohort_question", "staff",
  codes=[("AN-10A","AN-10A")], etp=["LANG1"], sch=[S["AN"]], note="teacher asks to add a cohort temporarily")
M("merci-regle", "Ines Haddad <ines.haddad@etu.unicaen.fr>", "Re: cours introuvable",
  "C'est bon je le vois maintenant, merci beaucoup !!\n\nLe 12/09/2026 à 10:14, CEMU Assistance a écrit :\n> Bonjour, pouvez-vous nous donner le code du cours (PSY-214) ?\n", "other", "student",
  codes=[("PSY-214","PSY-214")], sch=[S["PSY"]], note="thanks, problem solved", irt="<004.etu-psy-cours-introuvable.1704@etu.unicaen.fr>")
M("english-group-wrong", "Jonas Weber <jonas.weber@etu.unicaen.fr>", "Wrong TD group in civil law",
  "Hi,\nI'm an Erasmus student from Leipzig. In the course DR1-CIV1 I've been placed in TD1 but my learning agreement says TD5 (Wednesday). My classmates in TD5 get messages I don't get.\nStudent number 22600127\nBest, Jonas", "wrong_group", "student", lang="en",
  codes=[("DR1CIV1","DR1-CIV1"),("DR1CIV1TD1","TD1"),("DR1CIV1TD5","TD5")], nums=["22600127"], sch=[S["DR"]], note="incoming Erasmus in wrong TD group")
M("fwd-db-error-fr", "Claire Dubois <claire.dubois@unicaen.fr>", "TR: erreur ecampus",
  "Bonjour,\nje vous transfère le message d'un étudiant.\nClaire Dubois, secrétariat pédagogique Psychologie\n\n---------- Message transféré ----------\nDe : Paul Henry <22102290@etu.unicaen.fr>\nDate : dim. 11 oct. 2026 à 10:02\nObjet : erreur\n\nMadame, en voulant ouvrir le cours PSY321 j'ai : « Erreur de lecture de la base de données ». Plus rien ne marche.\n", "database_error", "staff",
  codes=[("PSY-321","PSY321")], nums=["22102290"], sch=[S["PSY"]], note="forwarded student mail with French database read error")
M("etu-renomme-annee", "Mathis Colin <mathis.colin@etu.unicaen.fr>", "Le cours a changé d'année ??",
  "Bonjour, le cours de cartographie de l'an dernier H1HIS06 est maintenant rangé dans la catégorie L2 Histoire et son nom a changé en « Cartographie (ancien) ». Je redouble la L1 histoire, est-ce que c'est toujours le bon ? mon num 22200541", "course_moved_renamed", "student",
  codes=[("H1HIS06","H1HIS06")], nums=["22200541"], etp=["HISL1"], sch=[S["HIS"]], note="course moved to another year's category and renamed")
M("en-cannot-find", "Aisha Khan <aisha.khan@hotmail.com>", "Cannot find the Chinese course",
  "Dear support,\nI cannot find the course LE.1CHI1 anywhere on ecampus, the search gives nothing. Maybe it has not been created? I am in first year LEA.\nRegards,\nAisha Khan (student no. 22507764)", "course_missing", "student", lang="en",
  codes=[("LE.1CHI1","LE.1CHI1")], nums=["22507764"], etp=["LEAL1"], sch=[S["LEA"]], note="course not found at all")
M("spam-office", "Microsoft Office 365 <no-reply@office365-unicaen-verify.com>", "Votre boîte mail est pleine - action requise",
  "Cher utilisateur,\nVotre quota Office 365 est atteint (99,8%). Cliquez ici pour valider votre compte avant 24h sinon il sera supprimé.\nRéf. ticket 4481-2290-1177", "other", "unknown", note="phishing spam")
M("autoreply", "Jean-Luc Perrin <jean-luc.perrin@unicaen.fr>", "Réponse automatique : [CEMU #318822] cours INF-2A07",
  "Je suis absent jusqu'au 2 novembre. Pour toute urgence concernant la L2 informatique, contacter le secrétariat au 02 31 56 73 00.", "other", "unknown", auto=True,
  codes=[("INF-2A07","INF-2A07")], sch=[S["INF"]], note="out of office reply")
import html as _h
def H(b): return "<html><body><div style='font-family:Calibri'>" + "".join(f"<p>{_h.escape(x)}</p>" for x in b.split("\n")) + "</div></body></html>"
def Q(slug, frm, subj, body, sym, role, h=False, **k):
    k.setdefault("html", H(body) if h else None)
    M(slug, frm, subj, body, sym, role, **k)
E_ = "en"
Q("dash-filtre", "Manon Guerin <manon.guerin@etu.unicaen.fr>", "cours disparu du tableau de bord",
  "Bonjour, le cours d'anglais scientifique PSY 318 a disparu de mon tableau de bord depuis hier, mais quand j'ouvre le lien que la prof a mis sur teams https://ecampus.unicaen.fr/course/view.php?id=49902 ca marche. Je comprends pas.\nManon 22005490", "course_not_on_dashboard", "student",
  codes=[("PSY-318","PSY 318")], nums=["22005490"], ids=[49902], sch=[S["PSY"]], note="course gone from dashboard but opens by link")
Q("dash-en-past", "Lukas Novak <22600455@etu.unicaen.fr>", "Course vanished from dashboard",
  "Hello,\nthe course Web 1 (INF3A09) is not in my dashboard any more. When I click on \"All\" in course overview I see it, but not in \"In progress\". Did I do something wrong?\nLukas", "course_not_on_dashboard", "student", lang=E_,
  codes=[("INF-3A09","INF3A09")], nums=["22600455"], sch=[S["INF"]], note="course past/filtered on dashboard")
Q("dash-page2", "Emma Roux <emma.roux@etu.unicaen.fr>", "MES COURS INCOMPLETS",
  "BONJOUR JE N'AI QUE 12 COURS DANS MES COURS ALORS QUE J'EN AI 15 EN L1 LEA, IL MANQUE ALLEMAND LEA 2 (LE1ALL2) ET LES AUTRES JE SAIS PLUS. JE PEUX Y ALLER PAR LA RECHERCHE. MERCI", "course_not_on_dashboard", "student",
  codes=[("LE.1ALL2","LE1ALL2")], etp=["LEAL1"], sch=[S["LEA"]], note="courses missing from Mes cours (pagination), reachable by search")
Q("dash-etu-html", "Valerie Marchand <valerie.marchand@etu.unicaen.fr>", "Cours absent de Mes cours",
  "Bonjour,\nje suis en M2 MEEF 2nd degré et je suis inscrite sur MF2S104 (Numérique éducatif) et MF2S004 : le premier n'apparaît pas dans Mes cours ni sur le tableau de bord, alors que j'y accède très bien par le lien envoyé par la formatrice.\nCordialement,\nValérie Marchand\n14000 Caen", "course_not_on_dashboard", "student", etp=["ME2SD"], h=True,
  codes=[("MF2S104","MF2S104"),("MF2S004","MF2S004")], sch=[S["MF"]], note="teacher's course reachable by link but not in Mes cours", att="capture_MF2S104.png")
Q("dash-en-star", "Priya Sharma <priya.sharma@etu.unicaen.fr>", "RE: course not showing",
  "Hi again,\nI checked: I am enrolled in GEA1R07 (English) since the teacher sees me in participants, but the course does not show on my dashboard, only the others of the BUT GEA first year. The link from the timetable works.\nThanks\nPriya\n\n> On 02/10/2026, CEMU wrote:\n> Are you sure you are enrolled?", "course_not_on_dashboard", "student", lang=E_, h=True,
  codes=[("GEA1R07","GEA1R07")], etp=["BGEA1"], sch=[S["GEA"]], note="enrolled, course not shown on dashboard")
Q("missing-porte", "Sylvie Masson <sylvie.masson@unicaen.fr>", "Cours 2HR5C inexistant sur Ecampus",
  "Bonjour,\nle cours 2HR5C n'existe pas sur Ecampus, je ne le trouve nulle part. Il est mutualisé avec M.1HRP9C depuis cette année il me semble (porteur/porté ?). Les étudiants du groupe M.1HRP9CTD sont dans l'autre cours.\n" + sig("Sylvie Masson","Responsable pédagogique Master RI","56 60 21","MRSH 224"),
  "course_missing", "staff", codes=[("2HR5C","2HR5C"),("M.1HRP9C","M.1HRP9C"),("M.1HRP9CTD","M.1HRP9CTD")], sch=[S["MHR"]], note="porté course does not exist on Ecampus")
Q("missing-du", "Gilles Fabre <gilles.fabre@orange.fr>", "Cours fiscalité introuvable",
  "Bonjour,\nstagiaire en DU capacité de gestion à distance, je ne trouve pas de cours DUCG M4 sur la plateforme (sur ma convention c'est écrit DUCG-M9). Pas dans la recherche, ni par le nom Fiscalité. Est il créé ?\nGilles Fabre, gérant, SIRET 512 334 889 00021\nEnvoyé de mon iPhone", "course_missing", "student", etp=["DUCG1"],
  codes=[("DUCG-M4","DUCG M4"),("DUCG-M9","DUCG-M9")], sch=[S["DU"]], note="vacataire cannot find the DU course anywhere")
Q("missing-en", "Olivia Brown <olivia.brown@etu.unicaen.fr>", "course does not exist?",
  "Hi, my timetable says HIS 2 archeology H3 HIS 08 but there is no such course on ecampus at all. I searched \"archeologie\" and the code. Nothing. My learning agreement also says H2HIS13, same problem. Is it me?", "course_missing", "student", lang=E_,
  codes=[("H3HIS08","H3 HIS 08"),("H2HIS13","H2HIS13")], sch=[S["HIS"]], note="course not found at all")
Q("missing-ue", "Romain Gauthier <romain.gauthier@etu.unicaen.fr>", "cours pas créé",
  "slt le cours RCAED 337 existe pas sur ecampus ?? on est en L3 sciences de l'éduc, le prof dit quil est pas là non plus pour lui", "course_missing", "student",
  codes=[("RCAED337","RCAED 337")], etp=["SEDL3"], sch=[S["RCA"]], note="course missing for students and teacher")
Q("moved-idnumber", "Francois Noel <francois.noel@unicaen.fr>", "Cours archivé après changement de code",
  "Bonjour,\nmon cours AN-30B a été déplacé dans « Archives » et un nouveau cours vide AN-31B a été créé. Je n'ai rien demandé ! Mes 3 ans de ressources sont dans l'ancien.\nFrançois Noël\nDépartement d'anglais - bureau MRSH 310", "course_moved_renamed", "staff",
  codes=[("AN-30B","AN-30B"),("AN-31B","AN-31B")], sch=[S["AN"]], note="course archived after code change, new empty course")
Q("moved-en", "Daniel Okafor <daniel.okafor@etu.unicaen.fr>", "My course was renamed",
  "Hello,\nI am an exchange student in computer science. Since Monday the Networks course (INF2B05) shows [ARCHIVE] in its title and it sits in a different category (2025-2026). I cannot post in the forum anymore. Was it moved on purpose?\nDaniel", "course_moved_renamed", "student", lang=E_,
  codes=[("INF-2B05","INF2B05")], sch=[S["INF"]], note="course renamed [ARCHIVE] and moved category")
Q("moved-etu", "Clara Andre <clara.andre@etu.unicaen.fr>", "cours renommé",
  "Bonjour le cours de droit constitutionnel dr1con1 s'appelle plus pareil et il est passé dans une catégorie \"2025-2026\" (l'ancien code c'était DR1CIV9 je crois). Est-ce normal ? Il y a encore les annonces dedans.", "course_moved_renamed", "student",
  codes=[("DR1CON1","dr1con1"),("DR1CIV9","DR1CIV9")], sch=[S["DR"]], note="student sees renamed course moved to last year's category")
Q("cannot-see-hidden-html", "Patricia Leroy <patricia.leroy@unicaen.fr>", "Etudiants sans accès au cours H2HIS02",
  "Bonjour,\nles étudiants de mon cours H2HIS02 (Histoire médiévale) me disent ne pas voir le cours alors qu'ils sont inscrits, j'ai vérifié les participants : ils y sont tous (groupes H2HIS02G1 et H2HIS02G2).\nMerci de votre aide\nPatricia Leroy, MCF", "students_cannot_see_course", "staff", h=True,
  codes=[("H2HIS02","H2HIS02"),("H2HIS02G1","H2HIS02G1"),("H2HIS02G2","H2HIS02G2")], sch=[S["HIS"]], note="students enrolled cannot see the course (hidden)")
Q("cannot-see-en", "Sophie Martin <sophie.martin@unicaen.fr>", "Students cannot access my course",
  "Dear colleagues,\nMy M1 students cannot open the course M.1HRP7C, they get \"This course is currently unavailable to students\". I made it last week from the template. What did I miss?\nSophie Martin", "students_cannot_see_course", "staff", lang=E_,
  codes=[("M.1HRP7C","M.1HRP7C")], sch=[S["MHR"]], note="course unavailable to students")
Q("cannot-see-du", "Anne Perrot <anne.perrot@unicaen.fr>", "stagiaires FOAD ne voient pas le cours",
  "Bonjour,\nles stagiaires FOAD du DU ne voient pas DUCG-M2 alors que moi je le vois (en gris). La session démarre le 5 octobre.\nAnne Perrot\nService Formation Continue - 02 31 56 62 00", "students_cannot_see_course", "staff",
  codes=[("DUCG-M2","DUCG-M2")], sch=[S["DU"]], note="teacher sees course greyed, trainees cannot see it")
Q("cannot-see-gea", "Karim Said <karim.said@unicaen.fr>", "cours invisible pour les étudiants",
  "Bonjour\nMes alternants de 2e année ne voient pas le cours GEA4R11 (gestion de projet), groupe G4R11ALT. Ils sont pourtant dans les participants. Je l'ai pourtant mis visible ?\nK. Said", "students_cannot_see_course", "staff",
  codes=[("GEA4R11","GEA4R11"),("G4R11ALT","G4R11ALT")], etp=["BGEA2"], sch=[S["GEA"]], note="apprentices cannot see a course they are enrolled in")
Q("ne-distance-presentiel", "Aurelie Brun <aurelie.brun@unicaen.fr>", "Etudiante à distance non inscrite",
  "Bonjour,\nL'étudiante 21609846, inscrite en M1 MEEF 1er degré à distance, n'est pas dans le cours MF1D1O2 (Didactique des maths S2) alors qu'elle est bien inscrite pédagogiquement. Le cours n'est peut-être pas déclaré à distance ? Les autres distanciels sont dans MF1D102EAD.\n" + sig("Aurélie Brun","Gestionnaire scolarité INSPE","57 21","INSPE bât. A 012"),
  "not_enrolled", "staff", codes=[("MF1D102","MF1D1O2"),("MF1D102EAD","MF1D102EAD")], nums=["21609846"], etp=["ME1PD"], sch=[S["MF"]], note="distance student not enrolled in element not declared à distance")
Q("ne-en-learning-agreement", "Marta Garcia <marta.garcia@etu.unicaen.fr>", "Not enrolled in 2 courses of my learning agreement",
  "Hello,\nMy learning agreement includes AN 20A and H2HIS03 but I only see AN 20A on ecampus. The history one (Histoire moderne) is missing from my list. Student number 22601188.\nThanks a lot, Marta", "not_enrolled", "student", lang=E_, h=True,
  codes=[("AN-20A","AN 20A"),("H2HIS03","H2HIS03")], nums=["22601188"], sch=[S["AN"],S["HIS"]], note="incoming Erasmus not enrolled in one course of learning agreement")
Q("ne-ia-annulee", "22007431@etu.unicaen.fr", "plus inscrit dans aucun cours",
  "bonjour depuis lundi j'ai plus aucun cours, j'avais changé de parcours (passage de L2 info à L2 maths) la scol a refait mon inscription. j'ai besoin de INF2A07 pour le projet. merci", "not_enrolled", "student",
  codes=[("INF-2A07","INF2A07")], nums=["22007431"], sch=[S["INF"]], note="IA cancelled then replaced, lost courses")
Q("wg-ead-vide", "Romane Vidal <romane.vidal@unicaen.fr>", "groupes vides dans PSY-224",
  "Bonjour,\ndans le cours PSY-224 (Psychologie cognitive 2) les groupes PSY224-TD1 à TD4 sont vides alors que les étudiants sont inscrits. Et le groupe EAD contient des présentiels ! Je ne peux pas faire les dépôts par groupe.\nR. Vidal", "wrong_group", "staff",
  codes=[("PSY-224","PSY-224"),("PSY224-TD1","PSY224-TD1"),("PSY224-TD4","TD4"),("PSY224-EAD","groupe EAD")], sch=[S["PSY"]], note="groups empty, EAD group holds face-to-face students")
Q("wg-td-alt", "Nathan Perret <nathan.perret@etu.unicaen.fr>", "mauvais groupe",
  "Salut, je suis alternant mais dans le cours gea 3r02 je suis dans le TDA des initiaux et pas dans le groupe des alternants, donc les dates de rendu sont fausses pour moi. 22205561", "wrong_group", "student",
  codes=[("GEA3R02","gea 3r02"),("G3R02TDA","TDA"),("G3R02ALT","groupe des alternants")], nums=["22205561"], sch=[S["GEA"]], note="apprentice placed in initial students' TD group")
Q("wg-en-lab", "Hannah Schmidt <hannah.schmidt@etu.unicaen.fr>", "lab group",
  "Hi, in INF1B02 (programming 2) I am registered in TP3 on my timetable but on ecampus I'm in TP1. Could you fix it? I'm in first year computer science.\nHannah 22602210", "wrong_group", "student", lang=E_,
  codes=[("INF-1B02","INF1B02"),("INF1B02TP3","TP3"),("INF1B02TP1","TP1")], nums=["22602210"], etp=["INFL1"], sch=[S["INF"]], note="student in wrong lab group")
Q("wg-html-table", "Scolarite Droit <isabelle.renard@unicaen.fr>", "Affectations TD incorrectes DR1PEN2",
  "", "wrong_group", "staff", htmlonly=True,
  codes=[("DR1PEN2","DR1PEN2"),("DR1PEN2TD4","DR1PEN2TD4"),("DR1PEN2TD6","DR1PEN2TD6")], nums=["22409912","22410043"], etp=["DRL1"], sch=[S["DR"]], note="secretary: students of L1 droit in wrong TD group (HTML table)",
  html="<html><body><p>Bonjour,</p><p>Pour les L1 droit, deux étudiants apparaissent dans le mauvais groupe sur Ecampus :</p><table border=1><tr><td>22409912</td><td>DR1PEN2</td><td>Ecampus : DR1PEN2TD4</td><td>Apogée : DR1PEN2TD6</td></tr><tr><td>22410043</td><td>DR1PEN2</td><td>Ecampus : DR1PEN2TD6</td><td>Apogée : DR1PEN2TD4</td></tr></table><p>Isabelle Renard<br>Scolarité Droit - 02 31 56 54 10</p></body></html>")
Q("db-fwd-en", "Pierre Lambert <pierre.lambert@unicaen.fr>", "Fwd: Ecampus error during exam",
  "FYI, see below, one of my students during the quiz of LE.2ANG3.\n\nDe : Amelia Stone <22603001@etu.unicaen.fr>\nEnvoyé : dimanche 18 octobre 2026 09:41\nÀ : Pierre Lambert\nObjet : error\n\nSir, I got \"Error reading from database\" and my attempt was lost.\n", "database_error", "staff", lang=E_,
  codes=[("LE.2ANG3","LE.2ANG3")], nums=["22603001"], sch=[S["LEA"]], note="forwarded English database read error during quiz")
Q("db-html", "Jade Moulin <jade.moulin@etu.unicaen.fr>", "erreur base de données",
  "Bonjour,\nQuand je clique sur le devoir de RCAED 334 j'ai un message rouge : Erreur de lecture de la base de données. C'est le cas depuis ce matin 10h.\nJade", "database_error", "student", h=True,
  codes=[("RCAED334","RCAED 334")], sch=[S["RCA"]], note="French database read error on an assignment")
Q("db-dml", "Adrien Faure <adrien.faure@etu.unicaen.fr>", "Error writing to database",
  "Bonjour, en déposant mon dossier dans le cours 1 CA 153 j'obtiens : « Erreur d'écriture dans la base de données » (dmlwriteexception). Capture jointe. Je suis en prépa concours PE.\nA. Faure", "database_error", "student", etp=["PEC1"], cte="base64",
  codes=[("1CA153","1 CA 153")], sch=[S["CA"]], note="database write error on restore", att="erreur_1CA153.png")
Q("tne-ade", "Celine Robin <celine.robin@unicaen.fr>", "Pas enseignante dans mon cours",
  "Bonjour,\nje suis bien planifiée dans ADE pour le TD 2 de H1HIS04 (Histoire contemporaine) mais je ne suis pas inscrite comme enseignante dans l'espace. Mes collègues du TD 1 le sont.\nCéline Robin, ATER", "teacher_not_enrolled", "staff",
  codes=[("H1HIS04","H1HIS04"),("H1HIS04G2","TD 2"),("H1HIS04G1","TD 1")], sch=[S["HIS"]], note="ATER not enrolled as teacher; names TD 2 (group 2 of H1HIS04)")
Q("tne-en", "Ahmed Nasser <ahmed.nasser@unicaen.fr>", "Not enrolled as teacher",
  "Hello,\nI'm teaching the Computer architecture labs (INF 2B08) this semester but I'm not enrolled as a teacher in the Ecampus course. Planning is in ADE.\nAhmed Nasser, PhD student", "teacher_not_enrolled", "staff", lang=E_,
  codes=[("INF-2B08","INF 2B08")], sch=[S["INF"]], note="PhD teaching assistant not enrolled as teacher")
Q("nom-en-etu", "Joao Pereira <joao.pereira@etu.unicaen.fr>", "My name is wrong",
  "Bonjour, sur ecampus mon nom apparaît \"Joao Pereira Da\" et mon prénom n'a pas l'accent (João). Qui peut corriger ? merci", "wrong_name", "student", note="name wrong")
Q("nom-etu-usage", "Monique Petit <22411876@etu.unicaen.fr>", "Nom d'usage",
  "Bonjour,\nDepuis mon mariage mon nom d'usage est PETIT-LEGRAND mais Ecampus affiche toujours PETIT, y compris dans les participants de PSY-112. La scolarité a fait la modification il y a 3 semaines. Je suis en reprise d'études.\nMonique Petit-Legrand", "wrong_name", "student", nums=["22411876"], cs="windows-1252",
  codes=[("PSY-112","PSY-112")], sch=[S["PSY"]], note="staff name not updated")
Q("login-vacataire", "Eric Bernard <eric.bernard@gmail.com>", "Blocage page profil",
  "Bonjour,\nVacataire en BUT GEA, à ma première connexion je suis bloqué sur la page Modifier le profil qui me demande une adresse de courriel que je ne peux pas saisir. Impossible d'aller plus loin.\nEric Bernard - 06 71 22 34 90", "cannot_login", "staff", note="vacataire stuck on profile page at first login")
Q("login-caps", "Baptiste Leroux <baptiste.leroux@etu.unicaen.fr>", "MOT DE PASSE",
  "JARRIVE PLUS A ME CONNECTER DEPUIS QUE JAI CHANGE MON MOT DE PASSE SUR LENT, COMPTE BLOQUE ?? 22310078", "cannot_login", "student", nums=["22310078"], note="cannot log in after password change")
Q("cas-en", "Wei Zhang <wei.zhang@etu.unicaen.fr>", "CAS page stuck",
  "Hello, after login I see \"Log In Successful... CAS does not know where to send you / destination unknown\". I used the google link to cas.unicaen.fr. How do I reach ecampus?", "cas_unknown_destination", "student", lang=E_, note="CAS destination unknown after google link")
Q("cas-etu", "Laurent Duval <laurent.duval@etu.unicaen.fr>", "Connexion CAS sans redirection",
  "Bonjour,\nje suis en L2 histoire et quand je me connecte j'arrive sur la page « Connexion réussie » du CAS qui dit ne pas connaître ma destination finale. Je ne vais jamais sur Ecampus. Pareil pour 2 amis.\nLaurent", "cas_unknown_destination", "student", etp=["HISL2"], note="teacher reports students stuck on CAS page")
Q("tmt-gea", "Sandrine Collet <sandrine.collet@unicaen.fr>", "Trop d'enseignants dans GEA1R03",
  "Bonjour,\nTous les enseignants du département (23 !) sont inscrits dans Comptabilité GEA1R03 et GEA1R04. Sans doute l'association de toute l'équipe dans les groupes par activités dans ADE ?\nS. Collet, cheffe de département GEA", "too_many_teachers", "staff", h=True,
  codes=[("GEA1R03","GEA1R03"),("GEA1R04","GEA1R04")], sch=[S["GEA"]], note="whole department enrolled as teachers")
Q("tmt-etu", "Remi Aubert <remi.aubert@etu.unicaen.fr>", "trop de profs",
  "Bonjour, dans le cours le2esp1 il y a 11 enseignants dans les participants dont des profs de l'an dernier qui sont partis, du coup on sait pas a qui envoyer les devoirs ni qui est notre vrai prof.\nRémi", "too_many_teachers", "student",
  codes=[("LE.2ESP1","le2esp1")], sch=[S["LEA"]], note="last year's teachers still enrolled")
Q("pb-etu", "Zoe Millet <zoe.millet@etu.unicaen.fr>", "participants",
  "bonjour, la prof de DR3ADM 1 veut qu'on regarde la liste des participants pour former les binomes mais je trouve pas le bloc participants nulle part", "participants_block_missing", "student",
  codes=[("DR3ADM1","DR3ADM 1")], sch=[S["DR"]], note="student cannot find participants block")
Q("pb-etu-an", "Mark Taylor <mark.taylor@etu.unicaen.fr>", "ou est la liste des participants",
  "Bonjour, on doit trouver les mails de notre groupe de projet dans AN 32A mais je ne trouve plus le bloc Participants à droite comme l'an dernier. Où est-il passé ?\nMark", "participants_block_missing", "student",
  codes=[("AN-32A","AN 32A")], sch=[S["AN"]], note="participants block missing")
Q("cohort-du", "Brigitte Lacroix <brigitte.lacroix@unicaen.fr>", "Synchronisation de cohorte FOAD",
  "Bonjour,\npour le DU capacité de gestion (FOAD) je souhaite inscrire la cohorte « CEMU: DU Capacité de Gestion des Entreprises - FOAD » dans l'espace complémentaire. Est-ce la bonne méthode ? Elle est mise à jour toutes les nuits ?\nB. Lacroix, formation continue", "cohort_question", "staff", h=True, etp=["DUCG1"], note="cohort sync for DU FOAD complementary space")
Q("cohort-etu", "Lina Aubry <lina.aubry@unicaen.fr>", "cohorte restée dans un vieux cours",
  "Bonjour,\nune synchronisation de cohorte ajoutée l'an dernier dans INF-1A05 inscrit encore les L1 de cette année. Comment la supprimer ? Est-ce que la méthode base de données suffit ?\nLina Aubry", "cohort_question", "staff",
  codes=[("INF-1A05","INF-1A05")], sch=[S["INF"]], note="old cohort sync to remove")
Q("other-exam", "Theo Renaud <theo.renaud@etu.unicaen.fr>", "date exam",
  "bonjour c'est quand l'examen de PSY 121 (ou PSY-299 je sais plus) ? c'est pas marqué sur ecampus", "other", "student",
  codes=[("PSY-121","PSY 121"),("PSY-299","PSY-299")], sch=[S["PSY"]], note="exam date question")
Q("other-bounce", "Mail Delivery System <MAILER-DAEMON@unicaen.fr>", "Undelivered Mail Returned to Sender",
  "This is the mail system at host smtp.unicaen.fr.\n\nI'm sorry to have to inform you that your message could not be delivered.\n<jean.dupont@unicaen.fr>: user unknown\n\n--- original message ---\nSubject: Re: [CEMU #318901] H3HIS11\n", "other", "unknown", lang=E_, auto=True,
  codes=[("H3HIS11","H3HIS11")], sch=[S["HIS"]], note="bounce")
Q("moved-etu-annee", "Ambre Caillet <22103356@etu.unicaen.fr>", "cours passé en L3 ?",
  "Bonjour, le cours de droit fiscal dr3 fis1 que je suivais se retrouve dans la categorie de l'an prochain avec un autre nom (\"Fiscalité des entreprises\") et l'ancien a disparu de la liste. Je suis en L3 droit, c'est le même ?\nAmbre", "course_moved_renamed", "student",
  codes=[("DR3FIS1","dr3 fis1")], nums=["22103356"], etp=["DRL3"], sch=[S["DR"]], note="course renamed and moved to another year's category")
