// Rials and tomans: amounts in either shown in the reader's unit; other units untouched.
import { expect } from "chai";
import { iranianUnit, moneyIn } from "../../../server/domain/money";

const labels = { rial: "rials", toman: "tomans" };

describe("Iranian currency display", () => {
  it("recognises rial and toman units in Latin and Persian", () => {
    expect(["IRR", " rial ", "ریال", "Rials"].map(iranianUnit)).to.deep.equal(["rial", "rial", "rial", "rial"]);
    expect(["IRT", "Toman", "تومان"].map(iranianUnit)).to.deep.equal(["toman", "toman", "toman"]);
    expect(["EUR", "days", ""].map(iranianUnit)).to.deep.equal([null, null, null]);
  });

  it("converts between them (1 toman = 10 rials) and leaves the rest alone", () => {
    expect(moneyIn(5_000_000_000, "IRR", "toman", labels)).to.deep.equal({ amount: 500_000_000, unit: "tomans" });
    expect(moneyIn(250, "تومان", "rial", labels)).to.deep.equal({ amount: 2500, unit: "rials" });
    expect(moneyIn(250, "IRT", "toman", labels)).to.deep.equal({ amount: 250, unit: "tomans" });
    expect(moneyIn(250, "IRR", "as-entered", labels)).to.deep.equal({ amount: 250, unit: "IRR" });
    expect(moneyIn(40, "EUR", "toman", labels)).to.deep.equal({ amount: 40, unit: "EUR" });
  });
});
