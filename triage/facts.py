"""Facts: what the sources (REFER, Moodle, the clock) say about the things a ticket cites.

This is the contract between `triage/sources/` (which fills it, in one batch per ticket) and
`rules/` (pure functions that read it). Rules never query anything: if a rule needs a datum,
it is added here and gathered by a source. Field comments name the REFER/Moodle origin; see
docs/refer-contract.md and docs/moodle-contract.md.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Protocol

from triage.catalogue import Catalogue
from triage.model import Reading
from triage.settings import RuleSettings  # noqa: F401  (the rules' settings, re-exported)


# --------------------------------------------------------------------------- REFER (APOGÉE, ADE)
@dataclass
class Group:
    code: str                     # GROUPE.COD_GPE (or IDGROUPE of the ADE views)
    label: str = ""               # GROUPE.LIB_GPE
    collection: str = ""          # GPE_OBJ.COD_COL ("" when in no collection)
    pseudo: bool = False          # automatic ELP_<code>_<type> pseudo-group
    foad: bool = False            # label at least partly "CEMU" or "EAD": a distance group


@dataclass
class Planning:
    """One row of the ADE planning view (ours: V_ADE_PLANNING, see docs/refer-contract.md)."""
    elp: str                      # COD_ELP ("" for an ADE-only fiche, not from APOGÉE)
    group: str                    # group or pseudo-group planned
    teacher: str                  # teacher's login ("" when no teacher on the session)
    day: date | None = None
    scheduled: bool = True        # False: teacher merely associated, no session planned
    academic_year: str = ""       # COD_ANU of the planning (tuilage: previous year until Sept.)


@dataclass
class ElementFacts:
    code: str                     # as cited (canonical)
    exists: bool = False          # a current row in ELEMENT_PEDAGOGI (or an étape in ETAPE)
    kind: str = "elp"             # elp | etape
    label: str = ""               # LIB_ELP
    status: str = ""              # ETA_ELP: O (ouvert) / F (fermé): F means obsolete
    suspended: bool = False       # TEM_SUS_ELP = 'O'
    suspension_reason: str = ""   # LIB_SUS_ELP
    a_distance: bool | None = None  # T_ADE_ACTIVITES.A_DISTANCE = 'O' (None: no ADE activity)
    composante: str = ""          # COD_CMP
    composante_label: str = ""
    has_charges: bool = False     # rows in ELP_CHG_TYP_HEU (needed for the ELP_ pseudo-group)
    ips: int = 0                  # followed IPs this year: students the sync should enrol
    groups: list[Group] = field(default_factory=list)   # groups attached to the element
    porteur: str = ""             # ELP_PORTEUR_PORTE: the element carrying this one ("" if none)
    portes: list[str] = field(default_factory=list)     # elements this one carries
    collections: dict[str, list[str]] = field(default_factory=dict)  # COD_COL -> ELPs it is on
    plannings: list[Planning] = field(default_factory=list)
    modified: datetime | None = None    # last change of the element or its groups in REFER
    near_codes: list[str] = field(default_factory=list)  # closest known codes when unknown


@dataclass
class AdminEnrolment:
    """INS_ADM_ETP: the IA (inscription administrative) to an étape."""
    etape: str                    # COD_ETP
    version: str = ""             # COD_VRS_VET
    year: str = ""                # COD_ANU
    status: str = "E"             # ETA_IAE: E (en cours) / A (annulée)
    composante: str = ""          # INS_ADM_ETP.COD_CMP: the composante of the IA
    composante_label: str = ""    # its COMPOSANTE.LIB_CMP
    tele: bool = False            # IA in télé-enseignement
    modified: datetime | None = None  # DAT_MOD_IAE


@dataclass
class Exchange:
    """INS_ADM_ANU.COD_PRG -> PRG_ECHANGE: an international exchange programme."""
    programme: str                # COD_PRG
    label: str = ""               # LIB_PRG, e.g. "Erasmus+ Départ An"
    direction: str = ""           # depart | accueil (TEM_SNS_PRG)
    period: str = ""              # S1 | S2 | AN
    short_label: str = ""         # LIC_PRG, e.g. "Eras+ D>An"


@dataclass
class StudentElement:
    """One student against one element (IP, ADE distance flag, groups)."""
    code: str
    has_ip: bool = False          # IND_CONTRAT_ELP for the current year
    distant: bool | None = None   # T_ADE_ACTIVITES_ETUDIANTS.DISTANT = 'O'
    groups: list[str] = field(default_factory=list)  # IND_AFFECTE_GPE codes for this element
    modified: datetime | None = None  # last change of the IP or group assignment
    ade_groups: list[str] = field(default_factory=list)  # T_ADE_ACTIVITES_ETUDIANTS.IDGROUPE
    # (also appended to `groups`: the ELP_ pseudo-group exists only on the ADE side)


@dataclass
class MoodleUser:
    id: int
    username: str = ""
    idnumber: str = ""            # student number for students
    email: str = ""
    auth: str = "cas"
    suspended: bool = False
    firstname: str = ""
    lastname: str = ""
    courses: list[int] = field(default_factory=list)  # course ids with an active enrolment


@dataclass
class StudentFacts:
    number: str                   # COD_ETU as cited
    found: bool = False           # INDIVIDU row exists
    enrolments: list[AdminEnrolment] = field(default_factory=list)
    exchange: Exchange | None = None
    elements: dict[str, StudentElement] = field(default_factory=dict)  # by element code
    acquired: list[str] = field(default_factory=list)  # elements capitalised (TEM_PRC_ICE = 'O')
    moodle_user: MoodleUser | None = None
    modified: datetime | None = None  # latest change anywhere in REFER for this student


# --------------------------------------------------------------------------- Moodle (Ecampus)
@dataclass
class EnrolMethod:
    method: str                   # database | manual | self | cohort | guest
    active: bool = True           # mdl_enrol.status = 0
    users: int = 0                # active user_enrolments
    users_without_end: int = 0    # active user_enrolments with timeend = 0
    end_date: datetime | None = None  # enrolenddate (0 -> None)
    cohort: str = ""              # cohort name for method cohort (customint1)


@dataclass
class Teacher:
    user_id: int
    username: str = ""
    method: str = "database"      # enrol method that brought the teacher role
    active: bool = True           # an active enrolment (method enabled, status 0, in its window)


@dataclass
class CourseRef:
    id: int
    fullname: str = ""
    idnumber: str = ""


@dataclass
class CourseFacts:
    id: int
    found: bool = False
    fullname: str = ""
    shortname: str = ""
    idnumber: str = ""            # the APOGÉE code the course is tied to
    idnumber_known: bool | None = None  # idnumber is a code REFER knows (None: REFER down)
    visible: bool = True
    visible_old: bool = True      # course.visibleold: its own setting while a category hides it
    category_hidden: bool = False  # a category on its path is hidden (course_categories.visible)
    category_path: str = ""       # e.g. "LVE / L1 / (1LANGL701) Licence 1A LLCE"
    archived: bool = False        # in the archive category tree
    start_date: datetime | None = None
    end_date: datetime | None = None   # None when the course has no end date
    enrol_methods: list[EnrolMethod] = field(default_factory=list)
    teachers: list[Teacher] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)
    students: int = 0             # users with a student role and an active enrolment
    successors: list[CourseRef] = field(default_factory=list)  # live courses, same label


@dataclass
class SyncStatus:
    """The nightly enrol_database sync as Moodle's task tables tell it (task_scheduled for the
    schedule, task_log for what each run did: the task swallows its errors, so a run that could
    not reach REFER still stamps task_scheduled.lastruntime)."""
    state: str = "unknown"        # ok | failed | disabled | never | unknown
    last_run: datetime | None = None      # latest run, whatever its outcome
    last_success: datetime | None = None  # latest run with result 0 and no error in its output
    error: str = ""               # what the last failed run reported (French, for the agent)


# --------------------------------------------------------------------------- the whole set
@dataclass
class Facts:
    now: datetime                 # the mail's Date (or --now): rules judge as of this instant
    reading: Reading
    sender: str = ""              # sender address
    sender_user: MoodleUser | None = None   # Moodle account matching the sender
    elements: dict[str, ElementFacts] = field(default_factory=dict)
    students: dict[str, StudentFacts] = field(default_factory=dict)
    courses: dict[int, CourseFacts] = field(default_factory=dict)
    last_sync: datetime | None = None   # last successful \enrol_database\task\sync_enrolments
    sync: SyncStatus | None = None      # the sync's state (None: Moodle not read)
    academic_year: str = ""             # current COD_ANU, e.g. "2026"
    pending: list[str] = field(default_factory=list)  # sources down: "refer", "moodle"
    source_errors: dict[str, str] = field(default_factory=dict)  # source -> cause, for Santé
    settings: RuleSettings = field(default_factory=RuleSettings)
    # Lookups the rules compute once per facts (a scan batch holds hundreds of courses).
    memo: dict = field(default_factory=dict, repr=False, compare=False)

    def etapes_said(self) -> list[ElementFacts]:
        """The étapes the writer says in words (`entities.etapes_said`) that REFER knows, looked
        up like a cited étape (kind "etape", its label): the writer's own étape, or the cohort
        their mail is about."""
        said = dict.fromkeys(self.reading.entities.etapes_said)
        return [self.elements[c] for c in said
                if c in self.elements and self.elements[c].kind == "etape"]

    def courses_for(self, code: str) -> list[CourseFacts]:
        """Moodle courses tied to an APOGÉE code through their idnumber."""
        index = self.memo.get("courses_for")
        if index is None or index[0] != (id(self.courses), len(self.courses)):
            by_code: dict[str, list[CourseFacts]] = {}
            for c in self.courses.values():
                by_code.setdefault(c.idnumber.upper(), []).append(c)
            index = self.memo["courses_for"] = ((id(self.courses), len(self.courses)), by_code)
        return list(index[1].get(code.upper(), []))


# --------------------------------------------------------------------------- who fills them
class FactSource(Protocol):
    """What the analyser asks of the sources (triage.sources.Sources): the codes they know, for
    the reader, and the facts about what a reading cites, for the rules."""

    def catalogue(self) -> Catalogue | None:
        """Every code REFER and Moodle know; None while never loaded (both down)."""
        ...

    def gather(self, reading: Reading, sender: str, now: datetime,
               settings: RuleSettings) -> Facts:
        """Facts for what the reading cites; a source that is down lands in Facts.pending."""
        ...
