// Jest runs its global setup outside its own module system, where the `.js`
// specifiers of our TypeScript imports do not resolve; tsx loads it instead.
import { tsImport } from 'tsx/esm/api';

export default async function globalSetup() {
  // Clinics run the app, and its embedded database, on machines in their own zone:
  // tests run where the offset is large and daylight saving turns the other way from
  // the northern clinics' zones, so that code reading this machine's local time fails.
  // Set before the database server and Jest's workers start, which inherit it.
  process.env.TZ = 'Pacific/Auckland';
  const testServer = await tsImport('./test-server.ts', import.meta.url);
  await testServer.startTestDatabaseServer();
  globalThis.stopTestDatabaseServer = testServer.stopTestDatabaseServer;
}
