// `bun run db:roles` prints what a production install creates on each PostgreSQL server before
// the first `bun run db:setup`: the owner role, one role per node (with its password), the
// databases owned by the owner, and who may connect to each. `--apply` runs it with the
// superuser credentials of EDUSTREAM_DATABASE_URL (and EDUSTREAM_AUTH/COURSES/GRADES_DATABASE_URL).
// Passwords come from EDUSTREAM_<ROLE>_DB_PASSWORD, else are generated into EDUSTREAM_DATA_DIR.
import postgres from "postgres";
import { DB_ROLE_KEYS, dbPasswordVariable, loadConfigOrExit } from "../nodes/shared/config";
import { installPlan, installScript, isSuperuser } from "../db/roles";

const config = loadConfigOrExit();
const apply = process.argv.includes("--apply");

if (!apply) {
  console.log(`-- EduStream database roles (prefix from EDUSTREAM_DB_PREFIX). Passwords: ${DB_ROLE_KEYS.map(dbPasswordVariable).join(", ")},`);
  console.log(`-- else generated into ${config.dataDir}. Then set EDUSTREAM_DATABASE_URL to the owner role "${config.dbRoles.owner}" and run \`bun run db:setup\`.`);
  console.log(installScript(config));
} else {
  for (const plan of installPlan(config)) {
    const host = new URL(plan.server).host;
    const admin = postgres(plan.server, { max: 1, onnotice: () => {} });
    try {
      if (!(await isSuperuser(admin))) throw new Error(`the role of the URL for ${host} is not a superuser: print the statements (bun run db:roles) and have them run by one`);
      for (const statement of plan.roles) await admin.unsafe(statement);
      for (const database of plan.databases) {
        const [exists] = await admin`select 1 from pg_database where datname = ${database.name}`;
        if (!exists) for (const statement of database.create) await admin.unsafe(statement);
        const url = new URL(plan.server);
        url.pathname = `/${database.name}`;
        const sql = postgres(url.toString(), { max: 1, onnotice: () => {} });
        try {
          for (const statement of database.grants) await sql.unsafe(statement);
        } finally {
          await sql.end({ timeout: 5 });
        }
      }
      console.log(`${host}: roles ${[...new Set(plan.roles.map((s) => s.match(/(?:create role|alter role) "([^"]+)"/)?.[1]).filter(Boolean))].join(", ")}; databases ${plan.databases.map((d) => d.name).join(", ")}`);
    } catch (error) {
      console.error(`${host}: ${(error as Error).message}`);
      process.exitCode = 1;
    } finally {
      await admin.end({ timeout: 5 });
    }
  }
}
