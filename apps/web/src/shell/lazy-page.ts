import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

type LazyPage<Props> = LazyExoticComponent<ComponentType<Props>> & {
  /** Fetches the page's code before it is shown. */
  preload(): Promise<unknown>;
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
export function lazyPage<Name extends string, Props extends object>(
  load: () => Promise<Record<Name, ComponentType<Props>>>,
  name: Name,
): LazyPage<Props> {
  return Object.assign(
    lazy(async () => {
      const module = await load().catch((cause: unknown) => {
        throw new PageCodeUnavailable(cause);
      });
      return { default: module[name] };
    }),
    { preload: load },
  );
}

export function isLazyPage(component: unknown): component is LazyPage<never> {
  return typeof component === 'object' && component !== null && 'preload' in component;
}
