// Orthogonal routing of dependency arrows between two Gantt bars, in left-to-right pixel coordinates.
import type { LinkType } from "./types";

export interface Point {
  x: number;
  y: number;
}

/** Where a bar can be joined: its start and end x, its vertical middle, its top/bottom edges and its row's. */
export interface LinkEnd {
  startX: number;
  endX: number;
  /** Where an FS arrow lands from above or below: just inside a bar's start, a diamond's tip. */
  dropX: number;
  midY: number;
  barTop: number;
  barBottom: number;
  rowTop: number;
  rowBottom: number;
}

export interface RoutedLink {
  /** The polyline from the predecessor to just short of the arrow's tip. */
  points: Point[];
  /** The arrowhead triangle; its first point is the tip. */
  head: Point[];
}

/** Length of the horizontal stub leaving or entering a bar. */
export const STUB = 8;
const HEAD_LENGTH = 5;
const HEAD_HALF = 3.5;

function head(tip: Point, dx: number, dy: number): Point[] {
  const bx = tip.x - dx * HEAD_LENGTH;
  const by = tip.y - dy * HEAD_LENGTH;
  return [tip, { x: bx - dy * HEAD_HALF, y: by + dx * HEAD_HALF }, { x: bx + dy * HEAD_HALF, y: by - dx * HEAD_HALF }];
}

/** Ends the line a little short of the tip so it does not poke through the arrowhead. */
function shortOf(tip: Point, dx: number, dy: number): Point {
  return { x: tip.x - dx * (HEAD_LENGTH - 1), y: tip.y - dy * (HEAD_LENGTH - 1) };
}

/** Enters a bar's side horizontally: dx = 1 into a start (from the left), -1 into an end (from the right). */
function sideways(points: Point[], tip: Point, dx: number): RoutedLink {
  return { points: [...points, shortOf(tip, dx, 0)], head: head(tip, dx, 0) };
}

/**
 * Routes a link. FS leaves the predecessor's end and drops onto the successor just inside its start
 * (MS Project's way); SS joins start to start round the left, FF end to end round the right, SF start
 * to end. When the successor begins (FS) or ends (SF) too early for a straight run, the line detours
 * along the row boundary next to the predecessor and enters the successor from the side.
 */
export function routeLink(type: LinkType, pred: LinkEnd, succ: LinkEnd): RoutedLink {
  const down = succ.midY > pred.midY;
  const channel = down ? pred.rowBottom : pred.rowTop;
  if (type === "FS") {
    const s = { x: pred.endX, y: pred.midY };
    const dropX = succ.dropX;
    if (dropX >= s.x) {
      const dy = down ? 1 : -1;
      const tip = { x: dropX, y: down ? succ.barTop : succ.barBottom };
      return { points: [s, { x: dropX, y: s.y }, shortOf(tip, 0, dy)], head: head(tip, 0, dy) };
    }
    const tip = { x: succ.startX, y: succ.midY };
    const out = s.x + STUB;
    const back = tip.x - STUB;
    return sideways([s, { x: out, y: s.y }, { x: out, y: channel }, { x: back, y: channel }, { x: back, y: tip.y }], tip, 1);
  }
  if (type === "SS") {
    const s = { x: pred.startX, y: pred.midY };
    const tip = { x: succ.startX, y: succ.midY };
    const x = Math.min(s.x, tip.x) - STUB;
    return sideways([s, { x, y: s.y }, { x, y: tip.y }], tip, 1);
  }
  if (type === "FF") {
    const s = { x: pred.endX, y: pred.midY };
    const tip = { x: succ.endX, y: succ.midY };
    const x = Math.max(s.x, tip.x) + STUB;
    return sideways([s, { x, y: s.y }, { x, y: tip.y }], tip, -1);
  }
  // SF: from the predecessor's start to the successor's end.
  const s = { x: pred.startX, y: pred.midY };
  const tip = { x: succ.endX, y: succ.midY };
  if (s.x - tip.x >= 2 * STUB) {
    const x = s.x - STUB;
    return sideways([s, { x, y: s.y }, { x, y: tip.y }], tip, -1);
  }
  const out = s.x - STUB;
  const back = tip.x + STUB;
  return sideways([s, { x: out, y: s.y }, { x: out, y: channel }, { x: back, y: channel }, { x: back, y: tip.y }], tip, -1);
}
