"""Maintenance sweeps with a controllable clock, and recovery from a SIGKILLed worker."""

import os
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.core.db import utcnow
from app.core.models import IdempotencyKey
from app.extensions import db
from app.maintenance.tasks import run_locked
from app.publishing.models import Record, Registry
from tests.factories import artifact_file, employee, make_registry, publish

STORE = "/api/v1/storage/published"
ROOT = Path(__file__).resolve().parents[2]


def sweep(app, now):
    with app.app_context():
        counts = run_locked(now=now)
        db.session.remove()
        return counts


def snapshot_rows(client, caller, run_worker, version):
    r = client.post(
        f"{STORE}/snapshots", headers=caller.headers, json={"dataset": "orders", "version": version, "format": "jsonl"}
    )
    run_worker(["snapshots"])
    snap = client.get(f"{STORE}/snapshots/{r.get_json()['snapshot_id']}", headers=caller.headers).get_json()["data"]
    import json

    return {json.loads(line)["record_name"] for line in open(artifact_file(snap["artifacts"][0]))}


def test_record_expiry_is_a_new_version_and_old_versions_keep_the_record(client, admin, run_worker, app):
    ns, reg = make_registry(client, admin, ns="sales", reg="orders")
    till = datetime.now(UTC) + timedelta(seconds=1)
    publish(client, admin, ns, reg, "short", employee(1), valid_till=till.isoformat())  # v1
    publish(client, admin, ns, reg, "stays", employee(2))  # v2
    counts = sweep(app, till + timedelta(seconds=1))  # the controllable clock: one second past valid_till
    assert counts["records_expired"] >= 1  # the sweep is global: other tests' short-lived records count too
    history = client.get(f"/dedi/{ns}/{reg}/versions", headers=admin.headers).get_json()["data"]
    assert history["versions"][-1]["change"] == "expire" and history["current_version"] == 3
    assert history["versions"][-1]["record_count"] == 1
    assert snapshot_rows(client, admin, run_worker, "v3") == {"stays"}
    assert snapshot_rows(client, admin, run_worker, "v2") == {"short", "stays"}
    assert sweep(app, till + timedelta(seconds=2))["records_expired"] == 0  # idempotent


@pytest.mark.parametrize("off", ["inactivate-registry", "delete-registry"])
def test_a_registry_that_takes_no_writes_gets_no_expiry_until_it_is_live_again(client, admin, app, off):
    """An inactive or deleted registry takes no writes, the sweep's included: it had written an expiry
    version (and announced it) into each. Live again, the next sweep expires what is due."""
    ns, reg = make_registry(client, admin, ns="sales", reg=f"orders-{off}")
    till = datetime.now(UTC) + timedelta(seconds=1)
    publish(client, admin, ns, reg, "short", employee(1), valid_till=till.isoformat())  # v1
    if off == "delete-registry":
        r = client.delete(f"/dedi/{ns}/{reg}/{off}", headers=admin.headers, json={"reason": "retired"})
    else:
        r = client.post(f"/dedi/{ns}/{reg}/{off}", headers=admin.headers)
    assert r.status_code == 200, r.get_json()

    def registry():
        with app.app_context():
            found = db.session.scalar(select(Registry).where(Registry.name == reg))
            expired = db.session.scalar(
                select(func.count()).where(Record.registry_id == found.id, Record.state == "expired")
            )
            db.session.remove()
            return found.namespace_id, found.state, found.data_version, expired

    namespace_id, state, version, _ = registry()
    sweep(app, till + timedelta(seconds=1))
    assert registry()[1:] == (state, version, 0)  # no version, no expired record
    if off == "delete-registry":
        back = client.post(
            "/dedi/restore/registry", headers=admin.headers, json={"namespace_id": namespace_id, "registry_name": reg}
        )
    else:
        back = client.post(f"/dedi/{ns}/{reg}/reactivate-registry", headers=admin.headers)
    assert back.status_code == 200, back.get_json()
    live_version = registry()[2]
    sweep(app, till + timedelta(seconds=2))
    assert registry()[1:] == ("live", live_version + 1, 1)
    history = client.get(f"/dedi/{ns}/{reg}/versions", headers=admin.headers).get_json()["data"]["versions"]
    assert history[-1]["change"] == "expire"


def test_snapshot_ttl_and_inactivity_delete_files_but_wait_for_running_exports(client, admin, run_worker, app):
    ns, reg = make_registry(client, admin, ns="sales", reg="orders")
    publish(client, admin, ns, reg, "a", employee(1))
    ids = {}
    for fmt, lifecycle in (
        ("parquet", {"ttl": "P1D"}),
        ("csv", {"inactivity_timeout": "PT1H"}),
        ("jsonl", {"ttl": "P1D"}),
    ):
        r = client.post(f"{STORE}/snapshots", headers=admin.headers, json={"dataset": "orders", "format": fmt})
        ids[fmt] = r.get_json()["snapshot_id"]
        client.put(f"{STORE}/snapshots/{ids[fmt]}/lifecycle", headers=admin.headers, json=lifecycle)
    run_worker(["snapshots"])
    paths = {
        f: artifact_file(client.get(f"{STORE}/snapshots/{i}", headers=admin.headers).get_json()["data"]["artifacts"][0])
        for f, i in ids.items()
    }
    client.post(
        f"{STORE}/exports",
        headers=admin.headers,
        json={"snapshot_id": ids["jsonl"], "target": f"file://{app.config['EXPORT_ROOTS'][0]}/{admin.tenant_id}/m"},
    )
    assert sweep(app, utcnow() + timedelta(minutes=30))["snapshots_expired"] == 0
    counts = sweep(app, utcnow() + timedelta(days=2))
    assert counts["snapshots_expired"] == 2 and counts["snapshots_deferred"] == 1
    for fmt in ("parquet", "csv"):
        assert (
            client.get(f"{STORE}/snapshots/{ids[fmt]}", headers=admin.headers).get_json()["data"]["status"] == "expired"
        )
        assert not os.path.exists(paths[fmt])
    assert os.path.exists(paths["jsonl"])  # its export is still queued
    run_worker(["exports"])
    assert sweep(app, utcnow() + timedelta(days=2))["snapshots_expired"] == 1
    assert not os.path.exists(paths["jsonl"])
    status = client.get(f"{STORE}/maintenance", headers=admin.headers).get_json()["data"]
    assert status["last_run"]["counts"]["snapshots_expired"] == 1 and status["interval_s"] == 60


def test_idempotency_keys_are_purged_after_retention(client, admin, app):
    client.post("/api/v1/account/webhook-secret/rotate", headers={**admin.headers, "Idempotency-Key": "old-key"})
    sweep(app, utcnow() + timedelta(hours=1))
    with app.app_context():
        assert db.session.query(IdempotencyKey).filter_by(tenant_id=admin.tenant_id).count() == 1
    assert sweep(app, utcnow() + timedelta(hours=25))["idempotency_keys_purged"] >= 1
    with app.app_context():
        assert db.session.query(IdempotencyKey).filter_by(tenant_id=admin.tenant_id).count() == 0


def _worker_env(app):
    return dict(
        os.environ,
        REDIS_URL=app.config["REDIS_URL"],
        DATABASE_URL=app.config["SQLALCHEMY_DATABASE_URI"],
        ARTIFACT_ROOT=app.config["ARTIFACT_ROOT"],
        PYTHONPATH=str(ROOT),
    )


def _children(pid):
    """Pids whose parent is `pid` (RQ's work-horse runs in its own session, so killpg misses it)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def test_sigkilled_worker_mid_upload_is_recovered_by_the_sweep(client, admin, run_worker, app):
    make_registry(client, admin)
    lines = ["employee_id,full_name,email,department,hire_date,active"]
    lines += [f"EMP{i:06d},P {i},p{i}@x.io,HR,2024-01-01,true" for i in range(150_000)]
    import io

    r = client.post(
        "/dedi/bulk-upload",
        headers=admin.headers,
        content_type="multipart/form-data",
        data={
            "namespace": "employee-directory",
            "registry_name": "employee-profiles",
            "record_name_field": "employee_id",
            "publish": "true",
            "file": (io.BytesIO("\n".join(lines).encode()), "big.csv"),
        },
    )
    job_id = r.get_json()["data"]["jobId"]
    worker = subprocess.Popen(
        [sys.executable, str(ROOT / "worker.py"), "bulk"],
        env=_worker_env(app),
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    status = {}
    try:
        deadline = time.time() + 60
        while time.time() < deadline:
            status = client.get(f"/dedi/bulk-upload/status/{job_id}", headers=admin.headers).get_json()["data"]
            if status["status"] == "processing" and status["processedEntries"] >= 5000:
                break
            time.sleep(0.05)
        assert status["status"] == "processing", status
    finally:
        for pid in [worker.pid, *_children(worker.pid)]:  # the worker and its work-horse, as a container kill does
            os.kill(pid, signal.SIGKILL)
        worker.wait()
    assert (
        client.get(f"/dedi/bulk-upload/status/{job_id}", headers=admin.headers).get_json()["data"]["status"]
        == "processing"
    )  # what a killed worker leaves behind
    counts = sweep(app, utcnow() + timedelta(hours=2))  # past RQ's heartbeat expiry and our grace period
    assert counts["bulk_jobs_requeued"] == 1
    run_worker(["bulk"])
    final = client.get(f"/dedi/bulk-upload/status/{job_id}", headers=admin.headers).get_json()["data"]
    assert final["status"] == "completed" and final["validEntries"] == 150_000, (
        final["error"],
        final["result"],
        final["processedEntries"],
    )
    q = client.get("/dedi/query/employee-directory/employee-profiles?limit=1", headers=admin.headers).get_json()
    assert q["data"]["pagination"]["total"] == 150_000 and q["data"]["version"] == 1  # no duplicates, one version
