// `npm run lighthouse`: serves the built site, runs Lighthouse (mobile preset) in headless Chromium
// on the pages named in thresholds.json (or those given as arguments: `npm run lighthouse --
// simulators/network-policies/`), prints the four category scores and key metrics per page,
// and fails when a score is below its threshold. Each page runs several times (like Lighthouse CI's
// numberOfRuns) and the median run counts, because one run on a shared 2-core machine is noisy.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

interface Thresholds {
  pages: string[];
  /** Pages measured and printed whose shortfalls warn instead of failing. */
  watch?: string[];
  min: Record<string, number>;
}

const PORT = Number(process.env['PODNET_LIGHTHOUSE_PORT'] ?? 4331);
const RUNS = Math.max(1, Number(process.env['PODNET_LIGHTHOUSE_RUNS'] ?? 3));
const thresholds = JSON.parse(
  readFileSync(new URL('./thresholds.json', import.meta.url), 'utf8'),
) as Thresholds;
const METRICS = [
  ['first-contentful-paint', 'FCP'],
  ['largest-contentful-paint', 'LCP'],
  ['total-blocking-time', 'TBT'],
  ['cumulative-layout-shift', 'CLS'],
  ['speed-index', 'SI'],
] as const;

const server = await startPreview();
const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath(),
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
const failures: string[] = [];
const warnings: string[] = [];
try {
  const watched = new Set(thresholds.watch ?? []);
  const pages = process.argv.length > 2 ? process.argv.slice(2) : [...thresholds.pages, ...watched];
  for (const page of pages) {
    const url = `http://127.0.0.1:${PORT}/${page}`;
    const runs: Lhr[] = [];
    for (let i = 0; i < RUNS; i++) {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      runs.push(result.lhr);
    }
    const { categories, audits } = medianRun(runs);
    const scores = Object.entries(thresholds.min).map(([id, min]) => {
      const score = Math.round((categories[id]?.score ?? 0) * 100);
      if (score < min) {
        (watched.has(page) ? warnings : failures).push(`/${page}: ${id} ${score} < ${min}`);
      }
      return `${id} ${score}`;
    });
    const metrics = METRICS.map(([id, label]) => `${label} ${audits[id]?.displayValue ?? '?'}`);
    const spread = runs.map((r) => Math.round((r.categories['performance']?.score ?? 0) * 100));
    console.log(
      `/${page}\n  ${scores.join(' · ')}\n  ${metrics.join(' · ')}\n  performance over ${RUNS} runs: ${spread.join(', ')}`,
    );
    for (const [id] of Object.entries(thresholds.min)) {
      for (const ref of categories[id]?.auditRefs ?? []) {
        const audit = audits[ref.id];
        if (
          ref.weight > 0 &&
          audit &&
          audit.score !== null &&
          audit.score < 1 &&
          id !== 'performance'
        ) {
          console.log(`    ${id}: ${audit.id} — ${audit.title}`);
        }
      }
    }
  }
} finally {
  await chrome.kill();
  server.kill();
}
if (warnings.length > 0) {
  console.warn(
    `\nWatched pages below thresholds (warning):\n${warnings.map((w) => `  - ${w}`).join('\n')}`,
  );
}
if (failures.length > 0) {
  console.error(`\nLighthouse below thresholds:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
  process.exit(1);
}
console.log('\nLighthouse: every gated page meets its thresholds.');

type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

// The run with the median performance score (the other categories do not vary between runs).
function medianRun(runs: Lhr[]): Lhr {
  const sorted = [...runs].sort(
    (a, b) => (a.categories['performance']?.score ?? 0) - (b.categories['performance']?.score ?? 0),
  );
  const median = sorted[Math.floor(sorted.length / 2)];
  if (!median) throw new Error('no Lighthouse runs');
  return median;
}

// Starts `astro preview` on the built site (with this Node, which is the project's Node 24).
async function startPreview(): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [
      'node_modules/astro/bin/astro.mjs',
      'preview',
      '--ignore-lock',
      '--host',
      '127.0.0.1',
      '--port',
      String(PORT),
    ],
    { stdio: 'ignore' },
  );
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/`)).ok) return child;
    } catch {
      // Not up yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error('astro preview did not start');
}

// The Chromium to run: $CHROMIUM_PATH or Debian's.
function chromiumPath(): string {
  const path = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
  if (!existsSync(path))
    throw new Error(`No Chromium at ${path}: install Debian's chromium or set CHROMIUM_PATH.`);
  return path;
}
