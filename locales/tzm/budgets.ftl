## budgets (tzm)
