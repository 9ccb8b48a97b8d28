"""An étape said in words (« je suis en L2 droit et langues ») reaches the facts and the draft:
gathered from REFER like a cited étape (Facts.etapes_said), named in the request for details
rather than asked again. Mails written for these tests, read by the real reader with the
catalogue of the demo university's REFER and Moodle, on SQLite and PostgreSQL."""
from __future__ import annotations

import shutil
import sqlite3

import pytest

from triage.config import load as load_config
from triage.demo.scenarios import DEMO_DAY
from triage.demo.university import load_into
from triage.extractors import read
from triage.facts import RuleSettings
from triage.mail.parse import parse_mail
from triage.pipeline.analyse import Analyser
from triage.rules import diagnose
from triage.sources import SourceSettings, Sources

LABEL = "Licence 2 Droit parcours Droit et langues"      # the demo's étape 2DRLG1


def mail(body: str, sender: str = "lea.martin@etu.unicaen.fr"):
    return parse_mail(f"From: {sender}\nTo: cemu.assistance@unicaen.fr\nSubject: Ecampus\n"
                      "Message-ID: <said@test>\nDate: Wed, 14 Oct 2026 10:00:00 +0200\n"
                      "Content-Type: text/plain; charset=utf-8\n\n"
                      f"{body}\n".encode())


@pytest.fixture(params=["sqlite", "postgresql"])
def src(request, demo_dir, tmp_path):
    """The demo university's REFER and Moodle, as files (SQLite) or in a server (PostgreSQL)."""
    if request.param == "sqlite":
        for f in ("refer.db", "moodle.db"):
            shutil.copy(demo_dir / f, tmp_path / f)
        settings = SourceSettings(refer_url=f"sqlite:///{tmp_path}/refer.db",
                                  moodle_url=f"sqlite:///{tmp_path}/moodle.db")
    else:
        url = request.getfixturevalue("pg_url")
        load_into(url, demo_dir)
        settings = SourceSettings(refer_url=url, moodle_url=url)
    sources = Sources(settings)
    yield sources
    sources.close()


def facts_of(src: Sources, body: str, sender: str = "lea.martin@etu.unicaen.fr"):
    message = mail(body, sender)
    reading = read(message, catalogue=src.catalogue())
    return src.gather(reading, message.from_addr, DEMO_DAY, RuleSettings())


def test_an_etape_said_is_looked_up_in_refer_like_a_cited_etape(src):
    facts = facts_of(src, "Bonjour, je suis en L2 droit et langues et je ne vois pas mes cours.")
    assert facts.reading.entities.etapes_said == ["2DRLG1"]
    assert facts.reading.entities.apogee_codes == []
    assert facts.pending == []
    etape = facts.elements["2DRLG1"]
    assert (etape.exists, etape.kind, etape.label) == (True, "etape", LABEL)
    assert etape.composante == "01"
    assert facts.etapes_said() == [etape]
    # a mail that says no étape gathers none
    assert facts_of(src, "Bonjour, je ne vois pas mes cours.").elements == {}


def test_an_etape_cited_by_its_code_is_not_doubled_by_one_said(src):
    facts = facts_of(src, "Bonjour, je suis en L2 droit et langues, je viens de 2DROI1, et je "
                          "ne vois plus mes cours.")
    assert facts.reading.entities.apogee_codes == ["2DROI1"]
    assert facts.reading.entities.etapes_said == ["2DRLG1"]
    assert facts.elements["2DROI1"].kind == "etape"
    # the étape the mail cites by its code says it better: the one said is left out
    assert "2DRLG1" not in facts.elements and facts.etapes_said() == []


def test_an_etape_said_that_refer_does_not_know_is_no_fact_and_no_unknown_code(demo_dir,
                                                                                tmp_path):
    """A catalogue kept from an earlier load may still hold an étape REFER has dropped: the
    reader's match is no fact, and never « the code you cited is unknown »."""
    for f in ("refer.db", "moodle.db"):
        shutil.copy(demo_dir / f, tmp_path / f)
    src = Sources(SourceSettings(refer_url=f"sqlite:///{tmp_path}/refer.db",
                                 moodle_url=f"sqlite:///{tmp_path}/moodle.db"))
    try:
        catalogue = src.catalogue()
        assert catalogue is not None and "2DRLG1" in catalogue.etapes
        with sqlite3.connect(tmp_path / "refer.db") as refer:
            for table in ("VERSION_ETAPE", "ETAPE"):
                refer.execute(f"DELETE FROM {table} WHERE COD_ETP = '2DRLG1'")
        facts = facts_of(src, "Bonjour, je suis en L2 droit et langues et je ne vois pas mes "
                              "cours depuis lundi.")
        assert facts.reading.entities.etapes_said == ["2DRLG1"]     # the kept catalogue
        assert facts.pending == [] and "2DRLG1" not in facts.elements
        assert [f for f in diagnose(facts) if f.situation == "unknown_code"] == []
    finally:
        src.close()


def test_the_request_for_details_names_the_etape_said_and_asks_only_what_is_missing(src):
    config = load_config(None, env={})
    analyser = Analyser.from_config(config, src)
    body = ("Bonjour, je suis en L2 droit et langues et je ne suis pas inscrite dans le cours "
            "de droit européen sur Ecampus.")
    draft = analyser.analyse(mail(body), now=DEMO_DAY).draft
    assert draft is not None and draft.template == "need_info"
    assert f"Vous indiquez être inscrit(e) en {LABEL} (2DRLG1)." in draft.text
    # still missing: which course, and the student's number
    assert "le code APOGÉE d'au moins un des cours concernés" in draft.text
    assert "votre numéro étudiant" in draft.text
    assert f"Étape indiquée en toutes lettres : 2DRLG1 ({LABEL})" in draft.internal_note
    # the writer's number is no longer asked once given; the étape is still named
    numbered = analyser.analyse(mail(body, "21999990@etu.unicaen.fr"), now=DEMO_DAY).draft
    assert numbered is not None and numbered.template == "need_info"
    assert f"en {LABEL} (2DRLG1)" in numbered.text and "numéro étudiant" not in numbered.text
    # a staff member writing about the cohort: the étape is the mail's subject, not theirs
    staff = analyser.analyse(mail("Bonjour, les étudiants de L2 droit et langues ne sont pas "
                                  "inscrits dans mon cours de droit européen.",
                                  "jean.dupont@unicaen.fr"), now=DEMO_DAY).draft
    assert staff is not None and staff.template == "need_info"
    assert f"Vous nous écrivez au sujet de {LABEL} (2DRLG1)." in staff.text
    assert "inscrit(e)" not in staff.text


def test_without_refer_the_request_for_details_names_no_etape(demo_dir):
    config = load_config(None, env={})
    body = "Bonjour, je suis en L2 droit et langues et je ne suis pas inscrite dans mon cours."
    draft = Analyser.from_config(config).analyse(mail(body), now=DEMO_DAY).draft
    assert draft is not None and draft.template == "need_info"
    assert "Vous indiquez" not in draft.text and "Étape indiquée" not in draft.internal_note
