/** The y-websocket room of a case file, as our server names it: `case/<caseId>/file`. */
export function roomName(caseId: string): string {
  return `case/${caseId}/file`;
}
