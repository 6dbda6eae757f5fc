"""Publishing's own job: build a registry's x-index indexes (publishing/indexes.py) off the request."""

from app.core.db import DbSession
from app.core.events import after_commit
from app.core.job_runs import job_entry, report
from app.core.jobs import enqueue
from app.extensions import db
from app.publishing import indexes
from app.publishing.models import Registry


def sync_indexes_later(session: DbSession, registry: Registry) -> None:
    """Queue the index job once the registry's schema is committed (when the schema asks for any, or
    asked before); a lost job is made good by the maintenance sweep."""
    if session.get_bind().dialect.name != "postgresql":
        return
    registry_id = registry.id

    def queue() -> None:
        enqueue("maintenance", sync_indexes, registry_id, job_id=f"index-{registry_id}")

    after_commit(session, queue)


@job_entry
def sync_indexes(registry_id: str) -> str:
    """Make the registry's indexes match its schema's x-index marks."""
    registry = db.session.get(Registry, registry_id)
    if registry is None:
        return "missing"
    schema = registry.schema
    db.session.commit()  # hold no transaction open: a concurrent index build waits for older ones
    done = indexes.sync(db.engine, registry_id, schema)
    report(created=len(done["created"]), dropped=len(done["dropped"]))
    return "done"
