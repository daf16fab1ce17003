import templateJson from '../../data/templates/kulturskole.json';
import type { Template } from '../domain/types';
import { templateSchema } from '../schema';
import { provideTemplate } from '../state/template';

/** The shipped reference template, validated once: a broken template is a build error. */
export const kulturskoleTemplate: Template = templateSchema.parse(templateJson);

provideTemplate(kulturskoleTemplate);
