"""Structured logs: one JSON object per line, carrying ids only (no addresses, names or text).

Modules log ids (ticket 12, outgoing 40) and pass extra fields through `extra={"ticket_id": 12}`.
As a second line of defence, anything shaped like a mail address is masked before a line is
written, so a careless message or an exception text cannot leak a person's address to the logs.
"""
from __future__ import annotations

import json
import logging
import re
import sys
from datetime import datetime, timezone
from typing import TextIO

_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
# Attributes every LogRecord has: whatever else is on a record came from `extra=`.
_STANDARD = set(vars(logging.LogRecord("", 0, "", 0, "", (), None))) | {"message", "asctime"}
ID_FIELDS = ("ticket_id", "message_id", "outgoing_id", "draft_id", "user_id", "worker",
             "component", "source", "count", "attempt")


def mask(text: str) -> str:
    """Replace every mail address in `text` by a placeholder."""
    return _ADDRESS.sub("<adresse>", text)


class JsonFormatter(logging.Formatter):
    """One JSON object per record: time, level, logger, message, ids, exception type."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": datetime.fromtimestamp(record.created, timezone.utc).isoformat(),
            "level": record.levelname,
            "logger": record.name,
            "message": mask(record.getMessage()),
            "process": record.process,
        }
        for key, value in vars(record).items():
            if key not in _STANDARD and isinstance(value, (int, float, str, bool)):
                entry[key] = mask(value) if isinstance(value, str) else value  # type: ignore[assignment]
        if record.exc_info and record.exc_info[0] is not None:
            entry["error"] = record.exc_info[0].__name__
            # The traceback helps the DSI; its text passes through the mask like the rest.
            entry["traceback"] = mask(self.formatException(record.exc_info))
        return json.dumps(entry, ensure_ascii=False)


class MaskingFormatter(logging.Formatter):
    """The plain text format, addresses masked as well."""

    def format(self, record: logging.LogRecord) -> str:
        return mask(super().format(record))


def setup(json_lines: bool = True, level: int = logging.INFO,
          stream: TextIO | None = None) -> None:
    """Replace the root handlers by one writing to stderr (journald captures it)."""
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(JsonFormatter() if json_lines else MaskingFormatter(
        "%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
