/**
 * SVG → vector PDF with jsPDF + svg2pdf.js. Both are loaded on demand, so they stay out of
 * the initial bundle.
 */
import { PAGE_POINTS, type PageSize } from './scene';

const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/**
 * A copy of the SVG that svg2pdf draws as the browser does:
 * - every font becomes Helvetica, a standard PDF font whose WinAnsi encoding covers æøå;
 * - weights of 600 and up become bold, since svg2pdf only knows normal and bold;
 * - label halos move to a copy drawn underneath, since svg2pdf ignores `paint-order` and would
 *   stroke over the letters.
 */
function forPdf(svg: SVGSVGElement): SVGSVGElement {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  for (const node of copy.querySelectorAll('[font-family]'))
    node.setAttribute('font-family', 'helvetica');
  copy.setAttribute('font-family', 'helvetica');
  for (const node of copy.querySelectorAll('[font-weight]')) {
    const weight = node.getAttribute('font-weight') ?? '';
    const bold = weight === 'bold' || Number.parseInt(weight, 10) >= 600;
    node.setAttribute('font-weight', bold ? 'bold' : 'normal');
  }
  for (const labels of copy.querySelectorAll('[paint-order="stroke"]')) {
    const halo = labels.cloneNode(true) as Element;
    halo.setAttribute('fill', 'none');
    for (const node of halo.querySelectorAll('[fill]')) node.setAttribute('fill', 'none');
    halo.removeAttribute('paint-order');
    halo.setAttribute('aria-hidden', 'true');
    labels.before(halo);
    labels.setAttribute('stroke', 'none');
    labels.removeAttribute('paint-order');
  }
  return copy;
}

/**
 * PDF Info strings are PDFDocEncoding, which equals Latin-1 for æøå; anything beyond
 * Latin-1 is written as UTF-16BE with a byte-order mark, as the PDF spec allows.
 */
function pdfInfoString(text: string): string {
  if ([...text].every((c) => c.charCodeAt(0) <= 0xff)) return text;
  let out = '\u00fe\u00ff';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out += String.fromCharCode(code >> 8, code & 0xff);
  }
  return out;
}

export async function svgToPdf(svg: SVGSVGElement, page: PageSize, title: string): Promise<Blob> {
  const [{ jsPDF }, { svg2pdf }] = await Promise.all([import('jspdf'), import('svg2pdf.js')]);
  const { w, h } = PAGE_POINTS[page];
  // Uncompressed streams: slightly larger files, but text (the title too) stays searchable
  // in the raw file, and tests can read it.
  const pdf = new jsPDF({
    orientation: 'landscape',
    unit: 'pt',
    format: [w, h],
    compress: false,
    putOnlyUsedFonts: true,
  });
  pdf.setDocumentProperties({ title: pdfInfoString(title), creator: 'Samspill' });
  const lang = svg.getAttributeNS(XML_NS, 'lang');
  // jsPDF ignores codes it does not know.
  if (lang) pdf.setLanguage(lang as Parameters<typeof pdf.setLanguage>[0]);

  // svg2pdf reads styles and text sizes from a live element, so attach it off screen.
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  host.style.cssText = 'position:fixed;left:-100000px;top:0;visibility:hidden;pointer-events:none';
  host.appendChild(forPdf(svg));
  document.body.appendChild(host);
  try {
    const copy = host.firstElementChild;
    if (!copy) throw new Error('The SVG could not be attached.');
    await svg2pdf(copy, pdf, {
      x: 0,
      y: 0,
      width: w,
      height: h,
      loadExternalStyleSheets: false,
      loadImages: false,
    });
  } finally {
    host.remove();
  }
  return pdf.output('blob');
}
