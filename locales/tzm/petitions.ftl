## petitions (tzm)
