import http from 'node:http';

export interface RawResponse {
  status: number;
  /** The problem's title, when the answer is one. */
  title: string | undefined;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

/** Sends a request exactly as given (a dropped connection answers status 0 with the error's code): no path normalisation, no header fixing, unlike fetch or supertest. */
export function sendRaw(port: number, request: { method: string; path: string; headers: Record<string, string>; body?: Buffer }): Promise<RawResponse> {
  return new Promise((resolve) => {
    const outgoing = http.request(
      {
        host: '127.0.0.1',
        port,
        method: request.method,
        path: request.path,
        agent,
        headers: { ...request.headers, ...(request.body ? { 'content-length': String(request.body.length) } : {}) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          let title: string | undefined;
          try {
            title = (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { title?: string }).title;
          } catch {
            title = undefined;
          }
          resolve({ status: response.statusCode ?? 0, title });
        });
        response.on('error', (error: NodeJS.ErrnoException) => resolve({ status: 0, title: error.code ?? error.message }));
      },
    );
    outgoing.on('error', (error: NodeJS.ErrnoException) => resolve({ status: 0, title: error.code ?? error.message }));
    outgoing.end(request.body);
  });
}

export function closeConnections(): void {
  agent.destroy();
}
