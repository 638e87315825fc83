// TODO stub
import type { DataSource } from "typeorm";

export class ChecklistService {
  constructor(private readonly ds: DataSource) {}
}
