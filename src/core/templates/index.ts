export * from './placeholders.ts';
export * from './render.ts';
export * from './firstName.ts';
export { DEFAULT_TEMPLATES, DEFAULT_COMPLAINTS_NOTE } from './defaults.ts';
