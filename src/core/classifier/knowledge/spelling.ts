/**
 * Facebook spellings mapped to the word the rules are written with. Only unambiguous ones: "2"
 * and "4" stay numbers ("2 weeks"), and dropped g's ("waitin") are left alone ("within").
 */
export const SPELLING_VARIANTS: Readonly<Record<string, string>> = {
  cnt: 'cant', cannt: 'cant', carnt: 'cant', cn: 'can', c: 'see', u: 'you', ur: 'your', r: 'are', y: 'why',
  '2day': 'today', '2moro': 'tomorrow', '2morrow': 'tomorrow', '2moz': 'tomorrow', tmrw: 'tomorrow', tmoz: 'tomorrow', tomoz: 'tomorrow',
  '2nite': 'tonight', '2night': 'tonight', wiv: 'with', wot: 'what', wat: 'what', b4: 'before', thru: 'through', bk: 'back', ppl: 'people',
  thnk: 'thank', thnks: 'thanks', tnx: 'thanks', thanx: 'thanks', luv: 'love', hapy: 'happy', gr8: 'great',
  shoking: 'shocking', shockin: 'shocking', wrst: 'worst', eva: 'ever', disgustin: 'disgusting', discusting: 'disgusting', absolutly: 'absolutely',
  recepshunist: 'receptionist', receptionst: 'receptionist', recepionist: 'receptionist',
  appointmnt: 'appointment', appoinment: 'appointment', apointment: 'appointment', appointmet: 'appointment', appiontment: 'appointment', appoitment: 'appointment',
  perscription: 'prescription', prescripton: 'prescription', presciption: 'prescription', perscriptions: 'prescriptions',
  upp: 'up', noo: 'no', soo: 'so', yess: 'yes', ohh: 'oh', whyy: 'why',
  // Scots and Geordie as typed: "ma chest is gey sair", "cannae breathe", "ma heid", "grey roon the
  // mooth", "divvent knaa how many". "ma" is sometimes a mum ("me ma"); read as "my", "me my's
  // collapsed" still reads as a collapse. Left out, having other meanings on a GP page: "aw" ("aw
  // bless"), "canny" (Geordie for good), "ken" (a name), "cor" (an exclamation).
  tae: 'to', ma: 'my', gey: 'very', sair: 'sore', ahm: 'im', ahve: 'ive', heid: 'head', mooth: 'mouth', roon: 'round', oan: 'on', wi: 'with', fae: 'from',
  cannae: 'cant', canna: 'cant', didnae: 'didnt', dinnae: 'dont', dinna: 'dont', divvent: 'dont', wisnae: 'wasnt', isnae: 'isnt', wouldnae: 'wouldnt', couldnae: 'couldnt', doesnae: 'doesnt', hasnae: 'hasnt', havenae: 'havent',
  hersel: 'herself', himsel: 'himself', masel: 'myself', mysel: 'myself', knaa: 'know', alreet: 'alright', summat: 'something',
  resluts: 'results', resuls: 'results', reults: 'results', docter: 'doctor', doctr: 'doctor', nurce: 'nurse',
};
