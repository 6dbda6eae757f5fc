"""Small truths the contract tells (issue 17): empty dashboards, share ids, stated registry tags."""

from tests.dashboards.conftest import API
from tests.factories import make_registry


def test_an_empty_definition_is_accepted_and_renders_an_empty_state(client, admin):
    r = client.post(
        f"{API}/definitions",
        headers=admin.headers,
        json={"dashboard_id": "blank", "layout": {"widgets": []}, "datasources": []},
    )
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
    r = client.patch(
        path,
        headers=admin.headers,
        json={"description": "User session data", "tag": "custom", "ttl": 86400, "meta": {}},
    )  # seed 002's update example
    assert r.status_code == 200 and r.get_json()["data"]["ttl"] == 86400
    r = client.patch(path, headers=admin.headers, json={"tag": "membership"})
    assert r.status_code == 400 and "tag" in r.get_json()["details"]
    r = client.patch(path, headers=admin.headers, json={"tag": "nonsense"})
    assert r.status_code == 400


def test_share_urls_follow_the_request_or_public_base_url(client, dashboard, app):
    body = {"dashboard_id": "ops_overview"}
    url = client.post(
        f"{API}/share", headers=dashboard.headers, json=body, base_url="https://data.example.org:8443"
    ).get_json()["url"]
    assert url.startswith("https://data.example.org:8443/s/")
    assert client.get(url.replace("https://data.example.org:8443", "")).status_code == 200
    app.config["PUBLIC_BASE_URL"] = "https://share.example.com/dj"
    try:
        url = client.post(f"{API}/share", headers=dashboard.headers, json=body).get_json()["url"]
        assert url.startswith("https://share.example.com/dj/s/")
    finally:
        app.config["PUBLIC_BASE_URL"] = ""


def test_proxy_fix_reads_forwarded_headers_only_when_set(app):
    from app import create_app

    keep = {k: app.config[k] for k in ("SQLALCHEMY_DATABASE_URI", "VAR_DIR", "REDIS_URL", "TESTING")}
    from werkzeug.middleware.proxy_fix import ProxyFix

    proxied = create_app({**keep, "PROXY_FIX": True})
    assert isinstance(proxied.wsgi_app, ProxyFix) and not isinstance(app.wsgi_app, ProxyFix)
    seen = {}

    @proxied.get("/__probe")
    def probe():
        from app.core.urls import public_url

        seen["url"] = public_url("/s/x")
        return "ok"

    proxied.test_client().get("/__probe", headers={"X-Forwarded-Proto": "https", "X-Forwarded-Host": "dj.example"})
    assert seen["url"] == "https://dj.example/s/x"
