// Gantt page, progressive enhancement only: when today's line is out of view, scrolls the timeline so it
// sits a third of the way in from the start side. Without this file the chart opens at the project's start.
document.addEventListener("DOMContentLoaded", function () {
  var box = document.querySelector(".gantt__scroll");
  var today = box && box.querySelector(".gantt-body .gantt-today");
  var side = box && box.querySelector(".gantt__side");
  if (!box || !today || !side) return;
  var rtl = getComputedStyle(box).direction === "rtl";
  var boxRect = box.getBoundingClientRect();
  var x = today.getBoundingClientRect().left;
  var sideWidth = side.getBoundingClientRect().width;
  var visible = boxRect.width - sideWidth;
  if (visible <= 0) return;
  // The timeline's visible part, between the sticky grid and the box's far edge.
  var from = rtl ? boxRect.left : boxRect.left + sideWidth;
  var to = rtl ? boxRect.right - sideWidth : boxRect.right;
  if (x > from + 24 && x < to - 24) return;
  // scrollLeft grows rightwards in both directions, so the physical distance is what to add.
  var want = rtl ? to - visible / 3 : from + visible / 3;
  box.scrollLeft += x - want;
});
