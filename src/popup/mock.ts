/**
 * Demo data so the popup renders outside the extension (vite dev server, design review): a few
 * comments in the voice of a GP page, with in-memory handled states and complaints.
 */
import { createComplaintRecord } from '../core/complaints/record.ts';
import { createHandledState } from '../core/handled.ts';
import { defaultSettings } from '../core/settings/defaults.ts';
import type { Diagnostics, TabComment } from '../platform/message-types.ts';
import type { PopupBackend } from './backend.ts';

function demoComment(id: string, author: string, text: string, tags: TabComment['tags'], reasons: TabComment['reasons']): TabComment {
  return {
    id, parentId: null, isReply: false, author, firstName: author.split(' ')[0] ?? '', text,
    permalink: `https://www.facebook.com/RiversideSurgeryDemo/posts/pfbid02RsDemo1?comment_id=${id}`,
    timeLabel: '1h', truncated: false, tags, reasons, handled: null,
  };
}

export const MOCK_COMMENTS: TabComment[] = [
  demoComment('1001', 'Sarah Jones', 'Rang at 8am on the dot and was on hold 40 minutes, then told there were no appointments left. This is the third week running.', ['complaint', 'appointment'], { complaint: ["mentions 'on hold 40 minutes'"], appointment: ["mentions 'no appointments left'"] }),
  demoComment('1002', 'Tom Price', 'My dad has crushing chest pain and is sweating, can the doctor ring him?', ['urgent'], { urgent: ["mentions 'chest pain'"] }),
  demoComment('1003', 'Priya Patel', 'Thank you to the nurses for my jab yesterday, so kind.', ['praise'], { praise: ["mentions 'thank you'"] }),
  demoComment('1004', 'Gareth Lewis', 'Has anyone had their blood test results back yet? Waiting two weeks.', ['results'], { results: ["mentions 'blood test results'"] }),
];

const MOCK_DIAGNOSTICS: Diagnostics = {
  version: 'mock', surface: 'permalink', path: '/RiversideSurgeryDemo/posts/pfbid02RsDemo1', lang: 'en-GB',
  articles: 5, identified: 5, tagged: 4, errors: [], markers: {}, orphaned: false,
};

export function createMockBackend(): PopupBackend {
  const settings = defaultSettings();
  settings.practice = {
    ...settings.practice, name: 'Riverside Surgery (demo)', phone: '01234 567890', signature: 'The Riverside Surgery team',
    complaintsLead: 'our Practice Manager', complaintsContact: '01234 567899', staffInitials: 'JB',
  };
  const comments = structuredClone(MOCK_COMMENTS);
  const ok = { ok: true, method: 'paste', message: 'Inserted (demo).' } as const;
  return {
    tabId: async () => 1,
    tabState: async () => ({ comments: structuredClone(comments), diagnostics: MOCK_DIAGNOSTICS }),
    settings: async () => ({ settings, problems: [] }),
    inserter: () => async () => ok,
    showComment: async () => undefined,
    copy: (text) => navigator.clipboard.writeText(text),
    markHandled: async (comment, kind, s) => createHandledState(comment.id, kind, new Date(), s.practice.staffInitials),
    clearHandled: async () => undefined,
    async moveToComplaints({ comment, settings: s, now = new Date() }) {
      const record = createComplaintRecord({ id: comment.id, comment, movedAt: now, staffInitials: s.practice.staffInitials, region: s.practice.region });
      return { status: 'moved', record, handled: createHandledState(comment.id, 'complaint', now, s.practice.staffInitials), outcome: ok };
    },
    openOptions: async () => undefined,
    openComplaints: async () => undefined,
    subscribe: () => undefined,
    initialCommentId: () => new URLSearchParams(location.search).get('comment'),
  };
}
