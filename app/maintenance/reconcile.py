"""Reconciliation: database rows that say 'running' but whose RQ job is gone, failed or abandoned."""

from datetime import timedelta

from rq.registry import StartedJobRegistry
from sqlalchemy import select

from app.core.jobs import QUEUES, enqueue, get_queue, job_status
from app.exports.models import Export, WebhookDelivery
from app.publishing.models import BulkJob
from app.store.models import Snapshot

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


def reconcile_bulk_jobs(*, session, now):
    """Re-queue an interrupted bulk job once (it is idempotent), then fail it."""
    requeued = failed = 0
    from app.publishing.bulk import enqueue_job

    for job in session.scalars(select(BulkJob).where(BulkJob.status.in_(("pending", "processing")))):
        if not job.rq_job_id or not _orphaned(job.rq_job_id, job.updated_at, now):
            continue
        if job.attempts < 2:
            job.status, job.updated_at = "pending", now
            enqueue_job(job, suffix=f"-r{job.attempts}")
            requeued += 1
        else:
            job.status, job.finished_at, job.updated_at = "failed", now, now
            job.error = "the worker processing this upload stopped (killed or crashed) twice; upload again"
            failed += 1
    return requeued, failed


def reconcile_snapshots(*, session, now):
    """Re-queue an interrupted build once, then fail it with a clear error."""
    from app.store.tasks import enqueue_build

    requeued = failed = 0
    for snap in session.scalars(select(Snapshot).where(Snapshot.status.in_(("pending", "building")))):
        if not snap.rq_job_id or not _orphaned(snap.rq_job_id, snap.updated_at, now):
            continue
        if snap.attempts < 2:
            snap.status, snap.phase, snap.updated_at = "pending", "queued", now
            snap.attempts = max(snap.attempts, 1)
            enqueue_build(snap)
            requeued += 1
        else:
            snap.status, snap.phase, snap.updated_at = "failed", "failed", now
            snap.error_message = "the worker building this snapshot stopped (killed or crashed); retry it"
            failed += 1
    return requeued, failed


def reconcile_exports(*, session, now):
    """Re-queue an interrupted export once (deliveries overwrite), then fail it."""
    from app.exports.tasks import enqueue_export

    requeued = failed = 0
    for export in session.scalars(select(Export).where(Export.status.in_(("queued", "running")))):
        if not export.rq_job_id or not _orphaned(export.rq_job_id, export.updated_at, now):
            continue
        snap = session.get(Snapshot, export.snapshot_id)
        if export.attempts < 2:
            export.status, export.updated_at = "queued", now
            export.attempts = max(export.attempts, 1)
            enqueue_export(export, snap)
            requeued += 1
        else:
            export.status, export.finished_at, export.updated_at = "failed", now, now
            export.error = "the worker delivering this export stopped (killed or crashed); create it again"
            failed += 1
    return requeued, failed


def reconcile_webhooks(*, session, now):
    """A pending attempt whose job vanished (a Redis restart loses scheduled retries) is queued again
    once it is due: at the previous attempt's next_attempt_at, so a retry fires within one sweep of
    its time. A first attempt waits GRACE, as its row is committed just before its job is queued."""
    requeued = 0
    for row in session.scalars(select(WebhookDelivery).where(WebhookDelivery.status == "pending")):
        if job_status(f"webhook-{row.id}") not in (None, "failed", "stopped") or job_status(
            f"webhook-{row.id}-r"
        ) not in (None, "failed", "stopped"):
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
            enqueue("webhooks", "app.exports.tasks.deliver_webhook", row.id, job_id=f"webhook-{row.id}-r")
            requeued += 1
    return requeued
