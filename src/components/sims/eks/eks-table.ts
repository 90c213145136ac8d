// The instance-type table (about 7 KB gzipped), loaded when the learner first focuses the
// instance-type field: the names for suggestions and the limits of the one picked.
export { eniLimits, instanceTypeNames } from '~/sim/vpc-cni/instance-types';
