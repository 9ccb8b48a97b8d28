"""Schemas of the demo REFER and Moodle databases (docs/refer-contract.md, moodle-contract.md).

Moodle: Moodle's own DDL (moodle_schema_sqlite.sql, moodle_schema_postgresql.sql: Moodle 4.4's
lib/db/install.xml, see their header), every column and default as Moodle creates them; the
generator writes the columns of MOODLE_COLUMNS and Moodle's defaults fill the rest.

REFER: APOGÉE's real table and column names and types, as public integrations read them
(/work/shared/apogee: NUMBER keys as integers, codes as text, DATEs), UNICAEN's T_ADE_* views
with the FAQ's columns, and our V_ADE_PLANNING. Only the columns the bot reads, plus a few that
make the data recognisable; lengths as seen where the sources give them, wider where the demo's
codes need it. Column order is the tuple order the generator writes.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Column, DateTime, Index, Integer, MetaData, String, Table

HERE = Path(__file__).parent
MOODLE_DDL = {"sqlite": HERE / "moodle_schema_sqlite.sql",
              "postgresql": HERE / "moodle_schema_postgresql.sql"}
REFER = MetaData()


def _s(name: str, n: int = 30, **kw: Any) -> Column:
    return Column(name, String(n), **kw)


def _n(name: str, **kw: Any) -> Column:
    """An Oracle NUMBER without decimals: an integer for every driver."""
    return Column(name, Integer, **kw)


def _d(name: str) -> Column:
    """An Oracle DATE: date and time to the second, no time zone."""
    return Column(name, DateTime)


def _refer(name: str, *cols: Column, indexes: tuple = ()) -> Table:
    # Lower case in SQLAlchemy = unquoted in DDL: Oracle folds to APOGÉE's upper-case names,
    # PostgreSQL to lower case, and the queries' unquoted names match both.
    for col in cols:
        col.name = col.key = col.name.lower()
    table = Table(name.lower(), REFER, *cols)
    for i, idx in enumerate(indexes):
        Index(f"ix_{name.lower()}_{i}", *[table.c[c.lower()] for c in idx])
    return table


# APOGÉE
_refer("ANNEE_UNI", _s("COD_ANU", 4, primary_key=True), _s("ETA_ANU_IAE", 1))
_refer("COMPOSANTE", _s("COD_CMP", 3, primary_key=True), _s("LIB_CMP", 80), _s("LIC_CMP", 10))
_refer("ETAPE", _s("COD_ETP", 12, primary_key=True), _s("LIB_ETP", 60), _s("LIC_ETP", 25))
_refer("VERSION_ETAPE", _s("COD_ETP", 12), _n("COD_VRS_VET"), _s("COD_CMP", 3),
       _s("LIB_WEB_VET", 120), _s("TEM_TLS_VET", 1), indexes=(("COD_ETP",),))
_refer("ELEMENT_PEDAGOGI", _s("COD_ELP", 8, primary_key=True), _s("LIB_ELP", 60),
       _s("LIC_ELP", 25), _s("ETA_ELP", 1), _s("TEM_SUS_ELP", 1), _s("LIB_SUS_ELP", 40),
       _s("COD_CMP", 3), _d("DAT_CRE_ELP"), _d("DAT_MOD_ELP"))
_refer("ELP_CHG_TYP_HEU", _s("COD_ANU", 4), _s("COD_ELP", 8), _s("COD_TYP_HEU", 6),
       _n("NBR_HEU_ELP"), indexes=(("COD_ELP",),))
_refer("GROUPE", _n("COD_GPE", primary_key=True), _s("COD_EXT_GPE", 20), _s("LIB_GPE", 40),
       _s("COD_COL", 20), _s("DAA_DEB_VAL_GPE", 4), _s("DAA_FIN_VAL_GPE", 4),
       indexes=(("COD_EXT_GPE",), ("COD_COL",)))
_refer("GPE_OBJ", _n("COD_GPO", primary_key=True), _n("COD_GPE"), _s("TYP_OBJ_GPO", 3),
       _s("COD_ELP", 8), _s("COD_ETP", 12), _n("COD_VRS_VET"),
       indexes=(("COD_ELP",), ("COD_GPE",)))
_refer("ELP_PORTEUR_PORTE", _s("COD_ANU", 4), _s("COD_ELP_PORTEUR", 8), _s("COD_ELP_PORTE", 8),
       indexes=(("COD_ELP_PORTEUR",), ("COD_ELP_PORTE",)))
_refer("INDIVIDU", _n("COD_IND", primary_key=True), _n("COD_ETU"), _d("DAT_MOD_IND"),
       indexes=(("COD_ETU",),))
_refer("PRG_ECHANGE", _s("COD_PRG", 4), _s("TEM_SNS_PRG", 1), _s("LIB_PRG", 25),
       _s("LIC_PRG", 10), _s("TEM_EN_SVE_PRG", 1))
_refer("INS_ADM_ANU", _s("COD_ANU", 4), _n("COD_IND"), _s("ETA_IAA", 1), _s("COD_PRG", 4),
       _s("TEM_SNS_PRG", 1), indexes=(("COD_IND",),))
_refer("INS_ADM_ETP", _s("COD_ANU", 4), _n("COD_IND"), _s("COD_ETP", 12), _n("COD_VRS_VET"),
       _n("NUM_OCC_IAE"), _s("ETA_IAE", 1), _s("ETA_PMT_IAE", 1), _s("TEM_IAE_PRM", 1),
       _s("TEM_TLS_IAE", 1), _s("COD_TLS", 2), _s("COD_CMP", 3), _d("DAT_CRE_IAE"),
       _d("DAT_MOD_IAE"), indexes=(("COD_IND",),))
_refer("IND_CONTRAT_ELP", _s("COD_ANU", 4), _n("COD_IND"), _s("COD_ETP", 12), _n("COD_VRS_VET"),
       _s("COD_ELP", 8), _s("TEM_PRC_ICE", 1), _d("DAT_MOD_ICE"),
       indexes=(("COD_IND",), ("COD_ELP",)))
_refer("IND_AFFECTE_GPE", _s("COD_ANU", 4), _n("COD_IND"), _n("COD_GPE"),
       indexes=(("COD_IND",), ("COD_GPE",)))
# UNICAEN's ADE export views (the FAQ's columns; the student key as INDIVIDU has it)
_refer("T_ADE_ACTIVITES", _s("COD_ELP", 8), _s("IDGROUPE", 30), _s("A_DISTANCE", 1),
       indexes=(("COD_ELP",),))
_refer("T_ADE_ACTIVITES_ETUDIANTS", _n("COD_ETU"), _s("COD_ELP", 8), _s("IDGROUPE", 30),
       _s("DISTANT", 1), indexes=(("COD_ETU",), ("COD_ELP",)))
# Ours: the view a DSI creates over ADE (docs/refer-contract.md)
_refer("V_ADE_PLANNING", _s("CODE_FICHE", 12), _s("COD_ELP", 8), _s("IDGROUPE", 30),
       _s("LOGIN_ENS", 30), _d("DAT_SEANCE"), _s("TEM_PLANIFIE", 1),
       _s("COD_ANU", 4), indexes=(("COD_ELP",), ("CODE_FICHE",)))

# The Moodle columns the generator writes, in tuple order (Moodle's defaults fill the others).
MOODLE_COLUMNS: dict[str, tuple[str, ...]] = {
    "mdl_config": ("id", "name", "value"),
    "mdl_config_plugins": ("id", "plugin", "name", "value"),
    "mdl_course_categories": ("id", "name", "idnumber", "parent", "path", "depth", "visible",
                              "visibleold"),
    "mdl_course": ("id", "category", "fullname", "shortname", "idnumber", "visible", "visibleold",
                   "startdate", "enddate", "timecreated", "timemodified"),
    "mdl_context": ("id", "contextlevel", "instanceid", "path", "depth"),
    "mdl_user": ("id", "auth", "confirmed", "mnethostid", "deleted", "suspended", "username",
                 "idnumber", "firstname", "lastname", "email", "timecreated"),
    "mdl_enrol": ("id", "enrol", "status", "courseid", "enrolenddate", "customint1", "roleid",
                  "timecreated", "timemodified"),
    "mdl_user_enrolments": ("id", "status", "enrolid", "userid", "timestart", "timeend",
                            "timecreated", "timemodified"),
    "mdl_role": ("id", "name", "shortname", "description", "sortorder", "archetype"),
    "mdl_role_assignments": ("id", "roleid", "contextid", "userid", "timemodified", "component",
                             "itemid"),
    "mdl_groups": ("id", "courseid", "idnumber", "name", "timecreated", "timemodified"),
    "mdl_cohort": ("id", "contextid", "name", "idnumber", "descriptionformat", "component",
                   "timecreated", "timemodified"),
    "mdl_task_scheduled": ("id", "component", "classname", "lastruntime", "nextruntime",
                           "minute", "hour", "day", "month", "dayofweek", "disabled"),
    "mdl_task_log": ("id", "type", "component", "classname", "userid", "timestart", "timeend",
                     "dbreads", "dbwrites", "result", "output", "hostname", "pid"),
}


def moodle_ddl(dialect: str) -> list[str]:
    """Moodle's CREATE statements for a dialect, one by one."""
    text = MOODLE_DDL[dialect].read_text(encoding="utf-8")
    body = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("--"))
    return [s.strip() for s in body.split(";") if s.strip()]
