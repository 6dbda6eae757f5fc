"""Export delivery vs a plain file copy: deliver a ready N-row parquet snapshot to a local root.

Five deliveries (to five directories) run in one worker, as a deployed worker runs them; the
figure is their median, from the export's start to its end (status writes, data + manifest,
the sha256 check of what landed, fsync, rename). The copies it is compared with are medians of
five too: a plain copy, and a durable one (copy + fsync) since a delivery is flushed to disk
before it is announced.

python bench/exports.py [rows]"""

import hashlib
import os
import shutil
import sys
import time

from common import make_app, make_caller, run_worker_process, snapshot_file
from seed import seed_registry


def main(rows=1_000_000):
    app, scratch = make_app()
    _, headers = make_caller(app)
    seed_registry(app, headers, rows)
    client = app.test_client()
    sid = client.post(
        "/api/v1/storage/published/snapshots",
        headers=headers,
        json={"dataset": "employee-profiles", "format": "parquet"},
    ).get_json()["snapshot_id"]
    run_worker_process(app, ["snapshots"])
    data = snapshot_file(app, sid)
    root = app.config["EXPORT_ROOTS"][0]
    copy = f"{scratch}/plain-copy.parquet"
    fresh = lambda: os.path.exists(copy) and os.unlink(copy)  # noqa: E731 - a new file each time, as delivered
    copy_s = _median_s(lambda: shutil.copyfile(data, copy), before=fresh)
    durable_s = _median_s(lambda: (shutil.copyfile(data, copy), _fsync(copy)), before=fresh)
    hash_s = _median_s(lambda: _sha256(data))  # the check every delivery must make: the floor
    ids = [
        client.post(
            "/api/v1/storage/published/exports",
            headers=headers,
            json={"snapshot_id": sid, "target": f"file://{root}/bench{i}"},
        ).get_json()["export_id"]
        for i in range(5)
    ]
    run_worker_process(app, ["exports"])
    with app.app_context():
        from app.exports.models import Export
        from app.extensions import db

        runs = [db.session.get(Export, export_id) for export_id in ids]
        assert all(row.status == "done" for row in runs), [(row.status, row.error) for row in runs]
        deliver_s = sorted((row.finished_at - row.started_at).total_seconds() for row in runs)[len(runs) // 2]
    size = os.path.getsize(data)
    print(
        f"export rows={rows} parquet_mb={size / 2**20:.1f} deliver_s={deliver_s:.3f} plain_copy_s={copy_s:.3f} "
        f"ratio_to_copy={deliver_s / copy_s:.2f}x durable_copy_s={durable_s:.3f} "
        f"ratio_to_durable_copy={deliver_s / durable_s:.2f}x sha256_only_s={hash_s:.3f} "
        f"sha256_floor_ratio={hash_s / copy_s:.2f}x (delivery = status writes, data + manifest, sha256 of "
        f"what landed, fsync, rename; median of 5)"
    )


def _median_s(action, runs=5, before=lambda: None):
    times = []
    for _ in range(runs):
        before()
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return sorted(times)[runs // 2]


def _fsync(path):
    with open(path, "rb") as fh:
        os.fsync(fh.fileno())


def _sha256(path):
    with open(path, "rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000)
