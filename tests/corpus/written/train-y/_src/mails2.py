from mails1 import M
SIG_IUT = """--
{n}
IUT Grand Ouest Normandie – site de Caen
Bât. B, bureau B-214 – Campus 3 – Boulevard Maréchal Juin – 14000 Caen
Tél. 02 31 56 70 12"""

M("ens-binf-ade-teacher", "Olivier Dufresne <olivier.dufresne@unicaen.fr>", "Pas inscrit comme enseignant - Réseaux 1",
"""Bonjour,

Je ne suis pas inscrit comme enseignant dans l'espace Ecampus de ⟦S2.INF08⟧ (Réseaux 1), alors que je fais tous les TP. Voici mon planning exporté d'ADE :

Date        Heure        Activité                 Groupe     Salle        Enseignant
12/10/2026  08:00-10:00  ⟦S2.INF08|S2.INF08⟧ TP Réseaux    ⟦INF08TP1⟧   IUT-C005     DUFRESNE O.
12/10/2026  10:15-12:15  S2.INF08 TP Réseaux    ⟦INF08TP2⟧   IUT-C005     DUFRESNE O.
13/10/2026  14:00-16:00  S2.INF08 TP Réseaux    ⟦INF08TP4|INF08TP 4⟧  IUT-C007     DUFRESNE O.

Les TP utilisent Packet Tracer 8.2 et GNS3. Mon collègue M. Caron, qui a le ⟦INF08TP3|TP3⟧, est bien inscrit.

Cordialement,
""" + SIG_IUT.format(n="Olivier Dufresne"), "teacher_not_enrolled", role="staff", schemes="A", note="teacher not enrolled; ADE export pasted with rooms and hours")

M("sec-gea-tableau-groupe", "Nadine Hebert <nadine.hebert@unicaen.fr>", "Étudiants absents du groupe TD2 Caen - GEA 2A",
"""<html><body><p>Bonjour,</p>
<p>Plusieurs étudiants de 2e année GEA Caen n'apparaissent pas dans le groupe <b>⟦GCAE2TD2⟧</b> des cours ⟦GE3R01⟧, ⟦GE3R02⟧ et ⟦GE3R03|GE3R03⟧ alors qu'ils sont bien affectés dans APOGÉE depuis le 22/09 :</p>
<table border="1" cellpadding="3">
<tr><th>N° étudiant</th><th>Nom</th><th>Prénom</th><th>Groupe APOGÉE</th><th>Groupe Ecampus</th></tr>
<tr><td>⟪25104411⟫</td><td>MARTIN</td><td>Léa</td><td>GCAE2TD2</td><td>aucun</td></tr>
<tr><td>⟪25104587⟫</td><td>DUBOIS</td><td>Mehdi</td><td>GCAE2TD2</td><td>⟦GCAE2TD1⟧</td></tr>
<tr><td>⟪25109902⟫</td><td>FONTAINE</td><td>Zoé</td><td>GCAE2TD2</td><td>aucun</td></tr>
</table>
<p>Merci de votre aide.</p>
<p>Nadine Hébert<br>Scolarité BUT GEA – IUT Grand Ouest Normandie<br>Tél. 02 31 56 73 40 – bureau A-012</p>
</body></html>""", "wrong_group", role="staff", enc="html", schemes="B", etapes=["GEA2C"], note="secretary: HTML table of students missing from group")

M("dir-droit-td-vides", "Pr. Anne-Sophie Marchand <anne-sophie.marchand@unicaen.fr>", "Groupes de TD vides - droit civil L1",
"""Bonjour,

En tant que directrice des études de la L1 Droit, je constate que sur Ecampus, dans le cours de Droit civil 1 (⟦DR1-CIV1⟧), les groupes ⟦CIV1TD01⟧, ⟦CIV1TD02|CIV1TD2⟧ et ⟦CIV1TD03|CIV1-TD03⟧ sont vides (0 membre) alors que les autres TD sont remplis. Les chargés de TD ne peuvent pas ouvrir les dépôts de fiches d'arrêt. Les affectations ont été saisies dans APOGÉE la semaine dernière (environ 35 étudiants par groupe).

Pourriez-vous vérifier si la synchronisation des groupes a bien tourné ?

Bien cordialement,
Anne-Sophie Marchand
Professeure de droit privé – Directrice des études L1
UFR Droit, AES et Administration publique – Bureau 118, Bâtiment D
Esplanade de la Paix – 14032 Caen cedex""", "wrong_group", role="staff", enc="qp1", schemes="C", note="director of studies: three TD groups empty, damaged codes")

M("ens-pass-cache", "Dr Francois Lecoeur <francois.lecoeur@unicaen.fr>", "Les étudiants ne voient pas mon cours UE11",
"""Bonjour,

Mes étudiants de PASS me disent qu'ils ne voient pas le cours ⟦P2.UE11|P2-UE11⟧ (Santé publique). Moi je le vois très bien, j'ai déposé les diaporamas des CM1 à CM6. Le lien : https://ecampus.unicaen.fr/course/view.php?id=57011

Est-ce que c'est lié aux sites délocalisés (Saint-Lô, Cherbourg, Alençon) ?

Bien à vous,
F. Lecoeur
MCU-PH Santé publique – CHU de Caen – poste 4 52 31""", "students_cannot_see_course", role="staff", schemes="D", etapes=["PASS1"], note="teacher: students cannot see course (hidden)")

M("sec-hss-porte", "Sylvie Lebrun <sylvie.lebrun@unicaen.fr>", "Cours 2HR5C disparu",
"""Bonjour,

Le cours de l'élément ⟦2HR5C⟧ a disparu d'Ecampus depuis lundi, avec ses inscriptions. Nous avons déclaré cet été que 2HR5C était porté par ⟦M.1HRP9C⟧ (mutualisation avec le Master 1 Histoire). Les étudiants de ⟦M1SOC⟧ qui suivent cet enseignement ne le voient plus. La collection ⟦M.1HRP9CTD⟧ est-elle bien associée aux deux éléments ?

Cordialement,
Sylvie Lebrun
Scolarité UFR HSS – bureau SA 114""", "course_moved_renamed", role="staff", schemes="E", note="FAQ porteur/porte: porte course disappeared after change; étape by code")

M("ens-hss-suspendu", "Michel Aubert <michel.aubert@unicaen.fr>", "Plus d'étudiants dans Théories du changement social",
"""Bonjour,

Depuis ce matin, il n'y a plus aucun étudiant inscrit dans mon cours ⟦M.1.MS03|M.1.MS03⟧ "Théories du changement social" (seulement moi et ma collègue). Les 28 étudiants de M1 sociologie étaient bien là vendredi.

Merci d'avance,
Michel Aubert
Maître de conférences en sociologie – MRSH, bureau SR 225""", "not_enrolled", role="staff", schemes="E", etapes=["M1SOC"], note="teacher: students unenrolled (element suspended)")

M("dsi-dberror", "Stephane Roussel <stephane.roussel@unicaen.fr>", "[DSI] Erreurs base de données Ecampus ce matin",
"""Bonjour le CEMU,

Pour info, plusieurs remontées au guichet (tickets GLPI 318244, 318251, 318260) : "Erreur de lecture de la base de données" sur Ecampus entre 8h05 et 8h40, notamment dans les cours ⟦S1.INF02⟧ et ⟦GE1R03|GE1R03⟧. De notre côté le serveur PostgreSQL 15 était en maintenance (migration VM srv-pg-04). Pouvez-vous confirmer que Moodle 4.1 n'a rien gardé en cache ?

Stéphane Roussel
DSI – Pôle infrastructures
02 31 56 60 00""", "database_error", role="staff", schemes="AB", note="DSI: database errors, ticket numbers and server names look-alikes")

M("ens-rt-trop-enseignants", "Karine Jacquet <karine.jacquet@unicaen.fr>", "Trop d'enseignants dans RT3R04",
"""Bonjour,

Dans l'espace ⟦RT3R04⟧ (Réseaux d'opérateurs) il y a 14 enseignants inscrits alors que nous sommes 2 à intervenir (moi et M. Pasquier). Je pense que toute l'équipe pédagogique du département R&T de Cherbourg a été associée aux groupes ⟦RT2-FI1⟧ et ⟦RT2-FI2⟧ dans ADE. Les étudiants reçoivent des messages de gens qu'ils ne connaissent pas.

Karine Jacquet
IUT Grand Ouest Normandie – site de Cherbourg – Département R&T
Rue Max-Pol Fouchet – 50130 Cherbourg-en-Cotentin""", "too_many_teachers", role="staff", enc="b64", schemes="L", note="too many teachers enrolled via ADE groups")

M("ens-participants-bloc", "Helene Vautier <helene.vautier@unicaen.fr>", "bloc participants",
"""Bonjour,
je ne trouve plus le bloc Participants dans mon cours ⟦AN-10A⟧ (EC1 Langue Traduction), il était à droite avant. Comment voir la liste de mes étudiants du ⟦AN-10ATD2|TD2⟧ ?
Merci
H. Vautier, UFR LVE""", "participants_block_missing", role="staff", schemes="G", note="teacher cannot find Participants block")

M("ens-meef-cohorte", "Bruno Delamare <bruno.delamare@unicaen.fr>", "Ajouter une cohorte MEEF",
"""Bonjour,

Puis-je ajouter la cohorte des M1 MEEF 1er degré (⟦MEF1PE|MEF1PE⟧) dans mon cours ⟦MF1.PE02|MF1.PE 02⟧ ? Certains étudiants d'Alençon ne sont pas encore inscrits pédagogiquement et je voudrais qu'ils aient les documents avant le regroupement du 19/10. Faudra-t-il la retirer ensuite ?

Bruno Delamare
Formateur INSPE Normandie Caen – site d'Alençon
Tél. 02 33 80 00 00""", "cohort_question", role="staff", schemes="I", note="teacher asks about adding a cohort")

M("sec-du-cohorte", "Patricia Morin <patricia.morin@unicaen.fr>", "Cohorte DU CGE",
"""Bonjour,

Pour le DU Capacité de Gestion des Entreprises (⟦DUCGE⟧), je vois dans la liste des cohortes "CEMU: DU Capacité de Gestion des Entreprises - FOAD". Est-elle mise à jour automatiquement chaque nuit ou dois-je ajouter les stagiaires à la main ? Nous avons 6 inscriptions tardives (Pôle emploi / France Travail, dossiers n° 2026-FC-0412 à 0417) pour les modules ⟦DUCGE01⟧ à ⟦DUCGE04|DUCGE04⟧.

Patricia Morin
Service Formation Continue – SUFCA
Tél. 02 31 56 55 00""", "cohort_question", role="staff", enc="cp", schemes="K", note="FC secretary: cohort auto update? dossier numbers look-alikes")

M("ens-binf-archive", "Sebastien Caron <sebastien.caron@unicaen.fr>", "Mon cours Architecture logicielle est archivé",
"""Bonjour,

Mon cours "(⟦S3.INF31⟧) Architecture logicielle" a été renommé "[Archivé] Architecture logicielle" et déplacé dans la catégorie Archives 2025-2026. La scolarité m'indique que le code est maintenant ⟦S3.INF13|S3.INF13⟧ et qu'un nouvel espace vide a été créé. Tout mon contenu (12 quiz, 4 devoirs) est dans l'ancien : https://ecampus.unicaen.fr/course/view.php?id=49877 . Comment récupérer le tout ?

Sébastien Caron
""" + SIG_IUT.format(n="Département Informatique"), "course_moved_renamed", role="staff", schemes="A", note="teacher: course archived after code change, old code unknown")

M("ens-gea-manquant", "Isabelle Poirier <isabelle.poirier@unicaen.fr>", "Cours GE5R04 inexistant",
"""Bonjour,
Je dois assurer la ressource ⟦GE5R04|GE5R04⟧ (Pilotage de la performance) en 3e année, à Caen et en alternance (groupes ⟦GCAE3TD1⟧ et ⟦GCAE3ALT|GCAE3 ALT⟧). Je ne trouve pas du tout l'espace sur Ecampus, même en cherchant par code. Le cours commence le 02/11.
Isabelle Poirier – PRAG Gestion – IUT GON Caen""", "course_missing", role="staff", schemes="B", note="teacher: course does not exist on Ecampus")

M("ens-sv-tp-vide", "Veronique Leroy <veronique.leroy@unicaen.fr>", "Groupe de TP vide en génétique",
"""<html><body>
<p>Bonjour,</p>
<p>Dans le cours <i>Génétique 2</i> (⟦SV3-GEN2⟧), le groupe ⟦GEN2TP2|GEN2 TP2⟧ (mardi) est vide alors que voici mon planning ADE :</p>
<table border="1">
<tr><td>Mar 06/10</td><td>13h30-17h30</td><td>SV3-GEN2</td><td>GEN2TP2</td><td>S2-112</td><td>LEROY V.</td></tr>
<tr><td>Jeu 08/10</td><td>13h30-17h30</td><td>SV3-GEN2</td><td>⟦GEN2TP3⟧</td><td>S2-112</td><td>LEROY V.</td></tr>
</table>
<p>Le groupe du jeudi est correct (24 étudiants).</p>
<p>V. Leroy<br>UFR des Sciences – Département Biologie<br>Bât. Sciences 2, bureau 208</p>
</body></html>""", "wrong_group", role="staff", enc="html", schemes="J", note="teacher: TP group empty; ADE HTML table")

M("sec-rt-alternants", "Aurelie Lecomte <aurelie.lecomte@unicaen.fr>", "Alternants mal placés R&T 2A",
"""Bonjour,

Les alternants de 2e année R&T (⟦RT2ALT⟧) sont tous placés dans ⟦RT2-FI1|RT2 FI1⟧ sur Ecampus dans les ressources ⟦RT3R01⟧, ⟦RT3R02⟧, ⟦RT3R03|RT3-R03⟧. Le groupe ⟦RT2-ALT⟧ est vide. Exemple : ⟪25160733⟫ GUERIN Enzo, ⟪25161290⟫ HAMON Lisa.

Aurélie Lecomte
Secrétariat pédagogique R&T – IUT Cherbourg Manche
02 33 01 45 00""", "wrong_group", role="staff", schemes="L", note="secretary: apprentices in FI group, ALT group empty")

M("ens-lve-non-inscrits", "Hannah Clarke <hannah.clarke@unicaen.fr>", "Students missing in AN-10A",
"""Bonjour,

Une dizaine d'étudiants de L1 LLCE anglais ne sont pas dans mon cours ⟦AN-10A|AN10A⟧ alors qu'ils viennent en TD (⟦AN-10ATD1|AN-10A TD1⟧). Ils ont fait leur inscription pédagogique fin septembre.
⟪26030015⟫
⟪26030187⟫
⟪26031164⟫ (ce numéro est peut-être faux, elle m'a écrit 2603116)
Thanks,
Hannah Clarke, lectrice""", "not_enrolled", role="staff", schemes="G", etapes=["LLCEA1"], note="teacher lists students not enrolled")

M("ens-inspe-pseudo", "Catherine Bisson <catherine.bisson@unicaen.fr>", "Pas inscrite dans Analyse du contexte",
"""Bonjour,

Je ne suis pas inscrite comme enseignante dans le cours (⟦1CA153⟧) Analyse du contexte. Le service planning a créé cette année le groupe CM dans APOGÉE alors que nos séances ADE étaient planifiées sur ⟦ELP_1CA153_CM⟧. Salle E-101, les lundis 9h-12h.

Catherine Bisson, INSPE Normandie Caen""", "teacher_not_enrolled", role="staff", schemes="F", note="FAQ ADE pseudo-group vs new group: teacher not enrolled")

M("cemu-fwd-distance", "Julien Tessier <julien.tessier@unicaen.fr>", "TR: Étudiante à distance mal affectée",
"""Pour traitement, merci.
Julien (CEMU)

---------- Message transféré ----------
De : Martine Gosselin <martine.gosselin@unicaen.fr>
Date : mer. 14 oct. 2026 à 10:12
Objet : Étudiante à distance mal affectée
À : cemu.assistance@unicaen.fr

Bonjour,
L'étudiante ⟪21609846⟫ est en capacité en droit à distance, mais dans ⟦RCAED334⟧ elle est dans le pseudo-groupe ⟦ELP_RCAED334_CM⟧ et non dans un groupe CEMU. Pour ⟦RCAED335⟧ elle est bien dans ⟦RCAED335C1⟧.
Martine Gosselin, scolarité Capacité en droit""", "wrong_group", role="staff", schemes="H", etapes=["CAPDR1"], note="forwarded: distance student in ELP_ pseudo-group")

M("sec-iran-ead", "Martine Gosselin <martine.gosselin@unicaen.fr>", "Iranien à distance",
"""Bonjour,

Trois étudiants à distance ne sont pas inscrits dans ⟦IRAN-15|IRAN 15⟧ sur Ecampus : ⟪24170001⟫, ⟪24170022⟫, ⟪24170035⟫. Ils sont en télé-enseignement et affectés au groupe ⟦IRAN15CEMU|IRAN15 CEMU⟧.

Cordialement
Martine""", "not_enrolled", role="staff", enc="qp1", schemes="H", note="secretary: distance students not enrolled")

M("ens-iae-tutorat-vide", "Laurent Besnard <laurent.besnard@unicaen.fr>", "Tutorats vides",
"""Bonjour,
Dans ⟦UE4-FIN⟧ les groupes de tutorat ⟦FIN-T1|FIN T1⟧ et ⟦FIN-T4|FIN-T 4⟧ n'ont aucun membre ; les étudiants sont tous dans ⟦FIN-T2⟧ et ⟦FIN-T3⟧. Les tutorats ont lieu salle IAE 2.05 le vendredi.
L. Besnard
IAE Caen – 3 rue Claude Bloch – 14000 Caen""", "wrong_group", role="staff", enc="b64", schemes="N", note="teacher: tutorial groups empty")

M("dir-droit-renomme", "Thierry Lemaitre <thierry.lemaitre@unicaen.fr>", "Droit administratif déplacé",
"""Bonjour,

Le cours de Droit administratif de L2 (⟦DR2-ADMI|DR2- ADMI⟧) a été déplacé de la catégorie "L2 Droit" vers "Archives" et renommé, sans que nous ayons rien demandé. La maquette 2026 n'a pas changé pour cet élément. Les groupes ⟦ADMITD01⟧ à ⟦ADMITD08|ADMITD08⟧ avaient été créés sur ce cours.

Thierry Lemaître
Directeur des études L2 – UFR DROIT
Tél. 02 31 56 51 51""", "course_moved_renamed", role="staff", schemes="C", note="director: course moved and renamed by accident")

M("ens-tableau-de-bord", "Gilles Fournier <gilles.fournier@unicaen.fr>", "cours invisible sur mon tableau de bord",
"""Bonjour,
le cours ⟦PSY8.02|PSY8.02⟧ dont je suis responsable n'apparaît plus sur mon tableau de bord (filtre "En cours"), alors que j'y suis toujours enseignant et que les étudiants y travaillent. La date de fin du cours est le 31/08/2026, c'est peut-être ça ?
G. Fournier""", "course_not_on_dashboard", role="staff", schemes="M", note="teacher: course past end date hidden on dashboard")

M("sec-nom-etudiant", "Elodie Marais <elodie.marais@unicaen.fr>", "Nom erroné étudiante",
"""Bonjour,

L'étudiante ⟪25200455⟫ (M1 MEEF 1er degré, site de Saint-Lô) apparaît sous son nom de naissance sur Ecampus alors qu'elle a fait la modification de nom d'usage en septembre. Est-ce à nous de corriger ?

Elodie Marais – INSPE site de Saint-Lô – 1 rue de l'Exode, 50000 Saint-Lô""", "wrong_name", role="staff", etapes=["MEF1PE"], note="secretary: student name wrong, étape in words")

M("ens-meef-cache", "Bruno Delamare <bruno.delamare@unicaen.fr>", "Les étudiants ne voient pas Didactique des maths",
"""Bonjour,
Mes étudiants d'Alençon et de Saint-Lô (⟦PE07ALEN⟧, ⟦PE07STLO|PE07-STLO⟧) n'accèdent pas au cours ⟦MF1.PE07⟧ : "Ce cours n'est pas accessible aux étudiants". Je l'ai pourtant rendu visible hier soir. La catégorie MEEF 2026 serait-elle cachée ?
Bruno Delamare""", "students_cannot_see_course", role="staff", schemes="I", note="teacher: course hidden by category")

M("vac-cas", "Romain Lefevre <romain.lefevre@gmail.com>", "Accès Ecampus vacataire",
"""Bonjour,

Je suis enseignant vacataire en droit (TD de ⟦DR1-CONS|DR1-CONS⟧, groupes ⟦CONSTD05⟧ et ⟦CONSTD06|CONS TD06⟧). Quand je me connecte à cas.unicaen.fr j'ai "Connexion réussie" mais ensuite il me dit qu'il ne connaît pas ma destination finale et je n'arrive pas à Ecampus.

Romain Lefèvre
Avocat au barreau de Caen – 06 12 34 56 78""", "cas_unknown_destination", role="staff", schemes="C", note="adjunct teacher: CAS unknown destination")

M("vac-login", "Aicha Traore <aicha.traore@hotmail.fr>", "bloquée sur la page profil",
"""Bonjour,
Vacataire à l'IUT de Lisieux (GEA, ⟦GE1R02|GE1R02⟧), j'arrive sur Ecampus mais je suis bloquée sur la page "Modifier le profil" qui me demande une adresse mail que je ne peux pas modifier.
Aïcha Traoré""", "cannot_login", role="staff", schemes="B", note="adjunct blocked on profile page (no email)")

M("ens-gea-vire-manquants", "Denis Lemonnier <denis.lemonnier@unicaen.fr>", "Groupe de Vire incomplet",
"""Bonjour,

Pour la ressource ⟦GE3R02⟧, le groupe de Vire (⟦GVIR2TD1|gvir2td1⟧) ne compte que 9 étudiants sur Ecampus alors que la promo de Vire fait 23. Les autres n'apparaissent dans aucun groupe. Même chose en ⟦GE3R05|GE3 R05⟧. En revanche ⟦GLIS2TD1⟧ est complet.

Denis Lemonnier
IUT GON – Antenne de Vire – 02 31 66 00 00""", "wrong_group", role="staff", schemes="B", note="teacher: Vire group incomplete")

M("sec-droit-obli", "Corinne Huet <corinne.huet@unicaen.fr>", "Etudiants absents du TD 5 obligations",
"""Bonjour,

Voici les étudiants de L2 droit affectés au TD5 de Droit des obligations dans APOGÉE qui ne figurent pas dans le groupe ⟦OBLITD05|OBLITD5⟧ sur Ecampus (cours ⟦DR2-OBLI|DR2OBLI⟧) :

N°etu     | Nom        | Prénom
⟪25050112⟫ | ALLAIN    | Marie
⟪25050376⟫ | BERTIN    | Louis
⟪25051908⟫ | COSTA     | Rafael

Ils sont dans le ⟦OBLITD06⟧ à la place.

Corinne Huet
Scolarité L2 Droit – bureau 012 – 02 31 56 52 10""", "wrong_group", role="staff", enc="qp1", schemes="C", etapes=["DRL2"], note="secretary: students missing from TD group, plain table")

M("dsi-sync-groupes", "Stephane Roussel <stephane.roussel@unicaen.fr>", "Synchro groupes PASS non passée ?",
"""Bonjour,

La scolarité santé nous signale que les affectations aux groupes de site PASS saisies lundi (⟦UE05-CHE⟧, ⟦UE05-ALE|UE05 ALE⟧) ne sont toujours pas sur Ecampus dans ⟦P1.UE05|P1.UE05⟧. Côté REFER les vues T_ADE_ACTIVITES_ETUDIANTS sont à jour (rafraîchies à 02:00). La tâche \\enrol_database\\task\\sync_enrolments a-t-elle tourné ? Réf. incident INC-2026-0877.

Stéphane Roussel – DSI""", "wrong_group", role="staff", schemes="D", note="DSI: site groups not synced")

M("ens-lea-renomme", "Hannah Clarke <hannah.clarke@unicaen.fr>", "Cours LEA renommé",
"""Bonjour,

Mon cours ⟦LEA5ESP|LEA5-ESP⟧ apparaît maintenant sous le nom "Espagnol S5 (ancien)" dans une autre catégorie. Est-ce lié au changement de maquette ? Le nouveau code serait ⟦LEA6ESP⟧ d'après la scolarité.
https://ecampus.unicaen.fr/course/view.php?id=60114

Hannah""", "course_moved_renamed", role="staff", enc="alt", schemes="P", note="teacher: course renamed/moved after maquette change")

M("ens-quiz-dates", "Francoise Guillot <francoise.guillot@unicaen.fr>", "Paramètres du test de mi-semestre",
"""Bonjour,

Je voudrais que le test de mi-semestre du cours ⟦S1.INF04|S1-INF04⟧ (Mathématiques discrètes) soit ouvert le 21/10/2026 de 14h à 15h30 pour ⟦INF04TD1⟧ et le 22/10 pour ⟦INF04TD2|INF04-TD2⟧, avec un tiers-temps pour 3 étudiants. Comment régler des dérogations par groupe dans Moodle 4.1 ?

Françoise Guillot""", "other", role="staff", schemes="A", note="teacher: quiz settings question")

M("sec-ia-annulee", "Nadine Hebert <nadine.hebert@unicaen.fr>", "Étudiants non inscrits suite changement d'IA",
"""Bonjour,

Deux étudiants ont changé de site (Lisieux vers Caen) : leur IA en GEA 1re année Lisieux a été annulée et remplacée par une IA à Caen (⟦GEA1C⟧) le 30/09. Depuis, ils n'ont plus accès à ⟦GE1R01⟧ ni ⟦GE1R04|GE1R04⟧.
- ⟪26012001⟫ BLONDEL Tom
- ⟪26012190⟫ VIARD Jade (ancien numéro 26012109 corrigé)

Nadine Hébert – Scolarité GEA""", "not_enrolled", role="staff", enc="cp", schemes="B", note="secretary: IA cancelled then replaced, students not enrolled")

M("ens-rt-inconnu", "Yves Pasquier <yves.pasquier@unicaen.fr>", "cours RT3R11 introuvable",
"""Bonjour,
Je ne trouve pas l'espace Ecampus pour ⟦RT3R11⟧ (Projet SAÉ 3.02 – cybersécurité), le code est celui de mon service prévisionnel. Les autres ressources ⟦RT3R09⟧ et ⟦RT3R10⟧ existent bien.
Yves Pasquier, IUT Cherbourg""", "course_missing", role="staff", schemes="L", note="teacher: course code unknown to APOGEE")

M("dir-binf-alternants", "Marc Olivier <marc.olivier@unicaen.fr>", "Groupes alternants vides BUT Info 2A",
"""Bonjour,

Je suis directeur des études du BUT Informatique. Pour nos alternants de 2e année, les groupes ⟦INF14ALT⟧, ⟦INF15ALT|INF15 ALT⟧ et ⟦INF16ALT|inf16alt⟧ des cours ⟦S3.INF14⟧, ⟦S3.INF15⟧ et ⟦S3.INF16⟧ sont vides, les 18 alternants (⟦BINF2A⟧) sont répartis dans les groupes de TP… alors qu'ils ne sont pas là en même temps que les FI.

Marc Olivier
Directeur des études BUT Informatique – IUT GON Caen – bureau B-101""", "wrong_group", role="staff", schemes="A", note="director: apprentices groups empty; étape by code")

M("ens-regle", "Veronique Leroy <veronique.leroy@unicaen.fr>", "Re: Groupe de TP vide en génétique",
"""Merci, c'est réglé, le groupe du mardi est rempli ce matin.
Bonne journée
V. Leroy

> Bonjour,
> la scolarité a corrigé les affectations du groupe ⟦GEN2TP2⟧ (⟦SV3-GEN2⟧) hier ; la synchronisation nocturne a fait le reste.
> Cordialement, le CEMU""", "other", role="staff", schemes="J", note="teacher: thanks, solved", inreply=True)
