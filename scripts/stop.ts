// `bun run stop`: stops and removes exactly EduStream's PM2 apps (never `pm2 delete all`), then
// stops the project-local PM2 daemon if it has nothing else to run.
import { pm2, pm2Apps } from "./pm2";

const ours = [...new Set(pm2Apps().map((a) => a.name).filter((name) => name.startsWith("edustream-")))];
if (ours.length) pm2(["delete", ...ours], { quiet: true });
if (pm2Apps().length === 0) pm2(["kill"], { quiet: true });
console.log(ours.length ? `EduStream stopped (${ours.join(", ")}).` : "EduStream was not running.");
