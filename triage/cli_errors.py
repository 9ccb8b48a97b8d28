"""A user's mistake or an unreachable server, said in one French line with what to do.

The `triage` command catches what this module can explain and prints it instead of a traceback
(`-v` still shows the traceback). Anything it cannot explain is a bug and is raised as is.
"""
from __future__ import annotations

import imaplib
import smtplib
import socket
from typing import TYPE_CHECKING

from sqlalchemy import exc as sa

from triage.config import ConfigError

if TYPE_CHECKING:
    from triage.services import Services

URL_EXAMPLES = ("sqlite:///var/triage.db ou postgresql+psycopg://utilisateur:motdepasse@hôte:5432/"
                "base")


class StoreNotReady(Exception):
    """The store is missing, empty or at another migration than the code's."""


def safe_url(url: str) -> str:
    """The URL with its password hidden."""
    from urllib.parse import urlsplit
    try:
        password = urlsplit(url).password
    except ValueError:
        return url
    return url.replace(f":{password}@", ":***@", 1) if password else url


def first_line(exc: BaseException) -> str:
    """The server's or library's own words, first line only."""
    lines = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    return (lines[0] if lines else type(exc).__name__)[:300]


def _from_a_dialect(exc: BaseException) -> bool:
    """Raised while SQLAlchemy loaded the driver a URL names (not a bug of ours)."""
    import traceback
    return any("sqlalchemy/dialects" in frame.filename.replace("\\", "/")
               for frame in traceback.extract_tb(exc.__traceback__))


def explain(exc: BaseException, store_url: str = "") -> str | None:
    """One French sentence for `exc`, or None when it is not a known user-side problem."""
    where = f" ({safe_url(store_url)})" if store_url else ""
    if isinstance(exc, (ConfigError, StoreNotReady)):
        return str(exc)
    if isinstance(exc, ModuleNotFoundError) and _from_a_dialect(exc):
        return (f"le pilote de base de données « {exc.name} » n'est pas installé. Pilotes "
                f"fournis : sqlite, postgresql+psycopg, oracle+oracledb ; exemple : "
                f"{URL_EXAMPLES} (database.url ou TRIAGE_DATABASE_URL).")
    if isinstance(exc, sa.NoSuchModuleError):
        return (f"pilote de base de données inconnu : {first_line(exc)}. Pilotes fournis : "
                f"sqlite, postgresql+psycopg, oracle+oracledb ; exemple : {URL_EXAMPLES} "
                "(database.url ou TRIAGE_DATABASE_URL).")
    if isinstance(exc, sa.ArgumentError):
        return (f"adresse de base de données illisible : {first_line(exc)}. Corrigez database.url "
                f"(ou TRIAGE_DATABASE_URL) ; exemple : {URL_EXAMPLES}.")
    if isinstance(exc, (sa.OperationalError, sa.InterfaceError)):
        return (f"base de données injoignable{where} : {first_line(exc)}. Vérifiez que le "
                "serveur tourne et l'adresse database.url (ou TRIAGE_DATABASE_URL) ; "
                "« triage doctor » détaille chaque partie.")
    if isinstance(exc, imaplib.IMAP4.error):
        return (f"la boîte aux lettres refuse : {first_line(exc)}. Vérifiez mailbox.url (compte, "
                "mot de passe, dossier) ; « triage doctor --part mailbox » détaille.")
    if isinstance(exc, smtplib.SMTPException):
        return (f"le serveur d'envoi refuse : {first_line(exc)}. Vérifiez smtp.url ; "
                "« triage doctor --part smtp » détaille.")
    if isinstance(exc, (ConnectionError, socket.timeout, socket.gaierror)):
        return (f"connexion impossible : {first_line(exc)}. Vérifiez l'hôte et le port de "
                "mailbox.url ou smtp.url ; « triage doctor » détaille chaque partie.")
    if isinstance(exc, PermissionError):
        return (f"accès refusé à {exc.filename} : lancez la commande avec un compte qui peut y "
                "écrire, ou changez le chemin dans la configuration.")
    if isinstance(exc, (FileNotFoundError, NotADirectoryError, IsADirectoryError)):
        return (f"{exc.filename} : {exc.strerror}. Vérifiez le chemin dans la configuration "
                "(database.url, mailbox.url, smtp.url).")
    return None


def require_store(services: Services) -> None:
    """Refuse to work on a store that is missing, empty or at another schema than the code's:
    only `triage db upgrade` migrates (production backs up first; see docs/operations.md)."""
    from pathlib import Path

    from triage.store.db import current_revision, head_revision, sqlite_file_missing
    url = services.settings.database.url
    hint = ""
    if services.config.path is None and Path("var/demo/triage.toml").exists():
        hint = (" La démo a son propre store : ajoutez --config var/demo/triage.toml "
                "(par ex. « triage --config var/demo/triage.toml stats »).")
    missing = sqlite_file_missing(url)
    if missing:
        raise StoreNotReady(f"aucun store à {missing} : créez-le avec « triage db upgrade », "
                            f"ou corrigez database.url.{hint}")
    current, head = current_revision(services.engine), head_revision()
    if current is None:
        raise StoreNotReady(f"le store {safe_url(url)} est vide : créez ses tables avec "
                            f"« triage db upgrade ».{hint}")
    if current != head:
        raise StoreNotReady(f"le store {safe_url(url)} est en révision {current}, le code attend "
                            f"{head} : sauvegardez-le puis lancez « triage db upgrade » "
                            "(docs/operations.md).")
