"""Export targets: validate a target URL before queueing, then open it with fsspec."""

from types import SimpleNamespace

from app.core.errors import InvalidRequest
from app.core.locations import Location
from app.core.storage import uri_fs

TARGETS = Location("EXPORT_ROOTS", "export target", "target")


def check_target(target, tenant):
    """Raise 400 unless `target` is an allowed file:// path under an export root or an allowed s3:// bucket."""
    return TARGETS.check(target, tenant)


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
    return uri_fs(scheme)
