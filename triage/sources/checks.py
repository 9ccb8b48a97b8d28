"""Meaning checks of the sources, for `triage doctor`: not "does it connect" but "does it answer
what the rules need" — a sample student found by number, a sample group read by its code, the
nightly sync enabled and its last run a success, every query's columns of the declared types."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection

from triage.facts import Facts, RuleSettings
from triage.model import Entities, Reading
from triage.sources import Sources
from triage.sources.db import run
from triage.sources.moodle import SYNC_LOG_DAYS, SYNC_TASK

SYNC_STATES = {"ok": "", "disabled": "la tâche \\enrol_database\\task\\sync_enrolments est "
               "désactivée (elle l'est à l'installation) : l'activer dans Moodle",
               "never": f"aucun passage de la synchronisation depuis {SYNC_LOG_DAYS} jours "
               "(task_log)", "failed": "", "unknown": "état inconnu"}


@dataclass
class Result:
    """One named check: ok True/False, or None when it could not be made (source not
    configured, nothing to sample); `detail` says what was found, in French."""
    source: str            # refer | moodle
    name: str
    ok: bool | None
    detail: str = ""


def meaning_checks(sources: Sources, now: datetime, settings: RuleSettings) -> list[Result]:
    """Every meaning check the configured sources allow, REFER then Moodle."""
    out: list[Result] = []
    facts = _facts(sources, Reading(), now, settings)
    number = _sample(sources, "refer_sample_student", "cod_etu") if sources.refer else None
    elp = _sample(sources, "refer_sample_group", "cod_elp", year=facts.academic_year) \
        if sources.refer else None
    codes = [elp] if elp else []
    if sources.refer is not None:
        student, codes = _student(sources, number, now, settings, codes)
        out += [student, _group(sources, elp, now, settings)]
    if sources.moodle is not None:
        out.append(_sync(facts))
    out += _types(sources, number, codes, facts.academic_year, now)
    return out


def _facts(sources: Sources, reading: Reading, now: datetime, settings: RuleSettings) -> Facts:
    return sources.gather(reading, "", now, settings)


def _sample(sources: Sources, query: str, column: str, **params: Any) -> str | None:
    if sources.refer is None:
        return None
    try:
        with sources.refer.connect() as conn:
            rows = run(conn, sources.queries[query], **params)
    except Exception:          # noqa: BLE001 - reported by the checks that need the sample
        return None
    return rows[0][column] if rows else None


def _student(sources: Sources, number: str | None, now: datetime, settings: RuleSettings,
             codes: list[str]) -> tuple[Result, list[str]]:
    """The check, and the sample codes with the student's IP elements (more rows to type)."""
    name = "étudiant trouvé par son numéro"
    if number is None:
        return Result("refer", name, None, "aucun COD_ETU lisible dans INDIVIDU"), codes
    facts = _facts(sources, Reading(entities=Entities(student_numbers=[number])), now, settings)
    if "refer" in facts.pending:
        return Result("refer", name, False, facts.source_errors.get("refer", "")), codes
    student = facts.students[number]
    return Result("refer", name, student.found, f"COD_ETU {number} : " + (
        "trouvé" if student.found else "introuvable par refer_students (type de COD_ETU ?)")), \
        list(dict.fromkeys([*codes, *student.elements, *(ia.etape for ia in student.enrolments)]))


def _group(sources: Sources, elp: str | None, now: datetime,
           settings: RuleSettings) -> Result:
    name = "groupe lu par son code"
    if elp is None:
        return Result("refer", name, None, "aucun groupe valide cette année dans GPE_OBJ/GROUPE")
    facts = _facts(sources, Reading(entities=Entities(apogee_codes=[elp])), now, settings)
    if "refer" in facts.pending:
        return Result("refer", name, False, facts.source_errors.get("refer", ""))
    groups = [g.code for g in facts.elements[elp].groups if not g.pseudo]
    ok = bool(groups) and all(isinstance(g, str) and g for g in groups)
    return Result("refer", name, ok, f"{elp} : " + (", ".join(groups) if groups else
                                                     "aucun groupe lu (refer_element_groups)"))


def _sync(facts: Facts) -> Result:
    name = "synchronisation nocturne"
    if "moodle" in facts.pending or facts.sync is None:
        return Result("moodle", name, False, facts.source_errors.get("moodle", "Moodle illisible"))
    sync = facts.sync
    if sync.state == "ok":
        return Result("moodle", name, True,
                      f"activée, dernier passage réussi le {sync.last_success:%d/%m/%Y %H:%M}")
    return Result("moodle", name, False, sync.error or SYNC_STATES.get(sync.state, sync.state))


def _types(sources: Sources, number: str | None, codes: list[str], year: str,
           now: datetime) -> list[Result]:
    """Each ticket query, on the samples: its columns come back with the declared types."""
    stamp = int(now.timestamp())
    params = {"numbers": [number] if number else [], "codes": codes,
              "year": year, "previous": str(int(year) - 1) if year.isdigit() else year,
              "emails": [], "now": stamp, "name": sources.settings.archive_category,
              "prefix": f"{sources.settings.archive_category}%", "pattern": "%",
              "classname": SYNC_TASK, "bare": SYNC_TASK.lstrip("\\"),
              "since": int((now - timedelta(days=SYNC_LOG_DAYS)).timestamp())}
    out: list[Result] = []
    for source in ("refer", "moodle"):
        engine = getattr(sources, source)
        if engine is None:
            continue
        try:
            conn = engine.connect()
        except Exception as exc:        # noqa: BLE001 - the connection check says why
            return out + [Result(source, "types des colonnes", False, type(exc).__name__)]
        try:
            if source == "moodle":
                _moodle_samples(conn, sources, params)
            for name, query in sorted(sources.queries.items()):
                if name.startswith(f"{source}_") and set(query.params) <= set(params):
                    out.append(_typed(conn, sources, name, params))
        finally:
            conn.close()
    return out


def _moodle_samples(conn: Connection, sources: Sources, params: dict) -> None:
    prefix = sources.settings.moodle_prefix
    try:
        users = run(conn, sources.queries["moodle_users"], prefix, numbers=params["numbers"],
                    emails=[])
        courses = run(conn, sources.queries["moodle_courses"], prefix, ids=[],
                      codes=params["codes"])
    except Exception:           # noqa: BLE001 - moodle_users/moodle_courses report it
        users, courses = [], []
    params["uids"] = [u["id"] for u in users]
    params["ids"] = [c["id"] for c in courses]


def _typed(conn: Connection, sources: Sources, name: str, params: dict) -> Result:
    query = sources.queries[name]
    label = f"{name} : types des colonnes"
    source = "refer" if name.startswith("refer_") else "moodle"
    try:
        rows = run(conn, query, sources.settings.moodle_prefix, **params)
    except Exception as exc:            # noqa: BLE001 - any refusal is this check's finding
        from triage.sources.gather import cause
        conn.rollback()
        return Result(source, label, False, cause(exc))
    if not rows:      # the columns were still checked against the header
        return Result(source, label, True, "colonnes présentes ; aucune ligne d'exemple pour "
                      "en vérifier les types")
    return Result(source, label, True, f"{len(rows)} ligne(s), types conformes à l'en-tête")
