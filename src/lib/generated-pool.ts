// Build time only: the engine-generated questions that supplement the written banks. The exam
// pool, the review pool and the exports all take the same fixed sample, so a paper drawn from an
// exam code, a card due for review and an exported file agree on every generated question.
import type { QuestionGenerator } from '~/quiz/generators';
import { AWS_VPC_GENERATORS } from '~/quiz/generators/aws-vpc';
import { CNI_GENERATORS } from '~/quiz/generators/cni';
import { DNS_GENERATORS } from '~/quiz/generators/dns';
import { GATEWAY_GENERATORS } from '~/quiz/generators/gateway';
import { INGRESS_GENERATORS } from '~/quiz/generators/ingress';
import { NETPOL_GENERATORS } from '~/quiz/generators/netpol';
import { PACKET_GENERATORS } from '~/quiz/generators/packet';
import { ROUTE_TABLE_GENERATORS } from '~/quiz/generators/route-table';
import { SERVICES_GENERATORS } from '~/quiz/generators/services';
import { SUBNET_GENERATORS } from '~/quiz/generators/subnet';
import { VPC_CNI_GENERATORS } from '~/quiz/generators/vpc-cni';
import type { Question } from '~/quiz/types';
import { generatedSample, GENERATED_SAMPLE } from './export-sets';

/** Every generator whose questions supplement the banks, family by family. */
export const SUPPLEMENT_GENERATORS: readonly QuestionGenerator[] = [
  ...SUBNET_GENERATORS,
  ...NETPOL_GENERATORS,
  ...AWS_VPC_GENERATORS,
  ...SERVICES_GENERATORS,
  ...DNS_GENERATORS,
  ...INGRESS_GENERATORS,
  ...GATEWAY_GENERATORS,
  ...PACKET_GENERATORS,
  ...CNI_GENERATORS,
  ...VPC_CNI_GENERATORS,
  ...ROUTE_TABLE_GENERATORS,
];

let cached: Question[] | undefined;

/** The fixed generated sample (GENERATED_SAMPLE seeds, the generators in turn), made once per build. */
export function generatedSupplement(): Question[] {
  cached ??= generatedSample(SUPPLEMENT_GENERATORS, GENERATED_SAMPLE);
  return cached;
}
