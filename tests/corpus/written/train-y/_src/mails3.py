from mails1 import M
M("etu-binf-sms-glue", "Maxime Roger <maxime.roger@etu.unicaen.fr>", "grp",
"""yo jsuis ds le mauvais grp en ⟦S1.INF01|s1.inf01⟧ jsui cense etre en⟦INF01TP4|inf01tp4⟧ pas en ⟦INF01TP1|inf01tp1⟧ (cf edt ADE lun 8h-10h salle C-012) jpeux pas rendre le tp noté
⟪26018860⟫""", "wrong_group", schemes="A", note="SMS style, code glued to word, lower case; second group also cited")

M("auto-absence-fr", "Olivier Dufresne <olivier.dufresne@unicaen.fr>", "Réponse automatique : Pas inscrit comme enseignant - Réseaux 1",
"""Bonjour,

Je suis absent du 19/10/2026 au 02/11/2026 inclus (congés d'automne), sans accès à ma messagerie. Pour toute question urgente concernant les TP de ⟦S2.INF08⟧, merci de contacter le secrétariat du département informatique au 02 31 56 70 00.

Cordialement,
Olivier Dufresne""", "other", role="unknown", auto=True, schemes="A", note="out of office reply citing a course")

M("bounce-mailer", "Mail Delivery System <MAILER-DAEMON@unicaen.fr>", "Undelivered Mail Returned to Sender",
"""This is the mail system at host smtp-out2.unicaen.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<j.martin-etu@unicaen.fr>: host mx.unicaen.fr[193.55.120.10] said: 550 5.1.1
    <j.martin-etu@unicaen.fr>: Recipient address rejected: User unknown

--- Original message ---
Subject: Re: Inscription ⟦DR2-PEN1⟧
Bonjour, votre inscription au groupe ⟦PEN1TD03⟧ est faite.
CEMU""", "other", role="unknown", auto=True, schemes="C", note="bounce with original message citing codes")

M("spam-cfp", "ICALT 2027 Committee <cfp@icalt-conference.org>", "Call for Papers ICALT-2027 – Track T4 (EDU-AI 2027)",
"""Dear Colleague,

We are pleased to invite you to submit to ICALT-2027, track T4 "AI in Education" (paper code format: T4-0231). Deadline: 15/01/2027. Registration fee EUR 450, VAT FR 12 345678901. Venue: Palais des Congrès, room A2-14.

Submit via EasyChair: https://easychair.org/conferences/?conf=icalt2027

Unsubscribe: reply STOP""", "other", role="unknown", lang="en", note="conference spam with look-alike codes")

M("spam-quota", "Service Messagerie <admin@unicaen-webmail-secure.com>", "Votre boîte aux lettres a atteint 98% de son quota",
"""<html><body><p>Cher utilisateur,</p><p>Votre boîte <b>cemu.assistance@unicaen.fr</b> a atteint 98% (4,9 Go / 5 Go). Validez votre compte sous 24h pour éviter la suspension : <a href="http://unicaen-webmail-secure.com/verify?id=88213">Valider maintenant</a></p><p>Réf. dossier : MSG-2026-45AX9 – Office 365 Team</p></body></html>""", "other", role="unknown", enc="html", note="phishing spam")

M("auto-absence-en", "Hannah Clarke <hannah.clarke@unicaen.fr>", "Automatic reply: Students missing in AN-10A",
"""Thank you for your message. I am away at the TESOL conference (Room 3B, 22-24 Oct) and will reply on my return on 26/10/2026. For ⟦AN-10A⟧ matters please contact the LVE secretariat (02 31 56 58 00).

Hannah Clarke""", "other", role="unknown", lang="en", auto=True, schemes="G", note="English out-of-office citing course")

M("spam-licences", "EduSoft Pro <offres@edusoft-pro.fr>", "Offre spéciale : licences Office 365 A3 et Windows 11 Pro",
"""Bonjour,

Profitez de -40% sur les licences Office 365 A3, Windows 11 Pro et Adobe CC 2026 pour les établissements d'enseignement. Références : MS-O365-A3, WIN11-PRO-EDU, ADB-CC26.
Devis sous 24h – SIRET 889 123 456 00018 – 01 84 00 00 00.

Pour ne plus recevoir nos offres, cliquez ici.""", "other", role="unknown", enc="qp1", note="commercial spam with product codes")

M("auto-absence-sec", "Sylvie Lebrun <sylvie.lebrun@unicaen.fr>", "Absence",
"""Je suis absente jusqu'au 09/11/2026. En mon absence, vous pouvez joindre la scolarité HSS au 02 31 56 54 00 (bureau SA 112).
Sylvie Lebrun""", "other", role="unknown", auto=True, note="out of office without codes")
