"""Issue 22's flows 4-6 in Chromium, at 1280 x 800 and 390 x 844: browse a dataset's records (filter,
sort, search, page), open a record and its history, revoke it with confirmation, suspend the registry;
read its versions and the diff between two; freeze a snapshot of any version and format, watch it get
built without reloading, and download it with the browser session."""

from pathlib import Path

import requests

from tests.browser.conftest import OUT, live_registry
from tests.browser.test_ui import AXE, SERIOUS, sign_in

SCHEMA = {
    "type": "object",
    "properties": {
        "employee_id": {"type": "string"},
        "full_name": {"type": "string"},
        "department": {"type": "string"},
        "grade": {"type": "integer"},
    },
    "required": ["employee_id", "full_name"],
}
PEOPLE = [("E1", "Ada Lovelace", "Engineering", 7), ("E2", "Bob Stone", "Sales", 3), ("E3", "Cy Young", "HR", 5)]


def publish(live, api, name, full_name, department, grade):
    body = {
        "record_name": name,
        "description": f"employee {name}",
        "details": {"employee_id": name, "full_name": full_name, "department": department, "grade": grade},
    }
    r = requests.post(f"{live}/dedi/hr/people/save-record-as-draft?publish=true", headers=api, json=body, timeout=30)
    assert r.status_code == 201, r.text


def rows(page):
    return page.locator("table.dj-list").first.locator("tbody tr td:first-child").all_inner_texts()


def fits(page, width):
    assert page.evaluate("document.scrollingElement.scrollWidth") <= width, page.url


def test_browse_records_versions_diff_revoke_and_snapshot(app, live, browser, make_caller, run_worker):
    caller = make_caller(("admin",))
    api = {"Authorization": f"Bearer {caller.token}"}
    live_registry(live, api, "hr", "people", SCHEMA)
    for person in PEOPLE:
        publish(live, api, *person)  # v1..v3
    publish(live, api, "E2", "Bob Stoneman", "Sales", 4)  # v4 changes Bob
    OUT.mkdir(parents=True, exist_ok=True)
    for width, height in ((1280, 800), (390, 844)):
        context = browser.new_context(viewport={"width": width, "height": height}, accept_downloads=True)
        page = context.new_page()
        sign_in(page, live, caller.token)
        # flow 4: browse, filter, sort, search
        page.goto(f"{live}/datasets")
        page.locator("table.dj-list >> text=people").click()
        page.wait_for_url("**/datasets/hr/people")
        assert sorted(rows(page)) == ["E1", "E2", "E3"]
        fits(page, width)
        page.fill("input[name='f.department']", "eng")
        page.click("form[role=search] button[type=submit]")
        page.wait_for_url("**f.department=eng**")
        assert rows(page) == ["E1"]
        page.goto(f"{live}/datasets/hr/people")
        page.select_option("select[name=sort]", "-details.grade")
        page.click("form[role=search] button[type=submit]")
        page.wait_for_url("**sort=-details.grade**")
        assert rows(page) == ["E1", "E3", "E2"]  # grades 7, 5, 4
        page.fill("input[name=q]", "E3")
        page.click("form[role=search] button[type=submit]")
        page.wait_for_url("**q=E3**")
        assert rows(page) == ["E3"]
        page.fill("input[name='f.grade']", "not a number")
        page.click("form[role=search] button[type=submit]")
        assert "request req_" in page.locator(".dj-error").inner_text()  # a friendly error with the request id
        page.screenshot(path=str(OUT / f"dataset-records-{width}.png"), full_page=True)
        # a record and its history
        page.goto(f"{live}/datasets/hr/people")
        page.locator("table.dj-list a", has_text="E2").click()
        page.wait_for_url("**/records/E2")
        assert "Bob Stoneman" in page.content()
        history = page.locator("table.dj-list").nth(1).locator("tbody tr").all_inner_texts()
        assert history[0].startswith("v4") and "current" in history[0], history
        assert "v2" in history[1] and "v4" in history[1], history
        fits(page, width)
        page.screenshot(path=str(OUT / f"record-{width}.png"), full_page=True)
        # flow 5: versions and the diff between two
        page.goto(f"{live}/datasets/hr/people")
        page.click("text=Versions and diff")
        page.wait_for_url("**/versions")
        page.select_option("select[name=from]", "3")
        page.select_option("select[name=to]", "4")
        page.click("text=Show changes")
        page.wait_for_url("**to=4**")
        heading = page.locator("h2", has_text="v3 → v4").inner_text()
        assert "0 added, 1 changed, 0 removed" in heading, heading
        changed = page.locator("table.dj-diff tbody tr").first.inner_text()
        assert "E2" in changed and "Bob Stone" in changed and "Bob Stoneman" in changed, changed
        fits(page, width)
        page.screenshot(path=str(OUT / f"versions-diff-{width}.png"), full_page=True)
        # flow 6: freeze a snapshot of an older version, watch it build, download it
        page.goto(f"{live}/datasets/hr/people")
        fmt = "csv" if width == 1280 else "jsonl"
        page.select_option("select[name=version]", "3")
        page.select_option("select[name=format]", fmt)
        page.click("text=Build snapshot")
        page.wait_for_url("**/snapshots")
        assert "building" in page.locator(".dj-flash").inner_text()
        assert page.locator("#dj-snapshots[data-live]").count() == 1
        run_worker(["snapshots"])
        link = page.locator(f"text=Download {fmt}")
        link.wait_for(timeout=15000)  # no reload: the list refreshes itself while a build runs
        with page.expect_download() as download:
            link.click()
        text = Path(download.value.path()).read_text()
        assert "Bob Stone" in text and "Bob Stoneman" not in text  # v3, before Bob changed
        fits(page, width)
        page.screenshot(path=str(OUT / f"snapshots-{width}.png"), full_page=True)
        context.close()

    # revoke with confirmation, then suspend the registry (once: each is a new version)
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    sign_in(page, live, caller.token)
    page.goto(f"{live}/datasets/hr/people/records/E3")
    page.click("text=Revoke record")  # unticked: the browser refuses to send the form
    assert page.url.endswith("/records/E3") and not page.locator(".dj-flash").count()
    page.check("input[name=confirm]")
    page.click("text=Revoke record")
    page.wait_for_load_state()
    assert "Record revoked in version v5" in page.locator(".dj-flash").inner_text()
    revoked = requests.get(f"{live}/dedi/lookup/hr/people/E3", headers=api, timeout=30).json()["data"]
    assert revoked["state"] == "revoked"
    page.goto(f"{live}/datasets/hr/people?state=revoked")
    assert rows(page) == ["E3"]
    page.check("input[name=confirm]")
    page.click("text=Make inactive")
    page.wait_for_load_state()
    assert "inactive" in page.locator("h1").inner_text()
    registry = requests.get(f"{live}/dedi/hr/people/versions", headers=api, timeout=30).json()["data"]["versions"]
    assert [v["change"] for v in registry][-2:] == ["revoke", "inactivate"]
    for path in ("/datasets/hr/people", "/datasets/hr/people/records/E2", "/datasets/hr/people/versions?from=3&to=4"):
        page.goto(f"{live}{path}")
        page.add_script_tag(path=str(AXE))
        assert page.evaluate(SERIOUS) == [], path
    context.close()


def test_a_reader_sees_no_write_forms_and_is_refused_them(app, live, browser, make_caller):
    owner = make_caller(("admin",))
    api = {"Authorization": f"Bearer {owner.token}"}
    live_registry(live, api, "hr", "people", SCHEMA)
    publish(live, api, *PEOPLE[0])
    reader = make_caller(("read",), tenant_id=owner.tenant_id)
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    sign_in(page, live, reader.token)
    page.goto(f"{live}/datasets/hr/people/records/E1")
    assert "Ada Lovelace" in page.content() and page.locator("text=Revoke record").count() == 0
    page.goto(f"{live}/datasets/hr/people")
    assert page.locator("text=Build snapshot").count() == 0 and page.locator("text=Make inactive").count() == 0
    csrf = page.locator("input[name=csrf_token]").first.get_attribute("value")
    for path, form in (
        ("/datasets/hr/people/records/E1/revoke", {"confirm": "yes"}),
        ("/datasets/hr/people/state", {"action": "inactivate", "confirm": "yes"}),
        ("/snapshots", {"dataset": "hr/people", "version": "latest", "format": "csv"}),
    ):
        answer = page.request.post(f"{live}{path}", form={"csrf_token": csrf, **form}, max_redirects=0)
        assert answer.status == 403, (path, answer.status)
    assert requests.get(f"{live}/dedi/lookup/hr/people/E1", headers=api, timeout=30).json()["data"]["state"] == "live"
    context.close()
