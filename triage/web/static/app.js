// Keyboard shortcuts of the queue and the ticket page (no inline script: the CSP forbids it).
(function () {
  "use strict";
  function typing(el) {
    return el && (el.tagName === "INPUT" || el.tagName === "TEXTAREA" || el.tagName === "SELECT" || el.isContentEditable);
  }
  function queue() {
    var rows = Array.prototype.slice.call(document.querySelectorAll("tr.row"));
    var at = -1;
    function select(i) {
      if (!rows.length) { return; }
      if (at >= 0) { rows[at].classList.remove("selected"); }
      at = Math.max(0, Math.min(rows.length - 1, i));
      rows[at].classList.add("selected");
      rows[at].scrollIntoView({block: "nearest"});
    }
    rows.forEach(function (row, i) {
      row.addEventListener("click", function (e) {
        if (e.target.tagName !== "A") { window.location = row.dataset.href; }
      });
    });
    document.addEventListener("keydown", function (e) {
      if (typing(document.activeElement) || e.ctrlKey || e.metaKey || e.altKey) { return; }
      if (e.key === "j") { select(at + 1); e.preventDefault(); }
      else if (e.key === "k") { select(at - 1); e.preventDefault(); }
      else if ((e.key === "Enter" || e.key === "o") && at >= 0) { window.location = rows[at].dataset.href; }
      else if (e.key === "/") { var s = document.getElementById("search"); if (s) { s.focus(); e.preventDefault(); } }
    });
  }
  function ticket() {
    var form = document.getElementById("draft-form");
    var approve = document.getElementById("approve");
    var save = document.getElementById("save");
    var next = document.getElementById("next-ticket");
    var dirty = false;
    var text = document.getElementById("draft-text");
    if (text) { text.addEventListener("input", function () { dirty = true; claim(); }); }
    // Editing a ticket nobody holds claims it, so that a colleague opening it sees who works on it.
    function claim() {
      var url = text.dataset.claim;
      if (!url) { return; }
      delete text.dataset.claim;
      var token = document.querySelector("input[name=csrf_token]");
      fetch(url, {method: "POST", credentials: "same-origin",
                  headers: {"X-CSRFToken": token ? token.value : ""}})
        .then(function (r) { return r.json().then(function (data) { return [r.ok, data]; }); })
        .then(function (res) {
          var take = document.getElementById("take-form");
          if (!take) { return; }
          take.textContent = res[0] ? "Vous traitez ce ticket."
            : "Attention : " + res[1].holder + " vient de prendre ce ticket.";
          take.className = res[0] ? "muted" : "banner banner-bad";
        });
    }
    if (form) { form.addEventListener("submit", function () { dirty = false; }); }
    window.addEventListener("beforeunload", function (e) {
      if (dirty) { e.preventDefault(); e.returnValue = ""; }
    });
    document.addEventListener("keydown", function (e) {
      if ((e.ctrlKey || e.metaKey) && e.key === "Enter" && approve) {
        e.preventDefault(); approve.click(); return;
      }
      if ((e.ctrlKey || e.metaKey) && e.key === "s" && save) {
        e.preventDefault(); save.click(); return;
      }
      if (typing(document.activeElement) || e.ctrlKey || e.metaKey || e.altKey) { return; }
      if (e.key === "s" && save) { e.preventDefault(); save.click(); }
      else if ((e.key === "n" || e.key === "j") && next) { window.location = next.href; }
      else if (e.key === "k") { window.history.back(); }
      else if (e.key === "e" && text) { e.preventDefault(); text.focus(); }
    });
  }
  document.addEventListener("DOMContentLoaded", function () {
    var page = document.body.dataset.page;
    if (page === "queue") { queue(); }
    if (page === "ticket") { ticket(); }
  });
}());
