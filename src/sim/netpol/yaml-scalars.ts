import type { ScalarValue } from './yaml-nodes';

/**
 * Plain words with a fixed meaning. Kubernetes reads manifests with go-yaml v2 (through
 * sigs.k8s.io/yaml), which keeps the YAML 1.1 booleans: yes/no/on/off/y/n are booleans there.
 */
const WORDS: ReadonlyMap<string, ScalarValue> = new Map<string, ScalarValue>([
  ...['y', 'Y', 'yes', 'Yes', 'YES', 'on', 'On', 'ON', 'true', 'True', 'TRUE'].map(
    (word): [string, ScalarValue] => [word, true],
  ),
  ...['n', 'N', 'no', 'No', 'NO', 'off', 'Off', 'OFF', 'false', 'False', 'FALSE'].map(
    (word): [string, ScalarValue] => [word, false],
  ),
  ...['', '~', 'null', 'Null', 'NULL'].map((word): [string, ScalarValue] => [word, null]),
  ...['.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF'].map((word): [string, ScalarValue] => [
    word,
    Infinity,
  ]),
  ...['-.inf', '-.Inf', '-.INF'].map((word): [string, ScalarValue] => [word, -Infinity]),
  ...['.nan', '.NaN', '.NAN'].map((word): [string, ScalarValue] => [word, NaN]),
]);

/** Integers as Go's strconv.ParseInt reads them with base 0: 0x hex, 0o or leading-0 octal, 0b binary. */
const INTEGER = /^[-+]?(?:0[xX][0-9a-fA-F]+|0[oO]?[0-7]+|0[bB][01]+|[1-9][0-9]*|0)$/;
/** The float syntax go-yaml accepts after the integer forms fail. */
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
/** A float starting with a dot (".5"), the only other form go-yaml tries. */
const DOT_FLOAT = /^\.[0-9]+(?:[eE][-+]?[0-9]+)?$/;

/** The value of an integer text in one of the INTEGER forms. */
function integerValue(text: string): number {
  const negative = text.startsWith('-');
  const digits = text.replace(/^[-+]/, '');
  const prefix = digits.slice(0, 2).toLowerCase();
  let value: number;
  if (prefix === '0x' || prefix === '0b' || prefix === '0o') value = Number(digits.toLowerCase());
  else if (digits.length > 1 && digits.startsWith('0')) value = parseInt(digits, 8);
  else value = Number(digits);
  return negative ? -value : value;
}

/**
 * Resolves an untagged plain scalar as Kubernetes does: YAML 1.1 booleans and nulls, integers
 * (underscores ignored), floats; anything else, timestamps and 1:30-style numbers included, stays
 * a string (go-yaml hands timestamps to Kubernetes as strings).
 */
export function resolvePlain(text: string): ScalarValue {
  const word = WORDS.get(text);
  if (word !== undefined) return word;
  const first = text.charAt(0);
  if (first === '.') return DOT_FLOAT.test(text) ? Number(text) : text;
  if (!/[-+0-9]/.test(first)) return text;
  const plain = text.replaceAll('_', '');
  if (INTEGER.test(plain)) return integerValue(plain);
  if (FLOAT.test(plain)) {
    const value = Number(plain);
    // go-yaml refuses a float out of range, so the text stays a string.
    if (Number.isFinite(value)) return value;
  }
  return text;
}

/** The tags that make go-yaml resolve a scalar's text even when it is quoted. */
const RESOLVING_TAGS = new Set(['!!int', '!!float', '!!bool', '!!null']);
/** The tags that keep a scalar a string. */
const STRING_TAGS = new Set(['!!str', '!<tag:yaml.org,2002:str>']);

/**
 * Resolves a scalar from its text, whether it was plain (quoted and block scalars are strings)
 * and its tag: !!str keeps a string, !!int/!!float/!!bool/!!null resolve even a quoted text, and
 * other tags are ignored.
 */
export function resolveScalar(text: string, plain: boolean, tag: string): ScalarValue {
  if (STRING_TAGS.has(tag)) return text;
  if (plain || RESOLVING_TAGS.has(tag)) return resolvePlain(text);
  return text;
}
