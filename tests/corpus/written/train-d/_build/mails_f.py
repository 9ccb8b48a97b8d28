from lib import *

M(fn="101-psy-options-m1-non-creees.eml", client="thunderbird",
  frm='"Scolarité Psychologie - Masters" <scol.masters.psycho@unicaen.fr>',
  subj="Options du M1 sans espace Ecampus",
  date="2025-09-16 10:30", fmt="html", cs="iso-8859-1", cte="qp",
  html=tb("""<p>Bonjour,</p>
<p>Les options du S7 du master de psychologie listées ci-dessous n'ont pas d'espace de cours sur Ecampus (étapes MPCLI1 et MPSOC1) :</p>
<table border="1" cellpadding="3" cellspacing="0">
<tr><th>Code Apogée</th><th>Intitulé</th><th>Responsable</th><th>Effectif prévu</th></tr>
<tr><td>PSY-721</td><td>Psychologie du vieillissement</td><td>Mme Lecoq</td><td>24</td></tr>
<tr><td>PSY 724</td><td>Psychologie de la santé au travail</td><td>M. Besnard</td><td>18</td></tr>
<tr><td>PSY-726</td><td>Approches systémiques</td><td>Mme Yvon</td><td>21</td></tr>
</table>
<p>Les inscriptions pédagogiques aux options ont été saisies le 12/09 ; je ne sais pas si des groupes ont été créés pour ces UE.</p>
<p>Cordialement,<br>Françoise Étienne<br>Scolarité des masters &ndash; UFR de Psychologie &ndash; bureau P 014</p>""", "ISO-8859-1"),
  gold=dict(codes=[("MPCLI1", "MPCLI1"), ("MPSOC1", "MPSOC1"), ("PSY-721", "PSY-721"), ("PSY-724", "PSY 724"), ("PSY-726", "PSY-726")],
            sym="course_missing", role="staff", schemes=["psy"],
            note="HTML-only ISO-8859-1 table of options with no course space; one code with a space instead of the dash"))

M(fn="102-scol-plusieurs-etudiants-cas.eml", client="outlook",
  frm='"Accueil scolarité STAPS" <scol.staps@unicaen.fr>',
  subj="Etudiants bloqués sur la page CAS",
  date="2025-09-10 11:52", cs="windows-1252", cte="qp",
  body="""Bonjour,

Plusieurs étudiants de L1 STAPS passent à l’accueil parce qu’ils n’arrivent pas sur Ecampus : ils voient la page «\u00a0Connexion réussie – Bienvenue 25014473\u00a0» (par exemple pour l’étudiant 25014473 qui est devant moi) puis «\u00a0CAS ne connaît pas votre destination finale\u00a0». Ils y arrivent depuis le lien «\u00a0Ecampus\u00a0» de l’ancienne plaquette de rentrée (imprimée en 2023), qui pointe sur https://cas.unicaen.fr/login.

Quel lien devons-nous leur donner ?

L’accueil scolarité STAPS – 02 31 56 71 00
""",
  gold=dict(nums=["25014473"], sym="cas_unknown_destination", role="staff",
            note="secretary reports students arriving on the CAS page from an old printed link"))

M(fn="103-ads-copie-cours-invisible.eml", client="outlook",
  frm='"Baptiste Quesnel" <baptiste.quesnel@unicaen.fr>',
  subj="Re: [CEMU #47988] Mon cours a été déplacé dans Archives ?",
  date="2025-09-08 18:06", cs="windows-1252", cte="qp",
  irt="<GLPI-Ticket-47988.1757000400.11402@assistance.unicaen.fr>",
  body="""Bonjour,

Merci, j’ai pu copier le contenu de l’ancien cours dans le nouvel espace ADS-TH31 (https://ecampus.unicaen.fr/course/view.php?id=52114). Mais maintenant les étudiants me disent qu’ils ne le voient pas du tout, alors que moi je vois tout le contenu. Il y a pourtant 38 étudiants dans les participants.

Ai-je raté une étape ?

Baptiste Quesnel
""",
  gold=dict(codes=[("ADS-TH31", "ADS-TH31")], ids=[52114], sym="students_cannot_see_course", role="staff", schemes=["ads"],
            note="follow-up: new course (copied content) still hidden from students"))

M(fn="104-sms-prenom-trema.eml", client="other",
  frm='"maelle" <maelle.bzh22@hotmail.fr>',
  subj="prenom",
  date="2025-10-19 21:03", cs="utf-8", cte="8bit",
  body="""bonsoir sur ecampus mon prenom c marqué Maelle alors que c Maëlle avec un trema, sur tout le reste cest bon (ent, mail etu). c possible de corriger ?
n°23-01-07-85
""",
  gold=dict(nums=["23010785"], sym="wrong_name", role="student",
            note="SMS-style: first name shown without its diaeresis; number in dash-separated pairs"))

M(fn="105-outlook-reponse-cohorte-demissionnaire.eml", client="outlook",
  frm='"Nicolas Travert" <nicolas.travert@unicaen.fr>',
  subj="RE: [CEMU #48415] Cohorte ESIX3M",
  date="2025-10-27 09:15", cs="utf-8", cte="qp",
  irt="<GLPI-Ticket-48415.1761300000.99013@assistance.unicaen.fr>",
  body="""Bonjour,

Merci pour votre réponse. Mais alors pourquoi l'étudiant 22019871, qui a démissionné début octobre (démission enregistrée par la scolarité le 06/10), est-il toujours dans la cohorte ESIX3M et donc toujours inscrit dans notre espace « Vie de la promo 3A » ? Faut-il que je le retire à la main ?

Nicolas Travert

De : CEMU Assistance <cemu.assistance@unicaen.fr>
Envoyé : vendredi 24 octobre 2025 16:40
À : Nicolas Travert <nicolas.travert@unicaen.fr>
Objet : RE: [CEMU #48415] Cohorte ESIX3M

Bonjour,

Les cohortes générales sont mises à jour chaque nuit à partir de l'inscription administrative (code étape). Un étudiant désinscrit de son diplôme est retiré automatiquement de la cohorte.

Cordialement,
L'équipe CEMU

De : Nicolas Travert
Envoyé : jeudi 23 octobre 2025 11:02
Objet : Cohorte ESIX3M

Bonjour, comment est mise à jour la cohorte ESIX3M que nous utilisons dans l'espace de promo ?
""",
  gold=dict(codes=[("ESIX3M", "ESIX3M")], nums=["22019871"], sym="cohort_question", role="staff", schemes=["esix"],
            note="Outlook reply chain about a resigned student still in an étape cohort"))

M(fn="106-m2-cours-passe-tdb.eml", client="zimbra",
  frm='"Chloé Berthelot" <chloe.berthelot@unicaen.fr>',
  subj="Cours de M2 disparu du tableau de bord",
  date="2026-01-14 10:20", fmt="alt", cs="utf-8", cte="qp",
  body="""Bonjour,

Je co-anime le séminaire M.2HRP3C avec M. Dubreuil. Depuis le 1er janvier, le cours n'apparaît plus dans mon tableau de bord (vue « En cours »), alors que le séminaire continue jusqu'en avril. Les étudiants ont le même problème, ils ne le trouvent plus.

Le cours est ici : https://ecampus.unicaen.fr/course/view.php?id=46650

Merci,
Chloé Berthelot
Doctorante contractuelle – HisTeMé
""",
  html=zim("""<p>Bonjour,</p><p>Je co-anime le séminaire M.2HRP3C avec M. Dubreuil. Depuis le 1er janvier, le cours n'apparaît plus dans mon tableau de bord (vue « En cours »), alors que le séminaire continue jusqu'en avril. Les étudiants ont le même problème, ils ne le trouvent plus.</p><p>Le cours est ici : <a href="https://ecampus.unicaen.fr/course/view.php?id=46650" target="_blank">https://ecampus.unicaen.fr/course/view.php?id=46650</a></p><p>Merci,<br>Chloé Berthelot<br>Doctorante contractuelle – HisTeMé</p>"""),
  gold=dict(codes=[("M.2HRP3C", "M.2HRP3C")], ids=[46650], sym="course_not_on_dashboard", role="staff", schemes=["mdot"],
            note="course end date passed: it left the 'in progress' dashboard view"))

M(fn="107-sms-td12-psy.eml", client="iphone",
  frm="22015630@etu.unicaen.fr",
  subj="Groupe TD",
  date="2025-10-21 17:47", cs="utf-8", cte="8bit",
  body="""Bonjour jsuis en TD12 mais ecampus me met en td 11 pr psy-311 alors je vois pas les docs de ma chargee de td. Merci

Envoyé de mon iPhone
""",
  gold=dict(codes=[("PSY2TD12", "TD12"), ("PSY2TD11", "td 11"), ("PSY-311", "psy-311")], nums=["22015630"], sym="wrong_group", role="student",
            schemes=["psy"], note="SMS-style, groups by short names (one with a space); number only in sender address"))

M(fn="108-gea-tableau-ine-non-inscrits.eml", client="outlook",
  frm='"Élodie Carpentier" <elodie.carpentier@unicaen.fr>',
  subj="Etudiants non inscrits GEA R1.06 et GEAR1.05",
  date="2025-09-19 14:37", fmt="html", cs="utf-8", cte="b64",
  html=outlook(P("Bonjour,") + P("") +
    P("Les étudiants suivants (BUGEA1-101, groupe GEA1-TD2) ne sont inscrits ni dans GEA R1.06 (Comptabilité) ni dans GEAR1.05 (Introduction au droit)&nbsp;:") + P("") +
    table([
      ["Nom", "Prénom", "Numéro étudiant", "INE", "Date IP"],
      ["BESNIER", "Clément", "25011907", "1806021734C", "15/09/2025"],
      ["KACI", "Rania", "25013358", "092601823JN", "15/09/2025"],
      ["ORVAIN", "Lilou", "25016020", "0108143356F", "16/09/2025"],
    ]) + P("") +
    P("Les autres étudiants du TD2 y sont bien.") + P("") +
    P("Bien cordialement,") + P("Élodie Carpentier") + P("Secrétariat pédagogique GEA – IUT Grand Ouest Normandie – 02 31 56 70 15"), "utf-8"),
  gold=dict(codes=[("GEAR1.06", "GEA R1.06"), ("GEAR1.05", "GEAR1.05"), ("BUGEA1", "BUGEA1-101"), ("GEA1-TD2", "GEA1-TD2")],
            nums=["25011907", "25013358", "25016020"], sym="not_enrolled", role="staff", schemes=["gea"],
            note="HTML-only base64 table with numbers and INE; one code with a space"))

M(fn="109-dimanche-bdd-physique.eml", client="outlook",
  frm='"Romane Lefranc" <romane.lefranc@etu.unicaen.fr>',
  subj="Ecampus inaccessible",
  date="2026-02-01 09:20", cs="windows-1252", cte="qp",
  body="""Bonjour,

Ecampus m’affiche «\u00a0Erreur de lecture de la base de données\u00a0» depuis 9h, je n’arrive pas à accéder au cours SPHY210 pour réviser le partiel de demain. C’est une panne générale ou ça vient de moi\u00a0?

Merci,
Romane Lefranc – L1 physique
""",
  gold=dict(codes=[("SPHY210", "SPHY210")], sym="database_error", role="student", schemes=["sci"],
            note="Sunday morning database error, windows-1252"))

M(fn="110-majuscules-connexion.eml", client="other",
  frm='"DENIS Gaetan" <gaetan.denis50@laposte.net>',
  subj="URGENT CONNEXION",
  date="2025-09-04 19:55", cs="iso-8859-1", cte="8bit",
  body="""BONJOUR
JE N'ARRIVE PAS A ME CONNECTER A ECAMPUS DEPUIS LUNDI, ON ME DIT QUE MON COMPTE N'EXISTE PAS. JE SUIS INSCRIT EN L1 DROIT DEPUIS JUILLET.
MON NUMERO ETUDIANT C'EST LE 25 012 664
MERCI DE FAIRE VITE
""",
  gold=dict(nums=["25012664"], sym="cannot_login", role="student",
            note="all-caps student cannot log in; grouped number"))

M(fn="111-ater-arrive-octobre.eml", client="zimbra",
  frm='"Mehdi Saïdi" <mehdi.saidi@unicaen.fr>',
  subj="Accès enseignant au cours 3MI05A",
  date="2025-10-15 16:03", cs="utf-8", cte="qp",
  body="""Bonjour,

Je suis ATER en informatique depuis le 1er octobre et je reprends les TP de 3MI05A (Génie logiciel) pour les groupes L3MI-TP2 et L3MI-TP3. J'ai mon compte numérique depuis le 8/10, mes séances sont dans ADE à mon nom depuis le 10/10, mais je n'ai toujours pas le rôle enseignant dans l'espace du cours.

Est-ce qu'il faut attendre ou faire une demande ?

Mehdi Saïdi
ATER – Département informatique, bureau S3 251
""",
  gold=dict(codes=[("3MI05A", "3MI05A"), ("L3MI-TP2", "L3MI-TP2"), ("L3MI-TP3", "L3MI-TP3")], sym="teacher_not_enrolled", role="staff",
            schemes=["mi"], note="newly arrived teacher planned in ADE but not enrolled as teacher yet"))

M(fn="112-chimie-tableau-trop-enseignants.eml", client="zimbra",
  frm='"Antoine Masson" <antoine.masson@unicaen.fr>',
  subj="Trop d'enseignants dans les cours de L3 chimie",
  date="2025-10-02 10:44", fmt="html", cs="utf-8", cte="qp",
  html=zim("""<p>Bonjour,</p>
<p>En tant que responsable de la L3 chimie (L3CHIM), je constate que plusieurs espaces ont beaucoup trop d'enseignants inscrits :</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><th>UE</th><th>Espace</th><th>Enseignants inscrits</th><th>Enseignants réels</th></tr>
<tr><td>CH.507</td><td><a href="https://ecampus.unicaen.fr/user/index.php?id=41207">participants</a></td><td>18</td><td>3</td></tr>
<tr><td>CH.512</td><td><a href="https://ecampus.unicaen.fr/user/index.php?id=41212">participants</a></td><td>22</td><td>5</td></tr>
<tr><td>CH.515</td><td><a href="https://ecampus.unicaen.fr/user/index.php?id=41215">participants</a></td><td>17</td><td>2</td></tr>
</table>
<p>Il s'agit à chaque fois de toute l'équipe pédagogique de la licence. Je soupçonne un problème dans les groupes d'activités de l'emploi du temps.</p>
<p>A. Masson</p>"""),
  gold=dict(codes=[("L3CHIM", "L3CHIM"), ("CH.507", "CH.507"), ("CH.512", "CH.512"), ("CH.515", "CH.515")], ids=[41207, 41212, 41215],
            sym="too_many_teachers", role="staff", schemes=["chim"],
            note="HTML-only table of three courses with the whole team enrolled as teachers; ids only in link hrefs"))

M(fn="113-outlook-fwd-iran-archive.eml", client="outlook",
  frm='"Secrétariat LVE" <secretariat.lve@unicaen.fr>',
  subj="TR: Cours d'iranien archivé",
  date="2025-09-09 09:58", cs="windows-1252", cte="qp",
  body="""Bonjour,

Pour traitement : le code de l’UE a bien changé cette année (IRAN-15 devient IRAN-25 dans la nouvelle maquette). L’enseignant souhaite retrouver ses contenus.

Secrétariat LVE

De : Kaveh Rostami <kaveh.rostami@unicaen.fr>
Envoyé : lundi 8 septembre 2025 17:12
À : Secrétariat LVE <secretariat.lve@unicaen.fr>
Objet : Cours d’iranien archivé

Bonjour,

Mon cours de persan (IRAN-15) est maintenant dans «\u00a0Archives\u00a0» avec un nom différent, et un cours vide a été créé. Je ne comprends pas ce qui se passe.

K. Rostami
""",
  gold=dict(codes=[("IRAN-15", "IRAN-15"), ("IRAN-25", "IRAN-25")], unknown=["IRAN-15"], sym="course_moved_renamed", role="staff",
            schemes=["lve"], note="Outlook forward: code changed in the new curriculum, old course archived"))

M(fn="114-psy-etudiants-inscrire-soi-meme.eml", client="zimbra",
  frm='"Vincent Lesage" <vincent.lesage@unicaen.fr>',
  subj="Les étudiants n'accèdent pas à PSY-311",
  date="2025-09-17 13:40", cs="utf-8", cte="8bit",
  body="""Bonjour,

Mes étudiants de L2 me disent qu'en cliquant sur mon cours PSY-311 (Méthodologie expérimentale) ils ont le message « Vous ne pouvez pas vous inscrire vous-même dans ce cours ». Le cours est bien visible (je l'ai affiché la semaine dernière).

Dans la liste des participants (https://ecampus.unicaen.fr/user/index.php?id=44102) il n'y a que 12 étudiants alors qu'ils sont plus de 250 en L2.

Vincent Lesage
""",
  gold=dict(codes=[("PSY-311", "PSY-311")], ids=[44102], sym="students_cannot_see_course", role="staff", schemes=["psy"],
            note="teacher: students cannot access a visible course (most are not enrolled)"))

M(fn="115-histoire-menu-participants.eml", client="thunderbird",
  frm='"Armelle Pottier" <armelle.pottier@unicaen.fr>',
  subj="liste des participants introuvable",
  date="2025-09-24 15:15", cs="iso-8859-1", cte="8bit",
  body="""Bonjour,

Dans l'espace de HIL1-03 (Introduction à l'histoire ancienne), je ne trouve plus le bloc Participants qui me permettait d'envoyer un message à tous les étudiants. Il y était l'an dernier dans mon ancien cours. Pouvez-vous le remettre ?

Merci
A. Pottier
""",
  gold=dict(codes=[("HIL1-03", "HIL1-03")], sym="participants_block_missing", role="staff", schemes=["hist"],
            note="teacher looks for the Participants block"))

M(fn="116-indian-student-cannot-login-en.eml", client="gmail",
  frm='"Arjun Mehta" <arjun.mehta.1999@gmail.com>',
  subj="Unable to log in to eCampus - session timed out",
  date="2025-09-19 07:40", fmt="alt", cs="utf-8", cte="b64",
  body="""Dear Support Team,

I am a new international master student (M1 Physics). When I try to log in to eCampus, after entering my username and password the page reloads and says "Your session has timed out. Please log in again." This happens on both my laptop and my phone, with Chrome 129 and Safari.

My student number is 25108841. My passport number is Z4829915 and my phone is +91 98450 12345 (WhatsApp) or 07 53 18 62 09 (French).

Could you please help? Classes have already started.

Best regards,
Arjun Mehta
""",
  gold=dict(nums=["25108841"], sym="cannot_login", role="student", lang="en",
            note="English: login loop 'session timed out'; passport and phones are look-alikes"))

M(fn="117-esix-page-2-tableau.eml", client="zimbra",
  frm="22109456@etu.unicaen.fr",
  subj="Cours ESIX4M07 pas sur mon tableau de bord",
  date="2025-10-03 10:11", cs="iso-8859-1", cte="qp",
  body="""Bonjour,

Le cours ESIX4M07 n'apparaît pas sur mon tableau de bord alors qu'il est dans la liste "Mes cours" du menu et que je peux y aller. Les autres cours de 4A mécanique sont bien affichés (on en a 16 cette année).

Merci
""",
  gold=dict(codes=[("ESIX4M07", "ESIX4M07")], nums=["22109456"], sym="course_not_on_dashboard", role="student", schemes=["esix"],
            note="course on a second dashboard page (many courses); number only in sender address"))

M(fn="118-gmail-fwd-gea-vire-non-crees.eml", client="gmail",
  frm='"Corinne Lamy" <corinne.lamy@unicaen.fr>',
  subj="Fwd: Cours BUT1 Vire",
  date="2025-09-03 12:30", fmt="alt", cs="utf-8", cte="qp",
  body="""Bonjour,

Voir ci-dessous : les cours du BUT GEA 1re année sur le site de Vire (BUGEA1-102) ne sont pas créés, alors que ceux de Caen (version 101) le sont.

Corinne Lamy

---------- Forwarded message ---------
De : Patrice Lhomme <patrice.lhomme@unicaen.fr>
Date: mar. 2 sept. 2025 à 18:05
Subject: Cours BUT1 Vire
To: Corinne Lamy <corinne.lamy@unicaen.fr>


Corinne,

À Vire, on n'a aucun espace pour la rentrée de lundi : ni GEAR1.01, ni GEAR1.02, ni les SAÉ. Les étudiants de Caen ont déjà les leurs.

Patrice
""",
  gold=dict(codes=[("BUGEA1", "BUGEA1-102"), ("GEAR1.01", "GEAR1.01"), ("GEAR1.02", "GEAR1.02")], sym="course_missing", role="staff",
            schemes=["gea"], note="Gmail forward: courses of an étape version (other site) not created"))

M(fn="119-sms-pharma-O-zero.eml", client="android",
  frm="24002287@etu.unicaen.fr",
  subj="cours",
  date="2025-09-25 12:48", cs="utf-8", cte="8bit",
  body="""bjr jsui en dfgsp2 et jai acces a rien ds ph2ue09 ni ph2ue1O alors ke jai td demain
""",
  gold=dict(codes=[("DFGSP2", "dfgsp2"), ("PH2UE09", "ph2ue09"), ("PH2UE10", "ph2ue1O")], nums=["24002287"], sym="not_enrolled", role="student",
            schemes=["pharma"], note="SMS-style: lowercase codes, one with letter O for 0; étape cited by its code"))

M(fn="120-absent-du-bureau-outlook.eml", client="outlook",
  frm='"Patrick Hébert" <patrick.hebert@unicaen.fr>',
  subj="Absent du bureau : [CEMU #49001] Votre demande a été enregistrée",
  date="2025-12-22 09:01", fmt="alt", cs="windows-1252", cte="qp",
  headers=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Inbox-Rules-Loop", "patrick.hebert@unicaen.fr")],
  body="""Bonjour,

Je suis absent jusqu’au 05/01/2026 inclus. Votre message ne sera pas transféré.
En cas d’urgence pour les TP de physique (salles S3 045 / S3 047), contactez le secrétariat au 02 31 56 73 20.

Cordialement,
Patrick Hébert
""",
  gold=dict(sym="other", role="unknown", auto=True,
            note="Outlook out-of-office reply"))
