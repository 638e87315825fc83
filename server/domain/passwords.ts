// Password policy (pure). Hashing itself needs node:crypto and lives in server/services/passwords.ts.

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

/** An i18n key describing what is wrong with a new password, or null when it is acceptable. */
export function passwordProblem(password: string, email: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return "auth.errors.passwordTooShort";
  if (password.length > PASSWORD_MAX_LENGTH) return "auth.errors.passwordTooLong";
  if (email && password.toLowerCase().includes(email.toLowerCase().split("@")[0]) && email.split("@")[0].length >= 4) {
    return "auth.errors.passwordContainsName";
  }
  return null;
}
