"""Issue 19: lookups answer as DeDi does — 200 with `state` (and `registry_state`) for any record
that ever existed, 404 only for a name that never did; `version_id` and `as_on` read the past."""

import io
from datetime import date

from app.core.db import utcnow
from app.extensions import db
from app.publishing.models import Registry
from app.publishing.records import expire_records
from tests.factories import employee, make_registry, publish

L = "/dedi/lookup/employee-directory/employee-profiles"


def lookup(client, caller, name, query=""):
    return client.get(f"{L}/{name}{query}", headers=caller.headers)


def test_every_state_answers_200_with_its_state_and_only_unknown_names_404(client, admin, app):
    ns, reg = make_registry(client, admin)
    publish(client, admin, ns, reg, "alive", employee(1))
    publish(client, admin, ns, reg, "gone", employee(2))
    publish(client, admin, ns, reg, "timed", employee(3))
    r = client.post(
        f"/dedi/{ns}/{reg}/save-record-as-draft",
        headers=admin.headers,
        json={"record_name": "sketch", "description": "d", "details": employee(4)},
    )
    assert r.status_code == 201, r.get_json()
    assert client.delete(f"/dedi/{ns}/{reg}/records/gone", headers=admin.headers).status_code == 200
    with app.app_context():
        registry = db.session.query(Registry).filter_by(name=reg, tenant_id=admin.tenant_id).one()
        db.session.execute(
            db.text("UPDATE records SET valid_till = :t WHERE name = 'timed' AND registry_id = :r"),
            {"t": "2000-01-01 00:00:00.000000", "r": registry.id},
        )
        assert expire_records(session=db.session, registry=registry, now=utcnow()) == 1
        db.session.commit()
    for name, state in (("alive", "live"), ("sketch", "draft"), ("gone", "revoked"), ("timed", "expired")):
        r = lookup(client, admin, name)
        assert r.status_code == 200, (name, r.get_json())
        data = r.get_json()["data"]
        assert (data["record_name"], data["state"], data["registry_state"]) == (name, state, "live")
        assert data["registry_name"] == reg and data["namespace_id"].startswith("ns")
        assert (r.get_json()["message"] == "record") == (state == "live")
    assert lookup(client, admin, "gone").get_json()["data"]["details"] == employee(2)  # what was revoked
    assert lookup(client, admin, "never-was").status_code == 404


def test_version_id_and_as_on_read_a_record_as_it_stood(client, admin):
    ns, reg = make_registry(client, admin)
    publish(client, admin, ns, reg, "a", employee(1))  # v1
    r = client.patch(f"/dedi/{ns}/{reg}/records/a", headers=admin.headers, json={"details": employee(1, full_name="B")})
    assert r.status_code == 200  # v2
    publish(client, admin, ns, reg, "late", employee(5))  # v3
    assert lookup(client, admin, "a", "?version_id=v1").get_json()["data"]["details"] == employee(1)
    assert lookup(client, admin, "a", "?version_id=2").get_json()["data"]["details"]["full_name"] == "B"
    assert lookup(client, admin, "late", "?version_id=v2").status_code == 404  # not there yet at v2
    assert lookup(client, admin, "a", "?version_id=v9").status_code == 404  # past the current version
    today = date.today().isoformat()
    assert lookup(client, admin, "a", f"?as_on={today}").get_json()["data"]["details"]["full_name"] == "B"
    assert lookup(client, admin, "a", "?as_on=2001-01-01").status_code == 404  # before the registry's first version
    for bad in ("?version_id=latest", "?as_on=yesterday", "?as_on=2026-02-30", "?version=1"):
        r = lookup(client, admin, "a", bad)
        assert r.status_code == 400, (bad, r.get_json())


def test_dedi_versions_list_ids_newest_first_usable_as_version_id(client, admin):
    ns, reg = make_registry(client, admin)
    publish(client, admin, ns, reg, "a", employee(1))  # v1
    publish(client, admin, ns, reg, "b", employee(2))  # v2
    r = client.patch(f"/dedi/{ns}/{reg}/records/a", headers=admin.headers, json={"details": employee(1, full_name="Z")})
    assert r.status_code == 200  # v3
    registry = client.get(f"/dedi/versions/{ns}/{reg}", headers=admin.headers).get_json()["data"]
    assert registry["versions"] == ["v3", "v2", "v1"] and registry["total_versions"] == 3
    assert registry["registry_name"] == reg and registry["schema"]["type"] == "object"
    record = client.get(f"/dedi/versions/{ns}/{reg}/a", headers=admin.headers).get_json()["data"]
    assert record["versions"] == ["v3", "v1"] and record["total_versions"] == 2 and record["record_name"] == "a"
    oldest = lookup(client, admin, "a", f"?version_id={record['versions'][-1]}").get_json()["data"]
    assert oldest["details"] == employee(1)
    assert client.get(f"/dedi/versions/{ns}/{reg}/never", headers=admin.headers).status_code == 404
    assert client.get(f"/dedi/versions/{ns}/nope", headers=admin.headers).status_code == 404
    taken = client.post("/dedi/create-namespace", headers=admin.headers, json={"name": "versions", "description": "x"})
    assert taken.status_code == 400  # a word the /dedi routes use


def test_namespace_and_registry_lookups_and_registries_by_tag(client, admin):
    ns, reg = make_registry(client, admin)
    publish(client, admin, ns, reg, "a", employee(1))
    publish(client, admin, ns, reg, "b", employee(2))
    tagged = {"registry_name": "members", "description": "members", "tag": "membership"}
    assert client.post(f"/dedi/{ns}/create-registry", headers=admin.headers, json=tagged).status_code == 201
    namespace = client.get(f"/dedi/lookup/{ns}", headers=admin.headers).get_json()
    assert namespace["message"] == "Namespace details retrieved successfully"
    assert (namespace["data"]["name"], namespace["data"]["state"], namespace["data"]["registry_count"]) == (
        ns,
        "live",
        2,
    )
    by_id = client.get(f"/dedi/lookup/{namespace['data']['namespace_id']}/{reg}", headers=admin.headers).get_json()
    assert (by_id["data"]["record_count"], by_id["data"]["version_count"], by_id["data"]["state"]) == (2, 2, "live")
    assert client.get("/dedi/lookup/nowhere", headers=admin.headers).status_code == 404
    assert client.get(f"/dedi/lookup/{ns}/nothing", headers=admin.headers).status_code == 404
    members = client.get("/dedi/membership/get-registry-by-tag", headers=admin.headers).get_json()["data"]
    assert members["tag"] == "membership" and members["total_registries"] == 1
    assert members["registries"][0]["registry_name"] == "members"
    for tag in ("custom", "nonsense"):
        r = client.get(f"/dedi/{tag}/get-registry-by-tag", headers=admin.headers)
        assert r.status_code == 400 and "tag" in r.get_json()["details"]


def test_dedi_registry_query_filters_sorts_and_pages(client, admin):
    ns, reg = make_registry(client, admin)
    for name in ("alpha-list", "beta-list", "gamma-book"):
        body = {"registry_name": name, "description": f"the {name}", "tag": "membership"}
        assert client.post(f"/dedi/{ns}/create-registry", headers=admin.headers, json=body).status_code == 201

    def query(params=""):
        r = client.get(f"/dedi/query/{ns}{params}", headers=admin.headers)
        assert r.status_code == 200, r.get_json()
        return r.get_json()["data"]

    data = query()
    assert data["namespace_name"] == ns and data["total_registries"] == 4
    assert [r["registry_name"] for r in data["registries"]] == ["alpha-list", "beta-list", reg, "gamma-book"]
    assert [r["registry_name"] for r in query("?name=list")["registries"]] == ["alpha-list", "beta-list"]
    paged = query("?sort=name&page=2&page_size=3")
    assert (paged["page_number"], paged["page_size"], len(paged["registries"])) == (2, 3, 1)
    assert query("?status=active")["total_registries"] == 4 and query("?status=inactive")["total_registries"] == 0
    today = date.today().isoformat()
    assert query(f"?from={today}&to={today}&as_on={today}")["total_registries"] == 4
    assert query("?as_on=2001-01-01")["total_registries"] == 0
    assert all(r["version_count"] >= 0 for r in data["registries"])
    for bad in ("?name=ab", "?status=revoked", "?sort=size", "?page_size=0", "?limit=5"):
        assert client.get(f"/dedi/query/{ns}{bad}", headers=admin.headers).status_code == 400, bad
    assert client.get("/dedi/query/nowhere", headers=admin.headers).status_code == 404
    listed = client.get(f"/dedi/{ns}/registries?search=gamma", headers=admin.headers).get_json()["data"]
    assert [r["registry_name"] for r in listed["registries"]] == ["gamma-book"]  # search is no longer ignored


def test_an_inactive_registry_answers_reads_and_refuses_writes_until_reactivated(client, admin):
    ns, reg = make_registry(client, admin)
    publish(client, admin, ns, reg, "a", employee(1))  # v1
    r = client.post(f"/dedi/{ns}/{reg}/inactivate-registry", headers=admin.headers)
    assert r.status_code == 200 and r.get_json()["message"] == "Registry has been inactivated"
    assert r.get_json()["data"]["state"] == "inactive" and r.get_json()["data"]["data_version"] == 2
    found = lookup(client, admin, "a").get_json()["data"]
    assert (found["state"], found["registry_state"]) == ("live", "inactive")
    assert client.get(f"/dedi/query/{ns}/{reg}", headers=admin.headers).status_code == 200
    assert (
        client.get(f"/dedi/query/{ns}?status=inactive", headers=admin.headers).get_json()["data"]["total_registries"]
        == 1
    )
    refused = [
        client.post(
            f"/dedi/{ns}/{reg}/save-record-as-draft?publish=true",
            headers=admin.headers,
            json={"record_name": "b", "description": "b", "details": employee(2)},
        ),
        client.post(
            f"/dedi/{ns}/{reg}/save-record-as-draft",
            headers=admin.headers,
            json={"record_name": "c", "description": "c", "details": employee(4)},
        ),
        client.patch(f"/dedi/{ns}/{reg}/records/a", headers=admin.headers, json={"details": employee(3)}),
        client.delete(f"/dedi/{ns}/{reg}/records/a", headers=admin.headers),
        client.post(
            "/dedi/bulk-upload",
            headers=admin.headers,
            content_type="multipart/form-data",
            data={"namespace": ns, "registry_name": reg, "file": (io.BytesIO(b"employee_id\nEMP000009\n"), "x.csv")},
        ),
        client.post(f"/dedi/{ns}/{reg}/inactivate-registry", headers=admin.headers),
    ]
    for r in refused:
        assert r.status_code == 409 and r.get_json()["details"]["current_state"] == "inactive", r.get_json()
    r = client.post(f"/dedi/{ns}/{reg}/reactivate-registry", headers=admin.headers)
    assert r.status_code == 200 and r.get_json()["data"]["state"] == "live"
    assert client.post(f"/dedi/{ns}/{reg}/reactivate-registry", headers=admin.headers).status_code == 409
    publish(client, admin, ns, reg, "b", employee(2))  # writes again: v4
    history = client.get(f"/dedi/{ns}/{reg}/versions", headers=admin.headers).get_json()["data"]["versions"]
    assert [v["change"] for v in history] == ["publish", "inactivate", "reactivate", "publish"]
    assert all(v["actor"] for v in history)  # state changes say who made them, as publishes do
