from gen_base import add, PNG, PDF
add("staps-groupe-vide", "Romain Lefrançois <romain.lefrancois@unicaen.fr>", "groupes vides STA2E05",
"""Bonjour,
dans l'espace STA2E05 (entraînement, L2 STAPS) les groupes STA2E05G3 et STA2E05G4 sont vides alors que j'ai 28 étudiants par groupe au gymnase Lefèvre. Le groupe 5 est correct.
Romain""", "wrong_group", role="staff", codes=["STA2E05", "STA2E05G3", "STA2E05G4", ("STA2E05G5", "groupe 5")],
note="STAPS teacher: two groups empty in STA2E05, group 5 fine")

add("etu-nom-errone", "Maëlys Nguyen-Thi <maelys.nguyen-thi@etu.unicaen.fr>", "=?utf-8?q?Nom_mal_=C3=A9crit?=",
"""Bonjour,
sur Ecampus mon nom apparaît « Nguyen Thi Maelys » sans le tiret et sans le tréma. C'est gênant pour les attestations. Comment corriger ?
Maëlys, LEA anglais-espagnol 1re année""", "wrong_name", etapes=["LEAAE1"],
note="student name misspelt on the platform (missing hyphen and diaeresis)")

add("en-visiting-lecturer", "Dr Aisha Rahman <a.rahman@kcl.ac.uk>", "Access to Ecampus as a visiting lecturer",
"""Dear colleagues,

I am teaching the module DOC.ANG2 (Scientific English) for doctoral students this term as a visiting lecturer. The faculty created an account for me, but after logging in I am stuck on a profile page asking for an email address which I cannot edit.

Kind regards,
Aisha Rahman
King's College London, Strand, London WC2R 2LS
+44 20 7848 1234""", "cannot_login", role="staff", lang="en", codes=["DOC.ANG2"],
note="visiting lecturer (English) stuck on profile page without email address")

add("etu-pasdecours-las", "Inès Bouchard <ines.bouchard@etu.unicaen.fr>", "option santé LAS",
"""Bonjour, je suis en LAS droit (L1 Droit accès santé) et je n'ai pas le cours de l'option santé LAS.OS1 sur ecampus, les QCM d'entrainement sont dessus... Mon numéro : 26020457.
Merci !!""", "not_enrolled", codes=[("LAS.OS01", "LAS.OS1")], nums=["26020457"], etapes=["LASDR1"],
note="LAS droit student missing option santé course; code with a digit dropped")

add("sec-droit-tableau-html", "Scolarité Droit <scol-droit@unicaen.fr>", "Etudiants absents de Ecampus - L1 Droit",
None, "not_enrolled", role="staff",
html_only=True, html="""<html><body><p>Bonjour,</p>
<p>Les étudiants suivants, inscrits en JUL1, n'apparaissent pas dans les participants du cours JU1INT1 (Introduction au droit) :</p>
<table border="1" cellpadding="3"><tr><th>N° étudiant</th><th>INE</th><th>Nom</th><th>Prénom</th><th>Groupe</th></tr>
<tr><td>26001245</td><td>0A1B2C3D4E5</td><td>ADAM</td><td>Lina</td><td>JU1INT1T2</td></tr>
<tr><td>26001388</td><td>2309876543F</td><td>BARBIER</td><td>Noé</td><td>JU1INT1T2</td></tr>
<tr><td>26001902</td><td>1208765432G</td><td>COLLET</td><td>Sarah</td><td>JU1INT1T5</td></tr></table>
<p>Les IP sont faites jusqu'au groupe depuis le 22/09.</p>
<p>Cordialement,<br>Bureau de la scolarité - UFR Droit, AES et Administration publique<br>Esplanade de la Paix, 14032 Caen Cedex<br>02 31 56 51 00</p></body></html>""",
codes=["JUL1", "JU1INT1", "JU1INT1T2", "JU1INT1T5"], nums=["26001245", "26001388", "26001902"],
charset="windows-1252", note="law scolarité HTML-only table of three L1 students missing from JU1INT1")

add("merci-resolu", "25004127@etu.unicaen.fr", "Re: pas inscrite en droit civil",
"""C'est bon je vois le cours maintenant, merci beaucoup !!

Le mer. 9 sept. 2026 à 10:02, CEMU Assistance <cemu.assistance@unicaen.fr> a écrit :
> Bonjour, pouvez-vous nous confirmer votre groupe de TD en droit civil (JU1CIV1) ?
>
> Le 8 sept. 2026 à 09:15, 25004127@etu.unicaen.fr a écrit :
>> je suis en L1 droit et je ne vois pas le cours de droit civil (JU1CIV1)""", "other", codes=["JU1CIV1"], nums=["25004127"],
extra={"In-Reply-To": "<cemu-8812@unicaen.fr>", "References": "<001.1@etu.unicaen.fr> <cemu-8812@unicaen.fr>"},
note="student thanks: problem solved; quoted history cites JU1CIV1 (etape only in quoted history)")

add("doctorant-en-ethics", "Mehdi Karimi <mehdi.karimi@unicaen.fr>", "Ethics training not visible",
"""Hi,

I am a first-year PhD student (doctoral school ED 497 NBISE, lab CERMN). I registered for the mandatory research ethics training DOC ETH1 on ADUM on 2 October, but the course does not show up in my Ecampus courses. My colleagues in the same lab see it.
Student number 26207781.

Thanks,
Mehdi""", "not_enrolled", lang="en", codes=[("DOC.ETH1", "DOC ETH1")], nums=["26207781"], etapes=["DOCNBI"],
note="PhD student (English, staff address) missing ethics training; dot replaced by space")

add("iae-apprentis-groupe", "Hélène Marie <helene.marie@unicaen.fr>", "Groupe apprentis M1 CG",
"""Bonjour,

Les apprentis du M1 contrôle de gestion ne sont pas dans le groupe des apprentis du cours M1CG07 sur ecampus ; ils sont tous dans « Formation initiale ». Or les devoirs sont réservés par groupe (calendrier de l'alternance différent).

Exemple : Paul Renard 25300412, Léa Simon 25300487.

Hélène Marie
Secrétariat pédagogique - IAE Caen
Tél 02 31 56 65 11""", "wrong_group", role="staff",
codes=[("M1CG.07", "M1CG07"), ("M1CG07APP", "groupe des apprentis"), ("M1CG07FI", "Formation initiale")], nums=["25300412", "25300487"],
note="IAE secretary: apprentices placed in FI group of M1CG.07 (dot dropped)")

add("etu-database-dimanche", "Jules Pottier <jules.pottier@etu.unicaen.fr>", "site en panne ?",
"""bonjour dimanche matin vers 9h30 j'avais une page rouge "Error: Database connection failed" en voulant rendre mon devoir de S.PH203, j'ai pu le rendre a 11h mais il est marqué en retard, est ce que vous pouvez prevenir la prof ?""", "database_error",
codes=["S.PH203"], note="student hit 'Database connection failed' during Sunday maintenance")

add("bounce-en", "Mail Delivery Subsystem <mailer-daemon@unicaen.fr>", "Undelivered Mail Returned to Sender",
"""This is the mail system at host smtp.unicaen.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<jean.dupond@unicaen.fr>: host mx.unicaen.fr[193.55.120.14] said: 550 5.1.1
    User unknown (in reply to RCPT TO command)

Original subject: Re: [CEMU #318220] groupe HIS101TD2""", "other", role="unknown", lang="en", auto=True, codes=["HIS101TD2"],
note="bounce in English; original subject cites group HIS101TD2")

add("but-info-alternant", "Emma Leroy <emma.leroy@etu.unicaen.fr>", "Re: Alternance - pas de cours",
"""Bonjour,
Je suis alternante en 2e année de BUT informatique (groupe des alternants) et je n'ai que la moitié de mes cours du S3 : il me manque INFO2R03 et INF02R04. J'ai le reste.
Emma""", "not_enrolled", codes=[("INFO2ALT", "groupe des alternants"), "INFO2R03", ("INFO2R04", "INF02R04")], etapes=["BINF2"],
note="apprentice BUT info 2: two S3 courses missing; one code with 0 for O")

add("ens-cours-introuvable-du", "Dr Benoît Garnier <benoit.garnier@chu-caen.fr>", "Cours du DU addictologie introuvable",
"""Bonjour,

J'interviens dans le DU Pratiques en addictologie (module 3, DUADD-03). On m'a dit que l'espace de cours existe mais je ne le trouve nulle part sur Ecampus, même en cherchant « addicto ». Pouvez-vous m'indiquer le lien ?

Dr B. Garnier
CHU de Caen - Service d'addictologie
Avenue de la Côte de Nacre, 14033 Caen Cedex 9 - poste 4 52 18""", "course_missing", role="staff", codes=["DUADD-03"],
note="hospital doctor teaching in DU cannot find the course anywhere")

add("etu-no-accents-dashboard", "25210094@etu.unicaen.fr", "cours pas dans mes cours",
"""bonjour,
je ne vois plus aucun de mes cours dans "mes cours" sauf anglais, pourtant j'ai acces quand je tape le nom dans la recherche. j'ai peut etre clique sur un truc (filtre ?) 
L2 staps""", "course_not_on_dashboard", nums=["25210094"], etapes=["STAPL2"],
note="L2 STAPS student lost courses from dashboard (filter)")

add("inspe-trop-enseignants", "Valérie Lecoq <valerie.lecoq@unicaen.fr>", "Trop d'enseignants dans 1CA153",
"""Bonjour,

Dans l'espace (1CA153) Analyse du contexte, je compte 23 enseignants inscrits, dont des collègues qui n'interviennent pas du tout dans cette UE. Les étudiants reçoivent des messages de forum de tout le monde. Ils sont inscrits par « Base de données externe ».

Valérie Lecoq
INSPE Normandie Caen - 186 rue de la Délivrande""", "too_many_teachers", role="staff", codes=["1CA153"],
note="INSPE teacher: 23 teachers enrolled by database in 1CA153")

add("erasmus-en-cannot-login", "Lukas Becker <lukas.becker.2003@gmail.com>", "Cannot log in to Ecampus",
"""Hello,
I arrived from TU Dresden last week. I received my student number (26400218) but when I try to log in the website says my account is not activated. I tried 5 times, now it is blocked?
I have the course GRA 1 German grammar... sorry I don't know the code.
Lukas""", "cannot_login", lang="en", nums=["26400218"], note="Erasmus student (English, gmail) cannot log in, account not activated")

add("daeu-groupe-soir", "Sandrine Lamy <sandrine.lamy@unicaen.fr>", "DAEU - groupes du soir / distance",
"""Bonjour,

Service formation continue (SUFCA). Pour le DAEU A, plusieurs stagiaires du cours du soir en français (DAEU-FR, groupe DAEUFR-S) apparaissent dans le groupe distance DAEUFR-D sur ecampus. Ils reçoivent donc les consignes des distanciels et pas les dates de regroupement.

Ci-joint la liste (DAEU_FR_2026.xlsx).

Sandrine Lamy
SUFCA - 02 31 56 62 94""", "wrong_group", role="staff", codes=["DAEU-FR", "DAEUFR-S", "DAEUFR-D"],
attach=[("DAEU_FR_2026.xlsx", b"PK\x03\x04fake", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")],
note="continuing education: evening DAEU students placed in distance group")

add("etu-wrong-name-fc", "Karine Dubois <k.dubois76@orange.fr>", "erreur prénom",
"""Bonjour
Je suis stagiaire de la formation continue en DAEU A. Sur la plateforme mon prénom est « Carine » au lieu de « Karine ».
Merci
Karine Dubois
Tel 06 52 18 44 70""", "wrong_name", etapes=["DAEUA"], note="continuing education learner: first name misspelt")

add("dir-etudes-renomme", "Olivier Marchand <olivier.marchand@unicaen.fr>", "Mon cours a changé de nom et est dans « Archives »",
"""Bonjour,

Mon cours de réseaux (l'an dernier S.IN305, « Réseaux ») a été déplacé dans une catégorie Archives 2025-2026 et renommé. Il y a un nouvel espace vide avec le même titre. Tous mes quiz sont dans l'ancien ! La maquette a changé mais je pensais que le code restait.

O. Marchand
Directeur des études L3 informatique""", "course_moved_renamed", role="staff", codes=["S.IN305"],
note="director of studies: course archived and renamed after model change")

add("etu-tout-caps-ju", "JADE.PERRIN@ETU.UNICAEN.FR", "JE SUIS DANS AUCUN GROUPE",
"""JE SUIS DANS AUCUN GROUPE EN DROIT CONSTIT JU1CON1 DONC JE NE PEUX PAS RENDRE LE DEVOIR DU TD !! J'AI PAYE MON INSCRIPTION COMME TOUT LE MONDE
JADE PERRIN 25007781""", "wrong_group", codes=["JU1CON1"], nums=["25007781"], note="all caps angry student: in no group in JU1CON1")

add("auto-reply-en", "Prof. Daniel O'Connor <daniel.oconnor@unicaen.fr>", "Automatic reply: TR: cours EN1VER2",
"""Thank you for your email. I am on research leave until 2 November 2026 with limited access to email.
For matters concerning EN1VER2 please contact the LLCER secretariat.
Best wishes, Daniel O'Connor""", "other", role="unknown", lang="en", auto=True, codes=["EN1VER2"],
extra={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}, note="English auto-reply citing EN1VER2")

add("etu-pas-de-participants", "Hugo Lemaire <hugo.lemaire@etu.unicaen.fr>", "Participants",
"""Bonjour, je suis délégué de la promo et je voudrais voir la liste des gens du cours pour le projet tutoré mais je ne trouve plus le bloc Participants à droite, il a disparu ?
Hugo""", "participants_block_missing", note="student delegate cannot find Participants block")

add("pass-site-slo", "Clémence Hue <clemence.hue@etu.unicaen.fr>", "mauvais site PASS",
"""Bonjour,
je suis au site de Saint-Lô mais sur ecampus je suis dans PASS-CAEN, donc je reçois les annonces de Caen (salles, horaires des ED). Pouvez-vous me mettre dans PASS-SL0 ?
Numéro 26003490""", "wrong_group", codes=["PASS-CAEN", ("PASS-SLO", "PASS-SL0")], nums=["26003490"], etapes=["PASS1"],
note="PASS student in Caen site group instead of Saint-Lô; SLO typed with zero")

add("ens-staps-teacher-not", "Anthony Roger <anthony.roger@unicaen.fr>", "accès enseignant STA1P03",
"""Salut,
Je suis vacataire en L1 STAPS (natation, STA1P03) et je n'ai pas accès au cours en tant qu'enseignant. Mes créneaux ne sont peut-être pas dans ADE, je remplace un collègue depuis le 12/10.
Anthony""", "teacher_not_enrolled", role="staff", codes=["STA1P03"],
note="STAPS temporary teacher not enrolled; replacing a colleague, maybe no ADE planning")

add("etu-en-erasmus-ies", "Sofia Martínez <sofia.martinez@etu.unicaen.fr>", "Wrong group in Spanish oral",
"""Hello! I'm an exchange student from Granada. In the Spanish oral expression course (ES1ORA1) I was put in group 1 but my timetable (ADE) says group 4, Thursday 10:15, room L 205. My professor asked me to write to you.
Thank you so much,
Sofía""", "wrong_group", lang="en", codes=["ES1ORA1", ("ES1ORA1G1", "group 1"), ("ES1ORA1G4", "group 4")],
note="Erasmus student (English) in group 1 instead of 4 in ES1ORA1")

add("sec-sciences-liste-base64", "Aurélie Tessier <aurelie.tessier@unicaen.fr>", "Inscriptions manquantes L1 MPC",
"""Bonjour,

Suite aux réinscriptions tardives, les étudiants ci-dessous ne sont pas dans les espaces S.MA101 et S.PH101 alors que leurs IP sont saisies (groupes TD2) :

num_etu;nom;prenom;etape;groupe
26005511;LEFEBVRE;Tom;SMPC1;S.MA101TD2
26005638;HAMON;Lou;SMPC1;S.MA101TD2
26005702;DIALLO;Awa;SMPC1;S.PH101TD2

Merci,
Aurélie Tessier
Scolarité UFR des Sciences - Campus 2, bâtiment Sciences 3, bureau S3-112""", "not_enrolled", role="staff",
codes=["S.MA101", "S.PH101", "SMPC1", "S.MA101TD2", "S.PH101TD2"], nums=["26005511", "26005638", "26005702"], cte="base64",
note="sciences secretary, base64 body, CSV of late enrolments missing from two courses")

add("ens-iae-cours-invisible", "Marc Villeneuve <marc.villeneuve@unicaen.fr>", "étudiants n'accèdent pas au cours",
"""Bonjour,
Mes étudiants du M2 MAE à distance ne peuvent pas accéder au cours M2MAE.11 alors que c'est ouvert depuis 3 semaines. Ils voient le titre dans la catégorie mais « ce cours n'est pas accessible ». La catégorie IAE / MAE FOAD serait-elle cachée ?
Marc Villeneuve""", "students_cannot_see_course", role="staff", codes=["M2MAE.11"],
note="IAE teacher: distance students cannot access M2MAE.11 (category hidden?)")

add("etu-iso-histoire", "Rémi Gaudin <remi.gaudin@etu.unicaen.fr>", "Cours d'historiographie",
"""Bonjour,
Je suis étudiant en deuxième année de licence d'histoire et je ne trouve pas le cours d'historiographie (HIS-208) sur Ecampus. Le professeur dit qu'il a mis des documents. Faut-il s'inscrire soi-même ?
Rémi Gaudin""", "not_enrolled", codes=["HIS-208"], etapes=["HISL2"], charset="iso-8859-1", cte="quoted-printable",
note="L2 history student cannot find HIS-208; iso-8859-1 QP")

add("cohorte-du-fle", "Anne-Sophie Lebrun <anne-sophie.lebrun@unicaen.fr>", "Synchronisation de cohorte - diplôme universitaire de FLE",
"""Bonjour,

J'ai ajouté la synchronisation de la cohorte « DU Français langue étrangère » dans DUFLE-01 en septembre, faute d'IP. Maintenant que les IP sont faites, dois-je supprimer la méthode cohorte ? Certains étudiants apparaissent deux fois dans les participants.

A.-S. Lebrun, CEFE""", "cohort_question", role="staff", codes=["DUFLE-01"], etapes=["DUFLE"],
note="DU FLE coordinator asks whether to remove cohort sync now IPs done")
