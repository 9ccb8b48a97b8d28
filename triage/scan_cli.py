"""`triage scan`: the proactive report (triage/scan.py) as text, CSV or a self-contained HTML page."""
from __future__ import annotations

import csv
import io
import sys
from collections import Counter
from datetime import datetime
from pathlib import Path

import click
from jinja2 import Environment

from triage.cli_help import Command
from triage.scan import Report, Scanner, titles

COLUMNS = ["composante", "libelle_composante", "situation", "titre", "responsable", "cas",
           "elp", "cours", "nombre", "etudiants", "detail"]
HTML_ROWS = 300      # per composante; the CSV export has them all


def rows(report: Report) -> list[dict]:
    """One flat row per item, composante by composante."""
    names = titles()
    out = []
    for cmp, items in report.by_composante().items():
        for i in items:
            title, owner = names.get(i.situation, (i.situation, ""))
            out.append({"composante": cmp, "libelle_composante": report.composantes.get(cmp, ""),
                        "situation": i.situation, "titre": title, "responsable": owner,
                        "cas": i.case, "elp": i.elp, "cours": i.course_id or "",
                        "nombre": i.count, "etudiants": " ".join(i.students), "detail": i.detail})
    return out


def to_csv(report: Report) -> str:
    """Semicolon-separated, as French spreadsheets expect."""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, COLUMNS, delimiter=";")
    writer.writeheader()
    writer.writerows(rows(report))
    return buf.getvalue()


def to_text(report: Report) -> str:
    """Counts per composante and situation, for a terminal."""
    names = titles()
    lines = [f"Analyse du {report.now:%d/%m/%Y %H:%M} (année {report.year}) : "
             f"{len(report.items)} élément(s) à traiter, {report.seconds:.1f} s"]
    for cmp, items in report.by_composante().items():
        lines.append(f"\n{report.label(cmp)}")
        for situation, n in sorted(Counter(i.situation for i in items).items()):
            lines.append(f"  {names.get(situation, (situation,))[0]:<45} {n:>6}")
    if report.skipped:
        lines.append(f"\nNon analysé (source non configurée) : {', '.join(report.skipped)}")
    return "\n".join(lines) + "\n"


def chart(counts: dict[str, int], width: int = 520, bar: int = 18) -> str:
    """A horizontal bar chart as inline SVG (labels escaped by the template's caller)."""
    from markupsafe import escape
    top = max(counts.values(), default=1) or 1
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width + 330}" '
             f'height="{bar * len(counts) + 8}" role="img" aria-label="Répartition">']
    for k, (label, n) in enumerate(counts.items()):
        y, w = 4 + k * bar, max(2, round(width * n / top))
        parts.append(f'<text x="320" y="{y + 13}" text-anchor="end" font-size="12">'
                     f'{escape(label)}</text><rect x="326" y="{y + 2}" width="{w}" '
                     f'height="{bar - 5}" fill="#2b6cb0"/><text x="{330 + w}" y="{y + 13}" '
                     f'font-size="12">{n}</text>')
    return "".join(parts) + "</svg>"


PAGE = """<!doctype html>
<html lang="fr"><head><meta charset="utf-8">
<title>Ecampus : situations à corriger avant qu'elles ne coûtent un ticket</title>
<style>body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse;
margin:.5em 0 1.5em}td,th{border:1px solid #ccc;padding:.2em .5em;font-size:.9em;
vertical-align:top}th{background:#eef}h2{margin-top:2em;border-bottom:2px solid #2b6cb0}
.n{text-align:right}.muted{color:#666}</style></head><body>
<h1>Situations à corriger avant la rentrée</h1>
<p>Analyse de REFER et d'Ecampus du {{ now }} (année universitaire {{ year }}) :
<strong>{{ total }}</strong> élément(s) à traiter dans {{ groups|length }} composante(s).</p>
{% if skipped %}<p><strong>Non analysé</strong> (source non configurée) : {{ skipped }}</p>{% endif %}
{{ overall }}
{% for g in groups %}<h2>{{ g.label }}</h2>
<table><tr><th>Situation</th><th>Qui corrige</th><th class="n">Éléments</th></tr>
{% for title, owner, n in g.counts %}<tr><td>{{ title }}</td><td>{{ owner }}</td>
<td class="n">{{ n }}</td></tr>{% endfor %}</table>
<table><tr><th>Situation</th><th>Cas</th><th>ELP</th><th>Cours</th><th class="n">Nombre</th>
<th>Étudiants</th><th>Détail</th></tr>
{% for r in g.rows %}<tr><td>{{ r.titre }}</td><td>{{ r.cas }}</td><td>{{ r.elp }}</td>
<td>{% if r.cours %}<a href="{{ platform }}course/view.php?id={{ r.cours }}">{{ r.cours }}</a>{% endif %}</td>
<td class="n">{{ r.nombre }}</td><td>{{ r.etudiants }}</td><td>{{ r.detail }}</td></tr>
{% endfor %}</table>
{% if g.more %}<p class="muted">… et {{ g.more }} ligne(s) de plus : voir l'export CSV
(<code>triage scan --format csv</code>).</p>{% endif %}
{% endfor %}</body></html>
"""


def to_html(report: Report, platform: str = "https://ecampus.unicaen.fr/") -> str:
    """A self-contained page: a table per composante, counts per situation, an SVG bar chart."""
    names = titles()
    flat = rows(report)
    groups = []
    for cmp, items in report.by_composante().items():
        mine = [r for r in flat if r["composante"] == cmp]
        counts = Counter(i.situation for i in items)
        groups.append({"label": report.label(cmp), "rows": mine[:HTML_ROWS],
                       "more": max(0, len(mine) - HTML_ROWS),
                       "counts": [(*names.get(s, (s, "")), n) for s, n in sorted(counts.items())]})
    totals = Counter(names.get(i.situation, (i.situation,))[0] for i in report.items)
    env = Environment(autoescape=True)
    from markupsafe import Markup
    return env.from_string(PAGE).render(
        now=f"{report.now:%d/%m/%Y %H:%M}", year=report.year, total=len(report.items),
        groups=groups, skipped=", ".join(report.skipped), platform=platform,
        overall=Markup(chart(dict(totals.most_common()))))


FORMATS = {"text": to_text, "csv": to_csv, "html": to_html}


@click.command("scan", cls=Command)
@click.option("--composante", default="", help="Code ou partie du libellé d'une composante.")
@click.option("--format", "fmt", type=click.Choice(sorted(FORMATS)), default="text")
@click.option("--output", type=click.Path(dir_okay=False), help="Fichier à écrire (défaut : sortie standard).")
@click.option("--demo", "demo_dir", type=click.Path(file_okay=False, exists=True),
              help="Analyser l'université de démonstration de DIR.")
@click.option("--now", "now_text", default="", help="Juger à cette date ISO.")
@click.pass_context
def scan(ctx: click.Context, composante: str, fmt: str, output: str | None,
         demo_dir: str | None, now_text: str) -> None:
    """Liste, par composante, les étudiants et cours déjà dans une situation qui coûtera un ticket."""
    from triage.pipeline.analyse import rule_settings
    from triage.sources import SourceSettings, Sources
    services = ctx.obj["services"]
    if demo_dir:
        d = Path(demo_dir).resolve()
        sources = Sources(SourceSettings(refer_url=f"sqlite:///{d / 'refer.db'}",
                                         moodle_url=f"sqlite:///{d / 'moodle.db'}",
                                         timeout_s=600.0))
    else:
        sources = services.sources
    if sources is None:
        click.echo("Erreur : ni REFER ni Moodle ne sont configurés (TRIAGE_REFER_URL, "
                   "TRIAGE_MOODLE_URL).", err=True)
        sys.exit(2)
    now = _now(now_text, bool(demo_dir), services.config.get("rules", "timezone"))
    scanner = Scanner(sources, rule_settings(services.config))
    plan = scanner.plan(now)
    with click.progressbar(length=plan.steps, label="Analyse", file=sys.stderr,
                           item_show_func=lambda s: s or "") as bar:
        report = scanner.run(now, progress=lambda step: bar.update(1, step), plan=plan)
    if composante:
        report = report.only(composante)
    render = FORMATS[fmt]
    text = render(report) if fmt != "html" else to_html(
        report, services.config.get("rules", "platform_url"))
    if output:
        Path(output).write_text(text, encoding="utf-8")
        click.echo(f"{len(report.items)} élément(s) écrits dans {output}", err=True)
    else:
        click.echo(text, nl=False)


def _now(text: str, demo: bool, tz: str) -> datetime:
    from zoneinfo import ZoneInfo
    if text:
        moment = datetime.fromisoformat(text)
        return moment if moment.tzinfo else moment.replace(tzinfo=ZoneInfo(tz))
    if demo:                      # the demo university lives in October 2026
        from triage.demo.scenarios import DEMO_DAY
        return DEMO_DAY
    return datetime.now(ZoneInfo(tz))


def register(cli: click.Group) -> None:
    """Add `triage scan` to the command group."""
    cli.add_command(scan)
