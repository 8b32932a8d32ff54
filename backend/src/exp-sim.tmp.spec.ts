import { THEME_PHRASES } from './database/seed/demo-phrases';
// eslint-disable-next-line
const sw = require('stopword');
// eslint-disable-next-line
const snow = require('snowball-stemmers');
import { PGlite } from '@electric-sql/pglite';

const stemmer = snow.newStemmer('dutch');
function jsTokens(t: string): string[] {
  const words = t.toLowerCase().normalize('NFKC').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return [...new Set(sw.removeStopwords(words, sw.nld).map((w: string) => stemmer.stem(w)).filter((w: string) => w.length > 1))];
}
function sim(a: string[], b: string[], mode: string, compound: boolean) {
  const A = new Set(a), B = new Set(b);
  let inter = 0;
  for (const x of A) {
    if (B.has(x)) { inter++; continue; }
    if (compound) {
      for (const y of B) { if ((x.length >= 4 && y.length >= 4) && (x.endsWith(y) || y.endsWith(x) )) { inter++; break; } }
    }
  }
  if (mode === 'jaccard') return inter / (A.size + B.size - inter);
  if (mode === 'dice') return 2 * inter / (A.size + B.size);
  if (mode === 'cos') return inter / Math.sqrt(A.size * B.size);
  return inter / Math.min(A.size, B.size);
}
async function main() {
  const db = await PGlite.create();
  const items: { theme: string; kind: string; issue: string; text: string; js: string[]; pg: string[] }[] = [];
  for (const [theme, ph] of Object.entries(THEME_PHRASES)) {
    for (const [kind, banks] of [['s', ph.strengths], ['d', ph.developments]] as const) {
      for (const b of banks) for (const text of b.paraphrases) {
        const r = await db.query<{ lex: string[] }>(`select tsvector_to_array(to_tsvector('dutch', $1)) as lex`, [text]);
        items.push({ theme, kind, issue: b.slug, text, js: jsTokens(text), pg: r.rows[0]!.lex.filter((x) => x.length > 1) });
      }
    }
  }
  const TH: Record<string, string> = {};
  const groups = [
    ['student', 'stagiair', 'lio', 'studentenpanel'],
    ['collega', 'medewerker', 'docent', 'leraar', 'lerar'],
    ['instituut', 'institut', 'opleiding', 'opleid', 'lerarenopleid', 'hogeschol', 'pabo'],
    ['begeleider', 'werkplekbegeleider', 'mentor', 'begeleid'],
    ['schol', 'school', 'opleidingsschol'],
    ['starter', 'startend', 'beginnend', 'inductie'],
    ['tijd', 'uren', 'ruimt', 'facilit', 'gefaciliteerd'],
  ];
  for (const g of groups) for (const w of g) TH[w] = g[0]!;
  for (const it of items) it.pg = it.pg.filter((t) => t !== 'we');
  for (let i = 0; i < items.length; i++) for (let j = i + 1; j < items.length; j++) {
    const a = items[i]!, b = items[j]!;
    if (a.theme !== b.theme || a.kind !== b.kind) continue;
    const v = sim(a.pg, b.pg, 'jaccard', false);
    if (v >= 0.25) console.log('PAIR', v.toFixed(2), a.issue === b.issue ? 'SAME' : 'DIFF', a.theme, a.kind, a.issue, '|', a.text, '<>', b.text, '::', a.pg.join(' '), '/', b.pg.join(' '));
  }
  const df = new Map<string, number>();
  for (const it of items) for (const t of new Set(it.pg)) df.set(t, (df.get(t) ?? 0) + 1);
  const N = items.length;
  const idf = (t: string) => Math.log(N / (df.get(t) ?? 1));
  const cosIdf = (a: string[], b: string[], compound: boolean) => {
    let dot = 0; const na = Math.sqrt(a.reduce((s, t) => s + idf(t) ** 2, 0)); const nb = Math.sqrt(b.reduce((s, t) => s + idf(t) ** 2, 0));
    for (const x of a) {
      if (b.includes(x)) { dot += idf(x) ** 2; continue; }
      if (compound) for (const y of b) if (x.length >= 5 && y.length >= 5 && (x.endsWith(y) || y.endsWith(x))) { dot += idf(x) * idf(y) * 0.8; break; }
    }
    return dot / (na * nb || 1);
  };
  for (const compound of [false, true]) {
    const same: number[] = [], diff: number[] = [];
    const fps: string[] = [];
    for (let i = 0; i < items.length; i++) for (let j = i + 1; j < items.length; j++) {
      const a = items[i]!, b = items[j]!;
      if (a.theme !== b.theme || a.kind !== b.kind) continue;
      const s = cosIdf(a.pg, b.pg, compound);
      (a.issue === b.issue ? same : diff).push(s);
      if (a.issue !== b.issue && s >= 0.3) fps.push(s.toFixed(2) + ' ' + a.text + ' <> ' + b.text);
    }
    const line: string[] = [];
    for (const th of [0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5]) {
      const tp = same.filter((s) => s >= th).length, fp = diff.filter((s) => s >= th).length;
      line.push(`${th}: rec ${(tp / same.length).toFixed(2)} fp ${fp}/${diff.length}`);
    }
    console.log('tfidf', compound, line.join(' | '));
    if (compound) console.log(fps.join('\n'));
  }
  for (const tok of ['js', 'pg'] as const) for (const compound of [false, true]) for (const mode of ['jaccard', 'dice']) {
    const same: number[] = [], diff: number[] = [];
    for (let i = 0; i < items.length; i++) for (let j = i + 1; j < items.length; j++) {
      const a = items[i]!, b = items[j]!;
      if (a.theme !== b.theme || a.kind !== b.kind) continue;
      (a.issue === b.issue ? same : diff).push(sim(a[tok], b[tok], mode, compound));
    }
    const line: string[] = [];
    for (const th of [0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5]) {
      const tp = same.filter((s) => s >= th).length, fp = diff.filter((s) => s >= th).length;
      line.push(`${th}: rec ${(tp / same.length).toFixed(2)} fp ${fp}/${diff.length}`);
    }
    console.log(tok, compound ? 'cmp' : '   ', mode.padEnd(8), line.join(' | '));
  }
  console.log(items.slice(0, 6).map((i) => `${i.text}\n  js ${i.js.join(' ')}\n  pg ${i.pg.join(' ')}`).join('\n'));
}
it("exp", async () => { await main(); }, 120000);
