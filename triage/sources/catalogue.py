"""The code catalogue: every ELP, étape and group code REFER knows, every Moodle course idnumber.

Loaded once, kept in memory (14,000 codes is small) and refreshed on a schedule; the reader
receives it as data (`triage.catalogue.Catalogue`). A source that is down leaves the previous
catalogue in place. Each good load is also saved to the state directory (`[refer]
catalogue_file`, written atomically with its load time), so that a process started while REFER
or Moodle is down reads codes with the last good catalogue rather than by shape alone; with
neither, the reader recognises codes by shape and context.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import tempfile
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from triage.catalogue import Catalogue
from triage.sources.db import SourceDataError, run

if TYPE_CHECKING:
    from triage.sources import Sources, SourceSettings

log = logging.getLogger(__name__)
# Codes change with the nightly APOGÉE work: a few hours old is fresh enough.
DEFAULT_REFRESH_S = 6 * 3600.0
# After a failed load, try again sooner than a full period.
RETRY_S = 300.0
# Format 1 gained an optional "labels" object and "etapes" list: an older process ignores them,
# a copy saved without them still loads (its codes without labels, no code known as an étape).
SAVED_FORMAT = 1
LIVE, SAVED, NONE = "live", "saved", "none"


def load(src: Sources) -> Catalogue:
    """Read every code and its label from the configured sources (raises when a source is
    down). APOGÉE's label is kept before Moodle's course name: it is the one its staff write."""
    codes: list[str] = []
    labels: dict[str, str] = {}
    etapes: list[str] = []
    if src.refer is not None:
        with src.refer.connect() as conn:
            for r in run(conn, src.queries["refer_catalogue"]):
                codes.append(r["code"])
                if r.get("kind") == "etape":
                    etapes.append(r["code"])
                if r.get("label"):
                    labels.setdefault(r["code"].upper(), r["label"])
    if src.moodle is not None:
        with src.moodle.connect() as conn:
            for r in run(conn, src.queries["moodle_course_idnumbers"], src.settings.moodle_prefix):
                codes.append(r["idnumber"])
                title = course_title(r["idnumber"], r.get("fullname") or "")
                if title:
                    labels.setdefault(r["idnumber"].upper(), title)
    return Catalogue.of(codes, labels, etapes)


def course_title(idnumber: str, fullname: str) -> str:
    """A Moodle course's name without the code it repeats: « (HLAN201) Anglais S2 » is
    « Anglais S2 » (the code in brackets is the university's habit, not part of the title)."""
    m = _CODE_FIRST.match(fullname)
    if m and m.group(1).strip().upper() == idnumber.strip().upper():
        return fullname[m.end():].strip()
    return fullname.strip()


_CODE_FIRST = re.compile(r"^\s*[(\[]\s*([^)\]]+?)\s*[)\]]\s*(?:[-–:]\s*)?")


@dataclass(frozen=True)
class CatalogueState:
    """The catalogue a process reads with, where it comes from and when it was loaded."""
    catalogue: Catalogue | None
    source: str                       # live | saved | none
    loaded_at: datetime | None        # when REFER and Moodle answered (UTC)

    def describe(self, now: datetime | None = None) -> str:
        """In French, for `triage doctor` and the Santé panel."""
        if self.catalogue is None or self.loaded_at is None:
            return "aucun catalogue : les codes sont lus par leur forme et leur contexte seuls"
        when = f"le {self.loaded_at.astimezone():%d/%m/%Y à %H:%M} ({age(self.loaded_at, now)})"
        count = counted(self.catalogue)
        if self.source == LIVE:
            return f"en direct : chargé de REFER et Moodle {when}, {count}"
        return f"copie enregistrée {when}, {count}"


def counted(catalogue: Catalogue) -> str:
    """« 31 413 codes, dont 30 782 avec un libellé »: without labels, groups and étapes named in
    words are not completed (the DSI admin sees it in `triage doctor` and the Santé panel)."""
    def number(n: int) -> str:
        return f"{n:,}".replace(",", "\u202f")
    if not catalogue.labels:
        return f"{number(len(catalogue))} codes, sans libellé"
    return f"{number(len(catalogue))} codes, dont {number(len(catalogue.labels))} avec un libellé"


def age(when: datetime, now: datetime | None = None) -> str:
    """« il y a 3 h » (minutes under an hour, days past two)."""
    seconds = max(0.0, ((now or datetime.now(timezone.utc)) - when).total_seconds())
    if seconds < 3600:
        return f"il y a {int(seconds // 60)} min"
    if seconds < 48 * 3600:
        return f"il y a {int(seconds // 3600)} h"
    return f"il y a {int(seconds // 86400)} jours"


def fingerprint(refer_url: str, moodle_url: str, prefix: str) -> str:
    """Which sources a saved catalogue came from (URLs without their password, hashed): a copy
    saved from other sources (a test REFER, another Moodle) is not theirs to stand in for."""
    def bare(url: str) -> str:
        try:
            return make_url(url).render_as_string(hide_password=True) if url else ""
        except ArgumentError:
            return url
    text = "\n".join((bare(refer_url), bare(moodle_url), prefix))
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def save(path: Path, catalogue: Catalogue, loaded_at: datetime, sources: str) -> None:
    """Write the catalogue atomically (a temporary file in the same folder, then a rename):
    a reader never sees half a file, a crash leaves the previous copy whole."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {"format": SAVED_FORMAT, "loaded_at": loaded_at.isoformat(timespec="seconds"),
            "sources": sources, "codes": sorted(catalogue.codes),
            "labels": dict(sorted(catalogue.labels.items())), "etapes": sorted(catalogue.etapes)}
    fd, tmp = tempfile.mkstemp(prefix=".catalogue-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(data, f, separators=(",", ":"))
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def read_saved(path: Path, sources: str) -> CatalogueState:
    """The catalogue saved at `path` by a process reading the same sources; state `none` when
    there is none, it is unreadable or it came from other sources (logged, never raised)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("format") != SAVED_FORMAT or not isinstance(data.get("codes"), list):
            raise ValueError("not a saved catalogue")
        if data.get("sources") != sources:
            log.info("saved code catalogue %s comes from other sources: not used", path)
            return CatalogueState(None, NONE, None)
        loaded_at = datetime.fromisoformat(data["loaded_at"])
    except FileNotFoundError:
        return CatalogueState(None, NONE, None)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.warning("saved code catalogue %s unreadable (%s): not used", path, type(exc).__name__)
        return CatalogueState(None, NONE, None)
    # a copy saved before labels were kept has none: its codes read as they always did
    labels = data.get("labels")
    labels = {str(k): v for k, v in labels.items()} if isinstance(labels, dict) else {}
    etapes = data.get("etapes")
    etapes = [str(c) for c in etapes] if isinstance(etapes, list) else []
    return CatalogueState(Catalogue.of((str(c) for c in data["codes"]), labels, etapes), SAVED,
                          loaded_at)


def saved_state(settings: SourceSettings) -> CatalogueState:
    """The catalogue the processes reading these sources last saved (state `saved`), for a
    process that does not load one itself (the web panel)."""
    if not settings.catalogue_file:
        return CatalogueState(None, NONE, None)
    return read_saved(Path(settings.catalogue_file),
                      fingerprint(settings.refer_url, settings.moodle_url, settings.moodle_prefix))


def saved_summary(state: CatalogueState, refresh_s: float,
                  now: datetime | None = None) -> tuple[str, bool]:
    """(French sentence, stale) for the Santé panel: a copy younger than a refresh period and a
    retry is the one the workers keep refreshing; an older one means REFER or Moodle has not
    answered since, and the workers read codes with that copy."""
    if state.catalogue is None or state.loaded_at is None:
        return ("aucun catalogue enregistré : les codes sont lus par leur forme et leur contexte "
                "seuls (REFER et Moodle n'ont encore jamais répondu, ou ne sont pas configurés)",
                True)
    now = now or datetime.now(timezone.utc)
    when = f"le {state.loaded_at.astimezone():%d/%m/%Y à %H:%M} ({age(state.loaded_at, now)})"
    count = counted(state.catalogue)
    if (now - state.loaded_at).total_seconds() <= refresh_s + 2 * RETRY_S:
        return f"à jour : chargé de REFER et Moodle {when}, {count}", False
    return (f"copie enregistrée {when}, {count} : REFER ou Moodle n'a pas répondu depuis, "
            "les codes sont lus avec cette copie", True)


class CatalogueCache:
    """The last catalogue read, reloaded when older than `refresh_s`, saved to `saved_path`."""

    def __init__(self, refresh_s: float = DEFAULT_REFRESH_S, saved_path: str = "",
                 sources: str = ""):
        self.refresh_s = refresh_s
        self.saved_path = Path(saved_path) if saved_path else None
        self.sources = sources
        self.state = CatalogueState(None, NONE, None)
        self.next_load = 0.0

    @property
    def catalogue(self) -> Catalogue | None:
        return self.state.catalogue

    def get(self, src: Sources) -> Catalogue | None:
        """The catalogue, loading it when due; None until a load succeeded or a copy was read."""
        return self.current(src).catalogue

    def current(self, src: Sources) -> CatalogueState:
        """The catalogue with its source and load time, loading it when due."""
        now = time.monotonic()
        if now < self.next_load:
            return self.state
        try:
            catalogue = load(src)
        except (SQLAlchemyError, OSError, SourceDataError) as exc:
            self.next_load = now + RETRY_S
            if self.state.catalogue is None and self.saved_path is not None:
                # A start during an outage: the last good catalogue rather than none.
                self.state = read_saved(self.saved_path, self.sources)
            log.warning("code catalogue not refreshed (%s): reading with %s", type(exc).__name__,
                        {LIVE: "the previous one", SAVED: "the saved copy"}.get(
                            self.state.source, "shape and context alone"))
            return self.state
        self.state = CatalogueState(catalogue, LIVE, datetime.now(timezone.utc))
        self.next_load = now + self.refresh_s
        log.info("code catalogue loaded: %d codes", len(catalogue))
        if self.saved_path is not None and catalogue:
            try:
                save(self.saved_path, catalogue, self.state.loaded_at or datetime.now(timezone.utc),
                     self.sources)
            except OSError as exc:
                log.warning("code catalogue not saved to %s (%s)", self.saved_path,
                            type(exc).__name__)
        return self.state
