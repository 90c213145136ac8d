// The question pool of the exam simulations as JSON, fetched by the session page from the same
// origin (and precached by the service worker like every build file), so questions are not
// inlined into the page's HTML.
import type { APIRoute } from 'astro';
import { examPool } from '~/lib/exam-pool';

/** Writes the pool at build time. */
export const GET: APIRoute = async () => Response.json({ version: 1, questions: await examPool() });
