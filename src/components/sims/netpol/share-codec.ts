// The bytes of a share link: text compressed with the browser's CompressionStream ('deflate-raw')
// and written as base64url, so a whole simulator state fits in a URL fragment. Decoding is
// bounded: a fragment that is too long is refused before any work, and decompression stops as
// soon as the output passes its cap, so a small "zip bomb" cannot fill memory.

/** Bounds on what a share link may hold. */
export const SHARE_LIMITS = {
  /** Longer fragments are refused unread (a real state is a few kilobytes). */
  maxEncodedChars: 64 * 1024,
  /** Decompression stops past this many bytes. */
  maxDecodedBytes: 256 * 1024,
} as const;

/** Why a fragment could not be decoded, in a sentence for the learner. */
export class ShareDecodeError extends Error {
  override name = 'ShareDecodeError';
}

/** Compresses text and writes it as base64url (no padding). */
export async function compressToBase64url(text: string): Promise<string> {
  const input = new Blob([new TextEncoder().encode(text)]).stream();
  const compressed = input.pipeThrough(new CompressionStream('deflate-raw'));
  const bytes = new Uint8Array(await new Response(compressed).arrayBuffer());
  return bytesToBase64url(bytes);
}

/** Reads base64url, decompresses it with a byte cap, and decodes strict UTF-8. */
export async function decompressFromBase64url(
  encoded: string,
  maxBytes: number = SHARE_LIMITS.maxDecodedBytes,
): Promise<string> {
  if (encoded.length > SHARE_LIMITS.maxEncodedChars) {
    throw new ShareDecodeError('The link is far longer than any simulator state.');
  }
  const bytes = base64urlToBytes(encoded);
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  const output = await readCapped(stream, maxBytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(output);
  } catch {
    throw new ShareDecodeError('The link does not hold text.');
  }
}

/** Reads a byte stream to the end, or refuses once it passes `maxBytes` (and cancels it). */
async function readCapped(
  stream: ReadableStream<Uint8Array>,
  maxBytes: number,
): Promise<Uint8Array> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw new ShareDecodeError('The link unpacks to far more than any simulator state.');
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof ShareDecodeError) throw error;
    throw new ShareDecodeError('The link is not compressed the way Podnet writes links.');
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/** Bytes as base64url without padding. */
export function bytesToBase64url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** base64url (padding optional) as bytes; anything else is a ShareDecodeError. */
export function base64urlToBytes(text: string): Uint8Array<ArrayBuffer> {
  if (!/^[A-Za-z0-9_-]*={0,2}$/.test(text) || text.replace(/=+$/, '').length % 4 === 1) {
    throw new ShareDecodeError('The link has characters a Podnet link never has.');
  }
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
