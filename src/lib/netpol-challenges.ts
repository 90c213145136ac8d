// The graded NetworkPolicy challenges as pages see them, in order: their address, the id their
// results are recorded under in the learner's progress, and their data.
import { getCollection } from 'astro:content';
import type { NetpolChallenge } from '~/schemas/netpol-scenario';
import { withBase } from './course';

/** A challenge with the names pages use. */
export interface ChallengeEntry {
  /** The file name, e.g. "01-frontend-to-backend". */
  id: string;
  /** The address part, without the order number: "frontend-to-backend" (stable when reordered). */
  slug: string;
  /** The id results are recorded under in progress: "netpol-frontend-to-backend". */
  progressId: string;
  href: string;
  data: NetpolChallenge;
}

/** The challenges list page. */
export const CHALLENGES_HREF = withBase('challenges/network-policies/');

/** Every challenge, by order. */
export async function getChallenges(): Promise<ChallengeEntry[]> {
  const entries = await getCollection('netpolChallenges');
  return entries
    .map((entry) => {
      const slug = challengeSlug(entry.id);
      return {
        id: entry.id,
        slug,
        progressId: `netpol-${slug}`,
        href: withBase(`challenges/network-policies/${slug}/`),
        data: entry.data,
      };
    })
    .sort((a, b) => a.data.order - b.data.order);
}

/** A challenge file name without its order prefix: "01-frontend-to-backend" → "frontend-to-backend". */
export function challengeSlug(id: string): string {
  return id.replace(/^\d+-/, '');
}
