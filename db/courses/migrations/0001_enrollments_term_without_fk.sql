ALTER TABLE "enrollments" DROP CONSTRAINT "enrollments_term_id_terms_id_fk";
