"""`make client`: write the service's OpenAPI document to clients/openapi.json and regenerate the
typed Python client in clients/python with openapi-python-client (pinned in the test extras).
`python scripts/gen_client.py --out DIR` writes the client elsewhere (the drift test compares)."""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def openapi_document():
    """The document as the app serves it, on a throwaway SQLite file (no server, no Redis)."""
    from app import create_app

    with tempfile.TemporaryDirectory() as tmp:
        app = create_app(
            {"SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp}/doc.db", "VAR_DIR": tmp, "REDIS_URL": "redis://127.0.0.1:1/0"}
        )
        return app.test_client().get("/openapi.json").get_json()


def write_document(path):
    path.write_text(json.dumps(openapi_document(), indent=2, sort_keys=True) + "\n")


def generate(document, out):
    """Run the generator into `out` (replaced)."""
    bin_dir = Path(sys.executable).parent
    generator = shutil.which("openapi-python-client", path=str(bin_dir)) or "openapi-python-client"
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "client"
        env_path = f"{bin_dir}:{os.environ.get('PATH', '')}"  # its post-hooks call ruff
        subprocess.run(
            [
                generator,
                "generate",
                "--path",
                str(document),
                "--output-path",
                str(target),
                "--config",
                str(ROOT / "clients" / "generator.yml"),
                "--meta",
                "setup",
            ],
            check=True,
            capture_output=True,
            env={**os.environ, "PATH": env_path},
        )
        if out.exists():
            shutil.rmtree(out)
        shutil.copytree(target, out, ignore=shutil.ignore_patterns(".ruff_cache", "__pycache__"))


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "clients" / "python")
    args = parser.parse_args()
    document = ROOT / "clients" / "openapi.json"
    if args.out == ROOT / "clients" / "python":
        write_document(document)
    generate(document, args.out)


if __name__ == "__main__":
    main()
