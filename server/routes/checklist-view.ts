// View-model builders for checklists: items grouped by category, category labels and options.
import type { ChecklistCategory, ChecklistItem } from "../../entities";

type T = (key: string, params?: Record<string, unknown>) => string;

export function categoryLabel(c: ChecklistCategory, t: T): string {
  return c.builtinKey ? t(`checklist.category.${c.builtinKey}`) : c.name;
}

export function categoryOptions(categories: ChecklistCategory[], t: T) {
  return categories.map((c) => ({ value: c.id, label: categoryLabel(c, t) }));
}

/** The categories that have items in this list, in category order, each with its items. */
export function checklistGroups(categories: ChecklistCategory[], items: ChecklistItem[], today: string, t: T) {
  const byCategory = new Map<number, ChecklistItem[]>();
  for (const item of items) {
    const list = byCategory.get(item.categoryId);
    if (list) list.push(item);
    else byCategory.set(item.categoryId, [item]);
  }
  return categories.filter((c) => byCategory.has(c.id)).map((c) => {
      const own = byCategory.get(c.id) ?? [];
      return {
        id: c.id,
        label: categoryLabel(c, t),
        custom: c.builtinKey === null,
        done: own.filter((i) => i.done).length,
        items: own.map((item) => ({ item, overdue: !item.done && item.dueDate !== null && item.dueDate < today })),
      };
    });
}
