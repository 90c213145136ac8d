// What the CNI runner loads on the learner's first action (see load-engine.ts): the CNI engine,
// behind the runner's pure functions. The build makes the first view with the same functions.
export { applyAction, viewOf } from './runner-model';
