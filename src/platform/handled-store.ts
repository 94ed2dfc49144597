/** Handled states, one storage key per comment (`handled:<id>`). Kept apart from the complaints
 * store so the content script does not carry the complaint record schema. */
import { HANDLED_KEY_PREFIX, validateHandledState, type HandledState } from '../core/handled.ts';
import { StorageCollection } from './storage.ts';

export const handledStates = new StorageCollection<HandledState>(HANDLED_KEY_PREFIX, validateHandledState);
