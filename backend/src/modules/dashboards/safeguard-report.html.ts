import type { SafeguardOverview, Safeguards } from '@zet/contracts';
import { PLACEMENT_VALUES } from '@zet/contracts';
import { placementLabel, type ReportBasis } from './safeguard-export';

/**
 * The waarborgen report as one self-contained HTML page (Dutch), printed to PDF by Chromium.
 * Charts are inline SVG drawn here, each followed by the table with the same numbers; tables
 * repeat their header on every page and never split a row.
 */

const esc = (value: string | number | null | undefined): string =>
  String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

const fmt = (v: number | null | undefined) =>
  v === null || v === undefined ? '—' : placementLabel(v);

/** Colour-blind-safe sequential palette (viridis), one colour per scale point 1 … 4. */
const SCALE_COLOURS = ['#440154', '#46327e', '#365c8d', '#277f8e', '#1fa187', '#4ac16d', '#a0da39'];
const SCALE_TEXT = ['#fff', '#fff', '#fff', '#fff', '#000', '#000', '#000'];

function distributionChart(s: SafeguardOverview): string {
  const years = s.years;
  const width = 640;
  const height = 240;
  const left = 40;
  const bottom = 40;
  const top = 20;
  const plotH = height - top - bottom;
  const max = Math.max(1, ...years.map((y) => y.results));
  const slot = (width - left - 10) / Math.max(1, years.length);
  const barW = Math.min(48, slot * 0.7);
  const bars = years
    .map((y, i) => {
      let offset = 0;
      const x = left + i * slot + (slot - barW) / 2;
      const segments = y.distribution
        .map((d, k) => {
          if (!d.count) return '';
          const h = (d.count / max) * plotH;
          offset += h;
          const yPos = top + plotH - offset;
          const label =
            h >= 12
              ? `<text x="${x + barW / 2}" y="${yPos + h / 2 + 4}" text-anchor="middle" font-size="9" fill="${SCALE_TEXT[k]}">${d.count}</text>`
              : '';
          return `<rect x="${x}" y="${yPos}" width="${barW}" height="${h}" fill="${SCALE_COLOURS[k]}"/>${label}`;
        })
        .join('');
      return `${segments}
        <text x="${x + barW / 2}" y="${height - bottom + 14}" text-anchor="middle" font-size="9">${esc(y.schoolYear)}</text>
        <text x="${x + barW / 2}" y="${height - bottom + 26}" text-anchor="middle" font-size="8" fill="#444">n=${y.results}</text>`;
    })
    .join('');
  const legend = PLACEMENT_VALUES.map(
    (p, k) =>
      `<rect x="${left + k * 84}" y="2" width="10" height="10" fill="${SCALE_COLOURS[k]}"/><text x="${left + k * 84 + 14}" y="11" font-size="9">scenario ${placementLabel(p)}</text>`,
  ).join('');
  return `<svg role="img" aria-labelledby="dist-${s.safeguard.code}" width="${width}" height="${height + 16}" viewBox="0 0 ${width} ${height + 16}" xmlns="http://www.w3.org/2000/svg">
    <title id="dist-${s.safeguard.code}">Verdeling van de resultaten over de scenario's per schooljaar, ${esc(s.safeguard.name)}</title>
    <g transform="translate(0, 16)">
      <line x1="${left}" y1="${top + plotH}" x2="${width - 10}" y2="${top + plotH}" stroke="#333"/>
      <text x="${left - 6}" y="${top + 4}" text-anchor="end" font-size="9">${max}</text>
      <text x="${left - 6}" y="${top + plotH}" text-anchor="end" font-size="9">0</text>
      ${bars}
    </g>
    ${legend}
  </svg>`;
}

function trendChart(s: SafeguardOverview): string {
  const years = s.years;
  const width = 640;
  const height = 200;
  const left = 40;
  const top = 14;
  const bottom = 36;
  const plotH = height - top - bottom;
  const slot = (width - left - 10) / Math.max(1, years.length);
  const xOf = (i: number) => left + i * slot + slot / 2;
  const yOf = (v: number) => top + plotH - ((v - 1) / 3) * plotH;
  // A year without a result breaks the line: a gap, never an interpolated point.
  const segments: string[] = [];
  let current: string[] = [];
  years.forEach((y, i) => {
    if (y.median === null) {
      if (current.length) segments.push(current.join(' '));
      current = [];
      return;
    }
    current.push(`${xOf(i)},${yOf(y.median)}`);
  });
  if (current.length) segments.push(current.join(' '));
  const grid = [1, 2, 3, 4]
    .map(
      (v) =>
        `<line x1="${left}" y1="${yOf(v)}" x2="${width - 10}" y2="${yOf(v)}" stroke="#ddd"/><text x="${left - 6}" y="${yOf(v) + 3}" text-anchor="end" font-size="9">${v}</text>`,
    )
    .join('');
  const points = years
    .map((y, i) =>
      y.median === null
        ? `<text x="${xOf(i)}" y="${top + plotH / 2}" text-anchor="middle" font-size="8" fill="#666">geen</text>`
        : `<circle cx="${xOf(i)}" cy="${yOf(y.median)}" r="3.5" fill="#0072b2"/><text x="${xOf(i)}" y="${yOf(y.median) - 7}" text-anchor="middle" font-size="9">${fmt(y.median)}</text>`,
    )
    .join('');
  const labels = years
    .map(
      (
        y,
        i,
      ) => `<text x="${xOf(i)}" y="${height - bottom + 14}" text-anchor="middle" font-size="9">${esc(y.schoolYear)}</text>
        <text x="${xOf(i)}" y="${height - bottom + 26}" text-anchor="middle" font-size="8" fill="#444">n=${y.results}</text>`,
    )
    .join('');
  return `<svg role="img" aria-labelledby="trend-${s.safeguard.code}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" xmlns="http://www.w3.org/2000/svg">
    <title id="trend-${s.safeguard.code}">Mediaan per schooljaar, ${esc(s.safeguard.name)}</title>
    ${grid}
    ${segments.map((p) => `<polyline points="${p}" fill="none" stroke="#0072b2" stroke-width="2"/>`).join('')}
    ${points}
    ${labels}
  </svg>`;
}

function safeguardSection(s: SafeguardOverview, summary: string): string {
  const yearRows = s.years
    .map(
      (y) =>
        `<tr><th scope="row">${esc(y.schoolYear)}</th><td>${y.results}</td><td>${y.locations}</td><td>${fmt(y.median)}</td><td>${fmt(y.desiredMedian)}</td>${y.distribution
          .map((d) => `<td>${d.count}</td>`)
          .join('')}</tr>`,
    )
    .join('');
  const ranking = s.themeRanking.length
    ? `<table>
        <caption>Thema's in ${esc(s.latestYear)}: mediaan over de locaties</caption>
        <thead><tr><th scope="col">Thema</th><th scope="col">Mediaan</th><th scope="col">Laagste</th><th scope="col">Hoogste</th><th scope="col">Locaties (n)</th><th scope="col"></th></tr></thead>
        <tbody>${s.themeRanking
          .map(
            (t) =>
              `<tr><th scope="row">${esc(t.theme.name)}</th><td>${fmt(t.median)}</td><td>${fmt(t.low)}</td><td>${fmt(t.high)}</td><td>${t.locations}</td><td>${
                s.strongest.includes(t.theme.code)
                  ? 'sterkst'
                  : s.weakest.includes(t.theme.code)
                    ? 'zwakst'
                    : ''
              }</td></tr>`,
          )
          .join('')}</tbody>
      </table>`
    : `<p class="empty">Nog geen resultaten op de thema's van deze waarborg.</p>`;
  const threads = s.commonThreads.length
    ? `<ul>${s.commonThreads.map((t) => `<li><strong>${esc(t.name)}</strong> (${esc(t.schoolYear)})</li>`).join('')}</ul>`
    : `<p class="empty">Geen bevestigde rode lijnen.</p>`;
  return `<section class="safeguard" aria-labelledby="h-${s.safeguard.code}">
    <h2 id="h-${s.safeguard.code}">${esc(s.safeguard.name)}</h2>
    <p class="summary">${esc(summary)}</p>
    <p>Thema's: ${s.themes.map((t) => esc(t.name)).join(', ') || '—'}.</p>
    <h3>Verdeling over de scenario's per schooljaar</h3>
    <figure>${distributionChart(s)}</figure>
    <h3>Trend: mediaan per schooljaar</h3>
    <figure>${trendChart(s)}</figure>
    <table>
      <caption>Resultaten (locatie × thema) per schooljaar</caption>
      <thead><tr><th scope="col">Schooljaar</th><th scope="col">Resultaten (n)</th><th scope="col">Locaties (n)</th><th scope="col">Mediaan</th><th scope="col">Mediaan gewenst</th>${PLACEMENT_VALUES.map(
        (p) => `<th scope="col">${placementLabel(p)}</th>`,
      ).join('')}</tr></thead>
      <tbody>${yearRows}</tbody>
    </table>
    <h3>Sterkste en zwakste thema's</h3>
    ${ranking}
    <h3>Rode lijnen</h3>
    ${threads}
  </section>`;
}

export function renderSafeguardReport(
  view: Safeguards,
  basis: ReportBasis,
  summaries: Map<string, string>,
): string {
  const title =
    view.safeguards.length === 1
      ? `Kwaliteit: ${view.safeguards[0]!.safeguard.name}`
      : 'Kwaliteit per waarborg';
  const roleRows = basis.roles.length
    ? basis.roles
        .map(
          (r) =>
            `<tr><th scope="row">${esc(r.name)}</th><td>${r.present}</td><td>${r.placements}</td></tr>`,
        )
        .join('')
    : `<tr><td colspan="3">Geen deelnemers vastgelegd.</td></tr>`;
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<title>${esc(title)} — ${esc(basis.partnershipName)}</title>
<style>
  @page { size: A4; }
  body { font-family: 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif; font-size: 10pt; color: #111; }
  h1 { font-size: 18pt; margin: 0 0 4mm; }
  h2 { font-size: 14pt; margin: 0 0 3mm; }
  h3 { font-size: 11pt; margin: 5mm 0 2mm; }
  .safeguard { break-before: page; }
  figure { margin: 0 0 3mm; break-inside: avoid; }
  table { border-collapse: collapse; width: 100%; margin: 2mm 0 4mm; }
  caption { text-align: left; font-weight: bold; margin-bottom: 1mm; }
  th, td { border: 1px solid #999; padding: 1mm 1.5mm; text-align: left; vertical-align: top; }
  thead { display: table-header-group; }
  thead th { background: #eee; }
  tr { break-inside: avoid; }
  td { font-variant-numeric: tabular-nums; }
  dl { display: grid; grid-template-columns: 45mm 1fr; gap: 1mm 4mm; margin: 0 0 4mm; }
  dt { font-weight: bold; }
  dd { margin: 0; }
  .empty, .note { color: #444; font-style: italic; }
</style>
</head>
<body>
<header>
  <h1>${esc(title)}</h1>
  <p>${esc(basis.partnershipName)} · gemaakt op ${esc(basis.createdAt.toISOString().slice(0, 10))}</p>
</header>
<section aria-labelledby="h-basis">
  <h2 id="h-basis">Waar de cijfers op rusten</h2>
  <dl>
    ${basis.filters.map((f) => `<dt>${esc(f.label)}</dt><dd>${esc(f.value)}</dd>`).join('')}
    <dt>Periode</dt><dd>${esc(basis.period)}</dd>
    <dt>Inhoudsversie(s)</dt><dd>${esc(basis.contentVersions.join(', ') || '—')}</dd>
    <dt>Locaties</dt><dd>${basis.locations}</dd>
    <dt>Themagesprekken</dt><dd>${basis.sessions}</dd>
  </dl>
  <table>
    <caption>Deelnemers per rol</caption>
    <thead><tr><th scope="col">Rol</th><th scope="col">Aanwezig</th><th scope="col">Individuele plaatsingen</th></tr></thead>
    <tbody>${roleRows}</tbody>
  </table>
  <p class="note">Een resultaat is de plaatsing van één locatie op één thema in één schooljaar: bij meerdere groepen de
  mediaan van de groepen. Een thema telt mee voor elk van zijn waarborgen. Medianen zijn lage medianen: bij een even
  aantal de laagste van de twee middelste, dus altijd een punt van de schaal. Een schooljaar zonder resultaat blijft leeg.</p>
</section>
${view.safeguards.map((s) => safeguardSection(s, summaries.get(s.safeguard.code) ?? '')).join('\n')}
</body>
</html>`;
}
