"""Record writes: drafts, publish, update, revoke, expire — every content change is a data version."""

from datetime import datetime
from typing import Any

from sqlalchemy import select, update

from app.core.db import DbSession, utcnow
from app.core.errors import Conflict, InvalidRequest, InvalidState, NotFound
from app.core.models import Tenant
from app.publishing.models import Record, RecordState, Registry, RegistryVersion
from app.publishing.service import get_registry
from app.publishing.validation import require_valid


def bump_version(*, session: DbSession, registry: Registry, change: str, count: int, actor: str | None = None) -> int:
    """Advance the registry's data version by one (row-locked) and log it; returns the new version."""
    session.execute(select(Registry.id).where(Registry.id == registry.id).with_for_update())
    session.refresh(registry, ["data_version"])
    registry.data_version += 1
    registry.updated_at = utcnow()
    if change in ("publish", "update", "bulk_upload"):
        registry.last_published_at = utcnow()
    session.add(
        RegistryVersion(
            registry_id=registry.id, version=registry.data_version, change=change, record_count=count, actor=actor
        )
    )
    return registry.data_version


def current_row(*, session: DbSession, registry: Registry, name: str) -> Record | None:
    """The record's current row: its draft, or its open live version; None if neither."""
    return session.scalar(
        select(Record).where(
            Record.registry_id == registry.id,
            Record.name == name,
            Record.version_to.is_(None),
            Record.state.in_(("draft", "live")),
        )
    )


def _require_live(registry: Registry) -> None:
    if registry.state != "live":
        raise InvalidState(f"registry {registry.name!r} is not live", {"current_state": registry.state})


def save_record(
    *,
    session: DbSession,
    tenant: Tenant,
    namespace: str,
    registry_name: str,
    record: dict[str, Any],
    publish: bool = False,
    actor: str | None = None,
) -> Any:
    """Validate and save a record as a draft (or publish it at once)."""
    reg = get_registry(session=session, tenant=tenant, namespace=namespace, name=registry_name)
    require_valid(reg.schema, record["details"])
    existing = current_row(session=session, registry=reg, name=record["record_name"])
    if existing is not None and existing.state == "live":
        raise Conflict(
            f"record {record['record_name']!r} already exists; update it instead",
            {"record_name": record["record_name"]},
        )
    if existing is not None:  # drafts are not published content: editing one is not a version
        session.delete(existing)
        session.flush()
    now = utcnow()
    row = Record(
        tenant_id=tenant.id,
        registry_id=reg.id,
        name=record["record_name"],
        description=record.get("description", ""),
        details=record["details"],
        meta=record.get("meta") or {},
        ttl=record.get("ttl") or reg.ttl,
        valid_till=record.get("valid_till"),
        state="draft",
        contract_version=reg.contract_version,
        created_at=now,
        updated_at=now,
    )
    session.add(row)
    session.flush()
    if publish:
        _require_live(reg)
        row.state, row.version_from = (
            "live",
            bump_version(session=session, registry=reg, change="publish", count=1, actor=actor),
        )
    return row


def publish_records(
    *,
    session: DbSession,
    tenant: Tenant,
    namespace: str,
    registry_name: str,
    names: list[str],
    actor: str | None = None,
) -> Any:
    """Publish drafts by name as one data version; 409 names any that are not drafts."""
    reg = get_registry(session=session, tenant=tenant, namespace=namespace, name=registry_name)
    _require_live(reg)
    rows = {
        r.name: r
        for r in session.scalars(
            select(Record).where(
                Record.registry_id == reg.id,
                Record.name.in_(names),
                Record.version_to.is_(None),
                Record.state.in_(("draft", "live")),
            )
        )
    }
    missing = [n for n in names if n not in rows]
    if missing:
        raise NotFound("records", ", ".join(missing), {"missing": missing})
    not_draft = [n for n in names if rows[n].state != "draft"]
    if not_draft:
        raise Conflict("only draft records can be published", {"not_draft": not_draft})
    version = bump_version(session=session, registry=reg, change="publish", count=len(rows), actor=actor)
    for row in rows.values():
        row.state, row.version_from, row.updated_at = "live", version, utcnow()
    return [rows[n].record_id for n in dict.fromkeys(names)]


def _successor(row: Any, version: Any, **changes: Any) -> Record:
    fields = {
        c: getattr(row, c)
        for c in (
            "record_id",
            "tenant_id",
            "registry_id",
            "name",
            "description",
            "details",
            "meta",
            "ttl",
            "valid_till",
            "state",
            "contract_version",
            "created_at",
        )
    }
    fields.update(changes)
    return Record(**fields, version_from=version, updated_at=utcnow())


def update_record(
    *,
    session: DbSession,
    tenant: Tenant,
    namespace: str,
    registry_name: str,
    name: str,
    changes: dict[str, Any],
    actor: str | None = None,
) -> Any:
    """Change a record: drafts in place, live records as a new version (old row closed)."""
    reg = get_registry(session=session, tenant=tenant, namespace=namespace, name=registry_name)
    row = current_row(session=session, registry=reg, name=name)
    if row is None:
        raise NotFound("record", name)
    if "details" in changes:
        require_valid(reg.schema, changes["details"])
        changes = {**changes, "contract_version": reg.contract_version}
    if row.state == "draft":
        for field, value in changes.items():
            setattr(row, field, value)
        row.updated_at = utcnow()
        return row
    _require_live(reg)
    version = bump_version(session=session, registry=reg, change="update", count=1, actor=actor)
    row.version_to = version
    new = _successor(row, version, **changes)
    session.add(new)
    session.flush()
    return new


def revoke_record(
    *, session: DbSession, tenant: Tenant, namespace: str, registry_name: str, name: str, actor: str | None = None
) -> Any:
    """Delete a draft, or revoke a live record as a new data version (a 'revoked' tombstone row)."""
    reg = get_registry(session=session, tenant=tenant, namespace=namespace, name=registry_name)
    _require_live(reg)
    row = current_row(session=session, registry=reg, name=name)
    if row is None:
        raise NotFound("record", name)
    if row.state == "draft":
        session.delete(row)
        return row, None
    version = bump_version(session=session, registry=reg, change="revoke", count=1, actor=actor)
    row.version_to = version
    session.add(_successor(row, version, state=RecordState.REVOKED))
    return row, version


def expire_records(*, session: DbSession, registry: Registry, now: datetime, actor: str = "maintenance") -> int:
    """Close every live record whose valid_till has passed, as one data version; returns the count."""
    rows = session.scalars(
        select(Record).where(
            Record.registry_id == registry.id,
            Record.state == "live",
            Record.version_to.is_(None),
            Record.valid_till.is_not(None),
            Record.valid_till <= now,
        )
    ).all()
    if not rows:
        return 0
    version = bump_version(session=session, registry=registry, change="expire", count=len(rows), actor=actor)
    session.execute(update(Record).where(Record.id.in_([r.id for r in rows])).values(version_to=version))
    session.add_all(_successor(r, version, state=RecordState.EXPIRED) for r in rows)
    return len(rows)


def validate_record_body(record: dict[str, Any]) -> None:
    """Reject a record body whose details are not an object (the schema layer checks the rest)."""
    if not isinstance(record.get("details"), dict):
        raise InvalidRequest("details must be an object", {"details": ["must be an object"]})
