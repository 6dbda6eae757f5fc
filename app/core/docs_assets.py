"""Swagger UI's files from the swagger-ui-bundle package, so /docs works with no internet."""

from flask import Blueprint, Response, send_from_directory

bp = Blueprint("docs_assets", __name__)


@bp.get("/docs/assets/<path:filename>")
def asset(filename: str) -> Response:
    """One file of the installed Swagger UI (send_from_directory refuses paths outside it)."""
    from swagger_ui_bundle import swagger_ui_path

    return send_from_directory(swagger_ui_path, filename, max_age=24 * 3600)
