"""Browser pages of one dataset: its records (filter, sort, search, page), one record with its history
(revoke, with confirmation), the registry's versions with a diff between any two, and its state (make
inactive or live again). Each calls the service its API route calls, as the signed-in key."""

import math
from typing import Any

from flask import g, render_template, request, url_for

from app.core.auth import actor
from app.core.errors import APIError, InvalidRequest
from app.extensions import db
from app.publishing import reads, records, states
from app.publishing.diff import diff_versions
from app.publishing.service import get_registry
from app.web.forms import act, error_page, require, said
from app.web.views import bp

PAGE = 25
SCALARS = ("string", "integer", "number", "boolean")
SORTS = ("name", "-name", "updated", "-updated")


def _columns(schema: dict[str, Any]) -> list[tuple[str, str]]:
    """(property, type) of the schema's top-level scalar properties: the filter fields and columns."""
    props = (schema or {}).get("properties") or {}
    typed = ((name, spec.get("type") if isinstance(spec, dict) else None) for name, spec in props.items())
    return [(name, kind) for name, kind in typed if kind in SCALARS]


def _filters(columns: list[tuple[str, str]]) -> tuple[dict[str, str], dict[str, str]]:
    """(the form's values by property, the query's filters): text matches by part, the rest exactly."""
    given = {name: request.args.get(f"f.{name}", "").strip() for name, _ in columns}
    kinds = dict(columns)
    query = {(f"{n}[contains]" if kinds[n] == "string" else n): v for n, v in given.items() if v}
    return given, query


def _missing(namespace: str, registry_name: str) -> Any:
    """The error page when the registry is not the caller's to see (404 before any 403), else None."""
    try:
        get_registry(session=db.session, tenant=g.tenant, namespace=namespace, name=registry_name)
    except APIError as exc:
        return error_page(exc)
    return None


@bp.get("/datasets/<namespace>/<registry_name>")
def dataset(namespace: str, registry_name: str) -> Any:
    """The dataset's records, as `GET /dedi/query/{namespace}/{registry_name}` answers them."""
    try:
        reg = get_registry(session=db.session, tenant=g.tenant, namespace=namespace, name=registry_name)
    except APIError as exc:
        return error_page(exc)
    columns = _columns(reg.schema)
    given, filters = _filters(columns)
    sort = request.args.get("sort") or "name"
    state = request.args.get("state") or "live"
    page = max(1, request.args.get("page", 1, type=int) or 1)
    error, items, total = None, [], 0
    try:
        _, version, items, pagination, _ = reads.query_records(
            session=db.session,
            tenant=g.tenant,
            namespace=namespace,
            registry_name=registry_name,
            page=page,
            limit=PAGE,
            q=request.args.get("q") or None,
            state=state,
            sort=sort,
            filters=filters,
        )
        total = pagination["total"]
    except APIError as exc:
        version, error = reg.data_version, said(exc.message)
    sorts = [*SORTS, *(f"{d}details.{n}" for n, _ in columns for d in ("", "-"))]
    return render_template(
        "pages/dataset.html",
        reg=reg,
        namespace=namespace,
        columns=columns[:4],
        all_columns=columns,
        given=given,
        items=items,
        total=total,
        page=page,
        pages=max(1, math.ceil(total / PAGE)),
        version=version,
        state=state,
        sort=sort,
        sorts=sorts,
        q=request.args.get("q", ""),
        error=error,
        args={k: v for k, v in request.args.items() if k != "page"},
    )


@bp.get("/datasets/<namespace>/<registry_name>/records/<record_name>")
def record(namespace: str, registry_name: str, record_name: str) -> Any:
    """One record as `lookup` answers it, with every published version of it."""
    try:
        reg, row, state = reads.lookup_record(
            session=db.session, tenant=g.tenant, namespace=namespace, registry_name=registry_name, name=record_name
        )
        try:
            _, history = reads.record_history(
                session=db.session, tenant=g.tenant, namespace=namespace, registry_name=registry_name, name=record_name
            )
        except APIError:
            history = []  # a draft never published has no history yet
    except APIError as exc:
        return error_page(exc)
    return render_template("pages/record.html", reg=reg, namespace=namespace, row=row, state=state, history=history)


@bp.post("/datasets/<namespace>/<registry_name>/records/<record_name>/revoke")
def revoke_record(namespace: str, registry_name: str, record_name: str) -> Any:
    """Revoke a live record (a new version) or delete a draft, once the form's confirmation is ticked."""
    if (missing := _missing(namespace, registry_name)) is not None:
        return missing
    require(g.session_user.can_publish)

    def step() -> str:
        if request.form.get("confirm") != "yes":
            raise InvalidRequest("tick the confirmation to revoke the record")
        _, version = records.revoke_record(
            session=db.session,
            tenant=g.tenant,
            namespace=namespace,
            registry_name=registry_name,
            name=record_name,
            actor=actor(),
        )
        return f"Record revoked in version v{version}." if version else "Draft deleted."

    back = url_for("ui.record", namespace=namespace, registry_name=registry_name, record_name=record_name)
    return act(step, back, "Could not revoke")


@bp.post("/datasets/<namespace>/<registry_name>/state")
def registry_state(namespace: str, registry_name: str) -> Any:
    """Make a live registry inactive (it answers reads, takes no writes) or live again, confirmed."""
    if (missing := _missing(namespace, registry_name)) is not None:
        return missing
    require(g.session_user.can_publish)

    def step() -> str:
        action = request.form.get("action", "")
        if action not in states.TRANSITIONS or request.form.get("confirm") != "yes":
            raise InvalidRequest("choose an action and tick the confirmation")
        states.change_state(
            session=db.session,
            tenant=g.tenant,
            namespace=namespace,
            registry_name=registry_name,
            action=action,
            actor=actor(),
        )
        return "The registry is inactive: reads answer, writes wait." if action == "inactivate" else "Live again."

    return act(
        step, url_for("ui.dataset", namespace=namespace, registry_name=registry_name), "Could not change the state"
    )


@bp.get("/datasets/<namespace>/<registry_name>/versions")
def versions(namespace: str, registry_name: str) -> Any:
    """The registry's version history and, with `from` and `to`, what changed between the two."""
    try:
        reg, history = reads.version_history(
            session=db.session, tenant=g.tenant, namespace=namespace, registry_name=registry_name
        )
    except APIError as exc:
        return error_page(exc)
    diff, error = None, None
    to = request.args.get("to")
    if to:
        try:
            diff = diff_versions(
                session=db.session,
                tenant=g.tenant,
                namespace=namespace,
                registry_name=registry_name,
                to=to,
                from_=request.args.get("from") or None,
                page=max(1, request.args.get("page", 1, type=int) or 1),
                limit=50,
            )
        except APIError as exc:
            error = said(exc.message)
    return render_template("pages/versions.html", reg=reg, namespace=namespace, history=history, diff=diff, error=error)
