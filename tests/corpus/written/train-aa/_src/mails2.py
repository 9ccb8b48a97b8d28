from mails1 import M

M("en-erasmus-droit-la-html", "Giulia Rossi <giulia.rossi@etu.unicaen.fr>", "Learning agreement courses missing", "2026-09-16 10:44",
"""Dear Sir or Madam,

I am an incoming Erasmus student (University of Bologna). These are the courses on my learning agreement, but on Ecampus I only see one of them:

JU3INT6 - Droit international public - 5 ECTS
JU3LIB6 - Libertés fondamentales - 5 ECTS
AN-30A - Traduction littéraire - 4 ECTS

Student number: 26110781
Thank you in advance,
Giulia
""",
html="""<p>Dear Sir or Madam,</p><p>I am an incoming Erasmus student (University of Bologna). These are the courses on my learning agreement, but on Ecampus I only see one of them:</p>
<table border="1"><tr><th>Code</th><th>Course title</th><th>ECTS</th></tr><tr><td>JU3INT6</td><td>Droit international public</td><td>5</td></tr>
<tr><td>JU3LIB6</td><td>Libert&eacute;s fondamentales</td><td>5</td></tr><tr><td>AN-30A</td><td>Traduction litt&eacute;raire</td><td>4</td></tr></table>
<p>Student number: 26110781<br>Thank you in advance,<br>Giulia</p>""",
codes=["JU3INT6","JU3LIB6","AN-30A"], nums=["26110781"], sym="not_enrolled", role="student", lang="en",
note="incoming Erasmus student pastes learning agreement table")

M("ens-geo-sig-td1-td2", "Thomas Lagarde <thomas.lagarde@unicaen.fr>", "GG507 groupes vides", "2026-09-22 09:27",
"""Bonjour,

Dans mon cours GG507 (SIG, L3) les groupes TD1 / TD2 sont vides, tous les étudiants sont dans le cours sans groupe. L'an dernier c'était le cours GG204B et tout marchait.
Je fais les TP en salle informatique SH-027 avec ArcGIS Pro 3.2, j'ai besoin des groupes pour les rendus.

Thomas Lagarde
Département de géographie
""", codes=[("GG507B","GG507"),("GG507B-TD1","TD1"),("GG507B-TD2","TD2"),"GG204B"], sym="wrong_group", role="staff",
note="teacher: course cited truncated with its TD1/TD2 on one line; old code GG204B unknown; room and software look-alikes")

M("etu-relance-iae-mk", "Clara Nicolle <clara.nicolle@etu.unicaen.fr>", "Re: Inscription KM1MK02", "2026-10-08 12:40",
"""Bonjour,

Toujours rien, je ne suis pas dans le cours KM1MK02 ce matin. Je suis en M1 marketing, en formation initiale.

Clara Nicolle (22047715)

Le lun. 6 oct. 2026 à 16:02, CEMU Assistance <cemu.assistance@unicaen.fr> a écrit :
> Bonjour,
> Votre inscription pédagogique a été faite le 6/10 ; vous devriez voir
> le cours demain après la synchronisation de nuit.
> Le CEMU
>
> > Bonjour je ne vois pas KM1MK02 sur ecampus.
""", codes=["KM1MK02"], nums=["22047715"], sym="not_enrolled", role="student", etapes=["KMMK1"],
note="student replies that the fix did not work; quoted history", irt=True)

M("bounce-svt", "Mail Delivery System <MAILER-DAEMON@unicaen.fr>", "Undelivered Mail Returned to Sender", "2026-10-09 02:17",
"""This is the mail system at host smtp.unicaen.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<pierre.anquetil@unicaen.fr>: user unknown

------ Original message ------
Subject: TP SVT511A
From: cemu.assistance@unicaen.fr

Bonjour, les groupes du cours SVT511A ont été mis à jour.
""", codes=["SVT511A"], sym="other", role="unknown", auto=True, note="bounce of a CEMU reply; code inside the returned message")

M("dir-socio-liste-html", "Mathilde Renouf <mathilde.renouf@unicaen.fr>", "M1 socio", "2026-09-12 17:05",
"""Étudiants du M1 socio à inscrire :

M.1.MS04 / M.1.MS05
23061102 ANNE Jeanne
23061540 BRIARD Elias
21099870 TOUTAIN Salomé

M. Renouf
""",
html="""<p>&Eacute;tudiants du M1 socio &agrave; inscrire :</p>
<table border="1"><tr><td colspan="2"><b>M.1.MS04 / M.1.MS05</b></td></tr>
<tr><td>23061102</td><td>ANNE Jeanne</td></tr><tr><td>23061540</td><td>BRIARD Elias</td></tr><tr><td>21099870</td><td>TOUTAIN Salom&eacute;</td></tr></table><p>M. Renouf</p>""",
codes=["M.1.MS04","M.1.MS05"], nums=["23061102","23061540","21099870"], sym="not_enrolled", role="staff", etapes=["M1SOC"],
note="director of studies sends bare list of M1 students to enrol in two courses")

M("en-international-lea-groupe", "Pablo Jiménez <pablo.jimenez@etu.unicaen.fr>", "Wrong group LE-2AN03", "2026-09-24 19:50",
"""Hi,

I'm an exchange student from Sevilla. In LE-2AN03 (business English) I'm in group A but my timetable says group C, Thursday 14:00, room D 210. Could you change it?

Thanks,
Pablo (26115530)
""", codes=["LE-2AN03",("LE-2AN03A","group A"),("LE-2AN03C","group C")], nums=["26115530"], sym="wrong_group", role="student", lang="en",
note="exchange student in wrong LEA group; room look-alike")

M("coord-fle-cohorte", "Anne-Laure Simon <anne-laure.simon@unicaen.fr>", "Cohorte DUFLE dans FLB2ECRI ?", "2026-09-04 14:00",
"""Bonjour,

Pour le DU FLE, les inscriptions pédagogiques se font très tard (arrivée des étudiants jusqu'à fin septembre). Puis-je synchroniser la cohorte de l'étape DUFLE dans le cours FLB2ECRI et la retirer ensuite, ou faut-il passer par une inscription manuelle limitée dans le temps ?

Anne-Laure Simon
Coordinatrice pédagogique - Carré international
""", codes=["DUFLE","FLB2ECRI"], sym="cohort_question", role="staff", note="coordinator asks about cohort sync of an étape cited by code")

M("etu-login-office365", "Lina Benhamou <lina.benhamou@etu.unicaen.fr>", "mot de passe", "2026-09-02 08:08",
"""Bonjour,
Depuis que j'ai changé mon mot de passe pour Office 365 je n'arrive plus à me connecter sur ecampus (version 4.3 je crois ?). Ca me dit identifiant ou mot de passe incorrect.
Lina
Envoyé de mon iPhone
""", sym="cannot_login", role="student", note="student cannot log in; software names and version look-alikes")

M("etu-gea-alternant-groupe", "Enzo Lamy <enzo.lamy@etu.unicaen.fr>", "GE3R05 groupe alternants", "2026-09-30 12:25",
"""Bonjour,
Je suis alternant en 2e année de BUT GEA. Dans le cours GE3R05 (GRH) je ne suis pas dans le groupe alternants, je suis dans le TD1 avec les initiaux et je n'ai pas les dates de rendu adaptées au rythme de l'alternance.
Numéro 25038820
""", codes=["GE3R05",("GE3R05ALT","groupe alternants"),("GE3R05TD1","TD1")], nums=["25038820"], sym="wrong_group", role="student",
etapes=["GEB2"], note="apprentice BUT student not in apprentices group")

M("ens-svt-micro-tp", "Sylvie Prunier <sylvie.prunier@unicaen.fr>", "SVT512B (TP P1, P2)", "2026-09-27 10:10",
"""Bonjour,

Dans SVT512B les groupes de TP P1 et P2 sont vides alors que les TP commencent lundi en salle B2-112. Les groupes de TD se sont bien remplis.

Sylvie Prunier
Laboratoire UMR 6xxx - 02 31 56 59 44
""", codes=["SVT512B",("SVT512B-P1","TP P1"),("SVT512B-P2","P2")], sym="wrong_group", role="staff",
note="teacher: course cited with its TP groups on one line, groups empty")

M("etu-anglais-renomme", "Jade Poulain <jade.poulain@etu.unicaen.fr>", "cours renommé ?", "2026-10-03 16:16",
"""Bonjour, mon cours de littérature AN21A a changé de nom sur ecampus et il est dans une autre catégorie, est-ce normal ? Je ne retrouve plus les documents du premier mois.
Jade
""", codes=[("AN-21A","AN21A")], sym="course_moved_renamed", role="student", note="student: course renamed/moved; dash dropped")

M("ens-pass-ed-sans-groupe-html", "Jean-Marc Hue <jean-marc.hue@unicaen.fr>", "PAS-UE5 : Aucun groupe", "2026-09-15 08:30",
"""Bonjour,

Dans PAS-UE5 (anatomie) une partie des étudiants n'a aucun groupe, ils devraient être dans l'ED2 :

Nom\tRôles\tGroupes
LEGRAND Paul\tÉtudiant\tAucun groupe
FAUVEL Inès\tÉtudiant\tAucun groupe
HAMON Jules\tÉtudiant\tPAS-UE5-T2

JM Hue
""",
html="""<p>Bonjour,</p><p>Dans PAS-UE5 (anatomie) une partie des &eacute;tudiants n'a aucun groupe, ils devraient &ecirc;tre dans l'ED2 :</p>
<table class="generaltable"><tr><th>Nom</th><th>R&ocirc;les</th><th>Groupes</th></tr><tr><td>LEGRAND Paul</td><td>&Eacute;tudiant</td><td>Aucun groupe</td></tr>
<tr><td>FAUVEL In&egrave;s</td><td>&Eacute;tudiant</td><td>Aucun groupe</td></tr><tr><td>HAMON Jules</td><td>&Eacute;tudiant</td><td>PAS-UE5-T2</td></tr></table><p>JM Hue</p>""",
codes=["PAS-UE5",("PAS-UE5-T2","ED2")], sym="wrong_group", role="staff",
note="teacher pastes Moodle participants table, students without group")

M("en-teacher-svt-hidden", "Mark Whitfield <mark.whitfield@unicaen.fr>", "Students can't access my course", "2026-09-18 13:45",
"""Hello,

I teach Biostatistics (SVT 513A) to the L3 students. They tell me they cannot see the course at all, although I see them in the participant list. Is there a setting I missed?

Best,
Mark Whitfield
Office 3.14, building S2
""", codes=[("SVT513A","SVT 513A")], sym="students_cannot_see_course", role="staff", lang="en", note="English-speaking teacher: students cannot see course; office number look-alike")

M("etu-droit-date-partiel", "Camille Hébert <camille.hebert@etu.unicaen.fr>", "date partiel histoire du droit", "2026-11-04 11:05",
"""Bonjour,
Je suis en L1 droit, est ce que vous savez quand a lieu le partiel de JU1 HIS1 ? Sur ecampus il est marqué 12/12 mais sur ADE 15/12.
Merci
""", codes=[("JU1HIS1","JU1 HIS1")], sym="other", role="student", etapes=["JUDL1"], note="exam date question (other); dates look-alikes")

M("sec-inspe-liste-groupes", "Florence Adam <florence.adam@unicaen.fr>", "1CA156", "2026-09-14 11:47",
"""1CA156G1 -> 1CA156G2
21077431
22080019

1CA156G3 -> 1CA156G1
23083312

--
Florence Adam
INSPE Normandie Caen - scolarité Master MEEF
""", codes=["1CA156","1CA156G1","1CA156G2","1CA156G3"], nums=["21077431","22080019","23083312"], sym="wrong_group", role="staff",
note="secretary: bare list of group moves, no explanation")

M("etu-svt-espace-code", "Louis Caron <louis.caron@etu.unicaen.fr>", "pas dans ecologie", "2026-09-16 09:02",
"""bjr je suis en L2 SV et je suis pas inscrit dans SVT 307A (ecologie), mes potes oui. numero 24023318
""", codes=[("SVT307A","SVT 307A")], nums=["24023318"], sym="not_enrolled", role="student", etapes=["SVL2"],
note="student code with a space inside")

M("ens-droit-histoire-abrev", "Gilles Osmont <gilles.osmont@unicaen.fr>", "pas inscrit histoire du droit", "2026-09-08 17:55",
"""Bonjour,

Je suis responsable de l'histoire du droit en L1 (HIS1 dans notre jargon) et je n'ai pas accès à l'espace Ecampus en tant qu'enseignant. ADE me montre bien sur les CM du lundi.

G. Osmont
Maître de conférences, UFR Droit
""", codes=[("JU1HIS1","HIS1")], sym="teacher_not_enrolled", role="staff", note="teacher not enrolled; course cited by an abbreviation of its code")

M("cemu-transfert-iae-apprentie", "Service relations entreprises IAE <iae.entreprises@unicaen.fr>", "TR: accès cours apprentie", "2026-10-06 15:40",
"""Bonjour,
Je vous transfère la demande de l'entreprise d'accueil de notre apprentie.

De : RH Normandie Logistique <rh@normandie-logistique.fr>
Envoyé : lundi 5 octobre 2026 17:02
À : iae.entreprises@unicaen.fr
Objet : accès cours apprentie

Madame, Monsieur,
Notre apprentie, Mme Lucie Fremont (n° étudiant 21056678), n'a pas accès au cours KM2CGO3 ni au groupe apprentis. SIRET 812 345 678 00021.
Cordialement,
Service RH
""", codes=[("KM2CG03","KM2CGO3"),("KM2CG03AP","groupe apprentis")], nums=["21056678"], sym="not_enrolled", role="staff",
note="IAE staff forwards company's message: apprentice not enrolled; SIRET look-alike")

M("en-erasmus-staps-swimming", "Jonas Eriksson <jonas.eriksson@etu.unicaen.fr>", "ST5-310 swimming", "2026-09-23 20:20",
"""Hi,
I am in L3 STAPS as an exchange student from Umeå. In ST5-310 I chose the swimming option, but Ecampus puts me in the handball option. Student nr 26120014.
Thanks!
""", codes=["ST5-310",("ST5-310NAT","swimming option"),("ST5-310HAN","handball option")], nums=["26120014"], sym="wrong_group", role="student",
lang="en", etapes=["STL3"], note="exchange student in the wrong option group")

M("etu-code-invente", "Manon Leblond <manon.leblond@etu.unicaen.fr>", "cours obligations 3 introuvable", "2026-09-25 22:05",
"""Bonjour,
Je ne trouve pas le cours JU2OBL5 sur ecampus, on m'a dit que c'était celui des obligations pour ce semestre. Il n'existe pas ?
Manon
""", codes=["JU2OBL5"], sym="course_missing", role="student", note="student looks for a code that does not exist (unknown)")

M("ens-anglais-tableau-td", "Rachel Dumont <rachel.dumont@unicaen.fr>", "AN-31C TD vides", "2026-09-29 09:45",
"""Bonjour,

Extrait de mon tableau de suivi :

Cours\tTD1\tTD2\tTD3
AN-31C\t0\t0\t26

Les TD1 et TD2 sont vides, tout le monde est dans le TD3.

Rachel Dumont - Département d'études anglophones
""",
html="""<p>Bonjour,</p><p>Extrait de mon tableau de suivi :</p><table border="1"><tr><th>Cours</th><th>TD1</th><th>TD2</th><th>TD3</th></tr>
<tr><td>AN-31C</td><td>0</td><td>0</td><td>26</td></tr></table><p>Les TD1 et TD2 sont vides, tout le monde est dans le TD3.</p><p>Rachel Dumont - D&eacute;partement d'&eacute;tudes anglophones</p>""",
codes=["AN-31C",("AN-31C-TD1","TD1"),("AN-31C-TD2","TD2"),("AN-31C-TD3","TD3")], sym="wrong_group", role="staff",
note="teacher pastes spreadsheet table: course and its TD groups on one line")

M("etu-lea-mauvais-td", "Yasmine Kaci <yasmine.kaci@etu.unicaen.fr>", "mauvais groupe", "2026-09-17 13:13",
"""Bonjour, je suis en L2 LEA et en LE2ES04 je suis dans le mauvais groupe, je devrais être avec mes amis. Est ce que vous pouvez changer ?
Yasmine 25026617
""", codes=[("LE-2ES04","LE2ES04")], nums=["25026617"], sym="wrong_group", role="student", etapes=["LEAL2"],
note="student in wrong group, group not named")

M("etu-merci-gea", "26009945@etu.unicaen.fr", "Re: GE1R08", "2026-09-13 10:30",
"""Merci beaucoup c'est réglé !!

Le ven. 12 sept. 2026 à 14:10, CEMU Assistance a écrit :
> Bonjour, le cours GE1R08 était caché par l'enseignant, il est maintenant visible.
""", codes=["GE1R08"], nums=["26009945"], sym="other", role="student", note="thanks, solved; code in quoted history", irt=True)

M("en-relations-internationales-fle", "International Office <international.incoming@unicaen.fr>", "Enrolment of incoming students - FLE", "2026-09-11 16:00",
"""Dear colleagues,

Please find below incoming exchange students who should be in FLB1ECRI and FLB1ORAL but cannot access them:

26100342 BRANDT Lukas
26100987 TANAKA Yui
26101203 OLIVEIRA Bruno

Best regards,
Incoming mobility team - Carré international
""", codes=["FLB1ECRI","FLB1ORAL"], nums=["26100342","26100987","26101203"], sym="not_enrolled", role="staff", lang="en",
note="international office lists incoming students not enrolled in FLE courses")

M("etu-bio-mobile-tronque", "Noémie Jacq <noemie.jacq@etu.unicaen.fr>", "Pas inscrite", "2026-09-09 07:31",
"""Slt je suis en L1 bio et pas inscrite ds SVT102 (chimie) svp
Numero 26050771

Envoyé depuis mon mobile Orange
""", codes=[("SVT102A","SVT102")], nums=["26050771"], sym="not_enrolled", role="student", etapes=["SVL1"],
note="SMS-style student; code truncated (suffix letter dropped)")

M("ens-socio-groupe-jeudi", "Hugo Delaunay <hugo.delaunay@unicaen.fr>", "M.1.MS02 groupe du jeudi", "2026-09-21 10:20",
"""Bonjour,

Plusieurs étudiants qui viennent au groupe du jeudi de M.1.MS02 apparaissent dans le groupe du mardi sur Ecampus. Quand je fais un rendu par groupe, ils n'ont pas les bonnes consignes.

Hugo Delaunay
""", codes=["M.1.MS02",("M.1.MS02G2","groupe du jeudi"),("M.1.MS02G1","groupe du mardi")], sym="wrong_group", role="staff",
note="teacher names groups by weekday; each resolves to one group of the cited course")

M("etu-geo-html-capture", "Arthur Bazin <arthur.bazin@etu.unicaen.fr>", "cours cartographie L1", "2026-09-12 12:00",
None,
html="""<html><body><div dir="ltr">Bonjour,<br>Je ne suis pas inscrit au cours GG106-B (initiation cartographie). Ci-joint une capture de mon tableau de bord.<br>Arthur Bazin<br>26061120</div></body></html>""",
html_only=True, attach="capture_GG106B.png",
codes=[("GG106B","GG106-B")], nums=["26061120"], sym="not_enrolled", role="student", note="HTML-only mail with screenshot attachment")

M("sec-gea-deplacement-td", "Valérie Hamel <valerie.hamel@unicaen.fr>", "GE1R03", "2026-09-19 14:58",
"""GE1R03 TD1 -> TD2 : 26031122, 26034455

V. Hamel
Secrétariat GEA - IUT Grand Ouest Normandie - 02 31 56 70 00
""", codes=["GE1R03",("GE1R03TD1","TD1"),("GE1R03TD2","TD2")], nums=["26031122","26034455"], sym="wrong_group", role="staff",
note="secretary: bare group move line, course and its TD groups on one line")

M("etu-iae-fc-distance", "Sandrine Lecoq <sandrine.lecoq@etu.unicaen.fr>", "formation continue à distance", "2026-10-07 21:44",
"""Bonjour,

Je suis en M2 contrôle de gestion en formation continue à distance. Je ne vois pas le cours KMCG01 ni le groupe FC. Je précise que je travaille à Alençon (61000) et ne viens à Caen qu'une fois par mois.

Sandrine Lecoq
N° étudiant : 19088231
""", codes=[("KM2CG01","KMCG01"),("KM2CG01FC","groupe FC")], nums=["19088231"], sym="not_enrolled", role="student", etapes=["KMCG2"],
note="continuing-education distance learner not enrolled; postcode look-alike")

M("en-teacher-anglais-td3", "Sarah Collins <sarah.collins@unicaen.fr>", "Students not enrolled on Ecampus", "2026-09-22 14:14",
"""Hi,

None of the students of my AN20B TD3 group (Friday 9 am, room LE 108) are enrolled on the Ecampus page. The other TDs seem fine.

Sarah Collins
Lectrice - English department
""", codes=[("AN-20B","AN20B"),("AN-20B-TD3","TD3")], sym="not_enrolled", role="staff", lang="en", note="English lecturer: students of one TD group not enrolled")

M("etu-staps-dashboard", "Léo Marie <leo.marie@etu.unicaen.fr>", "st1-105 plus sur mon tableau de bord", "2026-10-14 17:40",
"""Bonjour,
le cours st1-105 (pratique APSA) n'est plus sur mon tableau de bord, pourtant j'ai encore le lien et il marche. J'ai rien changé.
Léo
""", codes=[("ST1-105","st1-105")], sym="course_not_on_dashboard", role="student", note="course missing from dashboard; code lower case")

M("dir-droit-metho-html", "Elise Tanguy <elise.tanguy@unicaen.fr>", "Inscriptions méthodologie L1", "2026-09-10 12:30",
"""Bonjour,

Étudiants à inscrire (redoublants arrivés tard) :

Étape JUDL1 - JU1MET1
25007788 GOSSELIN Arthur - JU1MET1-T1
25009901 PAIN Lison - JU1MET1-T5

Élise Tanguy, Directrice des études L1
""",
html="""<p>Bonjour,</p><p>&Eacute;tudiants &agrave; inscrire (redoublants arriv&eacute;s tard) :</p>
<table border="1"><caption>&Eacute;tape JUDL1 - JU1MET1</caption><tr><th>N&deg;</th><th>Nom</th><th>Groupe</th></tr>
<tr><td>25007788</td><td>GOSSELIN Arthur</td><td>JU1MET1-T1</td></tr><tr><td>25009901</td><td>PAIN Lison</td><td>JU1MET1-T5</td></tr></table>
<p>&Eacute;lise Tanguy, Directrice des &eacute;tudes L1</p>""",
codes=["JUDL1","JU1MET1","JU1MET1-T1","JU1MET1-T5"], nums=["25007788","25009901"], sym="not_enrolled", role="staff",
note="director of studies: HTML table with étape code in caption, students and groups to enrol")

M("en-etu-wrong-name", "Chen Wei <chen.wei@etu.unicaen.fr>", "My name is wrong on Ecampus", "2026-09-27 08:48",
"""Hello,
On Ecampus my first name and family name are swapped (it shows "Wei Chen"). Teachers cannot find me. Who can fix this?
Thanks, Chen Wei (26118876)
""", nums=["26118876"], sym="wrong_name", role="student", lang="en", note="name swapped on the platform")

M("sec-inspe-fwd-eps", "Florence Adam <florence.adam@unicaen.fr>", "TR: EPS pas accès", "2026-09-24 09:55",
"""Bonjour,
Je vous transfère le message de M. Lenoir, il n'est pas enseignant dans le cours d'EPS.
Florence

-----Message d'origine-----
De : Pierre Lenoir <pierre.lenoir@unicaen.fr>
Envoyé : mardi 23 septembre 2026 18:20
À : Florence Adam
Objet : EPS

Bonjour Florence, je n'ai toujours pas accès en tant qu'enseignant à 1CA 157 sur Ecampus. Tu peux voir avec le CEMU ? Mes séances sont au gymnase du campus 2.
Pierre
""", codes=[("1CA157","1CA 157")], sym="teacher_not_enrolled", role="staff", note="forwarded: teacher not enrolled; space inside code")

M("etu-droit-td-lundi-ambigu", "Anaïs Roger <anais.roger@etu.unicaen.fr>", "TD du lundi droit admin", "2026-09-18 20:05",
"""Bonjour,
Je suis en L2 droit, en droit administratif (ju2adm3) je suis dans un TD du jeudi sur ecampus alors que je vais au TD du lundi. Pour info je n'ai pas pu lire la vidéo avec Moodle 4.1 sur tablette, mais c'est un autre sujet.
Anaïs
""", codes=[("JU2ADM3","ju2adm3"),("JU2ADM3-T5","TD du jeudi")], sym="wrong_group", role="student", etapes=["JUDL2"],
note="two lundi TDs exist: 'TD du lundi' is ambiguous, not coded; the only jeudi TD is; version look-alike")
