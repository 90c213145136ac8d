import { isInputError, maskFromPrefix, parseCidr, parseIpv4 } from '../ip';
import { parseAddressWithPrefix } from './address-input';
import { NO_BROADCAST } from './drill-analyze';
import type { DrillField, DrillQuestion, DrillResult, FieldCheck } from './drill-types';
import { ipv6FormProblem } from './ipv6-form';
import { readIpv6 } from './ipv6-input';

/** Words accepted for "this subnet has no broadcast address". */
const NO_BROADCAST_WORDS = new Set([
  NO_BROADCAST,
  'no',
  'n/a',
  'na',
  '-',
  '—',
  'null',
  'no broadcast',
]);

/** A verdict on a field, with an optional note on what is wrong with the text itself. */
type Verdict = { correct: boolean; problem?: string };

/** Grades a learner's answers field by field; tolerant of spacing and notation, never throws. */
export function checkDrill(q: DrillQuestion, answers: Record<string, string>): DrillResult {
  const fields = q.fields.map((field) => checkField(q, field, answers));
  return { correct: fields.length > 0 && fields.every((f) => f.correct), fields };
}

/** Grades one field, turning any failure to read the text into a `problem` note. */
function checkField(
  q: DrillQuestion,
  field: DrillField,
  answers: Record<string, string>,
): FieldCheck {
  const expected = q.answer[field.id] ?? '';
  const raw: unknown = (answers as Record<string, unknown> | null | undefined)?.[field.id];
  const given = typeof raw === 'string' ? raw.trim() : typeof raw === 'number' ? String(raw) : '';
  const base = { id: field.id, expected, given };
  if (given === '') return { ...base, correct: false, problem: 'Nothing entered yet.' };
  let verdict: Verdict;
  try {
    verdict = judge(q, field, expected, given);
  } catch (error) {
    verdict = {
      correct: false,
      problem: isInputError(error) ? error.message : `'${given}' could not be read.`,
    };
  }
  return verdict.problem === undefined
    ? { ...base, correct: verdict.correct }
    : { ...base, ...verdict };
}

/** Compares one answer with the expected text by the rules of the field's kind. */
function judge(q: DrillQuestion, field: DrillField, expected: string, given: string): Verdict {
  switch (field.kind) {
    case 'ipv4':
      return judgeIpv4(expected, given);
    case 'cidr':
      return judgeCidr(expected, given);
    case 'number':
      return judgeNumber(expected, given);
    case 'ipv6':
      return judgeIpv6(q, expected, given);
    case 'choice':
      return judgeChoice(field, expected, given);
  }
}

/** An IPv4 answer compares as an address; "none" stands for a missing broadcast. */
function judgeIpv4(expected: string, given: string): Verdict {
  const saysNone = NO_BROADCAST_WORDS.has(given.toLowerCase());
  if (expected === NO_BROADCAST) return { correct: saysNone };
  if (saysNone) return { correct: false };
  return { correct: parseIpv4(given) === parseIpv4(expected) };
}

/** A CIDR answer compares as a block; "10.0.0.0 255.255.255.0" counts as 10.0.0.0/24, host bits are a mistake. */
function judgeCidr(expected: string, given: string): Verdict {
  const { address, prefix } = parseAddressWithPrefix(given);
  const network = (address & maskFromPrefix(prefix)) >>> 0;
  const block = parseCidr(expected);
  const sameBlock = network === block.network && prefix === block.prefix;
  if (network !== address) {
    return {
      correct: false,
      problem: `'${given}' has host bits set: a /${String(prefix)} block starts at a network address${sameBlock ? `, here ${expected}` : ''}.`,
    };
  }
  return { correct: sameBlock };
}

/** A number compares as an integer, with thousands separators and spaces ignored ("1,022" = "1022"). */
function judgeNumber(expected: string, given: string): Verdict {
  const digits = given.replace(/[\s,_'’]/g, '');
  if (!/^\d+$/.test(digits)) {
    return {
      correct: false,
      problem: `'${given}' is not a whole number: write digits only, e.g. 1022 or 1,022.`,
    };
  }
  return { correct: Number(digits) === Number(expected) };
}

/** An IPv6 answer compares as an address; expand and compress drills also require the asked-for form. */
function judgeIpv6(q: DrillQuestion, expected: string, given: string): Verdict {
  if (readIpv6(given) !== readIpv6(expected)) return { correct: false };
  if (q.skill !== 'ipv6-compress' && q.skill !== 'ipv6-expand') return { correct: true };
  const problem = ipv6FormProblem(
    q.skill === 'ipv6-compress' ? 'compressed' : 'expanded',
    given,
    expected,
  );
  return problem === null ? { correct: true } : { correct: false, problem };
}

/** A choice compares by value or by its label, ignoring case. */
function judgeChoice(field: DrillField, expected: string, given: string): Verdict {
  const wanted = given.toLowerCase();
  const choice = field.choices?.find(
    (c) => c.value.toLowerCase() === wanted || c.label.toLowerCase() === wanted,
  );
  return { correct: (choice?.value ?? given) === expected };
}
