import type { RungDatabase } from '@/lib/db/schema';

/**
 * Counts what one table hands out, through the database's own middleware stack (the real queries
 * run underneath): `calls` the reads made, `rows` the rows they returned, while `on` is true.
 * Install before the database is first opened.
 */
export function countReads(
  db: RungDatabase,
  tableName: string,
): { on: boolean; calls: number; rows: number } {
  const seen = { on: true, calls: 0, rows: 0 };
  db.use({
    stack: 'dbcore',
    name: `count-${tableName}-reads`,
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        if (name !== tableName) return table;
        const count = (rows: number) => {
          if (!seen.on) return;
          seen.calls++;
          seen.rows += rows;
        };
        return {
          ...table,
          query: async (req) => {
            const res = await table.query(req);
            count(res.result.length);
            return res;
          },
          getMany: async (req) => {
            const res = await table.getMany(req);
            count(res.filter((r) => r !== undefined).length);
            return res;
          },
          openCursor: (req) => {
            count(0);
            return table.openCursor(req);
          },
        };
      },
    }),
  });
  return seen;
}
