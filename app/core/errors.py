"""Typed errors and the one JSON error shape every API path answers with."""

import logging
from typing import Any

import redis
from flask import Flask, Response, g, jsonify, request
from sqlalchemy.exc import IntegrityError, InterfaceError, OperationalError
from werkzeug.exceptions import HTTPException

log = logging.getLogger(__name__)

HTTP_CODES = {
    400: "invalid_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    410: "gone",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "invalid_request",
    429: "rate_limited",
    500: "internal_error",
    503: "dependency_down",
}


class APIError(Exception):
    """Base of every error a service raises on purpose; status and code come from the subclass."""

    status = 500
    code = "internal_error"
    message = "internal error"

    def __init__(
        self, message: str | None = None, details: dict[str, Any] | None = None, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(message or self.message)
        self.message = message or self.message
        self.details = details or {}
        self.headers = headers or {}


class InvalidRequest(APIError):
    status, code, message = 400, "invalid_request", "invalid request"


class Unauthorized(APIError):
    status, code, message = 401, "unauthorized", "missing or invalid API key"


class Forbidden(APIError):
    status, code, message = 403, "forbidden", "this key lacks the scope for this action"


class NotFound(APIError):
    status, code = 404, "not_found"

    def __init__(self, resource: str = "resource", ident: Any = None, details: dict[str, Any] | None = None) -> None:
        msg = f"{resource} {ident!r} not found" if ident is not None else f"{resource} not found"
        super().__init__(msg, details or ({resource: ident} if ident is not None else {}))


class Conflict(APIError):
    status, code, message = 409, "conflict", "conflict"


class VersionConflict(APIError):
    status, code, message = 409, "version_conflict", "version conflict"


class InvalidState(APIError):
    status, code, message = 409, "invalid_state", "operation not valid in the current state"


class HasDependencies(APIError):
    status, code, message = 409, "resource_has_dependencies", "resource has dependencies"


class Gone(APIError):
    status, code, message = 410, "gone", "gone"


class PayloadTooLarge(APIError):
    status, code, message = 413, "payload_too_large", "request body too large"


class IdempotencyMismatch(APIError):
    status, code, message = 422, "idempotency_mismatch", "idempotency key reused with a different request"


class DependencyDown(APIError):
    status, code, message = 503, "dependency_down", "a backing service is unavailable"


def error_response(
    status: int, code: str, message: str, details: Any = None, headers: dict[str, str] | None = None
) -> Response:
    """Build the documented error body with the request id."""
    body = {"error": code, "message": message, "details": details or {}, "request_id": getattr(g, "request_id", None)}
    resp = jsonify(body)
    resp.status_code = status
    for key, value in (headers or {}).items():
        resp.headers[key] = value
    return resp


def _handle_api_error(exc: APIError) -> Response:
    return error_response(exc.status, exc.code, exc.message, exc.details, exc.headers)


def _handle_http_exception(exc: HTTPException) -> Response:
    status = exc.code or 500
    data = getattr(exc, "data", None) or {}
    details = data.get("messages") or {}
    if status == 422 and details:  # webargs/marshmallow validation: the documented 400
        return error_response(400, "invalid_request", "request validation failed", details)
    message = exc.description if isinstance(exc.description, str) else HTTP_CODES.get(status, "error")
    if status == 429:
        message = f"rate limit exceeded ({exc.description})"
    code = HTTP_CODES.get(status, "error")
    headers = {k: v for k, v in exc.get_headers() if k.lower() != "content-type"}
    return error_response(status, code, message, headers=headers)


def _handle_unexpected(exc: Exception) -> Response:
    if isinstance(exc, IntegrityError):  # a race lost outside the API views' own retry
        return error_response(
            409, "conflict", "a concurrent request changed the same resource; retry", {"reason": "concurrent_write"}
        )
    if isinstance(exc, (redis.ConnectionError, redis.TimeoutError)):
        return error_response(503, "dependency_down", "redis is unavailable", {"dependency": "redis"})
    if isinstance(exc, (OperationalError, InterfaceError)):
        return error_response(503, "dependency_down", "database is unavailable", {"dependency": "database"})
    log.exception("unhandled error on %s %s", request.method, request.path)
    return error_response(500, "internal_error", "internal error")


def register_error_handlers(app: Flask) -> None:
    """Route every exception on every path to the JSON error shape."""
    app.register_error_handler(APIError, _handle_api_error)
    app.register_error_handler(HTTPException, _handle_http_exception)
    app.register_error_handler(Exception, _handle_unexpected)
