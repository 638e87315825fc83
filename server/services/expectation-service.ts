// TODO stub
import type { DataSource } from "typeorm";

export class ExpectationService {
  constructor(private readonly ds: DataSource) {}
}
