// Accounts: sign-in, passwords and roles (the pages arrive with accounts; the rules are here already).
export const auth = {
  "auth.errors.passwordTooShort": "Use at least 10 characters.",
  "auth.errors.passwordTooLong": "Use at most 200 characters.",
  "auth.errors.passwordContainsName": "Do not put your e-mail name in the password.",
  "role.owner": "Owner",
  "role.manager": "Manager",
  "role.member": "Member",
  "role.stakeholder": "Stakeholder",
  "role.consultant": "Consultant",
} as const;
