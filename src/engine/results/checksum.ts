/**
 * The checksum of a results record: FNV-1a (64-bit) over the UTF-8 bytes of the record's canonical JSON.
 *
 * It detects accidental edits (a spreadsheet or text editor that "fixed" the file) and casual tampering
 * (a changed rating). It is NOT a security signature: anyone who reads this code can recompute it.
 */

/** Prefix naming the algorithm, so a later version can switch algorithms without ambiguity. */
export const CHECKSUM_PREFIX = 'fnv1a64:';

/**
 * JSON with object keys sorted (by UTF-16 code units) at every level and no white space. It follows
 * `JSON.stringify` otherwise: `undefined` properties are left out, so a value and its JSON round trip
 * give the same text.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    const text = JSON.stringify(value) as string | undefined;
    return text ?? 'null';
  }
  if (Array.isArray(value)) {
    return `[${value.map((item: unknown) => (item === undefined || typeof item === 'function' ? 'null' : canonicalJson(item))).join(',')}]`;
  }
  const entries = Object.keys(value)
    .sort()
    .flatMap((key) => {
      const item = (value as Record<string, unknown>)[key];
      return item === undefined || typeof item === 'function' ? [] : [`${JSON.stringify(key)}:${canonicalJson(item)}`];
    });
  return `{${entries.join(',')}}`;
}

/** Calls `emit` with each UTF-8 byte of `text`; lone surrogates become U+FFFD, as TextEncoder does. */
function forEachUtf8Byte(text: string, emit: (byte: number) => void): void {
  for (const char of text) {
    let cp = char.codePointAt(0) as number;
    if (cp >= 0xd800 && cp <= 0xdfff) cp = 0xfffd;
    if (cp < 0x80) emit(cp);
    else if (cp < 0x800) {
      emit(0xc0 | (cp >> 6));
      emit(0x80 | (cp & 0x3f));
    } else if (cp < 0x10000) {
      emit(0xe0 | (cp >> 12));
      emit(0x80 | ((cp >> 6) & 0x3f));
      emit(0x80 | (cp & 0x3f));
    } else {
      emit(0xf0 | (cp >> 18));
      emit(0x80 | ((cp >> 12) & 0x3f));
      emit(0x80 | ((cp >> 6) & 0x3f));
      emit(0x80 | (cp & 0x3f));
    }
  }
}

/**
 * FNV-1a 64-bit hash of a text's UTF-8 bytes, as 16 lower-case hex digits. The 64-bit state is kept in
 * four 16-bit limbs so that it needs no BigInt and stays fast on large files.
 */
export function fnv1a64(text: string): string {
  // Offset basis 0xcbf29ce484222325, least significant limb first.
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  forEachUtf8Byte(text, (byte) => {
    h0 ^= byte;
    // Multiply by the prime 2^40 + 0x1b3, modulo 2^64.
    const t0 = h0 * 0x1b3;
    let t1 = h1 * 0x1b3;
    let t2 = h2 * 0x1b3 + (h0 << 8);
    const t3 = h3 * 0x1b3 + (h1 << 8);
    t1 += t0 >>> 16;
    t2 += t1 >>> 16;
    h0 = t0 & 0xffff;
    h1 = t1 & 0xffff;
    h2 = t2 & 0xffff;
    h3 = (t3 + (t2 >>> 16)) & 0xffff;
  });
  return [h3, h2, h1, h0].map((limb) => limb.toString(16).padStart(4, '0')).join('');
}

/**
 * The checksum of a results record: `fnv1a64:` and 16 hex digits, over the canonical JSON of the record
 * without its `checksum` field (a `checksum` field that is present is ignored). Detects accidental edits
 * and casual tampering; it is not a security signature.
 */
export function checksumOf(record: object): string {
  const { checksum: _ignored, ...rest } = record as { checksum?: unknown };
  return CHECKSUM_PREFIX + fnv1a64(canonicalJson(rest));
}
