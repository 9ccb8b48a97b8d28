# -*- coding: utf-8 -*-
from spec import M
MAILS = []
A = MAILS.append

A(M("cannot-see-english-intl", "Prof. Lars Eriksson <lars.eriksson@unicaen.fr>", "Students cannot see course",
 "Hello,\nI made my course [[INF.5.07]] visible yesterday but my students still cannot see it. Third year computer science, 62 students. Using Firefox 131 if that matters.\nLars\n",
 "students_cannot_see_course", "staff", "en", etapes=["INFL3"], note="English, students in words L3 info, version look-alike"))

A(M("cannot-see-secretary", "Scolarité LEA <scol-lea@unicaen.fr>", "=?utf-8?b?w4l0dWRpYW50cyBzYW5zIGFjY8OocyBhdSBjb3Vycw==?=",
 "Bonjour,\n\nPlusieurs enseignants nous signalent que leurs étudiants ne voient pas leurs cours :\n- [[LE1-CIV1]] (Mme Perrot)\n- [[LE1-ECO2|LE1 ECO2]] (M. Adam)\n- [[LE1-TRA1]] (M. Ferry)\nIl s'agit des L1 LEA. Les enseignants les voient grisés.\n\nCordialement,\nLa scolarité LEA\nBâtiment L, bureau L 140 – 02 31 56 55 00\n",
 "students_cannot_see_course", "staff", "fr", etapes=["LEAL1"], cs="utf-8", fmt="b64", note="secretary lists courses, encoded-word subject, base64 body"))

A(M("out-of-office", "Daniel Whitfield <daniel.whitfield@unicaen.fr>", "Automatic reply: [CEMU #413002] My students can't access the course",
 "I am out of the office until 2 November 2026 with limited access to email. For urgent matters regarding [[EN-HIS12]] please contact the UFR HSS secretariat (02 31 56 58 10).\n",
 "other", "staff", "en", auto=True, note="out-of-office in English, cites a code", hdr={"Auto-Submitted": "auto-replied"}))

A(M("bounce", "Mail Delivery System <MAILER-DAEMON@unicaen.fr>", "Undelivered Mail Returned to Sender",
 "This is the mail system at host smtp.unicaen.fr.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<giulia.rossi@studenti.unibo.it>: host mx.unibo.it said: 550 5.1.1 User unknown\n",
 "other", "unknown", "en", auto=True, note="bounce"))

A(M("spam", "Best Offers <promo@deals-campus.biz>", "Your student discount - Office 365 for 1 EUR",
 "Dear student, get Office 365 + Norton 2026 for only 1 EUR! Offer ID 22504417-XZ. Click now. SIRET 812 345 678 00019\n",
 "other", "unknown", "en", note="spam with look-alikes (8-digit in offer id, SIRET)"))

A(M("parent-english", "Robert Smith <rob.smith1967@btinternet.com>", "Problem for my son - Ecampus",
 "Good afternoon,\n\nI'm writing on behalf of my son, Oliver Smith, who is an exchange student in the history department this year. He doesn't see any course on Ecampus except [[6HIS13B|6HIS13B]]. His student number is {{22618820}} (not 22618802 as written on his card, that was a mistake).\n\nMany thanks,\nRobert Smith\n",
 "not_enrolled", "unknown", "en", note="parent in English, number corrected/disowned"))

A(M("wrong-group-distance", "Fatou Diallo <fatou.diallo@etu.unicaen.fr>", "groupe à distance",
 "Bonjour, je suis à distance (télé-enseignement) mais dans le cours [[GEOG-22]] je suis dans le groupe présentiel [[GEOG22P]] au lieu du [[GEOG22CEMU|groupe CEMU]]. Je suis en L2 géo à distance. {{22409915}}\nMerci\n",
 "wrong_group", "student", "fr", etapes=["GEOL2D"], note="distance status, group by code and in words"))

A(M("wrong-group-sms", "22504028@etu.unicaen.fr", "grp",
 "jsui ds aucun groupe ds [[PASS.UE3|pass ue3]] jsuis en [[PASSUE3ED2|ED 2]]\n",
 "wrong_group", "student", "fr", note="SMS no group; 'ED 2' is a group? -> PASSUE3ED2", ))

A(M("dashboard-parent", "Sylvie Caron <sylvie.caron@free.fr>", "Tableau de bord vide",
 "Bonjour,\nmon fils Théo ({{22506139}}) est en première année de licence d'informatique. Sur son tableau de bord il n'y a aucun cours, seulement \"Aucun cours\" avec le filtre \"En cours\". Pourtant il accède au cours [[INF.1.04]] par le lien du prof.\nCordialement\n",
 "course_not_on_dashboard", "unknown", "fr", etapes=["INFL1"], note="parent, dashboard filter"))

A(M("dashboard-intl-teacher", "Dr. Priya Raman <priya.raman@unicaen.fr>", "Course missing from my dashboard",
 "Hello, one of my courses ([[IAE5F210]]) is not shown on my dashboard anymore, although I am still a teacher in it and can open it from the link. Other course [[IAE5F211]] shows normally. Priya\n",
 "course_not_on_dashboard", "staff", "en", note="teacher dashboard; second code not marked? -> marked", ))

A(M("sms-dashboard-2", "Nolan <nolan.pic@icloud.com>", "",
 "mon cours [[P2PSY45|p2psy45]] a disparu de mes cours mais jsuis tjr inscrit\nnum {{22408367}}\n\nEnvoyé de mon iPhone\n",
 "course_not_on_dashboard", "student", "fr", note="no subject, SMS"))

A(M("course-missing-teacher", "Isabelle Fontaine <isabelle.fontaine@unicaen.fr>", "Cours inexistant",
 "Bonjour,\nle cours [[1CA156|1 CA 156]] (Numérique éducatif) n'existe pas sur Ecampus. Je l'ai cherché dans la catégorie INSPE Caen > M1. Mes M1 MEEF premier degré en ont besoin dès lundi.\nI. Fontaine, formatrice INSPE\n",
 "course_missing", "staff", "fr", etapes=["MEEF1P"], note="code spaced, étape in words"))

A(M("course-missing-fw-chain", "Secrétariat IAE <secretariat.masters@unicaen.fr>", "TR: course not found",
 "Bonjour, pouvez-vous aider ce collègue ? Merci. S. Leroy\n\nDe : Prof. Chen Wei <chen.wei@unicaen.fr>\nEnvoyé : lundi 12 octobre 2026 11:02\nÀ : secretariat.masters@unicaen.fr\nObjet : course not found\n\nDear secretariat, my course [[IAE5M106|IAE5M1O6]] Negotiation Skills does not exist on Ecampus. I searched in IAE > Master 2. Chen Wei\n",
 "course_missing", "staff", "fr", note="Outlook-style forward, O for 0 in forwarded part"))

A(M("renamed-sms", "22400871@etu.unicaen.fr", "cours renommé",
 "le cours de socio [[SOCI-31|soci31]] a changé de nom et je le trouve plus\n",
 "course_moved_renamed", "student", "fr", note="SMS renamed course"))

A(M("renamed-en-student", "Anna Kowalczyk <anna.kowalczyk@etu.unicaen.fr>", "Course changed name?",
 "Hi, the course [[EN-LIT21]] changed its name and now it is in a category \"Archives 2025-2026\"? I cannot post in the forum anymore. Thanks\n",
 "course_moved_renamed", "student", "en", note="English student, course archived"))

A(M("wrong-name-parent", "Ahmed Benslimane <a.benslimane@laposte.net>", "Erreur de nom",
 "Bonjour, le nom de ma fille Yasmine BENSLIMANE est écrit BENSLIMAME sur ecampus. Numéro étudiant {{22507790}}.\nMerci\n",
 "wrong_name", "unknown", "fr", note="parent, wrong name"))

A(M("wrong-name-teacher-en", "Dr. José Fernández <jose.fernandez@unicaen.fr>", "Accent missing in my name",
 "Hello, my name appears as \"Jos Fernndez\" on Ecampus, the accented letters are missing. Could you correct it? Thank you, José\n",
 "wrong_name", "staff", "en", cs="iso-8859-1", fmt="qp", note="international teacher, latin-1 QP"))

A(M("login-sms-2", "Manon <manon.lp@gmail.com>", "connexion",
 "compte bloqué jpeux plus me co a ecampus depuis hier\n",
 "cannot_login", "unknown", "fr", note="SMS, role not said"))

A(M("login-intl-staff", "Dr. Kofi Asante <k.asante@ug.edu.gh>", "Login to Ecampus",
 "Dear CEMU, I am an invited professor for the master [[M.2HRP3A]] from 16 November. I was told to log in to Ecampus but I have no password and my account page asks for an email address that I cannot change. Kofi Asante\n",
 "cannot_login", "staff", "en", note="invited professor, account without email (FAQ case)"))

A(M("login-tutor", "Brigitte Lemonnier <b.lemonnier@sfr.fr>", "Connexion impossible",
 "Bonjour, je suis la tutrice de Mathis Lemonnier (étudiant en L1 histoire, numéro {{22505518}}). Il n'arrive pas à se connecter, on lui dit que son identifiant est inconnu. Pouvez-vous l'aider ?\nB. Lemonnier\n",
 "cannot_login", "unknown", "fr", etapes=["HISL1"], note="tutor, login, étape in words"))

A(M("cas-english", "Liam O'Brien <liam.obrien@etu.unicaen.fr>", "CAS says it does not know my destination",
 "Hi, when I log in I get \"Connexion réussie\" but then it says CAS does not know my final destination. I found the link on Google. Liam {{22619013}}\n",
 "cas_unknown_destination", "student", "en", note="Erasmus student CAS page"))

A(M("cas-teacher", "Michel Duval <michel.duval@unicaen.fr>", "Page CAS bizarre",
 "Bonjour, en voulant aller sur mon cours [[RCAED334]], j'arrive sur une page du CAS qui dit que « CAS ne connaît pas votre destination finale ». ?\nMichel Duval\n",
 "cas_unknown_destination", "staff", "fr", note="teacher CAS destination unknown"))

A(M("db-error-teacher", "Stéphanie Morel <stephanie.morel@unicaen.fr>", "Erreur base de données",
 "<html><body><p>Bonjour,</p><p>En ajoutant un devoir dans <a href='https://ecampus.unicaen.fr/course/view.php?id=59201'>mon cours [[D3TRAVA2|D3TRAVA2]]</a>, j'ai le message <i>Erreur de lecture de la base de données</i>.</p><p>Stéphanie Morel<br>Maître de conférences<br>UFR Droit – bureau DA 305</p></body></html>",
 "database_error", "staff", "fr", fmt="alt", note="HTML alt with link in href"))
