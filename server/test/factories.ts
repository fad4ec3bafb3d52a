import type { FastifyInstance } from 'fastify';
import type { Role } from '#core/schemas/common';
import type { Database } from '../db/client';
import { users } from '../db/schema';
import { hashPassword } from '../features/auth/service';
import { Client } from './app';

export const ADMIN = {
  name: 'Admin Diskopindag',
  email: 'admin@malangkota.go.id',
  password: 'rahasia-admin-123',
};
export const DEFAULT_PASSWORD = 'kata-sandi-uji-123';

let counter = 0;

/** Completes first-run setup and returns the signed-in admin's client. */
export async function setupAdmin(app: FastifyInstance): Promise<Client> {
  const client = new Client(app);
  const res = await client.post('/api/auth/setup', ADMIN);
  if (res.statusCode !== 201) throw new Error(`setup failed: ${res.statusCode} ${res.body}`);
  return client;
}

export type UserSpec = {
  role: Role;
  email?: string;
  name?: string;
  kecamatanCodes?: string[];
  active?: boolean;
  password?: string;
};

export async function createUser(database: Database, spec: UserSpec) {
  counter += 1;
  const [row] = await database.db
    .insert(users)
    .values({
      email: spec.email ?? `${spec.role}${counter}@contoh.id`,
      name: spec.name ?? `${spec.role} ${counter}`,
      role: spec.role,
      kecamatanCodes: spec.kecamatanCodes ?? (spec.role === 'officer' ? ['35.73.05'] : []),
      active: spec.active ?? true,
      passwordHash: await hashPassword(spec.password ?? DEFAULT_PASSWORD),
    })
    .returning();
  return row;
}

export async function signIn(
  app: FastifyInstance,
  email: string,
  password = DEFAULT_PASSWORD,
): Promise<Client> {
  const client = new Client(app);
  const res = await client.post('/api/auth/login', { email, password });
  if (res.statusCode !== 200) throw new Error(`login failed: ${res.statusCode} ${res.body}`);
  return client;
}

/** A user of `role` plus a signed-in client for them. */
export async function userClient(app: FastifyInstance, database: Database, spec: UserSpec) {
  const user = await createUser(database, spec);
  return { user, client: await signIn(app, user.email, spec.password) };
}
