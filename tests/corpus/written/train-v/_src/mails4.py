# -*- coding: utf-8 -*-
from spec import M
MAILS = []
A = MAILS.append

A(M("code-corrected", "Enzo Leclerc <enzo.leclerc@etu.unicaen.fr>", "pas inscrit en électromag",
 "Bonjour, je ne suis pas inscrit au cours PHY2S306 euh non pardon [[PHY2S307]] (électromagnétisme), groupe de TP [[PH2S307TP3|TP3]]. N° {{22408102}}\nEnzo\n",
 "not_enrolled", "student", "fr", note="code corrected by writer: retracted code not counted; TP group in words"))

A(M("distance-iran", "Reza Tehrani <reza.tehrani@etu.unicaen.fr>", "Not enrolled - distance learning",
 "Hello, I study at distance (EAD) and I am not enrolled in [[IRAN-15|IRAN 15]] on Ecampus, but I am in the CEMU group [[IRAN15CEMU]] in my contract. Student {{22410456}}.\n",
 "not_enrolled", "student", "en", note="distance learner, FAQ-style code and group"))

A(M("cohort-erasmus-coordinator", "Dr. Ingrid Halvorsen <ingrid.halvorsen@unicaen.fr>", "Cohort of incoming students",
 "Dear CEMU,\nis there a cohort for all incoming Erasmus students of the first semester? I would like to add it to my course [[EN-POL12]] because their pedagogical registrations are late (about 40 students). If yes, what is its name?\nIngrid Halvorsen, International coordinator\n",
 "cohort_question", "staff", "en", etapes=["ERAAS1"], note="English cohort question, étape in words (Erasmus+ accueil S1)"))

A(M("cohort-sms-teacher", "Paul Girard <paul.girard@unicaen.fr>", "cohorte",
 "on peut synchroniser la cohorte BUT GEA 2 dans [[GEA-R301]] ? envoyé de mon mobile\n",
 "cohort_question", "staff", "fr", note="teacher short mobile mail cohort question (étape in words is the cohort wanted, not said as students' étape)"))

A(M("unknown-codes-contract", "Baptiste Roger <baptiste.roger@etu.unicaen.fr>", "=?windows-1252?q?Cours_absents_=96_contrat_p=E9dagogique?=",
 "Bonjour,\nsur mon contrat pédagogique j'ai [[INF.3.19]] et [[PHY2S399]] mais aucun des deux n'existe sur Ecampus. Par contre [[INF.3.04|INF 3.04]] est bien là. N° {{22401877}}.\nMerci\nBaptiste\n",
 "course_missing", "student", "fr", cs="windows-1252", note="unknown codes from a learning contract, windows-1252"))

A(M("fle-unknown-sms", "Yuki Sato <yuki.sato@etu.unicaen.fr>", "fle",
 "hello i cant find [[FLE-B3OR|fle b3or]] oral class, only B2. help pls\n",
 "course_missing", "student", "en", note="English SMS, unknown code (no B3 level)"))

A(M("thanks-resolved-en", "Giulia Rossi <giulia.rossi@etu.unicaen.fr>", "Re: Can't find my module on Ecampus",
 "It works now, thank you so much!!\nGiulia\n\nOn Tue, 6 Oct 2026 at 10:03, CEMU Assistance <cemu.assistance@unicaen.fr> wrote:\n> Hello, your pedagogical registration to [[EN-ECO21]] was missing, the scolarité fixed it. It should appear tomorrow.\n",
 "other", "student", "en", note="thanks, quoted history with code"))

A(M("exam-question-other", "Clément Bazin <clement.bazin@etu.unicaen.fr>", "partiel",
 "slt c quand le partiel de [[D1CIVIL7]] ? merci\n",
 "other", "student", "fr", note="exam date question; unknown code (droit civil has only 1 and 2)"))

A(M("intl-teacher-group-list", "Prof. Elena Petrova <elena.petrova@unicaen.fr>", "Groups are empty",
 "<html><body><p>Hello,</p><p>In my course <b>[[M.1HRP9C]]</b> the groups are empty:</p><table border=1><tr><td>[[M.1HRP9CTD]]</td><td>0 members</td></tr><tr><td>[[M.1HRP9CEM]]</td><td>0 members</td></tr></table><p>My Master 1 students in international relations history are all in the course but in no group. Example: {{22310466}}, {{22311902}}.</p><p>Elena Petrova<br>Visiting professor – MRSH, office SH 027</p></body></html>",
 "wrong_group", "staff", "en", fmt="html", etapes=["HRPM1"], note="HTML table, empty groups, FAQ-style master codes"))
