import { type Label, type RefusalCode, refusalCodes } from '@lianban/case-model';
import { z } from 'zod';
import { type ApiErrorCode, apiErrors } from '../apiError.ts';

/** One entry of the error catalogue: the stable code, its HTTP status and both messages. */
export interface ErrorCatalogueEntry {
  readonly code: ApiErrorCode;
  readonly status: number;
  readonly zh: string;
  readonly en: string;
  /** For a workflow refusal: decide's own reason replaces the message, which is the fallback. */
  readonly refusal: boolean;
}

/** Every stable error code, in the order of `apiErrors`. */
export const apiErrorCodes = Object.keys(apiErrors) as ApiErrorCode[];

const refusals: ReadonlySet<string> = new Set(refusalCodes);

/** The catalogue as rows, from `apiErrors` itself so that it cannot drift. */
export const errorCatalogue: readonly ErrorCatalogueEntry[] = apiErrorCodes.map((code) => ({
  code,
  status: apiErrors[code].status,
  zh: apiErrors[code].zh,
  en: apiErrors[code].en,
  refusal: refusals.has(code),
}));

/**
 * The status a workflow refusal is answered with (`apiRefusal`): the code's own, except that a
 * refusal `not-found` names an order or proposal the act refers to, so it is 422, not 404.
 */
export function refusalStatus(code: RefusalCode): number {
  return code === 'not-found' ? 422 : apiErrors[code].status;
}

/** `ErrorCode`: the closed list of stable codes. */
export const errorCodeSchema = z.enum(apiErrorCodes as [ApiErrorCode, ...ApiErrorCode[]]).meta({
  description:
    '稳定的错误代码；完整目录见文档说明或 x-error-catalogue。 ' +
    'A stable error code; the full catalogue is in the description and in x-error-catalogue.',
});

/** `Label`: a user-facing text in both languages, zh-CN first. */
export const labelSchema = z.object({ zh: z.string(), en: z.string() });

/** `Error`: every error answer, `{ error: { code, message: { zh, en }, conflictsWith?, details? } }`. */
export const errorResponseSchema = z.object({
  error: z.object({
    code: errorCodeSchema,
    message: labelSchema,
    conflictsWith: z
      .string()
      .optional()
      .meta({
        description:
          '工作流拒绝时，挡在前面的已记录行为的事件 ID。 ' +
          'For a workflow refusal: the id of the recorded event in the way.',
      }),
    details: z
      .unknown()
      .optional()
      .meta({
        description:
          'invalid-request 时为 zod 的校验问题列表；记录为冲突时为 { recordedAsConflict: true }。 ' +
          'For invalid-request the list of validation issues; for a refusal recorded as a conflict, ' +
          '{ recordedAsConflict: true }.',
      }),
  }),
});

/** The example answer of one code, as `apiError` sends it. */
export function errorExample(code: ApiErrorCode): z.output<typeof errorResponseSchema> {
  const entry = apiErrors[code];
  return { error: { code, message: { zh: entry.zh, en: entry.en } } };
}

const cell = (text: string) => text.replaceAll('|', '\\|');

/** The catalogue as a Markdown table (for `info.description`), with a heading in both languages. */
export function errorCatalogueMarkdown(): string {
  const rows = errorCatalogue.map(
    (entry) =>
      `| \`${entry.code}\` | ${entry.status}${entry.code === 'not-found' ? ' (422 *)' : ''} | ` +
      `${cell(entry.zh)} | ${cell(entry.en)} |`,
  );
  return [
    '## 错误目录 · Error catalogue',
    '',
    errorFormatNote.zh,
    '',
    errorFormatNote.en,
    '',
    '| 代码 code | HTTP | 中文 | English |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
    `\\* ${notFoundRefusalNote.zh} ${notFoundRefusalNote.en}`,
  ].join('\n');
}

/** How errors are answered, in both languages. */
export const errorFormatNote: Label = {
  zh:
    '所有错误都以 `{ "error": { "code", "message": { "zh", "en" }, "conflictsWith"?, "details"? } }` ' +
    '应答，并带有该代码对应的 HTTP 状态。代码稳定不变，文字可能调整。工作流拒绝（409/422）的 message ' +
    '是业务规则给出的具体理由，下表文字为其后备。',
  en:
    'Every error is answered as `{ "error": { "code", "message": { "zh", "en" }, "conflictsWith"?, ' +
    '"details"? } }` with the code’s HTTP status. Codes are stable; texts may change. For a ' +
    'workflow refusal (409/422) the message is the rule’s own reason; the text below is the fallback.',
};

/** Why `not-found` has two statuses. */
export const notFoundRefusalNote: Label = {
  zh: '`not-found` 作为工作流拒绝（行为引用的督办单或建议不存在）时为 422：案件本身是找到的。',
  en: '`not-found` as a workflow refusal (the order or proposal an act refers to does not exist) is 422: the case itself was found.',
};
