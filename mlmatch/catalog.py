"""Product catalogs: load JSONL, CSV or Parquet into validated `Product` records.

A file is validated whole before anything is returned: every problem is reported with
file, line (or row) and field, and a bad file is rejected rather than half-loaded.

A catalog's checksum names its content in index cache keys. For a file it is the SHA-256 of the
bytes that were parsed (re-serialising 100k products to hash them took 2.4 s; hashing their 41 MB
file takes 0.03 s); for a catalog built in memory, a hash of its products, computed once.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import io
import json
import math
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from mlmatch.atomic import atomic_file
from mlmatch.errors import FileRejected
from mlmatch.languages import check_language, detect_language

OPTIONAL = ("description", "brand", "category", "attributes", "price", "currency", "url", "image_url")
# Characters a field may hold: far beyond any real listing (the models read the first ~500 characters of a
# title), and low enough that one bad row cannot exhaust memory while a catalog is indexed.
MAX_FIELD_CHARS = {"id": 512, "description": 20_000}
MAX_OTHER_FIELD_CHARS = 2_000
READER_VERSION = b"mlmatch-catalog-reader-2"  # change it when the same file bytes load as other products (2: NFC ids)


@dataclass(frozen=True)
class Product:
    id: str
    title: str
    lang: str
    description: str = ""
    brand: str = ""
    category: str = ""
    attributes: dict[str, str] = field(default_factory=dict)
    price: float | None = None
    currency: str = ""
    url: str = ""
    image_url: str = ""
    lang_detected: bool = False

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def embedding_text(product: Product) -> str:
    """The text a bi-encoder (and BM25) sees for a product: title first, then structured fields."""
    parts = [product.title]
    if product.brand and product.brand.casefold() not in product.title.casefold():
        parts.append(product.brand)
    if product.category:
        parts.append(product.category)
    parts.extend(f"{key}: {value}" for key, value in product.attributes.items() if value)
    if product.description:
        parts.append(product.description)
    return " | ".join(parts)


class CatalogError(FileRejected):
    """A catalog file that cannot be loaded; `problems` lists every reason found."""


@dataclass(frozen=True)
class Catalog:
    products: tuple[Product, ...]
    source: str
    checksum: str

    def __len__(self) -> int:
        return len(self.products)

    def __iter__(self) -> Iterator[Product]:
        return iter(self.products)

    def languages(self) -> list[str]:
        return sorted({product.lang for product in self.products})

    @cached_property
    def positions(self) -> dict[str, int]:
        """Product id -> row in `products` (and in every index built from this catalog)."""
        return {product.id: i for i, product in enumerate(self.products)}


def catalog_from_products(products: Iterable[Product], source: str) -> Catalog:
    products = tuple(products)
    canonical = json.dumps([p.to_dict() for p in products], ensure_ascii=False, sort_keys=True)
    return Catalog(products, source, hashlib.sha256(canonical.encode()).hexdigest())


def load_catalog(path: str | Path, detect_missing_lang: bool = False) -> Catalog:
    """Load and validate a catalog; the format follows the extension (.jsonl, .csv, .parquet)."""
    path = Path(path)
    if not path.is_file():
        raise CatalogError(str(path), ["file not found"])
    readers = {".jsonl": _jsonl_rows, ".ndjson": _jsonl_rows, ".csv": _csv_rows, ".parquet": _parquet_rows}
    reader = readers.get(path.suffix.lower())
    if reader is None:
        raise CatalogError(str(path), [f"unsupported format {path.suffix!r} (use .jsonl, .csv or .parquet)"])
    data = path.read_bytes()
    problems: list[str] = []
    products: list[Product] = []
    seen: dict[str, str] = {}
    for where, row in reader(data, problems):
        product = _product(row, where, problems, detect_missing_lang)
        if product is None:
            continue
        if product.id in seen:
            problems.append(f"{where}: field 'id': duplicate id {product.id!r} (first at {seen[product.id]})")
            continue
        seen[product.id] = where
        products.append(product)
    if not products and not problems:
        problems.append("no products in file")
    if problems:
        raise CatalogError(str(path), problems)
    return Catalog(tuple(products), str(path), file_checksum(data, any(product.lang_detected for product in products)))


def write_catalog(catalog: Catalog, path: str | Path) -> Path:
    """The catalog as a JSONL file `load_catalog` reads back (fields left empty are not written)."""
    with atomic_file(Path(path)) as scratch, scratch.open("w", encoding="utf-8") as out:
        for product in catalog:
            row = {name: value for name, value in product.to_dict().items() if value not in ("", {}, None) and name != "lang_detected"}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return Path(path)


def file_checksum(data: bytes, languages_detected: bool) -> str:
    """The checksum of a catalog loaded from `data`: its bytes, the reader's version, and whether
    languages were filled in by detection (the same bytes then load as other products)."""
    digest = hashlib.sha256(READER_VERSION)
    digest.update(b"\0detected\0" if languages_detected else b"\0as written\0")
    digest.update(data)
    return digest.hexdigest()


def count_rows(path: str | Path) -> int:
    """Rows in a .jsonl or .csv file as its reader splits them, valid or not, before any validation.

    Row limits use this rather than counting newline bytes, so they hold whatever line
    separators the file uses.
    """
    path = Path(path)
    text = path.read_bytes().decode("utf-8-sig", errors="replace")  # a bad byte is the reader's to report
    if path.suffix.lower() != ".csv":
        return sum(1 for _ in _jsonl_lines(text))
    records, count = _csv_records(text), 0
    with contextlib.suppress(csv.Error):  # rows past a malformed one are unreadable; load_catalog reports it
        for _ in records:
            count += 1
    return count


def _decode(data: bytes, problems: list[str]) -> str | None:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        problems.append(f"line {line}: not valid UTF-8 (byte {data[error.start]:#04x}); save the file as UTF-8")
        return None


def _jsonl_lines(text: str) -> Iterator[tuple[int, str]]:
    """Numbered non-blank lines, split on line feeds only: JSON strings may hold U+2028, U+0085 or a
    form feed, which `str.splitlines` also splits on."""
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            yield number, line


def _json(text: str) -> Any:
    """`json.loads` with every failure a ValueError whose text is a short reason."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise ValueError(error.msg) from None
    except RecursionError:  # e.g. 100,000 nested lists overflow the decoder's stack
        raise ValueError("nested too deeply") from None


def _jsonl_rows(data: bytes, problems: list[str]) -> Iterator[tuple[str, dict]]:
    text = _decode(data, problems)
    for number, line in _jsonl_lines(text or ""):
        try:
            row = _json(line)
        except ValueError as error:  # also integers past Python's digit limit
            problems.append(f"line {number}: invalid JSON ({error})")
            continue
        if not isinstance(row, dict):
            problems.append(f"line {number}: expected a JSON object")
            continue
        yield f"line {number}", row


def _csv_records(text: str) -> csv.DictReader:
    """The csv module's own line handling (newline=""), so a line break or form feed inside a quoted field is kept as written."""
    return csv.DictReader(io.StringIO(text, newline=""))


def _csv_rows(data: bytes, problems: list[str]) -> Iterator[tuple[str, dict]]:
    text = _decode(data, problems)
    if text is None:
        return
    reader = _csv_records(text)
    try:
        for row in reader:
            where = f"line {reader.line_num}"
            if None in row:
                problems.append(f"{where}: more values than header columns")
                continue
            row = {key: value for key, value in row.items() if value not in (None, "")}
            if "attributes" in row:
                try:
                    row["attributes"] = _json(row["attributes"])
                except ValueError:
                    problems.append(f"{where}: field 'attributes': expected a JSON object")
                    continue
            yield where, row
    except csv.Error as error:  # the DictReader's own line_num still names the last good row
        problems.append(f"line {reader.reader.line_num}: unreadable CSV ({error})")


def _parquet_rows(data: bytes, problems: list[str]) -> Iterator[tuple[str, dict]]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        # Read whole, on this thread, and closed before returning: a pyarrow worker thread still releasing the
        # file when the interpreter exits made the CLI abort (status 134) about one run in thirty.
        with pq.ParquetFile(pa.BufferReader(data), pre_buffer=False) as parquet:
            table = parquet.read(use_threads=False)
    except Exception as error:  # pyarrow raises several types for unreadable files
        problems.append(f"unreadable Parquet file ({error})")
        return
    maps = {column.name for column in table.schema if pa.types.is_map(column.type)}  # read as (key, value) pairs
    for number, row in enumerate(table.to_pylist(), start=1):
        yield f"row {number}", {key: dict(value) if key in maps else value for key, value in row.items() if value is not None}


def _text(row: dict, name: str, where: str, problems: list[str]) -> str:
    value = row.get(name, "")
    if isinstance(value, (int, float)) and not isinstance(value, bool) and name == "id":
        value = str(value)
    if not isinstance(value, str):
        problems.append(f"{where}: field {name!r}: expected text, got {type(value).__name__}")
        return ""
    limit = MAX_FIELD_CHARS.get(name, MAX_OTHER_FIELD_CHARS)
    if len(value) > limit:
        problems.append(f"{where}: field {name!r}: {len(value):,} characters; the limit is {limit:,}")
        return ""
    return value.strip()


def _product(row: dict, where: str, problems: list[str], detect_missing_lang: bool) -> Product | None:
    before = len(problems)
    values = {name: _text(row, name, where, problems) for name in ("id", "title", "lang", *OPTIONAL) if name not in ("attributes", "price")}
    values["id"] = unicodedata.normalize("NFC", values["id"])  # "café" is one id however its é is encoded
    if not values["id"]:
        problems.append(f"{where}: field 'id': missing")
    elif control := next((c for c in values["id"] if unicodedata.category(c) == "Cc"), None):
        problems.append(f"{where}: field 'id': contains the control character U+{ord(control):04X}")
    if not values["title"]:
        problems.append(f"{where}: field 'title': missing or empty")
    elif not any(unicodedata.category(c)[0] in "LNPS" for c in values["title"]):
        problems.append(f"{where}: field 'title': only invisible characters (spaces, zero-width or format characters)")
    lang, detected = values["lang"], False
    if not lang:
        if detect_missing_lang and values["title"]:
            lang, detected = detect_language(values["title"])[0], True
        else:
            problems.append(f"{where}: field 'lang': missing (set it, or load with language detection)")
    if lang:
        try:
            lang = check_language(lang)
        except ValueError as error:
            problems.append(f"{where}: field 'lang': {error}")
    attributes = row.get("attributes", {})
    if not isinstance(attributes, dict):
        problems.append(f"{where}: field 'attributes': expected a mapping of name to value")
        attributes = {}
    price = row.get("price")
    if isinstance(price, bool):  # float(True) would pass as 1.0
        problems.append(f"{where}: field 'price': expected a non-negative number, got a boolean ({str(price).lower()})")
    elif price is not None:
        try:
            price = float(price)
            if not math.isfinite(price) or price < 0:
                raise ValueError
        except (TypeError, ValueError):
            problems.append(f"{where}: field 'price': expected a non-negative number, got {row['price']!r}")
    if len(problems) > before:
        return None
    return Product(
        id=values["id"],
        title=values["title"],
        lang=lang,
        description=values["description"],
        brand=values["brand"],
        category=values["category"],
        attributes={str(key): str(value) for key, value in attributes.items() if value is not None},  # null = absent
        price=price,
        currency=values["currency"],
        url=values["url"],
        image_url=values["image_url"],
        lang_detected=detected,
    )
