"""What every API view runs under (applied by Blueprint.auth): unknown query parameters refused, and
writes that lose a race to a concurrent identical write run again instead of answering 500."""

import time
from collections.abc import Callable
from typing import Any

from flask import request
from sqlalchemy.exc import IntegrityError, OperationalError

from app.core.errors import Conflict, InvalidRequest
from app.extensions import db

RACE_ATTEMPTS = 3


def declared_query(fn: Callable[..., Any]) -> tuple[frozenset[str], tuple[str, ...]]:
    """The query parameter names a view declares with @arguments(..., location="query"), and the
    prefixes its schemas take as families (QueryArgsSchema's `details.<path>` filters)."""
    names: set[str] = set()
    prefixes: tuple[str, ...] = ()
    for param in getattr(fn, "_apidoc", {}).get("arguments", {}).get("parameters", []):
        if param.get("in") != "query":
            continue
        schema = param["schema"]() if isinstance(param["schema"], type) else param["schema"]
        names |= {field.data_key or name for name, field in schema.fields.items()}
        prefixes += tuple(getattr(schema.Meta, "query_prefixes", ()))
    return frozenset(names), prefixes


def refuse_unknown_query(names: frozenset[str], prefixes: tuple[str, ...]) -> None:
    """400 naming every query parameter the operation does not declare: a filter silently ignored
    is a wrong answer (DESIGN: strict inputs)."""
    unknown = sorted(k for k in request.args if k not in names and not k.startswith(prefixes))
    if unknown:
        raise InvalidRequest(
            f"unknown query parameters {unknown}; this operation takes {sorted(names) or 'none'}",
            {name: ["unknown parameter"] for name in unknown},
        )


def run_settling_races(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """Run a view; when a concurrent identical write wins a unique constraint (or SQLite's single
    writer) first, roll back and run it again, so the loser finds the winner's row and answers as a
    replay would (a multipart upload cannot be read twice: it gets the 409 at once). Still losing after
    RACE_ATTEMPTS is a 409 conflict, never a 500."""
    for attempt in range(1, RACE_ATTEMPTS + 1):
        try:
            return fn(*args, **kwargs)
        except (IntegrityError, OperationalError) as exc:
            if isinstance(exc, OperationalError) and not is_write_race(exc):
                raise
            db.session.rollback()
            if request.mimetype == "multipart/form-data" or attempt == RACE_ATTEMPTS:
                raise Conflict(
                    "a concurrent request changed the same resource; retry", {"reason": "concurrent_write"}
                ) from exc
            time.sleep(0.01 * attempt)


# PostgreSQL's deadlock_detected: of two writers each waiting for the other, one is refused (a publish
# that waits for a record row an import holds, while the import waits for the publish's registry lock)
DEADLOCK = "40P01"


def is_write_race(exc: BaseException) -> bool:
    """A write refused for another's sake, to be run again: SQLite's answer to two writers (the later
    one's snapshot is stale or the lock is busy), or PostgreSQL's to a deadlock."""
    orig = getattr(exc, "orig", exc)
    if getattr(orig, "sqlstate", None) == DEADLOCK:
        return True
    text = str(orig).lower()
    return "database is locked" in text or "database is busy" in text
