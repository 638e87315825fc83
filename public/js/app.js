// Progressive enhancement only: every page works without this file.
document.addEventListener("DOMContentLoaded", function () {
  // Move focus to the error summary of a form that failed validation.
  var summary = document.querySelector("[data-autofocus]");
  if (summary) summary.focus();
});
