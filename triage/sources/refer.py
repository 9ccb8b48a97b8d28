"""REFER (the DSI's Oracle copy of APOGÉE and ADE): student and element facts, one query per view.

Rows come typed from `triage.sources.db.run` (codes as text, dates aware, flags as booleans):
nothing here knows a driver's types.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Connection

from triage.facts import (AdminEnrolment, ElementFacts, Exchange, Group, Planning,
                          StudentElement, StudentFacts)
from triage.sources.db import latest, run
from triage.sources.queries import NamedQuery

Rows = Callable[..., list[dict]]   # a named query's rows: rows(name, **binds)

_EAD = re.compile(r"(^|[^A-Z])EAD([^A-Z]|$)")
# APOGÉE keeps no period for an exchange: its label says it ("Eras+ D>S2", "… Départ An").
_PERIOD = re.compile(r"(?:^|[^A-Z0-9])(AN|S1|S2)\s*$", re.IGNORECASE)


def is_foad(label: str) -> bool:
    """A distance group: its label or code is at least partly "CEMU" or "EAD"."""
    up = (label or "").upper()
    return "CEMU" in up or bool(_EAD.search(up))


def period_of(*labels: str | None) -> str:
    """AN, S1 or S2 from the end of an exchange programme's label ("" when none says)."""
    for label in labels:
        m = _PERIOD.search(label or "")
        if m:
            return m.group(1).upper()
    return ""


def students(conn: Connection, q: dict[str, NamedQuery], numbers: list[str], year: str,
             tz: ZoneInfo) -> dict[str, StudentFacts]:
    """Facts about the cited students: IA, exchange, IPs, groups and ADE rows of the year."""
    out = {n: StudentFacts(number=n) for n in numbers}
    if not numbers:
        return out
    # COD_ETU is a NUMBER: "01234567" comes back as "1234567". Map answers to numbers as cited.
    as_cited = {n.lstrip("0") or "0": n for n in numbers if n.isdigit()}

    def mine(rows: list[dict]) -> list[dict]:
        kept = []
        for r in rows:
            number = as_cited.get(r.get("cod_etu") or "")
            if number is not None:
                kept.append({**r, "cod_etu": number})
        return kept

    def rows(name: str, **params: Any) -> list[dict]:
        return mine(run(conn, q[name], tz=tz, numbers=numbers, **params))

    for r in rows("refer_students"):
        out[r["cod_etu"]].found = True
    for r in rows("refer_admin_enrolments", year=year):
        s = out[r["cod_etu"]]
        ia = AdminEnrolment(etape=r["cod_etp"] or "", version=r["cod_vrs_vet"] or "",
                            year=r["cod_anu"] or "", status=r["eta_iae"] or "E",
                            tele=bool(r["tem_tls_iae"]), composante=r["cod_cmp"] or "",
                            composante_label=r["lib_cmp"] or "",
                            modified=r["dat_mod_iae"])
        s.enrolments.append(ia)
        s.modified = latest(s.modified, ia.modified)
    for r in rows("refer_exchanges", year=year):
        out[r["cod_etu"]].exchange = _exchange(r)
    _student_elements(rows, out, year)
    return out


def _exchange(r: dict) -> Exchange:
    # TEM_SNS_PRG: A = accueil (incoming); the departure letter is D (E seen too).
    direction = "accueil" if (r["tem_sns_prg"] or "").upper() == "A" else "depart"
    return Exchange(programme=r["cod_prg"] or "", label=r["lib_prg"] or "", direction=direction,
                    period=period_of(r["lic_prg"], r["lib_prg"]), short_label=r["lic_prg"] or "")


def _student_elements(rows: Rows, out: dict[str, StudentFacts], year: str) -> None:
    def element(number: str, code: str) -> StudentElement:
        return out[number].elements.setdefault(code, StudentElement(code=code))

    for r in rows("refer_pedagogic_enrolments", year=year):
        if r["tem_prc_ice"]:          # acquired in an earlier year: not followed, no IP to make
            out[r["cod_etu"]].acquired.append(r["cod_elp"])
            continue
        se = element(r["cod_etu"], r["cod_elp"])
        se.has_ip = True
        se.modified = latest(se.modified, r["dat_mod_ice"])
        out[r["cod_etu"]].modified = latest(out[r["cod_etu"]].modified, r["dat_mod_ice"])
    for r in rows("refer_student_groups", year=year):
        se = element(r["cod_etu"], r["cod_elp"])
        if r["cod_ext_gpe"] and r["cod_ext_gpe"] not in se.groups:
            se.groups.append(r["cod_ext_gpe"])
    for r in rows("refer_student_ade"):
        se = element(r["cod_etu"], r["cod_elp"])
        se.distant = bool(se.distant) or bool(r["distant"])
        group = r["idgroupe"]
        if group and group not in se.ade_groups:
            se.ade_groups.append(group)
        if group and group not in se.groups:   # the ELP_ pseudo-group only shows up here
            se.groups.append(group)


def elements(conn: Connection, q: dict[str, NamedQuery], codes: list[str], year: str,
             tz: ZoneInfo) -> dict[str, ElementFacts]:
    """Facts about elements (or étapes): modelling, groups, collections, porteur/porté, ADE."""
    out = {c: ElementFacts(code=c) for c in codes}
    if not codes:
        return out

    def rows(name: str, column: str = "cod_elp", **params: Any) -> list[dict]:
        return _mine(run(conn, q[name], tz=tz, **params), column, out)

    for r in rows("refer_elements", codes=codes):
        e = out[r["cod_elp"]]
        e.exists, e.label, e.status = True, r["lib_elp"] or "", r["eta_elp"] or ""
        e.suspended, e.suspension_reason = bool(r["tem_sus_elp"]), r["lib_sus_elp"] or ""
        e.composante, e.composante_label = r["cod_cmp"] or "", r["lib_cmp"] or ""
        e.modified = latest(e.modified, r["dat_mod_elp"])
    unknown = [c for c in codes if not out[c].exists]
    for r in rows("refer_etapes", "cod_etp", codes=unknown) if unknown else ():
        e = out[r["cod_etp"]]
        if not e.exists:        # one row per version: the first one's composante
            e.exists, e.kind, e.label, e.status = True, "etape", r["lib_etp"] or "", "O"
            e.composante, e.composante_label = r["cod_cmp"] or "", r["lib_cmp"] or ""
    for r in rows("refer_charges", codes=codes, year=year):
        out[r["cod_elp"]].has_charges = True
    for r in rows("refer_element_ips", codes=codes, year=year):
        out[r["cod_elp"]].ips = r["ips"] or 0
    _groups(rows, out, codes, year)
    _links(conn, q, out, codes, year, tz)
    return out


def _groups(rows: Rows, out: dict[str, ElementFacts], codes: list[str], year: str) -> None:
    for r in rows("refer_element_groups", codes=codes, year=year):
        e, code, label = out[r["cod_elp"]], r["cod_ext_gpe"] or "", r["lib_gpe"] or ""
        if code and all(g.code != code for g in e.groups):
            e.groups.append(Group(code=code, label=label, collection=r["cod_col"] or "",
                                  foad=is_foad(label) or is_foad(code)))
    for r in rows("refer_ade_activities", codes=codes):
        e = out[r["cod_elp"]]
        e.a_distance = bool(e.a_distance) or bool(r["a_distance"])
        code = r["idgroupe"]
        if code and all(g.code != code for g in e.groups):
            e.groups.append(Group(code=code, label=code, pseudo=code.upper().startswith("ELP_"),
                                  foad=is_foad(code)))


def _links(conn: Connection, q: dict[str, NamedQuery], out: dict[str, ElementFacts],
           codes: list[str], year: str, tz: ZoneInfo) -> None:
    on: dict[str, list[ElementFacts]] = {}        # collection -> elements with a group in it
    for e in out.values():
        for col in dict.fromkeys(g.collection for g in e.groups if g.collection):
            on.setdefault(col, []).append(e)
    for r in run(conn, q["refer_collections"], tz=tz, codes=codes, year=year):
        for e in on.get(r["cod_col"], ()):
            elps = e.collections.setdefault(r["cod_col"], [])
            if r["cod_elp"] not in elps:
                elps.append(r["cod_elp"])
    for r in run(conn, q["refer_porteur_porte"], tz=tz, codes=codes, year=year):
        if r["cod_elp_porte"] in out:
            out[r["cod_elp_porte"]].porteur = r["cod_elp_porteur"]
        if r["cod_elp_porteur"] in out and r["cod_elp_porte"] not in out[r["cod_elp_porteur"]].portes:
            out[r["cod_elp_porteur"]].portes.append(r["cod_elp_porte"])
    previous = str(int(year) - 1) if year.isdigit() else year
    for r in run(conn, q["refer_plannings"], tz=tz, codes=codes, year=year, previous=previous):
        owner = r["cod_elp"] if r["cod_elp"] in out else r["code_fiche"]
        if owner not in out:
            continue
        when = r["dat_seance"]
        out[owner].plannings.append(Planning(
            elp=r["cod_elp"] or "", group=r["idgroupe"] or "", teacher=r["login_ens"] or "",
            day=when.date() if when else None, scheduled=bool(r["tem_planifie"]),
            academic_year=r["cod_anu"] or ""))


def _mine(rows: list[dict], column: str, out: dict) -> list[dict]:
    """Rows about the entities asked for (an override may return others: ignore them)."""
    return [r for r in rows if r.get(column) in out]
