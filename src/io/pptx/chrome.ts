/**
 * What every content slide shares: the accent bar, the fitted title and the footer. The
 * pptxgenjs types are imported as types only, so the library stays out of the initial bundle.
 */
import type PptxGenJS from 'pptxgenjs';
import {
  COLOR,
  CONTENT_W,
  FONT,
  FOOTER_H,
  FOOTER_Y,
  fitText,
  MARGIN,
  oneLine,
  SLIDE_W,
  TITLE_H,
  TITLE_Y,
  truncate,
} from './layout';

export interface DeckContext {
  pptx: PptxGenJS;
  /** Language of every text run, for spelling and hyphenation. */
  lang: 'nb-NO' | 'nn-NO' | 'en-GB';
  /** The map name, shown small at the foot of content slides. */
  footer: string;
}

export type TextOptions = PptxGenJS.TextPropsOptions;

/** What every native chart shares: its title, the font and colour of labels, no legend. */
export function chartChrome(ctx: DeckContext, title: string): PptxGenJS.IChartOpts {
  return {
    dataLabelFontFace: FONT,
    dataLabelColor: COLOR.text,
    showLegend: false,
    showTitle: true,
    title,
    titleFontSize: 14,
    titleFontFace: FONT,
    titleColor: COLOR.text,
    lang: ctx.lang,
  };
}

/** Base options of a text box: no insets, no autofit, so our fitted geometry holds. */
export function textBox(
  ctx: DeckContext,
  box: { x: number; y: number; w: number; h: number },
  fontSize: number,
  extra: TextOptions = {},
): TextOptions {
  return {
    ...box,
    fontFace: FONT,
    fontSize,
    color: COLOR.text,
    margin: 0,
    valign: 'top',
    fit: 'none',
    wrap: true,
    lang: ctx.lang,
    ...extra,
  };
}

export function accentBar(ctx: DeckContext, slide: PptxGenJS.Slide, h = 0.08): void {
  slide.addShape(ctx.pptx.ShapeType.rect, {
    x: 0,
    y: 0,
    w: SLIDE_W,
    h,
    fill: { color: COLOR.accent },
    line: { color: COLOR.accent, width: 0 },
  });
}

/** A white slide with accent bar, a title sized to its length, the footer and a slide number. */
export function contentSlide(ctx: DeckContext, title: string): PptxGenJS.Slide {
  const slide = ctx.pptx.addSlide();
  slide.background = { color: COLOR.white };
  accentBar(ctx, slide);
  const fitted = fitText(truncate(oneLine(title), 200), CONTENT_W, TITLE_H, 28, 16, true);
  slide.addText(
    fitted.text,
    textBox(ctx, { x: MARGIN, y: TITLE_Y, w: CONTENT_W, h: TITLE_H }, fitted.pt, {
      bold: true,
      valign: 'middle',
    }),
  );
  if (ctx.footer) {
    slide.addText(
      ctx.footer,
      textBox(ctx, { x: MARGIN, y: FOOTER_Y, w: CONTENT_W - 1, h: FOOTER_H }, 10, {
        color: COLOR.muted,
        valign: 'middle',
      }),
    );
  }
  slide.slideNumber = {
    x: SLIDE_W - MARGIN - 0.8,
    y: FOOTER_Y,
    w: 0.8,
    h: FOOTER_H,
    fontFace: FONT,
    fontSize: 10,
    color: COLOR.muted,
    align: 'right',
    margin: 0,
  };
  return slide;
}
