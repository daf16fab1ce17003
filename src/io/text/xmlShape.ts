/**
 * A linear pre-check of untrusted XML, before any DOM is built. @xmldom/xmldom 0.8 closes
 * unclosed and mismatched elements silently, and a graph parser then walks the deep tree it builds
 * in quadratic time; 0.9 reports them, but the graph libraries bring 0.8. So every tag is matched
 * here, once, by jumping from `<` to `<` with indexOf: comments, CDATA, processing instructions
 * and quoted attribute values (which may hold `>`) are skipped whole. It also caps the depth and
 * the number of elements. Only the structure is checked; xmldom still parses the rest.
 */
import { fail } from '../import/failure';
import { lineAt } from './decode';

export interface XmlLimits {
  /** Deepest element nesting allowed, the root being depth 1. */
  maxDepth: number;
  /** Most elements allowed in the file. */
  maxElements: number;
  /**
   * Most comments, processing instructions and CDATA sections: no graph or workbook needs many,
   * and a flood of them is cheap to write and slow for xmldom to build.
   */
  maxMarkup: number;
}

const LT = 60; // <
const GT = 62; // >
const SLASH = 47;
const QUOTE = 34;
const APOS = 39;

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;
const endsName = (c: number) =>
  isSpace(c) || c === GT || c === SLASH || c === LT || c === QUOTE || c === APOS || c === 61;

/** Refuses `text` with the first structural fault, naming its line; returns the element count. */
export function checkXmlShape(text: string, file: string, limits: XmlLimits): number {
  const broken = (offset: number, value: string): never =>
    fail({ code: 'xml-parse-error', file, line: lineAt(text, offset), value });
  const names: string[] = [];
  const starts: number[] = [];
  let elements = 0;
  let markup = 0;
  let rootDone = false;
  const counted = (lt: number) => {
    if (++markup <= limits.maxMarkup) return;
    fail({ code: 'xml-too-many-elements', file, line: lineAt(text, lt), limit: limits.maxMarkup });
  };
  // Reported only once the file is known to be well-formed: unclosed tags also nest deeply, and
  // then "not closed" is the better message.
  let tooDeepAt = -1;
  let pos = 0;
  for (;;) {
    const lt = text.indexOf('<', pos);
    if (lt < 0) break;
    const next = text.charCodeAt(lt + 1);
    if (next === 33 /* ! */) {
      counted(lt);
      pos = skipDeclaration(text, lt, names.length > 0, broken);
      continue;
    }
    if (next === 63 /* ? */) {
      counted(lt);
      const end = text.indexOf('?>', lt + 2);
      if (end < 0) broken(lt, 'unterminated processing instruction');
      pos = end + 2;
      continue;
    }
    if (next === SLASH) {
      const gt = text.indexOf('>', lt + 2);
      if (gt < 0) broken(lt, 'unterminated end tag');
      const name = text.slice(lt + 2, gt).trimEnd();
      if (name === '' || /[\s<]/.test(name)) broken(lt, 'malformed end tag');
      const top = names.length - 1;
      if (names[top] !== name) {
        const open = names.lastIndexOf(name);
        if (open < 0) broken(lt, `</${name}> closes no open element`);
        // The outermost element left open inside the one this tag closes.
        const unclosed = starts[open + 1] as number;
        broken(
          unclosed,
          `<${names[open + 1]}> is not closed before </${name}> on line ${lineAt(text, lt)}`,
        );
      }
      names.pop();
      starts.pop();
      if (names.length === 0) rootDone = true;
      pos = gt + 1;
      continue;
    }
    // A start tag: its name, then attributes up to a `>` outside quotes.
    let i = lt + 1;
    while (i < text.length && !endsName(text.charCodeAt(i))) i++;
    const name = text.slice(lt + 1, i);
    if (name === '') broken(lt, '"<" is not followed by a tag name');
    if (rootDone && names.length === 0) broken(lt, `<${name}> after the root element`);
    let end = -1;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === QUOTE || c === APOS) {
        const close = text.indexOf(c === QUOTE ? '"' : "'", i + 1);
        if (close < 0) broken(lt, `unterminated attribute value in <${name}>`);
        // XML forbids "<" in an attribute value; xmldom lets it through to the graph parser.
        // Searched within the value only, so that many attributes stay linear.
        const inner = text.slice(i + 1, close).indexOf('<');
        if (inner >= 0) broken(i + 1 + inner, `"<" in an attribute value of <${name}>`);
        i = close + 1;
      } else if (c === GT) {
        end = i;
        break;
      } else if (c === LT) {
        broken(lt, `<${name}> is not terminated`);
      } else i++;
    }
    if (end < 0) broken(lt, `<${name}> is not terminated`);
    if (++elements > limits.maxElements) {
      fail({
        code: 'xml-too-many-elements',
        file,
        line: lineAt(text, lt),
        limit: limits.maxElements,
      });
    }
    if (text.charCodeAt(end - 1) === SLASH) {
      if (names.length === 0) rootDone = true;
    } else {
      names.push(name);
      starts.push(lt);
      if (names.length > limits.maxDepth && tooDeepAt < 0) tooDeepAt = lt;
    }
    pos = end + 1;
  }
  if (names.length > 0) {
    const last = names.length - 1;
    broken(starts[last] as number, `<${names[last]}> is not closed before the end of the file`);
  }
  if (tooDeepAt >= 0) {
    fail({ code: 'xml-too-deep', file, line: lineAt(text, tooDeepAt), limit: limits.maxDepth });
  }
  return elements;
}

/** `<!--…-->` anywhere, `<![CDATA[…]]>` inside an element; DOCTYPE is refused before this runs. */
function skipDeclaration(
  text: string,
  lt: number,
  inElement: boolean,
  broken: (offset: number, value: string) => never,
): number {
  if (text.startsWith('<!--', lt)) {
    const end = text.indexOf('-->', lt + 4);
    if (end < 0) broken(lt, 'unterminated comment');
    return end + 3;
  }
  if (text.startsWith('<![CDATA[', lt)) {
    if (!inElement) broken(lt, 'CDATA outside the root element');
    const end = text.indexOf(']]>', lt + 9);
    if (end < 0) broken(lt, 'unterminated CDATA section');
    return end + 3;
  }
  return broken(lt, 'unexpected "<!"');
}
