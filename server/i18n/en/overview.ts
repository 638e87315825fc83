// The project overview page.
export const overview = {
  "overview.title": "Overview",
  "overview.phases": "Phases",
  "overview.milestones": "Next milestones",
  "overview.noMilestones": "No open milestones — mark key tasks as milestones to see them here.",
  "overview.openItems": "Open checklist items by owner",
  "overview.noOpenItems": "Every checklist item is done.",
  "overview.itemsCount": "{count} open",
  "overview.overdueCount": "{count} overdue",
  "overview.goals": "Goal progress",
  "overview.noGoals": "No goals yet.",
  "overview.kickoff": "Kickoff {date}",
  "overview.client": "Client: {name}",
  "overview.viewAll": "View all",
  "overview.inDays": "in {count} days",
  "overview.today": "today",
  "overview.daysLate": "{count} days late",
} as const;
