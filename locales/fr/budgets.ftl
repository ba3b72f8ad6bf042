## budgets (fr)
