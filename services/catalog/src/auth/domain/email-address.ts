/** The one spelling of an email address used to store and to look up accounts. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
