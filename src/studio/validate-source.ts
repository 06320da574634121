import type { Checked } from './validate-text';

/** Validates and analyses scenario text. */
export type Validate = (text: string) => Promise<Checked>;

/**
 * The engine's validator, run in a Web Worker so that typing never waits for it; where workers are
 * not available (tests, very old browsers) it runs in the page. Only the latest request is answered.
 */
export function createValidator(): { validate: Validate; dispose: () => void } {
  if (typeof Worker === 'undefined') {
    return {
      validate: async (text) => {
        const { checkText } = await import('./validate-text');
        return checkText(text);
      },
      dispose: () => undefined,
    };
  }
  const worker = new Worker(new URL('./validate-worker.ts', import.meta.url), { type: 'module' });
  let sequence = 0;
  const waiting = new Map<number, (c: Checked | null) => void>();
  worker.onmessage = (event: MessageEvent<{ id: number; checked: Checked }>) => {
    waiting.get(event.data.id)?.(event.data.checked);
    waiting.delete(event.data.id);
  };
  return {
    validate: (text) =>
      new Promise((resolve, reject) => {
        const id = ++sequence;
        // An older request that is still running will never be shown: let it go.
        for (const [older, answer] of waiting) {
          answer(null);
          waiting.delete(older);
        }
        waiting.set(id, (checked) =>
          checked ? resolve(checked) : reject(new Error('superseded')),
        );
        worker.postMessage({ id, text });
      }),
    dispose: () => worker.terminate(),
  };
}
