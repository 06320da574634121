import type { Diagnostic } from '../engine/validate/diagnostic';

/** Validates scenario text and resolves with the engine's diagnostics. */
export type Validate = (text: string) => Promise<Diagnostic[]>;

/**
 * The engine's validator, run in a Web Worker so that typing never waits for it; where workers are
 * not available (tests, very old browsers) it runs in the page. Only the latest request is answered.
 */
export function createValidator(): { validate: Validate; dispose: () => void } {
  if (typeof Worker === 'undefined') {
    return {
      validate: async (text) => {
        const [{ validateText }] = await Promise.all([import('./validate-text')]);
        return validateText(text);
      },
      dispose: () => undefined,
    };
  }
  const worker = new Worker(new URL('./validate-worker.ts', import.meta.url), { type: 'module' });
  let sequence = 0;
  const waiting = new Map<number, (d: Diagnostic[]) => void>();
  worker.onmessage = (event: MessageEvent<{ id: number; diagnostics: Diagnostic[] }>) => {
    waiting.get(event.data.id)?.(event.data.diagnostics);
    waiting.delete(event.data.id);
  };
  return {
    validate: (text) =>
      new Promise((resolve) => {
        const id = ++sequence;
        for (const [older, answer] of waiting) {
          answer([]);
          waiting.delete(older);
        }
        waiting.set(id, resolve);
        worker.postMessage({ id, text });
      }),
    dispose: () => worker.terminate(),
  };
}
