// Comment form: the text of a comment on a task or a checklist item.
import { z } from "zod";
import { field, parseForm } from "./form";

export const MAX_COMMENT_LENGTH = 5000;

const schema = z.object({
  // Browsers send CRLF line breaks; store LF so a comment's length is what the user typed.
  body: z.preprocess((v) => (typeof v === "string" ? v.replace(/\r\n?/g, "\n") : v), field.text(MAX_COMMENT_LENGTH)),
});

export type CommentInput = z.output<typeof schema>;
export const parseCommentForm = (body: unknown) => parseForm(schema, body);
