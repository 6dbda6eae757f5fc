"""TTL sweeps: expire records and snapshots, purge old idempotency keys and job files."""

from datetime import timedelta

from sqlalchemy import Text, select

from app.core.durations import parse_duration
from app.core.idempotency import purge_expired
from app.core.models import AuditEntry
from app.core.storage import delete_artifact
from app.exports.models import ACTIVE, Export
from app.publishing import indexes
from app.publishing.bulk.sources import is_source
from app.publishing.models import BulkJob, BulkStatus, Record, Registry
from app.publishing.records import expire_records
from app.store.models import Snapshot, SnapshotStatus


def expire_due_records(*, session, now):
    """Expire live records past valid_till: one data version per live registry (one that takes no
    writes gets none: records.expire_records); returns records expired."""
    registry_ids = session.scalars(
        select(Record.registry_id)
        .distinct()
        .where(
            Record.state == "live",
            Record.version_to.is_(None),
            Record.valid_till.is_not(None),
            Record.valid_till <= now,
        )
    ).all()
    total = 0
    for registry in session.scalars(select(Registry).where(Registry.id.in_(registry_ids), Registry.state == "live")):
        count = expire_records(session=session, registry=registry, now=now)
        if not count:
            continue  # (no longer live under its lock, or nothing left due)
        session.add(
            AuditEntry(
                tenant_id=registry.tenant_id,
                actor="maintenance",
                action="records.expire",
                target=registry.id,
                details={"count": count, "version": registry.data_version},
            )
        )
        total += count
    return total


def _snapshot_due(snap, now):
    if snap.ttl and snap.created_at + parse_duration(snap.ttl, "ttl") <= now:
        return True
    last_used = snap.last_used_at or snap.finished_at or snap.created_at
    return bool(snap.inactivity_timeout and last_used + parse_duration(snap.inactivity_timeout) <= now)


def expire_due_snapshots(*, session, now):
    """Expire ready snapshots past ttl/inactivity and delete their files; (expired, deferred) counts."""
    expired = deferred = 0
    candidates = session.scalars(
        select(Snapshot).where(
            Snapshot.status == SnapshotStatus.READY,
            (Snapshot.ttl.is_not(None)) | (Snapshot.inactivity_timeout.is_not(None)),
        )
    )
    for snap in candidates:
        if not _snapshot_due(snap, now):
            continue
        if session.scalar(select(Export.id).where(Export.snapshot_id == snap.id, Export.status.in_(ACTIVE)).limit(1)):
            deferred += 1  # an export is reading it: wait for the next sweep
            continue
        delete_artifact(snap.storage_path or "")
        snap.status, snap.phase, snap.updated_at = SnapshotStatus.EXPIRED, "expired", now
        session.add(
            AuditEntry(
                tenant_id=snap.tenant_id,
                actor="maintenance",
                action="snapshot.expire",
                target=snap.id,
                details={"ttl": snap.ttl, "inactivity_timeout": snap.inactivity_timeout},
            )
        )
        expired += 1
    return expired, deferred


def purge_job_files(*, session, now, retention_s):
    """Delete uploaded CSVs and failed-row reports of finished jobs older than the retention."""
    cutoff = now - timedelta(seconds=retention_s)
    purged = 0
    for job in session.scalars(
        select(BulkJob).where(
            BulkJob.status.in_((BulkStatus.COMPLETED, BulkStatus.FAILED)),
            BulkJob.finished_at <= cutoff,
            BulkJob.file_path != "",
        )
    ):
        if not is_source(job.file_path):  # an import's source is the tenant's own file: never ours to delete
            delete_artifact(job.file_path)
        delete_artifact(job.failed_csv_path or "")
        job.file_path, job.failed_csv_path = "", None
        purged += 1
    return purged


def purge_idempotency_keys(*, session, now):
    """Idempotency keys past their retention."""
    return purge_expired(session=session, now=now)


def sync_declared_indexes(*, session):
    """Build the x-index indexes a registry asks for and lacks (its job was lost, or a build was
    interrupted and left an invalid index); returns how many were built. PostgreSQL only."""
    if session.get_bind().dialect.name != "postgresql":
        return 0
    wanted = session.execute(
        select(Registry.id, Registry.schema).where(Registry.schema.cast(Text).contains('"x-index"'))
    ).all()
    session.commit()  # no transaction held open across concurrent index builds
    return sum(len(indexes.sync(session.get_bind(), rid, schema)["created"]) for rid, schema in wanted)
