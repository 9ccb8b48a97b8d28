from lib import *

M(fn="001-l1-psycho-aucun-cours.eml", client="zimbra",
  frm='"Léa Marchand" <lea.marchand@etu.unicaen.fr>',
  subj="Je ne vois pas mes cours sur Ecampus",
  date="2025-09-12 22:47", cs="utf-8", cte="8bit",
  body="""Bonjour,

Je suis en première année de licence de psychologie (LPSY1-101 d'après mon certificat de scolarité) et je ne vois aucun cours sur Ecampus à part « Bienvenue à l'université de Caen ».

Les autres étudiants de mon groupe de TD ont déjà les cours PSY-107 Psychologie du développement 1 et PSY-103 Statistiques descriptives, et les professeurs ont déposé des textes à lire pour lundi. J'ai peur de prendre du retard dès le début...

Mon numéro étudiant : 25013977
INE : 0903427718K

J'ai bien fait mon inscription pédagogique le 4 septembre avec la scolarité, je ne sais pas si c'est lié.

Merci d'avance, je suis un peu perdue.

Léa Marchand
L1 Psychologie
""",
  gold=dict(codes=[("LPSY1", "LPSY1-101"), ("PSY-107", "PSY-107"), ("PSY-103", "PSY-103")],
            nums=["25013977"], sym="not_enrolled", role="student", schemes=["psy"],
            note="L1 psycho student sees no course; étape given with its version; INE next to the student number"))

M(fn="002-prof-histoire-cours-invisible.eml", client="thunderbird",
  frm='"Hélène Vasseur" <helene.vasseur@unicaen.fr>',
  subj="Cours (HIL3-05A) invisible pour les étudiants",
  date="2025-09-16 11:05", fmt="alt", cs="utf-8", cte="qp",
  body="""Madame, Monsieur,

Mes étudiants de L3 Histoire me signalent qu'ils ne voient pas l'espace de mon cours « (HIL3-05A) Histoire de la Normandie médiévale » :
https://ecampus.unicaen.fr/course/view.php?id=47215

De mon côté je le vois bien, mais le titre apparaît en gris dans ma liste de cours, je ne sais pas si cela a une importance. La liste des participants comporte pourtant 64 étudiants.

Le premier TD a lieu jeudi 18 septembre en salle SA-212 et j'ai déposé les documents de travail sur l'espace. Pourriez-vous regarder ce qui bloque ?

Avec mes remerciements,

--
Hélène Vasseur
Maîtresse de conférences en histoire médiévale
UFR HSS – Département d'histoire
Bureau SA 315 – Tél. 02 31 56 57 12
Université de Caen Normandie – Esplanade de la Paix – CS 14032 – 14032 Caen Cedex 5
""",
  html=tb("""    <p>Madame, Monsieur,</p>
    <p>Mes étudiants de L3 Histoire me signalent qu'ils ne voient pas l'espace de mon cours « (HIL3-05A) Histoire de la Normandie médiévale » :<br>
      <a class="moz-txt-link-freetext" href="https://ecampus.unicaen.fr/course/view.php?id=47215">https://ecampus.unicaen.fr/course/view.php?id=47215</a></p>
    <p>De mon côté je le vois bien, mais le titre apparaît en gris dans ma liste de cours, je ne sais pas si cela a une importance. La liste des participants comporte pourtant 64 étudiants.</p>
    <p>Le premier TD a lieu jeudi 18 septembre en salle SA-212 et j'ai déposé les documents de travail sur l'espace. Pourriez-vous regarder ce qui bloque ?</p>
    <p>Avec mes remerciements,</p>
    <div class="moz-signature">-- <br>
      Hélène Vasseur<br>
      Maîtresse de conférences en histoire médiévale<br>
      UFR HSS – Département d'histoire<br>
      Bureau SA 315 – Tél. 02 31 56 57 12<br>
      Université de Caen Normandie – Esplanade de la Paix – CS 14032 – 14032 Caen Cedex 5</div>"""),
  gold=dict(codes=[("HIL3-05A", "HIL3-05A")], ids=[47215], sym="students_cannot_see_course", role="staff",
            schemes=["hist"], note="teacher: students cannot see her course (greyed title = hidden course)"))

M(fn="003-sms-gea-pas-acces.eml", client="iphone",
  frm="24006518@etu.unicaen.fr",
  subj="acces cours",
  date="2025-09-23 07:58", cs="us-ascii", cte="7bit",
  body="""slt jsui en bugea1 grp td3 et jai tjr pa acces a gear1.05 ni geas1.02 sur ecampus, les autres de mon grp lont depuis lundi
cest normal ??

Envoye de mon iPhone
""",
  gold=dict(codes=[("BUGEA1", "bugea1"), ("GEA1-TD3", "td3"), ("GEAR1.05", "gear1.05"), ("GEAS1.02", "geas1.02")],
            nums=["24006518"], sym="not_enrolled", role="student", schemes=["gea"],
            note="SMS-style BUT GEA student not enrolled in two courses; number only in the sender address; group by short name"))

M(fn="004-erasmus-incoming-lea-en.eml", client="gmail",
  frm='"Lucía Fernández Ortega" <lucia.fdez.ortega@gmail.com>',
  subj="Problem with ecampus courses (Erasmus student)",
  date="2025-09-26 16:31", fmt="alt", cs="utf-8", cte="b64",
  body="""Hello,

I am an Erasmus student from the Universidad de Salamanca and I arrived in Caen at the beginning of September. My student number at Caen is 25104433 (my Salamanca ID is 70912345, in case you need it).

My learning agreement includes two LEA courses, LEA2AN04 "Traduction anglais-français" and LEA2ES03 "Civilisation hispanique", but when I log in to ecampus I only see the course for French as a foreign language. The teacher of the translation class told me to write to you.

Could you please add me to these courses? The first assignment is due on 6 October.

Thank you very much,
Lucía Fernández Ortega
+34 612 345 678 / 07 68 21 40 93
""",
  gold=dict(codes=[("LEA2AN04", "LEA2AN04"), ("LEA2ES03", "LEA2ES03")], nums=["25104433"],
            sym="not_enrolled", role="student", lang="en", schemes=["lea"],
            note="incoming Erasmus student not enrolled in 2 LEA courses; Salamanca ID is a look-alike"))

_t005 = table([
 ["N° étudiant", "INE", "NOM", "Prénom", "Groupe TP"],
 ["23011842", "2301012845J", "BENALI", "Yasmine", "PH3TP04"],
 ["23015520", "0912245566F", "COSTENTIN", "Hugo", "PH3TP04"],
 ["22107359", "2204031177L", "DELAUNAY", "Margaux", "PH3TP04"],
 ["23017746", "123456788HB", "N'DIAYE", "Awa", "PH3TP05"],
])
M(fn="005-scol-pharma-tableau-non-inscrits.eml", client="outlook",
  frm='"Scolarité Pharmacie - Nathalie Guérin" <nathalie.guerin@unicaen.fr>',
  subj="Etudiants DFGSP3 absents du cours PH3UE07",
  date="2025-10-02 14:20", fmt="html", cs="windows-1252", cte="qp",
  html=outlook(P("Bonjour,") + P("") +
    P("Les étudiants ci-dessous, inscrits en DFGSP3 (version 101) et affectés dans Apogée aux groupes de TP de l’UE PH3UE07 «&nbsp;Pharmacologie générale&nbsp;», n’apparaissent pas dans la liste des participants de l’espace Ecampus correspondant&nbsp;:") +
    P("") + _t005 + P("") +
    P("Les inscriptions pédagogiques ont été saisies le 29/09. Mme Lecarpentier, responsable de l’UE, a besoin qu’ils aient accès aux consignes de TP avant lundi.") +
    P("") + P("Vous en remerciant par avance,") + P("") +
    P("<b>Nathalie Guérin</b>") + P("Gestionnaire de scolarité – Pharmacie (DFGSP2 / DFGSP3)") +
    P("UFR Santé – Bureau 1.14") + P("2 rue des Rochambelles – 14032 Caen Cedex") +
    P("Tél.&nbsp;: 02 31 56 60 19") +
    P('<span style="font-size:8.0pt;color:gray">Ce message et toutes les pièces jointes sont établis à l’intention exclusive de ses destinataires et sont confidentiels.</span>'), "windows-1252"),
  gold=dict(codes=[("DFGSP3", "DFGSP3"), ("PH3UE07", "PH3UE07"), ("PH3TP04", "PH3TP04"), ("PH3TP05", "PH3TP05")],
            nums=["23011842", "23015520", "22107359", "23017746"], sym="not_enrolled", role="staff", schemes=["pharma"],
            note="pharmacy secretary, HTML table (n° étudiant, INE, names, group) of students missing from a course"))

M(fn="006-resp-ue-chimie-pas-inscrit.eml", client="thunderbird",
  frm='"Olivier Hamelin" <olivier.hamelin@unicaen.fr>',
  subj="Pas inscrit dans mon cours CH512",
  date="2025-09-17 09:12", cs="iso-8859-1", cte="qp",
  body="""Bonjour,

Je suis responsable de l'UE CH512 (Chimie organique avancée, L3 chimie) et je n'ai toujours pas accès à l'espace Ecampus du cours : il n'apparaît pas dans mes cours et quand j'y vais par la recherche on me propose seulement "M'inscrire" qui ne marche pas.

Mes collègues qui font les TP (groupes CH512-TP1 à TP4) y sont pourtant inscrits comme enseignants.
Mes CM sont bien dans ADE, salle C 102, le mardi 8h-10h.

Pouvez-vous m'ajouter ?

Cordialement,
O. Hamelin
LCMT - UMR 6507
Bât. Sciences 2, bureau 221
""",
  gold=dict(codes=[("CH.512", "CH512"), ("CH512-TP1", "CH512-TP1"), ("CH512-TP4", "TP4")], sym="teacher_not_enrolled", role="staff", schemes=["chim"],
            note="teacher responsible for a chemistry UE is not enrolled in it; element written without its dot; UMR/room numbers"))

M(fn="007-cas-bienvenue-numero.eml", client="gmail",
  frm='"Mathis Lecoq" <mathis.lecoq27@gmail.com>',
  subj="Ecampus connexion bloquée",
  date="2025-09-08 20:14", fmt="alt", cs="utf-8", cte="qp",
  body="""Bonjour,

Quand j'essaye d'aller sur Ecampus je tombe sur une page qui dit :

"Connexion réussie
Bienvenue 23007781. Vous vous êtes authentifié(e) auprès du Service Central d'Authentification. Toutefois, vous voyez cette page car CAS ne connaît pas votre destination finale ni comment vous y rediriger."

et ça s'arrête là, je n'arrive jamais sur mes cours. J'ai essayé avec Chrome et Firefox, pareil. C'est le lien que j'avais enregistré l'année dernière.

Merci de votre aide
Mathis Lecoq, L2 Géographie
""",
  gold=dict(nums=["23007781"], sym="cas_unknown_destination", role="student",
            note="student quotes the CAS 'Connexion réussie / destination finale' page containing his student number"))

M(fn="008-dimanche-erreur-bdd-esix.eml", client="zimbra",
  frm='"Franck Lemaître" <franck.lemaitre@unicaen.fr>',
  subj="Ecampus en panne !!",
  date="2025-11-16 09:47", cs="utf-8", cte="8bit",
  body="""Bonjour,

Ecampus affiche "Erreur de lecture de la base de données" depuis au moins 9h30 ce matin. Mes étudiants de 4e année ont un test à rendre avant midi sur le cours (ESIX4M07) Mécanique des milieux continus :
https://ecampus.unicaen.fr/course/view.php?id=39920

Plusieurs m'ont déjà écrit en panique. Si ça ne revient pas je vais devoir repousser l'échéance, merci de me dire ce qu'il en est.

F. Lemaître
ESIX Normandie – département Mécanique
""",
  gold=dict(codes=[("ESIX4M07", "ESIX4M07")], ids=[39920], sym="database_error", role="staff", schemes=["esix"],
            note="Sunday morning database read error during a quiz deadline"))

M(fn="009-fwd-zimbra-scol-lea-mauvais-groupe.eml", client="zimbra",
  frm='"Sandrine Picot" <sandrine.picot@unicaen.fr>',
  subj="Fwd: Groupe de TD sur Ecampus",
  date="2025-10-06 10:33", cs="utf-8", cte="qp",
  body="""Bonjour,

Je vous transfère le message d'une étudiante de LEA 2e année. Je confirme que dans Apogée elle est bien affectée au groupe LEA2-TDAE1 (étape 2LEAAE, anglais-espagnol), son IP a été faite le 15/09.
Pouvez-vous regarder pourquoi Ecampus la met ailleurs ?

Merci,
Sandrine Picot
Scolarité LEA – UFR LVE
Bureau LE 027 – 02 31 56 53 84

----- Mail transféré -----
De: "Inès Haddad" <22108864@etu.unicaen.fr>
À: "Sandrine Picot" <sandrine.picot@unicaen.fr>
Envoyé: Vendredi 3 Octobre 2025 18:52:11
Objet: Groupe de TD sur Ecampus

Bonjour Madame,

Je suis en LEA anglais-espagnol mais sur Ecampus je me retrouve dans le groupe LEA2-TDAA1 (anglais-allemand) dans le cours de traduction, donc je ne vois pas les devoirs de mon groupe et je n'ai pas pu rendre celui de cette semaine.

Bonne soirée,
Inès Haddad
""",
  gold=dict(codes=[("LEA2-TDAE1", "LEA2-TDAE1"), ("2LEAAE", "2LEAAE"), ("LEA2-TDAA1", "LEA2-TDAA1")],
            nums=["22108864"], sym="wrong_group", role="staff", schemes=["lea"],
            note="Zimbra forward: secretary forwards a student placed in the wrong TD group; student number only in the quoted sender address"))

M(fn="010-reponse-auto-absente.eml", client="zimbra",
  frm='"Claire Jouan" <claire.jouan@unicaen.fr>',
  subj="Réponse automatique : [CEMU #48213] Inscription des enseignants",
  date="2025-10-21 08:03", cs="utf-8", cte="qp",
  headers=[("Auto-Submitted", "auto-replied"), ("X-Zimbra-Autoreply", "yes"), ("Precedence", "bulk")],
  body="""Bonjour,

Je suis absente du 20 au 31 octobre 2025 inclus, sans accès à ma messagerie.
Pour toute demande urgente concernant la scolarité du master, merci de contacter le secrétariat au 02 31 56 58 04 ou scol.masters-hss@unicaen.fr.

Cordialement,
Claire Jouan
""",
  gold=dict(sym="other", role="unknown", auto=True,
            note="out-of-office automatic reply to a CEMU ticket"))

M(fn="011-prenom-usage.eml", client="zimbra",
  frm='"Sam Roussel" <sam.roussel@etu.unicaen.fr>',
  subj="Prénom affiché sur Ecampus",
  date="2025-10-09 13:26", cs="utf-8", cte="qp",
  body="""Bonjour,

J'ai fait une demande de changement de prénom d'usage auprès de la scolarité de l'UFR des Sciences en septembre (dossier accepté le 24/09/2025), mon certificat de scolarité et ma carte Léocarte ont été mis à jour, mais Ecampus affiche toujours mon ancien prénom sur mon profil, dans les forums et sur la liste des participants de mes cours. C'est assez pénible au quotidien.

Est-ce qu'il faut que je fasse autre chose ?

N° étudiant : 21 804 477

Merci,
Sam Roussel
""",
  gold=dict(nums=["21804477"], sym="wrong_name", role="student",
            note="first name of usage changed in the directory but old one still shown; student number grouped with spaces"))

M(fn="012-ads-cours-archive.eml", client="outlook",
  frm='"Baptiste Quesnel" <baptiste.quesnel@unicaen.fr>',
  subj="Mon cours a été déplacé dans Archives ?",
  date="2025-09-04 17:40", fmt="alt", cs="windows-1252", cte="qp",
  body="""Bonjour,

Mon cours de théâtre de L2 a disparu de ma page d’accueil. Je le retrouve en cherchant bien dans une catégorie « Archives », renommé « [ARCHIVE 2024-2025] (ADS-TH21) Jeu et mise en scène ».

J’ai passé l’été à refaire tous les contenus dedans… On m’a dit que la maquette avait changé et que le code serait désormais ADS-TH31, mais l’espace ADS-TH31 est vide.

Que dois-je faire pour récupérer mon travail ? Est-ce que vous pouvez remettre l’ancien cours à sa place ?

Bien à vous,

Baptiste Quesnel
Enseignant – Arts du spectacle
UFR Humanités et Sciences Sociales
""",
  html=outlook(paras("""Bonjour,

Mon cours de théâtre de L2 a disparu de ma page d’accueil. Je le retrouve en cherchant bien dans une catégorie « Archives », renommé « [ARCHIVE 2024-2025] (ADS-TH21) Jeu et mise en scène ».

J’ai passé l’été à refaire tous les contenus dedans… On m’a dit que la maquette avait changé et que le code serait désormais ADS-TH31, mais l’espace ADS-TH31 est vide.

Que dois-je faire pour récupérer mon travail ? Est-ce que vous pouvez remettre l’ancien cours à sa place ?

Bien à vous,
""") + P("") + P("<b>Baptiste Quesnel</b>") + P("Enseignant – Arts du spectacle") + P("UFR Humanités et Sciences Sociales"), "windows-1252"),
  gold=dict(codes=[("ADS-TH21", "ADS-TH21"), ("ADS-TH31", "ADS-TH31")], unknown=["ADS-TH21"],
            sym="course_moved_renamed", role="staff", schemes=["ads"],
            note="course archived and renamed because its code changed (old ADS-TH21 no longer exists, new ADS-TH31 empty)"))

M(fn="013-sms-l3-info-points.eml", client="gmail",
  frm='"kevin lebrun" <kev.lebrun14@gmail.com>',
  subj="pb ecampus",
  date="2025-09-29 23:41", fmt="alt", cs="utf-8", cte="7bit",
  body="""bjr
jsuis en L3 info et jai tjrs pas 3mi05a et 3mi07b sur ecampus alors ke les tp ont commence depuis 2 semaines
mon num c 22.003.136
merci
""",
  gold=dict(codes=[("3MI05A", "3mi05a"), ("3MI07B", "3mi07b")], nums=["22003136"], sym="not_enrolled", role="student",
            schemes=["mi"], note="SMS-style student from gmail missing two courses; codes with no word before them; dotted student number"))

_news = zim("""<table width="600" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #ddd">
<tr><td style="background:#003c71;color:#fff;padding:12px;font-size:20px">La lettre du numérique – DSI UNICAEN – n°37 – novembre 2025</td></tr>
<tr><td style="padding:10px">
<h3>Migration de la messagerie</h3>
<p>La migration des boîtes Zimbra vers la version 10.1 aura lieu du 24 au 28 novembre 2025. Aucune interruption de service n'est prévue en journée.</p>
<h3>Ecampus : mise à jour 4.5</h3>
<p>La plateforme Ecampus passera en version 4.5.7 pendant les vacances de fin d'année (interruption prévue le 29/12/2025 de 7h à 13h).</p>
<h3>Agenda</h3>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Date</th><th>Atelier</th><th>Lieu</th></tr>
<tr><td>04/12/2025</td><td>Prise en main de Wooclap</td><td>Campus 1, salle S 012</td></tr>
<tr><td>11/12/2025</td><td>Sécuriser son compte numérique</td><td>MRSH, salle SH 027</td></tr>
<tr><td>15/01/2026</td><td>Évaluer avec le test Moodle</td><td>en ligne</td></tr>
</table>
<p>Inscriptions : <a href="https://formations.unicaen.fr/agenda?id=2511">formations.unicaen.fr</a></p>
</td></tr>
<tr><td style="font-size:10px;color:#777;padding:8px">Vous recevez cette lettre car vous êtes abonné à la liste info-numerique@listes.unicaen.fr. <a href="https://listes.unicaen.fr/sympa/sigrequest/info-numerique">Se désabonner</a></td></tr>
</table>""")
M(fn="014-newsletter-dsi.eml", client="other",
  frm='"DSI UNICAEN" <info-numerique@listes.unicaen.fr>',
  to="info-numerique@listes.unicaen.fr",
  subj="La lettre du numérique n°37 – novembre 2025",
  date="2025-11-18 10:00", fmt="html", cs="utf-8", cte="qp",
  headers=[("Precedence", "list"), ("List-Id", "<info-numerique.listes.unicaen.fr>"), ("List-Unsubscribe", "<https://listes.unicaen.fr/sympa/sigrequest/info-numerique>")],
  html=_news,
  gold=dict(sym="other", role="unknown", auto=True,
            note="DSI newsletter with dates, versions, room names: no code, no student number"))

M(fn="015-inspe-cohorte-meef.eml", client="zimbra",
  frm='"Gaëlle Marie" <gaelle.marie@unicaen.fr>',
  subj="Cohorte M1 MEEF premier degré",
  date="2025-09-19 15:02", cs="utf-8", cte="8bit",
  body="""Bonjour,

Je souhaite inscrire tous les étudiants du master MEEF 1er degré, M1, site de Caen (étape MEF1PE) dans l'espace complémentaire « Stage et alternance M1 » : https://ecampus.unicaen.fr/course/view.php?id=51002

On m'a dit qu'il existait des cohortes mises à jour automatiquement, mais en cherchant MEF1PE dans « Synchronisation des cohortes » je ne trouve rien, seulement des cohortes de 2023. Comment s'appelle-t-elle ? Faut-il la demander ?

Bien cordialement,

Gaëlle Marie
Ingénieure pédagogique – INSPE Normandie Caen
186 rue de la Délivrande – 14000 Caen
""",
  gold=dict(codes=[("MEF1PE", "MEF1PE")], ids=[51002], sym="cohort_question", role="staff", schemes=["inspe"],
            note="INSPE admin asks which cohort matches an étape to enrol a whole promo in a complementary space"))

M(fn="016-psy-trop-enseignants.eml", client="zimbra",
  frm='"Pr Anne-Sophie Letellier" <anne-sophie.letellier@unicaen.fr>',
  subj="23 enseignants dans PSY-503 ??",
  date="2025-10-01 12:10", cs="utf-8", cte="qp",
  body="""Bonjour,

Dans mon cours (PSY-503) Psychopathologie de l'adulte, il y a 23 personnes avec le rôle enseignant (https://ecampus.unicaen.fr/user/index.php?id=44871), alors que nous sommes 4 à intervenir (moi-même en CM et 3 chargés de TD). Les autres sont des collègues du département qui n'ont rien à voir avec cette UE, et ils reçoivent toutes les notifications des devoirs rendus par les étudiants (plus de 300 !). Plusieurs m'ont déjà demandé d'arrêter de les spammer...

Je n'arrive pas à les désinscrire : la corbeille n'apparaît pas à côté de leur nom.

Merci de votre aide,
A.-S. Letellier
Professeure de psychopathologie – UFR de Psychologie
""",
  gold=dict(codes=[("PSY-503", "PSY-503")], ids=[44871], sym="too_many_teachers", role="staff", schemes=["psy"],
            note="23 teachers enrolled in a course by the database sync although 4 teach it"))

M(fn="017-bloc-participants-disparu.eml", client="thunderbird",
  frm='"Jean-Marc Osmont" <jean-marc.osmont@unicaen.fr>',
  subj="Où est passé le bloc Participants ?",
  date="2025-09-10 10:22", cs="utf-8", cte="8bit", format_flowed=True,
  body="""Bonjour,

Depuis la rentrée je n'ai plus le bloc « Participants » qui était à droite de la page dans mes cours, par exemple dans (HANG305) Grammaire anglaise avancée (catégorie LVE / L3 / (3LANGL701) Licence 3 LLCER Anglais). Comment je fais maintenant pour voir la liste de mes étudiants et leur envoyer un message ? Je n'ai rien trouvé dans les menus.

Merci,
JM Osmont
Département d'études anglophones
""",
  gold=dict(codes=[("HANG305", "HANG305"), ("3LANGL", "3LANGL701")], sym="participants_block_missing", role="staff", schemes=["hlan"],
            note="teacher cannot find the former Participants block"))

M(fn="018-erasmus-outgoing-dublin-en.eml", client="zimbra",
  frm='"Chloé Bertin" <21906633@etu.unicaen.fr>',
  subj="No access to my master courses while on Erasmus",
  date="2025-10-14 18:05", cs="utf-8", cte="qp",
  body="""Dear CEMU team,

I am a second-year master student at Caen currently on an Erasmus exchange at Trinity College Dublin for the whole academic year (my student ID there is 24350112). I have lost access to all my Caen courses on ecampus, including the dissertation supervision course M.2HRP3C "Séminaire de recherche", where my supervisor posts the deadlines.

I understand that I follow equivalent courses in Dublin, but I still need this one. Could I be put back in it?

Kind regards,
Chloé Bertin
""",
  gold=dict(codes=[("M.2HRP3C", "M.2HRP3C")], nums=["21906633"], sym="not_enrolled", role="student", lang="en",
            schemes=["mdot"], note="outgoing Erasmus student (whole year) lost access; Dublin ID is another university's number; own number only in sender"))

M(fn="019-vacataire-profil-courriel.eml", client="other",
  frm='"Julien Moreau" <j.moreau@moreau-avocats.fr>',
  subj="Impossible d'accéder à Ecampus - vacataire IUT",
  date="2025-09-22 19:48", cs="utf-8", cte="qp",
  body="""Bonjour,

Je suis avocat et chargé de TD vacataire à l'IUT Grand Ouest Normandie (département GEA, TD de droit – ressource GEA R1.07 Droit des affaires). Le secrétariat m'a créé un compte et j'ai reçu mes identifiants la semaine dernière.

Quand je me connecte à Ecampus, j'arrive sur une page « Modifier le profil » qui me demande une adresse de courriel. Le champ est grisé, je ne peux rien saisir, et je ne peux aller nulle part ailleurs : chaque clic me ramène sur cette page.

Mon premier TD est le lundi 29 septembre.

Cordialement,

Maître Julien Moreau
Avocat au Barreau de Caen
12 rue Écuyère – 14000 Caen
Tél. 02 31 85 40 12 – Port. 06 62 18 93 07
""",
  gold=dict(codes=[("GEAR1.07", "GEA R1.07")], sym="cannot_login", role="unknown", schemes=["gea"],
            note="outside vacataire stuck on the profile page asking for an e-mail at first login; code with a space inside"))

M(fn="020-date-examen-psy505.eml", client="zimbra",
  frm="23014428@etu.unicaen.fr",
  subj="date partiel neuropsychologie",
  date="2025-11-27 21:15", cs="utf-8", cte="8bit",
  body="""Bonsoir,

Savez-vous quand aura lieu l'examen de PSY-505 Neuropsychologie ? Ce n'est pas affiché sur l'ENT et la prof n'a rien mis sur Ecampus. Je travaille le week-end et je dois prévenir mon employeur.

Merci
""",
  gold=dict(codes=[("PSY-505", "PSY-505")], nums=["23014428"], sym="other", role="student", schemes=["psy"],
            note="exam date question sent to the Ecampus helpdesk"))
