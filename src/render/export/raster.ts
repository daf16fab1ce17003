/** SVG text → PNG through the browser's own SVG renderer, so PNG and SVG cannot drift apart. */
import { PAGE_POINTS, type PageSize } from './scene';

/** Pixels of a PNG export: the page in points times 2 or 4 (16:9 at 2× is 1920×1080). */
export function pngPixelSize(page: PageSize, scale: 2 | 4): { width: number; height: number } {
  const { w, h } = PAGE_POINTS[page];
  return { width: w * scale, height: h * scale };
}

async function loadSvg(url: string, width: number, height: number): Promise<HTMLImageElement> {
  // Sizing the element makes Chromium rasterise the vector image at the target size instead of
  // scaling up a bitmap of its intrinsic 960×540.
  const img = new Image(width, height);
  img.decoding = 'async';
  img.src = url;
  try {
    await img.decode();
  } catch {
    throw new Error('The browser could not draw the exported SVG.');
  }
  return img;
}

/**
 * Renders `svgText` into a canvas of exactly width × height pixels, stretched to fill it.
 * `background` paints under the picture (for a transparent SVG on a coloured page).
 */
export async function svgToPng(
  svgText: string,
  width: number,
  height: number,
  opts: { background?: string | null } = {},
): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const img = await loadSvg(url, width, height);
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('This browser has no 2D canvas.');
    if (opts.background) {
      ctx.fillStyle = opts.background;
      ctx.fillRect(0, 0, width, height);
    }
    ctx.imageSmoothingQuality = 'high';
    ctx.drawImage(img, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be encoded.'))),
        'image/png',
      );
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Copies a PNG to the clipboard; false where the browser does not allow it (never throws). */
export async function copyPngToClipboard(blob: Blob): Promise<boolean> {
  try {
    if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write) return false;
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': blob })]);
    return true;
  } catch {
    return false;
  }
}
