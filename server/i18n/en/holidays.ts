// Loading Iran's public holidays into a project's calendar.
export const holidays = {
  "holidays.link": "Load Iranian public holidays…",
  "holidays.title": "Iranian public holidays",
  "holidays.intro": "Choose the holidays to add to this project's calendar as non-working days (Solar Hijri years {first}–{last}). Dates the calendar lists already are skipped; the plan is rescheduled.",
  "holidays.estimatedNote": "National holidays are exact. Religious holidays follow the lunar calendar, which Iran fixes by moon sighting: their dates here are estimates that may be a day off, so they start unticked — check them against the official calendar (time.ir) first.",
  "holidays.year": "Year {year}",
  "holidays.source": "Source: the official calendar of Iran (Calendar Center, Institute of Geophysics, University of Tehran; time.ir), shipped as seeds/holidays/iran.json.",
  "holidays.col.load": "Load",
  "holidays.col.date": "Date",
  "holidays.col.name": "Holiday",
  "holidays.col.kind": "Kind",
  "holidays.national": "National",
  "holidays.estimated": "Religious · estimated",
  "holidays.submit": "Add the ticked holidays",
  "holidays.added": "Holidays added to the calendar: {name}.",
  "holidays.errors.none": "Tick at least one holiday.",
} as const;
