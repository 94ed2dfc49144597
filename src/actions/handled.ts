/** Handled state per comment id, one storage key each (`handled:<id>`). */
import { createHandledState, type HandledKind, type HandledState } from '../core/handled.ts';
import type { Settings } from '../core/settings/types.ts';
import type { TabComment } from '../platform/message-types.ts';
import { handledStates } from '../platform/records.ts';

export async function markHandled(
  comment: Pick<TabComment, 'id'>,
  kind: HandledKind,
  settings: Pick<Settings, 'practice'>,
  now: Date = new Date(),
): Promise<HandledState> {
  const state = createHandledState(comment.id, kind, now, settings.practice.staffInitials);
  await handledStates.set(comment.id, state);
  return state;
}

/** Undo: the comment shows as not handled again. */
export async function clearHandled(comment: Pick<TabComment, 'id'>): Promise<void> {
  await handledStates.remove(comment.id);
}
