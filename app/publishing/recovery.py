"""Soft delete, as DeDi's newest state model has it: deleted records leave the live content (a new data
version, a 'deleted' tombstone row) but wait in a recovery area, listed and restorable for
DELETE_RETENTION_S (3 days by default); then the maintenance sweep purges them — no longer restorable,
and lookups answer 404. Past versions keep reading back exactly: history is never rewritten."""

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Select, func, select, update

from app.core.db import DbSession, utcnow
from app.core.errors import Conflict, InvalidRequest, InvalidState, NotFound
from app.core.models import Tenant
from app.publishing import announce as announcements
from app.publishing.models import Deletion, Namespace, Record, RecordState, Registry
from app.publishing.records import bump_version, lock_live_registry, lock_registry, open_rows, successor
from app.publishing.service import get_registry, namespace_is, reachable, record_count


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


def _deletion(reg: Registry, version: int, reason: str, actor: str | None, retention_s: int, **what: Any) -> Deletion:
    """The recovery area's entry for a delete made at `version` (`what`: the record, or scope and state)."""
    now = utcnow()
    return Deletion(
        tenant_id=reg.tenant_id,
        namespace_id=reg.namespace_id,
        registry_id=reg.id,
        registry_name=reg.name,
        version=version,
        reason=reason,
        deleted_by=actor,
        deleted_at=now,
        restorable_until=now + timedelta(seconds=retention_s),
        **what,
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
    lock_live_registry(session=session, registry=reg)
    names = list(dict.fromkeys(names))
    found = {n: open_rows(session=session, registry=reg, name=n) for n in names}
    missing = [n for n, (live, draft) in found.items() if live is None and draft is None]
    if missing:
        raise NotFound("records", ", ".join(missing), {"missing": missing})
    not_live = [n for n, (live, _) in found.items() if live is None]
    if not_live:
        raise Conflict("only live records can be deleted; revoke drops a draft", {"not_live": not_live})
    version = bump_version(session=session, registry=reg, change="delete", count=len(names), actor=actor)
    tombs: list[Record] = []
    for live, draft in found.values():
        assert live is not None
        if draft is not None:
            session.delete(draft)
        live.version_to = version
        tomb = successor(live, version, state=RecordState.DELETED)
        session.add(tomb)
        tombs.append(tomb)
        session.add(
            _deletion(reg, version, reason, actor, retention_s, record_id=live.record_id, record_name=live.name)
        )
    session.flush()
    announcements.records_changed(session, reg, "deleted", tombs, version)
    return {
        "count": len(names),
        "deleted_record_versions": _versions_of(session, reg.id, names),
        "records": [{"record_name": n, "record_id": found[n][0].record_id} for n in names],  # type: ignore[union-attr]
        "version": version,
    }


def open_deletions(tenant: Tenant, now: datetime, scope: str = "record") -> Select[Any]:
    """The tenant's recovery area (of records, or of registries): deletions neither restored nor purged,
    and still in their window."""
    return select(Deletion).where(
        Deletion.tenant_id == tenant.id,
        Deletion.scope == scope,
        Deletion.restored_at.is_(None),
        Deletion.purged_at.is_(None),
        Deletion.restorable_until > now,
    )


def deleted(
    *,
    session: DbSession,
    tenant: Tenant,
    scope: str,
    namespace: str | None = None,
    registry_name: str | None = None,
) -> Select[Any]:
    """A query of the restorable deletions of records or registries, newest first, optionally of one
    namespace / registry."""
    query = open_deletions(tenant, utcnow(), scope).where(reachable(Deletion.namespace_id))
    if namespace is not None:
        ns = session.scalar(select(Namespace.id).where(Namespace.tenant_id == tenant.id, namespace_is(namespace)))
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
        lock_live_registry(session=session, registry=reg)
        tombstones = []
        for _, deletion in group:
            live, _draft = open_rows(session=session, registry=reg, name=deletion.record_name or "")
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
        versions += _versions_of(session, reg.id, [d.record_name or "" for d, _ in tombstones])
    return {"restored_record_versions": versions, "records": restored}


def delete_registry(
    *,
    session: DbSession,
    tenant: Tenant,
    namespace: str,
    registry_name: str,
    reason: str = "",
    retention_s: int,
    actor: str | None = None,
) -> dict[str, Any]:
    """Soft-delete a registry (a new data version): it leaves lists, queries and the datasets, takes no
    writes, and its lookups answer `state: deleted`; its name stays taken while it is restorable.
    409 if it is already deleted."""
    reg = get_registry(session=session, tenant=tenant, namespace=namespace, name=registry_name)
    lock_registry(session=session, registry=reg)  # its state as it stands under the lock
    if reg.state not in ("live", "inactive"):
        raise InvalidState(f"registry {reg.name!r} is {reg.state}", {"current_state": reg.state})
    count = record_count(session=session, registry=reg)
    version = bump_version(session=session, registry=reg, change="delete_registry", count=count, actor=actor)
    deletion = _deletion(reg, version, reason, actor, retention_s, scope="registry", previous_state=reg.state)
    session.add(deletion)
    reg.state = "deleted"
    record_versions = session.scalar(
        select(func.count()).where(Record.registry_id == reg.id, Record.version_from.is_not(None))
    )
    return {
        "registry_name": reg.name,
        "deleted_registry_versions": version,
        "deleted_record_versions": int(record_versions or 0),
        "deleted_history_id": deletion.id,
    }


def restore_registry(
    *,
    session: DbSession,
    tenant: Tenant,
    namespace: str,
    registry_name: str,
    deleted_history_id: str | None = None,
    actor: str | None = None,
) -> dict[str, Any]:
    """Restore a soft-deleted registry to the state it had (live or inactive), as a new data version.
    404 if it is not in the recovery area."""
    reg = get_registry(session=session, tenant=tenant, namespace=namespace, name=registry_name)
    lock_registry(session=session, registry=reg)  # its state as it stands under the lock
    query = open_deletions(tenant, utcnow(), "registry").where(Deletion.registry_id == reg.id)
    if deleted_history_id:
        query = query.where(Deletion.id == deleted_history_id)
    deletion = session.scalar(query.order_by(Deletion.deleted_at.desc()).limit(1))
    if deletion is None or reg.state != "deleted":
        raise NotFound("deleted registry", registry_name, {"registry_name": registry_name})
    reg.state = deletion.previous_state or "live"
    version = bump_version(
        session=session,
        registry=reg,
        change="restore_registry",
        count=record_count(session=session, registry=reg),
        actor=actor,
    )
    deletion.restored_at = utcnow()
    return {
        "namespace_id": reg.namespace_id,
        "registry_name": reg.name,
        "restored_registry_versions": version,
        "deleted_history_id": deletion.id,
        "state": reg.state,
    }


def purge_due(*, session: DbSession, now: datetime) -> int:
    """The sweep's part: deletions past their window are purged and leave the recovery area — a record's
    tombstone is marked so its lookups answer 404; a registry is marked purged and gives up its name
    (kept, suffixed, for the snapshots made of it). Returns how many."""
    due = session.scalars(
        select(Deletion).where(
            Deletion.restored_at.is_(None), Deletion.purged_at.is_(None), Deletion.restorable_until <= now
        )
    ).all()
    for deletion in due:
        deletion.purged_at = now
        if deletion.scope == "registry":
            reg = session.get(Registry, deletion.registry_id)
            if reg is not None and reg.state == "deleted":
                reg.state, reg.name = "purged", f"{reg.name[:100]}~{deletion.id}"
            continue
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
    return len(due)
