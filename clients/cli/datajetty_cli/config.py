"""Where `datajetty login` keeps the base URL and key: the user's config dir, readable by them only."""

import json
import os
from pathlib import Path

import click


def config_path() -> Path:
    base = os.environ.get("DATAJETTY_CONFIG_DIR") or click.get_app_dir("datajetty")
    return Path(base) / "config.json"


def save(base_url: str, token: str) -> Path:
    """Write the settings with 0600 permissions (created that way: never readable by others)."""
    path = config_path()
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        json.dump({"base_url": base_url.rstrip("/"), "token": token}, fh)
    os.chmod(path, 0o600)
    return path


def load() -> dict:
    path = config_path()
    if not path.exists():
        raise click.ClickException("not logged in: run `datajetty login --url URL` first")
    return json.loads(path.read_text())
