from mails1 import M, MAILS
from lib import PNG

M("036-scol-lettres-options-fwd.eml", "Catherine Fouquet <catherine.fouquet@unicaen.fr>", "TR: option latin L2",
  """Bonjour,

Je vous transfère le message d'un enseignant. Les IP des étudiants de l'option Latin de L2 Lettres (LM2-OPTLA) sont bien faites dans Apogée.

Catherine Fouquet
Scolarité Lettres - MRSH, bureau 118
Esplanade de la Paix - 14032 Caen cedex 5

---------- Message transféré ----------
De : Arnaud Lepetit <arnaud.lepetit@unicaen.fr>
Date : lun. 29 sept. 2025 à 11:05
Objet : option latin L2
À : Catherine Fouquet <catherine.fouquet@unicaen.fr>

Catherine,
Dans mon cours de latin du S3 (lm3u08) je n'ai que 4 participants sur les 19 de l'option. Les autres n'y sont pas.
Arnaud""", "not_enrolled", "staff", codes=["LM2-OPTLAT", "LM3U08", "L2LMO"], written=["LM2-OPTLA", "lm3u08", "L2 Lettres"],
  schemes=["lettres-grp LMy-OPTXXX", "lettres-elt LMsUnn", "etape LnXXX"], note="forwarded: option students missing from latin course")

M("037-l1-staps-login.eml", "Mathis Guérin <mathisguerin2007@gmail.com>", "mot de passe",
  """Bonjour, j'arrive pas a me connecter sur ecampus ni sur l'ENT, ça me dit que mon compte est pas activé. J'ai fait mon inscription en L1 STAPS le 25 août. Dossier d'inscription n° 2025-IA-0183342.
Mathis Guérin
06 12 45 78 90""", "cannot_login", "student", codes=["L1STA"], written=["L1 STAPS"], schemes=["etape LnXXX"],
  note="account not activated; dossier number look-alike")

M("038-prof-droit-penal-renomme.eml", "Isabelle Roger <isabelle.roger@unicaen.fr>", "Cours renommé et déplacé",
  """Bonjour,

Mon espace "(D5-PEN1) Droit pénal général" a été déplacé dans la catégorie Archives et un nouvel espace vide "(D5-PEN2) Droit pénal spécial" est apparu. Il semble que le code ait changé dans la maquette. Comment récupérer mon contenu (quiz, 3 devoirs) ?

Isabelle Roger, MCF
UFR Droit - Bât. D, bureau DB-306""", "course_moved_renamed", "staff", codes=["D5-PEN1", "D5-PEN2"], written=["D5-PEN1", "D5-PEN2"],
  schemes=["droit-elt S-SUBJn"], note="course archived after code change")

M("039-erasmus-es-wronggroup.eml", "Lucía Fernández <lucia.fernandez@etu.unicaen.fr>", "Wrong group in my French course",
  """Hello,
I'm on exchange from Salamanca. In the course "Grammaire et stylistique" I'm put in the group of the FLE option but I am in the Theatre option (L3, lettres). Can you change it? Student number 25201940.
Thanks a lot
Lucía""", "wrong_group", "student", codes=["LM3-OPTFLE", "LM3-OPTTHE"], written=["FLE option", "Theatre option"], nums=["25201940"],
  lang="en", schemes=["lettres-grp LMy-OPTXXX"], note="Erasmus in wrong option group")

M("040-scol-iae-cohorte-alt.eml", "Gaëlle Renouf <gaelle.renouf@unicaen.fr>", "Cohorte alternants M1 CCA",
  """Bonjour,

Existe-t-il une cohorte pour les alternants du M1 CCA (groupe M1CCA-ALT) ou seulement pour l'étape complète M1CCA ? On aimerait inscrire les alternants seuls dans l'espace "Suivi entreprise" (https://ecampus.unicaen.fr/enrol/users.php?id=50021).

Gaëlle Renouf
Chargée de scolarité - IAE Caen
02 31 56 65 93""", "cohort_question", "staff", codes=["M1CCA-ALT", "M1CCA"], written=["M1CCA-ALT", "M1CCA"], ids=[50021],
  schemes=["iae-grp ETP-ALT/FI", "etape LnXXX"], note="cohort for alternants group")

M("041-l2-sms-cas.eml", "23018852@etu.unicaen.fr", "??",
  """jsuis co au cas mais ca me met destination finale inconnue jpp""", "cas_unknown_destination", "student", nums=["23018852"],
  note="SMS: CAS unknown destination")

M("042-sante-prof-trop-enseignants-html.eml", "Pr Jean-Luc Morvan <jean-luc.morvan@unicaen.fr>", "Enseignants inscrits à tort - UE Anatomie PASS",
  "", "too_many_teachers", "staff", codes=["PS1-UE02"], written=["ps1-ue02"], ids=[47788],
  schemes=["sante-elt XXy-UEnn"], note="HTML: dozens of teachers enrolled in PASS UE", form="html",
  html="""<html><body><div>Bonjour,</div><div>&nbsp;</div><div>Dans l'espace de l'UE d'anatomie du PASS (<a href="https://ecampus.unicaen.fr/course/view.php?id=47788">ps1-ue02</a>), 38 enseignants sont inscrits, alors que nous sommes 6 à intervenir. Cela pose problème pour les annonces et la correction des QCM.</div><div>&nbsp;</div><div>Pr J.-L. Morvan</div><div>UFR Santé - Pôle formation, 2 rue des Rochambelles, 14032 Caen Cedex<br>Secrétariat : 02&nbsp;31&nbsp;56&nbsp;82&nbsp;00</div></body></html>""")

M("043-autoreply-en.eml", "Prof. Karen Whitfield <k.whitfield@leeds-uni.example.ac.uk>", "Automatic reply: Accès Ecampus intervenante",
  """Thank you for your email. I am currently on annual leave until 6 January 2026 with limited access to email.
For urgent matters please contact the School Office on +44 113 343 0000.""", "other", "unknown", lang="en", auto=True,
  extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}, note="English out-of-office from external speaker")

M("044-l3-info-pas-dans-cours.eml", "Nathan Cordier <nathan.cordier@etu.unicaen.fr>", "Inscription cours Topologie",
  """Bonjour,

Je suis en L3 maths et je ne suis pas inscrit dans le cours de Topologie (MI5.TOP). J'ai fait mon IP en ligne en septembre, je l'ai bien reçu par mail (réf. IP-25-77412).
n° étudiant : 23007796

Cordialement
Nathan Cordier""", "not_enrolled", "student", codes=["MI5.TOP", "L3MAT"], written=["MI5.TOP", "L3 maths"], nums=["23007796"],
  schemes=["sciences dotted XXs.AAA", "etape LnXXX"], note="student not enrolled; reference number look-alike")

M("045-prof-iut-etudiants-invisibles-screenshot.eml", "Karim Benhamou <karim.benhamou@unicaen.fr>", "Espace R3.01 invisible étudiants (capture jointe)",
  """Bonjour,

Les étudiants de BUT info 2e année me disent ne pas voir l'espace de la ressource R3.01 "Développement web" (INFR3.01). Ci-joint une capture de ce que je vois : le cours est en grisé avec un message "Ce cours est actuellement non visible".
J'utilise Firefox 128.3.1 esr.

K. Benhamou - IUT Grand Ouest Normandie, dépt Info, bureau I-118 (campus 3 Ifs)""", "students_cannot_see_course", "staff",
  codes=["INFR3.01", "BINF2"], written=["INFR3.01", "BUT info 2e année"], schemes=["iut-elt DEPRs.nn", "etape BDEPy"],
  atts=[("capture_INFR3.01_ecampus.png", PNG, "image/png")], note="hidden course, screenshot attached, software version look-alike")

M("046-m1-psy-nom-mail.eml", "Jade Lemaitre <jade.lemaitre@etu.unicaen.fr>", "Adresse mail erronée sur Ecampus",
  """Bonjour,
Sur mon profil Ecampus, l'adresse mail affichée est jade.lemaitre2@etu.unicaen.fr au lieu de jade.lemaitre@etu.unicaen.fr, du coup je ne reçois rien des forums. J'ai changé de nom d'usage cet été (mariage), ancienne adresse jade.vautrin@etu.unicaen.fr.
M1 psycho clinique
22104487""", "wrong_name", "student", codes=["M1PCL"], written=["M1 psycho clinique"], nums=["22104487"],
  schemes=["etape LnXXX"], note="wrong e-mail after name change")

M("047-secretaire-stapsaps-tableau.eml", "Delphine Lecoq <delphine.lecoq@unicaen.fr>", "Groupes STAPS L3 APAS - erreurs",
  """Bonjour,

Voici les étudiants de L3APA-101 mal placés dans l'espace "Activité physique adaptée S5" (STA5-APA) :

NEtu        Nom            Groupe Apogée   Groupe Ecampus
22011023    LEBAS Maël     L3APA-G02       L3APA-G04
22014450    ROUX Inaya     L3APA-G02       aucun
21098761    HAMON Jules    L3APA-G5        L3APA-G01

Delphine Lecoq
Scolarité STAPS - 2 bd du Maréchal Juin, 14000 Caen
Tel 02.31.56.72.80""", "wrong_group", "staff",
  codes=["L3APA", "STA5-APA", "L3APA-G02", "L3APA-G04", "L3APA-G05", "L3APA-G01"],
  written=["L3APA-101", "STA5-APA", "L3APA-G02", "L3APA-G04", "L3APA-G5", "L3APA-G01"], nums=["22011023", "22014450", "21098761"],
  schemes=["etape LnXXX", "staps-elt STAs-AAA", "staps-grp ETP-Gnn"], note="table of wrong groups")

M("048-prof-participants-en.eml", "Dr Sarah O'Connell <sarah.oconnell@unicaen.fr>", "Participants list gone",
  """Hello,
I teach English for psychology (L1) and the Participants block on the right of my course page is not there anymore. Where can I find the list of my students?
Sarah O'Connell, lectrice, Maison des Langues, room ML-204""", "participants_block_missing", "staff", lang="en",
  note="participants block missing, English teacher")

M("049-l1-sciences-dashboard-b64.eml", "Chloé Morin <chloe.morin14@orange.fr>", "Mes cours ont disparu du tableau de bord",
  """Bonjour,

Depuis ce matin, il n'y a plus que 2 cours sur mon tableau de bord au lieu de 9. J'ai peut-être cliqué sur un filtre "Passés" ou "Favoris" sans faire exprès ? Je suis en L1 SVT (Biologie cellulaire BI1.CEL, Chimie générale PC1.CHI...).

Chloé Morin
n° 25031198""", "course_not_on_dashboard", "student", codes=["L1SVT", "BI1.CEL", "PC1.CHI"], written=["L1 SVT", "BI1.CEL", "PC1.CHI"],
  nums=["25031198"], schemes=["etape LnXXX", "sciences dotted XXs.AAA"], note="dashboard filter changed", form="b64")
EXTRA_ENSURE = ["BI1.CEL", "PC1.CHI", "MI5.TOP", "BI3.ECO", "BI3.MIC"]

M("050-dsi-question-cohortes.eml", "Romain Lefèvre <romain.lefevre@unicaen.fr>", "Question synchro cohortes Collegium",
  """Bonjour,

Côté DSI nous préparons la migration du serveur d'annuaire (LDAP v2.6). Pouvez-vous nous confirmer à quelle heure tourne la synchronisation nocturne des cohortes d'étapes sur Ecampus et Collegium Santé, et sur quel attribut elle se base (code étape) ?
Ex. : la cohorte de DFGSP2 pour la pharma.

Romain Lefèvre
DSI - Pôle Identités numériques
Tél. 02 31 56 60 12""", "cohort_question", "staff", codes=["DFGSP2"], written=["DFGSP2"], schemes=["sante-etp"],
  note="DSI asks about nightly cohort sync")

M("051-l2-droit-groupe-td-qp.eml", "Enzo Lamy <enzo.lamy@etu.unicaen.fr>", "changement de groupe TD admin",
  """Bonjour,

J'ai changé de groupe de TD en droit administratif (du TD 7 au TD 2) à cause de mon job étudiant, la scolarité a fait le changement il y a 10 jours. Sur ecampus je suis toujours dans le groupe DADM TD07.
Je suis en 2e année de droit, numéro 24013385.

Merci,
Enzo""", "wrong_group", "student", codes=["DADM-TD07", "DADM-TD02", "L2DRT"], written=["DADM TD07", "TD 2", "2e année de droit"],
  nums=["24013385"], schemes=["droit-grp SUBJ-TDnn", "etape LnXXX"], note="group change not propagated", form="qp")

M("052-vacataire-cas-html.eml", "Frédéric Auvray <fred.auvray@ac-normandie.fr>", "Connexion impossible",
  "", "cannot_login", "unknown", note="outside vacataire: account expired, HTML only", form="html",
  html="""<html><body><p>Bonjour,</p><p>Professeur certifié en lycée, j'interviens à l'INSPE en M2 MEEF second degré (didactique). Mon compte invité ne fonctionne plus depuis le 1er septembre : &laquo;&nbsp;Identifiant ou mot de passe incorrect&nbsp;&raquo;.</p><p>Cordialement,<br>F. Auvray<br>Lycée Malherbe, 14 avenue Albert Sorel, 14000 Caen<br>Tél. 02 31 86 20 40</p></body></html>""")
MAILS[-1]["gold"]["apogee_codes"] = ["MEEF2S"]
MAILS[-1]["gold"]["apogee_codes_as_written"] = ["M2 MEEF second degré"]
MAILS[-1]["gold"]["schemes"] = ["inspe-etp MEEFyX"]

M("053-cemu-followup-not-resolved.eml", "Aurélie Patin <aurelie.patin@unicaen.fr>", "RE: [CEMU #49102] Etudiants absents - GEA1 TD3",
  """Bonjour,

Toujours pas résolu : les étudiants du TD3 de GEA 1re année ne sont pas dans l'espace de GEAS1-02 (SAE 1.02). Ex. 25011206, 25014518.

Aurélie Patin
Secrétariat GEA - IUT

De : CEMU Assistance <cemu.assistance@unicaen.fr>
Envoyé : vendredi 3 octobre 2025 09:41
À : Aurélie Patin
Objet : RE: [CEMU #49102] Etudiants absents - GEA1 TD3

Bonjour, pouvez-vous nous indiquer deux numéros d'étudiants concernés ?""", "not_enrolled", "staff",
  codes=["GEA1-TD3", "GEAS1.02"], written=["GEA1 TD3", "GEAS1-02"], nums=["25011206", "25014518"],
  schemes=["iut-grp DEPy-TPnX", "iut-elt DEPRs.nn"], note="follow-up: TD group students missing from SAE space")

M("054-l3-lost-course-missing.eml", "Baptiste Ruel <baptiste.ruel@etu.unicaen.fr>", "Cours de droit fiscal pas sur ecampus",
  """Bonjour
en L3 droit on a un cours de droit fiscal (le prof a dit "D6-FIS1") mais je le trouve nulle part sur ecampus même avec la recherche. Les autres L3 non plus.
Baptiste""", "course_missing", "student", codes=["D6-FIS1", "L3DRT"], written=["D6-FIS1", "L3 droit"], schemes=["droit-elt S-SUBJn", "etape LnXXX"],
  note="course not found on Ecampus")

M("055-prof-sciences-pas-enseignant-cp1252.eml", "Michel Lecarpentier <michel.lecarpentier@unicaen.fr>", "Inscription enseignant Thermodynamique",
  """Bonjour,

Je remplace au pied levé un collègue en congé maladie pour le cours de thermodynamique de L1 PC (code PC2.THE, amphi Poincaré, S2). Je n'ai pas accès à l'espace. Le service m'a dit que l'ADE serait mis à jour.
Pourriez-vous m'inscrire comme enseignant éditeur ?

M. Lecarpentier
Dépt Physique – bureau P-214 – poste 5680""", "teacher_not_enrolled", "staff", codes=["PC2.THE", "L1PCH"], written=["PC2.THE", "L1 PC"],
  schemes=["sciences dotted XXs.AAA", "etape LnXXX"], note="replacement teacher not enrolled", form="cp")

M("056-spam-crypto-en.eml", "Dr. Richard Moore <richard.moore1@protonmail-secure.net>", "Research grant opportunity - reply urgent",
  """Dear Sir/Madam,
We are pleased to inform you that your institution has been selected for a USD 2,500,000 research grant. Kindly send your bank details and a copy of ID. Ref: GRT/2025/UK/7741.
Regards""", "other", "unknown", lang="en", note="scam spam")

M("057-m2-droit-bdd-dimanche.eml", "Hélène Ravenel <helene.ravenel@etu.unicaen.fr>", "Ecampus inaccessible dimanche matin",
  """Bonjour,
Ce dimanche vers 10h ecampus affichait "Erreur de lecture de la base de données" pendant plus d'une heure, j'avais un dépôt de mémoire à faire (M2 droit pénal). Le dépôt sera-t-il accepté en retard ?
Hélène Ravenel""", "database_error", "student", codes=["M2DPE"], written=["M2 droit pénal"], schemes=["etape LnXXX"],
  note="database error during Sunday optimisation")

M("058-scol-inspe-cohorte-ead.eml", "Sandrine Godefroy <sandrine.godefroy@unicaen.fr>", "synchronisation cohorte MEEF à distance",
  """Bonjour,

Dans l'espace "Accueil M1 MEEF EAD" (id=49910), une collègue a ajouté une synchronisation de cohorte sur l'étape MEEF1P l'an dernier. Cette année on retrouve des M2 dedans. Faut-il retirer la cohorte et comment ? Nos étudiants à distance sont dans le groupe meef1-ead.

Sandrine Godefroy
INSPE Normandie Caen - Formation à distance
186 rue de la Délivrande - 14000 Caen""", "cohort_question", "staff", codes=["MEEF1P", "MEEF1-EAD"], written=["MEEF1P", "meef1-ead"], ids=[49910],
  schemes=["inspe-etp MEEFyX", "inspe-grp MEEFy-SITE"], note="stale cohort sync in INSPE space")

M("059-l1-iut-sms-pas-inscrit.eml", "Lou Anne <louanne.d@hotmail.fr>", "aide svp",
  """bjr je suis en 1ere annee GEA groupe TP1A et jai aucun cours sur ecampus a part "bienvenue IUT" ?? mon num etu cest 25O19903 merci""",
  "not_enrolled", "student", codes=["BGEA1", "GEA1-TP1A"], written=["1ere annee GEA", "TP1A"], nums=[],
  schemes=["etape BDEPy", "iut-grp DEPy-TPnX"], note="student with no courses; number typed with O (not a valid 8-digit number)")

M("060-prof-lettres-renomme-alt.eml", "Marie-Christine Aubry <marie-christine.aubry@unicaen.fr>", "Nom de mon cours changé",
  """Bonjour,

Mon cours de Linguistique française (S4) s'appelle désormais "(LM4U06) Linguistique française - ARCHIVE 2024" et il a été déplacé. Le nouvel espace LM4U06 est vide. Je ne comprends pas, le code n'a pas changé !

MC Aubry
Département Sciences du langage - bureau MRSH 310
Tél 02 31 56 57 03""", "course_moved_renamed", "staff", codes=["LM4U06"], written=["LM4U06"], schemes=["lettres-elt LMsUnn"],
  note="course renamed/archived", form="alt")

M("061-scol-sante-trop-enseignants.eml", "Agnès Toutain <agnes.toutain@unicaen.fr>", "TR: trop d'enseignants inscrits",
  """Bonjour,
Transmis par l'équipe pédagogique de pharmacie. Dans DP2-UE4 et dp2 ue05, tous les enseignants de la filière sont inscrits. Voir ticket précédent [CEMU #47655].

---------- Forwarded message ---------
From: Thierry Vallée <thierry.vallee@unicaen.fr>
Date: jeu. 16 oct. 2025 à 08:52

Agnès, il y a 27 enseignants dans mes deux UE, je n'en connais que 5.
T.""", "too_many_teachers", "staff", codes=["DP2-UE04", "DP2-UE05"], written=["DP2-UE4", "dp2 ue05"],
  schemes=["sante-elt XXy-UEnn"], note="forward: too many teachers")

M("062-erasmus-en-dashboard.eml", "Hannah Schulz <hannah.schulz@etu.unicaen.fr>", "course not in my dashboard",
  """Hi,
my course 'Social psychology' (psyl1-01) is not on my dashboard, but I can open it via the link my teacher gave: https://ecampus.unicaen.fr/course/view.php?id=52204
Is it normal? Thank you, Hannah (exchange student, ID 25203317)""", "course_not_on_dashboard", "student",
  codes=["PSYL1-01"], written=["psyl1-01"], nums=["25203317"], ids=[52204], lang="en", schemes=["psy-elt PSYLy-nn"], note="course not on dashboard")

M("063-l2-info-profile-email.eml", "Théo Lacroix <theo.lacroix@etu.unicaen.fr>", "bloqué page profil",
  """Bonjour,
Première connexion à ecampus (j'arrive de l'IUT en L2 maths-info), il me demande une adresse de courriel et je peux pas la remplir. Je peux rien faire d'autre.
N° 23040021""", "cannot_login", "student", codes=["L2MIA"], written=["L2 maths-info"], nums=["23040021"], schemes=["etape LnXXX"],
  note="stuck on profile page at first login")

M("064-prof-staps-pas-enseignant.eml", "Yannick Leroy <yannick.leroy@unicaen.fr>", "Non inscrit enseignant Athlé",
  """Salut,
Je ne suis toujours pas enseignant dans le cours d'athlé des L1 (sta1-ath). J'ai les groupes 2 et 5 (L1STA-G02, L1STA-G05) le mardi au stade. C'est planifié dans ADE depuis juillet.
Yannick
STAPS - bureau 12, halle des sports
06 71 22 39 84""", "teacher_not_enrolled", "staff", codes=["STA1-ATH", "L1STA-G02", "L1STA-G05"], written=["sta1-ath", "L1STA-G02", "L1STA-G05"],
  schemes=["staps-elt STAs-AAA", "staps-grp ETP-Gnn"], note="STAPS teacher not enrolled")

M("065-listserv-digest.eml", "Liste enseignants-lettres <enseignants-lettres@listes.unicaen.fr>", "[enseignants-lettres] Digest n°118",
  """Sommaire du digest :
1. Réunion pédagogique L1 - salle MRSH 027 (jeudi 14h)
2. Re: Salle SA-110 indisponible
3. Appel à communication colloque 2026

-- 
Liste de diffusion enseignants-lettres@listes.unicaen.fr
Gestion : https://listes.unicaen.fr/sympa/info/enseignants-lettres""", "other", "unknown", auto=True,
  extra={"List-Id": "<enseignants-lettres.listes.unicaen.fr>", "Precedence": "list"}, note="mailing list digest")

M("066-l1-psy-pas-inscrit-groupe.eml", "Maëlys Fontaine <maelys.fontaine@etu.unicaen.fr>", "pas inscrite au td",
  """Bonjour,
Je suis en L1 psycho et je suis pas dans l'espace de psycho sociale (PSYL1 01) ni dans le TD du jeudi (PSY1TD 07). Ma scolarité m'a dit d'écrire au CEMU.
Mon numéro : 25022476
Merci beaucoup""", "not_enrolled", "student", codes=["L1PSY", "PSYL1-01", "PSY1TD07"], written=["L1 psycho", "PSYL1 01", "PSY1TD 07"],
  nums=["25022476"], schemes=["etape LnXXX", "psy-elt PSYLy-nn", "psy-grp PSYyTDnn"], note="student missing from course and TD")

M("067-prof-iae-students-cannot-see.eml", "Nicolas Heurtaux <nicolas.heurtaux@unicaen.fr>", "Mes étudiants ne voient pas le cours",
  """Bonjour,

Les M1 Marketing ne voient pas l'espace "Etudes de marché" (IAE1M04), alors que je l'ai rendu visible hier dans les paramètres. Ils sont pourtant bien inscrits (ex. 24302218). La catégorie "IAE > M1 MKT" serait-elle cachée ?

Nicolas Heurtaux
IAE Caen - bureau 2.14""", "students_cannot_see_course", "staff", codes=["M1MKT", "IAE1M04"], written=["M1 Marketing", "IAE1M04"], nums=["24302218"],
  schemes=["etape LnXXX", "iae-elt IAEyTnn"], note="course visible but category hidden")
EXTRA_ENSURE += ["IAE1M04"]

M("068-l2-iut-cas-fr.eml", "Sami Kaci <sami.kaci@etu.unicaen.fr>", "probleme connexion CAS",
  """Bonjour,
Je tape ecampus dans google, je clique sur le 1er lien, je me connecte et ça me met "Connexion réussie" puis plus rien, il dit qu'il sait pas où me rediriger. Avec mon tel ça marche.
Sami, BUT GIM 2""", "cas_unknown_destination", "student", codes=["BGIM2"], written=["BUT GIM 2"], schemes=["etape BDEPy"],
  note="CAS via search engine")

M("069-scol-droit-course-missing-html.eml", "Martine Lebrun-Quesnel <martine.lebrun-quesnel@unicaen.fr>", "Espace Ecampus manquant - Capacité en droit",
  "", "course_missing", "staff", codes=["CDDRT", "D1-INS1"], written=["CDDRT V1", "D1-INS1"],
  schemes=["etape LnXXX", "droit-elt S-SUBJn"], note="HTML: course of capacité missing", form="alt",
  html="""<html><body><p>Bonjour,</p><p>Pour la Capacité en droit (étape <b>CDDRT V1</b>), l'espace de l'élément <b>D1-INS1</b> (Institutions juridictionnelles) n'a pas été créé sur Ecampus, alors que les IP sont faites et les charges saisies.</p><p>Cordialement,</p><p>--<br>Martine Lebrun-Quesnel<br>Gestionnaire de scolarité<br>UFR Droit - Bâtiment D, bureau DA-214<br>CS 14032 - 14032 Caen Cedex 5<br>Tél. : 02 31 56 54 12</p></body></html>""")
MAILS[-1]["body"] = """Bonjour,

Pour la Capacité en droit (étape CDDRT V1), l'espace de l'élément D1-INS1 (Institutions juridictionnelles) n'a pas été créé sur Ecampus, alors que les IP sont faites et les charges saisies.

Cordialement,
--
Martine Lebrun-Quesnel
Gestionnaire de scolarité
UFR Droit - Bâtiment D, bureau DA-214
CS 14032 - 14032 Caen Cedex 5
Tél. : 02 31 56 54 12"""

M("070-merci-etudiant.eml", "Zoé Hardy <zoe.hardy@etu.unicaen.fr>", "Re: [CEMU #49377] pas de cours",
  """Merci beaucoup c'est réglé !! bonne journée

Le 14/10/2025 à 15:02, CEMU Assistance a écrit :
> Bonjour, votre inscription pédagogique a été complétée par la scolarité,
> les cours apparaîtront demain matin.""", "other", "student", note="student thanks")
