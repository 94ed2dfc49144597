/** Practice details: the values reply templates fill in, and who is using this browser. */
import { REGIONS } from '../core/settings/schema.ts';
import type { Region } from '../core/settings/types.ts';
import { SelectField, TextField } from './fields.tsx';

const REGION_LABELS: Record<Region, string> = {
  'england-and-wales': 'England and Wales',
  scotland: 'Scotland',
  'northern-ireland': 'Northern Ireland',
};

export function PracticeSection() {
  return (
    <section id="practice" aria-labelledby="practice-heading" data-testid="section-practice">
      <h2 id="practice-heading">Practice details</h2>
      <p class="section-intro">Replies fill these in where a template says, for example, {'{phone}'}. A detail left empty shows as a prompt in the preview and in the popup, never as a blank.</p>
      <fieldset>
        <legend>About the practice</legend>
        <TextField path="practice.name" label="Practice name" hint='For example "The Riverside Surgery". Used as {practiceName}.' autocomplete="organization" />
        <TextField path="practice.phone" label="Phone number" type="tel" hint="Used as {phone}." />
        <TextField path="practice.email" label="Email address" type="email" hint="An address the public may write to. Used as {email}." />
        <TextField path="practice.website" label="Website" hint='For example "www.riversidesurgery.nhs.uk". Used as {website}.' />
        <SelectField
          path="practice.region"
          label="Where the practice is"
          hint="Sets the urgent advice in replies, {urgentHelp}: NHS 111 in England and Wales, NHS 24 in Scotland, the GP out-of-hours service in Northern Ireland. Also sets the bank holidays used to work out when a complaint must be acknowledged (3 working days)."
          options={REGIONS.map((r) => ({ value: r, label: REGION_LABELS[r] }))}
        />
      </fieldset>
      <fieldset>
        <legend>How to book</legend>
        <TextField
          path="practice.bookingInfo"
          label="How to book an appointment"
          multiline
          hint='One or two full sentences: phone times, online booking and the NHS App. For example "You can book by phoning 01234 567890 from 8am, online at our website or through the NHS App." Used as {bookingInfo}.'
        />
      </fieldset>
      <fieldset>
        <legend>Complaints</legend>
        <TextField path="practice.complaintsLead" label="Complaints lead" hint='Name or role, for example "our Practice Manager, Mrs A Khan".' />
        <TextField path="practice.complaintsContact" label="How to reach the complaints lead" hint='A phone number, an email address or a sentence, for example "01234 567890". Used, with the lead, as {complaintsContact}.' />
      </fieldset>
      <fieldset>
        <legend>Signing off and record keeping</legend>
        <TextField path="practice.signature" label="Signature" hint='The sign-off at the end of a reply, for example "The Riverside Surgery team". Used as {signature}.' />
        <TextField path="practice.staffInitials" label="Your initials" hint="Up to 5 letters. Stored with the complaints and handled comments you record from this browser." />
      </fieldset>
    </section>
  );
}
