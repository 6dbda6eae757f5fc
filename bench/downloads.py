"""Snapshot download over HTTP (GET …/snapshots/{id}/download) against reading the same file from
disk, in one run: a real gunicorn worker serves a 1 GiB artifact to curl (a separate process,
written to /dev/null). Comparators, same file: a read from disk with 1 MiB reads (cold, after
dropping the page cache, when this process may: root; and warm, from the page cache), and the
floor of HTTP on this machine: a bare socket server handing the file to curl with sendfile(2).
Warm figures are medians of three, interleaved. The worker's peak RSS is read before and after: a
streamed download adds nothing that grows with the file.

python bench/downloads.py [size_mb]"""

import hashlib
import os
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

from common import make_app, make_caller, run_worker_process
from load import _start_gunicorn

from app.core.localhost import descendants, free_port

API = "/api/v1/storage/published"


def _peak_kb(pid):
    with open(f"/proc/{pid}/status") as fh:
        return int(next(line.split()[1] for line in fh if line.startswith("VmHWM")))


def _drop_page_cache():
    """True when the kernel's page cache was emptied (needs root), so the next read comes from disk."""
    os.sync()
    try:
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


def _sendfile_floor(path):
    """Seconds for curl to fetch `path` from a bare HTTP server that only calls sendfile(2)."""
    size, srv = os.path.getsize(path), socket.create_server(("127.0.0.1", 0))

    def serve():
        conn, _ = srv.accept()
        with conn, open(path, "rb") as fh:
            conn.recv(65536)
            conn.sendall(f"HTTP/1.1 200 OK\r\nContent-Length: {size}\r\nConnection: close\r\n\r\n".encode())
            sent = 0
            while sent < size:
                sent += os.sendfile(conn.fileno(), fh.fileno(), sent, size - sent)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    started = time.perf_counter()
    subprocess.run(["curl", "-sS", "-o", "/dev/null", f"http://127.0.0.1:{srv.getsockname()[1]}/"], check=True)
    elapsed = time.perf_counter() - started
    thread.join()
    srv.close()
    return elapsed


def _big_artifact(app, snapshot_id, size_mb):
    """Swap the snapshot's data file for a `size_mb` one (the path under test does not read its content)."""
    from app.extensions import db
    from app.store.models import Snapshot

    with app.app_context():
        snap = db.session.get(Snapshot, snapshot_id)
        art = dict(snap.artifacts[0])
        block, digest = os.urandom(1 << 20), hashlib.sha256()
        with open(art["path"], "wb") as fh:
            for _ in range(size_mb):
                fh.write(block)
                digest.update(block)
        art.update(size_bytes=size_mb << 20, sha256=digest.hexdigest())
        snap.artifacts = [art, *snap.artifacts[1:]]
        db.session.commit()
        return art["path"]


def main(size_mb=1024):
    app, _ = make_app()
    _, headers = make_caller(app)
    client = app.test_client()
    client.post("/dedi/create-namespace", headers=headers, json={"name": "dl", "description": "bench"})
    schema = {"type": "object", "properties": {"n": {"type": "integer"}}}
    body = {"registry_name": "big", "description": "bench", "schema": schema}
    assert client.post("/dedi/dl/create-registry", headers=headers, json=body).status_code == 201
    record = {"record_name": "one", "description": "bench", "details": {"n": 1}}
    r = client.post("/dedi/dl/big/save-record-as-draft?publish=true", headers=headers, json=record)
    assert r.status_code == 201, r.get_json()
    sid = client.post(f"{API}/snapshots", headers=headers, json={"dataset": "dl/big", "format": "csv"}).get_json()[
        "snapshot_id"
    ]
    run_worker_process(app, ["snapshots"])
    path = _big_artifact(app, sid, size_mb)
    port = free_port()
    server = _start_gunicorn(app, port, workers=1, threads=2)
    try:
        worker = descendants(server.pid)[0]
        url = f"http://127.0.0.1:{port}{API}/snapshots/{sid}/download"
        auth = f"Authorization: {headers['Authorization']}"
        curl = ["curl", "-sS", "-o", "/dev/null", "-w", "%{http_code} %{size_download}", "-H", auth]
        subprocess.run([*curl, url], check=True, capture_output=True)  # warm: the file and the worker
        before = _peak_kb(worker)

        def download():
            started = time.perf_counter()
            out = subprocess.run([*curl, url], check=True, capture_output=True, text=True).stdout.split()
            assert out == ["200", str(size_mb << 20)], out
            return time.perf_counter() - started

        def read_disk():
            started = time.perf_counter()
            with open(path, "rb", buffering=0) as fh:
                while fh.read(1 << 20):
                    pass
            return time.perf_counter() - started

        cold = {}
        if _drop_page_cache():
            cold["disk"] = read_disk()
            _drop_page_cache()
            cold["download"] = download()
        times = {"download": [], "disk": [], "floor": []}
        for _ in range(3):
            times["download"].append(download())
            times["disk"].append(read_disk())
            times["floor"].append(_sendfile_floor(path))
        after = _peak_kb(worker)
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
    mb = size_mb * (1 << 20) / 1e6
    rate = {k: mb / statistics.median(v) for k, v in times.items()}
    if cold:
        print(
            f"download cold size_mb={size_mb} http_mb_per_s={mb / cold['download']:,.0f} "
            f"disk_read_mb_per_s={mb / cold['disk']:,.0f} ratio={cold['disk'] / cold['download']:.2f}x"
        )
    print(
        f"download warm size_mb={size_mb} http_mb_per_s={rate['download']:,.0f} "
        f"page_cache_read_mb_per_s={rate['disk']:,.0f} ratio={rate['download'] / rate['disk']:.2f}x "
        f"sendfile_floor_mb_per_s={rate['floor']:,.0f} ratio_to_floor={rate['download'] / rate['floor']:.2f}x "
        f"worker_peak_rss_mb={after / 1024:.0f} rss_growth_over_downloads_mb={(after - before) / 1024:.1f}"
    )


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:2]))
