from lib import *

M("036-relais-handicap-tiers-temps.eml", ("Agnès Marie", "agnes.marie@unicaen.fr"),
  "Tiers-temps pour un quiz en ligne", (2026, 12, 11, 14, 25),
  """Bonjour,

Je suis chargée d'accompagnement au Relais Handicap. Une étudiante bénéficie d'un tiers-temps
(Mlle Jeanne Auvray, n° 24009931) et doit passer jeudi le QCM en ligne de méthodologie de la
recherche, PSM1-O3 sur son contrat. L'enseignante ne sait pas comment lui donner plus de temps que
les autres dans le test. Pouvez-vous nous indiquer la marche à suivre ou le faire pour elle ?

Bien cordialement,
Agnès Marie
Relais Handicap - Bâtiment A, bureau AC 214 - 02 31 56 61 19
""", codes=[("PSM1-03", "PSM1-O3")], nums=["24009931"], symptom="other", role="staff", schemes=[S_PSY],
  note="disability office staff asks for extra time in a quiz; code with O for 0")

M("037-pharmacien-chu-login.eml", ("Dr Arnaud Chevallier", "arnaud.chevallier@chu-caen.fr"),
  "Identifiants Ecampus", (2026, 12, 11, 17, 40),
  """Bonjour,

Pharmacien hospitalier au CHU, j'interviens depuis trois ans dans l'UE d'officine et dispensation
des 5e année (PHA5U12). Mon compte Ecampus ne fonctionne plus depuis la rentrée : "identifiant ou
mot de passe incorrect". La DSI m'a dit que mon compte d'intervenant extérieur avait expiré le
31/08.

Mon cours est le 16 décembre, je dois déposer le diaporama avant.

Dr A. Chevallier
Pharmacie - CHU de Caen Normandie, avenue de la Côte de Nacre, CS 30001, 14033 Caen Cedex 9
Poste 4 62 18
""", cte="b64", codes=[("PHA5U12", "PHA5U12")], symptom="cannot_login", role="staff", schemes=[S_PHA],
  note="external hospital pharmacist who teaches a course: account expired, treated as staff")

M("038-employeur-assiduite.eml", ("Service RH - Boulangeries Fouquet", "rh@boulangeries-fouquet.fr"),
  "Demande d'attestation d'assiduité", (2026, 12, 12, 9, 5),
  """Madame, Monsieur,

Notre salarié M. Kévin Leblond suit le DU Capacité de gestion des entreprises dans le cadre de son
plan de développement des compétences. Pour le financement OPCO nous avons besoin d'un relevé de
ses connexions à la plateforme pour les modules DUCG01 à DUCG03 sur la période septembre-novembre.

Merci de nous l'adresser à rh@boulangeries-fouquet.fr.

Le service RH
Boulangeries Fouquet SARL - SIRET 438 207 115 00034 - 50100 Cherbourg-en-Cotentin
""", codes=[("DUCG01", "DUCG01"), ("DUCG03", "DUCG03")], symptom="other", role="unknown", schemes=[S_DU],
  note="employer of a trainee asks for connection logs")

M("039-etu-distance-fwd-propre-echange.eml", ("", "21609846@etu.unicaen.fr"),
  "Fwd: groupe à distance", (2026, 12, 12, 10, 17),
  """Bonjour,
la scolarité m'a dit de vous écrire, je vous mets notre échange en dessous.
Je suis en téléenseignement et je suis toujours dans le groupe présentiel du cours RCAED334
(donc je n'ai pas les classes virtuelles).

---------- Message transféré ----------
De : scolarite.eco@unicaen.fr
Date : ven. 11 déc. 2026 à 15:44
Objet : Re: groupe à distance

Bonjour, votre inscription est bien à distance dans Apogée et vous êtes bien dans le groupe CEMU
(RCAED334C). Voyez avec le CEMU pour Ecampus.

> Le 10 déc. 2026 à 08:12, 21609846@etu.unicaen.fr a écrit :
> Bonjour, sur ecampus je suis dans le groupe "Présentiel RCAED334" alors que je suis à distance.
""", codes=[("RCAED334", "RCAED334"), ("RCAED334C", "RCAED334C")], nums=["21609846"], symptom="wrong_group",
  role="student", schemes=[S_RCA], note="distance student forwards her own exchange with the scolarité; wrong group")

M("040-prof-lycee-partenaire.eml", ("Jérôme Caillot", "jerome.caillot@ac-normandie.fr"),
  "Accès à l'espace Cordées de la réussite", (2026, 12, 12, 11, 30),
  """Bonjour,

Professeur de SES au lycée Malherbe, je participe au dispositif des Cordées de la réussite avec
l'université. On m'avait annoncé un accès à l'espace Ecampus du projet pour suivre les travaux de
mes élèves, mais je n'ai reçu aucun identifiant et la page de connexion me demande un compte
UNICAEN que je n'ai pas.

Bien cordialement,
J. Caillot
Lycée Malherbe, 14 avenue Albert Sorel, 14000 Caen
""", codes=[], symptom="cannot_login", role="unknown", schemes=[],
  note="high-school teacher (partner, not university staff) has no account")

M("041-scol-gea-vacataire-ade.eml", ("Christelle Vasseur", "christelle.vasseur@unicaen.fr"),
  "Inscription enseignant BGE2-R04", (2026, 12, 12, 14, 15),
  """Bonjour,

M. Julien Carpentier, vacataire, assure les TD de droit (BGE2-R04) depuis novembre. Il n'est pas
inscrit comme enseignant dans l'espace. Je crois que les séances ont été planifiées dans ADE sans
lui (il n'était qu'associé). Est-ce que vous pouvez l'ajouter en attendant la correction ?
Son identifiant est jcarpentier.

Christelle Vasseur
Secrétariat pédagogique GEA - IUT Grand Ouest Normandie, site de Caen
""", codes=[("BGE2R04", "BGE2-R04")], symptom="teacher_not_enrolled", role="staff", schemes=[S_GEA],
  note="secretary asks for a vacataire not enrolled as teacher (ADE); dash added to the code")

M("042-etu-l3-geo-signature.eml", ("Léa Marchand", "lea.marchand@etu.unicaen.fr"),
  "Mauvais groupe amenagement", (2026, 12, 13, 18, 3),
  """Bonjour,

Dans le cours G3-AMEN je suis dans le groupe TD1 alors que je vais en TD2 depuis la rentrée
(changement validé par la scolarité en octobre). Du coup je ne peux pas rendre le dossier dans le
bon dépôt.

Merci
Léa M.
L3 Géo - parcours aménagement
""", codes=[("G3-AMEN", "G3-AMEN"), ("G3AMENTD1", "TD1"), ("G3AMENTD2", "TD2")], symptom="wrong_group",
  role="student", schemes=[S_GEO], etapes=["LGEO3"], note="student, programme only in the signature; wrong group")

M("043-emerite-free.eml", ("Jean-Claude Vautier", "jc.vautier@free.fr"),
  "Séminaire de master", (2026, 12, 14, 8, 20),
  """Bonjour,

Professeur émérite, j'anime toujours le séminaire de M1 sur l'histoire de la guerre froide
(M1HRP8C si je lis bien mon courrier de la scolarité). Je ne suis pas inscrit dans l'espace Ecampus
et je n'ai plus d'adresse universitaire, d'où ce courriel personnel.

Pourriez-vous m'ajouter comme enseignant ?

Avec mes remerciements,
J.-C. Vautier
""", codes=[("M.1HRP8C", "M1HRP8C")], symptom="teacher_not_enrolled", role="staff", schemes=[S_HSS],
  note="emeritus professor from a personal address; code with the dot dropped")

M("044-porte-collection-groupes.eml", ("Aurélie Fontaine", "aurelie.fontaine@unicaen.fr"),
  "Groupes du cours mutualisé", (2026, 12, 14, 9, 44),
  """Bonjour,

Dans l'espace de M.1HRP9C, mutualisé avec l'élément 2HR6C, les étudiants de L2 qui viennent du porté
sont bien arrivés dans le cours, mais ils ne sont dans aucun groupe : les groupes M.1HRP9CTD et
M.1HRP9CEM ne contiennent que les M1. Je ne peux donc pas leur ouvrir les devoirs par groupe.

Merci,
Aurélie Fontaine
ATER histoire contemporaine
""", codes=[("M.1HRP9C", "M.1HRP9C"), ("2HR6C", "2HR6C"), ("M.1HRP9CTD", "M.1HRP9CTD"),
             ("M.1HRP9CEM", "M.1HRP9CEM")], symptom="wrong_group", role="staff", schemes=[S_HSS, S_HSSP],
  note="ATER: students from the porté are in the porteur course but in no group")

M("045-apprenti-iae-en.eml", ("Chloé Baptiste", "chloe.baptiste.pro@gmail.com"),
  "Wrong group in the negotiation course", (2026, 12, 14, 12, 12),
  """Hello,

I'm on the apprenticeship track of the M1 Management and International Trade (I write in English
because our courses are taught in English and my French keyboard is at the office...). In the
negotiation course IA1NEG1 I'm in the initial training group, not in the apprentices group, so I
cannot see the assignment for apprentices due Friday.

Student number: 25010388

Thanks a lot,
Chloé Baptiste
""", codes=[("IA1NEG1", "IA1NEG1"), ("IA1INI", "initial training group"), ("IA1ALT", "apprentices group")],
  nums=["25010388"], symptom="wrong_group", role="student", lang="en", schemes=[S_IAE], etapes=["IAEMC1"],
  note="apprentice writes in English from a personal address: wrong group")

M("046-scol-psy-tableau-absents.eml", ("Corinne Lesage", "corinne.lesage@unicaen.fr"),
  "Étudiants absents du cours PSM1-03", (2026, 12, 14, 15, 3),
  """Bonjour,
Quatre étudiants de M1 psycho ne sont pas dans les participants du cours PSM1-03 :
- BERTIN Lucas 23011402
- CHAUVIN Maëlle 23011466
- DIALLO Awa 22010957
- FOUCHER Paul 23011521
Ils sont pourtant bien inscrits pédagogiquement. Merci d'avance, C. Lesage, scolarité psychologie
""", html="""<p>Bonjour,</p><p>Quatre étudiants de M1 psycho ne sont pas dans les participants du cours
<b>PSM1-03</b> :</p>
<table style="border-collapse:collapse" border="1"><tr><th>NOM</th><th>Prénom</th><th>N°</th></tr>
<tr><td>BERTIN</td><td>Lucas</td><td>23011402</td></tr>
<tr><td>CHAUVIN</td><td>Maëlle</td><td>23011466</td></tr>
<tr><td>DIALLO</td><td>Awa</td><td>22010957</td></tr>
<tr><td>FOUCHER</td><td>Paul</td><td>23011521</td></tr></table>
<p>Ils sont pourtant bien inscrits pédagogiquement. Merci d'avance,<br>C. Lesage, scolarité psychologie</p>""",
  cte="b64", codes=[("PSM1-03", "PSM1-03")], nums=["23011402", "23011466", "22010957", "23011521"],
  symptom="not_enrolled", role="staff", schemes=[S_PSY],
  note="secretary with table of students missing from participants; « M1 psycho » is ambiguous (two M1 étapes)")

M("047-doctorant-enseignant-tableau-de-bord.eml", ("Romain Lepetit", "romain.lepetit@unicaen.fr"),
  "cours absent de mon tableau de bord", (2026, 12, 15, 9, 10),
  """Bonjour,

Doctorant chargé de TD en L1 info, je suis bien enseignant dans le cours de programmation
1INF.02 (je peux y accéder et modifier), mais il n'apparaît pas sur mon tableau de bord, j'ai
seulement mes formations doctorales. J'ai 3 pages dans "Vue d'ensemble des cours" et il n'est sur
aucune.

Romain
""", codes=[("1INF.02", "1INF.02")], symptom="course_not_on_dashboard", role="staff", schemes=[S_INF],
  note="PhD student writing as teacher: his teaching course is not on his dashboard")

M("048-alumni-transcript-en.eml", ("Sebastián Ortiz", "sebas.ortiz@gmail.com"),
  "Transcript request", (2026, 12, 15, 10, 2),
  """Dear Sir or Madam,

I studied at Caen in 2023-2024 (L3 informatique, exchange year). I need an official transcript
of records for a job application in Madrid. Could you tell me whom to contact?

Best regards,
Sebastián Ortiz
""", codes=[], symptom="other", role="unknown", lang="en", schemes=[],
  note="former exchange student (alumnus) asks for a transcript: outsider, other")

M("049-parent-merci-reponse.eml", ("Pascal Hébert", "pascal.hebert@wanadoo.fr"),
  "Re: [CEMU #449310] Ma fille n'a pas ses cours de PASS", (2026, 12, 15, 20, 45),
  """Merci beaucoup, ma fille a retrouvé tous ses cours ce matin.
Bonne soirée,
P. Hébert

Le 14/12/2026 à 11:02, cemu.assistance@unicaen.fr a écrit :
> Bonjour,
> L'inscription pédagogique de votre fille a été complétée par la scolarité santé vendredi :
> ses cours apparaîtront après la synchronisation de cette nuit.
> Cordialement,
> Le CEMU
""", reply_to_id="<449310.cemu@unicaen.fr>", charset="iso-8859-1", codes=[], symptom="other",
  role="unknown", schemes=[], note="parent thanks after a solved ticket; quoted history")

M("050-vacataire-cours-cache.eml", ("Emily Carter", "emily.carter@unicaen.fr"),
  "Les étudiants ne voient pas mon cours AN-20B", (2026, 12, 16, 8, 5),
  """Bonjour,

Je donne le cours de version (AN-20B) comme vacataire ce semestre. J'ai tout préparé dans l'espace
mais les étudiants me disent qu'ils ne le voient pas. Moi je le vois, mais le nom est en gris.
Est-ce que j'ai oublié quelque chose ?

Merci,
Emily Carter
Lectrice / vacataire, Département LVE
""", codes=[("AN-20B", "AN-20B")], symptom="students_cannot_see_course", role="staff", schemes=[S_LVE],
  note="vacataire with an @unicaen.fr address: course hidden, students cannot see it")

M("051-scol-fwd-date-partiel.eml", ("Nadia Benali", "nadia.benali@unicaen.fr"),
  "TR: date partiel droit du travail", (2026, 12, 16, 9, 33),
  """Pour info, je ne sais pas si c'est pour vous.

-----Message d'origine-----
De : Maxime Gosselin <maxime.gosselin@etu.unicaen.fr>
Envoyé : mardi 15 décembre 2026 22:10
Objet : date partiel

Bonjour, sur Ecampus dans DR3TRA la date du partiel est le 5 janvier mais sur l'ENT c'est le
7 janvier à 8h30 amphi B. Lequel est le bon ?
Merci
""", codes=[("DR3TRA", "DR3TRA")], symptom="other", role="staff", schemes=[S_DR],
  note="secretary forwards a student's question about an exam date")

M("052-dsi-cas.eml", ("Frédéric Gauthier", "frederic.gauthier@unicaen.fr"),
  "Remontées CAS 'destination inconnue'", (2026, 12, 16, 11, 0),
  """Bonjour,

Le support DSI a reçu une dizaine d'appels d'étudiants depuis lundi qui arrivent sur la page CAS
"Connexion réussie... CAS ne connaît pas votre destination finale". Après vérification, ils
passent tous par un lien Google vers cas.unicaen.fr/login. Avez-vous prévu un message sur la page
d'accueil d'Ecampus ? Ticket DSI n° 2026-118734.

Frédéric Gauthier
DSI - Pôle services aux usagers - 02 31 56 66 00
""", codes=[], symptom="cas_unknown_destination", role="staff", schemes=[],
  note="DSI staff reports CAS unknown destination on behalf of students")

M("053-entreprise-irlande-en.eml", ("Siobhan Kelly", "s.kelly@corkmedtech.ie"),
  "Guest account not working", (2026, 12, 16, 13, 20),
  """Hello,

We host one of your pharmacy students (Marc Dupuis) for his internship. The university sent me a
guest account to fill in the evaluation form on Ecampus, but the login page keeps telling me the
password is wrong. I tried the reset link twice.

Kind regards,
Siobhan Kelly
Quality Manager, Cork MedTech Ltd, Ireland
+353 21 490 1234
""", codes=[], symptom="cannot_login", role="unknown", lang="en", schemes=[],
  note="internship host abroad (external partner) cannot log in with a guest account")

M("054-pass-majuscules.eml", ("ZOE LANGLOIS", "zoe.langlois@etu.unicaen.fr"),
  "URGENT COURS", (2026, 12, 16, 22, 58),
  """BONJOUR JE SUIS EN PASS ET JE VOIS AUCUN DE MES COURS DE LA MINEURE DEPUIS CE MATIN, LES AUTRES
PASS LES ONT. LE CONCOURS BLANC EST DEMAIN !!!!!
""", codes=[], symptom="not_enrolled", role="student", schemes=[], etapes=["PASS01"],
  note="PASS student in capitals, does not see her courses")

M("055-resp-m2-cohorte.eml", ("Gilles Morin", "gilles.morin@unicaen.fr"),
  "Inscription en attendant les IP : cohorte ?", (2026, 12, 17, 8, 44),
  """Bonjour,

Les IP des M2 MCI ne seront saisies qu'en janvier (retard de la scolarité) et le cours de
mémoire, IA2MEM1, doit démarrer maintenant. Puis-je synchroniser la cohorte de l'étape dans le
cours en attendant ? Si oui, comment faire pour qu'elle soit retirée ensuite ?

Gilles Morin
Responsable pédagogique M2 MCI - IAE Caen
""", codes=[("IA2MEM1", "IA2MEM1")], symptom="cohort_question", role="staff", schemes=[S_IAE],
  etapes=["IAEMC2"], note="programme director asks whether to sync the étape's cohort temporarily")

M("056-scol-fwd-nom-etudiant.eml", ("Delphine Roger", "delphine.roger@unicaen.fr"),
  "TR: Erreur prénom", (2026, 12, 17, 10, 9),
  """Pouvez-vous voir ?

--- Message transféré ---
De : 24008813@etu.unicaen.fr
Date : 16/12/2026 17:30
Objet : Erreur prénom

Bonjour, sur ecampus mon prénom est écrit "Mathis" au lieu de "Mattis", alors que sur ma carte
étudiante c'est bon. Je suis en L1 droit. Mattis Renard
""", codes=[], nums=["24008813"], symptom="wrong_name", role="staff", schemes=[], etapes=["DRL1"],
  note="secretary forwards a student's first-name error with a one-line request")

M("057-etu-distance-groupe.eml", ("", "22506671@etu.unicaen.fr"),
  "groupe cemu", (2026, 12, 17, 12, 30),
  """Bonjour,
inscrit à distance (je travaille à Rennes), je ne suis dans aucun groupe dans le cours rcaed 335, donc
je n'ai pas les liens des classes virtuelles du soir. Les étudiants à distance que je connais sont
dans le groupe CEMU.
Cordialement
""", cte="8bit", codes=[("RCAED335", "rcaed 335"), ("RCAED335C", "groupe CEMU")], nums=["22506671"],
  symptom="wrong_group", role="student", schemes=[S_RCA], note="distance learner in no group; code lower case with a space")

M("058-enseignant-element-suspendu.eml", ("Michelle Dobre", "michelle.dobre@unicaen.fr"),
  "Plus aucun étudiant dans M.1.MS03", (2026, 12, 17, 14, 2),
  """Bonjour,

Depuis hier, l'espace de Théories du changement social (M.1.MS03) n'a plus aucun étudiant inscrit,
seulement moi et mon collègue. La semaine dernière ils étaient 34. La scolarité ne voit rien
d'anormal.

M. Dobre
""", codes=[("M.1.MS03", "M.1.MS03")], symptom="not_enrolled", role="staff", schemes=[S_MS],
  note="teacher: all students vanished from participants (suspended element)")

M("059-auditeur-libre-uia.eml", ("Monique Vallée", "monique.vallee@sfr.fr"),
  "cours de climatologie", (2026, 12, 17, 16, 16),
  """Bonjour,

Je suis auditrice libre cette année (inscrite par l'Université Inter-Âges) et je suis le cours de
climatologie de première année, G1 CLIM sur le programme. Le professeur m'a dit que les documents
étaient sur Ecampus, mais je ne vois pas ce cours une fois connectée, seulement la page d'accueil.

Merci de votre aide,
Monique Vallée
""", codes=[("G1-CLIM", "G1 CLIM")], symptom="not_enrolled", role="student", schemes=[S_GEO],
  note="auditrice libre (registered learner): treated as student; not enrolled")

M("060-trop-enseignants-gea.eml", ("Vincent Hardy", "vincent.hardy@unicaen.fr"),
  "14 enseignants dans mon cours ?", (2026, 12, 18, 8, 2),
  """Bonjour,
Dans l'espace bge2r07 (tableur et BDD, S2) il y a 14 enseignants inscrits par "base de données
externe" alors que nous sommes deux à intervenir. Les autres sont des collègues du département
qui ne font pas ce cours. Je ne peux pas les désinscrire moi-même.
Vincent Hardy, MCF, IUT GON - GEA
""", codes=[("BGE2R07", "bge2r07")], symptom="too_many_teachers", role="staff", schemes=[S_GEA],
  note="teacher: too many teachers enrolled by database; code in lower case")

M("061-etu-m2-participants.eml", ("Sarah Cohen", "sarah.cohen@etu.unicaen.fr"),
  "Liste des participants", (2026, 12, 18, 9, 15),
  """Bonjour,
je voudrais voir la liste des participants dans le cours PSM2-03 pour former les binômes mais je
ne trouve pas le lien, il n'y a rien dans la colonne de droite. Est-ce que c'est bloqué pour les
étudiants ?
Sarah
""", codes=[("PSM2-03", "PSM2-03")], symptom="participants_block_missing", role="student", schemes=[S_PSY],
  note="student cannot find the participants list")

M("062-gestionnaire-gmail-weekend.eml", ("Patricia Durand", "patou.durand@gmail.com"),
  "groupes TD droit civil vides", (2026, 12, 19, 10, 48),
  """Bonjour,

Je vous écris de chez moi (pas accès à ma messagerie pro le week-end). Plusieurs enseignants
m'ont signalé que dans l'espace de droit civil des L1 droit (DR1CIV), les groupes de TD sont
vides depuis jeudi, alors que les étudiants sont toujours inscrits dans le cours. Le TD3 et le
TD7 notamment ont un devoir à rendre lundi.

Patricia Durand
Gestionnaire de scolarité Licence 1 Droit - UFR Droit, AES et administration publique
""", codes=[("DR1CIV", "DR1CIV"), ("DR1CIVTD3", "TD3"), ("DR1CIVTD7", "TD7")], symptom="wrong_group",
  role="staff", schemes=[S_DR], etapes=["DRL1"],
  note="secretary writes from personal gmail, role in signature only; groups empty")

M("063-doctorant-module-absent.eml", ("Baptiste Noël", "baptiste.noel@unicaen.fr"),
  "Module intégrité scientifique", (2026, 12, 19, 14, 3),
  """Bonjour,

L'école doctorale nous demande de suivre le module d'intégrité scientifique EDNC-F13 avant la fin
de l'année pour la réinscription en thèse, mais ce cours n'existe pas sur Ecampus (la recherche ne
donne rien, et il n'est pas dans la catégorie de l'ED). Est-ce qu'il a été supprimé ?

Baptiste Noël
Doctorant 1re année, ED NC
""", codes=[("EDNC-F13", "EDNC-F13")], symptom="course_missing", role="student", schemes=[S_ED],
  note="PhD student (learner) from @unicaen.fr: training course does not exist")

M("064-scol-gea-alternants-html.eml", ("Karine Osmont", "karine.osmont@unicaen.fr"),
  "Alternants BUT GEA 2 mal répartis", (2026, 12, 19, 15, 30),
  "", html_only=True, cte="b64", charset="windows-1252", html="""<html><head><meta charset="windows-1252"></head><body>
<div>Bonjour,</div><div>&nbsp;</div>
<div>Dans les cours de 2e année, les étudiants ci-dessous sont apparus dans le TD1 alors qu'ils sont
alternants et devraient être dans le groupe BGE2ALT (rythme 2 semaines / 2 semaines) :</div>
<table border="1"><tr><td><b>Étudiant</b></td><td><b>Numéro</b></td><td><b>Cours concerné</b></td></tr>
<tr><td>GOSSELIN Marius</td><td>25004410</td><td>BGE3R02</td></tr>
<tr><td>HUET Lou</td><td>25004498</td><td>BGE3R02</td></tr>
<tr><td>PAIN Elsa</td><td>25004563</td><td>BGE3S01</td></tr></table>
<div>&nbsp;</div><div>K. Osmont - 02 31 56 70 42</div></body></html>""",
  codes=[("BGE2TD1", "TD1"), ("BGE2ALT", "BGE2ALT"), ("BGE3R02", "BGE3R02"), ("BGE3S01", "BGE3S01")],
  nums=["25004410", "25004498", "25004563"], symptom="wrong_group", role="staff", schemes=[S_GEA],
  note="director of studies, HTML-only windows-1252 base64 table: apprentices in the wrong group")

M("065-absence-visiting-en.eml", ("Maria Gonçalves", "mgoncalves.uc@gmail.com"),
  "Automatic reply: Re: [CEMU #449402] Login loop", (2026, 12, 20, 6, 0),
  """Thank you for your message. I am travelling until 4 January 2027 with limited access to email.
For urgent matters regarding the UFR HSS seminar please contact the department secretariat.

Maria Gonçalves
""", extra=[("Auto-Submitted", "auto-replied")], codes=[], symptom="other", role="unknown", lang="en",
  auto=True, schemes=[], note="out-of-office of a visiting lecturer")

M("066-etu-code-invente.eml", ("Enzo Lefranc", "enzo.lefranc@etu.unicaen.fr"),
  "cours obligations 2", (2026, 12, 20, 21, 12),
  """bonsoir
je trouve pas le cours DR2OBL2 (obligations 2eme partie) sur ecampus, il existe pas ? c'est marqué
sur mon contrat pédagogique je crois
enzo
""", codes=[("DR2OBL2", "DR2OBL2")], symptom="course_missing", role="student", schemes=[S_DR],
  note="student cites a code APOGÉE does not know (unknown)")

M("067-etu-reinscrit-cours-disparu.eml", ("Jules Perrin", "jules.perrin@etu.unicaen.fr"),
  "Cours disparu après réinscription", (2026, 12, 21, 9, 30),
  """Bonjour,

J'ai fait une année de césure et je reprends ma L2 info. Le cours 2INF.15 (projet web) que j'avais
commencé en 2024 n'existe plus : la page que j'avais en favori affiche "ce cours est archivé" et il
s'appelle maintenant autrement. Où est passé le nouveau ?

Jules Perrin
""", codes=[("2INF.15", "2INF.15")], symptom="course_moved_renamed", role="student", schemes=[S_INF],
  note="student back from a gap year: old course archived and renamed (code unknown to APOGÉE now)")

M("068-lecturer-colleague-en.eml", ("Mark Hollis", "mark.hollis@unicaen.fr"),
  "Colleague missing as teacher in IA1FIN3", (2026, 12, 21, 11, 5),
  """Hello,

My colleague Dr. Nora Stein joined the IAE in November and co-teaches Corporate Finance with me
(IA1FIN3). She is not enrolled as a teacher in the course; she can't even see it. Could you add
her? Her login is nstein.

Thanks,
Mark Hollis
Senior Lecturer, IAE Caen - Office 2.14
""", codes=[("IA1FIN3", "IA1FIN3")], symptom="teacher_not_enrolled", role="staff", lang="en",
  schemes=[S_IAE], note="lecturer asks in English for a colleague not enrolled as teacher")

M("069-etu-mobile-mdp.eml", ("Ryan", "ryan.belkacem@etu.unicaen.fr"),
  "mdp", (2026, 12, 21, 13, 58),
  """Bonjour j'arrive plus à me connecter à ecampus depuis que j'ai changé mon mot de passe sur
l'ENT, ça me dit identifiant incorrect. Numero 25014476

Envoyé de mon iPhone
""", codes=[], nums=["25014476"], symptom="cannot_login", role="student", schemes=[],
  note="student from a phone: cannot log in after password change")

M("070-scol-pharma-fwd-groupe.eml", ("Martine Guérin", "martine.guerin@unicaen.fr"),
  "TR: groupe de TP", (2026, 12, 22, 10, 0),
  """Bonjour, pouvez-vous regarder ? Merci. M. Guérin, scolarité pharmacie

---------- Message transféré ----------
De : Lucie Vautrin <lucie.vautrin@etu.unicaen.fr>
Date : lun. 21 déc. 2026 à 19:20
Objet : groupe de TP
À : scol.pharmacie@unicaen.fr

Bonsoir, je suis en 4e année de pharmacie et sur Ecampus je suis dans le groupe A alors que je suis
en groupe B pour les TP de pharmacologie (PHA4U12). Je ne vois donc pas les bons créneaux.
Lucie Vautrin 22003518
""", codes=[("PHA4GRA", "groupe A"), ("PHA4GRB", "groupe B"), ("PHA4U12", "PHA4U12")], nums=["22003518"],
  symptom="wrong_group", role="staff", schemes=[S_PHA], etapes=["DFASP1"],
  note="secretary forwards with one line; student names her year only in the forward; wrong group")
