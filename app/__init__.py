"""DataJetty: publish, freeze, deliver and show structured data."""

import logging
import time
import uuid

import redis
from flask import g, request

from app.config import BASE_DIR, load_config

request_log = logging.getLogger("datajetty.request")


def _request_id():
    from app.core import logs

    g.started = time.perf_counter()
    incoming = request.headers.get("X-Request-Id", "")
    g.request_id = incoming if 0 < len(incoming) <= 255 else "req_" + uuid.uuid4().hex
    logs.request_id.set(g.request_id)


def _echo_request_id(response):
    response.headers["X-Request-Id"] = g.get("request_id") or "req_" + uuid.uuid4().hex
    return response


def _forget_request_id(_exc):
    from app.core import logs

    logs.request_id.set(None)  # this thread's later lines (and jobs it queues) belong to no request


def _log_request(response):
    """One line and one metrics sample per request, by route template (never the raw path)."""
    from app.core import logs, metrics

    seconds = time.perf_counter() - g.get("started", time.perf_counter())
    route = request.url_rule.rule if request.url_rule else "<unmatched>"
    metrics.observe_request(request.method, route, response.status_code, seconds)
    tenant = g.get("tenant")
    logs.event(
        request_log,
        "request",
        method=request.method,
        route=route,
        status=response.status_code,
        duration_ms=round(seconds * 1000, 1),
        request_id=g.get("request_id"),
        tenant=tenant.id if tenant is not None else None,
    )
    return response


def _connect_redis(app):
    url = app.config["REDIS_URL"]
    options = {"socket_connect_timeout": 1, "socket_timeout": 10}
    if not url:  # the embedded Redis under VAR_DIR, started only once something uses it
        from app.core.embedded_redis import lazy_client, planned_url

        app.config["REDIS_URL"] = planned_url(app.config["VAR_DIR"])
        app.extensions["redis"] = lazy_client(app.config["VAR_DIR"], **options)
        return
    app.extensions["redis"] = redis.Redis.from_url(url, **options)


def _sqlite_pragmas(app):
    """WAL lets the web app read while a worker writes; busy_timeout waits instead of failing."""
    from sqlalchemy import event

    from app.extensions import db

    engine = db.engine
    if engine.dialect.name != "sqlite":
        return

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.close()


def _register_blueprints(app, api):
    from app.core import docs_assets, health, metrics
    from app.store import routes as store_routes
    from app.web import (  # noqa: F401  (pages on views.bp)
        admin_pages,
        dashboard_editor,
        datasets,
        export_pages,
        schema_pages,
        snapshot_pages,
        views,
    )
    from app.web.rq_admin import mount_rq_dashboard

    app.register_blueprint(health.bp)
    app.register_blueprint(docs_assets.bp)
    app.register_blueprint(metrics.bp)
    app.register_blueprint(store_routes.public)
    app.register_blueprint(views.bp)
    mount_rq_dashboard(app)
    for blp in _api_blueprints():
        api.register_blueprint(blp)


def _api_blueprints():
    import app.core.models  # noqa: F401  (tables for migrations)
    from app.core import account, audit
    from app.dashboards import routes as dashboards
    from app.exports import routes as exports
    from app.exports import subscription_routes
    from app.maintenance import models as _maintenance_models  # noqa: F401
    from app.maintenance import routes as maintenance
    from app.publishing import delegate_routes, domain_routes
    from app.publishing import recovery_routes as recovery
    from app.publishing import routes as publishing
    from app.publishing.bulk import routes as bulk_routes
    from app.store import routes as store

    return [
        account.blp,
        audit.blp,
        publishing.blp,
        recovery.blp,
        domain_routes.blp,
        delegate_routes.blp,
        bulk_routes.blp,
        bulk_routes.imports,
        store.blp,
        exports.admin_blp,
        exports.blp,
        subscription_routes.blp,
        maintenance.blp,
        dashboards.blp,
    ]


def create_app(config=None):
    """Build the app from environment settings, with `config` overriding them."""
    from app.core import audit, auth, idempotency, logs, pool
    from app.core.api import Api
    from app.core.bodies import guard_json_body
    from app.core.cli import keys_cli, operators_cli, tenants_cli
    from app.core.errors import register_error_handlers
    from app.core.flask_app import App
    from app.core.ratelimit import add_ratelimit_headers, init_limiter
    from app.core.urls import install_proxy_fix
    from app.extensions import db, migrate
    from app.web import session as web_session

    app = App(__name__, template_folder=str(BASE_DIR / "templates"))
    app.config.update(load_config(config))
    logs.configure(app.config["LOG_FORMAT"], app.config["LOG_LEVEL"])
    app.json.sort_keys = False  # type: ignore[attr-defined]  # keep schema property order (the CSV column order)
    _connect_redis(app)
    app.config["MAX_CONTENT_LENGTH"] += 1 << 20  # multipart overhead; the file itself is capped at 100 MB

    app.config["SQLALCHEMY_ENGINE_OPTIONS"] = pool.sized(app.config)
    db.init_app(app)
    with app.app_context():
        _sqlite_pragmas(app)
        pool.ping_when_idle(db.engine)
    migrate.init_app(app, db, directory=str(BASE_DIR / "migrations"))
    app.before_request(_request_id)
    app.after_request(_log_request)  # registered first, runs last: sees the final status
    app.before_request(auth.load_request_key)
    app.before_request(web_session.load_for_pages)
    init_limiter(app)  # after auth, so limits key on the tenant
    app.before_request(guard_json_body)
    app.before_request(idempotency.begin)
    app.after_request(idempotency.finish)
    app.after_request(audit.record)
    app.after_request(add_ratelimit_headers)
    app.after_request(_echo_request_id)
    app.teardown_request(idempotency.release_on_error)
    app.teardown_request(_forget_request_id)
    api = Api(app)
    app.extensions["api"] = api
    register_error_handlers(app)
    _register_blueprints(app, api)
    install_proxy_fix(app)
    app.cli.add_command(tenants_cli)
    app.cli.add_command(keys_cli)
    app.cli.add_command(operators_cli)
    return app
