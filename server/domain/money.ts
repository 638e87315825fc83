// Iranian currency display: amounts entered in rials or tomans (1 toman = 10 rials) shown in the unit
// the reader prefers. Other units pass through unchanged. Pure.

export const MONEY_DISPLAYS = ["as-entered", "rial", "toman"] as const;
export type MoneyDisplay = (typeof MONEY_DISPLAYS)[number];

const RIAL = new Set(["irr", "rial", "rials", "ریال"]);
const TOMAN = new Set(["irt", "toman", "tomans", "تومان"]);

/** "rial" / "toman" for a unit naming one of them (case and spacing ignored), else null. */
export function iranianUnit(unit: string): "rial" | "toman" | null {
  const u = unit.trim().toLowerCase();
  if (RIAL.has(u)) return "rial";
  if (TOMAN.has(u)) return "toman";
  return null;
}

/** The amount in the display unit, labelled `labels.rial` / `labels.toman`; other units unchanged. */
export function moneyIn(amount: number, unit: string, display: MoneyDisplay, labels: { rial: string; toman: string }): { amount: number; unit: string } {
  const from = iranianUnit(unit);
  if (from === null || display === "as-entered") return { amount, unit };
  // Same label for both spellings, so "IRR" and "ریال" lines add up in one total.
  const factor = from === display ? 1 : display === "toman" ? 0.1 : 10;
  return { amount: Math.round(amount * factor * 100) / 100, unit: labels[display] };
}
