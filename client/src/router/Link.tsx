import type { JSX } from 'solid-js';
import { navigate } from './router.ts';

/**
 * An in-app link: a real `<a href>` (keyboard, middle-click, copy link) that navigates in place;
 * `current` marks the link of the page shown (`aria-current="page"`).
 */
export function Link(props: {
  href: string;
  class?: string;
  current?: boolean;
  children: JSX.Element;
}): JSX.Element {
  const onClick = (event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(props.href);
  };
  return (
    <a
      href={props.href}
      class={props.class}
      aria-current={props.current ? 'page' : undefined}
      onClick={onClick}
    >
      {props.children}
    </a>
  );
}
