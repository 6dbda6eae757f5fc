"""Issue 16, items 9, 11, 12 and 13: hostile input answers a 4xx, never a 500 or a redirect off-site."""

import pytest

from tests.dashboards.conftest import API
from tests.factories import make_registry

JSON = {"Content-Type": "application/json"}


@pytest.mark.parametrize(
    "path,body",
    [
        ("/dedi/create-namespace", b'{"name": "x\\ud800y", "description": "d"}'),
        ("/dedi/create-namespace", b'{"name": "ok", "description": "lone low \\udc00"}'),
        ("/dedi/create-namespace", b'{"name\\ud83d": "x"}'),
        ("{reg}/save-record-as-draft", b'{"record_name": "r1", "description": "d", "details": {"name": "a\\ud800"}}'),
        (f"{API}/definitions", b'{"dashboard_id": "d\\udfff", "layout": {}, "datasources": []}'),
    ],
)
def test_lone_surrogates_are_400_everywhere(client, admin, path, body):
    ns, reg = make_registry(client, admin)
    r = client.post(path.replace("{reg}", f"/dedi/{ns}/{reg}"), headers={**admin.headers, **JSON}, data=body)
    assert r.status_code == 400, r.data
    assert r.get_json()["error"] == "invalid_request"


def test_a_surrogate_pair_is_one_character_and_is_stored(client, admin):
    body = b'{"name": "emoji", "description": "smile \\ud83d\\ude00"}'
    r = client.post("/dedi/create-namespace", headers={**admin.headers, **JSON}, data=body)
    assert r.status_code == 201, r.get_json()
    listed = client.get("/dedi/namespaces", headers=admin.headers).get_json()["data"]["namespaces"]
    assert listed[0]["description"] == "smile \U0001f600"


@pytest.mark.parametrize(
    "target",
    [
        "//evil.example",
        "/\\evil.example",
        "/%09/evil.example",
        "/%0a/evil.example",
        "https://evil.example",
        "javascript:alert(1)",
        "/%2F/evil.example",
        "%2F%2Fevil.example",
        "/%5Cevil.example",
        "/ /evil.example",
        "http:/evil.example",
        "\\\\evil.example",
    ],
)
def test_login_next_only_follows_same_site_paths(client, admin, target):
    from urllib.parse import quote

    r = client.post(f"/login?next={quote(target, safe='%/:')}", data={"api_key": admin.token})
    assert r.status_code == 302
    assert r.headers["Location"] == "/dashboards", r.headers["Location"]


def test_login_next_keeps_a_local_path(client, admin):
    r = client.post("/login?next=/snapshots", data={"api_key": admin.token})
    assert r.status_code == 302 and r.headers["Location"] == "/snapshots"


@pytest.mark.parametrize(
    "host",
    [
        "[64:ff9b::7f00:1]",  # NAT64 of 127.0.0.1
        "[64:ff9b::a9fe:a9fe]",  # NAT64 of 169.254.169.254 (cloud metadata)
        "[2002:a00:1::1]",  # 6to4 of 10.0.0.1
        "[::ffff:10.0.0.1]",  # IPv4-mapped
        "[::10.0.0.1]",  # IPv4-compatible
        "[2001:0:4136:e378:8000:63bf:f5ff:fffe]",  # Teredo, client 10.0.0.1
    ],
)
def test_webhook_ssrf_judges_the_embedded_ipv4(app, host):
    from app.core.errors import InvalidRequest
    from app.exports.webhooks import check_webhook_url

    with app.test_request_context(), _config(app, WEBHOOK_ALLOWED_NETWORKS=[]), pytest.raises(InvalidRequest):
        check_webhook_url(f"http://{host}/hook")


def test_webhook_ssrf_allows_public_ipv6_and_public_nat64(app):
    from app.exports.webhooks import check_webhook_url

    with app.test_request_context(), _config(app, WEBHOOK_ALLOWED_NETWORKS=[]):
        check_webhook_url("http://[2606:4700:4700::1111]/hook")
        check_webhook_url("http://[64:ff9b::808:808]/hook")  # NAT64 of 8.8.8.8


def test_429_has_a_retry_after_of_at_least_one_and_successes_have_none(client, make_caller):
    limited = make_caller(("admin",), rate_limit="3/minute")  # a minute, so a loaded machine cannot spread them out
    responses = [client.get("/api/v1/account/me", headers=limited.headers) for _ in range(4)]
    assert [r.status_code for r in responses] == [200, 200, 200, 429]
    assert all("Retry-After" not in r.headers for r in responses[:3])
    assert int(responses[3].headers["Retry-After"]) >= 1


def test_dashboards_definition_with_surrogate_stores_nothing(client, admin):
    body = b'{"dashboard_id": "sur", "layout": {"title": "\\ud800"}, "datasources": []}'
    assert client.post(f"{API}/definitions", headers={**admin.headers, **JSON}, data=body).status_code == 400
    assert client.get(f"{API}/definitions/sur", headers=admin.headers).status_code == 404


class _config:
    def __init__(self, app, **values):
        self.app, self.values, self.old = app, values, {}

    def __enter__(self):
        for key, value in self.values.items():
            self.old[key] = self.app.config[key]
            self.app.config[key] = value

    def __exit__(self, *exc):
        self.app.config.update(self.old)


def test_an_oversized_integer_is_400_not_500(client, admin):
    """Found by the 200-example fuzz pass: SQLite cannot store a Python int past 64 bits."""
    r = client.post(
        "/dedi/create-namespace",
        headers=admin.headers,
        json={"name": "big", "description": "d", "version_count": 10**20},
    )
    assert r.status_code == 400 and "version_count" in str(r.get_json()["details"])
