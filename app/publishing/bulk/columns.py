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

import contextlib
from collections.abc import Callable, Sequence
from typing import Any

import fastjsonschema
import orjson

from app.publishing.bulk.parse import boolean, leaf_kind
from app.publishing.validation import _by_property

SCALARS = {"string", "integer", "number", "boolean"}


def _written(validate: Callable, value: Any) -> str | None:
    """A typed value as orjson writes it, or None: it fails its property, or orjson refuses it (an
    integer beyond 64 bits; the per-row path writes that)."""
    try:
        validate(value)
        return orjson.dumps(value).decode()
    except (fastjsonschema.JsonSchemaValueException, TypeError):
        return None


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
            kind = leaf_kind({"type": kind})
            if parents or kind not in SCALARS or last not in by_name:
                return None
            typing = {"string": None, "integer": int, "boolean": boolean}.get(kind, converter)
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
            if kind == "number":  # 1 and 1.0 are one value to a set, not to the schema or JSON: each cell
                written = [_written(validate, value) for value in typed]
            else:  # one type per column (str, int or bool): each distinct value is checked and written once
                text = {value: _written(validate, value) for value in set(typed)}
                written = [text[value] for value in typed]
            key = ("," if position else "{") + orjson.dumps(name).decode() + ":"
            column_pieces = []
            for i, json_text in enumerate(written):
                if json_text is None:
                    clean[i] = False
                    json_text = ""
                column_pieces.append(key + json_text)
            pieces.append(column_pieces)
        rows_pieces = zip(*pieces, strict=True)
        return ["".join(parts) + "}" if ok else None for ok, parts in zip(clean, rows_pieces, strict=True)]

    @staticmethod
    def _typed(cells: list[str], typing: Callable | None, clean: list[bool]) -> list[Any]:
        """The column's cells as the schema types them; a cell that cannot be typed (or is empty) becomes
        None and its row unclean."""
        if typing is None:
            return cells
        with contextlib.suppress(ValueError, TypeError):  # a cell that cannot be typed: the loop finds it
            return list(map(typing, cells))
        typed: list[Any] = []
        for i, cell in enumerate(cells):
            try:
                typed.append(typing(cell))
            except (ValueError, TypeError):
                typed.append(None)
                clean[i] = False
        return typed
