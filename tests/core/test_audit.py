"""Issue 20: every state-changing route writes an audit row (this test walks the URL map), and
GET /api/v1/audit lists the tenant's rows to its admins, filtered by namespace, actor, action, time."""

import re

from tests.factories import employee, make_registry, publish

WRITES = {"POST", "PUT", "PATCH", "DELETE"}
NS = "employee-directory"


def write_routes(app):
    for rule in app.url_map.iter_rules():
        methods = sorted(rule.methods & WRITES)
        if methods and rule.rule.startswith(("/dedi", "/api/v1")):
            yield rule, methods


def test_every_state_changing_route_writes_an_audit_row(client, app, admin):
    make_registry(client, admin)
    sent = {}
    for rule, methods in write_routes(app):
        path = re.sub(r"<(int:)?(\w+)>", lambda m: "1" if m[1] else {"namespace": NS}.get(m[2], "x"), rule.rule)
        for method in methods:
            r = client.open(path, method=method, headers=admin.headers, json={})
            sent[r.headers["X-Request-Id"]] = (method, rule.rule, rule.endpoint, r.status_code)
    assert len(sent) >= 30
    seen = {}
    offset = 0
    while True:
        page = client.get(f"/api/v1/audit?limit=100&offset={offset}", headers=admin.headers).get_json()
        seen.update({row["request_id"]: row for row in page["items"]})
        offset += 100
        if offset >= page["meta"]["total"]:
            break
    missing = [what for request_id, what in sent.items() if request_id not in seen]
    assert not missing, missing
    for request_id, (method, _, endpoint, status) in sent.items():
        row = seen[request_id]
        assert (row["method"], row["action"], row["outcome"]) == (method, endpoint, status)
        assert row["key_id"] and row["actor"]


def test_the_audit_list_filters_and_is_the_tenants_own(client, admin, make_caller):
    make_registry(client, admin)
    publish(client, admin, "employee-directory", "employee-profiles", "a", employee(1))
    make_registry(client, admin, ns="other-ns", reg="r")
    other_key = make_caller(("publish",), tenant_id=admin.tenant_id, owner="bob")
    client.post("/dedi/create-namespace", headers=other_key.headers, json={"name": "bobs", "description": "d"})
    r = client.get("/api/v1/audit?namespace=employee-directory", headers=admin.headers)
    assert r.status_code == 200
    actions = [row["action"] for row in r.get_json()["items"]]
    assert actions == ["publishing.save_record_as_draft", "publishing.create_registry", "publishing.create_namespace"]
    r = client.get("/api/v1/audit?actor=bob", headers=admin.headers).get_json()
    assert [(x["action"], x["outcome"], x["namespace"]) for x in r["items"]] == [
        ("publishing.create_namespace", 201, "bobs")
    ]
    r = client.get("/api/v1/audit?action=publishing.&outcome=201", headers=admin.headers).get_json()
    assert r["meta"]["total"] == 6
    assert (
        client.get("/api/v1/audit?created_after=2999-01-01T00:00:00Z", headers=admin.headers).get_json()["items"] == []
    )
    assert client.get("/api/v1/audit?surprise=1", headers=admin.headers).status_code == 400
    # another tenant sees none of it; a non-admin key of the tenant may not read it
    stranger = make_caller(("admin",))
    assert client.get("/api/v1/audit", headers=stranger.headers).get_json()["items"] == []
    assert client.get("/api/v1/audit", headers=other_key.headers).status_code == 403
