"""Issue 19: soft delete into a recovery area, listed and restorable for DELETE_RETENTION_S (3 days),
then purged by the maintenance sweep — DeDi's newest state model (delete-records, deleted, restore)."""

from datetime import timedelta

from app.core.db import utcnow
from app.extensions import db
from app.maintenance.tasks import run_locked
from tests.factories import employee, make_registry, publish

NS, REG = "employee-directory", "employee-profiles"


def delete(client, caller, names, reason=""):
    return client.delete(
        f"/dedi/{NS}/{REG}/delete-records", headers=caller.headers, json={"records": names, "reason": reason}
    )


def restore(client, caller, name, **extra):
    item = {"namespace_id": NS, "registry_name": REG, "record_name": name, **extra}
    return client.post("/dedi/restore/records", headers=caller.headers, json={"records": [item]})


def lookup(client, caller, name, query=""):
    return client.get(f"/dedi/lookup/{NS}/{REG}/{name}{query}", headers=caller.headers)


def live_names(client, caller, state="live"):
    r = client.get(f"/dedi/query/{NS}/{REG}?state={state}", headers=caller.headers)
    return sorted(x["record_name"] for x in r.get_json()["data"]["records"])


def deleted(client, caller, query=""):
    r = client.get(f"/dedi/deleted/records{query}", headers=caller.headers)
    assert r.status_code == 200, r.get_json()
    return r.get_json()["data"]


def test_delete_lists_and_restore_as_dedi_calls_them(client, admin):
    make_registry(client, admin)
    record_id = publish(client, admin, NS, REG, "a", employee(1))  # v1
    publish(client, admin, NS, REG, "b", employee(2))  # v2
    r = delete(client, admin, ["a"], reason="left the company")
    assert r.status_code == 200, r.get_json()
    assert r.get_json() == {
        "message": "Records deleted",
        "data": {
            "count": 1,
            "deleted_record_versions": 1,
            "records": [{"record_name": "a", "record_id": record_id}],
            "version": 3,
        },
    }
    # gone from the live content, but a lookup still answers with its state; the past reads back
    assert live_names(client, admin) == ["b"] and live_names(client, admin, "deleted") == ["a"]
    data = lookup(client, admin, "a").get_json()["data"]
    assert (data["state"], data["details"]) == ("deleted", employee(1))
    assert lookup(client, admin, "a", "?version_id=v2").get_json()["data"]["state"] == "live"
    csv = client.get(f"/dedi/{NS}/{REG}/export-as-csv", headers=admin.headers).get_data(as_text=True)
    assert ",a," not in csv and ",b," in csv
    # the recovery area
    listed = deleted(client, admin)
    assert listed["pagination"]["total"] == 1
    item = listed["records"][0]
    assert {k: item[k] for k in ("record_name", "record_id", "registry_name", "state", "delete_scope", "reason")} == {
        "record_name": "a",
        "record_id": record_id,
        "registry_name": REG,
        "state": "deleted",
        "delete_scope": "record",
        "reason": "left the company",
    }
    assert item["deleted_history_id"].startswith("del_") and item["restorable_until"] > item["deleted_at"]
    assert deleted(client, admin, f"?namespace={NS}&registry_name={REG}")["pagination"]["total"] == 1
    assert deleted(client, admin, "?registry_name=other")["pagination"]["total"] == 0
    # restore: live again, same id and content, a new version; out of the recovery area
    r = restore(client, admin, "a")
    assert r.status_code == 200, r.get_json()
    body = r.get_json()["data"]
    assert body["restored_record_versions"] == 2 and body["records"][0]["record_id"] == record_id
    assert body["records"][0]["version"] == 4
    data = lookup(client, admin, "a").get_json()["data"]
    assert (data["state"], data["record_id"], data["details"]) == ("live", record_id, employee(1))
    assert deleted(client, admin)["pagination"]["total"] == 0
    assert restore(client, admin, "a").status_code == 404  # nothing left to restore
    versions = client.get(f"/dedi/{NS}/{REG}/versions", headers=admin.headers).get_json()["data"]["versions"]
    assert [v["change"] for v in versions][-2:] == ["delete", "restore"]


def test_errors_name_what_is_wrong(client, admin):
    make_registry(client, admin)
    publish(client, admin, NS, REG, "a", employee(1))
    client.post(
        f"/dedi/{NS}/{REG}/save-record-as-draft",
        headers=admin.headers,
        json={"record_name": "sketch", "details": employee(2)},
    )
    r = delete(client, admin, ["a", "never-was"])
    assert r.status_code == 404 and r.get_json()["details"]["missing"] == ["never-was"]
    r = delete(client, admin, ["sketch"])
    assert r.status_code == 409 and r.get_json()["details"]["not_live"] == ["sketch"]
    assert live_names(client, admin) == ["a"]  # nothing half-done
    assert client.delete(f"/dedi/{NS}/{REG}/delete-records", headers=admin.headers, json={}).status_code == 400
    r = client.delete(f"/dedi/{NS}/{REG}/delete-records", headers=admin.headers, json={"records": ["a"], "x": 1})
    assert r.status_code == 400
    assert restore(client, admin, "never-was").status_code == 404
    # deleted twice in the window (deleted, restored... no: deleted, re-published, deleted): pick one
    assert delete(client, admin, ["a"]).status_code == 200
    publish(client, admin, NS, REG, "a", employee(1, full_name="Second"))
    assert restore(client, admin, "a").status_code == 409  # live again under that name
    assert delete(client, admin, ["a"]).status_code == 200
    r = restore(client, admin, "a")
    assert r.status_code == 400 and len(r.get_json()["details"]["deleted_history_id"]) == 2
    first, latest = sorted(deleted(client, admin)["records"], key=lambda d: d["version"])
    assert restore(client, admin, "a", deleted_history_id=first["deleted_history_id"]).status_code == 409
    r = restore(client, admin, "a", deleted_history_id=latest["deleted_history_id"])
    assert r.status_code == 200, r.get_json()
    assert lookup(client, admin, "a").get_json()["data"]["details"]["full_name"] == "Second"


def test_the_sweep_purges_after_the_window_and_lookups_then_answer_404(client, admin, app):
    make_registry(client, admin)
    publish(client, admin, NS, REG, "a", employee(1))  # v1
    publish(client, admin, NS, REG, "b", employee(2))  # v2
    assert delete(client, admin, ["a", "b"]).status_code == 200  # v3
    with app.app_context():
        soon = run_locked(now=utcnow() + timedelta(days=2))
        db.session.remove()
    assert soon["deletions_purged"] == 0 and deleted(client, admin)["pagination"]["total"] == 2
    with app.app_context():
        later = run_locked(now=utcnow() + timedelta(days=3, minutes=1))
        db.session.remove()
    assert later["deletions_purged"] >= 2  # the sweep is every tenant's: earlier tests' deletions count too
    assert deleted(client, admin)["pagination"]["total"] == 0
    assert lookup(client, admin, "a").status_code == 404
    assert restore(client, admin, "a").status_code == 404
    # history is not rewritten: the version before the delete reads back exactly
    assert lookup(client, admin, "a", "?version_id=v2").get_json()["data"]["details"] == employee(1)


def test_other_tenants_never_see_or_restore_a_deletion(client, admin, make_caller):
    make_registry(client, admin)
    publish(client, admin, NS, REG, "a", employee(1))
    assert delete(client, admin, ["a"]).status_code == 200
    other = make_caller(("publish", "read"))
    make_registry(client, other)
    assert deleted(client, other)["pagination"]["total"] == 0
    assert restore(client, other, "a").status_code == 404
    assert delete(client, other, ["a"]).status_code == 404
    reader = make_caller(("read",), tenant_id=admin.tenant_id)
    assert deleted(client, reader)["pagination"]["total"] == 1
    assert delete(client, reader, ["a"]).status_code == 403 and restore(client, reader, "a").status_code == 403


def test_a_deleted_registry_waits_in_the_recovery_area_then_is_purged(client, admin, app):
    make_registry(client, admin)
    publish(client, admin, NS, REG, "a", employee(1))  # v1
    assert client.post(f"/dedi/{NS}/{REG}/inactivate-registry", headers=admin.headers).status_code == 200  # v2
    r = client.delete(f"/dedi/{NS}/{REG}/delete-registry", headers=admin.headers, json={"reason": "retired"})
    assert r.status_code == 200, r.get_json()
    data = r.get_json()["data"]
    assert (data["registry_name"], data["deleted_registry_versions"], data["deleted_record_versions"]) == (REG, 3, 1)
    # gone from lists and queries; lookups answer with its state; no writes; no dataset to snapshot
    listed = client.get(f"/dedi/{NS}/registries", headers=admin.headers).get_json()["data"]["registries"]
    assert (
        listed == [] and client.get(f"/dedi/query/{NS}", headers=admin.headers).get_json()["data"]["registries"] == []
    )
    assert client.get(f"/dedi/lookup/{NS}/{REG}", headers=admin.headers).get_json()["data"]["state"] == "deleted"
    assert lookup(client, admin, "a").get_json()["data"]["registry_state"] == "deleted"
    assert client.get(f"/dedi/lookup/{NS}", headers=admin.headers).get_json()["data"]["registry_count"] == 0
    r = client.post(
        f"/dedi/{NS}/{REG}/save-record-as-draft",
        headers=admin.headers,
        json={"record_name": "b", "details": employee(2)},
    )
    assert r.status_code == 409
    snap = client.post("/api/v1/storage/published/snapshots", headers=admin.headers, json={"dataset": f"{NS}/{REG}"})
    assert snap.status_code == 404
    again = client.delete(f"/dedi/{NS}/{REG}/delete-registry", headers=admin.headers, json={})
    assert again.status_code == 409
    # its name stays taken while it is restorable
    body = {"registry_name": REG, "description": "again", "schema": {"type": "object"}}
    assert client.post(f"/dedi/{NS}/create-registry", headers=admin.headers, json=body).status_code == 409
    gone = client.get("/dedi/deleted/registries", headers=admin.headers).get_json()["data"]["registries"]
    assert [(g["registry_name"], g["previous_state"], g["reason"]) for g in gone] == [(REG, "inactive", "retired")]
    # restore: back to the state it had, as a new version
    r = client.post("/dedi/restore/registry", headers=admin.headers, json={"namespace_id": NS, "registry_name": REG})
    assert r.status_code == 200, r.get_json()
    assert (r.get_json()["data"]["state"], r.get_json()["data"]["restored_registry_versions"]) == ("inactive", 4)
    assert client.get("/dedi/deleted/registries", headers=admin.headers).get_json()["data"]["registries"] == []
    again = client.post(
        "/dedi/restore/registry", headers=admin.headers, json={"namespace_id": NS, "registry_name": REG}
    )
    assert again.status_code == 404
    # deleted again and left past the window: purged, the name free for a new registry
    assert client.delete(f"/dedi/{NS}/{REG}/delete-registry", headers=admin.headers, json={}).status_code == 200
    with app.app_context():
        assert run_locked(now=utcnow() + timedelta(days=3, minutes=1))["deletions_purged"] >= 1
        db.session.remove()
    assert client.get(f"/dedi/lookup/{NS}/{REG}", headers=admin.headers).status_code == 404
    assert client.post(f"/dedi/{NS}/create-registry", headers=admin.headers, json=body).status_code == 201
