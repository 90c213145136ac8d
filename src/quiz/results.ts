import { scoreAnswer } from './check';
import { tagsForExam } from './exam-data';
import type { Paper } from './paper';
import {
  SAA_SCALE,
  SAA_SCORE_EXPLANATION,
  CCNA_SCORE_EXPLANATION,
  PERCENT_EXPLANATION,
  saaScaledScore,
} from './scaled-score';
import type { Answer } from './types';

/** A learner's response to one question of a paper: the answer, and the time spent on it. */
export interface PaperResponse {
  answer?: Answer | undefined;
  ms?: number | undefined;
}

/** How one question of the paper went. */
export interface QuestionResult {
  id: string;
  domain: string;
  topics: string[];
  answered: boolean;
  correct: boolean;
  points: number;
  maxPoints: number;
  ms: number | undefined;
}

/** Questions and points right in one domain, one topic, or the whole paper. */
export interface Tally {
  id: string;
  title: string;
  correct: number;
  questions: number;
  points: number;
  maxPoints: number;
  /** Points as a percentage, one decimal. */
  percent: number;
}

/** A paper's result: per question, per domain, per topic, totals and, for SAA-C03, a scaled score. */
export interface PaperResult {
  questions: QuestionResult[];
  domains: Tally[];
  topics: Tally[];
  total: Tally & { answered: number; ms: number };
  /** Podnet's practice estimate on the AWS scale (SAA-C03 papers only). */
  scaled: { score: number; passMark: number; passed: boolean } | undefined;
  /** What the score means and where it comes from, for the results page. */
  explanation: string;
}

/** Scores a paper from the learner's responses, keyed by question id. */
export function scorePaper(
  paper: Paper,
  responses: Readonly<Record<string, PaperResponse | undefined>>,
): PaperResult {
  const examId = paper.blueprint.examId;
  const questions = paper.questions.map(({ question, domain }): QuestionResult => {
    const response = responses[question.id];
    const score = scoreAnswer(question, response?.answer);
    return {
      id: question.id,
      domain,
      topics: tagsForExam(question.topics, examId),
      answered: response?.answer !== undefined,
      ...score,
      ms: response?.ms,
    };
  });
  const domains = paper.blueprint.domains.map((d) =>
    tally(
      d.id,
      d.title,
      questions.filter((q) => q.domain === d.id),
    ),
  );
  const topicIds = [...new Set(questions.flatMap((q) => q.topics))].sort(compareTags);
  const topics = topicIds.map((tag) =>
    tally(
      tag,
      tag,
      questions.filter((q) => q.topics.includes(tag)),
    ),
  );
  const total = {
    ...tally('total', paper.blueprint.title, questions),
    answered: questions.filter((q) => q.answered).length,
    ms: questions.reduce((sum, q) => sum + (q.ms ?? 0), 0),
  };
  return { questions, domains, topics, total, ...scaledPart(paper, total) };
}

/** The scaled score and explanation that suit the paper's scoring rule. */
function scaledPart(paper: Paper, total: Tally): Pick<PaperResult, 'scaled' | 'explanation'> {
  if (paper.blueprint.scoring !== 'aws-scaled') {
    return {
      scaled: undefined,
      explanation: paper.blueprint.examId.startsWith('ccna')
        ? CCNA_SCORE_EXPLANATION
        : PERCENT_EXPLANATION,
    };
  }
  const score = saaScaledScore(total.points, total.maxPoints);
  return {
    scaled: { score, passMark: SAA_SCALE.pass, passed: score >= SAA_SCALE.pass },
    explanation: SAA_SCORE_EXPLANATION,
  };
}

/** Adds up questions and points. */
function tally(id: string, title: string, results: readonly QuestionResult[]): Tally {
  const points = results.reduce((sum, q) => sum + q.points, 0);
  const maxPoints = results.reduce((sum, q) => sum + q.maxPoints, 0);
  return {
    id,
    title,
    correct: results.filter((q) => q.correct).length,
    questions: results.length,
    points,
    maxPoints,
    percent: maxPoints === 0 ? 0 : Math.round((1000 * points) / maxPoints) / 10,
  };
}

/** Orders topic tags as people read them: `1.2` before `1.10`. */
function compareTags(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}
