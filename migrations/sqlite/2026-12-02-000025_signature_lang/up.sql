-- The language of the page a petition was signed on (issue 16): the signer's mails, the
-- council's decision included, are written in it. Paper signatures and older rows have
-- none (the default language).
ALTER TABLE petition_signatures ADD COLUMN lang TEXT;
