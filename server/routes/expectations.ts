// TODO stub
import { Router } from "express";
import type { RouteDeps } from "./index";

export function expectationRoutes(_deps: RouteDeps): Router {
  const router = Router({ mergeParams: true });
  return router;
}
