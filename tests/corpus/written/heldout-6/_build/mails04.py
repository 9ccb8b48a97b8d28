from common import g, outlook, tbird

MAILS = []
A = MAILS.append

A(dict(fn="058-sms-mdp-change.eml", frm=("Ryan B", "ryanb.caen@gmail.com"),
 subj="probleme connexion", date="2025-11-26 22:51",
 text="""bonsoir, jpeux plus me co a ecampus depuis que jai changer mon mdp hier sur le site du compte numerique. sa me dit identifiant ou mot de passe incorrect. jai essayer sur pc et sur tel
NEtu: 25027741
cest urgent jai un qcm demain a 8h
ryan bouaziz L1 AES
""",
 gold=g("cannot_login", "student", [], ["25027741"], [], note="SMS-style: cannot log in after changing password; 'NEtu'")))

A(dict(fn="059-doctorant-compte-suspendu.eml", frm=("Baptiste Quesnel", "baptiste.quesnel@unicaen.fr"),
 subj="Compte Ecampus suspendu ?", date="2025-09-24 08:49",
 text="""Bonjour,

Doctorant contractuel en chimie, je donne des TP en L1 (S1CHI01, groupes TP3 et TP4). Depuis ce matin, Ecampus refuse ma connexion : après le CAS j'arrive sur une page « Votre compte a été suspendu. Veuillez contacter l'administrateur. ».

Mon ancien compte étudiant (numéro 21904418, j'ai fait mon master ici) a peut-être été fusionné avec mon compte personnel ?

Merci d'avance,
Baptiste Quesnel
Laboratoire LCMT – bureau 3.17
6 boulevard Maréchal Juin, 14050 Caen Cedex 4
""",
 gold=g("cannot_login", "staff", ["S1CHI01", ("L1CHI-TP3", "TP3"), ("L1CHI-TP4", "TP4")], ["21904418"], [], schemes=["sciences-elp", "sciences-groupe"],
        note="PhD student teacher: account suspended after CAS; cites his former student number")))

A(dict(fn="060-gea-transfert-vacataire-profil.eml", frm=("Nadège Pottier", "nadege.pottier@unicaen.fr"),
 subj="TR: Connexion Ecampus impossible", date="2025-09-16 09:12", charset="windows-1252", cte="quoted-printable",
 hdrs=[("X-Mailer", "Microsoft Outlook 16.0")],
 text="""Bonjour,

Je vous transfère le message de M. Dubreuil, vacataire en GEA (cours GE1R1.03). Son compte invité a été créé par nos soins le 8 septembre ; il nous semble que nous n’avons pas renseigné d’adresse mail personnelle.
Pouvez-vous faire le nécessaire ou nous dire comment la modifier ?

Nadège Pottier
Secrétariat département GEA – IUT Grand Ouest Normandie

De : Franck Dubreuil <f.dubreuil@dubreuil-conseil.fr>
Envoyé : lundi 15 septembre 2025 21:47
À : Pottier Nadège <nadege.pottier@unicaen.fr>
Objet : Connexion Ecampus impossible

Bonsoir Madame,

Quand je me connecte à Ecampus on me demande de compléter mon profil avec une adresse de courriel, mais je ne peux rien saisir. Je suis donc bloqué sur cette page.
Pouvez-vous m’aider ?

Cordialement,
Franck Dubreuil
Dubreuil Conseil – SIRET 812 345 678 00021
06 09 87 65 43
""",
 gold=g("cannot_login", "staff", ["GE1R1.03"], [], [], schemes=["iut-elp"],
        note="secretary forwards a vacataire stuck on the profile e-mail page; SIRET and phone look-alikes")))

A(dict(fn="061-lea-compte-introuvable.eml", frm=("Océane Lefranc", "oceane.lefranc@laposte.net"),
 subj="Pas de compte pour Ecampus", date="2025-09-19 14:27",
 text="""Bonjour,

Je suis inscrite en L1 LEA anglais-espagnol (LEAAE1) depuis le 10 septembre mais je n'ai toujours pas de compte pour Ecampus : quand j'essaie d'activer mon compte numérique avec mon numéro étudiant 2503 1188 et ma date de naissance, on me dit que le compte est introuvable.
J'ai payé les frais d'inscription (reçu n° 2025-IA-048113).

Comment faire pour accéder aux cours ?

Océane Lefranc
07 81 22 56 90
""",
 gold=g("cannot_login", "student", ["LEAAE1"], ["25031188"], [], schemes=["lve-etape"],
        note="new student cannot activate her account; number in groups of four, receipt number look-alike")))

A(dict(fn="062-anglais-cours-archive-nouvelle-maquette.eml", frm=("Gwenaëlle Pichon", "gwenaelle.pichon@unicaen.fr"),
 subj="Mon cours de phonétique est dans les archives", date="2025-09-09 10:58",
 text="""Bonjour,

Mon espace « (AN-12C) Phonétique et phonologie de l'anglais » a été déplacé dans « Archives » et les étudiants de L1 n'y ont plus accès.
J'ai cru comprendre qu'avec la nouvelle maquette LLCER, cet enseignement correspond maintenant à ANG1U04 — mais cet espace-là est vide.

Faut-il que je recopie tout (j'ai une quarantaine de fichiers audio) ? Et pourquoi personne ne nous a prévenus ?

G. Pichon
Département d'études anglophones – UFR LVE
""",
 gold=g("course_moved_renamed", "staff", ["AN-12C", "ANG1U04"], [], [], schemes=["faq-lve-dash", "lve-elp"],
        note="course archived because the new maquette replaced the old code scheme (AN-12C gone, ANG1U04 new)")))

A(dict(fn="063-staps-cours-renomme.eml", frm=("Denis Aubry", "denis.aubry@unicaen.fr"),
 subj="changement de nom de mon cours", date="2025-09-04 13:35", charset="windows-1252", cte="8bit",
 text="""Bonjour,

Mon cours STP1-UO3 a changé de nom et de catégorie sans que je sois prévenu : il s’appelait « Histoire du sport » et s’appelle maintenant « Sciences sociales du sport 1 », et il est rangé dans L1 > Tronc commun > S1 au lieu de L1 > S1.
Est-ce que le contenu est conservé ? Est-ce que les étudiants de l’an dernier y ont encore accès ?

Merci,
Denis Aubry
PRAG EPS – UFR STAPS
""",
 gold=g("course_moved_renamed", "staff", [("STP1-U03", "STP1-UO3")], [], [], schemes=["staps-elp"],
        note="course renamed and moved; code with letter O for zero; windows-1252")))

A(dict(fn="064-geo-transfert-element-supprime.eml", frm=("Mélanie Grente", "melanie.grente@unicaen.fr"),
 subj="Fwd: cours SIG disparu", date="2025-10-06 11:21", kind="alt",
 text="""Bonjour,

Je vous transfère le message de Mme Rivière. Après vérification avec la DEVE, l'élément HGEO5.14 a été supprimé par erreur de la maquette lors de la mise à jour du 2 octobre ; nous venons de le recréer dans Apogée ce matin.
Est-ce que l'espace Ecampus va revenir tout seul, avec son contenu, ou faut-il faire une demande ?

Merci,
Mélanie Grente
Scolarité Géographie – UFR HSS

Le ven. 3 oct. 2025 à 09:14, Nadia Rivière <nadia.riviere@unicaen.fr> a écrit :

> Bonjour Mélanie,
>
> Mon cours (HGEO5.14) SIG avancé a disparu de mes cours, je le retrouve dans
> la catégorie Archives. Les L3 n'y ont plus accès.
> https://ecampus.unicaen.fr/course/view.php?id=48266
>
> Nadia
""",
 gold=g("course_moved_renamed", "staff", ["HGEO5.14"], [], [48266], schemes=["geo-elp"],
        note="forward: course archived because its element was deleted by mistake, recreated in Apogée today")))

A(dict(fn="065-visiting-course-not-found.eml", frm=("Emma Clarke", "e.clarke@kent.ac.uk"),
 subj="Can't find my course space", date="2026-02-16 14:04", kind="alt",
 text="""Hello,

I'm giving a series of lectures in Cognitive Neuroscience for the L3 psychology students (module PSY6C12) from 2 March. Professor Hamel told me the course space would be created automatically on Ecampus, but I can't find it anywhere, not even with the search.
I'm logged in with the guest account ext-eclarke.

Could you tell me whether the space exists, or how to request it?

Many thanks,
Emma Clarke
Lecturer in Psychology, University of Kent
Canterbury CT2 7NP, UK
""",
 gold=g("course_missing", "unknown", [("PSY6-C12", "PSY6C12")], [], [], lang="en", schemes=["psy-elp"],
        note="visiting lecturer cannot find her course space")))

A(dict(fn="066-iae-m2-rh-sans-espaces.eml", frm=("Christelle Marais", "christelle.marais@unicaen.fr"),
 subj="M2 RH - espaces de cours manquants", date="2026-01-08 10:30", kind="html",
 hdrs=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic", "M2 RH - espaces de cours manquants")],
 html=outlook([
  "Bonjour,",
  "",
  "Pour le second semestre du M2 Ressources humaines (étape IAEMR2-101), les espaces Ecampus suivants n'existent pas alors que les IP sont saisies depuis décembre :",
  ("raw", "<ul style=\"margin-top:0cm\" type=\"disc\">\n"
          "<li class=\"MsoListParagraph\" style=\"margin-left:0cm\">IM2RHO14 : Droit social approfondi<o:p></o:p></li>\n"
          "<li class=\"MsoListParagraph\" style=\"margin-left:0cm\">IM2RHO15 : Audit social<o:p></o:p></li>\n"
          "<li class=\"MsoListParagraph\" style=\"margin-left:0cm\">IM2RH016 : Conduite du changement<o:p></o:p></li>\n"
          "</ul>\n"),
  "Seul IM2RHO11 (International HRM) a bien son espace. Les cours reprennent le 19 janvier.",
  "",
  "Pourriez-vous regarder ?",
  "",
  "Bien cordialement,",
  "Christelle Marais",
  "Gestionnaire pédagogique Masters RH – IAE Caen",
  "02 31 56 65 41",
 ]),
 gold=g("course_missing", "staff", [("IAEMR2", "IAEMR2-101"), "IM2RHO14", "IM2RHO15", ("IM2RHO16", "IM2RH016"), "IM2RHO11"], [], [],
        schemes=["iae-etape", "iae-elp"], note="three S2 course spaces missing; one code typed with zero for O; HTML list")))

A(dict(fn="067-sms-cours-harmonie.eml", frm=(None, "24013356@etu.unicaen.fr"),
 subj="cours harmonie", date="2026-01-21 17:19",
 text="""bonjour
le cours dharmonie mus4har existe pas sur ecampus?? je lai cherche partout et le prof dit qu il a tout mis dessus
merci
""",
 gold=g("course_missing", "student", [("MUS4HAR", "mus4har")], ["24013356"], [], schemes=["musico-elp"],
        note="SMS student cannot find a course; lowercase code; number only in the sender address")))

A(dict(fn="068-lansad-espaces-non-crees.eml", frm=("Patricia Guillou", "patricia.guillou@unicaen.fr"),
 subj="Espaces LANSAD S5 non créés", date="2025-09-22 09:37", kind="alt", cte="base64",
 text="""Bonjour,

Pour le Pôle LANSAD (langues pour non-spécialistes), les espaces des cours d'anglais de L3 du S5 (HLAN501 « Anglais B2 » et HLAN502 « Anglais C1 ») n'ont pas été créés sur Ecampus, contrairement à ceux du S3 (HLAN301 à HLAN304) qui sont bien là.
Les groupes ont pourtant bien été créés dans Apogée (HLAN501G1 à HLAN501G6) et les étudiants y sont affectés.

Merci de nous dire ce qui bloque.

Patricia Guillou
Pôle LANSAD – UFR LVE
Bâtiment Lettres, bureau LV 112
""",
 gold=g("course_missing", "staff", ["HLAN501", "HLAN502", "HLAN301", "HLAN304", "HLAN501G1", "HLAN501G6"], [], [],
        schemes=["faq-letters+digits", "lansad-groupe"], note="LANSAD: S5 course spaces not created; codes given as ranges")))

A(dict(fn="069-sms-tableau-de-bord-compta.eml", frm=(None, "25033610@etu.unicaen.fr"),
 subj="tableau de bord", date="2025-10-20 12:02",
 text="""bonjour jvois pas mon cours de compta sur le tableau de bord ecampus (GE1R1.1 je crois) les autres sont la. mais si je vais dans mes cours il y est. cest normal?
""",
 gold=g("course_not_on_dashboard", "student", [("GE1R1.12", "GE1R1.1")], ["25033610"], [], schemes=["iut-elp"],
        note="SMS student, course not on dashboard but in 'Mes cours'; code truncated (GE1R1.12 Comptabilité); number only in sender")))

A(dict(fn="070-sante-favoris-tableau.eml", frm=("Louise Hamelin", "louise.hamelin@etu.unicaen.fr"),
 subj="Cours absents du tableau de bord", date="2025-11-06 19:40", charset="iso-8859-1", cte="8bit",
 text="""Bonjour,

Sur mon tableau de bord il n'y a plus que deux cours (ceux que j'avais mis en favoris l'an dernier je crois). Les cours de cette année, par exemple MED3 UE04 et MED3UE05, n'apparaissent plus, alors que j'y ai accès par le menu « Mes cours ».

Je suis en DFGSM3, n° 2200 8812.

Merci d'avance,
Louise Hamelin
""",
 gold=g("course_not_on_dashboard", "student", [("MED3UE04", "MED3 UE04"), "MED3UE05"], ["22008812"], [], schemes=["sante-elp"],
        note="dashboard filter on favourites; code with space; number in groups of four")))

A(dict(fn="071-musico-tableau-de-bord-ancienne-annee.eml", frm=("Hervé Caillaud", "herve.caillaud@unicaen.fr"),
 subj="Tableau de bord qui n'affiche que l'an dernier", date="2025-09-15 16:12",
 text="""Bonjour,

Mon tableau de bord Ecampus n'affiche que mes cours de l'an dernier. Mes cours de cette année, (MUS1HIS) Histoire de la musique 1 et (MUS3HAR) Harmonie 3, sont bien dans « Mes cours », mais je ne les vois pas sur le tableau de bord. Je remarque qu'il y a « 1 / 3 » en bas de la liste, je ne sais pas ce que cela signifie.

Cordialement,
Hervé Caillaud
Département de musicologie
""",
 gold=g("course_not_on_dashboard", "staff", ["MUS1HIS", "MUS3HAR"], [], [], schemes=["musico-elp"],
        note="teacher: current courses on page 2-3 of the course overview (pagination)")))

A(dict(fn="072-psy-transfert-reponse-enseignant.eml", frm=("Clémence Bouvier", "clemence.bouvier@etu.unicaen.fr"),
 subj="TR: Re: cours de psycho du développement", date="2025-10-08 10:05",
 text="""Bonjour,

M. Hamel m'a dit de vous écrire (voir ci-dessous). Le cours psy3 c04 n'apparaît pas sur mon tableau de bord. Je suis dans le groupe PSY2-TD07.

Clémence Bouvier, L2 psycho, 24010486

-------- Message d'origine --------
De : Jean-Marc Hamel <jean-marc.hamel@unicaen.fr>
Date : 07/10/2025 17:55 (GMT+01:00)
À : Clémence Bouvier <clemence.bouvier@etu.unicaen.fr>
Objet : Re: cours de psycho du développement

Bonjour,
Je vous vois pourtant dans la liste des participants du cours. Voyez avec le CEMU (cemu.assistance@unicaen.fr) en précisant votre numéro étudiant.
JMH

> Bonjour Monsieur,
> je ne vois pas votre cours sur mon tableau de bord, est-ce que vous pouvez
> m'ajouter ?
> Clémence
""",
 gold=g("course_not_on_dashboard", "student", [("PSY3-C04", "psy3 c04"), "PSY2-TD07"], ["24010486"], [], schemes=["psy-elp", "psy-groupe"],
        note="student forwards teacher's reply: enrolled but course not on her dashboard; code lowercase with space")))

A(dict(fn="073-staps-td5-ne-voient-pas.eml", frm=("Karine Leduc", "karine.leduc@unicaen.fr"),
 subj="Mes étudiants ne voient pas mon cours", date="2025-09-26 12:44", kind="alt",
 text="""Bonjour,

Mes étudiants du groupe STL2TD05 ne voient pas le cours STP3-U14 (Méthodologie de l'intervention) sur Ecampus, alors que j'y ai déposé les consignes du dossier à rendre le 10 octobre.
Je vois pourtant leur nom dans les participants. Est-ce qu'il y a un réglage à faire de mon côté ?

Merci,
Karine Leduc
Enseignante – UFR STAPS
Bureau 1.08 – tél. 02 31 56 72 18
""",
 hdrs=[("X-Mailer", "Microsoft Outlook 16.0")],
 html=outlook([
  "Bonjour,",
  "",
  "Mes étudiants du groupe STL2TD05 ne voient pas le cours STP3-U14 (Méthodologie de l'intervention) sur Ecampus, alors que j'y ai déposé les consignes du dossier à rendre le 10 octobre.",
  "Je vois pourtant leur nom dans les participants. Est-ce qu'il y a un réglage à faire de mon côté ?",
  "",
  "Merci,",
  "Karine Leduc",
  "Enseignante – UFR STAPS",
  "Bureau 1.08 – tél. 02 31 56 72 18",
 ]),
 gold=g("students_cannot_see_course", "staff", ["STL2TD05", "STP3-U14"], [], [], schemes=["staps-groupe", "staps-elp"],
        note="teacher: students enrolled but cannot see course (hidden)")))

A(dict(fn="074-sciences-3e-relance-invisible.eml", frm=("Jérôme Pasquier", "jerome.pasquier@unicaen.fr"),
 subj="cours S5 BIO12 toujours invisible - 3e relance", date="2025-09-29 18:02",
 text="""Bonjour,

3e message à ce sujet (tickets 318102 et 318377, sans réponse utile).

Mon cours S5 BIO12 (Génétique des populations) est réglé sur « Afficher » depuis le 8 septembre. Les étudiants ne le voient pas. Voici ce que m'écrit l'un d'eux :
« Monsieur, je ne trouve pas votre cours sur Ecampus, ni dans mes cours ni par la recherche. »

J'ai vérifié : ils sont inscrits (72 participants). Je veux une solution cette semaine.

J. Pasquier
""",
 gold=g("students_cannot_see_course", "staff", [("S5BIO12", "S5 BIO12")], [], [], schemes=["sciences-elp"],
        note="annoyed teacher: course set to visible, students still cannot see it (hidden category?); code with space; ticket numbers")))

A(dict(fn="075-sante-ue4-invisible.eml", frm=("Anne Lechevalier", "anne.lechevalier@unicaen.fr"),
 subj="Espace UE 4 non visible pour les étudiants", date="2025-09-17 07:58",
 text="""Bonjour,

Les étudiants de DFGSM3 (groupe ED02 notamment) me disent que l'espace de l'UE 4 (MED3UE04) n'apparaît pas pour eux.
J'ai vérifié les paramètres (https://ecampus.unicaen.fr/course/edit.php?id=47760) : visibilité « Afficher », date de début 1er septembre 2025. Pourtant ils ne le voient pas.

Pouvez-vous regarder ?

Pr A. Lechevalier
Département de pédagogie médicale – UFR Santé
Secrétariat : 02 31 56 81 40
""",
 gold=g("students_cannot_see_course", "staff", ["DFGSM3", ("DFG3-ED02", "ED02"), "MED3UE04"], [], [47760], schemes=["sante-etape", "sante-groupe", "sante-elp"],
        note="teacher: course settings look right but students cannot see it; course/edit.php link")))

A(dict(fn="076-italien-cours-id-inaccessible.eml", frm=("Francesca Morelli", "francesca.morelli@unicaen.fr"),
 subj="cours italien pas accessible", date="2025-09-18 20:36", cte="base64",
 text="""Bonjour,

je suis enseignante d'italien. Mes étudiants de L1 n'ont pas accès à mon cours ita1u03 (cours id 49877 sur Ecampus) : ils voient le titre dans la liste mais quand ils cliquent, message « Ce cours n'est pas accessible aux étudiants pour l'instant ».
Je n'ai jamais eu ce problème les autres années.

Grazie,
Francesca Morelli
""",
 gold=g("students_cannot_see_course", "staff", [("ITA1U03", "ita1u03")], [], [49877], schemes=["lve-elp"],
        note="students cannot access the course; lowercase code; course id given in the text")))
