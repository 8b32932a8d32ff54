import net from 'node:net';

/**
 * A TCP proxy between the app and its database that a test can cut and restore, to see what the
 * app does when the database drops mid-flight.
 */
export class TcpProxy {
  private readonly sockets = new Set<net.Socket>();
  private server?: net.Server;
  private cut = false;
  port = 0;

  constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {}

  async start(): Promise<void> {
    this.server = net.createServer((client) => {
      if (this.cut) {
        client.destroy();
        return;
      }
      const upstream = net.connect(this.targetPort, this.targetHost);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => s.destroy());
      }
      client.pipe(upstream).pipe(client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const address = this.server?.address();
    this.port = typeof address === 'object' && address ? address.port : 0;
  }

  /** Drops every open connection and refuses new ones, as a database that went away. */
  disconnect(): void {
    this.cut = true;
    for (const s of this.sockets) s.destroy();
  }

  reconnect(): void {
    this.cut = false;
  }

  async stop(): Promise<void> {
    this.disconnect();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}
