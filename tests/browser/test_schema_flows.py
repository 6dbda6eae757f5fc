"""Issue 22's flow 2 in Chromium: create a namespace and a registry from the browser, with a JSON Schema
checked as it is typed (draft 2020-12) or one of the pre-built tags; then change the schema after the
contract check (`dry_run`) says what the change breaks and how many published records would fail it."""

import requests

from tests.browser.conftest import OUT
from tests.browser.test_ui import AXE, SERIOUS, sign_in
from tests.factories import make_registry

CONTACT = '{"type": "object", "properties": {"email": {"type": "string"}, "city": {"type": "string"}}}'
STRICTER = (
    '{"type": "object", "properties": {"email": {"type": "string"}, "city": {"type": "string"},'
    ' "phone": {"type": "string"}}, "required": ["phone"]}'
)


def status(page):
    return page.locator("#dj-schema-status")


def test_create_a_dataset_with_a_checked_schema_or_a_tag_then_change_its_contract(app, live, browser, make_caller):
    caller = make_caller(("admin",))
    api = {"Authorization": f"Bearer {caller.token}"}
    OUT.mkdir(parents=True, exist_ok=True)
    for width, height, ns in ((1280, 800, "crm"), (390, 844, "crm-phone")):
        context = browser.new_context(viewport={"width": width, "height": height})
        page = context.new_page()
        sign_in(page, live, caller.token)
        page.goto(f"{live}/datasets")
        page.click("text=New dataset")
        page.wait_for_url("**/datasets/new")
        page.fill("input[name=namespace]", ns)
        page.fill("input[name=namespace_description]", "Customers")
        page.fill("input[name=registry_name]", "contacts")
        page.fill("input[name=description]", "Who we talk to")
        page.fill("#dj-schema", '{"type": "objekt"}')
        page.wait_for_function("document.querySelector('#dj-schema-status').classList.contains('dj-bad')")
        assert "invalid JSON Schema" in status(page).inner_text()
        page.fill("#dj-schema", '{"type": ')
        page.wait_for_function("document.querySelector('#dj-schema-status').textContent.includes('not JSON')")
        page.fill("#dj-schema", CONTACT)
        page.wait_for_function("document.querySelector('#dj-schema-status').classList.contains('dj-ok')")
        assert "draft 2020-12" in status(page).inner_text()
        page.screenshot(path=str(OUT / f"new-dataset-{width}.png"), full_page=True)
        assert page.evaluate("document.scrollingElement.scrollWidth") <= width
        page.click("text=Create dataset")
        page.wait_for_url(f"**/datasets/{ns}/contacts")
        assert f"Created {ns}/contacts" in page.locator(".dj-flash").inner_text()
        made = requests.get(f"{live}/dedi/{ns}/registries/contacts", headers=api, timeout=30)
        assert made.status_code == 200 and made.json()["data"]["schema"]["properties"]["city"] == {"type": "string"}
        # the same name again: the form comes back with the reason and the request id, nothing lost
        page.goto(f"{live}/datasets/new")
        page.fill("input[name=namespace]", ns)
        page.fill("input[name=registry_name]", "contacts")
        page.fill("input[name=description]", "again")
        page.fill("#dj-schema", CONTACT)
        page.click("text=Create dataset")
        assert "already exists" in page.locator(".dj-error").inner_text() and "request req_" in page.content()
        assert page.input_value("input[name=description]") == "again"
        # a pre-built tag: no schema to write (once the page's script runs: the error page's form is
        # already there before it, and a tag picked then was checked before anything could hide the editor)
        page.wait_for_load_state()
        page.select_option("select[name=kind]", "membership")
        assert not page.locator("#dj-schema").is_visible()
        page.fill("input[name=registry_name]", "members")
        page.click("text=Create dataset")
        page.wait_for_url(f"**/datasets/{ns}/members")
        tagged = requests.get(f"{live}/dedi/{ns}/registries/members", headers=api, timeout=30).json()["data"]
        assert tagged["tag"] == "membership"
        context.close()

    # change the contract: the check shows before saving; a breaking change needs force
    body = {"record_name": "ada", "description": "Ada", "details": {"email": "ada@x.io", "city": "London"}}
    published = requests.post(
        f"{live}/dedi/crm/contacts/save-record-as-draft?publish=true", headers=api, json=body, timeout=30
    )
    assert published.status_code == 201, published.text
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    sign_in(page, live, caller.token)
    page.goto(f"{live}/datasets/crm/contacts")
    page.click("text=Edit schema")
    page.wait_for_url("**/schema")
    page.fill("#dj-schema", STRICTER)
    page.wait_for_function("document.querySelector('#dj-schema-status').textContent.includes('Breaks the contract')")
    text = status(page).inner_text()
    assert "phone: newly required" in text and "would fail it: 1" in text, text
    page.screenshot(path=str(OUT / "edit-schema-1280.png"), full_page=True)
    page.add_script_tag(path=str(AXE))
    assert page.evaluate(SERIOUS) == []
    page.click("text=Save as contract v2")
    assert "Not saved" in page.locator(".dj-flash").inner_text()
    unchanged = requests.get(f"{live}/dedi/crm/registries/contacts", headers=api, timeout=30).json()["data"]
    assert unchanged["contract"] == "v1"
    page.fill("#dj-schema", STRICTER)
    page.check("input[name=force]")
    page.click("text=Save as contract v2")
    page.wait_for_url("**/datasets/crm/contacts")
    assert "Saved as contract v2" in page.locator(".dj-flash").inner_text()
    page.goto(f"{live}/datasets/new")
    page.add_script_tag(path=str(AXE))
    assert page.evaluate(SERIOUS) == []
    context.close()


def test_the_schema_check_is_a_publishers_and_never_reaches_another_tenant(client, make_caller):
    import re

    owner, other, reader = make_caller(("admin",)), make_caller(("admin",)), make_caller(("read",))
    make_registry(client, owner, ns="crm", reg="contacts", schema={"type": "object"})
    for caller, expected in ((other, 404), (reader, 403)):
        client.post("/login", data={"api_key": caller.token})
        csrf = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/datasets").get_data(as_text=True)).group(1)
        form = {"csrf_token": csrf, "schema": '{"type": "object"}', "namespace": "crm", "registry_name": "contacts"}
        assert client.post("/datasets/schema-check", data=form).status_code == expected
        assert client.get("/datasets/new").status_code == (200 if expected == 404 else 403)
