"""Configuration: TOML file, TRIAGE_<SECTION>_<KEY> overrides, documented example."""
import re
import tomllib
from pathlib import Path

import pytest

from triage import config

ROOT = Path(__file__).parents[1]


def test_defaults_run_embedded_without_any_file():
    cfg = config.load(None, env={})
    assert cfg.get("database", "url").startswith("sqlite:///")
    assert cfg.get("mailbox", "url").startswith("maildir://")
    assert cfg.get("smtp", "url").startswith("outbox://")


def test_environment_overrides_file(tmp_path):
    f = tmp_path / "t.toml"
    f.write_text('[database]\nurl = "sqlite:///from-file.db"\n[web]\nport = 9000\n')
    cfg = config.load(f, env={"TRIAGE_DATABASE_URL": "postgresql://x/y", "TRIAGE_WEB_PORT": "81"})
    assert cfg.get("database", "url") == "postgresql://x/y"
    assert cfg.get("web", "port") == 81


def test_config_file_named_by_triage_config(tmp_path):
    f = tmp_path / "t.toml"
    f.write_text('[refer]\nurl = "oracle+oracledb://u:p@h/?service_name=R"\n')
    cfg = config.load(None, env={"TRIAGE_CONFIG": str(f)})
    assert cfg.get("refer", "url").startswith("oracle+oracledb://")


@pytest.mark.parametrize("text, message", [
    ("[nope]\na = 1\n", r"section \[nope\] inconnue"),
    ("[database]\nurll = 'x'\n", "clé inconnue database.urll"),
    ("[database\n", "TOML invalide"),
    ('[web]\nport = "huit mille"\n', "web.port = 'huit mille' : nombre entier attendu"),
    ("[web]\nport = 99999\n", "web.port = 99999 : au plus 65535"),
    ("[web]\nsecure_cookies = 3\n", "web.secure_cookies = 3 : true ou false attendu"),
    ('[logs]\nformat = "xml"\n', "logs.format = 'xml' : valeurs possibles : text, json"),
    ("[mailbox]\nurl = 5\n", "mailbox.url = 5 : texte entre guillemets attendu"),
    ('[rules]\nsync_hour = "2h"\n', "rules.sync_hour = '2h' : heure HH:MM attendue"),
    ('[rules]\ntimezone = "Europe/Caen"\n', "fuseau horaire inconnu"),
    ('[rules]\noptimisation_weekday = 7\n', "rules.optimisation_weekday = 7 : au plus 6"),
])
def test_bad_file_says_what_is_wrong(tmp_path, text, message):
    f = tmp_path / "bad.toml"
    f.write_text(text)
    with pytest.raises(config.ConfigError, match=message):
        config.load(f, env={})


def test_bad_override_value_is_named():
    with pytest.raises(config.ConfigError,
                       match="variable TRIAGE_WEB_PORT : web.port = 'eighty' : nombre entier"):
        config.load(None, env={"TRIAGE_WEB_PORT": "eighty"})


def test_every_error_is_listed_at_once(tmp_path):
    f = tmp_path / "t.toml"
    f.write_text('[web]\nport = "x"\n[smtp]\nmax_attempts = 0\n')
    with pytest.raises(config.ConfigError) as err:
        config.load(f, env={})
    assert "web.port" in str(err.value) and "smtp.max_attempts = 0 : au moins 1" in str(err.value)


def test_environment_values_are_converted_to_the_key_type():
    cfg = config.load(None, env={"TRIAGE_WEB_SECURE_COOKIES": "yes",
                                 "TRIAGE_PEOPLE_STAFF_DOMAINS": "unicaen.fr, Ensicaen.fr",
                                 "TRIAGE_REFER_TIMEOUT_SECONDS": "2.5"})
    assert cfg.settings.web.secure_cookies is True
    assert cfg.settings.people.staff_domains == ("unicaen.fr", "ensicaen.fr")
    assert cfg.settings.refer.timeout_seconds == 2.5


# Known and tracked: remove a key from here when the code starts reading it (the test then fails
# until it is removed, so the list cannot go stale).
NOT_READ_YET: set[str] = set()


def test_every_key_is_read_by_the_code():
    """A documented key nobody reads is a promise the code does not keep."""
    code = "\n".join(p.read_text(encoding="utf-8") for folder in ("triage", "extractors", "rules",
                                                                   "responses")
                     for p in (ROOT / folder).rglob("*.py")
                     if p.name not in ("settings.py", "config.py"))
    templates = "\n".join(p.read_text(encoding="utf-8")
                          for p in (ROOT / "responses" / "templates").glob("*.j2"))
    unread = {f"{section}.{key}" for section, keys in config.DEFAULTS.items() for key in keys
              if not re.search(rf"\b{section}\.{key}\b|[\"']{key}[\"']|\.{key}\b", code + templates)}
    assert unread == NOT_READ_YET


def test_example_documents_every_key_and_only_those():
    example = tomllib.loads((ROOT / "deploy" / "triage.example.toml").read_text())
    assert {s: set(k) for s, k in example.items()} == \
        {s: set(k) for s, k in config.DEFAULTS.items()}
    config.load(ROOT / "deploy" / "triage.example.toml", env={})  # and it loads
