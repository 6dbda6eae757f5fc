"""Import sources: a CSV already in object storage (`s3://` on the tenant's bucket allow-list) or on a
shared disk (`file://` under an IMPORT_ROOTS directory, inside the tenant's own `<root>/<tenant id>/`),
streamed by the worker through fsspec — no upload, no size cap. A job's `file_path` holds the source
as a URL; an uploaded file's is a path in the artifact store."""

from typing import Any

from app.core.errors import NotFound
from app.core.locations import Location
from app.core.storage import open_artifact, uri_fs

SOURCES = Location("IMPORT_ROOTS", "import source", "source")


def check_source(source: str, tenant: Any) -> tuple[str, int]:
    """(the source as a URL the worker opens, its size in bytes); 400 for a location the tenant may
    not read, 404 for a file that is not there."""
    scheme, path = SOURCES.check(source, tenant)
    fs = uri_fs(scheme)
    try:
        info = fs.info(path)
    except (FileNotFoundError, OSError):
        info = None
    if info is None or info.get("type") != "file":
        raise NotFound("import source", source)
    return f"{scheme}://{path}", int(info.get("size") or 0)


def is_source(file_path: str) -> bool:
    """Whether a job reads a source the tenant owns (never deleted by us), not an uploaded file."""
    return "://" in file_path


def open_job_file(file_path: str) -> Any:
    """The job's CSV, opened for reading: its source, or the uploaded file in the artifact store."""
    if not is_source(file_path):
        return open_artifact(file_path, "rb")
    scheme, _, path = file_path.partition("://")
    if scheme == "file":  # read as a stream: fsspec's local files seek to learn their size first
        return open(path, "rb")  # noqa: SIM115  (the caller closes it)
    return uri_fs(scheme).open(path, "rb")
