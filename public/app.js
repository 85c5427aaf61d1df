// EduStream's only script besides htmx: keeps keyboard focus and screen readers in step with
// in-place updates. No inline scripts anywhere (the CSP forbids them).
(function () {
  "use strict";
  var announcer = function () { return document.getElementById("announcer"); };

  // After htmx swaps content in, move focus to the first field with an error, or announce the
  // outcome message so screen-reader users hear what happened.
  document.addEventListener("htmx:after:swap", function (event) {
    var target = (event.detail && (event.detail.target || (event.detail.ctx && event.detail.ctx.target))) || event.target;
    if (!(target instanceof Element)) return;
    var root = target.isConnected ? target : (target.id && document.getElementById(target.id)) || document; // outerHTML swaps replace the target: look in its successor
    var invalid = root.querySelector("[aria-invalid='true']");
    if (invalid) { invalid.focus(); return; }
    var message = root.querySelector("[data-announce]");
    var live = announcer();
    if (message && live) { live.textContent = ""; live.textContent = message.getAttribute("data-announce") || message.textContent || ""; }
  });

  // A button marked data-print prints the page (the transcript), without inline script.
  document.addEventListener("click", function (event) {
    var button = event.target instanceof Element ? event.target.closest("[data-print]") : null;
    if (button) window.print();
  });
})();
