from m1 import M, MAILS, sig, DISC
from lib import build_msg, to_bytes

# ---------- OUTSIDERS x8
M("vacataire-profil-courriel", ("Fred Lemoigne", "fred.lemoigne.photo@gmail.com"), "Bloqué sur \"Modifier le profil\"", "2025-09-17 21:05",
"""Bonjour,

Je suis intervenant vacataire à l'école de journalisme (atelier photo, cours JO3PHOT). On m'a créé un compte invité la semaine dernière. Quand je me connecte, j'arrive sur une page « Modifier le profil » qui me demande une adresse de courriel, mais je ne peux pas la saisir, et je ne peux aller nulle part ailleurs. Capture jointe.

Merci,
Fred Lemoigne
Photographe - 06 58 33 12 09
""", "cannot_login", "unknown", codes=[("JO3PHOT","JO3PHOT","journalism JO+sem+4letters")], note="vacataire guest account stuck on profile page (no email)", form=dict(kind="alt", style="gmail", png="image.png"))

M("vacataire-relance-identifiant", ("Brigitte Catherine", "brigitte.catherine@orange.fr"), "Re: [CEMU #48377] identifiant vacataire", "2025-10-06 08:22",
"""Bonjour,

Je reviens vers vous car je n'ai toujours pas reçu d'identifiant pour me connecter à Ecampus. La composante (UFR Santé) me dit que la demande de compte a été faite le 24/09. Mes cours commencent le 9 octobre (Amphi Fresnel).

Brigitte Catherine
Orthophoniste - Chargée d'enseignement vacataire
12 rue Écuyère 14000 Caen
02 31 85 47 60

Le 30/09/2025 à 10:14, CEMU Assistance a écrit :
> Bonjour Madame,
> Les comptes des vacataires sont créés par la composante. Merci de vous rapprocher de votre scolarité.
> Cordialement,
> CEMU
>
>> Le 29/09/2025 à 19:40, Brigitte Catherine a écrit :
>>> Bonjour, je ne peux pas me connecter à ecampus, je n'ai pas d'identifiant.
""", "cannot_login", "unknown", note="vacataire without account, reply on ticket (ISO-8859-1)", form=dict(cs="iso-8859-1", hcs="iso-8859-1"))

b = """Bonjour,

Je fais suite au message de la responsable de formation ci-dessous. J'interviens dans le master Agronomie (EC AGM2-AGE, agroécologie, 16 h) et je ne suis pas inscrit comme enseignant dans l'espace Ecampus : je vois le cours mais ne peux rien déposer. Mes séances sont planifiées dans ADE (d'après la scolarité) pour le groupe AGM2-TD1.

Cordialement,

Julien Hervieu
Ingénieur agronome - Responsable R&D
Coopérative AgriNormandie
ZA du Londel - 14540 Grentheville
Tél. : 02 31 23 45 67 | Mob. : 06 12 98 76 54
www.agrinormandie-coop.fr
SIRET 412 345 678 00021 - Bon de commande université n° 23006145
Ce courriel et ses pièces jointes sont confidentiels. Si vous n'êtes pas le destinataire, merci de le supprimer.

De : Catherine Vimard <catherine.vimard@unicaen.fr>
Envoyé : vendredi 10 octobre 2025 16:20
À : Julien Hervieu <j.hervieu@agrinormandie-coop.fr>
Objet : RE: accès Ecampus

Bonjour Julien,
écrivez directement à cemu.assistance@unicaen.fr en précisant le code de l'EC (AGM2-AGE).
Catherine

De : Julien Hervieu
Envoyé : vendredi 10 octobre 2025 11:02
À : Catherine Vimard
Objet : accès Ecampus

Catherine, je n'ai pas les droits sur le cours d'agroécologie. Julien
"""
M("vacataire-entreprise-pas-enseignant", ("Julien Hervieu", "j.hervieu@agrinormandie-coop.fr"), "TR: accès Ecampus - AGM2-AGE", "2025-10-13 08:50", b,
  "teacher_not_enrolled", "unknown", codes=[("AGM2-AGE","AGM2-AGE","agronomy master AGM+year-3letters"),("AGM2-TD1","AGM2-TD1","agronomy group")], note="outside vacataire not enrolled as teacher, Outlook thread", form=dict(kind="html", style="outlook", cte="qp"))

inner_o4 = dict(frm=("Maëlle Quéré", "maelle.quere@etu.univ-rouen.fr"), to=[("Service Scolarité Master", "scol-master-mee@univ-rouen.fr")], subj="Accès aux cours de Caen", date="2025-10-01 18:44",
  body="""Bonjour,
je suis en M1 MEEF co-accrédité Rouen/Caen, les cours du mardi ont lieu à Caen mais je n'ai accès à aucun des espaces Ecampus (M.1MEF2B, M.1MEF3A). Mon numéro étudiant à Rouen est le 21904512 et on m'a donné un numéro Caen : 25120455.
Merci
Maëlle Quéré""", form={}, fname="Accès aux cours de Caen.eml")
b = """Bonjour,

Je vous transmets en pièce jointe la demande d'une de nos étudiantes du master MEEF co-accrédité (inscription principale à Rouen, inscription secondaire à Caen, étape MEF1CR). Elle n'a accès à aucun des espaces Ecampus des UE dispensées à Caen.

Pourriez-vous vérifier son inscription côté Caen ?

Bien cordialement,

Laurence Pinel
Gestionnaire de scolarité - Masters MEEF
Université de Rouen Normandie - INSPE Académie de Rouen
2 rue du Tronquet - 76130 Mont-Saint-Aignan
Tél : 02 32 82 30 44
https://www.univ-rouen.fr
"""
M("univ-partenaire-etudiante-rouen", ("Laurence Pinel", "laurence.pinel@univ-rouen.fr"), "TR: Accès aux cours de Caen", "2025-10-02 09:30", b,
  "not_enrolled", "unknown", codes=[("MEF1CR","MEF1CR","étape MEF+level+site"),("M.1MEF2B","M.1MEF2B","dot M.+year+letters+digit+letter"),("M.1MEF3A","M.1MEF3A","dot M.+year+letters+digit+letter")], nums=["25120455"],
  note="partner university forwards (as attachment) student with Rouen number (not ours) and Caen number", form=dict(kind="alt", style="outlook", inner=inner_o4))

M("tuteur-entreprise-cas", ("Patrick Olivier", "p.olivier@transports-normands.fr"), "Accès tuteur alternant", "2025-11-18 14:22",
"""Bonjour,

Je suis le tuteur en entreprise de Léo Marchal, apprenti en licence pro Logistique (n° étudiant 23 40 17 75). L'université m'a créé un compte pour consulter son livret d'apprentissage sur Ecampus. Je me connecte sur cas.unicaen.fr, j'ai « Connexion réussie » puis la page me dit que le CAS ne connaît pas ma destination finale et je ne peux aller plus loin.

Merci de votre aide,

Patrick Olivier
Responsable d'exploitation
Transports Normands SAS - Agence de Caen
8 rue de la Gare Maritime - 14000 Caen
Standard : 02 31 70 80 90 - Ligne directe : 02 31 70 80 94
Commande de transport n° 20251118 - Véhicule FR-318-KC
""", "cas_unknown_destination", "unknown", nums=["23401775"], note="apprentice's company tutor stuck on CAS page; order number with date and plate look-alikes", form=dict(kind="html", style="outlook", cs="windows-1252", hcs="windows-1252"))

inner_o6 = dict(frm=("Sylvie Hue", "sylvie.hue@unicaen.fr"), to=[("", "emma.ricard@atelier-ricard-architectes.fr")], subj="Votre cours sur Ecampus", date="2025-09-25 11:05",
  body="""Bonjour Madame Ricard,
Votre cours de construction (AR.C303, S3) sera accessible sur Ecampus dès que votre compte sera actif. Le code Apogée est AR.C303, le groupe AR.ATL-C.
Cordialement,
Sylvie Hue - Scolarité architecture""", form=dict(kind="html", style="outlook"), fname="Votre cours sur Ecampus.msg")
M("vacataire-archi-cours-introuvable", ("Emma Ricard", "emma.ricard@atelier-ricard-architectes.fr"), "TR: Votre cours sur Ecampus", "2025-10-06 19:40",
"""Bonjour,
Je peux maintenant me connecter mais je ne trouve pas mon cours sur Ecampus, la recherche « AR.C303 » ne renvoie rien. Message de la scolarité en pièce jointe.
Emma Ricard
Atelier Ricard Architectes - 27 quai Vendeuvre 14000 Caen - 02 31 38 90 12""", "course_missing", "unknown",
  codes=[("AR.C303","AR.C303","architecture AR.+letter+3digits"),("AR.ATL-C","AR.ATL-C","architecture group")], note="outside architect vacataire cannot find course, scolarité mail attached as rfc822", form=dict(inner=inner_o6))

M("vacataire-nom-mal-orthographie", ("Frédéric Lévêque", "frederic.leveque@free.fr"), "Mon nom sur Ecampus", "2025-10-14 12:12",
"""Bonjour,

Sur Ecampus mon nom apparaît « Frederic LEVEQUE » et mon adresse est une ancienne (f.leveque@wanadoo.fr, fermée depuis 2022), donc je ne reçois pas les notifications des forums. Je suis vacataire au DU Médiation (module DUMED11).
Pouvez-vous corriger ?

Frédéric Lévêque
Médiateur familial DEMF
""", "wrong_name", "unknown", codes=[("DUMED11","DUMED11","DU mediation DUMED+2digits")], note="vacataire name without accents and wrong email", form=dict(cte="b64"))

M("partner-uni-database-en", ("Dr. Hannah Weber", "hannah.weber@uni-wuerzburg.de"), "Re: Joint online exam - Ecampus error", "2026-02-08 10:18",
"""Dear colleagues,

As announced, our joint online exam for the summer-school follow-up module (ETE25-C1) started at 10:00 today, but the platform shows "Erreur de lecture de la base de données" for all 14 students (and for me). Screenshot attached. Is this a known problem? Should we postpone?

Best regards,
Hannah Weber
Julius-Maximilians-Universität Würzburg - Institut für Romanistik
Am Hubland, 97074 Würzburg, Germany
Phone +49 931 31-85512

On Fri, 6 Feb 2026 at 15:10, Claire Vautier <claire.vautier@unicaen.fr> wrote:
> Dear Hannah,
> the quiz is ready on Ecampus, your guest account has access.
> Best, Claire
""", "database_error", "unknown", codes=[("ETE25-C1","ETE25-C1","summer school ETE+yy-level")], lang="en", note="partner university: DB error on Sunday during joint exam", form=dict(kind="alt", style="gmail", png="ecampus_error.png"))

# ---------- NOT ABOUT ECAMPUS x6
M("etu-dates-examens", ("Léna Robert", "lena.robert@etu.unicaen.fr"), "Re: dates des rattrapages", "2026-01-28 13:15",
"""Bonjour,

Merci pour votre réponse. Du coup la session 2 du S1 c'est bien la semaine du 15 juin ? Je dois réserver un train (TER Krono 3318 Caen-Rouen) pour rentrer chez moi et je ne voudrais pas me tromper.

Léna Robert, L2 Psychologie, 24 02 13 76

Le mer. 28 janv. 2026 à 09:40, Scolarité Psychologie <scol.psycho@unicaen.fr> a écrit :
> Bonjour,
> les dates de la session 2 seront publiées sur l'ENT début mars.
> Cordialement
> La scolarité
>
> > Le mar. 27 janv. 2026 à 22:01, Léna Robert a écrit :
> > > Bonjour, quand ont lieu les rattrapages du S1 ?
""", "other", "student", nums=["24021376"], note="not Ecampus: exam session dates (train number look-alike), sent to CEMU by mistake", form=dict(kind="alt", style="gmail", cte="qp"))

M("spam-quota-boite", ("Service Messagerie", "admin-support@unicaen-webmail-update.com"), "ALERTE : Votre boîte aux lettres a dépassé sa limite", "2025-11-25 03:14",
"""Cher utilisateur,

Votre boîte aux lettres a dépassé la limite de stockage de 2 Go. Vous ne pourrez plus envoyer ni recevoir de messages.
Cliquez ici pour valider votre compte : http://unicaen-webmail-update.com/valider?id=887231
Équipe informatique UNICAEN
""", "other", "unknown", note="phishing spam", form=dict(kind="html", style="tb"))

inner_n3 = dict(frm=("Planning Campus 1", "planning.campus1@unicaen.fr"), to=[("", "anne.lecoq@unicaen.fr")], subj="Réservation amphi", date="2025-11-27 10:00",
  body="""Bonjour,
Votre demande de réservation de l'Amphi Tocqueville pour le 11/12/2025 de 14h à 18h est refusée (conflit avec l'examen L1 AES). Propositions : amphi Pierre Daure ou salle SA-012.
Le service Planning""", form={}, fname="Réservation amphi.eml")
M("prof-reservation-salle", ("Anne Lecoq", "anne.lecoq@unicaen.fr"), "TR: Réservation amphi", "2025-11-27 10:35",
"""Bonjour,
Je vous fais suivre ce refus, je ne sais pas à qui m'adresser pour une salle équipée de captation vidéo. Est-ce le CEMU qui gère ça ?
Anne Lecoq, PRAG Lettres""", "other", "staff", note="not Ecampus: room booking refused, forwarded as attachment", form=dict(inner=inner_n3))

M("newsletter-outil", ("Wooclap", "news@wooclap.com"), "🎓 Nouveautés Wooclap de novembre", "2025-11-06 15:00",
"""Bonjour,

Découvrez les nouveautés de novembre : intégration Moodle 4.5 améliorée, nouveaux types de questions, webinaire le 20/11 à 14h (ID Zoom 845 2231 0098).

Se désinscrire : https://www.wooclap.com/unsubscribe
Wooclap SA - Boulevard Louis Schmidt 29, 1040 Bruxelles""", "other", "unknown", auto=True, note="vendor newsletter (list mail)", form=dict(kind="alt", style="gmail"), extra={"List-Unsubscribe": "<https://www.wooclap.com/unsubscribe>", "Precedence": "bulk"})

b = """Bonjour à toutes et à tous,

Pour information, la Journée de l'innovation pédagogique aura lieu le jeudi 5 février 2026 à la MRSH (salle des actes, SH 027). Merci de relayer.

Bien cordialement,
Pascale Herbin

-------- Message transféré --------
Sujet : Journée de l'innovation pédagogique 2026
Date : Mon, 12 Jan 2026 09:12:44 +0100
De : Direction de la pédagogie <dir.pedagogie@unicaen.fr>
Pour : liste-directeurs-etudes@unicaen.fr

Bonjour,
Inscriptions ouvertes jusqu'au 26/01/2026. Programme : ateliers « IA générative et évaluation », « Classe inversée en amphi ».
La Direction de la pédagogie
"""
M("invitation-journee-pedagogie", ("Pascale Herbin", "pascale.herbin@unicaen.fr"), "Fwd: Journée de l'innovation pédagogique 2026", "2026-01-13 08:45", b,
  "other", "staff", note="not Ecampus: event invitation forwarded (Thunderbird style)", form=dict(kind="alt", style="tb"))

M("imprimante-salle-info", ("Hervé Cauvin", "herve.cauvin@unicaen.fr"), "Imprimante salle S3-118 en panne", "2025-10-21 13:55",
"""Bonjour,
L'imprimante HP LaserJet M404dn de la salle informatique S3-118 affiche l'erreur 49.4C02 depuis ce matin. Les étudiants de TP ne peuvent pas imprimer. Le réseau Wi-Fi eduroam et UNICAEN-Invite fonctionnent. Est-ce vous ou la DSI ?
H. Cauvin, technicien UFR Sciences, poste 5 62 18""", "other", "staff", note="not Ecampus: printer failure with product/room look-alikes", form=dict(cs="windows-1252", hcs="windows-1252", cte="qp"))

# ---------- AUTOMATIC x12
M("absent-bureau-fr", ("Hélène Daufresne", "helene.daufresne@unicaen.fr"), "Réponse automatique : [CEMU #48290] Mes étudiants ne voient pas mon cours", "2025-10-24 16:02",
"""Bonjour,

Je suis absente du 24 octobre au 3 novembre 2025 inclus, avec un accès limité à ma messagerie. Pour toute urgence concernant le département d'histoire, merci de contacter le secrétariat au 02 31 56 58 00.

Cordialement,
Hélène Daufresne""", "other", "unknown", auto=True, note="out of office FR", form=dict(kind="html", style="outlook"), extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})

M("out-of-office-en", ("Jonas Lindqvist", "jonas.lindqvist@etu.unicaen.fr"), "Automatic reply: [CEMU #49011] Error on ecampus sunday morning", "2026-01-19 09:00",
"""I am travelling until 25 January (flight SK1452 Copenhagen) and will reply when back.
Jonas""", "other", "unknown", lang="en", auto=True, note="out of office EN", extra={"Auto-Submitted": "auto-replied"})

M("absence-zimbra-code-sujet", ("Marc Lebrun", "marc.lebrun@unicaen.fr"), "Absence : Re: [CEMU #48020] ST5ENT3 cours invisible", "2025-09-16 09:31",
"""Je suis en déplacement avec l'équipe universitaire de handball (championnat de France U, Montpellier) jusqu'au 19/09. Réponse à mon retour.
M. Lebrun""", "other", "unknown", auto=True, codes=[("ST5ENT3","ST5ENT3","STAPS ST+sem+3letters+digit")], note="Zimbra vacation reply, code in subject only", form=dict(cs="iso-8859-1", hcs="iso-8859-1", cte="qp"), extra={"Auto-Submitted": "auto-replied"})

M("absent-cp1252", ("Valérie Jouan", "valerie.jouan@unicaen.fr"), "Absent(e) du bureau : IFSI - étudiants absents de plusieurs UE", "2025-10-17 12:00",
"""Bonjour,
Je serai absente jusqu'au lundi 27 octobre. En cas d'urgence : secretariat.ifsi@chu-caen.fr ou 02 31 06 47 00.
Valérie Jouan""", "other", "unknown", auto=True, note="out of office windows-1252 base64 HTML", form=dict(kind="html", style="outlook", cs="windows-1252", cte="b64", hcs="windows-1252"), extra={"Auto-Submitted": "auto-replied"})

M("moodle-notif-devoir", ("Ecampus (via Ecampus)", "noreply@ecampus.unicaen.fr"), "Remise de devoir : Dossier 1 - (AGM1-SOL) Science du sol", "2025-10-30 23:59",
"""Bonjour Catherine Vimard,

Amina Diallo a remis un devoir « Dossier 1 ».
Voir la remise : https://ecampus.unicaen.fr/mod/assign/view.php?id=1882451&action=grading
Cours : (AGM1-SOL) Science du sol https://ecampus.unicaen.fr/course/view.php?id=52208

Vous recevez ce message parce que vous êtes enseignant dans ce cours. Gérer vos préférences de notification : https://ecampus.unicaen.fr/message/notificationpreferences.php""",
  "other", "unknown", auto=True, codes=[("AGM1-SOL","AGM1-SOL","agronomy master AGM+year-3letters")], ids=[52208], note="Moodle assignment notification", form=dict(kind="alt", style="tb"), extra={"Auto-Submitted": "auto-generated", "Precedence": "bulk"})

M("moodle-digest-forum", ("Forum des nouvelles (via Ecampus)", "noreply@ecampus.unicaen.fr"), "Résumé du forum Ecampus : JO3RED2", "2025-11-07 18:00",
"""Résumé quotidien des forums Ecampus

JO3RED2 -> Annonces -> Rendu du reportage
par Karine Bellanger - vendredi 7 novembre 2025, 17:42
Le rendu du reportage est repoussé au 21/11. Salle JO-03 pour la projection.
https://ecampus.unicaen.fr/mod/forum/discuss.php?d=228810

Se désabonner : https://ecampus.unicaen.fr/mod/forum/unsubscribeall.php""", "other", "unknown", auto=True, codes=[("JO3RED2","JO3RED2","journalism JO+sem+4letters")], note="Moodle forum digest", form=dict(kind="html", style="tb", cte="qp"), extra={"Auto-Submitted": "auto-generated", "List-Id": "<forum-228810.ecampus.unicaen.fr>"})

M("sympa-digest-liste", ("liste-ecampus-referents", "liste-ecampus-referents-request@listes.unicaen.fr"), "Digest liste-ecampus-referents, Vol 58, Numéro 3", "2026-02-03 06:00",
"""Sommaire du jour :
  1. Mise à jour Ecampus 4.5 le 16/02 (Équipe CEMU)
  2. Re: Cohortes L1 (Gaëlle Fontaine)

----------------------------------------------------------------------
Message 1
De : Équipe CEMU <cemu@unicaen.fr>
Objet : Mise à jour Ecampus 4.5 le 16/02

Ecampus sera indisponible le lundi 16 février de 7h à 9h pour la mise à jour en version 4.5.2.

----------------------------------------------------------------------
Message 2
De : Gaëlle Fontaine <gaelle.fontaine@unicaen.fr>
Objet : Re: Cohortes L1

Merci, c'est clair pour nous.

_______________________________________________
liste-ecampus-referents mailing list - https://listes.unicaen.fr/sympa/info/liste-ecampus-referents""", "other", "unknown", auto=True, note="Sympa list digest", form=dict(cte="qp"),
  extra={"List-Id": "<liste-ecampus-referents.listes.unicaen.fr>", "Precedence": "list"})

M("glpi-notif-suivi", ("GLPI UNICAEN", "glpi-noreply@unicaen.fr"), "[GLPI #0318022] Nouveau suivi Accès Ecampus impossible - enseignante", "2025-10-28 08:15",
"""URL : https://assistance.unicaen.fr/front/ticket.form.php?id=318022
Ticket : Accès Ecampus impossible - enseignante
Statut : En cours (attribué)
Demandeur : Marion Lecerf
Groupe attribué : CEMU - Ecampus

Nouveau suivi par Support DSI, 28-10-2025 08:14 :
Ticket transféré au CEMU.

Ceci est un message automatique généré par GLPI 10.0.18.""", "other", "unknown", auto=True, note="GLPI platform notification", form=dict(kind="html", style="tb"), extra={"Auto-Submitted": "auto-generated"})

M("accuse-lecture", ("Vincent Auvray", "vincent.auvray@unicaen.fr"), "Lu : [CEMU #47702] votre demande", "2025-09-10 08:01",
"""Votre message

  À : Vincent Auvray
  Objet : [CEMU #47702] votre demande
  Envoyé : mardi 9 septembre 2025 17:30:12 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris

a été lu le mercredi 10 septembre 2025 08:01:05 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.""", "other", "unknown", auto=True, note="Outlook read receipt", form=dict(cs="windows-1252", hcs="windows-1252"))

# bounces built raw below
def bounce_raw(kind, date_hdr, to_orig, inner_spec):
    inner = to_bytes(build_msg(inner_spec)).decode("utf-8", "surrogateescape")
    if kind == "postfix":
        return ("""From: MAILER-DAEMON@smtp.unicaen.fr (Mail Delivery System)
To: cemu.assistance@unicaen.fr
Subject: Undelivered Mail Returned to Sender
Date: %s
Message-ID: <20251009082211.5D1A2C0047@smtp.unicaen.fr>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="5D1A2C0047.1760000531/smtp.unicaen.fr"

This is a MIME-encapsulated message.

--5D1A2C0047.1760000531/smtp.unicaen.fr
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host smtp.unicaen.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<%s>: host mx.etu.unicaen.fr[10.14.2.31] said: 550 5.1.1
    <%s>: Recipient address rejected: User unknown in local recipient table

--5D1A2C0047.1760000531/smtp.unicaen.fr
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; smtp.unicaen.fr
Arrival-Date: %s

Final-Recipient: rfc822; %s
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--5D1A2C0047.1760000531/smtp.unicaen.fr
Content-Description: Undelivered Message
Content-Type: message/rfc822

%s
--5D1A2C0047.1760000531/smtp.unicaen.fr--
""" % (date_hdr, to_orig, to_orig, date_hdr, to_orig, inner)).encode("utf-8", "surrogateescape")
    else:
        return ("""From: Microsoft Outlook <postmaster@chu-caen.fr>
To: cemu.assistance@unicaen.fr
Subject: =?utf-8?q?Non_remis=C2=A0=3A_Re=3A_=5BCEMU_=2348200=5D_IFSI_-_=C3=A9tudiants_absents?=
Date: %s
Message-ID: <NDR-7781223@chu-caen.fr>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="NDR_b7c1"

--NDR_b7c1
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body><p><b><font color="#000066" size="3">Votre message n'a pas pu être remis à %s.</font></b></p>
<p>La boîte aux lettres est introuvable ou a été désactivée. Code d'état : 550 5.4.1</p></body></html>

--NDR_b7c1
Content-Type: message/delivery-status

Reporting-MTA: dns;EXCH-CHU02.chu-caen.local

Final-Recipient: rfc822;%s
Action: failed
Status: 5.4.1

--NDR_b7c1
Content-Type: message/rfc822

%s
--NDR_b7c1--
""" % (date_hdr, to_orig, to_orig, inner)).encode("utf-8", "surrogateescape")

inner_b1 = dict(frm=("CEMU Assistance", "cemu.assistance@unicaen.fr"), to=[("", "25103392@etu.unicaen.fr")], subj="[CEMU #47655] Urgent : je ne suis inscrite dans aucun cours !!", date="2025-10-09 10:20",
  body="""Bonjour,

Votre inscription pédagogique en L1 Histoire (HHIS101, HHIS102) a été complétée par la scolarité hier. Vos cours apparaîtront après la synchronisation de cette nuit.

Cordialement,
L'équipe du CEMU""", form={})
M("bounce-postfix-etu", None, None, "2025-10-09 10:22", None, "other", "unknown", auto=True,
  codes=[("HHIS101","HHIS101","letters+digits H+3letters+3digits"),("HHIS102","HHIS102","letters+digits H+3letters+3digits")], nums=["25103392"],
  note="delivery failure: CEMU answer to a mistyped student address (number one digit off) returned", form=dict(kind="raw"),
  raw=bounce_raw("postfix", "Thu, 09 Oct 2025 10:22:11 +0200", "25103392@etu.unicaen.fr", inner_b1))

inner_b2 = dict(frm=("CEMU Assistance", "cemu.assistance@unicaen.fr"), to=[("", "valerie.jouan@chu-caen.fr")], subj="Re: [CEMU #48200] IFSI - étudiants absents de plusieurs UE", date="2025-10-17 11:40",
  body="""Bonjour,

Les IP de BOUVIER Killian (24061530) ne descendent pas jusqu'au groupe IFSI2-TDB pour IF3UE32. Pouvez-vous les compléter ?

Cordialement,
CEMU

Le 16/10/2025 à 09:05, Valérie Jouan a écrit :
> Suite aux réclamations de la promotion 2e année (IFSI2A)...""", form=dict(kind="html", style="outlook"))
M("bounce-exchange-ndr", None, None, "2025-10-17 11:41", None, "other", "unknown", auto=True,
  codes=[("IFSI2-TDB","IFSI2-TDB","nursing group IFSI+year-TD+letter"),("IF3UE32","IF3UE32","nursing IF+sem+UE+2digits"),("IFSI2A","IFSI2A","nursing étape IFSI+year+letter")], nums=["24061530"],
  note="Exchange NDR, returned CEMU reply attached", form=dict(kind="raw"),
  raw=bounce_raw("exchange", "Fri, 17 Oct 2025 11:41:03 +0200", "valerie.jouan@chu-caen.fr", inner_b2))

M("dsn-gmail", ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), "Delivery Status Notification (Failure)", "2025-09-11 14:03",
"""** Address not found **

Your message wasn't delivered to sarah.benali2070@gmail.com because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.

----- Original message -----
From: CEMU Assistance <cemu.assistance@unicaen.fr>
Subject: [CEMU #47740] bloquée à la première connexion
Date: Thu, 11 Sep 2025 14:02:51 +0200

Bonjour, pouvez-vous nous indiquer votre numéro étudiant ?""", "other", "unknown", auto=True, note="Gmail DSN (address typo), original quoted", lang="en", extra={"Auto-Submitted": "auto-replied"})
