// The CRM workspace: the registers a CRM rollout needs beyond tasks and checklists (segments, channels,
// the E-CRM tool matrix, KPIs, risks, RACI, migration, integrations, adoption, expectation coverage).
// Each register adds itself to WORKSPACE_REGISTERS with a summary: how many records it holds and the
// signals a stakeholder should see on the dashboard. The hub page and the dashboard read this list.
import type { DataSource } from "typeorm";

export type SignalLevel = "red" | "amber" | "info";

export interface WorkspaceSignal {
  level: SignalLevel;
  /** i18n key of the sentence; params are filled in (dates: ISO strings named `date`, counts: numbers). */
  key: string;
  params: Record<string, string | number>;
  /** Below the project, e.g. "/crm/channels". */
  href: string;
}

export interface WorkspaceSummary {
  count: number;
  signals: WorkspaceSignal[];
}

export interface WorkspaceRegister {
  /** Stable key, e.g. "channels". */
  key: string;
  /** Below the project, e.g. "/crm/channels". */
  path: string;
  /** i18n keys of the card's title and one-line description. */
  titleKey: string;
  descriptionKey: string;
  summary(ds: DataSource, projectId: number, today: string): Promise<WorkspaceSummary>;
}

/** Every register of the workspace, in the order the hub shows them. Registers append themselves here. */
export const WORKSPACE_REGISTERS: WorkspaceRegister[] = [];

const LEVEL_ORDER: Record<SignalLevel, number> = { red: 0, amber: 1, info: 2 };

export class CrmWorkspaceService {
  constructor(private readonly ds: DataSource) {}

  /** Each register with its summary, in hub order. */
  async overview(projectId: number, today: string): Promise<{ register: WorkspaceRegister; summary: WorkspaceSummary }[]> {
    const out: { register: WorkspaceRegister; summary: WorkspaceSummary }[] = [];
    for (const register of WORKSPACE_REGISTERS) out.push({ register, summary: await register.summary(this.ds, projectId, today) });
    return out;
  }

  /** Every register's signals, red before amber before info, for the dashboard. */
  async signals(projectId: number, today: string): Promise<WorkspaceSignal[]> {
    const all = (await this.overview(projectId, today)).flatMap((o) => o.summary.signals);
    return all.map((s, i) => ({ s, i })).sort((a, b) => LEVEL_ORDER[a.s.level] - LEVEL_ORDER[b.s.level] || a.i - b.i).map((x) => x.s);
  }
}
