"""What every browser page shares: an error said with the request id, the error page, the scope a page
needs, a form body loaded by the API's own schema, and one change run from a form (commit and say so,
or roll back and say why)."""

from collections.abc import Callable
from typing import Any

from flask import abort, flash, g, make_response, redirect, render_template
from marshmallow import Schema, ValidationError

from app.core.errors import APIError, InvalidRequest
from app.extensions import db


def said(message: str) -> str:
    """A message with the request id, so a user can quote it."""
    return f"{message} (request {g.get('request_id')})"


def error_page(exc: APIError) -> tuple[str, int]:
    return render_template("pages/error.html", status=exc.status, message=said(exc.message)), exc.status


def require(allowed: bool, message: str = "This key's scopes do not allow it.") -> None:
    """403 with the error page unless `allowed` (the signed-in key's scopes, or a delegate's grant)."""
    if not allowed:
        abort(make_response(render_template("pages/error.html", status=403, message=message), 403))


def loaded(schema: Schema, data: dict[str, Any]) -> Any:
    """`data` loaded as the API would load it; 400 naming each field that is wrong."""
    try:
        return schema.load(data)
    except ValidationError as exc:
        fields = exc.messages if isinstance(exc.messages, dict) else {"form": exc.messages}
        reasons = "; ".join(f"{name}: {' '.join(map(str, why))}" for name, why in fields.items())
        raise InvalidRequest(reasons, fields) from None


def act(step: Callable[[], str], back: str, failing: str) -> Any:
    """Run one change from a form: commit and flash what `step` says it did, or roll back and flash
    `failing` with the reason and the request id; back to `back` either way."""
    try:
        done = step()
        db.session.commit()
        flash(done)
    except APIError as exc:
        db.session.rollback()
        flash(said(f"{failing}: {exc.message}"))
    return redirect(back, code=303)
