/**
 * The pictures of the README and of the store listings: what each one shows, in which colour
 * scheme, at which size. `npm run demo -- --pictures` takes them (shoot.ts); the unit test
 * tests/unit/pictures.test.ts tells when one is out of date (inputs.ts). Pure data: no browser,
 * no file system.
 */

/** What a picture shows. */
export type SceneName = 'panel' | 'fixed' | 'guard' | 'popup' | 'options';

export type Scheme = 'light' | 'dark';

/** README pictures are cut to what they show; store screenshots are the listing's 1280x800. */
export type Frame = 'readme' | 'store';

export type Store = 'chrome' | 'firefox';

export interface Picture {
  /** Repository path of the PNG. */
  file: string;
  scene: SceneName;
  scheme: Scheme;
  frame: Frame;
  /** For store screenshots: the store whose listing it is for. */
  store?: Store;
}

/** Typed into the contact-buyer page's message box: a problem of several kinds, as sellers write them. */
export const SAMPLE_MESSAGE =
  '[Important] Hi Maria, thank you for your order! Use code SAVE10 for 10% off your next order. ' +
  'If you are happy, please leave a 5-star review; if not, contact us first at help@myshop.com.';

/** The contact reason picked before typing (its label on the fixture page, and the engine's name for it). */
export const SAMPLE_REASON = { label: 'Other', reason: 'other' } as const;

/** The fixture page the scenes run on, and the context it shows (see contact-buyer.html). */
export const FIXTURE_PAGE = {
  file: 'contact-buyer.html',
  marketplace: 'sellercentral.amazon.com',
  orderId: '112-1234567-1234567',
  buyerName: 'Maria Garcia',
  buyerLanguage: 'es',
} as const;

/** The store listing screenshot size, the same for the Chrome Web Store and Firefox Add-ons. */
export const STORE_SIZE = { width: 1280, height: 800 } as const;

export const SCENES: readonly SceneName[] = ['panel', 'fixed', 'guard', 'popup', 'options'];
const STORES: readonly Store[] = ['chrome', 'firefox'];

/** Every picture, in the order they are taken. */
export const PICTURES: readonly Picture[] = [
  ...SCENES.flatMap((scene) =>
    (['light', 'dark'] as const).map((scheme): Picture => ({ file: `docs/pictures/${scene}-${scheme}.png`, scene, scheme, frame: 'readme' })),
  ),
  ...STORES.flatMap((store) =>
    SCENES.map(
      (scene, index): Picture => ({ file: `docs/store/${store}-${index + 1}-${scene}.png`, scene, scheme: 'light', frame: 'store', store }),
    ),
  ),
];

export const MANIFEST_FILE = 'docs/pictures.json';
