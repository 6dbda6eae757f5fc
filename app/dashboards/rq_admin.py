"""The RQ worker dashboard (rq-dashboard) at /rq, for signed-in admin sessions only."""
from flask import g, redirect, request, url_for


def mount_rq_dashboard(app):
    """Register rq-dashboard on this app's Redis, behind the browser session's admin check."""
    import rq_dashboard
    from rq.serializers import JSONSerializer
    from rq_dashboard import web as rq_web

    from app.dashboards import web_session

    rq_web.config.serializer = JSONSerializer
    app.config.setdefault("RQ_DASHBOARD_REDIS_URL", [app.config["REDIS_URL"]])
    blueprint = rq_dashboard.blueprint

    def admin_only():
        if request.blueprint != blueprint.name:
            return None
        web_session.load_session()
        if g.session_user is None:
            return redirect(url_for("ui.login", next=request.path))
        if not g.session_user.is_admin:
            from flask import render_template

            return render_template("pages/error.html", status=403,
                                   message="The worker dashboard is for admin keys only."), 403
        return None

    app.before_request(admin_only)  # app-level: the shared blueprint object cannot take hooks per app
    app.register_blueprint(blueprint, url_prefix="/rq")
