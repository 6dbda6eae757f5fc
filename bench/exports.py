"""Export delivery vs a plain file copy: deliver a ready N-row parquet snapshot to a local root.

python bench/exports.py [rows]"""
import hashlib
import os
import shutil
import sys
import time

from common import make_app, make_caller, run_worker_process
from seed import seed_registry


def main(rows=1_000_000):
    app, scratch = make_app()
    _, headers = make_caller(app)
    seed_registry(app, headers, rows)
    client = app.test_client()
    sid = client.post("/api/v1/storage/published/snapshots", headers=headers,
                      json={"dataset": "employee-profiles", "format": "parquet"}).get_json()["snapshot_id"]
    run_worker_process(app, ["snapshots"])
    snap = client.get(f"/api/v1/storage/published/snapshots/{sid}", headers=headers).get_json()["data"]
    data = snap["artifacts"][0]["uri"][len("file://"):]
    root = app.config["EXPORT_ROOTS"][0]
    copy_s = _median_s(lambda: shutil.copyfile(data, f"{scratch}/plain-copy.parquet"),
                       before=lambda: os.path.exists(f"{scratch}/plain-copy.parquet")
                       and os.unlink(f"{scratch}/plain-copy.parquet"))  # a fresh file each time, as delivered
    hash_s = _median_s(lambda: _sha256(data))  # the check every delivery must make: the floor
    ex = client.post("/api/v1/storage/published/exports", headers=headers,
                     json={"snapshot_id": sid, "target": f"file://{root}/bench"}).get_json()
    run_worker_process(app, ["exports"])
    job = client.get(f"/api/v1/data-consumption/exports/jobs/{ex['export_id']}", headers=headers).get_json()
    assert job["status"] == "done", job
    with app.app_context():
        from app.exports.models import Export
        from app.extensions import db

        row = db.session.get(Export, ex["export_id"])
        deliver_s = (row.finished_at - row.started_at).total_seconds()
    size = snap["artifacts"][0]["size_bytes"]
    print(f"export rows={rows} parquet_mb={size / 2**20:.1f} deliver_s={deliver_s:.3f} plain_copy_s={copy_s:.3f} "
          f"ratio_to_copy={deliver_s / copy_s:.2f}x (includes the sha256 check of the delivered copy, manifest, "
          f"status writes) sha256_only_s={hash_s:.3f} sha256_floor_ratio={hash_s / copy_s:.2f}x")


def _median_s(action, runs=5, before=lambda: None):
    times = []
    for _ in range(runs):
        before()
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return sorted(times)[runs // 2]


def _sha256(path):
    with open(path, "rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000)
