// The budget check: weighs every built page and fails when one goes over its limits, naming the
// page and its largest asset of the kind that is over. Run by `npm run budget` (part of npm test).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { weighPage, type PageWeight } from './page-weight.ts';

type Metric = 'jsInitial' | 'jsTotal' | 'jsOnDemand' | 'jsAll' | 'css' | 'html' | 'images';
type Limits = Record<Metric, number>;
interface Config {
  rules: { pages: string; limits: Limits }[];
  default: Limits;
}

const METRICS: Metric[] = ['jsInitial', 'jsTotal', 'jsOnDemand', 'jsAll', 'css', 'html', 'images'];
const ASSET_KINDS: Record<Metric, string[]> = {
  jsInitial: ['jsInitial', 'inline'],
  jsTotal: ['jsInitial', 'jsLazy', 'inline'],
  jsOnDemand: ['jsOnDemand'],
  jsAll: ['jsInitial', 'jsLazy', 'inline', 'jsOnDemand'],
  css: ['css'],
  html: [],
  images: ['image'],
};

const outDir = resolve(process.env['PODNET_OUT_DIR'] ?? 'dist');
const base = (process.env['PODNET_BASE'] ?? '/').replace(/\/?$/, '/');
const config = JSON.parse(
  readFileSync(new URL('./budgets.json', import.meta.url), 'utf8'),
) as Config;

const failures: string[] = [];
const rows: string[][] = [];
for (const page of htmlPages(outDir)) {
  const html = readFileSync(join(outDir, page), 'utf8');
  const pagePath = page.replace(/index\.html$/, '');
  const weight = weighPage(html, base + pagePath, readAsset);
  const limits = limitsFor(pagePath);
  const over = METRICS.filter((m) => weight[m] > limits[m]);
  rows.push([
    `/${pagePath}`,
    ...METRICS.map((m) => `${kb(weight[m])}/${kb(limits[m])}`),
    over.length ? 'OVER' : 'ok',
  ]);
  for (const metric of over) failures.push(describeFailure(pagePath, metric, weight, limits));
}

printTable(['page', ...METRICS.map((m) => `${m} (KB gz)`), ''], rows);
if (rows.length === 0) {
  console.error(`\nBudget check failed: no built pages in ${outDir}; build the site first.`);
  process.exit(1);
}
if (failures.length > 0) {
  console.error(`\nBudget check failed:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
  process.exit(1);
}
console.log(`\nBudget check passed: ${rows.length} pages within their limits (${outDir}).`);

// Every .html file under the build folder, as a path relative to it.
function htmlPages(dir: string): string[] {
  const pages: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) pages.push(relative(dir, path));
    }
  };
  walk(dir);
  return pages.sort();
}

// Reads an asset of the build by its URL path, under the base path.
function readAsset(urlPath: string): Buffer | undefined {
  if (!urlPath.startsWith(base)) return undefined;
  try {
    return readFileSync(join(outDir, urlPath.slice(base.length)));
  } catch {
    return undefined;
  }
}

// The limits of the first rule whose glob matches the page, else the default.
function limitsFor(pagePath: string): Limits {
  const rule = config.rules.find((r) => globToRegExp(r.pages).test(pagePath));
  return rule?.limits ?? config.default;
}

// "lessons/**" → a RegExp over page paths.
function globToRegExp(glob: string): RegExp {
  const escaped = glob
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*\*/g, '<<ANY>>')
    .replace(/\*/g, '[^/]*');
  return new RegExp(`^${escaped.replace(/<<ANY>>/g, '.*')}$`);
}

// One failure line: the page, the figure over its limit, and the largest asset behind it.
function describeFailure(page: string, metric: Metric, weight: PageWeight, limits: Limits): string {
  const biggest = weight.assets
    .filter((a) => ASSET_KINDS[metric].includes(a.kind))
    .sort((a, b) => b.bytes - a.bytes)[0];
  const asset = metric === 'html' ? `${page || '/'}index.html` : (biggest?.url ?? '?');
  return `/${page}: ${metric} is ${kb(weight[metric])} KB gz, limit ${kb(limits[metric])} KB; largest asset ${asset} (${kb(biggest?.bytes ?? weight.html)} KB)`;
}

// Bytes as kilobytes with one decimal.
function kb(bytes: number): string {
  return (bytes / 1024).toFixed(1);
}

// Prints rows as an aligned text table.
function printTable(header: string[], body: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string =>
    cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of body) console.log(line(row));
}
