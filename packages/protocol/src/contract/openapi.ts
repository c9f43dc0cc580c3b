import * as z from 'zod/mini';
import { HumanRoute } from '../api/contact.js';
import { JourneyConfig } from '../journey/index.js';
import { Outcome } from '../api/outcome.js';
import { Payment } from '../api/payments.js';
import { Claim } from '../claim.js';
import { ErrorEnvelope } from '../error-envelope.js';
import * as protocol from '../index.js';
import { Money } from '../money.js';
import { Plan } from '../plans/plan.js';
import { ERROR_STATUS, type ErrorCode } from '../errors.js';
import { API_ROUTES, ROUTE_NAMES, type RouteEntry } from './routes.js';
import { ROUTE_CONTRACTS, type RouteContract } from './contracts.js';

/*
 * The OpenAPI 3.1 document of the Settle API, built from the contract: paths from
 * `API_ROUTES`, bodies from the zod schemas in `ROUTE_CONTRACTS`. `npm run build` writes it
 * to the protocol package's `openapi.json`; nothing here is written by hand per route.
 */

type JsonSchema = Record<string, unknown>;

export interface OpenApiDocument {
  openapi: '3.1.0';
  info: { title: string; version: string; description: string };
  paths: Record<string, Record<string, unknown>>;
  components: { schemas: Record<string, JsonSchema>; securitySchemes: Record<string, unknown> };
}

/** Schemas the responses share, kept once under `components.schemas` and referenced. */
const SHARED = [Claim, Outcome, Plan, Payment, Money, HumanRoute, JourneyConfig];

/** Each schema's export name in `@settle/protocol`, for its component name. */
const exportNames = new Map<unknown, string>();
for (const [name, value] of Object.entries(protocol)) if (!exportNames.has(value)) exportNames.set(value, name);

function nameOf(schema: z.ZodMiniType): string {
  const name = exportNames.get(schema);
  if (!name) throw new Error('openapi: every route schema must be exported from @settle/protocol');
  return name;
}

/** JSON Schemas of `schemas` by component name; schemas among them refer to each other by `$ref`. */
function components(schemas: readonly z.ZodMiniType[], io: 'input' | 'output'): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const schema of new Set(schemas)) registry.add(schema, { id: nameOf(schema) });
  // Refinements (a time zone check, "from before to") have no JSON Schema form; their fields stay typed.
  const { schemas: built } = z.toJSONSchema(registry, { target: 'draft-2020-12', io, unrepresentable: 'any', uri: (id) => `#/components/schemas/${id}` });
  return Object.fromEntries(Object.entries(built).map(([id, { $schema: _dialect, $id: _id, ...schema }]) => [id, schema as JsonSchema]));
}

const ref = (schema: z.ZodMiniType) => ({ $ref: `#/components/schemas/${nameOf(schema)}` });

/** `/payments/:paymentId` as OpenAPI writes it: `/payments/{paymentId}`. */
export function openApiPath(path: string): string {
  return path.replace(/:([A-Za-z]+)/g, '{$1}');
}

/** One answer per status a route can fail with, naming its codes; every body is an `ErrorEnvelope`. */
function errorResponses(codes: readonly ErrorCode[]): Record<string, unknown> {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of new Set(codes)) byStatus.set(ERROR_STATUS[code], [...(byStatus.get(ERROR_STATUS[code]) ?? []), code]);
  const responses: Record<string, unknown> = {};
  for (const [status, inStatus] of [...byStatus].sort(([a], [b]) => a - b)) {
    responses[String(status)] = { description: `Error codes: ${inStatus.join(', ')}.`, content: { 'application/json': { schema: ref(ErrorEnvelope) } } };
  }
  return responses;
}

function operation(name: string, route: RouteEntry, contract: RouteContract): Record<string, unknown> {
  const params = [...route.path.matchAll(/:([A-Za-z]+)/g)].map((match) => ({ name: match[1], in: 'path', required: true, schema: { type: 'string' } }));
  return {
    operationId: name,
    summary: contract.summary,
    ...(contract.auth === 'session' ? { security: [{ session: [] }] } : { security: [] }),
    ...(params.length > 0 ? { parameters: params } : {}),
    ...(contract.request ? { requestBody: { required: true, content: { 'application/json': { schema: ref(contract.request) } } } } : {}),
    responses: {
      [String(contract.status)]: contract.response ? { description: 'Success.', content: { 'application/json': { schema: ref(contract.response) } } } : { description: 'Success, no content.' },
      ...errorResponses(contract.errors),
    },
  };
}

/** The whole document; `version` is the protocol package's. */
export function openApiDocument(version: string): OpenApiDocument {
  const contracts = ROUTE_NAMES.map((name) => ROUTE_CONTRACTS[name]);
  const requests = contracts.flatMap((contract) => (contract.request ? [contract.request] : []));
  const schemas = { ...components([...contracts.flatMap((contract) => (contract.response ? [contract.response] : [])), ...SHARED, ErrorEnvelope], 'output'), ...components(requests, 'input') };
  const paths: OpenApiDocument['paths'] = {};
  for (const name of ROUTE_NAMES) {
    const route = API_ROUTES[name];
    const path = openApiPath(route.path);
    paths[path] = { ...paths[path], [route.method.toLowerCase()]: operation(name, route, ROUTE_CONTRACTS[name]) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Settle API',
      version,
      description: 'The HTTP API of the Settle server SDK, under the creditor\'s mount point (`basePath`). Errors answer `{ "error": { "code", "message" } }`; branch on `code`.',
    },
    paths,
    components: { schemas, securitySchemes: { session: { type: 'http', scheme: 'bearer', description: 'The session token from POST /session.' } } },
  };
}
