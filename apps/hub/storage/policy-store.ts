import { desc, eq } from "drizzle-orm";
import { builtInPolicy, PolicyDocument, type ActivePolicy } from "../../../core/policy/document";
import type { Store } from "../../../core/ports/store";
import type { Database } from "./database";
import { policies } from "./comms-schema";

type PolicyStore = Pick<Store, "currentPolicy" | "getPolicy" | "listPolicyVersions" | "savePolicy">;

const toActive = (row: { version: number; document: unknown }): ActivePolicy => ({ version: row.version, document: PolicyDocument.parse(row.document) });

export function policyStore(db: Database): PolicyStore {
  return {
    async currentPolicy() {
      const [row] = await db.select().from(policies).orderBy(desc(policies.version)).limit(1);
      return row ? toActive(row) : builtInPolicy;
    },
    async getPolicy(version) {
      if (version === 0) return builtInPolicy;
      const [row] = await db.select().from(policies).where(eq(policies.version, version));
      return row ? toActive(row) : null;
    },
    async listPolicyVersions() {
      return db.select({ version: policies.version, authorId: policies.authorId, createdAt: policies.createdAt }).from(policies).orderBy(desc(policies.version));
    },
    async savePolicy(document, authorId, at) {
      // The primary key makes two concurrent saves of the same version fail instead of both landing.
      const [latest] = await db.select({ version: policies.version }).from(policies).orderBy(desc(policies.version)).limit(1);
      const version = (latest?.version ?? 0) + 1;
      await db.insert(policies).values({ version, document, authorId, createdAt: at });
      return { version, document };
    },
  };
}
