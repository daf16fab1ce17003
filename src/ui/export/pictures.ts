/** Scene → file: SVG text, PNG and PDF blobs from one frame, so the three always agree. */
import { svgToPdf } from '../../render/export/pdf';
import { pngPixelSize, svgToPng } from '../../render/export/raster';
import type { Background, FrameOptions, LegendEntry, PageSize } from '../../render/export/scene';
import { sceneToSvg, svgToString } from '../../render/export/svg';
import type { Measure } from '../../render/nodeGeometry';
import type { PictureSource } from './scenes';

export type ImageFormat = 'png' | 'svg' | 'pdf';

export interface PictureOptions {
  page: PageSize;
  scale: 2 | 4;
  background: Background;
  title: string;
  legend: { heading: string; entries: LegendEntry[] } | null;
  footer: { date: string; source: string } | null;
  lang: string;
}

export function frameFor(source: PictureSource, o: PictureOptions): FrameOptions {
  return {
    page: o.page,
    background: o.background,
    region: source.region,
    title: o.title,
    legend: o.legend,
    footer: o.footer,
    lang: o.lang,
  };
}

export async function renderPicture(
  format: ImageFormat,
  source: PictureSource,
  o: PictureOptions,
  measure: Measure,
): Promise<Blob> {
  const svg = sceneToSvg(source.scene, frameFor(source, o), measure);
  if (format === 'pdf') return svgToPdf(svg, o.page, o.title);
  const text = svgToString(svg);
  if (format === 'svg') return new Blob([text], { type: 'image/svg+xml;charset=utf-8' });
  const { width, height } = pngPixelSize(o.page, o.scale);
  return svgToPng(text, width, height);
}

/** A file name from the map name and date: letters kept (æøå too), the rest as dashes. */
export function fileName(mapName: string, isoDate: string, extension: string): string {
  const base =
    mapName
      .normalize('NFC')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'samspill';
  return `${base}-${isoDate}.${extension}`;
}

export async function blobToDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(blob);
  });
}
