// TODO stub
import type { DataSource } from "typeorm";

export class TaskService {
  constructor(private readonly ds: DataSource) {}
}
