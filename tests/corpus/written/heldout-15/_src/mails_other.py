from lib import m, D
U = "unknown"
m("081-absent-bureau.eml", U, "Sandrine Hebert <sandrine.hebert@unicaen.fr>", "Absent du bureau : [CEMU #48790] Mauvais groupe de TD en droit civil", D("2025-10-24 12:00"),
"""Bonjour,

Je suis absente du bureau du 24/10/2025 au 03/11/2025 inclus. Pour toute question urgente concernant la Licence Droit, merci de contacter scolarite.droit@unicaen.fr ou le 02 31 56 54 80.

Cordialement,
Sandrine Hébert""", "other", [], [], [], [], auto=True, hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}, note="out of office")
m("082-reponse-automatique-en.eml", U, "Rachel Green <rachel.green@unicaen.fr>", "Automatic reply: [CEMU #49300] Too many teachers / trop d'enseignants", D("2025-12-22 09:30"),
"""I am on leave until 5 January 2026 with limited access to e-mail. For HANG204 matters please contact the department office (L-112).

Rachel Green""", "other", ["HANG204"], ["HANG204"], [], [], lang="en", auto=True, sch=["lettres+chiffres (HANG204)"],
hdrs={"Auto-Submitted": "auto-replied"}, note="English auto-reply citing course code")
m("083-bounce-mailer-daemon.eml", U, "Mail Delivery System <MAILER-DAEMON@smtp.unicaen.fr>", "Undelivered Mail Returned to Sender", D("2025-09-19 10:06"),
"""This is the mail system at host smtp.unicaen.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<kevin.l14@gmial.com>: Host or domain name not found. Name service error for
    name=gmial.com type=MX: Host not found, try again

Reporting-MTA: dns; smtp.unicaen.fr
X-Postfix-Queue-ID: 4cR7Kp2ZB0z9vFq
Arrival-Date: Fri, 19 Sep 2025 10:06:11 +0200 (CEST)
Final-Recipient: rfc822; kevin.l14@gmial.com
Action: failed
Status: 5.4.4

---- original message ----
Subject: [CEMU #48731] ecampus
Votre demande concernant CGEA3R05 a bien été prise en compte.""", "other", ["CGEA3R05"], ["CGEA3R05"], [], [], auto=True,
sch=["IUT site+spec+sem+R/S (CGEA3R05)"], hdrs={"Auto-Submitted": "auto-generated"}, note="bounce; queue id look-alike")
m("084-spam-prize.eml", U, "Service Client <no-reply@promo-gagnant-24.xyz>", "Félicitations ! Vous avez gagné un iPhone 16 Pro", D("2025-11-02 03:14"),
"""Cher utilisateur,

Vous avez été sélectionné pour recevoir un iPhone 16 Pro (réf. MYNF3ZD/A). Cliquez ici pour confirmer votre adresse de livraison avant le 05/11/2025 : http://bit.ly/gagnant-unicaen

Code promo : WIN2025X
""", "other", [], [], [], [], form="html", note="spam; product refs look-alike")
m("085-vendor-licence.eml", U, "Compilatio <commercial@compilatio.net>", "Renouvellement de votre licence Compilatio Magister+", D("2026-01-08 10:00"),
"""Madame, Monsieur,

Votre licence Compilatio Magister+ (contrat n° CMP-2023-14032, 1 200 analyses) arrive à échéance le 31/01/2026. Le plugin Moodle version 3.2.1 est compatible avec votre plateforme Moodle 4.1.

Contactez-nous au 04 50 10 48 00.

L'équipe commerciale Compilatio
276 rue du Mont Blanc - 74540 Saint-Félix""", "other", [], [], [], [], form="alt", note="vendor, contract number and versions look-alike")
m("086-dsi-maintenance.eml", "staff", "DSI UNICAEN <dsi-communication@unicaen.fr>", "[Info DSI] Maintenance Ecampus dimanche 16 novembre", D("2025-11-12 16:00"),
"""Bonjour à toutes et à tous,

Une intervention de maintenance aura lieu sur la plateforme Ecampus le dimanche 16 novembre 2025 de 8h00 à 12h00 (mise à jour vers la version 4.1.15, ticket DSI INC0045871). Pendant cette période, la plateforme pourra afficher un message d'erreur de base de données.

La Direction du Système d'Information
Campus 1 - bâtiment S - 02 31 56 55 00""", "other", [], [], [], [], form="alt", hdrs={"List-Id": "<dsi-info.listes.unicaen.fr>", "Precedence": "list"},
auto=True, note="DSI notice via list, version/ticket look-alikes")
m("087-merci-prof.eml", "staff", "Catherine Vautier <catherine.vautier@unicaen.fr>", "Re: [CEMU #48822] Mes étudiants ne voient pas mon cours", D("2025-09-16 09:12"),
"""Merci beaucoup, c'était bien la visibilité du cours. Tout fonctionne.
Bonne journée,
C. Vautier

> Le 15/09/2025 à 18:30, CEMU Assistance a écrit :
> Bonjour, votre cours est caché : Paramètres > Visibilité du cours > Afficher.""", "other", [], [], [], [], note="thanks after fix")
m("088-newsletter-cemu.eml", U, "Lettre du CEMU <lettre-cemu@listes.unicaen.fr>", "La lettre du CEMU - octobre 2025", D("2025-10-01 07:00"),
"""LA LETTRE DU CEMU - n°42 - octobre 2025

- Ateliers Moodle niveau 1 : jeudi 9 octobre, salle SA-110, 14h-16h
- Nouveauté : le plugin H5P mis à jour (v1.27)
- Rappel : problèmes d'accès à Ecampus ? cemu.unicaen.fr/le-cemu/problemes-d-acces-a-ecampus-1088766.kjsp

Pour vous désinscrire : sympa@listes.unicaen.fr""", "other", [], [], [], [], auto=True, form="html", hdrs={"List-Id": "<lettre-cemu.listes.unicaen.fr>", "Precedence": "bulk"},
note="newsletter, ids and room look-alikes")
m("089-phishing.eml", U, "Support UNICAEN <support@unicaen-secure-login.com>", "Votre compte ecampus sera suspendu", D("2025-10-18 02:22"),
"""Cher utilisateur,
Votre boîte aux lettres a dépassé la limite de stockage (2048 Mo). Pour éviter la suspension de votre compte Ecampus, vérifiez vos identifiants ici : http://unicaen-secure-login.com/cas/login
Service informatique""", "other", [], [], [], [], form="html", note="phishing")
m("090-delivery-delayed.eml", U, "postmaster@outlook.com", "Delivery delayed: ecampus", D("2026-02-03 06:00"),
"""Delivery is delayed to these recipients or groups:

lilou.p@icloud.com

Subject: Re: aide

This message hasn't been delivered yet. Delivery will continue to be attempted.
Diagnostic information: 451 4.7.500 Server busy. Try again later. [AM6PR04MB5432.eurprd04.prod.outlook.com]""", "other", [], [], [], [], lang="en", auto=True,
hdrs={"Auto-Submitted": "auto-generated"}, note="delay notice; server ids look-alike")
m("091-thanks-english.eml", "student", "Marta Kowalska <marta.kowalska@etu.unicaen.fr>", "Re: [CEMU #48805] Cannot access my courses on Ecampus", D("2025-09-24 14:00"),
"""Thank you so much, now I can see Spanish and Corporate Finance! Have a nice day.
Marta""", "other", [], [], [], [], lang="en", note="thanks")
m("092-vendor-printer.eml", U, "Normandie Bureautique <contact@normandie-bureautique.fr>", "Devis toner HP LaserJet M404dn - réf. CF259A", D("2025-11-06 11:30"),
"""Bonjour,

Suite à votre demande, veuillez trouver notre devis n° DV-251106-0187 pour 12 cartouches CF259A (HP 59A) au prix unitaire de 89,90 € HT. Livraison sous 48h à l'adresse : Université de Caen, Esplanade de la Paix, 14032 Caen Cedex 5.

Cordialement,
Service commercial - 02 31 44 90 12""", "other", [], [], [], [], note="misdirected vendor quote; product refs, postcode")
m("093-auto-ticket-ack.eml", U, "GLPI CEMU <glpi-noreply@unicaen.fr>", "[CEMU #49415] Nouveau ticket : Problème accès SB2.BCE1", D("2026-01-27 09:34"),
"""Ceci est un message automatique, merci de ne pas y répondre.

Votre demande a été enregistrée sous le numéro 49415.
Titre : Problème accès SB2.BCE1
Demandeur : oceane.lefrancois@etu.unicaen.fr
Statut : Nouveau
Suivi : https://assistance.unicaen.fr/front/ticket.form.php?id=49415""", "other", ["SB2.BCE1"], ["SB2.BCE1"], [], [], auto=True,
sch=["sciences Sxn.XXXn (SB2.GEN3)"], hdrs={"Auto-Submitted": "auto-generated"}, note="ticket acknowledgement with code; ticket id not a course id")
m("094-conference-cfp.eml", U, "EIAH 2026 <eiah2026@sciencesconf.org>", "CFP EIAH 2026 - deadline extended", D("2025-12-01 08:00"),
"""Call for papers - EIAH 2026, Rennes, 2-5 June 2026.
New deadline: 15 January 2026. Submissions via https://eiah2026.sciencesconf.org (track T3, ref. EIAH-2026-T3).
Please forward to interested colleagues.""", "other", [], [], [], [], lang="en", auto=True, hdrs={"Precedence": "bulk"}, note="mailing list CFP")
m("095-scol-remerciement-b64.eml", "staff", "Sylvie Barbey <sylvie.barbey@unicaen.fr>", "Re: [CEMU #49333] Mutualisation socio orga", D("2025-10-30 11:00"),
"""Bonjour,

Merci pour votre analyse. Nous avons associé la collection à l'élément porté dans Apogée, les étudiants de L3 sont revenus dans l'espace M.1SOC2A ce matin.

Sylvie Barbey""", "other", ["M.1SOC2A"], ["M.1SOC2A"], [], [], cte="b64", sch=["M.point (M.1SOC2A)"], note="thanks, mutualisation fixed")
m("096-absence-prof-html.eml", U, "Eric Lamy <eric.lamy@unicaen.fr>", "Réponse automatique : urgent", D("2025-11-05 12:59"),
"""Bonjour,
Je suis en déplacement jusqu'au 7 novembre. Pour les examens du M1 Finance, contacter le secrétariat de l'IAE (bureau 2.14, poste 5678).
E. Lamy""", "other", [], [], ["IAM1FI"], [], auto=True, form="html", hdrs={"Auto-Submitted": "auto-replied"}, note="auto reply; M1 Finance named in words")
m("097-calendar-invite.eml", "staff", "Agnès Leroux <agnes.leroux@unicaen.fr>", "Invitation: Réunion Ecampus / scolarités @ jeu. 13 nov. 2025 10:00 - 11:30", D("2025-11-04 15:22"),
"""Vous êtes invité(e) à la réunion suivante :
Réunion Ecampus / scolarités
jeu. 13 nov. 2025 10:00 – 11:30 (heure normale d'Europe centrale)
Lieu : Salle du conseil, bâtiment A, 1er étage (A-110)
Ordre du jour : synchronisation Apogée/Ecampus, cas des pseudo-groupes ELP_, bilan de rentrée.""", "other", [], [], [], [], note="meeting invite; room look-alike")
m("098-spam-english-seo.eml", U, "Mark Stevens <mark@seo-boost-agency.net>", "Boost ecampus.unicaen.fr ranking", D("2026-02-14 13:00"),
"""Hi,
I noticed ecampus.unicaen.fr is not ranking on page 1 for "online courses Caen". Our package SEO-PRO-500 can fix that for $499/month.
Reply STOP to unsubscribe.
Mark""", "other", [], [], [], [], lang="en", note="SEO spam")
m("099-security-notice-dsi.eml", "staff", "RSSI UNICAEN <rssi@unicaen.fr>", "Alerte : campagne d'hameçonnage en cours", D("2025-10-18 09:00"),
"""Bonjour,

Une campagne d'hameçonnage usurpant la page de connexion CAS circule depuis cette nuit (domaine unicaen-secure-login.com). La seule adresse légitime est https://cas.unicaen.fr/login. Ne saisissez jamais vos identifiants ailleurs.

En cas de doute : 02 31 56 55 55 (assistance DSI, poste 5555).

Le RSSI""", "other", [], [], [], [], auto=True, hdrs={"Precedence": "list"}, note="security notice")
m("100-vendor-moodle-partner.eml", U, "Partenaire Moodle <contact@elearning-partner.eu>", "Offre hébergement Moodle 4.5 LTS", D("2026-01-15 10:10"),
"""Bonjour,

Nous accompagnons plus de 40 universités. Migration Moodle 4.5 LTS garantie en 10 jours, SLA 99,9 %. Réf. offre : MDL-45-EDU-2026.

Bien cordialement,
Claire Dumont
Responsable grands comptes - +33 1 84 60 22 10""", "other", [], [], [], [], form="alt", note="vendor offer, version look-alikes")
