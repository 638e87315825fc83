// Gantt page, progressive enhancement only: scrolls the timeline so today's line is in view (a third of
// the way in from the start side). Without this file the chart simply opens at the project's start.
document.addEventListener("DOMContentLoaded", function () {
  var box = document.querySelector(".gantt__scroll");
  var today = box && box.querySelector(".gantt-body .gantt-today");
  var grid = box && box.querySelector(".gantt-grid");
  if (!box || !today || !grid) return;
  var rtl = getComputedStyle(box).direction === "rtl";
  var boxRect = box.getBoundingClientRect();
  var line = today.getBoundingClientRect();
  var gridWidth = grid.getBoundingClientRect().width;
  var visible = boxRect.width - gridWidth;
  if (visible <= 0) return;
  // Where the line should sit, and how far it is from there; scrollLeft grows rightwards in both directions.
  var want = rtl ? boxRect.right - gridWidth - visible / 3 : boxRect.left + gridWidth + visible / 3;
  var delta = line.left - want;
  if (Math.abs(delta) > 1) box.scrollLeft += delta;
});
