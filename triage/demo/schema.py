"""Table definitions of the demo REFER and Moodle databases (docs/refer-contract.md, moodle-contract.md).

Only the columns the bot reads, plus a few that make the data recognisable. Names are APOGÉE's and
Moodle's own; the ones that are ours are marked in the contract documents. Column order here is the
tuple order the generator writes.
"""
from __future__ import annotations

from sqlalchemy import BigInteger, Column, DateTime, Index, Integer, MetaData, String, Table

REFER = MetaData()
MOODLE = MetaData()


def _s(name: str, n: int = 30, **kw) -> Column:
    return Column(name, String(n), **kw)


def _refer(name: str, *cols, indexes: tuple = ()) -> Table:
    # Lower case in SQLAlchemy = unquoted in DDL: Oracle folds to APOGÉE's upper-case names,
    # PostgreSQL to lower case, and the queries' unquoted names match both.
    for col in cols:
        col.name = col.key = col.name.lower()
    table = Table(name.lower(), REFER, *cols)
    for i, idx in enumerate(indexes):
        Index(f"ix_{name.lower()}_{i}", *[table.c[c.lower()] for c in idx])
    return table


_refer("COMPOSANTE", _s("COD_CMP", 5, primary_key=True), _s("LIB_CMP", 120))
_refer("ETAPE", _s("COD_ETP", 12, primary_key=True), _s("LIB_ETP", 120), _s("COD_CMP", 5),
       _s("TEM_TELE_ENS", 1))
_refer("ELEMENT_PEDAGOGI", _s("COD_ELP", 12, primary_key=True), _s("LIB_ELP", 120),
       _s("ETA_ELP", 1), _s("TEM_SUS_ELP", 1), _s("LIB_SUS_ELP", 120), _s("TEM_A_DIS_ELP", 1),
       _s("COD_CMP", 5), Column("DAT_MOD_ELP", DateTime))
_refer("ELP_CHG_TYP_HEU", _s("COD_ELP", 12), _s("COD_TYP_HEU", 5), Column("NBR_HEU_ELP", Integer),
       indexes=(("COD_ELP",),))
_refer("GROUPE", _s("COD_GPE", 20, primary_key=True), _s("LIB_GPE", 120),
       Column("DAT_MOD_GPE", DateTime))
_refer("GPE_OBJ", _s("COD_GPE", 20), _s("COD_COL", 20), _s("COD_ELP", 12), _s("TYP_OBJ_GPE", 5),
       indexes=(("COD_ELP",), ("COD_COL",), ("COD_GPE",)))
_refer("ELP_PORTEUR_PORTE", _s("COD_ELP_PORTEUR", 12), _s("COD_ELP_PORTE", 12),
       indexes=(("COD_ELP_PORTEUR",), ("COD_ELP_PORTE",)))
_refer("INDIVIDU", Column("COD_IND", Integer, primary_key=True), _s("COD_ETU", 8),
       indexes=(("COD_ETU",),))
_refer("INS_ADM_ETP", _s("COD_ANU", 4), Column("COD_IND", Integer), _s("COD_ETP", 12),
       _s("COD_VRS_VET", 3), _s("ETA_IAE", 1), _s("TEM_TELE_ENS", 1),
       Column("DAT_MOD_IAE", DateTime), indexes=(("COD_IND",),))
_refer("PRG_ECHANGE", _s("COD_PRG", 4), _s("TEM_SNS_PRG", 1), _s("LIC_PRG", 20),
       _s("LIB_PRG", 60), _s("COD_PER_PRG", 2))
_refer("INS_ADM_ANU", _s("COD_ANU", 4), Column("COD_IND", Integer), _s("COD_PRG", 4),
       _s("TEM_SNS_PRG", 1), indexes=(("COD_IND",),))
_refer("IND_CONTRAT_ELP", Column("COD_IND", Integer), _s("COD_ELP", 12), _s("COD_ANU", 4),
       Column("DAT_MOD_ICE", DateTime), indexes=(("COD_IND",), ("COD_ELP",)))
_refer("IND_AFFECTE_GPE", Column("COD_IND", Integer), _s("COD_GPE", 20), _s("COD_ANU", 4),
       Column("DAT_MOD_AFF", DateTime), indexes=(("COD_IND",), ("COD_GPE",)))
_refer("T_ADE_ACTIVITES", _s("COD_ELP", 12), _s("IDGROUPE", 30), _s("LIB_GROUPE", 120),
       _s("A_DISTANCE", 1), indexes=(("COD_ELP",),))
_refer("T_ADE_ACTIVITES_ETUDIANTS", _s("COD_ETU", 8), _s("COD_ELP", 12), _s("IDGROUPE", 30),
       _s("DISTANT", 1), Column("DAT_MOD", DateTime), indexes=(("COD_ETU",), ("COD_ELP",)))
_refer("V_ADE_PLANNING", _s("CODE_FICHE", 12), _s("COD_ELP", 12), _s("IDGROUPE", 30),
       _s("LOGIN_ENS", 30), Column("DAT_SEANCE", DateTime), _s("TEM_PLANIFIE", 1),
       _s("COD_ANU", 4), indexes=(("COD_ELP",), ("CODE_FICHE",)))


def _id() -> Column:
    return Column("id", BigInteger, primary_key=True)


def _moodle(name: str, *cols, indexes: tuple = ()) -> Table:
    table = Table(f"mdl_{name}", MOODLE, _id(), *cols)
    for i, idx in enumerate(indexes):
        Index(f"ix_mdl_{name}_{i}", *[table.c[c] for c in idx])
    return table


def _i(name: str) -> Column:
    return Column(name, BigInteger, nullable=False, default=0)


_moodle("course_categories", _s("name", 255), _s("idnumber", 100), _i("parent"), _s("path", 255),
        _i("depth"), _i("visible"))
_moodle("course", _i("category"), _s("fullname", 254), _s("shortname", 255), _s("idnumber", 100),
        _i("visible"), _i("startdate"), _i("enddate"), indexes=(("idnumber",), ("category",)))
_moodle("user", _s("auth", 20), _i("deleted"), _i("suspended"), _s("username", 100),
        _s("idnumber", 255), _s("firstname", 100), _s("lastname", 100), _s("email", 100),
        indexes=(("idnumber",), ("email",), ("username",)))
_moodle("enrol", _s("enrol", 20), _i("status"), _i("courseid"), _i("enrolenddate"),
        Column("customint1", BigInteger), _i("roleid"), indexes=(("courseid",),))
_moodle("user_enrolments", _i("status"), _i("enrolid"), _i("userid"), _i("timestart"),
        _i("timeend"), _i("timemodified"), indexes=(("enrolid",), ("userid",)))
_moodle("role", _s("name", 255), _s("shortname", 100), _s("archetype", 30))
_moodle("context", _i("contextlevel"), _i("instanceid"), indexes=(("instanceid", "contextlevel"),))
_moodle("role_assignments", _i("roleid"), _i("contextid"), _i("userid"), _s("component", 100),
        _i("itemid"), indexes=(("contextid",), ("userid",)))
_moodle("groups", _i("courseid"), _s("idnumber", 100), _s("name", 254), indexes=(("courseid",),))
_moodle("groups_members", _i("groupid"), _i("userid"), indexes=(("groupid",), ("userid",)))
_moodle("cohort", _i("contextid"), _s("name", 254), _s("idnumber", 100), _s("component", 100))
_moodle("task_scheduled", _s("component", 255), _s("classname", 255), _i("lastruntime"),
        _i("nextruntime"), _i("disabled"))
