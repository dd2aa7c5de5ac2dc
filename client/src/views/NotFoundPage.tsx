import type { JSX } from 'solid-js';
import { t } from '../i18n/i18n.ts';
import { Link } from '../router/Link.tsx';

/** Shown for a path the app does not know. */
export function NotFoundPage(): JSX.Element {
  return (
    <div class="card empty-state">
      <h1 class="page-title">{t('notFound.title')}</h1>
      <Link href="/">{t('notFound.back')}</Link>
    </div>
  );
}
