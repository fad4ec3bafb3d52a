import { desc, eq, sql } from 'drizzle-orm';
import type { Question } from '#core/domain/monitoring';
import type { Queryable } from '#server/db/client';
import { users, visitForms } from '#server/db/schema';

export type FormRow = typeof visitForms.$inferSelect & { createdByName: string | null };

const selection = {
  id: visitForms.id,
  version: visitForms.version,
  title: visitForms.title,
  questions: visitForms.questions,
  createdBy: visitForms.createdBy,
  createdAt: visitForms.createdAt,
  createdByName: users.name,
};

export async function currentForm(db: Queryable): Promise<FormRow | undefined> {
  const [row] = await db
    .select(selection)
    .from(visitForms)
    .leftJoin(users, eq(users.id, visitForms.createdBy))
    .orderBy(desc(visitForms.version))
    .limit(1);
  return row;
}

export async function formByVersion(db: Queryable, version: number): Promise<FormRow | undefined> {
  const [row] = await db
    .select(selection)
    .from(visitForms)
    .leftJoin(users, eq(users.id, visitForms.createdBy))
    .where(eq(visitForms.version, version));
  return row;
}

export async function allForms(db: Queryable): Promise<FormRow[]> {
  return db
    .select(selection)
    .from(visitForms)
    .leftJoin(users, eq(users.id, visitForms.createdBy))
    .orderBy(desc(visitForms.version));
}

/**
 * Saves the next version only if `basedOn` is still the newest (one statement, so two admins
 * saving at once cannot both win); undefined when another version got there first.
 */
export async function insertNextForm(
  db: Queryable,
  input: {
    basedOn: number;
    title: { id: string; en: string };
    questions: Question[];
    createdBy: string | null;
  },
) {
  const result = await db.execute(sql`
    INSERT INTO visit_forms (version, title, questions, created_by)
    SELECT ${input.basedOn + 1}, ${JSON.stringify(input.title)}::jsonb, ${JSON.stringify(input.questions)}::jsonb,
      ${input.createdBy}::uuid
    WHERE (SELECT coalesce(max(version), 0) FROM visit_forms) = ${input.basedOn}
    ON CONFLICT (version) DO NOTHING
    RETURNING id`);
  const rows = (result as unknown as { rows: { id: string }[] }).rows;
  return rows[0]?.id as string | undefined;
}

/** The first version, when there is none yet (idempotent seeding). */
export async function insertFirstForm(
  db: Queryable,
  title: { id: string; en: string },
  questions: Question[],
) {
  await db.insert(visitForms).values({ version: 1, title, questions }).onConflictDoNothing();
}
