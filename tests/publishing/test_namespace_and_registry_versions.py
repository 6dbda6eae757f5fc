"""Issue 19: DeDi's versions and `version_id` / `as_on` on the namespace and registry lookups."""

from datetime import date, timedelta

from tests.factories import employee, make_registry, publish

NS, REG = "employee-directory", "employee-profiles"


def get(client, caller, path):
    r = client.get(path, headers=caller.headers)
    assert r.status_code == 200, (path, r.get_json())
    return r.get_json()["data"]


def test_namespace_versions_and_lookups_at_a_version(client, admin):
    make_registry(client, admin)
    first = get(client, admin, f"/dedi/lookup/{NS}")
    assert (first["version"], first["description"]) == ("v1", "Corporate employee information")
    r = client.patch(f"/dedi/namespaces/{NS}", headers=admin.headers, json={"description": "People", "meta": {"a": 1}})
    assert r.status_code == 200
    history = get(client, admin, f"/dedi/versions/{NS}")
    assert history["versions"] == ["v2", "v1"] and history["total_versions"] == 2
    assert history["created_by"]  # the key that created it
    now = get(client, admin, f"/dedi/lookup/{NS}")
    assert (now["version"], now["description"], now["meta"]) == ("v2", "People", {"a": 1})
    then = get(client, admin, f"/dedi/lookup/{NS}?version_id=v1")
    assert (then["version"], then["description"], then["meta"]) == ("v1", "Corporate employee information", {})
    assert then["registry_count"] == 1 and then["state"] == "live"
    assert get(client, admin, f"/dedi/lookup/{NS}?as_on={date.today()}")["version"] == "v2"
    yesterday = date.today() - timedelta(days=1)
    assert client.get(f"/dedi/lookup/{NS}?as_on={yesterday}", headers=admin.headers).status_code == 404
    assert client.get(f"/dedi/lookup/{NS}?version_id=v9", headers=admin.headers).status_code == 404
    assert client.get(f"/dedi/lookup/{NS}?version_id=latest", headers=admin.headers).status_code == 400
    assert client.get("/dedi/versions/nope", headers=admin.headers).status_code == 404


def test_registry_lookup_at_a_data_version(client, admin):
    make_registry(client, admin)
    publish(client, admin, NS, REG, "a", employee(1))  # v1
    publish(client, admin, NS, REG, "b", employee(2))  # v2
    assert client.post(f"/dedi/{NS}/{REG}/inactivate-registry", headers=admin.headers).status_code == 200  # v3
    now = get(client, admin, f"/dedi/lookup/{NS}/{REG}")
    assert (now["state"], now["record_count"], now["version"], now["version_count"]) == ("inactive", 2, "v3", 3)
    at1 = get(client, admin, f"/dedi/lookup/{NS}/{REG}?version_id=v1")
    assert (at1["state"], at1["record_count"], at1["version"], at1["contract"]) == ("live", 1, "v1", "v1")
    assert at1["schema"] == now["schema"] and at1["version_count"] == 3
    assert get(client, admin, f"/dedi/lookup/{NS}/{REG}?version_id=2")["record_count"] == 2
    assert get(client, admin, f"/dedi/lookup/{NS}/{REG}?as_on={date.today()}")["state"] == "inactive"
    assert client.get(f"/dedi/lookup/{NS}/{REG}?version_id=v4", headers=admin.headers).status_code == 404
    assert client.get(f"/dedi/lookup/{NS}/{REG}?as_on=2026-02-30", headers=admin.headers).status_code == 400
