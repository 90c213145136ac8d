// What the Service simulator loads on the learner's first action (see load-engine.ts): the
// Services engine behind the one call that turns the state into a view. The build makes the
// first view with the same call (ServiceSimulator.astro), so the two always agree.
export { simulate } from './sim-model';
