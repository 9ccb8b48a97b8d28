# Students (28; 8 in English). Markers: ⟦CANON|as written⟧, ⟦CANON⟧, ⟪studentnumber⟫
MAILS = []
def M(slug, frm, subj, body, sym, role="student", lang="fr", enc="u8", schemes=(), etapes=(), note="", **kw):
    MAILS.append(dict(slug=slug, frm=frm, subj=subj, body=body, sym=sym, role=role, lang=lang, enc=enc,
                      schemes=list(schemes), etapes=list(etapes), note=note, **kw))

M("etu-binf-sms-dev", "Lucas Morel <lucas.morel@etu.unicaen.fr>", "cours dev",
"""slt
jvois pas le cours de dev ⟦S1.INF05|s1inf05⟧ sur ecampus ni mon ⟦INF05TP2|tp2⟧ alors que g cours demain 8h en salle IUT-B112 (c la R1.05 sur ADE)
mon num c ⟪26011845⟫
merci
Envoyé de mon iPhone""", "not_enrolled", schemes="A", note="BUT info student, SMS style, code lower case without dot, TP group of cited course")

M("etu-gea-lisieux-vire", "Manon Lefrancois <manon.lefrancois@etu.unicaen.fr>", "Mauvais groupe sur Ecampus",
"""Bonjour,

Je suis en 2e année de BUT GEA à Lisieux, mais sur Ecampus dans le cours ⟦GE3R04⟧ (Contrôle de gestion) je suis dans le groupe de Vire (⟦GVIR2TD1|GVIR2 TD1⟧) au lieu de ⟦GLIS2TD1⟧. Du coup je ne reçois pas les annonces de ma prof et les devoirs sont pas les mêmes.

Voici ce que j'ai sur mon emploi du temps ADE :
Mar. 06/10/2026 10:15-12:15  GE3R04 Contrôle de gestion  GLIS2TD1  Salle L-204  M. DUVAL

Numéro étudiant : ⟪25103377⟫

Merci d'avance,
Manon Lefrançois""", "wrong_group", schemes="B", etapes=["GEA2L"], note="GEA Lisieux student put in Vire group; ADE line pasted")

M("etu-droit-l1-ead", "Yanis Benali <yanis.benali@etu.unicaen.fr>", "Droit civil - pas dans le groupe à distance",
"""Bonjour,

je suis en L1 droit à distance (je travaille à côté) et dans le cours de droit civil ⟦DR1-CIV1|DR1 CIV1⟧ je suis mis dans le ⟦CIV1TD04|CIV1 TD 04⟧ alors que je ne peux pas venir aux TD en présentiel, normalement je devrais être dans le groupe ⟦CIV1EAD|CIV1-EAD⟧ non ? Les corrections de TD à distance ne sont visibles que pour ce groupe.
Mon numéro ⟪26044120⟫, INE 0a1b2c3d4e5.

Cordialement
Yanis BENALI
06 71 22 48 90""", "wrong_group", enc="qp1", schemes="C", etapes=["DRL1"], note="distance law student put in present TD group instead of EAD group; damaged spacing")

M("etu-pass-saintlo-vide", "Clara Vasseur <clara.vasseur@etu.unicaen.fr>", "groupe saint lo vide ?",
"""Bonjour,
Je suis en PASS sur le site de Saint-Lô. Dans l'espace de l'⟦P1.UE03|UE03⟧ (⟦P1.UE03|P1 UE03⟧ sur ecampus) le groupe ⟦UE03-SLO|UE03SLO⟧ est vide, 0 participant, alors que nous sommes 42 à Saint-Lô. Les visios du mardi 14h sont réservées à ce groupe donc personne ne peut y accéder.
Merci de regarder
Clara Vasseur ⟪26002961⟫""", "wrong_group", schemes="D", etapes=["PASS1"], note="PASS student: Saint-Lo site group empty")

M("etu-erasmus-obligations", "Giulia Romano <giulia.romano@etu.unicaen.fr>", "Course not visible - Erasmus student",
"""Hello,

I am an incoming Erasmus student from Università di Bologna (semester 1, 2026/27). In my learning agreement I have the course "Droit des obligations" ⟦DR2-OBLI|DR2-OBLI⟧ and tutorial ⟦OBLITD05|OBLI TD05⟧, but I cannot see it on Ecampus. My friends in the same class can see it.

My student number is ⟪26090412⟫. The International Office told me to write to you.

Thank you very much,
Giulia Romano""", "not_enrolled", lang="en", schemes="C", note="Erasmus incoming, course from learning agreement not visible")

M("etu-en-login", "Pieter de Vries <pieter.devries@gmail.com>", "Cannot log in to ecampus",
"""Dear support team,

I'm an international student (exchange from TU Delft, Master of Psychology) and I cannot log in to Ecampus. It says my password is wrong, but it works for my webmail. I reset it twice on the account portal (ticket #48213 from the helpdesk).
Student number ⟪26091187⟫.

Kind regards,
Pieter""", "cannot_login", role="student", lang="en", note="international student cannot log in, helpdesk ticket number look-alike")

M("etu-en-cas", "Ana Ferreira <26093355@etu.unicaen.fr>", "CAS page: destination unknown",
"""Hi,
when I log in I get a page "Connexion réussie" that says CAS does not know my final destination. I found the link on Google. How do I get to my courses (I need ⟦LEA5ANG⟧ for Monday)?
Thanks
Ana (Erasmus, Universidade do Porto)""", "cas_unknown_destination", lang="en", enc="b64", schemes="P", note="Erasmus, CAS unknown destination, own number in address")

M("etu-en-lea-renamed", "Tomasz Nowak <tomasz.nowak@etu.unicaen.fr>", "Where did my English course go?",
"""Hello,

Last week I had the course "(⟦LEA5ANG⟧) Anglais économique et juridique S5" on my dashboard. Since Monday it is called something like "ARCHIVE 2025-2026" and it is in another category, and I cannot find the new one. The teacher said the code changed to ⟦LEA6ANG|lea6ang⟧?? I copied the old name: (LEA5ANG).

https://ecampus.unicaen.fr/course/view.php?id=61842

Best,
Tomasz Nowak, Erasmus+ (S1) – group ⟦ANG5-ERA|ANG5 ERA⟧""", "course_moved_renamed", lang="en", schemes="P", note="Erasmus student, course renamed/archived, code from Moodle course name")

M("etu-en-gen-tp", "Lena Schmidt <lena.schmidt@etu.unicaen.fr>", "wrong practical group genetics",
"""Hello,

In Genetics 2 (⟦SV3-GEN2|SV3 GEN2⟧) I am in the Monday practical group on Ecampus but my timetable says Thursday. I copied this from ADE:

Thu 08/10/2026 13:30-17:30 | SV3-GEN2 TP | ⟦GEN2TP3⟧ | Bât. Sciences 2 - S2-112 | Mme LEROY

So I should be in GEN2TP3, not the Monday one. Can you move me? Student no. ⟪26094410⟫.

Thanks!
Lena""", "wrong_group", lang="en", schemes="J", note="Erasmus student in wrong TP group, ADE line")

M("etu-en-dashboard", "Kenji Watanabe <kenji.watanabe@etu.unicaen.fr>", "Course not on my dashboard",
"""Hi,
I can open the course ⟦UE4-MKT|UE4 MKT⟧ Marketing from the link the professor sent (https://ecampus.unicaen.fr/course/view.php?id=58320) but it does not appear on my dashboard under "My courses". Other courses are there. Is it a setting?
Kenji Watanabe, exchange student IAE Caen""", "course_not_on_dashboard", lang="en", schemes="N", note="exchange student, course reachable by link but not on dashboard")

M("etu-en-name", "Oluwaseun Adeyemi <oluwaseun.adeyemi@etu.unicaen.fr>", "My name is wrong",
"""Good morning,

On Ecampus my name is shown as "Oluwaseun ADEYEMY" (with a Y), it is Adeyemi with an i. The teachers in ⟦MF1.PE07|MF1.PE07⟧ use the participant list for attendance.
Student number: ⟪26097702⟫, phone +33 7 55 10 20 30.

Regards""", "wrong_name", lang="en", schemes="I", note="international student name misspelled")

M("etu-en-thanks", "Maria Gonzalez <maria.gonzalez@etu.unicaen.fr>", "Re: Course not visible",
"""Thank you so much, I can see the course now!

Maria

On 12/10/2026 09:14, CEMU Assistance wrote:
> Hello,
> your teacher has enrolled you manually in ⟦LEA5ESP⟧ until 31/01/2027.
> Best regards,
> CEMU
>
>> Hello, I am Erasmus and I can't see ⟦LEA5ESP|LEA5 ESP⟧ (group ⟦ESP5-ERA⟧).
>> Student number ⟪26095123⟫""", "other", lang="en", schemes="P", note="Erasmus thanks; codes only in quoted history", inreply=True)

M("etu-sv-tp-jeudi", "Hugo Marie <hugo.marie@etu.unicaen.fr>", "tp genet",
"""Bonjour,
je suis en L2 SV, on m'a changé de groupe pour les TP de génétique, maintenant je vais aux TP du jeudi (⟦GEN2TP3|les TP du jeudi⟧) mais sur ecampus je suis toujours dans le ⟦GEN2TP1|TP1⟧ du lundi du cours ⟦SV3-GEN2|SV3-GEN 2⟧. Au passage l'ancien code ⟦SV3-GEN1⟧ apparaît encore dans mon contrat pédagogique, c'est normal ?
numero ⟪25077014⟫
Hugo""", "wrong_group", schemes="J", etapes=["SVL2"], note="group named in words (TP du jeudi), old archived code")

M("etu-du-cge-foad", "Sandrine Lemoine <sandrine.lemoine@orange.fr>", "Formation DU - accès groupe FOAD",
"""Bonjour,

Je suis inscrite en formation continue au DU Capacité de Gestion des Entreprises, en FOAD (je suis en poste à Vire). Sur Ecampus, dans le module ⟦DUCGE03|DUCGE-03⟧ je suis dans le groupe du samedi (⟦CGE-SAM⟧) et je n'ai pas accès aux classes virtuelles du groupe ⟦CGE-FOAD|CGE FOAD⟧.
Mon numéro étudiant est le ⟪26120458⟫.

Bien cordialement,
Sandrine Lemoine
Assistante de direction – SARL Lemoine Bâtiment – SIRET 412 345 678 00021
02 31 66 77 88""", "wrong_group", enc="cp", schemes="K", etapes=["DUCGE"], note="continuing education FOAD learner in Saturday group")

M("etu-rt-alternant", "Enzo Guerin <enzo.guerin@etu.unicaen.fr>", "pas dans le groupe alternants",
"""Bonjour,
Je suis en alternance en BUT R&T 2e année à Cherbourg (contrat chez Naval Group). Sur Ecampus dans ⟦RT3R04|RT3R4⟧ et ⟦RT3R06⟧ je suis dans le groupe ⟦RT2-FI2|FI2⟧ et pas dans le groupe des alternants (⟦RT2-ALT|le groupe des alternants⟧), donc les dates de rendu sont pas les bonnes vu qu'on est en entreprise 3 semaines sur 5.
⟪25160733⟫
Merci""", "wrong_group", schemes="L", etapes=["RT2ALT"], note="apprentice in FI group, group in words, digit dropped")

M("etu-psy-ead", "Chloe Perrin <chloe.perrin@etu.unicaen.fr>", "Cours de psycho introuvable",
"""Bonjour,

Je suis étudiante en Master 1 Psychologie à distance. Je n'ai pas accès au cours ⟦PSY7.04|PSY7-04⟧ (Psychopathologie), il n'apparaît nulle part, alors que les autres UE du S7 (⟦PSY7.03⟧, ⟦PSY7.05⟧) sont là. Le groupe indiqué sur mon contrat est ⟦P704EAD|P704 EAD⟧.

Numéro étudiant : ⟪24180096⟫

Merci,
Chloé Perrin""", "not_enrolled", enc="qp1", schemes="M", etapes=["MPSY1"], note="distance psychology student not enrolled in one element")

M("etu-dberror", "26031877@etu.unicaen.fr", "erreur",
"""Bonjour quand je clique sur le devoir de ⟦S2.INF09|S2.INF09⟧ j'ai "Erreur de lecture de la base de données" depuis ce matin 9h40. Le devoir est à rendre ce soir 23h59 !!
Merci""", "database_error", schemes="A", note="student from numeric address: database read error")

M("etu-dashboard-qualite", "Ines Bouvier <ines.bouvier@etu.unicaen.fr>", "Cours disparu du tableau de bord",
"""Bonjour,
le cours "(⟦S3.INF14|S3.INF14⟧) Qualité de développement" n'est plus sur mon tableau de bord depuis la semaine dernière, je le retrouve seulement en passant par mes notes. Je suis toujours inscrite (je vois mon nom dans les participants, groupe ⟦INF14TP3|INF14 TP3⟧).
Ines Bouvier – BUT Info 2e année – ⟪25013390⟫""", "course_not_on_dashboard", schemes="A", etapes=["BINF2"], note="code from Moodle course name; étape in signature")

M("etu-caps-cours-inexistant", "Kevin Hamel <kevin.hamel@etu.unicaen.fr>", "COURS INEXISTANT",
"""BONJOUR
LE COURS ⟦GE1R05|GE1 R05⟧ N EXISTE PAS SUR ECAMPUS !!! ON A UN QCM DESSUS LE 15/10 ET LE PROF DIT DE REGARDER SUR ECAMPUS. JE SUIS A CAEN GROUPE ⟦GCAE1TD2|GCAE1-TD2⟧
NUM ETU ⟪26012274⟫""", "course_missing", schemes="B", note="all caps, course does not exist on Ecampus")

M("etu-code-invente", "Sarah Collet <sarah.collet@etu.unicaen.fr>", "cours droit civil 3",
"""Bonsoir,
je cherche le cours de droit civil ⟦DR1-CIV3⟧ mais je le trouve pas dans la recherche des cours. Il existe ?
Je suis en première année de licence de droit.
⟪26047781⟫
Sarah""", "course_missing", schemes="C", etapes=["DRL1"], note="student cites a code that does not exist (unknown)")

M("etu-meef-alencon", "Julie Renault <julie.renault@etu.unicaen.fr>", "Mauvais site dans le cours de didactique",
"""Bonjour,

Je suis en M1 MEEF 1er degré sur le site d'Alençon. Dans le cours de didactique des maths (⟦MF1.PE07|MF1 PE07⟧) je suis affectée au groupe de Saint-Lô ⟦PE07STLO|PE07 STLO⟧ au lieu de ⟦PE07ALEN⟧. Il y a aussi un groupe ⟦PE07VIRE⟧ dans la liste déroulante des devoirs, je ne savais pas qu'il y avait un site à Vire ?

Merci,
Julie Renault
⟪25200814⟫""", "wrong_group", schemes="I", etapes=["MEF1PE"], note="MEEF student on wrong campus group; unknown group code cited")

M("etu-binf-login", "Theo Lambert <theo.lambert@gmail.com>", "mot de passe ecampus",
"""bonjour jarrive pas a me connecter a ecampus ca dit identifiant ou mot de passe incorrect, j'ai changé mon mot de passe hier sur le sesame. Je suis en BUT info 1ere année.
theo lambert ⟪26015520⟫""", "cannot_login", schemes=(), etapes=["BINF1"], note="cannot log in after password change; étape in words")

M("etu-droit-l3-renomme", "Paul Girard <paul.girard@etu.unicaen.fr>", "Droit des affaires renommé ?",
"""Bonjour,
Le cours ⟦DR3-AFFA|DR3 AFFA⟧ - Droit des affaires a changé de nom sur Ecampus ("[ARCHIVE] Droit commercial 2025") et il a été déplacé dans une catégorie Archives, tous les documents du CM1 au CM4 sont dedans. Est-ce qu'il y a un nouveau cours ? Mon TD est le ⟦AFFATD02|TD 2⟧.
Paul Girard, L3 droit, ⟪24051862⟫""", "course_moved_renamed", schemes="C", etapes=["DRL3"], note="course renamed and moved to archives; TD named by number of cited course")

M("etu-las-contrat", "Amine Rahmani <amine.rahmani@etu.unicaen.fr>", "Inscription cours LAS",
"""<html><body><p>Bonjour,</p>
<p>Je suis en LAS (L1 sciences de la vie option santé) et je ne suis inscrit dans aucun des cours de la mineure santé. Voici mon contrat pédagogique :</p>
<table border="1"><tr><th>Code</th><th>Libellé</th><th>Groupe</th><th>ECTS</th></tr>
<tr><td>⟦LS1.UE1⟧</td><td>LAS MINEURE SANTE UE1</td><td>⟦LSUE1-CAE⟧</td><td>3</td></tr>
<tr><td>⟦LS1.UE2|LS1.UE 2⟧</td><td>LAS MINEURE SANTE UE2</td><td>⟦LSUE2-CAE⟧</td><td>3</td></tr>
</table>
<p>Numéro : ⟪26008893⟫</p><p>Merci</p></body></html>""", "not_enrolled", enc="html", schemes="D", etapes=["LASSV1"], note="LAS student, learning contract pasted as HTML table")

M("etu-iae-tutorat", "Camille Leroux <camille.leroux@etu.unicaen.fr>", "Changement de groupe de tutorat",
"""Bonjour,

Suite à mon changement de tutorat validé par le secrétariat (je suis passée du tutorat 2 au tutorat 3 en finance), je suis toujours dans ⟦FIN-T2|FIN T2⟧ sur Ecampus et pas dans ⟦FIN-T3|FIN-T3⟧ pour ⟦UE4-FIN|UE4-FIN⟧. Le changement date du 28/09.

Camille Leroux
M1 AE – IAE Caen – ⟪25220567⟫""", "wrong_group", schemes="N", etapes=["MAE1"], note="tutorial group change not synced")

M("etu-nom-errone", "Celine N'Diaye <celine.ndiaye@etu.unicaen.fr>", "Nom mal orthographié",
"""Bonjour,
Mon nom apparaît "NDIAYE Celine" sur Ecampus, sans l'apostrophe et sans accent sur Céline. C'est N'DIAYE Céline. Ça pose problème pour les rendus de rapports en ⟦GE3R02|ge3r02⟧.
Merci
⟪25108844⟫""", "wrong_name", schemes="B", note="student name wrong, lower-case code")

M("etu-regle", "Nathan Petit <nathan.petit@etu.unicaen.fr>", "Re: pas de cours Algorithmique",
"""c bon ca marche merci !!

Le 05/10/2026 à 16:02, CEMU Assistance a écrit :
> Bonjour,
> votre inscription pédagogique dans ⟦S1.INF03⟧ a été complétée jusqu'au groupe ⟦INF03TD2⟧ par la scolarité, l'inscription sur Ecampus se fera cette nuit.
> Cordialement
>
> Le 03/10/2026 à 11:45, Nathan Petit a écrit :
>> je vois pas algo ⟦S1.INF03|S1INF03⟧ !!
>> ⟪26017731⟫""", "other", schemes="A", note="student says it's solved; codes in quoted history", inreply=True)
