## council public pages (tzm)
