/// <reference lib="webworker" />
/**
 * Import worker: decoding, parsing and validating files off the main thread, so a 50 MB
 * spreadsheet does not freeze the page. Plain data in and out (DESIGN.md §5: io has no DOM).
 */
import { parseImport } from '../../io/import';
import type { ParseReply, ParseRequest } from './parseProtocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (reply: ParseReply) => scope.postMessage(reply);

scope.onmessage = async (event: MessageEvent<ParseRequest>) => {
  try {
    const { files, template } = event.data;
    const result = await parseImport(files, template, {
      onProgress: (fraction) => post({ type: 'progress', fraction }),
    });
    post({ type: 'done', result });
  } catch (error) {
    post({ type: 'crash', message: error instanceof Error ? error.message : String(error) });
  }
};
