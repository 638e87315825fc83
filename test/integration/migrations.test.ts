// The migrations build exactly the schema the entities describe (so production never drifts from tests).
import { expect } from "chai";
import { createDataSource } from "../../server/db/data-source";

describe("database migrations", () => {
  it("create a schema with no difference from the entities", async () => {
    const ds = createDataSource({ databasePath: ":memory:" });
    await ds.initialize();
    try {
      const applied = await ds.runMigrations();
      expect(applied.length).to.be.greaterThan(0);
      const pending = await ds.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((q) => q.query)).to.deep.equal([]);
    } finally {
      await ds.destroy();
    }
  });

  it("are idempotent: running them again applies nothing", async () => {
    const ds = createDataSource({ databasePath: ":memory:" });
    await ds.initialize();
    try {
      await ds.runMigrations();
      expect(await ds.runMigrations()).to.deep.equal([]);
    } finally {
      await ds.destroy();
    }
  });
});
