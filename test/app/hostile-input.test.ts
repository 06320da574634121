// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importResults } from '../../src/engine/results/import-results';
import { safeStorage } from '../../src/app/stores/safe-storage';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 150);

describe('hostile input', () => {
  it('the results importer never throws, whatever the file holds', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 400 }), fc.jsonValue().map((v) => JSON.stringify(v))), (text) => {
        const result = importResults(text, 'file.json');
        expect(result.ok ? typeof result.record.checksum : typeof result.reason).toBe('string');
      }),
      { numRuns: RUNS },
    );
  });

  it('the results importer refuses results-shaped objects with arbitrary fields', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue()), (fields) => {
        const result = importResults(JSON.stringify({ kind: 'tynda-results', formatVersion: 1, ...fields }), 'file.json');
        expect(result.ok).toBe(false);
      }),
      { numRuns: RUNS },
    );
  });

  it('the saved-state loader never throws and keeps what it cannot read', () => {
    const storage = safeStorage<unknown>(1);
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.jsonValue().map((v) => JSON.stringify(v))), (raw) => {
        localStorage.clear();
        localStorage.setItem('progress', raw);
        const loaded = storage.getItem('progress');
        const kept = Object.keys(localStorage).filter((k) => k.startsWith('tynda:unreadable:'));
        if (loaded === null) {
          expect(kept).toHaveLength(1);
          expect(localStorage.getItem(kept[0]!)).toBe(raw);
        } else {
          expect(typeof loaded).toBe('object');
          expect(kept).toHaveLength(0);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
