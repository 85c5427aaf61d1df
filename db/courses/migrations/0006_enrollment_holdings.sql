-- Enrolling reads one table. Each enrollment row keeps its course, credits and meetings (as a
-- multirange of weekly minutes), so the check of what a student holds is one index scan of their
-- rows in the term, with no join per held section; triggers keep the copies in step with the
-- catalog. The Idempotency-Key answer lives on the row it answered (no second table and index to
-- write per enroll), and section_seats.waitlisted counts the waitlist, so a student joining it
-- learns their place without a count that grows with the queue. One index fewer on enrollments:
-- the unique key leads with the section and serves the by-section reads.
ALTER TABLE "enrollments" ADD COLUMN "course_id" uuid;--> statement-breakpoint
ALTER TABLE "enrollments" ADD COLUMN "credits" integer;--> statement-breakpoint
ALTER TABLE "enrollments" ADD COLUMN "meetings" "int4multirange";--> statement-breakpoint
ALTER TABLE "enrollments" ADD COLUMN "request_key" text;--> statement-breakpoint
ALTER TABLE "enrollments" ADD COLUMN "request_position" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "section_seats" ADD COLUMN "waitlisted" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE FUNCTION section_meeting_ranges(p_section uuid) RETURNS int4multirange
LANGUAGE sql STABLE
AS $$
  SELECT coalesce(range_agg(int4range(m.day * 1440 + m.start_minute, m.day * 1440 + m.end_minute)), '{}')
  FROM section_meetings m WHERE m.section_id = p_section
$$;--> statement-breakpoint
UPDATE enrollments e
SET course_id = s.course_id, credits = c.credits, meetings = section_meeting_ranges(e.section_id)
FROM sections s JOIN courses c ON c.id = s.course_id
WHERE s.id = e.section_id;--> statement-breakpoint
UPDATE enrollments e
SET request_key = k.key,
    request_position = CASE WHEN k.response->>'status' = 'WAITLISTED' THEN coalesce((k.response->>'position')::integer, 0) ELSE 0 END
FROM (SELECT DISTINCT ON (enrollment_id) enrollment_id, key, response FROM idempotency_keys ORDER BY enrollment_id, created_at DESC) k
WHERE k.enrollment_id = e.id;--> statement-breakpoint
UPDATE section_seats ss
SET waitlisted = w.n
FROM (SELECT section_id, count(*)::integer AS n FROM enrollments WHERE status = 'WAITLISTED' GROUP BY section_id) w
WHERE w.section_id = ss.section_id;--> statement-breakpoint
ALTER TABLE "enrollments" ALTER COLUMN "course_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "enrollments" ALTER COLUMN "credits" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "enrollments" ALTER COLUMN "meetings" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "section_seats" ADD CONSTRAINT "section_seats_waitlisted_check" CHECK ("section_seats"."waitlisted" >= 0);--> statement-breakpoint
ALTER TABLE "enrollments" ADD CONSTRAINT "enrollments_section_student_key" UNIQUE("section_id","student_id");--> statement-breakpoint
ALTER TABLE "enrollments" DROP CONSTRAINT "enrollments_student_section_key";--> statement-breakpoint
DROP INDEX "enrollments_section_status_idx";--> statement-breakpoint
DROP TABLE "idempotency_keys" CASCADE;--> statement-breakpoint
-- A section's meetings change (admin): its enrollments follow. Under the section's lock, as every
-- enroll holds it: an enroll either ran before (its row is updated here) or runs after and reads
-- the new meetings.
CREATE FUNCTION enrollments_follow_meetings() RETURNS trigger
LANGUAGE plpgsql
AS $$
DECLARE
  v_section uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.section_id ELSE NEW.section_id END;
BEGIN
  PERFORM pg_advisory_xact_lock(2, hashtext(v_section::text));
  UPDATE enrollments SET meetings = section_meeting_ranges(v_section) WHERE section_id = v_section;
  IF TG_OP = 'UPDATE' AND OLD.section_id <> NEW.section_id THEN
    PERFORM pg_advisory_xact_lock(2, hashtext(OLD.section_id::text));
    UPDATE enrollments SET meetings = section_meeting_ranges(OLD.section_id) WHERE section_id = OLD.section_id;
  END IF;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER section_meetings_enrollments AFTER INSERT OR UPDATE OR DELETE ON section_meetings
FOR EACH ROW EXECUTE FUNCTION enrollments_follow_meetings();--> statement-breakpoint
-- A course's credits change (admin): its enrollments follow, under each of its sections' locks.
CREATE FUNCTION enrollments_follow_credits() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(2, hashtext(s.id::text)) FROM sections s WHERE s.course_id = NEW.id;
  UPDATE enrollments SET credits = NEW.credits WHERE course_id = NEW.id;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER courses_credits_enrollments AFTER UPDATE OF credits ON courses
FOR EACH ROW WHEN (OLD.credits IS DISTINCT FROM NEW.credits) EXECUTE FUNCTION enrollments_follow_credits();--> statement-breakpoint
-- enroll_attempt, same signature and answer as 0005: the student's rows of the term in one scan
-- (held sections with their course, credits and meetings; the row answered under the key), the
-- seat or a place on the waitlist from the counters, and the row with its copies from the live
-- catalog and the key's answer.
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
      AND (e.status IN ('ENROLLED', 'WAITLISTED') OR (p_key <> '' AND e.request_key = p_key))
  LOOP
    IF v_row.keyed THEN
      v_replay := jsonb_build_object(
        'id', v_row.id, 'student_id', p_student, 'section_id', v_row.section_id,
        'status', CASE WHEN v_row.request_position > 0 THEN 'WAITLISTED' ELSE 'ENROLLED' END,
        'position', v_row.request_position,
        'created_at', to_char(v_row.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'));
    END IF;
    IF v_row.status NOT IN ('ENROLLED', 'WAITLISTED') THEN
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
        request_key = excluded.request_key, request_position = excluded.request_position, created_at = now(), updated_at = now()
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
