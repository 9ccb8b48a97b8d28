# -*- coding: utf-8 -*-
from spec import M
MAILS = []
A = MAILS.append

A(M("sms-lea-pas-cours", "22501847@etu.unicaen.fr", "cours",
 "bjr jvois pas le cours [[LE2-ANG3|le2ang3]] sur ecampus jsuis en L2 LEA merci\n\nEnvoyé de mon iPhone\n",
 "not_enrolled", "student", "fr", etapes=["LEAL2"], note="SMS one-liner, code lower case no dash, étape in words"))

A(M("erasmus-in-cannot-find-module", "Giulia Rossi <giulia.rossi@etu.unicaen.fr>", "Can't find my module on Ecampus",
 "Hello,\n\nI am an Erasmus student from Bologna (Erasmus+ incoming, first semester). I can't find the module [[EN-ECO21|EN-ECO 21]] European Economics on Ecampus, my learning agreement says I should follow it.\nMy student number is {{22611904}}.\n\nCould you help me please?\nBest regards,\nGiulia Rossi\n+39 347 112 5580\n",
 "not_enrolled", "student", "en", note="Erasmus incoming, English, code with space"))

A(M("sms-cas-page", "Yanis B <yanis.b76@gmail.com>", "ecampus marche pas",
 "jarrive sur une page cas qui dit connexion reussie mais destination finale inconnue ??? jsuis bloqué\n",
 "cas_unknown_destination", "unknown", "fr", note="SMS style CAS unknown destination from gmail, role not said"))

A(M("parent-not-enrolled", "Martine Lefèvre <martine.lefevre14@orange.fr>", "=?iso-8859-1?q?Probl=E8me_inscription_de_ma_fille?=",
 "Bonjour,\n\nJe vous écris pour ma fille Chloé Lefèvre, étudiante en première année de psychologie (n° étudiant {{22504417}}). Elle n'a pas accès au cours [[P1PSY40|P1 PSY40]] « Psychologie du développement » alors que ses camarades y sont. Elle n'ose pas vous écrire.\n\nPouvez-vous regarder ? Je reste joignable au 06 12 48 77 30.\n\nCordialement,\nMartine Lefèvre\n14000 Caen\n",
 "not_enrolled", "unknown", "fr", etapes=["PSYL1"], cs="iso-8859-1", note="parent writes for daughter, latin-1, code with space, phone and postcode look-alikes"))

A(M("number-corrected", "Lucas Marie <lucas.marie@etu.unicaen.fr>", "pas inscrit",
 "Bonjour je suis pas inscrit dans [[D1CIVIL1]] droit civil, mon numero c 22503318 non pardon {{22503381}}\nmerci\n",
 "not_enrolled", "student", "fr", note="student number given then corrected; only corrected counts"))

A(M("intl-teacher-not-enrolled", "Dr. Aisha Mensah <aisha.mensah@unicaen.fr>", "Not enrolled as teacher in my course",
 "Dear colleagues,\n\nI have joined the IAE this semester as a visiting lecturer from Accra. I am supposed to teach [[IAE4F201]] Corporate Finance (groups [[IAE4F201A|A]] and [[IAE4F201B|B]]), but I am not enrolled as a teacher in the course on Ecampus, so I cannot upload my slides. My timetable in ADE shows my sessions on Tuesdays 10:15-12:15, room IAE 204.\n\nKind regards,\nAisha Mensah\nVisiting Associate Professor\nIAE Caen - 3 rue Claude Bloch, 14000 Caen\nTel. +33 2 31 56 65 12\n",
 "teacher_not_enrolled", "staff", "en", fmt="alt", note="international visiting lecturer, groups named by letter of cited course"))

A(M("sms-tableau-de-bord", "22412209@etu.unicaen.fr", "mes cours",
 "slt g plu le cours [[INF.3.12|inf312]] ds mon tableau de bord alor que jy suis inscri hier il y etait\n",
 "course_not_on_dashboard", "student", "fr", note="SMS, code without dots, course vanished from dashboard"))

A(M("dashboard-english", "Tomasz Nowak <tomasz.nowak@etu.unicaen.fr>", "Course not showing in My courses",
 "Hi, I am enrolled in [[FLE-B2EC]] (I can open it with the link https://ecampus.unicaen.fr/course/view.php?id=61422 ) but it does not appear in My courses on the dashboard. Why?\nThanks, Tomasz (student no. {{22613077}})\n",
 "course_not_on_dashboard", "student", "en", note="Erasmus student, course reachable by link but not on dashboard"))

A(M("prof-students-cannot-access", "Prof. Daniel Whitfield <daniel.whitfield@unicaen.fr>", "My students can't access the course",
 "Hello,\n\nMy students can't access my course [[EN-HIS12]] History of Modern France. I can see it (greyed out?) but they get nothing. There are 34 of them, mostly Erasmus students (incoming S1).\n\nhttps://ecampus.unicaen.fr/course/view.php?id=58830\n\nThanks,\nDan Whitfield\nUFR HSS, office SA 218\n",
 "students_cannot_see_course", "staff", "en", note="English teacher, hidden course, look-alike office and numbers"))

A(M("course-missing-fle", "Mei Lin <mei.lin@etu.unicaen.fr>", "The course is not on Ecampus",
 "Hello, the course [[FLE-C1RD|FLE C1RD]] is not on Ecampus. I search it many times, nothing. My teacher say it should exist. I am in the DU for international students.\nMei\n",
 "course_missing", "student", "en", etapes=["DUFLE1"], note="broken English, code with space for dash, étape in words (DU international)"))

A(M("sms-mot-de-passe", "Ines <ines.k@hotmail.fr>", "mdp",
 "jarrive pas a me connecter a ecampus mdp refusé num etu {{22509902}}\n",
 "cannot_login", "student", "fr", note="SMS, outsider address, student number"))

A(M("login-english-erasmus", "Pablo García <pablo.garcia.ruiz@gmail.com>", "=?utf-8?q?Cannot_log_in_=E2=80=93_Erasmus_student?=",
 "Hello,\n\nI'm an Erasmus student arriving from Salamanca. I cannot log in to Ecampus, it says my username or password is wrong. I activated my account yesterday (student number {{22614520}}, INE 0A1B2C3D4E5).\n\nThank you,\nPablo\n\nSent from my Galaxy\n",
 "cannot_login", "student", "en", note="Erasmus incoming, INE look-alike, mobile signature"))

A(M("wrong-group-td", "Sarah Dubois <sarah.dubois@etu.unicaen.fr>", "mauvais groupe TD",
 "Bonjour,\nsur ecampus je suis dans le [[D2PEN1-TD2|TD2]] de [[D2PENAL1]] alors que je suis en [[D2PEN1-TD4|TD 4]] (cf ADE, salle D 112 le jeudi). num {{22405531}}.\nMerci\n",
 "wrong_group", "student", "fr", note="wrong TD group, groups in words of cited course, room look-alike"))

A(M("wrong-group-english", "Jonas Becker <jonas.becker@etu.unicaen.fr>", "wrong group",
 "Hi, I am in the wrong group in [[IAE5M105]]: Ecampus puts me in group [[IAE5M105A|A]] but I attend group [[IAE5M105B|B]]. Student n° {{22615012}}. Thx\n",
 "wrong_group", "student", "en", note="English, wrong group by letter"))

A(M("nom-errone-sms", "22506618@etu.unicaen.fr", "mon nom",
 "mon prenom est mal ecrit sur ecampus c Maëlys pas Maelis\n",
 "wrong_name", "student", "fr", note="SMS wrong first name"))

A(M("wrong-name-english", "Nguyen Thi Thu Ha <thuha.nguyen@etu.unicaen.fr>", "My name is wrong",
 "Dear team, my name is wrong on Ecampus: family name and given name are inverted (it shows \"Ha Nguyen Thi Thu\"). Student number {{22616401}}. Regards\n",
 "wrong_name", "student", "en", note="international student, name inverted"))

A(M("db-error-english", "Sofia Papadopoulou <sofia.papadopoulou@etu.unicaen.fr>", "Error message",
 "Hello, when I open [[EN-POL21]] I have \"Erreur de lecture de la base de données\". What does it mean? Screenshot attached.\nSofia\n",
 "database_error", "student", "en", attach="screenshot_2026-10-05.png", note="English, DB error quoted in French"))

A(M("sms-erreur-bdd", "22410073@etu.unicaen.fr", "erreur",
 "erreur de lecture de la base de donnees qd je vais sur [[GEA-R105|gea r105]]\n",
 "database_error", "student", "fr", note="SMS, lower case code with space instead of dash"))
