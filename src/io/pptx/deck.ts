/**
 * The PowerPoint deck: title, one slide per map view, gap analysis (native chart and table),
 * what to do now, change over time (native line chart), suggestions and an optional summary. pptxgenjs is loaded on demand, so it is not part of the
 * app's initial bundle. It escapes all text it writes except the Company field, which therefore
 * only ever gets a constant; characters XML forbids are removed by us (layout.clean).
 */
import { accentBar, contentSlide, type DeckContext, textBox } from './chrome';
import { addHistorySlide } from './history';
import {
  BODY_BOTTOM,
  BODY_Y,
  COLOR,
  CONTENT_W,
  clean,
  FONT,
  fitImage,
  fitText,
  MARGIN,
  oneLine,
  SLIDE_H,
  SLIDE_W,
  truncate,
} from './layout';
import { finishDeck } from './repair';
import { addGapSlide, addSuggestionsSlide, addSummarySlide } from './sections';
import type { DeckImage, DeckInput, DeckOutput, DeckView } from './types';

const APP_NAME = 'Samspill';

/** The number of slides buildDeck produces for this input. */
export function deckSlideCount(input: DeckInput): number {
  return (
    1 +
    input.views.length +
    (input.gap ? 1 : 0) +
    (input.now ? 1 : 0) +
    (input.history ? 1 : 0) +
    (input.suggestions ? 1 : 0) +
    (input.summary ? 1 : 0)
  );
}

/** Only base64 raster data URLs: anything else would be fetched or mis-typed by pptxgenjs. */
const IMAGE_DATA = /^data:image\/(png|jpeg|gif);base64,[A-Za-z0-9+/]+={0,2}$/;

export function isDeckImage(image: DeckImage | null | undefined): image is DeckImage {
  return !!image && typeof image.data === 'string' && IMAGE_DATA.test(image.data);
}

function checkImages(input: DeckInput): void {
  input.views.forEach((view, i) => {
    if (!isDeckImage(view.image)) {
      throw new Error(`buildDeck: view ${i + 1} needs a base64 PNG, JPEG or GIF data URL`);
    }
  });
  if (input.cover && !isDeckImage(input.cover)) {
    throw new Error('buildDeck: the cover needs a base64 PNG, JPEG or GIF data URL');
  }
  const summaryImage = input.summary?.image;
  if (summaryImage && !isDeckImage(summaryImage)) {
    throw new Error('buildDeck: the summary image needs a base64 PNG, JPEG or GIF data URL');
  }
}

export async function buildDeck(
  input: DeckInput,
  output: DeckOutput = 'blob',
): Promise<Blob | ArrayBuffer> {
  checkImages(input);
  const [{ default: PptxGenJS }, { default: JSZip }] = await Promise.all([
    import('pptxgenjs'),
    import('jszip'),
  ]);
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = truncate(oneLine(input.title), 200);
  pptx.subject = truncate(oneLine(input.subtitle), 200);
  pptx.author = truncate(oneLine(input.author), 200) || APP_NAME;
  pptx.company = APP_NAME;
  pptx.theme = { headFontFace: FONT, bodyFontFace: FONT };

  const ctx: DeckContext = {
    pptx,
    lang: input.lang === 'en' ? 'en-GB' : input.lang === 'nn' ? 'nn-NO' : 'nb-NO',
    footer: truncate(oneLine(input.title), 90),
  };
  addTitleSlide(ctx, input);
  for (const view of input.views) addViewSlide(ctx, view);
  if (input.gap) addGapSlide(ctx, input.gap);
  if (input.now) addSuggestionsSlide(ctx, input.now);
  if (input.history) addHistorySlide(ctx, input.history);
  if (input.suggestions) addSuggestionsSlide(ctx, input.suggestions);
  if (input.summary) addSummarySlide(ctx, input.summary);

  // Stored uncompressed here: finishDeck repairs it and compresses it once.
  const raw = (await pptx.write({ outputType: 'arraybuffer', compression: false })) as ArrayBuffer;
  return finishDeck(JSZip, raw, output);
}

/** Title slide geometry: text column right of a vertical accent bar. */
const TITLE_X = 1.1;
const TITLE_W = SLIDE_W - TITLE_X - 0.8;

/** The cover: the map's name over the whole network, so the first slide already tells the story. */
function addCoverSlide(ctx: DeckContext, input: DeckInput, cover: DeckImage): void {
  const slide = ctx.pptx.addSlide();
  slide.background = { color: COLOR.white };
  accentBar(ctx, slide, 0.12);
  const title = fitText(truncate(oneLine(input.title), 200), CONTENT_W, 0.8, 36, 20, true);
  slide.addText(
    title.text,
    textBox(ctx, { x: MARGIN, y: 0.3, w: CONTENT_W, h: 0.8 }, title.pt, { bold: true }),
  );
  const byline = [oneLine(input.subtitle), oneLine(input.date), oneLine(input.source)]
    .filter(Boolean)
    .join('  ·  ');
  const by = fitText(truncate(byline, 200), CONTENT_W, 0.4, 16, 10);
  slide.addText(
    by.text,
    textBox(ctx, { x: MARGIN, y: 1.1, w: CONTENT_W, h: 0.4 }, by.pt, { color: COLOR.accent }),
  );
  const box = fitImage(cover.width, cover.height, {
    x: MARGIN,
    y: 1.6,
    w: CONTENT_W,
    h: SLIDE_H - 1.6 - 0.25,
  });
  slide.addImage({ data: cover.data, ...box, altText: truncate(oneLine(input.title), 200) });
}

function addTitleSlide(ctx: DeckContext, input: DeckInput): void {
  if (isDeckImage(input.cover)) {
    addCoverSlide(ctx, input, input.cover);
    return;
  }
  const slide = ctx.pptx.addSlide();
  slide.background = { color: COLOR.white };
  accentBar(ctx, slide, 0.12);
  slide.addShape(ctx.pptx.ShapeType.rect, {
    x: 0.8,
    y: 1.9,
    w: 0.08,
    h: 2.65,
    fill: { color: COLOR.accent },
    line: { color: COLOR.accent, width: 0 },
  });

  const title = fitText(truncate(oneLine(input.title), 200), TITLE_W, 1.85, 44, 24, true);
  slide.addText(
    title.text,
    textBox(ctx, { x: TITLE_X, y: 1.9, w: TITLE_W, h: 1.85 }, title.pt, {
      bold: true,
      valign: 'bottom',
    }),
  );
  const subtitle = fitText(truncate(oneLine(input.subtitle), 160), TITLE_W, 0.7, 24, 14);
  slide.addText(
    subtitle.text,
    textBox(ctx, { x: TITLE_X, y: 3.85, w: TITLE_W, h: 0.7 }, subtitle.pt, {
      color: COLOR.accent,
    }),
  );

  const byline = [oneLine(input.date), oneLine(input.author)].filter(Boolean).join('  ·  ');
  const by = fitText(truncate(byline, 160), TITLE_W, 0.4, 16, 12);
  slide.addText(by.text, textBox(ctx, { x: TITLE_X, y: 5.55, w: TITLE_W, h: 0.4 }, by.pt));
  const source = oneLine(input.source);
  if (source) {
    const fitted = fitText(truncate(source, 300), TITLE_W, 0.75, 12, 9);
    slide.addText(
      fitted.text,
      textBox(ctx, { x: TITLE_X, y: 6.05, w: TITLE_W, h: 0.75 }, fitted.pt, {
        color: COLOR.muted,
      }),
    );
  }
}

function addViewSlide(ctx: DeckContext, view: DeckView): void {
  const slide = contentSlide(ctx, view.title);
  const box = fitImage(view.image.width, view.image.height, {
    x: MARGIN,
    y: BODY_Y,
    w: CONTENT_W,
    h: BODY_BOTTOM - BODY_Y,
  });
  slide.addImage({ data: view.image.data, ...box, altText: truncate(oneLine(view.title), 200) });
  const notes = clean(view.notes).trim();
  if (notes) slide.addNotes(notes);
}
