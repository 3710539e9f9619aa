// Jest runs its global setup outside its own module system, where the `.js`
// specifiers of our TypeScript imports do not resolve; tsx loads it instead.
import { tsImport } from 'tsx/esm/api';

export default async function globalSetup() {
  const testServer = await tsImport('./test-server.ts', import.meta.url);
  await testServer.startTestDatabaseServer();
  globalThis.stopTestDatabaseServer = testServer.stopTestDatabaseServer;
}
