import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/**
 * A page whose code loads when it is first shown, in a chunk of its own, so that
 * signing in does not wait for every page of the app. Pages are named exports.
 */
export function lazyPage<Name extends string, Props extends object>(
  load: () => Promise<Record<Name, ComponentType<Props>>>,
  name: Name,
): LazyExoticComponent<ComponentType<Props>> {
  return lazy(async () => ({ default: (await load())[name] }));
}
