"""Issue 16, item 1: /rq is for operators (keys made by the CLI), never for a tenant's key."""

import re

import pytest
from rq.job import Job
from rq.serializers import JSONSerializer

from app.core.jobs import get_queue, redis_conn

RQ_URLS = [
    ("GET", "/rq/"),
    ("GET", "/rq/0/view/jobs/bulk/queued/10/asc/1"),
    ("GET", "/rq/0/view/workers"),
    ("GET", "/rq/0/view/jobs"),
    ("GET", "/rq/0/data/queues.json"),
    ("GET", "/rq/0/data/workers.json"),
    ("GET", "/rq/0/data/jobs/bulk/queued/100/asc/1.json"),
    ("GET", "/rq/static/js/jquery-3.5.1.min.js"),
    ("GET", "/rq/static/css/main.css"),
    ("GET", "/rq/favicon.ico"),
    ("GET", "/rq/0/view/job/{job}"),
    ("GET", "/rq/0/data/job/{job}.json"),
    ("POST", "/rq/job/{job}/requeue"),
    ("POST", "/rq/queue/bulk/queued/empty"),
    ("POST", "/rq/queue/bulk/compact"),
    ("POST", "/rq/job/{job}/delete"),
]


@pytest.fixture()
def queued_job(app):
    with app.app_context():
        job = get_queue("bulk").enqueue("app.maintenance.tasks.last_run", job_id=f"rq-gate-probe-{id(app)}")
    yield job.id
    with app.app_context():
        get_queue("bulk").empty()


def _call(client, method, url, job, **kwargs):
    return client.open(url.replace("{job}", job), method=method, **kwargs)


@pytest.mark.parametrize("scopes", [("admin",), ("read",), ("publish", "read", "export", "admin")])
def test_a_tenant_key_gets_403_on_every_rq_url_and_the_job_stays(app, client, make_caller, queued_job, scopes):
    tenant = make_caller(scopes)
    for method, url in RQ_URLS:
        r = _call(client, method, url, queued_job, headers=tenant.headers)
        assert r.status_code == 403, (url, r.status_code)
    client.post("/login", data={"api_key": tenant.token})
    for method, url in RQ_URLS:
        r = _call(client, method, url, queued_job)
        assert r.status_code == 403, (url, r.status_code)
    with app.app_context():
        assert Job.fetch(queued_job, connection=redis_conn(), serializer=JSONSerializer).get_status() == "queued"


def test_no_key_is_sent_to_sign_in_and_unknown_bearer_is_401(client, queued_job):
    assert client.get("/rq/").status_code == 302
    assert client.get("/rq/static/css/main.css").status_code == 302
    assert client.get("/rq/0/data/queues.json", headers={"Authorization": "Bearer djop_nope"}).status_code == 401


def test_an_operator_reads_every_queue_assets_included_and_acts(app, client, operator, queued_job):
    headers = {"Authorization": f"Bearer {operator}"}
    for method, url in RQ_URLS[:12]:
        r = _call(client, method, url, queued_job, headers=headers)
        assert r.status_code == 200, (url, r.status_code, r.data[:300])
    names = {q["name"] for q in client.get("/rq/0/data/queues.json", headers=headers).get_json()["queues"]}
    assert {"bulk", "snapshots", "exports", "webhooks", "maintenance"} <= names
    assert client.post(f"/rq/job/{queued_job}/delete", headers=headers).status_code == 200
    with app.app_context():
        assert get_queue("bulk").fetch_job(queued_job) is None


def test_an_operator_signs_in_in_the_browser_and_lands_on_rq(client, operator):
    r = client.post("/login", data={"api_key": operator})
    assert r.status_code == 302 and r.headers["Location"] == "/rq/"
    page = client.get("/rq/")
    assert page.status_code == 200
    # the way back: a bar on top of every rq-dashboard page, with Sign out for the browser session
    assert 'class="dj-operator-bar"' in page.get_data(as_text=True) and "Sign out" in page.get_data(as_text=True)
    assert client.get("/rq/static/css/main.css").status_code == 200
    assert client.get("/dashboards").status_code == 302  # an operator has no tenant pages
    csrf = re.search(r'name="csrf_token" value="([^"]+)"', page.get_data(as_text=True)).group(1)
    assert client.post("/logout", data={"csrf_token": csrf}).status_code in (302, 303)
    assert client.get("/rq/").status_code == 302  # signed out: back to sign-in


def test_operators_cli_creates_lists_and_revokes(app, client):
    runner = app.test_cli_runner()
    made = runner.invoke(args=["operators", "create", "ops-alice"])
    assert made.exit_code == 0, made.output
    token = made.stdout.strip().splitlines()[-1]
    assert token.startswith("djop_")
    assert "ops-alice" in runner.invoke(args=["operators", "list"]).output
    headers = {"Authorization": f"Bearer {token}"}
    assert client.get("/rq/0/data/queues.json", headers=headers).status_code == 200
    assert runner.invoke(args=["operators", "revoke", "ops-alice"]).exit_code == 0
    assert client.get("/rq/0/data/queues.json", headers=headers).status_code == 401
    # an operator key is not a tenant key: the API refuses it
    assert client.get("/api/v1/account/me", headers=headers).status_code == 401


def test_compose_publishes_no_unauthenticated_dashboard():
    from pathlib import Path

    import yaml

    services = yaml.safe_load((Path(__file__).resolve().parents[2] / "docker-compose.yml").read_text())["services"]
    for name, service in services.items():
        assert "rq-dashboard" not in " ".join(service.get("command", [])), name
        assert not any("9181" in str(port) for port in service.get("ports", [])), name


def test_a_worker_busy_with_a_job_is_listed_not_a_500(app, client, operator, queued_job):
    """rq-dashboard read workers with rq's pickle serializer, so a worker in the middle of a (JSON)
    job — a long import, say — made the operator's Workers tab answer 500."""
    from rq import Worker

    with app.app_context():
        queue = get_queue("bulk")
        job = queue.fetch_job(queued_job)
        worker = Worker([queue], connection=redis_conn(), serializer=JSONSerializer, name=f"busy-{id(app)}")
        worker.register_birth()
        worker.prepare_execution(job)
    try:
        r = client.get("/rq/0/data/workers.json", headers={"Authorization": f"Bearer {operator}"})
        assert r.status_code == 200, r.data[:300]
        busy = [w for w in r.get_json()["workers"] if w["name"] == worker.name]
        assert busy and busy[0]["current_job"]["job_id"] == queued_job
    finally:
        with app.app_context():
            worker.register_death()
