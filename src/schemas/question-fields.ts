import { z } from 'astro/zod';
import { topicTagProblem } from '~/schemas/exam-topics';
import { fenceCount, unrenderedMarkup } from '~/schemas/text-blocks';
import { examTag, slug } from './common';

// The fields every question kind shares, and the pieces (options, items) the kinds are built of.
// question.ts composes them into the bank schema; question-kinds.ts adds the kinds beyond choice.

/** A link to a lesson section: `<module>/<lesson>#<heading-id>`, each part a lowercase slug. */
export const LESSON_LINK_PATTERN =
  /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*#[a-z0-9_-]+$/;

/** A short id within one question (options, items, parts): a single lowercase letter. */
export const letterId = z.string().regex(/^[a-z]$/, 'use a single lowercase letter');

/**
 * The question text: inline `code`, paragraphs, and fenced code blocks that are closed; no
 * Markdown that the prompt would show as raw characters (bold, list items run together).
 */
export const promptText = z
  .string()
  .min(10)
  .refine((text) => fenceCount(text) % 2 === 0, 'a fenced code block is not closed')
  .superRefine((text, ctx) => {
    const problem = unrenderedMarkup(text);
    if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem });
  });

/** One answer option; every option explains why it is right or wrong. */
export const OptionSchema = z.object({
  /** Short id, unique within the question (`a`, `b`, …). */
  id: letterId,
  /** The option as the learner reads it. Inline `code` in backticks is allowed. */
  text: z.string().min(1),
  /** Whether choosing this option is part of the right answer. */
  correct: z.boolean().default(false),
  /**
   * Why this option is right or wrong, shown after the answer is checked. At least 10 characters;
   * the length is checked by the question (src/schemas/question-checks.ts) so the message can name
   * the question and the option.
   */
  explanation: z.string(),
});

/** The fields of a stand-alone question of any kind (a scenario's parts have fewer). */
export const sharedQuestionFields = {
  /** Stable id, unique across all banks; progress is recorded under it. */
  id: slug,
  /**
   * The question. Inline `code` in backticks is allowed; blank lines separate paragraphs, and a
   * manifest can be quoted in a fenced block (a line of three backticks and a language, the
   * code, then a closing line of three backticks).
   */
  prompt: promptText,
  /** A closing explanation shown after the per-option or per-item ones. */
  explanation: z.string().optional(),
  /** Exams this question prepares for; defaults to the bank's. */
  exams: z.array(examTag).optional(),
  /** Exam domain or topic, used for accuracy per domain. */
  domain: z.string().optional(),
  /**
   * Exam topics the question covers, each `<examId>:<topicId>` from
   * `src/data/exam-blueprints.json`: an exam `id` (`saa-c03`, `ccna-200-301` for CCNA v1.1,
   * `ccna-200-301-v2` for CCNA v2.0, `k8s`) and one of its topic ids (an SAA-C03 task statement
   * such as `1.2`, a CCNA topic such as `1.6` or sub-topic such as `1.9.d`, a k8s domain such as
   * `policy`). Tag CCNA questions with every version they fit, e.g.
   * `[ccna-200-301-v2:1.3, ccna-200-301:1.6]`. An unknown exam or topic fails the build.
   */
  topics: z
    .array(
      z.string().superRefine((tag, ctx) => {
        const problem = topicTagProblem(tag);
        if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem });
      }),
    )
    .optional(),
  /**
   * How hard the question is, judged honestly: `easy` recalls a fact from the lesson, `medium`
   * applies it to a new case, `hard` needs several steps or troubleshooting.
   */
  difficulty: z.enum(['easy', 'medium', 'hard']).optional(),
  /**
   * The lesson section that teaches the answer, `<module>/<lesson>#<heading-id>`, e.g.
   * `foundations/network-model#kube-proxy-service-virtual-ips-not-pod-routing`. The heading id
   * is the one the page gives the `##` or `###` heading (its text in lower case, spaces turned
   * into hyphens, punctuation dropped). The quiz links to it after an answer is checked; a
   * lesson or heading that does not exist fails the build.
   */
  lesson: z
    .string()
    .regex(
      LESSON_LINK_PATTERN,
      'use `<module>/<lesson>#<heading-id>`, e.g. `policy/network-policies#ports`',
    )
    .optional(),
  /** Documentation pages that back the facts in the question. */
  references: z.array(z.object({ title: z.string(), url: z.url() })).default([]),
};

/** The fields of a scenario's part: its own id, prompt and closing explanation, nothing else. */
export const partFields = {
  /** Short id, unique within the scenario (`a`, `b`, …). */
  id: letterId,
  prompt: promptText,
  explanation: z.string().optional(),
};
