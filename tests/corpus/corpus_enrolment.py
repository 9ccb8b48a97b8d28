"""Corpus mails about enrolment situations (missing group, distance status, porteur/porté,
Erasmus, temporary desync, idnumber, suspended element), with their near misses."""
from __future__ import annotations

from tests.corpus.corpus_lib import Mail, later, sig_scol, sig_student, sig_teacher

E = "https://ecampus.unicaen.fr"


def mails() -> list[Mail]:
    """Enrolment-family mails of the corpus."""
    return [
        # ---- missing_group_enrolment: HLAN201 / 22004512
        Mail("mge_student_sms", "22004512@etu.unicaen.fr",
             "cours anglais", "bjr\njsuis pas inscrite ds le cour d anglais ⟦c:hlan201⟧ alors ke "
             "ma copine oui, c normal?? mon num etudiant c ⟦n:22004512⟧\nmerci\nlea\n",
             "not_enrolled", situation="missing_group_enrolment", date=later(-300)),
        Mail("mge_student_formal", "22004512@etu.unicaen.fr",
             "Inscription au cours ⟦c:HLAN201⟧",
             "Bonjour,\n\nJe suis étudiante en L2 LLCER anglais. Je n'apparais pas dans la liste des "
             "participants du cours ⟦c:HLAN201⟧ (⟦u:https://ecampus.unicaen.fr/course/view.php?id=46120⟧) "
             "et je ne peux donc pas accéder aux documents.\nMon numéro étudiant est le "
             "⟦n:22 00 45 12⟧.\n" + sig_student("Léa Martin"),
             "not_enrolled", situation="missing_group_enrolment", sender_name="Léa Martin"),
        Mail("mge_teacher", "jean.dupont@unicaen.fr", "Etudiants absents de mon cours",
             "Bonjour,\n\nPlusieurs étudiants de mon TD ne sont pas inscrits dans l'espace "
             "⟦c:HLAN201⟧ sur Ecampus, par exemple l'étudiante ⟦n:22004512⟧. Pourriez-vous regarder ?\n"
             "\nBien à vous,\n" + sig_teacher("Jean Dupont", "UFR LVE"),
             "not_enrolled", situation="missing_group_enrolment", sender_name="Jean Dupont"),
        Mail("mge_no_charges", "claire.martin@unicaen.fr", "Cours vide HLAN305",
             "Bonjour,\n\nAucun étudiant n'est inscrit dans mon cours ⟦c:HLAN305⟧ "
             "(⟦u:https://ecampus.unicaen.fr/course/view.php?id=46121⟧). Pourtant l'étudiant "
             "⟦n:22004513⟧ suit bien cet enseignement.\n\nCordialement,\nClaire Martin\n"
             "Tél : 02 31 56 74 12\n",
             "not_enrolled", situation="missing_group_enrolment"),
        Mail("mge_no_charges_2", "ufr.lve.scolarite@unicaen.fr", "TR: HLAN305 - personne sur ecampus",
             "Bonjour,\n\nje vous transfère le message d'un étudiant.\n\nBonne journée\n\n"
             "-------- Message transféré --------\nSujet : cours HLAN305\nDe : ⟦n:22004513⟧@etu.unicaen.fr\n"
             "Date : 13/10/2026 18:02\n\nBonjour, je ne suis pas inscrit sur ecampus au cours "
             "⟦c:HLAN305⟧ alors que mon IP est faite. Merci\n",
             "not_enrolled", situation="missing_group_enrolment"),
        Mail("mge_near_miss", "22004512@etu.unicaen.fr", "cours HLAN202",
             "Bonjour,\nje ne suis pas inscrite au cours ⟦c:HLAN202⟧ ?? num etudiant ⟦n:22004512⟧\n",
             "not_enrolled"),
        # ---- distance_status_mismatch a: RCAED334 / 22103344
        Mail("dsm_a_scol_table", "droit.scolarite@unicaen.fr", "Etudiant FOAD non inscrit RCAED334",
             "Bonjour,\n\nL'étudiant ci-dessous, inscrit en télé-enseignement, n'est pas inscrit dans "
             "le cours Ecampus correspondant :\n\nN° étudiant\tNom\tPrénom\tCode ELP\tGroupe\n"
             "⟦n:22103344⟧\tLEROY\tHugo\t⟦c:RCAED334⟧\tELP_⟦c:RCAED334⟧_CM\n\nMerci de votre aide."
             + sig_scol("UFR Droit"), "not_enrolled", situation="distance_status_mismatch",
             sender_name="Scolarité UFR Droit"),
        Mail("dsm_a_student", "22103344@etu.unicaen.fr", "Pas accès au cours de droit",
             "Bonjour,\n\nJe suis en licence à distance (CEMU) et je ne suis pas inscrit au cours "
             "⟦c:rcaed 334⟧ sur Ecampus, je n'ai accès à rien.\n\nHugo Leroy\n⟦n:22103344⟧\n",
             "not_enrolled", situation="distance_status_mismatch"),
        Mail("dsm_a_teacher_cp1252", "paul.moreau@unicaen.fr", "Etudiants à distance",
             "Bonjour,\r\n\r\nUn étudiant à distance (n° ⟦n:22103344⟧) m'écrit qu'il n'est plus "
             "inscrit dans mon espace ⟦c:RCAED334⟧. Les autres étudiants à distance sont-ils concernés ?"
             "\r\n\r\nCordialement\r\nPaul Moreau\r\n", "not_enrolled",
             situation="distance_status_mismatch", charset="windows-1252"),
        # ---- distance_status_mismatch c: IRAN-16 / 21609847
        Mail("dsm_c_student", "21609847@etu.unicaen.fr", "mauvais groupe IRAN-16",
             "Bonjour,\n\nJe suis étudiante à distance mais sur Ecampus je suis dans le groupe "
             "ELP_⟦c:IRAN-16⟧_TD au lieu du groupe CEMU, je ne suis donc pas dans le bon groupe pour "
             "les devoirs.\nNuméro : ⟦n:21609847⟧\n\nMerci,\nInès\n",
             "wrong_group", situation="distance_status_mismatch"),
        Mail("dsm_c_teacher", "anne.petit@unicaen.fr", "Groupes du cours IRAN-16",
             "Bonjour,\n\nDans mon cours ⟦c:IRAN-16⟧ (⟦u:https://ecampus.unicaen.fr/course/view.php?id=47416⟧) "
             "les étudiants FOAD comme ⟦n:21609847⟧ sont affectés au mauvais groupe (ELP_⟦c:IRAN-16⟧_TD).\n"
             + sig_teacher("Anne Petit", "UFR Humanités", office="MR 115"),
             "wrong_group", situation="distance_status_mismatch"),
        Mail("dsm_near_miss", "21609846@etu.unicaen.fr", "groupe ?",
             "Bonjour, je ne suis pas dans le bon groupe dans ⟦c:IRAN-15⟧ il me semble. "
             "Mon numéro étudiant est ⟦n:21609846⟧.\n", "wrong_group"),
        # ---- porteur_porte: M.2DRP1A carries 2DR7B, student 22006001
        Mail("pp_teacher", "jean.dupont@unicaen.fr", "Cours 2DR7B introuvable",
             "Bonjour,\n\nLe cours ⟦c:2DR7B⟧ porté par ⟦c:M.2DRP1A⟧ n'existe pas sur Ecampus : "
             "je ne le trouve pas dans mes cours et aucun espace n'a été créé.\n\nJ. Dupont\n",
             "course_missing", situation="porteur_porte"),
        Mail("pp_student", "22006001@etu.unicaen.fr", "Inscription ⟦c:2DR7B⟧",
             "Bonjour, je ne suis pas inscrite dans le cours ⟦c:2DR7B⟧ (mutualisé avec "
             "⟦c:M.2DRP1A⟧). num étudiant ⟦n:22006001⟧. Merci\n", "not_enrolled",
             situation="porteur_porte"),
        Mail("pp_scol", "droit.scolarite@unicaen.fr", "Porteur porté M.2DRP1A",
             "Bonjour,\n\nLes étudiants du parcours ne sont pas inscrits dans l'espace du cours "
             "⟦c:M.2DRP1A⟧ (collection ⟦c:M.2DRP1ATD⟧), ex. ⟦n:22006001⟧.\n" + sig_scol("UFR Droit"),
             "not_enrolled", situation="porteur_porte"),
        Mail("pp_near_miss", "marie.lefevre@unicaen.fr", "M.1HRP9C",
             "Bonjour,\nmes étudiants ne sont pas inscrits dans ⟦c:M.1HRP9C⟧ / ⟦c:2HR5C⟧ ?\nMerci\n",
             "not_enrolled"),
        # ---- suspended_element: M.1.MS03
        Mail("susp_teacher", "jean.dupont@unicaen.fr", "Théories du changement social",
             "Bonjour,\n\nAucun étudiant inscrit dans mon cours « Théories chang. social » "
             "(⟦c:M.1.MS03⟧). Les étudiants de master 1 ne sont pas inscrits alors que le cours "
             "commence lundi.\n" + sig_teacher("Jean Dupont", "UFR HSS"),
             "not_enrolled", situation="suspended_element"),
        Mail("susp_en", "k.schmidt@uni-koeln.de", "Students not enrolled in M.1.MS03",
             "Dear colleagues,\n\nI am a visiting lecturer this semester. My students are not "
             "enrolled in the course ⟦c:M.1.MS03⟧ on Ecampus, the participants list is empty.\n"
             "Could you help?\n\nBest regards,\nKatrin Schmidt\n+49 221 470 1234\n",
             "not_enrolled", lang="en", situation="suspended_element"),
        Mail("susp_near_miss", "jean.dupont@unicaen.fr", "M.1.MS04",
             "Bonjour, aucun étudiant n'est inscrit dans ⟦c:M.1.MS04⟧. Merci. JD\n", "not_enrolled"),
        # ---- erasmus_student: 22001234 (Eras+ D>An), 22001235 (D>S2)
        Mail("erasmus_student", "22001234@etu.unicaen.fr", "plus accès à mes cours",
             "Bonjour,\n\nDepuis la rentrée je ne suis plus inscrit dans aucun cours, par exemple "
             "⟦c:RCAED334⟧. Je suis pourtant à Caen ce semestre.\nNuméro étudiant : ⟦n:22001234⟧\n"
             + sig_student("Tom Bernard"), "not_enrolled", situation="erasmus_student"),
        Mail("erasmus_semester", "22001235@etu.unicaen.fr", "Inscription Ecampus",
             "Bonjour, je pars en Erasmus au S2 seulement mais je ne suis inscrit dans aucun cours "
             "Ecampus de S1. Mon n° étudiant : ⟦n:22001235⟧.\nMerci !\n", "not_enrolled",
             situation="erasmus_student"),
        Mail("erasmus_near_miss", "ana.garcia@gmail.com", "Ecampus access",
             "Hello,\n\nI am an Erasmus student from Spain (student number ⟦n:22001236⟧). I am not "
             "enrolled in my courses on Ecampus. Thank you for your help.\n\nAna Garcia\n",
             "not_enrolled", role="student", lang="en"),
        # ---- temporary_desync: 22007777, fixed today 10:12
        Mail("desync_student", "22007777@etu.unicaen.fr", "plus inscrite nulle part",
             "Bonjour,\n\nDepuis quelques jours je ne suis plus inscrite dans mes cours, notamment "
             "⟦c:HLAN201⟧. La scolarité m'a dit avoir corrigé ce matin.\n⟦n:22007777⟧\n",
             "not_enrolled", situation="temporary_desync", date=later(30)),
        Mail("desync_scol", "ufr.lve.scolarite@unicaen.fr", "Etudiante 22007777",
             "Bonjour,\n\nL'étudiante ⟦n:22007777⟧ n'apparaît plus dans le cours ⟦c:HLAN201⟧. Nous "
             "avons refait son inscription pédagogique aujourd'hui.\n" + sig_scol("UFR LVE"),
             "not_enrolled", situation="temporary_desync", date=later(60)),
        Mail("desync_near_miss", "22007778@etu.unicaen.fr", "cours HLAN201",
             "bonjour je suis pas inscrit au cours ⟦c:HLAN201⟧ ⟦n:22007778⟧\n", "not_enrolled"),
        # ---- idnumber_modified: AN-10A / 50102
        Mail("idnum_teacher", "marie.lefevre@unicaen.fr", "(AN-10A) EC1 Langue Traduction",
             "Bonjour,\n\nPlus aucun étudiant n'est inscrit dans mon cours « (⟦c:AN-10A⟧) EC1 Langue "
             "Traduction » : ⟦u:https://ecampus.unicaen.fr/course/view.php?id=50102⟧.\nJ'ai pourtant "
             "seulement modifié quelques paramètres du cours.\n\nMarie Lefèvre\nBureau 214\n",
             "not_enrolled", situation="idnumber_modified"),
        Mail("idnum_category", "marie.lefevre@unicaen.fr", "Inscriptions ⟦c:AN-10A⟧.",
             "Bonjour, dans LVE / L1 / (⟦c:1LANGL701⟧) Licence 1A LLCE, le cours ⟦c:AN-10A⟧. n'a "
             "plus d'étudiants inscrits. Pouvez-vous vérifier ?\nMerci\n", "not_enrolled",
             situation="idnumber_modified"),
        Mail("idnum_near_miss", "marie.lefevre@unicaen.fr", "cours AN-10B",
             "Bonjour, pas d'étudiants inscrits dans ⟦u:https://ecampus.unicaen.fr/course/view.php?id=50103⟧"
             " (⟦c:AN-10B⟧).\n", "not_enrolled"),
    ]
