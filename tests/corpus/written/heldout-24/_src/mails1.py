from build import M

SIG_DROIT = """--
Catherine Lemoine
Gestionnaire de scolarité Licence Droit
UFR Droit, AES et Administration publique
Bâtiment D, bureau DR 112 - Esplanade de la Paix - 14032 Caen cedex 5
Tél. : 02 31 56 54 18
"""

M("etu-l2-droit-civil", ("Manon Dufresne", "22104418@etu.unicaen.fr"),
  "je ne vois pas mon cours de droit civil",
  """Bonjour,

Je suis en L2 droit et depuis la rentrée de janvier je ne vois pas le cours de droit civil du semestre 4 sur ecampus (dr4civ d'après l'emploi du temps ADE). Mes camarades l'ont tous. J'ai bien fait mon inscription pédagogique en décembre.

Mon numéro étudiant est 22104418.

Merci d'avance
Manon Dufresne
""", codes=[("DR.4CIV", "dr4civ")], nums=["22104418"], sym="not_enrolled", etapes=["DRL2"],
  note="L2 droit student does not see DR.4CIV (code lower case, dot dropped)", charset="iso-8859-1")

M("prof-td3-vide", ("Julien Marchal", "julien.marchal@unicaen.fr"),
  "Groupe vide - DR.4CIV",
  """Bonjour,

Dans l'espace Ecampus du cours DR.4CIV (Droit civil S4), mon TD3 est vide alors que j'ai 34 étudiants dans la salle DR 204 le mardi à 10h15. Les groupes TD1, TD2 et TD4 semblent corrects.
Le lien : https://ecampus.unicaen.fr/course/view.php?id=48213

Pouvez-vous regarder ?

Bien cordialement,
J. Marchal
Maître de conférences en droit privé
Tél. 02 31 56 58 03
""", codes=[("DR.4CIV", "DR.4CIV"), ("DR.4CIVTD3", "TD3"), ("DR.4CIVTD1", "TD1"), ("DR.4CIVTD2", "TD2"), ("DR.4CIVTD4", "TD4")], ids=[48213], sym="wrong_group", role="staff",
  note="teacher: his TD3 group of DR.4CIV is empty; the other TDs named in words count too")

M("scol-gea-alternants-table", ("Sabrina Hervieu", "sabrina.hervieu@unicaen.fr"),
  "Alternants BUT GEA 2 non inscrits sur Ecampus",
  """Bonjour,

Plusieurs alternants du groupe GEA4ALT n'apparaissent pas dans les participants des cours GEA4-R05 (Gestion de la paie) et GEA4-R07 (Anglais des affaires). Leur IP est faite jusqu'au groupe dans Apogée depuis le 8 janvier.

N° étudiant   Nom          Entreprise (SIRET)
22201456      LEBRUN       Sarl Norlog (812 345 678 00021)
22204877      OUEDRAOGO    Crédit Normand (443 210 987 00045)
22108812      PICOT        Mairie de Caen
21907345      VASSEUR      Clinique du Parc

Les enseignants de R4.05 ont besoin de déposer les sujets avant le 22/01.

Cordialement,
Sabrina Hervieu
Secrétariat pédagogique BUT GEA - IUT Grand Ouest Normandie, site de Caen
Bureau 014 - Tél : 02 31 56 71 20
""",
  html="""<html><body><p>Bonjour,</p>
<p>Plusieurs alternants du groupe <b>GEA4ALT</b> n'apparaissent pas dans les participants des cours GEA4-R05 (Gestion de la paie) et GEA4-R07 (Anglais des affaires). Leur IP est faite jusqu'au groupe dans Apogée depuis le 8 janvier.</p>
<table border="1" cellpadding="3"><tr><th>N° étudiant</th><th>Nom</th><th>Entreprise (SIRET)</th></tr>
<tr><td>22201456</td><td>LEBRUN</td><td>Sarl Norlog (812 345 678 00021)</td></tr>
<tr><td>22204877</td><td>OUEDRAOGO</td><td>Crédit Normand (443 210 987 00045)</td></tr>
<tr><td>22108812</td><td>PICOT</td><td>Mairie de Caen</td></tr>
<tr><td>21907345</td><td>VASSEUR</td><td>Clinique du Parc</td></tr></table>
<p>Les enseignants de R4.05 ont besoin de déposer les sujets avant le 22/01.</p>
<p>Cordialement,<br>Sabrina Hervieu<br>Secrétariat pédagogique BUT GEA - IUT Grand Ouest Normandie, site de Caen<br>Bureau 014 - Tél : 02 31 56 71 20</p></body></html>""",
  codes=[("GEA4ALT", "GEA4ALT"), ("GEA4-R05", "GEA4-R05"), ("GEA4-R07", "GEA4-R07")],
  nums=["22201456", "22204877", "22108812", "21907345"], sym="not_enrolled", role="staff",
  note="GEA secretary: four apprentices missing from two courses, HTML table with SIRET look-alikes")

M("erasmus-incoming-lea", ("Giulia Ferraro", "giulia.ferraro@etu.unicaen.fr"),
  "Cannot see my courses on Ecampus",
  """Hello,

I am an Erasmus student from Università di Bologna, I arrived in Caen for the second semester. I chose LEA4.AN2 and AN-40A in my learning agreement but when I log in to ecampus I only see "Welcome" and no course at all.
My student number is 22600731 (INE 191234567HJ).

Could you help me please? Classes started on Monday.

Best regards,
Giulia Ferraro
+39 347 112 9080
""", codes=[("LEA4.AN2", "LEA4.AN2"), ("AN-40A", "AN-40A")], nums=["22600731"], sym="not_enrolled",
  lang="en", note="incoming Erasmus student sees no course; codes from learning agreement; INE look-alike")

M("erasmus-depart-psycho", ("Lucas Germain", "lucas.germain@etu.unicaen.fr"),
  "Acces cours psycho depuis Valence",
  """Bonjour,

je suis en L2 psycho mais je suis parti en Erasmus à Valencia pour le S4 seulement. Je n'ai plus accès à aucun cours sur ecampus, notamment 2PSYS4E3 (neuropsycho) dont j'ai besoin pour préparer le partiel de rattrapage du S3.
Est-ce normal ? Mon num étudiant : 22003519

Merci
Lucas
Envoyé de mon iPhone
""", codes=[("2PSYS4E3", "2PSYS4E3")], nums=["22003519"], sym="not_enrolled", etapes=["LPSY2"],
  note="outgoing Erasmus student (semester only) lost access", cte="8bit")

M("prof-info-pas-inscrit-ade", ("Olivier Brunet", "olivier.brunet@unicaen.fr"),
  "Pas inscrit comme enseignant dans S4-INF42",
  """Bonjour,

Je fais cette année le cours de Programmation fonctionnelle (S4-INF42) et les TP des groupes INF42-TP1 et INF42-TP2, mais je ne suis pas inscrit comme enseignant dans l'espace Ecampus. Mes séances sont pourtant dans ADE (salle S3-045, les jeudis de 13h30 à 16h45).

Olivier Brunet
Département d'informatique - UFR des Sciences
Campus 2, bâtiment Sciences 3, bureau 327
02 31 56 73 94
""", codes=[("S4-INF42", "S4-INF42"), ("INF42-TP1", "INF42-TP1"), ("INF42-TP2", "INF42-TP2")],
  sym="teacher_not_enrolled", role="staff", note="teacher not enrolled although planned in ADE; room look-alike")

M("cours-cache-carto", ("Hélène Vautier", "helene.vautier@unicaen.fr"),
  "Les étudiants ne voient pas mon cours de cartographie",
  """Bonjour,

Mes étudiants de L2 géographie me disent qu'ils ne voient pas le cours GGR4C01 (Cartographie 4) sur Ecampus : https://ecampus.unicaen.fr/course/view.php?id=51077
Moi je le vois, mais il est en gris dans ma liste. Ils sont 58 dans la promo et personne n'y a accès.

Merci de votre aide,
Hélène Vautier
Professeure agrégée - Département de géographie
""", codes=[("GGR4C01", "GGR4C01")], ids=[51077], sym="students_cannot_see_course", role="staff",
  etapes=["LGEO2"], note="hidden course: teacher sees it greyed, students don't; promo size look-alike")

M("staps-tableau-de-bord", ("Thomas Leroy", "thomas.leroy2@etu.unicaen.fr"),
  "cours APA disparu de mon tableau de bord",
  """Bonjour
Je suis en L2 STAPS, le cours STP4 APA n'est plus sur mon tableau de bord (mes cours) alors que j'y étais la semaine derniere et j'ai encore accès quand je passe par le lien que le prof a envoyé. Je comprends pas.
Thomas Leroy
22105233
""", codes=[("STP4APA", "STP4 APA")], nums=["22105233"], sym="course_not_on_dashboard",
  etapes=["STAPL2"], note="course no longer on dashboard though still accessible by link; code with a space")

M("cas-destination-inconnue", ("Ines Bakkali", "22207741@etu.unicaen.fr"),
  "CAS page bizarre",
  """bonjour, quand je me connecte ca me met "Connexion réussie Bienvenue 22207741. Vous vous êtes authentifié(e) auprès du Service Central d'Authentification. Toutefois, vous voyez cette page car CAS ne connaît pas votre destination finale" et après rien, pas d'ecampus. Je passe par google pour trouver le lien.
merci
""", nums=["22207741"], sym="cas_unknown_destination",
  note="CAS unknown destination, reached via a search engine", charset="utf-8", cte="b64")

M("erreur-bdd-dimanche", ("Patrick Genest", "patrick.genest@unicaen.fr"),
  "Erreur de lecture de la base de données",
  """Bonjour,

Ce dimanche vers 9h40 j'ai voulu ouvrir le devoir de mes M1 histoire dans M.1HRP4C et Ecampus affiche « Erreur de lecture de la base de données ». J'ai réessayé à 10h10, pareil. Y a-t-il un problème ?

Patrick Genest
MCF Histoire contemporaine
Bureau SA 220, MRSH
""", codes=[("M.1HRP4C", "M.1HRP4C")], sym="database_error", role="staff",
  note="database read error on a Sunday morning (weekly optimisation)", charset="windows-1252", cte="qp")

M("pharma-nom-errone", ("Chloé Nguyen", "chloe.nguyen@etu.unicaen.fr"),
  "Mon nom est mal écrit sur ecampus",
  """Bonjour,

Sur Ecampus mon nom apparait comme "NGUYEM" au lieu de NGUYEN. Je suis en 3e année de pharmacie et les enseignants de l'UE12 ne me retrouvent pas dans la liste pour les notes de TP.
Numéro étudiant 21906688.

Merci,
Chloé Nguyen
06 72 41 18 90
""", nums=["21906688"], sym="wrong_name", etapes=["PHAR3"],
  note="surname misspelled on Ecampus; UE12 in words is not a code")

M("vacataire-profil-bloque", ("Sébastien Roussel", "seb.roussel@gmail.com"),
  "Impossible d'accéder à Ecampus - page profil",
  """Bonjour,

Je suis enseignant vacataire en AES (cours de comptabilité AES-CPT4). À ma première connexion je suis bloqué sur la page « Modifier le profil » qui me dit que je n'ai pas d'adresse de courriel, et le champ n'est pas modifiable. Je ne peux rien faire d'autre.

Cordialement,
Sébastien Roussel
Expert-comptable, cabinet Roussel & Associés, 12 rue Écuyère 14000 Caen
06 11 27 43 58
""", codes=[("AES-CPT4", "AES-CPT4")], sym="cannot_login", role="staff",
  note="vacataire blocked on profile page (no email in his account)")

M("trop-enseignants-micro", ("Annick Foucher", "annick.foucher@unicaen.fr"),
  "Trop d'enseignants dans le cours de microéconomie",
  """Bonjour,

Dans le cours AES-MIC4 il y a 14 enseignants inscrits alors que nous ne sommes que 3 à intervenir (moi en CM et deux collègues en TD). Les étudiants reçoivent des messages de personnes qu'ils ne connaissent pas.
Est-ce que ça vient d'ADE ?

Annick Foucher
Responsable de la L2 AES
""", codes=[("AES-MIC4", "AES-MIC4")], sym="too_many_teachers", role="staff",
  note="14 teachers enrolled instead of 3")

M("participants-block-en", ("Daniel Whitfield", "daniel.whitfield@unicaen.fr"),
  "Participants block gone?",
  """Hi,

I teach the English for business module in LEA (LEA4.AN1) this semester. Last year there was a "Participants" block on the right of the course page, now I can't find it anywhere, so I can't check who is enrolled. Am I missing something?

Thanks,
Daniel Whitfield
Lecteur, Département LEA
Office MRSH 118
""", codes=[("LEA4.AN1", "LEA4.AN1")], sym="participants_block_missing", role="staff", lang="en",
  note="teacher in English cannot find the Participants block")

M("cohorte-du-cge", ("Marie-Laure Bisson", "marie-laure.bisson@unicaen.fr"),
  "Ajout de la cohorte DU CGE FOAD",
  """Bonjour,

Pour le DU Capacité de Gestion des Entreprises (étape DUCGE), les stagiaires à distance arrivent au fil de l'eau. Est-il possible d'ajouter la cohorte « DU Capacité de Gestion des Entreprises - FOAD » dans les modules DUCGE.M1 à DUCGE.M3 plutôt que d'attendre les IP ? Faut-il penser à la retirer ensuite ?

Merci,
Marie-Laure Bisson
Service formation continue - SUFCA
Tél 02 31 56 62 70
""", codes=[("DUCGE", "DUCGE"), ("DUCGE.M1", "DUCGE.M1"), ("DUCGE.M3", "DUCGE.M3")],
  sym="cohort_question", role="staff", note="continuing education asks about adding a cohort; 'M1 à M3' range gives only the two ends")

M("cours-archive-histoire", ("Patrick Genest", "patrick.genest@unicaen.fr"),
  "Mon séminaire a été déplacé dans Archives ?!",
  """Bonjour,

Mon séminaire « Histoire séminaire 7 » (M.1HRP7C) se retrouve dans une catégorie « Archives 2025-2026 » avec un nom bizarre, et les étudiants n'y ont plus accès. Pourtant je l'assure toujours ce semestre. Que s'est-il passé ?

P. Genest
""", codes=[("M.1HRP7C", "M.1HRP7C")], sym="course_moved_renamed", role="staff",
  note="course archived because its code no longer exists in APOGÉE (unknown code)")

M("porte-disparu", ("Claire Anquetil", "claire.anquetil@unicaen.fr"),
  "Le cours 2HR5C n'existe plus sur Ecampus",
  """Bonjour,

Le cours Historiographie 5 (2HR5C) a disparu d'Ecampus. La scolarité me dit qu'il est maintenant mutualisé avec le séminaire M.1HRP9C. Je ne trouve plus aucun espace pour mes étudiants de L3 qui suivaient 2HR5C. Où sont-ils passés ?

Claire Anquetil
Gestionnaire Master Histoire
""", codes=[("2HR5C", "2HR5C"), ("M.1HRP9C", "M.1HRP9C")], sym="course_missing", role="staff",
  note="porté element vanished after mutualisation with a porteur")

M("ead-persan", ("Farid Sadeghi", "farid.sadeghi@etu.unicaen.fr"),
  "Inscription cours à distance persan",
  """Bonjour,

Je suis inscrit en L2 persan à distance (EAD). Je n'ai pas accès au cours IRAN 15 sur Ecampus alors que je l'ai dans mon contrat pédagogique. Pour les autres (IRAN-14, IRAN-16) ça marche.
Num : 21808254

Merci beaucoup
F. Sadeghi
""", codes=[("IRAN-15", "IRAN 15"), ("IRAN-14", "IRAN-14"), ("IRAN-16", "IRAN-16")], nums=["21808254"],
  sym="not_enrolled", etapes=["LPERS2"], note="distance student not enrolled in one course (distance status)",
  charset="iso-8859-1")

M("ead-mauvais-groupe", ("Sylvie Courtois", "sylvie.courtois@unicaen.fr"),
  "Etudiants EAD dans le groupe présentiel",
  """Bonjour,

Dans l'espace du cours RCAED334, mes étudiants à distance se retrouvent dans le groupe ELP_RCAED334_CM et non dans le groupe CEMU RCAED334EAD. Du coup ils ne voient pas les devoirs que j'ai restreints à ce groupe.
Exemples : 21709932, 22000418.

Sylvie Courtois
Service d'enseignement à distance
""", codes=[("RCAED334", "RCAED334"), ("ELP_RCAED334_CM", "ELP_RCAED334_CM"), ("RCAED334EAD", "RCAED334EAD")],
  nums=["21709932", "22000418"], sym="wrong_group", role="staff",
  note="distance students in the pseudo-group instead of the CEMU group")

M("merci-regle", ("Manon Dufresne", "22104418@etu.unicaen.fr"),
  "RE: je ne vois pas mon cours de droit civil",
  """C'est bon ça marche, je vois le cours maintenant. Merci beaucoup !!

Manon

Le 06/01/2027 à 10:12, CEMU Assistance a écrit :
> Bonjour,
> Votre inscription pédagogique au cours DR.4CIV n'était pas faite jusqu'au
> groupe. La scolarité l'a corrigée, le cours apparaîtra demain.
> Cordialement,
> L'équipe CEMU
>
> Le 05/01/2027 à 17:40, Manon Dufresne a écrit :
>> Je suis en L2 droit et je ne vois pas le cours de droit civil (dr4civ).
""", codes=[("DR.4CIV", "DR.4CIV")], nums=["22104418"], sym="other",
  note="thanks, solved; codes in quoted history count; étape said only in quoted history", irt="<cemu.reply.0001@unicaen.fr>")

M("absence-enseignant", ("Julien Marchal", "julien.marchal@unicaen.fr"),
  "Réponse automatique : Groupe vide - DR.4CIV",
  """Bonjour,

Je suis absent jusqu'au 25/01/2027 inclus, avec un accès limité à ma messagerie. Pour toute urgence concernant les TD de droit civil, contactez le secrétariat au 02 31 56 54 18.

Julien Marchal
""", codes=[("DR.4CIV", "DR.4CIV")], sym="other", role="unknown", auto=True,
  note="out-of-office reply; the code in its subject counts", headers={"Auto-Submitted": "auto-replied"})

M("bounce", ("Mail Delivery System", "MAILER-DAEMON@smtp.unicaen.fr"),
  "Undelivered Mail Returned to Sender",
  """This is the mail system at host smtp.unicaen.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<j.marchall@unicaen.fr>: host mx.unicaen.fr said: 550 5.1.1 User unknown

--- Original message ---
Subject: Re: inscriptions DR.4PEN
From: cemu.assistance@unicaen.fr

Bonjour, les étudiants de DR.4PENTD2 sont bien inscrits depuis cette nuit.
""", codes=[("DR.4PEN", "DR.4PEN"), ("DR.4PENTD2", "DR.4PENTD2")], sym="other", role="unknown", auto=True,
  lang="en", note="bounce of a CEMU answer; codes in the returned message count", cte="8bit", charset="utf-8")

M("spam-quota", ("Service Informatique", "support-unicaen@mail-quota-verify.com"),
  "Votre boîte mail a atteint 99% de sa capacité",
  """Cher utilisateur,

Votre boîte aux lettres a atteint 99 % de son quota (2 Go). Pour éviter la suspension de votre compte sous 24h, veuillez valider vos identifiants ici : http://unicaen-webmail-verify.com/login

Ticket n° 4420917
Service Informatique Université
""", sym="other", role="unknown", note="phishing spam; ticket number look-alike")

M("sms-stat-aes", ("kevin lemaitre", "kevin.lemaitre@etu.unicaen.fr"),
  "cour stat",
  """slt jvois pa mon cour de stat sur ecampus jsuis en L2 AES, ya le partiel le 02/02 jfai coment ??
""", sym="not_enrolled", etapes=["LAES2"], note="SMS style, no code, étape said")

M("but-info-r4a10", ("Yanis Haddad", "yanis.haddad@etu.unicaen.fr"),
  "Cours R4.A.10 absent",
  """Bonjour,

Je suis en BUT info 2e année (alternant). Le cours Architecture logicielle R4.A.10 n'apparait pas dans mes cours Ecampus. Sur ADE c'est écrit binf4 a10 pour le groupe BINF4-ALT.
Mon numéro : 22109031.

Cordialement
Yanis Haddad
""", codes=[("BINF4A10", "binf4 a10"), ("BINF4-ALT", "BINF4-ALT")], nums=["22109031"], sym="not_enrolled",
  etapes=["BINF2"], note="BUT resource name R4.A.10 is not a code; ADE code lower case with a space")

M("fwd-scol-psycho-liste", ("Nathalie Picard", "nathalie.picard@unicaen.fr"),
  "TR: étudiants absents des groupes de TD",
  """Bonjour,

Je vous transfère le message de notre responsable de L3. Pouvez-vous regarder ?

Nathalie Picard
Scolarité UFR de Psychologie - bureau PS 008 - 02 31 56 65 71

---------- Message transféré ----------
De : Bertrand Morel <bertrand.morel@unicaen.fr>
Date : lun. 11 janv. 2027 à 18:02
Objet : étudiants absents des groupes de TD
À : Nathalie Picard <nathalie.picard@unicaen.fr>

Nathalie,
Dans 3PSYS6E4 (psychologie clinique), les groupes 3PSYS6E4G2 et 3PSYS6E4G3 sont vides sur Ecampus alors que les listes Apogée sont pleines. Les étudiants sont bien dans le cours mais dans aucun groupe.
Bertrand
""", codes=[("3PSYS6E4", "3PSYS6E4"), ("3PSYS6E4G2", "3PSYS6E4G2"), ("3PSYS6E4G3", "3PSYS6E4G3")],
  sym="wrong_group", role="staff", note="forwarded: two TD groups empty, students in no group")

M("en-phd-login", ("Arjun Mehta", "arjun.mehta@unicaen.fr"),
  "Unable to log in to Ecampus",
  """Dear support team,

I am a PhD student at the GREYC lab (building Sciences 3, office 206) and I was asked to give TP sessions. When I try to log in to Ecampus with my credentials, it says "Invalid login, please try again". My webmail works fine with the same password.

Kind regards,
Arjun Mehta
Doctorant - GREYC UMR 6072
""", sym="cannot_login", role="staff", lang="en", note="PhD student teacher cannot log in; UMR number look-alike")

M("inspe-pas-inscrits-html", ("Laurence Tessier", "laurence.tessier@unicaen.fr"),
  "M1 MEEF - étudiants non inscrits",
  "", html_only=True,
  html="""<html><body><div>Bonjour,</div><div><br></div>
<div>Mes étudiants de M1 MEEF 1er degré ne sont pas inscrits dans le cours (1CA153) Analyse du contexte. Voici quelques-uns d'entre eux :</div>
<table style="border-collapse:collapse" border="1">
<tr><td><b>Numéro</b></td><td><b>Nom Prénom</b></td><td><b>Groupe</b></td></tr>
<tr><td>22301127</td><td>AUBERT Léa</td><td>1CA153-G1</td></tr>
<tr><td>22301884</td><td>MAHIEU Tom</td><td>1CA153-G1</td></tr>
<tr><td>22300459</td><td>KOUASSI Awa</td><td>1CA153-G2</td></tr>
</table>
<div>Site de Saint-Lô, salle 12. Merci !</div>
<div>Laurence Tessier<br>Formatrice INSPE Normandie Caen<br>Tél. 02 33 77 11 60</div></body></html>""",
  codes=[("1CA153", "1CA153"), ("1CA153-G1", "1CA153-G1"), ("1CA153-G2", "1CA153-G2")],
  nums=["22301127", "22301884", "22300459"], sym="not_enrolled", role="staff", etapes=["MEEF1D"],
  note="HTML only: INSPE trainer lists three students not enrolled")

M("ia-annulee-remplacee", ("Romain Lefèvre", "romain.lefevre@etu.unicaen.fr"),
  "plus aucun cours depuis mon changement de parcours",
  """Bonjour,

J'ai changé de parcours en décembre (de la L2 LEA vers la L2 LLCER anglais), la scolarité a annulé mon ancienne inscription et m'a réinscrit. Depuis je n'ai plus aucun cours sur ecampus, ni les anciens ni les nouveaux (AN-40B, AN-40C).

Romain Lefèvre - 22011576
""", codes=[("AN-40B", "AN-40B"), ("AN-40C", "AN-40C")], nums=["22011576"], sym="not_enrolled",
  etapes=["LLCEA2"], note="IA cancelled then replaced; says old and new étape in words: only the current one counted (LLCEA2)")

M("geo-td-mauvais", ("Emma Joly", "emma.joly@etu.unicaen.fr"),
  "Mauvais groupe de TD en SIG",
  """Bonjour,

En SIG (GGR4C04) je suis dans le TD1 sur Ecampus mais j'assiste au TD2 le vendredi (la prof l'a validé). Je ne vois donc pas les consignes du TD2.

Emma Joly
22106690
""", codes=[("GGR4C04", "GGR4C04"), ("GGR4C04TD1", "TD1"), ("GGR4C04TD2", "TD2")], nums=["22106690"],
  sym="wrong_group", note="student in TD1 instead of TD2; groups named in words of a cited course")

M("en-teacher-hidden", ("Rebecca Collins", "rebecca.collins@unicaen.fr"),
  "Students can't access my course",
  """Hello,

My students (L1 LLCER English) tell me they cannot access my course "EC1 Langue Anglais S2" (AN-20A). Link: https://ecampus.unicaen.fr/course/view.php?id=49920
I can see it from my account. There are about 90 students in the three groups.

Many thanks,
Rebecca Collins
English department, office MRSH 204
""", codes=[("AN-20A", "AN-20A")], ids=[49920], sym="students_cannot_see_course", role="staff", lang="en",
  etapes=["LLCEA1"], note="hidden course, English teacher")

M("desynchro-temporaire", ("Océane Marie", "oceane.marie@etu.unicaen.fr"),
  "Plus inscrite dans mes cours depuis 3 jours",
  """Bonjour,

Depuis vendredi je ne suis plus inscrite dans aucun de mes cours de L3 géographie (GGR6C02, GGR6C03, GGR6C05) ni dans mes groupes. J'ai appelé la scolarité ce matin, ils m'ont dit qu'ils avaient corrigé. Est-ce que je dois faire quelque chose de plus ?

Océane Marie
N° 21904112
""", codes=[("GGR6C02", "GGR6C02"), ("GGR6C03", "GGR6C03"), ("GGR6C05", "GGR6C05")], nums=["21904112"],
  sym="not_enrolled", etapes=["LGEO3"], note="temporary desynchronisation: fixed in APOGÉE the same day")

M("pharma-multi-ue-html", ("Dr Vincent Leclerc", "vincent.leclerc@unicaen.fr"),
  "Inscriptions UE pharmacologie - plusieurs étudiants",
  """Bonjour,

Plusieurs étudiants de DFGSP3 manquent dans mes UE :

UE        Groupe      N° étudiant
PH3-UE12  PH3UE12-B   21805541
PH3-UE12  PH3UE12-B   21907713
PH3-UE14  PH3UE14-A   21803390

Merci de vérifier.
V. Leclerc, PU-PH, UFR Santé, Pôle Pharmacie - 02 31 56 82 40
""",
  html="""<p>Bonjour,</p><p>Plusieurs étudiants de DFGSP3 manquent dans mes UE :</p>
<table border=1><tr><th>UE</th><th>Groupe</th><th>N° étudiant</th></tr>
<tr><td>PH3-UE12</td><td>PH3UE12-B</td><td>21805541</td></tr>
<tr><td>PH3-UE12</td><td>PH3UE12-B</td><td>21907713</td></tr>
<tr><td>PH3-UE14</td><td>PH3UE14-A</td><td>21803390</td></tr></table>
<p>Merci de vérifier.<br>V. Leclerc, PU-PH, UFR Santé, Pôle Pharmacie - 02 31 56 82 40</p>""",
  codes=[("PH3-UE12", "PH3-UE12"), ("PH3UE12-B", "PH3UE12-B"), ("PH3-UE14", "PH3-UE14"), ("PH3UE14-A", "PH3UE14-A")],
  nums=["21805541", "21907713", "21803390"], sym="not_enrolled", role="staff", etapes=["PHAR3"],
  note="teacher lists students missing in two UEs (DFGSP3 in words = PHAR3)")

M("element-suspendu-socio", ("Agnès Poirier", "agnes.poirier@unicaen.fr"),
  "Inscriptions suspendues M.1.MS03",
  """Bonjour,

Dans l'espace « Théories du changement social » (M.1.MS03), tous les étudiants apparaissent avec le statut « Suspendu » dans les participants depuis ce matin. Aucun ne peut entrer dans le cours. J'ai 26 étudiants en M1 socio.

Agnès Poirier
Secrétariat Master Sociologie - UFR HSS
""", codes=[("M.1.MS03", "M.1.MS03")], sym="not_enrolled", role="staff", etapes=["MSOC1"],
  note="suspended element in APOGÉE: enrolments suspended")
