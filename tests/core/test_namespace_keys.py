"""Issue 20: keys limited to namespaces — made by the CLI (`--namespaces`) or the admin API — reach
only those: every route naming another namespace answers 404, lists show only theirs, and a scope the
key lacks is still 403."""

import re

from tests.factories import employee, make_registry, publish

API = "/api/v1/account/keys"


def limited_key(client, admin, namespaces, scopes=("publish", "read")):
    r = client.post(
        API, headers=admin.headers, json={"scopes": list(scopes), "owner": "carol", "namespaces": namespaces}
    )
    assert r.status_code == 201, r.get_json()
    return r.get_json()


def test_a_limited_key_reaches_its_namespaces_only(client, app, admin, run_worker):
    for ns in ("mine", "theirs"):
        make_registry(client, admin, ns=ns, reg="people")
        publish(client, admin, ns, "people", "a", employee(1))
    theirs_snap = client.post(
        "/api/v1/storage/published/snapshots", headers=admin.headers, json={"dataset": "theirs/people"}
    ).get_json()["snapshot_id"]
    run_worker(["snapshots"])
    made = limited_key(client, admin, ["mine"], scopes=("publish", "read", "export"))
    assert made["token"].startswith("dj_") and len(made["namespaces"]) == 1
    h = {"Authorization": f"Bearer {made['token']}"}
    me = client.get("/api/v1/account/me", headers=h).get_json()
    assert me["namespaces"] == made["namespaces"]
    # its own namespace works, with its scopes
    assert client.get("/dedi/lookup/mine/people/a", headers=h).status_code == 200
    r = client.post(
        "/dedi/mine/people/save-record-as-draft?publish=true",
        headers=h,
        json={"record_name": "b", "details": employee(2)},
    )
    assert r.status_code == 201
    assert (
        client.post(
            "/dedi/mine/create-registry",
            headers=h,
            json={"registry_name": "r", "description": "d", "schema": {"type": "object"}},
        ).status_code
        == 201
    )
    # lists show only what it reaches
    names = [n["name"] for n in client.get("/dedi/namespaces", headers=h).get_json()["data"]["namespaces"]]
    assert names == ["mine"]
    datasets = client.get("/api/v1/storage/published/datasets", headers=h).get_json()
    assert {d["namespace"] for d in datasets["items"]} == {"mine"}, datasets
    assert client.get(f"/api/v1/storage/published/snapshots/{theirs_snap}", headers=h).status_code == 404
    listed = client.get("/api/v1/storage/published/snapshots", headers=h).get_json()
    assert theirs_snap not in {s["snapshot_id"] for s in listed["data"]}
    target = f"file://{app.config['EXPORT_ROOTS'][0]}/x"
    r = client.post(
        "/api/v1/data-consumption/exports/jobs", headers=h, json={"dataset": "theirs/people", "target": target}
    )
    assert r.status_code == 404, r.get_json()
    # every /dedi route naming the other namespace answers 404
    values = {"namespace": "theirs", "registry_name": "people", "record_name": "a", "namespace_id": "theirs"}
    checked = 0
    for rule in app.url_map.iter_rules():
        if not rule.rule.startswith("/dedi") or "namespace" not in "".join(rule.arguments):
            continue
        path = re.sub(r"<(int:)?(\w+)>", lambda m: "1" if m[1] else values.get(m[2], "x.example"), rule.rule)
        path += "?verification_method=self_dns" if rule.endpoint == "domains.generate_dns_txt" else ""
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            status = client.open(path, method=method, headers=h, json=None if method == "GET" else {}).status_code
            if not {"publish", "read", "export"} & set(app.view_functions[rule.endpoint].required_scopes):
                assert status == 403, (method, rule.rule, status)  # a scope the key never holds (manage)
                continue
            assert status in (400, 404), (method, rule.rule, status)  # 400: a body refused before the lookup
            if method == "GET":
                assert status == 404, (method, rule.rule, status)
            checked += 1
    assert checked >= 30
    # a scope the key lacks is still 403 in its own namespace
    reader = limited_key(client, admin, ["mine"], scopes=("read",))
    r = client.post(
        "/dedi/mine/people/save-record-as-draft",
        headers={"Authorization": f"Bearer {reader['token']}"},
        json={"record_name": "c", "details": employee(3)},
    )
    assert r.status_code == 403


def test_key_admin_api_and_cli(client, app, admin, make_caller):
    make_registry(client, admin, ns="mine", reg="people")
    assert (
        client.post(API, headers=admin.headers, json={"scopes": ["admin"], "namespaces": ["mine"]}).status_code == 400
    )
    r = client.post(API, headers=admin.headers, json={"scopes": ["read"], "namespaces": ["nope"]})
    assert r.status_code == 400 and r.get_json()["details"]["namespaces"] == ["nope"]
    made = limited_key(client, admin, ["mine"])
    keys = client.get(API, headers=admin.headers).get_json()["items"]
    assert any(k["key_id"] == made["key_id"] and k["namespaces"] == made["namespaces"] for k in keys)
    assert all("token" not in k for k in keys)
    other = make_caller(("admin",))
    assert client.delete(f"{API}/{made['key_id']}", headers=other.headers).status_code == 404
    assert client.delete(f"{API}/{made['key_id']}", headers=admin.headers).status_code == 200
    assert client.get("/api/v1/account/me", headers={"Authorization": f"Bearer {made['token']}"}).status_code == 401
    # the CLI makes the same kind of key
    runner = app.test_cli_runner()
    result = runner.invoke(
        args=["keys", "create", "--tenant", admin.tenant_id, "--scopes", "read", "--namespaces", "mine"]
    )
    assert result.exit_code == 0, result.output
    token = result.stdout.strip().splitlines()[-1]
    h = {"Authorization": f"Bearer {token}"}
    assert [n["name"] for n in client.get("/dedi/namespaces", headers=h).get_json()["data"]["namespaces"]] == ["mine"]
    bad = runner.invoke(
        args=["keys", "create", "--tenant", admin.tenant_id, "--scopes", "read", "--namespaces", "nope"]
    )
    assert bad.exit_code != 0 and "nope" in bad.output
