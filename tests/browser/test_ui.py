"""The browser UI in real headless Chromium (Debian's /usr/bin/chromium) driven by Playwright."""

import os
from pathlib import Path

import pytest

from app.demo import DEMO_DASHBOARD, seed_demo
from app.extensions import db
from tests.browser.conftest import CHROMIUM, OUT, live_registry

pytestmark = pytest.mark.skipif(
    not os.path.exists(CHROMIUM), reason=f"no Chromium binary at {CHROMIUM} (apt install chromium)"
)


MORE_PAGES = (
    "/datasets/demo/orders",
    "/datasets/demo/orders/records/ORD00001",
    "/datasets/demo/orders/versions?to=1",
    "/exports",
    "/audit",
    "/dashboards/new",
    f"/dashboards/{DEMO_DASHBOARD}/edit",
    "/datasets/new",
    "/datasets/demo/orders/schema",
    "/namespaces/demo/access",
)


PHONE = {"width": 390, "height": 844}


def sign_in(page, live, token):
    """Sign in at /login with a key and land on the dashboards."""
    page.goto(f"{live}/login")
    page.fill("input[name=api_key]", token)
    page.click("button[type=submit]")
    page.wait_for_url("**/dashboards**")


def phone_page(browser, live, token):
    """A page in a new phone-sized context (390 × 844), signed in with `token`; close its `context`."""
    page = browser.new_context(viewport=PHONE).new_page()
    sign_in(page, live, token)
    return page


def fits_a_phone(page, shot):
    """The page does not scroll sideways at 390 px; it is saved as OUT/`shot`."""
    assert page.evaluate("document.scrollingElement.scrollWidth") <= 390, page.url
    page.screenshot(path=str(OUT / shot), full_page=True)


def _chart(page):
    return page.locator("[data-widget=region_bar] svg").inner_html()


def test_sign_in_filter_share_and_sign_out(app, live, browser):
    with app.app_context():
        token = seed_demo()
        db.session.remove()
    OUT.mkdir(parents=True, exist_ok=True)
    context = browser.new_context(viewport={"width": 1280, "height": 900}, permissions=["clipboard-write"])
    page = context.new_page()
    page.goto(f"{live}/dashboards/{DEMO_DASHBOARD}")
    assert "/login" in page.url  # not signed in yet
    page.fill("input[name=api_key]", token)
    page.click("button[type=submit]")
    page.wait_for_url(f"**/dashboards/{DEMO_DASHBOARD}")
    assert page.locator("svg.dj-chart").count() == 3
    before = _chart(page)
    page.screenshot(path=str(OUT / "dashboard-1280.png"), full_page=True)
    page.select_option("select[name=channel]", "web")
    page.click("form[aria-label=Filters] button[type=submit]")
    page.wait_for_url("**channel=web**")
    assert _chart(page) != before  # the chart changed with the filter
    page.locator("table.dj-table th").first.click()  # sortable table
    page.select_option("select[name=expires_in_s]", "3600")
    page.click("text=Create share link")
    url = page.input_value("#dj-share-url")  # shown once, with a Copy button
    share_path = url.split("/s/", 1)[1]
    page.click("text=Copy link")
    page.wait_for_function("document.querySelector('button[data-copy]').textContent === 'Copied'")
    fresh = browser.new_context(viewport=PHONE)  # no session cookie
    shared = fresh.new_page()
    response = shared.goto(f"{live}/s/{share_path}")
    assert response.status == 200 and shared.locator("svg.dj-chart").count() == 3
    assert "Sign out" not in shared.content()
    shared.screenshot(path=str(OUT / "shared-390.png"), full_page=True)
    assert shared.goto(f"{live}/dashboards").url.endswith("/login?next=/dashboards")
    fresh.close()
    page.click("text=Sign out")
    page.wait_for_url("**/login")
    page.goto(f"{live}/dashboards")
    assert "/login" in page.url
    context.close()


def test_jobs_page_and_mobile_layout(app, live, browser, make_caller):
    caller = make_caller(("admin",))
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.goto(f"{live}/login")
    page.fill("input[name=api_key]", caller.token)
    page.click("button[type=submit]")
    for path in ("/datasets", "/snapshots", "/jobs"):
        assert page.goto(f"{live}{path}").status == 200
    page.screenshot(path=str(OUT / "jobs-390.png"), full_page=True)
    assert page.evaluate("document.documentElement.scrollWidth") <= 400  # no horizontal overflow on a phone
    context.close()


def test_docs_render_offline_with_no_request_leaving_loopback(live, browser):
    """/docs is Swagger UI from the installed swagger-ui-bundle: it lists the operations and no
    request goes anywhere but this server."""
    page = browser.new_page()
    requested = []
    page.on("request", lambda req: requested.append(req.url))
    page.goto(f"{live}/docs")
    page.wait_for_selector(".opblock-summary", timeout=30000)
    assert page.locator(".opblock-summary").count() >= 40
    assert "/dedi/create-namespace" in page.content()
    outside = [u for u in requested if not u.startswith(live) and not u.startswith("data:")]
    assert requested and not outside, outside


SMALLEST_CHART_TEXT = """() => Math.min(...[...document.querySelectorAll('svg.dj-chart')].flatMap(svg => {
  const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
  return [...svg.querySelectorAll('text')].map(t => parseFloat(getComputedStyle(t).fontSize) * scale);
}))"""


def test_every_page_fits_a_phone_and_the_menu_folds(app, live, browser):
    """Issue 22's phone check at 390 x 844: no page scrolls sideways, chart text renders at 11 px or
    more, and the navigation folds behind a Menu button that opens it; at 1280 px it is always shown."""
    with app.app_context():
        token = seed_demo()
        db.session.remove()
    OUT.mkdir(parents=True, exist_ok=True)
    phone = browser.new_context(viewport=PHONE)
    page = phone.new_page()
    page.goto(f"{live}/login")
    page.screenshot(path=str(OUT / "login-390.png"), full_page=True)
    page.fill("input[name=api_key]", token)
    page.click("button[type=submit]")
    page.wait_for_url("**/dashboards**")
    for path in ("/dashboards", f"/dashboards/{DEMO_DASHBOARD}", "/datasets", "/snapshots", "/jobs", *MORE_PAGES):
        assert page.goto(f"{live}{path}").status == 200, path
        assert page.locator(".dj-menu-toggle").is_visible() and not page.locator("nav >> text=Datasets").is_visible()
        fits_a_phone(page, f"{path.strip('/').replace('/', '-').split('?')[0]}-390.png")
    page.goto(f"{live}/dashboards/{DEMO_DASHBOARD}")
    assert page.locator("svg.dj-chart").count() == 3
    assert page.evaluate(SMALLEST_CHART_TEXT) >= 11
    page.click(".dj-menu-toggle")
    assert page.locator(".dj-menu-toggle").get_attribute("aria-expanded") == "true"
    page.click("nav >> text=Datasets")
    page.wait_for_url("**/datasets")
    phone.close()
    laptop = browser.new_context(viewport={"width": 1280, "height": 800})
    page = laptop.new_page()
    sign_in(page, live, token)
    assert not page.locator(".dj-menu-toggle").is_visible() and page.locator("nav >> text=Datasets").is_visible()
    page.goto(f"{live}/dashboards/{DEMO_DASHBOARD}")
    assert page.evaluate(SMALLEST_CHART_TEXT) >= 11  # 12 units drawn near full size
    page.screenshot(path=str(OUT / "dashboard-detail-1280.png"), full_page=True)
    laptop.close()


AXE = Path(__file__).resolve().parent / "vendor" / "axe.min.js"  # axe-core 4.14.1 (MPL-2.0), from npm
SERIOUS = """async () => (await axe.run(document,
    {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}}))
  .violations.filter(v => ['serious', 'critical'].includes(v.impact))
  .map(v => v.id + ': ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '))"""


def test_no_page_has_a_serious_or_critical_accessibility_violation(app, live, browser):
    """Issue 22's accessibility check: axe-core, injected into every page at laptop and phone sizes,
    reports no serious or critical WCAG 2.1 A/AA violation."""
    import requests

    with app.app_context():
        token = seed_demo()
        db.session.remove()
    share = requests.post(
        f"{live}/api/v1/data-consumption/dashboards/share",
        headers={"Authorization": f"Bearer {token}"},
        json={"dashboard_id": DEMO_DASHBOARD},
        timeout=30,
    ).json()["url"]
    pages = ["/dashboards", f"/dashboards/{DEMO_DASHBOARD}", "/datasets", "/snapshots", "/jobs", "/keys"]
    pages += MORE_PAGES
    for width, height in ((1280, 800), (390, 844)):
        context = browser.new_context(viewport={"width": width, "height": height})
        page = context.new_page()
        found = {}
        for path in ["/login", f"/s/{share.split('/s/', 1)[1]}"]:
            page.goto(f"{live}{path}")
            page.add_script_tag(path=str(AXE))
            found[path] = page.evaluate(SERIOUS)
        sign_in(page, live, token)
        for path in pages:
            page.goto(f"{live}{path}")
            page.add_script_tag(path=str(AXE))
            found[path] = page.evaluate(SERIOUS)
        context.close()
        assert not any(found.values()), (width, {p: v for p, v in found.items() if v})


def test_a_publisher_uploads_a_csv_and_watches_it_finish_without_reloading(app, live, browser, make_caller, run_worker):
    """Issue 22's upload flow: choose a registry and a file, pick the record-name column, upload;
    the job appears, its progress and counts update by themselves once a worker runs it, and the
    failed rows download with the browser session."""

    caller = make_caller(("admin",))
    api = {"Authorization": f"Bearer {caller.token}"}
    live_registry(live, api, "hr", "people", _PEOPLE)
    csv = "employee_id,full_name,email\nE1,Ada,ada@acme.corp\nE2,Bob,not-an-email\nE3,Cy,cy@acme.corp\n"
    OUT.mkdir(parents=True, exist_ok=True)
    for width, height in ((1280, 800), (390, 844)):
        context = browser.new_context(viewport={"width": width, "height": height}, accept_downloads=True)
        page = context.new_page()
        sign_in(page, live, caller.token)
        page.goto(f"{live}/jobs")
        page.select_option("select[name=registry]", "hr/people")
        page.set_input_files("input[name=file]", {"name": "people.csv", "mimeType": "text/csv", "buffer": csv.encode()})
        page.fill("input[name=record_name_field]", "employee_id")
        page.click("form.dj-form button[type=submit]")
        page.wait_for_url("**/jobs")
        assert "Upload accepted: 3 rows" in page.locator(".dj-flash").inner_text()
        row = page.locator("tr[data-job-progress]").first
        assert row.locator(".dj-job-status").inner_text() == "pending"
        page.screenshot(path=str(OUT / f"upload-progress-{width}.png"), full_page=True)
        run_worker(["bulk"])
        page.wait_for_function(
            "document.querySelector('tr[data-job-progress] .dj-job-status').textContent === 'completed'",
            timeout=15000,
        )  # no reload: the page polls the job
        assert "3 / 3" in row.locator(".dj-job-counts").inner_text()
        page.reload()
        with page.expect_download() as download:
            page.locator("text=download failed rows (CSV)").first.click()
        assert "not-an-email" in Path(download.value.path()).read_text()
        page.screenshot(path=str(OUT / f"upload-done-{width}.png"), full_page=True)
        context.close()


_PEOPLE = {
    "type": "object",
    "properties": {
        "employee_id": {"type": "string"},
        "full_name": {"type": "string"},
        "email": {"type": "string", "format": "email"},
    },
    "required": ["employee_id", "full_name", "email"],
}


def test_an_admin_makes_a_limited_key_sees_it_once_and_revokes_it(app, live, browser, make_caller):
    """Issue 22's admin flow for keys: create with scopes and namespaces, the token shown once and
    working at once, listed without it, revoked with confirmation (401 from then on)."""
    import requests

    admin = make_caller(("admin",))
    api = {"Authorization": f"Bearer {admin.token}"}
    requests.post(f"{live}/dedi/create-namespace", headers=api, json={"name": "sales", "description": "s"}, timeout=30)
    page = phone_page(browser, live, admin.token)
    phone = page.context
    page.click(".dj-menu-toggle")
    page.click("nav >> text=Keys")
    page.wait_for_url("**/keys")
    page.check("input[name=scopes][value=publish]")
    page.fill("input[name=owner]", "carol")
    page.fill("input[name=namespaces]", "sales")
    page.click("text=Create key")
    token = page.locator("[data-new-token]").inner_text().strip()
    assert token.startswith("dj_")
    page.screenshot(path=str(OUT / "keys-390.png"), full_page=True)
    me = requests.get(f"{live}/api/v1/account/me", headers={"Authorization": f"Bearer {token}"}, timeout=30).json()
    assert sorted(me["scopes"]) == ["publish", "read"] and len(me["namespaces"]) == 1
    page.goto(f"{live}/keys")
    assert token not in page.content() and "carol" in page.content()  # listed, never shown again
    page.once("dialog", lambda dialog: dialog.accept())
    page.locator("tr", has_text="carol").locator("button", has_text="Revoke").click()
    page.wait_for_url("**/keys")
    assert "Key revoked" in page.locator(".dj-flash").inner_text()
    gone = requests.get(f"{live}/api/v1/account/me", headers={"Authorization": f"Bearer {token}"}, timeout=30)
    assert gone.status_code == 401
    # a key without admin sees no Keys link and gets 403 on the page
    reader = make_caller(("read",), tenant_id=admin.tenant_id)
    other = browser.new_context(viewport={"width": 1280, "height": 800})
    page = other.new_page()
    sign_in(page, live, reader.token)
    assert page.locator("nav >> text=Keys").count() == 0
    assert page.goto(f"{live}/keys").status == 403
    other.close()
    phone.close()
