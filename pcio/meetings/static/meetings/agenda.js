// Drag agenda items to reorder them (also between sections); the order is saved at once.
// Without JavaScript the ↑/↓ buttons do the same.
(function () {
  "use strict";
  var agenda = document.getElementById("agenda");
  if (!agenda) return;
  var dragged = null;

  function csrf() {
    var match = document.cookie.match(/(?:^|; )csrftoken=([^;]+)/);
    var field = document.querySelector("input[name=csrfmiddlewaretoken]");
    return match ? decodeURIComponent(match[1]) : (field ? field.value : "");
  }

  function save() {
    var sections = {};
    agenda.querySelectorAll(".agenda-items").forEach(function (list) {
      sections[list.dataset.section] = Array.prototype.map.call(
        list.querySelectorAll(".agenda-item"), function (li) { return li.dataset.item; });
    });
    fetch(agenda.dataset.reorder, {
      method: "POST", credentials: "same-origin",
      headers: {"Content-Type": "application/json", "X-CSRFToken": csrf()},
      body: JSON.stringify({sections: sections})
    }).then(function (response) {
      if (response.ok) window.location.reload();
      else alert("บันทึกลำดับไม่สำเร็จ");
    });
  }

  agenda.addEventListener("dragstart", function (event) {
    dragged = event.target.closest(".agenda-item");
    if (dragged) event.dataTransfer.effectAllowed = "move";
  });
  agenda.addEventListener("dragover", function (event) {
    if (dragged && event.target.closest(".agenda-items")) event.preventDefault();
  });
  agenda.addEventListener("drop", function (event) {
    var list = event.target.closest(".agenda-items");
    if (!dragged || !list) return;
    event.preventDefault();
    var over = event.target.closest(".agenda-item");
    if (over && over !== dragged) {
      var box = over.getBoundingClientRect();
      var after = event.clientY > box.top + box.height / 2;
      list.insertBefore(dragged, after ? over.nextSibling : over);
    } else if (!over) {
      list.appendChild(dragged);
    }
    dragged = null;
    save();
  });
})();
