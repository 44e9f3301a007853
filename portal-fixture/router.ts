import type { PortalContext } from './generation';
import type { PortalReply } from './reply';

/** One page or form handler of a portal generation. */
export interface PortalRoute {
  method: 'GET' | 'POST';
  /** A path with `:name` segments, e.g. `/mets/application/:applicationId/household`. */
  pattern: string;
  /** Reachable without a session (the login page). */
  isPublic?: boolean;
  /** An NCAF submission: the only kind of request submission faults apply to. */
  isNcafSubmission?: boolean;
  handle(context: PortalContext): PortalReply | Promise<PortalReply>;
}

/** A route that matched a request, with its decoded path parameters. */
export interface RouteMatch {
  route: PortalRoute;
  params: Record<string, string>;
}

/** Finds the route for a method and path. */
export function matchRoute(
  routes: readonly PortalRoute[],
  method: string,
  path: string,
): RouteMatch | undefined {
  for (const route of routes) {
    const params = route.method === method ? matchPattern(route.pattern, path) : undefined;
    if (params) {
      return { route, params };
    }
  }
  return undefined;
}

function matchPattern(pattern: string, path: string): Record<string, string> | undefined {
  const patternParts = pattern.split('/');
  const pathParts = path.split('/');
  if (patternParts.length !== pathParts.length) {
    return undefined;
  }

  const params: Record<string, string> = {};
  for (const [index, patternPart] of patternParts.entries()) {
    const pathPart = pathParts[index] ?? '';
    if (patternPart.startsWith(':')) {
      const value = safeDecode(pathPart);
      if (!value) {
        return undefined;
      }
      params[patternPart.slice(1)] = value;
    } else if (patternPart !== pathPart) {
      return undefined;
    }
  }
  return params;
}

function safeDecode(part: string): string | undefined {
  try {
    return decodeURIComponent(part);
  } catch {
    return undefined;
  }
}
