// TODO stub
import type { DataSource } from "typeorm";

export class MemberService {
  constructor(private readonly ds: DataSource) {}
}
