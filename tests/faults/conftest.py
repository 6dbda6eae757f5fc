"""The fault suite reuses the export tests' real peers (webhook receiver, S3 server) and starts real
worker processes."""

import pytest

from tests.exports.conftest import receiver, s3, s3_server  # noqa: F401  (fixtures)


@pytest.fixture()
def workers(app):
    """Start worker.py processes (spawn_worker's arguments); all are crashed at the end."""
    from tests.faults.procs import crash, spawn_worker

    started = []

    def spawn(queues, redis_url=None, **extra):
        proc = spawn_worker(app, queues, redis_url, **extra)
        started.append(proc)
        return proc

    yield spawn
    for proc in started:
        crash(proc)
    with app.app_context():  # a worker killed mid-sweep leaves the lock until its liveness lapses
        from app.core.jobs import redis_conn
        from app.maintenance.tasks import LOCK

        redis_conn().delete(LOCK)
