// What the EKS sizing island loads on the learner's first action (see load-engine.ts): the VPC
// CNI engine behind the island's one call. The build makes the first view with the same call.
export { sizingView } from './eks-model';
