# mails 1-35 : (slug, from, subject, date, body, spec)
MAILS = []
def M(slug, frm, subject, date, body, **kw):
    MAILS.append(dict(slug=slug, frm=frm, subject=subject, date=date, body=body, **kw))

M("etu-l2-droit-td-mardi", "25014477@etu.unicaen.fr", "pas dans mon td", "2026-09-14 22:41",
"""bonjour
je suis en L2 droit et en obligations (ju2obl3) je suis pas dans le groupe de TD du mardi sur ecampus alors que c'est mon groupe sur ADE, je vois que le cours mais pas les docs du TD. la chargée de TD a dit de vous ecrire
merci
Yanis
""", codes=[("JU2OBL3","ju2obl3"),("JU2OBL3-T3","groupe de TD du mardi")], nums=["25014477"], sym="wrong_group", role="student",
etapes=["JUDL2"], note="L2 droit student not in the Tuesday TD group of the course cited just before", cte="8bit")

M("sec-droit-liste-civ1", "Martine Lebrun <martine.lebrun@unicaen.fr>", "JU1CIV1", "2026-09-16 09:12",
"""JU1CIV1-T2 : 25011234 / 25011876 / 25012090
JU1CIV1-T4 : 25010045

Martine LEBRUN
Scolarité Licence - UFR Droit, AES et Administration publique
Bureau SA 118 - Esplanade de la Paix - 14032 Caen cedex
Tél. 02 31 56 54 12
""", codes=["JU1CIV1","JU1CIV1-T2","JU1CIV1-T4"], nums=["25011234","25011876","25012090","25010045"], sym="not_enrolled",
role="staff", note="secretary sends bare list of students per TD group of JU1CIV1, no explanation", cs="iso-8859-1")

M("etu-ead-geo-groupe-distance", "Chloé Vautier <chloe.vautier@etu.unicaen.fr>", "Groupe à distance cartographie", "2026-09-21 07:55",
"""Bonjour,

Je suis inscrite en L2 géographie en télé-enseignement (je travaille à côté, à Saint-Lô). Dans le cours GG305C Cartographie je me retrouve dans le groupe TD1 alors que je devrais être dans le groupe distance, du coup je ne vois pas les devoirs à rendre pour les étudiants à distance.
Mon numéro étudiant : 24007815

Merci d'avance,
Chloé Vautier
""", codes=["GG305C",("GG305C-TD1","groupe TD1"),("GG305CCEMU","groupe distance")], nums=["24007815"], sym="wrong_group", role="student",
etapes=["GGL2"], note="EAD L2 geography student put in TD1 instead of the distance (CEMU) group", cs="windows-1252", cte="quoted-printable")

M("en-erasmus-fle-oral", "Lukas Brandt <lukas.brandt@etu.unicaen.fr>", "Course not visible", "2026-09-22 18:03",
"""Hello,

I am an Erasmus student from Leipzig, here for the whole year. On my learning agreement I have FLB1-ORAL (French oral expression B1) but I cannot see it on Ecampus, only the welcome course. My student number is 26100342.
Could you please help me?

Best regards,
Lukas
""", codes=[("FLB1ORAL","FLB1-ORAL")], nums=["26100342"], sym="not_enrolled", role="student", lang="en",
note="incoming Erasmus student does not see his FLE course")

M("ens-staps-options-vides", "Pascal Hérouard <pascal.herouard@unicaen.fr>", "ST5-310 options vides", "2026-09-23 11:30",
"""Bonjour,

Dans mon cours ST5-310 les groupes option natation et option escalade sont vides (0 participant) alors que le groupe handball est rempli. Les étudiants ont pourtant choisi leur option en juillet.
Je dois rendre les fiches d'évaluation pour le 2 octobre.

Cordialement,
Pascal Hérouard
MCF - UFR STAPS
2 boulevard du Maréchal Juin, 14032 Caen
Bureau 214 - 02 31 56 72 80
""", codes=["ST5-310",("ST5-310NAT","option natation"),("ST5-310ESC","option escalade"),("ST5-310HAN","groupe handball")], sym="wrong_group", role="staff",
note="STAPS teacher: two option groups of a cited course are empty")

M("etu-but-gea-r105", "Inès Haddad <ines.haddad@etu.unicaen.fr>", "Ressource R1.05 absente", "2026-09-08 13:20",
"""Bonjour,
je suis en BUT GEA 1ere annee et je ne trouve pas le cours de la ressource R1.05 (compta) sur ecampus. Sur l'emploi du temps c'est marqué GE1RO5. Les autres ressources je les ai.
Numero etudiant 26002231
Merci
""", codes=[("GE1R05","GE1RO5")], nums=["26002231"], sym="not_enrolled", role="student", etapes=["GEB1"],
note="BUT GEA first-year student misses one resource; code with O for 0; R1.05 is a national name, not a code")

M("dir-lea-tableau-deplacements", "Nuria Castillo <nuria.castillo@unicaen.fr>", "Changements de groupe LE-2ES04", "2026-09-24 10:05",
"""Bonjour,

Voici les étudiants de mes L2 LEA à passer du groupe A au groupe B en Espagnol des affaires :

Nom\tNuméro\tDe\tVers
DUBOIS Léa\t25020118\tLE-2ES04A\tLE-2ES04B
MARTIN Hugo\t25021440\tLE-2ES04A\tLE-2ES04B
SOW Aminata\t24019977\tLE-2ES04A\tLE-2ES04B

Merci,
N. Castillo
Directrice des études L2 LEA
""",
html="""<html><body><p>Bonjour,</p><p>Voici les &eacute;tudiants de mes L2 LEA &agrave; passer du groupe A au groupe B en Espagnol des affaires :</p>
<table border="1" cellspacing="0"><tr><th>Nom</th><th>Num&eacute;ro</th><th>De</th><th>Vers</th></tr>
<tr><td>DUBOIS L&eacute;a</td><td>25020118</td><td>LE-2ES04A</td><td>LE-2ES04B</td></tr>
<tr><td>MARTIN Hugo</td><td>25021440</td><td>LE-2ES04A</td><td>LE-2ES04B</td></tr>
<tr><td>SOW Aminata</td><td>24019977</td><td>LE-2ES04A</td><td>LE-2ES04B</td></tr></table>
<p>Merci,<br>N. Castillo<br>Directrice des &eacute;tudes L2 LEA</p></body></html>""",
codes=["LE-2ES04","LE-2ES04A","LE-2ES04B"], nums=["25020118","25021440","24019977"], sym="wrong_group", role="staff",
etapes=["LEAL2"], note="director of studies: table pasted from spreadsheet, students to move from group A to B")

M("etu-svt-dashboard", "Mathis Leroy <mathis.leroy@etu.unicaen.fr>", "cours disparu du tableau de bord", "2026-10-05 20:14",
"""Bonjour,

Mon cours de génétique svt305a n'apparaît plus sur mon tableau de bord depuis ce week-end. Quand je clique sur le lien que le prof nous a envoyé (https://ecampus.unicaen.fr/course/view.php?id=61842) j'y accède et je suis bien inscrit, mais il n'est pas dans "mes cours".
Le TP a lieu en salle S3-045 jeudi, j'aimerais récupérer le sujet avant.

Mathis
""", codes=[("SVT305A","svt305a")], cids=[61842], sym="course_not_on_dashboard", role="student",
note="student enrolled but course not on dashboard; room S3-045 look-alike")

M("ens-droit-fiscal-pas-inscrit", "Bertrand Quesnel <bertrand.quesnel@unicaen.fr>", "Pas enseignant dans JU3FIS5", "2026-09-10 08:47",
"""Bonjour,

J'assure le CM de droit fiscal (JU3FIS5) depuis trois ans et cette année je n'apparais pas comme enseignant dans l'espace du cours. Mes séances sont pourtant dans ADE (amphi Tocqueville, mardi 8h-10h).
J'avais déjà eu le problème l'an dernier, ticket 317955, réglé par une inscription manuelle.

Bien à vous,
B. Quesnel
Professeur de droit public
""", codes=["JU3FIS5"], sym="teacher_not_enrolled", role="staff",
note="teacher not enrolled in his course; ticket number and room look-alikes", cs="iso-8859-1", cte="8bit")

M("en-pass-login", "Sara Okonkwo <sara.okonkwo@etu.unicaen.fr>", "cannot login ecampus", "2026-09-03 09:58",
"""Hi,
I just started PASS this year and I can't log in to Ecampus. It says my password is incorrect, but it works for my email (Zimbra). I tried Chrome and Firefox 128.
My phone: +33 6 12 48 90 21

Thank you
Sara
""", sym="cannot_login", role="student", lang="en", etapes=["PASS1"],
note="PASS student in English cannot log in; phone and browser version look-alikes")

M("absence-secretariat-droit", "Sophie Marie <sophie.marie@unicaen.fr>", "Réponse automatique : Inscriptions L3", "2026-10-26 08:00",
"""Bonjour,

Je suis absente du 26 octobre au 2 novembre 2026 inclus. Pour toute question urgente concernant la scolarité Licence, merci de contacter scol.droit@unicaen.fr ou le 02 31 56 50 00.

Cordialement,
Sophie Marie
""", sym="other", role="unknown", auto=True, note="out-of-office auto-reply")

M("sec-iae-alternants-html", "Agnès Picot <agnes.picot@unicaen.fr>", "KM1CG05 - alternants dans le mauvais groupe", "2026-09-29 14:22",
"""Bonjour,

Dans KM1CG05, les étudiants ci-dessous sont dans le groupe formation initiale alors qu'ils sont en apprentissage ; il faudrait qu'ils soient dans le groupe des alternants.

22031587 PERRIN Lucas
23044120 NGUYEN Thi Mai
22039904 ROUSSEL Clément

Agnès Picot
Gestionnaire de scolarité - IAE Caen
3 rue Claude Bloch - 14000 Caen
""",
html="""<div>Bonjour,<br><br>Dans KM1CG05, les &eacute;tudiants ci-dessous sont dans le groupe formation initiale alors qu'ils sont en apprentissage ; il faudrait qu'ils soient dans le groupe des alternants.<br><br>
<table style="border-collapse:collapse"><tr><td>22031587</td><td>PERRIN Lucas</td></tr><tr><td>23044120</td><td>NGUYEN Thi Mai</td></tr><tr><td>22039904</td><td>ROUSSEL Cl&eacute;ment</td></tr></table>
<br>Agn&egrave;s Picot<br>Gestionnaire de scolarit&eacute; - IAE Caen<br>3 rue Claude Bloch - 14000 Caen</div>""",
codes=["KM1CG05",("KM1CG05FI","groupe formation initiale"),("KM1CG05AP","groupe des alternants")], nums=["22031587","23044120","22039904"],
sym="wrong_group", role="staff", note="IAE secretary: apprentices in initial-training group, wants them in the apprentices group")

M("etu-meef-distance-cemu", "Julie Fontaine <julie.fontaine@etu.unicaen.fr>", "Groupe CEMU MEEF", "2026-09-17 21:10",
"""Bonjour,

Je suis en M1 MEEF 1er degré à distance. Dans le cours 1ca153 (Analyse du contexte) je suis dans le Groupe 2 et pas dans le groupe CEMU, du coup je n'ai pas accès aux classes virtuelles du soir.
Numéro étudiant : 23018866

Julie
""", codes=[("1CA153","1ca153"),("1CA153G2","Groupe 2"),("1CA153CEMU","groupe CEMU")], nums=["23018866"], sym="wrong_group", role="student",
etapes=["MEF1PE"], note="distance MEEF student in a face-to-face group instead of the CEMU group")

M("ens-socio-cours-archive", "Aldo Verdier <aldo.verdier@unicaen.fr>", "Mon cours a disparu ?", "2026-09-09 16:40",
"""Bonjour,

Mon cours « Théories du changement social » (M.1MS03) se retrouve dans une catégorie Archives et porte maintenant l'ancien code M.1.MS09 dans son nom. Je ne comprends pas, la maquette n'a pas changé.
Lien : https://ecampus.unicaen.fr/course/view.php?id=48213

Aldo Verdier
UFR HSS - bureau MRSH 122
""", codes=[("M.1.MS03","M.1MS03"),"M.1.MS09"], cids=[48213], sym="course_moved_renamed", role="staff",
note="teacher's course archived and renamed; M.1.MS09 is an old code APOGEE no longer knows")

M("etu-l2-anglais-td2", "lou.gautier@etu.unicaen.fr", "inscription anglais", "2026-09-15 12:02",
"""Bonjour,
Je suis en L2 anglais et je ne suis inscrite ni dans le cours an-20a ni dans son TD2 (le mien selon l'emploi du temps). Mes autres cours sont là.
Lou Gautier - 24010457
""", codes=[("AN-20A","an-20a"),("AN-20A-TD2","TD2")], nums=["24010457"], sym="not_enrolled", role="student", etapes=["LLAN2"],
note="L2 English student enrolled neither in the course nor its TD2")

M("spam-boite-pleine", "Service Messagerie <admin@mail-unicaen-support.com>", "Votre boîte aux lettres est pleine", "2026-10-12 03:14",
"""Cher utilisateur,

Votre quota de messagerie a atteint 98 %. Cliquez ici pour valider votre compte sous 24 heures sinon il sera suspendu : http://unicaen-webmail-verif.top/login

Équipe informatique
""", sym="other", role="unknown", note="phishing spam", cs="utf-8", cte="base64")

M("dsi-erreur-bdd", "Franck Leclerc <franck.leclerc@unicaen.fr>", "Erreur de lecture de la base de données", "2026-10-04 10:31",
"""Bonjour,

Plusieurs collègues de la DSI me signalent le message « Erreur de lecture de la base de données » en ouvrant https://ecampus.unicaen.fr/course/view.php?id=55012 ce dimanche matin. Est-ce la maintenance hebdomadaire ?

Franck Leclerc
DSI - Pôle applications, poste 5871
""", cids=[55012], sym="database_error", role="staff", note="DSI staff reports database read error on a Sunday morning")

M("en-cas-destination", "Ahmed Benali <ahmed.benali@etu.unicaen.fr>", "CAS page blocked", "2026-09-06 11:45",
"""Hello,

When I log in I get a page "Connexion réussie" saying CAS does not know my final destination, and then nothing. I found the link on Google. How can I reach Ecampus?

Ahmed, student number 26104458
""", nums=["26104458"], sym="cas_unknown_destination", role="student", lang="en",
note="CAS unknown destination, English")

M("ens-svt-participants-html", "Hélène Mauduit <helene.mauduit@unicaen.fr>", "SVT305A : étudiants absents des participants", "2026-09-25 15:48",
"""Bonjour,

Il manque des étudiants dans les groupes de TP de SVT305A. Ci-dessous la liste copiée depuis les participants du cours : les groupes SVT305A-P3 et SVT305A-P4 n'ont que 4 étudiants au lieu de 18.

Nom | Groupes | Dernier accès
BERTIN Zoé | SVT305A-P3 | 2 jours
COLIN Noah | SVT305A-P4 | 5 heures

H. Mauduit
""",
html="""<p>Bonjour,</p><p>Il manque des &eacute;tudiants dans les groupes de TP de SVT305A. Ci-dessous la liste copi&eacute;e depuis les participants du cours : les groupes SVT305A-P3 et SVT305A-P4 n'ont que 4 &eacute;tudiants au lieu de 18.</p>
<table class="generaltable"><thead><tr><th>Pr&eacute;nom / Nom</th><th>R&ocirc;les</th><th>Groupes</th><th>Dernier acc&egrave;s au cours</th></tr></thead>
<tbody><tr><td>Zo&eacute; BERTIN</td><td>&Eacute;tudiant</td><td>SVT305A-P3</td><td>2 jours</td></tr>
<tr><td>Noah COLIN</td><td>&Eacute;tudiant</td><td>SVT305A-P4</td><td>5 heures</td></tr></tbody></table><p>H. Mauduit</p>""",
codes=["SVT305A","SVT305A-P3","SVT305A-P4"], sym="not_enrolled", role="staff",
note="teacher pastes Moodle participants table; many students missing from TP groups")

M("etu-staps-nom-errone", "Maëlys Desfontaines <maelys.desfontaines@etu.unicaen.fr>", "Erreur sur mon nom", "2026-10-01 17:26",
"""Bonjour,
Je suis en L3 STAPS et sur ecampus mon nom est écrit "Desfontaine" sans le s, du coup les profs ne me trouvent pas dans les listes.
Merci de corriger
Maëlys
""", sym="wrong_name", role="student", etapes=["STL3"], note="student's name misspelt on platform", cs="windows-1252", cte="8bit")

M("sec-staps-ue-libre-option", "Karine Lemaitre <karine.lemaitre@unicaen.fr>", "ST3-206 + option", "2026-09-18 09:33",
"""ST3-206 + l'option :
22014567
22019876
23001234

K. Lemaître
Secrétariat pédagogique STAPS
""", codes=["ST3-206",("ST3-206OPT","l'option")], nums=["22014567","22019876","23001234"], sym="not_enrolled", role="staff",
note="STAPS secretary: bare list of students to enrol in a course and its single option group")

M("etu-merci-regle", "23012345@etu.unicaen.fr", "Re: [Ticket#318102] pas inscrit droit administratif", "2026-09-19 19:02",
"""c'est bon je vois le cours maintenant, merci beaucoup !

Le 18/09/2026 à 10:15, CEMU Assistance a écrit :
> Bonjour,
> Votre inscription pédagogique au JU2ADM3 a été complétée par la scolarité, la
> synchronisation aura lieu cette nuit.
> Cordialement,
> Le CEMU
""", codes=["JU2ADM3"], nums=["23012345"], sym="other", role="student",
note="student thanks: solved; code in quoted history; ticket number look-alike", irt=True)

M("ens-gea-trop-enseignants", "Olivier Jouan <olivier.jouan@unicaen.fr>", "Trop d'enseignants", "2026-09-11 12:12",
"""Bonjour,

Dans l'espace du cours Contrôle de gestion (GE3 R04) il y a 12 enseignants inscrits, dont des collègues qui n'interviennent pas du tout dans cette ressource. Les étudiants reçoivent donc des annonces de tout le monde.
Pouvez-vous regarder ?

Olivier Jouan
IUT Grand Ouest Normandie - Département GEA
Tél : 02 31 56 70 15
""", codes=[("GE3R04","GE3 R04")], sym="too_many_teachers", role="staff", note="too many teachers in a BUT course")

M("ens-inspe-bloc-participants", "Claire Besnard <claire.besnard@unicaen.fr>", "bloc participants", "2026-09-30 18:50",
"""Bonjour,

Je ne retrouve plus le bloc Participants à droite dans mon cours 1CA-155 (Histoire géographie). Comment voir la liste de mes stagiaires ?

Claire Besnard
Formatrice INSPE - site de Caen
""", codes=[("1CA155","1CA-155")], sym="participants_block_missing", role="staff", note="teacher cannot find participants block")

M("dir-svt-cohorte-l1", "Didier Marais <didier.marais@unicaen.fr>", "Cohorte L1 SV", "2026-09-07 10:00",
"""Bonjour,

Beaucoup de mes L1 SV n'ont pas encore leur inscription pédagogique. Est-il possible d'ajouter la cohorte des L1 au cours SVT101 en attendant, ou est-ce déconseillé ?

Didier Marais
Directeur des études Licence SV
""", codes=[("SVT101A","SVT101")], sym="cohort_question", role="staff", etapes=["SVL1"],
note="director of studies asks about adding a cohort while IPs are late")

M("etu-ead-droit-trv", "Romain Lefèvre <romain.lefevre@etu.unicaen.fr>", "Groupe EAD droit du travail", "2026-09-20 06:42",
"""Bonjour,

Étudiant en L3 droit à distance (je suis salarié), dans le cours JU3 TRV5 je suis mis dans le TD 4 au lieu du groupe EAD. Je ne peux pas aller en TD le mercredi matin, et je ne vois pas les corrections pour les étudiants à distance.
N° étudiant 22008810

Romain
""", codes=[("JU3TRV5","JU3 TRV5"),("JU3TRV5-T4","TD 4"),("JU3TRV5-D","groupe EAD")], nums=["22008810"], sym="wrong_group", role="student",
etapes=["JUDL3"], note="distance law student placed in TD4 instead of the EAD group")

M("etu-code-sans-annee", "23055671@etu.unicaen.fr", "cours JUADM3", "2026-09-12 23:59",
"""Bonjour je ne suis pas inscrit dans JUADM3 (droit administratif) alors que je l'ai dans mon contrat pedagogique, pouvez vous m'ajouter
""", codes=[("JU2ADM3","JUADM3")], nums=["23055671"], sym="not_enrolled", role="student",
note="course code written without its year digit")

M("sec-svt-transfert-etudiant", "Nathalie Guérin <nathalie.guerin@unicaen.fr>", "TR: inscription biochimie", "2026-10-02 11:11",
"""Bonjour, pouvez-vous regarder ? Son IP est faite dans Apogée depuis le 25/09.
Nathalie Guérin, scolarité Sciences - 02 31 56 55 03

---------- Message transféré ----------
De : Théo Marchand <theo.marchand@etu.unicaen.fr>
Date : mer. 1 oct. 2026 à 19:40
Objet : inscription biochimie
À : <scol.sciences@unicaen.fr>

Bonjour madame, je ne suis toujours pas dans le cours de biochimie SVT306 B sur ecampus. mon numéro c'est 24016683.
Théo
""", codes=[("SVT306B","SVT306 B")], nums=["24016683"], sym="not_enrolled", role="staff",
note="secretary forwards a student's message: not enrolled")

M("en-vacataire-iae-mk", "Daniel Hughes <daniel.hughes@unicaen.fr>", "Not enrolled as teacher", "2026-09-26 09:09",
"""Dear support team,

I am a visiting lecturer at IAE Caen this semester, teaching KM2-MK03 (Master 2 Marketing). I can log in to Ecampus but the course does not appear and I am not listed as a teacher. My sessions are scheduled in ADE from 5 October.

Kind regards,
Daniel Hughes
""", codes=[("KM2MK03","KM2-MK03")], sym="teacher_not_enrolled", role="staff", lang="en",
note="visiting lecturer not enrolled as teacher")

M("etu-lea-cours-inexistant", "Emma Rivière <emma.riviere@etu.unicaen.fr>", "cours qui n'existe pas", "2026-09-13 14:37",
"""Bonjour,
je cherche le cours LE3JU05 (droit international des contrats) sur ecampus et la recherche ne donne rien du tout. Est ce qu'il existe ?
Emma
""", codes=[("LE-3JU05","LE3JU05")], sym="course_missing", role="student", note="course not found; dash dropped")

M("sec-gea-tp-tableau", "Valérie Hamel <valerie.hamel@unicaen.fr>", "Groupes TP GE3R02", "2026-09-09 15:03",
"""Bonjour,

Les groupes de TP de GE3R02 sont inversés pour ces étudiants de BUT GEA 2e année (GEB2) :

Etudiant\tGroupe Ecampus\tGroupe attendu
25030011\tGE3R02TP1A\tGE3R02TP2B
25030412\tGE3R02TP1A\tGE3R02TP2B
24029933\tGE3R02TP2B\tGE3R02TP1A

Valérie Hamel - Secrétariat GEA
""",
html="""<p>Bonjour,</p><p>Les groupes de TP de GE3R02 sont invers&eacute;s pour ces &eacute;tudiants :</p>
<table border="1"><caption>BUT GEA 2e ann&eacute;e (GEB2)</caption><tr><th>Etudiant</th><th>Groupe Ecampus</th><th>Groupe attendu</th></tr>
<tr><td>25030011</td><td>GE3R02TP1A</td><td>GE3R02TP2B</td></tr><tr><td>25030412</td><td>GE3R02TP1A</td><td>GE3R02TP2B</td></tr>
<tr><td>24029933</td><td>GE3R02TP2B</td><td>GE3R02TP1A</td></tr></table><p>Val&eacute;rie Hamel - Secr&eacute;tariat GEA</p>""",
codes=["GE3R02","GEB2","GE3R02TP1A","GE3R02TP2B"], nums=["25030011","25030412","24029933"], sym="wrong_group", role="staff",
note="secretary table from spreadsheet: TP groups swapped; étape cited by code in caption")

M("etu-ead-anglais-l1", "Marion Tessier <marion.tessier@etu.unicaen.fr>", "télé-enseignement groupe", "2026-09-19 08:15",
"""Bonjour,

Je suis en télé-enseignement en L1 anglais (LLCER). Dans AN-10A je suis dans le TD1 et pas dans le groupe EAD, donc je n'ai pas les enregistrements. C'est pareil pour mes camarades à distance.

Marion Tessier, 26013390
""", codes=["AN-10A",("AN-10A-TD1","TD1"),("AN-10A-EAD","groupe EAD")], nums=["26013390"], sym="wrong_group", role="student",
etapes=["LLAN1"], note="distance L1 English student in TD1 instead of EAD group")

M("etu-pass-majuscules", "Baptiste Morel <baptiste.morel@etu.unicaen.fr>", "URGENT COURS PASS", "2026-09-05 22:22",
"""BONJOUR JE SUIS EN PASS ET JE VOIS PAS LE COURS PASUE3 ALORS QUE LE PARTIEL BLANC EST LUNDI EN AMPHI B !!! LA PROMO FAIT 1200 ET PERSONNE NE REPOND
NUMERO 26031177
""", codes=[("PAS-UE3","PASUE3")], nums=["26031177"], sym="not_enrolled", role="student", etapes=["PASS1"],
note="angry PASS student in capitals; amphi and promo size look-alikes")

M("ens-socio-cours-cache", "Michelle Dobre <michelle.dobre@unicaen.fr>", "les étudiants ne voient pas M2.MS02", "2026-09-28 13:13",
"""Bonjour,

Mes étudiants de M2 me disent qu'ils ne voient pas mon cours de sociologie politique (M2.MS02) alors qu'ils sont dans la liste des participants. Moi je le vois, en grisé.

Michelle Dobre
""", codes=[("M.2.MS02","M2.MS02")], sym="students_cannot_see_course", role="staff",
note="teacher: students cannot see course (hidden); first dot dropped in code")

M("etu-staps-sosies", "Kylian Duval <kylian.duval@etu.unicaen.fr>", "pas inscrit st1 102", "2026-09-10 18:30",
"""Bonjour,
je suis en L1 STAPS, pas inscrit sur ecampus en st1 102 (physio). Mon INE c'est 0A9B12345CD, numero etudiant 26040098, tel 07 81 22 45 10. J'habite a Hérouville (14200) et je viens pas tous les jours sur le campus.
merci
""", codes=[("ST1-102","st1 102")], nums=["26040098"], sym="not_enrolled", role="student", etapes=["STL1"],
note="STAPS student; code lower case with space; INE, phone, postcode look-alikes", cs="iso-8859-1")
