// TODO stub
import type { DataSource } from "typeorm";

export class OverviewService {
  constructor(private readonly ds: DataSource) {}
}
