import type {
  ClockView,
  CommandPayloads,
  Label,
  Registration,
  Role,
  StateView,
} from '@lianban/case-model';
import { composeServer, type ServerParts } from '../composeServer.ts';
import type { CaseCommandType } from '../workflow/commandInput.ts';
import {
  at,
  buildRegistration,
  harnessNow,
  type UserName,
  units,
  users,
} from './caseApiFixtures.ts';

/** The parsed body of an answer, with the fields the tests read typed. */
export interface AnswerBody {
  readonly caseId?: string;
  readonly eventId?: string;
  readonly replayed?: boolean;
  readonly state?: StateView;
  readonly clocks?: ClockView[];
  readonly error?: {
    readonly code: string;
    readonly message: Label;
    readonly conflictsWith?: string;
    readonly details?: unknown;
  };
  readonly [field: string]: unknown;
}

/** An HTTP answer: status and parsed body. */
export interface Answer {
  readonly status: number;
  readonly body: AnswerBody;
}

/** Options of one act: its instant, idempotency key and basis. */
export interface ActOptions {
  readonly at?: string;
  readonly key?: string;
  readonly basis?: string | null;
}

/** A composed server with the test province and a session per user, spoken to in-process. */
export interface CaseApi {
  readonly parts: ServerParts;
  /**
   * Adds a user (id `user-<username>`, display name the username unless given) with a session,
   * for tests that need one more.
   */
  addUser(username: string, role: Role, unitId: string, displayName?: string): Promise<void>;
  request(user: string | null, method: string, path: string, body?: unknown): Promise<Answer>;
  /** Registers a case as the clerk; throws unless it is created. */
  register(overrides?: Partial<Registration>): Promise<string>;
  /**
   * A case transferred to the environment bureau on day 1 (with `coUnitIds`) and accepted with
   * the notice served on day 3: handling runs to 2026-08-03. Answers its id and the accept event.
   */
  accepted(coUnitIds?: string[]): Promise<{ caseId: string; acceptId: string }>;
  /**
   * An {@link accepted} case (housing co-handling unless `coUnitIds` says otherwise) replied "not
   * supported" on `replyDay` (default 10), so a review may be requested; throws unless replied.
   */
  replied(options?: { replyDay?: number; coUnitIds?: string[] }): Promise<string>;
  act<K extends CaseCommandType>(
    user: UserName,
    caseId: string,
    type: K,
    payload: CommandPayloads[K],
    options?: ActOptions,
  ): Promise<Answer>;
  close(): Promise<void>;
}

/** Builds the harness; `now` fixes the server's clock. */
export async function createCaseApi(now = harnessNow): Promise<CaseApi> {
  const parts = composeServer({ inMemory: true, LOG_LEVEL: 'silent', now: () => new Date(now) });
  parts.fixtures.createUnit({ unitId: units.office, name: '青川市信访局', divisionCode: '990100' });
  for (const unitId of [units.environment, units.housing, units.police]) {
    parts.fixtures.createUnit({ unitId, name: unitId, divisionCode: '990100', level: 'city' });
  }
  parts.fixtures.createUnit({ unitId: units.inspection, name: '督查室', divisionCode: '990000' });
  parts.fixtures.createUnit({
    unitId: units.provincialEnvironment,
    name: '省生态环境厅',
    divisionCode: '990000',
  });
  const tokens = new Map<string, string>();
  const addUser = async (username: string, role: Role, unitId: string, displayName?: string) => {
    await parts.users.create(
      { role, unitId, id: `user-${username}`, username, displayName, password: 'pw' },
      new Date(),
    );
    tokens.set(username, parts.sessions.issue(`user-${username}`));
  };
  for (const [username, user] of Object.entries(users))
    await addUser(username, user.role, user.unitId);
  let keys = 0;
  const request: CaseApi['request'] = async (user, method, path, body) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (user) headers.authorization = `Bearer ${tokens.get(user)}`;
    const init = { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) };
    const response = await parts.app.request(path, init);
    return { status: response.status, body: (await response.json()) as AnswerBody };
  };
  const api: CaseApi = {
    parts,
    addUser,
    request,
    async register(overrides = {}) {
      const registration = buildRegistration(overrides);
      const answer = await request('clerk', 'POST', '/api/cases', {
        idempotencyKey: `register-${++keys}`,
        registration,
      });
      if (answer.status !== 201) throw new Error(`register: ${JSON.stringify(answer)}`);
      return answer.body.caseId as string;
    },
    async accepted(coUnitIds = []) {
      const caseId = await api.register();
      const route = { leadUnitId: units.environment, coUnitIds };
      await api.act('clerk', caseId, 'transfer', route, { at: at(1) });
      const accept = await api.act(
        'handler',
        caseId,
        'accept',
        { notice: 'served' },
        { at: at(3) },
      );
      if (accept.status !== 200) throw new Error(`accept: ${JSON.stringify(accept)}`);
      return { caseId, acceptId: accept.body.eventId! };
    },
    async replied({ replyDay = 10, coUnitIds = [units.housing] } = {}) {
      const { caseId } = await api.accepted(coUnitIds);
      const reply = { outcome: 'notSupported', summary: '经调查，排放达标' } as const;
      const answer = await api.act('handler', caseId, 'reply', reply, { at: at(replyDay) });
      if (answer.status !== 200) throw new Error(`reply: ${JSON.stringify(answer)}`);
      return caseId;
    },
    act(user, caseId, type, payload, options = {}) {
      return request(user, 'POST', `/api/cases/${caseId}/commands`, {
        type,
        idempotencyKey: options.key ?? `${type}-${++keys}`,
        payload,
        ...(options.at === undefined ? {} : { at: options.at }),
        ...(options.basis === undefined ? {} : { basis: options.basis }),
      });
    },
    async close() {
      await parts.rooms.closeAll();
      await parts.store.close();
      parts.db.close();
    },
  };
  return api;
}
