"""The code catalogue: every ELP and étape code REFER knows and every Moodle course idnumber.

Loaded once, kept in memory (14,000 codes is small) and refreshed on a schedule; the reader
receives it as data (`triage.catalogue.Catalogue`). A source that is down leaves the
previous catalogue in place (or none: the reader then recognises codes by shape and context).
"""
from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING

from sqlalchemy.exc import SQLAlchemyError

from triage.catalogue import Catalogue
from triage.sources.db import SourceDataError, run

if TYPE_CHECKING:
    from triage.sources import Sources

log = logging.getLogger(__name__)
# Codes change with the nightly APOGÉE work: a few hours old is fresh enough.
DEFAULT_REFRESH_S = 6 * 3600.0
# After a failed load, try again sooner than a full period.
RETRY_S = 300.0


def load(src: Sources) -> Catalogue:
    """Read every code from the configured sources (raises when a source is down)."""
    codes: list[str] = []
    if src.refer is not None:
        with src.refer.connect() as conn:
            codes += [r["code"] for r in run(conn, src.queries["refer_catalogue"])]
    if src.moodle is not None:
        with src.moodle.connect() as conn:
            codes += [r["idnumber"] for r in run(conn, src.queries["moodle_course_idnumbers"],
                                                 src.settings.moodle_prefix)]
    return Catalogue.of(codes)


class CatalogueCache:
    """The last catalogue read, reloaded when older than `refresh_s`."""

    def __init__(self, refresh_s: float = DEFAULT_REFRESH_S):
        self.refresh_s = refresh_s
        self.catalogue: Catalogue | None = None
        self.next_load = 0.0

    def get(self, src: Sources) -> Catalogue | None:
        """The catalogue, loading it when due; None until a first load succeeded."""
        now = time.monotonic()
        if now >= self.next_load:
            try:
                self.catalogue = load(src)
                self.next_load = now + self.refresh_s
                log.info("code catalogue loaded: %d codes", len(self.catalogue))
            except (SQLAlchemyError, OSError, SourceDataError) as exc:
                # Keep the previous catalogue: codes change slowly, reading goes on.
                log.warning("code catalogue not refreshed (%s): keeping %s", type(exc).__name__,
                            "the previous one" if self.catalogue else "shape-based reading")
                self.next_load = now + RETRY_S
        return self.catalogue
