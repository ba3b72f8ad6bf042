## petitions (fr)
