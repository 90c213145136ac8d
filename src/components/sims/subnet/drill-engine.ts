// What a drill loads on the learner's first action: the engine (question generators, the checker,
// the worked solutions) and the parts of the island that only a checked question shows. A lesson's
// drill renders its build-time first question without any of this (see engines.ts).
export { checkDrill, explainDrill, generateDrill } from '~/sim/subnet/drills';
export { DrillExplanation, Verdict, verdictMessage } from './DrillVerdict';
