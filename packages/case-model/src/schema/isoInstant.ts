const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** Whether a value is an ISO 8601 instant with a time zone, as callers pass times in. */
export function isIsoInstant(value: unknown): value is string {
  return typeof value === 'string' && isoInstant.test(value);
}
