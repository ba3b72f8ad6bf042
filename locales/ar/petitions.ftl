## petitions (ar)
