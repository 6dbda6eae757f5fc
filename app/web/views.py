"""Browser pages: sign in with an API key, dashboards, sharing, datasets, snapshots, uploads; /s/<token>."""

from dataclasses import replace

from flask import Blueprint, abort, flash, g, jsonify, make_response, redirect, render_template, request, url_for
from markupsafe import Markup

from app.core import delegation
from app.core.auth import actor, create_api_key, revoke_tenant_key, tenant_keys
from app.core.db import reload, utcnow
from app.core.errors import APIError, InvalidRequest, NotFound
from app.core.models import SCOPES, Tenant
from app.core.urls import public_url
from app.dashboards import renderer, service, shares
from app.dashboards.models import Dashboard
from app.extensions import db
from app.publishing import delegates
from app.publishing.bulk import jobs as bulk
from app.publishing.bulk.routes import failed_rows_response
from app.publishing.bulk.tasks import enqueue_job
from app.store import service as store
from app.store import snapshots as snapshot_service
from app.web import session as web_session
from app.web.forms import act, error_page, require, said
from app.web.session import safe_next

bp = Blueprint("ui", __name__)
PUBLIC = {"ui.login", "ui.shared", "ui.home"}


@bp.before_request
def _require_session():
    web_session.load_session()
    if request.endpoint in PUBLIC:
        return None
    signing_out = request.endpoint == "ui.logout" and g.get("operator") is not None  # from /rq's bar
    if g.session_user is None and not signing_out:
        return redirect(url_for("ui.login", next=request.path))
    if request.method == "POST" and not web_session.csrf_ok():
        abort(
            make_response(
                render_template("pages/error.html", status=400, message="Form expired; reload the page."), 400
            )
        )
    if g.session_user is not None:
        _as_delegate()
    return None


# form fields that may name a delegated namespace's dataset (as the API routes' delegate_by do)
DELEGATE_FIELDS = {"ui.build_snapshot": ("dataset",), "ui.create_export": ("dataset",)}


def _as_delegate():
    """A page naming a namespace delegated to the signed-in key (by its path, or a field above) acts in
    the owner's tenant, as the API does; the page's write forms then follow the grant, not the key."""
    if delegation.admit_delegate((), DELEGATE_FIELDS.get(request.endpoint or "", ())):
        held = delegation.held(g.api_key, g.delegation)
        g.session_user = replace(g.session_user, scopes=frozenset(held))


@bp.app_context_processor
def _template_globals():
    return {"session_user": g.get("session_user"), "csrf_token": g.get("csrf")}


@bp.get("/")
def home():
    return redirect(url_for("ui.dashboards"))


@bp.route("/login", methods=["GET", "POST"])
def login():
    error = None
    if request.method == "POST":
        signed = web_session.sign_in(request.form.get("api_key", ""))
        if signed:
            home = "/rq/" if signed[2] else url_for("ui.dashboards")  # operators have no tenant pages
            response = redirect(safe_next(request.args.get("next", "")) or home)
            return web_session.set_cookie(response, signed[0])
        error = "That API key is unknown or revoked."
    return render_template("pages/login.html", error=error), 401 if error else 200


@bp.post("/logout")
def logout():
    web_session.sign_out()
    response = redirect(url_for("ui.login"))
    response.delete_cookie(web_session.COOKIE)
    return response


@bp.get("/dashboards")
def dashboards():
    items, _ = service.list_dashboards(session=db.session, tenant=g.tenant, offset=0, limit=100)
    return render_template("pages/dashboards.html", dashboards=items)


@bp.get("/dashboards/<slug>")
def dashboard(slug):
    filters = {k: v for k, v in request.args.items() if v != ""}
    try:
        dash = service.get_dashboard(session=db.session, tenant=g.tenant, slug=slug)
        row = service.get_version(session=db.session, dashboard=dash, version=dash.published_version)
        html, version, _ = renderer.render(session=db.session, tenant=g.tenant, slug=slug, filters=filters)
    except APIError as exc:
        return error_page(exc)
    links = shares.list_shares(session=db.session, tenant=g.tenant, dashboard_id=slug)
    return render_template(
        "pages/dashboard.html",
        dash=dash,
        layout=row.layout,
        body=Markup(html),
        filters=filters,
        links=links,
        version=version,
        now=utcnow(),
    )


@bp.post("/dashboards/<slug>/share")
def share(slug):
    try:
        filters = {k[len("filter.") :]: v for k, v in request.form.items() if k.startswith("filter.") and v}
        link, token = shares.create_share(
            session=db.session,
            tenant=g.tenant,
            dashboard_id=slug,
            expires_in_s=int(request.form.get("expires_in_s", 3600)),
            filters=filters,
            actor=actor(),
        )
        db.session.commit()
        flash(public_url(f"/s/{token}"), "share-url")  # shown once, beside a Copy button
    except NotFound:
        abort(404)  # not this tenant's dashboard: as its page answers
    except (APIError, ValueError) as exc:
        flash(f"Could not create the link: {getattr(exc, 'message', exc)}")
    return redirect(url_for("ui.dashboard", slug=slug, _anchor="share"))


@bp.post("/shares/<share_id>/revoke")
def revoke(share_id):
    shares.revoke_share(session=db.session, tenant=g.tenant, share_id=share_id)  # NotFound: 404
    db.session.commit()
    flash("Share link revoked.")
    return redirect(safe_next(request.form.get("back", "")) or url_for("ui.dashboards"), code=303)


@bp.get("/datasets")
def datasets():
    rows, total = store.list_datasets(session=db.session, tenant=g.tenant, offset=0, limit=100)
    shared = delegates.shared_registries(session=db.session, key=g.api_key)
    return render_template("pages/datasets.html", rows=rows, total=total, shared=shared)


@bp.get("/snapshots")
def snapshots():
    items, total = snapshot_service.list_snapshots(session=db.session, tenant=g.tenant, offset=0, limit=100)
    return render_template("pages/snapshots.html", items=items, total=total)


@bp.get("/jobs")
def jobs():
    items, pagination = bulk.list_jobs(session=db.session, tenant=g.tenant, page=1, limit=50)
    registries, _ = store.list_datasets(session=db.session, tenant=g.tenant, offset=0, limit=100)
    return render_template("pages/jobs.html", jobs=items, pagination=pagination, registries=registries)


@bp.post("/jobs")
def upload():
    """The upload form: one CSV into one of the tenant's live registries, as `POST /dedi/bulk-upload`
    takes it; the job then shows on this page with live progress."""

    def step():
        if not g.session_user.can_publish:
            raise InvalidRequest("this key cannot publish: sign in with a key that has the publish scope")
        namespace, _, registry = request.form.get("registry", "").partition("/")
        upload = request.files.get("file")
        if upload is None or not upload.filename:
            raise InvalidRequest("choose a CSV file to upload")
        job = bulk.create_job(
            session=db.session,
            tenant=g.tenant,
            namespace=namespace,
            registry_name=registry,
            upload=upload,
            record_name_field=request.form.get("record_name_field") or None,
            publish=request.form.get("publish", "true") == "true",
            actor=actor(),
        )
        enqueue_job(job)
        return f"Upload accepted: {job.total_rows:,} rows are being imported into {namespace}/{registry}."

    return act(step, url_for("ui.jobs"), "Could not upload")


def _admin_only():
    require(g.session_user.is_admin, "Keys are an admin's.")


@bp.get("/keys")
def keys():
    """The tenant's API keys, a form to make one (shown once) and a revoke button per live key."""
    _admin_only()
    return _keys_page()


def _keys_page(made=None, token=None, status=200):
    listed = tenant_keys(session=db.session, tenant=g.tenant)
    return render_template("pages/keys.html", keys=listed, scopes=SCOPES, made=made, token=token), status


@bp.post("/keys")
def create_key():
    """Make a key; its token is on this answer only (never stored, never in a redirect or a cookie)."""
    _admin_only()
    namespaces = [n.strip() for n in request.form.get("namespaces", "").split(",") if n.strip()]
    try:
        key, token = create_api_key(
            session=db.session,
            tenant=g.tenant,
            scopes=request.form.getlist("scopes"),
            owner=request.form.get("owner") or None,
            namespaces=namespaces or None,
        )
        db.session.commit()
    except APIError as exc:
        db.session.rollback()
        flash(said(f"Could not create the key: {exc.message}"))
        return redirect(url_for("ui.keys"), code=303)
    return _keys_page(made=key, token=token, status=201)


@bp.post("/keys/<key_id>/revoke")
def revoke_key(key_id):
    _admin_only()
    revoke_tenant_key(session=db.session, tenant=g.tenant, key_id=key_id)  # NotFound: 404
    db.session.commit()
    flash("Key revoked: it answers 401 from now on.")
    return redirect(url_for("ui.keys"), code=303)


@bp.get("/jobs/<job_id>.json")
def job_progress(job_id):
    try:
        return jsonify(bulk.job_dict(bulk.get_job(session=db.session, tenant=g.tenant, job_id=job_id)))
    except APIError as exc:
        return jsonify(error=exc.code), exc.status


@bp.get("/jobs/<job_id>/failed.csv")
def job_failed_rows(job_id):
    """The upload's failed rows, downloaded with the browser session (the API link needs a key)."""
    try:
        return failed_rows_response(bulk.get_job(session=db.session, tenant=g.tenant, job_id=job_id))
    except APIError as exc:
        return error_page(exc)


@bp.get("/s/<token>")
def shared(token):
    """A share link: the frozen dashboard version with its fixed filters, read-only, no sign-in."""
    try:
        link = shares.resolve_token(session=db.session, token=token)
        dash = reload(db.session, Dashboard, link.dashboard_id)
        tenant = reload(db.session, Tenant, link.tenant_id)
        html, version, _ = renderer.render(
            session=db.session, tenant=tenant, slug=dash.slug, version=link.version, fixed_filters=link.filters
        )
    except APIError as exc:
        return error_page(exc)
    response = make_response(render_template("pages/shared.html", body=Markup(html), link=link, dash=dash))
    response.headers["Cache-Control"] = "private, no-store"
    response.headers["Referrer-Policy"] = "no-referrer"
    return response
