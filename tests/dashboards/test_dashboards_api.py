"""Seed 003: definitions (versions, publish, restore, If-Match), render (cache, escaping), share links."""

import re
from datetime import timedelta

from itsdangerous import URLSafeSerializer

from app.core.db import utcnow
from app.dashboards.models import ShareLink
from app.extensions import db
from tests.dashboards.conftest import API, definition
from tests.factories import publish


def test_seed_calls_replayed(client, dashboard):
    admin = dashboard
    r = client.post(f"{API}/definitions", headers=admin.headers, json=definition())
    assert r.status_code == 200 and r.get_json()["dashboard_id"] == "ops_overview"
    assert r.get_json()["status"] == "active"
    r = client.post(
        f"{API}/render", headers=admin.headers, json={"dashboard_id": "ops_overview", "filters": {"department": "HR"}}
    )
    assert r.status_code == 200
    body = r.get_json()
    assert body["ttl_s"] == 300 and body["html"].startswith("<div")
    assert 'class="dj-hydration"' in body["html"] and "<svg" in body["html"]
    r = client.post(f"{API}/share", headers=admin.headers, json={"dashboard_id": "ops_overview", "expires_in_s": 3600})
    assert r.status_code == 200
    assert re.match(r"^http://localhost/s/[\w.-]+$", r.get_json()["url"])  # built from the request
    assert r.get_json()["expires_at"].endswith("Z")


def test_render_counts_filter_and_cache(client, dashboard):
    admin = dashboard
    first = client.post(f"{API}/render", headers=admin.headers, json={"dashboard_id": "ops_overview"}).get_json()
    assert first["cached"] is False and ">9<" in first["html"].replace(" ", "")  # headcount KPI: 9 people
    again = client.post(f"{API}/render", headers=admin.headers, json={"dashboard_id": "ops_overview"}).get_json()
    assert again["cached"] is True and again["html"] == first["html"]
    hr = client.post(
        f"{API}/render", headers=admin.headers, json={"dashboard_id": "ops_overview", "filters": {"department": "HR"}}
    ).get_json()
    assert hr["cached"] is False and ">3<" in hr["html"].replace(" ", "")
    # a new data version invalidates naturally
    publish(
        client,
        admin,
        "hr",
        "staff",
        "e10",
        {"employee_id": "EMP000010", "full_name": "Ten", "email": "t@x.io", "department": "HR"},
    )
    fresh = client.post(f"{API}/render", headers=admin.headers, json={"dashboard_id": "ops_overview"}).get_json()
    assert fresh["cached"] is False and ">10<" in fresh["html"].replace(" ", "")
    bad = client.post(
        f"{API}/render", headers=admin.headers, json={"dashboard_id": "ops_overview", "filters": {"email": "x"}}
    )
    assert bad.status_code == 400 and bad.get_json()["error"] == "invalid_request"
    bad = client.post(
        f"{API}/render", headers=admin.headers, json={"dashboard_id": "ops_overview", "filters": {"department": "Ops"}}
    )
    assert bad.status_code == 400


def test_values_are_escaped(client, dashboard):
    admin = dashboard
    publish(
        client,
        admin,
        "hr",
        "staff",
        "x",
        {
            "employee_id": "EMP000099",
            "full_name": "<script>alert(1)</script>",
            "email": "x@x.io",
            "department": "Sales",
            "active": True,
        },
    )
    html = client.post(f"{API}/render", headers=admin.headers, json={"dashboard_id": "ops_overview"}).get_json()["html"]
    assert "<script>alert(1)" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "\\u003cscript\\u003e" in html  # inside the hydration JSON too


def test_versions_publish_freeze_restore_and_if_match(client, dashboard):
    admin = dashboard
    got = client.get(f"{API}/definitions/ops_overview", headers=admin.headers)
    etag = got.headers["ETag"]
    assert got.get_json()["data"]["version"] == 1
    assert client.post(f"{API}/definitions/ops_overview/versions/1/publish", headers=admin.headers).status_code == 200
    changed = definition()
    changed["layout"]["title"] = "Changed"
    r = client.post(f"{API}/definitions", headers={**admin.headers, "If-Match": etag}, json=changed)
    assert r.get_json()["version"] == 2
    stale = client.post(f"{API}/definitions", headers={**admin.headers, "If-Match": etag}, json=changed)
    assert stale.status_code == 409 and stale.get_json()["error"] == "version_conflict"
    v1 = client.get(f"{API}/definitions/ops_overview/versions/1", headers=admin.headers).get_json()["data"]
    assert v1["layout"]["title"] == "Ops overview" and v1["published"] is True  # frozen
    html = client.post(f"{API}/render", headers=admin.headers, json={"dashboard_id": "ops_overview"}).get_json()
    assert html["version"] == 1  # the published version renders by default
    restored = client.post(f"{API}/definitions/ops_overview/versions/1/restore", headers=admin.headers).get_json()
    assert restored["version"] == 3
    versions = client.get(f"{API}/definitions/ops_overview/versions", headers=admin.headers).get_json()["data"]
    assert [v["version"] for v in versions] == [1, 2, 3] and versions[2]["restored_from"] == 1


def test_bad_definitions_name_the_path(client, dashboard):
    admin = dashboard
    bad = definition()
    bad["datasources"][0]["dataset"] = "nope"
    r = client.post(f"{API}/definitions", headers=admin.headers, json=bad)
    assert r.status_code == 400 and "datasources[0].dataset" in r.get_json()["details"]
    bad = definition()
    bad["datasources"][0]["group_by"] = ["shoe_size"]
    assert (
        "datasources[0].group_by"
        in client.post(f"{API}/definitions", headers=admin.headers, json=bad).get_json()["details"]
    )
    bad = definition()
    bad["layout"]["widgets"][0]["type"] = "radar"
    r = client.post(f"{API}/definitions", headers=admin.headers, json=bad)
    assert (
        r.status_code == 400 and "radar" not in str(r.get_json()["details"]) or "type" in str(r.get_json()["details"])
    )
    bad = definition()
    bad["layout"]["widgets"][0]["datasource"] = "ghost"
    assert (
        "layout.widgets[0].datasource"
        in client.post(f"{API}/definitions", headers=admin.headers, json=bad).get_json()["details"]
    )


def _token(url):
    return url.rsplit("/s/", 1)[1]


def test_share_links_expiry_tamper_revoke_salt_rotation(client, dashboard, app):
    admin = dashboard
    r = client.post(
        f"{API}/share",
        headers=admin.headers,
        json={"dashboard_id": "ops_overview", "expires_in_s": 60, "filters": {"department": "HR"}},
    )
    token, share_id = _token(r.get_json()["url"]), r.get_json()["share_id"]
    page = client.get(f"/s/{token}")
    assert page.status_code == 200 and "<svg" in page.get_data(as_text=True)
    assert ">3<" in page.get_data(as_text=True).replace(" ", "")  # fixed to HR
    assert client.get(f"/s/{token[:-2]}xx").status_code == 404  # tampered
    wrong_salt = URLSafeSerializer([app.config["SECRET_KEY"]], salt="other").dumps(
        {"s": share_id, "t": admin.tenant_id}
    )
    assert client.get(f"/s/{wrong_salt}").status_code == 404
    with app.app_context():  # just before / just after expiry, with the row's clock
        link = db.session.get(ShareLink, share_id)
        link.expires_at = utcnow() + timedelta(seconds=2)
        db.session.commit()
    assert client.get(f"/s/{token}").status_code == 200
    with app.app_context():
        db.session.get(ShareLink, share_id).expires_at = utcnow() - timedelta(seconds=1)
        db.session.commit()
    assert client.get(f"/s/{token}").status_code == 410
    r = client.post(f"{API}/share", headers=admin.headers, json={"dashboard_id": "ops_overview", "expires_in_s": 600})
    token2, share2 = _token(r.get_json()["url"]), r.get_json()["share_id"]
    app.config["SHARE_SECRETS"] = [app.config["SECRET_KEY"], "a-new-key"]  # rotation: old links still verify
    try:
        assert client.get(f"/s/{token2}").status_code == 200
        r = client.post(
            f"{API}/share", headers=admin.headers, json={"dashboard_id": "ops_overview", "expires_in_s": 60}
        )
        assert client.get(f"/s/{_token(r.get_json()['url'])}").status_code == 200
    finally:
        app.config["SHARE_SECRETS"] = []
    assert client.post(f"{API}/shares/{share2}/revoke", headers=admin.headers).status_code == 200
    assert client.get(f"/s/{token2}").status_code == 410
    too_long = client.post(
        f"{API}/share", headers=admin.headers, json={"dashboard_id": "ops_overview", "expires_in_s": 31 * 24 * 3600}
    )
    assert too_long.status_code == 400
    listing = client.get(f"{API}/shares?dashboard_id=ops_overview", headers=admin.headers).get_json()["data"]
    assert {s["share_id"] for s in listing} >= {share_id, share2}


def test_other_tenant_cannot_render_or_share(client, dashboard, make_caller):
    other = make_caller()
    assert client.post(f"{API}/render", headers=other.headers, json={"dashboard_id": "ops_overview"}).status_code == 404
    assert client.get(f"{API}/definitions/ops_overview", headers=other.headers).status_code == 404


def test_rq_dashboard_is_not_for_tenant_keys(client, dashboard, make_caller):
    reader = make_caller(("read",))
    assert client.get("/rq/").status_code == 302  # not signed in: to the sign-in page
    client.post("/login", data={"api_key": reader.token})
    assert client.get("/rq/").status_code == 403
    client.post("/login", data={"api_key": dashboard.token})  # a tenant admin: still not an operator
    assert client.get("/rq/").status_code == 403


def test_browser_session_never_authenticates_the_api(client, dashboard):
    client.post("/login", data={"api_key": dashboard.token})
    assert client.get("/dashboards").status_code == 200
    assert client.get("/api/v1/account/me").status_code == 401
    assert (
        client.post("/api/v1/data-consumption/dashboards/render", json={"dashboard_id": "ops_overview"}).status_code
        == 401
    )


def test_ui_forms_need_the_csrf_token(client, dashboard):
    client.post("/login", data={"api_key": dashboard.token})
    r = client.post("/dashboards/ops_overview/share", data={"expires_in_s": "3600"})
    assert r.status_code == 400
    assert client.get("/api/v1/data-consumption/dashboards/shares", headers=dashboard.headers).get_json()["data"] == []
