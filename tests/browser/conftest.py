"""Headless Chromium (Debian's /usr/bin/chromium) driven by Playwright, for the browser tests."""

import os
import shutil
from pathlib import Path

import pytest
import requests

CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
OUT = Path(__file__).resolve().parents[2] / "test-output" / "screenshots"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture()
def browser():
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"no Chromium binary at {CHROMIUM} (apt install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


def live_registry(live, api, ns, reg, schema):
    """A namespace (made if new) and a registry in it, through the live server's API, as a user would."""
    requests.post(f"{live}/dedi/create-namespace", headers=api, json={"name": ns, "description": ns}, timeout=30)
    body = {"registry_name": reg, "description": reg, "schema": schema}
    made = requests.post(f"{live}/dedi/{ns}/create-registry", headers=api, json=body, timeout=30)
    assert made.status_code == 201, made.text
