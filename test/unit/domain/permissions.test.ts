// The permission table: who may do what in a project.
import { expect } from "chai";
import { can, PERMISSIONS, PROJECT_ROLES, permissionsOf, type Permission, type ProjectRole } from "../../../server/domain/permissions";

const as = (role: ProjectRole | null, isAdmin = false) => ({ role, isAdmin });

describe("domain/permissions", () => {
  it("lets an owner do everything and a manager everything but delete the project", () => {
    for (const p of PERMISSIONS) expect(can(as("owner"), p), p).to.equal(true);
    expect(PERMISSIONS.filter((p) => !can(as("manager"), p))).to.deep.equal(["project.delete"]);
  });

  it("lets a stakeholder only view, without internal notes", () => {
    expect(PERMISSIONS.filter((p) => can(as("stakeholder"), p))).to.deep.equal(["project.view"]);
  });

  it("lets a member edit only what is assigned to them, and comment", () => {
    expect(can(as("member"), "plan.editAssigned", { assigned: true })).to.equal(true);
    expect(can(as("member"), "plan.editAssigned", { assigned: false })).to.equal(false);
    expect(can(as("member"), "plan.edit")).to.equal(false);
    expect(can(as("member"), "comment.add")).to.equal(true);
    expect(can(as("member"), "gate.signOff")).to.equal(false);
  });

  it("lets only owners and managers sign gates off and manage share links", () => {
    const signers = PROJECT_ROLES.filter((r) => can(as(r), "gate.signOff"));
    expect(signers).to.deep.equal(["owner", "manager"]);
    expect(PROJECT_ROLES.filter((r) => can(as(r), "share.manage"))).to.deep.equal(["owner", "manager"]);
  });

  it("lets a consultant build the plan but not change settings, members, gates or share links", () => {
    const allowed: Permission[] = ["project.view", "project.viewInternal", "plan.edit", "plan.editAssigned", "comment.add"];
    expect(PERMISSIONS.filter((p) => can(as("consultant"), p))).to.deep.equal(allowed);
    expect(permissionsOf("consultant")).to.deep.equal(allowed);
  });

  it("gives plan.edit holders plan.editAssigned on anything", () => {
    expect(can(as("manager"), "plan.editAssigned", { assigned: false })).to.equal(true);
  });

  it("refuses everything to anonymous visitors and to users outside the project, and allows all to administrators", () => {
    for (const p of PERMISSIONS) {
      expect(can(null, p), p).to.equal(false);
      expect(can(as(null), p), p).to.equal(false);
      expect(can(as(null, true), p), p).to.equal(true);
    }
  });
});
