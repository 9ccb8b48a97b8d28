from build import G, PNG
MAILS = []
A = MAILS.append

A(dict(fn="061-fwd-element-suspendu-master-socio.eml", client="outlook",
  frm=("Agnès Delacroix", "agnes.delacroix@unicaen.fr"), subj="TR: Aucun étudiant dans le cours M.1.MS03",
  date="2025-10-01 10:16", cs="utf-8", cte="base64",
  body="""Bonjour,

Je vous fais suivre le message de mon collègue. J'ai vérifié dans Apogée : les IP des 18 étudiants de M1 Sociologie (MSOC1) sont bien faites sur l'EC M.1.MS03. En revanche je vois un motif « Remplacé sur maquette » dans la fiche de l'élément, je ne sais pas si c'est lié.

Agnès Delacroix
Scolarité Masters – UFR HSS
02 31 56 60 41

De : Aldo Marchetti <aldo.marchetti@unicaen.fr>
Envoyé : mardi 30 septembre 2025 17:55
À : Agnès Delacroix <agnes.delacroix@unicaen.fr>
Objet : Aucun étudiant dans le cours M.1.MS03

Chère Agnès,
Mon espace Ecampus « (M.1.MS03) Théories du changement social » ne contient aucun étudiant, seulement moi. Le séminaire a commencé le 22. Peux-tu voir ce qui se passe ?
Amitiés,
Aldo
""",
  gold=G("not_enrolled", "staff", codes=[("M.1.MS03", "M.1.MS03"), ("MSOC1", "MSOC1")], schemes=["hssmaster:element", "soc:etape"],
         note="forwarded Outlook thread: no student enrolled in M.1.MS03 (element suspended / replaced in APOGÉE)")))

A(dict(fn="062-en-adjunct-profile-page.eml", client="other",
  frm=("Sarah Mitchell", "s.mitchell@normandy-language-centre.co.uk"), subj="Ecampus access - stuck on profile page",
  date="2025-09-22 19:40", cs="utf-8", cte="7bit",
  body="""Good evening,

I have just started teaching two English conversation classes (LANSAD, Tuesday evenings) as an external lecturer. The faculty created a guest account for me (login: smitchell-inv). When I log in to Ecampus for the first time, I land on "Modifier le profil" and it says that my e-mail address is missing, but the field is locked so I cannot fill it in. Every link brings me back to the same page.

Could you fix this, or tell me who should? My e-mail is s.mitchell@normandy-language-centre.co.uk.

Best wishes,
Sarah Mitchell
Normandy Language Centre - 7 Quai Vendeuvre, 14000 Caen - 02 31 85 40 12
""",
  gold=G("cannot_login", "unknown", lang="en",
         note="external lecturer (guest account) stuck on first-login profile page asking for an e-mail address")))

A(dict(fn="063-fwd-gmail-rcaed-introuvable.eml", client="gmail",
  frm=("Hugues Ménard", "hugues.menard@unicaen.fr"), subj="Fwd: espace de cours RCAED 334",
  date="2025-09-30 11:02", cs="utf-8", cte="quoted-printable", fmt="alt",
  body="""Bonjour,

Voir ci-dessous. Je confirme que l'espace de l'EC RCAED 334 (Droit du travail, DU Capacité en droit à distance) n'existe pas sur Ecampus, ni dans la catégorie CEMU / FOAD ni par recherche. L'an dernier il existait.

Hugues Ménard
Responsable pédagogique EAD – CEMU

Le lun. 29 sept. 2025 à 10:02, Scolarité FOAD <scolarite.foad@unicaen.fr> a écrit :

> Bonjour M. Ménard,
>
> Les étudiants à distance du DU Capacité en droit nous signalent qu'ils ne
> trouvent pas le cours de droit du travail (RCAED334). Dans Apogée l'élément
> est ouvert et les IP sont faites (groupe DUCAP-CEMU).
>
> Cordialement,
> Scolarité FOAD
""",
  gold=G("course_missing", "staff", codes=[("RCAED334", "RCAED 334"), ("DUCAP-CEMU", "DUCAP-CEMU")],
         schemes=["rcaed:element", "rcaed:groupe"],
         note="EAD manager forwards: course space of RCAED334 (written with a space; correct in the quote) does not exist on Ecampus")))

A(dict(fn="064-sms-pas-inscrit-anglais.eml", client="other",
  frm=("Samy", "samy.bouzid@etu.unicaen.fr"), subj="inscription",
  date="2025-10-02 11:47", cs="utf-8", cte="7bit",
  body="""salut
chui pas inscrit ds le cours d anglais iran22 (traduction) sur ecampus alors que jsuis en L1 anglais a distance, jai les autres cours
n etu 2201 8845
""",
  gold=G("not_enrolled", "student", codes=[("IRAN-22", "iran22")], sn=["22018845"], schemes=["faqdash:element"],
         note="SMS-style distance student not enrolled in IRAN-22 (lowercase, dash dropped); number split 4+4")))

A(dict(fn="065-spam-boite-pleine.eml", client="other",
  frm=("Service Informatique UNICAEN", "support-unicaen@mailbox-verif-secure.com"), to=("cemu.assistance@unicaen.fr", "cemu.assistance@unicaen.fr"),
  subj="ALERTE : Votre boîte aux lettres a atteint 98% de sa capacité",
  date="2025-11-06 03:17", cs="utf-8", cte="base64", fmt="html",
  html="""<html><body style="font-family:Tahoma">
<p><b>Cher utilisateur,</b></p>
<p>Votre boîte aux lettres a atteint <span style="color:red">98%</span> de sa capacité (4,9 Go / 5 Go). Les nouveaux messages seront rejetés à partir du 07/11/2025.</p>
<p>Pour éviter la suspension de votre compte, veuillez valider votre compte sous 24 heures :</p>
<p><a href="http://unicaen-webmail.verif-compte.top/login.php?id=20251106">VALIDER MON COMPTE</a></p>
<p>Réf. dossier : 20251106-4471<br>Service Informatique<br>© 2025 Université</p>
</body></html>
""",
  gold=G("other", "unknown", note="phishing spam imitating the IT service; 20251106 is a date-like reference, not a student number")))

A(dict(fn="066-sde-trois-cours-caches-html.eml", client="outlook",
  frm=("Bérénice Alix", "berenice.alix@unicaen.fr"), subj="Les L3 SDE n'accèdent pas à mes cours",
  date="2026-01-26 14:05", cs="windows-1252", cte="quoted-printable", fmt="html",
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Bonjour,</p>
<p>Les étudiants de L3 Sciences de l’éducation (LSDE3) obtiennent «&nbsp;Ce cours n’est actuellement pas accessible aux étudiants&nbsp;» sur mes trois cours du second semestre&nbsp;:</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><td><b>Cours</b></td><td><b>Lien</b></td><td><b>Effectif</b></td></tr>
<tr><td>SDE3-02A Sociologie de l’école</td><td><a href="https://ecampus.unicaen.fr/course/view.php?id=53410">https://ecampus.unicaen.fr/course/view.php?id=53410</a></td><td>64</td></tr>
<tr><td>sde3-05b Inclusion scolaire</td><td><a href="https://ecampus.unicaen.fr/course/view.php?id=53417">https://ecampus.unicaen.fr/course/view.php?id=53417</a></td><td>58</td></tr>
<tr><td>SDE3-11A Histoire de l’éducation</td><td><a href="https://ecampus.unicaen.fr/course/view.php?id=53425">https://ecampus.unicaen.fr/course/view.php?id=53425</a></td><td>61</td></tr>
</table>
<p>Je vois pourtant les étudiants dans la liste des participants. Le semestre a commencé le 19 janvier.</p>
<p>Bérénice Alix<br>MCF Sciences de l’éducation – CIRNEF<br>Bureau SA 214 – 02 31 56 66 30</p>
</div></body></html>
""",
  gold=G("students_cannot_see_course", "staff",
         codes=[("LSDE3", "LSDE3"), ("SDE3-02A", "SDE3-02A"), ("SDE3-05B", "sde3-05b"), ("SDE3-11A", "SDE3-11A")],
         cids=[53410, 53417, 53425], schemes=["sde:etape", "sde:element"],
         note="teacher: L3 students enrolled but cannot access her three hidden S2 courses; HTML table; one code lowercase; office SA 214 is a look-alike")))

A(dict(fn="067-en-wrong-group-philo.eml", client="gmail",
  frm=("Amélie Dubois-Harrington", "amelie.dh@etu.unicaen.fr"), subj="Wrong tutorial group in Ecampus",
  date="2025-10-07 12:33", cs="utf-8", cte="quoted-printable",
  body="""Hello,

Sorry to write in English, I am a bilingual student in L2 Philosophy. In the Ecampus course PH.S3.07 (Aesthetics) I am in tutorial group PH307-G1, but since the group change validated by the secretary on 1 October I should be in PH307-G2 (Thursday 2pm, room SA-021). Because of this I cannot see the assignments of my group.

Student number: 24 108 337

Thank you!
Amélie
""",
  gold=G("wrong_group", "student", codes=[("PH.S3.07", "PH.S3.07"), ("PH307-G1", "PH307-G1"), ("PH307-G2", "PH307-G2")],
         sn=["24108337"], lang="en", schemes=["phi:element", "phi:groupe"],
         note="English-writing student in the wrong tutorial group of PH.S3.07; room SA-021 is a look-alike")))

A(dict(fn="068-histoire-archives-html.eml", client="outlook",
  frm=("Laetitia Roussel", "laetitia.roussel@unicaen.fr"), subj="Cours de L2 Histoire passés en Archives",
  date="2025-09-05 15:22", cs="utf-8", cte="quoted-printable", fmt="html",
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Bonjour,</p>
<p>Suite à une erreur de manipulation lors de la mise à jour de la maquette de L2 Histoire (étape LHIS2), deux éléments ont été supprimés par erreur dans Apogée le 2 septembre puis recréés ce matin avec les mêmes codes. Les enseignants concernés constatent que leurs cours ont été déplacés dans la catégorie «&nbsp;Archives&nbsp;» d’Ecampus&nbsp;:</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#eee"><th>Code Apogée</th><th>Intitulé</th><th>Espace Ecampus</th></tr>
<tr><td>2HR5C</td><td>Histoire contemporaine S3</td><td><a href="https://ecampus.unicaen.fr/course/view.php?id=38214">38214</a></td></tr>
<tr><td>2HR6A</td><td>Histoire ancienne S3</td><td><a href="https://ecampus.unicaen.fr/course/view.php?id=38220">38220</a></td></tr>
</table>
<p>Les espaces vont-ils revenir à leur place automatiquement&nbsp;? Les enseignants ne doivent surtout pas recréer leurs contenus.</p>
<p>Cordialement,<br>Laetitia Roussel<br>Responsable de scolarité – Département d’Histoire – UFR HSS<br>02 31 56 59 47</p>
</div></body></html>
""",
  gold=G("course_moved_renamed", "staff", codes=[("LHIS2", "LHIS2"), ("2HR5C", "2HR5C"), ("2HR6A", "2HR6A")],
         cids=[38214, 38220], schemes=["histlic:etape", "histlic:element"],
         note="secretary: two L2 history courses moved to Archives after their codes were deleted by mistake and recreated; HTML table")))

A(dict(fn="069-cohorte-anciens-etudiants.eml", client="thunderbird",
  frm=("Emmanuel Caron", "emmanuel.caron@unicaen.fr"), subj="Cohorte L1 SPI : anciens étudiants toujours inscrits",
  date="2025-10-16 17:48", cs="utf-8", cte="8bit",
  body="""Bonjour,

L'an dernier, à la demande de la scolarité, j'avais ajouté à mon cours de mécanique du point la synchronisation de la cohorte « l1spi - Licence 1 Sciences pour l'ingénieur » parce que les IP n'étaient pas faites.

Cette année je retrouve dans mon cours à la fois les L1 de cette année et des étudiants qui sont maintenant en L2, ce qui fausse les statistiques des tests. Est-ce que je dois supprimer la méthode « Synchronisation des cohortes » ? Est-ce que cela désinscrira les bons étudiants ?

Cours : https://ecampus.unicaen.fr/course/view.php?id=41877

Merci,
Emmanuel Caron
""",
  gold=G("cohort_question", "staff", codes=[("L1SPI", "l1spi")], cids=[41877], schemes=["phy:etape"],
         note="teacher asks whether to remove an old cohort sync (étape written lowercase in the cohort name) that keeps last year's students")))

A(dict(fn="070-caps-compte-bloque.eml", client="other",
  frm=("", "axel.marie50@gmail.com"), subj="COMPTE BLOQUE",
  date="2025-11-10 07:12", cs="utf-8", cte="7bit",
  body="""BONJOUR JE PEUX PLUS ME CONNECTER A ECAMPUS ON ME DIT "VOTRE COMPTE EST BLOQUE" DEPUIS QUE J'AI CHANGE MON MOT DE PASSE HIER SOIR
JE SUIS EN BUT GEA A SAINT-LO
MON NUMERO C'EST LE 2400 3121
J'HABITE A SAINT-LO 50000 SI VOUS VOULEZ
MERCI DE REPONDRE VITE
AXEL MARIE
""",
  gold=G("cannot_login", "student", sn=["24003121"],
         note="all-caps student: account blocked after a password change; number split 4+4; postcode 50000 is a look-alike")))

A(dict(fn="071-lmo-chargee-td-non-inscrite.eml", client="outlook",
  frm=("Ophélie Vasseur", "ophelie.vasseur@unicaen.fr"), subj="Inscription enseignante - TD de littérature comparée",
  date="2025-09-18 12:30", cs="windows-1252", cte="quoted-printable", fmt="alt",
  body="""Bonjour,

Doctorante contractuelle en lettres modernes, je suis chargée cette année du TD2 de littérature comparée en L2 (groupe LMO3108TD2, EC LMO3108). Mes séances du jeudi sont bien dans l'emploi du temps ADE depuis le mois de juillet.

Je ne suis pas inscrite dans l'espace Ecampus de LMO3108, alors que le responsable du CM (M. Tardif) l'est. Je ne peux donc pas déposer les textes pour mon groupe.

Merci de votre aide,
Ophélie Vasseur
Doctorante – LASLAR (EA 4256)
""",
  gold=G("teacher_not_enrolled", "staff", codes=[("LMO3108TD2", "LMO3108TD2"), ("LMO3108", "LMO3108")],
         schemes=["lmo:groupe", "lmo:element"],
         note="PhD student teaching a TD not enrolled as teacher in LMO3108; EA 4256 is a look-alike")))

A(dict(fn="072-merci-ticket-resolu.eml", client="gmail",
  frm=("Chloé Roussel", "chloe.roussel@etu.unicaen.fr"), subj="Re: [CEMU #48590] Etudiants non inscrits - SDE2-04B Psychologie du développement",
  date="2025-10-04 10:55", cs="utf-8", cte="quoted-printable",
  hdrs=[("In-Reply-To", "<48590.1759511200.cemu@assistance.unicaen.fr>")],
  body="""Merci beaucoup, ça marche maintenant, je vois bien le cours !
Bonne journée
Chloé

Le ven. 3 oct. 2025 à 17:06, CEMU Assistance <cemu.assistance@unicaen.fr> a écrit :

> Bonjour,
>
> Votre numéro étudiant était mal saisi dans la demande de votre scolarité
> (2401887 au lieu de 24018870). Vous êtes désormais inscrite dans le cours, le
> changement sera visible à votre prochaine connexion.
>
> Cordialement,
> L'équipe CEMU
""",
  gold=G("other", "student", codes=[("SDE2-04B", "SDE2-04B")], sn=["24018870"],
         note="student thanks CEMU, problem solved (reply on ticket); the quoted answer gives her correct number 24018870 and the mistyped 2401887 (7 digits, left out)",
         schemes=["sde:element"])))

A(dict(fn="073-archeo-transferts-rennes-html.eml", client="outlook",
  frm=("Murielle Gosselin", "murielle.gosselin@unicaen.fr"), subj="M1 Archéologie : étudiants en transfert non inscrits dans ARCH7P05",
  date="2025-10-13 16:14", cs="iso-8859-1", cte="quoted-printable", fmt="html",
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body><div style="font-family:Verdana,sans-serif;font-size:10pt">
<p>Bonjour,</p>
<p>Trois étudiants arrivés en transfert en M1 Archéologie (MARC1-101) ne sont pas inscrits dans l'espace de l'EC ARCH7P05 (Archéologie funéraire). Leurs IP ont été saisies le 08/10. Je vous indique aussi leur numéro dans leur université d'origine au cas où&nbsp;:</p>
<table border="1" cellpadding="3" cellspacing="0" style="border-collapse:collapse">
<tr><th>N° étudiant UNICAEN</th><th>Nom Prénom</th><th>Université d'origine</th><th>N° étudiant d'origine</th></tr>
<tr><td>25109342</td><td>ROBIN Maëlle</td><td>Rennes 2</td><td>21904233</td></tr>
<tr><td>25109517</td><td>FAUVEL Corentin</td><td>Rennes 2</td><td>22011876</td></tr>
<tr><td>25109608</td><td>SAÏDI Nour</td><td>Paris 1</td><td>12203455</td></tr>
</table>
<p>Merci,<br>Murielle Gosselin<br>Scolarité Masters Histoire-Archéologie - UFR HSS<br>Tél : 02.31.56.58.02</p>
</div></body></html>
""",
  gold=G("not_enrolled", "staff", codes=[("MARC1", "MARC1-101"), ("ARCH7P05", "ARCH7P05")],
         sn=["25109342", "25109517", "25109608"], schemes=["arc:etape", "arc:element"],
         note="secretary: three transfer students not enrolled in ARCH7P05; the 'origin' column holds other universities' student numbers (21904233, 22011876, 12203455) which are not UNICAEN numbers")))

A(dict(fn="074-sms-cours-disparu-tableau.eml", client="other",
  frm=("24011987@etu.unicaen.fr", "24011987@etu.unicaen.fr"), subj="cours disparu",
  date="2026-01-14 21:26", cs="utf-8", cte="quoted-printable",
  body="""bonsoir
le cours de maths pour la physique a disparu de mon tableau de bord depuis la rentree de janvier mais si je vais dans "mes cours" avec la recherche il est la. c normal ? jai pas changer de filtre je crois (il est sur "en cours")
merci
""",
  gold=G("course_not_on_dashboard", "student", sn=["24011987"],
         note="SMS-style student: course vanished from dashboard (filter 'en cours', course probably past its end date); no code; number from sender address")))

A(dict(fn="075-ifsi-erreur-base-capture.eml", client="zimbra",
  frm=("Nathalie Guillou", "nathalie.guillou@unicaen.fr"), subj="Re: Erreur Ecampus pendant l'évaluation UE 3.1",
  date="2026-02-15 11:49", cs="utf-8", cte="quoted-printable",
  body="""Bonjour,

Je transmets au CEMU. Capture jointe (prise par une étudiante à 10h02).

Ce dimanche matin, pendant l'évaluation en ligne de l'UE 3.1 S2 (cours IF31S2), les étudiants de 1re année ont eu le message « Erreur de lecture de la base de données » pendant près d'une heure. Qui peut me confirmer l'incident, pour que je puisse justifier la reprogrammation auprès de la direction de l'IFSI ?

Nathalie Guillou
Cadre formateur - IFSI CHU Caen

----- Mail original -----
De: "Lina Martel" <lina.martel@etu.unicaen.fr>
À: "Nathalie Guillou" <nathalie.guillou@unicaen.fr>
Envoyé: Dimanche 15 Février 2026 10:05:12
Objet: Erreur Ecampus pendant l'évaluation UE 3.1

Madame, on a toutes le même message d'erreur depuis 9h45, on ne peut pas valider nos réponses. Lina (groupe IFSI1 G4)
""",
  attach=[("Capture d'écran 2026-02-15 100214.png", "image/png", PNG)],
  gold=G("database_error", "staff", codes=[("IF31S2", "IF31S2"), ("IFSI1-G4", "IFSI1 G4")], schemes=["ifsi:element", "ifsi:groupe"],
         note="IFSI trainer forwards: database read error during Sunday-morning online test of IF31S2; screenshot; file name holds a timestamp")))

A(dict(fn="076-fwd-scol-nom-accent.eml", client="outlook",
  frm=("Isabelle Fontaine", "isabelle.fontaine@unicaen.fr"), subj="TR: erreur nom sur Ecampus",
  date="2025-10-06 09:18", cs="windows-1252", cte="quoted-printable",
  body="""Bonjour,

Le nom de cet étudiant a été corrigé dans Apogée le 02/10 (BENOIT -> BENOÎT-LAGARDE, nom composé), mais sur Ecampus il apparaît toujours « Benoit Gaspard » au 06/10. Faut-il faire autre chose de notre côté ?

N° étudiant : 24015508

Isabelle Fontaine
Secrétariat pédagogique – Licence de Sociologie

-----Message d'origine-----
De : Gaspard Benoît-Lagarde <gaspard.benoit-lagarde@etu.unicaen.fr>
Envoyé : mercredi 1 octobre 2025 14:40
À : Isabelle Fontaine
Objet : erreur nom sur Ecampus

Bonjour, mon nom est incomplet sur Ecampus et sur les listes (il manque Lagarde). Merci de corriger. Gaspard
""",
  gold=G("wrong_name", "staff", sn=["24015508"],
         note="secretary forwards: student's compound name corrected in APOGÉE but not yet in Ecampus")))

A(dict(fn="077-en-new-module-missing.eml", client="thunderbird",
  frm=("Kostas Papadakis", "kostas.papadakis@unicaen.fr"), subj="Course space for new M2 module does not exist",
  date="2026-01-08 15:27", cs="utf-8", cte="quoted-printable",
  body="""Dear colleagues,

I am responsible for the new M2 module "Data ethics and regulation" (code M2INFO35, second semester, M2 Computer Science, MINF2-101), which starts on 26 January. I cannot find any Ecampus course space for it, neither in the M2 category nor by searching the code.

The module was added to the curriculum in December; the secretary tells me it is in Apogee, with TD group M2INFO35G1 created and students registered.

Could you tell me when the space will be created, or whether something is missing?

Best regards,
Kostas Papadakis
Associate Professor, GREYC / Dept. of Computer Science
""",
  gold=G("course_missing", "staff", codes=[("M2INFO35", "M2INFO35"), ("MINF2", "MINF2-101"), ("M2INFO35G1", "M2INFO35G1")],
         lang="en", schemes=["minf:element", "minf:etape", "minf:groupe"],
         note="English-writing teacher: no course space yet for new element M2INFO35")))

A(dict(fn="078-fwd-cas-etudiante-bu.eml", client="gmail",
  frm=("Morgane Hébert", "morgane.hebert@unicaen.fr"), subj="Fwd: Impossible d'aller sur Ecampus depuis la BU",
  date="2025-10-17 14:40", cs="utf-8", cte="quoted-printable",
  body="""Bonjour,

Je suis bibliothécaire à la BU Droit-Lettres ; une étudiante est venue à la banque d'accueil et nous n'avons pas su l'aider. Elle m'autorise à vous transmettre son message.

Morgane Hébert
BU Droit-Lettres – Campus 1 – poste 5 61 22

---------- Forwarded message ---------
De : Maëlys Cordier <maelys.cordier@etu.unicaen.fr>
Date: ven. 17 oct. 2025 à 14:21
Subject: Impossible d'aller sur Ecampus depuis la BU
To: <morgane.hebert@unicaen.fr>

Sur les ordinateurs de la BU, quand je me connecte j'ai "Connexion réussie" et "CAS ne connaît pas votre destination finale". Sur mon téléphone aussi maintenant. Je suis en L2 LEA, n° 24 021 116.
""",
  gold=G("cas_unknown_destination", "staff", sn=["24021116"],
         note="librarian forwards a student's message: CAS 'destination finale' page; number read out in groups")))

A(dict(fn="079-vacataire-zoom-lien.eml", client="other",
  frm=("Isabelle Ngo", "isabelle.ngo@cabinet-ngo-expertise.fr"), subj="Lien Zoom classe virtuelle - BUT GC 2e année",
  date="2025-11-18 17:05", cs="windows-1252", cte="quoted-printable",
  body="""Bonjour,

Intervenante extérieure en BUT Génie civil 2e année (BGC2), je dois assurer demain à 8h une séance à distance. J'ai mis le lien Zoom de ma réunion dans l'espace du cours, mais les étudiants me disent que le lien "n'est pas valide" : https://us06web.zoom.us/j/84512236071?pwd=Qk1xR2

Est-ce qu'Ecampus bloque les liens Zoom ? Faut-il utiliser BigBlueButton à la place ?

Merci,
Isabelle Ngo
Expert-comptable associée - 06 98 14 55 20
""",
  gold=G("other", "unknown", codes=[("BGC2", "BGC2")], schemes=["gc:etape"],
         note="outside lecturer's Zoom link problem; Zoom meeting id 84512236071 is a look-alike")))

A(dict(fn="080-saint-lo-cours-invisibles.eml", client="outlook",
  frm=("Bruno Lefranc", "bruno.lefranc@unicaen.fr"), subj="Cours non visible - L2 droit Saint-Lô",
  date="2025-09-16 08:03", cs="windows-1252", cte="base64",
  body="""Bonjour,

J'enseigne le droit administratif aux L2 du campus de Saint-Lô (SDRO2-101). Les étudiants me disent ne pas voir le cours s2dro14 sur Ecampus. Moi je le vois, avec une mention « Ce cours est actuellement caché » en haut, que je n'avais pas remarquée.

Est-ce que c'est moi qui dois l'afficher ? Je ne voudrais pas faire de bêtise.

Bruno Lefranc
Chargé d'enseignement – Campus de Saint-Lô
""",
  gold=G("students_cannot_see_course", "staff", codes=[("SDRO2", "SDRO2-101"), ("S2DRO14", "s2dro14")],
         schemes=["ant:etape", "ant:element"],
         note="Saint-Lô teacher: L2 students cannot see hidden course S2DRO14 (lowercase)")))
