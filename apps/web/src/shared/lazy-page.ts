import { createElement, lazy, useRef, type ComponentType } from 'react';

type LazyPage<Props> = ComponentType<Props> & {
  /** Fetches the page's code before it is shown. */
  preload: () => Promise<unknown>;
};

/** A page's code could not be fetched: most often a new release has replaced it since the tab was opened. */
export class PageCodeUnavailable extends Error {
  constructor(cause: unknown) {
    super('The page’s code could not be loaded', { cause });
    this.name = 'PageCodeUnavailable';
  }
}

/**
 * A page whose code loads when it is first shown, in a chunk of its own, so that
 * signing in does not wait for every page of the app. Pages are named exports.
 */
export function lazyPage<Name extends string, Props extends object>(load: () => Promise<Record<Name, ComponentType<Props>>>, name: Name): LazyPage<Props> {
  let loaded: ComponentType<Props> | null = null;
  const preload = () =>
    load().then((module) => {
      loaded = module[name];
      return module;
    });
  const LoadOnFirstShow = lazy<ComponentType<Props>>(async () => {
    const module = await preload().catch((cause: unknown) => {
      throw new PageCodeUnavailable(cause);
    });
    return { default: module[name] };
  });
  // Code fetched ahead (see preload) renders at once: through lazy() it would wait a
  // Suspense round, whose reveal React holds back up to 0.3 s after the fallback.
  // Chosen once per mount, so the page never changes type, and state, under the user.
  function Page(props: Props) {
    const shown = useRef(loaded ?? LoadOnFirstShow).current;
    return createElement(shown, props);
  }
  return Object.assign(Page, { preload });
}

export function isLazyPage(component: unknown): component is LazyPage<never> {
  return typeof component === 'function' && 'preload' in component;
}
