"""Seed 000 POST /exports and seed 001 export jobs: real targets, signed webhooks, receipts."""

import hashlib
import os
import time
from pathlib import Path

import pyarrow.parquet as pq
from standardwebhooks.webhooks import Webhook

from app.extensions import db
from tests.factories import artifact_file, employee, make_registry, publish

STORE = "/api/v1/storage/published"
JOBS = "/api/v1/data-consumption/exports/jobs"


def seeded(client, caller, n=3):
    ns, reg = make_registry(client, caller, ns="sales", reg="orders")
    for i in range(1, n + 1):
        publish(client, caller, ns, reg, f"p{i}", employee(i))


def export_root(app):
    return app.config["EXPORT_ROOTS"][0]


def test_seed_001_job_builds_snapshot_and_delivers_to_local_root(client, make_caller, run_worker, app):
    caller = make_caller(("export",))
    admin = make_caller(("admin",), tenant_id=caller.tenant_id)
    seeded(client, admin)
    target = f"file://{export_root(app)}/{caller.tenant_id}/orders"
    body = {"dataset": "orders", "version": "v3", "format": "parquet", "target": target}
    r = client.post(JOBS, headers=caller.headers, json=body)
    assert r.status_code == 202, r.get_json()
    created = r.get_json()
    assert set(created) == {"export_id", "status", "snapshot_ref"}
    assert created["export_id"].startswith("ex_") and created["status"] == "queued"
    assert created["snapshot_ref"].startswith("snap_")
    assert client.post(JOBS, headers=caller.headers, json=body).get_json() == created  # same four -> same export
    run_worker(["snapshots", "exports"])
    job = client.get(f"{JOBS}/{created['export_id']}", headers=caller.headers).get_json()
    assert job["status"] == "done", job
    data = next(a for a in job["artifacts"] if a["uri"].endswith(".parquet"))
    assert data["uri"] == f"file://{export_root(app)}/{caller.tenant_id}/orders/orders_v3.parquet"
    path = data["uri"][len("file://") :]
    assert hashlib.sha256(Path(path).read_bytes()).hexdigest() == data["sha256"]
    assert data["rows"] == 3 and pq.read_table(path).num_rows == 3
    assert os.path.exists(path + ".manifest.json")
    listing = client.get(f"{JOBS}?status=done&dataset=orders", headers=caller.headers).get_json()
    assert listing["items"][0]["export_id"] == created["export_id"] and listing["meta"]["total"] == 1
    assert client.get(f"{JOBS}?status=failed", headers=caller.headers).get_json()["items"] == []


def test_seed_000_admin_export_to_s3_with_signed_webhook(client, admin, run_worker, app, s3, receiver):
    bucket, boto = s3
    from app.core.models import Tenant

    with app.app_context():
        tenant = db.session.get(Tenant, admin.tenant_id)
        tenant.allowed_buckets = [bucket]
        db.session.commit()
    seeded(client, admin)
    snap = client.post(
        f"{STORE}/snapshots", headers=admin.headers, json={"dataset": "orders", "version": "v3", "format": "parquet"}
    ).get_json()
    run_worker(["snapshots"])
    r = client.post(
        f"{STORE}/exports",
        headers=admin.headers,
        json={
            "snapshot_id": snap["snapshot_id"],
            "target": f"s3://{bucket}/export/orders",
            "notify_webhook": receiver.url,
        },
    )
    assert r.status_code == 202
    assert r.get_json()["export_id"].startswith("ex_") and r.get_json()["status"] == "queued"
    run_worker(["exports", "webhooks"])
    job = client.get(f"{JOBS}/{r.get_json()['export_id']}", headers=admin.headers).get_json()
    assert job["status"] == "done", job
    obj = boto.get_object(Bucket=bucket, Key="export/orders/orders_v3.parquet")["Body"].read()
    data = next(a for a in job["artifacts"] if a["uri"].endswith(".parquet"))
    assert hashlib.sha256(obj).hexdigest() == data["sha256"] and data["uri"].startswith(f"s3://{bucket}/")
    # the receiver verifies the Standard Webhooks signature with the tenant's secret
    secret = client.get("/api/v1/account/webhook-secret", headers=admin.headers).get_json()["secret"]
    sent = receiver.requests[0]
    payload = Webhook(secret).verify(sent["body"], sent["headers"])
    assert payload["type"] == "export.done" and payload["data"]["export_id"] == job["export_id"]
    assert payload["data"]["artifacts"][0]["sha256"] == data["sha256"]
    assert job["receipts"][0]["status"] == "delivered" and job["receipts"][0]["status_code"] == 200


def test_webhook_failure_then_success_on_retry_and_410_stops(client, admin, run_worker, app, receiver):
    seeded(client, admin, n=1)
    app.config["WEBHOOK_RETRY_SCHEDULE"] = [0.5, 0.5, 0.5]
    try:
        receiver.script = [500, 200]
        target = f"file://{export_root(app)}/{admin.tenant_id}/a"
        ex = client.post(
            JOBS, headers=admin.headers, json={"dataset": "orders", "target": target, "notify_webhook": receiver.url}
        ).get_json()
        run_worker(["snapshots", "exports", "webhooks"])
        time.sleep(0.7)
        run_worker(["webhooks"], with_scheduler=True)
        receipts = client.get(f"{JOBS}/{ex['export_id']}", headers=admin.headers).get_json()["receipts"]
        assert [(r["attempt"], r["status"], r["status_code"]) for r in receipts] == [
            (1, "failed", 500),
            (2, "delivered", 200),
        ]
        assert receipts[0]["next_attempt_at"] and receipts[1]["latency_ms"] is not None
        receiver.script = [410]
        target2 = f"file://{export_root(app)}/{admin.tenant_id}/b"
        ex2 = client.post(
            JOBS, headers=admin.headers, json={"dataset": "orders", "target": target2, "notify_webhook": receiver.url}
        ).get_json()
        run_worker(["exports", "webhooks"])
        time.sleep(0.7)
        run_worker(["webhooks"], with_scheduler=True)
        receipts = client.get(f"{JOBS}/{ex2['export_id']}", headers=admin.headers).get_json()["receipts"]
        assert [(r["status"], r["status_code"]) for r in receipts] == [("gave_up", 410)]
    finally:
        app.config["WEBHOOK_RETRY_SCHEDULE"] = [5, 300, 1800, 7200, 18000, 36000]


def test_hanging_receiver_times_out_retries_and_does_not_block_other_deliveries(
    client, admin, run_worker, app, receiver
):
    seeded(client, admin, n=1)
    app.config["WEBHOOK_TIMEOUT_S"] = 1.0
    try:
        receiver.script = ["hang", 200]  # whichever delivery arrives first hangs; the other is answered
        ids = [
            client.post(
                JOBS,
                headers=admin.headers,
                json={
                    "dataset": "orders",
                    "target": f"file://{export_root(app)}/{admin.tenant_id}/h{i}",
                    "notify_webhook": receiver.url,
                },
            ).get_json()["export_id"]
            for i in range(2)
        ]
        run_worker(["snapshots", "exports"])
        started = time.perf_counter()
        run_worker(["webhooks"])
        elapsed = time.perf_counter() - started
    finally:
        app.config["WEBHOOK_TIMEOUT_S"] = 30.0
        receiver.release.set()
    receipts = [client.get(f"{JOBS}/{i}", headers=admin.headers).get_json()["receipts"] for i in ids]
    timed_out = next(r for r in receipts if r[0]["status"] == "failed")
    answered = next(r for r in receipts if r[0]["status"] == "delivered")
    assert len(receiver.requests) == 2 and elapsed < 10, elapsed  # the hang cost ~1 s, not the receiver's 60 s
    assert "Timeout" in timed_out[0]["error"] and timed_out[0]["status_code"] is None
    assert 900 <= timed_out[0]["latency_ms"] < 5000
    assert timed_out[0]["next_attempt_at"] and [r["status"] for r in timed_out] == ["failed", "pending"]
    assert answered[0]["status_code"] == 200 and len(answered) == 1


def test_redirect_is_not_followed(client, admin, run_worker, app, receiver):
    seeded(client, admin, n=1)
    receiver.script = [302]
    ex = client.post(
        JOBS,
        headers=admin.headers,
        json={
            "dataset": "orders",
            "target": f"file://{export_root(app)}/{admin.tenant_id}/r",
            "notify_webhook": receiver.url,
        },
    ).get_json()
    run_worker(["snapshots", "exports", "webhooks"])
    receipt = client.get(f"{JOBS}/{ex['export_id']}", headers=admin.headers).get_json()["receipts"][0]
    assert receipt["status"] == "failed" and receipt["status_code"] == 302 and len(receiver.requests) == 1


def test_traversal_scheme_bucket_and_ssrf_targets_rejected(client, admin, app):
    seeded(client, admin, n=1)
    root = export_root(app)
    bad_targets = [
        f"file://{root}/../escape",
        f"file://{root}/%2e%2e/escape",
        f"file://{root}/%252e%252e/x",
        "file:///etc/passwd",
        f"file://{root}/a\x00b",
        "ftp://example.com/x",
        "gs://bucket/x",
        "s3://not-allowed-bucket/x",
        "orders.csv",
        f"file://relative{root}",
    ]
    for target in bad_targets:
        r = client.post(JOBS, headers=admin.headers, json={"dataset": "orders", "target": target})
        assert r.status_code == 400, (target, r.get_json())
        assert r.get_json()["error"] == "invalid_request"
    for hook in (
        "http://169.254.169.254/latest/meta-data",
        "http://10.0.0.1/x",
        "file:///etc/passwd",
        "http://[fd00::1]/x",
    ):
        r = client.post(
            JOBS,
            headers=admin.headers,
            json={"dataset": "orders", "target": f"file://{root}/ok", "notify_webhook": hook},
        )
        assert r.status_code == 400, hook
    listing = client.get(JOBS, headers=admin.headers).get_json()
    assert listing["meta"]["total"] == 0  # nothing was stored
    assert not os.path.exists("/etc/escape")


def test_other_tenants_export_is_404(client, make_caller, run_worker, app):
    a, b = make_caller(), make_caller()
    seeded(client, a, n=1)
    ex = client.post(
        JOBS, headers=a.headers, json={"dataset": "orders", "target": f"file://{export_root(app)}/{a.tenant_id}/x"}
    ).get_json()
    r = client.get(f"{JOBS}/{ex['export_id']}", headers=b.headers)
    assert r.status_code == 404 and a.tenant_id not in r.get_data(as_text=True)
    assert client.get(JOBS, headers=b.headers).get_json()["items"] == []


def test_export_of_failed_snapshot_fails_and_delete_waits_for_active_exports(client, admin, run_worker, app):
    seeded(client, admin, n=1)
    ex = client.post(
        JOBS,
        headers=admin.headers,
        json={"dataset": "orders", "target": f"file://{export_root(app)}/{admin.tenant_id}/q"},
    ).get_json()
    r = client.delete(f"{STORE}/snapshots/{ex['snapshot_ref']}", headers=admin.headers)
    assert r.status_code == 409 and r.get_json()["error"] == "resource_has_dependencies"
    assert r.get_json()["details"] == {"active_export_count": 1, "statuses": ["queued"]}
    run_worker(["snapshots", "exports"])
    assert client.delete(f"{STORE}/snapshots/{ex['snapshot_ref']}", headers=admin.headers).status_code == 200


def test_idempotent_admin_export_with_request_id(client, admin, run_worker, app):
    seeded(client, admin, n=1)
    snap = client.post(f"{STORE}/snapshots", headers=admin.headers, json={"dataset": "orders"}).get_json()
    body = {"snapshot_id": snap["snapshot_id"], "target": f"file://{export_root(app)}/{admin.tenant_id}/i"}
    first = client.post(f"{STORE}/exports", headers={**admin.headers, "X-Request-Id": "exp-1"}, json=body)
    second = client.post(f"{STORE}/exports", headers={**admin.headers, "X-Request-Id": "exp-1"}, json=body)
    assert first.get_json() == second.get_json() and second.headers["Idempotent-Replayed"] == "true"
    assert client.get(JOBS, headers=admin.headers).get_json()["meta"]["total"] == 1


def test_corrupted_artifact_fails_the_export_and_leaves_no_file(client, admin, run_worker, app):
    """The copy is hashed where it lands: a mismatch fails the export and nothing stays at the target."""
    seeded(client, admin, n=2)
    sid = client.post(f"{STORE}/snapshots", headers=admin.headers, json={"dataset": "orders"}).get_json()["snapshot_id"]
    run_worker(["snapshots"])
    snap = client.get(f"{STORE}/snapshots/{sid}", headers=admin.headers).get_json()["data"]
    source = artifact_file(next(a for a in snap["artifacts"] if a["name"].endswith(".parquet")))
    with open(source, "r+b") as fh:  # same size, one byte flipped: bit rot in the artifact store
        first = fh.read(1)
        fh.seek(0)
        fh.write(bytes([first[0] ^ 0xFF]))
    folder = f"{export_root(app)}/{admin.tenant_id}/corrupt"
    ex = client.post(
        f"{STORE}/exports", headers=admin.headers, json={"snapshot_id": sid, "target": f"file://{folder}"}
    ).get_json()
    run_worker(["exports"])
    job = client.get(f"{JOBS}/{ex['export_id']}", headers=admin.headers).get_json()
    assert job["status"] == "failed" and "checksum mismatch" in job["error"]
    assert not [n for n in os.listdir(folder) if n.endswith((".parquet", ".partial"))]
