"""Export jobs: delivery (`exports` queue) and webhook attempts (`webhooks` queue)."""

import logging
from datetime import timedelta
from typing import Any

from redis.exceptions import RedisError
from rq.job import Dependency, Job

from app.core import metrics
from app.core.db import reload, utcnow
from app.core.events import Event, emit
from app.core.job_runs import job_entry, queued_row, report
from app.core.jobs import enqueue, get_queue, job_meta
from app.core.models import Tenant
from app.exports import subscriptions, webhooks
from app.exports.delivery import DeliveryConflict, deliver
from app.exports.models import Export, ExportStatus, Subscription, WebhookDelivery, WebhookStatus
from app.extensions import db
from app.publishing.models import Registry
from app.store.models import Snapshot, SnapshotStatus

log = logging.getLogger(__name__)


def enqueue_export(export: Export, snapshot: Snapshot) -> Job:
    """Queue delivery; after the snapshot's build when it is not ready (runs even if the build fails)."""
    depends = None
    if snapshot.status in (SnapshotStatus.PENDING, SnapshotStatus.BUILDING) and snapshot.rq_job_id:
        depends = Dependency(jobs=[snapshot.rq_job_id], allow_failure=True)
    job = enqueue("exports", run_export, export.id, depends_on=depends, job_id=f"export-{export.id}-{export.attempts}")
    export.rq_job_id = job.id
    return job


def webhook_job_ids(row: Any) -> tuple[str, str]:
    """The RQ job ids an attempt may run under: its first queueing, and the sweep's re-queueing."""
    return f"webhook-{row.id}", f"webhook-{row.id}-r"


def enqueue_webhook_id(delivery_id: int) -> Job:
    """Queue a just-committed attempt by its receipt's id (subscriptions queue theirs after the commit)."""
    return enqueue("webhooks", deliver_webhook, delivery_id, job_id=f"webhook-{delivery_id}")


def enqueue_webhook(row: Any, *, requeue: bool = False, delay: float | None = None) -> Job:
    """Queue one attempt now, or in `delay` seconds (a retry); `requeue` when the sweep sends it again."""
    job_id = webhook_job_ids(row)[1 if requeue else 0]
    if delay is None:
        return enqueue("webhooks", deliver_webhook, row.id, job_id=job_id)
    return get_queue("webhooks").enqueue_in(
        timedelta(seconds=delay), deliver_webhook, row.id, job_id=job_id, meta=job_meta()
    )


@job_entry
def run_export(export_id: str) -> str:
    """Deliver one export; safe to run twice (same object names are overwritten)."""
    export = queued_row(Export, export_id)
    if export is None or export.status in (ExportStatus.DONE, ExportStatus.FAILED):
        return export.status if export else "missing"
    snap, tenant = reload(db.session, Snapshot, export.snapshot_id), reload(db.session, Tenant, export.tenant_id)
    export.status, export.started_at, export.attempts = ExportStatus.RUNNING, utcnow(), export.attempts + 1
    db.session.commit()
    try:
        if snap.status != SnapshotStatus.READY:
            raise RuntimeError(f"snapshot {snap.id} is {snap.status}: {snap.error or 'not built'}")
        export.artifacts = deliver(export, snap, tenant)
        export.status, export.error = ExportStatus.DONE, None
        snap.last_used_at = utcnow()
    except Exception as exc:
        db.session.rollback()
        export = reload(db.session, Export, export_id)
        kind = "conflict" if isinstance(exc, DeliveryConflict) else type(exc).__name__
        export.status, export.error = ExportStatus.FAILED, f"{kind}: {exc}"[:2000]
        report(error=export.error)
    export.finished_at = utcnow()
    if export.status == ExportStatus.DONE:
        registry = reload(db.session, Registry, snap.registry_id)
        data = {
            "export_id": export.id,
            "snapshot_id": snap.id,
            "dataset": export.dataset,
            "version": export.version,
            "format": export.format,
            "target": export.target,
        }
        emit(db.session, Event("export.done", export.tenant_id, registry.namespace_id, registry.id, data=data))
    db.session.commit()
    report(bytes=sum(a["size_bytes"] for a in export.artifacts or []), target=export.target)
    if export.notify_webhook:
        start_webhook(export)
    return export.status


def start_webhook(export: Export) -> None:
    """Create the event's first receipt and queue its delivery."""
    event = "export.done" if export.status == ExportStatus.DONE else "export.failed"
    row = WebhookDelivery(
        export_id=export.id, event_id=webhooks.new_event_id(), event_type=event, attempt=1, status=WebhookStatus.PENDING
    )
    db.session.add(row)
    db.session.commit()
    enqueue_webhook(row)


@job_entry
def deliver_webhook(delivery_id: Any) -> str:
    """One attempt: sign, POST, record the receipt, schedule the next attempt on failure."""
    row = queued_row(WebhookDelivery, delivery_id)
    if row is None or row.status != WebhookStatus.PENDING:
        return row.status if row else "missing"
    sub, url = None, None
    if row.subscription_id is not None:
        sub = reload(db.session, Subscription, row.subscription_id)
        url, payload, headers = sub.webhook_url, row.payload or "", subscriptions.signed_headers(sub, row)
    else:
        export = reload(db.session, Export, row.export_id)
        tenant = reload(db.session, Tenant, export.tenant_id)
        payload = webhooks.event_payload(export, row.event_type)
        url, headers = export.notify_webhook, webhooks.sign(tenant.webhook_secret, row.event_id, payload)
    try:
        code, latency, error, retry_after = webhooks.attempt(url, headers, payload)
    except Exception as exc:  # a URL that became private is a permanent failure
        row.status, row.error, row.created_at = WebhookStatus.GAVE_UP, str(getattr(exc, "message", exc)), utcnow()
        if sub is not None:
            sub.is_active, sub.disabled_reason = False, f"delivery gave up: {row.error}"
        db.session.commit()
        metrics.WEBHOOK_ATTEMPTS.labels(row.status).inc()
        return row.status
    following, delay = webhooks.settle(row, code, latency, error, retry_after)
    metrics.WEBHOOK_ATTEMPTS.labels(row.status).inc()
    if sub is not None and row.status == WebhookStatus.GAVE_UP:  # DeDi: persistent failure disables it
        sub.is_active, sub.disabled_reason = False, f"delivery gave up: {row.error}"
    if following is not None:
        db.session.add(following)
    db.session.commit()  # the receipt and the next attempt's due time first: they are the truth
    if following is not None:
        try:
            enqueue_webhook(following, delay=delay)
        except RedisError as exc:  # the sweep re-queues a pending attempt once it is due
            log.warning("webhook retry delivery=%s not scheduled (%s); the sweep will send it", following.id, exc)
    return row.status
