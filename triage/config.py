"""Configuration: one TOML file, every key overridable by TRIAGE_<SECTION>_<KEY>.

The file is named by `--config` or TRIAGE_CONFIG; without one, the defaults of
`triage.settings` run the embedded setup (SQLite store and maildir under ./var).
deploy/triage.example.toml documents every key; tests/test_config.py checks that it lists
exactly the settings' keys and that every key is read somewhere.
"""
from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from triage.settings import SECTIONS, Settings


class ConfigError(Exception):
    """Raised when the configuration file or an override cannot be used (French message)."""


# The defaults, section by section, as plain values (the typed models hold them).
DEFAULTS: dict[str, dict[str, Any]] = {
    name: model().model_dump(mode="json") for name, model in SECTIONS.items()}


@dataclass
class Config:
    settings: Settings
    path: Path | None = None

    def __getitem__(self, section: str) -> dict[str, Any]:
        return getattr(self.settings, section).model_dump()

    def get(self, section: str, key: str) -> Any:
        return getattr(getattr(self.settings, section), key)

    def set(self, section: str, key: str, value: Any) -> None:
        """Change one value, checked like a value of the file (tests and the demo adjust a
        loaded configuration; sections themselves are immutable)."""
        current = getattr(self.settings, section)
        try:
            changed = type(current).model_validate({**current.model_dump(), key: value})
        except ValidationError as exc:
            raise ConfigError("\n".join(_explain(e, {}) for e in exc.errors())) from None
        self.settings = self.settings.model_copy(update={section: changed})


# What pydantic's error types mean, for the person who wrote the value.
_EXPECTED = {
    "int_parsing": "nombre entier attendu", "int_type": "nombre entier attendu",
    "int_from_float": "nombre entier attendu",
    "float_parsing": "nombre attendu", "float_type": "nombre attendu",
    "bool_parsing": "true ou false attendu", "bool_type": "true ou false attendu",
    "string_type": "texte entre guillemets attendu",
    "tuple_type": "liste attendue (\"a, b\" ou [\"a\", \"b\"])",
    "extra_forbidden": "clé inconnue",
}


def _explain(error: Any, origin: dict[tuple[str, str], str]) -> str:
    """One French line for one validation error (pydantic's ErrorDetails): where, what was
    given, what is expected."""
    loc = [str(part) for part in error["loc"]][:2]
    key = ".".join(loc)
    where = origin.get((loc[0], loc[-1]), "")
    kind = error["type"]
    if kind in _EXPECTED:
        expected = _EXPECTED[kind]
    elif kind == "literal_error":
        expected = "valeurs possibles : " + error["ctx"]["expected"].replace("'", "").replace(
            " or ", ", ")
    elif kind in ("greater_than", "greater_than_equal", "less_than", "less_than_equal"):
        expected = {"greater_than": "supérieur à {gt}", "greater_than_equal": "au moins {ge}",
                    "less_than": "inférieur à {lt}", "less_than_equal": "au plus {le}"
                    }[kind].format(**error["ctx"])
    elif kind == "value_error":
        expected = str(error["ctx"]["error"])
    else:
        expected = error["msg"]
    if kind == "extra_forbidden":
        return f"{where}clé inconnue {key} (voir deploy/triage.example.toml)"
    return f"{where}{key} = {error['input']!r} : {expected}"


def load(path: str | Path | None = None, env: dict[str, str] | None = None) -> Config:
    """Defaults, then the TOML file, then TRIAGE_<SECTION>_<KEY> variables; every value checked."""
    env = dict(os.environ if env is None else env)
    path = path or env.get("TRIAGE_CONFIG") or None
    given: dict[str, dict[str, Any]] = {s: {} for s in SECTIONS}
    origin: dict[tuple[str, str], str] = {}
    if path:
        path = Path(path)
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigError(f"fichier de configuration {path} introuvable (vérifiez --config "
                              "ou TRIAGE_CONFIG)") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{path} : illisible ({exc})") from None
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{path} : TOML invalide : {exc}") from None
        for section, keys in data.items():
            if section not in SECTIONS or not isinstance(keys, dict):
                raise ConfigError(f"{path} : section [{section}] inconnue ; sections possibles : "
                                  + ", ".join(SECTIONS))
            for key, value in keys.items():
                given[section][key] = value
                origin[(section, key)] = f"{path} : "
    for section, model in SECTIONS.items():
        for key in model.model_fields:
            name = f"TRIAGE_{section}_{key}".upper()
            if name in env:
                given[section][key] = env[name]
                origin[(section, key)] = f"variable {name} : "
    try:
        settings = Settings.model_validate(given)
    except ValidationError as exc:
        raise ConfigError("\n".join(_explain(e, origin) for e in exc.errors())) from None
    return Config(settings, Path(path) if path else None)


def split_list(value: str | list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """'a, b' or ['a','b'] -> ('a', 'b'): list-valued keys accept both forms."""
    items = value if isinstance(value, (list, tuple)) else str(value).split(",")
    return tuple(i.strip().lower() for i in items if i.strip())
