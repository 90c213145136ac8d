import { readFileSync, existsSync } from 'node:fs';
import { weighPage } from './tests/budget/page-weight.ts';
const page = process.argv[2];
const html = readFileSync(`dist/${page}index.html`, 'utf8');
const w = weighPage(html, `/${page}`, (u) => existsSync(`dist${u}`) ? readFileSync(`dist${u}`) : undefined);
for (const a of w.assets.filter(a => a.kind.startsWith('js') || a.kind==='inline').sort((a,b)=>b.bytes-a.bytes)) console.log(a.kind.padEnd(11), String(a.bytes).padStart(6), a.url);
