// An independent oracle for the subnet generator tests: plain integer arithmetic written for
// the tests, sharing no code with src/sim/ip or src/sim/subnet.

/** Dotted quad → unsigned integer. */
export function v4(text: string): number {
  const octets = text.split('.').map(Number);
  if (octets.length !== 4 || octets.some((o) => !Number.isInteger(o) || o < 0 || o > 255))
    throw new Error(`bad ${text}`);
  return octets.reduce((acc, o) => acc * 256 + o, 0);
}

/** "a.b.c.d/p" → first and last address and prefix. */
export function block(text: string): { first: number; last: number; prefix: number } {
  const [address = '', prefix = ''] = text.split('/');
  const p = Number(prefix);
  const size = 2 ** (32 - p);
  const first = Math.floor(v4(address) / size) * size;
  return { first, last: first + size - 1, prefix: p };
}

/** A dotted mask → prefix length, by counting leading one bits. */
export function maskBits(mask: string): number {
  const value = v4(mask);
  let bits = 0;
  while (bits < 32 && Math.floor(value / 2 ** (31 - bits)) % 2 === 1) bits++;
  return bits;
}

/** Any IPv6 text (with ::, optional dotted IPv4 tail) → eight 16-bit groups. */
export function v6Groups(text: string): number[] {
  let head = text.toLowerCase();
  const tail: number[] = [];
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(head);
  if (dotted?.[1]) {
    const n = v4(dotted[1]);
    tail.push(Math.floor(n / 65536), n % 65536);
    head = head.slice(0, -dotted[1].length);
    if (head.endsWith(':') && !head.endsWith('::')) head = head.slice(0, -1);
  }
  const parse = (part: string) => (part === '' ? [] : part.split(':').map((g) => parseInt(g, 16)));
  let groups: number[];
  if (head.includes('::')) {
    const [left = '', right = ''] = head.split('::');
    const l = parse(left);
    const r = [...parse(right), ...tail];
    groups = [...l, ...Array<number>(8 - l.length - r.length).fill(0), ...r];
  } else groups = [...parse(head), ...tail];
  if (groups.length !== 8) throw new Error(`bad ${text}`);
  return groups;
}

/** The lines "Label: value" of a prompt, as pairs. */
export function givenLines(prompt: string): [string, string][] {
  return prompt
    .split('\n')
    .map((line) => /^(.+?): (.+)$/.exec(line))
    .flatMap((m) => (m?.[1] && m[2] ? [[m[1], m[2]] as [string, string]] : []));
}
