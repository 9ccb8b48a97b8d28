from frame import mail, q, d

SIG_SCOL = """--
{name}
Gestionnaire de scolarité - {svc}
Université de Caen Normandie
Esplanade de la Paix - CS 14032 - 14032 CAEN Cedex 5
Tél : 02 31 56 {tel}
Bureau {bur}"""


def sig(name, svc, tel, bur):
    return SIG_SCOL.format(name=name, svc=svc, tel=tel, bur=bur)


mail("001-l2-droit-civ.eml", "Lea Martin <lea.martin@etu.unicaen.fr>", "cours pas visible",
     """Bonjour,
je suis ((LDR2|en L2 droit)) et je ne vois pas mon cours de droit civil sur ecampus ([[DR2-CIV3|dr2civ3]] je crois). Mes amis l'ont depuis la rentrée.
Mon numéro étudiant : <<25014872>>
Merci d'avance
Léa""", symptom="not_enrolled", role="student", note="L2 droit student missing from civil law course, code glued lower case", date=d(9, 14, 10, 3))

mail("002-gea-alternants-groupe.eml", "Sophie Lenoir <sophie.lenoir@unicaen.fr>", "Groupe alternants GEA 2 vide sur Ecampus",
     """Bonjour,

Dans le cours [[B2GEA31]] (Comptabilité de gestion S3), le groupe des alternants [[B2GEA-ALT|groupe des alternants]] apparaît vide alors que les 24 apprentis ont bien leur IP jusqu'au groupe dans Apogée depuis le 2 septembre.
Les TP1A et TP1B sont corrects.
Lien : https://ecampus.unicaen.fr/course/view.php?id=61204

Pouvez-vous regarder ?

""" + sig("Sophie Lenoir", "IUT Grand Ouest Normandie, dpt GEA", "61 22", "B 112") + """
Pensez à l'environnement avant d'imprimer ce message.""",
     symptom="wrong_group", role="staff", note="GEA secretary: apprentices group empty in one course", date=d(9, 15, 8, 47), charset="iso-8859-1", cte="quoted-printable")

mail("003-staps-sms.eml", "Kevin Duval <kevin.duval@etu.unicaen.fr>", "urgent",
     """slt jsuis en staps 1ere annee et jai pas le cours danatomie [[ST.S1.11|st s1 11]] alors que jai partiel dans 2 semaines !!! je fai comment
num etu <<26001934>>
envoyé de mon iphone""", symptom="not_enrolled", role="student", note="SMS-style STAPS L1 student, missing anatomy course; étape in words with typo", date=d(10, 2, 23, 41))
# note: 'staps 1ere annee' -> STL1

mail("004-erasmus-en.eml", "Jan Kowalski <jan.kowalski@etu.unicaen.fr>", "Cannot access my courses",
     """Hello,

I am an Erasmus student from Poland (Uniwersytet Wroclawski), I arrived in Caen in September. I am registered in ((LLCA2|second year of English studies (LLCER)))
but on Ecampus I only see one course. I should follow [[AN-21A]] (British civilisation) and [[AN-20B|AN 20B]] (grammar).
My student number is <<26108833>>. My learning agreement was signed on 12/09/2026.

Thank you very much,
Jan""", symptom="not_enrolled", lang="en", role="student", note="incoming Erasmus student in English missing courses; one code damaged with space", date=d(9, 22, 14, 5))

mail("005-prof-pas-inscrit.eml", "Philippe Roussel <philippe.roussel@unicaen.fr>", "Je ne suis pas inscrit comme enseignant",
     """Bonjour,

J'assure cette année les TD de pétrologie ([[24GS3C03]]) et de tectonique ([[24GS4C07|24GS4C07]]) en L2 Sciences de la Terre.
Je ne suis inscrit dans aucun des deux espaces en tant qu'enseignant, alors que mes séances sont bien dans ADE (salle S3-045, le jeudi 14h-16h).

Cordialement,
Philippe Roussel
Maître de conférences - UMR 6143 M2C
Tél. 02 31 56 57 18""", symptom="teacher_not_enrolled", role="staff", note="teacher not enrolled in two geoscience courses; room and hours look-alikes", date=d(9, 9, 11, 20))

mail("006-dashboard.eml", "25033107@etu.unicaen.fr", "Cours disparu du tableau de bord",
     """Bonjour,
Depuis hier, mon cours de Statistiques ([[PSY.2.14]]) n'apparait plus dans "mes cours" sur le tableau de bord. Pourtant si je tape l'adresse https://ecampus.unicaen.fr/course/view.php?id=58817 j'y accède normalement.
Merci
Inès Belkacem""", symptom="course_not_on_dashboard", role="student", note="psychology student, course reachable by link but not on dashboard", date=d(10, 6, 8, 15))

mail("007-cas-destination.eml", "Thomas Girard <thomas.girard38@gmail.com>", "Problème connexion",
     """Bonjour,
quand je me connecte j'arrive sur une page "Connexion réussie... CAS ne connaît pas votre destination finale" et je reste bloqué là. J'ai trouvé le lien sur Google.
Je suis ((LINF1|en licence info 1ère année)), n° <<26005521>>.
Thomas
06 71 23 90 44""", symptom="cas_unknown_destination", role="student", note="student from gmail stuck on CAS page; phone look-alike", date=d(9, 4, 19, 2))

mail("008-db-error.eml", "Martine Lefèvre <martine.lefevre@unicaen.fr>", "Erreur de lecture de la base de données",
     """Bonjour,

Dimanche matin vers 10h, en voulant déposer le sujet du CC dans mon cours [[4HIS0314]], j'ai eu le message « Erreur de lecture de la base de données ». Ce midi ça remarche mais je préfère vous le signaler.

Bien à vous,
M. Lefèvre
Professeure d'histoire contemporaine
Bureau MRSH 224 - poste 5 62 31""", symptom="database_error", role="staff", note="teacher reports database read error on Sunday morning", date=d(10, 11, 13, 30))

mail("009-trop-profs.eml", "Alain Mercier <alain.mercier@unicaen.fr>", "TRES nombreux enseignants dans mon cours",
     """Bonjour,
Je suis responsable de [[IAEM1C11]] Finance d'entreprise. Il y a 37 enseignants inscrits dans l'espace (!), dont la plupart ne font pas ce cours. Est-ce lié à ADE ? Les étudiants reçoivent des messages de gens qu'ils ne connaissent pas.
Alain Mercier
IAE Caen - 3 rue Claude Bloch 14000 Caen""", symptom="too_many_teachers", role="staff", note="IAE course with 37 teachers enrolled; postcode look-alike", date=d(9, 18, 9, 55))

mail("010-participants.eml", "Nadia Haddad <nadia.haddad@unicaen.fr>", "bloc participants",
     """Bonjour
je ne trouve plus le bloc Participants à droite dans mon cours de phonétique ([[AN-12A]]), comment je fais pour voir la liste des étudiants ?
Merci
N. Haddad, PRAG anglais""", symptom="participants_block_missing", role="staff", note="teacher cannot find participants block", date=d(9, 29, 16, 10))

mail("011-nom-errone.eml", "Chloe Petit <chloe.petit@etu.unicaen.fr>", "Erreur sur mon nom",
     """Bonjour,

Mon nom est écrit "PETTIT" sur ecampus au lieu de "PETIT". Comment le corriger ?
Je suis ((LHI1|en première année de licence d'histoire)).
Numéro : <<26011206>>

Cordialement,
Chloé Petit""", symptom="wrong_name", role="student", note="misspelt name on platform", date=d(9, 25, 12, 0))

mail("012-cohorte-du.eml", "Pascale Vidal <pascale.vidal@unicaen.fr>", "Ajout d'une cohorte dans les cours du DU CGE",
     """Bonjour,

Pour le DU Capacité de Gestion des Entreprises à distance (étape [[DUCGE]]), puis-je synchroniser la cohorte « CEMU: DU Capacité de Gestion des Entreprises - FOAD » dans les 4 espaces ([[DUCGE.01]] à [[DUCGE.04]]) ? Les IP ne sont pas encore toutes saisies et la formation commence le 5 octobre.

Merci,
Pascale Vidal
SUFCA - Formation continue
02 31 56 66 02""", symptom="cohort_question", role="staff", note="continuing education: may she sync the DU cohort in 4 courses", date=d(9, 28, 10, 40))

mail("013-html-table-gea.eml", "Sophie Lenoir <sophie.lenoir@unicaen.fr>", "Etudiants non inscrits - BUT GEA 1",
     text="""Bonjour,
Plusieurs étudiants de ((BGEA1|BUT GEA première année)) n'apparaissent pas dans les cours du S1, voir tableau ci-dessous.
Cordialement,
Sophie Lenoir""",
     html="""<html><body><p>Bonjour,</p><p>Plusieurs étudiants de BUT GEA première année n'apparaissent pas dans les cours du S1, voir tableau ci-dessous.</p>
<table border="1" cellpadding="3"><tr><th>N° étudiant</th><th>Nom</th><th>Cours</th><th>Groupe</th></tr>
<tr><td><<26003481>></td><td>BARRE Lucas</td><td>[[B1GEA11]]</td><td>[[B1GEA-TP2A|TP2A]]</td></tr>
<tr><td><<26003977>></td><td>COLIN Emma</td><td>B1GEA11</td><td>TP2A</td></tr>
<tr><td><<26004102>></td><td>DIALLO Moussa</td><td>[[B1GEA14]]</td><td>[[B1GEA-TD3|TD3]]</td></tr>
</table><p>Cordialement,<br>Sophie Lenoir<br>Tél : 02 31 56 61 22</p></body></html>""",
     symptom="not_enrolled", role="staff", note="HTML table of GEA1 students missing from S1 courses; groups by short name", date=d(9, 16, 14, 22))

mail("014-reply-resolu.eml", "Lea Martin <lea.martin@etu.unicaen.fr>", "Re: cours pas visible",
     """C'est bon je le vois maintenant, merci beaucoup !!

Le 15/09/2026 à 09:02, CEMU Assistance a écrit :
""" + q("""Bonjour,
Votre inscription pédagogique dans [[DR2-CIV3]] a été complétée par la scolarité hier, elle sera visible demain matin après la synchronisation nocturne.
Cordialement,
L'équipe CEMU
Ticket n° 318842"""), symptom="other", role="student", note="thanks, resolved; code in quoted reply", date=d(9, 16, 7, 58),
     headers={"In-Reply-To": "<cemu-318842@unicaen.fr>", "References": "<cemu-318842@unicaen.fr>"})

mail("015-fwd-scol-pass.eml", "Julie Marchand <julie.marchand@unicaen.fr>", "TR: pas acces cours biochimie",
     """Bonjour,
Je vous transfère la demande de cette étudiante de PASS. Son IP est bien faite jusqu'au groupe depuis le 20/09.
Julie Marchand, scolarité Santé

---------- Message transféré ----------
De : Camille Robert <<<26020455>>@etu.unicaen.fr>
Date : lun. 28 sept. 2026 à 21:14
Objet : pas acces cours biochimie
À : scolarite.sante@unicaen.fr

Bonjour, je ne vois pas le cours de biochimie [[PS1-UE03|PS1UE03]] sur ecampus, mes amis du [[PS1UE03ED3|ED 3]] l'ont. ((PASS1|Je suis en PASS)).
Camille""", symptom="not_enrolled", role="staff", note="forwarded PASS student missing biochemistry; sender number in quoted From", date=d(9, 29, 9, 5))
