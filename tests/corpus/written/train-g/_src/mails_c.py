from helpers import *

SIG_PSY = """--
Delphine Auvray
Maîtresse de conférences en psychologie sociale
Laboratoire de Psychologie Caen Normandie (LPCN, UR 7452)
UFR de Psychologie – Bâtiment D, bureau D-215
Université de Caen Normandie – Esplanade de la Paix – CS 14032 – 14032 Caen Cedex 5
Tél. 02 31 56 65 12"""

# ---------------------------------------------------------------- 051
t051 = """Bonjour,

Mes étudiants de L2 me disent qu'ils ne voient pas mon cours (L2.PSY31) Psychologie sociale : https://ecampus.unicaen.fr/course/view.php?id=47102
Moi je le vois très bien, j'ai déposé les diapos du CM1 et le plan. Le premier TD est jeudi 8h30-10h, pouvez-vous regarder rapidement ?

Merci,
D. Auvray

""" + SIG_PSY
add(fn='051-enseignante-etudiants-voient-pas-cours.eml',
    frm='Delphine Auvray <delphine.auvray@unicaen.fr>',
    subj='Cours invisible pour les étudiants',
    date='Mon, 15 Sep 2025 17:48:22 +0200', mid=mid_zimbra(), hdr=[ZIMBRA],
    body=alt(t051, gmail_html(t051).replace('https://ecampus.unicaen.fr/course/view.php?id=47102',
             '<a href="https://ecampus.unicaen.fr/course/view.php?id=47102">https://ecampus.unicaen.fr/course/view.php?id=47102</a>')),
    gold=G([('L2.PSY31', 'L2.PSY31')], [], [47102], 'students_cannot_see_course', 'staff',
           note='teacher sees her course, students do not (probably hidden); lab UR number look-alike'))

# ---------------------------------------------------------------- 052
t052 = """Madame, Monsieur,

Les étudiants de première année du BUT GMP (groupes TP A et TP B) ne parviennent pas à accéder à l'espace de cours « Mécanique générale » (0GMP1A3). Ils obtiennent le message « Ce cours n'est pas accessible aux étudiants » (voir capture jointe). J'ai pourtant vérifié la liste des participants : ils y figurent bien, 52 étudiants.

Pourriez-vous m'indiquer ce qu'il convient de faire ?

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Gérard Lepetit
Professeur agrégé – Département Génie Mécanique et Productique
IUT Grand Ouest Normandie – site de Caen
Bd Maréchal Juin – 14032 Caen Cedex
Bureau GMP-112 – Tél. 02 31 56 70 44
"""
add(fn='052-iut-gmp-cours-inaccessible-formel.eml',
    frm='Gérard Lepetit <gerard.lepetit@unicaen.fr>',
    subj='Accès des étudiants au cours de mécanique générale',
    date='Tue, 23 Sep 2025 09:30:15 +0200', mid=mid_outlook(), hdr=[OUTLOOK],
    body=Multi('mixed', [alt(t052, outlook_html(t052), tcte='quoted-printable'),
                         Attach('image/png', 'image001.png', png_bytes('052'))]),
    gold=G([('0GMP1A3', '0GMP1A3')], [], [], 'students_cannot_see_course', 'staff',
           note='formal teacher: enrolled students cannot access the course; screenshot'))

# ---------------------------------------------------------------- 053
add(fn='053-transfert-etudiant-droit-admin.eml',
    frm='Hélène Besnard <helene.besnard@unicaen.fr>',
    subj='TR: Cours de droit administratif',
    date='Wed, 1 Oct 2025 11:58:09 +0200', mid=mid_zimbra(), hdr=[ZIMBRA],
    body=Text("""Bonjour,

Je vous transfère le message d'une étudiante. Visiblement aucun étudiant de M1 ne voit mon cours de droit administratif approfondi (d.5.adm1), alors que j'ai bien les 87 inscrits dans les participants. Je n'ai rien changé aux paramètres.

Cordialement,
H. Besnard
Professeure de droit public – Faculté de Droit – bureau 317, bâtiment D

----- Mail transféré -----
De: "Agathe Roger" <agathe.roger@etu.unicaen.fr>
À: "Hélène Besnard" <helene.besnard@unicaen.fr>
Envoyé: Mercredi 1 Octobre 2025 08:14:37
Objet: Cours de droit administratif

Madame,
Nous ne trouvons pas votre cours sur Ecampus, ni moi ni les autres du TD 2. Est-ce normal ?
Agathe Roger (24091177)
"""),
    gold=G([('D.5.ADM1', 'd.5.adm1')], ['24091177'], [], 'students_cannot_see_course', 'staff',
           note='teacher forwards student complaint: no student sees her course'))

# ---------------------------------------------------------------- 054
h054 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body lang="FR" link="#0563C1" vlink="#954F72">
<div class="WordSection1">
<p class="MsoNormal">Bonjour,<o:p></o:p></p>
<p class="MsoNormal">C’est la troisième fois que je vous écris à ce sujet (ticket [CEMU #51240]).<o:p></o:p></p>
<p class="MsoNormal">Mes étudiants de L1 ne voient TOUJOURS pas mes deux cours d’analyse :<o:p></o:p></p>
<ul>
<li class="MsoNormal">SMAT1U02 – Analyse 1</li>
<li class="MsoNormal">SMAT1U04 – Analyse 2 (pour les redoublants)</li>
</ul>
<p class="MsoNormal">J’ai bien cliqué sur «&nbsp;Afficher&nbsp;» dans les paramètres comme on me l’a dit, mais le cours reste grisé et les étudiants ne le voient pas. La catégorie entière a l’air d’être grisée d’ailleurs. Le partiel est le 21/10, je ne peux pas travailler comme ça.<o:p></o:p></p>
<p class="MsoNormal">&nbsp;<o:p></o:p></p>
<p class="MsoNormal">Jean-Marc Quesnel<o:p></o:p></p>
<p class="MsoNormal"><span style="font-size:9.0pt;color:gray">Laboratoire de Mathématiques Nicolas Oresme (LMNO, UMR 6139) – Campus 2, Sciences 3, bureau S3-327 – 02 31 56 73 90<o:p></o:p></span></p>
</div>
</body></html>
"""
add(fn='054-enseignant-agace-cours-grises-cp1252.eml',
    frm='Jean-Marc Quesnel <jean-marc.quesnel@unicaen.fr>',
    subj='Re: [CEMU #51240] Cours invisibles',
    date='Thu, 2 Oct 2025 16:34:58 +0200', mid=mid_outlook(), hdr=[OUTLOOK], hcharset='windows-1252',
    body=Text(h054, 'html', 'windows-1252', 'quoted-printable'),
    gold=G([('SMAT1U02', 'SMAT1U02'), ('SMAT1U04', 'SMAT1U04')], [], [], 'students_cannot_see_course', 'staff',
           note='annoyed teacher, HTML-only: courses still invisible (category hidden); UMR look-alike'))

# ---------------------------------------------------------------- 055
h055 = """<html><body>
<div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">
<div>Bonjour,</div><div><br></div>
<div>Les étudiants de L1 éco-gestion ne voient pas le cours <a href="https://ecampus.unicaen.fr/course/view.php?id=46877" target="_blank">(EGM12)  Microéconomie 1</a>, alors qu'ils sont bien inscrits (j'ai vérifié dans la liste des participants, 312 étudiants).</div>
<div><br></div>
<div>Est-ce lié à la mise à jour de cet été (Moodle 4.5 ?) ?</div>
<div><br></div>
<div>Cordialement</div>
<div><br></div>
<div>--&nbsp;<br>Marc Hébert<br>MCF Sciences économiques – Centre de Recherche en Économie et Management (CREM, UMR CNRS 6211)<br>UFR SEGGAT – bureau SA-214 – 02 31 56 50 87</div>
</div></body></html>
"""
t055 = """Bonjour,

Les étudiants de L1 éco-gestion ne voient pas le cours (EGM12)  Microéconomie 1 <https://ecampus.unicaen.fr/course/view.php?id=46877>, alors qu'ils sont bien inscrits (j'ai vérifié dans la liste des participants, 312 étudiants).

Est-ce lié à la mise à jour de cet été (Moodle 4.5 ?) ?

Cordialement

-- 
Marc Hébert
MCF Sciences économiques – Centre de Recherche en Économie et Management (CREM, UMR CNRS 6211)
UFR SEGGAT – bureau SA-214 – 02 31 56 50 87
"""
add(fn='055-lien-cours-microeco-invisible.eml',
    frm='Marc Hébert <marc.hebert@unicaen.fr>',
    subj='Cours Microéconomie 1 invisible',
    date='Fri, 19 Sep 2025 10:21:37 +0200', mid=mid_zimbra(), hdr=[ZIMBRA],
    body=alt(t055, h055),
    gold=G([('EGM12', 'EGM12')], [], [46877], 'students_cannot_see_course', 'staff',
           note='code in link text; students enrolled but cannot see the course; room SA-214 look-alike'))

# ---------------------------------------------------------------- 056
add(fn='056-vague-cours-l3-pas-visible.eml',
    frm='François Delaunay <francois.delaunay@unicaen.fr>',
    subj='cours pas visible',
    date='Mon, 29 Sep 2025 07:55:40 +0200', mid=mid_iphone('unicaen.fr'), hdr=[IPHONE],
    body=Text("""Bonjour
mon cours de L3 n'est pas visible pour les étudiants, pouvez vous regarder
merci
FD

Envoyé de mon iPhone"""),
    gold=G([], [], [], 'students_cannot_see_course', 'staff',
           note='vague teacher mail, no code, no course id'))

# ---------------------------------------------------------------- 057
add(fn='057-inspe-stagiaires-base64.eml',
    frm='Nathalie Poirier <nathalie.poirier@unicaen.fr>',
    subj="Analyse du contexte - les stagiaires n'accèdent pas au cours",
    date='Tue, 7 Oct 2025 13:10:52 +0200', mid=mid_zimbra(), hdr=[ZIMBRA],
    body=alt("""Bonjour,

Les professeurs stagiaires du master MEEF 1er degré ne peuvent pas accéder à mon cours « (1CA157) Analyse du contexte d'exercice » sur Ecampus, alors qu'ils apparaissent bien dans les participants. Je leur ai donné le lien https://ecampus.unicaen.fr/course/view.php?id=51236 mais ils ont un message d'erreur.

Les cours ont lieu à l'INSPE, site de Caen (186 rue de la Délivrande), le mercredi 13h30-16h30.

Bien cordialement,
Nathalie Poirier
Formatrice INSPE Normandie Caen
""", """<div style="font-family: Verdana;font-size: 10pt"><p>Bonjour,</p><p>Les professeurs stagiaires du master MEEF 1er degré ne peuvent pas accéder à mon cours «&nbsp;(1CA157) Analyse du contexte d'exercice&nbsp;» sur Ecampus, alors qu'ils apparaissent bien dans les participants. Je leur ai donné le lien <a href="https://ecampus.unicaen.fr/course/view.php?id=51236">https://ecampus.unicaen.fr/course/view.php?id=51236</a> mais ils ont un message d'erreur.</p><p>Les cours ont lieu à l'INSPE, site de Caen (186 rue de la Délivrande), le mercredi 13h30-16h30.</p><p>Bien cordialement,<br>Nathalie Poirier<br>Formatrice INSPE Normandie Caen</p></div>""",
        tcte='base64', hcte='base64'),
    gold=G([('1CA157', '1CA157')], [], [51236], 'students_cannot_see_course', 'staff',
           note='INSPE trainer: enrolled trainees cannot access the course; base64'))

# ---------------------------------------------------------------- 058
add(fn='058-enseignant-pas-inscrit-algo.eml',
    frm='Olivier Marchand <olivier.marchand@unicaen.fr>',
    subj='Je ne suis pas inscrit dans mon cours',
    date='Thu, 11 Sep 2025 14:22:17 +0200', mid=mid_zimbra(), hdr=[ZIMBRA],
    body=Text("""Bonjour,

Je suis responsable de l'UE SINF3U05 (Algorithmique, L2 Informatique) depuis cette année, mais je ne suis pas inscrit dans l'espace Ecampus correspondant : il n'apparaît pas dans mes cours et je ne peux pas y accéder. Mes CM sont pourtant dans ADE depuis juillet (mardi 10h15-12h15, amphi S3-043).

Pouvez-vous m'inscrire comme enseignant ?

Cordialement,
Olivier Marchand
Maître de conférences – GREYC (UMR 6072)
ORCID 0000-0002-4817-6650
"""),
    gold=G([('SINF3U05', 'SINF3U05')], [], [], 'teacher_not_enrolled', 'staff',
           note='teacher not enrolled in his own course; ORCID and UMR look-alikes'))

# ---------------------------------------------------------------- 059
h059 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body lang="FR">
<div class="WordSection1">
<p class="MsoNormal">Bonjour,<o:p></o:p></p>
<p class="MsoNormal">Je me permets de vous écrire sur le conseil de la scolarité (voir ci-dessous). Je ne suis toujours pas inscrite dans l’espace de cours de Finance d’entreprise (EGF53) dont j’assure les CM et les TD depuis le 15 septembre.<o:p></o:p></p>
<p class="MsoNormal">Merci d’avance,<o:p></o:p></p>
<p class="MsoNormal">Aurélie Tanguy<o:p></o:p></p>
<p class="MsoNormal">&nbsp;<o:p></o:p></p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><b>De&nbsp;:</b> Scolarité SEGGAT &lt;seggat.scolarite@unicaen.fr&gt;<br>
<b>Envoyé&nbsp;:</b> lundi 22 septembre 2025 15:02<br>
<b>À&nbsp;:</b> Aurélie Tanguy &lt;aurelie.tanguy@unicaen.fr&gt;<br>
<b>Objet&nbsp;:</b> RE: accès Ecampus Finance L3<o:p></o:p></p>
</div>
<p class="MsoNormal">Bonjour Madame Tanguy,<o:p></o:p></p>
<p class="MsoNormal">Votre service est bien saisi dans ADE pour EGF 53 (3 groupes de TD). Pour l’inscription sur Ecampus, il faut écrire au CEMU : cemu.assistance@unicaen.fr.<o:p></o:p></p>
<p class="MsoNormal">Bien cordialement,<br>Véronique Lainé<br>Scolarité L3 – UFR SEGGAT – 02 31 56 51 20<o:p></o:p></p>
</div>
</body></html>
"""
add(fn='059-outlook-fil-scolarite-enseignante-non-inscrite.eml',
    frm='Aurélie Tanguy <aurelie.tanguy@unicaen.fr>',
    subj='TR: accès Ecampus Finance L3',
    date='Tue, 23 Sep 2025 08:41:26 +0200', mid=mid_outlook(), hdr=[OUTLOOK], hcharset='windows-1252',
    body=Text(h059, 'html', 'windows-1252', 'quoted-printable'),
    gold=G([('EGF53', 'EGF 53')], [], [], 'teacher_not_enrolled', 'staff',
           note='Outlook forward: teacher not enrolled although planned in ADE'))

# ---------------------------------------------------------------- 060
add(fn='060-iut-tc-enseignant-non-inscrit-html.eml',
    frm='Karim Benali <karim.benali@unicaen.fr>',
    subj='inscription enseignant 0TCM1A4',
    date='Fri, 12 Sep 2025 16:05:31 +0200', mid=mid_zimbra(), hdr=[ZIMBRA],
    body=Text("""<html><body><div style="font-family: Arial; font-size: 12pt; color: #000000"><div>Bonjour,</div><div><br data-mce-bogus="1"></div><div>J'interviens en BUT TC 1ère année sur le module «&nbsp;Marketing fondamental&nbsp;» (0TCM1A4) mais je ne suis pas inscrit sur l'espace Ecampus. Le chef de département m'a dit que ça devait être automatique. Mes séances sont planifiées dans ADE à partir du 15/09.</div><div><br data-mce-bogus="1"></div><div>Merci</div><div>Karim Benali<br>IUT Grand Ouest Normandie – Dpt TC – Lisieux (11 rue d'Alençon, 14100 Lisieux)</div></div></body></html>
""", 'html', 'utf-8', 'quoted-printable'),
    gold=G([('0TCM1A4', '0TCM1A4')], [], [], 'teacher_not_enrolled', 'staff',
           note='IUT teacher not enrolled; HTML-only; postcode look-alike'))

# ---------------------------------------------------------------- 061
add(fn='061-hss-enseignant-non-inscrit-formel.eml',
    frm='Bernard Lemaître <bernard.lemaitre@unicaen.fr>',
    subj="Demande d'inscription en tant qu'enseignant",
    date='Mon, 22 Sep 2025 10:12:03 +0200', mid=mid_zimbra(), hdr=[ZIMBRA],
    body=Text("""Madame, Monsieur,

Je suis chargé cette année de l'enseignement « Sociologie des organisations » en master 1 (code M1SOC2A dans l'emploi du temps), mais je ne figure pas parmi les enseignants de l'espace Ecampus correspondant, où n'apparaît que mon prédécesseur, M. Haesler.

Je vous saurais gré de bien vouloir m'y inscrire.

Veuillez agréer, Madame, Monsieur, mes salutations respectueuses.

Bernard Lemaître
Professeur des universités – CERReV (UR 3918)
MRSH, bureau SR 142
"""),
    gold=G([('M.1SOC2A', 'M1SOC2A')], [], [], 'teacher_not_enrolled', 'staff',
           note='formal professor not enrolled in his course; code without its dot'))

# ---------------------------------------------------------------- 062
add(fn='062-ipad-code-dans-objet-seulement.eml',
    frm='Isabelle Vautrin <isabelle.vautrin@unicaen.fr>',
    subj='Pas inscrite comme enseignante CULT25',
    date='Sat, 4 Oct 2025 09:33:50 +0200', mid=mid_iphone('unicaen.fr'), hdr=[IPAD],
    body=Text("""Bonjour, je donne l'atelier culture générale cette année et je ne suis pas dans l'espace de cours. Pouvez-vous m'ajouter ? Merci
Isabelle Vautrin

Envoyé de mon iPad"""),
    gold=G([('CULT-25', 'CULT25')], [], [], 'teacher_not_enrolled', 'staff',
           note='code in the subject only; teacher not enrolled'))

# ---------------------------------------------------------------- 063
h063 = """<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Bonjour,</p>
<p>Les étudiants ci-dessous (L3 Droit, étape L3DROI-101) ne sont pas inscrits dans le cours de droit civil D.3.CIVI sur Ecampus (<a href="https://ecampus.unicaen.fr/user/index.php?id=49310">https://ecampus.unicaen.fr/user/index.php?id=49310</a>), alors que leurs IP sont faites jusqu'au groupe depuis le 25/09 (TD1 et TD2 de L3 droit) :</p>
<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse">
<tr><th>N° étudiant</th><th>INE</th><th>Nom</th><th>Prénom</th><th>Groupe</th></tr>
<tr><td>23084417</td><td>0903012345K</td><td>ALLAIN</td><td>Marine</td><td>TD1</td></tr>
<tr><td>23110268</td><td>1302047781D</td><td>BOUVIER</td><td>Théo</td><td>TD1</td></tr>
<tr><td>22091553</td><td>123456789AB</td><td>DIALLO</td><td>Aminata</td><td>TD2</td></tr>
<tr><td>23145090</td><td>0804011290G</td><td>FERRAND</td><td>Lucas</td><td>TD2</td></tr>
</table>
<p>Merci de votre aide,</p>
<p>Corinne Letellier<br>
Gestionnaire de scolarité Licence 3 – Faculté de Droit, Administration Économique et Sociale et Administration Publique<br>
Bâtiment D – bureau D-012 – Tél. 02 31 56 53 41<br>
Esplanade de la Paix – CS 14032 – 14032 CAEN CEDEX 5</p>
</body></html>
"""
t063 = """Bonjour,

Les étudiants ci-dessous (L3 Droit, étape L3DROI-101) ne sont pas inscrits dans le cours de droit civil D.3.CIVI sur Ecampus (https://ecampus.unicaen.fr/user/index.php?id=49310), alors que leurs IP sont faites jusqu'au groupe depuis le 25/09 (TD1 et TD2 de L3 droit) :

N° étudiant	INE	Nom	Prénom	Groupe
23084417	0903012345K	ALLAIN	Marine	TD1
23110268	1302047781D	BOUVIER	Théo	TD1
22091553	123456789AB	DIALLO	Aminata	TD2
23145090	0804011290G	FERRAND	Lucas	TD2

Merci de votre aide,

Corinne Letellier
Gestionnaire de scolarité Licence 3 – Faculté de Droit, Administration Économique et Sociale et Administration Publique
Bâtiment D – bureau D-012 – Tél. 02 31 56 53 41
Esplanade de la Paix – CS 14032 – 14032 CAEN CEDEX 5
"""
add(fn='063-scolarite-droit-tableau-etudiants.eml',
    frm='Corinne Letellier <corinne.letellier@unicaen.fr>',
    subj='Etudiants L3 non inscrits Droit civil',
    date='Mon, 29 Sep 2025 11:14:08 +0200', mid=mid_outlook(), hdr=[OUTLOOK],
    body=Multi('mixed', [alt(t063, h063, tcte='quoted-printable'),
                         Attach('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'etudiants_L3_non_inscrits.xlsx',
                                b'PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00' + b'\x00' * 40)]),
    gold=G([('L3DROI', 'L3DROI-101'), ('D.3.CIV1', 'D.3.CIVI'), ('L3DROI-TD1', 'TD1'), ('L3DROI-TD2', 'TD2')],
           ['23084417', '23110268', '22091553', '23145090'], [49310], 'not_enrolled', 'staff',
           note='scolarité pastes a table of 4 students not enrolled (INE look-alikes, I for 1 in code)'))

# ---------------------------------------------------------------- 064
add(fn='064-scolarite-iut-gea-reponse-latin1.eml',
    frm='Sylvie Marais <sylvie.marais@unicaen.fr>',
    subj='RE: [CEMU #52033] Etudiants GEA absents du cours de compta',
    date='Fri, 10 Oct 2025 15:27:44 +0200', mid=mid_zimbra(), hdr=[ZIMBRA,
        ('In-Reply-To', '<cemu.52033.1759926011@assistance.unicaen.fr>')], hcharset='iso-8859-1',
    body=Text("""Bonjour,

Voici la liste demandée. Ce sont des étudiants de 2e année (étape 2BUTGE, version 101) qui ne sont pas dans le cours de comptabilité de gestion 0GEA2B1 :

- 24126690  MORIN Jade
- 24133517  LAUNAY Kevin
- 24108842  OUEDRAOGO Salif
- 23197004  PERRIN Lou (redoublante)

Ils ont pourtant une inscription pédagogique complète depuis le 02/10.

Cordialement,
Sylvie Marais
Secrétariat pédagogique GEA - IUT Grand Ouest Normandie
Tél : 02 31 56 71 08

----- Mail original -----
De: "CEMU Assistance" <cemu.assistance@unicaen.fr>
Envoyé: Mercredi 8 Octobre 2025 14:20:11
Objet: [CEMU #52033] Etudiants GEA absents du cours de compta

Bonjour,
Pourriez-vous nous transmettre les numéros étudiants des personnes concernées ?
Cordialement,
L'équipe d'assistance du CEMU
""", charset='iso-8859-1', cte='8bit'),
    gold=G([('2BUTGE', '2BUTGE'), ('0GEA2B1', '0GEA2B1')], ['24126690', '24133517', '24108842', '23197004'], [], 'not_enrolled', 'staff',
           note='IUT secretary answers ticket with list of 4 students not enrolled'))

# ---------------------------------------------------------------- 065
t065 = """Bonjour,

Je ne vois plus mon cours d'anglais (HLAN-105 - Anglais S1 pour non-spécialistes) sur mon tableau de bord depuis quelques jours. Il était pourtant là la semaine dernière et j'en suis bien l'enseignante. Les étudiants y ont toujours accès, eux.

Est-ce que j'ai fait une fausse manipulation ?

Merci,
Rachel Ford
Enseignante contractuelle – Département LEA / LANSAD
"""
add(fn='065-enseignante-cours-plus-sur-tableau-de-bord.eml',
    frm='Rachel Ford <rachel.ford@unicaen.fr>',
    subj='Cours disparu de mon tableau de bord',
    date='Wed, 5 Nov 2025 12:40:26 +0100', mid=mid_zimbra(), hdr=[ZIMBRA_MAC],
    body=alt(t065, gmail_html(t065)),
    gold=G([('HLAN105', 'HLAN-105')], [], [], 'course_not_on_dashboard', 'staff',
           note='teacher no longer sees her course on dashboard'))

# ---------------------------------------------------------------- 066
t066 = """Bonjour,

L'UE de chimie générale du L1 (SCHI1U03) n'existe pas sur Ecampus : je ne la trouve nulle part, ni dans la catégorie L1 Chimie ni par la recherche. Les collègues des autres UE ont bien leur espace. Les étudiants commencent les TD lundi.

Le code est bien dans la maquette 2025-2026 d'après le responsable de la mention.

Cordialement,
Pierre-Yves Hamon
Enseignant-chercheur – LCMT (UMR 6507) – Ensicaen/UNICAEN
"""
add(fn='066-chimie-cours-inexistant.eml',
    frm='Pierre-Yves Hamon <pierre-yves.hamon@unicaen.fr>',
    subj="Espace de cours inexistant",
    date='Thu, 11 Sep 2025 18:10:45 +0200', mid=mid_zimbra(), hdr=[ZIMBRA],
    body=alt(t066, gmail_html(t066)),
    gold=G([('SCHI1U03', 'SCHI1U03')], [], [], 'course_missing', 'staff',
           note='teacher: course space does not exist'))

# ---------------------------------------------------------------- 067
add(fn='067-admin-hss-porteur-porte-transfert.eml',
    frm='Sophie Delacour <sophie.delacour@unicaen.fr>',
    subj='Fwd: cours 2HR5C disparu',
    date='Tue, 14 Oct 2025 10:25:19 +0200', mid=mid_zimbra(), hdr=[ZIMBRA],
    body=Text("""Bonjour,

Suite au message ci-dessous : le cours 2HR5C n'existe plus sur Ecampus depuis la semaine dernière. Nous avons mutualisé cet élément avec M.1HRP9C cette année (M.1HRP9C est porteur). Je ne sais pas si c'est lié. Les étudiants INSPE inscrits sur 2HR5C n'ont plus de cours.

Sophie Delacour
Responsable administrative – UFR HSS
Tél. 02 31 56 58 02

---------- Forwarded message ---------
De : Jérôme Lefebvre <jerome.lefebvre@unicaen.fr>
Date: lun. 13 oct. 2025 à 17:46
Subject: cours 2HR5C disparu
To: Sophie Delacour <sophie.delacour@unicaen.fr>

Sophie,
mon espace de cours "Histoire des représentations" (2HR5C) a disparu d'Ecampus, je ne le trouve plus du tout. Tu sais ce qui s'est passé ?
Jérôme
"""),
    gold=G([('2HR5C', '2HR5C'), ('M.1HRP9C', 'M.1HRP9C')], [], [], 'course_missing', 'staff',
           note='composante admin: course vanished after porteur/porté mutualisation'))

# ---------------------------------------------------------------- 068
t068 = """Bonjour,

Plusieurs étudiants de L2 psychologie (L2PSYC) sont dans le mauvais groupe de TD sur Ecampus. D'après APOGÉE ils sont en TD3, mais dans les cours ils apparaissent en TD2 :

23208841 - BLONDEL Anaïs
24019733 - CAILLAUD Mehdi
24027715 - TOUTAIN Léa

Le cours le plus touché est L2.PSY31, mais c'est pareil dans les autres. Je joins l'extraction APOGÉE.

Cordialement,
Fabienne Lecoq
Scolarité Licence – UFR de Psychologie – bureau D-104 – 02 31 56 62 57
"""
add(fn='068-scolarite-psycho-mauvais-td-csv.eml',
    frm='Fabienne Lecoq <fabienne.lecoq@unicaen.fr>',
    subj='Mauvais groupes de TD L2 psycho',
    date='Mon, 20 Oct 2025 14:55:01 +0200', mid=mid_zimbra(), hdr=[ZIMBRA],
    body=Multi('mixed', [Text(t068), Attach('text/csv', 'extraction_L2PSYC_TD3.csv',
        'COD_ETU;NOM;PRENOM;COD_EXT_GPE\n23208841;BLONDEL;Anaïs;L2PSYC-TD3\n24019733;CAILLAUD;Mehdi;L2PSYC-TD3\n24027715;TOUTAIN;Léa;L2PSYC-TD3\n'.encode('utf-8'))]),
    gold=G([('L2PSYC', 'L2PSYC'), ('L2PSYC-TD3', 'TD3'), ('L2PSYC-TD2', 'TD2'), ('L2.PSY31', 'L2.PSY31')],
           ['23208841', '24019733', '24027715'], [], 'wrong_group', 'staff',
           note='scolarité: three students in TD2 instead of TD3; CSV attached'))

# ---------------------------------------------------------------- 069
add(fn='069-cours-archive-nouveau-code-reponse.eml',
    frm='Laurent Giffard <laurent.giffard@unicaen.fr>',
    subj='Re: [CEMU #52508] Mon cours est dans Archives !',
    date='Thu, 23 Oct 2025 09:05:38 +0200', mid=mid_zimbra(), hdr=[ZIMBRA,
        ('In-Reply-To', '<cemu.52508.1761140001@assistance.unicaen.fr>')],
    body=Text("""Bonjour,

Merci pour la réponse mais je ne comprends pas. Mon cours de compétences numériques (NUMR-24) avec tous mes tests PIX et mes 40 QCM a été déplacé dans « Archives » et renommé, et un nouveau cours vide NUMR-25 est apparu. Personne ne m'a prévenu. Je dois vraiment tout recopier à la main ?

L. Giffard

Le 22/10/2025 à 16:13, CEMU Assistance a écrit :
> Bonjour,
>
> Le code APOGÉE de votre cours a changé : l'ancien espace a été archivé et un
> nouvel espace a été créé pour le nouveau code. Il vous faut importer le contenu
> de l'ancien espace dans le nouveau.
>
> Cordialement,
> L'équipe d'assistance du CEMU
"""),
    gold=G([('NUMR-24', 'NUMR-24'), ('NUMR-25', 'NUMR-25')], [], [], 'course_moved_renamed', 'staff',
           note='teacher annoyed: course archived after code change, new empty course created'))

# ---------------------------------------------------------------- 070
add(fn='070-enseignant-cours-renomme-deplace.eml',
    frm='Arnaud Pelletier <arnaud.pelletier@unicaen.fr>',
    subj='Mon cours a changé de nom et de catégorie',
    date='Tue, 6 Jan 2026 11:30:02 +0100', mid=mid_zimbra(), hdr=[ZIMBRA],
    body=Text("""Bonjour et bonne année,

En revenant des vacances je constate que mon cours de droit constitutionnel (D1CON2, le cours id 44702 sur Ecampus) a été renommé « Droit constitutionnel 2 - Ve République » au lieu de « Institutions politiques » et qu'il a été déplacé de la catégorie L1 Droit vers une catégorie « Tronc commun ». Les étudiants le trouvent encore mais je voudrais savoir qui a fait ça et si le contenu risque de disparaître.

Arnaud Pelletier
Maître de conférences en droit public
"""),
    gold=G([('D.1.CON2', 'D1CON2')], [], [44702], 'course_moved_renamed', 'staff',
           note='teacher: course renamed and moved to another category; dots dropped'))

# ---------------------------------------------------------------- 071
t071 = """Bonjour,

Je vous fais suivre l'échange avec ma collègue. Notre cours de portugais (HPOR204) a disparu de la catégorie LEA et se retrouve dans « Archives – 2025 » avec un titre préfixé [ARCHIVE]. À notre connaissance, l'élément n'a pas été supprimé volontairement de la maquette.

Cordialement,
Mónica Ribeiro
Responsable de la section de portugais – UFR LVE

-------- Message transféré --------
Sujet : cours portugais
Date : Wed, 5 Nov 2025 09:12:30 +0100
De : Ana Carvalho <ana.carvalho@unicaen.fr>
Pour : Mónica Ribeiro <monica.ribeiro@unicaen.fr>

Mónica, le cours de portugais S4 n'est plus dans LEA, il est dans Archives ! Les étudiants ont un exposé à rendre vendredi.
Ana
"""
add(fn='071-transfert-portugais-archive.eml',
    frm='Mónica Ribeiro <monica.ribeiro@unicaen.fr>',
    subj='Fwd: cours portugais',
    date='Wed, 5 Nov 2025 10:48:12 +0100', mid=mid_other('unicaen.fr'), hdr=[TBIRD],
    body=alt(t071, gmail_html(t071), tcte='quoted-printable'),
    gold=G([('HPOR204', 'HPOR204')], [], [], 'course_moved_renamed', 'staff',
           note='course moved to Archives, element probably deleted accidentally (code unknown)'))

# ---------------------------------------------------------------- 072
add(fn='072-personnel-prenom-sans-cedille.eml',
    frm='Jean-François Leconte <jean-francois.leconte@unicaen.fr>',
    subj='Erreur prénom',
    date='Fri, 17 Oct 2025 17:01:48 +0200', mid=mid_zimbra(), hdr=[ZIMBRA],
    body=Text("""Bonjour,

Sur Ecampus mon prénom est écrit « Jean-Francois » sans cédille, et mon nom apparaît « LECONTE JF ». Cela apparaît tel quel dans les forums de mes cours. Est-ce corrigeable ?

Jean-François Leconte
Ingénieur d'études – Direction du Numérique – poste 5604
"""),
    gold=G([], [], [], 'wrong_name', 'staff', note='staff member: first name without cedilla'))

# ---------------------------------------------------------------- 073
add(fn='073-secretaire-cas-destination.eml',
    frm='Martine Onfroy <martine.onfroy@unicaen.fr>',
    subj='Problème connexion Ecampus',
    date='Mon, 1 Sep 2025 08:36:21 +0200', mid=mid_zimbra(), hdr=[ZIMBRA],
    body=Text("""Bonjour,

Depuis ce matin, quand je veux aller sur Ecampus pour préparer les espaces de rentrée, j'arrive sur une page du CAS qui me dit que je suis bien connectée mais qu'il ne connaît pas ma destination finale. J'ai le même problème sur les deux postes du secrétariat (Windows 10, Firefox ESR 128).

Martine Onfroy
Secrétariat de direction – UFR STAPS – 2 rue des Rochettes
Tél. 02 31 56 72 90
"""),
    gold=G([], [], [], 'cas_unknown_destination', 'staff',
           note='secretary lands on CAS page; version numbers look-alikes'))

# ---------------------------------------------------------------- 074
t074 = """Bonjour,

Pour information et suivi côté CEMU : depuis 07h40 ce matin plusieurs utilisateurs signalent au centre de services (incidents INC0048123, INC0048127, INC0048131) que la plateforme Ecampus affiche « Erreur de lecture de la base de données » de façon intermittente. Ce n'est pas la fenêtre d'optimisation du dimanche. Nos supervisions montrent une saturation des connexions sur le cluster PostgreSQL 15 (pgbouncer, pool max 400).

Pouvez-vous confirmer ce que vous observez de votre côté ? Extrait du journal joint.

Cordialement,
Stéphane Guillou
Direction du Système d'Information – Pôle Infrastructures
Campus 1 – bâtiment Droit, bureau DSI-08 – 02 31 56 55 00
"""
add(fn='074-dsi-erreur-base-de-donnees-journal.eml',
    frm='Stéphane Guillou <stephane.guillou@unicaen.fr>',
    to='cemu.assistance@unicaen.fr',
    cc='dsi-infra@unicaen.fr',
    subj='[DSI] Ecampus : erreurs base de données intermittentes',
    date='Tue, 13 Jan 2026 08:52:10 +0100', mid=mid_zimbra(), hdr=[ZIMBRA],
    body=Multi('mixed', [alt(t074, gmail_html(t074)), Attach('text/plain', 'pgbouncer-extrait.log',
        b'2026-01-13 07:41:02.118 CET [1289] WARNING C-0x55d1: ecampus/moodle@10.14.2.31:51022 pooler error: no more connections allowed (max_client_conn)\n2026-01-13 07:41:02.377 CET [1289] LOG stats: 412 xact/s, 3188 query/s\n')]),
    gold=G([], [], [], 'database_error', 'staff',
           note='DSI reports intermittent database errors; incident numbers, IPs and versions look-alikes'))

# ---------------------------------------------------------------- 075
add(fn='075-trop-enseignants-bdd.eml',
    frm='Cécile Brunet <cecile.brunet@unicaen.fr>',
    subj='Trop d enseignants dans mon cours',
    date='Wed, 24 Sep 2025 12:02:33 +0200', mid=mid_zimbra(), hdr=[ZIMBRA],
    body=Text("""Bonjour,

Dans le cours de bases de données (SINF3U07) il y a 12 enseignants inscrits, alors que nous ne sommes que deux à l'enseigner (moi et M. Fontaine). Les autres sont des collègues du département qui n'interviennent pas dans cette UE. Ils reçoivent tous les notifications du forum et deux ont déjà modifié des sections par erreur. Je ne peux pas les désinscrire, l'icône poubelle n'apparaît pas pour eux (méthode "Base de données externe").
https://ecampus.unicaen.fr/enrol/users.php?id=50877

Cécile Brunet
"""),
    gold=G([('SINF3U07', 'SINF3U07')], [], [50877], 'too_many_teachers', 'staff',
           note='12 teachers enrolled by database in a course taught by 2'))
