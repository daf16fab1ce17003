import type { Template } from '../domain/types';

/**
 * The shipped reference template. The app reads and validates it at start (src/app/template.ts)
 * and hands it here, as it hands the session the demo map, so state does not read data/.
 */
let shipped: Template | null = null;

export function provideTemplate(template: Template): void {
  shipped = template;
}

export function shippedTemplate(): Template {
  if (!shipped) throw new Error('No template was provided: import src/app/template.ts first');
  return shipped;
}

/** Every map uses the one shipped template. */
export function templateFor(_templateId: string): Template {
  return shippedTemplate();
}
