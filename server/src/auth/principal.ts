import type { Role } from '@lianban/case-model';

/** The authenticated user behind a request or socket. */
export interface Principal {
  readonly userId: string;
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  readonly unitId: string;
  /** The division the user's jurisdiction covers (their unit's division). */
  readonly divisionCode: string;
}
