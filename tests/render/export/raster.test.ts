import { describe, expect, it } from 'vitest';
import { pngPixelSize } from '../../../src/render/export/raster';

describe('pngPixelSize', () => {
  it('scales the page in points to pixels', () => {
    expect(pngPixelSize('16:9', 2)).toEqual({ width: 1920, height: 1080 });
    expect(pngPixelSize('16:9', 4)).toEqual({ width: 3840, height: 2160 });
    expect(pngPixelSize('a4', 2)).toEqual({ width: 1684, height: 1190 });
    expect(pngPixelSize('a4', 4)).toEqual({ width: 3368, height: 2380 });
  });
});
