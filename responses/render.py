"""The Jinja2 environment for reply templates: plain text, strict about missing variables."""
from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable

from jinja2 import Environment, FileSystemLoader, StrictUndefined, Undefined

from triage.settings import MONTHS_EN, MONTHS_FR, WEEKDAYS_EN, WEEKDAYS_FR

TEMPLATE_DIR = Path(__file__).parent / "templates"
LANGUAGES = ("fr", "en")
GAP = "[…]"   # a value the agent must complete, in a template rendered without its finding


def _tolerant(filter_: Callable[..., str]) -> Callable[..., str]:
    """A filter that shows « […] » for a value a template rendered without its finding lacks."""
    def wrapped(value: object, *args: Any) -> str:
        return GAP if isinstance(value, Undefined) else filter_(value, *args)
    wrapped.__doc__ = filter_.__doc__
    return wrapped


def _as_date(value: date | datetime | str) -> date:
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.date() if isinstance(value, datetime) else value


def jour(value: date | datetime | str) -> str:
    """'jeudi 15 octobre' (French, without the year)."""
    d = _as_date(value)
    return f"{WEEKDAYS_FR[d.weekday()]} {'1er' if d.day == 1 else d.day} {MONTHS_FR[d.month - 1]}"


def day(value: date | datetime | str) -> str:
    """'Thursday 15 October' (English, without the year)."""
    d = _as_date(value)
    return f"{WEEKDAYS_EN[d.weekday()]} {d.day} {MONTHS_EN[d.month - 1]}"


def date_fr(value: date | datetime | str) -> str:
    """'30/06/2026'."""
    return f"{_as_date(value):%d/%m/%Y}"


def heure(text: str) -> str:
    """'09:00' -> '9 h', '10:30' -> '10 h 30' (French typography)."""
    hours, _, minutes = text.partition(":")
    return f"{int(hours)} h" + (f" {minutes}" if minutes and minutes != "00" else "")


@lru_cache(maxsize=1)
def environment() -> Environment:
    """One shared environment: autoescape off (text mail), StrictUndefined (typos fail loudly)."""
    env = Environment(loader=FileSystemLoader(str(TEMPLATE_DIR)), autoescape=False,
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                      keep_trailing_newline=False)
    env.filters.update({name: _tolerant(f) for name, f in
                        (("jour", jour), ("day", day), ("date_fr", date_fr), ("heure", heure))})
    return env


def template_name(template_id: str, language: str) -> str:
    """File name of a template in a language (French when the language has no template)."""
    return f"{template_id}.{language if language in LANGUAGES else 'fr'}.txt.j2"


def render(template_id: str, language: str, undefined: type[Undefined] | None = None,
           **context: Any) -> str:
    """Render one template and tidy its blank lines; `undefined` (a jinja2 Undefined class)
    replaces the strict one, for a template rendered without its finding."""
    env = environment()
    if undefined is not None:
        env = env.overlay(undefined=undefined)
    text = env.get_template(template_name(template_id, language)).render(**context)
    lines = [line.rstrip() for line in text.strip().splitlines()]
    tidy: list[str] = []
    for line in lines:
        if line or (tidy and tidy[-1]):
            tidy.append(line)
    return "\n".join(tidy)


def template_ids() -> list[str]:
    """Every public template id (partials start with an underscore)."""
    names = {p.name.split(".")[0] for p in TEMPLATE_DIR.glob("*.txt.j2")}
    return sorted(n for n in names if not n.startswith("_"))
