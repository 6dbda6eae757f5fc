"""Issue 20: a namespace made public answers lookups, queries, versions, CSV exports and snapshot
downloads of its live data without a key, rate-limited per address; nothing else is readable without
a key (a sweep of every route), and the switch is the admin's, audited."""

import re

import pytest

from tests.factories import employee, make_registry, publish

NS, REG = "open-data", "people"


@pytest.fixture()
def opened(client, admin, run_worker):
    make_registry(client, admin, ns=NS, reg=REG)
    make_registry(client, admin, ns=NS, reg="paused")
    publish(client, admin, NS, REG, "alive", employee(1))
    publish(client, admin, NS, REG, "gone", employee(2))
    publish(client, admin, NS, "paused", "p", employee(3))
    client.delete(f"/dedi/{NS}/{REG}/records/gone", headers=admin.headers)
    client.post(
        f"/dedi/{NS}/{REG}/save-record-as-draft",
        headers=admin.headers,
        json={"record_name": "sketch", "details": employee(4)},
    )
    client.post(f"/dedi/{NS}/paused/inactivate-registry", headers=admin.headers)
    snap = client.post(
        "/api/v1/storage/published/snapshots", headers=admin.headers, json={"dataset": f"{NS}/{REG}", "format": "csv"}
    ).get_json()
    run_worker(["snapshots"])
    return snap["snapshot_id"]


def test_private_by_default_then_public_by_the_admins_audited_switch(client, admin, make_caller, opened):
    assert client.get(f"/dedi/lookup/{NS}/{REG}/alive").status_code == 401
    publisher = make_caller(("publish",), tenant_id=admin.tenant_id)
    r = client.patch(f"/dedi/namespaces/{NS}", headers=publisher.headers, json={"public": True})
    assert r.status_code == 403
    r = client.patch(f"/dedi/namespaces/{NS}", headers=admin.headers, json={"public": True})
    assert r.status_code == 200 and r.get_json()["data"]["public"] is True
    audit = client.get("/api/v1/audit?action=publishing.update_namespace", headers=admin.headers).get_json()["items"]
    assert [(a["outcome"], a["namespace"]) for a in audit] == [(200, NS), (403, NS)]
    # live data, without a key
    data = client.get(f"/dedi/lookup/{NS}/{REG}/alive").get_json()["data"]
    assert (data["state"], data["details"]) == ("live", employee(1))
    assert client.get(f"/dedi/lookup/{NS}").get_json()["data"]["public"] is True
    assert client.get(f"/dedi/lookup/{NS}/{REG}").status_code == 200
    records = client.get(f"/dedi/query/{NS}/{REG}").get_json()["data"]["records"]
    assert [r["record_name"] for r in records] == ["alive"]
    registries = client.get(f"/dedi/query/{NS}").get_json()["data"]["registries"]
    assert [r["registry_name"] for r in registries] == [REG]  # the inactive one stays private
    assert client.get(f"/dedi/versions/{NS}").status_code == 200
    assert client.get(f"/dedi/versions/{NS}/{REG}").status_code == 200
    assert client.get(f"/dedi/versions/{NS}/{REG}/alive").status_code == 200
    found = client.get(f"/dedi/search/{NS}?full_name=Person").get_json()["data"]
    assert [h["record_name"] for h in found] == ["alive"]  # live records of live registries only
    csv = client.get(f"/dedi/{NS}/{REG}/export-as-csv")
    assert csv.status_code == 200 and "alive" in csv.get_data(as_text=True)
    download = client.get(f"/api/v1/storage/published/snapshots/{opened}/download")
    assert download.status_code == 200 and b"alive" in download.data
    # drafts, closed records and inactive registries stay private
    for path in (
        f"/dedi/lookup/{NS}/{REG}/sketch",
        f"/dedi/lookup/{NS}/{REG}/gone",
        f"/dedi/query/{NS}/{REG}?state=draft",
        f"/dedi/query/{NS}/{REG}?state=revoked",
        f"/dedi/query/{NS}?status=inactive",
        f"/dedi/lookup/{NS}/paused",
        f"/dedi/query/{NS}/paused",
        f"/dedi/{NS}/paused/export-as-csv",
    ):
        assert client.get(path).status_code == 404, path
    # a bad key is refused, never taken for no key
    assert client.get(f"/dedi/lookup/{NS}/{REG}/alive", headers={"Authorization": "Bearer nope"}).status_code == 401
    # private again: the door closes
    client.patch(f"/dedi/namespaces/{NS}", headers=admin.headers, json={"public": False})
    assert client.get(f"/dedi/lookup/{NS}/{REG}/alive").status_code == 401
    assert client.get(f"/api/v1/storage/published/snapshots/{opened}/download").status_code == 401


def test_nothing_else_answers_without_a_key(client, app, admin, opened):
    client.patch(f"/dedi/namespaces/{NS}", headers=admin.headers, json={"public": True})
    values = {"namespace": NS, "registry_name": REG, "record_name": "alive", "snapshot_id": opened}
    public, checked = set(), 0
    for rule in app.url_map.iter_rules():
        view = app.view_functions[rule.endpoint]
        if getattr(view, "required_scopes", None) is None or not rule.rule.startswith(("/dedi", "/api/v1")):
            continue
        path = re.sub(r"<(int:)?(\w+)>", lambda m: "1" if m[1] else values.get(m[2], "x"), rule.rule)
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            status = client.open(path, method=method, json=None if method == "GET" else {}).status_code
            if getattr(view, "public", False):
                public.add(rule.endpoint)
                continue
            assert status == 401, (method, rule.rule, status)
            checked += 1
    assert checked >= 60
    assert public == {
        "publishing.lookup_namespace",
        "publishing.lookup_registry",
        "publishing.lookup_record",
        "publishing.query_registries",
        "publishing.query_records",
        "publishing.dedi_namespace_versions",
        "publishing.dedi_registry_versions",
        "publishing.dedi_record_versions",
        "publishing.export_records_as_csv",
        "publishing.search_namespace",
        "store.download_snapshot_file",
    }


def test_keyless_reads_are_limited_per_address(client, app, admin, make_caller, opened):
    client.patch(f"/dedi/namespaces/{NS}", headers=admin.headers, json={"public": True})
    twin = make_caller(("admin",))  # another tenant's public "open-data": a name two share names neither
    make_registry(client, twin, ns=NS, reg=REG)
    client.patch(f"/dedi/namespaces/{NS}", headers=twin.headers, json={"public": True})
    assert client.get(f"/dedi/lookup/{NS}/{REG}/alive").status_code == 401
    ns_id = client.get(f"/dedi/lookup/{NS}", headers=admin.headers).get_json()["data"]["namespace_id"]
    saved = app.config["ANON_RATE_LIMIT"]
    app.config["ANON_RATE_LIMIT"] = "3/minute"
    try:
        codes = [
            client.get(f"/dedi/lookup/{ns_id}/{REG}/alive", environ_base={"REMOTE_ADDR": "198.51.100.7"}).status_code
            for _ in range(5)
        ]
        assert codes[:3] == [200, 200, 200] and codes[3:] == [429, 429]
        other = client.get(f"/dedi/lookup/{ns_id}/{REG}/alive", environ_base={"REMOTE_ADDR": "198.51.100.8"})
        assert other.status_code == 200  # per address
        assert client.get(f"/dedi/lookup/{NS}/{REG}/alive", headers=admin.headers).status_code == 200
    finally:
        app.config["ANON_RATE_LIMIT"] = saved
