import type { Label } from '@lianban/case-model';
import { CloseCode, closeReason, isTerminalCloseCode } from '@lianban/sync';

/** Where the wire protocol is specified, relative to the repository root. */
export const protocolDocument = 'packages/sync/PROTOCOL.md';

/** One close code of the sync endpoint as the docs describe it. */
export interface CloseCodeDoc {
  readonly code: number;
  readonly name: keyof typeof CloseCode;
  /** The reason text the server sends with it. */
  readonly reason: string;
  /** Whether a stock y-websocket client stops reconnecting after it (4400–4499). */
  readonly terminal: boolean;
  readonly meaning: Label;
}

// Keyed by CloseCode's names, so that a new close code does not compile until it is documented.
const meanings: { readonly [K in keyof typeof CloseCode]: Label } = {
  BadMessage: {
    zh: '帧无法解码（除超长外的任何原因）；客户端应停止重连。',
    en: 'A frame failed to decode (any reason but too-large); the client should not reconnect.',
  },
  Unauthorized: {
    zh: '缺少或无效的凭证（会话令牌）；请重新登录后再连接。',
    en: 'Missing or invalid credentials (session token); log in again before reconnecting.',
  },
  Forbidden: {
    zh: '已登录，但无权访问此案件文档（含回避、文档不存在）。',
    en: 'Authenticated, but no access to this case document (recusal and unknown documents alike).',
  },
  MessageTooLarge: {
    zh: '帧或其中的数据超过限制；重发同样会失败。',
    en: 'A frame or a payload inside it exceeded a limit; resending would fail again.',
  },
  RateLimited: {
    zh: '消息或字节过多，或该用户的连接数已满；稍后再连（标准客户端会视为终止，需自行重试）。',
    en: 'Too many messages or bytes, or too many connections for this user; reconnect after a delay (stock clients treat it as terminal, so retry yourself).',
  },
  SlowConsumer: {
    zh: '客户端读取过慢，服务器发送缓冲区溢出；客户端会自动重连。',
    en: 'The client read too slowly and the server’s send buffer overflowed; the client reconnects.',
  },
  GoingAway: {
    zh: '服务器正在关闭或迁移此文档；客户端会自动重连。',
    en: 'The server is shutting down or moving the room; the client reconnects.',
  },
  InternalError: {
    zh: '服务器错误（例如存储失败）；客户端会自动重连。',
    en: 'Server error (e.g. storage failed); the client reconnects.',
  },
};

/** Every close code of `/sync/{room}`, in the order of the protocol's table. */
export const syncCloseCodes: readonly CloseCodeDoc[] = (
  Object.entries(CloseCode) as [
    keyof typeof CloseCode,
    (typeof CloseCode)[keyof typeof CloseCode],
  ][]
)
  .map(([name, code]) => ({
    code,
    name,
    reason: closeReason[code],
    terminal: isTerminalCloseCode(code),
    meaning: meanings[name],
  }))
  .sort((a, b) => closeOrder(a.code) - closeOrder(b.code));

// 44xx first, then 45xx, then the standard codes, as in PROTOCOL.md.
function closeOrder(code: number): number {
  return code >= 4000 ? code - 4000 : code + 1000;
}

/** The prose of the WebSocket endpoint, paragraph by paragraph. */
export const syncEndpointProse: readonly Label[] = [
  {
    zh:
      '`GET /sync/{room}`（WebSocket 升级）是协同编辑的 y-websocket 端点，每个文档一个连接。' +
      '房间名为 `case/<caseId>/file`、`case/<caseId>/notes`、`case/<caseId>/record` 或 ' +
      '`case/<caseId>/unit/<unitId>`（ID 为 1–64 位字母、数字、`_`、`-`）。',
    en:
      '`GET /sync/{room}` (a WebSocket upgrade) is the y-websocket endpoint for co-editing, one ' +
      'connection per document. Room names are `case/<caseId>/file`, `case/<caseId>/notes`, ' +
      '`case/<caseId>/record` or `case/<caseId>/unit/<unitId>` (ids of 1–64 letters, digits, `_`, `-`).',
  },
  {
    zh:
      '认证在升级请求上进行：`Authorization: Bearer <token>`、会话 Cookie `lianban_session`，' +
      '或浏览器无法设置头时用查询参数 `?token=<token>`（y-websocket 的 `params`）。' +
      '无读权限时连接被接受后立即以关闭码关闭，而不是 HTTP 错误（否则标准客户端会无限重试）；' +
      '只读用户的编辑不会被应用。',
    en:
      'Authentication happens on the upgrade request: `Authorization: Bearer <token>`, the ' +
      '`lianban_session` cookie, or `?token=<token>` (y-websocket’s `params`) where a browser cannot ' +
      'set headers. A refused connection is accepted and then closed with a close code, not answered ' +
      'with an HTTP error (a stock client would retry that forever); edits of read-only users are ' +
      'not applied.',
  },
  {
    zh: `二进制帧，每帧一条消息；消息格式、会话流程与限额见仓库中的 \`${protocolDocument}\`。`,
    en: `Binary frames, one message per frame; message formats, the session and the bounds are specified in \`${protocolDocument}\` in the repository.`,
  },
];
