import { MigrationInterface, QueryRunner } from "typeorm";

export class GateOverride1795453445701 implements MigrationInterface {
    name = 'GateOverride1795453445701'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "IDX_3970899ef999d1bad06514c426"`);
        await queryRunner.query(`CREATE TABLE "temporary_phases" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "project_id" integer NOT NULL, "kind" varchar(20) NOT NULL, "position" integer NOT NULL, "gate_signed_off_by_id" integer, "gate_signed_off_at" varchar(30), "gate_note" text NOT NULL DEFAULT (''), "gate_open_items" integer NOT NULL DEFAULT (0), "gate_override_reason" text NOT NULL DEFAULT (''), CONSTRAINT "FK_0d94794825baab56e6c62f8dddd" FOREIGN KEY ("gate_signed_off_by_id") REFERENCES "members" ("id") ON DELETE SET NULL ON UPDATE NO ACTION, CONSTRAINT "FK_6ec6b200da7101a6cc19894ffbd" FOREIGN KEY ("project_id") REFERENCES "projects" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
        await queryRunner.query(`INSERT INTO "temporary_phases"("id", "project_id", "kind", "position", "gate_signed_off_by_id", "gate_signed_off_at", "gate_note") SELECT "id", "project_id", "kind", "position", "gate_signed_off_by_id", "gate_signed_off_at", "gate_note" FROM "phases"`);
        await queryRunner.query(`DROP TABLE "phases"`);
        await queryRunner.query(`ALTER TABLE "temporary_phases" RENAME TO "phases"`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_3970899ef999d1bad06514c426" ON "phases" ("project_id", "kind") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "IDX_3970899ef999d1bad06514c426"`);
        await queryRunner.query(`ALTER TABLE "phases" RENAME TO "temporary_phases"`);
        await queryRunner.query(`CREATE TABLE "phases" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "project_id" integer NOT NULL, "kind" varchar(20) NOT NULL, "position" integer NOT NULL, "gate_signed_off_by_id" integer, "gate_signed_off_at" varchar(30), "gate_note" text NOT NULL DEFAULT (''), CONSTRAINT "FK_0d94794825baab56e6c62f8dddd" FOREIGN KEY ("gate_signed_off_by_id") REFERENCES "members" ("id") ON DELETE SET NULL ON UPDATE NO ACTION, CONSTRAINT "FK_6ec6b200da7101a6cc19894ffbd" FOREIGN KEY ("project_id") REFERENCES "projects" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
        await queryRunner.query(`INSERT INTO "phases"("id", "project_id", "kind", "position", "gate_signed_off_by_id", "gate_signed_off_at", "gate_note") SELECT "id", "project_id", "kind", "position", "gate_signed_off_by_id", "gate_signed_off_at", "gate_note" FROM "temporary_phases"`);
        await queryRunner.query(`DROP TABLE "temporary_phases"`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_3970899ef999d1bad06514c426" ON "phases" ("project_id", "kind") `);
    }

}
