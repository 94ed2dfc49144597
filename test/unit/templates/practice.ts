import type { PracticeDetails } from '../../../src/core/settings/types.ts';

/** A practice with every detail filled in, as a real one would set it up in Options. */
export const FULL_PRACTICE: PracticeDetails = {
  name: 'The Riverside Surgery',
  phone: '01234 567890',
  email: 'riverside.surgery@nhs.net',
  website: 'www.riversidesurgery.nhs.uk',
  bookingInfo: 'You can book by phoning 01234 567890 from 8am, online at our website or through the NHS App.',
  complaintsLead: 'our Practice Manager, Mrs A Khan',
  complaintsContact: '01234 567890 or riverside.complaints@nhs.net',
  signature: 'The Riverside Surgery team',
  staffInitials: 'AK',
  region: 'england-and-wales',
};
