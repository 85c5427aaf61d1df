/** Most notifications one mark-as-read request names (the gateway's schema and the services alike). */
export const MARK_READ_MAX_IDS = 100;
