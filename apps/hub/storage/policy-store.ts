import { desc, eq } from "drizzle-orm";
import { type ActivePolicy, builtInPolicy, PolicyDocument } from "#core/policy/document";
import type { Store } from "#core/ports/store";
import { policies } from "./comms-schema";
import type { Database } from "./database";

type PolicyStore = Pick<Store, "currentPolicy" | "getPolicy" | "listPolicyVersions" | "savePolicy">;

const toActive = (row: { version: number; document: unknown }): ActivePolicy => ({
  version: row.version,
  document: PolicyDocument.parse(row.document),
});

export function policyStore(db: Database): PolicyStore {
  // A stored version never changes, so each is read and validated once; every API request asks for the current one.
  const parsed = new Map<number, ActivePolicy>([[0, builtInPolicy]]);
  const getPolicy = async (version: number) => {
    const known = parsed.get(version);
    if (known) return known;
    const [row] = await db.select().from(policies).where(eq(policies.version, version));
    if (!row) return null;
    const active = toActive(row);
    parsed.set(version, active);
    return active;
  };
  return {
    async currentPolicy() {
      const [latest] = await db
        .select({ version: policies.version })
        .from(policies)
        .orderBy(desc(policies.version))
        .limit(1);
      return (await getPolicy(latest?.version ?? 0)) ?? builtInPolicy;
    },
    getPolicy,
    async listPolicyVersions() {
      return db
        .select({ version: policies.version, authorId: policies.authorId, createdAt: policies.createdAt })
        .from(policies)
        .orderBy(desc(policies.version));
    },
    async savePolicy(document, authorId, at) {
      // The primary key makes two concurrent saves of the same version fail instead of both landing.
      const [latest] = await db
        .select({ version: policies.version })
        .from(policies)
        .orderBy(desc(policies.version))
        .limit(1);
      const version = (latest?.version ?? 0) + 1;
      await db.insert(policies).values({ version, document, authorId, createdAt: at });
      return { version, document };
    },
  };
}
