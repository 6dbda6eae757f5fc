"""The base of every 2xx body schema, the seeds' envelopes and the wire formats they share."""

from typing import Any

import marshmallow as ma
from flask import current_app, has_app_context


class ResponseSchema(ma.Schema):
    """Base of every 2xx body schema. Marshmallow drops keys a schema does not declare; under TESTING
    such a key fails the request instead, so the suite proves each schema names every field sent."""

    @ma.pre_dump
    def _declared_only(self, obj: Any, **_: Any) -> Any:
        if isinstance(obj, dict) and has_app_context() and current_app.config.get("TESTING"):
            declared = {field.attribute or name for name, field in self.fields.items()}
            extra = sorted(set(obj) - declared)
            if extra:
                raise TypeError(f"{type(self).__name__} does not declare {extra}")
        return obj


def envelope(
    name: str, data: Any, *, doc: str | None = None, status: bool = False, extra: dict[str, Any] | None = None
) -> type[ResponseSchema]:
    """A seed envelope `{message, data}` (or `{status, message, data}`) around `data` (a schema)."""
    attrs: dict[str, Any] = {"message": ma.fields.String(required=True), "data": ma.fields.Nested(data, required=True)}
    if status:
        attrs["status"] = ma.fields.String(required=True, metadata={"example": "success"})
    attrs.update(extra or {})
    attrs["__doc__"] = doc or f"`{{message, data}}` around {getattr(data, '__name__', 'a ' + type(data).__name__)}"
    return type(name, (ResponseSchema,), attrs)


def iso_time(metadata: dict[str, Any] | None = None, **kwargs: Any) -> ma.fields.String:
    """A UTC time on the wire (`2026-11-23T10:00:00Z`), as the services render it."""
    return ma.fields.String(metadata={"format": "date-time", **(metadata or {})}, **kwargs)


class PaginationSchema(ResponseSchema):
    page = ma.fields.Integer(required=True)
    limit = ma.fields.Integer(required=True)
    total = ma.fields.Integer(required=True)
    pages = ma.fields.Integer(required=True)


class WindowMetaSchema(ResponseSchema):
    """The `meta` of an /api/v1 list (core/pagination.list_meta)."""

    request_id = ma.fields.String(required=True)
    total = ma.fields.Integer(required=True)
    offset = ma.fields.Integer(required=True)
    limit = ma.fields.Integer(required=True)
