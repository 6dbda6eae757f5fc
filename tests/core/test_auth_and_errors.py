"""Auth, scopes, the error shape and request ids on every path."""

import time

from sqlalchemy import text

from app.core.auth import revoke_api_key
from app.extensions import db

ME = "/api/v1/account/me"


def assert_error(resp, status, code):
    assert resp.status_code == status, resp.get_data(as_text=True)
    assert resp.is_json
    body = resp.get_json()
    assert body["error"] == code
    assert set(body) == {"error", "message", "details", "request_id"}
    assert body["request_id"] == resp.headers["X-Request-Id"]
    return body


def test_valid_key_is_accepted(client, admin):
    resp = client.get(ME, headers=admin.headers)
    assert resp.status_code == 200
    assert resp.get_json()["tenant_id"] == admin.tenant_id


def test_missing_token_is_401(client):
    assert_error(client.get(ME), 401, "unauthorized")


def test_malformed_header_is_401(client, admin):
    assert_error(client.get(ME, headers={"Authorization": admin.token}), 401, "unauthorized")
    assert_error(client.get(ME, headers={"Authorization": "Basic abc"}), 401, "unauthorized")


def test_unknown_token_is_401(client):
    assert_error(client.get(ME, headers={"Authorization": "Bearer dj_nope"}), 401, "unauthorized")


def test_revoked_token_is_401(app, client, make_caller):
    caller = make_caller(("read",))
    assert client.get(ME, headers=caller.headers).status_code == 200  # the key is now in the auth cache
    with app.app_context():
        from sqlalchemy import select

        from app.core.models import ApiKey

        key = db.session.scalar(select(ApiKey).filter_by(tenant_id=caller.tenant_id))
        revoke_api_key(session=db.session, key_id=key.id)
        db.session.commit()
    assert_error(client.get(ME, headers=caller.headers), 401, "unauthorized")


def test_revocation_from_another_process_reaches_a_cached_key_within_the_ttl(app, client, make_caller):
    caller = make_caller(("read",))
    app.config["AUTH_CACHE_TTL_S"] = 0.3
    try:
        assert client.get(ME, headers=caller.headers).status_code == 200
        with app.app_context():  # raw SQL: no ORM flush in this process, as if another worker revoked it
            db.session.execute(
                text("UPDATE api_keys SET revoked_at = created_at WHERE tenant_id = :t"), {"t": caller.tenant_id}
            )
            db.session.commit()
        time.sleep(0.35)
        assert_error(client.get(ME, headers=caller.headers), 401, "unauthorized")
    finally:
        app.config["AUTH_CACHE_TTL_S"] = 5.0


def test_token_in_query_string_is_401(client, admin):
    assert_error(client.get(f"{ME}?access_token={admin.token}"), 401, "unauthorized")
    assert_error(client.get(f"{ME}?api_key={admin.token}", headers=admin.headers), 401, "unauthorized")


def test_key_without_scope_is_403(client, make_caller):
    reader = make_caller(("read",))
    body = assert_error(client.get("/api/v1/account/webhook-secret", headers=reader.headers), 403, "forbidden")
    assert body["details"]["required"] == ["admin"]


def test_unknown_path_is_json_404(client):
    assert_error(client.get("/api/v1/nope"), 404, "not_found")


def test_wrong_method_is_json_405(client, admin):
    resp = client.delete(ME, headers=admin.headers)
    assert_error(resp, 405, "method_not_allowed")
    assert "GET" in resp.headers["Allow"]


def test_request_id_is_echoed_or_generated(client):
    assert client.get("/healthz", headers={"X-Request-Id": "abc-123"}).headers["X-Request-Id"] == "abc-123"
    assert client.get("/healthz").headers["X-Request-Id"].startswith("req_")


def test_openapi_and_docs_are_served(client):
    spec = client.get("/openapi.json").get_json()
    assert spec["info"]["title"] == "DataJetty"
    assert "/api/v1/account/me" in spec["paths"]
    assert "bearerAuth" in spec["components"]["securitySchemes"]
    assert client.get("/docs").status_code == 200


def test_tenants_and_keys_cli(app):
    runner = app.test_cli_runner()
    out = runner.invoke(args=["tenants", "create", "cli-tenant"])
    assert out.exit_code == 0, out.output
    out = runner.invoke(
        args=["keys", "create", "--tenant", "cli-tenant", "--scopes", "publish,read", "--owner", "alice.smith"]
    )
    assert out.exit_code == 0, out.output
    token = out.stdout.strip().splitlines()[-1]
    assert token.startswith("dj_")
    listing = runner.invoke(args=["keys", "list", "--tenant", "cli-tenant"]).output
    assert "publish,read" in listing and "alice.smith" in listing and token not in listing
    key_id = listing.split()[0]
    assert runner.invoke(args=["keys", "revoke", key_id]).exit_code == 0
    assert "revoked" in runner.invoke(args=["keys", "list", "--tenant", "cli-tenant"]).output
    bad = runner.invoke(args=["keys", "create", "--tenant", "cli-tenant", "--scopes", "root"])
    assert bad.exit_code != 0
