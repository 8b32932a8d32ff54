import { type INestApplication, RequestMethod, type Type } from '@nestjs/common';
import type { VersionValue } from '@nestjs/common/interfaces/version-options.interface';
import {
  METHOD_METADATA,
  MODULE_PATH,
  PATH_METADATA,
  VERSION_METADATA,
} from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import type { ApplicationConfig } from '@nestjs/core/application-config';
import { RoutePathFactory } from '@nestjs/core/router/route-path-factory';
import { ACCESS_POLICY, type AccessPolicy } from '../../src/common/access/access.decorators';

export type HttpMethod =
  'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD' | 'OPTIONS' | 'ALL' | 'SEARCH';

/** One route the running app serves, as Nest mapped it, with the access policy the guard will read. */
export type DiscoveredRoute = {
  method: HttpMethod;
  /** Full path as registered on the HTTP server, e.g. `/api/v1/partnerships/:partnershipId/people`. */
  path: string;
  /** `Controller.handler`, to name the route in failures. */
  handler: string;
  /** Read exactly as the AccessGuard reads it (handler overrides class); undefined = none declared. */
  policy: AccessPolicy | undefined;
  /** Names of the `:params` in the path, in order. */
  params: string[];
};

/** A route on the HTTP server that no Nest controller declares (Swagger UI, static files): the guard never sees it. */
export type ForeignRoute = { method: HttpMethod; path: string };

export type RouteDiscovery = {
  routes: DiscoveredRoute[];
  /** Routes on the Express router that are not Nest handlers. */
  foreign: ForeignRoute[];
  /** Nest handlers whose computed path is not on the Express router (would mean this discovery is wrong). */
  unregistered: DiscoveredRoute[];
};

export const routeLabel = (r: { method: string; path: string }) => `${r.method} ${r.path}`;

const paramNames = (path: string) => [...path.matchAll(/:([A-Za-z0-9_]+)/g)].map((m) => m[1]!);

type ExpressLayer = { route?: { path: string | string[]; methods: Record<string, boolean> } };

/** Every method+path the Express application router actually serves. */
function expressRoutes(app: INestApplication): ForeignRoute[] {
  const instance = app.getHttpAdapter().getInstance() as {
    router?: { stack: ExpressLayer[] };
    _router?: { stack: ExpressLayer[] };
  };
  const stack = (instance.router ?? instance._router)?.stack ?? [];
  const out: ForeignRoute[] = [];
  for (const layer of stack) {
    if (!layer.route) continue;
    const paths = Array.isArray(layer.route.path) ? layer.route.path : [layer.route.path];
    for (const path of paths) {
      for (const [method, on] of Object.entries(layer.route.methods)) {
        if (on)
          out.push({
            method: (method === '_all' ? 'ALL' : method.toUpperCase()) as HttpMethod,
            path,
          });
      }
    }
  }
  return out;
}

/**
 * Discovers every route of the running app from Nest's own metadata (controllers, `@Get`/`@Post`…
 * paths, global prefix and its exclusions, versioning, RouterModule paths), reads its access policy
 * the way the AccessGuard does, and cross-checks the result against the Express router so that a
 * route this discovery would miss, or a route outside Nest, is reported rather than skipped.
 */
export function discoverRoutes(app: INestApplication): RouteDiscovery {
  const modules = app.get(ModulesContainer);
  const discovery = new DiscoveryService(modules);
  const scanner = new MetadataScanner();
  const reflector = new Reflector();
  // NestApplication keeps its ApplicationConfig (global prefix, exclusions, versioning) in `config`.
  const config = (app as unknown as { config: ApplicationConfig }).config;
  const pathFactory = new RoutePathFactory(config);
  const globalPrefix = config.getGlobalPrefix();
  const versioningOptions = config.getVersioning();

  const routes: DiscoveredRoute[] = [];
  const meta = <T>(key: string, target: object): T | undefined =>
    Reflect.getMetadata(key, target) as T | undefined;
  for (const wrapper of discovery.getControllers()) {
    const instance = wrapper.instance as object | undefined;
    const controller = wrapper.metatype as Type<unknown> | null;
    if (!instance || !controller) continue;
    const moduleCtor = wrapper.host?.metatype;
    const modulePath = moduleCtor
      ? (meta<string>(MODULE_PATH + modules.applicationId, moduleCtor) ??
        meta<string>(MODULE_PATH, moduleCtor))
      : undefined;
    const ctrlPaths = [meta<string | string[]>(PATH_METADATA, controller) ?? '/'].flat();
    const controllerVersion = meta<VersionValue>(VERSION_METADATA, controller);
    const prototype = Object.getPrototypeOf(instance) as Record<string, unknown>;

    for (const methodName of scanner.getAllMethodNames(prototype)) {
      const handler = prototype[methodName] as (...args: unknown[]) => unknown;
      const methodPaths = meta<string | string[]>(PATH_METADATA, handler);
      if (methodPaths === undefined) continue;
      const requestMethod = meta<RequestMethod>(METHOD_METADATA, handler) ?? RequestMethod.GET;
      const methodVersion = meta<VersionValue>(VERSION_METADATA, handler);
      const policy = reflector.getAllAndOverride<AccessPolicy | undefined>(ACCESS_POLICY, [
        handler,
        controller,
      ]);
      for (const ctrlPath of ctrlPaths) {
        for (const methodPath of [methodPaths].flat()) {
          const paths = pathFactory.create(
            {
              ctrlPath,
              methodPath,
              modulePath,
              globalPrefix,
              versioningOptions,
              controllerVersion,
              methodVersion,
            },
            requestMethod,
          );
          for (const path of paths) {
            routes.push({
              method: RequestMethod[requestMethod] as HttpMethod,
              path,
              handler: `${controller.name}.${methodName}`,
              policy,
              params: paramNames(path),
            });
          }
        }
      }
    }
  }

  const served = expressRoutes(app);
  const key = (r: { method: string; path: string }) => `${r.method} ${r.path}`;
  const nestKeys = new Set(routes.map(key));
  const servedKeys = new Set(served.map(key));
  routes.sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
  return {
    routes,
    foreign: served.filter((r) => !nestKeys.has(key(r))),
    unregistered: routes.filter((r) => !servedKeys.has(key(r))),
  };
}

const ROLE_ABBREVIATIONS: Record<string, string> = {
  programmaleider: 'PL',
  stuurgroeplid: 'SG',
  locatiecoordinator: 'LC',
  procesbegeleider: 'PB',
};

/** A policy in a few characters, for a table column: `allow(PL,SG)`. */
export function shortPolicy(policy: AccessPolicy | undefined): string {
  if (policy?.kind === 'partnership')
    return `allow(${policy.roles.map((r) => ROLE_ABBREVIATIONS[r] ?? r).join(',')})`;
  if (policy?.kind === 'signed-in')
    return policy.duringTotpEnrolment ? 'signed-in+2fa' : 'signed-in';
  return describePolicy(policy);
}

/** Describes a policy in a failure message. */
export function describePolicy(policy: AccessPolicy | undefined): string {
  if (!policy) return 'GEEN POLICY';
  switch (policy.kind) {
    case 'public':
      return 'public';
    case 'signed-in':
      return policy.duringTotpEnrolment ? 'signed-in (+2fa-enrol)' : 'signed-in';
    case 'platform-admin':
      return 'platform-admin';
    case 'partnership':
      return `allow(${policy.roles.join(',')})`;
  }
}
