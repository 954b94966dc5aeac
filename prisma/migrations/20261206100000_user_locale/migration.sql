-- The language a user last signed in with ("en"); NULL means German. Mails to the user are written in it.
ALTER TABLE "User" ADD COLUMN "locale" TEXT;
ALTER TABLE "User" ADD CONSTRAINT "User_locale_check" CHECK ("locale" IS NULL OR "locale" ~ '^[a-z]{2}$');
