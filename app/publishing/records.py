"""Record writes: drafts, publish, update, revoke, expire — every content change is a data version."""

from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, and_, select, update
from sqlalchemy.orm.attributes import set_committed_value

from app.core.db import DbSession, utcnow
from app.core.errors import Conflict, InvalidRequest, InvalidState, NotFound
from app.core.models import Tenant
from app.publishing import announce as announcements
from app.publishing.models import BulkJob, Record, RecordState, Registry, RegistryVersion
from app.publishing.service import get_registry
from app.publishing.validation import require_valid


def lock_registry(*, session: DbSession, registry: Registry) -> None:
    """Take the registry's write lock, held to the end of the transaction, and read its state and data
    version from the locked row into `registry`. A write that reads the records it changes takes it first: twenty
    publishes of one name at once had each read the same live row before any of them locked, and each
    closed it beside its own new row (19 current rows). A check of the state made before the lock is
    made again after it (`lock_live_registry`): a registry deleted meanwhile had taken a publish.
    PostgreSQL locks the registry's row; SQLite's driver begins a transaction only at a write, so a
    write that changes nothing takes the database's one write lock now, and the reads after it see
    the latest rows."""
    table = cast(Table, Registry.__table__)
    locked = select(table.c.state, table.c.data_version).where(table.c.id == registry.id)
    if session.get_bind().dialect.name == "sqlite":  # (no RETURNING: SQLite before 3.35 has none)
        same = {"id": table.c.id, "updated_at": table.c.updated_at}  # no onupdate stamp: nothing changes
        session.execute(update(table).where(table.c.id == registry.id).values(same))
    else:
        locked = locked.with_for_update()
    state, data_version = session.execute(locked).one()
    set_committed_value(registry, "state", state)
    set_committed_value(registry, "data_version", data_version)


def lock_live_registry(*, session: DbSession, registry: Registry) -> None:
    """Lock the registry for a write of records, which only a live one takes (409 otherwise), as it
    stands under the lock: a publish checked a live registry, a deletion landed, then the publish
    locked and wrote a record and a version into the deleted registry."""
    lock_registry(session=session, registry=registry)
    require_live(registry)


def bump_version(
    *, session: DbSession, registry: Registry, change: str, count: int, actor: str | None = None, announce: bool = True
) -> int:
    """Advance the registry's data version by one (row-locked) and log it; returns the new version.
    It is announced as version.created unless the caller announces it later (`announce=False`)."""
    lock_registry(session=session, registry=registry)  # reads the data version under the lock
    registry.data_version += 1
    registry.updated_at = utcnow()
    if change in ("publish", "update", "bulk_upload"):
        registry.last_published_at = utcnow()
    session.add(
        RegistryVersion(
            registry_id=registry.id, version=registry.data_version, change=change, record_count=count, actor=actor
        )
    )
    if announce:
        announcements.version_created(session, registry, change, count, actor)
    return registry.data_version


def open_rows(*, session: DbSession, registry: Registry, name: str) -> tuple[Record | None, Record | None]:
    """(its open live version, its pending draft) — either may be None. A live record may have a draft
    beside it: the record's next version, until it is published."""
    rows = session.scalars(
        select(Record).where(
            Record.registry_id == registry.id,
            Record.name == name,
            Record.version_to.is_(None),
            Record.state.in_(("draft", "live")),
        )
    ).all()
    live = next((r for r in rows if r.state == RecordState.LIVE), None)
    return live, next((r for r in rows if r.state == RecordState.DRAFT), None)


def current_row(*, session: DbSession, registry: Registry, name: str) -> Record | None:
    """The record's current face: its open live version, else its draft; None if neither."""
    live, draft = open_rows(session=session, registry=registry, name=name)
    return live or draft


def require_live(registry: Registry) -> None:
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
) -> tuple[Record, bool]:
    """Validate and save a record as a draft (or publish it at once); returns (row, replaced a draft).

    A draft under a live record's name is that record's next version (same record id) once published;
    until then the live version stands. A second draft under a name replaces the first (drafts are not
    published content: editing one is no version)."""
    reg = get_registry(session=session, tenant=tenant, namespace=namespace, name=registry_name)
    require_live(reg)  # an inactive or deleted registry takes no records, drafts included
    require_valid(reg.schema, record["details"])
    lock_live_registry(session=session, registry=reg)
    live, draft = open_rows(session=session, registry=reg, name=record["record_name"])
    if draft is not None:
        session.delete(draft)
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
    if live is not None:
        row.record_id, row.created_at = live.record_id, live.created_at
    session.add(row)
    session.flush()
    if publish:
        version = bump_version(session=session, registry=reg, change="publish", count=1, actor=actor)
        _go_live(session, reg, [row], {row.name: live} if live is not None else {}, version)
    return row, draft is not None


TOMBSTONES = (RecordState.REVOKED, RecordState.EXPIRED, RecordState.DELETED, RecordState.PURGED)


def _go_live(
    session: DbSession, registry: Registry, drafts: list[Record], live: dict[str, Record], version: int
) -> None:
    """Drafts become live at `version`; the live versions they follow, or the tombstone that closed an
    earlier life of the name, are closed there (one row per name stands at any version)."""
    now = utcnow()
    for row in drafts:
        if row.name in live:
            live[row.name].version_to = version
        row.state, row.version_from, row.updated_at = RecordState.LIVE, version, now
    if drafts:
        if len(drafts) <= announcements.RECORD_EVENTS_MAX:
            for kind in ("published", "updated"):
                rows = [r for r in drafts if (r.name in live) == (kind == "updated")]
                announcements.records_changed(session, registry, kind, rows, version)
        session.execute(
            update(Record)
            .where(
                Record.registry_id == registry.id,
                Record.name.in_([r.name for r in drafts]),
                Record.version_to.is_(None),
                Record.state.in_(TOMBSTONES),
            )
            .values(version_to=version)
        )


def publish_records(
    *,
    session: DbSession,
    tenant: Tenant,
    namespace: str,
    registry_name: str,
    names: list[str] | None = None,
    job: BulkJob | None = None,
    actor: str | None = None,
) -> list[str]:
    """Publish drafts as one data version: by name (409 names any that are not drafts, 404 any that
    do not exist), or every draft a bulk upload `job` made that is still a draft. A draft of a live
    record becomes its next version. Returns the record ids, in the order given."""
    reg = get_registry(session=session, tenant=tenant, namespace=namespace, name=registry_name)
    lock_live_registry(session=session, registry=reg)
    current = and_(Record.registry_id == reg.id, Record.version_to.is_(None))
    if job is not None:
        if job.registry_id != reg.id:
            raise NotFound("job", job.id, {"job_id": job.id})
        span = job.record_span or {"after": 0, "upto": 0, "created_at": None}
        drafts = session.scalars(
            select(Record)
            .where(
                current,
                Record.state == RecordState.DRAFT,
                Record.id > span["after"],
                Record.id <= span["upto"],
                Record.created_at == datetime.fromisoformat(span["created_at"] or "1970-01-01T00:00:00Z"),
            )
            .order_by(Record.id)
        ).all()
        names = [r.name for r in drafts]
    else:
        names = list(dict.fromkeys(names or []))
        drafts = session.scalars(select(Record).where(current, Record.name.in_(names), Record.state == "draft")).all()
    by_name = {r.name: r for r in drafts}
    live = {
        r.name: r
        for r in session.scalars(select(Record).where(current, Record.name.in_(names), Record.state == "live"))
    }
    missing = [n for n in names if n not in by_name and n not in live]
    if missing:
        raise NotFound("records", ", ".join(missing), {"missing": missing})
    not_draft = [n for n in names if n not in by_name]
    if not_draft:
        raise Conflict("only draft records can be published", {"not_draft": not_draft})
    if drafts:
        version = bump_version(session=session, registry=reg, change="publish", count=len(drafts), actor=actor)
        _go_live(session, reg, list(drafts), live, version)
    return [by_name[n].record_id for n in names]


def successor(row: Any, version: Any, **changes: Any) -> Record:
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
    lock_live_registry(session=session, registry=reg)
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
    version = bump_version(session=session, registry=reg, change="update", count=1, actor=actor)
    row.version_to = version
    new = successor(row, version, **changes)
    session.add(new)
    session.flush()
    announcements.records_changed(session, reg, "updated", [new], version)
    return new


def revoke_record(
    *, session: DbSession, tenant: Tenant, namespace: str, registry_name: str, name: str, actor: str | None = None
) -> Any:
    """Delete a draft, or revoke a live record as a new data version (a 'revoked' tombstone row; a
    draft of its next version goes with it)."""
    reg = get_registry(session=session, tenant=tenant, namespace=namespace, name=registry_name)
    lock_live_registry(session=session, registry=reg)
    row, draft = open_rows(session=session, registry=reg, name=name)
    if draft is not None:
        session.delete(draft)
    if row is None and draft is None:
        raise NotFound("record", name)
    if row is None:
        return draft, None
    version = bump_version(session=session, registry=reg, change="revoke", count=1, actor=actor)
    row.version_to = version
    tomb = successor(row, version, state=RecordState.REVOKED)
    session.add(tomb)
    announcements.records_changed(session, reg, "revoked", [tomb], version)
    return row, version


def expire_records(*, session: DbSession, registry: Registry, now: datetime, actor: str = "maintenance") -> int:
    """Close every live record whose valid_till has passed, as one data version; returns the count. A
    registry that takes no writes (inactive or deleted, as it stands under the lock) gets no version:
    its records expire at the first sweep after it is live again (reads hide them meanwhile)."""
    due = select(Record).where(
        Record.registry_id == registry.id,
        Record.state == "live",
        Record.version_to.is_(None),
        Record.valid_till.is_not(None),
        Record.valid_till <= now,
    )
    if session.scalar(due.with_only_columns(Record.id).limit(1)) is None:
        return 0  # the sweep's usual answer, without taking the registry's lock
    lock_registry(session=session, registry=registry)
    if registry.state != "live":
        return 0
    rows = session.scalars(due).all()
    if not rows:
        return 0
    version = bump_version(session=session, registry=registry, change="expire", count=len(rows), actor=actor)
    session.execute(update(Record).where(Record.id.in_([r.id for r in rows])).values(version_to=version))
    tombs = [successor(r, version, state=RecordState.EXPIRED) for r in rows]
    session.add_all(tombs)
    announcements.records_changed(session, registry, "expired", tombs, version)
    return len(rows)


def validate_record_body(record: dict[str, Any]) -> None:
    """Reject a record body whose details are not an object (the schema layer checks the rest)."""
    if not isinstance(record.get("details"), dict):
        raise InvalidRequest("details must be an object", {"details": ["must be an object"]})
