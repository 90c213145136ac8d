// What the packet walker loads on the learner's first change (see load-engine.ts): the packet
// engine behind the one call that turns the settings into a view. The build makes the first view
// with the same call (PacketWalker.astro), so the two always agree.
export { computeWalkView } from './walk-view';
