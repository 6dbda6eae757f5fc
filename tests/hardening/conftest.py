"""The hardening sweeps' world: one of every resource, owned by one tenant."""

import io

import pytest

from tests.dashboards.conftest import API as DASH
from tests.dashboards.conftest import definition
from tests.factories import employee, make_registry, publish

STORE = "/api/v1/storage/published"


@pytest.fixture()
def owned(client, make_caller, app, run_worker):
    """One of every resource, owned by tenant A; returns (caller A, {path parameter: value})."""
    a = make_caller(("admin",))
    ns, reg = make_registry(client, a, ns="secret-ns", reg="secret-reg")
    publish(client, a, ns, reg, "secret-rec", employee(7, full_name="Top Secret"))
    publish(client, a, ns, reg, "secret-gone", employee(8, full_name="Top Secret"))
    gone = client.delete(f"/dedi/{ns}/{reg}/delete-records", headers=a.headers, json={"records": ["secret-gone"]})
    assert gone.status_code == 200, gone.get_json()
    old = {"registry_name": "secret-old", "description": "Top Secret", "schema": {"type": "object"}}
    assert client.post(f"/dedi/{ns}/create-registry", headers=a.headers, json=old).status_code == 201
    assert client.delete(f"/dedi/{ns}/secret-old/delete-registry", headers=a.headers, json={}).status_code == 200
    claim = client.get(f"/dedi/generate-dns-txt/{ns}/secret-ns.example?verification_method=self_dns", headers=a.headers)
    assert claim.status_code == 200, claim.get_json()
    watch = {"namespace": ns, "registry_name": reg, "webhook_url": "http://127.0.0.1:9/hook", "webhook_secret": "s"}
    sub = client.post("/dedi/subscribe", headers=a.headers, json=watch)
    assert sub.status_code == 201, sub.get_json()
    tagged = {"registry_name": "secret-members", "description": "members", "tag": "membership"}
    assert client.post(f"/dedi/{ns}/create-registry", headers=a.headers, json=tagged).status_code == 201
    job = client.post(
        "/dedi/bulk-upload",
        headers=a.headers,
        content_type="multipart/form-data",
        data={"namespace": ns, "registry_name": reg, "file": (io.BytesIO(b"employee_id\nEMP000001\n"), "x.csv")},
    ).get_json()
    snap = client.post(f"{STORE}/snapshots", headers=a.headers, json={"dataset": reg}).get_json()
    export = client.post(
        "/api/v1/data-consumption/exports/jobs",
        headers=a.headers,
        json={"dataset": reg, "target": f"file://{app.config['EXPORT_ROOTS'][0]}/{a.tenant_id}/x"},
    ).get_json()
    client.post(f"{DASH}/definitions", headers=a.headers, json=definition("secret_dash", dataset=reg))
    share = client.post(f"{DASH}/share", headers=a.headers, json={"dashboard_id": "secret_dash"}).get_json()
    run_worker()
    link = client.post(f"{STORE}/snapshots/{snap['snapshot_id']}/download-url", headers=a.headers, json={})
    assert link.status_code == 201, link.get_json()
    values = {
        "namespace": ns,
        "registry_name": reg,
        "record_name": "secret-rec",
        "job_id": job["data"]["jobId"],
        "snapshot_id": snap["snapshot_id"],
        "export_id": export["export_id"],
        "dashboard_id": "secret_dash",
        "version": "1",
        "tag": "membership",
        "share_id": share["share_id"],
        "link_id": link.get_json()["link_id"],
        "subscription_id": sub.get_json()["data"]["id"],
        "namespace_id": ns,
        "domain": "secret-ns.example",
        "key_id": client.post("/api/v1/account/keys", headers=a.headers, json={"scopes": ["read"]}).get_json()[
            "key_id"
        ],
    }
    return a, values
