// Factories for the registers (goals, resources, expectations); people come from makeMember in factories.ts.
import type { DataSource } from "typeorm";
import { Expectation, Goal, Resource, type Task } from "../../entities";

export async function makeGoal(ds: DataSource, projectId: number, over: Partial<Goal> = {}): Promise<Goal> {
  const repo = ds.getRepository(Goal);
  return repo.save(
    repo.create({ projectId, name: "Lead response time", unit: "hours", baseline: 48, target: 8, actual: null, dueDate: "2026-09-30", ownerId: null, notes: "", ...over }),
  );
}

export async function makeResource(ds: DataSource, projectId: number, over: Partial<Resource> = {}): Promise<Resource> {
  const repo = ds.getRepository(Resource);
  return repo.save(
    repo.create({ projectId, kind: "budget", name: "Licences year 1", memberId: null, unit: "EUR", planned: 10000, committed: 4000, notes: "", ...over }),
  );
}

export async function makeExpectation(ds: DataSource, projectId: number, over: Partial<Expectation> = {}, tasks: Task[] = []): Promise<Expectation> {
  const repo = ds.getRepository(Expectation);
  return repo.save(
    repo.create({ projectId, userGroup: "Field sales", statement: "See my open opportunities on the phone", priority: "must", source: "workshop", status: "new", tasks, ...over }),
  );
}
