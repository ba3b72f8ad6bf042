## council public pages (ar)
