# Mails 001-035 of writer BF (train-ag). Each body written by hand.
# Fields: slug, frm (name, addr), subj, body, fmt ('p' plain, 'a' alternative, 'h' html only),
# cs charset, cte, att [(filename, mime, bytes-or-str)], codes [(canonical, as_written)],
# sn, ids, sym, role, lang, auto, sch, es (etapes_said), note, extra headers.

DR = "droit DR.<sem><MAT> (invented)"
GEO = "géographie <année>GEO<sem><nn> (invented)"
AN = "anglais LLCER AN<sem>0<lettre> (FAQ AN-10A, sans tiret)"
HRP = "histoire master M.<n>HRP<nn><L> + porté 2HRnX (FAQ)"
RCA = "capacité en droit EAD RCAED<nnn>, groupes E<n>, pseudo-groupes ELP_ (FAQ)"
BUT = "BUT IUT <DD>-R<sem><parcours><nn>, groupes <DEP><an>-TD<n> (invented)"
PSY = "psychologie PSY-<sem><nn>, groupes G<n>/CM (invented)"
INF = "informatique INF0<sem><nn>, groupes TP<n> (invented)"
SEF = "sciences de l'éducation FOAD SEF-<sem><nn>, groupes SEF<nnn>-C<n>/-P<n> (invented)"
ECO = "économie E.L<an><MAT>, groupes G<n> (invented)"
MEEF = "MEEF INSPE ME<an>.<sem><nn>, groupes TD<n> (invented)"

PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d49444154789c63000100000500010d0a2db40000000049454e44ae426082")

SIG_DR = """--
Catherine Lemaître
Gestionnaire de scolarité - Licence Droit
UFR de Droit, AES et Administration publique
Bâtiment D, bureau D-112
Esplanade de la Paix - CS 14032 - 14032 CAEN Cedex 5
Tél. 02 31 56 54 87"""

M = []

M.append(dict(slug="etu-l2-droit-dr4civ", frm=("Lucas Fontaine", "lucas.fontaine@etu.unicaen.fr"),
    subj="cours droit civil introuvable", fmt="p", cs="utf-8", cte="8bit",
    body="""Bonjour,

je suis en L2 droit et je ne vois toujours pas le cours de droit civil du S4 sur ecampus (DR4CIV d'apres mon contrat pedagogique). Mes camarades l'ont depuis la rentrée de janvier... enfin depuis la semaine derniere.
Le prof a deja mis les sujets de TD dessus et moi j'ai rien.

Mon numero etudiant : 24017733

Merci d'avance
Lucas""",
    codes=[("DR.4CIV", "DR4CIV")], sn=["24017733"], sym="not_enrolled", role="student", sch=[DR],
    es=["LDRT2"], note="L2 droit student cannot see DR.4CIV, code typed without its dot"))

M.append(dict(slug="ens-droit-td1-td2-vides", frm=("Hervé Le Goff", "herve.legoff@unicaen.fr"),
    subj="DR.3ADM : groupes TD1 et TD2 vides sur Ecampus", fmt="a", cs="iso-8859-1", cte="quoted-printable",
    body="""Bonjour,

Dans mon espace de droit administratif de L2 (DR.3ADM), les étudiants sont bien inscrits (185 participants) mais les TD1 et TD2 sont vides : personne dans ces deux groupes, alors que les TD3 et TD4 sont correctement remplis.
Mes chargés de TD ne peuvent donc pas utiliser les devoirs par groupe. La séance de rendu est prévue le 14/12 en salle D-204.

Pouvez-vous regarder ?

Bien cordialement,

Hervé Le Goff
Maître de conférences en droit public
UFR Droit - Bureau D-310
02 31 56 51 22""",
    codes=[("DR.3ADM", "DR.3ADM"), ("DR.3ADMT1", "TD1"), ("DR.3ADMT2", "TD2"), ("DR.3ADMT3", "TD3"),
           ("DR.3ADMT4", "TD4")],
    sym="wrong_group", role="staff", sch=[DR], note="teacher: TD1 and TD2 of DR.3ADM empty, TD3/TD4 fine"))

M.append(dict(slug="scol-droit-tableau-l3", frm=("Catherine Lemaître", "catherine.lemaitre@unicaen.fr"),
    subj="Etudiants L3 non inscrits sur Ecampus", fmt="h", cs="windows-1252", cte="quoted-printable",
    body="""<html><body><p>Bonjour,</p>
<p>Les étudiants ci-dessous (étape LDRT3) ont bien leur IP jusqu'au groupe dans Apogée depuis le 27/11 mais n'apparaissent pas dans les cours concernés :</p>
<table border="1" cellpadding="3">
<tr><th>N° étudiant</th><th>Nom</th><th>Étape</th><th>Élément</th></tr>
<tr><td>22109845</td><td>BOUVIER Inès</td><td>LDRT3</td><td>DR5PEN</td></tr>
<tr><td>22007316</td><td>N'DIAYE Moussa</td><td>LDRT3</td><td>DR5PEN</td></tr>
<tr><td>23104458</td><td>RENAULT Chloé</td><td>LDRT3</td><td>DR.5CON</td></tr>
</table>
<p>Merci de votre aide,</p>
<p>Catherine Lemaître<br>Gestionnaire de scolarité - Licence Droit<br>Bâtiment D, bureau D-112<br>14032 CAEN Cedex 5<br>Tél. 02 31 56 54 87</p>
</body></html>""",
    codes=[("LDRT3", "LDRT3"), ("DR.5PEN", "DR5PEN"), ("DR.5CON", "DR.5CON")],
    sn=["22109845", "22007316", "23104458"], sym="not_enrolled", role="staff", sch=[DR],
    note="scolarité table: three L3 students missing from DR.5PEN / DR.5CON, étape code beside"))

M.append(dict(slug="etu-geo-geo314", frm=("", "24012345@etu.unicaen.fr"),
    subj="pas acces carto", fmt="p", cs="utf-8", cte="8bit",
    body="""bonjour
j'ai pas le cours de cartographie GEO311 sur ecampus alors que j'ai cours avec mme Perrin tous les mardis en salle S3-045. c'est normal ?? le partiel est le 17 decembre
merci""",
    codes=[("2GEO311", "GEO311")], sn=["24012345"], sym="not_enrolled", role="student", sch=[GEO],
    note="student writes GEO311 for 2GEO311 (year digit dropped)"))

M.append(dict(slug="ens-geo-td1-a-td3-cache", frm=("Sophie Perrin", "sophie.perrin@unicaen.fr"),
    subj="Etudiants de 1GEO114 qui ne voient pas le cours", fmt="a", cs="utf-8", cte="base64",
    body="""Bonjour,

Les étudiants de climatologie de L1 (1GEO114), groupes TD1 à TD3, me disent qu'ils ne voient pas l'espace de cours. Moi je le vois, en grisé il me semble. Le TD4 n'existe plus cette année.

Sophie Perrin
Département de géographie - MRSH, bureau SA-218
06 12 45 78 90""",
    codes=[("1GEO114", "1GEO114"), ("1GEO114TD1", "TD1"), ("1GEO114TD2", "TD1 à TD3"),
           ("1GEO114TD3", "TD3")],
    sym="students_cannot_see_course", role="staff", sch=[GEO],
    note="teacher: students of TD1-TD3 cannot see the (hidden, greyed) course"))

M.append(dict(slug="ens-anglais-idnumber-an40a-2027", frm=("Margaret O'Neill", "margaret.oneill@unicaen.fr"),
    subj="Plus aucun étudiant dans mon cours de traduction", fmt="a", cs="windows-1252", cte="quoted-printable",
    body="""Bonjour,

Depuis lundi mon cours de thème de L2 (https://ecampus.unicaen.fr/course/view.php?id=48213) n'a plus aucun étudiant, il ne reste que moi et ma collègue.
J'avoue avoir modifié les paramètres du cours la semaine dernière : comme je réutilise l'espace l'an prochain j'ai mis « AN40A-2027 » dans le numéro d'identification, à la place de l'ancien code qui était AN40A tout court. Est-ce que ça peut venir de là ?

Les 3 groupes (G1, G2, G3) ont disparu aussi.

Margaret O'Neill
PRAG d'anglais - UFR LVE
Bureau MR 042, tél. 02 31 56 62 18""",
    codes=[("AN40A-2027", "AN40A-2027"), ("AN40A", "AN40A"), ("AN40AG1", "G1"), ("AN40AG2", "G2"),
           ("AN40AG3", "G3")],
    ids=[48213], sym="not_enrolled", role="staff", sch=[AN],
    note="teacher edited the idnumber to AN40A-2027 (no APOGÉE code): students and groups gone"))

M.append(dict(slug="etu-an4oa-tableau-de-bord", frm=("Emma Duval", "emma.duval@etu.unicaen.fr"),
    subj="cours AN4OA pas dans mes cours", fmt="p", cs="iso-8859-1", cte="quoted-printable",
    body="""Bonjour,

Je peux aller sur le cours de traduction AN4OA en passant par le lien que la prof nous a donné (https://ecampus.unicaen.fr/course/view.php?id=48213) mais il n'apparait pas sur mon tableau de bord, ni dans "Mes cours". Les autres cours du semestre sont bien là.

Cordialement,
Emma Duval
L2 LLCER anglais - n° 23008841""",
    codes=[("AN40A", "AN4OA")], sn=["23008841"], ids=[48213], sym="course_not_on_dashboard", role="student",
    sch=[AN], es=["LANG2"], note="student: AN40A written with O for 0, course reachable by link but not on dashboard"))

M.append(dict(slug="resp-master-histoire-porte", frm=("Jean-Marc Lebreton", "jean-marc.lebreton@unicaen.fr"),
    subj="TR: étudiants de 2HR5C absents du cours mutualisé", fmt="p", cs="utf-8", cte="quoted-printable",
    body="""Bonjour,

Je vous transfère le message de la scolarité. Pour résumer : depuis que 2HR5C est porté par M1HRP9C, les étudiants inscrits sur 2HR5C ne sont plus nulle part sur Ecampus. Les étudiants de M1 histoire inscrits directement sur le porteur, eux, sont bien là.

JM Lebreton
Responsable du Master Histoire

---------- Message transféré ----------
De : Scolarité Histoire <scol.histoire@unicaen.fr>
Date : lun. 7 déc. 2026 à 10:02
Objet : 2HR5C
À : Jean-Marc Lebreton <jean-marc.lebreton@unicaen.fr>

Bonjour M. Lebreton,
La relation porteur/porté a été saisie le 30/11. Les étudiants ont leur IP sur 2HR5C et sont affectés dans la collection M.1HRP9CTD. Exemple : 23115590, 22087012.
Cordialement,
Nadia""",
    codes=[("2HR5C", "2HR5C"), ("M.1HRP9C", "M1HRP9C"), ("M.1HRP9CTD", "M.1HRP9CTD")],
    sn=["23115590", "22087012"], sym="not_enrolled", role="staff", sch=[HRP],
    note="director forwards: students of porté 2HR5C missing from porteur M.1HRP9C (written without dot)"))

M.append(dict(slug="etu-capacite-ead-pseudo-groupe", frm=("Sandrine Hue", "sandrine.hue72@orange.fr"),
    subj="Mauvais groupe cours à distance", fmt="p", cs="windows-1252", cte="8bit",
    body="""Bonjour,

Je suis en 1re année de capacité en droit à distance (n° étudiant 25300418). Dans le cours de droit des contrats RCAED334 je suis dans le groupe "ELP_RCAED334_CM" et pas dans un groupe EAD comme les autres étudiants à distance, du coup je ne vois pas les documents déposés pour les distanciels ni les classes virtuelles.

Je travaille en journée, merci de me répondre par mail plutôt que par téléphone.

Sandrine Hue
72000 Le Mans""",
    codes=[("RCAED334", "RCAED334"), ("ELP_RCAED334_CM", "ELP_RCAED334_CM")], sn=["25300418"],
    sym="wrong_group", role="student", sch=[RCA], es=["CAPDR1"],
    note="distance student put in ADE pseudo-group ELP_RCAED334_CM instead of an EAD group"))

M.append(dict(slug="ens-but-gea-alternants", frm=("Patrick Vauquelin", "patrick.vauquelin@unicaen.fr"),
    subj="R4.A.10 - alternants absents", fmt="a", cs="utf-8", cte="quoted-printable",
    body="""Bonjour,

Sur l'espace de la ressource R4.A.10 Contrôle de gestion (GE-R4A10), le groupe des alternants n'est pas inscrit : je n'ai que les étudiants en formation initiale (TD1 à TD3). Les alternants sont à l'IUT une semaine sur deux, ils reviennent le 14 décembre et doivent rendre un devoir sur Ecampus.

La promo fait 96 étudiants dont 28 alternants.

Cordialement

Patrick Vauquelin
IUT Grand Ouest Normandie - Département GEA
Campus 3, 14123 Ifs - bureau 2.14
Tél : 02 31 52 55 60""",
    codes=[("GE-R4A10", "GE-R4A10"), ("GEA2-ALT", "groupe des alternants"), ("GEA2-TD1", "TD1"),
           ("GEA2-TD2", "TD1 à TD3"), ("GEA2-TD3", "TD3")],
    sym="not_enrolled", role="staff", sch=[BUT],
    note="BUT teacher: apprentices' group missing from GE-R4A10 (resource R4.A.10)"))

M.append(dict(slug="etu-but-gea-mauvais-td", frm=("Yanis Belkacem", "yanis.belkacem@etu.unicaen.fr"),
    subj="mauvais groupe GER4A10", fmt="p", cs="utf-8", cte="8bit",
    body="""Bonjour

je suis en 2e année GEA, sur le cours GER4A10 (controle de gestion) je suis mis dans le TD2 alors que je suis en TD1 depuis septembre sur ADE. du coup je ne vois pas les dépots de mon groupe

yanis belkacem 24003391

Envoyé de mon iPhone""",
    codes=[("GE-R4A10", "GER4A10"), ("GEA2-TD2", "TD2"), ("GEA2-TD1", "TD1")], sn=["24003391"],
    sym="wrong_group", role="student", sch=[BUT], es=["BGEA2"],
    note="BUT GEA 2 student in TD2 instead of TD1 on GE-R4A10 (dash dropped)"))

M.append(dict(slug="ens-but-tc-pas-inscrit", frm=("Aurélie Marchand", "aurelie.marchand@unicaen.fr"),
    subj="Pas inscrite comme enseignante - R3.05", fmt="p", cs="iso-8859-1", cte="quoted-printable",
    body="""Bonjour,

Je donne la ressource R3.05 Marketing digital en TC (code TCR305 dans ADE) depuis la rentrée mais je ne suis pas inscrite comme enseignante dans l'espace Ecampus. Mes heures sont bien planifiées dans ADE, 3 groupes de TD le jeudi.

Je suis vacataire, mon identifiant est amarchand.

Merci,
Aurélie Marchand
06 71 22 83 40""",
    codes=[("TC-R305", "TCR305")], sym="teacher_not_enrolled", role="staff", sch=[BUT],
    note="part-time teacher not enrolled in TC-R305 (R3.05 national name beside)"))

M.append(dict(slug="etu-psy305-g3-g5", frm=("Clara Morin", "clara.morin@etu.unicaen.fr"),
    subj="changement de groupe methodo stats", fmt="p", cs="utf-8", cte="8bit",
    body="""Bonjour,

En méthodo stats (PSY305) je suis toujours dans le G3 sur ecampus alors que la scolarité m'a changée de groupe il y a 10 jours, je suis en G5 maintenant (le mardi 8h-10h amphi B).
Je ne vois pas les documents du G5.

Clara Morin, L2 psycho, 24110283""",
    codes=[("PSY-305", "PSY305"), ("PSY-305G3", "G3"), ("PSY-305G5", "G5")], sn=["24110283"],
    sym="wrong_group", role="student", sch=[PSY], es=["LPSY2"],
    note="student still in G3 instead of G5 of PSY-305 (dash dropped)"))

M.append(dict(slug="ens-psy412-cm-vide", frm=("Nicolas Guérin", "nicolas.guerin@unicaen.fr"),
    subj="PSY-403 : groupe CM vide", fmt="a", cs="utf-8", cte="base64",
    body="""Bonjour,

Dans l'espace PSY-403 (neuropsychologie S4), le groupe CM est vide alors que les groupes G1 à G4 sont bien remplis. Je dépose les supports de CM pour le groupe CM uniquement, donc personne ne les voit.

Nicolas Guérin
Laboratoire de Psychologie Caen Normandie
Tél. : 02 31 56 68 71 - bureau SH 027""",
    codes=[("PSY-403", "PSY-403"), ("PSY-403CM", "CM"), ("PSY-403G1", "G1"), ("PSY-403G2", "G1 à G4"),
           ("PSY-403G3", "G1 à G4"), ("PSY-403G4", "G4")],
    sym="wrong_group", role="staff", sch=[PSY], note="teacher: CM group of PSY-403 empty, G1-G4 fine"))

M.append(dict(slug="etu-info203-pas-inscrit", frm=("", "25007712@etu.unicaen.fr"),
    subj="INFO203", fmt="p", cs="utf-8", cte="8bit",
    body="""Bonjour,
je suis en L2 info et je n'ai pas acces au cours de bases de donnees INFO203. j'ai fait mon inscription pedagogique en retard (le 2 decembre) a cause de mon dossier de bourse.
Merci de m'inscrire svp""",
    codes=[("INF0203", "INFO203")], sn=["25007712"], sym="not_enrolled", role="student", sch=[INF],
    es=["LINF2"], note="late IP, INF0203 written INFO203 (O for 0)"))

M.append(dict(slug="ens-info-tp1-ambigu", frm=("Thomas Leclerc", "thomas.leclerc@unicaen.fr"),
    subj="Groupes TP réseaux/systèmes", fmt="p", cs="utf-8", cte="quoted-printable",
    body="""Bonjour,

Sur INF0505 et INFO504 (réseaux et systèmes de L3, même équipe), les TP1 sont vides, tous les étudiants sont en TP2 et TP3. On a 3 salles machines (S3-151, S3-153, S3-155) donc 3 groupes.

Thomas Leclerc
Département d'informatique - UFR des Sciences
Tél. 02 31 56 73 44""",
    codes=[("INF0505", "INF0505"), ("INF0504", "INFO504")],
    sym="wrong_group", role="staff", sch=[INF],
    note="TP1/TP2/TP3 of two cited courses: ambiguous, not counted as groups"))

M.append(dict(slug="etu-sef-ead-groupe-presentiel", frm=("Véronique Lesage", "veronique.lesage@etu.unicaen.fr"),
    subj="Groupe présentiel au lieu de CEMU", fmt="p", cs="windows-1252", cte="quoted-printable",
    body="""Bonjour,

Je suis en L3 sciences de l'éducation à distance. Dans le cours SEF301 (histoire de l'éducation) on m'a mise dans le groupe SEF301-P1 qui est le groupe présentiel, au lieu d'un groupe CEMU. Je n'ai donc pas les consignes du dossier à rendre.

Je travaille à Cherbourg (50100), je ne peux pas venir aux TD à Caen.

Véronique Lesage - 21904476""",
    codes=[("SEF-301", "SEF301"), ("SEF301-P1", "SEF301-P1")], sn=["21904476"], sym="wrong_group",
    role="student", sch=[SEF], es=["LSEF3D"],
    note="distance student placed in face-to-face group of SEF-301; 'un groupe CEMU' ambiguous (C1/C2)"))

M.append(dict(slug="ens-sef502-pseudo-groupe", frm=("Anne-Sophie Roussel", "anne-sophie.roussel@unicaen.fr"),
    subj="SEF-502 : étudiants à distance non inscrits", fmt="a", cs="utf-8", cte="quoted-printable",
    body="""Bonjour,

Dans mon cours SEF-502 (sociologie de l'éducation, 100 % à distance), je n'ai que les 12 étudiants présentiels, tous dans le groupe ELP_SEF-502_CM. Les 40 étudiants en EAD ne sont pas inscrits du tout.
Il n'y a pas de groupe Apogée sur ce cours, c'est peut-être ça ?

Anne-Sophie Roussel
Maîtresse de conférences - Sciences de l'éducation
CIRNEF, bureau SA 109""",
    codes=[("SEF-502", "SEF-502"), ("ELP_SEF-502_CM", "ELP_SEF-502_CM")], sym="not_enrolled", role="staff",
    sch=[SEF], note="distance students missing; only pseudo-group ELP_SEF-502_CM"))

M.append(dict(slug="etu-el2mic-tableau-de-bord", frm=("Hugo Marie", "hugo.marie@etu.unicaen.fr"),
    subj="micro eco disparu de mon tableau de bord", fmt="p", cs="utf-8", cte="8bit",
    body="""Bonjour,

le cours de microéconomie EL2MIC a disparu de mon tableau de bord depuis hier. Je suis quand meme inscrit, je me vois dans les participants quand j'y vais par l'historique de mon navigateur.
J'ai peut etre appuyé sur un truc (filtre ?) sur la page d'accueil.

Hugo""",
    codes=[("E.L2MIC", "EL2MIC")], sym="course_not_on_dashboard", role="student", sch=[ECO],
    note="enrolled but E.L2MIC (dot dropped) gone from dashboard"))

M.append(dict(slug="scol-eco-liste-l2", frm=("Sylvie Hamel", "sylvie.hamel@unicaen.fr"),
    subj="Inscriptions manquantes L2 Eco", fmt="a", cs="iso-8859-1", cte="quoted-printable",
    body="""Bonjour,

Plusieurs étudiants de LECO2 ne sont pas inscrits dans les espaces suivants :
- E.L2MIC : 24006617, 24009932
- E.L2MAC : 24006617
- EL3ECO (redoublant avec dette) : 23001845

Pour E.L2MAC ils doivent être dans les G1 et G2, les IP sont faites jusqu'au groupe.

Sylvie Hamel
Scolarité Economie-Gestion - 19 rue Claude Bloch, 14000 Caen
Tél. 02 31 56 55 03 - Fax 02 31 56 55 99""",
    codes=[("LECO2", "LECO2"), ("E.L2MIC", "E.L2MIC"), ("E.L2MAC", "E.L2MAC"), ("E.L3ECO", "EL3ECO"),
           ("E.L2MACG1", "G1"), ("E.L2MACG2", "G2")],
    sn=["24006617", "24009932", "23001845"], sym="not_enrolled", role="staff", sch=[ECO],
    note="scolarité list of students missing from three economics courses; étape code LECO2"))

M.append(dict(slug="ens-meef-cours-deplace", frm=("Isabelle Tardif", "isabelle.tardif@unicaen.fr"),
    subj="Mon cours a changé de nom et de catégorie ?!", fmt="p", cs="utf-8", cte="quoted-printable",
    body="""Bonjour,

Mon cours de français pour les M1 MEEF premier degré (ME1202 je crois) s'appelle maintenant « [ARCHIVE] Français M1 S2 » et il est rangé dans une catégorie Archives 2025-2026. Tout mon contenu est dedans. Il y a un nouvel espace vide à côté avec un code ME1.202... Je ne comprends pas ce qui s'est passé.

Isabelle Tardif
INSPE Normandie Caen - site de Caen
186 rue de la Délivrande, 14000 Caen""",
    codes=[("ME1.202", "ME1202")], sym="course_moved_renamed", role="staff",
    sch=[MEEF], es=["MEEF1D"], note="INSPE teacher: course archived and renamed, new empty space"))

M.append(dict(slug="scol-droit-transfert-dr-4-civ", frm=("Catherine Lemaître", "catherine.lemaitre@unicaen.fr"),
    subj="TR: pb acces cours", fmt="p", cs="windows-1252", cte="quoted-printable",
    body="""Bonjour,

Je vous transfère la demande de cette étudiante. Son IP est correcte dans Apogée (L2, groupe TD3 de droit civil).

""" + SIG_DR + """

-----Message d'origine-----
De : Manon Lefèvre <manon.lefevre@etu.unicaen.fr>
Envoyé : jeudi 3 décembre 2026 22:41
À : scol-droit <scol-droit@unicaen.fr>
Objet : pb acces cours

Bonsoir madame,
je n'arrive pas à avoir le cours dr 4 civ sur ecampus, je suis en TD3 le vendredi.
Manon Lefèvre 24101287""",
    codes=[("DR.4CIVT3", "TD3"), ("DR.4CIV", "dr 4 civ")], sn=["24101287"], sym="not_enrolled", role="staff",
    sch=[DR], note="forwarded student mail: 'dr 4 civ' with spaces; TD3 of droit civil (L2, S4 only cited course)"))

M.append(dict(slug="ens-psy-etape-beside-code", frm=("Delphine Caron", "delphine.caron@unicaen.fr"),
    subj="LPSY3 / PSY-503 - pas inscrite", fmt="a", cs="utf-8", cte="quoted-printable",
    body="""Bonjour,

Je ne suis pas inscrite comme enseignante dans le cours LPSY3 / PSY-503 (neuropsychologie, S5), alors que mon service est planifié dans ADE depuis septembre (CM le lundi 10h15, amphi Daure). Ma collègue qui fait les TD est bien inscrite.

Bien à vous,
Delphine Caron
MCF psychologie - bureau SH 114 - poste 6 82 19""",
    codes=[("LPSY3", "LPSY3"), ("PSY-503", "PSY-503")], sym="teacher_not_enrolled", role="staff", sch=[PSY],
    note="étape code written beside the element code; teacher not enrolled"))

M.append(dict(slug="scol-droit-cohorte-l1", frm=("Julien Grandin", "julien.grandin@unicaen.fr"),
    subj="Cohorte LDRT1 pour le cours d'histoire du droit ?", fmt="p", cs="utf-8", cte="8bit",
    body="""Bonjour,

Une question : beaucoup d'étudiants de L1 (LDRT1) ont fait leur IP très tard cette année et ne sont pas encore dans DR1CIV ni dans DR.1HIS. Est-ce qu'on peut ajouter la cohorte de l'étape dans ces deux cours, en attendant ? Et faudra-t-il l'enlever nous-mêmes ensuite ?

Julien Grandin
Directeur des études L1 Droit""",
    codes=[("LDRT1", "LDRT1"), ("DR.1CIV", "DR1CIV"), ("DR.1HIS", "DR.1HIS")], sym="cohort_question",
    role="staff", sch=[DR], note="director of studies asks about adding the étape cohort to two courses"))

M.append(dict(slug="ens-histoire-m2hrp1a-introuvable", frm=("Gaëlle Poulain", "gaelle.poulain@unicaen.fr"),
    subj="cours de séminaire introuvable", fmt="p", cs="iso-8859-1", cte="quoted-printable",
    body="""Bonjour,

je cherche l'espace du séminaire de recherche des M2 histoire, code m2hrp1a d'après la maquette. Il n'existe pas sur Ecampus (recherche par code et par nom, rien). L'an dernier il existait.

Cordialement,
G. Poulain
MRSH - bureau SA 402""",
    codes=[("M.2HRP1A", "m2hrp1a")], sym="course_missing", role="staff", sch=[HRP],
    note="course M.2HRP1A (lower case, dot dropped) not found on Ecampus"))

M.append(dict(slug="ens-but-info-tp1a-tp1b", frm=("Fabien Jacquet", "fabien.jacquet@unicaen.fr"),
    subj="IN-R105 groupes TP inversés", fmt="h", cs="utf-8", cte="quoted-printable",
    body="""<html><body><div>Bonjour,</div>
<div><br></div>
<div>Sur la ressource R1.05 Introduction aux bases de données (IN-R105) les TP1A et TP1B sont inversés par rapport à ADE : les étudiants qui viennent le mercredi en salle 118 sont dans TP1B sur Ecampus.</div>
<div><br></div>
<div>Fabien Jacquet<br>IUT Grand Ouest Normandie - Dept Informatique<br>Bd Maréchal Juin, 14000 Caen<br>02 31 56 70 70</div>
</body></html>""",
    codes=[("IN-R105", "IN-R105"), ("INF1-TP1A", "TP1A"), ("INF1-TP1B", "TP1B")], sym="wrong_group",
    role="staff", sch=[BUT], note="BUT info TP1A/TP1B swapped on IN-R105 (R1.05)"))

M.append(dict(slug="etu-rcaed-336-tableau", frm=("Bernard Jouan", "bjouan14@gmail.com"),
    subj="Capacité droit - cours absent de mon tableau de bord", fmt="p", cs="utf-8", cte="8bit",
    body="""Bonjour,

Etudiant en capacité en droit 2e année à distance (25300622), je ne retrouve pas sur mon tableau de bord le cours RCAED 336 (droit social). Pourtant quand je tape l'adresse https://ecampus.unicaen.fr/course/view.php?id=51077 j'arrive bien dessus et je vois les cours enregistrés.

Bernard Jouan""",
    codes=[("RCAED336", "RCAED 336")], sn=["25300622"], ids=[51077], sym="course_not_on_dashboard",
    role="student", sch=[RCA], es=["CAPDR2"], note="distance student: RCAED336 with a space, not on dashboard"))

M.append(dict(slug="etu-eco-g4-el3eco", frm=("Léa Bertin", "lea.bertin@etu.unicaen.fr"),
    subj="groupe econometrie", fmt="p", cs="utf-8", cte="8bit",
    body="""Bonjour,
En E.L3ECO je n'apparais dans aucun groupe, normalement je suis dans le G4 avec M. Simon. Les autres de mon TD sont dedans.
Léa Bertin n°23005579""",
    codes=[("E.L3ECO", "E.L3ECO"), ("E.L3ECOG4", "G4")], sn=["23005579"], sym="wrong_group", role="student",
    sch=[ECO], note="student in no group of E.L3ECO, should be G4"))

M.append(dict(slug="etu-psy608-psy690", frm=("Inès Carpentier", "ines.carpentier@etu.unicaen.fr"),
    subj="Cours inexistant ??", fmt="p", cs="utf-8", cte="8bit",
    body="""Bonjour,

Je n'arrive pas à trouver les cours PSY 608 et PSY-690 sur ecampus. Le 608 c'est l'anglais de psycho je crois, le 690 c'est l'option qu'on m'a dit de prendre en remplacement du stage.

Merci
Inès""",
    codes=[("PSY-608", "PSY 608"), ("PSY-690", "PSY-690")], sym="course_missing", role="student", sch=[PSY],
    note="student looks for PSY-608 (space) and an unknown PSY-690"))

M.append(dict(slug="etu-info-info799-inconnu", frm=("", "24102219@etu.unicaen.fr"),
    subj="cours INFO799 manquant", fmt="p", cs="utf-8", cte="8bit",
    body="""Bonjour, il me manque le cours INFO799 sur mon ecampus. C'est dans mon contrat pedagogique de L3. Merci.""",
    codes=[("INFO799", "INFO799")], sn=["24102219"], sym="not_enrolled", role="student", sch=[INF],
    es=["LINF3"], note="student cites INFO799, a code APOGÉE does not know"))

M.append(dict(slug="etu-droit-dr7civ", frm=("Maxime Tessier", "maxime.tessier@etu.unicaen.fr"),
    subj="DR7CIV ???", fmt="p", cs="utf-8", cte="8bit",
    body="""slt
on m'a dit que le cours DR7CIV etait sur ecampus mais je le trouve pas. c'est pour le TD de vendredi

max""",
    codes=[("DR7CIV", "DR7CIV")], sym="course_missing", role="student", sch=[DR],
    note="student cites DR7CIV (no S7 in licence: unknown code)"))

M.append(dict(slug="ens-but-gea-trop-enseignants", frm=("Christine Lebas", "christine.lebas@unicaen.fr"),
    subj="Trop d'enseignants dans l'espace R4.A.11", fmt="a", cs="windows-1252", cte="quoted-printable",
    body="""Bonjour,

Dans l'espace R4.A.11 (code GER4A11) il y a 14 enseignants inscrits, dont des collègues de TC qui n'y interviennent pas. Même chose dans R4.A.12. Nous ne sommes que 3 à intervenir. Les alternants du GEA2-ALT reçoivent du coup des messages de tout le monde.

Christine Lebas
Cheffe du département GEA
IUT - Campus 3 - 14123 IFS""",
    codes=[("GE-R4A11", "GER4A11"), ("GEA2-ALT", "GEA2-ALT")], sym="too_many_teachers", role="staff",
    sch=[BUT], note="too many teachers in GE-R4A11; R4.A.12 national name alone is not a code"))

M.append(dict(slug="resp-meef-tableau-enseignants", frm=("Olivier Besnard", "olivier.besnard@unicaen.fr"),
    subj="Enseignants non inscrits - MEEF", fmt="h", cs="utf-8", cte="base64",
    body="""<html><body><p>Bonjour,</p>
<p>Voici la liste des collègues qui ne sont toujours pas inscrits dans leurs espaces :</p>
<table border="1">
<tr><th>Étape</th><th>Code cours</th><th>Intitulé</th><th>Enseignant</th></tr>
<tr><td>MEEF1D</td><td>ME1.204</td><td>Sciences</td><td>M. Dufour</td></tr>
<tr><td>MEEF1D</td><td>ME1106</td><td>Stage</td><td>Mme Lerouge</td></tr>
<tr><td>MEEF2D</td><td>ME2.305</td><td>Mémoire</td><td>Mme Lerouge</td></tr>
</table>
<p>Les services sont saisis dans ADE.</p>
<p>Olivier Besnard<br>Responsable pédagogique MEEF 1er degré - INSPE Caen<br>Tél. 02 31 56 61 00</p></body></html>""",
    codes=[("MEEF1D", "MEEF1D"), ("ME1.204", "ME1.204"), ("ME1.106", "ME1106"), ("MEEF2D", "MEEF2D"),
           ("ME2.305", "ME2.305")], sym="teacher_not_enrolled", role="staff", sch=[MEEF],
    note="HTML table of teachers not enrolled, étape codes beside element codes"))

M.append(dict(slug="erasmus-an50b-english", frm=("Julia Schneider", "julia.schneider@etu.unicaen.fr"),
    subj="Cannot access my British civilisation course", fmt="p", cs="utf-8", cte="8bit",
    body="""Hello,

I am an Erasmus student from Leipzig, here for the whole year. I registered for "Civilisation britannique" (AN 50B) but I cannot see it on Ecampus, only the French courses appear. My student number is 26700154.

Could you please add me? The teacher said the first essay is due on 11 December.

Best regards,
Julia Schneider""",
    codes=[("AN50B", "AN 50B")], sn=["26700154"], sym="not_enrolled", role="student", lang="en", sch=[AN],
    note="incoming Erasmus student (English) not enrolled in AN50B, written with a space"))

M.append(dict(slug="scol-sef-cohorte-ead", frm=("Martine Lecoq", "martine.lecoq@unicaen.fr"),
    subj="Question cohorte EAD", fmt="p", cs="iso-8859-1", cte="quoted-printable",
    body="""Bonjour,

Est-il possible d'ajouter la cohorte LSEF3D dans le cours SEF-305 ? Une enseignante me le demande parce que ses étudiants à distance ne sont pas dans les groupes SEF305-C1 et SEF305-C2. Je préfère vous demander avant, je crois que ce n'est pas recommandé.

Martine Lecoq
Scolarité Sciences de l'éducation / FOAD""",
    codes=[("LSEF3D", "LSEF3D"), ("SEF-305", "SEF-305"), ("SEF305-C1", "SEF305-C1"), ("SEF305-C2", "SEF305-C2")],
    sym="cohort_question", role="staff", sch=[SEF], note="secretary asks whether to add cohort LSEF3D to SEF-305"))

M.append(dict(slug="ens-geo-2geo-314-invisible", frm=("Sophie Perrin", "sophie.perrin@unicaen.fr"),
    subj="Re: pas acces carto", fmt="p", cs="utf-8", cte="quoted-printable",
    extra={"In-Reply-To": "<a81f2c@etu.unicaen.fr>", "References": "<a81f2c@etu.unicaen.fr>"},
    body="""Bonjour,

Je me permets de vous écrire à propos de mon cours de cartographie 2GEO-311 : aucun étudiant ne le voit, alors que j'ai bien cliqué sur "Afficher" dans les paramètres la semaine dernière. Ils sont pourtant 64 inscrits dans les participants.

Sophie Perrin

Le 1 déc. 2026 à 08:12, 24012345@etu.unicaen.fr a écrit :
> bonjour
> j'ai pas le cours de cartographie GEO311 sur ecampus
> merci""",
    codes=[("2GEO311", "2GEO-311")], sn=["24012345"], sym="students_cannot_see_course", role="staff",
    sch=[GEO], note="teacher: students cannot see 2GEO311 (dash added); quoted student mail with GEO311"))
