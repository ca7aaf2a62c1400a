"""The one error every on-disk index raises when it does not match what it is asked for."""


class StaleIndex(RuntimeError):
    """An index built from another model or catalog than the one asked for (or unreadable)."""
