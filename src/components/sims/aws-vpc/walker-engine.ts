// What the walker island loads on the learner's first action (see load-engine.ts): the AWS VPC
// engine, behind the one call that turns the walker's state into what it shows. The build makes
// the first view with the same call (src/lib/aws-vpc-scenario.ts), so the two always agree.
export { walkChoice } from '~/lib/aws-vpc-seed';
