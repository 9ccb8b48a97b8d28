"""What exists, for the scan to cut into batches: this year's IPs, every element, the ADE-only
fiches, the porteur/porté pairs and every course. Neutral facts: no situation is judged here."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from triage.sources.db import run
from triage.sources.gather import DOWN, _switch, academic_year, current_year

if TYPE_CHECKING:
    from triage.sources import Sources


@dataclass
class Inventory:
    year: str
    ips: list[tuple[str, str, str]] = field(default_factory=list)   # (étape, element, student)
    codes: list[str] = field(default_factory=list)       # every element
    fiches: list[str] = field(default_factory=list)      # ADE fiches tied to no element
    pairs: list[tuple[str, str]] = field(default_factory=list)      # (porteur, porté)
    courses: list[tuple[int, str]] = field(default_factory=list)    # (course id, idnumber)
    skipped: list[str] = field(default_factory=list)     # sources not configured or down


def inventory(src: Sources, now: datetime) -> Inventory:
    """Read the inventory as of `now` (local time); a source not configured or down is listed
    in `skipped`."""
    out = Inventory(academic_year(now, _switch(src)))
    q = src.queries
    if src.refer is None:
        out.skipped.append("refer")
    else:
        try:
            with src.refer.connect() as conn:
                out.year = year = current_year(src, lambda: conn, now)
                out.ips = [(r["cod_etp"] or "", r["cod_elp"], r["cod_etu"])
                           for r in run(conn, q["scan_refer_ips"], year=year)]
                # The elements of the code catalogue's query (triage/sources/catalogue.py).
                out.codes = [r["code"] for r in run(conn, q["refer_catalogue"])
                             if r["kind"] == "element"]
                out.fiches = [r["code_fiche"] for r in run(conn, q["scan_refer_fiches"], year=year)]
                out.pairs = [(r["cod_elp_porteur"], r["cod_elp_porte"])
                             for r in run(conn, q["scan_refer_pairs"], year=year)]
        except DOWN:
            out.skipped.append("refer")
    if src.moodle is None:
        out.skipped.append("moodle")
    else:
        try:
            with src.moodle.connect() as conn:
                out.courses = [(int(r["id"]), r["idnumber"] or "") for r in
                               run(conn, q["scan_moodle_courses"], src.settings.moodle_prefix)]
        except DOWN:
            out.skipped.append("moodle")
    return out
