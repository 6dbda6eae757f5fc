"""Compare two data versions of a registry: summary counts, then the changed records a page at a
time — added, removed, or changed (with each changed field, before and after). Rows are never
rewritten, so a record unchanged between the two versions is the same row in both: only the rows
closed or opened between the two versions are joined on their names and compared."""

import math
from typing import Any

from sqlalchemy import and_, case, func, or_, select

from app.core.db import DbSession
from app.core.errors import InvalidRequest
from app.core.models import Tenant
from app.publishing.models import Record, Registry
from app.publishing.reads import content_at, resolve_as_of
from app.publishing.service import get_registry

CHANGES = ("added", "removed", "changed")


def _side(registry: Registry, version: int, only: Any) -> Any:
    """The rows live at `version` that the other version does not share (`only`)."""
    return (
        select(Record.id, Record.name, Record.details, Record.description)
        .where(content_at(registry.id, version, hide_expired=False), only)
        .subquery()
    )


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
    # a row live at both versions is the same row: only rows closed by `to` or opened after `from` differ
    a = _side(reg, old_v, and_(Record.version_to.is_not(None), Record.version_to <= new_v))
    b = _side(reg, new_v, Record.version_from > old_v)
    kind = case(
        (a.c.id.is_(None), "added"),
        (b.c.id.is_(None), "removed"),
        else_="changed",
    ).label("change")
    differs = or_(a.c.id.is_(None), b.c.id.is_(None), a.c.details != b.c.details, a.c.description != b.c.description)
    joined = a.join(b, a.c.name == b.c.name, full=True)
    name = func.coalesce(b.c.name, a.c.name).label("record_name")
    counts: Any = session.execute(select(kind, func.count()).select_from(joined).where(differs).group_by(kind)).all()
    query = select(name, kind, a.c.details, b.c.details, a.c.description, b.c.description).select_from(joined)
    query = query.where(differs).order_by(name)
    if change is not None:
        query = query.where(kind == change)
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
