// EduStream's only script besides htmx: keeps keyboard focus and screen readers in step with
// in-place updates, opens the phone menu, and prints on request. No inline scripts anywhere (the CSP forbids them).
(function () {
  "use strict";

  // After htmx swaps content in: focus the first field with an error, or announce the newest
  // outcome message (an element with data-announce not yet announced) in the live region.
  // Messages are marked once read, so this works for every swap style (inner or outer HTML).
  document.addEventListener("htmx:after:swap", function () {
    var invalid = document.querySelector("[aria-invalid='true']:not([data-focused])");
    if (invalid) {
      invalid.setAttribute("data-focused", "");
      invalid.focus();
      return;
    }
    var messages = document.querySelectorAll("[data-announce]:not([data-announced])");
    var live = document.getElementById("announcer");
    if (!messages.length || !live) return;
    var message = messages[messages.length - 1];
    for (var i = 0; i < messages.length; i++) messages[i].setAttribute("data-announced", "");
    live.textContent = "";
    live.textContent = message.getAttribute("data-announce") || message.textContent || "";
  });

  // The header's Menu button (shown on narrow screens) opens and closes the navigation: a
  // disclosure button, so Enter and Space toggle it; Escape closes it and returns focus to it.
  var menuButton = document.querySelector("[data-menu-button]");
  var header = menuButton ? menuButton.closest(".site-header") : null;
  function setMenuOpen(open) {
    header.setAttribute("data-menu", open ? "open" : "closed");
    menuButton.setAttribute("aria-expanded", open ? "true" : "false");
  }
  if (menuButton && header) {
    menuButton.addEventListener("click", function () {
      setMenuOpen(menuButton.getAttribute("aria-expanded") !== "true");
    });
    document.addEventListener("keydown", function (event) {
      if (event.key !== "Escape" || menuButton.getAttribute("aria-expanded") !== "true") return;
      setMenuOpen(false);
      menuButton.focus();
    });
  }

  // Live seat counts (nodes/view/pages/catalog/live-seats.tsx): every element marked
  // data-live-seats is asked to poll (its hx-trigger is "poll-seats") every data-live-seats
  // seconds, each wait jittered by ±20 % so pages opened together do not poll together, and not
  // while the tab is hidden; a tab shown again after a longer pause polls at once.
  var lastPoll = Date.now();
  function pollSeconds() {
    var poller = document.querySelector("[data-live-seats]");
    return poller ? Math.max(2, Number(poller.getAttribute("data-live-seats")) || 10) : 10;
  }
  function pollSeats() {
    // Hidden tab, htmx not loaded, or polled moments ago (the tab came back just before the timer).
    if (document.hidden || typeof htmx === "undefined" || Date.now() - lastPoll < pollSeconds() * 400) return;
    var pollers = document.querySelectorAll("[data-live-seats]");
    if (!pollers.length) return;
    lastPoll = Date.now();
    for (var p = 0; p < pollers.length; p++) htmx.trigger(pollers[p], "poll-seats");
  }
  function scheduleSeats() {
    setTimeout(function () {
      pollSeats();
      scheduleSeats();
    }, pollSeconds() * 1000 * (0.8 + Math.random() * 0.4));
  }
  scheduleSeats();
  document.addEventListener("visibilitychange", function () {
    if (!document.hidden && Date.now() - lastPoll > pollSeconds() * 1000) pollSeats();
  });

  // A button marked data-print prints the page (the transcript).
  document.addEventListener("click", function (event) {
    var button = event.target instanceof Element ? event.target.closest("[data-print]") : null;
    if (button) window.print();
  });
})();
