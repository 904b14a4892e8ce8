// Progressive enhancement of a page of a procedure's form; without it every submit of the page saves the draft.
// - Autosave: a change, or two seconds after the last key, the page's answers (never its files) are posted to the
//   page's Autosave handler with the form's antiforgery token; its answer goes to the polite live region.
// - Size warning: a file larger than its field's limit (data-max-bytes) is taken out of the input before sending,
//   with the field's own message (data-too-large), so the rest of the page is not sent for nothing.
// - Display conditions: a field whose condition hangs on an answer of the same page comes drawn in a wrapper
//   (data-show-if: that answer's input; data-show-operator, data-show-value), hidden while the condition fails, and
//   is shown or hidden here as the answer changes. Without the script the server brings the step back instead.
(function () {
  "use strict";
  var form = document.querySelector("form[data-autosave]");
  if (!form) { return; }

  // The server's rule (Conditions.cs) on its cleaned answers: blank text is no answer, and an answer inside a
  // hidden field counts as none, since the server drops it.
  function valuesOf(name) {
    var values = [];
    Array.prototype.forEach.call(form.elements, function (input) {
      if (input.name !== name || input.closest("[data-show-if][hidden]")) { return; }
      if ((input.type === "radio" || input.type === "checkbox") && !input.checked) { return; }
      var value = (input.value || "").trim();
      if (value) { values.push(value); }
    });
    return values;
  }

  function holds(wrapper) {
    var values = valuesOf(wrapper.getAttribute("data-show-if"));
    var expected = wrapper.getAttribute("data-show-value") || "";
    switch (wrapper.getAttribute("data-show-operator")) {
      case "Equals": return values.length > 0 && values[0] === expected;
      case "NotEquals": return values.length === 0 || values[0] !== expected;
      case "IsFilled": return values.length > 0;
      case "Contains": return values.indexOf(expected) >= 0;
      default: return false;
    }
  }

  function showConditional() {
    // In page order: a field that hangs on one just hidden is hidden in turn (conditions look at earlier fields).
    Array.prototype.forEach.call(form.querySelectorAll("[data-show-if]"), function (wrapper) {
      wrapper.hidden = !holds(wrapper);
    });
  }

  showConditional();
  form.addEventListener("input", showConditional);
  form.addEventListener("change", showConditional);
  if (!window.fetch || !window.FormData || !window.URLSearchParams || !window.DOMParser) { return; }
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
