import calendarData from '../../data/cn-mainland.json' with { type: 'json' };
import type { WorkCalendar } from './createWorkCalendar.ts';
import { createWorkCalendar } from './createWorkCalendar.ts';

/**
 * The mainland China working-day calendar built from the bundled `data/cn-mainland.json`
 * (the State Council arrangements for 2025 and 2026). Add a year by editing the data.
 */
export const cnMainlandCalendar: WorkCalendar = createWorkCalendar(calendarData);
