"""Issue 20's third actor, on every route that takes an id: a delegate of the owner's namespace
reaches exactly that namespace's resources — records, snapshots, download links, exports, dashboards
over its datasets and their share links — with exactly the granted permissions (403 beyond them); a
delegate of the owner's other namespace, and a key of the owner's own limited to that other
namespace, get 404 like another tenant."""

import io

from tests.dashboards.conftest import definition
from tests.factories import make_registry
from tests.hardening.test_isolation_and_scopes import api_rules, body_for, fill, ui_sweep

# path arguments a delegate is admitted by (core/delegation.py: the namespace, or a resource locator)
DELEGABLE = {"namespace", "namespace_id", "snapshot_id", "export_id", "dashboard_id", "share_id", "link_id", "job_id"}
STORE, EXPORTS, DASH = (
    "/api/v1/storage/published",
    "/api/v1/data-consumption/exports",
    "/api/v1/data-consumption/dashboards",
)


def grant(client, owner, ns, caller, permissions):
    body = {"tenant": caller.tenant_id, "permissions": permissions}
    r = client.post(f"/dedi/{ns}/add-namespace-delegate", headers=owner.headers, json=body)
    assert r.status_code == 200, r.get_json()


def sweep(client, app, caller, values):
    """{(method, rule): (status, body text, required scopes, delegable)} of every route with an id."""
    out = {}
    for rule in api_rules(app):
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            resp = client.open(fill(rule, values), method=method, headers=caller.headers, json=body_for(rule, method))
            scopes = set(app.view_functions[rule.endpoint].required_scopes)
            out[(method, rule.rule)] = (
                resp.status_code,
                resp.get_data().decode(errors="replace"),
                scopes,
                rule.arguments & DELEGABLE,
            )
    return out


def test_a_reading_delegate_reads_every_resource_of_the_namespace_and_writes_none(client, app, owned, make_caller):
    a, values = owned
    reader = make_caller(("admin",))  # another tenant's admin key: the grant, not the key, limits it
    grant(client, a, values["namespace"], reader, ["read"])
    checked = 0
    for (method, rule), (status, text, scopes, delegable) in sweep(client, app, reader, values).items():
        if not delegable:
            assert status == 404, (method, rule, status, text[:200])  # subscriptions and keys stay the owner's
        elif "read" in scopes:
            # the fixture's upload failed as a whole (a header without the schema's columns): it has no
            # failed-rows report, and says so by name
            no_report = status == 404 and "failed entries" in text
            assert status not in (401, 403, 404) or no_report, (method, rule, status, text[:200])
            checked += 1
        else:
            assert status == 403, (method, rule, status, text[:200])
            assert "Top Secret" not in text
    assert checked >= 20
    # lists name the delegated namespace; without it they list the caller's own (nothing)
    ns, h = values["namespace"], reader.headers
    datasets = client.get(f"{STORE}/datasets?namespace={ns}", headers=h).get_json()["items"]
    assert [d["dataset"] for d in datasets] == ["secret-members", values["registry_name"]]
    assert client.get(f"{STORE}/datasets", headers=h).get_json()["items"] == []
    snaps = client.get(f"{STORE}/snapshots?namespace={ns}", headers=h).get_json()["data"]
    assert [s["snapshot_id"] for s in snaps] == [values["snapshot_id"]]
    jobs = client.get(f"{EXPORTS}/jobs?namespace={ns}", headers=h).get_json()["items"]
    assert [e["export_id"] for e in jobs] == [values["export_id"]]
    dashes = client.get(f"{DASH}/definitions?namespace={ns}", headers=h).get_json()["data"]
    assert [d["dashboard_id"] for d in dashes] == ["secret_dash"]
    jobs = client.get(f"/dedi/bulk-upload/jobs?namespace={ns}", headers=h).get_json()["data"]["jobs"]
    assert [j["jobId"] for j in jobs] == [values["job_id"]]
    links = client.get(f"{DASH}/shares?dashboard_id=secret_dash", headers=h).get_json()["data"]
    assert [s["share_id"] for s in links] == [values["share_id"]]
    rendered = client.post(f"{DASH}/render", headers=h, json={"dashboard_id": "secret_dash"})
    assert rendered.status_code == 200, rendered.get_json()
    # what it may not do in the namespace
    made = client.post(f"{STORE}/snapshots", headers=h, json={"dataset": f"{ns}/{values['registry_name']}"})
    assert made.status_code == 403 and made.get_json()["details"]["granted"] == ["read"]


def test_a_managing_delegate_acts_in_the_namespace_for_its_owner(client, app, owned, make_caller):
    a, values = owned
    manager = make_caller(("admin",))
    grant(client, a, values["namespace"], manager, ["manage"])
    # what it creates belongs to the owner and names the delegate as its actor
    ns, reg = values["namespace"], values["registry_name"]
    made = client.post(
        f"{STORE}/snapshots", headers=manager.headers, json={"dataset": f"{ns}/{reg}", "format": "jsonl"}
    )
    assert made.status_code == 202, made.get_json()
    snap = client.get(f"{STORE}/snapshots/{made.get_json()['snapshot_id']}", headers=a.headers)
    assert snap.status_code == 200 and snap.get_json()["data"]["dataset"] == reg
    edited = client.post(f"{DASH}/definitions", headers=manager.headers, json=definition("secret_dash", dataset=reg))
    assert edited.status_code == 200 and edited.get_json()["version"] == 2, edited.get_json()
    versions = client.get(f"{DASH}/definitions/secret_dash/versions", headers=a.headers).get_json()["data"]
    assert versions[-1]["created_by"] not in (None, versions[0]["created_by"]), versions
    # the sweep deletes as it goes (a record, then the snapshot, ...), so a later call may find its
    # resource gone: what this checks is that no call is refused
    for (method, rule), (status, text, _, delegable) in sweep(client, app, manager, values).items():
        if delegable:
            assert status not in (401, 403), (method, rule, status, text[:200])
    audit = client.get("/api/v1/audit?action=store.", headers=a.headers).get_json()["items"]
    assert any(e["key_id"] != values["key_id"] and e["outcome"] == 202 for e in audit), audit


def test_the_owners_other_namespace_is_404_for_its_delegate_and_its_limited_key(client, app, owned, make_caller):
    a, values = owned
    other, _ = make_registry(client, a, ns="open-ns", reg="open-reg")
    elsewhere = make_caller(("admin",))
    grant(client, a, other, elsewhere, ["manage"])
    made = client.post(
        "/api/v1/account/keys", headers=a.headers, json={"scopes": ["read", "publish", "export"], "namespaces": [other]}
    )
    limited = type(a)(a.tenant_id, made.get_json()["token"], ("read", "publish", "export"))
    for caller in (elsewhere, limited):
        for (method, rule), (status, text, scopes, _) in sweep(client, app, caller, values).items():
            assert "Top Secret" not in text, (method, rule)
            if caller is limited and not scopes & set(limited.scopes):
                assert status == 403, (method, rule, status)  # a scope the key never holds (admin)
                continue
            expected = {404} if method in ("GET", "DELETE") or status != 400 else {400, 404}
            assert status in expected, (caller is limited, method, rule, status, text[:200])
        ns, h = values["namespace"], caller.headers
        assert client.get(f"{EXPORTS}/jobs", headers=h).get_json()["items"] == []
        assert client.get(f"{DASH}/definitions", headers=h).get_json()["data"] == []
        assert client.get(f"{DASH}/shares", headers=h).get_json()["data"] == []
        assert client.get(f"{STORE}/snapshots?namespace={ns}", headers=h).get_json()["data"] == []
        assert [d["namespace"] for d in client.get(f"{STORE}/datasets", headers=h).get_json()["items"]] in (
            [],  # the delegate's own tenant has none
            ["open-ns"],  # the limited key reaches its one namespace
        )
    # the browser pages, signed in with the limited key: 404 on the other namespace's ids, none of it listed
    ui_sweep(client, app, a, values, limited.token)


def test_a_publishing_delegate_uploads_in_bulk_into_the_namespace(client, app, owned, make_caller, run_worker):
    a, values = owned
    ns, reg = values["namespace"], values["registry_name"]
    publisher = make_caller(("publish", "read"))
    grant(client, a, ns, publisher, ["publish"])
    csv = "employee_id,full_name,email,department,hire_date,active\n"
    csv += "EMP000042,Del Egate,d@acme.corp,Sales,2024-01-02,true\n"
    r = client.post(
        "/dedi/bulk-upload",
        headers=publisher.headers,
        content_type="multipart/form-data",
        data={"namespace": ns, "registry_name": reg, "file": (io.BytesIO(csv.encode()), "d.csv"), "publish": "true"},
    )
    assert r.status_code == 202, r.get_json()
    job_id = r.get_json()["data"]["jobId"]
    run_worker()
    status = client.get(f"/dedi/bulk-upload/status/{job_id}", headers=publisher.headers).get_json()["data"]
    assert status["status"] == "completed" and status["namespace"] == ns, status
    owners = client.get(f"/dedi/bulk-upload/status/{job_id}", headers=a.headers)
    assert owners.status_code == 200  # the job is the owner's
    # a reading delegate may not upload
    reader = make_caller(("admin",))
    grant(client, a, ns, reader, ["read"])
    data = {"namespace": ns, "registry_name": reg, "file": (io.BytesIO(csv.encode()), "d.csv")}
    r = client.post("/dedi/bulk-upload", headers=reader.headers, content_type="multipart/form-data", data=data)
    assert r.status_code == 403, r.get_json()
