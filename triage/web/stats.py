"""The managers' page: a period's volume, symptoms, situations, templates, answer times and the
upstream data causing tickets; CSV export of each table."""
from __future__ import annotations

import csv
import io
from datetime import datetime, time, timedelta, timezone

from flask import Blueprint, Response, abort, render_template, request
from flask.typing import ResponseReturnValue

from triage import stats as triage_stats
from triage.web import cache, charts, labels, params
from triage.web.auth import requires
from triage.web.db import db

bp = Blueprint("stats", __name__, url_prefix="/stats")
REPORT_TTL = 60   # seconds
MAX_DAYS = 800    # two academic years and a bit: the longest period a report reads
TABLE_LABELS = {"jours": "jours", "semaines": "semaines", "symptomes": "symptômes",
                "situations": "situations", "modeles": "modèles", "composantes": "composantes",
                "elp": "ELP", "accords_symptomes": "accord des agents par symptôme",
                "accords_modeles": "accord des agents par modèle",
                "delais_composantes": "délais par composante"}


def _period() -> tuple[datetime, datetime]:
    """[since, until) from ?since=YYYY-MM-DD&until=YYYY-MM-DD; the last 30 days by default."""
    today = datetime.now(timezone.utc).date()
    last = params.day(request.args.get("until"), "date de fin") or today
    until = last + timedelta(days=1)
    since = (params.day(request.args.get("since"), "date de début")
             or until - timedelta(days=30))
    if since >= until:
        raise params.BadParameter("Période vide : la date de début est après la date de fin.")
    if (until - since).days > MAX_DAYS:
        raise params.BadParameter(f"Période trop longue : {MAX_DAYS} jours au plus.")
    return (datetime.combine(since, time(0), timezone.utc),
            datetime.combine(until, time(0), timezone.utc))


def _report(since: datetime, until: datetime) -> dict:
    # A month's report reads thousands of rows; a minute-old figure is fine for a manager.
    return cache.get(f"report:{since.isoformat()}:{until.isoformat()}", REPORT_TTL,
                     lambda: triage_stats.report(db(), since, until))


@bp.route("/")
@requires("manager")
def index() -> ResponseReturnValue:
    """The statistics of a period, with charts."""
    since, until = _period()
    rep = _report(since, until)
    daily = rep["volume"]["daily"]
    figures = {
        "daily": charts.bars([(d[8:] + "/" + d[5:7], n) for d, n in daily], width=1000,
                             height=220, label_every=max(1, len(daily) // 15),
                             title="Tickets par jour"),
        "weekly": charts.bars([(w[5:], n) for w, n in rep["volume"]["weekly"]], width=420,
                              height=170, title="Tickets par semaine"),
        # Every symptom and every situation of the period: a manager must see them all.
        "symptoms": charts.hbars([(labels.SYMPTOMS.get(k, k), n)
                                  for k, n in rep["by_symptom"]], title="Par symptôme"),
        "situations": charts.hbars([(labels.situation(k), n)
                                    for k, n in rep["by_situation"]], title="Par situation"),
        "templates": charts.stacked(
            [(labels.template(t["template"]),
              [t["unchanged_share"], t["edited_share"], t["rejected_share"]])
             for t in rep["templates"] if t["decided"]],
            ["approuvés tels quels", "modifiés", "rejetés"],
            colors=(charts.GOOD, charts.MIXED, charts.BAD)),
        "agreement": charts.stacked(
            [(labels.template(v["key"]), [v["agreed_share"], 1 - v["agreed_share"]])
             for v in rep["verdicts"]["by_template"]],
            ["agents d'accord", "agents ayant corrigé"], colors=(charts.GOOD, charts.BAD)),
        "composantes": charts.hbars([(composante_name(rep, c), n)
                                     for c, n in rep["upstream"]["by_composante"]],
                                    title="Par composante"),
    }
    return render_template("stats.html", rep=rep, figures=figures,
                           composante=lambda code: composante_name(rep, code),
                           since=since.date(), until=(until - timedelta(days=1)).date(),
                           tables={name: TABLE_LABELS.get(name, name)
                                   for name in triage_stats.csv_tables(rep)})


# table -> (index of the id column, its label function): the id stays for spreadsheets that join
# on it, the label follows it for people.
LABEL_COLUMNS = {"symptomes": (0, lambda v: labels.SYMPTOMS.get(v, v)),
                 "situations": (0, labels.situation), "modeles": (0, labels.template),
                 "elp": (2, labels.situation),
                 "accords_symptomes": (0, lambda v: labels.SYMPTOMS.get(v, v)),
                 "accords_modeles": (0, labels.template)}


def composante_name(rep: dict, code: str) -> str:
    """A composante as people read it: its name, its APOGÉE code after it."""
    name = rep.get("composante_labels", {}).get(code)
    return f"{name} ({code})" if name else code


def labelled(name: str, header: list[str], rows: list[tuple],
             rep: dict | None = None) -> tuple[list[str], list[tuple]]:
    """The table with a `<column>_libelle` column after its id column, when it has one
    (a composante's name comes from the report: REFER's, as the findings recorded it)."""
    names = (rep or {}).get("composante_labels", {})
    columns = {**LABEL_COLUMNS, "composantes": (0, lambda v: names.get(v, "")),
               "delais_composantes": (0, lambda v: names.get(v, ""))}
    if name not in columns:
        return header, rows
    i, label = columns[name]
    return ([*header[:i + 1], f"{header[i]}_libelle", *header[i + 1:]],
            [(*r[:i + 1], label(r[i]), *r[i + 1:]) for r in rows])


@bp.route("/export/<name>.csv")
@requires("manager")
def export(name: str) -> ResponseReturnValue:
    """One table of the report as CSV (semicolons and UTF-8 BOM: opens as is in a spreadsheet)."""
    since, until = _period()
    rep = _report(since, until)
    tables = triage_stats.csv_tables(rep)
    if name not in tables:
        abort(404)
    header, rows = labelled(name, *tables[name], rep=rep)
    buf = io.StringIO()
    buf.write("\ufeff")
    writer = csv.writer(buf, delimiter=";")
    writer.writerow(header)
    writer.writerows(rows)
    resp = Response(buf.getvalue(), mimetype="text/csv")
    resp.headers["Content-Disposition"] = (f"attachment; filename=triage-{name}-"
                                           f"{since.date()}-{(until - timedelta(days=1)).date()}.csv")
    return resp
