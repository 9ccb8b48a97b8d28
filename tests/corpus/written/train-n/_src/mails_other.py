# -*- coding: utf-8 -*-
T = []
def m(**k): T.append(k)

# ---- staff (20)
m(f="prof-students-cannot-see", frm="Jean-Marc Pottier <jean-marc.pottier@unicaen.fr>", sub="Mes étudiants ne voient pas mon cours", role="staff",
  body="""Bonjour,

Mes étudiants de M1 MEEF me disent qu'ils ne voient pas le cours 1CA211 (Épistémologie), alors que moi je le vois (en gris d'ailleurs).
Pouvez-vous regarder ?

Cordialement,
Jean-Marc Pottier
Maître de conférences - INSPE Normandie Caen
Bureau 214 - 186 rue de la Délivrande, 14000 Caen
02 31 56 71 12""", form="plain", codes=[("1CA211","1CA211")], sym="students_cannot_see_course", sch=["INSPE digit+letters+digits"], note="course greyed (hidden)")

m(f="secretariat-table-students", frm="Scolarité Psychologie <scol.psycho@unicaen.fr>", sub="Étudiants non inscrits sur Ecampus - L3 psycho", role="staff",
  body="""<html><body><p>Bonjour,</p><p>Les étudiants suivants ont bien leur IP dans Apogée pour l'UE PSY3A12 (étape XPSY3, version 101) mais n'apparaissent pas dans les participants du cours Ecampus :</p>
<table border="1" cellpadding="3"><tr><th>N° étudiant</th><th>INE</th><th>Nom</th><th>Prénom</th><th>Groupe</th></tr>
<tr><td>22105873</td><td>0903012345K</td><td>BELKACEM</td><td>Inès</td><td>PSY3-TD02</td></tr>
<tr><td>22099107</td><td>2201034567B</td><td>ROUSSEAU</td><td>Adam</td><td>PSY3-TD02</td></tr>
<tr><td>23009871</td><td>0904056789J</td><td>CARON</td><td>Pauline</td><td>psy3-td 04</td></tr>
</table><p>Merci d'avance.</p><p>Sandrine Lebas<br>Gestionnaire de scolarité - Licence de Psychologie<br>UFR HSS - Bureau SA-026 - Tél. 02 31 56 58 03</p></body></html>""",
  form="rawhtml", codes=[("PSY3A12","PSY3A12"),("XPSY3","XPSY3"),("PSY3-TD02","PSY3-TD02"),("PSY3-TD04","psy3-td 04")], nums=["22105873","22099107","23009871"],
  sym="not_enrolled", sch=["disc3+year+sem-letter+2digits","etape X+disc3+year","group disc+year-TDnn"], dmg=1, note="scolarité HTML table with INE and groups")

m(f="teacher-not-enrolled-ade", frm="Hélène Marchal <helene.marchal@unicaen.fr>", sub="Je ne suis pas inscrite dans mon cours", role="staff",
  body="""Bonjour,
Je donne le cours de contrôle de gestion RGEA305 (BUT GEA 2e année, Lisieux) depuis septembre mais je ne suis pas inscrite comme enseignante dans l'espace Ecampus. Je suis bien dans ADE.
Hélène Marchal, PRAG, IUT Grand Ouest Normandie - site de Lisieux""", form="plain", codes=[("RGEA305","RGEA305")], sym="teacher_not_enrolled",
  sch=["R/S+GEA+sem+2digits"], note="teacher not enrolled")

m(f="vacataire-cannot-login", frm="Olivier Tessier <o.tessier@cabinet-tessier-avocats.fr>", sub="Accès Ecampus chargé de TD", role="unknown",
  body="""Madame, Monsieur,

Chargé de TD vacataire en droit pénal (JUR2-PEN, groupes TD 2 et TD 5), je reste bloqué sur la page « Modifier le profil » à ma première connexion : on me demande une adresse de courriel que je ne peux pas saisir.

Bien à vous,
Maître Olivier Tessier
Avocat au Barreau de Caen
12 rue Écuyère - 14000 Caen - Tél. 02 31 85 40 40 - Toque 112""", form="qp", codes=[("JUR2-PEN","JUR2-PEN"),("JUR2-TD02","TD 2"),("JUR2-TD05","TD 5")],
  sym="cannot_login", sch=["disc3+year-dash-letters","group disc+year-TDnn"], note="vacataire stuck on profile page; toque number look-alike")

m(f="too-many-teachers", frm="François Delaunay <francois.delaunay@unicaen.fr>", sub="Trop d'enseignants dans HIS-3M07", role="staff",
  body="""Bonjour,
Dans mon cours HIS-3M07 il y a 11 enseignants inscrits dont la plupart ne font pas ce cours (des collègues de géographie !). Ils reçoivent les messages du forum. Pouvez-vous faire le ménage ?
F. Delaunay""", form="plain", codes=[("HIS-3M07","HIS-3M07")], sym="too_many_teachers", sch=["disc3-dash-year+letter+2digits"], note="too many teachers")

m(f="course-moved-archives-teacher", frm="Isabelle Vautier <isabelle.vautier@unicaen.fr>", sub="TR: cours archivé ???", role="staff",
  body="""Bonjour,
Mon cours de biologie moléculaire, code BIO.2E99 jusqu'à l'an dernier, est passé dans Archives et il y a un nouveau cours vide BIO 2E21. Je n'ai rien demandé ! Comment je récupère mes contenus (3 ans de travail) ?

-----Message d'origine-----
De : Isabelle Vautier
Envoyé : mardi 9 septembre 2025 08:12
À : scol.sciences@unicaen.fr
Objet : cours archivé ???

Savez-vous pourquoi mon cours a changé de code ?
""", form="plain", codes=[("BIO.2E99","BIO.2E99"),("BIO.2E21","BIO 2E21")], sym="course_moved_renamed", sch=["disc3.year+letter+2digits"], unknown=["BIO.2E99"], dmg=1,
  note="teacher's course archived after code change")

m(f="teacher-my-students-not-enrolled-list", frm="Nadia Ferrand <nadia.ferrand@unicaen.fr>", sub="Etudiants absents", role="staff",
  body="""Bonjour,

Dans mes cours de L1 LEA (anglais), il manque des étudiants :
- LEAS1EN1 : une quinzaine
- LEAS1 EN2 : 4 ou 5
Exemples : 25088104, 25088120, 25090003.

Merci
N. Ferrand
Département LEA - bureau L-310 - poste 5612""", form="b64", codes=[("LEAS1EN1","LEAS1EN1"),("LEAS1EN2","LEAS1 EN2")], nums=["25088104","25088120","25090003"],
  sym="not_enrolled", sch=["LEA+sem+lang+digit"], dmg=1, note="teacher lists courses and examples; base64")

m(f="cohort-sync-question-staff", frm="Guillaume Hardy <guillaume.hardy@unicaen.fr>", sub="Synchronisation de cohorte", role="staff",
  body="""Bonjour,
En attendant que les IP soient corrigées, puis-je ajouter la cohorte de l'étape XBIO2 dans mon cours BIO.2E14 ? Et faudra-t-il l'enlever ensuite ?
Merci, G. Hardy""", form="plain", codes=[("XBIO2","XBIO2"),("BIO.2E14","BIO.2E14")], sym="cohort_question", sch=["etape X+disc3+year","disc3.year+letter+2digits"], note="cohort sync workaround")

m(f="dsi-info-maintenance", frm="DSI - Pôle applications <dsi-applications@unicaen.fr>", sub="[Info] Maintenance REFER 22/11/2025", role="staff",
  body="""Bonjour,

La base REFER sera indisponible le samedi 22/11/2025 de 7h à 13h (mise à jour Oracle 19c -> 19.24). La synchronisation nocturne Ecampus du 22 au 23 pourra être incomplète.
Ticket DSI : INC0045812.

--
DSI - Direction du Système d'Information
Campus 2 - Bâtiment Sciences 3 - 14032 Caen Cedex 5""", form="plain", sym="other", sch=[], note="DSI maintenance notice; version/ticket numbers look-alikes")

m(f="teacher-missing-course-ade", frm="Claire Lenormand <claire.lenormand@unicaen.fr>", sub="cours inexistant 3STA 204", role="staff",
  body="""Bonjour,
J'enseigne les statistiques à Cherbourg (3STA 204) et le cours n'existe pas sur Ecampus, alors que celui de Saint-Lô (7STA204) existe. Le semestre a commencé.
Claire Lenormand, site universitaire de Cherbourg, 50130 Cherbourg-en-Cotentin""", form="plain", codes=[("3STA204","3STA 204"),("7STA204","7STA204")],
  sym="course_missing", sch=["site-digit+disc3+3digits"], dmg=1, note="course missing for one site")

m(f="admin-participants-block", frm="Patrick Legrand <patrick.legrand@unicaen.fr>", sub="bloc Participants", role="staff",
  body="""Bonjour,
Où est passé le bloc Participants dans mes cours (par ex. M.2HRP3A) ? Je ne le trouve plus à droite.
P. Legrand""", form="plain", codes=[("M.2HRP3A","M.2HRP3A")], sym="participants_block_missing", sch=["dotted-prefix"], note="teacher asks where participants block went")

m(f="secretary-forward-student-wrong-group", frm="Scolarité Droit <scol.droit@unicaen.fr>", sub="TR: changement de groupe non pris en compte", role="staff",
  body="""Bonjour,
Je vous transfère la demande de l'étudiant. Le changement de groupe (TD05 -> TD02 en L2 droit, JUR2-PEN) a été saisi dans Apogée le 01/10/2025.

---------- Message transféré ----------
De : Lucas Bernard <lucas.bernard@etu.unicaen.fr>
Date : 30 sept. 2025 à 17:02
Objet : changement de groupe

> Bonjour, pouvez-vous me changer de groupe de TD, je suis en TD 5 et je veux le TD 2 (mercredi). 23011456

Cordialement,
Anne-Sophie Leroux, scolarité Licence Droit, bureau DR-012""", form="plain",
  codes=[("JUR2-PEN","JUR2-PEN"),("JUR2-TD05","TD05"),("JUR2-TD02","TD02")], nums=["23011456"], sym="wrong_group",
  sch=["disc3+year-dash-letters","group disc+year-TDnn"], said=["XJUR2"], note="secretary forwards wrong-group request", extra_written=["TD 5","TD 2"])

m(f="teacher-annoyed-allcaps", frm="Bernard Quesnel <bernard.quesnel@unicaen.fr>", sub="ENCORE ECAMPUS", role="staff",
  body="""Troisième fois que je signale que mes étudiants ne sont PAS inscrits dans SPHY 120. Le TP est demain. Je ne comprends pas ce que vous faites.
BQ""", form="plain", codes=[("SPHY120","SPHY 120")], sym="not_enrolled", sch=["letters+digits"], dmg=1, note="annoyed teacher")

m(f="composante-admin-list-courses", frm="Service Pédagogie UFR Sciences <pedagogie.sciences@unicaen.fr>", sub="Cours à créer (nouveaux codes 2025-2026)", role="staff",
  body="""Bonjour,

Suite à la nouvelle maquette, les éléments suivants ont été créés dans Apogée le 15/09 mais n'apparaissent pas sur Ecampus :

BIO.3E30 - Génétique des populations
BIO.3E31 - Écologie microbienne
BIO.3 E32 - Projet tutoré

Pouvez-vous vérifier la synchronisation ?
Service pédagogie - UFR des Sciences - Campus 2 - 02 31 56 73 00""", form="cp1252", codes=[("BIO.3E30","BIO.3E30"),("BIO.3E31","BIO.3E31"),("BIO.3E32","BIO.3 E32")],
  sym="course_missing", sch=["disc3.year+letter+2digits"], dmg=1, note="new elements not created in Ecampus")

m(f="teacher-vague-no-code", frm="Sophie Duval <sophie.duval@unicaen.fr>", sub="problème ecampus", role="staff",
  body="""Bonjour,
Plusieurs étudiants me disent ne pas voir mon cours. Pouvez-vous regarder ?
Merci
Sophie Duval""", form="plain", sym="students_cannot_see_course", sch=[], note="vague, no code")

m(f="teacher-en-visiting", frm="Dr. Alan Whitfield <a.whitfield@unicaen.fr>", sub="Not enrolled as teacher in PSY3 B07", role="staff",
  body="""Dear colleagues,
I am a visiting professor teaching PSY3 B07 this semester. I can log in to Ecampus but I am not listed as a teacher in the course. Could you add me?
Best, Alan Whitfield, office SA-214, ext. 5690""", form="plain", codes=[("PSY3B07","PSY3 B07")], sym="teacher_not_enrolled", lang="en",
  sch=["disc3+year+sem-letter+2digits"], dmg=1, note="visiting professor not enrolled as teacher")

m(f="secretary-outlook-html-etape", frm="Scolarité IUT Lisieux <scol.iut-lisieux@unicaen.fr>", sub="BUT GEA 1 - étudiants sans cours", role="staff",
  body="""Bonjour,

Une dizaine d'étudiants de l'étape IGEA1 (version 201) n'ont aucun cours sur Ecampus, par exemple :
24019990 DUPUIS Mathéo
25019011 KONE Awa
Leur IA est pourtant validée depuis le 12/09.

Cordialement,
Le service scolarité - IUT site de Lisieux - 11 bd Jules Ferry, 14100 Lisieux""", form="html", codes=[("IGEA1","IGEA1")], nums=["24019990","25019011"],
  sym="not_enrolled", sch=["IUT etape I+dept+year"], note="étape code and student list")

m(f="teacher-quiz-setting", frm="Martine Cordier <martine.cordier@unicaen.fr>", sub="réglage du test", role="staff",
  body="""Bonjour,
Comment donner un tiers-temps à deux étudiants dans le test du cours APS23B ? Je ne trouve pas les « dérogations utilisateur ».
Martine Cordier""", form="plain", codes=[("APS23B","APS23B")], sym="other", sch=["APS+year+sem+letter"], note="quiz override question")

m(f="teacher-renamed-idnumber", frm="Yves Morin <yves.morin@unicaen.fr>", sub="Changement de nom du cours", role="staff",
  body="""Bonjour,
Mon cours "(2HR7A) Histoire de l'art médiéval" a été renommé "(2HR7 B) Art médiéval" sans que je le demande, et la moitié des étudiants ont disparu.
Y. Morin""", form="plain", codes=[("2HR7A","2HR7A"),("2HR7B","2HR7 B")], sym="course_moved_renamed", sch=["digit-leading short"], dmg=1, note="course renamed by code change")

m(f="teacher-cas-destination", frm="Laurent Gilles <laurent.gilles@unicaen.fr>", sub="CAS", role="staff",
  body="""Bonjour, depuis mon marque-page cas.unicaen.fr/login je me connecte mais ensuite je reste sur une page "Connexion réussie". Je n'arrive pas sur Ecampus.
L. Gilles, poste 02 31 56 60 60""", form="plain", sym="cas_unknown_destination", sch=[], note="teacher CAS bookmark")

# ---- other (10)
m(f="auto-absent", frm="Jean-Marc Pottier <jean-marc.pottier@unicaen.fr>", sub="Réponse automatique : [CEMU #48417] Mes étudiants ne voient pas mon cours", role="unknown", auto=True,
  body="""Je suis absent du bureau jusqu'au 3 novembre 2025 inclus. Pour toute question urgente concernant le cours 1CA211, contactez le secrétariat au 02 31 56 71 00.
I am out of the office until November 3rd.""", form="plain", codes=[("1CA211","1CA211")], sym="other", sch=["INSPE digit+letters+digits"], note="out of office")

m(f="bounce-mailer-daemon", frm="Mail Delivery System <MAILER-DAEMON@smtp.unicaen.fr>", sub="Undelivered Mail Returned to Sender", role="unknown", auto=True,
  body="BOUNCE", form="bounce", sym="other", sch=[], note="delivery failure to a student address", nums=[])

m(f="spam-phishing", frm="Service Informatique <support@unicaen-securite.com>", sub="Votre boîte mail sera désactivée", role="unknown",
  body="""Cher utilisateur,
Votre quota de messagerie a atteint 98%. Cliquez ici pour valider votre compte sous 24h : http://unicaen-verif.web-app.top/login
Référence : UCN-2025-88412
Service Informatique""", form="html", sym="other", sch=[], note="phishing")

m(f="newsletter-cemu", frm="La lettre du CEMU <lettre-cemu@listes.unicaen.fr>", sub="[lettre-cemu] Novembre 2025 : Moodle 4.5, ateliers", role="unknown", auto=True,
  body="""La lettre d'information du CEMU - n°42 - novembre 2025

* Ecampus passe en Moodle 4.5 pendant les vacances de Noël (20/12 au 04/01).
* Ateliers "Atelier Moodle niveau 1" : 18/11 à 14h, salle SA-S14.
* Rappel : pour toute demande, écrivez à cemu.assistance@unicaen.fr en précisant le code APOGÉE du cours (ex. HLAN201) et le numéro étudiant.

Pour vous désabonner : https://listes.unicaen.fr/sympa/signoff/lettre-cemu""", form="plain", codes=[("HLAN201","HLAN201")], sym="other", sch=["letters+digits"], note="newsletter; code as example")

m(f="auto-reply-en-erasmus", frm="International Office Padova <erasmus.incoming@unipd.it>", sub="Automatic reply: Cannot see my courses on Ecampus", role="unknown", auto=True,
  body="""Thank you for your message. Our office is closed from 24 December to 6 January. Your request (ref. ERA-2025-1183) will be handled upon our return.""", form="plain",
  sym="other", lang="en", sch=[], note="automatic reply from partner university")

m(f="vendor-spam-product", frm="Commercial EduTech <contact@edutech-solutions.fr>", sub="Offre spéciale tableaux interactifs", role="unknown",
  body="""Bonjour,
Profitez de -30% sur nos écrans interactifs ET-7586X (réf. ETX-2025-75) et ViewBoard IFP6550-5 jusqu'au 30/11/2025 !
Livraison gratuite - 14000 Caen et environs.
Pour ne plus recevoir nos offres, répondez STOP.""", form="html", sym="other", sch=[], note="vendor spam; product refs look like codes")

m(f="glpi-notification", frm="GLPI UNICAEN <glpi-noreply@unicaen.fr>", sub="[GLPI #0087123] Nouveau suivi", role="unknown", auto=True,
  body="""Un nouveau suivi a été ajouté au ticket 0087123.
Titre : Imprimante HP LaserJet M404dn salle S3-045
Statut : En cours (affecté)
URL : https://glpi.unicaen.fr/front/ticket.form.php?id=87123""", form="plain", sym="other", sch=[], note="GLPI notification, not Ecampus")

m(f="partner-school-question", frm="Anne Girard <anne.girard@esitc-caen.fr>", sub="Accès Ecampus pour nos étudiants en double diplôme", role="unknown",
  body="""Bonjour,
Nos étudiants en double diplôme ESITC/UNICAEN (M1, une douzaine) n'arrivent pas à accéder au cours M.1HRP9C. Ils ont un compte UNICAEN, par ex. 25170044.
Anne Girard, chargée des relations universitaires, ESITC Caen - 1 rue Pierre et Marie Curie, 14610 Épron - 02 31 46 23 00""", form="plain",
  codes=[("M.1HRP9C","M.1HRP9C")], nums=["25170044"], sym="not_enrolled", sch=["dotted-prefix"], note="partner school, outside sender")

m(f="auto-list-moderation", frm="sympa@listes.unicaen.fr", sub="Message pour la liste etudiants-psy en attente de modération", role="unknown", auto=True,
  body="""Le message de 22105873@etu.unicaen.fr pour la liste etudiants-psy@listes.unicaen.fr (objet : cours PSY3A12 et PSY3 A13) est en attente de modération.
Clé d'authentification : 5f3c2a91e0b4""", form="plain", codes=[("PSY3A12","PSY3A12"),("PSY3A13","PSY3 A13")], nums=["22105873"], sym="other",
  sch=["disc3+year+sem-letter+2digits"], dmg=1, note="list moderation notice; quoted subject cites codes")

m(f="auto-absent-secretariat-html", frm="Scolarité Histoire <scol.histoire@unicaen.fr>", sub="Absent du bureau : TR: séminaire", role="unknown", auto=True,
  body="""Bonjour,<br>Le secrétariat est fermé du 27/10 au 31/10/2025 (vacances de la Toussaint).<br>Les inscriptions pédagogiques en XHIS3 et XHIS4 reprendront le 03/11.<br>Cordialement""",
  form="rawhtml", codes=[("XHIS3","XHIS3"),("XHIS4","XHIS4")], sym="other", sch=["etape X+disc3+year"], note="secretariat out-of-office citing étapes")
