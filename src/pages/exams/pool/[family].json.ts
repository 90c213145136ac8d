// The question pools of the exam simulations as JSON, one file per exam family (SAA-C03, CCNA,
// Kubernetes), fetched by the session page from the same origin and precached like every build
// file: a paper downloads only the questions it can draw (a scenario counts by its own tags).
import type { APIRoute, GetStaticPaths } from 'astro';
import { POOL_FAMILIES, inPoolFamily, type PoolFamily } from '~/lib/exam-catalog';
import { examPool } from '~/lib/exam-pool';

/** One file per family. */
export const getStaticPaths: GetStaticPaths = () =>
  POOL_FAMILIES.map((family) => ({ params: { family } }));

/** Writes one family's pool at build time. */
export const GET: APIRoute = async ({ params }) => {
  const family = params['family'] as PoolFamily;
  const questions = (await examPool()).filter((q) => inPoolFamily(q.topics, family));
  return Response.json({ version: 1, questions });
};
