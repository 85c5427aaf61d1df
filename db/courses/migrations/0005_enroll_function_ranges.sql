-- enroll_attempt with the section's meetings as weekly-minute ranges (day * 1440 + minute,
-- [start, end)): a held section's clash is one index probe with `&& ANY`, no set-returning join
-- (whose generic plan built a hash table per held section); TIME_CONFLICT's detail is the other
-- section's meeting [day, start, end]. Generic plans always (plan_cache_mode): the custom plans
-- PostgreSQL kept choosing for the insert statement were planned anew on every call.
DROP FUNCTION IF EXISTS enroll_attempt(uuid, uuid, uuid, uuid, integer, integer, integer[], text, boolean, boolean, boolean);
--> statement-breakpoint
CREATE FUNCTION enroll_attempt(
  p_student uuid,
  p_section uuid,
  p_term uuid,
  p_course uuid,
  p_credits integer,
  p_credit_limit integer,
  p_meetings int4range[],
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
  detail integer[],
  number_a integer,
  number_b integer,
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
  v_clash_section uuid;
  v_clash integer[];
  v_credits integer := 0;
  v_active boolean;
  v_seated boolean;
  v_capacity integer;
BEGIN
  -- Section first, then student, as every writer takes them.
  PERFORM pg_advisory_xact_lock(2, hashtext(p_section::text)), pg_advisory_xact_lock(1, hashtext(p_student::text));

  -- A later statement than the locks, so it sees every transaction that held them before.
  -- The idempotency record (if any) comes first; then the student's sections of the term, each
  -- ENROLLED one with its first meeting that overlaps one of this section's.
  FOR v_row IN
    SELECT NULL::uuid AS section_id, NULL::text AS status, NULL::uuid AS course_id, 0 AS credits, NULL::integer[] AS clash, k.response AS replay
    FROM idempotency_keys k
    WHERE p_key <> '' AND k.student_id = p_student AND k.key = p_key
    UNION ALL
    SELECT e.section_id, e.status, s.course_id, c.credits,
           CASE WHEN e.status = 'ENROLLED' THEN (
             SELECT ARRAY[m.day, m.start_minute, m.end_minute]
             FROM section_meetings m
             WHERE m.section_id = e.section_id
               AND int4range(m.day * 1440 + m.start_minute, m.day * 1440 + m.end_minute) && ANY (p_meetings)
             LIMIT 1) END,
           NULL::jsonb
    FROM enrollments e
    JOIN sections s ON s.id = e.section_id
    JOIN courses c ON c.id = s.course_id
    WHERE e.student_id = p_student AND e.term_id = p_term AND e.status IN ('ENROLLED', 'WAITLISTED')
  LOOP
    IF v_row.replay IS NOT NULL THEN
      v_replay := v_row.replay;
    ELSIF v_row.section_id = p_section THEN
      v_same_status := v_row.status;
    ELSE
      IF v_row.course_id = p_course AND v_same_course IS NULL THEN
        v_same_course := v_row.section_id;
        v_same_course_status := v_row.status;
      END IF;
      IF v_row.status = 'ENROLLED' THEN
        v_credits := v_credits + v_row.credits;
        IF v_row.clash IS NOT NULL AND v_clash_section IS NULL THEN
          v_clash_section := v_row.section_id;
          v_clash := v_row.clash;
        END IF;
      END IF;
    END IF;
  END LOOP;

  IF v_replay IS NOT NULL THEN
    outcome := 'REPLAY'; replay := v_replay;
  ELSIF p_blocked THEN
    outcome := 'BLOCKED';
  ELSIF v_same_status IS NOT NULL THEN
    outcome := 'SAME_SECTION'; status := v_same_status;
  ELSIF v_same_course IS NOT NULL THEN
    outcome := 'SAME_COURSE'; other := v_same_course; status := v_same_course_status;
  ELSIF v_clash_section IS NOT NULL THEN
    outcome := 'TIME_CONFLICT'; other := v_clash_section; detail := v_clash;
  ELSIF v_credits + p_credits > p_credit_limit THEN
    outcome := 'CREDIT_LIMIT'; number_a := v_credits + p_credits;
  ELSIF NOT p_prereq_ok THEN
    outcome := 'PREREQUISITES';
  END IF;
  IF outcome IS NOT NULL THEN
    RETURN NEXT;
    RETURN;
  END IF;

  -- The seat, only in an active section (the CHECK enrolled <= capacity backs the condition).
  UPDATE section_seats ss SET enrolled = ss.enrolled + 1
  FROM sections s
  WHERE ss.section_id = p_section AND s.id = p_section AND s.status = 'ACTIVE' AND ss.enrolled < ss.capacity;
  v_seated := FOUND;
  IF NOT v_seated THEN
    SELECT s.status = 'ACTIVE', ss.capacity INTO v_active, v_capacity
    FROM sections s LEFT JOIN section_seats ss ON ss.section_id = s.id
    WHERE s.id = p_section;
    IF v_active IS NOT TRUE THEN
      outcome := 'CANCELLED';
      RETURN NEXT;
      RETURN;
    END IF;
    IF NOT p_allow_waitlist THEN
      outcome := 'FULL';
      number_a := coalesce(v_capacity, 0);
      SELECT count(*)::integer INTO number_b FROM enrollments w WHERE w.section_id = p_section AND w.status = 'WAITLISTED';
      RETURN NEXT;
      RETURN;
    END IF;
  END IF;

  -- The row (a dropped row of the same student is reused: one row per student per section), its
  -- waitlist position (under the section's lock: those before it, plus one) and the answer kept
  -- under the idempotency key, in one statement.
  WITH added AS (
    INSERT INTO enrollments AS e (student_id, section_id, term_id, status, waitlist_seq)
    VALUES (p_student, p_section, p_term,
            CASE WHEN v_seated THEN 'ENROLLED' ELSE 'WAITLISTED' END,
            CASE WHEN v_seated THEN NULL ELSE nextval('waitlist_seq') END)
    ON CONFLICT (student_id, section_id) DO UPDATE
      SET status = excluded.status, waitlist_seq = excluded.waitlist_seq, created_at = now(), updated_at = now()
      WHERE e.status = 'DROPPED'
    RETURNING e.id, e.status, e.created_at
  ), answer AS (
    SELECT a.id, a.status, to_char(a.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS created_at,
           CASE WHEN a.status = 'WAITLISTED'
                THEN (SELECT count(*)::integer + 1 FROM enrollments w WHERE w.section_id = p_section AND w.status = 'WAITLISTED')
                ELSE 0 END AS pos
    FROM added a
  ), kept AS (
    INSERT INTO idempotency_keys (student_id, key, enrollment_id, response)
    SELECT p_student, p_key, answer.id,
           jsonb_build_object('id', answer.id, 'student_id', p_student, 'section_id', p_section, 'status', answer.status,
                              'position', answer.pos, 'created_at', answer.created_at)
    FROM answer WHERE p_key <> ''
  )
  SELECT answer.id, answer.status, answer.created_at, answer.pos INTO id, status, created_at, "position" FROM answer;

  IF id IS NULL THEN
    -- Only possible with a row in another state (e.g. CANCELLED): refused like a full section.
    IF v_seated THEN
      RAISE EXCEPTION 'seat taken without an enrollment row for % in %', p_student, p_section;
    END IF;
    outcome := 'FULL';
    number_a := coalesce(v_capacity, 0);
    SELECT count(*)::integer INTO number_b FROM enrollments w WHERE w.section_id = p_section AND w.status = 'WAITLISTED';
    RETURN NEXT;
    RETURN;
  END IF;
  outcome := status;
  RETURN NEXT;
END;
$$;
