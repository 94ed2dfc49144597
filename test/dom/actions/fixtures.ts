/** Shared test data for the popup, the log and the actions. */
import { defaultSettings } from '../../../src/core/settings/defaults.ts';
import type { Settings } from '../../../src/core/settings/types.ts';
import type { Diagnostics, TabComment } from '../../../src/platform/message-types.ts';

export function practiceSettings(overrides: Partial<Settings['practice']> = {}): Settings {
  const settings = defaultSettings();
  settings.practice = {
    ...settings.practice,
    name: 'Riverside Surgery',
    phone: '01234 567890',
    email: 'riverside.surgery@nhs.net',
    website: 'www.riversidesurgery.nhs.uk',
    bookingInfo: 'You can book by phoning 01234 567890 from 8am or through the NHS App.',
    complaintsLead: 'our Practice Manager, Mrs A Khan',
    complaintsContact: '01234 567899',
    signature: 'The Riverside Surgery team',
    staffInitials: 'JB',
    region: 'england-and-wales',
    ...overrides,
  };
  return settings;
}

export function comment(id: string, tags: TabComment['tags'], extra: Partial<TabComment> = {}): TabComment {
  return {
    id,
    parentId: null,
    isReply: false,
    author: 'Jane Smith',
    firstName: 'Jane',
    text: `Comment ${id}`,
    permalink: `https://www.facebook.com/RiversideSurgeryDemo/posts/pfbid02RsDemo1?comment_id=${id}`,
    timeLabel: '2h',
    truncated: false,
    tags,
    reasons: Object.fromEntries(tags.map((t) => [t, [`mentions something ${t}`]])),
    handled: null,
    ...extra,
  };
}

export function diagnostics(extra: Partial<Diagnostics> = {}): Diagnostics {
  return {
    version: '0.1.0', surface: 'permalink', path: '/RiversideSurgeryDemo/posts/pfbid02RsDemo1', lang: 'en-GB',
    articles: 3, identified: 3, tagged: 2, errors: [], markers: { article: 3 }, orphaned: false, ...extra,
  };
}
