import type { PracticeDetails } from '../../src/core/settings/types.ts';

/** The fictional practice of the demo page. */
export const DEMO_PRACTICE: PracticeDetails = {
  name: 'Riverside Surgery',
  phone: '01632 960 123',
  email: 'riverside.surgery@nhs.example',
  website: 'www.riversidesurgery.example',
  bookingInfo: 'phone us on 01632 960 123 from 8am, book online at www.riversidesurgery.example, or use the NHS App',
  complaintsLead: 'our Practice Manager, Mrs Anita Khan',
  complaintsContact: 'riverside.surgery@nhs.example or 01632 960 123',
  signature: 'Riverside Surgery team',
  staffInitials: 'AK',
  region: 'england-and-wales',
};
