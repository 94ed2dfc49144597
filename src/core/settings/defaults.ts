import { CATEGORY_IDS, type CategoryId } from '../categories.ts';
import { DEFAULT_COMPLAINTS_NOTE, DEFAULT_TEMPLATES } from '../templates/defaults.ts';
import type { CategorySettings, Settings } from './types.ts';

export const SCHEMA_VERSION = 1;

/** A fresh copy of the default settings (callers may mutate it). */
export function defaultSettings(): Settings {
  const categories = Object.fromEntries(
    CATEGORY_IDS.map((id): [CategoryId, CategorySettings] => [
      id,
      { enabled: true, extraPhrases: [], ignorePhrases: [], templates: DEFAULT_TEMPLATES[id].map((t) => ({ ...t })) },
    ]),
  ) as Record<CategoryId, CategorySettings>;
  return {
    schemaVersion: SCHEMA_VERSION,
    practice: {
      name: '',
      phone: '',
      email: '',
      website: '',
      bookingInfo: '',
      complaintsLead: '',
      complaintsContact: '',
      signature: '',
      staffInitials: '',
      region: 'england-and-wales',
    },
    categories,
    complaintsNote: { ...DEFAULT_COMPLAINTS_NOTE },
  };
}
