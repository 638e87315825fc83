// TODO stub
import type { DataSource } from "typeorm";

export class GoalService {
  constructor(private readonly ds: DataSource) {}
}
