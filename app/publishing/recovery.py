"""Soft delete, as DeDi's newest state model has it: deleted records leave the live content (a new data
version, a 'deleted' tombstone row) but wait in a recovery area, listed and restorable for
DELETE_RETENTION_S (3 days by default); then the maintenance sweep purges them — no longer restorable,
and lookups answer 404. Past versions keep reading back exactly: history is never rewritten."""

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Select, func, select, update

from app.core.db import DbSession, utcnow
from app.core.errors import Conflict, InvalidRequest, NotFound
from app.core.models import Tenant
from app.publishing import announce as announcements
from app.publishing.models import Deletion, Namespace, Record, RecordState, Registry
from app.publishing.records import bump_version, open_rows, require_live, successor
from app.publishing.service import get_registry


def _versions_of(session: DbSession, registry_id: str, names: list[str]) -> int:
    """How many published versions these records have (DeDi's deleted/restored_*_versions)."""
    return int(
        session.scalar(
            select(func.count()).where(
                Record.registry_id == registry_id,
                Record.name.in_(names),
                Record.version_from.is_not(None),
                Record.state == RecordState.LIVE,
            )
        )
        or 0
    )


def delete_records(
    *,
    session: DbSession,
    tenant: Tenant,
    namespace: str,
    registry_name: str,
    names: list[str],
    reason: str = "",
    retention_s: int,
    actor: str | None = None,
) -> dict[str, Any]:
    """Soft-delete live records as one data version; a pending draft of one goes with it. 404 names
    records that do not exist, 409 those that are not live (a draft alone is dropped by revoke)."""
    reg = get_registry(session=session, tenant=tenant, namespace=namespace, name=registry_name)
    require_live(reg)
    names = list(dict.fromkeys(names))
    found = {n: open_rows(session=session, registry=reg, name=n) for n in names}
    missing = [n for n, (live, draft) in found.items() if live is None and draft is None]
    if missing:
        raise NotFound("records", ", ".join(missing), {"missing": missing})
    not_live = [n for n, (live, _) in found.items() if live is None]
    if not_live:
        raise Conflict("only live records can be deleted; revoke drops a draft", {"not_live": not_live})
    version = bump_version(session=session, registry=reg, change="delete", count=len(names), actor=actor)
    now, tombs = utcnow(), []
    for live, draft in found.values():
        assert live is not None
        if draft is not None:
            session.delete(draft)
        live.version_to = version
        tomb = successor(live, version, state=RecordState.DELETED)
        session.add(tomb)
        tombs.append(tomb)
        session.add(
            Deletion(
                tenant_id=tenant.id,
                namespace_id=reg.namespace_id,
                registry_id=reg.id,
                registry_name=reg.name,
                record_id=live.record_id,
                record_name=live.name,
                version=version,
                reason=reason,
                deleted_by=actor,
                deleted_at=now,
                restorable_until=now + timedelta(seconds=retention_s),
            )
        )
    session.flush()
    announcements.records_changed(session, reg, "deleted", tombs, version)
    return {
        "count": len(names),
        "deleted_record_versions": _versions_of(session, reg.id, names),
        "records": [{"record_name": n, "record_id": found[n][0].record_id} for n in names],  # type: ignore[union-attr]
        "version": version,
    }


def open_deletions(tenant: Tenant, now: datetime) -> Select[Any]:
    """The tenant's recovery area: deletions neither restored nor purged, and still in their window."""
    return select(Deletion).where(
        Deletion.tenant_id == tenant.id,
        Deletion.restored_at.is_(None),
        Deletion.purged_at.is_(None),
        Deletion.restorable_until > now,
    )


def deleted_records(
    *, session: DbSession, tenant: Tenant, namespace: str | None = None, registry_name: str | None = None
) -> Select[Any]:
    """A query of the restorable deletions, newest first, optionally of one namespace / registry."""
    query = open_deletions(tenant, utcnow())
    if namespace is not None:
        ns = session.scalar(
            select(Namespace.id).where(
                Namespace.tenant_id == tenant.id, (Namespace.id == namespace) | (Namespace.name == namespace)
            )
        )
        if ns is None:
            raise NotFound("namespace", namespace)
        query = query.where(Deletion.namespace_id == ns)
    if registry_name is not None:
        query = query.where(Deletion.registry_name == registry_name)
    return query.order_by(Deletion.deleted_at.desc(), Deletion.id)


def restore_records(
    *, session: DbSession, tenant: Tenant, wanted: list[dict[str, str]], actor: str | None = None
) -> dict[str, Any]:
    """Restore soft-deleted records, each registry's as one data version: the record is live again with
    the content it had, and its record_id. 404 for one not in the recovery area; 400 when names collide
    and no `deleted_history_id` picks one; 409 when the name is live again or its registry is not live."""
    now, picked = utcnow(), []
    for item in wanted:
        reg = get_registry(session=session, tenant=tenant, namespace=item["namespace_id"], name=item["registry_name"])
        query = open_deletions(tenant, now).where(
            Deletion.registry_id == reg.id, Deletion.record_name == item["record_name"]
        )
        if item.get("deleted_history_id"):
            query = query.where(Deletion.id == item["deleted_history_id"])
        candidates = session.scalars(query.order_by(Deletion.deleted_at.desc())).all()
        if not candidates:
            raise NotFound("deleted record", item["record_name"], {"record_name": item["record_name"]})
        if len(candidates) > 1:
            raise InvalidRequest(
                f"{item['record_name']!r} was deleted {len(candidates)} times: give deleted_history_id",
                {"deleted_history_id": [c.id for c in candidates]},
            )
        picked.append((reg, candidates[0]))
    by_registry: dict[str, list[tuple[Registry, Deletion]]] = {}
    for reg, deletion in picked:
        by_registry.setdefault(reg.id, []).append((reg, deletion))
    restored, versions = [], 0
    for group in by_registry.values():
        reg = group[0][0]
        require_live(reg)
        tombstones = []
        for _, deletion in group:
            live, _draft = open_rows(session=session, registry=reg, name=deletion.record_name)
            if live is not None:
                raise Conflict(
                    f"{deletion.record_name!r} is live again: update it instead",
                    {"record_name": deletion.record_name},
                )
            tomb = session.scalar(
                select(Record).where(
                    Record.registry_id == reg.id,
                    Record.name == deletion.record_name,
                    Record.version_from == deletion.version,
                    Record.state == RecordState.DELETED,
                    Record.version_to.is_(None),
                )
            )
            if tomb is None:
                raise Conflict(f"{deletion.record_name!r} changed since it was deleted", {"id": deletion.id})
            tombstones.append((deletion, tomb))
        version = bump_version(session=session, registry=reg, change="restore", count=len(group), actor=actor)
        back = []
        for deletion, tomb in tombstones:
            tomb.version_to = version
            back.append(successor(tomb, version, state=RecordState.LIVE))
            session.add(back[-1])
            deletion.restored_at = now
            restored.append(
                {
                    "namespace_id": reg.namespace_id,
                    "registry_name": reg.name,
                    "record_name": deletion.record_name,
                    "record_id": deletion.record_id,
                    "deleted_history_id": deletion.id,
                    "version": version,
                }
            )
        session.flush()
        announcements.records_changed(session, reg, "restored", back, version)
        versions += _versions_of(session, reg.id, [d.record_name for d, _ in tombstones])
    return {"restored_record_versions": versions, "records": restored}


def purge_due(*, session: DbSession, now: datetime) -> int:
    """The sweep's part: deletions past their window are purged — their tombstones marked so lookups
    answer 404 — and leave the recovery area. Returns how many."""
    due = session.scalars(
        select(Deletion).where(
            Deletion.restored_at.is_(None), Deletion.purged_at.is_(None), Deletion.restorable_until <= now
        )
    ).all()
    for deletion in due:
        session.execute(
            update(Record)
            .where(
                Record.registry_id == deletion.registry_id,
                Record.name == deletion.record_name,
                Record.version_from == deletion.version,
                Record.state == RecordState.DELETED,
            )
            .values(state=RecordState.PURGED)
        )
        deletion.purged_at = now
    return len(due)
