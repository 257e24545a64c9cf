import { and, desc, eq } from "drizzle-orm";
import type { CommsStore } from "#core/ports/comms";
import { templates } from "./comms-schema";
import type { Database } from "./database";

export function templateStore(
  db: Database,
): Pick<CommsStore, "latestTemplates" | "listTemplateVersions" | "saveTemplate"> {
  return {
    async latestTemplates() {
      const rows = await db.select().from(templates).orderBy(desc(templates.version));
      const seen = new Set<string>();
      return rows.filter((r) => {
        const key = `${r.kind}|${r.locale}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
    },
    async listTemplateVersions(kind, locale) {
      return db
        .select()
        .from(templates)
        .where(and(eq(templates.kind, kind), eq(templates.locale, locale)))
        .orderBy(desc(templates.version));
    },
    async saveTemplate(t) {
      await db.insert(templates).values(t);
    },
  };
}
