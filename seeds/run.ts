// TODO stub
import type { DataSource } from "typeorm";
export async function runSeeds(_ds: DataSource, _today: string): Promise<void> {}
