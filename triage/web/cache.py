"""A small per-process cache with expiry, for values that may be a little late (filter
choices, incidents, the managers' report) but cost whole-table scans to compute."""
from __future__ import annotations

import threading
import time
from typing import Any, Callable

from flask import current_app


class TTLCache:
    """key -> (expiry, value); computed again once expired."""

    def __init__(self) -> None:
        self._values: dict[str, tuple[float, Any]] = {}
        self._lock = threading.Lock()

    def get(self, key: str, ttl: float, compute: Callable[[], Any]) -> Any:
        """The cached value of `key`, or compute() when absent or older than `ttl` seconds."""
        now = time.monotonic()
        with self._lock:
            hit = self._values.get(key)
        if hit is not None and hit[0] > now:
            return hit[1]
        value = compute()
        with self._lock:
            self._values[key] = (now + ttl, value)
        return value

    def clear(self) -> None:
        """Forget everything (tests, or after an import)."""
        with self._lock:
            self._values.clear()


def get(key: str, ttl: float, compute: Callable[[], Any]) -> Any:
    """The application's cache (off when CACHE_ENABLED is False, as in the tests)."""
    if not current_app.config.get("CACHE_ENABLED", True):
        return compute()
    return current_app.extensions.setdefault("ttl_cache", TTLCache()).get(key, ttl, compute)
