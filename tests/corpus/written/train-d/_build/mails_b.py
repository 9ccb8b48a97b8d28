from lib import *

M(fn="021-odonto-cours-inexistant-O-zero.eml", client="outlook",
  frm='"Dr Pauline Carabie" <pauline.carabie@unicaen.fr>',
  subj="Cours ODO2UO5 introuvable sur Ecampus",
  date="2025-09-09 08:55", cs="windows-1252", cte="qp",
  body="""Bonjour,

L’UE ODO2UO5 «\u00a0Biomatériaux dentaires\u00a0» (DFGSO2) n’existe pas sur Ecampus : je ne la trouve ni dans mes cours, ni par la recherche, ni dans la catégorie Odontologie > DFGSO2 où toutes les autres UE de l’année apparaissent (ODO2U03, ODO2U04, ODO2U06…).

Les enseignements commencent le 15 septembre et je souhaitais y déposer les polycopiés.

Bien cordialement,

Dr Pauline Carabie
MCU-PH – Biomatériaux
UFR Odontologie – 2 rue des Rochambelles – 14032 Caen Cedex
Tél. secrétariat : 02 31 56 82 10
""",
  gold=dict(codes=[("ODO2U05", "ODO2UO5"), ("DFGSO2", "DFGSO2"), ("ODO2U03", "ODO2U03"), ("ODO2U04", "ODO2U04"), ("ODO2U06", "ODO2U06")],
            sym="course_missing", role="staff", schemes=["odonto"],
            note="course of an odontology UE does not exist; code typed with letter O for digit 0 (the code also has real O's)"))

M(fn="022-outlook-reponse-ticket-sphy.eml", client="outlook",
  frm='"Rémi Gosselin" <remi.gosselin@unicaen.fr>',
  subj="RE: [CEMU #48377] Etudiants absents du cours SPHY305",
  date="2025-10-08 09:14", cs="windows-1252", cte="qp",
  irt="<GLPI-Ticket-48377.1759838000.1187226@assistance.unicaen.fr>",
  body="""Bonjour,

Voici les numéros de trois étudiants concernés (il y en a d’autres, une quinzaine d’après l’appel en TP) :
- 24011293 MARTIN Lucas
- 24018870 DIALLO Aminata
- 23004519 ROUSSEL Théo (redoublant)

Ils sont tous en L2 physique-chimie, étape 2LPHYC.

Cordialement,
Rémi Gosselin

De : CEMU Assistance <cemu.assistance@unicaen.fr>
Envoyé : mardi 7 octobre 2025 14:12
À : Rémi Gosselin <remi.gosselin@unicaen.fr>
Objet : [CEMU #48377] Etudiants absents du cours SPHY305

Bonjour,

Afin de traiter votre demande, pourriez-vous nous communiquer le numéro étudiant d’au moins un des étudiants concernés ?

Cordialement,
L’équipe CEMU
Ticket n° 48377 – https://assistance.unicaen.fr/front/ticket.form.php?id=48377
""",
  gold=dict(codes=[("SPHY305", "SPHY305"), ("2LPHYC", "2LPHYC")], nums=["24011293", "24018870", "23004519"],
            sym="not_enrolled", role="staff", schemes=["sci"],
            note="Outlook reply on a CEMU ticket giving the student numbers of students missing from a course"))

M(fn="023-gmail-reponse-cas-favori.eml", client="gmail",
  frm='"Manon Dufour" <manon.dufour.caen@gmail.com>',
  subj="Re: [CEMU #48102] Problème de connexion",
  date="2025-10-01 18:40", fmt="alt", cs="utf-8", cte="qp",
  irt="<GLPI-Ticket-48102.1759306920.884213@assistance.unicaen.fr>",
  body="""Bonsoir,

Oui j'avais mis https://cas.unicaen.fr/login en favori sur mon téléphone, c'était ça qui s'ouvrait. La page dit bien que je suis connectée mais que "CAS ne connaît pas votre destination finale". Je dois utiliser quelle adresse du coup ? Sur l'ordinateur de la BU ça marche.

Manon

Le mer. 1 oct. 2025 à 10:02, CEMU Assistance <cemu.assistance@unicaen.fr> a écrit :

> Bonjour,
>
> Pouvez-vous nous indiquer l'adresse (URL) que vous utilisez pour vous
> connecter à Ecampus, ainsi qu'une copie d'écran du message ?
>
> Cordialement,
> L'équipe CEMU
>
> Le 30/09/2025 à 21:47, Manon Dufour a écrit :
> > j'arrive pas à aller sur ecampus depuis mon tel, ça me dit que je suis
> > connectée mais ça reste bloqué
""",
  gold=dict(sym="cas_unknown_destination", role="student",
            note="Gmail reply with > quoting: bookmarked the bare CAS login URL"))

_t024 = table([
 ["N° étudiant", "Nom", "Prénom", "Groupe Apogée", "Groupe Ecampus"],
 ["22009914", "AUBERT", "Camille", "3LHIS-TD2A", "3LHIS-TD1A"],
 ["22011538", "BRIARD", "Noé", "3LHIS-TD2A", "aucun"],
 ["21906120", "FONTAINE", "Élise", "3LHIS-TD1B", "3LHIS-TD2B"],
], outlook_style=False)
M(fn="024-scol-histoire-groupes-tableau.eml", client="thunderbird",
  frm='"Scolarité Histoire" <scol.histoire@unicaen.fr>',
  subj="Groupes de TD incorrects - HIL3-02 Historiographie",
  date="2025-10-13 11:47", fmt="html", cs="iso-8859-1", cte="qp",
  html=tb("""<p>Bonjour,</p>
<p>Dans l'espace Ecampus de l'UE <b>HIL3-02 Historiographie</b> (L3 Histoire, étape 3LHIST-101), trois étudiants ne sont pas dans le groupe de TD où ils sont affectés dans Apogée :</p>
""" + _t024 + """<p>Les affectations Apogée ont été vérifiées ce matin et datent du 22/09. Les enseignants de TD utilisent les groupes pour les remises de devoirs, d'où l'urgence.</p>
<p>Merci d'avance,<br>
Martine Leroux<br>
Scolarité Histoire &ndash; UFR HSS &ndash; bureau SA 118 &ndash; poste 5714</p>""", "ISO-8859-1"),
  gold=dict(codes=[("HIL3-02", "HIL3-02"), ("3LHIST", "3LHIST-101"), ("3LHIS-TD2A", "3LHIS-TD2A"), ("3LHIS-TD1A", "3LHIS-TD1A"),
                   ("3LHIS-TD1B", "3LHIS-TD1B"), ("3LHIS-TD2B", "3LHIS-TD2B")],
            nums=["22009914", "22011538", "21906120"], sym="wrong_group", role="staff", schemes=["hist"],
            note="HTML-only ISO-8859-1 table of students in the wrong TD group (or none)"))

M(fn="025-l1-identifiants-incorrects.eml", client="other",
  frm='"Yanis Boudjema" <yanis.bdj@outlook.fr>',
  subj="Je n'arrive pas à me connecter",
  date="2025-09-03 16:02", cs="utf-8", cte="qp",
  body="""Bonjour,

Je suis nouvel étudiant en L1 Sciences pour l'ingénieur. J'ai activé mon compte numérique hier soir sur le site de l'université, mais quand je veux me connecter à Ecampus ça me met « Identifiant ou mot de passe incorrect ». J'ai réessayé plusieurs fois et maintenant ça me dit d'attendre.

Mon n° étudiant : 25-01-88-42
Mon téléphone : 06 71 23 45 89

Merci de m'aider, la rentrée c'est lundi.

Yanis Boudjema
""",
  gold=dict(nums=["25018842"], sym="cannot_login", role="student",
            note="new L1 student cannot log in after activating his account; number written in dash-separated pairs"))

M(fn="026-spam-quota-messagerie.eml", client="other",
  frm='"Service Messagerie UNICAEN" <admin-notification@unicaen-webmail-support.com>',
  to="cemu.assistance@unicaen.fr",
  subj="ALERTE : Votre boîte aux lettres a atteint 98% de sa capacité",
  date="2025-11-05 03:12", fmt="html", cs="utf-8", cte="b64", utc=True,
  html="""<html><body>
<p>Cher utilisateur,</p>
<p>Votre boîte aux lettres <b>cemu.assistance@unicaen.fr</b> a atteint 98% de sa capacité (4,9 Go / 5 Go). Les nouveaux messages seront rejetés à partir du <b>07/11/2025</b>.</p>
<p>Pour augmenter gratuitement votre quota, veuillez valider votre compte ci-dessous :</p>
<p><a href="http://unicaen-webmail-support.com/verify?ref=88231907">VALIDER MON COMPTE</a></p>
<p>Réf. dossier : 88231907<br>Équipe technique – Service Messagerie</p>
<p style="font-size:9px">© 2025 Université. Tous droits réservés.</p>
</body></html>
""",
  gold=dict(sym="other", role="unknown",
            note="phishing spam; its 8-digit reference is not a student number"))

M(fn="027-majuscules-dimanche-bdd.eml", client="android",
  frm='"AXEL GODEFROY" <axel.godefroy@etu.unicaen.fr>',
  subj="ECAMPUS NE MARCHE PLUS",
  date="2026-01-18 10:12", cs="utf-8", cte="8bit",
  body="""BONJOUR

ECAMPUS NE MARCHE PLUS ÇA ME MET ERREUR DE LECTURE DE LA BASE DE DONNEES DEPUIS CE MATIN. J'AI UN DEVOIR A RENDRE POUR 23H59 SUR LE COURS PSY-311 ET JE PEUX PAS L'OUVRIR. SI JE SUIS EN RETARD CE SERA PAS DE MA FAUTE

AXEL GODEFROY L2 PSYCHO
""",
  gold=dict(codes=[("PSY-311", "PSY-311")], sym="database_error", role="student", schemes=["psy"],
            note="all-caps student mail, Sunday morning database error"))

M(fn="028-lea-tableau-de-bord.eml", client="zimbra",
  frm='"Emma Vautier" <emma.vautier@etu.unicaen.fr>',
  subj="Cours disparu de mon tableau de bord",
  date="2025-11-04 14:36", cs="utf-8", cte="qp",
  body="""Bonjour,

Le cours LEA3AL11 (Traduction économique allemand) n'apparaît plus sur mon tableau de bord depuis la semaine dernière, alors que je l'avais avant. Par contre si je clique sur le lien que la prof nous a envoyé (https://ecampus.unicaen.fr/course/view.php?id=45508) j'arrive bien dessus et je vois tout.

Pourquoi il n'est plus dans ma liste ? J'ai peut-être touché à quelque chose sans faire exprès.

Merci,
Emma Vautier – L3 LEA anglais-allemand
n° 22104581
""",
  gold=dict(codes=[("LEA3AL11", "LEA3AL11")], nums=["22104581"], ids=[45508], sym="course_not_on_dashboard", role="student",
            schemes=["lea"], note="course reachable by link but gone from the dashboard (filter / past course)"))

M(fn="029-visiting-lecturer-esix-en.eml", client="other",
  frm='"Dr. Sarah O\'Connell" <s.oconnell@ucc.ie>',
  subj="Ecampus access for ESIX5A03",
  date="2025-11-12 11:20", cs="utf-8", cte="7bit",
  body="""Dear colleagues,

I am a visiting lecturer from University College Cork and I teach the module ESIX5A03 "Food process engineering" at ESIX (agri-food department, 5th year) from 17 to 28 November.

I can log in to ecampus with the guest account the school created for me, but I cannot see the course space at all. The programme coordinator, Mr. Travert, told me I would be enrolled as a teacher automatically once the timetable was set, and my sessions are in the timetable (room ESIX 2.14).

Could you please enrol me?

Best regards,
Sarah O'Connell
School of Food and Nutritional Sciences, UCC
+353 21 490 3000
""",
  gold=dict(codes=[("ESIX5A03", "ESIX5A03")], sym="teacher_not_enrolled", role="unknown", lang="en", schemes=["esix"],
            note="outside visiting lecturer not enrolled as teacher although scheduled in ADE"))

M(fn="030-psy-retirer-cohorte.eml", client="zimbra",
  frm='"Vincent Lesage" <vincent.lesage@unicaen.fr>',
  subj="Synchronisation de cohorte à supprimer ?",
  date="2025-09-25 16:45", cs="utf-8", cte="8bit",
  body="""Bonjour,

L'an dernier vous m'aviez conseillé d'ajouter une synchronisation de la cohorte « Licence 2 Psychologie (LPSY2) » dans mon cours PSY-301 Psychologie sociale 2 (https://ecampus.unicaen.fr/course/view.php?id=44390&section=2), le temps que les inscriptions pédagogiques soient régularisées.

Cette année, je vois des étudiants de L3 dans mon cours (ceux qui étaient en L2 l'an passé ?) et il manque peut-être des nouveaux. Dois-je retirer la cohorte moi-même ? Et si je le fais, est-ce que les étudiants vont perdre leurs notes ?

Merci,
V. Lesage
""",
  gold=dict(codes=[("LPSY2", "LPSY2"), ("PSY-301", "PSY-301")], ids=[44390], sym="cohort_question", role="staff", schemes=["psy"],
            note="teacher asks whether to remove a cohort sync added last year"))

M(fn="031-merci-ticket-odonto.eml", client="iphone",
  frm='"Théo Lenoir" <theo.lenoir@etu.unicaen.fr>',
  subj="Re: [CEMU #48119] inscription ODO2U03",
  date="2025-09-24 12:31", cs="utf-8", cte="qp",
  irt="<GLPI-Ticket-48119.1758640000.551907@assistance.unicaen.fr>",
  body="""Super merci beaucoup, ça marche maintenant je vois le cours !!

Bonne journée

Envoyé de mon iPhone

> Le 24 sept. 2025 à 11:58, CEMU Assistance <cemu.assistance@unicaen.fr> a écrit :
>
> Bonjour,
>
> La scolarité a complété votre inscription pédagogique hier ; la synchronisation
> de cette nuit vous a inscrit dans l'espace ODO2U03. Pouvez-vous vérifier ?
>
> Cordialement,
> L'équipe CEMU
""",
  gold=dict(codes=[("ODO2U03", "ODO2U03")], sym="other", role="student", schemes=["odonto"],
            note="thank-you reply on a solved ticket"))

M(fn="032-digest-liste-enseignants.eml", client="other",
  frm='"Liste enseignants-sciences" <sympa@listes.unicaen.fr>',
  to="enseignants-sciences@listes.unicaen.fr",
  subj="Digest enseignants-sciences, Vol 112, Issue 4",
  date="2025-09-30 06:00", cs="utf-8", cte="qp",
  headers=[("Precedence", "list"), ("List-Id", "<enseignants-sciences.listes.unicaen.fr>"), ("Auto-Submitted", "auto-generated")],
  body="""Sommaire de la liste enseignants-sciences, Vol 112, Issue 4

Aujourd'hui :
   1. Réunion de rentrée du département de physique (Secrétariat Physique)
   2. Re: Salle S3 045 indisponible jeudi (Patrick Hébert)
   3. Appel à projets pédagogiques 2026 (DEVE)

----------------------------------------------------------------------

Message: 1
Date: Mon, 29 Sep 2025 14:02:11 +0200
From: Secrétariat Physique <secretariat.physique@unicaen.fr>
Subject: Réunion de rentrée du département de physique

La réunion aura lieu le jeudi 9 octobre à 12h30, amphi Daure. Ordre du jour : maquettes 2026-2030, budget (enveloppe 14 500 €).

----------------------------------------------------------------------

Message: 2
Date: Mon, 29 Sep 2025 16:40:55 +0200
From: Patrick Hébert <patrick.hebert@unicaen.fr>
Subject: Re: Salle S3 045 indisponible jeudi

Les TP de jeudi sont déplacés en S3 047. Merci de prévenir vos groupes.

----------------------------------------------------------------------

Message: 3
Date: Mon, 29 Sep 2025 17:12:03 +0200
From: DEVE <deve@unicaen.fr>
Subject: Appel à projets pédagogiques 2026

Date limite de dépôt : 15/12/2025. Dossier sur https://ecampus.unicaen.fr/course/view.php?id=12044 (espace « Projets pédagogiques »).

------------------------------
Fin du Digest enseignants-sciences, Vol 112, Issue 4
""",
  gold=dict(ids=[12044], sym="other", role="unknown", auto=True,
            note="mailing-list digest received by the helpdesk; rooms, amounts, dates"))

M(fn="033-enseignante-ancienne-adresse.eml", client="zimbra",
  frm='"Marie Durand" <marie.durand@unicaen.fr>',
  subj="Adresse mail erronée dans Ecampus",
  date="2025-10-20 09:31", cs="utf-8", cte="8bit",
  body="""Bonjour,

Mon adresse affichée dans Ecampus (profil et expéditeur des messages du forum) est encore l'ancienne, marie.lefevre-durand@unicaen.fr, qui a été supprimée en juillet. Du coup je ne reçois plus les notifications de mes cours, et les étudiants qui répondent aux annonces obtiennent un message d'erreur.

Ma nouvelle adresse est marie.durand@unicaen.fr (changement fait par la DRH et la DSI cet été). Mon nom, lui, a été corrigé.

Merci,
Marie Durand
Département de géographie – bureau MRSH 212
""",
  gold=dict(sym="wrong_name", role="staff",
            note="teacher's e-mail shown in Ecampus is her former address"))

M(fn="034-prof-mobile-gea-urgent.eml", client="android",
  frm='"Karim Benhamou" <karim.benhamou@unicaen.fr>',
  subj="etudiants voient pas le cours",
  date="2025-09-14 22:10", cs="utf-8", cte="8bit",
  body="""Bonsoir, les étudiants de 2e année GEA ne voient pas mon cours GEAR3.02 sur ecampus alors que moi oui, j'ai mis le support pour demain 8h. Urgent svp
K. Benhamou

Envoyé depuis mon mobile Orange
""",
  gold=dict(codes=[("GEAR3.02", "GEAR3.02")], sym="students_cannot_see_course", role="staff", schemes=["gea"],
            note="hurried teacher from mobile: students cannot see his course"))

M(fn="035-esix-cours-introuvable-espace.eml", client="thunderbird",
  frm='"Nicolas Travert" <nicolas.travert@unicaen.fr>',
  subj="Cours esix3m 12 introuvable",
  date="2025-09-05 10:03", cs="utf-8", cte="8bit",
  body="""Bonjour,

Je ne trouve pas sur Ecampus l'espace du cours esix3m 12 (Résistance des matériaux, 3e année Mécanique). Les autres cours de la promo ESIX3M sont bien créés (ESIX3M11, ESIX3M13...), ils sont cachés mais ils existent. Celui-ci n'apparaît nulle part, même avec la recherche.

La maquette n'a pas changé depuis l'an dernier.

Merci d'avance,
Nicolas Travert
Responsable de la 3e année – ESIX Normandie
Campus 2, bâtiment ESIX, bureau 2.07
""",
  gold=dict(codes=[("ESIX3M12", "esix3m 12"), ("ESIX3M", "ESIX3M"), ("ESIX3M11", "ESIX3M11"), ("ESIX3M13", "ESIX3M13")],
            sym="course_missing", role="staff", schemes=["esix"],
            note="course does not exist on Ecampus; code in lowercase with a space inside"))

M(fn="036-outlook-fwd-porte-disparu.eml", client="outlook",
  frm='"Isabelle Marchal" <isabelle.marchal@unicaen.fr>',
  subj="TR: cours disparu",
  date="2025-10-03 15:20", cs="windows-1252", cte="qp",
  body="""Bonjour,

Je vous transfère la demande de M. Dubreuil. Pour info, cette année l’élément 2HR7C est porté par M.1HRP4C (mutualisation décidée au conseil de juin).

Isabelle Marchal
Responsable administrative – Masters HSS
Tél. 02 31 56 61 47

De : Thierry Dubreuil <thierry.dubreuil@unicaen.fr>
Envoyé : vendredi 3 octobre 2025 11:02
À : Isabelle Marchal <isabelle.marchal@unicaen.fr>
Objet : cours disparu

Bonjour Isabelle,

Mon cours 2HR7C « Patrimoine et territoires » n’existe plus sur Ecampus. Il y était l’an dernier, avec tous mes contenus. Les étudiants du parcours patrimoine me demandent où trouver les documents. Est-ce une erreur ?

Cordialement,
Thierry Dubreuil
""",
  gold=dict(codes=[("2HR7C", "2HR7C"), ("M.1HRP4C", "M.1HRP4C")], sym="course_missing", role="staff", schemes=["hr", "mdot"],
            note="Outlook forward: porté element's course vanished after mutualisation with a porteur"))

_t037 = """<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse">
<tr style="background:#e7e6e6"><td><b>Nom Prénom</b></td><td><b>N° étudiant</b></td><td><b>Statut</b></td><td><b>Groupe Ecampus</b></td></tr>
<tr><td>PERRIN Laura</td><td>22014477</td><td>EAD (CEMU)</td><td>PSY3TD04</td></tr>
<tr><td>SAVARY Jonathan</td><td>21807763</td><td>EAD (CEMU)</td><td>PSY3TD04</td></tr>
<tr><td>LE GALL Maëlle</td><td>22019035</td><td>EAD (CEMU)</td><td>aucun groupe</td></tr>
</table>"""
M(fn="037-psy-ead-groupe-presentiel-b64.eml", client="zimbra",
  frm='"Céline Hue" <celine.hue@unicaen.fr>',
  subj="Etudiants à distance dans un groupe présentiel (PSY-507)",
  date="2025-10-22 13:50", fmt="html", cs="utf-8", cte="b64",
  html=zim("""<p>Bonjour,</p>
<p>Dans le cours PSY-507 Psychologie clinique de l'enfant, les étudiants inscrits en télé-enseignement devraient se trouver dans le groupe PSY3EAD (libellé CEMU), or plusieurs sont dans un groupe de TD présentiel ou dans aucun groupe :</p>
""" + _t037 + """<p>Ils ne voient donc pas les classes virtuelles ni les devoirs réservés au groupe EAD. Leur inscription administrative est bien en télé-enseignement (LPSY3, CEMU).</p>
<p>Bien cordialement,</p>
<p>Céline Hue<br>Coordinatrice pédagogique EAD – UFR de Psychologie<br>02 31 56 55 73</p>"""),
  gold=dict(codes=[("PSY-507", "PSY-507"), ("PSY3EAD", "PSY3EAD"), ("PSY3TD04", "PSY3TD04"), ("LPSY3", "LPSY3")],
            nums=["22014477", "21807763", "22019035"], sym="wrong_group", role="staff", schemes=["psy"],
            note="HTML-only base64 table: distance students placed in a presential TD group or in none"))

M(fn="038-test-tiers-temps.eml", client="zimbra",
  frm='"Aurélien Fleury" <aurelien.fleury@unicaen.fr>',
  subj="Paramétrage test : tiers-temps pour un étudiant",
  date="2026-01-08 17:22", cs="utf-8", cte="qp",
  body="""Bonjour,

J'ai un examen sous forme de test Moodle le 14 janvier dans mon cours https://ecampus.unicaen.fr/course/view.php?id=44210 (le test : https://ecampus.unicaen.fr/mod/quiz/view.php?id=2210456).

Un étudiant bénéficie d'un tiers-temps (n° 23016604, aménagement validé par le relais handicap). Comment lui donner 40 minutes au lieu de 30 sans changer la durée pour les autres ? Je ne trouve pas l'option.

Merci,
Aurélien Fleury
""",
  gold=dict(ids=[44210], nums=["23016604"], sym="other", role="staff",
            note="quiz setting question (user override for extra time); the quiz link id is a module id, not a course id"))

M(fn="039-exchange-cannot-login-en.eml", client="other",
  frm='"Kenji Watanabe" <kenji.w.0412@yahoo.co.jp>',
  subj="Cannot log in to ecampus",
  date="2025-09-11 08:17", cs="utf-8", cte="qp",
  body="""Hello,

I am an exchange student from Waseda University (Japan) at the UFR LVE this semester. I activated my digital account on 8 September, and I can read my university e-mail, but on ecampus the login page says "Invalid credentials" every time.

My Caen student number is 25107718. I use the same password as for the e-mail.

Thank you for your help.
Kenji Watanabe
""",
  gold=dict(nums=["25107718"], sym="cannot_login", role="student", lang="en",
            note="incoming exchange student cannot log in to Ecampus"))

M(fn="040-inspe-pas-inscrite-1cb210.eml", client="outlook",
  frm='"Anne Fouquet" <anne.fouquet@unicaen.fr>',
  subj="Non inscrite dans l'UE 1CB210",
  date="2025-09-30 12:44", fmt="alt", cs="windows-1252", cte="qp",
  body="""Bonjour,

J’assure les TD de l’UE 1CB210 «\u00a0Enseigner les mathématiques au cycle 2\u00a0» (M1 MEEF 1er degré, site de Saint-Lô) mais je ne suis pas inscrite dans l’espace de cours sur Ecampus. Mes séances sont pourtant planifiées dans ADE depuis juillet (le mercredi, salle 104).

Ma collègue qui assure le CM est bien inscrite.

Merci de votre aide,

Anne Fouquet
Formatrice – INSPE Normandie Caen, site de Saint-Lô
Tél. 02 33 77 40 22
""",
  html=outlook(paras("""Bonjour,

J’assure les TD de l’UE 1CB210 « Enseigner les mathématiques au cycle 2 » (M1 MEEF 1er degré, site de Saint-Lô) mais je ne suis pas inscrite dans l’espace de cours sur Ecampus. Mes séances sont pourtant planifiées dans ADE depuis juillet (le mercredi, salle 104).

Ma collègue qui assure le CM est bien inscrite.

Merci de votre aide,
""") + P("") + P("<b>Anne Fouquet</b>") + P("Formatrice – INSPE Normandie Caen, site de Saint-Lô") + P("Tél. 02 33 77 40 22"), "windows-1252"),
  gold=dict(codes=[("1CB210", "1CB210")], sym="teacher_not_enrolled", role="staff", schemes=["inspe"],
            note="INSPE teacher scheduled in ADE but not enrolled in her course"))
