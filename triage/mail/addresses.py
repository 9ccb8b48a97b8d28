"""Who a reply may go to. Identity is the address part only (parse.py never lets a display
name become an address); these decide which addresses are never answered: our own (with any
+tag: cemu.assistance+x@...), and the ones that say so (noreply, ne_pas_repondre, daemons)."""
from __future__ import annotations

import re
from collections.abc import Iterable

_NOREPLY = re.compile(r"^(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|ne[-_.]?pas[-_.]?r[eé]pondre"
                      r"|mailer[-_.]?daemon|postmaster)(?:$|[+._-])", re.I)


def base_address(addr: str) -> str:
    """The address without its +tag, lowercased: cemu.assistance+x@unicaen.fr ->
    cemu.assistance@unicaen.fr."""
    local, _, domain = (addr or "").strip().lower().rpartition("@")
    return f"{local.split('+', 1)[0]}@{domain}" if local else (addr or "").strip().lower()


def is_ours(addr: str, own_addresses: Iterable[str]) -> bool:
    """One of our own mailboxes, +tag variants included."""
    return bool(addr) and base_address(addr) in {base_address(a) for a in own_addresses}


def is_noreply(addr: str) -> bool:
    """An address that says it reads nothing (noreply, ne_pas_repondre, mailer-daemon...)."""
    return bool(_NOREPLY.match((addr or "").rpartition("@")[0]))


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
