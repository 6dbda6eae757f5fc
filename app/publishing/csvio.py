"""CSV shapes shared by export, template, bulk upload and snapshots: dot-path columns."""

import csv
import io
import json

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
META_COLUMNS = ("record_id", "record_name", "state", "version", "created_at", "updated_at")


def schema_columns(schema, prefix=""):
    """Flattened field paths of a schema: nested objects become dot paths, arrays one column."""
    columns = []
    for name, sub in (schema.get("properties") or {}).items():
        path = f"{prefix}{name}"
        if isinstance(sub, dict) and sub.get("type") == "object" and sub.get("properties"):
            columns += schema_columns(sub, f"{path}.")
        else:
            columns.append(path)
    return columns


def field_schemas(schema, prefix=""):
    """{dot_path: leaf schema} for every flattened column."""
    out = {}
    for name, sub in (schema.get("properties") or {}).items():
        path = f"{prefix}{name}"
        if isinstance(sub, dict) and sub.get("type") == "object" and sub.get("properties"):
            out.update(field_schemas(sub, f"{path}."))
        else:
            out[path] = sub if isinstance(sub, dict) else {}
    return out


def get_path(details, path):
    """Value at a dot path in nested dicts, or None."""
    value = details
    for part in path.split("."):
        if not isinstance(value, dict):
            return None
        value = value.get(part)
    return value


def cell(value):
    """A CSV cell: arrays comma-joined, objects as JSON, formula-leading strings neutralised."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        value = ",".join("" if v is None else (json.dumps(v) if isinstance(v, (dict, list)) else str(v)) for v in value)
    elif isinstance(value, dict):
        value = json.dumps(value, sort_keys=True)
    elif not isinstance(value, str):
        return str(value)
    return "'" + value if value.startswith(FORMULA_PREFIXES) else value


def csv_line(values):
    """One CSV-encoded line."""
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(values)
    return buf.getvalue()
