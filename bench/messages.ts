/**
 * Realistic seller messages of about 2,000 characters, for timing the checker: one that breaks
 * the rules (a link, an email address, a discount for a review) and one that keeps them.
 */

const OPENING = `Hello Sarah,

Thank you for your recent order of the bamboo cutting board set (order ORDER). We hope it arrived safely and that it is already earning its place in your kitchen.

Our small family workshop has been making kitchen goods for more than twenty years, and every board is sanded and finished by hand with food-safe mineral oil before it leaves us. To keep the wood looking its best, wash it by hand with warm soapy water, dry it straight away and stand it on its edge so that both sides can breathe. Please do not put it in the dishwasher or leave it soaking in the sink, as the heat and water can warp and crack the wood over time.

Once a month, rub a thin layer of mineral oil or board cream into the surface with a soft cloth, leave it overnight and wipe off anything that has not soaked in. Small knife marks are normal and will fade as the board is oiled; deeper scratches can be smoothed with fine sandpaper before oiling.

Bamboo is a grass rather than a hardwood, so it is light, hard and naturally resistant to moisture, but it still needs a little care. Keep the boards away from radiators and direct sunlight, and never leave a wet board lying flat on the counter, where the underside cannot dry.`;

const PROMOTION = `

If you have a moment, we would love it if you could leave us a 5-star review. As a thank-you, use the code THANKS20 for 20% off your next order! You will also find care videos and our full catalogue at https://www.oakandthread-shop.com/care?ref=order, and you can write to us directly at support@oakandthread-shop.com if anything is not right.

We are also running a summer sale this week: buy two boards and get a third one free, while stocks last. Follow us on Instagram to see new designs before anyone else and to enter our monthly giveaway.`;

const COMPLIANT = `

The set includes three boards in different sizes: the large one is ideal for carving and bread, the medium one for vegetables, and the small one for cheese, fruit or herbs. The juice groove on the large board catches liquids, so keep it facing up when you carve roasts.

If any board arrived damaged, or if the sizes are not what you expected, please reply to this message through Amazon with a photo of the item and the packaging. We will arrange a replacement or a refund as quickly as we can, in line with Amazon's return policy.`;

const CLOSING = `

Thank you again for choosing our workshop. We read every message ourselves, usually reply within one business day, and are always glad to answer questions about caring for wood.

Kind regards,
Daniel from Oak and Thread`;

/** A message that makes the link, email and promotion rules fire. */
export function violatingMessage(order = '114-3941689-8837054'): string {
  return (OPENING + PROMOTION + CLOSING).replace('ORDER', order);
}

/** A message that keeps the rules. */
export function compliantMessage(order = '114-3941689-8837054'): string {
  return (OPENING + COMPLIANT + CLOSING).replace('ORDER', order);
}

/**
 * A few copies of a message that differ only in the order number, so repeated timing does not
 * measure a cache that keys on the whole text.
 */
export function variants(make: (order: string) => string, howMany = 8): string[] {
  return Array.from({ length: howMany }, (_, index) => make(`114-39416${String(80 + index)}-88370${String(50 + index)}`));
}
