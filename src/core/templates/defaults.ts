/**
 * The reply templates CalmReply starts with, in British English, written to DESIGN.md ("Why"):
 * thank and acknowledge; never confirm that someone is a patient or discuss anyone's care; no
 * clinical advice; no argument; say what normally happens and give the offline route. Urgent
 * replies put 999 in the first line, then {urgentHelp}: NHS 111, NHS 24 or the GP out-of-hours
 * service, by the practice's nation. Practices edit all of this in Options.
 *
 * Templates that open or close with {firstName} are written so the name drops cleanly when it is
 * unknown ("Hello {firstName}," → "Hello,"). Line breaks are kept when a reply is inserted.
 */
import type { CategoryId } from '../categories.ts';
import type { ReplyTemplate } from '../settings/types.ts';

const EMERGENCY_LINE =
  'If this is an emergency, please call 999 now. For urgent help that is not an emergency, {urgentHelp}.';

export const DEFAULT_TEMPLATES: Record<CategoryId, ReplyTemplate[]> = {
  urgent: [
    {
      id: 'urgent-999-111',
      title: 'Emergency: 999 and urgent help',
      text:
        `${EMERGENCY_LINE}\n` +
        'Thank you for getting in touch, {firstName}. This page is not checked all the time, so please do not wait for a reply here. For anything else, please call us on {phone}.\n' +
        '{signature}',
    },
    {
      id: 'urgent-crisis',
      title: 'Emergency or crisis: 999, urgent help, Samaritans',
      text:
        `${EMERGENCY_LINE}\n` +
        'If you are struggling and need someone to talk to, Samaritans are there day and night on 116 123, free of charge.\n' +
        'We are not able to give advice on Facebook, but you can call us on {phone}.\n' +
        '{signature}',
    },
    {
      id: 'urgent-short',
      title: 'Emergency: short',
      text: `${EMERGENCY_LINE} {signature}`,
    },
  ],
  complaint: [
    {
      id: 'complaint-offline',
      title: 'Sorry to hear: contact us privately',
      text:
        "Thank you for telling us about this, {firstName}, and we're sorry to hear it. We can't discuss anything about anyone's care on social media, but we would like to look into it. Please contact {complaintsContact}, who can talk it through with you in confidence.\n" +
        '{signature}',
    },
    {
      id: 'complaint-access',
      title: 'Getting through to the practice',
      text:
        "Thank you for your feedback, {firstName}. We know it can be frustrating when the phone lines are busy, and we're sorry to hear about the wait. We are always looking at how to make it easier to reach us.\n" +
        '{bookingInfo}\n' +
        'If you would like to raise this with us, please contact {complaintsContact}.\n' +
        '{signature}',
    },
    {
      id: 'complaint-short',
      title: 'Sorry to hear: short',
      text: "Thank you, {firstName}. We're sorry to hear this and would like to help. Please contact {complaintsContact} so we can talk it through privately. {signature}",
    },
  ],
  appointment: [
    {
      id: 'appointment-how-to-book',
      title: 'How to book',
      text:
        "Hello {firstName}, thank you for your message. We can't book appointments through Facebook, but we're glad to help.\n" +
        '{bookingInfo}\n' +
        // Not "while we are closed": in Northern Ireland {urgentHelp} already says when to call whom.
        'If you need help urgently, {urgentHelp}. In an emergency, always call 999.\n' +
        '{signature}',
    },
    {
      id: 'appointment-change',
      title: 'Changing or cancelling',
      text: 'Thank you, {firstName}. To change or cancel an appointment, please call us on {phone} or use the NHS App, so the time can be offered to someone else. We are not able to make changes through Facebook. {signature}',
    },
  ],
  prescription: [
    {
      id: 'prescription-how-to-order',
      title: 'Ordering repeat prescriptions',
      text:
        "Thank you for your message, {firstName}. We can't take prescription requests on Facebook, as personal details need to stay private. Repeat prescriptions can usually be ordered through the NHS App, through our website at {website}, or by contacting the practice. Please allow a few working days for a request to reach the pharmacy.\n" +
        '{signature}',
    },
    {
      id: 'prescription-not-arrived',
      title: 'Pharmacy has not received it',
      text:
        "Hello {firstName}, thank you for letting us know, and we're sorry for the trouble. We can't look into anyone's prescription on social media, but if you call us on {phone}, the team can check what has happened. The pharmacy can also tell you whether a prescription has reached them.\n" +
        '{signature}',
    },
  ],
  results: [
    {
      id: 'results-how-to-check',
      title: 'Asking about test results',
      text:
        "Thank you for your message, {firstName}. Test results are private, so we can't discuss them on social media. Many results can be seen in the NHS App once they have been checked. Otherwise, please call us on {phone} and the team will help.\n" +
        '{signature}',
    },
    {
      id: 'results-waiting',
      title: 'Waiting for test results',
      text:
        "Hello {firstName}, we're sorry to hear about the wait. Different tests take different lengths of time to come back. We can't talk about anyone's test results here, but if you call us on {phone} or email {email}, we can look into it privately.\n" +
        '{signature}',
    },
  ],
  abuse: [
    {
      id: 'abuse-zero-tolerance',
      title: 'Calm reply: zero tolerance',
      text:
        'We want everyone who contacts us to be treated with respect, and that includes our staff. We have a zero-tolerance policy towards abusive or threatening language, online and in person.\n' +
        'If you have a concern, please contact {complaintsContact} and it will be looked into.\n' +
        '{signature}',
    },
    {
      id: 'abuse-short',
      title: 'Calm reply: short',
      text: "Thank you for your comment, {firstName}. We're happy to listen to any concern and would ask that it is raised respectfully, by calling us on {phone}. Comments that are abusive may be removed under our zero-tolerance policy. {signature}",
    },
  ],
  personal_data: [
    {
      id: 'personal-data-privacy',
      title: 'Personal details on show',
      text:
        'Thank you for your message, {firstName}. This page is public, and your comment includes personal details that anyone can see. To protect your privacy, you may wish to edit or delete it. We may hide comments that contain personal details for the same reason.\n' +
        "We're happy to help by phone on {phone} or by email at {email}.\n" +
        '{signature}',
    },
    {
      id: 'personal-data-short',
      title: 'Personal details: short',
      text: '{firstName}, to protect your privacy, please keep personal and health details off this page, as it is public. You may wish to edit or remove your comment. Please call us on {phone} and we will be glad to help. {signature}',
    },
  ],
  praise: [
    {
      id: 'praise-thank-you',
      title: 'Thank you',
      text:
        'Thank you so much for your kind words, {firstName}. We will pass them on to the team, who will be delighted to hear it.\n' +
        '{signature}',
    },
    {
      id: 'praise-short',
      title: 'Thank you: short',
      text: "Thank you, {firstName}, for taking the time to leave such a lovely message. We'll pass your kind words on to the team. {signature}",
    },
  ],
};

/** Inserted by "Move to complaints", which also records the complaint in the local log. */
export const DEFAULT_COMPLAINTS_NOTE: ReplyTemplate = {
  id: 'complaints-note',
  title: 'Move to complaints',
  text:
    "Thank you for getting in touch, {firstName}, and we're sorry to hear this. We can't discuss anything about anyone's care here, but we would like to help. Please contact {complaintsContact} so it can be looked into under our complaints procedure.\n" +
    '{signature}',
};
