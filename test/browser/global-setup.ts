/**
 * Vitest global setup: one static server of the built site for the whole run (see site.ts), its URL handed to
 * the browser tests as `inject('gdSiteUrl')`, and closed when the run ends.
 */
import type { TestProject } from 'vitest/node';
import { startSite } from './site.js';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const site = await startSite();
  project.provide('gdSiteUrl', site.url);
  return () => site.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    gdSiteUrl: string;
  }
}
