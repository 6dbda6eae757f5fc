"""Compare two data versions of a registry: summary counts, then the changed records a page at a
time — added, removed, or changed (with each changed field, before and after). Rows are never
rewritten, so a record unchanged between the two versions is the same row in both: only the rows
closed or opened between the two versions are compared, each looked up by name through the
current-record index (`ix_records_current`) on the other side. As one FULL JOIN of the two sides,
SQLite scanned one side for every row of the other: 1M records with 1 % changed took 21.2 s,
against 8.1 s for comparing both versions' whole content (bench/diff.py)."""

import math
from typing import Any

from sqlalchemy import and_, case, exists, func, literal, null, or_, select, union_all
from sqlalchemy.orm import aliased

from app.core.db import DbSession
from app.core.errors import InvalidRequest
from app.core.models import Tenant
from app.publishing.models import Record, Registry
from app.publishing.reads import content_at, resolve_as_of
from app.publishing.service import get_registry

CHANGES = ("added", "removed", "changed")


def _changes(registry: Registry, old_v: int, new_v: int) -> Any:
    """(record_name, change, before, after, description before, after) of every record that differs
    between `old_v` and `new_v`: a row live at `old_v` and closed by `new_v` beside the row of its
    name opened since (removed when none, else changed if its details or description differ), then
    each row opened since whose name had none at `old_v` (added)."""
    old, new = aliased(Record, name="old"), aliased(Record, name="new")
    closed = and_(content_at(registry.id, old_v, False, of=old), old.version_to.is_not(None), old.version_to <= new_v)
    opened = and_(content_at(registry.id, new_v, False, of=new), new.version_from > old_v)
    before = (
        select(
            old.name.label("record_name"),
            case((new.id.is_(None), "removed"), else_="changed").label("change"),
            old.details.label("before"),
            new.details.label("after"),
            old.description.label("description_before"),
            new.description.label("description_after"),
        )
        .select_from(old)
        .outerjoin(new, and_(new.name == old.name, opened))
        .where(closed, or_(new.id.is_(None), old.details != new.details, old.description != new.description))
    )
    added = select(new.name, literal("added"), null(), new.details, null(), new.description).where(
        opened, ~exists().where(old.name == new.name, closed)
    )
    return union_all(before, added).subquery()


def _flatten(value: Any, prefix: str = "") -> dict[str, Any]:
    if isinstance(value, dict) and value:
        out: dict[str, Any] = {}
        for key, item in value.items():
            out.update(_flatten(item, f"{prefix}{key}."))
        return out
    return {prefix[:-1] or "$": value}


def field_changes(before: dict[str, Any], after: dict[str, Any]) -> list[dict[str, Any]]:
    """[{path, before, after}] for every leaf that differs (absent is None)."""
    old, new = _flatten(before or {}), _flatten(after or {})
    return [
        {"path": path, "before": old.get(path), "after": new.get(path)}
        for path in sorted(old.keys() | new.keys())
        if old.get(path) != new.get(path) or (path in old) != (path in new)
    ]


def diff_versions(
    *,
    session: DbSession,
    tenant: Tenant,
    namespace: str,
    registry_name: str,
    to: str,
    from_: str | None = None,
    page: int,
    limit: int,
    change: str | None = None,
) -> dict[str, Any]:
    """The differences between data versions `from_` (default: the one before `to`) and `to` (v7, 7,
    latest or an ISO time)."""
    reg = get_registry(session=session, tenant=tenant, namespace=namespace, name=registry_name)
    new_v = resolve_as_of(session=session, registry=reg, as_of=to)
    old_v = max(new_v - 1, 0) if from_ is None else resolve_as_of(session=session, registry=reg, as_of=from_)
    if old_v > new_v:
        raise InvalidRequest("from must not be after to", {"query": {"from": [f"v{old_v} is after v{new_v}"]}})
    differing: Any = _changes(reg, old_v, new_v)
    counts: Any = session.execute(select(differing.c.change, func.count()).group_by(differing.c.change)).all()
    query = select(differing).order_by(differing.c.record_name)
    if change is not None:
        query = query.where(differing.c.change == change)
    rows = session.execute(query.offset((page - 1) * limit).limit(limit)).all()
    summary: dict[str, int] = {c: 0 for c in CHANGES} | {str(c): int(n) for c, n in counts}
    total = summary[change] if change else sum(summary.values())
    pagination = {"page": page, "limit": limit, "total": total, "pages": math.ceil(total / limit)}
    changes = []
    row: Any
    for row in rows:
        record_name, what, before, after, before_desc, after_desc = row
        item: dict[str, Any] = {"record_name": record_name, "change": what, "before": before, "after": after}
        if what == "changed":
            item["fields"] = field_changes(before, after)
            if before_desc != after_desc:
                item["fields"].insert(0, {"path": "description", "before": before_desc, "after": after_desc})
        changes.append(item)
    return {"from": old_v, "to": new_v, "summary": summary, "changes": changes, "pagination": pagination}
