// Person form (a project member): name, email, organisation and role title.
import { z } from "zod";
import { field, parseForm } from "./form";

const schema = z.object({
  name: field.text(200),
  email: field.email(),
  organisation: field.optionalText(200),
  roleTitle: field.optionalText(200),
});

export type MemberInput = z.output<typeof schema>;

export const parseMemberForm = (body: unknown) => parseForm(schema, body);
