// The catalogues of the CRM workspace registers, merged (one import and one spread line per register).
// CRM register catalogue imports:

export const crmRegisters = {
  // CRM register catalogue spreads:
} as const;
