// Starts a server as a child process for the load benchmark, and stops it.
import { spawn, type ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

export interface ChildServer {
  url: string;
  stop: () => Promise<void>;
}

/** Runs `node …args` with `environment` on `port` and waits until GET `readyPath` answers. */
export async function startChildServer(args: string[], environment: NodeJS.ProcessEnv, port: number, readyPath: string): Promise<ChildServer> {
  const child: ChildProcess = spawn(process.execPath, args, { env: { ...process.env, ...environment, PORT: String(port) }, stdio: ['ignore', 'inherit', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`${args.join(' ')} exited with ${child.exitCode}`);
    const ready = await fetch(url + readyPath).then(
      (response) => response.status < 500,
      () => false,
    );
    if (ready) break;
    if (attempt > 600) throw new Error(`${args.join(' ')} did not answer within a minute`);
    await sleep(100);
  }
  return {
    url,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
