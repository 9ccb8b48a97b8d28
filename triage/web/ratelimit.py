"""In-process limit on failed sign-ins, per client address and per username."""
from __future__ import annotations

import threading
import time
from collections import defaultdict, deque


class FailureLimiter:
    """Allows `limit` failures per key within `window` seconds; then refuses until they age out."""

    def __init__(self, limit: int, window: float):
        self.limit, self.window = limit, window
        self._failures: dict[str, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def _prune(self, key: str, now: float) -> deque[float]:
        q = self._failures[key]
        while q and q[0] <= now - self.window:
            q.popleft()
        return q

    def blocked(self, *keys: str) -> bool:
        """True when any of the keys has used up its failures."""
        now = time.monotonic()
        with self._lock:
            return any(len(self._prune(k, now)) >= self.limit for k in keys)

    def fail(self, *keys: str) -> None:
        """Record one failure for each key."""
        now = time.monotonic()
        with self._lock:
            for k in keys:
                self._prune(k, now).append(now)

    def reset(self, *keys: str) -> None:
        """Forget the failures of these keys (after a successful sign-in)."""
        with self._lock:
            for k in keys:
                self._failures.pop(k, None)
