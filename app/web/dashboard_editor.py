"""The dashboard editor in the browser: one datasource (a dataset, its grouping and metric) and up to
four widgets, by form, with a live preview of the unsaved definition; each save is a new version, and
any version can be published or restored. The definition is loaded by the API's DefinitionSchema and
saved by the service its route calls."""

from typing import Any

from flask import flash, g, redirect, render_template, request, url_for

from app.core.auth import actor
from app.core.errors import APIError, InvalidRequest
from app.core.owned import owned
from app.dashboards import renderer, service
from app.dashboards.models import Dashboard
from app.dashboards.schemas import METRICS, WIDGETS, DefinitionSchema
from app.extensions import db
from app.store import service as store
from app.web.forms import act, error_page, loaded, require, said
from app.web.views import bp

ROWS = 4  # widget rows in the form
WIDTHS = (3, 4, 6, 12)


def _editor_only() -> None:
    require(g.session_user.can_publish)


def _form_of(dash_id: str, layout: dict[str, Any], datasources: list[dict[str, Any]]) -> dict[str, Any]:
    """A saved definition as the form's values (the editor edits one datasource)."""
    ds = datasources[0] if datasources else {}
    metric = (ds.get("metrics") or [{"op": "count"}])[0]
    widgets = [
        {"type": w["type"], "title": w.get("title", ""), "x": w.get("x") or "", "width": w.get("width", 6)}
        for w in layout.get("widgets", [])
        if w.get("datasource") == ds.get("name")
    ]
    return {
        "dashboard_id": dash_id,
        "title": layout.get("title", ""),
        "dataset": ds.get("dataset", ""),
        "version": ds.get("version") or "",
        "group_by": ", ".join(ds.get("group_by", [])),
        "op": metric["op"],
        "field": metric.get("field") or "",
        "widgets": widgets + [{"type": "", "title": "", "x": "", "width": 6}] * (ROWS - len(widgets)),
        "more": len(datasources) > 1 or len(widgets) > ROWS,
    }


def _form_values() -> dict[str, Any]:
    form = request.form
    values: dict[str, Any] = {
        k: form.get(k, "").strip() for k in ("dashboard_id", "title", "dataset", "version", "group_by", "op")
    }
    values["field"] = form.get("field", "").strip()
    values["widgets"] = [
        {
            "type": form.get(f"w{i}.type", ""),
            "title": form.get(f"w{i}.title", "").strip(),
            "x": form.get(f"w{i}.x", "").strip(),
            "width": form.get(f"w{i}.width", "6"),
        }
        for i in range(ROWS)
    ]
    return values


def _definition(values: dict[str, Any]) -> dict[str, Any]:
    """The form's values as a definition the API would take; 400 naming what is wrong."""
    metric = {"op": values["op"] or "count", **({"field": values["field"]} if values["field"] else {})}
    datasource = {
        "name": "main",
        "dataset": values["dataset"],
        "group_by": [g.strip() for g in values["group_by"].split(",") if g.strip()],
        "metrics": [metric],
        **({"version": values["version"]} if values["version"] else {}),
    }
    widgets = [
        {
            "id": f"w{i + 1}",
            "type": w["type"],
            "title": w["title"],
            "datasource": "main",
            "width": int(w["width"]) if str(w["width"]).isdigit() else 6,
            **({"x": w["x"]} if w["x"] else {}),
        }
        for i, w in enumerate(values["widgets"])
        if w["type"]
    ]
    body = {
        "dashboard_id": values["dashboard_id"],
        "layout": {"title": values["title"], "widgets": widgets},
        "datasources": [datasource],
    }
    return loaded(DefinitionSchema(), body)


def _explained(exc: APIError) -> str:
    """An error's message and each path it names, for the form."""
    details = exc.details if isinstance(exc.details, dict) else {}
    flat = []

    def walk(prefix: str, value: Any) -> None:
        if isinstance(value, dict):
            for key, inner in value.items():
                walk(f"{prefix}.{key}" if prefix else str(key), inner)
        else:
            flat.append(f"{prefix}: {' '.join(map(str, value)) if isinstance(value, list) else value}")

    walk("", details)
    return said("; ".join([exc.message, *flat]))


def _page(values: dict[str, Any], *, dash: Any = None, versions: Any = (), preview: str | None = None, error=None):
    datasets, _ = store.list_datasets(session=db.session, tenant=g.tenant, offset=0, limit=100)
    page = render_template(
        "pages/dashboard_editor.html",
        values=values,
        dash=dash,
        versions=versions,
        preview=preview,
        error=error,
        datasets=[f"{ns}/{reg.name}" for reg, ns, _ in datasets],
        widgets=WIDGETS,
        metrics=METRICS,
        widths=WIDTHS,
    )
    return page, 400 if error else 200


@bp.get("/dashboards/new")
def new_dashboard() -> Any:
    _editor_only()
    blank = _form_of("", {"title": ""}, [])
    blank["widgets"][0] = {"type": "kpi", "title": "Records", "x": "", "width": 4}
    return _page(blank)


@bp.get("/dashboards/<slug>/edit")
def edit_dashboard(slug: str) -> Any:
    try:
        dash, versions = service.list_versions(session=db.session, tenant=g.tenant, slug=slug)
    except APIError as exc:
        return error_page(exc)
    _editor_only()
    current = versions[-1] if versions else None
    values = _form_of(slug, current.layout if current else {}, current.datasources if current else [])
    return _page(values, dash=dash, versions=list(reversed(versions)))


@bp.post("/dashboards/preview")
def preview_dashboard() -> Any:
    """The unsaved definition rendered, for the editor's preview (an HTML fragment, or the reason)."""
    _editor_only()
    try:
        body = _definition({**_form_values(), "dashboard_id": request.form.get("dashboard_id") or "preview"})
        html = renderer.preview(session=db.session, tenant=g.tenant, **body)
    except APIError as exc:
        return render_template("pages/_preview_error.html", message=_explained(exc)), 400
    return html


@bp.post("/dashboards/save")
def save_dashboard() -> Any:
    """Save the form as the dashboard's next version (its first creates it)."""
    _editor_only()
    values = _form_values()
    slug = values["dashboard_id"]
    try:
        existing = db.session.scalar(owned(Dashboard, g.tenant).filter_by(slug=slug))
        if existing is not None and request.form.get("editing") != slug:
            raise InvalidRequest(f"a dashboard {slug!r} exists already: open it to edit, or pick another id")
        dash = service.save_definition(session=db.session, tenant=g.tenant, actor=actor(), **_definition(values))
        db.session.commit()
    except APIError as exc:
        db.session.rollback()
        if exc.status == 404:
            return error_page(exc)
        return _page(values, error=_explained(exc))
    flash(f"Saved as version {dash.current_version}. Publish it to make it what the dashboard and new links show.")
    return redirect(url_for("ui.edit_dashboard", slug=dash.slug), code=303)


@bp.post("/dashboards/<slug>/versions/<int:version>/publish")
def publish_dashboard_version(slug: str, version: int) -> Any:
    """Publish a version: what the dashboard page and new share links show."""
    return _on_version(slug, version, "publish")


@bp.post("/dashboards/<slug>/versions/<int:version>/restore")
def restore_dashboard_version(slug: str, version: int) -> Any:
    """Restore a version as the dashboard's next one (history is never rewritten)."""
    return _on_version(slug, version, "restore")


def _on_version(slug: str, version: int, action: str) -> Any:
    try:
        service.get_dashboard(session=db.session, tenant=g.tenant, slug=slug)  # 404 before 403
    except APIError as exc:
        return error_page(exc)
    _editor_only()

    def step() -> str:
        if action == "publish":
            service.publish_version(session=db.session, tenant=g.tenant, slug=slug, version=version)
            return f"Version {version} is published."
        who = actor()
        dash = service.restore_version(session=db.session, tenant=g.tenant, slug=slug, version=version, actor=who)
        return f"Version {version} restored as version {dash.current_version} (not yet published)."

    return act(step, url_for("ui.edit_dashboard", slug=slug), "Not done")
