/** The complaints log and the handled states: one storage key per record (no lost writes). */
import { COMPLAINT_KEY_PREFIX, validateComplaintRecord, type ComplaintRecord } from '../core/complaints/record.ts';
import { StorageCollection } from './storage.ts';

export { handledStates } from './handled-store.ts';

export const complaints = new StorageCollection<ComplaintRecord>(COMPLAINT_KEY_PREFIX, validateComplaintRecord);
