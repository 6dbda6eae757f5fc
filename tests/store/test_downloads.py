"""Issue 19: download any snapshot file over HTTP (Content-Length, ETag = sha256, ranges, 304), and
signed, expiring, revocable download URLs that need no key."""

import hashlib
from datetime import timedelta
from pathlib import Path

from app.core.db import utcnow
from tests.factories import artifact_file, employee, make_registry, publish

API = "/api/v1/storage/published"


def ready_snapshot(client, caller, run_worker, fmt="csv", rows=30):
    ns, reg = make_registry(client, caller, ns="dl-ns", reg="people")
    for i in range(1, rows + 1):
        publish(client, caller, ns, reg, f"p{i}", employee(i))
    r = client.post(f"{API}/snapshots", headers=caller.headers, json={"dataset": f"{ns}/{reg}", "format": fmt})
    assert r.status_code == 202, r.get_json()
    run_worker(["snapshots"])
    snap = client.get(f"{API}/snapshots/{r.get_json()['snapshot_id']}", headers=caller.headers).get_json()["data"]
    assert snap["status"] == "ready", snap
    return snap


def test_download_streams_the_data_file_with_length_etag_and_disposition(client, admin, run_worker):
    snap = ready_snapshot(client, admin, run_worker, fmt="parquet")
    data = next(a for a in snap["artifacts"] if a["name"].endswith(".parquet"))
    on_disk = Path(artifact_file(data)).read_bytes()
    r = client.get(f"{API}/snapshots/{snap['id']}/download", headers=admin.headers)
    assert r.status_code == 200
    assert r.data == on_disk and hashlib.sha256(r.data).hexdigest() == data["sha256"]
    assert r.headers["Content-Length"] == str(data["size_bytes"])
    assert r.headers["ETag"] == f'"{data["sha256"]}"'
    assert r.headers["Accept-Ranges"] == "bytes"
    assert r.headers["Content-Disposition"] == f"attachment; filename={data['name']}"
    assert r.headers["Content-Type"] == "application/vnd.apache.parquet"


def test_ranges_resume_a_download_and_an_unchanged_file_is_304(client, admin, run_worker):
    snap = ready_snapshot(client, admin, run_worker)
    url, size = f"{API}/snapshots/{snap['id']}/download", snap["artifacts"][0]["size_bytes"]
    whole = client.get(url, headers=admin.headers).data
    part = client.get(url, headers={**admin.headers, "Range": "bytes=10-99"})
    assert part.status_code == 206 and part.data == whole[10:100]
    assert part.headers["Content-Range"] == f"bytes 10-99/{size}" and part.headers["Content-Length"] == "90"
    tail = client.get(url, headers={**admin.headers, "Range": "bytes=-7"})
    assert tail.status_code == 206 and tail.data == whole[-7:]
    beyond = client.get(url, headers={**admin.headers, "Range": f"bytes={size}-"})
    assert beyond.status_code == 416 and beyond.get_json()["request_id"]
    etag = client.get(url, headers=admin.headers).headers["ETag"]
    same = client.get(url, headers={**admin.headers, "If-None-Match": etag})
    assert same.status_code == 304 and same.data == b""


def test_other_files_by_name_unknown_file_is_404_and_a_building_snapshot_409(client, admin, run_worker):
    snap = ready_snapshot(client, admin, run_worker)
    names = [a["name"] for a in snap["artifacts"]]
    manifest = next(n for n in names if n.endswith("manifest.json"))
    r = client.get(f"{API}/snapshots/{snap['id']}/download?file={manifest}", headers=admin.headers)
    assert r.status_code == 200 and r.get_json()["snapshot_id"] == snap["id"]
    missing = client.get(f"{API}/snapshots/{snap['id']}/download?file=nope.csv", headers=admin.headers)
    assert missing.status_code == 404 and sorted(missing.get_json()["details"]["files"]) == sorted(names)
    unknown = client.get(f"{API}/snapshots/{snap['id']}/download?files=x", headers=admin.headers)
    assert unknown.status_code == 400
    building = client.post(
        f"{API}/snapshots", headers=admin.headers, json={"dataset": "dl-ns/people", "format": "jsonl"}
    ).get_json()
    r = client.get(f"{API}/snapshots/{building['snapshot_id']}/download", headers=admin.headers)
    assert r.status_code == 409 and r.get_json()["error"] == "invalid_state"


def test_a_download_url_works_without_a_key_until_revoked(client, admin, run_worker):
    snap = ready_snapshot(client, admin, run_worker)
    whole = client.get(f"{API}/snapshots/{snap['id']}/download", headers=admin.headers).data
    r = client.post(f"{API}/snapshots/{snap['id']}/download-url", headers=admin.headers, json={"expires_in_s": 600})
    assert r.status_code == 201, r.get_json()
    body = r.get_json()
    assert body["snapshot_id"] == snap["id"] and body["file"] == snap["artifacts"][0]["name"]
    path = "/" + body["url"].split("/", 3)[3]
    assert path.startswith("/d/")
    anonymous = client.get(path)
    assert anonymous.status_code == 200 and anonymous.data == whole
    assert anonymous.headers["ETag"] == f'"{snap["artifacts"][0]["sha256"]}"'
    assert client.get(path, headers={"Range": "bytes=0-9"}).data == whole[:10]
    assert client.get(path[:-3] + "xyz").status_code == 404  # tampered
    revoked = client.delete(f"{API}/download-urls/{body['link_id']}", headers=admin.headers)
    assert revoked.status_code == 200 and revoked.get_json()["revoked_at"]
    gone = client.get(path)
    assert gone.status_code == 410 and gone.get_json()["error"] == "gone"


def test_a_download_url_expires_and_dies_with_its_snapshot(client, admin, run_worker, app):
    from app.extensions import db
    from app.store.models import DownloadLink

    snap = ready_snapshot(client, admin, run_worker)
    too_long = client.post(
        f"{API}/snapshots/{snap['id']}/download-url", headers=admin.headers, json={"expires_in_s": 10**8}
    )
    assert too_long.status_code == 400 and "expires_in_s" in too_long.get_json()["details"]
    first, second = (
        client.post(f"{API}/snapshots/{snap['id']}/download-url", headers=admin.headers, json={}).get_json()
        for _ in range(2)
    )
    with app.app_context():
        db.session.get(DownloadLink, first["link_id"]).expires_at = utcnow() - timedelta(seconds=1)
        db.session.commit()
    assert client.get("/d/" + first["url"].rsplit("/d/", 1)[1]).status_code == 410
    second_path = "/d/" + second["url"].rsplit("/d/", 1)[1]
    assert client.get(second_path).status_code == 200
    assert client.delete(f"{API}/snapshots/{snap['id']}", headers=admin.headers).status_code == 200
    assert client.get(second_path).status_code == 410


def test_download_urls_are_for_export_keys_and_stay_in_their_tenant(client, admin, make_caller, run_worker):
    snap = ready_snapshot(client, admin, run_worker)
    reader = make_caller(("read",), tenant_id=admin.tenant_id)
    assert client.get(f"{API}/snapshots/{snap['id']}/download", headers=reader.headers).status_code == 200
    assert client.post(f"{API}/snapshots/{snap['id']}/download-url", headers=reader.headers, json={}).status_code == 403
    link = client.post(f"{API}/snapshots/{snap['id']}/download-url", headers=admin.headers, json={}).get_json()
    other = make_caller(("admin",))
    assert client.get(f"{API}/snapshots/{snap['id']}/download", headers=other.headers).status_code == 404
    assert client.delete(f"{API}/download-urls/{link['link_id']}", headers=other.headers).status_code == 404
