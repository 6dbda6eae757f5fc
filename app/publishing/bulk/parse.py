"""Turning CSV rows into record details typed by the registry's schema (seed 002's CSV rules)."""

import hashlib
import json
import math
from collections import Counter
from typing import Any

from app.publishing.csvio import field_schemas

RESERVED = ("record_name", "description", "valid_till")
MAX_COLUMNS = 1000  # a header wider than this is not a registry's CSV
SHOWN = 20  # problem lists name at most this many columns
TRUE, FALSE = {"true", "1", "yes"}, {"false", "0", "no"}
_BOOLEANS = {**dict.fromkeys(TRUE, True), **dict.fromkeys(FALSE, False)}


class HeaderError(ValueError):
    """The header row does not fit the schema (unknown or missing columns)."""


def _required_paths(schema, prefix=""):
    paths = []
    props = schema.get("properties") or {}
    for name in schema.get("required", []):
        sub = props.get(name, {})
        if isinstance(sub, dict) and sub.get("type") == "object" and sub.get("properties"):
            paths += _required_paths(sub, f"{prefix}{name}.")
        else:
            paths.append(f"{prefix}{name}")
    return paths


def check_header(schema, header, record_name_field=None):
    """Validate the header; returns {column: leaf schema} for the data columns."""
    if len(header) > MAX_COLUMNS:
        raise HeaderError({"too_many_columns": [f"{len(header)} columns; at most {MAX_COLUMNS}"]})
    fields = field_schemas(schema)
    header = [h.strip() for h in header]
    present = Counter(header)
    unknown = [h for h in header if h not in fields and h not in RESERVED and h != record_name_field]
    missing = [p for p in _required_paths(schema) if p not in present]
    dupes = sorted(h for h, n in present.items() if n > 1)
    problems = {}
    if unknown:
        problems["unknown_columns"] = unknown[:SHOWN]
    if missing:
        problems["missing_required_columns"] = missing[:SHOWN]
    if dupes:
        problems["duplicate_columns"] = dupes[:SHOWN]
    if record_name_field and record_name_field not in present:
        problems["record_name_field"] = [record_name_field]
    if problems:
        raise HeaderError(problems)
    return {h: fields[h] for h in header if h in fields}


def _scalar(kind, raw):
    if kind == "integer":
        return int(raw)
    if kind == "number":
        if not any(c in raw for c in ".eE"):
            return int(raw)
        value = float(raw)
        if not math.isfinite(value):  # 1e400: JSON has no such number (orjson wrote null; multipleOf crashed)
            raise ValueError("out of range")
        return value
    if kind == "boolean":
        return boolean(raw)
    return raw


def boolean(raw):
    """A boolean cell (true/false, 1/0, yes/no, any case); ValueError for any other."""
    try:
        return _BOOLEANS[raw.strip().lower()]
    except KeyError:
        raise ValueError(f"not a boolean: {raw!r}") from None


def leaf_kind(leaf):
    """The type a schema leaf gives its cells: the first that is not null, when it names several."""
    kind = leaf.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "string")
    return kind


def convert(leaf, raw):
    """A CSV cell as the schema types it; raises ValueError on a cell that cannot be that type."""
    kind = leaf_kind(leaf)
    if kind == "array":
        item_kind = (leaf.get("items") or {}).get("type", "string")
        return [_scalar(item_kind, part.strip()) for part in raw.split(",") if part.strip() != ""]
    if kind == "object":
        return json.loads(raw)
    return _scalar(kind, raw)


def compile_columns(columns):
    """Per column: (index, column, parent path, key, converter or None for plain strings)."""
    plan = []
    for index, (column, leaf) in enumerate(columns):
        if leaf is None:
            continue
        kind = leaf.get("type")
        converter = None if kind == "string" else (lambda raw, leaf=leaf: convert(leaf, raw))
        *parents, last = column.split(".")
        plan.append((index, column, tuple(parents), last, converter, kind))
    return plan


def build_details(plan, row):
    """(details, cell_errors) from one CSV row; empty cells are omitted."""
    details: dict[str, Any] = {}
    errors = None
    for index, column, parents, last, converter, kind in plan:
        raw = row[index]
        if raw == "":
            continue
        if converter is not None:
            try:
                raw = converter(raw)
            except (ValueError, TypeError) as exc:
                errors = errors or {}
                errors["$." + column] = [f"cannot read {raw[:50]!r} as {kind}: {exc}"[:300]]
                continue
        target = details
        for part in parents:
            target = target.setdefault(part, {})
        target[last] = raw
    return details, errors


def generated_name(row):
    """A stable record name for a row without a name column: the hash of its cells."""
    return "row-" + hashlib.sha256("\x1f".join(row).encode()).hexdigest()[:20]
