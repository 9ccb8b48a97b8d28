"""More corpus mails: teachers listing several courses, pasted tables, HTML-only and
multipart mails, legacy charsets, and identifier shapes in odd places."""
from __future__ import annotations

from tests.corpus.corpus_lib import Mail, later, sig_teacher
from triage.demo.scenarios import SUNDAY_OUTAGE


def mails() -> list[Mail]:
    """Extra mails of the tuning corpus."""
    return [
        Mail("x_teacher_list", "jean.dupont@unicaen.fr", "Plusieurs cours sans étudiants",
             "Madame, Monsieur,\n\nJe constate que les étudiants ne sont pas inscrits dans les cours "
             "suivants :\n- ⟦c:HLAN201⟧ (Anglais LANSAD)\n- ⟦c:HLAN305⟧ (Civilisation)\n"
             "- ⟦c:RCAED334⟧ (Droit)\nPar exemple ⟦n:22004512⟧ et ⟦n:22004513⟧.\n\n"
             "Je vous remercie par avance.\n" + sig_teacher("Jean Dupont", "UFR LVE", phone="02.31.56.55.00"),
             "not_enrolled", situation="missing_group_enrolment"),
        Mail("x_scol_table_html", "droit.scolarite@unicaen.fr", "Liste d'étudiants non inscrits",
             "<html><body><p>Bonjour,</p><p>Les étudiants suivants ne sont pas inscrits sur Ecampus :</p>"
             "<table><tr><th>N° étudiant</th><th>Nom</th><th>ELP</th></tr>"
             "<tr><td>⟦n:22103344⟧</td><td>LEROY</td><td>⟦c:RCAED334⟧</td></tr>"
             "<tr><td>⟦n:22001234⟧</td><td>BERNARD</td><td>⟦c:RCAED334⟧</td></tr></table>"
             "<p>Cordialement,<br>Scolarité Droit<br>02 31 56 61 47</p></body></html>",
             "not_enrolled", situation="distance_status_mismatch", html=True),
        Mail("x_multipart", "anne.petit@unicaen.fr", "Lien du cours",
             '<html><body><p>Bonjour, mes étudiants ne voient pas <a href="⟦u:https://ecampus.unicaen.fr/'
             'course/view.php?id=48213⟧">ce cours</a>, il est grisé pour moi.</p><p>A. Petit</p></body></html>',
             "students_cannot_see_course", situation="hidden_course", html=True,
             headers={"X-Corpus": "alt"}),
        Mail("x_cp1252_student", "22004871@etu.unicaen.fr", "Cours Droit des contrats invisible",
             "Bonjour,\r\n\r\nJe n'arrive pas à voir le cours « Droit des contrats » (⟦c:RCAED501⟧) "
             "dans la liste de mes cours, alors que mes camarades non plus.\r\n"
             "N° étudiant : ⟦n:22004871⟧\r\n\r\nCordialement,\r\nJules Petit\r\n",
             "course_not_on_dashboard", situation="hidden_course", charset="windows-1252"),
        Mail("x_iso_teacher", "luc.bernard@unicaen.fr", "Inscription enseignant SPHY230",
             "Bonjour,\n\nJe suis chargé de TD sur ⟦c:SPHY230⟧ et je ne suis pas inscrit dans le cours "
             "en tant qu'enseignant. Mes créneaux figurent dans ADE.\n" + sig_teacher("Luc Bernard", "UFR Sciences"),
             "teacher_not_enrolled", situation="ade_planning_incompatible", charset="iso-8859-1"),
        Mail("x_spaced_number", "ufr.lve.scolarite@unicaen.fr", "étudiante non inscrite",
             "Bonjour, l'étudiante ⟦n:22 00 45 12⟧ n'est pas inscrite dans ⟦c:hlan201⟧ sur ecampus, "
             "son IP est complète. Merci. Tél. du secrétariat : 02 31 56 60 12\n",
             "not_enrolled", situation="missing_group_enrolment"),
        Mail("x_dates_trap", "22007777@etu.unicaen.fr", "cours disparus",
             "Bonjour,\nDepuis le 10/10/2026 je ne suis plus inscrite dans ⟦c:HLAN201⟧. "
             "La scolarité a corrigé le 14102026 à 10h12.\nNuméro étudiant : ⟦n:22007777⟧\n",
             "not_enrolled", situation="temporary_desync", date=later(45)),
        Mail("x_lower_codes", "claire.martin@unicaen.fr", "sphy220 enseignant",
             "bonjour, je suis intervenante sur ⟦c:sphy220⟧ (groupe ELP_⟦c:SPHY220⟧_CM) mais pas "
             "inscrite comme enseignante dans le cours. merci. claire\n",
             "teacher_not_enrolled", situation="ade_planning_incompatible"),
        Mail("x_en_name", "22008888@etu.unicaen.fr", "Wrong name on Ecampus",
             "Hello,\nMy name is spelled wrong on Ecampus. My student number is ⟦n:22008888⟧.\n"
             "Thank you\n", "wrong_name", lang="en", situation="directory_data"),
        Mail("x_db_sms", "22005561@etu.unicaen.fr", "ecampus marche pas",
             "ecampus marche pas ya ecrit database connection failed c normal ??\n",
             "database_error", situation="db_optimisation_window", date=later(50, SUNDAY_OUTAGE)),
        Mail("x_cohort_en", "t.brown@unicaen.fr", "Cohort sync",
             "Hello,\nCan I add a cohort sync to my course ⟦c:HGEO201⟧ until the enrolments are fixed?\n"
             "Tom\n", "cohort_question", lang="en", situation="manual_enrolment_no_end"),
        Mail("x_course_missing", "claire.martin@unicaen.fr", "Pas d'espace pour 2DR7B",
             "Bonjour,\n\nIl n'y a pas d'espace Ecampus pour l'enseignement ⟦c:2DR7B⟧, alors que la "
             "collection ⟦c:M.2DRP1ATD⟧ existe.\n\nClaire Martin\n",
             "course_missing", situation="porteur_porte"),
        Mail("x_archive_link", "luc.bernard@unicaen.fr", "cours renommé",
             "Bonjour, mon cours ⟦u:https://ecampus.unicaen.fr/course/view.php?id=41877⟧ est "
             "maintenant dans « Archives » avec un autre nom.\nLuc\n",
             "course_moved_renamed", situation="archived_course"),
        Mail("x_participants_sms", "22005562@etu.unicaen.fr", "participants",
             "bjr ou est passé le bloc participants ?? je le trouve plus\n",
             "participants_block_missing", situation="participants_block_moved"),
        Mail("x_trap_ticket_numbers", "dsi.support@unicaen.fr", "Incident 31780412",
             "Bonjour,\nL'incident n° 31780412 (GLPI #317804) est clos. Prochaine maintenance le "
             "20261025 de 7h à 9h, salle 204, bâtiment B.\n", "other"),
        Mail("x_trap_office_codes", "helene.roux@unicaen.fr", "Réunion",
             "Bonjour, la réunion de rentrée aura lieu en salle SA 201 le 21/10. Cordialement\n"
             "Hélène Roux\nBureau IAE204 - tél 02 31 56 55 47 - 14000 Caen\n", "other"),
        Mail("x_near_hidden_en", "j.wilson@unicaen.fr", "Course not visible",
             "Hello, my students cannot see my course ⟦c:RCAED502⟧. Could you check?\nJames\n",
             "students_cannot_see_course", lang="en"),
        Mail("x_dash_html", "22004512@etu.unicaen.fr", "tableau de bord",
             "<div>Bonjour,<br>le cours <b>⟦c:HHIS102⟧</b> n'est plus affiché sur mon tableau de bord "
             "(filtre « En cours »).<br>Léa</div>", "course_not_on_dashboard",
             situation="dashboard_filter", html=True),
    ]
