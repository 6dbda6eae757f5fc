"""Job entry points (`@job_entry`): each run logs its start and its end — job id, queue, outcome,
duration and what the job reported (rows, bytes) — under the request id of the request that queued
it, and its duration lands in the job histogram by queue and outcome. Jobs run inside the worker's
app context (worker.py, or the tests' burst workers)."""

import contextvars
import functools
import logging
import time
from collections.abc import Callable
from typing import Any, TypeVar

from rq import get_current_job

from app.core import logs, metrics

log = logging.getLogger("datajetty.job")
_facts: contextvars.ContextVar[dict[str, Any] | None] = contextvars.ContextVar("job_facts", default=None)
F = TypeVar("F", bound=Callable[..., Any])


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
