// After the server refused a form, the list of what is wrong takes the focus (RGAA 11.10, as the DSFR does), so
// that a screen reader reads it first and a keyboard user starts from its links. Loaded only by the error summary.
document.addEventListener("DOMContentLoaded", () => {
  const summary = document.querySelector(".alert--error[role=alert][tabindex='-1']");
  if (summary) {
    summary.focus();
  }
});
