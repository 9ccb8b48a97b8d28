"""Corpus mails about courses, teachers and the platform (archived, hidden, ADE, too many
teachers, database window, CAS URL, directory data, dashboard, participants block, cohorts)."""
from __future__ import annotations

from datetime import datetime

from tests.corpus.corpus_lib import Mail, later, sig_scol, sig_student, sig_teacher
from triage.demo.scenarios import PARIS, SUNDAY_OUTAGE, WEDNESDAY_OUTAGE

DB_PAGE = ('<HTML> <div> <div style="margin-top: 6em; color: #990000;"> <p style="margin: 0px;">'
           "Error: Database connection failed</p> <p>It is possible that the database is overloaded "
           "or otherwise not running properly.</p> </div> </HTML>")
CAS_PAGE = ("Connexion réussie\nBienvenue {n}. Vous vous êtes authentifié(e) auprès du Service Central "
            "d'Authentification. Toutefois, vous voyez cette page car CAS ne connaît pas votre "
            "destination finale ni comment vous y rediriger.")


def mails() -> list[Mail]:
    """Course- and platform-family mails of the corpus."""
    return _archives() + _visibility() + _teachers() + _platform() + _cohorts()


def _archives() -> list[Mail]:
    return [
        Mail("arch_teacher", "jean.dupont@unicaen.fr", "Mon cours a été déplacé dans Archives",
             "Bonjour,\n\nMon cours « Analyse du contexte » (⟦c:1CA152⟧) a été déplacé dans la "
             "catégorie Archives et renommé. Que s'est-il passé ?\n"
             "⟦u:https://ecampus.unicaen.fr/course/view.php?id=41877⟧\n" + sig_teacher("Jean Dupont", "INSPE"),
             "course_moved_renamed", situation="archived_course"),
        Mail("arch_path", "inspe.scolarite@unicaen.fr", "cours archivé 1CA152",
             "Bonjour,\n\nUne enseignante signale que son espace est maintenant dans : Archives ► INSPE ► "
             "(⟦c:1CA152⟧) Analyse du contexte. Il a été archivé sans prévenir.\n" + sig_scol("INSPE"),
             "course_moved_renamed", situation="archived_course"),
        Mail("arch_en", "d.okafor@uni-lagos.edu.ng", "My course was moved",
             "Hello,\n\nI teach \"Analyse du contexte\" (⟦c:1CA152⟧) as visiting staff. The course was "
             "moved to an Archives category and renamed. Where is it now?\n\nKind regards,\nDaniel Okafor\n",
             "course_moved_renamed", lang="en", situation="archived_course"),
        Mail("arch_near_miss", "jean.dupont@unicaen.fr", "1CA153",
             "Bonjour, le cours ⟦c:1CA153⟧ "
             "(⟦u:https://ecampus.unicaen.fr/course/view.php?id=48501⟧) a-t-il été déplacé ? Merci\n",
             "course_moved_renamed"),
    ]


def _visibility() -> list[Mail]:
    return [
        Mail("hidden_teacher", "claire.martin@unicaen.fr", "Les étudiants ne voient pas mon cours",
             "Bonjour,\n\nMes étudiants de L2 ne voient pas mon cours Droit des contrats (⟦c:RCAED501⟧), "
             "alors qu'ils y sont bien inscrits. Par exemple ⟦n:22004871⟧.\n\nCordialement,\nClaire Martin\n"
             "UFR Droit - bureau DR 312 - 02 31 56 52 10\n",
             "students_cannot_see_course", situation="hidden_course"),
        Mail("hidden_html", "jean.dupont@unicaen.fr", "Cours invisible pour les étudiants",
             "<html><body><p>Bonjour,</p><p>Les étudiants ne voient pas le cours "
             '<a href="⟦u:https://ecampus.unicaen.fr/course/view.php?id=48213⟧">Droit des contrats</a>.'
             "</p><p>Cordialement,<br>Jean Dupont<br>Tél. 02 31 56 55 00</p></body></html>",
             "students_cannot_see_course", situation="hidden_course", html=True),
        Mail("hidden_student", "22004871@etu.unicaen.fr", "cours droit des contrats",
             "Bonjour,\nje ne vois pas le cours de droit des contrats ⟦c:RCAED501⟧ dans mes cours.\n"
             + sig_student("Jules", "⟦n:22004871⟧"), "course_not_on_dashboard", situation="hidden_course"),
        Mail("hidden_near_miss", "claire.martin@unicaen.fr", "RCAED502",
             "Bonjour, les étudiants ne voient pas ⟦c:RCAED502⟧, pouvez-vous regarder ?\nCM\n",
             "students_cannot_see_course"),
        Mail("dash_student", "22004512@etu.unicaen.fr", "cours disparu du tableau de bord",
             "Bonjour,\n\nLe cours d'histoire ⟦c:HHIS102⟧ n'apparaît plus sur mon tableau de bord, "
             "je dois passer par la recherche.\nMerci\nLéa ⟦n:22004512⟧\n",
             "course_not_on_dashboard", situation="dashboard_filter"),
        Mail("dash_teacher", "anne.petit@unicaen.fr", "Tableau de bord",
             "Bonjour,\n\nUn étudiant ne voit pas le cours "
             "⟦u:https://ecampus.unicaen.fr/course/view.php?id=47002⟧ sur son tableau de bord, "
             "alors qu'il y est inscrit.\n\nBonne journée\nAnne Petit\n",
             "course_not_on_dashboard", situation="dashboard_filter"),
        Mail("dash_near_miss", "22004512@etu.unicaen.fr", "tableau de bord",
             "bonjour le cours ⟦c:HHIS103⟧ est pas sur mon tableau de bord, pourquoi ?\n",
             "course_not_on_dashboard"),
    ]


def _teachers() -> list[Mail]:
    return [
        Mail("ade_dupont", "jean.dupont@unicaen.fr", "Pas inscrit dans mon cours SPHY210",
             "Bonjour,\n\nJe suis l'enseignant du cours ⟦c:SPHY210⟧ mais je n'y suis pas inscrit sur "
             "Ecampus. Je ne peux donc pas déposer mes supports.\n" + sig_teacher("Jean Dupont", "UFR Sciences"),
             "teacher_not_enrolled", situation="ade_planning_incompatible"),
        Mail("ade_dupont_sms", "jean.dupont@unicaen.fr", "sphy210",
             "re-bonjour, toujours pas inscrit comme enseignant dans ⟦c:sphy210⟧... JD\n",
             "teacher_not_enrolled", situation="ade_planning_incompatible"),
        Mail("ade_martin", "claire.martin@unicaen.fr", "Accès enseignant SPHY220",
             "Bonjour,\n\nJ'enseigne en ⟦c:SPHY220⟧ (CM) et je ne suis pas inscrite dans l'espace du "
             "cours. Mes séances sont pourtant dans ADE.\n\nCordialement,\nClaire Martin\n",
             "teacher_not_enrolled", situation="ade_planning_incompatible"),
        Mail("ade_bernard", "luc.bernard@unicaen.fr", "SPHY230",
             "Bonjour,\nJe suis responsable de l'UE ⟦c:SPHY230⟧ et je ne suis pas inscrit comme "
             "enseignant dans le cours Ecampus.\nLuc Bernard\nPoste 5512\n",
             "teacher_not_enrolled", situation="ade_planning_incompatible"),
        Mail("ade_petit", "anne.petit@unicaen.fr", "Inscription enseignante",
             "Bonjour,\n\nje suis enseignante sur ⟦c:SPHY240⟧ mais je ne suis pas inscrite dans le "
             "cours ⟦u:https://ecampus.unicaen.fr/course/view.php?id=47240⟧.\n\nAnne Petit\n",
             "teacher_not_enrolled", situation="ade_planning_incompatible"),
        Mail("ade_near_miss", "paul.moreau@unicaen.fr", "SPHY250",
             "Bonjour, je suis l'enseignant de ⟦c:SPHY250⟧ et je ne suis pas inscrit dans le cours.\n",
             "teacher_not_enrolled"),
        Mail("tmt_teacher", "jean.dupont@unicaen.fr", "Trop d'enseignants dans MDRO110",
             "Bonjour,\n\nToute l'équipe pédagogique (14 enseignants) est inscrite dans mon cours "
             "⟦c:MDRO110⟧ alors que seuls deux collègues y interviennent. Les étudiants ne savent plus "
             "à qui écrire.\n" + sig_teacher("Jean Dupont", "UFR Droit"),
             "too_many_teachers", situation="too_many_teachers"),
        Mail("tmt_link", "claire.martin@unicaen.fr", "enseignants inscrits à tort",
             "Bonjour, dans ⟦u:https://ecampus.unicaen.fr/course/view.php?id=47110⟧ il y a des "
             "enseignants inscrits qui n'interviennent pas dans ce cours. Est-ce normal ?\n",
             "too_many_teachers", situation="too_many_teachers"),
        Mail("tmt_near_miss", "claire.martin@unicaen.fr", "MDRO120",
             "Bonjour, il y a trop d'enseignants inscrits dans ⟦c:MDRO120⟧.\n", "too_many_teachers",
             date=datetime(2026, 9, 15, 10, 0, tzinfo=PARIS)),
    ]


def _platform() -> list[Mail]:
    return [
        Mail("db_sunday", "22004512@etu.unicaen.fr", "ecampus en panne",
             "Bonjour, ecampus affiche « Error: Database connection failed » depuis ce matin, "
             "je dois rendre un devoir !!\n", "database_error", situation="db_optimisation_window",
             date=SUNDAY_OUTAGE),
        Mail("db_sunday_html", "jean.dupont@unicaen.fr", "Erreur Ecampus",
             "<html><body><p>Bonjour, voici ce que j'obtiens :</p>" + DB_PAGE + "</body></html>",
             "database_error", situation="db_optimisation_window", date=later(10, SUNDAY_OUTAGE),
             html=True),
        Mail("db_sunday_en", "m.rossi@gmail.com", "Ecampus error",
             "Hello, I get \"Database connection failed\" when I open Ecampus. Is the site down?\n"
             "Thanks, Marco (exchange student)\n", "database_error", role="student", lang="en",
             situation="db_optimisation_window", date=later(25, SUNDAY_OUTAGE)),
        Mail("db_wednesday", "claire.martin@unicaen.fr", "Database connection failed",
             "Bonjour, message d'erreur « Database connection failed » sur Ecampus ce matin.\n",
             "database_error", date=WEDNESDAY_OUTAGE),
        Mail("cas_student", "22003136@etu.unicaen.fr", "connexion ecampus impossible",
             "Bonjour,\n\nQuand je me connecte j'arrive sur cette page :\n\n"
             + CAS_PAGE.format(n="⟦n:22003136⟧") + "\n\nJe suis passée par https://cas.unicaen.fr/login\n",
             "cas_unknown_destination", situation="wrong_cas_url"),
        Mail("cas_sms", "22003136@etu.unicaen.fr", "cas",
             "slt le cas me dit qu'il connait pas ma destination finale jcomprend pas\n"
             "https://cas.unicaen.fr/login\n", "cas_unknown_destination", situation="wrong_cas_url"),
        Mail("cas_en", "j.smith@outlook.com", "Login problem",
             "Hi,\nI log in on https://cas.unicaen.fr/login and then I get \"Login successful\" but it "
             "says CAS does not know your final destination. I am an exchange student.\nJohn\n",
             "cas_unknown_destination", role="student", lang="en", situation="wrong_cas_url"),
        Mail("cas_near_miss", "22003136@etu.unicaen.fr", "connexion",
             "Bonjour, la page de connexion https://cas.unicaen.fr/login?service=https://ecampus.unicaen.fr"
             "/login/index.php me dit que le CAS ne connait pas ma destination finale.\n",
             "cas_unknown_destination"),
        Mail("dir_vacataire", "s.lefevre.prof@gmail.com", "Impossible d'accéder à Ecampus",
             "Bonjour,\n\nJe suis enseignant vacataire (identifiant vac-lefevre). À ma première "
             "connexion je suis bloqué sur ma page de profil qui me demande une adresse email que je "
             "ne peux pas modifier.\n\nSylvain Lefèvre\n06 12 34 56 78\n",
             "cannot_login", situation="directory_data"),
        Mail("dir_vacataire_2", "ufr.sciences.rh@unicaen.fr", "Compte vacataire vac-lefevre",
             "Bonjour,\n\nNotre vacataire M. Lefèvre n'arrive pas à se connecter à Ecampus : il reste "
             "bloqué sur la page de profil (pas d'adresse mail).\n" + sig_scol("UFR Sciences"),
             "cannot_login", situation="directory_data"),
        Mail("dir_name", "22008888@etu.unicaen.fr", "Erreur sur mon nom",
             "Bonjour,\n\nMon nom est mal orthographié sur Ecampus (Dupond au lieu de Dupont). "
             "Numéro étudiant ⟦n:22008888⟧.\n\nMerci\n", "wrong_name", situation="directory_data"),
        Mail("dir_name_iso", "22008888@etu.unicaen.fr", "prénom erroné",
             "Bonjour, mon prénom est erroné dans Ecampus, c'est Élodie et pas Elodie. ⟦n:22008888⟧\n",
             "wrong_name", situation="directory_data", charset="iso-8859-1"),
        Mail("dir_near_miss", "marie.lefevre@unicaen.fr", "connexion",
             "Bonjour, je n'arrive pas à me connecter à Ecampus depuis ce matin (lefevre-m).\n",
             "cannot_login"),
        Mail("part_teacher", "jean.dupont@unicaen.fr", "Bloc participants",
             "Bonjour,\n\nLe bloc « Participants » ne s'affiche plus à droite dans mes cours. "
             "Comment voir la liste ?\n\nJ. Dupont\n", "participants_block_missing",
             situation="participants_block_moved"),
        Mail("part_en", "l.nguyen@unicaen.fr", "Participants block",
             "Hello, the Participants block has disappeared from my course page. Where is it now?\n"
             "Thanks, Linh\n", "participants_block_missing", lang="en",
             situation="participants_block_moved"),
    ]


def _cohorts() -> list[Mail]:
    return [
        Mail("cohort_left", "jean.dupont@unicaen.fr", "Synchronisation de cohorte",
             "Bonjour,\n\nJ'avais ajouté une synchronisation de cohorte (L1 Professorat des écoles) "
             "dans ⟦u:https://ecampus.unicaen.fr/course/view.php?id=45500⟧ l'an dernier. Puis-je la "
             "laisser ?\n" + sig_teacher("Jean Dupont", "INSPE"), "cohort_question",
             situation="cohort_sync_left"),
        Mail("cohort_left_2", "inspe.scolarite@unicaen.fr", "cohorte dans 1CA153",
             "Bonjour, peut-on utiliser une cohorte pour inscrire les étudiants dans ⟦c:1CA153⟧ en "
             "attendant les IP ?\n", "cohort_question", situation="cohort_sync_left"),
        Mail("manual_enrol", "anne.petit@unicaen.fr", "Inscriptions manuelles",
             "Bonjour,\n\nJ'ai inscrit manuellement 37 étudiants dans ⟦c:HGEO201⟧ "
             "(⟦u:https://ecampus.unicaen.fr/course/view.php?id=45600⟧). Faut-il mettre une date de fin ?\n"
             "\nAnne Petit\n", "cohort_question", situation="manual_enrolment_no_end"),
        Mail("cohort_near_miss", "foad.scolarite@unicaen.fr", "Cohorte FOAD",
             "Bonjour, nous voulons synchroniser la cohorte du DU dans ⟦c:FOAD-DU1⟧.\n",
             "cohort_question"),
    ]
