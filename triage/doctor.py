"""`triage doctor`: check each configured part and say what is wrong and how to fix it.

Each check gives a Check (part, name, ok, problem, fix) with French and English text; ok is None
when the part is not configured or cannot be checked yet. Passwords never appear in the output.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Connection, text

from triage.cli_errors import first_line as _first_line
from triage.cli_errors import safe_url
from triage.config import Config
from triage.sources.queries import NamedQuery

TIMEOUT = 10.0


@dataclass
class Check:
    part: str                    # store | mailbox | smtp | refer | moodle | diagnostic
    name: str                    # what was tried, e.g. "refer_students" or "connexion"
    ok: bool | None              # None: skipped (not configured / not checkable)
    problem: tuple[str, str] = ("", "")   # (fr, en)
    fix: tuple[str, str] = ("", "")
    detail: str = ""             # the server's own words (no secrets)


@dataclass
class Report:
    checks: list[Check] = field(default_factory=list)

    @property
    def broken(self) -> list[Check]:
        return [c for c in self.checks if c.ok is False]

    def render(self, lang: str = "fr") -> str:
        """Human-readable lines; the fix follows each problem."""
        i = 1 if lang == "en" else 0
        tags = {True: "OK", False: "FAILED" if i else "ÉCHEC", None: "SKIPPED" if i else "IGNORÉ"}
        lines = []
        for c in self.checks:
            line = f"[{tags[c.ok]}] {c.part} / {c.name}"
            if c.problem[i]:
                line += f" : {c.problem[i]}"
            if c.detail:
                line += f" ({c.detail})"
            lines.append(line)
            if c.ok is False and c.fix[i]:
                lines.append(f"    → {'Fix' if i else 'Que faire'} : {c.fix[i]}")
        total = len(self.broken)
        skipped = sorted({c.part for c in self.checks if c.ok is None})
        if total:
            lines.append(f"{total} problem(s) found." if i else f"{total} problème(s) trouvé(s).")
        elif skipped:
            lines.append(("No problem in what is configured; not configured or not checked: "
                          if i else "Aucun problème dans ce qui est configuré ; non configuré "
                          "ou non vérifié : ") + ", ".join(skipped) + ".")
        else:
            lines.append("Everything works." if i else "Tout fonctionne.")
        return "\n".join(lines)


def _db_problem(exc: BaseException, names: tuple[str, str],
                key: str) -> tuple[tuple[str, str], tuple[str, str]]:
    """Classify a database connection error: (problem, fix) in French and English."""
    what, en = names
    low = _first_line(exc).lower() + " " + str(exc).lower()
    if "refused" in low or "could not connect" in low or "timeout" in low or "timed out" in low \
            or "is the server running" in low or "listener" in low:
        return ((f"{what} est injoignable (serveur arrêté ou port fermé)",
                 f"{en} is unreachable (server stopped or port closed)"),
                (f"démarrez le serveur, ou corrigez l'hôte/le port de {key}",
                 f"start the server, or correct the host/port in {key}"))
    if "authentication" in low or "password" in low or "ora-01017" in low:
        return ((f"{what} refuse l'identifiant ou le mot de passe",
                 f"{en} rejects the user name or password"),
                (f"vérifiez l'utilisateur et le mot de passe de {key}",
                 f"check the user and password in {key}"))
    if "does not exist" in low or "unable to open" in low or "ora-12514" in low:
        return ((f"{what} : base de données introuvable", f"{en}: database not found"),
                (f"créez la base ou corrigez son nom dans {key}",
                 f"create the database or correct its name in {key}"))
    if "name or service" in low or "translate host" in low or "nodename" in low:
        return ((f"{what} : nom d'hôte inconnu", f"{en}: unknown host name"),
                (f"corrigez le nom d'hôte de {key}", f"correct the host name in {key}"))
    return ((f"{what} : connexion impossible", f"{en}: cannot connect"),
            (f"vérifiez {key} (détail ci-contre)", f"check {key} (see the detail)"))


# ----------------------------------------------------------------------------- store
def check_store(config: Config) -> list[Check]:
    """Store reachable, and its schema at the code's migration head."""
    from triage.store.db import connect, current_revision, head_revision, sqlite_file_missing
    url = config.get("database", "url")
    try:
        missing = sqlite_file_missing(url)
    except Exception:   # a malformed URL: reported by the connection check below
        missing = ""
    if missing:
        return [Check("store", "connexion", False,
                      (f"fichier {missing} absent : le store n'est pas encore créé",
                       f"file {missing} missing: the store is not created yet"),
                      ("lancez « triage db upgrade », ou corrigez database.url",
                       "run `triage db upgrade`, or correct database.url"))]
    try:
        engine = connect(url)
    except Exception as exc:   # a malformed URL or a missing driver
        return [Check("store", "connexion", False,
                      ("URL du store invalide", "invalid store URL"),
                      ("corrigez database.url, par ex. postgresql+psycopg://triage:…@127.0.0.1/"
                       "triage", "correct database.url, e.g. postgresql+psycopg://triage:…@"
                       "127.0.0.1/triage"), _first_line(exc))]
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        revision = current_revision(engine)
    except Exception as exc:
        problem, fix = _db_problem(exc, ("le store", "the store"), "database.url")
        return [Check("store", "connexion", False, problem, fix, _first_line(exc))]
    finally:
        engine.dispose()
    checks = [Check("store", "connexion", True, (safe_url(url), safe_url(url)))]
    head = head_revision()
    if revision == head:
        checks.append(Check("store", "migrations", True, (f"révision {head}", f"revision {head}")))
    else:
        checks.append(Check("store", "migrations", False,
                            (f"schéma en révision {revision or 'vide'}, le code attend {head}",
                             f"schema at revision {revision or 'empty'}, the code expects {head}"),
                            ("lancez « triage db upgrade » (sauvegarde d'abord, voir "
                             "docs/operations.md)", "run `triage db upgrade` (back up first, "
                             "see docs/operations.md)")))
    return checks


# ----------------------------------------------------------------------------- sources
def _probe_sql(sql: str) -> str:
    """The named query wrapped so that it reads no row: the planner still checks every table
    and column, which is what the contract is about, at the cost of a parse."""
    return f"SELECT * FROM (\n{sql.strip().rstrip(';')}\n) probe WHERE 1 = 0"


def _probe_params(query: NamedQuery) -> dict:
    return {p: (["0"] if p in query.lists else "0") for p in query.params}


def check_source(config: Config, part: str) -> list[Check]:
    """One cheap query per contract view of REFER or Moodle (the sources' named queries)."""
    url = config.get(part, "url")
    if not url:
        return [Check(part, "configuration", None, ("non configuré", "not configured"))]
    try:
        from triage.sources.db import make_engine
        from triage.sources.queries import load
    except ImportError as exc:
        return [Check(part, "requêtes", None,
                      ("module triage.sources absent : requêtes non vérifiables",
                       "module triage.sources missing: queries cannot be checked"),
                      detail=_first_line(exc))]
    key = f"{part}.url"
    what = ("REFER", "REFER") if part == "refer" else ("la base Moodle", "the Moodle database")
    try:
        queries = {n: q for n, q in load(config.get("refer", "queries_dir")).items()
                   if n.startswith(part + "_")}
        engine = make_engine(url, float(config.get(part, "timeout_seconds")))
        conn = engine.connect()
    except Exception as exc:
        problem, fix = _db_problem(exc, what, key)
        return [Check(part, "connexion", False, problem, fix, _first_line(exc))]
    checks = [Check(part, "connexion", True, (safe_url(url), safe_url(url)))]
    try:
        for name, query in sorted(queries.items()):
            checks.append(_probe(conn, part, name, query, config.get("moodle", "prefix")))
    finally:
        conn.close()
        engine.dispose()
    return checks


def _probe(conn: Connection, part: str, name: str, query: NamedQuery,
           prefix: str) -> Check:
    from sqlalchemy import bindparam
    sql = query.statement(prefix).text
    stmt = text(_probe_sql(sql))
    lists: list = [bindparam(p, expanding=True) for p in query.lists if f":{p}" in sql]
    if lists:
        stmt = stmt.bindparams(*lists)
    try:
        result = conn.execute(stmt, _probe_params(query))
        columns = {k.lower() for k in result.keys()}
        result.close()
    except Exception as exc:
        conn.rollback()
        where = "la vue REFER" if part == "refer" else "les tables Moodle"
        return Check(part, name, False,
                     (f"requête refusée : table ou colonne absente de {where}",
                      f"query refused: a table or column is missing from the {part} schema"),
                     (f"demandez à la DSI les droits de lecture sur la table citée, ou adaptez "
                      f"{name}.sql dans refer.queries_dir (docs/{part}-contract.md)",
                      f"ask the DSI for read access to the table named, or adapt {name}.sql "
                      f"in refer.queries_dir (docs/{part}-contract.md)"), _first_line(exc))
    missing = [c for c in query.returns if c.lower() not in columns]
    if missing:
        return Check(part, name, False,
                     (f"colonnes attendues absentes : {', '.join(missing)}",
                      f"expected columns missing: {', '.join(missing)}"),
                     (f"nommez ces colonnes dans {name}.sql (refer.queries_dir)",
                      f"name these columns in {name}.sql (refer.queries_dir)"))
    return Check(part, name, True)


SAMPLE_MAIL = "09-enseignant-non-inscrit.eml"   # a teacher citing an APOGÉE code


def check_meaning(config: Config) -> list[Check]:
    """What the sources answer, not only whether they connect (triage/sources/checks.py)."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from triage.pipeline.analyse import rule_settings
    from triage.services import Services
    from triage.sources.checks import meaning_checks
    sources = Services(config).sources
    if sources is None:
        return [Check("sens", "sources", None, ("non configurées", "not configured"))]
    settings = rule_settings(config)
    try:
        results = meaning_checks(sources, datetime.now(ZoneInfo(settings.timezone)), settings)
    finally:
        sources.close()
    return [Check(r.source, r.name, r.ok, (r.detail, r.detail) if r.ok is False else ("", ""),
                  detail=r.detail if r.ok is not False else "") for r in results]


def check_pipeline(config: Config) -> list[Check]:
    """A built-in sample mail through parse → read → gather → diagnose → draft, with the
    configured sources: the whole path a ticket takes, without the store or the mailbox."""
    from triage.demo.setup import SAMPLE_MAILS
    from triage.mail.parse import parse_mail
    from triage.services import Services
    services = Services(config)
    checks = []
    if services.sources is None:
        checks.append(Check("diagnostic", "sources", None,
                            ("REFER et Moodle ne sont pas configurés : les diagnostics de données "
                             "sont désactivés (brouillons génériques seulement)",
                             "neither REFER nor Moodle is configured: data diagnostics are off "
                             "(generic drafts only)"),
                            ("renseignez refer.url et moodle.url", "set refer.url and moodle.url")))
    try:
        mail = parse_mail((SAMPLE_MAILS / SAMPLE_MAIL).read_bytes())
        analysis = services.analyser.analyse(mail)
    except Exception as exc:   # whatever breaks, the operator must see it here
        checks.append(Check("diagnostic", "courriel d'exemple", False,
                            ("le diagnostic d'un courriel d'exemple échoue",
                             "diagnosing a sample mail fails"),
                            ("relancez avec « triage -v doctor --part diagnostic » et transmettez "
                             "la trace aux développeurs",
                             "run `triage -v doctor --part diagnostic` and send the trace to the "
                             "developers"), f"{type(exc).__name__}: {_first_line(exc)}"))
        return checks
    finally:
        services.close()
    if analysis.draft is None:
        checks.append(Check("diagnostic", "courriel d'exemple", False,
                            ("aucun brouillon pour un courriel d'exemple",
                             "no draft for a sample mail"),
                            ("vérifiez [people] own_addresses et les domaines",
                             "check [people] own_addresses and the domains")))
        return checks
    pending = f", sources en attente : {', '.join(analysis.pending_sources)}" \
        if analysis.pending_sources else ""
    checks.append(Check("diagnostic", "courriel d'exemple", True,
                        (f"brouillon « {analysis.draft.template} »{pending}",
                         f"draft '{analysis.draft.template}'{pending}")))
    return checks


def check_catalogue(config: Config) -> list[Check]:
    """The code catalogue the workers read mail with: live from REFER and Moodle, else the copy
    saved by the last good load (its date), else none (codes read by shape alone)."""
    from triage.services import Services
    from triage.sources.catalogue import LIVE, SAVED
    services = Services(config)
    name = "catalogue des codes"
    if services.sources is None:
        return [Check("refer", name, None, ("non configuré", "not configured"))]
    try:
        state = services.sources.catalogue_state()
    finally:
        services.close()
    where = config.get("refer", "catalogue_file") or "(refer.catalogue_file vide : non enregistré)"
    if state.source == LIVE:
        return [Check("refer", name, True, (state.describe(), "live: loaded from REFER and "
                                            f"Moodle, {len(state.catalogue or ())} codes, "
                                            f"{len(state.catalogue.labels if state.catalogue else ())} "
                                            "with a label"))]
    if state.source == SAVED and state.loaded_at is not None:
        return [Check("refer", name, False,
                      (f"REFER ou Moodle injoignable ; {state.describe()}",
                       "REFER or Moodle unreachable; codes are read with the copy saved on "
                       f"{state.loaded_at:%Y-%m-%d %H:%M} UTC"),
                      ("rétablissez l'accès (contrôles refer et moodle ci-dessus) ; d'ici là les "
                       "codes sont lus avec cette copie",
                       "restore access (refer and moodle checks above); until then codes are "
                       "read with this copy"))]
    return [Check("refer", name, False,
                  ("REFER ou Moodle injoignable et aucune copie enregistrée : les codes sont lus "
                   "par leur forme et leur contexte seuls",
                   "REFER or Moodle unreachable and no saved copy: codes are read by shape "
                   "and context alone"),
                  (f"rétablissez l'accès ; le prochain chargement réussi sera enregistré dans "
                   f"{where}", f"restore access; the next good load is saved to {where}"))]


PARTS = ("store", "mailbox", "smtp", "refer", "moodle", "sens", "diagnostic")


def run_checks(config: Config, parts: tuple[str, ...] = PARTS) -> Report:
    """Every check of the chosen parts, in order."""
    from triage.doctor_mail import check_mailbox, check_smtp
    report = Report()
    for part in parts:
        if part == "store":
            report.checks += check_store(config)
        elif part == "mailbox":
            report.checks += check_mailbox(config)
        elif part == "smtp":
            report.checks += check_smtp(config)
        elif part == "diagnostic":
            report.checks += check_pipeline(config)
        elif part == "sens":
            report.checks += check_meaning(config)
        else:
            report.checks += check_source(config, part)
            if part == "refer":
                report.checks += check_catalogue(config)
    return report

