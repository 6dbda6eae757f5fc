"""Issue 22's flow 7 in Chromium: build a dashboard from scratch in the editor (a dataset, a grouping and
a metric, widgets by form) while its preview follows the form; save, publish, save again, restore the
first version; then share it — the link shown once with a Copy button, listed with its expiry and
state, and revoked."""

import requests

from tests.browser.conftest import OUT, live_registry
from tests.browser.test_ui import AXE, SERIOUS, fits_a_phone, phone_page, sign_in

SCHEMA = {
    "type": "object",
    "properties": {"region": {"type": "string"}, "amount": {"type": "number"}},
    "required": ["region", "amount"],
}
ORDERS = [("o1", "north", 10), ("o2", "north", 5), ("o3", "south", 7), ("o4", "east", 3)]


def setup_orders(live, api):
    live_registry(live, api, "sales", "orders", SCHEMA)
    for name, region, amount in ORDERS:
        record = {"record_name": name, "description": name, "details": {"region": region, "amount": amount}}
        url = f"{live}/dedi/sales/orders/save-record-as-draft?publish=true"
        assert requests.post(url, headers=api, json=record, timeout=30).status_code == 201


def preview_shows(page, selector):
    page.wait_for_function(f"!!document.querySelector('#dj-preview {selector}')", timeout=15000)


def test_build_a_dashboard_in_the_editor_publish_restore_and_share_it(app, live, browser, make_caller):
    caller = make_caller(("admin",))
    api = {"Authorization": f"Bearer {caller.token}"}
    setup_orders(live, api)
    OUT.mkdir(parents=True, exist_ok=True)
    clipboard = ["clipboard-read", "clipboard-write"]
    context = browser.new_context(viewport={"width": 1280, "height": 800}, permissions=clipboard)
    page = context.new_page()
    sign_in(page, live, caller.token)
    page.click("text=New dashboard")
    page.wait_for_url("**/dashboards/new")
    page.fill("input[name=dashboard_id]", "sales_overview")
    page.fill("input[name=title]", "Sales")
    page.select_option("select[name=dataset]", "sales/orders")
    page.fill("input[name=group_by]", "regio")  # a typo: the preview says what is wrong
    preview_shows(page, ".dj-error")
    assert "unknown field 'regio'" in page.locator("#dj-preview").inner_text()
    page.fill("input[name=group_by]", "region")
    page.select_option("select[name=op]", "sum")
    page.fill("input[name=field]", "amount")
    page.fill("input[name='w0.title']", "Total amount")
    page.select_option("select[name='w1.type']", "bar")
    page.fill("input[name='w1.title']", "By region")
    preview_shows(page, "svg.dj-chart")
    assert "25" in page.locator("#dj-preview .dj-kpi-value").inner_text()  # 10 + 5 + 7 + 3
    page.screenshot(path=str(OUT / "dashboard-editor-1280.png"), full_page=True)
    page.add_script_tag(path=str(AXE))
    assert page.evaluate(SERIOUS) == []
    page.click("text=Save as a new version")
    page.wait_for_url("**/dashboards/sales_overview/edit")
    assert "Saved as version 1" in page.locator(".dj-flash").inner_text()
    page.click("button[aria-label='Publish version 1']")
    assert "Version 1 is published" in page.locator(".dj-flash").inner_text()
    page.fill("input[name=title]", "Sales by region")
    page.click("text=Save as a new version")
    assert "Saved as version 2" in page.locator(".dj-flash").inner_text()
    page.click("button[aria-label='Restore version 1']")
    assert "Version 1 restored as version 3" in page.locator(".dj-flash").inner_text()
    definition = f"{live}/api/v1/data-consumption/dashboards/definitions/sales_overview"
    saved = requests.get(definition, headers=api, timeout=30)
    assert saved.json()["data"]["layout"]["title"] == "Sales"  # v3 is v1 again
    # the published dashboard, shared: the link shown once, copied, listed, revoked
    page.click("text=sales_overview")
    page.wait_for_url("**/dashboards/sales_overview")
    assert page.locator("svg.dj-chart").count() == 1
    page.select_option("select[name=expires_in_s]", "3600")
    page.click("text=Create share link")
    url = page.input_value("#dj-share-url")
    page.click("text=Copy link")
    page.wait_for_function("document.querySelector('button[data-copy]').textContent === 'Copied'")
    assert page.evaluate("navigator.clipboard.readText()") == url
    shared = requests.get(f"{live}/s/{url.split('/s/', 1)[1]}", timeout=30)
    assert shared.status_code == 200 and "By region" in shared.text
    row = page.locator("#share table tbody tr").first
    assert "active" in row.inner_text()
    row.locator("text=Revoke").click()
    assert "revoked" in page.locator("#share table tbody tr").first.inner_text()
    assert requests.get(f"{live}/s/{url.split('/s/', 1)[1]}", timeout=30).status_code in (403, 404, 410)
    context.close()
    page = phone_page(browser, live, caller.token)
    page.goto(f"{live}/dashboards/sales_overview/edit")
    preview_shows(page, "svg.dj-chart")
    fits_a_phone(page, "dashboard-editor-390.png")
    page.context.close()


def test_the_editor_is_a_publishers_and_never_opens_another_tenants_dashboard(client, make_caller):
    import re

    owner, other, reader = make_caller(("admin",)), make_caller(("admin",)), make_caller(("read",))
    definition = {
        "dashboard_id": "mine",
        "layout": {"title": "Mine", "widgets": []},
        "datasources": [],
    }
    url = "/api/v1/data-consumption/dashboards/definitions"
    assert client.post(url, headers=owner.headers, json=definition).status_code == 200
    client.post("/login", data={"api_key": other.token})
    csrf = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/dashboards").get_data(as_text=True)).group(1)
    assert client.get("/dashboards/mine/edit").status_code == 404
    assert client.post("/dashboards/mine/versions/1/restore", data={"csrf_token": csrf}).status_code == 404
    # saving "mine" in its own tenant makes its own dashboard, never touches the owner's
    form = {"csrf_token": csrf, "dashboard_id": "mine", "title": "x", "dataset": "nothing/here", "op": "count"}
    assert client.post("/dashboards/save", data=form).status_code == 400
    client.post("/login", data={"api_key": reader.token})
    assert client.get("/dashboards/new").status_code == 403
    assert "New dashboard" not in client.get("/dashboards").get_data(as_text=True)
