"""Job entry points (`@job_entry`): each run logs its start and its end — job id, queue, outcome,
duration and what the job reported (rows, bytes) — under the request id of the request that queued
it, and its duration lands in the job histogram by queue and outcome. Jobs run inside the worker's
app context (worker.py, or the tests' burst workers)."""

import contextvars
import functools
import logging
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, TypeVar

from rq import get_current_job

from app.core import logs, metrics
from app.extensions import db

log = logging.getLogger("datajetty.job")
_facts: contextvars.ContextVar[dict[str, Any] | None] = contextvars.ContextVar("job_facts", default=None)
F = TypeVar("F", bound=Callable[..., Any])
M = TypeVar("M")
# how long after its job was queued a row may still be committing: past SQLite's busy timeout (30 s), the
# longest a route's commit waits for the database's write lock
COMMIT_WAIT_S = 35.0
COMMIT_POLL_S = 0.05


def report(**facts: Any) -> None:
    """Add figures (rows=…, bytes=…) to the running job's closing log line."""
    current = _facts.get()
    if current is not None:
        current.update(facts)


def job_entry(fn: F) -> F:
    @functools.wraps(fn)
    def run(*args: Any, **kwargs: Any) -> Any:
        job = get_current_job()
        queue = job.origin if job else "inline"
        job_id = job.id if job else None
        request_token = logs.request_id.set((job.meta.get("request_id") if job else None) or logs.request_id.get())
        facts: dict[str, Any] = {}
        facts_token = _facts.set(facts)
        logs.event(log, "job started", job_id=job_id, queue=queue, task=fn.__name__)
        started, outcome = time.perf_counter(), "error"
        try:
            result = fn(*args, **kwargs)
            outcome = result if isinstance(result, str) else "ok"
            return result
        finally:
            seconds = time.perf_counter() - started
            metrics.JOB_SECONDS.labels(queue, outcome).observe(seconds)
            level = logging.WARNING if outcome in ("error", "failed", "gave_up") else logging.INFO
            logs.event(
                log,
                "job finished",
                level,
                job_id=job_id,
                queue=queue,
                task=fn.__name__,
                outcome=outcome,
                duration_ms=round(seconds * 1000, 1),
                **facts,
            )
            _facts.reset(facts_token)
            logs.request_id.reset(request_token)

    return run  # type: ignore[return-value]


def queued_row(model: type[M], ident: Any) -> M | None:
    """The row a job was queued for, or None if it never committed (its request failed).

    A route queues the job before it commits the row (so that with Redis down nothing is half-created),
    and a worker waiting on the queue can start the job first. It read no row, counted the job done
    ("missing"), and the row stayed pending until the reconciliation sweep queued it again, a minute or
    more later (a bench's import never ran). A missing row is read again, each time in a new
    transaction (SQLite's would keep its snapshot), until COMMIT_WAIT_S after the job was queued."""
    job = get_current_job()
    queued = job.enqueued_at if job is not None else None
    waited = 0.0
    if queued is not None:
        queued = queued if queued.tzinfo else queued.replace(tzinfo=UTC)
        waited = (datetime.now(UTC) - queued).total_seconds()
    deadline = time.monotonic() + COMMIT_WAIT_S - max(waited, 0.0)
    while (row := db.session.get(model, ident)) is None and time.monotonic() < deadline:
        db.session.rollback()
        time.sleep(COMMIT_POLL_S)
    return row
