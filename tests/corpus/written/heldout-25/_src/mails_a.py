from mk import mail, PNG

mail(1, "etu-l2-histoire-td", "lucas.morel@etu.unicaen.fr", "cours histoire moderne", """bonjour

je suis en L2 histoire et je vois pas le cours d'histoire moderne sur ecampus (his2b03) alors que j'ai cours tous les mardis en TD2 avec Mme Pasquier salle S3-045.
Les autres de mon TD l'ont tous.
je me suis reinscrit en janvier apres mon changement de groupe, est ce que c'est pour ca ?

merci
Lucas Morel
""", codes=[("HIS2B03", "his2b03"), ("HIS2B03T2", "TD2")], said=["HSL2"],
     sym="not_enrolled", role="student", note="L2 history student does not see HIS2B03, TD2 named by code-like word",
     day=1, hm=(8, 12), cte="8bit", name="Lucas Morel")

mail(2, "scol-droit-tableau-td", "catherine.lemaitre@unicaen.fr",
     "Affectations TD Droit des obligations - erreurs après changement de groupes", "", fmt="html",
     html="""<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,sans-serif">
<p>Bonjour,</p>
<p>Suite aux changements de groupes du second semestre (validés en commission le 28 janvier), plusieurs
étudiants de <b>LDRT2</b> n'apparaissent pas dans le bon groupe sur l'espace Ecampus du cours
<b>DR22-OBL</b> (Droit des obligations 2). Dans Apogée tout est correct de notre côté.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>N° étudiant</th><th>Nom</th><th>Groupe Apogée</th><th>Groupe affiché sur Ecampus</th></tr>
<tr><td>24003318</td><td>BAZIN Clémence</td><td>DR22-OBLT3</td><td>DR22-OBLT5</td></tr>
<tr><td>24017760</td><td>N'DIAYE Ousmane</td><td>DR22-OBLT3</td><td>aucun</td></tr>
<tr><td>23091425</td><td>ROUSSEL Inès</td><td>DR22-OBLT6</td><td>DR22-OBLT3</td></tr>
</table>
<p>Les chargés de TD ont besoin des groupes pour les devoirs de la semaine prochaine (rendu le 12/02).</p>
<p>Merci d'avance,</p>
<p style="color:#555">Catherine Lemaître<br>Scolarité Licence Droit – UFR Droit, AES et Administration publique<br>
Bâtiment D, bureau D 112 – Esplanade de la Paix – 14032 Caen cedex 5<br>Tél. 02 31 56 54 87</p>
</body></html>""",
     codes=[("LDRT2", "LDRT2"), ("DR22-OBL", "DR22-OBL"), ("DR22-OBLT3", "DR22-OBLT3"), ("DR22-OBLT5", "DR22-OBLT5"),
            ("DR22-OBLT6", "DR22-OBLT6")], nums=["24003318", "24017760", "23091425"],
     sym="wrong_group", role="staff", note="law scolarité: HTML table of three students in wrong TD groups",
     day=1, hm=(10, 41), name="Catherine Lemaître")

mail(3, "erasmus-en-history", "giulia.romano@etu.unicaen.fr", "Cannot access my courses (Erasmus student)", """Dear Sir or Madam,

I am an Erasmus exchange student from the University of Padova, I arrived in Caen last week for the spring semester (Lettres / sciences humaines). My learning agreement includes two courses of the History department:
- Histoire de la Normandie (HIS 3B05)
- Archéologie médiévale, HIS3B07

I can log into Ecampus but my dashboard is empty, I do not see any of these courses. My student number is 26100472. The international office told me that they registered my choices on 29 January.

Could you please enrol me or tell me who I should contact?

Thank you very much,
Giulia Romano
""", codes=[("HIS3B05", "HIS 3B05"), ("HIS3B07", "HIS3B07")], nums=["26100472"], said=["ERASAC"], lang="en",
     sym="not_enrolled", role="student", note="incoming Erasmus (English) not enrolled in two history courses",
     day=1, hm=(14, 3), name="Giulia Romano")

mail(4, "iut-gea-enseignant-absent", "franck.duval@unicaen.fr", "Pas inscrit comme enseignant - GEA R2.07", """Bonjour,

Je suis enseignant au département GEA de l'IUT Grand Ouest Normandie (site de Caen) et j'assure depuis cette semaine la ressource R2.07 Comptabilité 2 (GEA R2.07 dans Apogée) pour les trois TD de première année, en remplacement d'un collègue en congé.

Le planning ADE a été mis à jour par le secrétariat jeudi dernier, mais je ne suis toujours pas enseignant dans l'espace Ecampus : https://ecampus.unicaen.fr/course/view.php?id=58214
Je n'ai qu'un accès « invité ».

Pourriez-vous m'inscrire ou me dire ce qui bloque ?

Cordialement,

Franck Duval
Enseignant contractuel - Département GEA
IUT Grand Ouest Normandie - Boulevard Maréchal Juin - 14000 Caen
Tél : 02 31 56 70 12 | Bureau 2.14
""", codes=[("GEAR2.07", "GEA R2.07")], ids=[58214], sym="teacher_not_enrolled", role="staff",
     note="GEA replacement teacher not enrolled in GEAR2.07; R2.07 alone is only the resource name",
     day=1, hm=(16, 55), cs="iso-8859-1", cte="qp", name="Franck Duval")

mail(5, "auto-absence-fr", "sylvie.bertin@unicaen.fr", "Réponse automatique : Ticket CEMU n°2027020200087", """Bonjour,

Je suis absente du bureau jusqu'au lundi 15 février 2027 inclus, avec un accès très limité à ma messagerie.
Pour toute question urgente concernant les inscriptions, merci de contacter le secrétariat au 02 31 56 60 00 ou scol.sciences@unicaen.fr.

Cordialement,
Sylvie Bertin
""", auto=True, sym="other", role="unknown", note="French out-of-office answering a CEMU ticket",
     day=2, hm=(7, 30), extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")], name="Sylvie Bertin")

mail(6, "etu-l1-psycho-mdp", "25031877@etu.unicaen.fr", "MOT DE PASSE", """BONJOUR
JE SUIS EN L1 PSYCHO ET DEPUIS LA REINITIALISATION DE MON MOT DE PASSE JE PEUX PLUS ME CONNECTER A ECAMPUS NI A MA MESSAGERIE. CA ME DIT IDENTIFIANT OU MOT DE PASSE INCORRECT ALORS QUE JE SUIS SUR DU MOT DE PASSE.
J'AI UN PARTIEL EN LIGNE VENDREDI !!!
MON INE C'EST 2405012793K SI CA PEUT AIDER
MERCI
""", nums=["25031877"], said=["LPSY1"], sym="cannot_login", role="student",
     note="L1 psychology student in caps cannot log in after password reset; INE is a look-alike",
     day=2, hm=(22, 47), cte="8bit")

mail(7, "ens-inf-cours-invisible", "amelie.guerin@unicaen.fr", "Mes étudiants ne voient pas le cours d'apprentissage automatique", """Bonjour,

Mes étudiants de M1 informatique m'indiquent qu'ils n'ont pas accès au cours INF1M07 (Apprentissage automatique) : https://ecampus.unicaen.fr/course/view.php?id=61233
Quand ils cliquent sur le lien ils ont le message « Ce cours n'est pas accessible aux étudiants pour l'instant ».

De mon côté je vois bien le cours et la liste des participants semble complète (62 inscrits, les deux groupes de TP). Je n'ai pas touché à la visibilité. Le cours a-t-il été caché par un script lors du passage au second semestre ?

Le premier TP noté est lundi 8 février, 13h30, salle S2-113.

Merci beaucoup,
Amélie Guérin
Maîtresse de conférences – UFR des Sciences, département Informatique
GREYC – Campus 2, bâtiment Sciences 3, bureau S3-330
""", codes=[("INF1M07", "INF1M07")], ids=[61233], said=["MINF1"], fmt="alt",
     sym="students_cannot_see_course", role="staff", note="M1 informatique teacher: students cannot access hidden course",
     day=3, hm=(11, 18), name="Amélie Guérin")

mail(8, "etu-bio-tableau-de-bord", "manon.leroux@etu.unicaen.fr", "cours genetique disparu du tableau de bord", """Bonjour,

Depuis hier le cours de génétique (bio4ue 21) n'apparait plus dans mon tableau de bord, pourtant j'arrive a y aller par le lien que la prof nous a envoyé et je vois mes notes de TP dedans donc je suis bien inscrite je pense.
Je suis en L2 SV, groupe de TP 4.
Est ce que c'est un bug ? Les autres cours sont la.

Bonne journée
Manon
""", codes=[("BIO4UE21", "bio4ue 21"), ("BIO4UE21P4", "groupe de TP 4")], said=["LSV2"],
     sym="course_not_on_dashboard", role="student", note="L2 SV student: enrolled course missing from dashboard",
     day=3, hm=(12, 2), cte="8bit")

mail(9, "etu-cas-destination", "24011587@etu.unicaen.fr", "page CAS bloquée", """Bonjour,

quand je vais sur ecampus depuis google j'arrive sur une page qui dit :

"Connexion réussie
Bienvenue 24011587. Vous vous êtes authentifié(e) auprès du Service Central d'Authentification. Toutefois, vous voyez cette page car CAS ne connaît pas votre destination finale ni comment vous y rediriger."

et après il se passe rien, je reste sur cas.unicaen.fr. J'ai essayé avec Chrome et Firefox.

Cordialement
Yanis B.
""", nums=["24011587"], sym="cas_unknown_destination", role="student",
     note="student lands on CAS 'destination inconnue' page from a search engine", day=3, hm=(19, 40))

mail(10, "ens-pharma-erreur-bdd", "olivier.marchand@unicaen.fr", "Erreur base de données Ecampus ce dimanche", """Bonjour,

Ce dimanche vers 9h45 j'essayais de déposer le sujet de l'examen de Pharmacologie générale (PHA3112) dans mon espace https://ecampus.unicaen.fr/course/view.php?id=57402 et j'ai eu à deux reprises une page blanche avec « Erreur de lecture de la base de données ».
Vers 11h30 cela fonctionnait de nouveau. Est-ce normal ? Je voudrais être sûr que le dépôt n'a pas été enregistré en double.

Bien à vous,
O. Marchand
UFR Santé – Pharmacie
""", codes=[("PHA3.112", "PHA3112")], ids=[57402], sym="database_error", role="staff",
     note="pharmacy teacher: database read error on Sunday morning; dot dropped in code", day=7, hm=(12, 5),
     cs="windows-1252", cte="qp", name="Olivier Marchand")

mail(11, "scol-staps-trop-enseignants", "nadege.pichon@unicaen.fr", "ST 41207 : trop d'enseignants inscrits", """Bonjour,

Les étudiants de L2 STAPS se plaignent de recevoir des annonces de 9 enseignants différents dans le cours de Physiologie de l'effort (ST 41207). Seuls M. Hamel et Mme Costa interviennent cette année.
Les autres (Leclerc, Vautier, Bénard, Marie, Ozenne, Hue, Lepetit) intervenaient l'an dernier ou sur d'autres groupes.

Dans ADE le planning ne comporte que les deux noms. Faut-il que je les retire moi-même ?

Nadège Pichon
Gestionnaire de scolarité – UFR STAPS
2 boulevard du Maréchal Juin, 14032 Caen cedex
02 31 56 72 90
""", codes=[("ST41207", "ST 41207")], said=["LSTAP2"], sym="too_many_teachers", role="staff",
     note="STAPS secretary: nine teachers enrolled where two teach", day=4, hm=(9, 26), name="Nadège Pichon")

mail(12, "ens-psy-participants", "julien.renaud@unicaen.fr", "bloc Participants introuvable", """Bonjour,

Nouveau venu à l'UFR de psychologie, je reprends le cours de psychologie sociale (PSY401A). Dans la documentation qu'on m'a donnée il est question d'un bloc « Participants » à droite de la page pour voir la liste des étudiants, mais je ne le trouve nulle part.
Est-il désactivé sur ce cours ?

Merci,
Julien Renaud
ATER Psychologie sociale
""", codes=[("PSY401A", "PSY401A")], sym="participants_block_missing", role="staff",
     note="new teacher cannot find Participants block", day=4, hm=(15, 11))

mail(13, "du-cg-cohorte", "veronique.hebert@unicaen.fr", "Cohorte DU Capacité de gestion - modules 3 et 4", """Bonjour,

Je coordonne le DU Capacité de Gestion des Entreprises (FOAD). Les stagiaires de 1re année du DU ne sont toujours pas inscrits dans les modules du second semestre (DUCG-M03 Gestion financière et DUCG M04 Fiscalité), sans doute parce que leurs inscriptions pédagogiques ont été saisies tard.

Est-ce que je peux ajouter la cohorte « CEMU: DU Capacité de Gestion des Entreprises - FOAD » dans ces deux espaces en attendant ? Et devrai-je la retirer ensuite ? La promo fait 37 personnes.

Merci pour vos conseils,
Véronique Hébert
Responsable pédagogique DU CGE – IAE Caen
3 rue Claude Bloch – 14000 Caen – 02 31 56 65 40
""", codes=[("DUCG-M03", "DUCG-M03"), ("DUCG-M04", "DUCG M04")], said=["DUCGE"],
     sym="cohort_question", role="staff", note="DU coordinator asks whether to add the FOAD cohort temporarily",
     day=4, hm=(17, 2), fmt="alt", name="Véronique Hébert")

mail(14, "ens-histoire-cours-archive", "pierre.lecanu@unicaen.fr", "Mon cours d'histoire moderne a été archivé ?", """Bonjour,

Mon espace « (HIS2B09) Histoire moderne » (https://ecampus.unicaen.fr/course/view.php?id=44120) se trouve maintenant dans une catégorie « Archives 2025-2026 » et les étudiants n'y ont plus accès. J'y avais tout mon contenu (cours, quiz, 14 vidéos).
La scolarité me dit qu'avec la nouvelle maquette le cours s'appelle maintenant HIS2B03 et qu'il existe déjà un espace vide : https://ecampus.unicaen.fr/course/view.php?id=60877

Comment récupérer mon contenu dans le nouvel espace ? Puis-je le faire moi-même ?

Cordialement,
Pierre Lecanu
Professeur agrégé, département d'histoire
""", codes=[("HIS2B09", "HIS2B09"), ("HIS2B03", "HIS2B03")], ids=[44120, 60877],
     sym="course_moved_renamed", role="staff", note="history teacher: old code archived, new code has empty course",
     day=5, hm=(8, 49))

mail(15, "ens-iae-cours-inexistant", "thomas.vasseur@unicaen.fr", "IAE 1C04 - espace de cours introuvable", """Bonjour,

Je dois démarrer lundi le cours « Systèmes d'information de gestion » du M1 CGAO (code IAE 1C04 sur ma fiche de service) mais je ne trouve aucun espace correspondant sur Ecampus, ni dans la catégorie IAE ni par la recherche.
Les autres cours du semestre existent bien (IAE-1C03 par exemple).

Merci de me dire si l'espace doit être créé ou s'il a un autre nom.

Thomas Vasseur
Intervenant – IAE Caen
06 71 24 38 90
""", codes=[("IAE-1C04", "IAE 1C04"), ("IAE-1C03", "IAE-1C03")], sym="course_missing", role="staff",
     note="IAE teacher cannot find course space for IAE-1C04", day=5, hm=(10, 30))

mail(16, "etu-lea-nom-accent", "helene.dufour@etu.unicaen.fr", "Erreur sur mon prénom", """Bonjour,

Je suis en 2e année de LEA anglais-espagnol. Sur Ecampus mon prénom est écrit "Helene" sans accents et mon nom "DUFOUR-LE GALL" est coupé en "Dufour". Du coup mes profs ne me trouvent pas dans la liste pour les notes de l'oral.

Est-ce que vous pouvez corriger ?

Merci d'avance,
Hélène Dufour-Le Gall
""", said=["LLEA2"], sym="wrong_name", role="student", note="LEA student: first name without accents and truncated surname",
     day=5, hm=(13, 15), cs="iso-8859-1", cte="qp", name="Hélène Dufour-Le Gall")

mail(17, "spam-boite-pleine", "admin-service@unicaen-webmail.top", "Votre quota de messagerie est dépassé", "",
     fmt="html", html="""<html><body>
<table width="100%" style="font-family:Arial"><tr><td style="background:#0b5394;color:#fff;padding:10px">
<b>Université - Service Messagerie</b></td></tr>
<tr><td style="padding:10px">Cher utilisateur,<br><br>
Votre boîte aux lettres a atteint 98% de sa capacité (1,96 Go / 2 Go). Vous ne pourrez plus recevoir de messages dans 24 heures.<br>
Cliquez ci-dessous pour valider votre compte et augmenter gratuitement votre quota :<br><br>
<a href="http://unicaen-webmail.top/verify?u=cemu">VALIDER MON COMPTE</a><br><br>
Équipe technique Office 365 – ID dossier 884-22019</td></tr></table></body></html>""",
     sym="other", role="unknown", note="phishing spam about mailbox quota", day=6, hm=(3, 14), name="Service Messagerie")

mail(18, "etu-geo-merci-regle", "theo.lamy@etu.unicaen.fr", "Re: [CEMU #2027020412000091] pas dans mon groupe de TD en cartographie", """C'est bon je suis dans le bon groupe maintenant, merci beaucoup !!

Théo

Le 04/02/2027 à 16:22, CEMU Assistance a écrit :
> Bonjour,
>
> Dans Apogée, vous avez bien été affecté le 3 février au cours GEO4CA1 (Cartographie), groupe TD2 ; la modification sera visible sur Ecampus après la synchronisation de cette nuit.
>
> Cordialement,
> L'équipe du CEMU
>
>> Le 03/02/2027 à 09:10, Théo Lamy a écrit :
>> bonjour je suis pas dans mon groupe de TD sur ecampus en carto, je devrais être dans le 2
""", codes=[("GEO4CA1", "GEO4CA1"), ("GEO4CA1T2", "TD2")], sym="other", role="student",
     note="thanks, problem solved; codes only in quoted CEMU answer", day=6, hm=(10, 20),
     irt="<ticket2027020412000091@cemu.unicaen.fr>", name="Théo Lamy")

mail(19, "alternant-gea-groupe", "kevin.jouan@etu.unicaen.fr", "groupe alternants", """Bonjour,

Je suis alternant en BUT GEA 2e année depuis février (entreprise Lactalis, contrat signé le 25 janvier). Sur ecampus dans le cours gestion de la paie GEAR4.06 je suis dans le TD1 avec les initiaux au lieu d'être dans le groupe des alternants, du coup je vois les devoirs et les dates du TD1 qui ne correspondent pas à mon calendrier d'alternance.

La secrétaire du département m'a dit que c'était corrigé dans Apogée.

Merci
Kévin Jouan
""", codes=[("GEAR4.06", "GEAR4.06"), ("GEA2TD1", "TD1"), ("GEA2ALT", "groupe des alternants")], said=["BGEA2"],
     sym="wrong_group", role="student", note="new apprentice in BUT GEA 2 placed in TD1 instead of apprentices' group",
     day=8, hm=(9, 5))

mail(20, "visiting-teacher-en", "sarah.whitfield@unicaen.fr", "Not enrolled as teacher in American civilisation course", """Hello,

I am a visiting lecturer from the University of Leeds, teaching the American Civilisation module (AN-22C) this semester in the English department, Tuesdays 10:00-12:00 in amphi B.

My colleague Dr Hervieu told me I should appear as a teacher in the Ecampus space of the course, but when I log in I only see the "Atelier Moodle niveau 1" space. My staff account was activated on 1 February.

Could you please add me as a teacher, or tell me what the department needs to do?

Best regards,
Sarah Whitfield
Visiting Lecturer, Département d'études anglophones
+44 113 343 0000
""", codes=[("AN-22C", "AN-22C")], lang="en", sym="teacher_not_enrolled", role="staff",
     note="visiting lecturer (English) not enrolled as teacher", day=8, hm=(11, 40), fmt="alt", name="Sarah Whitfield")

mail(21, "fwd-inspe-etudiante", "martine.delaunay@unicaen.fr", "TR: inscription cours stage M1", """Bonjour,

Je vous transfère la demande d'une étudiante de M1 MEEF 1er degré. Elle est bien inscrite pédagogiquement au 2CA203 (groupe 3 dans Apogée, tutrice Mme Picot) depuis le 20 janvier.

Bien cordialement,
Martine Delaunay
Scolarité INSPE Normandie Caen – site de Caen
186 rue de la Délivrande – 14000 Caen
Tél. 02 31 56 62 11

-----Message d'origine-----
De : Clara Fontaine <clara.fontaine@etu.unicaen.fr>
Envoyé : lundi 8 février 2027 08:14
À : scolarite.inspe@unicaen.fr
Objet : cours stage

Bonjour madame,
je n'ai toujours pas accès au cours du stage de pratique accompagnée sur ecampus, ma binôme l'a depuis 2 semaines. Mon numéro étudiant est le 25048833.
Merci,
Clara Fontaine
""", codes=[("2CA203", "2CA203"), ("2CA203G3", "groupe 3")], nums=["25048833"], said=["MEEF1P"],
     sym="not_enrolled", role="staff", note="INSPE scolarité forwards M1 MEEF student not enrolled in 2CA203",
     day=8, hm=(14, 26), cs="windows-1252", cte="qp", name="Martine Delaunay")

mail(22, "bounce-lea", "MAILER-DAEMON@smtp.unicaen.fr", "Undelivered Mail Returned to Sender", """This is the mail system at host smtp.unicaen.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<cemu.assitance@unicaen.fr>: host mx.unicaen.fr[193.55.120.24] said: 550 5.1.1
    <cemu.assitance@unicaen.fr>: Recipient address rejected: User unknown

------ Original message ------
From: Maëlle Caron <maelle.caron@etu.unicaen.fr>
To: cemu.assitance@unicaen.fr
Subject: cours anglais éco
Date: Mon, 8 Feb 2027 17:50:02 +0100

Bonjour, je ne suis pas inscrite dans le cours d'anglais économique LEA4203 alors que j'y suis en Apogée. numéro étudiant 24066201
""", codes=[("LEA4203", "LEA4203")], nums=["24066201"], auto=True, lang="en",
     sym="other", role="unknown", note="bounce (misspelt address) quoting a student's request", day=8, hm=(17, 50),
     to="maelle.caron@etu.unicaen.fr", cte="8bit", extra=[("Auto-Submitted", "auto-replied")],
     name="Mail Delivery System")

mail(23, "ens-staps-cohorte-l3", "romain.lesage@unicaen.fr", "Ajouter la cohorte des L3 STAPS ?", """Bonjour,

Pour le cours de Planification de l'entraînement (ST61305), j'aimerais que tous les L3 STAPS entraînement sportif aient accès aux ressources, y compris ceux qui ne l'ont pas pris en option (ils en ont besoin pour le stage).
Est-ce que je peux synchroniser la cohorte de l'étape ? Je vois « Synchronisation des cohortes » dans Ajouter méthode, mais je ne sais pas laquelle choisir et si ça va tout casser.

Romain Lesage
PRAG EPS – UFR STAPS
""", codes=[("ST61305", "ST61305")], said=["LSTAP3"], sym="cohort_question", role="staff",
     note="STAPS teacher asks about adding L3 cohort to course", day=9, hm=(8, 3))

mail(24, "etu-aes-distance", "nathalie.girard@etu.unicaen.fr", "Inscription cours à distance", """Bonjour,

Je suis inscrite à distance en L3 AES (téléenseignement, je travaille à côté). Je n'ai pas accès aux cours de comptabilité de gestion (RCAED 334) et d'anglais des affaires (RCAED335) alors que mon contrat pédagogique les mentionne bien. Les autres matières du semestre sont là.

Je ne peux pas venir sur le campus, j'habite à Cherbourg. Mon numéro : 22107738.

Bien cordialement,
Nathalie Girard
""", codes=[("RCAED334", "RCAED 334"), ("RCAED335", "RCAED335")], nums=["22107738"], said=["LAES3D"],
     sym="not_enrolled", role="student", note="distance L3 AES student not enrolled in two elements",
     day=9, hm=(21, 12), cs="windows-1252", cte="qp", name="Nathalie Girard")

mail(25, "etu-droit-rattrapage", "ines.mallet@etu.unicaen.fr", "date rattrapage droit constit", """Bonjour,

je suis en L1 droit et je voudrais savoir quand a lieu le rattrapage de droit constitutionnel du S1, et si le rattrapage du dr12 con (S2) sera aussi en juin. Sur ecampus il y a pas d'info.

Merci bonne soirée
Inès
""", codes=[("DR12-CON", "dr12 con")], said=["LDRT1"], sym="other", role="student",
     note="L1 law student asks about resit dates (not a CEMU matter)", day=9, hm=(22, 30), cte="8bit")
