# -*- coding: utf-8 -*-
"""Mail specs for train-z. codes = [(canonical, as written)] in order of first mention."""
MAILS = []
def M(**k): MAILS.append(k)

SIG_DROIT = "\n--\nSecrétariat pédagogique Licence Droit\nUFR Droit, AES et Administration publique\nBâtiment D, bureau DR 108 - Esplanade de la Paix, 14032 Caen Cedex 5\nTél. 02 31 56 51 02\n"

M(slug="etu-l1-droit-civil", frm=("", "25003318@etu.unicaen.fr"), subj="cours droit civil",
  body="slt\njsuis en L1 droit et g pas le cours de d1-civ1 sur ecampus (sur ADE c marqué D1-CIV9 jsp pk). ds la liste y a histoire du droit, constit, tout sauf civil. les autres de mon td ils l'ont eux\ncomment je fais le prof a mis le plan du cours dessus et le 1er galop d'essai c le 14/10\nmerci",
  codes=[("D1-CIV1", "d1-civ1"), ("D1-CIV9", "D1-CIV9")], sn=["25003318"], sym="not_enrolled", role="student", sch=["droit"], ets=["LDR1"],
  note="L1 student lacks one course the rest of the TD has", cte="8bit")

M(slug="etu-psy-page-accueil", frm=("Lea Marchand", "lea.marchand@etu.unicaen.fr"), subj="Cours disparu de la page d'accueil ?",
  body="Bonjour,\n\nDepuis ce matin le cours PSY.3B12 (psycho du developpement) n'est plus dans la liste quand j'arrive sur ecampus. Par contre si je clique sur le lien que la prof a envoye par mail https://ecampus.unicaen.fr/course/view.php?id=48213 j'arrive bien dedans et je peux rendre mon devoir.\nJe ne comprends pas pourquoi il n'est plus avec les autres.\n\nLea Marchand\n23001846",
  codes=[("PSY.3B12", "PSY.3B12")], sn=["23001846"], cids=[48213], sym="course_not_on_dashboard", role="student", sch=["psy"],
  note="course reachable by link but gone from the list shown at login", fmt="alt")

M(slug="ens-droit-obligations-pas-de-modifier", frm=("Hélène Vasseur", "helene.vasseur@unicaen.fr"), subj="Droit des obligations : je ne peux rien déposer",
  body="Bonjour,\n\nJe suis chargée du TD2 de droit des obligations (D2-OBL1) depuis la rentrée. Quand j'ouvre l'espace sur Ecampus je le vois comme un étudiant : pas de bouton pour activer le mode édition, impossible de déposer les fiches de TD. Mon collègue qui assure le TD5 a le même souci.\nLa séance de jeudi a lieu en salle DR 212, j'aimerais que les fiches soient en ligne avant.\n\nCordialement,\nHélène Vasseur\nATER - Droit privé\nTél. : 02 31 56 54 17",
  codes=[("D2-OBL1T2", "TD2"), ("D2-OBL1", "D2-OBL1"), ("D2-OBL1T5", "TD5")], sym="teacher_not_enrolled", role="staff", sch=["droit"],
  note="teacher sees her course without editing rights", fmt="alt", cs="iso-8859-1")

M(slug="ens-llce-etudiants-rien", frm=("Martin Ogier", "martin.ogier@unicaen.fr"), subj="AN-21B : mes étudiants ne trouvent rien",
  body="Bonjour,\n\nMes étudiants de 2e année LLCER anglais me disent depuis deux semaines qu'ils ne trouvent pas l'espace de Traduction thème (AN-21B). De mon côté je le vois très bien, le titre est juste un peu plus pâle que les autres, j'y ai mis tous les textes de thème.\nJe leur ai dit de chercher dans la barre de recherche mais ils ne voient rien.\nJe ne sais pas quoi faire de plus. Amphi B, mardi 10h, ils étaient 45 à me le redire...\n\nMartin Ogier\nMaître de conférences, département d'études anglophones\nBureau MLI 045",
  codes=[("AN-21B", "AN-21B")], sym="students_cannot_see_course", role="staff", sch=["llce"], ets=["LLCEA2"],
  note="teacher sees course greyed, students of L2 find nothing (hidden course)", cs="windows-1252", cte="qp")

M(slug="en-erasmus-phonology", frm=("Jonas Becker", "jonas.becker@etu.unicaen.fr"), subj="cant find my courses",
  body="Hello,\n\nI am an exchange student from Universitat Leipzig (Erasmus+ since September). My learning agreement lists Phonology AN 22C and British civilisation AN-12A but on ecampus I only see a course called 'Welcome international students'. The other students in the room say they have the slides online.\nMy student number is 26100473, INE 1A2B3C4D5E6.\n\nThank you\nJonas",
  codes=[("AN-22C", "AN 22C"), ("AN-12A", "AN-12A")], sn=["26100473"], sym="not_enrolled", role="student", lang="en", sch=["llce"],
  note="incoming Erasmus student not in two courses of his learning agreement")

M(slug="etu-gea-alternante-tp", frm=("Camille Leroux", "camille.leroux@etu.unicaen.fr"), subj="pb groupe alternance",
  body="Bonjour\n\nje suis en alternance en BUT GEA 2eme annee (rythme 2 semaines/2 semaines) mais sur ecampus on m'a mise dans le TP A1 avec les initiaux. Du coup j'ai les depots et les annonces des initiaux et pas ceux du groupe des alternants, et les dates de rendu ne sont pas les memes.\nMon entreprise c'est le Credit Agricole Normandie, je suis en periode entreprise jusqu'au 23/11.\n\nCamille Leroux\n24308861",
  codes=[("BG2-TPA1", "TP A1"), ("BG2-ALT", "groupe des alternants")], sn=["24308861"], sym="wrong_group", role="student", sch=["gea"], ets=["BUTGE2"],
  note="apprentice placed in initial-training TP instead of apprentices' group")

M(slug="scol-psy-groupes-vides", frm=("Scolarité Psychologie", "scol.psycho@unicaen.fr"), subj="Groupes vides PSY.2A12",
  body="(see html)", fmt="html", cs="windows-1252", cte="qp",
  html="""<html><body><p>Bonjour,</p><p>Dans l'espace Ecampus de <b>PSY.2A12</b> (Psychologie cognitive 2, S2), les groupes de TD sont créés mais <u>vides</u>, alors que les IP ont bien été faites jusqu'au groupe le 2 octobre. Les enseignants ne peuvent pas filtrer leurs rendus.</p>
<table border="1" cellpadding="3"><tr><th>N° étudiant</th><th>Nom</th><th>Groupe APOGÉE</th><th>Tél.</th></tr>
<tr><td>25011236</td><td>ALLAIN Inès</td><td>PSY.2A12G1</td><td>06 12 44 87 90</td></tr>
<tr><td>25014478</td><td>BOUVET Tom</td><td>PSY.2A12G2</td><td>07 81 22 03 11</td></tr>
<tr><td>25020091</td><td>DIALLO Awa</td><td>PSY.2a12g3</td><td>06 50 77 19 02</td></tr>
<tr><td>24998710</td><td>FERRAND Noé</td><td>PSY.2A12G2</td><td></td></tr></table>
<p>Il y a environ 180 étudiants concernés.</p><p>Cordialement,<br>Nadia K.<br>Scolarité L1-L2 Psychologie &ndash; bureau SH 002<br>02 31 56 60 40</p></body></html>""",
  codes=[("PSY.2A12", "PSY.2A12"), ("PSY.2A12G1", "PSY.2A12G1"), ("PSY.2A12G2", "PSY.2A12G2"), ("PSY.2A12G3", "PSY.2a12g3")],
  sn=["25011236", "25014478", "25020091", "24998710"], sym="wrong_group", role="staff", sch=["psy"],
  note="secretary: TD groups of one course are empty on Ecampus (table)")

M(slug="etu-s3inf07-introuvable", frm=("", "22650431@etu.unicaen.fr"), subj="le cours existe pas",
  body="bonjour je suis en L2 maths info et le cours s3inf07 nexiste pas sur ecampus. jai tape le nom dans la recherche de cours, le code, rien, 0 resultat. le prof dit que c'est sur ecampus depuis le debut. on a le partiel le 5 nov\n\nenvoye de mon iphone",
  codes=[("S3INF07", "s3inf07")], sn=["22650431"], sym="course_missing", role="student", sch=["sci"], ets=["LMI2"],
  note="student finds no such course anywhere in the search", cte="8bit")

M(slug="ens-anglais-ancien-code", frm=("Sophie Laniel", "sophie.laniel@unicaen.fr"), subj="Mon cours a disparu et un autre est apparu",
  body="Bonjour,\n\nMon espace « (AN-10A) EC1 Langue Traduction » n'est plus dans ma liste depuis la mise à jour de la maquette. À la place j'ai un espace « (AN-11A) EC1 Langue Traduction » totalement vide : https://ecampus.unicaen.fr/course/view.php?id=53390\nOù est passé mon contenu (4 ans de travail, quiz, banque de questions) ? Puis-je le récupérer dans le nouveau ?\n\nSophie Laniel\nPRAG anglais - 02 31 56 58 23",
  codes=[("AN-10A", "AN-10A"), ("AN-11A", "AN-11A")], cids=[53390], sym="course_moved_renamed", role="staff", sch=["llce"],
  note="old code archived after new maquette, new empty course appeared", cs="iso-8859-1", fmt="alt")

M(slug="en-cannot-log-in", frm=("", "24512290@etu.unicaen.fr"), subj="login problem!!",
  body="Hi, I cant log in to ecampus since yesterday, it keeps saying wrong username or password but i changed my password on the ENT on Monday and it works for my mail. I tried Chrome and Firefox. Please help I have a quiz due friday 11:59pm\nThanks",
  sn=["24512290"], sym="cannot_login", role="student", lang="en", note="student cannot log in after a password change", cte="8bit")

M(slug="etu-bienvenue-puis-rien", frm=("", "23987015@etu.unicaen.fr"), subj="ecampus bloqué",
  body="Bonjour,\nquand je me connecte ca me met une page \"Bienvenue 23987015\" avec ecrit que je suis bien authentifie mais apres ca reste la dessus, j'arrive jamais sur mes cours. Je passe par google en tapant ecampus unicaen.\nMerci de votre aide\nYanis",
  sn=["23987015"], sym="cas_unknown_destination", role="student", note="stuck on the CAS success page reached through a search engine")

M(slug="ens-eco-erreur-lecture", frm=("Paul Hébert", "paul.hebert@unicaen.fr"), subj="Message d'erreur en enregistrant un test",
  body="Bonjour,\n\nEn voulant enregistrer les réglages du test n°3 dans Séries temporelles (MEC-8031), j'ai un bandeau rouge :\n\n  Erreur de lecture de la base de données\n  Plus d'informations sur cette erreur\n\nJ'ai réessayé à 16h40 et à 17h05, même chose. https://ecampus.unicaen.fr/course/view.php?id=50127\n\nPaul Hébert\nMCF Économie - CREM UMR 6211\nMRSH, bureau SA 114 - 14032 Caen Cedex\n02 31 56 62 75",
  codes=[("MEC-8031", "MEC-8031")], cids=[50127], sym="database_error", role="staff", sch=["mec"],
  note="teacher pastes database read error seen when saving a quiz", fmt="alt", att=["capture_erreur_MEC-8031.png"])

M(slug="dsi-fwd-cron-sync", frm=("Thierry Lemonnier (DSI)", "thierry.lemonnier@unicaen.fr"), subj="TR: [ecampus-prod] Tâche planifiée : sync_enrolments",
  body="Bonjour le CEMU,\n\nJe vous transfère le compte rendu de cette nuit. La base REFER était en maintenance (Oracle 19c, patch de 2h à 4h), mais la tâche s'est quand même terminée en \"succès\". Des enseignants de l'IAE signalent déjà des étudiants absents de RCAED331 et de rcaed334. Pouvez-vous relancer une synchro ou me dire si vous voyez autre chose côté Moodle 4.1 ?\n\nThierry Lemonnier\nDSI - Pôle applications pédagogiques - poste 6612\n\n---------- Message transféré ----------\nDe : cron@ecampus-prod-02.unicaen.fr\nDate : mar. 13 oct. 2026 à 03:12\nObjet : [ecampus-prod] Tâche planifiée : sync_enrolments\nÀ : dsi-exploitation@unicaen.fr\n\nExécution de la tâche planifiée : Synchroniser les inscriptions de la base externe (enrol_database\\task\\sync_enrolments)\nStarting enrolment synchronisation...\nError while communicating with external enrolment database\nError reading data from the external enrolment table\n... used 12 dbqueries\n... used 0.84 seconds\nTâche planifiée terminée : Synchroniser les inscriptions de la base externe\nhost ecampus-prod-02 pid 48211\n",
  codes=[("RCAED331", "RCAED331"), ("RCAED334", "rcaed334")], sym="database_error", role="staff", sch=["iae"],
  note="DSI forwards the nightly sync task output (external enrolment database unreachable)", cs="iso-8859-1", cte="qp")

M(slug="notif-moodle-forum", frm=("INF1.R02 (via Ecampus)", "noreply@ecampus.unicaen.fr"), subj="Interfaces web : Changement de salle TP",
  body="(html)", fmt="alt",
  html="<html><body><div style='background:#f2f2f2'><a href='https://ecampus.unicaen.fr/course/view.php?id=51004'>INF1.R02</a> &raquo; Forums &raquo; Annonces</div><p><b>Changement de salle TP</b><br>par Julien Marie - mardi 6 octobre 2026, 08:12</p><p>Le TP de jeudi a lieu en salle B-104 (et non B-110). Pensez à votre compte numérique.</p><hr><p style='font-size:small'>Vous recevez ce message car vous êtes abonné à ce forum. <a href='https://ecampus.unicaen.fr/mod/forum/unsubscribe.php?id=88120'>Se désabonner</a></p></body></html>",
  codes=[("INF1.R02", "INF1.R02")], cids=[51004], sym="other", role="unknown", sch=["inf"],
  note="raw Moodle forum notification landing in the support box")
MAILS[-1]["body"] = "INF1.R02 » Forums » Annonces\nhttps://ecampus.unicaen.fr/course/view.php?id=51004\n\nChangement de salle TP\npar Julien Marie - mardi 6 octobre 2026, 08:12\n\nLe TP de jeudi a lieu en salle B-104 (et non B-110). Pensez à votre compte numérique.\n\n---\nVous recevez ce message car vous êtes abonné à ce forum."

M(slug="absence-ens-droit", frm=("Claire Dumont", "claire.dumont@unicaen.fr"), subj="Réponse automatique : [CEMU #318422] Espace D2-ADM1",
  body="Bonjour,\n\nJe suis absente du 19 au 30 octobre 2026 inclus, sans accès à ma messagerie. Pour toute question concernant la scolarité de la Licence de droit, merci d'écrire à scol-droit@unicaen.fr ou d'appeler le 02 31 56 51 00.\n\nClaire Dumont\n\n> De : CEMU Assistance\n> Objet : [CEMU #318422] Espace D2-ADM1\n> Votre demande concernant l'espace Droit administratif 1 (D2-ADM1) a bien été enregistrée.\n",
  codes=[("D2-ADM1", "D2-ADM1")], sym="other", role="unknown", auto=True, sch=["droit"],
  note="out-of-office quoting a CEMU ticket acknowledgement", hdrs={"Auto-Submitted": "auto-replied"}, cs="windows-1252")

M(slug="bounce-etu", frm=("Mail Delivery System", "MAILER-DAEMON@smtp.unicaen.fr"), subj="Undelivered Mail Returned to Sender",
  body="This is the mail system at host smtp.unicaen.fr.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<25110987@etu.unicaen.fr>: host mailhost.unicaen.fr[10.14.2.8] said: 550 5.1.1\n    User unknown (in reply to RCPT TO command)\n\n--- Original message ---\nFrom: cemu.assistance@unicaen.fr\nTo: 25110987@etu.unicaen.fr\nSubject: Re: [CEMU #318650] acces UE biophysique\n\nBonjour,\nvotre inscription pédagogique à PASUE04 a été corrigée par la scolarité, le cours apparaîtra demain.\nL'équipe CEMU\n",
  codes=[("PASUE04", "PASUE04")], sn=["25110987"], sym="other", role="unknown", auto=True, sch=["pass"],
  note="bounce of a CEMU reply to a student address", hdrs={"Auto-Submitted": "auto-replied"})

M(slug="spam-quota", frm=("Service Messagerie", "admin-quota@unicaen-support.com"), subj="Votre boîte mail a atteint 98% de son quota",
  body="Cher utilisateur,\n\nVotre boîte aux lettres Office 365 a atteint 98 % de sa capacité (49,1 Go / 50 Go). Pour éviter la suspension de votre compte sous 24h, validez votre identifiant ici : http://unicaen-webmail.verif-quota.com/login\n\nRéf : 2026-10-88341\nÉquipe informatique",
  sym="other", role="unknown", note="phishing spam", fmt="html", cs="utf-8", cte="b64")

M(slug="etu-staps-natation-groupe", frm=("", "24017732@etu.unicaen.fr"), subj="mauvais groupe natation",
  body="bonjour,\nje suis en L2 STAPS et dans le cours de natation (st2ap05) je suis dans le groupe 1 alors que sur ADE je suis en groupe 3 depuis la rentree. du coup je vois pas les fiches du groupe 3 et le prof du groupe 1 me compte absent.\npiscine du chemin vert mardi 8h\nmerci\nHugo L.",
  codes=[("ST2-AP05", "st2ap05"), ("ST2-AP05G1", "groupe 1"), ("ST2-AP05G3", "groupe 3")], sn=["24017732"], sym="wrong_group", role="student",
  sch=["staps"], ets=["LSTA2"], note="student placed in the wrong practice group of a course", cte="8bit", cs="iso-8859-1")

M(slug="etu-pass-biophysique-caps", frm=("", "25110988@etu.unicaen.fr"), subj="URGENT!!! BIOPHYSIQUE",
  body="BONJOUR\nJE SUIS EN PASS ET JE N'AI TOUJOURS PAS ACCES A L'UE BIOPHYSIQUE (PAS UE04) ALORS QUE TOUT LE MONDE L'A DEPUIS 3 SEMAINES. LES QCM D'ENTRAINEMENT SONT DEDANS ET LE CONCOURS EST LE 15 DECEMBRE. C'EST INADMISSIBLE\nJ'AI ENVOYE 2 MAILS A LA SCOLARITE SANS REPONSE",
  codes=[("PASUE04", "PAS UE04")], sn=["25110988"], sym="not_enrolled", role="student", sch=["pass"], ets=["PASS01"],
  note="PASS student, all caps, lacks one UE course", cte="8bit")

M(slug="scol-meef-cohorte-m2", frm=("Valérie Guérin", "valerie.guerin@unicaen.fr"), subj="Cohorte M2 MEEF",
  body="Bonjour,\n\nPouvez-vous ajouter la cohorte des M2 MEEF 1er degré dans l'espace « Analyse de pratiques » (2CA252) ? L'enseignante souhaite y mettre les documents communs avant le regroupement du 4 novembre (site de Saint-Lô).\n\nBien cordialement,\nValérie Guérin\nINSPE Normandie Caen - Gestion de la scolarité\n186 rue de la Délivrande, 14000 Caen - 02 31 56 64 18",
  codes=[("2CA252", "2CA252")], sym="cohort_question", role="staff", sch=["meef"], ets=["MEF2PE"],
  note="asks to add an étape cohort to a course, no symptom word", fmt="alt", cs="iso-8859-1")

M(slug="iut-cohorte-butin1", frm=("Régis Fontaine", "regis.fontaine@unicaen.fr"), subj="inscription cohorte",
  body="Bonjour,\nserait-il possible d'inscrire la cohorte BUTIN1 dans l'espace complémentaire « Projet tutoré S1 » (https://ecampus.unicaen.fr/course/view.php?id=51872) ? Cet espace n'a pas de code Apogée, c'est un espace libre que j'ai demandé l'an dernier (ticket 309912).\nMerci,\nR. Fontaine, directeur des études BUT Info, IUT Grand Ouest Normandie, site d'Ifs",
  codes=[("BUTIN1", "BUTIN1")], cids=[51872], sym="cohort_question", role="staff", sch=["inf"],
  note="director asks to sync an étape cohort into a free course")

M(slug="en-econometrics-not-in-list", frm=("Priya Raman", "priya.raman@etu.unicaen.fr"), subj="Course not showing",
  body="Dear support team,\n\nI am in the first year of the Master in applied economics. The Econometrics course (MEC-7012) does not appear in my courses when I log in, but when I open the link from Prof. Hebert's email it opens and I can see the exercises and my grades. All my other courses are there.\n\nBest regards,\nPriya Raman\nStudent ID 25076614",
  codes=[("MEC-7012", "MEC-7012")], sn=["25076614"], sym="course_not_on_dashboard", role="student", lang="en", sch=["mec"], ets=["MECO1"],
  note="enrolled (opens via link) but absent from her course list", fmt="alt")

M(slug="etu-histoire-plus-rien", frm=("Manon Lefèvre", "manon.lefevre@etu.unicaen.fr"), subj="depuis lundi plus rien",
  body="Bonjour,\n\ndepuis lundi j'ai plus aucun cours sur ecampus, la page est vide, avant j'avais tout (historiographie, les TD...). Je suis en L3 histoire, j'ai changé d'option en septembre mais la scolarité m'a dit que c'était enregistré le 28/09.\n\nManon Lefèvre\nn° 22104578",
  sn=["22104578"], sym="not_enrolled", role="student", ets=["LHIS3"], note="student lost all her course enrolments since Monday", cs="iso-8859-1")

M(slug="ens-maths-trop-enseignants", frm=("Bruno Caillet", "bruno.caillet@unicaen.fr"), subj="S1MAT02 : 14 enseignants ?",
  body="Bonjour,\n\nDans l'espace S1MAT02 il y a 14 personnes avec le rôle enseignant, dont au moins 6 qui ne font plus ce cours depuis 2025. Les étudiants reçoivent des annonces de collègues qu'ils ne connaissent pas. Même chose dans S1 MAT05, dans une moindre mesure (9). Je ne peux pas les retirer, la corbeille n'apparaît pas.\n\nB. Caillet, responsable L1 Maths, bureau S3 045, poste 5587",
  codes=[("S1MAT02", "S1MAT02"), ("S1MAT05", "S1 MAT05")], sym="too_many_teachers", role="staff", sch=["sci"],
  note="former teachers still enrolled as teachers in two courses")

M(slug="ens-carto-liste-etudiants", frm=("Anne Picard", "anne.picard@unicaen.fr"), subj="Où est passée la liste des étudiants ?",
  body="Bonjour,\n\nDans mon cours de Cartographie (L.2.GE03), il y avait avant un cadre à droite qui permettait de voir qui était inscrit et d'envoyer un message à tous. Je ne le trouve plus, ni dans les réglages. Comment retrouver mes étudiants ?\n\nMerci,\nAnne Picard\nDépartement de géographie - 02 31 56 57 90",
  codes=[("L.2.GE03", "L.2.GE03")], sym="participants_block_missing", role="staff", sch=["hss"],
  note="teacher misses the block listing enrolled people, no FAQ word", cs="windows-1252", fmt="alt")

M(slug="etu-prenom-faux", frm=("", "25004127@etu.unicaen.fr"), subj="erreur prénom",
  body="Bonjour, sur ecampus et sur mes copies de devoir mon prénom est écrit Anaïs alors que c'est Anaëlle. Mon nom est bon. C'est gênant pour les rendus notés. Merci\nAnaëlle Robin, 25004127",
  sn=["25004127"], sym="wrong_name", role="student", note="first name misspelled on the platform", cs="utf-8", cte="b64")

M(slug="scol-nom-usage", frm=("Scolarité Droit", "scol-droit@unicaen.fr"), subj="Nom d'usage non mis à jour",
  body="Bonjour,\n\nL'étudiant 24017733 apparaît toujours sous son ancien nom dans les espaces de la L3 (notamment D3-PEN1 et d3 pen2), alors que le changement a été saisi dans son dossier le 14 septembre. Il ne souhaite pas que son ancien nom soit visible des autres étudiants.\nMerci de votre aide." + SIG_DROIT,
  codes=[("D3-PEN1", "D3-PEN1"), ("D3-PEN2", "d3 pen2")], sn=["24017733"], sym="wrong_name", role="staff", sch=["droit"],
  note="secretary: student's former name still shown", cs="iso-8859-1")

M(slug="en-name-wrong", frm=("", "26100512@etu.unicaen.fr"), subj="My name is wrong",
  body="hello, on ecampus my surname shows as \"NGUYEN VAN\" and my first name is empty, my name is Nguyen Van Minh (first name Minh). Teachers cannot find me in the lists. thank you",
  sn=["26100512"], sym="wrong_name", role="student", lang="en", note="international student's name split wrongly", cte="8bit")

M(slug="en-doctorant-formation", frm=("Elena Rossi", "elena.rossi@etu.unicaen.fr"), subj="doctoral training course not found",
  body="Good morning,\n\nI am a first-year PhD candidate in Homme Sociétés Risques. The doctoral school told me the 'Open science' training (code DOC-F31) would be on ecampus from October 1st, but searching for it gives nothing, not even a hidden page. Is there an enrolment key?\n\nKind regards,\nElena Rossi\nPhD candidate - LASLAR\nStudent no. 26200031",
  codes=[("DOC-F031", "DOC-F31")], sn=["26200031"], sym="course_missing", role="student", lang="en", sch=["doc"], ets=["DOCHSR"],
  note="PhD student cannot find a training course anywhere", cs="utf-8")

M(slug="ens-iut-r209-pas-espace", frm=("Julien Marie", "julien.marie@unicaen.fr"), subj="Pas d'espace pour INF2.R09",
  body="Bonjour,\n\nJe dois assurer la ressource R2.09 Économie durable pour les BUT info 2e année (code Apogée INF2.R09, 18h TD). Il n'y a aucun espace correspondant sur Ecampus, ni caché ni archivé, j'ai regardé dans la catégorie IUT > Informatique > BUT2. Les cours commencent le 9/11 en salle B-104.\n\nJulien Marie\nIUT GON - site d'Ifs - 02 31 52 56 30",
  codes=[("INF2.R09", "INF2.R09")], sym="course_missing", role="staff", sch=["inf"],
  note="teacher: no Ecampus course exists for a resource")

M(slug="etu-histoire-moderne-nouveau-code", frm=("Théo Gosselin", "theo.gosselin@etu.unicaen.fr"), subj="cours histoire moderne vide ??",
  body="bonjour\nle cours d'histoire moderne a changé, avant c'etait L.2.HI04 et maintenant je trouve un cours L.2.HI05 avec le meme nom mais il est vide, les docs du prof et le forum ont disparu. c'est normal ?\ntheo",
  codes=[("L.2.HI04", "L.2.HI04"), ("L.2.HI05", "L.2.HI05")], sym="course_moved_renamed", role="student", sch=["hss"],
  note="course code changed, old content gone with the archived space", cte="8bit")

M(slug="ens-sciences-categorie-archives", frm=("Karim Benali", "karim.benali@unicaen.fr"), subj="Cours déplacé dans Archives",
  body="Bonjour,\n\nSuite à la réorganisation des départements de l'UFR des sciences, mon cours S5INF11 n'est plus dans Informatique > Licence 3 : je le retrouve dans « Archives 2025-2026 », avec un nom qui commence par [ARCHIVE]. Les L3 n'y ont plus accès. Est-ce lié à la fusion Maths/Info ?\n\nKarim Benali - MCF - GREYC, bureau S3 329\nTél 02 31 56 74 88",
  codes=[("S5INF11", "S5INF11")], sym="course_moved_renamed", role="staff", sch=["sci"],
  note="course moved to an archive category after a reorganisation", fmt="alt")

M(slug="etu-socio-sport-pas-moi", frm=("", "25130044@etu.unicaen.fr"), subj="je ne vois pas mon cours",
  body="bonjour je ne vois pas mon cours de socio du sport (ST1-AP02), mes potes de TD ils le voient et ils ont deja fait le quiz 1. moi il est pas du tout dans la liste ni quand je cherche\ncordialement\nInès",
  codes=[("ST1-AP02", "ST1-AP02")], sn=["25130044"], sym="not_enrolled", role="student", sch=["staps"],
  note="'je ne vois pas mon cours' meaning not enrolled: classmates see it", cte="8bit")

M(slug="etu-carto-via-recherche", frm=("Louise Hamel", "louise.hamel@etu.unicaen.fr"), subj="cours de cartographie",
  body="Bonjour,\nJe ne vois pas mon cours de cartographie (L2.GE03) quand j'arrive sur ecampus. Mais quand je le cherche dans la barre de recherche je tombe dessus, je suis bien inscrite, mes devoirs rendus sont la. C'est juste qu'il n'est pas avec les autres. Je suis en L2 géo.\nMerci\nLouise Hamel",
  codes=[("L.2.GE03", "L2.GE03")], sym="course_not_on_dashboard", role="student", sch=["hss"], ets=["LGEO2"],
  note="'je ne vois pas mon cours' but she is enrolled: missing from her list only")

M(slug="du-foad-fiscalite-rien", frm=("Sandrine Morel", "sandrine.morel14@orange.fr"), subj="DU CGE - cours de fiscalité",
  body="Bonjour,\n\nJe suis en DU capacité de gestion des entreprises à distance (formation continue, financée par mon employeur). L'enseignant de fiscalité nous a dit que tout était sur Ecampus mais il n'y a aucun cours de fiscalité, la recherche « DUCGE 04 » ou « fiscalité » donne 0 résultat. Les 3 autres matières sont bien là.\n\nCordialement,\nSandrine Morel\n06 71 28 45 09",
  codes=[("DUCGE.04", "DUCGE 04")], sym="course_missing", role="student", sch=["du"], ets=["DUCGEF"],
  note="continuing-education distance learner: course does not exist at all", cs="iso-8859-1")

M(slug="ens-s3inf07-tpb-acces", frm=("Karim Benali", "karim.benali@unicaen.fr"), subj="TPB n'accède pas à S3INF07",
  body="Bonjour,\n\nMes étudiants du groupe TPB n'arrivent pas à entrer dans mon espace S3INF07 : ils ont le message « Vous ne pouvez pas vous inscrire vous-même dans ce cours ». Les TPA y arrivent. Le TP noté a lieu le 19/11 (salle S3 112, 24 postes).\nMerci d'avance,\nK. Benali",
  codes=[("S3INF07TPB", "TPB"), ("S3INF07", "S3INF07")], sym="students_cannot_see_course", role="staff", sch=["sci"],
  note="teacher: one TP group of students cannot access his course")

M(slug="ens-doc-rendre-visible", frm=("Frédérique Lainé", "frederique.laine@unicaen.fr"), subj="espace DOC-F033",
  body="Bonjour,\nPourriez-vous rendre mon espace DOC-F033 accessible aux doctorants ? La formation démarre lundi et je ne trouve pas où on règle ça.\nBien à vous,\nF. Lainé\nCollège doctoral Normandie - Esplanade de la Paix",
  codes=[("DOC-F033", "DOC-F033")], sym="students_cannot_see_course", role="staff", sch=["doc"],
  note="teacher asks to make her course visible to students, no symptom word", cs="windows-1252")

M(slug="vacataire-gea-compta", frm=("Olivier Vautier", "o.vautier.expertcompta@gmail.com"), subj="Accès enseignant cours compta BUT GEA",
  body="Bonjour,\n\nJe suis vacataire à l'IUT (expert-comptable, SIRET 812 457 963 00021) et j'assure le TD A de la ressource R1.05 Fondamentaux de la comptabilité (BG1-R105) depuis le 14 septembre. Sur Ecampus je n'ai dans ma liste que l'« Atelier Moodle niveau 1 ». Le secrétariat me dit que je suis bien planifié dans ADE.\n\nOlivier Vautier",
  codes=[("BG1-TDA", "TD A"), ("BG1-R105", "BG1-R105")], sym="teacher_not_enrolled", role="staff", sch=["gea"],
  note="part-time teacher not enrolled in his course (R1.05 is a look-alike)")

M(slug="ens-phono-role-etudiant", frm=("Rachel Moore", "rachel.moore@unicaen.fr"), subj="Phonologie AN-22C",
  body="Bonjour,\nDans l'espace de Phonologie (AN-22C) je n'ai que le rôle d'étudiante : je vois le cours des collègues mais je ne peux pas ajouter mes enregistrements ni corriger les devoirs de mes TD1 et TD3.\nCordialement,\nRachel Moore, lectrice",
  codes=[("AN-22C", "AN-22C"), ("AN-22C-TD1", "TD1"), ("AN-22C-TD3", "TD3")], sym="teacher_not_enrolled", role="staff", sch=["llce"],
  note="teacher enrolled only as student in her course", cte="b64")

M(slug="de-droit-anciens-profs", frm=("Pr. Guillaume Renard", "guillaume.renard@unicaen.fr"), subj="Enseignants de l'an passé dans les cours de L1",
  body="Bonjour,\n\nDans les cours de première année D1-CON1 et D1HIS2 apparaissent comme enseignants les collègues de 2025-2026 en plus de ceux de cette année (plus de 10 noms dans D1-CON1). Les étudiants s'y perdent pour savoir à qui rendre quoi.\n\nGuillaume Renard\nDirecteur des études L1 Droit\n02 31 56 53 00" ,
  codes=[("D1-CON1", "D1-CON1"), ("D1-HIS2", "D1HIS2")], sym="too_many_teachers", role="staff", sch=["droit"],
  note="last year's teachers still teachers in L1 courses", fmt="alt")

M(slug="en-visiting-prof-participants", frm=("Michael Grant", "michael.grant@unicaen.fr"), subj="Participants list?",
  body="Hello,\n\nI'm a visiting professor teaching Data science for economists (MEC-9031) this semester. At my home university (Moodle 3.9) I had a participants block on the right side of the course page. Here I can't find it anywhere. How do I see who is enrolled?\n\nThanks,\nMichael Grant",
  codes=[("MEC-9031", "MEC-9031")], sym="participants_block_missing", role="staff", lang="en", sch=["mec"],
  note="visiting professor looks for the participants block")

M(slug="en-etu-groupmates", frm=("", "24512291@etu.unicaen.fr"), subj="where to see other members",
  body="hi, in the course PSY.5C13 the teacher said to look at the list of people to find our group partners but there is nothing on the right side and nothing in the menu that i can find. how do we see it??",
  codes=[("PSY.5C13", "PSY.5C13")], sn=["24512291"], sym="participants_block_missing", role="student", lang="en", sch=["psy"],
  note="student cannot find where to see enrolled people", cte="8bit")

M(slug="etu-boucle-connexion", frm=("", "21909354@etu.unicaen.fr"), subj="connexion impossible",
  body="Bonjour\nmon compte marche pour la messagerie et l'ENT mais pas pour ecampus: je clique sur connexion, ça recharge la page de connexion en boucle. compte désactivé ? je suis en redoublement, réinscrit le 20/09.\nmerci",
  sn=["21909354"], sym="cannot_login", role="student", note="login loop for a re-enrolled student")

M(slug="vacataire-staps-profil-bloque", frm=("Lucas Pinel", "lucas.pinel.coach@hotmail.fr"), subj="bloqué sur la page profil",
  body="Bonjour,\n\nVacataire en STAPS (Biomécanique 3, ST3-AP07), je n'arrive pas à aller plus loin que la page « Modifier le profil » à ma première connexion : elle me demande une adresse de courriel et le champ est grisé. Je ne peux rien faire d'autre.\nCordialement,\nLucas Pinel - 06 22 18 40 77",
  codes=[("ST3-AP07", "ST3-AP07")], sym="cannot_login", role="staff", sch=["staps"],
  note="guest teacher blocked on profile page at first login", cs="iso-8859-1")

M(slug="en-cas-stuck", frm=("", "25201177@etu.unicaen.fr"), subj="stuck after login",
  body="Hello, when I log in I get a page \"Connexion réussie\" and then nothing. I googled 'ecampus caen' and clicked the first result (cas.unicaen.fr). How can I get to my courses?",
  sn=["25201177"], sym="cas_unknown_destination", role="student", lang="en", note="English student stuck on CAS page from a search result", cte="8bit")

M(slug="scol-psy-l1-captures-cas", frm=("Nadia Kerouani", "nadia.kerouani@unicaen.fr"), subj="Captures d'écran étudiants L1",
  body="Bonjour,\n\nPlusieurs étudiants de L1 psycho m'envoient la même capture (ci-jointe) :\n« Connexion réussie - Bienvenue 25013398. Vous vous êtes authentifié(e) auprès du Service Central d'Authentification. Toutefois, vous voyez cette page car CAS ne connaît pas votre destination finale ni comment vous y rediriger. »\nQue dois-je leur répondre ?\n\nNadia Kerouani - Scolarité Psychologie - SH 002",
  sn=["25013398"], sym="cas_unknown_destination", role="staff", ets=["LPSY1"], att=["capture 25013398.png"],
  note="secretary relays students' CAS unknown-destination screen")

M(slug="etu-pass-devoir-bandeau-rouge", frm=("Jade Poulain", "jade.poulain@etu.unicaen.fr"), subj="impossible de rendre le devoir de biostat",
  body="Bonjour, quand je veux envoyer mon devoir dans PASUE07 ça m'affiche un cadre rouge « Erreur de lecture de la base de données » et ça me renvoie au début. Il est 10h15 dimanche et la date limite est ce soir 23h59 !!!\nJade (25110990)",
  codes=[("PASUE07", "PASUE07")], sn=["25110990"], sym="database_error", role="student", sch=["pass"],
  note="student pastes database read error on submission", fmt="alt")

M(slug="en-db-connection-failed", frm=("", "25076615@etu.unicaen.fr"), subj="site down?",
  body="Hi, ecampus is showing this since 9am:\n\nError: Database connection failed\nIt is possible that the database is overloaded or otherwise not running properly.\n\nIs it down for everyone? I have the S3INF05 quiz due today.",
  codes=[("S3INF05", "S3INF05")], sn=["25076615"], sym="database_error", role="student", lang="en", sch=["sci"],
  note="student pastes database connection failed page (Sunday maintenance)", cte="8bit")

M(slug="iae-ead-groupe-presentiel", frm=("Corinne Lesage", "corinne.lesage@unicaen.fr"), subj="RCAED334 : étudiants EAD dans le mauvais groupe",
  body="Bonjour,\n\nLes étudiants à distance de Consolidation (RCAED334) sont tous dans le groupe présentiel sur Ecampus et pas dans le groupe EAD, donc ils n'ont pas les classes virtuelles. Exemples : 24100581, 24100599 (IA en télé-enseignement).\n\nCorinne Lesage\nIAE Caen - Master CCA - 3 rue Claude Bloch, 14075 Caen\n02 31 56 65 60",
  codes=[("RCAED334", "RCAED334"), ("CAED334PRE", "groupe présentiel"), ("CAED334EAD", "groupe EAD")], sn=["24100581", "24100599"],
  sym="wrong_group", role="staff", sch=["iae"], note="distance students put in the on-site group", cs="windows-1252")

M(slug="scol-meef-ip-tableau", frm=("Valérie Guérin", "valerie.guerin@unicaen.fr"), subj="Étudiants absents des espaces 1CA151 / 1CA153",
  body="(html)", fmt="html", cs="iso-8859-1", cte="qp",
  html="""<html><body><p>Bonjour,</p><p>Les étudiants ci-dessous n'apparaissent pas dans les espaces <b>1ca151</b> et <b>1CA-153</b>, alors que leurs IP sont faites (le 21/09) :</p>
<table border=1><tr><th>Étape</th><th>N° étudiant</th><th>INE</th><th>Nom</th></tr>
<tr><td>MEF1PE</td><td>25300114</td><td>0A1B2C3D4E5</td><td>LEMAIRE Julie</td></tr>
<tr><td>MEF1PE</td><td>25300127</td><td>2B3C4D5E6F7</td><td>OUEDRAOGO Salif</td></tr>
<tr><td>MEF1PE</td><td>25300131</td><td>3C4D5E6F7G8</td><td>ROUX Margaux</td></tr></table>
<p>Merci,<br>V. Guérin - INSPE - 02 31 56 64 18</p></body></html>""",
  codes=[("1CA151", "1ca151"), ("1CA153", "1CA-153"), ("MEF1PE", "MEF1PE")], sn=["25300114", "25300127", "25300131"],
  sym="not_enrolled", role="staff", sch=["meef"], note="secretary table: three students missing from two courses")

M(slug="etu-re-merci-regle", frm=("", "23001847@etu.unicaen.fr"), subj="Re: [CEMU #318120] droit international", hdrs={"In-Reply-To": "<cemu.318120@unicaen.fr>"},
  body="ok c bon ça marche merci !!\n\nLe 02/10/2026 à 09:14, 23001847@etu.unicaen.fr a écrit :\n> bonjour je suis en L3 droit et je suis pas inscrite dans D2-INT1 (je le rattrape), ya rien\n",
  codes=[("D2-INT1", "D2-INT1")], sn=["23001847"], sym="other", role="student", sch=["droit"],
  note="thanks, problem solved; quoted not_enrolled request does not decide (L3 droit ambiguous)", cte="8bit")

M(slug="etu-merci-anglais", frm=("Chloé Bazin", "chloe.bazin@etu.unicaen.fr"), subj="RE: traduction version",
  body="Bonjour,\nC'est réglé, on voit tous le cours maintenant, merci beaucoup !\nChloé\n\n________________________________\nDe : Chloé Bazin\nEnvoyé : lundi 12 octobre 2026 18:02\nÀ : cemu.assistance@unicaen.fr\nObjet : traduction version\n\nBonjour, personne dans notre TD ne voit le cours AN-31A, la prof dit qu'elle l'a ouvert.\n",
  codes=[("AN-31A", "AN-31A")], sym="other", role="student", sch=["llce"], note="student confirms it is solved (Outlook quote)", cs="windows-1252", fmt="alt")

M(slug="etu-date-exam", frm=("", "25130045@etu.unicaen.fr"), subj="exam",
  body="c quand l exam de s1mat05 ? sur ADE y a rien et le prof repond pas. merci",
  codes=[("S1MAT05", "s1mat05")], sn=["25130045"], sym="other", role="student", sch=["sci"], note="asks exam date", cte="8bit")

M(slug="ens-pass-tiers-temps", frm=("Dr Arnaud Lecoq", "arnaud.lecoq@unicaen.fr"), subj="Test : tiers-temps",
  body="Bonjour,\n\nComment régler le test d'entraînement de l'UE 9 (PASUE09) pour que les 12 étudiants bénéficiant d'un tiers-temps aient 1/3 de temps en plus (40 min au lieu de 30) ? Je n'ai trouvé que la durée globale.\n\nA. Lecoq - UFR Santé - poste 8214",
  codes=[("PASUE09", "PASUE09")], sym="other", role="staff", sch=["pass"], note="quiz settings question (extra time)", cs="iso-8859-1")

M(slug="etu-traduction-aucun-groupe", frm=("", "24308862@etu.unicaen.fr"), subj="pas de groupe",
  body="bonjour\ndans le cours AN-21B je suis dans aucun groupe, du coup je vois le cours mais pas les devoirs du TD2, la prof dit que c'est filtré par groupe. je suis bien en TD2 sur mon contrat pedagogique\nmerci\nEmma",
  codes=[("AN-21B", "AN-21B"), ("AN-21B-TD2", "TD2")], sn=["24308862"], sym="wrong_group", role="student", sch=["llce"],
  note="student in the course but in no group", cte="8bit")

M(slug="en-microeconomics-classmates", frm=("Ahmed Benkirane", "ahmed.benkirane@etu.unicaen.fr"), subj="Microeconomics course",
  body="Hello,\nI cannot see my course Microeconomics MEC 7011 on ecampus. My classmates can see it and do the exercises. I was registered late (October 8) because of my visa.\nAhmed Benkirane, 26100491",
  codes=[("MEC-7011", "MEC 7011")], sn=["26100491"], sym="not_enrolled", role="student", lang="en", sch=["mec"],
  note="late-registered student lacks a course classmates see", cte="8bit")

M(slug="en-audit-renamed", frm=("Lucia Fernandez", "lucia.fernandez@etu.unicaen.fr"), subj="course changed name?",
  body="Hello,\n\nLast week my course was called 'Audit' (RCAED332) and was under Master CCA. Today it is in a category called 'Archives' with a new name and my previous submissions are not visible. Did it move? Which course should I use now?\n\nLucia",
  codes=[("RCAED332", "RCAED332")], sym="course_moved_renamed", role="student", lang="en", sch=["iae"],
  note="student: course renamed and moved to archive category")

M(slug="scol-du-cohorte-question", frm=("Bérangère Lhermitte", "berangere.lhermitte@unicaen.fr"), subj="Question sur les cohortes",
  body="Bonjour,\n\nPour le DU Capacité de Gestion des Entreprises - FOAD, nos stagiaires sont dans la cohorte ajoutée dans chaque espace (DUCGE.01 à DUCGE.08). Si un stagiaire abandonne en cours d'année, est-il retiré automatiquement de la cohorte ? Et un nouveau stagiaire inscrit en novembre y entre-t-il tout seul ?\n\nB. Lhermitte - Service Formation Continue - Campus 1, bât. A - 02 31 56 61 22",
  codes=[("DUCGE.01", "DUCGE.01"), ("DUCGE.08", "DUCGE.08")], sym="cohort_question", role="staff", sch=["du"], ets=["DUCGEF"],
  note="question about cohort updates for a DU", fmt="alt")

M(slug="de-staps-fwd-cohorte", frm=("Stéphane Ozenne", "stephane.ozenne@unicaen.fr"), subj="TR: Etudiants absents de mon cours",
  body="Bonjour,\n\nLes IP des L1 STAPS ne seront finalisées qu'après la commission du 3/11. En attendant, peut-on ajouter la cohorte LSTA1 dans ST1-AP06 pour que la collègue puisse démarrer ?\n\nS. Ozenne, directeur des études STAPS\n\nDe : Marie Tostain <marie.tostain@unicaen.fr>\nEnvoyé : mercredi 7 octobre 2026 11:40\nÀ : Stéphane Ozenne\nObjet : Etudiants absents de mon cours\n\nStéphane, aucun étudiant n'est inscrit dans mon espace d'athlétisme (st1-ap06), seulement moi. Cordialement, Marie\n",
  codes=[("LSTA1", "LSTA1"), ("ST1-AP06", "ST1-AP06")], sym="cohort_question", role="staff", sch=["staps"],
  note="director's own request is a cohort; the forwarded complaint is not_enrolled", cs="windows-1252")

M(slug="etu-fwd-notif-pote", frm=("", "25201178@etu.unicaen.fr"), subj="Fwd: trop de profs",
  body="bonjour\ndans le cours S1PHY02 y a 6 profs inscrits alors qu'on en a qu'un, on recoit les annonces de tout le monde (meme des profs de l'autre parcours) et on sait plus quoi rendre a qui. voila ce qu'on a recu hier:\n\n---------- Forwarded message ---------\nFrom: Ecampus <noreply@ecampus.unicaen.fr>\nSubject: S1PHY02 : Annonce groupe TPA\n\nRendez le compte rendu avant le 3/11.\n",
  codes=[("S1PHY02", "S1PHY02")], sn=["25201178"], sym="too_many_teachers", role="student", sch=["sci"],
  note="student complains that many teachers are enrolled in his course", cte="8bit")

M(slug="etu-but-info-anciens-cours", frm=("", "24501117@etu.unicaen.fr"), subj="mes cours de cette année",
  body="Bonjour, je suis en BUT info 2e année et dans mes cours il n'y a que les cours de l'année dernière (INF1...), ceux de cette année il faut que je les cherche un par un, par ex inf2 r01. Pourtant j'y suis, j'ai des notes dedans.\nMerci",
  codes=[("INF2.R01", "inf2 r01")], sn=["24501117"], sym="course_not_on_dashboard", role="student", sch=["inf"], ets=["BUTIN2"],
  note="this year's courses hidden from his list (filter), enrolled", fmt="alt")

M(slug="ens-hss-page-accueil-enseignant", frm=("Mathieu Desfontaines", "mathieu.desfontaines@unicaen.fr"), subj="Cours absent de ma page Ecampus",
  body="Bonjour,\n\nMon cours de Méthodes qualitatives (M.1.MS04) n'apparaît pas sur ma page d'accueil Ecampus, alors que j'en suis bien l'enseignant (j'y accède par le lien de mes favoris et je peux tout modifier). J'ai fait défiler la liste, il n'y est pas.\n\nM. Desfontaines - Sociologie - MRSH SH 212",
  codes=[("M.1.MS04", "M.1.MS04")], sym="course_not_on_dashboard", role="staff", sch=["hss"],
  note="teacher enrolled and editing, but course absent from his list", cs="iso-8859-1")

M(slug="ens-staps-visible-fwd", frm=("Lucas Pinel", "lucas.pinel.coach@hotmail.fr"), subj="TR: on voit pas le cours",
  body="Bonjour,\n\nMon compte marche maintenant, merci. Mais mes étudiants ne voient toujours pas mon espace ST3-AP07, alors que j'ai mis « Afficher » dans les paramètres hier soir. Voir ci-dessous.\nLucas Pinel\n\n-------- Message d'origine --------\nDe : 22650432@etu.unicaen.fr\nDate : 14/10/2026 21:03\nObjet : on voit pas le cours\n\nMonsieur, personne du groupe ne voit le cours sur ecampus.\n",
  codes=[("ST3-AP07", "ST3-AP07")], sn=["22650432"], sym="students_cannot_see_course", role="staff", sch=["staps"],
  note="teacher made course visible but students still cannot see it (category hidden?)")

M(slug="etu-data-science-inexistant", frm=("", "21904471@etu.unicaen.fr"), subj="cours data science",
  body="Bonjour, le cours de data science du M2 (MEC-9O31 sur l'emploi du temps) n'existe pas sur ecampus, et celui d'évaluation des politiques publiques (MEC-9011) non plus. On a déjà eu 3 séances en salle 1.08. Cordialement",
  codes=[("MEC-9031", "MEC-9O31"), ("MEC-9011", "MEC-9011")], sn=["21904471"], sym="course_missing", role="student", sch=["mec"],
  note="student: two courses do not exist (O for 0)")

M(slug="ens-psy-moitie-cours", frm=("Isabelle Roger", "isabelle.roger@unicaen.fr"), subj="Inscription enseignante incomplète",
  body="Bonjour,\n\nJe suis inscrite comme enseignante dans PSY.1A11 mais pas dans PSY.1A12, alors que j'assure les deux (CM + TD G2 et G4). Je vois PSY.1A12 dans la recherche mais je ne peux pas y entrer.\n\nIsabelle Roger\nPsychologie cognitive - 02 31 56 68 20",
  codes=[("PSY.1A11", "PSY.1A11"), ("PSY.1A12", "PSY.1A12")], sym="teacher_not_enrolled", role="staff", sch=["psy"],
  note="teacher enrolled in one course but not the other", cte="b64")

M(slug="etu-but-info-tp", frm=("Nathan Guillou", "nathan.guillou@etu.unicaen.fr"), subj="mauvais TP sur ecampus",
  body="Bonjour, je suis en BUT info premiere année, groupe TP2A sur l'edt, mais ecampus me met en TP1B. Du coup en R1.01 je vois les sujets du mauvais groupe et je peux pas déposer dans le bon.\nNathan",
  codes=[("INF1-TP2A", "TP2A"), ("INF1-TP1B", "TP1B")], sym="wrong_group", role="student", sch=["inf"], ets=["BUTIN1"],
  note="student in the wrong TP group (R1.01 is a look-alike)", cte="8bit")

M(slug="etu-las-cohorte", frm=("", "25130046@etu.unicaen.fr"), subj="annales",
  body="Bonjour, je suis en L1 sciences de la vie option santé. Est-ce que vous pouvez m'ajouter à la cohorte des PASS pour que j'ai accès à l'espace des annales ? Le tutorat m'a dit de vous demander.\nMerci",
  sn=["25130046"], sym="cohort_question", role="student", ets=["LAS1SV"], note="LAS student asks to be added to a cohort")

MAILS.insert(67, dict(slug="absence-en-eco", frm=("Sarah Whitfield", "sarah.whitfield@unicaen.fr"), subj="Automatic reply: [CEMU #318777] MEC-7021 teacher access",
  body="Thank you for your message. I am on research leave until 2 November 2026 with limited access to email. For urgent matters regarding the Master in applied economics please contact the secretariat (02 31 56 62 00).\n\nSarah Whitfield\n",
  codes=[("MEC-7021", "MEC-7021")], sym="other", role="unknown", lang="en", auto=True, sch=["mec"], hdrs={"Auto-Submitted": "auto-replied"},
  note="English out-of-office; the code is in the subject"))

M(slug="etu-histoire-medievale-caps", frm=("", "25130047@etu.unicaen.fr"), subj="TOUJOURS RIEN",
  body="CA FAIT 3 SEMAINES QUE J'ATTENDS. TOUJOURS RIEN EN HISTOIRE MEDIEVALE L1HI02 ALORS QUE LA SCOLARITE M'A FAIT MON IP LE 12/10. LES AUTRES ONT LES COURS DEPUIS LE DEBUT",
  codes=[("L.1.HI02", "L1HI02")], sn=["25130047"], sym="not_enrolled", role="student", sch=["hss"],
  note="angry caps: still not enrolled in one course after IP", cte="8bit")

M(slug="ens-droit-export-notes-erreur", frm=("Hélène Vasseur", "helene.vasseur@unicaen.fr"), subj="Export des notes impossible",
  body="Bonjour,\n\nEn exportant le carnet de notes de Droit administratif 2 (D3-ADM2, groupe TD 4) j'obtiens :\n\nErreur de lecture de la base de données\nInformation de débogage : ERROR: canceling statement due to statement timeout\n\nC'est la troisième fois cette semaine. Navigateur Firefox 128.\n\nH. Vasseur",
  codes=[("D3-ADM2", "D3-ADM2"), ("D3-ADM2T4", "TD 4")], sym="database_error", role="staff", sch=["droit"],
  note="teacher pastes database error with debug info on grade export", cs="iso-8859-1", fmt="alt")
