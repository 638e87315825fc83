import { MigrationInterface, QueryRunner } from "typeorm";

export class DashboardActivity1795454583937 implements MigrationInterface {
    name = 'DashboardActivity1795454583937'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "share_links" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "project_id" integer NOT NULL, "label" varchar(200) NOT NULL, "token_hash" varchar(64) NOT NULL, "locale" varchar(5) NOT NULL DEFAULT ('en'), "expires_at" varchar(10), "revoked_at" varchar(30), "created_at" varchar(30) NOT NULL, "last_used_at" varchar(30), CONSTRAINT "UQ_9e5c29ce5b3cab482e85d7f8138" UNIQUE ("token_hash"))`);
        await queryRunner.query(`CREATE INDEX "IDX_39f110c1ee38c3db65d0964aab" ON "share_links" ("project_id") `);
        await queryRunner.query(`CREATE TABLE "progress_snapshots" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "project_id" integer NOT NULL, "date" varchar(10) NOT NULL, "percent" integer NOT NULL)`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_bbd3e81d830f4a7249d9fbd1c8" ON "progress_snapshots" ("project_id", "date") `);
        await queryRunner.query(`CREATE TABLE "activity_entries" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "project_id" integer NOT NULL, "at" varchar(30) NOT NULL, "actor_user_id" integer, "actor_name" varchar(200) NOT NULL DEFAULT (''), "subject_type" varchar(20) NOT NULL, "subject_id" integer, "subject_label" varchar(300) NOT NULL DEFAULT (''), "action" varchar(20) NOT NULL, "changes" text NOT NULL DEFAULT ('[]'))`);
        await queryRunner.query(`CREATE INDEX "IDX_3ae7d65c6cfb67a92aecf396a0" ON "activity_entries" ("subject_type", "subject_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_bf650e8582cd1a40df6da53e7a" ON "activity_entries" ("project_id", "at") `);
        await queryRunner.query(`CREATE TABLE "comments" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "project_id" integer NOT NULL, "subject_type" varchar(20) NOT NULL, "subject_id" integer NOT NULL, "body" text NOT NULL, "author_user_id" integer, "author_name" varchar(200) NOT NULL DEFAULT (''), "created_at" varchar(30) NOT NULL)`);
        await queryRunner.query(`CREATE INDEX "IDX_03dbde2ff570596e874bb3bb31" ON "comments" ("project_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_b20f02969f2299206f1d5fc9c6" ON "comments" ("subject_type", "subject_id") `);
        await queryRunner.query(`DROP INDEX "IDX_39f110c1ee38c3db65d0964aab"`);
        await queryRunner.query(`CREATE TABLE "temporary_share_links" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "project_id" integer NOT NULL, "label" varchar(200) NOT NULL, "token_hash" varchar(64) NOT NULL, "locale" varchar(5) NOT NULL DEFAULT ('en'), "expires_at" varchar(10), "revoked_at" varchar(30), "created_at" varchar(30) NOT NULL, "last_used_at" varchar(30), CONSTRAINT "UQ_9e5c29ce5b3cab482e85d7f8138" UNIQUE ("token_hash"), CONSTRAINT "FK_39f110c1ee38c3db65d0964aaba" FOREIGN KEY ("project_id") REFERENCES "projects" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
        await queryRunner.query(`INSERT INTO "temporary_share_links"("id", "project_id", "label", "token_hash", "locale", "expires_at", "revoked_at", "created_at", "last_used_at") SELECT "id", "project_id", "label", "token_hash", "locale", "expires_at", "revoked_at", "created_at", "last_used_at" FROM "share_links"`);
        await queryRunner.query(`DROP TABLE "share_links"`);
        await queryRunner.query(`ALTER TABLE "temporary_share_links" RENAME TO "share_links"`);
        await queryRunner.query(`CREATE INDEX "IDX_39f110c1ee38c3db65d0964aab" ON "share_links" ("project_id") `);
        await queryRunner.query(`DROP INDEX "IDX_bbd3e81d830f4a7249d9fbd1c8"`);
        await queryRunner.query(`CREATE TABLE "temporary_progress_snapshots" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "project_id" integer NOT NULL, "date" varchar(10) NOT NULL, "percent" integer NOT NULL, CONSTRAINT "FK_d694d8f7963317efdeb725694a6" FOREIGN KEY ("project_id") REFERENCES "projects" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
        await queryRunner.query(`INSERT INTO "temporary_progress_snapshots"("id", "project_id", "date", "percent") SELECT "id", "project_id", "date", "percent" FROM "progress_snapshots"`);
        await queryRunner.query(`DROP TABLE "progress_snapshots"`);
        await queryRunner.query(`ALTER TABLE "temporary_progress_snapshots" RENAME TO "progress_snapshots"`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_bbd3e81d830f4a7249d9fbd1c8" ON "progress_snapshots" ("project_id", "date") `);
        await queryRunner.query(`DROP INDEX "IDX_3ae7d65c6cfb67a92aecf396a0"`);
        await queryRunner.query(`DROP INDEX "IDX_bf650e8582cd1a40df6da53e7a"`);
        await queryRunner.query(`CREATE TABLE "temporary_activity_entries" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "project_id" integer NOT NULL, "at" varchar(30) NOT NULL, "actor_user_id" integer, "actor_name" varchar(200) NOT NULL DEFAULT (''), "subject_type" varchar(20) NOT NULL, "subject_id" integer, "subject_label" varchar(300) NOT NULL DEFAULT (''), "action" varchar(20) NOT NULL, "changes" text NOT NULL DEFAULT ('[]'), CONSTRAINT "FK_67248bc2125dd6692a6468cdfbd" FOREIGN KEY ("project_id") REFERENCES "projects" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
        await queryRunner.query(`INSERT INTO "temporary_activity_entries"("id", "project_id", "at", "actor_user_id", "actor_name", "subject_type", "subject_id", "subject_label", "action", "changes") SELECT "id", "project_id", "at", "actor_user_id", "actor_name", "subject_type", "subject_id", "subject_label", "action", "changes" FROM "activity_entries"`);
        await queryRunner.query(`DROP TABLE "activity_entries"`);
        await queryRunner.query(`ALTER TABLE "temporary_activity_entries" RENAME TO "activity_entries"`);
        await queryRunner.query(`CREATE INDEX "IDX_3ae7d65c6cfb67a92aecf396a0" ON "activity_entries" ("subject_type", "subject_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_bf650e8582cd1a40df6da53e7a" ON "activity_entries" ("project_id", "at") `);
        await queryRunner.query(`DROP INDEX "IDX_03dbde2ff570596e874bb3bb31"`);
        await queryRunner.query(`DROP INDEX "IDX_b20f02969f2299206f1d5fc9c6"`);
        await queryRunner.query(`CREATE TABLE "temporary_comments" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "project_id" integer NOT NULL, "subject_type" varchar(20) NOT NULL, "subject_id" integer NOT NULL, "body" text NOT NULL, "author_user_id" integer, "author_name" varchar(200) NOT NULL DEFAULT (''), "created_at" varchar(30) NOT NULL, CONSTRAINT "FK_03dbde2ff570596e874bb3bb311" FOREIGN KEY ("project_id") REFERENCES "projects" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
        await queryRunner.query(`INSERT INTO "temporary_comments"("id", "project_id", "subject_type", "subject_id", "body", "author_user_id", "author_name", "created_at") SELECT "id", "project_id", "subject_type", "subject_id", "body", "author_user_id", "author_name", "created_at" FROM "comments"`);
        await queryRunner.query(`DROP TABLE "comments"`);
        await queryRunner.query(`ALTER TABLE "temporary_comments" RENAME TO "comments"`);
        await queryRunner.query(`CREATE INDEX "IDX_03dbde2ff570596e874bb3bb31" ON "comments" ("project_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_b20f02969f2299206f1d5fc9c6" ON "comments" ("subject_type", "subject_id") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "IDX_b20f02969f2299206f1d5fc9c6"`);
        await queryRunner.query(`DROP INDEX "IDX_03dbde2ff570596e874bb3bb31"`);
        await queryRunner.query(`ALTER TABLE "comments" RENAME TO "temporary_comments"`);
        await queryRunner.query(`CREATE TABLE "comments" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "project_id" integer NOT NULL, "subject_type" varchar(20) NOT NULL, "subject_id" integer NOT NULL, "body" text NOT NULL, "author_user_id" integer, "author_name" varchar(200) NOT NULL DEFAULT (''), "created_at" varchar(30) NOT NULL)`);
        await queryRunner.query(`INSERT INTO "comments"("id", "project_id", "subject_type", "subject_id", "body", "author_user_id", "author_name", "created_at") SELECT "id", "project_id", "subject_type", "subject_id", "body", "author_user_id", "author_name", "created_at" FROM "temporary_comments"`);
        await queryRunner.query(`DROP TABLE "temporary_comments"`);
        await queryRunner.query(`CREATE INDEX "IDX_b20f02969f2299206f1d5fc9c6" ON "comments" ("subject_type", "subject_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_03dbde2ff570596e874bb3bb31" ON "comments" ("project_id") `);
        await queryRunner.query(`DROP INDEX "IDX_bf650e8582cd1a40df6da53e7a"`);
        await queryRunner.query(`DROP INDEX "IDX_3ae7d65c6cfb67a92aecf396a0"`);
        await queryRunner.query(`ALTER TABLE "activity_entries" RENAME TO "temporary_activity_entries"`);
        await queryRunner.query(`CREATE TABLE "activity_entries" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "project_id" integer NOT NULL, "at" varchar(30) NOT NULL, "actor_user_id" integer, "actor_name" varchar(200) NOT NULL DEFAULT (''), "subject_type" varchar(20) NOT NULL, "subject_id" integer, "subject_label" varchar(300) NOT NULL DEFAULT (''), "action" varchar(20) NOT NULL, "changes" text NOT NULL DEFAULT ('[]'))`);
        await queryRunner.query(`INSERT INTO "activity_entries"("id", "project_id", "at", "actor_user_id", "actor_name", "subject_type", "subject_id", "subject_label", "action", "changes") SELECT "id", "project_id", "at", "actor_user_id", "actor_name", "subject_type", "subject_id", "subject_label", "action", "changes" FROM "temporary_activity_entries"`);
        await queryRunner.query(`DROP TABLE "temporary_activity_entries"`);
        await queryRunner.query(`CREATE INDEX "IDX_bf650e8582cd1a40df6da53e7a" ON "activity_entries" ("project_id", "at") `);
        await queryRunner.query(`CREATE INDEX "IDX_3ae7d65c6cfb67a92aecf396a0" ON "activity_entries" ("subject_type", "subject_id") `);
        await queryRunner.query(`DROP INDEX "IDX_bbd3e81d830f4a7249d9fbd1c8"`);
        await queryRunner.query(`ALTER TABLE "progress_snapshots" RENAME TO "temporary_progress_snapshots"`);
        await queryRunner.query(`CREATE TABLE "progress_snapshots" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "project_id" integer NOT NULL, "date" varchar(10) NOT NULL, "percent" integer NOT NULL)`);
        await queryRunner.query(`INSERT INTO "progress_snapshots"("id", "project_id", "date", "percent") SELECT "id", "project_id", "date", "percent" FROM "temporary_progress_snapshots"`);
        await queryRunner.query(`DROP TABLE "temporary_progress_snapshots"`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_bbd3e81d830f4a7249d9fbd1c8" ON "progress_snapshots" ("project_id", "date") `);
        await queryRunner.query(`DROP INDEX "IDX_39f110c1ee38c3db65d0964aab"`);
        await queryRunner.query(`ALTER TABLE "share_links" RENAME TO "temporary_share_links"`);
        await queryRunner.query(`CREATE TABLE "share_links" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "project_id" integer NOT NULL, "label" varchar(200) NOT NULL, "token_hash" varchar(64) NOT NULL, "locale" varchar(5) NOT NULL DEFAULT ('en'), "expires_at" varchar(10), "revoked_at" varchar(30), "created_at" varchar(30) NOT NULL, "last_used_at" varchar(30), CONSTRAINT "UQ_9e5c29ce5b3cab482e85d7f8138" UNIQUE ("token_hash"))`);
        await queryRunner.query(`INSERT INTO "share_links"("id", "project_id", "label", "token_hash", "locale", "expires_at", "revoked_at", "created_at", "last_used_at") SELECT "id", "project_id", "label", "token_hash", "locale", "expires_at", "revoked_at", "created_at", "last_used_at" FROM "temporary_share_links"`);
        await queryRunner.query(`DROP TABLE "temporary_share_links"`);
        await queryRunner.query(`CREATE INDEX "IDX_39f110c1ee38c3db65d0964aab" ON "share_links" ("project_id") `);
        await queryRunner.query(`DROP INDEX "IDX_b20f02969f2299206f1d5fc9c6"`);
        await queryRunner.query(`DROP INDEX "IDX_03dbde2ff570596e874bb3bb31"`);
        await queryRunner.query(`DROP TABLE "comments"`);
        await queryRunner.query(`DROP INDEX "IDX_bf650e8582cd1a40df6da53e7a"`);
        await queryRunner.query(`DROP INDEX "IDX_3ae7d65c6cfb67a92aecf396a0"`);
        await queryRunner.query(`DROP TABLE "activity_entries"`);
        await queryRunner.query(`DROP INDEX "IDX_bbd3e81d830f4a7249d9fbd1c8"`);
        await queryRunner.query(`DROP TABLE "progress_snapshots"`);
        await queryRunner.query(`DROP INDEX "IDX_39f110c1ee38c3db65d0964aab"`);
        await queryRunner.query(`DROP TABLE "share_links"`);
    }

}
