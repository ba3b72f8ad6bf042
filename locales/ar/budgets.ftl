## budgets (ar)
