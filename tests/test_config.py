"""Configuration: TOML file, TRIAGE_<SECTION>_<KEY> overrides, documented example."""
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
    ("[nope]\na = 1\n", "unknown section"),
    ("[database]\nurll = 'x'\n", "unknown key database.urll"),
    ("[database\n", "invalid TOML"),
])
def test_bad_file_says_what_is_wrong(tmp_path, text, message):
    f = tmp_path / "bad.toml"
    f.write_text(text)
    with pytest.raises(config.ConfigError, match=message):
        config.load(f, env={})


def test_bad_override_value_is_named():
    with pytest.raises(config.ConfigError, match="TRIAGE_WEB_PORT"):
        config.load(None, env={"TRIAGE_WEB_PORT": "eighty"})


def test_example_documents_every_key_and_only_those():
    example = tomllib.loads((ROOT / "deploy" / "triage.example.toml").read_text())
    assert {s: set(k) for s, k in example.items()} == \
        {s: set(k) for s, k in config.DEFAULTS.items()}
    config.load(ROOT / "deploy" / "triage.example.toml", env={})  # and it loads
