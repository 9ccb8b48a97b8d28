"""Held-out mails, written apart from the corpus with other wording; never used for tuning.

    python -m tests.corpus.make_heldout   (writes tests/corpus/heldout/*.eml and gold.json)
"""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

from tests.corpus.corpus_lib import Mail, later, write
from triage.demo.scenarios import PARIS, SUNDAY_OUTAGE

HERE = Path(__file__).parent / "heldout"


def mails() -> list[Mail]:
    """The held-out set."""
    return _situations() + _others()


def _situations() -> list[Mail]:
    return [
        Mail("h_mge_1", "22004512@etu.unicaen.fr", "Accès LANSAD",
             "Bonsoir,\nimpossible de retrouver l'espace ⟦c:HLAN201⟧ parmi mes cours, mes camarades "
             "de TD l'ont. Je n'y suis apparemment pas inscrite. (étudiante ⟦n:22004512⟧)\nBonne soirée\n",
             "not_enrolled", situation="missing_group_enrolment"),
        Mail("h_mge_2", "sandrine.vasseur@unicaen.fr", "HLAN305 : liste des participants vide",
             "Bonjour,\n\nL'espace ⟦c:HLAN305⟧ ne contient aucun étudiant : la liste des participants "
             "ne comporte que moi. ⟦n:22004513⟧ devrait pourtant y figurer.\n\nSandrine Vasseur\n"
             "Maison de la Recherche, bureau 118\n02 31 56 58 02\n", "not_enrolled",
             situation="missing_group_enrolment"),
        Mail("h_dsm_1", "foad.droit@unicaen.fr", "Etudiant télé-enseignement",
             "Bonjour,\n\nM. Leroy (⟦n:22103344⟧), en télé-enseignement, ne figure pas parmi les "
             "inscrits de ⟦c:RCAED334⟧.\nMerci d'avance\n\nPôle FOAD - Faculté de Droit\n"
             "Tél 02 31 56 50 40\n", "not_enrolled", situation="distance_status_mismatch"),
        Mail("h_dsm_2", "21609847@etu.unicaen.fr", "Groupe de TD à distance",
             "Bonjour, je suis à distance et ecampus me met dans le groupe présentiel "
             "ELP_⟦c:IRAN-16⟧_TD, je n'ai donc pas les consignes du groupe CEMU.\n⟦n:21609847⟧\n",
             "wrong_group", situation="distance_status_mismatch"),
        Mail("h_pp_1", "22006001@etu.unicaen.fr", "2DR7B",
             "Bonjour,\nle cours de ⟦c:2DR7B⟧ n'est pas dans ma liste de cours alors que je suis "
             "inscrite dans APOGEE. Numéro : ⟦n:22006001⟧\nMerci\n", "not_enrolled",
             situation="porteur_porte"),
        Mail("h_susp_1", "olivier.garnier@unicaen.fr", "M.1.MS03 sans étudiants",
             "Bonjour,\n\nPersonne n'est inscrit dans l'espace ⟦c:M.1.MS03⟧ à une semaine du début des "
             "cours.\n\nO. Garnier\nUFR HSS\n", "not_enrolled", situation="suspended_element"),
        Mail("h_erasmus_1", "22001234@etu.unicaen.fr", "Ecampus vide",
             "Bonjour, toutes mes matières ont disparu d'Ecampus (je n'ai plus aucun cours), je suis "
             "pourtant en présentiel à Caen. ⟦n:22001234⟧\n", "not_enrolled",
             situation="erasmus_student"),
        Mail("h_desync_1", "22007777@etu.unicaen.fr", "Inscriptions",
             "Bonjour, je n'ai plus accès à ⟦c:HLAN201⟧ depuis la semaine dernière. Mon dossier a été "
             "régularisé par la scolarité aujourd'hui. ⟦n:22007777⟧\n", "not_enrolled",
             situation="temporary_desync", date=later(20)),
        Mail("h_idnum_1", "marie.lefevre@unicaen.fr", "Traduction EC1",
             "Bonjour,\nLes étudiants ne sont plus inscrits dans « (⟦c:AN-10A⟧) EC1 Langue Traduction »."
             "\nMarie\n", "not_enrolled", situation="idnumber_modified"),
        Mail("h_arch_1", "olivier.garnier@unicaen.fr", "Où est passé mon cours ?",
             "Bonjour,\n\nMon espace ⟦c:1CA152⟧ se retrouve désormais dans la catégorie « Archives », "
             "sous un autre intitulé. Est-ce une erreur ?\n\nO. Garnier\n",
             "course_moved_renamed", situation="archived_course"),
        Mail("h_hidden_1", "sandrine.vasseur@unicaen.fr", "Cours RCAED501 inaccessible aux étudiants",
             "Bonjour,\nmes étudiants m'indiquent que le cours ⟦c:RCAED501⟧ n'est pas visible pour eux, "
             "ils sont pourtant inscrits.\nS. Vasseur\n", "students_cannot_see_course",
             situation="hidden_course"),
        Mail("h_ade_1", "jean.dupont@unicaen.fr", "Ajout comme enseignant",
             "Bonjour,\n\nJe donne les cours de ⟦c:SPHY210⟧ mais je n'ai pas le rôle enseignant dans "
             "l'espace Ecampus et je n'y suis pas inscrit.\n\nJean Dupont\n", "teacher_not_enrolled",
             situation="ade_planning_incompatible"),
        Mail("h_ade_2", "anne.petit@unicaen.fr", "SPHY240",
             "Hello, I teach ⟦c:SPHY240⟧ this year but I am not enrolled in the Ecampus course as a "
             "teacher.\nAnne\n", "teacher_not_enrolled", lang="en",
             situation="ade_planning_incompatible"),
        Mail("h_tmt_1", "jean.dupont@unicaen.fr", "Equipe enseignante de MDRO110",
             "Bonjour, l'espace ⟦c:MDRO110⟧ affiche tous les enseignants du département alors que deux "
             "seulement font ce cours. Cela fait trop d'enseignants.\nJD\n",
             "too_many_teachers", situation="too_many_teachers"),
        Mail("h_db_1", "22005570@etu.unicaen.fr", "site ecampus",
             "Bonjour, le site me renvoie une erreur de base de données (Database connection failed). "
             "Merci\n", "database_error", situation="db_optimisation_window",
             date=later(5, SUNDAY_OUTAGE)),
        Mail("h_cas_1", "22003136@etu.unicaen.fr", "page CAS",
             "Bonjour, après avoir saisi mes identifiants sur https://cas.unicaen.fr/login je reste "
             "sur une page qui dit que le CAS ne connaît pas ma destination finale.\n",
             "cas_unknown_destination", situation="wrong_cas_url"),
        Mail("h_dir_1", "s.lefevre.prof@gmail.com", "profil bloqué",
             "Bonjour, chargé de cours vacataire, je ne parviens pas à aller plus loin que la page de "
             "profil : elle exige une adresse mail que je ne peux pas saisir.\nS. Lefèvre\n",
             "cannot_login", situation="directory_data"),
        Mail("h_dir_2", "22008888@etu.unicaen.fr", "orthographe nom",
             "Bonjour, il y a une faute dans mon nom sur Ecampus. ⟦n:22008888⟧\n", "wrong_name",
             situation="directory_data"),
        Mail("h_dash_1", "22004512@etu.unicaen.fr", "HHIS102",
             "Bonjour, ⟦c:HHIS102⟧ n'est plus visible sur mon tableau de bord depuis hier.\n",
             "course_not_on_dashboard", situation="dashboard_filter"),
        Mail("h_part_1", "sandrine.vasseur@unicaen.fr", "liste des inscrits",
             "Bonjour, je ne trouve plus le bloc Participants dans mon cours, où est-il ?\n",
             "participants_block_missing", situation="participants_block_moved"),
        Mail("h_cohort_1", "olivier.garnier@unicaen.fr", "cohorte L1",
             "Bonjour, est-il raisonnable de garder la synchronisation de la cohorte L1 dans "
             "⟦u:https://ecampus.unicaen.fr/course/view.php?id=45500⟧ ?\n", "cohort_question",
             situation="cohort_sync_left"),
    ]


def _others() -> list[Mail]:
    return [
        Mail("h_ni_1", "22005571@etu.unicaen.fr", "ecampus", "bonjour g pa mon cour de psycho sur "
             "ecampus jsui pas inscrit dedans\n", "not_enrolled"),
        Mail("h_ni_2", "olivier.garnier@unicaen.fr", "étudiants", "Bonjour, mes étudiants de L1 ne "
             "voient toujours pas le cours de sociologie. Merci. OG\n", "students_cannot_see_course"),
        Mail("h_ni_3", "f.moreno@gmail.com", "Ecampus login",
             "Hi, I am an international student and I cannot sign in to Ecampus.\nFernanda\n",
             "cannot_login", role="student", lang="en"),
        Mail("h_ni_4", "sandrine.vasseur@unicaen.fr", "groupe", "Bonjour, une étudiante est dans le "
             "mauvais groupe de TD dans mon cours.\n", "wrong_group"),
        Mail("h_near_1", "22007778@etu.unicaen.fr", "HLAN201", "Bonjour, je ne suis toujours pas "
             "inscrit dans ⟦c:HLAN201⟧, numéro étudiant ⟦n:22007778⟧.\n", "not_enrolled"),
        Mail("h_near_2", "claire.martin@unicaen.fr", "MDRO120", "Bonjour, trop d'enseignants dans "
             "⟦c:MDRO120⟧.\n", "too_many_teachers", date=datetime(2026, 9, 15, 11, 0, tzinfo=PARIS)),
        Mail("h_other_1", "olivier.garnier@unicaen.fr", "Visio", "Bonjour, comment programmer une "
             "classe virtuelle BigBlueButton dans mon cours ? O. Garnier - 02 31 56 51 20\n", "other"),
        Mail("h_other_2", "22005572@etu.unicaen.fr", "note", "bonjour ma note du partiel du 12/10 "
             "est pas la bonne, c 12 pas 8. INE 0123456789A\n", "other"),
        Mail("h_other_3", "glpi@dsi.unicaen.fr", "[GLPI #0000142] Clôture", "Le ticket 0000142 "
             "(#318001) a été clos le 2026-10-14.\n", "other"),
        Mail("h_auto_1", "sandrine.vasseur@unicaen.fr", "Absente du bureau",
             "Je suis absente jusqu'au 19/10/2026 inclus.\n", "other", auto=True,
             headers={"Auto-Submitted": "auto-generated"}),
        Mail("h_auto_2", "postmaster@etu.unicaen.fr", "Delivery Status Notification (Failure)",
             "Delivery to the following recipient failed permanently: ⟦n:22005573@etu.unicaen.fr⟧\n",
             "other", auto=True, lang="en"),
        Mail("h_thanks_1", "jean.dupont@unicaen.fr", "Re: SPHY210", "Merci pour votre réponse rapide, "
             "c'est réglé.\nJean\n\nLe 14/10/2026 à 11:00, CEMU Assistance a écrit :\n> Bonjour, "
             "la planification du cours ⟦c:SPHY210⟧ a été corrigée.\n", "other"),
        Mail("h_fwd_1", "lettres.scolarite@unicaen.fr", "TR: inscription ecampus",
             "Bonjour,\nci-dessous la demande d'un étudiant.\nCordialement\nScolarité Lettres\n"
             "Tél 02 31 56 57 00\n\n-------- Message transféré --------\nDe : ⟦n:22004513⟧@etu.unicaen.fr"
             "\n\nBonjour, je ne suis pas inscrit dans ⟦c:HLAN305⟧ sur Ecampus.\n",
             "not_enrolled", situation="missing_group_enrolment"),
    ]


if __name__ == "__main__":
    items = mails()
    write(items, HERE)
    print(f"{len(items)} held-out mails written to {HERE}")
