"""Snapshot build job on the `snapshots` queue: safe to run twice, never leaves a partial 'ready'."""

import logging
import time
from typing import Any

from rq.job import Job
from sqlalchemy import update

from app.core import metrics
from app.core.db import reload, utcnow
from app.core.events import Event, emit
from app.core.job_runs import job_entry, queued_row, report
from app.core.jobs import enqueue
from app.core.storage import artifact_path, delete_artifact
from app.extensions import db
from app.publishing.models import Registry
from app.store.models import Snapshot, SnapshotStatus

log = logging.getLogger(__name__)
PROGRESS_EVERY_S = 0.5


def enqueue_build(snapshot: Snapshot) -> Job:
    """Queue the build of a snapshot (one RQ job per snapshot and retry); remembers the job id."""
    job = enqueue(
        "snapshots",
        "app.store.tasks.build_snapshot",
        snapshot.id,
        job_id=f"snap-{snapshot.id}-{snapshot.retry_count}-{snapshot.attempts}",
    )
    snapshot.rq_job_id = job.id
    return job


@job_entry
def build_snapshot(snapshot_id: str) -> str:
    """Build one snapshot from the database rows of its data version."""
    snap = queued_row(Snapshot, snapshot_id)
    if snap is None or snap.status in (SnapshotStatus.READY, SnapshotStatus.EXPIRED):
        return snap.status if snap else "missing"
    registry = reload(db.session, Registry, snap.registry_id)
    step = {"name": snap.dataset, "type": "table", "status": "in_progress", "row_count": None}
    snap.status, snap.phase, snap.started_at = SnapshotStatus.BUILDING, "exporting_rows", utcnow()
    snap.attempts, snap.steps, snap.error = snap.attempts + 1, [step], None
    db.session.commit()

    last = [0.0]

    def on_progress(rows: Any) -> None:
        """At most once per PROGRESS_EVERY_S, on a connection of its own: committing the job's session
        per chunk, then reloading the snapshot row it expired, cost 13 % of a build."""
        if time.monotonic() - last[0] < PROGRESS_EVERY_S:
            return
        last[0] = time.monotonic()
        with db.engine.begin() as conn:
            conn.execute(update(Snapshot).where(Snapshot.id == snapshot_id).values(row_count=rows))

    # Arrow loads with the first build, not with the app (a worker serving the snapshots queue loads it
    # before it forks a job: worker.py)
    from app.store import builder

    try:
        base, artifacts, rows, size = builder.build(
            session=db.session, snapshot=snap, registry=registry, on_progress=on_progress
        )
    except Exception as exc:
        db.session.rollback()
        snap = reload(db.session, Snapshot, snapshot_id)
        log.exception("snapshot %s failed", snapshot_id)
        delete_artifact(artifact_path("snapshots", snap.tenant_id, snap.id))  # no partial files linger
        snap.status, snap.phase = SnapshotStatus.FAILED, "failed"
        snap.error = f"{type(exc).__name__}: {exc}"[:2000]
        snap.steps = [{**step, "status": "failed"}]
        snap.finished_at = utcnow()
        db.session.commit()
        return SnapshotStatus.FAILED
    snap.storage_path, snap.artifacts, snap.row_count, snap.size_bytes = base, artifacts, rows, size
    snap.steps = [{**step, "status": "completed", "row_count": rows}]
    snap.status, snap.phase, snap.finished_at = SnapshotStatus.READY, "completed", utcnow()
    emit(
        db.session,
        Event(
            "snapshot.ready",
            snap.tenant_id,
            registry.namespace_id,
            registry.id,
            data={
                "snapshot_id": snap.id,
                "dataset": snap.dataset,
                "version": snap.version,
                "format": snap.format,
                "row_count": rows,
                "size_bytes": size,
            },
        ),
    )
    db.session.commit()
    report(rows=rows, bytes=size, format=snap.format)
    metrics.SNAPSHOT_BYTES.inc(size)
    return SnapshotStatus.READY
