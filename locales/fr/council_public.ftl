## council public pages (fr)
