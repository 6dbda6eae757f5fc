"""The Flask class the app is built from (core/flask_app.py) and the views' wrappers: what a request
no longer pays for, and that what it paid for still works."""

import pytest
from flask import flash, get_flashed_messages

from app.core.flask_app import SYNC_MEMO_CAP, App, FlashCookies


def test_an_api_call_builds_no_cookie_signer_and_sets_no_cookie(app, client, admin, monkeypatch):
    def refuse(*_args):
        raise AssertionError("a signer was built for a request without a cookie")

    monkeypatch.setattr(FlashCookies, "get_signing_serializer", refuse)
    resp = client.get("/dedi/lookup/nowhere", headers=admin.headers)
    assert resp.status_code == 404
    assert "Set-Cookie" not in resp.headers and "Cookie" not in resp.headers.get("Vary", "")


def test_a_flash_message_still_travels_in_its_signed_cookie():
    flashing = App(__name__)
    flashing.secret_key = "test"

    @flashing.get("/set")
    def set_it():
        flash("Saved as contract v2.")
        return "set"

    @flashing.get("/read")
    def read_it():
        return "|".join(get_flashed_messages())

    with flashing.test_client() as browser:
        first = browser.get("/set")
        assert "session=" in first.headers["Set-Cookie"] and "Cookie" in first.headers["Vary"]
        assert browser.get("/read").get_data(as_text=True) == "Saved as contract v2."
        assert browser.get("/read").get_data(as_text=True) == ""  # read once, then gone
        browser.set_cookie("session", "forged.value.sig")
        assert browser.get("/read").get_data(as_text=True) == ""  # a bad signature reads as empty


def test_ensure_sync_answers_as_flask_and_remembers_a_bounded_number():
    flask_app = App(__name__)

    def view():
        return "ok"

    assert flask_app.ensure_sync(view) is view
    assert flask_app._sync == {view: view}
    for n in range(SYNC_MEMO_CAP + 10):
        flask_app.ensure_sync(lambda n=n: n)
    assert len(flask_app._sync) == SYNC_MEMO_CAP


@pytest.mark.parametrize("layer", ["alt_response", "Blueprint.doc"])
def test_no_view_pays_for_a_documentation_only_layer(app, layer):
    # flask-smorest's doc and alt_response wrap a view in a function that only calls through, on every
    # request; api.Blueprint's keep their documentation on the view instead (the committed OpenAPI
    # document, compared in tests/test_client_and_cli.py, says it is all still there)
    api_views = [fn for name, fn in app.view_functions.items() if hasattr(fn, "required_scopes")]
    assert len(api_views) > 50
    for fn in api_views:
        chain = []
        while fn is not None:
            chain.append(fn.__code__.co_qualname)  # wraps() copies __qualname__; the code keeps its own
            fn = getattr(fn, "__wrapped__", None)
        assert not [name for name in chain if layer in name], chain
