"""The maintenance sweep job: one run at a time across workers; queued by every worker's scheduler."""
import logging

from flask import current_app
from sqlalchemy import select

from app.core.db import utcnow
from app.core.jobs import app_job, redis_conn
from app.extensions import db
from app.maintenance import reconcile, sweeps
from app.maintenance.models import MaintenanceRun

log = logging.getLogger(__name__)
LOCK = "datajetty:maintenance:sweep"


def sweep(*, session, now):
    """Run every sweep once and return the counts (the caller commits)."""
    counts = {"records_expired": sweeps.expire_due_records(session=session, now=now)}
    counts["snapshots_expired"], counts["snapshots_deferred"] = sweeps.expire_due_snapshots(session=session, now=now)
    counts["idempotency_keys_purged"] = sweeps.purge_idempotency_keys(session=session, now=now)
    counts["job_files_purged"] = sweeps.purge_job_files(
        session=session, now=now, retention_s=current_app.config["JOB_FILE_RETENTION_S"])
    reconcile.expire_abandoned_rq_jobs(now)
    counts["bulk_jobs_requeued"], counts["bulk_jobs_failed"] = reconcile.reconcile_bulk_jobs(session=session, now=now)
    counts["snapshots_requeued"], counts["snapshots_failed"] = reconcile.reconcile_snapshots(session=session, now=now)
    counts["exports_requeued"], counts["exports_failed"] = reconcile.reconcile_exports(session=session, now=now)
    counts["webhooks_requeued"] = reconcile.reconcile_webhooks(session=session, now=now)
    return counts


def run_locked(now=None):
    """Run a sweep unless another worker holds the lock; returns the counts or None."""
    lock = redis_conn().lock(LOCK, timeout=600, blocking=False)
    if not lock.acquire(blocking=False):
        return None
    try:
        now = now or utcnow()
        run = MaintenanceRun(started_at=now, counts={})
        counts = sweep(session=db.session, now=now)
        run.counts, run.finished_at = counts, utcnow()
        db.session.add(run)
        db.session.commit()
        log.info("maintenance sweep: %s", counts)
        return counts
    finally:
        lock.release()


@app_job
def run_sweep():
    """The sweep job, queued by the workers' schedulers (app/maintenance/scheduler.py) once per interval."""
    return run_locked()


def last_run(*, session):
    """The most recent sweep, or None."""
    return session.scalar(select(MaintenanceRun).order_by(MaintenanceRun.id.desc()).limit(1))
