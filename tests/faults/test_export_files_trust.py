"""Issue 16, items 2-4: delivered files belong to one export and one tenant; deleting a snapshot keeps
its export history; no response shows the server's file paths."""

import hashlib
import json
from pathlib import Path

from tests.factories import employee, make_registry, publish

STORE = "/api/v1/storage/published"
JOBS = "/api/v1/data-consumption/exports/jobs"


def _dataset(client, caller, ns="sales", rows=2, tag=""):
    ns, reg = make_registry(client, caller, ns=ns, reg="orders")
    for i in range(1, rows + 1):
        publish(client, caller, ns, reg, f"p{i}", employee(i, full_name=f"{tag}{i}"))
    return f"{ns}/{reg}"


def _sha(path):
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


def _receipts_hold(client, caller, export_id):
    """Every artifact a finished export lists is at its URI with the sha256 it claims."""
    job = client.get(f"{JOBS}/{export_id}", headers=caller.headers).get_json()
    assert job["status"] == "done", job
    for art in job["artifacts"]:
        assert _sha(art["uri"][len("file://") :]) == art["sha256"], art["uri"]
    return job


def test_two_tenants_naming_the_same_file_target_never_meet(app, client, make_caller, run_worker):
    a, b = make_caller(("admin",)), make_caller(("admin",))
    target = f"file://{app.config['EXPORT_ROOTS'][0]}/shared/products"
    ds_b = _dataset(client, b, tag="B")
    ex_b = client.post(JOBS, headers=b.headers, json={"dataset": ds_b, "target": target}).get_json()
    run_worker(["snapshots", "exports"])
    before = _receipts_hold(client, b, ex_b["export_id"])
    ds_a = _dataset(client, a, rows=3, tag="A")
    ex_a = client.post(JOBS, headers=a.headers, json={"dataset": ds_a, "target": target}).get_json()
    run_worker(["snapshots", "exports"])
    after_a = _receipts_hold(client, a, ex_a["export_id"])
    assert _receipts_hold(client, b, ex_b["export_id"]) == before  # B's files and receipt untouched
    assert all(f"/{a.tenant_id}/" in x["uri"] for x in after_a["artifacts"])
    assert all(f"/{b.tenant_id}/" in x["uri"] for x in before["artifacts"])
    # naming the other tenant's directory lands inside one's own
    spoof = f"file://{app.config['EXPORT_ROOTS'][0]}/{b.tenant_id}/shared/products"
    ex = client.post(JOBS, headers=a.headers, json={"dataset": ds_a, "format": "csv", "target": spoof}).get_json()
    run_worker(["snapshots", "exports"])
    spoofed = _receipts_hold(client, a, ex["export_id"])
    assert all(
        x["uri"].startswith(f"file://{app.config['EXPORT_ROOTS'][0]}/{a.tenant_id}/{b.tenant_id}/")
        for x in spoofed["artifacts"]
    )
    assert _receipts_hold(client, b, ex_b["export_id"]) == before


def test_two_formats_in_one_target_keep_a_manifest_each(app, client, admin, run_worker):
    ds = _dataset(client, admin)
    target = f"file://{app.config['EXPORT_ROOTS'][0]}/both"
    ids = [
        client.post(JOBS, headers=admin.headers, json={"dataset": ds, "format": f, "target": target}).get_json()[
            "export_id"
        ]
        for f in ("parquet", "csv")
    ]
    run_worker(["snapshots", "exports"])
    jobs = [_receipts_hold(client, admin, i) for i in ids]
    manifests = [next(x for x in j["artifacts"] if x["uri"].endswith(".manifest.json")) for j in jobs]
    assert manifests[0]["uri"] != manifests[1]["uri"]
    for manifest, fmt in zip(manifests, ("parquet", "csv"), strict=False):
        assert json.loads(Path(manifest["uri"][len("file://") :]).read_text())["format"] == fmt


def test_another_snapshot_of_the_same_names_is_refused_with_409(app, client, admin, run_worker):
    """Two namespaces each hold an 'orders' registry: the same file names, different bytes."""
    first, second = _dataset(client, admin, ns="east", tag="E"), _dataset(client, admin, ns="west", tag="W")
    target = f"file://{app.config['EXPORT_ROOTS'][0]}/orders-drop"
    ex = client.post(JOBS, headers=admin.headers, json={"dataset": first, "target": target}).get_json()
    run_worker(["snapshots", "exports"])
    before = _receipts_hold(client, admin, ex["export_id"])
    r = client.post(JOBS, headers=admin.headers, json={"dataset": second, "target": target})
    assert r.status_code == 409 and r.get_json()["error"] == "conflict", r.get_json()
    snap_id = client.post(f"{STORE}/snapshots", headers=admin.headers, json={"dataset": second}).get_json()[
        "snapshot_id"
    ]
    run_worker(["snapshots"])
    r = client.post(f"{STORE}/exports", headers=admin.headers, json={"snapshot_id": snap_id, "target": target})
    assert r.status_code == 409 and r.get_json()["error"] == "conflict"
    assert _receipts_hold(client, admin, ex["export_id"]) == before


def test_a_delivery_never_replaces_bytes_another_receipt_describes(app, client, admin, run_worker):
    """Past the API check (a snapshot rebuilt after deletion writes a new manifest), the worker refuses."""
    ds = _dataset(client, admin)
    target = f"file://{app.config['EXPORT_ROOTS'][0]}/rebuilt"
    ex = client.post(JOBS, headers=admin.headers, json={"dataset": ds, "target": target}).get_json()
    run_worker(["snapshots", "exports"])
    before = _receipts_hold(client, admin, ex["export_id"])
    assert client.delete(f"{STORE}/snapshots/{ex['snapshot_ref']}", headers=admin.headers).status_code == 200
    again = client.post(f"{STORE}/snapshots", headers=admin.headers, json={"dataset": ds}).get_json()["snapshot_id"]
    run_worker(["snapshots"])
    second = client.post(f"{STORE}/exports", headers=admin.headers, json={"snapshot_id": again, "target": target})
    assert second.status_code == 202, second.get_json()
    run_worker(["exports"])
    job = client.get(f"{JOBS}/{second.get_json()['export_id']}", headers=admin.headers).get_json()
    assert job["status"] == "failed" and job["error"].startswith("conflict:"), job
    assert _receipts_hold(client, admin, ex["export_id"]) == before


def test_deleting_a_snapshot_keeps_its_exports_and_receipts(app, client, admin, run_worker, receiver):
    ds = _dataset(client, admin)
    ex = client.post(
        JOBS,
        headers=admin.headers,
        json={"dataset": ds, "target": f"file://{app.config['EXPORT_ROOTS'][0]}/kept", "notify_webhook": receiver.url},
    ).get_json()
    run_worker(["snapshots", "exports", "webhooks"])
    before = client.get(f"{JOBS}/{ex['export_id']}", headers=admin.headers).get_json()
    assert before["receipts"] and before["snapshot_deleted"] is False
    assert client.delete(f"{STORE}/snapshots/{ex['snapshot_ref']}", headers=admin.headers).status_code == 200
    assert client.get(f"{STORE}/snapshots/{ex['snapshot_ref']}", headers=admin.headers).status_code == 404
    assert ex["snapshot_ref"] not in json.dumps(client.get(f"{STORE}/snapshots", headers=admin.headers).get_json())
    after = client.get(f"{JOBS}/{ex['export_id']}", headers=admin.headers)
    assert after.status_code == 200
    body = after.get_json()
    assert body["snapshot_deleted"] is True and body["receipts"] == before["receipts"]
    assert body["artifacts"] == before["artifacts"]
    listed = client.get(JOBS, headers=admin.headers).get_json()["items"]
    assert [i["snapshot_deleted"] for i in listed if i["export_id"] == ex["export_id"]] == [True]


def test_no_response_names_a_server_path(app, client, admin, run_worker):
    ds = _dataset(client, admin)
    sid = client.post(f"{STORE}/snapshots", headers=admin.headers, json={"dataset": ds}).get_json()["snapshot_id"]
    run_worker(["snapshots"])
    root = app.config["ARTIFACT_ROOT"]
    for url in (f"{STORE}/snapshots/{sid}", f"{STORE}/snapshots", f"{STORE}/snapshots/{sid}/progress"):
        text = client.get(url, headers=admin.headers).get_data(as_text=True)
        assert root not in text and "file://" not in text and "storage_path" not in text, url
    snap = client.get(f"{STORE}/snapshots/{sid}", headers=admin.headers).get_json()["data"]
    assert snap["storage_key"] == f"snapshots/{admin.tenant_id}/{sid}"
    assert {a["key"] for a in snap["artifacts"]} == {
        f"snapshots/{admin.tenant_id}/{sid}/orders_v2.parquet",
        f"snapshots/{admin.tenant_id}/{sid}/manifest.json",
    }


def test_the_receipt_states_the_directory_a_file_target_means(app, client, admin, run_worker):
    ds = _dataset(client, admin)
    root = app.config["EXPORT_ROOTS"][0]
    ex = client.post(
        JOBS, headers=admin.headers, json={"dataset": ds, "target": f"file://{root}/products.csv"}
    ).get_json()
    run_worker(["snapshots", "exports"])
    job = _receipts_hold(client, admin, ex["export_id"])
    assert job["destination"] == f"file://{root}/{admin.tenant_id}/products.csv/"
    assert all(a["uri"].startswith(job["destination"]) for a in job["artifacts"])
