"""A bounded, thread-safe least-recently-used map, for model outputs that are dear to compute and cheap to keep.

Query vectors, reranker scores and token vectors are asked for several times in one search (every
system and every view of it); the app answers requests from several threads at once, so one lock
guards each map.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Hashable, Iterable
from typing import Generic, TypeVar

from mlmatch.errors import BadArgument

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class LRU(Generic[K, V]):
    def __init__(self, max_entries: int):
        if max_entries < 1:
            raise BadArgument(f"an LRU cache holds at least 1 entry, not {max_entries}")
        self.max_entries = max_entries
        self._entries: OrderedDict[K, V] = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._entries)

    def get_many(self, keys: Iterable[K]) -> dict[K, V]:
        """The entries present among `keys`, each marked as just used."""
        with self._lock:
            found = {}
            for key in keys:
                if key in self._entries:
                    self._entries.move_to_end(key)
                    found[key] = self._entries[key]
            return found

    def put_many(self, items: Iterable[tuple[K, V]]) -> None:
        """Add or replace entries, then drop the least recently used past `max_entries`."""
        with self._lock:
            for key, value in items:
                self._entries[key] = value
                self._entries.move_to_end(key)
            while len(self._entries) > self.max_entries:
                self._entries.popitem(last=False)
