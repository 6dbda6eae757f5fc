"""The change feed of a registry: every record row a data version wrote, as an ordered event, so a
consumer syncs incrementally — `since_version` for where it stands, then the `next_cursor` of each page.

A version writes one row per record it touches (rows are closed, never rewritten), so the events are
those rows ordered by (version, row id); the kind of change comes from the row's state and the state of
the row it closed at that version: published (nothing before, or an earlier life revoked), updated
(a live version before it), restored (a deletion before it), revoked, expired, deleted."""

from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import aliased

from app.core.db import DbSession, iso
from app.core.errors import InvalidRequest, NotFound
from app.core.models import Tenant
from app.publishing.models import Record, RecordState, Registry
from app.publishing.service import get_registry

KIND = {
    RecordState.REVOKED: "revoked",
    RecordState.EXPIRED: "expired",
    RecordState.DELETED: "deleted",
    RecordState.PURGED: "deleted",
}


def _kind(state: str, before: str | None) -> str:
    if state != RecordState.LIVE:
        return KIND.get(RecordState(state), state)
    if before == RecordState.LIVE:
        return "updated"
    if before in (RecordState.DELETED, RecordState.PURGED):
        return "restored"
    return "published"


def parse_cursor(cursor: str | None, since_version: int) -> tuple[int, int]:
    """(version, row id) to resume after: a cursor `v:id` from a previous page, else the version's end."""
    if not cursor:
        return since_version, 2**31 - 1  # past any row id of that version
    version, _, row = cursor.partition(":")
    if not (version.isdigit() and row.isdigit()):
        raise InvalidRequest("cursor is the next_cursor of a previous page", {"cursor": [cursor]})
    return int(version), int(row)


def change_events(
    *,
    session: DbSession,
    tenant: Tenant,
    namespace: str,
    registry_name: str,
    since_version: int,
    cursor: str | None,
    limit: int,
) -> tuple[Registry, list[dict[str, Any]], str | None]:
    """(registry, up to `limit` events after the cursor, the next cursor or None at the end)."""
    reg = get_registry(session=session, tenant=tenant, namespace=namespace, name=registry_name)
    if since_version > reg.data_version:
        raise NotFound("version", f"v{since_version}", {"current_version": reg.data_version})
    after_version, after_id = parse_cursor(cursor, since_version)
    before = aliased(Record)
    previous = (
        select(before.state)
        .where(
            before.registry_id == Record.registry_id,
            before.name == Record.name,
            before.version_to == Record.version_from,
            before.id != Record.id,
        )
        .limit(1)
        .scalar_subquery()
    )
    rows: list[Any] = session.execute(
        select(Record, previous.label("before"))
        .where(
            Record.registry_id == reg.id,
            Record.version_from.is_not(None),
            or_(
                Record.version_from > after_version,
                and_(Record.version_from == after_version, Record.id > after_id),
            ),
        )
        .order_by(Record.version_from, Record.id)
        .limit(limit + 1)
    ).all()  # type: ignore[assignment]
    events = [
        {
            "version": row.version_from,
            "type": _kind(row.state, before_state),
            "record_name": row.name,
            "record_id": row.record_id,
            "state": RecordState.DELETED if row.state == RecordState.PURGED else row.state,
            "details": None if row.state == RecordState.PURGED else row.details,
            "changed_at": iso(row.updated_at),
        }
        for row, before_state in rows[:limit]
    ]
    more = len(rows) > limit
    last = rows[limit - 1][0] if more else None
    return reg, events, f"{last.version_from}:{last.id}" if last is not None else None
