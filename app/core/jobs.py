"""RQ wiring: named queues with the JSON serializer; a job carries the request id of the request that
queued it (core.job_runs logs it)."""

from collections.abc import Callable
from typing import Any

import redis
from flask import Flask, current_app
from rq import Queue, Retry
from rq.exceptions import NoSuchJobError
from rq.job import Job
from rq.serializers import JSONSerializer

from app.core import logs
from app.core.errors import DependencyDown

QUEUES = ("bulk", "snapshots", "exports", "webhooks", "maintenance")


def redis_conn(app: Flask | None = None) -> redis.Redis:
    """The app's Redis client (one per app)."""
    return (app or current_app).extensions["redis"]


def get_queue(name: str, app: Flask | None = None) -> Queue:
    """A named queue on the app's Redis, JSON-serialized."""
    return Queue(name, connection=redis_conn(app), serializer=JSONSerializer)


def job_meta() -> dict[str, Any]:
    """What a queued job carries from the code that queued it: the request id, when there is one."""
    return {"request_id": logs.request_id.get()}


def enqueue(
    queue: str,
    func: Callable[..., Any] | str,
    *args: Any,
    job_id: str | None = None,
    retry: Retry | None = None,
    timeout: int = 3600,
    **kwargs: Any,
) -> Job:
    """Enqueue `func` with id arguments; 503 when Redis is unreachable."""
    try:
        return get_queue(queue).enqueue(  # type: ignore[type-var]  # rq accepts a dotted path too
            func, *args, job_id=job_id, retry=retry, job_timeout=timeout, meta=job_meta(), **kwargs
        )
    except (redis.ConnectionError, redis.TimeoutError) as exc:
        raise DependencyDown("the job queue (redis) is unavailable", {"dependency": "redis"}) from exc


def job_status(job_id: str, app: Flask | None = None) -> str | None:
    """RQ's view of a job ('queued', 'started', 'finished', 'failed', ...) or None if unknown."""
    try:
        return Job.fetch(job_id, connection=redis_conn(app), serializer=JSONSerializer).get_status()
    except NoSuchJobError:
        return None
