"""The maintenance sweep job: one run at a time across workers; queued by every worker's scheduler."""

import contextlib
import logging
import uuid
from datetime import datetime
from typing import Any

from flask import current_app
from redis.exceptions import WatchError
from rq import get_current_job
from sqlalchemy import select

from app.core.db import DbSession, utcnow
from app.core.job_runs import job_entry, report
from app.core.jobs import redis_conn
from app.extensions import db
from app.maintenance import reconcile, sweeps
from app.maintenance.models import MaintenanceRun
from app.maintenance.scheduler import alive_key
from app.publishing import domains, recovery

log = logging.getLogger(__name__)
LOCK = "datajetty:maintenance:sweep"


def sweep(*, session: DbSession, now: datetime) -> dict[str, int]:
    """Run every sweep once and return the counts (the caller commits)."""
    counts = {"records_expired": sweeps.expire_due_records(session=session, now=now)}
    counts["snapshots_expired"], counts["snapshots_deferred"] = sweeps.expire_due_snapshots(session=session, now=now)
    counts["idempotency_keys_purged"] = sweeps.purge_idempotency_keys(session=session, now=now)
    counts["job_files_purged"] = sweeps.purge_job_files(
        session=session, now=now, retention_s=current_app.config["JOB_FILE_RETENTION_S"]
    )
    counts["deletions_purged"] = recovery.purge_due(session=session, now=now)
    counts["indexes_built"] = sweeps.sync_declared_indexes(session=session)
    checked = domains.reverify_due(session=session, now=now)
    counts["domains_checked"], counts["domains_unverified"] = checked["checked"], checked["unverified"]
    reconcile.expire_abandoned_rq_jobs(now)
    counts["bulk_jobs_requeued"], counts["bulk_jobs_failed"] = reconcile.reconcile_bulk_jobs(session=session, now=now)
    counts["snapshots_requeued"], counts["snapshots_failed"] = reconcile.reconcile_snapshots(session=session, now=now)
    counts["exports_requeued"], counts["exports_failed"] = reconcile.reconcile_exports(session=session, now=now)
    counts["webhooks_requeued"] = reconcile.reconcile_webhooks(session=session, now=now)
    return counts


def _acquire(conn: Any, owner: str) -> bool:
    """Take the sweep lock; a lock whose holder's worker stopped beating is taken over, so a sweep
    killed mid-run holds up the next one for a few seconds, not for the lock's 600 s."""
    if conn.set(LOCK, owner, nx=True, ex=600):
        return True
    holder = (conn.get(LOCK) or b"").decode()
    worker = holder.split("|", 1)[0]
    return bool(worker and worker != "-" and not conn.exists(alive_key(worker))) and _swap(conn, holder, owner)


def _release(conn: Any, owner: str) -> None:
    _swap(conn, owner, None)


def _swap(conn: Any, expected: str | None, owner: str | None) -> bool:
    """Set the lock to `owner` (delete it for None) only while it still holds `expected`; True if done."""
    with conn.pipeline() as pipe, contextlib.suppress(WatchError):  # another worker moved it first
        pipe.watch(LOCK)
        if (pipe.get(LOCK) or b"").decode() != expected:
            return False
        pipe.multi()
        if owner is None:
            pipe.delete(LOCK)
        else:
            pipe.set(LOCK, owner, ex=600)
        pipe.execute()
        return True
    return False


def run_locked(now: datetime | None = None) -> dict[str, int] | None:
    """Run a sweep unless another worker holds the lock; returns the counts or None."""
    conn, job = redis_conn(), get_current_job()
    owner = f"{(job.worker_name if job else None) or '-'}|{uuid.uuid4().hex}"
    if not _acquire(conn, owner):
        return None
    try:
        now = now or utcnow()
        run = MaintenanceRun(started_at=now, counts={})
        counts = sweep(session=db.session, now=now)
        run.counts, run.finished_at = counts, utcnow()
        db.session.add(run)
        db.session.commit()
        return counts
    finally:
        _release(conn, owner)


@job_entry
def run_sweep() -> str:
    """The sweep job, queued by the workers' schedulers (app/maintenance/scheduler.py) once per interval."""
    counts = run_locked()
    if counts is None:
        return "skipped"  # another worker's sweep holds the slot
    report(**{name: n for name, n in counts.items() if n})
    return "done"


def last_run(*, session: DbSession) -> MaintenanceRun | None:
    """The most recent sweep, or None."""
    return session.scalar(select(MaintenanceRun).order_by(MaintenanceRun.id.desc()).limit(1))
