// The Gantt chart page (being written).
import { Router } from "express";
import type { RouteDeps } from "./index";

export function ganttRoutes(_deps: RouteDeps): Router {
  return Router({ mergeParams: true });
}
