from common import g, outlook, tbird

MAILS = []
A = MAILS.append

A(dict(fn="099-erasmus-umlaut-email.eml", frm=("Zoë Müller", "zoe.mueller@etu.unicaen.fr"),
 subj="Wrong name and e-mail on Ecampus", date="2025-10-10 15:26", cte="base64",
 text="""Hello,

On Ecampus my name is displayed as "Zoe MULLER" and my e-mail as zoe.muller@etu.unicaen.fr, but my address is zoe.mueller@etu.unicaen.fr (that's the one I receive mail on). So I don't get any notifications from my courses.

My correct name is Zoë Müller.
Student number 25111874

Thanks!
Zoë (Erasmus, Universität Wien)
""",
 gold=g("wrong_name", "student", [], ["25111874"], [], lang="en", note="Erasmus student: name without diacritics and wrong e-mail shown; base64")))

A(dict(fn="100-adresse-mail-perso-profil.eml", frm=("Hugo Lemarchand", "23018840@etu.unicaen.fr"),
 subj="Adresse mail dans mon profil Ecampus", date="2026-02-03 13:02",
 text="""Bonjour,

Dans mon profil Ecampus l'adresse mail affichée est encore mon ancienne adresse perso (hugo.lmch@free.fr) que je n'utilise plus, et du coup je ne reçois pas les notifications des devoirs. Je ne peux pas la modifier moi-même (le champ est grisé).
Pouvez-vous mettre mon adresse étudiante à la place ?

Merci,
Hugo Lemarchand
L3 Informatique
""",
 gold=g("wrong_name", "student", [], ["23018840"], [], note="wrong e-mail address in the Ecampus profile; number only in the sender address")))

A(dict(fn="101-reponse-automatique-scolarite.eml", frm=("Scolarité Médecine", "scol-medecine@unicaen.fr"),
 subj="Réponse automatique : Re: [CEMU #319402] Demande d'informations", date="2025-12-23 10:14",
 hdrs=[("Auto-Submitted", "auto-replied"), ("X-Mailer", "Zimbra 10.0.8_GA_0126 (zclient/10.0.8_GA_0126)")],
 text="""Bonjour,

Nous avons bien reçu votre message.
Le service scolarité est fermé du 22 décembre 2025 au 2 janvier 2026 inclus. Votre demande sera traitée à la réouverture.

Horaires d'accueil : du lundi au vendredi, 9h-12h / 13h30-16h30
Tél. 02 31 56 82 00

Scolarité – UFR Santé
""",
 gold=g("other", "unknown", [], [], [], auto=True, note="Zimbra 'Réponse automatique' from a functional mailbox (holiday closure)")))

DIGEST = """Envoyez vos messages pour la liste ecampus-referents à
	ecampus-referents@listes.unicaen.fr

Pour vous (dés)abonner, visitez le site web
	https://listes.unicaen.fr/sympa/info/ecampus-referents

Thèmes du jour :

   1. Formation « Moodle 4.5 : les nouveautés » (CEMU)
   2. Re: Ouverture des espaces du S2 (Lucie Besnard)
   3. Webinaire Wooclap du 4 décembre (Thomas Anne)


----------------------------------------------------------------------

Message: 1
Date: Mon, 24 Nov 2025 09:02:11 +0100
From: CEMU <cemu@unicaen.fr>
Subject: Formation « Moodle 4.5 : les nouveautés »

Bonjour à toutes et à tous,

À l'occasion du passage d'Ecampus en version 4.5, le CEMU propose deux sessions de présentation des nouveautés : jeudi 4 décembre de 14h à 15h30 (salle 017, bâtiment E) et mardi 9 décembre en classe virtuelle.
Inscriptions sur https://cemu.unicaen.fr/formations

------------------------------

Message: 2
Date: Mon, 24 Nov 2025 11:40:53 +0100
From: Lucie Besnard <lucie.besnard@unicaen.fr>
Subject: Re: Ouverture des espaces du S2

Bonjour,
Chez nous les espaces du S2 sont déjà créés, mais cachés, comme chaque année. Il suffit de les rendre visibles quand on est prêt.
Lucie

------------------------------

Message: 3
Date: Mon, 24 Nov 2025 16:15:29 +0100
From: Thomas Anne <thomas.anne@unicaen.fr>
Subject: Webinaire Wooclap du 4 décembre

Pour ceux que ça intéresse, le lien d'inscription au webinaire Wooclap x Moodle est sur l'intranet.

------------------------------

Fin de Résumé de ecampus-referents, Vol 214, Parution 3
*******************************************************
"""

A(dict(fn="102-digest-liste-referents.eml", frm=("Liste ecampus-referents", "ecampus-referents-owner@listes.unicaen.fr"),
 to="ecampus-referents@listes.unicaen.fr", subj="Résumé de ecampus-referents, Vol 214, Parution 3", date="2025-11-25 06:00",
 hdrs=[("List-Id", "<ecampus-referents.listes.unicaen.fr>"), ("List-Unsubscribe", "<mailto:sympa@listes.unicaen.fr?subject=unsubscribe%20ecampus-referents>"),
       ("Precedence", "list"), ("X-Loop", "ecampus-referents@listes.unicaen.fr")],
 text=DIGEST,
 gold=g("other", "unknown", [], [], [], auto=True, note="mailing list digest (Sympa) received by the support box")))

A(dict(fn="103-newsletter-compilatio.eml", frm=("Compilatio", "newsletter@news.compilatio.net"),
 subj="Nouveautés Compilatio Magister+ : détection des textes générés par IA", date="2025-11-06 10:00", kind="alt",
 hdrs=[("List-Unsubscribe", "<https://news.compilatio.net/unsub?u=8f3a2c&id=91d7>"), ("Precedence", "bulk"), ("X-Campaign", "2025-11-FR-EDU")],
 text="""Nouveautés Compilatio Magister+

Bonjour,

Découvrez les nouvelles fonctionnalités de Compilatio Magister+ pour l'enseignement supérieur :
- détection des textes générés par IA (ChatGPT, Gemini, Mistral...)
- intégration native à Moodle 4.x
- rapports d'analyse partageables avec les étudiants

Webinaire de présentation : jeudi 20/11/2025 à 11h00 (45 min).
Offre établissements : -20 % jusqu'au 31 décembre.

S'inscrire : https://www.compilatio.net/webinaire-magister

Compilatio – 276 rue du Mont Blanc – 74540 Saint-Félix
Vous recevez ce message car vous êtes inscrit à notre lettre d'information. Se désinscrire.
""",
 gold=g("other", "unknown", [], [], [], auto=True, note="vendor newsletter (bulk mail)")))

A(dict(fn="104-phishing-quota.eml", frm=("Service Informatique Unicaen", "admin@unicaen-webmail-support.com"),
 subj="Votre quota de messagerie est dépassé", date="2025-11-14 03:12", kind="html",
 html="""<html><body>
<p>Cher utilisateur,</p>
<p>Votre boîte aux lettres a dépassé la limite de stockage fixée par votre administrateur (2048 Mo / 2000 Mo). Vous ne pourrez plus envoyer ni recevoir de nouveaux messages tant que vous n'aurez pas revalidé votre compte.</p>
<p>Pour revalider votre compte, <a href="http://unicaen-webmail-support.com/owa/login.php?ref=20251114-2207">CLIQUEZ ICI</a> et connectez-vous avec vos identifiants.</p>
<p>Merci,<br>Service informatique<br>Université de Caen Normandie</p>
</body></html>
""",
 gold=g("other", "unknown", [], [], [], note="phishing spam (fake quota warning)")))

A(dict(fn="105-sms-date-partiel.eml", frm=(None, "24019922@etu.unicaen.fr"),
 subj="partiel", date="2025-11-28 16:40",
 text="""bonjour c quand le partiel de s3inf04 ? sur ecampus ya rien et le prof repond pas. merci
""",
 gold=g("other", "student", [("S3INF04", "s3inf04")], ["24019922"], [], schemes=["sciences-elp"],
        note="SMS student asks the exam date; lowercase code; number only in the sender address")))

A(dict(fn="106-dsi-intervention-programmee.eml", frm=("DSI - Information", "dsi-info@unicaen.fr"),
 subj="[Info DSI] Intervention programmée sur Ecampus - dimanche 7 décembre 2025", date="2025-11-28 11:00",
 cc="cemu@unicaen.fr, deve@unicaen.fr",
 text="""Bonjour,

Une intervention est programmée sur la plateforme Ecampus le dimanche 7 décembre 2025 de 6h00 à 13h00 (passage de Moodle 4.1.12 à 4.5.3, demande de changement CHG0041872).
Pendant cette période, la plateforme sera indisponible. Les synchronisations nocturnes de la nuit du 6 au 7 décembre seront suspendues.

Merci de relayer l'information auprès des équipes pédagogiques.

--
Direction du Système d'Information
Université de Caen Normandie – Esplanade de la Paix, CS 14032, 14032 Caen Cedex 5
""",
 gold=g("other", "staff", [], [], [], note="DSI announcement of a planned maintenance (version numbers, change number)")))

A(dict(fn="107-visiting-video-upload.eml", frm=("Michael O'Connor", "m.oconnor@ucc.ie"),
 subj="Uploading a large video", date="2026-02-11 11:45",
 text="""Hello,

I'm teaching the Irish literature seminar for the L3 LLCER anglais students this term (ANG6U06): https://ecampus.unicaen.fr/course/view.php?id=49310
I'd like to share a recorded lecture (about 900 MB, mp4), but the upload limit on the course page seems to be 250 MB. What is the recommended way to share a video with the students? Is there a university video platform I can use?

Many thanks,
Dr Michael O'Connor
School of English and Digital Humanities, University College Cork
""",
 gold=g("other", "unknown", ["ANG6U06"], [], [49310], lang="en", schemes=["lve-elp"],
        note="visiting lecturer asks how to share a large video")))

A(dict(fn="108-certificat-carte-perdue.eml", frm=("Aminata N'Diaye", "aminata.ndiaye@etu.unicaen.fr"),
 subj="certificat de scolarité", date="2025-11-03 12:20",
 text="""Bonjour,

J'ai perdu ma carte étudiante (Léocarte) et j'ai besoin d'un certificat de scolarité pour la CAF avant le 15. Est-ce que vous pouvez me l'envoyer ?

N° étudiant 23009514
INE 0803021987F

Merci,
Aminata N'Diaye
""",
 gold=g("other", "student", [], ["23009514"], [], note="misdirected request for a certificate of enrolment")))

A(dict(fn="109-espace-hors-maquette-terrain.eml", frm=("Nadia Rivière", "nadia.riviere@unicaen.fr"),
 subj="Demande d'espace Ecampus pour une sortie de terrain", date="2026-02-19 14:33",
 text="""Bonjour,

Je souhaiterais disposer d'un espace Ecampus hors maquette pour préparer la sortie de terrain de mai (5 jours en Bretagne) avec les M1 géographie (HMGEO1) et deux collègues de l'université de Rennes 2.
Est-ce possible ? Faut-il remplir un formulaire ? Les collègues extérieurs pourront-ils y accéder ?

Merci d'avance,
Nadia Rivière
Maîtresse de conférences – Département de géographie
""",
 gold=g("other", "staff", ["HMGEO1"], [], [], schemes=["geo-etape"], note="request for a new space outside Apogée")))

A(dict(fn="110-vacataire-paiement.eml", frm=("Julien Perrin", "julien.perrin@cabinet-perrin-avocats.fr"),
 subj="Paiement des heures de TD", date="2026-02-10 18:05", charset="windows-1252", cte="8bit",
 text="""Bonjour,

Je n’ai toujours pas été payé pour mes TD du premier semestre (DL1CIV1, 24 h équivalent TD, groupes TD 03 et TD 04). J’ai transmis l’état de service le 12 décembre (réf. ES-2025-1187).
Montant attendu : 1 004,64 €.

À qui dois-je m’adresser ?

Maître Julien Perrin
Avocat au Barreau de Caen
12 rue Écuyère – 14000 Caen
Tél : 02 31 85 40 22
""",
 gold=g("other", "unknown", ["DL1CIV1", ("DL1-TD03", "TD 03"), ("DL1-TD04", "TD 04")], [], [], schemes=["droit-elp", "droit-groupe"],
        note="vacataire asks about payment (misdirected); amount and reference look-alikes; groups by short name")))
