import type { Next } from '../format/effects';

/** Every scene or ending a `next` can lead to, with the pointer (relative to `next`) that names it. */
export function targetsOf(next: Next): { id: string; pointer: string }[] {
  if (typeof next === 'string') return [{ id: next, pointer: '' }];
  return [
    ...next.routes.map((route, i) => ({ id: route.goto, pointer: `/routes/${i}/goto` })),
    { id: next.otherwise, pointer: '/otherwise' },
  ];
}
