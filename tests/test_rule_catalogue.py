"""The catalogue holds together: unique ids, both templates, a doc entry, the seed's ids kept."""
from __future__ import annotations

import re
from pathlib import Path

from triage.responses.render import TEMPLATE_DIR, environment, template_name
from triage.rules import all_rules

DOC = Path(__file__).resolve().parents[1] / "docs" / "situations.md"
SEED_IDS = {"archived_course", "hidden_course", "missing_group_enrolment",
            "distance_status_mismatch", "porteur_porte", "ade_planning_incompatible",
            "too_many_teachers", "suspended_element", "erasmus_student", "temporary_desync",
            "idnumber_modified", "db_optimisation_window", "wrong_cas_url", "directory_data",
            "dashboard_filter", "participants_block_moved", "cohort_sync_left",
            "manual_enrolment_no_end"}
OWNERS = {"scolarite", "si_scol", "dsi", "teacher", "cemu", "user"}
EXTRA_TEMPLATES = {"need_info", "investigating", "cohort_advice", "login_no_email"}


def test_ids_unique_and_seed_ids_present():
    ids = [r.id for r in all_rules()]
    assert len(ids) == len(set(ids))
    assert SEED_IDS <= set(ids)


def test_rule_metadata():
    for rule in all_rules():
        assert rule.owner in OWNERS, rule.id
        assert rule.title.strip(), rule.id
        assert rule.check.__doc__, rule.id


def test_every_rule_and_extra_has_both_templates_that_compile():
    for template_id in [r.id for r in all_rules()] + sorted(EXTRA_TEMPLATES):
        for language in ("fr", "en"):
            assert (TEMPLATE_DIR / template_name(template_id, language)).is_file(), \
                (template_id, language)
            environment().get_template(template_name(template_id, language))


def test_every_rule_documented():
    documented = set(re.findall(r"^## `([a-z_]+)`", DOC.read_text(encoding="utf-8"), re.M))
    assert {r.id for r in all_rules()} <= documented
    assert documented <= {r.id for r in all_rules()}
