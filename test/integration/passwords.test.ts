// scrypt password hashes: verify the right password, refuse the wrong one and malformed stored values.
import { expect } from "chai";
import { hashPassword, verifyPassword } from "../../server/services/passwords";
import { passwordProblem } from "../../server/domain/passwords";

describe("passwords", () => {
  it("verifies the password it hashed and refuses another, with a fresh salt each time", async () => {
    const a = await hashPassword("correct horse battery");
    const b = await hashPassword("correct horse battery");
    expect(a).to.match(/^scrypt\$32768\$8\$1\$[\w-]+\$[\w-]+$/);
    expect(a).to.not.equal(b);
    expect(await verifyPassword("correct horse battery", a)).to.equal(true);
    expect(await verifyPassword("correct horse batterx", a)).to.equal(false);
  });

  it("treats malformed stored hashes as a mismatch instead of throwing", async () => {
    for (const stored of ["", "plain", "scrypt$1$2$3$$", "scrypt$99999999$8$1$abc$def", "bcrypt$1$2$3$4$5"]) {
      expect(await verifyPassword("x", stored), stored).to.equal(false);
    }
  });

  it("asks for at least 10 characters and refuses the e-mail's name inside the password", () => {
    expect(passwordProblem("short", "a@b.c")).to.equal("auth.errors.passwordTooShort");
    expect(passwordProblem("sara.ahmadi-2026!", "sara.ahmadi@example.com")).to.equal("auth.errors.passwordContainsName");
    expect(passwordProblem("a long enough passphrase", "sara@example.com")).to.equal(null);
  });
});
