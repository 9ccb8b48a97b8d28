"""Configuration: one TOML file, every key overridable by TRIAGE_<SECTION>_<KEY>.

The file is named by `--config` or TRIAGE_CONFIG; without one, the defaults below run the
embedded setup (SQLite store and maildir under ./var). deploy/triage.example.toml documents
every key; tests/test_config.py checks that it lists exactly the keys below.
"""
from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DEFAULTS: dict[str, dict[str, Any]] = {
    "database": {"url": "sqlite:///var/triage.db"},
    "mailbox": {
        "url": "maildir://var/maildir",
        "done_folder": "Triage",        # processed mails are moved there ("" = flag only)
        "poll_seconds": 60,             # when the server has no IDLE
        "batch_size": 500,
        "max_attachment_bytes": 10_000_000,
        "sent_folder": "",              # copy of every reply we send ("" = none)
        "auth": "login",                # login | xoauth2
        "oauth_token": "",
    },
    "smtp": {
        "url": "outbox://var/outbox",
        "from_address": "cemu.assistance@unicaen.fr",
        "from_name": "CEMU - Assistance Ecampus",
        "ticket_tag": "CEMU",
        "max_attempts": 8,
    },
    "refer": {"url": "", "queries_dir": "", "timeout_seconds": 5.0},
    "moodle": {"url": "", "prefix": "mdl_", "archive_category": "Archives"},
    "web": {
        "host": "127.0.0.1",
        "port": 8080,
        "secret_key": "",               # empty: a random key per start (sessions lost on restart)
        "secure_cookies": False,        # True behind HTTPS
        "cas_url": "",                  # e.g. https://cas.unicaen.fr/ (empty: local accounts only)
    },
    "people": {
        "student_domains": "etu.unicaen.fr",
        "staff_domains": "unicaen.fr",
        "own_addresses": "cemu.assistance@unicaen.fr",
    },
    "rules": {
        "timezone": "Europe/Paris",
        "optimisation_weekday": 6,
        "optimisation_start": "09:00",
        "optimisation_end": "11:00",
        "sync_hour": "02:00",
        "tuilage_until": "09-30",
        "platform_url": "https://ecampus.unicaen.fr/",
        "cas_host": "cas.unicaen.fr",
        "siscol_address": "deve.cellule-siscol@unicaen.fr",
    },
    "retention": {"days": 365},
    "logs": {"format": "text"},        # text | json (one object per line, ids only)
}


class ConfigError(Exception):
    """Raised when the configuration file or an override cannot be used."""


@dataclass
class Config:
    values: dict[str, dict[str, Any]]
    path: Path | None = None

    def __getitem__(self, section: str) -> dict[str, Any]:
        return self.values[section]

    def get(self, section: str, key: str) -> Any:
        return self.values[section][key]


def _cast(raw: str, default: Any, name: str) -> Any:
    if isinstance(default, bool):
        if raw.lower() in ("1", "true", "yes", "on"):
            return True
        if raw.lower() in ("0", "false", "no", "off", ""):
            return False
        raise ConfigError(f"{name}={raw!r}: expected true or false")
    if isinstance(default, int):
        try:
            return int(raw)
        except ValueError:
            raise ConfigError(f"{name}={raw!r}: expected a whole number") from None
    if isinstance(default, float):
        try:
            return float(raw)
        except ValueError:
            raise ConfigError(f"{name}={raw!r}: expected a number") from None
    return raw


def load(path: str | Path | None = None, env: dict[str, str] | None = None) -> Config:
    """Defaults, then the TOML file, then TRIAGE_<SECTION>_<KEY> variables."""
    env = dict(os.environ if env is None else env)
    path = path or env.get("TRIAGE_CONFIG") or None
    values = {s: dict(keys) for s, keys in DEFAULTS.items()}
    if path:
        path = Path(path)
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigError(f"configuration file {path} not found (check --config or "
                              "TRIAGE_CONFIG)") from None
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{path}: invalid TOML: {exc}") from None
        for section, keys in data.items():
            if section not in values or not isinstance(keys, dict):
                raise ConfigError(f"{path}: unknown section [{section}]; known: "
                                  + ", ".join(values))
            for key, value in keys.items():
                if key not in values[section]:
                    raise ConfigError(f"{path}: unknown key {section}.{key}")
                values[section][key] = value
    for section, keys in values.items():
        for key, default in keys.items():
            name = f"TRIAGE_{section}_{key}".upper()
            if name in env:
                keys[key] = _cast(env[name], DEFAULTS[section][key], name)
    return Config(values, Path(path) if path else None)


def split_list(value: str | list[str]) -> tuple[str, ...]:
    """'a, b' or ['a','b'] -> ('a', 'b'): list-valued keys accept both forms."""
    items = value if isinstance(value, list) else str(value).split(",")
    return tuple(i.strip().lower() for i in items if i.strip())
