"""Idempotent POSTs, per-tenant rate limits, and readiness with Redis down."""

import os
import time

import pytest

from app import create_app
from app.core.models import IdempotencyKey
from app.extensions import db

ROTATE = "/api/v1/account/webhook-secret/rotate"


def test_replay_returns_identical_response(client, admin):
    headers = {**admin.headers, "Idempotency-Key": "rotate-1"}
    first = client.post(ROTATE, headers=headers)
    second = client.post(ROTATE, headers=headers)
    assert first.status_code == second.status_code == 200
    assert first.get_data() == second.get_data()
    assert second.headers["Idempotent-Replayed"] == "true"
    assert "Idempotent-Replayed" not in first.headers
    current = client.get("/api/v1/account/webhook-secret", headers=admin.headers).get_json()
    assert current == first.get_json()  # the replay did not rotate again


def test_x_request_id_is_an_idempotency_key(client, admin):
    headers = {**admin.headers, "X-Request-Id": "rq-77"}
    first = client.post(ROTATE, headers=headers)
    assert client.post(ROTATE, headers=headers).get_json() == first.get_json()


def test_same_key_different_body_is_422(client, admin):
    headers = {**admin.headers, "Idempotency-Key": "k-mismatch"}
    client.post(ROTATE, headers=headers, json={"a": 1})
    resp = client.post(ROTATE, headers=headers, json={"a": 2})
    assert resp.status_code == 422
    assert resp.get_json()["error"] == "idempotency_mismatch"


def test_same_key_in_flight_is_409(app, client, admin):
    with app.app_context():
        from flask import Flask  # noqa: F401

        from app.core import idempotency

        with app.test_request_context(ROTATE, method="POST", headers={**admin.headers, "Idempotency-Key": "k-busy"}):
            from app.core.auth import load_request_key

            load_request_key()
            assert idempotency.begin() is None  # the first request claims the key and is "running"
    resp = client.post(ROTATE, headers={**admin.headers, "Idempotency-Key": "k-busy"})
    assert resp.status_code == 409
    assert resp.get_json()["error"] == "conflict"


def test_keys_are_scoped_per_tenant(client, make_caller):
    a, b = make_caller(), make_caller()
    ra = client.post(ROTATE, headers={**a.headers, "Idempotency-Key": "shared"})
    rb = client.post(ROTATE, headers={**b.headers, "Idempotency-Key": "shared"})
    assert rb.status_code == 200 and "Idempotent-Replayed" not in rb.headers
    assert ra.get_json() != rb.get_json()


def test_overlong_key_is_400(client, admin):
    resp = client.post(ROTATE, headers={**admin.headers, "Idempotency-Key": "k" * 256})
    assert resp.status_code == 400
    assert resp.get_json()["error"] == "invalid_request"


def test_failed_request_releases_its_key(app, client, make_caller):
    reader = make_caller(("read",))
    assert client.post(ROTATE, headers={**reader.headers, "Idempotency-Key": "k-403"}).status_code == 403
    with app.app_context():
        row = db.session.query(IdempotencyKey).filter_by(tenant_id=reader.tenant_id).one()
        assert row.state == "done" and row.status_code == 403


@pytest.fixture()
def frozen_second(monkeypatch):
    """The limiter's clock held at the start of a second: eleven requests on a loaded machine can
    spread past one real second (the test flaked so), while the Redis script still counts them."""
    from types import SimpleNamespace

    from app.core import ratelimit

    start = float(int(time.time()))
    monkeypatch.setattr(ratelimit, "time", SimpleNamespace(time=lambda: start + 0.001, monotonic=time.monotonic))


def test_eleventh_request_in_a_second_is_429(client, make_caller, frozen_second):
    limited = make_caller(("admin",), rate_limit="10/second")
    other = make_caller(("admin",), rate_limit="10/second")
    statuses = [client.get("/api/v1/account/me", headers=limited.headers).status_code for _ in range(11)]
    assert statuses[:10] == [200] * 10
    assert statuses[10] == 429
    resp = client.get("/api/v1/account/me", headers=limited.headers)
    assert resp.status_code == 429
    assert resp.get_json()["error"] == "rate_limited"
    assert int(resp.headers["Retry-After"]) >= 0
    assert "limit=10" in resp.headers["RateLimit"]
    assert resp.headers["RateLimit-Policy"] == "10;w=1"
    assert client.get("/api/v1/account/me", headers=other.headers).status_code == 200


@pytest.mark.parametrize("share", [50, 0])
def test_two_processes_admitting_ahead_never_pass_the_limit_together(
    app, client, make_caller, frozen_second, monkeypatch, share
):
    """A busy web process admits requests from a lease it took ahead (ratelimit._Leases), without a
    Redis round trip for each. Two apps on one Redis (two such processes) take turns until both
    refuse: together they admit no more than the limit, and no fewer than the limit less one lease
    each (what a process may hold unused); each one's `remaining` counts down one request at a time;
    and they asked Redis for a fraction of the requests. RATE_LIMIT_LEASE_SHARE=0: for every one."""
    monkeypatch.setitem(app.config, "RATE_LIMIT_LEASE_SHARE", share)
    caller = make_caller(("admin",), rate_limit="500/minute")
    same = ("SQLALCHEMY_DATABASE_URI", "VAR_DIR", "ARTIFACT_ROOT", "REDIS_URL")
    other = create_app({**{k: app.config[k] for k in same}, "TESTING": True, "RATE_LIMIT_LEASE_SHARE": share})
    clients, asked = [client, other.test_client()], []
    for limiter in (app.extensions["dj_limiter"], other.extensions["dj_limiter"]):
        script = limiter.script

        def counted(script=script, **kwargs):
            asked.append(kwargs["args"][-1])  # the lease asked for
            return script(**kwargs)

        monkeypatch.setattr(limiter, "script", counted)
    admitted, refused, remaining = 0, set(), ([], [])
    for turn in range(2_000):
        k = turn % 2
        if k in refused:
            continue
        r = clients[k].get("/api/v1/account/me", headers=caller.headers)
        if r.status_code == 429:
            refused.add(k)
            if refused == {0, 1}:
                break
            continue
        assert r.status_code == 200, r.get_json()
        admitted += 1
        remaining[k].append(int(r.headers["RateLimit"].split("remaining=")[1].split(",")[0]))
    assert refused == {0, 1}
    if share == 0:
        assert admitted == 500 and len(asked) == 502 and set(asked) == {1}, (admitted, asked)
        return
    assert 500 - 2 * (500 // share) <= admitted <= 500, admitted
    assert len(asked) < admitted / 4 and max(asked) == 500 // share, asked
    for counts in remaining:
        assert len(counts) > 20 and all(a > b for a, b in zip(counts, counts[1:], strict=False)), counts


@pytest.fixture()
def app_redis_down(app):
    """A second app on the same database whose Redis is a closed port (a real connection failure)."""
    down = create_app(
        {
            **{k: app.config[k] for k in ("SQLALCHEMY_DATABASE_URI", "VAR_DIR", "ARTIFACT_ROOT")},
            "REDIS_URL": "redis://127.0.0.1:1/0",
            "TESTING": True,
        }
    )
    return down


def test_redis_down_requests_still_answered(app_redis_down, make_caller):
    caller = make_caller(("admin",), rate_limit="10/second")
    client = app_redis_down.test_client()
    statuses = {client.get("/api/v1/account/me", headers=caller.headers).status_code for _ in range(5)}
    assert statuses == {200}


def test_readyz(client, app_redis_down):
    assert client.get("/readyz").status_code == 200
    resp = app_redis_down.test_client().get("/readyz")
    assert resp.status_code == 503
    assert resp.get_json()["error"] == "dependency_down"
    assert "redis" in resp.get_json()["details"]


def test_healthz(client):
    assert client.get("/healthz").get_json() == {"status": "ok"}


def test_database_down_is_503(app):
    down = create_app(
        {
            "SQLALCHEMY_DATABASE_URI": "postgresql://nobody@127.0.0.1:1/none",
            "REDIS_URL": app.config["REDIS_URL"],
            "VAR_DIR": app.config["VAR_DIR"],
            "TESTING": True,
        }
    )
    client = down.test_client()
    resp = client.get("/api/v1/account/me", headers={"Authorization": "Bearer dj_x"})
    assert resp.status_code == 503
    assert resp.get_json()["error"] == "dependency_down"
    assert client.get("/readyz").status_code == 503


del os


def test_redis_down_job_creation_is_503_and_creates_nothing(client, app_redis_down, make_caller):
    from tests.factories import employee, make_registry, publish

    caller = make_caller(("admin",))
    ns, reg = make_registry(client, caller)
    publish(client, caller, ns, reg, "emp-1", employee(1))
    resp = app_redis_down.test_client().post(
        "/api/v1/storage/published/snapshots", headers=caller.headers, json={"dataset": reg, "format": "parquet"}
    )
    assert resp.status_code == 503 and resp.get_json()["error"] == "dependency_down", resp.get_json()
    listed = client.get("/api/v1/storage/published/snapshots", headers=caller.headers).get_json()
    assert listed["meta"]["total"] == 0  # nothing half-created while Redis was away
