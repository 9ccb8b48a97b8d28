from gen_base import add, PNG, PDF
add("etu-archive-ju1civ3", "Clara Bazin <clara.bazin@etu.unicaen.fr>", "cours droit civil 3 ?",
"""Bonjour,
Je redouble ma L1 et l'an dernier j'avais le cours JU1CIV3 (droit civil, partie famille). Je ne le retrouve plus du tout, ni dans mes cours ni en recherche. Mes notes de l'an dernier étaient dedans.
Clara - 25001176""", "course_moved_renamed", codes=["JU1CIV3"], nums=["25001176"],
note="repeating student: last year's course JU1CIV3 (unknown/archived code) vanished")

add("ens-gea-alternants-pas-inscrits", "Nadia Benali <nadia.benali@unicaen.fr>", "GEA 2 - alternants absents de GEA-R301 et GEA-R303",
"""Bonjour,

Les 24 étudiants du groupe GEA2ALT (alternance, rythme 2 semaines / 2 semaines) ne sont inscrits ni dans GEA-R301 ni dans gea-r303. Les FI (GEA2TD1 à GEA2TD3) sont bien là.

Nadia Benali
Responsable de la 2e année GEA
IUT Grand Ouest Normandie - Bd Maréchal Juin, 14032 Caen Cedex 5
02 31 56 70 60 / poste 7060""", "not_enrolled", role="staff",
codes=["GEA2ALT", "GEA-R301", ("GEA-R303", "gea-r303"), "GEA2TD1", "GEA2TD3"],
note="GEA year-2 manager: apprentices missing from two courses; one code lower case")

add("etu-quiz-temps", "Paul Lemoine <paul.lemoine@etu.unicaen.fr>", "Question sur le QCM",
"""Bonjour,
pendant le QCM de S.CH101 hier (14h-14h45) le minuteur s'est arrêté à 12 min et le quiz s'est fermé. Est-ce que je peux le repasser ? Mon num 26004471.
Paul""", "other", codes=["S.CH101"], nums=["26004471"], note="student asks about quiz timer closing early")

add("sec-iae-mae-distance-qp", "Corinne Lefèvre <corinne.lefevre@unicaen.fr>", "Etudiants FOAD non inscrits - Master 2 MAE",
"""Bonjour,

Plusieurs étudiants du Master 2 MAE à distance (IAEMAE), inscrits en télé-enseignement, ne sont pas dans les cours M2MAE.02 et M2MAE.05. Exemple : Julie Vautier, n° 21809934, inscrite depuis le 15/09.
Les groupes M2MAE02FI sont peut-être mal libellés (pas « CEMU ») ?

Corinne Lefèvre
Gestionnaire de scolarité – IAE Caen – 02 31 56 65 20
Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires.""", "not_enrolled", role="staff",
codes=["IAEMAE", "M2MAE.02", "M2MAE.05", "M2MAE02FI"], nums=["21809934"], charset="windows-1252", cte="quoted-printable",
note="IAE secretary: distance (télé-enseignement) students missing from courses; windows-1252 QP")

add("etu-ead-histoire-groupe", "Pascale Renaud <pascale.renaud@etu.unicaen.fr>", "groupe présentiel au lieu de distance",
"""Bonjour,

Je suis inscrite à distance (je travaille à Rouen) mais dans le cours HIS 302 je suis dans le TD1 présentiel et pas dans le groupe EAD, donc je n'ai pas les corrigés déposés pour les distanciels.

Pascale Renaud, 23811290
L3 histoire à distance""", "wrong_group", codes=[("HIS-302", "HIS 302"), ("HIS302TD1", "TD1"), ("HIS302EAD", "groupe EAD")], nums=["23811290"], etapes=["HISL3D"],
note="distance learner in face-to-face TD1 instead of EAD group")

add("dsi-droit-bdd-error", "Marion Lebas <marion.lebas@unicaen.fr>", "Erreur base de données à l'import",
"""Bonjour,
En important le contenu de l'espace JU3ADM1 vers JU3ADM2 j'obtiens « Erreur d'écriture de la base de données » à 87 %. J'ai réessayé deux fois (navigateur Edge 129).
Marion Lebas
Ingénieure pédagogique, UFR Droit""", "database_error", role="staff", codes=["JU3ADM1", "JU3ADM2"],
note="staff gets database write error during course import")

add("etu-las-bio-missing", "Yasmine Haddad <26021190@etu.unicaen.fr>", "cours LAS manquants",
"""bonjour, je suis en LAS bio et j'ai que l'option santé, il me manque tous les cours de la licence (biologie cellulaire S.BI104 etc). c normal ??""", "not_enrolled",
codes=["S.BI104"], nums=["26021190"], etapes=["LASBI1"], note="LAS bio student only has option santé, missing licence courses")

add("erasmus-en-wrong-group-en", "Hannah Schmidt <hannah.schmidt@etu.unicaen.fr>", "Group change not updated",
"""Hello,

Two weeks ago the English department moved me from group 2 to group 5 for EN2ORA1 (oral expression) because of a clash with my German class. On Ecampus I am still in group 2 and cannot submit the recording assignment (deadline Friday 23:59).

Student no. 26401307

Best,
Hannah""", "wrong_group", lang="en", codes=["EN2ORA1", ("EN2ORA1G2", "group 2"), ("EN2ORA1G5", "group 5")], nums=["26401307"],
note="Erasmus student (English): group change not propagated")

add("ens-info-teacher-missing", "Camille Rousseau <camille.rousseau@unicaen.fr>", "inscription enseignante INFO2R08 / INFO2S01",
"""Bonjour,
je n'ai pas été inscrite comme enseignante dans les cours INFO2R08 (gestion de projet S3) et INFO2S01 alors que mes séances sont planifiées dans ADE avec les groupes 2A et 2B depuis septembre.
Camille Rousseau - IUT site d'Ifs, bureau 1.14""", "teacher_not_enrolled", role="staff",
codes=["INFO2R08", "INFO2S01", ("INFO2G2A", "2A"), ("INFO2G2B", "2B")], note="BUT info teacher not enrolled despite ADE planning")

add("etu-mix-code-o0", "Axel Martin <axel.martin@etu.unicaen.fr>", "inscription",
"""Bonjour,
Pas inscrit dans S.IN2O1 ni dans S.IN2O3, j'ai fait mon IP en retard le 1er octobre (L2 info). Ticket précédent #318944.
Axel Martin 25100328""", "not_enrolled", codes=[("S.IN201", "S.IN2O1"), ("S.IN203", "S.IN2O3")], nums=["25100328"], etapes=["SINF2"],
note="two codes with letter O for zero; late IP")

add("bounce-fr", "MAILER-DAEMON@etu.unicaen.fr", "Non remis : Re: inscription PAS.UE03",
"""Votre message n'a pas pu être remis à un ou plusieurs destinataires.

   lucie.barre@etu.unicaen.fr
   La boîte aux lettres du destinataire est pleine (quota 1 Go dépassé).

Objet original : Re: inscription PAS.UE03""", "other", role="unknown", auto=True, codes=["PAS.UE03"],
note="bounce (mailbox full) citing PAS.UE03 in original subject")

add("sec-sante-pass-table-html", "Scolarité Santé <scol-sante@unicaen.fr>", "PASS - étudiants Saint-Lô sans UE",
"""Bonjour,
x""", "not_enrolled", role="staff", html_only=True, charset="iso-8859-1",
html="""<html><body><p>Bonjour,</p><p>Les étudiants suivants (groupe PASS-SLO) n'ont pas accès aux UE PAS.UE01 et PAS.UE02 :</p>
<table border="1"><tr><th>Numéro</th><th>Nom Prénom</th><th>Tél</th></tr>
<tr><td>26003711</td><td>GOSSELIN Maé</td><td>06 11 22 33 44</td></tr>
<tr><td>26003749</td><td>VIEL Arthur</td><td>06 55 44 33 21</td></tr></table>
<p>Merci.<br>Scolarité PASS - UFR Santé</p></body></html>""",
codes=["PASS-SLO", "PAS.UE01", "PAS.UE02"], nums=["26003711", "26003749"],
note="health scolarité: two Saint-Lô PASS students without UE access, table in HTML part")

add("etu-daeu-dist", "Mickaël Fabre <mickael.fabre@laposte.net>", "Cours maths DAEU",
"""Bonjour,
Je suis le DAEU B à distance depuis Avranches (50300). Je n'ai pas le cours de maths DAEU MAT dans la plateforme, seulement la physique.
Mickaël Fabre""", "not_enrolled", codes=[("DAEU-MAT", "DAEU MAT")], etapes=["DAEUB"],
note="distance DAEU B learner missing maths course; code with space; postcode look-alike")

add("ens-lang-student-cannot-see", "Elena Petrova <elena.petrova@unicaen.fr>", "students cannot access DE1GRA1",
"""Hello,
I switched DE1GRA1 to visible last week, but my first-year students (about 35) still get "This course is currently unavailable to students". I am enrolled as teacher and see everything.
Regards, Elena Petrova, Lektorin, Département d'études germaniques""", "students_cannot_see_course", role="staff", lang="en",
codes=["DE1GRA1"], note="German lektor (English): students cannot access course after making it visible")

add("etu-no-symptom-word", "Robin Lecomte <robin.lecomte@etu.unicaen.fr>", "HIS-1O5",
"""HIS-1O5 ?? merci de m'ajouter
Robin""", "not_enrolled", codes=[("HIS-105", "HIS-1O5")], note="terse request to be added, code with O for 0, no symptom word")

add("ens-staps-renomme-categorie", "Patrick Delaunay <patrick.delaunay@unicaen.fr>", "STA3T04 déplacé",
"""Bonjour, mon cours STA3T04 n'est plus dans la catégorie STAPS / L3 mais dans « Cours archivés », et un nouveau (STA3T05) est apparu avec le même intitulé. Les étudiants de L3 ne voient que le nouveau, vide.
P. Delaunay""", "course_moved_renamed", role="staff", codes=["STA3T04", "STA3T05"],
note="STAPS teacher: course archived, new code created")

add("etu-en-daeu-no", "Amir Haidari <amir.haidari@gmail.com>", "Access to French course",
"""Hello,
I am a refugee student in the DAEU A evening programme (French course, Tuesday and Thursday 18h-20h). I cannot find the French course on the platform. My student number is 26600144.
Thank you""", "not_enrolled", lang="en", codes=[("DAEUFR-S", "evening programme")], nums=["26600144"], etapes=["DAEUA"],
note="DAEU A learner writing in English: evening French course missing")

add("ens-histoire-cohort-etape", "Jérôme Castel <jerome.castel@unicaen.fr>", "cohorte HISL1 dans mon cours ?",
"""Bonjour,
Puis-je ajouter la cohorte HISL1 dans HIS-101 en attendant que les IP soient saisies ? La scolarité dit fin octobre. J'ai 250 étudiants en amphi Daure et seulement 80 inscrits.
J. Castel""", "cohort_question", role="staff", codes=["HISL1", "HIS-101"],
note="teacher asks about adding étape cohort while IPs are late")

add("etu-med-mdp-expire", "Céline Moreau <celine.moreau@orange.fr>", "mot de passe expiré",
"""Bonjour,
Je suis le DU addictologie (infirmière en poste au CHU). Mon mot de passe a expiré et le lien de réinitialisation envoyé sur ma boîte unicaen... je n'y ai pas accès sans mot de passe.
Céline Moreau - 06 78 12 90 54""", "cannot_login", etapes=["DUADD"], note="DU learner with expired password cannot reach reset link")

add("sec-droit-capa-distance", "Bureau Capacité en droit <capacite.droit@unicaen.fr>", "Capacité : étudiants sans groupe EAD",
"""Bonjour,

Nos étudiants de Capacité en droit (tous à distance) sont inscrits dans JU1CIV1 mais dans le pseudo-groupe ELP_JU1CIV1_CM et non dans JU1CIV1EAD. Exemple : 24700812, 24700855.

Bureau de la Capacité en droit
Tél. 02 31 56 52 80""", "wrong_group", role="staff", codes=["JU1CIV1", "JU1CIV1EAD"], nums=["24700812", "24700855"], etapes=["JUCAPA"],
note="Capacité en droit: distance students in ELP_ pseudo-group instead of EAD group")

add("ens-inspe-not-teacher-fwd", "Marie Lemaître <marie.lemaitre@unicaen.fr>", "Fwd: accès à l'espace 1CA157",
"""Je relance ma demande du 18 septembre, toujours pas d'accès enseignant.

-------- Message d'origine --------
De : Marie Lemaître
Date : 18/09/2026 17:02
Objet : accès à l'espace 1CA157
Bonjour, je suis formatrice (PEMF) et j'interviens dans l'UE 1CA157 et 1CA158 du master MEEF 1er degré, groupe 2. Je n'ai pas accès aux espaces.""", "teacher_not_enrolled", role="staff",
codes=["1CA157", "1CA158", ("1CA157G2", "groupe 2")], note="INSPE trainer not enrolled as teacher, reminder with forwarded original")

add("etu-name-erasmus-en", "Zhang Wei <zhang.wei@etu.unicaen.fr>", "My name is wrong",
"""Hello, on Ecampus my family name and first name are swapped (WEI Zhang). Can you fix it? I am a Master 1 Finance exchange student.
Thank you""", "wrong_name", lang="en", etapes=["IAEFI1"], note="exchange student (English): names swapped")

add("spam-fr-promo", "Formation Excel Pro <contact@cpf-formations-pro.fr>", "Votre CPF : 1 200 € à utiliser avant le 31/12",
"""Bonjour,
Il vous reste 1 200 € sur votre Compte Personnel de Formation. Formation Excel / Office 365 certifiante (code RS5265), 100 % en ligne.
Répondez OUI pour être rappelé.""", "other", role="unknown", note="CPF spam")

add("etu-gea-r15-dropped", "Julie Sanson <julie.sanson@etu.unicaen.fr>", "cours compta",
"""Bonjour,
je ne vois pas le cours GEA-R15 compta sur ecampus, j'ai cours avec M. Le Goff le lundi. Je suis en TP2B.
Julie Sanson - 26120045""", "not_enrolled", codes=[("GEA-R105", "GEA-R15"), ("GEA1TP2B", "TP2B")], nums=["26120045"],
note="GEA student missing accounting course, code with digit dropped")

add("dir-etudes-maj-pb-long", "Florence Duchemin <florence.duchemin@unicaen.fr>", "Plusieurs problèmes L3 info",
"""Bonjour,

En tant que directrice des études de la L3 informatique (SINF3), je vous signale en vrac :
1. S.IN306 : 4 étudiants (dont 22208817 et 22208930) ne sont pas inscrits ;
2. S.IN305 : les groupes TP S.IN305TP1 à S.IN305TP3 sont corrects ;
3. la salle S3-051 a changé, ce n'est pas votre problème :)

Réunion de rentrée le 8/09 à 14h, 37 étudiants cette année.

Florence Duchemin
UFR des Sciences - Département Informatique
Campus 2, Bd Maréchal Juin, 14032 Caen cedex - 02 31 56 74 98""", "not_enrolled", role="staff",
codes=["SINF3", "S.IN306", "S.IN305", "S.IN305TP1", "S.IN305TP3"], nums=["22208817", "22208930"],
note="director of studies: several points, main request not enrolled in S.IN306")

add("etu-reply-quoted-iut", "Enzo Blanchard <enzo.blanchard@etu.unicaen.fr>", "Re: [CEMU #319004] mauvais groupe",
"""Toujours pas réglé, je suis encore dans le mauvais groupe ce matin.

Le 14/10/2026 à 11:20, CEMU Assistance a écrit :
> Bonjour,
> la correction a été faite dans Apogée, elle sera visible demain (synchronisation nocturne).
> Cordialement
>
> > Bonjour je suis dans le TP4A au lieu du TP4B dans info1r03, num 25118003""", "wrong_group",
codes=[("INFO1G4A", "TP4A"), ("INFO1G4B", "TP4B"), ("INFO1R03", "info1r03")], nums=["25118003"],
extra={"In-Reply-To": "<cemu-319004@unicaen.fr>", "References": "<cemu-319004@unicaen.fr>"},
note="student replies that the group is still wrong; codes in quoted history, lower case")

add("ens-du-med-moved", "Hervé Poulain <herve.poulain@unicaen.fr>", "Espace DU médiation renommé",
"""Bonjour,
L'espace « (DUMED-04) Médiation familiale » s'appelle maintenant « (DUMED-04) DU Médiation module 4 » et a changé de catégorie. Les stagiaires ne le retrouvent plus. Est-ce suite à une modif Apogée ? Lien : https://ecampus.unicaen.fr/course/view.php?id=61207
H. Poulain""", "course_moved_renamed", role="staff", codes=["DUMED-04"], ids=[61207],
note="DU teacher: course renamed and moved category")

add("etu-langues-missing-course-id", "Lola Garnier <lola.garnier@etu.unicaen.fr>", "lien cours qui marche pas",
"""Bonjour, le prof nous a donné ce lien https://ecampus.unicaen.fr/course/view.php?id=55871 pour le cours de civilisation espagnole, mais j'ai « vous ne pouvez pas vous inscrire vous-même dans ce cours ». Je suis en LLCER espagnol 1re année, groupe 3 de civi.
Lola""", "not_enrolled", ids=[55871], etapes=["LLCES1"],
note="student cannot enter course from link; group in words but no course code (ES1CIV1/2 ambiguous)")

add("auto-ticket-ack", "Assistance UNICAEN <assistance@unicaen.fr>", "[GLPI #320117] Nouveau ticket - Accès ecampus M1CG.05",
"""Ceci est un message automatique.
Votre demande a bien été enregistrée sous le numéro 320117.
Titre : Accès ecampus M1CG.05
Ne répondez pas à ce message.""", "other", role="unknown", auto=True, codes=["M1CG.05"],
extra={"Auto-Submitted": "auto-generated"}, note="helpdesk auto-acknowledgement citing M1CG.05")

add("ens-droit-capa-unknown-his", "Anne Brière <anne.briere@unicaen.fr>", "code HIS-299 inconnu",
"""Bonjour,
Une étudiante de L2 histoire me dit qu'elle est inscrite à HIS-299 (option patrimoine ?) mais je ne trouve pas cet espace. Je pense qu'elle a confondu avec HIS-209. Pouvez-vous vérifier si le cours HIS-299 existe ?
A. Brière""", "course_missing", role="staff", codes=["HIS-299", "HIS-209"], etapes=["HISL2"],
note="teacher asks about nonexistent HIS-299 (unknown) vs HIS-209")

add("etu-bdd-lecture", "Ethan Masson <25109966@etu.unicaen.fr>", "erreur",
"""bjr qd je clique sur le devoir du cours INFO1R01 j'ai "Erreur de lecture de la base de données" depuis ce midi, les autres marchent""", "database_error",
codes=["INFO1R01"], nums=["25109966"], note="student gets database read error on one assignment")

add("ens-gea-trop-ens", "Philippe Guillaume <philippe.guillaume@unicaen.fr>", "RE: enseignants GEA-S101",
"""Bonjour,

Suite à mon appel de ce matin : dans la SAE GEA-S101 on est 17 enseignants inscrits (toute l'équipe pédagogique de 1re année !), les étudiants voient tout le monde dans « Contacter ». Ça vient peut-être de l'association de toute l'équipe dans ADE.

Philippe Guillaume
Chef de département GEA

-----Message d'origine-----
De : Philippe Guillaume
Envoyé : jeudi 1 octobre 2026 08:55
Objet : enseignants GEA-S101
Trop d'enseignants dans GEA-S101.""", "too_many_teachers", role="staff", codes=["GEA-S101"],
note="GEA head of dept: whole team enrolled as teachers in SAE course")

add("ens-langues-not-enrolled-students-qp", "Ramón García <ramon.garcia@unicaen.fr>", "Étudiants LEA absents de mon cours",
"""Bonjour,

Dans ES1CIV2 (civilisation espagnole 2), il me manque tous les étudiants de LEA (environ 60), seuls les LLCER (45) sont inscrits. Le cours est mutualisé entre les deux licences ; peut-être un problème de porteur/porté ?

Ramón García
Maître de conférences - Études hispaniques, bureau MRSH 314""", "not_enrolled", role="staff", codes=["ES1CIV2"], cte="quoted-printable",
note="teacher: LEA students missing from mutualised course (porteur/porté)")
