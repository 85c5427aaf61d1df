ALTER TABLE "enrollments" DROP CONSTRAINT "enrollments_status_check";--> statement-breakpoint
ALTER TABLE "enrollments" ADD COLUMN "skipped_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "enrollments" ADD COLUMN "skip_reason" text;--> statement-breakpoint
ALTER TABLE "enrollments" ADD COLUMN "skip_remedy" text;--> statement-breakpoint
ALTER TABLE "section_seats" ADD COLUMN "grades_released_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "enrollments" ADD CONSTRAINT "enrollments_status_check" CHECK ("enrollments"."status" in ('ENROLLED', 'WAITLISTED', 'DROPPED', 'WITHDRAWN', 'CANCELLED'));--> statement-breakpoint
-- enroll_attempt, same signature and answer as 0006, with two changes: a student who withdrew
-- from the section this term (status WITHDRAWN, a W on the transcript) is answered SAME_SECTION
-- with status WITHDRAWN instead of having the row reused (a withdrawal is final for the term);
-- a dropped row that is reused starts with no waitlist skip note.
CREATE OR REPLACE FUNCTION enroll_attempt(
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
  v_credits integer := 0;
  v_target int4multirange := int4multirange(VARIADIC p_meetings);
  v_seated boolean := false;
  v_waiting boolean := false;
  v_position integer := 0;
  v_active boolean;
  v_capacity integer;
  v_waitlisted integer;
  v_live_credits integer;
  v_live_meetings int4multirange;
  v_created timestamptz;
BEGIN
  -- Section first, then student, as every writer takes them.
  PERFORM pg_advisory_xact_lock(2, hashtext(p_section::text)), pg_advisory_xact_lock(1, hashtext(p_student::text));

  -- A later statement than the locks, so it sees every transaction that held them before. The
  -- student's rows of the term: what they hold (each with its course, credits and meetings, kept
  -- on the row) and the row answered under this idempotency key, whatever its state now.
  FOR v_row IN
    SELECT e.id, e.section_id, e.status, e.course_id, e.credits, e.created_at, e.request_position,
           (p_key <> '' AND e.request_key = p_key) AS keyed,
           (e.status = 'ENROLLED' AND e.meetings && v_target) AS clash
    FROM enrollments e
    WHERE e.student_id = p_student AND e.term_id = p_term
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
    ELSE
      IF v_row.course_id = p_course AND v_same_course IS NULL THEN
        v_same_course := v_row.section_id;
        v_same_course_status := v_row.status;
      END IF;
      IF v_row.status = 'ENROLLED' THEN
        v_credits := v_credits + v_row.credits;
        IF v_row.clash AND v_clash_section IS NULL THEN
          v_clash_section := v_row.section_id;
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
    outcome := 'TIME_CONFLICT'; other := v_clash_section;
    SELECT ARRAY[m.day, m.start_minute, m.end_minute] INTO detail
    FROM section_meetings m
    WHERE m.section_id = v_clash_section
      AND int4range(m.day * 1440 + m.start_minute, m.day * 1440 + m.end_minute) && v_target
    ORDER BY m.day, m.start_minute
    LIMIT 1;
  ELSIF v_credits + p_credits > p_credit_limit THEN
    outcome := 'CREDIT_LIMIT'; number_a := v_credits + p_credits;
  ELSIF NOT p_prereq_ok THEN
    outcome := 'PREREQUISITES';
  END IF;
  IF outcome IS NOT NULL THEN
    RETURN NEXT;
    RETURN;
  END IF;

  -- A seat in an active section (the CHECK enrolled <= capacity backs the condition), else a
  -- place at the end of its waitlist: the counter says how many are waiting, this one included.
  -- Both answer the section's live credits and meetings, kept on the row.
  UPDATE section_seats ss SET enrolled = ss.enrolled + 1
  FROM sections s
  WHERE ss.section_id = p_section AND s.id = p_section AND s.status = 'ACTIVE' AND ss.enrolled < ss.capacity
  RETURNING (SELECT c.credits FROM courses c WHERE c.id = s.course_id),
            (SELECT coalesce(range_agg(int4range(m.day * 1440 + m.start_minute, m.day * 1440 + m.end_minute)), '{}')
             FROM section_meetings m WHERE m.section_id = p_section)
  INTO v_live_credits, v_live_meetings;
  v_seated := FOUND;
  IF NOT v_seated AND p_allow_waitlist THEN
    UPDATE section_seats ss SET waitlisted = ss.waitlisted + 1
    FROM sections s
    WHERE ss.section_id = p_section AND s.id = p_section AND s.status = 'ACTIVE'
    RETURNING ss.waitlisted,
              (SELECT c.credits FROM courses c WHERE c.id = s.course_id),
              (SELECT coalesce(range_agg(int4range(m.day * 1440 + m.start_minute, m.day * 1440 + m.end_minute)), '{}')
               FROM section_meetings m WHERE m.section_id = p_section)
    INTO v_position, v_live_credits, v_live_meetings;
    v_waiting := FOUND;
  END IF;
  IF NOT v_seated AND NOT v_waiting THEN
    SELECT s.status = 'ACTIVE', ss.capacity, ss.waitlisted INTO v_active, v_capacity, v_waitlisted
    FROM sections s LEFT JOIN section_seats ss ON ss.section_id = s.id
    WHERE s.id = p_section;
    IF v_active IS NOT TRUE THEN
      outcome := 'CANCELLED';
    ELSE
      outcome := 'FULL'; number_a := coalesce(v_capacity, 0); number_b := coalesce(v_waitlisted, 0);
    END IF;
    RETURN NEXT;
    RETURN;
  END IF;

  -- The row: a dropped (or cancelled) row of the same student is reused, one row per student per
  -- section; an ENROLLED or WAITLISTED one was refused above under the same locks.
  INSERT INTO enrollments AS e (student_id, section_id, term_id, status, waitlist_seq, course_id, credits, meetings, request_key, request_position)
  VALUES (p_student, p_section, p_term,
          CASE WHEN v_seated THEN 'ENROLLED' ELSE 'WAITLISTED' END,
          CASE WHEN v_seated THEN NULL ELSE nextval('waitlist_seq') END,
          p_course, v_live_credits, v_live_meetings, nullif(p_key, ''), v_position)
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
