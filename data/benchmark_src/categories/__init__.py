"""Category modules of the mlmatch benchmark (one module per category).

Each module exposes CATEGORY, products() -> list[dict] and INTENTS (a list)
or intents() -> list[dict].  load_all() imports every module in MODULES;
a module that fails to import or to produce data is skipped with a warning
so that a partial build still works.
"""
from __future__ import annotations

import importlib
import sys
import traceback

MODULES = [
    # mlmatch helper A
    "electronics", "phone_accessories", "computers", "home_appliances",
    "kitchen", "furniture_home", "apparel", "shoes",
    # mlmatch helper B
    "beauty", "food_grocery", "toys", "sports_outdoor",
    "baby", "pets", "auto_parts", "books_stationery",
]


def load_module(name: str):
    mod = importlib.import_module(f"{__name__}.{name}")
    prods = list(mod.products())
    if hasattr(mod, "intents") and callable(mod.intents):
        ints = list(mod.intents())
    else:
        ints = list(mod.INTENTS)
    return prods, ints


def load_all(strict: bool = False, loaded: list | None = None):
    """Return (products, intents) of all importable modules, in MODULES order.

    strict=True re-raises instead of skipping.  When ``loaded`` is a list,
    the names of the modules that were loaded are appended to it.
    """
    products, intents = [], []
    for name in MODULES:
        try:
            p, i = load_module(name)
        except Exception as exc:  # noqa: BLE001 - skip broken/missing modules
            if strict:
                raise
            print(f"WARNING: skipping category module {name!r}: {type(exc).__name__}: {exc}",
                  file=sys.stderr)
            if not isinstance(exc, ModuleNotFoundError):
                traceback.print_exc(limit=2, file=sys.stderr)
            continue
        products.extend(p)
        intents.extend(i)
        if loaded is not None:
            loaded.append(name)
    return products, intents
