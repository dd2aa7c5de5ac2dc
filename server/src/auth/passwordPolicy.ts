/** Why a new password is refused; each maps to a message in the API error catalogue. */
export type PasswordProblem = 'too-short' | 'too-simple' | 'contains-username' | 'unchanged';

/** The minimum length, per the MLPS level-3 baseline officials are graded against. */
export const minimumPasswordLength = 12;

/**
 * Checks a new password: at least 12 characters, at least three of lower case, upper case,
 * digits and other characters, not containing the username, and not the current password.
 */
export function checkNewPassword(
  password: string,
  context: { username: string; current: string },
): PasswordProblem | null {
  if (password === context.current) return 'unchanged';
  if ([...password].length < minimumPasswordLength) return 'too-short';
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/].filter((pattern) =>
    pattern.test(password),
  );
  if (classes.length < 3) return 'too-simple';
  if (password.toLowerCase().includes(context.username.toLowerCase())) return 'contains-username';
  return null;
}
