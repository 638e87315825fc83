// Records for the route × role matrix (test/http/route-permissions.test.ts) on CRM workspace register routes:
// CRM_ID_FIXTURES[slug] makes a record for an `:id` below /crm/<slug>; CRM_PARAM_FIXTURES[name] for any
// other parameter name. Each returns the new record's id. One line per register.
import type { DataSource } from "typeorm";

type Fixture = (ds: DataSource, projectId: number, n: number) => Promise<number>;

export const CRM_ID_FIXTURES: Record<string, Fixture> = {
  // slug: fixture,
};

export const CRM_PARAM_FIXTURES: Record<string, Fixture> = {
  // paramName: fixture,
};
