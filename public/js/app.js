// Progressive enhancement only: every page works without this file.
document.addEventListener("DOMContentLoaded", function () {
  // Move focus to the error summary of a form that failed validation.
  var summary = document.querySelector("[data-autofocus]");
  if (summary) summary.focus();

  // A select with data-reload-param reloads the page with its value in that query parameter (the new
  // project from template form shows the chosen template's roles; without script, its button does).
  document.querySelectorAll("select[data-reload-param]").forEach(function (select) {
    select.addEventListener("change", function () {
      var url = new URL(window.location.href);
      url.searchParams.set(select.getAttribute("data-reload-param"), select.value);
      window.location.assign(url.toString());
    });
  });
});
