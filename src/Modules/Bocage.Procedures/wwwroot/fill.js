// Progressive enhancement of a page of a procedure's form; without it every submit of the page saves the draft.
// - Autosave: a change, or two seconds after the last key, the page's answers (never its files) are posted to the
//   page's Autosave handler with the form's antiforgery token; its answer goes to the polite live region.
// - Size warning: a file larger than its field's limit (data-max-bytes) is taken out of the input before sending,
//   with the field's own message (data-too-large), so the rest of the page is not sent for nothing.
(function () {
  "use strict";
  var form = document.querySelector("form[data-autosave]");
  if (!form || !window.fetch || !window.FormData || !window.URLSearchParams || !window.DOMParser) { return; }
  var status = form.querySelector("[data-autosave-status]");
  var timer = null;

  function save() {
    timer = null;
    var body = new URLSearchParams();
    new FormData(form).forEach(function (value, name) {
      if (typeof value === "string") { body.append(name, value); }
    });
    fetch(form.getAttribute("data-autosave"), { method: "POST", body: body, credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (text) {
        // The fragment is HTML (encoded by the server): read it as such, put back as text only.
        if (text && status) { status.textContent = new DOMParser().parseFromString(text, "text/html").body.textContent.trim(); }
      })
      .catch(function () { /* the page's own buttons still save */ });
  }

  function later(delay) {
    if (timer) { clearTimeout(timer); }
    timer = setTimeout(save, delay);
  }

  function checkSize(input) {
    var max = parseInt(input.getAttribute("data-max-bytes"), 10);
    var warning = document.getElementById(input.id + "-taille");
    var tooLarge = max > 0 && input.files && input.files.length > 0 && input.files[0].size > max;
    if (warning) { warning.hidden = !tooLarge; }
    if (tooLarge) {
      input.value = "";
      input.setAttribute("aria-invalid", "true");
    } else {
      input.removeAttribute("aria-invalid");
    }
  }

  form.addEventListener("change", function (event) {
    if (event.target.type === "file") {
      checkSize(event.target);
      return;
    }
    later(300);
  });
  form.addEventListener("keyup", function (event) {
    if (event.target.type !== "file") { later(2000); }
  });
  form.addEventListener("submit", function () {
    if (timer) { clearTimeout(timer); timer = null; }
  });
})();
