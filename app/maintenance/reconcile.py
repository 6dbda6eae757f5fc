"""Reconciliation: database rows that say 'running' but whose RQ job is gone, failed or abandoned."""

from datetime import timedelta

from rq.registry import StartedJobRegistry
from sqlalchemy import select

from app.core.jobs import QUEUES, get_queue, job_status
from app.exports.models import ACTIVE, Export, ExportStatus, WebhookDelivery, WebhookStatus
from app.exports.tasks import enqueue_export, enqueue_webhook, webhook_job_ids
from app.publishing.bulk.tasks import enqueue_job
from app.publishing.models import BulkJob, BulkStatus
from app.store.models import Snapshot, SnapshotStatus
from app.store.tasks import enqueue_build

GRACE = timedelta(seconds=60)  # a row committed just before its job was enqueued is not orphaned
FAILED = ("failed", "stopped", "canceled")  # the job is over and did not finish the row's work


def expire_abandoned_rq_jobs(now):
    """Let RQ move jobs whose worker stopped heart-beating to its failed registry."""
    for name in QUEUES:
        StartedJobRegistry(queue=get_queue(name)).cleanup(timestamp=now.timestamp())


def _orphaned(rq_job_id, changed_at, now):
    """A failed job (a dead worker's included) orphans its row at once; a missing or finished one
    only after GRACE, since the row may have been committed a moment before its job was queued."""
    status = job_status(rq_job_id)
    return status in FAILED or (status in (None, "finished") and changed_at <= now - GRACE)


def _requeue_once(rows, now, requeue, fail):
    """Each orphaned row is re-queued on its first interruption (every job here is safe to run twice)
    and failed with a clear error on its second. Returns (re-queued, failed)."""
    requeued = failed = 0
    for row in rows:
        if not row.rq_job_id or not _orphaned(row.rq_job_id, row.updated_at, now):
            continue
        if row.attempts < 2:
            requeue(row)
            requeued += 1
        else:
            fail(row)
            failed += 1
    return requeued, failed


def reconcile_bulk_jobs(*, session, now):
    """Re-queue an interrupted bulk job once, then fail it."""

    def requeue(job):
        job.status, job.updated_at = BulkStatus.PENDING, now
        enqueue_job(job, suffix=f"-r{job.attempts}")

    def fail(job):
        job.status, job.finished_at, job.updated_at = BulkStatus.FAILED, now, now
        job.error = "the worker processing this upload stopped (killed or crashed) twice; upload again"

    rows = session.scalars(select(BulkJob).where(BulkJob.status.in_((BulkStatus.PENDING, BulkStatus.PROCESSING))))
    return _requeue_once(rows, now, requeue, fail)


def reconcile_snapshots(*, session, now):
    """Re-queue an interrupted build once, then fail it with a clear error."""

    def requeue(snap):
        snap.status, snap.phase, snap.updated_at = SnapshotStatus.PENDING, "queued", now
        snap.attempts = max(snap.attempts, 1)
        enqueue_build(snap)

    def fail(snap):
        snap.status, snap.phase, snap.updated_at = SnapshotStatus.FAILED, "failed", now
        snap.error = "the worker building this snapshot stopped (killed or crashed); retry it"

    rows = session.scalars(
        select(Snapshot).where(Snapshot.status.in_((SnapshotStatus.PENDING, SnapshotStatus.BUILDING)))
    )
    return _requeue_once(rows, now, requeue, fail)


def reconcile_exports(*, session, now):
    """Re-queue an interrupted export once (deliveries overwrite), then fail it."""

    def requeue(export):
        export.status, export.updated_at = ExportStatus.QUEUED, now
        export.attempts = max(export.attempts, 1)
        enqueue_export(export, session.get(Snapshot, export.snapshot_id))

    def fail(export):
        export.status, export.finished_at, export.updated_at = ExportStatus.FAILED, now, now
        export.error = "the worker delivering this export stopped (killed or crashed); create it again"

    rows = session.scalars(select(Export).where(Export.status.in_(ACTIVE)))
    return _requeue_once(rows, now, requeue, fail)


def reconcile_webhooks(*, session, now):
    """A pending attempt whose job vanished (a Redis restart loses scheduled retries) is queued again
    once it is due: at the previous attempt's next_attempt_at, so a retry fires within one sweep of
    its time. A first attempt waits GRACE, as its row is committed just before its job is queued."""
    requeued = 0
    for row in session.scalars(select(WebhookDelivery).where(WebhookDelivery.status == WebhookStatus.PENDING)):
        if any(job_status(job_id) not in (None, "failed", "stopped") for job_id in webhook_job_ids(row)):
            continue
        if row.attempt == 1:
            due = row.created_at + GRACE
        else:
            due = (
                session.scalar(
                    select(WebhookDelivery.next_attempt_at).where(
                        WebhookDelivery.export_id == row.export_id,
                        WebhookDelivery.event_id == row.event_id,
                        WebhookDelivery.attempt == row.attempt - 1,
                    )
                )
                or row.created_at
            )
        if due <= now:
            enqueue_webhook(row, requeue=True)
            requeued += 1
    return requeued
