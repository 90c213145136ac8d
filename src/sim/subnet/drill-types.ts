/** The drill skills, one per kind of exam question. */
export type DrillSkill =
  'analyze' | 'vlsm' | 'summarize' | 'ipv6-compress' | 'ipv6-expand' | 'eui64' | 'ipv6-type';

/** One box the learner fills in, and what kind of text it takes. */
export interface DrillField {
  id: string;
  label: string;
  kind: 'ipv4' | 'cidr' | 'number' | 'ipv6' | 'choice';
  choices?: { value: string; label: string }[];
  placeholder?: string;
}

/** A generated question: what is given, what to fill in, and the canonical answer per field. */
export interface DrillQuestion {
  skill: DrillSkill;
  seed: number;
  prompt: string;
  given: { label: string; value: string }[];
  fields: DrillField[];
  answer: Record<string, string>;
}

/** The verdict on one field; `problem` says in plain words why the text was not accepted as such. */
export interface FieldCheck {
  id: string;
  correct: boolean;
  expected: string;
  given: string;
  problem?: string;
}

/** The verdict on a whole question: correct when every field is. */
export interface DrillResult {
  correct: boolean;
  fields: FieldCheck[];
}
