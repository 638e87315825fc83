// The CRM workspace hub and its signals on the dashboard.
export const crm = {
  "nav.crm": "CRM workspace",
  "crm.title": "CRM workspace",
  "crm.intro": "The registers of a CRM rollout beyond tasks and checklists: customers, channels, tools, KPIs, risks, responsibilities, data and adoption. Their warnings also appear on the dashboard.",
  "crm.signals": "CRM workspace signals",
  "crm.level.red": "Needs action",
  "crm.level.amber": "Watch",
  "crm.level.info": "Note",
} as const;
