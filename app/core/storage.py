"""The artifact store: an fsspec filesystem rooted at ARTIFACT_ROOT (local dir, s3://, ...)."""

import hashlib
from typing import Any

import fsspec
from flask import current_app
from fsspec import AbstractFileSystem


def artifact_fs() -> tuple[AbstractFileSystem, str]:
    """(filesystem, root path) for the configured artifact store: a local directory, or `s3://bucket/
    prefix` (S3 endpoint and credentials from configuration), which web and workers on different
    machines share."""
    url = current_app.config["ARTIFACT_ROOT"]
    fs, root = fsspec.core.url_to_fs(url, **(_s3_options() if url.startswith("s3://") else {}))
    return fs, root.rstrip("/")


def _s3_options() -> dict[str, Any]:
    cfg = current_app.config
    options: dict[str, Any] = {"client_kwargs": {"region_name": cfg.get("S3_REGION") or "us-east-1"}}
    if cfg.get("S3_ENDPOINT_URL"):
        options["client_kwargs"]["endpoint_url"] = cfg["S3_ENDPOINT_URL"]
    if cfg.get("S3_KEY"):
        options.update(key=cfg["S3_KEY"], secret=cfg.get("S3_SECRET"))
    return options


def artifact_path(*parts: str) -> str:
    """Absolute path inside the store for a relative key."""
    _, root = artifact_fs()
    return "/".join([root, *parts])


def artifact_uri(path: str) -> str:
    """A URI a reader can open with fsspec (file:// for local paths)."""
    fs, _ = artifact_fs()
    return fs.unstrip_protocol(path)


def open_artifact(path: str, mode: str = "rb") -> Any:
    """Open a store path; parents are created for writes."""
    fs, _ = artifact_fs()
    if "w" in mode:
        fs.makedirs(path.rsplit("/", 1)[0], exist_ok=True)
    return fs.open(path, mode)


def delete_artifact(path: str) -> int:
    """Remove a file or directory tree if present; returns True if something was removed."""
    fs, _ = artifact_fs()
    if path and fs.exists(path):
        fs.rm(path, recursive=True)
        return True
    return False


def uri_fs(scheme: str) -> AbstractFileSystem:
    """The fsspec filesystem outside the artifact store — export targets, import sources — for `file`
    or `s3` (S3 endpoint and credentials from configuration)."""
    if scheme == "file":
        return fsspec.filesystem("file")
    return fsspec.filesystem("s3", skip_instance_cache=True, **_s3_options())


def sha256_of(fs: AbstractFileSystem, path: str, chunk: int = 1 << 20) -> str:
    """Hex SHA-256 of a file on any fsspec filesystem, streamed."""
    digest = hashlib.sha256()
    with fs.open(path, "rb") as fh:
        while block := fh.read(chunk):
            digest.update(block)
    return digest.hexdigest()
