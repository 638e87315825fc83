import { MigrationInterface, QueryRunner } from "typeorm";

export class Templates1795458856764 implements MigrationInterface {
    name = 'Templates1795458856764'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "templates" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "key" varchar(80) NOT NULL, "language" varchar(2) NOT NULL, "name" varchar(200) NOT NULL, "kind" varchar(30) NOT NULL, "version" integer NOT NULL, "description" text NOT NULL DEFAULT (''), "built_in" boolean NOT NULL DEFAULT (0), "document" text NOT NULL, "task_count" integer NOT NULL DEFAULT (0), "duration_days" integer NOT NULL DEFAULT (0), "draft_project_id" integer, "updated_by_id" integer, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_templates_key_language" ON "templates" ("key", "language") `);
        await queryRunner.query(`CREATE TABLE "temporary_projects" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(200) NOT NULL, "client_organisation" varchar(200) NOT NULL DEFAULT (''), "description" text NOT NULL DEFAULT (''), "kickoff_date" varchar(10) NOT NULL, "working_days" varchar(20) NOT NULL DEFAULT ('1,2,3,4,5'), "archived_at" varchar(30), "seed_key" varchar(60), "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), "compared_baseline_id" integer, "template_key" varchar(80), "template_language" varchar(2), "template_version" integer, "draft_of_template_id" integer, CONSTRAINT "UQ_378769c5311ec724fabb2f418d8" UNIQUE ("seed_key"))`);
        await queryRunner.query(`INSERT INTO "temporary_projects"("id", "name", "client_organisation", "description", "kickoff_date", "working_days", "archived_at", "seed_key", "created_at", "updated_at", "compared_baseline_id") SELECT "id", "name", "client_organisation", "description", "kickoff_date", "working_days", "archived_at", "seed_key", "created_at", "updated_at", "compared_baseline_id" FROM "projects"`);
        await queryRunner.query(`DROP TABLE "projects"`);
        await queryRunner.query(`ALTER TABLE "temporary_projects" RENAME TO "projects"`);
        await queryRunner.query(`CREATE TABLE "temporary_users" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "email" varchar(254) NOT NULL, "name" varchar(200) NOT NULL, "password_hash" varchar(300) NOT NULL, "is_admin" boolean NOT NULL DEFAULT (0), "locale" varchar(2) NOT NULL DEFAULT ('en'), "disabled_at" varchar(30), "created_at" datetime NOT NULL DEFAULT (datetime('now')), "is_consultant" boolean NOT NULL DEFAULT (0), CONSTRAINT "UQ_97672ac88f789774dd47f7c8be3" UNIQUE ("email"))`);
        await queryRunner.query(`INSERT INTO "temporary_users"("id", "email", "name", "password_hash", "is_admin", "locale", "disabled_at", "created_at") SELECT "id", "email", "name", "password_hash", "is_admin", "locale", "disabled_at", "created_at" FROM "users"`);
        await queryRunner.query(`DROP TABLE "users"`);
        await queryRunner.query(`ALTER TABLE "temporary_users" RENAME TO "users"`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "users" RENAME TO "temporary_users"`);
        await queryRunner.query(`CREATE TABLE "users" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "email" varchar(254) NOT NULL, "name" varchar(200) NOT NULL, "password_hash" varchar(300) NOT NULL, "is_admin" boolean NOT NULL DEFAULT (0), "locale" varchar(2) NOT NULL DEFAULT ('en'), "disabled_at" varchar(30), "created_at" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "UQ_97672ac88f789774dd47f7c8be3" UNIQUE ("email"))`);
        await queryRunner.query(`INSERT INTO "users"("id", "email", "name", "password_hash", "is_admin", "locale", "disabled_at", "created_at") SELECT "id", "email", "name", "password_hash", "is_admin", "locale", "disabled_at", "created_at" FROM "temporary_users"`);
        await queryRunner.query(`DROP TABLE "temporary_users"`);
        await queryRunner.query(`ALTER TABLE "projects" RENAME TO "temporary_projects"`);
        await queryRunner.query(`CREATE TABLE "projects" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(200) NOT NULL, "client_organisation" varchar(200) NOT NULL DEFAULT (''), "description" text NOT NULL DEFAULT (''), "kickoff_date" varchar(10) NOT NULL, "working_days" varchar(20) NOT NULL DEFAULT ('1,2,3,4,5'), "archived_at" varchar(30), "seed_key" varchar(60), "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), "compared_baseline_id" integer, CONSTRAINT "UQ_378769c5311ec724fabb2f418d8" UNIQUE ("seed_key"))`);
        await queryRunner.query(`INSERT INTO "projects"("id", "name", "client_organisation", "description", "kickoff_date", "working_days", "archived_at", "seed_key", "created_at", "updated_at", "compared_baseline_id") SELECT "id", "name", "client_organisation", "description", "kickoff_date", "working_days", "archived_at", "seed_key", "created_at", "updated_at", "compared_baseline_id" FROM "temporary_projects"`);
        await queryRunner.query(`DROP TABLE "temporary_projects"`);
        await queryRunner.query(`DROP INDEX "uq_templates_key_language"`);
        await queryRunner.query(`DROP TABLE "templates"`);
    }

}
