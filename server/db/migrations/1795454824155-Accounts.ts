import { MigrationInterface, QueryRunner } from "typeorm";

export class Accounts1795454824155 implements MigrationInterface {
    name = 'Accounts1795454824155'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "users" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "email" varchar(254) NOT NULL, "name" varchar(200) NOT NULL, "password_hash" varchar(300) NOT NULL, "is_admin" boolean NOT NULL DEFAULT (0), "locale" varchar(2) NOT NULL DEFAULT ('en'), "disabled_at" varchar(30), "created_at" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "UQ_97672ac88f789774dd47f7c8be3" UNIQUE ("email"))`);
        await queryRunner.query(`CREATE TABLE "project_memberships" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "project_id" integer NOT NULL, "user_id" integer NOT NULL, "role" varchar(20) NOT NULL, "member_id" integer)`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_b877acbf8d466f2889a2eeb147" ON "project_memberships" ("project_id", "user_id") `);
        await queryRunner.query(`CREATE TABLE "sessions" ("sid" varchar(128) PRIMARY KEY NOT NULL, "expires_at" bigint NOT NULL, "data" text NOT NULL)`);
        await queryRunner.query(`CREATE INDEX "IDX_9cfe37d28c3b229a350e086d94" ON "sessions" ("expires_at") `);
        await queryRunner.query(`CREATE TABLE "app_settings" ("key" varchar(60) PRIMARY KEY NOT NULL, "value" text NOT NULL)`);
        await queryRunner.query(`CREATE TABLE "login_throttles" ("key" varchar(300) PRIMARY KEY NOT NULL, "failures" integer NOT NULL DEFAULT (0), "window_start" varchar(30) NOT NULL, "locked_until" varchar(30))`);
        await queryRunner.query(`DROP INDEX "IDX_b877acbf8d466f2889a2eeb147"`);
        await queryRunner.query(`CREATE TABLE "temporary_project_memberships" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "project_id" integer NOT NULL, "user_id" integer NOT NULL, "role" varchar(20) NOT NULL, "member_id" integer, CONSTRAINT "FK_38a73cbcc58fbed8e62a66d79b8" FOREIGN KEY ("project_id") REFERENCES "projects" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_7cb6c36ad5bf1bd4a413823acec" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_6274bb3ce7e702bc37c99b2f40f" FOREIGN KEY ("member_id") REFERENCES "members" ("id") ON DELETE SET NULL ON UPDATE NO ACTION)`);
        await queryRunner.query(`INSERT INTO "temporary_project_memberships"("id", "project_id", "user_id", "role", "member_id") SELECT "id", "project_id", "user_id", "role", "member_id" FROM "project_memberships"`);
        await queryRunner.query(`DROP TABLE "project_memberships"`);
        await queryRunner.query(`ALTER TABLE "temporary_project_memberships" RENAME TO "project_memberships"`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_b877acbf8d466f2889a2eeb147" ON "project_memberships" ("project_id", "user_id") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "IDX_b877acbf8d466f2889a2eeb147"`);
        await queryRunner.query(`ALTER TABLE "project_memberships" RENAME TO "temporary_project_memberships"`);
        await queryRunner.query(`CREATE TABLE "project_memberships" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "project_id" integer NOT NULL, "user_id" integer NOT NULL, "role" varchar(20) NOT NULL, "member_id" integer)`);
        await queryRunner.query(`INSERT INTO "project_memberships"("id", "project_id", "user_id", "role", "member_id") SELECT "id", "project_id", "user_id", "role", "member_id" FROM "temporary_project_memberships"`);
        await queryRunner.query(`DROP TABLE "temporary_project_memberships"`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_b877acbf8d466f2889a2eeb147" ON "project_memberships" ("project_id", "user_id") `);
        await queryRunner.query(`DROP TABLE "login_throttles"`);
        await queryRunner.query(`DROP TABLE "app_settings"`);
        await queryRunner.query(`DROP INDEX "IDX_9cfe37d28c3b229a350e086d94"`);
        await queryRunner.query(`DROP TABLE "sessions"`);
        await queryRunner.query(`DROP INDEX "IDX_b877acbf8d466f2889a2eeb147"`);
        await queryRunner.query(`DROP TABLE "project_memberships"`);
        await queryRunner.query(`DROP TABLE "users"`);
    }

}
