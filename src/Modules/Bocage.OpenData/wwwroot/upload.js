// Progress of a producer's upload (progressive enhancement: without script the form posts as usual).
// The file is sent with XMLHttpRequest to show a <progress>; a published file leads to the dataset's
// page, a refused one shows the page's answer (the validation report) in place of the main content.
(function () {
  "use strict";
  function start(form) {
    var bar = form.querySelector("progress");
    var status = form.querySelector("[data-upload-status]");
    form.addEventListener("submit", function (event) {
      if (!window.FormData || !window.DOMParser) { return; }
      event.preventDefault();
      var request = new XMLHttpRequest();
      request.open("POST", form.action);
      request.upload.addEventListener("progress", function (e) {
        if (!e.lengthComputable) { return; }
        bar.hidden = false;
        bar.value = Math.round(e.loaded * 100 / e.total);
        status.textContent = bar.value + " %";
      });
      request.addEventListener("load", function () {
        var target = new URL(request.responseURL);
        if (target.pathname !== new URL(form.action, window.location.href).pathname) {
          window.location.assign(request.responseURL);
          return;
        }
        var answer = new DOMParser().parseFromString(request.responseText, "text/html");
        var main = document.querySelector("main");
        main.replaceChildren.apply(main, Array.prototype.slice.call(answer.querySelector("main").childNodes));
        var alert = main.querySelector("[role=alert]");
        if (alert) { alert.focus(); }
        var next = main.querySelector("form[data-upload]");
        if (next) { start(next); }
      });
      request.addEventListener("error", function () { form.submit(); });
      request.send(new FormData(form));
    });
  }
  document.querySelectorAll("form[data-upload]").forEach(start);
})();
