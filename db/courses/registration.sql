-- Registration's functions in the courses database: the one home of the rules PostgreSQL decides
-- (the seat, the duplicate and same-course checks, the time conflict and credit limit, the
-- waitlist order) and of the encodings and lock ids they share. Reviewed like code and applied by
-- db/setup.ts after the migrations on every setup, in one transaction, as the owner role: every
-- statement is repeatable (CREATE OR REPLACE; a function whose signature changes is dropped
-- here first). The migrations keep their history; this file is what is installed
-- (tests/system/registration-sql.test.ts checks it). The enrollment node alone calls these
-- functions; the answers are codes and data, worded by nodes/enrollment/wording.ts.

-- Former signatures, replaced below.
DROP FUNCTION IF EXISTS enroll_attempt(uuid, uuid, uuid, uuid, integer, integer, int4range[], text, boolean, boolean, boolean);
-- seat_problem answered one record (OUT arguments) before it answered a table (inlined).
DO $$
BEGIN
  IF EXISTS (SELECT FROM pg_proc WHERE proname = 'seat_problem' AND pronamespace = 'public'::regnamespace AND NOT proretset) THEN
    DROP FUNCTION seat_problem(uuid, uuid, uuid, int4multirange, integer, integer);
  END IF;
END $$;

-- ---- Locks ----------------------------------------------------------------------------------
-- Every transaction that changes a section's seats or waitlist holds the section's lock; every
-- one that changes a student's schedule holds the student's. Sections are always locked before
-- students. The two-key advisory lock ids (1: student, 2: section) are written only here.

CREATE OR REPLACE FUNCTION registration_lock_section(p_section uuid) RETURNS void
LANGUAGE sql VOLATILE
AS $$ SELECT pg_advisory_xact_lock(2, hashtext(p_section::text)) $$;

CREATE OR REPLACE FUNCTION registration_lock_student(p_student uuid) RETURNS void
LANGUAGE sql VOLATILE
AS $$ SELECT pg_advisory_xact_lock(1, hashtext(p_student::text)) $$;

-- ---- Meetings as weekly minutes ---------------------------------------------------------------
-- A meeting is the range [day * 1440 + start, day * 1440 + end) of minutes in the week (day 1 =
-- Monday), so "do two schedules overlap" is one && of multiranges.

CREATE OR REPLACE FUNCTION meeting_range(p_day integer, p_start_minute integer, p_end_minute integer) RETURNS int4range
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT int4range(p_day * 1440 + p_start_minute, p_day * 1440 + p_end_minute) $$;

-- PL/pgSQL, not SQL, here and in waitlist_place: an SQL function with an aggregate is not inlined
-- and would be planned again at every enroll; PL/pgSQL keeps its plan for the session.
CREATE OR REPLACE FUNCTION section_meeting_ranges(p_section uuid) RETURNS int4multirange
LANGUAGE plpgsql STABLE
AS $$
BEGIN
  RETURN (SELECT coalesce(range_agg(meeting_range(m.day, m.start_minute, m.end_minute)), '{}')
          FROM section_meetings m WHERE m.section_id = p_section);
END;
$$;

-- ---- May this student hold a seat here? -------------------------------------------------------
-- The time-conflict and credit-limit rule, for enrolling and for taking a seat off the waitlist
-- alike: against the sections the student is ENROLLED in this term (a waitlist place holds
-- nothing), other than this one. Answers the problem (TIME_CONFLICT, CREDIT_LIMIT or null), the
-- first clashing section, and the credits they would hold with this one. One scan of the
-- student's rows of the term; each row keeps its section's credits and meetings. A set-returning
-- SQL function of one SELECT, so PostgreSQL inlines it into the query that asks (one row always).

CREATE OR REPLACE FUNCTION seat_problem(
  p_student uuid,
  p_term uuid,
  p_section uuid,
  p_meetings int4multirange,
  p_credits integer,
  p_credit_limit integer
) RETURNS TABLE (problem text, other uuid, credits integer)
LANGUAGE sql STABLE ROWS 1
AS $$
  SELECT CASE WHEN h.clash IS NOT NULL THEN 'TIME_CONFLICT' WHEN h.held + p_credits > p_credit_limit THEN 'CREDIT_LIMIT' END,
         h.clash, h.held + p_credits
  FROM (
    SELECT (array_agg(e.section_id ORDER BY e.created_at, e.id) FILTER (WHERE e.meetings && p_meetings))[1] AS clash,
           coalesce(sum(e.credits), 0)::integer AS held
    FROM enrollments e
    WHERE e.student_id = p_student AND e.term_id = p_term AND e.status = 'ENROLLED' AND e.section_id <> p_section
  ) h
$$;

-- ---- Waitlist order ---------------------------------------------------------------------------
-- A waitlist is served in the order of waitlist_seq (a sequence: joining touches no shared row),
-- given by enroll_attempt when a student joins.

CREATE OR REPLACE FUNCTION waitlist_next(p_section uuid, p_after bigint, p_limit integer)
RETURNS TABLE (id uuid, student_id uuid, waitlist_seq bigint)
LANGUAGE sql STABLE
AS $$
  SELECT e.id, e.student_id, e.waitlist_seq FROM enrollments e
  WHERE e.section_id = p_section AND e.status = 'WAITLISTED' AND e.waitlist_seq > p_after
  ORDER BY e.waitlist_seq
  LIMIT p_limit
$$;

-- The place of a waitlist entry: 1 + those ahead of it.
CREATE OR REPLACE FUNCTION waitlist_place(p_section uuid, p_seq bigint) RETURNS integer
LANGUAGE plpgsql STABLE
AS $$
BEGIN
  RETURN (SELECT count(*)::integer + 1 FROM enrollments w
          WHERE w.section_id = p_section AND w.status = 'WAITLISTED' AND w.waitlist_seq < p_seq);
END;
$$;

-- ---- Holds and registration appointments ------------------------------------------------------
-- Rules about the student rather than the section, asked by enroll_attempt (adding and joining a
-- waitlist; never dropping) and by anyone who lists a student's problems without enrolling
-- (registration_problems). A hold blocks while it is not lifted and its kind blocks registration
-- (the flag is copied from the kind when the hold is placed). The appointment is the student's
-- materialised start (registration_appointments, written by the enrollment node's "assign
-- appointments" step); a student without one in a term that has groups (they matched none, or
-- their account is newer than the last assignment) starts with the term's last group.

-- When the student may start adding in the term, or null when the term has no appointments.
CREATE OR REPLACE FUNCTION registration_appointment_at(p_student uuid, p_term uuid) RETURNS timestamptz
LANGUAGE sql STABLE
AS $$
  SELECT coalesce(
    (SELECT a.starts_at FROM registration_appointments a WHERE a.student_id = p_student AND a.term_id = p_term),
    (SELECT max(g.starts_at) FROM appointment_groups g WHERE g.term_id = p_term))
$$;

-- The holds that block the student's registration now: in force, of a kind that blocks.
CREATE OR REPLACE FUNCTION student_blocking_holds(p_student uuid)
RETURNS TABLE (id uuid, kind text, reason text, contact text, placed_at timestamptz)
LANGUAGE sql STABLE
AS $$
  SELECT h.id, h.kind, h.reason, h.contact, h.placed_at FROM student_holds h
  WHERE h.student_id = p_student AND h.lifted_at IS NULL AND h.blocks_registration
$$;

-- Every reason the student may not add in the term at p_at: HOLD (one row per blocking hold,
-- oldest first; at: when it was placed), then APPOINTMENT (at: when their appointment starts).
CREATE OR REPLACE FUNCTION student_registration_problems(p_student uuid, p_term uuid, p_at timestamptz)
RETURNS TABLE (problem text, hold_id uuid, kind text, reason text, contact text, at timestamptz)
LANGUAGE sql STABLE
AS $$
  SELECT p.problem, p.hold_id, p.kind, p.reason, p.contact, p.at FROM (
    SELECT 'HOLD'::text AS problem, h.id AS hold_id, h.kind, h.reason, h.contact, h.placed_at AS at, 0 AS rank
    FROM student_blocking_holds(p_student) h
    UNION ALL
    SELECT 'APPOINTMENT', NULL, NULL, NULL, NULL, a.at, 1
    FROM (SELECT registration_appointment_at(p_student, p_term) AS at) a
    WHERE a.at > p_at
  ) p
  ORDER BY p.rank, p.at, p.hold_id
$$;

-- The first of them now (HOLD, APPOINTMENT or null): what enroll_attempt refuses with. The same
-- two rules as above, asked as an EXISTS and one lookup (PL/pgSQL keeps their plans for the
-- session): the listing's union and sort cost an enroll ~40 us more (docs/benchmarks.md).
CREATE OR REPLACE FUNCTION student_registration_block(p_student uuid, p_term uuid) RETURNS text
LANGUAGE plpgsql STABLE
AS $$
BEGIN
  IF EXISTS (SELECT FROM student_blocking_holds(p_student)) THEN
    RETURN 'HOLD';
  END IF;
  IF registration_appointment_at(p_student, p_term) > now() THEN
    RETURN 'APPOINTMENT';
  END IF;
  RETURN NULL;
END;
$$;

-- The same problems for adding a section (its term), now: for checking a plan without enrolling.
CREATE OR REPLACE FUNCTION registration_problems(p_student uuid, p_section uuid)
RETURNS TABLE (problem text, hold_id uuid, kind text, reason text, contact text, at timestamptz)
LANGUAGE sql STABLE
AS $$
  SELECT p.* FROM sections s CROSS JOIN LATERAL student_registration_problems(p_student, s.term_id, now()) p
  WHERE s.id = p_section
$$;

-- ---- Enrolling --------------------------------------------------------------------------------
-- One enroll is one statement (its own transaction): the section's then the student's lock; the
-- student's rows of the term in one scan (the row answered under this idempotency key, the same
-- section, another section of the same course); the seat rule (seat_problem); then the seat or
-- a place at the end of the waitlist, and the row with the section's live course, credits and
-- meetings and the key's answer. The node decides what needs no lock (the registration window,
-- a section cancelled in its cache, prerequisites from the grades service) and passes it in, so
-- the refusals keep their order. Outcomes: REPLAY (replay: the first answer), BLOCKED,
-- HOLD or APPOINTMENT (student_registration_problems says which and why), SAME_SECTION (status: ENROLLED, WAITLISTED or WITHDRAWN), SAME_COURSE (other, status),
-- TIME_CONFLICT (other), CREDIT_LIMIT (credits: what they would hold), PREREQUISITES, CANCELLED,
-- FULL (capacity, waitlisted), ENROLLED or WAITLISTED (id, status, position, created_at).

CREATE OR REPLACE FUNCTION enroll_attempt(
  p_student uuid,
  p_section uuid,
  p_credit_limit integer,
  p_key text,
  p_allow_waitlist boolean,
  p_blocked boolean,
  p_prereq_ok boolean
) RETURNS TABLE (
  outcome text,
  id uuid,
  status text,
  "position" integer,
  created_at text,
  other uuid,
  credits integer,
  capacity integer,
  waitlisted integer,
  replay jsonb
)
LANGUAGE plpgsql
VOLATILE
SET plan_cache_mode = force_generic_plan
AS $$
#variable_conflict use_column
DECLARE
  v_row record;
  v_replay jsonb;
  v_same_status text;
  v_same_course uuid;
  v_same_course_status text;
  v_term uuid;
  v_course uuid;
  v_active boolean;
  v_credits integer;
  v_meetings int4multirange;
  v_problem record;
  v_seated boolean := false;
  v_waiting boolean := false;
  v_position integer := 0;
  v_created timestamptz;
  v_student_block text;
BEGIN
  PERFORM registration_lock_section(p_section), registration_lock_student(p_student);

  -- Later statements than the locks: they see every transaction that held them before. The
  -- section as it is now (the catalog's credits and meetings are what the row keeps).
  SELECT s.term_id, s.course_id, s.status = 'ACTIVE', c.credits, section_meeting_ranges(s.id)
  INTO v_term, v_course, v_active, v_credits, v_meetings
  FROM sections s JOIN courses c ON c.id = s.course_id
  WHERE s.id = p_section;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'no section %', p_section USING ERRCODE = 'no_data_found';
  END IF;

  -- The student's rows of the term: what they hold and the row answered under this key, whatever its state now.
  FOR v_row IN
    SELECT e.id, e.section_id, e.status, e.course_id, e.created_at, e.request_position,
           (p_key <> '' AND e.request_key = p_key) AS keyed
    FROM enrollments e
    WHERE e.student_id = p_student AND e.term_id = v_term
      AND (e.status IN ('ENROLLED', 'WAITLISTED') OR (p_key <> '' AND e.request_key = p_key)
           OR (e.section_id = p_section AND e.status = 'WITHDRAWN'))
  LOOP
    IF v_row.keyed THEN
      v_replay := jsonb_build_object(
        'id', v_row.id, 'student_id', p_student, 'section_id', v_row.section_id,
        'status', CASE WHEN v_row.request_position > 0 THEN 'WAITLISTED' ELSE 'ENROLLED' END,
        'position', v_row.request_position,
        'created_at', to_char(v_row.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'));
    END IF;
    IF v_row.status = 'WITHDRAWN' AND v_row.section_id = p_section THEN
      v_same_status := 'WITHDRAWN';
    ELSIF v_row.status NOT IN ('ENROLLED', 'WAITLISTED') THEN
      CONTINUE;
    ELSIF v_row.section_id = p_section THEN
      v_same_status := v_row.status;
    ELSIF v_row.course_id = v_course AND v_same_course IS NULL THEN
      v_same_course := v_row.section_id;
      v_same_course_status := v_row.status;
    END IF;
  END LOOP;

  -- Holds and the registration appointment (student_registration_block, above), after the window.
  IF v_replay IS NULL AND NOT p_blocked THEN
    v_student_block := student_registration_block(p_student, v_term);
  END IF;

  IF v_replay IS NOT NULL THEN
    outcome := 'REPLAY'; replay := v_replay;
  ELSIF p_blocked THEN
    outcome := 'BLOCKED';
  ELSIF v_student_block IS NOT NULL THEN
    outcome := v_student_block;
  ELSIF v_same_status IS NOT NULL THEN
    outcome := 'SAME_SECTION'; status := v_same_status;
  ELSIF v_same_course IS NOT NULL THEN
    outcome := 'SAME_COURSE'; other := v_same_course; status := v_same_course_status;
  ELSE
    SELECT * INTO v_problem FROM seat_problem(p_student, v_term, p_section, v_meetings, v_credits, p_credit_limit);
    IF v_problem.problem IS NOT NULL THEN
      outcome := v_problem.problem; other := v_problem.other; credits := v_problem.credits;
    ELSIF NOT p_prereq_ok THEN
      outcome := 'PREREQUISITES';
    END IF;
  END IF;
  IF outcome IS NOT NULL THEN
    RETURN NEXT;
    RETURN;
  END IF;

  -- A seat in an active section (the CHECK enrolled <= capacity backs the condition), else a
  -- place at the end of its waitlist: the counter says how many are waiting, this one included.
  IF v_active THEN
    UPDATE section_seats ss SET enrolled = ss.enrolled + 1
    WHERE ss.section_id = p_section AND ss.enrolled < ss.capacity;
    v_seated := FOUND;
    IF NOT v_seated AND p_allow_waitlist THEN
      UPDATE section_seats ss SET waitlisted = ss.waitlisted + 1
      WHERE ss.section_id = p_section
      RETURNING ss.waitlisted INTO v_position;
      v_waiting := FOUND;
    END IF;
  END IF;
  IF NOT v_seated AND NOT v_waiting THEN
    IF NOT v_active THEN
      outcome := 'CANCELLED';
    ELSE
      outcome := 'FULL';
      SELECT ss.capacity, ss.waitlisted INTO capacity, waitlisted FROM section_seats ss WHERE ss.section_id = p_section;
      capacity := coalesce(capacity, 0); waitlisted := coalesce(waitlisted, 0);
    END IF;
    RETURN NEXT;
    RETURN;
  END IF;

  -- The row: a dropped (or cancelled) row of the same student is reused, one row per student per
  -- section; an ENROLLED or WAITLISTED one was refused above under the same locks, a WITHDRAWN
  -- one too (a withdrawal is final for the term).
  INSERT INTO enrollments AS e (student_id, section_id, term_id, status, waitlist_seq, course_id, credits, meetings, request_key, request_position)
  VALUES (p_student, p_section, v_term,
          CASE WHEN v_seated THEN 'ENROLLED' ELSE 'WAITLISTED' END,
          CASE WHEN v_seated THEN NULL ELSE nextval('waitlist_seq') END,
          v_course, v_credits, v_meetings, nullif(p_key, ''), v_position)
  ON CONFLICT (section_id, student_id) DO UPDATE
    SET status = excluded.status, waitlist_seq = excluded.waitlist_seq, credits = excluded.credits, meetings = excluded.meetings,
        request_key = excluded.request_key, request_position = excluded.request_position, created_at = now(), updated_at = now(),
        skipped_at = NULL, skip_reason = NULL, skip_remedy = NULL
    WHERE e.status IN ('DROPPED', 'CANCELLED')
  RETURNING e.id, e.created_at INTO id, v_created;
  IF id IS NULL THEN
    RAISE EXCEPTION 'enrollment row of % in % changed under the locks', p_student, p_section;
  END IF;
  status := CASE WHEN v_seated THEN 'ENROLLED' ELSE 'WAITLISTED' END;
  "position" := v_position;
  created_at := to_char(v_created AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
  outcome := status;
  RETURN NEXT;
END;
$$;
