/** The case list's filters, search and sort, as kept in the page's address (`/cases?…`). */
export interface ListFilters {
  readonly state: string;
  readonly category: string;
  readonly channel: string;
  readonly overdue: boolean;
  /** '' for no limit, else a whole number of days. */
  readonly dueWithinDays: string;
  readonly q: string;
  /** `field:direction`, e.g. `registeredAt:desc`; '' for the server's default. */
  readonly sort: string;
}

/** No filter, newest first. */
export const noFilters: ListFilters = {
  state: '',
  category: '',
  channel: '',
  overdue: false,
  dueWithinDays: '',
  q: '',
  sort: '',
};

/** The sorts offered, in the order shown. */
export const sortChoices = [
  'registeredAt:desc',
  'registeredAt:asc',
  'dueDate:asc',
  'state:asc',
  'relevance:asc',
] as const;

/** Reads filters from a query string; unknown or malformed values are dropped. */
export function readFilters(search: string): ListFilters {
  const params = new URLSearchParams(search);
  const text = (name: string, max = 100) => (params.get(name) ?? '').slice(0, max);
  const days = text('dueWithinDays');
  const sort = text('sort');
  return {
    state: text('state', 32),
    category: text('category', 64),
    channel: text('channel', 64),
    overdue: params.get('overdue') === 'true',
    dueWithinDays: /^\d{1,3}$/.test(days) ? days : '',
    q: text('q'),
    sort: (sortChoices as readonly string[]).includes(sort) ? sort : '',
  };
}

/** The filters as `GET /api/cases` parameters (and as the page's query string). */
export function filterParams(filters: ListFilters): Record<string, string> {
  const params: Record<string, string> = {};
  if (filters.state) params.state = filters.state;
  if (filters.category) params.category = filters.category;
  if (filters.channel) params.channel = filters.channel;
  if (filters.overdue) params.overdue = 'true';
  if (filters.dueWithinDays) params.dueWithinDays = filters.dueWithinDays;
  if (filters.q.trim()) params.q = filters.q.trim();
  // Relevance needs a search; without one the server's default order applies.
  if (filters.sort && (filters.sort !== 'relevance:asc' || params.q)) params.sort = filters.sort;
  return params;
}
