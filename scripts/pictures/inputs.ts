/**
 * What determines each picture, as one hash: when it differs from the one recorded in
 * docs/pictures.json, the picture is out of date.
 *
 * Hashed from the sources rather than the build, so the check is a unit test: it runs before the
 * build on a clean machine (npm test builds after the unit tests), needs no browser and does not
 * depend on the bundler writing the same bytes on every machine. What goes in:
 * - the scene (its definition) and the code that takes the pictures (scenes.ts, shoot.ts);
 * - every source file the entry points behind the scene import, followed through relative
 *   imports and CSS @import (the UI's TypeScript, TSX and CSS), plus the English messages, the
 *   WXT configuration and the versions of the packages that end up in or build the bundles;
 * - the fixture page and the scripts it loads;
 * - for the rule engine (lib/rules), not its source but its answer for the scene: the findings
 *   for the sample message, what Fix all makes of it and the findings left, and the rule list the
 *   options page shows. A change in the engine that changes none of those changes no picture.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { planFixAll } from '../../lib/assistant/fix-all.ts';
import { RULES, lint, ruleText } from '../../lib/rules/index.ts';
import type { FixAllPlan } from '../../lib/assistant/fix-all.ts';
import type { Finding, LintOptions } from '../../lib/rules/types.ts';
import { FIXTURE_PAGE, SAMPLE_MESSAGE, SAMPLE_REASON } from './scenes.ts';
import type { Picture, SceneName } from './scenes.ts';

export const ROOT = normalize(join(dirname(fileURLToPath(import.meta.url)), '../..'));

/** The engine's code is represented by its answers (engineAnswers), not by its files. */
const ENGINE_DIR = 'lib/rules/';

/** Packages that are bundled into the extension's pages or build them. */
const BUILD_PACKAGES = ['wxt', 'vite', '@preact/preset-vite', '@wxt-dev/webextension-polyfill', 'puppeteer-core'];

const PAGE_ENTRIES = ['entrypoints/content/index.tsx', 'entrypoints/background.ts'];
const ENTRIES: Readonly<Record<SceneName, readonly string[]>> = {
  panel: PAGE_ENTRIES,
  fixed: PAGE_ENTRIES,
  guard: PAGE_ENTRIES,
  // The popup shows what the page's content script tells it; the store's is drawn over the page.
  popup: ['entrypoints/popup/index.html', ...PAGE_ENTRIES],
  options: ['entrypoints/options/index.html'],
};

const ALWAYS = ['wxt.config.ts', 'public/_locales/en/messages.json', 'scripts/pictures/scenes.ts', 'scripts/pictures/shoot.ts'];

function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

function read(path: string): string {
  return readFileSync(join(ROOT, path), 'utf8');
}

/** import … from '…', import '…', export … from '…', import('…'), <script src>, CSS @import. */
const SPECIFIERS = [
  /(?:^|[\s;}])import\s+(type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"]+)['"]/g,
  /(?:^|[\s;}])export\s+(type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)['"]([^'"]+)['"]/g,
  /()\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
  /()<script[^>]*\ssrc=["']([^"']+)["']/g,
  /()@import\s+(?:url\()?['"]([^'"]+)['"]/g,
];

function specifiers(source: string): string[] {
  const found: string[] = [];
  for (const pattern of SPECIFIERS) {
    for (const match of source.matchAll(pattern)) {
      // `import type` is erased: it puts nothing into a bundle.
      if (!match[1] && match[2]) found.push(match[2]);
    }
  }
  return found;
}

function resolveRelative(from: string, specifier: string): string | undefined {
  const bare = specifier.replace(/[?#].*$/, '');
  const base = normalize(join(dirname(from), bare));
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')];
  // TypeScript's own rule: './x.js' may name './x.ts'.
  if (/\.js$/.test(base)) candidates.push(base.replace(/\.js$/, '.ts'), base.replace(/\.js$/, '.tsx'));
  return candidates.find((candidate) => existsSync(join(ROOT, candidate)) && /\.(tsx?|css|html|json)$/.test(candidate));
}

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

export interface SourceClosure {
  /** Repository paths, sorted. */
  files: string[];
  /** Bare imports' package names, sorted. */
  packages: string[];
}

/** Every file the entries reach through relative imports, stopping at the engine. */
export function sourceClosure(entries: readonly string[]): SourceClosure {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (files.has(file) || file.startsWith(ENGINE_DIR)) continue;
    files.add(file);
    if (file.endsWith('.json')) continue;
    for (const specifier of specifiers(read(file))) {
      if (specifier.startsWith('.')) {
        const target = resolveRelative(file, specifier);
        if (target) queue.push(target);
      } else if (!specifier.startsWith('node:') && !specifier.startsWith('/')) {
        packages.add(packageName(specifier));
      }
    }
  }
  return { files: [...files].sort(), packages: [...packages].sort() };
}

function packageVersions(names: readonly string[]): Record<string, string> {
  const lock = JSON.parse(read('package-lock.json')) as { packages: Record<string, { version?: string }> };
  return Object.fromEntries(names.map((name) => [name, lock.packages[`node_modules/${name}`]?.version ?? 'not installed']));
}

/** The fixture page and the scripts and styles it loads from /fixtures/. */
function fixtureFiles(): string[] {
  const dir = 'tests/fixtures/seller-central/';
  const html = read(dir + FIXTURE_PAGE.file);
  const loaded = [...html.matchAll(/(?:src|href)=["']\/fixtures\/([^"']+)["']/g)].map((match) => dir + match[1]);
  return [dir + FIXTURE_PAGE.file, ...loaded].sort();
}

/** What the content script asks of the engine for the sample message on the fixture page. */
const SAMPLE_OPTIONS: LintOptions = {
  buyerLanguage: FIXTURE_PAGE.buyerLanguage,
  contactReason: SAMPLE_REASON.reason,
  marketplace: FIXTURE_PAGE.marketplace,
  uiLanguage: 'en',
  asSent: true,
  fill: { orderId: FIXTURE_PAGE.orderId, buyerName: FIXTURE_PAGE.buyerName },
};

/** The engine's answers for the sample, and the text Fix all makes of it. */
export function sampleCheck(message = SAMPLE_MESSAGE): { findings: Finding[]; plan: FixAllPlan; fixedText: string; left: Finding[] } {
  const findings = lint({ body: message }, SAMPLE_OPTIONS);
  const plan = planFixAll(message, findings);
  const fixedText = message.slice(0, plan.start) + plan.replacement + message.slice(plan.end);
  return { findings, plan, fixedText, left: lint({ body: fixedText }, SAMPLE_OPTIONS) };
}

/** The engine's part of a scene: what the panel, the guard or the options page get from it. */
export function engineAnswers(scene: SceneName, message = SAMPLE_MESSAGE): unknown {
  if (scene === 'options') return RULES.map((rule) => ({ ...rule, text: ruleText(rule.id, 'en') }));
  const check = sampleCheck(message);
  return scene === 'fixed' ? check : check.findings;
}

/** The files a picture depends on (the engine's aside), repository paths, sorted. */
export function pictureFiles(picture: Picture): string[] {
  return [...new Set([...sourceClosure(ENTRIES[picture.scene]).files, ...ALWAYS, ...fixtureFiles()])].sort();
}

/** The hash of everything that determines the picture. */
export function pictureInputs(picture: Picture, answers: unknown = engineAnswers(picture.scene)): string {
  const closure = sourceClosure(ENTRIES[picture.scene]);
  const files = pictureFiles(picture);
  const parts = {
    picture: { scene: picture.scene, scheme: picture.scheme, frame: picture.frame, store: picture.store ?? null },
    files: files.map((file) => [file, sha256(readFileSync(join(ROOT, file)))]),
    packages: packageVersions([...closure.packages, ...BUILD_PACKAGES].sort()),
    engine: answers,
  };
  return sha256(JSON.stringify(parts));
}

export function fileHash(path: string): string {
  return sha256(readFileSync(join(ROOT, path)));
}
