"""Export targets: validate a target URL before queueing, then open it with fsspec."""

import os
from types import SimpleNamespace
from typing import Any
from urllib.parse import unquote, urlsplit

import fsspec
from flask import current_app

from app.core.errors import InvalidRequest

SCHEMES = ("file", "s3")


def _reject(reason, target):
    raise InvalidRequest(f"invalid export target: {reason}", {"target": [reason]})


def _decoded(path):
    seen = path
    for _ in range(5):  # repeated decoding defeats double-encoded traversal (%252e%252e)
        decoded = unquote(seen)
        if decoded == seen:
            break
        seen = decoded
    return seen


def check_target(target, tenant):
    """Raise 400 unless `target` is an allowed file:// path under an export root or an allowed s3:// bucket."""
    if not target or any(ord(c) < 32 for c in target) or "\x00" in _decoded(target):
        _reject("control characters or NUL are not allowed", target)
    parts = urlsplit(target)
    if parts.scheme not in SCHEMES:
        _reject(f"unsupported scheme {parts.scheme or '(none)'!r}; use one of {list(SCHEMES)}", target)
    path = _decoded(parts.path)
    if ".." in path.split("/") or "\\" in path or parts.query or parts.fragment:
        _reject("path traversal, backslashes, query strings and fragments are not allowed", target)
    if parts.scheme == "file":
        if parts.netloc not in ("", "localhost"):
            _reject("file:// targets must be absolute paths (file:///...)", target)
        return "file", tenant_local_path(os.path.realpath(path), tenant, target)
    bucket = parts.netloc
    if not bucket or bucket not in (tenant.allowed_buckets or []) + current_app.config.get("S3_ALLOWED_BUCKETS", []):
        _reject(f"bucket {bucket!r} is not on this tenant's allow-list", target)
    return "s3", f"{bucket}{path}".rstrip("/")


def tenant_local_path(real, tenant, target):
    """A path under an export root, moved inside that root's directory for the tenant: a tenant
    writes only under <root>/<tenant id>/ and cannot name another tenant's directory (naming
    <root>/<other id>/x lands in <root>/<own id>/<other id>/x)."""
    for root in (os.path.realpath(r) for r in current_app.config["EXPORT_ROOTS"]):
        if real == root or real.startswith(root + os.sep):
            rel = os.path.relpath(real, root)
            parts = [] if rel == "." else rel.split(os.sep)
            if parts[:1] == [tenant.id]:
                parts = parts[1:]
            return os.path.join(root, tenant.id, *parts)
    _reject("file:// targets must be inside a configured export root", target)


def destination(target, tenant_id):
    """The directory a target names, as the receipt states it: file:// inside the tenant's directory
    (files land as <dataset>_v<N>.<format> plus its .manifest.json), s3:// as given. None if the
    target no longer resolves (an export root was removed from the configuration)."""
    try:
        scheme, base = check_target(target, SimpleNamespace(id=tenant_id, allowed_buckets=None))
    except InvalidRequest:
        if target.startswith("s3://"):  # bucket allow-lists are checked when exporting, not when reading
            return target.rstrip("/") + "/"
        return None
    return ("file://" if scheme == "file" else "s3://") + base.rstrip("/") + "/"


def target_fs(scheme):
    """The fsspec filesystem for a validated scheme (S3 endpoint/credentials from configuration)."""
    if scheme == "file":
        return fsspec.filesystem("file")
    cfg = current_app.config
    options: dict[str, Any] = {"client_kwargs": {"region_name": cfg.get("S3_REGION") or "us-east-1"}}
    if cfg.get("S3_ENDPOINT_URL"):
        options["client_kwargs"]["endpoint_url"] = cfg["S3_ENDPOINT_URL"]
    if cfg.get("S3_KEY"):
        options.update(key=cfg["S3_KEY"], secret=cfg.get("S3_SECRET"))
    return fsspec.filesystem("s3", skip_instance_cache=True, **options)
