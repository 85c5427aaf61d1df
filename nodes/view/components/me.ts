import { ok, present, type Answer, type GatewayApi } from "../gateway";
import type { Session } from "../session";

/** The signed-in user's account as GET /me answers it. */
export type Me = NonNullable<Answer<GatewayApi["me"]["get"]>["user"]>;

/** The signed-in user's account. */
export async function loadMe(session: Session): Promise<Me> {
  return present((await ok(session.gateway.me.get())).user, "the user");
}
