"""Issue 18: one log line per request and per job state change, the request id carried from the
request into the jobs it queues, and /metrics in Prometheus text for operators only."""

import io
import json
import logging

import pytest
from prometheus_client.parser import text_string_to_metric_families

from app.core import logs
from tests.factories import employee, make_registry, publish

API = "/api/v1/storage/published"


def _lines(caplog, logger, message):
    return [r for r in caplog.records if r.name == logger and r.getMessage() == message]


def _scrape(client, operator):
    r = client.get("/metrics", headers={"Authorization": f"Bearer {operator}"})
    assert r.status_code == 200, r.get_data(as_text=True)
    assert r.content_type.startswith("text/plain")
    samples = {}
    for family in text_string_to_metric_families(r.get_data(as_text=True)):
        for s in family.samples:
            samples[(s.name, tuple(sorted(s.labels.items())))] = s.value
    return samples


def _value(samples, name, **labels):
    return samples.get((name, tuple(sorted(labels.items()))), 0.0)


def test_one_line_per_request_with_route_status_duration_request_id_and_tenant(client, admin, caplog):
    ns, reg = make_registry(client, admin)
    publish(client, admin, ns, reg, "ann", employee(1))
    caplog.set_level(logging.INFO, logger="datajetty.request")
    r = client.get(f"/dedi/lookup/{ns}/{reg}/ann", headers={**admin.headers, "X-Request-Id": "req-log-1"})
    assert r.status_code == 200
    (line,) = [r for r in _lines(caplog, "datajetty.request", "request") if r.fields["request_id"] == "req-log-1"]
    assert line.fields["method"] == "GET"
    assert line.fields["route"] == "/dedi/lookup/<namespace>/<registry_name>/<record_name>"  # the template
    assert line.fields["status"] == 200 and line.fields["duration_ms"] >= 0
    assert line.fields["tenant"] == admin.tenant_id


@pytest.mark.parametrize("fmt", ["kv", "json"])
def test_log_formats_are_key_value_pairs_or_json_lines(fmt):
    logger = logging.getLogger("datajetty.test")
    record = logger.makeRecord(logger.name, logging.INFO, __file__, 1, "request", (), None)
    record.fields = {"route": "/dedi/x", "status": 404, "note": 'has "quotes" and spaces'}
    token = logs.request_id.set("req_abc")
    try:
        logs._Stamp().filter(record)
        record.fields = {"route": "/dedi/x", "status": 404, "note": 'has "quotes" and spaces'}
        text = (logs.JsonFormatter if fmt == "json" else logs.KeyValueFormatter)().format(record)
    finally:
        logs.request_id.reset(token)
    if fmt == "json":
        parsed = json.loads(text)
        assert parsed["route"] == "/dedi/x" and parsed["status"] == 404 and parsed["request_id"] == "req_abc"
        assert parsed["note"] == 'has "quotes" and spaces' and parsed["level"] == "info"
    else:
        assert " route=/dedi/x status=404 " in text and "request_id=req_abc" in text
        assert 'note="has \\"quotes\\" and spaces"' in text
        assert text.startswith("ts=") and " level=info logger=datajetty.test msg=request " in text


def test_the_request_id_travels_into_the_job_and_its_lines_carry_rows_and_outcome(client, admin, run_worker, caplog):
    make_registry(client, admin)
    body = "employee_id,full_name,email,department,hire_date,active\n" + "".join(
        f"EMP{i:06d},P{i},p{i}@x.io,HR,2024-01-01,1\n" for i in range(7)
    )
    r = client.post(
        "/dedi/bulk-upload",
        headers={**admin.headers, "X-Request-Id": "req-upload-7"},
        data={
            "namespace": "employee-directory",
            "registry_name": "employee-profiles",
            "file": (io.BytesIO(body.encode()), "e.csv"),
        },
        content_type="multipart/form-data",
    )
    assert r.status_code == 202, r.get_json()
    caplog.set_level(logging.INFO, logger="datajetty.job")
    run_worker(["bulk"])
    started = [r for r in _lines(caplog, "datajetty.job", "job started") if r.fields["queue"] == "bulk"]
    finished = [r for r in _lines(caplog, "datajetty.job", "job finished") if r.fields["queue"] == "bulk"]
    assert [r.request_id for r in started] == ["req-upload-7"]
    (done,) = finished
    assert done.request_id == "req-upload-7" and done.fields["job_id"].startswith("bulk-")
    assert done.fields["outcome"] == "completed" and done.fields["rows"] == 7 and done.fields["bytes"] == len(body)
    assert done.fields["duration_ms"] > 0


def test_metrics_are_for_operators_only(client, admin, make_caller):
    assert client.get("/metrics").status_code == 401
    for caller in (admin, make_caller(("read",))):
        r = client.get("/metrics", headers=caller.headers)
        assert r.status_code == 403 and r.get_json()["error"] == "forbidden"
    assert client.get("/metrics", headers={"Authorization": "Bearer djop_not-a-key"}).status_code == 401


def test_metrics_count_requests_jobs_rows_bytes_and_queues(client, admin, operator, run_worker):
    run_worker()  # jobs other tests left queued would add their rows and bytes to this test's
    before = _scrape(client, operator)
    ns, reg = make_registry(client, admin, ns="metrics-ns", reg="people")
    for i in range(3):
        publish(client, admin, ns, reg, f"p{i}", employee(i))
    for _ in range(2):
        assert client.get(f"/dedi/lookup/{ns}/{reg}/p1", headers=admin.headers).status_code == 200
    assert client.get(f"/dedi/lookup/{ns}/{reg}/nobody", headers=admin.headers).status_code == 404
    body = "employee_id,full_name,email,department,hire_date,active\nEMP000009,Zed,z@x.io,HR,2024-01-01,1\n"
    r = client.post(
        "/dedi/bulk-upload",
        headers=admin.headers,
        data={"namespace": ns, "registry_name": reg, "file": (io.BytesIO(body.encode()), "e.csv")},
        content_type="multipart/form-data",
    )
    assert r.status_code == 202
    queued = _scrape(client, operator)
    assert _value(queued, "datajetty_queue_depth", queue="bulk") >= 1
    run_worker(["bulk"])
    r = client.post(f"{API}/snapshots", headers=admin.headers, json={"dataset": f"{ns}/{reg}", "format": "csv"})
    assert r.status_code == 202, r.get_json()
    run_worker(["snapshots"])
    after = _scrape(client, operator)

    route = "/dedi/lookup/<namespace>/<registry_name>/<record_name>"
    grew = {
        "lookups answered 200": (
            ("datajetty_http_requests_total",),
            {"method": "GET", "route": route, "status": "200"},
        ),
        "lookups answered 404": (
            ("datajetty_http_requests_total",),
            {"method": "GET", "route": route, "status": "404"},
        ),
        "lookup latencies": (
            ("datajetty_http_request_duration_seconds_count",),
            {"method": "GET", "route": route, "status": "200"},
        ),
        "bulk jobs": (("datajetty_job_duration_seconds_count",), {"queue": "bulk", "outcome": "completed"}),
        "snapshot builds": (("datajetty_job_duration_seconds_count",), {"queue": "snapshots", "outcome": "ready"}),
    }
    for what, ((name,), labels) in grew.items():
        assert _value(after, name, **labels) > _value(before, name, **labels), what
    assert (
        _value(after, "datajetty_http_requests_total", method="GET", route=route, status="200")
        - _value(before, "datajetty_http_requests_total", method="GET", route=route, status="200")
        == 2
    )
    assert _value(after, "datajetty_rows_ingested_total") - _value(before, "datajetty_rows_ingested_total") == 1
    size = client.get(f"{API}/snapshots/{r.get_json()['snapshot_id']}", headers=admin.headers).get_json()["data"]
    written = _value(after, "datajetty_snapshot_bytes_written_total") - _value(
        before, "datajetty_snapshot_bytes_written_total"
    )
    assert written == size["size_bytes"] > 0
    assert _value(after, "datajetty_queue_depth", queue="bulk") == 0


def test_key_value_fields_are_written_as_json_writes_them():
    """The request line's numbers take a fast path past json.dumps: the text is the same."""
    values = [0, -3, 10**20, 2.5, 1e-07, 3.0, float("nan"), float("inf"), True, False, None, "", "x", "a b", {"a": 1}]
    for value in values:
        text = json.dumps(value, default=str)
        expected = text if text and not any(c in text for c in ' "=\n\t') else json.dumps(text, ensure_ascii=False)
        if isinstance(value, str):
            expected = value if value and " " not in value else json.dumps(value)
        assert logs._kv(value) == expected, value


def test_a_line_stamps_its_own_second():
    logger = logging.getLogger("datajetty.test")
    stamps = []
    for created in (1_800_000_000.25, 1_800_000_000.75, 1_800_000_001.5):
        record = logger.makeRecord(logger.name, logging.INFO, __file__, 1, "tick", (), None)
        record.created, record.msecs = created, (created % 1) * 1000
        logs._Stamp().filter(record)
        stamps.append(logs.KeyValueFormatter().format(record).split()[0])
    assert stamps == ["ts=2027-01-15T08:00:00.250Z", "ts=2027-01-15T08:00:00.750Z", "ts=2027-01-15T08:00:01.500Z"]
