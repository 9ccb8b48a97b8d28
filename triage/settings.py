"""Typed settings: one model per section of the configuration file, the only place defaults live.

Pure data (no file or environment access: `triage.config` loads them). Every stage takes the
section it needs — the rules `RuleSettings`, the readers `PeopleSettings`… — so a value is read
where it is used and checked once, at start-up, with the key's name in the error.
pydantic validates: a TOML value of the wrong type, or an environment variable that cannot be
converted, fails at load instead of deep inside a server.
"""
from __future__ import annotations

import re
from datetime import time
from typing import Annotated, Literal
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, field_validator

# The calendar's words, for every text people read (replies, quoted mails, the settings').
WEEKDAYS_FR = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS_FR = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre")
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")


def _split(value: object) -> object:
    """'a, b' or ['a', 'b'] -> ('a', 'b'), lower-cased: list-valued keys accept both forms."""
    if isinstance(value, str):
        value = value.split(",")
    if isinstance(value, (list, tuple)):
        return tuple(str(i).strip().lower() for i in value if str(i).strip())
    return value


Names = Annotated[tuple[str, ...], BeforeValidator(_split)]


class Section(BaseModel):
    """A section: unknown keys refused, values checked when assigned too, never shared."""
    model_config = ConfigDict(extra="forbid", validate_assignment=True, frozen=True)


class DatabaseSettings(Section):
    url: str = "sqlite:///var/triage.db"


class MailboxSettings(Section):
    url: str = "maildir://var/maildir"
    done_folder: str = "Triage"          # processed mails are moved there ("" = flag only)
    poll_seconds: float = Field(60, gt=0)   # when the server has no IDLE
    batch_size: int = Field(500, ge=1)
    max_attachment_bytes: int = Field(10_000_000, ge=0)
    sent_folder: str = ""                # copy of every reply we send ("" = none)
    auth: Literal["login", "xoauth2"] = "login"
    oauth_token: str = ""
    fast_fetch: bool = False             # IMAP backlogs: read FETCH answers off the socket


class SmtpSettings(Section):
    url: str = "outbox://var/outbox"
    from_address: str = "cemu.assistance@unicaen.fr"
    from_name: str = "CEMU - Assistance Ecampus"
    ticket_tag: str = "CEMU"
    max_attempts: int = Field(8, ge=1)
    quote_original: bool = True          # the mail answered, quoted below the reply (« > »)


class ReferSettings(Section):
    url: str = ""
    queries_dir: str = ""
    timeout_seconds: float = Field(5.0, gt=0)
    # How old the code catalogue (ELP/étape codes, course idnumbers) may get before a reload.
    catalogue_refresh_minutes: float = Field(360.0, gt=0)
    # Where the last good catalogue is saved (state directory): a start while REFER or Moodle
    # is down reads codes with it. "" = not saved.
    catalogue_file: str = "var/catalogue.json"
    # The day (MM-DD) the academic year (COD_ANU) switches, or "ANNEE_UNI": the latest year
    # APOGÉE has open for inscriptions (ANNEE_UNI.ETA_ANU_IAE = 'O').
    academic_year: str = Field("09-01", pattern=r"^((0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])|ANNEE_UNI)$")


class MoodleSettings(Section):
    url: str = ""
    prefix: str = "mdl_"
    archive_category: str = "Archives"
    timeout_seconds: float = Field(5.0, gt=0)


class WebSettings(Section):
    host: str = "127.0.0.1"
    port: int = Field(8080, ge=1, le=65535)
    secret_key: str = ""                 # empty: a random key per start (sessions lost on restart)
    secure_cookies: bool = False         # True behind HTTPS
    cas_url: str = ""                    # e.g. https://cas.unicaen.fr/ (empty: local accounts only)
    forward_domains: Names = ("unicaen.fr",)   # evidence is forwarded only there (and subdomains)


class PeopleSettings(Section):
    student_domains: Names = ("etu.unicaen.fr",)
    staff_domains: Names = ("unicaen.fr",)
    own_addresses: Names = ("cemu.assistance@unicaen.fr",)


_HHMM = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
_MMDD = re.compile(r"^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")


class RuleSettings(Section):
    """Site settings rules need ([rules] in the configuration)."""
    timezone: str = "Europe/Paris"
    optimisation_weekday: int = Field(6, ge=0, le=6)   # Monday=0 ... Sunday=6
    optimisation_start: str = "09:00"
    optimisation_end: str = "11:00"
    sync_hour: str = "02:00"               # nightly sync, local time
    tuilage_until: str = "09-30"           # previous year's plannings stay active until (MM-DD)
    platform_url: str = "https://ecampus.unicaen.fr/"
    cas_host: str = "cas.unicaen.fr"
    siscol_address: str = "deve.cellule-siscol@unicaen.fr"

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError("fuseau horaire inconnu (ex. Europe/Paris)") from None
        return value

    @field_validator("optimisation_start", "optimisation_end", "sync_hour")
    @classmethod
    def _hh_mm(cls, value: str) -> str:
        if not _HHMM.match(value):
            raise ValueError("heure HH:MM attendue (ex. 09:00)")
        return value

    @field_validator("tuilage_until")
    @classmethod
    def _mm_dd(cls, value: str) -> str:
        if not _MMDD.match(value):
            raise ValueError("date MM-JJ attendue (ex. 09-30)")
        return value

    @property
    def platform_host(self) -> str:
        return (urlsplit(self.platform_url).hostname or "").lower()

    def clock(self, name: str) -> time:
        """One of the HH:MM settings as a time."""
        return time.fromisoformat(getattr(self, name))

    def weekday_name(self, language: str = "fr") -> str:
        """The optimisation day in words (« dimanche »)."""
        return (WEEKDAYS_EN if language == "en" else WEEKDAYS_FR)[self.optimisation_weekday]


class RetentionSettings(Section):
    days: int = Field(365, ge=1)


class LogsSettings(Section):
    format: Literal["text", "json"] = "text"   # json: one object per line, ids only


class ReadingSettings(Section):
    """How mail is read ([reading] in the configuration)."""
    # The symptom model `triage learn` installs; while the file is absent, the shipped one reads.
    symptom_model: str = "var/symptom-model.json"


class Settings(Section):
    """The whole configuration, section by section."""
    database: DatabaseSettings = DatabaseSettings()
    mailbox: MailboxSettings = MailboxSettings()
    smtp: SmtpSettings = SmtpSettings()
    refer: ReferSettings = ReferSettings()
    moodle: MoodleSettings = MoodleSettings()
    web: WebSettings = WebSettings()
    people: PeopleSettings = PeopleSettings()
    reading: ReadingSettings = ReadingSettings()
    rules: RuleSettings = RuleSettings()
    retention: RetentionSettings = RetentionSettings()
    logs: LogsSettings = LogsSettings()


SECTIONS: dict[str, type[Section]] = {
    name: info.annotation for name, info in Settings.model_fields.items()}  # type: ignore[misc]
