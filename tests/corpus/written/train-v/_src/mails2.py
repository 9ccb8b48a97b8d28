# -*- coding: utf-8 -*-
from spec import M
MAILS = []
A = MAILS.append

A(M("tutor-writes-for-student", "Jean-Pierre Hamel <jp.hamel50@wanadoo.fr>", "Mon petit-fils n'a pas ses cours",
 "Madame, Monsieur,\n\nJe suis le tuteur légal de Kevin Hamel, étudiant en BUT GEA première année à l'IUT de Caen. Il ne voit pas les cours [[GEA-R101]] et [[GEA-R104|GEA R104]] sur votre plateforme. Son numéro est le {{22507264}}.\n\nJe vous remercie de votre diligence.\nJ-P Hamel\n50100 Cherbourg - tél 02 33 44 19 07\n",
 "not_enrolled", "unknown", "fr", etapes=["BGEA1"], cs="windows-1252", fmt="qp", note="tutor writes for grandson, windows-1252 QP"))

A(M("sms-all-caps", "22408851@etu.unicaen.fr", "URGENT",
 "JE VOIS PAS MON COURS [[PHY2S307|PHY2S3O7]] ET G UN PARTIEL LUNDI 8H AMPHI C\n",
 "not_enrolled", "student", "fr", note="all caps, O for 0, exam time/amphi look-alikes"))

A(M("number-disowned-reply", "Hugo Lemaire <hugo.lemaire@etu.unicaen.fr>", "Re: [CEMU #412877] pas accès au cours",
 "Bonjour,\n\nLe numéro 22401193 que vous citez n'est pas le mien ! Le mien c'est {{22401139}}. C'est toujours pour [[3HIS11A|3HIS11a]].\n\nHugo\n\nLe 14/10/2026 à 09:12, CEMU Assistance a écrit :\n> Bonjour,\n> Nous avons vérifié l'étudiant 22401193 : il est bien inscrit au cours 3HIS11A.\n> Pouvez-vous confirmer votre numéro étudiant ?\n> Cordialement, le CEMU\n",
 "not_enrolled", "student", "fr", hdr={"In-Reply-To": "<cemu-412877-1@assistance.unicaen.fr>"}, note="student disowns number quoted by agent; ticket number look-alike; code lower-case letter"))

A(M("erasmus-out-access", "Camille Renaud <camille.renaud@etu.unicaen.fr>", "en erasmus, plus accès",
 "Bonjour, je suis partie en Erasmus à Dublin ce semestre mais j'ai besoin de récupérer les documents du cours [[RLANG210]]. Je n'y ai plus accès. N° {{22302245}}. Merci !\n",
 "not_enrolled", "student", "fr", note="Erasmus outgoing loses access (FAQ Erasmus case)"))

A(M("erasmus-coordinator-table", "Anne-Sophie Bréhal <anne-sophie.brehal@unicaen.fr>", "Etudiants Erasmus non inscrits",
 "<html><body><p>Bonjour,</p><p>Les étudiants Erasmus accueillis ci-dessous (Erasmus+ Accueil S1, code [[ERAAS1]]) ne sont inscrits dans aucun de leurs cours :</p>"
 "<table border='1'><tr><th>N° étudiant</th><th>Nom</th><th>Cours</th></tr>"
 "<tr><td>{{22611904}}</td><td>ROSSI Giulia</td><td>[[EN-ECO21]]</td></tr>"
 "<tr><td>{{22612338}}</td><td>MÜLLER Lena</td><td>[[EN-LIT30|en-lit30]]</td></tr>"
 "<tr><td>{{22613077}}</td><td>NOWAK Tomasz</td><td>[[FLE-B2EC]], [[FLE-B2OR]]</td></tr></table>"
 "<p>Bien cordialement,<br>Anne-Sophie Bréhal<br>Bureau des relations internationales – Campus 1, bât. A, bureau A 024<br>02 31 56 60 47</p></body></html>",
 "not_enrolled", "staff", "fr", fmt="html", note="RI staff HTML table of Erasmus students, étape code cited"))

A(M("intl-staff-forward", "Dr. Hiroshi Tanaka <hiroshi.tanaka@unicaen.fr>", "Fwd: Ecampus access",
 "Hello, please see below, my student cannot see my course. Could you check? Hiroshi\n\n---------- Message transféré ----------\nDe : Amélie Roux <amelie.roux@etu.unicaen.fr>\nDate : ven. 9 oct. 2026 à 18:40\nObjet : cours\nÀ : hiroshi.tanaka@unicaen.fr\n\nBonjour monsieur, je ne vois pas votre cours [[EN-MED21|EN MED21]] sur ecampus, je suis en L3 LEA. Mon numéro {{22302987}}.\nAmélie\n",
 "not_enrolled", "staff", "en", etapes=["LEAL3"], note="international teacher forwards a student's French mail (student says L3 LEA)"))

A(M("sms-one-word-thanks", "22501847@etu.unicaen.fr", "Re: cours",
 "cv merci c bon\n\n> bjr jvois pas le cours [[LE2-ANG3|le2ang3]] sur ecampus\n",
 "other", "student", "fr", note="SMS thanks; quoted history with damaged code"))

A(M("teacher-not-enrolled-fr", "Karim Benali <karim.benali@unicaen.fr>", "Pas inscrit comme enseignant",
 "Bonjour,\nJe ne suis pas inscrit en tant qu'enseignant dans [[INF.5.03]] (Génie logiciel), groupes de TP [[INF503TP1|TP1]] et [[INF503TP2|TP2]]. Pourtant mes créneaux sont dans ADE.\nKarim Benali\nMCF - Dépt informatique, bureau S3-112, poste 5534\n",
 "teacher_not_enrolled", "staff", "fr", note="teacher not enrolled, TP groups in words of cited course"))

A(M("vacataire-english", "Emily Carter <emily.carter.teach@gmail.com>", "Adjunct lecturer - no teacher access",
 "Hi there,\nI'm an adjunct (vacataire) teaching English for [[GEA-R106]] at the IUT, the alternants group [[GEAR106ALT|apprentices group]]. I have an account but I am not a teacher in the course. ADE timetable shows me on Mondays.\nEmily\n",
 "teacher_not_enrolled", "staff", "en", note="adjunct English teacher, apprentices group in words"))

A(M("too-many-teachers-fr", "Nathalie Guérin <nathalie.guerin@unicaen.fr>", "Trop d'enseignants dans mon cours",
 "Bonjour,\n\nDans le cours [[D1CONST1|D1 CONST1]], il y a 27 enseignants inscrits dont la plupart n'interviennent pas (ils sont de l'an dernier je pense). Pouvez-vous nettoyer ?\n\nN. Guérin, PR droit public\n",
 "too_many_teachers", "staff", "fr", note="too many teachers, code with space, number of people look-alike"))

A(M("too-many-teachers-en", "Prof. Ricardo Alves <ricardo.alves@unicaen.fr>", "Too many teachers in my course",
 "Hello, there are too many teachers enrolled in my course [[IAE4M101]] - 14 teachers, I only know 2 of them. Students receive messages from people they don't know. Can you fix? Ricardo\n",
 "too_many_teachers", "staff", "en", note="English too many teachers"))

A(M("participants-sms", "Lola Martin <lola.martin@unicaen.fr>", "participants",
 "ou est passé le bloc participants dans mon cours [[P2PSY43]] ??\n",
 "participants_block_missing", "staff", "fr", note="teacher short mail, participants block"))

A(M("participants-english", "Dr. Olena Kovalenko <olena.kovalenko@unicaen.fr>", "Where is the participants list?",
 "Hello, I cannot find the Participants block in my course [[EN-GEO30]]. In my previous university it was on the right side. Where is it now? Thanks, Olena\n",
 "participants_block_missing", "staff", "en", note="international teacher, participants block"))

A(M("cohort-question-fr", "Véronique Lamy <veronique.lamy@unicaen.fr>", "Cohorte FLE",
 "Bonjour,\nest-ce que je peux ajouter la cohorte des étudiants du DU FLE ([[DUFLE1]]) dans mon cours [[FLE-B1GR]] en attendant que leurs IP soient faites ? Ils sont 45.\nMerci, V. Lamy, CUEFEE\n",
 "cohort_question", "staff", "fr", note="cohort sync question, étape code"))

A(M("cohort-english", "Prof. Marco Bianchi <marco.bianchi@unicaen.fr>", "Adding a cohort to my course",
 "Dear support, how do I add the cohort of the first year law students to my course [[D1HISTO1]]? I read something about \"synchronisation des cohortes\" but I am not sure it is allowed. Marco\n",
 "cohort_question", "staff", "en", etapes=["DRTL1"], note="English cohort question about first-year law students"))

A(M("course-renamed-fr", "Philippe Osmont <philippe.osmont@unicaen.fr>", "Mon cours a changé de nom",
 "Bonjour,\nmon cours [[4HIS12E]] s'appelle maintenant « Historiographie S4 E » et il a été déplacé dans une autre catégorie, tout mon contenu a disparu. L'ancien code c'était [[4HIS09Z|4HIS09z]] je crois.\nP. Osmont\n",
 "course_moved_renamed", "staff", "fr", note="course renamed and moved; old archived code cited"))

A(M("course-moved-english", "Dr. Sarah O'Neill <sarah.oneill@unicaen.fr>", "My course disappeared after the code change",
 "Hi, my course used to be [[M.1HRP8A]] but since the code changed it has moved to an \"Archives\" category and has a new name. Students are in a new empty course. What should I do?\nSarah\n",
 "course_moved_renamed", "staff", "en", note="English, course archived after code change"))

A(M("sms-course-missing", "22300415@etu.unicaen.fr", "cours introuvable",
 "le cours [[LE2-ANG9|LE2-ANG9]] existe pas sur ecampus\n",
 "course_missing", "student", "fr", note="unknown code (mistyped, no such course)"))

A(M("cant-find-module-unknown", "Ahmed El Idrissi <ahmed.elidrissi@etu.unicaen.fr>", "I can't find the module",
 "Hello, I can't find the module [[EN-ECO99]] on Ecampus, it is in my learning agreement. I am Erasmus for the whole year. Student no {{22617741}}\nAhmed\n",
 "course_missing", "student", "en", note="unknown code from a learning agreement"))

A(M("hidden-course-fr-html", "Claire Vasseur <claire.vasseur@unicaen.fr>", "Les étudiants ne voient pas mon cours",
 "<html><body><div style='font-family:Calibri'>Bonjour,<br><br>Mes étudiants de L2 physique ne voient pas le cours <b>[[PHY2S305]]</b> (Thermodynamique). Moi je le vois.<br>https://ecampus.unicaen.fr/course/view.php?id=60118<br><br>Claire Vasseur<br>Maître de conférences – UFR Sciences<br>Bât. S2, bureau S2-214 – 02 31 56 73 90</div></body></html>",
 "students_cannot_see_course", "staff", "fr", fmt="html", etapes=["PHYL2"], note="HTML only, étape in words for her students"))
