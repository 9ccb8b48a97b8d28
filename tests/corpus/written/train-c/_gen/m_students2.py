from common import *

Mail("s31", "etu-droit-penal-pas-inscrite", ("Camille Lefèvre", "camille.lefevre@etu.unicaen.fr"), CEMU,
     "Pas inscrite au cours de droit pénal général sur Ecampus", "2025-09-26 16:05", """Bonjour,

Je suis en deuxième année de licence de droit (DL2DRT) et je ne suis pas inscrite dans l'espace Ecampus du cours de Droit pénal général (D2PEN03), alors que je suis bien inscrite à cette matière : je l'ai vérifié sur mon contrat pédagogique qu'on m'a remis à la scolarité.

Toutes mes autres matières apparaissent bien (droit administratif, droit des obligations...). Le professeur, M. Quesnel, a déjà publié le plan du cours et des arrêts à lire pour le premier TD, et une camarade a dû me les envoyer par mail.

Mon numéro étudiant : 24011268

Pourriez-vous regarder ?

Merci d'avance,
Camille Lefèvre
""", G(codes=[("DL2DRT", "DL2DRT"), ("D2PEN03", "D2PEN03")], nums=["24011268"], sym="not_enrolled",
       note="L2 law student not enrolled in one Ecampus course though her pedagogical contract includes it"),
     cte="quoted-printable", kind="alt", style="zimbra", mid="zimbra")

Mail("s32", "etu-reorientation-iut", ("Nathan Pichon", "nathan.pichon@etu.unicaen.fr"), CEMU,
     "Réorientation : pas de cours IUT sur Ecampus", "2025-10-22 13:37", """Bonjour,

J'ai changé de formation mi-octobre : je suis passé de la L1 Maths-Physique-Chimie (SL1MPC) au BUT Informatique première année (BUTIN1) à l'IUT de Caen, site d'Ifs. Le changement a été validé par les deux scolarités et j'ai ma nouvelle carte.

Sur Ecampus j'ai toujours les cours de maths et de physique de la licence, mais aucun cours de l'IUT. Par exemple je n'ai pas "Initiation au développement" (IINS1.01) alors que les autres étudiants de mon groupe l'ont. Le prof m'a dit que je n'étais pas dans les participants.

Numéro étudiant : 25016620

Merci
Nathan Pichon
""", G(codes=[("SL1MPC", "SL1MPC"), ("BUTIN1", "BUTIN1"), ("IINS1.01", "IINS1.01")], nums=["25016620"],
       sym="not_enrolled", note="Student who switched from L1 sciences to BUT Info is not enrolled in any IUT course"))

Mail("s33", "etu-distance-histoire-pas-inscrite", ("Véronique Anquetil", "veronique.anquetil@etu.unicaen.fr"), CEMU,
     "Re: [CEMU #5255] L1 Histoire à distance - cours HHIS112 inaccessible", "2025-10-06 07:12", """Bonjour,

Je complète ma demande : la scolarité du CEMU m'a confirmé hier par téléphone que mon inscription pédagogique est complète depuis le 25 septembre. Je n'ai toujours pas accès au cours ce matin.

Cordialement,
V. Anquetil

""" + zim_attr("2025-10-04 09:48", "Véronique Anquetil", "veronique.anquetil@etu.unicaen.fr") + """
Bonjour,

Je suis inscrite en L1 Histoire en enseignement à distance (via le CEMU), étape HL1HIS. J'ai bien accès à quatre de mes cours à distance, mais pas à "Histoire médiévale : l'Occident féodal" (HHIS112). Quand je clique sur le lien dans le guide de l'étudiant à distance, j'ai le message "Vous ne pouvez pas vous inscrire vous-même à ce cours".

Je travaille à temps plein (je suis aide-soignante de nuit), je ne peux donc pas me déplacer sur le campus pour régler le problème.

Mon numéro : 24500127.

Cordialement,
Véronique Anquetil
""", G(codes=[("HL1HIS", "HL1HIS"), ("HHIS112", "HHIS112")], nums=["24500127"], sym="not_enrolled",
       note="Distance-learning L1 history student not enrolled in one of her courses (follow-up quoting her first mail)"), charset="iso-8859-1", flags=("quoted",), irt="<5255.cemu@assistance.unicaen.fr>",
     cte="quoted-printable")

Mail("s34", "etu-distance-groupe-presentiel", ("Julien Bazire", "julien.bazire@etu.unicaen.fr"), CEMU,
     "Mauvais groupe sur Ecampus (enseignement à distance)", "2025-10-15 22:10", """Bonjour,

Je suis en L2 Géographie à distance. Dans le cours "Géographie des littoraux" (HGEO305) je suis bien inscrit, mais dans le groupe HL2GEO-TD3, qui est le groupe de TD en présentiel du mercredi, au lieu du groupe à distance HL2GEO-EAD.

Le problème c'est que les devoirs à rendre sont ouverts seulement pour le groupe EAD, donc je ne vois pas le dépôt du devoir n°1 à rendre le 20/10.

Mon numéro étudiant est 23502268.

Bien à vous,
Julien Bazire
""", G(codes=[("HGEO305", "HGEO305"), ("HL2GEO-TD3", "HL2GEO-TD3"), ("HL2GEO-EAD", "HL2GEO-EAD")],
       nums=["23502268"], sym="wrong_group", note="Distance student placed in an on-site TD group instead of the EAD group"))

Mail("s35", "etu-nom-usage-mariage", ("Aurélie Hamel-Osmont", "aurelie.hamel@etu.unicaen.fr"), CEMU,
     "Changement de nom (nom d'usage) sur Ecampus", "2025-09-30 12:22", """Bonjour,

Depuis mon mariage cet été, j'utilise le nom d'usage Hamel-Osmont. J'ai fourni l'acte de mariage à la scolarité de l'INSPE lors de ma réinscription en M2 MEEF (MEEF2P).

Pourtant, sur Ecampus, c'est toujours mon nom de naissance "HAMEL Aurélie" qui apparaît, et c'est aussi celui-là qui sort dans les listes de mes formateurs. Est-ce vous qui pouvez le modifier ?

Merci par avance.

Aurélie Hamel-Osmont
M2 MEEF 1er degré - site de Caen
""", G(codes=[("MEEF2P", "MEEF2P")], sym="wrong_name", note="Student's married name (nom d'usage) not shown in Ecampus"),
     charset="windows-1252", cte="quoted-printable", kind="html", style="outlook", mid="outlook")

Mail("s36", "etu-prenom-usage", ("Sacha Delamare", "sacha.delamare@etu.unicaen.fr"), CEMU,
     "Prénom affiché sur Ecampus", "2025-11-04 10:01", """Bonjour,

J'ai fait une demande de prénom d'usage (Sacha) auprès de la scolarité de l'UFR HSS début octobre, elle a été acceptée et ma carte étudiante a été refaite. Mais sur Ecampus c'est toujours mon ancien prénom qui est affiché, dans mon profil, sur les forums et dans les groupes de TD, ce qui est assez pénible.

Est-ce qu'il y a un délai ou est-ce que quelque chose a été oublié ?

Mon numéro étudiant : 23010456

Merci beaucoup,
Sacha Delamare
""", G(nums=["23010456"], sym="wrong_name", note="Student's accepted usage first name not yet shown in Ecampus"), cte="base64")

Mail("s37", "etu-adresse-mail-ancienne", ("Lucas Hamel", "lucas.hamel@etu.unicaen.fr"), CEMU,
     "Mauvaise adresse mail dans mon profil", "2025-10-07 18:40", """Bonjour,

Dans mon profil Ecampus l'adresse de courriel affichée est lucas.hamel.2004@hotmail.com, une ancienne adresse que je n'utilise plus depuis le lycée. Du coup je ne reçois aucune notification des forums et des devoirs. Je voulais la remplacer par mon adresse étudiante mais le champ n'est pas modifiable.

Comment faire ?

Lucas Hamel
L3 Sciences de l'éducation, n° étudiant 22006741
""", G(nums=["22006741"], sym="wrong_name", note="Student's profile shows an old personal e-mail address he cannot change"))

Mail("s38", "etu-compte-numerique-jamais-active", ("Yasmine Kaci", "yasmine.kaci02@gmail.com"), CEMU,
     "Je n'ai pas accès à Ecampus (compte jamais activé)", "2025-09-10 15:12", """Bonjour,

Je suis inscrite en L1 LEA depuis le 28 août mais je n'ai jamais reçu le mail pour activer mon compte numérique, donc je ne peux pas me connecter à Ecampus ni à ma messagerie. J'ai regardé dans les spams.

J'ai essayé "première connexion" sur le site avec mon numéro étudiant et ma date de naissance mais ça me dit que les informations ne correspondent pas.

Numéro étudiant : 25007731 / INE : 123456789AB

Merci de votre aide
Yasmine Kaci
06 12 45 78 90
""", G(nums=["25007731"], sym="cannot_login", note="New student never received the account activation mail, cannot log in"),
     mid="gmail", kind="alt", style="gmail")

Mail("s39", "etu-compte-bloque-tentatives", ("Baptiste Roger", "baptiste.roger@etu.unicaen.fr"), CEMU,
     "Compte bloqué ?", "2025-11-24 08:31", """Bonjour,

J'ai dû me tromper de mot de passe plusieurs fois ce week-end et maintenant, sur la page de connexion d'Ecampus, j'ai un message qui dit que mon compte est temporairement verrouillé. Ça fait plus de 24 h. J'ai un partiel sur Ecampus mercredi (UE Anglais LSD ANC1).

N° étudiant 21904417

Merci
Baptiste
""", G(codes=[("LSD-ANC1", "LSD ANC1")], nums=["21904417"], sym="cannot_login",
       note="Student's account locked after failed attempts, still cannot log in after 24 h"))

Mail("s40", "etu-esix-erreur-lecture-depot", ("Maxime Villain", "maxime.villain@etu.unicaen.fr"), CEMU,
     "Erreur lors du dépôt d'un rapport", "2025-11-13 23:12", """Bonsoir,

En voulant déposer mon rapport de TP dans le cours "Conception mécanique" (X3.MEC02) je tombe sur une page "Erreur de lecture de la base de données", avec un lien "Continuer" qui me ramène au cours. Le fichier n'est pas déposé. J'ai réessayé 4 fois entre 22h40 et 23h05 (Firefox 132, Windows 11). Capture jointe.

La date limite est à minuit, pouvez-vous prévenir l'enseignant si ça ne passe pas ?

Maxime Villain
ESIX 3e année Mécatronique (XMEC3) - n° 23015580
""", G(codes=[("X3.MEC02", "X3.MEC02"), ("XMEC3", "XMEC3")], nums=["23015580"], sym="database_error",
       note="Engineering student gets 'Erreur de lecture de la base de données' when submitting a report"),
     attach=[("png", "capture_erreur_20251113.png")])

Mail("s41", "etu-cours-disparu-tableau-de-bord", ("Léa Fontaine", "lea.fontaine@etu.unicaen.fr"), CEMU,
     "Cours qui n'apparaît plus sur mon tableau de bord", "2025-11-06 14:55", """Bonjour,

Le cours "Sociologie du travail" (HSOC401) a disparu de mon tableau de bord depuis hier. Pourtant si je clique sur le lien que le professeur a envoyé par mail (https://ecampus.unicaen.fr/course/view.php?id=48213) j'y accède normalement et je vois tout le contenu.

Je n'ai rien changé dans mes paramètres (enfin je crois).

Merci,
Léa Fontaine, L3 sociologie

""" + gm_fwd("2025-09-12 09:30", "Nicolas Poulain", "nicolas.poulain@unicaen.fr", "Sociologie du travail - début du cours", "l3-socio@listes.unicaen.fr") + """

Bonjour à toutes et à tous,

Le plan du cours et le premier texte à lire sont en ligne sur l'espace Ecampus du cours :
https://ecampus.unicaen.fr/course/view.php?id=48213

N. Poulain
""", G(codes=[("HSOC401", "HSOC401")], ids=[48213], sym="course_not_on_dashboard",
       note="Course gone from student's dashboard though she can still open it through the direct link"), flags=("quoted",),
     kind="alt", style="gmail")

Mail("s42", "etu-tableau-de-bord-12-cours", ("Noé Lebrun", "noe.lebrun@etu.unicaen.fr"), CEMU,
     "Tous mes cours ne s'affichent pas", "2025-09-24 20:18", """Bonjour,

Sur mon tableau de bord je ne vois que 12 cours alors que j'ai 15 matières ce semestre (je suis en L2 LLCE anglais + mineure espagnol). Il me manque par exemple AN-20C (civilisation britannique) et ES-22A (espagnol). Quand je vais dans "Mes cours" je crois qu'ils y sont mais je ne suis pas sûr que ce soit les mêmes.

Est-ce qu'il y a un nombre maximum de cours affichés ?

Noé Lebrun
22 17 04 58
""", G(codes=[("AN-20C", "AN-20C"), ("ES-22A", "ES-22A")], nums=["22170458"], sym="course_not_on_dashboard",
       note="Student sees only 12 of 15 courses on the dashboard (pagination)"))

Mail("s43", "etu-iut-cj-pas-de-cours", ("Ambre Gosselin", "ambre.gosselin@etu.unicaen.fr"), CEMU,
     "Pas d'espace Ecampus pour une ressource", "2025-09-18 11:26", """Bonjour,

Je suis en 1ère année de BUT Carrières Juridiques. Pour la ressource R1.02 "Droit des contrats" (ICJR1.O2 sur mon relevé), l'enseignante nous a dit que tout serait sur Ecampus mais ce cours n'existe pas : dans la catégorie IUT > Carrières juridiques > BUT 1 il y a toutes les autres ressources sauf celle-là. Elle-même nous a dit qu'elle ne le trouvait pas.

Merci de votre retour,
Ambre Gosselin
""", G(codes=[("ICJR1.02", "ICJR1.O2")], sym="course_missing",
       note="BUT CJ student: no Ecampus space exists for one resource (code written with O for 0)"))

Mail("s44", "etu-cas-favori-destination", ("Margaux Lemarchand", "margaux.lemarchand@etu.unicaen.fr"), CEMU,
     "Problème de connexion : destination finale", "2025-10-27 07:45", """Bonjour,

Depuis ce matin quand je me connecte j'ai le message :
"Connexion réussie. Bienvenue 23018847. Vous vous êtes authentifié(e) auprès du Service Central d'Authentification. Toutefois, vous voyez cette page car CAS ne connaît pas votre destination finale ni comment vous y rediriger."

J'utilise le favori que j'avais enregistré l'an dernier. Que dois-je faire ?

Merci
Margaux Lemarchand
""", G(nums=["23018847"], sym="cas_unknown_destination", note="Student using an old bookmark gets the CAS 'destination finale' page"),
     charset="iso-8859-1", cte="8bit")

Mail("s45", "etu-cas-google-premier-lien", ("Antoine Vasseur", "antoine.vasseur@etu.unicaen.fr"), CEMU,
     "Impossible d'aller sur Ecampus depuis Google", "2025-09-09 10:02", """Bonjour,

Quand je tape "ecampus unicaen" dans Google et que je clique sur le premier lien, j'arrive sur https://cas.unicaen.fr/login, je me connecte, et je reste bloqué sur une page « Connexion réussie ». Si je rafraîchis, même chose. Mes camarades ont le même problème.

Le lien du site est-il cassé ?

Antoine Vasseur (L1 Sciences de la vie)
""", G(sym="cas_unknown_destination",
       note="Student goes through Google to cas.unicaen.fr/login and stays on 'Connexion réussie'"))

Mail("s46", "etu-erasmus-depart-rattrapage", ("Élise Gautier", "elise.gautier@etu.unicaen.fr"), CEMU,
     "Accès à un cours pendant mon Erasmus", "2025-10-17 16:16", """Bonjour,

Je suis actuellement en Erasmus à Leipzig pour le premier semestre (départ validé par le SRI). Je dois cependant repasser l'UE Histoire contemporaine (HHIS314) de l'an dernier en rattrapage, avec l'accord de ma responsable de licence, et je n'apparais plus du tout dans l'espace Ecampus du cours : je ne peux pas accéder aux documents ni au dépôt du dossier.

Mes autres cours de Caen ont aussi disparu mais ça c'est normal je suppose.

Numéro étudiant : 22007315

Merci d'avance,
Élise Gautier
""", G(codes=[("HHIS314", "HHIS314")], nums=["22007315"], sym="not_enrolled",
       note="Outgoing Erasmus student needs access to one Caen course she is no longer enrolled in"))

Mail("s47", "etu-medecine-pas-inscrit-ue07", ("Thomas Duval", "thomas.duval@etu.unicaen.fr"), CEMU,
     "Pas inscrit UE 7 (DFGSM2)", "2025-09-19 08:03", """Bonjour,

Je suis en DFGSM2 et je n'ai pas accès au cours de l'UE 7 Appareil locomoteur (SM2UE07) : quand je clique sur le lien depuis la catégorie DFGSM2 j'ai le message "Vous ne pouvez pas vous inscrire vous-même à ce cours" (capture jointe). Les autres UE fonctionnent.

Je suis redoublant, peut-être que ça vient de là ?

Thomas Duval - 23012954
""", G(codes=[("DFGSM2", "DFGSM2"), ("SM2-UE07", "SM2UE07")], nums=["23012954"], sym="not_enrolled",
       note="Repeating medical student not enrolled in one UE course, gets the self-enrolment message"),
     attach=[("png", "Capture d’écran 2025-09-19 075812.png")], kind="alt", style="outlook", mid="outlook")

Mail("s48", "etu-medecine-ed-change", ("Jeanne Poirier", "jeanne.poirier@etu.unicaen.fr"), CEMU,
     "Groupe d'ED pas à jour sur Ecampus", "2025-10-01 12:49", """Bonjour,

La scolarité de l'UFR Santé m'a changée de groupe d'ED le 22 septembre (je suis passée du SM3-ED08 au SM3-ED11 pour raison de stage). Sur Ecampus, dans le cours SM3-UE05, je suis toujours dans SM3-ED08 et je ne vois pas les documents et les convocations de mon nouveau groupe.

Merci de faire le nécessaire,
Jeanne Poirier - DFGSM3 - 22005612
""", G(codes=[("SM3-ED08", "SM3-ED08"), ("SM3-ED11", "SM3-ED11"), ("SM3-UE05", "SM3-UE05"), ("DFGSM3", "DFGSM3")],
       nums=["22005612"], sym="wrong_group", note="Medical student changed ED group but Ecampus still shows the old one"),
     cte="base64")

Mail("s49", "etu-daeu-groupe-distance", ("Sandrine Lemoine", "sandrine.lemoine76@laposte.net"), CEMU,
     "DAEU : mauvais groupe", "2025-10-12 19:40", """Bonjour,

Je suis en DAEU B, en cours du soir sur le campus 1 (groupe du soir). Sur Ecampus, dans le cours de mathématiques DAEU-MA1, je me retrouve dans le groupe "DAEU-DIST" (les personnes à distance) et pas dans "DAEU-SOIR". Je ne vois donc pas les exercices que le professeur dépose pour notre groupe le mardi soir.

Je ne suis pas très à l'aise avec l'informatique, merci de m'indiquer si je dois faire quelque chose moi-même.

Sandrine Lemoine
n° étudiante : 25300652
""", G(codes=[("DAEU-MA1", "DAEU-MA1"), ("DAEU-DIST", "DAEU-DIST"), ("DAEU-SOIR", "DAEU-SOIR")], nums=["25300652"],
       sym="wrong_group", note="Evening DAEU student placed in the distance group of a course"),
     charset="iso-8859-1", cte="quoted-printable")

Mail("s50", "etu-esix-pas-inscrit-mec07", ("Quentin Lerouge", "quentin.lerouge@etu.unicaen.fr"), CEMU,
     "Inscription cours Automatique ESIX", "2025-09-16 10:10", """Bonjour,

Je ne suis pas inscrit au cours d'Automatique continue (X3MEC07) sur Ecampus alors que je suis en 3e année mécatronique. Mon binôme y est. J'ai un TP noté jeudi et le sujet est sur la page du cours.

Quentin Lerouge
n° 23 016 112

""" + zim_fwd("2025-09-15 18:05", "Philippe Gosset", "philippe.gosset@unicaen.fr", "TP noté jeudi", "esix-meca3a@listes.unicaen.fr") + """

Bonjour,
Le sujet du TP noté de jeudi est disponible sur la page Ecampus du cours X3.MEC07. Lisez-le avant la séance.
P. Gosset
""", G(codes=[("X3.MEC07", "X3MEC07"), ("X3.MEC07", "X3.MEC07")], nums=["23016112"], sym="not_enrolled",
       note="Engineering student not enrolled in one course (code written without the dot; forwards teacher's mail)"), flags=("quoted",), kind="alt", style="zimbra", mid="zimbra")

Mail("s51", "doctorant-formation-ethique-absente", ("Pauline Renard", "pauline.renard@unicaen.fr"), CEMU,
     "Formation doctorale sans espace Ecampus", "2025-11-03 09:15", """Bonjour,

Je suis doctorante en 2e année (ED 591 PSIME). Je me suis inscrite via ADUM à la formation transversale "Éthique de la recherche et intégrité scientifique", code ED591T07. Le mail de l'école doctorale indique que les supports et le quiz de validation sont "sur Ecampus", mais je ne trouve aucun espace correspondant, ni par le code ni par le titre, et les autres doctorants inscrits non plus.

Pouvez-vous vérifier si l'espace a bien été créé ?

Bien cordialement,
Pauline Renard
Doctorante - Laboratoire LUSAC
""", G(codes=[("ED591T07", "ED591T07")], sym="course_missing",
       note="PhD student: no Ecampus space for a doctoral-school training module"))

Mail("s52", "etu-obs-tableau-filtre", ("Clara Hue", "clara.hue@etu.unicaen.fr"), CEMU,
     "cours qui n'est plus sur le tableau de bord", "2025-10-23 17:02", """Bonjour,

Depuis que j'ai cliqué sur un menu déroulant dans "Vue d'ensemble des cours" (je crois que j'ai choisi "En cours" au lieu de "Tous"), le cours de Cosmologie OBM2.203 ne s'affiche plus sur mon tableau de bord. Je n'arrive pas à revenir comme avant.

Clara Hue - M2 Astrophysique
""", G(codes=[("OBM2.203", "OBM2.203")], sym="course_not_on_dashboard",
       note="Student changed the dashboard filter and one course no longer shows"))

Mail("s53", "etu-arts-atelier-archive", ("Louise Berthelot", "louise.berthelot@etu.unicaen.fr"), CEMU,
     "Cours d'atelier renommé \"archive\"", "2025-09-11 13:30", """Bonjour,

L'espace du cours d'atelier de L2 arts plastiques que j'utilisais l'an dernier pour mon portfolio, "(AP2ATL2) Atelier volume", s'appelle maintenant "[Archive 2024-2025] (AP2ATL2) Atelier volume" et il est rangé dans une catégorie Archives. Je n'y vois plus mes dépôts.

Une amie m'a dit qu'il y avait un nouveau cours AP2ATL3 cette année, est-ce que c'est le même ? Où sont passés mes fichiers ?

Louise Berthelot, L2 Arts plastiques (ARPL2)
""", G(codes=[("AP2ATL2", "AP2ATL2"), ("AP2ATL3", "AP2ATL3"), ("ARPL2", "ARPL2")], sym="course_moved_renamed",
       note="Art student: last year's workshop course renamed '[Archive]' and moved; new code this year"),
     kind="alt", style="gmail")

Mail("s54", "etu-test-ferme-trop-tot", ("Kevin Marie", "kevin.marie@etu.unicaen.fr"), CEMU,
     "Test fermé avant la fin", "2025-11-20 15:20", """Bonjour,

Pendant le test de chimie organique (SCHI203) de ce matin, en salle S3-045 sur le wifi UNICAEN-ETU, le test s'est fermé tout seul au bout de 20 minutes alors qu'on devait avoir 45 minutes, et il a envoyé mes réponses alors que je n'avais pas fini. D'autres étudiants ont eu pareil.

Est-ce un problème d'Ecampus ou un réglage du professeur ? Peut-on le repasser ?

Kevin Marie (22011893)
""", G(codes=[("SCHI203", "SCHI203")], nums=["22011893"], sym="other",
       note="Student's quiz closed after 20 min instead of 45 (quiz settings question)"))

Mail("s55", "etu-merci-ca-marche", ("Nina Roussel", "nina.roussel@etu.unicaen.fr"), CEMU,
     "RE: [CEMU #5190] Inscription cours espagnol", "2025-10-02 10:12", """Bonjour,

C'est bon, je suis bien inscrite dans le cours depuis ce matin et je vois tous les documents. Merci beaucoup pour votre aide rapide !

Bonne journée,
Nina

""" + ol_hdr("2025-10-01 16:40", "CEMU Assistance", CEMU, "Nina Roussel <nina.roussel@etu.unicaen.fr>",
              "RE: [CEMU #5190] Inscription cours espagnol") + """
Bonjour,

Votre inscription pédagogique à l'élément LSD-ESA2 a été complétée aujourd'hui par la scolarité (jusqu'au groupe ESA2-G03). Elle sera prise en compte sur Ecampus après la synchronisation de cette nuit.

Cordialement,
""" + CEMU_SIG + """

""" + ol_hdr("2025-09-29 09:03", "Nina Roussel", "nina.roussel@etu.unicaen.fr", CEMU,
             "Inscription cours espagnol") + """
Bonjour, je ne suis pas inscrite au cours d'espagnol A2 sur Ecampus. Numéro 24009961. Merci.
""", G(codes=[("LSD-ESA2", "LSD-ESA2"), ("ESA2-G03", "ESA2-G03")], nums=["24009961"], sym="other",
       note="Student thanks the CEMU: enrolment problem solved (quoted history cites course and group)"),
     kind="alt", style="outlook", mid="outlook", flags=("quoted",), irt="<5190.cemu@assistance.unicaen.fr>")

Mail("s56", "etu-bdd-dimanche-revisions", ("Arthur Lecanu", "arthur.lecanu@etu.unicaen.fr"), CEMU,
     "Ecampus inaccessible ce matin", "2026-01-11 10:06", """Bonjour,

Ce dimanche matin Ecampus affiche "Error: Database connection failed" sur toutes les pages (même la page d'accueil). Je révise mes partiels de lundi (droit des sociétés, D3AFF02) et tous les cours sont dessus. Est-ce que ça va revenir bientôt ?

Arthur Lecanu, L3 droit
""", G(codes=[("D3AFF02", "D3AFF02")], sym="database_error",
       note="Student: Ecampus shows 'Database connection failed' on a Sunday morning during revisions"),
     attach=[("png", "ecampus.png")])

Mail("s57", "etu-llce-pas-inscrit-an10b", ("Zoé Carpentier", "zoe.carpentier@etu.unicaen.fr"), CEMU,
     "Inscription cours thème/version", "2025-09-22 17:25", """Bonjour,

Je suis en L1 LLCE anglais (1LANGL-701) et je ne suis pas inscrite dans l'espace Ecampus "(AN-10B) Thème et version 1", alors que je suis dans le groupe de TD de Mme Pollard (AN10B-G2) depuis la rentrée. Elle m'a dit de vous contacter.

Mon numéro étudiant : 25012277.

Merci d'avance.
Zoé Carpentier

""" + gm_attr("2025-09-22 12:40", "Deborah Pollard", "deborah.pollard@unicaen.fr") + """
> Bonjour Zoé,
> Vous n'êtes effectivement pas dans la liste des participants de AN-10B. Écrivez au CEMU
> (cemu.assistance@unicaen.fr) en donnant votre numéro étudiant.
> DP
""", G(codes=[("1LANGL", "1LANGL-701"), ("AN-10B", "AN-10B"), ("AN-10B-G2", "AN10B-G2")], nums=["25012277"],
       sym="not_enrolled", note="L1 LLCE student not enrolled in her translation course (quotes teacher's reply)"), flags=("quoted",), mid="gmail")

Mail("s58", "etu-inspe-pas-sur-tableau", ("Adèle Brunet", "adele.brunet@etu.unicaen.fr"), CEMU,
     "Cours non visible sur le tableau de bord", "2025-10-09 21:37", """Bonsoir,

En M1 MEEF (MEEF1P), le cours "Analyse de pratiques" (1CA162) n'apparaît pas sur mon tableau de bord, alors qu'il est bien là quand je passe par le menu "Mes cours" en haut. J'ai l'impression que c'est seulement l'affichage. J'ai essayé de mettre le cours en favori mais l'étoile n'apparaît pas dans le tableau de bord.

Adèle Brunet
""", G(codes=[("MEEF1P", "MEEF1P"), ("1CA162", "1CA162")], sym="course_not_on_dashboard",
       note="INSPE student: course visible in 'Mes cours' but not on the dashboard"),
     kind="html", style="gmail", cte="quoted-printable", mid="gmail")

Mail("s59", "etu-relance-toujours-pas-inscrit", ("Hugo Lesueur", "hugo.lesueur@etu.unicaen.fr"), CEMU,
     "Re: [CEMU #5211] Pas inscrit droit des sociétés", "2025-10-06 09:50", """Bonjour,

Je me permets de vous relancer : toujours pas inscrit dans le cours de droit des sociétés (D3AFFO2) ce matin, alors que la scolarité me dit avoir "tout refait" jeudi dernier. Le TD noté est mercredi.

Merci,
Hugo Lesueur

""" + gm_attr("2025-09-30 14:12", "CEMU Assistance", CEMU) + """
> Bonjour,
>
> D'après APOGÉE, votre inscription pédagogique à l'élément D3AFF02 existe, mais
> vous n'êtes affecté à aucun groupe de TD alors que cet élément en comporte : sans
> groupe, l'inscription n'est pas transmise à Ecampus. Nous avons prévenu la
> scolarité de l'UFR de Droit.
>
> Cordialement,
> L'équipe Assistance du CEMU
>
> > Bonjour, je ne suis pas dans le cours D3AFF02 (droit des sociétés), num 22014407.
""", G(codes=[("D3AFF02", "D3AFFO2"), ("D3AFF02", "D3AFF02")], nums=["22014407"], sym="not_enrolled",
       note="Student follows up: still not enrolled after scolarité said it fixed his group"),
     mid="gmail", flags=("quoted",), irt="<5211.cemu@assistance.unicaen.fr>")

Mail("s60", "etu-date-rattrapage-psycho", ("Mélissa Joly", "melissa.joly@etu.unicaen.fr"), CEMU,
     "dates rattrapages L2 psycho", "2026-01-27 18:05", """Bonjour,

Savez-vous quand auront lieu les examens de la session 2 du semestre 3 en L2 psychologie ? Sur l'ENT je ne trouve que le calendrier de la session 1 (du 5 au 16 janvier), rien pour "RATT-S3 2025/2026". Je dois réserver un billet de train (TER 3321 Caen-Rouen) pour mon stage.

Merci
Mélissa
""", G(sym="other", note="Student asks the exam dates of the second session (not about Ecampus)"))
