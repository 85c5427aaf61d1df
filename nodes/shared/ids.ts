const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True when `id` has the shape of a UUID (the ids of users, terms, courses, sections, enrollments). */
export const isUuid = (id: string) => UUID.test(id);
