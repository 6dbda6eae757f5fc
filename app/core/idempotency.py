"""Idempotent writes: X-Request-Id / Idempotency-Key replay the first response per tenant."""

import hashlib
from datetime import datetime, timedelta
from typing import Any, cast

from flask import Response, current_app, g, request
from sqlalchemy import delete, select
from sqlalchemy.engine import CursorResult
from sqlalchemy.exc import IntegrityError

from app.core.db import DbSession, utcnow
from app.core.errors import Conflict, IdempotencyMismatch, InvalidRequest
from app.core.models import IdempotencyKey
from app.extensions import db

WRITE_METHODS = ("POST",)
REPLAYED_HEADERS = ("Location", "Content-Disposition")


def _key() -> str | None:
    return request.headers.get("Idempotency-Key") or request.headers.get("X-Request-Id")


def _fingerprint() -> str:
    digest = hashlib.sha256(f"{request.method} {request.full_path}\n".encode())
    if request.mimetype == "multipart/form-data":
        # the form fields, then every file's bytes: werkzeug has already spooled them (to disk past
        # 500 kB), so this is one more sequential read, and the upload itself reads from the start
        digest.update(f"{sorted(request.form.items(multi=True))}".encode())
        for name, upload in sorted(request.files.items(multi=True), key=lambda item: item[0]):
            digest.update(f"\n{name}:{upload.filename}\n".encode())
            while block := upload.stream.read(1 << 20):
                digest.update(block)
            upload.stream.seek(0)
    else:
        digest.update(request.get_data(cache=True))
    return digest.hexdigest()


def _replay(row: IdempotencyKey) -> Response:
    resp = current_app.response_class(row.body, status=row.status_code, content_type=row.content_type)
    for name, value in (row.headers or {}).items():
        resp.headers[name] = value
    resp.headers["Idempotent-Replayed"] = "true"
    return resp


def begin() -> Response | None:
    """before_request: replay, reject, or claim the key for this request."""
    g.idempotency_row = None
    key = _key()
    if request.method not in WRITE_METHODS or not key or g.get("tenant") is None:
        return None
    if len(key) > 255:
        raise InvalidRequest("idempotency key longer than 255 characters")
    fingerprint = _fingerprint()
    cutoff = utcnow() - timedelta(seconds=current_app.config["IDEMPOTENCY_TTL_S"])
    row = db.session.scalar(select(IdempotencyKey).filter_by(tenant_id=g.tenant.id, key=key))
    if row is not None and row.created_at < cutoff:
        db.session.delete(row)
        db.session.commit()
        row = None
    if row is None:
        row = IdempotencyKey(tenant_id=g.tenant.id, key=key, fingerprint=fingerprint, state="in_flight")
        db.session.add(row)
        try:
            db.session.commit()
        except IntegrityError:
            db.session.rollback()
            raise Conflict("a request with this idempotency key is still in progress", {"key": key}) from None
        g.idempotency_row = row.id
        return None
    if row.fingerprint != fingerprint:
        raise IdempotencyMismatch(details={"key": key})
    if row.state == "in_flight":
        raise Conflict("a request with this idempotency key is still in progress", {"key": key})
    return _replay(row)


def finish(response: Response) -> Response:
    """after_request: store a final response for replay, or release the key after a 5xx."""
    row_id = g.pop("idempotency_row", None)
    if row_id is None:
        return response
    db.session.rollback()
    row = db.session.get(IdempotencyKey, row_id)
    if row is None:
        return response
    if response.status_code >= 500 or response.is_streamed:
        db.session.delete(row)
    else:
        row.state, row.status_code = "done", response.status_code
        row.content_type, row.body = response.content_type, response.get_data()
        row.headers = {h: response.headers[h] for h in REPLAYED_HEADERS if h in response.headers}
    db.session.commit()
    return response


def release_on_error(exc: BaseException | None) -> None:
    """teardown_request: a request that crashed must not hold its key forever."""
    row_id = g.pop("idempotency_row", None)
    if row_id is None or exc is None:
        return
    db.session.rollback()
    db.session.execute(delete(IdempotencyKey).where(IdempotencyKey.id == row_id))
    db.session.commit()


def purge_expired(*, session: DbSession, now: datetime | None = None) -> int:
    """Delete keys older than the retention; returns how many went."""
    cutoff = (now or utcnow()) - timedelta(seconds=current_app.config["IDEMPOTENCY_TTL_S"])
    result = session.execute(delete(IdempotencyKey).where(IdempotencyKey.created_at < cutoff))
    return cast(CursorResult[Any], result).rowcount
