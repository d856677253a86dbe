/**
 * The LMSs the tool trusts: each platform is an issuer with the client id it gave the tool, its endpoints
 * (authorization, token, JWKS) and the deployments it made. Registered by dynamic registration or by hand
 * (`gd-tutor serve --platform FILE`); a launch from anything else is refused.
 */
import type { Id, Sql } from './db.js';

export interface Platform {
  readonly id: string;
  readonly issuer: string;
  readonly clientId: string;
  readonly authUrl: string;
  readonly tokenUrl: string;
  readonly jwksUrl: string;
  readonly name: string;
}

export interface PlatformRegistration extends Omit<Platform, 'id'> {
  readonly deployments: readonly string[];
}

interface PlatformRow {
  id: Id;
  issuer: string;
  client_id: string;
  auth_url: string;
  token_url: string;
  jwks_url: string;
  name: string;
}

const platformOf = (r: PlatformRow): Platform => ({
  id: String(r.id),
  issuer: r.issuer,
  clientId: r.client_id,
  authUrl: r.auth_url,
  tokenUrl: r.token_url,
  jwksUrl: r.jwks_url,
  name: r.name,
});

/** Adds the platform (or updates its endpoints) and its deployments; returns its id. */
export async function registerPlatform(sql: Sql, p: PlatformRegistration): Promise<string> {
  const rows = await sql.query<{ id: Id }>(
    `INSERT INTO platforms (issuer, client_id, auth_url, token_url, jwks_url, name) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (issuer, client_id) DO UPDATE SET auth_url = $3, token_url = $4, jwks_url = $5, name = $6
     RETURNING id`,
    [p.issuer, p.clientId, p.authUrl, p.tokenUrl, p.jwksUrl, p.name],
  );
  const id = String(rows[0]!.id);
  for (const d of p.deployments)
    await sql.query('INSERT INTO deployments (platform_id, deployment_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [
      id,
      d,
    ]);
  return id;
}

/** The platform of an issuer (and client id, when the login gave one: an issuer may have registered the tool twice). */
export async function findPlatform(sql: Sql, issuer: string, clientId?: string): Promise<Platform | undefined> {
  const rows = await sql.query<PlatformRow>(
    'SELECT * FROM platforms WHERE issuer = $1 AND ($2::text IS NULL OR client_id = $2) ORDER BY id LIMIT 2',
    [issuer, clientId ?? null],
  );
  // Two registrations and no client id to tell them apart: refuse rather than guess.
  return rows.length === 1 ? platformOf(rows[0]!) : undefined;
}

export async function platformById(sql: Sql, id: string): Promise<Platform | undefined> {
  const rows = await sql.query<PlatformRow>('SELECT * FROM platforms WHERE id = $1', [id]);
  return rows[0] ? platformOf(rows[0]) : undefined;
}

export async function hasDeployment(sql: Sql, platformId: string, deploymentId: string): Promise<boolean> {
  const rows = await sql.query('SELECT 1 FROM deployments WHERE platform_id = $1 AND deployment_id = $2', [
    platformId,
    deploymentId,
  ]);
  return rows.length > 0;
}
