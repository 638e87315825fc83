// The signed-in user of the request being served, carried to the services through AsyncLocalStorage, so
// the activity log and comments record who acted without threading a user through every signature.
import { AsyncLocalStorage } from "node:async_hooks";

export interface CurrentActor {
  userId: number;
  name: string;
}

const storage = new AsyncLocalStorage<CurrentActor | null>();

/** Runs fn with `actor` as the current actor (the auth middleware wraps each request in this). */
export function runAs<T>(actor: CurrentActor | null, fn: () => T): T {
  return storage.run(actor, fn);
}

/** The current actor, or null outside a signed-in request (seeds, scripts, share links). */
export function currentActor(): CurrentActor | null {
  return storage.getStore() ?? null;
}
