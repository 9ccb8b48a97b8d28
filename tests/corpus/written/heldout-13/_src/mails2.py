from build import M, PNG

M("psycho-m1-cours-cache", "Delphine Osmont <delphine.osmont@unicaen.fr>", "cours psychopatho invisible pour les M1", "2025-10-10 11:03",
  """Bonjour,

Les étudiants de M1 psycho clinique ne voient pas mon cours de psychopathologie de l'adulte (M1.PS07), alors qu'ils apparaissent bien dans la liste : https://ecampus.unicaen.fr/user/index.php?id=59420
Est-ce un problème de droits ?

Delphine Osmont
MCF Psychologie - Laboratoire LPCN EA 7452
MRSH, bureau SH 124""", codes=[("M.1.PS07", "M1.PS07")], ids=[59420], sym="students_cannot_see_course", role="staff",
  note="HSS teacher: enrolled students cannot see course (missing dots in code)")

M("staps-l3-non-inscrit", "Romain Pichon <romain.pichon@etu.unicaen.fr>", "pas inscrit methodo entrainement", "2025-10-10 19:22",
  """Bonjour,
je suis en L3 STAPS parcours entrainement sportif et je n'ai pas accès au cours aps35-11 (méthodologie de l'entraînement). Tous mes potes l'ont. J'ai changé de parcours début octobre (j'étais en APAS).
Romain Pichon 23014478""", codes=[("APS35-11", "aps35-11"), ("APSL3E", "L3 STAPS parcours entrainement sportif")],
  nums=["23014478"], sym="not_enrolled", note="STAPS L3 student changed track, not enrolled in one course")

M("inspe-formatrice-pas-inscrite", "Marie-Laure Tessier <marie-laure.tessier@unicaen.fr>", "Formatrice non inscrite - Analyse du contexte", "2025-10-13 13:30",
  """Bonjour,

Je suis formatrice à l'INSPE (site d'Alençon) et j'interviens dans l'UE Analyse du contexte 1CA153 du M1 MEEF. Je ne suis pas inscrite dans l'espace de cours sur Ecampus. Mes séances sont pourtant dans ADE depuis septembre (le mercredi en salle ALE-2.07).

Cordialement,
Marie-Laure Tessier
INSPE Normandie Caen - site d'Alençon
Tél. 02 33 31 67 20""", codes=[("1CA153", "1CA153"), ("MEEF1P", "M1 MEEF")], sym="teacher_not_enrolled", role="staff",
  note="INSPE trainer not enrolled as teacher despite ADE planning")

M("lisieux-mdp", "Ethan Leroy <ethan.leroy.14@gmail.com>", "pas de compte", "2025-10-14 08:04",
  """Bonjour, je suis en BUT GACO à Lisieux depuis la rentrée (inscription tardive le 10 octobre), j'ai essayé d'activer mon compte numérique mais ça me dit "identifiant inconnu" et je peux pas me connecter à ecampus. N° étudiant 25061120. Mon téléphone 07 82 14 55 09.
Ethan""", nums=["25061120"], sym="cannot_login", note="Late-enrolled Lisieux student cannot log in (account not activated)")

M("droit-date-partiel", "Louise Bréard <louise.breard@etu.unicaen.fr>", "Date partiel droit fiscal", "2025-10-15 16:10",
  """Bonjour,

Savez-vous quand aura lieu le partiel de droit fiscal (JL3S5FIS) ? Sur Ecampus il n'y a rien et la scolarité ne répond pas. C'est en décembre ou en janvier ?

Merci,
Louise Bréard, L3 droit, 23002741""", codes=[("JL3S5FIS", "JL3S5FIS")], nums=["23002741"], sym="other",
  note="Student asks the date of an exam (not an Ecampus problem)")

M("sciences-code-errone", "Frédéric Lamy <frederic.lamy@unicaen.fr>", "Cours SINF399 introuvable", "2025-10-16 09:44",
  """Bonjour,

J'assure cette année le projet tutoré de L3 informatique, code SINF399 d'après ce que m'a transmis le département. Je ne trouve aucun espace correspondant sur Ecampus, ni dans la catégorie Sciences > Informatique > L3. Pourriez-vous le créer ?

Frédéric Lamy
UFR des Sciences - Département informatique
Campus 2, bâtiment S3, bureau S3-045 - 6 bd Maréchal Juin 14050 Caen""", codes=[("SINF399", "SINF399")], sym="course_missing", role="staff",
  note="Teacher looks for a course whose code (given by department) is unknown to APOGÉE")

M("lve-nom-usage", "Claire Vannier <claire.vannier@unicaen.fr>", "Prénom d'usage d'une étudiante", "2025-10-16 15:30",
  """Bonjour,

Une étudiante de L2 anglais (n° 23011457) a obtenu la prise en compte de son prénom d'usage à la scolarité centrale le 2 octobre, mais Ecampus affiche toujours son ancien prénom et ses enseignants l'appellent ainsi. Est-ce que la mise à jour peut être forcée ?

Claire Vannier
Secrétariat pédagogique LLCER anglais - UFR LVE - bureau MLH 012""", codes=[("LLCAN2", "L2 anglais")], nums=["23011457"], sym="wrong_name", role="staff",
  note="Secretary: student's chosen first name still wrong on Ecampus")

M("maths-trop-profs", "Olivier Mauger <olivier.mauger@unicaen.fr>", "Enseignants en trop dans Algèbre linéaire 2", "2025-10-17 10:21",
  """Bonjour,
Dans l'espace SMAT205 il y a tous les enseignants de l'an dernier (dont deux retraités) en plus de l'équipe actuelle. Pouvez-vous faire le ménage ou me dire qui doit le faire ?
Cordialement, O. Mauger, responsable L2 maths""", codes=[("SMAT205", "SMAT205")], sym="too_many_teachers", role="staff",
  note="Last year's teachers still enrolled in algebra course")

M("medecine-cohorte-tuteurs", "Aurélie Jourdan <aurelie.jourdan@unicaen.fr>", "Cohorte DFGSM2 pour l'espace tutorat", "2025-10-20 14:15",
  """Bonjour,

Pour l'espace « Tutorat santé » je voudrais ajouter la cohorte des DFGSM2 (étape MEDFG2-101). Je ne la trouve pas dans la recherche des cohortes, seulement celle de l'an dernier. Quel nom faut-il chercher ?

Bien cordialement,
Aurélie Jourdan
UFR Santé - Pôle formation - 2 rue des Rochambelles 14032 Caen cedex 5""", codes=[("MEDFG2", "MEDFG2-101")], sym="cohort_question", role="staff",
  note="Medicine staff cannot find the DFGSM2 cohort (étape with version)")

M("auto-reply-en", "Dr Sarah Collins <s.collins@bournemouth.ac.uk>", "Automatic reply: ESIX guest lecture - Ecampus access", "2025-10-21 07:01",
  """Thank you for your email. I am currently at a conference in Lisbon and will return on 27 October 2025 with limited access to email.
For urgent matters please contact the Faculty Office on +44 1202 961 416.

Sarah""", sym="other", role="unknown", lang="en", auto=True, hdrs={"Auto-Submitted": "auto-replied"},
  note="English out-of-office from a guest lecturer")

M("esix-agro-invisible", "Céline Hue <celine.hue@unicaen.fr>", "ESIX 3A agro - cours non visible", "2025-10-22 11:50",
  "", form="html", html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div style="font-family:Calibri,sans-serif">Bonjour,<br><br>Les &eacute;l&egrave;ves ing&eacute;nieurs de 3e ann&eacute;e ne voient pas le cours G&eacute;nie des proc&eacute;d&eacute;s (X3-AGR 11). Ils sont bien list&eacute;s dans les participants, moi je le vois.<br>
Lien : <a href="https://ecampus.unicaen.fr/course/view.php?id=60733">https://ecampus.unicaen.fr/course/view.php?id=60733</a><br><br>
Cordialement,<br>C&eacute;line Hue<br><span style="color:#888">ESIX Normandie - d&eacute;partement Agroalimentaire<br>B&acirc;t. ESIX, campus 2, 14000 Caen - 02 31 56 73 98</span></div></body></html>""",
  codes=[("X3-AGR11", "X3-AGR 11")], ids=[60733], sym="students_cannot_see_course", role="staff",
  note="HTML-only Outlook mail: ESIX students cannot see course (stray space in code)")

M("intl-spanish-en", "Oluwaseun Adeyemi <seun.adeyemi@gmail.com>", "Spanish beginners class access", "2025-10-23 22:05",
  """Hi,

I'm an international student (exchange, semester 1, from University of Lagos) and I signed up for Spanish for beginners at the language centre, CL-ESP1A. The teacher says I should be on Ecampus but the course isn't in my list. My student number is 25047763.

Thanks,
Seun""", codes=[("CL-ESP1A", "CL-ESP1A")], nums=["25047763"], sym="not_enrolled", lang="en",
  note="International exchange student not enrolled in Spanish beginners course")

M("alencon-gea-dashboard-b64", "Mathis Bazin <mathis.bazin@etu.unicaen.fr>", "cours de compta plus sur tableau de bord", "2025-10-27 09:40",
  """Bonjour,

En BUT GEA à Alençon, le cours de compta de gestion (al2gea07) n'est plus dans mon tableau de bord, mais quand je cherche dans "Mes cours" il est là. C'est bizarre non ?

Mathis Bazin - 24027719""", codes=[("AL2GEA07", "al2gea07")], nums=["24027719"], sym="course_not_on_dashboard", cte="base64",
  note="base64 body: course absent from dashboard but present in My courses")

M("cas-connexion-reussie", "24017760@etu.unicaen.fr", "CAS", "2025-10-28 08:12",
  """bonjour j'arrive sur une page qui dit connexion réussie bienvenue 24017760 mais rien ne se passe après, je reste bloqué sur cas.unicaen.fr/login. comment faire pour aller sur ecampus ?""",
  sym="cas_unknown_destination", note="Student stuck on CAS success page; number only from address and quoted text")

M("bu-erreur-lecture", "Isabelle Fromont <isabelle.fromont@unicaen.fr>", "Erreur en ajoutant une bibliographie", "2025-10-29 15:02",
  """Bonjour,

Je suis bibliothécaire (BU Sciences-STAPS) et j'aide une enseignante à ajouter une liste de lectures dans le cours de biologie cellulaire L1 (SBIO104). À chaque enregistrement, Ecampus affiche « Erreur de lecture de la base de données ». Cela arrive aussi sur le cours id 57102.

Isabelle Fromont
Bibliothèque universitaire Sciences - STAPS - 02 31 56 58 17""", codes=[("SBIO104", "SBIO104")], ids=[57102], sym="database_error", role="staff",
  note="Librarian gets database read error when saving in a course; course id in words")

M("fc-test-chronometre", "Stéphane Rivière <stephane.riviere@unicaen.fr>", "Paramétrage d'un test", "2025-11-03 17:45",
  """Bonjour,

Pour le module Paie du DU RH (FCRHM-07), je voudrais que le test final soit limité à 45 minutes et une seule tentative, mais avec un tiers-temps pour deux stagiaires. Comment faire ?

Merci,
Stéphane Rivière - formateur, formation continue""", codes=[("FCRHM-07", "FCRHM-07")], sym="other", role="staff",
  note="Quiz settings question (time limit, user overrides)")

M("qlio-archive-ancien-code", "Patrice Delaunay <patrice.delaunay@unicaen.fr>", "Cours QLIO S3 dans les archives", "2025-11-04 08:30",
  """Bonjour,

Mon cours de gestion de production de 2e année QLIO (ancien code AL3QLI11) se trouve maintenant dans « Archives ». Un nouveau cours vide AL3QLI12 est apparu. Dois-je tout recopier à la main ? Il y a 3 ans de contenus.

Patrice Delaunay
IUT Grand Ouest Normandie - Alençon, département QLIO - 61000 Alençon""", codes=[("AL3QLI11", "AL3QLI11"), ("AL3QLI12", "AL3QLI12"), ("ALBQL2", "2e année QLIO")],
  sym="course_moved_renamed", role="staff", note="Code changed in APOGÉE: old course archived (old code unknown), new empty course")

M("doctorant-module-introuvable", "Aïcha Benmoussa <aicha.benmoussa@unicaen.fr>", "module rédaction scientifique", "2025-11-05 12:00",
  """Bonjour,
Je suis doctorante (PSIME, 2e année). Le module "Rédaction scientifique en anglais" ED591-03 n'existe pas sur Ecampus d'après la recherche, alors que la première séance a eu lieu hier. Est-ce normal ?
Aïcha Benmoussa - 24040305""", codes=[("ED591-03", "ED591-03"), ("DOC591", "PSIME")], nums=["24040305"], sym="course_missing",
  note="PhD student: doctoral module not found on Ecampus (stray space)")

M("staps-bloc-participants", "Gaëlle Marie <gaelle.marie@unicaen.fr>", "Où est passée la liste des participants ?", "2025-11-06 10:17",
  """Bonjour,
Sur mon cours de psycho du sport de L2 (APS23-02) je n'ai plus le bloc participants sur la droite. Comment je fais pour voir qui est inscrit ?
Gaëlle Marie, STAPS""", codes=[("APS23-02", "APS23-02")], sym="participants_block_missing", role="staff",
  note="STAPS teacher lost the Participants block")

M("psycho-ead-mauvais-groupe", "Corinne Hamel <corinne.hamel@unicaen.fr>", "Etudiants EAD dans le TD4", "2025-11-07 14:33",
  """Bonjour,

Les étudiants à distance de L2 psycho ci-dessous apparaissent dans le groupe TD4 du cours Psychologie du développement 2 au lieu du groupe EAD :

N° étudiant\tNom\tPrénom\tRégime
21609846\tVAUTIER\tSandrine\tEAD
22051873\tPOULAIN\tJérôme\tEAD
23060214\tKONATÉ\tFatou\tEAD

Leur IA est bien en télé-enseignement.

Corinne Hamel
Scolarité UFR HSS - enseignement à distance
Tél 02 31 56 55 70 - Esplanade de la Paix, 14032 Caen cedex 5""",
  codes=[("PSYL2-TD4", "TD4"), ("PSYL2-EAD", "EAD")], nums=["21609846", "22051873", "23060214"],
  sym="wrong_group", role="staff", cs="cp1252", cte="quoted-printable",
  note="HSS secretary, tab-separated list: distance students placed in TD4 instead of EAD group")

M("parent-pass", "Philippe Guilbert <ph.guilbert@wanadoo.fr>", "Ma fille n'a pas accès aux cours de PASS", "2025-11-10 21:30",
  """Madame, Monsieur,

Ma fille Justine Guilbert est inscrite en PASS à Caen (n° étudiant 25009031). Depuis trois jours elle n'a plus accès à ses cours sur Ecampus et elle est très angoissée à quelques semaines des examens. Nous avons payé les frais de scolarité en juillet (virement ref. 2025-07-UNICAEN-88412).

Pouvez-vous intervenir rapidement ?

Philippe Guilbert
18 rue du Général Leclerc, 50000 Saint-Lô - 06 08 41 22 73""", codes=[("MEPASS", "PASS")], nums=["25009031"], sym="not_enrolled", role="unknown",
  note="Parent writes for his PASS daughter who lost access to her courses")

M("spam-revue-predatrice", "Editorial Office <editor@ijasr-journals.org>", "Call for papers - International Journal of Advanced Scientific Research", "2025-11-12 04:41",
  """Dear Esteemed Researcher,

We are pleased to invite you to submit your valuable manuscript to Volume 14, Issue 11 of IJASR (ISSN 2455-8012). Fast peer review within 72 hours. Article processing charge: USD 99 only.

Regards,
Dr. K. Raman, Editor-in-Chief""", sym="other", role="unknown", lang="en", note="Predatory journal spam")

M("lisieux-prof-non-inscrit", "Noémie Foucher <noemie.foucher@unicaen.fr>", "Pas inscrite en marketing GACO", "2025-11-13 09:12",
  """Bonjour,

Je remplace un collègue en congé depuis le 3 novembre pour le cours de marketing des GACO 2e année à Lisieux (LXS3GA2 je crois). Le planning ADE a été modifié à mon nom mais je n'ai pas accès au cours Ecampus.

Noémie Foucher
IUT Lisieux - 02 31 48 66 27""", codes=[("LXS3GA02", "LXS3GA2")], sym="teacher_not_enrolled", role="staff",
  note="Replacement teacher not enrolled (truncated code, missing 0)")

M("fc-stagiaire-compte", "Valérie Onfroy <valerie.onfroy@laposte.net>", "Impossible de me connecter", "2025-11-14 20:05",
  """Bonjour,

Je suis stagiaire de la formation continue, DU capacité de gestion en FOAD. Depuis lundi, impossible de me connecter à Ecampus : "Identifiant ou mot de passe incorrect". J'ai réinitialisé mon mot de passe deux fois. Je dois rendre mon devoir de compta (FCCGE-04) dimanche.

Valérie Onfroy
N° stagiaire 25070418 - dossier FC-2025-1143""", codes=[("FCCGE1", "DU capacité de gestion en FOAD"), ("FCCGE-04", "FCCGE-04")], nums=["25070418"],
  sym="cannot_login", note="Continuing-education trainee cannot log in; dossier number look-alike")

M("sciences-cohorte-l3", "Thierry Lepetit <thierry.lepetit@unicaen.fr>", "Inscrire toute la L3 info dans un espace", "2025-11-17 11:11",
  """Bonjour,

En tant que responsable de la L3 informatique, je voudrais que tous les inscrits de SLINF3 soient dans l'espace « Stages et insertion pro L3 info » (id 62011). La synchronisation de cohorte est-elle la bonne méthode ? Est-ce que les étudiants qui abandonnent seront retirés ?

Thierry Lepetit
Directeur des études L3 Informatique - UFR des Sciences""", codes=[("SLINF3", "SLINF3")], ids=[62011], sym="cohort_question", role="staff",
  note="Head of L3 asks whether to use cohort sync for a complementary space")

M("m2-email-faux", "Laura Pellerin <laura.pellerin@etu.unicaen.fr>", "adresse mail", "2025-11-18 13:45",
  """Bonjour
Sur mon profil ecampus l'adresse mail affichée est laura.pellerin2@etu.unicaen.fr, qui n'est pas la mienne, je ne reçois donc aucune notif de mes cours de M2 RH.
Laura Pellerin""", codes=[("IAM2RH", "M2 RH")], sym="wrong_name", note="M2 student: e-mail shown on Ecampus is wrong")

M("merci-ticket", "Inès Carpentier <ines.carpentier@etu.unicaen.fr>", "Re: [CEMU #58377] UE4 n'apparait plus dans mon tableau de bord", "2025-11-19 08:03",
  """Merci beaucoup, j'avais juste le filtre sur "Favoris" ! Tout est revenu.
Bonne journée
Inès

Le mar. 18 nov. 2025 à 17:12, CEMU Assistance <cemu.assistance@unicaen.fr> a écrit :
> Bonjour,
> dans le bloc « Vue d'ensemble des cours », vérifiez le filtre (Tous / En cours / Favoris).
> Cordialement""", sym="other", note="Thank-you reply on a ticket")

M("inspe-m2-aucun-inscrit", "Bruno Marescot <bruno.marescot@unicaen.fr>", "Aucun étudiant dans EPS et pratiques pédagogiques", "2025-11-20 16:20",
  """Bonjour,

En tant que responsable du parcours MEEF 2nd degré EPS, je constate qu'aucun étudiant de M2 n'est inscrit dans le cours 2EP214 (seulement les 3 formateurs). Les IP sont faites, m'assure la scolarité. Les étudiants ont cours le jeudi au STAPS.

Bruno Marescot
INSPE Normandie Caen - 186 rue de la Délivrande 14000 Caen""", codes=[("2EP214", "2EP214"), ("MEEF2S", "MEEF 2nd degré")], sym="not_enrolled", role="staff",
  note="Head of programme: no student enrolled in an INSPE course")

M("medecine-dfasm-invisible", "Dr Hélène Vasseur <helene.vasseur@unicaen.fr>", "Etudiants ne voient pas le module 7", "2025-11-24 07:45",
  """Bonjour,
Mes externes de DFASM1 n'arrivent pas à accéder au module pédiatrie dfa1.m07, ils ont un message « Ce cours n'est pas accessible aux étudiants ». Je l'ai pourtant rendu visible hier soir.
Dr H. Vasseur, CCA pédiatrie CHU Caen, bip 4412""", codes=[("DFA1.M07", "dfa1.m07")], sym="students_cannot_see_course", role="staff",
  note="Medicine teacher: students cannot access module despite visibility set (category hidden?)")

M("prof-tableau-de-bord", "Margaux Lecanu <margaux.lecanu@unicaen.fr>", "Je ne vois pas mon cours de grammaire", "2025-11-26 12:30",
  """Bonjour,

Mon cours de grammaire anglaise de L1 (AN-10 B) n'apparaît pas dans mon tableau de bord. J'y accède seulement par la recherche. Je suis bien enseignante dedans (je peux modifier).

Merci,
Margaux Lecanu - ATER anglais""", codes=[("AN-10B", "AN-10 B")], sym="course_not_on_dashboard", role="staff",
  note="Teacher does not see her course on her dashboard")

M("fournisseur-devis", "Commercial Pro AV <devis@proav-normandie.fr>", "Votre devis n° DV-2025-11872", "2025-11-27 10:00",
  """Bonjour,

Suite à votre demande, veuillez trouver ci-joint notre devis pour 4 vidéoprojecteurs EPSON EB-L630U (réf. V11HA26040) et 4 supports plafond ELPMB22.
Offre valable jusqu'au 31/12/2025. SIRET 812 345 678 00021.

Cordialement,
Service commercial Pro AV Normandie - ZA du Mesnil, 14200 Hérouville-Saint-Clair""", sym="other", role="unknown",
  att=[("DV-2025-11872.pdf", b"%PDF-1.4\n%fake devis\n", "application/pdf")], note="Supplier quote, not an Ecampus request")

M("droit-trop-enseignants-l3", "Xavier Prével <xavier.prevel@unicaen.fr>", "Fwd: enseignants inscrits droit fiscal", "2025-12-01 09:05",
  """Bonjour,

Je vous fais suivre. Tout le département de droit public se retrouve enseignant dans le cours de droit fiscal de L3 (JL3S5FIS), alors que j'en suis le seul intervenant.

Xavier Prével

---------- Forwarded message ---------
De : Monique Auvray <monique.auvray@unicaen.fr>
Date : ven. 28 nov. 2025 à 18:02
Subject: enseignants inscrits droit fiscal
To: Xavier Prével <xavier.prevel@unicaen.fr>

Xavier, je me retrouve enseignante dans ton cours de fiscal alors que je ne fais pas de L3, normal ?
Monique""", codes=[("JL3S5FIS", "JL3S5FIS")], sym="too_many_teachers", role="staff",
  note="Forwarded Gmail message: whole department enrolled as teachers in a L3 course")

M("l2-droit-td7-janvier", "Nora Haddad <nora.haddad@etu.unicaen.fr>", "URGENT partiel droit civil", "2026-01-05 10:30",
  """Bonjour,
Je suis en L2 droit TD 7 et depuis la rentrée de janvier je n'ai plus accès au cours de droit civil 3 alors que le partiel est le 12. Mon numéro 24001598. Dans les participants je n'apparais plus.
Merci de faire vite svp""", codes=[("JL2-TD07", "TD 7"), ("JLDRT2", "L2 droit")], nums=["24001598"], sym="not_enrolled",
  note="January: L2 law student lost access to civil law course before exam")

M("esix-1a-cours-inexistant", "Paul Marie <paul.marie@etu.unicaen.fr>", "cours meca", "2026-01-06 14:44",
  """Bonjour, en 1A ESIX on a un cours de mécanique des solides et le prof nous a dit de le chercher sur ecampus (x1mec04) mais il existe pas. 
Paul, 25038820""", codes=[("X1-MEC04", "x1mec04")], nums=["25038820"], sym="course_missing",
  note="ESIX 1A student cannot find a course (code lowercased, dash missing)")
