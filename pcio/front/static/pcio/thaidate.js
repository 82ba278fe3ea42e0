// A calendar in the Buddhist era beside every date box (pcio.lib.forms.ThaiDateInput).
// Progressive enhancement: without this file the box still takes 15/10/2567 or 2024-10-15.
// Keys in the calendar: arrows move a day or a week, Page Up/Down a month (with Shift a
// year), Home/End the week's ends, Enter picks, Escape closes.
(function () {
  "use strict";
  var WORDS = {
    be: {months: ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม",
                  "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"],
         days: ["อา", "จ", "อ", "พ", "พฤ", "ศ", "ส"], open: "เลือกวันที่จากปฏิทิน",
         prev: "เดือนก่อน", next: "เดือนถัดไป", offset: 543},
    iso: {months: ["January", "February", "March", "April", "May", "June", "July", "August",
                   "September", "October", "November", "December"],
          days: ["Su", "Mo", "Tu", "We", "Th", "Fr", "Sa"], open: "Choose a date",
          prev: "Previous month", next: "Next month", offset: 0}
  };
  var ICON = '<svg viewBox="0 0 16 16" width="18" height="18" aria-hidden="true">' +
    '<rect x="1.5" y="3" width="13" height="11.5" rx="1.5" fill="none" stroke="currentColor"/>' +
    '<path d="M1.5 6.5h13M5 1.5v3M11 1.5v3" stroke="currentColor"/></svg>';

  function pad(n) { return (n < 10 ? "0" : "") + n; }

  // The same forms the server reads: d/m/yyyy (B.E.) with / - or ., Thai digits, ISO.
  function parse(text) {
    var t = text.trim().replace(/[๐-๙]/g, function (d) { return d.charCodeAt(0) - 0x0e50; });
    var m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t), y, mo, d;
    if (m) { y = +m[1]; mo = +m[2]; d = +m[3]; }
    else if ((m = /^(\d{1,2})[\/.\-](\d{1,2})[\/.\-](\d{4})$/.exec(t))) {
      d = +m[1]; mo = +m[2]; y = +m[3];
    } else { return null; }
    var date = new Date(y > 2400 ? y - 543 : y, mo - 1, d);
    return date.getMonth() === mo - 1 ? date : null;
  }

  function format(date, era) {
    var y = date.getFullYear(), m = pad(date.getMonth() + 1), d = pad(date.getDate());
    return era === "iso" ? y + "-" + m + "-" + d : d + "/" + m + "/" + (y + 543);
  }

  function same(a, b) { return a && b && a.toDateString() === b.toDateString(); }

  function addDays(date, n) {
    return new Date(date.getFullYear(), date.getMonth(), date.getDate() + n);
  }

  function addMonths(date, n) {  // 31 January + 1 month is the last of February
    var last = new Date(date.getFullYear(), date.getMonth() + n + 1, 0).getDate();
    return new Date(date.getFullYear(), date.getMonth() + n, Math.min(date.getDate(), last));
  }

  function moved(date, event) {
    var months = {PageUp: -1, PageDown: 1}[event.key];
    var days = {ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7, Home: -date.getDay(),
                End: 6 - date.getDay()}[event.key];
    if (months) { return addMonths(date, months * (event.shiftKey ? 12 : 1)); }
    return days === undefined ? null : addDays(date, days);
  }

  function enhance(input) {
    var era = input.dataset.era === "iso" ? "iso" : "be", w = WORDS[era];
    var wrap = document.createElement("span"), button = document.createElement("button");
    var popup = document.createElement("div"), focus = null;
    wrap.className = "thaidate";
    input.parentNode.insertBefore(wrap, input);
    wrap.appendChild(input);
    button.type = "button";
    button.className = "thaidate-button";
    button.innerHTML = ICON;
    button.setAttribute("aria-label", w.open);
    button.setAttribute("aria-haspopup", "dialog");
    button.setAttribute("aria-expanded", "false");
    popup.className = "thaidate-popup";
    popup.setAttribute("role", "dialog");
    popup.setAttribute("aria-label", w.open);
    popup.hidden = true;
    wrap.appendChild(button);
    wrap.appendChild(popup);

    function draw(moveFocus) {
      var chosen = parse(input.value), today = new Date();
      var first = new Date(focus.getFullYear(), focus.getMonth(), 1);
      var day = addDays(first, -first.getDay()), title = w.months[focus.getMonth()] + " " +
        (focus.getFullYear() + w.offset);
      var html = '<div class="thaidate-head"><button type="button" data-move="-1" aria-label="' +
        w.prev + '">‹</button><strong aria-live="polite">' + title + "</strong>" +
        '<button type="button" data-move="1" aria-label="' + w.next + '">›</button></div>' +
        '<table role="grid" aria-label="' + title + '"><thead><tr>' +
        w.days.map(function (d) { return '<th scope="col">' + d + "</th>"; }).join("") +
        "</tr></thead><tbody>";
      for (var week = 0; week < 6; week++) {
        html += "<tr>";
        for (var i = 0; i < 7; i++, day = addDays(day, 1)) {
          var inMonth = day.getMonth() === focus.getMonth();
          html += '<td role="gridcell"' + (same(day, chosen) ? ' aria-selected="true"' : "") +
            ">" + (inMonth ? '<button type="button" data-day="' + day.getDate() + '"' +
            ' tabindex="' + (same(day, focus) ? 0 : -1) + '"' +
            (same(day, today) ? ' aria-current="date"' : "") + ">" + day.getDate() +
            "</button>" : "") + "</td>";
        }
        html += "</tr>";
      }
      popup.innerHTML = html + "</tbody></table>";
      if (moveFocus) { popup.querySelector('[tabindex="0"]').focus(); }
    }

    function show() {
      focus = parse(input.value) || new Date();
      popup.hidden = false;
      button.setAttribute("aria-expanded", "true");
      draw(true);
    }

    function hide(returnFocus) {
      popup.hidden = true;
      button.setAttribute("aria-expanded", "false");
      if (returnFocus) { button.focus(); }
    }

    function pick(date) {
      input.value = format(date, era);
      input.dispatchEvent(new Event("change", {bubbles: true}));
      hide(true);
    }

    button.addEventListener("click", function () { if (popup.hidden) { show(); } else { hide(); } });
    popup.addEventListener("click", function (event) {
      var target = event.target.closest("button");
      if (!target) { return; }
      if (target.dataset.move) {
        focus = addMonths(focus, +target.dataset.move);
        draw(false);
      } else {
        pick(new Date(focus.getFullYear(), focus.getMonth(), +target.dataset.day));
      }
    });
    popup.addEventListener("keydown", function (event) {
      var next = event.target.dataset.day && moved(focus, event);
      if (event.key === "Escape") {
        event.preventDefault();
        hide(true);
      } else if (next) {
        event.preventDefault();
        focus = next;
        draw(true);
      }
    });
    // composedPath: a month button clicked is gone from the page once the month is redrawn
    document.addEventListener("click", function (event) {
      if (!popup.hidden && event.composedPath().indexOf(wrap) < 0) { hide(false); }
    });
    wrap.addEventListener("focusout", function (event) {
      if (event.relatedTarget && !wrap.contains(event.relatedTarget)) { hide(false); }
    });
  }

  function start() {
    document.querySelectorAll('input[data-thaidate="date"]').forEach(enhance);
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else { start(); }
})();
