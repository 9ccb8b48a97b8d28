from lib import m, D
S = "student"
m("001-l1-droit-pas-de-cours.eml", S, "Lea Marchand <lea.marchand@etu.unicaen.fr>", "je ne vois aucun cours", D("2025-09-08 22:41"),
"""Bonjour,

Je suis en première année de droit et je ne vois aucun de mes cours sur ecampus, mon tableau de bord est vide. Les autres de mon TD les voient (on est le TD 7). Je ne sais pas si j'ai fait une erreur a l'inscription ?? Mon numéro étudiant est 25014872.

Merci beaucoup et désolée du dérangement
Léa Marchand""", "course_not_on_dashboard", ["JDL1-TD07"], ["TD 7"], ["JDL1G"], ["25014872"], sch=["groupe etape-TDnn (JDL1-TD07, GEAC2-TP3B)"],
note="L1 droit student (etape in words), empty dashboard; TD 7 of L1 droit")
m("002-sms-pas-inscrit-gea.eml", S, "kevin.l14@gmail.com", "ecampus", D("2025-09-16 01:12"),
"""slt jai pas le cours de fiscalité (cgea3r05) sur ecampus alors que les autres l'ont
jsuis dans le TP 3B
num etu 24001587
merci""", "not_enrolled", ["CGEA3R05", "GEAC2-TP3B"], ["cgea3r05", "TP 3B"], [], ["24001587"],
sch=["IUT site+spec+sem+R/S (CGEA3R05)", "groupe etape-TDnn (JDL1-TD07, GEAC2-TP3B)"], note="SMS style GEA2 student missing from R3.05; lowercase code")
m("003-erasmus-english-cannot-access.eml", S, "Marta Kowalska <marta.kowalska@etu.unicaen.fr>", "Cannot access my courses on Ecampus", D("2025-09-19 10:05"),
"""Dear Sir or Madam,

I am an Erasmus student from Poland (University of Wroclaw), I arrived in Caen this month for the fall semester. I have my student card (number 25090311) but when I log in Ecampus I don't have the courses I chose in my learning agreement, for example HESP110 Spanish and the Corporate Finance course of the IAE (M1FI-C07), English track group.

Could you please help me? My classes already started.

Best regards,
Marta Kowalska""", "not_enrolled", ["HESP110", "M1FI-C07", "IAM1FI-EN"], ["HESP110", "M1FI-C07", "English track group"], [], ["25090311"], lang="en",
sch=["lettres+chiffres (HANG204)", "IAE MnXX-Cnn (M1FI-C07)", "groupe etape-TDnn (JDL1-TD07, GEAC2-TP3B)"], note="incoming Erasmus not enrolled in two courses")
m("004-mot-de-passe-cas.eml", S, "22107845@etu.unicaen.fr", "Impossible de me connecter", D("2025-09-03 08:30"),
"""Bonjour,
depuis ce matin impossible de me connecter a ecampus, il me dit identifiant ou mot de passe incorrect alors que je me connecte sur ma messagerie sans probleme avec le meme. J'ai essayé sur mon telephone et sur l'ordi de la BU (salle 106).
Cordialement
Yanis B.""", "cannot_login", [], [], [], ["22107845"], sch=[], note="student cannot log in; number only in address")
m("005-cas-destination.eml", S, "Chloé Vasseur <chloe.vasseur@hotmail.fr>", "bug connexion", D("2025-10-02 19:47"),
"""Bonjour quand je me connecte ça me met "Connexion réussie, vous voyez cette page car CAS ne connaît pas votre destination finale" et après rien, je reste bloquée. J'arrive sur la page en cherchant "ecampus unicaen" sur google.
Mon numero etudiant 23056190.
Merci""", "cas_unknown_destination", [], [], [], ["23056190"], cs="iso-8859-1", cte="qp", note="CAS without service")
m("006-mauvais-groupe-td-droit.eml", S, "Hugo Lefevre <hugo.lefevre@etu.unicaen.fr>", "Mauvais groupe de TD en droit civil", D("2025-09-24 12:15"),
"""Bonjour,

Sur Ecampus je suis mis dans le groupe TD 12 du cours de droit civil (JD1-CIV2) alors que je suis en TD07 sur mon emploi du temps ADE et que la scolarité m'a confirmé le TD 7. Du coup je ne vois pas les documents de ma chargée de TD.

Numéro étudiant : 25033109
INE : 0912043657H

Merci d'avance,
Hugo Lefèvre""", "wrong_group", ["JD1-CIV2", "JDL1-TD12", "JDL1-TD07"], ["JD1-CIV2", "TD 12", "TD07"], [], ["25033109"],
sch=["droit JDn-XXXn (JD2-OBL3)", "groupe etape-TDnn (JDL1-TD07, GEAC2-TP3B)"], note="wrong TD group in Droit civil; INE look-alike")
m("007-caps-nom-faux.eml", S, "MAXIME DUBOIS <max.dubois50@orange.fr>", "MON NOM EST FAUX", D("2025-10-06 17:02"),
"""BONJOUR
SUR ECAMPUS MON NOM EST ECRIT DUBOIT ET PAS DUBOIS. MES PROFS NE ME TROUVENT PAS DANS LA LISTE.
NUMERO 24078816
MERCI DE CORRIGER""", "wrong_name", [], [], [], ["24078816"], note="wrong surname, all caps")
m("008-premiere-connexion-profil.eml", S, "Ines Haddad <ines.haddad@gmail.com>", "bloquée sur la page profil", D("2025-09-12 14:22"),
"""Bonjour,

À ma première connexion à Ecampus je suis bloquée sur la page "Modifier le profil", il me demande une adresse de courriel mais le champ n'est pas modifiable. Je ne peux rien faire d'autre.
Je suis inscrite en L1 MIA (maths info). n° étudiant 25101274

Merci de votre aide
Inès""", "cannot_login", [], [], ["SL1MIA"], ["25101274"], note="stuck on profile page at first login")
m("009-cours-genetique-disparu.eml", S, "thomas.rouxel@etu.unicaen.fr", "Cours génétique introuvable", D("2025-09-29 09:40"),
"""Bonjour,
Le cours de génétique SB2 GEN2 n'apparaît plus dans ma liste, l'an dernier il y était. On est dans le groupe 4 et la prof nous dit d'aller dessus.
Merci
Thomas Rouxel 24012250""", "course_missing", ["SB2.GEN2", "SL2BIO-G4"], ["SB2 GEN2", "groupe 4"], [], ["24012250"],
sch=["sciences Sxn.XXXn (SB2.GEN3)", "groupe etape-TDnn (JDL1-TD07, GEAC2-TP3B)"], note="student cites old code (now SB2.GEN3), damaged: space for dot")
m("010-l1-psycho-anxieuse.eml", S, "Manon Petit <manon.petit@etu.unicaen.fr>", "urgent !!! pas accès aux cours de psycho", D("2025-09-05 23:58"),
"""Bonjour,

Je suis en L1 de psychologie à distance (EAD) et je n'ai accès à aucun cours ! les partiels sont dans quelques semaines et je panique un peu. J'ai payé mon inscription le 28/08/2025 et j'ai bien reçu ma carte. Je devrais avoir HPSY103 (psychologie du développement) et d'autres.
Mon numéro : 25047763
Téléphone si besoin : 06 71 22 48 90

Merci infiniment
Manon""", "not_enrolled", ["HPSY103"], ["HPSY103"], ["PSYL1"], ["25047763"], sch=["lettres+chiffres (HANG204)"], note="EAD psych L1 not enrolled; phone and date look-alikes")
m("011-m2-terse.eml", S, "a.girard@etu.unicaen.fr", "Participants", D("2025-10-14 11:03"),
"""Plus de lien Participants dans le cours M.1HIS4C. Normal ?""", "participants_block_missing", ["M.1HIS4C"], ["M.1HIS4C"], [], [],
sch=["M.point (M.1SOC2A)"], note="terse student: Participants link gone")
m("012-database-error.eml", S, "Lucas Morel <lucas.morel@etu.unicaen.fr>", "Erreur sur ecampus", D("2025-11-16 10:12"),
"""Bonjour, ce dimanche matin ecampus affiche "Erreur de lecture de la base de données" sur toutes les pages, je dois rendre un devoir pour 12h00 dans le cours id 48213 !! est-ce que ça va revenir ?
Lucas 23091145""", "database_error", [], [], [], ["23091145"], ci=[48213], note="Sunday database error; course id in words")
m("013-tableau-de-bord-filtre.eml", S, "Sarah N. <sarah.n2006@hotmail.fr>", "mes cours ont disparu du tableau de bord", D("2026-01-12 18:30"),
"""Bonjour,
depuis la rentrée de janvier je ne vois plus mes cours du S1 sur mon tableau de bord, par ex "(HANG204) Anglais de spécialité" n'est plus là alors que les partiels de rattrapage arrivent. J'ai un numéro de carte 24065512.
Bonne soirée""", "course_not_on_dashboard", ["HANG204"], ["HANG204"], [], ["24065512"], sch=["lettres+chiffres (HANG204)"], form="alt",
note="S1 course vanished from dashboard (past course filter)")
m("014-but-tc-lisieux-pas-de-groupe.eml", S, "Jade Lemaitre <jade.lemaitre@etu.unicaen.fr>", "Pas de groupe en marketing", D("2025-09-22 13:37"),
"""Bonjour,

Je suis sur le site de Lisieux. Dans le cours de marketing (LTC1 R12) je n'ai aucun groupe, alors que je suis en TD2. Le prof a mis les sujets par groupe donc je ne vois rien.

Jade Lemaitre
24110093""", "wrong_group", ["LTC1R12", "TCL1-TD2"], ["LTC1 R12", "TD2"], [], ["24110093"],
sch=["IUT site+spec+sem+R/S (CGEA3R05)", "groupe etape-TDnn (JDL1-TD07, GEAC2-TP3B)"], note="no group in Lisieux TC marketing; stray space")
m("015-english-cas-page.eml", S, "Daniel Okafor <d.okafor@outlook.com>", "Login page says CAS does not know where to send me", D("2025-09-26 16:20"),
"""Hello,
After I type my login on cas.unicaen.fr it says the authentication succeeded but it does not know my final destination. I can't reach Ecampus. My student ID is 25120457. I'm an international student in the Master 1 Finance at IAE.
Thank you""", "cas_unknown_destination", [], [], ["IAM1FI"], ["25120457"], lang="en", note="English, CAS page")
m("016-cemu-1234-suite.eml", S, "Manon Petit <manon.petit@etu.unicaen.fr>", "Re: [CEMU #48877] urgent !!! pas accès aux cours de psycho", D("2025-09-09 08:14"),
"""Bonjour,

Toujours rien ce matin, je ne vois toujours pas mes cours. Je suis bien dans le groupe CEMU sur mon contrat pédagogique.

Manon

Le ven. 5 sept. 2025 à 23:58, Manon Petit <manon.petit@etu.unicaen.fr> a écrit :
> Bonjour,
> Je suis en L1 de psychologie à distance (EAD) et je n'ai accès à aucun cours !
> Je devrais avoir HPSY103 (psychologie du développement) et d'autres.
> Mon numéro : 25047763""", "not_enrolled", ["HPSY103", "CEMU-PSY1"], ["HPSY103", "groupe CEMU"], ["PSYL1"], ["25047763"],
sch=["lettres+chiffres (HANG204)", "groupe CEMU-xxx (CEMU-PSY1)"], note="follow-up on ticket 48877; group CEMU of L1 psycho")
m("017-typo-oblig.eml", S, "Baptiste <baptiste.c@etu.unicaen.fr>", "cours obligations", D("2025-10-01 20:11"),
"""bonsoir je trouve pas le cour de droit des obligations JD2-0BL3 sur ecampus, jai cherché dans la recherche de cours et y a rien.
baptiste carpentier l2 droit td3
n° 23040027""", "course_missing", ["JD2-OBL3", "JDL2-TD03"], ["JD2-0BL3", "td3"], ["JDL2G"], ["23040027"],
sch=["droit JDn-XXXn (JD2-OBL3)", "groupe etape-TDnn (JDL1-TD07, GEAC2-TP3B)"], note="O/0 damaged droit code; L2 droit TD3")
m("018-merci.eml", S, "Hugo Lefevre <hugo.lefevre@etu.unicaen.fr>", "Re: [CEMU #48790] Mauvais groupe de TD en droit civil", D("2025-09-26 09:02"),
"""Merci c'est bon je suis dans le bon TD maintenant !
Bonne journée""", "other", [], [], [], [], note="thanks, problem solved")
m("019-pass-ue7.eml", S, "Camille Robin <camille.robin@etu.unicaen.fr>", "UE 7 PASS", D("2025-10-20 07:55"),
"""Bonjour,

Je n'ai pas accès à l'UE7 sur ecampus (p1-ue07), le reste fonctionne. Mes amis de la même promo y ont accès.

Merci
Camille Robin - 25002280""", "not_enrolled", ["P1-UE07"], ["p1-ue07"], [], ["25002280"], sch=["sante Pn-UEnn (P1-UE07)"], note="PASS student missing UE7, lowercase")
m("020-visio-hors-sujet.eml", S, "nathan.duval@etu.unicaen.fr", "date du partiel d'anatomie", D("2026-01-06 15:40"),
"""Bonjour, est ce que vous savez quand a lieu le partiel de P1-UE11B ? ce n'est pas marqué sur ecampus. Amphi Pierre Daure ou SA-110 ?
Merci""", "other", ["P1-UE11B"], ["P1-UE11B"], [], [], sch=["sante Pn-UEnn (P1-UE07)"], note="exam date question, room look-alikes")
m("021-esix-english.eml", S, "Ahmed Benali <ahmed.benali@etu.unicaen.fr>", "wrong name on ecampus", D("2025-10-09 09:31"),
"""Hi,
My first name appears as "Ahmet" on Ecampus instead of Ahmed. I'm in the 4th year of the engineering school (ESIX, mechatronics). The robotics teacher (XMP7U03) could not find me.
Student number: 22088341
Thanks,
Ahmed""", "wrong_name", ["XMP7U03"], ["XMP7U03"], ["XIMP4"], ["22088341"], lang="en", sch=["ESIX XfiliereSemUnn (XMP7U03)"], note="wrong first name, English")
m("022-l2-socio-html.eml", S, "Zoé Martin <zoe.martin@etu.unicaen.fr>", "Inscription cours socio orga", D("2025-09-18 10:44"),
"", "not_enrolled", ["M.1SOC2A"], ["M1SOC2A"], [], ["23077104"], sch=["M.point (M.1SOC2A)"], form="html",
html="""<html><body><p>Bonjour,</p><p>Je ne suis pas inscrite dans le cours <b>M1SOC2A</b> (sociologie des organisations) alors que je l'ai choisi en option.<br>Mon n&deg; &eacute;tudiant&nbsp;: 23077104</p><p>Cordialement,<br>Zo&eacute; Martin</p></body></html>""",
note="HTML only, missing dot in M.1SOC2A")
m("023-pas-de-code.eml", S, "julie.b@laposte.net", "Pb ecampus", D("2025-11-04 21:19"),
"""Bonjour
je vois pas mon cours de statistiques, je suis en deuxième année.
Julie""", "course_not_on_dashboard", [], [], [], [], note="vague, no code, no number; year without diploma so no etape")
m("024-inspe-stage.eml", S, "Pauline Guerin <pauline.guerin@etu.unicaen.fr>", "cours de maths cycle 3 invisible", D("2025-10-03 17:25"),
"""Bonjour,
Le cours "(MF1PE305) Enseigner les maths au cycle 3" n'apparaît pas du tout dans mes cours, alors que la formatrice dit qu'il est prêt. Les autres du groupe de stage 3 ont le même souci.
Pauline Guérin, 21003394""", "not_enrolled", ["MF1PE305", "MEF1PE-ST3"], ["MF1PE305", "groupe de stage 3"], [], ["21003394"],
sch=["INSPE MEEF MFnPEnnn (MF1PE305)", "groupe etape-TDnn (JDL1-TD07, GEAC2-TP3B)"], note="INSPE student not enrolled, stage group 3")
m("025-win1252-vire.eml", S, "Theo Lecoq <theo.lecoq@etu.unicaen.fr>", "Mesures physiques Vire", D("2026-01-20 08:05"),
"""Bonjour,

Le cours VMP2R4 n’apparaît pas dans mes cours du S4… « Cours introuvable ».
Numéro étudiant : 24003871

Cordialement
Théo""", "course_missing", ["VMP2R04"], ["VMP2R4"], [], ["24003871"], sch=["IUT site+spec+sem+R/S (CGEA3R05)"], cs="windows-1252", cte="qp",
note="truncated code (missing 0)")
m("026-doctorant-formation.eml", S, "Romain Tessier <romain.tessier@etu.unicaen.fr>", "Formation doctorale éthique", D("2025-11-12 14:50"),
"""Bonjour,

Doctorant en 2e année à l'ED 556, je suis inscrit à la formation "Éthique de la recherche" (ED556 F12) via le catalogue de l'école doctorale mais je n'ai pas accès à l'espace Ecampus correspondant.
N° étudiant 23150062.

Bien cordialement,
Romain Tessier
Doctorant - Laboratoire CRISCO, bureau MRSH 118
02 31 56 62 91""", "not_enrolled", ["ED556F12"], ["ED556 F12"], ["DOC556"], ["23150062"], sch=["ecole doctorale EDnnnFnn (ED556F12)"], note="doctoral training not accessible; office and phone look-alikes")
m("027-fc-foad.eml", S, "Nadia Ferreira <nadia.ferreira@orange.fr>", "accès module management FOAD", D("2025-10-13 19:12"),
"""Bonjour,

Je suis en formation continue, DU Capacité de Gestion des Entreprises à distance. Je n'ai pas accès au module FCMGT 07 (management d'équipe), les autres modules sont ok. Je suis salariée et je ne peux suivre que le soir.
Mon identifiant : 25300418

Merci
Nadia Ferreira
14000 Caen""", "not_enrolled", ["FCMGT-07"], ["FCMGT 07"], ["DUCGEF"], ["25300418"], sch=["formation continue FCxxx-nn (FCMGT-07)"], note="FC FOAD learner; postcode look-alike")
m("028-cohorte-question.eml", S, "pierre.lemonnier@etu.unicaen.fr", "question cohorte tuteurs", D("2025-09-30 12:00"),
"""Bonjour,
Je suis tuteur, on m'a dit d'ajouter la cohorte des L1 dans l'espace de tutorat, mais je ne la trouve pas dans la liste des cohortes. Comment ça marche ?
Pierre""", "cohort_question", [], [], [], [], note="student tutor asks about cohort")
m("029-n0-etu-in-subject.eml", S, "Emma Lebrun <emma.lebrun@etu.unicaen.fr>", "24019988 - pas inscrite SB2.GEN3", D("2025-09-17 09:00"),
"""Bonjour,
voir objet. Merci""", "not_enrolled", ["SB2.GEN3"], ["SB2.GEN3"], [], ["24019988"], sch=["sciences Sxn.XXXn (SB2.GEN3)"], note="all in the subject")
m("030-allemand-version.eml", S, "Louis Fontaine <louis.fontaine@etu.unicaen.fr>", "cours d'allemand", D("2025-10-07 16:16"),
"""Bonjour,
je suis en L3 allemand et dans le cours HAL301 (version et thème) je vois le groupe des L2 et pas le mien, je ne sais pas si c'est normal.
Louis F. 22054481""", "wrong_group", ["HALL301"], ["HAL301"], [], ["22054481"], sch=["lettres+chiffres (HANG204)"], note="letter dropped from HALL301; L3 allemand not in catalogue so no etape")
m("031-sms-dashboard.eml", S, "lilou.p@icloud.com", "aide", D("2026-02-02 23:40"),
"""bjr jvois plus rien sur mon tableau de bord depuis le debut du S2 c normal ??? jsuis en L1 PC
num 25088120""", "course_not_on_dashboard", [], [], ["SL1PHY"], ["25088120"], note="SMS, L1 physique chimie")
m("032-alt-screenshot-db.eml", S, "Antoine Masson <antoine.masson@etu.unicaen.fr>", "Ecampus HS ?", D("2025-11-23 09:48"),
"""Bonjour,
Ecampus m'affiche "Error: Database connection failed" (capture jointe). C'est en panne ?
Antoine""", "database_error", [], [], [], [], png=True, form="alt", note="database connection failed with screenshot")
m("033-iae-group-en.eml", S, "Sofia Rossi <sofia.rossi@etu.unicaen.fr>", "Wrong group in Corporate Finance", D("2025-09-25 11:11"),
"""Hello,
In the Corporate Finance course (M1FI C07) I have been put in the French group but I follow the English track. Could you move me?
Student n° 25120460
Sofia""", "wrong_group", ["M1FI-C07", "IAM1FI-FR", "IAM1FI-EN"], ["M1FI C07", "French group", "English track"], [], ["25120460"], lang="en",
sch=["IAE MnXX-Cnn (M1FI-C07)", "groupe etape-TDnn (JDL1-TD07, GEAC2-TP3B)"], note="English, wrong group in IAE course")
m("034-forward-from-prof.eml", S, "Clara Jouan <clara.jouan@etu.unicaen.fr>", "TR: Inscription au cours", D("2025-09-23 10:20"),
"""Bonjour,
Mon prof m'a dit de vous écrire, voir son message ci-dessous.
Clara Jouan, n° 24099310

---------- Message transféré ----------
De : Frédéric Lamy <frederic.lamy@unicaen.fr>
Date : lun. 22 sept. 2025 à 18:05
Objet : Re: Inscription au cours
À : Clara Jouan <clara.jouan@etu.unicaen.fr>

Bonjour,
Je ne vous vois pas dans les participants de CINF2S01 (SAÉ 2.01). Écrivez à cemu.assistance@unicaen.fr avec votre numéro.
F. Lamy""", "not_enrolled", ["CINF2S01"], ["CINF2S01"], [], ["24099310"], sch=["IUT site+spec+sem+R/S (CGEA3R05)"], note="student forwards teacher's reply")
m("035-archives.eml", S, "Mathis Perrin <mathis.perrin@etu.unicaen.fr>", "cours dans Archives ?", D("2025-09-15 14:14"),
"""Bonjour,
Le cours de fiscalité de l'an dernier CGEA3R15 est maintenant rangé dans une catégorie "Archives" et renommé, j'ai encore besoin des documents pour mon rattrapage. Pourquoi ?
Mathis 23015578""", "course_moved_renamed", ["CGEA3R15"], ["CGEA3R15"], [], ["23015578"], sch=["IUT site+spec+sem+R/S (CGEA3R05)"], note="archived course, code no longer exists")
m("036-ine-only.eml", S, "Yasmine Cherif <yasmine.cherif@gmail.com>", "inscription", D("2025-10-10 10:10"),
"""Bonjour,
Je ne suis pas inscrite dans mes cours d'espagnol. Mon INE est 1402054477F et je suis en L1 LLCER espagnol.
Cordialement""", "not_enrolled", [], [], ["HLL1ES"], [], note="INE only, no student number, no code")
m("037-typo-heavy.eml", S, "kilian.m@etu.unicaen.fr", "jarive pa a macceder", D("2025-09-10 07:12"),
"""bonjoure j'arive pas a me conecter sur ecanpus sa me dit erreure de mot de pass alor que jais changer hier sur le site de l'ent
numero 25066601""", "cannot_login", [], [], [], ["25066601"], note="heavy typos, cannot log in")
m("038-b64-las.eml", S, "Océane Lefrançois <oceane.lefrancois@etu.unicaen.fr>", "LAS 2 inscription", D("2026-01-27 09:33"),
"""Bonjour,

Depuis le S2 je n'ai plus accès au cours de biologie cellulaire SB2.BCE1, alors qu'il continue au S2. Est-ce que j'ai été désinscrite ?

Merci d'avance,
Océane Lefrançois
N° 24030117""", "not_enrolled", ["SB2.BCE1"], ["SB2.BCE1"], [], ["24030117"], sch=["sciences Sxn.XXXn (SB2.GEN3)"], cte="b64", note="base64 body")
m("039-prof-pas-dans-liste-english.eml", S, "Liam O'Brien <liam.obrien@etu.unicaen.fr>", "not in my English class", D("2025-09-29 15:45"),
"""Hi, I am not in the participants list of "Anglais de spécialité" course, group 2 (hang 204). Teacher says to email you. ID 25131177""",
"not_enrolled", ["HANG204", "HANG204G2"], ["hang 204", "group 2"], [], ["25131177"], lang="en", sch=["lettres+chiffres (HANG204)"], note="lowercase+space")
m("040-ue-porte.eml", S, "Elise Caron <elise.caron@etu.unicaen.fr>", "cours histoire des religions", D("2025-10-15 13:02"),
"""Bonjour,
Je suis inscrite à l'EC 2HR7C mais je ne le trouve pas sur ecampus. Mon amie qui est dans l'autre parcours l'a, sous un autre nom.
Élise 23088402""", "course_missing", ["2HR7C"], ["2HR7C"], [], ["23088402"], sch=["chiffre-prefixe INSPE (1CA157)"], note="porte element course missing")
m("041-mail-change.eml", S, "Noah Girard <noah.girard.pro@gmail.com>", "changer adresse mail ecampus", D("2025-11-19 12:30"),
"""Bonjour,
Est-ce que je peux changer l'adresse mail qui apparait sur ecampus ? Les notifications partent sur mon ancienne adresse noah.g@wanadoo.fr que je n'utilise plus.
Noah Girard, 22011236""", "wrong_name", [], [], [], ["22011236"], note="wrong e-mail address shown")
m("042-info-tp.eml", S, "Enzo <enzo.vidal@etu.unicaen.fr>", "TP4A", D("2025-09-11 18:18"),
"""Bonjour, je suis dans le TP4A mais dans ecampus j'apparais sans groupe dans la SAE 2.01 (cinf2s01). merci
enzo vidal 24050671""", "wrong_group", ["CINF2S01", "INFC2-TP4A"], ["cinf2s01", "TP4A"], [], ["24050671"],
sch=["IUT site+spec+sem+R/S (CGEA3R05)", "groupe etape-TDnn (JDL1-TD07, GEAC2-TP3B)"], note="no group; lowercase code")
m("043-quiz-temps.eml", S, "Ambre Leroy <ambre.leroy@etu.unicaen.fr>", "test chronométré", D("2025-12-04 10:58"),
"""Bonjour,
Pendant le test de SP1.MEC2 le chrono s'est arrêté et le test a été soumis automatiquement au bout de 3 minutes au lieu de 30. Est ce que je peux le refaire ?
Ambre Leroy 25071890""", "other", ["SP1.MEC2"], ["SP1.MEC2"], [], ["25071890"], sch=["sciences Sxn.XXXn (SB2.GEN3)"], note="quiz problem")
m("044-english-dashboard.eml", S, "Hannah Weber <hannah.weber@etu.unicaen.fr>", "courses not showing", D("2026-02-09 20:20"),
"""Dear Ecampus team,
since the second semester started my courses do not show on my dashboard any more, only "No courses". I am exchange student (Erasmus, Germany) in second year of law.
Kind regards, Hannah Weber (student number 25090377)""", "course_not_on_dashboard", [], [], ["JDL2G"], ["25090377"], lang="en", note="Erasmus, dashboard empty")
m("045-quote-outlook.eml", S, "Lina Bouaziz <lina.bouaziz@etu.unicaen.fr>", "RE: [CEMU #49102] pas inscrite", D("2025-10-22 08:45"),
"""Bonjour, c'est toujours pareil pour AN-20B, je n'y suis pas.

De : CEMU Assistance <cemu.assistance@unicaen.fr>
Envoyé : mardi 21 octobre 2025 16:02
À : Lina Bouaziz <lina.bouaziz@etu.unicaen.fr>
Objet : [CEMU #49102] pas inscrite

Bonjour,
Votre inscription pédagogique a été corrigée, vous devriez voir le cours AN-20B demain.
Cordialement,
Le CEMU - 02 31 56 51 20""", "not_enrolled", ["AN-20B"], ["AN-20B"], [], [], sch=["tiret LVE (AN-20B)"], form="html", note="Outlook reply, still not enrolled")
