"""Browser pages that shape datasets: create a namespace and a registry (one of the pre-built tags, or a
JSON Schema typed into an editor checked as you type, draft 2020-12), and change a registry's schema
after reading the contract check (`dry_run`: breaking changes, records that would fail) first. The
bodies are loaded by the API's own schemas and handed to the services its routes call."""

import json
from typing import Any

from flask import flash, g, jsonify, redirect, render_template, request, url_for

from app.core.auth import actor
from app.core.errors import APIError, InvalidRequest
from app.core.owned import owned
from app.extensions import db
from app.publishing import indexes, service, tasks
from app.publishing.models import Namespace
from app.publishing.schemas import NamespaceCreateSchema, RegistryCreateSchema
from app.publishing.validation import TAGS, check_schema
from app.web.forms import error_page, loaded, require, said
from app.web.views import bp

STARTER = {
    "type": "object",
    "properties": {"id": {"type": "string"}, "name": {"type": "string"}},
    "required": ["id", "name"],
}


def _publisher_only() -> None:
    require(g.session_user.can_publish)


def _parsed(text: str) -> dict[str, Any]:
    try:
        schema = json.loads(text)
    except ValueError as exc:
        raise InvalidRequest(f"the schema is not JSON: {exc}") from None
    check_schema(schema)
    indexes.declared(schema)
    return schema


def _namespaces() -> list[str]:
    return list(db.session.scalars(owned(Namespace, g.tenant).with_only_columns(Namespace.name).order_by("name")))


@bp.get("/datasets/new")
def new_dataset() -> Any:
    """The form: a namespace (an existing one, or a new name), a registry, a tag or a schema."""
    _publisher_only()
    return _form({"schema": json.dumps(STARTER, indent=2), "kind": "custom"})


def _form(values: dict[str, str], error: str | None = None, status: int = 200) -> Any:
    page = render_template("pages/new_dataset.html", values=values, tags=TAGS, namespaces=_namespaces(), error=error)
    return page, status


@bp.post("/datasets/new")
def create_dataset() -> Any:
    """Create the namespace if it is new, then the registry in it; back to the form with the reason if not."""
    _publisher_only()
    form = {k: request.form.get(k, "").strip() for k in ("namespace", "namespace_description", "registry_name")}
    form |= {k: request.form.get(k, "") for k in ("description", "kind", "schema")}
    try:
        custom = form["kind"] == "custom"
        body = loaded(
            RegistryCreateSchema(),
            {
                "registry_name": form["registry_name"],
                "description": form["description"],
                "schema": _parsed(form["schema"]) if custom else None,
                "tag": None if custom else form["kind"],
            },
        )
        mine = owned(Namespace, g.tenant).filter_by(name=form["namespace"])
        if db.session.scalar(mine.with_only_columns(Namespace.id)) is None:
            described = {"name": form["namespace"], "description": form["namespace_description"]}
            made = loaded(NamespaceCreateSchema(), described)
            service.create_namespace(session=db.session, tenant=g.tenant, actor=actor(), **made)
        reg = service.create_registry(session=db.session, tenant=g.tenant, namespace=form["namespace"], **body)
        if indexes.declared(reg.schema):
            tasks.sync_indexes_later(db.session, reg)
        db.session.commit()
    except APIError as exc:
        db.session.rollback()
        return _form(form, said(exc.message), exc.status)
    flash(f"Created {form['namespace']}/{reg.name}: upload a CSV or publish records to make its first version.")
    return redirect(url_for("ui.dataset", namespace=form["namespace"], registry_name=reg.name), code=303)


@bp.post("/datasets/schema-check")
def schema_check() -> Any:
    """As the editor types: is the schema valid (draft 2020-12), and, for an existing registry, what its
    change would do (`dry_run`). Changes nothing; a publisher's, as the API's dry run is."""
    _publisher_only()
    namespace, registry = request.form.get("namespace"), request.form.get("registry_name")
    try:
        schema = _parsed(request.form.get("schema", ""))
        if namespace and registry:
            _, report = service.update_registry(
                session=db.session,
                tenant=g.tenant,
                namespace=namespace,
                name=registry,
                changes={"schema": schema},
                dry_run=True,
            )
            db.session.rollback()
            return jsonify(valid=True, message="valid JSON Schema", report=report)
    except APIError as exc:
        db.session.rollback()
        if exc.status == 404:
            return jsonify(valid=False, message=exc.message), 404
        return jsonify(valid=False, message=exc.message)
    return jsonify(valid=True, message="valid JSON Schema (draft 2020-12)", report=None)


@bp.get("/datasets/<namespace>/<registry_name>/schema")
def edit_schema(namespace: str, registry_name: str) -> Any:
    """The registry's schema in the editor; the contract check shows before anything is saved."""
    try:
        reg = service.get_registry(session=db.session, tenant=g.tenant, namespace=namespace, name=registry_name)
    except APIError as exc:
        return error_page(exc)
    _publisher_only()
    schema = json.dumps(reg.schema, indent=2)
    return render_template("pages/edit_schema.html", reg=reg, namespace=namespace, schema=schema)


@bp.post("/datasets/<namespace>/<registry_name>/schema")
def save_schema(namespace: str, registry_name: str) -> Any:
    """Save the schema as the registry's next contract; a breaking change needs `force` ticked."""
    back = url_for("ui.edit_schema", namespace=namespace, registry_name=registry_name)
    try:
        service.get_registry(session=db.session, tenant=g.tenant, namespace=namespace, name=registry_name)  # 404
        _publisher_only()
        reg, report = service.update_registry(
            session=db.session,
            tenant=g.tenant,
            namespace=namespace,
            name=registry_name,
            changes={"schema": _parsed(request.form.get("schema", ""))},
            force=request.form.get("force") == "yes",
        )
        tasks.sync_indexes_later(db.session, reg)
        db.session.commit()
    except APIError as exc:
        db.session.rollback()
        if exc.status == 404:
            return error_page(exc)
        flash(said(f"Not saved: {exc.message}"))
        return redirect(back, code=303)
    flash(f"Saved as contract {report['contract']}." if report else "No change: the schema is the same.")
    return redirect(url_for("ui.dataset", namespace=namespace, registry_name=registry_name), code=303)
