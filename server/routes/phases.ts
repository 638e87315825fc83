// TODO stub
import { Router } from "express";
import type { RouteDeps } from "./index";

export function phaseRoutes(_deps: RouteDeps): Router {
  const router = Router({ mergeParams: true });
  return router;
}
