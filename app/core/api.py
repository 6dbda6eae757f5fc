"""Project-wide flask-smorest tweaks: the error schema, bearer security and the auth decorator."""

import time
from functools import wraps

import flask_smorest
import marshmallow as ma

ERROR_DESCRIPTIONS = {
    400: "Invalid request",
    401: "Missing or invalid API key",
    403: "Key lacks the needed scope",
    404: "Not found",
    409: "Conflict",
    410: "Gone",
    413: "Payload too large",
    422: "Idempotency key reused with a different body",
    429: "Rate limited",
    503: "A backing service is unavailable",
}


class ResponseSchema(ma.Schema):
    """Base of every 2xx body schema. Marshmallow drops keys a schema does not declare; under TESTING
    such a key fails the request instead, so the suite proves each schema names every field sent."""

    @ma.pre_dump
    def _declared_only(self, obj, **_):
        from flask import current_app, has_app_context

        if isinstance(obj, dict) and has_app_context() and current_app.config.get("TESTING"):
            declared = {field.attribute or name for name, field in self.fields.items()}
            extra = sorted(set(obj) - declared)
            if extra:
                raise TypeError(f"{type(self).__name__} does not declare {extra}")
        return obj


def envelope(name, data, *, doc=None, status=False, extra=None):
    """A seed envelope `{message, data}` (or `{status, message, data}`) around `data` (a schema)."""
    attrs = {"message": ma.fields.String(required=True), "data": ma.fields.Nested(data, required=True)}
    if status:
        attrs["status"] = ma.fields.String(required=True, metadata={"example": "success"})
    attrs.update(extra or {})
    attrs["__doc__"] = doc or f"`{{message, data}}` around {getattr(data, '__name__', 'a ' + type(data).__name__)}"
    return type(name, (ResponseSchema,), attrs)


def iso_time(metadata=None, **kwargs):
    """A UTC time on the wire (`2026-11-23T10:00:00Z`), as the services render it."""
    return ma.fields.String(metadata={"format": "date-time", **(metadata or {})}, **kwargs)


class PaginationSchema(ResponseSchema):
    page = ma.fields.Integer(required=True)
    limit = ma.fields.Integer(required=True)
    total = ma.fields.Integer(required=True)
    pages = ma.fields.Integer(required=True)


class ErrorSchema(ma.Schema):
    error = ma.fields.String(required=True)
    message = ma.fields.String()
    details = ma.fields.Dict()
    request_id = ma.fields.String(allow_none=True)


class Api(flask_smorest.Api):
    ERROR_SCHEMA = ErrorSchema

    def init_app(self, app, *, spec_kwargs=None):
        super().init_app(app, spec_kwargs=spec_kwargs)
        self.spec.components.security_scheme(
            "bearerAuth", {"type": "http", "scheme": "bearer", "description": "DataJetty API key"}
        )

    def handle_http_exception(self, error):
        from app.core.errors import _handle_http_exception

        return _handle_http_exception(error)


RACE_ATTEMPTS = 3


def declared_query(fn):
    """The query parameter names a view declares with @arguments(..., location="query"), and the
    prefixes its schemas take as families (QueryArgsSchema's `details.<path>` filters)."""
    names, prefixes = set(), ()
    for param in getattr(fn, "_apidoc", {}).get("arguments", {}).get("parameters", []):
        if param.get("in") != "query":
            continue
        schema = param["schema"]() if isinstance(param["schema"], type) else param["schema"]
        names |= {field.data_key or name for name, field in schema.fields.items()}
        prefixes += tuple(getattr(schema.Meta, "query_prefixes", ()))
    return frozenset(names), prefixes


def refuse_unknown_query(names, prefixes):
    """400 naming every query parameter the operation does not declare: a filter silently ignored
    is a wrong answer (DESIGN: strict inputs)."""
    from flask import request

    from app.core.errors import InvalidRequest

    unknown = sorted(k for k in request.args if k not in names and not k.startswith(prefixes or ("\0",)))
    if unknown:
        raise InvalidRequest(
            f"unknown query parameters {unknown}; this operation takes {sorted(names) or 'none'}",
            {name: ["unknown parameter"] for name in unknown},
        )


def run_settling_races(fn, *args, **kwargs):
    """Run a view; when a concurrent identical write wins a unique constraint (or SQLite's single
    writer) first, roll back and run it again, so the loser finds the winner's row and answers as a
    replay would. Still losing after RACE_ATTEMPTS is a 409 conflict, never a 500."""
    from flask import request
    from sqlalchemy.exc import IntegrityError, OperationalError

    from app.core.errors import Conflict
    from app.extensions import db

    retryable = request.method in ("POST", "PUT", "PATCH", "DELETE") and request.mimetype != "multipart/form-data"
    for attempt in range(1, RACE_ATTEMPTS + 1):
        try:
            return fn(*args, **kwargs)
        except (IntegrityError, OperationalError) as exc:
            if isinstance(exc, OperationalError) and not is_write_race(exc):
                raise
            db.session.rollback()
            if not retryable or attempt == RACE_ATTEMPTS:
                raise Conflict(
                    "a concurrent request changed the same resource; retry", {"reason": "concurrent_write"}
                ) from exc
            time.sleep(0.01 * attempt)


def is_write_race(exc):
    """SQLite's answer to two writers: the later one's snapshot is stale or the lock is busy."""
    text = str(getattr(exc, "orig", exc)).lower()
    return "database is locked" in text or "database is busy" in text


ERROR_CODES = {
    400: "invalid_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    409: "conflict / version_conflict / invalid_state / resource_has_dependencies",
    413: "payload_too_large",
    422: "idempotency_mismatch",
    429: "rate_limited",
    503: "dependency_down",
}


def describe(fn, scopes, errors):
    """The operation's description: the view docstring's body, then the scope it needs and the errors
    it answers with (all in the one error shape), so /docs says what a caller must know."""
    import textwrap

    body = textwrap.dedent((fn.__doc__ or "").partition("\n")[2]).strip()
    needs = " or ".join(f"`{s}`" for s in scopes) if scopes else "any scope"
    codes = sorted({400, 401, 403, 429, *errors})
    listed = "; ".join(f"{c} `{ERROR_CODES[c]}`" for c in codes if c in ERROR_CODES)
    tail = (
        f"**Scope:** a key holding {needs} (`admin` holds every scope). **Errors:** {listed}; every one "
        "answers `{error, message, details, request_id}`. Unknown query parameters are refused with 400. "
        "**Limits:** the tenant's rate limit (default 10 requests/s; 429 with Retry-After)."
    )
    return f"{body}\n\n{tail}" if body else tail


class Blueprint(flask_smorest.Blueprint):
    def auth(self, *scopes, errors=()):
        """Require a bearer key holding one of `scopes`; document 401/403/429 and `errors`."""
        from app.core.auth import require_scopes

        def decorator(fn):
            names, prefixes = declared_query(fn)

            @wraps(fn)
            def wrapper(*args, **kwargs):
                require_scopes(scopes)
                refuse_unknown_query(names, prefixes)
                return run_settling_races(fn, *args, **kwargs)

            wrapper.required_scopes = tuple(scopes)  # read by the scope sweep test

            # the view's name is its stable operationId (create_namespace, get_snapshot_progress, ...)
            wrapper = self.doc(
                security=[{"bearerAuth": []}], operationId=fn.__name__, description=describe(fn, scopes, errors)
            )(wrapper)
            for code in sorted({400, 401, 403, 429, *errors}):
                wrapper = self.alt_response(
                    code, schema=ErrorSchema, description=ERROR_DESCRIPTIONS.get(code, "Error")
                )(wrapper)
            return wrapper

        return decorator
