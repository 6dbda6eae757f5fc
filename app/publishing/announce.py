"""What publishing tells the rest of the service (app.core.events): each data version, each record
change of a small version, registry state changes. A bulk upload, or a version that touches more than
RECORD_EVENTS_MAX records, announces only `version.created` with its count: a subscriber reads those
records from the change feed (`/dedi/{ns}/{reg}/changes`) rather than receive a webhook per row."""

from collections.abc import Iterable
from typing import Any

from app.core.db import DbSession
from app.core.events import Event, emit
from app.publishing.models import Record, Registry

RECORD_EVENTS_MAX = 100


def version_created(session: DbSession, registry: Registry, change: str, count: int, actor: str | None) -> None:
    emit(
        session,
        Event(
            "version.created",
            registry.tenant_id,
            registry.namespace_id,
            registry.id,
            data={
                "version": registry.data_version,
                "change": change,
                "record_count": count,
                "updated_by": actor,
                "changes_url": f"/dedi/{registry.namespace_id}/{registry.name}/changes"
                f"?since_version={registry.data_version - 1}",
            },
        ),
    )


def records_changed(session: DbSession, registry: Registry, kind: str, rows: Iterable[Record], version: Any) -> None:
    """record.<kind> for each row, unless the version touches more than RECORD_EVENTS_MAX records."""
    rows = list(rows)
    if len(rows) > RECORD_EVENTS_MAX:
        return
    for row in rows:
        data = {
            "record_id": row.record_id,
            "record_name": row.name,
            "record_state": row.state,
            "version": version,
            "created_by": None,
        }
        emit(session, Event(f"record.{kind}", registry.tenant_id, registry.namespace_id, registry.id, row.name, data))


def registry_state(session: DbSession, registry: Registry, before: str, after: str) -> None:
    emit(
        session,
        Event(
            "registry.inactive" if after == "inactive" else "registry.reactive",
            registry.tenant_id,
            registry.namespace_id,
            registry.id,
            data={"previous_state": before, "current_state": after, "version": registry.data_version},
        ),
    )
