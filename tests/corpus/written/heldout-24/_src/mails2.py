from build import M

M("erasmus-geo-en", ("Jakub Nowak", "jakub.nowak@etu.unicaen.fr"),
  "Not enrolled in Geography courses",
  """Hi,

I'm an exchange student from Poznań (Erasmus+, spring semester). In my learning agreement I have GGR4CO3 "Géographie urbaine" and GGR4C05 Climatology. I can log in to ecampus but I don't see these two courses. Student number 22600914.

Thank you in advance!
Jakub
""", codes=[("GGR4C03", "GGR4CO3"), ("GGR4C05", "GGR4C05")], nums=["22600914"], sym="not_enrolled", lang="en",
  note="incoming Erasmus; one code with letter O for zero")

M("dsi-cohorte-obsolete", ("Franck Delaunay", "franck.delaunay@unicaen.fr"),
  "Cohortes synchronisées oubliées",
  """Bonjour,

En faisant le ménage dans les inscriptions, je vois que la cohorte de l'étape LAES2 est toujours synchronisée dans AES-GRH3 alors que ce cours est du semestre 3 (fini). Qui doit retirer ces méthodes « Synchronisation des cohortes » ? Il y en a une vingtaine comme ça.

Franck Delaunay
DSI - Pôle applications pédagogiques
Tél. 02 31 56 60 06 - poste 6006
""", codes=[("LAES2", "LAES2"), ("AES-GRH3", "AES-GRH3")], sym="cohort_question", role="staff",
  note="DSI asks who removes forgotten cohort syncs; phone extension look-alike")

M("prof-staps-pseudo-groupe", ("Mathieu Pellerin", "mathieu.pellerin@unicaen.fr"),
  "Toujours pas enseignant dans mon cours de physio",
  """Bonjour,

Je ne suis pas inscrit comme enseignant dans le cours STP4-PHY (Physiologie de l'effort), alors que mes CM sont planifiés dans ADE depuis novembre. La scolarité a créé des groupes de TD dans Apogée la semaine dernière (STP4PHYT1 et STP4PHYT2), avant tout marchait avec l'ancien groupe ELP.

Mathieu Pellerin
MCF STAPS - 06 83 20 14 77
""", codes=[("STP4PHY", "STP4-PHY"), ("STP4PHYT1", "STP4PHYT1"), ("STP4PHYT2", "STP4PHYT2")],
  sym="teacher_not_enrolled", role="staff", note="new APOGÉE groups without ADE planning mask the ELP_ pseudo-group; dash added")

M("l1-psycho-cours-passe", ("Jade Morin", "jade.morin@etu.unicaen.fr"),
  "cours qui a disparu de mes cours",
  """Bonjour,
je suis en L1 psycho, le cours de méthodo 1 PSYS2E5 a disparu de "Mes cours" sur le tableau de bord, je le trouve seulement si je mets le filtre sur "Tout". C'est normal ?
Jade
""", codes=[("1PSYS2E5", "1 PSYS2E5")], sym="course_not_on_dashboard", etapes=["LPSY1"],
  note="course shown only with filter 'Tout' (past/future dates)")

M("en-account-not-activated", ("Mohamed Diallo", "mohamed.diallo@etu.unicaen.fr"),
  "Login problem",
  """Hello,
I can't log in on Ecampus, the CAS says my password is wrong but I just changed it on the "compte numérique" page yesterday. I am in the first year of the BUT Informatique.
Student number: 22610045
Thanks
""", nums=["22610045"], sym="cannot_login", lang="en", etapes=["BINF1"], note="English student cannot log in after password change")

M("droit-admin-groupes-html", ("Catherine Lemoine", "catherine.lemoine@unicaen.fr"),
  "Groupes de TD droit administratif S4",
  """Bonjour,

Les étudiants ci-dessous sont dans le mauvais groupe de TD pour le cours DR 4ADM sur Ecampus :

22102231  BERTIN Paul     Ecampus : DR.4ADMTD1  Apogée : DR.4ADMTD2
22100874  CHAUVIN Lisa    Ecampus : DR.4ADMTD1  Apogée : DR.4ADMTD2
22005519  DIOP Moussa     Ecampus : aucun       Apogée : DR.4ADMTD3

Cordialement,
""" + """--
Catherine Lemoine
Gestionnaire de scolarité Licence Droit
Bâtiment D, bureau DR 112 - 14032 Caen cedex 5 - Tél. : 02 31 56 54 18
""",
  html="""<div>Bonjour,</div><div>Les étudiants ci-dessous sont dans le mauvais groupe de TD pour le cours DR 4ADM sur Ecampus :</div>
<table border="1"><thead><tr><th>N°</th><th>Nom</th><th>Ecampus</th><th>Apogée</th></tr></thead>
<tr><td>22102231</td><td>BERTIN Paul</td><td>DR.4ADMTD1</td><td>DR.4ADMTD2</td></tr>
<tr><td>22100874</td><td>CHAUVIN Lisa</td><td>DR.4ADMTD1</td><td>DR.4ADMTD2</td></tr>
<tr><td>22005519</td><td>DIOP Moussa</td><td>aucun</td><td>DR.4ADMTD3</td></tr></table>
<div>Cordialement,<br>--<br>Catherine Lemoine<br>Gestionnaire de scolarité Licence Droit<br>Bâtiment D, bureau DR 112 - 14032 Caen cedex 5 - Tél. : 02 31 56 54 18</div>""",
  codes=[("DR.4ADM", "DR 4ADM"), ("DR.4ADMTD1", "DR.4ADMTD1"), ("DR.4ADMTD2", "DR.4ADMTD2"), ("DR.4ADMTD3", "DR.4ADMTD3")],
  nums=["22102231", "22100874", "22005519"], sym="wrong_group", role="staff",
  note="secretary: table of students in wrong TD groups; office 'DR 112' look-alike")

M("idnumber-modifie", ("Rebecca Collins", "rebecca.collins@unicaen.fr"),
  "Plus d'étudiants dans mon cours après modification des paramètres",
  """Bonjour,

J'ai modifié les paramètres de mon cours AN-40A la semaine dernière (j'ai changé le nom abrégé et, je crois, le « numéro d'identification du cours » que j'ai mis à AN40A-2027). Depuis, tous les étudiants ont disparu des participants. Est-ce lié ?

Rebecca Collins
""", codes=[("AN-40A", "AN-40A")], sym="not_enrolled", role="staff",
  note="teacher changed the course idnumber; 'AN40A-2027' is a made-up idnumber, not an APOGÉE code")

M("cours-inexistant-gea", ("Pierre-Yves Hamon", "pierre-yves.hamon@unicaen.fr"),
  "Création espace cours GEA4-R13",
  """Bonjour,

Je dois assurer la nouvelle ressource « Data visualisation » du BUT GEA, code GEA4-R13 d'après ma fiche de service, mais je ne trouve aucun espace Ecampus correspondant. Pouvez-vous le créer ?

PY Hamon
IUT Grand Ouest Normandie - Dpt GEA - bureau B 105
""", codes=[("GEA4-R13", "GEA4-R13")], sym="course_missing", role="staff",
  note="course missing; code not known in APOGÉE (unknown)")

M("lea-cours-renomme", ("Isabel Ortega", "isabel.ortega@unicaen.fr"),
  "Mon cours d'espagnol a changé de nom",
  """Bonjour,

Mon cours d'espagnol de LEA 2e année s'appelait « (LEA4.ES2) Espagnol 2 LEA S4 » ; aujourd'hui je trouve un cours vide « (LEA4.ES1) Espagnol 1 LEA S4 » et l'ancien est dans les archives avec tout mon contenu. Dois-je tout recopier ?

Isabel Ortega
Maître de langue - Département LEA
""", codes=[("LEA4.ES2", "LEA4.ES2"), ("LEA4.ES1", "LEA4.ES1")], sym="course_moved_renamed", role="staff",
  note="code changed in APOGÉE: old course archived, new empty course created")

M("prenom-accent", ("José Carvalho", "jose.carvalho@etu.unicaen.fr"),
  "Prénom sans accent",
  """Bonjour,
Sur Ecampus mon prénom s'affiche « Jose » au lieu de « José ». Ce n'est pas très grave mais sur les attestations de réussite des quiz c'est faux.
Merci
José Carvalho, 22202278
""", nums=["22202278"], sym="wrong_name", note="first name without accent", charset="iso-8859-1")

M("reponse-groupes-inf", ("Nadia Benali", "nadia.benali@unicaen.fr"),
  "Re: [CEMU #318442] groupes TP vides",
  """Bonjour,

Toujours pas : les groupes de TP de s4-inf43 sont encore vides ce matin, sauf INF43-TP4. J'ai 96 étudiants répartis en 4 groupes.

Nadia

Le 12/01/2027 à 16:05, CEMU Assistance a écrit :
> Bonjour,
> Les groupes INF43-TP1 à INF43-TP3 existent bien dans Apogée, la mise à jour
> devrait avoir lieu cette nuit.
> Ticket #318442
""", codes=[("S4-INF43", "s4-inf43"), ("INF43-TP4", "INF43-TP4"), ("INF43-TP1", "INF43-TP1"), ("INF43-TP3", "INF43-TP3")],
  sym="wrong_group", role="staff", irt="<318442.cemu@unicaen.fr>",
  note="reply: TP groups still empty; ticket number look-alike; 'TP1 à TP3' range gives the two ends")

M("du-foad-groupe", ("Valérie Lemarchand", "valerie.lemarchand@orange.fr"),
  "DU CGE - pas dans le bon groupe",
  """Bonjour,

Je suis inscrite au DU capacité de gestion des entreprises, à distance (je travaille à Cherbourg). Dans le module DUCGE M1 je suis dans le groupe présentiel DUCGE-PRES et je ne vois pas les classes virtuelles du groupe FOAD.
N° étudiant 22650318

Valérie Lemarchand
""", codes=[("DUCGE.M1", "DUCGE M1"), ("DUCGE-PRES", "DUCGE-PRES"), ("DUCGE-FOAD", "FOAD")], nums=["22650318"],
  sym="wrong_group", etapes=["DUCGE"], note="distance learner in the presential group; groupe FOAD named in words")

M("cours-cache-categorie", ("Guillaume Tissot", "guillaume.tissot@unicaen.fr"),
  "Cours visible mais étudiants ne le voient pas",
  """Bonjour,

J'ai bien réglé la visibilité sur « Afficher » dans les paramètres de BINF4B06 (https://ecampus.unicaen.fr/course/view.php?id=53310) mais les étudiants ne le voient toujours pas. Je ne comprends pas, ça marchait pour BINF4B05 (id=53309).

G. Tissot
IUT - Dpt Informatique - Ifs, bât. C, bureau 12
""", codes=[("BINF4B06", "BINF4B06"), ("BINF4B05", "BINF4B05")], ids=[53310, 53309], sym="students_cannot_see_course",
  role="staff", note="course hidden by its category; bare 'id=53309' taken as a course id")

M("but-info-alternants-html", ("Stéphanie Gosselin", "stephanie.gosselin@unicaen.fr"),
  "Alternants BUT Info - cours manquants",
  """Bonjour,

Nos BUT info 2e année en alternance (groupe des alternants) n'ont pas les cours suivants :

Code      Intitulé                   Ressource
BINF4A10  Architecture logicielle    R4.A.10
BINF4A11  Qualité de développement   R4.A.11
BINF4B05  Réseaux avancés            R4.B.05

Exemples : 22109031, 22107764.
Stéphanie Gosselin, secrétariat Dpt Info, IUT site d'Ifs - 02 31 52 56 10
""",
  html="""<p>Bonjour,</p><p>Nos BUT info 2e année en alternance (groupe des alternants) n'ont pas les cours suivants :</p>
<table border="1"><tr><th>Code</th><th>Intitulé</th><th>Ressource</th></tr>
<tr><td>BINF4A10</td><td>Architecture logicielle</td><td>R4.A.10</td></tr>
<tr><td>BINF4A11</td><td>Qualité de développement</td><td>R4.A.11</td></tr>
<tr><td>BINF4B05</td><td>Réseaux avancés</td><td>R4.B.05</td></tr></table>
<p>Exemples : 22109031, 22107764.<br>Stéphanie Gosselin, secrétariat Dpt Info, IUT site d'Ifs - 02 31 52 56 10</p>""",
  codes=[("BINF4-ALT", "groupe des alternants"), ("BINF4A10", "BINF4A10"), ("BINF4A11", "BINF4A11"), ("BINF4B05", "BINF4B05")],
  nums=["22109031", "22107764"], sym="not_enrolled", role="staff", etapes=["BINF2"],
  note="table of S4 courses missing for apprentices; their one apprentices' group BINF4-ALT named in words; R4.A.10 not codes")

M("sms-mdp", ("Lina", "lina.benkirane@etu.unicaen.fr"),
  "urgent",
  """jarrive pa a me co a ecampus mdp refusé alors que ca marche sur l'ENT!!! jai un devoir a rendre avant 23h59
""", sym="cannot_login", note="SMS style login problem; hour look-alike")

M("erasmus-droit-eur-en", ("Anna Schmidt", "anna.schmidt@etu.unicaen.fr"),
  "Access to European law course",
  """Dear Sir or Madam,

I am an Erasmus student from Universität Leipzig. I would like to follow "Droit européen" (dr.4 eur in the timetable) but I am not enrolled on Ecampus. My teacher told me to write to you. My number: 22600288.

Kind regards
Anna Schmidt
""", codes=[("DR.4EUR", "dr.4 eur")], nums=["22600288"], sym="not_enrolled", lang="en",
  note="incoming Erasmus, code copied from timetable, lower case with space")

M("trop-enseignants-geo", ("Hélène Vautier", "helene.vautier@unicaen.fr"),
  "Tout le département inscrit comme enseignant",
  """Bonjour,

Dans GGR4C05 (Climatologie), tous les enseignants du département de géographie (22 personnes !) sont inscrits comme enseignants. Ils reçoivent toutes les notifications du forum. Je suppose que c'est lié à une association de toute l'équipe dans ADE ?

H. Vautier
""", codes=[("GGR4C05", "GGR4C05")], sym="too_many_teachers", role="staff", note="whole department enrolled as teachers")

M("bloc-participants-info", ("Olivier Brunet", "olivier.brunet@unicaen.fr"),
  "Où est passé le bloc Participants ?",
  """Re-bonjour,

Maintenant que je suis inscrit dans S4-INF42 (merci !), je ne trouve pas le bloc « Participants » pour voir mes étudiants. Il était à droite avant.

Olivier
""", codes=[("S4-INF42", "S4-INF42")], sym="participants_block_missing", role="staff", note="Participants block not found")

M("cohort-gea-en", ("Emily Carter", "emily.carter@unicaen.fr"),
  "Adding a cohort to a shared space",
  """Hello,

I coordinate the English tutoring for the first-year BUT GEA students. I created a complementary space "English tutoring GEA" and would like all of them enrolled. Should I use the cohort sync for BUT GEA 1st year, or enrol them manually with an end date?

Best,
Emily Carter
Language Centre (CRL), room 104
""", sym="cohort_question", role="staff", lang="en", etapes=["BGEA1"],
  note="cohort for a complementary space; étape said in English words")

M("dates-partiels", ("Baptiste Renard", "baptiste.renard@etu.unicaen.fr"),
  "dates des partiels",
  """Bonjour, est ce que vous savez quand sont les partiels du S4 en L2 AES ? sur ecampus y a rien
merci
""", sym="other", etapes=["LAES2"], note="exam dates: not a CEMU matter")

M("quiz-reglages", ("Bertrand Morel", "bertrand.morel@unicaen.fr"),
  "Paramètres du test en temps limité",
  """Bonjour,

Dans 2psys4e1 je voudrais qu'un test soit ouvert le 28/01 de 14h à 15h30 avec un tiers-temps pour 6 étudiants. Comment régler les « dérogations utilisateur » ?

Bertrand Morel
PR Psychologie sociale - bureau PS 311 - 02 31 56 65 80
""", codes=[("2PSYS4E1", "2psys4e1")], sym="other", role="staff", note="quiz settings question")

M("alternant-gea-digit", ("Clément Jouan", "clement.jouan@etu.unicaen.fr"),
  "Cours manquants",
  """Bonjour,

Alternant en BUT GEA 2e année, il me manque 2 cours sur ecampus : GEA4R5 et GEA4R9 (paie et finance). Je suis en entreprise jusqu'au 15/02 et j'ai besoin des supports.
Merci
Clément Jouan
22103368
""", codes=[("GEA4-R05", "GEA4R5"), ("GEA4-R09", "GEA4R9")], nums=["22103368"], sym="not_enrolled", etapes=["BGEA2"],
  note="codes with dash and a zero dropped")

M("fwd-outlook-staps", ("Sandrine Lagarde", "sandrine.lagarde@unicaen.fr"),
  "TR: groupes entraînement vides",
  """Bonjour,
Pour info et action, merci.
Sandrine Lagarde - Directrice des études STAPS

De : Nicolas Hue <nicolas.hue@unicaen.fr>
Envoyé : mardi 12 janvier 2027 08:47
À : Sandrine Lagarde <sandrine.lagarde@unicaen.fr>
Objet : groupes entraînement vides

Sandrine,
Sur Ecampus, dans STP4ENT les groupes STP4ENTT1 et STP4ENTT2 sont vides ; tous les L2 sont dans le groupe STP4ENTCM seulement. Gymnase 2 le mercredi, 45 étudiants.
Nicolas
""",
  html="""<div>Bonjour,<br>Pour info et action, merci.<br>Sandrine Lagarde - Directrice des études STAPS</div>
<hr><div><b>De :</b> Nicolas Hue &lt;nicolas.hue@unicaen.fr&gt;<br><b>Envoyé :</b> mardi 12 janvier 2027 08:47<br><b>À :</b> Sandrine Lagarde<br><b>Objet :</b> groupes entraînement vides</div>
<div>Sandrine,<br>Sur Ecampus, dans STP4ENT les groupes STP4ENTT1 et STP4ENTT2 sont vides ; tous les L2 sont dans le groupe STP4ENTCM seulement. Gymnase 2 le mercredi, 45 étudiants.<br>Nicolas</div>""",
  codes=[("STP4ENT", "STP4ENT"), ("STP4ENTT1", "STP4ENTT1"), ("STP4ENTT2", "STP4ENTT2"), ("STP4ENTCM", "STP4ENTCM")],
  sym="wrong_group", role="staff", etapes=["STAPL2"], note="Outlook forward: TD groups empty, everyone in CM group")

M("visiting-prof-en", ("Prof. Laura Bianchi", "laura.bianchi@unicaen.fr"),
  "Not enrolled as teacher in seminar",
  """Dear colleagues,

I am a visiting professor (Università di Padova) and I give the seminar M.1 HRP5C this semester with Prof. Genest. I can log in to Ecampus but I am not a teacher in the course. My sessions are not in ADE because the schedule was arranged by e-mail.

With best regards,
Laura Bianchi
""", codes=[("M.1HRP5C", "M.1 HRP5C")], sym="teacher_not_enrolled", role="staff", lang="en",
  note="visiting professor not enrolled: no ADE planning")

M("cas-favori-staff", ("Jean-Michel Lair", "jean-michel.lair@unicaen.fr"),
  "Ecampus inaccessible depuis mon favori",
  """Bonjour,

Depuis la mise à jour de mon navigateur, quand je clique sur mon favori « Ecampus » j'arrive sur une page CAS « Connexion réussie » qui dit que CAS ne connaît pas ma destination finale. Je reste bloqué là.

Jean-Michel Lair
Bibliothèque universitaire Sciences-STAPS - poste 5521
""", sym="cas_unknown_destination", role="staff", note="bookmark points to the CAS page")

M("database-connection-failed", ("Aurélien Petit", "aurelien.petit@etu.unicaen.fr"),
  "Ecampus en panne ?",
  """Bonjour

Ce matin (dimanche) j'ai essayé de rendre mon devoir de S2-INF24 et j'ai eu une page avec "Error: Database connection failed. It is possible that the database is overloaded or otherwise not running properly." Le devoir est à rendre pour lundi 8h.

Aurélien Petit, L1 info
""", codes=[("S2-INF24", "S2-INF24")], sym="database_error", etapes=["LINF1"],
  note="student pastes the English database error; own text in French")

M("majuscules-colere", ("MAXIME FLEURY", "maxime.fleury@etu.unicaen.fr"),
  "TOUJOURS PAS DE COURS !!!!",
  """BONJOUR

CA FAIT 3 SEMAINES QUE JE NE VOIS TOUJOURS PAS MON COURS AES MIC 4 ET PERSONNE NE ME REPOND. LE CC EST JEUDI. C'EST INADMISSIBLE.

MAXIME FLEURY 22008841
""", codes=[("AES-MIC4", "AES MIC 4")], nums=["22008841"], sym="not_enrolled", note="all caps, angry")

M("prof-dashboard-pagination", ("Laurence Tessier", "laurence.tessier@unicaen.fr"),
  "Un cours n'apparaît pas dans mon tableau de bord",
  """Bonjour,

Le cours 1CA155 n'apparaît pas dans mon tableau de bord alors que j'y suis bien enseignante (je le retrouve par la recherche). J'ai 23 cours dans « Vue d'ensemble des cours ».

Laurence
""", codes=[("1CA155", "1CA155")], sym="course_not_on_dashboard", role="staff",
  note="teacher: course not on dashboard (pagination/filter)")

M("lea-groupes-html", ("Corinne Marais", "corinne.marais@unicaen.fr"),
  "LEA S4 - affectation groupes anglais",
  """Bonjour,

Pour LEA4.AN2, les affectations de groupes sur Ecampus ne correspondent pas à Apogée :
- 22101190 : Ecampus LEA4AN2-G1, Apogée LEA4AN2-G3
- 22104402 : Ecampus LEA4AN2-G1, Apogée LEA4AN2-G2
Merci,
Corinne Marais, scolarité LEA, MRSH bureau 017, 02 31 56 59 30
""",
  html="""<html><body><p>Bonjour,</p><p>Pour <b>LEA4.AN2</b>, les affectations de groupes sur Ecampus ne correspondent pas à Apogée :</p>
<table border="1"><tr><th>Étudiant</th><th>Ecampus</th><th>Apogée</th></tr>
<tr><td>22101190</td><td>LEA4AN2-G1</td><td>LEA4AN2-G3</td></tr>
<tr><td>22104402</td><td>LEA4AN2-G1</td><td>LEA4AN2-G2</td></tr></table>
<p>Merci,<br>Corinne Marais, scolarité LEA, MRSH bureau 017, 02 31 56 59 30</p></body></html>""",
  codes=[("LEA4.AN2", "LEA4.AN2"), ("LEA4AN2-G1", "LEA4AN2-G1"), ("LEA4AN2-G3", "LEA4AN2-G3"), ("LEA4AN2-G2", "LEA4AN2-G2")],
  nums=["22101190", "22104402"], sym="wrong_group", role="staff", note="scolarité LEA: wrong groups, HTML table",
  charset="windows-1252")

M("spam-facture", ("Comptabilité Fournisseurs", "factures@dhl-express-caen.net"),
  "Facture impayée n° FA-2027-00931",
  """Bonjour,

Veuillez trouver ci-joint la facture FA-2027-00931 d'un montant de 1 248,00 EUR restée impayée. Merci de régler sous 48h.

SIRET 512 334 908 00017
""", sym="other", role="unknown", attach="FA-2027-00931.zip", note="spam with attachment; invoice and SIRET look-alikes")

M("ooo-scolarite", ("Scolarité UFR Sciences", "scol.sciences@unicaen.fr"),
  "Absence du service : Re: inscriptions S4-INF44",
  """Bonjour,

Le service de scolarité de l'UFR des Sciences est fermé du 18 au 20 janvier 2027 (inventaire). Votre message sera traité à notre retour.
Accueil : bâtiment Sciences 1, bureau S1-010, 02 31 56 74 00.
""", codes=[("S4-INF44", "S4-INF44")], sym="other", role="unknown", auto=True,
  headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}, note="out-of-office of a scolarité; code in subject counts")

M("doctorant-socio", ("Hugo Langlois", "hugo.langlois@unicaen.fr"),
  "Accès au cours de M2 pour un doctorant",
  """Bonjour,

Je suis doctorant en sociologie (CERReV) et je voudrais suivre le cours M.2.MSO5 comme auditeur libre, avec l'accord de Mme Poirier. Je n'y suis pas inscrit. Comment faire ?

Hugo Langlois
""", codes=[("M.2.MS05", "M.2.MSO5")], sym="not_enrolled", role="student", note="doctoral student wants access; O for 0")

M("alternants-gea-s2", ("Pascale Grenier", "pascale.grenier@unicaen.fr"),
  "Groupe des alternants GEA 1re année",
  """Bonjour,

Dans le cours GEA2-R03 (Contrôle de gestion), le groupe des alternants est vide alors que nos BUT GEA 1re année en alternance (une vingtaine) suivent ce cours. Les autres groupes (TD1 à TD3) sont corrects.

Pascale Grenier
Responsable alternance GEA - 02 31 56 71 44
""", codes=[("GEA2-R03", "GEA2-R03"), ("GEA2ALT", "groupe des alternants"), ("GEA2TD1", "TD1"), ("GEA2TD3", "TD3")],
  sym="wrong_group", role="staff", etapes=["BGEA1"], note="apprentices' group of a cited course named in words")

M("porteur-staps", ("Karine Dubost", "karine.dubost@unicaen.fr"),
  "Les L3 ne voient pas le cours mutualisé",
  """Bonjour,

Le cours de sociologie du sport STP4SOC est mutualisé avec celui des L3 (STP6SOC). Les L3 ne voient pas le cours STP4SOC où je mets tout. Les L2 oui.

Karine Dubost
""", codes=[("STP4SOC", "STP4SOC"), ("STP6SOC", "STP6SOC")], sym="students_cannot_see_course", role="staff",
  note="porteur/porté: students of the porté cannot see the shared course")
