"""Issue 19: drafts are reachable — listed, published by name or by the upload that made them — and a
draft of a live record is its next version, never a silent overwrite."""

import csv
import io

from tests.factories import employee, make_registry, publish
from tests.publishing.test_bulk_upload import status, upload


def draft(client, caller, ns, reg, name, details, query=""):
    return client.post(
        f"/dedi/{ns}/{reg}/save-record-as-draft{query}",
        headers=caller.headers,
        json={"record_name": name, "description": f"draft {name}", "details": details},
    )


def lookup(client, caller, ns, reg, name, query=""):
    r = client.get(f"/dedi/lookup/{ns}/{reg}/{name}{query}", headers=caller.headers)
    assert r.status_code == 200, r.get_json()
    return r.get_json()["data"]


def names(client, caller, ns, reg, state):
    r = client.get(f"/dedi/query/{ns}/{reg}?state={state}", headers=caller.headers)
    assert r.status_code == 200, r.get_json()
    return sorted(x["record_name"] for x in r.get_json()["data"]["records"])


def test_201_on_create_200_on_replacing_a_draft(client, admin):
    ns, reg = make_registry(client, admin)
    r = draft(client, admin, ns, reg, "a", employee(1))
    assert r.status_code == 201 and r.get_json() == {"message": "record saved as draft", "data": {"record_name": "a"}}
    r = draft(client, admin, ns, reg, "a", employee(1, full_name="Second"))
    assert r.status_code == 200 and r.get_json()["data"] == {"record_name": "a"}
    assert names(client, admin, ns, reg, "draft") == ["a"]
    assert lookup(client, admin, ns, reg, "a")["details"]["full_name"] == "Second"


def test_a_draft_of_a_live_record_is_its_next_version_once_published(client, admin):
    ns, reg = make_registry(client, admin)
    record_id = publish(client, admin, ns, reg, "a", employee(1))  # v1
    assert draft(client, admin, ns, reg, "a", employee(1, full_name="Next")).status_code == 201
    # the live version stands: lookups and queries still answer it; the draft is listed as a draft
    live = lookup(client, admin, ns, reg, "a")
    assert (live["state"], live["details"]["full_name"], live["record_id"]) == ("live", "Person 1", record_id)
    assert names(client, admin, ns, reg, "live") == ["a"] and names(client, admin, ns, reg, "draft") == ["a"]
    r = client.post(f"/dedi/{ns}/{reg}/publish-records", headers=admin.headers, json={"records": ["a"]})
    assert r.status_code == 200 and r.get_json()["data"] == {"count": 1, "record_ids": [record_id]}
    now = lookup(client, admin, ns, reg, "a")
    assert (now["state"], now["details"]["full_name"], now["record_id"]) == ("live", "Next", record_id)
    assert lookup(client, admin, ns, reg, "a", "?version_id=v1")["details"]["full_name"] == "Person 1"
    assert names(client, admin, ns, reg, "draft") == []
    history = client.get(f"/dedi/versions/{ns}/{reg}/a", headers=admin.headers).get_json()["data"]
    assert history["total_versions"] == 2
    # with ?publish=true a save of a live name is its next version at once (explicit, not silent)
    r = draft(client, admin, ns, reg, "a", employee(1, full_name="Third"), "?publish=true")
    assert r.status_code == 201 and r.get_json()["data"] == {"record_id": record_id}
    assert lookup(client, admin, ns, reg, "a")["details"]["full_name"] == "Third"


def test_update_and_revoke_with_a_pending_draft(client, admin):
    ns, reg = make_registry(client, admin)
    publish(client, admin, ns, reg, "a", employee(1))
    draft(client, admin, ns, reg, "a", employee(1, full_name="Pending"))
    # an update changes the live record (a new version); the pending draft stays pending
    r = client.patch(f"/dedi/{ns}/{reg}/records/a", headers=admin.headers, json={"description": "edited"})
    assert r.status_code == 200 and r.get_json()["data"]["state"] == "live"
    assert lookup(client, admin, ns, reg, "a")["description"] == "edited"
    assert names(client, admin, ns, reg, "draft") == ["a"]
    # revoking the record takes its pending next version with it
    assert client.delete(f"/dedi/{ns}/{reg}/records/a", headers=admin.headers).status_code == 200
    assert lookup(client, admin, ns, reg, "a")["state"] == "revoked"
    assert names(client, admin, ns, reg, "draft") == []


def _csv(rows):
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(["employee_id", "full_name", "email", "department", "hire_date", "active"])
    w.writerows(rows)
    return out.getvalue().encode()


def test_publish_every_draft_an_upload_made_by_its_job_id(client, admin, make_caller, run_worker):
    ns, reg = make_registry(client, admin)
    publish(client, admin, ns, reg, "EMP000001", employee(1))
    rows = [
        ["EMP000001", "Ann Next", "a@x.io", "HR", "2024-01-01", "true"],
        ["EMP000002", "Bob", "b@x.io", "HR", "2024-01-02", "false"],
        ["EMP000003", "Cy", "c@x.io", "HR", "2024-01-03", "true"],
    ]
    job_id = upload(client, admin, _csv(rows), record_name_field="employee_id").get_json()["data"]["jobId"]
    run_worker(["bulk"])
    assert status(client, admin, job_id)["status"] == "completed"
    assert names(client, admin, ns, reg, "draft") == ["EMP000001", "EMP000002", "EMP000003"]
    assert lookup(client, admin, ns, reg, "EMP000001")["details"]["full_name"] == "Person 1"  # live stands
    draft(client, admin, ns, reg, "EMP000003", employee(3, full_name="Edited by hand"))  # no longer the job's
    draft(client, admin, ns, reg, "other", employee(9))  # never the job's
    # another tenant cannot name this job; exactly one of records / job_id
    stranger = make_caller(("publish", "read"))
    make_registry(client, stranger)
    r = client.post(f"/dedi/{ns}/{reg}/publish-records", headers=stranger.headers, json={"job_id": job_id})
    assert r.status_code == 404
    for body in ({}, {"job_id": job_id, "records": ["other"]}):
        r = client.post(f"/dedi/{ns}/{reg}/publish-records", headers=admin.headers, json=body)
        assert r.status_code == 400, body
    r = client.post(f"/dedi/{ns}/{reg}/publish-records", headers=admin.headers, json={"job_id": job_id})
    assert r.status_code == 200, r.get_json()
    assert r.get_json()["data"]["count"] == 2
    assert names(client, admin, ns, reg, "draft") == ["EMP000003", "other"]
    assert lookup(client, admin, ns, reg, "EMP000001")["details"]["full_name"] == "Ann Next"
    assert names(client, admin, ns, reg, "live") == ["EMP000001", "EMP000002"]
    # a second call has nothing left to publish: no new version
    before = client.get(f"/dedi/versions/{ns}/{reg}", headers=admin.headers).get_json()["data"]["total_versions"]
    r = client.post(f"/dedi/{ns}/{reg}/publish-records", headers=admin.headers, json={"job_id": job_id})
    assert r.status_code == 200 and r.get_json()["data"] == {"count": 0, "record_ids": []}
    after = client.get(f"/dedi/versions/{ns}/{reg}", headers=admin.headers).get_json()["data"]["total_versions"]
    assert after == before
