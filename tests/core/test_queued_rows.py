"""A route queues a job before it commits the job's row (with Redis down nothing is half-created), so a
worker waiting on the queue can start the job before the row is there. It counted the job done as
"missing" and the row stayed pending until the reconciliation sweep queued it again, a minute or more
later; a bench's 1M-row import never ran (bench/bulk_import.py on SQLite, 2026-12-01). Now the job
reads the row again until it commits (core/job_runs.queued_row)."""

import threading
import time
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

from app.core import job_runs
from app.publishing.bulk import routes as bulk_routes
from app.publishing.bulk import tasks
from app.publishing.models import BulkJob
from tests.factories import make_registry
from tests.publishing.test_bulk_upload import SEED_CSV, SEED_SCHEMA, status, upload


def test_a_job_started_before_its_row_commits_waits_for_the_commit(client, admin, app, monkeypatch):
    outcomes, workers = [], []

    def taken_at_once(job):  # a worker waiting on the queue takes the job before the route commits
        def work(job_id=job.id):
            with app.app_context():
                outcomes.append(tasks.run_bulk_upload(job_id))

        workers.append(threading.Thread(target=work))
        workers[0].start()
        time.sleep(0.3)  # (the route commits after this: by then the worker has looked for the row)

    monkeypatch.setattr(bulk_routes, "enqueue_job", taken_at_once)
    make_registry(client, admin, schema=SEED_SCHEMA)
    r = upload(client, admin, SEED_CSV.encode(), record_name_field="employee_id", publish=True)
    assert r.status_code == 202, r.get_json()
    workers[0].join(60)
    assert outcomes and outcomes[0] != "missing", outcomes
    done = status(client, admin, r.get_json()["data"]["jobId"])
    assert (done["status"], done["validEntries"]) == ("completed", 2), done


def test_a_row_that_never_commits_is_missing_once_its_job_has_waited_long_enough(app, monkeypatch):
    """The wait counts from when the job was queued: a job that sat in the queue past COMMIT_WAIT_S (its
    request failed after queueing it) finds its row missing at once; a fresh one waits."""
    queued = SimpleNamespace(enqueued_at=datetime.now(UTC) - timedelta(seconds=job_runs.COMMIT_WAIT_S + 1))
    monkeypatch.setattr(job_runs, "get_current_job", lambda: queued)
    polls = []
    with app.app_context():
        real_get = job_runs.db.session.get
        monkeypatch.setattr(job_runs.db.session, "get", lambda *a: polls.append(a) or real_get(*a))
        assert job_runs.queued_row(BulkJob, "job_never") is None
        assert len(polls) == 1  # queued long ago: no second look
        monkeypatch.setattr(job_runs, "COMMIT_WAIT_S", 0.2)
        queued.enqueued_at = datetime.now(UTC).replace(tzinfo=None)  # (RQ's naive UTC)
        assert job_runs.queued_row(BulkJob, "job_never") is None
        assert len(polls) > 2  # queued just now: it looked again before giving up
