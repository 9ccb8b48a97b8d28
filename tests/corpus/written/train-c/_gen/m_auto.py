from common import *

AUTO = {"Auto-Submitted": "auto-replied"}

Mail("a136", "auto-absent-du-bureau", ("Sophie Vauclin", "sophie.vauclin@unicaen.fr"), CEMU,
     "Réponse automatique : [CEMU #5233] M1 Psychologie : plusieurs enseignants non inscrits dans leurs cours",
     "2025-10-24 16:02", """Bonjour,

Je suis absente du bureau du 24 octobre au 2 novembre inclus, sans accès à ma messagerie. Je traiterai votre message à mon retour.

Pour toute question urgente concernant le Master 1 Psychologie, merci de contacter la scolarité : scol.master-psycho@unicaen.fr - 02 31 56 66 03.

Sophie Vauclin
""", G(sym="other", role="unknown", auto=True, note="Out-of-office reply (Outlook) to a CEMU ticket"),
     kind="alt", style="outlook", mid="outlook",
     extra={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All", "X-MS-Exchange-Inbox-Rules-Loop": "sophie.vauclin@unicaen.fr"})

Mail("a137", "auto-zimbra-absent", ("Jean-Marc Levasseur", "jean-marc.levasseur@unicaen.fr"), CEMU,
     "Absent", "2025-12-22 09:40", """Je suis absent jusqu'au 05/01/2026. Votre message ne sera pas transféré.

I am out of the office until 05/01/2026.
""", G(sym="other", role="unknown", auto=True, note="Zimbra vacation auto-reply (FR/EN)"), extra=AUTO, mid="zimbra")

Mail("a138", "auto-conge-maternite", ("Martine Letellier", "martine.letellier@unicaen.fr"), CEMU,
     "Réponse automatique : Re: Erreurs de groupes ED DFGSM2 sur Ecampus", "2026-01-14 10:05", """Bonjour,

Je suis actuellement en congé jusqu'au 16 mars 2026.

Pendant mon absence, merci d'adresser vos demandes concernant la scolarité des 2e et 3e cycles des études médicales à :
- Mme Audrey Lemaistre : audrey.lemaistre@unicaen.fr - 02 31 56 82 16
- ou à l'adresse générique scolarite.medecine@unicaen.fr

Cordialement,
Martine Letellier
Scolarité 2e et 3e cycles - UFR Santé
""", G(codes=[("DFGSM2", "DFGSM2")], sym="other", role="unknown", auto=True, note="Long-leave auto-reply from a scolarité officer (subject cites an étape)"),
     extra=AUTO, charset="iso-8859-1", cte="quoted-printable")

Mail("a139", "auto-scolarite-fermee-noel", ("Scolarité Licence Droit", "scolarite.droit@unicaen.fr"), CEMU,
     "Réponse automatique : Étudiant AJAC non inscrit dans plusieurs cours", "2025-12-23 11:12", """Madame, Monsieur,

La scolarité de l'UFR de Droit est fermée du samedi 20 décembre 2025 au dimanche 4 janvier 2026 inclus. Votre message sera traité à la réouverture du service, le lundi 5 janvier.

Horaires d'accueil du public (bâtiment D, rez-de-chaussée) : du lundi au vendredi de 9h à 12h et de 13h30 à 16h30 (fermé le mercredi après-midi).

Nous vous rappelons que les relevés de notes de la session 1 seront disponibles sur l'ENT à partir du 30 janvier 2026.

La scolarité
""", G(sym="other", role="unknown", auto=True, note="Holiday closure auto-reply from a scolarité"),
     kind="html", style="zimbra", extra=AUTO, mid="zimbra")

Mail("a140", "auto-reply-exeter", ("Rebecca Hollis", "r.hollis@exeter.ac.uk"), CEMU,
     "Automatic reply: [CEMU #5301] Guest lecturer - unable to log in to Ecampus", "2025-11-12 08:01", """Thank you for your email. I am currently teaching abroad (IAE Caen, France) until 28 November with limited access to email. For urgent matters please contact the UEBS Marketing office at uebs-marketing@exeter.ac.uk or +44 (0)1392 72 2420.

Kind regards,
Rebecca Hollis
""", G(sym="other", role="unknown", auto=True, lang="en", note="English out-of-office reply from a partner lecturer"),
     kind="alt", style="outlook", mid="outlook", extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})

Mail("a141", "auto-reply-student-travelling", ("Aoife Byrne", "aoife.byrne@etu.unicaen.fr"), CEMU,
     "Out of office: Re: [CEMU #5298] Wrong group in Corporate Finance (IAE)", "2025-12-19 18:30", """Hi! I'm travelling home for the holidays until 6 January with very limited internet access. I'll reply as soon as I can. Happy holidays!

Aoife
""", G(sym="other", role="unknown", auto=True, lang="en", note="Exchange student's holiday auto-reply"),
     extra=AUTO, mid="zimbra")

# ---------------------------------------------------------------- bounces
RET1 = Inner("bounce1-ret", ("CEMU Assistance", CEMU), "thomas.duvall@etu.unicaen.fr",
             "RE: [CEMU #5246] Pas inscrit UE 7 (DFGSM2)", "2025-09-22 14:03", """Bonjour,

Après vérification, votre inscription pédagogique à l'élément SM2-UE07 n'était pas complète (pas de groupe d'ED). La scolarité de l'UFR Santé l'a complétée ce matin ; vous serez inscrit dans le cours Ecampus après la synchronisation de cette nuit.

Pour mémoire, votre numéro étudiant : 23012954.

Cordialement,
""" + CEMU_SIG)

Mail("a142", "bounce-utilisateur-inconnu", ("Mail Delivery System", "MAILER-DAEMON@mx1.unicaen.fr"), CEMU,
     "Undelivered Mail Returned to Sender", "2025-09-22 14:03", "",
     G(codes=[("SM2-UE07", "SM2-UE07"), ("DFGSM2", "DFGSM2")], nums=["23012954"], sym="other", role="unknown", auto=True,
       note="Postfix bounce (unknown user, mistyped address); returned CEMU reply cites an element and a number"),
     report=Bounce("""This is the mail system at host mx1.unicaen.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<thomas.duvall@etu.unicaen.fr>: host zimbra-etu.unicaen.fr[10.14.8.21] said:
    550 5.1.1 <thomas.duvall@etu.unicaen.fr>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
""", "5.1.1", RET1, final="thomas.duvall@etu.unicaen.fr",
        diag="smtp; 550 5.1.1 <thomas.duvall@etu.unicaen.fr>: Recipient address rejected: User unknown in virtual mailbox table"),
     cte="7bit", charset="us-ascii", extra={"Auto-Submitted": "auto-replied"}, mid="mx1.unicaen.fr")

RET2 = Inner("bounce2-ret", ("CEMU Assistance", CEMU), "Chloé Aubry <chloe.aubry@univ-rouen.fr>",
             "RE: Ecampus Caen - étudiants de Rouen", "2025-10-13 11:20", """Bonjour,

Les six étudiants cités par votre scolarité sont désormais inscrits dans l'espace de l'UE HGEO410 (https://ecampus.unicaen.fr/course/view.php?id=51127). Vous devriez y avoir accès dès votre prochaine connexion.

Cordialement,
""" + CEMU_SIG, kind="alt", style="outlook", mid="outlook")

Mail("a143", "bounce-exchange-non-remis", ("Microsoft Outlook", "postmaster@univ-rouen.fr"), CEMU,
     "Non remis : RE: Ecampus Caen - étudiants de Rouen", "2025-10-13 11:21", "",
     G(codes=[("HGEO410", "HGEO410")], ids=[51127], sym="other", role="unknown", auto=True,
       note="Exchange NDR (recipient not found); returned CEMU reply cites a course and its link"),
     report=Bounce("""Votre message n'a pas pu être remis à chloe.aubry@univ-rouen.fr, car l'adresse est introuvable ou ne peut pas recevoir de courrier.

Comment résoudre ce problème
L'adresse e-mail a peut-être été mal orthographiée, ou n'existe plus. Vérifiez-la et renvoyez le message.

Plus d'informations pour les administrateurs de messagerie
Serveur de génération : PAXP193MB1742.EURP193.PROD.OUTLOOK.COM
chloe.aubry@univ-rouen.fr
Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
""", "5.1.10", RET2, reporting="PAXP193MB1742.EURP193.PROD.OUTLOOK.COM", final="chloe.aubry@univ-rouen.fr",
        diag="smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"),
     cte="quoted-printable", extra={"Auto-Submitted": "auto-replied", "X-MS-Exchange-Message-Is-Ndr": ""},
     mid="outlook")

RET3 = Inner("bounce3-ret", ("CEMU Assistance", CEMU), "22014598@etu.unicaen.fr", "RE: ecampus bug",
             "2025-09-22 16:45", """Bonjour,

La page "Connexion réussie" apparaît quand on se connecte directement au CAS sans passer par Ecampus (par exemple depuis un résultat Google). Tapez directement https://ecampus.unicaen.fr/ dans la barre d'adresse, puis cliquez sur "Connexion CAS".

Cordialement,
""" + CEMU_SIG)

Mail("a144", "bounce-boite-pleine", ("Zimbra Mail Server", "postmaster@etu.unicaen.fr"), CEMU,
     "Message non délivré : RE: ecampus bug", "2025-09-22 16:46", "",
     G(nums=["22014598"], sym="other", role="unknown", auto=True,
       note="Zimbra bounce: student mailbox over quota; returned CEMU reply"),
     report=Bounce("""Le message suivant n'a pas pu être délivré.

Destinataire : 22014598@etu.unicaen.fr
Raison : la boîte aux lettres du destinataire est pleine (quota dépassé : 1024 Mo / 1024 Mo).

Le destinataire doit libérer de l'espace avant de pouvoir recevoir de nouveaux messages.
""", "5.2.2", RET3, reporting="zimbra-etu.unicaen.fr", final="22014598@etu.unicaen.fr",
        diag="smtp; 552 5.2.2 Mailbox full"), extra={"Auto-Submitted": "auto-replied"}, mid="zimbra")

RET4 = Inner("bounce4-ret", ("CEMU Assistance", CEMU), "p.lemaitre50@orange.fr",
             "RE: [CEMU #5262] Première connexion Ecampus - DAEU A cours du soir", "2025-09-30 10:15", """Bonjour Monsieur,

Votre compte a été créé par le service de formation continue sans adresse électronique personnelle, ce qui bloque l'accès à Ecampus sur la page de profil. Nous avons demandé au service de compléter votre compte ; vous pourrez accéder normalement à Ecampus dès demain, y compris au cours DAEU-FR1.

Cordialement,
""" + CEMU_SIG, charset="iso-8859-1", cte="quoted-printable")

Mail("a145", "bounce-orange-refus", ("Mail Delivery Subsystem", "MAILER-DAEMON@smtp-in.orange.fr"), CEMU,
     "Mail delivery failed: returning message to sender", "2025-09-30 10:16", "",
     G(codes=[("DAEU-FR1", "DAEU-FR1")], sym="other", role="unknown", auto=True,
       note="Orange bounce (temporary refusal, given up); returned CEMU reply cites a DAEU element"),
     report=Bounce("""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  p.lemaitre50@orange.fr
    host smtp-in.orange.fr [80.12.26.31]
    SMTP error from remote mail server after RCPT TO:<p.lemaitre50@orange.fr>:
    550 5.7.1 Service refuse. Veuillez essayer plus tard. service refused, please try later. OFR004_104 [104]
""", "5.7.1", RET4, reporting="mx2.unicaen.fr", final="p.lemaitre50@orange.fr",
        diag="smtp; 550 5.7.1 Service refuse. OFR004_104"), cte="7bit", charset="us-ascii",
     extra={"Auto-Submitted": "auto-replied"}, mid="mx2.unicaen.fr")

# ---------------------------------------------------------------- lists, digests, notifications
Mail("a146", "digest-liste-enseignants-hss", ("ens-ufrhss-request@listes.unicaen.fr", "ens-ufrhss-request@listes.unicaen.fr"),
     "ens-ufrhss@listes.unicaen.fr", "Digest ens-ufrhss, Vol 57, Parution 4", "2025-10-03 06:00", """Envoyez vos messages pour la liste ens-ufrhss à
	ens-ufrhss@listes.unicaen.fr

Pour vous (dés)abonner par le web, consultez
	https://listes.unicaen.fr/sympa/info/ens-ufrhss

Thèmes du jour :

   1. Salles pour les TD de HGEO305 (Delahaye Anne-Sophie)
   2. Conseil d'UFR du 16 octobre (Direction UFR HSS)
   3. Re: Ecampus : cours invisibles pour les étudiants ? (Vigneron Pierre)


----------------------------------------------------------------------

Message: 1
Date: Thu, 2 Oct 2025 14:12:40 +0200
From: Anne-Sophie Delahaye <anne-sophie.delahaye@unicaen.fr>
Subject: Salles pour les TD de HGEO305

Chers collègues,
quelqu'un aurait-il une salle libre le mercredi 10h-12h (hors SH 027 et SA-110, déjà pris) pour le TD 3 de HGEO305 ? Merci !
ASD

------------------------------

Message: 2
Date: Thu, 2 Oct 2025 16:30:02 +0200
From: Direction UFR HSS <direction.hss@unicaen.fr>
Subject: Conseil d'UFR du 16 octobre

Le conseil d'UFR se tiendra le jeudi 16 octobre à 14h en salle du conseil (AS 201). Ordre du jour en pièce jointe sur l'intranet.

------------------------------

Message: 3
Date: Thu, 2 Oct 2025 18:05:51 +0200
From: Pierre Vigneron <pierre.vigneron@unicaen.fr>
Subject: Re: Ecampus : cours invisibles pour les étudiants ?

Les cours créés automatiquement sont cachés par défaut : il faut aller dans Paramètres et mettre "Afficher". Pour HHIS112 ça a suffi.

> Le 02/10/2025 à 17:40, un collègue a écrit :
> Mes étudiants ne voient pas mon cours, quelqu'un a une idée ?

------------------------------

Fin de Digest ens-ufrhss, Vol 57, Parution 4
**********************************************
""", G(codes=[("HGEO305", "HGEO305"), ("HHIS112", "HHIS112")], sym="other", role="unknown", auto=True,
       note="Mailing-list digest for HSS teachers, one thread about hidden courses"),
     extra={"List-Id": "<ens-ufrhss.listes.unicaen.fr>", "Precedence": "list", "X-Loop": "ens-ufrhss@listes.unicaen.fr"},
     charset="iso-8859-1", cte="quoted-printable", mid="listes.unicaen.fr")

Mail("a147", "lettre-info-cemu-novembre", ("Lettre du CEMU", "lettre-cemu@listes.unicaen.fr"),
     "ecampus-enseignants@listes.unicaen.fr", "La lettre du CEMU - novembre 2025", "2025-11-04 08:30", """LA LETTRE DU CEMU - NOVEMBRE 2025

1. Ecampus passe en version 4.5 pendant les vacances d'hiver
La mise à jour aura lieu du 23 au 25 février 2026. La plateforme sera indisponible pendant ces trois jours. Pensez à ne pas programmer de devoirs ou de tests sur cette période.

2. Rappel : optimisation hebdomadaire
Chaque dimanche matin entre 9h et 11h, une opération d'optimisation de la base de données peut rendre Ecampus momentanément inaccessible.

3. Ateliers Moodle
- Atelier niveau 1 : mardi 18 novembre, 14h-16h, salle informatique N 103
- Atelier "Tests et banques de questions" : jeudi 27 novembre, 9h30-12h
Inscriptions : https://cemu.unicaen.fr/ateliers

4. Problèmes d'accès à Ecampus ?
Consultez notre page dédiée : http://cemu.unicaen.fr/le-cemu/problemes-d-acces-a-ecampus-1088766.kjsp

Pour vous désabonner : https://listes.unicaen.fr/sympa/sigrequest/ecampus-enseignants
""", G(sym="other", role="unknown", auto=True, note="CEMU newsletter (mailing list)"),
     kind="alt", style="thunderbird", extra={"List-Id": "<ecampus-enseignants.listes.unicaen.fr>", "Precedence": "list"},
     cte="base64", mid="listes.unicaen.fr")

Mail("a148", "notif-forum-ecampus", ("Anne-Sophie Delahaye (via Ecampus)", "noreply@ecampus.unicaen.fr"),
     CEMU_TO, "HGEO305: Sortie terrain du 18 octobre", "2025-10-10 17:04",
     """(HGEO305) Géographie des littoraux -> Annonces -> Sortie terrain du 18 octobre
https://ecampus.unicaen.fr/course/view.php?id=48120

Sortie terrain du 18 octobre
par Anne-Sophie Delahaye - vendredi 10 octobre 2025, 17:02

Bonjour à toutes et à tous,
Le départ du car pour Ouistreham aura lieu à 8h15 devant le bâtiment A (arrêt Campus 1). Prévoir bottes et vêtements de pluie.
ASD

Voir ce message dans son contexte : https://ecampus.unicaen.fr/mod/forum/discuss.php?d=188224#p402113

---------------------------------------------------------------------
Ceci est une copie d'un message publié sur Ecampus.
Pour vous désabonner de ce forum : https://ecampus.unicaen.fr/mod/forum/subscribe.php?id=1529874
""", G(codes=[("HGEO305", "HGEO305")], ids=[48120], sym="other", role="unknown", auto=True,
       note="Ecampus forum notification (announcement) forwarded to the support mailbox"),
     kind="alt", style="gmail", extra={"Auto-Submitted": "auto-generated", "Precedence": "bulk",
                                       "X-Course-Id": "48120", "List-Id": "\"HGEO305\" <moodleforum1529874@ecampus.unicaen.fr>"},
     mid="ecampus.unicaen.fr")

Mail("a149", "notif-glpi-nouveau-suivi", ("Assistance UNICAEN", "glpi@assistance.unicaen.fr"), CEMU,
     "[CEMU #5287] Nouveau suivi - Cours D3ADM05 invisible pour les étudiants", "2025-09-18 09:15", """Ticket n° 5287 - Cours D3ADM05 invisible pour les étudiants

URL : https://assistance.unicaen.fr/front/ticket.form.php?id=318422

Nouveau suivi ajouté par LEVASSEUR Jean-Marc le 18-09-2025 09:14 :
"Toujours rien ce matin, les étudiants de L3 ne voient pas le cours."

Statut : En cours (attribué)
Catégorie : Ecampus > Accès aux cours
Demandeur : LEVASSEUR Jean-Marc
Groupe en charge : CEMU - Ingénieurs pédagogiques
Date d'ouverture : 17-09-2025 07:42

--
Message généré automatiquement par GLPI 10.0.18
""", G(codes=[("D3ADM05", "D3ADM05")], sym="other", role="unknown", auto=True,
       note="GLPI ticket notification (new follow-up); ticket id link is not a course id"),
     kind="alt", style="thunderbird", extra={"Auto-Submitted": "auto-generated", "X-GLPI-Sender-Id": "1"},
     mid="assistance.unicaen.fr")

Mail("a150", "notif-remise-devoir", ("Maxime Villain (via Ecampus)", "noreply@ecampus.unicaen.fr"),
     CEMU_TO, "Remise de devoir : Maxime Villain a remis Rapport de TP n°3",
     "2025-11-14 00:03", """Maxime Villain a remis le devoir "Rapport de TP n°3" (X3.MEC02 Conception mécanique).

Date de remise : vendredi 14 novembre 2025, 00:02 (en retard de 2 minutes)

Voir la remise : https://ecampus.unicaen.fr/mod/assign/view.php?id=1734402&action=grading

Vous recevez ce message parce que vous êtes enseignant dans ce cours. Pour modifier vos préférences de notification : https://ecampus.unicaen.fr/message/notificationpreferences.php
""", G(codes=[("X3.MEC02", "X3.MEC02")], sym="other", role="unknown", auto=True,
       note="Ecampus assignment-submission notification (module id, not a course id)"),
     kind="html", style="gmail", extra={"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
     mid="ecampus.unicaen.fr")
