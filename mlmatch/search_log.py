"""A shop's search log: what its shoppers searched, were shown and did, read and validated like catalogs.

JSON lines, one search each:

    {"time": "2026-11-30T14:03:00Z", "query": "苹果手机壳", "lang": "zh",
     "shown": ["p17", "p3", "p9"], "clicked": ["p3"], "carted": ["p3"], "bought": []}

`time` (ISO 8601; without a zone, UTC), `query` and `shown` (product ids, in the order shown) are required;
`lang` (the query's, ISO 639-1) and the actions `clicked`, `carted` and `bought` (ids among `shown`) are
optional. Fields that name a shopper (`PRIVATE`: user, session, customer, IP, e-mail) are dropped on read
and kept nowhere; any other unknown field is a mistake ("clicks" for "clicked") and rejects the file. A file
is validated whole: every problem is reported with its line and field, and a bad file is never half-read.
A log of millions of searches is not held: `scan_search_log` validates it and keeps each search's time,
then `iter_search_log` reads it again a search at a time.
"""

from __future__ import annotations

import json
import sys
from array import array
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from mlmatch.atomic import atomic_file
from mlmatch.errors import BadArgument, FileRejected
from mlmatch.languages import check_language
from mlmatch.systems import check_query

ACTIONS = ("clicked", "carted", "bought")  # weakest first: a product's grade is its strongest action's
GRADES = {action: grade for grade, action in enumerate(ACTIONS, start=1)}
REQUIRED = ("time", "query", "shown")
PRIVATE = frozenset({"user", "user_id", "userid", "shopper", "shopper_id", "customer", "customer_id", "session", "session_id",
                     "visitor", "visitor_id", "device_id", "ip", "ip_address", "email"})
MAX_SHOWN = 1000
NONE: frozenset[str] = frozenset()  # shared by every search without an action of a kind (most have no cart, no purchase)


class SearchLogError(FileRejected):
    """A search log that cannot be read; `problems` lists every reason found."""


@dataclass(frozen=True, slots=True)
class Search:
    time: datetime  # aware, UTC
    query: str
    lang: str | None
    shown: tuple[str, ...]
    clicked: frozenset[str] = NONE
    carted: frozenset[str] = NONE
    bought: frozenset[str] = NONE

    def grade(self, product_id: str) -> int:
        """The strength of the shopper's strongest action on the product: 3 bought, 2 carted, 1 clicked, 0 none."""
        return max((GRADES[action] for action in ACTIONS if product_id in getattr(self, action)), default=0)

    @property
    def acted_on(self) -> frozenset[str]:
        return self.clicked | self.carted | self.bought

    def to_dict(self) -> dict:
        return {"time": self.time.isoformat().replace("+00:00", "Z"), "query": self.query, "lang": self.lang, "shown": list(self.shown),
                **{action: [p for p in self.shown if p in getattr(self, action)] for action in ACTIONS}}


def read_search_log(path: str | Path) -> list[Search]:
    """Every search of the file, oldest first; `SearchLogError` listing every problem when any line is bad.
    It holds the whole log (about 1.4 KB a search): for a large one, `scan_search_log` and `iter_search_log`."""
    return sorted(_validated(path), key=lambda s: s.time)


def scan_search_log(path: str | Path) -> np.ndarray:
    """Validate the whole file, keeping no search: each search's time (POSIX seconds) in file order, or
    `SearchLogError` listing every problem."""
    times = array("d", (search.time.timestamp() for search in _validated(path)))  # 8 bytes a search
    return np.frombuffer(times, dtype=np.float64)


def _validated(path: str | Path) -> Iterator[Search]:
    """The file's good searches in file order; then, when any line was bad (or none was a search),
    `SearchLogError`, raised once the whole file is read so that it lists every problem."""
    problems: list[str] = []
    found = False
    for number, line in _lines(path):
        search = _search(line, f"line {number}", problems)
        if search is not None:
            found = True
            yield search
    if not found and not problems:
        problems.append("no searches in file")
    if problems:
        raise SearchLogError(str(path), problems)


def iter_search_log(path: str | Path) -> Iterator[Search]:
    """The file's searches in file order, read a line at a time (recurring product ids and queries kept once
    each, `sys.intern`). Scan it first: a bad line met here is an error, after the searches before it."""
    for number, line in _lines(path):
        problems: list[str] = []
        search = _search(line, f"line {number}", problems)
        if problems:
            raise SearchLogError(str(path), problems)
        if search is not None:
            yield search


def _lines(path: str | Path) -> Iterator[tuple[int, str]]:
    """(number, line) of the file's lines that are not blank."""
    number = 0
    try:
        with Path(path).open(encoding="utf-8") as lines:
            for number, line in enumerate(lines, start=1):
                if line.strip():
                    yield number, line
    except FileNotFoundError:
        raise SearchLogError(str(path), ["no such file"]) from None
    except UnicodeDecodeError:
        raise SearchLogError(str(path), [f"not UTF-8 text (after line {number})"]) from None


def write_search_log(searches: Iterable[Search], path: str | Path) -> Path:
    """The searches as a log file (replaced whole, never left half-written)."""
    with atomic_file(Path(path)) as scratch, scratch.open("w", encoding="utf-8") as out:
        for search in searches:
            out.write(json.dumps(search.to_dict(), ensure_ascii=False) + "\n")
    return Path(path)


def _search(line: str, where: str, problems: list[str]) -> Search | None:
    try:
        row = json.loads(line)
    except json.JSONDecodeError as error:
        problems.append(f"{where}: not JSON ({error.msg})")
        return None
    if not isinstance(row, dict):
        problems.append(f"{where}: not a JSON object")
        return None
    found = len(problems)
    for name in row.keys() - {*REQUIRED, "lang", *ACTIONS} - PRIVATE:
        problems.append(f"{where}: field {name!r}: unknown (expected {', '.join((*REQUIRED, 'lang', *ACTIONS))})")
    for name in REQUIRED:
        if name not in row:
            problems.append(f"{where}: field {name!r}: missing")
    if len(problems) > found:
        return None
    time, query, lang = _time(row["time"], where, problems), _query(row["query"], where, problems), _lang(row.get("lang"), where, problems)
    shown = _shown(row["shown"], where, problems)
    actions = {action: _ids(row.get(action) or [], action, where, problems) for action in ACTIONS}
    for action, ids in actions.items():
        outside = [i for i in ids or () if shown is not None and i not in shown]
        if outside:
            problems.append(f"{where}: field {action!r}: {outside[0]!r} was not shown")
    if len(problems) > found:
        return None
    return Search(time, query, lang, tuple(shown), **{action: frozenset(ids) if ids else NONE for action, ids in actions.items()})


def _time(value: object, where: str, problems: list[str]) -> datetime | None:
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00")) if isinstance(value, str) else None
    except ValueError:
        parsed = None
    if parsed is None:
        problems.append(f"{where}: field 'time': {value!r} is no ISO 8601 time (e.g. 2026-11-30T14:03:00Z)")
        return None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def _query(value: object, where: str, problems: list[str]) -> str | None:
    """A query the engine would search (`check_query`): text, not blank, within its length limit."""
    if not isinstance(value, str):
        problems.append(f"{where}: field 'query': must be text")
        return None
    try:
        check_query(value)
    except BadArgument as error:
        problems.append(f"{where}: field 'query': {error}")
        return None
    return sys.intern(value.strip())


def _lang(value: object, where: str, problems: list[str]) -> str | None:
    if value is None:
        return None
    try:
        return check_language(value) if isinstance(value, str) else check_language(repr(value))
    except BadArgument as error:
        problems.append(f"{where}: field 'lang': {error}")
        return None


def _shown(value: object, where: str, problems: list[str]) -> list[str] | None:
    shown = _ids(value, "shown", where, problems)
    if shown is not None and not shown:
        problems.append(f"{where}: field 'shown': empty (a search shows at least one product)")
    elif shown is not None and len(shown) > MAX_SHOWN:
        problems.append(f"{where}: field 'shown': {len(shown)} products; at most {MAX_SHOWN}")
    elif shown is not None and len(set(shown)) < len(shown):
        problems.append(f"{where}: field 'shown': a product listed twice")
    else:
        return shown
    return None


def _ids(value: object, name: str, where: str, problems: list[str]) -> list[str] | None:
    if not isinstance(value, list) or not all(isinstance(i, str) and i.strip() for i in value):
        problems.append(f"{where}: field {name!r}: must be a list of product ids (text)")
        return None
    return [sys.intern(i.strip()) for i in value]
