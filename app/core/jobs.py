"""RQ wiring: named queues with the JSON serializer, and jobs that run inside an app context."""

import functools

import redis
from flask import current_app, has_app_context
from rq import Queue, Retry
from rq.serializers import JSONSerializer

from app.core.errors import DependencyDown

QUEUES = ("bulk", "snapshots", "exports", "webhooks", "maintenance")


def redis_conn(app=None):
    """The app's Redis client (one per app)."""
    return (app or current_app).extensions["redis"]


def get_queue(name, app=None):
    """A named queue on the app's Redis, JSON-serialized."""
    return Queue(name, connection=redis_conn(app), serializer=JSONSerializer)


def enqueue(queue, func, *args, job_id=None, retry=None, timeout=3600, **kwargs):
    """Enqueue `func` (a dotted path) with id arguments; 503 when Redis is unreachable."""
    try:
        return get_queue(queue).enqueue(func, *args, job_id=job_id, retry=retry, job_timeout=timeout, **kwargs)
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


def app_job(fn):
    """Run a job function inside an app context: the current one (tests, burst workers) or a new one."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        if has_app_context():
            return fn(*args, **kwargs)
        from app import create_app

        with create_app().app_context():
            return fn(*args, **kwargs)

    return wrapper


__all__ = ["QUEUES", "Retry", "app_job", "enqueue", "get_queue", "job_status", "redis_conn"]
