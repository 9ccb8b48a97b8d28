from common import *

# ================================================================ not about Ecampus
Mail("n116", "reservation-amphi-soutenance", ("Christine Vautier", "christine.vautier@unicaen.fr"), CEMU,
     "Réservation amphi + captation soutenance HDR", "2025-11-18 10:05", """Bonjour,

Je me permets de vous solliciter pour la soutenance d'HDR de M. Lécuyer le vendredi 12 décembre à 14h. Serait-il possible de réserver l'amphithéâtre Pierre Daure (ou à défaut la salle SA-110) et de prévoir une captation vidéo avec diffusion en direct (Teams ou BigBlueButton) pour deux membres du jury à distance ?

La salle du conseil (AS 201) est déjà prise ce jour-là.

Merci par avance,

Christine Vautier
Gestionnaire administrative - École doctorale 556 HSRT
MRSH - Campus 1 - Bureau SR 129
02 31 56 62 47
""", G(sym="other", role="staff", note="Request to book a lecture hall and video capture for a defence (not Ecampus)"),
     kind="alt", style="outlook", mid="outlook", flags=("longsig",))

Mail("n117", "badge-parking-campus2", ("Alain Legrand", "alain.legrand@unicaen.fr"), "CEMU <cemu@unicaen.fr>",
     "badge parking", "2025-09-03 08:12", """Bonjour,

Mon badge d'accès au parking du campus 2 ne fonctionne plus depuis lundi (badge n° 004417, véhicule immatriculé GH-512-KT). Je ne sais pas à qui m'adresser, le PC sécurité m'a dit de voir avec mon service. Le CEMU est-il bien mon service de rattachement pour ça ?

Alain Legrand
Technicien audiovisuel
""", G(sym="other", role="staff", note="Parking badge not working (not Ecampus)"))

Mail("n118", "spam-quota-messagerie", ("Service Informatique UNICAEN", "support@unicaen-webmail-secure.com"),
     "cemu.assistance@unicaen.fr", "Action requise : votre boîte aux lettres a atteint 98% de sa capacité",
     "2025-10-15 03:14", "", G(sym="other", role="unknown", note="Phishing mail pretending the mailbox is full"),
     kind="html", html_body="""<html><body style="font-family:Arial">
<table width="600" align="center" style="border:1px solid #ccc"><tr><td style="background:#003f7f;color:#fff;padding:12px">
<b>UNICAEN - Service Messagerie</b></td></tr>
<tr><td style="padding:16px">Cher utilisateur,<br><br>
Votre bo&icirc;te aux lettres <b>cemu.assistance@unicaen.fr</b> a atteint <b>98%</b> de sa capacit&eacute; (4,9 Go / 5 Go).<br>
Les nouveaux messages seront rejet&eacute;s sous 24 heures.<br><br>
<a href="http://unicaen-webmail-secure.com/owa/upgrade?id=20251015" style="background:#e30613;color:#fff;padding:8px 14px;text-decoration:none">AUGMENTER MON QUOTA MAINTENANT</a><br><br>
R&eacute;f&eacute;rence de la demande : QTA-20251015-88412<br><br>
Cordialement,<br>L'&eacute;quipe technique<br>&copy; 2025 Universit&eacute; de Caen Normandie</td></tr></table></body></html>
""", cte="base64", mid="unicaen-webmail-secure.com")

Mail("n119", "appel-communications-colloque", ("Colloque TICEMED 2026", "contact@ticemed-2026.org"),
     "cemu.assistance@unicaen.fr", "[CFP] TICEMED 2026 - Appel à communications - date limite 15 janvier",
     "2025-11-25 14:00", """TICEMED 2026 - 15e colloque international sur les technologies de l'information et de la communication dans l'enseignement
Marseille, 9-11 juin 2026

APPEL À COMMUNICATIONS

Thèmes :
1. Plateformes d'apprentissage et analytique (Moodle 4.x, LMS open source)
2. IA générative et évaluation
3. Accessibilité numérique (RGAA 4.1, WCAG 2.2)
4. Hybridation des formations

Soumission des résumés (500 mots) : avant le 15 janvier 2026 sur https://ticemed-2026.sciencesconf.org
Notification : 1er mars 2026
Actes publiés (ISBN 978-2-9587412-3-1)

Comité d'organisation : contact@ticemed-2026.org - +33 4 91 28 80 00

Pour ne plus recevoir nos messages : https://ticemed-2026.org/unsubscribe?u=C7719
""", G(sym="other", role="unknown", note="Conference call for papers (not Ecampus)"),
     kind="alt", style="thunderbird", extra={"List-Unsubscribe": "<https://ticemed-2026.org/unsubscribe?u=C7719>",
                                             "Precedence": "bulk"}, mid="ticemed-2026.org")

Mail("n120", "etu-bourse-non-versee", ("Samia Belkacem", "samia.belkacem@etu.unicaen.fr"), CEMU,
     "Bourse pas reçue", "2025-10-16 12:40", """Bonjour,

Je n'ai toujours pas reçu ma bourse du mois d'octobre alors que mon dossier social étudiant (n° 2025-0149375) est validé échelon 5. Mon numéro étudiant est 24019922. Est-ce que c'est vous qui vous occupez de ça ou le CROUS ?

Merci
Samia Belkacem
""", G(nums=["24019922"], sym="other", note="Student asks about her grant payment (not Ecampus)"))

Mail("n121", "confirmation-commande-webcams", ("LDLC Pro", "commandes@ldlc-pro.example.com"),
     "cemu.assistance@unicaen.fr", "Confirmation de votre commande n° 25100347", "2025-10-03 15:27", "",
     G(sym="other", role="unknown", note="Supplier order confirmation for webcams (not Ecampus)"), kind="html",
     html_body="""<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>
<h2 style="color:#1b4f9c">Merci pour votre commande !</h2>
<p>Bonjour,</p>
<p>Nous vous confirmons la prise en compte de votre commande <b>n°&nbsp;25100347</b> du 03/10/2025 (bon de commande UNICAEN BC-2025-004512).</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Réf.</th><th>Désignation</th><th>Qté</th><th>Prix HT</th></tr>
<tr><td>960-001055</td><td>Logitech C920 HD Pro Webcam</td><td>12</td><td>779,40 €</td></tr>
<tr><td>981-000406</td><td>Logitech H390 Casque USB</td><td>12</td><td>394,80 €</td></tr>
</table>
<p>Livraison prévue : 08/10/2025 - CEMU, Bâtiment N, Campus 1, 14032 Caen Cedex 5.<br>
Transporteur : DPD, colis n° 05208743019928.</p>
<p>Service client : 04 27 46 60 10 (du lundi au vendredi, 9h-18h)</p>
<p style="font-size:10px;color:#888">SAS au capital de 1 000 000 € - RCS Lyon 403 554 181 - TVA FR42403554181</p>
</body></html>
""", cte="base64", mid="ldlc-pro.example.com")

Mail("n122", "newsletter-normandie-universite", ("Normandie Université", "newsletter@normandie-univ.fr"),
     "liste-personnels@unicaen.fr", "La Lettre de Normandie Université - n°47 - novembre 2025", "2025-11-07 11:00",
     """La Lettre de Normandie Université - n°47

À LA UNE
- Journées doctorales 2026 : inscriptions ouvertes jusqu'au 30 janvier
- Le campus numérique normand franchit le cap des 10 000 utilisateurs

AGENDA
- 27/11/2025 : Nuit des chercheurs, Rouen (Pôle régional des savoirs)
- 04/12/2025 : Conférence « Climat et littoral », Caen, amphi Daure, 18h

EN BREF
- Appel à projets Innovation pédagogique 2026 (enveloppe 120 000 €), dossiers avant le 12/01/2026

Se désinscrire : https://www.normandie-univ.fr/newsletter/desinscription
Normandie Université - Esplanade de la Paix - 14032 Caen Cedex 5
""", G(sym="other", role="unknown", auto=True, note="Institutional newsletter (mailing list, not Ecampus)"),
     kind="alt", style="gmail", extra={"List-Id": "<lettre.normandie-univ.fr>", "Precedence": "list"},
     mid="normandie-univ.fr")

Mail("n123", "pot-de-depart-martine", ("Sylvie Marie", "sylvie.marie@unicaen.fr"),
     "cemu-tous@unicaen.fr, scol-iut@unicaen.fr", "Pot de départ de Martine", "2025-12-09 13:22", """Bonjour à tous,

Martine part à la retraite après 32 ans à l'université ! Nous organisons un pot de départ le jeudi 18 décembre à partir de 16h en salle du conseil (bâtiment A, AS 201).

Une cagnotte est ouverte pour lui offrir un cadeau : https://www.leetchi.com/fr/c/depart-martine-4412701

Merci de confirmer votre présence avant le 15/12.

Sylvie
""", G(sym="other", role="staff", note="Colleague's farewell party invitation (not Ecampus)"))

# ================================================================ outsiders
Mail("o124", "vacataire-profil-adresse-manquante", ("Julien Morin", "julien.morin.finance@gmail.com"), CEMU,
     "Connexion Ecampus - vacataire IAE", "2025-09-21 18:40", """Bonjour,

Je suis consultant et j'interviens comme vacataire à l'IAE de Caen cette année (Corporate Finance en M1, AEM1 FIN3). L'IAE m'a créé un compte invité la semaine dernière.

À la connexion sur Ecampus, je suis redirigé vers la page de profil avec le message "Vous devez compléter votre profil" : le champ adresse de courriel est vide et je ne peux pas le remplir. Je reviens sur cette page à chaque fois.

Pourriez-vous débloquer la situation ?

Cordialement,
Julien Morin
06 21 84 55 03
""", G(codes=[("AEM1FIN3", "AEM1 FIN3")], sym="cannot_login", role="unknown",
       note="Vacataire (gmail) stuck on the profile page: guest account created without e-mail"), mid="gmail")

Mail("o125", "vacataire-cours-pas-dans-liste", ("Kathleen O'Brien", "kathleen.obrien@orange.fr"), CEMU,
     "Accès au cours d'anglais DAEU", "2025-10-05 10:55", """Bonjour,

Je donne les cours d'anglais du DAEU (DAEU-AN1, le samedi matin, groupe DAEU-SAM) comme vacataire depuis septembre. J'arrive à me connecter à Ecampus, mais le cours n'apparaît pas dans ma liste : je n'en suis pas enseignante. Le service de formation continue me dit que mes heures sont bien dans l'emploi du temps.

Pouvez-vous m'ajouter au cours ?

Kathleen O'Brien

""" + tb_fwd("2025-10-03 14:20", "SUFCA - DAEU", "daeu.sufca@unicaen.fr", "Re: accès Ecampus", "kathleen.obrien@orange.fr") + """

Madame,

Vos heures d'anglais sont bien planifiées dans ADE depuis le 13 septembre (samedi 9h-12h, salle DAEU 2, bâtiment E). Pour l'accès à Ecampus, merci de contacter directement le CEMU.

Le secrétariat du DAEU
""", G(codes=[("DAEU-AN1", "DAEU-AN1"), ("DAEU-SAM", "DAEU-SAM")], sym="teacher_not_enrolled", role="unknown",
       note="Vacataire can log in but is not enrolled as teacher in the DAEU course she teaches"), flags=("quoted",),
     charset="iso-8859-1", cte="quoted-printable", kind="html", style="thunderbird")

Mail("o126", "vacataire-ingenieur-cours-invisible", ("Arnaud Delaunay", "a.delaunay@normandie-ingenierie.fr"), CEMU,
     "Cours ESIX invisible pour mes étudiants", "2025-10-20 19:12", """Bonjour,

Ingénieur chez Normandie Ingénierie, j'interviens comme vacataire en 5e année agroalimentaire à l'ESIX (module X5AGR03 "Procédés de conservation"). J'ai mis en ligne mes supports dans l'espace Ecampus du module, et je vois bien les 28 étudiants dans la liste des participants.

Mais les étudiants me disent qu'ils ne voient pas le cours du tout. Je suppose qu'un paramètre m'échappe.

Merci de votre aide.

Arnaud Delaunay
Ingénieur procédés - Normandie Ingénierie
ZA du Mesnil - 14790 Verson
Tél. 02 31 26 44 90 - Mob. 06 32 18 74 51
www.normandie-ingenierie.fr

Ce courriel et ses pièces jointes peuvent contenir des informations confidentielles à l'usage exclusif de leur destinataire. Toute diffusion non autorisée est interdite.
""", G(codes=[("X5.AGR03", "X5AGR03")], sym="students_cannot_see_course", role="unknown",
       note="Outside vacataire: students listed in participants but cannot see his course"),
     kind="alt", style="outlook", mid="normandie-ingenierie.fr", flags=("longsig",))

Mail("o127", "partenaire-rouen-codiplomes", ("Émilie Dubuc", "emilie.dubuc@univ-rouen.fr"), CEMU,
     "Fwd: Étudiants de Rouen - master co-accrédité géographie", "2025-10-10 09:30", """Bonjour,

Je me permets de vous transférer le message de notre étudiante. Six étudiants de l'Université de Rouen Normandie inscrits au Master Géographie co-accrédité suivent à Caen l'UE "Risques côtiers" (HGEO410). Ils ont leur compte UNICAEN depuis septembre mais n'apparaissent pas dans l'espace Ecampus de cette UE, contrairement aux étudiants caennais.

Liste (n° étudiant UNICAEN) : 25130011, 25130012, 25130019, 25130024, 25130027, 25130031.

Bien cordialement,

Émilie Dubuc
Gestionnaire de scolarité - Master Géographie
UFR Lettres et Sciences Humaines - Université de Rouen Normandie
Rue Lavoisier - 76821 Mont-Saint-Aignan Cedex
Tél. 02 35 14 69 00

""" + gm_fwd("2025-10-09 17:02", "Chloé Aubry", "chloe.aubry@univ-rouen.fr", "Ecampus Caen",
             "emilie.dubuc@univ-rouen.fr") + """

Bonjour Madame,

Nous ne sommes toujours pas inscrits au cours de Risques côtiers sur Ecampus (Caen). Le professeur nous envoie les documents par mail en attendant. Pouvez-vous voir avec Caen ?

Chloé Aubry, M1 Géographie
""", G(codes=[("HGEO410", "HGEO410")], nums=["25130011", "25130012", "25130019", "25130024", "25130027", "25130031"],
       sym="not_enrolled", role="unknown", note="Partner university forwards: six co-accredited students missing from a Caen course"),
     mid="gmail", flags=("quoted", "longsig"))

Mail("o128", "partner-exeter-guest-login", ("Rebecca Hollis", "r.hollis@exeter.ac.uk"), CEMU,
     "Guest lecturer - unable to log in to Ecampus", "2025-11-10 09:45", """Dear colleagues,

I am a guest lecturer from the University of Exeter Business School, teaching a two-week intensive module in the M2 Marketing programme at IAE Caen (AEM2MKT1) from 17 November.

The IAE kindly created an account for me (login: hollis.r), but when I try to sign in through the CAS page I get "Invalid credentials". I have reset the password twice using the link I received, with no success.

Could you please look into this before the module starts?

With thanks and best wishes,

Dr Rebecca Hollis
Senior Lecturer in Marketing
University of Exeter Business School
Rennes Drive, Exeter EX4 4ST, United Kingdom
+44 (0)1392 72 4519

""" + ol_hdr_en("2025-11-05 15:02", "Relations internationales IAE", "international.iae@unicaen.fr", "Rebecca Hollis <r.hollis@exeter.ac.uk>", "Your access to UNICAEN digital services") + """
Dear Dr Hollis,

Your guest account has been created. Login: hollis.r. You will receive a separate e-mail to set your password. Course materials for AEM2MKT1 can be uploaded on Ecampus (https://ecampus.unicaen.fr/).

Kind regards,
International Office - IAE Caen
""", G(codes=[("AEM2MKT1", "AEM2MKT1")], sym="cannot_login", role="unknown", lang="en",
       note="Foreign guest lecturer cannot log in with the account created for her (quotes the IAE welcome mail)"),
     kind="alt", style="outlook", mid="outlook", flags=("longsig", "quoted"))

Mail("o129", "partenaire-lehavre-cours-archive", ("Stéphane Baudry", "stephane.baudry@univ-lehavre.fr"), CEMU,
     "Espace partagé ESIX / ULHN passé en archives", "2025-09-15 16:10", """Bonjour,

Enseignant à l'Université Le Havre Normandie, j'intervenais l'an dernier dans l'espace Ecampus commun du module "Qualité et sécurité des aliments" de l'ESIX (X5.AGR01), en tant qu'enseignant invité.

Cette année, l'espace apparaît dans une catégorie "Archives" avec un intitulé modifié, et je n'y ai plus d'accès en écriture. Le responsable ESIX me dit que le module a été fusionné dans X5.AGR03.

Est-ce que je dois demander un accès au nouveau cours, et peut-on récupérer le contenu de l'ancien ?

Cordialement,
Stéphane Baudry
""", G(codes=[("X5.AGR01", "X5.AGR01"), ("X5.AGR03", "X5.AGR03")], sym="course_moved_renamed", role="unknown",
       note="Partner-university teacher: shared course archived and renamed after merge into another element"))

Mail("o130", "parent-fille-aucun-cours", ("Philippe Lemarié", "ph.lemarie@orange.fr"), CEMU,
     "Ma fille n'est inscrite dans aucun cours", "2025-09-20 11:32", """Madame, Monsieur,

Je me permets de vous écrire au sujet de ma fille, Manon Lemarié, inscrite en première année de licence de droit (numéro étudiant 25013360). Depuis la rentrée elle n'est inscrite dans aucun cours sur Ecampus : ses enseignants lui disent qu'elle n'apparaît pas dans leurs listes et elle ne peut donc pas accéder aux documents. La scolarité lui a dit que son inscription pédagogique avait été faite le 12 septembre.

Elle est très inquiète et n'ose pas vous écrire elle-même. Pourriez-vous regarder ce qu'il en est ?

Avec mes remerciements,
Philippe Lemarié
14 rue des Capucins - 14000 Caen
06 07 44 18 92
""", G(nums=["25013360"], sym="not_enrolled", role="unknown",
       note="Parent writes: daughter (L1 law) enrolled in no course though IP done"),
     charset="iso-8859-1", cte="base64")

Mail("o131", "vendor-wooclap-integration", ("Maxime de Wooclap", "maxime@wooclap-news.example.com"),
     "cemu.assistance@unicaen.fr", "UNICAEN x Wooclap : l'intégration Moodle 4.5 est disponible", "2025-09-24 10:00",
     """Bonjour,

Bonne nouvelle pour les équipes pédagogiques de l'Université de Caen Normandie : notre plugin Moodle (version 5.2.1, compatible Moodle 4.1 à 4.5, LTI 1.3) est maintenant disponible.

- Synchronisation automatique des notes avec le carnet de notes
- Import des participants en un clic
- Nouveau : questions générées par IA

Réservez une démo de 20 minutes : https://calendly.com/wooclap-edu/demo-fr

Maxime
Customer Success Manager - Enseignement supérieur
Wooclap SA - Boulevard Louis Schmidt 29, 1040 Bruxelles
""", G(sym="other", role="unknown", note="Vendor marketing mail about a Moodle plugin"),
     kind="alt", style="gmail", extra={"Precedence": "bulk"}, mid="wooclap-news.example.com")

Mail("o132", "lycee-cordees-compte-expire", ("Agnès Tournier", "agnes.tournier@ac-normandie.fr"), CEMU,
     "Cordées de la réussite - compte Ecampus expiré", "2025-11-17 17:05", """Bonjour,

Professeure de SVT au lycée Malherbe, j'accompagne les élèves de terminale du dispositif "Cordées de la réussite" sur l'espace Ecampus de découverte des études de santé. On m'avait créé un compte invité l'an dernier.

Depuis cette semaine, impossible de me connecter : "Ce compte a expiré ou a été désactivé". Les élèves, eux, ont reçu de nouveaux identifiants.

Pouvez-vous réactiver mon compte ?

Agnès Tournier
Lycée Malherbe - 14 avenue Albert Sorel - 14000 Caen
""", G(sym="cannot_login", role="unknown", note="High-school teacher's guest account expired, cannot log in"))

Mail("o133", "ancien-etudiant-compte-desactive", ("Romain Gallais", "romain.gallais@proton.me"), CEMU,
     "Accès Ecampus après diplôme", "2025-10-30 21:20", """Bonjour,

J'ai obtenu mon master en 2024 (n° étudiant 19012283) et je voudrais récupérer des documents de cours sur Ecampus pour préparer un concours, mais je n'arrive plus à me connecter : le CAS me dit que mon compte n'existe pas.

Est-il possible de réactiver temporairement mon accès ?

Romain Gallais
""", G(nums=["19012283"], sym="cannot_login", role="unknown",
       note="Former student's account deactivated, cannot log in"))

Mail("o134", "vacataire-academie-connexion-reussie", ("Marc Thibault", "marc.thibault@ac-normandie.fr"), CEMU,
     "Connexion Ecampus bloquée", "2025-09-30 21:10", """Bonjour,

Professeur de lycée et chargé de cours à l'INSPE (didactique des mathématiques, 1PE3O5), je n'arrive pas à atteindre Ecampus : j'arrive sur une page de l'université qui affiche "Connexion réussie" avec mon identifiant, puis plus rien. Le lien que j'utilise est celui qui figure dans le mail de bienvenue de l'INSPE : https://cas.unicaen.fr/login

Merci,
Marc Thibault
""", G(codes=[("1PE305", "1PE3O5")], sym="cas_unknown_destination", role="unknown",
       note="Outside vacataire uses a bare CAS link and stays on 'Connexion réussie'"))

Mail("o135", "ensicaen-inscrite-trop-de-cours", ("Laure Bénard", "laure.benard@ensicaen.fr"), CEMU,
     "Inscrite comme enseignante dans des cours que je n'assure pas", "2025-10-08 08:35", """Bonjour,

Enseignante-chercheuse à l'ENSICAEN, j'assure cette année un module partagé avec l'ESIX (X4.GSI05, Gestion de production). J'y suis bien inscrite, mais je me retrouve aussi "enseignante" dans six autres cours de l'ESIX où je n'interviens pas (X4.GSI02, X4.GSI08, X4.SYS11...), et je reçois les notifications de tous les devoirs.

Et inversement, les collègues de ces cours voient mon nom dans leurs listes d'enseignants.

Pouvez-vous corriger ?

Laure Bénard
ENSICAEN - 6 boulevard Maréchal Juin - 14050 Caen cedex 4
""", G(codes=[("X4.GSI05", "X4.GSI05"), ("X4.GSI02", "X4.GSI02"), ("X4.GSI08", "X4.GSI08"), ("X4.SYS11", "X4.SYS11")],
       sym="too_many_teachers", role="unknown",
       note="Partner-school teacher enrolled as teacher in six courses she does not teach"),
     cte="quoted-printable")
