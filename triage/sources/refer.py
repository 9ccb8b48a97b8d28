"""REFER (the DSI's Oracle copy of APOGÉE and ADE): student and element facts, one query per view."""
from __future__ import annotations

import re
from zoneinfo import ZoneInfo

from sqlalchemy import Connection

from triage.facts import (AdminEnrolment, ElementFacts, Exchange, Group, Planning,
                          StudentElement, StudentFacts)
from triage.sources.db import as_datetime, flag, latest, run
from triage.sources.queries import NamedQuery

_EAD = re.compile(r"(^|[^A-Z])EAD([^A-Z]|$)")
_PERIODS = {"S1": "S1", "S2": "S2", "AN": "AN"}


def is_foad(label: str) -> bool:
    """A distance group: its label or code is at least partly "CEMU" or "EAD"."""
    up = (label or "").upper()
    return "CEMU" in up or bool(_EAD.search(up))


def students(conn: Connection, q: dict[str, NamedQuery], numbers: list[str], year: str,
             tz: ZoneInfo) -> dict[str, StudentFacts]:
    """Facts about the cited students: IA, exchange, IPs, groups and ADE rows of the year."""
    out = {n: StudentFacts(number=n) for n in numbers}
    if not numbers:
        return out
    for r in _mine(run(conn, q["refer_students"], numbers=numbers), "cod_etu", out):
        out[r["cod_etu"]].found = True
    for r in _mine(run(conn, q["refer_admin_enrolments"], numbers=numbers), "cod_etu", out):
        s = out[r["cod_etu"]]
        ia = AdminEnrolment(etape=r["cod_etp"], version=r["cod_vrs_vet"] or "",
                            year=r["cod_anu"] or "", status=r["eta_iae"] or "E",
                            tele=flag(r["tem_tele_ens"]),
                            modified=as_datetime(r["dat_mod_iae"], tz))
        s.enrolments.append(ia)
        s.modified = latest(s.modified, ia.modified)
    for r in _mine(run(conn, q["refer_exchanges"], numbers=numbers, year=year), "cod_etu", out):
        out[r["cod_etu"]].exchange = _exchange(r)
    _student_elements(conn, q, out, numbers, year, tz)
    return out


def _exchange(r: dict) -> Exchange:
    direction = "depart" if (r["tem_sns_prg"] or "").upper() in ("D", "E") else "accueil"
    return Exchange(programme=r["cod_prg"], label=r["lib_prg"] or "", direction=direction,
                    period=_PERIODS.get((r["cod_per_prg"] or "").upper(), ""),
                    short_label=r["lic_prg"] or "")


def _student_elements(conn, q, out: dict[str, StudentFacts], numbers, year, tz) -> None:
    def element(number: str, code: str) -> StudentElement:
        return out[number].elements.setdefault(code, StudentElement(code=code))

    def touch(number: str, se: StudentElement, when) -> None:
        se.modified = latest(se.modified, when)
        out[number].modified = latest(out[number].modified, when)

    for r in _mine(run(conn, q["refer_pedagogic_enrolments"], numbers=numbers, year=year),
                   "cod_etu", out):
        se = element(r["cod_etu"], r["cod_elp"])
        se.has_ip = True
        touch(r["cod_etu"], se, as_datetime(r["dat_mod_ice"], tz))
    for r in _mine(run(conn, q["refer_student_groups"], numbers=numbers, year=year),
                   "cod_etu", out):
        se = element(r["cod_etu"], r["cod_elp"])
        if r["cod_gpe"] not in se.groups:
            se.groups.append(r["cod_gpe"])
        touch(r["cod_etu"], se, as_datetime(r["dat_mod_aff"], tz))
    for r in _mine(run(conn, q["refer_student_ade"], numbers=numbers), "cod_etu", out):
        se = element(r["cod_etu"], r["cod_elp"])
        se.distant = bool(se.distant) or flag(r["distant"])
        group = r["idgroupe"]
        if group and group not in se.ade_groups:
            se.ade_groups.append(group)
        if group and group not in se.groups:   # the ELP_ pseudo-group only shows up here
            se.groups.append(group)
        touch(r["cod_etu"], se, as_datetime(r["dat_mod"], tz))


def elements(conn: Connection, q: dict[str, NamedQuery], codes: list[str],
             tz: ZoneInfo) -> dict[str, ElementFacts]:
    """Facts about elements (or étapes): modelling, groups, collections, porteur/porté, ADE."""
    out = {c: ElementFacts(code=c) for c in codes}
    if not codes:
        return out
    for r in _mine(run(conn, q["refer_elements"], codes=codes), "cod_elp", out):
        e = out[r["cod_elp"]]
        e.exists, e.label, e.status = True, r["lib_elp"] or "", r["eta_elp"] or ""
        e.suspended, e.suspension_reason = flag(r["tem_sus_elp"]), r["lib_sus_elp"] or ""
        e.composante, e.composante_label = r["cod_cmp"] or "", r["lib_cmp"] or ""
        e.modified = latest(e.modified, as_datetime(r["dat_mod_elp"], tz))
    for r in _mine(run(conn, q["refer_etapes"], codes=[c for c in codes if not out[c].exists]),
                   "cod_etp", out):
        e = out[r["cod_etp"]]
        e.exists, e.kind, e.label, e.status = True, "etape", r["lib_etp"] or "", "O"
        e.composante, e.composante_label = r["cod_cmp"] or "", r["lib_cmp"] or ""
    for r in _mine(run(conn, q["refer_charges"], codes=codes), "cod_elp", out):
        out[r["cod_elp"]].has_charges = True
    _groups(conn, q, out, codes, tz)
    _links(conn, q, out, codes, tz)
    return out


def _groups(conn, q, out: dict[str, ElementFacts], codes, tz) -> None:
    for r in _mine(run(conn, q["refer_element_groups"], codes=codes), "cod_elp", out):
        e = out[r["cod_elp"]]
        label = r["lib_gpe"] or ""
        e.groups.append(Group(code=r["cod_gpe"], label=label, collection=r["cod_col"] or "",
                              foad=is_foad(label) or is_foad(r["cod_gpe"])))
        e.modified = latest(e.modified, as_datetime(r["dat_mod_gpe"], tz))
    for r in _mine(run(conn, q["refer_ade_activities"], codes=codes), "cod_elp", out):
        e = out[r["cod_elp"]]
        e.a_distance = bool(e.a_distance) or flag(r["a_distance"])
        code = r["idgroupe"]
        if code and all(g.code != code for g in e.groups):
            label = r["lib_groupe"] or ""
            e.groups.append(Group(code=code, label=label, pseudo=code.upper().startswith("ELP_"),
                                  foad=is_foad(label) or is_foad(code)))


def _links(conn, q, out: dict[str, ElementFacts], codes, tz) -> None:
    on: dict[str, list[ElementFacts]] = {}        # collection -> elements with a group in it
    for e in out.values():
        for col in dict.fromkeys(g.collection for g in e.groups if g.collection):
            on.setdefault(col, []).append(e)
    for r in run(conn, q["refer_collections"], codes=codes):
        for e in on.get(r["cod_col"], ()):
            elps = e.collections.setdefault(r["cod_col"], [])
            if r["cod_elp"] not in elps:
                elps.append(r["cod_elp"])
    for r in run(conn, q["refer_porteur_porte"], codes=codes):
        if r["cod_elp_porte"] in out:
            out[r["cod_elp_porte"]].porteur = r["cod_elp_porteur"]
        if r["cod_elp_porteur"] in out:
            out[r["cod_elp_porteur"]].portes.append(r["cod_elp_porte"])
    for r in run(conn, q["refer_plannings"], codes=codes):
        owner = r["cod_elp"] if r["cod_elp"] in out else r["code_fiche"]
        if owner not in out:
            continue
        when = as_datetime(r["dat_seance"], tz)
        out[owner].plannings.append(Planning(
            elp=r["cod_elp"] or "", group=r["idgroupe"] or "", teacher=r["login_ens"] or "",
            day=when.date() if when else None, scheduled=flag(r["tem_planifie"]),
            academic_year=r["cod_anu"] or ""))


def _mine(rows: list[dict], column: str, out: dict) -> list[dict]:
    """Rows about the entities asked for (an override may return others: ignore them)."""
    return [r for r in rows if r.get(column) in out]
