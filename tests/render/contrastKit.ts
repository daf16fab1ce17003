/** WCAG contrast of what is drawn: a colour at an opacity, blended over what lies under it. */
import { blend, formatHex, rgb, wcagContrast } from 'culori';

/** WCAG 2.2: 1.4.11 non-text contrast and 1.4.3 text contrast. */
export const NON_TEXT = 3;
export const TEXT = 4.5;
/** Labels faded while something is selected: held to the non-text floor. */
export const FADED_TEXT = 3;

/** `colour` at `alpha` painted over the opaque `background`: the colour the eye gets. */
export function over(colour: string, alpha: number, background: string): string {
  const c = rgb(colour);
  if (!c) throw new Error(`not a colour: ${colour}`);
  return formatHex(blend([background, { ...c, alpha: alpha * (c.alpha ?? 1) }]));
}

/** The contrast ratio of `colour` at `alpha` against `background`. */
export function contrast(colour: string, background: string, alpha = 1): number {
  return wcagContrast(over(colour, alpha, background), background);
}

/** "4.42:1", for messages that say what failed. */
export const ratio = (r: number) => `${r.toFixed(2)}:1`;
