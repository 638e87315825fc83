import { MigrationInterface, QueryRunner } from "typeorm";

export class Scheduling1795451534568 implements MigrationInterface {
    name = 'Scheduling1795451534568'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "calendar_exceptions" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "project_id" integer NOT NULL, "date" varchar(10) NOT NULL, "working" boolean NOT NULL DEFAULT (0), "name" varchar(200) NOT NULL DEFAULT (''))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_0231675e887c2551e5d711b6a9" ON "calendar_exceptions" ("project_id", "date") `);
        await queryRunner.query(`CREATE TABLE "baselines" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "project_id" integer NOT NULL, "name" varchar(200) NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')))`);
        await queryRunner.query(`CREATE TABLE "baseline_tasks" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "baseline_id" integer NOT NULL, "task_id" integer NOT NULL, "start_date" varchar(10) NOT NULL, "finish_date" varchar(10) NOT NULL, "duration_days" integer NOT NULL)`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_1ca2d311c33eb2b10ab47c4318" ON "baseline_tasks" ("baseline_id", "task_id") `);
        await queryRunner.query(`CREATE TABLE "temporary_projects" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(200) NOT NULL, "client_organisation" varchar(200) NOT NULL DEFAULT (''), "description" text NOT NULL DEFAULT (''), "kickoff_date" varchar(10) NOT NULL, "working_days" varchar(20) NOT NULL DEFAULT ('1,2,3,4,5'), "archived_at" varchar(30), "seed_key" varchar(60), "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), "compared_baseline_id" integer, CONSTRAINT "UQ_378769c5311ec724fabb2f418d8" UNIQUE ("seed_key"))`);
        await queryRunner.query(`INSERT INTO "temporary_projects"("id", "name", "client_organisation", "description", "kickoff_date", "working_days", "archived_at", "seed_key", "created_at", "updated_at") SELECT "id", "name", "client_organisation", "description", "kickoff_date", "working_days", "archived_at", "seed_key", "created_at", "updated_at" FROM "projects"`);
        await queryRunner.query(`DROP TABLE "projects"`);
        await queryRunner.query(`ALTER TABLE "temporary_projects" RENAME TO "projects"`);
        await queryRunner.query(`DROP INDEX "IDX_9eecdb5b1ed8c7c2a1b392c28d"`);
        await queryRunner.query(`CREATE TABLE "temporary_tasks" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "project_id" integer NOT NULL, "phase_id" integer NOT NULL, "parent_id" integer, "position" integer NOT NULL DEFAULT (0), "task_key" varchar(40), "name" varchar(300) NOT NULL, "start_date" varchar(10) NOT NULL, "duration_days" integer NOT NULL, "finish_date" varchar(10) NOT NULL, "milestone" boolean NOT NULL DEFAULT (0), "progress" integer NOT NULL DEFAULT (0), "assignee_id" integer, "notes" text NOT NULL DEFAULT (''), "manual" boolean NOT NULL DEFAULT (0), "constraint_type" varchar(4) NOT NULL DEFAULT ('ASAP'), "constraint_date" varchar(10), "import_uid" integer, "early_start" varchar(10), "early_finish" varchar(10), "late_start" varchar(10), "late_finish" varchar(10), "total_slack" integer, "free_slack" integer, "critical" boolean NOT NULL DEFAULT (0), "constraint_violated" boolean NOT NULL DEFAULT (0), CONSTRAINT "FK_855d484825b715c545349212c7f" FOREIGN KEY ("assignee_id") REFERENCES "members" ("id") ON DELETE SET NULL ON UPDATE NO ACTION, CONSTRAINT "FK_b03c99063a4eaf084f069a4d5a7" FOREIGN KEY ("parent_id") REFERENCES "tasks" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_9df310e6687970816f92aa5c60a" FOREIGN KEY ("phase_id") REFERENCES "phases" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_9eecdb5b1ed8c7c2a1b392c28d4" FOREIGN KEY ("project_id") REFERENCES "projects" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
        await queryRunner.query(`INSERT INTO "temporary_tasks"("id", "project_id", "phase_id", "parent_id", "position", "task_key", "name", "start_date", "duration_days", "finish_date", "milestone", "progress", "assignee_id", "notes") SELECT "id", "project_id", "phase_id", "parent_id", "position", "task_key", "name", "start_date", "duration_days", "finish_date", "milestone", "progress", "assignee_id", "notes" FROM "tasks"`);
        await queryRunner.query(`DROP TABLE "tasks"`);
        await queryRunner.query(`ALTER TABLE "temporary_tasks" RENAME TO "tasks"`);
        await queryRunner.query(`CREATE INDEX "IDX_9eecdb5b1ed8c7c2a1b392c28d" ON "tasks" ("project_id") `);
        await queryRunner.query(`DROP INDEX "IDX_0231675e887c2551e5d711b6a9"`);
        await queryRunner.query(`CREATE TABLE "temporary_calendar_exceptions" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "project_id" integer NOT NULL, "date" varchar(10) NOT NULL, "working" boolean NOT NULL DEFAULT (0), "name" varchar(200) NOT NULL DEFAULT (''), CONSTRAINT "FK_d56dd0050e729f29e2f6be39d8d" FOREIGN KEY ("project_id") REFERENCES "projects" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
        await queryRunner.query(`INSERT INTO "temporary_calendar_exceptions"("id", "project_id", "date", "working", "name") SELECT "id", "project_id", "date", "working", "name" FROM "calendar_exceptions"`);
        await queryRunner.query(`DROP TABLE "calendar_exceptions"`);
        await queryRunner.query(`ALTER TABLE "temporary_calendar_exceptions" RENAME TO "calendar_exceptions"`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_0231675e887c2551e5d711b6a9" ON "calendar_exceptions" ("project_id", "date") `);
        await queryRunner.query(`CREATE TABLE "temporary_baselines" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "project_id" integer NOT NULL, "name" varchar(200) NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "FK_f7049e9169a39f27abae7da9f5c" FOREIGN KEY ("project_id") REFERENCES "projects" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
        await queryRunner.query(`INSERT INTO "temporary_baselines"("id", "project_id", "name", "created_at") SELECT "id", "project_id", "name", "created_at" FROM "baselines"`);
        await queryRunner.query(`DROP TABLE "baselines"`);
        await queryRunner.query(`ALTER TABLE "temporary_baselines" RENAME TO "baselines"`);
        await queryRunner.query(`DROP INDEX "IDX_1ca2d311c33eb2b10ab47c4318"`);
        await queryRunner.query(`CREATE TABLE "temporary_baseline_tasks" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "baseline_id" integer NOT NULL, "task_id" integer NOT NULL, "start_date" varchar(10) NOT NULL, "finish_date" varchar(10) NOT NULL, "duration_days" integer NOT NULL, CONSTRAINT "FK_61b464e18238e5b94e8ba4c29a5" FOREIGN KEY ("baseline_id") REFERENCES "baselines" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_33f4b6fc4263b529d13e3de5093" FOREIGN KEY ("task_id") REFERENCES "tasks" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
        await queryRunner.query(`INSERT INTO "temporary_baseline_tasks"("id", "baseline_id", "task_id", "start_date", "finish_date", "duration_days") SELECT "id", "baseline_id", "task_id", "start_date", "finish_date", "duration_days" FROM "baseline_tasks"`);
        await queryRunner.query(`DROP TABLE "baseline_tasks"`);
        await queryRunner.query(`ALTER TABLE "temporary_baseline_tasks" RENAME TO "baseline_tasks"`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_1ca2d311c33eb2b10ab47c4318" ON "baseline_tasks" ("baseline_id", "task_id") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "IDX_1ca2d311c33eb2b10ab47c4318"`);
        await queryRunner.query(`ALTER TABLE "baseline_tasks" RENAME TO "temporary_baseline_tasks"`);
        await queryRunner.query(`CREATE TABLE "baseline_tasks" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "baseline_id" integer NOT NULL, "task_id" integer NOT NULL, "start_date" varchar(10) NOT NULL, "finish_date" varchar(10) NOT NULL, "duration_days" integer NOT NULL)`);
        await queryRunner.query(`INSERT INTO "baseline_tasks"("id", "baseline_id", "task_id", "start_date", "finish_date", "duration_days") SELECT "id", "baseline_id", "task_id", "start_date", "finish_date", "duration_days" FROM "temporary_baseline_tasks"`);
        await queryRunner.query(`DROP TABLE "temporary_baseline_tasks"`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_1ca2d311c33eb2b10ab47c4318" ON "baseline_tasks" ("baseline_id", "task_id") `);
        await queryRunner.query(`ALTER TABLE "baselines" RENAME TO "temporary_baselines"`);
        await queryRunner.query(`CREATE TABLE "baselines" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "project_id" integer NOT NULL, "name" varchar(200) NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')))`);
        await queryRunner.query(`INSERT INTO "baselines"("id", "project_id", "name", "created_at") SELECT "id", "project_id", "name", "created_at" FROM "temporary_baselines"`);
        await queryRunner.query(`DROP TABLE "temporary_baselines"`);
        await queryRunner.query(`DROP INDEX "IDX_0231675e887c2551e5d711b6a9"`);
        await queryRunner.query(`ALTER TABLE "calendar_exceptions" RENAME TO "temporary_calendar_exceptions"`);
        await queryRunner.query(`CREATE TABLE "calendar_exceptions" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "project_id" integer NOT NULL, "date" varchar(10) NOT NULL, "working" boolean NOT NULL DEFAULT (0), "name" varchar(200) NOT NULL DEFAULT (''))`);
        await queryRunner.query(`INSERT INTO "calendar_exceptions"("id", "project_id", "date", "working", "name") SELECT "id", "project_id", "date", "working", "name" FROM "temporary_calendar_exceptions"`);
        await queryRunner.query(`DROP TABLE "temporary_calendar_exceptions"`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_0231675e887c2551e5d711b6a9" ON "calendar_exceptions" ("project_id", "date") `);
        await queryRunner.query(`DROP INDEX "IDX_9eecdb5b1ed8c7c2a1b392c28d"`);
        await queryRunner.query(`ALTER TABLE "tasks" RENAME TO "temporary_tasks"`);
        await queryRunner.query(`CREATE TABLE "tasks" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "project_id" integer NOT NULL, "phase_id" integer NOT NULL, "parent_id" integer, "position" integer NOT NULL DEFAULT (0), "task_key" varchar(40), "name" varchar(300) NOT NULL, "start_date" varchar(10) NOT NULL, "duration_days" integer NOT NULL, "finish_date" varchar(10) NOT NULL, "milestone" boolean NOT NULL DEFAULT (0), "progress" integer NOT NULL DEFAULT (0), "assignee_id" integer, "notes" text NOT NULL DEFAULT (''), CONSTRAINT "FK_855d484825b715c545349212c7f" FOREIGN KEY ("assignee_id") REFERENCES "members" ("id") ON DELETE SET NULL ON UPDATE NO ACTION, CONSTRAINT "FK_b03c99063a4eaf084f069a4d5a7" FOREIGN KEY ("parent_id") REFERENCES "tasks" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_9df310e6687970816f92aa5c60a" FOREIGN KEY ("phase_id") REFERENCES "phases" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_9eecdb5b1ed8c7c2a1b392c28d4" FOREIGN KEY ("project_id") REFERENCES "projects" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
        await queryRunner.query(`INSERT INTO "tasks"("id", "project_id", "phase_id", "parent_id", "position", "task_key", "name", "start_date", "duration_days", "finish_date", "milestone", "progress", "assignee_id", "notes") SELECT "id", "project_id", "phase_id", "parent_id", "position", "task_key", "name", "start_date", "duration_days", "finish_date", "milestone", "progress", "assignee_id", "notes" FROM "temporary_tasks"`);
        await queryRunner.query(`DROP TABLE "temporary_tasks"`);
        await queryRunner.query(`CREATE INDEX "IDX_9eecdb5b1ed8c7c2a1b392c28d" ON "tasks" ("project_id") `);
        await queryRunner.query(`ALTER TABLE "projects" RENAME TO "temporary_projects"`);
        await queryRunner.query(`CREATE TABLE "projects" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(200) NOT NULL, "client_organisation" varchar(200) NOT NULL DEFAULT (''), "description" text NOT NULL DEFAULT (''), "kickoff_date" varchar(10) NOT NULL, "working_days" varchar(20) NOT NULL DEFAULT ('1,2,3,4,5'), "archived_at" varchar(30), "seed_key" varchar(60), "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "UQ_378769c5311ec724fabb2f418d8" UNIQUE ("seed_key"))`);
        await queryRunner.query(`INSERT INTO "projects"("id", "name", "client_organisation", "description", "kickoff_date", "working_days", "archived_at", "seed_key", "created_at", "updated_at") SELECT "id", "name", "client_organisation", "description", "kickoff_date", "working_days", "archived_at", "seed_key", "created_at", "updated_at" FROM "temporary_projects"`);
        await queryRunner.query(`DROP TABLE "temporary_projects"`);
        await queryRunner.query(`DROP INDEX "IDX_1ca2d311c33eb2b10ab47c4318"`);
        await queryRunner.query(`DROP TABLE "baseline_tasks"`);
        await queryRunner.query(`DROP TABLE "baselines"`);
        await queryRunner.query(`DROP INDEX "IDX_0231675e887c2551e5d711b6a9"`);
        await queryRunner.query(`DROP TABLE "calendar_exceptions"`);
    }

}
