"""The managers' page: a period's volume, symptoms, situations, templates, answer times and the
upstream data causing tickets; CSV export of each table."""
from __future__ import annotations

import csv
import io
from datetime import datetime, time, timedelta, timezone

from flask import Blueprint, Response, abort, render_template, request

from triage import stats as triage_stats
from triage.web import cache, charts
from triage.web.auth import requires
from triage.web.db import db

bp = Blueprint("stats", __name__, url_prefix="/stats")
REPORT_TTL = 60   # seconds


def _period() -> tuple[datetime, datetime]:
    """[since, until) from ?since=YYYY-MM-DD&until=YYYY-MM-DD; the last 30 days by default."""
    today = datetime.now(timezone.utc).date()
    try:
        until = datetime.fromisoformat(request.args["until"]).date() + timedelta(days=1) \
            if request.args.get("until") else today + timedelta(days=1)
        since = datetime.fromisoformat(request.args["since"]).date() \
            if request.args.get("since") else until - timedelta(days=30)
    except ValueError:
        abort(400)
    if since >= until or (until - since).days > 800:
        abort(400)
    return (datetime.combine(since, time(0), timezone.utc),
            datetime.combine(until, time(0), timezone.utc))


def _report(since: datetime, until: datetime) -> dict:
    # A month's report reads thousands of rows; a minute-old figure is fine for a manager.
    return cache.get(f"report:{since.isoformat()}:{until.isoformat()}", REPORT_TTL,
                     lambda: triage_stats.report(db(), since, until))


@bp.route("/")
@requires("manager")
def index():
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
        "symptoms": charts.hbars(rep["by_symptom"][:12], title="Par symptôme"),
        "situations": charts.hbars(rep["by_situation"][:12], title="Par situation"),
        "templates": charts.stacked(
            [(t["template"], [t["unchanged_share"], t["edited_share"], t["rejected_share"]])
             for t in rep["templates"][:12] if t["decided"]],
            ["tels quels", "modifiés", "rejetés"]),
    }
    return render_template("stats.html", rep=rep, figures=figures,
                           since=since.date(), until=(until - timedelta(days=1)).date(),
                           tables=list(triage_stats.csv_tables(rep)))


@bp.route("/export/<name>.csv")
@requires("manager")
def export(name: str):
    """One table of the report as CSV (semicolons and UTF-8 BOM: opens as is in a spreadsheet)."""
    since, until = _period()
    tables = triage_stats.csv_tables(_report(since, until))
    if name not in tables:
        abort(404)
    header, rows = tables[name]
    buf = io.StringIO()
    buf.write("\ufeff")
    writer = csv.writer(buf, delimiter=";")
    writer.writerow(header)
    writer.writerows(rows)
    resp = Response(buf.getvalue(), mimetype="text/csv")
    resp.headers["Content-Disposition"] = (f"attachment; filename=triage-{name}-"
                                           f"{since.date()}-{(until - timedelta(days=1)).date()}.csv")
    return resp
