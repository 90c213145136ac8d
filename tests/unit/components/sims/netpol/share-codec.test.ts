import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  SHARE_LIMITS,
  ShareDecodeError,
  base64urlToBytes,
  bytesToBase64url,
  compressToBase64url,
  decompressFromBase64url,
} from '~/components/sims/netpol/share-codec';

describe('share codec', () => {
  it('round-trips any text, with only URL-safe characters in between', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 400 }), async (text) => {
        const encoded = await compressToBase64url(text);
        expect(encoded).toMatch(/^[A-Za-z0-9_-]*$/);
        expect(await decompressFromBase64url(encoded)).toBe(text);
      }),
      { numRuns: 60 },
    );
  });

  it('round-trips bytes through base64url, padded or not', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const text = bytesToBase64url(bytes);
        expect([...base64urlToBytes(text)]).toEqual([...bytes]);
        const padded = text + '='.repeat((4 - (text.length % 4)) % 4);
        expect([...base64urlToBytes(padded)]).toEqual([...bytes]);
      }),
    );
  });

  it('refuses a fragment that is too long before reading it', async () => {
    const long = 'A'.repeat(SHARE_LIMITS.maxEncodedChars + 1);
    await expect(decompressFromBase64url(long)).rejects.toThrow(/far longer/);
  });

  it('stops a decompression bomb at the byte cap', async () => {
    const bomb = await compressToBase64url('0'.repeat(5_000_000));
    expect(bomb.length).toBeLessThan(SHARE_LIMITS.maxEncodedChars);
    await expect(decompressFromBase64url(bomb)).rejects.toThrow(/unpacks to far more/);
  });

  it('refuses characters outside base64url, random bytes and invalid UTF-8', async () => {
    await expect(decompressFromBase64url('<script>')).rejects.toBeInstanceOf(ShareDecodeError);
    await expect(decompressFromBase64url('abcde')).rejects.toBeInstanceOf(ShareDecodeError);
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 120 }), async (bytes) => {
        const result = await decompressFromBase64url(bytesToBase64url(bytes)).catch(
          (error: unknown) => error,
        );
        // Garbage either fails with a ShareDecodeError or happens to inflate to some text.
        if (typeof result !== 'string') expect(result).toBeInstanceOf(ShareDecodeError);
      }),
      { numRuns: 80 },
    );
    const notUtf8 = await compressBytes(new Uint8Array([0xff, 0xfe, 0x80]));
    await expect(decompressFromBase64url(notUtf8)).rejects.toThrow(/does not hold text/);
  });
});

// Compresses raw bytes the way the codec does, to build hostile inputs.
async function compressBytes(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return bytesToBase64url(new Uint8Array(await new Response(stream).arrayBuffer()));
}
