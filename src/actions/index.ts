/** Actions shared by the popup and the content script's in-page tag menu. */
export * from './replies.ts';
export * from './rank.ts';
export * from './insert.ts';
export * from './handled.ts';
export * from './complaints.ts';
