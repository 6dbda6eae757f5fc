"""Issue 16, fault suite: the app's database connection is terminated in the middle of a request
(pg_terminate_backend): that request answers 503 dependency_down, never 500, and the next ones
succeed on fresh connections."""

import os
import threading
import time

import psycopg
import pytest
import requests

pytestmark = pytest.mark.skipif(
    not os.environ.get("DATABASE_URL", "").startswith("postgresql"),
    reason="pg_terminate_backend needs PostgreSQL (set DATABASE_URL)",
)


def _dsn():
    return os.environ["DATABASE_URL"].replace("postgresql+psycopg://", "postgresql://")


def test_a_connection_dropped_mid_request_is_503_then_recovers(live, client, admin):
    assert (
        client.post(
            "/dedi/create-namespace", headers=admin.headers, json={"name": "faulty", "description": "d"}
        ).status_code
        == 201
    )
    with psycopg.connect(_dsn(), autocommit=True) as blocker, psycopg.connect(_dsn(), autocommit=True) as killer:
        blocker.execute("BEGIN")
        blocker.execute("LOCK TABLE namespaces IN ACCESS EXCLUSIVE MODE")  # the request below waits on this
        answer = {}
        reader = threading.Thread(
            target=lambda: answer.update(r=requests.get(f"{live}/dedi/namespaces", headers=admin.headers, timeout=60))
        )
        reader.start()
        waiting = []
        deadline = time.monotonic() + 20
        while not waiting and time.monotonic() < deadline:
            waiting = killer.execute(
                "SELECT pid FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                "AND query ILIKE '%namespaces%' AND pid <> pg_backend_pid()"
            ).fetchall()
            time.sleep(0.05)
        assert waiting, "the request never reached the database"
        for (pid,) in waiting:
            killer.execute("SELECT pg_terminate_backend(%s)", (pid,))
        reader.join(30)
        blocker.execute("ROLLBACK")
    r = answer["r"]
    assert r.status_code == 503, r.text
    assert r.json()["error"] == "dependency_down" and r.json()["details"] == {"dependency": "database"}
    for _ in range(3):  # the pool replaces the dead connection: service resumes at once
        again = requests.get(f"{live}/dedi/namespaces", headers=admin.headers, timeout=30)
        assert again.status_code == 200
        assert again.json()["data"]["pagination"]["total"] == 1
