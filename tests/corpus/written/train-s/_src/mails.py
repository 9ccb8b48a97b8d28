"""The 70 mails of train-s. Markers: {{as written|CANON}} for codes, [[NNNNNNNN]] for student numbers."""
MAILS = []
def M(slug, frm, subj, sym, role, body, **kw):
    d = dict(slug=slug, frm=frm, subj=subj, sym=sym, role=role, body=body); d.update(kw); MAILS.append(d)

SIG_GEA = """--
Nathalie Lemarchand
Secrétariat pédagogique BUT GEA - IUT Grand Ouest Normandie
Bureau B2-014 - Tél. 02 31 56 71 42
Boulevard Maréchal Juin, 14032 CAEN CEDEX 5"""
DISCL = """Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires. Toute utilisation non conforme à sa destination est interdite."""

M('etu-gea-s1-compta', 'Lucas Hamel <lucas.hamel@etu.unicaen.fr>', 'je vois pas mon cours de compta', 'not_enrolled', 'student', """bonjour
je suis en BUT GEA 1re année (formation initiale) et je vois pas le cours de compta générale sur ecampus, le code c'est {{gea1r01|GEA1R01}} sur ADE (R1.01 sur l'emploi du temps). Les autres de mon {{TD B|GEA1-TDB}} l'ont tous.
on a cours demain 8h salle B1-102
merci
Lucas""", etapes=['BUGEA1'], note='BUT GEA S1 student does not see a resource; TD B named in words; lower-case code')

M('sec-gea-alternants-tableau', 'Nathalie Lemarchand <nathalie.lemarchand@unicaen.fr>', 'Groupes alternants S3 vides sur Ecampus', 'wrong_group', 'staff', """<html><body>
<p>Bonjour,</p>
<p>Dans les cours du semestre 3 du BUT GEA, le groupe des alternants est vide alors que les IP sont faites jusqu'au groupe <b>GEA3-ALT</b> dans APOGÉE. Exemples :</p>
<table border="1" cellpadding="3">
<tr><th>Cours</th><th>Lien</th><th>Groupe attendu</th><th>Étudiant</th><th>N° étudiant</th></tr>
<tr><td>GEA3R02 Economie</td><td>https://ecampus.unicaen.fr/course/view.php?id=48211</td><td>GEA3-ALT</td><td>BRIAND Léa</td><td>23011874</td></tr>
<tr><td>GEA3 R04 Gestion RH</td><td>https://ecampus.unicaen.fr/course/view.php?id=48213</td><td>GEA3-ALT</td><td>COLLET Maxime</td><td>23004512</td></tr>
<tr><td>GEA3SA01</td><td>https://ecampus.unicaen.fr/course/view.php?id=48230</td><td>GEA3ALT</td><td>N'DIAYE Awa</td><td>22007365</td></tr>
</table>
<p>La promo d'alternants fait 28 étudiants (rythme 2 semaines / 2 semaines).</p>
<p>Cordialement,<br>Nathalie Lemarchand<br>Secrétariat pédagogique BUT GEA<br>Tél. 02 31 56 71 42 - bureau B2-014</p>
</body></html>""".replace('GEA3-ALT</b>', '{{GEA3-ALT}}</b>').replace('GEA3R02 Eco', '{{GEA3R02}} Eco').replace('>23011874<', '>[[23011874]]<').replace('GEA3 R04', '{{GEA3 R04|GEA3R04}}').replace('>23004512<', '>[[23004512]]<').replace('>GEA3SA01<', '>{{GEA3SA01}}<').replace('>22007365<', '>[[22007365]]<'), fmt='html', cs='windows-1252', note='GEA secretary, HTML table of S3 courses with empty apprentices group; mixed damaged codes')

M('erasmus-inf-tp3', 'Jonas Becker <jonas.becker@etu.unicaen.fr>', 'Cannot find my course on Ecampus', 'not_enrolled', 'student', """Hello,

I am an Erasmus exchange student from TU Dresden, here for the autumn semester at the IUT (computer science department). My learning agreement lists {{INF3R03}} (databases) and {{INF3-R06|INF3R06}}, but on Ecampus I only see the second one. My timetable says I am in {{TP3|INFA2TP3}} with the second year students.

My student number is [[26100473]]. Phone +49 151 2345 6789 (WhatsApp).

Best regards,
Jonas""", lang='en', note='Incoming Erasmus student missing from one BUT info resource; TP3 named in passing; dash added')

M('pass-dashboard', '25207741@etu.unicaen.fr', 'cours UE4 plus sur mon tableau de bord', 'course_not_on_dashboard', 'student', """Bonjour,
Je suis en PASS et depuis lundi le cours de biophysique ({{PS1 UE04|PS1.UE04}}) n'apparait plus dans "mes cours" sur le tableau de bord, alors que j'y accède si je tape le lien https://ecampus.unicaen.fr/course/view.php?id=51904 et je suis bien dans mon {{ED 7|PS1-ED07}}.
Les QCM du 14/10 sont dessus, c'est urgent.
Cordialement
Inès""", etapes=['PASS01'], note='PASS student, course reachable by link but not on dashboard; space instead of dot')

M('las-droit-mineure', 'Clara Vautier <clara.vautier@etu.unicaen.fr>', 'Mineure santé LAS', 'not_enrolled', 'student', """Bonjour,

je suis en LAS droit 1re année et je ne suis inscrite dans aucun cours de la mineure santé, alors que mes amies en LAS bio les ont. Sur mon contrat pédagogique il y a {{LSA1M01}} et {{LSA1M02}}. On m'a dit que j'étais dans le {{groupe 3|LSA-G3}} pour les TD (amphi Daure le jeudi).

Mon numéro étudiant : [[25013398]]

Merci d'avance,
Clara Vautier""", etapes=['LASDR1'], note='LAS droit student not enrolled in health minor elements')

M('ead-histoire-groupe', 'Martine Gosselin <martine.gosselin@etu.unicaen.fr>', 'Mauvais groupe - L2 histoire EAD', 'wrong_group', 'student', """Bonjour,

Je suis inscrite en L2 histoire à distance (je travaille à temps plein à Rouen). Dans le cours d'histoire moderne {{EL2HIS03}} je suis mise dans un groupe "présentiel" et je n'ai donc pas accès aux devoirs du groupe {{cemu-his2|CEMU-HIS2}}.
Pourtant mon inscription administrative est bien en télé-enseignement.

Martine Gosselin
n° [[24508812]]
Envoyé de mon iPhone""", etapes=['EHIS2'], note='EAD student in presential group instead of the CEMU group; lower-case group code')

M('fc-grh-login', 'Sandrine Picot <sandrine.picot76@gmail.com>', 'Impossible de me connecter', 'cannot_login', 'student', """Bonjour,
Je suis en DU GRH en formation continue depuis septembre. Je n'arrive pas à me connecter à Ecampus, le mot de passe ne passe pas alors que j'ai activé mon compte numérique le 02/09/2026. Je dois rendre le dossier du module paie ({{FC-GRH2|FC-GRH02}}) vendredi.
Mon numéro : [[26400215]]
Sandrine Picot
06 12 48 77 30""", etapes=['DUGRH'], note='Continuing-education learner cannot log in; dropped digit in module code')

M('ens-ddje-pas-inscrit', 'Pierre-Yves Lechevalier <pierre-yves.lechevalier@unicaen.fr>', 'Pas inscrit comme enseignant - double licence', 'teacher_not_enrolled', 'staff', """Bonjour,

J'assure les TD de microéconomie de la double licence droit-économie au semestre 3 ({{DDJE301}} et {{DDJE 302|DDJE302}}), {{groupe 2|DDJE2-G2}}. Je ne suis inscrit comme enseignant dans aucun des deux espaces Ecampus, alors que mes séances sont bien dans ADE (salle SH-027, mardi 14h-16h).

Pouvez-vous regarder ?

Pierre-Yves Lechevalier
Maître de conférences - UFR SEGGAT
Bureau SH 112 - 02 31 56 50 18""", note='Teacher not enrolled in two double-degree courses; group 2 in words')

M('dsi-erreur-bdd-fwd', 'Karim Benali <karim.benali@unicaen.fr>', 'TR: Erreur de lecture de la base de données', 'database_error', 'staff', """Bonjour,

Je vous transfère le signalement d'une collègue du TC. Chez nous (DSI) pas d'incident déclaré ; ticket GLPI #318442.

Karim Benali - DSI pôle applications - poste 5523

---------- Message transféré ----------
De : Hélène Marie <helene.marie@unicaen.fr>
Date : dim. 11 oct. 2026 à 10:12
Objet : Erreur ecampus
À : <dsi.support@unicaen.fr>

Bonjour, ce dimanche matin en voulant déposer le sujet de la {{SAE-TCO2SA03|TCO2SA03}} j'ai eu "Erreur de lecture de la base de données" puis "Error: Database connection failed". Moodle 4.1 ?
Hélène Marie, IUT - département TC""", note='DSI forwards a database error seen on Sunday morning; code glued after SAÉ')

M('absence-auto', 'Francoise Durand <francoise.durand@unicaen.fr>', 'Réponse automatique : Groupes PASS', 'other', 'unknown', """Bonjour,

Je suis absente du 19/10/2026 au 30/10/2026 inclus. Pour toute question urgente concernant la scolarité PASS/LAS, merci de contacter le 02 31 06 82 10 ou scol.sante@unicaen.fr.

Cordialement,
Françoise Durand""", auto=True, headers={'Auto-Submitted': 'auto-replied', 'X-Auto-Response-Suppress': 'All'}, note='Out-of-office of a health scolarité secretary')

M('cas-destination', '22103456@etu.unicaen.fr', 'page CAS bloquée', 'cas_unknown_destination', 'student', """bjr
qd je me connecte ca me met "Connexion réussie Bienvenue 22103456 ... CAS ne connaît pas votre destination finale" et je reste bloqué, jarrive pas sur ecampus. je suis en {{TP2|INFA2TP2}} info 2e année mais bon c pas le sujet
merci""", note='CAS unknown destination; TP2 of info year 2 is a unique per-year group')

M('ens-sae-cachee-alternants', 'Olivier Renouf <olivier.renouf@unicaen.fr>', '{{GEA5SA02}} : les alternants ne voient pas le cours', 'students_cannot_see_course', 'staff', """Bonjour,

Les étudiants du {{groupe des alternants|GEA5-ALT}} de la SAÉ 5.02 (https://ecampus.unicaen.fr/course/view.php?id=49877) me disent qu'ils ne voient pas le cours. Moi je le vois (grisé il me semble ?). Les FI du {{TD A|GEA5-TDA}} non plus d'ailleurs.
Ils ont leur soutenance le 26/11 en salle B3-201.

Olivier Renouf
PRAG - département GEA""", note='Teacher: apprentices and TD A cannot see (hidden) SAE course; code in subject')

M('cju-trop-enseignants', 'Sophie Hardy <sophie.hardy@unicaen.fr>', 'Trop d\'enseignants dans mes cours de droit civil', 'too_many_teachers', 'staff', """Bonjour,
Dans l'espace Ecampus de droit civil de 1re année ({{CJU1R01}}) et celui de procédure ({{cju1r03|CJU1R03}}), il y a 14 enseignants inscrits, dont des collègues qui n'interviennent pas du tout. Les étudiants du {{TD A|CJUA1TDA}} reçoivent les annonces de tout le monde.
Bien à vous,
Sophie Hardy - Cheffe de département Carrières juridiques - 02 31 56 70 02""", note='Too many teachers in two CJU courses; TD A in words (group per year)')

M('ead-psy-participants', 'Bruno Lefort <bruno.lefort@unicaen.fr>', 'Où est passé le bloc participants ?', 'participants_block_missing', 'staff', """Bonjour,
Dans mon cours de statistiques de L1 psycho à distance ({{EL1PSY04}}), je ne trouve plus le bloc "Participants" à droite. Je voulais vérifier que le {{groupe EAD|CEMU-PSY1}} est complet (environ 310 inscrits).
Merci,
B. Lefort""", note='Teacher cannot find Participants block in an EAD course; EAD group in words')

M('scol-pass-cohorte', 'Françoise Durand <francoise.durand@unicaen.fr>', 'Cohorte PASS pour l\'espace option droit', 'cohort_question', 'staff', """Bonjour,

Peut-on synchroniser la cohorte de l'étape {{PASS01}} dans l'espace de l'option droit ({{PS2.0PDR|PS2.OPDR}}) ? Les IP de l'option ne seront saisies qu'après le conseil du 05/11 et les étudiants doivent commencer à travailler.
Ou faut-il faire une inscription manuelle limitée dans le temps ?

Françoise Durand
Scolarité santé - UFR Santé, 2 rue des Rochambelles, 14032 Caen""", cs='iso-8859-1', note='Cohort sync question for PASS option; O/0 damage in PS2.OPDR')

M('inspe-cours-archive', 'Anne Quesnel <anne.quesnel@unicaen.fr>', 'Mon cours a disparu / est archivé', 'course_moved_renamed', 'staff', """Bonjour,

Mon cours "(1CA153) Analyse du contexte" a été déplacé dans une catégorie "Archives" et renommé. Le nouvel espace s'appelle maintenant "(1CA157) Arts" ??? Je n'y comprends rien, j'ai tout mon contenu sur l'ancien.

Anne Quesnel, formatrice INSPE site de Caen""".replace('(1CA153)', '({{1CA153}})').replace('(1CA157)', '({{1CA157}})'), note='INSPE course archived and a different code appears')

M('las-bio-nom', 'Yasmine Belkacem <yasmine.belkacem@etu.unicaen.fr>', 'Erreur sur mon prénom', 'wrong_name', 'student', """Bonjour,
Sur Ecampus mon prénom est écrit "Yasmina" au lieu de "Yasmine". Ca apparait comme ça dans les forums de mineure santé ({{LSA3M02}}) et dans la liste de mon {{groupe 1|LSA-G1}}.
Je suis en LAS sciences de la vie 2e année.
Yasmine BELKACEM, [[24017790]]""", etapes=['LASBI2'], note='LAS student, first name wrong')

M('ens-inf-sae-absente', 'Thomas Vasseur <thomas.vasseur@unicaen.fr>', 'SAÉ 2.01 introuvable', 'course_missing', 'staff', """Bonjour,

Je ne trouve pas l'espace de la SAÉ 2.01 du BUT info ({{INF2SA01}}) sur Ecampus. Les ressources R2.03 et R2.05 existent bien, elles. J'ai cherché dans la catégorie IUT > Informatique > S2, rien.
Les {{TP 4|INFA1TP4}} doivent rendre leur projet le 18/12.

Thomas Vasseur
Enseignant contractuel, département informatique
bureau I-108""", note='Teacher cannot find SAE course at all; national names R2.03 are look-alikes')

M('bounce-ddmi', 'Mail Delivery System <MAILER-DAEMON@unicaen.fr>', 'Undelivered Mail Returned to Sender', 'other', 'unknown', """This is the mail system at host smtp.unicaen.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<julien.prevost@unicaen.fr>: host mx.unicaen.fr said: 550 5.1.1 User unknown

------ Original message ------
From: cemu.assistance@unicaen.fr
Subject: [ticket #319002] Cours {{DDMI402}}

Bonjour, pouvez-vous nous indiquer le numéro étudiant concerné ?""", auto=True, headers={'Auto-Submitted': 'auto-replied'}, note='Bounce of a CEMU reply; quoted code counts')

M('spam-office', 'Microsoft 365 Support <no-reply@0ffice365-secure-login.com>', 'Votre boîte mail Office 365 sera suspendue', 'other', 'unknown', """Cher utilisateur,
Votre compte Office 365 a atteint 99% de sa capacité. Cliquez ici pour valider vos identifiants avant le 12/10/2026 : http://0ffice365-secure-login.com/unicaen
Réf. dossier : GEA-2026-4471
Le service informatique""", dom='0ffice365-secure-login.com', note='Phishing spam')

M('etu-tco-tdc', 'Romain Letellier <romain.letellier@etu.unicaen.fr>', 'mauvais groupe de TD', 'wrong_group', 'student', """Bonjour
sur ecampus dans le cours de vente ({{TCO3R02}}) je suis dans le {{TD A|TCO3-TDA}} alors que je suis en {{TD C|TCO3-TDC}} depuis la rentrée (changement validé par le secrétariat le 21/09). Du coup je vois pas les docs de mon prof.
Romain, BUT TC 2e année""", note='TC student in wrong TD group: put in TD A, should be TD C (both resolvable in S3)')

M('exchange-las-en', 'Maria Rossi <maria.rossi@etu.unicaen.fr>', 'Health minor course - not enrolled', 'not_enrolled', 'student', """Dear support team,

I am enrolled in the LAS psychology programme (first year) and I should follow the health minor. My course list on Ecampus shows nothing for it: {{lsa1m03|LSA1M03}} and {{LSA1M04}} are missing. The secretary told me I am in {{group 2|LSA-G2}}.

Student ID: [[25301144]]

Thank you in advance,
Maria""", lang='en', etapes=['LASPY1'], note='English student, LAS psycho 1st year, missing health minor courses')

M('resp-ead-droit-elp', 'Catherine Mabire <catherine.mabire@unicaen.fr>', 'Etudiants EAD mal affectés - droit des affaires', 'wrong_group', 'staff', """Bonjour,

En capacité en droit à distance, les étudiants de {{RCAED334}} se retrouvent dans le groupe {{ELP_RCAED334_CM}} (présentiel) au lieu d'un groupe CEMU, et n'ont donc pas accès aux classes virtuelles. Même chose pour {{RCAED 335|RCAED335}} je crois.
Exemple : [[24110987]] et [[23098876]].

Catherine Mabire
Responsable pédagogique EAD - Faculté de droit
Tél : 02 31 56 59 83""", note='EAD students in an ELP_ pseudo-group (presential) instead of CEMU')

M('hss-element-suspendu', 'Julie Renaud <julie.renaud@etu.unicaen.fr>', 'Plus inscrite en théories du changement social', 'not_enrolled', 'student', """Bonsoir,
Depuis hier je ne suis plus inscrite dans le cours "Théories chang. social" ({{M.1.MS03}}) de mon master 1 de socio. Tous mes camarades sont dans le même cas. Le prof nous a dit d'écrire au CEMU.
Julie Renaud - [[22014455]]""", note='Student unenrolled from a suspended HSS element')

M('lve-idnumber', 'Gwenaelle Le Goff <gwenaelle.le-goff@unicaen.fr>', 'Re: cours EC1 Langue Traduction', 'course_moved_renamed', 'staff', """Bonjour,

Je reviens vers vous : le cours s'appelle maintenant "(AN10A) EC1 Langue Traduction" et plus aucun étudiant n'y est. Un collègue a peut-être modifié le numéro d'identification du cours en voulant bien faire.

Le 02/10/2026 à 09:14, CEMU Assistance a écrit :
> Bonjour,
> pouvez-vous préciser le code APOGÉE du cours concerné ?
> Cordialement, le CEMU

G. Le Goff
Département LEA-LLCER - bureau MLI 203""".replace('(AN10A)', '({{AN10A|AN-10A}})'), headers={'In-Reply-To': '<cemu.reply.77812@unicaen.fr>', 'References': '<cemu.reply.77812@unicaen.fr>'}, note='Reply: course renamed after idnumber changed; dash dropped')

M('porteur-porte', 'Marc Delaunay <marc.delaunay@unicaen.fr>', 'Etudiants du porté absents', 'not_enrolled', 'staff', """Bonjour,

Depuis que {{2HR5C}} est porté par {{M.1HRP9C}}, les étudiants inscrits au porté n'apparaissent plus dans l'espace de cours mutualisé. Ils devraient être dans {{M.1HRP9CTD}}. Une quarantaine d'étudiants sont concernés (promo de 42).

Marc Delaunay""", note='Porteur/porté: students of the porté missing from mutualised course')

M('etu-gea-r16-invente', 'Enzo Marie <enzo.marie@etu.unicaen.fr>', 'cours GEA1R16 introuvable', 'course_missing', 'student', """Salut,
Je trouve pas le cours {{GEA1R16}} sur ecampus, c'est le cours de "culture numérique" on m'a dit. Ni dans la recherche ni ailleurs. Je suis dans le {{TP6|GEA1-TP6}} du S1.
Enzo""", note='Student looks for a course code that does not exist (unknown code)')

M('sec-pass-liste-ed', 'Françoise Durand <francoise.durand@unicaen.fr>', 'PASS - étudiants sans ED sur Ecampus', 'wrong_group', 'staff', """Bonjour,

Les étudiants ci-dessous ne sont dans aucun ED sur les cours du S1 (ex. {{PS1.UE01}} chimie, {{PS1.UE02}} biochimie) :

  - 25102233  LEROUX Camille   -> ED03
  - 25102871  MOREL Hugo       -> ED03
  - 25107450  BAZIN Sarah      -> ED11

Les IP sont pourtant faites jusqu'au groupe dans Apogée (sauf erreur de ma part).

Françoise Durand - scolarité santé - 02 31 06 82 10""".replace('25102233', '[[25102233]]').replace('25102871', '[[25102871]]').replace('25107450', '[[25107450]]').replace('-> ED03\n  - [[25102871]]', '-> {{ED03|PS1-ED03}}\n  - [[25102871]]').replace('-> ED11', '-> {{ED11|PS1-ED11}}'), note='Scolarité lists PASS students with no ED group; groups in list form')

M('dd-mi-en', 'Ahmed Khalil <ahmed.khalil@etu.unicaen.fr>', 'Double degree maths-CS: course not visible', 'not_enrolled', 'student', """Hi,

I'm in the second year of the double degree in Mathematics and Computer Science. I cannot see the course {{DDMI-402|DDMI402}} on Ecampus, while {{DDMI401}} is fine. I'm in {{group 1|DDMI2-G1}}.
Room change today: lecture moved to S3-045.

Thanks,
Ahmed ([[24200561]])""", lang='en', etapes=['DDMI2'], note='English double-degree student missing one course')

M('fwd-chef-dept-inf', 'Laurent Guérin <laurent.guerin@unicaen.fr>', 'Fwd: pas de cours sur ecampus', 'not_enrolled', 'staff', """Bonjour,
Je vous transfère la demande de plusieurs alternants. Pour info les IP ont été saisies le 30/09.
L. Guérin, chef de département Informatique

De : Mathis Roger <mathis.roger@etu.unicaen.fr>
Envoyé : lundi 5 octobre 2026 11:02
À : Laurent Guérin <laurent.guerin@unicaen.fr>
Objet : pas de cours sur ecampus

Bonjour monsieur, avec les autres du {{groupe des alternants|INFA2ALT}} on a aucun cours du S3 sur ecampus, ni {{INF3R01}} ni {{INF3R02}} ni la SAE {{INF3SA01}}. Moi c'est [[24019921]].
Mathis""", note='Head of department forwards apprentices missing all S3 courses')

M('etu-ead-psy-dashboard', 'Céline Fauvel <celine.fauvel@etu.unicaen.fr>', 'cours qui ne s\'affichent pas', 'course_not_on_dashboard', 'student', """Bonjour,

Je suis en 3e année de licence de psychologie à distance. Sur mon tableau de bord, dans "Vue d'ensemble des cours", je ne vois que 3 cours sur 6. Les cours de neurosciences (el3psy03) et de psychopathologie ({{EL3PSY06}}) n'apparaissent pas, pourtant je reçois les notifications des forums.

Merci
Céline Fauvel
[[23500417]]""".replace('(el3psy03)', '({{el3psy03|EL3PSY03}})'), etapes=['EPSY3'], att='capture_tableau_de_bord.png', note='EAD L3 psycho student: courses not on dashboard (filter); screenshot attached')

M('ens-tco-visible', 'Hélène Marie <helene.marie@unicaen.fr>', 'Cours invisible pour les étudiants', 'students_cannot_see_course', 'staff', """Bonjour,

Mes étudiants du {{TP 5|TCO1-TP5}} et du TP6 ne voient pas mon cours de marketing de 1re année ({{TCO1R01}}), alors que j'ai tout déposé hier. Je suis bien enseignante dedans.

Hélène Marie
IUT - département TC - bureau C-104
02 31 56 71 90""".replace('du TP6 ne', 'du {{TP6|TCO1-TP6}} ne'), note='Teacher: TP5/TP6 students cannot see a TC S1 course')

M('etu-gea-glue', 'Manon Lefrançois <manon.lefrancois@etu.unicaen.fr>', 'inscription cours marketing', 'not_enrolled', 'student', """Bonjour,
je suis en 2e année de BUT GEA en alternance et je ne suis pas inscrite dans le {{coursGEA3R06|GEA3R06}} (marketing), alors que je suis dans le {{groupe ALT|GEA3-ALT}} sur les autres cours.
numéro étudiant [[24006138]], INE 0905023377K
Manon""", etapes=['BAGEA2'], note='Apprentice GEA student not enrolled; code glued to word')

M('dir-etudes-las-plusieurs', 'Vincent Hue <vincent.hue@unicaen.fr>', 'LAS STAPS 2e année - inscriptions mineure', 'not_enrolled', 'staff', """Bonjour,

Pour mes étudiants de LAS STAPS 2e année, les inscriptions dans les espaces de la mineure santé du S3 sont incomplètes :

{{LSA3M01}} : 12 inscrits sur 47
{{LSA3 M02|LSA3M02}} : 0 inscrit
{{LSA3-M03|LSA3M03}} : 46 sur 47 (manque [[24310078]])

Tous sont dans le {{groupe 4|LSA-G4}}.

Vincent Hue, directeur des études LAS STAPS
UFR STAPS - 2 bd du Maréchal Juin - 14032 Caen""", etapes=['LASST2'], note='Director of studies: LAS STAPS students partially enrolled; several damaged codes')

M('daeu-wrong-name', 'Kevin Lerouge <kevin.lerouge14@orange.fr>', 'nom mal écrit', 'wrong_name', 'student', """Bonjour,
Je suis en DAEU A a distance, sur ecampus mon nom est ecrit "LEROUGUE" au lieu de "LEROUGE". Ca se voit dans le cours de francais {{FC-DAE1|FC-DAE01}}.
Kevin Lerouge
tel 07 81 22 45 09""", etapes=['DAEUA'], cs='iso-8859-1', note='DAEU learner, wrong surname; dropped digit')

M('merci-regle', 'Lucas Hamel <lucas.hamel@etu.unicaen.fr>', 'Re: je vois pas mon cours de compta', 'other', 'student', """c bon je le vois merci !!

Le 08/10/2026 à 16:40, CEMU Assistance a écrit :
> Bonjour,
> votre inscription pédagogique dans {{GEA1R01}} a été complétée par le secrétariat, le cours apparaîtra demain après la synchronisation nocturne.
> Le CEMU""", headers={'In-Reply-To': '<trains.001.cemu@unicaen.fr>'}, note='Thanks, problem solved; code in quoted history')

M('ens-pass-trop-ens', 'Dr Philippe Anne <philippe.anne@unicaen.fr>', 'PASS UE5 : 25 enseignants inscrits ??', 'too_many_teachers', 'staff', """Bonjour,
Dans l'espace d'anatomie du PASS (https://ecampus.unicaen.fr/course/view.php?id=51907) il y a 25 enseignants inscrits dont des collègues d'odontologie qui n'ont rien à voir. Le code est {{PS1.UE5|PS1.UE05}} je crois.
Pr P. Anne
CHU de Caen - poste 4 71 23""", note='Too many teachers in PASS anatomy; dropped digit')

M('ead-his-login-base64', 'Jean-Claude Moulin <jc.moulin50@hotmail.fr>', 'Accès impossible', 'cannot_login', 'student', """Bonjour,

Inscrit en première année de licence d'histoire en enseignement à distance, je n'arrive pas à accéder à Ecampus : "identifiant ou mot de passe incorrect". J'ai 67 ans et ce n'est pas simple pour moi. Je voudrais accéder au cours d'histoire ancienne ({{EL1HIS01}}).

Mon numéro d'étudiant est le [[26508733]].

Jean-Claude Moulin
50100 Cherbourg""", cte='base64', etapes=['EHIS1'], note='Retired EAD learner cannot log in; base64 body')

M('cohorte-dd-ha', 'Isabelle Roux <isabelle.roux@unicaen.fr>', 'Cohorte double licence histoire-anglais', 'cohort_question', 'staff', """Bonjour,

La cohorte de la double licence histoire-anglais 1re année ({{DDHA1}}) existe-t-elle sur Ecampus ? Je voudrais l'ajouter à l'espace d'accueil commun et au cours {{DDHA101}}, pour les {{groupe 1|DDHA1-G1}} et groupe 2.
Et la cohorte se met-elle à jour toute seule ?

Isabelle Roux, gestionnaire de scolarité UFR HSS""".replace('et groupe 2.', 'et {{groupe 2|DDHA1-G2}}.'), note='Cohort question for a double degree; étape cited by code')

M('outlook-fwd-tco-alt', 'Nathalie Lemarchand <nathalie.lemarchand@unicaen.fr>', 'TR: alternants TC', 'wrong_group', 'staff', """Bonjour,

Voir ci-dessous. Les alternants de TC S4 sont mélangés avec le {{TD B|TCO4-TDB}} dans les cours du semestre.

""" + SIG_GEA + """

De : Hugo Besnard <hugo.besnard@etu.unicaen.fr>
Envoyé : mardi 13 octobre 2026 08:55
À : Nathalie Lemarchand
Objet : groupes

Bonjour, dans {{tco4r03|TCO4R03}} et {{TCO4R05}} je suis dans le TD B alors que je suis alternant ({{TCO4-ALT}}). [[23077120]]""", fmt='alt', note='Forwarded: TC apprentice put in TD B instead of ALT group')

M('erasmus-sortant', 'Chloé Bertin <chloe.bertin@etu.unicaen.fr>', 'Plus accès aux cours (Erasmus S1)', 'not_enrolled', 'student', """Bonjour,

Je pars en Erasmus seulement au semestre 2 mais depuis la rentrée je n'ai accès à aucun cours de double licence droit-éco 3e année (ex {{DDJE501}}, {{DDJE 503|DDJE503}}). La scolarité pense que mon IA est en "Erasmus+ départ à l'année".

Chloé Bertin
[[23015566]]""", etapes=['DDJE3'], note='Student wrongly flagged Erasmus for the year; no access')

M('ens-ead-fc-pas-ens', 'Agnès Gires <agnes.gires@unicaen.fr>', 'Pas inscrite dans le cours FC', 'teacher_not_enrolled', 'staff', """Bonjour,
J'interviens dans le DU GRH (module recrutement, {{FC-GRH03}}), tout à distance, sans planning ADE. Je ne suis pas inscrite en tant qu'enseignante dans l'espace. Pouvez-vous m'inscrire ?
Agnès Gires
Vacataire - SIRET 812 345 678 00021""", note='Vacataire teacher of a distance module not enrolled (no ADE planning)')

M('dsi-db-dimanche', 'Sébastien Hébert <sebastien.hebert@etu.unicaen.fr>', 'ERREUR ECAMPUS', 'database_error', 'student', """BONJOUR
CE MATIN (DIMANCHE 9H30) IMPOSSIBLE D ALLER SUR ECAMPUS : "ERREUR DE LECTURE DE LA BASE DE DONNEES". J AI UN QCM DE {{CJU3R02}} A RENDRE AVANT MIDI !!!!
MERCI DE REPONDRE VITE""", note='Student all caps: database error on Sunday morning')

M('cas-en-exchange', 'Liam O\'Connor <liam.oconnor@etu.unicaen.fr>', 'CAS says it does not know my destination', 'cas_unknown_destination', 'student', """Hi,
When I log in through cas.unicaen.fr I get "Connexion réussie" and then a message that CAS does not know my final destination. I found the link on Google. I need to get to my TC course {{TCO5R02}} for tomorrow 10am.
Cheers, Liam
Sent from Outlook for Android""", lang='en', note='English exchange student stuck on CAS page (bad URL)')

M('tableau-ens-cju-html', 'Sophie Hardy <sophie.hardy@unicaen.fr>', 'Inscriptions manquantes CJU 2e année', 'not_enrolled', 'staff', """<html><body>
<p>Bonjour,</p>
<p>Voici les étudiants de 2e année CJU absents de mes cours (vérifié ce matin 9h) :</p>
<table border="1">
<tr><td><b>Nom</b></td><td><b>N°</b></td><td><b>Cours</b></td><td><b>Groupe</b></td></tr>
<tr><td>GIRARD Paul</td><td>[[24033201]]</td><td>{{CJU3R04}} Droit pénal</td><td>{{TP1|CJUA2TP1}}</td></tr>
<tr><td>HUET Emma</td><td>[[24033389]]</td><td>{{CJU3R04}} Droit pénal</td><td>{{TP2|CJUA2TP2}}</td></tr>
<tr><td>PIERRE Noah</td><td>[[24034017]]</td><td>{{CJU3 R09|CJU3R09}} Droit du travail</td><td>TP1</td></tr>
</table>
<p>Ticket précédent : #317790. Merci.</p>
<p>Sophie Hardy<br>Cheffe de département CJU<br>02 31 56 70 02</p>
</body></html>""", fmt='html', note='HTML table of CJU students missing from courses, per-year TP groups')

M('etu-dd-je-dashboard', 'Baptiste Laine <baptiste.laine@etu.unicaen.fr>', 'cours disparu du tableau de bord', 'course_not_on_dashboard', 'student', """Bonjour,
Le cours de droit constitutionnel de la double licence ({{ddje103|DDJE103}}) a disparu de mon tableau de bord mais je le retrouve dans mes cours passés. Le prof dit que c'est normal qu'il ait mis une date de fin ?? Je suis dans le {{G2|DDJE1-G2}}.
Baptiste""", note='Course shown as past on dashboard (end date); group G2 of DDJE year 1')

M('ens-psy-visible-en', 'Dr Emily Carter <emily.carter@unicaen.fr>', 'Students cannot access my distance course', 'students_cannot_see_course', 'staff', """Dear colleagues,

I teach cognitive psychology in the distance L2 ({{EL2PSY05}}). Students in the {{CEMU group|CEMU-PSY2}} tell me they cannot open the course, although it appears in grey for me. I am new at Unicaen and use Moodle 4.1 for the first time.

Kind regards,
Emily Carter
Lecturer, Psychology department - office SA 205""", lang='en', note='English-speaking teacher: hidden EAD course; CEMU group in words')

M('sec-iut-transfert-multi', 'Nathalie Lemarchand <nathalie.lemarchand@unicaen.fr>', 'TR: TR: groupes TP S1', 'wrong_group', 'staff', """Pour suite à donner, merci.

""" + SIG_GEA + """

-------- Message d'origine --------
De : Olivier Renouf <olivier.renouf@unicaen.fr>
Date : 14/10/2026 17:20
Objet : TR: groupes TP S1

Nathalie, peux-tu transmettre au CEMU ? Dans {{GEA1R05}} (tableur) les groupes {{TP1|GEA1-TP1}} et {{TP2|GEA1-TP2}} sont inversés sur Ecampus.

-------- Message d'origine --------
De : Jade Leconte <jade.leconte@etu.unicaen.fr>
Objet : tp

mr je suis dans le TP1 sur ecampus mais en TP2 sur ade, et je n'ai pas accès au dépot. [[26002478]]""", cs='iso-8859-1', note='Double forward: GEA S1 TP groups swapped')

M('other-date-examen', 'Théo Lacroix <theo.lacroix@etu.unicaen.fr>', 'date du partiel ?', 'other', 'student', """Bonjour, c'est quand le partiel de {{INF1R04}} (maths discrètes) ? sur ecampus y a rien et ADE dit 16/12 en amphi Tocqueville. Je suis en {{TD A|INFA1TDA}}.
Merci""", note='Exam date question, not a CEMU matter')

M('quiz-settings', 'Bruno Lefort <bruno.lefort@unicaen.fr>', 'Paramètres du test en temps limité', 'other', 'staff', """Bonjour,
Comment accorder un tiers-temps à 3 étudiants dans le test de {{EL1PSY04}} ? Le test dure 45 min, ouverture le 20/11 à 14h00.
Merci, B. Lefort""", note='Quiz settings question (extra time)')

M('cohorte-iut-alt', 'Laurent Guérin <laurent.guerin@unicaen.fr>', 'Cohorte alternants BUT info', 'cohort_question', 'staff', """Bonjour,

Existe-t-il une cohorte pour les alternants de BUT info 3e année (étape {{BAINF3}}) ? Je voudrais l'inscrire dans l'espace "Suivi d'apprentissage" et dans {{INF5SA01}}, le temps que les IP soient corrigées (elles arrivent fin octobre).

L. Guérin""", note='Cohort question for apprentices étape, cited by code')

M('etu-lower-pass-option', 'Anaïs Pottier <anais.pottier@etu.unicaen.fr>', 'option eco pas sur ecampus', 'not_enrolled', 'student', """slt
jsuis en option eco-gestion et jvois pas le cours {{ps2.opec|PS2.OPEC}} alors que ma pote en option droit elle voit le sien. jsuis dans le {{groupe option éco|PSOP-EC}}.
numero [[25119904]]""", note='SMS-style PASS student missing option course; lower case')

M('fc-participants-en', 'Daniel Moreau <daniel.moreau@unicaen.fr>', 'Participants link', 'participants_block_missing', 'staff', """Hello,
Where has the "Participants" block gone in the DU GRH course {{FC-GRH05}} (management)? I need to check who is in the {{distance group|FCGRH-EAD}}.
Thanks
Daniel Moreau, visiting lecturer - +44 7700 900123""", lang='en', note='English visiting lecturer cannot find Participants block')

M('ens-but-inf-pas-inscrit-ade', 'Camille Robin <camille.robin@unicaen.fr>', 'Inscription enseignante manquante R3.01', 'teacher_not_enrolled', 'staff', """Bonjour,

Je fais le cours de développement (R3.01) du BUT info en S3 (code APOGÉE {{INF3-R01|INF3R01}}) pour les {{TP 1|INFA2TP1}} et TP 2. Mes séances sont planifiées dans ADE depuis septembre mais je ne suis pas enseignante dans le cours Ecampus. Pourtant ça marchait l'an dernier.

Camille Robin - bureau I-204 - 02 31 56 74 60""".replace('et TP 2.', 'et {{TP 2|INFA2TP2}}.'), note='Teacher not enrolled despite ADE planning; national name R3.01 as look-alike')

M('etu-tco-renomme', 'Clément Fleury <clement.fleury@etu.unicaen.fr>', 'le cours a changé de nom ?', 'course_moved_renamed', 'student', """Bonjour
Le cours qui s'appelait "(TCO2R07) Anglais" s'appelle maintenant "(TCO2R08) LV2" et il est dans une autre catégorie, les docs d'anglais ont disparu. C'est normal ?
Clément, TP3""".replace('(TCO2R07)', '({{TCO2R07}})').replace('(TCO2R08)', '({{TCO2R08}})').replace('TP3', '{{TP3|TCO2-TP3}}'), note='Course renamed/moved between codes; TP3 resolves in TC S2')

M('pass-unknown-ps3', 'Lina Marchal <lina.marchal@etu.unicaen.fr>', 'cours PS3.UE01 ?', 'course_missing', 'student', """Bonjour,
Mon tuteur m'a dit de m'inscrire au cours {{PS3.UE01}} pour préparer le S3 mais il n'existe pas sur Ecampus. Je suis en première année santé (redoublement impossible donc je veux être prête).
Lina""", note='Student looks for a non-existent PASS S3 code (unknown)')

M('ens-dd-mi-liste', 'Rémi Collin <remi.collin@unicaen.fr>', 'Double licence maths-info : groupes', 'wrong_group', 'staff', """Bonjour,

Dans {{DDMI301}} et {{DDMI302}} (algèbre linéaire, S3), le groupe 1 et le groupe 2 sont identiques sur Ecampus (tous les étudiants dans les deux). Exemples : [[24200561]], [[24201187]].
Sur ADE c'est pourtant correct.

Rémi Collin
Laboratoire LMNO - bureau S3 128 - 02 31 56 73 11""".replace('le groupe 1 et le groupe 2', 'le {{groupe 1|DDMI2-G1}} et le {{groupe 2|DDMI2-G2}}'), note='Double-degree groups 1 and 2 identical')

M('ens-gea-nom-collegue', 'Claire Vimont <claire.vimont@unicaen.fr>', 'Nom erroné d\'une étudiante', 'wrong_name', 'staff', """Bonjour,
Une étudiante de mon {{TD C|GEA2-TDC}} en droit des affaires ({{GEA2R03}}) apparaît sous son ancien nom de naissance sur Ecampus alors que la scolarité a fait le changement (nom d'usage) le 03/10. Son numéro : [[25008841]].
Claire Vimont""", note='Teacher reports a student name not updated')

M('etu-inf-sa09-unknown', 'Nolan Brunet <nolan.brunet@etu.unicaen.fr>', 'SAE manquante', 'course_missing', 'student', """Bonjour,
on a une SAE "portfolio" en S2 qui a le code {{INF2SA09}} d'après le prof mais elle est pas sur ecampus. Les autres SAÉ du S2 oui.
Nolan - {{TP 3|INFA1TP3}}""", note='Student cites a non-existent SAE code (unknown)')

M('relance-sans-reponse', 'Clara Vautier <clara.vautier@etu.unicaen.fr>', 'RE: Mineure santé LAS', 'not_enrolled', 'student', """Bonjour,
Je me permets de relancer, je n'ai toujours pas accès à la mineure santé. Le partiel est dans 2 semaines.
Clara

-----Message d'origine-----
De : Clara Vautier
Envoyé : jeudi 8 octobre 2026 18:30
À : cemu.assistance@unicaen.fr
Objet : Mineure santé LAS

je ne suis inscrite dans aucun cours de la mineure santé. Sur mon contrat pédagogique il y a {{LSA1M01}} et {{LSA1M02}}. Mon numéro étudiant : [[25013398]]""", headers={'In-Reply-To': '<trains.005.x@unicaen.fr>'}, note='Follow-up with quoted original; codes in history')

M('etu-ead-his-en', 'Sophie Turner <sophie.turner@etu.unicaen.fr>', 'Distance learning - wrong group', 'wrong_group', 'student', """Hello,
I study history by distance learning from Dublin (third year). In the course {{EL3HIS05}} I am not in the {{EAD group|CEMU-HIS3}} so I cannot see the assignments. My ID is [[24512203]].
Thanks a lot""", lang='en', etapes=['EHIS3'], note='English EAD L3 history student not in CEMU group')

M('annonce-cemu-hs', 'CEMU Assistance <cemu.assistance@unicaen.fr>', 'Ecampus : maintenance dimanche 15/11', 'other', 'staff', """Bonjour à toutes et à tous,
Une opération de maintenance (passage à Moodle 4.5) aura lieu le dimanche 15/11/2026 de 7h à 12h. Ecampus sera indisponible.
L'équipe du CEMU - poste 5500""", to='liste-enseignants@listes.unicaen.fr', note='CEMU announcement of maintenance (no request)')

M('etu-gea-dashboard-pagination', 'Océane Roussel <oceane.roussel@etu.unicaen.fr>', 'Cours de LV2 introuvable dans mes cours', 'course_not_on_dashboard', 'student', """bonjour,
dans mes cours je n'ai pas l'espagnol du S3 ({{GEA3 R08|GEA3R08}}) mais si je tape son nom dans la recherche je tombe dessus et je suis inscrite. j'ai 14 cours sur mon tableau de bord, ça fait peut être trop ?
océane, TD B""".replace('TD B', '{{TD B|GEA3-TDB}}'), note='Course hidden by dashboard pagination; TD B of GEA S3')

M('login-apprenti-en', 'Arjun Patel <arjun.patel@etu.unicaen.fr>', 'Account locked', 'cannot_login', 'student', """Hi,
My account seems locked after 5 wrong passwords, I can't log in to Ecampus or Zimbra. I am an apprentice in the 3rd year of BUT GEA and I'm at my company until 30/10, so I can't come to the office (building B, room B0-012).
Student number [[24019087]]
Arjun""", lang='en', etapes=['BAGEA3'], note='English apprentice cannot log in')

M('dd-ha-unknown', 'Elise Varin <elise.varin@etu.unicaen.fr>', 'cours DDJE701', 'course_missing', 'student', """Bonjour,
sur mon contrat pédagogique il y a un cours {{DDJE 701|DDJE701}} "droit comparé" mais je ne le trouve pas sur ecampus. je suis en double licence droit-éco.
Elise - [[23016120]]""", note='Student cites a code unknown to APOGEE (typo on contract?)')

M('ens-ead-etudiants-absents-b64', 'Catherine Mabire <catherine.mabire@unicaen.fr>', 'Capacité en droit EAD : participants manquants', 'not_enrolled', 'staff', """Bonjour,

Trois étudiants de capacité à distance ne sont pas dans l'espace {{RCAED332}} : [[23110045]], [[23110311]], [[24110987]]. Ils sont bien dans {{RCAED331}}.
Peut-être un problème de statut à distance ?

Catherine Mabire
Responsable pédagogique EAD - Faculté de droit
Tél : 02 31 56 59 83
""" + DISCL, cte='base64', note='EAD responsible: students missing from one capacité course; base64')

M('voeux-newsletter', 'Presses universitaires <newsletter@puc.unicaen.fr>', 'Nouveautés PUC - novembre 2026', 'other', 'unknown', """Découvrez nos nouveautés : "Les IUT en 2030" (ISBN 978-2-38185-214-7), 24 €.
Commande : 02 31 56 62 20 - Se désinscrire : https://puc.unicaen.fr/unsub?id=44812""", headers={'List-Unsubscribe': '<https://puc.unicaen.fr/unsub?id=44812>'}, fmt='alt', note='Newsletter, not a request')

M('sec-las-tableau-etapes', 'Françoise Durand <francoise.durand@unicaen.fr>', 'LAS : étudiants absents de la mineure (tableau)', 'not_enrolled', 'staff', """<html><body><p>Bonjour,</p>
<p>Étudiants de LAS absents des espaces de mineure santé du S1 :</p>
<table border="1">
<tr><th>Étape</th><th>N° étudiant</th><th>Élément</th></tr>
<tr><td>{{LASEG1}}</td><td>[[25301877]]</td><td>{{LSA1M01}}</td></tr>
<tr><td>{{LASPY1}}</td><td>[[25301144]]</td><td>{{LSA1 M03|LSA1M03}}</td></tr>
<tr><td>{{LASDR1}}</td><td>[[25013398]]</td><td>{{LSA1M02}}</td></tr>
</table>
<p>Cordialement,<br>Françoise Durand - scolarité santé - 02 31 06 82 10</p></body></html>""", fmt='html', cs='iso-8859-1', note='HTML table with étapes cited by code (so no etapes_said)')

M('teacher-double-ha-pas-inscrit', 'Mark Stevens <mark.stevens@unicaen.fr>', 'Not enrolled as teacher in my double-degree class', 'teacher_not_enrolled', 'staff', """Hello,
I teach English phonetics for the history-English double degree, second year ({{DDHA301}}, {{group 1|DDHA2-G1}}), Tuesdays 10:15 in room MLI 104. I am not enrolled as a teacher on Ecampus, and ADE shows my sessions.
Best,
Mark Stevens, lecturer (LLCER)""", lang='en', note='English teacher not enrolled in double-degree course')

M('ens-tco-alternants-voient-pas', 'Hélène Marie <helene.marie@unicaen.fr>', 'Re: Cours invisible pour les étudiants', 'students_cannot_see_course', 'staff', """Bonjour,
Merci, j'ai rendu visible {{TCO1R01}} et ça marche. Par contre maintenant c'est le cours de S5 ({{TCO5 SA01|TCO5SA01}}) que les alternants ({{groupe ALT|TCO5-ALT}}) ne voient pas, il est pourtant affiché.

> Bonjour, le cours était caché : Paramètres > Visibilité du cours > Afficher.
> Le CEMU

Hélène""", headers={'In-Reply-To': '<cemu.reply.78120@unicaen.fr>'}, note='Follow-up: new case of students not seeing a course')
