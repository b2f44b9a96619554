// hearme web page, progressive enhancement only: every form also works without this file.
// No framework, nothing fetched from anywhere but this site.
(function () {
  "use strict";

  var NEUTRAL_PAGE = "/learn";

  // Quick exit: hide the page at once, end the visit, and replace this history entry so the
  // Back button does not come back here.
  function quickExit(form) {
    var body = new FormData(form);
    document.body.textContent = "";
    try {
      fetch("/exit", { method: "POST", body: body, credentials: "same-origin", keepalive: true })
        .catch(function () {});
    } catch (error) { /* leaving matters more than telling the server */ }
    window.location.replace(NEUTRAL_PAGE);
  }

  function wireQuickExit(root) {
    var buttons = root.querySelectorAll("[data-quick-exit]");
    Array.prototype.forEach.call(buttons, function (button) {
      button.addEventListener("click", function (event) {
        event.preventDefault();
        quickExit(button.form);
      });
    });
  }

  // Read aloud (4-7s): the browser's own speech synthesis reads the newest message.
  function wireReadAloud(root) {
    var button = root.querySelector("[data-read-aloud]");
    if (!button || !("speechSynthesis" in window)) { return; }
    button.hidden = false;
    button.addEventListener("click", function () {
      var target = document.querySelector("[data-speak]");
      if (!target) { return; }
      window.speechSynthesis.cancel();
      var utterance = new SpeechSynthesisUtterance(target.innerText);
      utterance.lang = document.documentElement.lang || "en";
      utterance.rate = 0.9;
      window.speechSynthesis.speak(utterance);
    });
  }

  // Forms: send without reloading, then swap in the next page's main part.
  function wireForms(root) {
    var forms = root.querySelectorAll("form[data-enhance]");
    Array.prototype.forEach.call(forms, function (form) {
      form.addEventListener("submit", function (event) {
        if (form.getAttribute("aria-busy") === "true") { event.preventDefault(); return; }
        event.preventDefault();
        var body = new FormData(form);
        if (event.submitter && event.submitter.name) {
          body.append(event.submitter.name, event.submitter.value);
        }
        form.setAttribute("aria-busy", "true");
        fetch(form.action, { method: "POST", body: body, credentials: "same-origin" })
          .then(function (response) {
            if (new URL(response.url).pathname === NEUTRAL_PAGE) {
              window.location.replace(NEUTRAL_PAGE);
              return null;
            }
            return response.text();
          })
          .then(function (html) {
            if (html === null) { return; }
            var next = new DOMParser().parseFromString(html, "text/html");
            var main = document.getElementById("main");
            var nextMain = next.getElementById("main");
            var nextHeader = next.querySelector(".exit-form");
            var header = document.querySelector(".exit-form");
            if (!main || !nextMain) { window.location.assign("/"); return; }
            main.innerHTML = nextMain.innerHTML;
            if (header && nextHeader) { header.innerHTML = nextHeader.innerHTML; }
            document.title = next.title;
            if (window.location.pathname !== "/") { window.history.replaceState(null, "", "/"); }
            enhance(document);
            focusNew();
          })
          .catch(function () { form.removeAttribute("aria-busy"); form.submit(); });
      });
    });
  }

  // Bring the new question (or the summary's heading) into view below the sticky header: a
  // plain scrollIntoView puts its top under the header, so a child on a phone saw the buttons
  // but not the question.
  function showCurrent(current) {
    var header = document.querySelector(".top");
    var covered = header ? header.getBoundingClientRect().bottom : 0;
    var top = window.pageYOffset + current.getBoundingClientRect().top - covered - 8;
    window.scrollTo({ top: Math.max(0, top), behavior: "instant" });
  }

  function focusNew() {
    var current = document.querySelector(".bubble.current");
    if (current) { showCurrent(current); }
    var heading = document.querySelector("[data-focus]");
    var field = document.querySelector("#problem") || heading;
    if (field) {
      field.setAttribute("tabindex", "-1");
      field.focus({ preventScroll: Boolean(current) });
    }
  }

  function enhance(root) {
    wireQuickExit(root);
    wireReadAloud(root);
    wireForms(root);
  }

  // The private link's code should not stay in the address bar of a shared screen.
  if (window.location.pathname.indexOf("/c/") === 0) {
    window.history.replaceState(null, "", "/");
  }
  enhance(document);
})();
