// The words of the Gantt's and the S-curve's axis cells: Jalali month names ("آذر ۱۴۰۵", "Azar 1405"),
// Persian digits on Persian pages, Gregorian labels unchanged in English.
import { expect } from "chai";
import type { GanttTick } from "../../../server/domain/gantt-layout";
import { monthTickLabel, tickLabel } from "../../../server/view-helpers/gantt";

function tick(over: Partial<GanttTick>): GanttTick {
  return { unit: "month", calendar: "jalali", x: 0, width: 90, labelX: 4, format: "monthYear", year: 1405, month: 9, day: 1, quarter: 3, ...over };
}

describe("view-helpers/gantt: axis labels", () => {
  it("writes a Jalali month with its year in Persian words and digits on Persian pages: آذر ۱۴۰۵", () => {
    expect(tickLabel(tick({}), "fa")).to.equal("آذر ۱۴۰۵");
    expect(tickLabel(tick({ format: "month", month: 12 }), "fa")).to.equal("اسفند");
    expect(tickLabel(tick({ format: "monthShort", month: 2 }), "fa")).to.equal("اردیبهشت");
  });

  it("writes a Jalali month in Latin letters and digits on English pages: Azar 1405, short Ordi", () => {
    expect(tickLabel(tick({}), "en")).to.equal("Azar 1405");
    expect(tickLabel(tick({ format: "month", month: 1 }), "en")).to.equal("Farvardin");
    expect(tickLabel(tick({ format: "monthShort", month: 2 }), "en")).to.equal("Ordi");
    expect(tickLabel(tick({ format: "monthShort", month: 10 }), "en")).to.equal("Dey");
  });

  it("writes years, day numbers and seasons in the page's digits", () => {
    expect(tickLabel(tick({ unit: "year", format: "year" }), "fa")).to.equal("۱۴۰۵");
    expect(tickLabel(tick({ unit: "day", format: "day", day: 30 }), "fa")).to.equal("۳۰");
    expect(tickLabel(tick({ unit: "day", format: "day", day: 30 }), "en")).to.equal("30");
    expect(tickLabel(tick({ unit: "quarter", format: "quarter", quarter: 3 }), "fa")).to.equal("فصل ۳");
    expect(tickLabel(tick({ unit: "quarter", format: "quarter", quarter: 3 }), "en")).to.equal("Q3");
  });

  it("keeps Gregorian labels from the catalogue: March 2026 in English, مارس ۲۰۲۶ in Persian", () => {
    const march = tick({ calendar: "gregorian", year: 2026, month: 3 });
    expect(tickLabel(march, "en")).to.equal("March 2026");
    expect(tickLabel({ ...march, format: "monthShort" }, "en")).to.equal("Mar");
    expect(tickLabel(march, "fa")).to.equal("مارس ۲۰۲۶");
  });

  it("prints nothing in a cell too narrow for any label", () => {
    expect(tickLabel(tick({ format: "none" }), "fa")).to.equal("");
  });

  it("writes the S-curve's month ticks short, with the year only where asked", () => {
    expect(monthTickLabel({ calendar: "jalali", month: 9, year: 1405, showYear: true }, "fa")).to.equal("آذر ۱۴۰۵");
    expect(monthTickLabel({ calendar: "jalali", month: 11, year: 1405, showYear: false }, "en")).to.equal("Bahm");
    expect(monthTickLabel({ calendar: "gregorian", month: 4, year: 2026, showYear: true }, "en")).to.equal("Apr 2026");
  });
});
