-- Netdesk schema, version 17: a library attachment's text can be marked as not readable (issue 17, item 3;
-- decision 0038). PDFBox may fail on a damaged or crafted PDF in any way; the file is attached all the
-- same, and this mark tells such a PDF ("text could not be read from this PDF") from a scan that has no
-- text layer. Existing rows were read without the mark: 0.
-- (Version 16 is left to the text normalisation of issue 17, item 6, made at the same time.)

ALTER TABLE library_attachment ADD COLUMN text_unreadable INTEGER NOT NULL DEFAULT 0 CHECK (text_unreadable IN (0, 1));
