// TODO stub
import type { DataSource } from "typeorm";

export class PhaseService {
  constructor(private readonly ds: DataSource) {}
}
