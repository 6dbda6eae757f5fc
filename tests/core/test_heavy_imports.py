"""Arrow, numpy and pandas load in the processes whose work needs them, not with the app: a job worker
that serves only bulk imports, exports or webhooks stays ~120 MB smaller (README, Benchmarks). Each
check runs in a fresh interpreter: this test process has long imported them all."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("pandas", "pyarrow", "numpy")


def loaded_after(code, tmp_path):
    """The heavy modules loaded in a fresh interpreter after it creates the app and runs `code`."""
    script = (
        "import json, sys\n"
        "from app import create_app\n"
        f"app = create_app({{'SQLALCHEMY_DATABASE_URI': 'sqlite:///{tmp_path}/x.db', 'VAR_DIR': '{tmp_path}/var'}})\n"
        f"{code}\n"
        f"print(json.dumps([m for m in {HEAVY!r} if m in sys.modules]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120, check=True
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_app_loads_none_of_them(tmp_path):
    assert loaded_after("", tmp_path) == []


def test_a_worker_loads_them_only_for_queues_whose_jobs_need_them(tmp_path):
    lean = "import worker; assert worker.warm(['bulk', 'exports', 'webhooks', 'maintenance']) == []"
    assert loaded_after(lean, tmp_path) == []
    assert loaded_after("import worker; worker.warm(['bulk', 'snapshots'])", tmp_path) == ["pyarrow", "numpy"]


def test_a_web_process_loads_the_render_stack_before_its_first_request(tmp_path):
    code = "import runpy; runpy.run_path('gunicorn.conf.py')['post_worker_init'](None)"
    assert loaded_after(code, tmp_path) == list(HEAVY)
