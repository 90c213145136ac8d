/**
 * The quiz engine: the question model (single, multiple, ordering, matching, typed, scenario),
 * how answers are checked and papers scored, how exam papers are assembled from a seed, spaced
 * review scheduling, question generators and exporters to other tools.
 *
 * Rules: every answer is all or nothing as in the exams (multiple response needs exactly the
 * right set, ordering the exact sequence, matching every pair); a typed answer is compared in
 * canonical form by its checker (an IPv4 address as a number, a leading zero such as 010 refused
 * as ambiguous with the reason; an IPv6 address in any spelling; "1,022" = 1022); a scenario
 * scores one point per part.
 * Papers follow src/data/exam-blueprints.json: questions per domain by weight (largest
 * remainder), drawn and shuffled from the exam code, never twice, shortfalls reported. SAA-C03
 * gets Podnet's documented 100–1000 practice scale (72% → 720), CCNA percentages only (Cisco
 * publishes no pass mark). Review uses FSRS (ts-fsrs): wrong → Again, right → Good. Pure: no
 * DOM, no stores; time (`now`) and randomness (a seed) are arguments.
 *
 * Bundle size (esbuild, minified, gzip): the checks the quiz island uses (isCorrect, quizScore …)
 * about 0.3 KB; checkAnswer with src/sim/ip's parsers about 2.6 KB; assemblePaper or scorePaper
 * about 8–10 KB, most of it the blueprint JSON; the whole of this file about 13 KB. Three parts
 * have their own entry points because importing them costs even when unused (ts-fsrs patches
 * Date.prototype when loaded, the subnet engine builds tables, fflate is for instructors only):
 * `~/quiz/review` (scheduleReview, dueQuestions; ts-fsrs, about 7 KB),
 * `~/quiz/generators/subnet` (SUBNET_GENERATORS, registerSubnetGenerators; about 11 KB),
 * `~/quiz/generators/netpol` ("can pod A reach pod B", registerNetpolGenerators; about 27 KB with
 * the yaml package's stringify), `~/quiz/generators/aws-vpc` ("is this flow allowed, and which rule
 * decides", registerAwsVpcGenerators; about 29 KB), `~/quiz/generators/services` (endpoints, iptables
 * probabilities, client IP; registerServicesGenerators; about 29 KB), `~/quiz/generators/dns` (query
 * cost, first answer, SRV; registerDnsGenerators; about 27 KB), `~/quiz/generators/ingress` and
 * `~/quiz/generators/gateway` (which backend answers; registerIngressGenerators,
 * registerGatewayGenerators), `~/quiz/generators/packet` (the next hop of a packet,
 * registerPacketGenerators; about 13 KB), `~/quiz/generators/cni` (the next IP, a full range, the
 * call order; registerCniGenerators), `~/quiz/generators/vpc-cni` (max pods for an instance type,
 * registerVpcCniGenerators; about 3.5 KB) and
 * `~/quiz/export` (GIFT, Moodle XML, QTI zip, Anki; about 10 KB: load it on first use).
 *
 * @example
 * const paper = assemblePaper({ blueprint: saaBlueprint(), pool: questions, seed: 'SAA-7F3K2' });
 * paper.questions.length; // 65 (fewer, with paper.shortfalls, when a domain's pool is short)
 * const result = scorePaper(paper, { 'vpc-endpoints': { answer: { kind: 'choice', selected: ['b'] }, ms: 41_000 } });
 * result.scaled; // { score: 113, passMark: 720, passed: false } (1 of 65 right)
 * result.domains[0]; // { id: '1', title: 'Secure architectures', correct: 1, questions: 19, … }
 * checkAnswer(typedQuestion, { kind: 'text', text: '2001:DB8::1' }); // true when '2001:db8:0::1' is accepted
 * defaultCcnaVersion(new Date('2027-02-03T00:00:00Z')); // 'v2.0'
 * registerSubnetGenerators(); // from '~/quiz/generators/subnet'
 * generate('subnet-usable', 42); // the same question for the same seed, id 'subnet-usable-42'
 * scheduleReview(undefined, false, now).due; // from '~/quiz/review': 10 minutes after now
 * exportGift(questions).text; // from '~/quiz/export': '::vpc-endpoints::[plain]Which … {…}'
 */
export type {
  Answer,
  Difficulty,
  GeneratedFrom,
  MatchingQuestion,
  MultipleQuestion,
  OrderingQuestion,
  PartQuestion,
  Question,
  QuestionBase,
  QuestionType,
  QuizItem,
  QuizOption,
  QuizQuestion,
  Reference,
  ScenarioQuestion,
  SingleQuestion,
  TypedChecker,
  TypedQuestion,
} from './types';
export { QUESTION_TYPES } from './types';
export { isCompleteSelection, isCorrect, quizScore, requiredChoices } from './scoring';
export {
  answerKey,
  checkAnswer,
  isAnswerComplete,
  isMatchingCorrect,
  isOrderCorrect,
  scoreAnswer,
} from './check';
export type { AnswerScore } from './check';
export { canonicalTyped, checkTyped, typedKeyProblems } from './typed-check';
export type { TypedVerdict } from './typed-check';
export { questionProblems } from './validate';
export { questionFromBank } from './bank';
export type { BankQuestion } from './bank';
export { apportion } from './apportion';
export {
  CCNA_PRACTICE_QUESTION_COUNT,
  CCNA_V2_FIRST_DAY,
  K8S_MODULE_DOMAINS,
  ccnaBlueprint,
  defaultCcnaVersion,
  k8sCheckpointBlueprint,
  saaBlueprint,
} from './blueprints';
export type {
  BlueprintDomain,
  CcnaVersion,
  CheckpointOptions,
  Navigation,
  PaperBlueprint,
  ScoringRule,
} from './blueprints';
export { domainOfTag, examFacts, primaryDomain, tagsForExam } from './exam-data';
export type { ExamDomain, ExamFacts } from './exam-data';
export { assemblePaper } from './assemble';
export type { AssembleOptions } from './assemble';
export type { Paper, PaperQuestion, Shortfall } from './paper';
export { formatExamCode, hashSeed, normalizeExamCode } from './random';
export { scorePaper } from './results';
export type { PaperResponse, PaperResult, QuestionResult, Tally } from './results';
export {
  CCNA_SCORE_EXPLANATION,
  PERCENT_EXPLANATION,
  PODNET_SAA_RAW_CUT,
  SAA_SCALE,
  SAA_SCORE_EXPLANATION,
  saaScaledScore,
} from './scaled-score';
export {
  generate,
  generatedId,
  listGenerators,
  registerGenerator,
  runGenerator,
} from './generators';
export type { QuestionGenerator } from './generators';
