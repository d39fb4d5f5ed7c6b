import { runRuleTable } from './tester.ts';

runRuleTable('contact-info', 'contact-info', {
  valid: [
    'Your order 112-1234567-1234567 has a problem.',
    'Tracking number 1Z999AA10123456784.',
    'Your tracking number is 123456789012.',
    'Sendungsnummer 00340434161234567890.',
    'Delivery on 2024-05-01, or on 01.05.2024 or 5/1/2024.',
    'The price is €12.99 (1.299,00 € for the set).',
    'The table is 120 x 60 cm and weighs 12.5 kg.',
    'ASIN B08XYZ1234, EAN 4006381333931.',
    'Postcode 10115 Berlin, 75001 Paris.',
    'Please call the carrier if the parcel does not arrive.',
    'Invoice number 2024-000123 is attached.',
    // Confirming delivery contact details for a delivery is allowed (SP-API confirmDeliveryDetails).
    'The courier needs a phone number to call you before delivery: could you send us your phone number?',
    'Is the phone number on the order the best one for the driver to reach you?',
    'We are at home at 5 pm, so the driver can ring twice.',
  ],
  invalid: [
    { text: 'Email me at john.doe@example.com please.', errors: [{ ruleId: 'email-address', actual: ' john.doe@example.com' }], output: 'Email me at please.' },
    { text: 'Reply to abc123@marketplace.amazon.de', errors: [{ ruleId: 'email-address' }] },
    { text: 'Call +49 171 2345678 today.', errors: [{ ruleId: 'phone-number', actual: ' +49 171 2345678' }], output: 'Call today.' },
    { text: 'Our number: (555) 123-4567.', errors: [{ ruleId: 'phone-number', actual: ' (555) 123-4567' }] },
    { text: 'Tel. 030 12345678', errors: [{ ruleId: 'phone-number' }] },
    { text: 'Téléphone : 01 23 45 67 89', errors: [{ ruleId: 'phone-number' }] },
    { text: 'Llámenos al 612 345 678.', errors: [{ ruleId: 'messenger-contact' }, { ruleId: 'phone-number' }] },
    { text: 'Mi chiami al 347 123 4567.', errors: [{ ruleId: 'messenger-contact' }, { ruleId: 'phone-number' }] },
    { text: 'お電話は03-1234-5678までお願いします。', errors: [{ ruleId: 'phone-number', actual: '03-1234-5678' }] },
    // Addresses written out to slip past a filter.
    { text: 'Write to john.doe [at] gmail dot com if needed.', errors: [{ ruleId: 'messenger-contact', actual: 'john.doe [at] gmail' }] },
    { text: 'Reach me at sam at example dot com please.', errors: [{ ruleId: 'messenger-contact', actual: 'sam at example dot com' }] },
    { text: 'Text me and I will help.', errors: [{ ruleId: 'messenger-contact', actual: 'Text me' }] },
    { text: 'Please send us your email address so we can send you the manual.', errors: [{ ruleId: 'contact-request' }] },
    { text: 'What is your phone number? We would like to call you about the order.', errors: [{ ruleId: 'contact-request' }] },
    { text: 'Dear friend, kindly give me your WhatsApp number, I will send the video.', errors: [{ ruleId: 'contact-request' }] },
  ],
});
