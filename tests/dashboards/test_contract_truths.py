"""Small truths the contract tells (issue 17): empty dashboards, share ids, stated registry tags."""
from tests.dashboards.conftest import API
from tests.factories import make_registry


def test_an_empty_definition_is_accepted_and_renders_an_empty_state(client, admin):
    r = client.post(f"{API}/definitions", headers=admin.headers,
                    json={"dashboard_id": "blank", "layout": {"widgets": []}, "datasources": []})
    assert r.status_code == 200, r.get_json()
    html = client.post(f"{API}/render", headers=admin.headers, json={"dashboard_id": "blank"}).get_json()["html"]
    assert "no widgets yet" in html and "<svg" not in html


def test_share_list_and_revoke_name_the_dashboard(client, dashboard):
    share = client.post(f"{API}/share", headers=dashboard.headers, json={"dashboard_id": "ops_overview"}).get_json()
    listed = client.get(f"{API}/shares", headers=dashboard.headers).get_json()["data"]
    assert [s["dashboard_id"] for s in listed] == ["ops_overview"]
    revoked = client.post(f"{API}/shares/{share['share_id']}/revoke", headers=dashboard.headers).get_json()["data"]
    assert revoked["dashboard_id"] == "ops_overview" and revoked["revoked_at"]


def test_a_registry_update_states_its_tag_truly_or_is_refused(client, admin):
    ns, reg = make_registry(client, admin)
    path = f"/dedi/{ns}/registries/{reg}"
    r = client.patch(path, headers=admin.headers, json={"description": "User session data", "tag": "custom",
                                                        "ttl": 86400, "meta": {}})  # seed 002's update example
    assert r.status_code == 200 and r.get_json()["data"]["ttl"] == 86400
    r = client.patch(path, headers=admin.headers, json={"tag": "membership"})
    assert r.status_code == 400 and "tag" in r.get_json()["details"]
    r = client.patch(path, headers=admin.headers, json={"tag": "nonsense"})
    assert r.status_code == 400
