"""The errors a user can cause: bad input, a missing model, a wrong argument.

Every one is a `MlmatchError` with a message fit to show as it is (one line, or a short list of
problems); the CLIs print it and exit with code 2, the app shows it, and neither prints a traceback.
Anything else is a bug and keeps its traceback.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable


class MlmatchError(Exception):
    """A mistake in the input, not in mlmatch."""


class FileRejected(MlmatchError, ValueError):
    """A file validated whole and rejected; `problems` lists every reason found, each with its line and field."""

    MAX_REPORTED = 8

    def __init__(self, source: str, problems: list[str]):
        self.source = source
        self.problems = problems
        super().__init__(self.describe(source))

    def describe(self, source: str) -> str:
        """One line for one problem; for several, their count and the first `MAX_REPORTED`, one per line."""
        if len(self.problems) == 1:
            return f"{source}: rejected: {self.problems[0]}"
        shown = self.problems[: self.MAX_REPORTED]
        more = f"\n  ... and {len(self.problems) - len(shown)} more" if len(self.problems) > len(shown) else ""
        return f"{source}: rejected, {len(self.problems)} problems:\n  " + "\n  ".join(shown) + more


class ModelNotAvailable(MlmatchError, RuntimeError):
    """A model name that is neither `packaged`, a local folder, nor loadable from the hub."""


class BadArgument(MlmatchError, ValueError):
    """An argument out of its range or not one of its choices."""


def run_cli(command: Callable[[], object], debug: bool = False) -> int:
    """Run one command-line command: 0 on success, 2 with a one-line message for a user mistake.

    `--debug` re-raises so the traceback shows. Output piped into `head` that closes early is not
    an error (exit 1, no traceback, as for other Unix tools).
    """
    try:
        command()
        sys.stdout.flush()
    except MlmatchError as error:
        if debug:
            raise
        print(f"error: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # Python flushes stdout again at exit
        return 1
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    return 0
