"""Every route that takes an id, called by another tenant: 404 and none of the owner's data.
Every API route, called with a key lacking its scope: 403."""

import re

from tests.dashboards.conftest import API as DASH
from tests.factories import employee, make_registry

SKIP_PREFIXES = (
    "/static",
    "/rq",
    "/s/",
    "/d/",  # a signed download URL is a bearer link by design: tests/store/test_downloads.py
    "/login",
    "/logout",
    "/dashboards",
    "/datasets",
    "/snapshots",
    "/jobs",
    "/docs",
    "/openapi",
    "/shares",
    "/keys",
)
STORE = "/api/v1/storage/published"


# routes whose argument names a kind, not one of a tenant's resources: they list the caller's own
# (test_lists_and_pages_show_only_ones_own calls them as another tenant)
LISTS_BY_ARGUMENT = {"publishing.get_registry_by_tag"}


# bodies that pass validation, so the tenant check is what answers (an empty body would be a 400)
BODIES = {"recovery.delete_records": {"records": ["secret-rec"]}}


# query strings that pass validation, so the tenant check is what answers
QUERIES = {"domains.generate_dns_txt": "?verification_method=self_dns"}


def body_for(rule, method):
    return None if method == "GET" else BODIES.get(rule.endpoint, {})


def api_rules(app):
    for rule in app.url_map.iter_rules():
        skipped = rule.rule.startswith(SKIP_PREFIXES) or rule.endpoint in ("static", *LISTS_BY_ARGUMENT)
        skipped = skipped or rule.endpoint.startswith("ui.")  # the browser pages: ui_sweep
        if rule.arguments and not skipped:
            yield rule


def fill(rule, values):
    return re.sub(r"<(?:\w+:)?(\w+)>", lambda m: values[m.group(1)], rule.rule) + QUERIES.get(rule.endpoint, "")


def test_other_tenant_gets_404_on_every_route_with_an_id(client, app, owned, make_caller):
    a, values = owned
    b = make_caller(("admin",))
    checked = 0
    for rule in api_rules(app):
        path = fill(rule, values)
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            resp = client.open(path, method=method, headers=b.headers, json=body_for(rule, method))
            text = resp.get_data(as_text=True)
            assert "Top Secret" not in text and a.tenant_id not in text, (method, path)
            expected = {404} if method in ("GET", "DELETE") or resp.status_code != 400 else {400, 404}
            assert resp.status_code in expected, (method, path, resp.status_code, text[:200])
            checked += 1
    assert checked >= 25


def test_every_api_route_needs_its_scope(client, app, owned, make_caller):
    a, values = owned
    checked = 0
    for rule in app.url_map.iter_rules():
        view = app.view_functions[rule.endpoint]
        required = getattr(view, "required_scopes", None)
        if not required:
            continue
        lacking = next((s for s in ("read", "publish", "export") if s not in required), None)
        if lacking is None:
            continue
        caller = make_caller((lacking,), tenant_id=a.tenant_id)
        path = fill(rule, values) if rule.arguments else rule.rule
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            resp = client.open(path, method=method, headers=caller.headers, json=body_for(rule, method))
            assert resp.status_code == 403, (method, path, lacking, resp.status_code)
            checked += 1
    assert checked >= 20


def test_bodies_cannot_set_server_owned_fields(client, make_caller):
    a = make_caller()
    r = client.post(
        "/dedi/create-namespace",
        headers=a.headers,
        json={"name": "n1", "description": "d", "tenant_id": "ten_other", "id": "ns_mine"},
    )
    assert r.status_code == 400 and "tenant_id" in str(r.get_json()["details"])
    make_registry(client, a, ns="n2", reg="r2")
    r = client.post(
        "/dedi/n2/r2/save-record-as-draft",
        headers=a.headers,
        json={"record_name": "x", "details": employee(1), "status": "live", "version": 99},
    )
    assert r.status_code == 400
    r = client.post(f"{STORE}/snapshots", headers=a.headers, json={"dataset": "r2", "status": "ready"})
    assert r.status_code == 400


UI_VALUES = {"slug": "secret_dash", "share_id": None, "job_id": None}


ADMIN_PAGES = {"ui.revoke_key"}


def ui_sweep(client, app, a, values, token):
    """Sign in with `token` and name A's dashboard, share link, upload, dataset, record and snapshot on
    every browser page with an id: each answers 404 with none of A's data; so do the list pages."""
    ids = {
        **{k: values[k] for k in ("namespace", "registry_name", "record_name", "snapshot_id", "export_id")},
        "slug": values["dashboard_id"],
        "version": "1",
        "share_id": values["share_id"],
        "job_id": values["job_id"],
        "key_id": values["key_id"],
    }
    page = client.post("/login", data={"api_key": token})
    assert page.status_code == 302
    csrf = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/dashboards").get_data(as_text=True)).group(1)
    checked = 0
    for rule in app.url_map.iter_rules():
        if not rule.endpoint.startswith("ui.") or not rule.arguments or rule.endpoint == "ui.shared":
            continue
        path = re.sub(r"<(?:\w+:)?(\w+)>", lambda m: ids[m.group(1)], rule.rule)
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            resp = client.open(path, method=method, data={"csrf_token": csrf} if method == "POST" else None)
            text = resp.get_data(as_text=True)
            assert "Top Secret" not in text, (method, path)
            # the keys pages are an admin's: another key meets 403 before anything is looked up
            expected = {403, 404} if rule.endpoint in ADMIN_PAGES else {404}
            assert resp.status_code in expected, (method, path, resp.status_code, text[:200])
            checked += 1
    assert checked >= 4
    for page in ("/dashboards", "/datasets", "/snapshots", "/jobs", "/exports"):
        text = client.get(page).get_data(as_text=True)
        assert "secret" not in text.lower(), page
    # the audit trail lists the signed-in tenant's own requests (these very attempts), none of A's
    trail = client.get("/audit").get_data(as_text=True)
    assert "publishing.create_registry" not in trail and "Top Secret" not in trail


def test_other_tenants_browser_session_gets_404_on_every_ui_page_with_an_id(client, app, owned, make_caller):
    """The sweep over the browser pages: B, signed in, names A's dashboard, share link and upload."""
    a, values = owned
    b = make_caller(("admin",))
    ui_sweep(client, app, a, values, b.token)
    assert a.tenant_id not in client.get("/dashboards").get_data(as_text=True)
    # and the owner's share link still works: B revoking it changed nothing
    assert client.get(f"{DASH}/shares", headers=a.headers).get_json()["data"][0]["revoked_at"] is None


def test_lists_and_pages_show_only_ones_own(client, owned, make_caller):
    a, _ = owned
    b = make_caller(("admin",))
    mine = client.get("/dedi/membership/get-registry-by-tag", headers=a.headers).get_json()["data"]
    assert [r["registry_name"] for r in mine["registries"]] == ["secret-members"]
    by_tag = client.get("/dedi/membership/get-registry-by-tag", headers=b.headers)
    assert by_tag.status_code == 200 and by_tag.get_json()["data"]["registries"] == []
    gone = client.get("/dedi/deleted/records", headers=a.headers).get_json()["data"]["records"]
    assert [d["record_name"] for d in gone] == ["secret-gone"]
    assert client.get("/dedi/deleted/records", headers=b.headers).get_json()["data"]["records"] == []
    item = {"namespace_id": gone[0]["namespace_id"], "registry_name": "secret-reg", "record_name": "secret-gone"}
    restore = client.post("/dedi/restore/records", headers=b.headers, json={"records": [item]})
    assert restore.status_code == 404 and "Top Secret" not in restore.get_data(as_text=True)
    assert len(client.get("/dedi/deleted/registries", headers=a.headers).get_json()["data"]["registries"]) == 1
    assert client.get("/dedi/deleted/registries", headers=b.headers).get_json()["data"]["registries"] == []
    back = {"namespace_id": "secret-ns", "registry_name": "secret-old"}
    assert client.post("/dedi/restore/registry", headers=b.headers, json=back).status_code == 404
    assert len(client.get("/dedi/subscriptions", headers=a.headers).get_json()["data"]) == 1
    assert client.get("/dedi/subscriptions", headers=b.headers).get_json()["data"] == []
    mine = client.get("/dedi/subscriptions", headers=a.headers).get_json()["data"][0]["id"]
    assert client.post("/dedi/unsubscribe", headers=b.headers, json={"id": mine}).status_code == 404
