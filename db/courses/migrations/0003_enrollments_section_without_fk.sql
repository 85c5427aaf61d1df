ALTER TABLE "enrollments" DROP CONSTRAINT "enrollments_section_id_sections_id_fk";
