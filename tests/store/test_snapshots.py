"""Seed 000 datasets/snapshots and seed 004 snapshot management, with real workers."""

import hashlib
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from tests.factories import artifact_file, employee, make_registry, publish

API = "/api/v1/storage/published"


def seeded(client, caller, n=3):
    ns, reg = make_registry(client, caller, ns="sales", reg="orders")
    for i in range(1, n + 1):
        publish(client, caller, ns, reg, f"p{i}", employee(i))
    return ns, reg


def snapshot(client, caller, run_worker, **body):
    r = client.post(f"{API}/snapshots", headers=caller.headers, json=body)
    assert r.status_code == 202, r.get_json()
    run_worker(["snapshots"])
    sid = r.get_json()["snapshot_id"]
    return sid, client.get(f"{API}/snapshots/{sid}", headers=caller.headers).get_json()["data"]


def test_seed_000_create_snapshot_and_list_datasets(client, admin, run_worker):
    seeded(client, admin)
    r = client.post(
        f"{API}/snapshots", headers=admin.headers, json={"dataset": "orders", "version": "v3", "format": "parquet"}
    )
    assert r.status_code == 202
    body = r.get_json()
    assert set(body) == {"snapshot_id", "status"} and body["snapshot_id"].startswith("snap_")
    assert body["status"] == "building"
    again = client.post(
        f"{API}/snapshots", headers=admin.headers, json={"dataset": "orders", "version": "3", "format": "parquet"}
    )
    assert again.get_json()["snapshot_id"] == body["snapshot_id"]  # idempotent by the triple
    other_format = client.post(
        f"{API}/snapshots", headers=admin.headers, json={"dataset": "orders", "version": "v3", "format": "csv"}
    )
    assert other_format.get_json()["snapshot_id"] != body["snapshot_id"]
    ds = client.get(f"{API}/datasets", headers=admin.headers).get_json()
    assert ds["items"][0]["dataset"] == "orders" and ds["items"][0]["contract"] == "v1"
    assert ds["items"][0]["record_count"] == 3 and ds["items"][0]["version"] == "v3"
    assert ds["meta"]["total"] == 1
    assert client.get(f"{API}/datasets?namespace=nope", headers=admin.headers).get_json()["items"] == []
    assert client.get(f"{API}/datasets?search=ord", headers=admin.headers).get_json()["meta"]["total"] == 1


def test_unknown_dataset_or_future_version_is_404(client, admin):
    seeded(client, admin, n=1)
    r = client.post(f"{API}/snapshots", headers=admin.headers, json={"dataset": "nope", "version": "v1"})
    assert r.status_code == 404 and r.get_json()["error"] == "not_found"
    r = client.post(f"{API}/snapshots", headers=admin.headers, json={"dataset": "orders", "version": "v9"})
    assert r.status_code == 404
    r = client.post(f"{API}/snapshots", headers=admin.headers, json={"dataset": "orders", "format": "xlsx"})
    assert r.status_code == 400


def test_parquet_types_manifest_and_old_version_exactness(client, admin, run_worker, app):
    ns, reg = seeded(client, admin)  # v1..v3
    client.patch(
        f"/dedi/{ns}/{reg}/records/p1", headers=admin.headers, json={"details": employee(1, full_name="Changed")}
    )  # v4
    client.delete(f"/dedi/{ns}/{reg}/records/p2", headers=admin.headers)  # v5
    sid, snap = snapshot(client, admin, run_worker, dataset="sales/orders", version="v3", format="parquet")
    assert snap["status"] == "ready" and snap["row_counts"] == {"orders": 3}
    data = next(a for a in snap["artifacts"] if a["name"].endswith(".parquet"))
    assert data["name"] == "orders_v3.parquet" and data["rows"] == 3
    path = artifact_file(data)
    assert hashlib.sha256(Path(path).read_bytes()).hexdigest() == data["sha256"]
    table = pq.read_table(path)
    assert table.schema.field("employee_id").type == pa.string()
    assert table.schema.field("hire_date").type == pa.date32()
    assert table.schema.field("active").type == pa.bool_()
    rows = {r["record_name"]: r for r in table.to_pylist()}
    assert set(rows) == {"p1", "p2", "p3"} and rows["p1"]["full_name"] == "Person 1"  # v3, not later edits
    manifest = json.loads(Path(path).with_name("manifest.json").read_text())
    assert manifest["version"] == "v3" and manifest["contract"] == "v1" and manifest["format"] == "parquet"
    assert manifest["files"][0]["sha256"] == data["sha256"] and manifest["files"][0]["rows"] == 3
    _, latest = snapshot(client, admin, run_worker, dataset="orders", version="latest", format="jsonl")
    assert latest["version"] == "v5"
    lines = [json.loads(x) for x in Path(artifact_file(latest["artifacts"][0])).read_text().splitlines()]
    assert {x["record_name"]: x["details"]["full_name"] for x in lines} == {"p1": "Changed", "p3": "Person 3"}


def test_csv_snapshot_is_flattened_and_neutralised(client, admin, run_worker):
    ns, reg = make_registry(
        client,
        admin,
        ns="n2",
        reg="people",
        schema={
            "type": "object",
            "properties": {
                "name": {"type": "string"},
                "address": {"type": "object", "properties": {"city": {"type": "string"}}},
                "tags": {"type": "array", "items": {"type": "string"}},
                "ok": {"type": "boolean"},
            },
        },
    )
    publish(
        client,
        admin,
        ns,
        reg,
        "a",
        {"name": "=HYPERLINK()", "address": {"city": "Pune"}, "tags": ["x", "y"], "ok": True},
    )
    _, snap = snapshot(client, admin, run_worker, dataset="people", version="latest", format="csv")
    text = Path(artifact_file(snap["artifacts"][0])).read_text().splitlines()
    assert text[0] == '"record_id","record_name","name","address.city","tags","ok"'
    assert '"\'=HYPERLINK()"' in text[1] and '"x,y"' in text[1] and "true" in text[1] and '"Pune"' in text[1]


def test_awkward_text_survives_every_format_exactly(client, admin, run_worker):
    """Quotes, backslashes, line breaks, control characters and non-ASCII text in names and values come
    back unchanged (the database writes each record's JSON line; nothing may be re-escaped or cut)."""
    ns, reg = make_registry(
        client,
        admin,
        ns="n3",
        reg="notes",
        schema={
            "type": "object",
            "properties": {
                "text": {"type": "string"},
                "n": {"type": "integer"},
                "inner": {"type": "object", "properties": {"t": {"type": "string"}}},
            },
        },
    )
    awkward = {
        'q "x" \\ y': 'say "hi"\\n\\\\ back\\slash',
        "line": "one\ntwo\r\nthree\ttab",
        "ctl": "a\x01b\x02c\x1fd",
        "uni": "Zoë – 東京 🚀",
        "empty": "",
    }
    for name, text in awkward.items():
        publish(client, admin, ns, reg, name, {"text": text, "n": 2**53, "inner": {"t": text}})
    for fmt in ("jsonl", "parquet", "csv"):
        _, snap = snapshot(client, admin, run_worker, dataset="notes", version="latest", format=fmt)
        assert snap["status"] == "ready" and snap["row_counts"] == {"notes": len(awkward)}, snap
        path = artifact_file(snap["artifacts"][0])
        if fmt == "jsonl":
            rows = {
                x["record_name"]: x["details"]
                for x in map(json.loads, Path(path).read_text(encoding="utf-8").splitlines())
            }
            assert rows == {k: {"text": v, "n": 2**53, "inner": {"t": v}} for k, v in awkward.items()}
        elif fmt == "parquet":
            rows = {r["record_name"]: (r["text"], r["n"], r["inner"]["t"]) for r in pq.read_table(path).to_pylist()}
            assert rows == {k: (v, 2**53, v) for k, v in awkward.items()}
        else:
            import csv

            with open(path, newline="", encoding="utf-8") as fh:
                rows = {r["record_name"]: (r["text"], r["inner.t"]) for r in csv.DictReader(fh)}
            assert rows == {k: (v, v) for k, v in awkward.items()}


def test_a_flat_schema_reads_back_exactly_whatever_the_text(client, admin, run_worker):
    """On PostgreSQL a schema of scalar columns is read as typed CSV the database writes (store/builder.py's
    typed_tables), elsewhere as JSON lines: the same values either way — empty text stays empty, text
    that looks like a null stays text, a missing or null value is null, numbers, booleans and dates
    keep their types."""
    schema = {
        "type": "object",
        "properties": {
            "text": {"type": ["string", "null"]},
            "n": {"type": "integer"},
            "x": {"type": "number"},
            "ok": {"type": "boolean"},
            "day": {"type": "string", "format": "date"},
            "at": {"type": "string", "format": "date-time"},
        },
    }
    ns, reg = make_registry(client, admin, ns="flat", reg="typed", schema=schema)
    texts = ["", "NULL", "null", "N/A", "NaN", '"quoted"', "a,b", "one\ntwo", "tab\tx", "Zoë 東京", None]
    expected = {}
    for i, text in enumerate(texts):
        details = {"n": -(2**53) + i, "x": i / 4, "ok": i % 2 == 0, "day": f"2024-01-{i + 1:02d}"}
        details["at"] = f"2024-01-{i + 1:02d}T10:00:00Z"
        details |= {"text": text} if i % 3 else ({} if text is None else {"text": text})
        publish(client, admin, ns, reg, f"r{i}", details)
        expected[f"r{i}"] = (text, -(2**53) + i, i / 4, i % 2 == 0, f"2024-01-{i + 1:02d}")
    _, snap = snapshot(client, admin, run_worker, dataset="typed", version="latest", format="parquet")
    assert snap["status"] == "ready", snap
    table = pq.read_table(artifact_file(snap["artifacts"][0]))
    assert str(table.schema.field("day").type) == "date32[day]" and "timestamp" in str(table.schema.field("at").type)
    rows = {r["record_name"]: (r["text"], r["n"], r["x"], r["ok"], r["day"].isoformat()) for r in table.to_pylist()}
    assert rows == expected
    assert {r["at"].isoformat() for r in table.to_pylist()} == {
        f"2024-01-{i + 1:02d}T10:00:00+00:00" for i in range(11)
    }


def test_management_endpoints(client, make_caller, run_worker):
    admin = make_caller(("admin",))
    seeded(client, admin)
    sid, snap = snapshot(client, admin, run_worker, dataset="orders", version="v2", format="parquet")
    snapshot(client, admin, run_worker, dataset="orders", version="v3", format="csv")
    # list: filters, sort, window, meta
    listing = client.get(f"{API}/snapshots?sort_by=name&sort_order=asc&limit=1", headers=admin.headers).get_json()
    assert listing["meta"]["total"] == 2 and listing["meta"]["limit"] == 1 and len(listing["data"]) == 1
    assert listing["meta"]["request_id"]
    assert client.get(f"{API}/snapshots?version=v2", headers=admin.headers).get_json()["meta"]["total"] == 1
    assert client.get(f"{API}/snapshots?status=failed", headers=admin.headers).get_json()["meta"]["total"] == 0
    assert client.get(f"{API}/snapshots?sort_by=evil;drop", headers=admin.headers).status_code == 400
    assert client.get(f"{API}/snapshots?limit=101", headers=admin.headers).status_code == 400
    sizes = [
        s["size_bytes"]
        for s in client.get(f"{API}/snapshots?sort_by=size_bytes&sort_order=desc", headers=admin.headers).get_json()[
            "data"
        ]
    ]
    assert sizes == sorted(sizes, reverse=True)
    # rename
    r = client.put(
        f"{API}/snapshots/{sid}",
        headers=admin.headers,
        json={"name": "Updated Snapshot Name", "description": "Updated description"},
    )
    assert r.status_code == 200 and set(r.get_json()["data"]) == {"id", "name", "description", "updated_at"}
    assert client.put(f"{API}/snapshots/{sid}", headers=admin.headers, json={"status": "ready"}).status_code == 400
    # lifecycle
    r = client.put(
        f"{API}/snapshots/{sid}/lifecycle", headers=admin.headers, json={"ttl": "P14D", "inactivity_timeout": "P7D"}
    )
    assert r.get_json()["data"]["ttl"] == "P14D" and r.get_json()["data"]["inactivity_timeout"] == "P7D"
    bad = client.put(f"{API}/snapshots/{sid}/lifecycle", headers=admin.headers, json={"ttl": "7 days"})
    assert bad.status_code == 400 and bad.get_json()["error"] == "invalid_request"
    # progress when ready
    prog = client.get(f"{API}/snapshots/{sid}/progress", headers=admin.headers).get_json()["data"]
    assert prog["status"] == "ready" and prog["phase"] == "completed" and "duration_seconds" in prog
    # retry only when failed
    r = client.post(f"{API}/snapshots/{sid}/retry", headers=admin.headers)
    assert r.status_code == 409 and r.get_json()["error"] == "invalid_state"
    assert r.get_json()["details"] == {"current_status": "ready"}
    # scopes: readers may read, not manage
    reader = make_caller(("read",), tenant_id=admin.tenant_id)
    assert client.get(f"{API}/snapshots/{sid}", headers=reader.headers).status_code == 200
    assert client.get(f"{API}/snapshots/{sid}/progress", headers=reader.headers).status_code == 200
    for method, path, body in (
        ("post", "/snapshots", {"dataset": "orders"}),
        ("put", f"/snapshots/{sid}", {}),
        ("put", f"/snapshots/{sid}/lifecycle", {}),
        ("post", f"/snapshots/{sid}/retry", None),
        ("delete", f"/snapshots/{sid}", None),
    ):
        assert getattr(client, method)(f"{API}{path}", headers=reader.headers, json=body).status_code == 403
    # BOLA: another tenant sees 404
    other = make_caller(("admin",))
    assert client.get(f"{API}/snapshots/{sid}", headers=other.headers).status_code == 404
    assert client.delete(f"{API}/snapshots/{sid}", headers=other.headers).status_code == 404
    # delete removes files
    path = artifact_file(snap["artifacts"][0])
    r = client.delete(f"{API}/snapshots/{sid}", headers=admin.headers)
    assert r.get_json() == {"data": {"deleted": True}}
    import os

    assert not os.path.exists(path)
    assert client.get(f"{API}/snapshots/{sid}", headers=admin.headers).status_code == 404


def test_failing_build_then_retry(client, admin, run_worker, app):
    seeded(client, admin, n=2)
    # a breaking forced contract makes old rows unreadable as the new types: the build fails
    r = client.patch(
        "/dedi/sales/registries/orders?force=true",
        headers=admin.headers,
        json={"schema": {"type": "object", "properties": {"employee_id": {"type": "integer"}}}},
    )
    assert r.status_code == 200
    sid, snap = snapshot(client, admin, run_worker, dataset="orders", version="latest", format="parquet")
    assert snap["status"] == "failed" and snap["error_message"]
    prog = client.get(f"{API}/snapshots/{sid}/progress", headers=admin.headers).get_json()["data"]
    assert prog["status"] == "failed" and prog["steps"][0]["status"] == "failed"
    r = client.post(f"{API}/snapshots/{sid}/retry", headers=admin.headers)
    assert r.status_code == 200
    assert r.get_json()["data"] == {"id": sid, "status": "pending", "previous_status": "failed", "retry_count": 1}
    run_worker(["snapshots"])
    assert client.get(f"{API}/snapshots/{sid}", headers=admin.headers).get_json()["data"]["status"] == "failed"


def test_progress_while_building(client, admin, app):
    seeded(client, admin, n=1)
    sid = client.post(f"{API}/snapshots", headers=admin.headers, json={"dataset": "orders"}).get_json()["snapshot_id"]
    prog = client.get(f"{API}/snapshots/{sid}/progress", headers=admin.headers).get_json()["data"]
    assert prog["status"] == "pending" and prog["total_steps"] == 1 and prog["completed_steps"] == 0
    assert "elapsed_seconds" in prog


def test_records_longer_than_a_read_chunk_are_built_whole(client, admin, run_worker, monkeypatch):
    """A record's JSON line may be longer than the chunk size the build reads in (PostgreSQL cuts its COPY
    stream only at line ends): every chunk still holds whole lines, nothing is cut or lost."""
    monkeypatch.setattr("app.store.builder.CHUNK_BYTES", 64)
    ns, reg = make_registry(
        client, admin, ns="n4", reg="long", schema={"type": "object", "properties": {"text": {"type": "string"}}}
    )
    texts = {"a": "x" * 500, "b": "short", "c": "y" * 300}
    for name, text in texts.items():
        publish(client, admin, ns, reg, name, {"text": text})
    _, snap = snapshot(client, admin, run_worker, dataset="long", version="latest", format="parquet")
    rows = pq.read_table(artifact_file(snap["artifacts"][0])).to_pylist()
    assert {r["record_name"]: r["text"] for r in rows} == texts


def test_read_ahead_passes_errors_on_and_stops_when_the_reader_fails():
    """The build reads the next chunk on a thread: its errors reach the build, and a build that fails
    mid-way stops that thread (the worker is not left waiting on it)."""
    import threading

    import pytest

    from app.store.builder import read_ahead

    def failing():
        yield b"1"
        raise RuntimeError("database went away")

    with pytest.raises(RuntimeError, match="went away"):
        list(read_ahead(failing()))
    produced = []

    def endless():
        for i in range(1000):
            produced.append(i)
            yield i

    with pytest.raises(ValueError):
        for _ in read_ahead(endless()):
            raise ValueError("arrow could not parse the chunk")
    assert len(produced) <= 3 and not any(t.name == "snapshot-read-ahead" for t in threading.enumerate())
