"""Corpus mails without a diagnosable situation: missing identifiers, off-topic questions,
automatic replies, replies and forwards, and traps (phones, tickets, INE, dates, 7/9 digits)."""
from __future__ import annotations

from tests.corpus.corpus_lib import Mail, sig_scol, sig_student, sig_teacher

QUOTE = ("\n\nLe 13/10/2026 à 17:12, CEMU Assistance a écrit :\n> Bonjour,\n> Pouvez-vous nous "
         "indiquer le code APOGÉE du cours et votre numéro étudiant ?\n> Cordialement,\n"
         "> L'équipe du CEMU\n> Tél : 02 31 56 62 00\n")


def mails() -> list[Mail]:
    """Noise, need-info and trap mails of the corpus."""
    return _need_info() + _other() + _auto() + _threads()


def _need_info() -> list[Mail]:
    s = "etu.unicaen.fr"
    return [
        Mail("ni_not_enrolled", f"22005555@{s}", "pas inscrit", "Bonjour, je ne suis pas inscrit "
             "dans mon cours de maths. Merci de m'aider.\n", "not_enrolled"),
        Mail("ni_sms", "lulu.du14@hotmail.fr", "ecampus", "jsui etudiante en L1 socio et jvois pa "
             "mes cours sur ecampus c grave pr les partiels\n", "course_not_on_dashboard", role="student"),
        Mail("ni_teacher_students", "paul.moreau@unicaen.fr", "Cours invisible",
             "Bonjour,\n\nMes étudiants ne voient pas mon cours de géographie.\n\nCordialement\n"
             "Paul Moreau\nTél. 02 31 56 58 21\nBureau MRSH 214\n", "students_cannot_see_course"),
        Mail("ni_teacher_self", "anne.petit@unicaen.fr", "Inscription enseignant",
             "Bonjour, je suis enseignante en L3 et je ne suis pas inscrite dans le cours que "
             "j'enseigne ce semestre. Bien à vous, A. Petit\n", "teacher_not_enrolled"),
        Mail("ni_group", f"22005556@{s}", "groupe TD", "Bonjour, je suis dans le mauvais groupe de TD "
             "sur ecampus, je suis en TD2 pas TD3.\n", "wrong_group"),
        Mail("ni_missing", "claire.martin@unicaen.fr", "Cours inexistant",
             "Bonjour,\n\nMon cours de licence n'existe pas sur Ecampus, je ne le trouve nulle part.\n"
             "Cordialement\n", "course_missing"),
        Mail("ni_login", "marc.dubois@orange.fr", "connexion", "Bonjour, je n'arrive pas à me "
             "connecter à ecampus, mon identifiant ne marche pas. Je suis étudiant en master 1.\n",
             "cannot_login", role="student"),
        Mail("ni_login_en", "p.kowalski@wp.pl", "cannot log in",
             "Hello, I am an exchange student and I cannot log in to Ecampus, my password is refused.\n"
             "Best regards, Piotr\n", "cannot_login", role="student", lang="en"),
        Mail("ni_name", f"22005557@{s}", "nom", "Bonjour, mon nom de famille est faux sur ecampus.\n",
             "wrong_name"),
        Mail("ni_dashboard", "helene.roux@unicaen.fr", "tableau de bord",
             "Bonjour, je ne vois plus certains cours sur mon tableau de bord. Cordialement. H. Roux\n",
             "course_not_on_dashboard"),
        Mail("ni_not_enrolled_en", "y.tanaka@gmail.com", "Not enrolled",
             "Dear CEMU,\nI'm an incoming exchange student. I am not enrolled in any course on Ecampus "
             "although I registered in September.\nRegards,\nYuki Tanaka\n", "not_enrolled",
             role="student", lang="en"),
        Mail("ni_archive", "luc.bernard@unicaen.fr", "cours archivé", "Bonjour, mon cours de l'an "
             "dernier a été archivé et renommé, je ne comprends pas. Luc\n", "course_moved_renamed"),
        Mail("ni_tmt", "helene.roux@unicaen.fr", "trop d'enseignants",
             "Bonjour, il y a beaucoup trop d'enseignants inscrits dans mon cours, dont des collègues "
             "qui n'y enseignent pas.\nH. Roux\n", "too_many_teachers"),
        Mail("ni_students_not_enrolled", "paul.moreau@unicaen.fr", "étudiants non inscrits",
             "Bonjour,\nLa moitié de mes étudiants ne sont pas inscrits dans mon cours sur Ecampus.\n"
             + sig_teacher("Paul Moreau", "UFR HSS", phone="02 31 56 58 21", office="MRSH 214"),
             "not_enrolled"),
    ]


def _other() -> list[Mail]:
    return [
        Mail("other_assignment", "22005558@etu.unicaen.fr", "dépôt devoir",
             "Bonjour, comment déposer mon devoir en PDF ? Le bouton n'apparaît pas. Merci\n", "other"),
        Mail("other_quiz_phone", "helene.roux@unicaen.fr", "Paramétrage test",
             "Bonjour,\n\nJe voudrais paramétrer un test avec 2 tentatives. Pouvez-vous me rappeler au "
             "02 31 56 55 47 ?\n" + sig_teacher("Hélène Roux", "IAE", phone="02 31 56 55 47", office="IAE 3.12"),
             "other"),
        Mail("other_glpi", "dsi.support@unicaen.fr", "Ticket #317804 - demande transférée",
             "Bonjour,\n\nLe ticket GLPI #317804 ouvert le 14/10/2026 concerne une demande de salle "
             "informatique, pas Ecampus. Référence interne 2026-10-14.\n\nDSI - Pôle support\n", "other"),
        Mail("other_ine", "22005559@etu.unicaen.fr", "attestation", "Bonjour, j'ai besoin d'une attestation "
             "de réussite. Mon INE est 1234567890A et je suis né le 12/03/2004.\n", "other"),
        Mail("other_numbers", "compta.ufr@unicaen.fr", "facture formation",
             "Bonjour, la facture n° 1234567 de 2 450 euros (commande 123456789) concerne la formation "
             "Moodle du 20261014. SIRET 19141408500016.\n" + sig_scol("UFR Sciences"), "other"),
        Mail("other_training", "nadia.benali@unicaen.fr", "Formation Moodle",
             "Bonjour,\n\nY a-t-il une formation Moodle niveau 2 prévue en novembre ? Je suis "
             "disponible le 18/11 de 9h à 12h.\n\nNadia Benali\nBureau 1.14 - poste 5621\n", "other"),
        Mail("other_h5p_en", "t.brown@unicaen.fr", "H5P question",
             "Hello,\nCan I add an H5P interactive video to my course? I could not find the activity.\n"
             "Thanks,\nTom Brown\nOffice 2.07, phone +33 2 31 56 60 60\n", "other", lang="en"),
        Mail("other_spam", "promo@super-deals.example", "Gagnez un iPhone 15 !!!",
             "Félicitations ! Vous avez été sélectionné. Appelez le 08 99 12 34 56.\n", "other"),
        Mail("other_thanks", "22004512@etu.unicaen.fr", "merci", "Merci beaucoup, tout fonctionne "
             "maintenant !\nLéa\n", "other"),
        Mail("other_foreign_helpdesk", "glpi@dsi.unicaen.fr", "[GLPI #0000091] Nouveau suivi",
             "Un nouveau suivi a été ajouté au ticket 0000091 : demande de compte Zimbra.\n"
             "Date : 2026-10-14 10:02\n", "other"),
        Mail("other_phone_call", "secretariat.master@unicaen.fr", "rappel",
             "Bonjour, pouvez-vous rappeler Mme Durand au 06 71 23 45 98 concernant les salles "
             "de l'année 2026-2027 ? Merci.\n" + sig_scol("Master MEEF", phone="02 31 56 70 01"), "other"),
        Mail("other_exam_dates", "22005560@etu.unicaen.fr", "examens", "bonjour c quand les exams du "
             "S1 ? les dates 14/12/2026 - 18/12/2026 c'est sûr ? merci\n", "other"),
    ]


def _auto() -> list[Mail]:
    return [
        Mail("auto_ooo", "jean.dupont@unicaen.fr", "Réponse automatique : Re: votre demande",
             "Je suis absent jusqu'au 20/10/2026. Pour toute urgence, contactez le 02 31 56 55 00.\n",
             "other", auto=True, headers={"Auto-Submitted": "auto-replied"}),
        Mail("auto_xautoreply", "claire.martin@unicaen.fr", "Absente",
             "Je suis en congé, je lirai votre message à mon retour.\n", "other", auto=True,
             headers={"X-Autoreply": "yes"}),
        Mail("auto_bounce", "MAILER-DAEMON@unicaen.fr", "Undelivered Mail Returned to Sender",
             "This is the mail system at host smtp.unicaen.fr.\nI'm sorry to have to inform you that "
             "your message could not be delivered.\n", "other", auto=True, lang="en"),
        Mail("auto_list", "lettre-info@listes.unicaen.fr", "La lettre du CEMU - octobre",
             "Bonjour à tous, voici les nouveautés d'Ecampus ce mois-ci : le bloc participants "
             "a disparu, voir le menu.\n", "other", auto=True,
             headers={"Precedence": "list", "List-Id": "<lettre-info.listes.unicaen.fr>"}),
        Mail("auto_own", "cemu.assistance@unicaen.fr", "Accusé de réception",
             "Votre demande a bien été enregistrée.\n", "other", auto=True),
        Mail("auto_ooo_en", "k.schmidt@uni-koeln.de", "Out of Office: Students not enrolled",
             "I am out of the office until Monday with limited access to email.\n", "other",
             auto=True, lang="en", headers={"X-Auto-Response-Suppress": "All"}),
        Mail("auto_bulk", "newsletter@moodle.example", "Moodle news",
             "Discover the new features of Moodle 4.5 and our webinars.\n", "other", auto=True,
             lang="en", headers={"Precedence": "bulk"}),
    ]


def _threads() -> list[Mail]:
    return [
        Mail("reply_with_ids", "22004512@etu.unicaen.fr", "Re: pas inscrite",
             "Bonjour,\nle cours c'est ⟦c:HLAN201⟧ et mon numéro ⟦n:22004512⟧.\nLéa" + QUOTE,
             "not_enrolled", situation="missing_group_enrolment"),
        Mail("reply_forward_scol", "droit.scolarite@unicaen.fr", "TR: Pb cours Ecampus",
             "Bonjour,\n\nPour information, je vous transfère la demande d'une étudiante.\n\n"
             "Bonne journée\n\n---------- Forwarded message ---------\nDe : Léa Martin "
             "<⟦n:22004512⟧@etu.unicaen.fr>\nDate : mar. 13 oct. 2026 à 18:40\nObjet : Pb cours\n\n"
             "Bonjour, je ne suis pas inscrite dans le cours ⟦c:HLAN201⟧, pouvez-vous m'aider ?\n"
             "Léa\n", "not_enrolled", situation="missing_group_enrolment"),
        Mail("reply_outlook", "jean.dupont@unicaen.fr", "RE: SPHY210",
             "Merci, je vérifie dans ADE et je reviens vers vous.\n\nJean\n\n"
             "-----Original Message-----\nFrom: CEMU Assistance <cemu.assistance@unicaen.fr>\n"
             "Sent: Tuesday, October 13, 2026 4:02 PM\nSubject: SPHY210\n\nBonjour, concernant "
             "⟦c:SPHY210⟧, aucune séance ne vous est associée dans ADE.\n", "other"),
        Mail("reply_quoted_student", "22103344@etu.unicaen.fr", "Re: Pas accès au cours de droit",
             "toujours pas inscrit !!!\n\n> Bonjour, je suis en licence à distance et je ne suis pas "
             "inscrit au cours ⟦c:RCAED334⟧.\n> ⟦n:22103344⟧\n", "not_enrolled",
             situation="distance_status_mismatch"),
        Mail("reply_wrapped_number", "droit.scolarite@unicaen.fr", "étudiant non inscrit",
             "Bonjour, l'étudiant à distance dont le numéro est indiqué ici, le numéro étudiant "
             "⟦n:221033\n44⟧, n'est pas inscrit dans le cours ⟦c:RCAED334⟧.\n" + sig_scol("UFR Droit"),
             "not_enrolled", situation="distance_status_mismatch"),
        Mail("reply_fwd_en", "intl.office@unicaen.fr", "Fwd: cannot see my course",
             "FYI, forwarding an exchange student's request.\n\n---------- Forwarded message ---------\n"
             "From: Ana Garcia <ana.garcia@gmail.com>\nSubject: course\n\nHi, I can't see the course "
             "⟦c:HLAN202⟧ on my dashboard. Student number ⟦n:22001236⟧.\n",
             "course_not_on_dashboard", lang="en"),
        Mail("reply_sig_number", "22004871@etu.unicaen.fr", "Re: cours caché",
             "Bonjour, toujours rien pour le cours ⟦c:RCAED501⟧, je ne le vois pas.\n"
             + sig_student("Jules Petit", "⟦n:22004871⟧") + "Tél 06 45 78 12 33\n",
             "course_not_on_dashboard", situation="hidden_course"),
    ]
