// TODO stub
import type { DataSource } from "typeorm";

export class ResourceService {
  constructor(private readonly ds: DataSource) {}
}
