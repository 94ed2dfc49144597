// STUB (to be replaced by the replies-core work): one placeholder template per category so the
// settings defaults type-check. Not product wording.
import { CATEGORY_IDS, type CategoryId } from '../categories.ts';
import type { ReplyTemplate } from '../settings/types.ts';

export const DEFAULT_TEMPLATES: Record<CategoryId, ReplyTemplate[]> = Object.fromEntries(
  CATEGORY_IDS.map((id) => [id, [{ id: `${id}-1`, title: 'Reply', text: 'Thank you, {firstName}. {signature}' }]]),
) as Record<CategoryId, ReplyTemplate[]>;

export const DEFAULT_COMPLAINTS_NOTE: ReplyTemplate = {
  id: 'complaints-note',
  title: 'Move to complaints',
  text: 'Thank you, {firstName}. Please contact {complaintsContact}. {signature}',
};
