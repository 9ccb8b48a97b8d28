from common import *
from lib import inner, text2html, table_html

# 028 reply on ticket, student, quoted history: not enrolled still
add("028-re-ticket-toujours-pas-inscrit", G([("G2.CAR.1", "G2.CAR.1"), ("GEO2-TD3", "GEO2-TD3")], ["24209938"], [], "not_enrolled", "student", "fr",
    schemes=["geo-elp", "geo-gpe"], note="Student replies on her ticket: still not enrolled in cartography course after a week"),
    frm=("Manon Lecoq", "manon.lecoq@etu.unicaen.fr"), subject="Re: [CEMU #48511] Pas inscrite en cartographie",
    date=(2025, 10, 7, 18, 2), headers=[("In-Reply-To", "<48511.1759310000@assistance.unicaen.fr>")],
    body="""Bonjour,

Je me permets de relancer car une semaine après je ne suis toujours pas inscrite dans le cours G2.CAR.1. La scolarité m'a dit que mon groupe GEO2-TD3 avait été ajouté dans Apogée vendredi.

Manon

Le mer. 1 oct. 2025 à 11:20, CEMU Assistance <cemu.assistance@unicaen.fr> a écrit :
> Bonjour,
>
> Votre inscription pédagogique à l'élément G2.CAR.1 existe bien, mais vous n'êtes affectée à aucun groupe. Sans groupe, l'inscription sur Ecampus ne peut pas se faire. Nous avons prévenu la scolarité de géographie.
>
> Cordialement,
> L'équipe CEMU
>
> > Le 30/09/2025 à 19:45, Manon Lecoq a écrit :
> > Bonjour, je ne suis pas inscrite dans le cours de cartographie (L2 géo), mon numéro étudiant est 24209938.
""")

# 029 exchange EN, CAS unknown destination
add("029-exchange-cas-destination", G([], ["25219804"], [], "cas_unknown_destination", "student", "en",
    note="Exchange student: CAS 'does not know your final destination' after login via bookmark"),
    frm=("Aiko Tanaka", "aiko.tanaka@etu.unicaen.fr"), subject="Login successful but no Ecampus?",
    date=(2025, 9, 12, 10, 27), form="alt", body="""Hello,

When I log in I get a page "Log In Successful – You, 25219804, have successfully logged into the Central Authentication Service. However, you are seeing this page because CAS does not know about your target destination". I saved the login page in my bookmarks (https://cas.unicaen.fr/login) on the first day. How do I go to Ecampus from there?

Kind regards,
Aiko Tanaka
Exchange student, Nagoya University
""")

# 030 teacher course_not_on_dashboard (teacher)
add("030-prof-dashboard-cours-passes", G([("IAE4MK12", "IAE4MKI2")], [], [], "course_not_on_dashboard", "staff", "fr",
    schemes=["iae-elp"], note="IAE teacher: his course vanished from dashboard (course end date passed); code typed with I for 1"),
    frm=("Vincent Aubry", "vincent.aubry@unicaen.fr"), subject="Cours disparu de mon tableau de bord",
    date=(2026, 1, 6, 9, 12), body="""Bonjour,

Mon cours de Marketing digital (IAE4MKI2) n'apparaît plus sur mon tableau de bord depuis la rentrée de janvier. Je le retrouve via la recherche et tout est là. Mes étudiants de M1 marketing me disent la même chose. Le cours se termine pourtant en février (examen le 10/02 en salle IAE-2.14).

Cordialement,
Vincent Aubry
IAE Caen – 3 rue Claude Bloch – 14000 Caen
""")

# 031 secretary html-only table several courses teacher_not_enrolled for vacataire? -> teacher not enrolled (several)
rows031 = [["Code Apogée", "Intitulé", "Enseignant", "Groupe"],
           ["X4MEC-12", "Mécanique des fluides numérique", "M. Faucher", "TD1 / TD2"],
           ["X3AGR-02", "Agroéquipements", "Mme Le Gall", "X3IN-APP1"],
           ["X4MEC-07", "Vibrations", "M. Faucher", "TD1"]]
html031 = text2html("""Bonjour,

Les enseignants ci-dessous ne sont pas inscrits comme enseignants dans leurs espaces Ecampus, alors que les séances sont planifiées dans ADE depuis juillet :
""").replace("</div>\n</body>\n</html>\n", "") + table_html(rows031) + """
<p class="MsoNormal">&nbsp;<o:p></o:p></p>
<p class="MsoNormal">Merci de votre retour.<o:p></o:p></p>
<p class="MsoNormal">&nbsp;<o:p></o:p></p>
<p class="MsoNormal"><b>Karine Vautier</b><br>Scolarit&eacute; ESIX Normandie<br>B&acirc;timent ESIX, bureau E-012<br>Campus 2, 6 boulevard Mar&eacute;chal Juin, 14050 Caen Cedex 4<br>T&eacute;l. 02 31 56 69 20 &ndash; Fax 02 31 56 69 99<o:p></o:p></p>
</div>
</body>
</html>
"""
add("031-scol-esix-enseignants-non-inscrits", G([("X4MEC-12", "X4MEC-12"), ("X3AGR-02", "X3AGR-02"), ("X3IN-APP1", "X3IN-APP1"), ("X4MEC-07", "X4MEC-07")],
    [], [], "teacher_not_enrolled", "staff", "fr", schemes=["esix-elp", "esix-gpe"],
    note="Engineering school secretary: several teachers not enrolled in their courses, Outlook HTML table"),
    frm=("Karine Vautier", "karine.vautier@unicaen.fr"), subject="Enseignants non inscrits - ESIX",
    date=(2025, 9, 16, 11, 40), form="html", cte="quoted-printable", html=html031)

# 032 student SMS caps no accents, not enrolled, law
add("032-caps-pas-inscrit-penal", G([("D3PEN12", "D3PEN 12")], ["23517760"], [], "not_enrolled", "student", "fr",
    schemes=["droit-elp"], note="All-caps law student not enrolled in droit pénal spécial (code with stray space)"),
    frm=("", "23517760@etu.unicaen.fr"), subject="PAS INSCRIT DROIT PENAL",
    date=(2025, 9, 25, 23, 58), body="""BONSOIR JE SUIS PAS INSCRIT DANS LE COURS DE DROIT PENAL SPECIAL D3PEN 12 ALORS QUE J AI FAIT MON IP. TOUS MES POTES L ONT. JE SUIS EN L3 DROIT PRIVE
MERCI DE REGLER CA VITE
""")

# 033 out of office EN auto
add("033-out-of-office-en", G([], [], [], "other", "unknown", "en", auto=True,
    note="English out-of-office auto reply from a visiting lecturer"),
    frm=("Dr Sarah O'Connell", "sarah.oconnell@unicaen.fr"), subject="Automatic reply: [CEMU #48933] Course access for guest lecturer",
    date=(2025, 11, 7, 12, 1), headers=[("Auto-Submitted", "auto-replied")], form="html",
    body="""Thank you for your email. I am attending a conference in Dublin until 14 November 2025 with limited access to email.
For urgent matters regarding the LANSAD English courses, please contact the Pôle Langues (pole.langues@unicaen.fr).

Best wishes,
Sarah O'Connell
""")

# 034 student wrong name (first name usage / nom d'usage) base64
add("034-nom-usage-errone", G([], ["19807723"], [], "wrong_name", "student", "fr",
    note="Student's nom d'usage not shown on Ecampus (maiden name displayed)"),
    frm=("Aurélie Besnard", "aurelie.besnard@etu.unicaen.fr"), subject="Nom erroné sur Ecampus",
    date=(2025, 10, 14, 12, 30), cte="base64", body="""Bonjour,

Depuis mon mariage cet été, mon nom d'usage est Besnard, mais Ecampus affiche toujours mon nom de naissance (Aurélie Tostain), y compris sur les attestations de dépôt de devoir. J'ai fourni le livret de famille à la scolarité de la Faculté de droit le 20251014 (aujourd'hui, dépôt n° 20251014-032).

Numéro étudiant : 19807723 (je suis en reprise d'études, M2 Droit des affaires).

Merci,
Aurélie Besnard
""")

# 035 teacher course archived moved, geo; reply chain Outlook FR
add("035-prof-cours-renomme-archives", G([("G1.GEO.3", "G1.GEO.3"), ("G1.GEO.2", "G1.GEO.2")], [], [39950], "course_moved_renamed", "staff", "fr",
    schemes=["geo-elp"], note="Teacher: her course renamed '[Archive]' and moved; element G1.GEO.2 removed from the maquette"),
    frm=("Caroline Delaunay", "caroline.delaunay@unicaen.fr"), subject="RE: cours renommé ???",
    date=(2025, 9, 10, 13, 45), form="alt", cte="quoted-printable", body="""Bonjour,

Merci pour votre réponse rapide, mais je ne comprends toujours pas : mon cours de Géographie physique (G1.GEO.2) est maintenant dans « Archives > 2024-2025 » et s'appelle « [Archive] (G1.GEO.2) Géographie physique ». Le responsable de licence m'indique que c'est désormais G1.GEO.3 mais je ne trouve aucun nouveau cours. Que dois-je faire pour récupérer mes 14 quiz ?

https://ecampus.unicaen.fr/course/view.php?id=39950

Caroline Delaunay
Département de géographie – MRSH bureau 224
02 31 56 59 03

De : CEMU Assistance <cemu.assistance@unicaen.fr>
Envoyé : mercredi 10 septembre 2025 12:02
À : Caroline Delaunay <caroline.delaunay@unicaen.fr>
Objet : RE: cours renommé ???

Bonjour,
Pouvez-vous nous indiquer le code Apogée ou le lien de l'espace concerné ?
Cordialement,
L'équipe CEMU

De : Caroline Delaunay
Envoyé : mercredi 10 septembre 2025 10:31
Objet : cours renommé ???

Mon cours a changé de nom et d'endroit, je ne le retrouve plus.
""")

# 036 digest mailing list (auto)
add("036-digest-liste-enseignants", G([], [], [], "other", "unknown", "fr", auto=True,
    note="Sympa list digest (enseignants UFR) mentioning Ecampus maintenance; automatic"),
    frm=("enseignants-ufrhss", "enseignants-ufrhss-request@listes.unicaen.fr"), subject="Digest enseignants-ufrhss, Vol 112, Parution 4",
    to="cemu.assistance@unicaen.fr", date=(2025, 11, 12, 6, 0), cte="quoted-printable",
    headers=[("List-Id", "<enseignants-ufrhss.listes.unicaen.fr>"), ("Precedence", "list")], body="""Sommaire du digest enseignants-ufrhss, Vol 112, Parution 4

1. Réunion de département du 18/11 (salle SA-S27) (Secrétariat HSS)
2. Maintenance Ecampus dimanche matin (Pierre Gosselin)
3. Rappel : saisie des notes session 1 avant le 19/12 (Scolarité HSS)

----------------------------------------------------------------------

Message: 1
Date: Tue, 11 Nov 2025 14:02:11 +0100
From: Secrétariat HSS <secretariat.hss@unicaen.fr>
Subject: Réunion de département du 18/11

La réunion aura lieu le mardi 18/11 à 12h30, salle SA-S27, bâtiment A.

------------------------------

Message: 2
Date: Tue, 11 Nov 2025 16:40:55 +0100
From: Pierre Gosselin <pierre.gosselin@unicaen.fr>
Subject: Maintenance Ecampus dimanche matin

Pour info, le CEMU rappelle que la base d'Ecampus est optimisée le dimanche entre 9h et 11h : évitez d'y fixer des échéances de devoirs.

------------------------------

Message: 3
Date: Wed, 12 Nov 2025 08:15:30 +0100
From: Scolarité HSS <scolarite.hss@unicaen.fr>
Subject: Rappel saisie des notes

Les notes de session 1 (S1-2025) doivent être saisies avant le 19/12.

Fin du digest enseignants-ufrhss, Vol 112, Parution 4
""")

# 037 student course missing FC (continuing ed adult learner)
add("037-stagiaire-fc-cours-absent", G([("FC.MGT11", "FC MGT11"), ("DUMGT", "DUMGT")], ["25900318"], [], "course_missing", "student", "fr",
    schemes=["fc-elp", "fc-etp"], note="Continuing-education learner: no course for module FC.MGT11 (written without dot)"),
    frm=("Sébastien Gohier", "seb.gohier@wanadoo.fr"), subject="Module management DU",
    date=(2026, 1, 20, 21, 4), charset="iso-8859-1", cte="quoted-printable", hcharset="iso-8859-1", body="""Bonjour,

Je suis stagiaire de la formation continue en DU Management des organisations (DUMGT), promotion du samedi. Le programme indique un module « FC MGT11 – Pilotage de projet » avec des ressources sur Ecampus, mais aucun espace de ce nom n'existe, ni dans mes cours ni dans la recherche.

Mon n° étudiant : 25900318.
Je travaille à temps plein, je ne suis joignable qu'après 18h au 06 45 12 90 38.

Merci d'avance.
Sébastien Gohier
""")

# 038 teacher quiz settings question (other)
add("038-prof-reglages-test", G([("PASS.U04", "PASS.U04")], [], [60588], "other", "staff", "fr",
    schemes=["sante-elp"], note="Teacher asks how to set a quiz with extra time for students with tiers-temps (not a sync problem)"),
    frm=("Isabelle Renaud", "isabelle.renaud@unicaen.fr"), subject="Tiers-temps dans un test Moodle",
    date=(2025, 11, 25, 15, 18), form="alt", body="""Bonjour,

Pour l'examen blanc de PASS.U04 (Biochimie), j'ai créé un test de 60 questions, limite de temps 45 min. Une dizaine d'étudiants ont un tiers-temps. Comment leur donner 60 minutes sans dupliquer le test ? J'ai vu « Dérogations utilisateur » mais je ne suis pas sûre.

https://ecampus.unicaen.fr/course/view.php?id=60588

Merci !
Isabelle Renaud
MCU-PH Biochimie – PFRS, bureau 2.31 – 02 31 06 45 77
""")

# 039 exchange EN course not on dashboard
add("039-exchange-dashboard", G([("HSOC412", "HSOC412"), ("LX-ESP21", "LX-ESP21")], ["25214433"], [], "course_not_on_dashboard", "student", "en",
    schemes=["hss-faq", "lansad-elp"], note="Exchange student: two courses not shown on dashboard (Course overview filter)"),
    frm=("Liam Murphy", "liam.murphy@ucdconnect.ie"), subject="Courses not on my dashboard",
    date=(2025, 10, 3, 16, 44), body="""Hello,

Two of my courses, HSOC412 (Sociology of work) and LX-ESP21 (Spanish), are not on my dashboard. The other three are. My friend says they are on hers. I am enrolled, I received the forum emails from both.

Student number: 25214433

Thanks,
Liam Murphy (UCD, Ireland)
""")

# 040 student not enrolled medicine SMS no accents
add("040-sms-pass-pas-inscrit", G([("PASS.U07", "PASS U07"), ("PASS-G04", "pass-g04")], ["25040982"], [], "not_enrolled", "student", "fr",
    schemes=["sante-elp", "sante-gpe"], note="SMS-style PASS student not in UE7 course; codes with space and lowercase"),
    frm=("", "camille.vautrin@etu.unicaen.fr"), subject="pa inscrit ue7",
    date=(2025, 9, 21, 0, 37), body="""bonsoir
jsuis en pass, groupe pass-g04, et jsui pas inscrite sur lespace de l ue7 (PASS U07) alors ke toute ma promo y est. le cc c jeudi
num etudiant 25040982
svp c urgent
""")

# 041 forwarded as attachment (message/rfc822) by secretary: student mail wrong group IUT
fwd041 = inner(("Lucas Ferrand", "lucas.ferrand@etu.unicaen.fr"), "scolarite.iut-gon@unicaen.fr", "Mauvais groupe TD INF",
    (2025, 10, 1, 19, 20), """Bonjour,

Sur Ecampus je suis dans le groupe INF1-TD1B pour le cours INF-R101 alors que je suis en TD2A depuis la rentrée (changement validé par M. Brière). Du coup je ne vois pas les sujets de TP de mon groupe.

Lucas Ferrand – 25118077
""")
add("041-scol-iut-fwd-piece-jointe", G([("INF1-TD1B", "INF1-TD1B"), ("INF-R101", "INF-R101"), ("INF1-TD2A", "TD2A")], ["25118077"], [], "wrong_group", "staff", "fr",
    schemes=["iut-elp", "iut-gpe"], note="IUT secretary forwards student's mail as attachment: student in wrong TD group"),
    frm=("Christelle Morin", "christelle.morin@unicaen.fr"), subject="TR: Mauvais groupe TD INF",
    date=(2025, 10, 2, 9, 5), attach_msg=fwd041, attach_msg_name="Mauvais groupe TD INF.eml", body="""Bonjour,

Je vous fais suivre le message de l'étudiant en pièce jointe. Le changement de groupe a été saisi dans Apogée le 30/09. Pouvez-vous vérifier de votre côté ?

Cordialement,
Christelle Morin
Scolarité BUT Informatique – IUT Grand Ouest Normandie, site d'Ifs
""")

# 042 vacataire teacher not enrolled outside address
add("042-vacataire-pas-enseignant", G([("MUS3ORC2", "MUS3ORC2")], [], [], "teacher_not_enrolled", "unknown", "fr",
    schemes=["musique-elp"], note="Vacataire (conservatoire) not enrolled as teacher in orchestration course"),
    frm=("Fabien Lelièvre", "f.lelievre@conservatoire-caen.fr"), subject="Accès enseignant cours d'orchestration",
    date=(2025, 9, 22, 17, 33), body="""Bonjour,

J'enseigne l'orchestration en L3 musicologie (MUS3ORC2) comme intervenant extérieur, cours le mercredi à l'auditorium du conservatoire. Je me connecte bien à Ecampus avec mon compte invité mais je n'ai pas le cours dans ma liste, et la responsable m'a dit que les enseignants sont inscrits automatiquement.

Fabien Lelièvre
Professeur d'écriture – Conservatoire à rayonnement régional de Caen
1 rue du Carel, 14000 Caen – 02 31 30 46 70
""")

# 043 DSI too many teachers, technical
add("043-dsi-trop-enseignants-tuilage", G([("HLAN203", "HLAN203"), ("HHIS305", "HHIS305")], [], [], "too_many_teachers", "staff", "fr",
    schemes=["hss-faq"], note="DSI notices courses with 30+ teachers enrolled via database at the start of the year"),
    frm=("Stéphane Picot", "stephane.picot@unicaen.fr"), subject="Beaucoup d'enseignants inscrits par BDD dans des cours HSS",
    date=(2025, 9, 19, 17, 2), body="""Salut,

En regardant les logs de la synchro de cette nuit, je vois que HLAN203 et HHIS305 ont chacun plus de 30 inscrits avec le rôle enseignant via la méthode base de données externe. Ça ressemble au tuilage avec 2024-2025 ou à toute l'équipe associée dans les groupes par activités dans ADE. Les enseignants concernés râlent (notifications). Vous voyez avec la scol HSS ?

Stéphane
DSI – Applications / SI Scolarité
poste 7351
""")

# 044 student cannot login first login profile page (student edge)
add("044-etudiant-page-profil", G([], ["26001245"], [], "cannot_login", "student", "fr",
    note="New student blocked on 'Modifier le profil' at first login, no email"),
    frm=("Nolan Vasseur", "nolan.vasseur2007@gmail.com"), subject="bloqué page profil ecampus",
    date=(2025, 9, 4, 11, 16), attach_png="ecampus_profil.png", body="""Bonjour,
Quand je me connecte pour la première fois sur ecampus ça m'envoie sur une page "Modifier le profil" avec Prénom, Nom, Adresse de courriel (vide) et je ne peux rien remplir ni quitter la page. Capture jointe.
Mon identifiant : 26001245
Merci
Nolan
""")

# 045 newsletter (not about Ecampus)
add("045-newsletter-editeur", G([], [], [], "other", "unknown", "fr",
    note="Publisher newsletter (webinar) not about Ecampus"),
    frm=("Éditions Juridiques Dalmas", "newsletter@editions-dalmas.fr"), subject="Webinaire : la réforme du droit des contrats, 5 ans après",
    date=(2025, 10, 15, 10, 0), form="html", charset="windows-1252", cte="quoted-printable", hcharset="windows-1252",
    headers=[("List-Unsubscribe", "<https://news.editions-dalmas.fr/unsub?u=88213>"), ("Precedence", "bulk")],
    html="""<html><body style="font-family:Arial"><table width="600" align="center"><tr><td>
<h2>Webinaire gratuit – jeudi 6 novembre 2025, 12h30</h2>
<p>La réforme du droit des contrats, cinq ans après&nbsp;: bilan jurisprudentiel.</p>
<p>Intervenants&nbsp;: Pr. A. Meunier, Me C. Dray.<br>Référence de l'offre&nbsp;: WEB-2025-11-06<br>Code promo ouvrage&nbsp;: DALMAS25</p>
<p><a href="https://news.editions-dalmas.fr/webinaire?id=4471">Je m'inscris</a></p>
<p style="font-size:9px">Éditions Dalmas, 28 rue du Bac, 75007 Paris – SIRET 412 345 678 00021. Se désinscrire.</p>
</td></tr></table></body></html>""")

# 046 admin composante cohort question
add("046-admin-cohorte-obsolete", G([("LGEO3", "LGEO3"), ("G3.AME.1", "G3.AME.1")], [], [52207], "cohort_question", "staff", "fr",
    schemes=["geo-etp", "geo-elp"], note="Admin: cohort sync left in a course from last year enrolls wrong students; asks how to remove it"),
    frm=("Pascale Hue", "pascale.hue@unicaen.fr"), subject="Synchronisation de cohorte L3 géo dans un cours",
    date=(2025, 10, 10, 14, 48), form="alt", cte="quoted-printable", body="""Bonjour,

L'an dernier, à cause d'IP tardives, nous avions ajouté la cohorte « L3 Géographie » (étape LGEO3) dans le cours G3.AME.1 (Aménagement des territoires). Cette année des étudiants redoublants de L3 qui ont déjà validé cette UE y sont inscrits et reçoivent les annonces.

Faut-il supprimer la méthode « Synchronisation des cohortes » ? Les inscriptions par base de données prendront-elles le relais ?

https://ecampus.unicaen.fr/enrol/instances.php?id=52207

Pascale Hue
Responsable administrative – UFR SEGGAT
Bâtiment SA, bureau SA-205 – 02 31 56 61 40
""")

# 047 student wrong group distance learning (CEMU group)
add("047-ead-mauvais-groupe", G([("D2ADM21", "D2ADM21"), ("DL2-TD05", "DL2-TD05"), ("DL2-EAD", "DL2-EAD")], ["23990115"], [], "wrong_group", "student", "fr",
    schemes=["droit-elp", "droit-gpe"], note="Distance-learning student placed in a présentiel TD group instead of the EAD group"),
    frm=("Gwenaëlle Thouroude", "g.thouroude@laposte.net"), subject="Enseignement à distance - mauvais groupe",
    date=(2025, 10, 22, 13, 27), cte="quoted-printable", body="""Bonjour,

Je suis inscrite en L2 Droit à distance (télé-enseignement, je vis à Cherbourg et travaille). Dans le cours de droit administratif D2ADM21, je suis dans le groupe "DL2-TD05" (présentiel) et pas dans le groupe DL2-EAD, donc je n'ai pas accès aux classes virtuelles du jeudi soir.

Mon numéro étudiant : 23 990 115

Cordialement,
Gwenaëlle Thouroude
""")

# 048 student cas unknown destination FR plain
add("048-cas-destination-finale", G([], ["24406631"], [], "cas_unknown_destination", "student", "fr",
    note="Student stuck on CAS 'ne connaît pas votre destination finale'"),
    frm=("Hugo Pain", "hugo.pain@etu.unicaen.fr"), subject="CAS ne connait pas ma destination finale ?",
    date=(2025, 9, 15, 8, 2), body="""Bonjour,

Quand je veux aller sur Ecampus je me connecte et j'ai "Connexion réussie - Bienvenue 24406631 ... CAS ne connaît pas votre destination finale ni comment vous y rediriger". Ensuite rien. J'ai vidé le cache, essayé Chrome et Edge.

Hugo Pain – L2 Histoire
""")

# 049 teacher students cannot see course (hidden), annoyed, ISO
add("049-prof-enerve-cours-invisible", G([("D4AFF22", "D4AFF22"), ("DM1AFF", "DM1AFF")], [], [58840], "students_cannot_see_course", "staff", "fr",
    schemes=["droit-elp", "droit-etp"], note="Annoyed law teacher: M1 students cannot see his course"),
    frm=("Gérard Bonnemaison", "gerard.bonnemaison@unicaen.fr"), subject="Les étudiants ne voient TOUJOURS pas mon cours",
    date=(2025, 9, 26, 18, 19), charset="iso-8859-1", cte="quoted-printable", hcharset="iso-8859-1", body="""Bonjour,

Troisième semaine de cours et les étudiants du M1 Droit des affaires (DM1AFF) ne voient toujours pas l'espace D4AFF22 « Droit des sociétés approfondi ». J'ai déposé 200 pages de documents pour rien.

https://ecampus.unicaen.fr/course/view.php?id=58840

Je n'ai pas le temps de faire des tutoriels. Merci de régler cela.

G. Bonnemaison
Professeur de droit privé
""")

# 050 platform notification (auto) Moodle forum
add("050-notification-forum", G([("GEA-S301", "GEA-S301")], [], [47012], "other", "unknown", "fr", auto=True,
    schemes=["iut-elp"], note="Ecampus forum notification (noreply), automatic"),
    frm=("Ecampus (via Ecampus)", "noreply@ecampus.unicaen.fr"), subject="GEA-S301: Planning des soutenances SAÉ",
    date=(2025, 12, 3, 17, 5), form="alt", headers=[("Precedence", "Bulk"), ("Auto-Submitted", "auto-generated")],
    body="""Ecampus » GEA-S301 » Forums » Annonces » Planning des soutenances SAÉ

Planning des soutenances SAÉ
par Marc Leroux - mercredi 3 décembre 2025, 17:04

Bonjour à tous,
Les soutenances auront lieu le 16/12 en salles IUT-A201 et IUT-A203. Le planning est en pièce jointe du forum.

Voir ce message dans son contexte : https://ecampus.unicaen.fr/mod/forum/discuss.php?d=118204#p201377
Voir le cours : https://ecampus.unicaen.fr/course/view.php?id=47012
Se désabonner de ce forum : https://ecampus.unicaen.fr/mod/forum/subscribe.php?id=883201
""")

# 051 student wrong name (email) plain
add("051-mauvaise-adresse-mail", G([], ["22510834"], [], "wrong_name", "student", "fr",
    note="Student: Ecampus shows someone else's e-mail address/first name (homonym)"),
    frm=("Emma Leroy", "emma.leroy3@etu.unicaen.fr"), subject="Mon adresse mail et prénom ne sont pas les bons",
    date=(2025, 11, 18, 10, 8), body="""Bonjour,

Sur mon profil Ecampus, mon adresse est "emma.leroy@etu.unicaen.fr" alors que la mienne est emma.leroy3@etu.unicaen.fr (il y a une autre Emma Leroy en L1). Du coup je ne reçois pas les notifications et mon deuxième prénom est affiché à la place du premier ("Jeanne").

Numéro : 22510834 – L3 Psychologie

Merci,
Emma
""")

# 052 exchange EN database error
add("052-exchange-database-error", G([], [], [], "database_error", "student", "en",
    note="Exchange student: 'Database connection failed' page, asks if Ecampus is down"),
    frm=("Mateusz Kowalczyk", "mateusz.kowalczyk@etu.unicaen.fr"), subject="Ecampus down? Database connection failed",
    date=(2026, 1, 12, 7, 55), body="""Hi,

Since this morning Ecampus only shows "Error: Database connection failed. It is possible that the database is overloaded or otherwise not running properly." I have an online exam at 10:00 (room not needed, it's a Moodle quiz). Is it down for everyone?

Mateusz Kowalczyk
Erasmus+ – Politechnika Wrocławska
""")

# 053 secretary IAE not enrolled many students, alt html table, long signature
rows053 = [["Nom Prénom", "N° étudiant", "Cours concerné"],
           ["ALLAIN Jade", "24702213", "IAE4FI03"],
           ["BOUCHER Enzo", "24702560", "IAE4FI03"],
           ["DIALLO Mariam", "21708844", "IAE4FI03, IAE4MK12"],
           ["ZHANG Wei", "25790021", "IAE4MK12"]]
txt053 = """Bonjour,

Les étudiants alternants du M1 Marketing (M1MKG, groupe M1MKG-ALT) listés ci-dessous ne sont pas inscrits dans les espaces Ecampus de leurs matières :

{T}

Leur IA et IP sont complètes. L'un d'eux (ZHANG Wei) est en échange entrant, au cas où cela jouerait.

Merci par avance,

Élodie Marchais
Gestionnaire pédagogique Masters – IAE Caen
3 rue Claude Bloch – 14000 Caen
Bureau 1.12 – Tél. 02 31 56 65 28 – standard 02 31 56 65 00
www.iae.unicaen.fr
"""
html053 = text2html(txt053.split("{T}")[0]).replace("</div>\n</body>\n</html>\n", "") + table_html(rows053) + \
    text2html(txt053.split("{T}")[1]).split('<div class="WordSection1">\n')[1]
add("053-iae-alternants-non-inscrits", G([("M1MKG", "M1MKG"), ("M1MKG-ALT", "M1MKG-ALT"), ("IAE4FI03", "IAE4FI03"), ("IAE4MK12", "IAE4MK12")],
    ["24702213", "24702560", "21708844", "25790021"], [], "not_enrolled", "staff", "fr",
    schemes=["iae-etp", "iae-gpe", "iae-elp"], note="IAE secretary: apprentices of M1 Marketing not enrolled, table of names/numbers"),
    frm=("Élodie Marchais", "elodie.marchais@unicaen.fr"), subject="M1 Marketing alternants - inscriptions Ecampus",
    date=(2025, 10, 13, 9, 2), form="alt", cte="base64", body=txt053.replace("{T}", "\n".join("  |  ".join(r) for r in rows053)), html=html053)

# 054 teacher course missing (porteur/porté) hss dotted
add("054-prof-porte-disparu", G([("3SO7B", "3SO7B"), ("M.2SOC4A", "M.2SOC4A")], [], [], "course_missing", "staff", "fr",
    schemes=["hss-dotted"], note="Teacher: course for element 3SO7B vanished; mutualised with M.2SOC4A this year"),
    frm=("Rachid Benmoussa", "rachid.benmoussa@unicaen.fr"), subject="Espace de cours 3SO7B introuvable",
    date=(2025, 10, 2, 11, 37), body="""Bonjour,

Mon cours de L3 « Sociologie des migrations » (3SO7B) n'existe plus sur Ecampus. La scolarité m'explique qu'il est désormais mutualisé avec le cours de master M.2SOC4A, porté par ma collègue. Mais les L3 ne sont pas dans ce cours-là non plus. Où est passé mon espace ?

Rachid Benmoussa
MCF Sociologie – UFR HSS – bureau SA-401
""")
