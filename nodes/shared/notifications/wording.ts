// The words of every notification (portal and email alike), for the enrollment and grades sides.

/** What a student is told, and which event it is (one notice per event and recipient). */
export interface Notice {
  recipientId: string;
  kind: "WAITLIST_PROMOTED" | "WAITLIST_SKIPPED" | "GRADES_RELEASED";
  /** Names the event: the same key for the same recipient is written once. */
  eventKey: string;
  title: string;
  body: string;
  /** Portal path where the student sees more. */
  link: string;
}

/** A section as notifications name it ("CS 101-001 Introduction to Programming, Fall 2026"). */
export interface NoticeSection {
  label: string;
  courseTitle: string;
  termName: string;
}

const named = (section: NoticeSection) => `${section.label} ${section.courseTitle} (${section.termName})`;

/** A waitlisted student got the seat. */
export function promotedNotice(recipientId: string, eventKey: string, section: NoticeSection): Notice {
  return {
    recipientId,
    kind: "WAITLIST_PROMOTED",
    eventKey,
    title: `You have a seat in ${section.label}`,
    body: `A seat opened in ${named(section)} and you moved from its waitlist into it: the section is on your schedule now. If you no longer want it, drop it before the add/drop deadline.`,
    link: "/schedule",
  };
}

/** A waitlisted student was passed over for a free seat (they keep their place). */
export function skippedNotice(recipientId: string, eventKey: string, section: NoticeSection, reason: string, remedy: string): Notice {
  return {
    recipientId,
    kind: "WAITLIST_SKIPPED",
    eventKey,
    title: `A seat in ${section.label} went to someone after you`,
    body: `A seat opened in ${named(section)} but you could not take it: ${reason} You keep your place on the waitlist. ${remedy}`,
    link: "/schedule",
  };
}

/** A student's grade of a section was released (the grade itself is shown only after sign-in). */
export function gradesReleasedNotice(recipientId: string, eventKey: string, section: NoticeSection): Notice {
  return {
    recipientId,
    kind: "GRADES_RELEASED",
    eventKey,
    title: `Your grade for ${section.label} is released`,
    body: `Your instructor released the grade of ${named(section)}. Sign in to EduStream and open My grades to see it.`,
    link: "/grades",
  };
}

/** The email's text: the notice, then where to read it (the grade itself never travels by email). */
export function emailText(notice: { title: string; body: string }): string {
  return `${notice.body}\n\nYou can read your notifications in the EduStream portal under Notifications.\nThis message was sent by EduStream; replies are not read.\n`;
}
