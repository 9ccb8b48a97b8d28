"""`triage doctor`'s mail checks: IMAP login and folders, SMTP relay, or the local folders."""
from __future__ import annotations

import os
import smtplib
import socket
import ssl
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlsplit

from triage.config import Config

if TYPE_CHECKING:
    from imapclient import IMAPClient
from triage.doctor import TIMEOUT, Check, safe_url

_NETWORK = (OSError, socket.timeout)


def _unreachable(part: str, host: str, port: int, key: str, exc: BaseException) -> Check:
    return Check(part, "connexion", False,
                 (f"serveur {host}:{port} injoignable", f"server {host}:{port} unreachable"),
                 (f"vérifiez l'hôte et le port de {key}, et que le pare-feu laisse passer ce "
                  f"serveur vers {host}:{port}",
                  f"check the host and port in {key}, and that the firewall lets this server "
                  f"reach {host}:{port}"), f"{type(exc).__name__}: {exc}"[:300])


def _local_dir(part: str, path: Path, key: str) -> list[Check]:
    if path.is_dir() and os.access(path, os.W_OK):
        return [Check(part, "dossier", True, (str(path), str(path)))]
    parent = next((p for p in path.parents if p.exists()), None)
    if not path.exists() and parent is not None and os.access(parent, os.W_OK):
        return [Check(part, "dossier", True,
                      (f"{path} (sera créé)", f"{path} (will be created)"))]
    return [Check(part, "dossier", False,
                  (f"dossier {path} inaccessible en écriture", f"folder {path} is not writable"),
                  (f"créez-le pour l'utilisateur du service, ou corrigez {key}",
                   f"create it for the service's user, or correct {key}"))]


def check_mailbox(config: Config) -> list[Check]:
    """IMAP: connect, log in, and find the inbox, done and sent folders."""
    mb = config["mailbox"]
    parts = urlsplit(mb["url"])
    if parts.scheme == "maildir":
        return _local_dir("mailbox", Path(unquote(parts.netloc + parts.path)), "mailbox.url")
    if parts.scheme not in ("imap", "imaps"):
        return [Check("mailbox", "configuration", False,
                      (f"URL non reconnue : {safe_url(mb['url'])}", "unknown URL scheme"),
                      ("utilisez imaps://utilisateur:motdepasse@hote:993/INBOX",
                       "use imaps://user:password@host:993/INBOX"))]
    from imapclient import IMAPClient
    from imapclient.exceptions import LoginError
    host, tls = parts.hostname or "localhost", parts.scheme == "imaps"
    port = parts.port or (993 if tls else 143)
    try:
        client = IMAPClient(host, port=port, ssl=tls, timeout=TIMEOUT)
    except _NETWORK as exc:
        return [_unreachable("mailbox", host, port, "mailbox.url", exc)]
    checks = [Check("mailbox", "connexion", True, (f"{host}:{port}", f"{host}:{port}"))]
    try:
        user = unquote(parts.username or "")
        try:
            if mb["auth"] == "xoauth2":
                client.oauth2_login(user, mb["oauth_token"])
            else:
                client.login(user, unquote(parts.password or ""))
        except LoginError as exc:
            return checks + [Check("mailbox", "identification", False,
                                   (f"le serveur refuse la connexion de « {user} »",
                                    f"the server rejects the login of '{user}'"),
                                   ("vérifiez l'utilisateur et le mot de passe de mailbox.url "
                                    "(ou mailbox.oauth_token)", "check the user and password in "
                                    "mailbox.url (or mailbox.oauth_token)"), str(exc)[:200])]
        checks.append(Check("mailbox", "identification", True))
        checks += _folders(client, unquote(parts.path.lstrip("/")) or "INBOX", mb)
    except _NETWORK as exc:
        checks.append(_unreachable("mailbox", host, port, "mailbox.url", exc))
    finally:
        try:
            client.logout()
        except Exception:   # already gone: nothing to close
            pass
    return checks


def _folders(client: IMAPClient, inbox: str, mb: dict) -> list[Check]:
    checks = []
    for key, folder in (("mailbox.url", inbox), ("mailbox.done_folder", mb["done_folder"]),
                        ("mailbox.sent_folder", mb["sent_folder"])):
        if not folder:
            continue
        if client.folder_exists(folder):
            checks.append(Check("mailbox", f"dossier {folder}", True))
        else:
            checks.append(Check("mailbox", f"dossier {folder}", False,
                                (f"dossier « {folder} » absent de la boîte",
                                 f"folder '{folder}' does not exist in the mailbox"),
                                (f"créez-le dans la boîte, ou corrigez {key}",
                                 f"create it in the mailbox, or correct {key}")))
    return checks


def check_smtp(config: Config) -> list[Check]:
    """SMTP: connect, EHLO, STARTTLS and login when configured; or the outbox folder."""
    url = config.get("smtp", "url")
    parts = urlsplit(url)
    if parts.scheme == "outbox":
        return _local_dir("smtp", Path(unquote(parts.netloc + parts.path)), "smtp.url")
    if parts.scheme not in ("smtp", "smtps"):
        return [Check("smtp", "configuration", False,
                      (f"URL non reconnue : {safe_url(url)}", "unknown URL scheme"),
                      ("utilisez smtp://relais:25 ou smtps://utilisateur:motdepasse@hote:465",
                       "use smtp://relay:25 or smtps://user:password@host:465"))]
    tls = parts.scheme == "smtps"
    host, port = parts.hostname or "localhost", parts.port or (465 if tls else 25)
    try:
        smtp = (smtplib.SMTP_SSL if tls else smtplib.SMTP)(host, port, timeout=TIMEOUT)
    except (smtplib.SMTPException, *_NETWORK) as exc:
        return [_unreachable("smtp", host, port, "smtp.url", exc)]
    checks = [Check("smtp", "connexion", True, (f"{host}:{port}", f"{host}:{port}"))]
    try:
        smtp.ehlo()
        if "starttls=1" in (parts.query or ""):
            smtp.starttls(context=ssl.create_default_context())
        if parts.username:
            smtp.login(unquote(parts.username), unquote(parts.password or ""))
        smtp.noop()
        checks.append(Check("smtp", "dialogue", True))
    except smtplib.SMTPAuthenticationError as exc:
        checks.append(Check("smtp", "identification", False,
                            ("le relais refuse l'identifiant", "the relay rejects the login"),
                            ("vérifiez l'utilisateur et le mot de passe de smtp.url",
                             "check the user and password in smtp.url"), str(exc)[:200]))
    except (smtplib.SMTPException, ssl.SSLError, *_NETWORK) as exc:
        checks.append(Check("smtp", "dialogue", False,
                            ("le relais interrompt le dialogue SMTP",
                             "the relay breaks off the SMTP dialogue"),
                            ("vérifiez le port et l'option ?starttls=1 de smtp.url",
                             "check the port and the ?starttls=1 option of smtp.url"),
                            f"{type(exc).__name__}: {exc}"[:300]))
    finally:
        try:
            smtp.quit()
        except Exception:   # already closed by the server
            pass
    return checks
