import { describe, expect, it } from 'vitest';
import { buildTopicTags, TOPIC_TAGS, topicTagProblem } from '~/schemas/exam-topics';
import { QuestionSchema } from '~/schemas/question';

const base = {
  id: 'q-tagged',
  type: 'single',
  prompt: 'Which one is right here?',
  options: [
    { id: 'a', text: 'option a', correct: true, explanation: 'because a is so' },
    { id: 'b', text: 'option b', explanation: 'because b is not' },
  ],
};
const withTopics = (topics: string[]) => QuestionSchema.safeParse({ ...base, topics });
const messagesOf = (topics: string[]) =>
  withTopics(topics).error?.issues.map((issue) => issue.message) ?? [];

describe('QuestionSchema topics', () => {
  it('accepts tags from every exam of the blueprint file', () => {
    const tags = [
      'saa-c03:1.2',
      'saa-c03:3.4',
      'ccna-200-301:1.6',
      'ccna-200-301:1.9.d',
      'ccna-200-301-v2:1.3',
      'ccna-200-301-v2:3.1',
      'k8s:model',
      'k8s:policy',
    ];
    expect(withTopics(tags).data?.topics).toEqual(tags);
  });

  it('leaves topics out when a question has none', () => {
    const parsed = QuestionSchema.parse(base);
    expect(parsed.topics).toBeUndefined();
  });

  it('names an unknown topic of a known exam', () => {
    expect(messagesOf(['saa-c03:1.2', 'saa-c03:9.9'])).toEqual([
      'topic tag "saa-c03:9.9" names a topic that exam saa-c03 does not have (see src/data/exam-blueprints.json)',
    ]);
    expect(withTopics(['saa-c03:9.9']).error?.issues[0]?.path).toEqual(['topics', 0]);
  });

  it('names an unknown exam and lists the known ones', () => {
    expect(messagesOf(['nope:1.1'])).toEqual([
      'topic tag "nope:1.1" names an unknown exam "nope"; use one of saa-c03, ccna-200-301, ccna-200-301-v2, k8s',
    ]);
  });

  it('refuses a tag without exactly one colon, and domain ids of exams that list topics', () => {
    expect(topicTagProblem('1.6')).toMatch(/must look like "<examId>:<topicId>"/);
    expect(topicTagProblem('ccna-200-301:1.6:x')).toMatch(/must look like/);
    expect(topicTagProblem('ccna-200-301:')).toMatch(/must look like/);
    expect(topicTagProblem('ccna-200-301-v2:1')).toMatch(/does not have/);
    expect(topicTagProblem('k8s:1.1')).toMatch(/does not have/);
  });

  it('tags the v2.0 CCNA topics but not v1.1-only ones under v2.0', () => {
    expect(TOPIC_TAGS.has('ccna-200-301-v2:1.4')).toBe(true);
    expect(TOPIC_TAGS.has('ccna-200-301-v2:1.9')).toBe(false);
    expect(TOPIC_TAGS.has('ccna-200-301:1.9')).toBe(true);
  });
});

describe('buildTopicTags', () => {
  it('uses topics and sub-topics when an exam has them, else its domains', () => {
    const tags = buildTopicTags([
      {
        id: 'x',
        domains: [{ id: '1', topics: [{ id: '1.1', subtopics: [{ id: '1.1.a' }] }] }],
      },
      { id: 'y', domains: [{ id: 'alpha' }, { id: 'beta' }] },
    ]);
    expect([...tags]).toEqual(['x:1.1', 'x:1.1.a', 'y:alpha', 'y:beta']);
  });
});
