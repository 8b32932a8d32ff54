import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { importEsm } from '../../src/common/esm-import';

/** The person who signs in at the provider, and what the provider says about them. */
export type ProviderAccount = {
  sub: string;
  email: string;
  email_verified: boolean;
  name?: string;
};

/**
 * A real OpenID provider (panva's oidc-provider, the certified implementation) on 127.0.0.1 at
 * a random port, for one test file. There is no login page: whoever is in `nextAccount` signs in
 * and consents as soon as the browser arrives.
 */
export type LocalOidcProvider = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  nextAccount: ProviderAccount | undefined;
  /** Changes the next ID token's claims after it was signed (to prove signatures are checked). */
  forgeNextIdToken: ((claims: Record<string, unknown>) => void) | undefined;
  close(): Promise<void>;
};

// The few parts of oidc-provider's API used here (it ships no type declarations).
type FindAccount = (
  ctx: unknown,
  sub: string,
) => Promise<{ accountId: string; claims(): Promise<Record<string, unknown>> } | undefined>;
type Grant = { addOIDCScope(scope: string): void; save(): Promise<string> };
type Provider = {
  callback(): (req: IncomingMessage, res: ServerResponse) => void;
  interactionDetails(
    req: IncomingMessage,
    res: ServerResponse,
  ): Promise<{ params: Record<string, unknown> }>;
  interactionFinished(
    req: IncomingMessage,
    res: ServerResponse,
    result: { login: { accountId: string }; consent: { grantId: string } },
    options: { mergeWithLastSubmission: boolean },
  ): Promise<void>;
  Grant: new (init: { accountId: string; clientId: string }) => Grant;
};
type ProviderModule = {
  default: new (issuer: string, configuration: Record<string, unknown>) => Provider;
};

/**
 * oidc-provider warns about what a test provider does on purpose (in-memory storage) and, on
 * Node 20, that it prefers Node 22; those two warnings are dropped, anything else still shows.
 */
async function withoutExpectedWarnings<T>(work: () => Promise<T>): Promise<T> {
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    if (
      typeof args[0] === 'string' &&
      /oidc-provider WARNING: (Unsupported runtime|a quick start development-only in-memory adapter)/.test(
        args[0],
      )
    )
      return;
    warn(...args);
  };
  try {
    return await work();
  } finally {
    console.warn = warn;
  }
}

export async function startOidcProvider(redirectUri: string): Promise<LocalOidcProvider> {
  return withoutExpectedWarnings(() => start(redirectUri));
}

async function start(redirectUri: string): Promise<LocalOidcProvider> {
  const { default: Provider } = await importEsm<ProviderModule>('oidc-provider');
  const accounts = new Map<string, ProviderAccount>();

  // The issuer URL needs the port, so the server listens before the provider exists (no request comes in between).
  const server = http.createServer((req, res) => {
    if (req.url?.startsWith('/interaction/')) {
      void finishInteraction(provider, req, res);
      return;
    }
    if (req.url?.startsWith('/token') && local.forgeNextIdToken) {
      forgeIdTokenInResponse(res, local.forgeNextIdToken);
      local.forgeNextIdToken = undefined;
    }
    handle(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const local: LocalOidcProvider = {
    issuer,
    clientId: 'zet-monitor-test',
    clientSecret: randomBytes(24).toString('base64url'),
    nextAccount: undefined,
    forgeNextIdToken: undefined,
    close: () =>
      new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      ),
  };

  async function finishInteraction(
    p: Provider,
    req: IncomingMessage,
    res: ServerResponse,
  ): Promise<void> {
    try {
      const { params } = await p.interactionDetails(req, res);
      const account = local.nextAccount;
      if (!account) throw new Error('the test did not say who signs in (nextAccount)');
      accounts.set(account.sub, account);
      const grant = new p.Grant({ accountId: account.sub, clientId: String(params.client_id) });
      grant.addOIDCScope(String(params.scope));
      const grantId = await grant.save();
      await p.interactionFinished(
        req,
        res,
        { login: { accountId: account.sub }, consent: { grantId } },
        { mergeWithLastSubmission: false },
      );
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
    }
  }

  const findAccount: FindAccount = (_ctx, sub) => {
    const account = accounts.get(sub);
    return Promise.resolve(
      account && { accountId: sub, claims: () => Promise.resolve({ ...account }) },
    );
  };
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: local.clientId,
        client_secret: local.clientSecret,
        redirect_uris: [redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    jwks: {
      keys: [
        { ...privateKey.export({ format: 'jwk' }), kid: randomUUID(), alg: 'RS256', use: 'sig' },
      ],
    },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    // As most providers do: e-mail claims in UserInfo, the ID token has sub (and nonce etc.).
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    findAccount,
    interactions: {
      url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}`,
    },
    features: { devInteractions: { enabled: false } },
    pkce: { required: () => true },
    // Explicit lifetimes (seconds), which also keeps the provider from noting each default it uses.
    ttl: {
      AuthorizationCode: 60,
      Interaction: 600,
      Session: 600,
      Grant: 600,
      AccessToken: 600,
      IdToken: 600,
    },
  });
  const handle = provider.callback();
  return local;
}

/** Rewrites the token response's ID token payload, keeping the original signature. */
function forgeIdTokenInResponse(
  res: ServerResponse,
  forge: (claims: Record<string, unknown>) => void,
): void {
  const end = res.end.bind(res) as (chunk?: unknown, ...rest: unknown[]) => ServerResponse;
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    if (!chunk || res.statusCode !== 200) return end(chunk, ...rest);
    const body = JSON.parse(
      typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString(),
    ) as { id_token?: string };
    if (body.id_token) {
      const [header, payload, signature] = body.id_token.split('.') as [string, string, string];
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<
        string,
        unknown
      >;
      forge(claims);
      body.id_token = [
        header,
        Buffer.from(JSON.stringify(claims)).toString('base64url'),
        signature,
      ].join('.');
    }
    const out = JSON.stringify(body);
    res.setHeader('content-length', Buffer.byteLength(out));
    return end(out);
  }) as typeof res.end;
}
