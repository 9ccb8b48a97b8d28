# 001-035
M("etu-pass-alencon-ue3", "Lou Verdier <lou.verdier@etu.unicaen.fr>", "ue3 pas la",
 "slt\njsuis en PASS a alencon et jvois pas l'UE3 sur ecampus (PS1UE03) alors que les autres ue sont la\nc normal ?? le partiel c dans 3 semaines\nmerci\nlou\n\nEnvoyé de mon iPhone",
 codes=[C("PS1UE03")], sym="not_enrolled", schemes=[PASS], et=["PASALE"], note="PASS Alençon student does not see UE3")
M("scol-sante-groupes-sites", "=?utf-8?q?Val=C3=A9rie_Lemonnier?= <valerie.lemonnier@unicaen.fr>", "Groupes de TD UE5 vides pour les sites délocalisés",
 "Bonjour,\n\nNos étudiants de PASS Cherbourg et d'Alençon n'apparaissent dans aucun groupe du cours PS1UE05 (id=48211).\nExemples :\n- 24018833 groupe attendu PS1UE05-A1\n- 24019102 groupe attendu PS1UE05-A1\n- 24020476 groupe attendu PS1UE05-H2\nLes IP ont été faites jusqu'au groupe le 15/09.\n\nCordialement,\n" + SIG_SANTE,
 html="""<html><body><p>Bonjour,</p><p>Nos étudiants de PASS Cherbourg et d'Alençon n'apparaissent dans aucun groupe du cours <a href="https://ecampus.unicaen.fr/course/view.php?id=48211">PS1UE05</a>.</p>
<table border="1"><tr><th>N° étudiant</th><th>Site</th><th>Groupe attendu</th></tr>
<tr><td>24018833</td><td>Alençon</td><td>PS1UE05-A1</td></tr><tr><td>24019102</td><td>Alençon</td><td>PS1UE05-A1</td></tr>
<tr><td>24020476</td><td>Cherbourg</td><td>PS1UE05-H2</td></tr></table><p>Les IP ont été faites jusqu'au groupe le 15/09.</p><p>Cordialement,<br>Valérie Lemonnier<br>Tél. 02 31 56 82 14 - bureau 1.208</p></body></html>""",
 codes=[C("PS1UE05"), C("PS1UE05-A1"), C("PS1UE05-H2")], sn=["24018833", "24019102", "24020476"], cids=[48211], sym="wrong_group", role="staff",
 schemes=[PASS], et=["PASCHE", "PASALE"], note="PASS secretary: délocalisé students in no TD group of UE5 (HTML table)")
M("etu-l2-droit-las-mineure", "Ines Haddad <ines.haddad@etu.unicaen.fr>", "Mineure santé mauvais groupe",
 "Bonjour,\n\nJe suis en L2 droit LAS et dans le cours LASMINS3 je suis dans le groupe 2 alors que mon emploi du temps ADE me met dans le groupe 3 (le mardi 14h, salle S3-045).\nMon numéro étudiant : 25007731.\n\nMerci d'avance\nInès Haddad",
 codes=[C("LASMINS3"), C("LASMINS3-2", "groupe 2"), C("LASMINS3-3", "groupe 3")], sn=["25007731"], sym="wrong_group", schemes=[LAS], et=["LAS2DR"],
 note="L2 droit LAS student in group 2 instead of 3 of the mineure santé")
M("erasmus-du-fle-oral", "Anna Kowalska <anna.kowalska@etu.unicaen.fr>", "Cannot see my oral course",
 "Hello,\n\nI am an exchange student and I'm in the DU FLE this semester (level B2). I can see the written course but not the oral one, FLE.B2OR. My teacher says everyone else has it.\nMy student number is 26101458.\n\nThank you very much,\nAnna",
 codes=[C("FLE.B2OR")], sn=["26101458"], sym="not_enrolled", lang="en", schemes=[FLE], et=["DUFLE"], note="Erasmus DU FLE student missing from the B2 oral course")
M("ens-fle-groupes-123-vides", "Marc Aubert <marc.aubert@unicaen.fr>", "groupes vides FLE.B1EC",
 "Bonjour,\n\nDans mon cours FLE.B1EC, les groupes 1, 2 et 3 sont vides : tous les étudiants (la promo fait 54) sont inscrits mais sans groupe, je ne peux pas utiliser les devoirs par groupe.\n\nBien à vous,\nMarc Aubert\nCarré international - bureau 112\n02 31 56 55 90",
 codes=[C("FLE.B1EC"), C("FLE.B1-G1", "groupes 1"), C("FLE.B1-G2", "2"), C("FLE.B1-G3", "3")], sym="wrong_group", role="staff", schemes=[FLE],
 note="FLE teacher: groups 1, 2, 3 of B1 written expression empty")
M("etu-gea2-alternant-groupe-fi", "=?utf-8?q?Th=C3=A9o_Marie?= <25003342@etu.unicaen.fr>", "Re: mauvais groupe R3.01",
 "Bonjour,\n\nJe suis en deuxième année de BUT GEA en alternance mais sur Ecampus dans BGEA3R01 (R3.01 Gestion de la paie) je suis dans le groupe FI et pas avec les alternants. Du coup je n'ai pas les dépôts de notre groupe.\n\nCordialement\nThéo Marie",
 codes=[C("BGEA3R01"), C("BGEA3R01FI", "groupe FI"), C("BGEA3R01FA", "alternants")], sn=["25003342"], sym="wrong_group", schemes=[GEA], et=["BUGEA2"],
 note="GEA2 apprentice put in the FI group of R3.01", extra={"In-Reply-To": "<20260910.4411@unicaen.fr>"})
M("ens-gea-tdb-ne-voit-pas", "Sandrine Olivier <sandrine.olivier@unicaen.fr>", "Mon TD B ne voit pas le cours",
 "Bonjour,\nmon TD B de BGEA3R02 n'a pas accès au cours https://ecampus.unicaen.fr/course/view.php?id=51204 ; les autres TD oui. Le cours est bien visible.\nSandrine Olivier\n" + SIG_IUT,
 html="<p>Bonjour,<br>mon TD B de <b>BGEA3R02</b> n'a pas accès au cours <a href='https://ecampus.unicaen.fr/course/view.php?id=51204'>https://ecampus.unicaen.fr/course/view.php?id=51204</a> ; les autres TD oui. Le cours est bien visible.</p><p>Sandrine Olivier<br>Secrétariat pédagogique GEA<br>02 31 56 70 22</p>",
 codes=[C("BGEA3R02"), C("BGEA3R02B", "TD B")], cids=[51204], sym="students_cannot_see_course", role="staff", schemes=[GEA], note="GEA teacher: TD B cannot access course")
M("scol-gea1-groupes-abcd", "Nathalie Girard <nathalie.girard@unicaen.fr>", "BGEA1R05 : groupes A, B, C et D vides",
 "Bonjour,\n\nDans le cours BGEA1R05 les groupes A, B, C et D sont vides depuis lundi (ils étaient remplis la semaine dernière). Pourtant rien n'a changé dans Apogée de notre côté.\nPouvez-vous regarder ?\n\nNathalie Girard\n" + SIG_IUT,
 codes=[C("BGEA1R05"), C("BGEA1R05A", "groupes A"), C("BGEA1R05B", "B"), C("BGEA1R05C", "C"), C("BGEA1R05D", "D")], sym="wrong_group", role="staff", schemes=[GEA], et=[],
 note="GEA secretary: four TD groups of R1.05 emptied")
M("etu-l2-psycho-g2", "Jade Moreau <jade.moreau@etu.unicaen.fr>", "groupe td",
 "bonjour je suis en L2 psycho et sur ecampus dans u3psy 21 je suis en g2 mais je suis en td 4 normalement (le jeudi). num etu 24011987\nmerci",
 codes=[C("U3PSY21", "u3psy 21"), C("U3PSY21G2", "g2"), C("U3PSY21G4", "td 4")], sn=["24011987"], sym="wrong_group", schemes=[PSY], et=["LPSY2"], note="L2 psycho student in TD2 instead of TD4")
M("ens-psy-groupes-html", "=?iso-8859-1?q?Fran=E7ois_Lebrun?= <francois.lebrun@unicaen.fr>", "=?iso-8859-1?q?Cours_U3PSY32_invisible_pour_les_=E9tudiants?=",
 "", html_only=True, charset="windows-1252", cte="quoted-printable",
 html="""<html><body><div>Bonjour,</div><div>Mes étudiants des groupes 1, 2 et 3 du cours U3PSY32 (<a href="https://ecampus.unicaen.fr/course/view.php?id=50377">lien</a>) me disent qu'ils ne voient pas le cours ; seul le groupe 4 y accède.</div>
<ul><li>groupe 1 : 38 étudiants</li><li>groupe 2 : 41 étudiants</li><li>groupe 3 : 36 étudiants</li></ul><div>Merci,<br>F. Lebrun<br>MCF psychologie - bureau SA 214 - 02 31 56 63 07</div></body></html>""",
 codes=[C("U3PSY32"), C("U3PSY32G1", "groupes 1"), C("U3PSY32G2", "2"), C("U3PSY32G3", "3")], cids=[50377], sym="students_cannot_see_course", role="staff", schemes=[PSY],
 note="psycho teacher: groups 1-3 cannot see course (HTML only, cp1252)")
M("etu-daeu-a-presentiel-distance", "Karima Benali <karima.benali@etu.unicaen.fr>", "DAEU français groupe distance",
 "Bonjour,\n\nJe suis en DAEU A à distance (je travaille la journée). Dans le cours de français DAEUA-FR je suis dans le groupe présentiel et pas dans le groupe distance, je ne vois donc pas les enregistrements.\n\nMerci de votre aide\nKarima Benali\n07 61 22 48 90",
 codes=[C("DAEUA-FR"), C("DAEUA-FR-P", "groupe présentiel"), C("DAEUA-FR-D", "groupe distance")], sym="wrong_group", schemes=[DAEU], et=["DAEUA"], note="DAEU A distance learner put in evening group")
M("etu-daeu-b-sms", "Kevin Leroux <kevin.leroux@etu.unicaen.fr>", "cour maths",
 "slt jvoi pa le coursdaeub-ma sur ecampus cmt jfai?? les autres c bon\nkev",
 codes=[C("DAEUB-MA", "daeub-ma")], sym="not_enrolled", schemes=[DAEU], note="SMS-style DAEU student, code glued to word")
M("resp-daeu-fwd-etudiante", "Pascale Hue <pascale.hue@unicaen.fr>", "TR: inscription cours histoire-géo",
 "Bonjour,\n\nJe vous transfère la demande d'une étudiante en DAEU A à distance, elle n'est pas inscrite dans le cours.\n\nPascale Hue\nResponsable pédagogique DAEU - SUFCA\n\n---------- Message transféré ----------\nDe : Sophie Carel <24300912@etu.unicaen.fr>\nDate : mar. 22 sept. 2026 à 21:14\nObjet : inscription cours histoire-géo\nÀ : pascale.hue@unicaen.fr\n\nBonjour madame, je n'ai toujours pas le cours DAEUA-HG ni le groupe distance sur ecampus. Mon numéro est 24300912.\nSophie",
 codes=[C("DAEUA-HG"), C("DAEUA-HG-D", "groupe distance")], sn=["24300912"], sym="not_enrolled", role="staff", schemes=[DAEU], et=["DAEUA"],
 note="DAEU coordinator forwards a distance student's mail: not enrolled")
M("etu-capacite-1-civil", "Bernard Piel <bernard.piel@orange.fr>", "Capacité en droit - cours de droit civil",
 "Bonjour,\n\nJe suis inscrit en capacité en droit 1ère année (cours du soir). Je n'ai pas accès au cours de droit civil CAP1CIV, ni au groupe du soir. J'ai bien accès au droit pénal.\nN° étudiant 26400318.\n\nBien cordialement,\nBernard Piel",
 codes=[C("CAP1CIV"), C("CAP1CIV-S", "groupe du soir")], sn=["26400318"], sym="not_enrolled", schemes=[CAP], et=["CAPDR1"], note="capacité student writing from orange.fr, missing civil law course")
M("scol-capacite-2-cours-absent", "Martine Duval <martine.duval@unicaen.fr>", "Cours CAP2PRO inexistant",
 "Bonjour,\n\nLes étudiants de capacité en droit 2e année ne trouvent pas le cours de procédure civile cap2pro : il n'existe pas sur Ecampus (nous avons cherché dans la catégorie Capacité). Les autres, CAP2ADM et CAP2TRA, sont bien là.\n\nMartine Duval\nScolarité Faculté de droit - bureau DR 110\n02 31 56 51 03",
 codes=[C("CAP2PRO", "cap2pro"), C("CAP2ADM"), C("CAP2TRA")], sym="course_missing", role="staff", schemes=[CAP], et=["CAPDR2"], note="capacité 2 course does not exist on Ecampus")
M("etu-meef-alencon", "Chloe Dupont <chloe.dupont@etu.unicaen.fr>", "cours manquant INSPE",
 "Bonjour,\n\nJe suis en M1 MEEF 1er degré à Alençon. Il me manque le cours 1 AL 153 (analyse du contexte) sur Ecampus.\nMon numéro : 25110564\n\nCordialement\nChloé",
 codes=[C("1AL153", "1 AL 153")], sn=["25110564"], sym="not_enrolled", schemes=[INSPE], et=["MEEF1A"], note="M1 MEEF Alençon student missing course, code with spaces")
M("scol-inspe-table-groupes", "Service scolarité INSPE <scolarite.inspe@unicaen.fr>", "=?utf-8?b?UsOpcGFydGl0aW9uIGRlcyBncm91cGVzIDFDQTE1Mg==?=",
 "", html_only=True, cte="base64",
 html="""<html><body><p>Bonjour,</p><p>Pour les M1 MEEF 1er degré Caen, la répartition des groupes du cours 1CA152 sur Ecampus ne correspond pas à Apogée :</p>
<table border="1" cellpadding="3"><tr><th>Étudiant</th><th>Groupe Ecampus</th><th>Groupe Apogée</th></tr>
<tr><td>25102233</td><td>1CA152-G1</td><td>1CA152-G3</td></tr><tr><td>25102871</td><td>1CA152-G1</td><td>1CA152-G4</td></tr><tr><td>25104419</td><td>aucun</td><td>1CA152-G2</td></tr></table>
<p>Merci,<br>Scolarité INSPE Normandie Caen - 186 rue de la Délivrande 14000 Caen</p></body></html>""",
 codes=[C("1CA152"), C("1CA152-G1"), C("1CA152-G3"), C("1CA152-G4"), C("1CA152-G2")], sn=["25102233", "25102871", "25104419"], sym="wrong_group", role="staff",
 schemes=[INSPE], et=["MEEF1C"], note="INSPE scolarité table of group mismatches (HTML only, base64)")
M("ens-inspe-pas-inscrit", "Yann Le Goff <yann.le-goff@unicaen.fr>", "Pas inscrit comme enseignant 1CA312",
 "Bonjour,\n\nJe suis intervenant sur 1CA312 cette année (planifié dans ADE depuis septembre) mais je ne suis toujours pas inscrit comme enseignant dans l'espace Ecampus.\n\nYann Le Goff\nFormateur INSPE - site de Caen\nTél : 02 31 46 70 88",
 codes=[C("1CA312")], sym="teacher_not_enrolled", role="staff", schemes=[INSPE], note="INSPE teacher not enrolled")
M("etu-iae-fc-groupe-fi", "Olivier Renaud <olivier.renaud@etu.unicaen.fr>", "Groupe FI au lieu de FC",
 "Bonjour,\n\nJe suis en master 1 MAE en formation continue. Dans le cours MAE1 C07 (stratégie) on m'a mis dans le groupe FI alors que je dois être dans le groupe FC (cours le vendredi et samedi).\n\nOlivier Renaud\n26500781",
 codes=[C("MAE1-C07", "MAE1 C07"), C("MAE1C07FI", "groupe FI"), C("MAE1C07FC", "groupe FC")], sn=["26500781"], sym="wrong_group", schemes=[IAE], et=["MAE1"], note="IAE continuing-education student in FI group")
M("ens-iae-en-apprentices", "David Clarke <david.clarke@unicaen.fr>", "Apprentices cannot see my course",
 "Dear colleagues,\n\nThe apprentices group of my course MAE2-C03 (Finance) cannot see the course, while the FI students can. The course is visible. Could you check?\n\nBest regards,\nDavid Clarke\nVisiting Professor, IAE Caen\n3 rue Claude Bloch, 14000 Caen",
 codes=[C("MAE2-C03"), C("MAE2C03AL", "apprentices group")], sym="students_cannot_see_course", role="staff", lang="en", schemes=[IAE], note="visiting IAE teacher, apprentices cannot see")
M("iae-cohorte-du-cge", "Carole Vasseur <carole.vasseur@unicaen.fr>", "Ajout cohorte DU CGE",
 "Bonjour,\n\nPeut-on synchroniser la cohorte « CEMU: DU Capacité de Gestion des Entreprises - FOAD » (étape DUCGE) dans l'espace de rentrée du DU ? Il n'est pas créé automatiquement. Combien de temps faut-il pour que les nouveaux inscrits y apparaissent ?\n\nCarole Vasseur\nIAE Caen - Pôle formation continue\n02 31 56 65 41",
 codes=[C("DUCGE")], sym="cohort_question", role="staff", schemes=[IAE], note="IAE staff asks about cohort sync for DU CGE")
M("etu-prepa-a-tableau-bord", "Hugo Lambert <hugo.lambert@etu.unicaen.fr>", "cours pas dans mes cours",
 "Bonjour,\nLe cours de droit public PCA-DP02 n'apparaît plus dans mon tableau de bord alors que je peux l'ouvrir avec le lien de l'ENT. Les autres sont bien affichés.\nHugo Lambert",
 codes=[C("PCA-DP02")], sym="course_not_on_dashboard", schemes=[PCA], et=[], note="prépa concours student: course missing from dashboard")
M("ens-prepa-trop-enseignants", "Anne Fleury <anne.fleury@unicaen.fr>", "Trop d'enseignants dans PCA-CG01",
 "Bonjour,\n\nIl y a 14 enseignants inscrits dans le cours de culture générale PCA CG01 alors que nous sommes 3 à intervenir cette année. Les étudiants reçoivent des messages de collègues qu'ils ne connaissent pas.\n\nAnne Fleury\nIPAG de Caen",
 codes=[C("PCA-CG01", "PCA CG01")], sym="too_many_teachers", role="staff", schemes=[PCA], note="IPAG teacher: too many teachers")
M("ens-droit-en-participants", "Helen Morgan <helen.morgan@unicaen.fr>", "Where is the Participants block?",
 "Hello,\n\nI teach RCAED-334 in the law master this term and I cannot find the Participants block any more on the right of the course page. How can I see the list of my students?\n\nKind regards,\nHelen Morgan\nFaculty of Law, office DR 305",
 codes=[C("RCAED334", "RCAED-334")], sym="participants_block_missing", role="staff", lang="en", schemes=[RCAE], note="English-speaking law teacher: participants block")
M("etu-m1-droit-prive", "Lucas Bertin <lucas.bertin@etu.unicaen.fr>", "pas inscrit RCAED 335",
 "Bonjour,\n\nje suis en M1 droit privé et je ne suis pas inscrit au cours RCAED 335 sur ecampus, mes camarades l'ont depuis la semaine dernière.\n\nnuméro étudiant 23009914\nLucas",
 codes=[C("RCAED335", "RCAED 335")], sn=["23009914"], sym="not_enrolled", schemes=[RCAE], et=["MDRPR1"], note="M1 droit privé student not enrolled, code with space")
M("auto-reply-absence", "Jean-Luc Perrot <jean-luc.perrot@unicaen.fr>", "Absence du bureau : Re: [CEMU #48213] groupes PS1UE08",
 "Bonjour,\n\nJe suis absent jusqu'au 12 octobre 2026 inclus. Pour toute question urgente concernant les groupes de PASS, merci de contacter le secrétariat au 02 31 56 82 10.\n\nCordialement,\nJean-Luc Perrot",
 codes=[C("PS1UE08")], sym="other", role="unknown", auto=True, schemes=[PASS], note="out of office auto-reply; code only in the subject",
 extra={"Auto-Submitted": "auto-replied"})
M("bounce-adresse", "Mail Delivery System <MAILER-DAEMON@unicaen.fr>", "Undelivered Mail Returned to Sender",
 "This is the mail system at host smtp.unicaen.fr.\n\nI'm sorry to have to inform you that your message could not be delivered to one or more recipients.\n\n<m.lefranc@unicaen.fr>: host mx.unicaen.fr said: 550 5.1.1 User unknown\n\n--- Original message ---\nFrom: cemu.assistance@unicaen.fr\nSubject: Re: [CEMU #48390] PS1UE07 groupe Cherbourg\n\nBonjour, pouvez-vous nous indiquer le numéro étudiant concerné ?",
 codes=[C("PS1UE07")], sym="other", role="unknown", auto=True, schemes=[PASS], note="bounce quoting a CEMU reply about PS1UE07")
M("spam-licences", "Office 365 Admin <admin@micros0ft-support365.com>", "Votre boîte mail sera suspendue",
 "Cher utilisateur,\n\nVotre quota Office 365 est dépassé (49,8 Go / 50 Go). Cliquez ici pour valider votre compte avant le 30/09/2026 : http://unicaen-verif.example.net/login\nRéférence dossier : 2026-445-871\nSIRET 552 100 554 00025\n\nL'équipe informatique",
 codes=[], sym="other", role="unknown", schemes=[], note="phishing spam with look-alike numbers")
M("etu-pass-cherbourg-login", "Emma Roussel <24021766@etu.unicaen.fr>", "impossible de me connecter",
 "bonjour depuis hier j'arrive plus à me connecter a ecampus, il me dit identifiant ou mot de passe incorrect alors que ça marche sur l'ENT. help\nEmma",
 codes=[], sn=["24021766"], sym="cannot_login", schemes=[], et=[], note="student cannot log in")
M("erasmus-fle-cas", "Kenji Tanaka <kenji.tanaka@etu.unicaen.fr>", "CAS page says it does not know my destination",
 "Hi,\n\nI'm an exchange student at the Carré international. When I log in I get a page \"Connexion réussie ... CAS ne connaît pas votre destination finale\" and I never arrive on Ecampus. I used the link from Google.\n\nThanks,\nKenji (26102290)",
 codes=[], sn=["26102290"], sym="cas_unknown_destination", lang="en", schemes=[], et=[], note="Erasmus: CAS unknown destination")
M("ens-gea-erreur-bdd", "Pierre Lemaitre <pierre.lemaitre@unicaen.fr>", "Erreur de lecture de la base de données",
 "Bonjour,\n\nEn ouvrant le carnet de notes de BGEA5 R02 j'obtiens « Erreur de lecture de la base de données ». Capture jointe. Navigateur Firefox 128, Moodle 4.1 je crois.\n\nPierre Lemaitre\nIUT GON - département GEA",
 html="<div>Bonjour,</div><div>En ouvrant le carnet de notes de BGEA5 R02 j'obtiens <i>« Erreur de lecture de la base de données »</i>. Capture jointe. Navigateur Firefox 128, Moodle 4.1 je crois.</div><div>Pierre Lemaitre<br>IUT GON - département GEA</div>",
 attach=[("capture_BGEA5R02.png", "image", "png")],
 codes=[C("BGEA5R02", "BGEA5 R02")], sym="database_error", role="staff", schemes=[GEA], note="GEA teacher: database error, screenshot attached")
M("etu-l1-las-psycho-nom", "Maelys Ngo <maelys.ngo@etu.unicaen.fr>", "nom mal écrit",
 "Bonjour,\nje suis en L1 psycho LAS et sur Ecampus mon prénom est écrit « Maelis » au lieu de « Maëlys ». Comment le corriger ?\nMerci\nMaëlys Ngo",
 codes=[], sym="wrong_name", schemes=[LAS], et=["LAS1PS"], note="L1 psycho LAS student: first name wrong")
M("ens-psy-cours-archive", "Claire Besnard <claire.besnard@unicaen.fr>", "Mon cours a disparu / archivé",
 "Bonjour,\n\nMon cours U3-PSY19 se retrouve dans la catégorie « Archives » et un nouveau cours U3PSY15 vide est apparu. Tout mon contenu est dans l'ancien. Que s'est-il passé ?\n\nClaire Besnard\nUFR de psychologie",
 codes=[C("U3PSY19", "U3-PSY19"), C("U3PSY15")], sym="course_moved_renamed", role="staff", schemes=[PSY], note="psycho teacher: course archived after code change (old code unknown)")
M("etu-merci-regle", "Jade Moreau <jade.moreau@etu.unicaen.fr>", "Re: [CEMU #48102] groupe td",
 "C'est bon je suis dans le bon groupe merci beaucoup !!\n\nLe 24 sept. 2026 à 10:02, CEMU Assistance <cemu.assistance@unicaen.fr> a écrit :\n> Bonjour, la scolarité a corrigé votre inscription au groupe U3PSY21G4. La synchronisation a lieu la nuit.\n> Cordialement, le CEMU\n>\n>> bonjour je suis en L2 psycho et sur ecampus dans u3psy 21 je suis en g2",
 codes=[C("U3PSY21G4"), C("U3PSY21", "u3psy 21"), C("U3PSY21G2", "g2")], sym="other", schemes=[PSY], note="thanks, problem solved; codes only in quoted history",
 extra={"In-Reply-To": "<cemu.48102@unicaen.fr>", "References": "<cemu.48102@unicaen.fr>"})
M("etu-gea1-sms-grpc", "Yanis Cherif <yanis.cherif@etu.unicaen.fr>", "jvois pas le cours",
 "bjr jsuis en 1ere annee gea grpC jvois pa BGEA1R3 sur ecampus alors ke les autre du grpC l'ont. 25014402",
 codes=[C("BGEA1R03C", "grpC"), C("BGEA1R03", "BGEA1R3")], sn=["25014402"], sym="not_enrolled", schemes=[GEA], et=["BUGEA1"], note="SMS GEA1 student, digit dropped in code")
# 036-070
M("etu-pass-stlo-o-pour-0", "Baptiste Hamel <baptiste.hamel@etu.unicaen.fr>", "groupe UE10",
 "Bonjour, je suis en PASS à Saint-Lô, dans le cours PS1UE1O je suis mis avec le groupe 2 de Saint-Lô mais je suis dans le groupe 1 (emploi du temps). Merci. 24027750",
 codes=[C("PS1UE10", "PS1UE1O"), C("PS1UE10-S2", "groupe 2"), C("PS1UE10-S1", "groupe 1")], sn=["24027750"], sym="wrong_group", schemes=[PASS], et=["PASSLO"], note="PASS Saint-Lô student, O for 0, wrong site group")
M("scol-sante-cohorte-las", "=?utf-8?q?Val=C3=A9rie_Lemonnier?= <valerie.lemonnier@unicaen.fr>", "Cohorte L2 SV LAS pour la mineure",
 "Bonjour,\n\nLes L2 SV LAS ne sont pas encore inscrits pédagogiquement dans LASMINS 3 (retard des IP côté UFR des sciences). Pouvons-nous ajouter temporairement la cohorte de leur étape dans le cours, et faut-il la retirer ensuite nous-mêmes ?\n\nCordialement,\n" + SIG_SANTE,
 codes=[C("LASMINS3", "LASMINS 3")], sym="cohort_question", role="staff", schemes=[LAS], et=["LAS2SV"], note="santé secretary asks to add a LAS cohort temporarily")
M("ens-fle-en-c1-group1", "Rachel Evans <rachel.evans@unicaen.fr>", "C1 oral: group 1 cannot access",
 "Hi,\n\nStudents of group 1 in my FLE.C1OR course tell me they cannot open the course, while groups 2 and 3 can. I teach in room C-215 on Tuesdays.\n\nRachel Evans\nLecteur, Carré international",
 codes=[C("FLE.C1OR"), C("FLE.C1-G1", "group 1"), C("FLE.C1-G2", "groups 2"), C("FLE.C1-G3", "3")], sym="students_cannot_see_course", role="staff", lang="en", schemes=[FLE],
 note="FLE lecturer (English): group 1 of C1 cannot access")
M("etu-capa1-penal-distance", "Gilles Marchand <gilles.marchand@etu.unicaen.fr>", "capa droit penal distance",
 "Bonjour, en capa 1 a distance, dans CAP1 PEN je ne suis pas dans le groupe distance donc je n'ai pas les vidéos. Gilles Marchand 26400577",
 codes=[C("CAP1PEN", "CAP1 PEN"), C("CAP1PEN-D", "groupe distance")], sn=["26400577"], sym="wrong_group", schemes=[CAP], et=["CAPDR1"], note="capacité 1 distance student not in distance group, code with space")
M("inspe-stlo-enseignants-html", "Secrétariat INSPE Saint-Lô <inspe.saintlo@unicaen.fr>", "Formateurs non inscrits 1SL151 / 1SL152",
 "Bonjour,\nDeux formatrices ne sont pas inscrites en tant qu'enseignantes dans 1SL151 et 1SL152 :\n- Mme Agnès Roger (1SL151)\n- Mme Lucie Thomas (1SL152)\nElles sont bien dans ADE.\nSecrétariat INSPE - site de Saint-Lô, 50000 Saint-Lô, 02 33 77 11 40",
 html="""<p>Bonjour,</p><p>Deux formatrices ne sont pas inscrites en tant qu'enseignantes :</p><table border=1><tr><td>Mme Agnès Roger</td><td>1SL151</td></tr><tr><td>Mme Lucie Thomas</td><td>1SL152</td></tr></table><p>Elles sont bien dans ADE.<br>Secrétariat INSPE - site de Saint-Lô, 50000 Saint-Lô, 02 33 77 11 40</p>""",
 codes=[C("1SL151"), C("1SL152")], sym="teacher_not_enrolled", role="staff", schemes=[INSPE], note="INSPE secretary: two trainers not enrolled as teachers")
M("etu-du-fle-point-oublie", "Lucia Gomez <lucia.gomez@etu.unicaen.fr>", "cours grammaire",
 "Bonjour, je suis en DU FLE niveau B1, je n'ai pas le cours FLEB1EC sur la plateforme, seulement FLE.B1OR. Merci beaucoup. Lucia 26103371",
 codes=[C("FLE.B1EC", "FLEB1EC"), C("FLE.B1OR")], sn=["26103371"], sym="not_enrolled", schemes=[FLE], et=["DUFLE"], note="DU FLE student, dot dropped in code")
M("etu-m2-mae-alternant", "Camille Besson <camille.besson@etu.unicaen.fr>", "groupe des alternants",
 "Bonjour,\nJe suis alternante en M2 MAE. Sur le cours MAE2C01 je ne suis pas dans le groupe des alternants, je suis dans aucun groupe.\nCamille Besson - 23502218",
 codes=[C("MAE2-C01", "MAE2C01"), C("MAE2C01AL", "groupe des alternants")], sn=["23502218"], sym="wrong_group", schemes=[IAE], et=["MAE2"], note="M2 MAE apprentice in no group; dash dropped")
M("iae-scol-table-m1", "Corinne Adam <corinne.adam@unicaen.fr>", "Etudiants M1 MAE non inscrits",
 "Bonjour,\n\nLes étudiants suivants ne sont pas inscrits dans MAE1-C02 et MAE1-C03 :\n26501120 ; 26501187 ; 26501243 ; 26501309\n\nCorinne Adam\nIAE Caen - scolarité masters\n3 rue Claude Bloch - 14000 Caen - 02 31 56 65 00",
 html="""<html><body><p>Bonjour,</p><p>Les étudiants suivants ne sont pas inscrits dans MAE1-C02 et MAE1-C03 :</p><table border="1"><tr><th>N°</th><th>Nom</th></tr><tr><td>26501120</td><td>BLIN</td></tr><tr><td>26501187</td><td>COSTA</td></tr><tr><td>26501243</td><td>DIALLO</td></tr><tr><td>26501309</td><td>FAUVEL</td></tr></table><p>Corinne Adam<br>IAE Caen - scolarité masters</p></body></html>""",
 codes=[C("MAE1-C02"), C("MAE1-C03")], sn=["26501120", "26501187", "26501243", "26501309"], sym="not_enrolled", role="staff", schemes=[IAE], et=[], note="IAE secretary: table of M1 students not enrolled")
M("etu-prepa-b", "Sabrina Tessier <sabrina.tessier@gmail.com>", "Accès cours culture générale",
 "Bonjour,\nje prépare le concours de catégorie B à l'IPAG (cours du soir). Je ne vois pas le cours PCB-CG01 sur Ecampus.\nMerci,\nSabrina Tessier\nN° étudiant : 26600145",
 codes=[C("PCB-CG01")], sn=["26600145"], sym="not_enrolled", schemes=[PCA], et=["PRPCB"], note="prépa cat. B student (gmail) not enrolled")
M("scol-droit-pseudo-groupe", "Martine Duval <martine.duval@unicaen.fr>", "M1 droit privé - RCAED336",
 "Bonjour,\n\nNos étudiants ne sont pas inscrits dans RCAED336. Dans ADE l'activité apparaît avec le pseudo-groupe ELP_RCAED336_CM. Aucun groupe n'existe dans Apogée pour cet élément.\n\nMartine Duval\nScolarité Faculté de droit",
 codes=[C("RCAED336"), C("ELP_RCAED336_CM")], sym="not_enrolled", role="staff", schemes=[RCAE], et=[], note="law secretary: students not enrolled, ELP_ pseudo-group")
M("scol-pass-cherbourg-ue4", "Agathe Lecoq <agathe.lecoq@unicaen.fr>", "PASS Cherbourg - groupes UE4",
 "Bonjour,\n\nLes étudiants de PASS Cherbourg n'apparaissent pas dans les groupes 1 et 2 du cours PS1-UE04 sur Ecampus. Ils sont pourtant affectés dans Apogée depuis le 18/09.\n\nAgathe Lecoq\nAntenne santé de Cherbourg - Site universitaire de Cherbourg, 50130 Cherbourg-en-Cotentin\n02 33 01 45 60",
 codes=[C("PS1UE04-H1", "groupes 1"), C("PS1UE04-H2", "2"), C("PS1UE04", "PS1-UE04")], sym="wrong_group", role="staff", schemes=[PASS], et=["PASCHE"], note="Cherbourg PASS staff: groups 1 and 2 empty, dash added in code")
M("erasmus-iae-m1", "Lukas Schneider <lukas.schneider@etu.unicaen.fr>", "Missing courses Master 1",
 "Good morning,\n\nI am an exchange student from Leipzig in Master 1 MAE. I cannot see MAE1-C05 and MAE1-C06 on Ecampus, although they are on my learning agreement.\nStudent number 26700931.\n\nBest,\nLukas",
 codes=[C("MAE1-C05"), C("MAE1-C06")], sn=["26700931"], sym="not_enrolled", lang="en", schemes=[IAE], et=["MAE1"], note="Erasmus M1 MAE, courses from learning agreement missing")
M("erasmus-psy-l3", "Giulia Russo <giulia.russo@etu.unicaen.fr>", "psychology course",
 "Hello, I'm in third year psychology (L3) as an Erasmus student. The course U3PSY 34 is not in my courses. Could you add me? Thanks, Giulia",
 codes=[C("U3PSY34", "U3PSY 34")], sym="not_enrolled", lang="en", schemes=[PSY], et=["LPSY3"], note="Erasmus L3 psycho, code with space")
M("erasmus-gea-tp2", "Mateo Fernandez <mateo.fernandez@etu.unicaen.fr>", "Wrong TP group",
 "Hi, I am in second year BUT GEA (exchange). In BGEA3S01 I should be in TP group 2 but Ecampus put me in TP1. Thank you! 26701044",
 codes=[C("BGEA3S01"), C("BGEA3S01T2", "TP group 2"), C("BGEA3S01T1", "TP1")], sn=["26701044"], sym="wrong_group", lang="en", schemes=[GEA], et=["BUGEA2"], note="exchange GEA2 student in wrong TP group")
M("dsi-nom-daeu", "Support DSI <thierry.vallee@unicaen.fr>", "Fwd: nom erroné sur Ecampus",
 "Bonjour,\n\nJe vous transmets : l'étudiant 24301576 (cours DAEUB-PH) a un nom mal orthographié sur Ecampus ; la correction a été faite dans l'annuaire hier. Est-ce que ça se met à jour tout seul ?\n\nThierry Vallée\nDSI - pôle applications, ticket GLPI 2026-18874",
 codes=[C("DAEUB-PH")], sn=["24301576"], sym="wrong_name", role="staff", schemes=[DAEU], et=[], note="DSI forwards a wrong-name case")
M("etu-pass-caen-tdb", "Manon Petit <manon.petit@etu.unicaen.fr>", "UE2 plus dans mes cours",
 "Bonjour, je suis en PASS à Caen, le cours PS1UE02 n'apparaît plus dans mes cours sur le tableau de bord depuis ce matin, mais je le retrouve par la recherche. Merci !",
 codes=[C("PS1UE02")], sym="course_not_on_dashboard", schemes=[PASS], et=["PASCAE"], note="PASS Caen student: course gone from dashboard")
M("etu-pass-sans-site", "Nolan Guerin <24015590@etu.unicaen.fr>", "pas de groupe ue9",
 "Bonjour,\nje suis en PASS et dans PS1UE09 je ne suis dans aucun groupe de TD. Et le cours PS1UE13 que le prof a donné en amphi je le trouve pas non plus.\nNolan",
 codes=[C("PS1UE09"), C("PS1UE13")], sn=["24015590"], sym="wrong_group", schemes=[PASS], et=[], note="PASS student without site (étape ambiguous, not in etapes_said); also cites a code that does not exist")
M("ens-gea-alternants-r501", "Sandrine Olivier <sandrine.olivier@unicaen.fr>", "Le groupe des alternants ne voit pas BGEA5R01",
 "Bonjour,\n\nLe groupe des alternants de BGEA5-R01 ne voit pas le cours (ils sont en entreprise jusqu'au 20/10 et travaillent dessus à distance). Le groupe FI le voit.\n\nSandrine Olivier\n" + SIG_IUT,
 codes=[C("BGEA5R01FA", "groupe des alternants"), C("BGEA5R01", "BGEA5-R01"), C("BGEA5R01FI", "groupe FI")], sym="students_cannot_see_course", role="staff", schemes=[GEA], note="GEA: apprentices group cannot see course")
M("etu-daeu-b-majuscules", "Rodrigue Vautier <rodrigue.vautier@etu.unicaen.fr>", "TOUJOURS PAS ACCES",
 "BONJOUR JE SUIS EN DAEU B ET JE N'AI TOUJOURS PAS ACCES A DAEUBPH ET DAEUB-CH DEPUIS LA RENTREE !!! C'EST LA 3E FOIS QUE J'ECRIS. NUMERO 24301622",
 codes=[C("DAEUB-PH", "DAEUBPH"), C("DAEUB-CH")], sn=["24301622"], sym="not_enrolled", schemes=[DAEU], et=["DAEUB"], note="angry all-caps DAEU B student")
M("ens-capa-pas-inscrit", "Eric Morin <eric.morin@unicaen.fr>", "inscription enseignant CAP2TRA",
 "Bonjour, je donne le cours de droit du travail de capacité (cap2tra) le jeudi soir depuis cette année mais je ne suis pas inscrit comme enseignant dans l'espace. Merci. E. Morin, avocat, chargé d'enseignement vacataire",
 codes=[C("CAP2TRA", "cap2tra")], sym="teacher_not_enrolled", role="staff", schemes=[CAP], note="vacataire teacher not enrolled")
M("etu-m2-meef-caen-groupe3", "Elise Garnier <elise.garnier@etu.unicaen.fr>", "groupe INSPE",
 "Bonjour,\nje suis en M2 MEEF 1er degré à Caen, dans le cours 1CA 312 je suis dans le groupe 1 au lieu du groupe 3.\nElise Garnier 24108835",
 codes=[C("1CA312", "1CA 312"), C("1CA312-G1", "groupe 1"), C("1CA312-G3", "groupe 3")], sn=["24108835"], sym="wrong_group", schemes=[INSPE], et=["MEEF2C"], note="M2 MEEF Caen student wrong group")
M("etu-meef2-alencon-reponse", "Paul Lefevre <paul.lefevre@etu.unicaen.fr>", "Re: [CEMU #48477] cours manquant",
 "Bonjour,\nle code est 1AL351, je suis en M2 MEEF à Alençon.\nPaul\n\nLe 29/09/2026 à 09:40, CEMU Assistance a écrit :\n> Bonjour, pouvez-vous nous indiquer le code Apogée du cours et votre numéro étudiant ?\n",
 codes=[C("1AL351")], sym="not_enrolled", schemes=[INSPE], et=["MEEF2A"], note="M2 MEEF Alençon student answers CEMU with the code",
 extra={"In-Reply-To": "<cemu.48477@unicaen.fr>"})
M("ipag-table-groupes", "Anne Fleury <anne.fleury@unicaen.fr>", "Groupes prépa A",
 "", html_only=True,
 html="""<html><body><p>Bonjour,</p><p>Nos préparationnaires sont mal répartis dans les groupes de PCA-FP03 et PCA-DP02 :</p><table border="1"><tr><th>Cours</th><th>TD a (Ecampus)</th><th>TD b (Ecampus)</th></tr><tr><td>PCA-FP03</td><td>31</td><td>0</td></tr><tr><td>PCA-DP02</td><td>16</td><td>15</td></tr></table><p>Pour PCA-FP03 tout le monde est dans le groupe 1 et le groupe 2 est vide.</p><p>Anne Fleury - IPAG de Caen - 02 31 56 58 22</p></body></html>""",
 codes=[C("PCA-FP03"), C("PCA-DP02"), C("PCA-FP03-1", "groupe 1"), C("PCA-FP03-2", "groupe 2")], sym="wrong_group", role="staff", schemes=[PCA], et=[],
 note="IPAG HTML-only table: PCA-FP03 all in group 1, group 2 empty")
M("psy-cohorte-l1", "Claire Besnard <claire.besnard@unicaen.fr>", "cohorte Licence Psychologie 1re année",
 "Bonjour,\n\nPour l'espace de rentrée (pas un cours Apogée), puis-je ajouter la cohorte des étudiants de Licence Psychologie 1re année hors LAS ? Elle se mettra à jour seule ?\n\nClaire Besnard",
 codes=[], sym="cohort_question", role="staff", schemes=[PSY], et=["LPSY1"], note="psycho teacher: cohort of L1 for a welcome space")
M("erasmus-fle-b2-groupe3-html", "Sara Lindqvist <sara.lindqvist@etu.unicaen.fr>", "wrong group B2",
 "Hi! I'm a DU FLE student, level B2. In FLE B2OR I should be in group 3 but I am in group 1. Sara (26102811)\n\nGet Outlook for Android",
 html="<div dir='ltr'>Hi! I'm a DU FLE student, level B2. In FLE B2OR I should be in group 3 but I am in group 1. Sara (26102811)<br><br>Get <a href='https://aka.ms/ghei36'>Outlook for Android</a></div>",
 codes=[C("FLE.B2OR", "FLE B2OR"), C("FLE.B2-G3", "group 3"), C("FLE.B2-G1", "group 1")], sn=["26102811"], sym="wrong_group", lang="en", schemes=[FLE], et=["DUFLE"], note="DU FLE student in wrong B2 group (HTML mobile)")
M("auto-reply-en", "Michael Brown <michael.brown@unicaen.fr>", "Automatic reply: [CEMU #48512]",
 "Thank you for your email. I am away at a conference until 14 October 2026 with limited access to email.\n\nMichael Brown",
 codes=[], sym="other", role="unknown", lang="en", auto=True, schemes=[], note="English out-of-office", extra={"Auto-Submitted": "auto-replied"})
M("gea-cours-renomme", "Nathalie Girard <nathalie.girard@unicaen.fr>", "cours BGEA4R11 vide",
 "Bonjour,\n\nL'ancien cours BGEA4R12 a été archivé à la suite de la nouvelle maquette, le nouveau code est BGEA4 R11. Les enseignants demandent comment récupérer leur contenu.\n\nNathalie Girard\n" + SIG_IUT,
 codes=[C("BGEA4R12"), C("BGEA4R11", "BGEA4 R11")], sym="course_moved_renamed", role="staff", schemes=[GEA], note="GEA: course archived after code change")
M("etu-du-cge-distance", "Fabrice Noel <fabrice.noel@etu.unicaen.fr>", "DU CGE cours compta",
 "Bonjour,\n\nJe suis en DU CGE à distance (capacité de gestion des entreprises). Je ne trouve pas le cours de comptabilité CGE CPT1.\n\nFabrice Noël\n06 12 45 78 90",
 codes=[C("CGE-CPT1", "CGE CPT1")], sym="not_enrolled", schemes=[IAE], et=["DUCGE"], note="DU CGE distance learner, space instead of dash")
M("etu-m2-droit-cours-absent", "Lea Caron <lea.caron@etu.unicaen.fr>", "cours inexistant",
 "Bonjour, je suis en M2 droit privé et le cours RCAED 342 n'existe pas sur ecampus (aucun résultat). Merci. Léa Caron 22008712",
 codes=[C("RCAED342", "RCAED 342")], sn=["22008712"], sym="course_missing", schemes=[RCAE], et=["MDRPR2"], note="M2 droit privé student: course missing")
M("scol-pass-trois-sites-html", "=?utf-8?q?Val=C3=A9rie_Lemonnier?= <valerie.lemonnier@unicaen.fr>", "UE6 : groupes des trois sites",
 "Bonjour,\nUE6 (PS1UE06) : les PASS Caen du groupe 2, les PASS Alençon du groupe 1 et les PASS Cherbourg du groupe 1 ne sont pas dans leurs groupes Ecampus.\nCordialement\n" + SIG_SANTE,
 html="""<p>Bonjour,</p><p>UE6 (PS1UE06) :</p><table border="1"><tr><th>Étape</th><th>Groupe Apogée</th></tr><tr><td>PASS Caen</td><td>PS1UE06-C2</td></tr><tr><td>PASS Alençon</td><td>PS1UE06-A1</td></tr><tr><td>PASS Cherbourg</td><td>PS1UE06-H1</td></tr></table><p>Cordialement</p>""",
 codes=[C("PS1UE06"), C("PS1UE06-C2", "groupe 2"), C("PS1UE06-A1", "groupe 1"), C("PS1UE06-H1", "groupe 1")], sym="wrong_group", role="staff", schemes=[PASS], et=["PASCAE", "PASALE", "PASCHE"],
 note="PASS secretary: groups of three sites (text names them in words, HTML by code)")
M("etu-l2-sv-las-glue", "Clara Mendes <clara.mendes@etu.unicaen.fr>", "mineure",
 "jsui en L2 SV las, ds LASMINS3grp1 jsui pa dedans jsui ds aucun grp. 25021903",
 codes=[C("LASMINS3"), C("LASMINS3-1", "grp1")], sn=["25021903"], sym="wrong_group", schemes=[LAS], et=["LAS2SV"], note="SMS L2 SV LAS, group glued to code")
M("etu-l2-las-ambigu", "Tom Lefort <tom.lefort@etu.unicaen.fr>", "mineure santé",
 "Bonjour je suis en L2 LAS et je ne vois pas la mineure santé LASMINS3 dans mes cours. Merci",
 codes=[C("LASMINS3")], sym="not_enrolled", schemes=[LAS], et=[], note="L2 LAS without mention: étape ambiguous (LAS2DR/LAS2SV), not counted")
M("scol-gea2-tp123", "Nathalie Girard <nathalie.girard@unicaen.fr>", "TP1, TP2 et TP3 BGEA3R04",
 "Bonjour,\n\nDans BGEA3R04 les TP1, TP2 et TP3 contiennent les mêmes étudiants (tous les 84). Le TP4 est correct.\n\n" + SIG_IUT,
 codes=[C("BGEA3R04T1", "TP1"), C("BGEA3R04T2", "TP2"), C("BGEA3R04T3", "TP3"), C("BGEA3R04"), C("BGEA3R04T4", "TP4")], sym="wrong_group", role="staff", schemes=[GEA], et=[],
 note="GEA secretary: TP groups all identical")
M("etu-daeu-a-date-examen", "Karima Benali <karima.benali@etu.unicaen.fr>", "date examen histoire",
 "Bonjour, quand a lieu l'examen de DAEUA-HG ? Ce n'est pas indiqué sur le cours. Merci",
 codes=[C("DAEUA-HG")], sym="other", schemes=[DAEU], et=[], note="DAEU student asks exam date")
M("etu-m1-mae-erreur-bdd", "Ines Robert <ines.robert@etu.unicaen.fr>", "erreur base de données",
 "Bonjour,\nQuand je clique sur le devoir du cours mae1-c09 j'ai « Erreur de lecture de la base de données ».\nInès Robert\n\nEnvoyé de mon Galaxy",
 codes=[C("MAE1-C09", "mae1-c09")], sym="database_error", schemes=[IAE], et=[], note="student: database error, lower-case code")
