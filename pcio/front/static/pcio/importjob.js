// The import progress page: asks how far the job got once a second, moves the bar, and
// reloads when the job ends (the page then shows the result or every bad row). Without
// JavaScript the page refreshes itself instead (<noscript> meta refresh).
(function () {
  "use strict";
  var box = document.getElementById("import-job");
  if (!box || box.dataset.finished === "1") return;
  var bar = document.getElementById("import-bar");
  var label = document.getElementById("import-label");
  var count = document.getElementById("import-count");

  function show(job) {
    label.textContent = job.label;
    count.textContent = job.rows_done + " / " + job.rows_total;
    bar.max = job.rows_total || 1;
    if (job.status === "saving") bar.removeAttribute("value");  // no row count while saving
    else bar.value = job.rows_done;
  }

  function poll() {
    fetch(box.dataset.statusUrl, {credentials: "same-origin", headers: {Accept: "application/json"}})
      .then(function (response) { return response.json(); })
      .then(function (job) {
        if (job.finished) { window.location.reload(); return; }
        show(job);
        window.setTimeout(poll, 1000);
      })
      .catch(function () { window.setTimeout(poll, 5000); });
  }
  window.setTimeout(poll, 1000);
})();
