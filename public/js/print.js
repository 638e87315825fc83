// Print buttons, progressive enhancement only: a [data-print] link opens the browser's print dialog (save as
// PDF there). Without this file the link opens the page's print view (?print=1) for the browser's own Print.
document.addEventListener("DOMContentLoaded", function () {
  var links = document.querySelectorAll("[data-print]");
  for (var i = 0; i < links.length; i++) {
    links[i].addEventListener("click", function (event) {
      if (typeof window.print !== "function") return;
      event.preventDefault();
      window.print();
    });
  }
});
