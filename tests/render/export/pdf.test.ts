// @vitest-environment jsdom
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { svgToPdf } from '../../../src/render/export/pdf';
import { sceneToSvg } from '../../../src/render/export/svg';
import { measure, sampleFrame, sampleScene } from './fixtures';

// Node resolves svg2pdf.js to its UMD build, which cannot find jsPDF there; browsers get the ES one.
vi.mock(
  'svg2pdf.js',
  () =>
    // @ts-expect-error: the package declares types for its entry point only
    import('svg2pdf.js/dist/svg2pdf.es.js'),
);

/** jsdom lays out no text; svg2pdf only needs widths to place centred text. */
function stubTextLayout() {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  Object.defineProperty(SVGElement.prototype, 'getBBox', {
    configurable: true,
    value(this: SVGElement) {
      const size = Number.parseFloat(this.getAttribute('font-size') ?? '16');
      return { x: 0, y: 0, width: (this.textContent ?? '').length * size * 0.55, height: size };
    },
  });
}

async function pdfText(title: string, page: '16:9' | 'a4' = '16:9') {
  const svg = sceneToSvg(sampleScene(), sampleFrame({ title, page }), measure);
  const blob = await svgToPdf(svg, page, title);
  // Standard-font text and Info strings are single-byte (WinAnsi / PDFDocEncoding).
  return new TextDecoder('latin1').decode(await blob.arrayBuffer());
}

describe('svgToPdf', () => {
  beforeAll(stubTextLayout);

  it('writes a vector PDF of the page size with the title as metadata and text', async () => {
    const raw = await pdfText('Partnerkart 2025');
    expect(raw.startsWith('%PDF')).toBe(true);
    expect(raw).toContain('/Title (Partnerkart 2025)');
    expect(raw).toMatch(/\/MediaBox \[0 0 960\.? 540\.?\]/);
    expect(raw).toContain('(Partnerkart 2025) Tj');
    expect(raw).toContain('/Lang (nb)');
    expect(raw).not.toContain('/FlateDecode');
    expect(document.body.children).toHaveLength(0);
  });

  it('keeps Norwegian letters in a standard font, and labels above their halo', async () => {
    const raw = await pdfText('Bærum kulturskole', 'a4');
    expect(raw).toMatch(/\/MediaBox \[0 0 842\.? 595\.?\]/);
    expect(raw).toContain('/Title (Bærum kulturskole)');
    expect(raw).toContain('(Åse Øvrebø) Tj');
    expect(raw).toContain('/BaseFont /Helvetica-Bold');
    expect(raw).toContain('/Encoding /WinAnsiEncoding');
    expect(raw).not.toContain('/BaseFont /Times');
    // Each label is written twice: the halo first, then the letters.
    expect(raw.split('(Sommerprosjekt) Tj')).toHaveLength(3);
  });

  it('writes a title beyond Latin-1 as UTF-16 metadata', async () => {
    const raw = await pdfText('Kart → 2025');
    expect(raw).toContain('/Title (\u00fe\u00ff\u0000K\u0000a');
  });
});
