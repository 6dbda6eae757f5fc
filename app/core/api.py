"""Project-wide flask-smorest tweaks: the error schema, bearer security and the auth decorator (scopes,
operationId, description, documented errors, and the guards in core/guards.py)."""

import textwrap
from collections.abc import Callable
from functools import wraps
from typing import Any

import flask_smorest
import marshmallow as ma
from flask import Flask
from flask_smorest.spec.plugins import FlaskPlugin
from werkzeug.exceptions import HTTPException

from app.core import delegation
from app.core.errors import HTTP_CODES, _handle_http_exception
from app.core.guards import declared_query, refuse_unknown_query, run_settling_races
from app.core.public import admit_anonymous

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


class ErrorSchema(ma.Schema):
    error = ma.fields.String(required=True)
    message = ma.fields.String()
    details = ma.fields.Dict()
    request_id = ma.fields.String(allow_none=True)


PATH_PARAMETERS: dict[str, dict[str, Any]] = {}


def document_path_parameter(name: str, **schema: Any) -> None:
    """Document every path parameter called `name` with `schema` beyond its converter's type (an area
    states what its parameter admits, e.g. the names a namespace may not have); call before the area's
    blueprint is registered."""
    PATH_PARAMETERS[name] = schema


class _DocumentedPathParameters(FlaskPlugin):
    def rule_to_params(self, rule: Any) -> list[dict[str, Any]]:
        params: list[dict[str, Any]] = super().rule_to_params(rule)
        for param in params:
            param["schema"].update(PATH_PARAMETERS.get(param["name"], {}))
        return params


class Api(flask_smorest.Api):
    ERROR_SCHEMA = ErrorSchema

    def init_app(self, app: Flask, *, spec_kwargs: dict[str, Any] | None = None) -> None:
        spec_kwargs = {"flask_plugin": _DocumentedPathParameters(), **(spec_kwargs or {})}
        super().init_app(app, spec_kwargs=spec_kwargs)
        self.spec.components.security_scheme(
            "bearerAuth", {"type": "http", "scheme": "bearer", "description": "DataJetty API key"}
        )

    def handle_http_exception(self, error: HTTPException) -> Any:
        return _handle_http_exception(error)


# the codes each status answers with: errors.HTTP_CODES, where 409 has several and 422 is the idempotency one
ERROR_CODES = {
    **HTTP_CODES,
    409: "conflict / version_conflict / invalid_state / resource_has_dependencies",
    422: "idempotency_mismatch",
}


def describe(fn: Callable[..., Any], scopes: tuple[str, ...], errors: tuple[int, ...]) -> str:
    """The operation's description: the view docstring's body, then the scope it needs and the errors
    it answers with (all in the one error shape), so /docs says what a caller must know."""
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


def _documentation_only(decorate: Callable[[Callable[..., Any]], Any]) -> Callable[[Callable[..., Any]], Any]:
    """A flask-smorest doc or alt_response decorator that leaves its documentation on the view and
    not its wrapper, a layer that only calls through on every request (a view has five or more, one
    per documented error: 2 % of a record lookup's instructions)."""

    def decorator(fn: Callable[..., Any]) -> Callable[..., Any]:
        fn._apidoc = decorate(fn)._apidoc  # type: ignore[attr-defined]
        return fn

    return decorator


class Blueprint(flask_smorest.Blueprint):
    def arguments(self, schema: Any, **kwargs: Any) -> Callable[[Callable[..., Any]], Any]:
        """As flask-smorest's, with a schema class made an instance once, here: webargs made one from the
        class on every request, deep-copying its fields (2-3 % of a lookup's CPU under load)."""
        return super().arguments(schema() if isinstance(schema, type) else schema, **kwargs)

    def doc(self, **kwargs: Any) -> Callable[[Callable[..., Any]], Any]:
        return _documentation_only(super().doc(**kwargs))

    def alt_response(self, *args: Any, **kwargs: Any) -> Callable[[Callable[..., Any]], Any]:
        return _documentation_only(super().alt_response(*args, **kwargs))

    def auth(
        self,
        *scopes: str,
        errors: tuple[int, ...] = (),
        public: bool = False,
        delegate_by: tuple[str, ...] = (),
    ) -> Callable[[Callable[..., Any]], Any]:
        """Require a bearer key holding one of `scopes`; document 401/403/429 and `errors`. With `public`,
        a caller without a key is admitted when the path names a public namespace's data (core/public.py).
        `delegate_by` names the query or body fields that may admit a delegate (core/delegation.py)."""

        def decorator(fn: Callable[..., Any]) -> Any:
            names, prefixes = declared_query(fn)

            @wraps(fn)
            def wrapper(*args: Any, **kwargs: Any) -> Any:
                if not (public and admit_anonymous()):
                    delegation.require(scopes, delegate_by)
                refuse_unknown_query(names, prefixes)
                return run_settling_races(fn, *args, **kwargs)

            wrapper.required_scopes = tuple(scopes)  # type: ignore[attr-defined]  # read by the scope sweep test
            wrapper.public = public  # type: ignore[attr-defined]  # read by the public-read sweep test

            description = describe(fn, scopes, errors)
            if public:
                description += (
                    "\n\nPublic read: without a key, this answers for a namespace its owner made public "
                    "(live data only; ANON_RATE_LIMIT per client address)."
                )
            security: list[dict[str, list[str]]] = [{"bearerAuth": []}, {}] if public else [{"bearerAuth": []}]
            # the view's name is its stable operationId (create_namespace, get_snapshot_progress, ...)
            wrapper = self.doc(security=security, operationId=fn.__name__, description=description)(wrapper)
            for code in sorted({400, 401, 403, 429, *errors}):
                wrapper = self.alt_response(
                    code, schema=ErrorSchema, description=ERROR_DESCRIPTIONS.get(code, "Error")
                )(wrapper)
            return wrapper

        return decorator
