"""Checking a batch of CSV rows a column at a time, where the registry's schema allows it: each column's
cells are typed in one pass (`map` of the type, not a call chain per cell), and each distinct value is
checked once against its property's own compiled validator (a department column of 1M rows holds three
values) and written as JSON once. A row comes out as its details' JSON text (its cells' pieces joined,
byte for byte what orjson makes of the per-row path's dict) only when every cell of it was typed and
passed; any other row (an empty cell, a cell that failed) gets None, and the importer takes it the
per-row way, which names its errors exactly as before. So the outcome — rows staged, details, the
failed rows' report — is the per-row path's, row for row (tests/publishing/test_bulk_columns.py
compares them on random files).

Only a schema whose properties can be checked one by one (validation._by_property: no references,
combinators or cross-property keywords) whose CSV columns are all top-level scalars (string, integer,
number, boolean) is checked so; any other goes the per-row way (ColumnCheck.build returns None).

Measured in the parse process, 1M rows of the bench's employee schema: see bench/clever_code.py."""

from collections.abc import Callable, Sequence
from typing import Any

import fastjsonschema
import orjson

from app.publishing.bulk.parse import FALSE, TRUE
from app.publishing.validation import _by_property

SCALARS = {"string", "integer", "number", "boolean"}
_BOOLEANS = {**dict.fromkeys(TRUE, True), **dict.fromkeys(FALSE, False)}


def _boolean(raw: str) -> bool:
    return _BOOLEANS[raw.strip().lower()]  # a KeyError is a cell that is not a boolean


def _json(value: Any) -> str | None:
    try:
        return orjson.dumps(value).decode()
    except TypeError:
        return None


def _passes(validate: Callable, value: Any) -> bool:
    try:
        validate(value)
        return True
    except fastjsonschema.JsonSchemaValueException:
        return False


def _kind(leaf: dict) -> Any:
    kind = leaf.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "string")
    return kind


class ColumnCheck:
    """The columns of one plan (parse.compile_columns) and how each is typed and checked."""

    def __init__(self, columns: list[tuple[int, str, str, Callable | None, Callable]]) -> None:
        self.columns = columns  # (cell index, property name, kind, typing function or None, its validator)

    @classmethod
    def build(cls, key: str, plan: Sequence[tuple]) -> "ColumnCheck | None":
        """For the schema `key` (validation.schema_key) and the importer's plan, or None: not this way."""
        parts = _by_property(key)
        if parts is None or not plan:
            return None
        _, by_name = parts
        columns = []
        for index, _, parents, last, converter, kind in plan:
            kind = _kind({"type": kind})
            if parents or kind not in SCALARS or last not in by_name:
                return None
            typing = {"string": None, "integer": int, "boolean": _boolean}.get(kind, converter)
            columns.append((index, last, kind, typing, by_name[last][0]))
        return cls(columns)

    def check(self, rows: Sequence[Sequence[str]]) -> list[str | None]:
        """Per row: its details as JSON text (what importer._dumps makes of them) when every cell was
        typed and passed its property, else None. Each distinct value is written as JSON once too, and
        a row's text is its cells' pieces joined (the dicts alone took a fifth of the parse)."""
        clean = [True] * len(rows)
        pieces = []
        for position, (index, name, kind, typing, validate) in enumerate(self.columns):
            cells = [row[index] for row in rows]
            if "" in cells:  # an empty cell leaves the property out: the per-row path decides
                for i, cell in enumerate(cells):
                    if cell == "":
                        clean[i] = False
            typed = self._typed(cells, typing, clean)
            if kind == "number":  # 1 and 1.0 are one value to a set: each cell is checked
                for i, value in enumerate(typed):
                    if clean[i] and not _passes(validate, value):
                        clean[i] = False
            else:  # one type per column (str, int or bool): each distinct value is checked once
                bad = {value for value in set(typed) if not _passes(validate, value)}
                if bad:
                    for i, value in enumerate(typed):
                        if value in bad:
                            clean[i] = False
            key = ("," if position else "{") + orjson.dumps(name).decode() + ":"
            pieces.append(self._pieces(key, kind, typed, clean))
        rows_pieces = zip(*pieces, strict=True)
        return ["".join(parts) + "}" if ok else None for ok, parts in zip(clean, rows_pieces, strict=True)]

    @staticmethod
    def _pieces(key: str, kind: str, typed: list[Any], clean: list[bool]) -> list[str]:
        """Each cell's piece of its row's JSON text: the key, then the value as orjson writes it. A value
        orjson refuses (an integer beyond 64 bits) leaves its row to the per-row path, which writes it."""
        if kind == "number":  # 1 and 1.0 are one value to a dict, but not to JSON: each cell is written
            written = [_json(value) for value in typed]
        else:
            text = {value: _json(value) for value in set(typed)}
            written = [text[value] for value in typed]
        pieces = []
        for i, json_text in enumerate(written):
            if json_text is None:
                clean[i] = False
                json_text = ""
            pieces.append(key + json_text)
        return pieces

    @staticmethod
    def _typed(cells: list[str], typing: Callable | None, clean: list[bool]) -> list[Any]:
        """The column's cells as the schema types them; a cell that cannot be typed (or is empty) becomes
        None and its row unclean."""
        if typing is None:
            return cells
        try:
            return list(map(typing, cells))
        except (ValueError, TypeError, KeyError):
            pass
        typed: list[Any] = []
        for i, cell in enumerate(cells):
            try:
                typed.append(typing(cell))
            except (ValueError, TypeError, KeyError):
                typed.append(None)
                clean[i] = False
        return typed
