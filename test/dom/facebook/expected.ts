/** Expected extraction per fixture, written out by hand from what each page shows. */
import type { FbComment } from '../../../src/facebook/index.ts';

const WWW = 'https://www.facebook.com';
type Flags = { truncated?: boolean; page?: boolean };
type Row = [id: string, parentId: string | null, author: string, text: string, time: string, permalink: string, flags?: Flags];

export function rows(list: Row[]): FbComment[] {
  return list.map(([id, parentId, author, text, timeLabel, permalink, flags = {}]) => ({
    id, parentId, isReply: parentId !== null, author, text, permalink, timeLabel,
    truncated: flags.truncated ?? false, authorIsPage: flags.page ?? false,
  }));
}

const posts = (pfbid: string) => (c: string, r?: string, host = WWW): string =>
  `${host}/RiversideSurgery/posts/${pfbid}?comment_id=${c}${r ? `&reply_comment_id=${r}` : ''}`;
const PAGE = 'Riverside Surgery';
const page: Flags = { page: true };

const dlg = posts('pfbid02RsDlg1');
export const DIALOG_EN = rows([
  ['1010000000000001', null, 'Jane Doe', 'Is there any appts left for the Saturday clinic? Tried ringing at 8 and was 23rd in the queue 🙄', '2h', dlg('1010000000000001')],
  ['1010000000000002', '1010000000000001', PAGE, 'Hi Jane, the Saturday flu clinics are walk-in for over-65s. For anything else please call 01632 960 123 or book through the NHS App. Thanks, Riverside Surgery team', '1h', dlg('1010000000000001', '1010000000000002'), page],
  ['1010000000000003', '1010000000000001', 'Jane Doe', 'Riverside Surgery thank you! 😊', '45m', dlg('1010000000000001', '1010000000000003')],
  ['1010000000000004', null, 'Sam Lee', 'Absolutely disgusted with the way my mum was spoken to at reception this morning. She is 84 and was told to ring back tomorrow at 8am like everyone else, even though she…', '5h', dlg('1010000000000004'), { truncated: true }],
  ['1010000000000005', null, 'Priya K.', 'Do you do the covid booster as well or just flu? 🙏', '1d', dlg('1010000000000005')],
  ['1010000000000006', null, 'Tom Baker', '', '1d', dlg('1010000000000006')],
  ['1010000000000007', null, 'Margaret Ellis', 'Lovely team, the nurse who did my jab last year was so kind. Thank you all ❤️', '2d', dlg('1010000000000007')],
  ['1010000000000008', '1010000000000007', PAGE, "Thank you Margaret, we'll pass that on to the team 😊", '2d', dlg('1010000000000007', '1010000000000008'), page],
  ['1010000000000009', null, 'Dave Morris', 'Still waiting on my blood test results from 3 weeks ago, nobody rings back', '2d', dlg('1010000000000009')],
]);

const perm = (c: string, r?: string, host = WWW): string =>
  `${host}/permalink.php?story_fbid=pfbid02RsPerm2&id=100064000000001&comment_id=${c}${r ? `&reply_comment_id=${r}` : ''}`;
export const PERMALINK_EN = rows([
  ['2020000000000001', null, 'Alan Hughes', 'Rang 47 times this morning and when I finally got through there were no appointments left. This is ridiculous', '20h', perm('2020000000000001')],
  ['2020000000000002', '2020000000000001', PAGE, "Hi Alan, we're sorry to hear this. Please contact our Practice Manager on 01632 960 123 so we can look into it.", '1h', perm('2020000000000001', '2020000000000002'), page],
  ['2020000000000003', '2020000000000001', 'Alan Hughes', 'I have, twice. Nobody calls back.', '18h', perm('2020000000000001', '2020000000000003')],
  ['2020000000000004', null, 'Chloe Watts', 'Can I order my repeat prescription on here? My inhaler has run out', '19h', perm('2020000000000004')],
  ['2020000000000005', null, 'Ben Carter', 'Thanks Dr Patel for sorting my knee out, brilliant as always 👍', '15h', perm('2020000000000005', undefined, 'https://web.facebook.com')],
  ['2020000000000006', null, 'Fiona Grant', 'What time does the pharmacy next door close on Sundays?', '', ''],
  ['2020000000000007', '2020000000000006', PAGE, "Hi Fiona, we're not sure, it's run separately. Their number is on their Google listing.", '', '', page],
  ['2020000000000008', null, 'Gary Owens', 'You lot are a bunch of useless clowns, I hope you all get sacked', '3h', perm('2020000000000008')],
]);

const tl1 = posts('pfbid02RsTl1');
const tlPhoto = (c: string, r?: string): string =>
  `${WWW}/photo/?fbid=10161234567890123&set=a.900000000000302&comment_id=${c}${r ? `&reply_comment_id=${r}` : ''}`;
export const TIMELINE_EN = rows([
  ['3030000000000001', null, 'Karen Lloyd', 'My husband has crushing chest pain and his arm has gone numb what do I do', '1d', tl1('3030000000000001')],
  ['3030000000000002', '3030000000000001', PAGE, 'Karen, please call 999 now.', '1d', tl1('3030000000000001', '3030000000000002'), page],
  ['3030000000000003', null, 'Mike Short', 'Will the pharmacy be open?', '1d', tl1('3030000000000003')],
  ['3030000000000004', null, 'Lucy Reid', 'Welcome Sarah! She did my smear last week and was so lovely x', '3d', tlPhoto('3030000000000004')],
  ['3030000000000005', null, 'Rob Dean', 'when can i get my results from the smear then, been 6 weeks', '3d', tlPhoto('3030000000000005')],
  ['3030000000000006', '3030000000000005', 'Lucy Reid', "Rob Dean ring after 2pm they're quicker then", '3d', tlPhoto('3030000000000005', '3030000000000006')],
  ['3030000000000007', null, 'Nadia Hussain', 'My chemist says they never got the prescription, third time this month!! Sort it out', '6d', `${WWW}/RiversideSurgery/videos/1234567890123456/?comment_id=3030000000000007`],
]);

const nl = posts('pfbid02RsNl1');
export const DIALOG_NL = rows([
  ['4040000000000001', null, 'Emma de Vries', "Can I book my baby's 8 week check online or do I have to ring?", '4 u', nl('4040000000000001')],
  ['4040000000000002', '4040000000000001', PAGE, "Hi Emma, please ring us on 01632 960 123 and we'll book it in.", '3 u', nl('4040000000000001', '4040000000000002'), page],
  ['4040000000000003', null, 'Pieter Jansen', 'Results from my scan were supposed to be back Friday, any news?', '2 u', nl('4040000000000003')],
  ['4040000000000004', null, 'Sophie Bakker', 'Waited 50 minutes past my appointment time yesterday and then the doctor rushed me out in 4 minutes…', '1 u', nl('4040000000000004'), { truncated: true }],
]);

const nb = posts('pfbid02RsNb1');
export const PERMALINK_NB = rows([
  ['5050000000000001', null, 'Ingrid Solberg', 'Thank you to the district nurses for looking after my dad, you were amazing', '2 d', nb('5050000000000001')],
  ['5050000000000002', '5050000000000001', PAGE, "Thank you Ingrid, we'll share this with the team.", '1 d', nb('5050000000000001', '5050000000000002'), page],
  ['5050000000000003', null, 'Lars Haugen', "My son has a rash that doesn't fade when I press a glass on it and he's really floppy", '5 t', nb('5050000000000003')],
  ['5050000000000004', '5050000000000003', 'Kari Nilsen', 'Call 999 now!!', '5 t', nb('5050000000000003', '5050000000000004')],
  ['5050000000000005', '5050000000000003', 'Lars Haugen', 'ambulance on the way thank you', '4 t', nb('5050000000000003', '5050000000000005')],
  ['5050000000000006', null, 'Ole Berg', 'Is the surgery open on Saturday?', '1 t', nb('5050000000000006')],
]);

const more = posts('pfbid02RsMore1');
export const SEE_MORE_EN = rows([
  ['6060000000000001', null, 'Helen Ward', "I've been a patient here for 20 years and I've never felt the need to write anything like this. My husband phoned on Monday with a chest infection and was told the first appointment was in three weeks. He ended up…", '22h', more('6060000000000001'), { truncated: true }],
  ['6060000000000002', '6060000000000001', PAGE, "Dear Helen, we're very sorry to hear this. Please contact our Practice Manager, Mrs Anita Khan,…", '1h', more('6060000000000001', '6060000000000002'), { truncated: true, page: true }],
  ['6060000000000003', null, 'Jack Turner', "Same happened to me last month, it's a joke", '20h', more('6060000000000003')],
]);

const photo = (c: string, r?: string): string =>
  `https://web.facebook.com/photo/?fbid=10160000000000001&set=a.900000000000801&comment_id=${c}${r ? `&reply_comment_id=${r}` : ''}`;
export const PHOTO_EN = rows([
  ['8080000000000001', null, 'Zoe Clarke', 'Beautiful new waiting room!! 😍', '3d', photo('8080000000000001')],
  ['8080000000000002', null, 'Wendy Hall', 'my DOB is 12/03/1961 and NHS number 943 476 5919, can you check if my referral went through', '2d', photo('8080000000000002')],
  ['8080000000000003', '8080000000000002', PAGE, "Hi Wendy, please don't share personal details here. Ring us on 01632 960 123.", '2d', photo('8080000000000002', '8080000000000003'), page],
]);

const watch = (c: string, r?: string): string => `${WWW}/watch/?v=1122334455667788&comment_id=${c}${r ? `&reply_comment_id=${r}` : ''}`;
export const VIDEO_EN = rows([
  ['9090000000000001', null, 'Paul Reed', 'Great video, finally worked out how to order my meds on the app 👏', '4d', watch('9090000000000001')],
  ['9090000000000002', null, 'Sue Black', "the app keeps saying my practice doesn't offer this, so how do I get my repeats??", '4d', watch('9090000000000002')],
  ['9090000000000003', '9090000000000002', PAGE, "Sue Black please ask at reception and we'll switch it on for you.", '3d', watch('9090000000000002', '9090000000000003'), page],
]);

const lazy = posts('pfbid02RsLazy1');
export const LAZY = rows([
  ['1110000000000001', null, 'Amy Fox', 'How are we meant to cancel when nobody answers the phone? I tried for an hour', '7h', lazy('1110000000000001')],
  ['1110000000000002', null, 'Neil Grey', 'Can you cancel through the NHS App?', '7h', lazy('1110000000000002')],
  ['1110000000000003', '1110000000000002', PAGE, 'Yes Neil, go to Appointments and choose Cancel.', '6h', lazy('1110000000000002', '1110000000000003'), page],
  ['1110000000000004', null, 'Rita Moss', 'Always been brilliant with me, thank you', '6h', lazy('1110000000000004')],
  ['1110000000000005', null, 'Owen Price', '212 is shocking tbh', '5h', lazy('1110000000000005')],
]);
