from build import M, PNG

M("pass-convocations", "Élodie Marais <elodie.marais@unicaen.fr>", "Convocations examens PASS - diffusion", "2026-01-07 09:15",
  """Bonjour,

Pouvez-vous me dire s'il est possible de déposer les convocations individuelles aux examens du S1 de PASS (épreuves du 19 au 23 janvier, Parc des expositions, hall 2) dans l'espace « PASS - Infos scolarité » pour que chaque étudiant ne voie que la sienne ? Ou faut-il passer par l'ENT ?

Élodie Marais
Scolarité PASS/LAS - UFR Santé - 02 31 56 82 10""", sym="other", role="staff",
  note="Secretary asks how to distribute individual exam convocations (not a sync problem)")

M("examen-quiz-erreur-bd", "Adam Ferreira <adam.ferreira@etu.unicaen.fr>", "ERREUR pendant l'examen en ligne !!!", "2026-01-09 14:22",
  """Bonjour,

Pendant l'examen en ligne d'algèbre linéaire (smat 205) à 14h, au milieu du test j'ai eu une page « Erreur de lecture de la base de données » et quand j'ai rechargé le test était fermé. Mes réponses sont perdues ?? Lien du test : https://ecampus.unicaen.fr/mod/quiz/view.php?id=1884213 dans le cours https://ecampus.unicaen.fr/course/view.php?id=57340

Adam Ferreira - 24009182 - L2 maths""", codes=[("SMAT205", "smat 205")], nums=["24009182"], ids=[57340], sym="database_error",
  note="Database read error during an online exam; quiz module id is not a course id")

M("vacataire-cas-destination", "Hélène Brunet <helene.brunet.consult@gmail.com>", "Accès Ecampus vacataire", "2026-01-12 18:40",
  """Bonjour,

J'interviens comme vacataire à l'IAE (RH, M2). On m'a envoyé le lien https://cas.unicaen.fr/login pour accéder à Ecampus. Je me connecte et j'obtiens « Connexion réussie… CAS ne connaît pas votre destination finale ». Je ne vois aucun cours.

Hélène Brunet - consultante RH - 06 63 18 27 45""", codes=[("IAM2RH", "RH, M2")], sym="cas_unknown_destination", role="unknown",
  note="Outside lecturer given the bare CAS URL")

M("lve-mauvais-td", "Anaïs Delacour <anais.delacour@etu.unicaen.fr>", "Changement de TD civi non pris en compte", "2026-01-19 11:05",
  """Bonjour,

J'ai changé de TD en civilisation britannique (AN-21C) pour le second semestre : je suis maintenant en TD 3 le mardi, salle MLH-108. Mais sur ecampus je suis toujours dans le TD1 et je ne reçois pas les annonces de mon nouveau chargé de TD.
24014420

Anaïs""", codes=[("AN-21C", "AN-21C"), ("AN21C-TD3", "TD 3")], nums=["24014420"], sym="wrong_group",
  note="Student changed TD, still in old group in Ecampus")

M("erasmus-blocked-en", "Jonas Weber <jonas.weber@uni-jena.de>", "Account blocked ??", "2026-01-21 09:58",
  """Hello,

I am Erasmus student since september (ESIX, robotics). Since last week I cannot log in anymore to ecampus nor to my unicaen mail. It says "account locked". I have exams next week!!
Student ID: 25033671

Thanks
Jonas Weber""", nums=["25033671"], sym="cannot_login", lang="en", note="Erasmus student account locked")

M("alencon-s2-cache", "Damien Lair <damien.lair@unicaen.fr>", "cours S2 MMI non visible", "2026-01-26 08:50",
  """Bonjour
mes étudiants de MMI 1re année ne voient pas le cours du S2 Al2MMi04 qui démarre aujourd'hui (je l'ai préparé pendant les vacances). Moi je le vois en grisé.
Merci
D. Lair - IUT Alençon - bureau B-12""", codes=[("AL2MMI04", "Al2MMi04"), ("ALBMM1", "MMI 1re année")], sym="students_cannot_see_course", role="staff",
  note="Alençon teacher: S2 course still hidden (mixed case code)")

M("pass-enseignant-code-faux", "Dr Antoine Leblond <antoine.leblond@unicaen.fr>", "Je n'ai pas accès à l'UE 11 de PASS", "2026-01-27 13:13",
  """Bonjour,

J'interviens dans l'UE 11 (santé publique) du PASS au S2, code PAS.UE11 selon le planning. Je ne suis pas inscrit comme enseignant sur l'espace Ecampus, alors que mes cours sont dans ADE à partir du 2 février.

Dr A. Leblond - Santé publique - CHU de Caen""", codes=[("PAS.UE11", "PAS.UE11")], sym="teacher_not_enrolled", role="staff",
  note="Teacher not enrolled; the code he quotes is unknown to APOGÉE")

M("staps-retirer-cohorte", "Laurent Gohier <laurent.gohier@unicaen.fr>", "Synchro cohorte à retirer ?", "2026-01-29 15:40",
  """Bonjour,

En septembre, pour dépanner, j'avais ajouté la cohorte des L3 STAPS entraînement (APSL3E) à mon cours. Maintenant que les inscriptions pédagogiques sont faites, dois-je retirer la synchronisation de cohorte ? Est-ce que les étudiants vont perdre leurs notes ?

Laurent Gohier - STAPS""", codes=[("APSL3E", "APSL3E")], sym="cohort_question", role="staff",
  note="Teacher asks whether to remove a temporary cohort sync")

M("doctorante-nom-marital", "Yasmine Ould-Ali <yasmine.ouldali@unicaen.fr>", "Nom d'usage sur Ecampus", "2026-02-02 10:02",
  """Bonjour,

Je suis doctorante à l'école doctorale PSIME (3e année). Je me suis mariée et mon nom d'usage (Ould-Ali Perrin) est enregistré à la scolarité doctorale depuis décembre, mais Ecampus et mes attestations de formation affichent toujours Ould-Ali. Le changement doit-il être fait par vous ?

Yasmine Ould-Ali
Laboratoire GREYC - ORCID 0000-0003-4421-7785""", codes=[("DOC591", "PSIME")], sym="wrong_name",
  note="PhD student: usage name not updated in Ecampus")

M("quiz-tentatives", "Noah Caron <noah.caron@etu.unicaen.fr>", "question QCM bio", "2026-02-04 17:02",
  """bonjour, pour le qcm d'entrainement de bio cell (SBIO104) on a le droit à combien de tentatives ? le prof a dit illimité mais moi ca me bloque à 1. merci""",
  codes=[("SBIO104", "SBIO104")], sym="other", note="Student asks about quiz attempts")

M("outlook-iae-alternants", "Sophie Brière <sophie.briere@unicaen.fr>", "TR: Alternants absents du cours d'analyse financière", "2026-02-05 09:31",
  form="alt", html="""<html><body><div>Bonjour,<br><br>Je vous transf&egrave;re le message de M. Poirier. Le groupe des alternants de M1 Finance n'est pas inscrit au cours IAM1FIO7 (les 18 apprentis). Les IP ont &eacute;t&eacute; faites le 2/02.<br><br>Sophie Bri&egrave;re<br>Scolarit&eacute; IAE Caen</div>
<div style="border-top:solid #E1E1E1 1pt;padding:3pt 0 0 0"><p><b>De&nbsp;:</b> Marc-Antoine Poirier &lt;marc-antoine.poirier@unicaen.fr&gt;<br><b>Envoy&eacute;&nbsp;:</b> mercredi 4 f&eacute;vrier 2026 18:12<br><b>&Agrave;&nbsp;:</b> Sophie Bri&egrave;re<br><b>Objet&nbsp;:</b> Alternants absents</p>
<p>Sophie, aucun apprenti n'est dans mon cours d'analyse financi&egrave;re depuis leur retour d'entreprise. Tu peux voir ?<br>MAP</p></div></body></html>""",
  body="""Bonjour,

Je vous transfère le message de M. Poirier. Le groupe des alternants de M1 Finance n'est pas inscrit au cours IAM1FIO7 (les 18 apprentis). Les IP ont été faites le 2/02.

Sophie Brière
Scolarité IAE Caen

De : Marc-Antoine Poirier <marc-antoine.poirier@unicaen.fr>
Envoyé : mercredi 4 février 2026 18:12
À : Sophie Brière
Objet : Alternants absents

Sophie, aucun apprenti n'est dans mon cours d'analyse financière depuis leur retour d'entreprise. Tu peux voir ?
MAP""", codes=[("IAM1FI07", "IAM1FIO7"), ("IAM1FI-ALT", "groupe des alternants de M1 Finance")], sym="not_enrolled", role="staff",
  note="Outlook forward: apprentices group missing from course (O for 0 in code)")

M("sciences-thermo-archive", "Gilles Vautier <gilles.vautier@unicaen.fr>", "Thermodynamique passée en archives", "2026-02-09 10:20",
  """Bonjour,

Mon cours de thermodynamique de L2 (SPHY210) a basculé ce week-end dans « Archives », alors qu'il est toujours enseigné ce semestre. Les étudiants ne le trouvent plus. Quelqu'un a-t-il modifié la maquette ?

G. Vautier, département de physique, bureau S2-318""", codes=[("SPHY210", "SPHY210")], sym="course_moved_renamed", role="staff",
  note="Course moved to Archives mid-year (element removed accidentally?)")

M("hss-outlook-quote", "Fabienne Duboscq <fabienne.duboscq@unicaen.fr>", "RE: cours socio famille", "2026-02-10 13:55",
  """Bonjour,

Je reviens vers vous : les étudiants ne voient toujours pas le cours, alors que j'ai bien coché « Afficher » dans les paramètres. Voir capture.

Fabienne Duboscq

De : CEMU Assistance [mailto:cemu.assistance@unicaen.fr]
Envoyé : lundi 9 février 2026 16:02
À : Fabienne Duboscq
Objet : RE: cours socio famille

Bonjour, votre cours L.2.SO04 est caché : rendez-le visible dans Paramètres > Visibilité du cours.
Cordialement

De : Fabienne Duboscq
Envoyé : lundi 9 février 2026 11:40
Objet : cours socio famille

Mes étudiants de L2 socio ne voient pas le cours L2.SO04.""", codes=[("L.2.SO04", "L.2.SO04"), ("L.2.SO04", "L2.SO04")],
  sym="students_cannot_see_course", role="staff", att=[("capture parametres L.2.SO04.png", PNG, "image/png")],
  note="Outlook quoted thread; course still invisible after setting visible (category hidden?)")

M("langues-dashboard", "Chloé Lemaître <chloe.lemaitre@etu.unicaen.fr>", "anglais S2 pas sur tableau de bord", "2026-02-11 20:15",
  """Bonsoir,
Le cours d'anglais niveau 3 (cl-ang3b) n'est pas dans mon tableau de bord alors que j'ai mon premier cours demain. J'ai regardé la page 2 aussi.
Chloé Lemaître, L2 histoire, 24020977""", codes=[("CL-ANG3B", "cl-ang3b")], nums=["24020977"], sym="course_not_on_dashboard",
  note="Student does not see her language course on dashboard")

M("bounce-gmail", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "Delivery Status Notification (Failure)", "2026-02-12 06:30",
  """** Address not found **

Your message wasn't delivered to chloe.lemaitre.2005@gmial.com because the domain gmial.com couldn't be found. Check for typos or unnecessary spaces and try again.

The response was:
DNS Error: DNS type 'mx' lookup of gmial.com responded with code NXDOMAIN""", sym="other", role="unknown", lang="en", auto=True,
  hdrs={"Auto-Submitted": "auto-replied"}, note="Gmail delivery failure")

M("esix-trop-profs-1a", "Jérôme Lepeltier <jerome.lepeltier@unicaen.fr>", "Tous les enseignants de 1A dans chaque cours ?", "2026-02-16 11:30",
  """Bonjour,

En 1re année mécatronique à l'ESIX Cherbourg (ESXME1), chaque espace de cours du S2 contient l'ensemble des enseignants de la promo (23 personnes), comme si l'équipe entière était associée aux groupes d'activités dans ADE. Ex. : mécanique des solides X1-MEC04.

Jérôme Lepeltier, directeur des études ESIX 1A""", codes=[("ESXME1", "ESXME1"), ("X1-MEC04", "X1-MEC04")], sym="too_many_teachers", role="staff",
  note="Whole teaching team enrolled in every 1A course")

M("fc-module-paie-absent", "Karim Saïdi <karim.saidi@etu.unicaen.fr>", "module paie introuvable", "2026-02-18 19:00",
  """Bonjour,
Je suis en DU RH (formation continue, le soir). Le module paie FCRHM07 qui commence en mars n'existe pas encore sur Ecampus ? La formatrice nous a dit de regarder.
Karim Saïdi 25071102""", codes=[("FCRHM-07", "FCRHM07"), ("FCRHM1", "DU RH")], nums=["25071102"], sym="course_missing",
  note="Continuing-education trainee cannot find a course (dash missing)")

M("sms-cas", "lea.b.14@outlook.fr", "cas ecampus", "2026-02-23 07:41",
  """bjr jarrive pas sur ecampus sa me di connexion reussi mai cas connai pa ma destination finale ??? jsui en l1 bio
ma carte etudiant 25015590""", nums=["25015590"], sym="cas_unknown_destination", note="SMS-style student on CAS destination page")

M("lisieux-premiere-connexion", "Mélissa Ozouf <melissa.ozouf@gmail.com>", "Première connexion impossible", "2026-03-02 12:12",
  """Bonjour,

Je suis inscrite en BUT TC à Lisieux depuis la réorientation de février. Je n'arrive pas à me connecter la première fois : on me demande mon INE 0908017623L et ma date de naissance (14/03/2006), puis « compte non trouvé ». Mon numéro étudiant provisoire est 25083341.

Mélissa Ozouf""", nums=["25083341"], sym="cannot_login", note="Reoriented student cannot activate account; INE and birth date look-alikes")

M("lisieux-prenom-faux", "Karine Duval <karine.duval@unicaen.fr>", "Erreur de prénom - BUT CJ 1", "2026-03-05 10:40",
  "", form="html", html="""<html><body><p>Bonjour,</p><p>Pour l'&eacute;tudiante ci-dessous (BUT Carri&egrave;res juridiques, 1re ann&eacute;e, groupe 3), le pr&eacute;nom affich&eacute; sur Ecampus est &laquo; Zoe &raquo; au lieu de &laquo; Zo&eacute; &raquo;, et son nom est en minuscules :</p>
<table border="1"><tr><td>N&deg; &eacute;tudiant</td><td>25060784</td></tr><tr><td>Nom</td><td>LE BAS</td></tr><tr><td>Pr&eacute;nom</td><td>Zo&eacute;</td></tr><tr><td>T&eacute;l.</td><td>06 45 90 12 87</td></tr></table>
<p>La correction a &eacute;t&eacute; faite dans APOG&Eacute;E le 27/02.</p><p>Karine Duval<br>IUT Grand Ouest Normandie - site de Lisieux<br>11 boulevard Jules Ferry - 14100 Lisieux</p></body></html>""",
  codes=[("LXBCJ1", "BUT Carrières juridiques, 1re année")], nums=["25060784"], sym="wrong_name", role="staff", cs="iso-8859-1",
  note="HTML-only ISO-8859-1 mail: student's first name without accent in Ecampus")

M("rattrapage-juin", "Hugo Lemonnier <22003136@etu.unicaen.fr>", "rattrapage algo", "2026-06-08 09:00",
  """Bonjour,
J'ai le rattrapage d'algorithmique avancée (SINF 301) le 22 juin mais je n'ai plus accès au cours sur ecampus depuis la fin du semestre, je ne peux plus réviser les TP. Je suis en L3 info.
Hugo""", codes=[("SINF301", "SINF 301"), ("SLINF3", "L3 info")], sym="not_enrolled",
  note="June resit: student lost access to course after end of semester")

M("ed-archive-juillet", "Catherine Le Goff <catherine.legoff@unicaen.fr>", "Module ED 556 disparu (archives)", "2026-07-03 14:30",
  """Bonjour,

Le module de formation doctorale « Méthodes d'enquête » (ED556-09) se trouve dans les archives depuis cette semaine. Il doit pourtant être reconduit à la rentrée 2026. Le Collège doctoral m'a dit que la maquette a été refaite. Que dois-je faire ?

Catherine Le Goff
Chargée de mission formation - École doctorale 556 HSRT
MRSH, Esplanade de la Paix, 14032 Caen""", codes=[("ED556-09", "ED556-09")], sym="course_moved_renamed", role="staff",
  note="Doctoral module archived; the code no longer exists in APOGÉE")

M("liste-adum", "ADUM Normandie <no-reply@adum.fr>", "[ADUM] Nouvelles formations doctorales - juillet 2026", "2026-07-06 06:00",
  """Bonjour,

De nouvelles formations sont ouvertes aux inscriptions sur ADUM :
- Intégrité scientifique (ED497-21) - 15 et 16 septembre 2026
- Rédaction scientifique en anglais (ED591-03) - octobre 2026

Ceci est un message automatique, merci de ne pas y répondre.""", codes=[("ED497-21", "ED497-21"), ("ED591-03", "ED591-03")], sym="other", role="unknown", auto=True,
  hdrs={"Precedence": "bulk", "List-Unsubscribe": "<mailto:unsubscribe@adum.fr>"}, note="Automatic ADUM mailing about doctoral trainings")

M("bu-enseignante-non-inscrite", "Isabelle Fromont <isabelle.fromont@unicaen.fr>", "Inscription bibliothécaire comme enseignante", "2026-07-09 11:45",
  """Bonjour,

J'assure à la rentrée les 4 séances de méthodologie documentaire du cours de biologie cellulaire L1 (SBIO104), et elles sont planifiées dans ADE à mon nom. Je ne suis pourtant pas inscrite comme enseignante dans l'espace. Est-ce un délai normal en été ?

Isabelle Fromont - BU Sciences-STAPS""", codes=[("SBIO104", "SBIO104")], sym="teacher_not_enrolled", role="staff",
  note="Librarian teaching sessions, not enrolled as teacher")

M("vacataire-espagnol", "Rodrigo Sánchez <rsanchez.traductor@gmail.com>", "Acceso al curso / accès cours", "2026-08-27 16:20",
  """Bonjour,

Je suis vacataire pour le cours de littérature espagnole du Siècle d'Or (ES31A) en L3 à la rentrée. Je me connecte bien à Ecampus mais le cours n'apparaît pas, et je ne suis pas inscrit comme enseignant. Mi contrato empieza el 1 de septiembre.

Merci beaucoup,
Rodrigo Sánchez""", codes=[("ES-31A", "ES31A")], sym="teacher_not_enrolled", role="unknown",
  note="Outside lecturer (Spanish speaker) not enrolled as teacher")

M("staps-participants-etudiant", "Romain Pichon <romain.pichon@etu.unicaen.fr>", "liste des participants", "2026-03-10 18:05",
  """bonjour
je dois faire un travail de groupe en méthodo de l'entraînement (APS35-11) et je ne trouve plus le bloc Participants pour voir qui est dans le cours, avant il était à droite. il est passé où ?
Romain""", codes=[("APS35-11", "APS35-11")], sym="participants_block_missing",
  note="Student cannot find the Participants block")

M("alencon-cohorte-2026", "Nathalie Lemarchand <nathalie.lemarchand@unicaen.fr>", "Cohortes 2026-2027", "2026-08-25 10:00",
  """Bonjour,

Les cohortes 2026-2027 sont-elles déjà créées ? Je voudrais préparer l'espace d'accueil des BUT QLIO 2e année (ALBQL2-102) avant la rentrée du 1er septembre.

""" + """--
Nathalie Lemarchand
IUT Grand Ouest Normandie - site d'Alençon - 02 33 80 85 41
""", codes=[("ALBQL2", "ALBQL2-102")], sym="cohort_question", role="staff",
  note="Summer: asks whether next year's cohorts exist (étape with version)")

M("lisieux-gaco-b64", "Noémie Foucher <noemie.foucher@unicaen.fr>", "Les GACO ne voient pas le cours de marketing", "2026-03-16 08:20",
  """Bonjour,

Merci pour mon inscription. Maintenant ce sont les étudiants qui ne voient pas le cours LXS3GA02 : https://ecampus.unicaen.fr/course/view.php?id=63318 . J'ai vérifié, il est bien « Afficher ».

Noémie Foucher - IUT Lisieux""", codes=[("LXS3GA02", "LXS3GA02")], ids=[63318], sym="students_cannot_see_course", role="staff", cte="base64",
  note="base64: students cannot see course although visible")

M("spam-crypto", "Mrs. Helen Whitmore <helen.whitmore@winningsportal.co>", "URGENT: Your Bitcoin Inheritance Claim Ref #BTC-88214-ZX", "2026-03-18 02:02",
  """Dear Beneficiary,

You have been selected to receive 4.5 BTC from an unclaimed estate. Kindly send your full name, phone number and copy of ID to process the transfer. Reference: BTC-88214-ZX.

Mrs Helen Whitmore""", sym="other", role="unknown", lang="en", note="Crypto scam spam")

M("ri-erasmus-fle-tableau", "Agnès Besnard <agnes.besnard@unicaen.fr>", "Etudiants Erasmus S2 non inscrits en FLE", "2026-02-03 15:10",
  form="alt", cs="iso-8859-1", cte="quoted-printable",
  body="""Bonjour,

Les étudiants en échange (Erasmus+ accueil S2) suivants ne sont pas inscrits dans le cours FLE niveau B1 du centre de langues (CL-FLE2C), groupe G1 :

N° étudiant | Nom | Programme
25090112 | SCHULZ Anna | Eras+ A>S2
25090187 | ROSSI Marco | Eras+ A>S2
25090240 | NOWAK Kasia | Eras+ A>S2

Agnès Besnard
Direction des relations internationales - Bureau RI-14 - 02 31 56 60 34""",
  html="""<html><body><p>Bonjour,</p><p>Les &eacute;tudiants en &eacute;change (Erasmus+ accueil S2) suivants ne sont pas inscrits dans le cours FLE niveau B1 du centre de langues (CL-FLE2C), groupe G1 :</p>
<table border="1"><tr><th>N&deg; &eacute;tudiant</th><th>Nom</th><th>Programme</th></tr>
<tr><td>25090112</td><td>SCHULZ Anna</td><td>Eras+ A&gt;S2</td></tr><tr><td>25090187</td><td>ROSSI Marco</td><td>Eras+ A&gt;S2</td></tr><tr><td>25090240</td><td>NOWAK Kasia</td><td>Eras+ A&gt;S2</td></tr></table>
<p>Agn&egrave;s Besnard<br>Direction des relations internationales - Bureau RI-14 - 02 31 56 60 34</p></body></html>""",
  codes=[("CL-FLE2C", "CL-FLE2C"), ("CLFLE2C-G1", "G1")], nums=["25090112", "25090187", "25090240"], sym="not_enrolled", role="staff",
  note="International office: incoming Erasmus S2 students not enrolled in FLE course")

M("mdp-expire-ete", "Baptiste Hamon <baptiste.hamon@etu.unicaen.fr>", "mot de passe expiré", "2026-08-18 22:30",
  """Bonjour,

Mon mot de passe a expiré pendant l'été et le lien de réinitialisation envoyé sur mon adresse perso ne marche pas (« lien invalide »). Je ne peux plus me connecter à ecampus pour voir mes notes de L1 droit. Numéro 25002870.

Baptiste""", codes=[("JLDRT1", "L1 droit")], nums=["25002870"], sym="cannot_login",
  note="Summer: expired password, cannot log in")

M("m2-terse-dashboard", "Pauline Vimont <pauline.vimont@etu.unicaen.fr>", "IAM2RH03", "2026-01-14 07:55",
  """GRH internationale absent du tableau de bord. Accessible via recherche.
P. Vimont""", codes=[("IAM2RH03", "IAM2RH03")], sym="course_not_on_dashboard", note="Terse M2 student: course missing from dashboard")

M("accuse-reception-entreprise", "Ressources Humaines Legallais <rh@legallais-recrutement.fr>", "Accusé de réception : votre message", "2026-04-07 09:00",
  """Madame, Monsieur,

Nous accusons bonne réception de votre message et y répondrons dans les meilleurs délais.
Pour toute demande concernant les contrats d'apprentissage (convention n° APP-2026-0331), merci de préciser le nom de l'apprenti.

Le service RH""", sym="other", role="unknown", auto=True, hdrs={"Auto-Submitted": "auto-replied"},
  note="Company auto-acknowledgement")

M("medecine-stage-groupe", "Théo Guillard <theo.guillard@etu.unicaen.fr>", "Mauvais groupe de stage DFGSM2", "2026-04-14 12:40",
  """Bonjour,

En DFGSM2 je suis affecté au groupe de stage 3 depuis le 1er avril (pneumologie, CHU niveau 12, j'y vais par la ligne T2 puis le bus 11), mais dans le cours de l'UE 12 cardio (DFG2.U12) Ecampus me laisse dans le groupe 1, je n'ai donc pas accès aux documents du groupe 3.
Théo Guillard - 24006650""", codes=[("MEDFG2", "DFGSM2"), ("DFG2-ST3", "groupe de stage 3"), ("DFG2.U12", "DFG2.U12")], nums=["24006650"],
  sym="wrong_group", note="Medicine student left in the wrong internship group")
