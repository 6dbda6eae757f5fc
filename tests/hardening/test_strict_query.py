"""Strict inputs (DESIGN): a query parameter an operation does not declare is a 400 naming it,
never a filter silently ignored."""

import pytest

from tests.factories import employee, make_registry, publish

STORE = "/api/v1/storage/published"


@pytest.mark.parametrize(
    "path",
    [
        "/dedi/query/employee-directory/employee-profiles?region=IN",
        "/dedi/query/employee-directory/employee-profiles?pagesize=5",
        "/dedi/namespaces?state=live",
        f"{STORE}/snapshots?mapping_id=m1",
        f"{STORE}/datasets?region=IN",
        "/api/v1/data-consumption/exports/jobs?colour=red",
        "/api/v1/data-consumption/dashboards/shares?dash=x",
        "/dedi/lookup/employee-directory/employee-profiles/emp-1?expand=all",
    ],
)
def test_an_unknown_query_parameter_is_400_naming_it(client, admin, path):
    make_registry(client, admin)
    publish(client, admin, "employee-directory", "employee-profiles", "emp-1", employee(1))
    r = client.get(path, headers=admin.headers)
    assert r.status_code == 400, (path, r.status_code)
    body = r.get_json()
    unknown = path.split("?", 1)[1].split("=", 1)[0]
    assert body["error"] == "invalid_request" and unknown in body["details"] and unknown in body["message"]


def test_declared_parameters_and_detail_filters_still_work(client, admin):
    make_registry(client, admin)
    publish(client, admin, "employee-directory", "employee-profiles", "emp-1", employee(1))
    r = client.get(
        "/dedi/query/employee-directory/employee-profiles?page=1&limit=5&details.department=HR", headers=admin.headers
    )
    assert r.status_code == 200, r.get_json()
    assert client.get(f"{STORE}/snapshots?limit=5&offset=0&sort_by=name", headers=admin.headers).status_code == 200
    r = client.get("/api/v1/data-consumption/dashboards/shares?dashboard_id=x", headers=admin.headers)
    assert r.status_code == 404 and r.get_json()["error"] == "not_found"  # the parameter is read: no such dashboard


def test_seed_004_status_creating_filters_building_snapshots(client, admin, app):
    from app.extensions import db
    from app.store.models import Snapshot

    make_registry(client, admin)
    publish(client, admin, "employee-directory", "employee-profiles", "emp-1", employee(1))
    sid = client.post(f"{STORE}/snapshots", headers=admin.headers, json={"dataset": "employee-profiles"}).get_json()[
        "snapshot_id"
    ]
    with app.app_context():
        db.session.get(Snapshot, sid).status = "building"
        db.session.commit()
    listed = client.get(f"{STORE}/snapshots?status=creating", headers=admin.headers).get_json()
    assert [s["id"] for s in listed["data"]] == [sid]
    assert client.get(f"{STORE}/snapshots?status=ready", headers=admin.headers).get_json()["data"] == []


def test_a_namespace_cannot_take_a_word_the_routes_use(client, admin):
    for word in ("namespaces", "registries", "lookup", "query", "bulk-upload"):
        r = client.post("/dedi/create-namespace", headers=admin.headers, json={"name": word, "description": "d"})
        assert r.status_code == 400, word
    # so /dedi/namespaces/registries can only be a namespace named "registries", which cannot exist
    assert client.get("/dedi/namespaces/registries", headers=admin.headers).status_code == 404
