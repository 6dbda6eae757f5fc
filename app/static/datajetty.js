// DataJetty's only script: sortable, paginated tables and live upload progress. No network fetch
// except the same-origin progress poll.
(function () {
  function setupTable(table) {
    var size = parseInt(table.dataset.pageSize || "20", 10), page = 0;
    var body = table.tBodies[0], pager = table.nextElementSibling;
    function show() {
      var rows = Array.prototype.slice.call(body.rows);
      rows.forEach(function (r, i) { r.hidden = i < page * size || i >= (page + 1) * size; });
      if (pager && pager.classList.contains("dj-pager")) {
        var pages = Math.max(1, Math.ceil(rows.length / size));
        pager.innerHTML = "";
        var prev = document.createElement("button"); prev.type = "button"; prev.textContent = "‹ Prev";
        prev.disabled = page === 0; prev.onclick = function () { page--; show(); };
        var next = document.createElement("button"); next.type = "button"; next.textContent = "Next ›";
        next.disabled = page >= pages - 1; next.onclick = function () { page++; show(); };
        var label = document.createElement("span"); label.textContent = "Page " + (page + 1) + " of " + pages;
        pager.append(prev, label, next);
      }
    }
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, col) {
      var asc = true;
      th.addEventListener("click", function () {
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = a.cells[col].textContent, y = b.cells[col].textContent;
          var nx = parseFloat(x), ny = parseFloat(y);
          var cmp = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y);
          return asc ? cmp : -cmp;
        });
        asc = !asc; rows.forEach(function (r) { body.appendChild(r); }); page = 0; show();
      });
    });
    show();
  }
  document.querySelectorAll("table.dj-table").forEach(setupTable);
  document.querySelectorAll(".dj-menu-toggle").forEach(function (button) {
    button.addEventListener("click", function () {
      var open = button.closest(".dj-top").classList.toggle("dj-open");
      button.setAttribute("aria-expanded", open ? "true" : "false");
    });
  });
  document.querySelectorAll("[data-job-progress]").forEach(function (row) {
    var url = row.dataset.jobProgress;
    function poll() {
      fetch(url, {credentials: "same-origin"}).then(function (r) { return r.json(); }).then(function (job) {
        var total = job.totalEntries || 1, done = job.processedEntries || 0;
        row.querySelector(".dj-progress > span").style.width = Math.min(100, 100 * done / total) + "%";
        row.querySelector(".dj-job-status").textContent = job.status;
        row.querySelector(".dj-job-counts").textContent = done + " / " + job.totalEntries;
        if (job.status === "pending" || job.status === "processing") setTimeout(poll, 1500);
      });
    }
    poll();
  });
  // a region marked data-live (snapshots being built) is fetched again every 2 s until it is settled
  document.querySelectorAll("[data-live][id]").forEach(function (region) {
    function refresh() {
      fetch(location.href, {credentials: "same-origin"}).then(function (r) { return r.text(); }).then(function (html) {
        var fresh = new DOMParser().parseFromString(html, "text/html").getElementById(region.id);
        if (!fresh) return;
        region.innerHTML = fresh.innerHTML;
        if (fresh.hasAttribute("data-live")) setTimeout(refresh, 2000);
      });
    }
    setTimeout(refresh, 2000);
  });
  // the schema editor: checked as you type (draft 2020-12 on the server; for an existing registry, the
  // contract check of the change too); a pre-built tag hides the editor
  document.querySelectorAll("textarea[data-schema-check]").forEach(function (editor) {
    var status = document.getElementById(editor.getAttribute("aria-describedby"));
    var csrf = editor.form.querySelector("input[name=csrf_token]").value, timer = null, sent = 0;
    function show(ok, text) {
      status.classList.toggle("dj-ok", ok); status.classList.toggle("dj-bad", !ok); status.textContent = text;
    }
    function check() {
      var body = new URLSearchParams({csrf_token: csrf, schema: editor.value});
      if (editor.dataset.namespace) { body.set("namespace", editor.dataset.namespace); body.set("registry_name", editor.dataset.registry); }
      var mine = ++sent;
      fetch(editor.dataset.schemaCheck, {method: "POST", body: body, credentials: "same-origin"})
        .then(function (r) { return r.json(); }).then(function (answer) {
          if (mine !== sent) return;  // a later keystroke's answer decides
          if (!answer.valid) return show(false, answer.message);
          var report = answer.report;
          if (!report) return show(true, answer.message);
          var breaks = report.breaking_changes || [];
          var text = breaks.length ? "Breaks the contract: " + breaks.map(function (b) { return typeof b === "string" ? b : JSON.stringify(b); }).join("; ")
            : "Compatible: becomes " + report.contract + ".";
          text += (breaks.length ? "." : "") + " Published records that would fail it: " + report.failing_records + ".";
          show(!breaks.length && !report.failing_records, text);
        });
    }
    editor.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(check, 300); });
    var kind = editor.form.querySelector("[data-schema-kind]"), box = editor.closest("[data-schema-editor]");
    function follow() { if (kind && box) { box.hidden = kind.value !== "custom"; } }
    if (kind) kind.addEventListener("change", follow);
    follow(); check();
  });
  // the dashboard editor's live preview: the unsaved form rendered by the server as you edit (the
  // attribute is read directly: the form has a field named "dataset", which shadows form.dataset)
  document.querySelectorAll("form[data-preview-url]").forEach(function (form) {
    var target = document.getElementById("dj-preview"), timer = null, sent = 0;
    function refresh() {
      var mine = ++sent;
      fetch(form.getAttribute("data-preview-url"), {method: "POST", body: new URLSearchParams(new FormData(form)), credentials: "same-origin"})
        .then(function (r) { return r.text(); }).then(function (html) {
          if (mine === sent) { target.innerHTML = html; target.querySelectorAll("table.dj-table").forEach(setupTable); }
        });
    }
    form.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(refresh, 400); });
    form.addEventListener("change", function () { clearTimeout(timer); timer = setTimeout(refresh, 100); });
    refresh();
  });
  document.querySelectorAll("button[data-copy]").forEach(function (button) {
    button.addEventListener("click", function () {
      var field = document.querySelector(button.dataset.copy);
      function copied() { button.textContent = "Copied"; }
      function select() { field.select(); document.execCommand("copy"); copied(); }
      if (navigator.clipboard) { navigator.clipboard.writeText(field.value).then(copied, select); } else { select(); }
    });
  });
})();
