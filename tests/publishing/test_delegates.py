"""Issue 20: namespace delegates — another tenant, or one key — reach exactly the delegated namespace
with exactly the granted permissions: 404 elsewhere, 403 for what the grant does not allow, across
every /dedi route that names a namespace (a sweep); removal applies to the next request."""

import re

from tests.factories import employee, make_registry, publish

SHARED, PRIVATE, REG = "shared-ns", "private-ns", "people"


def ids(client, caller, ns):
    return client.get(f"/dedi/lookup/{ns}", headers=caller.headers).get_json()["data"]["namespace_id"]


def delegate(client, owner, ns, **body):
    return client.post(f"/dedi/{ns}/add-namespace-delegate", headers=owner.headers, json=body)


def sweep(client, app, caller, ns_ref):
    """{(method, rule): status} of every /dedi route naming a namespace, called by `caller` on `ns_ref`."""
    values = {"namespace": ns_ref, "registry_name": REG, "record_name": "a", "domain": "x.example"}
    out = {}
    for rule in app.url_map.iter_rules():
        if not rule.rule.startswith("/dedi/<namespace>") and "/<namespace>" not in rule.rule:
            continue
        if rule.endpoint.startswith("ui."):  # the browser pages: tests/hardening/test_delegate_pages.py
            continue
        path = re.sub(r"<(int:)?(\w+)>", lambda m: "1" if m[1] else values.get(m[2], "x"), rule.rule)
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            body = None if method == "GET" else {}
            resp = client.open(path, method=method, headers=caller.headers, json=body)
            out[(method, rule.rule, rule.endpoint)] = (resp.status_code, resp.get_data(as_text=True))
    return out


def test_a_delegate_reaches_exactly_the_delegated_namespace_with_exactly_the_grant(client, app, admin, make_caller):
    for ns in (SHARED, PRIVATE):
        make_registry(client, admin, ns=ns, reg=REG)
        publish(client, admin, ns, REG, "a", employee(1))
    shared, private = ids(client, admin, SHARED), ids(client, admin, PRIVATE)
    reader = make_caller(("admin",))  # another tenant's admin key: a delegate gets only what is granted
    r = delegate(client, admin, SHARED, tenant=reader.tenant_id, permissions=["read"])
    assert r.status_code == 200 and r.get_json()["message"] == "Delegate added", r.get_json()
    # it lists the delegated namespace beside its own, with the grant; not the owner's other one
    listed = client.get("/dedi/namespaces", headers=reader.headers).get_json()["data"]["namespaces"]
    assert [(n["name"], n["delegated"]) for n in listed] == [(SHARED, ["read"])]
    # read: reads answer; every write is 403; the owner's other namespace is 404 on every route
    assert client.get(f"/dedi/lookup/{SHARED}/{REG}/a", headers=reader.headers).status_code == 200
    assert client.get(f"/dedi/query/{shared}/{REG}", headers=reader.headers).status_code == 200
    for (method, rule, endpoint), (status, text) in sweep(client, app, reader, shared).items():
        if set(app.view_functions[endpoint].required_scopes) & {"read"}:
            assert status not in (401, 403), (method, rule, status, text[:200])
        else:
            assert status == 403, (method, rule, status, text[:200])
    for (method, rule, _), (status, text) in sweep(client, app, reader, private).items():
        assert status in (404, 400) and "Person 1" not in text, (method, rule, status)
        if method == "GET":
            assert status == 404, (method, rule, status)
    # publish: writes land in the owner's namespace, the owner sees them and their audit
    assert (
        delegate(client, admin, shared, tenant=reader.tenant_id, permissions=["publish"]).get_json()["message"]
        == "Delegate updated"
    )
    r = client.post(
        f"/dedi/{SHARED}/{REG}/save-record-as-draft?publish=true",
        headers=reader.headers,
        json={"record_name": "by-delegate", "details": employee(2)},
    )
    assert r.status_code == 201, r.get_json()
    assert client.get(f"/dedi/lookup/{SHARED}/{REG}/by-delegate", headers=admin.headers).status_code == 200
    audit = client.get("/api/v1/audit?action=publishing.save_record_as_draft", headers=admin.headers).get_json()
    assert any(row["outcome"] == 201 and row["namespace"] == SHARED for row in audit["items"])
    # the delegate's admin sees the delegated namespace's audit rows (the owner's too), not the others'
    seen = client.get("/api/v1/audit?limit=100", headers=reader.headers).get_json()["items"]
    shared_rows = [(r["action"], r["outcome"]) for r in seen if r["namespace"] in (SHARED, shared)]
    assert ("publishing.save_record_as_draft", 201) in shared_rows and (
        "publishing.create_registry",
        201,
    ) in shared_rows
    mine = client.get("/api/v1/account/me", headers=reader.headers).get_json()["key_id"]
    assert not [r for r in seen if r["namespace"] in (PRIVATE, private) and r["key_id"] != mine]  # its own 404s only
    # publish is not manage: the delegate list and public switch stay the owner's
    assert client.get(f"/dedi/{SHARED}/get-delegates-by-namespace", headers=reader.headers).status_code == 403
    r = client.patch(f"/dedi/namespaces/{SHARED}", headers=reader.headers, json={"public": True})
    assert r.status_code in (403, 404)
    # removed: the next request is 404
    r = client.post(
        f"/dedi/{SHARED}/remove-namespace-delegate", headers=admin.headers, json={"tenant": reader.tenant_id}
    )
    assert r.status_code == 200 and r.get_json()["current_delegates"] == []
    assert client.get(f"/dedi/lookup/{SHARED}/{REG}/a", headers=reader.headers).status_code == 404


def test_one_key_as_delegate_and_manage(client, admin, make_caller):
    make_registry(client, admin, ns=SHARED, reg=REG)
    publish(client, admin, SHARED, REG, "a", employee(1))
    chosen = make_caller(("publish", "read"))
    sibling = make_caller(("publish", "read"), tenant_id=chosen.tenant_id)
    key_id = client.get("/api/v1/account/me", headers=chosen.headers).get_json()["key_id"]
    assert delegate(client, admin, SHARED, key_id=key_id, permissions=["manage"]).status_code == 200
    assert client.get(f"/dedi/lookup/{SHARED}/{REG}/a", headers=chosen.headers).status_code == 200
    assert client.get(f"/dedi/lookup/{SHARED}/{REG}/a", headers=sibling.headers).status_code == 404  # only that key
    listed = client.get(f"/dedi/{SHARED}/get-delegates-by-namespace", headers=chosen.headers).get_json()
    assert [d["key_id"] for d in listed["delegates"]] == [key_id] and listed["owner"]
    # bad input: neither or both; an unknown tenant; the owner itself
    assert delegate(client, admin, SHARED).status_code == 400
    assert delegate(client, admin, SHARED, tenant="nope", key_id=key_id).status_code == 400
    assert delegate(client, admin, SHARED, tenant="no-such-tenant").status_code == 400
    assert delegate(client, admin, SHARED, tenant=admin.tenant_id).status_code == 400
    assert delegate(client, admin, SHARED, tenant=chosen.tenant_id, permissions=["own"]).status_code == 400
    # another tenant cannot manage what it was not given
    stranger = make_caller(("admin",))
    assert delegate(client, stranger, SHARED, tenant=stranger.tenant_id).status_code == 404
