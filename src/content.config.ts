import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { LessonSchema } from './schemas/lesson';
import { ModuleSchema } from './schemas/module';
import { NetpolChallengeSchema, NetpolScenarioSchema } from './schemas/netpol-scenario';
import { QuestionBankSchema } from './schemas/question';

// Wires the top-level content/ folder to the schemas; the schemas live in src/schemas/.
const modules = defineCollection({
  loader: file('./content/modules.yaml'),
  schema: ModuleSchema,
});

const lessons = defineCollection({
  loader: glob({ base: './content/lessons', pattern: '**/*.mdx' }),
  schema: LessonSchema,
});

const questions = defineCollection({
  loader: glob({ base: './content/questions', pattern: '*.yaml' }),
  schema: QuestionBankSchema,
});

const netpolScenarios = defineCollection({
  loader: glob({ base: './content/scenarios/netpol', pattern: '*.yaml' }),
  schema: NetpolScenarioSchema,
});

const netpolChallenges = defineCollection({
  loader: glob({ base: './content/scenarios/netpol-challenges', pattern: '*.yaml' }),
  schema: NetpolChallengeSchema,
});

export const collections = { modules, lessons, questions, netpolScenarios, netpolChallenges };
