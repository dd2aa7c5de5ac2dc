import type { Label } from '../enums/label.ts';
import type { Role } from '../enums/role.ts';
import { roleLabels } from '../enums/role.ts';
import type { WindowKind } from './actSpec.ts';
import type { CaseStatus } from './caseStatus.ts';
import { caseStatusLabels } from './caseStatus.ts';
import { commandLabels } from './commandLabels.ts';
import type { Refusal, RefusalCode } from './refusal.ts';
import type { CommandType } from './workflowCommand.ts';

const windowLabels: Readonly<Record<WindowKind, Label>> = {
  objection: { zh: '异议期限（5个工作日）', en: 'objection period (5 working days)' },
  handle: { zh: '办理期限', en: 'handling period' },
  reviewWindow: { zh: '申请复查期限（30日）', en: 'review request period (30 days)' },
  reexamWindow: { zh: '申请复核期限（30日）', en: 're-examination request period (30 days)' },
};

const make = (code: RefusalCode, zh: string, en: string, conflictsWith?: string): Refusal =>
  conflictsWith === undefined
    ? { code, reason: { zh, en } }
    : { code, reason: { zh, en }, conflictsWith };

const act = (type: CommandType): Label => commandLabels[type] ?? { zh: type, en: type };

/** The refusals `decide` and the fold give, each with a reason a person can read in zh and en. */
export const refusals = {
  wrongState: (status: CaseStatus, type: CommandType, conflictsWith?: string): Refusal =>
    make(
      'wrong-state',
      `案件处于「${caseStatusLabels[status].zh}」状态，不能${act(type).zh}`,
      `The case is ${caseStatusLabels[status].en.toLowerCase()}: "${act(type).en}" is not possible`,
      conflictsWith,
    ),
  wrongRole: (role: Role, type: CommandType): Refusal =>
    make(
      'wrong-role',
      `「${roleLabels[role]?.zh ?? role}」角色不能${act(type).zh}`,
      `The role ${roleLabels[role]?.en ?? role} may not "${act(type).en}"`,
    ),
  wrongUnit: (type: CommandType): Refusal =>
    make(
      'wrong-unit',
      `您所在单位不是此案${act(type).zh}的责任单位`,
      `Your unit is not the unit that may "${act(type).en}" on this case`,
    ),
  accusedUnit: (unitId: string): Refusal =>
    make(
      'accused-unit',
      `信访事项反映（检举）的是单位 ${unitId}，不得交其办理`,
      `The petition accuses unit ${unitId}; the case may not be given to it`,
    ),
  windowClosed: (kind: WindowKind): Refusal =>
    make(
      'window-closed',
      `${windowLabels[kind].zh}已过`,
      `The ${windowLabels[kind].en} has passed`,
    ),
  windowOpen: (kind: WindowKind): Refusal =>
    make(
      'window-open',
      `${windowLabels[kind].zh}尚未届满`,
      `The ${windowLabels[kind].en} has not yet run out`,
    ),
  secondExtension: (extensionEventId: string): Refusal =>
    make(
      'second-extension',
      '办理期限只能延长一次',
      'The handling period can be extended only once',
      extensionEventId,
    ),
  extensionTooLong: (days: number): Refusal =>
    make(
      'extension-too-long',
      `延长期限不得超过30日（申请${days}日）`,
      `An extension may not exceed 30 days (${days} asked)`,
    ),
  invalidPayload: (zh: string, en: string): Refusal => make('invalid-payload', zh, en),
  malformed: (): Refusal => make('invalid-payload', '行为的内容格式有误', 'The act is malformed'),
  invalidTime: (at: unknown): Refusal =>
    make(
      'invalid-time',
      `时间「${String(at)}」不是带时区的ISO时间`,
      `"${String(at)}" is not an ISO instant with a zone`,
    ),
  timeOrder: (type: CommandType, earlierId?: string): Refusal =>
    make(
      'time-order',
      `${act(type).zh}的时间早于其所依据的行为，请检查设备时钟`,
      `"${act(type).en}" is dated before the act it follows; check the device clock`,
      earlierId,
    ),
  staleBasis: (type: CommandType, superseding: { type: CommandType; id: string }): Refusal =>
    make(
      'conflict',
      `${act(type).zh}所依据的案件状态已被「${act(superseding.type).zh}」改变`,
      `"${act(type).en}" was decided on a state of the case that "${act(superseding.type).en}" has since changed`,
      superseding.id,
    ),
  unknownBasis: (type: CommandType, currentId?: string): Refusal =>
    make(
      'conflict',
      `${act(type).zh}所依据的行为未被记录（可能已被驳回）`,
      `"${act(type).en}" was decided after an act that is not on record (perhaps refused)`,
      currentId,
    ),
  rewritesHistory: (type: CommandType, affectedId?: string): Refusal =>
    make(
      'conflict',
      `${act(type).zh}的时间早于已记录的行为，会改变其效力`,
      `"${act(type).en}" is dated before recorded acts and would change their effect`,
      affectedId,
    ),
  duplicateKey: (firstId: string): Refusal =>
    make(
      'duplicate-key',
      '同一幂等键已用于另一个不同的行为',
      'The same idempotency key was already used for a different act',
      firstId,
    ),
  notFound: (zh: string, en: string): Refusal => make('not-found', `未找到${zh}`, `No ${en} found`),
  alreadyDone: (type: CommandType, earlierId?: string): Refusal =>
    make('already-done', `已经${act(type).zh}过`, `"${act(type).en}" was already done`, earlierId),
  unknownAct: (type: unknown): Refusal =>
    make('unknown-act', `未知的行为「${String(type)}」`, `Unknown act "${String(type)}"`),
};
