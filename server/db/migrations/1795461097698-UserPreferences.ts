import { MigrationInterface, QueryRunner } from "typeorm";

export class UserPreferences1795461097698 implements MigrationInterface {
    name = 'UserPreferences1795461097698'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "temporary_users" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "email" varchar(254) NOT NULL, "name" varchar(200) NOT NULL, "password_hash" varchar(300) NOT NULL, "is_admin" boolean NOT NULL DEFAULT (0), "locale" varchar(2) NOT NULL DEFAULT ('en'), "disabled_at" varchar(30), "created_at" datetime NOT NULL DEFAULT (datetime('now')), "is_consultant" boolean NOT NULL DEFAULT (0), "date_calendar" varchar(10) NOT NULL DEFAULT ('auto'), "money_display" varchar(10) NOT NULL DEFAULT ('as-entered'), CONSTRAINT "UQ_97672ac88f789774dd47f7c8be3" UNIQUE ("email"))`);
        await queryRunner.query(`INSERT INTO "temporary_users"("id", "email", "name", "password_hash", "is_admin", "locale", "disabled_at", "created_at", "is_consultant") SELECT "id", "email", "name", "password_hash", "is_admin", "locale", "disabled_at", "created_at", "is_consultant" FROM "users"`);
        await queryRunner.query(`DROP TABLE "users"`);
        await queryRunner.query(`ALTER TABLE "temporary_users" RENAME TO "users"`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "users" RENAME TO "temporary_users"`);
        await queryRunner.query(`CREATE TABLE "users" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "email" varchar(254) NOT NULL, "name" varchar(200) NOT NULL, "password_hash" varchar(300) NOT NULL, "is_admin" boolean NOT NULL DEFAULT (0), "locale" varchar(2) NOT NULL DEFAULT ('en'), "disabled_at" varchar(30), "created_at" datetime NOT NULL DEFAULT (datetime('now')), "is_consultant" boolean NOT NULL DEFAULT (0), CONSTRAINT "UQ_97672ac88f789774dd47f7c8be3" UNIQUE ("email"))`);
        await queryRunner.query(`INSERT INTO "users"("id", "email", "name", "password_hash", "is_admin", "locale", "disabled_at", "created_at", "is_consultant") SELECT "id", "email", "name", "password_hash", "is_admin", "locale", "disabled_at", "created_at", "is_consultant" FROM "temporary_users"`);
        await queryRunner.query(`DROP TABLE "temporary_users"`);
    }

}
