"""Record query filters, sort and projection, checked against the registry's JSON Schema. One syntax:

- `details.<path>=v` equality; `details.<path>[op]=v` with op one of gt, gte, lt, lte (numbers,
  and strings such as ISO dates, which order as text), ne, in (`a,b,c`) and contains (strings,
  case-insensitive);
- `sort=<key>,-<key>`: a schema property path, or date, updated, status, name, id; `-` descends;
- `fields=<path>,<path>`: only these properties in each record's `details`.

A property the schema does not declare, an unknown operator, or a value of the wrong type answers
400 naming the parameter."""

import operator
import re
from typing import Any

from sqlalchemy import ColumnElement, and_

from app.core.errors import InvalidRequest
from app.publishing.csvio import field_schemas
from app.publishing.indexes import kind_of, pg_expression
from app.publishing.models import Record

FILTER_KEY = re.compile(r"^(?P<path>[^\[\]]+?)(?:\[(?P<op>[^\[\]]*)\])?$")
COMPARE = {
    "eq": operator.eq,
    "ne": operator.ne,
    "gt": operator.gt,
    "gte": operator.ge,
    "lt": operator.lt,
    "lte": operator.le,
}
OPS = (*COMPARE, "in", "contains")
SORT_WORDS = {
    "date": Record.created_at,
    "updated": Record.updated_at,
    "status": Record.state,
    "name": Record.name,
    "id": Record.record_id,
}
_TRUE, _FALSE = ("true", "1"), ("false", "0")


def contains(column: Any, text: str) -> ColumnElement[bool]:
    """Case-insensitive substring match, with %, _ and \\ in `text` taken literally."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return column.ilike(f"%{escaped}%", escape="\\")


def _refuse(param: str, message: str) -> InvalidRequest:
    return InvalidRequest(message, {"query": {param: [message]}})


def _leaf(schema: dict[str, Any], path: str, param: str) -> str:
    leaf = field_schemas(schema or {}).get(path)
    if leaf is None:
        raise _refuse(param, f"{path!r} is not a property of the registry's schema")
    return kind_of(leaf)


def _column(path: str, kind: str, dialect: str = "") -> Any:
    if dialect == "postgresql":  # the path written in, as an x-index index has it (publishing/indexes.py)
        return pg_expression(path, kind)
    expr = Record.details[tuple(path.split("."))]
    return {"integer": expr.as_integer, "number": expr.as_float, "boolean": expr.as_boolean}.get(kind, expr.as_string)()


def _value(kind: str, raw: str, param: str) -> Any:
    try:
        if kind == "integer":
            return int(raw)
        if kind == "number":
            return float(raw)
    except ValueError:
        raise _refuse(param, f"{param} must be a {kind}: {raw!r} is not") from None
    if kind == "boolean":
        if raw.lower() not in _TRUE + _FALSE:
            raise _refuse(param, f"{param} must be a boolean (true or false): {raw!r} is not")
        return raw.lower() in _TRUE
    return raw


def detail_filter(schema: dict[str, Any], key: str, raw: str, dialect: str = "") -> ColumnElement[bool]:
    """The WHERE clause for one `details.<key>=raw` query parameter."""
    param = f"details.{key}"
    match = FILTER_KEY.match(key)
    if match is None:
        raise _refuse(param, f"{param}: expected details.<property> or details.<property>[<operator>]")
    path, op = match["path"], match["op"] or "eq"
    if op not in OPS:
        raise _refuse(param, f"unknown operator {op!r}; one of {', '.join(OPS)}")
    kind = _leaf(schema, path, param)
    column = _column(path, kind, dialect)
    if op == "contains":
        if kind != "string":
            raise _refuse(param, f"contains applies to strings; {path} is a {kind}")
        return contains(column, raw)
    if op == "in":
        return column.in_([_value(kind, item, param) for item in raw.split(",")])
    if kind == "boolean" and op not in ("eq", "ne"):
        raise _refuse(param, f"{op} does not apply to a boolean")
    return COMPARE[op](column, _value(kind, raw, param))


def all_filters(schema: dict[str, Any], filters: dict[str, str], dialect: str = "") -> ColumnElement[bool] | None:
    clauses = [detail_filter(schema, key, raw, dialect) for key, raw in filters.items()]
    return and_(*clauses) if clauses else None


def sort_columns(schema: dict[str, Any], spec: str | None) -> list[Any]:
    """ORDER BY terms for `sort=a,-b` (the record name breaks ties, so pages are stable)."""
    terms = []
    for part in (spec or "name").split(","):
        key = part.strip()
        descending = key.startswith("-")
        key = key.lstrip("-+")
        if not key:
            raise _refuse("sort", "sort: an empty key")
        column = SORT_WORDS.get(key)
        if column is None:
            path = key.removeprefix("details.")
            column = _column(path, _leaf(schema, path, "sort"))
        terms.append(column.desc() if descending else column.asc())
    return [*terms, Record.name.asc(), Record.id.asc()]


def projection(schema: dict[str, Any], spec: str | None) -> list[str] | None:
    """The property paths `fields=a,b.c` keeps, checked against the schema; None keeps everything."""
    if not spec:
        return None
    paths = [p.strip().removeprefix("details.") for p in spec.split(",") if p.strip()]
    for path in paths:
        if not any(leaf == path or leaf.startswith(path + ".") for leaf in field_schemas(schema or {})):
            raise _refuse("fields", f"{path!r} is not a property of the registry's schema")
    return paths


def project(details: dict[str, Any], paths: list[str] | None) -> dict[str, Any]:
    """`details` with only `paths` (dot paths keep their nesting)."""
    if paths is None:
        return details
    out: dict[str, Any] = {}
    for path in paths:
        source, target, parts = details, out, path.split(".")
        for part in parts[:-1]:
            if not isinstance(source, dict) or part not in source:
                break
            source, target = source[part], target.setdefault(part, {})
        else:
            if isinstance(source, dict) and parts[-1] in source:
                target[parts[-1]] = source[parts[-1]]
    return out
