"""Issue 22's flow 6, exports, in Chromium: deliver a dataset version to a file:// target with a signed
webhook from the browser; the list follows it to `done` without reloading, and its page shows the
delivered files with their sha256 and the webhook's receipt."""

import hashlib
import os
import re

import requests

from tests.browser.conftest import OUT, live_registry
from tests.browser.test_ui import AXE, SERIOUS, fits_a_phone, phone_page, sign_in
from tests.exports.conftest import receiver  # noqa: F401  (the webhook receiver fixture)

SCHEMA = {"type": "object", "properties": {"region": {"type": "string"}}, "required": ["region"]}


def test_export_a_dataset_with_a_webhook_and_read_its_receipts(app, live, browser, make_caller, run_worker, receiver):  # noqa: F811
    caller = make_caller(("admin",))
    api = {"Authorization": f"Bearer {caller.token}"}
    live_registry(live, api, "sales", "orders", SCHEMA)
    for name in ("o1", "o2"):
        record = {"record_name": name, "description": name, "details": {"region": "north"}}
        url = f"{live}/dedi/sales/orders/save-record-as-draft?publish=true"
        assert requests.post(url, headers=api, json=record, timeout=30).status_code == 201
    root = app.config["EXPORT_ROOTS"][0]
    OUT.mkdir(parents=True, exist_ok=True)
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    sign_in(page, live, caller.token)
    page.click("nav >> text=Exports")
    page.wait_for_url("**/exports")
    page.select_option("select[name=format]", "csv")
    page.fill("input[name=target]", "file:///nowhere/at/all")  # outside EXPORT_ROOTS: refused, said why
    page.click("form.dj-form button[type=submit]")
    assert "Could not export" in page.locator(".dj-flash").inner_text() and "request req_" in page.content()
    page.select_option("select[name=format]", "csv")
    page.fill("input[name=target]", f"file://{root}/orders")
    page.fill("input[name=notify_webhook]", receiver.url)
    page.click("form.dj-form button[type=submit]")
    assert "queued" in page.locator(".dj-flash").inner_text()
    assert page.locator("#dj-exports[data-live]").count() == 1
    run_worker(["snapshots", "exports", "webhooks"])
    page.wait_for_function("document.querySelector('#dj-exports tbody tr td:nth-child(2)').textContent === 'done'")
    page.locator("#dj-exports tbody tr a").first.click()
    page.wait_for_url("**/exports/ex_*")
    detail = page.url
    delivered = page.locator("table.dj-list").first.inner_text()
    path = os.path.join(root, caller.tenant_id, "orders", "orders_v2.csv")
    with open(path, "rb") as fh:
        digest = hashlib.sha256(fh.read()).hexdigest()
    assert "orders_v2.csv" in delivered and digest in delivered, delivered
    receipts = page.locator("table.dj-list").nth(1).inner_text()
    assert re.search(r"export\.\w+\s+1\s+(delivered|succeeded|ok)\s+200", receipts), receipts
    assert receiver.requests and receiver.requests[0]["headers"].get("webhook-signature")
    page.screenshot(path=str(OUT / "export-1280.png"), full_page=True)
    page.add_script_tag(path=str(AXE))
    assert page.evaluate(SERIOUS) == []
    context.close()
    page = phone_page(browser, live, caller.token)
    for url, shot in ((f"{live}/exports", "exports-390.png"), (detail, "export-390.png")):
        page.goto(url)
        fits_a_phone(page, shot)
    page.context.close()


def test_a_reader_sees_exports_but_cannot_make_one(client, make_caller):
    owner = make_caller(("admin",))
    reader = make_caller(("read",), tenant_id=owner.tenant_id)
    client.post("/login", data={"api_key": reader.token})
    page = client.get("/exports").get_data(as_text=True)
    assert "Deliver a dataset" not in page
    csrf = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    form = {"csrf_token": csrf, "dataset": "x/y", "target": "file:///tmp/x"}
    assert client.post("/exports", data=form).status_code == 403
