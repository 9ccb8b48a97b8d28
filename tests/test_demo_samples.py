"""The demo shows every known situation: for each rule module, a sample mail of the demo
(triage/demo/mails) taken in by the watcher's Receiver and triaged by the worker against the demo
university yields a finding of that situation and a draft written from its template."""
from __future__ import annotations

import email
from email import policy

import pytest
from sqlalchemy import select

from triage.demo.setup import SAMPLE_MAILS
from triage.responses import template_ids
from triage.rules import all_rules
from triage.store import models as m
from triage.store.db import connect, session_factory

SITUATIONS = sorted(r.id for r in all_rules())


@pytest.fixture(scope="module")
def triaged(analysed_samples) -> dict[str, list[tuple[str, set[str], str]]]:
    """situation -> [(sample mail, templates of its ticket's draft, that finding's template)],
    read from the store the pipeline wrote."""
    names = {}
    for path in SAMPLE_MAILS.glob("*.eml"):
        mid = email.message_from_bytes(path.read_bytes(), policy=policy.default)["Message-ID"]
        names[mid.strip().strip("<>")] = path.stem
    engine = connect(f"sqlite:///{analysed_samples}")
    out: dict[str, list[tuple[str, set[str], str]]] = {}
    with session_factory(engine)() as session:
        for ticket in session.scalars(select(m.Ticket)):
            sample = names[ticket.messages[0].message_id]
            drafts = ticket.drafts
            templates = set(drafts[-1].templates) if drafts and drafts[-1].text.strip() else set()
            for f in session.scalars(select(m.FindingRow).where(m.FindingRow.ticket_id == ticket.id)):
                out.setdefault(f.situation, []).append(
                    (sample, templates, f.params.get("template") or f.situation))
    engine.dispose()
    return out


@pytest.mark.parametrize("situation", SITUATIONS)
def test_a_sample_mail_shows_the_situation_with_a_draft_from_its_template(triaged, situation):
    shown = [(sample, template) for sample, templates, template in triaged.get(situation, [])
             if template in templates]
    assert shown, (f"no sample mail of the demo yields {situation} with a draft from its "
                   f"template: {triaged.get(situation)}")
    assert all(template in template_ids() for _, template in shown)
