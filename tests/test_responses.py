"""Drafts: every template rendered from a realistic finding, checked for what it must and must
never carry (another student's number to a student, internal evidence in the reply)."""
from __future__ import annotations

import re
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import timedelta

import pytest

from triage.responses import TEMPLATE_DIR, compose, template_ids
from triage.responses.guard import INTERNAL_MARKERS, leaks
from triage.rules import diagnose
from tests.test_rules import CASES, dbwindow, desync, distance, erasmus, facts, hidden
from triage.demo.scenarios import DEMO_DAY
from triage.model import Entities
from triage.facts import EnrolMethod
from triage.mail.parse import parse_mail


def mail(body: str, *, sender="Jean Dupont <jean.dupont@unicaen.fr>", subject="Problème Ecampus"):
    """A raw mail (RFC 2047 headers, UTF-8 body) through the real parser."""
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, "cemu.assistance@unicaen.fr", subject
    msg["Date"], msg["Message-ID"] = format_datetime(DEMO_DAY), "<t1@unicaen.fr>"
    msg.set_content(body)
    return parse_mail(msg.as_bytes())


BODY = ("Bonjour, plusieurs étudiants me signalent un problème sur Ecampus depuis ce matin, "
        "pourriez-vous regarder ? Codes et numéros : {cited}. Merci d'avance.")

# situation -> (template, what the French reply must carry, what the English one must carry)
MUST = {
    "archived_course": ("archived_course", ["archives", "(1CA153) Analyse du contexte", "copier le contenu"],
                        ["archives", "(1CA153) Analyse du contexte"]),
    "hidden_course": ("hidden_course", ["(RCAED501) Droit des contrats",
                                        "Paramètres du cours → Visibilité du cours → « Afficher »"],
                      ["hidden", "Course visibility"]),
    "missing_group_enrolment": ("missing_group_enrolment", ["HLAN201", "jusqu'au groupe", "scolarité"],
                                ["HLAN201", "group"]),
    "distance_status_mismatch": ("distance_status_mismatch",
                                 ["RCAED334", "télé-enseignement", "pas inscrit", "« CEMU »"],
                                 ["RCAED334", "télé-enseignement", "not enrolled"]),
    "porteur_porte": ("porteur_porte", ["2DR7B", "M.2DRP1A", "M.2DRP1ATD", "mutualisée"],
                      ["2DR7B", "M.2DRP1ATD"]),
    "ade_planning_incompatible": ("ade_planning_incompatible",
                                  ["SPHY210", "simple association", "aucune séance"],
                                  ["SPHY210", "no session is scheduled"]),
    "too_many_teachers": ("too_many_teachers", ["(MDRO110)", "planification ADE", "groupes par activités"],
                          ["(MDRO110)", "ADE schedule"]),
    "suspended_element": ("suspended_element", ["M.1.MS03", "suspendu", "Remplacé sur maquette 2019-2020"],
                          ["M.1.MS03", "suspended"]),
    "erasmus_student": ("erasmus_student", ["bureau des inscriptions", "deve.cellule-siscol@unicaen.fr",
                                            "durée limitée", "semestre"],
                        ["registration office", "deve.cellule-siscol@unicaen.fr", "limited period"]),
    "temporary_desync": ("temporary_desync", ["dès demain jeudi 15 octobre", "synchronisation nocturne"],
                         ["from tomorrow, Thursday 15 October"]),
    "idnumber_modified": ("idnumber_modified", ["N° d'identification du cours", "(AN-10A)",
                                                "ne doit jamais être modifié"], ["(AN-10A)"]),
    "db_optimisation_window": ("db_optimisation_window",
                               ["le dimanche", "9 h et 11 h", "sauvegarde nocturne",
                                "la moins fréquentée", "désolés"],
                               ["every Sunday", "09:00", "nightly backup", "apologise"]),
    "wrong_cas_url": ("wrong_cas_url", ["https://ecampus.unicaen.fr", "moteur de recherche",
                                        "écologique", "outre-Atlantique"],
                      ["https://ecampus.unicaen.fr", "search engine", "greener"]),
    "directory_data": ("login_no_email", ["compte invité ou enseignant vacataire", "composante",
                                          "dès le lendemain"], ["vacataire", "next day"]),
    "dashboard_filter": ("dashboard_filter", ["Vue d'ensemble des cours", "30/06/2026", "pagination"],
                         ["Course overview", "pagination"]),
    "participants_block_moved": ("participants_block_moved", ["septembre 2020", "hamburger"],
                                 ["September 2020", "hamburger"]),
    "cohort_sync_left": ("cohort_sync_left", ["L1 Professorat des écoles", "durée d'inscription limitée",
                                              "retirer la synchronisation de cohorte"],
                         ["limited enrolment duration", "remove the cohort"]),
    "manual_enrolment_no_end": ("manual_enrolment_no_end", ["date de fin", "Durée de l'inscription"],
                                ["end date", "Enrolment duration"]),
    "unknown_code": ("unknown_code", ["RCAED343", "Vouliez-vous dire RCAED334"], ["Did you mean RCAED334"]),
    "cancelled_enrolment": ("cancelled_enrolment", ["annulée puis remplacée", "refaites", "jusqu'aux groupes"],
                            ["cancelled and replaced"]),
}


def _draft(situation: str, language: str):
    build = CASES[situation][0]
    f = build(True)
    f.reading.language = language
    cited = ", ".join([*f.elements, *f.students]) or "aucun"
    sender = ("Léa Martin <22001234@etu.unicaen.fr>" if f.reading.sender_role == "student"
              else "Jean Dupont <jean.dupont@unicaen.fr>")
    m = mail(BODY.format(cited=cited), sender=sender)
    return compose(m, f.reading, diagnose(f), settings=f.settings), m, f


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("situation", sorted(MUST))
def test_situation_draft_carries_the_specific_facts(situation, language):
    draft, m, f = _draft(situation, language)
    template, fr, en = MUST[situation]
    assert draft.template == template and situation in draft.findings
    for needle in fr if language == "fr" else en:
        assert needle in draft.text, (needle, draft.text)
    assert draft.subject == "Re: Problème Ecampus" and draft.language == language
    closing = "Bien cordialement,\n\nL'équipe du CEMU" if language == "fr" else "The CEMU team"
    assert draft.text.endswith(closing)
    assert leaks(draft.text, m, f.reading) == []
    title = next(x.title for x in diagnose(f) if x.situation == situation)
    assert title in draft.internal_note and " %" in draft.internal_note
    assert situation not in draft.internal_note and "True" not in draft.internal_note


def test_templates_never_carry_internal_evidence():
    for situation in MUST:
        draft, _, f = _draft(situation, "fr")
        for marker in INTERNAL_MARKERS:
            assert marker.lower() not in draft.text.lower(), (situation, marker)
        for finding in diagnose(f):
            assert finding.fix not in draft.text


def test_french_greeting_uses_the_name_and_vouvoiement():
    draft, _, _ = _draft("hidden_course", "fr")
    assert draft.text.startswith("Bonjour,\n")      # no title known: never « Bonjour Jean Dupont, »
    assert not re.search(r"\b(tu|ton|ta|tes)\b", draft.text)


def test_service_sender_is_greeted_without_a_name():
    f = hidden(True)
    m = mail("Le cours RCAED501 est introuvable pour nos étudiants.",
             sender="Scolarité UFR Droit <droit.scolarite@unicaen.fr>", subject="Re: cours")
    draft = compose(m, f.reading, diagnose(f))
    assert draft.text.startswith("Bonjour,") and draft.subject == "Re: cours"


def test_erasmus_staff_reply_names_the_student_it_wrote():
    f = erasmus(True, role="staff")
    m = mail("L'étudiant 22001234 ne voit aucun cours sur Ecampus, pouvez-vous vérifier ?")
    draft = compose(m, f.reading, diagnose(f))
    assert "22001234" in draft.text and "Apollo" in draft.text


def test_erasmus_semester_departure():
    f = erasmus(True, "fires_semester")
    m = mail("Bonjour je ne vois pas mes cours, numero 22001235", sender="<22001235@etu.unicaen.fr>")
    draft = compose(m, f.reading, diagnose(f))
    assert "second semestre" in draft.text and "deve.cellule-siscol@unicaen.fr" in draft.text
    assert "22001235" not in draft.text      # a student is answered with "vous", never a number


def test_student_never_receives_another_students_data():
    f = distance(True)
    f.reading.sender_role = "student"
    m = mail("bonjour mon amie 22103344 a pas acces au cours RCAED334 merci",
             sender="Léa Martin <22004512@etu.unicaen.fr>")
    draft = compose(m, f.reading, diagnose(f))
    assert "22103344" not in draft.text and "distance_status_mismatch" not in draft.findings
    assert draft.template == "investigating"
    assert "22103344" in draft.internal_note


def test_staff_reply_omits_a_student_number_it_did_not_write():
    f = distance(True)
    m = mail("Des étudiants à distance ne sont pas inscrits dans RCAED334, merci de regarder.")
    draft = compose(m, f.reading, diagnose(f))
    assert "22103344" not in draft.text and "RCAED334" in draft.text


def test_several_findings_make_one_reply_most_likely_first():
    f = hidden(True)
    f.courses[48213].enrol_methods = [EnrolMethod("database", users=40),
                                      EnrolMethod("manual", users=3, users_without_end=3)]
    # hidden_course 0.9 for this symptom; manual enrolments on an automatic course 0.6
    m = mail("Mes étudiants ne voient pas le cours RCAED501, dois-je ajouter une cohorte ?")
    draft = compose(m, f.reading, diagnose(f))
    assert draft.text.count("Bonjour") == 1 and draft.text.count("Bien cordialement") == 1
    assert draft.templates[:2] == ["hidden_course", "manual_enrolment_no_end"]
    assert draft.text.index("caché") < draft.text.index("date de fin")
    assert "Nous avons vérifié" in draft.text and "Par ailleurs, dans l'espace de cours" in draft.text


def test_desync_says_which_day_in_both_languages():
    fr, _, _ = _draft("temporary_desync", "fr")
    assert "dès demain jeudi 15 octobre" in fr.text
    f = desync(True)
    f.now = DEMO_DAY.replace(day=16)      # Friday afternoon, changed Friday morning
    f.last_sync = DEMO_DAY.replace(day=16, hour=2, minute=0)
    f.students["22007777"].elements["HLAN201"].modified = DEMO_DAY.replace(day=16, hour=9)
    draft = compose(mail("HLAN201 ?"), f.reading, diagnose(f))
    assert "dès demain samedi 17 octobre" in draft.text


def test_need_info_asks_exactly_for_what_is_missing():
    f = facts("not_enrolled", entities=Entities(apogee_codes=["HLAN201"]))
    m = mail("Bonjour, mes étudiants ne sont pas inscrits dans mon cours HLAN201 depuis la "
             "rentrée, alors que les inscriptions pédagogiques sont faites. Merci.")
    draft = compose(m, f.reading, [])
    assert draft.template == "need_info"
    assert "numéro étudiant d'au moins une des personnes" in draft.text
    assert "code APOGÉE" not in draft.text and "description détaillée" not in draft.text
    assert "copie d'écran" in draft.text


def test_need_info_for_a_short_vague_mail_asks_everything():
    f = facts("other")
    draft = compose(mail("ça marche pas"), f.reading, [])
    for asked in ("code APOGÉE", "numéro étudiant", "description détaillée", "copies d'écran"):
        assert asked in draft.text


def test_a_described_request_outside_the_faq_is_left_to_the_agent():
    f = facts("other")
    text = ("Bonjour, je voudrais connaître les dates des examens du second semestre pour la "
            "licence de psychologie, elles ne sont pas encore affichées. Merci beaucoup.")
    draft = compose(mail(text), f.reading, [])
    assert draft.template == "to_write" and "code APOGÉE" not in draft.text
    assert "à rédiger" in draft.text
    with_code = compose(mail(text + " RCAED501"), facts("other", entities=Entities(apogee_codes=["RCAED501"])).reading, [])
    assert with_code.template != "to_write"          # an identifier: an Ecampus matter after all


def test_pending_sources_make_a_partial_draft():
    f = hidden(True)
    draft = compose(mail("RCAED501 invisible"), f.reading, diagnose(f), pending=["refer"])
    assert draft.partial and "vérifications" in draft.text and "REFER" in draft.internal_note
    empty = compose(mail("RCAED501 invisible"), f.reading, [], pending=["refer"])
    assert empty.template == "investigating" and empty.partial


def test_cohort_question_without_finding_gets_the_cohort_advice():
    f = facts("cohort_question")
    draft = compose(mail("Puis-je synchroniser une cohorte dans mon cours pour dépanner ?"),
                    f.reading, [])
    assert draft.template == "cohort_advice"
    assert "durée d'inscription limitée" in draft.text and "retirer" in draft.text


def test_database_outage_on_wednesday_is_not_called_optimisation():
    draft, _, _ = _draft("db_optimisation_window", "fr")
    f = CASES["db_optimisation_window"][0](False)
    outage = compose(mail("Error: Database connection failed"), f.reading, diagnose(f))
    assert outage.template == "database_outage" and "sauvegarde nocturne" not in outage.text
    assert draft.template == "db_optimisation_window"


def test_wrong_name_reply():
    f = facts("wrong_name", role="student")
    draft = compose(mail("mon nom est mal orthographié sur ecampus", sender="<22001234@etu.unicaen.fr>"),
                    f.reading, diagnose(f))
    assert draft.template == "directory_data" and "compte numérique" in draft.text
    assert "service administratif" in draft.text and "le lendemain" in draft.text


def test_leak_guard_masks_an_unwritten_number():
    f = facts("other")
    m = mail("bonjour")
    assert leaks("numéro 22103344", m, f.reading) == ["22103344"]
    assert leaks("numéro 22103344", mail("étudiant 22 10 33 44"), f.reading) == []


def test_every_template_has_a_rendering_test():
    rendered = {t for t, _, _ in MUST.values()} | {"need_info", "investigating", "cohort_advice",
                                                   "database_outage", "directory_data",
                                                   "to_write"}
    assert set(template_ids()) - rendered == {"sync_stalled"}


def test_sync_stalled_reply():
    f = desync(True)
    f.now = DEMO_DAY.replace(day=16)
    draft = compose(mail("HLAN201 toujours pas"), f.reading, diagnose(f))
    assert draft.template == "sync_stalled" and "retard" in draft.text


# --------------------------------------------------------------------------- every branch renders
from tests.test_rules import ade, archived, dashboard, missing_group  # noqa: E402

VARIANTS = [
    (lambda: ade(True, "fires_masked"), "SPHY220G1"), (lambda: ade(True, "fires_ade_only"), "uniquement dans ADE"),
    (lambda: ade(True, "fires_obsolete"), "obsolète"),
    (lambda: missing_group(True, "fires_no_charges"), "charges d'enseignement"),
    (lambda: distance(True, "fires_c"), "pseudo-groupe automatique ELP_IRAN-16_TD"),
    (lambda: erasmus(True, "fires_semester", role="staff"), "second semestre"),
    (lambda: dashboard(False), None),
]


@pytest.mark.parametrize("build,needle", VARIANTS)
def test_variants_render_their_own_explanation(build, needle):
    f = build()
    draft = compose(mail("voir RCAED334"), f.reading, diagnose(f))
    if needle:
        assert needle in draft.text, draft.text


def test_archived_without_successor_sends_to_the_scolarite():
    f = archived(True)
    next(iter(f.courses.values())).successors = []
    draft = compose(mail("Mon cours 1CA152 a disparu"), f.reading, diagnose(f))
    assert "retiré par erreur" in draft.text and "scolarité" in draft.text


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("situation", sorted(MUST))
def test_student_branch_renders_without_jargon(situation, language):
    from triage.responses.render import render
    f = CASES[situation][0](True)
    for finding in diagnose(f):
        if finding.situation != situation:
            continue
        params = {**finding.params, "student": "", "teacher": ""}
        text = render(finding.params.get("template", situation), language, p=params, items=[params],
                      first=True, course="(X1) Cours", course_title="Cours", owner=finding.owner,
                      name="", staff=False, student=True, settings=f.settings,
                      platform="https://ecampus.unicaen.fr", missing={}, partial=False, lang=language)
        assert text and not STUDENT_NUMBER_RE.search(text)


STUDENT_NUMBER_RE = re.compile(r"(?<!\d)\d{8}(?!\d)")


# --------------------------------------------------------------------------- drafts on the demo
from tests.test_rules import DEMO_CASES, demo_reading, demo_sqlite  # noqa: E402,F401


@pytest.mark.parametrize("situation,key", [c for c in DEMO_CASES if not c[1].startswith("near_miss")])
def test_demo_draft_answers_the_situation_without_leaks(demo_sqlite, situation, key):
    from triage.facts import RuleSettings
    reading, sender, now = demo_reading(situation, key)
    cited = " ".join([*reading.entities.apogee_codes, *reading.entities.student_numbers])
    m = mail(f"Bonjour, problème sur Ecampus concernant {cited or 'mon compte'}, merci de votre aide "
             "car cela bloque plusieurs personnes depuis ce matin.", sender=f"Jean Dupont <{sender}>")
    findings = diagnose(demo_sqlite.gather(reading, sender, now, RuleSettings()))
    draft = compose(m, reading, findings)
    assert situation in draft.findings
    assert leaks(draft.text, m, reading) == []
    assert "[numéro masqué]" not in draft.text


def test_demo_teacher_writing_about_their_own_enrolment_is_addressed_as_vous(demo_sqlite):
    from triage.facts import RuleSettings
    reading, sender, now = demo_reading("ade_planning_incompatible", "fires")
    m = mail("Bonjour, je ne suis pas inscrit dans mon cours SPHY210, pouvez-vous regarder ?")
    draft = compose(m, reading, diagnose(demo_sqlite.gather(reading, sender, now, RuleSettings())))
    assert "votre nom est bien associé au cours dans ADE" in draft.text
    assert "dupont-j" not in draft.text
    found = diagnose(demo_sqlite.gather(reading, sender, now, RuleSettings()))
    assert any("dupont-j" in str(e.rows) for f in found for e in f.evidence)   # internal only


@pytest.mark.parametrize("language, day, sunday", [("fr", "samedi", "dimanche"),
                                                   ("en", "Saturday", "Sunday")])
def test_optimisation_day_comes_from_the_settings(language, day, sunday):
    """[rules] optimisation_weekday moves the window: the rule and both templates follow it."""
    f = dbwindow(True)
    f.now = f.now - timedelta(days=1)                       # the same hour, on Saturday
    f.settings = f.settings.model_copy(update={"optimisation_weekday": 5})
    found = diagnose(f)
    assert [x.situation for x in found] == ["db_optimisation_window"]
    f.reading.language = language
    text = compose(mail("Error: Database connection failed"), f.reading, found,
                   settings=f.settings).text
    assert day in text and sunday not in text


# --------------------------------------------------------------------------- French worth signing

def _ids() -> set[str]:
    from triage.rules import all_rules
    return {r.id for r in all_rules()} | set(template_ids())


@pytest.mark.parametrize("role", ["student", "staff"])
@pytest.mark.parametrize("situation", sorted(MUST))
def test_french_replies_read_as_a_person_signs_them(situation, role):
    """Every situation's reply, to a student and to staff: no « (e) », no raw id or Python value,
    « vous » to the reader (never « tu »), a student never read about in the third person,
    never « Bonjour Prénom Nom, »."""
    f = CASES[situation][0](True)
    f.reading.sender_role, f.reading.language = role, "fr"
    sender = ("Léa Martin <22001234@etu.unicaen.fr>" if role == "student"
              else "Jean Dupont <jean.dupont@unicaen.fr>")
    cited = ", ".join([*f.elements, *f.students]) or "aucun"
    draft = compose(mail(BODY.format(cited=cited), sender=sender), f.reading, diagnose(f),
                    settings=f.settings)
    text = draft.text
    assert not re.search(r"\([a-z]{1,3}\)|·e\b", text), text          # (e), (s), ·e
    assert not re.search(r"\b(True|False|None)\b", text), text
    assert not [i for i in _ids() if re.search(rf"\b{i}\b", text)], text
    assert not re.search(r"\b[a-z]+_[a-z_]+\b", text), text           # no snake_case id
    assert not re.search(r"\b(tu|ton|ta|tes|toi)\b", text), text
    source = (TEMPLATE_DIR / f"{draft.template}.fr.txt.j2").read_text(encoding="utf-8")
    if role == "student" and "student" in source:       # a student branch: addressed, never about
        assert re.search(r"\b(vous|votre|vos|\w+ez)\b", text, re.I), text
    assert text.startswith("Bonjour,\n") and "Bonjour Léa" not in text and "Jean Dupont" not in text
    if role == "student" and "student" in source:
        assert not re.search(r"\bl'étudiant\b|\blui évite\b|\bil n'est\b", text), text


@pytest.mark.parametrize("sender,body,language,greeting", [
    ("Léa MARTIN <22001234@etu.unicaen.fr>", "je suis inscrite en L2 et ne vois pas RCAED501",
     "fr", "Bonjour Madame Martin,"),
    ("Paul Le Goff <paul.le-goff@etu.unicaen.fr>", "Je suis pourtant inscrit au cours RCAED501",
     "fr", "Bonjour Monsieur Le Goff,"),
    ("Mme Claire Durand <claire.durand@unicaen.fr>", "Le cours RCAED501 est invisible", "fr",
     "Bonjour Madame Durand,"),
    ("M. Jean DE LA TOUR <jean.delatour@unicaen.fr>", "Le cours RCAED501 est invisible", "fr",
     "Bonjour Monsieur De La Tour,"),
    ("Jean Dupont <jean.dupont@unicaen.fr>", "Le cours RCAED501 est invisible", "fr", "Bonjour,"),
    ("Ms Jane Smith <jane.smith@unicaen.fr>", "The course RCAED501 is hidden", "en",
     "Dear Ms Smith,"),
    ("Jane Smith <jane.smith@unicaen.fr>", "The course RCAED501 is hidden", "en", "Hello,"),
])
def test_greeting_names_the_person_only_when_the_title_is_known(sender, body, language,
                                                                greeting):
    f = hidden(True)
    f.reading.language = language
    draft = compose(mail(body, sender=sender), f.reading, diagnose(f))
    assert draft.text.split("\n")[0] == greeting


def test_an_unknown_cited_code_leads_the_reply_instead_of_asking_for_the_code():
    """« Je ne vois pas XYZ123 sur mon tableau de bord », XYZ123 unknown to REFER, no near code:
    the reply says the code cited is unknown, never « merci de nous indiquer son code »."""
    from tests.test_rules import elp
    for near in ([], ["RCAED334"]):
        f = facts("course_not_on_dashboard", role="student",
                  elements=[elp("ZQXW9917", exists=False, near_codes=near)])
        found = diagnose(f)
        assert {x.situation for x in found} == {"unknown_code", "dashboard_filter"}
        draft = compose(mail("Je ne vois pas le cours ZQXW9917 sur mon tableau de bord.",
                             sender="Léa Martin <22001234@etu.unicaen.fr>"), f.reading, found)
        assert draft.template == "unknown_code", draft.text
        assert "Le code ZQXW9917 cité dans votre message ne correspond à aucun code" in draft.text
        assert "indiquer son code" not in draft.text
        assert ("Vouliez-vous dire RCAED334 ?" in draft.text) == bool(near)
