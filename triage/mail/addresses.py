"""What an address says about its owner, the one place for it: ours (with any +tag:
cemu.assistance+x@...), a mail system's (mailer-daemon, postmaster, bounces), one that reads
nothing (noreply, ne_pas_repondre), in a domain. The parser judges automatic mail with it, the
reader its sender, the pipeline who a reply may go to. Identity is the address part only
(parse.py never lets a display name become an address)."""
from __future__ import annotations

import re
from collections.abc import Iterable

_END = r"(?:$|[+._-])"      # the local part ends, or a tag / VERP suffix follows
_DAEMON = r"mailer[-_.]?daemon|postmaster|bounces?"
_SYSTEM = re.compile(rf"^(?:{_DAEMON}){_END}", re.I)
_NOREPLY = re.compile(rf"^(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|ne[-_.]?pas[-_.]?r[eé]pondre"
                      rf"|{_DAEMON}){_END}", re.I)


def _local_part(addr: str) -> str:
    return (addr or "").strip().rpartition("@")[0]


def base_address(addr: str) -> str:
    """The address without its +tag, lowercased: cemu.assistance+x@unicaen.fr ->
    cemu.assistance@unicaen.fr."""
    local, _, domain = (addr or "").strip().lower().rpartition("@")
    return f"{local.split('+', 1)[0]}@{domain}" if local else (addr or "").strip().lower()


def is_ours(addr: str, own_addresses: Iterable[str]) -> bool:
    """One of our own mailboxes, +tag variants included."""
    return bool(addr) and base_address(addr) in {base_address(a) for a in own_addresses}


def is_mail_system(addr: str) -> bool:
    """A mail system's own address (mailer-daemon, postmaster, bounces+…): it sends bounces."""
    return bool(_SYSTEM.match(_local_part(addr)))


def is_noreply(addr: str) -> bool:
    """An address that says it reads nothing (noreply, ne_pas_repondre), or a mail system's."""
    return bool(_NOREPLY.match(_local_part(addr)))


def in_domains(addr: str, domains: Iterable[str]) -> bool:
    """Whether the address's domain is one of `domains` or a subdomain of one."""
    domain = (addr or "").rpartition("@")[2].strip().lower().rstrip(".")
    return any(domain == d.lower() or domain.endswith("." + d.lower()) for d in domains if d)


def answerable(addr: str, own_addresses: Iterable[str]) -> bool:
    return bool(addr) and not is_ours(addr, own_addresses) and not is_noreply(addr)


def reply_address(reply_to: str, from_addr: str, own_addresses: Iterable[str]) -> str:
    """Where a reply to this mail goes: its Reply-To, else its From, skipping ours and
    no-reply addresses; '' when nobody may be answered (a loop, a robot)."""
    return next((a for a in (reply_to, from_addr) if answerable(a, own_addresses)), "")
