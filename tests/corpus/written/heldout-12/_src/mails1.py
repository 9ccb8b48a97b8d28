from lib import PNG
MAILS = []


def M(fn, frm, subj, body, sym, role, codes=(), written=(), nums=(), ids=(), lang="fr", auto=False, schemes=(), note="", form="plain", html=None, atts=(), extra=None):
    MAILS.append(dict(fn=fn, frm=frm, subj=subj, body=body, form=form, html=html, atts=atts, extra=extra,
                      gold=dict(apogee_codes=list(codes), apogee_codes_as_written=list(written), student_numbers=list(nums), course_ids=list(ids),
                                symptom=sym, sender_role=role, language=lang, auto_reply=auto, schemes=list(schemes), note=note)))


SIG_DROIT = """--
Martine Lebrun-Quesnel
Gestionnaire de scolarité - Licence Droit
UFR Droit, AES et Administration publique
Bâtiment D, bureau DA-214 - Esplanade de la Paix
CS 14032 - 14032 Caen Cedex 5
Tél. : 02 31 56 54 12
"""

M("001-l1-droit-pas-inscrit-td.eml", "Lena Marchal <lena.marchal@etu.unicaen.fr>", "pas inscrite en droit constit",
  """Bonjour,

je suis en L1 droit et je vois pas le cours de droit constitutionnel sur ecampus, alors que j'ai cours avec Mme Pelletier le jeudi (TD 4). Mes copines l'ont toutes sur leur tableau de bord.
Mon numero etudiant c'est le 25014377.
Le code que j'ai trouvé sur l'emploi du temps c'est d3 cst1 je crois.

merci d'avance j'ai un devoir a rendre lundi
Léna""", "not_enrolled", "student", codes=["D3-CST1", "DCST-TD04"], written=["d3 cst1", "TD 4"], nums=["25014377"],
  schemes=["droit-elt S-SUBJn", "droit-grp SUBJ-TDnn"], note="L1 student missing from constitutional law course and its TD")

M("002-prof-etudiants-voient-pas.eml", "Hervé Tanguy <herve.tanguy@unicaen.fr>", "Cours invisible pour les étudiants - Algèbre 3",
  """Bonjour,

Mes étudiants de L2 maths-info me disent qu'ils ne voient pas mon cours d'algèbre (MI3.ALG) alors que j'ai déposé les feuilles de TD depuis une semaine. Moi je le vois très bien, en grisé il me semble.
https://ecampus.unicaen.fr/course/view.php?id=48213

Pouvez-vous regarder ?
H. Tanguy
LMNO - bureau S3-112, campus 2
02 31 56 73 40""", "students_cannot_see_course", "staff", codes=["MI3.ALG"], written=["MI3.ALG"], ids=[48213],
  schemes=["sciences dotted XXs.AAA"], note="teacher: course greyed, students don't see it (hidden course)")

M("003-erasmus-cannot-login.eml", "Matteo Rinaldi <matteo.rinaldi97@gmail.com>", "Cannot access Ecampus",
  """Hello,

I am an Erasmus student from Bologna, arrived last week. I try to log in ecampus with my student number 25108842 and the password I received but it says invalid credentials every time. I also tried with my INE 112233445JK, same.
Can you help me please? My courses start Monday (Psychology, 2nd year).

Thank you
Matteo Rinaldi
+39 347 555 0192""", "cannot_login", "student", nums=["25108842"], lang="en", note="incoming Erasmus cannot log in; INE given as look-alike")

M("004-scol-liste-pas-inscrits.eml", "Martine Lebrun-Quesnel <martine.lebrun-quesnel@unicaen.fr>", "Etudiants absents de l'espace Ecampus droit des obligations",
  """Bonjour,

Plusieurs étudiants de L2 Droit (étape L2DRT-101) ne sont pas dans les participants du cours de droit des obligations, alors que leur IP est faite jusqu'au groupe dans Apogée. Voici la liste :

N° étudiant | INE         | Nom
24007731    | 0903145677K | DUVAL Camille
24011208    | 1204567788F | NGUYEN Thao
23019952    | 0806654321H | LEROUX Baptiste
24002017    | 091234567AB | SALL Aminata

Code élément : D3-OBL1 (groupes DOBL-TD02 et DOBL-TD005).
Merci de votre aide.
""" + SIG_DROIT, "not_enrolled", "staff", codes=["L2DRT", "D3-OBL1", "DOBL-TD02", "DOBL-TD05"],
  written=["L2DRT-101", "D3-OBL1", "DOBL-TD02", "DOBL-TD005"], nums=["24007731", "24011208", "23019952", "24002017"],
  schemes=["etape LnXXX", "droit-elt S-SUBJn", "droit-grp SUBJ-TDnn"], note="scolarité list of students missing from participants")

M("005-sms-dashboard.eml", "22019934@etu.unicaen.fr", "cours disparu",
  """slt jvois plus mon cours de genetique sur mon tableau de bord depuis hier, g rien touché. jsuis en L2 svt. c normal ??""",
  "course_not_on_dashboard", "student", codes=["L2SVT"], written=[], nums=["22019934"],
  note="SMS style: course vanished from dashboard", schemes=[])
MAILS[-1]["gold"]["apogee_codes"] = []

M("006-cas-destination.eml", "Inès Bouchard <ines.bouchard@etu.unicaen.fr>", "Connexion réussie mais rien ne se passe",
  """Bonjour,
Quand je me connecte, j'ai une page "Connexion réussie, Bienvenue 24110582 ... CAS ne connaît pas votre destination finale". Je n'arrive jamais sur ecampus. J'ai mis le lien https://cas.unicaen.fr/login en favori.
Je suis en première année de psycho.
Merci
Inès""", "cas_unknown_destination", "student", nums=["24110582"], note="CAS bookmark, unknown final destination")

M("007-prof-pas-inscrit-iut.eml", "Pascal Hamelin <pascal.hamelin@unicaen.fr>", "Pas enseignant dans mon cours R1.04",
  """Bonjour,

J'assure cette année la ressource R1.04 (compta) en BUT GEA 1re année, IUT Grand Ouest Normandie site de Caen (bât. B, salle B-204 pour les TD). Je ne suis pas inscrit comme enseignant dans l'espace Ecampus "(GEAR1.04) R1.04 Comptabilité". Mes collègues le sont.
Pourtant mes séances sont dans ADE.

Cordialement,
Pascal Hamelin
Département GEA - IUT de Caen
Bd Maréchal Juin, 14000 Caen
Tél 02 31 56 70 00 poste 7312""", "teacher_not_enrolled", "staff", codes=["GEAR1.04"], written=["GEAR1.04"],
  schemes=["iut-elt DEPRs.nn"], note="teacher not enrolled in BUT resource", form="qp")

M("008-spam-office365.eml", "Support Informatique <no-reply@secure-mailbox-verify.co>", "Votre boîte mail sera désactivée sous 24h",
  """Cher utilisateur,

Votre quota de messagerie unicaen.fr a atteint 98%. Pour éviter la suspension, validez votre compte ici : http://unicaen-verify.webflow-portal.com/login
Référence dossier : MX-2025-884213

Service informatique""", "other", "unknown", note="phishing spam", form="html")

M("009-m2-iae-alternant-groupe.eml", "Thomas Vautier <thomas.vautier@etu.unicaen.fr>", "Mauvais groupe M2 MAE",
  """Bonjour,
Je suis alternant en M2 MAE mais sur ecampus je suis dans le groupe formation initiale (m2mae-fi) dans le cours de marketing stratégique IAE2M03, du coup je vois pas les dépôts du groupe alternants.
NEtu 24301176
Thomas""", "wrong_group", "student", codes=["M2MAE-FI", "IAE2M03", "M2MAE-ALT"], written=["m2mae-fi", "IAE2M03", "alternants"],
  nums=["24301176"], schemes=["iae-grp ETP-ALT/FI", "iae-elt IAEyTnn"], note="alternant placed in FI group")

M("010-autoreply-absent.eml", "Catherine Fouquet <catherine.fouquet@unicaen.fr>", "Réponse automatique : [CEMU #48812] Cours de latin",
  """Je suis absente du bureau jusqu'au 3 novembre 2025 inclus. Pour toute question urgente concernant la scolarité de Lettres, merci de contacter le secrétariat au 02 31 56 55 20 ou scol-lettres@unicaen.fr.

Cordialement,
C. Fouquet""", "other", "unknown", auto=True, extra={"Auto-Submitted": "auto-replied"}, note="out of office auto-reply on a ticket")

M("011-doctorant-archives.eml", "Julien Marais <julien.marais@unicaen.fr>", "Mon cours est passé dans Archives ??",
  """Bonjour,

Le cours de Poésie moderne que je donnais l'an dernier en L2 lettres modernes, LM3U15, se retrouve dans une catégorie "Archives" et renommé avec un suffixe "2024-2025". J'avais tout le contenu dedans. Qu'est-ce que je dois faire ?

Julien Marais, ATER
Département de Lettres modernes, bureau MRSH 225""", "course_moved_renamed", "staff", codes=["LM3U15"], written=["LM3U15"],
  schemes=["lettres-elt LMsUnn"], note="course archived: code no longer exists (unknown code)")

M("012-erasmus-outgoing.eml", "Clara Jouan <clara.jouan@etu.unicaen.fr>", "Acces aux cours pendant mon Erasmus",
  """Bonjour,

Je suis en Erasmus a Valencia ce semestre (S1) mais je dois rattraper le cours de Psycho du développement de L3 (PSYL3-08) et je n'y ai plus acces sur ecampus, je ne suis plus dans les participants. Au second semestre je serai a Caen.
numero 22031145

Merci
Clara""", "not_enrolled", "student", codes=["PSYL3-08"], written=["PSYL3-08"], nums=["22031145"],
  schemes=["psy-elt PSYLy-nn"], note="outgoing Erasmus S1 lost access")

M("013-dsi-maintenance.eml", "DSI UNICAEN - Infos <dsi-infos@unicaen.fr>", "[Info DSI] Intervention sur l'infrastructure de stockage - dimanche 16/11",
  """Bonjour à toutes et à tous,

Une intervention sur la baie de stockage SAN-02 aura lieu le dimanche 16 novembre 2025 de 7h00 à 12h00.
Services impactés : Ecampus, Zimbra (lenteurs), ADE.
Ticket de changement : CHG0041877
Version cible du firmware : 9.14.2

La DSI
Direction du Système d'Information - Campus 1 - 14032 Caen Cedex 5""", "other", "staff", note="DSI maintenance announcement", extra={"List-Id": "<dsi-infos.unicaen.fr>", "Precedence": "list"})

M("014-l1-sciences-bdd.eml", "Yanis Ferhat <yanis.ferhat14@hotmail.fr>", "ERREUR ECAMPUS",
  """BONJOUR
IMPOSSIBLE D ALLER SUR ECAMPUS CE MATIN IL Y A MARQUE "ERREUR DE LECTURE DE LA BASE DE DONNEES". J AI UN QCM A FAIRE AVANT MIDI EN PROGRAMMATION (MI1.PRO)
MERCI DE REPONDRE VITE""", "database_error", "student", codes=["MI1.PRO"], written=["MI1.PRO"], schemes=["sciences dotted XXs.AAA"],
  note="all caps: database read error before quiz")

M("015-inspe-site-groupe.eml", "Manon Lhermitte <manon.lhermitte@etu.unicaen.fr>", "groupe INSPE",
  """Bonjour,

Je suis en M1 MEEF premier degré sur le site de Saint-Lô mais dans le cours du bloc 3 (PE1B03) je suis dans le groupe de Caen (MEEF1 CAE) donc je ne vois pas les annonces de ma formatrice.
Mon numéro : 21044419

Bonne journée,
Manon Lhermitte
INSPE Normandie Caen - site de Saint-Lô, 1010 rue de l'Exode, 50000 Saint-Lô""", "wrong_group", "student",
  codes=["PE1B03", "MEEF1-CAE", "MEEF1-SLO"], written=["PE1B03", "MEEF1 CAE", "site de Saint-Lô"], nums=["21044419"],
  schemes=["inspe-elt PEsBnn", "inspe-grp MEEFy-SITE"], note="INSPE student in Caen group instead of Saint-Lô")

M("016-psy-prof-trop-enseignants.eml", "Sophie Garnier-Delaunay <sophie.garnier-delaunay@unicaen.fr>", "Trop d'enseignants dans mon espace Neuropsychologie",
  """Bonjour,

Dans l'espace de Neuropsychologie de L2 (code PSYL2-03) il y a 14 enseignants inscrits, dont la moitié que je ne connais pas et qui n'interviennent pas dans cet enseignement. Certains reçoivent les notifications du forum et m'écrivent.
Voir https://ecampus.unicaen.fr/user/index.php?id=51177

Pouvez-vous faire le ménage ?

Sophie Garnier-Delaunay
MCF Psychologie - UFR de Psychologie
Bureau SH-027 | Tél. 02 31 56 62 95""", "too_many_teachers", "staff", codes=["PSYL2-03"], written=["PSYL2-03"], ids=[51177],
  schemes=["psy-elt PSYLy-nn"], note="too many teachers enrolled in L2 psych course", form="alt")

M("017-bounce.eml", "MAILER-DAEMON@mx2.unicaen.fr", "Undelivered Mail Returned to Sender",
  """This is the mail system at host mx2.unicaen.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<victor.lenoir@etu.unicaen.fr>: host lmtp.unicaen.fr[10.14.2.33] said: 552 5.2.2
    Mailbox full (in reply to end of DATA command)

Reporting-MTA: dns; mx2.unicaen.fr
X-Postfix-Queue-ID: 4B7C21A03F2
Arrival-Date: Tue, 14 Oct 2025 09:12:44 +0200""", "other", "unknown", auto=True, note="bounce: mailbox full",
  extra={"Auto-Submitted": "auto-replied"})

M("018-l3-nom-errone.eml", "Aïssatou Diallo <aissatou.diallo@etu.unicaen.fr>", "Erreur sur mon prénom",
  """Bonjour,
Sur ecampus mon prénom est écrit "Aissatou" sans le tréma et mon nom est "DIALO" avec un seul L. Mes profs ne me trouvent pas dans les listes. Je suis en L3 AES.
N° étudiant : 22006614
Merci""", "wrong_name", "student", nums=["22006614"], note="misspelt name on Ecampus")

M("019-staps-pas-sur-dashboard.eml", "Kylian Boudet <kylian.boudet@etu.unicaen.fr>", "natation",
  """bonjour le cours de natation STA3 NAT napparait pas dans mes cours, en L2 staps groupe 3. jai regardé page 2 aussi. merci""",
  "course_not_on_dashboard", "student", codes=["STA3-NAT", "L2STA-G03"], written=["STA3 NAT", "groupe 3"],
  schemes=["staps-elt STAs-AAA", "staps-grp ETP-Gnn"], note="course not on dashboard")

M("020-vacataire-profil-email.eml", "Damien Roussel <d.roussel@cabinet-roussel-avocats.fr>", "Accès Ecampus vacataire - bloqué sur mon profil",
  """Bonjour,

Je suis avocat et j'interviens comme vacataire en Master 2 droit des affaires (cours de droit fiscal des sociétés). Lors de ma première connexion à Ecampus, je suis bloqué sur une page "Modifier le profil" qui me demande une adresse de courriel, mais le champ n'est pas modifiable.

Identifiant fourni par la scolarité : droussel2
Merci de votre aide.

Maître Damien Roussel
Cabinet Roussel & Associés
12 rue Écuyère - 14000 Caen
Tél. 02 31 85 44 10 - Fax 02 31 85 44 11""", "cannot_login", "unknown", note="external vacataire stuck on profile page (no email)")

M("021-scol-iut-html-table.eml", "Nadège Poulain <nadege.poulain@unicaen.fr>", "Etudiants non inscrits - BUT TC1 groupe TP2B",
  "", "not_enrolled", "staff", codes=["TCOR1.02", "TCO1-TP2B", "BTCO1"], written=["TCO R1.02", "TP2B", "BTCO1"],
  nums=["25000418", "25003367", "25007781"], schemes=["iut-elt DEPRs.nn", "iut-grp DEPy-TPnX", "etape BDEPy"],
  note="HTML table of students missing from a BUT course", form="html",
  html="""<html><body><p>Bonjour,</p><p>Les étudiants suivants du groupe TP2B (BTCO1, 1re année TC) n'apparaissent pas dans l'espace de la ressource TCO R1.02 (Communication), alors que l'IP est faite :</p>
<table border="1" cellpadding="3"><tr><th>N°&nbsp;étudiant</th><th>Nom</th><th>Prénom</th><th>Groupe</th></tr>
<tr><td>25000418</td><td>BLANCHET</td><td>Louna</td><td>TP2B</td></tr>
<tr><td>25003367</td><td>OUEDRAOGO</td><td>Ismaël</td><td>TP2B</td></tr>
<tr><td>25007781</td><td>PERRIER</td><td>Noah</td><td>TP2B</td></tr></table>
<p>Bien cordialement,<br>Nadège Poulain<br>Secrétariat pédagogique TC - IUT Grand Ouest Normandie<br>Bât. C, bureau C-011 &ndash; 02&nbsp;31&nbsp;56&nbsp;70&nbsp;41</p></body></html>""")

M("022-prof-participants.eml", "Gérard Lemonnier <gerard.lemonnier@unicaen.fr>", "Où est passé le bloc Participants ?",
  """Bonjour,

Depuis la rentrée, je ne trouve plus le bloc Participants à droite de la page de mon cours d'histoire du droit (L1). Comment puis-je voir la liste de mes étudiants ?

Merci,
G. Lemonnier
Professeur émérite - Histoire du droit""", "participants_block_missing", "staff", note="participants block gone, no code")

M("023-psy-cohorte.eml", "Élodie Marchand <elodie.marchand@unicaen.fr>", "Inscrire toute la L1 psycho dans un espace commun",
  """Bonjour,

Nous voudrions inscrire l'ensemble des étudiants de L1 psychologie (L1PSY) dans l'espace "Informations promo L1 psycho" (id 53318). Est-ce qu'on peut utiliser la cohorte ? Est-elle bien mise à jour si un étudiant abandonne ?

Élodie Marchand
Responsable administrative - UFR Psychologie""", "cohort_question", "staff", codes=["L1PSY"], written=["L1PSY"], ids=[53318],
  schemes=["etape LnXXX"], note="cohort for whole L1 psych in info space")

M("024-sante-dfgsm-ue-manquante.eml", "Hugo Lefrançois <hugo.lefrancois@etu.unicaen.fr>", "UE11 introuvable",
  """Bonjour,
En DFGSM2 je n'ai pas l'UE11 (DM2-UE11) sur ecampus, pourtant c'est au programme du S4. Je l'ai cherchée dans la recherche de cours, rien. Est-ce qu'elle existe ?
Hugo, n° 24105530""", "course_missing", "student", codes=["DFGSM2", "DM2-UE11"], written=["DFGSM2", "DM2-UE11"], nums=["24105530"],
  schemes=["sante-etp", "sante-elt XXy-UEnn"], note="medical UE course cannot be found", form="b64")

M("025-newsletter-cemu.eml", "La lettre du CEMU <lettre-cemu@unicaen.fr>", "Lettre d'info CEMU n°42 - Octobre 2025",
  """LA LETTRE DU CEMU - n°42

- Nouveauté : l'activité H5P mise à jour en version 1.27
- Atelier Moodle niveau 1 : jeudi 16 octobre, salle SA-110
- Problèmes d'accès à Ecampus ? Consultez notre page dédiée
#Ecampus #pedagogie #CEMU2025

Pour vous désinscrire : sympa@listes.unicaen.fr""", "other", "unknown", auto=True, note="CEMU newsletter", form="alt",
  extra={"List-Id": "<lettre-cemu.listes.unicaen.fr>", "Precedence": "bulk"})

M("026-l1-lost-multiple.eml", "Romane Picot <romane.picot@etu.unicaen.fr>", "je suis perdue",
  """Bonjour,
Je suis en première année de lettres modernes et j'ai pas du tout les mêmes cours que sur mon emploi du temps. J'ai pas "Grammaire" ni "Méthodologie". Sur l'emploi du temps c'est marqué LM1U04 et LM1 U11. Je sais pas si c'est moi qui ai mal fait mon inscription pédagogique.
Mon numéro 25018820
Désolée de déranger""", "not_enrolled", "student", codes=["L1LMO", "LM1U04", "LM1U11"], written=["première année de lettres modernes", "LM1U04", "LM1 U11"],
  nums=["25018820"], schemes=["lettres-elt LMsUnn", "etape LnXXX"], note="L1 lettres student missing from two courses")
MAILS[-1]["gold"]["apogee_codes"] = ["LM1U04", "LM1U11"]
MAILS[-1]["gold"]["apogee_codes_as_written"] = ["LM1U04", "LM1 U11"]

M("027-dsi-bdd-panne.eml", "Stéphane Colin <stephane.colin@unicaen.fr>", "TR: Ecampus HS ?",
  """Pour info, remonté par plusieurs collègues. Je vous transfère.
Stéphane (DSI - pôle applications, poste 5521)

-----Message d'origine-----
De : Annie Vasseur <annie.vasseur@unicaen.fr>
Envoyé : dimanche 9 novembre 2025 10:14
À : Stéphane Colin <stephane.colin@unicaen.fr>
Objet : Ecampus HS ?

Bonjour, Ecampus affiche "Error: Database connection failed - It is possible that the database is overloaded". Je dois ouvrir un test pour mes M1 à 14h.
Annie""", "database_error", "staff", note="Sunday morning database connection failed, forwarded by DSI", form="cp")

M("028-en-erasmus-incoming-notenrolled.eml", "Lukas Brenner <lukas.brenner@etu.unicaen.fr>", "Not enrolled in my courses",
  """Hi,

I'm an incoming exchange student (Erasmus+, from Graz) and I can log in but I don't see any course except "Welcome international students". My learning agreement lists Microbiology (bi3.mic) and Ecology BI3.ECO.
Student ID: 25200713

Best regards,
Lukas""", "not_enrolled", "student", codes=["BI3.MIC", "BI3.ECO"], written=["bi3.mic", "BI3.ECO"], nums=["25200713"], lang="en",
  schemes=["sciences dotted XXs.AAA"], note="incoming Erasmus not enrolled in courses")

M("029-cemu-ticket-followup.eml", "Bruno Castel <bruno.castel@unicaen.fr>", "Re: [CEMU #48790] Etudiants L3 info absents",
  """Bonjour,

Merci, depuis ce matin tout le monde apparaît bien dans le cours. Vous pouvez clore le ticket.

Bruno

Le mar. 7 oct. 2025 à 16:40, CEMU Assistance <cemu.assistance@unicaen.fr> a écrit :
> Bonjour,
> les IP des étudiants de L3INF ont été corrigées par la scolarité aujourd'hui,
> la synchronisation se fera cette nuit.
> Cordialement, le CEMU""", "other", "staff", codes=["L3INF"], written=["L3INF"], schemes=["etape LnXXX"], note="thank-you closing ticket")

M("030-m2-terse-dashboard.eml", "Anaïs Vigneron <anais.vigneron@etu.unicaen.fr>", "IAE2G11",
  """IAE2G11 absent du tableau de bord. Visible via recherche. Pourquoi ?
A. Vigneron - M2 MAE""", "course_not_on_dashboard", "student", codes=["IAE2G11"], written=["IAE2G11"], schemes=["iae-elt IAEyTnn"],
  note="terse M2: course not on dashboard")

M("031-scol-psy-groupes-latin1.eml", "Françoise Hébert <francoise.hebert@unicaen.fr>", "Erreurs de groupes TD L2 psycho",
  """Bonjour,

Plusieurs étudiants de deuxième année de psychologie se retrouvent dans le mauvais groupe de TD sur Ecampus (cours de Méthodes et statistiques PSYL2-04) :

- 23004471 MOREL Lucie : inscrite PSY2TD03 dans Apogée, affichée en PSY2TD08
- 23012290 BENALI Yacine : PSY2TD03 dans Apogée, aucun groupe sur Ecampus
- 24000158 GUILLOU Enora : psy2 td 05 / affichée TD 01

Les IP ont été modifiées le 2 octobre.
Françoise Hébert
Scolarité Psychologie - Bât. SH, bureau SH-002
Tél : 02 31 56 58 61""", "wrong_group", "staff",
  codes=["PSYL2-04", "PSY2TD03", "PSY2TD08", "PSY2TD05", "PSY2TD01"], written=["PSYL2-04", "PSY2TD03", "PSY2TD08", "psy2 td 05", "TD 01"],
  nums=["23004471", "23012290", "24000158"], schemes=["psy-elt PSYLy-nn", "psy-grp PSYyTDnn"], note="list of students in wrong TD groups", form="l1")

M("032-prof-cours-introuvable-iae.eml", "Olivier Desmarest <olivier.desmarest@unicaen.fr>", "Cours inexistant",
  """Bonjour,

Je dois assurer le cours "Finance d'entreprise avancée" en M1 CCA (code IAE1F19 d'après la maquette) mais il n'y a aucun espace Ecampus à ce nom. Est-ce normal ?

Olivier Desmarest
IAE Caen - 3 rue Claude Bloch, 14000 Caen""", "course_missing", "staff", codes=["IAE1F19", "M1CCA"], written=["IAE1F19", "M1 CCA"],
  schemes=["iae-elt IAEyTnn", "etape LnXXX"], note="course not found; code unknown to catalogue (mistyped)")

M("033-l2-cas-en.eml", "Priya Raman <priya.raman@etu.unicaen.fr>", "CAS page problem",
  """Hello, when I log in from Google I get "you see this page because CAS does not know your final destination". How to go to ecampus?? thx""",
  "cas_unknown_destination", "student", lang="en", note="CAS unknown destination, English, from search engine")

M("034-inspe-formatrice-pas-inscrite.eml", "Valérie Onfroy <valerie.onfroy@unicaen.fr>", "pas inscrite comme formatrice",
  """Bonjour,
Je suis formatrice à l'INSPE (site d'Alençon) et je ne suis pas inscrite dans l'espace du bloc 2 du M2 MEEF 1er degré, PE3 B02, alors que j'ai le groupe d'Alençon (MEEF2-ALE) toute l'année. Mes collègues de Caen y sont.
Valérie Onfroy
INSPE Normandie Caen - site d'Alençon
Tél. 02 33 80 95 00""", "teacher_not_enrolled", "staff", codes=["PE3B02", "MEEF2-ALE"], written=["PE3 B02", "MEEF2-ALE"],
  schemes=["inspe-elt PEsBnn", "inspe-grp MEEFy-SITE"], note="INSPE trainer not enrolled")

M("035-whatsapp-spam-promo.eml", "Offres Etudiants <promo@bonsplans-etudiants.fr>", "-50% sur ton forfait mobile #rentree2025",
  """Salut !
Profite de -50% sur ton forfait 100 Go avec le code ETU2025 avant le 30/09.
Réf. produit : FM-100G-2025
Désabonnement : clique ici.""", "other", "unknown", note="commercial spam with look-alikes", form="html")

ADD = {
    "001-l1-droit-pas-inscrit-td.eml": [("L1DRT", "L1 droit")],
    "005-sms-dashboard.eml": [("L2SVT", "L2 svt")],
    "006-cas-destination.eml": [("L1PSY", "première année de psycho")],
    "015-inspe-site-groupe.eml": [("MEEF1P", "M1 MEEF premier degré")],
    "018-l3-nom-errone.eml": [("L3AES", "L3 AES")],
    "019-staps-pas-sur-dashboard.eml": [("L2STA", "L2 staps")],
    "009-m2-iae-alternant-groupe.eml": [("M2MAE", "M2 MAE")],
    "030-m2-terse-dashboard.eml": [("M2MAE", "M2 MAE")],
    "026-l1-lost-multiple.eml": [("L1LMO", "première année de lettres modernes")],
    "034-inspe-formatrice-pas-inscrite.eml": [("MEEF2P", "M2 MEEF 1er degré")],
    "002-prof-etudiants-voient-pas.eml": [("L2MIA", "L2 maths-info")],
    "003-erasmus-cannot-login.eml": [("L2PSY", "Psychology, 2nd year")],
    "011-doctorant-archives.eml": [("L2LMO", "L2 lettres modernes")],
    "007-prof-pas-inscrit-iut.eml": [("BGEA1", "BUT GEA 1re année")],
    "020-vacataire-profil-email.eml": [("M2DAF", "Master 2 droit des affaires")],
    "031-scol-psy-groupes-latin1.eml": [("L2PSY", "deuxième année de psychologie")],
}
for m in MAILS:
    for c, w in ADD.get(m["fn"], []):
        m["gold"]["apogee_codes"].append(c)
        m["gold"]["apogee_codes_as_written"].append(w)
        if "etape LnXXX" not in m["gold"]["schemes"]:
            m["gold"]["schemes"].append("etape LnXXX" if not c.startswith(("MEEF", "B")) else ("inspe-etp MEEFyX" if c.startswith("MEEF") else "etape BDEPy"))
