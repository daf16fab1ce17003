import templateJson from '../../data/templates/kulturskole.json';
import type { Template } from '../domain/types';
import { templateSchema } from '../schema';

/** The shipped reference template, validated once: a broken template is a build error. */
export const kulturskoleTemplate: Template = templateSchema.parse(templateJson);

export function templateFor(_templateId: string): Template {
  return kulturskoleTemplate;
}
