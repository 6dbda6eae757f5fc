"""RQ wiring: named queues with the JSON serializer; a job carries the request id of the request that
queued it (core.job_runs logs it)."""

import redis
from flask import current_app
from rq import Queue
from rq.serializers import JSONSerializer

from app.core import logs
from app.core.errors import DependencyDown

QUEUES = ("bulk", "snapshots", "exports", "webhooks", "maintenance")


def redis_conn(app=None):
    """The app's Redis client (one per app)."""
    return (app or current_app).extensions["redis"]


def get_queue(name, app=None):
    """A named queue on the app's Redis, JSON-serialized."""
    return Queue(name, connection=redis_conn(app), serializer=JSONSerializer)


def job_meta():
    """What a queued job carries from the code that queued it: the request id, when there is one."""
    return {"request_id": logs.request_id.get()}


def enqueue(queue, func, *args, job_id=None, retry=None, timeout=3600, **kwargs):
    """Enqueue `func` with id arguments; 503 when Redis is unreachable."""
    try:
        return get_queue(queue).enqueue(
            func, *args, job_id=job_id, retry=retry, job_timeout=timeout, meta=job_meta(), **kwargs
        )
    except (redis.ConnectionError, redis.TimeoutError) as exc:
        raise DependencyDown("the job queue (redis) is unavailable", {"dependency": "redis"}) from exc


def job_status(job_id, app=None):
    """RQ's view of a job ('queued', 'started', 'finished', 'failed', ...) or None if unknown."""
    from rq.exceptions import NoSuchJobError
    from rq.job import Job

    try:
        return Job.fetch(job_id, connection=redis_conn(app), serializer=JSONSerializer).get_status()
    except NoSuchJobError:
        return None
