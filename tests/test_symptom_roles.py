"""Symptom, round 16: a symptom the sender's role cannot have is no reading of the learned model
(cues.ROLE_RULED_OUT). Texts written for these tests (not copied from a corpus mail); the model
is a small one made here, so that what is tested is the decision, not a retraining's weights."""
from __future__ import annotations

import numpy as np

from triage.extractors import learned, symptom

LABELS = ["not_enrolled", "students_cannot_see_course", "teacher_not_enrolled", "wrong_group"]


def model(weights: dict[str, list[float]]) -> learned.SymptomModel:
    """A model whose only features are `weights` (feature → one weight per label of LABELS)."""
    names = list(weights)
    return learned.SymptomModel(list(LABELS), {n: i for i, n in enumerate(names)},
                                np.array([weights[n] for n in names], dtype=np.float64),
                                np.zeros(len(LABELS)))


def text(body: str, role: str) -> learned.MailText:
    return learned.MailText(own_weighted=[(symptom.read_text(body), 1.0)], role=role)


# « voient » leans to the teacher's symptom, « promo » a little to an enrolment
SEES = model({"w:voir": [0.5, 3.0, 0.0, 0.0], "w:promo": [1.0, 0.0, 0.0, 0.0]})
BODY = "Bonjour, je ne vois pas le cours de chimie alors que ceux de ma promo le voient."


def test_a_student_is_not_read_as_a_teacher_whose_students_cannot_see():
    read = SEES.classify(text(BODY, "student"))
    assert read.symptom == "not_enrolled"
    # the decision says that the role ruled the model's first reading out
    assert read.evidence[-1] == ("expéditeur étudiant : exclu « Les étudiants ne voient pas le "
                                 "cours »")
    assert read.evidence[:-1] == ["promo"]      # and the words that decided the reading kept


def test_staff_and_unknown_senders_keep_every_symptom():
    """A secretary or a teacher writes for students: nothing is ruled out for them."""
    for role in ("staff", "unknown"):
        read = SEES.classify(text(BODY, role))
        assert read.symptom == "students_cannot_see_course"
        assert not any(e.startswith("expéditeur") for e in read.evidence)


def test_a_student_who_meets_a_hidden_course_may_have_the_teachers_symptom():
    """Moodle's message for a hidden course, as a student copies it: the FAQ's « cours cachés »
    seen from the other side, which writers label as the teacher's symptom."""
    body = ("Bonjour, quand j'ouvre le cours de chimie je vois « Ce cours n'est actuellement pas "
            "disponible pour les étudiants », on ne le voit pas.")
    read = SEES.classify(text(body, "student"))
    assert read.symptom == "students_cannot_see_course"
    assert not any(e.startswith("expéditeur") for e in read.evidence)


def test_a_student_is_never_a_teacher_unenrolled_from_their_course():
    enrolled = model({"w:inscrit": [1.0, 0.0, 2.5, 0.0]})
    body = "Je ne suis pas inscrit au cours de chimie, le cours est caché aux étudiants."
    assert enrolled.classify(text(body, "student")).symptom == "not_enrolled"
    assert enrolled.classify(text(body, "staff")).symptom == "teacher_not_enrolled"


def test_the_probability_is_the_allowed_symptoms_share():
    read = SEES.classify(text(BODY, "student"))
    assert 0.5 < read.score <= 1.0      # renormalised over what the role allows


def test_a_hidden_course_is_no_feature_of_the_model():
    values, _ = learned.features(text("Le cours est caché aux étudiants.", "student"))
    assert not any("HIDDEN" in name for name in values)
    assert [c.concept for c in symptom.read_text("Le cours est grisé.").cues
            if c.concept == "HIDDEN"] == ["HIDDEN"]


def test_ruled_out_by_role_reads_the_writers_own_cues():
    hidden = [symptom.read_text("This course is currently unavailable to students.").cues]
    plain = [symptom.read_text("I cannot see the course.").cues]
    assert symptom.ruled_out_by_role("student", plain) == ["teacher_not_enrolled",
                                                          "students_cannot_see_course"]
    assert symptom.ruled_out_by_role("student", hidden) == ["teacher_not_enrolled"]
    assert symptom.ruled_out_by_role("staff", plain) == []
