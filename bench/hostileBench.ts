/**
 * Hostile-file bench page (issue #12): a file arrives as base64 from suites/hostile.mjs and goes
 * through the app's own import job (the import worker, as the import dialog starts it), or,
 * for the baseline, straight into the library that parsed it before the guards existed
 * (read-excel-file for XLSX, graphology-gexf for GEXF). The suite samples memory from outside.
 */
import templateJson from '../data/templates/kulturskole.json';
import { startParse, warmWorker } from '../src/app/import/importJob';
import type { Template } from '../src/domain/types';
import { templateSchema } from '../src/schema/schemas';

const template = templateSchema.parse(templateJson) as Template;

const bytesOf = (base64: string) => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));

async function ours(name: string, base64: string) {
  warmWorker();
  await new Promise((r) => setTimeout(r, 500));
  const file = new File([bytesOf(base64)], name);
  const from = performance.now();
  const result = await startParse([file], template, () => {}).result;
  const ms = performance.now() - from;
  return {
    ms: Math.round(ms),
    refused: !result.ok,
    code: result.ok ? null : result.error.code,
  };
}

/** Before the guards: the libraries on the whole file, on the main thread as a worker would. */
async function baseline(name: string, base64: string) {
  const bytes = bytesOf(base64);
  const from = performance.now();
  let outcome = 'accepted';
  try {
    if (name.endsWith('.xlsx')) {
      const { default: readXlsxFile } = await import('read-excel-file/universal');
      await readXlsxFile(bytes.buffer as ArrayBuffer, { trim: false });
    } else {
      // The old path: xmldom's lenient parse, then graphology-gexf on the document it built.
      const [{ default: Graph }, gexf, { DOMParser }] = await Promise.all([
        import('graphology'),
        import('graphology-gexf'),
        import('@xmldom/xmldom'),
      ]);
      const doc = new DOMParser().parseFromString(new TextDecoder().decode(bytes), 'text/xml');
      gexf.parse(Graph, doc as unknown as Document, { allowUndeclaredAttributes: true });
    }
  } catch (e) {
    outcome = `threw ${e instanceof Error ? e.message.slice(0, 60) : String(e)}`;
  }
  return { ms: Math.round(performance.now() - from), outcome };
}

const api = { ours, baseline };
declare global {
  interface Window {
    samspillHostileBench?: typeof api;
  }
}
window.samspillHostileBench = api;
