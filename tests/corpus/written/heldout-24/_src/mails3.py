from build import M

M("en-dashboard-hidden", ("Sofia Andersson", "sofia.andersson@etu.unicaen.fr"),
  "Course disappeared from my dashboard",
  """Hi,

My course binf2a03 (English) is not on my dashboard anymore. I think I clicked "Remove from view" by mistake on the course card. I can still open it from the link. How do I get it back?

Sofia (exchange student, BUT Informatique 1st year)
""", codes=[("BINF2A03", "binf2a03")], sym="course_not_on_dashboard", lang="en", etapes=["BINF1"],
  note="course hidden from view on dashboard; lower-case code")

M("dsi-trop-enseignants-html", ("Franck Delaunay", "franck.delaunay@unicaen.fr"),
  "Enseignants en trop - cours AES S4",
  "", html_only=True,
  html="""<html><body><p>Bonjour,</p><p>Suite à la réunion du 14/01, voici les cours AES du S4 où l'on compte trop d'enseignants (reliquat de l'an dernier, tuilage ?) :</p>
<table border="1" cellspacing="0"><tr><th>Cours</th><th>Enseignants inscrits</th><th>Attendus</th></tr>
<tr><td>AES-STA4</td><td>11</td><td>3</td></tr>
<tr><td>AES-GRH4</td><td>9</td><td>2</td></tr>
<tr><td>AES-DRT4</td><td>7</td><td>2</td></tr></table>
<p>Franck Delaunay<br>DSI - Pôle applications pédagogiques<br>Tél. 02 31 56 60 06</p></body></html>""",
  codes=[("AES-STA4", "AES-STA4"), ("AES-GRH4", "AES-GRH4"), ("AES-DRT4", "AES-DRT4")],
  sym="too_many_teachers", role="staff", note="HTML only table of courses with too many teachers")

M("cohorte-retirer-psycho", ("Bertrand Morel", "bertrand.morel@unicaen.fr"),
  "Retirer une cohorte ?",
  """Bonjour,

L'an dernier vous m'aviez conseillé d'ajouter la cohorte LPSY1 dans 1PSYS2E1 en attendant les IP tardives. Les IP sont faites maintenant : puis-je retirer la synchronisation de cohorte sans que les étudiants perdent leurs notes ?

B. Morel
""", codes=[("LPSY1", "LPSY1"), ("1PSYS2E1", "1PSYS2E1")], sym="cohort_question", role="staff",
  note="removing a temporary cohort sync")

M("du-module-inexistant", ("Marie-Laure Bisson", "marie-laure.bisson@unicaen.fr"),
  "Module mémoire du DU absent d'Ecampus",
  """Bonjour,

Le module DUCGE.M6 (Mémoire) n'a pas d'espace sur Ecampus, contrairement aux modules DUCGE.M1 à DUCGE.M5. Il n'a pas de groupe dans Apogée ; peut-être pas de charges d'enseignement non plus ?

M.-L. Bisson - SUFCA - 02 31 56 62 70
""", codes=[("DUCGE.M6", "DUCGE.M6"), ("DUCGE.M1", "DUCGE.M1"), ("DUCGE.M5", "DUCGE.M5")], sym="course_missing", role="staff",
  note="course missing: no group and no teaching charges, so no ELP_ pseudo-group")

M("ip-pas-jusqu-groupe", ("Corinne Marais", "corinne.marais@unicaen.fr"),
  "Etudiant non inscrit LEA 4.DR1",
  """Bonjour,

L'étudiant 22105587 n'est pas inscrit dans le cours LEA 4.DR1 (Droit 1 LEA S4). J'ai vérifié : son IP est faite sur l'élément mais pas sur le groupe. Je viens de le mettre dans LEA4DR1-G2. Faut-il faire autre chose ?

Corinne Marais
""", codes=[("LEA4.DR1", "LEA 4.DR1"), ("LEA4DR1-G2", "LEA4DR1-G2")], nums=["22105587"], sym="not_enrolled", role="staff",
  note="IP not down to the group, fixed by scolarité")

M("code-change-en", ("Rebecca Collins", "rebecca.collins@unicaen.fr"),
  "Course renamed and moved",
  """Hello again,

My course "EC2 Langue Anglais S4" (AN-40B) has been moved to another category and renamed "[ARCHIVE] AN-40B". The department says the code changed to AN-40C. What should I do with my materials?

Rebecca
""", codes=[("AN-40B", "AN-40B"), ("AN-40C", "AN-40C")], sym="course_moved_renamed", role="staff", lang="en",
  note="archived after a code change; teacher in English")

M("nom-usage", ("Corinne Marais", "corinne.marais@unicaen.fr"),
  "Changement de nom d'usage",
  """Bonjour,

Une étudiante de L3 LEA, Mme Julie PERRIN (22002871), a changé de nom d'usage (maintenant PERRIN-LECOQ). C'est modifié dans Apogée depuis le 5 janvier mais Ecampus affiche encore l'ancien nom.

Corinne Marais - scolarité LEA
""", nums=["22002871"], sym="wrong_name", role="staff", etapes=["LEA3"], note="name change not yet on Ecampus")

M("stagiaire-fc-login", ("Dominique Hardy", "dominique.hardy50@gmail.com"),
  "Identifiants Ecampus",
  """Bonjour,

Stagiaire de formation continue au DU CGE, je n'ai jamais reçu mes identifiants pour Ecampus. Sur la page de connexion, je ne sais pas quoi mettre. Pouvez-vous m'aider ?

Dominique Hardy
06 58 14 22 09
""", sym="cannot_login", etapes=["DUCGE"], note="continuing education learner without credentials")

M("inspe-meef-2d-html", ("Yann Le Goff", "yann.legoff@unicaen.fr"),
  "M1 MEEF anglais - inscriptions",
  """Bonjour,

Mes M1 MEEF 2nd degré anglais ne sont pas dans mes deux cours :

Cours    Groupe     Étudiants
1CA157   1CA157-G1  22300012, 22300587
1CA158   1CA158-G2  22301643

Yann Le Goff, INSPE Caen, bureau 2.14
""",
  html="""<p>Bonjour,</p><p>Mes M1 MEEF 2nd degré anglais ne sont pas dans mes deux cours :</p>
<table border="1"><tr><th>Cours</th><th>Groupe</th><th>Étudiants</th></tr>
<tr><td>1CA157</td><td>1CA157-G1</td><td>22300012, 22300587</td></tr>
<tr><td>1CA158</td><td>1CA158-G2</td><td>22301643</td></tr></table>
<p>Yann Le Goff, INSPE Caen, bureau 2.14</p>""",
  codes=[("1CA157", "1CA157"), ("1CA157-G1", "1CA157-G1"), ("1CA158", "1CA158"), ("1CA158-G2", "1CA158-G2")],
  nums=["22300012", "22300587", "22301643"], sym="not_enrolled", role="staff", etapes=["MEEF1S"],
  note="several students, two courses, HTML table")

M("regle-merci-prof", ("Guillaume Tissot", "guillaume.tissot@unicaen.fr"),
  "Re: Cours visible mais étudiants ne le voient pas",
  """Merci, c'était bien la catégorie qui était cachée. Tout est rentré dans l'ordre.
Bonne journée,
Guillaume

> Bonjour, la catégorie « BUT Info S4 » contenant BINF4B06 était masquée.
""", codes=[("BINF4B06", "BINF4B06")], sym="other", role="staff", irt="<cemu.reply.0231@unicaen.fr>",
  note="thanks, solved")

M("en-unavailable", ("Rebecca Collins", "rebecca.collins@unicaen.fr"),
  "\"This course is currently unavailable to students\"",
  """Hi,

When I look at AN-60B I get the banner "This course is currently unavailable to students". My L3 students (third year LLCER English) obviously can't access it. How do I open it?

Thanks,
Rebecca
""", codes=[("AN-60B", "AN-60B")], sym="students_cannot_see_course", role="staff", lang="en", etapes=["LLCEA3"],
  note="hidden course banner, English")

M("ade-fiche-pharma", ("Dr Vincent Leclerc", "vincent.leclerc@unicaen.fr"),
  "Pas enseignant dans PH3 UE16",
  """Bonjour,

Je ne suis pas inscrit comme enseignant dans l'UE PH3 UE16 alors que mes TP sont dans ADE (fiche « Pharmaco TP - DFGSP3 », créée par le secrétariat). Lien : https://ecampus.unicaen.fr/course/view.php?id=50412

V. Leclerc
""", codes=[("PH3-UE16", "PH3 UE16")], ids=[50412], sym="teacher_not_enrolled", role="staff",
  note="ADE record created only in ADE, not linked to an APOGÉE element")

M("l1-info-lookalikes", ("Noah Girard", "noah.girard@etu.unicaen.fr"),
  "pas inscrit en bases de données",
  """Bonjour,

Je suis en L1 info, je n'ai pas le cours S2INF23 (bases de données) sur ecampus. Mon INE : 0912345678K, tél 07 81 22 40 13. Le TP est le 21/01 à 8h en salle S3-112.
Mon numéro étudiant est 22207115.

Noah Girard
""", codes=[("S2-INF23", "S2INF23")], nums=["22207115"], sym="not_enrolled", etapes=["LINF1"],
  note="dash dropped; INE, phone, date and room look-alikes")

M("erasmus-wrong-group-en", ("Marta Kowalczyk", "marta.kowalczyk@etu.unicaen.fr"),
  "Wrong group in Spanish class",
  """Hello,

In LEA4.ES1 I was put in LEA4ES1-G2 but I attend the Thursday class, which is G3 (the teacher agreed). I can't see the G3 forum. Student number 22600467.

Thanks a lot,
Marta
""", codes=[("LEA4.ES1", "LEA4.ES1"), ("LEA4ES1-G2", "LEA4ES1-G2"), ("LEA4ES1-G3", "G3")], nums=["22600467"],
  sym="wrong_group", lang="en", note="Erasmus student in the wrong group; G3 in words of the cited course")

M("categorie-changee", ("Hélène Vautier", "helene.vautier@unicaen.fr"),
  "Cours déplacé de catégorie",
  """Bonjour,

Mon cours de géographie rurale GGR4 C06 est passé de la catégorie « L2 S3 » à « L2 S4 » et son nom complet a changé. Les étudiants le cherchent. Était-ce voulu ?

H. Vautier
""", codes=[("GGR4C06", "GGR4 C06")], sym="course_moved_renamed", role="staff", note="course moved category and renamed")

M("outlook-etu-staps-html", ("Léo Bernard", "leo.bernard@etu.unicaen.fr"),
  "Cours APA",
  "", html_only=True,
  html="""<html><head><meta name="Generator" content="Microsoft Word 15"></head><body>
<p class="MsoNormal">Bonjour,</p>
<p class="MsoNormal">Je suis en L2 STAPS parcours APA. Sur mon contrat p&eacute;dagogique il y a STP4APB mais sur Ecampus je ne trouve que STP4APA, o&ugrave; je ne suis pas inscrit.</p>
<table class="MsoTableGrid" border="1"><tr><td>UE</td><td>Code</td></tr><tr><td>APA 2</td><td>STP4APB</td></tr></table>
<p class="MsoNormal">L&eacute;o Bernard - 22106120</p></body></html>""",
  codes=[("STP4APB", "STP4APB"), ("STP4APA", "STP4APA")], nums=["22106120"], sym="not_enrolled", etapes=["STAPL2"],
  note="student cites a code APOGÉE does not know (unknown) from his contract")

M("bloc-participants-hss", ("Agnès Poirier", "agnes.poirier@unicaen.fr"),
  "Bloc participants",
  """Bonjour,

Je remplace une collègue sur M.1HRP6C et je ne trouve ni le bloc « Participants » ni la liste. Le menu à gauche n'apparaît pas non plus.

Agnès Poirier
""", codes=[("M.1HRP6C", "M.1HRP6C")], sym="participants_block_missing", role="staff",
  note="Participants block and side menu not visible")

M("bdd-dimanche-prof", ("Mathieu Pellerin", "mathieu.pellerin@unicaen.fr"),
  "Base de données inaccessible",
  """Bonjour,

Dimanche 17/01 à 10h, Ecampus affichait « Error: Database connection failed ». J'avais un test en ligne prévu pour mes L2 à 10h30 (STP4PHY). Est-ce que ça va se reproduire ?

M. Pellerin
""", codes=[("STP4PHY", "STP4PHY")], sym="database_error", role="staff", note="Sunday database outage during an online test")

M("dsi-script-cohortes", ("Franck Delaunay", "franck.delaunay@unicaen.fr"),
  "Cohorte STAPL1 vide",
  """Bonjour,

La cohorte générale de l'étape STAPL1 sur Ecampus est vide depuis hier, alors que 310 étudiants y sont inscrits administrativement. Le script de synchronisation des cohortes a-t-il tourné cette nuit ?

Franck Delaunay - DSI
""", codes=[("STAPL1", "STAPL1")], sym="cohort_question", role="staff", note="general cohort empty, DSI")

M("pass-pas-de-cours", ("Camille Roux", "camille.roux3@etu.unicaen.fr"),
  "aucun cours",
  """bonjour je suis en PASS et je n'ai aucun cours sur ecampus depuis la rentrée de janvier, tout le monde les a sauf moi. numéro 22208890
merci
""", nums=["22208890"], sym="not_enrolled", note="no course at all; PASS not an étape of this catalogue")

M("ead-pseudo-groupe-etu", ("Anaïs Lebas", "anais.lebas@etu.unicaen.fr"),
  "Pas dans le groupe à distance",
  """Bonjour,

Je suis le cours rcaed331 à distance (je vis à Rennes). Sur Ecampus je suis dans un groupe « Pseudo-groupe CM » et je ne vois pas les classes virtuelles réservées au groupe CEMU. Numéro étudiant : 21708890

Anaïs Lebas
""", codes=[("RCAED331", "rcaed331"), ("RCAED331EAD", "groupe CEMU")], nums=["21708890"], sym="wrong_group",
  note="distance student in ELP_ pseudo-group instead of CEMU group (group named in words)")

M("question-moodle", ("Isabel Ortega", "isabel.ortega@unicaen.fr"),
  "H5P dans Moodle 4.1 ?",
  """Bonjour,

Est-ce que la version Moodle 4.1 d'Ecampus permet d'intégrer des activités H5P ? Je voudrais aussi importer des fichiers Office 365 (PowerPoint) dans mon cours LEA4.ES1.

Isabel Ortega
""", codes=[("LEA4.ES1", "LEA4.ES1")], sym="other", role="staff", note="feature question; Moodle 4.1, Office 365 look-alikes")

M("redoublant-capitalise", ("Sarah Benoit", "sarah.benoit@etu.unicaen.fr"),
  "redoublante - cours manquant",
  """Bonjour,

Je redouble ma L2 AES. J'ai validé aes-drt4 l'an dernier mais pas AES-MIC4 ni AES-STA4. Je n'ai pas AES-STA4 sur Ecampus cette année.

Sarah Benoit, 21905566
""", codes=[("AES-DRT4", "aes-drt4"), ("AES-MIC4", "AES-MIC4"), ("AES-STA4", "AES-STA4")], nums=["21905566"],
  sym="not_enrolled", etapes=["LAES2"], note="repeating student, capitalised element; several codes")

M("cours-introuvable-binf", ("Guillaume Tissot", "guillaume.tissot@unicaen.fr"),
  "Espace BINF4B01 introuvable",
  """Bonjour,

Je ne trouve pas l'espace du cours Management SI (BINF4B01) sur Ecampus, ni par la recherche ni dans la catégorie. Les autres cours du S4 existent.

G. Tissot
""", codes=[("BINF4B01", "BINF4B01")], sym="course_missing", role="staff", note="course does not exist on Ecampus")

M("certains-etudiants-anglais", ("Daniel Whitfield", "daniel.whitfield@unicaen.fr"),
  "Certains étudiants ne voient pas le cours",
  """Bonjour,

Une dizaine d'étudiants de mon groupe AN-40A-G2 me disent qu'ils ne voient pas le cours AN-40A, alors que les autres y accèdent. Par exemple 22011023 et 22013347.

Daniel Whitfield
""", codes=[("AN-40A-G2", "AN-40A-G2"), ("AN-40A", "AN-40A")], nums=["22011023", "22013347"],
  sym="students_cannot_see_course", role="staff", note="teacher: some students cannot see the course")

M("enseignants-an-dernier", ("Pierre-Yves Hamon", "pierre-yves.hamon@unicaen.fr"),
  "Anciens enseignants toujours inscrits",
  """Bonjour,

Dans GEA4 R09 (Finance d'entreprise), les enseignants de l'an dernier sont encore inscrits comme enseignants, en plus de nous. On est 8 au lieu de 3.

PY Hamon
""", codes=[("GEA4-R09", "GEA4 R09")], sym="too_many_teachers", role="staff", note="last year's teachers still enrolled")

M("ooo-prof-en", ("Daniel Whitfield", "daniel.whitfield@unicaen.fr"),
  "Automatic reply: Certains étudiants ne voient pas le cours",
  """I am away at a conference until 1 February with limited access to e-mail.
For urgent matters regarding LEA4.AN1, please contact the LEA office (02 31 56 59 30).
""", codes=[("LEA4.AN1", "LEA4.AN1")], sym="other", role="unknown", lang="en", auto=True,
  headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}, note="English out-of-office")

M("m1-histoire-html", ("Zoé Lambert", "zoe.lambert@etu.unicaen.fr"),
  "Séminaire absent",
  "", html_only=True,
  html="""<div dir="ltr">Bonjour,<div>je suis en M1 histoire et je ne vois pas le séminaire M1HRP3C dans mes cours.</div><div>Num étudiant : 21803356</div><div>Zoé</div></div>""",
  codes=[("M.1HRP3C", "M1HRP3C")], nums=["21803356"], sym="not_enrolled", etapes=["MHIS1"],
  note="HTML only student mail; dot dropped")

M("directeur-etudes-droit-fiscal", ("Jean-Pierre Auvray", "jean-pierre.auvray@unicaen.fr"),
  "Droit fiscal S4 : étudiants sans groupe",
  """Bonjour,

En droit fiscal (DR.4FIS), les étudiants suivants ne sont pas dans le cours :

22100215   groupe DR.4FIS TD2
22103378   groupe DR.4FISTD2
22009901   groupe dr.4fistd1

Ce sont des L2 droit, l'IP semble complète.
J.-P. Auvray, directeur des études L2 Droit
""",
  html="""<p>Bonjour,</p><p>En droit fiscal (DR.4FIS), les étudiants suivants ne sont pas dans le cours :</p>
<table border="1"><tr><td>22100215</td><td>groupe DR.4FIS TD2</td></tr><tr><td>22103378</td><td>groupe DR.4FISTD2</td></tr>
<tr><td>22009901</td><td>groupe dr.4fistd1</td></tr></table><p>Ce sont des L2 droit, l'IP semble complète.<br>J.-P. Auvray, directeur des études L2 Droit</p>""",
  codes=[("DR.4FIS", "DR.4FIS"), ("DR.4FISTD2", "DR.4FIS TD2"), ("DR.4FISTD1", "dr.4fistd1")],
  nums=["22100215", "22103378", "22009901"], sym="not_enrolled", role="staff", etapes=["DRL2"],
  note="director of studies: three students not enrolled; group codes damaged")

M("en-starred-iran", ("Sara Rahimi", "sara.rahimi@etu.unicaen.fr"),
  "Course not on my dashboard",
  """Hello,

I follow IRAN-17 at distance. The course is not on my dashboard under "In progress", only under "Past". The teacher says the course is still running.

Sara Rahimi, 21911224
""", codes=[("IRAN-17", "IRAN-17")], nums=["21911224"], sym="course_not_on_dashboard", lang="en",
  note="course end date passed: shown under 'Past' only")

M("espace-complementaire", ("Hélène Vautier", "helene.vautier@unicaen.fr"),
  "Demande d'espace complémentaire",
  """Bonjour,

Serait-il possible de créer un espace complémentaire « Tutorat L1 géographie » pour tous les L1 géographie (environ 140 étudiants) ? Nous voudrions y mettre les annonces de la licence.

Hélène Vautier
""", sym="other", role="staff", etapes=["LGEO1"], note="request for a complementary space")

M("fwd-etu-pharma", ("Aline Vasseur", "aline.vasseur@unicaen.fr"),
  "TR: pas accès à mon cours",
  """Bonjour,
Pouvez-vous regarder la situation de cette étudiante ? Son IP est bien faite.
Aline Vasseur - Scolarité Pharmacie - 02 31 56 82 00

De : Inès Moreau <21907788@etu.unicaen.fr>
Envoyé : lundi 25 janvier 2027 19:12
À : scol.pharmacie@unicaen.fr
Objet : pas accès à mon cours

Bonjour, je suis en 2e année de pharmacie et je n'ai pas accès au cours PH2 UE11 (biochimie) sur ecampus.
Inès Moreau
""", codes=[("PH2-UE11", "PH2 UE11")], nums=["21907788"], sym="not_enrolled", role="staff", etapes=["PHAR2"],
  note="scolarité forwards a student's mail (student number in quoted De line)")
