import type { TestProject } from 'vitest/node';
import { startFixtureServer } from './server.ts';

/** One fixture server on 127.0.0.1:443 for the whole real-browser run. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startFixtureServer(Number(process.env.FIXTURE_PORT ?? 443));
  project.provide('fixturePort', server.port);
  return () => server.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    fixturePort: number;
  }
}
