"""Issue 22's flow 8 beyond keys, in Chromium: an admin lets a partner tenant into one namespace and
takes it out again, claims a domain (its challenge shown; verifying without the proof published says
why, with the request id) and removes it, and reads the audit trail, where those changes show."""

import requests

from tests.browser.conftest import OUT, live_registry
from tests.browser.test_ui import AXE, SERIOUS, fits_a_phone, phone_page, sign_in


def delegates_of(live, api):
    answer = requests.get(f"{live}/dedi/hr/get-delegates-by-namespace", headers=api, timeout=30)
    assert answer.status_code == 200, answer.text
    return {d["tenant_id"]: d["permissions"] for d in answer.json()["delegates"]}


def test_an_admin_manages_delegates_and_domains_and_reads_the_audit_trail(app, live, browser, make_caller):
    owner, partner = make_caller(("admin",)), make_caller(("admin",))
    api = {"Authorization": f"Bearer {owner.token}"}
    live_registry(live, api, "hr", "people", {"type": "object"})
    OUT.mkdir(parents=True, exist_ok=True)
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    sign_in(page, live, owner.token)
    page.goto(f"{live}/datasets/hr/people")
    page.click("text=Access and domains")
    page.wait_for_url("**/namespaces/hr/access")
    page.fill("input[name=who]", partner.tenant_id)
    page.check("input[name=permissions][value=publish]")
    page.click("text=Add or change delegate")
    assert "Delegate saved" in page.locator(".dj-flash").inner_text()
    assert delegates_of(live, api) == {partner.tenant_id: ["publish", "read"]}
    page.fill("input[name=domain]", "hr.example")
    page.click("text=Claim domain")
    assert "Challenge ready" in page.locator(".dj-flash").inner_text()
    challenge = page.locator("table.dj-list").nth(1).locator("code").inner_text()
    assert challenge.startswith("dedi-verification=")
    page.screenshot(path=str(OUT / "access-1280.png"), full_page=True)
    page.add_script_tag(path=str(AXE))
    assert page.evaluate(SERIOUS) == []
    page.click("button[aria-label='Verify hr.example']")
    flash = page.locator(".dj-flash").inner_text()
    assert "Not done" in flash and challenge in flash and "request req_" in flash, flash
    page.click("button[aria-label='Remove hr.example']")
    assert "Domain removed" in page.locator(".dj-flash").inner_text()
    page.locator("table.dj-list").first.locator("button", has_text="Remove").click()
    assert "Delegate removed" in page.locator(".dj-flash").inner_text()
    assert delegates_of(live, api) == {}
    # the audit trail shows what the pages did, filtered by area
    page.click("nav >> text=Audit")
    page.wait_for_url("**/audit")
    actions = page.locator("table.dj-list tbody tr td:nth-child(3)").all_inner_texts()
    assert {"ui.add_delegate", "ui.claim_domain", "ui.remove_delegate"} <= set(actions), actions
    page.fill("input[name=action]", "publishing.")
    page.click("form[role=search] button[type=submit]")
    page.wait_for_url("**action=publishing.**")
    filtered = page.locator("table.dj-list tbody tr td:nth-child(3)").all_inner_texts()
    assert filtered and all(a.startswith("publishing.") for a in filtered), filtered
    page.add_script_tag(path=str(AXE))
    assert page.evaluate(SERIOUS) == []
    context.close()
    page = phone_page(browser, live, owner.token)
    for path in ("/namespaces/hr/access", "/audit"):
        assert page.goto(f"{live}{path}").status == 200
        fits_a_phone(page, f"{path.strip('/').replace('/', '-')}-390.png")
        page.add_script_tag(path=str(AXE))
        assert page.evaluate(SERIOUS) == [], path
    page.context.close()


def test_the_admin_pages_are_an_admins(client, make_caller):
    import re

    owner = make_caller(("admin",))
    client.post("/dedi/create-namespace", headers=owner.headers, json={"name": "hr", "description": "HR"})
    publisher = make_caller(("publish",), tenant_id=owner.tenant_id)
    client.post("/login", data={"api_key": publisher.token})
    csrf = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/datasets").get_data(as_text=True)).group(1)
    assert client.get("/audit").status_code == 403
    assert client.get("/namespaces/hr/access").status_code == 403
    refused = client.post("/namespaces/hr/delegates", data={"csrf_token": csrf, "who": "someone"})
    assert refused.status_code == 403
    assert "Audit" not in client.get("/datasets").get_data(as_text=True)
