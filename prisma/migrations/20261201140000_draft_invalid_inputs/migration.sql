-- Drafts are saved as they are (issue 12): a value its column cannot hold (an unreadable number, a date
-- that does not exist) is kept as typed here. Only drafts may hold such values; a version that is
-- submitted, approved, published or superseded never does (submitting validates completely).
ALTER TABLE "ProfileVersion" ADD COLUMN "invalidInputs" JSONB NOT NULL DEFAULT '{}';

ALTER TABLE "ProfileVersion"
  ADD CONSTRAINT "ProfileVersion_invalid_inputs_object" CHECK (jsonb_typeof("invalidInputs") = 'object'),
  ADD CONSTRAINT "ProfileVersion_invalid_inputs_only_in_drafts"
    CHECK ("invalidInputs" = '{}'::jsonb OR "state" IN ('DRAFT', 'CHANGES_REQUESTED', 'DISCARDED'));
