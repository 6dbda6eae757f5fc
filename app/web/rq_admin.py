"""The RQ worker dashboard (rq-dashboard) at /rq: for operators only, never a tenant's key."""

from flask import g, redirect, render_template, request, url_for
from rq import Worker
from rq.serializers import JSONSerializer

from app.core.errors import error_response
from app.core.jobs import QUEUES, get_queue, redis_conn
from app.core.operators import operator_for_token
from app.extensions import db
from app.web import session as web_session


def _refuse(status, message):
    if request.headers.get("Authorization") or request.path.endswith(".json"):
        return error_response(status, "forbidden" if status == 403 else "unauthorized", message)
    return render_template("pages/error.html", status=status, message=message), status


def operator_gate():
    """Every /rq URL (pages, JSON, assets, actions): an operator's bearer key or browser session;
    any tenant key, whatever its scopes, gets 403 and changes nothing."""
    header = request.headers.get("Authorization", "")
    if header:
        scheme, _, token = header.partition(" ")
        if scheme.lower() == "bearer" and operator_for_token(session=db.session, token=token.strip()):
            return _register_queues()
        if g.get("api_key") is not None:
            return _refuse(403, "The worker dashboard is for operators; tenant keys cannot open it.")
        return _refuse(401, "an operator key is required")
    web_session.load_session()
    if g.get("operator") is not None:
        return _register_queues()
    if g.get("session_user") is not None:
        return _refuse(403, "The worker dashboard is for operators; tenant keys cannot open it.")
    return redirect(url_for("ui.login", next=request.path))


def _register_queues():
    """RQ lists a queue only once something was enqueued on it: list every DataJetty queue."""
    redis_conn().sadd("rq:queues", *(get_queue(name).key for name in QUEUES))
    return None


class _JsonWorker(Worker):
    """rq's Worker, listing workers with DataJetty's JSON serializer. rq-dashboard lists them with rq's
    pickle default, so a worker in the middle of a job (a long import, say) made its Workers tab a 500:
    the current job could not be read."""

    @classmethod
    def all(cls, connection=None, job_class=None, queue_class=None, queue=None, serializer=None):
        return super().all(connection, job_class, queue_class, queue, serializer or JSONSerializer)


def mount_rq_dashboard(app):
    """Register rq-dashboard on this app's Redis, behind the operator gate."""
    import rq_dashboard
    from rq_dashboard import web as rq_web

    rq_web.config.serializer = JSONSerializer
    rq_web.Worker = _JsonWorker
    app.config.setdefault("RQ_DASHBOARD_REDIS_URL", [app.config["REDIS_URL"]])
    app.redis_conn = app.extensions["redis"]  # rq-dashboard's routes without an instance number read it
    blueprint = rq_dashboard.blueprint

    app.register_blueprint(blueprint, url_prefix="/rq")
    # the hooks go in this app's tables under the blueprint's name (the shared blueprint object cannot
    # take hooks per app): they run for its pages only, the gate before rq-dashboard's own
    app.before_request_funcs.setdefault(blueprint.name, []).insert(0, operator_gate)
    app.after_request_funcs.setdefault(blueprint.name, []).append(with_way_back)


def with_way_back(response):
    """rq-dashboard's pages know nothing of DataJetty: each HTML page gains a bar on top with the way
    back (the API docs) and, in a browser session, Sign out."""
    if response.status_code != 200 or response.mimetype != "text/html" or response.direct_passthrough:
        return response
    html = response.get_data(as_text=True)
    start = html.find("<body")
    end = html.find(">", start) + 1 if start >= 0 else 0
    if not end:
        return response
    bar = render_template("pages/_operator_bar.html", csrf=g.get("csrf") if g.get("operator") else None)
    response.set_data(html[:end] + bar + html[end:])
    return response
