/**
 * Hostile-file suite (issue #12): an XLSX whose sheet unpacks to 500 MB and a 235 KB GEXF of
 * 4,000 unclosed <edge> elements, each through the app's import job and through the unguarded
 * libraries (the baseline, as the app parsed them before the guards). Peak memory is the rise in
 * the resident size of Chromium's renderer processes (the page and its workers), sampled from
 * /proc every 20 ms. Targets: refused in ≤ 1 s with < 200 MB. --quick skips the slow baseline.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { strToU8, Zip, ZipDeflate } from 'fflate';

const TARGETS = { ms: 1_000, peakMb: 200 };

function rendererRssKb() {
  let total = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'latin1');
      if (!cmd.includes('chrom') || !cmd.includes('--type=renderer')) continue;
      const rss = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'latin1'));
      total += Number(rss?.[1] ?? 0);
    } catch {
      // The process ended while we read it.
    }
  }
  return total;
}

/** Runs `fn` while sampling the renderers; the peak rise over the level before it, in MB. */
async function withPeak(fn) {
  const base = rendererRssKb();
  let peak = base;
  const timer = setInterval(() => {
    peak = Math.max(peak, rendererRssKb());
  }, 20);
  try {
    const result = await fn();
    peak = Math.max(peak, rendererRssKb());
    return { ...result, peakMb: Math.round((peak - base) / 1024) };
  } finally {
    clearInterval(timer);
  }
}

/** A workbook whose one sheet inflates to `mb` MB of identical rows, deflated as a stream. */
export function xlsxBomb(mb) {
  const parts = [];
  const zip = new Zip((err, chunk) => {
    if (err) throw err;
    parts.push(chunk);
  });
  const add = (name, text) => {
    const entry = new ZipDeflate(name, { level: 9 });
    zip.add(entry);
    entry.push(strToU8(text), true);
  };
  add(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
  );
  add(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  );
  add(
    'xl/workbook.xml',
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Aktører" sheetId="1" r:id="rId1"/></sheets></workbook>',
  );
  add(
    'xl/_rels/workbook.xml.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
  );
  const sheet = new ZipDeflate('xl/worksheets/sheet1.xml', { level: 9 });
  zip.add(sheet);
  sheet.push(
    strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row><c t="inlineStr"><is><t>Navn</t></is></c></row>',
    ),
  );
  const row = '<row><c t="inlineStr"><is><t>Kulturskolen</t></is></c></row>';
  const chunk = strToU8(row.repeat(Math.floor(2 ** 20 / row.length)));
  for (let i = 0; i < mb; i++) sheet.push(chunk);
  sheet.push(strToU8('</sheetData></worksheet>'), true);
  zip.end();
  return Buffer.concat(parts);
}

export function unclosedGexf(edges) {
  const head =
    '<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="undirected"><nodes><node id="a" label="Kulturskolen"/><node id="b" label="Biblioteket"/></nodes><edges>\n';
  const body = Array.from(
    { length: edges },
    (_, i) => `<edge id="e${i}" source="a" target="b" label="samarbeid">\n`,
  ).join('');
  return Buffer.from(`${head}${body}</edges></graph></gexf>\n`);
}

export default {
  name: 'hostile',
  description: 'hostile files refused: an XLSX that unpacks to 500 MB, a GEXF of unclosed elements',
  async run({ context, url, args, log }) {
    const files = [
      { name: 'bombe.xlsx', bytes: xlsxBomb(500), what: 'XLSX, sheet unpacks to 500 MB' },
      { name: 'uavsluttet.gexf', bytes: unclosedGexf(4_000), what: 'GEXF, 4,000 unclosed <edge>' },
    ];
    const rows = [];
    for (const f of files) {
      const base64 = f.bytes.toString('base64');
      const measure = async (key) => {
        const page = await context.newPage();
        await page.goto(`${url}/bench/hostile.html`);
        await page.waitForFunction(() => window.samspillHostileBench !== undefined, null, {
          timeout: 120_000,
        });
        try {
          return await withPeak(() =>
            page.evaluate(
              ([k, n, b]) => window.samspillHostileBench[k](n, b),
              [key, f.name, base64],
            ),
          );
        } finally {
          await page.close();
        }
      };
      const ours = await measure('ours');
      const baseline = args.quick ? null : await measure('baseline');
      log(
        `  ${f.what} (${Math.round(f.bytes.length / 1024)} KB): app ${ours.ms} ms, +${ours.peakMb} MB, ${ours.refused ? `refused (${ours.code})` : 'ACCEPTED'}` +
          (baseline
            ? `; baseline ${baseline.ms} ms, +${baseline.peakMb} MB, ${baseline.outcome}`
            : ''),
      );
      rows.push({
        file: f.name,
        what: f.what,
        kb: Math.round(f.bytes.length / 1024),
        ours,
        baseline,
      });
    }
    log(
      '\nfile                                   app        peak     baseline   peak      ratio   target',
    );
    for (const r of rows) {
      const met = r.ours.refused && r.ours.ms <= TARGETS.ms && r.ours.peakMb < TARGETS.peakMb;
      const ratio = r.baseline ? `${(r.baseline.ms / Math.max(r.ours.ms, 1)).toFixed(0)}×` : '–';
      log(
        `${r.what.padEnd(36)} ${String(r.ours.ms).padStart(6)} ms ${String(r.ours.peakMb).padStart(5)} MB ` +
          `${r.baseline ? `${String(r.baseline.ms).padStart(7)} ms ${String(r.baseline.peakMb).padStart(5)} MB` : '        –        –'} ` +
          `${ratio.padStart(7)}   ≤ ${TARGETS.ms} ms, < ${TARGETS.peakMb} MB: ${met ? 'met' : 'MISSED'}`,
      );
    }
    return { rows, targets: TARGETS };
  },
};
