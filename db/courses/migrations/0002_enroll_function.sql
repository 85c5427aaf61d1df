-- One enroll attempt in one statement (one round trip, its own transaction when called outside
-- one): both advisory locks (section first, then student, as every other writer takes them), the
-- idempotency replay, every rule that depends on what the student holds, and the seat or the
-- waitlist place with the answer kept under the idempotency key. The enrollment node passes what
-- it knows from its catalog cache (the section's course, credits, meetings, term) and the rules it
-- checked itself (p_blocked: section cancelled in its cache or registration window shut;
-- p_prereq_ok: prerequisites passed), so the order of the refusals stays: replay, blocked, same
-- section, same course, time conflict, credit limit, prerequisites, cancelled, full.
--
-- outcome: REPLAY (replay = stored answer), BLOCKED, SAME_SECTION (status), SAME_COURSE (other,
-- status), TIME_CONFLICT (other, detail = [day, start, end] of this section's meeting then of
-- the other's), CREDIT_LIMIT (number_a = credits it would bring), PREREQUISITES, CANCELLED, FULL
-- (number_a = capacity, number_b = waitlisted), ENROLLED or WAITLISTED (id, status, position,
-- created_at).
CREATE OR REPLACE FUNCTION enroll_attempt(
  p_student uuid,
  p_section uuid,
  p_term uuid,
  p_course uuid,
  p_credits integer,
  p_credit_limit integer,
  p_meetings integer[],
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
AS $$
#variable_conflict use_column
DECLARE
  v_row record;
  v_same_course uuid;
  v_same_course_status text;
  v_enrolled uuid[] := '{}';
  v_credits integer := 0;
  v_active boolean;
  v_seated boolean;
  v_id uuid;
  v_status text;
  v_created timestamptz;
  v_position integer := 0;
  v_capacity integer;
  v_waitlisted integer;
  v_conflict record;
  v_created_text text;
BEGIN
  PERFORM pg_advisory_xact_lock(2, hashtext(p_section::text)), pg_advisory_xact_lock(1, hashtext(p_student::text));

  IF p_key <> '' THEN
    SELECT k.response INTO replay FROM idempotency_keys k WHERE k.student_id = p_student AND k.key = p_key;
    IF replay IS NOT NULL THEN
      outcome := 'REPLAY';
      RETURN NEXT;
      RETURN;
    END IF;
  END IF;

  IF p_blocked THEN
    outcome := 'BLOCKED';
    RETURN NEXT;
    RETURN;
  END IF;

  FOR v_row IN
    SELECT e.section_id, e.status, s.course_id, c.credits
    FROM enrollments e
    JOIN sections s ON s.id = e.section_id
    JOIN courses c ON c.id = s.course_id
    WHERE e.student_id = p_student AND e.term_id = p_term AND e.status IN ('ENROLLED', 'WAITLISTED')
  LOOP
    IF v_row.section_id = p_section THEN
      outcome := 'SAME_SECTION';
      status := v_row.status;
      RETURN NEXT;
      RETURN;
    END IF;
    IF v_row.course_id = p_course AND v_same_course IS NULL THEN
      v_same_course := v_row.section_id;
      v_same_course_status := v_row.status;
    END IF;
    IF v_row.status = 'ENROLLED' THEN
      v_enrolled := v_enrolled || v_row.section_id;
      v_credits := v_credits + v_row.credits;
    END IF;
  END LOOP;

  IF v_same_course IS NOT NULL THEN
    outcome := 'SAME_COURSE';
    other := v_same_course;
    status := v_same_course_status;
    RETURN NEXT;
    RETURN;
  END IF;

  IF cardinality(v_enrolled) > 0 AND cardinality(p_meetings) > 0 THEN
    SELECT m.section_id, x.d, x.s, x.e, m.day, m.start_minute, m.end_minute INTO v_conflict
    FROM section_meetings m
    JOIN (
      SELECT p_meetings[i] AS d, p_meetings[i + 1] AS s, p_meetings[i + 2] AS e
      FROM generate_series(1, cardinality(p_meetings) - 2, 3) AS i
    ) x ON m.day = x.d AND x.s < m.end_minute AND m.start_minute < x.e
    WHERE m.section_id = ANY (v_enrolled)
    LIMIT 1;
    IF FOUND THEN
      outcome := 'TIME_CONFLICT';
      other := v_conflict.section_id;
      detail := ARRAY[v_conflict.d, v_conflict.s, v_conflict.e, v_conflict.day, v_conflict.start_minute, v_conflict.end_minute];
      RETURN NEXT;
      RETURN;
    END IF;
  END IF;

  IF v_credits + p_credits > p_credit_limit THEN
    outcome := 'CREDIT_LIMIT';
    number_a := v_credits + p_credits;
    RETURN NEXT;
    RETURN;
  END IF;

  IF NOT p_prereq_ok THEN
    outcome := 'PREREQUISITES';
    RETURN NEXT;
    RETURN;
  END IF;

  SELECT s.status = 'ACTIVE' INTO v_active FROM sections s WHERE s.id = p_section;
  IF v_active IS NOT TRUE THEN
    outcome := 'CANCELLED';
    RETURN NEXT;
    RETURN;
  END IF;

  UPDATE section_seats ss SET enrolled = ss.enrolled + 1 WHERE ss.section_id = p_section AND ss.enrolled < ss.capacity;
  v_seated := FOUND;
  IF NOT v_seated AND NOT p_allow_waitlist THEN
    SELECT ss.capacity INTO v_capacity FROM section_seats ss WHERE ss.section_id = p_section;
    SELECT count(*)::integer INTO v_waitlisted FROM enrollments w WHERE w.section_id = p_section AND w.status = 'WAITLISTED';
    outcome := 'FULL';
    number_a := coalesce(v_capacity, 0);
    number_b := v_waitlisted;
    RETURN NEXT;
    RETURN;
  END IF;

  -- A dropped row of the same student is reused (one row per student per section).
  INSERT INTO enrollments AS e (student_id, section_id, term_id, status, waitlist_seq)
  VALUES (p_student, p_section, p_term,
          CASE WHEN v_seated THEN 'ENROLLED' ELSE 'WAITLISTED' END,
          CASE WHEN v_seated THEN NULL ELSE nextval('waitlist_seq') END)
  ON CONFLICT (student_id, section_id) DO UPDATE
    SET status = excluded.status, waitlist_seq = excluded.waitlist_seq, created_at = now(), updated_at = now()
    WHERE e.status = 'DROPPED'
  RETURNING e.id, e.status, e.created_at INTO v_id, v_status, v_created;

  IF v_id IS NULL THEN
    IF v_seated THEN
      RAISE EXCEPTION 'seat taken without an enrollment row for % in %', p_student, p_section;
    END IF;
    SELECT ss.capacity INTO v_capacity FROM section_seats ss WHERE ss.section_id = p_section;
    SELECT count(*)::integer INTO v_waitlisted FROM enrollments w WHERE w.section_id = p_section AND w.status = 'WAITLISTED';
    outcome := 'FULL';
    number_a := coalesce(v_capacity, 0);
    number_b := v_waitlisted;
    RETURN NEXT;
    RETURN;
  END IF;

  IF v_status = 'WAITLISTED' THEN
    -- Under the section's lock: the waitlist is exactly the rows before this one, plus this one.
    SELECT count(*)::integer INTO v_position FROM enrollments w WHERE w.section_id = p_section AND w.status = 'WAITLISTED';
  END IF;

  v_created_text := to_char(v_created AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
  IF p_key <> '' THEN
    INSERT INTO idempotency_keys (student_id, key, enrollment_id, response)
    VALUES (p_student, p_key, v_id,
            jsonb_build_object('id', v_id, 'student_id', p_student, 'section_id', p_section, 'status', v_status,
                               'position', v_position, 'created_at', v_created_text));
  END IF;

  outcome := v_status;
  id := v_id;
  status := v_status;
  "position" := v_position;
  created_at := v_created_text;
  RETURN NEXT;
END;
$$;
