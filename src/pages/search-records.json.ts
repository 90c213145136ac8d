// Quiz questions as search records, for the search-index integration, which indexes them with
// Pagefind and then deletes this file from the build (it is not part of the site).
import type { APIRoute } from 'astro';
import { quizSearchRecords } from '~/lib/search-records';

/** Writes the records at build time. */
export const GET: APIRoute = async () => Response.json(await quizSearchRecords());
