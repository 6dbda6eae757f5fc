"""`make bench`: every figure the issues name, one run. Sizes can be lowered with BENCH_SCALE=0.1."""

import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCALE = float(os.environ.get("BENCH_SCALE", "1"))
RUNS = [
    ("bulk_upload.py", [str(int(1_000_000 * SCALE))]),
    ("bulk_upload.py", [str(int(1_000_000 * SCALE)), "0.1", str(100 * SCALE)]),  # the 100 MB file
    ("snapshots.py", [str(int(1_000_000 * SCALE))]),
    ("exports.py", [str(int(1_000_000 * SCALE))]),
    ("render.py", [str(int(100_000 * SCALE))]),
    ("load.py", [str(max(5, int(60 * SCALE)))]),
    ("diff.py", [str(int(1_000_000 * SCALE))]),
    ("filters.py", [str(int(1_000_000 * SCALE)), "200"]),
    ("downloads.py", [str(max(64, int(1024 * SCALE)))]),
    ("clever_code.py", [str(100 * SCALE), str(int(300_000 * SCALE)), str(33 * SCALE)]),
    ("peers.py", [str(int(1_000_000 * SCALE))]),  # every ratio of issue 21 beside its target
    ("lookup_cost.py", ["500"]),  # a lookup's instructions beside the bare handler's (callgrind)
    ("ingest_floor.py", [str(int(1_000_000 * SCALE))]),  # what writing records alone costs (PostgreSQL)
    ("bulk_import.py", [str(int(10_000_000 * SCALE)), "first"]),  # 10M rows at flat memory
    ("bulk_import.py", [str(int(1_000_000 * SCALE))]),  # the registry lock, four cases
    ("scale_out.py", [str(int(500_000 * SCALE))]),
]

if __name__ == "__main__":
    failed = 0
    for script, args in RUNS:
        done = subprocess.run([sys.executable, str(HERE / script), *args], cwd=HERE, capture_output=True, text=True)
        lines = [line for line in done.stdout.splitlines() if not line.startswith("INFO")]
        print("\n".join(lines) if lines else f"{script}: no output", flush=True)
        if done.returncode:
            failed += 1
            print(f"{script} failed:\n{done.stderr[-2000:]}", flush=True)
    sys.exit(1 if failed else 0)
